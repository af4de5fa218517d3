/* wordset.h - a set of ASCII words for lookups in the hot loops.
 *
 * Built once (by the quote engine) from a word list that must outlive it;
 * read-only afterwards, so threads may share it.  Lookups ignore ASCII case.
 */
#ifndef NEWSROOM_WORDSET_H
#define NEWSROOM_WORDSET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "swar.h"

/* One word of the set: its first eight bytes lower-cased as one number
 * (the whole word when it is no longer), so that a probe compares numbers
 * rather than bytes. */
typedef struct {
	uint64_t key;
	uint32_t len;             /* 0: the slot is empty */
	uint32_t index;           /* into WORDS */
} WordSlot;

typedef struct {
	const char *const *words; /* not owned */
	size_t stride;            /* word I is WORDS[I * STRIDE] */
	WordSlot *slots;          /* owned */
	size_t mask;
	/* One bit per (first letter, last letter, length) of the words (any
	 * other byte a letter of its own, the length its last four bits):
	 * most probes are rejected by it without hashing. */
	uint8_t filter[27 * 27 * 16 / 8];
} WordSet;

/* A-Z made a-z, every other byte as it is: the case the sets ignore. */
static inline unsigned char ascii_lower(unsigned char c)
{
	return (unsigned)(c - 'A') < 26u ? (unsigned char)(c | 32) : c;
}

/* False when out of memory. */
bool wordset_build(WordSet *s, const char *const *words, size_t n);
/* The same over the first strings of N rows of STRIDE strings (a table of
 * pairs, say). */
bool wordset_build_rows(WordSet *s, const char *const *words, size_t n, size_t stride);
/* A set built a word at a time: room for N words of WORDS (rows of STRIDE
 * strings, as above), none in yet.  False when out of memory. */
bool wordset_init(WordSet *s, const char *const *words, size_t n, size_t stride);
/* Adds row I of the words unless a word equal to it but for case is in
 * already.  Returns the row that a lookup of it finds, plus one: I + 1 or
 * the row of the word in before it; 0 for an empty word, which is never
 * found. */
size_t wordset_add(WordSet *s, size_t i);

/* Up to eight bytes of W as one number, A-Z made a-z, without reading past
 * W + N: short words as two loads that may overlap, each of a constant
 * size.  The slot key of a word no longer than eight bytes. */
static inline __attribute__((always_inline)) uint64_t wordset_short_key(const char *w, size_t n)
{
	uint64_t x = 0;
	if (n >= 4) {
		uint32_t a, b;
		memcpy(&a, w, 4);
		memcpy(&b, w + n - 4, 4);
		x = a | (uint64_t)b << 32;
	} else if (n >= 2) {
		uint16_t a, b;
		memcpy(&a, w, 2);
		memcpy(&b, w + n - 2, 2);
		x = a | (uint64_t)b << 16;
	} else if (n) {
		x = (unsigned char)w[0];
	}
	return x | ascii_upper8(x) >> 2;
}

/* The hash of a word of N bytes whose first (or only) eight make KEY. */
static inline uint32_t wordset_mix(uint64_t h, uint64_t key)
{
	h = (h ^ key) * 0xFF51AFD7ED558CCDu;
	return (uint32_t)(h ^ h >> 32);
}

/* wordset_find() for words longer than eight bytes. */
size_t wordset_find_long(const WordSet *s, const char *w, size_t n);

/* The row of W[0, N) plus one, 0 when it is not in S.  Inline for the
 * words of eight bytes at most, most of those looked up: the key is the
 * whole word, so a probe compares two numbers, and a call with its saved
 * registers cost as much as the probe. */
static inline __attribute__((always_inline)) size_t wordset_find(const WordSet *s, const char *w, size_t n)
{
	if (n - 1 >= 8) /* (n == 0 too: never in a set) */
		return n ? wordset_find_long(s, w, n) : 0;
	uint64_t key = wordset_short_key(w, n);
	for (size_t h = wordset_mix(0x9E3779B97F4A7C15u ^ n, key) & s->mask;; h = (h + 1) & s->mask) {
		const WordSlot *x = &s->slots[h];
		if (!x->len)
			return 0;
		if (x->key == key && x->len == n)
			return (size_t)x->index + 1;
	}
}

static inline __attribute__((always_inline)) bool wordset_probe(const WordSet *s, const char *w, size_t n)
{
	return wordset_find(s, w, n) != 0;
}

/* The letter of each byte for the filter: 0 to 25 for a-z and A-Z, 26 for
 * every other byte. */
extern const uint8_t wordset_letter[256];

/* The filter bit of a word (N > 0): by table, without a branch, as every
 * word looked up in a set is tested (a test that its ends are letters cost
 * as much as the rest). */
static inline unsigned wordset_bit(const char *w, size_t n)
{
	unsigned a = wordset_letter[(unsigned char)w[0]], z = wordset_letter[(unsigned char)w[n - 1]];
	return (a * 27 + z) * 16 + (unsigned)(n & 15);
}

/* False when no word of S has the filter bit BIT: then the word is not in S.
 * A set never built, or whose build failed, has an empty filter. */
static inline bool wordset_may_have(const WordSet *s, unsigned bit)
{
	return (s->filter[bit >> 3] & (1u << (bit & 7))) != 0;
}

/* The filter test inline, the probe only when it passes: most words of a
 * text are in no list, and a call for each would cost more than the test. */
static inline __attribute__((always_inline)) bool wordset_has(const WordSet *s, const char *w, size_t n)
{
	if (!s->slots || n == 0 || !wordset_may_have(s, wordset_bit(w, n)))
		return false;
	return wordset_probe(s, w, n);
}
/* wordset_has() of a set built (its slots made) and a word of one byte or
 * more: the callers that know both skip the two tests. */
static inline __attribute__((always_inline)) bool wordset_has_built(const WordSet *s, const char *w,
                                                                     size_t n)
{
	return wordset_may_have(s, wordset_bit(w, n)) && wordset_probe(s, w, n);
}
/* wordset_find() behind the same filter: most words looked up are in no
 * list. */
static inline __attribute__((always_inline)) size_t wordset_lookup(const WordSet *s, const char *w, size_t n)
{
	if (!s->slots || n == 0 || !wordset_may_have(s, wordset_bit(w, n)))
		return 0;
	return wordset_find(s, w, n);
}
void wordset_free(WordSet *s);

#endif
