/* wordclass.c - one word set over several lists, with a mask per word. */
#include "wordclass.h"

#include <stdlib.h>
#include <string.h>

/* Words that a lookup ignoring case finds as they are (the first of each
 * row of STRIDE strings). */
static bool plain_list(const char *const *list, size_t stride)
{
	for (size_t i = 0; list[i * stride]; i++) {
		const char *w = list[i * stride];
		if (!*w || strlen(w) >= 40)
			return false;
		for (const char *p = w; *p; p++)
			if ((unsigned)(*p - 'A') < 26u)
				return false;
	}
	return true;
}

bool wordclass_build(WordClass *wc, const char *const *const *lists, const size_t *strides,
                     const uint32_t *bits, size_t nlists,
                     bool (*keep)(const void *arg, size_t k, const char *word), const void *arg)
{
	memset(wc, 0, sizeof *wc);
	size_t total = 0;
	for (size_t k = 0; k < nlists; k++) {
		size_t st = strides && strides[k] > 1 ? strides[k] : 1;
		wc->all |= bits[k];
		if (!plain_list(lists[k], st))
			continue;
		wc->exact |= bits[k];
		for (size_t i = 0; lists[k][i * st]; i++)
			total++;
	}
	/* every word once, a row carrying the bits of each list that holds it:
	 * the set finds a word already in as it is filled (sorting the words
	 * to drop the repeats was a third of the engine's set-up) */
	if (!(wc->words = calloc(total ? total : 1, sizeof *wc->words)) ||
	    !(wc->bits = calloc(total ? total : 1, sizeof *wc->bits)) ||
	    !wordset_init(&wc->set, wc->words, total, 1))
		return false;
	for (size_t k = 0; k < nlists; k++) {
		size_t st = strides && strides[k] > 1 ? strides[k] : 1;
		for (size_t i = 0; (wc->exact & bits[k]) && lists[k][i * st]; i++) {
			wc->words[wc->n] = lists[k][i * st];
			size_t row = wordset_add(&wc->set, wc->n);
			if (row == wc->n + 1)
				wc->n++;
			if (row && keep(arg, k, lists[k][i * st]))
				wc->bits[row - 1] |= bits[k];
		}
	}
	return true;
}

void wordclass_free(WordClass *wc)
{
	free(wc->words);
	free(wc->bits);
	wordset_free(&wc->set);
	memset(wc, 0, sizeof *wc);
}
