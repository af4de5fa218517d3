/* test_wordset.c - word set lookups: words of eight bytes at most are
 * found inline by their whole-word key, longer ones by a call; both ignore
 * ASCII case only and find the first of words equal but for case. */
#include "../../src/wordset.h"
#include "tap.h"

static const char *const words[] = {
	"a", "an", "say", "said", "tells", "claimed", "reported", "announced", "acknowledged",
	"Said", /* equal to "said" but for case: its lookups find "said" */
	"caf\xC3\xA9", "u.s.", "sixteen-letters!", "seventeen-letters", NULL,
};

int main(void)
{
	WordSet s;
	size_t n = sizeof words / sizeof *words - 1;
	ok(wordset_build(&s, words, n), "built");
	/* every word finds its own row (the second "said" the first's) */
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(words[i]);
		is_int((int)wordset_find(&s, words[i], len), i == 9 ? 4 : (int)i + 1, "row of %s", words[i]);
	}
	is_int((int)wordset_find(&s, "SAID", 4), 4, "short: ASCII case ignored");
	is_int((int)wordset_find(&s, "ReporteD", 8), 7, "eight bytes: case ignored");
	is_int((int)wordset_find(&s, "ANNOUNCED", 9), 8, "nine bytes: case ignored");
	is_int((int)wordset_find(&s, "Seventeen-Letters", 17), 14, "seventeen bytes: case ignored");
	is_int((int)wordset_find(&s, "CAF\xC3\xA9", 5), 11, "a multibyte letter as it is");
	is_int((int)wordset_find(&s, "caf\xC3\x89", 5), 0, "no case folding past ASCII");
	is_int((int)wordset_find(&s, "sai", 3), 0, "a prefix is no word");
	is_int((int)wordset_find(&s, "saids", 5), 0, "nor is a longer word");
	is_int((int)wordset_find(&s, "reported", 7), 0, "a word cut short");
	is_int((int)wordset_find(&s, "acknowledge", 11), 0, "a long word cut short");
	is_int((int)wordset_find(&s, "", 0), 0, "nothing is never found");
	ok(wordset_probe(&s, "u.s.", 4) && wordset_has(&s, "U.S.", 4), "dotted words");
	ok(!wordset_has(&s, "dog", 3) && wordset_has(&s, "An", 2), "has() behind its filter");
	is_int((int)wordset_lookup(&s, "TELLS", 5), 5, "lookup() behind its filter");
	/* the filter takes any byte at the ends and a length's last four bits */
	ok(wordset_has(&s, "Caf\xC3\xA9", 5) && wordset_has(&s, "SIXTEEN-LETTERS!", 16) &&
	           wordset_has(&s, "Seventeen-Letters", 17),
	   "words ending in other bytes and long words pass the filter");
	ok(!wordset_has(&s, "u.s!", 4) && !wordset_has(&s, "dog-letters-nine", 16),
	   "and other words with their ends and length do not");
	wordset_free(&s);
	return done_testing();
}
