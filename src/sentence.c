/* sentence.c - where sentences end.
 *
 * Claims are tagged by sentence, so a wrong split cuts a claim in two.  A
 * sentence ends at . ! ? (or an ellipsis) plus any closing quotes and brackets,
 * when whitespace and then something that can start a sentence follows; not
 * after a known abbreviation or an initial ("Robert M. Danin").
 */
#include "sentence.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "bytemask.h"
#include "sanitize.h"

/* In strcmp() order: is_abbrev() searches it by halves (six bytes at
 * most: a longer word is none without the search).  Eight bytes a row,
 * the rest zeros: a row is compared as one number (abbrev_key()). */
static const char abbrevs[][8] = {
	"a.m", "adm", "ala", "ald", "amb", "approx", "apr", "ariz", "ark", "atty", "aug", "ave", "blvd",
	"bros", "calif", "capt", "cllr", "cmdr", "co", "col", "colo", "conn", "corp", "cpl", "d.c",
	"dec", "del", "dept", "det", "dist", "dr", "e.g", "e.u", "etc", "feb", "fig", "fla", "fri", "ft",
	"ga", "gen", "gens", "gov", "govs", "hon", "i.e", "ill", "inc", "ind", "insp", "jan", "jr",
	"jul", "jun", "kan", "ky", "la", "llc", "lt", "ltd", "lts", "maj", "mar", "mass", "md", "messrs",
	"mich", "minn", "miss", "mmes", "mo", "mon", "mont", "mr", "mrs", "ms", "mt", "neb", "nev", "no",
	"nos", "nov", "oct", "okla", "ore", "p.m", "pa", "pres", "prof", "pvt", "rd", "rep", "reps",
	"rev", "sat", "sen", "sens", "sep", "sept", "sgt", "sgts", "sr", "st", "sun", "supt", "tenn",
	"tex", "thu", "thur", "thurs", "tue", "tues", "u.k", "u.n", "u.s", "univ", "va", "vol", "vs",
	"vt", "wash", "wed", "wis", "wyo",
};

/* The eight bytes of P as a number whose order is strcmp()'s (the first
 * byte the highest). */
static uint64_t abbrev_key(const char *p)
{
	const unsigned char *u = (const unsigned char *)p;
	return (uint64_t)u[0] << 56 | (uint64_t)u[1] << 48 | (uint64_t)u[2] << 40 |
	       (uint64_t)u[3] << 32 | (uint64_t)u[4] << 24 | (uint64_t)u[5] << 16 |
	       (uint64_t)u[6] << 8 | u[7];
}

static bool is_abbrev(const char *w, size_t n)
{
	if (n == 1 && isupper((unsigned char)w[0]))
		return true; /* an initial */
	/* two initials, "G.K." of "Rep. G.K. Butterfield" (dotted acronyms
	 * of three letters, "F.B.I.", may end a sentence) */
	if (n == 3 && isupper((unsigned char)w[0]) && w[1] == '.' && isupper((unsigned char)w[2]))
		return true;
	/* This runs at every full stop of the text: the word lower-cased
	 * (ASCII letters and dots) as a row of the table, then a binary
	 * search of numbers (strings compared byte by byte cost four times
	 * as much). */
	char low[8] = { 0 };
	if (n == 0 || n > 6)
		return false;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)((unsigned)(w[i] - 'A') < 26u ? w[i] | 32 : w[i]);
	uint64_t key = abbrev_key(low);
	size_t lo = 0, hi = sizeof abbrevs / sizeof *abbrevs;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		uint64_t row = abbrev_key(abbrevs[mid]);
		if (row == key)
			return true;
		if (row < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

/* "a.m", "p.m" and "etc" end a sentence when a capital follows, unless it
 * goes on with the time ("4 p.m. Eastern", "10 a.m. Monday"): "resolved
 * just after 4 p.m. During that time, ..." is two sentences. */
static bool clock_or_etc(const char *w, size_t n)
{
	return (n == 3 && (!strncasecmp(w, "a.m", 3) || !strncasecmp(w, "p.m", 3) ||
	                   !strncasecmp(w, "etc", 3)));
}

/* Words that go on with a time of day: zones, days and dates. */
static bool time_word(const char *s, size_t len)
{
	static const char *const words[] = {
		"apr", "april", "aug", "august", "bst", "cdt", "cet", "cst", "central", "dec",
		"december", "eastern", "edt", "est", "et", "feb", "february", "fri", "friday",
		"gmt", "jan", "january", "jul", "july", "jun", "june", "local", "mar", "march",
		"may", "mdt", "mon", "monday", "mountain", "mst", "nov", "november", "oct",
		"october", "pacific", "pdt", "pst", "pt", "sat", "saturday", "sep", "sept",
		"september", "sun", "sunday", "thu", "thurs", "thursday", "tue", "tues", "tuesday",
		"utc", "wed", "wednesday", NULL,
	};
	size_t n = 0;
	while (n < len && isalpha((unsigned char)s[n]))
		n++;
	for (size_t i = 0; words[i]; i++)
		if (strlen(words[i]) == n && !strncasecmp(words[i], s, n))
			return true;
	return false;
}

/* Closing quotes and brackets that belong to the sentence before them. */
static size_t closer_len(const char *s, size_t len)
{
	unsigned char c = (unsigned char)s[0];
	if (c == '"' || c == '\'' || c == ')' || c == ']')
		return 1;
	/* U+201D, U+2019 and U+203A (E2 80 9D, 99, BA) and U+00BB (C2 BB),
	 * by their bytes: a decoding of every character after a full stop
	 * cost more than the rest of the test */
	if (c == 0xE2)
		return len >= 3 && (unsigned char)s[1] == 0x80 &&
		       ((unsigned char)s[2] == 0x9D || (unsigned char)s[2] == 0x99 ||
		        (unsigned char)s[2] == 0xBA) ? 3 : 0;
	return c == 0xC2 && len >= 2 && (unsigned char)s[1] == 0xBB ? 2 : 0;
}

/* True when the text at S can start a new sentence. */
static bool starts_sentence(const char *s, size_t len)
{
	unsigned char c = (unsigned char)s[0];
	if (isupper(c) || isdigit(c) || c == '"' || c == '\'' || c == '(' || c == '[')
		return true;
	if (c < 0x80)
		return false;
	uint32_t cp;
	size_t n = utf8_decode(s, len, &cp);
	if (!n)
		return false;
	if (cp == 0x201C || cp == 0x2018 || cp == 0xAB || cp == 0x201E || cp == 0x2014)
		return true;
	/* Non-Latin scripts have no case: let a following letter start one. */
	return cp >= 0xC0 && !(cp >= 0xDF && cp <= 0xFF);
}

/* Room for twice CAP sentences (16 for none) in *SENTS. */
static bool grow_sents(Span **sents, size_t *cap)
{
	size_t c = *cap ? *cap * 2 : 16;
	Span *s = c <= SIZE_MAX / sizeof *s ? realloc(*sents, c * sizeof *s) : NULL;
	if (!s)
		return false;
	*sents = s;
	*cap = c;
	return true;
}

/* (inline, the growth apart: it runs for every sentence of the text) */
static inline bool push(Span **sents, size_t *n, size_t *cap, size_t start, size_t end)
{
	if (*n == *cap && !grow_sents(sents, cap))
		return false;
	(*sents)[(*n)++] = (Span){ start, end };
	return true;
}

/* The bytes a sentence end starts with, . ! ?, and U+2026 (E2 80 A6), the
 * ellipsis found by its last byte: 0xA6 ends few characters, where its
 * lead byte starts every curly quote and dash (5,000 on 1 MB of news, each
 * a stop to look at, for 34 ellipses). */
enum { ELLIPSIS_LAST = 0xA6 };

/* The first byte from I (before END) that may start a sentence end, END
 * when none.  Most bytes end nothing: 32 are tested a step, with loads
 * inside the text's LEN bytes (so any text will do, padded or not), then
 * one at a time for the last few. */
static size_t next_stop(const char *text, size_t i, size_t end, size_t len)
{
	size_t from = i, lim = len < 32 ? 0 : end < len - 31 ? end : len - 31;
	for (; i < lim; i += 32) {
		uint32_t m = bytemask_any4_16(text + i, '.', '!', '?', (char)ELLIPSIS_LAST) |
		             (uint32_t)bytemask_any4_16(text + i + 16, '.', '!', '?', (char)ELLIPSIS_LAST)
		                     << 16;
		for (; m; m &= m - 1) {
			size_t p = i + (unsigned)__builtin_ctz(m);
			if (p >= end)
				return end;
			if ((unsigned char)text[p] != ELLIPSIS_LAST)
				return p;
			if (p >= from + 2 && (unsigned char)text[p - 2] == 0xE2 &&
			    (unsigned char)text[p - 1] == 0x80)
				return p - 2;
		}
	}
	for (; i < end; i++) {
		char c = text[i];
		if (c == '.' || c == '!' || c == '?')
			return i;
		if ((unsigned char)c == ELLIPSIS_LAST && i >= from + 2 &&
		    (unsigned char)text[i - 2] == 0xE2 && (unsigned char)text[i - 1] == 0x80)
			return i - 2;
	}
	return end;
}

bool sentence_split(const char *text, size_t len, Span para, Span **sents, size_t *n,
                    size_t *cap)
{
	size_t i = para.start, end = para.end;
	while (i < end && text[i] == ' ')
		i++;
	size_t start = i;
	while (i < end) {
		if ((i = next_stop(text, i, end, len)) >= end)
			break;
		char c = text[i];
		bool stop = c == '.' || c == '!' || c == '?';
		size_t j = i + 1;
		if (!stop && (unsigned char)c == 0xE2 && i + 2 < end && (unsigned char)text[i + 1] == 0x80 &&
		    (unsigned char)text[i + 2] == 0xA6) { /* U+2026 ellipsis */
			stop = true;
			j = i + 3;
		}
		if (!stop) {
			i++;
			continue;
		}
		while (j < end && (text[j] == '.' || text[j] == '!' || text[j] == '?'))
			j++;
		size_t k;
		while (j < end && (k = closer_len(text + j, end - j)))
			j += k;
		if (j >= end)
			break;
		if (text[j] != ' ') {
			i = j;
			continue;
		}
		size_t next = j;
		while (next < end && text[next] == ' ')
			next++;
		bool boundary = next < end && starts_sentence(text + next, end - next);
		if (boundary && c == '.') {
			/* (seven bytes back at most: a longer word is no
			 * abbreviation, and is_abbrev() tells so from seven) */
			size_t w = i, lim = i - start > 7 ? i - 7 : start;
			while (w > lim && (isalpha((unsigned char)text[w - 1]) || text[w - 1] == '.'))
				w--;
			if (is_abbrev(text + w, i - w) &&
			    !(clock_or_etc(text + w, i - w) && !time_word(text + next, end - next)))
				boundary = false;
		}
		if (boundary) {
			if (!push(sents, n, cap, start, j))
				return false;
			start = next;
		}
		i = next;
	}
	size_t stop = end;
	while (stop > start && text[stop - 1] == ' ')
		stop--;
	if (stop > start)
		return push(sents, n, cap, start, stop);
	return true;
}

size_t dateline_length(const char *s, size_t n, size_t *agency, size_t *agency_len)
{
	size_t lim = n < 80 ? n : 80;
	for (size_t i = 1; i < lim; i++) {
		bool dash = false;
		size_t dl = 0;
		if (s[i] == '-' && i + 1 < n && (s[i + 1] == '-' || s[i + 1] == ' '))
			dash = true;
		if ((unsigned char)s[i] == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] == 0x94 || (unsigned char)s[i + 2] == 0x93))
			dash = true;
		if (!dash || s[i - 1] != ' ')
			continue;
		dl = i - 1;
		/* everything before the dash: capitals, punctuation, an optional (...) */
		/* (the letters of words in lower case: "LISBON, Portugal (AP)"
		 * names a country, a capitalised word however long) */
		size_t lower = 0, open = 0, close = 0;
		bool capword = false;
		for (size_t k = 0; k < dl; k++) {
			if (k == 0 || s[k - 1] == ' ' || s[k - 1] == ',')
				capword = isupper((unsigned char)s[k]);
			if (islower((unsigned char)s[k]) && !(open && !close) && !capword)
				lower++;
			if (s[k] == '(')
				open = k + 1;
			if (s[k] == ')')
				close = k;
		}
		/* a month name and day may sit in the dateline: allow a few */
		if (lower > 6 || dl == 0)
			return 0;
		if (open && close > open) {
			*agency = open;
			*agency_len = close - open;
		}
		return dl;
	}
	return 0;
}
