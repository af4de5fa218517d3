/* load_html.h - web pages: encoding, main-content extraction, metadata.
 *
 * The page is decoded to UTF-8 here (BOM, <meta charset>, http-equiv, else
 * detected), parsed with libxml2's HTML parser, cleaned of scripts, chrome and
 * boilerplate, and the main content is found by scoring blocks: text and
 * comma density, link density, <article>/<main>/articleBody hints and
 * class/id words.  Headings, paragraphs, list items and block quotes are kept
 * in document order.  Every text goes through sanitize.h.
 */
#ifndef NEWSROOM_LOAD_HTML_H
#define NEWSROOM_LOAD_HTML_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>

#include "article.h"
#include "error.h"
#include "load.h"

/* Builds an Article from a whole page (raw bytes, any encoding).  Returns a
 * new Article owned by the caller, or NULL with ERR set. */
Article *load_html(const char *data, size_t len, const char *origin, const LoadOptions *opt,
                   Error *err);

/* Appends every block of an HTML fragment (UTF-8: a feed item's content) to
 * A as paragraphs, dropping only scripts, styles, forms and the like: a
 * fragment is all content.  Returns false when out of memory or when the
 * fragment is over the markup limit (ERR set). */
bool html_fragment_to_article(Article *a, const char *utf8, size_t len, const char *origin,
                              const LoadOptions *opt, Error *err);

/* The text of an HTML fragment (UTF-8) as one clean line: malloc'd, owned by
 * the caller; NULL when out of memory. */
char *html_text_line(const char *utf8, size_t len);

/* Appends the blocks of an element tree already parsed (XHTML inside a
 * NewsML item, a NITF body) to A.  Element names are matched without case or
 * namespace; NITF's <hl2>, <bq> and <block> are understood. */
bool html_tree_to_article(Article *a, xmlNodePtr root);

#endif
