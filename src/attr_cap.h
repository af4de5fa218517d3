/* attr_cap.h - a cap on the attributes of each tag, before libxml2 reads
 * the markup.
 *
 * libxml2 2.9 compares each attribute of a tag with every one before it (a
 * check for repeats), so one tag of 60,000 attributes - half a megabyte -
 * took 40 seconds to parse, and the markup limit allows 64 MB of them.  No
 * page a person reads has a tag of more than a few dozen; past the cap they
 * are dropped, the text kept.
 */
#ifndef NEWSROOM_ATTR_CAP_H
#define NEWSROOM_ATTR_CAP_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"

/* The attributes a tag keeps. */
enum { ATTR_CAP = 64 };

/* When a tag of *DATA[0, *LEN) has more than ATTR_CAP attributes, points
 * *DATA and *LEN at a copy in HOLD (empty, owned by the caller, who frees it
 * once the markup is read) in which each tag keeps its first ATTR_CAP; else
 * leaves them, and the markup is read as it is.  False when out of memory. */
bool attr_cap(const char **data, size_t *len, Buf *hold);

#endif
