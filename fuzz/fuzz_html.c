/* fuzz_html.c - libFuzzer target: any bytes as an HTML page. */
#include <stdint.h>

#include "check_article.h"
#include "load_html.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	Error err;
	LoadOptions opt = { .max_bytes = 1 << 20 };
	Article *a = load_html((const char *)data, size, "fuzz.html", &opt, &err);
	if (a) {
		check_article(a);
		article_free(a);
	}
	return 0;
}
