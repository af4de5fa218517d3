/* wrap.h - display width of UTF-8 text and wrapping it into lines.
 *
 * Text is measured in glyphs: a base character with the combining marks,
 * variation selectors and zero-width-joined characters that follow it, so a
 * line break or a cut never splits an accent from its letter or an emoji
 * sequence.  Widths come from wcwidth() (CJK and emoji 2 columns, combining
 * marks 0), which needs a UTF-8 LC_CTYPE: see wrap_init_locale().
 */
#ifndef NEWSROOM_UI_WRAP_H
#define NEWSROOM_UI_WRAP_H

#include <stdbool.h>
#include <stddef.h>

/* Makes sure LC_CTYPE is UTF-8 (the user's locale, else C.UTF-8).  Returns
 * false when no UTF-8 locale exists. */
bool wrap_init_locale(void);

/* Length in bytes of the glyph at S (at most LEN bytes, LEN > 0), its display
 * width in *WIDTH (0, 1 or 2).  Invalid bytes are one-byte glyphs of width 1. */
size_t glyph_next(const char *s, size_t len, int *width);

/* Display width of LEN bytes of S. */
int text_width(const char *s, size_t len);

/* The longest prefix of S that fits in MAXW columns, never cutting a glyph;
 * returns its length in bytes and stores its width in *W (may be NULL). */
size_t text_fit(const char *s, size_t len, int maxw, int *w);

/* Writes the UTF-8 encoding of CP (a scalar value) to OUT (4 bytes room). */
size_t utf8_encode(unsigned cp, char *out);

/* One wrapped line: bytes [start, end) of the wrapped text. */
typedef struct {
	size_t start, end;
	int width;
} WrapLine;

/* Wraps LEN bytes of S into lines of at most WIDTH (>= 1) columns: breaks after
 * spaces, drops the spaces at a break, and cuts words longer than a line at a
 * glyph boundary.  Returns a malloc'd array (owned by the caller) of *N lines;
 * empty text gives one empty line.  NULL when out of memory. */
WrapLine *wrap_text(const char *s, size_t len, int width, size_t *n);

#endif
