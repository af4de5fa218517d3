/* wordset.c - open addressing over hashes of lower-cased words. */
#include "wordset.h"

#include <stdlib.h>
#include <string.h>

/* Eight bytes with A-Z made a-z and every other byte kept. */
static uint64_t lower8(uint64_t x) { return x | ascii_upper8(x) >> 2; }

static uint64_t load8(const char *w)
{
	uint64_t x;
	memcpy(&x, w, 8);
	return x;
}

/* A hash of the lower-cased word taken eight bytes at a time: words are
 * hashed for every token of a text, and a byte loop was a tenth of the
 * engine's time.  *KEY gets the slot key of the word (see WordSlot).
 * Words of eight bytes at most hash as wordset_find() does inline. */
static inline __attribute__((always_inline)) uint32_t hash_lower(const char *w, size_t n,
                                                                  uint64_t *key)
{
	uint64_t h = 0x9E3779B97F4A7C15u ^ n;
	if (n <= 8) { /* most words: the key is the whole word */
		*key = wordset_short_key(w, n);
		return wordset_mix(h, *key);
	}
	*key = lower8(load8(w));
	while (n > 8) {
		h = (h ^ lower8(load8(w))) * 0xFF51AFD7ED558CCDu;
		h ^= h >> 32;
		w += 8;
		n -= 8;
	}
	return wordset_mix(h, wordset_short_key(w, n));
}

#define L26 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26
const uint8_t wordset_letter[256] = {
	L26, L26, L26, L26, /* 0x00-0x3F */
	26, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, /* @ A-O */
	15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 26, 26, 26, 26, /* P-Z */
	26, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, /* ` a-o */
	15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 26, 26, 26, 26, /* p-z */
	L26, L26, L26, L26, L26, L26, L26, L26, /* 0x80-0xFF */
};
#undef L26

/* strncasecmp() for ASCII case, inline: only A-Z fold, as in hash_lower(). */
static bool same_lower(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
		if (x != y && ascii_lower(x) != ascii_lower(y))
			return false;
	}
	return true;
}

/* The slot of W[0, N) (its key in *KEY), or the empty slot that ends its
 * chain when it is not in S: inline in the lookups, as a call between them
 * cost as much as the compare. */
static inline __attribute__((always_inline)) size_t slot_of(const WordSet *s, const char *w,
                                                            size_t n, uint64_t *key)
{
	size_t h = hash_lower(w, n, key) & s->mask;
	for (; s->slots[h].len; h = (h + 1) & s->mask) {
		const WordSlot *x = &s->slots[h];
		/* the key holds the first eight bytes: only longer words compare
		 * the rest */
		if (x->key == *key && x->len == n &&
		    (n <= 8 || same_lower(s->words[x->index * s->stride] + 8, w + 8, n - 8)))
			break;
	}
	return h;
}

size_t wordset_find_long(const WordSet *s, const char *w, size_t n)
{
	uint64_t key;
	const WordSlot *x = &s->slots[slot_of(s, w, n, &key)];
	return x->len ? (size_t)x->index + 1 : 0;
}

bool wordset_build(WordSet *s, const char *const *words, size_t n)
{
	return wordset_build_rows(s, words, n, 1);
}

bool wordset_build_rows(WordSet *s, const char *const *words, size_t n, size_t stride)
{
	if (!wordset_init(s, words, n, stride))
		return false;
	for (size_t i = 0; i < n; i++)
		wordset_add(s, i);
	return true;
}

bool wordset_init(WordSet *s, const char *const *words, size_t n, size_t stride)
{
	memset(s->filter, 0, sizeof s->filter);
	/* A quarter full at most: most words looked up are in no list, and a
	 * miss probes until an empty slot (half full, a miss read three slots
	 * on average; the sets are small, so the room costs little). */
	size_t cap = 16;
	while (cap < n * 4)
		cap *= 2;
	s->words = words;
	s->stride = stride;
	s->mask = cap - 1;
	return (s->slots = calloc(cap, sizeof *s->slots)) != NULL;
}

size_t wordset_add(WordSet *s, size_t i)
{
	const char *word = s->words[i * s->stride];
	size_t len = strlen(word);
	/* (a word equal to it but for case has the same bit) */
	if (len) {
		unsigned bit = wordset_bit(word, len);
		s->filter[bit >> 3] |= (uint8_t)(1u << (bit & 7));
	}
	if (len == 0 || len > UINT32_MAX)
		return 0; /* never asked for: wordset_has() answers no */
	uint64_t key;
	WordSlot *x = &s->slots[slot_of(s, word, len, &key)];
	if (x->len) /* a word already in: a lookup finds the first of equal words */
		return (size_t)x->index + 1;
	*x = (WordSlot){ key, (uint32_t)len, (uint32_t)i };
	return i + 1;
}


void wordset_free(WordSet *s)
{
	free(s->slots);
	s->slots = NULL;
}
