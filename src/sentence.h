/* sentence.h - sentence boundaries inside one paragraph (used by article.c), and
 * the dateline that may open the first. */
#ifndef NEWSROOM_SENTENCE_H
#define NEWSROOM_SENTENCE_H

#include <stdbool.h>
#include <stddef.h>

#include "article.h"

/* Appends the sentences of the paragraph PARA of TEXT to *SENTS (a malloc'd
 * array owned by the caller, grown with realloc).  Returns false when out of
 * memory. */
bool sentence_split(const char *text, Span para, Span **sents, size_t *n);

/* The same over the paragraphs of one text in order, with the places of the
 * next bytes that may end a sentence kept from one paragraph to the next
 * (a search per paragraph and kind was most of the time on short ones). */
typedef struct {
	size_t len;   /* the text's length: the searches reach its end */
	size_t at[4]; /* where the next of each kind is; SIZE_MAX: not looked for */
} SentenceScan;
void sentence_scan_init(SentenceScan *s, size_t len);
/* PARA must not start before the paragraph S was last given. */
bool sentence_split_next(const char *text, Span para, SentenceScan *s, Span **sents,
                         size_t *n);

/* The dateline opening the paragraph S[0, N): "(CNN) --", "WASHINGTON (AP)
 * —", "LONDON, June 3 (Reuters) -".  Returns its length without the dash,
 * 0 when there is none; the agency inside parentheses is at *AGENCY for
 * *AGENCY_LEN bytes (both left alone when there is none). */
size_t dateline_length(const char *s, size_t n, size_t *agency, size_t *agency_len);

#endif
