/* test_wordclass.c - one lookup gives a word's bits in every list. */
#include "../../src/wordclass.h"
#include "tap.h"

static const char *const verbs[] = { "added", "said", "says", NULL };
static const char *const nouns[] = { "claim", "said", NULL };
static const char *const shouts[] = { "Said", NULL };   /* capitals: left out */
static const char *const jumbled[] = { "sent", "sends", NULL };

/* Keeps every word but "sends", as a search by halves of JUMBLED would. */
static bool keep(const void *arg, size_t k, const char *word)
{
	(void)arg;
	return !(k == 3 && !strcmp(word, "sends"));
}

int main(void)
{
	const char *const *lists[] = { verbs, nouns, shouts, jumbled };
	const uint32_t bits[] = { 1, 2, 4, 8 };
	WordClass wc;
	ok(wordclass_build(&wc, lists, NULL, bits, 4, keep, NULL), "built");
	is_int(wordclass_of(&wc, "said", 4), 3, "a word of two lists has both bits");
	is_int(wordclass_of(&wc, "SAID", 4), 3, "case is ignored");
	is_int(wordclass_of(&wc, "says", 4), 1, "one list");
	is_int(wordclass_of(&wc, "sai", 3), 0, "a prefix is no word");
	is_int(wordclass_of(&wc, "", 0), 0, "nor is nothing");
	is_int(wordclass_of(&wc, "sent", 4), 8, "a word kept");
	is_int(wordclass_of(&wc, "sends", 5), 0, "a word not kept");
	is_int(wc.exact, 11, "a list with capitals is not in the table");
	is_int(wc.all, 15, "all the bits");
	wordclass_free(&wc);

	/* Words with a dot at an end keep the filter for the others. */
	static const char *const titled[] = { "cat", "mr.", "u.s.", NULL };
	const char *const *dotted[] = { titled };
	ok(wordclass_build(&wc, dotted, NULL, bits, 1, keep, NULL), "built with dotted words");
	is_int(wordclass_of(&wc, "Mr.", 3), 1, "a word ending in a dot is found");
	is_int(wordclass_of(&wc, "U.S.", 4), 1, "so is one with inner dots");
	is_int(wordclass_of(&wc, "CAT", 3), 1, "a word of letters is found");
	ok(!wordset_may_have(&wc.set, wordset_bit("dog", 3)),
	   "the filter turns away a word of letters not in the set");
	is_int(wordclass_of(&wc, "mr", 2), 0, "'mr' is not 'mr.'");
	wordclass_free(&wc);

	/* A table's rows give their first string, up to a row of NULL. */
	static const char *const pairs[][2] = { { "british", "uk" }, { "welsh", "wales" },
		                                { NULL, NULL }, { "unseen", "x" } };
	const char *const *tables[] = { &pairs[0][0], verbs };
	const size_t strides[] = { 2, 1 };
	ok(wordclass_build(&wc, tables, strides, bits, 2, keep, NULL), "built with a table");
	is_int(wordclass_of(&wc, "Welsh", 5), 1, "a table's word is found");
	is_int(wordclass_of(&wc, "uk", 2), 0, "its second column is not");
	is_int(wordclass_of(&wc, "unseen", 6), 0, "nor a row after the end");
	is_int(wordclass_of(&wc, "said", 4), 2, "a list beside it keeps its stride");
	wordclass_free(&wc);
	return done_testing();
}
