/* cue_lexicon.c - the words and phrases that report speech.
 *
 * Each entry lists the forms of one cue: base, third person, past,
 * participle and -ing form, so "say says said saying".  The engine compiles
 * them into one case-insensitive alternation (longest forms first), so the
 * lexicon is data and adding a verb is adding a line.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "quotes_impl.h"

static const char *const cues[] = {
	/* plain reporting verbs */
	"say says said saying",
	"tell tells told telling",
	"add adds added adding",
	"stated stating",
	"write writes wrote written writing",
	"tweet tweets tweeted tweeting",
	"posted",
	"insist insists insisted insisting",
	"recall recalls recalled recalling",
	"warn warns warned warning",
	"explain explains explained explaining",
	"noted noting",
	"argue argues argued arguing",
	"claim claims claimed claiming",
	"assert asserts asserted asserting",
	"declare declares declared declaring",
	"announce announces announced announcing",
	"acknowledge acknowledges acknowledged acknowledging",
	"admit admits admitted admitting",
	"concede concedes conceded conceding",
	"confirm confirms confirmed confirming",
	"deny denies denied denying",
	"replied replying",
	"respond responds responded responding",
	"answered answering",
	"ask asks asked asking",
	"continue continues continued continuing",
	"commented commenting",
	"remarked remarking",
	"observe observes observed observing",
	"suggest suggests suggested suggesting",
	"predict predicts predicted predicting",
	"promise promises promised promising",
	"vow vows vowed vowing",
	"pledge pledges pledged pledging",
	"urge urges urged urging",
	"caution cautions cautioned cautioning",
	"complain complains complained complaining",
	"lament laments lamented lamenting",
	"boast boasts boasted boasting",
	"joke jokes joked joking",
	"quip quips quipped quipping",
	"shout shouts shouted shouting",
	"yell yells yelled yelling",
	"scream screams screamed screaming",
	"whisper whispers whispered whispering",
	"sing sings sang singing",
	"chant chants chanted chanting",
	"cried",
	"exclaim exclaims exclaimed exclaiming",
	"mutter mutters muttered muttering",
	"murmur murmurs murmured murmuring",
	"sighed",
	"testify testifies testified testifying",
	"report reports reported reporting",
	"read reads",
	"reveal reveals revealed revealing",
	"disclose discloses disclosed disclosing",
	"emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised",
	"stress stresses stressed stressing",
	"reiterate reiterates reiterated reiterating",
	"repeat repeats repeated repeating",
	"maintain maintains maintained maintaining",
	"contend contends contended contending",
	"allege alleges alleged alleging",
	"charged",
	"accuse accuses accused accusing",
	"criticize criticizes criticized criticizing criticise criticised",
	"praised praising",
	"describe describes described describing",
	"characterize characterizes characterized characterizing",
	"call calls called calling",
	/* verbs that name what someone is, in their words: 'branded it a
	 * "fraud"', 'condemned the test as "reckless"' */
	"condemn condemns condemned condemning",
	"denounce denounces denounced denouncing",
	"decry decries decried decrying",
	"deride derides derided deriding",
	"branded branding",
	"dubbed dubbing",
	"labeled labelled labeling labelling",
	"hailed hailing",
	"liken likens likened likening",
	"mention mentions mentioned mentioning",
	"point out points out pointed out pointing out",
	"go on goes on went on going on",
	"speak speaks spoke spoken speaking",
	"countered",
	"retort retorts retorted retorting",
	"rebut rebuts rebutted",
	"objected objecting",
	"protested protesting",
	"agree agrees agreed agreeing",
	"disagree disagrees disagreed disagreeing",
	"believe believes believed believing",
	"think thinks",
	"feels felt",
	"worried",
	"feared",
	"hope hopes hoped hoping",
	"conclude concludes concluded concluding",
	"estimated",
	"forecasted",
	"projected",
	"indicate indicates indicated indicating",
	"signaled signalled signaling",
	"hint hints hinted hinting",
	"imply implies implied implying",
	"tout touts touted touting",
	"brag brags bragged bragging",
	"swear swears swore sworn swearing",
	"guarantee guarantees guaranteed",
	"assure assures assured assuring",
	"reassure reassures reassured reassuring",
	"inform informs informed informing",
	"advise advises advised advising",
	"recommend recommends recommended recommending",
	"demand demands demanded demanding",
	"plead pleads pleaded pled pleading",
	"beg begs begged begging",
	"pray prays prayed",
	"wonder wonders wondered wondering",
	"muse muses mused musing",
	"questioned questioning",
	"challenged",
	"dismissed dismissing",
	"reject rejects rejected rejecting",
	"scoff scoffs scoffed scoffing",
	"mocked",
	"blasted blasting",
	"slammed slamming",
	"attacked attacking",
	"defended defending",
	"apologize apologizes apologized apologizing apologise apologised",
	"thanked",
	"recount recounts recounted recounting",
	"recalls",
	"quoted quoting",
	"cited citing",
	"echoed echoing",
	"propose proposes proposed proposing",
	"ordered",
	"instruct instructs instructed",
	"requested",
	"threaten threatens threatened threatening",
	"boomed",
	"snapped",
	"gush gushes gushed",
	"rave raves raved",
	"concur concurs concurred",
	/* phrases */
	"according to",
	"in a statement",
	"in an interview",
	"in a tweet",
	"in a post",
	"in a letter",
	"in a speech",
	"in remarks",
	"made clear",
	"went on to say",
	"put it",
	"puts it",
	"was quoted as saying",
	"is quoted as saying",
};

/* Lines of phrases are one form; verb lines hold one form a word, except
 * two-word verbs ("point out points out ...") whose forms are word pairs. */
static bool is_phrase_line(const char *s)
{
	static const char *const heads[] = {
		"in ", "according", "made ", "went to", "put ", "puts ", "was ", "is ",
	};
	for (size_t i = 0; i < sizeof heads / sizeof *heads; i++)
		if (!strncmp(s, heads[i], strlen(heads[i])))
			return true;
	return false;
}

typedef struct {
	char **v;
	size_t n, cap;
} Forms;

static bool forms_add(Forms *f, const char *s, size_t n)
{
	for (size_t i = 0; i < f->n; i++)
		if (strlen(f->v[i]) == n && !memcmp(f->v[i], s, n))
			return true;
	if (f->n == f->cap) {
		size_t cap = f->cap ? f->cap * 2 : 256;
		char **v = realloc(f->v, cap * sizeof *v);
		if (!v)
			return false;
		f->v = v;
		f->cap = cap;
	}
	char *c = strndup(s, n);
	if (!c)
		return false;
	f->v[f->n++] = c;
	return true;
}

static bool add_line(Forms *f, const char *s)
{
	if (is_phrase_line(s))
		return forms_add(f, s, strlen(s));
	bool pairs = strstr(s, " out ") || strstr(s, " on ");
	for (const char *p = s; *p;) {
		size_t a = strcspn(p, " ");
		if (pairs && p[a] == ' ')
			a += 1 + strcspn(p + a + 1, " ");
		if (!forms_add(f, p, a))
			return false;
		p += a + (p[a] == ' ');
	}
	return true;
}

static void forms_free(Forms *f)
{
	for (size_t i = 0; i < f->n; i++)
		free(f->v[i]);
	free(f->v);
}

static bool build_forms(Forms *f)
{
	for (size_t i = 0; i < sizeof cues / sizeof *cues; i++)
		if (!add_line(f, cues[i]))
			return false;
	return true;
}

bool cue_words(CueWords *cw)
{
	Forms f = { 0 }, one = { 0 }, head = { 0 }, second = { 0 };
	bool ok = build_forms(&f);
	for (size_t i = 0; ok && i < f.n; i++) {
		const char *s = f.v[i];
		size_t n = strcspn(s, " ");
		if (!s[n]) {
			ok = forms_add(&one, s, n);
			continue;
		}
		const char *w2 = s + n + 1;
		ok = forms_add(&head, s, n) && forms_add(&second, w2, strcspn(w2, " "));
	}
	forms_free(&f);
	if (!ok) {
		forms_free(&one);
		forms_free(&head);
		forms_free(&second);
		return false;
	}
	*cw = (CueWords){ one.v, one.n, head.v, head.n, second.v, second.n };
	return true;
}

void cue_words_free(CueWords *cw)
{
	Forms a = { cw->one, cw->none, 0 }, b = { cw->head, cw->nhead, 0 },
	      c = { cw->second, cw->nsecond, 0 };
	forms_free(&a);
	forms_free(&b);
	forms_free(&c);
}

size_t cue_lexicon_size(void)
{
	return sizeof cues / sizeof *cues;
}

static int by_length_desc(const void *x, const void *y)
{
	size_t a = strlen(*(char *const *)x), b = strlen(*(char *const *)y);
	return a < b ? 1 : a > b ? -1 : strcmp(*(char *const *)x, *(char *const *)y);
}

char *cue_lexicon_pattern(void)
{
	Forms f = { 0 };
	Buf b;
	buf_init(&b);
	bool ok = build_forms(&f);
	if (ok) {
		qsort(f.v, f.n, sizeof *f.v, by_length_desc);
		ok = buf_puts(&b, "\\b(?:");
		for (size_t i = 0; ok && i < f.n; i++) {
			ok = (i == 0 || buf_putc(&b, '|'));
			for (const char *p = f.v[i]; ok && *p; p++)
				ok = *p == ' ' ? buf_puts(&b, " +") : buf_putc(&b, *p);
		}
		ok = ok && buf_puts(&b, ")\\b") && buf_terminate(&b);
	}
	forms_free(&f);
	if (!ok) {
		buf_free(&b);
		return NULL;
	}
	return buf_steal(&b);
}

/* ---- reported speech (reported.c) ----
 * The single-word cues of reported speech, every form a line of its own
 * (the engine builds a word set over them, so they must outlive it), then
 * the classes that say what may follow each form. */
static const char *const report_cues[] = {
	"accuse", "accused", "accuses", "acknowledge", "acknowledged",
	"acknowledges", "add", "added", "adds", "admit", "admits", "admitted", "advise",
	"advised", "advises", "affirm", "affirmed", "affirms", "agree", "agreed", "agrees", "aim",
	"aimed", "aims", "allege", "alleged", "alleges", "announce", "announced", "announces",
	"applauded", "argue", "argued", "argues", "ask", "asked", "asks", "assert", "asserted",
	"asserts", "assume", "assumed", "assumes", "assure", "assured", "assures", "attacked",
	"beg", "begged", "begs", "believe", "believed", "believes", "blame", "blamed", "blames",
	"blasted", "boast", "boasted", "boasts", "calculate", "calculated", "calculates", "call",
	"called", "caution", "cautioned", "cautions", "challenge",
	"challenged", "challenges", "cite", "cited", "cites", "claim", "claimed", "claims",
	"complain", "complained", "complains", "concede", "conceded", "concedes", "conclude",
	"concluded", "concludes", "condemned", "condemns", "confirm", "confirmed", "confirms",
	"contend", "contended", "contends", "convince", "convinced", "convinces", "countered",
	"criticised", "criticized", "criticizes", "decide", "decided", "decides", "declare",
	"declared", "declares", "decline", "declined", "declines", "defended", "defends",
	"demand", "demanded", "demands", "demonstrate", "demonstrated", "demonstrates", "denied",
	"denies", "deny", "described", "describes", "determine", "determined", "determines",
	"disclose", "disclosed", "discloses", "discussed", "discusses", "dismissed", "dismisses",
	"doubt", "doubted", "doubts", "emphasised", "emphasize", "emphasized", "emphasizes",
	"encourage", "encouraged", "encourages", "endorse", "endorsed", "endorses", "estimate",
	"estimated", "estimates", "expect", "expected", "expects", "explain", "explained",
	"explains", "fear", "feared", "fears", "feel", "feels", "felt", "find", "finds",
	"forecasted", "found", "guarantee", "guaranteed", "guarantees", "highlighted", "hint",
	"hinted", "hints", "hope", "hoped", "hopes", "implied", "implies", "implore", "implored",
	"implores", "imply", "indicate", "indicated", "indicates", "inform", "informed",
	"informs", "insist", "insisted", "insists", "intend", "intended", "intends", "joke",
	"joked", "jokes", "knew", "know", "knows", "lament", "lamented", "laments", "learn",
	"learned", "learns", "maintain", "maintained", "maintains", "mention", "mentioned",
	"mentions", "mocked", "noted", "notes", "observe", "observed", "observes", "offer",
	"offered", "offers", "opposed", "opposes", "persuade", "persuaded", "persuades", "plan",
	"planned", "plans", "plead", "pleaded", "pleads", "pledge", "pledged", "pledges",
	"praised", "praises", "predict", "predicted", "predicts", "prefer", "preferred",
	"prefers", "projected", "promise", "promised", "promises", "propose",
	"proposed", "proposes", "questioned", "quip", "quipped", "quips", "raised", "realize",
	"realized", "realizes", "recall", "recalled", "recalls", "recommend", "recommended",
	"recommends", "refuse", "refused", "refuses", "reiterate", "reiterated", "reiterates",
	"rejected", "rejects", "remark", "remarked", "remarks", "remind", "reminded", "reminds",
	"replied", "replies", "reply", "reported", "reports", "respond", "responded", "responds",
	"retort", "retorted", "retorts", "reveal", "revealed", "reveals", "ruled", "said", "say",
	"saying", "says", "seek", "seeks", "show", "showed", "shows", "signaled", "signalled",
	"slammed", "sought", "speculate", "speculated", "speculates", "stated", "stress",
	"stressed", "stresses", "suggest", "suggested", "suggesting", "suggests", "supported",
	"supports", "suspect", "suspected", "suspects", "swear", "swears", "swore", "tell",
	"tells", "testified", "testifies", "testify", "think", "thinks", "thought", "threaten",
	"threatened", "threatens", "told", "touted", "touts", "tweet", "tweeted", "tweets",
	"urge", "urged", "urges", "vow", "vowed", "vows", "want", "wanted", "wants", "warn",
	"warned", "warns", "welcomed", "welcomes", "wonder", "wondered", "wonders", "worried",
	"worries", "worry", "write", "writes", "wrote", NULL,
};


/* Phrases among them: "according to", "called for", "calls on". */
static const char *const phrase_heads[] = { "according", "call", "called", "calling", "calls", NULL };
static const char *const phrase_seconds[] = { "for", "on", "to", NULL };
static const char *const report_phrases[] = {
	"according to", "call for", "call on", "called for", "called on", "calling for",
	"calling on", "calls for", "calls on", NULL,
};

/* Forms that take a bare clause: "said the plan would fail". */
static const char *const rc_clause[] = {
	"acknowledge", "acknowledged", "acknowledges", "add", "added", "adds", "admit", "admits",
	"admitted", "affirm", "affirmed", "affirms", "agree", "agreed", "agrees", "allege",
	"alleged", "alleges", "announce", "announced", "announces", "argue", "argued", "argues",
	"assert", "asserted", "asserts", "assume", "assumed", "assumes", "believe", "believed",
	"believes", "boast", "boasted", "boasts", "calculate", "calculated", "calculates",
	"caution", "cautioned", "cautions", "claim", "claimed", "complain", "complained",
	"complains", "concede", "conceded", "concedes", "conclude", "concluded", "concludes",
	"confirm", "confirmed", "confirms", "contend", "contended", "contends", "countered",
	"decide", "decided", "decides", "declare", "declared", "declares", "demonstrate",
	"demonstrated", "demonstrates", "determine", "determined", "determines", "disclose",
	"disclosed", "discloses", "doubt", "doubted", "emphasised", "emphasize", "emphasized",
	"emphasizes", "estimate", "estimated", "expect", "expected", "expects", "explain",
	"explained", "explains", "fear", "feared", "feel", "feels", "felt", "find", "finds",
	"forecasted", "found", "guarantee", "guaranteed", "guarantees", "hint", "hinted", "hints",
	"hope", "hoped", "implied", "implies", "imply", "indicate", "indicated", "indicates",
	"insist", "insisted", "insists", "joke", "joked", "jokes", "knew", "know", "knows",
	"lament", "lamented", "laments", "learn", "learned", "learns", "maintain", "maintained",
	"maintains", "mention", "mentioned", "mentions", "noted", "observe", "observed",
	"observes", "pledge", "pledged", "predict", "predicted", "predicts", "projected",
	"promise", "promised", "questioned", "quip", "quipped", "quips", "realize", "realized",
	"realizes", "recall", "recalled", "recalls", "reiterate", "reiterated", "reiterates",
	"remark", "remarked", "replied", "replies", "reply", "reported", "respond", "responded",
	"responds", "retort", "retorted", "retorts", "reveal", "revealed", "reveals", "ruled",
	"said", "say", "saying", "says", "show", "showed", "shows", "signaled", "signalled",
	"speculate", "speculated", "speculates", "stated", "stress", "stressed", "stresses",
	"suggest", "suggested", "suggesting", "suggests", "suspect", "suspected", "suspects",
	"testified", "testifies", "testify", "think", "thinks", "thought", "tweet", "tweeted",
	"tweets", "vow", "vowed", "warn", "warned", "warns", "wonder", "wondered", "wonders",
	"worried", "worries", "worry", "write", "writes", "wrote", NULL,
};

/* Forms that take "to" and a verb: "wants to cut taxes". */
static const char *const rc_to[] = {
	"agree", "agreed", "agrees", "aim", "aimed", "aims", "claim", "claimed", "claims",
	"decide", "decided", "decides", "decline", "declined", "declines", "demand", "demanded",
	"demands", "expect", "expected", "expects", "hope", "hoped", "hopes", "intend",
	"intended", "intends", "offer", "offered", "offers", "plan", "planned", "plans", "plead",
	"pleaded", "pleads", "pledge", "pledged", "pledges", "prefer", "preferred", "prefers",
	"promise", "promised", "promises", "propose", "proposed", "proposes", "refuse", "refused",
	"refuses", "seek", "seeks", "sought", "swear", "swears", "swore", "threaten",
	"threatened", "threatens", "vow", "vowed", "vows", "want", "wanted", "wants", NULL,
};

/* Forms that name the addressee first: "told reporters that". */
static const char *const rc_tell[] = {
	"advise", "advised", "advises", "ask", "asked", "asks", "assure", "assured", "assures",
	"beg", "begged", "begs", "challenge", "challenged", "challenges", "convince", "convinced",
	"convinces", "encourage", "encouraged", "encourages", "implore", "implored", "implores",
	"inform", "informed", "informs", "persuade", "persuaded", "persuades",
	"presses", "remind", "reminded", "reminds", "tell", "tells", "told", "urge", "urged",
	"urges", "warn", "warned", "warns", NULL,
};

/* Forms whose object is what is reported: "urged Congress to act",
 * "accused him of lying", "called for a recount". */
static const char *const rc_obj[] = {
	"accuse", "accused", "accuses", "blame", "blamed", "blames", "calling",
	"calls", "cite", "cited", "cites", "demand", "demanded", "demands", "denied", "denies",
	"deny", "encourage", "encouraged", "encourages", "endorse", "endorsed", "endorses",
	"implore", "implored", "implores", "propose", "proposed", "proposes", "recommend",
	"recommended", "recommends", "urge", "urged", "urges", NULL,
};


const char *const *report_cue_words(size_t *n)
{
	*n = sizeof report_cues / sizeof *report_cues - 1;
	return report_cues;
}

const char *const *report_cue_heads(size_t *n)
{
	*n = sizeof phrase_heads / sizeof *phrase_heads - 1;
	return phrase_heads;
}

const char *const *report_cue_seconds(size_t *n)
{
	*n = sizeof phrase_seconds / sizeof *phrase_seconds - 1;
	return phrase_seconds;
}

char *report_cue_pattern(void)
{
	Buf b;
	buf_init(&b);
	bool ok = buf_puts(&b, "\\b(?:");
	for (size_t i = 0; ok && report_phrases[i]; i++) {
		ok = (i == 0 || buf_putc(&b, '|'));
		for (const char *p = report_phrases[i]; ok && *p; p++)
			ok = *p == ' ' ? buf_puts(&b, " +") : buf_putc(&b, *p);
	}
	for (size_t i = 0; ok && report_cues[i]; i++)
		ok = buf_putc(&b, '|') && buf_puts(&b, report_cues[i]);
	ok = ok && buf_puts(&b, ")\\b") && buf_terminate(&b);
	if (!ok) {
		buf_free(&b);
		return NULL;
	}
	return buf_steal(&b);
}

unsigned report_cue_class(const char *s, size_t n)
{
	size_t w = 0;
	while (w < n && s[w] != ' ')
		w++;
	if (w < n)
		return word_in(s, w, phrase_heads) ? RC_OBJ : 0; /* "called for X" */
	return (word_in(s, n, rc_clause) ? RC_CLAUSE : 0) | (word_in(s, n, rc_to) ? RC_TO : 0) |
	       (word_in(s, n, rc_tell) ? RC_TELL : 0) | (word_in(s, n, rc_obj) ? RC_OBJ : 0);
}

static const char *const participles_list[] = {
	"accusing", "acknowledging", "adding", "admitting", "announcing", "arguing", "asking", "asserting", "boasting", "calling", "cautioning", "charging", "citing", "claiming", "complaining", "conceding", "confirming", "contending", "declaring", "denying", "describing", "emphasising", "emphasizing", "explaining", "insisting", "joking", "lamenting", "maintaining", "noting", "pointing", "predicting", "promising", "questioning", "recalling", "referring", "reiterating", "repeating", "replying", "responding", "saying", "stating", "stressing", "suggesting", "telling", "tweeting", "urging", "vowing", "warning", "writing", NULL,
};

bool cue_is_participle(const char *s, size_t n)
{
	return word_in(s, n, participles_list);
}

static const char *const invertible[] = {
	"acknowledged", "added", "adds", "admitted", "announced", "answered", "argued", "asked", "asserted", "boasted", "cautioned", "claimed", "commented", "complained", "conceded", "concluded", "confirmed", "continued", "countered", "declared", "echoed", "emphasised", "emphasized", "explained", "insisted", "joked", "lamented", "laughed", "mused", "noted", "observed", "predicted", "promised", "quipped", "recalled", "recounted", "remarked", "replied", "reported", "responded", "retorted", "said", "says", "shouted", "stated", "stressed", "suggested", "testified", "tweeted", "urged", "vowed", "warned", "wondered", "writes", "wrote", NULL,
};

bool cue_can_invert(const char *s, size_t n)
{
	return word_in(s, n, invertible);
}
