/* fuzz_quotes.c - libFuzzer target: quote scan, attribution and reported
 * speech on any text.
 * Every quote must lie inside the article, with its inner span, cue and
 * mention inside its bounds, and a valid speaker index. */
#include <stdint.h>

#include "check_article.h"
#include "load_text.h"
#include "quotes.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static QuoteEngine *engine;

static void check_span(Span s, size_t n)
{
	if (s.start > s.end || s.end > n)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	Error err;
	if (!engine && !(engine = quote_engine_new(&err)))
		abort();
	Article *a = load_text((const char *)data, size, "fuzz.txt", &err);
	if (!a)
		return 0;
	check_article(a);
	/* Both callers' paths: the reader's (reported speech found but not
	 * listed) and --quotes' (listed, so its spans are checked too). */
	QuoteSet *q = quotes_analyze_with(engine, a, size % 2 ? QUOTES_REPORTED : 0, &err);
	if (!q)
		abort();
	size_t n = article_len(a), ns = quoteset_speaker_count(q);
	for (size_t i = 0; i < quoteset_count(q); i++) {
		const Quote *x = quoteset_get(q, i);
		check_span(x->span, n);
		check_span(x->inner, n);
		check_span(x->cue, n);
		check_span(x->mention, n);
		if (x->inner.start < x->span.start || x->inner.end > x->span.end)
			abort();
		if (x->speaker < -1 || (x->speaker >= 0 && (size_t)x->speaker >= ns))
			abort();
		if (!(x->confidence >= 0.0 && x->confidence <= 1.0))
			abort();
	}
	for (size_t i = 0; i < ns; i++) {
		const Speaker *s = quoteset_speaker(q, i);
		if (!s->name || !utf8_valid(s->name, strlen(s->name)))
			abort();
	}
	quoteset_free(q);
	article_free(a);
	return 0;
}
