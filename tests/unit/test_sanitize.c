/* test_sanitize.c - decoding and neutralising untrusted text. */
#include "tap.h"

#include <stdarg.h>

#include "sanitize.h"

static char *clean(const char *s)
{
	Buf b;
	buf_init(&b);
	if (!sanitize_text(s, strlen(s), &b))
		return NULL;
	return buf_steal(&b);
}

static void check_clean(const char *in, const char *want, const char *what)
{
	char *got = clean(in);
	is_str(got, want, "%s", what);
	free(got);
}

/* sanitize_utf8() of IN: the validity it tells is utf8_valid()'s, and the
 * text, when valid, sanitize_text()'s. */
static void check_utf8(const char *in, const char *what)
{
	Buf b;
	buf_init(&b);
	bool valid = !utf8_valid(in, strlen(in));
	bool okd = sanitize_utf8(in, strlen(in), &b, &valid);
	ok(okd && valid == utf8_valid(in, strlen(in)), "sanitize_utf8: %s: valid as utf8_valid() says",
	   what);
	if (valid) {
		char *want = clean(in);
		is_str(b.data ? b.data : "", want, "sanitize_utf8: %s: cleaned as sanitize_text()", what);
		free(want);
	}
	buf_free(&b);
}

static void check_decode(const char *in, size_t len, const char *want, InputEncoding want_enc,
                         const char *what)
{
	Buf b;
	buf_init(&b);
	InputEncoding enc;
	bool okd = decode_to_utf8(in, len, &b, &enc);
	buf_terminate(&b);
	is_str(okd ? b.data : NULL, want, "%s: text", what);
	is_int(enc, want_enc, "%s: encoding", what);
	buf_free(&b);
}

static void fmt(char *dst, size_t size, const char *f, ...)
{
	va_list ap;
	va_start(ap, f);
	sanitize_vformat(dst, size, f, ap);
	va_end(ap);
}

static void test_vformat(void)
{
	char msg[16];
	fmt(msg, sizeof msg, "%s: %d", "a\x1B]52;c;eA==\x07" "b", 7);
	is_str(msg, "ab: 7", "a formatted status line loses an OSC 52 in its argument");
	fmt(msg, sizeof msg, "%s", "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9");
	is_str(msg, "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9",
	       "a line too long is cut between characters, not inside one");
	ok(utf8_valid(msg, strlen(msg)), "and stays valid UTF-8");
}

/* sanitize_line_is_clean() reads eight bytes at a time: a double space, a
 * control byte or an edge space at every offset of a line longer than
 * that must be seen, and its answer must be sanitize_line()'s. */
static void test_is_clean(void)
{
	const char *base = "Tillerson said the talks went well in Geneva";
	size_t n = strlen(base), wrong = 0;
	char s[64];
	for (size_t at = 0; at < n; at++) {
		for (int form = 0; form < 3; form++) {
			memcpy(s, base, n + 1);
			if (form == 0)
				s[at] = ' '; /* a space here: doubled when beside another */
			else if (form == 1)
				s[at] = '\t';
			else if (at + 2 <= n)
				memcpy(s + at, "\xC3\xA9", 2);
			char *c = sanitize_line(s, n);
			bool same = c && !strcmp(c, s);
			wrong += sanitize_line_is_clean(s, n) != same;
			free(c);
		}
	}
	is_int((long)wrong, 0, "sanitize_line_is_clean agrees with sanitize_line at every offset");
	ok(!sanitize_line_is_clean("one two  three four five", 24), "a double space past 8 bytes");
	ok(!sanitize_line_is_clean("one two three four fiv ", 23), "a trailing space");
	ok(sanitize_line_is_clean("one two three four five", 23), "a clean line");
}

int main(void)
{
	test_vformat();
	test_is_clean();
	uint32_t cp;
	is_int(utf8_decode("\xC3\xA9", 2, &cp), 2, "decodes a 2-byte sequence");
	is_int(cp, 0xE9, "to U+00E9");
	is_int(utf8_decode("\xC0\xAF", 2, &cp), 0, "rejects an overlong '/'");
	is_int(utf8_decode("\xE0\x80\xAF", 3, &cp), 0, "rejects an overlong 3-byte form");
	is_int(utf8_decode("\xED\xA0\x80", 3, &cp), 0, "rejects a surrogate");
	is_int(utf8_decode("\xF4\x90\x80\x80", 4, &cp), 0, "rejects a code point past U+10FFFF");
	is_int(utf8_decode("\xE2\x80", 2, &cp), 0, "rejects a truncated sequence");
	ok(utf8_valid("caf\xC3\xA9 \xF0\x9F\x98\x80", 10), "valid UTF-8 with an emoji");
	ok(!utf8_valid("caf\xE9", 4), "Latin-1 bytes are not UTF-8");

	check_decode("\xEF\xBB\xBFhi", 5, "hi", ENC_UTF8_BOM, "UTF-8 BOM stripped");
	check_decode("caf\xE9 \x93q\x94", 8, "caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D", ENC_WINDOWS1252,
	             "invalid UTF-8 read as windows-1252");
	check_decode("\xFF\xFEh\0i\0", 6, "hi", ENC_UTF16LE, "UTF-16LE with BOM");
	check_decode("\xFE\xFF\0h\0i\xD8\x3D\xDE\x00", 10, "hi\xF0\x9F\x98\x80", ENC_UTF16BE,
	             "UTF-16BE with a surrogate pair");

	check_clean("a\r\nb\rc\n", "a\nb\nc\n", "CRLF and CR become LF");
	check_clean("a\tb\xC2\xA0" "c\xE2\x80\xAF" "d", "a b c d", "tab, NBSP, narrow NBSP become spaces");
	check_clean("a\xE2\x80\x8B" "b\xEF\xBB\xBF" "c\xC2\xAD" "d", "abcd", "ZWSP, BOM, soft hyphen removed");
	check_clean("\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9", "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9",
	            "ZWJ in an emoji sequence kept");
	check_clean("x\x1B[31mred\x1B[0m", "xred", "CSI colour sequences removed");
	check_clean("x\x1B]0;title\x07y", "xy", "OSC title set removed");
	check_clean("x\x1B]52;c;ZXZpbA==\x1B\\y", "xy", "OSC 52 clipboard write removed");
	check_clean("x\x1BP+q\x1B\\y", "xy", "DCS removed");
	check_clean("x\xC2\x9B" "2Jy", "xy", "C1 CSI removed with its parameters");
	check_clean("x\x1B(By", "xy", "charset designation removed");
	check_clean("x\x1B]0;unterminated\nnext", "x\nnext", "unterminated OSC stops at the line end");
	check_clean("a\x07" "b\x08" "c\x7F" "d\x01", "abcd", "C0 controls and DEL removed");
	check_clean("a\xC2\x85" "b", "ab", "C1 controls removed");
	check_clean("\xE2\x80\xAE" "evil\xE2\x80\xAC \xE2\x81\xA6" "x\xE2\x81\xA9 \xE2\x80\x8F" "y",
	            "evil x y", "bidi overrides, isolates and marks removed");
	check_clean("a\xFF" "b", "a\xEF\xBF\xBD" "b", "stray invalid byte becomes U+FFFD");
	check_clean("l\xE2\x80\xA8m", "l\nm", "line separator becomes a newline");

	check_utf8("plain caf\xC3\xA9 text\r\nand more", "valid text");
	check_utf8("caf\xE9 au lait", "a Latin-1 byte");
	check_utf8("ok \x1B[31mred\x1B[0m ok", "escape sequences");
	/* the escape's final byte is the lead byte of "\xC3\xA9": the walk
	 * skips it, the input is valid all the same */
	check_utf8("a\x1B\xC3\xA9 b", "an escape over a sequence");
	check_utf8("a\x1B(\xFF b", "an escape before an invalid byte");
	check_utf8("x\xC2\x9B" "2J\xE2\x80 y", "a C1 escape and a cut sequence");

	const char *raw = "  a \n\t b  \x1B[2J c ";
	char *line = sanitize_line(raw, strlen(raw));
	is_str(line, "a b c", "sanitize_line folds spaces and newlines");
	free(line);

	ok(looks_binary("ab\0cd", 5), "NUL byte means binary");
	ok(!looks_binary("plain text\n", 11), "plain text is not binary");
	ok(!looks_binary("\xFF\xFEh\0i\0", 6), "UTF-16 with a BOM is not binary");
	ok(looks_binary("\x01\x02\x03\x04\x05\x06\x07\x08\x0E\x0F", 10), "control bytes mean binary");
	ok(looks_binary("some text, then\0 a NUL past eight bytes", 40), "a NUL after text is binary");
	const char *lines = "line one\nline two\r\nline three\tend\n";
	ok(!looks_binary(lines, strlen(lines)),
	   "line ends and tabs among eight-byte steps are text");

	char big[300];
	memset(big, 'a', sizeof big);
	Buf b;
	buf_init(&b);
	for (int i = 0; i < 1000; i++)
		buf_append(&b, big, sizeof big);
	is_int(b.len, 300000, "Buf grows to 300000 bytes");
	buf_free(&b);
	return done_testing();
}
