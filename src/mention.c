/* mention.c - tokens, and the noun phrase that names a speaker.
 *
 * Names are runs of capitalised words, joined by "of", "the", "to" when a
 * capitalised word follows ("Secretary of State Rex Tillerson").  The name
 * proper is the tail of the run that holds no title, institution or country
 * word; the rest is kept as the role.  Lower-case phrases count as speakers
 * only when their head is a word for a person or a body ("the official",
 * "the top US diplomat", "the Russian").
 */
#include "mention.h"

#include <ctype.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "bytemask.h"
#include "sanitize.h"
#include "wordset.h"

/* ---- word lists (each kept sorted: one with capitals is searched by halves) ---- */

static const char *const number_words[] = {
	"eighty", "fifty", "forty", "ninety", "seventy", "sixty", "thirty", "twenty", NULL,
};
static const char *const suffixes[] = { /* (three bytes at most: word_is_suffix()) */
	"cbe", "ii", "iii", "iv", "jr", "jr.", "kc", "mbe", "mp", "obe", "qc", "sr", "sr.", NULL,
};
static const char *const determiners[] = { "a", "an", "that", "the", "this", NULL };
/* Words counting what a noun phrase names: "several environmental groups",
 * "one Democratic source". */
static const char *const quantifiers[] = {
	"all", "another", "both", "few", "many", "most", "one", "other", "several", "some",
	"three", "two", NULL,
};

/* True for a word that opens a noun phrase: "the", "a", "several". */
static bool opens_phrase(const char *s, size_t n)
{
	return word_in(s, n, determiners) || word_in(s, n, quantifiers);
}
static const char *const articles[] = { "a", "an", "the", NULL };
/* Modal verbs, and the forms of "be". */
static const char *const modals[] = {
	"can", "could", "may", "might", "must", "shall", "should", "will", "would", NULL,
};
static const char *const be_forms[] = {
	"are", "be", "been", "being", "is", "was", "were", NULL,
};
bool word_is_modal(const char *s, size_t n) { return word_in(s, n, modals); }
bool word_is_be(const char *s, size_t n) { return word_in(s, n, be_forms); }
static const char *const heard_cues[] = {
	"accused", "advised", "asked", "assured", "informed", "notified", "reminded", "told", "warned", NULL,
};
bool cue_passive_heard(const char *text, const Toks *t, size_t lo, size_t ci)
{
	/* (each of heard_cues ends in "d": most cues are turned away unlooked-up) */
	if (text[t->v[ci].end - 1] != 'd' ||
	    !word_in(text + t->v[ci].start, t->v[ci].end - t->v[ci].start, heard_cues))
		return false;
	size_t j = ci; /* (back over "not" and adverbs: "was repeatedly warned") */
	while (j > lo && (t->v[j - 1].flags & TOK_WORD)) {
		const char *w = text + t->v[j - 1].start;
		size_t n = t->v[j - 1].end - t->v[j - 1].start;
		if (!word_eq(w, n, "not") && !(n > 3 && !memcmp(w + n - 2, "ly", 2)))
			break;
		j--;
	}
	return j > lo && (t->v[j - 1].flags & TOK_WORD) &&
	       word_is_be(text + t->v[j - 1].start, t->v[j - 1].end - t->v[j - 1].start);
}
/* Determiners that own: "Its chief executive", "his agent". */
static const char *const owners[] = { "her", "his", "its", "our", "their", NULL };
bool word_is_owner(const char *s, size_t n) { return word_in(s, n, owners); }
/* Courtesy titles, which say little of who one is: an appositive's role
 * goes over them. */
static const char *const honorifics[] = {
	"dr", "dr.", "hon", "hon.", "madam", "miss", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof",
	"prof.", "shri", "shrimati", "smt", "smt.", "sri", NULL,
};
static const char *const conjunctions[] = { "and", "but", "yet", NULL };
/* Prepositions that titles capitalise ("Growing Up Weightless"). */
static const char *const title_preps[] = {
	"across", "after", "against", "around", "at", "before", "behind", "beyond", "by",
	"down", "for", "from", "in", "into", "off", "on", "onto", "out", "over", "through",
	"to", "toward", "towards", "under", "up", "upon", "with", "within", "without", NULL,
};


/* Lower-cases S[0..N) into BUF (SIZE bytes); false when it does not fit.
 * ASCII only: the lists are ASCII, and a byte of a UTF-8 sequence must stay
 * itself whatever the locale. */
static bool lower_key(const char *s, size_t n, char *buf, size_t size)
{
	if (n == 0 || n >= size)
		return false;
	for (size_t i = 0; i < n; i++)
		buf[i] = (char)ascii_lower((unsigned char)s[i]);
	buf[n] = '\0';
	return true;
}

/* strcmp() inline: the search runs a hundred thousand times a megabyte, on
 * short words that differ in the first bytes. */
static int key_cmp(const char *k, const char *w)
{
	while (*k && *k == *w)
		k++, w++;
	return (unsigned char)*k - (unsigned char)*w;
}

/* bsearch() over COUNT rows of STRIDE strings sorted by their first: the row
 * whose first string is KEY, or NULL.  The halves are bsearch()'s own, so a
 * list out of order answers as it did with bsearch(). */
static const char *const *search(const char *key, const char *const *rows, size_t count,
                                 size_t stride)
{
	size_t lo = 0, hi = count;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = key_cmp(key, rows[mid * stride]);
		if (c == 0)
			return rows + mid * stride;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

/* The word lists as hash sets, built on first use and shared by every
 * thread: a lookup is a hash and one compare instead of eight compares, and
 * finds a word wherever a list holds it (a binary search missed the words of
 * a list out of order).  A list with upper-case letters keeps the binary
 * search, which never matched them.  Entries are added with a
 * compare-and-swap and never change or go away after that. */
typedef struct {
	const char *const *list;
	size_t count;
	size_t stride;     /* a table's rows: the first string of each is looked up */
	bool hashed;
	bool words_hashed; /* hashed, and a word list (STRIDE 1): one test
	                    * for word_in_n(), which runs for every lookup */
	WordSet set;
} ListIndex;

/* A quarter full at most, so that a lookup mostly probes one slot. */
enum { LIST_SLOTS = 1024 };
static _Atomic(ListIndex *) list_index[LIST_SLOTS];

static ListIndex *list_index_new(const char *const *list, size_t count, size_t stride)
{
	ListIndex *x = calloc(1, sizeof *x);
	if (!x)
		return NULL;
	x->list = list;
	x->count = count;
	x->stride = stride;
	bool fits = true;
	for (size_t i = 0; fits && i < count; i++) {
		const char *w = list[i * stride];
		fits = w && *w;
		for (const char *p = w; fits && *p; p++)
			fits = (unsigned)(*p - 'A') >= 26u;
	}
	x->hashed = fits && wordset_build_rows(&x->set, list, count, stride);
	x->words_hashed = x->hashed && stride == 1;
	return x;
}

/* The index of LIST, made on its first use: apart from list_index_of() so
 * that the lookup, which runs for most tokens, saves no registers for it. */
static const ListIndex * __attribute__((noinline))
list_index_find(const char *const *list, size_t count, size_t stride, size_t h)
{
	for (size_t k = 0; k < LIST_SLOTS; k++) {
		_Atomic(ListIndex *) *slot = &list_index[(h + k) % LIST_SLOTS];
		ListIndex *x = atomic_load_explicit(slot, memory_order_acquire);
		if (!x) {
			ListIndex *mine = list_index_new(list, count, stride);
			if (!mine)
				return NULL;
			if (atomic_compare_exchange_strong_explicit(slot, &x, mine, memory_order_acq_rel,
			                                            memory_order_acquire))
				return mine;
			wordset_free(&mine->set);
			free(mine);
		}
		if (x->list == list && x->count == count && x->stride == stride)
			return x;
	}
	return NULL;
}

/* The index of LIST, COUNT rows of STRIDE strings (1 for a word list). */
static inline __attribute__((always_inline)) const ListIndex *
list_index_of(const char *const *list, size_t count, size_t stride)
{
	size_t h = (size_t)(((uint64_t)(uintptr_t)list * 0x9E3779B97F4A7C15u) >> 54);
	/* most lists sit in their first slot */
	const ListIndex *x = atomic_load_explicit(&list_index[h], memory_order_acquire);
	if (x && x->list == list && x->count == count && x->stride == stride)
		return x;
	return list_index_find(list, count, stride, h);
}

enum { KEY_MAX = WORD_IN_MAX };

/* word_in_n() for a list met for the first time, or one that is not
 * hashed.  Apart from word_in_n() so that the hot path has no array on its
 * stack (the stack protector's check of one cost as much as the lookup) and
 * no registers to save. */
static bool __attribute__((noinline))
searched_in(const char *s, size_t n, const char *const *list, size_t count)
{
	const ListIndex *x = list_index_of(list, count, 1);
	if (x && x->hashed)
		return wordset_has(&x->set, s, n);
	char low[KEY_MAX];
	return lower_key(s, n, low, sizeof low) && search(low, list, count, 1);
}

bool word_in_n(const char *s, size_t n, const char *const *list, size_t count)
{
	if (n == 0 || n >= KEY_MAX)
		return false;
	/* list_index_of()'s first two slots, inline: most lookups end here
	 * (a list that found its own slot taken sits in the next one, and
	 * was looked for by a call and a loop every time) */
	size_t h = (size_t)(((uint64_t)(uintptr_t)list * 0x9E3779B97F4A7C15u) >> 54);
	const ListIndex *x = atomic_load_explicit(&list_index[h], memory_order_acquire);
	if (x && x->list != list &&
	    (x = atomic_load_explicit(&list_index[(h + 1) % LIST_SLOTS], memory_order_acquire)) &&
	    x->list != list)
		x = NULL;
	if (x && x->list == list && x->count == count && x->words_hashed)
		return wordset_has_built(&x->set, s, n);
	return searched_in(s, n, list, count);
}

static const char *const titles[] = {
	"acting", "activist", "actor", "actress", "adm", "adm.", "administrator", "adviser", "advisor",
	"affairs", "agent", "ald", "ald.", "alderman", "all-rounder", "amb", "amb.", "ambassador",
	"analyst", "anchor", "anthropologist", "archaeologist", "archbishop", "assemblyman",
	"assemblymember", "assemblywoman", "assessor", "assistant", "associate", "astronaut",
	"astronomer", "attorney", "auditor", "author", "automaker", "baroness", "barrister", "bassist",
	"batsman", "batter", "biologist", "bishop", "boss", "bowler", "brig", "brigadier", "campaign",
	"candidate", "capt", "capt.", "captain", "cardinal", "carmaker", "catcher", "center-back",
	"centre-back", "ceo", "cfo", "chair", "chairman", "chairs", "chairwoman", "chancellor",
	"chaplain", "chemist", "chief", "chipmaker", "city", "clerk", "climatologist", "cllr", "cllr.",
	"cmdr", "cmdr.", "co-founder", "coach", "col", "col.", "colonel", "columnist", "comedian",
	"commander", "commerce", "commissioner", "commissioners", "commodore", "commonwealth",
	"communications", "comptroller", "congressman", "congresswoman", "controller", "coo",
	"coordinator", "cornerback", "coroner", "corporal", "correspondent", "council", "councillor",
	"councillors", "councilman", "councilmember", "councilmembers", "councilor", "councilors",
	"councilwoman", "counsel", "countess", "county", "cr", "creator", "curator", "cyclist", "dame",
	"dean", "debutant", "defence", "defenceman", "defender", "defense", "defenseman", "del.",
	"democrat", "democratic", "deputy", "designer", "det", "det.", "detective", "developer",
	"director", "district", "doctor", "dr", "dr.", "drugmaker", "drummer", "duchess", "ecologist",
	"economist", "editor", "emeritus", "energy", "engineer", "envoy", "eu", "excellency",
	"executive", "father", "federal", "fellow", "filmmaker", "fly-half", "foreign", "former",
	"forward", "founder", "frontman", "frontwoman", "full-back", "fullback", "gen", "gen.",
	"general", "general's", "geologist", "goalie", "goalkeeper", "goaltender", "gop", "gov.",
	"governor", "govs.", "gubernatorial", "guitarist", "head", "headmaster", "headmistress",
	"headteacher", "health", "homeland", "hopeful", "host", "house", "hydrologist", "imam",
	"infielder", "influencer", "insp", "insp.", "inspector", "intelligence", "interim", "jockey",
	"judge", "justice", "justices", "keyboardist", "kicker", "king", "lawmaker", "lawmakers",
	"leader", "lieutenant", "limnologist", "linebacker", "lineman", "lord", "lt", "lt.", "madam",
	"maj", "maj.", "majority", "manager", "marquess", "marshal", "mayor", "member", "mep", "meps",
	"midfielder", "minister", "minority", "miss", "mla", "mlas", "moderator", "mp", "mps", "mr",
	"mr.", "mrs", "mrs.", "ms", "ms.", "msp", "national", "nations", "nato", "newcomer", "nominee",
	"novelist", "nurse", "officer", "official", "officials", "ombudsman", "opener", "operations",
	"outfielder", "owner", "pastor", "permanent", "physicist", "pitcher", "planemaker", "planner",
	"playmaker", "pm", "podcaster", "policy", "pollster", "pope", "premier", "presenter",
	"president", "presidential", "press", "prime", "prince", "princess", "principal", "producer",
	"prof", "prof.", "professor", "prosecutor", "provost", "psychologist", "public", "punter",
	"quarterback", "queen", "rabbi", "ranking", "receiver", "recorder", "registrar", "rep", "rep.",
	"reporter", "representative", "reps.", "republican", "researcher", "rev.", "reverend", "rival",
	"rookie", "scientist", "scrum-half", "secretary", "security", "seismologist", "sen", "sen.",
	"senator", "senators", "senior", "sens.", "sergeant", "sgt", "sgt.", "sheikh", "sheikha",
	"sheriff", "shortstop", "showrunner", "shri", "singer", "sir", "sister", "skipper", "smt",
	"sociologist", "solicitor", "songwriter", "speaker", "special", "spokesman", "spokesmen",
	"spokesperson", "spokeswoman", "sprinter", "staff", "state", "steelmaker", "striker",
	"substitute", "superintendent", "supervisor", "supervisors", "supreme", "supt", "supt.",
	"swimmer", "td", "tds", "teenager", "toxicologist", "treasurer", "treasury", "trustee",
	"trustees", "u.n.", "u.s.", "uk", "un", "undersecretary", "united", "us", "veterinarian", "vice",
	"viscount", "vocalist", "volcanologist", "whip", "white", "wicketkeeper", "winger", "writer",
	"youngster", "youtuber", "zoologist",
	/* (courtesy titles of India, Nigeria and Malaysia: "Hon.", "Smt.") */
	"hon", "hon.", "madam", "shri", "shrimati", "smt", "smt.", "sri", NULL,
};

static const char *const orgs[] = {
	"academy", "administration", "affairs", "agency", "airlines", "airport", "airways", "alliance",
	"army", "assembly", "associates", "association", "authority", "bancorp", "bank", "board",
	"brothers", "bureau", "cabinet", "campaign", "capital", "center", "centers", "centre", "chamber",
	"channel", "church", "clinic", "club", "co.", "coalition", "college", "commission", "committee",
	"communications", "company", "confederation", "conference", "congress", "consortium",
	"consulate", "cooperative", "corp", "corp.", "corporation", "council", "court", "department",
	"development", "directorate", "embassy", "energy", "enforcement", "entertainment", "exchange",
	"facebook", "federation", "financial", "foods", "force", "forces", "forum", "foundation", "fund",
	"gallery", "gazette", "government", "group", "guard", "herald", "holdings", "hospital", "house",
	"inc", "inc.", "industries", "initiative", "inspectorate", "instagram", "institute",
	"institution", "insurance", "international", "journal", "kremlin", "laboratories", "laboratory",
	"labs", "league", "legislature", "library", "llc", "logistics", "ltd", "ltd.", "magazine",
	"media", "ministry", "motors", "museum", "navy", "network", "news", "observatory", "office",
	"organisation", "organization", "palace", "parliament", "partners", "party", "pentagon",
	"pharmaceuticals", "plc", "police", "post", "press", "prevention", "productions", "program",
	"programme", "project", "protection", "radio", "railroad", "railway", "railways", "reddit",
	"reserve", "reuters", "school", "secretariat", "securities", "senate", "service", "services",
	"society", "street", "studios", "systems", "team", "technologies", "telecom", "television",
	"therapeutics", "tiktok", "times", "tribunal", "tribune", "trust", "tv", "twitter", "union",
	"university", "utilities", "utility", "watchdog", "yard", "youtube", NULL,
};

static const char *const pronouns[] = { /* (four letters at most: word_is_pronoun()) */
	"he", "i", "it", "she", "they", "we", NULL,
};

/* Words that head a noun phrase naming a speaker. */
static const char *const person_nouns[] = {
	"academics", "activist", "activists", "actor", "actress", "ad", "administration",
	"administrator", "administrators", "adviser", "advisers", "advisor", "advisors", "advocate",
	"advocates", "agencies", "agency", "aide", "aides", "airline", "airlines", "alderman",
	"aldermen", "alliance", "ambassador", "analyst", "analysts", "announcer", "army", "article",
	"assemblyman", "assemblymember", "assemblywoman", "association", "associations", "athlete",
	"attendee", "attendees", "attorney", "attorneys", "audience", "audiences", "auditor", "author",
	"authorities", "authors", "automaker", "automakers", "backer", "bank", "banker", "bankers",
	"batsman", "billionaire", "board", "book", "boss", "bowler", "broadcaster", "builder",
	"businessman", "bystander", "bystanders", "caller", "callers", "campaign", "campaigners",
	"candidate", "captain", "carmaker", "carmakers", "carrier", "caucus", "center", "centre",
	"chairman", "chairwoman", "challenger", "chancellor", "chaplain", "charity", "chef", "chief",
	"chiefs", "chipmaker", "chipmakers", "citizen", "citizens", "clip", "coach", "coaches",
	"coalition", "coalitions", "colleague", "colleagues", "column", "commander", "commenter",
	"commenters", "commercial", "commission", "commissioner", "commissioners", "committee",
	"communities", "community", "commuter", "commuters", "companies", "company", "complaint",
	"comptroller", "congregation", "congressman", "congresswoman", "consultant", "consumer",
	"consumers", "contractor", "contractors", "controller", "coordinator", "coroner", "council",
	"councillor", "councilman", "councilmember", "councilmembers", "councilwoman", "counsellor",
	"counselor", "counterpart", "counterparts", "court", "critic", "critics", "crowd", "crowds",
	"curator", "customer", "customers", "cyclist", "cyclists", "data", "daughter", "dean",
	"defender", "delegate", "delegates", "democrat", "democrats", "demonstrator", "demonstrators",
	"department", "deputies", "deputy", "detective", "detectives", "detractor", "developer",
	"developers", "diaspora", "diplomat", "diplomats", "director", "directors", "doctor", "doctors",
	"document", "driver", "drivers", "drugmaker", "drugmakers", "economist", "economists",
	"editorial", "emails", "embassy", "employee", "employees", "engineer", "engineers",
	"entrepreneur", "envoy", "epidemiologist", "epidemiologists", "everyone", "executive",
	"executives", "expert", "experts", "eyewitness", "eyewitnesses", "families", "family", "fan",
	"fans", "farmer", "farmers", "father", "federation", "figures", "files", "filing", "filmmaker",
	"filmmakers", "firefighter", "firefighters", "firm", "firms", "footage", "force", "forces",
	"forecaster", "forecasters", "foundation", "founder", "friend", "friends", "general",
	"goalkeeper", "government", "governor", "graduate", "grandfather", "grandmother", "group",
	"groups", "guard", "historian", "historians", "homeowner", "homeowners", "host", "husband",
	"incumbent", "indictment", "insider", "insiders", "inspectors", "institute", "insurer",
	"investigators", "investor", "investors", "judge", "judges", "juror", "jurors", "jury",
	"landlord", "lawmaker", "lawmakers", "lawsuit", "lawyer", "lawyers", "leader", "leaders",
	"legislator", "lender", "letter", "lieutenant", "linebacker", "listener", "listeners",
	"lobbyist", "lobbyists", "locals", "magazine", "maker", "makers", "man", "manager", "managers",
	"manufacturer", "mayor", "medics", "memo", "messages", "meteorologist", "meteorologists",
	"midfielder", "military", "minister", "ministers", "ministry", "mogul", "mother", "motorist",
	"motorists", "mourners", "musician", "narrator", "navy", "naysayer", "negotiator", "negotiators",
	"neighbor", "neighbors", "neighbour", "neighbours", "network", "newspaper", "nominee",
	"nonprofit", "nurse", "nurses", "observer", "observers", "officer", "officers", "official",
	"officials", "onlooker", "onlookers", "operator", "opponent", "organisation", "organiser",
	"organisers", "organization", "organizations", "organizer", "organizers", "outlet", "owner",
	"owners", "pal", "pals", "panel", "paper", "paramedic", "paramedics", "parent", "parents",
	"parliament", "participant", "participants", "party", "passenger", "passengers", "pastor",
	"patient", "patients", "people", "petition", "physician", "physicians", "physicist", "piece",
	"pilot", "pilots", "pitcher", "planemaker", "planemakers", "player", "police", "policymaker",
	"policymakers", "poll", "pollster", "pollsters", "post", "poster", "posters", "predecessor",
	"premier", "president", "priest", "principal", "professor", "proponent", "prosecutor",
	"prosecutors", "protester", "protesters", "provost", "psychiatrist", "psychologist", "publisher",
	"pupil", "pupils", "quarterback", "questioner", "railroad", "railway", "rapper", "reader",
	"readers", "recordings", "records", "regulator", "regulators", "relative", "release", "rep",
	"report", "representative", "reps", "republican", "republicans", "researcher", "researchers",
	"resident", "residents", "respondent", "respondents", "retailer", "retiree", "retirees",
	"ruling", "sceptic", "scholars", "scientist", "scientists", "secretary", "selectmen", "senator",
	"sergeant", "sheriff", "shopper", "shoppers", "shortstop", "singer", "site", "skeptic",
	"soldier", "soldiers", "son", "source", "sources", "spectator", "spectators", "speechwriter",
	"speechwriters", "spokesman", "spokesmen", "spokesperson", "spokeswoman", "sponsor", "sponsors",
	"spot", "star", "startup", "statement", "steelmaker", "story", "strategist", "strategists",
	"striker", "student", "students", "study", "successor", "superintendent", "supervisor",
	"supervisors", "supporter", "supporters", "surgeon", "surgeons", "surrogate", "surrogates",
	"survey", "survivor", "survivors", "teacher", "teachers", "team", "tenant", "tenants", "texts",
	"tourist", "tourists", "toymaker", "trader", "traders", "transcript", "treasurer", "trustee",
	"trustees", "tweet", "union", "unions", "university", "user", "users", "utility", "veteran",
	"victim", "victims", "video", "viewer", "viewers", "villager", "villagers", "virologist",
	"visitor", "visitors", "volunteer", "volunteers", "voter", "voters", "website", "widow", "wife",
	"winger", "witness", "witnesses", "woman", "worker", "workers", "writer", NULL,
};

/* Person nouns that are also proper names of groups. */
static const char *const party_words[] = {
	"democrats", "republicans", NULL,
};

/* Heads of a phrase naming a body after its name: "the Likud party". */
static const char *const body_heads[] = {
	"administration", "agency", "airline", "campaign", "carrier", "committee", "company",
	"department", "firm", "government", "group", "ministry", "office", "party", "police", "railroad",
	"railway", "team", "union", "utility", NULL,
};

/* Words of where before a country's name in the name of a country or a
 * region: "South Korea", "Inner Mongolia". */
static const char *const wheres[] = {
	"central", "east", "eastern", "inner", "lower", "new", "north", "northern",
	"outer", "south", "southern", "upper", "west", "western", NULL,
};

/* Country words and the country each points to. */
/* Sorted by the first column: word_country() searches by halves. */
static const char *const countries[][2] = {
	{ "afghan", "afghanistan" }, { "afghanistan", "afghanistan" }, { "african", "" },
	{ "albania", "albania" }, { "albanian", "albania" }, { "algeria", "algeria" },
	{ "algerian", "algeria" }, { "america", "us" }, { "american", "us" }, { "americans", "us" },
	{ "angola", "angola" }, { "angolan", "angola" }, { "arab", "" }, { "arabs", "" },
	{ "argentina", "argentina" }, { "argentine", "argentina" }, { "argentinian", "argentina" },
	{ "armenia", "armenia" }, { "armenian", "armenia" }, { "asian", "" },
	{ "australia", "australia" }, { "australian", "australia" }, { "austria", "austria" },
	{ "austrian", "austria" }, { "azerbaijan", "azerbaijan" }, { "azerbaijani", "azerbaijan" },
	{ "bahrain", "bahrain" }, { "bahraini", "bahrain" }, { "bangladesh", "bangladesh" },
	{ "bangladeshi", "bangladesh" }, { "belarus", "belarus" }, { "belarusian", "belarus" },
	{ "belgian", "belgium" }, { "belgium", "belgium" }, { "bolivia", "bolivia" },
	{ "bolivian", "bolivia" }, { "bosnia", "bosnia" }, { "bosnian", "bosnia" },
	{ "brazil", "brazil" }, { "brazilian", "brazil" }, { "brit", "uk" }, { "britain", "uk" }, { "british", "uk" },
	{ "briton", "uk" }, { "britons", "uk" }, { "bulgaria", "bulgaria" }, { "bulgarian", "bulgaria" },
	{ "burmese", "myanmar" }, { "cambodia", "cambodia" }, { "cambodian", "cambodia" },
	{ "cameroon", "cameroon" }, { "cameroonian", "cameroon" }, { "canada", "canada" },
	{ "canadian", "canada" }, { "catholic", "" }, { "chile", "chile" }, { "chilean", "chile" },
	{ "china", "china" }, { "chinese", "china" }, { "christian", "" }, { "christians", "" },
	{ "colombia", "colombia" }, { "colombian", "colombia" }, { "congo", "congo" },
	{ "congolese", "congo" }, { "croat", "croatia" }, { "croatia", "croatia" },
	{ "croatian", "croatia" }, { "cuba", "cuba" }, { "cuban", "cuba" }, { "cypriot", "cyprus" },
	{ "cyprus", "cyprus" }, { "czech", "czechia" }, { "czechia", "czechia" }, { "danish", "denmark" },
	{ "denmark", "denmark" }, { "dutch", "netherlands" }, { "dutchman", "netherlands" },
	{ "ecuador", "ecuador" }, { "ecuadorian", "ecuador" }, { "egypt", "egypt" },
	{ "egyptian", "egypt" }, { "emirati", "uae" }, { "england", "england" }, { "english", "england" },
	{ "englishman", "england" }, { "estonia", "estonia" }, { "estonian", "estonia" },
	{ "ethiopia", "ethiopia" }, { "ethiopian", "ethiopia" }, { "eu", "eu" }, { "european", "eu" },
	{ "evangelical", "" }, { "filipino", "philippines" }, { "finland", "finland" },
	{ "finnish", "finland" }, { "france", "france" }, { "french", "france" },
	{ "frenchman", "france" }, { "german", "germany" }, { "germany", "germany" },
	{ "ghana", "ghana" }, { "ghanaian", "ghana" }, { "greek", "greece" },
	{ "guatemala", "guatemala" }, { "guatemalan", "guatemala" }, { "haiti", "haiti" },
	{ "haitian", "haiti" }, { "hispanic", "" }, { "hispanics", "" }, { "honduran", "honduras" },
	{ "honduras", "honduras" }, { "hungarian", "hungary" }, { "hungary", "hungary" },
	{ "iceland", "iceland" }, { "icelandic", "iceland" }, { "india", "india" }, { "indian", "india" },
	{ "indonesia", "indonesia" }, { "indonesian", "indonesia" }, { "iran", "iran" },
	{ "iranian", "iran" }, { "iraq", "iraq" }, { "iraqi", "iraq" }, { "ireland", "ireland" },
	{ "irish", "ireland" }, { "irishman", "ireland" }, { "islamic", "" }, { "israel", "israel" },
	{ "israeli", "israel" }, { "italian", "italy" }, { "italy", "italy" },
	{ "ivorian", "ivory coast" }, { "jamaica", "jamaica" }, { "jamaican", "jamaica" },
	{ "japan", "japan" }, { "japanese", "japan" }, { "jewish", "" }, { "jordanian", "jordan" },
	{ "kazakh", "kazakhstan" }, { "kazakhstan", "kazakhstan" }, { "kenya", "kenya" },
	{ "kenyan", "kenya" }, { "korea", "korea" }, { "korean", "korea" }, { "kosovo", "kosovo" },
	{ "kuwait", "kuwait" }, { "kuwaiti", "kuwait" }, { "laos", "laos" }, { "laotian", "laos" },
	{ "latina", "" }, { "latino", "" }, { "latinos", "" }, { "latvia", "latvia" },
	{ "latvian", "latvia" }, { "lebanese", "lebanon" }, { "lebanon", "lebanon" },
	{ "libya", "libya" }, { "libyan", "libya" }, { "lithuania", "lithuania" },
	{ "lithuanian", "lithuania" }, { "luxembourg", "luxembourg" }, { "macedonia", "macedonia" },
	{ "macedonian", "macedonia" }, { "malaysia", "malaysia" }, { "malaysian", "malaysia" },
	{ "malta", "malta" }, { "maltese", "malta" }, { "mexican", "mexico" }, { "mexico", "mexico" },
	{ "moldova", "moldova" }, { "moldovan", "moldova" }, { "mongolia", "mongolia" },
	{ "mongolian", "mongolia" }, { "montenegrin", "montenegro" }, { "montenegro", "montenegro" },
	{ "moroccan", "morocco" }, { "morocco", "morocco" }, { "mozambican", "mozambique" },
	{ "mozambique", "mozambique" }, { "muslim", "" }, { "muslims", "" }, { "myanmar", "myanmar" },
	{ "namibia", "namibia" }, { "namibian", "namibia" }, { "nepal", "nepal" },
	{ "nepalese", "nepal" }, { "netherlands", "netherlands" }, { "nicaragua", "nicaragua" },
	{ "nicaraguan", "nicaragua" }, { "nigeria", "nigeria" }, { "nigerian", "nigeria" },
	{ "norway", "norway" }, { "norwegian", "norway" }, { "oman", "oman" }, { "omani", "oman" },
	{ "orthodox", "" }, { "pakistan", "pakistan" }, { "pakistani", "pakistan" },
	{ "palestinian", "palestine" }, { "panama", "panama" }, { "panamanian", "panama" },
	{ "paraguay", "paraguay" }, { "paraguayan", "paraguay" }, { "peru", "peru" },
	{ "peruvian", "peru" }, { "philippines", "philippines" }, { "poland", "poland" },
	{ "pole", "poland" }, { "polish", "poland" }, { "portugal", "portugal" }, { "portuguese", "portugal" },
	{ "qatar", "qatar" }, { "qatari", "qatar" }, { "radical", "" }, { "romania", "romania" },
	{ "romanian", "romania" }, { "russia", "russia" }, { "russian", "russia" },
	{ "rwanda", "rwanda" }, { "rwandan", "rwanda" }, { "salvador", "salvador" },
	{ "salvadoran", "salvador" }, { "saudi", "saudi arabia" }, { "scotland", "scotland" },
	{ "scotsman", "scotland" }, { "scottish", "scotland" }, { "senegal", "senegal" },
	{ "senegalese", "senegal" }, { "serb", "serbia" }, { "serbia", "serbia" },
	{ "serbian", "serbia" }, { "singapore", "singapore" }, { "singaporean", "singapore" },
	{ "slovak", "slovakia" }, { "slovakia", "slovakia" }, { "slovenia", "slovenia" },
	{ "slovenian", "slovenia" }, { "somali", "somalia" }, { "somalia", "somalia" },
	{ "spain", "spain" }, { "spaniard", "spain" }, { "spanish", "spain" }, { "sudan", "sudan" },
	{ "sudanese", "sudan" }, { "swede", "sweden" }, { "sweden", "sweden" }, { "swedish", "sweden" },
	{ "swiss", "switzerland" }, { "switzerland", "switzerland" }, { "syria", "syria" },
	{ "syrian", "syria" }, { "taiwan", "taiwan" }, { "taiwanese", "taiwan" },
	{ "tanzania", "tanzania" }, { "tanzanian", "tanzania" }, { "thai", "thailand" },
	{ "thailand", "thailand" }, { "tunisia", "tunisia" }, { "tunisian", "tunisia" },
	{ "turk", "turkey" }, { "turkey", "turkey" }, { "turkish", "turkey" }, { "u.s.", "us" }, { "uganda", "uganda" },
	{ "ugandan", "uganda" }, { "uk", "uk" }, { "ukraine", "ukraine" }, { "ukrainian", "ukraine" },
	{ "united", "us" }, { "uruguay", "uruguay" }, { "uruguayan", "uruguay" }, { "us", "us" },
	{ "uzbek", "uzbekistan" }, { "uzbekistan", "uzbekistan" }, { "venezuela", "venezuela" },
	{ "venezuelan", "venezuela" }, { "vietnam", "vietnam" }, { "vietnamese", "vietnam" },
	{ "wales", "wales" }, { "welsh", "wales" }, { "welshman", "wales" }, { "yemen", "yemen" },
	{ "yemeni", "yemen" }, { "zambia", "zambia" }, { "zambian", "zambia" },
	{ "zimbabwe", "zimbabwe" }, { "zimbabwean", "zimbabwe" },
	{ NULL, NULL }, /* (the end, for the table of word classes) */
};

bool words_hold(const char *words, const char *w, size_t n)
{
	for (const char *p = words; *p;) {
		size_t l = strcspn(p, " ");
		if (l == n && !strncasecmp(p, w, n))
			return true;
		p += l;
		while (*p == ' ')
			p++;
	}
	return false;
}

bool word_is_title(const char *s, size_t n) { return word_in(s, n, titles); }
bool word_is_honorific(const char *s, size_t n) { return word_in(s, n, honorifics); }
bool word_is_person_noun(const char *s, size_t n) { return word_in(s, n, person_nouns); }
bool word_is_org(const char *s, size_t n) { return word_in(s, n, orgs); }
/* Lower-case words inside a personal name. */
static const char *const name_particles[] = {
	"al", "bin", "da", "de", "del", "della", "der", "di", "dos", "du", "ibn", "la", "le",
	"van", "von", NULL,
};
/* (asked of the last word of every name: most are longer than any) */
bool word_is_suffix(const char *s, size_t n) { return n <= 3 && word_in(s, n, suffixes); }
bool word_is_particle(const char *s, size_t n) { return word_in(s, n, name_particles); }
/* "he", and "he's", "she’d", "I've" too. */
bool word_is_pronoun(const char *s, size_t n)
{
	/* the word up to its first apostrophe, straight or curly: one pass
	 * (asked of most subjects and names), which stops past the longest
	 * pronoun (it was asked of whole names and phrases) */
	size_t k = 0;
	while (k < n && k <= 4 && s[k] != '\'' &&
	       !((unsigned char)s[k] == 0xE2 && k + 2 < n && (unsigned char)s[k + 1] == 0x80 &&
	         (unsigned char)s[k + 2] == 0x99))
		k++;
	return k <= 4 && word_in(s, k, pronouns); /* (most words are longer) */
}

/* "it", "it's", "it’ll": a thing, not a speaker. */
static bool is_it(const char *s, size_t n)
{
	return n >= 2 && (s[0] | 32) == 'i' && (s[1] | 32) == 't' &&
	       (n == 2 || s[2] == '\'' || (unsigned char)s[2] == 0xE2);
}

/* "isn't", "won’t": a contraction, no noun. */
static bool has_apostrophe(const char *s, size_t n)
{
	if (memchr(s, '\'', n))
		return true;
	for (size_t i = 0; i + 2 < n; i++)
		if (!memcmp(s + i, "\xE2\x80\x99", 3))
			return true;
	return false;
}

/* Length of S without a possessive ending ('s or ’s). */
static size_t strip_poss(const char *s, size_t n)
{
	if (n > 2 && s[n - 2] == '\'' && (s[n - 1] == 's' || s[n - 1] == 'S'))
		return n - 2;
	if (n > 4 && !memcmp(s + n - 4, "\xE2\x80\x99s", 4))
		return n - 4;
	return n;
}

static bool is_poss(const char *s, size_t n) { return strip_poss(s, n) != n; }

/* "People's", "Children's", "Women's": the possessive of a plural for
 * people, which names what it is part of ("the People's Daily", "Boston
 * Children's Hospital", "the Women's March") and owns nothing in it. */
static bool collective_poss(const char *s, size_t n)
{
	static const char *const plurals[] = { "children", "men", "people", "women", NULL };
	size_t k = strip_poss(s, n);
	return k != n && word_in(s, k, plurals);
}

/* "Attorney's", "Sheriff's", "Governor's": the possessive of a title, which
 * names the office it is part of ("the U.S. Attorney's Office for the
 * Western District") and owns nothing in it. */
static bool office_poss(const char *s, size_t n)
{
	size_t k = strip_poss(s, n);
	return k != n && word_is_title(s, k);
}

/* table_value() of a table that is not hashed: apart, so that the lookup
 * by hash has no array on its stack. */
static const char *__attribute__((noinline))
table_searched(const char *const (*table)[2], size_t rows, const char *s, size_t n, size_t max)
{
	char low[KEY_MAX];
	if (max > sizeof low || !lower_key(s, n, low, max))
		return NULL;
	const char *const *row = search(low, table[0], rows, 2);
	return row ? row[1] : NULL;
}

/* The second string of the row of TABLE (ROWS rows of two strings, sorted
 * by their first, a lower-case word) whose word is S[0, N) but for ASCII
 * case, N below MAX; NULL when none.  By hash, as the word lists; inline,
 * as the lookups that call it run for most names. */
static inline __attribute__((always_inline)) const char *
table_value(const char *const (*table)[2], size_t rows, const char *s, size_t n, size_t max)
{
	if (n == 0 || n >= max)
		return NULL;
	const ListIndex *x = list_index_of(table[0], rows, 2);
	if (x && x->hashed) {
		size_t r = wordset_lookup(&x->set, s, n);
		return r ? table[r - 1][1] : NULL;
	}
	return table_searched(table, rows, s, n, max);
}

const char *word_country(const char *s, size_t n)
{
	/* (by hash: this runs for every capitalised word of a name) */
	return table_value(countries, sizeof countries / sizeof *countries - 1, s, strip_poss(s, n), 16);
}

static const char *const connectors[] = {
	"al", "and", "bin", "da", "de", "del", "den", "der", "dos", "du", "for", "la",
	"le", "of", "on", "the", "to", "van", "von", NULL,
};

/* Capitalised words that start sentences without being names.  "May" and
 * "Will" are not among them: they are names too (Theresa May, Will Smith). */
static const char *const cap_stop[] = {
	"a", "about", "according", "across", "actually", "additionally", "after", "afterward",
	"afterwards", "again", "against", "all", "almost", "also", "although", "altogether", "among",
	"an", "and", "another", "any", "anybody", "anyone", "apparently", "approximately", "april",
	"are", "around", "as", "asked", "at", "aug", "august", "because", "before", "behind", "besides",
	"between", "beyond", "both", "but", "by", "can", "certainly", "clarification", "clearly",
	"consequently", "correction", "could", "currently", "dec", "december", "despite", "did", "do",
	"does", "down", "dozens", "during", "each", "earlier", "either", "elsewhere", "even",
	"eventually", "every", "everybody", "everyone", "feb", "february", "few", "fewer", "fifty",
	"finally", "first", "following", "for", "fortunately", "forty", "friday", "from", "furthermore",
	"generally", "had", "has", "have", "he", "hence", "her", "here", "his", "hopefully", "how",
	"however", "hundreds", "i", "if", "importantly", "in", "indeed", "initially", "instead",
	"interestingly", "into", "ironically", "is", "it", "its", "january", "july", "june", "just",
	"last", "late", "later", "less", "like", "likewise", "many", "march", "maybe", "meanwhile",
	"might", "millions", "monday", "more", "moreover", "most", "must", "my", "nearly", "neither",
	"nevertheless", "next", "no", "none", "nonetheless", "not", "notably", "nov", "november", "now",
	"obviously", "oct", "october", "of", "off", "often", "on", "once", "one", "only", "onto", "or",
	"originally", "other", "otherwise", "our", "out", "over", "overall", "perhaps", "plus",
	"previously", "recently", "referring", "regardless", "roughly", "sadly", "saturday", "second",
	"separately", "sept", "september", "several", "she", "shortly", "should", "similarly", "since",
	"so", "some", "somebody", "someone", "sometimes", "speaking", "specifically", "still", "such",
	"summary", "sunday", "surely", "that", "the", "their", "then", "there", "therefore", "these",
	"they", "thirty", "this", "those", "though", "thousands", "three", "through", "thursday", "thus",
	"to", "today", "tomorrow", "tonight", "too", "toward", "towards", "tuesday", "twenty", "two",
	"typically", "ultimately", "under", "unfortunately", "unlike", "up", "update", "upon", "usually",
	"was", "we", "wednesday", "were", "what", "whatever", "when", "whenever", "where", "wherever",
	"whether", "which", "whichever", "while", "who", "whoever", "why", "with", "within", "without",
	"would", "writing", "yes", "yesterday", "yet", "you", "your",
	/* (verbs that open a sentence as a bidding: "Ask them to promise ...") */
	"ask", "consider", "imagine", "let", "note", "remember", "suppose", NULL,
};


/* Words that may stand between a subject and its cue: "Tillerson had been
 * set to say", "Guterres also said". */
static const char *const aux[] = {
	"again", "already", "also", "always", "are", "be", "been", "can", "could", "did",
	"do", "does", "earlier", "even", "first", "flatly", "further", "goes", "going",
	"had", "has", "have", "initially", "is", "just", "later", "may", "might", "never",
	"not", "often", "on", "once", "previously", "privately", "publicly", "quickly",
	"recently", "repeatedly", "reportedly", "set", "should", "simply", "still", "then",
	"to", "was", "went", "were", "which", "who", "will", "would", NULL,
};

/* The lists above that tokens are asked about, one bit each: a token's
 * word is looked up once in a table of them all (the engine's name_class)
 * and its bits kept in the token, where each list asked once cost a
 * lookup of its own, and a run's words were asked about five lists each. */
enum {
	CLS_TITLE = 1u << 0,
	CLS_ORG = 1u << 1,
	CLS_PERSON = 1u << 2,
	CLS_PARTY = 1u << 3,
	CLS_BODY_HEAD = 1u << 4,
	CLS_PARTICLE = 1u << 5,
	CLS_CONNECTOR = 1u << 6,
	CLS_CAP_STOP = 1u << 7,
	CLS_AUX = 1u << 8,
	CLS_SUFFIX = 1u << 9,
	CLS_ARTICLE = 1u << 10,
	CLS_QUANTIFIER = 1u << 11,
	CLS_CONJUNCTION = 1u << 12,
	CLS_TITLE_PREP = 1u << 13,
	CLS_COUNTRY = 1u << 14, /* a word of countries (possessives stripped
	                         * by word_country() only) */
	CLS_PRONOUN = 1u << 15, /* (a contraction's is word_is_pronoun()'s) */
	CLS_KNOWN = 1u << 31, /* the bits are worked out */
};

static const ClassList name_lists[] = {
	CLASS_LIST(titles, CLS_TITLE),
	CLASS_LIST(orgs, CLS_ORG),
	CLASS_LIST(person_nouns, CLS_PERSON),
	CLASS_LIST(party_words, CLS_PARTY),
	CLASS_LIST(body_heads, CLS_BODY_HEAD),
	CLASS_LIST(name_particles, CLS_PARTICLE),
	CLASS_LIST(connectors, CLS_CONNECTOR),
	CLASS_LIST(cap_stop, CLS_CAP_STOP),
	CLASS_LIST(aux, CLS_AUX),
	CLASS_LIST(suffixes, CLS_SUFFIX),
	CLASS_LIST(articles, CLS_ARTICLE),
	CLASS_LIST(quantifiers, CLS_QUANTIFIER),
	CLASS_LIST(conjunctions, CLS_CONJUNCTION),
	CLASS_LIST(title_preps, CLS_TITLE_PREP),
	CLASS_TABLE(countries, CLS_COUNTRY),
	CLASS_LIST(pronouns, CLS_PRONOUN),
};
enum { NNAME_LISTS = sizeof name_lists / sizeof *name_lists };

bool mention_classes(WordClass *wc)
{
	return class_lists_build(wc, name_lists, NNAME_LISTS);
}

bool word_names_nobody(const WordClass *wc, const char *s, size_t n)
{
	/* the three lists by one lookup; a contraction ("He's") by its
	 * pronoun, which word_is_pronoun() finds only before an apostrophe in
	 * its first five bytes */
	if (class_lists_of(wc, name_lists, NNAME_LISTS, s, n) &
	    (CLS_CAP_STOP | CLS_ARTICLE | CLS_PRONOUN))
		return true;
	for (size_t k = 0; k < n && k <= 4; k++)
		if (s[k] == '\'' || (unsigned char)s[k] == 0xE2)
			return word_is_pronoun(s, n);
	return false;
}

typedef struct {
	const ClassList *lists;
	bool plain[32]; /* list K has no capitals */
} ClassArgs;

/* True when LIST[0, COUNT) are words without capitals (the first of each
 * row of STRIDE strings): word_in() finds every one of them shorter than
 * KEY_MAX (its set holds them all). */
static bool plain_words(const char *const *list, size_t count, size_t stride)
{
	for (size_t i = 0; i < count; i++) {
		const char *w = list[i * stride];
		if (!w || !*w)
			return false;
		for (const char *p = w; *p; p++)
			if ((unsigned)(*p - 'A') < 26u)
				return false;
	}
	return true;
}

/* A word of list K of ARG (ClassArgs) is in its class when word_in()
 * finds it there: asked of the list only when it has capitals (asking
 * made an index of every list, most of them never asked again). */
static bool class_member(const void *arg, size_t k, const char *word)
{
	const ClassArgs *a = arg;
	size_t n = strlen(word);
	if (a->plain[k])
		return n > 0 && n < KEY_MAX;
	return a->lists[k].stride <= 1 && word_in_n(word, n, a->lists[k].list, a->lists[k].count);
}

bool class_lists_build(WordClass *wc, const ClassList *lists, size_t n)
{
	const char *const *l[32];
	uint32_t bits[32];
	size_t strides[32];
	ClassArgs args = { lists, { 0 } };
	if (n > 32)
		return false;
	for (size_t k = 0; k < n; k++) {
		l[k] = lists[k].list;
		bits[k] = lists[k].bit;
		strides[k] = lists[k].stride > 1 ? lists[k].stride : 1;
		args.plain[k] = plain_words(lists[k].list, lists[k].count, strides[k]);
	}
	return wordclass_build(wc, l, strides, bits, n, class_member, &args);
}

uint32_t class_lists_slow(const WordClass *wc, const ClassList *lists, size_t n, const char *s,
                          size_t len)
{
	uint32_t bits = wc ? wordclass_of(wc, s, len) : 0;
	if (wc && wc->exact == wc->all)
		return bits;
	for (size_t k = 0; k < n; k++)
		if (!(wc && (wc->exact & lists[k].bit)) && lists[k].stride <= 1 &&
		    word_in_n(s, len, lists[k].list, lists[k].count))
			bits |= lists[k].bit;
	return bits;
}

/* The bits of the word of token K, looked up: tok_in() the first time. */
/* The length of W before a contraction's ending ('re, 'll, 've, 'm, 'd,
 * straight or curly), 0 when it has none. */
static size_t contraction_stem(const char *w, size_t n)
{
	static const char *const ends[] = { "d", "ll", "m", "re", "ve", NULL };
	for (size_t i = 1; i < n; i++) {
		size_t m = w[i] == '\'' ? 1
		           : (unsigned char)w[i] == 0xE2 && i + 2 < n && (unsigned char)w[i + 1] == 0x80 &&
		                             (unsigned char)w[i + 2] == 0x99
		                     ? 3
		                     : 0;
		if (m)
			return i + m < n && word_in(w + i + m, n - i - m, ends) ? i : 0;
	}
	return 0;
}

/* The bits tok_classes() adds for a word with marks (not TOK_PLAIN) to its
 * BITS: apart, as most words looked up are plain. */
static uint32_t __attribute__((noinline))
marked_word_classes(const WordClass *wc, const char *w, size_t n, uint32_t bits)
{
	/* "Singer-guitarists Tom Johnston", "singer-songwriter": a compound
	 * names a title when its head does, singular or plural. */
	const char *h = n > 4 && !(bits & CLS_TITLE) ? memrchr(w, '-', n) : NULL;
	if (h && h > w) {
		size_t hn = (size_t)(w + n - (h + 1));
		if (hn > 2 && (class_lists_of(wc, name_lists, NNAME_LISTS, h + 1, hn) & CLS_TITLE ||
		               (h[hn] == 's' &&
		                class_lists_of(wc, name_lists, NNAME_LISTS, h + 1, hn - 1) & CLS_TITLE)))
			bits |= CLS_TITLE;
	}
	/* "You're", "We'll", "I'm": a contraction of a word that names
	 * nobody names nobody either */
	if (!(bits & CLS_CAP_STOP)) {
		size_t stem = contraction_stem(w, n);
		if (stem && class_lists_of(wc, name_lists, NNAME_LISTS, w, stem) & CLS_CAP_STOP)
			bits |= CLS_CAP_STOP;
	}
	return bits;
}

/* BITS with CLS_TITLE for a word for a person by trade, in -ist or -ian:
 * "the sociologist Eric Klinenberg", "historian Jill Lepore" (a title
 * before a name). */
static inline uint32_t trade_title(const char *w, size_t n, uint32_t bits)
{
	if (!(bits & CLS_TITLE) && n > 5 && w[0] >= 'a' && w[0] <= 'z') {
		size_t e = w[n - 1] == 's' ? n - 1 : n;
		if (!memcmp(w + e - 3, "ist", 3) || !memcmp(w + e - 3, "ian", 3))
			bits |= CLS_TITLE;
	}
	return bits;
}
/* BITS without CLS_TITLE for "Un" or "us" in lower case: the initials
 * "UN" and "US" are titles ("UN envoy"), the "Un" of Kim Jong Un is not. */
static inline uint32_t initials_title(const char *w, size_t n, uint32_t bits)
{
	if (n == 2 && (bits & CLS_TITLE) && (w[0] | 32) == 'u' && w[1] >= 'a' && w[1] <= 'z')
		bits &= ~(uint32_t)CLS_TITLE;
	return bits;
}
/* tok_classes() of any token. */
static uint32_t __attribute__((noinline)) tok_classes_any(const char *text, const Toks *t,
                                                          const Tok *k)
{
	const char *w = text + k->start;
	size_t n = k->end - k->start;
	uint32_t bits = CLS_KNOWN | class_lists_of(t->classes, name_lists, NNAME_LISTS, w, n);
	if (!(k->flags & TOK_PLAIN))
		bits = marked_word_classes(t->classes, w, n, bits);
	return initials_title(w, n, trade_title(w, n, bits));
}
/* The bits of the word of token K.  A plain word of a table holding every
 * list, most tokens, by a lookup that calls nothing (so saves no
 * registers, which cost a third of it); others apart. */
static uint32_t tok_classes_plain(const char *text, const Toks *t, const Tok *k)
{
	const WordClass *wc = t->classes;
	size_t n = k->end - k->start;
	if (!(k->flags & TOK_PLAIN) || !wc || wc->exact != wc->all || n - 1 >= 8)
		return tok_classes_any(text, t, k);
	const char *w = text + k->start;
	return initials_title(w, n, trade_title(w, n, CLS_KNOWN | wordclass_of(wc, w, n)));
}

/* (a headline in capitals has no word in small letters beside it) */
bool tok_acronym(const char *text, const Toks *t, size_t i)
{
	const Tok *k = &t->v[i];
	size_t n = k->end - k->start;
	if (n < 2 || n > 4)
		return false;
	for (size_t j = k->start; j < k->end; j++)
		if ((unsigned)(text[j] - 'A') >= 26u)
			return false;
	bool small = false;
	if (i > 0 && (t->v[i - 1].flags & TOK_WORD))
		small |= islower((unsigned char)text[t->v[i - 1].end - 1]);
	if (i + 1 < t->n && (t->v[i + 1].flags & TOK_WORD))
		small |= islower((unsigned char)text[t->v[i + 1].end - 1]);
	return small;
}

static inline __attribute__((always_inline)) uint32_t tok_classes(const char *text, const Toks *t,
                                                                   const Tok *k)
{
	uint32_t bits = tok_classes_plain(text, t, k);
	/* (two capitals first: most such words are "the", "he", "It") */
	if ((bits & (CLS_CAP_STOP | CLS_PRONOUN)) && (unsigned)(text[k->start] - 'A') < 26u &&
	    (unsigned)(text[k->start + 1] - 'A') < 26u && tok_acronym(text, t, (size_t)(k - t->v)))
		bits &= ~(uint32_t)(CLS_CAP_STOP | CLS_PRONOUN);
	return bits;
}

/* True when the word of token I is in the list of BIT: word_in() on it,
 * kept in the token after the first time (Toks.v is the caller's, not
 * const, though T is).  Inline: most calls find the bits kept, and a call
 * cost more than the test. */
static inline __attribute__((always_inline)) bool tok_in(const char *text, const Toks *t, size_t i,
                                                         uint32_t bit)
{
	Tok *k = &t->v[i];
	if (!k->classes)
		k->classes = tok_classes(text, t, k);
	return (k->classes & bit) != 0;
}

/* word_country() of the word of token I is not NULL: by its bits, asked
 * of most capitalised words, but for a possessive ("Russia's"), which the
 * table holds without its ending. */
static bool tok_country(const char *text, const Toks *t, size_t i)
{
	const char *w = text + t->v[i].start;
	size_t n = t->v[i].end - t->v[i].start;
	if (!(t->v[i].flags & TOK_PLAIN) && strip_poss(w, n) != n)
		return word_country(w, n) != NULL;
	return tok_in(text, t, i, CLS_COUNTRY);
}

/* word_is_pronoun() of the word of token I: by its bits when it is plain
 * (no apostrophe to cut a contraction at), as most subjects and names are;
 * the token's classes are asked of it next in most readings. */
static bool tok_pronoun(const char *text, const Toks *t, size_t i)
{
	if (t->v[i].flags & TOK_PLAIN)
		return tok_in(text, t, i, CLS_PRONOUN);
	return word_is_pronoun(text + t->v[i].start, t->v[i].end - t->v[i].start);
}

/* ---- tokens ---- */

static inline bool toks_push(Toks *t, Tok k)
{
	if (t->n >= t->cap && !grow(&t->v, &t->cap, t->n, sizeof *t->v))
		return false;
	t->v[t->n++] = k;
	return true;
}

void toks_free(Toks *t)
{
	free(t->v);
	t->v = NULL;
	t->n = t->cap = 0;
}

/* ASCII letters and digits, by table: the tokenizer tests every byte. */
static const bool alnum_byte[256] = {
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
	['8'] = 1, ['9'] = 1,
	['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
	['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1,
	['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
	['Y'] = 1, ['Z'] = 1,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1,
	['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1,
	['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
	['y'] = 1, ['z'] = 1,
};

static bool ascii_alnum(unsigned char c) { return alnum_byte[c]; }

/* The flags of a plain word (ASCII letters and digits only) by its first
 * byte, TOK_CAP for a capital: by table, as the tokenizer's fast path takes
 * most words. */
#define PLAIN_WORD (TOK_WORD | TOK_PLAIN)
#define PLAIN_CAP (TOK_WORD | TOK_PLAIN | TOK_CAP)
static const unsigned char plain_flags[256] = {
	['0'] = PLAIN_WORD, ['1'] = PLAIN_WORD, ['2'] = PLAIN_WORD, ['3'] = PLAIN_WORD,
	['4'] = PLAIN_WORD, ['5'] = PLAIN_WORD, ['6'] = PLAIN_WORD, ['7'] = PLAIN_WORD,
	['8'] = PLAIN_WORD, ['9'] = PLAIN_WORD,
	['A'] = PLAIN_CAP, ['B'] = PLAIN_CAP, ['C'] = PLAIN_CAP, ['D'] = PLAIN_CAP, ['E'] = PLAIN_CAP,
	['F'] = PLAIN_CAP, ['G'] = PLAIN_CAP, ['H'] = PLAIN_CAP, ['I'] = PLAIN_CAP, ['J'] = PLAIN_CAP,
	['K'] = PLAIN_CAP, ['L'] = PLAIN_CAP, ['M'] = PLAIN_CAP, ['N'] = PLAIN_CAP, ['O'] = PLAIN_CAP,
	['P'] = PLAIN_CAP, ['Q'] = PLAIN_CAP, ['R'] = PLAIN_CAP, ['S'] = PLAIN_CAP, ['T'] = PLAIN_CAP,
	['U'] = PLAIN_CAP, ['V'] = PLAIN_CAP, ['W'] = PLAIN_CAP, ['X'] = PLAIN_CAP, ['Y'] = PLAIN_CAP,
	['Z'] = PLAIN_CAP,
	['a'] = PLAIN_WORD, ['b'] = PLAIN_WORD, ['c'] = PLAIN_WORD, ['d'] = PLAIN_WORD,
	['e'] = PLAIN_WORD, ['f'] = PLAIN_WORD, ['g'] = PLAIN_WORD, ['h'] = PLAIN_WORD,
	['i'] = PLAIN_WORD, ['j'] = PLAIN_WORD, ['k'] = PLAIN_WORD, ['l'] = PLAIN_WORD,
	['m'] = PLAIN_WORD, ['n'] = PLAIN_WORD, ['o'] = PLAIN_WORD, ['p'] = PLAIN_WORD,
	['q'] = PLAIN_WORD, ['r'] = PLAIN_WORD, ['s'] = PLAIN_WORD, ['t'] = PLAIN_WORD,
	['u'] = PLAIN_WORD, ['v'] = PLAIN_WORD, ['w'] = PLAIN_WORD, ['x'] = PLAIN_WORD,
	['y'] = PLAIN_WORD, ['z'] = PLAIN_WORD,
};

static bool letter_at(const char *s, size_t i, size_t end, size_t *len)
{
	unsigned char c = (unsigned char)s[i];
	if (c < 0x80) {
		*len = 1;
		return ascii_alnum(c);
	}
	uint32_t cp;
	size_t l = utf8_decode(s + i, end - i, &cp);
	*len = l ? l : 1;
	return l && ((cp >= 0xC0 && cp < 0x2000 && cp != 0xD7 && cp != 0xF7) ||
	             (cp >= 0x3040 && cp < 0xFF00));
}

/* "el-Sisi", "al-Assad", "ash-Shaibani": a surname after the Arabic
 * article, capitalised as a name is (not "anti-Trump", "ex-President"). */
static bool arabic_article(const char *s, size_t n)
{
	static const char *const arts[] = { "ad", "al", "an", "ar", "as", "ash", "at", "az", "el",
		                            NULL };
	const char *dash = memchr(s, '-', n < 4 ? n : 4);
	return dash && dash + 1 < s + n && isupper((unsigned char)dash[1]) &&
	       word_in(s, (size_t)(dash - s), arts);
}

/* "xAI", "eBay", "iPhone": a brand written with one or two small letters
 * before its capital, a name as much as "Apple" (not "pH": a capital and
 * a letter after it, nor "mid-March"). */
static bool camel_brand(const char *s, size_t n)
{
	size_t k = 1;
	if (k < n && (unsigned)(s[k] - 'a') < 26u)
		k++;
	return k + 1 < n && (unsigned)(s[k] - 'A') < 26u && isalpha((unsigned char)s[k + 1]);
}

/* camel_brand() of a word S[0, N) of N bytes from a small letter,
 * after the test that turns most words away: a capital, below 'a', among
 * its second and third bytes (the text is padded: both are readable). */
static inline bool camel_cap(const char *s, size_t n)
{
	return ((unsigned char)s[1] < 'a' || (unsigned char)s[2] < 'a') && n > 2 && camel_brand(s, n);
}

bool tok_is_cap(const char *s, size_t n)
{
	unsigned char c = (unsigned char)s[0];
	if (c < 0x80)
		return isupper(c) || ((unsigned)(c - 'a') < 26u && camel_brand(s, n));
	/* The capitals below are two bytes, led by C3 to D0: the name index
	 * asks of every byte of a curly quote or a dash. */
	if (c < 0xC3 || c > 0xD0)
		return false;
	uint32_t cp;
	if (!utf8_decode(s, n, &cp))
		return false;
	return (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
	       (cp >= 0x100 && cp < 0x180 && (cp & 1) == 0) || (cp >= 0x391 && cp <= 0x3A9) ||
	       (cp >= 0x410 && cp <= 0x42F);
}

static const char *const dot_abbrevs[] = { /* (six letters at most: tokenize_from()) */
	"adm", "ald", "amb", "capt", "cmdr", "co", "col", "corp", "del", "det", "dr", "gen", "gov",
	"govs", "hon", "inc", "jr", "lt", "ltd", "maj", "messrs", "mr", "mrs", "ms",
	"pres", "prof", "rep", "reps", "rev", "sen", "sens", "sgt", "sr", "st", "supt",
	NULL,
};

/* Length of the quotation mark at S[I] (straight or curly double), 0 when
 * none; OPEN picks the opening or the closing curly form. */
static size_t dmark(const char *s, size_t i, size_t end, bool open)
{
	if (s[i] == '"')
		return 1;
	if (i + 2 < end && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
	    (unsigned char)s[i + 2] == (open ? 0x9C : 0x9D))
		return 3;
	return 0;
}

size_t nickname_end(const char *s, size_t i, size_t end)
{
	size_t o = dmark(s, i, end, true);
	if (!o || i + o >= end || (unsigned)(s[i + o] - 'A') >= 26u)
		return 0;
	size_t k = i + o, words = 1;
	while (k < end && k < i + o + 24) {
		unsigned char b = (unsigned char)s[k];
		if ((unsigned)((b | 32) - 'a') < 26u || b == '.' || b == '-' || b == '\'') {
			k++;
		} else if (b == ' ' && words < 2 && k + 1 < end && (unsigned)(s[k + 1] - 'A') < 26u) {
			k++;
			words++;
		} else {
			break;
		}
	}
	size_t c = k < end ? dmark(s, k, end, false) : 0;
	if (!c || k + c + 1 >= end || s[k + c] != ' ' || (unsigned)(s[k + c + 1] - 'A') >= 26u)
		return 0;
	return k + c;
}

bool tokenize(const char *s, Span r, const QuoteSpan *q, size_t nq, Toks *t)
{
	return tokenize_from(s, r, q, nq, 0, t);
}

/* The end of the run of ASCII letters and digits from I (before END): a
 * byte loop, as most words are short (eight bytes a step cost more
 * instructions and no time). */
static inline size_t alnum_end(const char *s, size_t i, size_t end)
{
	while (i < end && ascii_alnum((unsigned char)s[i]))
		i++;
	return i;
}

/* Bytes after a run of letters that may go on with the word: an inner
 * apostrophe, hyphen, dot or colon ("2:15"), or a byte of a multibyte
 * letter or of a curly apostrophe.  Most words end at a space or a comma,
 * which one lookup tells. */
static const bool word_goes_on[256] = {
	['\''] = 1, ['-'] = 1, ['.'] = 1, [':'] = 1, ['&'] = 1,
	[0x80] = 1, [0x81] = 1, [0x82] = 1, [0x83] = 1, [0x84] = 1, [0x85] = 1, [0x86] = 1,
	[0x87] = 1, [0x88] = 1, [0x89] = 1, [0x8A] = 1, [0x8B] = 1, [0x8C] = 1, [0x8D] = 1,
	[0x8E] = 1, [0x8F] = 1, [0x90] = 1, [0x91] = 1, [0x92] = 1, [0x93] = 1, [0x94] = 1,
	[0x95] = 1, [0x96] = 1, [0x97] = 1, [0x98] = 1, [0x99] = 1, [0x9A] = 1, [0x9B] = 1,
	[0x9C] = 1, [0x9D] = 1, [0x9E] = 1, [0x9F] = 1, [0xA0] = 1, [0xA1] = 1, [0xA2] = 1,
	[0xA3] = 1, [0xA4] = 1, [0xA5] = 1, [0xA6] = 1, [0xA7] = 1, [0xA8] = 1, [0xA9] = 1,
	[0xAA] = 1, [0xAB] = 1, [0xAC] = 1, [0xAD] = 1, [0xAE] = 1, [0xAF] = 1, [0xB0] = 1,
	[0xB1] = 1, [0xB2] = 1, [0xB3] = 1, [0xB4] = 1, [0xB5] = 1, [0xB6] = 1, [0xB7] = 1,
	[0xB8] = 1, [0xB9] = 1, [0xBA] = 1, [0xBB] = 1, [0xBC] = 1, [0xBD] = 1, [0xBE] = 1,
	[0xBF] = 1, [0xC0] = 1, [0xC1] = 1, [0xC2] = 1, [0xC3] = 1, [0xC4] = 1, [0xC5] = 1,
	[0xC6] = 1, [0xC7] = 1, [0xC8] = 1, [0xC9] = 1, [0xCA] = 1, [0xCB] = 1, [0xCC] = 1,
	[0xCD] = 1, [0xCE] = 1, [0xCF] = 1, [0xD0] = 1, [0xD1] = 1, [0xD2] = 1, [0xD3] = 1,
	[0xD4] = 1, [0xD5] = 1, [0xD6] = 1, [0xD7] = 1, [0xD8] = 1, [0xD9] = 1, [0xDA] = 1,
	[0xDB] = 1, [0xDC] = 1, [0xDD] = 1, [0xDE] = 1, [0xDF] = 1, [0xE0] = 1, [0xE1] = 1,
	[0xE2] = 1, [0xE3] = 1, [0xE4] = 1, [0xE5] = 1, [0xE6] = 1, [0xE7] = 1, [0xE8] = 1,
	[0xE9] = 1, [0xEA] = 1, [0xEB] = 1, [0xEC] = 1, [0xED] = 1, [0xEE] = 1, [0xEF] = 1,
	[0xF0] = 1, [0xF1] = 1, [0xF2] = 1, [0xF3] = 1, [0xF4] = 1, [0xF5] = 1, [0xF6] = 1,
	[0xF7] = 1, [0xF8] = 1, [0xF9] = 1, [0xFA] = 1, [0xFB] = 1, [0xFC] = 1, [0xFD] = 1,
	[0xFE] = 1, [0xFF] = 1,
};

bool tokenize_from(const char *s, Span r, const QuoteSpan *q, size_t nq, size_t first, Toks *t)
{
	t->n = 0;
	size_t k = first;
	while (k < nq && q[k].span.end <= r.start)
		k++;
	/* where the next quotation starts (none: past every offset), asked
	 * at every token */
	size_t qnext = k < nq ? q[k].span.start : SIZE_MAX;
	for (size_t i = r.start; i < r.end;) {
		unsigned char c0 = (unsigned char)s[i];
		size_t run = 0; /* where the letters and digits from I end, when known */
		/* Most tokens are a plain word of ASCII letters and digits,
		 * a letter first, before a space or a comma: taken here with
		 * the fewest tests (what the general path below would find
		 * for it).  A number takes the general path, which reads
		 * "40,000" whole. */
		if (c0 > '9' && ascii_alnum(c0) && i < qnext) {
			/* (no bound tested: the text goes on to its NUL, which
			 * ends any run, and is padded for the block: mention.h) */
			size_t e = i + bytemask_alnum_run16(s + i);
			if (e == i + 16)
				while (ascii_alnum((unsigned char)s[e]))
					e++;
			e = e < r.end ? e : r.end;
			if (e >= r.end || !word_goes_on[(unsigned char)s[e]]) {
				/* (no "al-" here: the word has no hyphen; "xAI" has a
				 * capital among its first three bytes) */
				unsigned f = plain_flags[c0];
				if (c0 >= 'a' && camel_cap(s + i, e - i))
					f |= TOK_CAP;
				if (!toks_push(t, (Tok){ i, e, f, -1, 0, 0 }))
					return false;
				i = e < r.end && s[e] == ' ' ? e + 1 : e;
				continue;
			}
			run = e; /* (the word goes on past a mark: the path below) */
		}
		if (c0 == ' ' || c0 == '\n') {
			i++;
			continue;
		}
		if (c0 >= 0x80 || c0 == '"') {
			/* a no-break space (U+00A0) separates words like a space:
			 * "― Christina Lastra", "Mr. Smith" in web text */
			if (c0 == 0xC2 && i + 1 < r.end && (unsigned char)s[i + 1] == 0xA0) {
				i += 2;
				continue;
			}
			/* "Robert C. "Bobby" Scott": a nickname inside a name is no
			 * token, so the name reads whole (a nickname opens with a
			 * double mark, straight or curly) */
			size_t nick;
			if ((c0 == '"' || c0 == 0xE2) && t->n && (t->v[t->n - 1].flags & TOK_CAP) &&
			    t->v[t->n - 1].end + 1 == i && s[i - 1] == ' ' &&
			    (nick = nickname_end(s, i, r.end)) != 0) {
				while (k < nq && q[k].span.start < nick)
					k++;
				qnext = k < nq ? q[k].span.start : SIZE_MAX;
				i = nick;
				continue;
			}
		}
		if (qnext <= i) {
			size_t e = q[k].span.end < r.end ? q[k].span.end : r.end;
			if (e > i && !toks_push(t, (Tok){ i, e, TOK_QUOTE, (int)k, 0, 0 }))
				return false;
			i = e > i ? e : i + 1;
			k++;
			qnext = k < nq ? q[k].span.start : SIZE_MAX;
			continue;
		}
		size_t l, start = i;
		/* "'60s", "’90s", "'08": a decade or a year cut short is one
		 * word, no quotation mark */
		size_t ap = c0 == '\'' ? 1 : (c0 == 0xE2 && i + 2 < r.end && !memcmp(s + i, "\xE2\x80\x99", 3)) ? 3 : 0;
		if (ap && i + ap + 1 < r.end && (unsigned)(s[i + ap] - '0') < 10u &&
		    (unsigned)(s[i + ap + 1] - '0') < 10u &&
		    (i + ap + 2 >= r.end || !((unsigned)(s[i + ap + 2] - '0') < 10u)) &&
		    (i == r.start || s[i - 1] == ' ' || s[i - 1] == '(')) {
			size_t e = i + ap + 2;
			if (e < r.end && s[e] == 's')
				e++;
			if (!toks_push(t, (Tok){ i, e, TOK_WORD, -1, 0, 0 }))
				return false;
			i = e < r.end && s[e] == ' ' ? e + 1 : e;
			continue;
		}
		/* ASCII without a call: most tokens are plain words. */
		if (c0 < 0x80 ? (l = 1, ascii_alnum(c0)) : letter_at(s, i, r.end, &l)) {
			/* (the letters and digits read above not read again) */
			i = run ? run : i + l;
			/* (plain: no byte but ASCII letters and digits, which the
			 * word's later readers need not search for marks) */
			bool plain = c0 < 0x80;
			for (;; plain = false) {
				i = alnum_end(s, i, r.end);
				/* "40,000 adults": a number's thousands commas are
				 * inside its word */
				if (i + 3 < r.end && s[i] == ',' && (unsigned)(s[i - 1] - '0') < 10u &&
				    (unsigned)(s[i + 1] - '0') < 10u && (unsigned)(s[i + 2] - '0') < 10u &&
				    (unsigned)(s[i + 3] - '0') < 10u &&
				    !(i + 4 < r.end && ascii_alnum((unsigned char)s[i + 4]))) {
					i += 4;
					continue;
				}
				if (i >= r.end || !word_goes_on[(unsigned char)s[i]])
					break;
				if ((unsigned char)s[i] >= 0x80 && letter_at(s, i, r.end, &l)) {
					i += l;
					continue;
				}
				/* "S&P", "AT&T": an ampersand between capitals */
				if (s[i] == '&' && i + 1 < r.end && (unsigned)(s[i - 1] - 'A') < 26u &&
				    (unsigned)(s[i + 1] - 'A') < 26u && i + 1 < qnext) {
					i += 2;
					continue;
				}
				/* Inner apostrophes, hyphens and dots: Korea's, ill-thought, U.S */
				size_t pl = 0;
				if (s[i] == '\'' || s[i] == '-' || s[i] == '.')
					pl = 1;
				else if ((unsigned char)s[i] == 0xE2 && i + 2 < r.end &&
				         !memcmp(s + i, "\xE2\x80\x99", 3))
					pl = 3;
				if (pl && i + pl < r.end && letter_at(s, i + pl, r.end, &l) &&
				    i + pl < qnext) {
					i += pl + l;
					continue;
				}
				/* a time or a score, "2:15", is one word: no colon
				 * that ends a clause */
				if (s[i] == ':' && i + 1 < r.end && (unsigned)(s[i - 1] - '0') < 10u &&
				    (unsigned)(s[i + 1] - '0') < 10u) {
					i++;
					continue;
				}
				break;
			}
			/* A dot that ends an initial or an abbreviation. */
			if (i < r.end && s[i] == '.') {
				size_t n = i - start;
				if ((n == 1 && isupper((unsigned char)s[start])) ||
				    (!plain && memchr(s + start, '.', n)) ||
				    (n <= 6 && word_in(s + start, n, dot_abbrevs))) {
					i++;
					plain = false;
				}
			}
			bool cap = c0 < 0x80 ? (unsigned)(c0 - 'A') < 26u : tok_is_cap(s + start, i - start);
			if (!cap && (unsigned)(c0 - 'a') < 26u)
				cap = ((c0 == 'a' || c0 == 'e') && arabic_article(s + start, i - start)) ||
				      camel_cap(s + start, i - start);
			unsigned f = TOK_WORD | (cap ? TOK_CAP : 0) | (plain ? TOK_PLAIN : 0);
			if (!toks_push(t, (Tok){ start, i, f, -1, 0, 0 }))
				return false;
			/* the space after most words, without a turn of the loop */
			if (i < r.end && s[i] == ' ')
				i++;
			continue;
		}
		if (!toks_push(t, (Tok){ start, i + l, TOK_PUNCT, -1, 0, 0 }))
			return false;
		i += l;
	}
	return true;
}

/* ---- mentions ---- */

#define TW(i) (text + t->v[i].start), (t->v[i].end - t->v[i].start)

static bool is_word(const Toks *t, size_t i) { return t->v[i].flags & TOK_WORD; }
static bool is_cap(const Toks *t, size_t i) { return (t->v[i].flags & TOK_CAP) != 0; }

static bool punct_is(const char *text, const Toks *t, size_t i, const char *p)
{
	return (t->v[i].flags & TOK_PUNCT) && word_eq(TW(i), p);
}

/* The apostrophe of a plural possessive at token I, written against its
 * word: "the junior doctors' committee". */
static bool plural_poss_mark(const char *text, const Toks *t, size_t i)
{
	if (i == 0 || !(t->v[i].flags & TOK_PUNCT) || t->v[i].start != t->v[i - 1].end ||
	    !(t->v[i - 1].flags & TOK_WORD) || (text[t->v[i - 1].end - 1] | 32) != 's')
		return false;
	return punct_is(text, t, i, "'") || punct_is(text, t, i, "\xE2\x80\x99");
}

static Span tspan(const Toks *t, size_t a, size_t b)
{
	if (a >= b)
		return (Span){ 0, 0 };
	return (Span){ t->v[a].start, t->v[b - 1].end };
}

/* Second halves of compounds that describe ("London-based", "Oscar-winning",
 * "Facebook-owned"): such a word is a modifier, never part of a name. */
static const char *const modifier_tails[] = {
	"affiliated", "aligned", "backed", "based", "born", "bred", "controlled", "educated",
	"era", "funded", "led", "linked", "made", "nominated", "owned", "raised", "run",
	"style", "trained", "turned", "winning", NULL,
};

/* Adjective endings that no name a sentence opens with has
 * ("Unpredictable", "Notorious"), for words of seven letters or more. */
static bool adjective_like(const char *s, size_t n)
{
	if (n < 7)
		return false;
	const char *e = s + n; /* (each compare inline: asked of every name word) */
	return !memcmp(e - 4, "able", 4) || !memcmp(e - 4, "ible", 4) || !memcmp(e - 3, "ous", 3) ||
	       !memcmp(e - 3, "ful", 3);
}

static bool modifier_word(const char *s, size_t n)
{
	const char *dash = memchr(s, '-', n);
	if (dash) {
		size_t tail = n - (size_t)(dash + 1 - s);
		return tail && word_in(dash + 1, tail, modifier_tails);
	}
	return adjective_like(s, n);
}

/* A preposition at token I, which titles capitalise and names never hold
 * (title_preps: asked of every capitalised word of a run, so by its bits). */
static bool title_prep(const char *text, const Toks *t, size_t i)
{
	return tok_in(text, t, i, CLS_TITLE_PREP);
}

/* Initials and generational suffixes inside names. */
static bool name_part(const char *text, const Toks *t, size_t i)
{
	if (!is_word(t, i) || !is_cap(t, i))
		return false;
	const char *s = text + t->v[i].start;
	size_t n = t->v[i].end - t->v[i].start;
	/* (nor "Up" of "Growing Up Weightless": a title's prepositions; a
	 * plain word has no possessive ending and no hyphen to look for) */
	if ((t->v[i].flags & TOK_PLAIN ? adjective_like(s, n) : is_poss(s, n) || modifier_word(s, n)) ||
	    title_prep(text, t, i))
		return false;
	/* "Howard Dean", "Angus King", "Tom White": a title word after a given
	 * name and last in the run is a surname; not a place's ("Charlotte
	 * City", "Virginia State") */
	static const char *const place_titles[] = {
		"city", "council", "county", "district", "federal", "house", "national", "nations",
		"public", "state", "united", NULL,
	};
	bool title = tok_in(text, t, i, CLS_TITLE);
	/* (or after a given name and a middle one: "Martin Luther King") */
	bool given = title && i > 0 && is_word(t, i - 1) && is_cap(t, i - 1) &&
	             (given_name(TW(i - 1)) ||
	              (i > 1 && is_word(t, i - 2) && is_cap(t, i - 2) && given_name(TW(i - 2)) &&
	               !tok_in(text, t, i - 1, CLS_TITLE)));
	/* (a suffix may follow it: "Martin Luther King III") */
	bool last = given && !(i + 1 < t->n && is_word(t, i + 1) && is_cap(t, i + 1) &&
	                       !tok_in(text, t, i + 1, CLS_SUFFIX));
	if (title && given && last && !word_in(s, n, place_titles))
		return true;
	if (title || tok_in(text, t, i, CLS_ORG) || tok_country(text, t, i))
		return false;
	return true;
}

/* name_part() of the tokens of one run, each worked out once: the run's
 * end and start are both found by it, and most tokens are asked twice. */
typedef struct {
	size_t from, n;  /* tokens [FROM, FROM + N) are kept */
	signed char v[16]; /* -1: not worked out yet */
} PartMemo;

static void part_memo_init(PartMemo *pm, size_t a, size_t b)
{
	pm->from = a;
	pm->n = b - a < sizeof pm->v ? b - a : sizeof pm->v;
	memset(pm->v, -1, sizeof pm->v);
}

static bool name_part_at(const char *text, const Toks *t, size_t i, PartMemo *pm)
{
	if (i < pm->from || i - pm->from >= pm->n)
		return name_part(text, t, i);
	signed char *v = &pm->v[i - pm->from];
	if (*v < 0)
		*v = name_part(text, t, i);
	return *v;
}

size_t word_occurrence(const char *text, size_t from, size_t hi, const char *w, size_t n)
{
	/* (by its first byte: the words are names, a few bytes long, for
	 * which memmem()'s set-up at each call cost more than the search) */
	for (size_t i = from; n && i + n <= hi;) {
		const char *hit = memchr(text + i, w[0], hi - n + 1 - i);
		if (!hit)
			break;
		size_t at = (size_t)(hit - text);
		i = at + 1;
		if (!memcmp(text + at, w, n) && !(at > 0 && isalnum((unsigned char)text[at - 1])) &&
		    !isalnum((unsigned char)text[at + n]))
			return at;
	}
	return SIZE_MAX;
}

/* ASCII letters only, as the text is UTF-8: a byte of a sequence is no
 * letter whatever the locale. */
bool word_all_caps(const char *s, size_t n)
{
	size_t letters = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char b = (unsigned char)s[i];
		if ((unsigned)(b - 'a') < 26u)
			return false;
		letters += (unsigned)(b - 'A') < 26u;
	}
	return letters >= 2;
}

/* Start of the role written in lower case before the capitalised words at
 * token A, not before token LO: "former president Bill Clinton", "the
 * shadow housing secretary, ..." (A itself when there is none).  Title
 * words lead to the name; one word before them ("housing") counts only
 * where a noun phrase may begin, so "voters elected housing secretary X"
 * gives X the role "secretary".  A capitalised word opening the sentence
 * or a possessive before them is part of it ("Shadow housing secretary",
 * "Labour's shadow ..."). */
static size_t role_start_from(const char *text, const Toks *t, size_t lo, bool lo_opens,
                              size_t a);

static size_t lower_role_start(const char *text, const Toks *t, size_t lo, size_t a)
{
	return role_start_from(text, t, lo, true, a);
}

/* lower_role_start() where token LO may not open a phrase (LO_OPENS
 * false): the words before it were only left out. */
static size_t role_start_from(const char *text, const Toks *t, size_t lo, bool lo_opens,
                              size_t a)
{
	size_t r = a;
	/* ("said voter Tamika Brown", "resident Ann Lee": a noun for a person,
	 * one, right before the name is a role; not one for a body or a text
	 * that speaks, "the network President Vladimir Putin founded") */
	static const char *const no_role_nouns[] = {
		"ad", "airline", "article", "automaker", "book", "broadcaster", "carmaker", "carrier",
		"charity", "chipmaker", "clip", "column", "commercial", "complaint", "data",
		"document", "drugmaker", "editorial", "everyone", "filing", "firm", "footage",
		"indictment", "insurer", "lawsuit", "lender", "letter", "man", "manufacturer", "memo",
		"military", "newspaper", "nonprofit", "outlet", "panel", "paper", "people", "petition",
		"piece", "planemaker", "poll", "publisher", "regulator", "release", "report",
		"retailer", "ruling", "site", "source", "spot", "startup", "statement", "steelmaker",
		"story", "study", "survey", "toymaker", "transcript", "tweet", "video", "website",
		"woman", NULL,
	};
	if (r > lo && is_word(t, r - 1) && !is_cap(t, r - 1) && tok_in(text, t, r - 1, CLS_PERSON) &&
	    !tok_in(text, t, r - 1, CLS_ORG) && text[t->v[r - 1].end - 1] != 's' &&
	    !word_in(TW(r - 1), no_role_nouns))
		r--;
	/* (a title word after "to" or a modal is a verb: "would press
	 * Defense Secretary Raymond Cole", "tapped to head Treasury") */
	static const char *const before_verb[] = {
		"can", "could", "did", "will", "may", "might", "must", "should", "to", "would", NULL,
	};
	/* (over a nationality before a title in lower case: "Nigerian
	 * ambassador Ade Okafor") */
	while (r > lo && a - r < 5 && is_word(t, r - 1) &&
	       ((!is_cap(t, r - 1) && tok_in(text, t, r - 1, CLS_TITLE) &&
	         !(r - 1 > lo && is_word(t, r - 2) && word_in(TW(r - 2), before_verb))) ||
	        (r < a && is_cap(t, r - 1) && !is_cap(t, r) && word_country(TW(r - 1)) &&
	         !(r - 1 > lo && is_word(t, r - 2) && is_cap(t, r - 2))))) /* ("North America") */
		r--;
	if (r == a)
		return a;
	/* words that join clauses or phrases, never a modifier of a title, and
	 * the verbs of saying before one ("..., said study co-author X") */
	static const char *const joins[] = {
		"added", "adds", "after", "as", "asked", "at", "before", "because", "but", "by",
		"explained", "from", "if", "in", "noted", "or", "said", "says", "since", "than",
		"that", "told", "warned", "when", "where", "which", "while", "who", "whom", "whose",
		"with", "wrote", NULL,
	};
	size_t k = r;
	while (k > lo && r - k < 2 && is_word(t, k - 1) && !is_cap(t, k - 1) &&
	       !tok_in(text, t, k - 1, CLS_ARTICLE) && !tok_in(text, t, k - 1, CLS_CONNECTOR) &&
	       !word_in(TW(k - 1), joins))
		k--;
	bool opens = k == lo ? lo_opens : !is_word(t, k - 1) || tok_in(text, t, k - 1, CLS_ARTICLE);
	bool owner = k > lo && is_word(t, k - 1) && is_poss(TW(k - 1));
	/* (a capital two words before the title may be a sentence's subject:
	 * "Ford visited his editor Teresa Nielsen Hayden") */
	bool capital = k > lo && r - k <= 1 && is_cap(t, k - 1) &&
	               (k - 1 == lo ? lo_opens : !is_word(t, k - 2)) &&
	               !tok_in(text, t, k - 1, CLS_CAP_STOP);
	/* a party or a country wherever it stands: "slamming Democratic vice
	 * presidential nominee Tim Kaine", "met Russian ambassador ..." */
	static const char *const parties[] = {
		"conservative", "democrat", "democratic", "gop", "labour", "liberal", "republican",
		"tory", NULL,
	};
	capital = capital || (k > lo && r - k <= 1 && is_cap(t, k - 1) &&
	                      (word_in(TW(k - 1), parties) || word_country(TW(k - 1))) &&
	                      /* (not the end of a longer name: "North America editor") */
	                      !(k - 1 > lo && is_word(t, k - 2) && is_cap(t, k - 2)));
	if (owner || capital)
		return k - 1;
	/* (or two or three that open the phrase: "Samajwadi Party chief
	 * Akhilesh Yadav", "Former Arsenal captain Tony Adams") */
	if (k > lo + 1 && r - k <= 1 && is_cap(t, k - 1) && !tok_in(text, t, k - 1, CLS_CAP_STOP)) {
		size_t j = k - 1;
		while (j > lo && k - j < 3 && is_word(t, j - 1) && is_cap(t, j - 1) &&
		       !tok_in(text, t, j - 1, CLS_CAP_STOP))
			j--;
		if (j < k - 1 && (j == lo ? lo_opens : !is_word(t, j - 1)))
			return j;
	}
	return opens ? k : r;
}

size_t mention_role_start(const char *text, const Toks *t, size_t lo, bool lo_opens, size_t a)
{
	size_t r = role_start_from(text, t, lo, lo_opens, a);
	/* "his agent Valerie Smith": the owner names no one */
	return r + 1 < a && word_in(TW(r), owners) ? r + 1 : r;
}

bool ends_with_any(const char *w, size_t n, const Ending *ends, size_t count)
{
	/* (the last byte first, without a call: most words end otherwise) */
	for (size_t i = 0; i < count; i++)
		if (n > ends[i].n + 2 && w[n - 1] == ends[i].s[ends[i].n - 1] &&
		    !memcmp(w + n - ends[i].n, ends[i].s, ends[i].n))
			return true;
	return false;
}

/* The word of token I is capitalised, of ASCII letters and digits only, in
 * no word list and no adjective: name_part() holds for it, and no rule of
 * classify_run() that asks a list does. */
static inline bool plain_name_word(const char *text, const Toks *t, size_t i)
{
	const unsigned want = TOK_WORD | TOK_CAP | TOK_PLAIN;
	return (t->v[i].flags & want) == want && !tok_in(text, t, i, ~(uint32_t)CLS_KNOWN) &&
	       !adjective_like(TW(i));
}

/* classify_run() of the runs most texts are made of: one or two plain name
 * words (plain_name_word()), maybe after one title ("Rex Tillerson", "Mr.
 * Obama", "President Barack Obama", "Clinton" opening a sentence), nothing
 * skipped before token A.  Sets M and returns true with what the general
 * reading finds for them, without its walks; false when the run is not of
 * these (then M is as it was).  A rule of classify_run() that reads such a
 * run must be kept here too. */
static bool plain_run(const char *text, const Toks *t, size_t a, size_t b, Mention *m)
{
	if (b > a + 1 && word_eq(TW(a), "united"))
		return false; /* a body, whole */
	/* the title: no name part before a capitalised word, no preposition
	 * of a title, no institution */
	size_t s = a;
	if (b - a >= 2 && (t->v[a].flags & (TOK_WORD | TOK_CAP)) == (TOK_WORD | TOK_CAP) &&
	    tok_in(text, t, a, CLS_TITLE) &&
	    !tok_in(text, t, a, CLS_CAP_STOP | CLS_TITLE_PREP | CLS_ORG) &&
	    !collective_poss(TW(a)))
		s = a + 1;
	if (b <= s || b - s > 2)
		return false;
	for (size_t i = s; i < b; i++)
		if (!plain_name_word(text, t, i))
			return false;
	if (b - s == 2 && (word_all_caps(TW(s)) && word_all_caps(TW(s + 1))))
		return false; /* a headline in capitals */
	if (b - s == 2 && s > a && word_eq(TW(s), "of"))
		return false; /* "Mr. Morgan of ..." */
	if (b == a + 1) {
		/* "Teachers chanted", "Others said": a common noun */
		size_t wn = t->v[a].end - t->v[a].start;
		if (word_eq(TW(a), "others") ||
		    (wn > 3 && text[t->v[a].end - 1] == 's' &&
		     word_in(text + t->v[a].start, wn - 1, person_nouns)))
			return false;
		/* CDC, NATO */
		m->kind = word_all_caps(TW(a)) ? MEN_ORG : MEN_NAME;
		m->span = m->name = tspan(t, a, b);
		return true;
	}
	m->kind = MEN_NAME;
	m->span = tspan(t, a, b);
	m->name = tspan(t, s, b);
	if (s > a)
		m->role = tspan(t, a, s);
	return true;
}

/* A given name, or a hyphenated one whose first part is ("Eva-Marie",
 * "Jean-Pierre"). */
static bool given_part(const char *w, size_t n)
{
	const char *h = memchr(w, '-', n);
	return given_name(w, n) || (h && h > w && given_name(w, (size_t)(h - w)));
}

static bool role_noun(const char *text, const Toks *t, size_t k);

/* Token I is a body's initials before "of" or "for" and more of the run
 * [.., B): "the ACLU of Georgia", "the YMCA of Greater Boston" name one
 * body, where a title so joined names an office ("CEO of Apple"). */
static bool acronym_of_place(const char *text, const Toks *t, size_t i, size_t b)
{
	size_t n = t->v[i].end - t->v[i].start;
	return i + 2 < b && n >= 3 && n <= 6 && word_all_caps(TW(i)) && is_word(t, i + 1) &&
	       (word_eq(TW(i + 1), "of") || word_eq(TW(i + 1), "for")) &&
	       !tok_in(text, t, i, CLS_TITLE) && !word_country(TW(i));
}

/* Tokens [A, B) are a run of capitalised words (maybe after "the"): splits it
 * into role and name and decides whether it names a person or a body. */
/* Token K is letters written after a name, an office or an honour and no
 * part of it: "Alison Kerr KC", "Tom Baxter MP". */
static bool post_nominal(const char *text, const Toks *t, size_t k)
{
	static const char *const letters[] = {
		"cbe", "dbe", "kbe", "kc", "mbe", "mep", "mp", "msp", "obe", "qc", NULL,
	};
	return is_word(t, k) && word_in(TW(k), letters) && word_all_caps(TW(k));
}

static bool classify_run(const char *text, const Toks *t, size_t a, size_t b, Mention *m)
{
	bool the = false;
	/* "the Diamond Harbour MP", "the Ohio MP": a member for a place, its
	 * letters the office, not letters after a name (no name has "the") */
	if (b > a + 2 && word_eq(TW(a), "the") && post_nominal(text, t, b - 1) &&
	    (word_eq(TW(b - 1), "mp") || word_eq(TW(b - 1), "mep") || word_eq(TW(b - 1), "msp"))) {
		m->kind = MEN_NOMINAL;
		m->span = m->role = tspan(t, a, b);
		m->name = (Span){ 0, 0 };
		return true;
	}
	if (b > a + 2 && post_nominal(text, t, b - 1))
		b--;
	size_t from = a;
	/* (the surname He before a given name in capitals is no pronoun: "He
	 * Jianxiong, a former IMF official") */
	while (a < b && is_word(t, a) && (tok_in(text, t, a, CLS_CAP_STOP) || !is_cap(t, a)) &&
	       !(a + 1 < b && t->v[a].end - t->v[a].start == 2 && !memcmp(text + t->v[a].start, "He", 2) &&
	         is_word(t, a + 1) && is_cap(t, a + 1) && !tok_in(text, t, a + 1, CLS_CAP_STOP))) {
		the |= word_eq(TW(a), "the");
		a++;
	}
	if (a >= b)
		return false;
	/* "Lawyers for Fitch", "Aides to Okafor", "Relatives of Fitch" opening
	 * a sentence: people known by whom they are to the name, a group that
	 * names no one (not "Friends of the Earth", a body's name) */
	static const char *const relations_of[] = {
		"advisers", "advisors", "aides", "allies", "associates", "attorneys", "backers",
		"colleagues", "critics", "friends", "lawyers", "opponents", "relatives", "supporters",
		NULL,
	};
	if (a + 2 < b && is_word(t, a + 1) &&
	    (word_eq(TW(a + 1), "for") || word_eq(TW(a + 1), "of") || word_eq(TW(a + 1), "to")) &&
	    !word_eq(TW(a + 2), "the") && word_in(TW(a), relations_of)) {
		m->kind = MEN_NOMINAL;
		m->span = tspan(t, from, b);
		m->role = m->span;
		m->name = (Span){ 0, 0 };
		return true;
	}
	/* "Carmaker Vestra Motors said", "Drugmaker Dalton said": what the
	 * body makes or does, written before its name as a title is */
	static const char *const trades[] = {
		"automaker", "broadcaster", "carmaker", "chipmaker", "drugmaker", "insurer", "lender",
		"planemaker", "publisher", "retailer", "steelmaker", "toymaker", NULL,
	};
	if (a + 1 < b && is_word(t, a) && is_cap(t, a + 1) && word_in(TW(a), trades)) {
		Mention rest = { 0 };
		if (classify_run(text, t, a + 1, b, &rest)) {
			*m = rest;
			m->span = tspan(t, from, b);
			m->role = tspan(t, a, a + 1);
			return true;
		}
	}
	/* One letter alone names no one: "I", and the Russian "Я" that opens
	 * a sentence (an initial keeps its dot and joins a name). */
	size_t n1 = t->v[a].end - t->v[a].start;
	if (b == a + 1 && (n1 == 1 || (n1 == 2 && (unsigned char)text[t->v[a].start] >= 0xC0)))
		return false;
	/* "Mr. Morgan of the Sierra Club", "Dr. Ann Lee of Harvard": a person
	 * (a title or a first and last name before "of"), then where they are
	 * from: a role, not part of the name.  "Bank of America" stays whole. */
	for (size_t k = a + 1; k + 1 < b; k++) {
		if (!word_eq(TW(k), "of"))
			continue;
		Mention p = { 0 };
		if (!classify_run(text, t, a, k, &p) || p.kind != MEN_NAME)
			break;
		bool titled = p.role.end > p.role.start;
		/* "Wee of the Times": a surname, then the body it is from */
		bool body = false;
		for (size_t i = k + 1; i < b; i++)
			body |= is_word(t, i) && tok_in(text, t, i, CLS_ORG);
		if (!titled && !body && !memchr(text + p.name.start, ' ', p.name.end - p.name.start))
			break;
		*m = p;
		m->span.end = t->v[b - 1].end;
		static const char *const courtesy[] = { "miss", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", NULL };
		if (!titled || word_in(text + p.role.start, p.role.end - p.role.start, courtesy))
			m->role = tspan(t, k, b);
		return true;
	}
	/* "Marks & Spencer", "Coastal Power & Light": an ampersand between
	 * capitalised words joins the name of a firm, never a person's */
	for (size_t k = a + 1; k + 1 < b; k++)
		if (punct_is(text, t, k, "&") && is_cap(t, k - 1) && is_cap(t, k + 1)) {
			m->kind = MEN_ORG;
			m->span = tspan(t, from, b);
			m->name = tspan(t, a, b);
			m->role = (Span){ 0, 0 };
			return true;
		}
	/* "Critically, however, it pointed out": an adverb opening the
	 * sentence, not a name (suffixes no surname has: "Kelly", "Scully"
	 * are names) */
	static const Ending adverb_ends[] = {
		ENDING("ably"), ENDING("ally"), ENDING("ately"), ENDING("edly"), ENDING("ibly"),
		ENDING("ingly"), ENDING("ively"), ENDING("ntly"), ENDING("ously"),
	};
	if (b == a + 1 && ends_with_any(text + t->v[a].start, t->v[a].end - t->v[a].start,
	                                adverb_ends, sizeof adverb_ends / sizeof *adverb_ends))
		return false;
	/* "Twenty-two", "Forty-three": numbers, not names */
	const char *dash = b == a + 1 ? memchr(text + t->v[a].start, '-', t->v[a].end - t->v[a].start)
	                              : NULL;
	if (dash && word_in(text + t->v[a].start, (size_t)(dash - text - t->v[a].start), number_words))
		return false;
	if (a == from && plain_run(text, t, a, b, m))
		return true;
	PartMemo pm;
	part_memo_init(&pm, a, b);
	size_t e = b;
	while (e > a && !name_part_at(text, t, e - 1, &pm) && !is_cap(t, e - 1))
		e--;
	/* (four capitalised words at most, whatever particles join them:
	 * "María José García de la Cruz") */
	size_t s = e, parts = 0, caps = 0;
	while (s > a && caps < 4 && name_part_at(text, t, s - 1, &pm)) {
		s--;
		parts++;
		caps++;
		/* "Bill de Blasio", "Umar bin Al-Khaththab", "Ursula von der
		 * Leyen": one or two particles inside the name */
		size_t k = s;
		while (k > a + 1 && s - k < 2 && is_word(t, k - 1) && !is_cap(t, k - 1) &&
		       tok_in(text, t, k - 1, CLS_PARTICLE))
			k--;
		if (k < s && name_part_at(text, t, k - 1, &pm)) {
			parts += s - k;
			s = k;
		}
	}
	/* "Deputy Director of Public Prosecution Eva-Marie Persson": after a
	 * title with "of" or "for" (maybe just before the run the tokens
	 * hold), the name starts at its given name, not at the words of the
	 * office before it; not "Ana María López García", all given, nor "Gov.
	 * Earl Ray Tomblin", no office */
	size_t ps = t->v[a].start;
	bool office = parts >= 3 && ps >= 4 &&
	              (!memcmp(text + ps - 4, " of ", 4) || (ps >= 5 && !memcmp(text + ps - 5, " for ", 5)));
	for (size_t k = a; k < s && parts >= 3; k++)
		office |= is_word(t, k) && !is_cap(t, k) && (word_eq(TW(k), "of") || word_eq(TW(k), "for"));
	if (office && !given_part(TW(s)))
		for (size_t k = s + 1; k + 1 < s + parts; k++)
			if (given_part(TW(k))) {
				parts -= k - s;
				s = k;
				break;
			}
	/* "Ann Lee On Climate", "Growing Up Weightless": a preposition in
	 * capitals before the words makes the run a title, nobody's name */
	if (s > a && is_word(t, s - 1) && is_cap(t, s - 1) && title_prep(text, t, s - 1))
		return false;
	/* "Employee Steve Castro", "Introducing Junior Gaspard": a word for a
	 * person or an -ing form opening a full name is the writer's */
	while (parts > 2 && (tok_in(text, t, s, CLS_PERSON) ||
	                     (t->v[s].end - t->v[s].start > 5 &&
	                      !memcmp(text + t->v[s].end - 3, "ing", 3)))) {
		s++;
		parts--;
	}
	/* An institution word makes a body of the run unless a full personal
	 * name ends it ("Senate Minority Leader Harry Reid"). */
	bool shouting = parts >= 2;
	for (size_t i = s; i < s + parts; i++)
		shouting &= word_all_caps(TW(i));
	if (shouting)
		return false; /* a headline in capitals, not a name */
	size_t words = 0;
	for (size_t i = s; i < s + parts; i++) {
		size_t n = t->v[i].end - t->v[i].start;
		/* initials, with or without their dot ("Christina N Luis
		 * Olidem"), and suffixes are not words of a headline */
		words += !(n <= 2 && text[t->v[i].end - 1] == '.') && n > 1 &&
		         !tok_in(text, t, i, CLS_SUFFIX);
	}
	/* "Veto Power Impedes Peace Efforts": a headline (not "Ana María López
	 * García", whose first word is a given name; but "Ann Lee On Climate"
	 * is one, with its capitalised preposition) */
	/* (all of the run capitalised: "Veto Power Impedes Peace Efforts",
	 * whose first word a title list knows) */
	bool capped = true;
	for (size_t i = a; i < s && capped; i++)
		capped = is_word(t, i) && is_cap(t, i);
	/* (but a run that lower-case words go on from is a sentence's name,
	 * not a headline: "Planned Parenthood South Atlantic said"; "A VOA
	 * Extremism Watch Desk reporter" is no one of that name) */
	if (words > 3 && e == b && capped &&
	    !(b < t->n && is_word(t, b) && !is_cap(t, b) && !role_noun(text, t, b))) {
		static const char *const small[] = { "as", "at", "by", "for", "in", "of", "on",
			                             "to", "with", NULL };
		bool name = given_name(TW(s));
		for (size_t i = s + 1; name && i < s + parts; i++)
			name = !word_in(TW(i), small);
		if (!name)
			return false;
	}
	bool org = false;
	for (size_t i = a; i < b; i++)
		org |= is_word(t, i) && (tok_in(text, t, i, CLS_ORG) ||
		                         (i + 1 < b && collective_poss(TW(i)) && is_cap(t, i + 1)) ||
		                         acronym_of_place(text, t, i, b));
	/* ... but not one joined to the institution by "of": "the Association
	 * of Flight Attendants" */
	static const char *const office_joins[] = { "for", "of", "on", NULL };
	/* (nor one after an adjective so joined: "the Roper Center for Public
	 * Opinion Research", "the Council on Foreign Relations" name no one
	 * called "Opinion Research"; a title that is a noun still opens a
	 * name: "Director of National Intelligence James Clapper") */
	static const char *const joined_adjectives[] = {
		"federal", "foreign", "international", "national", "public", NULL,
	};
	bool joined = s > a + 1 && is_word(t, s - 2) && !is_cap(t, s - 2) && is_word(t, s - 1) &&
	              word_in(TW(s - 2), office_joins) && word_in(TW(s - 1), joined_adjectives);
	if (parts >= 2 && e == b && !joined &&
	    !(s > a && is_word(t, s - 1) && !is_cap(t, s - 1) && tok_in(text, t, s - 1, CLS_CONNECTOR)))
		org = false;
	/* A title joined to what it is for names an office, not a person: "The
	 * United Nations High Commissioner for Human Rights" is no one named
	 * "Human Rights". */
	if (!org && e == b) {
		/* the joining word: before the name, or the last in a run with no
		 * name ("... Commissioner for Refugee Affairs") */
		size_t k = parts ? s - 1 : b;
		if (!parts)
			for (size_t i = a + 1; i + 1 < b; i++)
				if (is_word(t, i) && !is_cap(t, i) && word_in(TW(i), office_joins))
					k = i;
		bool titled = false;
		for (size_t i = a; k < b && i < k; i++)
			titled |= is_word(t, i) && tok_in(text, t, i, CLS_TITLE);
		org = titled && k > a && is_word(t, k) && !is_cap(t, k) && word_in(TW(k), office_joins);
	}
	m->span = tspan(t, a, b);
	if (the && m->span.start >= t->v[a].start && a > 0)
		m->span.start = t->v[a - 1].start;
	/* "The New York Times and the Gannett newspaper chain", "the Times and
	 * the Post": two bodies, each with its article, neither of which says
	 * it alone (not "the Department of Health and the Environment") */
	for (size_t k = a + 1; k + 2 < b; k++) {
		if (is_cap(t, k) || !is_word(t, k))
			continue;
		if (word_eq(TW(k), "of") || word_eq(TW(k), "for"))
			break;
		if (word_eq(TW(k), "and") && word_eq(TW(k + 1), "the") && is_cap(t, k + 2)) {
			m->kind = MEN_NOMINAL;
			m->name = (Span){ 0, 0 };
			m->role = m->span;
			return true;
		}
	}
	if (parts == 1 && s == a && e == b && word_all_caps(TW(s)))
		org = true; /* CDC, NATO */
	/* "Company admits ...", "Agency says": the head of a body's name alone,
	 * capitalised by a headline or a sentence start, names no body */
	if (org && b == a + 1 && !word_all_caps(TW(a)) && tok_in(text, t, a, CLS_BODY_HEAD) &&
	    !word_eq(TW(a), "police") && !word_eq(TW(a), "government") &&
	    !word_eq(TW(a), "administration")) {
		m->kind = MEN_NOMINAL;
		m->name = (Span){ 0, 0 };
		m->span = m->role = tspan(t, a, b);
		return true;
	}
	if (org) {
		/* "Netanyahu's Likud party": the name after the possessive. */
		/* (but "the Alzheimer's Association", "Macy's Foundation": a
		 * possessive right before the one word of a body's kind that ends
		 * the run is its name's, not an owner's) */
		static const char *const kinds[] = {
			"alliance", "association", "coalition", "co.", "corp", "corp.", "foundation", "fund",
			"hospital", "inc", "inc.", "institute", "league", "service", "services", "society",
			"trust", NULL,
		};
		/* (or two: "Moody's Investors Service") */
		size_t own = a;
		for (size_t i = a; i + 1 < b; i++)
			if (is_poss(TW(i)) && !collective_poss(TW(i)) && !office_poss(TW(i)) &&
			    !((i + 2 == b || i + 3 == b) && is_cap(t, i) && word_in(TW(b - 1), kinds) &&
			      !word_country(text + t->v[i].start, strip_poss(TW(i)))))
				own = i + 1;
		/* "Seattle-based International Pacific Halibut Commission":
		 * where it is from is no part of its name. */
		while (own + 1 < b && is_word(t, own) && modifier_word(TW(own)))
			own++;
		m->kind = MEN_ORG;
		m->name = tspan(t, own, b);
		if (own > a)
			m->role = tspan(t, a, own);
		return true;
	}
	/* "Teachers chanted", "Polls show", "Video shows", "Others said": one
	 * capitalised word for people or a source is a common noun opening its
	 * sentence, no name (party members excepted: "Democrats") */
	size_t wn = t->v[a].end - t->v[a].start;
	if (parts == 1 && b == a + 1 && s == a && !tok_in(text, t, a, CLS_PARTY) &&
	    (tok_in(text, t, a, CLS_PERSON) || word_eq(TW(a), "others") ||
	     (wn > 3 && text[t->v[a].end - 1] == 's' &&
	      word_in(text + t->v[a].start, wn - 1, person_nouns))))
		parts = 0;
	/* "Democrats said", "Some Republicans said": the party's members, not
	 * the last part of a name ("MAGA Republicans", "Senate Democrats") */
	if (parts == 1 && b == a + 1 && tok_in(text, t, a, CLS_PARTY)) {
		m->kind = MEN_ORG;
		m->name = tspan(t, a, b);
		return true;
	}
	/* "Water UK", "Energy UK": a body named with its country's initials,
	 * whole (not someone whose given name comes first, nor "Experts on
	 * North Korea", "Central European") */
	if (b >= a + 2 && word_all_caps(TW(b - 1)) && word_country(TW(b - 1)) &&
	    *word_country(TW(b - 1)) && !given_name(TW(a)) && !tok_in(text, t, a, CLS_TITLE) &&
	    !tok_in(text, t, a, CLS_PERSON) && is_cap(t, a) && !word_country(TW(a))) {
		m->kind = MEN_ORG;
		m->name = tspan(t, a, b);
		return true;
	}
	/* "the United States", "United Airlines": a body, whole (not someone
	 * named "States" with the title "United") */
	bool all_caps = true; /* (not "United Nations spokesman Farhan Haq": a role) */
	for (size_t k = a; k < b && all_caps; k++)
		all_caps = !is_word(t, k) || is_cap(t, k) || word_eq(TW(k), "of") || word_eq(TW(k), "and");
	if (word_eq(TW(a), "united") && b > a + 1 && all_caps) {
		m->kind = MEN_ORG;
		m->name = tspan(t, a, b);
		m->span = tspan(t, the && a > 0 ? a - 1 : a, b);
		return true;
	}
	/* "China said", "Russia insisted": a country's name alone speaks
	 * for its government (not "Chinese", "British"). */
	const char *land = parts == 0 && b == a + 1 ? word_country(TW(a)) : NULL;
	/* ... but "the top US diplomat": a country before a word for a person
	 * only says where they are from */
	bool modifier = land && b < t->n && is_word(t, b) && !is_cap(t, b) &&
	                (tok_in(text, t, b, CLS_PERSON) || tok_in(text, t, b, CLS_TITLE));
	if (parts == 0 && land && *land && !modifier &&
	    word_eq(text + t->v[a].start, strip_poss(TW(a)), land)) {
		m->kind = MEN_ORG;
		m->name = tspan(t, a, b);
		m->name.end = m->name.start + strip_poss(TW(a));
		return true;
	}
	/* "South Korea said", "Inner Mongolia reported": a country's name
	 * after a word of where, whole (not "Say Mexico demanded") */
	const char *land2 = parts == 0 && b == a + 2 ? word_country(TW(b - 1)) : NULL;
	if (land2 && *land2 && is_cap(t, a) && word_in(TW(a), wheres) &&
	    word_eq(text + t->v[b - 1].start, strip_poss(TW(b - 1)), land2)) {
		m->kind = MEN_ORG;
		m->name = tspan(t, a, b);
		m->name.end = t->v[b - 1].start + strip_poss(TW(b - 1));
		return true;
	}
	/* "Acme Health", "Duke Energy": a name before a field a minister's
	 * title also names is a body, whole (not "Health Secretary", whose
	 * field comes first, nor "the Russian Defense") */
	static const char *const fields[] = { "defense", "energy", "health", "security", NULL };
	bool body = parts == 0 && b >= a + 2 && b <= a + 4 && word_in(TW(b - 1), fields) &&
	            !tok_in(text, t, a, CLS_TITLE) && !tok_in(text, t, a, CLS_PERSON) && !word_country(TW(a));
	for (size_t k = a; body && k < b; k++) /* (not a headline's "Stealth Over Health") */
		body = is_cap(t, k) && !tok_in(text, t, k, CLS_CAP_STOP);
	if (body) {
		m->kind = MEN_ORG;
		m->name = tspan(t, a, b);
		return true;
	}
	if (parts == 0) {
		m->kind = MEN_NOMINAL;
		m->name = (Span){ 0, 0 };
		m->role = tspan(t, a, b);
		return true;
	}
	/* "Tova Noel and Michael Thomas signed", "Smith and Jones said": two
	 * people, neither of whom says it alone - the phrase names no one */
	/* (nor do "French President Emmanuel Macron and German Chancellor
	 * Olaf Scholz": a full name before "and" and the titles of the next) */
	bool pair = false;
	for (size_t k = a + 2; !the && k + 1 < s && !pair; k++)
		pair = word_eq(TW(k), "and") && name_part_at(text, t, k - 1, &pm) &&
		       name_part_at(text, t, k - 2, &pm);
	if (pair || (!the && s > a + 1 && word_eq(TW(s - 1), "and") && name_part_at(text, t, s - 2, &pm))) {
		m->kind = MEN_NOMINAL;
		m->name = (Span){ 0, 0 };
		m->role = tspan(t, a, b);
		return true;
	}
	m->kind = MEN_NAME;
	m->name = tspan(t, s, s + parts);
	size_t r = lower_role_start(text, t, from, a);
	if (s > r)
		m->role = tspan(t, r, s);
	return true;
}

/* Words for one who speaks for a body: "a State Department spokesman"
 * speaks for the State Department, which is the speaker. */
static const char *const spokes[] = {
	"spokesman", "spokesmen", "spokespeople", "spokesperson", "spokeswoman", "spokeswomen",
	NULL,
};

/* Those who speak for the body named before them: "Goldman Sachs
 * economists", "Barclays analysts". */
static const char *const firm_staff[] = {
	"analyst", "analysts", "economist", "economists", "researchers", "strategist",
	"strategists", NULL,
};

/* Tokens [C0, C1) name a country ("Israeli", "Chinese") and [C1, H) are
 * words of one of its institutions in lower case ("military", "foreign
 * ministry"). */
static bool state_body(const char *text, const Toks *t, size_t c0, size_t c1, size_t h)
{
	static const char *const parts[] = {
		"army", "defence", "defense", "embassy", "foreign", "government", "health", "interior",
		"military", "ministry", "navy", "police", NULL,
	};
	for (size_t k = c0; k < c1; k++)
		if (!tok_country(text, t, k))
			return false;
	for (size_t k = c1; k < h; k++)
		if (!is_word(t, k) || is_cap(t, k) || !word_in(TW(k), parts))
			return false;
	return true;
}

/* Nominal M ("a Downing Street spokesperson") speaks for BODY. */
static void speaks_for(Mention *m, const Mention *body)
{
	m->kind = body->kind == MEN_NAME ? MEN_NAME : MEN_ORG;
	m->name = body->name;
	m->role = (Span){ 0, 0 };
}

static size_t run_end(const char *text, const Toks *t, size_t i, size_t hi);

/* "a spokesman for the State Department": the body named after the
 * nominal M whose head is token H, before token HI; M then speaks for it
 * and runs to its end. */
static void spokes_for(const char *text, const Toks *t, size_t h, size_t hi, Mention *m)
{
	/* "Analysts at Goldman Sachs wrote", "Officials at Homeland Security
	 * Investigations said": the body they work at speaks (not "Farmers in
	 * Iowa") */
	static const char *const experts[] = {
		"analyst", "analysts", "economist", "economists", "executives", "officials",
		"researchers", "scientists", "strategist", "strategists", NULL,
	};
	size_t b = h + 2;
	if (m->kind != MEN_NOMINAL || b >= hi || !is_word(t, h + 1))
		return;
	bool at = word_in(TW(h), experts) && word_eq(TW(h + 1), "at");
	/* "A statement from the White House said", "a report released Friday
	 * by the Labor Department", "Data from the Labor Department showed":
	 * its author speaks */
	static const char *const papers[] = {
		"analysis", "data", "estimates", "figures", "letter", "memo", "report", "statement",
		"statements", "study", "survey", NULL,
	};
	static const char *const issued[] = { "compiled", "issued", "published", "released", NULL };
	bool from = false;
	if (word_in(TW(h), papers)) {
		size_t k = h + 1;
		if (k < hi && is_word(t, k) && word_in(TW(k), issued))
			for (k++; k < hi && k < h + 4 && is_word(t, k) && !word_eq(TW(k), "by") &&
			          !word_eq(TW(k), "from");)
				k++;
		from = k < hi && is_word(t, k) && (word_eq(TW(k), "from") || word_eq(TW(k), "by"));
		b = k + 1;
	}
	if (!at && !from && !(word_in(TW(h), spokes) && word_eq(TW(h + 1), "for")))
		return;
	if (is_word(t, b) && word_eq(TW(b), "the"))
		b++;
	size_t e = b < hi && is_cap(t, b) ? run_end(text, t, b, hi) : b;
	Mention body = { 0 };
	bool named = e > b && classify_run(text, t, b, e, &body);
	if (named && at && body.kind == MEN_NAME) {
		/* (analysts work at a firm, whatever its name looks like) */
		body.kind = MEN_ORG;
		body.name = tspan(t, b, e);
	}
	/* ("a spokesman for National Rail": a title word opening a name no
	 * given name opens is the body's, not a person's "Rail") */
	bool person_title = false; /* ("for Gov. Newsom", "for Mayor Adams": a person's) */
	for (size_t k = b; k < e && t->v[k].end <= body.name.start; k++)
		person_title |= is_word(t, k) &&
		                (tok_in(text, t, k, CLS_PERSON) || word_is_honorific(TW(k)) ||
		                 text[t->v[k].end - 1] == '.' || punct_is(text, t, k, "."));
	if (named && body.kind == MEN_NAME && body.name.start > t->v[b].start && !person_title &&
	    body.name.end > body.name.start &&
	    !memchr(text + body.name.start, ' ', body.name.end - body.name.start) &&
	    !given_name(text + body.name.start, body.name.end - body.name.start)) {
		body.kind = MEN_ORG;
		body.name = tspan(t, b, e);
		body.role = (Span){ 0, 0 };
	}
	if (named && (body.kind == MEN_ORG ||
	              (body.kind == MEN_NAME && body.name.end > body.name.start))) {
		/* a body, or a person: "a spokesperson for Acme Water" */
		speaks_for(m, &body);
		m->span.end = t->v[e - 1].end;
	}
}

/* "43-year-old", "the 43-year-old said": an age that stands for a person. */
bool word_is_age(const char *w, size_t n)
{
	return n > 9 && (unsigned)(w[0] - '0') < 10u && !memcmp(w + n - 9, "-year-old", 9);
}

/* "A source close to the minister", "an aide to the president", "a
 * friend of the victim": someone known by whom they are to the person the
 * phrase at token A (head H) names, not that person; where that phrase
 * starts, A when it is none.  (Not "a spokesman for the ministry", who
 * speaks for a body: spokes_for().) */
static size_t known_by(const char *text, const Toks *t, size_t lo, size_t a, size_t h)
{
	if (a < lo + 3 || !is_word(t, a - 1) || !is_word(t, a - 2) ||
	    !(word_eq(TW(a - 1), "to") || word_eq(TW(a - 1), "of") || word_eq(TW(a - 1), "for")) ||
	    tok_in(text, t, h, CLS_ORG | CLS_BODY_HEAD) || !tok_in(text, t, h, CLS_PERSON))
		return a;
	size_t n = a - 2; /* the noun of the one known so */
	if (word_eq(TW(n), "close") && n > lo && is_word(t, n - 1))
		n--;
	if (!tok_in(text, t, n, CLS_PERSON) || word_in(TW(n), spokes))
		return a;
	for (size_t k = n; k > lo && n - k < 3 && is_word(t, k - 1); k--)
		if (opens_phrase(TW(k - 1)))
			return k - 1;
	return a;
}

/* A lower-case noun phrase ending at token E-1 whose head names a speaker:
 * walks back to its determiner. */
static bool nominal_before(const char *text, const Toks *t, size_t lo, size_t e, Mention *m)
{
	size_t h = e - 1;
	if (!tok_in(text, t, h, CLS_PERSON) && !tok_country(text, t, h) && !word_is_age(TW(h)))
		return false;
	size_t a = h;
	for (size_t k = 0; k < 5 && a > lo && is_word(t, a - 1); k++) {
		a--;
		if (opens_phrase(TW(a)) || is_poss(TW(a)))
			break;
	}
	if (!(opens_phrase(TW(a)) || is_poss(TW(a))))
		a = h; /* bare plural: "officials said" */
	else if (a > lo && is_poss(TW(a)) && is_word(t, a - 1) && is_cap(t, a - 1) &&
	         word_in(TW(a - 1), wheres) && tok_country(text, t, a))
		a--; /* "South Korea's military" */
	a = known_by(text, t, lo, a, h);
	/* "Jones' spokesman": a name in s and its lone apostrophe own the
	 * noun right after them */
	if (a == h && h > lo + 1 && !is_word(t, h - 1) && t->v[h - 1].start == t->v[h - 2].end &&
	    is_word(t, h - 2) && is_cap(t, h - 2) && (text[t->v[h - 2].end - 1] | 32) == 's' &&
	    (punct_is(text, t, h - 1, "'") || punct_is(text, t, h - 1, "\xE2\x80\x99")))
		a = h - 2;
	m->kind = MEN_NOMINAL;
	m->span = tspan(t, a, e);
	m->role = m->span;
	m->name = (Span){ 0, 0 };
	/* "the Trump campaign", "Netanyahu's Likud party": a body named by the
	 * capitalised words before its head. */
	size_t c0 = a, c1;
	/* "The company" opening a sentence names no body */
	while (c0 < h && !(is_cap(t, c0) && !is_poss(TW(c0)) && !opens_phrase(TW(c0))))
		c0++;
	for (c1 = c0; c1 < h && is_cap(t, c1) && !is_poss(TW(c1));)
		c1++;
	/* (not "the Swedish company", "the Facebook-owned company": where it
	 * is from or whose is no name, but for a state's own bodies, "the
	 * Afghan government") */
	static const char *const national[] = {
		"administration", "department", "government", "ministry", "police", NULL,
	};
	bool named = word_in(TW(h), national);
	for (size_t k = c0; k < h; k++)
		named |= !tok_country(text, t, k) && !modifier_word(TW(k));
	if (c0 < h && c1 == h && named && tok_in(text, t, h, CLS_BODY_HEAD)) {
		m->kind = MEN_ORG;
		/* (the party's or the union's name is its name: "the Likud party"
		 * is Likud, "the United Auto Workers union" the UAW) */
		m->name = tspan(t, c0, word_eq(TW(h), "party") || word_eq(TW(h), "union") ? h : e);
		m->role = (Span){ 0, 0 };
	} else if (c0 < c1 && c1 < h && c1 + 3 > h && word_in(TW(h), spokes) && state_body(text, t, c0, c1, h)) {
		/* "An Israeli military spokesperson", "a Chinese foreign ministry
		 * spokesman": the country's institution speaks */
		m->kind = MEN_ORG;
		m->name = tspan(t, c0, h);
		m->role = (Span){ 0, 0 };
	} else if (c0 < h && c1 == h && word_in(TW(h), spokes)) {
		Mention body = { 0 };
		/* (one capitalised word before the noun, no owner's "'s": whom
		 * it speaks for, "a Boeing spokesperson", "a Trump spokesman") */
		if (classify_run(text, t, c0, h, &body) &&
		    (body.kind == MEN_ORG ||
		     (body.kind == MEN_NAME && h == c0 + 1 && body.name.end > body.name.start &&
		      !memchr(text + body.name.start, ' ', body.name.end - body.name.start))))
			speaks_for(m, &body);
	} else if (c0 < h && c1 == h && word_in(TW(h), firm_staff)) {
		/* "Goldman Sachs economists wrote": the body they work at */
		Mention body = { 0 };
		if (classify_run(text, t, c0, h, &body) &&
		    (body.kind == MEN_ORG ||
		     (body.kind == MEN_NAME && body.name.end > body.name.start))) {
			body.kind = MEN_ORG; /* (whatever its name looks like: "Goldman Sachs") */
			speaks_for(m, &body);
		}
	}
	return true;
}

/* True when the comma at token I lists the fields of a body: "the
 * Ministry of Trade, Industry and Energy", "the Council on Energy,
 * Environment and Water", an institution word and "of", "on" or "for"
 * before it, one capitalised word each up to "and" and the last after it. */
static bool name_list_comma(const char *text, const Toks *t, size_t i)
{
	if (i < 3 || i + 3 >= t->n || !punct_is(text, t, i, ",") || !is_cap(t, i - 1))
		return false;
	size_t k = i + 1;
	while (k + 2 < t->n && k < i + 8 && is_word(t, k) && is_cap(t, k) &&
	       punct_is(text, t, k + 1, ","))
		k += 2;
	if (!(k + 2 < t->n && is_word(t, k) && is_cap(t, k) && is_word(t, k + 1) &&
	      word_eq(TW(k + 1), "and") && is_word(t, k + 2) && is_cap(t, k + 2)))
		return false;
	size_t of = i - 1;
	while (of > 1 && i - of < 4 && is_word(t, of) && is_cap(t, of))
		of--;
	return is_word(t, of) && (word_eq(TW(of), "of") || word_eq(TW(of), "on") ||
	                          word_eq(TW(of), "for")) &&
	       is_word(t, of - 1) && tok_in(text, t, of - 1, CLS_ORG);
}

/* Token K is "a" or "an" after "for", a body's name going on: "Committee
 * for a Responsible Federal Budget". */
static bool for_a(const char *text, const Toks *t, size_t k)
{
	return k > 0 && is_word(t, k) && is_word(t, k - 1) && word_eq(TW(k - 1), "for") &&
	       (word_eq(TW(k), "a") || word_eq(TW(k), "an"));
}

/* End of the run of capitalised words (and joiners: "Representative to the
 * United Nations") that starts at token I. */
static size_t run_end(const char *text, const Toks *t, size_t i, size_t hi)
{
	size_t e = i;
	while (e < hi && is_word(t, e)) {
		if (is_cap(t, e)) {
			e++;
			/* ("Barlow & Finch") */
			if (e + 1 < hi && punct_is(text, t, e, "&") && is_word(t, e + 1) && is_cap(t, e + 1))
				e++;
			continue;
		}
		size_t k = e;
		while (k < hi && k < e + 2 && is_word(t, k) &&
		       (tok_in(text, t, k, CLS_CONNECTOR) || (k == e + 1 && for_a(text, t, k))))
			k++;
		/* not "Amnesty International on Tuesday" */
		if (k > e && k < hi && is_word(t, k) && is_cap(t, k) && !tok_in(text, t, k, CLS_CAP_STOP)) {
			e = k;
			continue;
		}
		break;
	}
	while (e + 1 < hi && name_list_comma(text, t, e))
		e = run_end(text, t, e + 1, hi);
	if (e > i + 2 && post_nominal(text, t, e - 1))
		e--;
	return e;
}

/* Start of the run of capitalised words (and joiners) ending at token E-1. */
static size_t run_start(const char *text, const Toks *t, size_t lo, size_t e)
{
	size_t a = e - 1;
	while (a > lo) {
		if (is_word(t, a - 1) && is_cap(t, a - 1)) {
			a--;
			continue;
		}
		/* ("The National Farmers' Federation", "the Renters' Union": a
		 * plural's mark inside the name of a body) */
		if (a > lo + 1 && plural_poss_mark(text, t, a - 1) && is_cap(t, a - 2) &&
		    tok_in(text, t, e - 1, CLS_ORG)) {
			a -= 2;
			continue;
		}
		/* a > lo + N, not a - N > lo: unsigned, a - 2 wraps when a < 2. */
		/* ("Marks & Spencer", "Coastal Power & Light") */
		if (a > lo + 1 && ((is_word(t, a - 1) && tok_in(text, t, a - 1, CLS_CONNECTOR)) ||
		                   punct_is(text, t, a - 1, "&")) &&
		    is_cap(t, a - 2)) {
			a -= 2;
			continue;
		}
		if (a > lo + 2 && is_word(t, a - 1) &&
		    (tok_in(text, t, a - 1, CLS_CONNECTOR) || for_a(text, t, a - 1)) &&
		    is_word(t, a - 2) && tok_in(text, t, a - 2, CLS_CONNECTOR) && is_cap(t, a - 3)) {
			a -= 3;
			continue;
		}
		if (a > lo + 1 && name_list_comma(text, t, a - 1)) {
			a -= 2;
			continue;
		}
		if (is_word(t, a - 1) && word_eq(TW(a - 1), "the"))
			a--;
		break;
	}
	return a;
}

static bool before_from(const char *text, const Toks *t, size_t lo, size_t cue, size_t skipped,
                        Mention *m);

/* "Kim Soo-jin, a research analyst at the Asan Institute think tank told
 * reporters": an appositive after the full name that opens the clause,
 * whose closing comma the writer left out.  The name speaks, not M, found
 * inside the role; unless a comma after the cue makes the cue itself a
 * parenthetical ("Trump, an aide said Tuesday, will ...").  LO opens the
 * clause. */
static void open_appositive(const char *text, const Toks *t, size_t lo, size_t cue, Mention *m)
{
	size_t c = lo;
	while (c < cue && is_word(t, c) && is_cap(t, c))
		c++;
	if (c == lo || c + 2 >= cue || !punct_is(text, t, c, ",") || m->span.start <= t->v[c].end ||
	    !(word_eq(TW(c + 1), "a") || word_eq(TW(c + 1), "an")))
		return;
	for (size_t k = c + 1; k < cue; k++)
		if ((t->v[k].flags & (TOK_PUNCT | TOK_QUOTE)) && !punct_is(text, t, k, ".") &&
		    !punct_is(text, t, k, "-") && !name_list_comma(text, t, k))
			return;
	size_t after = cue + 1 < t->n && is_word(t, cue + 1) ? cue + 2 : cue + 1;
	if (after < t->n && punct_is(text, t, after, ","))
		return;
	Mention named = { 0 };
	if (!classify_run(text, t, lo, c, &named) || named.kind != MEN_NAME ||
	    !memchr(text + named.name.start, ' ', named.name.end - named.name.start))
		return;
	named.role = tspan(t, c + 1, cue);
	*m = named;
}

/* "The company that runs the AMAs, Dick Clark Productions, denies": the
 * name [A, NB) before the comma ends a relative clause of a noun phrase,
 * and the appositive [K, I) names what that phrase is.  True, with M set to
 * the body or full name of the appositive, when so. */
static bool relative_head(const char *text, const Toks *t, size_t lo, size_t a, size_t nb, size_t k,
                          size_t i, Mention *m)
{
	size_t r = a;
	while (r > lo && a - r < 8 && !(t->v[r - 1].flags & (TOK_PUNCT | TOK_QUOTE)) &&
	       !word_eq(TW(r - 1), "that") && !word_eq(TW(r - 1), "which") && !word_eq(TW(r - 1), "who"))
		r--;
	if (r == a || r <= lo + 1 || (t->v[r - 1].flags & (TOK_PUNCT | TOK_QUOTE)) || is_cap(t, r - 2) ||
	    !is_word(t, r - 2))
		return false; /* (the pronoun after a lower-case noun: "company that") */
	Mention named = { 0 };
	if (!is_cap(t, k) || !classify_run(text, t, k, i, &named) ||
	    named.name.end <= named.name.start ||
	    !(named.kind == MEN_ORG ||
	      (named.kind == MEN_NAME &&
	       memchr(text + named.name.start, ' ', named.name.end - named.name.start))))
		return false;
	size_t h = r - 1; /* the noun phrase the clause is of, as its role */
	while (h > lo && is_word(t, h - 1))
		h--;
	named.role = tspan(t, h, nb);
	*m = named;
	return true;
}

/* Token K is a word of five bytes or more ending in "ed": a verb in the
 * past or its participle ("praised", "embattled"). */
static bool tok_ed(const char *text, const Toks *t, size_t k)
{
	return t->v[k].end - t->v[k].start > 4 && !memcmp(text + t->v[k].end - 2, "ed", 2);
}

/* "Experts not involved in the research said": a noun for people, then
 * a participle phrase that says which ones, right before the cue: the
 * noun phrase is the subject, nobody named.  True with M set so. */
static bool participle_subject(const char *text, const Toks *t, size_t lo, size_t cue, Mention *m)
{
	static const char *const preps[] = { "at", "by", "for", "from", "in", "on", "to", "with", NULL };
	for (size_t p = cue; p-- > lo + 1 && cue - p <= 8;) {
		if (!is_word(t, p) || is_cap(t, p) || !word_in(TW(p), preps))
			continue;
		size_t v = p - 1; /* the participle: "involved", "familiar" is no -ed */
		if (!is_word(t, v) || is_cap(t, v) || !tok_ed(text, t, v))
			return false;
		size_t h = v > lo && is_word(t, v - 1) && word_eq(TW(v - 1), "not") ? v - 1 : v;
		if (h == lo || !is_word(t, h - 1) || !tok_in(text, t, h - 1, CLS_PERSON))
			return false;
		for (size_t k = p + 1; k < cue; k++)
			if (!is_word(t, k) || tok_in(text, t, k, CLS_AUX) || tok_pronoun(text, t, k))
				return false; /* (the phrase of the preposition holds no verb) */
		if (!nominal_before(text, t, lo, h, m))
			return false;
		m->span.end = t->v[cue - 1].end;
		return true;
	}
	return false;
}

bool mention_before(const char *text, const Toks *t, size_t lo, size_t cue, Mention *m)
{
	if (participle_subject(text, t, lo, cue, m))
		return true;
	if (before_from(text, t, lo, cue, 0, m)) {
		if (m->kind != MEN_PRONOUN)
			open_appositive(text, t, lo, cue, m);
		/* "Residents of Lyon said", "The Jewish community of Marseille
		 * said": a place after "of" or "in" and a noun for people, read as
		 * a role, is where they are; the noun phrase is the source */
		if (m->kind == MEN_NAME && m->role.end > m->role.start + 4 &&
		    m->role.end <= m->name.start) {
			Span r = m->role;
			size_t re = r.end;
			while (re > r.start && text[re - 1] == ' ')
				re--;
			size_t pw = re; /* the last word of the role: "of", "in" */
			while (pw > r.start && text[pw - 1] != ' ')
				pw--;
			size_t hw = pw > r.start ? pw - 1 : pw, hs = hw; /* the noun before it */
			while (hs > r.start && text[hs - 1] != ' ')
				hs--;
			if ((word_eq(text + pw, re - pw, "of") || word_eq(text + pw, re - pw, "in")) &&
			    hw > hs + 2 && text[hw - 1] == 's' && word_is_person_noun(text + hs, hw - hs)) {
				m->kind = MEN_NOMINAL;
				m->role = m->span;
				m->name = (Span){ 0, 0 };
			}
		}
		/* (or written apart: "The Jewish community | of Marseille") */
		static const char *const groups[] = { "community", "diaspora", "family", "population", NULL };
		size_t ms = cue;
		while (ms > lo && t->v[ms - 1].end > m->span.start)
			ms--;
		Mention np = { 0 };
		if (m->kind == MEN_NAME && ms > lo + 1 && is_word(t, ms - 1) &&
		    (word_eq(TW(ms - 1), "of") || word_eq(TW(ms - 1), "in")) && is_word(t, ms - 2) &&
		    !is_cap(t, ms - 2) && word_in(TW(ms - 2), groups) &&
		    nominal_before(text, t, lo, ms - 1, &np)) {
			np.span.end = np.role.end = m->span.end;
			np.name = (Span){ 0, 0 };
			np.kind = MEN_NOMINAL;
			*m = np;
		}
		/* "Senator Lilia Treviño Arredondo of the conservative National
		 * Action Party said", "Agent Rodrigo Saldanha of the agency Ibama
		 * told": a person's full name, then "of the", a word or two in
		 * lower case and the body they are from - the person speaks */
		size_t of = ms, words = 0;
		while (of > lo && words < 2 && is_word(t, of - 1) && !is_cap(t, of - 1) &&
		       !word_eq(TW(of - 1), "of") && !tok_in(text, t, of - 1, CLS_ARTICLE)) {
			of--;
			words++;
		}
		if (of > lo && is_word(t, of - 1) && tok_in(text, t, of - 1, CLS_ARTICLE))
			of--;
		Mention who = { 0 };
		if (words && of > lo + 1 && is_word(t, of - 1) && word_eq(TW(of - 1), "of") &&
		    (m->kind == MEN_ORG || m->kind == MEN_NAME) &&
		    before_from(text, t, lo, of - 1, 0, &who) && who.kind == MEN_NAME &&
		    (who.role.end > who.role.start ||
		     memchr(text + who.name.start, ' ', who.name.end - who.name.start)) &&
		    who.span.end == t->v[of - 2].end)
			*m = who;
		return true;
	}
	/* "It added that ...", ", it said.": with no one else before the cue,
	 * "it" opening its clause right before a verb of saying may be a body
	 * (speakers.c decides); not "saying that it calls ..." */
	static const char *const body_says[] = {
		"acknowledged", "add", "added", "adds", "announced", "argued", "argues", "believes",
		"claimed", "confirmed", "denied", "estimated", "estimates", "expects", "insisted",
		"noted", "plans", "predicted", "predicts", "projected", "projects", "reported", "said",
		"says", "stated", "told", "urged", "wants", "warned", "warns", "wrote", NULL,
	};
	size_t i = cue - 1;
	if (cue > lo && is_word(t, i) && t->v[i].end - t->v[i].start == 2 && is_it(TW(i)) &&
	    cue < t->n && is_word(t, cue) && word_in(TW(cue), body_says) &&
	    (i == lo || !is_word(t, i - 1) || tok_in(text, t, i - 1, CLS_CONJUNCTION) ||
	     word_eq(TW(i - 1), "which"))) { /* ("the strikes, which it estimated would cost") */
		memset(m, 0, sizeof *m);
		m->kind = MEN_PRONOUN;
		m->span = tspan(t, i, cue);
		return true;
	}
	return false;
}

/* Tokens [K, END) set off after a name are no role: a participle and what
 * it governs ("Alvarez, asked whether fees would rise, declined", "Jones,
 * reached by phone, said", "Smith, speaking to reporters, said"), what
 * the speaker did then, not who they are (a participle before a noun is a
 * role's: "acting director", "managing editor"); or a sentence adverb
 * ("Greaves, for his part, says", "Lee, too, said", "of course"). */
static bool aside_no_role(const char *text, const Toks *t, size_t k, size_t end)
{
	if (k >= end || !is_word(t, k) || is_cap(t, k))
		return false;
	static const char *const adverbs[] = {
		"again", "also", "however", "instead", "likewise", "meanwhile", "nevertheless",
		"nonetheless", "still", "though", "too", NULL,
	};
	static const char *const adverb_pairs[] = {
		"as always", "as expected", "as usual", "at least", "at times", "by contrast",
		"for example", "for instance", "for now", "in contrast", "in fact", "in particular",
		"in response", "in turn", "of course", "so far", NULL,
	};
	if (end == k + 1 && word_in(TW(k), adverbs))
		return true;
	if (end == k + 2 && is_word(t, k + 1) &&
	    word_in(text + t->v[k].start, t->v[k + 1].end - t->v[k].start, adverb_pairs))
		return true;
	/* "for his part", "for their own part" */
	static const char *const poss_pronouns[] = {
		"her", "his", "its", "my", "our", "their", NULL,
	};
	if (word_eq(TW(k), "for") && end >= k + 3 && end <= k + 4 &&
	    word_in(TW(k + 1), poss_pronouns) && word_eq(TW(end - 1), "part"))
		return true;
	size_t n = t->v[k].end - t->v[k].start;
	const char *w = text + t->v[k].start;
	bool ed = tok_ed(text, t, k);
	bool ing = n > 5 && !memcmp(w + n - 3, "ing", 3);
	if (!ed && !ing)
		return false;
	if (k + 1 == end)
		return true;
	static const char *const asked_of[] = {
		"about", "how", "if", "what", "whether", "why", NULL,
	};
	/* ("Prelogar, defending the law for the administration, said": a
	 * participle in -ing with its object, what she was doing) */
	static const char *const objects[] = { "a", "an", "her", "his", "its", "the", "their", NULL };
	return is_word(t, k + 1) &&
	       (word_in(TW(k + 1), title_preps) || (ed && word_in(TW(k + 1), asked_of)) ||
	        (ing && !tok_in(text, t, k, CLS_TITLE) && word_in(TW(k + 1), objects)));
}

/* ROLE, NAME: the role set off by a comma before the full name M that
 * starts at token A ("Russia's ambassador to the UN, Vasily Nebenzya")
 * becomes M's role.  It must open its clause ("But the Conservative MP for
 * Ashford, Damian Holt, warned") and start like a noun phrase, with an
 * article, a possessive or a title: "In the end, Ann Ruiz" gives her no
 * role.  A surname alone is too weak a sign: "The tuft cell, Herbert said,
 * is ..." is a parenthetical. */
static void role_before(const char *text, const Toks *t, size_t lo, size_t a, Mention *m)
{
	/* (over an honorific: "The district's superintendent, Dr. Michael
	 * Osei," - whose name written anywhere gives "Dr.") */
	if (m->kind != MEN_NAME ||
	    (m->role.end && !word_in(text + m->role.start, m->role.end - m->role.start, honorifics)) ||
	    a <= lo + 1 || !punct_is(text, t, a - 1, ",") ||
	    !memchr(text + m->name.start, ' ', m->name.end - m->name.start))
		return;
	size_t r = a - 1;
	while (r > lo && is_word(t, r - 1) && a - r < 10)
		r--;
	/* "Its chief executive, Marcus Bell": a determiner that owns */
	size_t r0 = r;
	while (r0 < a - 1 && !is_poss(TW(r0)) && !tok_in(text, t, r0, CLS_TITLE) &&
	       !tok_in(text, t, r0, CLS_ARTICLE) && !word_in(TW(r0), owners))
		r0++;
	/* "a figure the city's own comptroller, Ray Dunn, has called": an
	 * article right after a noun opens the role (what came before is the
	 * writer's, with the relative clause the name sits in) */
	static const char *const preps[] = {
		"about", "against", "among", "and", "at", "by", "for", "from", "in", "into", "of",
		"on", "or", "over", "to", "with", NULL,
	};
	bool relative = false;
	for (size_t x = r0 + 1; x + 1 < a - 1; x++) {
		/* (not "The company that runs the AMAs": a written relative
		 * keeps the phrase whole) */
		if (word_eq(TW(x), "that") || word_eq(TW(x), "who") || word_eq(TW(x), "which"))
			break;
		if (tok_in(text, t, x, CLS_ARTICLE) && is_word(t, x - 1) &&
		    !tok_in(text, t, x - 1, CLS_ARTICLE) && !word_in(TW(x - 1), preps)) {
			r0 = x;
			relative = true;
		}
	}
	/* "Her death was confirmed by her daughter, Ellen Liu-Park": a verb
	 * in it makes it a clause, whose last words after "by" are the role */
	static const char *const verbs[] = { "are", "been", "had", "has", "have", "is", "was",
		                             "were", NULL };
	for (size_t x = r0; x + 1 < a - 1; x++)
		if (word_in(TW(x), verbs)) {
			size_t y = a - 1;
			while (y > x + 1 && !word_eq(TW(y - 1), "by"))
				y--;
			if (y == x + 1)
				return;
			r0 = y;
			relative = true;
			break;
		}
	/* only a conjunction may come before it: "In the end, Ann Ruiz" */
	bool clause = relative || (r0 == r ? r == lo || !is_word(t, r - 1)
	                                   : tok_in(text, t, r0 - 1, CLS_CONJUNCTION));
	/* (the determiner itself names no one: "chief executive") */
	if (r0 < a - 1 && clause)
		m->role = tspan(t, r0 + (word_in(TW(r0), owners) && r0 + 1 < a - 1), a - 1);
}

/* "Lucas Paganini and his team wrote": the nominal M, a group of the
 * person named before it, speaks as that person (not "Ann Lee and her
 * husband", two people). */
static void group_lead(const char *text, const Toks *t, size_t lo, Mention *m)
{
	static const char *const groups[] = {
		"co-authors", "coauthors", "collaborators", "colleagues", "crew", "group", "lab",
		"researchers", "staff", "students", "team", "teammates", NULL,
	};
	static const char *const owners3[] = { "her", "his", "their", NULL };
	size_t a = toks_at(t, lo, t->n, m->span.start), h = toks_at(t, lo, t->n, m->span.end) - 1;
	if (a > lo && is_word(t, a - 1) && word_in(TW(a - 1), owners3))
		a--; /* (the nominal leaves out "his") */
	if (a < lo + 2 || h >= t->n || !word_in(TW(a), owners3) || !word_in(TW(h), groups) ||
	    !word_eq(TW(a - 1), "and") || !is_cap(t, a - 2))
		return;
	Mention n = { 0 };
	if (classify_run(text, t, run_start(text, t, lo, a - 1), a - 1, &n) && n.kind == MEN_NAME)
		*m = n;
}

/* A title or a noun for a person, maybe after a prefix: "co-author",
 * "vice-chairman"; or one of those in -ist and -ian that name what people
 * do ("planetary geologist Rosaly Lopes", "the technician"). */
static bool role_noun(const char *text, const Toks *t, size_t k)
{
	if (tok_in(text, t, k, CLS_TITLE) || tok_in(text, t, k, CLS_PERSON))
		return true;
	const char *s = text + t->v[k].start, *dash = memchr(s, '-', t->v[k].end - t->v[k].start);
	size_t n = t->v[k].end - t->v[k].start;
	static const char *const not_people[] = {
		"assist", "consist", "insist", "median", "meridian", "persist", "resist", NULL,
	};
	if (n >= 6 && (!memcmp(s + n - 3, "ist", 3) || !memcmp(s + n - 3, "ian", 3)) &&
	    !word_in(s, n, not_people))
		return true;
	size_t tail = dash ? (size_t)(text + t->v[k].end - dash - 1) : 0;
	return tail && (word_in(dash + 1, tail, person_nouns) || word_in(dash + 1, tail, titles));
}

/* mention_before() having passed SKIPPED words already. */
static bool before_from(const char *text, const Toks *t, size_t lo, size_t cue, size_t skipped,
                        Mention *m)
{
	memset(m, 0, sizeof *m);
	size_t j = cue;
	while (j > lo) {
		size_t i = j - 1;
		if (punct_is(text, t, i, ")")) {
			/* "Rep. John Mica (R-Fla.) said" */
			size_t k = i;
			while (k > lo && i - k < 12 && !punct_is(text, t, k - 1, "("))
				k--;
			if (k == lo || i - k >= 12)
				return false;
			j = k - 1;
			continue;
		}
		if (t->v[i].flags & (TOK_PUNCT | TOK_QUOTE)) {
			if (!punct_is(text, t, i, ","))
				return false;
			/* ROLE, NAME (PARTY), said: "Scott's niece, state Del. Marcia
			 * Price (D-Newport News), shouted" - a full name closing the
			 * nearest segment. */
			size_t se = i;
			if (se > lo + 1 && punct_is(text, t, se - 1, ")")) {
				size_t p = se - 1;
				while (p > lo && se - p < 12 && !punct_is(text, t, p - 1, "("))
					p--;
				se = p > lo && punct_is(text, t, p - 1, "(") ? p - 1 : i;
			}
			/* the segment: capitalised words and dots, after at most
			 * a few lower-case words opening it ("state Del.") */
			size_t ss = se;
			while (ss > lo && se - ss < 12 &&
			       ((is_word(t, ss - 1) && is_cap(t, ss - 1)) || punct_is(text, t, ss - 1, ".")))
				ss--;
			/* (not past a preposition: "Neil Saunders, managing director
			 * at GlobalData Retail, said" - the capitals are where) */
			static const char *const at_words[] = {
				"at", "by", "from", "in", "per", "via", "with", NULL,
			};
			while (ss > lo && se - ss < 12 && is_word(t, ss - 1) && !is_cap(t, ss - 1) &&
			       !tok_in(text, t, ss - 1, CLS_CONNECTOR) && !word_in(TW(ss - 1), at_words))
				ss--;
			bool opens = ss == lo || punct_is(text, t, ss - 1, ",");
			/* (or a name alone the words before call one: "One
			 * protester, who gave only his first name, Karim, said";
			 * not any given name: "the brother of the heir to the
			 * throne, Charles, has told") */
			/* (but not a name inside a relative clause: "Kevin Marsh,
			 * who knows Linda Chu, said", "whose children attend
			 * Westview Elementary") */
			static const char *const relatives[] = { "that", "which", "who", "whom", "whose", NULL };
			if (opens && se > ss && is_word(t, ss) && word_in(TW(ss), relatives))
				opens = false;
			if (opens && se > ss && is_cap(t, se - 1) && classify_run(text, t, ss, se, m) &&
			    m->kind == MEN_NAME && m->name.end == t->v[se - 1].end &&
			    (memchr(text + m->name.start, ' ', m->name.end - m->name.start) ||
			     (se == ss + 1 && ss > lo + 1 &&
			      is_word(t, ss - 2) && word_eq(TW(ss - 2), "name")))) {
				role_before(text, t, lo, ss, m);
				return true;
			}
			memset(m, 0, sizeof *m);
			/* NAME, ROLE, said - or NAME, ROLE, ROLE2, said: up to five
			 * comma-separated appositives, nearest full name first. */
			size_t k = i;
			Mention single = { 0 }, body = { 0 }, nominal = { 0 };
			for (int seg = 0; seg < 5; seg++) {
				while (k > lo && k + 24 > i &&
				       (!(t->v[k - 1].flags & (TOK_PUNCT | TOK_QUOTE)) ||
				        punct_is(text, t, k - 1, "-") || punct_is(text, t, k - 1, ".") ||
				        punct_is(text, t, k - 1, "(") || punct_is(text, t, k - 1, ")") ||
				        punct_is(text, t, k - 1, "&") || /* ("Chapter & Verse") */
				        plural_poss_mark(text, t, k - 1)))
					k--;
				if (k <= lo + 1 || !punct_is(text, t, k - 1, ","))
					break;
				size_t nb = k - 1; /* the end of the name before the appositive */
				if (punct_is(text, t, nb - 1, ")")) {
					while (nb > lo + 1 && !punct_is(text, t, nb - 1, "("))
						nb--;
					nb = nb > lo + 1 ? nb - 1 : k - 1;
				}
				/* "One dealer in Ohio, who spoke on condition of
				 * anonymity, said": the place ends the noun phrase
				 * that speaks; it is not who speaks.  So does the body
				 * after a person's noun ("Sean Ross, a spokesman for
				 * Inherent Resolve, the US-led coalition, told") and a
				 * home town set off by itself ("Ann Lee, 59, of Ashton,
				 * Md., said"). */
				static const char *const where[] = { "at", "from", "in", "near", "on", NULL };
				static const char *const whose[] = { "for", "of", "to", "with", NULL };
				size_t a = nb > lo && is_cap(t, nb - 1) ? run_start(text, t, lo, nb) : nb;
				/* "According to AFP, one user on Weibo, ..., posted": the
				 * source of the sentence opens it; it is not the subject */
				if ((a > lo + 1 && word_eq(TW(a - 1), "to") &&
				     word_eq(TW(a - 2), "according")) ||
				    (a + 1 < nb && word_eq(TW(a), "according") && word_eq(TW(a + 1), "to")))
					break;
				bool placed = a < nb && a > lo + 1 && is_word(t, a - 1) &&
				              (word_in(TW(a - 1), where) ||
				               (word_in(TW(a - 1), whose) &&
				                (punct_is(text, t, a - 2, ",") || role_noun(text, t, a - 2))));
				if (placed) {
					if (!nominal.kind && nominal_before(text, t, lo, a - 1, m)) {
						m->span.end = t->v[nb - 1].end;
						spokes_for(text, t, a - 2, nb, m);
						nominal = *m;
					}
				} else if (nb > lo && is_cap(t, nb - 1) && relative_head(text, t, lo, a, nb, k, i, m)) {
					return true;
				} else if (nb > lo && is_cap(t, nb - 1)) {
					if (classify_run(text, t, a, nb, m) && m->kind == MEN_NAME) {
						/* (a source set off is no role: "Richardson,
						 * via USA Today, said") */
						bool via = is_word(t, k) &&
						           (word_eq(TW(k), "via") || word_eq(TW(k), "per"));
						if (!via && !aside_no_role(text, t, k, i))
							m->role = tspan(t, k, i);
						if (m->name.end > m->name.start &&
						    memchr(text + m->name.start, ' ', m->name.end - m->name.start)) {
							/* "The senator from Connecticut, Chris Murphy,
							 * who led ..., said": the role before the name
							 * over the relative clause after it */
							if (word_eq(TW(k), "who") || word_eq(TW(k), "whose")) {
								Span rel = m->role;
								m->role = (Span){ 0, 0 };
								role_before(text, t, lo, a, m);
								if (!m->role.end)
									m->role = rel;
							}
							return true;
						}
						if (!single.kind)
							single = *m;
					} else if (m->kind == MEN_ORG && !body.kind) {
						/* "China, Pyongyang's only ally, said":
						 * a body, unless a person comes first */
						m->role = tspan(t, k, i);
						body = *m;
					}
				} else if (nb > lo && is_word(t, nb - 1) && !nominal.kind &&
				           nominal_before(text, t, lo, nb, m)) {
					/* "Apple's chief executive, Tim Cook, called",
					 * "Nasser's daughter, Sara, said", "The developer,
					 * Harbor Point Partners, has argued": the name the
					 * appositive gives; "The governor, 61, told
					 * reporters": the noun phrase before it */
					Mention named = { 0 };
					if (is_cap(t, k) && classify_run(text, t, k, i, &named) &&
					    named.name.end > named.name.start &&
					    (named.kind == MEN_ORG ||
					     (named.kind == MEN_NAME &&
					      (named.role.end > named.role.start || i == k + 1 ||
					       memchr(text + named.name.start, ' ',
					              named.name.end - named.name.start))))) {
						named.role = m->span;
						*m = named;
						return true;
					}
					nominal = *m;
				}
				k--;
			}
			if (single.kind || body.kind || nominal.kind) {
				*m = single.kind ? single : body.kind ? body : nominal;
				return true;
			}
			return false;
		}
		if (tok_pronoun(text, t, i) && !is_it(TW(i))) {
			m->kind = MEN_PRONOUN;
			m->span = tspan(t, i, i + 1);
			return true;
		}
		if (is_cap(t, i) && !tok_in(text, t, i, CLS_CAP_STOP)) {
			size_t a = run_start(text, t, lo, j);
			/* "Trump took to Twitter to accuse", "officials in Washington
			 * said": a name after a preposition is no subject (but "the
			 * police department which reported" is) */
			static const char *const place_preps[] = {
				"at", "by", "for", "from", "in", "into", "on", "onto", "to", "via", "with", NULL,
			};
			static const char *const relatives[] = { "that", "which", "who", NULL };
			bool antecedent = j < cue && is_word(t, j) && word_in(TW(j), relatives);
			/* (over role words: "A former top aide to ex-Mayor Victor Lam
			 * testified") */
			size_t ra = a;
			while (ra > lo + 1 && a - ra < 3 && is_word(t, ra - 1) && !is_cap(t, ra - 1) &&
			       role_noun(text, t, ra - 1))
				ra--;
			if (ra < a && is_word(t, ra - 1) && word_in(TW(ra - 1), place_preps))
				a = ra;
			/* ("A close friend of Samuel Okafor said": someone known
			 * by whom they are to the name, not the name) */
			static const char *const relations[] = {
				"adviser", "advisor", "aide", "ally", "associate", "attorney", "aunt",
				"biographer", "boyfriend", "brother", "classmate", "colleague", "confidant",
				"cousin", "critic", "daughter", "father", "friend", "girlfriend", "granddaughter",
				"grandson", "husband", "lawyer", "mother", "nephew", "niece", "partner",
				"relative", "rival", "roommate", "sister", "son", "supporter", "uncle", "widow",
				"wife", NULL,
			};
			bool related = a > lo + 2 && is_word(t, a - 1) && word_eq(TW(a - 1), "of") &&
			               is_word(t, a - 2) && word_in(TW(a - 2), relations);
			/* (over a few words: "Kejriwal turned to Twitter last
			 * month to describe") */
			if (a > lo + 1 && is_word(t, a - 1) && (word_in(TW(a - 1), place_preps) || related) &&
			    !antecedent && skipped < 8) {
				if (!before_from(text, t, lo, a - 1, skipped + 1, m))
					return false;
				/* "Farmers in Iowa say": the phrase ends with the place */
				if (m->span.end == t->v[a - 2].end) {
					m->span.end = t->v[j - 1].end;
					spokes_for(text, t, a - 2, j, m);
				}
				return true;
			}
			/* "Macy's said", "McDonald's told": a name in 's right
			 * before the verb owns nothing; it is a firm's whole name */
			if (j == a + 1 && j == cue && is_poss(TW(a)) && !collective_poss(TW(a)) &&
			    !office_poss(TW(a)) && !word_country(TW(a)) && !cue_is_noun_here(text, t, cue)) {
				m->kind = MEN_ORG;
				m->span = m->name = tspan(t, a, j);
				m->role = (Span){ 0, 0 };
				return true;
			}
			if (!classify_run(text, t, lower_role_start(text, t, lo, a), j, m))
				return false;
			role_before(text, t, lo, a, m);
			return true;
		}
		if (nominal_before(text, t, lo, j, m)) {
			group_lead(text, t, lo, m);
			/* "Rahul Gandhi of the Congress party said": the party is
			 * where the named person is from, who speaks */
			size_t ms = toks_at(t, lo, t->n, m->span.start);
			Mention p = { 0 };
			if (ms > lo + 2 && is_word(t, ms - 1) && word_eq(TW(ms - 1), "of") &&
			    is_word(t, ms - 2) && is_cap(t, ms - 2) && skipped < 8 &&
			    before_from(text, t, lo, ms - 1, skipped + 1, &p) && p.kind == MEN_NAME &&
			    memchr(text + p.name.start, ' ', p.name.end - p.name.start)) {
				p.span.end = m->span.end;
				p.role2 = m->span;
				*m = p;
			}
			return true;
		}
		if (skipped >= 5)
			return false;
		/* Words that can stand between a name and its verb and are no
		 * noun: prepositions, adverbs without -ly, "himself". */
		static const Ending past_end[] = { ENDING("ed") }, ing_end[] = { ENDING("ing") };
		/* cues that open with a preposition: "said in a statement" */
		static const char *const cue_preps[] = { "according", "in", "on", "with", NULL };
		static const char *const not_nouns[] = {
			"about", "after", "ago", "all", "almost", "alone", "also", "and",
			"as", "at", "before", "both", "but", "by", "each", "ever", "for",
			"from", "herself", "himself", "however", "in", "instead", "itself",
			"meanwhile", "now", "of", "only", "or", "since", "so", "sometimes",
			"soon", "themselves", "there", "though", "today", "together",
			"tomorrow", "tonight", "too", "very", "with", "yesterday", "yet",
			/* verbs: "Trump took to Twitter", "X said in a statement" */
			"brought", "came", "gave", "got", "held", "kept", "left", "made", "met",
			"put", "ran", "said", "sat", "say", "says", "sent", "spoke", "stood",
			"tell", "tells", "told", "took", "went", "writes", "wrote", NULL,
		};
		static const char *const say_verbs[] = {
			"said", "say", "says", "told", "wrote", NULL,
		};
		/* "Tottenham said in a statement": the verb is the cue */
		if (i + 1 == cue && skipped == 0 && word_in(TW(cue), cue_preps) &&
		    word_in(TW(i), say_verbs))
			return false;
		/* "The attorney general's office said": a noun its owner's
		 * possessive opens is the subject, not a word to walk past to
		 * "The attorney".  The phrase, as written, names no one. */
		if (i + 1 == cue && skipped == 0 && i > lo && is_word(t, i - 1) && is_poss(TW(i - 1)) &&
		    !is_cap(t, i) && !word_in(TW(i), not_nouns) && !tok_in(text, t, i, CLS_AUX)) {
			size_t s = i - 1;
			/* (to its determiner or owner, not past "While", "and" or
			 * "of": "Although representatives of Epstein's family") */
			while (s > lo && i - s < 5 && is_word(t, s - 1) && !opens_phrase(TW(s)) &&
			       !word_is_owner(TW(s)) &&
			       (!tok_in(text, t, s - 1, CLS_CAP_STOP) || opens_phrase(TW(s - 1)) ||
			        word_is_owner(TW(s - 1))) &&
			       !word_eq(TW(s - 1), "of"))
				s--;
			memset(m, 0, sizeof *m);
			m->kind = MEN_NONE;
			m->span = tspan(t, s, i + 1);
			return true;
		}
		if (!tok_in(text, t, i, CLS_AUX) && (t->v[i].end - t->v[i].start < 3 ||
		                             memcmp(text + t->v[i].end - 2, "ly", 2))) {
			/* "Polling averages show", "POLITICO's Battleground States
			 * average shows": a word that is no adverb right after a
			 * capitalised run is the noun the run modifies; the run is
			 * not who speaks.  The phrase is the mention, as written,
			 * with no one named ('"We will appeal," Kemp's office
			 * said' keeps its cue). */
			if (i + 1 == cue && i > lo && is_word(t, i - 1) &&
			    is_cap(t, i - 1) && !tok_in(text, t, i - 1, CLS_CAP_STOP) &&
			    !word_in(TW(i), not_nouns) && !has_apostrophe(TW(i)) &&
			    !ends_with_any(TW(i), past_end, 1) && cue < t->n &&
			    !ends_with_any(TW(cue), ing_end, 1) &&
			    !(skipped == 0 && word_in(TW(cue), cue_preps))) {
				/* from the phrase's first word: "many European
				 * countries", not "After the Clinton camp" */
				size_t s = run_start(text, t, lo, i);
				while (s + 1 < i && tok_in(text, t, s, CLS_CAP_STOP) && !word_eq(TW(s), "the"))
					s++;
				if (s > lo && is_word(t, s - 1) && opens_phrase(TW(s - 1)))
					s--;
				memset(m, 0, sizeof *m);
				m->kind = MEN_NONE;
				m->span = tspan(t, s, i + 1);
				return true;
			}
			skipped++;
		}
		skipped++;
		j--;
	}
	return false;
}

bool mention_after(const char *text, const Toks *t, size_t i, size_t hi, Mention *m)
{
	memset(m, 0, sizeof *m);
	if (i >= hi || !is_word(t, i))
		return false;
	/* ("said her former coach, Diane Petrakis", "says his father": an
	 * owner before a noun in lower case opens a noun phrase) */
	static const char *const owners_before[] = { "her", "his", "its", "my", "our", "their", NULL };
	bool owner = i + 1 < hi && is_word(t, i + 1) && !is_cap(t, i + 1) &&
	             word_in(TW(i), owners_before) && !tok_in(text, t, i + 1, CLS_AUX);
	if (tok_pronoun(text, t, i) && !owner) {
		m->kind = MEN_PRONOUN;
		m->span = tspan(t, i, i + 1);
		return true;
	}
	size_t a = i;
	bool det = owner || tok_in(text, t, i, CLS_ARTICLE);
	if (det)
		i++;
	size_t e = run_end(text, t, i, hi);
	/* "said China's envoy Amb. Wu Haitao", "said former president Bill
	 * Clinton": role words in lower case before the name. */
	size_t w = e;
	while (w < hi && w < e + 5 &&
	       ((is_word(t, w) && !is_cap(t, w) &&
	         (role_noun(text, t, w) || tok_in(text, t, w, CLS_CONNECTOR) ||
	          isdigit((unsigned char)text[t->v[w].start]))) ||
	        punct_is(text, t, w, "/") || punct_is(text, t, w, "-") ||
	        /* "said veteran Nigerian diplomat Ade Okafor": a nationality
	         * among the role words */
	        (w > e && is_word(t, w) && is_cap(t, w) && tok_country(text, t, w) && w + 1 < hi &&
	         is_word(t, w + 1) && !is_cap(t, w + 1) && role_noun(text, t, w + 1))))
		w++;
	/* "said longtime party activist Ann Lee", "says veteran industry
	 * analyst Ken Doctor": a word or two modifying the role noun come
	 * with it, when a name follows */
	if (e == i && w < hi && is_word(t, w) && !is_cap(t, w)) {
		size_t k = w;
		while (k < hi && k < w + 3 && is_word(t, k) && !is_cap(t, k) && !role_noun(text, t, k) &&
		       !tok_in(text, t, k, CLS_AUX))
			k++;
		size_t r = k;
		while (r < hi && r < k + 3 && is_word(t, r) && !is_cap(t, r) && role_noun(text, t, r))
			r++;
		if (k > w && r > k && r < hi && is_cap(t, r) && !tok_in(text, t, r, CLS_CAP_STOP))
			w = r;
	}
	/* "according to the state-run Xinhua News Agency", "said the embattled
	 * Acme Corp.": a compound or a participle modifying the name */
	bool modified = false;
	if (det && e == i && w == e) {
		size_t k = i;
		while (k < hi && k < i + 2 && is_word(t, k) && !is_cap(t, k) &&
		       (memchr(text + t->v[k].start, '-', t->v[k].end - t->v[k].start) ||
		        tok_ed(text, t, k)))
			k++;
		if (k > i && k < hi && is_cap(t, k) && !tok_in(text, t, k, CLS_CAP_STOP)) {
			w = k;
			modified = true;
		}
	}
	if (w > e && w < hi && is_cap(t, w) && !tok_in(text, t, w, CLS_CAP_STOP))
		e = run_end(text, t, w, hi);
	if (e > i && w > e && is_poss(TW(e - 1)) && tok_in(text, t, w - 1, CLS_PERSON)) {
		/* "said Walsh's spokesman": whose, then who */
		m->kind = MEN_NOMINAL;
		m->span = m->role = tspan(t, a, w);
		e = w;
	} else if (e > i) {
		if (!classify_run(text, t, a, e, m))
			return false;
		if (modified && m->span.start > t->v[a].start)
			m->span.start = t->v[a].start; /* (as written, its modifier too) */
	} else {
		/* "said the official", "said a spokesman for the company" */
		size_t h = i;
		while (h < hi && h < i + 5 && is_word(t, h) && !tok_in(text, t, h, CLS_PERSON) &&
		       !tok_country(text, t, h) && !word_is_age(TW(h)))
			h++;
		if (h >= hi || h >= i + 5 || !is_word(t, h))
			return false;
		/* "said one Democratic source", "said another official" */
		if (!det && !is_poss(TW(a)) && h > i && !tok_in(text, t, a, CLS_QUANTIFIER))
			return false; /* "on its website": not a speaker */
		/* ("said the council president", "the police chief": the noun
		 * the first one modifies is the head) */
		while (h + 1 < hi && h < i + 4 && is_word(t, h + 1) && !is_cap(t, h + 1) &&
		       tok_in(text, t, h + 1, CLS_TITLE) && tok_in(text, t, h + 1, CLS_PERSON))
			h++;
		m->kind = MEN_NOMINAL;
		m->span = tspan(t, a, h + 1);
		m->role = m->span;
		e = h + 1;
		spokes_for(text, t, h, hi, m);
	}
	/* said ROLE, NAME. (a role naming a body or opening with a title too:
	 * "said the chief executive of Acme, Tom Reyes", "said the CEO of
	 * Acme, Tom Reyes") */
	bool role_first = m->kind == MEN_NOMINAL ||
	                  ((m->kind == MEN_ORG || m->kind == MEN_NAME) &&
	                   ((is_word(t, i) && !is_cap(t, i) && role_noun(text, t, i)) ||
	                    tok_in(text, t, i, CLS_TITLE)));
	/* (past what the noun is of: "said the owner of the bar, Tom Reyes") */
	size_t oe = e;
	if (m->kind == MEN_NOMINAL && oe < hi && is_word(t, oe) &&
	    (word_eq(TW(oe), "of") || word_eq(TW(oe), "for") || word_eq(TW(oe), "at")))
		for (oe++; oe < hi && oe < e + 6 && is_word(t, oe);)
			oe++;
	if (role_first && oe + 2 <= hi && punct_is(text, t, oe, ",") && is_cap(t, oe + 1)) {
		if (oe > e)
			m->span.end = m->role.end = t->v[oe - 1].end;
		e = oe;
		size_t e2 = run_end(text, t, e + 1, hi);
		Mention n = { 0 };
		memset(&n, 0, sizeof n);
		if ((e2 >= hi || (t->v[e2].flags & TOK_PUNCT)) && classify_run(text, t, e + 1, e2, &n) &&
		    n.kind == MEN_NAME && memchr(text + n.name.start, ' ', n.name.end - n.name.start)) {
			n.role = m->kind == MEN_NOMINAL ? m->span : tspan(t, a, e);
			n.span.start = n.role.start;
			*m = n;
			return true;
		}
	}
	/* said NAME, ROLE. (after an honorific too: "said Dr. Christopher van
	 * Dyck, director of ...", whose name written anywhere gives "Dr."; a
	 * role in capitals opens with a title: "said Priya Raman, Chief Executive
	 * Officer of Brightline") */
	/* ("said study co-author Anezina Solomonidou, a European Space
	 * Agency research fellow": both roles are hers) */
	bool before = m->role.end &&
	              !word_in(text + m->role.start, m->role.end - m->role.start, honorifics);
	if (m->kind == MEN_NAME && e + 1 < hi && punct_is(text, t, e, ",") &&
	    is_word(t, e + 1) &&
	    (!is_cap(t, e + 1) || is_poss(TW(e + 1)) || tok_in(text, t, e + 1, CLS_TITLE)) &&
	    !tok_in(text, t, e + 1, CLS_AUX)) {
		size_t r = e + 1;
		while (r < hi && r < e + 24 &&
		       (!(t->v[r].flags & (TOK_PUNCT | TOK_QUOTE)) || plural_poss_mark(text, t, r)))
			r++;
		/* cut short: not on a word that joins ("... Medicine and the") */
		static const char *const joiners[] = { "a", "an", "and", "at", "for", "of", "or", "the", NULL };
		if (r < hi && is_word(t, r))
			while (r > e + 2 && word_in(TW(r - 1), joiners))
				r--;
		/* "said Adam Schiff, 56, the top Democrat": the age and the role
		 * (add_roles leaves the age out) */
		if (r == e + 2 && isdigit((unsigned char)text[t->v[e + 1].start]) && r + 1 < hi &&
		    punct_is(text, t, r, ",") && is_word(t, r + 1) && !is_cap(t, r + 1))
			for (r += 2; r < hi && r < e + 17 && !(t->v[r].flags & (TOK_PUNCT | TOK_QUOTE));)
				r++;
		/* A second role reads as a noun phrase set off whole: not "...
		 * President Donald Tusk, summing up ...", nor "According to host
		 * Rush Limbaugh, the move reeks of "fear"" */
		size_t f = e + 1;
		/* (a role is a noun phrase: not the clause after "According
		 * to Alessandro Bruni, the team had "closed the gap"", whose
		 * auxiliary or quotation shows it is what the source said) */
		static const char *const finite[] = {
			"are", "can", "could", "did", "does", "had", "has", "have", "is", "may", "might",
			"should", "was", "were", "will", "would", NULL,
		};
		/* (a relative clause may hold one: "a quality inspector who has
		 * worked at Boeing since 2008") */
		bool verb = r < hi && (t->v[r].flags & TOK_QUOTE);
		for (size_t k = e + 1; k < r && !verb; k++) {
			if (is_word(t, k) && (word_eq(TW(k), "who") || word_eq(TW(k), "which") ||
			                      word_eq(TW(k), "that") || word_eq(TW(k), "whose")))
				break;
			verb = is_word(t, k) && word_in(TW(k), finite);
		}
		if (verb)
			return true;
		if (!before)
			m->role = tspan(t, e + 1, r);
		else if ((word_eq(TW(f), "a") || word_eq(TW(f), "an") || word_eq(TW(f), "the") ||
		          word_eq(TW(f), "of") || is_poss(TW(f)) || tok_in(text, t, f, CLS_TITLE)) &&
		         (r >= t->n || punct_is(text, t, r, ",") || punct_is(text, t, r, ".")))
			m->role2 = tspan(t, e + 1, r);
	}
	return true;
}

/* Words that open an adverbial phrase before the subject: "With Democratic
 * leaders worried, President Obama ...". */
static const char *const openers[] = {
	"after", "although", "amid", "asked", "at", "because", "before", "despite", "during",
	"following", "if", "in", "on", "pressed", "since", "though", "unlike", "when", "while",
	"with", "without", NULL,
};

/* "His former business partner at Lenox, Lawrence B. Cummings, called",
 * "The developer, Harbor Point Partners, has argued": a full name set off by
 * commas right after the mention M (ending before token E) is who it is; M
 * becomes its role. */
void mention_appositive(const char *text, const Toks *t, size_t e, size_t at, Mention *m)
{
	if (e + 2 >= at || !punct_is(text, t, e, ",") || !is_cap(t, e + 1))
		return;
	size_t e2 = run_end(text, t, e + 1, at);
	Mention n = { 0 };
	memset(&n, 0, sizeof n);
	if (e2 >= at || !punct_is(text, t, e2, ",") || !classify_run(text, t, e + 1, e2, &n) ||
	    (n.kind != MEN_NAME && n.kind != MEN_ORG) ||
	    !memchr(text + n.name.start, ' ', n.name.end - n.name.start))
		return;
	n.role = m->span;
	n.span.start = m->span.start;
	*m = n;
}

/* Token K is a quotation whose words end with a comma: 'On "Face the
 * Nation," Sen. Sanders said' closes its opening phrase inside the marks. */
static bool quote_ends_comma(const char *text, const Toks *t, size_t k)
{
	if (!(t->v[k].flags & TOK_QUOTE))
		return false;
	size_t e = t->v[k].end;
	while (e > t->v[k].start + 1 &&
	       (text[e - 1] == '"' || text[e - 1] == '\'' || (unsigned char)text[e - 1] >= 0x80))
		e--;
	return e > t->v[k].start + 1 && text[e - 1] == ',';
}

size_t main_clause(const char *text, const Toks *t, size_t lo, size_t at)
{
	/* "Hours before the game, Wild coach Bruce Boudreau ...", "Two days
	 * after the vote, ...": a time before its subordinator opens it too */
	static const char *const spans_of_time[] = {
		"day", "days", "hours", "minutes", "moments", "months", "weeks", "years", NULL,
	};
	static const char *const time_joins[] = { "after", "before", "earlier", "later", NULL };
	for (size_t j = lo; j < lo + 3 && j + 1 < at && is_word(t, j); j++)
		if (word_in(TW(j), spans_of_time)) {
			if (is_word(t, j + 1) && word_in(TW(j + 1), time_joins))
				for (size_t k = j + 2; k < at && k < lo + 30; k++)
					if (punct_is(text, t, k, ","))
						return k + 1;
			break;
		}
	/* "Chastened by the analyses, Trump revised ...": a participle and
	 * its agent open the sentence as an opener does */
	/* (after an adverb too: "Widely derided by politicians, the idea") */
	size_t p0 = lo;
	if (lo + 2 < at && is_word(t, lo) && t->v[lo].end - t->v[lo].start > 4 &&
	    !memcmp(text + t->v[lo].end - 2, "ly", 2) && is_word(t, lo + 2) && word_eq(TW(lo + 2), "by"))
		p0 = lo + 1;
	size_t ln = p0 < at ? t->v[p0].end - t->v[p0].start : 0;
	bool participle = ln > 4 && p0 + 1 < at && is_word(t, p0) &&
	                  !memcmp(text + t->v[p0].end - 2, "ed", 2) && is_word(t, p0 + 1) &&
	                  word_eq(TW(p0 + 1), "by");
	/* ("Sitting in my bedroom, ..., I couldn't help but feel": one in
	 * -ing before a preposition; "Fleming, in a statement," sets hers off) */
	participle |= ln > 5 && lo + 1 < at && is_word(t, lo) &&
	              !memcmp(text + t->v[lo].end - 3, "ing", 3) && is_word(t, lo + 1) &&
	              word_in(TW(lo + 1), title_preps);
	if (lo < at && is_word(t, lo) && (participle || word_in(TW(lo), openers)))
		for (size_t k = lo + 1; k < at && k < lo + 30; k++)
			if (punct_is(text, t, k, ",") || quote_ends_comma(text, t, k))
				return k + 1;
	/* "Frankly, I fell into ...", "Anyway, he ...": one word set off
	 * before a pronoun is a sentence adverb, not a name the pronoun is in
	 * apposition to */
	if (lo + 2 < at && is_word(t, lo) && punct_is(text, t, lo + 1, ",") && is_word(t, lo + 2) &&
	    tok_pronoun(text, t, lo + 2))
		return lo + 2;
	/* ("Later in the clip, she pans across the room and adds": a short
	 * phrase of words set off before a pronoun subject) */
	for (size_t k = lo + 2; k < at && k < lo + 7 && is_word(t, k - 1); k++)
		if (punct_is(text, t, k, ",") && k + 1 < at && is_word(t, k + 1) &&
		    tok_pronoun(text, t, k + 1) && !is_it(TW(k + 1)))
			return k + 1;
	return lo;
}

/* The first token after a dateline opening the sentence at token LO
 * ("PARIS -- ", "WASHINGTON (AP) -- "): a place in capitals, maybe an
 * agency in brackets, then a dash.  LO when there is none. */
static size_t past_dateline(const char *text, const Toks *t, size_t lo, size_t at)
{
	/* "(CNN) Donald Trump mocked ...": the agency in brackets alone */
	if (lo + 3 < at && punct_is(text, t, lo, "(") && is_cap(t, lo + 1)) {
		size_t j = lo + 1;
		while (j < at && j < lo + 4 && is_word(t, j) && is_cap(t, j))
			j++;
		if (j < at && punct_is(text, t, j, ")"))
			lo = j + 1;
	}
	size_t k = lo;
	while (k < at && k < lo + 4 && is_word(t, k) && t->v[k].end - t->v[k].start >= 2 &&
	       word_all_caps(TW(k)))
		k++;
	if (k == lo)
		return lo;
	/* "BUFFALO, N.Y. --": the state, a capitalised word with its dots */
	/* (or the date: "NEW DELHI, Feb 7 (PTI)") */
	if (k + 2 < at && punct_is(text, t, k, ",") && is_word(t, k + 1) && is_cap(t, k + 1)) {
		size_t j = k + 1;
		while (j < at && j < k + 6 &&
		       ((is_word(t, j) && (is_cap(t, j) || isdigit((unsigned char)text[t->v[j].start]))) ||
		        punct_is(text, t, j, ".")))
			j++;
		k = j;
	}
	bool agency = false;
	if (k + 2 < at && punct_is(text, t, k, "(")) {
		size_t j = k + 1;
		while (j < at && j < k + 4 && !punct_is(text, t, j, ")"))
			j++;
		agency = j < at && punct_is(text, t, j, ")");
		k = agency ? j + 1 : k;
	}
	/* "NEW DELHI, Feb 7 (PTI) Congress leader ...": the agency's
	 * brackets end the dateline where no dash follows */
	if (agency && k < at && is_word(t, k) && is_cap(t, k))
		return k;
	size_t d = k;
	while (d < at && d < k + 2 && (t->v[d].flags & TOK_PUNCT) &&
	       (text[t->v[d].start] == '-' || !memcmp(text + t->v[d].start, "\xE2\x80\x94", 3) ||
	        !memcmp(text + t->v[d].start, "\xE2\x80\x93", 3)))
		d++;
	return d > k && d < at ? d : lo;
}

/* A capitalised word within three lower-case words from token K: the
 * name a role noun comes before ("Clinton campaign manager Robby Mook"). */
static bool name_after_role(const Toks *t, size_t k, size_t at)
{
	for (size_t j = k; j < at && j < k + 3 && is_word(t, j); j++)
		if (is_cap(t, j))
			return true;
	return false;
}

bool mention_subject(const char *text, const Toks *t, size_t lo, size_t at, Mention *m)
{
	lo = main_clause(text, t, past_dateline(text, t, lo, at), at);
	for (size_t i = lo; i < at; i++) {
		if (!is_word(t, i))
			continue;
		if (tok_pronoun(text, t, i) && !is_it(TW(i))) {
			memset(m, 0, sizeof *m);
			m->kind = MEN_PRONOUN;
			m->span = tspan(t, i, i + 1);
			return true;
		}
		if (is_cap(t, i) && !tok_in(text, t, i, CLS_CAP_STOP)) {
			size_t e = run_end(text, t, i, at);
			memset(m, 0, sizeof *m);
			/* "On one Facebook page an unidentified poster wrote", "In a
			 * Tumblr post at the time she described": with no comma after
			 * an opening prepositional phrase, a name a word or more into
			 * it is its object (not "While China needs ...") */
			static const char *const preps[] = {
				"amid", "at", "despite", "during", "in", "on", "with", "without", NULL,
			};
			size_t k = lo + 1;
			while (k < i && k < lo + 4 && is_word(t, k) && !is_cap(t, k))
				k++;
			if (i > lo + 1 && k == i && word_in(TW(lo), preps)) {
				i = e;
				continue;
			}
			/* "The duo saw a bar in Las Vegas and decided": a name in a
			 * phrase after a verb is no subject, nor is one after a
			 * lower-case subject ("The duo") */
			static const char *const after_verb[] = {
				"at", "from", "in", "into", "near", "on", "to", "with", NULL,
			};
			size_t p = i > lo && word_eq(TW(i - 1), "the") ? i - 1 : i;
			if (p > lo + 2 && is_word(t, p - 1) && !is_cap(t, p - 1) && word_in(TW(p - 1), after_verb) &&
			    is_word(t, lo) && !is_cap(t, lo + 1) && is_word(t, lo + 1)) {
				i = e;
				continue;
			}
			size_t a = i > lo && word_eq(TW(i - 1), "the") ? i - 1 : i;
			/* "The top US diplomat", "the Trump campaign": the words
			 * before a noun for a speaker only modify it */
			Mention nm = { 0 };
			/* (an owner too when a name follows: "Bass's predecessor,
			 * Eric Garcetti, weighed in") */
			bool named = e + 2 < at && punct_is(text, t, e + 1, ",") && is_cap(t, e + 2);
			if (e < at && is_word(t, e) && !is_cap(t, e) && tok_in(text, t, e, CLS_PERSON) &&
			    (!is_poss(TW(e - 1)) || named) && !(e + 1 < at && is_cap(t, e + 1)) &&
			    nominal_before(text, t, lo, e + 1, &nm) &&
			    (nm.span.start < t->v[i].start ||
			     /* (and one word opening the clause before one:
			      * "Small groups of protesters", "Trump supporters") */
			     (is_poss(TW(e - 1)) && nm.span.start == t->v[i].start) ||
			     (a == lo && e == i + 1 && !is_poss(TW(i)) && !name_after_role(t, e + 1, at)))) {
				if (nm.span.start > t->v[i].start)
					nm.span.start = t->v[i].start;
				*m = nm;
				mention_appositive(text, t, e + 1, at, m);
				return true;
			}
			/* "BJP spokesperson Sambit Patra hit back": the name after
			 * the role noun opening the clause is the subject, the words
			 * before it its role */
			/* (up to three words: "Britain's finance minister Rachel
			 * Reeves ruled out ...") */
			/* (not over a verb: "Smith praised coach John Davis and
			 * said" is Smith's) */
			size_t rn = e;
			bool verb = false;
			while (rn < at && rn < e + 3 && is_word(t, rn) && !is_cap(t, rn)) {
				verb |= tok_ed(text, t, rn);
				rn++;
			}
			if (a == lo && rn > e && rn < at && !verb && role_noun(text, t, rn - 1) &&
			    is_cap(t, rn)) {
				size_t e2 = run_end(text, t, rn, at);
				Mention n = { 0 };
				if (classify_run(text, t, rn, e2, &n) && n.kind == MEN_NAME &&
				    memchr(text + n.name.start, ' ', n.name.end - n.name.start)) {
					*m = n;
					m->span.start = t->v[a].start;
					m->role = tspan(t, a, rn);
					return true;
				}
				/* "Libertarian presidential candidate Gary Johnson's
				 * doctor is calling": what the name owns is the
				 * subject, read from the name on */
				if (e2 > rn && is_poss(TW(e2 - 1))) {
					i = rn - 1;
					continue;
				}
			}
			if (classify_run(text, t, lower_role_start(text, t, lo, a), e, m)) {
				mention_appositive(text, t, e, at, m);
				role_before(text, t, lo, a, m);
				return true;
			}
			i = e;
			continue;
		}
		/* (a title before the name: "presidential nominee Hillary
		 * Clinton was ...", whose name the next turn reads) */
		if ((tok_in(text, t, i, CLS_PERSON) || word_is_age(TW(i))) &&
		    !(i + 1 < at && is_word(t, i + 1) && is_cap(t, i + 1) &&
		      !tok_in(text, t, i + 1, CLS_CAP_STOP) && tok_in(text, t, i, CLS_TITLE))) {
			/* ("The deputy ambassador, Anna Petrova, ...": the noun
			 * runs over the words for people after the first) */
			while (i + 1 < at && is_word(t, i + 1) && !is_cap(t, i + 1) &&
			       tok_in(text, t, i + 1, CLS_PERSON))
				i++;
			memset(m, 0, sizeof *m);
			if (nominal_before(text, t, lo, i + 1, m)) {
				/* "The private equity firm Alden Capital, which
				 * owns ...": the name after the noun, the noun its
				 * role */
				Mention n = { 0 };
				size_t e2 = i + 1 < at && is_cap(t, i + 1) &&
				                            !tok_in(text, t, i + 1, CLS_CAP_STOP)
				                    ? run_end(text, t, i + 1, at)
				                    : i + 1;
				if (e2 > i + 1 && classify_run(text, t, i + 1, e2, &n) &&
				    (n.kind == MEN_NAME || n.kind == MEN_ORG)) {
					n.role = (Span){ m->span.start, t->v[i].end };
					n.span.start = m->span.start;
					*m = n;
					mention_appositive(text, t, e2, at, m);
					return true;
				}
				/* ("A spokeswoman for the ministry, Dana Frey,": past
				 * what the noun is of, the name set off after it) */
				size_t pe = i + 1;
				if (pe < at && is_word(t, pe) &&
				    (word_eq(TW(pe), "for") || word_eq(TW(pe), "of") || word_eq(TW(pe), "at")))
					while (pe < at && pe < i + 8 && is_word(t, pe))
						pe++;
				mention_appositive(text, t, pe, at, m);
				return true;
			}
		}
	}
	return false;
}

/* What a word before a cue word tells of it, by one lookup: "d" a
 * determiner, "p" a preposition, "s" a form of "say"; NULL none of them. */
static const char *before_cue_kind(const char *s, size_t n)
{
	static const char *const kinds[][2] = {
		{ "a", "d" }, { "about", "p" }, { "against", "p" }, { "an", "d" }, { "any", "d" },
		{ "by", "p" }, { "each", "d" }, { "every", "d" }, { "for", "p" }, { "from", "p" },
		{ "her", "d" }, { "his", "d" }, { "in", "p" }, { "its", "d" }, { "my", "d" },
		{ "no", "d" }, { "of", "p" }, { "on", "p" }, { "our", "d" }, { "said", "s" },
		{ "say", "s" }, { "says", "s" }, { "that", "d" }, { "the", "d" }, { "their", "d" },
		{ "these", "d" }, { "this", "d" }, { "those", "d" }, { "whose", "d" }, { "with", "p" },
		{ "your", "d" }, { NULL, NULL },
	};
	return table_value(kinds, sizeof kinds / sizeof *kinds - 1, s, n, KEY_MAX);
}

/* The cue at CI ends a reduced relative clause ("the scale Moreno
 * described", "The figure Moreno cited": a determiner, a noun in lower
 * case, a name of one to three words, the cue), which opens at *START. */
bool reduced_relative(const char *text, const Toks *t, size_t lo, size_t ci, size_t *start)
{
	static const char *const dets[] = { "a", "an", "the", "these", "this", "those", NULL };
	size_t ns = ci;
	while (ns > lo && ci - ns < 3 && (t->v[ns - 1].flags & TOK_WORD) && (t->v[ns - 1].flags & TOK_CAP))
		ns--;
	if (ns == ci || ns < lo + 2 || !(t->v[ns - 1].flags & TOK_WORD) || (t->v[ns - 1].flags & TOK_CAP) ||
	    !(t->v[ns - 2].flags & TOK_WORD))
		return false;
	const char *n = text + t->v[ns - 1].start, *d = text + t->v[ns - 2].start;
	size_t nn = t->v[ns - 1].end - t->v[ns - 1].start, dn = t->v[ns - 2].end - t->v[ns - 2].start;
	/* (the noun is no verb form of saying nor a word that joins: "the
	 * group said", "and that Lee said") */
	if (!word_in(d, dn, dets) || word_is_pronoun(n, nn) || nn < 3 ||
	    !memcmp(n + nn - 2, "ed", 2) || word_eq(n, nn, "that") ||
	    isdigit((unsigned char)n[0]) || ci + 1 >= t->n || !(t->v[ci + 1].flags & TOK_WORD))
		return false;
	/* (and the sentence's own verb after the cue, where the relative
	 * clause ends: "... cited comes from", "... described is"; not "the
	 * journal JAMA Psychiatry argued that", a name set after its noun,
	 * nor "a rover NASA plans to fly", what NASA plans) */
	static const char *const verbs[] = {
		"appears", "came", "comes", "had", "has", "is", "remains", "seems", "was", "were", NULL,
	};
	const char *v = text + t->v[ci + 1].start;
	*start = ns - 2;
	return word_in(v, t->v[ci + 1].end - t->v[ci + 1].start, verbs);
}

/* "his claims", "Trump's tweets", "the report": after a determiner or a
 * possessive the cue word is a noun.  The word before the cue is looked up
 * once for the three lists it is asked about (each was a lookup). */
bool cue_is_noun_here(const char *text, const Toks *t, size_t k)
{
	const char *w = text + t->v[k - 1].start;
	size_t n = t->v[k - 1].end - t->v[k - 1].start;
	if (!(t->v[k - 1].flags & TOK_WORD))
		return false;
	const char *kind = before_cue_kind(w, n);
	char kd = kind ? kind[0] : 0;
	/* "by saying" is a verb */
	const char *cw = text + t->v[k].start;
	size_t cn = t->v[k].end - t->v[k].start;
	if (cn > 3 && !memcmp(cw + cn - 3, "ing", 3))
		return kd == 'd';
	/* ("close to her said", "a spokesman for her said": "her" is the
	 * object that ends the subject, before a verb in the past) */
	if (kd == 'd' && n == 3 && !strncasecmp(w, "her", 3) &&
	    ((cn > 3 && !memcmp(cw + cn - 2, "ed", 2)) || word_eq(cw, cn, "said") ||
	     word_eq(cw, cn, "told") || word_eq(cw, cn, "wrote")))
		return false;
	if (kd == 'p' || kd == 'd')
		return true;
	/* A past form is no noun: "the Department of Justice said", "the Bank
	 * of England warned".  (Asked only where it decides, after a form of
	 * "say" or a capitalised word: a lookup for every cue cost more than
	 * the rest.) */
	static const char *const pasts[] = {
		"felt", "found", "held", "knew", "said", "saw", "spoke", "swore", "taught", "thought",
		"told", "wrote", NULL,
	};
	bool capped = k >= 2 && (t->v[k - 2].flags & TOK_WORD) && (t->v[k - 1].flags & TOK_CAP);
	if ((capped || kd == 's') && !(cn > 3 && !memcmp(cw + cn - 2, "ed", 2)) &&
	    !word_in(cw, cn, pasts)) {
		/* "said demand for its chips remained": what a verb of saying
		 * is followed by is its clause's subject, a noun */
		if (kd == 's')
			return true;
		/* "of Democratic claims": a preposition and one modifier */
		const char *k2 = before_cue_kind(TW(k - 2));
		if (k2 && k2[0] == 'p')
			return true;
	}
	/* (but "said", "told" after a capitalised possessive are verbs of a
	 * name that ends so: "Macy's said", "McDonald's told investors") */
	return (n > 2 && (!memcmp(w + n - 2, "'s", 2) ||
	                  (n > 4 && !memcmp(w + n - 4, "\xE2\x80\x99s", 4)))) &&
	       !((t->v[k - 1].flags & TOK_CAP) && word_in(cw, cn, pasts));
}
