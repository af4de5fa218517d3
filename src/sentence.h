/* sentence.h - sentence boundaries inside one paragraph (used by article.c), and
 * the dateline that may open the first. */
#ifndef NEWSROOM_SENTENCE_H
#define NEWSROOM_SENTENCE_H

#include <stdbool.h>
#include <stddef.h>

#include "article.h"

/* Appends the sentences of the paragraph PARA of TEXT, a text of LEN
 * bytes, to *SENTS (*N of them, room for *CAP: a malloc'd array owned by
 * the caller, grown with realloc).  Returns false when out of memory. */
bool sentence_split(const char *text, size_t len, Span para, Span **sents, size_t *n,
                    size_t *cap);

/* The dateline opening the paragraph S[0, N): "(CNN) --", "WASHINGTON (AP)
 * —", "LONDON, June 3 (Reuters) -".  Returns its length without the dash,
 * 0 when there is none; the agency inside parentheses is at *AGENCY for
 * *AGENCY_LEN bytes (both left alone when there is none). */
size_t dateline_length(const char *s, size_t n, size_t *agency, size_t *agency_len);

#endif
