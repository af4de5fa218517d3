/* wordset.c - open addressing over FNV-1a hashes of lower-cased words. */
#include "wordset.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

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

bool wordset_build(WordSet *s, const char *const *words, size_t n)
{
	size_t cap = 16;
	while (cap < n * 2)
		cap *= 2;
	s->words = words;
	s->mask = cap - 1;
	s->slots = calloc(cap, sizeof *s->slots);
	if (!s->slots)
		return false;
	for (size_t i = 0; i < n; i++) {
		size_t h = hash_lower(words[i], strlen(words[i])) & s->mask;
		while (s->slots[h])
			h = (h + 1) & s->mask;
		s->slots[h] = (uint32_t)i + 1;
	}
	return true;
}

bool wordset_has(const WordSet *s, const char *w, size_t n)
{
	if (!s->slots || n == 0)
		return false;
	for (size_t h = hash_lower(w, n) & s->mask; s->slots[h]; h = (h + 1) & s->mask) {
		const char *c = s->words[s->slots[h] - 1];
		if (strlen(c) == n && strncasecmp(c, w, n) == 0)
			return true;
	}
	return false;
}

void wordset_free(WordSet *s)
{
	free(s->slots);
	s->slots = NULL;
}
