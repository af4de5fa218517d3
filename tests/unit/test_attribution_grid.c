/* test_attribution_grid.c - every combination of the ways news names a
 * source (full name, title and name, name and appositive, nominal), sets it
 * off (an age, a relative clause, a participle, "in a statement"), and
 * attributes words (the cue before or after, in any tense, with a time
 * or an occasion, with or without "that", a colon, a second sentence that
 * inherits): each combination must give the
 * words and the full name.  One rule tested on one sentence can hide what
 * it does to its neighbours; the grid finds the combination a rule broke
 * ("NAME, who voted for the deal, said the city ..." read the subject as
 * the words of "the city"). */
#include "quote_run.h"

/* Headline, then the paragraph that names both people with their titles,
 * then the one under test. */
static Run grid_run(const char *para)
{
	return analyze("Council debates budget",
	               P("Council President Paul Krekorian and Sen. Maria Lopez met on Monday.", para));
}

/* The reported clause WANT is found with the speaker FULL. */
static void reported_grid(const char *para, const char *want, const char *full)
{
	Run r = grid_run(para);
	size_t i = 0;
	while (i < quoteset_count(r.q) &&
	       (quoteset_get(r.q, i)->kind != QUOTE_INDIRECT || strcmp(qtext(&r, i), want)))
		i++;
	if (i == quoteset_count(r.q)) {
		ok(false, "%s: clause '%s'", para, want);
		for (size_t k = 0; k < quoteset_count(r.q); k++)
			printf("#   found [%s] '%s'\n", qkind(&r, k), qtext(&r, k));
	} else {
		is_str(qspeaker(&r, i), full, "%s", para);
	}
	done(&r);
}

/* Every quotation (direct or partial) has the speaker FULL, and one has
 * the words WANT. */
static void quoted_grid(const char *para, const char *want, const char *full)
{
	Run r = grid_run(para);
	bool found = false, right = true;
	for (size_t i = 0; i < quoteset_count(r.q); i++) {
		const Quote *q = quoteset_get(r.q, i);
		if (q->kind != QUOTE_DIRECT && q->kind != QUOTE_PARTIAL)
			continue;
		const char *w = qtext(&r, i);
		size_t n = strlen(w);
		while (n && (w[n - 1] == ',' || w[n - 1] == '.'))
			n--;
		found |= n == strlen(want) && !strncmp(w, want, n);
		if (strcmp(qspeaker(&r, i), full)) {
			right = false;
			printf("#   '%s' goes to '%s'\n", w, qspeaker(&r, i));
		}
	}
	ok(found && right, "%s", para);
	done(&r);
}

int main(void)
{
	Error err;
	engine = quote_engine_new(&err);
	ok(engine != NULL, "engine builds");
	char para[512];

	/* ---- reported speech: SUBJECT(, ASIDE,) CUE (that) CLAUSE ---- */
	static const char *const subjects[][2] = {
		{ "Paul Krekorian", "Paul Krekorian" },
		{ "Council President Paul Krekorian", "Paul Krekorian" },
		{ "The council president", "Paul Krekorian" },
	};
	static const char *const asides[] = {
		"", ", who voted for the deal,", ", a supporter of the deal,", ", 54,",
		", speaking to reporters,", ", in a statement,",
	};
	static const char *const cues[] = { "said", "told reporters", "argued", "warned", "insisted" };
	static const char *const clauses[] = {
		"the city risked losing the team", "that the city risked losing the team",
		"he would fight on", "the team could leave the city within a year",
	};
	for (size_t s = 0; s < sizeof subjects / sizeof *subjects; s++)
		for (size_t a = 0; a < sizeof asides / sizeof *asides; a++)
			for (size_t c = 0; c < sizeof cues / sizeof *cues; c++)
				for (size_t k = 0; k < sizeof clauses / sizeof *clauses; k++) {
					snprintf(para, sizeof para, "%s%s %s %s.", subjects[s][0], asides[a],
					         cues[c], clauses[k]);
					const char *want = clauses[k];
					if (!strncmp(want, "that ", 5))
						want += 5;
					reported_grid(para, want, subjects[s][1]);
				}

	/* ---- reported speech: the cue's tense, an adverb, a time or an
	 * occasion before a clause with or without "that" ---- */
	static const char *const verbs[] = {
		"has said", "had said", "says", "also said", "later said", "said Monday",
		"said on Monday", "has argued", "told the council", "told The Times",
		"said in an interview", "wrote in a letter", "said during a hearing",
		"repeatedly said", "has long argued", "acknowledged", "conceded", "predicted", "noted",
		"stressed", "explained", "claimed", "maintained", "complained",
	};
	static const char *const more_clauses[] = {
		"the city risked losing the team", "that the budget was balanced",
		"the plan would fail without new taxes",
	};
	for (size_t v = 0; v < sizeof verbs / sizeof *verbs; v++)
		for (size_t k = 0; k < sizeof more_clauses / sizeof *more_clauses; k++) {
			snprintf(para, sizeof para, "Lopez %s %s.", verbs[v], more_clauses[k]);
			const char *want = more_clauses[k];
			if (!strncmp(want, "that ", 5))
				want += 5;
			reported_grid(para, want, "Maria Lopez");
		}

	/* ---- quotations: the cue and the source before, after or between ---- */
	static const char *const names[][3] = {
		/* as the subject, as written after an inverted cue, the full name */
		{ "Paul Krekorian", "Paul Krekorian", "Paul Krekorian" },
		{ "Council President Paul Krekorian", "Council President Paul Krekorian",
		  "Paul Krekorian" },
		{ "Krekorian, the council president,", "Krekorian, the council president",
		  "Paul Krekorian" },
		{ "Sen. Maria Lopez", "Sen. Maria Lopez", "Maria Lopez" },
		{ "Maria Lopez, 54,", "Maria Lopez, 54", "Maria Lopez" },
		{ "the council president", "the council president", "Paul Krekorian" },
	};
	static const char *const qcues[] = {
		"said", "told reporters", "added", "warned", "insisted", "argued", "wrote on Twitter",
		"said in a statement",
	};
	static const char *const words[] = {
		"We will not back down", "This plan is a disaster for the city",
	};
	for (size_t n = 0; n < sizeof names / sizeof *names; n++)
		for (size_t c = 0; c < sizeof qcues / sizeof *qcues; c++)
			for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
				const char *q = words[w], *nm = names[n][0], *cue = qcues[c];
				char cap[64];
				snprintf(cap, sizeof cap, "%s", nm);
				cap[0] = (char)(cap[0] >= 'a' && cap[0] <= 'z' ? cap[0] - 32 : cap[0]);
				snprintf(para, sizeof para, "\"%s,\" %s %s.", q, nm, cue);
				quoted_grid(para, q, names[n][2]);
				snprintf(para, sizeof para, "%s %s: \"%s.\"", cap, cue, q);
				quoted_grid(para, q, names[n][2]);
				snprintf(para, sizeof para, "%s %s, \"%s.\"", cap, cue, q);
				quoted_grid(para, q, names[n][2]);
				snprintf(para, sizeof para, "\"%s,\" %s %s. \"We will fight on.\"", q, nm, cue);
				quoted_grid(para, q, names[n][2]);
				/* "Q," said NAME: the plain cues invert */
				if (c != 1 && c < 6) {
					snprintf(para, sizeof para, "\"%s,\" %s %s.", q, cue, names[n][1]);
					quoted_grid(para, q, names[n][2]);
				}
			}

	/* ---- a company and its chief: short names, spokespeople, nominals
	 * and a pronoun, none of whom spoke before ---- */
	static const char *const firm[][2] = {
		{ "Acme Corp.", "Acme Corp." },
		{ "Acme", "Acme Corp." },
		{ "An Acme spokeswoman", "Acme Corp." },
		{ "A spokeswoman for Acme", "Acme Corp." },
		{ "Acme's chief executive, Laura Whitfield,", "Laura Whitfield" },
		{ "Whitfield", "Laura Whitfield" },
		{ "Acme chief executive Laura Whitfield", "Laura Whitfield" },
		{ "The chief executive", "Laura Whitfield" },
		{ "She", "Laura Whitfield" },
	};
	for (size_t f = 0; f < sizeof firm / sizeof *firm; f++) {
		const char *lead = "Acme Corp. faces a new antitrust investigation in Europe, and its chief"
		                   " executive, Laura Whitfield, has promised to cooperate.";
		snprintf(para, sizeof para, "%s said: \"We have always followed the law.\"", firm[f][0]);
		Run r = analyze("Tech giant faces new probe", P(lead, para));
		is_str(quoteset_count(r.q) ? qspeaker(&r, quoteset_count(r.q) - 1) : "(none)", firm[f][1],
		       "%s", para);
		done(&r);
		snprintf(para, sizeof para, "%s said the company had always followed the law.", firm[f][0]);
		r = analyze("Tech giant faces new probe", P(lead, para));
		is_str(quoteset_count(r.q) ? qspeaker(&r, quoteset_count(r.q) - 1) : "(none)", firm[f][1],
		       "%s", para);
		done(&r);
	}

	/* ---- a noun phrase for someone described, not yet quoted ---- */
	static const char *const described[][3] = {
		/* the sentence that describes, the noun phrase, the full name */
		{ "Sen. Maria Lopez, a Democrat from Ohio, has led the fight against the bill.",
		  "the Ohio Democrat", "Maria Lopez" },
		{ "Sen. Maria Lopez, a Democrat from Ohio, has led the fight against the bill.",
		  "the senator", "Maria Lopez" },
		{ "Former Gov. Tom Reyes, 61, a Republican, opposes the bill.", "the Republican",
		  "Tom Reyes" },
		{ "Former Gov. Tom Reyes, 61, a Republican, opposes the bill.", "the former governor",
		  "Tom Reyes" },
		{ "The bill's sponsor, Rep. Ann Lee of Texas, defended it on Monday.", "the bill's sponsor",
		  "Ann Lee" },
		{ "The bill's sponsor, Rep. Ann Lee of Texas, defended it on Monday.", "the sponsor",
		  "Ann Lee" },
		/* the party and state tag: "D-N.Y.", "(R-Ohio)" */
		{ "Sen. Chuck Schumer, D-N.Y., has led the fight against the bill.",
		  "the New York Democrat", "Chuck Schumer" },
		{ "Rep. Jim Jordan (R-Ohio) has led the fight against the bill.", "the Ohio Republican",
		  "Jim Jordan" },
	};
	for (size_t d = 0; d < sizeof described / sizeof *described; d++) {
		char cap[64];
		snprintf(cap, sizeof cap, "%s", described[d][1]);
		cap[0] = (char)(cap[0] - 32);
		for (size_t f = 0; f < 2; f++) {
			if (f)
				snprintf(para, sizeof para, "%s said the bill was a disgrace.", cap);
			else
				snprintf(para, sizeof para, "\"This bill is a disgrace,\" %s said.", described[d][1]);
			Run r = analyze("Senate bill stalls", P(described[d][0], para));
			is_str(quoteset_count(r.q) ? qspeaker(&r, quoteset_count(r.q) - 1) : "(none)",
			       described[d][2], "%s / %s", described[d][0], para);
			done(&r);
		}
	}

	/* ---- reported speech in the shapes news gives it: existentials,
	 * fronted conditions, an outlet told, an office or a spokesman for
	 * the source, two sources, verbs of the mind, of urging and asking ---- */
	static const char *const shapes[][3] = {
		{ "Lopez said it would take years to fix the budget.",
		  "it would take years to fix the budget", "Maria Lopez" },
		{ "Lopez said there was no money left for parks.",
		  "there was no money left for parks", "Maria Lopez" },
		{ "Lopez said that, if re-elected, she would cut the deficit.",
		  "if re-elected, she would cut the deficit", "Maria Lopez" },
		{ "Lopez told CNN on Sunday that the deficit would grow.",
		  "the deficit would grow", "Maria Lopez" },
		{ "Lopez said in an email to The Associated Press that the deficit would grow.",
		  "the deficit would grow", "Maria Lopez" },
		{ "Lopez's office said the deficit would grow next year.",
		  "the deficit would grow next year", "Maria Lopez" },
		{ "Lopez's spokesman, Tom Reyes, said the deficit would grow next year.",
		  "the deficit would grow next year", "Tom Reyes" },
		{ "A spokesman for Lopez said the deficit would grow next year.",
		  "the deficit would grow next year", "Maria Lopez" },
		{ "The deficit would grow next year, Lopez's office said.",
		  "The deficit would grow next year", "Maria Lopez" },
		{ "The deficit would grow next year, according to a statement from Lopez's office.",
		  "The deficit would grow next year", "Maria Lopez" },
		{ "Lopez, in a speech on the Senate floor, warned that the deficit would grow.",
		  "the deficit would grow", "Maria Lopez" },
		{ "Lopez said she did not know whether the plan would pass.",
		  "she did not know whether the plan would pass", "Maria Lopez" },
		{ "Lopez has repeatedly said that the deficit is out of control.",
		  "the deficit is out of control", "Maria Lopez" },
		{ "Lopez and Krekorian both said the deficit would grow.",
		  "the deficit would grow", "" },
		{ "Both Lopez and Krekorian said the deficit would grow.",
		  "the deficit would grow", "" },
		{ "Lopez believes the deficit will grow.",
		  "the deficit will grow", "Maria Lopez" },
		{ "Lopez expects the deficit to grow.",
		  "the deficit to grow", "Maria Lopez" },
		{ "Lopez urged Krekorian to cut spending.",
		  "Krekorian to cut spending", "Maria Lopez" },
		{ "Lopez accused Krekorian of hiding the deficit.",
		  "Krekorian of hiding the deficit", "Maria Lopez" },
		{ "Lopez asked whether the city could afford the plan.",
		  "whether the city could afford the plan", "Maria Lopez" },
		{ "The city cannot afford the plan, Lopez argued in a letter to colleagues.",
		  "The city cannot afford the plan", "Maria Lopez" },
		/* (someone told, assured, reminded, warned or urged, with or
		 * without "that"; promises and threats to act) */
		{ "Lopez told reporters the deficit would grow.",
		  "the deficit would grow", "Maria Lopez" },
		{ "Lopez told The New York Times the deficit would grow.",
		  "the deficit would grow", "Maria Lopez" },
		{ "Lopez told a crowd of supporters that the deficit would grow.",
		  "the deficit would grow", "Maria Lopez" },
		{ "Lopez told Krekorian the deficit would grow.",
		  "the deficit would grow", "Maria Lopez" },
		{ "Lopez told him the deficit would grow.",
		  "the deficit would grow", "Maria Lopez" },
		{ "Lopez told CNN's Jake Tapper that the deficit would grow.",
		  "the deficit would grow", "Maria Lopez" },
		{ "Lopez assured voters the deficit would shrink.",
		  "the deficit would shrink", "Maria Lopez" },
		{ "Lopez reminded colleagues that the deficit would grow.",
		  "the deficit would grow", "Maria Lopez" },
		{ "Lopez informed the committee that the deficit would grow.",
		  "the deficit would grow", "Maria Lopez" },
		{ "Lopez warned colleagues the deficit would grow.",
		  "the deficit would grow", "Maria Lopez" },
		{ "Lopez wrote to Krekorian that the deficit would grow.",
		  "the deficit would grow", "Maria Lopez" },
		{ "Lopez asked Krekorian whether the deficit would grow.",
		  "whether the deficit would grow", "Maria Lopez" },
		{ "Lopez urged colleagues to reject the plan.",
		  "colleagues to reject the plan", "Maria Lopez" },
		{ "Lopez promised to cut the deficit.",
		  "to cut the deficit", "Maria Lopez" },
		{ "Lopez vowed to block the plan.",
		  "to block the plan", "Maria Lopez" },
		{ "Lopez threatened to block the plan.",
		  "to block the plan", "Maria Lopez" },
	};
	for (size_t k = 0; k < sizeof shapes / sizeof *shapes; k++)
		reported_grid(shapes[k][0], shapes[k][1], shapes[k][2]);

	/* ---- name forms: a full name written once, then the surname as the
	 * text writes it, before and after quotations and a report ---- */
	static const char *const people[][2] = {
		{ "José Álvarez", "Álvarez" }, { "Xi Jinping", "Xi" }, { "Kevin O'Brien", "O'Brien" },
		{ "Ann McDonald", "McDonald" }, { "Robert F. Kennedy Jr.", "Kennedy" },
		{ "Ursula von der Leyen", "von der Leyen" }, { "Bill de Blasio", "de Blasio" },
		{ "Mary-Jane Smith-Jones", "Smith-Jones" }, { "Nguyen Van Thieu", "Thieu" },
		{ "Narendra Modi", "Modi" }, { "Recep Tayyip Erdogan", "Erdogan" },
		{ "Zoë Kravitz", "Kravitz" }, { "Sergey Lavrov", "Lavrov" },
	};
	for (size_t k = 0; k < sizeof people / sizeof *people; k++) {
		char lead[128], q[128], rep[160];
		snprintf(lead, sizeof lead, "%s arrived in Geneva on Monday.", people[k][0]);
		snprintf(q, sizeof q, "\"We are ready,\" %s said. \"The talks will be hard.\"", people[k][1]);
		snprintf(rep, sizeof rep, "%c%s said the talks would last a week.",
		         people[k][1][0] >= 'a' && people[k][1][0] <= 'z' ? people[k][1][0] - 32
		                                                           : people[k][1][0],
		         people[k][1] + 1);
		Run r = analyze("Talks resume", P(lead, q, rep));
		bool all = quoteset_count(r.q) == 3;
		for (size_t i = 0; i < quoteset_count(r.q); i++)
			all &= !strcmp(qspeaker(&r, i), people[k][0]);
		ok(all, "%s, then '%s': the full name for all three", people[k][0], people[k][1]);
		done(&r);
	}

	/* ---- bodies, their documents and their staff as sources ---- */
	static const char *const bodies[][3] = {
		{ "The Labor Department reported Friday that hiring slowed sharply in May.",
		  "hiring slowed sharply in May", "Labor Department" },
		{ "Data from the Labor Department showed hiring slowed sharply in May.",
		  "hiring slowed sharply in May", "Labor Department" },
		{ "Hiring slowed sharply in May, according to a report released Friday by the Labor Department.",
		  "Hiring slowed sharply in May", "Labor Department" },
		{ "Hiring slowed sharply in May, the Labor Department said Friday.",
		  "Hiring slowed sharply in May", "Labor Department" },
		{ "Hiring slowed sharply in May, two people familiar with the data said.",
		  "Hiring slowed sharply in May", "" },
		{ "Hiring slowed sharply in May, sources said.",
		  "Hiring slowed sharply in May", "" },
		{ "According to economists at Goldman Sachs, hiring slowed sharply in May.",
		  "hiring slowed sharply in May", "Goldman Sachs" },
		{ "Economists at Goldman Sachs said hiring slowed sharply in May.",
		  "hiring slowed sharply in May", "Goldman Sachs" },
		{ "In a note to clients, Goldman Sachs said hiring slowed sharply in May.",
		  "hiring slowed sharply in May", "Goldman Sachs" },
		{ "The Federal Reserve's chair, Jerome Powell, said hiring slowed sharply in May.",
		  "hiring slowed sharply in May", "Jerome Powell" },
		{ "Fed Chair Jerome Powell said hiring slowed sharply in May.",
		  "hiring slowed sharply in May", "Jerome Powell" },
	};
	for (size_t k = 0; k < sizeof bodies / sizeof *bodies; k++) {
		Run r = analyze("Jobs report", P(bodies[k][0]));
		size_t i = 0;
		while (i < quoteset_count(r.q) && strcmp(qtext(&r, i), bodies[k][1]))
			i++;
		is_str(i < quoteset_count(r.q) ? qspeaker(&r, i) : "(none)", bodies[k][2], "%s", bodies[k][0]);
		done(&r);
	}

	quote_engine_free(engine);
	return done_testing();
}
