/* regex_jit.h - JIT-compiling a pcre2 pattern, once, where it is compiled.
 *
 * Every pattern goes through here so that NEWSROOM_NO_JIT (set by
 * `make check-valgrind`) can turn the JIT off: valgrind cannot see into
 * JIT-generated code and reports its reads as uninitialised.  Without JIT the
 * interpreter gives the same matches, only slower.
 */
#ifndef NEWSROOM_REGEX_JIT_H
#define NEWSROOM_REGEX_JIT_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>

static inline void regex_jit(pcre2_code *re)
{
	const char *off = getenv("NEWSROOM_NO_JIT");
	if (!off || !*off)
		(void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
}

#endif
