/* kept_toks.h - the tokens of one reading of an article, kept for the next.
 *
 * attribute() tokenizes every paragraph that holds a quotation, and
 * find_indirect() tokenizes again the sentences with a cue, many of them in
 * those paragraphs (on 1 MB of news, 2,200 of its 5,100 sentences).  A
 * sentence whose tokens are provably the ones tokenize() would make of it
 * is copied out of the paragraph's instead of tokenized.
 *
 * Ownership: kept_toks_new() allocates; the caller owns the KeptToks and
 * frees it with kept_toks_free().  Not thread-safe: one an analysis.
 */
#ifndef NEWSROOM_KEPT_TOKS_H
#define NEWSROOM_KEPT_TOKS_H

#include "mention.h"

typedef struct KeptToks KeptToks;

/* A store for tokens tokenized with the quotations Q (N of them, in text
 * order), which it owns from then on (Q malloc'd; freed here on failure).
 * NULL when out of memory. */
KeptToks *kept_toks_new(QuoteSpan *q, size_t n);
void kept_toks_free(KeptToks *k);

/* tokenize_from(TEXT, R, Q, N, FIRST, VIEW) with K's quotations Q, the
 * tokens kept in K.  VIEW is set to them: VIEW->v points into K, valid
 * until the next call (never freed nor grown by the caller); VIEW->classes
 * is left as it was.  Spans are kept for later reading only when each
 * starts at or after the end of the one before.  False when out of memory. */
bool kept_tokenize_from(KeptToks *k, const char *text, Span r, size_t first, Toks *view);

/* tokenize(TEXT, R, Q, NQ, T): the tokens kept in K copied into T when R
 * lies in a span kept and they are the ones tokenize() would make (their
 * word classes may be worked out already: the same), else tokenized.  K
 * may be NULL.  False when out of memory. */
bool tokenize_kept(KeptToks *k, const char *text, Span r, const QuoteSpan *q, size_t nq,
                   Toks *t);

#endif
