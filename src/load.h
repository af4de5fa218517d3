/* load.h - reading an article from a path or stdin, whatever its format.
 *
 * This is the one entry point the CLI and the UI use; it reads the bytes
 * (bounded by a size limit), refuses what is not a regular readable file,
 * recognises the format from the content and hands it to the right loader.
 */
#ifndef NEWSROOM_LOAD_H
#define NEWSROOM_LOAD_H

#include <stddef.h>

#include "article.h"
#include "buf.h"
#include "error.h"

#define LOAD_DEFAULT_MAX_BYTES ((size_t)1 << 30) /* 1 GiB */
#define LOAD_DEFAULT_MAX_MARKUP ((size_t)64 << 20) /* 64 MB of HTML/XML */

typedef enum {
	FORMAT_TEXT,
	FORMAT_HTML,
	FORMAT_FEED,  /* RSS 2.0, RSS 1.0, Atom */
	FORMAT_NITF,
	FORMAT_NEWSML,
	FORMAT_GZIP,
} InputFormat;

typedef struct {
	size_t max_bytes; /* 0: LOAD_DEFAULT_MAX_BYTES */
	size_t max_markup; /* HTML/XML (after gunzip); 0: LOAD_DEFAULT_MAX_MARKUP */
	int item;         /* feeds: open item N (1-based); 0: list the items */
} LoadOptions;

/* Reads all of PATH ("-" for stdin) into OUT.  Fails with a one-line message
 * for a missing file, a directory, no permission or a file over the limit. */
bool load_read_file(const char *path, const LoadOptions *opt, Buf *out, Error *err);

/* Reads FD to its end into OUT (NUL-terminated), refusing more than MAX
 * bytes; HINT (0: none) is the expected size.  PATH names it in messages. */
bool load_read_fd(int fd, const char *path, size_t max, size_t hint, Buf *out, Error *err);

/* Guesses the format of DATA from its first bytes. */
InputFormat load_sniff(const char *data, size_t len);

/* Loads the article at PATH.  Returns a new Article owned by the caller, or
 * NULL with ERR set ("FILE: reason"). */
Article *load_article(const char *path, const LoadOptions *opt, Error *err);

/* The same, from bytes already in memory; ORIGIN names them in messages. */
Article *load_article_mem(const char *data, size_t len, const char *origin,
                          const LoadOptions *opt, Error *err);

/* load_article_mem() on the bytes of RAW, which it frees (a plain-text file
 * as soon as its cleaned copy exists: a large file is held twice at most). */
Article *load_article_buf(Buf *raw, const char *origin, const LoadOptions *opt, Error *err);

#endif
