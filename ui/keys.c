/* keys.c - key names and the parser for key scripts and config bindings. */
#include "keys.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sanitize.h"
#include "wrap.h"

/* Named keys; the first name of a key is the one shown in help. */
static const struct {
	const char *name;
	int key;
} names[] = {
	{ "Tab", K_TAB },       { "Enter", K_ENTER },   { "CR", K_ENTER },
	{ "Return", K_ENTER },  { "Esc", K_ESC },       { "Space", ' ' },
	{ "BS", K_BS },         { "Backspace", K_BS },  { "lt", '<' },
	{ "Up", K_UP },         { "Down", K_DOWN },     { "Left", K_LEFT },
	{ "Right", K_RIGHT },   { "PgUp", K_PGUP },     { "PageUp", K_PGUP },
	{ "PgDn", K_PGDN },     { "PageDown", K_PGDN }, { "Home", K_HOME },
	{ "End", K_END },       { "S-Tab", K_BTAB },    { "Del", K_DEL },
	{ "WheelUp", K_WHEEL_UP }, { "WheelDown", K_WHEEL_DOWN },
};

/* Reads "A,B" or "AxB" numbers for the parameterised escapes. */
static bool two_ints(const char *s, size_t len, char sep, int *a, int *b)
{
	char tmp[32];
	if (len == 0 || len >= sizeof tmp)
		return false;
	memcpy(tmp, s, len);
	tmp[len] = 0;
	char *end;
	long x = strtol(tmp, &end, 10);
	if (end == tmp || *end != sep || x < 0 || x > 10000)
		return false;
	char *p = end + 1;
	long y = strtol(p, &end, 10);
	if (end == p || *end || y < 0 || y > 10000)
		return false;
	*a = (int)x;
	*b = (int)y;
	return true;
}

static bool parse_escape(const char *s, size_t len, Event *ev)
{
	ev->x = ev->y = -1;
	if (len == 3 && (s[0] == 'C' || s[0] == 'c') && s[1] == '-') {
		unsigned char c = (unsigned char)s[2];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '@' || c == '[' ||
		    c == '\\' || c == ']' || c == '^' || c == '_') {
			ev->key = K_CTRL(c);
			return true;
		}
		return false;
	}
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strlen(names[i].name) == len && strncasecmp(names[i].name, s, len) == 0) {
			ev->key = names[i].key;
			return true;
		}
	const char *colon = memchr(s, ':', len);
	if (!colon)
		return false;
	size_t nl = (size_t)(colon - s), al = len - nl - 1;
	if (nl == 6 && strncasecmp(s, "Resize", 6) == 0) {
		ev->key = K_RESIZE;
		return two_ints(colon + 1, al, 'x', &ev->cols, &ev->rows) && ev->cols > 0 &&
		       ev->rows > 0 && ev->cols <= 1000 && ev->rows <= 1000;
	}
	static const struct {
		const char *name;
		int key;
	} mouse[] = { { "Click", K_CLICK }, { "WheelUp", K_WHEEL_UP }, { "WheelDown", K_WHEEL_DOWN } };
	for (size_t i = 0; i < 3; i++)
		if (strlen(mouse[i].name) == nl && strncasecmp(mouse[i].name, s, nl) == 0) {
			ev->key = mouse[i].key;
			return two_ints(colon + 1, al, ',', &ev->x, &ev->y);
		}
	return false;
}

bool key_parse(const char **sp, Event *ev)
{
	const char *s = *sp;
	memset(ev, 0, sizeof *ev);
	ev->x = ev->y = -1;
	if (!*s)
		return false;
	if (*s == '<') {
		const char *close = strchr(s + 1, '>');
		if (close && close > s + 1 && (size_t)(close - s) < 24 &&
		    parse_escape(s + 1, (size_t)(close - s - 1), ev)) {
			*sp = close + 1;
			return true;
		}
		/* A lone '<' is the key itself. */
		if (!close || close == s + 1 || memchr(s + 1, ' ', (size_t)(close - s - 1))) {
			ev->key = '<';
			*sp = s + 1;
			return true;
		}
		return false;
	}
	uint32_t cp;
	size_t n = utf8_decode(s, strlen(s), &cp);
	if (!n)
		return false;
	ev->key = (int)cp;
	*sp = s + n;
	return true;
}

Event *key_script_parse(const char *script, size_t *n, size_t *bad)
{
	size_t len = strlen(script);
	Event *ev = calloc(len + 1, sizeof *ev); /* never more keys than bytes */
	if (!ev) {
		*bad = 0;
		return NULL;
	}
	const char *s = script;
	*n = 0;
	while (*s) {
		if (!key_parse(&s, &ev[*n])) {
			*bad = (size_t)(s - script);
			free(ev);
			return NULL;
		}
		(*n)++;
	}
	return ev;
}

void keyname_of(int key, char *out, size_t outsz)
{
	if (outsz == 0)
		return;
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (names[i].key == key && key != '<') {
			snprintf(out, outsz, "%s", names[i].name);
			return;
		}
	if (key >= 0 && key < 32) {
		/* The names parse_escape reads back: C-@ (Ctrl-Space), C-a..C-z, C-[ ... C-_. */
		snprintf(out, outsz, "C-%c", key >= 1 && key <= 26 ? key + 'a' - 1 : key + '@');
		return;
	}
	if (key > 32 && key < K_BASE && key != 127) {
		char buf[8];
		size_t n = utf8_encode((unsigned)key, buf);
		snprintf(out, outsz, "%.*s", (int)n, buf);
		return;
	}
	snprintf(out, outsz, "?");
}
