/* fuzz_xml.c - libFuzzer target: any bytes as a feed (RSS, RDF, Atom) and as
 * wire copy (NITF, NewsML-G2), every item opened. */
#include <stdint.h>

#include "check_article.h"
#include "feed.h"
#include "load_nitf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	Error err;
	LoadOptions opt = { .max_bytes = 1 << 20 };
	Feed *f = feed_parse((const char *)data, size, "fuzz.xml", &opt, &err);
	if (f) {
		for (size_t i = 0; i < feed_item_count(f) && i < 8; i++) {
			Article *a = feed_item_article(f, i, &err);
			if (a) {
				check_article(a);
				article_free(a);
			}
		}
		Article *l = feed_listing_article(f, &err);
		if (l) {
			check_article(l);
			article_free(l);
		}
		feed_free(f);
	}
	Article *w = load_wire((const char *)data, size, "fuzz.xml", &opt, &err);
	if (w) {
		check_article(w);
		article_free(w);
	}
	return 0;
}
