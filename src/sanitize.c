/* sanitize.c - decoding and neutralising untrusted text. */
#include "sanitize.h"
#include "swar.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

size_t utf8_seq_len(unsigned char c)
{
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		return 2;
	if (c >= 0xE0 && c <= 0xEF)
		return 3;
	if (c >= 0xF0 && c <= 0xF4)
		return 4;
	return 1;
}

size_t utf8_decode_rest(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	if (len == 0)
		return 0;
	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	size_t n = utf8_seq_len(u[0]);
	if (n == 1 || n > len)
		return 0;
	uint32_t c = u[0] & (0xFF >> (n + 1));
	for (size_t i = 1; i < n; i++) {
		if ((u[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (u[i] & 0x3F);
	}
	/* Reject overlong forms, surrogates and values past U+10FFFF. */
	static const uint32_t min[5] = { 0, 0, 0x80, 0x800, 0x10000 };
	if (c < min[n] || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)
		return 0;
	*cp = c;
	return n;
}

/* Length of the ASCII run at S (at most LEN), eight bytes at a time: news
 * text is mostly ASCII between its quotation marks and dashes. */
static size_t ascii_run(const char *s, size_t len)
{
	size_t i = 0;
	for (; i + 8 <= len; i += 8) {
		uint64_t x;
		memcpy(&x, s + i, 8);
		if (x & 0x8080808080808080u)
			break;
	}
	while (i < len && (unsigned char)s[i] < 0x80)
		i++;
	return i;
}

#ifdef __SSE2__
/* The bytes of S[0, 16) outside printable ASCII (0x20-0x7E), as bits (the
 * first byte the lowest): sixteen bytes a step where SSE2 is (every
 * x86-64), for the long runs of a text and of the fields printed.  As
 * signed bytes, those from 0x80 up are below 0x20 too. */
static inline unsigned unprintable16(const char *s)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)s);
	__m128i ok = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(0x1F)),
	                           _mm_cmplt_epi8(x, _mm_set1_epi8(0x7F)));
	return ~(unsigned)_mm_movemask_epi8(ok) & 0xFFFF;
}

/* The spaces of S[0, 16), as bits. */
static inline unsigned spaces16(const char *s)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)s);
	return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')));
}

/* The bytes of S[0, 32) that are neither printable ASCII nor a line feed,
 * as bits: thirty-two bytes a step, for the scan of a whole file.  0x20-0x7E
 * plus 0x60 are the signed bytes below -33 (0x20 + 0x60 is -128). */
static inline uint32_t unplain32(const char *s)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)s);
	__m128i y = _mm_loadu_si128((const __m128i *)(const void *)(s + 16));
	__m128i add = _mm_set1_epi8(0x60), lim = _mm_set1_epi8(-33), nl = _mm_set1_epi8('\n');
	__m128i okx = _mm_or_si128(_mm_cmplt_epi8(_mm_add_epi8(x, add), lim), _mm_cmpeq_epi8(x, nl));
	__m128i oky = _mm_or_si128(_mm_cmplt_epi8(_mm_add_epi8(y, add), lim), _mm_cmpeq_epi8(y, nl));
	return ~((uint32_t)_mm_movemask_epi8(okx) | (uint32_t)_mm_movemask_epi8(oky) << 16);
}
#endif

bool utf8_valid(const char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			i += ascii_run(s + i, len - i);
			continue;
		}
		uint32_t cp;
		size_t n = utf8_decode(s + i, len - i, &cp);
		if (!n)
			return false;
		i += n;
	}
	return true;
}

const char *encoding_name(InputEncoding e)
{
	switch (e) {
	case ENC_UTF8: return "UTF-8";
	case ENC_UTF8_BOM: return "UTF-8 (BOM)";
	case ENC_UTF16LE: return "UTF-16LE";
	case ENC_UTF16BE: return "UTF-16BE";
	case ENC_WINDOWS1252: return "windows-1252";
	}
	return "unknown";
}

/* 0x80-0x9F of Windows-1252; 0 marks the five undefined bytes. */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/* ISO-8859-15 differs from Latin-1 in eight places. */
static uint32_t latin9(unsigned char c)
{
	switch (c) {
	case 0xA4: return 0x20AC;
	case 0xA6: return 0x0160;
	case 0xA8: return 0x0161;
	case 0xB4: return 0x017D;
	case 0xB8: return 0x017E;
	case 0xBC: return 0x0152;
	case 0xBD: return 0x0153;
	case 0xBE: return 0x0178;
	}
	return c;
}

bool decode_legacy(const char *in, size_t len, const char *encoding, Buf *out)
{
	int kind;
	if (!strcasecmp(encoding, "windows-1252") || !strcasecmp(encoding, "cp1252"))
		kind = 0;
	else if (!strcasecmp(encoding, "iso-8859-1") || !strcasecmp(encoding, "latin1") ||
	         !strcasecmp(encoding, "iso8859-1") || !strcasecmp(encoding, "us-ascii"))
		kind = 1;
	else if (!strcasecmp(encoding, "iso-8859-15") || !strcasecmp(encoding, "latin9"))
		kind = 2;
	else
		return false;
	if (!buf_reserve(out, len + len / 2))
		return false;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)in[i];
		uint32_t cp = c;
		if (c >= 0x80 && c < 0xA0 && kind == 0)
			cp = cp1252_high[c - 0x80] ? cp1252_high[c - 0x80] : 0xFFFD;
		else if (kind == 2)
			cp = latin9(c);
		if (!buf_put_utf8(out, cp))
			return false;
	}
	return true;
}

static bool decode_utf16(const unsigned char *u, size_t len, bool le, Buf *out)
{
	for (size_t i = 0; i + 1 < len; i += 2) {
		uint32_t w = le ? (uint32_t)(u[i] | u[i + 1] << 8) : (uint32_t)(u[i] << 8 | u[i + 1]);
		if (w >= 0xD800 && w <= 0xDBFF && i + 3 < len) {
			uint32_t w2 = le ? (uint32_t)(u[i + 2] | u[i + 3] << 8)
			                 : (uint32_t)(u[i + 2] << 8 | u[i + 3]);
			if (w2 >= 0xDC00 && w2 <= 0xDFFF) {
				w = 0x10000 + ((w - 0xD800) << 10) + (w2 - 0xDC00);
				i += 2;
			}
		}
		if (w >= 0xD800 && w <= 0xDFFF)
			w = 0xFFFD;
		if (!buf_put_utf8(out, w))
			return false;
	}
	return true;
}

bool decode_to_utf8(const char *in, size_t len, Buf *out, InputEncoding *enc)
{
	const unsigned char *u = (const unsigned char *)in;
	if (len >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
		*enc = ENC_UTF16LE;
		return decode_utf16(u + 2, len - 2, true, out);
	}
	if (len >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
		*enc = ENC_UTF16BE;
		return decode_utf16(u + 2, len - 2, false, out);
	}
	*enc = ENC_UTF8;
	if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
		in += 3;
		len -= 3;
		*enc = ENC_UTF8_BOM;
	}
	if (utf8_valid(in, len))
		return buf_append(out, in, len);
	*enc = ENC_WINDOWS1252;
	return decode_legacy(in, len, "windows-1252", out);
}

bool looks_binary(const char *in, size_t len)
{
	const unsigned char *u = (const unsigned char *)in;
	if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
		return false; /* UTF-16 with a BOM is text */
	size_t n = len < 65536 ? len : 65536, odd = 0;
	for (size_t i = 0; i < n; i++) {
		/* eight bytes a step while none is a control byte (below
		 * 0x20: a byte below it sets no top bit when 0x60 is added) */
		for (; i + 8 <= n; i += 8) {
			uint64_t x = swar_load(in + i);
			if (~(((x & SWAR_LOW7) + SWAR_REP(0x60)) | x) & SWAR_TOP)
				break;
		}
		if (i >= n)
			break;
		if (u[i] == 0)
			return true;
		if (u[i] < 0x20 && u[i] != '\n' && u[i] != '\r' && u[i] != '\t' && u[i] != '\f' &&
		    u[i] != 0x1B)
			odd++;
	}
	return odd * 10 > n;
}

/* Length of a terminal escape sequence starting at IN[0] == ESC (or at a C1
 * introducer when C1 is set), so that the whole sequence is dropped, not just
 * the ESC.  Payloads are bounded so an unterminated string cannot swallow the
 * article: the ESC alone is what makes it dangerous. */
static size_t escape_len(const char *in, size_t len, int intro)
{
	size_t i = 1;
	if (intro == 0x1B) {
		if (len < 2)
			return 1;
		intro = (unsigned char)in[1];
		i = 2;
		switch (intro) {
		case '[': intro = 0x9B; break;
		case ']': intro = 0x9D; break;
		case 'P': case 'X': case '^': case '_': intro = 0x90; break;
		default:
			/* ESC, optional intermediates, one final byte */
			i = 1;
			while (i < len && (unsigned char)in[i] >= 0x20 && (unsigned char)in[i] <= 0x2F)
				i++;
			return i < len ? i + 1 : i;
		}
	}
	if (intro == 0x9B) { /* CSI: parameters, intermediates, one final byte */
		size_t lim = i + 64 < len ? i + 64 : len;
		while (i < lim && (unsigned char)in[i] >= 0x20 && (unsigned char)in[i] <= 0x3F)
			i++;
		while (i < lim && (unsigned char)in[i] >= 0x20 && (unsigned char)in[i] <= 0x2F)
			i++;
		if (i < lim && (unsigned char)in[i] >= 0x40 && (unsigned char)in[i] <= 0x7E)
			i++;
		return i;
	}
	/* OSC, DCS and friends: until BEL, ST (ESC \ or U+009C) or a newline. */
	size_t lim = i + 4096 < len ? i + 4096 : len;
	while (i < lim) {
		unsigned char c = (unsigned char)in[i];
		if (c == 0x07)
			return i + 1;
		if (c == 0x1B)
			return i + 1 < len && in[i + 1] == '\\' ? i + 2 : i;
		if (c == 0xC2 && i + 1 < len && (unsigned char)in[i + 1] == 0x9C)
			return i + 2;
		if (c == '\n' || c == '\r')
			return i;
		i++;
	}
	return i;
}

/* What to do with one code point. */
enum { KEEP, DROP, SPACE, NEWLINE };

static int classify(uint32_t cp)
{
	if (cp == '\n')
		return NEWLINE;
	if (cp == '\t' || cp == '\f' || cp == '\v')
		return SPACE;
	if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))
		return DROP;
	if (cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
	    cp == 0x205F || cp == 0x3000)
		return SPACE;
	if (cp == 0x2028 || cp == 0x2029)
		return NEWLINE;
	/* Zero-width space, bidi marks, embeddings, overrides and isolates, word
	 * joiner and invisible operators, BOM, interlinear annotation marks.  ZWJ
	 * and ZWNJ stay: emoji sequences and several scripts need them. */
	if (cp == 0x200B || cp == 0x200E || cp == 0x200F || cp == 0x061C || cp == 0x00AD ||
	    (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2069) || cp == 0xFEFF ||
	    (cp >= 0xFFF9 && cp <= 0xFFFB) || (cp >= 0xE0000 && cp <= 0xE007F))
		return DROP;
	return KEEP;
}

bool cp_is_clean(uint32_t cp)
{
	return cp <= 0x10FFFF && classify(cp) == KEEP;
}

/* sanitize_text(); when VALID is not NULL, it also tells whether IN is
 * valid UTF-8, and stops at the first byte that is not (OUT then holds a
 * part).  The walk decodes every sequence that utf8_valid() does, at the
 * same offsets, until an escape sequence takes bytes: after one, the
 * input is checked apart by utf8_valid() (its last byte may have been a
 * sequence's first, and the next ones no longer start a sequence). */
static bool sanitize_walk(const char *in, size_t len, size_t plain, Buf *out, bool *valid)
{
	if (!buf_reserve(out, len) || !buf_append(out, in, plain))
		return false;
	bool skipped = false;
	int checked = -1; /* utf8_valid() of IN, once asked */
	size_t i = plain;
	while (i < len) {
		unsigned char c = (unsigned char)in[i];
		if (c == '\r') {
			if (!buf_putc(out, '\n'))
				return false;
			i += (i + 1 < len && in[i + 1] == '\n') ? 2 : 1;
			continue;
		}
		if (c == 0x1B) {
			i += escape_len(in + i, len - i, 0x1B);
			skipped = true;
			continue;
		}
		/* (copied as they are, up to the next character that is not:
		 * a run that stopped at each line end and curly quote was a
		 * step of the walk, and a copy, every sixty bytes of news
		 * text) */
		size_t j = i + sanitize_plain_len(in + i, len - i);
		if (j > i) {
			if (!buf_append(out, in + i, j - i))
				return false;
			i = j;
			continue;
		}
		uint32_t cp;
		size_t n = utf8_decode(in + i, len - i, &cp);
		if (!n) {
			/* (after a skip the walk may be off the sequences:
			 * utf8_valid() tells) */
			if (valid && skipped && checked < 0)
				checked = utf8_valid(in, len);
			if (valid && (!skipped || !checked)) {
				*valid = false;
				return true;
			}
			if (!buf_put_utf8(out, 0xFFFD))
				return false;
			i++;
			continue;
		}
		if (cp == 0x9B || cp == 0x9D || cp == 0x90 || cp == 0x98 || cp == 0x9E || cp == 0x9F) {
			i += n - 1 + escape_len(in + i + n - 1, len - i - n + 1, (int)cp);
			skipped = true;
			continue;
		}
		bool ok = true;
		switch (classify(cp)) {
		case KEEP: ok = buf_append(out, in + i, n); break;
		case SPACE: ok = buf_putc(out, ' '); break;
		case NEWLINE: ok = buf_putc(out, '\n'); break;
		case DROP: break;
		}
		if (!ok)
			return false;
		i += n;
	}
	if (valid)
		*valid = !skipped || (checked < 0 ? utf8_valid(in, len) : checked);
	return buf_terminate(out);
}

bool sanitize_text(const char *in, size_t len, Buf *out)
{
	return sanitize_walk(in, len, 0, out, NULL);
}

bool sanitize_utf8(const char *in, size_t len, Buf *out, bool *valid)
{
	return sanitize_walk(in, len, 0, out, valid);
}

bool sanitize_utf8_from(const char *in, size_t len, size_t plain, Buf *out, bool *valid)
{
	/* (plain bytes change nothing of the walk's state: no escape, no
	 * invalid sequence among them) */
	return sanitize_walk(in, len, plain <= len ? plain : 0, out, valid);
}

/* unplain_from() eight bytes a step, then the last few one at a time: not
 * inline, or the compiler makes its constants in the loop of 32 bytes. */
static __attribute__((noinline)) size_t unplain_tail(const char *in, size_t i, size_t len)
{
	for (; i + 8 <= len; i += 8) {
		uint64_t x = swar_load(in + i), low = x & SWAR_LOW7;
		uint64_t stop = (x | ~(low + SWAR_REP(0x60)) | (low + SWAR_REP(1))) &
		                ~bytes_eq8(x, SWAR_REP('\n')) & SWAR_TOP;
		if (stop)
			return i + swar_first(stop);
	}
	for (unsigned char c; i < len && (((c = (unsigned char)in[i]) >= 0x20 && c < 0x7F) || c == '\n');)
		i++;
	return i;
}

/* From I, the first byte of IN that is neither printable ASCII nor a line
 * feed, LEN when none. */
static size_t unplain_from(const char *in, size_t i, size_t len)
{
#ifdef __SSE2__
	for (; i + 32 <= len; i += 32) {
		uint32_t bad = unplain32(in + i);
		if (bad)
			return i + (unsigned)__builtin_ctz(bad);
	}
#endif
	return unplain_tail(in, i, len);
}

/* The length of the character at IN[I], not ASCII, when the walk keeps it
 * as it is, else 0.  U+2010-U+2027 (dashes, curly quotes, the ellipsis:
 * most of what news text holds outside ASCII) without decoding. */
static inline size_t kept_char(const char *in, size_t i, size_t len)
{
	if ((unsigned char)in[i] == 0xE2 && i + 2 < len && (unsigned char)in[i + 1] == 0x80 &&
	    (unsigned)((unsigned char)in[i + 2] - 0x90) < 0x18)
		return 3;
	uint32_t cp;
	size_t n = utf8_decode(in + i, len - i, &cp);
	return n && classify(cp) == KEEP ? n : 0;
}

size_t sanitize_plain_len(const char *in, size_t len)
{
	size_t i = 0;
	for (;;) {
		if ((i = unplain_from(in, i, len)) == len)
			return i;
		size_t n = (unsigned char)in[i] < 0x80 ? 0 : kept_char(in, i, len);
		if (!n)
			return i;
		i += n;
	}
}

/* The characters sanitize_lines_in_place() changes, where they are. */
typedef struct {
	size_t *at;
	size_t n, cap;
} Changes;

/* Where the line that holds T[I] ends (its line feed, LEN when none),
 * moving T[I, end) back to W and filling the room with spaces: returns
 * the end. */
static size_t close_line(char *t, size_t len, size_t w, size_t i)
{
	const char *nl = memchr(t + i, '\n', len - i);
	size_t e = nl ? (size_t)(nl - t) : len;
	if (w < i) {
		memmove(t + w, t + i, e - i);
		memset(t + w + (e - i), ' ', i - w);
	}
	return e;
}

int sanitize_lines_in_place(Buf *b, size_t plain)
{
	if (plain > b->len)
		return 0;
	if (!buf_terminate(b))
		return -1;
	char *t = b->data;
	size_t len = b->len;
	/* First, without writing, where the characters to change are, and
	 * whether the walk's answer would be the same (valid UTF-8, no
	 * escape sequence, whose length depends on what follows it); a text
	 * of little else is left to the walk. */
	Changes c = { NULL, 0, 0 };
	size_t limit = len / 64 + 64; /* (positions of an eighth of the text's size at most) */
	for (size_t i = plain; i < len; i += sanitize_plain_len(t + i, len - i)) {
		unsigned char x = (unsigned char)t[i];
		size_t n = 1;
		uint32_t cp = x;
		if (x == 0x1B || (x >= 0x80 && !(n = utf8_decode(t + i, len - i, &cp))) ||
		    cp == 0x9B || cp == 0x9D || cp == 0x90 || cp == 0x98 || cp == 0x9E || cp == 0x9F ||
		    c.n == limit) {
			free(c.at);
			return 0;
		}
		if (c.n == c.cap) {
			size_t cap = c.cap ? c.cap * 2 : 64;
			size_t *at = realloc(c.at, cap * sizeof *at);
			if (!at) {
				free(c.at);
				return -1;
			}
			c.at = at;
			c.cap = cap;
		}
		c.at[c.n++] = i;
		i += x == '\r' && i + 1 < len && t[i + 1] == '\n' ? 2 : n;
	}
	/* Then each change, the rest of its line moved back by what the
	 * changes before it in the line took (W behind I), and the line
	 * closed with spaces before the next line feed outside a change. */
	size_t w = plain, i = plain;
	for (size_t k = 0; k < c.n; k++) {
		size_t p = c.at[k];
		if (w < i) {
			const char *nl = memchr(t + i, '\n', p - i);
			if (nl)
				w = i = close_line(t, len, w, i);
		}
		if (w < i)
			memmove(t + w, t + i, p - i);
		w += p - i;
		unsigned char x = (unsigned char)t[p];
		uint32_t cp = x;
		size_t n = x >= 0x80 ? utf8_decode(t + p, len - p, &cp) : 1;
		if (x == '\r')
			n = p + 1 < len && t[p + 1] == '\n' ? 2 : 1;
		i = p + n;
		int what = x == '\r' ? NEWLINE : classify(cp);
		if (what == SPACE) {
			t[w++] = ' ';
		} else if (what == NEWLINE) {
			/* (the line feed where the character ends, so that the
			 * next line starts where it did) */
			memset(t + w, ' ', i - 1 - w);
			t[i - 1] = '\n';
			w = i;
		} else if (what == KEEP) { /* (none: kept characters are plain) */
			memmove(t + w, t + p, n);
			w += n;
		}
	}
	free(c.at);
	if (w < i)
		close_line(t, len, w, i);
	return 1;
}

char *sanitize_line(const char *in, size_t len)
{
	Buf tmp, out;
	buf_init(&tmp);
	buf_init(&out);
	if (!sanitize_text(in, len, &tmp) || !buf_reserve(&out, tmp.len)) {
		buf_free(&tmp);
		buf_free(&out);
		return NULL;
	}
	bool space = false;
	for (size_t i = 0; i < tmp.len; i++) {
		char c = tmp.data[i];
		if (c == ' ' || c == '\n') {
			space = out.len > 0;
			continue;
		}
		if (space)
			out.data[out.len++] = ' ';
		space = false;
		out.data[out.len++] = c;
	}
	buf_free(&tmp);
	return buf_steal(&out);
}

#ifdef __SSE2__
/* sanitize_line_is_clean(); PADDED: IN may be read sixteen bytes from any
 * of its bytes (an Article's text, padded for its scans), so that the last
 * block is read where it is, not copied. */
static inline __attribute__((always_inline)) bool line_clean(const char *in, size_t len,
                                                             bool padded)
{
	/* Clean: no space first or last or after another, and every character
	 * one that sanitize_text() keeps.  Sixteen bytes a step, stopping only
	 * at the characters outside printable ASCII: a field of quoted text
	 * holds curly apostrophes and dashes, and a byte loop from each to the
	 * next whole block was most of the cost of printing it. */
	if (len == 0)
		return true;
	if (in[0] == ' ' || in[len - 1] == ' ')
		return false;
	char pad[16];
	unsigned prev = 0; /* the byte before I is a space */
	size_t i = 0;
	while (i < len) {
		size_t base = i;
		unsigned sp, bad;
		if (i + 16 <= len) {
			sp = spaces16(in + i);
			bad = unprintable16(in + i);
			/* (a space after a space: bit J for bytes J - 1 and J) */
			if (sp & (sp << 1 | prev))
				return false;
			if (!bad) {
				prev = sp >> 15;
				i += 16;
				continue;
			}
		} else if (padded) {
			unsigned in_line = (1u << (len - i)) - 1;
			sp = spaces16(in + i) & in_line;
			if (sp & (sp << 1 | prev))
				return false;
			if (!(bad = unprintable16(in + i) & in_line))
				return true;
		} else {
			/* The last sixteen bytes, or a short line padded with a
			 * printable byte that is no space: the pairs up to I
			 * were tested, and the bytes before I read (the tail of
			 * a character among them). */
			if (len < 16) {
				memset(pad, 'x', sizeof pad);
				memcpy(pad, in, len);
			}
			base = len < 16 ? 0 : len - 16;
			const char *p = len < 16 ? pad : in + base;
			sp = spaces16(p);
			if (sp & sp << 1)
				return false;
			bad = unprintable16(p) & (0xFFFFu << (i - base));
			if (!bad)
				return true;
		}
		prev = 0; /* (the byte before the next block ends a character) */
		i = base + (unsigned)__builtin_ctz(bad);
		size_t n = (unsigned char)in[i] < 0x80 ? 0 : kept_char(in, i, len);
		if (!n)
			return false;
		i += n;
	}
	return true;
}

bool sanitize_line_is_clean(const char *in, size_t len)
{
	return line_clean(in, len, false);
}

bool sanitize_span_is_clean(const char *in, size_t len)
{
	return line_clean(in, len, true);
}
#else
/* True when none of the eight bytes X holds is outside printable ASCII
 * (0x20-0x7E). */
static inline bool printable8(uint64_t x)
{
	return !(((x - SWAR_REP(0x20)) | x | (x + SWAR_REP(1))) & SWAR_TOP);
}

bool sanitize_line_is_clean(const char *in, size_t len)
{
	/* Clean: no space first or last or after another, and every character
	 * one that sanitize_text() keeps. */
	if (len == 0)
		return true;
	if (in[0] == ' ' || in[len - 1] == ' ')
		return false;
	size_t i = 0;
	while (i < len) {
		/* Printable ASCII eight bytes a step, each overlapping the last
		 * by a byte so that no pair of spaces falls between; the last
		 * step ends at the end (bytes read twice are clean twice).
		 * Printers ask this of every field, most of them short. */
		size_t at = i + 8 <= len ? i : len >= 8 ? len - 8 : i;
		if (at + 8 <= len) {
			uint64_t x = swar_load(in + at);
			if (printable8(x)) {
				uint64_t sp = bytes_eq8(x, SWAR_REP(' '));
				if (sp & sp >> 8)
					return false;
				if (at + 8 == len)
					return true;
				i = at + 7;
				continue;
			}
		}
		unsigned char c = (unsigned char)in[i];
		if (c >= 0x20 && c < 0x7F) {
			if (c == ' ' && i + 1 < len && in[i + 1] == ' ')
				return false;
			i++;
			continue;
		}
		uint32_t cp;
		size_t n = c >= 0x80 ? utf8_decode(in + i, len - i, &cp) : 0;
		if (!n || classify(cp) != KEEP)
			return false;
		i += n;
	}
	return true;
}

bool sanitize_span_is_clean(const char *in, size_t len)
{
	return sanitize_line_is_clean(in, len);
}
#endif

void sanitize_vformat(char *dst, size_t size, const char *fmt, va_list ap)
{
	char raw[1024];
	vsnprintf(raw, sizeof raw, fmt, ap);
	char *clean = sanitize_line(raw, strlen(raw));
	size_t n = clean ? strlen(clean) : 0;
	if (n >= size) {
		n = size - 1;
		/* Back off over continuation bytes so no character is cut in two. */
		while (n > 0 && ((unsigned char)clean[n] & 0xC0) == 0x80)
			n--;
	}
	if (n)
		memcpy(dst, clean, n);
	dst[n] = 0;
	free(clean);
}
