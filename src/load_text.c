/* load_text.c - plain-text articles.
 *
 * Text saved from a web page carries the site around it: a "Watch CBS News"
 * line above the headline, share bars, app prompts and a copyright line below.
 * Those are recognised by shape and wording (short lines without sentence
 * punctuation, link lists separated by '|', calls to action, copyright
 * notices), only at the head and tail, where site chrome lives: the same
 * shape in the middle of an article is a list or a subheading.
 */
#include "load_text.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "dash.h"
#include "bytemask.h"
#include "sanitize.h"
#include "sentence.h"
#include "swar.h"

typedef struct {
	size_t start, len;
	size_t indent; /* leading blanks before trimming */
	size_t chars;  /* char_len(), once join_block() has measured it */
} Line;

typedef struct {
	size_t start, len;
} Piece;

/* A word of the lists below with its length, counted by the compiler: they
 * are read for every word of the lines shape_of() measures, and strlen() on
 * each of their words was most of its time. */
typedef struct {
	size_t len;
	const char *s;
} ListWord;
#define LW(lit) { sizeof lit - 1, lit }

/* Words that mark a line as the site talking to the reader rather than the
 * article: social networks, apps, subscriptions, navigation, consent. */
static const ListWord chrome_words[] = {
	LW("facebook"), LW("twitter"), LW("instagram"), LW("linkedin"), LW("youtube"),
	LW("pinterest"), LW("whatsapp"), LW("tiktok"), LW("reddit"), LW("newsletter"),
	LW("newsletters"), LW("subscribe"), LW("subscription"), LW("subscribers"),
	LW("notifications"), LW("app"), LW("apps"), LW("download"), LW("cookie"), LW("cookies"),
	LW("advertisement"), LW("advertising"), LW("sponsored"), LW("login"), LW("log"),
	LW("sign"), LW("signup"), LW("share"), LW("email"), LW("print"), LW("comments"),
	LW("comment"), LW("menu"), LW("navigation"), LW("skip"), LW("browser"), LW("privacy"),
	LW("terms"), LW("feedback"), LW("related"), LW("trending"), LW("watch"), LW("listen"),
	LW("podcast"), LW("follow"), LW("click"), LW("tap"), LW("continue"), LW("more"),
};

/* Words of four letters or more that headlines may leave in lower case
 * ("Trump Is Right, 'Thousands of Shootings' in Chicago this Year"). */
static const ListWord small_words[] = {
	LW("about"), LW("after"), LW("amid"), LW("down"), LW("from"), LW("into"), LW("like"),
	LW("near"), LW("once"), LW("onto"), LW("over"), LW("than"), LW("that"), LW("this"),
	LW("upon"), LW("with"),
};

/* Calls to action that open a chrome line. */
static const ListWord cta_words[] = {
	LW("watch"), LW("view"), LW("follow"), LW("subscribe"), LW("sign"), LW("download"),
	LW("get"), LW("share"), LW("click"), LW("tap"), LW("read"), LW("listen"), LW("join"),
	LW("like"), LW("see"), LW("open"), LW("register"), LW("log"), LW("skip"),
	LW("advertisement"), LW("continue"), LW("be"),
};

static bool word_in(const char *w, size_t n, const ListWord *list, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (list[i].len == n && !strncasecmp(list[i].s, w, n))
			return true;
	return false;
}

typedef struct {
	size_t words;
	size_t capitalised;   /* words of 4+ letters starting upper case */
	size_t long_words;    /* words of 4+ letters */
	size_t chrome_hits;
	size_t lower_content; /* long words in lower case a headline would
	                       * capitalise ("arrived", not "from") */
	bool first_is_cta;
	bool quoted;          /* opens with a quotation mark: someone speaks */
	bool has_bar;         /* a '|' separating items */
	bool terminal;        /* ends with sentence punctuation */
	bool copyright;
} Shape;

static bool is_terminal_end(const char *s, size_t n)
{
	while (n > 0) {
		unsigned char c = (unsigned char)s[n - 1];
		/* step over closing quotes and brackets */
		if (c == '"' || c == '\'' || c == ')' || c == ']') {
			n--;
			continue;
		}
		/* ” ’, and “ › that close German and French quotations */
		if (n >= 3 && (unsigned char)s[n - 3] == 0xE2 && (unsigned char)s[n - 2] == 0x80 &&
		    (c == 0x9D || c == 0x99 || c == 0x9C || c == 0xBA)) {
			n -= 3;
			continue;
		}
		if (n >= 2 && (unsigned char)s[n - 2] == 0xC2 && c == 0xBB) { /* » */
			n -= 2;
			continue;
		}
		return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' ||
		       (n >= 3 && (unsigned char)s[n - 3] == 0xE2 && (unsigned char)s[n - 2] == 0x80 &&
		        c == 0xA6);
	}
	return false;
}

static bool has_copyright(const char *s, size_t n)
{
	for (size_t i = 0; i + 1 < n; i++) {
		if ((unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA9)
			return true;
		if (i + 3 <= n && !strncasecmp(s + i, "(c)", 3) && (i + 3 == n || s[i + 3] == ' ' || isdigit((unsigned char)s[i + 3])))
			return true;
		if (i + 9 <= n && !strncasecmp(s + i, "copyright", 9))
			return true;
		if (i + 19 <= n && !strncasecmp(s + i, "all rights reserved", 19))
			return true;
	}
	return false;
}

/* S[0, N), whose first word starts at W, is a quotation with its
 * attribution after it: a mark before W, and a closing one with a letter
 * somewhere after it ("\"See you,\" she said."). */
static bool attributed_quote(const char *s, size_t n, size_t w)
{
	const unsigned char *u = (const unsigned char *)s;
	bool straight = w > 0 && s[w - 1] == '"';
	bool curly = n - w > 3 && u[w] == 0xE2 && u[w + 1] == 0x80 && (u[w + 2] == 0x9C || u[w + 2] == 0x98);
	if (!straight && !curly)
		return false;
	size_t i = w + (curly ? 3 : 0);
	bool closed = false;
	for (; i < n; i++) {
		if (closed && isalpha(u[i]))
			return true;
		if (straight ? s[i] == '"'
		             : i + 2 < n && u[i] == 0xE2 && u[i + 1] == 0x80 &&
		                   u[i + 2] == (u[w + 2] == 0x9C ? 0x9D : 0x99))
			closed = true;
	}
	return false;
}

static Shape shape_of(const char *s, size_t n)
{
	Shape sh = { 0 };
	size_t i = 0;
	while (i < n) {
		while (i < n && !isalnum((unsigned char)s[i]) && (unsigned char)s[i] < 0x80) {
			if (s[i] == '|')
				sh.has_bar = true;
			i++;
		}
		if (i >= n)
			break;
		size_t w = i;
		while (i < n && (isalnum((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80 || s[i] == '\'' || s[i] == '.' || s[i] == '-'))
			i++;
		size_t wl = i - w;
		while (wl > 0 && (s[w + wl - 1] == '.' || s[w + wl - 1] == '\''))
			wl--;
		if (!wl)
			continue;
		/* ("See you in November," she said: a quotation that opens with
		 * a call's word and closes before its attribution is speech, not
		 * the site's; "Follow X on Twitter" in marks is still chrome) */
		if (sh.words == 0)
			sh.quoted = attributed_quote(s, n, w);
		if (sh.words == 0 && !sh.quoted &&
		    word_in(s + w, wl, cta_words, sizeof cta_words / sizeof *cta_words))
			sh.first_is_cta = true;
		sh.words++;
		/* (a curly quotation mark opening the word is no letter of it:
		 * "‘in Their Heads.’") */
		size_t lw = w, ll = wl;
		while (ll > 3 && (unsigned char)s[lw] == 0xE2 && (unsigned char)s[lw + 1] == 0x80) {
			lw += 3;
			ll -= 3;
		}
		if (ll >= 4) {
			sh.long_words++;
			if (isupper((unsigned char)s[lw]))
				sh.capitalised++;
			else if (islower((unsigned char)s[lw]) &&
			         !word_in(s + lw, ll, small_words,
			                  sizeof small_words / sizeof *small_words))
				sh.lower_content++;
		}
		if (word_in(s + w, wl, chrome_words, sizeof chrome_words / sizeof *chrome_words))
			sh.chrome_hits++;
	}
	sh.terminal = is_terminal_end(s, n);
	sh.copyright = has_copyright(s, n);
	return sh;
}

/* Site chrome: link bars, calls to action, short unpunctuated fragments,
 * and lines made mostly of chrome wording. */
static bool is_chrome(const Shape *sh)
{
	if (sh->words == 0)
		return true;
	if (sh->has_bar && sh->words <= 20)
		return true;
	if (sh->first_is_cta && sh->words <= 14)
		return true;
	if (!sh->terminal && sh->words <= 8)
		return true;
	if (sh->words <= 16 && sh->chrome_hits * 4 >= sh->words && !(sh->quoted && sh->terminal))
		return true;
	return false;
}

static bool is_titlecase(const Shape *sh)
{
	return sh->long_words >= 2 && sh->capitalised * 10 >= sh->long_words * 7;
}

/* A prose paragraph: the article has begun. */
static bool is_prose(const Shape *sh)
{
	return sh->words >= 12 && sh->terminal && !is_titlecase(sh);
}

/* A line that could be the headline (one that ends a sentence, only with
 * no long word in lower case but the small ones titles leave so: "Sergey
 * Lavrov arrived in Geneva on Monday." is a sentence of names, not a
 * headline). */
static bool is_headline(const Shape *sh)
{
	if (sh->words < 3 || sh->words > 30 || sh->has_bar || sh->copyright || sh->first_is_cta)
		return false;
	if (sh->chrome_hits * 3 >= sh->words)
		return false;
	return !sh->terminal || (is_titlecase(sh) && !sh->lower_content);
}

/* A first line of one or two capitalised words with no chrome wording,
 * over a sentence: a short headline ("Talks resume", "Architect dies",
 * "Floods"), not site chrome ("Top stories" stands over more chrome). */
static bool short_headline(const Shape *sh, const char *s, const Piece *next, const char *t)
{
	if (sh->words < 1 || sh->words > 2 || sh->terminal || sh->chrome_hits || sh->has_bar ||
	    sh->first_is_cta || !isupper((unsigned char)s[0]) || !next ||
	    (sh->words == 1 && !sh->long_words))
		return false;
	Shape nx = shape_of(t + next->start, next->len);
	return nx.terminal && nx.words >= 4 && !nx.has_bar;
}

/* ---- lines and paragraphs ---- */

/* The end of the line from R (its newline, LEN when none) in T[0, LEN),
 * and in *DOUBLED whether it holds two spaces in a row: sixteen bytes a
 * step, one pass for both (a search for the newline, then one for the
 * spaces read every byte twice). */
static size_t line_end(const char *t, size_t r, size_t len, bool *doubled)
{
	unsigned pairs = 0, prev = 0; /* prev: the byte before the block is a space */
	size_t i = r;
	/* (thirty-two bytes a step first: lines of prose run to hundreds) */
	for (; i + 32 <= len; i += 32) {
		uint32_t nl = bytemask_eq16(t + i, '\n') | (uint32_t)bytemask_eq16(t + i + 16, '\n') << 16;
		uint32_t sp = bytemask_eq16(t + i, ' ') | (uint32_t)bytemask_eq16(t + i + 16, ' ') << 16;
		uint32_t after = sp & (sp << 1 | prev);
		if (nl) {
			uint32_t before = (nl & -nl) - 1;
			*doubled = (pairs | (after & before)) != 0;
			return i + (unsigned)__builtin_ctz(nl);
		}
		pairs |= after;
		prev = sp >> 31;
	}
	for (; i + 16 <= len; i += 16) {
		unsigned nl = bytemask_eq16(t + i, '\n'), sp = bytemask_eq16(t + i, ' ');
		/* (a space after a space: bit J for bytes J - 1 and J) */
		unsigned after = sp & (sp << 1 | prev);
		if (nl) {
			unsigned before = (nl & -nl) - 1; /* the bytes before the newline */
			*doubled = (pairs | (after & before)) != 0;
			return i + (unsigned)__builtin_ctz(nl);
		}
		pairs |= after;
		prev = sp >> 15;
	}
	bool space = prev;
	for (; i < len && t[i] != '\n'; i++) {
		pairs |= space && t[i] == ' ';
		space = t[i] == ' ';
	}
	*doubled = pairs != 0;
	return i;
}

/* Where the first two spaces in a row of T[I, E) start, E when none:
 * sixteen bytes a step, then the last few one at a time. */
static size_t double_space(const char *t, size_t i, size_t e)
{
	for (; i + 17 <= e; i += 16) {
		unsigned sp = bytemask_eq16(t + i, ' '), next = bytemask_eq16(t + i + 1, ' ');
		if (sp & next)
			return i + (unsigned)__builtin_ctz(sp & next);
	}
	for (; i + 1 < e; i++)
		if (t[i] == ' ' && t[i + 1] == ' ')
			return i;
	return e;
}

/* Folds runs of spaces in the line T[R, E) (no leading space; DOUBLED when
 * it holds two in a row) to one and drops trailing ones, in place; returns
 * the end of the folded line.  The bytes between runs move as blocks: a
 * line that folds, as text with two spaces after each full stop does,
 * was copied a byte at a time. */
static size_t fold_line(char *t, size_t r, size_t e, bool doubled)
{
	/* Most lines have nothing to fold. */
	if (e == r || (t[e - 1] != ' ' && !doubled))
		return e;
	while (e > r && t[e - 1] == ' ')
		e--;
	size_t w = r;
	while (r < e) {
		size_t d = doubled ? double_space(t, r, e) : e;
		memmove(t + w, t + r, d - r);
		w += d - r;
		if (d == e)
			break;
		t[w++] = ' ';
		for (r = d; t[r] == ' ';) /* (a byte that is none ends the line) */
			r++;
	}
	return w;
}

/* Splits the clean text into trimmed lines, folding runs of spaces in place.
 * Blank lines are kept as zero-length lines: they separate blocks.  Lines stay
 * where they are: join_block() moves those it joins, once, to the line before. */
static bool split_lines(char *t, size_t len, Line **out, size_t *nout)
{
	size_t cap = 256, n = 0;
	Line *lines = malloc(cap * sizeof *lines);
	if (!lines)
		return false;
	size_t r = 0;
	while (r < len) {
		size_t indent = 0;
		while (r < len && t[r] == ' ') {
			r++;
			indent++;
		}
		bool doubled;
		size_t e = line_end(t, r, len, &doubled);
		size_t end = fold_line(t, r, e, doubled);
		if (n == cap) {
			cap *= 2;
			Line *l = realloc(lines, cap * sizeof *l);
			if (!l) {
				free(lines);
				return false;
			}
			lines = l;
		}
		lines[n++] = (Line){ r, end - r, indent, 0 };
		r = e + 1; /* past the newline */
	}
	*out = lines;
	*nout = n;
	return true;
}

static size_t first_word_len(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && s[i] != ' ')
		i++;
	return i;
}

/* Display length in characters, close enough to judge line wrapping. */
static size_t char_len(const char *s, size_t n)
{
	/* Bytes less UTF-8 continuation bytes (10xxxxxx), eight at a time: every
	 * line is measured several times. */
	const uint64_t high = 0x8080808080808080u;
	size_t c = n, i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t x;
		memcpy(&x, s + i, 8);
		if (x & high)
			c -= (size_t)__builtin_popcountll(x & high & ~(x << 1));
	}
	for (; i < n; i++)
		c -= ((unsigned char)s[i] & 0xC0) == 0x80;
	return c;
}

static bool is_bullet(const char *s, size_t n)
{
	if (n >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ')
		return true;
	if (n >= 4 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 && (unsigned char)s[2] == 0xA2)
		return true;
	size_t i = 0;
	while (i < n && i < 3 && isdigit((unsigned char)s[i]))
		i++;
	return i > 0 && i + 1 < n && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ';
}

/* S[0, N) signs a post embedded above it: "— Jane Doe (@janedoe) October
 * 8, 2024", a line of its own however long the post's last line. */
static bool signs_post(const char *s, size_t n)
{
	size_t d = dash_len(s, n);
	if (d < 2 || d >= n || s[d] != ' ')
		return false; /* (a lone hyphen opens a list item, not a signature) */
	for (size_t i = d; i + 1 < n && i < 200; i++)
		if (s[i] == '(' && s[i + 1] == '@')
			return true;
	return false;
}

/* Whether the line after CUR continues its paragraph (see join_block()).
 * Both lines must still be where split_lines() left them. */
static bool joins_next(const char *t, const Line *cur, const Line *next, size_t width, bool prose)
{
	const char *ns = t + next->start;
	if (is_bullet(ns, next->len) || next->indent > cur->indent || signs_post(ns, next->len))
		return false;
	size_t cl = cur->chars;
	bool lower = islower((unsigned char)ns[0]);
	if (!prose)
		return lower && cl * 2 >= width && !is_terminal_end(t + cur->start, cur->len);
	size_t fw = char_len(ns, first_word_len(ns, next->len));
	bool fits = cl + 1 + fw <= width - width / 10;
	return lower || (cl * 2 >= width && !(is_terminal_end(t + cur->start, cur->len) && fits));
}

/* Joins the lines of one block (no blank lines inside) into paragraphs.
 * A block is hard-wrapped prose when its lines reach a wrap width of 50 to 100
 * columns and most of them stop mid-sentence; then lines are joined unless the
 * break was deliberate (a short line, a sentence end where the next word would
 * have fitted, a bulleted or indented next line).  Otherwise every line is a
 * paragraph of its own, as in one-line-per-paragraph files and link lists. */
static bool join_block(char *t, Line *l, size_t n, Piece **ps, size_t *np, size_t *cap)
{
	size_t width = 0, ends = 0, full = 0;
	/* (a line alone is a paragraph whatever its width: most blocks; the
	 * others' lengths are kept, each read up to three times) */
	for (size_t i = 0; n > 1 && i < n; i++) {
		size_t c = l[i].chars = char_len(t + l[i].start, l[i].len);
		if (c > width)
			width = c;
	}
	/* Short lines are headings or list items either way: judge by full ones. */
	for (size_t i = 0; i + 1 < n; i++) {
		if (l[i].chars * 2 < width)
			continue;
		full++;
		ends += is_terminal_end(t + l[i].start, l[i].len);
	}
	bool prose = width >= 50 && width <= 100 && full > 0 && ends * 5 < full * 4;
	size_t i = 0;
	while (i < n) {
		/* A paragraph is made where its first line is, the lines it
		 * joins moved back to it: a line alone, most paragraphs, does
		 * not move at all.  Writing never overtakes reading: each line
		 * read was followed by a line feed, which the join replaces
		 * with one space. */
		size_t start = l[i].start, w = start;
		for (;;) {
			/* Judged before the line moves: the copy may overlap the
			 * line's own bytes, and read after it they are shifted (a
			 * closing ” or … is lost behind a shift of one to three). */
			bool join = i + 1 < n && joins_next(t, &l[i], &l[i + 1], width, prose);
			if (w != l[i].start)
				memmove(t + w, t + l[i].start, l[i].len);
			w += l[i].len;
			if (!join)
				break;
			t[w++] = ' ';
			i++;
		}
		if (*np == *cap) {
			*cap *= 2;
			Piece *p = realloc(*ps, *cap * sizeof *p);
			if (!p)
				return false;
			*ps = p;
		}
		(*ps)[(*np)++] = (Piece){ start, w - start };
		i++;
	}
	return true;
}

static bool make_paragraphs(char *t, size_t len, Piece **out, size_t *nout)
{
	Line *lines;
	size_t nl;
	if (!split_lines(t, len, &lines, &nl))
		return false;
	size_t cap = 64, np = 0;
	Piece *ps = malloc(cap * sizeof *ps);
	if (!ps) {
		free(lines);
		return false;
	}
	size_t i = 0;
	while (i < nl) {
		while (i < nl && lines[i].len == 0)
			i++;
		size_t j = i;
		while (j < nl && lines[j].len > 0)
			j++;
		if (j > i && !join_block(t, lines + i, j - i, &ps, &np, &cap)) {
			free(lines);
			free(ps);
			return false;
		}
		i = j;
	}
	free(lines);
	*out = ps;
	*nout = np;
	return true;
}

/* ---- metadata found in the text ---- */

static bool is_name_word(const char *s, size_t n)
{
	return n >= 1 && isupper((unsigned char)s[0]);
}

/* "By Nicole Gaouette", "By Jane Doe and John Roe": returns the name part. */
static char *find_byline(const char *s, size_t n)
{
	for (size_t i = 0; i + 3 < n; i++) {
		if ((i > 0 && isalpha((unsigned char)s[i - 1])) || strncmp(s + i, "By ", 3) != 0)
			continue;
		size_t p = i + 3, end = p, names = 0;
		while (p < n) {
			size_t wl = 0;
			while (p + wl < n && s[p + wl] != ' ' && s[p + wl] != ',' && s[p + wl] != ')')
				wl++;
			if (is_name_word(s + p, wl)) {
				names++;
				end = p + wl;
			} else if (!(names > 0 && wl == 3 && !strncmp(s + p, "and", 3))) {
				break;
			}
			p += wl;
			while (p < n && (s[p] == ' ' || s[p] == ','))
				p++;
			if (p >= n || s[p - 1] == ')' || (p < n && s[p] == ')'))
				break;
		}
		if (names >= 2 && names <= 8)
			return sanitize_line(s + i + 3, end - i - 3);
	}
	return NULL;
}

static const ListWord months[] = {
	LW("january"), LW("february"), LW("march"), LW("april"), LW("may"), LW("june"),
	LW("july"), LW("august"), LW("september"), LW("october"), LW("november"), LW("december"),
	LW("jan"), LW("feb"), LW("mar"), LW("apr"), LW("jun"), LW("jul"), LW("aug"), LW("sep"),
	LW("sept"), LW("oct"), LW("nov"), LW("dec"),
};

/* Words in lower case a date line may hold ("updated on", "5 p.m."). */
static const ListWord date_words[] = {
	LW("am"), LW("at"), LW("edt"), LW("est"), LW("et"), LW("gmt"), LW("last"), LW("m"),
	LW("modified"), LW("of"), LW("on"), LW("p"), LW("pm"), LW("posted"), LW("published"),
	LW("the"), LW("updated"), LW("utc"),
};

/* A short line that is only a date ("Updated 3:15 PM ET, Fri December 15, 2017"),
 * not a sentence that gives one ("The authority said on Oct. 22, 2024, that
 * roads flooded", which the body must keep): at most two other words in
 * lower case. */
static bool is_date_line(const char *s, size_t n, const Shape *sh)
{
	if (sh->words > 12)
		return false;
	bool month = false, year = false;
	size_t prose = 0;
	for (size_t i = 0; i < n;) {
		while (i < n && !isalnum((unsigned char)s[i]))
			i++;
		size_t w = i;
		while (i < n && isalnum((unsigned char)s[i]))
			i++;
		if (word_in(s + w, i - w, months, sizeof months / sizeof *months))
			month = true;
		else if (i > w && islower((unsigned char)s[w]) &&
		         !word_in(s + w, i - w, date_words, sizeof date_words / sizeof *date_words))
			prose++;
		if (i - w == 4 && (s[w] == '1' || s[w] == '2') && isdigit((unsigned char)s[w + 1]))
			year = true;
	}
	return month && year && prose <= 2;
}

/* ---- putting it together ---- */

static void take_copyright(Article *a, const char *s, size_t n)
{
	char *line = sanitize_line(s, n);
	if (!line)
		return;
	/* Drop the parentheses some sites wrap the notice in. */
	size_t l = strlen(line);
	char *v = line;
	if (l >= 2 && v[0] == '(' && v[l - 1] == ')') {
		v[l - 1] = '\0';
		v++;
	}
	if (!article_meta(a, META_COPYRIGHT))
		article_set_meta(a, META_COPYRIGHT, v);
	char *by = find_byline(s, n);
	if (by && !article_meta(a, META_BYLINE))
		article_set_meta(a, META_BYLINE, by);
	free(by);
	free(line);
}

/* Handles a paragraph outside the article body: keeps what it says about the
 * article as metadata, and reports whether it could be the headline. */
static void take_meta(Article *a, const char *s, size_t n, const Shape *sh)
{
	if (sh->copyright) {
		take_copyright(a, s, n);
		return;
	}
	if (n > 3 && !strncmp(s, "By ", 3) && sh->words <= 10) {
		char *by = find_byline(s, n);
		if (by && !article_meta(a, META_BYLINE))
			article_set_meta(a, META_BYLINE, by);
		free(by);
	} else if (is_date_line(s, n, sh) && !article_meta(a, META_DATE)) {
		char *d = sanitize_line(s, n);
		if (d)
			article_set_meta(a, META_DATE, d);
		free(d);
	}
}

static bool build(Article *a, char *t, const Piece *ps, size_t np)
{
	size_t head = 0, tail = np;
	size_t title = np;
	/* Head: site chrome, metadata lines and the headline before the body.  The
	 * first paragraph that is none of these starts the article. */
	for (; head < np && head < 12; head++) {
		const char *s = t + ps[head].start;
		Shape sh = shape_of(s, ps[head].len);
		size_t agency, alen;
		if (dateline_length(s, ps[head].len, &agency, &alen) && sh.words >= 8)
			break;
		if (sh.copyright || (ps[head].len > 3 && !strncmp(s, "By ", 3) && sh.words <= 10) ||
		    is_date_line(s, ps[head].len, &sh))
			take_meta(a, s, ps[head].len, &sh);
		else if (title == np && is_headline(&sh) && !is_prose(&sh))
			title = head;
		else if (head == 0 && short_headline(&sh, s, np > 1 ? &ps[1] : NULL, t))
			title = head; /* ("Talks resume" over its story) */
		else if (!is_chrome(&sh))
			break;
	}
	if (head >= 12 || head == np) {
		head = 0; /* no clear start: treat everything as the article */
		title = np;
	}
	/* "I was wrong about remote work. Here is what changed my mind." or
	 * "What would Lincoln make of our pledges?" over "By Daniel Hirsch":
	 * a first line of any shape is the headline when a byline follows it */
	if (head == 0 && title == np && np > 2) {
		Shape s0 = shape_of(t + ps[0].start, ps[0].len), s1 = shape_of(t + ps[1].start, ps[1].len);
		char *by = ps[1].len > 3 && !strncmp(t + ps[1].start, "By ", 3) && s1.words <= 10
		                   ? find_byline(t + ps[1].start, ps[1].len)
		                   : NULL;
		if (by && s0.words >= 2 && s0.words <= 30) {
			title = 0;
			head = 2;
			take_meta(a, t + ps[1].start, ps[1].len, &s1);
		}
		free(by);
	}
	/* A title-cased first line with sentence punctuation is still a headline. */
	if (title == np && head == 0 && np > 1) {
		Shape sh = shape_of(t + ps[0].start, ps[0].len);
		if (is_titlecase(&sh) && !sh.lower_content && sh.words >= 3 && sh.words <= 30 &&
		    !sh.has_bar)
			title = 0, head = 1;
	}
	/* Tail: chrome and notices after the last prose paragraph. */
	while (tail > head + 1) {
		const Piece *p = &ps[tail - 1];
		Shape sh = shape_of(t + p->start, p->len);
		if (sh.copyright && sh.words <= 40) {
			take_copyright(a, t + p->start, p->len);
		} else if (/* (not a post's signature, "— NAME (@handle) DATE",
		            * under the post an article ends with) */
		           !signs_post(t + p->start, p->len) &&
		           ((is_chrome(&sh) && !is_bullet(t + p->start, p->len)) ||
		            is_date_line(t + p->start, p->len, &sh))) {
			take_meta(a, t + p->start, p->len, &sh);
		} else {
			break;
		}
		tail--;
	}
	size_t bytes = title < np ? ps[title].len : 0;
	for (size_t i = head; i < tail; i++)
		bytes += ps[i].len;
	if (!article_reserve(a, bytes, tail - head + (title < np)))
		return false;
	if (title < np && !article_add_paragraph(a, t + ps[title].start, ps[title].len, PARA_TITLE))
		return false;
	for (size_t i = head; i < tail; i++) {
		const char *s = t + ps[i].start;
		if (i == head) {
			size_t agency = 0, alen = 0;
			size_t dl = dateline_length(s, ps[i].len, &agency, &alen);
			if (dl) {
				char *d = sanitize_line(s, dl);
				if (d)
					article_set_meta(a, META_DATELINE, d);
				free(d);
				if (alen) {
					char *src = sanitize_line(s + agency, alen);
					if (src)
						article_set_meta(a, META_SOURCE, src);
					free(src);
				}
			}
		}
		if (!article_add_paragraph(a, s, ps[i].len, PARA_BODY))
			return false;
	}
	return true;
}

/* RAW, when given, holds DATA and is freed as soon as it is read. */
static Article *load_text_from(const char *data, size_t len, Buf *raw, const char *origin,
                               Error *err)
{
	if (len == 0) {
		error_set(err, "%s: empty file", origin);
		return NULL;
	}
	/* (plain bytes are no control bytes: a file plain over the bytes
	 * looks_binary() reads is text) */
	size_t plain = sanitize_plain_len(data, len);
	if (plain < (len < 65536 ? len : 65536) && looks_binary(data, len)) {
		error_set(err, "%s: not a text article (binary data)", origin);
		return NULL;
	}
	Buf dec, clean;
	buf_init(&dec);
	buf_init(&clean);
	InputEncoding enc;
	Article *a = article_new();
	Piece *ps = NULL;
	size_t np = 0;
	bool ok = a != NULL;
	/* Valid UTF-8 without a BOM, the usual case, is cleaned straight from the
	 * input, checked on the same pass: no second copy of a large file. */
	bool valid = false;
	if (ok && !(len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))) {
		/* Input held by RAW is cleaned where it is (the lines are
		 * trimmed below): no copy of a large file, and for one clean
		 * already, most files, no write at all. */
		int done = raw && raw->data == data ? sanitize_lines_in_place(raw, plain) : 0;
		if (done > 0) {
			clean = *raw;
			buf_init(raw);
			valid = true;
		} else {
			ok = done == 0 && sanitize_utf8_from(data, len, plain, &clean, &valid);
		}
	}
	if (ok && valid) {
		enc = ENC_UTF8;
	} else if (ok) {
		buf_free(&clean);
		ok = decode_to_utf8(data, len, &dec, &enc) && sanitize_text(dec.data, dec.len, &clean);
	}
	buf_free(&dec);
	if (raw)
		buf_free(raw);
	ok = ok && make_paragraphs(clean.data, clean.len, &ps, &np);
	if (!ok) {
		error_set(err, "%s: out of memory", origin);
		goto fail;
	}
	if (np == 0) {
		error_set(err, "%s: no text in file", origin);
		goto fail;
	}
	if (enc == ENC_WINDOWS1252)
		article_add_warning(a, "not valid UTF-8: decoded as windows-1252");
	article_set_meta(a, META_ORIGIN, origin);
	article_set_meta(a, META_FORMAT, "text");
	article_set_meta(a, META_ENCODING, encoding_name(enc));
	if (!build(a, clean.data, ps, np) || !article_finish(a)) {
		error_set(err, "%s: out of memory", origin);
		goto fail;
	}
	free(ps);
	buf_free(&clean);
	return a;
fail:
	free(ps);
	buf_free(&clean);
	article_free(a);
	return NULL;
}

Article *load_text(const char *data, size_t len, const char *origin, Error *err)
{
	return load_text_from(data, len, NULL, origin, err);
}

Article *load_text_buf(Buf *raw, const char *origin, Error *err)
{
	Article *a = load_text_from(raw->data ? raw->data : "", raw->len, raw, origin, err);
	buf_free(raw);
	return a;
}
