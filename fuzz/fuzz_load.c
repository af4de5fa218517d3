/* fuzz_load.c - libFuzzer target: any bytes through format sniffing and every
 * loader, then the printers.  Whatever the input, the Article must hold clean
 * UTF-8 with no control byte but '\n'. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_article.h"
#include "cli.h"
#include "load.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	Error err;
	LoadOptions opt = { .max_bytes = 1 << 20 };
	Article *a = load_article_mem((const char *)data, size, "fuzz", &opt, &err);
	if (!a)
		return 0;
	check_article(a);
	FILE *null = fopen("/dev/null", "w");
	if (null) {
		print_text(null, a, true);
		print_meta(null, a, false);
		fclose(null);
	}
	article_free(a);
	return 0;
}
