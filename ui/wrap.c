/* wrap.c - glyphs, widths and greedy word wrapping. */
#include "wrap.h"

#include <langinfo.h>
#include <locale.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "sanitize.h"

bool wrap_init_locale(void)
{
	setlocale(LC_ALL, "");
	const char *cs = nl_langinfo(CODESET);
	if (cs && strcmp(cs, "UTF-8") == 0)
		return true;
	/* The text is UTF-8 whatever the locale says; measure it as such. */
	if (setlocale(LC_CTYPE, "C.UTF-8") || setlocale(LC_CTYPE, "C.utf8") ||
	    setlocale(LC_CTYPE, "en_US.UTF-8"))
		return true;
	return false;
}

size_t utf8_encode(unsigned c, char *buf)
{
	size_t n = 0;
	if (c < 0x80) {
		buf[n++] = (char)c;
	} else if (c < 0x800) {
		buf[n++] = (char)(0xC0 | (c >> 6));
		buf[n++] = (char)(0x80 | (c & 0x3F));
	} else if (c < 0x10000) {
		buf[n++] = (char)(0xE0 | (c >> 12));
		buf[n++] = (char)(0x80 | ((c >> 6) & 0x3F));
		buf[n++] = (char)(0x80 | (c & 0x3F));
	} else {
		buf[n++] = (char)(0xF0 | (c >> 18));
		buf[n++] = (char)(0x80 | ((c >> 12) & 0x3F));
		buf[n++] = (char)(0x80 | ((c >> 6) & 0x3F));
		buf[n++] = (char)(0x80 | (c & 0x3F));
	}
	return n;
}

static bool is_regional(uint32_t cp)
{
	return cp >= 0x1F1E6 && cp <= 0x1F1FF;
}

/* Zero-width code points that attach to the glyph before them. */
static bool is_extend(uint32_t cp)
{
	if (cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF) ||
	    (cp >= 0xE0020 && cp <= 0xE007F) || (cp >= 0xE0100 && cp <= 0xE01EF))
		return true;
	return cp >= 0x300 && wcwidth((wchar_t)cp) == 0;
}

size_t glyph_next(const char *s, size_t len, int *width)
{
	uint32_t cp;
	size_t n = utf8_decode(s, len, &cp);
	if (!n) {
		*width = 1;
		return 1;
	}
	int w = cp < 0x80 ? (cp >= 0x20 && cp != 0x7f) : wcwidth((wchar_t)cp);
	if (w < 0)
		w = 1; /* unassigned or unprintable: keep the columns honest */
	if (w > 2)
		w = 2;
	bool joined = cp == 0x200D;
	bool ri = is_regional(cp);
	while (n < len) {
		uint32_t next;
		size_t m = utf8_decode(s + n, len - n, &next);
		if (!m)
			break;
		if (joined || is_extend(next)) {
			joined = next == 0x200D;
		} else if (ri && is_regional(next)) {
			ri = false; /* a flag is a pair of regional indicators */
			w = 2;
		} else {
			break;
		}
		n += m;
	}
	*width = w;
	return n;
}

int text_width(const char *s, size_t len)
{
	int total = 0;
	size_t i = 0;
	while (i < len) {
		int w;
		i += glyph_next(s + i, len - i, &w);
		total += w;
	}
	return total;
}

size_t text_fit(const char *s, size_t len, int maxw, int *wout)
{
	int total = 0;
	size_t i = 0;
	while (i < len) {
		int w;
		size_t n = glyph_next(s + i, len - i, &w);
		if (total + w > maxw)
			break;
		total += w;
		i += n;
	}
	if (wout)
		*wout = total;
	return i;
}

typedef struct {
	WrapLine *v;
	size_t n, cap;
} Lines;

static bool push(Lines *l, size_t start, size_t end, int width)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 8;
		WrapLine *v = realloc(l->v, cap * sizeof *v);
		if (!v)
			return false;
		l->v = v;
		l->cap = cap;
	}
	l->v[l->n++] = (WrapLine){ start, end, width };
	return true;
}

/* Places the word [ws, we) of width WW at the start of an empty line, cutting
 * it at glyph boundaries when it is longer than the line. */
static bool place_first(Lines *l, const char *s, size_t ws, size_t we, int ww, int width,
                        size_t *ls, size_t *le, int *lw)
{
	size_t p = ws;
	while (ww > width) {
		int fw;
		size_t fit = text_fit(s + p, we - p, width, &fw);
		if (fit == 0) /* one glyph wider than the line */
			fit = glyph_next(s + p, we - p, &fw);
		if (!push(l, p, p + fit, fw))
			return false;
		p += fit;
		ww -= fw;
	}
	*ls = p;
	*le = we;
	*lw = ww;
	return true;
}

WrapLine *wrap_text(const char *s, size_t len, int width, size_t *nout)
{
	Lines l = { 0 };
	if (width < 1)
		width = 1;
	size_t i = 0;
	while (i < len && s[i] == ' ')
		i++;
	size_t ls = i, le = i; /* the line so far: [ls, le), trailing spaces not included */
	int lw = 0;
	while (i < len) {
		int gap = (int)(i - le);
		size_t ws = i;
		int ww = 0;
		while (i < len && s[i] != ' ') {
			int w;
			i += glyph_next(s + i, len - i, &w);
			ww += w;
		}
		if (le > ls && lw + gap + ww <= width) {
			le = i;
			lw += gap + ww;
		} else {
			if (le > ls && !push(&l, ls, le, lw))
				goto oom;
			if (!place_first(&l, s, ws, i, ww, width, &ls, &le, &lw))
				goto oom;
		}
		while (i < len && s[i] == ' ')
			i++;
	}
	if ((le > ls || l.n == 0) && !push(&l, ls, le, lw))
		goto oom;
	*nout = l.n;
	return l.v;
oom:
	free(l.v);
	return NULL;
}
