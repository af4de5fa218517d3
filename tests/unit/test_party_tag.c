/* test_party_tag.c - the party and state tags after a US lawmaker's name:
 * which bytes are a tag, and which words of a later "the New York
 * Democrat" each says. */
#include "../../src/party_tag.h"
#include "tap.h"

/* party_tag_len() of the string S. */
static size_t len_of(const char *s)
{
	return party_tag_len(s, strlen(s));
}

/* party_tag_says() of the tag string S and the word W. */
static bool says(const char *s, const char *w)
{
	return party_tag_says(s, strlen(s), w, strlen(w));
}

int main(void)
{
	is_int((int)len_of("D-N.Y., the majority leader"), 6, "AP state with dots, a comma after");
	is_int((int)len_of("R-Ohio)"), 6, "AP state written whole, in parentheses");
	is_int((int)len_of("R-Ohio."), 6, "a sentence's full stop is not the state's");
	is_int((int)len_of("D-CA"), 4, "a postal code at the end");
	is_int((int)len_of("I-Vt."), 5, "an independent");
	is_int((int)len_of("D-Day landings"), 0, "D-Day is no tag");
	is_int((int)len_of("R-rated"), 0, "nor R-rated");
	is_int((int)len_of("X-N.Y."), 0, "no party X");
	is_int((int)len_of("D-"), 0, "a bare letter and hyphen");
	is_int((int)len_of("D-Zz"), 0, "no state Zz");

	ok(says("D-N.Y.", "Democrat"), "D is a Democrat");
	ok(says("D-N.Y.", "democratic"), "... Democratic, case aside");
	ok(says("D-N.Y.", "York"), "N.Y. says York");
	ok(says("D-N.Y.", "New"), "... and New");
	ok(!says("D-N.Y.", "Republican"), "D is no Republican");
	ok(!says("D-N.Y.", "Jersey"), "N.Y. is not New Jersey");
	ok(says("R-Ohio", "Republican"), "R is a Republican");
	ok(says("R-Ohio", "GOP"), "... of the GOP");
	ok(says("R-Ohio", "Ohio"), "Ohio says Ohio");
	ok(says("R-W.Va.", "Virginia") && says("R-W.Va.", "West"), "W.Va. says West Virginia");
	ok(!says("R-Va.", "West"), "Va. is not West Virginia");
	ok(says("I-Vt.", "independent"), "I is an independent");
	ok(says("D-TX", "Texas"), "a postal code says its state");
	ok(!says("D-Day", "Democrat"), "no tag says nothing");
	return done_testing();
}
