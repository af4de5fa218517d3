/* quote_scan.c - where quotations start and end.
 *
 * Marks are classified by what stands beside them (a mark after a space and
 * before a letter opens, one after a letter and before a space or punctuation
 * closes), then paired per paragraph with a small stack so nested quotes stay
 * inside their outer quote.  A quote left open at the end of a paragraph goes
 * on when the next paragraph opens with a mark (the news convention for long
 * quotes); otherwise it is recovered locally: closed at the paragraph end
 * when it opened a statement, or dropped, and the paragraph is scanned again
 * without it, so one stray mark never spoils the rest of the article.
 * Apostrophes (don't, Korea's, '90s) and primes (5'10") are not marks.
 */
#include <stdlib.h>
#include <string.h>

#include "quotes_impl.h"
#include "sanitize.h"

typedef enum {
	M_DQ,   /* " */
	M_DQO,  /* “ « */
	M_DLOW, /* „ (closed by “ or ”) */
	M_DQC,  /* ” » */
	M_SQ,   /* ' and ’ (also the apostrophe) */
	M_SQO,  /* ‘ ‹ */
} MarkType;

typedef struct {
	size_t pos, end;
	MarkType type;
	bool open, close;
} Mark;

/* Code point at S[i] (0 at the end of the range) and its length. */
static uint32_t cp_at(const char *s, size_t i, size_t end, size_t *len)
{
	if (i >= end) {
		*len = 0;
		return 0;
	}
	uint32_t cp;
	size_t l = utf8_decode(s + i, end - i, &cp);
	if (!l) {
		*len = 1;
		return 0xFFFD;
	}
	*len = l;
	return cp;
}

/* Code point just before S[i] (0 at the start of the range). */
static uint32_t cp_before(const char *s, size_t start, size_t i)
{
	if (i <= start)
		return 0;
	size_t j = i - 1;
	while (j > start && ((unsigned char)s[j] & 0xC0) == 0x80)
		j--;
	size_t l;
	return cp_at(s, j, i, &l);
}

static bool is_space_cp(uint32_t c) { return c == 0 || c == ' ' || c == '\n'; }

static bool is_apostrophe_cp(uint32_t c) { return c == '\'' || c == 0x2019; }

/* Either apostrophe of "and" cut to 'n' between spaces ("rock 'n' roll",
 * "fish ’n’ chips"): the one at [I, I + L) of paragraph P. */
static bool elided_and(const char *t, Span p, size_t i, size_t l)
{
	size_t l1, l2;
	uint32_t prev = cp_before(t, p.start, i), next = cp_at(t, i + l, p.end, &l1);
	if (is_space_cp(prev) && (next == 'n' || next == 'N')) {
		uint32_t ap = cp_at(t, i + l + l1, p.end, &l2);
		return is_apostrophe_cp(ap) && is_space_cp(cp_at(t, i + l + l1 + l2, p.end, &l1));
	}
	if ((prev == 'n' || prev == 'N') && is_space_cp(next) && i >= p.start + 2) {
		uint32_t ap = cp_before(t, p.start, i - 1);
		size_t al = ap == 0x2019 ? 3 : 1;
		return is_apostrophe_cp(ap) && i >= p.start + 1 + al &&
		       is_space_cp(cp_before(t, p.start, i - 1 - al));
	}
	return false;
}

static bool is_letter_cp(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= 0xC0 && c != 0xD7 && c != 0xF7 && c < 0x2000) || (c >= 0x3040 && c < 0xFF00);
}

static bool is_digit_cp(uint32_t c) { return c >= '0' && c <= '9'; }

static bool is_dq_cp(uint32_t c)
{
	return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB;
}

static bool is_sq_cp(uint32_t c)
{
	return c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x2039 || c == 0x203A;
}

/* Before an opening mark: nothing, a space, an opening bracket or dash. */
static bool left_open_ctx(uint32_t c)
{
	return is_space_cp(c) || c == '(' || c == '[' || c == '{' || c == 0x2014 || c == 0x2013 ||
	       c == '-' || c == '/' || c == ':' || is_dq_cp(c) || c == 0x2018 || c == '\'';
}

/* After a closing mark: nothing, a space, punctuation or a closing bracket. */
static bool right_close_ctx(uint32_t c)
{
	return is_space_cp(c) || c == '.' || c == ',' || c == ';' || c == ':' || c == '!' ||
	       c == '?' || c == ')' || c == ']' || c == '}' || c == '-' || c == '/' || c == 0x2014 ||
	       c == 0x2013 || c == 0x2026 || is_dq_cp(c) || is_sq_cp(c);
}

static bool push_mark(Mark **v, size_t *n, size_t *cap, Mark m)
{
	if (!grow(v, cap, *n, sizeof **v))
		return false;
	(*v)[(*n)++] = m;
	return true;
}

/* The first byte at or after I (END when none before it) that may start a
 * mark: ASCII Q or an apostrophe, or the lead byte of a curly quote or
 * guillemet (0xE2, 0xC2).  AT caches where each of them comes next in the
 * text of LEN bytes (SIZE_MAX: not looked for yet), so each is searched for
 * once per mark of its kind, not once per mark (a paragraph of curly marks
 * without a straight one was quadratic), nor once per paragraph (most lack
 * a kind, a search each). */
static size_t next_lead(const char *t, size_t i, size_t end, size_t len, char q, size_t at[4])
{
	const char lead[4] = { q, '\'', (char)0xE2, (char)0xC2 };
	size_t best = end;
	for (int k = 0; k < 4; k++) {
		if (at[k] == SIZE_MAX || at[k] < i) {
			const char *x = memchr(t + i, lead[k], len - i);
			at[k] = x ? (size_t)(x - t) : len;
		}
		if (at[k] < best)
			best = at[k];
	}
	return best;
}

/* The mark C (L bytes) at I of paragraph P, with whether it may open or
 * close by what is around it. */
static Mark mark_at(const char *t, Span p, size_t i, uint32_t c, size_t l)
{
	uint32_t prev = cp_before(t, p.start, i), nl;
	size_t l2;
	nl = cp_at(t, i + l, p.end, &l2);
	bool lo = left_open_ctx(prev), rc = right_close_ctx(nl);
	Mark m = { i, i + l, M_DQ, false, false };
	switch (c) {
	case '"':
		m.type = M_DQ;
		m.open = lo && !is_space_cp(nl);
		m.close = rc && !is_space_cp(prev);
		/* 'nested,' " - a space between the two closing marks */
		if (prev == ' ' && i >= p.start + 2 && rc) {
			uint32_t pp = cp_before(t, p.start, i - 1);
			if (pp == '\'' || pp == 0x2019) {
				m.close = true;
				m.open = false;
			}
		}
		if (!m.open && !m.close && !is_space_cp(prev) && !is_space_cp(nl))
			m.open = m.close = true; /* word"word: the state decides */
		break;
	case 0x201C: case 0xAB:
		m.type = M_DQO;
		m.open = !is_space_cp(nl) || is_space_cp(prev);
		m.close = !lo && rc; /* typed the wrong way round */
		break;
	case 0x201E:
		m.type = M_DLOW;
		m.open = true;
		break;
	case 0x201D: case 0xBB:
		m.type = M_DQC;
		/* (French sets a space inside guillemets: "« Non », a-t-il dit") */
		m.close = !is_space_cp(prev) || is_space_cp(nl) || (c == 0xBB && rc);
		/* typed the wrong way round; at a paragraph's start it can
		 * only open ("” … what I learned …”") */
		m.open = lo && (!rc || i == p.start);
		break;
	case '\'': case 0x2019: case 0x203A:
		m.type = M_SQ;
		if (is_letter_cp(prev) && is_letter_cp(nl))
			break; /* don't, Korea's */
		if (elided_and(t, p, i, l))
			break; /* rock 'n' roll */
		if (is_digit_cp(prev) || (is_space_cp(prev) && is_digit_cp(nl)))
			break; /* 5'10", '90s */
		m.open = lo && is_letter_cp(nl) && c != 0x203A;
		m.close = !is_space_cp(prev) && rc;
		break;
	case 0x2018: case 0x2039:
		m.type = M_SQO;
		m.open = lo && !is_space_cp(nl) && !is_digit_cp(nl);
		break;
	}
	return m;
}

typedef struct {
	Mark *v;
	size_t n, cap;
} Marks;

/* The double and the single marks of one paragraph, in one pass over it
 * (two passes, one for each kind, read every apostrophe twice).  AT is
 * next_lead()'s, over the text of LEN bytes, kept for the paragraphs after. */
static bool collect_marks(const char *t, Span p, size_t len, size_t at[4], Marks *dbl,
                          Marks *sgl)
{
	dbl->n = sgl->n = 0;
	for (size_t i = p.start; i < p.end;) {
		/* Every mark starts with one of these bytes; skip to the next. */
		unsigned char b = (unsigned char)t[i];
		if (b != '"' && b != '\'' && b != 0xE2 && b != 0xC2) {
			i = next_lead(t, i, p.end, len, '"', at);
			continue;
		}
		size_t l;
		uint32_t c = cp_at(t, i, p.end, &l);
		/* Two apostrophes are a double quotation mark (''like this'', as
		 * some archives write them), and no single one. */
		if (c == '\'' && i + 1 < p.end && t[i + 1] == '\'') {
			c = '"';
			l = 2;
		}
		/* So are two curly ones ('“It was a lie,’’ Moy said'): the
		 * right pair closes, the left pair opens. */
		if ((c == 0x2018 || c == 0x2019) && i + 6 <= p.end && !memcmp(t + i, t + i + 3, 3)) {
			c = c == 0x2019 ? 0x201D : 0x201C;
			l = 6;
		}
		Marks *to = is_dq_cp(c) ? dbl : is_sq_cp(c) ? sgl : NULL;
		if (to) {
			Mark m = mark_at(t, p, i, c, l);
			if ((m.open || m.close) && !push_mark(&to->v, &to->n, &to->cap, m))
				return false;
		}
		i += l;
	}
	return true;
}

static bool closes(const Mark *open, const Mark *m)
{
	if (!m->close)
		return false;
	switch (open->type) {
	case M_DLOW: return m->type == M_DQO || m->type == M_DQC || m->type == M_DQ;
	case M_DQ: case M_DQO: case M_DQC: return m->type != M_DLOW && (m->type != M_DQO || !m->open);
	case M_SQ: case M_SQO: return m->type == M_SQ;
	}
	return false;
}

typedef struct {
	QuoteSpan *v;
	size_t n, cap;
} Spans;

/* True when S holds a letter or a digit: marks around nothing, spaces or
 * punctuation quote nothing ("", " ", "..."), and a run of a million marks
 * must not become half a million quotations. */
static bool has_word(const char *t, Span s)
{
	for (size_t i = s.start; i < s.end;) {
		size_t l;
		uint32_t c = cp_at(t, i, s.end, &l);
		if (is_letter_cp(c) || is_digit_cp(c))
			return true;
		i += l;
	}
	return false;
}

/* Length of the space at the start (FIRST) or the end of S: plain, no-break
 * (U+00A0) or narrow no-break (U+202F); 0 when there is none. */
static size_t gap_len(const char *t, Span s, bool first)
{
	static const struct {
		size_t n;
		const char *s;
	} gaps[] = { { 1, " " }, { 2, "\xC2\xA0" }, { 3, "\xE2\x80\xAF" } };
	if (s.end == s.start)
		return 0;
	/* (most quotations open and close with a word: the byte at the edge
	 * tells, before any compare) */
	unsigned char edge = (unsigned char)t[first ? s.start : s.end - 1];
	if (edge != ' ' && edge != (first ? 0xC2 : 0xA0) && edge != (first ? 0xE2 : 0xAF))
		return 0;
	for (size_t k = 0; k < sizeof gaps / sizeof *gaps; k++) {
		size_t n = gaps[k].n;
		if (s.end - s.start >= n && !memcmp(t + (first ? s.start : s.end - n), gaps[k].s, n))
			return n;
	}
	return 0;
}

/* Adds Q unless it quotes nothing (the marks stay paired and consumed). */
static bool add_span(Spans *s, const char *t, QuoteSpan q)
{
	if (!has_word(t, q.inner))
		return true;
	/* the spaces French sets inside guillemets are not quoted words */
	size_t n;
	while ((n = gap_len(t, q.inner, true)) != 0)
		q.inner.start += n;
	while ((n = gap_len(t, q.inner, false)) != 0)
		q.inner.end -= n;
	if (!grow(&s->v, &s->cap, s->n, sizeof *s->v))
		return false;
	s->v[s->n++] = q;
	return true;
}

/* Deepest nesting kept track of; deeper marks are ignored. */
#define MAX_DEPTH 8
/* How many stray openers one paragraph may drop before the rest is given up. */
#define MAX_RESCANS 8
/* How many paragraphs one quotation may run over. */
#define MAX_PARAS 30

typedef struct {
	const char *t;
	const Article *a;
	Spans *out;
	/* An outer quote carried over from the previous paragraph. */
	bool carry;
	size_t carry_start, carry_inner, carry_paras;
	MarkType carry_type; /* its mark's: a straight outer quote nests curly ones */
} Scan;

/* The length of the speaker label that opens T[I, END), the words of a
 * transcript's paragraph after its mark: one to three words in capitals
 * and ": " ("WALLACE: ", "MR. SMITH: "); 0 when there is none ("Q: " and
 * "A: " are no names). */
static size_t turn_label(const char *t, size_t i, size_t end)
{
	size_t k = i;
	for (int words = 0; words < 3; words++) {
		size_t w = k, caps = 0;
		while (k < end && ((t[k] >= 'A' && t[k] <= 'Z') || t[k] == '.' || t[k] == '-' ||
		                   t[k] == '\''))
			caps += t[k++] <= 'Z' && t[k - 1] >= 'A';
		if (caps < 2 || k - w < 2)
			return 0;
		if (k + 1 < end && t[k] == ':' && t[k + 1] == ' ')
			return k + 2 - i;
		if (k >= end || t[k] != ' ')
			return 0;
		k++;
	}
	return 0;
}

/* A stage direction of a transcript after its mark: "(CROSSTALK.)". */
static bool stage_direction(const char *t, size_t i, size_t end)
{
	while (end > i && (t[end - 1] == ' ' || t[end - 1] == '.'))
		end--;
	return end > i + 2 && t[i] == '(' && t[end - 1] == ')';
}

/* Q, a quotation over several paragraphs, as the turns of a transcript when
 * two or more of its paragraphs open with a speaker's label: one quotation
 * a turn, from the label's paragraph to the next label or stage direction,
 * its words after the label (attribution reads the label).  Otherwise Q
 * whole. */
/* Where the quoted words of paragraph P (the PI-th of those Q runs over,
 * from P0) start: after its opening mark, or after Q's own mark inside the
 * first paragraph. */
static size_t turn_words(const Scan *s, QuoteSpan q, size_t p0, size_t pi, Span p)
{
	if (pi == p0 && p.start != q.span.start)
		return q.inner.start;
	size_t l;
	cp_at(s->t, p.start, p.end, &l);
	return p.start + l;
}

static bool add_turns(Scan *s, QuoteSpan q)
{
	size_t p0 = article_paragraph_at(s->a, q.span.start);
	size_t p1 = article_paragraph_at(s->a, q.span.end - 1);
	size_t labels = 0;
	for (size_t pi = p0; pi <= p1 && labels < 2; pi++) {
		Span p = article_paragraph(s->a, pi)->span;
		labels += turn_label(s->t, turn_words(s, q, p0, pi, p), p.end) != 0;
	}
	if (labels < 2)
		return add_span(s->out, s->t, q);
	QuoteSpan turn = { { 0, 0 }, { 0, 0 }, false, false, true };
	bool open = false;
	for (size_t pi = p0; pi <= p1; pi++) {
		Span p = article_paragraph(s->a, pi)->span;
		size_t words = turn_words(s, q, p0, pi, p);
		size_t label = turn_label(s->t, words, p.end);
		bool stage = stage_direction(s->t, words, pi == p1 ? q.inner.end : p.end);
		if ((label || stage) && open) {
			if (!add_span(s->out, s->t, turn))
				return false;
			open = false;
		}
		if (stage)
			continue;
		if (!open) {
			turn.span.start = pi == p0 ? q.span.start : p.start;
			turn.inner.start = words + label;
			open = true;
		}
		turn.span.end = pi == p1 ? q.span.end : p.end;
		turn.inner.end = pi == p1 ? q.inner.end : p.end;
		turn.unclosed = pi < p1 || q.unclosed;
	}
	return !open || add_span(s->out, s->t, turn);
}

/* True when paragraph P starts with an opening double mark written like the
 * one at OPEN: a quote goes on in the next paragraph with the same marks
 * (straight, two apostrophes, or typographic), while a straight mark opening
 * a quoted excerpt is not continued by a curly quote that follows it. */
static bool para_opens(const char *t, Span p, size_t open)
{
	size_t i = p.start, l;
	uint32_t c = cp_at(t, i, p.end, &l);
	if (c == '\'' && i + 1 < p.end && t[i + 1] == '\'')
		return t[open] == '\'' && t[open + 1] == '\'';
	if (c == '"')
		return t[open] == '"';
	return (c == 0x201C || c == 0xAB || c == 0x201E) && t[open] != '"' && t[open] != '\'';
}

/* A quote still open at the end of its paragraph may be closed there when it
 * opened a statement: at the paragraph start or after ':' or ','. */
static bool recoverable(const char *t, Span p, size_t open)
{
	size_t i = open;
	while (i > p.start && t[i - 1] == ' ')
		i--;
	return i == p.start || t[i - 1] == ':' || t[i - 1] == ',';
}

/* How far nests() looks ahead, in marks: keeps the scan linear. */
#define NEST_LOOKAHEAD 16

/* True when the curly opener M[I], like the one still open at DEPTH, opens
 * a nested quote (“what he calls “hell” than live ...”): enough closing
 * marks follow it to close both, before another opener. */
static bool nests(const Mark *m, size_t i, size_t n, size_t depth)
{
	if (m[i].type != M_DQO)
		return false;
	size_t need = depth + 1;
	for (size_t j = i + 1; j < n && j <= i + NEST_LOOKAHEAD; j++) {
		if (m[j].type == M_DQO && m[j].open)
			return false;
		if (m[j].close && --need == 0)
			return true;
	}
	return false;
}

/* Pairs the double marks of paragraph PI.  Returns false when out of memory. */
static bool pair_doubles(Scan *s, size_t pi, const Marks *dbl)
{
	Span p = article_paragraph(s->a, pi)->span;
	size_t n = dbl->n;
	Mark *m = dbl->v;
	size_t from = 0;
	if (s->carry && n && m[0].pos == p.start)
		from = 1; /* the continuation mark of a long quote */
	size_t ignore_pos[MAX_RESCANS], nignore = 0;
	for (int rescan = 0; rescan <= MAX_RESCANS; rescan++) {
		Mark stack[MAX_DEPTH];
		size_t depth = 0;
		bool carried = s->carry;
		size_t found_before = s->out->n;
		if (carried) {
			stack[0] = (Mark){ s->carry_start, s->carry_inner, s->carry_type, true, false };
			depth = 1;
		}
		for (size_t i = from; i < n; i++) {
			bool skip = false;
			for (size_t k = 0; k < nignore; k++)
				skip |= m[i].pos == ignore_pos[k];
			if (skip)
				continue;
			if (depth && closes(&stack[depth - 1], &m[i])) {
				Mark o = stack[--depth];
				if (depth == 0) {
					QuoteSpan q = { { o.pos, m[i].end }, { o.end, m[i].pos }, false, false,
					                carried };
					if (!(carried ? add_turns(s, q) : add_span(s->out, s->t, q)))
						return false;
					carried = false;
				}
			} else if (m[i].open) {
				if (depth && stack[depth - 1].type == m[i].type && m[i].type != M_DLOW &&
				    !nests(m, i, n, depth)) {
					/* An opener like the one still open (and this one
					 * cannot close it): the earlier one was stray. */
					depth--;
				}
				if (depth < MAX_DEPTH)
					stack[depth++] = m[i];
			}
		}
		s->carry = false;
		if (depth == 0)
			return true;
		/* The outer quote is still open at the end of the paragraph. */
		Mark o = stack[0];
		const Paragraph *next = article_paragraph(s->a, pi + 1);
		size_t paras = carried ? s->carry_paras + 1 : 1;
		if (next && next->kind != PARA_TITLE && paras < MAX_PARAS &&
		    para_opens(s->t, next->span, o.pos)) {
			s->carry = true;
			s->carry_start = o.pos;
			s->carry_inner = o.end;
			s->carry_type = o.type;
			s->carry_paras = paras;
			return true;
		}
		if (carried || recoverable(s->t, p, o.pos)) {
			QuoteSpan q = { { o.pos, p.end }, { o.end, p.end }, false, true, carried };
			return carried ? add_turns(s, q) : add_span(s->out, s->t, q);
		}
		/* A stray opener: scan the paragraph again without it. */
		s->out->n = found_before;
		if (nignore == MAX_RESCANS)
			return true;
		ignore_pos[nignore++] = o.pos;
	}
	return true;
}

/* True when POS is inside one of the spans S->v[*AT, END), which are in
 * text order and do not overlap (drop_nested()); *AT moves past the spans
 * that end at or before POS, so a walk over marks in text order is linear
 * however many quotations a paragraph holds (a search from the first span
 * for each mark took minutes on a paragraph of a few megabytes). */
static bool inside(const Spans *s, size_t *at, size_t end, size_t pos)
{
	while (*at < end && s->v[*at].span.end <= pos)
		++*at;
	return *at < end && s->v[*at].span.start <= pos;
}

/* The single mark M after an "s" and before a word in lower case: the
 * apostrophe of a plural possessive ("'The players' union donated ...'")
 * as likely as a closing mark. */
static bool plural_possessive(const char *t, Span p, const Mark *m)
{
	size_t l;
	if (!(m->pos > p.start && (t[m->pos - 1] == 's' || t[m->pos - 1] == 'S') &&
	      cp_at(t, m->end, p.end, &l) == ' ' && m->end + 1 < p.end &&
	      t[m->end + 1] >= 'a' && t[m->end + 1] <= 'z'))
		return false;
	/* (a possessive is followed by what it owns, no word that joins: "in
	 * 'Jaws' and 'The Birds'" closes a title that ends in "s") */
	static const char *const joins[] = {
		"and", "as", "at", "but", "by", "for", "from", "in", "is", "nor", "of", "on", "or",
		"to", "was", "were", "with", NULL,
	};
	size_t w = m->end + 1, e = w;
	while (e < p.end && e < w + 5 && t[e] >= 'a' && t[e] <= 'z')
		e++;
	return e >= p.end || (t[e] >= 'a' && t[e] <= 'z') || !word_in(t + w, e - w, joins);
}

/* A mark soon after M[FROM] in paragraph P that closes O and is no plural
 * possessive itself: where the quotation opened at O ends, if M[FROM - 1]
 * is an apostrophe.  (Near: a paragraph of a million such marks stays
 * linear.) */
static bool later_close(const char *t, Span p, const Mark *o, const Mark *m, size_t from, size_t n)
{
	for (size_t j = from; j < n && j < from + 16 && m[j].pos < p.end; j++)
		if (closes(o, &m[j]) && !plural_possessive(t, p, &m[j]))
			return true;
	return false;
}

/* Drops the double-quoted spans OUT->v[FROM, D) that the words of a
 * single-quoted one after them, OUT->v[D, n), hold: "'They promised "no
 * more buybacks", and they lied,' Mr Brereton says" quotes one thing, as
 * double marks around single ones do.  Both runs are in text order and
 * neither overlaps itself: one walk, however many a paragraph holds. */
static void drop_nested(Spans *out, size_t from, size_t d)
{
	if (from == d || d == out->n)
		return; /* (no double, or no single to hold one) */
	size_t k = from, j = d;
	for (size_t i = from; i < d; i++) {
		QuoteSpan x = out->v[i];
		/* (a single quotation that ends before this one ends holds
		 * neither it nor any after it) */
		while (j < out->n && out->v[j].inner.end < x.span.end)
			j++;
		if (!(j < out->n && out->v[j].inner.start <= x.span.start))
			out->v[k++] = x;
	}
	memmove(out->v + k, out->v + d, (out->n - d) * sizeof *out->v);
	out->n = k + (out->n - d);
}

/* Single quotation marks outside double quotes: headlines, and quotes in
 * the British style. */
static bool pair_singles(Scan *s, size_t pi, size_t first_double, const Marks *sgl)
{
	Span p = article_paragraph(s->a, pi)->span;
	/* Inside a quotation that goes on into the next paragraph. */
	size_t open_from = s->carry ? (s->carry_start > p.start ? s->carry_start : p.start) : p.end;
	size_t n = sgl->n, doubles_end = s->out->n;
	const Mark *m = sgl->v;
	bool have = false;
	Mark o = { 0 };
	/* (a single pair added below ends before the next mark, so only the
	 * double spans can hold one) */
	size_t at = first_double;
	for (size_t i = 0; i < n; i++) {
		if (m[i].pos >= open_from || inside(s->out, &at, doubles_end, m[i].pos))
			continue;
		if (have && closes(&o, &m[i]) &&
		    !(plural_possessive(s->t, p, &m[i]) && later_close(s->t, p, &o, m, i + 1, n))) {
			QuoteSpan q = { { o.pos, m[i].end }, { o.end, m[i].pos }, true, false, false };
			if (!add_span(s->out, s->t, q))
				return false;
			have = false;
		} else if (m[i].open && !have) {
			o = m[i];
			have = true;
		}
	}
	drop_nested(s->out, first_double, doubles_end);
	return true;
}

static int by_start(const void *x, const void *y)
{
	const QuoteSpan *a = x, *b = y;
	return a->span.start < b->span.start ? -1 : a->span.start > b->span.start;
}

bool quote_scan(const Article *a, QuoteSpan **out, size_t *nout)
{
	Spans sp = { 0 };
	Scan s = { article_text(a), a, &sp, false, 0, 0, 0, M_DQO };
	Marks dbl = { 0 }, sgl = { 0 };
	bool ok = true;
	size_t np = article_paragraph_count(a);
	size_t at[4] = { SIZE_MAX, SIZE_MAX, SIZE_MAX, SIZE_MAX };
	for (size_t i = 0; ok && i < np; i++) {
		size_t first = sp.n;
		ok = collect_marks(s.t, article_paragraph(a, i)->span, article_len(a), at, &dbl, &sgl) &&
		     pair_doubles(&s, i, &dbl);
		/* Spans of this paragraph start at FIRST, or earlier for a
		 * quotation carried in from the paragraphs before. */
		size_t from = first && sp.v[first - 1].multi ? first - 1 : first;
		ok = ok && pair_singles(&s, i, from, &sgl);
	}
	free(dbl.v);
	free(sgl.v);
	if (!ok) {
		free(sp.v);
		return false;
	}
	/* Mostly in order already (a paragraph's single-quoted spans come
	 * after its double-quoted ones): sorted only when they are not, with
	 * the same result, as a list in order is its own stable sort. */
	size_t k = 1;
	while (k < sp.n && sp.v[k - 1].span.start <= sp.v[k].span.start)
		k++;
	if (k < sp.n) /* (qsort(NULL, 0, ...) is undefined behaviour) */
		qsort(sp.v, sp.n, sizeof *sp.v, by_start);
	*out = sp.v;
	*nout = sp.n;
	return true;
}
