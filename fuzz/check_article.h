/* check_article.h - the invariants every loader must keep, whatever the input;
 * a violation aborts so libFuzzer reports it. */
#ifndef NEWSROOM_FUZZ_CHECK_ARTICLE_H
#define NEWSROOM_FUZZ_CHECK_ARTICLE_H

#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "sanitize.h"

static void check_article(const Article *a)
{
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
	for (MetaKey k = 0; k < META__COUNT; k++) {
		const char *v = article_meta(a, k);
		if (!v)
			continue;
		if (!utf8_valid(v, strlen(v)))
			abort();
		for (const char *c = v; *c; c++)
			if ((unsigned char)*c < 0x20)
				abort();
	}
}

#endif
