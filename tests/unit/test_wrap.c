/* test_wrap.c - display widths, glyphs and wrapping (ui/wrap.c), key names
 * and scripts (ui/keys.c). */
#include <locale.h>

#include "../../ui/keys.h"
#include "../../ui/wrap.h"
#include "tap.h"

/* The wrapped lines of S at WIDTH, joined with '|'. */
static const char *wrapped(const char *s, int width)
{
	static char out[4096];
	size_t n, len = 0;
	WrapLine *l = wrap_text(s, strlen(s), width, &n);
	out[0] = 0;
	for (size_t i = 0; l && i < n; i++) {
		len += (size_t)snprintf(out + len, sizeof out - len, "%s%.*s", i ? "|" : "",
		                        (int)(l[i].end - l[i].start), s + l[i].start);
		if (l[i].width > width && l[i].end - l[i].start > 4)
			return "line too wide";
	}
	free(l);
	return out;
}

static int width_of(const char *s)
{
	return text_width(s, strlen(s));
}

int main(void)
{
	ok(wrap_init_locale(), "a UTF-8 locale is available");

	is_int(width_of("abc"), 3, "ASCII is one column a character");
	is_int(width_of("日本"), 4, "CJK is two columns");
	is_int(width_of("e\xcc\x81"), 1, "a combining accent takes no column");
	is_int(width_of("👍"), 2, "an emoji is two columns");
	is_int(width_of("🇫🇷"), 2, "a flag (two regional indicators) is one two-column glyph");
	int w;
	const char *fam = "👩‍👩‍👧x";
	is_int(glyph_next(fam, strlen(fam), &w), strlen(fam) - 1, "a ZWJ sequence is one glyph");
	is_int(w, 2, "... two columns wide");
	const char *acc = "e\xcc\x81\xcc\xa3z";
	is_int(glyph_next(acc, strlen(acc), &w), 5, "a letter keeps its combining marks");
	is_int(glyph_next("\xff" "a", 2, &w), 1, "an invalid byte is a glyph of its own");

	is_str(wrapped("the quick brown fox", 9), "the quick|brown fox", "breaks at spaces");
	is_str(wrapped("the quick brown fox", 19), "the quick brown fox", "fits exactly");
	is_str(wrapped("  lead  and  gaps  ", 5), "lead|and|gaps", "spaces at a break are dropped");
	is_str(wrapped("abcdefghij", 4), "abcd|efgh|ij", "a long word is cut");
	is_str(wrapped("ab abcdefghij", 4), "ab|abcd|efgh|ij", "a long word starts a new line");
	is_str(wrapped("日本語です", 5), "日本|語で|す", "CJK is never split across a line");
	is_str(wrapped("e\xcc\x81" "e\xcc\x81" "e\xcc\x81", 2),
	       "e\xcc\x81" "e\xcc\x81|e\xcc\x81", "an accent stays with its letter");
	is_str(wrapped("🇫🇷🇫🇷🇫🇷", 5), "🇫🇷🇫🇷|🇫🇷", "flags are not split");
	is_str(wrapped("日本", 1), "日|本", "a glyph wider than the line still shows");
	is_str(wrapped("", 10), "", "empty text is one empty line");
	size_t n;
	WrapLine *l = wrap_text("", 0, 10, &n);
	is_int(n, 1, "... exactly one");
	free(l);

	size_t fit = text_fit("日本語", 9, 3, &w);
	is_int(fit, 3, "text_fit does not cut a wide glyph");
	is_int(w, 2, "... and reports the width used");

	Event ev;
	const char *s = "<C-d>";
	ok(key_parse(&s, &ev) && ev.key == 4 && !*s, "<C-d> is Ctrl-D");
	s = "<Resize:50x15>";
	ok(key_parse(&s, &ev) && ev.key == K_RESIZE && ev.cols == 50 && ev.rows == 15,
	   "<Resize:50x15> carries the size");
	s = "<Click:3,4>";
	ok(key_parse(&s, &ev) && ev.key == K_CLICK && ev.x == 3 && ev.y == 4, "<Click:3,4>");
	s = "<Bogus>";
	ok(!key_parse(&s, &ev), "an unknown escape is refused");
	s = "< x";
	ok(key_parse(&s, &ev) && ev.key == '<', "a lone < is the key <");
	size_t bad;
	Event *evs = key_script_parse("jj<Tab>é<Enter>", &n, &bad);
	ok(evs && n == 5 && evs[2].key == K_TAB && evs[3].key == 0xE9 && evs[4].key == K_ENTER,
	   "a script is parsed into keys");
	free(evs);
	ok(!key_script_parse("j<Nope>", &n, &bad) && bad == 1, "a bad script names the offset");
	char name[32];
	keyname_of(K_CTRL('d'), name, sizeof name);
	is_str(name, "C-d", "Ctrl-D is shown as C-d");
	keyname_of(' ', name, sizeof name);
	is_str(name, "Space", "space is shown as Space");
	keyname_of(K_PGDN, name, sizeof name);
	is_str(name, "PgDn", "Page Down is PgDn");
	/* Every control key's name parses back to it (a binding shown in the
	 * help must be one the user can write in [keys]). */
	int roundtrip = 0;
	for (int k = 0; k < 32; k++) {
		char esc[40];
		keyname_of(k, name, sizeof name);
		snprintf(esc, sizeof esc, "<%s>", name);
		Event *e = key_script_parse(strlen(name) == 1 ? name : esc, &n, &bad);
		roundtrip += e && n == 1 && e[0].key == k;
		free(e);
	}
	is_int(roundtrip, 32, "all 32 control keys, C-@ included, are named as they are written");
	return done_testing();
}
