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

static bool put_u4(Buf *b, unsigned cp)
{
	static const char hex[] = "0123456789abcdef";
	char e[6] = { '\\', 'u', hex[(cp >> 12) & 15], hex[(cp >> 8) & 15], hex[(cp >> 4) & 15],
		      hex[cp & 15] };
	return buf_append(b, e, sizeof e);
}

bool json_string(Buf *b, const char *s, size_t n)
{
	bool ok = buf_putc(b, '"');
	for (size_t i = 0; ok && s && i < n;) {
		size_t run = plain_run(s + i, n - i);
		if (run) {
			ok = buf_append(b, s + i, run);
			i += run;
			continue;
		}
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\') {
			ok = buf_putc(b, '\\') && buf_putc(b, (char)c);
			i++;
		} else if (c == '\n') {
			ok = buf_puts(b, "\\n");
			i++;
		} else if (c == '\t') {
			ok = buf_puts(b, "\\t");
			i++;
		} else if (c == '\r') {
			ok = buf_puts(b, "\\r");
			i++;
		} else if (c < 0x80) { /* the other controls and DEL */
			ok = put_u4(b, c);
			i++;
		} else {
			uint32_t cp;
			size_t l = utf8_decode(s + i, n - i, &cp);
			if (!l) {
				ok = buf_puts(b, "\\ufffd");
				i++;
			} else if (cp == 0x2028 || cp == 0x2029 || (cp >= 0x80 && cp <= 0x9F)) {
				ok = put_u4(b, cp);
				i += l;
			} else {
				ok = buf_append(b, s + i, l);
				i += l;
			}
		}
	}
	return ok && buf_putc(b, '"');
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
