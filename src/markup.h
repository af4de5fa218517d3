/* markup.h - what the markup loaders (HTML, feeds, wire copy) share.
 *
 * The input cap for markup, gzip, a safe XML parse and the few tree helpers
 * the loaders need.  XML is parsed with XML_PARSE_NONET and never with
 * NOENT, DTDLOAD or HUGE; besides, the first call installs an external
 * entity loader that refuses everything, so no DTD, entity or XInclude is
 * ever read from the file system or the network, whatever the document says.
 */
#ifndef NEWSROOM_MARKUP_H
#define NEWSROOM_MARKUP_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>

#include "article.h"
#include "buf.h"
#include "error.h"
#include "load.h"

/* The size limit for markup input (opt->max_markup, else the default). */
size_t markup_max(const LoadOptions *opt);
/* Fails with "ORIGIN: markup too large ..." when LEN is over the limit. */
bool markup_check_size(size_t len, const char *origin, const LoadOptions *opt, Error *err);

/* Decompresses gzip (or zlib) data into OUT, refusing output over MAX bytes. */
bool markup_gunzip(const char *data, size_t len, size_t max, const char *origin, Buf *out,
                   Error *err);

/* Makes libxml2 refuse every external load (DTDs, entities).  Idempotent and
 * thread-safe; every markup loader calls it before parsing. */
void markup_init(void);

/* Parses XML safely.  Returns a document owned by the caller (xmlFreeDoc), or
 * NULL with ERR set.  *ENTITIES is set when the document declares entities
 * of its own: they are never expanded (see markup_text). */
xmlDocPtr markup_read_xml(const char *data, size_t len, const char *origin,
                          const LoadOptions *opt, bool *entities, Error *err);

/* The element's local name compared without case and without namespace. */
bool markup_is(const xmlNode *n, const char *name);
/* First element child of PARENT named NAME (any namespace), or NULL. */
xmlNodePtr markup_child(const xmlNode *parent, const char *name);
/* The node after N in document order within ROOT's subtree (entering N
 * when DESCEND); NULL at the end.  Entity references are never entered. */
xmlNodePtr markup_next(const xmlNode *n, const xmlNode *root, bool descend);
/* First element named NAME in the subtree under ROOT (depth first), or NULL. */
xmlNodePtr markup_find(const xmlNode *root, const char *name);
/* Attribute value without namespace; NULL when absent.  Owned by the node. */
const char *markup_attr(const xmlNode *n, const char *name);

/* Appends the raw text under N to OUT.  References to document-declared
 * entities are skipped, never expanded. */
bool markup_text(const xmlNode *n, Buf *out);
/* The text under N as one clean line (sanitize_line): malloc'd, owned by the
 * caller; NULL when empty or out of memory. */
char *markup_line(const xmlNode *n);

/* Like markup_line, leaving out the children named SKIP ("byttl" in a
 * byline, "story.date" in a dateline). */
char *markup_line_except(const xmlNode *n, const char *skip);

/* Freezes A and returns it; when it has no paragraph, frees it and fails
 * with "ORIGIN: EMPTY". */
Article *markup_finish(Article *a, const char *origin, const char *empty, Error *err);

#endif
