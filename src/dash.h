/* dash.h - the dashes news copy writes between words.
 *
 * A signature under an embedded post, a live blog's time stamp and a
 * clause break are each read after a dash; one reader keeps them taking
 * the same ones: an en dash, an em dash or a horizontal bar (U+2013..2015),
 * two hyphens for a typewriter's dash, or one hyphen.
 */
#ifndef NEWSROOM_DASH_H
#define NEWSROOM_DASH_H

#include <stddef.h>

/* Length of the dash opening S[0, N): 3 for U+2013, U+2014 or U+2015, 2
 * for "--", 1 for a lone "-", 0 when S opens with none. */
static inline size_t dash_len(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x93 && u[2] <= 0x95)
		return 3;
	if (n >= 1 && s[0] == '-')
		return n >= 2 && s[1] == '-' ? 2 : 1;
	return 0;
}

#endif
