/* buf.h - a growable byte buffer.
 *
 * A Buf owns its data; buf_free() releases it, buf_steal() hands it to the
 * caller (who frees it with free()).  Every append returns false when memory
 * runs out, leaving the buffer as it was.
 */
#ifndef NEWSROOM_BUF_H
#define NEWSROOM_BUF_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

typedef struct {
	char *data;
	size_t len;
	size_t cap;
} Buf;

void buf_init(Buf *b);
void buf_free(Buf *b);
bool buf_reserve(Buf *b, size_t extra);
/* buf_append() when the room is not there: grows B first. */
bool buf_append_grow(Buf *b, const void *data, size_t len);

/* The appends are inline: output is written a field and a byte at a time,
 * and a call for each cost more than the copy. */
static inline bool buf_append(Buf *b, const void *data, size_t len)
{
	if (!(b->cap > b->len && len < b->cap - b->len)) /* room for LEN and the NUL */
		return buf_append_grow(b, data, len);
	if (len)
		memcpy(b->data + b->len, data, len);
	b->len += len;
	return true;
}

static inline bool buf_putc(Buf *b, char c)
{
	if (b->cap > b->len + 1) { /* room for C and the NUL */
		b->data[b->len++] = c;
		return true;
	}
	return buf_append_grow(b, &c, 1);
}

/* (the length of a literal is counted by the compiler) */
static inline bool buf_puts(Buf *b, const char *s) { return buf_append(b, s, strlen(s)); }
bool buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends the UTF-8 encoding of CP (which must be a Unicode scalar value). */
bool buf_put_utf8(Buf *b, unsigned cp);
/* NUL-terminates without counting the NUL in len. */
bool buf_terminate(Buf *b);
/* Returns the NUL-terminated data and leaves B empty. */
char *buf_steal(Buf *b);

#endif
