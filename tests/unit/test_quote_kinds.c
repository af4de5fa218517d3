/* test_quote_kinds.c - what counts as a quotation and of which kind:
 * marks that quote nothing, fragments governed by a cue (partial) against
 * titles, names and scare quotes (term), headline quotes nobody says. */
#include "quote_run.h"

/* The index of the quote whose words are TEXT (the count when none). */
static size_t index_of(const Run *r, const char *text)
{
	size_t i = 0;
	while (i < quoteset_count(r->q) && strcmp(qtext(r, i), text))
		i++;
	return i;
}

/* The kind of the quote whose words are TEXT. */
static const char *kind_of(const Run *r, const char *text)
{
	return qkind(r, index_of(r, text));
}

/* One article of paragraphs PARAS: the kind of the quote whose words are
 * QUOTE (the first quote when NULL) is WANT. */
static void kind_is(const char *const *paras, const char *quote, const char *want,
                    const char *desc)
{
	Run r = analyze(NULL, paras);
	is_str(quote ? kind_of(&r, quote) : qkind(&r, 0), want, "%s", desc);
	done(&r);
}

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

	r = analyze(NULL, P("\"\"\"\"\"\"\"\"\"\"\"\"", "''''''",
	                    "\xE2\x80\x9C\xE2\x80\x9D \xE2\x80\x98\xE2\x80\x99"));
	is_int(quoteset_count(r.q), 0, "runs of marks quote nothing");
	done(&r);


	/* ---- fragments a cue governs are partial quotes of its speaker ---- */
	r = analyze(NULL, P("President Obama condemned the test as \"provocative and destabilizing\""
	                    " and a \"grave threat\" to peace."));
	is_str(qkind(&r, 0), "partial", "condemned X as \"Q\": partial");
	is_str(qspeaker(&r, 0), "Obama", "condemned: the subject speaks");
	is_str(qkind(&r, 1), "partial", "a second fragment in the sentence is partial too");
	is_str(qspeaker(&r, 1), "Obama", "and has the same speaker");
	done(&r);

	/* one sentence, its first quote: kind and speaker */
	static const struct {
		const char *text, *speaker, *desc;
	} cued[] = {
		{ "Mayor Ann Cole's deputy, Jim Park, calls them \"lone wolves\" every time.",
		  "Jim Park", "calls them \"Q\": the subject next to the verb" },
		{ "Mayor Ann Cole and Jim Park call them \"lone wolves\" every time.", "",
		  "NAME and NAME call them \"Q\": the two, neither alone" },
		{ "Senator Ruth Hale likened the rules to \"burning the Constitution.\"", "Ruth Hale",
		  "likened X to \"Q\"" },
		{ "Japan's prime minister Taro Aso branded the regime an \"outlaw nation.\"",
		  "Taro Aso", "branded X a \"Q\"" },
	};
	for (size_t i = 0; i < sizeof cued / sizeof *cued; i++) {
		r = analyze(NULL, P(cued[i].text));
		is_str(qkind(&r, 0), "partial", "%s: partial", cued[i].desc);
		is_str(qspeaker(&r, 0), cued[i].speaker, "%s: its speaker", cued[i].desc);
		done(&r);
	}

	/* ---- titles are terms even next to a cue ---- */
	kind_is(P("Jeh Johnson tells MSNBC's \"Morning Joe\" that the hackers were caught."),
	        NULL, "term",
	        "a show after a network's possessive is a term");

	kind_is(P("\"They have a choice,\" Thune said on CBS' \"Face the Nation.\""), "Face the Nation.",
	        "term", "a show after a network's possessive in s' is a term too");
	kind_is(P("\"They have a choice,\" Thune said on the players' \"Big Game Show.\""),
	        "Big Game Show.", "partial", "... but not after a possessive in lower case");
	kind_is(P("On Tuesday's episode of \"The Steve Harvey Morning Show,\" Ann Lee said"
	        " she would run."), NULL, "term",
	        "episode of \"Title\": a term");

	kind_is(P("Ann Lee warned of \"Grave Consequences Ahead\" if the bill fails."),
	        NULL, "partial",
	        "warned of \"Title Case\": the cue governs, partial");

	kind_is(P("Clinton stressed her record during a \"Commander-in-Chief Forum\" in New York."),
	        "Commander-in-Chief Forum", "term",
	        "during a \"Title\": a term");

	kind_is(P("When it is feathers in a duvet, HP is called \"feather duvet lung.\" When it is feathers on a bird, the term often used is \"bird fancier's lung.\""),
	        "bird fancier's lung.", "term", "the term (often used) is \"X\": a name given, no words of the sentence before's subject");
	kind_is(P("Clinton would install a 30 percent rate, a version of what has become known as the"
	          " \"Buffett rule\" after Warren Buffett, the investor."),
	        "Buffett rule", "term", "become known as the \"X\": a name given");

	kind_is(P("Sharpton read calls to his \"Keepin' It Real\" radio program on Monday."),
	        "Keepin' It Real", "term",
	        "a title before the noun naming it is a term");

	kind_is(P("\"Hearing it was a gift,\" the \"Pose\" actor previously said on \"DWTS.\""),
	        "Pose", "term", "one capitalised word before the people it names: a title");
	kind_is(P("\"Hearing it was a gift,\" the \"Pose\" actor previously said on \"DWTS.\""),
	        "DWTS.", "term", "one capitalised word after \"on\": a title");
	kind_is(P("As a reality TV boss on \"The Apprentice,\" Donald Trump demeaned women,"
	          " according to show insiders."),
	        "The Apprentice,", "term", "\"The\" and one capitalised word after \"on\": a title");
	kind_is(P("The \"Bad Blood\" songstress has not returned his calls."), "Bad Blood", "term",
	        "a title before 'songstress' is a term");
	kind_is(P("Widely derided by politicians, the idea of selling pollution \"rights\" is back."),
	        "rights", "term",
	        "an adverb and a participle with its agent open the sentence: their cue is not the"
	        " quote's");
	kind_is(P("It was \"Just Amazing,\" the singer said of the crowd."),
	        "Just Amazing,", "partial",
	        "a title-case quotation before a comma and the singer is the singer's");
	kind_is(P("She focused on \"jobs\" all week."), "jobs", "term",
	        "one lower-case word quoted in the writer's sentence stays a term");

	/* ---- reported speech and quotation marks ---- */
	r = analyze(NULL, P("Ann Lee spoke first. \"As I said earlier, the plan will fail. We told them"
	                    " that the deal was dead,\" she said."));
	is_int(nreported(&r), 0, "no reported speech inside a direct quotation");
	is_int(nspeech(&r), 1, "the quotation itself is kept");
	done(&r);

	r = analyze(NULL, P("Mike Pence said Hillary Clinton thinks this is an episode of"
	                    " \"Shark Tank.\""));
	ok(nreported(&r) >= 1 && strstr(qtext(&r, 0), "\"Shark Tank.\"") != NULL,
	   "a reported clause ending in a quoted title takes it whole");
	done(&r);

	r = analyze(NULL, P("He said \"you got me?\" before his smile returned and he thinks the vote"
	                    " will pass."));
	for (size_t i = 0; i < quoteset_count(r.q); i++)
		if (quoteset_get(r.q, i)->kind == QUOTE_INDIRECT)
			ok(quoteset_get(r.q, i)->span.start >= quoteset_get(r.q, 0)->span.end,
			   "a reported clause never starts inside quoted words");
	done(&r);

	/* ---- honorifics and affiliations stay out of the name ---- */
	r = analyze(NULL, P("\"It was the least bad outcome,\" Mr. Morgan of the Sierra Club said."));
	is_str(qspeaker(&r, 0), "Morgan", "Mr. NAME of ORG: the name alone");
	is_str(quoteset_speaker(r.q, 0)->roles[0], "of the Sierra Club", "the affiliation is a role");
	done(&r);

	r = analyze(NULL, P("\"We cannot wait,\" said Rep. Elijah Cummings of Maryland."));
	is_str(qspeaker(&r, 0), "Elijah Cummings", "Rep. NAME of STATE: the name, not the state");
	is_str(quoteset_speaker(r.q, 0)->roles[0], "Rep.", "the honorific is a role");
	done(&r);

	r = analyze(NULL, P("\"It is unfair,\" said China's envoy Amb. Wu Haitao."));
	is_str(qspeaker(&r, 0), "Wu Haitao", "Amb. is not part of the name");
	{
		const Speaker *sp = quoteset_speaker(r.q, 0);
		bool amb = false;
		for (size_t i = 0; i < sp->nroles; i++)
			amb |= strstr(sp->roles[i], "Amb.") != NULL;
		ok(amb, "Amb. is kept in the roles");
		is_str(sp->roles[0], "China's envoy", "... apart from the job before it");
	}
	done(&r);

	speaker_is(P("\"Rates will rise,\" the Bank of America analyst Tom Ruiz said."), 0, "Tom Ruiz",
	           "an institution with \"of\" before the name stays a role");

	/* ---- words that open a sentence or describe are not names ---- */
	speaker_is(P("Would Adam Ruiz have backed the bill? He said, \"Never.\""), 0, "Adam Ruiz",
	           "an auxiliary opening a question is not part of a name");
	speaker_is(P("Unpredictable Dorsey said, \"I now do recall the call.\"",
	             "Jon Dorsey spoke for an hour."),
	           0, "Jon Dorsey", "an adjective opening the sentence is not a given name");
	speaker_is(P("\"Prices will fall,\" said London-based Ann Lee."), 0, "Ann Lee",
	           "a '-based' compound is no part of the name");
	speaker_is(P("\"We are proud,\" said Superintendent Jennifer Ruiz."), 0, "Jennifer Ruiz",
	           "Superintendent is a title");

	/* ---- a generational suffix: the surname before it names the person ---- */
	speaker_is(P("\"It matters,\" said James P. Ruiz Jr.", "\"We will appeal,\" Ruiz added."), 1,
	           "James P. Ruiz Jr.", "a surname finds the full name ending in Jr.");
	speaker_is(P("\"We will appeal,\" Ruiz said.", "\"It matters,\" said James P. Ruiz Jr."), 0,
	           "James P. Ruiz Jr.", "and the full name written later");

	/* ---- a verb not in the lexicon, or another language's ---- */
	speaker_is(P("\"We have a plan,\" Tom Ruiz said.",
	             "\xC2\xAB" "C'est inacceptable\xC2\xBB, a d\xC3\xA9" "clar\xC3\xA9 Jean Dupont."),
	           1, "Jean Dupont", "guillemets, a comma, a foreign verb and a name: that person");
	speaker_is(P("\"We have a plan,\" Tom Ruiz said.", "\"That was close,\" harrumphed Ann Lee."),
	           1, "Ann Lee", "a rare verb between the comma and the name: that person");
	speaker_is(P("\"We have a plan,\" Tom Ruiz said.", "\"Look,\" he said to Ann Lee."), 1,
	           "Tom Ruiz", "a name after a known cue's object is no speaker");

	/* ---- a nationality names someone known to have it, else only the
	 * one person just spoken of, when no one of that country was named ---- */
	speaker_is(P("Russian Foreign Minister Sergei Lavrov arrived on Monday.",
	             "\"We have a plan,\" Tom Ruiz said.",
	             "\"Force is unacceptable,\" the Russian said."),
	           1, "Sergei Lavrov", "'the Russian': the person whose title says Russian");
	speaker_is(P("Russian Foreign Minister Sergei Lavrov arrived on Monday and spoke.",
	             "Others came later. Many more came. Talks went on for hours that day.",
	             "\"We have a plan,\" Tom Ruiz said.",
	             "\"Force is unacceptable,\" the Russian said."),
	           1, "Sergei Lavrov", "... also when written further back");
	speaker_is(P("\"We have a plan,\" Tom Ruiz said.",
	             "\"Force is unacceptable,\" the Russian said."),
	           1, "Tom Ruiz", "'the Russian' after the one person spoken of, no Russian named: that one");
	speaker_is(P("\"We have a plan,\" Tom Ruiz said. Ann Lee nodded.",
	             "\"Force is unacceptable,\" the Russian said."),
	           1, "", "... not when another person was named since");

	/* ---- a nominal names the person whose title or role it repeats ---- */
	speaker_is(P("Governor Tom Brooks met Mayor Ann Hill on Monday.",
	             "The governor, 61, told reporters: \"We are done here.\""),
	           0, "Tom Brooks", "the governor, after an age in commas: the person titled Governor");
	speaker_is(P("Governor Tom Brooks met Mayor Ann Hill on Monday.",
	             "\"We will rebuild,\" the mayor said."),
	           0, "Ann Hill", "the mayor: the person titled Mayor, not the latest named");
	speaker_is(P("\"We will win,\" said President Ann Hill.",
	             "\"The rally is full,\" said Vice President Tom Brooks.",
	             "\"Turnout will be high,\" the president said."),
	           2, "Ann Hill", "the president is not the vice president who spoke last");
	speaker_is(P("\"We will win,\" said Ann Hill, the president.",
	             "\"Prices are low,\" said Tom Brooks, the president of the Farm Bureau.",
	             "\"Turnout will be high,\" the president said."),
	           2, "Ann Hill", "nor the president of a bureau");
	speaker_is(P("Apple's chief executive, Tim Brooks, called the tax \"political theater.\""), 0,
	           "Tim Brooks", "ROLE, NAME, called: the name in commas");

	/* ---- roles: the titles written before the name, never a guess ---- */
	r = analyze(NULL, P("On Friday, Secretary of State Ann Ruiz arrived in Oslo.",
	                    "\"We are ready,\" Ruiz said."));
	ok(quoteset_speaker(r.q, 0) && quoteset_speaker(r.q, 0)->nroles == 1 &&
	   !strcmp(quoteset_speaker(r.q, 0)->roles[0], "Secretary of State"),
	   "a title before the full name in a sentence without quotes is a role");
	done(&r);
	r = analyze(NULL, P("\"We are ready,\" Ann Ruiz said.",
	                    "\"The plan is late,\" the South Carolina senator said."));
	ok(quoteset_speaker(r.q, 0) && quoteset_speaker(r.q, 0)->nroles == 0,
	   "a nominal given to the latest speaker for want of better is not their role");
	done(&r);

	/* ---- a pronoun: the person of its sex named since the last quote ---- */
	speaker_is(P("\"Our product is safer,\" Acme said.",
	             "Her deputy, Mark Chen, was more cautious. \"Growth will slow,\" he warned."),
	           1, "Mark Chen",
	           "he: the man named since the last quote, not a speaker whose sex is unknown");
	speaker_is(P("\"We are ready,\" said Wu Lan. He called for \"calm and patience.\""), 1,
	           "Wu Lan", "he: the speaker just quoted, though his name says no sex");

	/* ---- offices and compound nouns ---- */
	speaker_is(P("The United Nations High Commissioner for Refugee Affairs said the camps were"
	             " \"full beyond any safe limit.\""),
	           0, "United Nations High Commissioner for Refugee Affairs",
	           "a title for something is an office, not a person named after the 'for'");
	r = analyze(NULL, P("\"Prices will fall,\" Ann Lee, a fellow at the Smith think tank, told"
	                    " reporters."));
	is_str(span_str(&r, quoteset_get(r.q, 0)->cue), "told", "'think tank' is a noun, not the cue");
	done(&r);

	/* ---- NAME: WORDS in the body: a person speaks, a label does not ---- */
	r = analyze(NULL, P("The team met on Monday.", "Q: Where did you grow up as a child?",
	                    "Summary: The team won three of its four games this month.",
	                    "Lakers: Forward Tom Ruiz missed his third straight game."));
	is_int(quoteset_count(r.q), 0, "labels ('Q:', 'Summary:', a team's name) report nothing");
	done(&r);
	r = analyze(NULL, P("Police arrested three people on Friday.",
	                    "Victor N. Burton: Dealing in methamphetamine, held in jail in lieu of bond.",
	                    "WIRED25: Stories of people who are racing to save us",
	                    "Star Wars Jedi: Fallen Order is a game of many things to many of us.",
	                    "ATEN\xC3\x87\xC3\x83O: Coment\xC3\xA1rios ofensivos n\xC3\xA3o ser\xC3\xA3o aprovados."));
	is_int(quoteset_count(r.q), 0,
	       "a person's name before words said of them, a label with a digit, a title, a notice: no turn");
	done(&r);
	r = analyze(NULL, P("The team met on Monday.", "Prof. Ruiz: We start now with the results.",
	                    "WALLACE: Let's start with the economy tonight."));
	is_int(quoteset_count(r.q), 2, "a titled name or a transcript's capitals speak");
	is_str(qkind(&r, 0), "indirect", "... unmarked, so reported");
	done(&r);

	/* an interview's turns under the surname of the person it introduces */
	r = analyze(NULL, P("Mayor Karen Bass sat down with the Times this week.",
	                    "Q: What keeps you up at night?",
	                    "Bass: Honestly, the fentanyl crisis. We lose people every day.",
	                    "Smith: The budget passed on Tuesday after a long debate."));
	is_int(quoteset_count(r.q), 1, "SURNAME: WORDS of one's own after the full name: a turn");
	is_str(qspeaker(&r, 0), "Karen Bass", "... the person's");
	is_str(qtext(&r, 0), "Honestly, the fentanyl crisis. We lose people every day",
	       "... the whole paragraph, whose first sentence says neither 'I' nor 'we'");
	done(&r);

	/* ---- headline quotes ---- */
	r = analyze("Parents Rally Nationwide To 'Reclaim Our Schools'", P("Parents marched on Monday."));
	is_str(qkind(&r, 0), "term", "a headline slogan nobody says is a term");
	done(&r);

	r = analyze("A Man Develops 'Feather-Duvet Lung' After Switching His Bedding", P("He is well now."));
	is_str(qkind(&r, 0), "term", "a few words in a headline with no speaker nor verb of saying: a term");
	done(&r);
	r = analyze("'We Got Her!': Video Shows Dramatic Rescue", P("Police released the video."));
	is_str(qkind(&r, 0), "headline", "... but an exclamation is someone's words");
	done(&r);
	r = analyze("'He Died In My Hands': Three Killed In Clashes", P("Three were killed."));
	is_str(qkind(&r, 0), "headline", "... and so are words with a pronoun");
	done(&r);

	r = analyze("'We Will Win,' Trump Says After Debate", P("The debate was on Monday."));
	is_str(qspeaker(&r, 0), "Trump", "'Q,' NAME Says in a headline: the title-case cue after the quote");
	done(&r);
	r = analyze("'Meth. We Are On It': Campaign Is Working, Noem Says", P("The campaign began on Monday."));
	is_int(nreported(&r), 0, "a headline quote with a stop inside is no part of a clause after it");
	done(&r);

	r = analyze("Gold Star Mom Asks Why He Avoids The Words 'Radical Terror'",
	            P("The town hall was on Wednesday."));
	is_str(qkind(&r, 0), "term", "headline words after 'The Words' are a term");
	done(&r);

	r = analyze("Lee: 'The Port Must Reopen Before Winter'", P("Ann Lee spoke on Monday."));
	is_str(qkind(&r, 0), "headline", "NAME: 'Q' in a headline is a headline quote");
	is_int(nreported(&r), 0, "and not reported speech a second time");
	done(&r);

	r = analyze("Senators Rip Trade Deal As A 'Disgrace' To Workers", P("The vote is Friday."));
	is_str(qkind(&r, 0), "headline", "a headline verb of saying keeps the quote");
	done(&r);

	r = analyze("Chancellor defends tax rise as 'fair and necessary'", P("The rise is due in April."));
	is_str(qkind(&r, 1), "headline", "so does a headline verb that judges ('defends X as')");
	done(&r);

	r = analyze("Chancellor defends tax rise as 'fair and necessary'",
	            P("Shadow chancellor Mel Stride said the rise was a tax on jobs."));
	is_str(qspeaker(&r, 1), "", "a headline's 'Chancellor' is not the shadow chancellor");
	done(&r);
	r = analyze("Sen. Maria Lopez slams budget as 'reckless'", P("The vote is Friday."));
	is_str(qspeaker(&r, 1), "Maria Lopez", "a headline quotation in a reported headline is its source's");
	done(&r);

	r = analyze("Ann Lee On Climate: The Trends Are 'Terrifying'", P("Ann Lee spoke on Monday."));
	is_str(qkind(&r, 0), "headline", "a speaker's colon keeps the headline quote");
	done(&r);

	/* ---- a guessed speaker dropped leaves a short quote a term ---- */
	kind_is(P("Check out the full trailer for Jo Ruiz's documentary, \"13th,\" below."),
	        NULL, "term",
	        "a short title after a comma is a term once its guessed speaker is dropped");

	/* ---- names given, labels and titles: terms even with a subject ---- */
	kind_is(P("Ann Lee, a nurse, said the rash can lead to what\xE2\x80\x99s called"
	          " \"baker's itch,\" a painful condition."),
	        "baker's itch,", "term", "what's called \"X\": a name given, not words spoken");
	kind_is(P("Senator Tom Ruiz and two aides formed a channel, for which they were known as the"
	          " \"Gang of Three.\""),
	        NULL, "term", "known as the \"X\": a nickname");
	kind_is(P("The plan was called \"reckless\" by critics, Tom Ruiz said."), NULL, "partial",
	        "called \"X\" by someone: their words");
	kind_is(P("Tom Ruiz said the new \"S\" model will ship in May."), "S", "term",
	        "a single quoted letter is a label");
	kind_is(P("Ann Lee, who starred in \"Silent Lake,\" wrote the song with Tom Ruiz, the"
	          " \"River Town\" star."),
	        "River Town", "term", "a title before the noun \"star\"");

	/* ---- marks typed the wrong way round ---- */
	r = analyze(NULL, P("Ann Lee spoke at the town hall.",
	                    "\xE2\x80\x9D What I learned from these families is simple,\xE2\x80\x9D"
	                    " she said."));
	is_int(nspeech(&r), 1, "a closing mark opening a paragraph opens a quote");
	is_str(qspeaker(&r, 0), "Ann Lee", "and the quote is attributed");
	done(&r);

	/* ---- quoted words inside someone's reported speech are theirs ---- */
	r = analyze(NULL, P("According to talk radio host Rush Limbaugh, the move reeks of \"fear\""
	                    " and desperation."));
	is_str(qkind(&r, 0), "partial", "a fragment inside an according-to clause is partial");
	ok(strstr(span_str(&r, quoteset_get(r.q, 0)->mention), "Rush Limbaugh") != NULL,
	   "with the clause's source");
	is_int(nreported(&r), 0, "the clause holding the quotation is not reported again");
	done(&r);

	r = analyze(NULL, P("At a forum, one questioner claimed that the \"forces of political"
	                    " correctness\" were harming the army."));
	is_str(qkind(&r, 0), "partial", "a fragment inside a claimed-that clause is partial");
	ok(strstr(span_str(&r, quoteset_get(r.q, 0)->mention), "questioner") != NULL,
	   "its mention is the clause's source as written");
	done(&r);

	kind_is(P("Mike Pence said Hillary Clinton thinks this is an episode of \"Shark Tank.\""),
	        "Shark Tank.", "term",
	        "a title inside reported speech stays a term");

	{
		Article *a = make(NULL, P("According to talk radio host Rush Limbaugh, the move reeks of"
		                          " \"fear\" and desperation."));
		QuoteSet *q = quotes_analyze(engine, a, &err);
		is_int(quoteset_count(q), 1, "without reported speech asked for: the quote alone");
		is_str(quote_kind_name(quoteset_get(q, 0)->kind), "partial",
		       "and the same kind as with it");
		quoteset_free(q);
		article_free(a);
	}

	/* ---- the speaker of the sentence, not a noun inside what they say ---- */
	speaker_is(P("House Speaker Paul Ryan said the spate of police shootings and protests"
	             " demands that Americans engage in \"more listening.\""), 0, "Paul Ryan",
	           "a nominal subject inside a named speaker's clause gives way");
	r = analyze(NULL, P("Adam Schiff spoke on Monday about the meddling the California"
	                    " congressman said is designed to \"sow discord.\""));
	is_str(span_str(&r, quoteset_get(r.q, 0)->mention), "the California congressman",
	       "a nominal subject of a plain verb of saying stays the mention");
	done(&r);

	/* ---- a quote goes on in the next paragraph only with the same marks ---- */
	r = analyze(NULL, P("The paper's reporter wrote:",
	                    "\"Trump walked onto the stage, chanting \xE2\x80\x9CU-S-A!\xE2\x80\x9D",
	                    "\xE2\x80\x9CThat's right, Donald,\xE2\x80\x9D Melanie Austin said."));
	is_str(qtext(&r, quoteset_count(r.q) - 1), "That's right, Donald,",
	       "a curly quote after an unclosed straight excerpt is its own quote");
	is_str(qspeaker(&r, quoteset_count(r.q) - 1), "Melanie Austin", "with its own speaker");
	done(&r);

	r = analyze(NULL, P("Ann Lee spoke for an hour.",
	                    "''The first part of a long statement goes on here.",
	                    "''And the second part ends it here,'' she said."));
	is_int(nspeech(&r), 1, "two apostrophes continue a quote over paragraphs too");
	done(&r);

	/* ---- sign text ---- */
	kind_is(P("New signs appeared this month: \"New lower prices. Same high standards,\""
	        " reads one, against a picture of carrots."), NULL, "term",
	        "\"Q,\" reads one (a sign): a term");

	kind_is(P("\"Stop the pipeline now,\" read a banner held by two students."),
	        NULL, "term",
	        "\"Q,\" read a banner: a term");

	/* ---- curly quotes nested in curly quotes ---- */
	r = analyze(NULL, P("\xE2\x80\x9CI'd rather live in what he calls"
	                    " \xE2\x80\x9Chell\xE2\x80\x9D than"
	                    " live in his world.\xE2\x80\x9D \xE2\x80\x95 Adriana Rodarte"));
	is_int(quoteset_count(r.q), 1, "the same curly marks nest when enough closers follow");
	is_str(qspeaker(&r, 0), "Adriana Rodarte", "and the whole quote is signed");
	done(&r);

	r = analyze(NULL, P("Officials called it a \xE2\x80\x9Ctemporary closure. \xE2\x80\x9CThe river is"
	                    " rising,\xE2\x80\x9D Mayor Ann Cole said."));
	is_str(qtext(&r, quoteset_count(r.q) - 1), "The river is rising,",
	       "a stray curly opener is still dropped");
	done(&r);

	/* ---- bodies and people named by a noun speak too ---- */
	r = analyze(NULL, P("The commission says on its website that \"there were issues regarding"
	                    " the audio in the hall.\""));
	is_str(qkind(&r, 0), "partial", "The commission says that \"Q\": partial");
	is_str(span_str(&r, quoteset_get(r.q, 0)->mention), "The commission", "the body is the mention");
	done(&r);

	/* ---- a participle opening the sentence: the main clause's subject ---- */
	r = analyze(NULL, P("Ann Lee wrote a book about her illness.",
	                    "After saying her foot was \xE2\x80\x9Cso swollen I could barely get my shoe"
	                    " on,\xE2\x80\x9D she was rushed to the hospital."));
	size_t k = index_of(&r, "so swollen I could barely get my shoe on,");
	is_str(qkind(&r, k), "partial", "After saying ... \"Q,\" she ...: partial");
	ok(k < quoteset_count(r.q) && !strcmp(span_str(&r, quoteset_get(r.q, k)->mention), "she"),
	   "the main clause's subject");
	is_str(qspeaker(&r, k), "Ann Lee", "resolved");
	done(&r);

	/* ---- a work's title set off by commas ---- */
	kind_is(P("Ouisa Davis' commentary, \"Melania, tell your immigrant story,\" is very"
	        " thoughtful."), NULL, "term",
	        "NOUN-OF-A-WORK, \"Title,\": a term");

	kind_is(P("Kevin McKinley, author of the book, \"Make Your Kid a Millionaire,\""
	        " suggested looking at your card statement."),
	        "Make Your Kid a Millionaire,", "term",
	        "a book's title: a term");

	kind_is(P("Donald Trump sat for an interview this month on Larry King's show,"
	        " \"Politicking.\""), NULL, "term",
	        "a show's title ending the sentence: a term");

	r = analyze(NULL, P("The doctor's letter on Trump was widely ridiculed for its prediction that"
	                    " Trump would be \"the healthiest individual ever elected.\""));
	ok(strcmp(qspeaker(&r, index_of(&r, "the healthiest individual ever elected.")), "Trump"),
	   "a passive cue's mention is not the speaker of the words quoted in its clause");
	done(&r);

	/* A sentence opening with a capitalised cue writes no subject: still
	 * speech, its speaker unknown; "Said NAME:" names it. */
	r = analyze(NULL, P("Calls men rude names, like \"pigs,\" and mocks their looks."));
	is_str(qkind(&r, 0), "partial", "an opening cue without a subject: partial, not a term");
	is_str(qspeaker(&r, 0), "", "... and nobody is guessed for it");
	done(&r);
	kind_is(P("Calls for \"regime change\" grew louder in the capital."), NULL, "term",
	        "Calls for: a noun opening the sentence governs no quote");
	r = analyze(NULL, P("Ryan Ellis, a tax consultant, studied both plans.",
	                    "Said Ellis: \"She has no interest in reform.\""));
	is_str(qspeaker(&r, 0), "Ryan Ellis", "Said NAME: an inverted cue opening the sentence");
	done(&r);

	/* The subject before a participle phrase: "Protesters marching ...
	 * chanted". */
	r = analyze(NULL, P("Protesters marching through the streets chanted \"What curfew?\" and"
	                    " kept going until 2 a.m."));
	is_str(qkind(&r, 0), "partial", "a chant after a subject and its participle phrase: speech");
	is_str(span_str(&r, quoteset_get(r.q, 0)->mention), "Protesters", "... by that subject");
	is_str(qspeaker(&r, 0), "", "... a common noun, no named speaker");
	done(&r);

	quote_engine_free(engine);
	return done_testing();
}
