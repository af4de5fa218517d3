/* swar.h - tests on eight bytes at a time (SIMD within a register).
 *
 * The scans that read a whole text (loading, the name index, the word sets'
 * case fold) go eight bytes a step with these where a byte loop was a
 * measurable share of the time.  Each returns the top bit of every byte
 * that passes, the other bits clear, exactly (no false positives from a
 * borrow between bytes).
 */
#ifndef NEWSROOM_SWAR_H
#define NEWSROOM_SWAR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define SWAR_LOW7 0x7F7F7F7F7F7F7F7Fu
#define SWAR_TOP 0x8080808080808080u
/* The byte C in all eight places. */
#define SWAR_REP(c) (0x0101010101010101u * (uint8_t)(c))

/* Eight bytes from S (unaligned): the first in the low byte on a
 * little-endian machine, in the high byte on a big-endian one. */
static inline uint64_t swar_load(const char *s)
{
	uint64_t x;
	memcpy(&x, s, 8);
	return x;
}

/* The ASCII capitals A-Z.  Bytes from 'A' up get their top bit set by the
 * first sum, bytes past 'Z' by the second; ASCII bytes with only the first
 * are the capitals. */
static inline uint64_t ascii_upper8(uint64_t x)
{
	uint64_t ge_a = (x & SWAR_LOW7) + 0x3F3F3F3F3F3F3F3Fu;
	uint64_t gt_z = (x & SWAR_LOW7) + 0x2525252525252525u;
	return ge_a & ~gt_z & ~x & SWAR_TOP;
}

/* The ASCII lower-case letters a-z, as ascii_upper8() finds capitals. */
static inline uint64_t ascii_lower8(uint64_t x)
{
	uint64_t ge_a = (x & SWAR_LOW7) + SWAR_REP(0x80 - 'a');
	uint64_t gt_z = (x & SWAR_LOW7) + SWAR_REP(0x80 - 'z' - 1);
	return ge_a & ~gt_z & ~x & SWAR_TOP;
}

/* Where the first byte of a test's result is, in memory order: 0 to 7, 8
 * when MASK is 0.  A scan of short words ends inside the first eight bytes,
 * and a byte loop to find where costs more than the test. */
static inline unsigned swar_first(uint64_t mask)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	return mask ? (unsigned)__builtin_ctzll(mask) >> 3 : 8;
#elif defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return mask ? (unsigned)__builtin_clzll(mask) >> 3 : 8;
#else
	unsigned char b[8];
	memcpy(b, &mask, 8); /* memory order, whatever the machine's */
	unsigned k = 0;
	while (k < 8 && !(b[k] & 0x80))
		k++;
	return k;
#endif
}

/* MASK without its first K bytes in memory order (K < 8): a test's result
 * past a position already found. */
static inline uint64_t swar_from(uint64_t mask, unsigned k)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	return mask & (~(uint64_t)0 << (8 * k));
#elif defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return mask & (~(uint64_t)0 >> (8 * k));
#else
	unsigned char b[8];
	memcpy(b, &mask, 8);
	memset(b, 0, k);
	memcpy(&mask, b, 8);
	return mask;
#endif
}

/* The bytes equal to the byte repeated in REP (SWAR_REP(c)). */
static inline uint64_t bytes_eq8(uint64_t x, uint64_t rep)
{
	uint64_t y = x ^ rep; /* zero where equal */
	return ~(((y & SWAR_LOW7) + SWAR_LOW7) | y) & SWAR_TOP;
}

/* Nonzero when X holds a zero byte: a yes or no, cheaper than bytes_eq8()
 * (the bits it sets past the first zero byte may be wrong, so it tells
 * whether, not where). */
static inline uint64_t swar_has_zero(uint64_t x)
{
	return (x - SWAR_REP(1)) & ~x & SWAR_TOP;
}

#endif
