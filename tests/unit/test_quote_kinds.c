/* test_quote_kinds.c - what counts as a quotation and of which kind:
 * marks that quote nothing, fragments governed by a cue (partial) against
 * titles, names and scare quotes (term), headline quotes nobody says. */
#include "quote_run.h"

int main(void)
{
	Error err;
	engine = quote_engine_new(&err);
	ok(engine != NULL, "engine builds");

	/* ---- marks around nothing ---- */
	Run r = analyze(NULL, P("He said \"\" and \" \" and \"...\" and then \"fine\" to us."));
	is_int(quoteset_count(r.q), 1, "empty and mark-only pairs are no quotes");
	is_str(qtext(&r, 0), "fine", "the quote with words is kept");
	done(&r);

	r = analyze(NULL, P("\"\"\"\"\"\"\"\"\"\"\"\"", "''''''", "\xE2\x80\x9C\xE2\x80\x9D \xE2\x80\x98\xE2\x80\x99"));
	is_int(quoteset_count(r.q), 0, "runs of marks quote nothing");
	done(&r);

	quote_engine_free(engine);
	return done_testing();
}
