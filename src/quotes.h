/* quotes.h - quotations, their kind, and the speakers they are attributed to.
 *
 * The engine holds the cue tables and is built once; it is
 * read-only afterwards and may be shared by threads.  quotes_analyze() is a pure
 * function of an Article: no I/O, no globals.
 *
 * Ownership: quote_engine_new() and quotes_analyze() return objects owned by
 * the caller (quote_engine_free(), quoteset_free()).  A QuoteSet refers to the
 * Article it was built from by offsets only, but speaker names and roles are
 * owned by the QuoteSet.  Pointers returned by accessors live as long as the
 * QuoteSet.
 */
#ifndef NEWSROOM_QUOTES_H
#define NEWSROOM_QUOTES_H

#include <stddef.h>

#include "article.h"
#include "error.h"

typedef enum {
	QUOTE_DIRECT,   /* a quoted statement */
	QUOTE_PARTIAL,  /* a quoted fragment inside the writer's sentence */
	QUOTE_HEADLINE, /* a quotation in the headline */
	QUOTE_INDIRECT, /* reported speech without marks: the reported clause */
	QUOTE_TERM,     /* scare quotes, titles, nicknames, sign text: not speech */
} QuoteKind;

typedef struct {
	Span span;        /* marks included (for indirect: the reported clause) */
	Span inner;       /* the quoted words, marks excluded */
	QuoteKind kind;
	int speaker;      /* index into the speakers, -1 when unknown */
	Span cue;         /* "said"; start == end when none */
	Span mention;     /* the speaker as written at the cue: "he", "the Russian" */
	double confidence; /* 0..1 */
} Quote;

typedef struct {
	const char *name;      /* canonical full name: "Rex Tillerson" */
	const char *const *roles;   /* "Secretary of State", ... */
	size_t nroles;
	const char *const *aliases; /* other ways the text names them: "Tillerson" */
	size_t naliases;
	size_t quote_count;    /* quotations: kinds other than QUOTE_TERM, QUOTE_INDIRECT,
	                        * and the unquoted turns of a transcript or an
	                        * interview ("WARREN: ...", "A: ...") */
	size_t first;          /* offset of the first mention */
	int is_org;            /* an organisation ("the State Department") */
	size_t reported_count; /* reported speech (QUOTE_INDIRECT) attributed to them,
	                        * those turns aside */
} Speaker;

typedef struct QuoteEngine QuoteEngine;
typedef struct QuoteSet QuoteSet;

QuoteEngine *quote_engine_new(Error *err);
void quote_engine_free(QuoteEngine *e);

/* Finds and attributes every quotation in A.  Returns NULL only when out of
 * memory (with ERR set).  Reported speech is not included: see below. */
QuoteSet *quotes_analyze(const QuoteEngine *e, const Article *a, Error *err);

enum {
	QUOTES_REPORTED = 1, /* also reported speech without marks (QUOTE_INDIRECT) */
};
/* quotes_analyze() with options (QUOTES_* flags). */
QuoteSet *quotes_analyze_with(const QuoteEngine *e, const Article *a, unsigned flags,
                              Error *err);
void quoteset_free(QuoteSet *q);

/* Quotes in text order. */
size_t quoteset_count(const QuoteSet *q);
const Quote *quoteset_get(const QuoteSet *q, size_t i);

/* Speakers (everyone with a quotation or reported speech) ordered by quote
 * count (descending), then first appearance. */
size_t quoteset_speaker_count(const QuoteSet *q);
const Speaker *quoteset_speaker(const QuoteSet *q, size_t i);

const char *quote_kind_name(QuoteKind k);

/* A speaker's count as the reader and the desk show it: quotations, then
 * "+N" statements reported without marks ("16+8"), so that someone known
 * only from reported speech is not shown as 0.  snprintf()'s result. */
int quote_count_label(char *buf, size_t size, size_t quotes, size_t reported);

#endif
