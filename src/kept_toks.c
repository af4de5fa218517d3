/* kept_toks.c - the tokens of one reading of an article, kept for the next.
 *
 * Why a copy is the very tokens tokenize() would make of a span S = [s, e)
 * with its quotations QS, the tokens P kept being those of a span around
 * it, tokenized with the quotations QP (in text order, apart: checked
 * once).  tokenize_kept() copies the tokens of P in S only when
 *   1. none of P runs over s or e,
 *   2. the tokenizer skipped nothing in S but spaces and line ends, and
 *      made each quotation's token its span (TokSkips: what it skipped
 *      else, and the quotations it did not, are noted),
 *   3. the quotations of QS from the first ending past s, up to the first
 *      starting at or past e, are those of QP, and inside S.
 * The tokenizer reads a span from left to right, each step from a place
 * and the next quotation on; the span's end only cuts words and marks
 * short, and the token before matters only for a nickname, which it skips
 * (a skip noted).  tokenize() of S steps over spaces to the first token of
 * P in S, where P's reading stood too: every quotation of QP ending before
 * s was passed (else it would be passed there, a skip noted in S: 2) and
 * none after (it would have made a token over s: 1, or been passed in S:
 * 2).  From there both readings see the same bytes and the same
 * quotations (3), so each step is the same; a word or a mark that the
 * span's end would cut runs over e in P (1).  The tokens differ only in a
 * quotation's index, set to its place in QS, and in the word classes P's
 * readers may have looked up: the same for the same word.
 * tests/unit/test_kept_toks.c checks it on random texts, spans and
 * quotations.
 */
#include "kept_toks.h"

#include <stdlib.h>
#include <string.h>

/* A span tokenized, its tokens BLOCKS[block].v[from, to), what was skipped
 * in it SKIPS.v[skips, skips_end), QP[qfirst] the first quotation ending
 * past its start. */
typedef struct {
	Span r;
	size_t block, from, to, skips, skips_end, qfirst;
} KeptSpan;

/* Tokens are kept in blocks of this many (a span that outgrows its block
 * grows it): one array for the article would be copied each time it
 * grows, a cost as large as what is saved. */
enum { BLOCK_TOKS = 4000, BLOCK_SLACK = 512 };

struct KeptToks {
	Toks *blocks;      /* the tokens of every span, in the order tokenized */
	size_t nblocks, capblocks;
	TokSkips skips;    /* what the tokenizer skipped, in the same order */
	KeptSpan *spans;   /* the spans read back, in text order, apart */
	size_t nspans, capspans;
	QuoteSpan *q;      /* the quotations tokenized with */
	size_t nq;
	bool ordered;      /* Q in text order and apart: else nothing is read back */
	size_t at;         /* the span found last: sentences are asked in text order */
};

void kept_toks_free(KeptToks *k)
{
	if (!k)
		return;
	for (size_t i = 0; i < k->nblocks; i++)
		toks_free(&k->blocks[i]);
	free(k->blocks);
	free(k->skips.v);
	free(k->spans);
	free(k->q);
	free(k);
}

KeptToks *kept_toks_new(QuoteSpan *q, size_t n)
{
	KeptToks *k = calloc(1, sizeof *k);
	if (!k) {
		free(q);
		return NULL;
	}
	k->q = q;
	k->nq = n;
	/* (a span for each quotation at most, as attribute() reads them: no
	 * copy of the spans as they grow) */
	k->spans = malloc((n ? n : 1) * sizeof *k->spans);
	if (!k->spans) {
		kept_toks_free(k);
		return NULL;
	}
	k->capspans = n ? n : 1;
	k->ordered = true;
	for (size_t i = 0; i < n && k->ordered; i++)
		k->ordered = q[i].span.start <= q[i].span.end &&
		             (i + 1 == n || q[i].span.end <= q[i + 1].span.start);
	return k;
}

/* The block the next span's tokens go to. */
static Toks *block_for_span(KeptToks *k)
{
	if (k->nblocks && k->blocks[k->nblocks - 1].cap - k->blocks[k->nblocks - 1].n >= BLOCK_SLACK)
		return &k->blocks[k->nblocks - 1];
	if (!grow(&k->blocks, &k->capblocks, k->nblocks, sizeof *k->blocks))
		return NULL;
	Toks *b = &k->blocks[k->nblocks];
	*b = (Toks){ .v = malloc(BLOCK_TOKS * sizeof *b->v), .cap = BLOCK_TOKS };
	if (!b->v)
		return NULL;
	k->nblocks++;
	return b;
}

bool kept_tokenize_from(KeptToks *k, const char *text, Span r, size_t first, Toks *view)
{
	Toks *b = block_for_span(k);
	size_t from = b ? b->n : 0, skips = k->skips.n;
	if (!b || !tokenize_append(text, r, k->q, k->nq, first, b, &k->skips))
		return false;
	view->v = b->v + from;
	view->n = view->cap = b->n - from;
	if (k->nspans && r.start < k->spans[k->nspans - 1].r.end)
		return true; /* (not read back: the spans would not be apart) */
	if (k->nspans >= k->capspans && !grow(&k->spans, &k->capspans, k->nspans, sizeof *k->spans))
		return false;
	size_t qf = first;
	while (qf < k->nq && k->q[qf].span.end <= r.start)
		qf++;
	k->spans[k->nspans++] = (KeptSpan){ r, k->nblocks - 1, from, b->n, skips, k->skips.n, qf };
	return true;
}

/* The span kept that holds R, NULL when none does. */
static const KeptSpan *span_around(KeptToks *k, Span r)
{
	if (!k->nspans)
		return NULL;
	if (k->at >= k->nspans || k->spans[k->at].r.start > r.start) {
		size_t lo = 0, hi = k->nspans; /* the last span starting at or before R */
		while (hi - lo > 1) {
			size_t mid = lo + (hi - lo) / 2;
			if (k->spans[mid].r.start <= r.start)
				lo = mid;
			else
				hi = mid;
		}
		k->at = lo;
	}
	while (k->at + 1 < k->nspans && k->spans[k->at + 1].r.start <= r.start)
		k->at++;
	const KeptSpan *g = &k->spans[k->at];
	return g->r.start <= r.start && r.end <= g->r.end ? g : NULL;
}

/* The first of tokens V[A, B) that starts at or after POS. */
static size_t first_at(const Tok *v, size_t a, size_t b, size_t pos)
{
	while (a < b) {
		size_t mid = a + (b - a) / 2;
		if (v[mid].start < pos)
			a = mid + 1;
		else
			b = mid;
	}
	return a;
}

/* The first of Q[0, N) ending past POS (Q in text order, from the first
 * ending past POS on as the tokenizer reads them). */
static size_t quote_from(const QuoteSpan *q, size_t i, size_t n, size_t pos)
{
	while (i < n && q[i].span.end <= pos)
		i++;
	return i;
}

/* True when the tokens of span G in R are those tokenize() makes of R
 * with the quotations Q (see the top of the file): [*A, *B), the first
 * of Q in R *CQ. */
static bool kept_same(const KeptToks *k, const KeptSpan *g, Span r, const QuoteSpan *q,
                      size_t nq, size_t *a, size_t *b, size_t *cq)
{
	const Tok *v = k->blocks[g->block].v;
	*a = first_at(v, g->from, g->to, r.start);
	*b = first_at(v, *a, g->to, r.end);
	if ((*a > g->from && v[*a - 1].end > r.start) || (*b > *a && v[*b - 1].end > r.end))
		return false;
	for (size_t i = g->skips; i < g->skips_end; i++)
		if (k->skips.v[i].start < r.end && k->skips.v[i].end > r.start)
			return false;
	size_t kq = quote_from(k->q, g->qfirst, k->nq, r.start);
	*cq = quote_from(q, 0, nq, r.start);
	for (size_t j = *cq;; j++, kq++) {
		bool in_k = kq < k->nq && k->q[kq].span.start < r.end;
		bool in_c = j < nq && q[j].span.start < r.end;
		if (!in_k && !in_c)
			return true;
		if (in_k != in_c || k->q[kq].span.start < r.start || k->q[kq].span.end > r.end ||
		    k->q[kq].span.start != q[j].span.start || k->q[kq].span.end != q[j].span.end)
			return false;
	}
}

bool tokenize_kept(KeptToks *k, const char *text, Span r, const QuoteSpan *q, size_t nq, Toks *t)
{
	const KeptSpan *g = k && k->ordered ? span_around(k, r) : NULL;
	size_t a, b, cq;
	if (!g || !kept_same(k, g, r, q, nq, &a, &b, &cq))
		return tokenize(text, r, q, nq, t);
	t->n = 0;
	while (t->cap < b - a)
		if (!grow(&t->v, &t->cap, t->cap, sizeof *t->v))
			return false;
	memcpy(t->v, k->blocks[g->block].v + a, (b - a) * sizeof *t->v);
	t->n = b - a;
	/* (a quotation's index in its token is its place in Q, as tokenize()
	 * has it: each quotation in R is a token of its own) */
	for (; cq < nq && q[cq].span.start < r.end; cq++) {
		size_t i = first_at(t->v, 0, t->n, q[cq].span.start);
		if (i < t->n && (t->v[i].flags & TOK_QUOTE))
			t->v[i].quote = (int)cq;
	}
	return true;
}
