/* json.c - JSON string escaping. */
#include "json.h"

#include <string.h>

#include "sanitize.h"
#include "swar.h"

/* The bytes of eight that a JSON string cannot hold as they are: controls
 * (below 0x20, found as a sum that stays under 0x80), DEL, the quote, the
 * backslash, and every byte of a multi-byte character (checked one by one:
 * C1 controls and U+2028/9 are escaped, invalid bytes replaced). */
static uint64_t unplain8(uint64_t x)
{
	uint64_t control = ~((x & SWAR_LOW7) + SWAR_REP(0x80 - 0x20)) & SWAR_TOP;
	return (x & SWAR_TOP) | control | bytes_eq8(x, SWAR_REP(0x7F)) |
	       bytes_eq8(x, SWAR_REP('"')) | bytes_eq8(x, SWAR_REP('\\'));
}

static bool plain(unsigned char c) { return c >= 0x20 && c < 0x7F && c != '"' && c != '\\'; }

/* Length of the run at S that is written as it is: most of a quotation. */
static size_t plain_run(const char *s, size_t n)
{
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t m = unplain8(swar_load(s + i));
		if (m)
			return i + swar_first(m);
	}
	while (i < n && plain((unsigned char)s[i]))
		i++;
	return i;
}

/* The escape of the character at S (N bytes left) that plain_run() stopped
 * at, into E: its length, and in *USED the bytes of S it stands for; 0 when
 * the character is kept as it is (a letter of more than one byte). */
static size_t escape(const char *s, size_t n, char e[6], size_t *used)
{
	static const char hex[] = "0123456789abcdef";
	unsigned char c = (unsigned char)s[0];
	unsigned cp = c;
	*used = 1;
	if (c == '"' || c == '\\' || c == '\n' || c == '\t' || c == '\r') {
		e[0] = '\\';
		e[1] = c == '\n' ? 'n' : c == '\t' ? 't' : c == '\r' ? 'r' : (char)c;
		return 2;
	}
	if (c >= 0x80) {
		uint32_t u;
		size_t l = utf8_decode(s, n, &u);
		if (l && u != 0x2028 && u != 0x2029 && u > 0x9F) {
			*used = l;
			return 0;
		}
		cp = l ? (unsigned)u : 0xFFFD; /* C1 controls, U+2028/9; invalid bytes */
		*used = l ? l : 1;
	}
	char u4[6] = { '\\', 'u', hex[(cp >> 12) & 15], hex[(cp >> 8) & 15], hex[(cp >> 4) & 15],
		       hex[cp & 15] };
	memcpy(e, u4, 6);
	return 6;
}

bool json_string(Buf *b, const char *s, size_t n)
{
	if (!s)
		n = 0;
	/* Room for the string as it is and its quotes, asked once: what is
	 * copied is never longer than what it copies, and only an escape asks
	 * for more. */
	if (!buf_reserve(b, n + 2))
		return false;
	size_t o = b->len;
	b->data[o++] = '"';
	for (size_t i = 0; i < n;) {
		size_t run = plain_run(s + i, n - i);
		memcpy(b->data + o, s + i, run);
		o += run;
		i += run;
		if (i == n)
			break;
		char e[6];
		size_t used, el = escape(s + i, n - i, e, &used);
		if (!el) {
			memcpy(b->data + o, s + i, used);
		} else {
			b->len = o;
			if (!buf_reserve(b, el + (n - i - used) + 1))
				return false;
			memcpy(b->data + o, e, el);
		}
		o += el ? el : used;
		i += used;
	}
	b->data[o++] = '"';
	b->len = o;
	return true;
}

bool json_cstr(Buf *b, const char *s)
{
	return json_string(b, s ? s : "", s ? strlen(s) : 0);
}

bool json_field_str(Buf *b, bool first, const char *key, const char *value)
{
	return (first || buf_putc(b, ',')) && json_cstr(b, key) && buf_putc(b, ':') &&
	       json_cstr(b, value);
}
