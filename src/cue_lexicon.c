/* cue_lexicon.c - the words and phrases that report speech.
 *
 * Each entry lists the forms of one cue: base, third person, past,
 * participle and -ing form, so "say says said saying".  The engine makes
 * word and phrase sets of them (phrase_set.h: longest forms first), so the
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
	"replied replies replying",
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
	/* how it was said, after the quotation: '"...," McDowell laughed' */
	"laughed", "chuckled", "smiled", "grumbled", "fumed", "sniffed", "barked",
	"deadpanned", "marveled marvelled", "reasoned", "ventured",
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
	"fire back fires back fired back firing back",
	"hit back hits back hitting back",
	"shoot back shoots back shot back shooting back",
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
	"fear fears feared fearing",
	"hope hopes hoped hoping",
	"conclude concludes concluded concluding",
	"ruled", /* a court's or a judge's ("ruling" is most often the noun) */
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
	"snaps snapped",
	"gush gushes gushed",
	"rave raves raved",
	"concur concurs concurred",
	/* the past of "say" and its kin in Spanish, Portuguese, French,
	 * Italian and German, for articles in those languages and the
	 * attributions English ones quote ('"...", dijo Pérez', 'Merkel
	 * sagte: "..."') */
	"dijo",
	"afirmó",
	"aseguró",
	"declaró",
	"explicó",
	"señaló",
	"añadió",
	"agregó",
	"disse",
	"afirmou",
	"declarou",
	"déclaré",
	"affirmé",
	"ajouté",
	"expliqué",
	"dichiarato",
	"affermato",
	"aggiunto",
	"sagte",
	"erklärte",
	"betonte",
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

/* Forms as they are added: their bytes in one block, as a strndup() of
 * each cost a malloc and a free apiece; the pointers are made once the
 * block has stopped growing (forms_seal()). */
typedef struct {
	Buf text;   /* owned: the forms, each ending in a NUL */
	size_t *at; /* owned: where form I starts in TEXT, until sealed */
	char **v;   /* owned array into TEXT, once sealed */
	size_t n, cap;
} Forms;

/* Duplicates are removed once, after all are added (forms_unique(), drop_repeats()): a
 * search on each add made building the engine quadratic in the lexicon. */
static bool forms_add(Forms *f, const char *s, size_t n)
{
	if (!grow(&f->at, &f->cap, f->n, sizeof *f->at))
		return false;
	f->at[f->n] = f->text.len;
	if (!buf_append(&f->text, s, n) || !buf_putc(&f->text, '\0'))
		return false;
	f->n++;
	return true;
}

/* The forms' pointers into their block, now that it is whole. */
static bool forms_seal(Forms *f)
{
	if (!(f->v = malloc((f->n ? f->n : 1) * sizeof *f->v)))
		return false;
	for (size_t i = 0; i < f->n; i++)
		f->v[i] = f->text.data + f->at[i];
	free(f->at);
	f->at = NULL;
	return true;
}

static int by_bytes(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* Drops the repeats of the sealed F, whose equal forms are side by side. */
static void drop_repeats(Forms *f)
{
	size_t k = f->n ? 1 : 0;
	for (size_t i = 1; i < f->n; i++)
		if (strcmp(f->v[i], f->v[k - 1]))
			f->v[k++] = f->v[i];
	f->n = k;
}

/* Sorts the sealed F and drops its repeated forms. */
static void forms_unique(Forms *f)
{
	qsort(f->v, f->n, sizeof *f->v, by_bytes);
	drop_repeats(f);
}

static bool add_line(Forms *f, const char *s)
{
	if (is_phrase_line(s))
		return forms_add(f, s, strlen(s));
	bool pairs = strstr(s, " out ") || strstr(s, " on ") || strstr(s, " back ");
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
	buf_free(&f->text);
	free(f->at);
	free(f->v);
	memset(f, 0, sizeof *f);
}

static bool build_forms(Forms *f)
{
	for (size_t i = 0; i < sizeof cues / sizeof *cues; i++)
		if (!add_line(f, cues[i]))
			return false;
	return forms_seal(f);
}

/* The forms of F (unique) as words: single-word forms (unique already)
 * and the second words of phrases. */
static bool cue_words_of(const Forms *f, CueWords *cw)
{
	Forms one = { 0 }, second = { 0 };
	bool ok = true;
	for (size_t i = 0; ok && i < f->n; i++) {
		const char *s = f->v[i];
		size_t n = strcspn(s, " ");
		if (!s[n]) {
			ok = forms_add(&one, s, n);
			continue;
		}
		const char *w2 = s + n + 1;
		ok = forms_add(&second, w2, strcspn(w2, " "));
	}
	ok = ok && forms_seal(&one) && forms_seal(&second);
	if (!ok) {
		forms_free(&one);
		forms_free(&second);
		return false;
	}
	forms_unique(&second);
	*cw = (CueWords){ one.v, one.n, second.v, second.n, buf_steal(&one.text),
		          buf_steal(&second.text) };
	return true;
}

void cue_words_free(CueWords *cw)
{
	free(cw->one);
	free(cw->second);
	free(cw->one_text);
	free(cw->second_text);
	memset(cw, 0, sizeof *cw);
}

size_t cue_lexicon_size(void)
{
	return sizeof cues / sizeof *cues;
}

/* A form with its length, counted once: the sort below compares lengths
 * about 3400 times, and strlen() on both sides of each was a quarter of
 * building the lexicon. */
typedef struct {
	size_t len;
	char *s;
} SizedForm;

static int by_length_desc(const void *x, const void *y)
{
	const SizedForm *a = x, *b = y;
	return a->len < b->len ? 1 : a->len > b->len ? -1 : strcmp(a->s, b->s);
}

/* The forms of F longest first (then in strcmp() order): a longer form
 * is tried before any shorter one it starts with. */
static bool longest_first(Forms *f)
{
	SizedForm *v = malloc((f->n ? f->n : 1) * sizeof *v);
	if (!v)
		return false;
	for (size_t i = 0; i < f->n; i++)
		v[i] = (SizedForm){ strlen(f->v[i]), f->v[i] };
	qsort(v, f->n, sizeof *v, by_length_desc);
	for (size_t i = 0; i < f->n; i++)
		f->v[i] = v[i].s;
	free(v);
	return true;
}

bool cue_lexicon_build(PhraseSet *p, CueWords *cw)
{
	Forms f = { 0 };
	/* (sorted once: equal forms end side by side in this order too) */
	bool ok = build_forms(&f) && longest_first(&f);
	if (ok)
		drop_repeats(&f);
	ok = ok && cue_words_of(&f, cw);
	for (size_t i = 0; ok && i < f.n; i++)
		ok = phrase_set_add(p, f.v[i]);
	forms_free(&f);
	return ok && phrase_set_finish(p);
}

/* ---- reported speech (reported.c) ----
 * The single-word cues of reported speech, every form a line of its own
 * (the engine builds a word set over them, so they must outlive it), then
 * the classes that say what may follow each form. */
static const char *const report_cues[] = {
	"accusation", "accusations", "accuse", "accused", "accuses", "accusing", "acknowledge",
	"acknowledged", "acknowledges", "acknowledging", "acknowledgment", "adamant", "add", "added", "adding",
	"addressed", "addresses", "adds", "admission", "admit", "admits", "admitted", "admitting", "advise",
	"advised", "advises", "advising", "advocate", "advocated", "advocates", "advocating", "affirm",
	"affirmed", "affirming", "affirms", "afraid", "agree", "agreed", "agreeing", "agreement", "agrees",
	"aim", "aimed", "aiming", "aims", "allegation", "allegations", "allege", "alleged", "alleges",
	"alleging", "angry", "announce", "announced", "announces", "announcing", "apologise",
	"apologised", "apologize", "apologized", "apologizes", "apologizing", "applauded",
	"applauding", "applauds", "argue",
	"argued", "argues", "arguing", "argument", "arguments", "ask", "asked", "asking", "asks",
	"assert", "asserted", "asserting", "assertion", "asserts", "assume", "assumed", "assumes",
	"assuming", "assumption", "assurance", "assurances", "assure", "assured", "assures", "assuring",
	"attacked", "attacking", "attacks", "attempt", "aware", "backed", "beg", "begged", "begging",
	"begs", "belief", "believe", "believed", "believes", "believing", "berated", "berates",
	"berating", "bid", "blame",
	"blamed", "blames", "blaming", "blasted", "blasting", "boast", "boasted", "boasting",
	"boasts", "brag",
	"bragged", "bragging", "brags", "calculate", "calculated", "calculates", "call", "called",
	"calls", "campaign", "campaigned", "campaigns", "caution", "cautioned", "cautioning",
	"cautions", "certain", "challenge", "challenged", "challenges", "challenging", "championed",
	"championing", "charge", "charged", "charges", "chastised", "chastises", "chastising",
	"cite", "cited", "cites", "citing", "claim",
	"claimed", "claiming", "claims", "clarified", "comment", "commented", "comments", "commitment",
	"complain", "complained", "complaining", "complains", "complaint", "complaints", "complimented",
	"compliments", "concede", "conceded", "concedes", "conceding", "concern", "concerned", "concerns",
	"conclude", "concluded", "concludes", "concluding", "conclusion", "condemned", "condemning",
	"condemns", "confided", "confident", "confirm", "confirmed", "confirming", "confirms",
	"congratulated", "congratulates", "congratulating", "contend", "contended", "contending",
	"contends", "contention", "contested",
	"convince", "convinced", "convinces", "convincing", "countered", "countering", "criticised",
	"criticism", "criticized", "criticizes", "criticizing", "debate", "decide", "decided",
	"decides", "deciding",
	"decision", "declare", "declared", "declares", "declaring", "decline", "declined", "declines",
	"declining", "decried", "decries", "defended", "defending", "defends", "delivered",
	"delivers", "demand", "demanded",
	"demanding", "demands", "demonstrate", "demonstrated", "demonstrates", "denied", "denies", "denounced",
	"denounces", "denouncing", "deny", "denying", "derided", "derides", "deriding",
	"described", "describes", "describing", "detailed",
	"determination", "determine", "determined", "determines", "disagree", "disagreed", "disagreeing",
	"disagreements", "disagrees", "disappointed", "disclose", "disclosed", "discloses",
	"disclosing", "discussed",
	"discusses", "dismissed", "dismisses", "dismissing", "disputed", "disputes", "disputing",
	"doubt", "doubted", "doubting",
	"doubts", "downplayed", "downplaying", "downplays", "eagerness", "effort", "efforts",
	"elaborate", "elaborated",
	"elaborates", "elaborating", "emphasised", "emphasize", "emphasized", "emphasizes", "emphasizing",
	"encourage", "encouraged", "encourages", "encouraging", "endorse", "endorsed", "endorses",
	"endorsing", "estimate", "estimated", "estimates", "estimating", "expect", "expected", "expecting",
	"expects", "explain", "explained", "explaining", "explains", "fear", "feared", "fearing", "fears",
	"feel", "feels", "felt", "finding", "findings", "finds", "focus", "focused", "focuses",
	"forecast", "forecasted", "forecasting", "forecasts", "found", "fret", "frets", "fretted", "fretting", "frustrated", "gave",
	"gives", "guarantee",
	"guaranteed", "guaranteeing", "guarantees", "hailed", "hails", "hammered", "hammers", "held",
	"highlighted", "hint",
	"hinted", "hinting", "hints", "hope", "hoped", "hopeful", "hopes", "hoping", "idea",
	"ideas", "implied",
	"implies", "implore", "implored", "implores", "imploring", "imply", "implying", "impression",
	"incensed", "indicate", "indicated", "indicates", "indicating", "inform", "informed", "informing",
	"informs", "inquire", "inquired", "inquires", "inquiring", "insist", "insisted", "insistence",
	"insisting", "insists", "intend", "intended", "intending", "intends", "invoked", "invokes",
	"invoking", "issued", "issues", "joke", "joked",
	"jokes", "joking", "knew", "know", "knows", "lambasted", "lambastes", "lambasting",
	"lament", "lamented", "lamenting",
	"laments", "lauded", "lauding", "lauds", "learn", "learned", "learns", "lie", "lied",
	"lies", "linked",
	"lobbied", "lobbies", "lobby", "maintain", "maintained", "maintaining", "maintains", "mention",
	"mentioned", "mentioning", "mentions", "misgivings", "mocked", "mocking", "motion", "muse", "mused",
	"muses", "musing",
	"narrative", "note", "noted", "notes", "noting", "notion", "observe", "observed", "observes",
	"observing", "offer", "offered", "offers", "opine", "opined", "opines", "opining", "opposed",
	"opposes", "opposing", "optimistic", "outrage", "outlined", "outlines", "outlining", "per", "perception",
	"persuade", "persuaded",
	"persuades", "persuading", "plan", "planned", "plans", "plead", "pleaded", "pleading", "pleads",
	"pledge", "pledged", "pledges", "pledging", "pointed", "pointing", "points", "posited",
	"praised", "praises", "praising", "predict", "predicted", "predicting", "prediction", "predicts",
	"prefer", "preferred", "preferring", "prefers", "premise", "proclaimed", "proclaims",
	"projected", "promise", "promised", "promises", "promising", "promoted", "promotes",
	"pronouncements",
	"proposal", "propose", "proposed", "proposes", "proposing", "protest", "protested", "protests",
	"questioned", "questioning", "questions", "quip", "quipped", "quipping", "quips", "rail", "railed",
	"railing", "rails", "raised", "rallied", "rallies", "rally", "realize", "realized", "realizes",
	"realizing", "reasoned", "recall", "recalled", "recalling", "recalls", "reckoned",
	"recognition", "recommend", "recommended", "recommending", "recommends", "recounted", "recounts",
	"referenced", "references", "referencing", "reflect", "reflected", "reflecting",
	"reflects", "refusal", "refuse",
	"refused", "refuses", "refusing", "regard", "regarded", "regards", "reiterate",
	"reiterated", "reiterates", "reiterating", "rejected",
	"rejecting", "rejects", "remark", "remarked", "remarking", "remarks", "remind", "reminded",
	"reminding", "reminds", "reminisce", "reminisced", "reminisces", "reminiscing", "repeated", "repeats",
	"replied", "replies", "reply", "replying", "report", "reported", "reports", "request", "reservations",
	"respond", "responded", "responding", "responds", "retort", "retorted", "retorting", "retorts", "reveal", "revealed",
	"revealing", "reveals", "rhetoric", "ridiculed", "ridicules", "ridiculing", "ripped",
	"rips", "ruled",
	"rumor", "rumors", "said", "saw", "say", "saying",
	"says", "scolded", "scolding", "scolds", "see", "seeing", "seek", "seeking", "seeks",
	"sees", "sends", "sent", "show", "showed", "shown",
	"shows", "signaled",
	"signaling", "signalled", "skeptical", "skepticism", "slammed", "slamming", "slams",
	"sought", "speak",
	"speaking", "speaks",
	"speculation", "spoken", "speculate", "speculated", "speculates", "speculating", "spoke", "stated",
	"statement", "statements", "stating", "stress", "stressed", "stresses", "stressing", "suggest",
	"suggested", "suggesting", "suggestion", "suggests", "supported", "supporting", "supports", "suspect", "suspected",
	"suspecting", "suspects", "suspicion", "suspicions", "swear", "swearing", "swears", "swore", "talk", "talked",
	"talking", "talks", "tell", "telling", "tells", "testified", "testifies", "testify",
	"testifying", "testimony", "thanked", "theorized", "theory", "think", "thinks", "thought", "threat",
	"threaten", "threatened", "threatening", "threatens", "told", "touted", "touting", "touts",
	"tweet", "tweeted", "tweeting", "tweets",
	"underscored", "underscores", "unveiled", "unveils", "upset", "urge", "urged", "urges", "urging", "vent", "vented",
	"vents", "view", "viewed", "viewing", "views", "vote", "voted", "votes", "voting", "vow",
	"vowed", "vowing", "vows",
	"want", "wanted", "wanting", "wants", "warn", "warned", "warning", "warnings", "warns", "weigh",
	"weighed", "weighs", "welcomed", "welcomes", "welcoming", "willingness", "wonder", "wondered", "wondering",
	"wonders", "worried", "worries", "worry", "worrying", "write", "writes", "writing", "wrote",
	NULL,
};


/* Phrases among them: "according to", "called for", "calls on". */
static const char *const phrase_heads[] = { "according", "call", "called", "calling", "calls", NULL };
static const char *const phrase_seconds[] = { "back", "for", "on", "to", NULL };
static const char *const report_phrases[] = {
	"according to", "call for", "call on", "called for", "called on", "calling for",
	"calling on", "calls for", "calls on", "fire back", "fired back", "fires back",
	"firing back", "hit back", "hits back", "hitting back", "shoot back", "shoots back",
	"shot back", NULL,
};

/* Forms that take a bare clause: "said the plan would fail". */
static const char *const rc_clause[] = {
	"acknowledge", "acknowledged", "acknowledges", "acknowledging", "add", "added", "adding",
	"adds", "admit", "admits", "admitted", "admitting", "affirm", "affirmed", "affirming",
	"affirms", "agree", "agreed", "agreeing", "agrees", "allege", "alleged", "alleges",
	"alleging", "announce", "announced", "announces", "announcing", "argue", "argued",
	"argues", "arguing", "assert", "asserted", "asserting", "asserts", "assume", "assumed",
	"assumes", "assuming", "believe", "believed", "believes", "believing", "boast", "boasted",
	"boasting", "boasts", "calculate", "calculated", "calculates", "caution", "cautioned",
	"cautioning", "cautions", "charged", "claim", "claimed", "claims", "claiming", "clarified",
	"complain", "complained", "complaining", "complains", "concede", "conceded", "concedes",
	"conceding", "conclude", "concluded", "concludes", "concluding", "confided", "confirm",
	"confirmed", "confirming", "confirms", "contend", "contended", "contending", "contends",
	"countered", "countering", "decide", "decided", "decides", "deciding", "declare",
	"declared", "declares", "declaring", "demonstrate", "demonstrated", "demonstrates",
	"determine", "determined", "determines", "disclose", "disclosed", "discloses",
	"disclosing", "doubt", "doubted", "doubting", "emphasised", "emphasize", "emphasized",
	"emphasizes", "emphasizing", "estimate", "estimated", "estimating", "expect", "expected",
	"expecting", "expects", "explain", "explained", "explaining", "explains", "fear",
	"feared", "fearing", "feel", "feels", "felt", "finds", "fire back", "fired back",
	"fires back", "firing back", "forecasted", "forecasting", "forecasts", "found", "guarantee", "guaranteed",
	"guaranteeing", "guarantees", "hint", "hinted", "hinting", "hints", "hit back",
	"hits back", "hitting back", "hope", "hoped", "hoping", "implied", "implies", "imply",
	"implying", "indicate", "indicated", "indicates", "indicating", "insist", "insisted",
	"insisting", "insists", "joke", "joked", "jokes", "joking", "knew", "know", "knows",
	"lament", "lamented", "lamenting", "laments", "learn", "learned", "learns", "maintain",
	"maintained", "maintaining", "maintains", "mention", "mentioned", "mentioning",
	"mentions", "note", "noted", "notes", "noting", "observe", "observed", "observes",
	"observing", "pledge", "pledged", "pledging", "posited", "predict", "predicted",
	"predicting", "predicts", "proclaimed", "proclaims", "projected", "promise", "promised",
	"promising", "questioned", "questioning", "quip", "quipped", "quipping", "quips",
	"realize", "realized", "realizes", "realizing", "reasoned", "recall", "recalled",
	"recalling", "recalls", "reckoned", "recounted", "recounts", "reiterate", "reiterated",
	"reiterates", "reiterating", "remark", "remarked", "remarking", "replied", "replies",
	"reply", "replying", "reported", "respond", "responded", "responding", "responds",
	"retort", "retorted", "retorting", "retorts", "reveal", "revealed", "revealing",
	"reveals", "ruled", "said", "say", "saying", "says", "shoot back", "shoots back",
	"shot back", "show", "showed", "shown", "shows", "signaled", "signaling", "signalled",
	"speculate", "speculated", "speculates", "speculating", "stated", "stating", "stress",
	"stressed", "stresses", "stressing", "suggest", "suggested", "suggesting", "suggests",
	"suspect", "suspected", "suspecting", "suspects", "testified", "testifies", "testify",
	"testifying", "theorized", "think", "thinks", "thought", "tweet", "tweeted", "tweeting",
	"tweets", "underscored", "underscores", "vow", "vowed", "vowing", "warn", "warned",
	"warning", "warns", "wonder", "wondered", "wondering", "wonders", "worried", "worries",
	"worry", "worrying", "write", "writes", "writing", "wrote", NULL,
};

/* Forms that take "to" and a verb: "wants to cut taxes". */
static const char *const rc_to[] = {
	"agree", "agreed", "agreeing", "agrees", "aim", "aimed", "aiming", "aims", "claim",
	"claimed", "claiming", "claims", "decide", "decided", "decides", "deciding", "decline",
	"declined", "declines", "declining", "demand", "demanded", "demanding", "demands",
	"expect", "expected", "expecting", "expects", "hope", "hoped", "hopes", "hoping",
	"intend", "intended", "intending", "intends", "offer", "offered", "offers", "plan",
	"planned", "plans", "plead", "pleaded", "pleading", "pleads", "pledge", "pledged",
	"pledges", "pledging", "prefer", "preferred", "preferring", "prefers", "promise",
	"promised", "promises", "promising", "propose", "proposed", "proposes", "proposing",
	"refuse", "refused", "refuses", "refusing", "seek", "seeking", "seeks", "sought", "swear",
	"swearing", "swears", "swore", "threaten", "threatened", "threatening", "threatens",
	"vote", "voted", "votes", "voting", "vow", "vowed", "vowing", "vows", "want", "wanted", "wanting",
	"wants", NULL,
};

/* Forms that name the addressee first: "told reporters that". */
static const char *const rc_tell[] = {
	"advise", "advised", "advises", "advising", "ask", "asked", "asking", "asks", "assure",
	"assured", "assures", "assuring", "beg", "begged", "begging", "begs", "challenge",
	"challenged", "challenges", "challenging", "convince", "convinced", "convinces",
	"convincing", "encourage", "encouraged", "encourages", "encouraging", "implore",
	"implored", "implores", "imploring", "inform", "informed", "informing", "informs",
	"persuade", "persuaded", "persuades", "persuading", "remind", "reminded", "reminding",
	"reminds", "tell", "telling", "tells", "told", "urge", "urged", "urges", "urging", "warn",
	"warned", "warning", "warns", NULL,
};

/* Forms whose object is what is reported: "urged Congress to act",
 * "accused him of lying", "called for a recount". */
static const char *const rc_obj[] = {
	"accuse", "accused", "accuses", "accusing", "addressed", "addresses", "applauded",
	"applauding", "applauds",
	"attacked", "attacking", "attacks", "backed", "berated", "berates", "berating", "blame",
	"blamed", "blames", "blaming",
	"blasted", "blasting", "call", "called", "calling", "calls", "championed", "championing",
	"chastised", "chastises", "chastising", "cite",
	"cited", "cites", "citing", "complimented", "compliments", "condemned", "condemning", "condemns",
	"congratulated", "congratulates", "congratulating", "contested", "criticised",
	"criticized", "criticizes", "criticizing", "decried",
	"decries", "defended", "defending", "defends", "demand", "demanded", "demanding", "demands",
	"denied", "denies", "denounced", "denounces", "denouncing", "deny", "denying", "derided",
	"derides", "deriding", "described",
	"describes", "describing", "detailed", "discussed", "discusses", "dismissed", "dismisses",
	"dismissing", "disputed", "disputes", "disputing", "downplayed", "downplaying",
	"downplays", "encourage", "encouraged", "encourages", "encouraging",
	"endorse", "endorsed", "endorses", "endorsing", "hailed", "hails", "hammered", "hammers",
	"highlighted", "implore", "implored", "implores", "imploring", "invoked",
	"invokes", "invoking", "lambasted",
	"lambastes", "lambasting", "lauded", "lauding", "lauds", "linked", "mentioned", "mentions",
	"mocked", "mocking", "opposed", "opposes",
	"opposing", "outlined", "outlines", "outlining", "praised", "praises", "praising",
	"promoted", "promotes",
	"propose", "proposed", "proposes", "proposing", "questioned", "questioning",
	"recommend", "recommended",
	"recommending", "recommends", "referenced", "references", "referencing", "rejected",
	"rejecting", "rejects",
	"repeated", "repeats", "ridiculed", "ridicules", "ridiculing", "ripped", "rips", "scolded",
	"scolding", "scolds", "slammed", "slamming", "slams", "supported",
	"supporting", "supports", "thanked", "touted", "touting", "touts", "unveiled", "unveils",
	"urge", "urged",
	"urges", "urging", "welcomed", "welcomes", "welcoming", NULL,
};

/* Forms whose preposition opens what is reported: "spoke about the
 * shooting", "warned against hackers", "apologized for his remarks". */
static const char *const rc_about[] = {
	"advocate", "advocated", "advocates", "advocating", "agree", "agreed", "agreeing",
	"agrees", "apologise", "apologised", "apologize", "apologized", "apologizes",
	"apologizing", "argue", "argued", "argues", "arguing", "ask", "asked", "asking", "asks",
	"boast", "boasted", "boasting", "boasts", "brag", "bragged", "bragging", "brags",
	"campaigned", "campaigns", "cite", "cited", "cites", "citing", "commented", "comments",
	"complain", "complained", "complaining", "complains", "disagree", "disagreed",
	"disagreeing", "disagrees", "elaborate", "elaborated", "elaborates", "elaborating",
	"focused", "focuses", "fret", "frets", "fretted", "fretting", "hint", "hinted", "hinting",
	"hints", "inquire", "inquired", "inquires", "inquiring", "insist", "insisted",
	"insisting", "insists", "joke", "joked", "jokes", "joking", "lament", "lamented",
	"lamenting", "laments", "lied", "lies", "lobbied", "lobbies", "muse", "mused", "muses",
	"musing", "opine", "opined", "opines", "opining", "protested", "protests",
	"rail", "railed", "railing", "rails", "rallied", "rallies", "reflect",
	"reflected", "reflecting", "reflects", "reminisce", "reminisced", "reminisces",
	"reminiscing", "speak", "speaking", "speaks", "spoke", "spoken", "talked", "talking", "talks",
	"testified", "testifies", "testify", "testifying", "tweet", "tweeted", "tweeting",
	"tweets", "vented", "vents", "warn", "warned", "warning", "warns", "weighed", "weighs",
	"wonder", "wondered", "wondering", "wonders", "worried", "worries", "worrying", "write",
	"writes", "writing", "wrote", NULL,
};
/* Forms of verbs of the mind, which take a thing as readily as a clause:
 * "knows the answer", "expects a big crowd", "found the car". */
static const char *const rc_mind[] = {
	"assume", "assumed", "assumes", "assuming", "believe", "believed", "believes", "believing",
	"demonstrate", "demonstrated", "demonstrates", "doubt", "doubted", "doubting", "doubts",
	"expect", "expected", "expecting", "expects",
	"fear", "feared", "fearing", "fears", "feel", "feels", "felt", "finds", "found", "hope",
	"hoped", "hopes", "hoping", "knew", "know", "knows", "learn", "learned", "learns",
	"realize", "realized", "realizes", "realizing", "reckoned", "suspect", "suspected",
	"suspecting", "suspects", "think", "thinks", "thought", "wonder", "wondered", "wondering",
	"wonders", "worried", "worries", "worry", "worrying", NULL,
};
/* Forms that report a view of a thing: "see the plan as a gift". */
static const char *const rc_as[] = {
	"regard", "regarded", "regards", "saw", "see", "seeing", "sees", "view", "viewed",
	"viewing", "views", NULL,
};
/* Forms that give words, reported when a noun of speech is their object:
 * "offered no proof that ...", "delivered a positive message". */
static const char *const rc_give[] = {
	"delivered", "delivers", "gave", "gives", "issued", "issues", "offered", "offers", "sends",
	"sent", NULL,
};
/* Nouns that report: "his claim that ...", "a pledge to ...". */
static const char *const rn_that[] = {
	"-message", "accusation", "accusations", "acknowledgment", "admission", "allegation",
	"allegations", "argument", "arguments", "assertion", "assumption", "assurance", "assurances", "belief",
	"charge", "charges", "claim", "claims", "complaint", "concern", "concerns", "conclusion",
	"contention", "doubts", "estimate", "fears", "finding", "findings", "hopes", "idea", "impression",
	"insistence", "misgivings", "narrative", "notion", "outrage", "perception", "prediction", "premise", "promise", "promises",
	"pronouncements", "recognition", "report", "reservations", "rumor", "rumors", "speculation", "statement", "suggestion", "suspicion",
	"suspicions", "theory", "view", "vow", "warning", "worries", NULL,
};
static const char *const rn_to[] = {
	"agreement", "attempt", "bid", "call", "commitment", "decision", "determination", "eagerness", "effort", "efforts",
	"idea", "motion", "plan", "plans", "pledge", "promise", "promises", "proposal", "refusal",
	"request", "threat", "vow", "willingness", NULL,
};

/* Nouns whose preposition opens what was said: "his remarks on trade". */
static const char *const rn_about[] = {
	"claims", "comment", "comments", "complaints", "concerns", "criticism", "debate",
	"disagreements", "ideas", "questions", "remarks",
	"rhetoric", "skepticism", "statements", "testimony", "views", "warnings", NULL,
};

unsigned report_noun_class(const char *s, size_t n)
{
	return (word_in(s, n, rn_that) ? RC_CLAUSE : 0) | (word_in(s, n, rn_to) ? RC_TO : 0) |
	       (word_in(s, n, rn_about) ? RC_ABOUT : 0);
}

const char *const *report_cue_words(size_t *n)
{
	*n = sizeof report_cues / sizeof *report_cues - 1;
	return report_cues;
}

const char *const *report_cue_seconds(size_t *n)
{
	*n = sizeof phrase_seconds / sizeof *phrase_seconds - 1;
	return phrase_seconds;
}

bool report_cue_phrases(PhraseSet *p)
{
	bool ok = true;
	for (size_t i = 0; ok && report_phrases[i]; i++)
		ok = phrase_set_add(p, report_phrases[i]);
	for (size_t i = 0; ok && report_cues[i]; i++)
		ok = phrase_set_add(p, report_cues[i]);
	return ok && phrase_set_finish(p);
}

/* The lists of both classes, with their bits (the nouns' above the verbs'). */
static const ClassList class_lists[] = {
	CLASS_LIST(rc_clause, RC_CLAUSE), CLASS_LIST(rc_to, RC_TO),
	CLASS_LIST(rc_tell, RC_TELL),     CLASS_LIST(rc_obj, RC_OBJ),
	CLASS_LIST(rc_about, RC_ABOUT),   CLASS_LIST(rc_mind, RC_MIND),
	CLASS_LIST(rc_as, RC_AS),         CLASS_LIST(rc_give, RC_GIVE),
	CLASS_LIST(rn_that, RC_CLAUSE << 8), CLASS_LIST(rn_to, RC_TO << 8),
	CLASS_LIST(rn_about, RC_ABOUT << 8),
};
enum { NCLASS_LISTS = sizeof class_lists / sizeof *class_lists };

bool report_cue_classes(WordClass *wc)
{
	return class_lists_build(wc, class_lists, NCLASS_LISTS);
}

static uint32_t classes_of(const QuoteEngine *e, const char *s, size_t n)
{
	return class_lists_of(&e->rep_class, class_lists, NCLASS_LISTS, s, n);
}

unsigned report_cue_class_in(const QuoteEngine *e, const char *s, size_t n)
{
	if (memchr(s, ' ', n))
		return report_cue_class(s, n);
	return classes_of(e, s, n) & 0xFF;
}

unsigned report_noun_class_in(const QuoteEngine *e, const char *s, size_t n)
{
	return classes_of(e, s, n) >> 8;
}

unsigned report_classes_in(const QuoteEngine *e, const char *s, size_t n)
{
	uint32_t cls = classes_of(e, s, n);
	unsigned cue = memchr(s, ' ', n) ? report_cue_class(s, n) : (cls & 0xFF);
	return cue | (cls >> 8) << 8;
}

/* (no space to look for: the memchr() call cost a third as much as the
 * lookup, made for each cue token the rules read) */
unsigned report_word_classes_in(const QuoteEngine *e, const char *s, size_t n)
{
	return classes_of(e, s, n);
}

unsigned report_cue_class(const char *s, size_t n)
{
	size_t w = 0;
	while (w < n && s[w] != ' ')
		w++;
	if (w < n)
		return word_in(s, w, phrase_heads) ? RC_OBJ : 0; /* "called for X" */
	return (word_in(s, n, rc_clause) ? RC_CLAUSE : 0) | (word_in(s, n, rc_to) ? RC_TO : 0) |
	       (word_in(s, n, rc_tell) ? RC_TELL : 0) | (word_in(s, n, rc_obj) ? RC_OBJ : 0) |
	       (word_in(s, n, rc_about) ? RC_ABOUT : 0) | (word_in(s, n, rc_mind) ? RC_MIND : 0) |
	       (word_in(s, n, rc_as) ? RC_AS : 0) | (word_in(s, n, rc_give) ? RC_GIVE : 0);
}

static const char *const participles_list[] = {
	"accusing", "acknowledging", "adding", "admitting", "announcing", "arguing", "asking", "asserting", "begging", "boasting", "calling", "cautioning", "chanting", "charging", "citing", "claiming", "complaining", "conceding", "confirming", "contending", "declaring", "demanding", "denying", "describing", "emphasising", "emphasizing", "exclaiming", "explaining", "insisting", "joking", "lamenting", "maintaining", "muttering", "noting", "pleading", "pointing", "predicting", "promising", "questioning", "recalling", "referring", "reiterating", "repeating", "replying", "responding", "saying", "screaming", "shouting", "singing", "stating", "stressing", "suggesting", "telling", "tweeting", "urging", "vowing", "warning", "whispering", "writing", "yelling", NULL,
};

bool cue_is_participle(const char *s, size_t n)
{
	return word_in(s, n, participles_list);
}

static const char *const invertible[] = {
	"acknowledged", "added", "adds", "admitted", "announced", "answered", "argued", "asked", "asserted", "boasted", "cautioned", "claimed", "commented", "complained", "conceded", "concluded", "confirmed", "continued", "countered", "declared", "echoed", "emphasised", "emphasized", "explained", "insisted", "joked", "lamented", "laughed", "mused", "noted", "observed", "predicted", "promised", "quipped", "recalled", "recounted", "remarked", "replied", "reported", "responded", "retorted", "said", "says", "shouted", "stated", "stressed", "suggested", "testified", "tweeted", "urged", "vowed", "warned", "wondered", "writes", "wrote", "dijo", "afirmó", "aseguró", "declaró", "explicó", "señaló", "añadió", "agregó", "disse", "afirmou", "declarou", "déclaré", "affirmé", "ajouté", "expliqué", "dichiarato", "affermato", "aggiunto", "sagte", "erklärte", "betonte", NULL,
};

bool cue_can_invert(const char *s, size_t n)
{
	return word_in(s, n, invertible);
}
