/* para.h - a paragraph of an Article as a C string, for test assertions.
 * The result lives in a static buffer (long paragraphs are cut at 4 KiB), so
 * it is valid until the next call: compare it at once. */
#ifndef TESTS_PARA_H
#define TESTS_PARA_H

#include <stdio.h>

#include "article.h"

static inline char *para(const Article *a, size_t i)
{
	const Paragraph *p = article_paragraph(a, i);
	static char buf[4096];
	if (!p)
		return NULL;
	snprintf(buf, sizeof buf, "%.*s", (int)(p->span.end - p->span.start),
	         article_text(a) + p->span.start);
	return buf;
}

#endif
