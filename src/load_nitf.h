/* load_nitf.h - wire copy: IPTC NITF 3.x and NewsML-G2 text items.
 *
 * Headline, byline, dateline, date, copyright and source come from the
 * markup; the body's paragraphs, subheadings and block quotes become the
 * article.  Namespaces are ignored, declared encodings (ISO-8859-1...) are
 * honoured, and nothing external (DTDs, entities) is ever loaded.
 */
#ifndef NEWSROOM_LOAD_NITF_H
#define NEWSROOM_LOAD_NITF_H

#include <stddef.h>

#include "article.h"
#include "error.h"
#include "load.h"

/* Returns a new Article owned by the caller, or NULL with ERR set. */
Article *load_wire(const char *data, size_t len, const char *origin, const LoadOptions *opt,
                   Error *err);

#endif
