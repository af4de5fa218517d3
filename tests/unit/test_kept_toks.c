/* test_kept_toks.c - tokens copied from a span tokenized before are the
 * very tokens tokenize() makes: random texts of the pieces the tokenizer
 * treats apart (initials, abbreviations, nicknames, no-break spaces, curly
 * marks, letters of two bytes, times), random quotations (on marks or
 * anywhere), random spans and random quotation lists for them. */
#include "../../src/article.h"
#include "../../src/kept_toks.h"
#include "tap.h"

static const char *const pieces[] = {
	"said", "Obama", "Mr.", "U.S.", "don't", "Korea\xE2\x80\x99s", "al-Assad", "ill-thought",
	"2:15", "caf\xC3\xA9", "\xC3\x89mile", "\"Bobby\"", "\xE2\x80\x9C" "Cia\xE2\x80\x9D", "\"",
	"\xE2\x80\x9C", "\xE2\x80\x9D", "'", ",", ".", ":", "\xC2\xA0", "\xE2\x80\x94", "Robert C.",
	"x", "A", "he", "42", "-", "\n", "(AP)", "el-Sisi", "Gov.", "   ",
};
enum { NPIECES = sizeof pieces / sizeof *pieces, TEXT_MAX = 600, NQ_MAX = 24 };

static unsigned long long rng = 88172645463325252ull;
static size_t rnd(size_t n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (size_t)(rng % n);
}

/* A text of random pieces, one space (or none, or two) between them. */
static size_t make_text(char *s)
{
	size_t n = 0;
	while (n < TEXT_MAX - 40) {
		const char *p = pieces[rnd(NPIECES)];
		size_t l = strlen(p);
		memcpy(s + n, p, l);
		n += l;
		size_t sp = rnd(4);
		for (size_t i = 0; i < (sp == 3 ? 2 : sp ? 1 : 0); i++)
			s[n++] = ' ';
	}
	return n;
}

/* Quotations in text order and apart: from a double mark to the next,
 * or (now and then) anywhere. */
static size_t make_quotes(const char *s, size_t len, QuoteSpan *q)
{
	size_t n = 0, i = 0;
	while (i < len && n < NQ_MAX) {
		size_t a = i + rnd(40), b;
		if (a >= len)
			break;
		if (rnd(3)) {
			while (a < len && s[a] != '"' && (unsigned char)s[a] != 0xE2)
				a++;
			b = a + 1;
			while (b < len && s[b] != '"' && (unsigned char)s[b] != 0xE2)
				b++;
			b = b < len ? b + 1 : len;
		} else {
			b = a + 1 + rnd(30);
		}
		if (a >= len || b > len)
			break;
		q[n++] = (QuoteSpan){ { a, b }, { a + 1 < b ? a + 1 : a, b }, false, false, false };
		i = b;
	}
	return n;
}

static bool same_tokens(const Toks *a, const Toks *b)
{
	if (a->n != b->n)
		return false;
	for (size_t i = 0; i < a->n; i++)
		if (a->v[i].start != b->v[i].start || a->v[i].end != b->v[i].end ||
		    a->v[i].flags != b->v[i].flags || a->v[i].quote != b->v[i].quote)
			return false;
	return true;
}

/* A place to cut at: a token's start or end, a byte near a quotation's
 * end, or any byte. */
static size_t cut(const Toks *t, size_t len, const QuoteSpan *q, size_t nq)
{
	if (nq && rnd(5) == 0) {
		size_t e = q[rnd(nq)].span.end, back = rnd(4);
		return e > back ? e - back : 0;
	}
	if (!t->n || rnd(4) == 0)
		return rnd(len + 1);
	const Tok *k = &t->v[rnd(t->n)];
	return rnd(2) ? k->start : k->end;
}

int main(void)
{
	char *s = calloc(TEXT_MAX + ARTICLE_PAD, 1);
	QuoteSpan q[NQ_MAX], sub[NQ_MAX];
	Toks want = { 0 }, got = { 0 }, whole = { 0 };
	size_t runs = 0, copied = 0, bad_view = 0, bad = 0;
	for (int round = 0; round < 3000; round++) {
		memset(s, 0, TEXT_MAX + ARTICLE_PAD);
		size_t len = make_text(s), nq = make_quotes(s, len, q);
		QuoteSpan *kq = malloc((nq ? nq : 1) * sizeof *kq);
		memcpy(kq, q, nq * sizeof *q);
		KeptToks *k = kept_toks_new(kq, nq);
		/* spans kept: the text in a few pieces, in order */
		size_t at = 0, first = 0;
		while (at < len) {
			Span r = { at, at + 1 + rnd(len - at) };
			while (first < nq && q[first].span.end <= r.start)
				first++;
			Toks view = { 0 };
			kept_tokenize_from(k, s, r, first, &view);
			tokenize_from(s, r, q, nq, first, &want);
			bad_view += !same_tokens(&view, &want);
			/* (a class set here shows a copy below) */
			for (size_t i = 0; i < view.n; i++)
				view.v[i].classes = 7;
			at = r.end + rnd(3);
		}
		tokenize(s, (Span){ 0, len }, q, nq, &whole);
		for (int j = 0; j < 60; j++) {
			size_t a = cut(&whole, len, q, nq), b = cut(&whole, len, q, nq);
			Span r = a <= b ? (Span){ a, b } : (Span){ b, a };
			/* the caller's quotations: the kept ones, some dropped, one
			 * now and then moved */
			size_t ns = 0;
			for (size_t i = 0; i < nq; i++)
				if (rnd(5))
					sub[ns++] = q[i];
			if (ns && rnd(8) == 0)
				sub[rnd(ns)].span.end += 1;
			tokenize(s, r, sub, ns, &want);
			tokenize_kept(k, s, r, sub, ns, &got);
			runs++;
			copied += got.n && got.v[0].classes == 7;
			for (size_t i = 0; i < got.n; i++)
				got.v[i].classes = 0;
			if (!same_tokens(&got, &want) && bad++ < 5)
				printf("# differ: round %d span [%zu, %zu)\n", round, r.start, r.end);
		}
		kept_toks_free(k);
	}
	ok(bad_view == 0, "the tokens kept are tokenize_from()'s");
	ok(bad == 0, "tokenize_kept() gives tokenize()'s tokens (%zu of %zu differ)", bad, runs);
	ok(copied > runs / 20, "copies made: %zu of %zu", copied, runs);
	toks_free(&want);
	toks_free(&got);
	toks_free(&whole);
	free(s);
	return done_testing();
}
