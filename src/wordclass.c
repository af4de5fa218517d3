/* wordclass.c - one word set over several lists, with a mask per word. */
#include "wordclass.h"

#include <stdlib.h>
#include <string.h>

/* Words that a lookup ignoring case finds as they are. */
static bool plain_list(const char *const *list)
{
	for (size_t i = 0; list[i]; i++) {
		if (!*list[i] || strlen(list[i]) >= 40)
			return false;
		for (const char *p = list[i]; *p; p++)
			if ((unsigned)(*p - 'A') < 26u)
				return false;
	}
	return true;
}

static int by_bytes(const void *x, const void *y)
{
	return strcmp(*(const char *const *)x, *(const char *const *)y);
}

bool wordclass_build(WordClass *wc, const char *const *const *lists, const uint32_t *bits,
                     size_t nlists, bool (*keep)(const void *arg, size_t k, const char *word),
                     const void *arg)
{
	memset(wc, 0, sizeof *wc);
	size_t total = 0;
	for (size_t k = 0; k < nlists; k++) {
		wc->all |= bits[k];
		if (!plain_list(lists[k]))
			continue;
		wc->exact |= bits[k];
		for (size_t i = 0; lists[k][i]; i++)
			total++;
	}
	/* every word once, sorted, then the bits of each list by lookup */
	if (!(wc->words = malloc((total ? total : 1) * sizeof *wc->words)))
		return false;
	for (size_t k = 0; k < nlists; k++)
		for (size_t i = 0; (wc->exact & bits[k]) && lists[k][i]; i++)
			wc->words[wc->n++] = lists[k][i];
	qsort(wc->words, wc->n, sizeof *wc->words, by_bytes);
	size_t u = 0;
	for (size_t i = 0; i < wc->n; i++)
		if (!u || strcmp(wc->words[u - 1], wc->words[i]))
			wc->words[u++] = wc->words[i];
	wc->n = u;
	if (!(wc->bits = calloc(u ? u : 1, sizeof *wc->bits)) ||
	    !wordset_build(&wc->set, wc->words, wc->n))
		return false;
	for (size_t k = 0; k < nlists; k++)
		for (size_t i = 0; (wc->exact & bits[k]) && lists[k][i]; i++) {
			if (!keep(arg, k, lists[k][i]))
				continue;
			size_t row = wordset_find(&wc->set, lists[k][i], strlen(lists[k][i]));
			if (row)
				wc->bits[row - 1] |= bits[k];
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
