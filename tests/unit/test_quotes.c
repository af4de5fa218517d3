/* test_quotes.c - quotation spans, kinds, cues and speakers on short
 * news-style paragraphs, one pattern family or failure mode at a time. */
#include "quote_run.h"

/* The first reported speech of PARAS: its clause and its mention as written
 * (or "(none)"). */
static void reported_is(const char *const *paras, const char *text, const char *mention,
                        const char *desc)
{
	Run r = analyze(NULL, paras);
	size_t i = 0;
	while (i < quoteset_count(r.q) && quoteset_get(r.q, i)->kind != QUOTE_INDIRECT)
		i++;
	const Quote *q = quoteset_get(r.q, i);
	is_str(qtext(&r, i), text, "%s: clause", desc);
	is_str(q ? span_str(&r, q->mention) : "(none)", mention, "%s: source", desc);
	done(&r);
}

/* The speaker of the quote whose words are TEXT ("(none)" when no quote
 * has them). */
static const char *speaker_of(const Run *r, const char *text)
{
	for (size_t i = 0; i < quoteset_count(r->q); i++)
		if (!strcmp(qtext(r, i), text))
			return qspeaker(r, i);
	return "(none)";
}

/* One article, one assertion on the speaker of the quote whose words are
 * TEXT. */
static void said_by(const char *const *paras, const char *text, const char *want, const char *desc)
{
	Run r = analyze(NULL, paras);
	is_str(speaker_of(&r, text), want, "%s", desc);
	done(&r);
}

/* The speaker as written at the cue of the quote whose words are TEXT. */
static const char *mention_of(const Run *r, const char *text)
{
	for (size_t i = 0; i < quoteset_count(r->q); i++)
		if (!strcmp(qtext(r, i), text))
			return span_str(r, quoteset_get(r->q, i)->mention);
	return "(none)";
}

/* The cue of the quote whose words are TEXT. */
static const char *cue_of(const Run *r, const char *text)
{
	for (size_t i = 0; i < quoteset_count(r->q); i++)
		if (!strcmp(qtext(r, i), text))
			return span_str(r, quoteset_get(r->q, i)->cue);
	return "(none)";
}

/* The kind of the quote whose words are TEXT. */
static const char *kind_of(const Run *r, const char *text)
{
	for (size_t i = 0; i < quoteset_count(r->q); i++)
		if (!strcmp(qtext(r, i), text))
			return qkind(r, i);
	return "(none)";
}

/* The roles of the first speaker of PARAS, joined by "; " ("" for none). */
static void roles_are(const char *const *paras, const char *want, const char *desc)
{
	Run r = analyze(NULL, paras);
	char got[512] = "";
	const Speaker *s = quoteset_speaker(r.q, 0);
	for (size_t i = 0; s && i < s->nroles; i++)
		snprintf(got + strlen(got), sizeof got - strlen(got), "%s%s", i ? "; " : "",
		         s->roles[i]);
	is_str(got, want, "%s", desc);
	done(&r);
}

/* PARAS report exactly one clause, TEXT. */
static void one_reported(const char *const *paras, const char *text, const char *desc)
{
	Run r = analyze(NULL, paras);
	is_int(nreported(&r), 1, "%s: one report", desc);
	is_str(qtext(&r, 0), text, "%s: clause", desc);
	done(&r);
}

/* The headline TITLE over a plain body reports exactly one clause, TEXT. */
static void headline_reports(const char *title, const char *text, const char *desc)
{
	Run r = analyze(title, P("The council met on Monday."));
	is_int(nreported(&r), 1, "%s: one report", desc);
	is_str(qtext(&r, 0), text, "%s: clause", desc);
	done(&r);
}

static void no_reported(const char *const *paras, const char *desc)
{
	Run r = analyze(NULL, paras);
	is_int(nreported(&r), 0, "%s", desc);
	done(&r);
}

int main(void)
{
	Error err;
	engine = quote_engine_new(&err);
	ok(engine != NULL, "engine builds");

	/* ---- spans ---- */
	Run r = analyze(NULL, P("\"We will win,\" said Jane Smith, the mayor."));
	is_int(quoteset_count(r.q), 1, "straight quotes: one quote");
	is_str(qtext(&r, 0), "We will win,", "straight quotes: inner text");
	is_str(qspeaker(&r, 0), "Jane Smith", "said NAME");
	is_str(span_str(&r, quoteset_get(r.q, 0)->cue), "said", "cue is said");
	is_str(qkind(&r, 0), "direct", "a statement is direct");
	is_str(quoteset_speaker(r.q, 0)->roles[0], "the mayor", "said NAME, ROLE keeps the role");
	done(&r);

	r = analyze(NULL, P("\xE2\x80\x9CIt is over,\xE2\x80\x9D Smith told reporters."));
	is_str(qtext(&r, 0), "It is over,", "curly quotes");
	is_str(qspeaker(&r, 0), "Smith", "NAME told");
	done(&r);

	r = analyze(NULL, P("Mayor Jane Smith said: \"The budget is balanced.\""));
	is_str(qspeaker(&r, 0), "Jane Smith", "NAME said: Q, title stripped");
	is_str(quoteset_speaker(r.q, 0)->roles[0], "Mayor", "title kept as role");
	done(&r);

	r = analyze(NULL, P("\"Talks are the only way,\" said China's Deputy Permanent Representative"
	                    " to the United Nations Amb. Wu Haitao."));
	is_str(qspeaker(&r, 0), "Wu Haitao", "a long role and a courtesy title before the name");
	is_int(quoteset_speaker(r.q, 0)->nroles, 2, "... give two roles");
	is_str(quoteset_speaker(r.q, 0)->roles[1], "Amb.", "... the title one of its own");
	done(&r);

	r = analyze(NULL, P("\"We will not back down,\" said Indiana Gov. Mike Pence."));
	is_str(quoteset_speaker(r.q, 0)->roles[0], "Indiana Gov.", "a short role ending in a title stays whole");
	done(&r);

	r = analyze(NULL, P("Gunter Kuhnle, a professor at the University of Reading, who was not"
	                    " involved in the study, said the category was \"too broad.\""));
	is_str(quoteset_speaker(r.q, 0)->roles[0], "a professor at the University of Reading",
	       "NAME, ROLE, who ...: the role without what they did");
	done(&r);

	/* ---- ROLE, FULL NAME: the role before the name ---- */
	/* A title after a job in lower case is a role of its own; an office's
	 * place is part of it. */
	roles_are(P("Water economist Professor Quentin Grafton said: \"It is the price.\""),
	          "Water economist; Professor", "JOB Professor NAME: two roles");
	roles_are(P("Police spokeswoman Sgt. Kimberly Orr said: \"The road is closed.\""),
	          "Police spokeswoman; Sgt.", "JOB Sgt. NAME: two roles");
	roles_are(P("Senior research fellow Dr Gillian Koh said: \"Prices will rise.\""),
	          "Senior research fellow; Dr", "JOB Dr NAME (no dot): two roles");
	roles_are(P("State Del. Marcia Price said: \"We will vote.\""), "State Del.",
	          "state Del. NAME: one office");
	roles_are(P("The local MP, Damian Holt, warned: \"It is wrong.\""), "The local MP",
	          "ROLE, NAME, said: Q");
	roles_are(P("But the Conservative MP for Ashford, Damian Holt, warned: \"It is wrong.\""),
	          "the Conservative MP for Ashford", "... after a conjunction");
	roles_are(P("Labour's housing spokeswoman, Lisa Nandy, said: \"This is a welcome step.\""),
	          "Labour's housing spokeswoman", "... opening with a possessive");
	roles_are(P("\"We need the homes,\" the party's housing spokeswoman, Lisa Nandy said."),
	          "the party's housing spokeswoman", "Q, ROLE, NAME said");
	roles_are(P("In the end, Lisa Nandy, said: \"This is a welcome step.\""), "",
	          "a phrase after a preposition is no role");
	roles_are(P("After the vote, Lisa Nandy said: \"This is a welcome step.\""), "",
	          "nor after an opening clause");
	speaker_is(P("Ann Hill studies cells.", "The cell, Hill said, \"is always sensing.\""), 0,
	           "Ann Hill", "a parenthetical NAME said");
	roles_are(P("Ann Hill studies cells.", "The cell, Hill said, \"is always sensing.\""), "",
	          "... gives a surname no role");
	/* ---- the role in lower case before the name ---- */
	roles_are(P("\"It is a welcome step,\" former president Bill Clinton said."),
	          "former president", "Q, lower-case ROLE NAME said");
	roles_are(P("Democratic presidential nominee Hillary Clinton said: \"We are ready.\""),
	          "Democratic presidential nominee", "... opening the sentence with a capital");
	roles_are(P("\"We need the homes,\" the shadow housing secretary Lisa Nandy said."),
	          "shadow housing secretary", "... a modifier before the title, after an article");
	roles_are(P("Voters cheered when housing secretary Lisa Nandy said: \"We need homes.\""),
	          "secretary", "... but not one after a verb or a conjunction");
	roles_are(P("\"We need homes,\" as housing secretary Lisa Nandy said on Monday."),
	          "secretary", "... nor one after a joining word");
	speaker_is(P("\"I have no recollection,\" said Prince Andrew."), 0, "Prince Andrew",
	           "a crown's title stays with a one-word name");
	speaker_is(P("\"I am delighted,\" Queen Elizabeth II said."), 0, "Queen Elizabeth II",
	           "... and a regnal number");
	speaker_is(P("\"We are grateful,\" said Pope Francis."), 0, "Pope Francis", "... a pope's too");
	roles_are(P("Moderator Julie Park asked: \"Where will the money come from?\""), "Moderator",
	          "a moderator's title is a role");
	speaker_is(P("Ursula von der Leyen arrived in Geneva on Monday for the talks.",
	             "\"We are ready,\" Leyen said."), 0, "Ursula von der Leyen",
	           "a full name with particles written before is the surname's");
	speaker_is(P("Bill de Blasio arrived in Geneva on Monday for the talks.",
	             "\"We are ready,\" de Blasio said."), 0, "Bill de Blasio", "... 'de Blasio' too");
	speaker_is(P("Sen. Maria Lopez voted no on Monday.",
	             "Her office said she would explain her vote on Tuesday."), 0, "Maria Lopez",
	           "'Her office said': the woman who opened the sentence before");
	speaker_is(P("\"We are ready,\" said Martin Luther King III.", "\"We are ready,\" King said."), 1,
	           "Martin Luther King III", "a title word last after a given and a middle name is a surname");
	speaker_is(P("Howard Dean arrived in Geneva on Monday for the talks.",
	             "\"We are ready,\" Dean said."), 0, "Howard Dean",
	           "a surname that is a title takes the full name written before, speaker or not");
	/* ---- an appositive that is no role ---- */
	roles_are(P("\"It can be traced to Moscow,\" said Adam Schiff, 56, the top Democrat on the"
	            " committee."),
	          "the top Democrat on the committee", "the age before the role is left out");
	roles_are(P("Hillary Clinton, at a later press gaggle, said, \"I have been briefed.\""), "",
	          "where they spoke is no role");
	roles_are(P("\"Loopholes help billionaires,\" said Bernie Sanders, whose campaign began in"
	            " Vermont."),
	          "", "nor a relative clause");
	roles_are(P("Linda Alvarez, asked whether fees would rise, said: \"Everything is on the table.\""),
	          "", "nor a participle and what it governs set off after the name");
	roles_are(P("Tom Reyes, reached by phone, said: \"I have not seen it.\""), "",
	          "... with its agent or a place");
	roles_are(P("Tom Reyes, smiling, said: \"I have not seen it.\""), "", "... or alone");
	roles_are(P("Tom Reyes, for his part, said: \"I have not seen it.\""), "",
	          "... nor a sentence adverb: 'for his part'");
	roles_are(P("Tom Reyes, too, said: \"I have not seen it.\"",
	            "Ann Lee, of course, said: \"Nor have I.\""),
	          "", "... 'too', 'of course'");
	roles_are(P("Tom Reyes, acting director of the agency, said: \"I have not seen it.\""),
	          "acting director of the agency", "but a participle before a noun opens a role");
	roles_are(P("\"It was the least bad outcome,\" Mr. Morgan of the Sierra Club said."),
	          "of the Sierra Club", "an affiliation is one");
	roles_are(P("\"We will win,\" Mr. Obama said.", "\"We will,\" Ms. Lee said."), "",
	          "a courtesy title ('Mr.', 'Ms.') is no role");
	roles_are(P("Deputy Director of Public Prosecution Eva-Marie Persson took the decision.",
	            "Ms Persson said: \"I would like to emphasise this.\""),
	          "Deputy Director of Public Prosecution",
	          "TITLE of OFFICE WORDS GIVEN-NAME SURNAME: the office words are the title's");
	roles_are(P("Gov. Earl Ray Tomblin said: \"We will act.\""), "Gov.",
	          "a title without 'of' leaves three names whole");
	roles_are(P("Ruth Ames, 74, says she will not go quietly."), "", "an age alone is no role");
	roles_are(P("\"We will act,\" said Jerry Brown, who's created a stir at the talks."), "",
	          "nor is a relative clause opening with \"who's\"");

	r = analyze(NULL, P("Officials will return the cat to Viktor Usov, its owner.",
	                    "\"We never thought we would see her again,\" Usov said."));
	is_str(qspeaker(&r, 0), "Viktor Usov",
	       "a lone surname speaks for the full name written after a preposition before");
	done(&r);
	r = analyze(NULL, P("She teaches at Lake Tahoe Community College.",
	                    "\"We will read it,\" Tahoe said."));
	is_str(qspeaker(&r, 0), "Tahoe", "but not for a longer run it does not end");
	done(&r);
	r = analyze(NULL, P("Old Hands Help Russia Win.", "\"We will,\" Russia said."));
	is_str(qspeaker(&r, 0), "Russia", "nor for a title-case headline's words");
	done(&r);

	r = analyze(NULL, P("Regan is a Southeastern Connecticut native living in Boston. After six"
	                    " years away, she said \"New England is home.\""));
	is_str(qspeaker(&r, 0), "", "a place after 'a' is nobody 'she' can be");
	done(&r);
	roles_are(P("He hosted a live show called \"Ask Dr. Mike\" for years.",
	            "\"I never slept,\" Mike said."),
	          "", "a name run that is all a quotation holds is a title's: no role from it");

	r = analyze(NULL, P("Sitting in my bedroom, controller in hand, streaming the game at full"
	                    " resolution, I couldn't help but feel a little astounded."));
	is_str(qspeaker(&r, 0), "", "a participle in -ing opening the sentence before a preposition"
	       " is nobody's name");
	done(&r);

	r = analyze(NULL, P("Tom Johnston and Patrick Simmons will tour together.",
	                    "After their jam \"Black Water,\" Simmons teed up the cameo. \"You might"
	                    " remember him,\" he said."));
	is_str(qspeaker(&r, 1), "Patrick Simmons",
	       "the subject after an opener ending in a quoted title is who 'he' is");
	done(&r);

	r = analyze(NULL, P("Recent Samsung smart TVs include the app, unlike recent models.",
	                    "On the day that Samsung announced the features were shipping, we went."));
	is_str(qspeaker(&r, 0), "Samsung",
	       "a word that only opens the sentence, written in lower case elsewhere, is no part of"
	       " the name");
	done(&r);
	r = analyze(NULL, P("Big Machine Records owns the masters, unlike big labels.",
	                    "On Monday, Big Machine Records said the claims were false."));
	is_str(qspeaker(&r, 0), "Big Machine Records", "... unless the rest is never written alone");
	done(&r);

	r = analyze(NULL, P("The company that runs the AMAs, Dick Clark Productions, denies that"
	                    " anything has been sorted."));
	is_str(qspeaker(&r, 0), "Dick Clark Productions",
	       "NOUN that VERBS THE NAME, BODY, said: the appositive names the phrase, not the object");
	done(&r);
	r = analyze(NULL, P("Dick Clark Productions runs the awards.",
	                    "\"We have no further comment,\" the production company said."));
	is_str(qspeaker(&r, 0), "Dick Clark Productions",
	       "a body named 'Productions' is the company a nominal speaks for");
	done(&r);

	r = analyze(NULL, P("Tom Forte, an analyst at Telsey Group, said \"prices will fall.\""));
	is_str(qspeaker(&r, 0), "Tom Forte", "NAME, ROLE, said Q");
	is_str(qkind(&r, 0), "partial", "a fragment after said is partial");
	done(&r);

	r = analyze(NULL, P("\"We are ready,\" he said. \"We have always been ready.\"",
	                    NULL));
	is_int(nspeech(&r), 2, "two quotes around one cue");
	done(&r);

	r = analyze(NULL, P("Ann Lee runs the shelter.",
	                    "\"We are ready,\" she said. \"We have always been ready.\""));
	is_str(qspeaker(&r, 0), "Ann Lee", "pronoun to the subject before it");
	is_str(qspeaker(&r, 1), "Ann Lee", "the second part inherits the speaker");
	done(&r);

	speaker_is(P("\"It was a mistake,\" Bob Alverson said. \"We fixed it.\"",
	                    "\"Now the fish come back every year and the boats go out again,\" he added."), 2, "Bob Alverson", "he added: most recent speaker");

	r = analyze(NULL, P("The senator rejected the plan, saying \"it is dead on arrival.\""));
	is_str(span_str(&r, quoteset_get(r.q, 0)->cue), "saying", "participle cue");
	is_str(span_str(&r, quoteset_get(r.q, 0)->mention), "The senator", "participle: clause subject");
	done(&r);

	r = analyze(NULL, P("Ruth Ng spoke for an hour.",
	                    "\"The first part of a long statement goes on here.",
	                    "\"And the second part ends it here.\" she said."));
	is_int(nspeech(&r), 1, "a quote over two paragraphs is one quote");
	ok(strstr(qtext(&r, 0), "second part") != NULL, "the multi-paragraph quote holds both");
	done(&r);

	r = analyze(NULL, P("It's the country's 5'10\" rule, and we don't know the '90s rules,"
	                    " Dan Ames said."));
	is_int(quoteset_count(r.q) - nreported(&r), 0, "apostrophes and primes are not quotes");
	done(&r);

	r = analyze(NULL, P("'It's rock 'n' roll economics,' Dan Ames said of the plan."));
	is_int(nspeech(&r), 1, "the apostrophes of 'n' (and) are not marks");
	is_str(qtext(&r, 0), "It's rock 'n' roll economics,", "the quote runs past them");
	done(&r);

	r = analyze(NULL, P("He measured 6\" of rain. \"The roads are closed,\" Kim Park said."));
	is_int(nspeech(&r), 1, "a prime before a quote does not pair with it");
	is_str(qtext(&r, 0), "The roads are closed,", "the real quote is found");
	done(&r);

	r = analyze(NULL, P("Officials called it a \"temporary closure. \"The river is rising,\""
	                    " Mayor Ann Cole said."));
	is_str(qtext(&r, quoteset_count(r.q) - 1), "The river is rising,",
	       "an unclosed mark stays in its paragraph");
	is_str(qspeaker(&r, quoteset_count(r.q) - 1), "Ann Cole", "and the next quote is whole");
	done(&r);

	r = analyze(NULL, P("\xC2\xAB" "Nous sommes pr\xC3\xAAts\xC2\xBB, a d\xC3\xA9" "clar\xC3\xA9 Jean Dupont,"
	                    " said Marie Curie, the minister."));
	is_str(qtext(&r, 0), "Nous sommes pr\xC3\xAAts", "guillemets");
	done(&r);

	r = analyze(NULL, P("The minister said \xE2\x80\x9E" "Wir schaffen das\xE2\x80\x9C yesterday."));
	is_str(qtext(&r, 0), "Wir schaffen das", "low-high marks");
	done(&r);

	r = analyze(NULL, P("\"He told me 'never again' and left,\" said Lena Ortiz."));
	is_int(quoteset_count(r.q), 1, "a nested quote stays inside its quote");
	is_str(qtext(&r, 0), "He told me 'never again' and left,", "nested: outer text");
	done(&r);

	r = analyze("Tillerson: 'North Korea Must Earn Its Way Back To The Table'",
	            P("Secretary of State Rex Tillerson spoke on Friday.",
	              "\"We are clear,\" Tillerson said."));
	is_str(qkind(&r, 0), "headline", "single quotes in a headline");
	is_str(qspeaker(&r, 0), "Rex Tillerson", "NAME: 'Q' resolves the surname");
	is_str(qspeaker(&r, 1), "Rex Tillerson", "surname to full name");
	done(&r);

	r = analyze("MORALES: 'We Will Win This District'",
	            P("Democrat Elena Morales declared victory on Tuesday.",
	              "\"I'd welcome the call,\" she said."));
	is_str(qspeaker(&r, 0), "Elena Morales", "NAME in capitals: 'Q' is the person the text names");
	done(&r);

	r = analyze(NULL, P("Republican Grant Whitaker refused to concede on Tuesday.", "WHITAKER: 'This isn't over'",
	                    "\"We will count every vote,\" Whitaker said."));
	is_int(quoteset_count(r.q), 3, "a subheading's quotation is one quotation, no report of it too");
	is_str(kind_of(&r, "This isn't over"), "headline", "NAME: 'Q' alone in a paragraph: a subheading");
	is_str(speaker_of(&r, "This isn't over"), "Grant Whitaker", "a subheading's NAME: 'Q' is NAME's");
	done(&r);

	r = analyze(NULL, P("Britain's deal was signed.", "Ms. Hart: 'It was a good day' was the lead."));
	ok(strcmp(kind_of(&r, "It was a good day"), "headline"), "a sentence that goes on is no subheading");
	done(&r);

	r = analyze(NULL, P("The so-called \"superbug\" spreads in hospitals, doctors fear."));
	is_str(qkind(&r, 1), "term", "scare quotes are a term");
	is_str(qkind(&r, 0), "indirect", "inside what the doctors fear");
	is_int(nspeech(&r), 0, "a term is not speech");
	done(&r);

	r = analyze(NULL, P("Stores put up signs reading \"Fresh Alaskan Halibut Here\" all week."));
	is_str(qkind(&r, 0), "term", "sign text is a term");
	done(&r);

	r = analyze(NULL, P("\"The talks failed,\" the State Department said."));
	is_str(qspeaker(&r, 0), "State Department", "an organisation speaks");
	ok(quoteset_speaker(r.q, 0)->is_org, "marked as an organisation");
	done(&r);

	/* ---- nominals: the titled person, the person an appositive names ---- */
	speaker_is(P("Police said the man surrendered after six hours in the house.",
	             "He fired two shots at officers, according to the Riverside Police Department."),
	           0, "Riverside Police Department", "police: the force the next paragraphs name");
	speaker_is(P("Police Chief Ron Thomas arrived at noon.", "\"We will act,\" the police chief said."),
	           0, "Ron Thomas", "the police chief: the person titled Chief");
	speaker_is(P("Police Chief Ron Thomas arrived at noon.",
	                    "The chief said the department would add patrols."), 0, "Ron Thomas", "the chief said CLAUSE");
	roles_are(P("Police Chief Ron Thomas arrived at noon.", "\"We will act,\" the chief said."),
	          "Police Chief", "'the chief' adds no role to a Police Chief");
	speaker_is(P("Nasser's daughter, Sara, said he ran the store for 20 years.",
	             "\"Everyone knew him,\" she said."),
	           0, "Sara", "ROLE, GIVEN NAME, said: the person named");
	speaker_is(P("Protesters were killed in 21 cities, said Amnesty International on Tuesday."), 0,
	           "Amnesty International", "a day after the name is no part of it");
	/* ---- "the agency added": the body that spoke last ---- */
	speaker_is(P("The Federal Aviation Administration said it had found \"quality issues\" at"
	                    " the plant. The agency added that inspections would continue."), 1, "Federal Aviation Administration", "the agency: the body that spoke last");
	speaker_is(P("Alaska Airlines said it expected to fly again next week.",
	             "\"Safety is our top priority,\" the airline said in a statement."),
	           1, "Alaska Airlines", "the airline: the same");
	speaker_is(P("The Office of Emergency Services said it had asked for answers.",
	             "\"They failed to share details,\" the commission said."),
	           1, "", "a head that names another kind of body is not it");
	speaker_is(P("The Federal Aviation Administration said it found problems.", "Ann Hill flew home.",
	             "Bob Lee stayed.", "\"Safety is our top priority,\" the agency said."),
	           1, "", "nor a body that spoke paragraphs before");
	speaker_is(P("Alaska Airlines said it expected to fly again next week.", "Ann Hill flew home.",
	             "Bob Lee stayed.", "\"Safety is our top priority,\" the airline said."),
	           1, "Alaska Airlines", "but 'the airline' is the one airline named");
	speaker_is(P("The Federal Aviation Administration said it had found problems."
	                    " It added that inspections would continue."), 1, "Federal Aviation Administration", "It added: the body that spoke last");
	speaker_is(P("Ann Hill said the plant was safe. It added nothing to the debate."), 1, "", "It said: nobody when the last to speak is a person");
	speaker_is(P("Castlegate Steel announced 300 job cuts. The company said on Friday that it"
	             " regretted the decision."),
	           1, "Castlegate Steel", "the company: the name before, which no given name opens");
	speaker_is(P("Valley Fresh Markets said prices would rise. It said it would keep stores open."), 1,
	           "Valley Fresh Markets", "It said: ... and so for \"it\"");
	speaker_is(P("Ramon Delgado said prices would rise. The company said it would keep stores open."), 1,
	           "", "... but not a person's full name");
	speaker_is(P("The Pew Research Center said most adults disagreed. The center said the margin of"
	             " error is 2 points."),
	           1, "Pew Research Center", "the center: the Center that spoke");
	speaker_is(P("Northshire Police said a man was arrested. The force said he was 34."), 1,
	           "Northshire Police", "the force: the police that spoke");
	speaker_is(P("The Israeli Air Force said it struck targets. The force said two planes took part."),
	           1, "Israeli Air Force", "... or a force by name");
	speaker_is(P("\"Demand is weak,\" said Ann Hill, an analyst.",
	             "Acme Corp. posted a loss. It said demand for its printers fell."),
	           1, "Acme Corp.", "It said: the body the sentence before opens with");
	speaker_is(P("The Labor Department said hiring slowed in May.",
	             "Meanwhile, Norwell Systems reported a profit. It said sales rose 4 percent."),
	           1, "Norwell Systems", "... after a sentence adverb, not the body that spoke last");
	speaker_is(P("Norwell Systems said it would cut jobs.", "\"We are right,\" said Ann Hill.",
	             "Norwell, founded in 1998, employs 6,000 people. It said sales rose 4 percent."),
	           2, "Norwell Systems", "... or its short name");
	speaker_is(P("Acme Corp. posted a loss.", "Ann Hill flew home. It said nothing to her."),
	           0, "", "... in the same paragraph only");
	speaker_is(P("Tom Reed spoke to the council on Monday, saying that it calls \"into question"
	             " the whole plan.\""),
	           0, "Tom Reed", "'saying that it calls': it is no speaker");
	speaker_is(P("Critically, however, it pointed out that it has no power to act."), 0, "", "an adverb opening the sentence is no name");
	/* ---- surnames that are also titles ---- */
	speaker_is(P("\"Tariffs are a tax,\" said Howard Dean.", "\"They hurt,\" Dean said."), 1,
	           "Howard Dean", "GIVEN TITLE-WORD is a full name, and the title word its surname");
	speaker_is(P("\"Tariffs are a tax,\" said Lawrence White, a professor."), 0, "Lawrence White",
	           "... White");
	roles_are(P("\"Tariffs are a tax,\" said Ann Chancellor.", "\"They hurt,\" Chancellor said."),
	          "", "... and the surname alone is no role");
	speaker_is(P("\"We won,\" said the coach of Virginia State."), 0, "",
	           "a place's title word stays a title");
	/* ---- particles inside names; names in a list ---- */
	r = analyze(NULL, P("De Blasio said there was no threat.",
	                    "\"It was an intentional act,\" Mayor Bill de Blasio said."));
	is_str(qspeaker(&r, 1), "Bill de Blasio", "a particle inside the name");
	is_int(quoteset_speaker_count(r.q), 1, "... 'De Blasio' is the same person");
	done(&r);
	roles_are(P("\"We played all night,\" said singers Tom Johnston and Pat Simmons."), "",
	          "a name before 'and' is no role");
	speaker_is(P("\"There was no indication,\" said Prince Andrew.",
	             "Andrew doesn't remember the party, but he remembers the pizza.",
	             "\"It is an unusual thing for me to do,\" he said."),
	           1, "Prince Andrew", "he: a given name alone opening the sentence since the last quote");
	speaker_is(P("\"We will win,\" said Barack Obama.", "Hillary has new songs.",
	             "\"The vote is against Trump,\" he said."),
	           1, "Barack Obama", "... not one of the other sex");
	/* ---- common nouns opening a sentence are no names ---- */
	speaker_is(P("Polls show a close race in the state, and Ann Hill agrees."), 0, "", "Polls show CLAUSE: no speaker named Polls");
	speaker_is(P("\"Fund our schools,\" Teachers chanted outside."), 0, "", "Teachers chanted: nobody named Teachers");
	speaker_is(P("The United States said it would lift the restrictions."), 0, "United States", "the United States: a body, not 'States'");
	speaker_is(P("\"We will act,\" said Tom Reed.", "The study found that costs rose by a third."), 1,
	           "", "'The study found': a text, not the latest speaker");
	r = analyze("Poll: Clinton and Trump in dead heat before the debate", P("The race is close."));
	is_int(nreported(&r), 1, "a headline's 'Poll:' reports what follows");
	done(&r);
	r = analyze("Fact Check: The mayor did not cut the police budget", P("The race is close."));
	is_int(nreported(&r), 0, "'Fact Check:' labels the headline, nobody says it");
	done(&r);
	r = analyze("Superbugs: What They Are and When to Worry", P("The race is close."));
	is_int(nreported(&r), 0, "'TOPIC: What ...' in a headline asks, it reports nothing");
	done(&r);
	/* ---- a spokesman speaks for the body ---- */
	speaker_is(P("\"We have full confidence,\" a State Department spokesman said."), 0,
	           "State Department", "a BODY spokesman said");
	speaker_is(P("\"We have full confidence,\" a spokeswoman for the State Department said."), 0,
	           "State Department", "a spokeswoman for BODY said");
	speaker_is(P("\"We have full confidence,\" said a spokesperson for the Foreign Office."), 0,
	           "Foreign Office", "said a spokesperson for BODY");
	r = analyze(NULL, P("\"We have full confidence,\" a spokesman for the State Department said."));
	is_str(mention_of(&r, "We have full confidence,"), "a spokesman for the State Department",
	       "... the mention as written");
	done(&r);
	speaker_is(P("\"We regret it,\" a spokesman for the company said."), 0, "",
	           "a spokesman for a company not named: nobody");
	/* ---- "the federation said": a body the text named, quoted or not ---- */
	speaker_is(P("The National Housing Federation welcomed the plan.",
	             "\"This is a start,\" the federation said."),
	           0, "National Housing Federation", "the HEAD said: the body whose name ends in it");
	speaker_is(P("Acme Corp cut 300 jobs on Monday.",
	             "\"This was a hard decision,\" the company said in a statement."),
	           0, "Acme Corp", "the company said: the one company named");
	speaker_is(P("Acme Corp and Zenith Group merged.", "\"It is a good day,\" the company said."),
	           0, "", "two companies in view: neither");
	speaker_is(P("Zenith Foods said sales rose. Zenith Foods stores are full.",
	             "Zenith Foods opened a shop on Friday. Its supplier, Acme Corp, was there.",
	             "\"Prices will stay low,\" the company said."),
	           0, "Zenith Foods", "the company the text keeps naming, not the nearest");
	speaker_is(P("Acme Productions Group and Zenith Media Group disagree.",
	             "\"We never agreed,\" the production company said."),
	           0, "Acme Productions Group", "the word before the head narrows it down");
	speaker_is(P("The First National Bank opened.", "\"Rates will rise,\" the agency said."), 0,
	           "", "no body of that kind: nobody");
	roles_are(P("\"It is clear,\" said Vasily Nebenzya, Russia's ambassador.",
	            "\"One step could lead to ruin,\" the Russian said."),
	          "Russia's ambassador", "'the Russian' adds no role: the country is kept apart");
	speaker_is(P("Robert M. Danin is a fellow.", "\"It is structural,\" Danin said."), 0, "Robert M. Danin", "initials: Danin is Robert M. Danin");

	r = analyze(NULL, P("But Russia's ambassador to the UN, Vasily Nebenzya said, \"it is clear.\"",
	                    "\"One step could lead to ruin,\" the Russian said."));
	is_str(qspeaker(&r, 1), "Vasily Nebenzya", "the Russian: nationality from the role");
	is_int(quoteset_speaker_count(r.q), 1, "one speaker entity");
	is_int(quoteset_speaker(r.q, 0)->quote_count, 2, "with two quotes");
	done(&r);

	speaker_is(P("Costs rose \"sharply,\" according to Maria Lopez, an economist."), 0, "Maria Lopez", "according to NAME");

	/* An aside in -ing with its object is what one was doing, no role. */
	roles_are(P("Solicitor General Elizabeth Prelogar, defending the law for the administration,"
	            " said China could use the app to \"harass, recruit and spy.\""),
	          "Solicitor General", "NAME, VERBing the THING, said: no role of hers");

	/* A noun for a person right before a name is a role. */
	roles_are(P("\"I waited two hours,\" said voter Tamika Brown."), "voter",
	          "said NOUN NAME: the noun is the role");
	roles_are(P("Hungarian-American investor George Soros said markets were calm."),
	          "Hungarian-American investor", "... with its modifier, opening the sentence");
	roles_are(P("RT is the network President Vladimir Putin founded. Putin said it was free."),
	          "President", "... but not a noun for a body: the network is no role of Putin's");

	/* A title with "and" in it, before a name set off by an appositive. */
	roles_are(P("Health and Human Services Secretary Robert F. Kennedy Jr., a longtime vaccine"
	            " skeptic, said the decision was personal."),
	          "a longtime vaccine skeptic; Health and Human Services Secretary",
	          "TITLE and TITLE WORDS NAME, ROLE, said: the whole title");

	/* "Ald." is a title and no sentence's end. */
	r = analyze(NULL, P("But Ald. Maria Hadden said the city could not afford it."));
	is_str(qspeaker(&r, 0), "Maria Hadden", "Ald. NAME said: the name after the abbreviation");
	done(&r);
	roles_are(P("But Ald. Maria Hadden said the city could not afford it."), "Ald.",
	          "... and Ald. her role");

	/* "Experts not involved in the research said": the experts. */
	r = analyze(NULL, P("Experts not involved in the research called it \"robust.\""));
	is_str(kind_of(&r, "robust."), "partial", "NOUN not VERBed in X called it \"Q\": their words");
	is_str(mention_of(&r, "robust."), "Experts not involved in the research", "... the whole phrase");
	done(&r);
	r = analyze(NULL, P("Residents displaced by the fire said the city had \"abandoned\" them."));
	is_str(mention_of(&r, "abandoned"), "Residents displaced by the fire",
	       "NOUN VERBed by X said: the phrase");
	done(&r);

	/* "Jones' spokesman": a possessive written with the apostrophe alone. */
	said_by(P("Doug Jones said the plan was fine. \"We will win,\" Jones' spokesman said."),
	        "We will win,", "Doug Jones", "SURNAME-IN-s' spokesman said: the owner speaks");

	/* "NAME of the Congress party said": NAME, the party a role. */
	said_by(P("Opposition leader Rahul Gandhi of the Congress party said the result was \"a"
	          " message.\""),
	        "a message.", "Rahul Gandhi", "FULL NAME of the NOUN PARTY said: the person");

	/* "A friend of NAME said": the friend, not NAME. */
	r = analyze(NULL, P("A former business partner of Samuel Okafor testified Tuesday that the"
	                    " defendant lied.",
	                    "A close friend of Ann Lee said she was innocent."));
	is_str(qspeaker(&r, 0), "", "a partner of NAME testified: not NAME");
	is_str(qspeaker(&r, 1), "", "a friend of NAME said: not NAME");
	is_int((int)quoteset_speaker_count(r.q), 0, "... no speaker at all");
	done(&r);

	/* An approximation opening the lead is nobody's name. */
	r = analyze(NULL, P("BAKU, Azerbaijan — Nearly 200 countries agreed early Sunday to triple the"
	                    " money flowing to poorer nations."));
	is_int((int)quoteset_speaker_count(r.q), 0, "Nearly 200 countries agreed: no speaker Nearly");
	done(&r);
	/* "talks that" after an adjective: the noun, and its relative clause. */
	no_reported(P("The deal ended two weeks of acrimonious talks that delegates hated."),
	            "NOUN talks that CLAUSE: a relative clause, no report");

	/* "for a" inside a body's name. */
	speaker_is(P("The Committee for a Responsible Federal Budget reported that the plans would cost"
	             " $150 billion."),
	           0, "Committee for a Responsible Federal Budget", "NAME for a NAME: one body");

	/* A plural noun for people opening its sentence is nobody's name. */
	r = analyze(NULL, P("Proponents urged Congress to leave the program intact.",
	                    "Skeptics said the plan would fail."));
	is_int((int)quoteset_speaker_count(r.q), 0, "Proponents, Skeptics: common nouns, no speakers");
	done(&r);

	/* Titles of city and state legislators are roles, not names. */
	r = analyze(NULL, P("Assemblymember Lisa Calderon, a Democrat from Whittier, said she would"
	                    " introduce a bill.",
	                    "Councillor Ann Price said the vote was close."));
	is_str(qspeaker(&r, 0), "Lisa Calderon", "Assemblymember NAME: the title is a role");
	is_str(qspeaker(&r, 1), "Ann Price", "Councillor NAME: the title is a role");
	done(&r);

	/* "he" after someone the text brings in unnamed is that one: nobody. */
	r = analyze(NULL, P("Chief Joe Tyler said crews were tired.",
	                    "One firefighter, who asked not to be named, said morale was low."
	                    " \"Guys are burned out,\" he said."));
	is_str(speaker_of(&r, "Guys are burned out,"), "",
	       "a NOUN said ... \"Q,\" he said: the unnamed one, not the latest named");
	done(&r);
	r = analyze(NULL, P("Hillary Clinton spoke at the forum.",
	                    "The former first lady and senator said it was a mistake to use the"
	                    " server. She denied that she mishandled classified information."));
	is_str(speaker_of(&r, "she mishandled classified information"), "Hillary Clinton",
	       "... but not after a NOUN describing someone named");
	done(&r);

	/* A paragraph of quotation after a sentence whose subject does several
	 * things, the last a report: that subject's. */
	said_by(P("Cal Fire Chief Joe Tyler stood at the edge of a blackened hillside on Tuesday and"
	          " described what his crews had faced.",
	          "\"We used to talk about a fire season. Now it's a fire year.\""),
	        "We used to talk about a fire season. Now it's a fire year.", "Joe Tyler",
	        "NAME VERBed ... and described: the next paragraph's quotation is NAME's");
	said_by(P("Cal Fire Chief Joe Tyler stood on the hillside as his deputy described what"
	          " the crews had faced.",
	          "\"We used to talk about a fire season.\""),
	        "We used to talk about a fire season.", "",
	        "... not past a clause of another subject");
	/* A clause a conjunction opens after a quotation is the writer's. */
	r = analyze(NULL, P("Hillary Clinton spoke at the forum.",
	                    "The former first lady said it was \"a mistake,\" but she denied that she"
	                    " mishandled classified information."));
	is_str(cue_of(&r, "a mistake,"), "said", "said ... \"Q,\" but she denied: the quote's cue is said");
	is_str(speaker_of(&r, "she mishandled classified information"), "Hillary Clinton",
	       "... and the report after but is hers");
	done(&r);

	/* A participle after a term that ends on its comma reports. */
	reported_is(P("Chuck Schumer fired back on \"Meet the Press,\" saying Republicans had refused"
	              " to negotiate."),
	            "Republicans had refused to negotiate", "Chuck Schumer",
	            "on \"Title,\" saying CLAUSE: the comma inside the marks");

	/* Where words were posted is not who posted them. */
	said_by(P("Rep. Alexandria Ocasio-Cortez accused Republicans of \"playing chicken with"
	          " people's lives\" in a post on X."),
	        "playing chicken with people's lives", "Alexandria Ocasio-Cortez",
	        "accused ... of \"Q\" in a post on X: the subject's, not X's");

	/* "it" after a body's institution is the institution, not its owner. */
	said_by(P("Ukraine's air force said it shot down 76 of the drones. Another 20 were \"lost\" to"
	          " electronic warfare, it said."),
	        "lost", "Ukraine's air force", "COUNTRY's NOUN said ... it said: the NOUN's, not COUNTRY's");

	/* Two countries' ministries of one name are two bodies. */
	r = analyze(NULL, P("Israel's Foreign Ministry called the remarks \"shameful.\"",
	                    "Iran's Foreign Ministry said the strikes were \"a violation of law.\"",
	                    "The ministry added that it would respond."));
	is_int(quoteset_speaker_count(r.q), 2, "COUNTRY's Foreign Ministry: one body per country");
	is_str(speaker_of(&r, "shameful."), "Israel's Foreign Ministry", "... named with its country");
	is_str(speaker_of(&r, "it would respond"), "Iran's Foreign Ministry",
	       "... and the ministry is the latest one");
	done(&r);

	/* The "Un" of a Korean name is not the UN. */
	speaker_is(P("Kim Jong Un said the test was a success."), 0, "Kim Jong Un",
	           "Kim Jong Un: Un is a name's part, not the initials UN");
	roles_are(P("UN envoy Ann Lee said the talks would resume."), "UN envoy",
	          "... UN in capitals still a title");

	/* A fragment's words are its clause's subject's, not the outlet's
	 * that relays them. */
	said_by(P("Kim Jong Un, meanwhile, warned that Pyongyang would \"respond mercilessly\" to any"
	          " provocation, state media reported."),
	        "respond mercilessly", "Kim Jong Un",
	        "X warned that ... \"Q\" ..., state media reported: X's");
	said_by(P("Zakharova dismissed the pledge as \"empty words,\" Russian state media reported."),
	        "empty words,", "Zakharova", "X dismissed ... as \"Q,\" OUTLET reported: X's");
	r = analyze(NULL, P("Bernie Sanders said the rules were rigged. The loopholes he cited are \"the"
	                    " ability to use real estate losses to offset other income,\" The Hill"
	                    " reported."));
	is_str(cue_of(&r, "the ability to use real estate losses to offset other income,"), "reported",
	       "the NOUN he cited are \"Q,\" OUTLET reported: the fragment is the outlet's words");
	done(&r);

	/* A nationality standing for the person just spoken of. */
	r = analyze(NULL, P("Manchester City manager Pep Guardiola admitted his side were \"not good"
	                    " enough.\"",
	                    "\"We are fragile,\" the Spaniard told BBC Sport.",
	                    "Tottenham boss Ange Postecoglou praised his players' discipline. \"We were"
	                    " brave,\" the Australian said."));
	is_str(speaker_of(&r, "We are fragile,"), "Pep Guardiola",
	       "the Spaniard: a word for a nation's people, and the person spoken of just before");
	is_str(speaker_of(&r, "We were brave,"), "Ange Postecoglou",
	       "the Australian: the person named just before, from nowhere known");
	is_int(quoteset_speaker_count(r.q), 2, "... and no speaker called Spaniard");
	done(&r);
	speaker_is(P("U.S. Secretary of State Marco Rubio said the talks were useful.",
	             "\"We will act,\" the Russian said."),
	           1, "", "the Russian: not the latest speaker, whose country is another");
	speaker_is(P("Sergei Lavrov met Marco Rubio in Riyadh.",
	             "Rubio said the talks were useful. \"We will act,\" the Russian said."),
	           1, "", "the Russian: not the latest speaker when another person was named there");

	speaker_is(P("\"It is unfair\" for them, said China's envoy Amb. Wu Haitao."), 0, "Wu Haitao", "said ROLE NAME after words between");

	r = analyze(NULL, P("\"Nobody knows what happens next in the talks,\" a resident shouted."));
	is_str(qspeaker(&r, 0), "", "weak evidence: no speaker");
	ok(quoteset_get(r.q, 0)->confidence < 0.5, "weak evidence: low confidence");
	done(&r);


	r = analyze(NULL, P("\u201CIt was an attempt to mislead voters,\u2019\u2019 Will Moy told the BBC."
	                    " \u201CAnd it is misleading.\u201D"));
	is_int(nspeech(&r), 2, "two right single marks close a curly double quote");
	is_str(qtext(&r, 0), "It was an attempt to mislead voters,", "... where it ends");
	is_str(qspeaker(&r, 1), "Will Moy", "... and the quote after it is the same speaker's");
	done(&r);
	r = analyze(NULL, P("''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist."));
	is_str(qtext(&r, 0), "This isn't tax reform,", "two apostrophes make a double mark");
	is_str(qspeaker(&r, 0), "Douglas Holtz-Eakin", "and the quote is attributed");
	done(&r);

	speaker_is(P("\"It's an invasion,\" Scott Pruitt, the attorney general of Oklahoma,"
	                    " one of the states suing, said on Monday."), 0, "Scott Pruitt", "two appositives between name and cue");

	speaker_is(P("The agency may wait until the talks end, Adam Schiff said. \"The other"
	                    " factor is the election and how it looks.\""), 1, "Adam Schiff", "the cue ends the sentence before the quote");

	speaker_is(P("\"The rationales don't hold weight,\" said 9/11 widow Terry Strada."), 0, "Terry Strada", "numbers among the role words");

	r = analyze(NULL, P("\"We will win,\" Sen. Ann Kerr said on \"Fox News Sunday.\""));
	is_str(qkind(&r, 1), "term", "a show's title after a preposition is a term");
	is_int(nspeech(&r), 1, "and only the statement is speech");
	done(&r);

	speaker_is(P("The New York Times reports:",
	                    "\"Only 24 percent of the contributors gave $200 or less.\""), 0, "New York Times", "a colon-ended paragraph introduces the quote");

	speaker_is(P("Dan Wolf bemoaned the unrest in Charlotte and said it was \"a very big factor.\""),
	           0, "Dan Wolf", "X did this in PLACE and said: the clause subject");
	speaker_is(P("When my mother spoke, I laughed and said, \"I don't believe in the devil.\""), 0,
	           "the writer", "I said, outside quotation marks: the writer");
	speaker_is(P("\"We will fix it,\" said Tom Reed of Acme Corp.",
	             "We found no evidence that the fix had shipped."),
	           1, "the writer", "'we found' in the narration: the writer's newsroom, not the "
	                            "latest speaker");

	/* ---- reported speech (no marks) ---- */
	r = analyze(NULL, P("Mayor Ann Cole said on Monday that the bridge will reopen next spring."));
	is_int(quoteset_count(r.q), 1, "X said that CLAUSE: one statement");
	is_str(qkind(&r, 0), "indirect", "kind indirect");
	is_str(qtext(&r, 0), "the bridge will reopen next spring", "the reported clause");
	is_str(qspeaker(&r, 0), "Ann Cole", "its speaker");
	is_int(quoteset_speaker(r.q, 0)->quote_count, 0, "reported speech is not a quotation");
	is_int(quoteset_speaker(r.q, 0)->reported_count, 1, "but counted as reported");
	done(&r);

	r = analyze(NULL, P("The deficit will grow by a third next year, according to Maria Lopez."));
	is_str(qtext(&r, 0), "The deficit will grow by a third next year", "CLAUSE, according to X");
	is_str(qspeaker(&r, 0), "Maria Lopez", "according to: speaker");
	done(&r);

	r = analyze(NULL, P("The plant will close in June, the company said."));
	is_str(qtext(&r, 0), "The plant will close in June", "CLAUSE, X said");
	is_str(span_str(&r, quoteset_get(r.q, 0)->mention), "the company", "nominal mention");
	done(&r);

	r = analyze(NULL, P("The senator told reporters that the vote would be close."));
	is_str(qtext(&r, 0), "the vote would be close", "told Y that CLAUSE");
	done(&r);

	r = analyze(NULL, P("Critics questioned his claims about the budget and the deficit."));
	is_int(quoteset_count(r.q), 1, "a cue used as a noun reports nothing");
	done(&r);


	/* ---- reported speech: each order news uses ---- */
	reported_is(P("Several cast members said the host had mocked contestants on air."),
	            "the host had mocked contestants on air", "Several cast members",
	            "a plain noun phrase as subject");
	reported_is(P("The state's campaign chairman, Phil Lovas, said he had not seen the letter."),
	            "he had not seen the letter", "Phil Lovas", "ROLE, NAME, said CLAUSE");
	reported_is(P("Lawmakers who wrote the measure argued it would restore confidence in elections."),
	            "it would restore confidence in elections", "Lawmakers",
	            "NP who VERB OBJECT CUE: the cue after the relative clause reports");
	reported_is(P("One of the docs who sent the letter called Oz a quack and a fraud."),
	            "Oz a quack and a fraud", "One of the docs",
	            "... its source the noun phrase before 'who', a part of a group");
	r = analyze(NULL, P("The Confederation of British Industry warned the rise would cost jobs,"
	                    " while the FSB said its members were at breaking point."));
	is_str(qtext(&r, 0), "the rise would cost jobs", "A, while NP said B: A ends at the comma");
	is_str(qspeaker(&r, 0), "Confederation of British Industry", "... its source a confederation");
	is_str(qtext(&r, 1), "its members were at breaking point", "... and B is a report of its own");
	done(&r);
	r = analyze(NULL, P("The air force said it shot down 31 of 35 drones overnight, as officials in"
	                    " Kyiv reported damage to several buildings."));
	is_str(qtext(&r, 0), "it shot down 31 of 35 drones overnight", "A, as NP reported B: A ends at the comma");
	is_str(qtext(&r, 1), "damage to several buildings", "... and B is a report of its own");
	done(&r);
	r = analyze(NULL, P("Acme said it would cut 4,000 jobs, as slowing demand for its cloud products"
	                    " weighed on profit."));
	is_int(nreported(&r), 1, "', as' before a verb of what things did opens no report of its own");
	done(&r);
	reported_is(P("Prices will rise sharply next year, as the minister said."),
	            "Prices will rise sharply next year", "the minister",
	            "... but ', as NP said' frames the clause before it");
	r = analyze(NULL, P("Analysts at Barclays said the cuts were deeper than expected but warned"
	                    " that margins would suffer for a year."));
	is_str(mention_of(&r, "margins would suffer for a year"), "Analysts at Barclays",
	       "NP said A but warned B: B's source is A's, as A's cue reads it");
	done(&r);
	r = analyze(NULL, P("Merrill says Machado promised to back Clinton and said she would stand up"
	                    " to the attacks."));
	is_str(mention_of(&r, "she would stand up to the attacks"), "Merrill",
	       "... not the subject inside A's clause");
	done(&r);
	reported_is(P("Anthropic, the artificial intelligence startup, has raised $2 billion from"
	              " investors, the company announced on Monday."),
	            "Anthropic, the artificial intelligence startup, has raised $2 billion from investors",
	            "the company", "NAME, APPOSITIVE, CLAUSE, the company said: the clause");
	speaker_is(P("Anthropic, the artificial intelligence startup, has raised $2 billion from"
	             " investors, the company announced on Monday."),
	           0, "Anthropic", "... the company is the NAME its clause opens with, past the appositive");
	reported_is(P("Google confirmed the multibillion-dollar investment but declined to say more."),
	            "the multibillion-dollar investment", "Google",
	            "confirmed OBJECT but VERBed: the object ends at 'but'");
	no_reported(P("Widely derided by politicians on the left and the right, the idea of trading"
	              " pollution \"rights\" is back."),
	            "ADVERB PARTICIPLE by AGENT, opening the sentence: no report");
	no_reported(P("Widely condemned as reckless, the plan is back."),
	            "PARTICIPLE as X, opening the sentence: what was done to the subject, no report");
	/* (the subject search of a cue second in its sentence, after an
	 * adverb, must not read before the sentence's first token: the
	 * sanitizer builds see it) */
	no_reported(P("Also said the plan was dead."), "ADVERB CUE CLAUSE with no subject: no source, no report");
	no_reported(P("Officers found and rescued her from a hotel room and arrested the man."),
	            "found and VERBed X: a verb joined to the cue, no report");
	no_reported(P("Apple introduced a phone aimed at budget buyers, a bid to revive sales that"
	              " have stalled in China."),
	            "'aimed at X, a bid to revive sales that ...': no that-clause of 'aimed' past a verb");
	reported_is(P("But developers I spoke to say the math does not work for most buildings."),
	            "the math does not work for most buildings", "developers",
	            "NOUN PRONOUN VERB CUE: the noun speaks, not the pronoun of its clause");
	reported_is(P("All the experts we interviewed said the plan would cost more than promised."),
	            "the plan would cost more than promised", "the experts", "... 'we' too");
	reported_is(P("Planned Parenthood South Atlantic said its clinics would open on Monday."),
	            "its clinics would open on Monday", "Planned Parenthood South Atlantic",
	            "four capitalised words before a verb: a name, not a headline");
	reported_is(P("The senator shot back that Chen had missed 40 votes in the House."),
	            "Chen had missed 40 votes in the House", "The senator",
	            "the NOUN shot back that: a verb with its particle, not a noun ('a shot')");
	reported_is(P("Paul Krekorian, who voted for the deal, said the city risked losing the team."),
	            "the city risked losing the team", "Paul Krekorian",
	            "NAME, who ..., said NP VERB: the name reports; 'the city ...' is no source");
	reported_is(P("Paul Krekorian, a supporter of the deal, said the city risked losing the team."),
	            "the city risked losing the team", "Paul Krekorian", "... nor after an appositive");
	reported_is(P("Paul Krekorian, who voted for the deal, said that the city risked losing the team."),
	            "the city risked losing the team", "Paul Krekorian",
	            "... and 'that' after the comma is the later cue's, not the relative clause's");
	reported_is(P("Paul Krekorian warned he would fight on."), "he would fight on", "Paul Krekorian",
	            "warned CLAUSE with no 'that': a pronoun opens the clause, no one warned");
	reported_is(P("Paul Krekorian warned the city risked losing the team."),
	            "the city risked losing the team", "Paul Krekorian",
	            "... a noun phrase and a verb in the past too");
	reported_is(P("The council president, speaking to reporters, said the city risked losing the team."),
	            "the city risked losing the team", "The council president",
	            "SUBJECT, ASIDE, said CLAUSE: the subject speaks");
	reported_is(P("Lopez, who chairs the budget panel, and Krekorian said the deficit would grow."),
	            "the deficit would grow", "Lopez, who chairs the budget panel, and Krekorian",
	            "NAME, ASIDE, and NAME said: both, not the second alone");
	reported_is(P("The van was supposed to wait for the escort, another source said."),
	            "The van was supposed to wait for the escort", "another source",
	            "CLAUSE, NP said");
	reported_is(P("The plan is an insult to voters, top black lawmakers said on Friday."),
	            "The plan is an insult to voters", "top black lawmakers",
	            "CLAUSE, NP said DAY");
	reported_is(P("The combination has been steady, said Tom Forte, who follows the company."),
	            "The combination has been steady", "Tom Forte", "CLAUSE, said NAME, who ...");
	reported_is(P("The museum, Mr. Obama said, would make visitors face hard truths."),
	            "The museum, Mr. Obama said, would make visitors face hard truths", "Mr. Obama",
	            "HALF, X said, HALF: one clause around the cue");
	reported_is(P("James Wu spoke on Monday.", "The plan, he said, ignored traffic."),
	            "The plan, he said, ignored traffic", "he",
	            "HALF, he said, HALF of two words: the subject is in the first half");
	reported_is(P("About 9.9 million single mothers live in the state, according to federal statistics."),
	            "About 9.9 million single mothers live in the state", "federal statistics",
	            "CLAUSE, according to a plain source");
	reported_is(P("According to a new poll, the two candidates are tied in Ohio."),
	            "the two candidates are tied in Ohio", "a new poll", "According to X, CLAUSE");
	reported_is(P("Hillary Clinton wants to make tuition free for most families."),
	            "to make tuition free for most families", "Hillary Clinton", "X wants to DO");
	reported_is(P("Graham urged Republicans to join the ranks of climate believers."),
	            "Republicans to join the ranks of climate believers", "Graham",
	            "X urged Y to DO: Y is part of the clause");
	reported_is(P("The senator called for a moratorium on new charter schools."),
	            "a moratorium on new charter schools", "The senator", "X called for THING");
	reported_is(P("Dan Wolf visited the plant and said the jobs would stay in town."),
	            "the jobs would stay in town", "Dan Wolf", "X did this and said: the clause subject");
	reported_is(P("Longtime pollster Pat Caddell told the host on Thursday how surprised he is by the race."),
	            "how surprised he is by the race", "Longtime pollster Pat Caddell",
	            "X told Y how ...");
	reported_is(P("Mr. Stenger announced in a statement this month that he had reached a settlement."),
	            "he had reached a settlement", "Mr. Stenger", "cue, adjunct, that CLAUSE");
	reported_is(P("A spokeswoman said in an email to The Associated Press that the firm never intended harm."),
	            "the firm never intended harm", "A spokeswoman",
	            "cue, a long adjunct naming where the words went, that CLAUSE");
	reported_is(P("In 2005, the biochemist Ann Reed showed in a paper published in Biochemical Society Transactions that taste receptors line the gut."),
	            "taste receptors line the gut", "Ann Reed",
	            "cue, a long adjunct with a participle, that CLAUSE");
	reported_is(P("The president spoke in a cottage on a Marine base that overlooks the bay."),
	            "(none)", "(none)", "a long place adjunct whose 'that' opens a relative clause reports nothing");
	reported_is(P("The refusal did not go over well with Republicans, and the meeting deteriorated from there, said one GOP source in the room."),
	            "The refusal did not go over well with Republicans, and the meeting deteriorated from there",
	            "one GOP source in the room",
	            "CLAUSE, and CLAUSE, said SOURCE: the words after the cue are the source, never the clause");
	reported_is(P("James Kennedy, the U.S. Attorney, said the case highlights that rights carry responsibilities."),
	            "the case highlights that rights carry responsibilities", "James Kennedy",
	            "NAME, ROLE, said CLAUSE: still the forward reading");
	reported_is(P("As he welcomed several hundred guests, Scott was also launching a campaign."),
	            "(none)", "(none)", "welcomed GUESTS: people met, no words");
	reported_is(P("This past week, she addressed the Black Women's Agenda Symposium."),
	            "(none)", "(none)", "addressed EVENT: an audience by its name, no words");
	reported_is(P("Clinton would need a Senate majority to confirm Supreme Court justices."),
	            "(none)", "(none)", "confirm JUSTICES: appointees, no words");
	reported_is(P("The campaign addressed the plight of many single mothers."),
	            "the plight of many single mothers", "The campaign", "addressed THING: what was spoken of");
	reported_is(P("Wikileaks welcomed the Swedish move to drop the investigation."),
	            "the Swedish move to drop the investigation", "Wikileaks", "welcomed THING: a view of it");
	/* The subject of a passive "told", "accused", "warned" heard the words
	 * or is their target: it never speaks. */
	reported_is(P("Senator Bob Smith was told that the plan would fail."),
	            "the plan would fail", "", "NAME was told that CLAUSE: no source");
	reported_is(P("Russia and the Syrian government have been accused of creating a disaster in the camp."),
	            "of creating a disaster in the camp", "", "NAME has been accused of THING: no source");
	reported_is(P("The plan will fail, Smith was told."),
	            "The plan will fail", "", "CLAUSE, NAME was told: no source");
	reported_is(P("Senator Bob Smith is convinced that the plan will fail."),
	            "the plan will fail", "Senator Bob Smith", "NAME is convinced: a belief, his");
	r = analyze(NULL, P("\"We will fail,\" Smith was told."));
	is_str(qspeaker(&r, 0), "", "\"Q,\" NAME was told: not his words");
	is_str(span_str(&r, quoteset_get(r.q, 0)->cue), "told", "... the cue is the quote's, said by no one named");
	done(&r);
	r = analyze(NULL, P("\"We will fail,\" Smith was told by an aide."));
	is_str(span_str(&r, quoteset_get(r.q, 0)->mention), "an aide", "\"Q,\" NAME was told by X: X's");
	done(&r);
	/* Bodies' names */
	r = analyze(NULL, P("Wealthy voters favor Clinton, according to the Roper Center for Public Opinion Research."));
	is_str(qspeaker(&r, 0), "Roper Center for Public Opinion Research",
	       "an adjective after 'for' is part of a body's name, no title of a person");
	done(&r);
	r = analyze(NULL, P("The talks will fail, said Director of National Intelligence James Clapper."));
	is_str(qspeaker(&r, 0), "James Clapper", "... but a noun title after 'of' still opens a name");
	done(&r);
	r = analyze(NULL, P("The man will be sentenced in May, the U.S. Attorney's Office for the Western District of New York said."));
	is_str(qspeaker(&r, 0), "U.S. Attorney's Office for the Western District of New York",
	       "a title's possessive is part of the office's name");
	done(&r);
	r = analyze(NULL, P("The talks failed, Russia's Foreign Ministry said."));
	is_str(qspeaker(&r, 0), "Russia's Foreign Ministry",
	       "... a country's possessive owns the body, and names it with its country");
	done(&r);
	reported_is(P("The New York Times and the Gannett newspaper chain filed a motion, arguing the move was needed."),
	            "the move was needed", "The New York Times and the Gannett",
	            "two bodies, each with its article: the phrase as written");
	r = analyze(NULL, P("The New York Times and the Gannett newspaper chain filed a motion, arguing the move was needed."));
	is_str(qspeaker(&r, 0), "", "... and no speaker, neither says it alone");
	done(&r);
	r = analyze(NULL, P("Chastened by the analyses, as well as complaints over the costs, Trump revised his plan, promising to focus on the middle class."));
	is_str(qspeaker(&r, 0), "Trump", "a participle opening the sentence is no subject: 'Chastened by X, NAME did, promising'");
	done(&r);
	r = analyze(NULL, P("Libertarian presidential candidate Gary Johnson's doctor is calling the candidate \"extremely physically fit.\""));
	is_str(qspeaker(&r, 0), "", "ROLE NAME's doctor is calling: the doctor, no one named (not 'Libertarian')");
	done(&r);
	r = analyze(NULL, P("The patient ate a wild rabbit, according to the state-run Xinhua News Agency."));
	is_str(qspeaker(&r, 0), "Xinhua News Agency", "according to the state-run NAME: a compound modifier before the name");
	is_str(span_str(&r, quoteset_get(r.q, 0)->mention), "the state-run Xinhua News Agency", "... the mention as written");
	done(&r);
	r = analyze(NULL, P("Veto Power Impedes Peace Efforts: Eliminating \"the scourge of war\" is one of the body's founding aims."));
	is_str(qspeaker(&r, 0), "", "a run-in heading in title case before a colon names no one");
	done(&r);
	r = analyze(NULL, P("\"We will stay,\" said 2,000 workers in a statement."));
	is_str(qkind(&r, 0), "direct", "'\"Q,\" said NUMBER NOUNS': a statement");
	is_str(span_str(&r, quoteset_get(r.q, 0)->mention), "2,000 workers", "... the number, thousands comma and all, with its noun");
	done(&r);
	r = analyze(NULL, P("\"We will stay,\" said dozens of workers."));
	is_str(qkind(&r, 0), "direct", "'\"Q,\" said dozens of NOUNS': a statement");
	done(&r);
	reported_is(P("A study of 40,000 adults found that meal planning helps."),
	            "meal planning helps", "A study", "a number with thousands commas is one word (not '000 adults')");
	reported_is(P("The institute estimated that 964,000 people, about 0.4 percent of the population, reported a methamphetamine use disorder in 2017."),
	            "964,000 people, about 0.4 percent of the population, reported a methamphetamine use disorder in 2017",
	            "The institute", "CLAUSE, reported THING: no source named after the cue, so no inverted reading");
	r = analyze(NULL, (const char *const[]){
		"Indiana State Police reported that at least 5,000 people entered the Statehouse.",
		"Gov. Eric Holcomb and leaders of the Legislature have avoided criticism. They seem intent on calm. However, they said they would not act until 2021.",
		NULL });
	is_str(speaker_of(&r, "they would not act until 2021"), "",
	       "'they' deep in a paragraph is not a body from the paragraph before");
	done(&r);
	r = analyze(NULL, P("The duo reportedly saw a similar oxygen bar in Las Vegas and decided to set up a similar facility in India."));
	is_str(qspeaker(&r, 0), "", "a name in a phrase after the verb is no subject ('The duo saw a bar in Las Vegas and decided')");
	done(&r);
	/* Other languages' cues, by the shape '«Q», VERB NAME.' */
	r = analyze(NULL, P("\xC2\xAB" " Nous allons gagner \xC2\xBB" ", a d\xC3\xA9" "clar\xC3\xA9" " Emmanuel Macron lundi."));
	is_str(qspeaker(&r, 0), "Emmanuel Macron", "'«Q», a déclaré NAME lundi.': a time after the name");
	done(&r);
	r = analyze(NULL, P("\xE2\x80\x9E" "Wir schaffen das\xE2\x80\x9C" ", sagte Angela Merkel am Montag."));
	is_str(qspeaker(&r, 0), "Angela Merkel", "'„Q“, sagte NAME am Montag.'");
	done(&r);
	r = analyze(NULL, P("Angela Merkel spoke first.",
	                    "\xC2\xAB" " Nous allons gagner \xC2\xBB" ", a dit le pr\xC3\xA9" "sident."));
	is_str(qspeaker(&r, 0), "", "'«Q», a dit le président.': his own words, not the last speaker's");
	is_str(span_str(&r, quoteset_get(r.q, 0)->cue), "a dit", "... the verb's words its cue");
	done(&r);
	r = analyze(NULL, P("\"We will win,\" deadpanned the mayor."));
	is_str(span_str(&r, quoteset_get(r.q, 0)->mention), "the mayor", "'\"Q,\" VERB the NOUN.': the noun phrase speaks");
	done(&r);
	r = analyze(NULL, P("Trump went on about \"our own struggling citizens,\" Melanie said yes, yes, yes."));
	is_str(speaker_of(&r, "our own struggling citizens,"), "Trump",
	       "'\"Q,\" NAME said yes': the cue's answer is its own, the quote the sentence's");
	done(&r);
	r = analyze(NULL, P("The delegates stripped out a call for \"lethal weapons\" to Ukraine and replaced it with softer language calling for \"appropriate assistance.\""));
	is_str(speaker_of(&r, "lethal weapons"), "", "'\"Q\" to NAME and ... softer language calling for': the participle is the noun's, not the name's");
	done(&r);
	r = analyze(NULL, P("\"We will win,\" Putin was quoted as saying."));
	is_str(qspeaker(&r, 0), "Putin", "\"Q,\" NAME was quoted as saying: his");
	done(&r);
	reported_is(P("She said fathers would not be eligible, and when pressed, she replied, \"It is meant for mothers.\""),
	            "fathers would not be eligible", "She", "the clause stops before a quotation");
	reported_is(P("The top diplomat, who met Trump and Defense Secretary James Mattis, urged allies to do more."),
	            "allies to do more", "The top diplomat",
	            "NP, who ..., urged: no speaker from the relative clause");
	reported_is(P("He noted that the US held drills and then announced it was adding Pyongyang to a list."),
	            "the US held drills and then announced it was adding Pyongyang to a list", "He",
	            "X noted that CLAUSE");
	reported_is(P("Hillary Clinton spoke out Tuesday about the death of a man in Tulsa."),
	            "the death of a man in Tulsa", "Hillary Clinton", "X spoke about THING");
	reported_is(P("Trump warned against potential hackers from China and Russia."),
	            "potential hackers from China and Russia", "Trump", "X warned against THING");
	reported_is(P("Trump has tried to use the ad against her, accusing her of being asleep during the attack."),
	            "her of being asleep during the attack", "Trump",
	            "X did this, accusing Y of ...: the sentence subject");
	reported_is(P("When Clinton noted that Trump had not paid federal taxes \xE2\x80\x95 as his returns showed \xE2\x80\x95 Trump boasted, \"That makes me smart.\""),
	            "Trump had not paid federal taxes", "Clinton", "the clause stops at a dash aside");
	reported_is(P("The plan is an insult, top lawmakers said Friday afternoon, as they bristled at the questions."),
	            "The plan is an insult", "top lawmakers",
	            "CLAUSE, X said, as ...: the writer goes on, not the source");
	reported_is(P("Yet, as Mr. Bown observed, the early days of a new administration bring trade fights."),
	            "the early days of a new administration bring trade fights", "Mr. Bown",
	            "as X observed, CLAUSE");
	/* A transcript's turn holds what it quotes; a role alone labels one. */
	r = analyze(NULL, P("The following is an excerpt from the debate between Sen. Maria Ortiz and Rep."
	                    " Tom Kelly.",
	                    "MODERATOR: Congressman, does that include raising the retirement age?",
	                    "KELLY: It is not a yes, Senator. It is \"let us talk.\""));
	is_str(speaker_of(&r, "It is not a yes, Senator. It is \"let us talk.\""), "Tom Kelly",
	       "NAME: WORDS \"Q\": the turn whole, with its quotation");
	is_str(speaker_of(&r, "let us talk."), "Tom Kelly", "... and what it quotes is the speaker's too");
	is_str(kind_of(&r, "Congressman, does that include raising the retirement age?"), "indirect",
	       "MODERATOR: WORDS: a turn of someone unnamed");
	done(&r);
	reported_is(P("WALLACE: Let us start with the news on the debate story tonight."),
	            "Let us start with the news on the debate story tonight", "WALLACE",
	            "a transcript line NAME: WORDS");
	r = analyze("Pence: Flowers Will Not Be at the Debate", P("The debate is on Monday."));
	is_str(qtext(&r, 0), "Flowers Will Not Be at the Debate", "a headline NAME: WORDS");
	is_str(qspeaker(&r, 0), "Pence", "its speaker");
	done(&r);
	/* A dateline in capitals before a colon opens the body; a topic before
	 * the headline's colon is a kicker. */
	r = analyze("Insecurity: Governor Orders Curfew in Kaura",
	            P("KOLKATA: West Bengal chief minister Mamata Banerjee on Monday said her"
	              " government would launch an agitation.",
	              "She said the dues must be cleared."));
	is_int(nreported(&r), 2, "TOPIC: headline and DATELINE: body: the two reports only");
	is_str(qtext(&r, 0), "her government would launch an agitation", "... the body's clause");
	is_str(qspeaker(&r, 0), "Mamata Banerjee", "... the dateline no speaker");
	is_str(qspeaker(&r, 1), "Mamata Banerjee", "... nor 'she'");
	done(&r);
	r = analyze("Fact-check: Did Ohio Lose 40,000 Restaurant Jobs?",
	            P("Sen. Gregory Halvorsen made the claim in a floor debate."));
	is_int(nreported(&r), 0, "Fact-check: a kicker, no speaker");
	done(&r);
	r = analyze("Theater Review: \xE2\x80\x98Harbor Lights\xE2\x80\x99 Is a Big, Loud Mess",
	            P("The show opened Thursday at the Belasco Theater."));
	is_str(qspeaker(&r, 0), "", "SECTION Review: 'Title': the kicker speaks no title");
	done(&r);
	r = analyze("Daily Deals: More Black Friday Deals Are Live", P("The sale is on Monday."));
	is_int(nreported(&r), 0, "a headline's label of words the text does not name again says"
	       " nothing");
	done(&r);
	r = analyze("Mike Pence: Flowers Will Not Be at the Debate", P("The debate is on Monday."));
	is_str(qspeaker(&r, 0), "Mike Pence", "a headline NAME: WORDS with a given name speaks");
	done(&r);
	r = analyze("Harbor Point: Talks Will Resume Soon", P("Harbor Point has hired a mediator."));
	is_str(qspeaker(&r, 0), "Harbor Point", "... and so does a label the text names again");
	done(&r);
	no_reported(P("Analysis: The debate will not settle the race for either candidate."),
	            "a label before a colon is no speaker");
	no_reported(P("How did such an arcane proposal even make it into Mrs. Clinton's plan?"),
	            "a possessive before the cue makes it a noun");
	reported_is(P("Leaders spoke of migration and a host of other challenges, officials said."),
	            "Leaders spoke of migration and a host of other challenges", "officials",
	            "a noun before the comma is no trailing cue");
	reported_is(P("He said that, if elected, he would leave such decisions to the generals."),
	            "if elected, he would leave such decisions to the generals", "He",
	            "said that, ADJUNCT, CLAUSE");
	reported_is(P("Clinton says at a campaign stop in Toledo, Ohio, that the plan would help students."),
	            "the plan would help students", "Clinton", "says at PLACE, PLACE, that CLAUSE");
	reported_is(P("The meeting deteriorated from there, said one GOP source in the room."),
	            "The meeting deteriorated from there", "one GOP source in the room",
	            "CLAUSE, said a plain source with its modifier");
	reported_is(P("Mr. Obama told his advisers to find a way around Congress."),
	            "his advisers to find a way around Congress", "Mr. Obama", "X told Y to DO");
	reported_is(P("Clinton called her vote in favor of the war a mistake."),
	            "her vote in favor of the war a mistake", "Clinton", "X called Y Z");
	no_reported(P("His nonprofit group, called the Conservation Legacy Fund, cleans up old mines."),
	            "called after a comma names, it reports nothing");
	no_reported(P("National Guard members were called to service by the governor on Friday."),
	            "a passive called reports nothing");
	reported_is(P("Patriot agreed to lend Mr. Clarke $5 million, and the union also stepped in with money."),
	            "to lend Mr. Clarke $5 million", "Patriot", "the clause ends before ', and' a new clause");
	reported_is(P("He claimed Clinton had helped her get citizenship but offered no proof."),
	            "Clinton had helped her get citizenship", "He", "the clause ends before 'but'");
	no_reported(P("Having said that, there are economists who argue for lower taxes."),
	            "having said that reports nothing");
	no_reported(P("Pagliano did not show up at the second committee hearing this week."),
	            "show up is no cue");
	no_reported(P("The eventual ruling will decide the case for every state in the country."),
	            "a cue after a modal reports nothing yet");
	reported_is(P("Crutcher refused to keep his hands up, the officer wrote in her report."),
	            "Crutcher refused to keep his hands up", "the officer",
	            "refused is an act, not speech: only the officer's report is");
	reported_is(P("Graham criticized the party's lack of environmental awareness."),
	            "the party's lack of environmental awareness", "Graham",
	            "X criticized THING: what is criticized");
	reported_is(P("The senator pointed out that the bill had passed the House twice."),
	            "the bill had passed the House twice", "The senator", "X pointed out that CLAUSE");
	reported_is(P("The video contradicted Tulsa police's earlier claim that Crutcher had refused commands."),
	            "Crutcher had refused commands", "Tulsa police's", "OWNER's claim that CLAUSE");
	reported_is(P("Voters remember his pledge to cut taxes for the middle class."),
	            "to cut taxes for the middle class", "his", "his pledge to DO");
	no_reported(P("Allies fear the threat to Eastern and Northern Europe countries."),
	            "a reporting noun before the preposition to (a capital after it) reports nothing");
	no_reported(P("The campaign has refocused its efforts to a big turnout push."),
	            "NOUN to a NOUN: to is a preposition, no infinitive reported");
	no_reported(P("That brings his commitment to the group to $20 million."),
	            "NOUN to the NOUN: to is a preposition, no infinitive reported");
	r = analyze(NULL, P("The campaign chief, Taylor Van Kirk, said the senator stood by his comments"
	                    " and accused the media of bias."));
	is_str(speaker_of(&r, "the media of bias"), "Taylor Van Kirk",
	       "ROLE, NAME, said A and accused B: a reporting noun in the role is no verb");
	done(&r);
	reported_is(P("Vance's claim that millions of immigrants voted is false."),
	            "millions of immigrants voted", "Vance's",
	            "OWNER's claim that CLAUSE is ...: the clause ends at the sentence's verb");
	reported_is(P("Schiff's assertion that he doesn't know the name is hard to believe."),
	            "he doesn't know the name", "Schiff's", "... after a contracted verb too");
	reported_is(P("Trump's claim that Clinton is a liar was false."), "Clinton is a liar", "Trump's",
	            "... but a be that is the clause's own verb goes on");
	no_reported(P("Ruth Alvarez argued more than 40 cases before federal courts."),
	            "argued CASES: a lawyer's cases, no clause, no report");
	reported_is(P("Ruth Alvarez argued the plan would fail."), "the plan would fail", "Ruth Alvarez",
	            "argued CLAUSE: still a report");
	reported_is(P("The agency said it confirmed the raids but did not say how many were held."),
	            "it confirmed the raids", "The agency",
	            "X said A but did not B: the clause ends at but");
	reported_is(P("Goldman Sachs estimated the tariffs could raise prices by 0.4%."),
	            "the tariffs could raise prices by 0.4%", "Goldman Sachs",
	            "a clause ending in a per cent sign keeps it");
	reported_is(P("The senator said he would back Rep. Don Beyer (D-Va.)."),
	            "he would back Rep. Don Beyer (D-Va.)", "The senator",
	            "a clause ending in a bracket it opened keeps it");
	reported_is(P("Economists said the target was ambitious but achievable."),
	            "the target was ambitious but achievable", "Economists",
	            "... A but B, B one word and no verb: one clause");
	reported_is(P("The mayor said he would run but lost."), "he would run", "The mayor",
	            "... but a verb after but ends it");
	reported_is(P("The phone maker denied wrongdoing but said it wanted to avoid more litigation."),
	            "it wanted to avoid more litigation", "The phone maker",
	            "NOUN PHRASE denied X but said CLAUSE: the phrase, though it names no one");
	reported_is(P("The mayor warned residents on Tuesday that anyone who stayed would die."),
	            "anyone who stayed would die", "The mayor",
	            "warned Y on DAY that CLAUSE: the day is no topic of the warning");
	reported_is(P("The mayor warned residents on Monday about the dangers of staying."),
	            "the dangers of staying", "The mayor", "warned Y on DAY about THING");
	no_reported(P("The report was released on Tuesday after a long delay."),
	            "a reporting noun without that or to reports nothing");
	reported_is(P("In the previous national poll, conducted in early September, Clinton led by five points."),
	            "Clinton led by five points", "the previous national poll", "In POLL, CLAUSE");
	r = analyze(NULL, P("In a statement, the company said the plant would close in June."));
	is_int(nreported(&r), 1, "In a statement, X said CLAUSE: one statement, the verb's");
	is_str(qtext(&r, 0), "the plant would close in June", "In a statement: the clause after said");
	done(&r);
	reported_is(P("A Quinnipiac poll found that most voters want the returns released."),
	            "most voters want the returns released", "A Quinnipiac poll", "a poll found that");

	reported_is(P("The mayor said the bridge would reopen in May and warned of long delays."),
	            "the bridge would reopen in May", "The mayor",
	            "X said A and warned B: the clause ends before the second report");
	reported_is(P("The agency said the test was its largest, although experts were unsure."),
	            "the test was its largest", "The agency",
	            "a concession after a comma is the writer's");
	reported_is(P("Witnesses said the driver had stopped, contradicting the police account."),
	            "the driver had stopped", "Witnesses",
	            "a participle after a comma is the writer's");
	reported_is(P("Farmers in Iowa say the new tariff has cut their exports by half."),
	            "the new tariff has cut their exports by half", "Farmers in Iowa",
	            "NOUNS in NAME say CLAUSE: say is the verb");

	one_reported(P("Theresa May said that the country would leave the union by March."),
	             "the country would leave the union by March",
	             "a name that is also a modal ('May said') is no modal");
	reported_is(P("The judge notes the law was passed before she joined the court."),
	            "the law was passed before she joined the court", "The judge", "X notes CLAUSE");
	reported_is(P("Few economists believe that is likely to happen soon."),
	            "that is likely to happen soon", "Few economists",
	            "believe that is: 'that' as the subject stays in the clause");
	reported_is(P("The families, many of whom say the ruling came too late, met on Friday."),
	            "the ruling came too late", "many of whom", "many of whom say CLAUSE");
	reported_is(P("The governor spoke warmly of the volunteers who rebuilt the bridge."),
	            "the volunteers who rebuilt the bridge", "The governor",
	            "spoke ADVERB of THING");
	reported_is(P("Several analysts cautioned, as did the company itself, that prices might rise."),
	            "prices might rise", "Several analysts",
	            "X cautioned, ASIDE, that CLAUSE");

	one_reported(P("The mayor said she plans to run again and expects to win easily."),
	             "she plans to run again and expects to win easily",
	             "a cue inside a reported clause is part of it");

	reported_is(P("Reporters also asked whether the deal required the firm to cooperate."),
	            "whether the deal required the firm to cooperate", "Reporters",
	            "X asked whether CLAUSE");
	reported_is(P("Although the mayor has admitted raising the fees, she does not defend them."),
	            "raising the fees", "the mayor",
	            "a cue in an opening subordinate clause reports up to its comma");
	reported_is(P("Prices would rise by 9 percent, according to the Tax Foundation, more than twice "
	              "its earlier figure."),
	            "Prices would rise by 9 percent", "the Tax Foundation",
	            "CLAUSE, according to X, COMMENT: the comment is the writer's");

	reported_is(P("The senator told reporters the bill would not pass this year."),
	            "the bill would not pass this year", "The senator", "X told ADDRESSEE CLAUSE");
	reported_is(P("The union called for higher wages for nurses in a statement on Friday."),
	            "higher wages for nurses", "The union",
	            "the occasion of a report ('in a statement') is not reported");
	reported_is(P("And while the governor has railed against the fuel tax increase, he has kept it."),
	            "the fuel tax increase", "the governor",
	            "'And while X has railed against THING,': the subordinate clause ends at its comma");
	no_reported(P("The two taped an hourlong show that aired on Thursday night."),
	            "a determiner and a modifier make 'show' a noun");

	reported_is(P("The coach complimented the young players on the team after the game."),
	            "the young players on the team after the game", "The coach",
	            "X complimented THING");
	reported_is(P("Farmers were also incensed that the new rules took effect without notice."),
	            "the new rules took effect without notice", "Farmers", "X were ADJ that CLAUSE");
	no_reported(P("She was so frustrated that she left the meeting early."),
	            "so ADJ that: a result clause, not a report");
	reported_is(P("Republicans have expressed concern that the change could invite fraud."),
	            "the change could invite fraud", "Republicans",
	            "X expressed concern that CLAUSE: a noun without an owner, the subject's");
	reported_is(P("Critics charged that the agency had ignored the warnings for years."),
	            "the agency had ignored the warnings for years", "Critics", "X charged that CLAUSE");

	reported_is(P("The mayor's remarks Tuesday on the new stadium deal were widely criticized."),
	            "the new stadium deal", "The mayor's",
	            "OWNER's remarks on THING: the thing ends at the sentence's verb");
	no_reported(P("His remarks on Saturday carried a more personal tone than before."),
	            "remarks on a day: when, not what");

	reported_is(P("The council voted to close the old library on the east side."),
	            "to close the old library on the east side", "The council", "X voted to DO");
	reported_is(P("The governor refused to release the names of the donors."),
	            "to release the names of the donors", "The governor", "X refused to DO");
	reported_is(P("Few people noticed the mayor's effort to rename the main square."),
	            "to rename the main square", "mayor's", "OWNER's effort to DO");

	reported_is(P("Polls show a close race in the state, where 18 electoral votes are at stake."),
	            "a close race in the state", "Polls",
	            "', where ...' after the clause is the writer's note");
	reported_is(P("Despite his claims that the vote was rigged, the count went ahead on Monday."),
	            "the vote was rigged", "his",
	            "a report in an opening 'Despite' phrase ends at its comma");
	reported_is(P("The minister said that taxes would rise and suggested that spending would fall."),
	            "taxes would rise", "The minister",
	            "X said that A and suggested that B: two reports");

	headline_reports("Governor Vows To Veto The New Budget Bill", "To Veto The New Budget Bill",
	                 "a title-case headline NAME Vows To DO");
	r = analyze("A Council Meeting Was Held On Tuesday Night", P("The council met on Tuesday."));
	is_int(nreported(&r), 0, "a headline without a reporting verb reports nothing");
	done(&r);
	headline_reports("Obama admits US gun laws are his 'biggest frustration'",
	                 "US gun laws are his 'biggest frustration'",
	                 "a headline clause keeps the mark that closes one it holds");
	headline_reports("Company claims that its new engine cuts fuel use",
	                 "its new engine cuts fuel use",
	                 "a sentence-case headline NOUN claims that CLAUSE");
	reported_is(P("Donors fund a new group that intends to fight the proposed tax in court."),
	            "to fight the proposed tax in court", "that",
	            "a group that intends to DO: 'that' is the relative subject");

	reported_is(P("Residents say the mayor ignored the warnings and refused to close the road."),
	            "the mayor ignored the warnings and refused to close the road", "Residents",
	            "after a cue in the present, 'and VERBED' goes on with the clause");
	reported_is(P("Kall -- co-editor of a book on the debates -- said the format favors the "
	              "challenger."),
	            "the format favors the challenger", "Kall",
	            "NAME -- ASIDE -- said CLAUSE: the subject before the aside");

	reported_is(P("Tillerson earlier in the week said he was willing to start talks."),
	            "he was willing to start talks", "Tillerson", "NAME, a time, said CLAUSE: the name");
	one_reported(P("DENVER (AP) \xE2\x80\x94 A man has been charged in the shooting of a clerk,"
	               " police said Wednesday."),
	             "A man has been charged in the shooting of a clerk", "the dateline is no part of a clause");
	one_reported(P("LONDON, June 3 (Reuters) - The bank will cut 300 jobs, according to a memo."),
	             "The bank will cut 300 jobs", "... nor a dateline with a date");
	one_reported(P("The mayor spoke first.", "DENVER \xE2\x80\x94 the city will add patrols,"
	               " police said."),
	             "DENVER \xE2\x80\x94 the city will add patrols", "... but only the story's first paragraph has one");
	one_reported(P("The mayor plans to visit the flooded towns on Sunday, according to an aide."),
	             "The mayor plans to visit the flooded towns on Sunday",
	             "CLAUSE, according to X holds the 'plans to' inside it");

	reported_is(P("Workers heard the rumor that the plant would close in May."),
	            "the plant would close in May", "Workers",
	            "the rumor that CLAUSE: a noun that reports, the subject's");

	reported_is(P("Half of the claims are unproven -- or simply wrong -- according to a medical journal."),
	            "Half of the claims are unproven -- or simply wrong", "a medical journal",
	            "CLAUSE -- ASIDE -- according to X");

	reported_is(P("The union urged Jane Roe, the head of the board, to reopen the talks."),
	            "Jane Roe, the head of the board, to reopen the talks", "The union",
	            "X urged NAME, ROLE, to DO: the addressee's role between commas");

	reported_is(P("Those close to him say that he would have to consider other candidates."),
	            "he would have to consider other candidates", "Those close to him",
	            "a source 'Those close to him': 'to' before a pronoun is no verb");

	reported_is(P("She says the city should fix its roads, including the bridges over the river."),
	            "the city should fix its roads, including the bridges over the river", "She",
	            "', including ...' goes on with the reported clause");
	one_reported(P("All agreed that the bill would raise costs but that it would pass easily."),
	             "the bill would raise costs but that it would pass easily",
	             "X agreed that A but that B: both clauses are reported");
	one_reported(P("Scholz said Berlin welcomed the effort but that Ukraine alone must decide the terms."),
	             "Berlin welcomed the effort but that Ukraine alone must decide the terms",
	             "X said A but that B, no \"that\" before A: both clauses are reported");
	one_reported(P("Ann Ruiz said the sale went well, but that was before the storm."),
	             "the sale went well", "... but that was: a pronoun, no second clause");
	one_reported(P("Okonkwo said that sales cover the rent but not much more, and that he has not"
	               " paid himself."),
	             "sales cover the rent but not much more, and that he has not paid himself",
	             "A but not B, and that C: one report");
	r = analyze(NULL, P("Tarik Jasarevic told reporters that the agency was \"closely monitoring\" the"
	                    " outbreak and that there was no sign the virus had changed."));
	is_int(nreported(&r), 1, "told that A \"Q\" and that B: B is reported");
	is_str(kind_of(&r, "there was no sign the virus had changed"), "indirect",
	       "... the clause after the quotation, on its own");
	is_str(speaker_of(&r, "there was no sign the virus had changed"), "Tarik Jasarevic",
	       "... the cue's source");
	done(&r);
	r = analyze(NULL, P("The White House said Ed Halloran had spoken with the president and that both"
	                    " leaders \"remain committed\" to a deal."));
	is_str(speaker_of(&r, "remain committed"), "White House",
	       "said A had spoken ... and that B \"Q\": the cue of the first clause, not a verb in it");
	is_str(cue_of(&r, "remain committed"), "said", "... its cue");
	done(&r);
	r = analyze(NULL, P("\"Why should we trust them?\" Tamm told Estonian public broadcaster ERR."));
	is_int(nreported(&r), 0, "told COUNTRY OUTLET-KIND NAME: the outlet is told, no clause");
	is_str(qspeaker(&r, 0), "Tamm", "... the quotation is Tamm's");
	done(&r);
	speaker_is(P("Sen. John Roe, R-Texas, who has opposed every stopgap bill, said the deal was"
	             " \"a disgrace.\""),
	           0, "John Roe", "NAME, PARTY-STATE, who ...: the lawmaker, not the tag");
	r = analyze(NULL, P("Sen. John Roe, R-Texas, who has opposed every stopgap bill, said the deal was"
	                    " \"a disgrace.\""));
	is_int(quoteset_speaker_count(r.q), 1, "... and the tag is no speaker of its own");
	done(&r);
	roles_are(P("Hart said she would press Defense Secretary Raymond Cole on it. \"No,\" Cole said."),
	          "Defense Secretary", "would press TITLE NAME: the verb is no part of the role");
	r = analyze(NULL, P("The National Republican Congressional Committee spent $2 million on ads.",
	                    "The NRCC said it would \"keep spending.\""));
	is_str(qspeaker(&r, 0), "National Republican Congressional Committee",
	       "the ACRONYM after the body spelled out: the body's full name");
	done(&r);
	r = analyze(NULL, P("Sir Keir Starmer accused the Conservatives of \"wrecking the NHS\" at Prime"
	                    " Minister's Questions on Wednesday.",
	                    "The Prime Minister told MPs that the lists would fall."));
	is_int(quoteset_speaker_count(r.q), 1, "TITLE's THING (\"Prime Minister's Questions\") is no person");
	is_str(speaker_of(&r, "the lists would fall"), "", "... nor the Prime Minister who then speaks");
	done(&r);
	speaker_is(P("The state attorney general, Rachel Dunmore, opened an inquiry on Monday.",
	             "The state attorney general's office said the ruling was \"deeply flawed.\""),
	           0, "Rachel Dunmore", "the TITLE's office: the person of that title");
	roles_are(P("\"It was chaos,\" said NBC's Lester Holt."), "NBC",
	          "an owner's possessive before a name stays a role");
	one_reported(P("The National Weather Service said up to 12 inches of rain fell overnight."),
	             "up to 12 inches of rain fell overnight", "said up to AMOUNT VERB: the clause");
	one_reported(P("The agency said about 40,000 homes were without power."),
	             "about 40,000 homes were without power", "said about AMOUNT: an amount, no topic");
	one_reported(P("Officials said at least 12 people had died."), "at least 12 people had died",
	             "said at least AMOUNT: no phrase of place");
	one_reported(P("The mayor said nearly 300 roads were closed."), "nearly 300 roads were closed",
	             "said nearly AMOUNT: the adverb is the amount's");
	no_reported(P("Nine witnesses were heard, testifying over three days in back-to-back sessions."),
	            "over three days with no verb after: how long, no amount reported");
	reported_is(P("A senior official who spoke on condition of anonymity because he was not"
	              " authorised to discuss the negotiations said the main sticking point was the"
	              " prisoner exchange."),
	            "the main sticking point was the prisoner exchange", "A senior official",
	            "SOURCE who spoke on condition of anonymity ... said CLAUSE: the source's clause");
	reported_is(P("A diplomat who was not authorized to speak publicly said the talks had stalled."),
	            "the talks had stalled", "A diplomat",
	            "SOURCE who was not authorized to speak said CLAUSE: the terms are no report");
	reported_is(P("The judge told jurors the evidence against the driver was weak."),
	            "the evidence against the driver was weak", "The judge",
	            "told jurors CLAUSE: the jurors are told, the clause reported");
	reported_is(P("The judge told the jury they must decide the case on the evidence alone."),
	            "they must decide the case on the evidence alone", "The judge",
	            "told the jury CLAUSE");
	speaker_is(P("Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, hosted the talks.",
	             "\"We are close,\" Sheikh Mohammed said."),
	           0, "Mohammed bin Abdulrahman Al Thani", "Sheikh NAME: the title of the full name before");
	speaker_is(P("A spokesperson for the Alzheimer's Association said the results were \"encouraging.\""),
	           0, "Alzheimer's Association", "NAME's Association: the possessive is the body's name");
	speaker_is(P("Netanyahu's Likud party said the vote was \"a farce.\""), 0, "Likud",
	           "... but an owner before a name of its own stays an owner");
	speaker_is(P("\"It was chaos,\" said Presenter Laura Whitcombe."), 0, "Laura Whitcombe",
	           "Presenter NAME: a title");
	r = analyze(NULL, P("\"The evidence is clear,\" said Jane Hollis KC, prosecuting.",
	                    "\"He lied,\" Jane Hollis told the court."));
	is_int(quoteset_speaker_count(r.q), 1, "NAME KC and NAME: one person, the letters a suffix");
	done(&r);
	r = analyze(NULL, P("\"It was a different world,\" said Peter Doyle, 79.",
	                    "Frank O'Brien laughed. 'I would do it all again,' he said, 'if my knees would"
	                    " let me.'"));
	is_str(kind_of(&r, "if my knees would let me."), "direct",
	       "'Q1,' he said, 'Q2' in single marks where double ones quote: Q2 goes on with Q1");
	is_str(speaker_of(&r, "if my knees would let me."), "Frank O'Brien", "... and is his");
	done(&r);
	said_by(P("\"I miss my friends,\" Megan Fairweather said.",
	          "His wife, Bernice, disagreed with the plan. \"The worst part is not knowing,\" she said."),
	        "The worst part is not knowing,", "Bernice",
	        "His wife, GIVEN, ...: \"she\" is GIVEN, whose sex the noun says");
	said_by(P("\"We will win,\" Ann Lee said.",
	          "Mr. Trump's embrace is not limited to China. \"We have the cards,\" he said."),
	        "We have the cards,", "Trump", "Mr. SURNAME opening the sentence: \"he\" by the honorific");
	r = analyze(NULL, P("Tom and Angela Fairweather have lived on Elm Street for 30 years.",
	                    "\"We did not think it would come to this,\" Mr Fairweather said.",
	                    "\"It is every night,\" Mrs Fairweather said."));
	is_str(qspeaker(&r, 0), "Tom Fairweather", "GIVEN and GIVEN SURNAME, then Mr SURNAME: the man");
	is_str(qspeaker(&r, 1), "Angela Fairweather", "... and Mrs SURNAME: the woman");
	done(&r);
	said_by(P("Angela Fairweather said the noise was unbearable.",
	          "\"We did not think it would come to this,\" Mr Fairweather said."),
	        "We did not think it would come to this,", "Fairweather",
	        "Mr SURNAME after a woman's full name: not her");
	said_by(P("Basem Naim, a senior Hamas official, said the group had accepted. \"We are flexible,\""
	          " Naim said.",
	          "An Israeli official, who spoke on condition of anonymity, said the plan had gaps."
	          " \"They want everything up front,\" the official said."),
	        "They want everything up front,", "",
	        "a NOUN brought in unnamed, then \"the NOUN\": that one, not a named NOUN before");
	reported_is(P("\"It works,\" said Dr. Melody Ding.", "According to the paper, each 1,000 steps"
	              " lowered the risk."),
	            "each 1,000 steps lowered the risk", "the paper", "according to the paper: a text");
	speaker_is(P("\"It works,\" said Dr. Melody Ding.", "According to the paper, each 1,000 steps"
	             " lowered the risk."),
	           1, "", "... which is no speaker");
	speaker_is(P("The National Weather Service issued a flood warning on Monday.",
	             "The weather service said the rain would be \"relentless.\""),
	           0, "National Weather Service", "the LOWER CASE TAIL of a body named before: that body");
	speaker_is(P("\"We oppose this,\" a Chinese foreign ministry spokesman said."), 0,
	           "Chinese foreign ministry", "a COUNTRY institution spokesman: the institution");
	speaker_is(P("\"We were ready,\" said Tom Smith, a player.", "\"It was routine,\" an Israeli military"
	             " spokesperson said."),
	           1, "Israeli military", "an Israeli military spokesperson: the military");
	reported_is(P("Peter Doyle, 79, who played in a '60s group, said the era was romanticised."),
	            "the era was romanticised", "Peter Doyle",
	            "NAME, AGE, who ... '60s ..., said: a decade cut short is a word, no mark");
	r = analyze(NULL, P("\"It was fine,\" Ann Lee said. She said the trial was expected to last"
	                    " up to six weeks."));
	is_int(nreported(&r), 1, "X said SUBJECT was expected to: one report");
	is_str(speaker_of(&r, "the trial was expected to last up to six weeks"), "Ann Lee",
	       "... X's, not the sourceless passive's");
	done(&r);
	r = analyze(NULL, P("Opposition Leader Peter Dalby accused the government of living in a \"budget"
	                    " fantasy\", claiming Labor's surplus relies on commodity prices."));
	is_str(speaker_of(&r, "budget fantasy"), "Peter Dalby",
	       "\"Q\", claiming NP ...: the sentence's subject, not the participle's object");
	is_str(kind_of(&r, "Labor's surplus relies on commodity prices"), "indirect",
	       "... and what it claims is reported");
	done(&r);
	said_by(P("Pompeo said that after a review Washington had concluded the settlements were \"not,"
	          " per se, inconsistent with international law\"."),
	        "not, per se, inconsistent with international law", "Pompeo",
	        "X said that Y had concluded \"Q\": X's words, Y's view");
	said_by(P("Renata Sokolova won gold.", "\"She was a worker,\" said her former coach, Diane Petrakis."),
	        "She was a worker,", "Diane Petrakis", "\"Q,\" said OWNER's ROLE, NAME: NAME");
	r = analyze(NULL, P("\"She was a worker,\" Diane Petrakis said.", "\"He was lazy,\" says his father."));
	is_str(mention_of(&r, "He was lazy,"), "his father", "\"Q,\" says his NOUN: the noun phrase, no pronoun");
	is_str(speaker_of(&r, "He was lazy,"), "", "... whom the text does not name");
	done(&r);
	said_by(P("The family said Luis was \"a gentle, hardworking young man\" who loved his job."),
	        "a gentle, hardworking young man", "",
	        "The family said NAME was \"Q\": the family's words, not NAME's");
	said_by(P("\"He was kind,\" Ann Lee said.", "The Ortega family said Luis was \"a gentle man\" at"
	          " heart."),
	        "a gentle man", "", "the NAME family: a group, not the latest speaker");
	reported_is(P("Reporters asked if the plan would work."), "if the plan would work", "Reporters",
	            "asked if CLAUSE: the question, as with \"whether\"");
	no_reported(P("The plan fails if it rains."), "\"if\" after no form of \"ask\" opens no question");
	said_by(P("\"It was hard,\" Ann Lee replies."), "It was hard,", "Ann Lee",
	        "\"Q,\" NAME replies: a cue in the present");
	reported_is(P("The fund said in a statement posted on its website that it had received $40,000."),
	            "it had received $40,000", "The fund",
	            "said in a statement posted on SITE that CLAUSE: past the phrase to the clause");
	no_reported(P("The general spoke at a base on the bay that overlooks the city."),
	            "spoke at PLACE that VERBs: a relative clause, no report");
	one_reported(P("Teresa Ng, one of three members who backed the new levy, was blunter."),
	             "the new levy", "NAME, one of those who VERBed NP, was ...: the relative clause ends at its comma");
	one_reported(P("A senior official who spoke on the condition of anonymity said the talks had"
	               " stalled."),
	             "the talks had stalled", "spoke on the condition of anonymity: how, not what");
	speaker_is(P("Acme Corp. issued a statement on Monday. \"We regret the error,\" the statement said."),
	           0, "Acme Corp.", "X issued a statement ... the statement said: X");
	said_by(P("Trump attacked a statement from the mayor. \"It is false,\" the statement said."),
	        "It is false,", "", "... not the subject of a sentence that only names the statement");
	roles_are(P("Samajwadi Party chief Akhilesh Yadav said the tax was \"unfair.\""),
	          "Samajwadi Party chief", "NAME NAME title NAME: the capitalised words open the role");
	roles_are(P("United Nations spokesman Farhan Haq said the camp was \"unsafe.\""),
	          "United Nations spokesman", "United Nations spokesman NAME: a role, not a body's name");
	said_by(P("\"We responded in four minutes,\" said Police Chief Howard Klein.",
	          "\"There's a guy, he's bleeding,\" the caller says in the recording."),
	        "There's a guy, he's bleeding,", "",
	        "the NOUN for what someone does, after a speaker who holds an office: not that speaker");
	said_by(P("Ivanka Trump, the nominee's eldest daughter, said fathers would not be eligible. When"
	          " pressed, the"
	          " 34-year-old mother of three replied, \"It is meant to benefit the mother.\""),
	        "It is meant to benefit the mother.", "Ivanka Trump",
	        "... but an age or a sex in the noun phrase fits whoever has it");
	said_by(P("Sen. J.D. Vance appeared at a rally in Ohio on Monday.",
	          "Vance told the crowd that the election was \"rigged.\""),
	        "rigged.", "J.D. Vance", "INITIALS SURNAME before: the initials are no heading in capitals");
	roles_are(P("Kicker Sam Ortiz said the wind was \"brutal.\""), "Kicker",
	          "a player's position before the name: a role");
	said_by(P("\"The odds are long,\" said Avi Bell, a senior fellow.",
	          "Saeb Erekat said it was the latest move to force the Palestinians to give up.",
	          "\"They wanted us on our knees. We stand tall.\""),
	        "They wanted us on our knees. We stand tall.", "Saeb Erekat",
	        "a quote alone after a paragraph that opens with NAME: NAME, not the quote before it");
	r = analyze(NULL, P("Liverpool won 2-0 on Saturday.", "\"We were excellent,\" the Pole said."));
	is_int(quoteset_speaker_count(r.q), 0, "the Pole, the Turk, the Brit: a nationality, no one named Pole");
	done(&r);
	roles_are(P("\"It was fun,\" said Dane Cook."), "", "... but Dane, a given name too, stays one");
	reported_is(P("Scientists who were not involved in the research said the findings were sound."),
	            "the findings were sound", "Scientists",
	            "NOUN who VERB ... in PHRASE said CLAUSE: the noun, past its relative clause");
	reported_is(P("Residents who spoke at the meeting said the ban was cruel."), "the ban was cruel",
	            "Residents", "NOUN who spoke at PLACE said: the cue in the relative clause reports nothing");
	one_reported(P("The justices ruled 6-3 that the law did not apply."), "the law did not apply",
	             "ruled TALLY that CLAUSE: the tally is no part of the clause");
	one_reported(P("The manager admitted afterwards that the drought had weighed on him."),
	             "the drought had weighed on him", "admitted afterwards that: a time between");
	reported_is(P("Ray Dell said: the fire could double in size by Friday."),
	            "the fire could double in size by Friday", "Ray Dell",
	            "said: CLAUSE unquoted: the clause");
	no_reported(P("Delacroix gave an update: the fire has burned 14,500 acres."),
	            "NOUN: CLAUSE after no verb of saying reports nothing");
	/* The role set off after a source that opens the sentence is no part
	 * of the clause; "then" after the cue is when. */
	reported_is(P("According to Rachel Voss, a congressional scholar at the Brookings Institution, neither"
	              " side has much incentive to compromise."),
	            "neither side has much incentive to compromise", "Rachel Voss",
	            "According to NAME, a ROLE at BODY, CLAUSE: the clause after the role");
	reported_is(P("According to Voss, the deal, signed in May, is dead."), "the deal, signed in May, is dead",
	            "Voss", "According to NAME, the NOUN, ..., VERB: the noun is the clause's subject");
	reported_is(P("He said then that adding patrols would mean overtime."),
	            "adding patrols would mean overtime", "He", "said then that: a time");

	/* "CLAUSE, X said ADJUNCTS.": where it was said runs to the end. */
	reported_is(P("Inflation will fall next year, Anna Roth said at a news conference in the capital."),
	            "Inflation will fall next year", "Anna Roth",
	            "CLAUSE, X said at A in B.: the clause before the source");
	reported_is(P("So, if you see a bug, spend a minute and write about it in the bug tracker."),
	            "(none)", "(none)", "..., spend a minute and write about it in ...: no source");

	reported_is(P("Igor Savchuk said the troops had reached the river but had not crossed it."),
	            "the troops had reached the river but had not crossed it", "Igor Savchuk",
	            "said A but had not B: the clause's subject goes on");
	reported_is(P("Smith said the plan was sound but offered no evidence."), "the plan was sound", "Smith",
	            "said A but VERBed B: the writer's again");
	reported_is(P("Jones did not want to stay in the hospital, but was treated as an outpatient."),
	            "to stay in the hospital", "Jones", "..., but was B: the writer's");
	reported_is(P("Justice Graham Whitlow, writing for the three dissenting justices, argued that the"
	              " majority had ignored the market."),
	            "the majority had ignored the market", "Justice Graham Whitlow",
	            "NAME, writing for X, argued that: the aside is no report");
	reported_is(P("Olena Maksymenko urged residents who remained in the town to evacuate."),
	            "residents who remained in the town to evacuate", "Olena Maksymenko",
	            "urged Y who ... to DO: Y with its relative clause");
	reported_is(P("The agency quoted Tom Baker as saying that the talks are over."), "the talks are over",
	            "Tom Baker", "X quoted NAME as saying that: NAME");
	reported_is(P("The court held that the act does not allow such fees."), "the act does not allow such fees",
	            "The court", "the court held that: a ruling");
	no_reported(P("The meeting was held on a boat that cruised down the Danube."),
	            "was held on ... that: a passive, no ruling");

	reported_is(P("The police department said in a post on its Facebook page Wednesday morning that"
	              " officers were dispatched at 3:43 p.m."),
	            "officers were dispatched at 3:43 p.m.", "The police department",
	            "said in A LONG OCCASION that NOUN VERB: the clause after \"that\"");
	reported_is(P("Tom Baker said the plan was fair but that \"nobody is happy.\""), "the plan was fair",
	            "Tom Baker", "said A but that \"Q\": A reported, Q quoted");
	reported_is(P("Treadwell replied that regulators had not yet finalized new rules and that the bank"
	              " would rather \"keep some powder dry.\""),
	            "regulators had not yet finalized new rules", "Treadwell", "replied that A and that ...\"Q\"");
	no_reported(P("A spokeswoman, Anna Greer, declined to comment on the talks."),
	            "declined to comment on X: nothing said");
	no_reported(P("Anna Greer declined to comment on reports that the firm had held talks."),
	            "declined to comment on reports that: nor here");
	reported_is(P("Obama declined to threaten Moscow."), "to threaten Moscow", "Obama",
	            "declined to DO: a stance");

	/* "this" opens the clause unless a time follows it, or it stands for
	 * what was said before. */
	reported_is(P("Ana Lindahl said this plan would fail."), "this plan would fail", "Ana Lindahl",
	            "said this NOUN VERB: \"this\" opens the clause");
	reported_is(P("Ana Lindahl said this summer that the plan would fail."), "the plan would fail",
	            "Ana Lindahl", "said this summer that: a time");
	no_reported(P("We have said this before, many times."), "said this before: nothing new is reported");
	no_reported(P("They blame this on the last government."), "blame this on X: nor here");
	reported_is(P("Maya Chen told a reporter that, either way, she intended to stay in town."),
	            "either way, she intended to stay in town", "Maya Chen",
	            "told Y that, ADJUNCT, CLAUSE: the clause past the commas");
	reported_is(P("The company forecast that sales would be flat."), "sales would be flat", "The company",
	            "forecast that: the past of \"forecast\" reports");
	no_reported(P("More rain is forecast for Sunday, with two inches possible."),
	            "is forecast for: a forecast, not a report");
	no_reported(P("The weather forecast calls for rain on Sunday."), "the weather forecast: a noun");
	one_reported(P("She says that day is why she is running for office."),
	             "that day is why she is running for office",
	             "says that DAY is ...: \"that\" points at the day, the clause keeps it");
	said_by(P("\"We were excellent,\" said Liverpool manager Jan Kowalczyk.",
	          "Striker Tomas Berglund came off the bench to score the winner.",
	          "\"It was a special day,\" the 27-year-old told Sky Sports."),
	        "It was a special day,", "Tomas Berglund",
	        "the N-year-old: who opened the sentence before, ending the paragraph before");
	said_by(P("3:15 p.m. ET \xE2\x80\x94 Resident Carl Ward said he had \"driven through smoke.\"",
	          "4:45 p.m. ET \xE2\x80\x94 Commander Ray Dell gave an update on the fire. He said there"
	          " were \"no injuries.\""),
	        "no injuries.", "Ray Dell", "a live blog's TIME \xE2\x80\x94 NAME ...: NAME opens the sentence for \"he\"");
	said_by(P("3:15 p.m. ET -- Resident Carl Ward said he had \"driven through smoke.\"",
	          "4:45 p.m. ET -- Commander Ray Dell gave an update on the fire. He said there"
	          " were \"no injuries.\""),
	        "no injuries.", "Ray Dell", "... and after a typewriter's dash, TIME -- NAME");
	said_by(P("Tim Morrison, a key witness, said he had listened to the call.",
	          "\"I was concerned,\" the witness said."),
	        "I was concerned,", "Tim Morrison", "the witness: a noun in -ss is no plural");
	r = analyze(NULL, P("Lee said the plan was \"a mistake\" and the vote would fail."));
	is_int(nreported(&r), 0, "said A \"Q\" and B, no second \"that\": nothing reported");
	done(&r);
	r = analyze(NULL, P("The mayor complained about the noise on Friday, even suggesting the club "
	                    "should close."));
	is_int(nreported(&r), 2, "X complained about THING, even suggesting CLAUSE: two reports");
	is_str(qtext(&r, 0), "the noise on Friday", "... the first ends at the participle");
	is_str(qtext(&r, 1), "the club should close", "... the participle reports its own clause");
	is_str(mention_of(&r, "the club should close"), "The mayor", "... for the sentence's subject");
	done(&r);
	headline_reports("Budget Cuts Will Close Three Schools, Mayor Says",
	                 "Budget Cuts Will Close Three Schools",
	                 "a title-case headline CLAUSE, SOURCE Says");
	r = analyze("More support for families to buy first flat, says Desmond Lim",
	            P("National Development Minister Desmond Lim spoke on Sunday."));
	is_str(qtext(&r, 0), "More support for families to buy first flat", "a headline CLAUSE, says NAME");
	is_str(qspeaker(&r, 0), "Desmond Lim", "... by NAME");
	done(&r);
	headline_reports("Brexit deal is dead, says Johnson", "Brexit deal is dead",
	                 "a headline CLAUSE, says SURNAME");

	reported_is(P("The plan would cut taxes for most families, the senator told reporters on Friday."),
	            "The plan would cut taxes for most families", "the senator",
	            "CLAUSE, X told ADDRESSEE WHEN: the clause before the source");
	one_reported(P("The real problem, he told me on Friday, is that nobody reads the fine print."),
	             "The real problem, he told me on Friday, is that nobody reads the fine print",
	             "HALF, X told me, HALF");
	no_reported(P("Before we start, I have to warn you about something that is important."),
	            "'to warn you about THING.' after an opening clause reports nothing");
	reported_is(P("Republicans are slamming the governor for his handling of the budget."),
	            "the governor for his handling of the budget", "Republicans",
	            "X is slamming Y for THING: the -ing form of a verb of blame");

	/* Verbs of the mind report a clause, not a thing. */
	no_reported(P("Police found the suspect's car near the river."),
	            "found THING: a verb of the mind with a thing reports nothing");
	no_reported(P("They expect a big crowd at the rally on Sunday."),
	            "expect THING: no clause, nothing reported");
	reported_is(P("Officials expect prices to rise in the spring."),
	            "prices to rise in the spring", "Officials", "expect X to DO: the object's verb");
	reported_is(P("Economists think the economy grew faster last year."),
	            "the economy grew faster last year", "Economists",
	            "think CLAUSE: an irregular past is the clause's verb");
	reported_is(P("She thinks it's a mistake to wait."), "it's a mistake to wait", "She",
	            "thinks CLAUSE: a contracted 'is' is the clause's verb");
	no_reported(P("The mayor said as much in an interview on Friday."),
	            "said as much: what the sentences before say");

	reported_is(P("The tax has hurt the party with young voters, the senator said, since most of "
	              "them want action."),
	            "The tax has hurt the party with young voters, the senator said, since most of them "
	            "want action",
	            "the senator", "HALF, X said, since REASON: the reason is the speaker's");
	reported_is(P("The moderator asked him about his tax returns during the debate."),
	            "his tax returns during the debate", "The moderator", "X asked Y about THING");
	reported_is(P("Critics see the program as an easy way to gain citizenship."),
	            "the program as an easy way to gain citizenship", "Critics",
	            "X sees THING as A THING: a view");
	no_reported(P("Visitors can see how the old mill worked from the bridge."),
	            "see how ...: what is seen is no view reported");

	one_reported(P("The senator has faced questions about her use of a private jet."),
	             "her use of a private jet", "faced questions about THING: talk with no owner");
	speaker_is(P("The senator has faced questions about her use of a private jet."), 0, "",
	           "... and no speaker");
	no_reported(P("The questions about the exam were easy for most of the class."),
	            "'The questions about THING' opening a sentence are a thing");
	reported_is(P("Voters heard his long-standing ideas about trade in every speech."),
	            "trade in every speech", "his", "OWNER's ideas about THING");

	no_reported(P("Nobody remembers what the coach said about the referee after the game."),
	            "said about THING: a topic, not a clause");

	one_reported(P("The mayor plans to close the old library on Sunday, an aide said."),
	             "The mayor plans to close the old library on Sunday",
	             "CLAUSE, X said holds the 'plans to' inside it");

	reported_is(P("The agency said the five firms -- all of them from Texas -- had won the contracts."),
	            "the five firms -- all of them from Texas -- had won the contracts", "The agency",
	            "X said A -- ASIDE -- B: the clause goes on after a closed aside");

	reported_is(P("The senator urged restraint after the vote on Friday."),
	            "restraint after the vote on Friday", "The senator",
	            "X urged THING: no addressee, the thing urged");
	headline_reports("Railing Against Taxes, Mayor Vows To Cut The Fees For Shops",
	                 "To Cut The Fees For Shops", "a title-case headline PHRASE, NAME Vows To DO");
	r = analyze("Fact check: Vance's claim that 'millions' of immigrants voted is false",
	            P("Sen. JD Vance said millions of immigrants voted."));
	is_str(kind_of(&r, "'millions' of immigrants voted"), "indirect",
	       "a headline's OWNER's claim that CLAUSE is ...: the clause, its mark kept");
	is_str(speaker_of(&r, "millions"), "JD Vance", "... and the headline's quoted word is the owner's");
	done(&r);
	headline_reports("Shares slip as Mayor vows to cut the fees for shops",
	                 "to cut the fees for shops", "a headline's CLAUSE as NAME VERBs: the report after as");
	headline_reports("Stocks slide as Fed warns of a slower recovery", "of a slower recovery",
	                 "... the source a body's initials");
	r = analyze("Stocks rise as traders cheer the data", P("The council met on Monday."));
	is_int(nreported(&r), 0, "a headline's as-clause opened by a lower-case word reports nothing");
	done(&r);

	reported_is(P("The average shows the mayor ahead by three points, using the five latest polls."),
	            "the mayor ahead by three points", "The average",
	            "CLAUSE, using ...: a short participle is the writer's too");

	one_reported(P("The new bridge is expected to open in the spring."),
	             "The new bridge is expected to open in the spring",
	             "X is expected to DO: the subject is part of what is expected");
	one_reported(P("His father was Kenyan and the president is expected to meet relatives in"
	               " Nairobi."),
	             "the president is expected to meet relatives in Nairobi",
	             "A and X is expected to DO: the subject after the 'and'");
	reported_is(P("Although Mrs. Lee's plan is intended to make the rich pay more, it leaves"
	              " loopholes open."),
	            "to make the rich pay more", "Mrs. Lee's plan",
	            "Although X's plan is intended to DO, ...: what it is for, its subject as written,"
	            " to the end of the subordinate clause");
	reported_is(P("Considering a laptop is intended to be a portable machine, the weight is odd."),
	            "to be a portable machine", "a laptop",
	            "Considering X is intended to DO, ...: a participle opens the subordinate clause");
	no_reported(P("Job cuts will be announced later this week in areas that do not support the"
	              " core business."),
	            "a passive after a modal: the subject is what is announced, nobody speaks");
	no_reported(P("The case can be charged using the Lightning connector."),
	            "a passive after 'can be' reports nothing");
	no_reported(P("The first sentence has been clarified to reflect that the mayor wants a"
	              " review."),
	            "a passive before 'to' that its subject did not hear: not the subject's words");
	reported_is(P("Jeff Sanborn, president of Chapter & Verse, a Spokane advertising agency,"
	              " said he thought the campaign was weak."),
	            "he thought the campaign was weak", "Jeff Sanborn",
	            "NAME, ROLE with '&', ROLE2, said: the name before the appositives speaks");
	reported_is(P("The plan comes from Rudi Roeslein, a wealthy entrepreneur who thinks he has"
	              " found a fix."),
	            "he has found a fix", "who",
	            "NAME, a NOUN who thinks: the relative pronoun, as written");
	r = analyze(NULL, P("The plan comes from Rudi Roeslein, a wealthy entrepreneur who thinks he"
	                    " has found a fix."));
	is_str(qspeaker(&r, 0), "Rudi Roeslein",
	       "... after a preposition, NAME, a NOUN who thinks: the name speaks");
	done(&r);
	r = analyze(NULL, P("The idea was backed by Senator Ann Lee of Ohio, who said the bill would"
	                    " pass."));
	is_str(qspeaker(&r, 0), "Ann Lee", "by NAME of PLACE, who said: the person, not the place");
	done(&r);
	speaker_is(P("The ACLU of Georgia, one of the plaintiffs, said it would appeal the ruling."), 0,
	           "ACLU of Georgia", "INITIALS of PLACE: one body, not the place");
	speaker_is(P("\"We will appeal,\" said the CEO of Acme, Tom Reyes."), 0, "Tom Reyes",
	           "... but a title's initials name an office, and said ROLE, NAME is the name");
	roles_are(P("\"We will appeal,\" said the chief executive of Acme, Tom Reyes."),
	          "the chief executive of Acme", "said ROLE of BODY, NAME: the name, the role whole");
	roles_are(P("\"We will appeal,\" said the owner of the bar, Tom Reyes."),
	          "the owner of the bar", "said NOUN of THING, NAME: the same");
	r = analyze(NULL, P("The bill went to the University of Ohio, which said it would pass."));
	is_str(qspeaker(&r, 0), "University of Ohio", "to BODY of PLACE, which said: the whole body");
	done(&r);
	reported_is(P("The city, says Jim Lee, a planner, would need more money to fix its roads."),
	            "The city, says Jim Lee, a planner, would need more money to fix its roads",
	            "Jim Lee", "HALF, says NAME, ROLE, HALF: the sentence goes on after the source");
	reported_is(P("This system, says Ann Lee, an immunologist at the University of California,"
	              " San Francisco, helps direct a response to dangers."),
	            "This system, says Ann Lee, an immunologist at the University of California,"
	            " San Francisco, helps direct a response to dangers",
	            "Ann Lee", "HALF, says NAME, ROLE at PLACE, PART, HALF: over the place's parts");
	reported_is(P("The city needs money, says Jim Lee, a planner at the agency."),
	            "The city needs money", "Jim Lee",
	            "CLAUSE, says NAME, ROLE: an appositive to the end is no second half");
	reported_is(P("The dollar may weaken, said Juan Perez, senior trader at Tempus Inc."),
	            "The dollar may weaken", "Juan Perez",
	            "CLAUSE, said NAME, ROLE without an article: no second half either");
	reported_is(P("The city, according to Jim Lee, would need more money to fix its roads."),
	            "The city, according to Jim Lee, would need more money to fix its roads",
	            "Jim Lee", "HALF, according to NAME, HALF: the short half before, and the rest");
	reported_is(P("The Authority - which has rejected the envoy as a mediator if talks are ever"
	              " revived - called for a meeting."),
	            "the envoy as a mediator if talks are ever revived", "which",
	            "NAME - which CUE CLAUSE - VERB: the hyphen alone closes the aside and the clause");
	reported_is(P("Cruz said he was standing on truth and principle - stances that could be lost."),
	            "he was standing on truth and principle - stances that could be lost", "Cruz",
	            "X said CLAUSE - MORE: a hyphen that closes no aside leaves the clause whole");
	reported_is(P("Prosecutors told reporters the decision to drop the inquiry had been taken."),
	            "the decision to drop the inquiry had been taken", "Prosecutors",
	            "told ADDRESSEE CLAUSE with a 'to' inside the clause: the addressee is left out");
	reported_is(P("Volker told the committee he tried to work with the lawyer."),
	            "he tried to work with the lawyer", "Volker",
	            "told ADDRESSEE he tried to: the clause after the addressee");
	reported_is(P("I asked her several times to let me out."),
	            "her several times to let me out", "I",
	            "asked Y ... to DO: Y is part of what is asked");
	one_reported(P("Light use is not thought to cause harm, the authors said."),
	             "Light use is not thought to cause harm",
	             "X is thought to DO, Y said: one report, Y's");

	reported_is(P("The governor has delivered a mostly upbeat message in the weeks since the vote."),
	            "a mostly upbeat message", "The governor",
	            "X delivered A MESSAGE: words given, not where or when");
	no_reported(P("The company offered a discount to new customers in March."),
	            "offered THING that is no words: nothing reported");

	/* ---- the last word of a body's name makes it one ---- */
	speaker_is(P("The Federal Reserve said rates will rise."), 0, "Federal Reserve",
	           "the Federal Reserve: no one named Reserve with the title Federal");
	speaker_is(P("The National Trust said it would sell the house."), 0, "National Trust",
	           "the National Trust: a body");
	speaker_is(P("The British Museum said the vase would stay.", "\"It is ours,\" it added."), 1,
	           "British Museum", "... so 'it added' goes to the museum");

	speaker_is(P("The Seattle-based Pacific Halibut Commission said stocks were stable."), 0,
	           "Pacific Halibut Commission", "'Seattle-based' is no part of a body's name");

	{
		Run amd = analyze(NULL, P("Intel's rival AMD, which reported earnings last month, has said"
		                          " it expects sales to grow."));
		is_int(quoteset_speaker_count(amd.q), 1,
		       "NAME taken for a person, then the body NAME: one speaker");
		const Speaker *s = quoteset_speaker(amd.q, 0);
		is_str(s ? s->name : "", "AMD", "... the body's name");
		done(&amd);
	}

	{
		Run mars = analyze("Mars agrees to buy Kellanova for $36 billion",
		                   P("Mars Inc., the maker of M&M's, said it would acquire Kellanova."));
		is_int(quoteset_speaker_count(mars.q), 1,
		       "a headline's one-word NAME, then NAME Inc.: one body");
		const Speaker *s = quoteset_speaker(mars.q, 0);
		is_str(s ? s->name : "", "Mars Inc.", "... named in full");
		is_str(s && s->naliases ? s->aliases[0] : "", "Mars", "... the short form an alias");
		done(&mars);
	}

	/* "the agency": a government body named before, whole. */
	speaker_is(P("The Food and Drug Administration on Friday approved the first pill for it.",
	             "Dr. Ann Lee, an FDA official, said it was a good option. The agency said the pill"
	             " should be taken for 14 days."),
	           1, "Food and Drug Administration", "the agency: the ADMINISTRATION named before");

	/* An ampersand between capitals is inside the word: "S&P", "AT&T". */
	said_by(P("Analysts at S&P Global said the strike cost \"about $1 billion a month.\""),
	        "about $1 billion a month.", "S&P Global", "analysts at S&P Global: the body, whole");
	roles_are(P("Scott Strenfel, PG&E's principal meteorologist, said winds were strong."),
	          "PG&E's principal meteorologist", "... and in a role");

	/* "a spokesman for National Rail": a body whose name opens with a
	 * title word; "a spokeswoman for Gov. Newsom": a person. */
	r = analyze(NULL, P("A spokesman for National Rail said several lines had been closed.",
	                    "A spokeswoman for Gov. Newsom said the bill was dead."));
	is_str(qspeaker(&r, 0), "National Rail", "for TITLE-WORD NAME, no given name: the body, whole");
	is_str(qspeaker(&r, 1), "Newsom", "for Gov. NAME: the person");
	done(&r);

	/* A body's name with "and" in it is one body, and "the agency". */
	speaker_is(P("Immigration and Customs Enforcement said it arrested 40 people."), 0,
	           "Immigration and Customs Enforcement", "NAME and NAME Enforcement: one body");
	said_by(P("Immigration and Customs Enforcement confirmed the raids.",
	          "The agency said in a statement that it was targeting \"public safety threats.\""),
	        "public safety threats.", "Immigration and Customs Enforcement",
	        "the agency: the ENFORCEMENT named before");

	/* "the company" after a one-word company that has not spoken. */
	speaker_is(P("Apple has agreed to pay $500 million to settle a lawsuit, according to court"
	             " documents.",
	             "\"We have never done anything wrong,\" the company said in a statement."),
	           1, "Apple", "ONE-WORD NAME has agreed ... the company said: that body");
	speaker_is(P("Good morning! The attorney general is investigating WeWork.",
	             "\"We are cooperating,\" the company said."),
	           0, "", "... not a word that is the subject of no verb (Good morning!)");

	/* ---- initials name the body spelled out elsewhere ---- */
	{
		Run cns = analyze(NULL, P("The Christian News Service reported that arrivals will rise.",
		                          "CNS reported that 11,491 refugees had arrived."));
		is_int(quoteset_speaker_count(cns.q), 1, "a body and its initials: one speaker");
		const Speaker *s = quoteset_speaker(cns.q, 0);
		is_str(s ? s->name : "", "Christian News Service", "... named in full");
		is_str(s && s->naliases ? s->aliases[0] : "", "CNS", "... its initials an alias");
		done(&cns);
	}
	speaker_is(P("The FBI said it had opened a case.",
	             "The Federal Bureau of Investigation said the case was closed."),
	           0, "Federal Bureau of Investigation", "initials first, the full name later");
	speaker_is(P("The NRA said it would appeal.", "The Sierra Club said it would not."), 1,
	           "Sierra Club", "initials that are not the other body's stay apart");
	speaker_is(P("\"Prices will rise,\" the Department of Justice said."), 0,
	           "Department of Justice", "a body named with 'of' before 'said' speaks");
	speaker_is(P("The Bank of England warned that prices will rise."), 0, "Bank of England",
	           "... and reports: a past form after 'of NAME' is no noun");

	/* ---- In an interview, X did Y: X's ---- */
	speaker_is(P("John Smith spoke first.", "In an interview with CNN, Smith shrugged off the "
	             "criticism."), 0, "John Smith", "In an interview, X did Y: the clause's subject speaks");
	speaker_is(P("In the poll, Clinton leads Trump by four points."), 0, "",
	           "... but not in a poll");
	speaker_is(P("In a speech in Fort Pierce, Florida Friday, Clinton laid out her plans."), 0, "",
	           "... nor a place before a comma");

	/* ---- CLAUSE, X said, ADDING: two acts ---- */
	{
		Run two = analyze(NULL, P("Prices will rise, the bank said on Monday, adding that wages "
		                          "will follow."));
		is_int(nreported(&two), 2, "CLAUSE, X said, adding that CLAUSE: two reports");
		is_str(qtext(&two, 0), "Prices will rise", "... the first ends before the source");
		is_str(qtext(&two, 1), "wages will follow", "... the second is what X adds");
		is_str(quoteset_get(two.q, 1) ? span_str(&two, quoteset_get(two.q, 1)->mention) : "",
		       "the bank", "... and X adds it, not 'Prices'");
		done(&two);
	}
	one_reported(P("There is no evidence linking the cases, the commission said, according to "
	               "Reuters."),
	             "There is no evidence linking the cases",
	             "CLAUSE, X said, according to Y: X's report, Y the writer's source");
	one_reported(P("Though the transition was seamless, he said, replacing her would be harder."),
	             "Though the transition was seamless, he said, replacing her would be harder",
	             "HALF, X said, HALF with a gerund subject: both halves");
	speaker_is(P("Lijing Cheng spoke first.",
	             "The North Atlantic and the Mediterranean warmed fastest, he said."),
	           0, "Lijing Cheng", "a name in the words 'he' reports is not who 'he' is");

	/* ---- a phrase that names no one still says who spoke ---- */
	{
		Run ko = analyze(NULL, P("Gov. Brian Kemp signed the law.",
		                         "\"We will appeal,\" Kemp's office said."));
		is_str(qkind(&ko, 0), "direct", "'\"Q,\" Kemp's office said': a statement, not a term");
		is_str(quoteset_get(ko.q, 0) ? span_str(&ko, quoteset_get(ko.q, 0)->mention) : "",
		       "Kemp's office", "... its mention as written");
		is_str(quoteset_get(ko.q, 0) ? span_str(&ko, quoteset_get(ko.q, 0)->cue) : "", "said",
		       "... and its cue");
		done(&ko);
	}
	speaker_is(P("Gov. Brian Kemp signed the law.", "Kemp's office said it would appeal."), 0,
	           "Brian Kemp", "NAME's office said: it speaks for the person the text names");
	speaker_is(P("Gov. Brian Kemp signed the law.", "\"We will appeal,\" Kemp's spokeswoman said."),
	           0, "Brian Kemp", "... and NAME's spokeswoman");
	speaker_is(P("Gov. Brian Kemp signed the law.", "Smith's office said it would appeal."), 0, "",
	           "... but not for someone the text does not name");
	speaker_is(P("Boeing will slow production of its jets, the company said on Friday."), 0,
	           "Boeing", "NAME will do X, the company said: the company is the name its clause opens with");
	one_reported(P("Dave Calhoun spoke first.", "Calhoun will step down, the company said."),
	             "Calhoun will step down", "NAME will do X, the company said, NAME a person's");
	speaker_is(P("Dave Calhoun spoke first.", "Calhoun will step down, the company said."), 0, "",
	           "... then the company is not that name");
	speaker_is(P("\"We are pleased,\" Tottenham said in a statement."), 0, "Tottenham",
	           "NAME said in a statement: the verb is the cue");
	reported_is(P("Recent polls in Pennsylvania and Virginia have shown her lead eroding."),
	            "her lead eroding", "Recent polls in Pennsylvania and Virginia",
	            "ADJ NOUNS in PLACES have shown: the whole phrase is the source");

	/* ---- a word the text writes in lower case is no name at a sentence's start ---- */
	speaker_is(P("Research shows yoga can lower stress hormones.",
	             "More research is needed, the authors wrote."),
	           0, "", "'Research shows': the text writes 'research', so no one is named Research");
	reported_is(P("Research shows yoga can lower stress hormones.",
	              "More research is needed, the authors wrote."),
	            "yoga can lower stress hormones", "Research", "... the mention stays as written");
	speaker_is(P("Angela Price, the housing secretary, spoke first.", "The price of homes rose.",
	             "Price said the rise would slow."),
	           0, "Angela Price", "a surname the text also writes in lower case is still a name "
	                              "when the full name is known");
	speaker_is(P("Ascom said it would expand in Europe.", "Details are at www.ascom.com today."), 0,
	           "Ascom", "a web address is no lower-case word");

	/* ---- a capitalised word before a noun modifies it: no speaker ---- */
	reported_is(P("Polling averages show Clinton with a lead in the low single digits."),
	            "Clinton with a lead in the low single digits", "Polling averages",
	            "CAP NOUN show: the source is the whole phrase");
	speaker_is(P("Polling averages show Clinton with a lead in the low single digits."), 0, "",
	           "... and 'Polling' is no one");
	speaker_is(P("Breathing tests showed his lungs could not hold much air."), 0, "",
	           "a capitalised -ing word before a noun is no name");
	speaker_is(P("Ann Ruiz posted on Twitter accusing the label of blocking her songs."), 0,
	           "Ann Ruiz", "a verb in -ed between the name and the cue is no noun");
	speaker_is(P("Ann Ruiz sometimes said the label had blocked her songs."), 0, "Ann Ruiz",
	           "nor is an adverb");
	speaker_is(P("Ann Ruiz isn't saying much about the songs."), 0, "Ann Ruiz",
	           "nor a contraction");

	one_reported(P("Experts in the region say prices will rise next year."),
	             "prices will rise next year",
	             "NOUNS in the NOUN say CLAUSE: say agrees with the plural, a verb");

	one_reported(P("The air had become so bad, the mayor noted, that schools closed for a week."),
	             "The air had become so bad, the mayor noted, that schools closed for a week",
	             "so ADJ, X noted, that RESULT: the result is still the speaker's");

	reported_is(P("Writing for a panel that all agreed the mayor won the debate, the columnist "
	              "noted that the race is close."),
	            "the mayor won the debate", "a panel",
	            "an opening participial phrase ends at its comma");
	reported_is(P("The senator praises openness in others, yet refuses to release his own records."),
	            "openness in others", "The senator", "X praises A, ...");
	r = analyze(NULL, P("The senator praises openness in others, yet refuses to release his own "
	                    "records."));
	is_str(qtext(&r, 1), "to release his own records", "..., yet refuses to DO");
	is_str(mention_of(&r, "to release his own records"), "The senator",
	       "... the sentence's subject refuses");
	done(&r);

	reported_is(P("The aide says the mayor promised to stay on and said she would fight the charges."),
	            "the mayor promised to stay on", "The aide",
	            "X says A and said B: a verb of saying after 'and' opens a report of its own");
	reported_is(P("The governor praised teachers and called for higher pay for new staff."),
	            "higher pay for new staff", "The governor",
	            "X praised A and called for B: a clause too short still ends at 'and'");
	reported_is(P("The mayor has attacked loopholes that help landlords, and has called for "
	              "closing them next year."),
	            "loopholes that help landlords", "The mayor",
	            "X has attacked A, and has called for B: A");
	r = analyze(NULL, P("The mayor has attacked loopholes that help landlords, and has called for "
	                    "closing them next year."));
	is_str(mention_of(&r, "closing them next year"), "The mayor",
	       "..., and has called for B: a relative 'that' is no clause of the source's");
	done(&r);
	r = analyze(NULL, P("The ruling angered protesters here, who marched downtown and called for "
	                    "the footage to be released."));
	is_str(mention_of(&r, "the footage to be released"), "who",
	       "NOUN, who did A and called for B: the relative pronoun");
	done(&r);
	r = analyze(NULL, P("The Teamsters Union - which considers the deal unfair and has rejected "
	                    "the mayor as a mediator - met on Friday."));
	is_str(qspeaker(&r, 0), "Teamsters Union",
	       "NAME - which did A and has rejected B: the name before the dash");
	done(&r);
	r = analyze(NULL, P("Democrats want more revenue (they want lower rates and suggest such rates "
	                    "would spur growth)."));
	is_str(mention_of(&r, "such rates would spur growth"), "they",
	       "A (they did B and suggest C): the subject inside the parenthesis");
	done(&r);
	r = analyze(NULL, P("A new poll has lower numbers (most voters say they like the plan), but "
	                    "also shows that voters want a recount."));
	is_str(mention_of(&r, "voters want a recount"), "A new poll",
	       "A (a parenthesis closed), but also shows B: the subject before the parenthesis");
	done(&r);
	r = analyze(NULL, P("At a briefing in the Oval Office, he said he raised the offer, then cut it "
	                    "and asked for a new deal with the firm."));
	is_str(mention_of(&r, "a new deal with the firm"), "he",
	       "In a PLACE, he did A and asked B: not the place");
	done(&r);
	reported_is(P("As one analyst pointed out with a chart, the gap between the two plans is vast."),
	            "the gap between the two plans is vast", "one analyst",
	            "As X pointed out, CLAUSE");
	reported_is(P("The new rules on water, as the senator noted in May, would cost farmers dearly."),
	            "The new rules on water, as the senator noted in May, would cost farmers dearly",
	            "the senator", "HALF, as X noted, HALF: both halves");
	reported_is(P("Yet, as the senator noted in May, the rules would cost farmers dearly."),
	            "the rules would cost farmers dearly", "the senator",
	            "Yet, as X noted, CLAUSE: no half before");
	reported_is(P("Bemoaning the \"rigged system,\" the senator accused the moderator of being "
	              "a Democrat."),
	            "the moderator of being a Democrat", "the senator",
	            "a partial quotation before the source leaves its cue free to report");
	no_reported(P("\"We will win this,\" the senator said on Fox News in the morning."),
	            "\"Q,\" X said on Fox News: the cue is the quotation's");
	reported_is(P("The senator says the economy has run off the rails, and \"we will fix it\" "
	              "next year."),
	            "the economy has run off the rails", "The senator",
	            "X says CLAUSE, and \"Q\": the clause before the quotation is reported");
	no_reported(P("As Ann Lee wrote on her blog Save, Retire, \"Thrift is a habit.\""),
	            "X wrote on her blog NAME, \"Q\": the blog is no clause");
	no_reported(P("One after another, the mining companies, including Patriot, declared bankruptcy."),
	            "CLAUSE, declared NOUN: a bare noun after the cue is what was declared");
	no_reported(P("But in July of that year, the coal company failed as predicted."),
	            "X failed as predicted: 'as' before the cue leaves it no source");
	no_reported(P("His critics likened the rules to a tax - a charge that might have stung the "
	              "mayor."),
	            "a charge that might have stung: a relative clause after the noun");
	no_reported(P("The states are challenging the Environmental Protection Agency's Clean Power "
	              "Plan rules before ten judges."),
	            "challenging THE LONG NAME's rules: no one told, nothing reported");
	reported_is(P("Large parts of the city are divided by race and income, other studies have "
	              "shown."),
	            "Large parts of the city are divided by race and income", "other studies",
	            "CLAUSE, NOUNS have shown: the phrase before 'have' is the source");
	reported_is(P("The video does not answer whether the man had a gun, as police have said."),
	            "The video does not answer whether the man had a gun", "police",
	            "CLAUSE, as X have said.: the half before it");
	no_reported(P("The party led the way, as shown by the speaker's plan in 1994."),
	            "as shown by X: no one speaks");
	no_reported(P("Heroes of the old films are briefly shown or mentioned in the new series."),
	            "are shown: a passive reports nothing of its subject's");
	reported_is(P("A 2014 study by the law school found 31 cases of fraud among a billion votes."),
	            "31 cases of fraud among a billion votes", "A 2014 study by the law school",
	            "a study found THING: an inquiry's finding, even without a clause");
	no_reported(P("The mayor found the keys of the old car on Monday."),
	            "X found THING: a person finding a thing reports nothing");
	reported_is(P("In a long interview, the mayor also said:",
	              "The city must keep its buses running at night."),
	            "The city must keep its buses running at night", "the mayor",
	            "X said: at a paragraph's end, the next paragraph without marks is the report");
	no_reported(P("The mayor added:", "\"The city must keep its buses running at night.\""),
	            "X added: \"Q\": the quotation's business");
	reported_is(P("Asked about the governor's claim that it had been a bomb, the mayor said he "
	              "would wait for the facts."),
	            "the governor's claim that it had been a bomb", "",
	            "Asked about THING, X said ...: the question, its asker unwritten");
	reported_is(P("When asked whether he would run again, the mayor laughed at the reporters."),
	            "whether he would run again", "", "When asked whether CLAUSE, ...");
	reported_is(P("The efforts are expected to continue up to election day."),
	            "The efforts are expected to continue up to election day", "",
	            "The NOUNS are expected to DO: a cue word after 'the' is a noun");
	reported_is(P("People familiar with the talks say the deal may grow into something bigger."),
	            "the deal may grow into something bigger", "People familiar with the talks",
	            "people familiar with the talks say: 'the talks' is part of the source");
	reported_is(P("The attorney general, the governor's rival in the election, called Friday for "
	              "releasing the police videos."),
	            "releasing the police videos", "The attorney general",
	            "X, ROLE, called Friday for THING: 'called for' with a time between");
	reported_is(P("Each question gets a long answer about why the other side is wrong - which "
	              "it often is, according to the senator."),
	            "which it often is", "the senator",
	            "A - CLAUSE, according to X: the clause starts after a lone hyphen");
	reported_is(P("The officer who fired - Ann Vinson, who was placed on leave - was not wearing "
	              "a camera, police said."),
	            "The officer who fired - Ann Vinson, who was placed on leave - was not wearing "
	            "a camera", "police", "A - ASIDE - B, X said: two hyphens are an aside");
	reported_is(P("The senator accused Ann Cruz, who was born and raised in Cuba, of lying to "
	              "the panel."),
	            "Ann Cruz, who was born and raised in Cuba, of lying to the panel", "The senator",
	            "X accused Y, who was born and raised ..., of THING: 'raised' opens no report");
	reported_is(P("The nurses union endorsed the mayor for a second term on Thursday, another "
	              "sign of labor's support for her."),
	            "the mayor for a second term on Thursday", "The nurses union",
	            "X endorsed Y, another sign of ...: the writer's word on the event");
	reported_is(P("The firm is expected to sell its stores next year, a move that would cut "
	              "jobs."),
	            "The firm is expected to sell its stores next year", "",
	            "..., a move that ...: the writer's word on the event");
	reported_is(P("Last week Stumpf in a televised interview appeared to blame low-level workers "
	              "for the scheme."),
	            "low-level workers for the scheme", "Stumpf",
	            "X in an interview appeared to blame Y: X's, past the occasion and 'appeared to'");
	reported_is(P("However, in his interview, the president said he would not fall silent."),
	            "he would not fall silent", "the president",
	            "However, in his interview, X said: the occasion opens the sentence");
	reported_is(P("Political observers in Virginia and around the country say the senator "
	              "deserves the seat."),
	            "the senator deserves the seat",
	            "Political observers in Virginia and around the country",
	            "NOUNS in A and around THE B say: say agrees with the plural, a verb");
	reported_is(P("Her argument is that the city cannot afford the new stadium."),
	            "the city cannot afford the new stadium", "Her",
	            "OWNER's NOUN is that CLAUSE");
	reported_is(P("The senator said he would not defend the deal but would first review its "
	              "cost."),
	            "he would not defend the deal but would first review its cost", "The senator",
	            "X said A but would B: a modal after 'but' goes on with the clause");
	no_reported(P("The mayor agreed to an interview with the local paper last week."),
	            "agreed to an interview: 'to' before a noun is a preposition");
	no_reported(P("In a tense week, the deal fell apart, the source claimed to the outlet."),
	            "claimed to the outlet: no verb after 'to'");
	no_reported(P("Working on your own car is fun, and the joy of servicing and maintaining your "
	              "car makes the tools worth it."),
	            "servicing and maintaining THING: nouns in -ing, no verb reporting");

	/* ---- failure modes: a cue that reports nothing ---- */
	no_reported(P("It goes without saying that the new taxes are unpopular with donors."),
	            "it goes without saying: the writer's words");
	no_reported(P("It's worth noting those figures are early estimates from the agency."),
	            "it is worth noting: the writer's words");
	no_reported(P("A lawyer for the firm did not respond to requests for comment on Friday."),
	            "respond to THING: 'to' opens no clause");
	reported_is(P("The mayor said to reporters that the plan was dead."), "the plan was dead",
	            "The mayor", "X said to ADDRESSEE that CLAUSE");
	no_reported(P("The mayor called into the morning radio show from her car."),
	            "called into a show: a phone call, not words reported");
	no_reported(P("The two leaders spoke for about five minutes, then left the room."),
	            "spoke for about five minutes: how long, not what");
	no_reported(P("A dozen people demonstrated outside the newspaper on Friday."),
	            "demonstrated outside a building: a protest, no clause");
	no_reported(P("The message was hammered home at every rally this week."),
	            "a passive participle reports nothing of its subject's");
	reported_is(P("The senator was criticized for missing most of the votes on the bill."),
	            "for missing most of the votes on the bill", "The senator",
	            "passive 'was criticized for THING' keeps what was criticized");
	no_reported(P("\"He said the deal was dead,\" she recalled, \"and then he left.\""),
	            "reported speech inside a quotation is the quotation's");
	no_reported(P("Needless to say, the vote was delayed until the spring session."),
	            "needless to say reports nothing");
	no_reported(P("Health worries have dogged the candidate since the summer."),
	            "a cue word used as a noun before a verb");
	no_reported(P("Part of the difficulty lies in the fact that every source of pollution has voters."),
	            "a noun's own that-clause (in the fact that) is no report");
	no_reported(P("The lessons learned in Delhi could also guide other growing cities."),
	            "a participle cue inside the subject of a later verb");
	reported_is(P("Trump said after the convention he would not accept the endorsement."),
	            "after the convention he would not accept the endorsement", "Trump",
	            "a time phrase before the clause's pronoun subject");
	one_reported(P("Customers began using them for work, forcing the company to adapt, Cook said while visiting the conference."),
	             "Customers began using them for work, forcing the company to adapt",
	             "CLAUSE, X said while visiting: the participle's time is no clause");
	reported_is(P("The mayor said while touring the site that the bridge would reopen in May."),
	            "the bridge would reopen in May", "The mayor", "said while touring THING that CLAUSE");
	no_reported(P("As the charges were unsealed, the director testified before the Senate committee in Washington."),
	            "testified before THING: where, not what");
	no_reported(P("Annual emissions plunged, at much less cost than expected, and the program was praised."),
	            "than expected: no one speaks");
	no_reported(P("The trade fight has lasted far longer than most expected, and firms are worried."),
	            "than most expected: a comparison, no report");
	no_reported(P("Drink when you feel thirsty to ensure you are staying hydrated."),
	            "feel ADJECTIVE: how one feels, no thought reported");
	no_reported(P("Many voters felt betrayed when the president invited Trump."), "felt betrayed: no report");
	no_reported(P("Talking to a friend when you feel like binging may help."), "feel like DOING: no report");
	reported_is(P("She felt the plan was unfair to farmers."), "the plan was unfair to farmers", "She",
	            "felt CLAUSE: a clause opens with its subject");
	no_reported(P("She declined that assignment and has since left the network."),
	            "declined that THING: a determiner, no clause");
	no_reported(P("He cared more for the business of his TV show than on solid, scientific research."),
	            "no clause opens with 'than'");
	reported_is(P("Per ESPN's Adrian Wojnarowski, the Lakers are also exploring a trade for a guard."),
	            "the Lakers are also exploring a trade for a guard", "ESPN's Adrian Wojnarowski",
	            "Per X, CLAUSE: as 'According to X'");
	reported_is(P("The deal is worth $40 million over four years, per a source familiar with the talks."),
	            "The deal is worth $40 million over four years", "a source familiar with the talks",
	            "CLAUSE, per X.");
	no_reported(P("Gas costs $5 per gallon, and prices are rising."), "'$5 per gallon' reports nothing");
	no_reported(P("A quarter of that, per the plan, would go to the schools."),
	            "', per X,' as an aside: no clause before it to report");
	reported_is(P("Donald Trump wrote on Twitter that the deal was dead."), "the deal was dead", "Donald Trump",
	            "wrote on Twitter that CLAUSE: where, then what was written");
	reported_is(P("Putin was quoted by the Interfax news agency as saying that Russia would respond."),
	            "Russia would respond", "Putin", "X was quoted by Y as saying CLAUSE: X's report");
	no_reported(P("When the charges were unsealed, Smith testified."),
	            "a subordinate clause alone before 'X testified' says when, not what");
	no_reported(P("If your jam looks runny, don't worry."), "'If CLAUSE, don't worry' reports nothing");
	one_reported(P("If elected, I will cut taxes, the senator said."), "If elected, I will cut taxes",
	             "'If elected, MAIN CLAUSE, X said': the main clause is there");
	no_reported(P("Garrett responded by hitting Rudolph with his own helmet."), "responded by DOING: how, not what");
	no_reported(P("Locksley had discovered a group of cells called innate lymphoid cells that secrete cytokines."),
	            "a noun before 'called' makes it a participle naming the noun");
	reported_is(P("Authorities announced on Friday the arrest of a man in the shooting."),
	            "the arrest of a man in the shooting", "Authorities",
	            "announced on Friday THING: the time is no part of the thing");
	reported_is(P("Some studies had hinted at a link between taste receptors and immune function."),
	            "at a link between taste receptors and immune function", "Some studies", "hinted at THING");
	reported_is(P("Rendell said he had battled pneumonia three times and called it a common ailment during campaigns."),
	            "he had battled pneumonia three times", "Rendell", "said CLAUSE and called: the first report");
	no_reported(P("The company struggled to contend with the millions of users who signed up."),
	            "contend with: to cope, not to argue");
	no_reported(P("Netflix changed the game, but no one knows how much the streaming wars will cost."),
	            "no one knows: no source, no report");
	no_reported(P("Nobody said the plan would be easy."), "nobody said: no report");
	r = analyze(NULL, P("Rivals contend that the merger would raise prices."));
	is_int(nreported(&r), 1, "Rivals contend CLAUSE: a report");
	is_str(qspeaker(&r, 0), "", "a capitalised plural before a plural verb is no name");
	done(&r);
	reported_is(P("The minister spoke in the hope that the talks would resume."), "(none)", "(none)",
	            "in the hope that: the hope's clause, not what was said");
	no_reported(P("He said \"the deal is dead\" in a speech on Friday."),
	            "a cue that introduces a quotation reports nothing more");
	r = analyze(NULL, P("Donald Trump is defending his early-morning tweets about the pageant winner."));
	is_int(nreported(&r), 1, "a subject is a noun phrase, not a walk through verbs");
	is_str(qtext(&r, 0), "his early-morning tweets about the pageant winner", "X is defending THING");
	done(&r);

	r = analyze(NULL, P("\"We married,\" Elise Matthesen said.",
	                    "An agreeable woman in her 80s, Jane Starner lives in Indiana. "
	                    "\"I cannot believe it,\" she said."));
	is_str(speaker_of(&r, "I cannot believe it,"), "Jane Starner",
	       "'A description, NAME verb': the name is the subject 'she' refers to");
	done(&r);

	r = analyze(NULL, P("Mexicans said the wall would be an insult to their country.",
	                    "Laos said the dam would be finished in May."));
	is_str(qspeaker(&r, 0), "", "a people ('Mexicans') is no speaker");
	is_str(qspeaker(&r, 1), "Laos", "a country is ('Laos' is no plural)");
	done(&r);
	r = analyze(NULL, P("Fad diets are unhealthy, and studies show that strict eating may trigger binges.",
	                    "Summary Studies show that a food diary is linked to fewer binges."));
	is_str(qspeaker(&r, 1), "", "'Summary Studies show': a word the text writes in lower case, "
	       "capitalised after a label, names no one");
	done(&r);

	r = analyze(NULL, P("PolitiFact ruled that the claim of \"thousands of shootings\" was accurate."));
	is_str(cue_of(&r, "thousands of shootings"), "ruled", "'ruled' is a cue of quotations");
	done(&r);

	roles_are(P("\"We will see,\" said BBC's Emily Maitlis."), "BBC",
	          "an owner alone before the name: where she works, without its 's");
	roles_are(P("\"We will see,\" said BBC\xE2\x80\x99" "s Emily Maitlis."), "BBC",
	          "... with a curly apostrophe too");
	roles_are(P("Alverson, a commissioner on the Halibut Commission, which has managed catch limits since 1924, called it \"a stable resource.\""),
	          "a commissioner on the Halibut Commission", "a relative clause on the body is no part of the role");
	roles_are(P("Sen. Elizabeth Warren, D-Mass., a frequent critic of Powell, called the decision \"a mistake.\""),
	          "D-Mass.; a frequent critic of Powell; Sen.", "a party tag before an appositive is a role of its own");

	r = analyze(NULL, P("The following is a partial transcript of the hearing.",
	                    "SEN. ELIZABETH WARREN: Did you return a single nickel of the money?",
	                    "JOHN STUMPF: Senator, the board will take care of that.",
	                    "WARREN: You should resign and give back the money.",
	                    "NEW DELHI: Nearly 150 people returned home on Friday.",
	                    "DEAR JOHN: My husband just bought plane tickets to India."));
	is_int(quoteset_count(r.q), 3, "a transcript's labels in capitals: three turns, no dateline, no letter");
	is_str(qkind(&r, 0), "indirect", "... each unmarked, so reported");
	is_str(qspeaker(&r, 0), "ELIZABETH WARREN", "SEN. NAME in capitals: the name, the title a role");
	is_str(qspeaker(&r, 1), "JOHN STUMPF", "GIVEN SURNAME in capitals is a person");
	is_str(qspeaker(&r, 2), "ELIZABETH WARREN", "SURNAME: the full name the transcript gave");
	done(&r);
	r = analyze(NULL, P("The council met on Monday.",
	                    "WARNING: This video contains graphic images.",
	                    "EDITOR'S NOTE: This story has been corrected.",
	                    "ATTENTION: Comments that are offensive will be removed.",
	                    "WALLACE: Let us start with the debate."));
	is_int(quoteset_count(r.q), 1, "WARNING:, EDITOR'S NOTE:, ATTENTION: label a notice; only WALLACE: speaks");
	is_str(qspeaker(&r, 0), "WALLACE", "... the transcript's turn");
	done(&r);
	r = analyze(NULL, P("MR. GOLDMAN: Ambassador, did you ever speak to the president about the aid?",
	                    "THE WITNESS: I don't recall the exact date.",
	                    "REP. JIM JORDAN (R-OHIO): Where did you get this information?"));
	is_int(quoteset_count(r.q), 3, "THE WITNESS: and a label with a party tag are turns too");
	is_str(qtext(&r, 2), "Where did you get this information?", "NAME (TAG): WORDS");
	is_str(qspeaker(&r, 2), "JIM JORDAN", "the tag is no part of the name");
	done(&r);
	r = analyze(NULL, P("\"We will act,\" said Sen. Elizabeth Warren.",
	                    "ELIZABETH WARREN: You should resign and give back the money."));
	is_int(quoteset_speaker_count(r.q), 1, "a name in capitals is the one in prose");
	is_str(qspeaker(&r, 0), "Elizabeth Warren", "the name as prose writes it is the canonical one");
	done(&r);

	r = analyze(NULL, P("\"The president has been briefed,\" a statement from the White House said.",
	                    "A statement by Acme Holdings said the plant would close in May."));
	is_str(speaker_of(&r, "The president has been briefed,"), "White House",
	       "a statement from X: X speaks");
	is_str(qspeaker(&r, 1), "Acme Holdings", "a statement by X said CLAUSE: X's report");
	done(&r);

	roles_are(P("\"We will see,\" NBC's Lester Holt said."), "NBC", "an owner alone as a role: the body, not its possessive");

	r = analyze(NULL, P("\"I was signed off work,\" the patient wrote in the case report.",
	                    "\"It happens more than we realize,\" said Owen Dempsey, a chest physician.",
	                    "\"It doesn't affect me at all now,\" the patient wrote."));
	is_str(speaker_of(&r, "It doesn't affect me at all now,"), "",
	       "the same unnamed nominal is still nobody known, not the latest speaker");
	done(&r);

	/* ---- posts embedded with a signature ---- */
	r = analyze(NULL, P("The chief minister turned to Twitter as the haze thickened.",
	                    "I urge all Delhiites to use them whenever needed pic.twitter.com/MYwRz9euaq",
	                    "\xE2\x80\x94 Arvind Kejriwal (@ArvindKejriwal) November 1, 2019",
	                    "Flights were cancelled on Saturday."));
	is_str(speaker_of(&r, "I urge all Delhiites to use them whenever needed"), "Arvind Kejriwal",
	       "plain text: the paragraph above a signature is the signer's, without its link");
	is_str(kind_of(&r, "I urge all Delhiites to use them whenever needed"), "direct",
	       "an embedded post is a direct quotation");
	is_int(nreported(&r), 0, "the post's 'I urge' reports nothing of the writer");
	done(&r);
	r = analyze(NULL, P("Residents joked about the slogan online.",
	                    "on. smog. dot. com. https://t.co/HO1ZRs9T1P",
	                    "-- tall glass of coquito (@_orabora) November 19, 2019"));
	is_str(speaker_of(&r, "on. smog. dot. com."), "@_orabora",
	       "a display name that names no one: the handle is the speaker");
	done(&r);
	r = analyze(NULL, P("The mayor spoke on Friday.", "\xE2\x80\x94 Not a signature (@ without a handle)"));
	is_int(quoteset_count(r.q), 0, "a dash line without a handle signs nothing");
	done(&r);
	/* short and full given names of one surname are one person */
	r = analyze(NULL, P("\"The air was horrific,\" said Josh Apte, an engineer.",
	                    "\"It is a recipe for choking air,\" said Joshua Apte of the University of Texas."));
	is_int(quoteset_speaker_count(r.q), 1, "Josh Apte and Joshua Apte are one speaker");
	is_str(qspeaker(&r, 0), "Joshua Apte", "the full given name is the canonical one");
	done(&r);
	r = analyze(NULL, P("\"We won,\" said Mark Apte.", "\"We lost,\" said Joshua Apte."));
	is_int(quoteset_speaker_count(r.q), 2, "two given names of one surname are two people");
	done(&r);

	/* ---- more attribution forms ---- */
	speaker_is(P("\"We cannot wait,\" Rep. John Mica (R-Fla.) said."), 0, "John Mica", "party-state tag between name and cue");

	speaker_is(P("\"Our assumption is that the veto fails,\" Mitch McConnell, R-Ky., said Tuesday."), 0, "Mitch McConnell", "appositive tag; a weekday is no speaker");

	speaker_is(P("\"He represents our greatest shame.\" \xE2\x80\x95 Sonya Herridge"), 0, "Sonya Herridge", "a dash signature");

	speaker_is(P("Lena Park chairs the board and she called the vote. Tom Ruiz left"
	                    " early, and he did not vote.",
	                    "\"The vote was fair and the count was right,\" she said."), 0, "Lena Park", "she: the most recent compatible person");

	/* The pronoun right after a name is a poor guide to its bearer ("Hillary
	 * Clinton spoke ... he said"): a given name or a title says more. */
	speaker_is(P("Donald Trump arrived late on Tuesday. Hillary Clinton spoke to the crowd first.",
	             "\"We will win this state,\" he said."), 0, "Donald Trump",
	           "he: not the woman named last, whose given name says she is one");
	speaker_is(P("Donald Trump arrived late on Tuesday. Hillary Clinton spoke to the crowd first.",
	             "\"We will win this state,\" he said.",
	             "Mrs. Clinton left before the end. \"It was a good night,\" she said."), 1,
	           "Hillary Clinton", "she: a surname after Mrs. is the woman of that name");
	speaker_is(P("Keith Scott was shot on Tuesday. Mr. Scott had been waiting for his son.",
	             "Rakeyia Scott filmed the encounter. \"Don't shoot him,\" she said."), 0,
	           "Rakeyia Scott", "she: Mr. Scott says nothing of another Scott's sex");
	speaker_is(P("Tom Ruiz chaired the meeting. Susan Park gave the report.",
	             "\"Nobody asked about the money,\" he said later."), 0, "Tom Ruiz",
	           "he: the latest person whose name fits, over a nearer one");

	speaker_is(P("Alan Reed leads the union.",
	                    "Reed summed it up for the members: \"We stay until the contract is signed.\""), 0, "Alan Reed", "a colon after the subject's sentence");

	/* A pronoun before anyone has spoken, when no sentence opens with a
	 * name: the latest full name before the quote that the pronoun fits. */
	speaker_is(P("From the deck of his old boat, skipper Wade Bassi has seen what the"
	             " market does to the fish he catches.",
	             "\"It is pure white,\" he said."), 0, "Wade Bassi",
	           "he: a full name inside a sentence, no speaker before");
	speaker_is(P("During the town hall, Tina Houchins stood up as she waited for the microphone.",
	             "\"As a Gold Star mother, I ask you why,\" she said."), 0, "Tina Houchins",
	           "she: not the capitalised words inside the quote itself");
	speaker_is(P("Rep. Robert C. \"Bobby\" Scott opened his yard to guests as he spoke.",
	             "\"This is a big year,\" he said."), 1, "Robert C. Scott",
	           "a nickname inside a name: the name reads whole, without it");
	speaker_is(P("Rep. Robert C. opened his yard to guests as he spoke.",
	             "\"This is a big year,\" he said."), 0, "",
	           "he: a name cut at an initial is nobody's full name");
	/* ROLE, NAME (PARTY), shouted - after a quote ending in "!". */
	r = analyze(NULL, P("\"This is a big year for our senator!\" Scott's niece, state Del."
	                    " Marcia \"Cia\" Price (D-Newport News), shouted to the crowd. \"The"
	                    " nation is watching.\""));
	is_str(speaker_of(&r, "The nation is watching."), "Marcia Price",
	       "the next quote inherits over the nickname between");
	is_str(speaker_of(&r, "This is a big year for our senator!"), "Marcia Price",
	       "\"Q!\" ROLE, NAME (PARTY), shouted: the name closing the segment");
	is_str(qkind(&r, 1), "term", "the nickname is no speech");
	done(&r);
	/* "Mark Stone's" names Mark Stone: the possessive is not a role. */
	r = analyze(NULL, P("Mark Stone's campaign gained ground this week.",
	                    "Stone openly admires the governor as a \"true leader,\" comparing him"
	                    " to his father."));
	is_str(qkind(&r, 0), "partial", "verb, object, as a \"Q\": partial");
	is_str(qspeaker(&r, 0), "Mark Stone", "a full name read off its possessive");
	done(&r);

	/* "X ... sponsored by NBC News and said": a capitalised word is no verb
	 * between a mention and "and said"; the clause's subject speaks. */
	speaker_is(P("Jane Doe, the senator, spoke at a forum sponsored by NBC News and said she"
	             " has what the job needs: \"Steadiness, and strength.\""), 0, "Jane Doe",
	           "NAME ... by ORG and said: not the organisation");
	/* Bodies: "the Association of Flight Attendants" is one; "the union"
	 * goes to the latest body whose name holds "union", else to nobody. */
	r = analyze(NULL, P("The Association of Flight Attendants called her a \"champion\" on"
	                    " Friday.",
	                    "\"Our members stand with her,\" the union wrote."));
	is_str(qspeaker(&r, 0), "Association of Flight Attendants", "ORG of NAMES is a body");
	is_str(qspeaker(&r, 1), "", "the union: no body whose name says union spoke");
	done(&r);
	r = analyze(NULL, P("The Commission on Presidential Debates said the sound was"
	                    " \"fine\" in the hall.",
	                    "The commission says \"there were issues with the audio.\""));
	is_str(qspeaker(&r, 1), "Commission on Presidential Debates",
	       "the commission: the body of that name that spoke before");
	done(&r);
	speaker_is(P("Ann Lee runs the shop.",
	                    "The company says it saved customers \"millions of dollars\" this year."), 0, "", "The company opening a sentence is no body's name");

	/* The sentence before a quote: its subject a nominal with a full name
	 * in commas after it. */
	speaker_is(P("He built a chain of nursing homes. His former partner at Lenox, Lawrence B."
	             " Cummings, called him a master of deals. \"He saw what others missed.\""),
	           0, "Lawrence B. Cummings", "NOMINAL, FULL NAME, verb ... \"Q\": the name");
	/* An opening phrase holds no subject and its cue does not reach the
	 * quote: "With leaders worried about turnout, President X ...: "Q"". */
	r = analyze(NULL, P("With party leaders worried about turnout among young voters, President"
	                    " Barack Obama is rolling out a new message: \"It is about me.\""));
	is_str(speaker_of(&r, "It is about me."), "Barack Obama",
	       "With ... worried, NAME ...: \"Q\": the main clause's subject");
	done(&r);
	/* A lone surname goes to no full name of the other sex than its titles
	 * elsewhere say. */
	speaker_is(P("President Obama spoke first. \"We will win,\" Obama said.",
	             "Mr. Obama then left with the first lady, Michelle Obama."), 0, "Obama",
	           "Obama, also Mr. Obama: not Michelle Obama");
	/* "it's" is a thing, not a speaker. */
	speaker_is(P("Ann Lee runs the fund. Though the rules allow proxies, it's barred when"
	             " voting \"to fill a vacancy on the ticket,\" per the bylaws."), 0, "",
	           "it's opening the main clause: no speaker");

	/* A country's name speaks for its government; a pronoun after an
	 * inverted cue is the reported clause's subject, not the speaker. */
	r = analyze(NULL, P("The agency said the test showed \"complete disregard\" of the rules.",
	                    "Even China, the North's only ally, said it was \"resolutely opposed\""
	                    " to the test. Russia insisted that it \"stop its escapades.\""));
	is_str(speaker_of(&r, "resolutely opposed"), "China",
	       "COUNTRY, ROLE, said it was \"Q\": the country, not the agency");
	is_str(speaker_of(&r, "stop its escapades."), "Russia", "COUNTRY insisted: the country");
	done(&r);
	/* "The top US diplomat": a country before a word for a person says
	 * where the person is from. */
	speaker_is(P("\"We must act,\" Rex Tillerson said.",
	             "The top US diplomat met the council on Friday, urging countries to do \"far"
	             " more than the minimum\" on sanctions."), 1, "Rex Tillerson",
	           "the top US diplomat ..., urging: not the US");
	/* "said one Democratic source": a counted nominal is a mention. */
	r = analyze(NULL, P("Democrats blasted the panel on Friday.",
	                    "\"Republicans are in a frenzy,\" said one Democratic source on the panel."));
	is_str(mention_of(&r, "Republicans are in a frenzy,"), "one Democratic source",
	       "said one ADJ NOUN: the mention");
	is_str(speaker_of(&r, "Republicans are in a frenzy,"), "", "... and no one named speaks");
	done(&r);
	/* A name after a preposition is no subject: "took to Twitter to
	 * accuse" - but "the police department which reported" is. */
	r = analyze(NULL, P("Donald Trump took to Twitter overnight to accuse the campaign of being"
	                    " \"duped\" by a con."));
	is_str(speaker_of(&r, "duped"), "Donald Trump", "NAME took to ORG to accuse: NAME");
	done(&r);
	r = analyze(NULL, P("They turned to the Chicago Police Department which reported \"2,521"
	                    " shooting incidents\" this year."));
	is_str(speaker_of(&r, "2,521 shooting incidents"), "Chicago Police Department",
	       "to ORG which reported: the body");
	done(&r);
	/* A headline capitalises every word: its runs are nobody's full name. */
	r = analyze("Railing Against Trump, Sanders Vows Change",
	            P("The senator spoke on Monday.", "\"The tax laws are unfair,\" Trump said."));
	is_str(speaker_of(&r, "The tax laws are unfair,"), "Trump",
	       "a surname is not completed from the headline's words");
	done(&r);
	/* A word for a person or an -ing form opening a full name is a role. */
	speaker_is(P("Employee Steve Castro said \"the man grabbed the keys\" and ran."), 0,
	           "Steve Castro", "Employee NAME said: the name without the noun");
	/* An initial without its dot is no word of a headline. */
	speaker_is(P("\xE2\x80\x9CHe is not fit to lead.\xE2\x80\x9D \xE2\x80\x95 Christina N Luis"
	             " Olidem"), 0, "Christina N Luis Olidem",
	           "\"Q\" \xE2\x80\x95 NAME: four parts with a bare initial");
	/* The subject after an opening phrase is a sentence's subject too. */
	speaker_is(P("Mary Poole met Ann Lee in 1990.",
	             "In her book, Lee recalled the day. \"It was cold,\" she said."), 0, "Ann Lee",
	           "she: the subject after 'In her book,' over an earlier sentence's");
	/* A counted plural of bodies is the subject: not the name after it. */
	r = analyze(NULL, P("In August, several environmental groups granted Mr. Clarke an extension,"
	                    " saying his \"start-up capital was less than expected.\""));
	is_str(mention_of(&r, "start-up capital was less than expected."),
	       "several environmental groups", "several ADJ groups ..., saying: the groups");
	is_str(speaker_of(&r, "start-up capital was less than expected."), "",
	       "... who are no named speaker");
	done(&r);
	/* A body in an appositive yields to the person it describes. */
	speaker_is(P("Ann Brunner, a developer and spokeswoman for the Investment Coalition, which"
	             " backs the program, said \"it helped poor places.\""), 0, "Ann Brunner",
	           "NAME, ROLE for ORG, which ..., said: the person");
	/* A plural possessive inside the appositive does not end it. */
	speaker_is(P("The minister spoke on Monday.",
	             "Priya Nair, who chairs the junior doctors' committee, said the minister was"
	             " \"living in a different hospital\"."), 0, "Priya Nair",
	           "NAME, who chairs the doctors' committee, said: NAME, not the nominal after it");
	/* British single marks frame speech even where double marks quote a
	 * term or a letter; single marks in the writer's sentence stay terms. */
	r = analyze(NULL, P("The union called the offer \"an insult\" and \"a stunt\".",
	                    "'Every week we cancel operations,' Dr Priya Nair said. 'The minister"
	                    " knows that.'",
	                    "Her deputy said: 'We will strike.'",
	                    "Officials called it a 'final offer' on Monday."));
	is_str(kind_of(&r, "Every week we cancel operations,"), "direct",
	       "'Q,' NAME said among double marks: speech");
	is_str(speaker_of(&r, "Every week we cancel operations,"), "Priya Nair", "... by NAME");
	is_str(kind_of(&r, "The minister knows that."), "direct",
	       "'Q2.' after the cue's sentence: speech too");
	is_str(speaker_of(&r, "The minister knows that."), "Priya Nair", "... by the same speaker");
	is_str(kind_of(&r, "We will strike."), "direct", "said: 'Q': speech");
	is_str(kind_of(&r, "final offer"), "term", "a single-quoted label stays a term");
	done(&r);
	/* ... and after a cue and its comma; titles in a list stay terms. */
	r = analyze(NULL, P("\"We need food,\" Mr Sani said.",
	                    "Hassan said, 'The commissioner has visited the scene.'",
	                    "She starred in 'Jaws', 'The Birds' and 'Vertigo'."));
	is_str(kind_of(&r, "The commissioner has visited the scene."), "direct",
	       "NAME said, 'Q' among double marks: speech");
	is_str(kind_of(&r, "The Birds"), "term", "'Title', 'Title': terms after a comma");
	is_str(kind_of(&r, "Vertigo"), "term", "... a title ending in 's' closes before 'and'");
	done(&r);
	/* Double marks inside single ones quote within the quotation, as
	 * single marks inside double ones do. */
	r = analyze(NULL, P("Fiona Gallagher rejected the plan. The union called it \"a stunt\".",
	                    "'They promised \"no more buybacks\", and they lied,' Mr Brereton says.",
	                    "'They told us, \"Relax,\"' Ms Gallagher says. 'It never came.'"));
	is_str(speaker_of(&r, "no more buybacks"), "(none)", "'...\"Q\"...': the inner quote stays inside");
	is_str(speaker_of(&r, "They promised \"no more buybacks\", and they lied,"), "Brereton",
	       "... and the outer one is the statement");
	is_str(kind_of(&r, "They told us, \"Relax,\""), "direct",
	       "'... \"Q,\"' she says: the comma inside the inner marks frames it");
	is_str(speaker_of(&r, "It never came."), "Fiona Gallagher", "... and the next statement goes on");
	done(&r);
	/* Where single-quoted statements outnumber double-quoted spans, single
	 * marks are the article's quotation marks: a fragment in them inside a
	 * reported clause is a partial quote, as it would be in double marks. */
	r = analyze(NULL, P("Minister vows to press ahead",
	                    "'We will not be held to ransom,' Mr Harper told the BBC.",
	                    "Mick Lynch, the general secretary of the RMT, said the government was"
	                    " 'deliberately sabotaging' the talks.",
	                    "'They have had months,' he said.",
	                    "The Rail Delivery Group said it was \"disappointed\"."));
	is_str(kind_of(&r, "deliberately sabotaging"), "partial",
	       "British style: a single-quoted fragment after said is partial");
	is_str(speaker_of(&r, "deliberately sabotaging"), "Mick Lynch", "... by the one who said it");
	is_str(kind_of(&r, "disappointed"), "partial", "the odd double-quoted word too");
	is_str(kind_of(&r, "the government was 'deliberately sabotaging' the talks"), "(none)",
	       "the clause holding the fragment is not reported apart");
	done(&r);
	/* A place that stands for the body in it speaks through its spokesperson. */
	speaker_is(P("Talks stall", "\"We remain hopeful,\" a Downing Street spokesperson said."), 0,
	           "Downing Street", "a Downing Street spokesperson: the street stands for the office");
	speaker_is(P("Raid", "\"It is a matter for the police,\" a Scotland Yard spokeswoman said."), 0,
	           "Scotland Yard", "a Scotland Yard spokeswoman");
	/* "told" with people as its addressee, then the clause without "that". */
	reported_is(P("Acme cuts jobs", "Chen told investors the company would cut 500 jobs."),
	            "the company would cut 500 jobs", "Chen", "told investors CLAUSE");
	reported_is(P("Acme cuts jobs", "She told the committee the program had failed."),
	            "the program had failed", "She", "told the committee CLAUSE");
	no_reported(P("Likes", "It moved away from the metrics it once told people had value."),
	            "told people VERB: the clause has no subject of its own, so no report");
	speaker_is(P("Acme cuts jobs",
	             "A spokesman for the United Auto Workers union said \"we will fight the layoffs.\""),
	           0, "United Auto Workers", "the NAME union: the union, by its name");
	/* "It" before a verb a body reports with is the body that spoke last;
	 * before "found" it may be a study. */
	r = analyze(NULL, P("Strikes", "The Rail Delivery Group said it was disappointed by the strikes."
	                    " It estimated the strikes would cost the industry 100 million pounds.",
	                    "It expects the trains to run again by Friday."));
	is_str(speaker_of(&r, "the strikes would cost the industry 100 million pounds"),
	       "Rail Delivery Group", "NAME said ... It estimated CLAUSE: the body");
	is_str(speaker_of(&r, "the trains to run again by Friday"), "Rail Delivery Group",
	       "It expects ... in the next paragraph: the body");
	done(&r);
	r = analyze(NULL, P("Strikes", "The Rail Delivery Group said it was disappointed by the strikes,"
	                    " which it estimated would cost the industry 100 million pounds."));
	is_str(speaker_of(&r, "would cost the industry 100 million pounds"), "Rail Delivery Group",
	       "..., which it estimated CLAUSE: the body");
	done(&r);
	/* A possessive's noun right before the cue is the subject, whole. */
	reported_is(P("Appeal", "The attorney general's office said it would appeal the ruling."),
	            "it would appeal the ruling", "The attorney general's office",
	            "ROLE's office said: the office, not 'The attorney'");
	reported_is(P("Appeal", "Although representatives of Epstein's family said he may have been"
	              " murdered, the examiner disagreed."),
	            "he may have been murdered", "Epstein's family",
	            "... of OWNER's NOUN said: the phrase from the owner");
	/* 'X said, "Q," Y said': Y relates what X said; X spoke the words. */
	r = analyze(NULL, P("Threat", "During the call, Carlineo said, \"somebody ought to stop her,\""
	                    " prosecutors said."));
	is_str(speaker_of(&r, "somebody ought to stop her,"), "Carlineo",
	       "NAME said, \"Q,\" prosecutors said: NAME");
	is_int(nreported(&r), 0, "... and the words before NAME said are no report");
	done(&r);
	/* What one is "to show" is no report, unless it is "that" a clause. */
	no_reported(P("Ruling", "A judge blocked a law that would have required voters to show a passport,"
	              " ruling that it placed a burden on them."),
	            "required voters to show a passport: no report of 'show'");
	reported_is(P("Study", "The data appear to show that the vaccine works."),
	            "the vaccine works", "The data", "appear to show that CLAUSE: reported");
	/* Players' positions are roles before a name, as a coach's is. */
	roles_are(P("Loss", "\"That's on us,\" Bruins forward Brad Marchand said."), "Bruins forward",
	          "TEAM forward NAME: the role");
	r = analyze(NULL, P("Loss", "Bruins forward Brad Marchand called the loss frustrating but said"
	                    " the team would regroup."));
	is_str(speaker_of(&r, "the team would regroup"), "Brad Marchand",
	       "TEAM forward NAME ... but said CLAUSE: the player, not the team");
	done(&r);
	/* A participle after a quotation whose comma is inside its marks goes
	 * with the quotation's speaker. */
	r = analyze(NULL, P("Coal", "Peabody said: \"Patriot Coal was highly successful,\" adding that"
	                    " its market capitalization quadrupled in less than a year."));
	is_str(speaker_of(&r, "its market capitalization quadrupled in less than a year"), "Peabody",
	       "X said: \"Q,\" adding that CLAUSE: reported, by X");
	done(&r);
	/* "and (adverb) says" before a quote: its subject is the first verb's. */
	r = analyze(NULL, P("Video", "Rakeyia Scott watched from the curb.",
	                    "She then urges her husband to come out of the car and repeatedly says,"
	                    " \"Don't you do it,\" until gunshots are heard."));
	is_str(speaker_of(&r, "Don't you do it,"), "Rakeyia Scott", "... and repeatedly says, \"Q\"");
	is_str(cue_of(&r, "Don't you do it,"), "says", "... its cue is the nearer verb");
	is_str(speaker_of(&r, "her husband to come out of the car"), "Rakeyia Scott",
	       "urges Y to DO and says \"Q\": the urging is reported up to 'and'");
	done(&r);
	reported_is(P("Video", "She urges her husband to come out of the car and repeatedly says he should"
	              " stay calm."),
	            "her husband to come out of the car", "She",
	            "urges CLAUSE and repeatedly says CLAUSE2: the first clause ends at 'and'");
	/* A title in title case before the noun it names is no speech, even
	 * in a sentence with a cue; one word of capitalised parts counts. */
	r = analyze(NULL, P("Debate", "He cited criticism of Matt Lauer, who took heat during a"
	                    " \"Commander-In-Chief\" forum earlier this month."));
	is_str(kind_of(&r, "Commander-In-Chief"), "term", "a \"Commander-In-Chief\" forum: a name");
	is_int(nreported(&r), 1, "... and the clause around it is reported");
	done(&r);
	/* Labels in capitals before a colon are no speakers. */
	no_reported(P("Fact check", "The claim spread widely last week.",
	              "PHOTO: A document said to show the goals of the plan.",
	              "BILDE: http://example.com/image/upload/w_1200/r8mkjt.jpg",
	              "CLARIFICATION: An earlier version misstated the date of the vote."),
	            "PHOTO:, BILDE:, CLARIFICATION: label what follows");
	/* A clause after a source that starts right after a quotation inside
	 * the writer's sentence is a fragment, not a report. */
	r = analyze(NULL, P("Markets", "One study says emissions fell 11 percent below the \"cap\" allowed"
	                    " in 2013, according to the latest data available."));
	is_str(kind_of(&r, "allowed in 2013"), "(none)", "below the \"cap\" allowed in 2013, according to X");
	done(&r);
	r = analyze(NULL, P("Ukraine", "Sondland was known for telling others \"he was in charge\" despite"
	                    " being the envoy in Brussels, said another witness, Fiona Hill."));
	is_str(kind_of(&r, "despite being the envoy in Brussels"), "(none)",
	       "\"Q\" despite ..., said X: no clause of its own");
	done(&r);
	/* Contractions of words that name nobody name nobody. */
	r = analyze(NULL, P("Cars", "You're promised a smooth ride in the fastest car available.",
	                    "You\xE2\x80\x99ll want to decide your business name first.",
	                    "Whatever Apple says, the keys can be replaced."));
	for (size_t i = 0; i < quoteset_speaker_count(r.q); i++) {
		const char *name = quoteset_speaker(r.q, i)->name;
		ok(strncmp(name, "You", 3) && strncmp(name, "Whatever", 8),
		   "You're, You'll, Whatever ...: no speaker's name (%s)", name);
	}
	is_str(speaker_of(&r, "a smooth ride in the fastest car available"), "",
	       "You're promised X: no one named");
	done(&r);
	/* One capitalised word opening a sentence whose ending makes it an
	 * adverb, an adjective or a plural of doers names no one; nor does a
	 * month's short form. */
	r = analyze(NULL, P("Trade", "Backers say the tariffs help American companies compete.",
	                    "Shortly after, he began claiming the ambassador was corrupt.",
	                    "Sept announced the offering was off."));
	is_str(speaker_of(&r, "the tariffs help American companies compete"), "", "Backers say: no one named");
	is_int((int)quoteset_speaker_count(r.q), 0, "Backers, Shortly, Sept: no speakers");
	done(&r);
	speaker_is(P("Race", "\"We will win,\" Bradley said."), 0, "Bradley", "... but -ley is a surname");
	/* A time before its subordinator opens the sentence; the subject is
	 * after its comma. */
	r = analyze(NULL, P("Wild win", "Hours before the game, Wild coach Bruce Boudreau"
	                    " expressed confidence in the winger, saying he always finds a way to score."));
	is_str(speaker_of(&r, "he always finds a way to score"), "Bruce Boudreau",
	       "Hours before X, NAME did Y, saying CLAUSE: NAME");
	done(&r);
	r = analyze(NULL, P("Wild win", "The Wild had lost four straight.",
	                    "BUFFALO, N.Y. -- Hours before the game, Wild coach Bruce Boudreau"
	                    " expressed confidence in the winger, saying he always finds a way to score."));
	is_str(speaker_of(&r, "he always finds a way to score"), "Bruce Boudreau",
	       "CITY, ST. -- Hours before X, NAME ..., saying CLAUSE: NAME, past the dateline");
	done(&r);
	/* Institutions' names hold their nationality; an acronym may leave out
	 * a last word joined by "and". */
	r = analyze(NULL, P("Measles cases climb, CDC says",
	                    "Cases have climbed to their highest level in years, the Centers for Disease"
	                    " Control and Prevention said Thursday.",
	                    "The American Academy of Pediatrics urged parents to check their records."));
	is_str(speaker_of(&r, "Measles cases climb"), "Centers for Disease Control and Prevention",
	       "CDC in the headline: the centers named in full below");
	is_str(speaker_of(&r, "parents to check their records"), "American Academy of Pediatrics",
	       "The American Academy of Pediatrics: one body, not 'Academy' with a role 'American'");
	done(&r);
	/* A fragment's speaker is the subject before it, not the writer's
	 * source after it. */
	speaker_is(P("Defence", "Spokeswoman Maria Zakharova dismissed the pledge as \"empty words\","
	             " according to the TASS news agency."),
	           0, "Maria Zakharova", "X dismissed Y as \"Q\", according to Z: X");
	/* Two full names joined by "and" before a verb: neither alone. */
	r = analyze(NULL, P("Defence", "French President Emmanuel Macron and German Chancellor Olaf Scholz"
	                    " on Monday pledged to deepen defence cooperation.",
	                    "\"We have made a turn,\" Scholz said."));
	is_str(speaker_of(&r, "to deepen defence cooperation"), "", "TITLE NAME and TITLE NAME pledged: no one alone");
	roles_are(P("Defence", "French President Emmanuel Macron and German Chancellor Olaf Scholz met.",
	            "\"We have made a turn,\" German Chancellor Olaf Scholz said."),
	          "German Chancellor", "... and the second's role is his own");
	done(&r);
	/* A name before a field a minister's title also names is a body; the
	 * head of a body's name alone, capitalised by a headline, is none. */
	r = analyze(NULL, P("Company admits data breach affected 2 million customers",
	                    "Acme Health disclosed Friday that hackers stole the data of 2 million"
	                    " customers.",
	                    "The company said it would offer two years of free credit monitoring."));
	is_str(speaker_of(&r, "hackers stole the data of 2 million customers"), "Acme Health",
	       "Acme Health disclosed: the body");
	is_str(speaker_of(&r, "it would offer two years of free credit monitoring"), "Acme Health",
	       "the company said: the body named, not a body called 'Company'");
	is_str(speaker_of(&r, "data breach affected 2 million customers"), "",
	       "Company admits in a headline: no body named");
	done(&r);
	/* What one adds without a clause is a thing, not words. */
	no_reported(P("Hockey", "Connor Clifton added a goal as the Bruins beat the Devils again.",
	              "Apple Pencil Pro adds a squeeze gesture."),
	            "added a goal, adds a squeeze gesture: no reports");
	reported_is(P("Hockey", "The coach added the team would regroup before Tuesday."),
	            "the team would regroup before Tuesday", "The coach", "added CLAUSE: reported");
	/* Chants are speech: after a participle of voice, after "chanted,". */
	r = analyze(NULL, P("Rally", "Thousands of protesters marched through the capital, chanting"
	                    " \"Hands off our pensions!\" as unions stepped up pressure.",
	                    "The crowd chanted, \"Lock her up!\"",
	                    "Small groups of protesters marched, chanting, \"Hands up, don't shoot.\""));
	ok(strcmp(kind_of(&r, "Hands off our pensions!"), "term"), "..., chanting \"Q\": no term");
	is_str(mention_of(&r, "Hands off our pensions!"), "protesters", "... the protesters'");
	is_str(kind_of(&r, "Lock her up!"), "direct", "The crowd chanted, \"Q\": speech");
	is_str(mention_of(&r, "Hands up, don't shoot."), "Small groups",
	       "Small groups of protesters ...: a phrase, not someone called Small");
	done(&r);
	/* A name alone the words before call one. */
	speaker_is(P("Rally", "One protester, who gave only his first name, Karim, said \"we stay.\""), 0,
	           "Karim", "..., who gave only his first name, NAME, said");
	speaker_is(P("Royals", "Prince Andrew, the brother of the heir to the throne, Charles, told friends"
	             " the interview was a \"great success\"."),
	           0, "Prince Andrew", "... the heir to the throne, Charles, told: not Charles");
	/* A title after the noun naming its kind. */
	r = analyze(NULL, P("Film", "Buckley surged to fame on the U.K. singing competition \"I'd Do"
	                    " Anything\" before the film."));
	is_str(kind_of(&r, "I'd Do Anything"), "term", "the singing competition \"Title\": a title");
	done(&r);
	/* ", aside from saying": a new act of the source, its own report. */
	r = analyze(NULL, P("Seat", "McAuliffe refuses to discuss potential appointees, aside from saying he"
	                    " wants a diverse delegation."));
	is_str(speaker_of(&r, "to discuss potential appointees"), "McAuliffe", "refuses to DO, aside from ...");
	is_str(speaker_of(&r, "he wants a diverse delegation"), "McAuliffe", "..., aside from saying CLAUSE");
	done(&r);
	/* One told is no speaker; British titles; a plural possessive inside
	 * single marks does not close them. */
	r = analyze(NULL, P("Museum", "'We simply ran out of room,' the director, Sarah Clegg, told the BBC."
	                    " 'The players' union donated half the collection.'",
	                    "Local MP James Hart said he was 'delighted' and that the expansion was"
	                    " 'long overdue'."));
	is_str(speaker_of(&r, "We simply ran out of room,"), "Sarah Clegg",
	       "'Q,' the ROLE, NAME, told the BBC: NAME, not the BBC");
	is_str(kind_of(&r, "The players' union donated half the collection."), "direct",
	       "'... players' union ...': the apostrophe of a plural possessive");
	is_str(speaker_of(&r, "delighted"), "James Hart", "Local MP NAME said he was 'Q'");
	is_str(speaker_of(&r, "long overdue"), "James Hart", "... and that X was 'Q2'");
	done(&r);
	r = analyze(NULL, P("Senate", "\"It's not perfect,\" said Sen. Susan Collins of Maine, the top"
	                    " Republican on the Appropriations Committee, \"but it keeps the government open.\""));
	is_str(kind_of(&r, "but it keeps the government open."), "direct",
	       "\"Q1,\" said NAME, a long ROLE, \"q2\": the statement goes on");
	done(&r);
	/* A document from, by or of someone: that one speaks. */
	r = analyze(NULL, P("Bill", "According to a statement from the White House, Biden will sign the bill.",
	                    "According to a report by the Government Accountability Office, the program"
	                    " wasted money."));
	is_str(speaker_of(&r, "Biden will sign the bill"), "White House", "a statement from ORG");
	is_str(speaker_of(&r, "the program wasted money"), "Government Accountability Office",
	       "a report by ORG");
	done(&r);
	/* A cue in a subordinate clause after a comma or a colon reports up to
	 * the comma that closes it (not one inside a number). */
	reported_is(P("Devil", "Once in my early 20s, when my mother mentioned the devil to me while driving,"
	              " I laughed."),
	            "the devil to me while driving", "mother", ", when X mentioned Y, MAIN: Y");
	reported_is(P("Vote", "They visited Florida in 2000, when the state stated that about 12,000"
	              " voters were ex-cons and purged them."),
	            "about 12,000 voters were ex-cons and purged them", "the state",
	            ", when X stated that CLAUSE with 12,000: the whole clause");
	/* "In an interview, X described Y": the verb reports, the interview is
	 * where; a quotation opening the next paragraphs goes on with X. */
	r = analyze(NULL, P("Campaign", "In a lengthy interview, the former deputy campaign manager, Rachel"
	                    " Ortiz, described an operation that was often at war with itself.",
	                    "\"There were days when nobody knew who was in charge.",
	                    "\"I regret staying as long as I did.\""));
	is_str(speaker_of(&r, "an operation that was often at war with itself"), "Rachel Ortiz",
	       "In an interview, ROLE, NAME, described THING: NAME's report of THING");
	is_str(speaker_of(&r, "There were days when nobody knew who was in charge.\n\n\"I regret staying"
	                      " as long as I did."),
	       "Rachel Ortiz", "a quotation opening the next paragraphs: the one the sentence before reports");
	done(&r);
	/* A caption, a placard, an inscription: label text, not speech. */
	r = analyze(NULL, P("Feud", "Elon Musk mocked Mark Zuckerberg on Sunday, posting a meme with the"
	                    " caption \"Zuck is a cuck.\""));
	is_str(kind_of(&r, "Zuck is a cuck."), "term", "with the caption \"Q\": a term");
	done(&r);
	/* A headline's title alone: the one speaker with that title; a
	 * statement going on after a dash aside. */
	r = analyze("Mayor: 'We will rebuild'",
	            P("\"We will rebuild,\" Mayor Lena Fox said \xE2\x80\x94 her voice breaking"
	              " \xE2\x80\x94 \"every single home.\""));
	is_str(speaker_of(&r, "We will rebuild"), "Lena Fox", "TITLE: 'Q' in the headline: the mayor");
	is_str(kind_of(&r, "every single home."), "direct", "\"Q1,\" X said - ASIDE - \"q2\": goes on");
	done(&r);
	/* A transcript's "THE COURT:" is the judge the text names. */
	r = analyze(NULL, P("Hearing", "A transcript of the hearing before U.S. District Judge Amy Berman"
	                    " Jackson shows the judge pressing prosecutors.",
	                    "THE COURT: Why wasn't this disclosed earlier?",
	                    "MR. SMITH: Your Honor, we were not aware of the document until last week.",
	                    "THE COURT: That is not an acceptable answer."));
	is_str(speaker_of(&r, "Why wasn't this disclosed earlier?"), "Amy Berman Jackson",
	       "THE COURT: a question, the judge's turn");
	is_str(speaker_of(&r, "That is not an acceptable answer"), "Amy Berman Jackson", "THE COURT: the judge");
	done(&r);
	/* Records, emails, files: sources opening a sentence, no one's name. */
	r = analyze(NULL, P("Tax", "Records showed the company paid no federal tax.",
	                    "Emails reveal the mayor approved the deal."));
	is_int((int)quoteset_speaker_count(r.q), 0, "Records showed, Emails reveal: no speakers");
	is_str(mention_of(&r, "the company paid no federal tax"), "Records", "... the source as written");
	done(&r);
	/* The terms a source asks for are no report; the source is before them. */
	reported_is(P("Bar", "A bartender who asked not to be identified said the argument began inside."),
	            "the argument began inside", "A bartender",
	            "X who asked not to be identified said CLAUSE: X's CLAUSE, not 'not to be identified'");
	no_reported(P("Bar", "A neighbor, who asked not to be named, heard three shots."),
	            "asked not to be named: no report");
	/* '"Q," said a NOUN': a noun phrase the lists do not know, as written. */
	r = analyze(NULL, P("Bar", "\"It started over a drink,\" said a bartender who saw it."));
	is_str(mention_of(&r, "It started over a drink,"), "a bartender", "\"Q,\" said a bartender");
	done(&r);
	/* A thing called by a title-case name: a title; a bare cue form before
	 * a participle is the noun it names, no report. */
	r = analyze(NULL, P("Author", "He performed an improvised live show called \"Ask Dr. Mike\" at"
	                    " conventions, and a poem called \"Winter Solstice\" won an award."));
	is_str(kind_of(&r, "Ask Dr. Mike"), "term", "a show called \"Title\": a title");
	is_str(kind_of(&r, "Winter Solstice"), "term", "a poem called \"Title\": a title");
	is_int(nreported(&r), 0, "a live show called ...: no report of 'show'");
	done(&r);
	r = analyze(NULL, P("Budget", "Critics called \"Reckless Spending\" the theme of the year."));
	ok(strcmp(kind_of(&r, "Reckless Spending"), "term"), "people calling it that: no title");
	done(&r);
	/* A sentence-case headline ending in its source. */
	r = analyze("Man charged in shooting outside Denver bar, police say", P("Body text here."));
	is_str(mention_of(&r, "Man charged in shooting outside Denver bar"), "police", "..., police say");
	done(&r);
	r = analyze("Coffee drinkers may live longer, study finds", P("Body text here."));
	is_str(mention_of(&r, "Coffee drinkers may live longer"), "study", "..., study finds");
	done(&r);
	/* A person's trade in -ist or -ian before the name is a role. */
	roles_are(P("Libraries", "\"Libraries matter,\" the sociologist Eric Klinenberg said."), "sociologist",
	          "the sociologist NAME said: a role");
	roles_are(P("History", "\"Read more,\" said historian Jill Lepore."), "historian",
	          "said historian NAME: a role");
	/* A cue's colon before a statement makes it speech, whoever spoke. */
	r = analyze(NULL, P("The union called the offer an insult.",
	                    "One of them said: \"We will strike.\""));
	is_str(kind_of(&r, "We will strike."), "direct", "X said: \"Q\" with X unknown: direct");
	done(&r);
	speaker_is(P("Councilman Greg Adeyemi said \"sixty is not ninety.\""), 0, "Greg Adeyemi",
	           "Councilman NAME: the name without the title");
	roles_are(P("Councilman Greg Adeyemi said \"sixty is not ninety.\""), "Councilman",
	          "... which is the role");
	roles_are(P("Council chair Linda Perez said \"we owe it to every neighborhood.\""),
	          "Council chair", "a body's word opening the sentence before a title: both");
	roles_are(P("Republican nominee Donald Trump said \"it was a bomb.\""), "Republican nominee",
	          "a party's word before a title: both");
	roles_are(P("Chelsea manager Emma Hayes was less amused.",
	            "Hayes said the referee \"got it badly wrong.\""), "Chelsea manager",
	          "a title before the full name where it does not speak is a role too");
	roles_are(P("Critics were slamming Democratic vice presidential nominee Tim Kaine on Monday.",
	            "Kaine said the cases were \"part of the job.\""),
	          "Democratic vice presidential nominee", "... with the party before the title");
	roles_are(P("Ford visited his editor Teresa Nielsen Hayden in May.",
	            "Hayden said the book was \"nearly done.\""), "editor",
	          "... but not the sentence's subject, nor the owner");
	roles_are(P("Sales tax will grow 6 percent, a figure the city's own comptroller, Ray Dunn,"
	            " has called \"optimistic at best.\""),
	          "the city's own comptroller", "a figure ROLE, NAME, has called: the role alone");
	speaker_is(P("Mayor Diane Walsh spoke.",
	             "\"We stand by our numbers,\" said Walsh's spokesman, Kevin Ortiz."), 0,
	           "Kevin Ortiz", "said POSS ROLE, NAME.: the name");
	speaker_is(P("Mayor Diane Walsh spoke.",
	             "\"We stand by our numbers,\" said a spokesman, Kevin Ortiz."), 0, "Kevin Ortiz",
	           "said a ROLE, NAME.: the name");
	/* The subject after a participle opening its sentence is the one a
	 * pronoun in the next sentence means. */
	speaker_is(P("Ella Toone equalized early in the second half.",
	             "\"We should have won,\" Emma Hayes said.",
	             "Asked about last year, Toone shook her head. \"Nothing makes up for that,\""
	             " she said."), 1, "Ella Toone",
	           "Asked ..., NAME shook her head. \"Q,\" she said: NAME");
	/* "according to" after the clause that says who said a quote is where
	 * the quote came from: the clause reports nothing. */
	r = analyze(NULL, P("\"We're not going to make a law here,\" he told reporters on Tuesday,"
	                    " according to a transcript."));
	is_int(nreported(&r), 0, "\"Q,\" he told reporters, according to X: no report");
	done(&r);
	/* A nominal whose noun brought in someone new since the latest speaker
	 * is not the latest speaker. */
	speaker_is(P("\"He had it all planned out,\" Tanya Webb said.",
	             "The bar's owner, who asked not to be named, said Webb had worked there for"
	             " years. \"Everybody loved him,\" the owner said."), 1, "",
	           "the owner after 'The bar's owner, who ...': not the latest speaker");
	/* The appositive after an honorific's name is the role, whole. */
	roles_are(P("\"This is big,\" said Dr. Christopher van Dyck, director of the Alzheimer's"
	            " Disease Research Unit at Yale School of Medicine and the study's lead author."),
	          "director of the Alzheimer's Disease Research Unit at Yale School of Medicine and"
	          " the study's lead author; Dr.",
	          "said Dr. NAME, ROLE: the role after the honorific, not cut at 15 words (and the"
	          " honorific, as 'Dr. Anne Murray' gives it, now that 'van Dyck' is read whole)");
	/* An interview laid out as Q: and A: paragraphs: each answer is the
	 * interviewee's, and "I" in it is not the writer. */
	r = analyze(NULL, P("Dr. Angela Morris became superintendent in July. She sat down with"
	                    " reporter Tom Reyes last week.",
	                    "Q: Do you support closing schools?",
	                    "A: I haven't made a recommendation yet. What I have said to the board is"
	                    " that \"every option is on the table,\" and I meant it."));
	is_str(speaker_of(&r, "every option is on the table,"), "Angela Morris",
	       "\"Q\" with I said inside an answer: the interviewee");
	is_str(qspeaker(&r, 0), "Angela Morris", "A: the answer is the interviewee's");
	is_str(qkind(&r, 0), "indirect", "... unmarked, so reported");
	is_int(quoteset_speaker(r.q, 0)->quote_count, 2, "... yet counted among the speaker's quotations");
	done(&r);
	r = analyze(NULL, P("Experience is thrilled to have Junior Gaspard as its new chief.",
	                    "Q: How did it feel?", "A: Inspired and humbled! It is tremendous."));
	is_str(qspeaker(&r, 0), "Junior Gaspard", "A: ... with no named subject: the first full name");
	done(&r);
	/* A given name in the subject's appositive is who "she" is next. */
	speaker_is(P("Walter Pryce has run the ferry for years.",
	             "His wife, Ruth, who has kept the books since 1986, is less philosophical."
	             " \"He will be lost,\" she said."), 0, "Ruth",
	           "His wife, Ruth, ... \"Q,\" she said: Ruth");
	/* A title before the name opens the sentence: the name is its subject,
	 * and so is a full name in the subject's appositive. */
	r = analyze(NULL, P("\"We are ready for them,\" said Mike Carter, the Tigers' head coach.",
	                    "Rival coach Dan Brooks disagreed. \"They have not played anyone,\" he said.",
	                    "Brooks's assistant, Lena Ortiz, was more measured. \"Both teams are good,\""
	                    " she said. \"It will be close.\""));
	is_str(speaker_of(&r, "They have not played anyone,"), "Dan Brooks",
	       "Rival coach NAME disagreed. \"Q,\" he said: NAME");
	is_str(speaker_of(&r, "Both teams are good,"), "Lena Ortiz",
	       "X's assistant, NAME, was ... \"Q,\" she said: NAME");
	is_str(speaker_of(&r, "It will be close."), "Lena Ortiz", "... and the quote after it");
	done(&r);
	roles_are(P("\"We are ready for them,\" said Mike Carter, the Tigers' head coach."),
	          "the Tigers' head coach", "a plural possessive inside the role after the name");
	/* "fired back" reports, as a phrase: "back" alone and "hit" alone do not. */
	r = analyze(NULL, P("The debate ran late on Monday.",
	                    "Nikki Haley fired back that DeSantis had wasted millions on ads.",
	                    "\"He's so desperate,\" the former U.N. ambassador said.",
	                    "Their song was a hit \"What a Fool Believes\" in 1979."));
	is_str(qtext(&r, 0), "DeSantis had wasted millions on ads", "NAME fired back that CLAUSE");
	is_str(qspeaker(&r, 0), "Nikki Haley", "... by NAME");
	is_str(speaker_of(&r, "He's so desperate,"), "Nikki Haley",
	       "the nominal after her report: her, not the one she answered");
	is_str(kind_of(&r, "What a Fool Believes"), "term", "a hit \"TITLE\": no cue 'hit'");
	done(&r);
	/* A passive cue's subject is who was told, not who spoke; "by" names
	 * the speaker. */
	r = analyze(NULL, P("Born in Oakland to immigrants, Ms. Margaret Liu was told by a school"
	                    " counselor that law was \"no place for a girl like you.\" She later said the"
	                    " remark \"lit a fire I never let go out.\""));
	is_str(speaker_of(&r, "no place for a girl like you."), "", "NAME was told by X that \"Q\"");
	is_str(kind_of(&r, "no place for a girl like you."), "partial", "... still speech");
	is_str(speaker_of(&r, "lit a fire I never let go out."), "Margaret Liu",
	       "Born in ..., NAME was ... She said: NAME");
	done(&r);
	speaker_is(P("He was told by Mayor Ann Lee that it was \"a disaster.\""), 0, "Ann Lee",
	           "was told by NAME that \"Q\": NAME");
	roles_are(P("Her death was confirmed by her daughter, Ellen Liu-Park, who said \"she went"
	            " peacefully.\""), "daughter", "a clause before the name: its words after by");
	roles_are(P("The district's superintendent, Dr. Michael Osei, said scores \"rose a lot.\""),
	          "The district's superintendent; Dr.", "ROLE, Dr. NAME, said: the role over Dr.");
	/* Two particles inside a name; a name subject with a modal inside what
	 * someone says is theirs to say. */
	roles_are(P("European Commission President Ursula von der Leyen said the sanctions were"
	            " \"the toughest ever.\""), "European Commission President",
	          "TITLE Ursula von der Leyen: the name whole, the title apart");
	speaker_is(P("Russian President Vladimir Putin said on Friday that Moscow would respond"
	             " \"in kind\" to sanctions."), 0, "Vladimir Putin",
	           "NAME said that PLACE would respond \"Q\": NAME");
	speaker_is(P("Trump said at a rally that Clinton once described the pact as \"the gold"
	             " standard\" of trade deals."), 0, "Clinton",
	           "X said that NAME described it as \"Q\": NAME's words");
	/* A spokesperson speaks for the body or the person named after "for";
	 * a body may carry its country's initials. */
	speaker_is(P("A spokesperson for Water UK said: \"We share the public's anger.\""), 0,
	           "Water UK", "a spokesperson for ORG UK: the body");
	speaker_is(P("Hillary Clinton spoke in Ohio.",
	             "A spokeswoman for Hillary Clinton says \"neither she nor her campaign\""
	             " helped."), 0, "Hillary Clinton", "a spokeswoman for NAME: the person");
	/* A transcript's label in capitals is the person the text names in full. */
	r = analyze(NULL, P("The following is an interview with Sen. Maria Alvarez, conducted by CNN's"
	                    " Jake Tapper on Sunday.",
	                    "TAPPER: Senator, the farm bill is months overdue. Why?",
	                    "ALVAREZ: Look, I think there's a deal to be had with my colleagues."));
	is_str(qspeaker(&r, 0), "Jake Tapper", "TAPPER: the interviewer's full name");
	is_str(qspeaker(&r, 1), "Maria Alvarez", "ALVAREZ: the senator's full name");
	done(&r);
	/* A given name alone is the one person the text gave it to; an age
	 * stands for a person; a quote after a closed one opens a statement. */
	r = analyze(NULL, P("\"It felt great,\" Venus Williams said.",
	                    "The 43-year-old said she had doubted whether she would play again.",
	                    "Serena Williams told reporters she was \"more nervous watching.\" \"I kept"
	                    " wanting to grab a racket,\" she said.",
	                    "\"She's playing great tennis,\" Venus said."));
	is_str(speaker_of(&r, "She's playing great tennis,"), "Venus Williams",
	       "Venus said after Venus Williams: her");
	is_str(qspeaker(&r, 1), "Venus Williams", "The 43-year-old said: the latest speaker");
	is_str(kind_of(&r, "I kept wanting to grab a racket,"), "direct",
	       "\"Q1.\" \"Q2,\" she said: Q2 is a statement");
	done(&r);
	/* "the Slovenian" is a nationality, not a name of its own: the one
	 * person just spoken of, whose country nothing says. */
	r = analyze(NULL, P("Kaja Juvan said she had watched the sisters on television.",
	                    "\"It was an honor,\" the Slovenian said."));
	is_int(quoteset_speaker_count(r.q), 1, "the Slovenian: no entity called Slovenian");
	is_str(speaker_of(&r, "It was an honor,"), "Kaja Juvan", "... but the person just spoken of");
	done(&r);
	/* The White House is a body that speaks, and a nominal subject inside
	 * what it says gives way to it. */
	speaker_is(P("The White House said the president had spoken with the governor and"
	             " \"stands ready to help.\""), 0, "White House",
	           "ORG said the president had spoken ... \"Q\": the ORG");
	/* Companies named for their trade speak as bodies. */
	speaker_is(P("CenterPoint Energy, the region's largest utility, said it had 4,000 workers"
	             " ready. \"Some customers could be without power for a week,\" the company"
	             " said."), 0, "CenterPoint Energy", "ORG Energy ... the company said: the ORG");
	speaker_is(P("The developer, Harbor Point Partners, argued that the project would \"ease a"
	             " shortage.\""), 0, "Harbor Point Partners",
	           "The developer, ORG, argued: the ORG in apposition");
	/* A press release capitalises the role after the name. */
	roles_are(P("\"This project shows what is possible,\" said Priya Raman, Chief Executive"
	            " Officer of Brightline Energy."), "Chief Executive Officer of Brightline Energy",
	          "said NAME, Title Of Org: the role");
	/* Two initials close together, and a delegate's title. */
	speaker_is(P("\"This is a disgusting day,\" said Rep. G.K. Butterfield (D-N.C.), head of the"
	             " caucus."), 0, "G.K. Butterfield", "said Rep. G.K. NAME: initials inside the name");
	speaker_is(P("\"This is a waste of time,\" said Del. Stacey Plaskett of the Virgin Islands."),
	           0, "Stacey Plaskett", "said Del. NAME: Del. is a title");
	/* A sentence adverb opening a sentence is no name. */
	speaker_is(P("Perhaps ask whether she would \"call it a disgrace\" then."), 0, "",
	           "Perhaps VERB ... \"Q\": nobody named Perhaps");
	/* A dateline is nobody. */
	speaker_is(P("PARIS \xE2\x80\x94 Thousands of farmers drove tractors onto the highways,"
	             " vowing to \"besiege\" the capital."), 0, "",
	           "PLACE -- ..., vowing \"Q\": not the place");
	/* Nor is the condition a source spoke on. */
	no_reported(P("The officials spoke on condition of anonymity to discuss the talks."),
	            "spoke on condition of anonymity: no report");
	/* A time after a cue's preposition is no topic. */
	no_reported(P("The minister spoke on Monday in Paris after the vote."),
	            "spoke on Monday in Paris: no report about Monday");
	/* French guillemets with the spaces French sets inside them. */
	r = analyze(NULL, P("Interior Minister Gerald Darmanin spoke about the farmers.",
	                    "\xC2\xAB Nous ne sommes pas l\xC3\xA0 pour les humilier \xC2\xBB, he told TF1"
	                    " television."));
	is_str(speaker_of(&r, "Nous ne sommes pas l\xC3\xA0 pour les humilier"), "Gerald Darmanin",
	       "\xC2\xAB Q \xC2\xBB, he told X: closed at the spaced guillemet");
	done(&r);
	/* A body subject after someone's cue is what they say, not the speaker. */
	speaker_is(P("A spokesperson, Miriam Garcia Ferrer, said the Commission would propose ways to"
	             " \"reduce the administrative burden\" soon."), 0, "Miriam Garcia Ferrer",
	           "NAME said the ORG would propose to \"Q\": NAME");
	speaker_is(P("In a statement announcing the pick, the Association of Flight Attendants called"
	             " Clinton a \"champion\" for its members."), 0, "Association of Flight Attendants",
	           "In a statement ..., the ORG called X \"Q\": the ORG");
	/* A long source after "according to" is still one. */
	reported_is(P("An antibody slowed decline by 27 percent, according to results of a large"
	              " clinical trial published Wednesday in the New England Journal of Medicine."),
	            "An antibody slowed decline by 27 percent",
	            "results of a large clinical trial published Wednesday in the New England Journal"
	            " of Medicine", "according to a source of 15 words");
	/* A time is one word: its colon ends no clause. */
	reported_is(P("Officers arrived at 2:15 a.m. and found the victim, police spokeswoman Angela"
	              " Ruiz said."), "Officers arrived at 2:15 a.m. and found the victim",
	            "Angela Ruiz", "a time in the clause");
	/* Capitals after a preposition in an appositive are where one works. */
	speaker_is(P("Neil Saunders, managing director at GlobalData Retail, said the chain had"
	             " \"lost its identity\" by trying."), 0, "Neil Saunders",
	           "NAME, ROLE at ORG, said: NAME, not ORG");
	/* A body's short name is the body. */
	r = analyze(NULL, P("Northwind Stores Inc said it would cut 1,200 jobs.",
	                    "Northwind said it would provide more details in March."));
	is_int(quoteset_speaker_count(r.q), 1, "ORG Inc ... ORG said: one body");
	is_str(qspeaker(&r, 1), "Northwind Stores Inc", "... named in full");
	done(&r);
	/* A party's members are not a longer name ending in the party. */
	speaker_is(P("She blamed \"extreme MAGA Republicans\" for the failure.",
	             "Some Republicans said the bill did not go far enough."), 1, "Republicans",
	           "Some Republicans said: the party's members, not MAGA Republicans");
	/* A role before the name wins over a relative clause after it. */
	roles_are(P("The Democratic senator from Connecticut, Chris Murphy, who led the talks,"
	            " said \"the border will not fix itself.\""),
	          "The Democratic senator from Connecticut", "ROLE, NAME, who ..., said: ROLE");
	roles_are(P("Trump urged them to reject it, said former President Bill Clinton, who"
	            " spoke later.", "\"It was wrong,\" Clinton said."), "former President",
	          "former President NAME: the whole title");
	/* "Sen." is a senator: the latest one is "the senator". */
	speaker_is(P("The Democratic senator from Connecticut, Chris Murphy, said he would not give"
	             " up.", "Sen. Mike Lee of Utah called it \"a betrayal of the voters.\"",
	             "The senator added that he wanted a bill that \"actually secures the border.\""),
	           2, "Mike Lee", "Sen. NAME ... The senator: the latest senator");
	/* Of two governors, the one the text named last. */
	speaker_is(P("Republican Gov. Eric Holcomb avoided the fight, unlike Kentucky GOP Gov. Matt"
	             " Bevin.", "Holcomb did not visit the Statehouse on Tuesday.",
	             "The governor said he was \"waiting for the commission.\""), 0, "Eric Holcomb",
	           "the governor: the governor named last by any name");
	/* A nominal with a party is nobody a role gives another party. */
	speaker_is(P("Republican presidential nominee Donald Trump spoke in Ohio.",
	             "Democratic presidential nominee Hillary Clinton spoke in Iowa.",
	             "\"It is a disgrace,\" Trump said.", "\"We will win,\" Clinton said.",
	             "\"Hope wins,\" the Republican nominee said."), 2, "Donald Trump",
	           "the Republican nominee: the Republican, not the latest speaker");
	roles_are(P("Harbor Point has argued for the plan.",
	            "Its chief executive, Marcus Bell, said \"delays cost us money.\""), "chief executive",
	          "Its ROLE, NAME: the role without the determiner");
	/* Names with a comma or a possessive inside; an appositive whose
	 * closing comma is missing; "they" only for a body seen nearby. */
	speaker_is(P("South Korea's Ministry of Trade, Industry and Energy said it would review"
	             " export rules for \"advanced chips.\""), 0,
	           "Ministry of Trade, Industry and Energy", "Ministry of A, B and C: whole");
	speaker_is(P("\"It was routine,\" said the Department of Health, Education and Welfare."), 0,
	           "Department of Health, Education and Welfare", "said ORG of A, B and C");
	speaker_is(P("\"We will act,\" Secretary of State Rex Tillerson, Mattis and Haley said."), 0,
	           "", "Secretary of A, NAME and NAME: no body over the list, no one of them alone");
	speaker_is(P("China's state-run People's Daily said the curbs were \"a mistake.\""), 0,
	           "People's Daily", "the People's Daily: whole, not Daily");
	speaker_is(P("A spokesman for Boston Children's Hospital said the boy was \"stable.\""), 0,
	           "Boston Children's Hospital", "Children's Hospital: whole");
	speaker_is(P("Beijing's Foreign Ministry said the curbs were \"a mistake.\""), 0,
	           "Foreign Ministry", "PLACE's Foreign Ministry: the body after the owner");
	r = analyze(NULL, P("Kim Soo-jin, a research analyst at the Asan Institute think tank told"
	                    " reporters that the move was expected.",
	                    "\"Seoul had little choice,\" Kim said."));
	is_str(qspeaker(&r, 0), "Kim Soo-jin", "NAME, a ROLE at ORG told (no comma): the name");
	is_str(qspeaker(&r, 1), "Kim Soo-jin", "... and later the surname is that name");
	done(&r);
	reported_is(P("Trump, an aide said Tuesday, will visit Ohio to campaign for the senator."),
	            "Trump, an aide said Tuesday, will visit Ohio to campaign for the senator", "an aide",
	            "NAME, an aide said TIME, ...: the cue is a parenthetical");
	r = analyze(NULL, P("The People's Daily warned that there was \"no room for compromise.\"",
	                    "Protests went on over the weekend in the city.",
	                    "Police made dozens of arrests on Sunday.",
	                    "Meanwhile, they note that the army took to the streets."));
	is_str(speaker_of(&r, "the army took to the streets"), "",
	       "they: not a body last seen two paragraphs before");
	done(&r);
	/* One word set off before a pronoun is an adverb, no subject; a quote
	 * that takes its speaker from a guessed subject is a guess too. */
	r = analyze(NULL, P("Anyway, he fell into \"pastry\" by chance and it became his life. Now"
	                    " he owns two restaurants called \"Oleg Ilyin Pastry Shop\"."));
	is_str(speaker_of(&r, "Oleg Ilyin Pastry Shop"), "",
	       "Anyway, he ... \"Q\": not a speaker named Anyway");
	done(&r);
	r = analyze(NULL, P("\xD0\x9A\xD0\xBE\xD1\x80\xD0\xBE\xD1\x87\xD0\xB5, \xD0\xBF\xD0\xBE"
	                    "\xD0\xBF\xD0\xB0\xD0\xBB \xC2\xAB\xD0\xBA\xD0\xBE\xD0\xBD\xD0\xB4\xD0\xB8"
	                    "\xC2\xBB. \xD0\xA2\xD0\xB5\xD0\xBF\xD0\xB5\xD1\x80\xD1\x8C \xC2\xAB\xD0\x9E"
	                    "\xD0\xBB\xD0\xB5\xD0\xB3\xC2\xBB."));
	ok(quoteset_speaker(r.q, 0) == NULL,
	   "a Russian sentence adverb opening the text is no speaker of the quotes after it");
	done(&r);
	/* Names from outside the English-speaking world. */
	r = analyze(NULL, P("Egyptian President Abdel Fattah el-Sisi said Cairo wanted \"a fair share"
	                    " of the river.\"",
	                    "Later, el-Sisi added that talks with Ethiopia had \"stalled.\""));
	is_str(qspeaker(&r, 0), "Abdel Fattah el-Sisi", "NAME el-NAME: the Arabic article in the name");
	is_str(qspeaker(&r, 1), "Abdel Fattah el-Sisi", "el-NAME alone: the same person");
	done(&r);
	r = analyze(NULL, P("Mar\xC3\xAD" "a Jos\xC3\xA9 Garc\xC3\xAD" "a de la Cruz, Mexico's deputy foreign"
	                    " minister, told delegates that migration \"is not a crime.\"",
	                    "De la Cruz said Mexico would host \"the next round.\""));
	is_str(qspeaker(&r, 0), "Mar\xC3\xAD" "a Jos\xC3\xA9 Garc\xC3\xAD" "a de la Cruz",
	       "four capitalised words and two particles: one name");
	is_str(qspeaker(&r, 1), "Mar\xC3\xAD" "a Jos\xC3\xA9 Garc\xC3\xAD" "a de la Cruz",
	       "De la Cruz: her surname, not another person");
	done(&r);
	speaker_is(P("Ana Maria Lopez Garcia said the plan \"is not a crime.\""), 0,
	           "Ana Maria Lopez Garcia", "four words opening with a given name: no headline");
	r = analyze(NULL, P("Indonesian President Prabowo Subianto closed the meeting.",
	                    "\"Asia will write its own future,\" Prabowo said."));
	is_str(qspeaker(&r, 0), "Prabowo Subianto", "a given name used alone: the titled full name");
	done(&r);
	/* Given names say the sex the pronoun after them needs. */
	r = analyze(NULL, P("Prosecutors charged Patrick Carlineo on Friday. Ilhan Omar said she was"
	                    " grateful.",
	                    "\"I will never stop,\" he said."));
	ok(strcmp(speaker_of(&r, "I will never stop,"), "Ilhan Omar") != 0,
	   "he: not the woman her given name says she is");
	done(&r);
	r = analyze("Chancellor defends budget as 'fair and responsible'",
	            P("The Chancellor, Rachel Reeves, has defended her budget.",
	              "Speaking to the BBC, Ms Reeves said: 'This is a fair budget.'"));
	is_str(qspeaker(&r, 0), "Rachel Reeves", "a headline's TITLE VERBs: its report is the titled speaker's");
	done(&r);
	/* A headline's source of title words alone is an office: its holder. */
	r = analyze("Clinton Hid Health Problems From Public, Former White House Doctor Says",
	            P("Dr. Connie Mariano, the White House physician, said Clinton had a blood clot."));
	is_str(qspeaker(&r, 0), "Connie Mariano", "..., TITLE WORDS Says: the one with that title");
	is_int((int)quoteset_speaker_count(r.q), 1, "... and no speaker named Former White House Doctor");
	done(&r);
	r = analyze("Budget Cuts Will Close Schools, Deputy Mayor Says",
	            P("Mayor Ann Lee said the budget was tight. Deputy Mayor Tom Ruiz said schools"
	              " would close."));
	is_str(qspeaker(&r, 0), "Tom Ruiz", "..., Deputy Mayor Says: the deputy, not the mayor");
	done(&r);

	/* An office's initials: "the CEO" is the "chief executive". */
	r = analyze("Shares slip as CEO touts 'insane' demand",
	            P("Jensen Huang, Nvidia's founder and chief executive, said demand was strong.",
	              "The CEO added that supply would improve.",
	              "Colette Kress, the chief financial officer, said margins would dip.",
	              "The CFO said costs rose sharply."));
	is_str(speaker_of(&r, "insane"), "Jensen Huang",
	       "a headline's 'Q' in the clause of CEO VERBs: the chief executive's");
	is_str(kind_of(&r, "insane"), "headline", "... still the headline's quotation");
	is_str(speaker_of(&r, "supply would improve"), "Jensen Huang", "the CEO added: the chief executive");
	is_str(speaker_of(&r, "costs rose sharply"), "Colette Kress", "the CFO said: the chief financial officer");
	done(&r);

	/* A role that says the sex: "His daughter, Sumayah Jamal" is no "Mr. Jamal". */
	said_by(P("Ahmad Jamal, the jazz pianist, died on Sunday.",
	          "His daughter, Sumayah Jamal, said the cause was cancer.",
	          "Mr. Jamal kept performing. \"I'm still learning,\" he told The Guardian."),
	        "I'm still learning,", "Ahmad Jamal",
	        "Mr. SURNAME after a daughter of that surname spoke: the man");

	/* A list's items under a line ending in a colon open with their verb. */
	r = analyze(NULL, P("If Donald Trump were a woman, would you vote for her? Imagine that she:",
	                    "Ran a college business that bilked people out of thousands of dollars.",
	                    "Keeps saying she opposed the war, when there are clips of her supporting it.",
	                    "Preys on our worst fears, and calls people \"losers.\""));
	is_str(speaker_of(&r, "losers."), "", "a list item's verb in -s is no one's name");
	is_int((int)quoteset_speaker_count(r.q), 0, "... nor is any other: no speaker");
	done(&r);

	/* A person known by the given name alone, then by the full name. */
	r = analyze(NULL, P("Art Tanderup laughed. His wife, Helen, shook her head. \"It wasn't funny for"
	                    " long,\" she said.",
	                    "Helen Tanderup disagreed. \"They told us we had no choice,\" she said."));
	is_str(qspeaker(&r, 0), "Helen Tanderup", "a lone given name then the full name: one person");
	is_str(qspeaker(&r, 1), "Helen Tanderup", "... both times");
	is_int((int)quoteset_speaker_count(r.q), 1, "... one speaker");
	is_str(quoteset_speaker(r.q, 0)->roles[0], "wife", "... with the role written before the given name");
	done(&r);
	/* Quotations in other languages, with their own verb of saying. */
	speaker_is(P("\"No vamos a permitir el tr\xC3\xA1" "fico de armas\", dijo L\xC3\xB3pez Obrador."), 0,
	           "L\xC3\xB3pez Obrador", "\"Q\", dijo NAME: Spanish");
	speaker_is(P("Angela Merkel sagte: \xE2\x80\x9EWir schaffen das.\xE2\x80\x9C"), 0, "Angela Merkel",
	           "NAME sagte: \xE2\x80\x9EQ\xE2\x80\x9C: German");
	speaker_is(P("\xC2\xABNous ne c\xC3\xA9" "derons pas\xC2\xBB, a d\xC3\xA9" "clar\xC3\xA9 Emmanuel Macron."),
	           0, "Emmanuel Macron", "\xC2\xABQ\xC2\xBB, a d\xC3\xA9" "clar\xC3\xA9 NAME: French");
	speaker_is(P("\"Vamos ver os detalhes\", disse Lula."), 0, "Lula", "\"Q\", disse NAME: Portuguese");

	/* Names news shortens to an inner word or the last two. */
	r = analyze(NULL, P("Brazil's president, Luiz In\xC3\xA1" "cio Lula da Silva, was more cautious.",
	                    "\"We need to see the details,\" Lula told reporters.",
	                    "\"It raises questions,\" Lula said."));
	is_str(qspeaker(&r, 0), "Luiz In\xC3\xA1" "cio Lula da Silva",
	       "a name known by an inner word: the full name");
	is_str(qspeaker(&r, 1), "Luiz In\xC3\xA1" "cio Lula da Silva", "... the second time too");
	done(&r);
	speaker_is(P("Mexico's president-elect, Claudia Sheinbaum Pardo, backed it.",
	             "\"It is a good plan,\" Sheinbaum said."),
	           0, "Claudia Sheinbaum Pardo", "the first of two surnames alone");
	speaker_is(P("The plan came from the government of Mexican President Andr\xC3\xA9s Manuel"
	             " L\xC3\xB3pez Obrador.",
	             "\"We will not allow it,\" L\xC3\xB3pez Obrador said."),
	           0, "Andr\xC3\xA9s Manuel L\xC3\xB3pez Obrador",
	           "both surnames without the given names: the full name");
	r = analyze(NULL, P("Mexican President Andr\xC3\xA9s Manuel L\xC3\xB3pez Obrador said the plan"
	                    " was \"a shared duty.\"",
	                    "\"We will not allow it,\" L\xC3\xB3pez Obrador said."));
	is_str(qspeaker(&r, 1), "Andr\xC3\xA9s Manuel L\xC3\xB3pez Obrador",
	       "... one person with the full name that spoke first");
	is_int((int)quoteset_speaker_count(r.q), 1, "... one speaker");
	done(&r);
	speaker_is(P("Libertarian Gary Johnson spoke first.", "\"We are on the ballot,\" Gary Johnson said."),
	           0, "Gary Johnson", "a name opening with a given name is whole");
	r = analyze(NULL, P("Mary Ann Evans spoke first.", "\"Not me,\" Ann said."));
	ok(strcmp(qspeaker(&r, 0), "Mary Ann Evans"), "a given name inside a name is not that name");
	done(&r);
	r = analyze(NULL, P("Google Stadia launched this week.",
	                    "Google promised players \"powerful hardware.\""));
	is_str(qspeaker(&r, 0), "Google", "NAME PRODUCT then NAME: no person, NAME stays");
	done(&r);
	/* Markets, science and crime copy. */
	speaker_is(P("Analysts at Goldman Sachs wrote in a note to clients that they expected"
	             " Brent to \"average $68.\""), 0, "Goldman Sachs",
	           "Analysts at FIRM wrote: the firm, whatever its name looks like");
	speaker_is(P("Farmers in Iowa say the rain \"came too late.\""), 0, "",
	           "Farmers in PLACE say: not the place");
	r = analyze(NULL, P("\"It is a normal summer now,\" said study co-author Dr. Hillary Scannell,"
	                    " a researcher at Columbia University."));
	is_str(qspeaker(&r, 0), "Hillary Scannell", "said study co-author Dr. NAME: the name");
	done(&r);
	speaker_is(P("\"It is normal,\" said longtime party activist Ann Lee."), 0, "Ann Lee",
	           "said MODIFIER ROLE NAME: the name");
	r = analyze(NULL, P("Chief Executive Jensen Huang told analysts on a conference call that supply"
	                    " would improve."));
	is_int(nreported(&r), 1, "told X on a conference call that CLAUSE: reported once");
	is_str(qspeaker(&r, 0), "Jensen Huang", "... by the one who told");
	done(&r);
	r = analyze(NULL, P("Nvidia said demand for its newest processors remained \"insane.\""));
	is_str(kind_of(&r, "insane."), "partial", "said demand for X remained \"Q\": a fragment");
	is_str(span_str(&r, quoteset_get(r.q, 0)->cue), "said", "... whose cue is said, not demand");
	done(&r);
	r = analyze(NULL, P("A man was charged with murder on Tuesday, police said.",
	                    "According to the police, he fled on foot.",
	                    "Police said the victim was \"a kind man.\""));
	is_str(qspeaker(&r, 0), "police", "police said: the force, a body");
	is_str(qspeaker(&r, 1), "police", "according to the police: the same body");
	is_str(qspeaker(&r, 2), "police", "Police opening a sentence: the same, one name");
	done(&r);
	speaker_is(P("The Atlanta Police Department opened an inquiry.",
	             "Police said the victim was \"a kind man.\""), 0,
	           "Atlanta Police Department", "police after the force was named: that force");
	/* Siblings: a lone surname whose "he" is not the sister who spoke. */
	r = analyze(NULL, P("\"Selling is the only sensible choice,\" said Joan Hartley, the eldest.",
	                    "Their brother, Paul Hartley, has stayed out of the dispute. Reached by phone,"
	                    " Hartley said only that he hoped \"cooler heads prevail.\"",
	                    "Hartley said she would sign \"next week.\""));
	is_str(qspeaker(&r, 1), "Paul Hartley", "SURNAME said ... he: the brother named just before");
	is_str(qspeaker(&r, 2), "Joan Hartley", "SURNAME said she: the sister");
	done(&r);
	/* A live blog's time stamps report nothing; "of the Commonwealth" is
	 * an office. */
	no_reported(P("10:15 p.m. ET \xE2\x80\x94 Republican challenger Mike Kennealy conceded in a"
	              " short speech."), "TIME -- X conceded: the time is no clause");
	speaker_is(P("Turnout was \"extraordinary,\" Secretary of the Commonwealth William Galvin"
	             " said."), 0, "William Galvin", "Secretary of the Commonwealth NAME: the name");
	/* A statement split by its cue goes on in lower case. */
	r = analyze(NULL, P("\"Yes,\" Dr. Smith said, \"of course.\" Later he added that \"of course\""
	                    " it was fine."));
	is_str(qkind(&r, 1), "direct", "\"Q1,\" X said, \"q2\": the statement goes on");
	is_str(qkind(&r, 2), "partial", "a lower-case quote in the next sentence: a fragment");
	done(&r);
	/* A place ending the phrase is not who speaks; a body and its
	 * name alone are one speaker. */
	reported_is(P("One dealer in Ohio, who spoke on condition of anonymity because he was not"
	              " authorized to discuss the recall, said parts were already short."),
	            "parts were already short", "One dealer in Ohio",
	            "NOUN in PLACE, who ..., said: the noun phrase, not the place");
	speaker_is(P("One dealer in Ohio, who asked not to be named, said parts were \"short.\""), 0,
	           "", "... and no speaker named Ohio");
	r = analyze(NULL, P("Ford is recalling 300,000 SUVs because the engines can catch fire, the"
	                    " company said on Monday.", "Ford said it was \"aware of 14 fires.\""));
	is_int((long)quoteset_speaker_count(r.q), 1, "the company (Ford) and Ford: one speaker");
	is_str(qspeaker(&r, 1), "Ford", "... named Ford");
	done(&r);
	/* Bodies: one word that nothing shows to be a person is a company to
	 * "the company"; the short name of a body named before is that body;
	 * a country and a body noun name no body. */
	r = analyze(NULL, P("Apple said it would appeal. The company said in a statement that the"
	                    " decision \"ignores the market realities.\""));
	is_str(qspeaker(&r, 1), "Apple", "ONEWORD said ... The company said: that word, a body");
	done(&r);
	r = analyze(NULL, P("Smith said he would appeal. The company said the decision \"ignores the"
	                    " market.\""));
	is_str(qspeaker(&r, 1), "", "SURNAME said he ... The company: not the man");
	done(&r);
	r = analyze(NULL, P("The European Commission fined Apple on Monday.",
	                    "The Commission said Apple had \"abused its position.\""));
	is_str(qspeaker(&r, 0), "European Commission", "the Commission: the body named in full before");
	done(&r);
	r = analyze(NULL, P("Apple said it would appeal. Spotify welcomed the ruling.",
	                    "\"This is a strong message,\" the Swedish company said."));
	is_str(qspeaker(&r, 1), "", "the Swedish company: no body named Swedish company, not Apple");
	done(&r);
	speaker_is(P("\"We deny it,\" the Syrian government said."), 0, "Syrian government",
	           "the COUNTRY government: the state's own body");
	speaker_is(P("(CNN) Donald Trump mocked his rival at a rally on Saturday, calling her"
	             " \"weak.\""), 0, "Donald Trump", "(AGENCY) NAME did ..., calling: not the agency");
	speaker_is(P("\"The air improved,\" Kurinji Selvaraj, a research analyst at the Delhi-based"
	             " Council on Energy, Environment and Water think tank told CBS News."), 0,
	           "Kurinji Selvaraj", "NAME, a ROLE at BODY on A, B and C think tank told: NAME");
	speaker_is(P("The Russian Embassy said the index reached \"408.\""), 0, "Russian Embassy",
	           "the COUNTRY Embassy: a body, not a person named Embassy");
	/* A surname of a body is that person; a title with "Up" in it is no
	 * name; whose or where from names no body. */
	speaker_is(P("Sui-Lee Wee wrote about the plague.",
	             "Wee of the Times reports that censors had \"blocked\" posts."), 0, "Sui-Lee Wee",
	           "SURNAME of the BODY: the person of that surname");
	r = analyze(NULL, P("Growing Up Weightless, a story of political intrigue on the moon, is his"
	                    " best book.", "He called it \"a love letter.\""));
	is_str(qspeaker(&r, 0), "", "a title \"Growing Up Weightless\" is nobody he could be");
	done(&r);
	r = analyze(NULL, P("In The Dragon Waiting, a woman becomes paralyzed with guilt.",
	                    "He performed a show called \"Ask Dr. Mike\" at conventions."));
	is_str(qspeaker(&r, 0), "", "\"The Dragon Waiting\": a name after an article is nobody's");
	done(&r);
	r = analyze(NULL, P("BORROWING Back in 2010, he wrote a book about debt.",
	                    "\"It is not realistic,\" he said."));
	is_str(qspeaker(&r, 0), "", "a section head in capitals is nobody's name");
	done(&r);
	speaker_is(P("But the Facebook-owned company has also said it was \"fine.\""), 0, "",
	           "the OWNER-owned company: no body of that name");
	/* Court copy: a name after "to" and its title is no subject; a "she"
	 * after a man's lone surname is no guess at his sex. */
	reported_is(P("A former aide to ex-Mayor Victor Lam testified that she delivered cash to his"
	              " office."), "she delivered cash to his office",
	            "A former aide to ex-Mayor Victor Lam", "NOUN to TITLE NAME testified: the aide");
	speaker_is(P("Denise Carter told jurors. \"I knew it was wrong,\" Carter said.",
	             "Defense attorney Michael Brandt spoke. \"You would say anything?\" Brandt asked.",
	             "\"No,\" she replied."), 2, "Denise Carter",
	           "'\"Q?\" Brandt asked. \"No,\" she replied': she is not Michael Brandt");
	speaker_is(P("\"They told me a machine could do it,\" Eleanor Pike says.",
	             "Her nephew, Daniel Pike, worries about her. \"She fell last winter,\" he says.",
	             "Pike points to a tanker on the horizon. \"See that?\" she says."), 2,
	           "Eleanor Pike", "SURNAME ... she: the speaker of that surname and sex");
	/* An opening "According to X," gives X a fragment after it, unless
	 * another cue comes first or the quote is a title; an aside in -ing
	 * between the source and its verb. */
	speaker_is(P("According to Smith, the troops are \"ready.\""), 0, "Smith",
	             "According to NAME, ... \"Q\": NAME");
	speaker_is(P("According to Yahoo News, Clinton spokesman Jesse Lehrich said she would \"sign"
	             " this legislation.\""), 0, "Jesse Lehrich",
	           "According to SOURCE, NAME said ... \"Q\": NAME");
	r = analyze(NULL, P("According to the band, fans can expect the hits, including \"Listen To The"
	                    " Music\" and \"China Grove.\""));
	is_str(kind_of(&r, "Listen To The Music"), "term",
	       "According to X, ... \"Title Case\": a title still");
	done(&r);
	r = analyze(NULL, P("\"We are not going to telegraph our moves,\" a senior defense official,"
	                    " speaking on condition of anonymity, told reporters."));
	is_str(mention_of(&r, "We are not going to telegraph our moves,"), "a senior defense official",
	       "\"Q,\" SOURCE, speaking on condition of anonymity, told: the source");
	done(&r);
	/* A short sentence with a pronoun subject is a statement, even with
	 * no speaker; a label is a term. */
	r = analyze(NULL, P("\"We are ready.\" That was the message on Tuesday.",
	                    "The sign read \"No entry.\"", "The tagline? \"Meth. We're on it.\""));
	is_str(qkind(&r, 0), "direct", "\"We are ready.\" alone: a statement");
	is_str(qkind(&r, 1), "term", "\"No entry.\": a label");
	is_str(qkind(&r, 2), "term", "The tagline? \"...\": a slogan");
	done(&r);
	speaker_is(P("Acme said in a statement that the bill was \"dead on arrival.\""), 0, "Acme",
	           "X said in a statement that ... \"Q\": X by said, not a statement of X's");
	r = analyze(NULL, P("Schumer's office said in a statement that the bill was \"dead.\""));
	is_str(mention_of(&r, "dead."), "Schumer's office", "X's office said in a statement: the office");
	done(&r);
	/* A title names no latest speaker whose roles are others. */
	speaker_is(P("Its director, Paul Johnson, said: \"The numbers do not add up.\"",
	             "Speaking in Downing Street, the Prime Minister insisted he would not be"
	             " \"bounced\" into a decision."), 1, "",
	           "the Prime Minister after a director spoke: nobody");
	speaker_is(P("Rep. Adam Schiff spoke on Monday. \"We know who did it,\" Schiff said.",
	             "The California congressman said Russia wanted to \"sow discord.\""), 1,
	           "Adam Schiff", "the congressman after Rep. NAME spoke: NAME");
	r = analyze(NULL, P("Rishi Sunak is facing pressure, with one former minister warning the"
	                    " party faces \"oblivion.\""));
	is_str(mention_of(&r, "oblivion."), "one former minister",
	       "X ..., with NP warning \"Q\": the participle's own subject");
	is_str(speaker_of(&r, "oblivion."), "", "... not the sentence's subject");
	done(&r);
	/* A role noun after someone else opened a sentence is not guessed to
	 * be the latest speaker; an age may be. */
	speaker_is(P("\"We controlled the game,\" Chelsea boss Enzo Maresca said.",
	             "Bukayo Saka scored twice. Saka, 23, was modest afterwards.",
	             "\"It's about the team,\" the England winger said."), 1, "",
	           "the winger after Saka opened a sentence: not Maresca who spoke");
	speaker_is(P("\"I am thrilled,\" Jose Mourinho said.",
	             "The 56-year-old said he was \"excited to be joining.\""), 1, "Jose Mourinho",
	           "the 56-year-old: the latest speaker still");
	speaker_is(P("\"We controlled the game,\" Chelsea boss Enzo Maresca said.",
	             "Bukayo Saka scored twice. \"It's about the team,\" the England winger said."),
	           1, "Bukayo Saka", "... but the one opening the sentence before, in its paragraph");
	speaker_is(P("\"We won,\" coach Neil Hart said.",
	             "Clarke, 19, was making his third start. \"I just headed it,\" the teenager said."),
	           1, "Clarke", "... a lone surname with an age too, before an age noun");
	speaker_is(P("\"We won,\" said Jamie Clarke.", "Portsmouth boss Sarah Mitchell was furious.",
	             "\"It was never a corner,\" she said."),
	           1, "Sarah Mitchell", "'TEAM boss NAME' opening a sentence is its subject");
	speaker_is(P("BJP spokesperson Sambit Patra hit back, saying the opposition was"
	             " \"insulting democracy.\""), 0, "Sambit Patra",
	           "BODY ROLE NAME did ..., saying: the name, not the body");
	r = analyze(NULL, P("A confident appearance by former Liberal Democrat leader Nick Clegg sparked"
	                    " a wave of \"Cleggmania\" that year."));
	is_str(qkind(&r, 0), "term", "a name after \"by\" is no subject to speak a term");
	done(&r);
	roles_are(P("Israeli Prime Minister Benjamin Netanyahu spoke.",
	            "Netanyahu, however, said the talks were \"a waste of time.\""),
	          "Israeli Prime Minister", "NAME, however, said: no role \"however\"");
	/* The body after a person's noun in an appositive, and a home town
	 * set off by commas, are not who speaks. */
	speaker_is(P("Cmdr. Dana Whitfield, a spokesperson for Steadfast Shield, the coalition's"
	             " air campaign, told reporters the claim was \"patently false.\""), 0,
	           "Dana Whitfield", "NAME, a spokesperson for BODY, ROLE, told: NAME");
	speaker_is(P("Loretta Haines Bower, 59, of Ashton, Md., who watched the ceremony on a"
	             " screen, said the museum was \"long overdue.\""), 0, "Loretta Haines Bower",
	           "NAME, AGE, of TOWN, STATE, who ..., said: NAME");
	speaker_is(P("\"We will appeal,\" Marcus Bell said.",
	             "The mayor of Springfield, a small town in Ohio, said the plan was \"dead.\""),
	           1, "", "the mayor of PLACE after Bell spoke: someone new, not Bell");
	/* Two people named together say it together: no one of them alone. */
	r = analyze(NULL, P("Tova Ruiz and Michael Dunn said they were \"overworked.\"",
	                    "Ruiz and Dunn signed \"false certifications\" that night."));
	is_str(speaker_of(&r, "overworked."), "", "NAME and NAME said: neither alone");
	is_str(mention_of(&r, "overworked."), "Tova Ruiz and Michael Dunn", "... the pair as written");
	done(&r);
	speaker_is(P("The Department of Health and Human Services said the rule was \"final.\""), 0,
	           "Department of Health and Human Services", "a body with \"and\" in its name");
	/* A body's initials, then a role noun, then the name after the cue. */
	speaker_is(P("\"It depends on what the contractor will invest,\" responded NASA"
	             " administrator Jim Bridenstine."), 0, "Jim Bridenstine",
	           "said BODY administrator NAME: the name, not the body");
	speaker_is(P("Investors said the deal was \"a bargain.\""), 0, "",
	           "Investors said: people, not someone named Investors");
	/* The subject after an opening phrase, over a party tag and into an
	 * appositive, is the one "he" next refers to. */
	speaker_is(P("\"It depends,\" said Jim Bridenstine, the NASA administrator.",
	             "At a hearing last month of the subcommittee that funds NASA, Rep. Robert"
	             " Aderholt (R-AL), ranking member of the subcommittee, pushed for more rockets.",
	             "\"I understand there is a growing confidence,\" he said."), 1,
	           "Robert Aderholt", "At ..., NAME (PARTY), ROLE, did. \"Q,\" he said: NAME");

	/* A relative clause whose subject reports: the clause's verb after
	 * the cue is what was reported, and the clause before the comma is
	 * a report of its own. */
	reported_is(P("Officials closed the bridge, which engineers say is at risk of collapse"
	              " within a decade."), "is at risk of collapse within a decade", "engineers",
	            "..., which SOURCE say VERB ...: the relative clause");
	r = analyze(NULL, P("The mayor attacked the council for accepting the donations, which she said"
	                    " were tied to favors for developers."));
	is_int(nreported(&r), 2, "X attacked Y, which X said VERB: two reports");
	is_str(qtext(&r, 0), "the council for accepting the donations",
	       "... the first ends at the relative clause");
	is_str(qtext(&r, 1), "were tied to favors for developers", "... the second is its verb on");
	done(&r);
	one_reported(P("The market is next to the old harbor, which, the organizers said, is usually"
	               " crowded on weekends."), "is usually crowded on weekends",
	             "..., which, X said, VERB: the relative clause, not the sentence");
	/* How it was said, after the quotation, is a cue. */
	speaker_is(P("\"It was fine,\" Ana Ruiz said.", "\"The accordion drives me nuts,\""
	             " Charles McDowell laughed."), 1, "Charles McDowell",
	           "\"Q,\" NAME laughed: NAME, not the speaker before");
	/* A role in lower case and a parenthesis in the subject's appositive;
	 * the "she" inside the quotation says nothing of the speaker's sex. */
	speaker_is(P("Actress Mary Steen woke up after surgery. \"I felt strange,\" Steen said.",
	             "Steen's son, filmmaker Charlie Dowd (\"The Discovery\"), also remembers it."
	             " \"If your mom says her head is full of music, you think she has problems,\""
	             " he said."), 2, "Charlie Dowd",
	           "NP, filmmaker NAME (\"TITLE\"), did. \"... she ...,\" he said: NAME");
	/* ... and the "he" given to one whose name says no sex guesses it. */
	speaker_is(P("Actress Mary Steen woke up after surgery. \"I felt strange,\" Steen said.",
	             "Her son, filmmaker Charlie Dowd, also remembers it. \"It was hard,\" he said.",
	             "The actress was not itching to do something else. \"I liked music,\" she said."),
	           2, "Mary Steen", "a \"he\" resolved to Charlie: the next \"she\" is not him");
	/* A colon after a clause with no verb of saying: its subject. */
	speaker_is(P("\"It was fine,\" Mary Steen said.", "Jessie Buck, who phoned in from the set, had"
	             " a similar experience: \"It was just that immediate feeling.\""), 1,
	           "Jessie Buck", "NAME, who ..., had an experience: \"Q\": NAME");
	speaker_is(P("\"It was fine,\" Ryan Ellis said.", "Said Ellis: \"I don't get the sense she's"
	             " interested.\""), 1, "Ryan Ellis", "Said NAME: \"Q\": the cue opens it");
	r = analyze(NULL, P("\"I don't believe in the devil,\" I said. She became so upset that I had"
	                    " to change my answer: \"Of course I believe in the devil.\""));
	is_str(mention_of(&r, "Of course I believe in the devil."), "I",
	       "S did ... that I had to answer: \"Q\": not S");
	done(&r);

	/* An attitude voiced by a verb is reported with the verb's subject;
	 * the same noun as a plain topic is not. */
	reported_is(P("Doctors have voiced deep concern about the plan to close the clinic."),
	            "the plan to close the clinic", "Doctors",
	            "X voiced (ADJ) concern about Y: Y, X's");
	reported_is(P("Several senators expressed outrage over the decision to cancel the hearing."),
	            "the decision to cancel the hearing", "Several senators",
	            "X expressed outrage over Y: Y, X's");
	no_reported(P("Her concern about the schedule stands in contrast to the mood of the team."),
	            "a concern about Y that nobody voices is no report");

	/* A passive of a verb that reports its object, with "by" and someone:
	 * the subject is what the agent said of it; other senses and agents
	 * that are no one are not. */
	reported_is(P("The proposed budget cuts have been endorsed by Governor Maria Lopez."),
	            "The proposed budget cuts", "Governor Maria Lopez",
	            "SUBJECT has been endorsed by NAME: the subject, NAME's");
	reported_is(P("The new zoning plan was widely criticized by residents at the meeting."),
	            "The new zoning plan", "residents", "SUBJECT was criticized by NOUN");
	no_reported(P("A 45-year-old local man was attacked by a dog on Monday."),
	            "was attacked by: no report");
	no_reported(P("The high stock valuations are supported by a combination of factors."),
	            "supported by a combination of factors: no one reports");
	/* A title that opens a sentence as its subject is a term. */
	r = analyze(NULL, P("\"It was fine,\" Mary Steen said.", "\"Wild Rose\" is now available on DVD.",
	                    "\"Never Again\" he said, and left."));
	is_str(qkind(&r, 1), "term", "\"Title\" is now available: a title, nobody's words");
	is_str(qkind(&r, 2), "direct", "\"Words\" he said: speech");
	done(&r);

	/* A sentence opening with a reporting participle: its object up to
	 * the comma is reported by the subject after it. */
	reported_is(P("Citing growing security concerns, the ministry closed the embassy on Monday."),
	            "growing security concerns", "the ministry",
	            "Citing X, SUBJECT ...: X, the subject's");
	reported_is(P("Claiming that the vote had been rigged, Jones demanded a recount."),
	            "the vote had been rigged", "Jones", "Claiming that CLAUSE, NAME ...");
	no_reported(P("Warning signs of a slowdown, such as falling orders, were ignored."),
	            "Warning signs ...: a noun, no report");
	no_reported(P("Referring to joint military drills with the South, the envoy stood up."),
	            "Referring to X, SUBJECT ...: a topic, no report");
	/* A name after a preposition some words before the cue is no subject;
	 * forecasters are people. */
	speaker_is(P("Delhi's Chief Minister Arvind Kejriwal turned to Twitter last month to"
	             " describe his city as a \"gas chamber.\""), 0, "Arvind Kejriwal",
	           "NAME turned to Twitter last month to describe ... \"Q\": NAME, not Twitter");
	r = analyze(NULL, P("Smoke will descend upon the 20 million residents of Delhi this week, with"
	                    " forecasters warning that pollution will reach \"severe\" levels."));
	is_str(mention_of(&r, "severe"), "forecasters", "with forecasters warning: the forecasters");
	done(&r);
	/* A participle's object is not its subject; a full name after a
	 * preposition is still a person's when a given name opens it. */
	speaker_is(P("\"We all miss Steve so much,\" Marc Benioff weighed in, telling Tim Cook,"
	             " \"since he passed, you have been true to him.\""), 1, "Marc Benioff",
	           "\"Q,\" NAME weighed in, telling NAME2: NAME, not the one told");
	speaker_is(P("The campaign did not appeal to Julie Graham, a state official.",
	             "\"It is edgy,\" Graham said."), 0, "Julie Graham",
	           "appeal to GIVEN SURNAME ... SURNAME said: the full name");

	/* A reporting noun that is the sentence's subject: "to DO" after it
	 * ends where the sentence's own verb comes. */
	reported_is(P("Yet his determination to act alone angered his rivals in the Senate."),
	            "to act alone", "his", "Yet his NOUN to DO ... VERBED: the noun's clause only");
	reported_is(P("Her refusal to answer the question did not go over well with the panel."),
	            "to answer the question", "Her", "Her refusal to DO did not ...");
	/* A straight quotation over paragraphs keeps going past a curly one
	 * nested in it. */
	r = analyze(NULL, P("\"I am here. You are there,\" Ann Lee said. \"We will see.",
	                    "\"We are all \xE2\x80\x9Chere\xE2\x80\x9D now.\""));
	is_str(qtext(&r, 1), "We will see.\n\n\"We are all \xE2\x80\x9Chere\xE2\x80\x9D now.",
	       "\"...\xC2\xB6\"... \xE2\x80\x9CX\xE2\x80\x9D ...\": one quotation over both paragraphs");
	done(&r);
	/* A transcript quoted whole: one quotation a turn, its label the
	 * speaker; a stage direction is no one's. */
	r = analyze(NULL, P("Gov. Mike Pence spoke to host Chris Wallace on Sunday.",
	                    "\"WALLACE: Will she be there?", "\"PENCE: She will not. We are sure.",
	                    "\"(CROSSTALK.)", "\"WALLACE: Thank you.", "\"PENCE: Thank you, Chris.\""));
	is_int((long)nspeech(&r), 4, "four turns");
	is_str(qtext(&r, 0), "Will she be there?", "a turn's words after its label");
	is_str(qspeaker(&r, 0), "Chris Wallace", "WALLACE: the host");
	is_str(qspeaker(&r, 1), "Mike Pence", "PENCE: the governor");
	is_str(qkind(&r, 3), "direct", "the last turn, closed, is a statement too");
	is_str(qspeaker(&r, 3), "Mike Pence", "... and his");
	done(&r);
	r = analyze(NULL, P("Judge Maria Ortega scolded Paul Grant, the defense attorney.",
	                    "\"THE COURT: You will not say that.", "\"MR. GRANT: I am only asking.",
	                    "\"THE COURT: Sit down.\""));
	is_str(mention_of(&r, "Sit down."), "THE COURT", "THE COURT: a body's label, not the turn before");
	is_str(qspeaker(&r, 2), "Paul Grant", "MR. GRANT: the lawyer");
	done(&r);
	/* An opening "In ...," phrase is no subject; a quote right after a cue
	 * in an opening clause is that cue's. */
	speaker_is(P("In his initial Instagram post, Van Der Beek touched upon the idea and"
	             " noted there should be \"zero shame\" involved."), 0, "Van Der Beek",
	           "In his Instagram post, NAME ... noted \"Q\": NAME, not Instagram");
	r = analyze(NULL, P("While some protesters chanted, \"Red for Ed,\" in a hallway, Speaker"
	                    " Brian Bosma spoke."));
	is_str(mention_of(&r, "Red for Ed,"), "some protesters",
	       "While NP chanted, \"Q,\" ..., NAME spoke: the chanters, not NAME");
	done(&r);
	speaker_is(P("On \"Face the Nation,\" Sen. Bernie Sanders (Vt.), who lost the primaries,"
	             " praised young voters. \"The younger people are sick of it,\" he said."), 1,
	           "Bernie Sanders", "On \"SHOW,\" NAME ...: the comma inside the marks ends the phrase");
	/* A headline's name before its verb of saying, in either case. */
	r = analyze("Obama admits US gun laws are his 'biggest frustration'",
	            P("President Barack Obama said gun laws frustrate him."));
	is_str(qspeaker(&r, 1), "Barack Obama", "headline NAME admits ... 'Q': NAME");
	done(&r);
	r = analyze("Trump Says Media Is 'Rigged' Against Him", P("Donald Trump spoke on Monday."));
	is_str(qspeaker(&r, 1), "Donald Trump", "headline NAME Says ... 'Q': NAME");
	done(&r);
	/* An age the text gave after a name; the PM; a Briton. */
	speaker_is(P("Sen. Elizabeth Warren grilled the chief executive, John Stumpf. \"You should"
	             " resign,\" Warren said.", "Stumpf, 63, apologized. \"I am deeply sorry,\" the"
	             " 63-year-old said."), 1, "John Stumpf",
	           "NAME, 63, did. \"Q,\" the 63-year-old said: NAME, not the latest speaker");
	r = analyze(NULL, P("British Prime Minister Theresa May weighed in. \"This is unacceptable,\""
	                    " the PM said.", "\"We will look at this,\" the Briton added."));
	is_str(qspeaker(&r, 0), "Theresa May", "the PM: the Prime Minister");
	is_str(qspeaker(&r, 1), "Theresa May", "the Briton: the speaker a British title names");
	done(&r);
	speaker_is(P("\"It is time,\" Ann Lee said.", "American envoy Nikki Haley spoke next."
	             " \"We agree,\" the American said."), 1, "Nikki Haley",
	           "the American: the latest full name an American title opens");
	/* A headline verb before a count reports nothing. */
	r = analyze("Automaker Recalls 300,000 SUVs Over Fire Risk", P("The recall began on Monday."));
	is_int((long)nreported(&r), 0, "NOUN Recalls 300,000 SUVs: a recall of things, no report");
	done(&r);
	/* A nationality among the role words before a name. */
	roles_are(P("Nigerian ambassador Ade Okafor said the plan was \"unworkable.\""),
	          "Nigerian ambassador", "NATIONALITY title NAME said: the whole role");
	speaker_is(P("\"We are ready,\" said veteran Nigerian diplomat Ade Okafor."), 0, "Ade Okafor",
	           "said role NATIONALITY role NAME: the name, not the nationality");
	/* A full name set off after a nominal source or subject is who it is. */
	reported_is(P("According to the city controller, Kenneth Mejia, the deficit could reach"
	              " $1 billion."), "the deficit could reach $1 billion",
	            "the city controller, Kenneth Mejia", "According to NP, NAME, CLAUSE: NAME's");
	speaker_is(P("Mayor Karen Bass spoke.", "Bass's predecessor, Eric Garcetti, weighed in on social"
	             " media: \"Budgets are moral documents.\""), 0, "Eric Garcetti",
	           "X's predecessor, NAME, weighed in: \"Q\": NAME");
	/* A subject of several role words before the name. */
	speaker_is(P("Britain's finance minister Rachel Reeves on Wednesday ruled out raising income"
	             " tax, saying the government would \"stick to its promises\"."), 0,
	           "Rachel Reeves", "X's finance minister NAME did ..., saying \"Q\": NAME");
	/* "called" with one object and no name for it is a phone call. */
	no_reported(P("She called 911 at 3 a.m."), "called 911: a phone call");
	no_reported(P("Linda Carter called her neighbor, Tom Reyes."), "called her neighbor: a call");
	reported_is(P("Trump called the report fake news."), "the report fake news", "Trump",
	            "called X Y: a name given, reported");
	/* The surname He before a given name is no pronoun. */
	speaker_is(P("He Jianxiong, a former IMF official, said the deal was \"fragile.\""), 0,
	           "He Jianxiong", "He GIVEN, ROLE, said: the whole name");
	/* After a question, the next sentence names its speaker however long
	 * it goes on past the cue. */
	speaker_is(P("The deal is close.", "\"Without rolling back the tariffs, what is the incentive?\""
	             " He Jianxiong, the former executive director for China at the International"
	             " Monetary Fund, said at a Nov. 6 event in Washington."), 0, "He Jianxiong",
	           "\"Q?\" NAME, LONG ROLE, said at ... in ...: NAME");
	/* Military ranks without their dots are titles. */
	speaker_is(P("Lawmakers grilled Lt Col Alexander Vindman, a Ukraine specialist.",
	             "\"I could not believe what I was hearing,\" Vindman said."), 0,
	           "Alexander Vindman", "Lt Col NAME ... SURNAME said: the full name");

	/* Words said by someone named after the noun for them, before a colon:
	 * theirs, not those of the speaker of the quote before. */
	speaker_is(P("\"Youth unemployment is 51 percent,\" said Sen. Maria Lopez.",
	             "Compare how the site rated this statement by Governor Dan Kemper on June 11:",
	             "\"Look at the young people: 59 percent unemployment.\""), 1, "Dan Kemper",
	           "this statement by NAME:\n\"Q\": NAME");
	speaker_is(P("Critics pointed to a tweet from Mayor Joan Tull: \"We will not back down.\""), 0,
	           "Joan Tull", "a tweet from NAME: \"Q\": NAME");
	speaker_is(P("Ed Marsh spoke first.", "The site then ran a statement from Ed Marsh's rival, which said:",
	             "\"Nobody here was told.\""), 0, "", "a statement from a nominal: nobody named");

	/* A hyphenated compound is a title when its head is one. */
	roles_are(P("Singer-guitarists Tom Reyes and Pat Simms will tour.",
	            "\"We are excited,\" Reyes said."), "Singer-guitarists",
	          "Singer-guitarists NAME: the compound is his role, not his name");
	roles_are(P("\"Sales are up,\" said co-CEO Marc Bell."), "co-CEO", "co-CEO NAME: a role");
	/* Both roles, before and after the name; the verb is no part of them. */
	roles_are(P("Rain falls everywhere on Titan, said study co-author Ana Solis, a European Space"
	            " Agency research fellow. \"It is dry at the equator,\" Solis said."),
	          "study co-author; a European Space Agency research fellow",
	          "said ROLE NAME, ROLE: both, without \"said\"");
	roles_are(P("\"It is a normal summer now,\" said study co-author Dr. Hana Kolar, a researcher"
	            " at Columbia University."),
	          "study co-author; Dr.; a researcher at Columbia University",
	          "ROLE Dr. NAME, ROLE: the honorific a role of its own");
	roles_are(P("\"We heard an honest diagnosis,\" said European Council President Donald Tusk,"
	            " summing up the talks."),
	          "European Council President", "ROLE NAME, summing up: no second role");
	roles_are(P("According to radio host Rush Limbaugh, the move reeks of \"fear\" and desperation."),
	          "radio host", "According to ROLE NAME, CLAUSE: the clause is no role");

	/* A place or a site after the noun that speaks is not who speaks. */
	speaker_is(P("A reader from Ohio wrote: \"This is wrong.\""), 0, "",
	           "NOUN from PLACE wrote: not the place");
	speaker_is(P("According to AFP, one user on Weibo, which is like Twitter, posted: \"How did"
	             " they come?\""), 1, "", "According to SOURCE, NOUN on SITE, ..., posted: neither");
	speaker_is(P("According to AFP, Tom Hale, who is angry, posted: \"How did they come?\""), 1,
	           "Tom Hale", "According to SOURCE, NAME, ..., posted: the name");
	/* A name inside someone else's quoted words is no antecedent. */
	speaker_is(P("Last week, I caught Larry King on his new show, which airs on a Russian network.",
	             "A reader would ask: \"WHAT? Larry King and Ed Shore are on Russian TV?\"",
	             "These are the times of Dan Ortiz, who sat for an interview on the show. In the"
	             " appearance he said he was skeptical of the report."),
	           1, "Dan Ortiz", "he: not a name inside another's quote");

	/* With no cue, one quoted word or a label right after a name is the
	 * writer's term; a phrase of the subject's stays theirs. */
	r = analyze(NULL, P("Senator Harry Reid spoke in Nevada.",
	                    "Reid has been pounding Trump as a \"con artist\" all week.",
	                    "The new model has a \"vivid\" touch display.",
	                    "Audi will kick things off with the e-tron Sportback \"edition one\" in May."));
	is_str(kind_of(&r, "con artist"), "partial", "SUBJECT ... as a \"Q\": the subject's words");
	is_str(speaker_of(&r, "con artist"), "Harry Reid", "... by the subject");
	is_str(kind_of(&r, "vivid"), "term", "one uncued quoted word: a term");
	is_str(kind_of(&r, "edition one"), "term", "Name \"label\" with no cue: a term");
	done(&r);

	/* Role nouns with modifiers, and nouns in -ist and -ian for people. */
	speaker_is(P("\"Since 2008, nothing,\" says veteran industry analyst Ken Doctor."), 0,
	           "Ken Doctor", "says ROLE MODIFIER ROLE NAME: the name");
	speaker_is(P("\"Organics matter,\" said planetary geologist Rosa Lopes of NASA."), 0,
	           "Rosa Lopes", "said ADJ -ist NAME: the name");
	r = analyze(NULL, P("The lab reopened on Monday.", "\"It is dry,\" said technician Paul Grant."));
	is_str(qspeaker(&r, 0), "Paul Grant", "said -ian NAME: the name");
	is_str(span_str(&r, quoteset_get(r.q, 0)->cue), "said", "... its cue the verb alone");
	done(&r);
	speaker_is(P("\"We insist,\" the residents said."), 0, "", "insist is no noun for people");
	/* A name and their group speak as the name; two people as neither. */
	speaker_is(P("\"We suggest outgassing,\" Luca Pagan and his team wrote in the paper."), 0,
	           "Luca Pagan", "NAME and his team wrote: NAME");
	speaker_is(P("\"It is dry,\" Ann Kors and her husband said."), 0, "",
	           "NAME and her husband said: two people");

	/* An opening prepositional phrase without its comma: the name inside
	 * it is its object, not the subject. */
	r = analyze(NULL, P("The photo spread fast.", "On one Facebook page an unidentified poster wrote"
	                    " that it was \"disrespectful and rude.\""));
	is_str(kind_of(&r, "disrespectful and rude."), "partial", "On one NAME page a NOUN wrote: speech");
	is_str(span_str(&r, quoteset_get(r.q, 0)->mention), "an unidentified poster", "... by the NOUN");
	done(&r);
	reported_is(P("While China needs and wants to buy soybeans, it has balked at the terms."),
	            "to buy soybeans", "China", "While NAME wants: NAME");

	/* A title quoted inside the sentence that introduces a quote with a
	 * colon neither speaks nor cuts the sentence's subject off. */
	r = analyze(NULL, P("Tom Harper directed the film and Jessie Buckley starred in it.",
	                    "\"It grabbed me by the heart,\" he said. \"It just connected.\" Buckley,"
	                    " who phoned in from the Chicago set of \"Fargo,\" had a similar experience:"
	                    " \"It was that immediate feeling.\""));
	is_str(kind_of(&r, "Fargo,"), "term", "the set of \"Title,\": a term");
	is_str(speaker_of(&r, "It was that immediate feeling."), "Jessie Buckley",
	       "NAME, who ... \"Title,\" had a similar experience: \"Q\": NAME");
	done(&r);

	/* A verb of the mind before a noun phrase reports nothing, however
	 * its participle reads ("a newly created role"). */
	no_reported(P("Markets were calm.", "In April she assumed a newly created role as state counselor, in which she"
	              " advises the president."), "assumed a newly created role: no report");
	reported_is(P("Markets were calm.", "Dan Ruiz assumed the prices had risen."),
	            "the prices had risen", "Dan Ruiz", "assumed NOUN had VERBed: a report");

	/* "In a statement, ...": its subject says it, after a title in lower
	 * case too; a verb of saying further on attributes it itself. */
	reported_is(P("Markets were calm.", "In a statement issued Tuesday morning, presidential nominee"
	              " Hillary Clinton was more circumspect about the bank."),
	            "presidential nominee Hillary Clinton was more circumspect about the bank",
	            "Hillary Clinton", "In a statement, ROLE NAME was ...: NAME");
	reported_is(P("Markets were calm.", "In a statement, one of the family's attorneys, Justin"
	              " Bamberg, said the video raised more questions."),
	            "the video raised more questions", "Justin Bamberg",
	            "In a statement, NOUN, NAME, said CLAUSE: NAME said CLAUSE");

	/* A heading of capitalised words alone is nobody a pronoun means. */
	r = analyze(NULL, P("The U.N. has a new chief.", "Gender Equality.",
	                    "It was under Mr. Ban's watch that the General Assembly established U.N."
	                    " Women. He has championed lesbian and gay rights."));
	is_str(speaker_of(&r, "lesbian and gay rights"), "", "HEADING. ... He championed: not the heading");
	done(&r);

	/* A source set off after the name is neither the speaker nor a role. */
	speaker_is(P("The fight was ugly.", "Richardson, via USA Today, said that Rudolph \"can't start a"
	             " fight and then claim he was not asking for it.\""), 0, "Richardson",
	           "NAME, via SOURCE, said: NAME");
	roles_are(P("The fight was ugly.", "Richardson, via USA Today, said that Rudolph \"can't start a"
	            " fight and then claim he was not asking for it.\""), "",
	          "NAME, via SOURCE, said: no role");

	/* '"Q," the NOUN wrote' says who speaks even when the noun is not a
	 * known one (whom it means, speakers.c decides). */
	r = analyze(NULL, P("The man was ill for months.", "\"It never hurt,\" said Dr. Owen Demps.",
	                    "\"I could only manage two stairs,\" the sufferer wrote."));
	is_str(mention_of(&r, "I could only manage two stairs,"), "the sufferer",
	       "\"Q,\" the NOUN wrote: the NOUN, not the speaker before as written");
	done(&r);
	speaker_is(P("The case went to trial.", "Carl Lino called her a \"traitor\" and said, \"somebody"
	             " ought to stop her,\" the prosecutor's office said."), 1, "Carl Lino",
	           "said, \"Q,\" the office said: the one who said it");

	/* What a person shows is no report, unless "that" a clause; a poll's
	 * or a record's is. */
	no_reported(P("The verdict came in.", "Marla Quinn, 58, showed no emotion as the verdict was"
	              " read."), "NAME showed no emotion as ...: no report");
	no_reported(P("The verdict came in.", "She showed reporters the letter."),
	            "she showed reporters the letter: no report");
	reported_is(P("The verdict came in.", "The poll showed Smith ahead by four points."),
	            "Smith ahead by four points", "The poll", "the poll showed CLAUSE: a report");
	reported_is(P("The verdict came in.", "Ann Shirazi showed in a paper published in 2016 that"
	              " taste receptors could be found in the gut."),
	            "taste receptors could be found in the gut", "Ann Shirazi",
	            "NAME showed ... that CLAUSE: a report");

	/* A verb that may take an addressee, before a bare clause. */
	reported_is(P("The vote was close.", "Shop owners warned the lanes would cut parking."),
	            "the lanes would cut parking", "owners", "NOUN warned NP would VERB: a report");
	reported_is(P("The vote was close.", "Gary Lutz warned the new lanes will hurt sales."),
	            "the new lanes will hurt sales", "Gary Lutz", "NAME warned NP will VERB: a report");
	reported_is(P("The vote was close.", "Gary Lutz told reporters the plan was dead."),
	            "the plan was dead", "Gary Lutz", "told ADDRESSEE CLAUSE: the clause");

	/* A one-word name before a spokesperson is the body it speaks for. */
	speaker_is(P("Boeing agreed to pay.", "A Boeing spokesperson said the company had \"made broad"
	             " and deep changes\" to its practices."), 0, "Boeing",
	           "a NAME spokesperson said: the body NAME");
	speaker_is(P("The talks ended.", "Donald Trump left early. A Trump spokesman said the president"
	             " was \"very pleased.\""), 0, "Donald Trump", "... a person's spokesman: that person");
	speaker_is(P("The court ruled on Monday.", "An xAI spokesperson said the company would"
	             " \"appeal the decision.\""), 0, "xAI",
	           "a BRAND spokesperson, the brand's capital after a small letter: the body");
	speaker_is(P("The court ruled on Monday.", "A spokesperson for eBay said the firm would"
	             " \"appeal the decision.\""), 0, "eBay", "a spokesperson for BRAND: the body");
	speaker_is(P("The ph of the water was 7.", "A spokesman for the pH lab said it was \"safe.\""), 0,
	           "", "pH, a small letter and one capital, is no name");
	speaker_is(P("The World Health Organization said cases had tripled.",
	             "The WHO said it would send \"a team of experts.\""),
	           1, "World Health Organization", "the WHO in capitals: the acronym, not \"who\"");
	speaker_is(P("Plague is \"always fatal\" untreated, says WHO."), 0, "WHO",
	           "says WHO: the acronym speaks");
	reported_is(P("Pediatricians said the vaccine was safe for infants."),
	            "the vaccine was safe for infants", "Pediatricians",
	            "a plural in -ians: the mention as written");
	speaker_is(P("Pediatricians said the vaccine was \"safe.\""), 0, "",
	           "a plural in -ians names no one");
	said_by(P("The CDC said cases rose.", "Doctors were busy. Hospitals were full. Schools closed.",
	          "Parents should watch for signs of \"trouble breathing,\" the agency said."),
	        "trouble breathing,", "", "CLAUSE, the agency said: a plural noun opening CLAUSE is no agency");
	speaker_is(P("Samsung said it had been sued.", "The Galaxy maker denied wrongdoing but said it"
	             " would \"fight the claims.\""),
	           0, "Samsung", "the PRODUCT maker: a company, not one named PRODUCT");

	/* A noun for who someone is, opening the sentence before the name. */
	speaker_is(P("Parent Jessica Tran, whose sons attend Riverside High, welcomed the vote.",
	             "\"My kids are zombies in the morning,\" she said."),
	           0, "Jessica Tran", "Parent NAME, whose ...: the noun is her role");
	speaker_is(P("Shopper Tom Hale said prices were \"too high.\""), 0, "Tom Hale",
	           "Shopper NAME said: the name");

	/* "her daughter said": the one the text calls so, never the latest
	 * speaker for want of better. */
	said_by(P("Rosalind Achebe-Kerr, an architect, died on Tuesday. Her daughter, Naomi Kerr, said the"
	          " cause was pneumonia.",
	          "\"She never really stopped,\" her daughter said."),
	        "She never really stopped,", "Naomi Kerr", "her daughter said: the daughter named before");
	said_by(P("Tom Fairweather said the water came fast.",
	          "His wife said she had not slept since the flood."),
	        "she had not slept since the flood", "", "his wife said: not the husband who spoke");

	/* He or she after someone unnamed and owned is that one. */
	said_by(P("\"We are going to need help,\" Gov. Patricia Linwood said.",
	          "The utility's spokeswoman warned that repairs would be slow. \"Our crews can't start"
	          " until the winds drop,\" she said."),
	        "Our crews can't start until the winds drop,", "",
	        "X's spokeswoman VERBed ... she said: the spokeswoman, nobody named");
	said_by(P("\"We are going to need help,\" Gov. Patricia Linwood said.",
	          "Her spokesman warned that repairs would be slow. \"It will be weeks,\" she said."),
	        "It will be weeks,", "Patricia Linwood", "... not when the noun is of the other sex");

	speaker_is(P("Vestra Motors is recalling 310,000 vehicles, the carmaker said on Thursday."), 0,
	           "Vestra Motors", "CLAUSE naming X, the carmaker said: X");
	speaker_is(P("Solberg said the company would not move. The ministry said it wanted a deal."), 1, "",
	           "the ministry: not the one-word name that spoke, which a firm may be");
	speaker_is(P("Apple said it would appeal. The company said the fine was unfair."), 1, "Apple",
	           "the company: that one");

	said_by(P("\"We are holding,\" said Michael Trent, a spokesman.",
	          "Mykola stood in the doorway. \"Quiet,\" he said."),
	        "Quiet,", "Mykola", "a given name of the region's names: its sex, the \"he\" of the next quote");
	said_by(P("Tom said the plan was bad. \"No,\" she said."), "No,", "",
	          "a given name alone says its sex: \"she\" is not Tom");

	said_by(P("Okafor told them on Monday that he was prepared to \"stay in this fight,\" according to"
	          " two people who attended."),
	        "stay in this fight,", "Okafor",
	        "X told Y that he was prepared to \"Q,\" according to Z: X's words, which Z relays");

	/* A kicker before a headline's quotation labels the story. */
	r = analyze("Review: \"The Salt Road\" is a slow-burning epic",
	            P("The film opens Friday in theaters across the country."));
	is_str(speaker_of(&r, "The Salt Road"), "", "Review: \"TITLE\": no one named Review");
	done(&r);

	/* A title set off by commas in the writer's words is named, not said. */
	r = analyze(NULL, P("Director Anouk Delacroix said she wanted to make a quiet film.",
	                    "\"The Salt Road,\" which opens in theaters Friday, follows a caravan across the"
	                    " Sahara.",
	                    "\"Hopefully,\" the director said, \"people will come.\""));
	is_str(kind_of(&r, "The Salt Road,"), "term", "\"TITLE,\" which ...: a title");
	is_str(kind_of(&r, "Hopefully,"), "direct", "\"Word,\" the director said: a statement");
	done(&r);
	said_by(P("Marcus Dell said he had the title of the band's debut, \"Lanterns,\" tattooed on his arm."),
	        "Lanterns,", "", "..., \"TITLE,\" tattooed: no one's words");

	/* A title in quotation marks between a speaker and the cue is read past. */
	said_by(P("Tessa Lindqvist, the star of \"Cold Front,\" told Variety: \"Love you both so much.\""),
	        "Love you both so much.", "Tessa Lindqvist", "NAME, the star of \"TITLE,\" told X: \"Q\"");
	said_by(P("Developer Valve called 'Half Life: Alyx' \"a flagship VR game.\""), "a flagship VR game.",
	        "Valve", "X called 'TITLE' \"Q\"");

	/* X said Y VERBed and CUE "Q": X's, not Y's. */
	said_by(P("Liu Yan said China supported dialogue and urged others to avoid \"adding fuel to the"
	          " fire.\""),
	        "adding fuel to the fire.", "Liu Yan", "X said Y did A and urged \"Q\": X urged");
	said_by(P("Khaled Mansour said Haddad was exaggerating and described the claims as \"pure"
	          " fantasy.\""),
	        "pure fantasy.", "Khaled Mansour", "X said Y was A and described B as \"Q\"");
	said_by(P("Smith laughed and said it was \"absurd.\""), "absurd.", "Smith", "X laughed and said");

	/* A question or a condition around a cue reports nothing, and leaves
	 * the one named after it for "she". */
	said_by(P("\"We won,\" said Rosalind Achebe.",
	          "Asked by reporters what she planned to do with her trophies, Nina Park shrugged. \"Put them"
	          " in the kitchen,\" she said."),
	        "Put them in the kitchen,", "Nina Park", "Asked what she planned ..., NAME shrugged. \"Q,\" she said");
	no_reported(P("If you want to move up, ask for more."), "if you want to: a condition");

	/* An institution named by what it does speaks as written. */
	speaker_is(P("The defence ministry said the depot had been hit by debris."), 0, "defence ministry",
	           "the defence ministry: a body, as written");
	speaker_is(P("Two people died, according to the health ministry."), 0, "health ministry",
	           "according to the health ministry");
	speaker_is(P("The air force said it had shot down 38 drones."), 0, "air force",
	           "the air force: not a police force");

	/* A firm's name in 's before its verb: "Macy's said". */
	speaker_is(P("Macy's said sales fell 3.1 percent."), 0, "Macy's", "NAME's said: the firm's name");
	speaker_is(P("\"Sales fell,\" McDonald's said."), 0, "McDonald's", "\"Q,\" NAME's said");
	no_reported(P("Trump's claims were false."), "NAME's claims: still a noun");

	/* Titles and trades before a name are roles. */
	roles_are(P("County Clerk Janet Oduya said: \"Turnout was high.\""), "County Clerk",
	          "County Clerk NAME: a title of two words");
	speaker_is(P("Councilor Yvette Brennan said she was \"still listening.\""), 0, "Yvette Brennan",
	           "Councilor NAME: the American spelling");
	speaker_is(P("Colonel Anatoliy Bereza said the town was quiet."), 0, "Anatoliy Bereza",
	           "Colonel NAME: a rank");
	speaker_is(P("Bassist Nell Hargreaves said the record was the first they shared."), 0, "Nell Hargreaves",
	           "Bassist NAME: a part in a band");
	speaker_is(P("Carmaker Vestra Motors said it would recall 310,000 vehicles."), 0, "Vestra Motors",
	           "Carmaker BODY: a trade, no part of the name");
	speaker_is(P("\"I was home asleep,\" Hector Vance snaps."), 0, "Hector Vance", "\"Q,\" NAME snaps");

	/* Names of bodies with an ampersand or a plural's mark inside. */
	speaker_is(P("Coastal Power & Light said restoring electricity could take seven days."), 0,
	           "Coastal Power & Light", "NAME & NAME: one body");
	speaker_is(P("Marks & Spencer said it would close 12 stores."), 0, "Marks & Spencer",
	           "... of two words");
	speaker_is(P("A spokesman for Barlow & Finch said prices would rise."), 0, "Barlow & Finch",
	           "a spokesman for NAME & NAME: the whole body");
	speaker_is(P("Meridian's lawyer, Robert Kessel of Hume & Pratt, countered that the deal was legal."), 0,
	           "Robert Kessel", "NAME of FIRM & FIRM: the person, of the firm");
	speaker_is(P("The National Farmers' Federation says the drought is worsening."), 0,
	           "National Farmers' Federation", "NAMEs' BODY: the mark inside the name");

	/* Someone known by whom they are to a person is not that person. */
	speaker_is(P("The minister, Helen Carrow, visited the plant. A source close to the minister said she"
	             " was furious."),
	           0, "", "a source close to the minister: not the minister");
	speaker_is(P("The minister, Helen Carrow, visited the plant. An aide to the minister said the trip"
	             " was useful."),
	           0, "", "an aide to the minister: nor here");
	speaker_is(P("The minister, Helen Carrow, visited the plant. A spokesman for the ministry said the"
	             " trip was useful."),
	           0, "", "a spokesman for the ministry: the ministry, no one named");

	/* Words in quotation marks are no one's name. */
	no_reported(P("You cannot just reorder \"Goodnight Moon\" and call it a day."),
	            "\"TITLE\" and VERB: the title is not the subject");

	/* A title after "by" or "to" is whole; a place there is no title. */
	said_by(P("The states built a line linking Riyadh and Abu Dhabi, in a ceremony attended by"
	          " Prime Minister John Carter.",
	          "\"This line will carry the future,\" the prime minister said."),
	        "This line will carry the future,", "John Carter",
	        "attended by TITLE NAME: the title is NAME's, who the prime minister is");
	roles_are(P("The special envoy to Ukraine Kurt Volker said, \"It is over.\""), "",
	          "envoy to PLACE NAME: the place is no title");

	speaker_is(P("Front Street Holdings said in a written statement that it had offered help. The"
	             " statement said the couple had declined the offer."),
	           1, "Front Street Holdings", "X said in a written statement ... The statement said: X");
	said_by(P("Westbridge Rovers issued a brief statement on Thursday. The statement added that talks"
	          " had been \"conducted in good faith.\""),
	        "conducted in good faith.", "Westbridge Rovers", "X issued a brief statement ... the statement added");
	said_by(P("Dana Whitcombe spoke at the event. Shortly afterward, Whitcombe posted a photo, writing:"
	          " \"Best part of the job.\""),
	        "Best part of the job.", "Dana Whitcombe", "Shortly afterward, NAME ..., writing: \"Q\"");
	speaker_is(P("Anyone who drives at 7:30 knows it is closer to 25."), 0, "",
	           "Anyone who ... knows: no one named Anyone");

	/* A name inside a relative clause set off after the subject is not it. */
	speaker_is(P("Kevin Marsh, who knows Linda Chu, said the plan was fair."), 0, "Kevin Marsh",
	           "NAME, who knows NAME2, said: NAME");
	speaker_is(P("Kevin Marsh, 52, whose children attend Westview Elementary, said the plan was fair."), 0,
	           "Kevin Marsh", "NAME, AGE, whose ... BODY, said: NAME");
	speaker_is(P("One protester, who gave only his first name, Karim, said the march was peaceful."), 0,
	           "Karim", "... his first name, NAME, said: the name given");

	/* "Lawyers for X", "Aides to X" opening a sentence are not X. */
	speaker_is(P("Gerald Fitch was charged on Monday. Lawyers for Fitch argued that he should keep"
	             " his passport."),
	           0, "", "Lawyers for X argued: not X");
	speaker_is(P("President Daniel Okafor met union leaders. Aides to Okafor said he would not back down."),
	           0, "", "Aides to X said: not X");
	speaker_is(P("Gerald Fitch was charged on Monday. Relatives of Fitch said he was innocent."), 0, "",
	           "Relatives of X said: not X");

	said_by(P("Kaylee Brandt posted the video on Sunday. Later in the clip, she pans across the room and"
	          " adds: \"Nobody here has heard of oat milk.\""),
	        "Nobody here has heard of oat milk.", "Kaylee Brandt",
	        "PHRASE, she VERBs and adds: \"Q\": she, not the phrase's noun");
	said_by(P("Massimo Ferrandi dismissed the criticism.",
	          "In Paris, economist Jean Dorval warned against what he called a \"two-speed Europe.\""),
	        "two-speed Europe.", "Jean Dorval", "In PLACE, ROLE NAME VERBed ... what he called \"Q\"");
	said_by(P("Renata Holloway said the race was close. By Sunday evening, Harlan Voss appeared ready"
	          " to move on. \"Back to work,\" he said."),
	        "Back to work,", "Harlan Voss", "By TIME, NAME VERBed. \"Q,\" he said: NAME");

	/* One word of no known sex, first named as a document's maker or
	 * after a noun for a body, is not who "he" or "she" is. */
	said_by(P("Elena Sartori said the race was close.", "A survey by Demopolis found 48 percent in favor.",
	          "\"We will win in November,\" she said."),
	        "We will win in November,", "Elena Sartori", "a survey by X: she is the woman who spoke");
	said_by(P("Elena Sartori spoke in Brescia.", "A survey by the firm Demopolis found 48 percent in favor.",
	          "\"We will win in November,\" she said."),
	        "We will win in November,", "Elena Sartori", "the firm X: she is the woman named before");
	said_by(P("Elena Sartori spoke in Brescia.", "A survey by Demopolis found 48 percent in favor.",
	          "\"We will win,\" he said."),
	        "We will win,", "", "... and he is nobody named");
	said_by(P("Two voters, Tyresha McClenney and Bryan Anderson, saw the rally.",
	          "McLenney said the senator was not consistent.", "\"It is not something she says,\" she said."),
	        "It is not something she says,", "McLenney", "but a name alone that spoke is a person");

	said_by(P("Gingrich dismissed Estonia as a suburb.",
	          "All this has led the Latvian journalist Dainis Ivans to fear a \"Putin pact.\""),
	        "Putin pact.", "Dainis Ivans", "led X to fear \"Q\": X's, not the speaker before");

	said_by(P("Senate Majority Leader Chuck Schumer called the vote \"a victory.\" Speaking on the"
	          " floor, the New York Democrat said Republicans had \"stepped back.\""),
	        "stepped back.", "Chuck Schumer",
	        "the New York Democrat: the latest speaker, whose office says no party");
	said_by(P("Rep. Jim Jordan, R-Ohio, said the bill was \"a mistake.\" The New York Democrat said"
	          " it was \"fine.\""),
	        "fine.", "", "the New York Democrat is not the latest speaker, R-Ohio");

	/* A second verb joined to the first is its subject's, not its object's. */
	speaker_is(P("Smith praised coach John Davis and said the team \"played with heart.\""), 0,
	           "Smith", "X VERBed ROLE NAME and said: X, not the role's name");
	speaker_is(P("Brown refused to name Paul Grant but said the decision was \"wrong.\""), 0,
	           "Brown", "X VERBed NAME but said: X");
	speaker_is(P("Maresca declined to criticise referee Michael Oliver directly but said the"
	             " standard \"has to improve.\""),
	           0, "Maresca", "... NAME ADVERB but said: the adverb is no verb of NAME's");
	speaker_is(P("GateHouse cut jobs.", "The private equity firm Alden Capital, which owns the Post"
	             " and other papers and insists the cuts were \"necessary,\" has drawn ire."),
	           0, "Alden Capital", "the NOUN NAME, which ... and insists: NAME, the noun its role");

	/* A statement or a spokesperson written after the body it speaks for. */
	speaker_is(P("The strike killed 12 people, according to a Pentagon statement."), 0, "Pentagon",
	           "according to a BODY statement: the body");
	speaker_is(P("The jet was grounded, according to a Boeing spokesperson."), 0, "Boeing",
	           "according to a BODY spokesperson: the body");
	speaker_is(P("A White House statement said the talks would resume."), 0, "White House",
	           "a BODY statement said: the body of two words");
	speaker_is(P("Officers found a man with serious wounds, according to a police statement."), 0,
	           "police", "according to a police statement: the police");
	speaker_is(P("Donald Trump spoke on Monday.", "The plan was dead, according to a Trump statement."),
	           0, "Donald Trump", "a PERSON statement: the person the text names");

	/* A country's institution, named by a common noun. */
	r = analyze(NULL, P("The Israeli military said it struck 30 targets overnight.",
	                    "The military said the strikes were \"precise.\""));
	is_str(qspeaker(&r, 0), "Israeli military", "the NATIONALITY military said: the body as written");
	is_str(speaker_of(&r, "precise."), "Israeli military", "... which 'the military' is after");
	done(&r);
	speaker_is(P("Russia's foreign ministry said the claim was false."), 0, "Russia's foreign ministry",
	           "COUNTRY's foreign ministry said: the ministry, not the country");
	r = analyze(NULL, P("Ukraine's air force said it shot down 40 drones.",
	                    "Twelve drones were \"lost\" to jamming, the air force said."));
	is_str(qspeaker(&r, 0), "Ukraine's air force", "COUNTRY's air force said: the force");
	is_str(speaker_of(&r, "lost"), "Ukraine's air force", "... and 'the air force' after it");
	done(&r);

	/* A named speaker's cue in the sentence just before a quote wins over
	 * the speaker of an earlier quote in the paragraph. */
	r = analyze(NULL, P("Senators clash", "Sen. Mark Holloway and Sen. David Ortega met on Wednesday.",
	                    "\"We're not that far apart,\" Holloway said. Asked if he agreed, Ortega"
	                    " laughed. \"Ask me tomorrow.\""));
	is_str(speaker_of(&r, "Ask me tomorrow."), "David Ortega",
	       "\"Q1,\" A said. ... B laughed. \"Q2.\": B");
	done(&r);
	r = analyze(NULL, P("Hacking", "The president met Putin.", "\"We've had problems,\" Obama said."
	                    " He didn't suggest retaliation. \"Our goal is not escalation.\""));
	is_str(speaker_of(&r, "Our goal is not escalation."), "Obama",
	       "\"Q1,\" A said. He didn't suggest ... \"Q2.\": A still");
	done(&r);

	/* A courtesy title is no office that keeps a later title from its
	 * holder. */
	r = analyze(NULL, P("Starmer: 'We will fix the NHS'",
	                    "Sir Keir Starmer has promised to cut waiting lists, telling the conference"
	                    " that the health service was 'broken but not beaten'.",
	                    "'We will fix the NHS,' the Prime Minister said in Liverpool."));
	is_str(speaker_of(&r, "We will fix the NHS,"), "Keir Starmer",
	       "Sir NAME ... 'Q,' the Prime Minister said: NAME");
	done(&r);

	/* A company's first word is its short form when its name ends in a
	 * trade. */
	r = analyze(NULL, P("Automaker recalls SUVs",
	                    "Redline Motors is recalling 300,000 vehicles, the company said Friday.",
	                    "Redline said it knew of 12 fires."));
	is_int((long)quoteset_speaker_count(r.q), 1, "NAME Motors ... NAME said: one speaker");
	done(&r);

	/* "and" between two nouns of the reported clause's subject does not
	 * end the clause at a verb of saying after them. */
	reported_is(P("Food study.", "The researchers said processed meats and sugary drinks showed"
	              " the strongest link."),
	            "processed meats and sugary drinks showed the strongest link", "The researchers",
	            "said NOUN and NOUN showed CLAUSE: one report");
	reported_is(P("Food study.", "Dan Ruiz said the plan would fail and warned of layoffs."),
	            "the plan would fail", "Dan Ruiz", "said CLAUSE and warned: the clause ends");

	/* A label in title case before a colon is nobody a pronoun means. */
	r = analyze(NULL, P("The U.N.'s record", "Ban Ki-moon took office in 2007.",
	                    "Limited Tools to Fight Terrorism: The United Nations was set up for wars"
	                    " between nations. He has championed new rules for the Security Council."));
	is_str(speaker_of(&r, "new rules for the Security Council"), "Ban Ki-moon",
	       "LABEL: ... He championed: not the label");
	done(&r);

	/* A gerund after a preposition of means or time has the subject of
	 * its clause; after "of" it names a theme, no act of saying. */
	reported_is(P("Budget.", "Jones began the speech by saying the economy was strong."),
	            "the economy was strong", "Jones", "NAME did X by saying CLAUSE: NAME");
	no_reported(P("Trade.", "His theme of questioning trade deals hurt Democrats."),
	            "a theme of questioning X: no report");
	no_reported(P("Tax.", "Many observers were surprised when Trump, after railing against"
	              " carried interest, proposed a cut."),
	            "a clause between the subject and 'after VERBing': no source");

	/* A present form right after a verb in the past is its object. */
	no_reported(P("Terror.", "Last weekend, America once again experienced attacks upon our"
	              " shores."),
	            "experienced attacks upon X: a noun, no report");
	no_reported(P("Care.", "The nurses treated stress disorders in veterans."),
	            "treated stress disorders: a noun, no report");
	reported_is(P("Fire.", "The people we interviewed say the plan failed."), "the plan failed",
	            "The people", "people we interviewed say CLAUSE: a relative clause before");
	reported_is(P("Wages.", "Economists we consulted said the law had little effect on prices."),
	            "the law had little effect on prices", "Economists",
	            "NOUNS we consulted said, opening the sentence: the noun, not 'we'");

	/* A date after the cue, abbreviated or not, with or without its year. */
	one_reported(P("Floods.", "The authority said on Oct. 22 that some roads flooded."),
	             "some roads flooded", "said on Oct. 22 that CLAUSE");
	one_reported(P("Floods.", "The authority said Monday, Oct. 22, that some roads flooded."),
	             "some roads flooded", "said DAY, Oct. 22, that CLAUSE");
	one_reported(P("Floods.", "The authority said on October 22, 2024, that some roads flooded."),
	             "some roads flooded", "said on MONTH DAY, YEAR, that CLAUSE");
	one_reported(P("Floods.", "The mayor said on Oct. 22 the roads had flooded."),
	             "the roads had flooded", "said on Oct. 22 CLAUSE, no that");
	one_reported(P("Moon.", "NASA announced Nov. 18 that it was adding five companies."),
	             "it was adding five companies", "announced Nov. 18 that CLAUSE");
	one_reported(P("Press.", "The mayor said April Ryan was wrong."), "April Ryan was wrong",
	             "said April NAME: a month alone is no date");
	no_reported(P("Caption.", "Correction added Nov. 18, 2019: The caption named the wrong man."),
	            "Correction added DATE: the page's note, no report");

	/* "not A but B": one clause, B a thing; a clause after "but" is the
	 * writer's again. */
	one_reported(P("Water.", "Professor Quentin Grafton-Lee said the real issue was not the price"
	               " paid but the lack of any proper assessment."),
	             "the real issue was not the price paid but the lack of any proper assessment",
	             "said not A but B: one clause");
	one_reported(P("Roads.", "The mayor said it was not safe but the officials reopened it anyway."),
	             "it was not safe", "said not A but CLAUSE: the writer's clause");

	/* A list of sources after "according to"; a trailing source's cue
	 * before the writer's "even as"; a source and cue after a comma that
	 * open their own report. */
	one_reported(P("Meters.", "They do not contain microphones and cannot record sound, according"
	               " to manufacturers, regulators and independent engineers."),
	             "They do not contain microphones and cannot record sound",
	             "CLAUSE, according to A, B and C: the list is the source's");
	one_reported(P("Grants.", "The grant will benefit about 8,000 households a year, Mr Desmond Lim"
	               " said at a community event, even as officials prepared for talks."),
	             "The grant will benefit about 8,000 households a year",
	             "CLAUSE, X said at EVENT, even as ...: the writer's after");
	reported_is(P("Outages.", "In Soweto, where residents have long complained of extended outages,"
	              " community leader Nomsa Khumalo said people were tired of promises."),
	            "people were tired of promises", "Nomsa Khumalo",
	            "where A complained of B, SOURCE said CLAUSE: the source's own report");

	/* One name, of no known sex, set after a job: the pronoun's after it
	 * opens the sentence before; a word that opens one is no name. */
	said_by(P("The Norwegian singer Lyssa released a new album on Friday.",
	          "The label founder, Georgina Tate, said sales were strong. \"We are thrilled,\" Tate"
	          " said.",
	          "Asked whether she was happy, Lyssa paused. \"I am less sad,\" she said."),
	        "I am less sad,", "Lyssa", "JOB NAME ... NAME paused. \"Q,\" she said: the one name");
	said_by(P("President Barack Obama spoke on Friday.",
	          "Children, he said, \"will have a different view.\" \"There are going to be"
	          " tensions,\" he said."),
	        "There are going to be tensions,", "Barack Obama",
	        "a plural opening the sentence is no one-name person");

	/* One half of a double surname is its bearer. */
	said_by(P("Member of Parliament Janet Ang-Menon welcomed the move.",
	          "Ms Ang said: \"This will make a real difference to them.\""),
	        "This will make a real difference to them.", "Janet Ang-Menon",
	        "NAME ANG-MENON ... Ms Ang said: the double surname's bearer");

	/* "the PLACE MP": a member for a place, the person who is one. */
	said_by(P("Union minister Abhishek Banerjee said the BJP was losing ground. \"Bengal will give"
	          " them the answer,\" the Diamond Harbour MP said at a rally."),
	        "Bengal will give them the answer,", "Abhishek Banerjee",
	        "the PLACE PLACE MP said: no person named Diamond Harbour");

	/* Courtesy titles of other presses are no part of the name. */
	said_by(P("The Chairman of the council, Hon. Francis Sani, told reporters that camps had been"
	          " set up."),
	        "camps had been set up", "Francis Sani", "Hon. NAME: the name without it");
	said_by(P("Smt. Sunita Rao said the dues must be cleared."), "the dues must be cleared",
	        "Sunita Rao", "Smt. NAME: the name without it");

	/* "claims" with a clause after it is the verb, after "the" and a noun
	 * too; a noun after a modifier before a preposition reports nothing. */
	one_reported(P("Meters.", "The post claims smart meters contain microphones."),
	             "smart meters contain microphones", "The post claims CLAUSE (no 'that')");
	reported_is(P("Meters.", "Mayor Ann Lee claims the meters are safe."), "the meters are safe",
	            "Mayor Ann Lee", "NAME claims CLAUSE");
	no_reported(P("Sea.", "Vietnam is a critic of China's sweeping territorial claims in the South"
	              " China Sea."),
	            "territorial claims in PLACE: a noun, no report");

	/* A thing written, a tale told, a question put: no report. */
	no_reported(P("Books.", "Vance began writing it eight months after the funeral."),
	            "writing it WHEN: a thing made, no report");
	no_reported(P("Film.", "The show tells the story of a fishing family whose boat is about to be"
	              " repossessed."),
	            "tells the story of: a tale, no report");
	r = analyze(NULL, P("Asked whether she would write another book, Vance thought for a long"
	                    " moment."));
	is_str(cue_of(&r, "whether she would write another book"), "Asked",
	       "Asked Q, NAME thought: the question put, not what NAME thought");
	done(&r);

	/* Words in title case right after the writer's word name a work: a
	 * term, which bounds no statement. */
	r = analyze(NULL, P("The critic Sasha Lindqvist had called \xE2\x80\x9C" "Dry Fire\xE2\x80\x9D"
	                    " \xE2\x80\x9Cthe most exciting film of the year.\xE2\x80\x9D",
	                    "Johnson tells MSNBC's \xE2\x80\x9CMorning Joe\xE2\x80\x9D on Friday that"
	                    " \xE2\x80\x9C" "exactly who did it\xE2\x80\x9D remains unclear."));
	is_str(kind_of(&r, "Dry Fire"), "term", "called \"Title\" \"q\": the title a term");
	is_str(kind_of(&r, "the most exciting film of the year."), "partial", "... the verdict a partial");
	is_str(speaker_of(&r, "the most exciting film of the year."), "Sasha Lindqvist", "... the critic's");
	is_str(kind_of(&r, "Morning Joe"), "term", "tells SHOW'S \"Title\": a term");
	is_str(cue_of(&r, "exactly who did it"), "tells", "... the cue before the title still the partial's");
	done(&r);

	/* A name and its verb on a noun before them ("the scale Moreno
	 * described is") are no cue of the quotation after them. */
	said_by(P("Sen. Paul Moreno said the state lost 40,000 jobs. But Raymond Chu, an economist,"
	          " said the scale Moreno described is \"not remotely plausible\" given the data."),
	        "not remotely plausible", "Raymond Chu", "said the N NAME described is \"q\": the sayer");
	said_by(P("Martha added that the letter Mike wrote was \"kind and loving.\""), "kind and loving.",
	        "Martha", "the letter NAME wrote was \"q\": not NAME's");
	one_reported(P("Space.", "The VIPER mission is a rover NASA plans to fly in 2022."),
	             "to fly in 2022", "a rover NAME plans to DO: what NAME plans");

	/* An owner's pronoun before a noun that reports is the person it is. */
	said_by(P("Rep. Colleen Tharpe voted against the Farm Act. Her argument is that its import"
	          " rules drove up food prices."),
	        "its import rules drove up food prices", "Colleen Tharpe", "Her argument is that CLAUSE");
	said_by(P("Boris Johnson spoke in Manchester. His vow that Britain would leave the EU on Oct. 31"
	          " was cheered."),
	        "Britain would leave the EU on Oct. 31", "Boris Johnson", "His vow that CLAUSE");

	/* Two words, a noun and its verb in the past, are a clause. */
	one_reported(P("Profit.", "Chief Executive Thomas Greer said profit rose."), "profit rose",
	             "said NOUN VERBED: two words");

	/* A long occasion before "that": up to fifteen words. */
	one_reported(P("Credit.", "The company said in its quarterly report filed with the Securities and"
	               " Exchange Commission that it had drawn $400 million on its credit line."),
	             "it had drawn $400 million on its credit line",
	             "said in A REPORT FILED WITH THE LONG AGENCY NAME that CLAUSE");
	one_reported(P("Budget.", "The speaker spoke before lawmakers defending the state budget approved"
	               " by Republicans in April that boosted base school spending by 2.5%."),
	             "the state budget approved by Republicans in April that boosted base school spending"
	             " by 2.5%",
	             "spoke before ... in April that VERBED: a relative 'that', no clause of 'spoke'");

	/* A given name with its accents is the list's without them. */
	said_by(P("Venezuela's oil minister, H\xC3\xA9" "ctor Rafael Obreg\xC3\xB3n Salas, arrived in Riyadh"
	          " on Saturday.",
	          "\"We respect the agreements,\" Obreg\xC3\xB3n said."),
	        "We respect the agreements,", "H\xC3\xA9" "ctor Rafael Obreg\xC3\xB3n Salas",
	        "H\xC3\xA9" "ctor NAME NAME SURNAME, then NAME said: the full name");

	/* The Arabic article is no part of the surname one is known by. */
	said_by(P("Ahmed Khalil al-Nouri said he arrived in Homs on Friday.",
	          "\"We will rebuild every house,\" Nouri said."),
	        "We will rebuild every house,", "Ahmed Khalil al-Nouri", "NAME al-SURNAME ... SURNAME said");

	/* A verb of bidding opening the sentence is no one's name. */
	r = analyze(NULL, P("Ask them to promise specific things: to debate and to release tax returns."));
	ok(quoteset_speaker_count(r.q) == 0, "Ask them to promise: no speaker named Ask");
	done(&r);

	/* A body's appositive after "According to X," is no part of the clause. */
	reported_is(P("Toll.", "According to the Syrian Observatory for Human Rights, a Britain-based war"
	              " monitor, at least 87 civilians were killed."),
	            "at least 87 civilians were killed", "the Syrian Observatory for Human Rights",
	            "According to BODY, a war monitor, CLAUSE");

	/* NAME of the ADJ BODY said: the person, not the body. */
	said_by(P("Senator Lilia Trevi\xC3\xB1o Arredondo of the conservative National Action Party said"
	          " the president had \"lost control\" of the country."),
	        "lost control", "Lilia Trevi\xC3\xB1o Arredondo", "NAME of the ADJ BODY said: the person");
	reported_is(P("Mines.", "Agent Rodrigo Saldanha of the agency Ibama told AP that the miners were"
	              " increasingly armed."),
	            "the miners were increasingly armed", "Agent Rodrigo Saldanha",
	            "NAME of the NOUN BODY told: the person");

	/* A possessive inside a firm's name is its name's. */
	said_by(P("Moody's Investors Service said it had placed the rating on review."),
	        "it had placed the rating on review", "Moody's Investors Service",
	        "NAME's WORD Service: one firm");
	said_by(P("Russia's Federal Security Service said it had arrested two men."),
	        "it had arrested two men", "Federal Security Service", "COUNTRY's ... Service: the owner apart");

	/* The writer's own words do not hide a name before them from a pronoun
	 * after them. */
	said_by(P("I asked Priya Raman about it. \"It is stable,\" Raman said.",
	          "Julia is an accountant. She now goes in on Tuesdays. I asked her what difference it"
	          " made. She told me she sees her kids more."),
	        "she sees her kids more", "Julia", "NAME ... I asked her ... She told me: NAME");

	/* "known as "X"": a name the thing goes by, a term. */
	r = analyze(NULL, P("The minister told reporters that 29 suspects had been sent to the United"
	                    " States, among them a man known as \"El G\xC3\xBC" "ero\", accused of running"
	                    " laboratories.",
	                    "Robles spoke at her morning news conference, known as the \"ma\xC3\xB1" "anera\"."));
	is_str(kind_of(&r, "El G\xC3\xBC" "ero"), "term", "known as \"X\" inside a report: a term");
	is_str(kind_of(&r, "ma\xC3\xB1" "anera"), "term", "known as the \"X\": a term");
	done(&r);

	/* "said his piece": had a say; no words are given. */
	no_reported(P("Debate.", "Once he has said his piece, he is ready to move on."),
	            "has said his piece: no report");
	/* "rejected that argument": "that" the determiner of the thing. */
	one_reported(P("Court.", "The judge rejected that argument in a ruling on Thursday."),
	             "that argument in a ruling on Thursday",
	             "rejected that NOUN PREP: the thing, its determiner kept");
	one_reported(P("Protest.", "Residents are demanding that police release the video."),
	             "police release the video", "demanding that SUBJECT VERB: a clause still");

	/* "what X said": what was said is before; no clause after the cue. */
	no_reported(P("RT.", "That was what Liz Wahl said when she resigned from the network."),
	            "what NAME said when ...: no report");

	/* A subject set off with an age or an appositive reads forward, even
	 * when the clause after the cue opens with a noun for people. */
	reported_is(P("Shooting.", "Daniel Ostrowski, 45, said the customers fled on foot."),
	            "the customers fled on foot", "Daniel Ostrowski", "NAME, AGE, said CLAUSE");
	reported_is(P("Shooting.", "Daniel Ostrowski, a witness, said the officers arrived quickly."),
	            "the officers arrived quickly", "Daniel Ostrowski", "NAME, ROLE, said CLAUSE");

	/* The bench is not a defendant who spoke last with no role. */
	r = analyze(NULL, P("Sentencing.", "Sarah Holme told the court she was innocent. The judge"
	                    " said she was \"a danger to the public\"."));
	is_str(speaker_of(&r, "a danger to the public"), "", "NAME spoke ... the judge said: nobody");
	done(&r);

	/* A list's mark before a quotation opening its line. */
	r = analyze(NULL, P("Briefing.", "\xE2\x80\xA2 \"We are close, but close does not count,\""
	                    " Castellano said.", "* \"It is over,\" Smith said."));
	is_str(kind_of(&r, "We are close, but close does not count,"), "direct", "\xE2\x80\xA2 \"Q,\" X said: direct");
	is_str(kind_of(&r, "It is over,"), "direct", "* \"Q,\" X said: direct");
	done(&r);

	/* Words for what a player or an officer is, before the name. */
	said_by(P("Match.", "Rookie Santiago Ibarra said it was a dream."), "it was a dream",
	        "Santiago Ibarra", "Rookie NAME said");
	said_by(P("Match.", "Supt Declan Moran said the road would reopen."),
	        "the road would reopen", "Declan Moran", "Supt NAME said");
	said_by(P("Dail.", "Local Fine Gael TD Siobh\xC3\xA1n Keaveney said the plan was flawed."),
	        "the plan was flawed", "Siobh\xC3\xA1n Keaveney", "PARTY TD NAME said");

	/* A question left open is no report. */
	no_reported(P("Prices.", "He declined to say how much of the increase was due to costs."),
	            "declined to say how much: no report");
	no_reported(P("Prices.", "He did not say whether the chief executive would attend."),
	            "did not say whether: no report");
	no_reported(P("Prices.", "She didn't say when the plant would reopen."),
	            "didn't say when: no report");

	/* A pronoun and its verb in the past are a clause of two words. */
	reported_is(P("Resignation.", "Ms Keane said she resigned."), "she resigned", "Ms Keane",
	            "said PRONOUN VERBed");
	reported_is(P("Denial.", "Marty Kell insisted that nothing happened."), "nothing happened",
	            "Marty Kell", "insisted that nothing happened");
	no_reported(P("Feud.", "He said, she said."), "He said, she said: no clause");

	/* The writer's word on the claim, set off after it, is no part of it. */
	one_reported(P("Sudan.", "Officials said the UAE was arming the militia, a charge the Gulf"
	               " state denies."),
	             "the UAE was arming the militia", "CLAUSE, a charge X denies");
	one_reported(P("Cricket.", "The umpire ruled that the ball had touched the ground, a decision"
	               " that drew angry protests."),
	             "the ball had touched the ground", "CLAUSE, a decision that ...");

	/* A named source's report inside one a paper gave the writer: both. */
	r = analyze(NULL, P("Budget.", "John Carter told MPs that the deficit had narrowed sharply,"
	                    " according to the Daily Mail."));
	is_str(speaker_of(&r, "the deficit had narrowed sharply"), "John Carter",
	       "NAME told Y that CLAUSE, according to PAPER: NAME's clause");
	is_int(nreported(&r), 2, "... and the paper's report of it");
	done(&r);

	/* Two words for people before an appositive name are one noun. */
	said_by(P("UN.", "The deputy ambassador, Anna Petrova, defended the decision, saying the text"
	          " was unbalanced."),
	        "the text was unbalanced", "Anna Petrova", "The deputy ambassador, NAME, ..., saying");

	/* A plural noun for people opening a sentence is nobody named. */
	said_by(P("Study.", "Participants filled out a questionnaire. Participants said they ate"
	          " chocolate daily."),
	        "they ate chocolate daily", "", "Participants said: no name");

	/* A clause after a name set off by a comma is no role of the name's. */
	roles_are(P("Race.", "According to Alessandro Bruni, the team had \"closed the gap\" since the"
	            " break."),
	          "", "According to NAME, the team had \"Q\": no role");

	/* "He" after "A spokesman for X said" is the spokesman, for X. */
	r = analyze(NULL, P("Fees.", "\"We lost,\" Deepak Raman said.", "A spokesman for Brightline"
	                    " Residential Partners said the company was disappointed. He said that"
	                    " Brightline had always disclosed its fees."));
	is_str(speaker_of(&r, "Brightline had always disclosed its fees"),
	       "Brightline Residential Partners", "A spokesman for ORG said ... He said: ORG");
	done(&r);

	/* A sign's or a title's words after the word that brings them in are
	 * a term however long, even after someone spoke. */
	r = analyze(NULL, P("Strike.", "Carla Mendenhall said the nurses were \"exhausted.\" Nurses"
	                    " carried signs reading \"Patients are not safe here.\""));
	is_str(kind_of(&r, "Patients are not safe here."), "term", "signs reading \"Q\": a term");
	is_str(kind_of(&r, "exhausted."), "partial", "... the quote before stays speech");
	done(&r);
	r = analyze(NULL, P("Gaslighting.", "Many patients describe what doctors call \"medical"
	                    " gaslighting.\" Ban condemned what he called a \"brazen breach\" of the"
	                    " rules."));
	is_str(kind_of(&r, "medical gaslighting."), "term", "what doctors call \"X\": a name");
	is_str(kind_of(&r, "brazen breach"), "partial", "what he called \"X\": his words");
	done(&r);
	r = analyze(NULL, P("Essay.", "In her essay \"Small Towns, Big Windows\", Sarah Penrose argued"
	                    " that towns need light."));
	is_str(kind_of(&r, "Small Towns, Big Windows"), "term", "her essay \"Title\": a title");
	done(&r);

	/* An agency's brackets end a dateline with no dash after them. */
	said_by(P("Bias.", "NEW DELHI, Feb 7 (PTI) Congress leader Rahul Mehra accused the Centre of"
	          " bias, saying states were treated \"like beggars\"."),
	        "like beggars", "Rahul Mehra", "CITY, DATE (AGENCY) NAME ..., saying \"Q\"");

	/* "X quoted Y as saying": Y's words. */
	said_by(P("Port.", "Xinhua quoted Transport Minister Liu Wenbo as saying that studies were \"in"
	          " the final stage\"."),
	        "in the final stage", "Liu Wenbo", "OUTLET quoted NAME as saying \"Q\": NAME");

	/* "a group focused on X" is what the group is about. */
	reported_is(P("Rent.", "The Harbor Tenants Union, a group focused on housing, said Tuesday that"
	              " rents rose 9 percent."),
	            "rents rose 9 percent", "The Harbor Tenants Union",
	            "NAME, a group focused on X, said: the cue is 'said'");

	/* A city set off after a role is the role's, not the source. */
	said_by(P("Lab.", "Dr. Amy Chen, a chemist at the University of Texas, San Antonio, said the"
	          " samples were contaminated."),
	        "the samples were contaminated", "Amy Chen", "NAME, a ROLE at UNIVERSITY, CITY, said");
	said_by(P("Lab.", "Aisha Raman, a neurologist at the University of California, San Francisco,"
	          " who was not involved in the research, said the results were striking."),
	        "the results were striking", "Aisha Raman", "... CITY, who ..., said");

	/* A transcript's turn may open with a sentence of one word. */
	r = analyze(NULL, P("Bird flu.", "We spoke with Raj Patel, an economist.",
	                    "PATEL: Indemnity. Pay farmers for the losses when they report."));
	is_str(speaker_of(&r, "Indemnity. Pay farmers for the losses when they report"), "Raj Patel",
	       "NAME: One. Then more.: the whole turn");
	done(&r);

	/* After a clause in the past perfect, a verb in the past after "and"
	 * is the reporting subject's. */
	said_by(P("Cricket.", "Coach Gary Hollis said that Smith had been \"outstanding\" and insisted"
	          " the team could still win."),
	        "the team could still win", "Gary Hollis", "said that X had been Y and insisted: the coach");

	/* "the company" after a one-word subject of a verb in the past that
	 * names no person. */
	said_by(P("Prices.", "Kroger raised prices on Tuesday. The company said it would keep"
	          " monitoring costs."),
	        "it would keep monitoring costs", "Kroger", "NAME raised ... The company said: NAME");

	/* ", warned that" and ", finding that" open reports of their own. */
	reported_is(P("Fees.", "The National Apartment Owners Council, a trade group that filed a brief"
	              " supporting Brightline, warned that the ruling could raise costs."),
	            "the ruling could raise costs", "The National Apartment Owners Council",
	            "ORG, a group that ... supporting X, warned that CLAUSE");
	reported_is(P("Search.", "The district court denied the motion, finding that Darnell Pruitt had"
	              " consented to the search."),
	            "Darnell Pruitt had consented to the search", "The district court",
	            "denied X, finding that CLAUSE");

	/* "but said" after a that-clause: the source's second act. */
	said_by(P("Jail.", "Forsythe acknowledged that staffing was thin but said overtime funds would"
	          " cover it."),
	        "overtime funds would cover it", "Forsythe", "acknowledged that A but said B: both hers");

	/* Relative clauses after a name and its role. */
	said_by(P("Rent.", "The case was brought by Elena Castellano, a Miami renter who said she would"
	          " owe a fee on top of the rent."),
	        "she would owe a fee on top of the rent", "Elena Castellano",
	        "NAME, a PLACE NOUN who said");
	said_by(P("Shooting.", "\"We ran,\" said Tom Lee.", "Another witness, Daniel Ostrowski, who"
	          " manages a diner two doors down, said several people ran into his restaurant."),
	        "several people ran into his restaurant", "Daniel Ostrowski",
	        "ROLE, NAME, who ..., said CLAUSE");
	r = analyze(NULL, P("Denial.", "His rep said that Mr Kell had \"no involvement whatsoever\" in"
	                    " the matter."));
	is_str(kind_of(&r, "no involvement whatsoever"), "partial", "His rep said \"Q\": speech");
	done(&r);

	/* "CLAUSE, ROLE, NAME, said": the name, with that role. */
	reported_is(P("Plant.", "The plant will close in March, a company spokeswoman, Jane Doe, said on"
	              " Tuesday."),
	            "The plant will close in March", "Jane Doe", "CLAUSE, a ROLE, NAME, said");
	said_by(P("Obituary.", "The cause was pneumonia, his daughter, Anne Vance, said."),
	        "The cause was pneumonia", "Anne Vance", "CLAUSE, his daughter, NAME, said");

	/* "her" before a verb in the past ends the subject. */
	reported_is(P("Firing.", "A person close to her said she had been given no warning."),
	            "she had been given no warning", "A person close to her",
	            "a person close to her said CLAUSE");

	/* A place after "of" and a noun for people is where they are. */
	said_by(P("Attack.", "Residents of Lyon said the market should reopen soon."),
	        "the market should reopen soon", "", "Residents of PLACE said: not PLACE");
	r = analyze(NULL, P("Attack.", "The Jewish community of Marseille said the attack was \"an"
	                    " outrage.\""));
	is_str(speaker_of(&r, "an outrage."), "", "The community of PLACE said \"Q\": not PLACE");
	is_str(mention_of(&r, "an outrage."), "The Jewish community of Marseille", "... its mention");
	done(&r);

	/* Jobs before a name and letters after it are no part of it. */
	said_by(P("Tour.", "Comedian Ramona Ellis says the tour is over."), "the tour is over",
	        "Ramona Ellis", "Comedian NAME says");
	said_by(P("Lake.", "Limnologist Beatriz Calderon said the lake was warming."),
	        "the lake was warming", "Beatriz Calderon", "Limnologist NAME said");
	said_by(P("Trial.", "Prosecutor Alison Kerr KC said: \"He wanted to be paid.\""),
	        "He wanted to be paid.", "Alison Kerr", "NAME KC said");
	said_by(P("Vote.", "\"We will vote no,\" said Tom Baxter MP."), "We will vote no,", "Tom Baxter",
	        "said NAME MP");

	/* A title with its comma inside the marks ends the subject's aside. */
	reported_is(P("Retiring.", "Jess Ortega, star of \"Northbound,\" said that she was retiring."),
	            "she was retiring", "Jess Ortega", "NAME, star of \"TITLE,\" said that CLAUSE");

	/* Words someone "told" the speaker are that someone's. */
	said_by(P("Deal.", "Smith said his lawyer had told him the deal was \"dead on arrival.\""),
	        "dead on arrival.", "", "X said his lawyer had told him \"Q\": not X");

	/* A name opening the sentence after "said NAME." is that sentence's
	 * subject, and a pronoun's; so is one after a fronted time. */
	said_by(P("Flood.", "\"We lost everything,\" said Paula Grant. Ruth Abernathy paused for a"
	          " moment. \"We lost nothing,\" she said."),
	        "We lost nothing,", "Ruth Abernathy", "said A. B paused. \"Q,\" she said: B");
	said_by(P("Show.", "\"We knew,\" said Paula Grant.", "Later that night, Ruth Voss closed the"
	          " show. \"Go home safe,\" she said."),
	        "Go home safe,", "Ruth Voss", "Later that night, B closed ... \"Q,\" she said: B");

	/* Comparisons and nouns are no verbs or cues. */
	no_reported(P("Jobs.", "Employers added far more workers than expected in March."),
	            "added NOUN than expected: a thing added");
	no_reported(P("Bonds.", "Yields on the 10-year Treasury note rose to 4.39%."),
	            "the Treasury note rose: a noun");

	/* Audiences told, occasions with their participle, datelines with a
	 * country. */
	reported_is(P("Rally.", "Frank Hollis told the crowd he had slept about four hours."),
	            "he had slept about four hours", "Frank Hollis", "told the crowd CLAUSE");
	reported_is(P("Fire.", "The fire has burned 500 acres, the agency said in a statement posted to"
	              " its website."),
	            "The fire has burned 500 acres", "the agency",
	            "CLAUSE, X said in a statement posted to its website");
	r = analyze("Wildfire tears through Portugal village",
	            P("LISBON, Portugal (AP) \xE2\x80\x94 A fast-moving wildfire tore through a village on"
	              " Sunday, authorities said."));
	is_str(qtext(&r, 0), "A fast-moving wildfire tore through a village on Sunday",
	       "CITY, Country (AP) -- CLAUSE, X said: past the dateline");
	done(&r);

	/* "but" with an adverb and a word, or "was" and an -ing form, goes on
	 * with the clause. */
	one_reported(P("Ruling.", "Meredith Achebe said the move was legally sound but strategically"
	               " risky."),
	             "the move was legally sound but strategically risky", "but ADVERB ADJ: one clause");
	one_reported(P("Jobs.", "Adam Kowalczyk said he liked the job but was thinking about"
	               " engineering."),
	             "he liked the job but was thinking about engineering", "but was VERBing: one clause");

	/* "Asked ...," opens a sentence as an opener does: its pronoun is no
	 * subject. */
	said_by(P("Money.", "\"We are broke,\" said Linda Carver. Asked where she gets the money,"
	          " Dorothy Pruitt smiled and said that was her business."),
	        "that was her business", "Dorothy Pruitt", "Asked where she ..., NAME smiled and said");

	/* A sign that read "X": the sign's words; "one note" is a thing. */
	r = analyze(NULL, P("Rally.", "\"We will win,\" said Tom Reyes, who carried a sign that read"
	                    " \"Not For Sale\" above his head. One note read \"Never again.\""));
	is_str(kind_of(&r, "Not For Sale"), "term", "a sign that read \"X\": a term");
	is_str(kind_of(&r, "Never again."), "term", "One note read \"X\": a term");
	is_int(nreported(&r), 0, "... and 'note' no cue after 'One'");
	done(&r);

	/* "The minister did X. He said": the subject named by a role of a
	 * recent speaker, over the latest speaker. */
	said_by(P("Talks.", "Foreign Minister Paul Okoye said the talks were \"useful.\"",
	          "Opposition leader James Hart said the government was \"naive.\"",
	          "The minister dismissed the criticism. He said the talks would continue next week."),
	        "the talks would continue next week", "Paul Okoye",
	        "The ROLE did X. He said: the one of that role");

	/* "A ROLE for X, NAME, said A and added B "Q"": NAME's. */
	said_by(P("Plan.", "A spokeswoman for the ministry, Dana Frey, said the plan had failed and added"
	          " that it was \"a mess.\""),
	        "a mess.", "Dana Frey", "A ROLE for X, NAME, said ... and added \"Q\"");

	/* What was not said: nothing reported. */
	no_reported(P("Visit.", "His daughter stood beside him and did not say anything until he had"
	              " finished."),
	            "did not say anything until ...: no report");
	no_reported(P("Bill.", "Lawmakers have not said when they would take up the bill."),
	            "have not said when: no report");

	/* "but" and a verb of wanting after a that-clause: the clause's own
	 * subject, not the reporting one (who only says so). */
	r = analyze(NULL, P("Bill.", "Gov. Catherine Whitmore signed two bills on Monday.", "Her"
	                    " spokesman, Daniel Reyes, said that the governor supported transparency but"
	                    " wanted to hear from county clerks before deciding."));
	is_str(speaker_of(&r, "to hear from county clerks before deciding"), "Catherine Whitmore",
	       "said that the governor X but wanted Y: the governor");
	done(&r);

	/* A capitalised word in -ed is a name's, no verb: where she
	 * testified, not what. */
	no_reported(P("Navy.", "Secretary of the Navy Elaine Marsh testified before the House Armed"
	              " Services subcommittee on seapower for nearly three hours."),
	            "testified before the House Armed Services ...: where, no report");

	/* Relative clauses that end on a name; boards told; stock phrases. */
	said_by(P("Park.", "Lorraine Pike, a retired teacher who lives near Fairmount Park, said the park"
	          " is unsafe."),
	        "the park is unsafe", "Lorraine Pike", "NAME, a ROLE who lives near PLACE, said");
	reported_is(P("Schools.", "Rosalind Meyers told trustees the schools would stay closed on"
	              " Monday."),
	            "the schools would stay closed on Monday", "Rosalind Meyers", "told trustees CLAUSE");
	no_reported(P("Audit.", "Mr. Ellwood, who retired in January, did not respond to repeated"
	              " requests for comment."),
	            "repeated requests for comment: no cue");
	no_reported(P("Chief.", "Huffman fired the chief, but he never publicly explained what the chief"
	              " had done."),
	            "never publicly explained what: no report");
	no_reported(P("Claim.", "The startup released a model, a claim that quickly drew pushback from"
	              " academics."),
	            "a claim that quickly drew pushback: a relative clause");
	said_by(P("Mine.", "Late Wednesday, rescuers said they had detected faint signs of life."),
	        "they had detected faint signs of life", "", "Late Wednesday, rescuers said: no name");
	said_by(P("Budget.", "The budget passed 3-2, with Commissioners Ruth Adeyemi and Carl Whitcomb"
	          " dissenting. Adeyemi said the budget was reckless."),
	        "the budget was reckless", "Ruth Adeyemi", "Commissioners NAME and NAME: a title");

	/* "that NOUN and urged": no clause, the reporting subject's second
	 * verb; "whose" clauses that name another; an agency's letters. */
	said_by(P("Rules.", "Dana Ruiz said she supported that request and urged Congress to revisit"
	          " the rules."),
	        "Congress to revisit the rules", "Dana Ruiz", "said she supported that NOUN and urged");
	said_by(P("Mine.", "Kayla Brewer, 24, whose father, Dwayne Brewer, was among the trapped men,"
	          " said she had spent the night at the church."),
	        "she had spent the night at the church", "Kayla Brewer", "NAME, AGE, whose ..., said");
	said_by(P("Quake.", "According to Turkey's disaster management agency, AFAD, at least 1,214"
	          " people have been killed."),
	        "at least 1,214 people have been killed", "AFAD", "According to ROLE, LETTERS, CLAUSE");

	/* ", SOURCE said late Tuesday." closes a clause; ", where ..., VERB"
	 * is an aside inside one. */
	said_by(P("Collapse.", "A search of the rubble by firefighters found no one trapped, officials"
	          " said late Tuesday."),
	        "A search of the rubble by firefighters found no one trapped", "",
	        "CLAUSE, officials said late Tuesday: theirs");
	one_reported(P("Collapse.", "Inspector Ruth Lee said engineers were examining whether work on"
	               " the ground floor, where a tenant had been renovating, might have weakened a"
	               " wall."),
	             "engineers were examining whether work on the ground floor, where a tenant had been"
	             " renovating, might have weakened a wall",
	             "said A, where B, might C: one clause");

	/* "The utility said", "The railroad said": the body that spoke. */
	said_by(P("Outage.", "Pacific Gas and Electric Co. said the line was inspected in May. The"
	          " utility said it was cooperating."),
	        "it was cooperating", "Pacific Gas and Electric Co.", "ORG said ... The utility said");
	said_by(P("Derailment.", "Norfolk Southern said the cars were empty. The railroad said it would"
	          " pay for the cleanup."),
	        "it would pay for the cleanup", "Norfolk Southern", "ORG said ... The railroad said");
	said_by(P("Outage.", "The utility Western Plains Power said it had shut off power. The company"
	          " said in a statement that power would be restored \"only when it is safe.\""),
	        "only when it is safe.", "Western Plains Power", "The utility NAME said ... The company");

	/* A long relative clause of terms between a source and its cue. */
	reported_is(P("Coaches.", "A staff member, who asked not to be named because she was not"
	              " authorized to speak publicly about the case, said coaches were treated"
	              " differently."),
	            "coaches were treated differently", "A staff member",
	            "SOURCE, who asked not to be named because ... (16+ words), said CLAUSE");

	r = analyze(NULL, P("\"", "\"\"\"", "\xE2\x80\x9D", "'"));
	ok(r.q != NULL, "marks alone do not break the scan");
	done(&r);

	quote_engine_free(engine);
	return done_testing();
}
