/* sentence.h - sentence boundaries inside one paragraph (used by article.c). */
#ifndef NEWSROOM_SENTENCE_H
#define NEWSROOM_SENTENCE_H

#include <stdbool.h>
#include <stddef.h>

#include "article.h"

/* Appends the sentences of the paragraph PARA of TEXT to *SENTS (a malloc'd
 * array owned by the caller, grown with realloc).  Returns false when out of
 * memory. */
bool sentence_split(const char *text, Span para, Span **sents, size_t *n);

#endif
