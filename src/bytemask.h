/* bytemask.h - a class of bytes over a block of 64, one bit a byte.
 *
 * The word scans (cue_find(), the tokenizer) find where words start and end
 * with bit tests on a block's mask, where a test and a branch for each byte
 * cost most of their time.  SSE2, which every x86-64 has, builds the mask
 * of a block in a few instructions; other machines go eight bytes a step
 * (swar.h), with the same answers.
 *
 * The functions of 64 bytes read BYTEMASK_BLOCK bytes from P whatever the
 * class finds: the callers read an Article's text, padded for it
 * (ARTICLE_PAD); those of 16 read 16.  Bit J of a result (the lowest
 * first) is byte P[J].
 */
#ifndef NEWSROOM_BYTEMASK_H
#define NEWSROOM_BYTEMASK_H

#include <stdint.h>

#include "swar.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

enum { BYTEMASK_BLOCK = 64 };

#ifdef __SSE2__
/* Bytes X + ADD below LIMIT as signed bytes: a range test in two
 * instructions (ADD moves the range's first byte to -128). */
static inline __m128i bytemask_range16(__m128i x, char add, char limit)
{
	return _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(add)), _mm_set1_epi8(limit));
}

/* a-z: 'a' + 31 is -128 as a signed byte, 'z' + 31 is -103 */
static inline unsigned bytemask_lower16(const char *p)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
	return (unsigned)_mm_movemask_epi8(bytemask_range16(x, 31, -102));
}

/* A-Z made a-z by the case bit (no other byte lands in a-z so), and 0-9
 * ('0' + 80 is -128) */
static inline unsigned bytemask_alnum16(const char *p)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i letter = bytemask_range16(_mm_or_si128(x, _mm_set1_epi8(0x20)), 31, -102);
	__m128i digit = bytemask_range16(x, 80, -118);
	return (unsigned)_mm_movemask_epi8(_mm_or_si128(letter, digit));
}

/* A-Z ('A' + 63 is -128 as a signed byte) and every byte from 0x80 (the
 * bytes of UTF-8 sequences): where a name may start. */
static inline unsigned bytemask_cap16(const char *p)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
	return (unsigned)_mm_movemask_epi8(_mm_or_si128(x, bytemask_range16(x, 63, -102)));
}

/* The bytes equal to any of A, B, C, D: the few bytes a scan stops at
 * ("." "!" "?" and the last byte of an ellipsis, for sentence.c). */
static inline unsigned bytemask_any4_16(const char *p, char a, char b, char c, char d)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i ab = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(a)), _mm_cmpeq_epi8(x, _mm_set1_epi8(b)));
	__m128i cd = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(c)), _mm_cmpeq_epi8(x, _mm_set1_epi8(d)));
	return (unsigned)_mm_movemask_epi8(_mm_or_si128(ab, cd));
}

/* The bytes equal to C. */
static inline unsigned bytemask_eq16(const char *p, char c)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
	return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(c)));
}

/* The bytes of the words a title before a name is made of: ASCII letters,
 * apostrophes, hyphens, and every byte from 0x80 (speakers.c's lead_in()). */
static inline unsigned bytemask_word16(const char *p)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i letter = bytemask_range16(_mm_or_si128(x, _mm_set1_epi8(0x20)), 31, -102);
	__m128i mark = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\'')), _mm_cmpeq_epi8(x, _mm_set1_epi8('-')));
	return (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, mark), x));
}

/* Those bytes and the ASCII digits: the words quote_kind.c counts in a
 * quotation ("9/11", "F-35", "don't"). */
static inline unsigned bytemask_wordnum16(const char *p)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i letter = bytemask_range16(_mm_or_si128(x, _mm_set1_epi8(0x20)), 31, -102);
	__m128i digit = bytemask_range16(x, 80, -118);
	__m128i mark = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\'')), _mm_cmpeq_epi8(x, _mm_set1_epi8('-')));
	return (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, digit), _mm_or_si128(mark, x)));
}

/* Those bytes but apostrophes and hyphens: where such a word opens.  (Its
 * terms are bytemask_wordnum16()'s, which the compiler then computes once
 * for both.) */
static inline unsigned bytemask_wordopen16(const char *p)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i letter = bytemask_range16(_mm_or_si128(x, _mm_set1_epi8(0x20)), 31, -102);
	__m128i digit = bytemask_range16(x, 80, -118);
	return (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, digit), x));
}

/* The bytes B with B | 0x20 == C: for a lower-case letter C, C and its
 * capital. */
static inline unsigned bytemask_fold_eq16(const char *p, char c)
{
	__m128i x = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)p), _mm_set1_epi8(0x20));
	return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(c)));
}

static inline uint64_t bytemask_lower(const char *p)
{
	return (uint64_t)bytemask_lower16(p) | (uint64_t)bytemask_lower16(p + 16) << 16 |
	       (uint64_t)bytemask_lower16(p + 32) << 32 | (uint64_t)bytemask_lower16(p + 48) << 48;
}

static inline uint64_t bytemask_alnum(const char *p)
{
	return (uint64_t)bytemask_alnum16(p) | (uint64_t)bytemask_alnum16(p + 16) << 16 |
	       (uint64_t)bytemask_alnum16(p + 32) << 32 | (uint64_t)bytemask_alnum16(p + 48) << 48;
}
/* The ASCII letters and digits at P before any other byte, 16 at most:
 * where most words end, read in one block of 16 bytes. */
static inline unsigned bytemask_alnum_run16(const char *p)
{
	return (unsigned)__builtin_ctz(~bytemask_alnum16(p)); /* (bits from 16 on are set) */
}
#else
/* The top bits of a test's eight bytes (swar.h) as eight bits, in memory
 * order. */
static inline unsigned bytemask_gather8(uint64_t top)
{
	unsigned char b[8];
	unsigned r = 0;
	memcpy(b, &top, 8);
	for (unsigned k = 0; k < 8; k++)
		r |= (unsigned)(b[k] >> 7) << k;
	return r;
}

static inline unsigned bytemask_cap16(const char *p)
{
	uint64_t a = swar_load(p), b = swar_load(p + 8);
	return bytemask_gather8((ascii_upper8(a) | a) & SWAR_TOP) |
	       bytemask_gather8((ascii_upper8(b) | b) & SWAR_TOP) << 8;
}

static inline unsigned bytemask_any4_16(const char *p, char a, char b, char c, char d)
{
	unsigned r = 0;
	for (unsigned k = 0; k < 16; k += 8) {
		uint64_t x = swar_load(p + k);
		r |= bytemask_gather8(bytes_eq8(x, SWAR_REP(a)) | bytes_eq8(x, SWAR_REP(b)) |
		                      bytes_eq8(x, SWAR_REP(c)) | bytes_eq8(x, SWAR_REP(d)))
		     << k;
	}
	return r;
}

static inline unsigned bytemask_eq16(const char *p, char c)
{
	return bytemask_gather8(bytes_eq8(swar_load(p), SWAR_REP(c))) |
	       bytemask_gather8(bytes_eq8(swar_load(p + 8), SWAR_REP(c))) << 8;
}

static inline unsigned bytemask_word16(const char *p)
{
	unsigned r = 0;
	for (unsigned k = 0; k < 16; k++) {
		unsigned char b = (unsigned char)p[k];
		r |= (unsigned)((unsigned)((b | 32) - 'a') < 26u || b == '\'' || b == '-' || b >= 0x80) << k;
	}
	return r;
}

static inline unsigned bytemask_wordnum16(const char *p)
{
	unsigned r = 0;
	for (unsigned k = 0; k < 16; k++) {
		unsigned char b = (unsigned char)p[k];
		r |= (unsigned)((unsigned)((b | 32) - 'a') < 26u || (unsigned)(b - '0') < 10u ||
		                b == '\'' || b == '-' || b >= 0x80)
		     << k;
	}
	return r;
}

static inline unsigned bytemask_wordopen16(const char *p)
{
	unsigned r = 0;
	for (unsigned k = 0; k < 16; k++) {
		unsigned char b = (unsigned char)p[k];
		r |= (unsigned)((unsigned)((b | 32) - 'a') < 26u || (unsigned)(b - '0') < 10u || b >= 0x80)
		     << k;
	}
	return r;
}

static inline unsigned bytemask_fold_eq16(const char *p, char c)
{
	return bytemask_gather8(bytes_eq8(swar_load(p) | SWAR_REP(0x20), SWAR_REP(c))) |
	       bytemask_gather8(bytes_eq8(swar_load(p + 8) | SWAR_REP(0x20), SWAR_REP(c))) << 8;
}

static inline uint64_t bytemask_lower(const char *p)
{
	uint64_t r = 0;
	for (unsigned k = 0; k < BYTEMASK_BLOCK; k += 8)
		r |= (uint64_t)bytemask_gather8(ascii_lower8(swar_load(p + k))) << k;
	return r;
}

static inline uint64_t bytemask_alnum(const char *p)
{
	uint64_t r = 0;
	for (unsigned k = 0; k < BYTEMASK_BLOCK; k += 8) {
		uint64_t x = swar_load(p + k);
		/* the digits as ascii_upper8() finds capitals */
		uint64_t ge_0 = (x & SWAR_LOW7) + SWAR_REP(0x80 - '0');
		uint64_t gt_9 = (x & SWAR_LOW7) + SWAR_REP(0x80 - '9' - 1);
		uint64_t digit = ge_0 & ~gt_9 & ~x & SWAR_TOP;
		/* A-Z made a-z by the case bit: no other byte lands in a-z so */
		r |= (uint64_t)bytemask_gather8(digit | ascii_lower8(x | SWAR_REP(0x20))) << k;
	}
	return r;
}

static inline unsigned bytemask_alnum_run16(const char *p)
{
	unsigned k = 0;
	while (k < 16 && ((unsigned)((p[k] | 32) - 'a') < 26u || (unsigned)(p[k] - '0') < 10u))
		k++;
	return k;
}
#endif

/* bytemask_wordnum16() and bytemask_wordopen16() over a block of 64. */
static inline uint64_t bytemask_wordnum(const char *p)
{
	return (uint64_t)bytemask_wordnum16(p) | (uint64_t)bytemask_wordnum16(p + 16) << 16 |
	       (uint64_t)bytemask_wordnum16(p + 32) << 32 | (uint64_t)bytemask_wordnum16(p + 48) << 48;
}

static inline uint64_t bytemask_wordopen(const char *p)
{
	return (uint64_t)bytemask_wordopen16(p) | (uint64_t)bytemask_wordopen16(p + 16) << 16 |
	       (uint64_t)bytemask_wordopen16(p + 32) << 32 | (uint64_t)bytemask_wordopen16(p + 48) << 48;
}

#endif
