/* wordset.c - open addressing over FNV-1a hashes of lower-cased words. */
#include "wordset.h"

#include <stdlib.h>
#include <string.h>

static uint32_t hash_lower(const char *w, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)w[i];
		h ^= c >= 'A' && c <= 'Z' ? c | 32 : c;
		h *= 16777619u;
	}
	return h;
}

/* The filter bit of a word, or -1 when it does not start and end with a
 * letter (such words skip the filter). */
static int filter_bit(const char *w, size_t n)
{
	unsigned a = (unsigned)((w[0] | 32) - 'a'), z = (unsigned)((w[n - 1] | 32) - 'a');
	if (a >= 26 || z >= 26)
		return -1;
	return (int)((a * 26 + z) * 16 + (n < 15 ? n : 15));
}

bool wordset_build(WordSet *s, const char *const *words, size_t n)
{
	memset(s->filter, 0, sizeof s->filter);
	size_t cap = 16;
	while (cap < n * 2)
		cap *= 2;
	s->words = words;
	s->mask = cap - 1;
	s->slots = calloc(cap, sizeof *s->slots);
	s->lens = malloc((n ? n : 1) * sizeof *s->lens);
	if (!s->slots || !s->lens) {
		wordset_free(s);
		return false;
	}
	for (size_t i = 0; i < n; i++) {
		size_t len = s->lens[i] = strlen(words[i]);
		int bit = len ? filter_bit(words[i], len) : -1;
		if (bit >= 0)
			s->filter[bit >> 3] |= (uint8_t)(1u << (bit & 7));
		else
			memset(s->filter, 0xFF, sizeof s->filter); /* no filtering then */
		size_t h = hash_lower(words[i], len) & s->mask;
		while (s->slots[h])
			h = (h + 1) & s->mask;
		s->slots[h] = (uint32_t)i + 1;
	}
	return true;
}

/* strncasecmp() for ASCII case, inline: only A-Z fold, as in hash_lower(). */
static bool same_lower(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
		if (x != y && ((unsigned)(x - 'A') < 26u ? x | 32 : x) != ((unsigned)(y - 'A') < 26u ? y | 32 : y))
			return false;
	}
	return true;
}

bool wordset_probe(const WordSet *s, const char *w, size_t n)
{
	for (size_t h = hash_lower(w, n) & s->mask; s->slots[h]; h = (h + 1) & s->mask) {
		size_t i = s->slots[h] - 1;
		if (s->lens[i] == n && same_lower(s->words[i], w, n))
			return true;
	}
	return false;
}

void wordset_free(WordSet *s)
{
	free(s->slots);
	free(s->lens);
	s->slots = NULL;
	s->lens = NULL;
}
