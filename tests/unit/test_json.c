/* test_json.c - JSON string escaping, in particular where a run copied
 * whole (eight bytes at a time) meets a byte that must be escaped. */
#include "../../src/json.h"
#include "tap.h"

static char *esc(const char *s, size_t n)
{
	Buf b;
	buf_init(&b);
	if (!json_string(&b, s, n)) {
		buf_free(&b);
		return NULL;
	}
	return buf_steal(&b);
}

static void check(const char *s, size_t n, const char *want, const char *what)
{
	char *got = esc(s, n);
	is_str(got, want, "%s", what);
	free(got);
}

int main(void)
{
	check("", 0, "\"\"", "empty string");
	check(NULL, 3, "\"\"", "NULL is the empty string");
	check("plain words", 11, "\"plain words\"", "plain ASCII as it is");
	/* each escape at every place of an eight-byte step and in the tail */
	const char *marks[] = { "\"", "\\", "\n", "\t", "\r", "\x01", "\x7f" };
	const char *escaped[] = { "\\\"", "\\\\", "\\n", "\\t", "\\r", "\\u0001", "\\u007f" };
	for (size_t m = 0; m < sizeof marks / sizeof *marks; m++) {
		int bad = 0;
		for (size_t at = 0; at < 19; at++) {
			char in[32], want[48];
			memset(in, 'a', 19);
			in[at] = marks[m][0];
			snprintf(want, sizeof want, "\"%.*s%s%.*s\"", (int)at, in, escaped[m],
			         (int)(18 - at), in + at + 1);
			char *got = esc(in, 19);
			bad += !got || strcmp(got, want);
			free(got);
		}
		ok(!bad, "byte 0x%02x escaped at each of 19 places", (unsigned char)marks[m][0]);
	}
	check("caf\xc3\xa9 na\xc3\xafve", 12, "\"caf\xc3\xa9 na\xc3\xafve\"",
	      "UTF-8 letters as they are");
	check("a\xc2\x85z", 4, "\"a\\u0085z\"", "a C1 control escaped");
	check("a\xe2\x80\xa8z\xe2\x80\xa9", 8, "\"a\\u2028z\\u2029\"",
	      "line and paragraph separators escaped");
	check("ab\xffz\xc3", 5, "\"ab\\ufffdz\\ufffd\"", "invalid and truncated bytes replaced");
	check("abc\0def", 7, "\"abc\\u0000def\"", "a NUL escaped, the rest kept");
	return done_testing();
}
