/* wordclass.h - words that carry the bits of the lists they come from.
 *
 * Code that asks of one word whether it is in this list, that list and a
 * third hashes it once a list; a word class table built over all of them
 * answers with one lookup and a mask.  Built once (by the quote engine)
 * from lists that must outlive it; read-only afterwards.
 */
#ifndef NEWSROOM_WORDCLASS_H
#define NEWSROOM_WORDCLASS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "wordset.h"

typedef struct {
	const char **words; /* owned array of the lists' strings (not owned) */
	uint32_t *bits;     /* owned: the bits of WORDS[I] */
	size_t n;
	WordSet set;        /* over WORDS */
	uint32_t exact;     /* the bits of the lists in the table: those of
	                     * words in lower case, shorter than 40 bytes */
	uint32_t all;       /* the bits of every list */
} WordClass;

/* Builds WC over NLISTS NULL-terminated LISTS, the words of LISTS[K]
 * carrying BITS[K] (one bit a list) when KEEP(ARG, K, WORD) says so: the
 * table answers as the lookup it stands for would.  Lists with other
 * words are left out (their bits not in WC->EXACT).  STRIDES[K] > 1 makes
 * LISTS[K] a table of rows of that many strings whose first is the word,
 * ended by a row whose first is NULL; STRIDES may be NULL (every list a
 * plain list).  False when out of memory. */
bool wordclass_build(WordClass *wc, const char *const *const *lists, const size_t *strides,
                     const uint32_t *bits, size_t nlists,
                     bool (*keep)(const void *arg, size_t k, const char *word), const void *arg);
/* The bits of S[0, N) (ASCII case ignored), 0 when it is in no list.
 * Inline in every caller: most words are rejected by the set's filter in
 * a few instructions, and the call made for each (the compiler kept one
 * copy a file) cost a fifth of the lookup. */
static inline __attribute__((always_inline)) uint32_t wordclass_of(const WordClass *wc, const char *s,
                                                                   size_t n)
{
	size_t row = wordset_lookup(&wc->set, s, n);
	return row ? wc->bits[row - 1] : 0;
}
void wordclass_free(WordClass *wc);

#endif
