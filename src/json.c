/* json.c - JSON string escaping. */
#include "json.h"

#include <string.h>

#include "sanitize.h"

bool json_string(Buf *b, const char *s, size_t n)
{
	bool ok = buf_putc(b, '"');
	for (size_t i = 0; ok && s && i < n;) {
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
		} else if (c < 0x20 || c == 0x7F) {
			ok = buf_printf(b, "\\u%04x", c);
			i++;
		} else if (c < 0x80) {
			ok = buf_putc(b, (char)c);
			i++;
		} else {
			uint32_t cp;
			size_t l = utf8_decode(s + i, n - i, &cp);
			if (!l) {
				ok = buf_puts(b, "\\ufffd");
				i++;
			} else if (cp == 0x2028 || cp == 0x2029 || (cp >= 0x80 && cp <= 0x9F)) {
				ok = buf_printf(b, "\\u%04x", (unsigned)cp);
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
