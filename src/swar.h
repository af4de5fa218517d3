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

/* The bytes equal to the byte repeated in REP (SWAR_REP(c)). */
static inline uint64_t bytes_eq8(uint64_t x, uint64_t rep)
{
	uint64_t y = x ^ rep; /* zero where equal */
	return ~(((y & SWAR_LOW7) + SWAR_LOW7) | y) & SWAR_TOP;
}

#endif
