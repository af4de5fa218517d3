/* load_text.h - plain-text articles: encoding, normalisation, paragraphs,
 * headline, dateline, byline and site chrome.
 */
#ifndef NEWSROOM_LOAD_TEXT_H
#define NEWSROOM_LOAD_TEXT_H

#include <stddef.h>

#include "article.h"
#include "buf.h"
#include "error.h"

/* Builds an Article from raw bytes in any of the encodings sanitize.h knows.
 * ORIGIN names the input in messages and in META_ORIGIN.  Returns a new
 * Article owned by the caller, or NULL with ERR set (binary data, empty). */
Article *load_text(const char *data, size_t len, const char *origin, Error *err);
/* load_text() that takes RAW and frees it once its cleaned copy is made, so
 * a large file is held twice at most while loading, never three times. */
Article *load_text_buf(Buf *raw, const char *origin, Error *err);

#endif
