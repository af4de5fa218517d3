/* quote_engine.c - the engine (cue tables built once) and quotes_analyze().
 *
 * The cue lexicons were pcre2 alternations once; compiling and JIT-compiling
 * them cost some 15 million instructions a run, more than analysing a
 * megabyte of text, so they are word sets and phrase sets (phrase_set.h)
 * that match the same forms in the same order.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bytemask.h"
#include "mention.h"
#include "quotes_impl.h"

struct QuoteSet {
	Item *items;           /* each begins with its published Quote */
	size_t n;
	SpeakerTable *speakers;
};

QuoteEngine *quote_engine_new(Error *err)
{
	QuoteEngine *e = calloc(1, sizeof *e);
	if (!e) {
		error_set(err, "out of memory");
		return NULL;
	}
	size_t nrep, nsec;
	const char *const *rep = report_cue_words(&nrep), *const *secs = report_cue_seconds(&nsec);
	if (!(cue_lexicon_build(&e->cue_phrases, &e->words) && report_cue_phrases(&e->rep_phrases) &&
	      wordset_build(&e->cue_one, (const char *const *)e->words.one, e->words.none) &&
	      wordset_build(&e->cue_second, (const char *const *)e->words.second,
	                    e->words.nsecond) &&
	      wordset_build(&e->rep_one, rep, nrep) && wordset_build(&e->rep_second, secs, nsec) &&
	      report_cue_classes(&e->rep_class) && mention_classes(&e->name_class) &&
	      report_word_classes(&e->clause_class) && speaker_sex_classes(&e->sex_class) &&
	      cue_set_build(&e->cues, &e->cue_one, &e->cue_phrases, &e->cue_second) &&
	      cue_set_build(&e->reps, &e->rep_one, &e->rep_phrases, &e->rep_second))) {
		error_set(err, "out of memory");
		quote_engine_free(e);
		return NULL;
	}
	return e;
}

void quote_engine_free(QuoteEngine *e)
{
	if (!e)
		return;
	cue_words_free(&e->words);
	wordset_free(&e->cue_one);
	wordset_free(&e->cue_second);
	phrase_set_free(&e->cue_phrases);
	wordset_free(&e->rep_one);
	wordset_free(&e->rep_second);
	phrase_set_free(&e->rep_phrases);
	wordclass_free(&e->rep_class);
	wordclass_free(&e->name_class);
	wordclass_free(&e->clause_class);
	wordclass_free(&e->sex_class);
	cue_set_free(&e->cues);
	cue_set_free(&e->reps);
	free(e);
}

bool grow(void *v, size_t *cap, size_t n, size_t size)
{
	void **pv = v;
	if (n < *cap)
		return true;
	size_t c = *cap ? *cap * 2 : 16;
	void *nv = realloc(*pv, c * size);
	if (!nv)
		return false;
	*pv = nv;
	*cap = c;
	return true;
}

/* The next word after byte I (spaces skipped), as [*B, *E). */
static void next_word(const char *text, size_t i, size_t to, size_t *b, size_t *e)
{
	while (i < to && text[i] == ' ')
		i++;
	*b = i;
	while (i < to && (unsigned)((text[i] | 32) - 'a') < 26u)
		i++;
	*e = i;
}

/* A cue word that heads a compound noun is no verb: "think tank", "talk
 * show", "call center". */
static bool noun_compound(const char *text, size_t b, size_t e, size_t to)
{
	/* each head's second words */
	static const char *const call[] = { "center", "centers", "centre", "centres", NULL };
	static const char *const report[] = { "card", "cards", NULL };
	static const char *const talk[] = { "radio", "show", "shows", NULL };
	static const char *const think[] = { "tank", "tanks", NULL };
	/* The head first, each compare of a constant size one load or two:
	 * this runs for every cue met, and few are heads (the next word read
	 * for each, and the table of pairs, cost a third of cue_at()). */
	const char *w = text + b;
	size_t n = e - b;
	const char *const *second = n == 4 && !memcmp(w, "call", 4)     ? call
	                            : n == 4 && !memcmp(w, "talk", 4)   ? talk
	                            : n == 5 && !memcmp(w, "think", 5)  ? think
	                            : n == 6 && !memcmp(w, "report", 6) ? report
	                                                                : NULL;
	if (!second)
		return false;
	size_t b2, e2;
	next_word(text, e, to, &b2, &e2);
	for (; *second; second++)
		if (strlen(*second) == e2 - b2 && !memcmp(text + b2, *second, e2 - b2))
			return true;
	return false;
}

/* The first byte from I (before TO) that is a lower-case ASCII letter when
 * LOWER, else the first that is not: eight bytes a step. */
static inline size_t lower_from(const char *text, size_t i, size_t to, bool lower)
{
	for (; i + 8 <= to; i += 8) {
		uint64_t m = ascii_lower8(swar_load(text + i));
		if ((m = lower ? m : ~m & SWAR_TOP))
			return i + swar_first(m);
	}
	while (i < to && ((unsigned)(text[i] - 'a') < 26u) != lower)
		i++;
	return i;
}

/* The first eight bytes of the word of N letters at W as one number, the
 * bytes past the word zero; ROOM bytes may be read from W.  One load where
 * eight bytes are there. */
static inline uint64_t cue_key(const char *w, size_t n, size_t room)
{
	uint64_t x = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (room >= 8)
		return n >= 8 ? swar_load(w) : swar_load(w) & ~(~(uint64_t)0 << (8 * n));
#elif defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	if (room >= 8)
		return n >= 8 ? swar_load(w) : swar_load(w) & ~(~(uint64_t)0 >> (8 * n));
#else
	(void)room;
#endif
	memcpy(&x, w, n < 8 ? n : 8);
	return x;
}

/* The hash of a word of N letters whose first eight make KEY: its top
 * CUE_FILTER_LOG2 bits are the word's filter bit, bits from CUE_SLOT_SHIFT
 * up its first slot. */
enum { CUE_SLOT_SHIFT = 20 };
static inline uint64_t cue_mix(uint64_t key, size_t n)
{
	return (key ^ n) * 0x9E3779B97F4A7C15u;
}

/* The slot of the word of N letters (KEY, KEY2 as CueSlot holds them) whose
 * hash is MIX: its own, or the empty one that ends its chain. */
static inline CueSlot *cue_slot(const CueSet *s, uint64_t mix, uint64_t key, uint64_t key2,
                                size_t n)
{
	for (size_t h = (size_t)(mix >> CUE_SLOT_SHIFT) & s->mask;; h = (h + 1) & s->mask) {
		CueSlot *x = &s->slots[h];
		if (!x->len || (x->key == key && x->key2 == key2 && x->len == n))
			return x;
	}
}

/* Adds the words of W that a scan can meet (two to sixteen letters, which
 * it reads in lower case) to S, as IN. */
static void cue_set_add(CueSet *s, const WordSet *w, unsigned in)
{
	for (size_t k = 0; w->slots && k <= w->mask; k++) {
		size_t n = w->slots[k].len;
		const char *word = w->words[w->slots[k].index * w->stride];
		char low[16];
		if (n < 2 || n > sizeof low)
			continue;
		size_t j = 0;
		while (j < n && (unsigned)((low[j] = (char)ascii_lower((unsigned char)word[j])) - 'a') < 26u)
			j++;
		if (j < n)
			continue; /* (not letters alone: never met) */
		uint64_t key = cue_key(low, n, n), key2 = n > 8 ? cue_key(low + 8, n - 8, n - 8) : 0;
		uint64_t mix = cue_mix(key, n);
		unsigned bit = (unsigned)(mix >> (64 - CUE_FILTER_LOG2));
		s->filter[bit >> 6] |= (uint64_t)1 << (bit & 63);
		s->lens |= (uint64_t)1 << n;
		CueSlot *x = cue_slot(s, mix, key, key2, n);
		*x = (CueSlot){ key, key2, (uint8_t)n, (uint8_t)(x->in | in) };
	}
}

static size_t word_count(const WordSet *w)
{
	size_t n = 0;
	for (size_t k = 0; w->slots && k <= w->mask; k++)
		n += w->slots[k].len != 0;
	return n;
}

bool cue_set_build(CueSet *s, const WordSet *one, const PhraseSet *phrases,
                   const WordSet *second)
{
	const WordSet *heads = phrase_set_heads(phrases);
	s->one = one;
	s->phrases = phrases;
	s->second = second;
	memset(s->filter, 0, sizeof s->filter);
	s->lens = 0;
	for (size_t n = 0; n < sizeof s->keep / sizeof *s->keep; n++) {
		/* (in memory order, as cue_key() copies: either byte order) */
		unsigned char b[8] = { 0 };
		memset(b, 0xFF, n < 8 ? n : 8);
		memcpy(&s->keep[n], b, 8);
	}
	/* half full at most: a word that passes the filter and is no cue
	 * probes until an empty slot */
	size_t cap = 16, n = word_count(one) + word_count(heads);
	while (cap < n * 2)
		cap *= 2;
	s->mask = cap - 1;
	if (!(s->slots = calloc(cap, sizeof *s->slots)))
		return false;
	cue_set_add(s, one, CUE_IN_ONE);
	cue_set_add(s, heads, CUE_IN_HEAD);
	return true;
}

void cue_set_free(CueSet *s)
{
	free(s->slots);
	s->slots = NULL;
}

/* The cue of S that starts with the lower-case word TEXT[B, E), if any;
 * KEY and MIX are the word's (cue_key(), cue_mix()).  Apart from the scan
 * (not inline), which then keeps what it needs in registers: few words come
 * this far. */
static __attribute__((noinline)) bool cue_at(const char *text, size_t b, size_t e, size_t to,
                                             uint64_t key, uint64_t mix, const CueSet *s,
                                             Span *m)
{
	size_t n = e - b;
	uint64_t key2 = n > 8 ? cue_key(text + b + 8, n - 8, to - b - 8) : 0;
	unsigned in = cue_slot(s, mix, key, key2, n)->in;
	if (!in || (b > 0 && (unsigned)((text[b - 1] | 32) - 'a') < 26u) ||
	    (e < to && (unsigned)((text[e] | 32) - 'a') < 26u))
		return false; /* (or part of a longer or capitalised word) */
	if (in & CUE_IN_HEAD) {
		/* a phrase: its next word first */
		size_t b2, e2;
		next_word(text, e, to, &b2, &e2);
		if (wordset_has(s->second, text + b2, e2 - b2) &&
		    phrase_set_match(s->phrases, text, b, to, m))
			return true;
	}
	if ((in & CUE_IN_ONE) && !noun_compound(text, b, e, to)) {
		*m = (Span){ b, e };
		return true;
	}
	return false;
}

bool cue_find(const char *text, size_t from, size_t to, const CueSet *s, Span *m)
{
	/* A block's lower-case letters as bits, and of those the first and the
	 * last of each word: a word is two bit scans, where a test for each
	 * byte cost some sixty instructions a word.  A word that may go on
	 * past the block starts the next one. */
	uint64_t lens = s->lens;
	for (size_t i = from; i < to;) {
		uint64_t low = bytemask_lower(text + i);
		size_t next = i + BYTEMASK_BLOCK;
		if (to - i < BYTEMASK_BLOCK)
			low &= ((uint64_t)1 << (to - i)) - 1;
		if (low >> (BYTEMASK_BLOCK - 1)) {
			if (!~low) {
				/* letters fill the block: longer than any cue */
				i = lower_from(text, next, to, false);
				continue;
			}
			/* the last word, from the byte after the block's last
			 * other one: read in the next block */
			unsigned t = BYTEMASK_BLOCK - (unsigned)__builtin_clzll(~low);
			next = i + t;
			low &= ((uint64_t)1 << t) - 1;
		}
		/* (the byte after each word, not the last of it: one
		 * instruction less a word; the last bit of LOW is clear, so
		 * every word has one, by bit 63) */
		uint64_t first = low & ~(low << 1), after = ~low & (low << 1);
		for (; first; first &= first - 1, after &= after - 1) {
			unsigned b = (unsigned)__builtin_ctzll(first);
			unsigned n = (unsigned)__builtin_ctzll(after) - b;
			if (!(lens >> n & 1))
				continue; /* no word of S is that long */
			size_t w = i + b;
			/* (eight bytes from W are there: the text is padded) */
			uint64_t key = swar_load(text + w) & s->keep[n], mix = cue_mix(key, n);
			unsigned bit = (unsigned)(mix >> (64 - CUE_FILTER_LOG2));
			if ((s->filter[bit >> 6] >> (bit & 63) & 1) &&
			    cue_at(text, w, w + n, to, key, mix, s, m))
				return true;
		}
		i = next;
	}
	return false;
}

QuoteSet *quotes_analyze(const QuoteEngine *e, const Article *a, Error *err)
{
	return quotes_analyze_with(e, a, 0, err);
}

QuoteSet *quotes_analyze_with(const QuoteEngine *e, const Article *a, unsigned flags,
                              Error *err)
{
	QuoteSet *q = calloc(1, sizeof *q);
	QuoteSpan *spans = NULL;
	size_t n = 0;
	Ctx c = { e, a, article_text(a), article_len(a) };
	if (!q || !quote_scan(a, &spans, &n))
		goto oom;
	q->items = calloc(n ? n : 1, sizeof *q->items);
	if (!q->items)
		goto oom;
	q->n = n;
	quote_kinds(&c, spans, q->items, n);
	free(spans);
	spans = NULL;
	if (!attribute(&c, q->items, n))
		goto oom;
	quote_terms(&c, q->items, n);
	if (!find_posts(&c, &q->items, &q->n))
		goto oom;
	/* Reported speech is looked for even when not asked for: quoted words
	 * inside a reported clause are its source's (quote_terms_in_reports),
	 * and the kinds must not depend on the flag. */
	if (!find_indirect(&c, &q->items, &q->n))
		goto oom;
	quote_terms_in_reports(c.text, q->items, &q->n, flags & QUOTES_REPORTED);
	if (!(q->speakers = speakers_resolve(&c, q->items, q->n)))
		goto oom;
	return q;
oom:
	error_set(err, "out of memory");
	free(spans);
	quoteset_free(q);
	return NULL;
}

void quoteset_free(QuoteSet *q)
{
	if (!q)
		return;
	free(q->items);
	speakers_free(q->speakers);
	free(q);
}

size_t quoteset_count(const QuoteSet *q) { return q->n; }

const Quote *quoteset_get(const QuoteSet *q, size_t i)
{
	return i < q->n ? &q->items[i].q : NULL;
}

size_t quoteset_speaker_count(const QuoteSet *q) { return speakers_count(q->speakers); }

const Speaker *quoteset_speaker(const QuoteSet *q, size_t i)
{
	return speakers_get(q->speakers, i);
}

int quote_count_label(char *buf, size_t size, size_t quotes, size_t reported)
{
	if (reported > 0)
		return snprintf(buf, size, "%zu+%zu", quotes, reported);
	return snprintf(buf, size, "%zu", quotes);
}

const char *quote_kind_name(QuoteKind k)
{
	switch (k) {
	case QUOTE_DIRECT: return "direct";
	case QUOTE_PARTIAL: return "partial";
	case QUOTE_HEADLINE: return "headline";
	case QUOTE_INDIRECT: return "indirect";
	case QUOTE_TERM: return "term";
	}
	return "direct";
}
