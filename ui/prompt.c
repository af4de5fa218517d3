/* prompt.c - the one-line UTF-8 editor behind the reader's prompts. */
#include "prompt.h"

#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "sanitize.h"
#include "wrap.h"

static bool is_cont(unsigned char c)
{
	return (c & 0xC0) == 0x80;
}

static size_t prev_char(const LineEdit *e, size_t i)
{
	if (i == 0)
		return 0;
	i--;
	while (i > 0 && is_cont((unsigned char)e->text[i]))
		i--;
	return i;
}

static size_t next_char(const LineEdit *e, size_t i)
{
	if (i >= e->len)
		return e->len;
	i++;
	while (i < e->len && is_cont((unsigned char)e->text[i]))
		i++;
	return i;
}

static bool reserve(LineEdit *e, size_t need)
{
	if (need + 1 <= e->cap)
		return true;
	size_t cap = e->cap ? e->cap : 64;
	while (cap < need + 1)
		cap *= 2;
	char *t = realloc(e->text, cap);
	if (!t)
		return false;
	e->text = t;
	e->cap = cap;
	return true;
}

bool lineedit_set(LineEdit *e, const char *text)
{
	size_t n = text ? strlen(text) : 0;
	if (n > PROMPT_TEXT_MAX)
		n = PROMPT_TEXT_MAX;
	if (!reserve(e, n))
		return false;
	if (n)
		memcpy(e->text, text, n);
	/* Never end inside a character cut by the limit. */
	while (n > 0 && n < (text ? strlen(text) : 0) && is_cont((unsigned char)e->text[n]))
		n--;
	e->text[n] = 0;
	e->len = n;
	e->cursor = n;
	e->scroll = 0;
	return true;
}

bool lineedit_init(LineEdit *e, const char *text)
{
	memset(e, 0, sizeof *e);
	return lineedit_set(e, text);
}

void lineedit_free(LineEdit *e)
{
	free(e->text);
	memset(e, 0, sizeof *e);
}

/* Removes bytes [a, b) and puts the cursor at A. */
static void cut(LineEdit *e, size_t a, size_t b)
{
	if (b <= a)
		return;
	memmove(e->text + a, e->text + b, e->len - b + 1);
	e->len -= b - a;
	e->cursor = a;
	if (e->scroll > a)
		e->scroll = a;
}

static bool is_space_at(const LineEdit *e, size_t i)
{
	uint32_t cp;
	size_t n = utf8_decode(e->text + i, e->len - i, &cp);
	return n && iswspace((wint_t)cp);
}

EditResult lineedit_key(LineEdit *e, const Event *ev)
{
	int k = ev->key;
	switch (k) {
	case K_ENTER: case '\n':
		return EDIT_ACCEPT;
	case K_ESC: case K_CTRL('c'):
		return EDIT_CANCEL;
	case K_CTRL('g'):
		return EDIT_EXTERNAL;
	case K_LEFT: case K_CTRL('b'):
		e->cursor = prev_char(e, e->cursor);
		return EDIT_GOING;
	case K_RIGHT: case K_CTRL('f'):
		e->cursor = next_char(e, e->cursor);
		return EDIT_GOING;
	case K_HOME: case K_CTRL('a'):
		e->cursor = 0;
		return EDIT_GOING;
	case K_END: case K_CTRL('e'):
		e->cursor = e->len;
		return EDIT_GOING;
	case K_BS: case K_CTRL('h'):
		cut(e, prev_char(e, e->cursor), e->cursor);
		return EDIT_GOING;
	case K_DEL: case K_CTRL('d'):
		cut(e, e->cursor, next_char(e, e->cursor));
		return EDIT_GOING;
	case K_CTRL('k'):
		cut(e, e->cursor, e->len);
		return EDIT_GOING;
	case K_CTRL('u'):
		cut(e, 0, e->cursor);
		return EDIT_GOING;
	case K_CTRL('w'): {
		/* The spaces before the cursor, then the word before them. */
		size_t a = e->cursor;
		while (a > 0 && is_space_at(e, prev_char(e, a)))
			a = prev_char(e, a);
		while (a > 0 && !is_space_at(e, prev_char(e, a)))
			a = prev_char(e, a);
		cut(e, a, e->cursor);
		return EDIT_GOING;
	}
	default:
		break;
	}
	/* Printable characters only: no controls, C1, bidi or invisible
	 * characters, or keys beyond Unicode. */
	if (k < 0 || k >= K_BASE || !cp_is_clean((uint32_t)k))
		return EDIT_GOING;
	char u[4];
	size_t n = utf8_encode((unsigned)k, u);
	if (e->len + n > PROMPT_TEXT_MAX || !reserve(e, e->len + n))
		return EDIT_GOING;
	memmove(e->text + e->cursor + n, e->text + e->cursor, e->len - e->cursor + 1);
	memcpy(e->text + e->cursor, u, n);
	e->len += n;
	e->cursor += n;
	return EDIT_GOING;
}

/* The glyph at I as it may be drawn: itself when it is clean text, else a
 * stand-in ("↵" for a newline, "�" for anything a terminal could misread). */
static const char *shown(const char *s, size_t n, char *tmp, size_t tmpsz)
{
	if (n == 1 && s[0] == '\n')
		return "↵";
	if (n == 1 && s[0] == ' ')
		return " ";
	char *clean = sanitize_line(s, n);
	bool same = clean && strlen(clean) == n && memcmp(clean, s, n) == 0 && n < tmpsz;
	free(clean);
	if (!same)
		return "\xEF\xBF\xBD";
	memcpy(tmp, s, n);
	tmp[n] = 0;
	return tmp;
}

/* Width of the glyph at I as drawn. */
static size_t glyph_at(const LineEdit *e, size_t i, const char **str, char *tmp, size_t tmpsz,
                       int *w)
{
	size_t n = glyph_next(e->text + i, e->len - i, w);
	*str = shown(e->text + i, n, tmp, tmpsz);
	*w = text_width(*str, strlen(*str));
	return n;
}

void lineedit_draw(LineEdit *e, Grid *g, int x, int y, int limit, const char *label,
                   Style label_st, Style text_st)
{
	x = grid_puts(g, x, y, limit, label, label_st);
	int room = limit - x - 1;
	if (room < 1)
		return;
	char tmp[GLYPH_MAX + 1];
	const char *str;
	int w;
	/* Scroll so that the cursor is on screen: back from the cursor while
	 * it fits, when it went off either side. */
	if (e->scroll > e->cursor)
		e->scroll = e->cursor;
	int width = 0;
	for (size_t i = e->scroll; i < e->cursor;) {
		i += glyph_at(e, i, &str, tmp, sizeof tmp, &w);
		width += w;
	}
	if (width > room) {
		size_t s = e->cursor;
		width = 0;
		while (s > 0) {
			size_t p = prev_char(e, s);
			glyph_at(e, p, &str, tmp, sizeof tmp, &w);
			if (width + w > room * 2 / 3)
				break;
			width += w;
			s = p;
		}
		e->scroll = s;
	}
	Style cur = text_st;
	cur.attr |= AT_REVERSE;
	size_t i = e->scroll;
	bool drew_cursor = false;
	while (i < e->len) {
		size_t n = glyph_at(e, i, &str, tmp, sizeof tmp, &w);
		bool at = i == e->cursor || (i < e->cursor && i + n > e->cursor);
		int used = grid_puts(g, x, y, limit, str, at ? cur : text_st);
		if (used == x)
			break;
		drew_cursor |= at;
		x = used;
		i += n;
	}
	if (!drew_cursor && e->cursor == e->len)
		grid_puts(g, x, y, limit, " ", cur);
}
