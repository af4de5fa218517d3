/* fuzz_load.c - libFuzzer target: any bytes through format sniffing and every
 * loader, then the printers.  Whatever the input, the Article must hold clean
 * UTF-8 with no control byte but '\n'. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "load.h"
#include "sanitize.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	Error err;
	LoadOptions opt = { .max_bytes = 1 << 20 };
	Article *a = load_article_mem((const char *)data, size, "fuzz", &opt, &err);
	if (!a)
		return 0;
	const char *t = article_text(a);
	size_t n = article_len(a);
	if (!utf8_valid(t, n) || strlen(t) != n)
		abort();
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)t[i] < 0x20 && t[i] != '\n')
			abort();
	for (size_t i = 0; i < article_paragraph_count(a); i++) {
		const Paragraph *p = article_paragraph(a, i);
		if (p->span.end > n || p->span.start >= p->span.end)
			abort();
	}
	for (size_t i = 0; i < article_sentence_count(a); i++) {
		Span s = article_sentence(a, i);
		if (s.end > n || s.start >= s.end)
			abort();
	}
	FILE *null = fopen("/dev/null", "w");
	if (null) {
		print_text(null, a, true);
		print_meta(null, a, false);
		fclose(null);
	}
	article_free(a);
	return 0;
}
