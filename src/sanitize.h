/* sanitize.h - turning untrusted bytes into clean UTF-8 text.
 *
 * Nothing from an input file reaches a terminal or an Article without passing
 * through here.  "Clean" means: valid UTF-8; no C0/C1 control characters except
 * '\n'; no terminal escape sequences (CSI, OSC, DCS, ...), bidi overrides or
 * isolates, zero-width spaces or byte-order marks; CRLF/CR turned into '\n';
 * tabs, NBSP and other spaces turned into ' '.
 */
#ifndef NEWSROOM_SANITIZE_H
#define NEWSROOM_SANITIZE_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* utf8_decode() of the sequences it does not take inline. */
size_t utf8_decode_rest(const char *s, size_t len, uint32_t *cp);

/* Decodes one UTF-8 sequence at S (LEN bytes available).  Returns its length
 * and stores the code point, or returns 0 for an invalid, overlong, surrogate
 * or truncated sequence.  Inline for ASCII and for three bytes (curly
 * quotes, dashes): the quote scan decodes every mark, and the call cost
 * more than the decoding. */
static inline size_t utf8_decode(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	if (len == 0)
		return 0;
	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	if ((u[0] & 0xF0) == 0xE0 && len >= 3 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80) {
		uint32_t c = (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
		if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))
			return 0; /* overlong, or a surrogate */
		*cp = c;
		return 3;
	}
	return utf8_decode_rest(s, len, cp);
}
bool utf8_valid(const char *s, size_t len);
/* True when CP is text sanitize_text() keeps as it is: typed characters
 * that are not (controls, C1, bidi controls, zero-width and other invisible
 * characters) must not reach the screen from a prompt either. */
bool cp_is_clean(uint32_t cp);
/* Length of the UTF-8 sequence starting with byte C (1 for invalid lead bytes). */
size_t utf8_seq_len(unsigned char c);

typedef enum {
	ENC_UTF8,
	ENC_UTF8_BOM,
	ENC_UTF16LE,
	ENC_UTF16BE,
	ENC_WINDOWS1252,
} InputEncoding;

const char *encoding_name(InputEncoding e);

/* Decodes raw input to UTF-8 in OUT: strips a UTF-8 BOM, converts UTF-16 with a
 * BOM, and decodes anything that is not valid UTF-8 as Windows-1252.  Stores the
 * encoding found.  Returns false only when out of memory. */
bool decode_to_utf8(const char *in, size_t len, Buf *out, InputEncoding *enc);

/* Converts single-byte text in a legacy encoding ("windows-1252", "iso-8859-1",
 * "iso-8859-15") to UTF-8.  Returns false for an unknown encoding or no memory. */
bool decode_legacy(const char *in, size_t len, const char *encoding, Buf *out);

/* Cleans valid or invalid UTF-8 (invalid bytes become U+FFFD) into OUT as
 * described at the top; line structure is kept. */
bool sanitize_text(const char *in, size_t len, Buf *out);
/* sanitize_text() of input taken for UTF-8, which also sets *VALID to
 * utf8_valid()'s answer on it, for one pass over a large file instead of
 * two.  When it is false OUT holds only a part, to be thrown away.
 * Returns false only when out of memory. */
bool sanitize_utf8(const char *in, size_t len, Buf *out, bool *valid);
/* The length of the start of IN that sanitize_utf8() keeps as it is, valid
 * UTF-8 too: printable ASCII, line feeds and the characters classify()
 * keeps.  Most files are that to the end: a loader that owns the input
 * can take it for the clean text, where a walk would copy it. */
size_t sanitize_plain_len(const char *in, size_t len);
/* sanitize_utf8() of IN whose first PLAIN bytes sanitize_plain_len()
 * found plain (copied in one step, not walked again). */
bool sanitize_utf8_from(const char *in, size_t len, size_t plain, Buf *out, bool *valid);
/* sanitize_utf8() of B's bytes, whose first PLAIN sanitize_plain_len()
 * found plain, done in B, for a reader that trims the end of each line
 * (the text loader): where characters are dropped or shrink, the rest of
 * their line moves back and spaces fill the room before its line end, so
 * that each line starts where it did.  Returns
 * 1 when done; 0, B untouched, when B is not valid UTF-8, holds terminal
 * escape sequences or too many characters to change (sanitize_utf8()
 * then); -1 when out of memory. */
int sanitize_lines_in_place(Buf *b, size_t plain);

/* Like sanitize_text, but for one line: newlines become spaces, runs of spaces
 * are folded and the ends trimmed.  Returns a malloc'd string owned by the
 * caller, NULL when out of memory. */
char *sanitize_line(const char *in, size_t len);
/* True when sanitize_line() would return IN[0..LEN) unchanged: printers skip
 * the copy for the many fields that are clean already. */
bool sanitize_line_is_clean(const char *in, size_t len);
/* sanitize_line_is_clean() of IN that may be read sixteen bytes on from
 * any of its bytes, as an Article's text may (ARTICLE_PAD). */
bool sanitize_span_is_clean(const char *in, size_t len);

/* Formats like vsnprintf into DST (SIZE bytes, SIZE > 0) and cleans the result
 * as sanitize_line does, for messages that quote file names or file text on a
 * status line.  Cuts at a character boundary when the text does not fit; out
 * of memory leaves DST empty. */
void sanitize_vformat(char *dst, size_t size, const char *fmt, va_list ap)
	__attribute__((format(printf, 3, 0)));

/* True when the first bytes look like binary data rather than text. */
bool looks_binary(const char *in, size_t len);

#endif
