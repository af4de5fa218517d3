/* attr_cap.c - a cap on the attributes of each tag (see attr_cap.h).
 *
 * The scan reads tags as libxml2 does closely enough to count their
 * attributes: comments, CDATA, declarations and end tags are passed over,
 * and so is the text of script and style elements, where "<" is code.  It
 * is linear: every byte is looked at a bounded number of times.
 */
#include "attr_cap.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* The index past the first END at or after I, or LEN. */
static size_t past(const char *d, size_t i, size_t len, const char *end)
{
	size_t n = strlen(end);
	const char *p = i < len ? memmem(d + i, len - i, end, n) : NULL;
	return p ? (size_t)(p - d) + n : len;
}

/* Where the element NAME[0, NN), whose text is not markup, closes: the "<"
 * of its "</NAME", or LEN. */
static size_t raw_end(const char *d, size_t i, size_t len, const char *name, size_t nn)
{
	while (i < len) {
		const char *p = memchr(d + i, '<', len - i);
		if (!p)
			break;
		size_t k = (size_t)(p - d);
		if (k + 2 + nn <= len && d[k + 1] == '/' && !strncasecmp(d + k + 2, name, nn))
			return k;
		i = k + 1;
	}
	return len;
}

/* The end of the attribute that starts at E (its name, and its value
 * after "=", quoted or not). */
static size_t attr_end(const char *d, size_t e, size_t len)
{
	while (e < len && !is_space(d[e]) && d[e] != '=' && d[e] != '>' && d[e] != '/')
		e++;
	size_t v = e;
	while (v < len && is_space(d[v]))
		v++;
	if (v >= len || d[v] != '=')
		return e;
	v++;
	while (v < len && is_space(d[v]))
		v++;
	if (v < len && (d[v] == '"' || d[v] == '\'')) {
		const char *q = memchr(d + v + 1, d[v], len - v - 1);
		return q ? (size_t)(q - d) + 1 : len;
	}
	while (v < len && !is_space(d[v]) && d[v] != '>')
		v++;
	return v;
}

/* Reads D[0, LEN); with OUT, copies it but for the attributes past the cap
 * (and the spaces before them).  True when a tag had more than the cap. */
static bool scan(const char *d, size_t len, Buf *out, bool *oom)
{
	bool over = false;
	size_t i = 0, copied = 0;
	while (i < len) {
		const char *p = memchr(d + i, '<', len - i);
		if (!p || (size_t)(p - d) + 1 >= len)
			break;
		size_t k = (size_t)(p - d);
		char c = d[k + 1];
		if (c == '!') {
			if (k + 4 <= len && !memcmp(d + k, "<!--", 4))
				i = past(d, k + 4, len, "-->");
			else if (k + 9 <= len && !memcmp(d + k, "<![CDATA[", 9))
				i = past(d, k + 9, len, "]]>");
			else
				i = past(d, k + 2, len, ">");
			continue;
		}
		if (c == '?' || c == '/') {
			i = past(d, k + 2, len, ">");
			continue;
		}
		if (!isalpha((unsigned char)c)) {
			i = k + 1;
			continue;
		}
		size_t name = k + 1, e = name;
		while (e < len && !is_space(d[e]) && d[e] != '>' && d[e] != '/')
			e++;
		size_t nn = e - name, count = 0;
		bool closed = false;
		while (e < len) {
			size_t a = e; /* the spaces before the attribute go with it */
			while (e < len && is_space(d[e]))
				e++;
			if (e >= len || d[e] == '>')
				break;
			if (d[e] == '/') {
				closed = e + 1 < len && d[e + 1] == '>';
				e++;
				continue;
			}
			size_t s = e;
			e = attr_end(d, e, len);
			if (e == s)
				e++; /* (a stray "=": no attribute, but the scan goes on) */
			if (++count <= ATTR_CAP)
				continue;
			over = true;
			if (!out)
				return true;
			if (!buf_append(out, d + copied, a - copied)) {
				*oom = true;
				return true;
			}
			copied = e;
		}
		i = e < len ? e + 1 : len;
		if (!closed && ((nn == 6 && !strncasecmp(d + name, "script", 6)) ||
		                (nn == 5 && !strncasecmp(d + name, "style", 5))))
			i = raw_end(d, i, len, d + name, nn);
	}
	if (out && !buf_append(out, d + copied, len - copied))
		*oom = true;
	return over;
}

bool attr_cap(const char **data, size_t *len, Buf *hold)
{
	bool oom = false;
	if (!scan(*data, *len, NULL, &oom))
		return true;
	scan(*data, *len, hold, &oom);
	if (oom)
		return false;
	*data = hold->data;
	*len = hold->len;
	return true;
}
