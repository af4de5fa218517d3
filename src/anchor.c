/* anchor.c - anchors in the article text and re-anchoring after edits. */
#include "anchor.h"

#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The approximate search costs (pattern length / 64) x searched bytes word
 * steps, then pattern length squared to find the start; these bound it to a
 * few tens of milliseconds however large the article. */
#define FUZZY_MAX_PATTERN 4096
#define FUZZY_MAX_WORDS ((size_t)16 << 20)

void anchor_fingerprint(const char *text, size_t len, char out[ANCHOR_FP_SIZE])
{
	uint64_t h = 0xcbf29ce484222325ULL;
	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)text[i];
		h *= 0x100000001b3ULL;
	}
	snprintf(out, ANCHOR_FP_SIZE, "fnv1a64-%016" PRIx64 "-%zu", h, len);
}

static bool is_cont(const char *t, size_t i) { return ((unsigned char)t[i] & 0xC0) == 0x80; }

size_t utf8_floor(const char *text, size_t len, size_t off)
{
	if (off >= len)
		return len;
	/* At most 3 continuation bytes precede a character start. */
	for (int k = 0; k < 3 && off > 0 && is_cont(text, off); k++)
		off--;
	return off;
}

size_t utf8_ceil(const char *text, size_t len, size_t off)
{
	if (off >= len)
		return len;
	for (int k = 0; k < 3 && off < len && is_cont(text, off); k++)
		off++;
	return off;
}

void anchor_clear(Anchor *an)
{
	free(an->exact);
	free(an->prefix);
	free(an->suffix);
	*an = (Anchor){ 0 };
}

bool anchor_set(Anchor *an, size_t start, size_t end, const char *exact, const char *prefix,
                const char *suffix, const char *fp)
{
	Anchor n = { .start = start, .end = end };
	n.exact = strdup(exact ? exact : "");
	n.prefix = strdup(prefix ? prefix : "");
	n.suffix = strdup(suffix ? suffix : "");
	snprintf(n.fingerprint, sizeof n.fingerprint, "%s", fp ? fp : "");
	if (!n.exact || !n.prefix || !n.suffix) {
		anchor_clear(&n);
		return false;
	}
	anchor_clear(an);
	*an = n;
	return true;
}

bool anchor_make(Anchor *an, const char *text, size_t len, size_t start, size_t end,
                 const char *fp)
{
	if (start >= end || end > len) {
		anchor_clear(an);
		return false;
	}
	start = utf8_floor(text, len, start);
	end = utf8_ceil(text, len, end);
	size_t ps = start > ANCHOR_CONTEXT ? start - ANCHOR_CONTEXT : 0;
	ps = utf8_ceil(text, len, ps); /* never begin inside a character */
	size_t se = end + ANCHOR_CONTEXT < len ? end + ANCHOR_CONTEXT : len;
	se = utf8_floor(text, len, se); /* never end inside one */
	char fpb[ANCHOR_FP_SIZE];
	if (!fp) {
		anchor_fingerprint(text, len, fpb);
		fp = fpb;
	}
	Anchor n = { .start = start, .end = end };
	n.exact = strndup(text + start, end - start);
	n.prefix = strndup(text + ps, start - ps);
	n.suffix = strndup(text + end, se - end);
	snprintf(n.fingerprint, sizeof n.fingerprint, "%s", fp);
	if (!n.exact || !n.prefix || !n.suffix) {
		anchor_clear(&n);
		anchor_clear(an);
		return false;
	}
	anchor_clear(an);
	*an = n;
	return true;
}

bool anchor_copy(Anchor *dst, const Anchor *src)
{
	Anchor n = { 0 };
	if (!anchor_set(&n, src->start, src->end, src->exact, src->prefix, src->suffix,
	                src->fingerprint))
		return false;
	anchor_clear(dst);
	*dst = n;
	return true;
}

static bool str_eq(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "") == 0;
}

bool anchor_equal(const Anchor *a, const Anchor *b)
{
	return a->start == b->start && a->end == b->end && str_eq(a->exact, b->exact) &&
	       str_eq(a->prefix, b->prefix) && str_eq(a->suffix, b->suffix) &&
	       str_eq(a->fingerprint, b->fingerprint);
}

const char *anchor_state_name(AnchorState s)
{
	switch (s) {
	case ANCHOR_EXACT: return "exact";
	case ANCHOR_MOVED: return "moved";
	case ANCHOR_FUZZY: return "fuzzy";
	case ANCHOR_UNPLACED: break;
	}
	return "unplaced";
}

static size_t dist(size_t a, size_t b) { return a > b ? a - b : b - a; }

/* How many bytes of the stored prefix (ending at S) and suffix (from E) still
 * match the text; *FULL when both match completely. */
static size_t context_match(const Anchor *an, const char *text, size_t len, size_t s, size_t e,
                            bool *full)
{
	size_t pl = strlen(an->prefix), sl = strlen(an->suffix), p = 0, q = 0;
	while (p < pl && p < s && text[s - 1 - p] == an->prefix[pl - 1 - p])
		p++;
	while (q < sl && e + q < len && text[e + q] == an->suffix[q])
		q++;
	*full = p == pl && q == sl;
	return p + q;
}

static bool find_exact(const Anchor *an, const char *text, size_t len, Span *out)
{
	size_t m = strlen(an->exact);
	if (m == 0 || m > len)
		return false;
	bool have = false, have_full = false;
	size_t best_d = 0, best_ctx = 0;
	const char *p = text, *end = text + len;
	while ((p = memmem(p, (size_t)(end - p), an->exact, m)) != NULL) {
		size_t s = (size_t)(p - text);
		bool full;
		size_t ctx = context_match(an, text, len, s, s + m, &full);
		size_t d = dist(s, an->start);
		bool better;
		if (!have)
			better = true;
		else if (full != have_full)
			better = full;
		else
			better = d < best_d || (d == best_d && ctx > best_ctx);
		if (better) {
			have = true;
			have_full = full;
			best_d = d;
			best_ctx = ctx;
			*out = (Span){ s, s + m };
		}
		p++;
	}
	return have;
}

/* One column of the edit-distance table: COL holds the previous column on
 * entry (COL[0] already set for this one, DIAG the previous COL[0]) and this
 * one on return.  REVERSED reads the pattern from its end. */
static void dp_column(uint32_t *col, size_t m, const char *pat, char c, uint32_t diag,
                      bool reversed)
{
	for (size_t i = 1; i <= m; i++) {
		uint32_t up = col[i];
		uint32_t v = diag + (pat[reversed ? m - i : i - 1] != c);
		if (up + 1 < v)
			v = up + 1;
		if (col[i - 1] + 1 < v)
			v = col[i - 1] + 1;
		diag = up;
		col[i] = v;
	}
}

/* Sellers' algorithm, one column at a time: the reference for the
 * bit-parallel search below (the tests compare them). */
size_t anchor_search_dp(const char *pat, size_t m, const char *text, size_t w0, size_t w1,
                        size_t want_end, size_t *end_out)
{
	uint32_t *col = malloc((m + 1) * sizeof *col);
	if (!col) {
		*end_out = w0;
		return m;
	}
	for (size_t i = 0; i <= m; i++)
		col[i] = (uint32_t)i;
	size_t best = m, best_e = w0;
	for (size_t j = w0; j < w1; j++) {
		col[0] = 0; /* row 0 is free: a match may start anywhere */
		dp_column(col, m, pat, text[j], 0, false);
		size_t e = j + 1;
		if (col[m] < best || (col[m] == best && dist(e, want_end) < dist(best_e, want_end))) {
			best = col[m];
			best_e = e;
		}
	}
	free(col);
	*end_out = best_e;
	return best;
}

typedef struct {
	uint64_t pv, mv; /* vertical deltas +1 / -1, one bit a pattern row */
} Block;

/* One 64-row block of Myers' bit-vector algorithm for one text byte:
 * EQ marks the rows whose pattern byte matches, HIN is the horizontal delta
 * entering at the top, HIGH the block's last row.  Returns the delta leaving
 * at the bottom. */
static int advance_block(Block *b, uint64_t eq, int hin, uint64_t high)
{
	uint64_t pv = b->pv, mv = b->mv;
	uint64_t xv = eq | mv;
	if (hin < 0)
		eq |= 1;
	uint64_t xh = (((eq & pv) + pv) ^ pv) | eq;
	uint64_t ph = mv | ~(xh | pv);
	uint64_t mh = pv & xh;
	int hout = (ph & high) ? 1 : (mh & high) ? -1 : 0;
	ph <<= 1;
	mh <<= 1;
	if (hin < 0)
		mh |= 1;
	else if (hin > 0)
		ph |= 1;
	b->pv = mh | ~(xv | ph);
	b->mv = ph & xv;
	return hout;
}

/* The same search as anchor_search_dp, 64 pattern bytes a machine word
 * (Myers 1999): what anchor_resolve uses. */
size_t anchor_search_bits(const char *pat, size_t m, const char *text, size_t w0, size_t w1,
                          size_t want_end, size_t *end_out)
{
	size_t nb = (m + 63) / 64;
	uint64_t *peq = calloc(nb * 256, sizeof *peq);
	Block *blk = malloc(nb * sizeof *blk);
	*end_out = w0;
	if (!peq || !blk || m == 0) {
		free(peq);
		free(blk);
		return m;
	}
	for (size_t i = 0; i < m; i++)
		peq[(i / 64) * 256 + (unsigned char)pat[i]] |= (uint64_t)1 << (i % 64);
	for (size_t b = 0; b < nb; b++)
		blk[b] = (Block){ ~(uint64_t)0, 0 };
	uint64_t last_high = (uint64_t)1 << ((m - 1) % 64);
	size_t score = m, best = m, best_e = w0;
	for (size_t j = w0; j < w1; j++) {
		unsigned char c = (unsigned char)text[j];
		int h = 0; /* row 0 is free: a match may start anywhere */
		for (size_t b = 0; b < nb; b++)
			h = advance_block(&blk[b], peq[b * 256 + c], h,
			                  b + 1 < nb ? (uint64_t)1 << 63 : last_high);
		score = (size_t)((long long)score + h);
		size_t e = j + 1;
		if (score < best || (score == best && dist(e, want_end) < dist(best_e, want_end))) {
			best = score;
			best_e = e;
		}
	}
	free(peq);
	free(blk);
	*end_out = best_e;
	return best;
}

/* The start of the substring ending at E whose distance to PAT is D, the
 * length nearest M winning. */
static size_t best_start(const char *pat, size_t m, const char *text, size_t w0, size_t e,
                         size_t d, uint32_t *col)
{
	size_t maxl = m + d < e - w0 ? m + d : e - w0;
	/* Reversed DP: pattern and text read backwards from E; col[i] is the
	 * distance of the last i pattern bytes to the last j text bytes. */
	for (size_t i = 0; i <= m; i++)
		col[i] = (uint32_t)i;
	size_t best_s = e - (m < e - w0 ? m : e - w0);
	size_t best_l = SIZE_MAX;
	for (size_t j = 1; j <= maxl; j++) {
		uint32_t diag = col[0];
		col[0] = (uint32_t)j;
		dp_column(col, m, pat, text[e - j], diag, true);
		if (col[m] == d && (best_l == SIZE_MAX || dist(j, m) < dist(best_l, m))) {
			best_l = j;
			best_s = e - j;
		}
	}
	return best_s;
}

static bool find_fuzzy(const Anchor *an, const char *text, size_t len, Span *out, double *score)
{
	size_t m = strlen(an->exact);
	if (m < ANCHOR_FUZZY_MIN_LEN || m > FUZZY_MAX_PATTERN || len == 0)
		return false;
	size_t w0 = 0, w1 = len;
	size_t room = FUZZY_MAX_WORDS / ((m + 63) / 64);
	if (len > room) { /* search a window around the old position */
		size_t c = an->start < len ? an->start : len;
		w0 = c > room / 2 ? c - room / 2 : 0;
		w1 = w0 + room < len ? w0 + room : len;
	}
	size_t e;
	size_t d = anchor_search_bits(an->exact, m, text, w0, w1, an->end, &e);
	uint32_t *col = malloc((m + 1) * sizeof *col);
	if (!col)
		return false;
	double sim = 1.0 - (double)d / (double)m;
	bool found = false;
	if (sim >= ANCHOR_FUZZY_MIN) {
		size_t s = best_start(an->exact, m, text, w0, e, d, col);
		s = utf8_floor(text, len, s);
		e = utf8_ceil(text, len, e);
		if (s < e) {
			*out = (Span){ s, e };
			*score = sim;
			found = true;
		}
	}
	free(col);
	return found;
}

AnchorMatch anchor_resolve(const Anchor *an, const char *text, size_t len)
{
	AnchorMatch r = { .state = ANCHOR_UNPLACED };
	size_t m = an->exact ? strlen(an->exact) : 0;
	if (m == 0)
		return r;
	/* The bytes decide, not the fingerprint: a hand-edited file may lie. */
	if (an->start < an->end && an->end <= len && an->end - an->start == m &&
	    memcmp(text + an->start, an->exact, m) == 0) {
		r.state = ANCHOR_EXACT;
		r.span = (Span){ an->start, an->end };
		r.score = 1;
		return r;
	}
	if (find_exact(an, text, len, &r.span)) {
		r.state = ANCHOR_MOVED;
		r.score = 1;
		return r;
	}
	if (find_fuzzy(an, text, len, &r.span, &r.score))
		r.state = ANCHOR_FUZZY;
	return r;
}
