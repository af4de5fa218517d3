/* json.h - writing JSON values into a Buf. */
#ifndef NEWSROOM_JSON_H
#define NEWSROOM_JSON_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"

/* Appends S (N bytes of UTF-8; invalid bytes become U+FFFD) as a JSON string,
 * quotes included.  NULL is written as "". */
bool json_string(Buf *b, const char *s, size_t n);
bool json_cstr(Buf *b, const char *s);
/* Appends "KEY":"VALUE" with a leading comma unless FIRST. */
bool json_field_str(Buf *b, bool first, const char *key, const char *value);

#endif
