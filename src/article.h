/* article.h - the cleaned article every other module refers to.
 *
 * An Article is one UTF-8 buffer (valid UTF-8, no control characters but '\n')
 * laid out exactly as `newsroom --text` prints it: the title line (if any),
 * a blank line, then the paragraphs separated by one blank line.  Quotes,
 * annotations and the reader refer to byte offsets into this buffer, so the
 * layout is a contract.
 *
 * Loaders build an Article with article_add_paragraph() and article_set_meta(),
 * then call article_finish(), which computes sentence boundaries.  After that
 * the Article is read-only and may be shared between threads.
 *
 * Ownership: article_new() returns an Article owned by the caller, released
 * with article_free().  Every pointer returned by an accessor is owned by the
 * Article and valid until article_free().
 */
#ifndef NEWSROOM_ARTICLE_H
#define NEWSROOM_ARTICLE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct Article Article;

/* A byte range [start, end) in the article text. */
typedef struct {
	size_t start;
	size_t end;
} Span;

typedef enum {
	PARA_TITLE,      /* the headline: always paragraph 0 when present */
	PARA_BODY,
	PARA_HEADING,    /* a subheading inside the body */
	PARA_BLOCKQUOTE, /* block or pull quote */
	PARA_LIST_ITEM,
} ParaKind;

typedef enum {
	META_TITLE,
	META_BYLINE,
	META_SOURCE,    /* the outlet: "CNN" */
	META_DATELINE,  /* "(CNN)", "WASHINGTON (AP)" */
	META_DATE,
	META_COPYRIGHT,
	META_ORIGIN,    /* the path it was loaded from, "-" for stdin */
	META_URL,       /* canonical URL when known */
	META_SITE,      /* site name (HTML) */
	META_FORMAT,    /* "text", "html", "rss", "atom", "nitf", "newsml" */
	META_ENCODING,  /* the input encoding: "UTF-8", "windows-1252", ... */
	META_LANGUAGE,
	META_ITEM,      /* a feed item's number in its feed, "2" (src/expand.h) */
	META__COUNT
} MetaKey;

typedef struct {
	Span span;      /* the paragraph's bytes, no trailing newline */
	ParaKind kind;
} Paragraph;

Article *article_new(void);
void article_free(Article *a);

/* Appends a paragraph.  TEXT must already be clean (valid UTF-8, no control
 * characters, no newlines: see sanitize.h).  A PARA_TITLE paragraph is only
 * accepted first.  Returns false when out of memory or on misuse. */
bool article_add_paragraph(Article *a, const char *text, size_t len, ParaKind kind);

/* Room for paragraphs of BYTES bytes in all, NPARA of them, before they
 * are added: a loader that knows them spares the copies of a growing
 * text.  Only speeds up; returns false when out of memory. */
bool article_reserve(Article *a, size_t bytes, size_t npara);

/* Sets metadata; the value is copied and cleaned of control characters.
 * Empty values unset the key.  Returns false when out of memory. */
bool article_set_meta(Article *a, MetaKey key, const char *value);

/* Adds a loader warning ("decoded as windows-1252: invalid UTF-8").  Copied. */
bool article_add_warning(Article *a, const char *msg);

/* Freezes the article and computes sentence boundaries. */
bool article_finish(Article *a);

/* The text is NUL-terminated, and after article_finish() ARTICLE_PAD more
 * zero bytes follow the NUL: a scan may read a block of that size from any
 * offset up to the length (bytemask.h) without a test for the end. */
enum { ARTICLE_PAD = 64 };
const char *article_text(const Article *a);
size_t article_len(const Article *a);

size_t article_paragraph_count(const Article *a);
const Paragraph *article_paragraph(const Article *a, size_t i);
/* Index of the paragraph containing OFFSET, or of the next one when OFFSET is
 * in a separator; article_paragraph_count() when past the end. */
size_t article_paragraph_at(const Article *a, size_t offset);

/* Sentences, valid after article_finish().  Every non-blank byte of a
 * paragraph belongs to exactly one sentence; sentences never cross paragraphs. */
size_t article_sentence_count(const Article *a);
Span article_sentence(const Article *a, size_t i);
size_t article_sentence_at(const Article *a, size_t offset);

/* NULL when unset. */
const char *article_meta(const Article *a, MetaKey key);
/* The key's name as printed by --meta: "title", "byline", ... */
const char *article_meta_name(MetaKey key);

size_t article_warning_count(const Article *a);
const char *article_warning(const Article *a, size_t i);

#endif
