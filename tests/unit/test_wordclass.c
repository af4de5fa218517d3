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
	ok(wordclass_build(&wc, lists, bits, 4, keep, NULL), "built");
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
	return done_testing();
}
