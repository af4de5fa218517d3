/* quote_run.h - helpers the quote unit tests share: build a short article
 * from paragraphs, analyse it with reported speech, and read back the text,
 * kind and speaker of each quote.  Included by one test program each. */
#ifndef NEWSROOM_TEST_QUOTE_RUN_H
#define NEWSROOM_TEST_QUOTE_RUN_H

#include "tap.h"

#include "article.h"
#include "quotes.h"

static QuoteEngine *engine;

/* Builds an article from paragraphs (the first one a headline when TITLE). */
static inline Article *make(const char *title, const char *const *paras)
{
	Article *a = article_new();
	if (title)
		article_add_paragraph(a, title, strlen(title), PARA_TITLE);
	for (size_t i = 0; paras[i]; i++)
		article_add_paragraph(a, paras[i], strlen(paras[i]), PARA_BODY);
	article_finish(a);
	return a;
}

typedef struct {
	Article *a;
	QuoteSet *q;
} Run;

static inline Run analyze(const char *title, const char *const *paras)
{
	Error err;
	Run r = { make(title, paras), NULL };
	r.q = quotes_analyze_with(engine, r.a, QUOTES_REPORTED, &err);
	return r;
}

static inline void done(Run *r)
{
	quoteset_free(r->q);
	article_free(r->a);
}

static char buf[8][512];
static int nbuf;

static inline const char *span_str(const Run *r, Span s)
{
	char *b = buf[nbuf++ % 8];
	size_t n = s.end - s.start < 511 ? s.end - s.start : 511;
	memcpy(b, article_text(r->a) + s.start, n);
	b[n] = '\0';
	return b;
}

static inline const char *qtext(const Run *r, size_t i)
{
	const Quote *q = quoteset_get(r->q, i);
	return q ? span_str(r, q->inner) : "(none)";
}

static inline const char *qspeaker(const Run *r, size_t i)
{
	const Quote *q = quoteset_get(r->q, i);
	if (!q || q->speaker < 0)
		return "";
	return quoteset_speaker(r->q, (size_t)q->speaker)->name;
}

static inline const char *qkind(const Run *r, size_t i)
{
	const Quote *q = quoteset_get(r->q, i);
	return q ? quote_kind_name(q->kind) : "(none)";
}

/* Counts quotes other than terms and reported speech. */
static inline size_t nspeech(const Run *r)
{
	size_t n = 0;
	for (size_t i = 0; i < quoteset_count(r->q); i++) {
		QuoteKind k = quoteset_get(r->q, i)->kind;
		n += k != QUOTE_TERM && k != QUOTE_INDIRECT;
	}
	return n;
}

static inline size_t nreported(const Run *r)
{
	size_t n = 0;
	for (size_t i = 0; i < quoteset_count(r->q); i++)
		n += quoteset_get(r->q, i)->kind == QUOTE_INDIRECT;
	return n;
}

/* One article, one assertion on the speaker of quote I. */
static inline void speaker_is(const char *const *paras, size_t i, const char *want, const char *desc)
{
	Run r = analyze(NULL, paras);
	is_str(qspeaker(&r, i), want, "%s", desc);
	done(&r);
}

#define P(...) ((const char *const[]){ __VA_ARGS__, NULL })

#endif
