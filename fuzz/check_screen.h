/* check_screen.h - what may reach the terminal, whatever the input: a dumped
 * screen must be valid UTF-8 with no control byte but '\n' (no ESC, no C0, no
 * DEL, no C1) and no bidi override or isolate that could reorder what the
 * user sees.  A violation aborts so libFuzzer reports it. */
#ifndef NEWSROOM_FUZZ_CHECK_SCREEN_H
#define NEWSROOM_FUZZ_CHECK_SCREEN_H

#include <stdint.h>
#include <stdlib.h>

#include "sanitize.h"

static void check_screen(const char *s, size_t n)
{
	if (!utf8_valid(s, n))
		abort();
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		size_t len = utf8_decode(s + i, n - i, &cp);
		if (!len)
			abort();
		if ((cp < 0x20 && cp != '\n') || (cp >= 0x7f && cp <= 0x9f))
			abort();
		if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069))
			abort();
		i += len;
	}
}

#endif
