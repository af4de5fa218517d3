/* speakers.c - from mentions to speaker entities.
 *
 * Every run of two to four name words in the article is indexed by its last
 * word, so a surname at a cue ("Tillerson said") resolves to the fullest form
 * the article gives ("Rex Tillerson").  Titles and appositives become roles.
 * Pronouns go to the most recent speaker or sentence subject; nominal phrases
 * ("the Russian", "the top US diplomat") to the most recent speaker whose
 * country or role fits, and stay unresolved (empty speaker, low confidence)
 * when nothing fits.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "bytemask.h"
#include "dash.h"
#include "mention.h"
#include "mention_memo.h"
#include "party_tag.h"
#include "quotes_impl.h"
#include "sanitize.h"
#include "swar.h"

typedef struct {
	char *name;
	char **roles;
	size_t nroles;
	char **aliases;
	size_t naliases;
	size_t count, reported, first;
	size_t last_seen;     /* where its latest quote or report ends */
	bool is_org;
	bool is_writer;       /* the article's own writer ("I said") */
	const char *country;
	char *key;            /* lower-case last name word, or the org name */
	const char *gender_for; /* the name GENDER was worked out for, or NULL */
	size_t gender_roles;  /* ... and how many roles it had then */
	char gender;          /* see ent_gender() */
	bool gender_sure;
	size_t next;          /* next entity in the same key slot, or NONE */
} Ent;

typedef struct {
	char word[40];        /* lower case, NUL-terminated */
	bool lower;           /* the text writes it so */
} LowerSeen;

/* A name run found anywhere in the text. */
typedef struct {
	Span span;            /* the name words, titles stripped */
	Span last;            /* its last word, possessive stripped */
	bool subject;         /* starts its sentence */
	/* GENDER and GENDER_SURE are worked out when resolution first asks
	 * (run_gender()): most runs are never asked, and the search for a
	 * he/she after a name was the most of indexing it. */
	bool gender_known;
	char gender;          /* 'm', 'f' or 0 unknown: see name_gender, else the
	                       * next he/she nearby (a guess) */
	bool gender_sure;     /* from the name or its honorific, not a guess */
	uint16_t tail;        /* the run's bytes after the name (a possessive
	                       * ending, a suffix): the search starts past them.
	                       * (Two bytes, where a run's end took eight and the
	                       * table of runs grew by an eighth; a longer tail
	                       * has the gender worked out when indexed.) */
	bool single;          /* one word: a surname opening a sentence or after a
	                       * title ("Mrs. Clinton") */
	Span title;           /* the title before the name ("Governor"), or empty;
	                       * empty after a preposition, where the run may be
	                       * the end of a longer one ("Secretary of | State
	                       * Rex Tillerson") */
	size_t next;          /* next entry with the same hash slot chain, or SIZE_MAX */
} NameRun;

struct SpeakerTable {
	Ent *v;
	size_t n, cap;
	Speaker *pub;         /* the entities that speak, in published order */
	size_t npub;
	/* name index */
	NameRun *runs;
	size_t nruns, capruns;
	size_t *slots;        /* hash of last word -> first run, SIZE_MAX empty */
	size_t nslots;
	size_t *eslots;       /* hash of entity key -> first entity, NONE empty */
	size_t neslots;
	/* the bodies the text names ("the National Housing Federation"), in
	 * text order: who "the federation said" may be */
	Span *bodies;
	size_t nbodies, capbodies;
	/* words looked up by written_lower(), and what was found */
	LowerSeen *lower;
	size_t nlower, caplower;
	size_t lower_budget;  /* bytes written_lower() may still scan */
};

#define NONE ((size_t)-1)

static uint32_t hash_word(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)tolower((unsigned char)s[i]);
		h *= 16777619u;
	}
	return h;
}

/* Length of a word without a possessive ending. */
static size_t base_len(const char *s, size_t n)
{
	if (n > 2 && s[n - 2] == '\'' && s[n - 1] == 's')
		return n - 2;
	if (n > 4 && !memcmp(s + n - 4, "\xE2\x80\x99s", 4))
		return n - 4;
	/* ("Jones'", "Jones’": a name in s with the apostrophe alone) */
	if (n > 2 && s[n - 1] == '\'' && (s[n - 2] | 32) == 's')
		return n - 1;
	if (n > 4 && !memcmp(s + n - 3, "\xE2\x80\x99", 3) && (s[n - 4] | 32) == 's')
		return n - 3;
	return n;
}

/* The text of span S of an article's text T (padded, ARTICLE_PAD) as a
 * name: spaces and a comma at its ends left out, newlines inside made
 * spaces, a nickname inside left out ('Robert C. "Bobby" Scott' is Robert
 * C. Scott), written NUL-terminated to OUT (room for S's bytes and the
 * NUL). */
static void span_text(const char *t, Span s, char *out)
{
	size_t a = s.start, b = s.end;
	while (a < b && t[a] == ' ')
		a++;
	while (b > a && (t[b - 1] == ' ' || t[b - 1] == ','))
		b--;
	/* Most names are short and hold no newline and no quotation mark (a
	 * nickname's opens with one): copied whole. */
	if (b - a <= 16 &&
	    !(bytemask_any4_16(t + a, '"', '\n', (char)0xE2, '"') & ((1u << (b - a)) - 1))) {
		memcpy(out, t + a, b - a);
		out[b - a] = '\0';
		return;
	}
	size_t n = 0, nick;
	for (size_t i = a; i < b; i++) {
		if (i > a && t[i - 1] == ' ' && (nick = nickname_end(t, i, b)) != 0) {
			i = nick; /* the space after it */
			continue;
		}
		out[n++] = t[i] == '\n' ? ' ' : t[i];
	}
	out[n] = '\0';
}

/* span_text() malloc'd (the caller frees it); NULL when out of memory. */
static char *span_dup(const char *t, Span s)
{
	char *r = s.end >= s.start ? malloc(s.end - s.start + 1) : NULL;
	if (r)
		span_text(t, s, r);
	return r;
}

/* The spaces among the sixteen bytes before E, a bit a byte (bit 15 the
 * byte before E), those before LO left out.  E >= 16: the bytes read are
 * T's, whether T is the text or a name's own string. */
static inline unsigned spaces_before16(const char *t, size_t lo, size_t e)
{
	unsigned m = bytemask_eq16(t + e - 16, ' ');
	return e - lo < 16 ? m & (0xFFFFu << (16 - (e - lo))) : m;
}

/* Where the word ending at E starts: after the last space in T[LO, E), or
 * at LO.  Sixteen bytes a step back: names and titles are asked for their
 * last word again and again. */
static size_t word_start(const char *t, size_t lo, size_t e)
{
	for (; e >= 16 && e > lo; e -= 16) {
		unsigned m = spaces_before16(t, lo, e);
		if (m)
			return e + 16 - (size_t)__builtin_clz(m);
		if (e - lo <= 16)
			return lo;
	}
	while (e > lo && t[e - 1] != ' ')
		e--;
	return e;
}

/* The last word of a name span, possessive stripped: the surname, so a
 * generational suffix after it is passed over ("James P. Kennedy Jr." is
 * Kennedy). */
static Span last_word(const char *t, Span s)
{
	size_t e = s.end, b = word_start(t, s.start, e);
	size_t n = base_len(t + b, e - b);
	if (b > s.start && word_is_suffix(t + b, n)) {
		e = b - 1;
		while (e > s.start && (t[e - 1] == ' ' || t[e - 1] == ','))
			e--;
		size_t b2 = e;
		while (b2 > s.start && t[b2 - 1] != ' ')
			b2--;
		if (e > b2)
			return (Span){ b2, b2 + base_len(t + b2, e - b2) };
	}
	/* ("Ahmed Khalil al-Nouri", then "Nouri said": the Arabic article
	 * is no part of the surname one is known by) */
	if (n > 4 && (t[b] == 'a' || t[b] == 'A' || t[b] == 'e' || t[b] == 'E') && t[b + 1] == 'l' &&
	    t[b + 2] == '-' && isupper((unsigned char)t[b + 3]))
		return (Span){ b + 3, b + n };
	return (Span){ b, b + n };
}

/* The head noun of a nominal mention S: its last word, or the last before
 * the preposition that opens its modifier ("the mayor of Springfield",
 * "the dealer in Ohio", "a spokesman for the agency"). */
static Span nominal_head(const char *t, Span s)
{
	static const char *const preps[] = {
		"at", "for", "from", "in", "near", "of", "to", "with", NULL,
	};
	size_t w = s.start;
	while (w < s.end && t[w] != ' ')
		w++;
	/* (from the second word: "In-N-Out" and the like open no modifier) */
	while (w < s.end) {
		size_t b = w + 1, e = b;
		while (e < s.end && t[e] != ' ')
			e++;
		if (e > b && word_in(t + b, e - b, preps))
			return last_word(t, (Span){ s.start, w });
		w = e;
	}
	return last_word(t, s);
}

/* The end of a name span without a possessive ending: where the written
 * name stops, its suffix kept ("James P. Kennedy Jr."). */
static size_t name_end(const char *t, Span s)
{
	size_t b = s.end;
	while (b > s.start && t[b - 1] != ' ')
		b--;
	return b + base_len(t + b, s.end - b);
}

/* One more than the spaces of S: names and titles are asked for their
 * words again and again, sixteen bytes a step back from the end. */
static size_t word_count(const char *t, Span s)
{
	size_t n = 1, e = s.end;
	for (; e >= 16 && e > s.start; e -= 16) {
		for (unsigned m = spaces_before16(t, s.start, e); m; m &= m - 1)
			n++;
		if (e - s.start <= 16)
			return n;
	}
	for (size_t i = s.start; i < e; i++)
		n += t[i] == ' ';
	return n;
}

static bool add_run(SpeakerTable *st, NameRun r)
{
	if (!grow(&st->runs, &st->capruns, st->nruns, sizeof *st->runs))
		return false;
	st->runs[st->nruns++] = r;
	return true;
}

/* Places and titles of works follow prepositions; people rarely do. */
static const char *const preps[] = { /* (four letters at most: is_prep()) */
	"at", "by", "for", "from", "in", "into", "near", "of", "on", "the", "to", NULL,
};

/* True when TEXT[W) is a word of preps (most words are too long to be). */
static bool is_prep(const char *text, Span w)
{
	return w.end - w.start <= 4 && word_in(text + w.start, w.end - w.start, preps);
}

static bool is_upper_at(const char *t, size_t i, size_t end)
{
	unsigned char b = (unsigned char)t[i];
	return b < 0x80 ? (b >= 'A' && b <= 'Z') : tok_is_cap(t + i, end - i);
}

/* The first byte from I on (before END) that is a capital or a byte of a
 * UTF-8 sequence, the bytes that may open a name, or END: sixteen at a
 * time, as the scan for names reads the whole text.  T is an article's
 * text, padded (ARTICLE_PAD): the last block of a paragraph is read whole,
 * its bytes past END left out. */
static size_t next_cap(const char *t, size_t i, size_t end)
{
	for (unsigned m; i + 16 <= end; i += 16)
		if ((m = bytemask_cap16(t + i)) != 0)
			return i + (unsigned)__builtin_ctz(m);
	unsigned m = i < end ? bytemask_cap16(t + i) & ((1u << (end - i)) - 1) : 0;
	return m ? i + (unsigned)__builtin_ctz(m) : end;
}

/* Bytes that may open a name: "(", quotation marks, dashes. */
static bool opens_word(const char *t, size_t i, size_t start)
{
	if (i == start)
		return true;
	unsigned char b = (unsigned char)t[i - 1];
	return b == ' ' || b == '(' || b == '"' || b == '[' || b == '/' ||
	       (b >= 0x80 && i >= start + 3 && (unsigned char)t[i - 3] == 0xE2);
}

/* W[0, N) is "a", "an" or "the", in any case. */
static inline bool word_is_article(const char *w, size_t n)
{
	return word_eq(w, n, "the") || word_eq(w, n, "a") || word_eq(w, n, "an");
}

/* True when the run [RS, RE) of paragraph P is all a quotation holds ("a
 * show called “Ask Dr. Mike”"): a title's or a nickname's words, not
 * someone named. */
static bool quoted_whole(const char *t, Span p, size_t rs, size_t re)
{
	/* (the byte before tells most runs apart: a space) */
	unsigned char b = rs > p.start ? (unsigned char)t[rs - 1] : 0;
	if (b != '"' && (b != 0x9C || rs < p.start + 3 || memcmp(t + rs - 3, "\xE2\x80\x9C", 3)))
		return false;
	if (re < p.end && (t[re] == ',' || t[re] == '.'))
		re++;
	return (re < p.end && t[re] == '"') ||
	       (re + 3 <= p.end && !memcmp(t + re, "\xE2\x80\x9D", 3));
}

/* End of the word at I: up to a space, or punctuation not inside a word.
 * T is an article's text, padded (ARTICLE_PAD): letters and digits, most
 * bytes of a name, are passed over sixteen a step. */
static size_t word_end(const char *t, size_t i, size_t end)
{
	while (i < end) {
		unsigned k = bytemask_alnum_run16(t + i);
		i += k;
		if (k == 16)
			continue;
		if (i >= end)
			break;
		unsigned char b = (unsigned char)t[i];
		if (b < 0x80 && b != '\'' && b != '-' && b != '.')
			break; /* (a space too) */
		if (b == 0xE2 && i + 2 < end && (unsigned char)t[i + 1] == 0x80 &&
		    (unsigned char)t[i + 2] != 0x99)
			break; /* curly quotes and dashes end a word, apostrophes do not */
		i++;
	}
	return i < end ? i : end;
}

/* The word before byte I in [START, I), or an empty span. */
static Span word_before(const char *t, size_t start, size_t i)
{
	size_t e = i;
	while (e > start && t[e - 1] == ' ')
		e--;
	size_t b = e;
	while (b > start && t[b - 1] != ' ')
		b--;
	return (Span){ b, e };
}

static bool ascii_letter(char b) { return (unsigned)((b | 32) - 'a') < 26u; }

/* True when [A, B) holds an odd number of double quotation marks (straight
 * or curly): B is inside a quotation that opened after A. */
static bool marks_odd(const char *t, size_t a, size_t b)
{
	size_t n = 0;
	for (const char *q = t + a; (q = memchr(q, '"', (size_t)(t + b - q))); q++)
		n++;
	for (const char *q = t + a; (q = memchr(q, 0xE2, (size_t)(t + b - q))); q++)
		n += q + 2 < t + b && (unsigned char)q[1] == 0x80 &&
		     ((unsigned char)q[2] == 0x9C || (unsigned char)q[2] == 0x9D);
	return n & 1;
}

/* Gender of the first he/she word in the 150 bytes after I: a word is a
 * run of ASCII letters (cut at I and at the 150th byte).  Subject pronouns
 * only: "him" and "her" are often someone else ("McCaskill scolded him").
 * Both have an "he", whose 'h' is looked for sixteen bytes a step (T is an
 * article's text, padded: ARTICLE_PAD), as the scan runs for most name
 * mentions and most of its bytes are in no such word. */
static char gender_after(const char *t, size_t i, size_t end)
{
	size_t lim = i + 150 < end ? i + 150 : end;
	for (size_t k = i; k + 1 < lim; k += 16) {
		for (unsigned m = bytemask_fold_eq16(t + k, 'h'); m; m &= m - 1) {
			size_t h = k + (unsigned)__builtin_ctz(m);
			if (h + 1 >= lim)
				return 0;
			if ((t[h + 1] | 32) != 'e' || (h + 2 < lim && ascii_letter(t[h + 2])))
				continue;
			/* "he" or "she" as a word of its own, outside quotation
			 * marks: 'McDowell remembers it. "You think she has
			 * problems," he said' */
			char g = 0;
			if (h == i || !ascii_letter(t[h - 1]))
				g = 'm';
			else if ((t[h - 1] | 32) == 's' && (h - 1 == i || !ascii_letter(t[h - 2])))
				g = 'f';
			if (g && !marks_odd(t, i, h))
				return g;
		}
	}
	return 0;
}

/* Common given names whose bearers are, in news, nearly always men or
 * women; names used for both are left out.  Sorted, lower case. */
static const char *const male_names[] = {
	"aaron", "abdel", "abdul", "abdullah", "abraham", "adam", "adrian", "ahmad", "ahmed", "aidan",
	"akira", "alain", "alan", "albert", "alberto", "aldo", "alec", "alejandro", "alessandro",
	"alexander", "alexei", "alexey", "alfonso", "alfred", "alfredo", "ali", "alistair", "alonso",
	"alvaro", "amir", "amit", "anand", "anders", "andre", "andrei", "andres", "andrew", "andriy",
	"andrzej", "andrés", "andy", "angelo", "angus", "anil", "anthony", "antoine", "antonio", "aram",
	"arjun", "armando", "arnold", "arthur", "arturo", "ashok", "austin", "axel", "ayman", "barack",
	"barry", "bashar", "ben", "benedict", "benjamin", "benny", "bernard", "bernardo", "bernie",
	"bill", "bjorn", "bob", "bobby", "boris", "brad", "bradley", "brandon", "brendan", "brent",
	"brett", "brian", "bruce", "bryan", "bryce", "byron", "caleb", "calvin", "camilo", "carl",
	"carlo", "carlos", "carter", "cedric", "cesar", "chad", "charles", "chidi", "christian",
	"christopher", "chuck", "clarence", "clifford", "clint", "cody", "colin", "connor", "conor",
	"cornelius", "craig", "cristian", "curtis", "cyril", "césar", "dale", "damian", "damien", "dan",
	"daniel", "dante", "dario", "darius", "darrell", "darren", "dave", "david", "davide", "dean",
	"declan", "deepak", "demetrius", "denis", "dennis", "derek", "desmond", "devin", "diego",
	"dimitri", "dmitri", "dmitry", "dominic", "don", "donald", "donovan", "doug", "douglas", "duane",
	"duncan", "dustin", "dwayne", "dwight", "dylan", "earl", "eddie", "edgar", "eduardo", "edward",
	"edwin", "efrain", "elias", "elijah", "elliot", "elliott", "elon", "emeka", "emil", "emilio",
	"emmanuel", "emmett", "enrique", "eric", "erik", "ernest", "ernesto", "esteban", "ethan",
	"etienne", "eugene", "evan", "ezra", "fabio", "faisal", "farid", "federico", "felipe", "felix",
	"fernando", "fidel", "filip", "finn", "floyd", "francis", "francisco", "francois", "frank",
	"franklin", "françois", "fred", "frederick", "gabriel", "gareth", "garrett", "gary", "gaurav",
	"gavin", "gene", "geoffrey", "george", "gerald", "gerard", "gerardo", "gerhard", "gilbert",
	"gilberto", "giorgio", "giovanni", "giuseppe", "glen", "glenn", "gonzalo", "gordon", "graeme",
	"graham", "grant", "greg", "gregory", "gustavo", "guy", "hamid", "hamza", "hans", "harold",
	"harrison", "harry", "harvey", "hassan", "hector", "heinrich", "helmut", "hendrik", "henry",
	"herbert", "herman", "hiroshi", "homer", "horace", "howard", "hugh", "hugo", "hussein", "ian",
	"ibrahim", "ignacio", "igor", "ilya", "imran", "irving", "isaac", "ismail", "ivan", "jack",
	"jacob", "jacques", "jaime", "jake", "jamal", "james", "jared", "jarrod", "jason", "javier",
	"jayden", "jeb", "jeff", "jeffrey", "jens", "jeremy", "jerry", "jesse", "jesus", "jesús", "jim",
	"jimmy", "joao", "joaquin", "joaquín", "joe", "joel", "joey", "johan", "johann", "johannes",
	"john", "johnny", "jon", "jonah", "jonathan", "jorge", "jose", "josef", "joseph", "josh",
	"joshua", "josé", "joão", "juan", "jules", "julian", "julio", "julius", "justin", "jürgen",
	"kamal", "karim", "karl", "kazuo", "keir", "keith", "ken", "kenji", "kenneth", "kent", "kevin",
	"khaled", "khalid", "kirk", "klaus", "kurt", "kwame", "kyle", "lamar", "lance", "larry", "lars",
	"lawrence", "leo", "leon", "leonard", "leonardo", "leroy", "lewis", "lionel", "lloyd", "lorenzo",
	"louis", "luc", "luca", "lucas", "lucien", "luigi", "luis", "luiz", "luke", "lyndon", "magnus",
	"mahmoud", "malcolm", "manfred", "manuel", "marc", "marcel", "marcelo", "marco", "marcos",
	"marcus", "mariano", "mario", "marius", "mark", "marshall", "martin", "marvin", "mateo",
	"mathieu", "matt", "matteo", "matthew", "matthias", "maurice", "mauricio", "max", "maximilian",
	"maxwell", "mehmet", "micah", "michael", "miguel", "mike", "mikhail", "miles", "milton", "mitch",
	"mitchell", "mitt", "mohamed", "mohammad", "mohammed", "moses", "muhammad", "murray", "mustafa",
	"mykola", "narendra", "nasser", "nathan", "nathaniel", "neil", "nelson", "neville", "nicholas",
	"nick", "nicolas", "nicolás", "nigel", "niklas", "nikola", "nikolai", "nils", "noah", "norman",
	"olaf", "oleh", "oliver", "olivier", "omar", "oscar", "otto", "owen", "pablo", "pascal",
	"patricio", "patrick", "paul", "paulo", "pavel", "pedro", "perry", "pete", "peter", "petr",
	"petro", "phil", "philip", "pierre", "pieter", "pietro", "piotr", "prakash", "pranav", "rafael",
	"rahul", "raj", "rajesh", "ralph", "ramon", "ramón", "randall", "randolph", "randy", "rashid",
	"raul", "ray", "raymond", "raúl", "reggie", "reginald", "reid", "reince", "rené", "rex", "reza",
	"rhys", "ricardo", "richard", "rick", "ricky", "rob", "robert", "roberto", "rod", "rodney",
	"rodrigo", "rogelio", "roger", "roland", "romain", "roman", "romeo", "ron", "ronald", "ronnie",
	"rory", "ross", "roy", "ruben", "rubén", "rudolf", "rudy", "rupert", "russell", "ryan",
	"salvatore", "sami", "samir", "sammy", "samuel", "sandeep", "santiago", "saul", "scott", "sean",
	"sebastian", "sebastián", "serge", "sergei", "sergey", "sergio", "serhiy", "seth", "shane",
	"shaun", "sheldon", "simon", "stanley", "stefan", "stefano", "stephen", "steve", "steven",
	"stuart", "sunil", "sven", "takeshi", "tariq", "ted", "teo", "terrence", "thaddeus", "theodore",
	"thierry", "thomas", "tim", "timothy", "tobias", "todd", "tom", "tomas", "tommy", "tomás", "tony",
	"travis", "trevor", "troy", "tyler", "tyrone", "umar", "valentin", "vasily", "vernon", "victor",
	"vijay", "vikram", "viktor", "vincent", "vinod", "vladimir", "wade", "wallace", "walter",
	"warren", "wayne", "werner", "wesley", "wilbur", "wilfred", "willem", "william", "willie",
	"winston", "wolfgang", "xavier", "xi", "yasser", "yitzhak", "yosef", "yossi", "youssef", "yuri",
	"yusuf", "zach", "zachary", "zoltan", NULL,
};
static const char *const female_names[] = {
	"abigail", "adele", "adriana", "agnes", "agnieszka", "aiko", "aileen", "aimee", "aisha", "alana",
	"alejandra", "alessandra", "alexandra", "alexandria", "alexis", "alice", "alicia", "alina",
	"alison", "allie", "allison", "alma", "alyssa", "amanda", "amara", "amelia", "amira", "amy",
	"ana", "anastasia", "angela", "angelica", "angelina", "angie", "anita", "anjali", "ann", "anna",
	"anne", "annette", "annie", "annika", "anouk", "antonia", "ariana", "arianna", "ashley", "astrid",
	"audrey", "aurora", "ava", "ayesha", "barbara", "beatrice", "beatriz", "becky", "belinda",
	"bella", "bernadette", "beth", "bethany", "betsy", "betty", "beverly", "bianca", "blanca",
	"bonnie", "brenda", "brianna", "bridget", "brittany", "brooke", "caitlin", "camila", "candace",
	"cara", "carla", "carly", "carmela", "carmen", "carol", "carolina", "caroline", "carolyn",
	"cassandra", "catherine", "cathy", "cecilia", "celeste", "celia", "charlene", "charlotte",
	"chelsea", "cheryl", "chloe", "christa", "christina", "christine", "christy", "cindy", "claire",
	"clara", "colleen", "connie", "courtney", "cristina", "crystal", "cynthia", "daisy", "daniela",
	"danielle", "daphne", "darlene", "dawn", "debbie", "deborah", "delia", "denise", "desiree",
	"diana", "diane", "dolores", "donna", "doris", "dorothy", "edith", "eileen", "elaine", "eleanor",
	"elena", "elisa", "elisabeth", "elise", "eliza", "elizabeth", "ella", "ellen", "ellie", "eloise",
	"elsa", "emilia", "emily", "emma", "erica", "erika", "erin", "estelle", "esther", "eugenia",
	"eunice", "eva", "evelyn", "faith", "fatima", "fiona", "florence", "frances", "francesca",
	"francine", "freya", "gabriela", "gabriella", "gabrielle", "gail", "genevieve", "geraldine",
	"gertrude", "gillian", "gina", "giselle", "giulia", "gloria", "grace", "greta", "gretchen",
	"gwen", "hailey", "haley", "halyna", "hannah", "harriet", "hazel", "heather", "heidi", "helen",
	"hilda", "hillary", "holly", "ilhan", "imogen", "ines", "ingrid", "inés", "irene", "irina",
	"iris", "iryna", "isabel", "isabella", "isabelle", "ivanka", "jacqueline", "jade", "jane",
	"janet", "janice", "jasmine", "jeanette", "jeanne", "jenna", "jennifer", "jenny", "jessica",
	"jill", "joan", "joanna", "joanne", "jocelyn", "jodi", "johanna", "josefina", "josephine", "joy",
	"joyce", "juanita", "judith", "judy", "julia", "julianne", "julie", "juliet", "justine", "kamala",
	"karen", "karina", "karla", "katarina", "katarzyna", "kate", "katherine", "kathleen", "kathryn",
	"kathy", "katie", "katrina", "katy", "kayla", "kaylee", "kellyanne", "kimberly", "kirsten",
	"krista", "kristen", "kristi", "kristin", "kristina", "kylie", "lana", "latoya", "laura",
	"lauren", "laurie", "leah", "leila", "lena", "liliana", "lillian", "lily", "linda", "linnea",
	"lisa", "liz", "liza", "lois", "lola", "lorena", "loretta", "lori", "lorraine", "louise", "lucia",
	"lucy", "lucía", "luisa", "lydia", "lynn", "mabel", "mackenzie", "madeline", "madison", "mae",
	"magdalena", "maggie", "malala", "mallory", "mara", "marcela", "marcia", "margaret", "margarita",
	"margot", "maria", "mariam", "marian", "mariana", "marie", "marilyn", "marina", "marion",
	"marisa", "marisol", "marjorie", "marlene", "marsha", "marta", "martha", "mary", "maría",
	"maureen", "maxine", "maya", "megan", "melania", "melanie", "melissa", "mercedes", "meredith",
	"mia", "michelle", "mildred", "millie", "mina", "miranda", "miriam", "misty", "molly", "mona",
	"monica", "monique", "nadia", "nadine", "nancy", "naomi", "natalia", "natalie", "natasha",
	"nathalie", "nell", "nicole", "nikki", "nina", "noor", "nora", "norah", "noura", "oksana",
	"olena", "olga", "olivia", "paige", "paloma", "pamela", "patricia", "patty", "paula", "pauline",
	"pearl", "peggy", "penelope", "petra", "phyllis", "pilar", "polly", "priscilla", "priya",
	"rachel", "rania", "raquel", "rebecca", "regina", "renata", "renee", "renée", "rhonda", "rita",
	"roberta", "robyn", "rosa", "rosalind", "rose", "rosemary", "roxana", "roxanne", "ruby", "ruth",
	"sabine", "sabrina", "sadie", "sakura", "sally", "salma", "samantha", "sandra", "sandy", "sara",
	"sarah", "sarai", "savannah", "selena", "serena", "shannon", "sharon", "shauna", "sheila",
	"sheryl", "shirley", "simone", "sinead", "siobhan", "sofia", "sonia", "sonya", "sophia", "sophie",
	"stacey", "stella", "stephanie", "sue", "susan", "susana", "suzanne", "svetlana", "sylvia",
	"tamara", "tammy", "tanya", "tara", "tatiana", "teresa", "tessa", "tetiana", "thelma", "theresa",
	"tiffany", "tina", "tracy", "ulrike", "ursula", "valentina", "valentyna", "valeria", "valerie",
	"vanessa", "vera", "veronica", "vicki", "vicky", "victoria", "viola", "violet", "virginia",
	"vivian", "vivienne", "wanda", "wendy", "whitney", "yasmin", "yolanda", "yulia", "yvette",
	"yvonne", "zainab", "zara", "zoe", NULL,
};
/* S[0, N) with the accents of its Latin letters taken off, in OUT (of
 * OUTN bytes): "Héctor" is "Hector", "Iñaki" "Inaki".  The length, or 0
 * when S has none or does not fit. */
static size_t unaccent(const char *s, size_t n, char *out, size_t outn)
{
	/* the base letters of U+00C0 to U+00FF, "." where none */
	static const char base[] = "aaaaaaaceeeeiiii.nooooo.ouuuuy..aaaaaaaceeeeiiii.nooooo.ouuuuy.y";
	_Static_assert(sizeof base == 65, "a letter for each of U+00C0 to U+00FF");
	size_t k = 0;
	bool any = false;
	for (size_t i = 0; i < n; i++) {
		if (k + 1 >= outn)
			return 0;
		unsigned char b = (unsigned char)s[i];
		if (b == 0xC3 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 &&
		    (unsigned char)s[i + 1] <= 0xBF) {
			char l = base[(unsigned char)s[i + 1] - 0x80];
			if (l == '.')
				return 0;
			out[k++] = l;
			i++;
			any = true;
		} else if (b >= 0x80) {
			return 0;
		} else {
			out[k++] = (char)b;
		}
	}
	return any ? k : 0;
}

/* 'm' or 'f' for a given name of the lists, else 0 (written with its
 * accents or without them: "Héctor" is the list's "hector"). */
static char given_sex(const char *s, size_t n)
{
	char m = word_in(s, n, male_names) ? 'm' : word_in(s, n, female_names) ? 'f' : 0;
	char plain[32];
	size_t pn;
	if (!m && n < sizeof plain && memchr(s, 0xC3, n) && (pn = unaccent(s, n, plain, sizeof plain)))
		m = word_in(plain, pn, male_names) ? 'm' : word_in(plain, pn, female_names) ? 'f' : 0;
	return m;
}

bool given_name(const char *s, size_t n)
{
	return given_sex(s, n) != 0;
}

/* Short forms of given names and the full form each stands for, so "Josh
 * Apte" (his post's signature) and "Joshua Apte" (the text) are one person:
 * pairs of a short and a full form, lower case, with their lengths, which
 * turn away most pairs before their letters are compared (same_given()
 * runs through them all for each pair of names it is asked about). */
typedef struct {
	const char *s, *f;
	size_t sn, fn;
} GivenPair;
#define GIVEN(s, f) { s, f, sizeof s - 1, sizeof f - 1 }
static const GivenPair short_given[] = {
	GIVEN("alex", "alexander"), GIVEN("andy", "andrew"), GIVEN("ben", "benjamin"),
	GIVEN("betsy", "elizabeth"), GIVEN("bill", "william"), GIVEN("billy", "william"),
	GIVEN("bob", "robert"), GIVEN("bobby", "robert"), GIVEN("cathy", "catherine"),
	GIVEN("charlie", "charles"), GIVEN("chris", "christopher"), GIVEN("chuck", "charles"),
	GIVEN("dan", "daniel"), GIVEN("danny", "daniel"), GIVEN("dave", "david"),
	GIVEN("don", "donald"), GIVEN("doug", "douglas"), GIVEN("ed", "edward"),
	GIVEN("eddie", "edward"), GIVEN("fred", "frederick"), GIVEN("greg", "gregory"),
	GIVEN("jeff", "jeffrey"), GIVEN("jen", "jennifer"), GIVEN("jenny", "jennifer"),
	GIVEN("jim", "james"), GIVEN("jimmy", "james"), GIVEN("joe", "joseph"),
	GIVEN("jon", "jonathan"), GIVEN("josh", "joshua"), GIVEN("kate", "katherine"),
	GIVEN("kathy", "katherine"), GIVEN("katie", "katherine"), GIVEN("ken", "kenneth"),
	GIVEN("larry", "lawrence"), GIVEN("liz", "elizabeth"), GIVEN("matt", "matthew"),
	GIVEN("mike", "michael"), GIVEN("nick", "nicholas"), GIVEN("pat", "patrick"),
	GIVEN("peggy", "margaret"), GIVEN("phil", "philip"), GIVEN("rick", "richard"),
	GIVEN("rob", "robert"), GIVEN("ron", "ronald"), GIVEN("sam", "samuel"),
	GIVEN("steve", "stephen"), GIVEN("steve", "steven"), GIVEN("sue", "susan"),
	GIVEN("ted", "edward"), GIVEN("tim", "timothy"), GIVEN("tom", "thomas"),
	GIVEN("tommy", "thomas"), GIVEN("tony", "anthony"), GIVEN("will", "william"),
	GIVEN("zach", "zachary"),
};
#undef GIVEN

/* A[0, AN) and B[0, BN) are one given name, or a short form and its full
 * form ("Josh", "Joshua"). */
static bool same_given(const char *a, size_t an, const char *b, size_t bn)
{
	if (an == bn && !strncasecmp(a, b, an))
		return true; /* ("ELIZABETH", a transcript's, is "Elizabeth") */
	for (size_t i = 0; i < sizeof short_given / sizeof *short_given; i++) {
		const GivenPair *g = &short_given[i];
		if ((g->sn == an && g->fn == bn && word_eq(a, an, g->s) && word_eq(b, bn, g->f)) ||
		    (g->fn == an && g->sn == bn && word_eq(a, an, g->f) && word_eq(b, bn, g->s)))
			return true;
	}
	return false;
}

/* True when one of the names A[0, AN) and B[0, BN) is the other's last
 * words, two at least: "López Obrador" of "Andrés Manuel López Obrador",
 * whose given names news drops while keeping both surnames. */
static bool name_tail(const char *a, size_t an, const char *b, size_t bn)
{
	if (an < bn) {
		const char *x = a;
		size_t xn = an;
		a = b, an = bn, b = x, bn = xn;
	}
	return bn < an && a[an - bn - 1] == ' ' && memchr(b, ' ', bn) &&
	       !strncasecmp(a + an - bn, b, bn);
}

/* Honorifics and titles that say the person's sex. */
static const char *const male_titles[] = {
	"brother", "chairman", "congressman", "father", "king", "lord", "mr", "mr.", "prince",
	"sir", NULL,
};
static const char *const female_titles[] = {
	"chairwoman", "congresswoman", "dame", "lady", "madam", "miss", "mrs", "mrs.", "ms",
	"ms.", "princess", "queen", "sister", NULL,
};

/* The four lists as bits of one table (the engine's sex_class): a name
 * and the word before it were looked up in each list in turn. */
enum { SEX_MALE = 1, SEX_FEMALE = 2, SEX_MALE_TITLE = 4, SEX_FEMALE_TITLE = 8 };
static const ClassList sex_lists[] = {
	CLASS_LIST(male_names, SEX_MALE),
	CLASS_LIST(female_names, SEX_FEMALE),
	CLASS_LIST(male_titles, SEX_MALE_TITLE),
	CLASS_LIST(female_titles, SEX_FEMALE_TITLE),
};
enum { NSEX_LISTS = sizeof sex_lists / sizeof *sex_lists };

bool speaker_sex_classes(WordClass *wc)
{
	return class_lists_build(wc, sex_lists, NSEX_LISTS);
}

/* The bits of S[0, N) among sex_lists. */
static uint32_t sex_bits(const Ctx *c, const char *s, size_t n)
{
	return class_lists_of(&c->e->sex_class, sex_lists, NSEX_LISTS, s, n);
}

/* given_sex() by one lookup in the engine's table. */
static char given_sex_in(const Ctx *c, const char *s, size_t n)
{
	uint32_t b = sex_bits(c, s, n);
	return b & SEX_MALE ? 'm' : b & SEX_FEMALE ? 'f' : 0;
}

/* The sex the name NAME of text T shows by itself: a gendered title just
 * before it ("Mrs. Clinton", "Congressman Ryan"), else a common given name
 * opening it ("Hillary Clinton").  0 when it shows none. */
static char name_gender(const Ctx *c, const char *t, size_t para_start, Span name)
{
	Span before = word_before(t, para_start, name.start);
	size_t bn = before.end - before.start;
	uint32_t b = bn ? sex_bits(c, t + before.start, bn) : 0;
	if (b & SEX_MALE_TITLE)
		return 'm';
	if (b & SEX_FEMALE_TITLE)
		return 'f';
	size_t e = name.start;
	while (e < name.end && t[e] != ' ')
		e++;
	if (e == name.end) /* a surname alone names nobody's sex */
		return 0;
	return given_sex_in(c, t + name.start, e - name.start);
}

/* Works out the gender of run R in paragraph P, the run ending at RUN_END. */
static void work_out_gender(const Ctx *c, NameRun *r, Span p, size_t run_end)
{
	char g = name_gender(c, c->text, p.start, r->span);
	r->gender = g ? g : gender_after(c->text, run_end, p.end);
	r->gender_sure = g != 0;
	r->gender_known = true;
}

static bool add_named_run(const Ctx *c, SpeakerTable *st, Span p, Span name, Span title,
                          bool subj, size_t run_end, bool single)
{
	NameRun r = { .span = name, .last = last_word(c->text, name), .subject = subj,
	              .single = single, .title = title, .next = NONE };
	if (run_end >= name.end && run_end - name.end <= UINT16_MAX)
		r.tail = (uint16_t)(run_end - name.end);
	else
		work_out_gender(c, &r, p, run_end);
	return add_run(st, r);
}

/* The gender of run R of ST (see NameRun), *SURE (may be NULL) whether the
 * name says it: worked out the first time, then kept in the run (the
 * table's, not const, though ST is). */
static char run_gender(const Ctx *c, const SpeakerTable *st, const NameRun *r, bool *sure)
{
	NameRun *w = &st->runs[r - st->runs];
	if (!w->gender_known) { /* (its paragraph looked up again: see TAIL) */
		Span p = article_paragraph(c->a, article_paragraph_at(c->a, w->span.start))->span;
		work_out_gender(c, w, p, w->span.end + w->tail);
	}
	if (sure)
		*sure = w->gender_sure;
	return w->gender;
}

/* The gender of run R when its name says it, else 0. */
static char run_sure_gender(const Ctx *c, const SpeakerTable *st, const NameRun *r)
{
	bool sure;
	char g = run_gender(c, st, r, &sure);
	return sure ? g : 0;
}

/* The title before the name M of a run: its role, but after a
 * preposition only "TITLE of ROLE" ("Secretary of | State Rex Tillerson"),
 * since the run may be the end of a longer name ("the Undersecretary of |
 * Public Affairs Steve Goldstein" has no title "Public Affairs").  PREV is
 * the word before the run, P its paragraph. */
/* Where the capitalised title words right before byte AT of paragraph P
 * start ("Secretary of", "Health and"); AT when there are none. */
static size_t titles_before(const char *text, Span p, size_t at)
{
	size_t a = at;
	for (Span w = word_before(text, p.start, a);
	     w.end > w.start && isupper((unsigned char)text[w.start]) &&
	     word_is_title(text + w.start, w.end - w.start);
	     w = word_before(text, p.start, a))
		a = w.start;
	return a;
}

static Span run_title(const char *text, Span p, Span prev, const Mention *m, bool after_prep)
{
	Span r = m->role;
	const char *pw = text + prev.start;
	size_t pn = prev.end - prev.start;
	if (!after_prep) {
		/* "Health and | Human Services Secretary Robert F. Kennedy Jr.":
		 * capitalised title words before "and" are the title's too */
		size_t a = r.end > r.start && word_eq(pw, pn, "and") ? titles_before(text, p, prev.start)
		                                                     : prev.start;
		if (a < prev.start)
			r.start = a;
		return r;
	}
	if (r.end == r.start || word_eq(pw, pn, "the"))
		return (Span){ 0, 0 }; /* ("Speaker of the | House Newt Gingrich") */
	/* (after "by", "with", "to" the title is whole: "a ceremony attended
	 * by Prime Minister John Carter"; but "envoy to Ukraine Kurt Volker",
	 * "ambassador to Britain Liu Xiaoming" hold no title word) */
	if (!word_eq(pw, pn, "of")) {
		for (size_t i = r.start; i < r.end;) {
			size_t e = i;
			while (e < r.end && text[e] != ' ')
				e++;
			if (word_is_title(text + i, base_len(text + i, e - i)))
				return r;
			i = e + 1;
		}
		return (Span){ 0, 0 };
	}
	size_t a = titles_before(text, p, prev.start);
	return a < prev.start ? (Span){ a, r.end } : (Span){ 0, 0 };
}

/* Where the run ending at RE ends with the parenthesis after it, if any:
 * a party tag or a list of works ("Rep. Robert Aderholt (R-AL)", "filmmaker
 * Charlie McDowell ("The Discovery")").  END bounds the search. */
static inline size_t past_paren(const char *x, size_t re, size_t end)
{
	if (re + 2 >= end || x[re] != ' ' || x[re + 1] != '(')
		return re;
	const char *close = memchr(x + re, ')', end - re < 96 ? end - re : 96);
	return close ? (size_t)(close - x) + 1 : re;
}

/* True when the run [RS, RE) is the subject of a sentence SENT that opens
 * with a phrase: "In her 2003 book, Living History, Clinton noted" - after
 * a comma, before a lower-case word, the sentence's first word a
 * preposition, a subordinator, a participle or "a".  PEND is the paragraph's
 * end. */
static bool opener_subject(const char *x, Span sent, size_t rs, size_t re, size_t pend)
{
	/* (and an indefinite article: a description of the subject, "A
	 * former Marine, Smith now", "An agreeable woman in her 80s, Jane
	 * Starner lives") */
	/* (or a time or a place: "Later that night, Voss closed the show",
	 * "Back at the hotel, Voss", "Meanwhile, Smith") */
	static const char *const openers[] = {
		"a", "after", "afterward", "afterwards", "although", "an", "as", "at", "back", "because",
		"before", "by", "days", "despite", "during", "earlier", "eventually", "finally", "for",
		"following", "hours", "if", "in", "inside", "last", "later", "meanwhile", "minutes",
		"moments", "months", "now", "on", "once", "outside", "since", "soon", "that", "then",
		"this", "though", "today", "tonight", "until", "weeks", "when", "while", "with", "within",
		"without", "years", "yesterday", NULL,
	};
	/* (past a role in lower case: "In Paris, economist Jean Dorval
	 * warned") */
	for (int k = 0; k < 2 && rs > sent.start + 2 && x[rs - 1] == ' ' && islower((unsigned char)x[rs - 2]);
	     k++) {
		size_t w = rs - 1;
		while (w > sent.start && isalpha((unsigned char)x[w - 1]))
			w--;
		if (!word_is_title(x + w, rs - 1 - w) && !word_is_person_noun(x + w, rs - 1 - w))
			break;
		rs = w;
	}
	/* (the comma may end a quoted title: 'After their jam “Black Water,”
	 * Simmons teed up') */
	if (rs < sent.start + 4 || x[rs - 1] != ' ' ||
	    (x[rs - 2] != ',' && !(x[rs - 2] == '"' && x[rs - 3] == ',') &&
	     !((unsigned char)x[rs - 2] == 0x9D && rs >= sent.start + 6 && x[rs - 5] == ',' &&
	       !memcmp(x + rs - 4, "\xE2\x80\x9D", 3))))
		return false;
	/* (into an appositive: "..., Rep. Robert Aderholt (R-AL), ranking
	 * member of the subcommittee, pushed"; not a list, "In Paris, London,
	 * and Berlin") */
	re = past_paren(x, re, pend);
	if (re + 2 < pend && x[re] == ',' && x[re + 1] == ' ' && strncmp(x + re + 2, "and ", 4) &&
	    strncmp(x + re + 2, "or ", 3))
		re++;
	if (re + 1 >= pend || x[re] != ' ' || (unsigned)(x[re + 1] - 'a') >= 26u)
		return false;
	size_t e = sent.start;
	while (e < rs && (unsigned)((x[e] | 32) - 'a') < 26u)
		e++;
	size_t n = e - sent.start;
	/* or a participle: "Asked about the loss, Toone shook her head",
	 * "Born in Oakland to immigrants, Ms. Liu was told" */
	static const char *const irregular[] = {
		"born", "bred", "brought", "built", "caught", "driven", "given", "grown", "held",
		"known", "left", "made", "seen", "shown", "sworn", "taken", "taught", "told", NULL,
	};
	bool participle = (n >= 5 && (!memcmp(x + e - 2, "ed", 2) || !memcmp(x + e - 3, "ing", 3))) ||
	                  word_in(x + sent.start, n, irregular);
	return participle || word_in(x + sent.start, n, openers);
}

/* Where the word ending at W starts, not before LO: after the space before
 * it, or at LO; NONE when a byte that is no letter, apostrophe, hyphen or
 * byte of a UTF-8 sequence comes first.  Sixteen bytes a step back, loads
 * inside the text. */
static size_t lead_word_start(const char *x, size_t lo, size_t w)
{
	while (w > lo && w >= 16) {
		size_t at = w - 16; /* the block's first byte */
		unsigned stop = ~bytemask_word16(x + at) & 0xFFFFu;
		if (at < lo)
			stop &= 0xFFFFu << (lo - at);
		if (stop) {
			size_t q = at + 31 - (unsigned)__builtin_clz(stop);
			return x[q] == ' ' ? q + 1 : NONE;
		}
		if (at <= lo)
			return lo;
		w = at;
	}
	for (; w > lo && x[w - 1] != ' '; w--) {
		unsigned char b = (unsigned char)x[w - 1];
		if (!((unsigned)((b | 32) - 'a') < 26u || b == '\'' || b == '-' || b >= 0x80))
			return NONE;
	}
	return w;
}

/* Where the words that may title the full name at RS begin: up to five
 * words back in its sentence (from SENT_START), over letters, apostrophes
 * and hyphens only ("Chelsea manager | Emma Hayes"). */
static size_t lead_in(const char *x, size_t sent_start, size_t rs)
{
	size_t a = rs;
	for (int k = 0; k < 5 && a > sent_start + 1 && x[a - 1] == ' '; k++) {
		size_t w = lead_word_start(x, sent_start, a - 1);
		if (w == NONE)
			return a;
		if (w == a - 1)
			break;
		a = w;
	}
	return a;
}

/* True when the lead-in from LEAD opens its sentence SENT or a phrase
 * after a comma or a colon. */
static bool lead_opens(const char *x, Span sent, size_t lead)
{
	return lead <= sent.start || x[lead - 1] != ' ' || (lead >= 2 && strchr(",;:(", x[lead - 2]));
}

/* True when the run [RS, RE) names the subject of sentence SENT in an
 * appositive: "His wife, Ruth, who has kept the books, is less
 * philosophical", "Brooks's assistant, Lena Ortiz, was" - a comma on each
 * side, and before it a short phrase opening the sentence. */
/* Where an appositive holding the run at RS starts: at RS, or at a role in
 * lower case ending in a title before it ("Steenburgen's son, filmmaker
 * Charlie McDowell"; not "According to Swift, her former label Big
 * Machine"). */
static size_t appositive_start(const char *x, size_t sent_start, size_t rs)
{
	size_t ls = lead_in(x, sent_start, rs), w = rs - 1;
	if (ls == rs)
		return rs;
	while (w > ls && x[w - 1] != ' ')
		w--;
	if (!word_is_title(x + w, rs - 1 - w))
		return rs;
	for (size_t k = ls; k < rs; k++)
		if ((k == ls || x[k - 1] == ' ') && !islower((unsigned char)x[k]))
			return rs;
	return ls;
}

static bool appositive_subject(const char *x, Span sent, size_t rs, size_t re)
{
	/* (a role may open it, a parenthesis close it: "Steenburgen's son,
	 * filmmaker Charlie McDowell ("The Discovery"), also remembers") */
	re = past_paren(x, re, sent.end);
	if (re >= sent.end || x[re] != ',' || rs < sent.start + 4 || x[rs - 1] != ' ')
		return false;
	rs = appositive_start(x, sent.start, rs);
	if (rs < sent.start + 4 || x[rs - 2] != ',')
		return false;
	size_t spaces = 0;
	for (size_t i = sent.start; i < rs - 2; i++) {
		if (x[i] == ',' || x[i] == '"')
			return false;
		spaces += x[i] == ' ';
	}
	return spaces <= 2;
}

/* The words from S open a sentence ending at E with a label in title case
 * and a colon: capitals and small words only, up to eight. */
static bool title_label(const char *x, size_t s, size_t e)
{
	static const char *const small[] = { "a", "an", "and", "for", "in", "of", "on", "the",
		                             "to", NULL };
	/* (most sentences hold no colon: no label without reading the words) */
	if (s >= e || !memchr(x + s, ':', e - s))
		return false;
	size_t words = 0;
	for (size_t i = s; i < e && words <= 8;) {
		size_t w = i;
		/* (ASCII tests, not <ctype.h>'s: each of those is a call, and the
		 * test runs for every run that opens a sentence) */
		while (w < e && (ascii_letter(x[w]) || (unsigned)(x[w] - '0') < 10u || x[w] == '\'' ||
		                 x[w] == '-' || (unsigned char)x[w] >= 0x80))
			w++;
		if (w == i)
			return false;
		if ((unsigned)(x[i] - 'A') >= 26u && !word_in(x + i, w - i, small))
			return false;
		words++;
		if (w < e && x[w] == ':')
			return words >= 2;
		if (w >= e || x[w] != ' ')
			return false;
		i = w + 1;
	}
	return false;
}

/* True when S[0, N) are ASCII letters and digits only. */
static bool plain_bytes(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!(ascii_letter(s[i]) || (unsigned)(s[i] - '0') < 10u))
			return false;
	return n > 0;
}

/* True when the word PREV before the run at RS is ASCII letters only, one
 * space before it and inside the sentence SENT: lead_in() takes it whole,
 * and tokenize() makes of it the one token before the run, a plain word
 * in lower case (a capitalised one would have joined the run). */
static bool plain_lead(const char *x, Span sent, Span prev, size_t rs)
{
	if (prev.end != rs - 1 || prev.start < sent.start || prev.end == prev.start)
		return false;
	for (size_t i = prev.start; i < prev.end; i++)
		if (!ascii_letter(x[i]))
			return false;
	return true;
}

/* True when the name M read from the run of tokens [I, J) of T names
 * nobody: a work's or a thing's, or a place (PREV: the word before the
 * tokens; AFTER_PREP: a preposition before the run).  Asked of names of
 * people only, the fewer. */
static bool names_no_one(const char *x, const Toks *t, size_t i, size_t j, Span prev,
                         const Mention *m, bool after_prep)
{
	/* "The Last Hot Time, an urban fantasy, ...": an article before a
	 * name with no title makes it a work's or a thing's (not "the Rev. Al
	 * Sharpton") */
	Span art = i == 0 ? prev : (Span){ t->v[i - 1].start, t->v[i - 1].end };
	/* ("a Southeastern Connecticut native": a place's or a thing's too) */
	bool the = m->name.start == t->v[i].start && art.end > art.start &&
	           word_is_article(x + art.start, art.end - art.start);
	bool article = false, title_word = false;
	for (size_t k = i; k < j && t->v[k].end <= m->name.start; k++) {
		const char *w = x + t->v[k].start;
		size_t wn = t->v[k].end - t->v[k].start;
		article |= word_eq(w, wn, "the");
		title_word |= word_is_title(w, wn);
	}
	the |= article && !title_word;
	/* "BORROWING Back", "SPEND A QUARTER This": a section head in
	 * capitals run into the next sentence (not initials: "J.D. Vance") */
	for (size_t k = i; k < j && !the; k++)
		the = t->v[k].end - t->v[k].start >= 4 && t->v[k].start >= m->name.start &&
		      !memchr(x + t->v[k].start, '.', t->v[k].end - t->v[k].start) &&
		      t->v[k].end <= m->name.end &&
		      word_all_caps(x + t->v[k].start, t->v[k].end - t->v[k].start) &&
		      !word_all_caps(x + m->name.start, m->name.end - m->name.start);
	/* (a place after a preposition is no one; "appeal to Julie Graham"
	 * names her by her given name) */
	bool placed = after_prep && m->name.start == t->v[i].start &&
	              !(j - i >= 2 && given_name(x + t->v[i].start, t->v[i].end - t->v[i].start));
	return the || placed;
}

/* The role of up to four lower-case words ending at byte E, before a
 * comma, whose last word is a title or a word for a person ("its chief
 * executive", "the company's chief executive": the owner names no one),
 * in the sentence from S; empty when none. */
static Span role_before_comma(const char *x, size_t s, size_t e)
{
	size_t a = e, from = e;
	for (int words = 0; words < 4 && a > s; words++) {
		size_t w = a;
		while (w > s && x[w - 1] != ' ')
			w--;
		size_t n = a - w;
		/* (one person: "the study authors", "his attorneys", "a law
		 * firm" are not whose name follows) */
		static const char *const bodies[] = {
			"administration", "agency", "campaign", "company", "firm", "group",
			"organisation", "organization", "team", NULL,
		};
		if (!n || !islower((unsigned char)x[w]) ||
		    (!words && !word_is_title(x + w, n) &&
		     !(word_is_person_noun(x + w, n) && x[a - 1] != 's' && !word_is_org(x + w, n) &&
		       !word_in(x + w, n, bodies))))
			break;
		/* (the owner, a determiner or a possessive before the role
		 * ends it) */
		if (word_is_owner(x + w, n) || (n > 2 && x[a - 2] == '\'' && x[a - 1] == 's') ||
		    word_is_article(x + w, n) || word_eq(x + w, n, "and") ||
		    word_eq(x + w, n, "by") || word_eq(x + w, n, "of"))
			break;
		from = w;
		if (w == s || x[w - 1] != ' ')
			break;
		a = w - 1;
	}
	return (Span){ from, from < e ? e : from };
}

/* The two letters A, B may open a name particle ("al", "bin", "da", "de",
 * "der", "di", "dos", "du", "ibn", "la", "le", "van", "von"): the test
 * after every capitalised word followed by a lower-case one. */
static inline bool particle_start(char a, char b)
{
	switch (a) {
	case 'a': return b == 'l';
	case 'b': return b == 'i';
	case 'i': return b == 'b';
	case 'l': return b == 'a' || b == 'e';
	case 'd': return b == 'a' || b == 'e' || b == 'i' || b == 'o' || b == 'u';
	case 'v': return b == 'a' || b == 'o';
	default: return false;
	}
}

/* word_is_particle() for a word in lower case, asked after most
 * capitalised runs: the particles are two to five letters and open with
 * one of a few (the lookup only then; "and", "as", "also" are turned away
 * by their letters). */
static inline bool particle_word(const char *w, size_t n)
{
	switch (w[0]) {
	case 'a': return n == 2 && w[1] == 'l';
	case 'b': case 'i': return n == 3 && w[2] == 'n' && word_is_particle(w, n);
	case 'l': return n == 2 && (w[1] == 'a' || w[1] == 'e');
	case 'd': case 'v': return n >= 2 && n <= 5 && word_is_particle(w, n);
	default: return false;
	}
}

static char role_sex_in(const char *r, size_t rn);

/* Where the sentence SENT starts past the time stamp a live blog opens
 * an entry with ("4:45 p.m. ET — "), or SENT.start when it has none. */
static size_t past_stamp(const char *x, Span sent)
{
	size_t i = sent.start, d = 0;
	while (i < sent.end && d < 2 && (unsigned)(x[i] - '0') < 10u)
		i++, d++;
	if (d == 0 || i + 3 > sent.end || x[i] != ':' || (unsigned)(x[i + 1] - '0') >= 10u ||
	    (unsigned)(x[i + 2] - '0') >= 10u)
		return sent.start;
	i += 3;
	/* the rest, up to its dash: "a.m.", "p.m.", "ET", "GMT" (a few words
	 * of letters and dots, no more) */
	for (size_t w = 0; i < sent.end && w < 4; w++) {
		while (i < sent.end && x[i] == ' ')
			i++;
		size_t dl = dash_len(x + i, sent.end - i);
		if (dl)
			return i + dl < sent.end && x[i + dl] == ' ' ? i + dl + 1 : sent.start;
		size_t e = i;
		while (e < sent.end && (isalpha((unsigned char)x[e]) || x[e] == '.'))
			e++;
		if (e == i || e - i > 4)
			return sent.start;
		i = e;
	}
	return sent.start;
}

/* Indexes the runs of capitalised words in [RS, RE) of paragraph P, in the
 * sentence SENT (APPOSED: the run is the subject's appositive; LEADS: a
 * lead-in of words before it may title it; PARTICLES: the run holds name
 * particles, "von der").  LT: room for the lead-in's tokens. */
static bool index_region(const Ctx *c, SpeakerTable *st, Toks *t, Toks *lt, MentionMemo *memo,
                         Span p, Span sent, bool leads, size_t rs, size_t re, bool apposed,
                         bool particles)
{
	Span prev = word_before(c->text, p.start, rs);
	/* The lead-in titles only a name without a title, and its words cost
	 * more to find and read than the run's: when its last word is as
	 * plain_lead() says, that word stands for it in T, which holds the
	 * run only (DEFERRED), until a title is looked for. */
	size_t lead = rs;
	bool deferred = false;
	if (leads && rs > sent.start + 1 && c->text[rs - 1] == ' ') {
		if (plain_lead(c->text, sent, prev, rs))
			deferred = true;
		else
			lead = lead_in(c->text, sent.start, rs);
	}
	if (!tokenize(c->text, (Span){ lead, re }, NULL, 0, t))
		return false;
	bool opener = opener_subject(c->text, sent, rs, re, p.end);
	size_t i0 = 0; /* the run's first token: the lead-in only gives it a title */
	while (i0 < t->n && t->v[i0].start < rs)
		i0++;
	for (size_t i = i0; i < t->n;) {
		size_t j = i;
		for (;;) {
			while (j < t->n && (t->v[j].flags & TOK_CAP))
				j++;
			/* (over one or two particles inside the name, as the scan
			 * went: "Ursula von der Leyen") */
			size_t k = j;
			while (particles && k > i && k + 1 < t->n && k < j + 2 &&
			       (t->v[k].flags & TOK_WORD) && !(t->v[k].flags & TOK_CAP) &&
			       particle_word(c->text + t->v[k].start, t->v[k].end - t->v[k].start))
				k++;
			if (k == j || k >= t->n || !(t->v[k].flags & TOK_CAP))
				break;
			j = k;
		}
		bool subj = i == i0 && (sent.start == rs || past_stamp(c->text, sent) == rs ||
		                        (opener && j == t->n) || apposed);
		/* "Gender Equality." over a section, "Limited Tools to Fight
		 * Terrorism: The United Nations was ...": a heading or a label
		 * in capitals before a colon, no subject */
		if (subj && sent.start == rs && j > i) {
			size_t x = t->v[j - 1].end;
			while (x < sent.end && strchr(" .:!?", c->text[x]))
				x++;
			subj = x < sent.end && !title_label(c->text, t->v[i].start, sent.end);
		}
		if (j - i >= 2 || (j - i == 1 && subj)) {
			Mention m = { 0 };
			/* "Donald Trump's recent gains": the name is the run without
			 * its possessive ending (the classifier takes a possessive
			 * word for a role or an owner, "Russia's ambassador"). */
			Tok *last = &t->v[j - 1];
			size_t end = last->end;
			unsigned flags = last->flags;
			last->classes = 0; /* its word changes: ask again */
			last->end = last->start + base_len(c->text + last->start, end - last->start);
			/* ("Trump’s" is "Trump" now: plain, which the classifier
			 * reads by the shortest way) */
			if (last->end < end && plain_bytes(c->text + last->start, last->end - last->start))
				last->flags |= TOK_PLAIN;
			/* Reuse the run classifier through mention_after (a run
			 * that ends the tokens read once for each way it is written) */
			bool named = j == t->n ? mention_after_memo(memo, c->text, t, i, &m)
			                       : mention_after(c->text, t, i, j, &m);
			last = &t->v[j - 1];
			last->end = end;
			last->flags = flags;
			last->classes = 0;
			/* "Rep. Robert C. "Bobby" Scott": a run cut short at an initial
			 * is no one's full name. */
			bool initial = false;
			if (named && m.kind == MEN_NAME && m.name.end > m.name.start &&
			    c->text[m.name.end - 1] == '.') {
				Span lw = last_word(c->text, m.name);
				initial = lw.end - lw.start <= 2;
			}
			if (named && m.kind == MEN_ORG && m.name.end > m.name.start) {
				if (!grow(&st->bodies, &st->capbodies, st->nbodies, sizeof *st->bodies))
					return false;
				st->bodies[st->nbodies++] = m.name;
			}
			/* (the word before asked of names of people only) */
			bool person = named && m.kind == MEN_NAME && !initial && m.name.end > m.name.start;
			/* "Prime Minister's Questions", "the Governor's Mansion": a
			 * title's possessive owns a thing and names no one */
			if (person && m.name.start > t->v[i].start) {
				Span ow = word_before(c->text, t->v[i].start, m.name.start);
				size_t base = base_len(c->text + ow.start, ow.end - ow.start);
				person = base == ow.end - ow.start || !word_is_title(c->text + ow.start, base);
			}
			bool after_prep = person && (i == 0 ? is_prep(c->text, prev)
			                                    : (t->v[i - 1].flags & TOK_WORD) &&
			                                              is_prep(c->text, (Span){ t->v[i - 1].start,
			                                                                       t->v[i - 1].end }));
			if (person && !names_no_one(c->text, t, i, j, prev, &m, after_prep)) {
				/* "Mrs. Clinton": a title marks a lone surname as a person's. */
				bool titled = m.name.start > t->v[i].start;
				Span before = i == 0 ? prev : (Span){ t->v[i - 1].start, t->v[i - 1].end };
				size_t words = word_count(c->text, m.name);
				Span title = run_title(c->text, p, before, &m, after_prep);
				/* "Brooks's assistant, Lena Ortiz, was more measured" */
				if (apposed && title.end == title.start && i == i0 &&
				    appositive_start(c->text, sent.start, rs) == rs &&
				    islower((unsigned char)c->text[rs - 3])) {
					title = (Span){ sent.start, rs - 2 };
					/* (the owner names no one: "Its chief executive") */
					size_t sp = title.start;
					while (sp < title.end && c->text[sp] != ' ')
						sp++;
					if (sp < title.end && word_is_owner(c->text + title.start, sp - title.start))
						title.start = sp + 1;
				}
				/* "..., and its chief executive, Laura Whitfield, has",
				 * "led by the company's chief executive, Laura
				 * Whitfield": a role ending in a title set off before a
				 * full name anywhere in the sentence */
				if (title.end == title.start && i == i0 && words >= 2 && rs > sent.start + 2 &&
				    c->text[rs - 2] == ',' && c->text[rs - 1] == ' ')
					title = role_before_comma(c->text, sent.start, rs - 2);
				/* "Chelsea manager Emma Hayes was less amused", "former
				 * President Donald Trump": the words before the run too
				 * (before a title, only title words: "..., said former
				 * President Bill Clinton") */
				bool untitled = title.end == title.start;
				if ((untitled || title.start == t->v[i].start) && !after_prep && i == i0 &&
				    (i0 || deferred)) {
					const Toks *rt = t; /* the lead-in's tokens and the run's */
					size_t ri = i, lead_at = lead;
					if (deferred) {
						/* (the run's tokens are T's: a space before RS
						 * ends every word of the lead-in there) */
						lead_at = lead_in(c->text, sent.start, rs);
						if (!tokenize(c->text, (Span){ lead_at, rs }, NULL, 0, lt))
							return false;
						ri = lt->n;
						for (size_t k = 0; k < t->n; k++) {
							if (!grow(&lt->v, &lt->cap, lt->n, sizeof *lt->v))
								return false;
							lt->v[lt->n++] = t->v[k];
						}
						rt = lt;
					}
					size_t r = mention_role_start(
					        c->text, rt, 0, untitled && lead_opens(c->text, sent, lead_at), ri);
					if (r < ri) {
						title = (Span){ rt->v[r].start,
						                untitled ? rt->v[ri - 1].end : title.end };
						/* "Rival coach Dan Brooks disagreed.": the subject */
						subj |= rt->v[r].start == sent.start;
					}
				}
				if ((j - i == 1 || words >= 2 || titled) &&
				    !add_named_run(c, st, p, m.name, title, subj, t->v[j - 1].end, words == 1))
					return false;
				/* "His wife, Ruth,": a given name alone says her sex, as
				 * a surname would not */
				char g = apposed && words == 1 && st->nruns
				                 ? given_sex_in(c, c->text + m.name.start, m.name.end - m.name.start)
				                 : 0;
				/* (else the noun it is set after: "His wife, Bernice,"; a
				 * title of a few words) */
				if (!g && apposed && words == 1 && st->nruns && title.end > title.start &&
				    title.end - title.start < 40)
					g = role_sex_in(c->text + title.start, title.end - title.start);
				if (g) {
					st->runs[st->nruns - 1].gender = g;
					st->runs[st->nruns - 1].gender_sure = true;
					st->runs[st->nruns - 1].gender_known = true;
				}
			}
		}
		i = j > i ? j : i + 1;
	}
	return true;
}

/* The answers of lone_nobody() for words of eight bytes at most, by the
 * word: the same few open most sentences ("The", "He", "But"), and a
 * compare costs less than the lookup.  LEN 0: an empty place. */
enum { NOBODY_PLACES = 64 };
typedef struct {
	uint64_t word[NOBODY_PLACES];
	uint8_t len[NOBODY_PLACES];
	bool nobody[NOBODY_PLACES];
} NobodySeen;

/* True when the run [RS, RE) is one word of ASCII letters that names
 * nobody ("He", "The", "But" opening a sentence): index_region() would
 * tokenize and classify it to find no name, for most sentences. */
static bool lone_nobody(const Ctx *c, NobodySeen *ns, size_t rs, size_t re)
{
	const char *x = c->text;
	for (size_t i = rs; i < re; i++)
		if ((unsigned)((x[i] | 32) - 'a') >= 26u)
			return false;
	size_t n = re - rs;
	if (n == 0 || n > 8)
		return word_names_nobody(&c->e->name_class, x + rs, n);
	/* (the text is padded: eight bytes from RS, those past the word
	 * left out) */
	uint64_t w = swar_load(x + rs);
	if (n < 8)
		w &= ~swar_from(~(uint64_t)0, (unsigned)n);
	size_t k = (size_t)((w * 0x9E3779B97F4A7C15u) >> 58) % NOBODY_PLACES; /* (the top bits) */
	if (ns->len[k] != n || ns->word[k] != w) {
		ns->word[k] = w;
		ns->len[k] = (uint8_t)n;
		ns->nobody[k] = word_names_nobody(&c->e->name_class, x + rs, n);
	}
	return ns->nobody[k];
}

/* Past one or two name particles at NX and their spaces, when a capital
 * follows them ("von der Leyen"); NX when none. */
static size_t past_particles(const char *x, size_t nx, size_t end)
{
	size_t k = nx;
	for (int n = 0; n < 2 && k < end && x[k] >= 'a' && x[k] <= 'z'; n++) {
		size_t e = k;
		while (e < end && e < k + 6 && x[e] >= 'a' && x[e] <= 'z')
			e++;
		if (e >= end || x[e] != ' ' || !particle_word(x + k, e - k))
			return nx;
		k = e + 1;
		if (k < end && isupper((unsigned char)x[k]))
			return k;
	}
	return nx;
}

/* Finds the runs of capitalised words with a byte scan, and tokenizes only
 * those: most of an article is lower-case words that name nobody. */
static bool build_index(const Ctx *c, SpeakerTable *st)
{
	Toks t = { .classes = &c->e->name_class }, lt = { .classes = &c->e->name_class };
	MentionMemo memo = { 0 };
	NobodySeen seen = { .len = { 0 } };
	bool ok = true;
	const char *x = c->text;
	/* The sentence of the run: runs come in text order, so a cursor that
	 * only moves forward finds it (a search for each was 2% of the time). */
	size_t si = 0, nsent = article_sentence_count(c->a);
	Span sent = article_sentence(c->a, si); /* (sentence SI, kept: asked for each run) */
	for (size_t pi = 0; ok && pi < article_paragraph_count(c->a); pi++) {
		Span p = article_paragraph(c->a, pi)->span;
		/* A headline capitalises every word: "Railing Against Trump" is
		 * nobody's full name. */
		if (article_paragraph(c->a, pi)->kind == PARA_TITLE)
			continue;
		for (size_t i = p.start; ok && i < p.end;) {
			if ((i = next_cap(x, i, p.end)) >= p.end)
				break;
			if (!is_upper_at(x, i, p.end) || !opens_word(x, i, p.start)) {
				/* (past the rest of a UTF-8 sequence too: no byte
				 * of one but the first opens a capital, and next_cap()
				 * stops at each of a curly quote's three) */
				do
					i++;
				while (i < p.end && ((unsigned char)x[i] & 0xC0) == 0x80);
				continue;
			}
			size_t rs = i, re = word_end(x, i, p.end), words = 1;
			bool particles = false; /* (the run holds some: index_region() reads them) */
			while (re + 1 < p.end && x[re] == ' ') {
				/* over a nickname: 'Robert C. "Bobby" Scott' (which
				 * opens with a quotation mark, '"' or E2 80 9C: the call
				 * only then, as this runs at every space of a run) */
				size_t nx = re + 1, nick = 0;
				if (x[nx] == '"' || (unsigned char)x[nx] == 0xE2)
					nick = nickname_end(x, nx, p.end);
				if (nick)
					nx = nick + 1;
				/* over one or two particles inside the name: "Ursula von
				 * der Leyen", "Bill de Blasio", "Lula da Silva" (a
				 * particle's first letter first: the test only then) */
				else if (particle_start(x[nx], x[nx + 1])) {
					size_t pp = past_particles(x, nx, p.end);
					particles |= pp != nx;
					nx = pp;
				}
				if (!is_upper_at(x, nx, p.end))
					break;
				/* (not over a sentence's end: '"...," said Paula Grant.
				 * Ruth Abernathy paused' has two runs, the second the
				 * subject of its sentence) */
				if (x[re - 1] == '.' &&
				    article_sentence_at(c->a, re - 1) != article_sentence_at(c->a, nx))
					break;
				re = word_end(x, nx, p.end);
				words++;
			}
			i = re > i ? re : i + 1;
			if (quoted_whole(x, p, rs, re))
				continue;
			/* (the test that fails for most runs first: the compiler
			 * then keeps the call's register saves out of their way) */
			while (sent.end <= rs && si < nsent)
				sent = article_sentence(c->a, ++si);
			bool apposed = appositive_subject(x, sent, rs, re);
			if (!(words >= 2 || sent.start == rs || opener_subject(x, sent, rs, re, p.end) ||
			      apposed))
				continue;
			if (!(words == 1 && lone_nobody(c, &seen, rs, re)))
				ok = index_region(c, st, &t, &lt, &memo, p, sent, words >= 2, rs, re, apposed,
				                  particles);
		}
	}
	toks_free(&t);
	toks_free(&lt);
	mention_memo_free(&memo);
	if (!ok)
		return false;
	size_t ns = 64;
	while (ns < st->nruns * 2)
		ns *= 2;
	st->slots = malloc(ns * sizeof *st->slots);
	if (!st->slots)
		return false;
	st->nslots = ns;
	for (size_t i = 0; i < ns; i++)
		st->slots[i] = NONE;
	/* Chains keep text order: insert from the end. */
	for (size_t i = st->nruns; i-- > 0;) {
		NameRun *r = &st->runs[i];
		size_t h = hash_word(c->text + r->last.start, r->last.end - r->last.start) & (ns - 1);
		r->next = st->slots[h];
		st->slots[h] = i;
	}
	return true;
}

/* The number of name runs starting before byte OFF (runs are in text
 * order). */
static size_t runs_before(const SpeakerTable *st, size_t off)
{
	size_t lo = 0, hi = st->nruns;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (st->runs[mid].span.start < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* False when byte B cannot open W[0, N) in any case: bytes that
 * tolower() makes equal are equal with the case bit set.  The searches
 * that try every place of a text or a role, and the compares of a name with
 * every body's, ask it before a call to strncasecmp(), which cost most of
 * their time. */
static inline bool case_may_open(char b, const char *w, size_t n)
{
	return n == 0 || (b | 32) == (w[0] | 32);
}

static bool same_word(const char *t, Span a, const char *b, size_t bn)
{
	return a.end - a.start == bn && strncasecmp(t + a.start, b, bn) == 0;
}

/* The first full name in the text whose last word is W, among the first
 * LIMIT runs of W's chain. */
static const NameRun *full_name_within(const Ctx *c, const SpeakerTable *st, const char *w,
                                       size_t wn, size_t limit)
{
	size_t seen = 0;
	for (size_t i = st->nslots ? st->slots[hash_word(w, wn) & (st->nslots - 1)] : NONE;
	     i != NONE && seen++ < limit; i = st->runs[i].next)
		if (!st->runs[i].single && same_word(c->text, st->runs[i].last, w, wn))
			return &st->runs[i];
	return NULL;
}

/* The first full name in the text whose last word is W. */
static const NameRun *full_name_for(const Ctx *c, const SpeakerTable *st, const char *w,
                                    size_t wn)
{
	return full_name_within(c, st, w, wn, SIZE_MAX);
}

/* W[0, N) is one half of the double surname L[0, LN): "Ms Ang" for Janet
 * Ang-Menon, "Menon" too. */
static bool half_of(const char *l, size_t ln, const char *w, size_t n)
{
	const char *h = memchr(l, '-', ln);
	if (!h || !n || h == l || (size_t)(h - l) + 1 >= ln)
		return false;
	size_t hn = (size_t)(h - l), tn = ln - hn - 1;
	return (hn == n && !strncmp(l, w, n)) || (tn == n && !strncmp(h + 1, w, n));
}

/* full_name_for() among the first EARLY runs of W's chain only: a text
 * writes a full name at its first mentions, and rules asked at every name
 * of a long text must not walk all of a common word's mentions each time. */
enum { EARLY = 64 };

/* True when W[0, WN) is a word of S[0, N) other than its first and last. */
static bool inner_word(const char *s, size_t n, const char *w, size_t wn)
{
	for (const char *p = memchr(s, ' ', n); p && (size_t)(p - s) + wn + 2 < n;
	     p = memchr(p + 1, ' ', n - (size_t)(p + 1 - s)))
		if (!strncmp(p + 1, w, wn) && p[wn + 1] == ' ')
			return true;
	return false;
}

/* The one full name of the 64 before byte OFF that opens with the word
 * W, or when INNER that holds it between its first and last words:
 * Indonesian and Thai news call "Prabowo Subianto" "Prabowo", anyone may
 * be "Venus" for "Venus Williams" before speaking, and Brazilian and
 * Mexican news call "Luiz Inácio Lula da Silva" "Lula" and "Claudia
 * Sheinbaum Pardo" "Sheinbaum".  The name must show a person: a title,
 * or a sex by its given name or a pronoun after it ("Google Stadia" is
 * not Google).  NULL when none or two different ones do. */
static const NameRun *full_name_with(const Ctx *c, const SpeakerTable *st, size_t off,
                                     const char *w, size_t wn, bool inner)
{
	const NameRun *found = NULL;
	size_t hi = runs_before(st, off);
	for (size_t i = hi; i-- > 0 && hi - i <= 64;) {
		const NameRun *r = &st->runs[i];
		const char *x = c->text + r->span.start;
		size_t xn = r->span.end - r->span.start;
		if (r->single || xn <= wn ||
		    (inner ? !inner_word(x, xn, w, wn) &&
		                     !half_of(c->text + r->last.start, r->last.end - r->last.start, w, wn)
		           : strncmp(x, w, wn) || x[wn] != ' ') ||
		    (r->title.end == r->title.start && !run_gender(c, st, r, NULL)))
			continue;
		if (found && (found->span.end - found->span.start != xn ||
		              memcmp(c->text + found->span.start, x, xn)))
			return NULL;
		found = r;
	}
	return found;
}

/* How many of the name runs indexed under one word a search walks: a text
 * of thousands of people of one surname made every search walk them all. */
enum { RUN_WALK_MAX = 1024 };

/* The first name in the text, longer than NAME, that ends with it:
 * "Andrés Manuel López Obrador" for "López Obrador" (LW, its last word).
 * NAME opening with a given name is whole already ("Gary Johnson", not
 * "Libertarian Gary Johnson"), and the longer name must show a person by
 * its given name, a title or a pronoun after it, or NAME by its own title
 * (TITLED: "Mr. Guajardo Villarreal"): "Contact Dear Abby" does not. */
static const NameRun *full_name_ending(const Ctx *c, const SpeakerTable *st, Span name, Span lw,
                                       bool titled)
{
	const char *t = c->text;
	size_t n = lw.end - name.start;
	if (!st->nslots || given_name(t + name.start, strcspn(t + name.start, " ")))
		return NULL;
	size_t steps = 0;
	for (size_t i = st->slots[hash_word(t + lw.start, lw.end - lw.start) & (st->nslots - 1)];
	     i != NONE && steps++ < RUN_WALK_MAX; i = st->runs[i].next) {
		const NameRun *r = &st->runs[i];
		const char *x = t + r->span.start;
		if (!r->single && r->last.end - r->span.start > n &&
		    same_word(t, r->last, t + lw.start, lw.end - lw.start) &&
		    name_tail(x, r->last.end - r->span.start, t + name.start, n) &&
		    (titled || r->title.end > r->title.start || given_name(x, strcspn(x, " ")) ||
		     run_gender(c, st, r, NULL)))
			return r;
	}
	return NULL;
}

/* The first full name in the text for the lone surname LW of IT's mention
 * whose sex, when its own name says it, is not the other one than the
 * mention's title ("Mr. Obama") or the titles the text puts before that
 * surname elsewhere: "President Obama" is not "the first lady, Michelle
 * Obama" when the text also says "Mr. Obama". */
static const NameRun *full_name_fitting(const Ctx *c, const SpeakerTable *st, const Item *it,
                                        Span lw)
{
	const char *w = c->text + lw.start;
	size_t wn = lw.end - lw.start;
	if (!st->nslots)
		return NULL;
	size_t first = st->slots[hash_word(w, wn) & (st->nslots - 1)], steps = 0;
	char g = name_gender(c, c->text, it->q.mention.start, it->name);
	for (size_t i = first; !g && i != NONE && steps++ < RUN_WALK_MAX; i = st->runs[i].next) {
		const NameRun *r = &st->runs[i];
		if (r->single && same_word(c->text, r->last, w, wn))
			g = run_sure_gender(c, st, r);
	}
	steps = 0;
	for (size_t i = first; i != NONE && steps++ < RUN_WALK_MAX; i = st->runs[i].next) {
		const NameRun *r = &st->runs[i];
		if (r->single || !same_word(c->text, r->last, w, wn))
			continue;
		char rg = g ? run_sure_gender(c, st, r) : 0;
		if (!rg || rg == g)
			return r;
	}
	return NULL;
}

/* The most roles or aliases one entity keeps: no article gives a person
 * more than a few, and a text that gave one thousands made each addition
 * compare with all of them (and every role test walk them). */
enum { STRV_MAX = 64 };

static bool strv_add(char ***v, size_t *n, const char *s)
{
	if (!s || !*s || *n >= STRV_MAX)
		return true;
	for (size_t i = 0; i < *n; i++)
		if (!strcasecmp((*v)[i], s))
			return true;
	char **nv = realloc(*v, (*n + 1) * sizeof *nv);
	if (!nv)
		return false;
	*v = nv;
	if (!(nv[*n] = strdup(s)))
		return false;
	(*n)++;
	return true;
}

/* E takes NAME (which it then owns) as its name, the old one an alias.
 * False when out of memory: NAME is freed and E is as it was. */
static bool ent_rename(Ent *e, char *name)
{
	if (!strv_add(&e->aliases, &e->naliases, e->name)) {
		free(name);
		return false;
	}
	free(e->name);
	e->name = name;
	return true;
}

/* A one-word name whose role is a crown's or a pope's title is known by
 * both: "Prince Andrew", "Pope Francis", "King Charles III" (the title was
 * stripped from the name and kept as a role; the word alone stays an
 * alias).  False when out of memory. */
static bool royal_name(Ent *e)
{
	static const char *const crowns[] = {
		"duchess", "duke", "emperor", "empress", "king", "pope", "prince", "princess", "queen",
		"sheikh", NULL,
	};
	/* (a regnal number after it too: "Queen Elizabeth II") */
	const char *sp = e->name ? strchr(e->name, ' ') : NULL;
	if (!e->name || (sp && (strchr(sp + 1, ' ') || strspn(sp + 1, "IVX") != strlen(sp + 1))))
		return true;
	for (size_t i = 0; i < e->nroles; i++) {
		const char *r = e->roles[i];
		size_t rn = strlen(r);
		if (!word_in(r, rn, crowns) || !isupper((unsigned char)r[0]))
			continue;
		size_t nn = strlen(e->name);
		char *full = malloc(rn + 1 + nn + 1);
		if (!full)
			return false;
		memcpy(full, r, rn);
		full[rn] = ' ';
		memcpy(full + rn + 1, e->name, nn + 1);
		return ent_rename(e, full);
	}
	return true;
}

/* First entity whose key hashes like S[0..N) (follow e->next). */
static size_t ent_first(const SpeakerTable *st, const char *s, size_t n)
{
	return st->neslots ? st->eslots[hash_word(s, n) & (st->neslots - 1)] : NONE;
}

/* Files entity I under its key; grows the table.  False when out of memory. */
static bool ent_index(SpeakerTable *st, size_t i)
{
	if (st->n * 2 > st->neslots) {
		size_t ns = st->neslots ? st->neslots * 2 : 64;
		size_t *v = malloc(ns * sizeof *v);
		if (!v)
			return false;
		for (size_t k = 0; k < ns; k++)
			v[k] = NONE;
		free(st->eslots);
		st->eslots = v;
		st->neslots = ns;
		for (size_t k = 0; k < st->n; k++) {
			if (k == i)
				continue;
			size_t h = hash_word(st->v[k].key, strlen(st->v[k].key)) & (ns - 1);
			st->v[k].next = v[h];
			v[h] = k;
		}
	}
	size_t h = hash_word(st->v[i].key, strlen(st->v[i].key)) & (st->neslots - 1);
	st->v[i].next = st->eslots[h];
	st->eslots[h] = i;
	return true;
}

static Ent *new_ent(SpeakerTable *st)
{
	if (!grow(&st->v, &st->cap, st->n, sizeof *st->v))
		return NULL;
	Ent *e = &st->v[st->n++];
	memset(e, 0, sizeof *e);
	return e;
}

static char *lower_dup(const char *s, size_t n)
{
	char *r = strndup(s, n);
	if (r)
		for (char *p = r; *p; p++)
			*p = (char)tolower((unsigned char)*p);
	return r;
}

/* The one person of the first 256 whose name opens with the word W
 * ("Venus" of "Venus Williams"), or holds it inside when it is no given
 * name ("Lula" of "Luiz Inácio Lula da Silva", as full_name_with()
 * found); -1 when none or several ("Venus" when the text has Venus
 * Williams and Venus Rodriguez). */
/* half_of() the last word of NAME, a string. */
static bool half_surname(const char *name, const char *w, size_t n)
{
	if (!strchr(name, '-')) /* (most names: one pass) */
		return false;
	const char *last = strrchr(name, ' ');
	last = last ? last + 1 : name;
	return half_of(last, strlen(last), w, n);
}

static int given_name_person(const SpeakerTable *st, const char *w)
{
	size_t n = strlen(w);
	bool inner = !given_name(w, n);
	int found = -1;
	for (size_t i = 0; i < st->n && i < 256; i++) {
		const Ent *e = &st->v[i];
		/* (the first letter before the call: every person is asked
		 * when the word may not be inside) */
		if (e->is_org || e->is_writer || !e->name ||
		    ((e->name[0] != w[0] || strncmp(e->name, w, n) || e->name[n] != ' ') &&
		     !(inner && inner_word(e->name, strlen(e->name), w, n)) &&
		     !half_surname(e->name, w, n)))
			continue;
		if (found >= 0)
			return -1;
		found = (int)i;
	}
	return found;
}

/* True when SHORT is FULL without its legal form and what follows the
 * first words: "Northwind" of "Northwind Stores Inc", "Apple" of "Apple
 * Inc." (not "Washington" of "Washington Post", which has none). */
static bool short_form_of(const char *shrt, const char *full)
{
	/* (and the trades a company's name may end in: "Redline Motors",
	 * then "Redline said") */
	static const char *const forms[] = {
		"ag", "airlines", "airways", "bancorp", "co", "co.", "corp", "corp.", "energy",
		"financial", "foods", "group", "holdings", "inc", "inc.", "industries", "llc",
		"logistics", "ltd", "ltd.", "motors", "networks", "nv", "pharmaceuticals", "plc", "sa",
		"semiconductor", "software", "systems", "technologies", "therapeutics", NULL,
	};
	size_t n = strlen(shrt);
	if (!n || !case_may_open(full[0], shrt, n) || strncasecmp(full, shrt, n) || full[n] != ' ' ||
	    strchr(shrt, ' '))
		return false;
	const char *last = strrchr(full, ' ');
	return last && word_in(last + 1, strlen(last + 1), forms) && !word_country(shrt, n);
}

/* The body whose name NAME is a FORM of, or which is one of NAME; -1 when
 * none.  Only the first entities are looked through, so a text of many
 * bodies costs no more per mention. */
static int body_formed(const SpeakerTable *st, const char *name,
                       bool (*form)(const char *a, const char *b))
{
	for (size_t i = 0; i < st->n && i < 256; i++) {
		const Ent *e = &st->v[i];
		if (e->is_org && (form(name, e->name) || form(e->key, name)))
			return (int)i;
	}
	return -1;
}

/* The body whose name is NAME's short or long form. */
static int short_body(const SpeakerTable *st, const char *name)
{
	return body_formed(st, name, short_form_of);
}

/* How far before a pronoun a name that does not open its sentence may
 * stand, in bytes (two or three paragraphs). */
enum { NAME_REACH = 800 };

static bool gender_fits(char want, char have) { return !want || !have || want == have; }

/* "Their brother, Paul Hartley, ... Hartley said only that he hoped": the
 * full name of surname LW and of sex G written last before IT's mention,
 * within NAME_REACH; NULL when there is none. */
static const NameRun *latest_full_name(const Ctx *c, const SpeakerTable *st, const Item *it,
                                       Span lw, char g)
{
	size_t off = it->q.mention.start;
	for (size_t i = runs_before(st, off); i-- > 0;) {
		const NameRun *r = &st->runs[i];
		if (r->span.start + NAME_REACH < off)
			break;
		if (!r->single && same_word(c->text, r->last, c->text + lw.start, lw.end - lw.start) &&
		    run_sure_gender(c, st, r) == g)
			return r;
	}
	return NULL;
}

static char ent_gender(const Ctx *c, const SpeakerTable *st, Ent *e, bool *sure);
static int resolve_run(const Ctx *c, SpeakerTable *st, const NameRun *r);

/* How far from a name, in bytes, the text is searched for another way it
 * is written (a long article's length). */
enum { NAME_WINDOW = 32768 };

/* The full name written "GIVEN SURNAME" in the text before byte OFF (at
 * most a long article's length before it) for the lone surname T[LW):
 * "presented the cat to Viktor Usov. ... Usov says": a name after a
 * preposition is not indexed, as places are written so, unless its given
 * name is known; a lone surname speaking later shows it was a person's.
 * An empty span when none. */
static Span given_before(const Ctx *c, size_t off, Span lw)
{
	const char *t = c->text;
	size_t n = lw.end - lw.start, lo = off > NAME_WINDOW ? off - NAME_WINDOW : 0;
	if (off <= n)
		return (Span){ 0, 0 };
	/* (ending before OFF) */
	for (size_t i = word_occurrence(t, lo, off - 1, t + lw.start, n); i != SIZE_MAX;
	     i = word_occurrence(t, i + 1, off - 1, t + lw.start, n)) {
		/* (the surname ends the run: not "Congressional Budget Office") */
		if (i < lo + 3 || t[i - 1] != ' ' ||
		    (t[i + n] == ' ' && isupper((unsigned char)t[i + n + 1])))
			continue;
		size_t gs = i - 1; /* the given name before it: one capitalised word */
		while (gs > lo && isalpha((unsigned char)t[gs - 1]))
			gs--;
		size_t gn = i - 1 - gs;
		/* (and the run is those two words: not "Old Hands Help Russia",
		 * nor "ambassador to Britain Liu") */
		size_t ps = gs > lo + 1 ? gs - 1 : gs; /* the word before */
		while (ps > lo && isalpha((unsigned char)t[ps - 1]))
			ps--;
		if (gn < 2 || !isupper((unsigned char)t[gs]) || (gs > lo && t[gs - 1] != ' ') ||
		    (ps < gs - 1 && isupper((unsigned char)t[ps]) &&
		     !word_all_caps(t + ps, gs - 1 - ps)) || /* ("Browns DL Sheldon Richardson") */
		    word_is_title(t + gs, gn) ||
		    word_country(t + gs, gn) || word_names_nobody(&c->e->name_class, t + gs, gn))
			continue;
		return (Span){ gs, i + n };
	}
	return (Span){ 0, 0 };
}

/* NAME without its first word when that word only opens the sentence
 * ("Recent Samsung smart TVs include ...": "recent" is written in lower
 * case elsewhere, no given name) and the rest is written without it near
 * by ("Samsung announced"): not "Big Machine Records", never written
 * without "Big", nor "Will Smith". */
static bool written_lower(const Ctx *c, SpeakerTable *st, const char *w, size_t n);
static bool opens_sentence(const Ctx *c, Span m);
static bool list_item_verb(const Ctx *c, Span m);
static Span past_opener(const Ctx *c, SpeakerTable *st, Span name)
{
	const char *t = c->text;
	const char *sp = memchr(t + name.start, ' ', name.end - name.start);
	if (!sp || !opens_sentence(c, name))
		return name;
	size_t fn = (size_t)(sp - t) - name.start, rs = name.start + fn + 1;
	if (given_name(t + name.start, fn) || word_is_particle(t + name.start, fn) ||
	    !written_lower(c, st, t + name.start, fn))
		return name;
	size_t rn = name.end - rs, lo = name.start > NAME_WINDOW ? name.start - NAME_WINDOW : 0;
	size_t hi = c->len - name.end > NAME_WINDOW ? name.end + NAME_WINDOW : c->len;
	for (size_t at = word_occurrence(t, lo, hi, t + rs, rn); at != SIZE_MAX;
	     at = word_occurrence(t, at + 1, hi, t + rs, rn))
		if (at != rs && (at < fn + 1 || strncasecmp(t + at - fn - 1, t + name.start, fn)))
			return (Span){ rs, name.end };
	return name;
}


/* The person filed under the given name, the first GN bytes of the full
 * name T[F), who is that name alone or the full name already; a lone given
 * name takes the full one as its name, the lone one an alias.  -1 when
 * none, -2 out of memory. */
static int given_first_person(SpeakerTable *st, const char *t, Span f, size_t gn)
{
	const char *g = t + f.start;
	size_t fn = f.end - f.start;
	for (size_t i = ent_first(st, g, gn); i != NONE; i = st->v[i].next) {
		Ent *e = &st->v[i];
		size_t en = strlen(e->name);
		if (e->is_org || e->is_writer || strlen(e->key) != gn || strncasecmp(e->key, g, gn))
			continue;
		if (en == fn && !memcmp(e->name, g, fn))
			return (int)i;
		if (en != gn || memcmp(e->name, g, gn))
			continue;
		char *full = span_dup(t, f);
		return full && ent_rename(e, full) ? (int)i : -2;
	}
	return -1;
}

static int named_long_form(const Ctx *c, SpeakerTable *st, const Item *it, const char *w);
/* "Tom and Angela Fairweather": for the lone surname T[LW) written with a
 * title of sex G before byte OFF, the given name of such a pair before it
 * whose sex is G (or the other's is not) with the surname, as a new
 * string the caller owns; NULL when the text has no such pair, or out of
 * memory (*OOM set). */
static char *couple_name(const Ctx *c, size_t off, Span lw, char g, bool *oom)
{
	const char *t = c->text;
	size_t n = lw.end - lw.start, lo = off > NAME_WINDOW ? off - NAME_WINDOW : 0;
	if (off <= n)
		return NULL;
	for (size_t i = word_occurrence(t, lo, off - 1, t + lw.start, n); i != SIZE_MAX;
	     i = word_occurrence(t, i + 1, off - 1, t + lw.start, n)) {
		if (i < lo + 10 || t[i - 1] != ' ')
			continue;
		size_t g2e = i - 1, g2s = g2e;
		while (g2s > lo && isalpha((unsigned char)t[g2s - 1]))
			g2s--;
		if (g2s < lo + 8 || strncmp(t + g2s - 5, " and ", 5))
			continue;
		size_t g1e = g2s - 5, g1s = g1e;
		while (g1s > lo && isalpha((unsigned char)t[g1s - 1]))
			g1s--;
		if (g1e - g1s < 2 || g2e - g2s < 2 || !isupper((unsigned char)t[g1s]) ||
		    !isupper((unsigned char)t[g2s]))
			continue;
		char s1 = given_sex(t + g1s, g1e - g1s), s2 = given_sex(t + g2s, g2e - g2s);
		if (!(s1 == g || (!s1 && s2 && s2 != g)))
			continue;
		char *name = malloc(g1e - g1s + 1 + n + 1);
		*oom = !name;
		if (name) {
			memcpy(name, t + g1s, g1e - g1s);
			name[g1e - g1s] = ' ';
			memcpy(name + g1e - g1s + 1, t + lw.start, n);
			name[g1e - g1s + 1 + n] = '\0';
		}
		return name;
	}
	return NULL;
}

/* The entity a name mention points to, created when new. */
/* How many of the latest entities filed under one key (a surname) a name
 * is compared with: no story has more people of one surname, and a text
 * of thousands of Smiths made every "Smith said" walk all of them. */
enum { SAME_KEY_MAX = 128 };

static int resolve_name(const Ctx *c, SpeakerTable *st, const Item *it)
{
	const char *t = c->text;
	Span name = it->name;
	Span lw = last_word(t, name);
	size_t words = word_count(t, name);
	const char *first = t + name.start;
	size_t firstn = strcspn(first, " ");
	if (firstn > name.end - name.start)
		firstn = name.end - name.start;
	/* "De Blasio said", "De la Cruz said": the surname of Bill de Blasio
	 * or María García de la Cruz, not another person */
	size_t w0 = name.start, particles = 0;
	while (particles + 1 < words) {
		size_t wn = strcspn(t + w0, " ");
		if (!word_is_particle(t + w0, wn))
			break;
		particles++;
		w0 += wn + 1;
	}
	if (words == particles + 1)
		words = 1;
	/* A lone surname whose title or the "he" or "she" after it says the
	 * other sex than a speaker of that surname is not that speaker when a
	 * full name of its own sex came shortly before ("Joan Hartley" spoke;
	 * "Their brother, Paul Hartley, ... Hartley said only that he hoped") */
	char g = 0;
	const NameRun *latest = NULL;
	bool titled = false; /* G is the honorific's: "Mr Fairweather" is no Angela */
	if (words == 1) {
		g = name_gender(c, t, it->q.mention.start, name);
		titled = g != 0;
		if (!g)
			g = gender_after(t, it->q.mention.end, c->len);
		latest = g ? latest_full_name(c, st, it, lw, g) : NULL;
	}
	/* Of two speakers of that surname, the one of that sex ("Pike points
	 * ... \"See that?\" she says" after Daniel Pike spoke: Eleanor) */
	bool fitting = false;
	size_t steps = 0;
	for (size_t i = g ? ent_first(st, t + lw.start, lw.end - lw.start) : NONE;
	     i != NONE && steps++ < SAME_KEY_MAX; i = st->v[i].next) {
		Ent *e = &st->v[i];
		bool sure;
		fitting |= !e->is_org && same_word(e->key, (Span){ 0, strlen(e->key) }, t + lw.start,
		                                   lw.end - lw.start) &&
		           ent_gender(c, st, e, &sure) == g && sure;
	}
	steps = 0;
	for (size_t i = ent_first(st, t + lw.start, lw.end - lw.start);
	     i != NONE && steps++ < SAME_KEY_MAX; i = st->v[i].next) {
		Ent *e = &st->v[i];
		if (e->is_org || strlen(e->key) != lw.end - lw.start ||
		    strncasecmp(e->key, t + lw.start, lw.end - lw.start))
			continue;
		bool sure;
		if ((latest || fitting || titled) && ent_gender(c, st, e, &sure) != g && sure)
			continue;
		/* Two full names with the same surname are two people, unless
		 * one's given name is the other's short form. */
		size_t en = strcspn(e->name, " ");
		bool both_full = words >= 2 && word_count(e->name, (Span){ 0, strlen(e->name) }) >= 2 &&
		                 !word_is_particle(e->name, en);
		if (both_full && !same_given(e->name, en, first, firstn) &&
		    !name_tail(e->name, strlen(e->name), first, name_end(t, name) - name.start))
			continue;
		/* The name as written here, on the stack when short: most
		 * mentions write a name the entity has already. */
		Span as = { name.start, name_end(t, name) };
		char buf[128], *heap = NULL;
		const char *alias = buf;
		if (as.end - as.start < sizeof buf)
			span_text(t, as, buf);
		else
			alias = heap = span_dup(t, as);
		bool ok = alias != NULL;
		if (ok && strcmp(alias, e->name)) {
			/* (the full form of a given name is the canonical one) */
			size_t ew = word_count(e->name, (Span){ 0, strlen(e->name) });
			/* (and a name as written in prose rather than in a
			 * transcript's capitals) */
			bool caps = word_all_caps(e->name, strlen(e->name)) &&
			            !word_all_caps(alias, strlen(alias));
			if (words > ew || (both_full && words == ew && (firstn > en || caps))) {
				char *own = heap ? heap : strdup(alias);
				heap = NULL;
				ok = own && ent_rename(e, own);
			} else {
				ok = strv_add(&e->aliases, &e->naliases, alias);
			}
		}
		free(heap);
		return ok ? (int)i : -2;
	}
	if (words >= 2 && !particles && given_name(first, firstn)) {
		/* "His wife, Helen, shook her head. ... Helen Tanderup
		 * disagreed": the person known by the given name alone until
		 * now, filed under it */
		int g1 = given_first_person(st, t, (Span){ name.start, name_end(t, name) }, firstn);
		if (g1 != -1)
			return g1;
	}
	if (words == 1) {
		/* "Ford said" after "the company" was found to be Ford: that
		 * body; "Northwind said": the body "Northwind Stores Inc"; "Venus
		 * said" after "Venus Williams": the one person of that given name */
		for (size_t i = ent_first(st, t + name.start, name.end - name.start); i != NONE;
		     i = st->v[i].next)
			if (st->v[i].is_org && same_word(st->v[i].name, (Span){ 0, strlen(st->v[i].name) },
			                                 t + name.start, name.end - name.start))
				return (int)i;
		char *w = span_dup(t, name);
		int o = w ? short_body(st, w) : -2;
		if (o == -1)
			o = given_name_person(st, w);
		if (o == -1)
			o = named_long_form(c, st, it, w);
		bool ok = o < 0 || strv_add(&st->v[o].aliases, &st->v[o].naliases, w);
		free(w);
		if (o != -1)
			return ok ? o : -2;
	}
	Ent *e = new_ent(st);
	if (!e)
		return -2;
	Span full = { name.start, name_end(t, name) };
	const NameRun *tail = NULL;
	if (words == 1 && titled && !latest) {
		/* "Tom and Angela Fairweather ... Mr Fairweather said": the
		 * given name of the pair whose sex the title says */
		bool oom = false;
		char *pair = couple_name(c, it->q.mention.start, lw, g, &oom);
		if (oom)
			return -2;
		if (pair) {
			e->name = pair;
			e->key = lower_dup(t + lw.start, lw.end - lw.start);
			e->first = it->q.mention.start;
			char *alias = span_dup(t, full);
			bool ok = e->key && alias && ent_index(st, (size_t)(e - st->v)) &&
			          strv_add(&e->aliases, &e->naliases, alias);
			free(alias);
			return ok ? (int)(e - st->v) : -2;
		}
	}
	if (words == 1) {
		const NameRun *r = latest ? latest : full_name_fitting(c, st, it, lw);
		if (!r)
			r = full_name_with(c, st, it->q.mention.start, t + name.start,
			                   name.end - name.start, false);
		/* (a given name is not one inside a name: "Mary Ann Evans"
		 * is not "Ann") */
		if (!r && !given_name(t + name.start, name.end - name.start))
			r = full_name_with(c, st, it->q.mention.start, t + name.start,
			                   name.end - name.start, true);
		/* (nor is "Mr Fairweather" the Angela Fairweather of the text) */
		char rg = r && titled ? run_sure_gender(c, st, r) : 0;
		if (rg && rg != g)
			r = NULL;
		if (r) {
			full = (Span){ r->span.start, name_end(t, r->span) };
			lw = r->last; /* filed under the surname */
		} else if (!particles && lw.start == name.start) {
			Span gs = given_before(c, it->q.mention.start, lw);
			if (gs.end > gs.start) {
				full = gs;
				lw = (Span){ gs.end - (lw.end - lw.start), gs.end };
			}
		}
	} else if (!particles) {
		tail = full_name_ending(c, st, name, lw, it->q.mention.start < name.start);
		if (tail)
			full = (Span){ tail->span.start, name_end(t, tail->span) };
	}
	full = past_opener(c, st, full);
	e->name = span_dup(t, full);
	e->key = lower_dup(t + lw.start, lw.end - lw.start);
	e->first = it->q.mention.start;
	if (!e->name || !e->key || !ent_index(st, (size_t)(e - st->v)))
		return -2;
	if (full.start != name.start && !strv_add(&e->aliases, &e->naliases, e->name))
		return -2;
	if ((words == 1 || tail) && full.start != name.start) {
		char *alias = span_dup(t, (Span){ name.start, name_end(t, name) });
		bool ok = alias && strv_add(&e->aliases, &e->naliases, alias);
		free(alias);
		/* The canonical name is not its own alias. */
		for (size_t i = 0; i < e->naliases; i++)
			if (!strcmp(e->aliases[i], e->name)) {
				free(e->aliases[i]);
				e->aliases[i] = e->aliases[--e->naliases];
				break;
			}
		if (!ok)
			return -2;
	}
	return (int)(e - st->v);
}

/* The person name run R names, as an entity (created when they have not
 * spoken yet). */
static int resolve_run(const Ctx *c, SpeakerTable *st, const NameRun *r)
{
	Item fake = { 0 };
	fake.name = r->span;
	fake.q.mention = r->span;
	return resolve_name(c, st, &fake);
}

/* The person whose key (surname) is W[0, N), or -1. */
static int person_by_key(const SpeakerTable *st, const char *w, size_t n)
{
	for (size_t i = ent_first(st, w, n); i != NONE; i = st->v[i].next)
		if (!st->v[i].is_org && strlen(st->v[i].key) == n && !strncasecmp(st->v[i].key, w, n))
			return (int)i;
	return -1;
}

/* True when the name of IT is a known speaker or a full name in the text. */
static bool known_person(const Ctx *c, const SpeakerTable *st, const Item *it)
{
	Span lw = last_word(c->text, it->name);
	if (word_count(c->text, it->name) >= 2)
		return true;
	if (person_by_key(st, c->text + lw.start, lw.end - lw.start) >= 0)
		return true;
	return full_name_for(c, st, c->text + lw.start, lw.end - lw.start) != NULL;
}

/* "CNS" for "Christian News Service", "FBI" for "Federal Bureau of
 * Investigation": 2 to 6 capitals, as the initials of the capitalised
 * words.  False for anything else. */
static bool acronym_of(const char *acr, const char *name)
{
	size_t n = strlen(acr), k = 0;
	if (n < 2 || n > 6 || !strchr(name, ' '))
		return false;
	for (size_t i = 0; i < n; i++)
		if (!isupper((unsigned char)acr[i]))
			return false;
	for (const char *w = name; *w; w += strcspn(w, " "), w += strspn(w, " ")) {
		if (!isupper((unsigned char)*w))
			continue; /* "of", "and", "for" */
		/* "CDC" for "Centers for Disease Control and Prevention": the
		 * letters leave out a last word joined by "and" */
		if (k == n)
			return w - name > 5 && !strncmp(w - 5, " and ", 5) && !strchr(w, ' ');
		if (*w != acr[k++])
			return false;
	}
	return k == n;
}

/* The body named by the initials of NAME, or by the name whose initials
 * NAME is; -1 when none. */
static int acronym_body(const SpeakerTable *st, const char *name)
{
	return body_formed(st, name, acronym_of);
}

/* The latest bodies only, as for titles: a long text stays linear. */
enum { BODIES = 60 };

/* The number of bodies named before byte OFF. */
static size_t bodies_before(const SpeakerTable *st, size_t off)
{
	size_t lo = 0, hi = st->nbodies;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (st->bodies[mid].end <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The name S[0, N) ends with the words W[0, WN) after a word of its own
 * ("National Weather Service" with "weather service"), case aside. */
static bool ends_in_words(const char *s, size_t n, const char *w, size_t wn)
{
	return n > wn + 1 && s[n - wn - 1] == ' ' && !strncasecmp(s + n - wn, w, wn);
}

/* "The Commission said" after "the European Commission": the body named
 * shortly before whose last word is the one-word name N, else N itself. */
static Span body_named_in_full(const Ctx *c, const SpeakerTable *st, const Item *it, Span n)
{
	size_t lo = bodies_before(st, it->q.mention.start), nn = n.end - n.start;
	for (size_t i = lo; i-- > 0 && lo - i <= BODIES;) {
		Span b = st->bodies[i];
		if (ends_in_words(c->text + b.start, b.end - b.start, c->text + n.start, nn))
			return b;
	}
	return n;
}

/* The body named before byte OFF (among the latest BODIES) whose initials
 * are ACR ("NRCC" after "the National Republican Congressional
 * Committee"); an empty span when there is none. */
static Span body_spelled_out(const Ctx *c, const SpeakerTable *st, const char *acr, size_t off)
{
	size_t n = strlen(acr);
	if (n < 2 || n > 6 || !word_all_caps(acr, n))
		return (Span){ 0, 0 };
	size_t lo = bodies_before(st, off);
	for (size_t i = lo; i-- > 0 && lo - i <= BODIES;) {
		Span b = st->bodies[i];
		char buf[160];
		if (b.end - b.start >= sizeof buf)
			continue;
		memcpy(buf, c->text + b.start, b.end - b.start);
		buf[b.end - b.start] = '\0';
		if (acronym_of(acr, buf))
			return b;
	}
	return (Span){ 0, 0 };
}

/* Nouns for a state's institutions: "the Israeli military", "Russia's
 * Foreign Ministry". */
static const char *const institutions[] = {
	"army", "embassy", "force", "forces", "government", "guard", "military", "ministry",
	"navy", "parliament", NULL,
};

static int resolve_org(const Ctx *c, SpeakerTable *st, const Item *it)
{
	Span full = it->name;
	/* "Israel's Foreign Ministry" and "Iran's Foreign Ministry" are two
	 * bodies: a country's institution keeps its country in its name */
	Span lw = last_word(c->text, full), r = it->role;
	if (r.end > r.start && r.end < full.start && full.start - r.end <= 5 &&
	    !memchr(c->text + r.start, ' ', r.end - r.start) &&
	    word_country(c->text + r.start, r.end - r.start) &&
	    word_in(c->text + lw.start, lw.end - lw.start, institutions))
		full.start = r.start;
	if (!memchr(c->text + full.start, ' ', full.end - full.start))
		full = body_named_in_full(c, st, it, full);
	char *name = span_dup(c->text, full);
	if (!name)
		return -2;
	for (size_t i = ent_first(st, name, strlen(name)); i != NONE; i = st->v[i].next)
		if (st->v[i].is_org && !strcasecmp(st->v[i].key, name)) {
			free(name);
			return (int)i;
		}
	/* "Intel's rival AMD, which reported ..., has said": the one word
	 * taken for a person's name before, of no known sex, is this body;
	 * so is the short form of its name ("Mars agrees to buy ..." before
	 * "Mars Inc. said") */
	size_t w0 = strcspn(name, " ");
	for (size_t i = ent_first(st, name, w0); i != NONE; i = st->v[i].next) {
		Ent *e = &st->v[i];
		bool sure;
		if (!e->is_org && !strchr(e->name, ' ') &&
		    (!strcmp(e->name, name) || short_form_of(e->name, name)) &&
		    !ent_gender(c, st, e, &sure)) {
			e->is_org = true;
			if (!strcmp(e->name, name)) {
				free(name);
				return (int)i;
			}
			/* (the full name is the canonical one; NAME is the
			 * entity's now, or freed) */
			return ent_rename(e, name) ? (int)i : -2;
		}
	}
	int a = acronym_body(st, name);
	if (a < 0)
		a = short_body(st, name);
	if (a < 0 && strlen(name) >= 4 && !strchr(name, ' ') && word_all_caps(name, strlen(name))) {
		/* "MORALES: 'We will win'": a surname in capitals, as headlines
		 * write it, of a person the text names in full, rather than the
		 * letters of a body (four letters at least: "UN" is no "Kim
		 * Jong Un") */
		const NameRun *fr = full_name_for(c, st, name, strlen(name));
		if (fr) {
			free(name);
			return resolve_run(c, st, fr);
		}
	}
	if (a >= 0) {
		/* One body: the full name is the canonical one, the letters or
		 * the short form an alias. */
		Ent *e = &st->v[a];
		bool ok;
		if (strchr(name, ' ') && !strchr(e->name, ' ')) {
			ok = ent_rename(e, name);
		} else {
			ok = strv_add(&e->aliases, &e->naliases, name);
			free(name);
		}
		return ok ? a : -2;
	}
	/* "The National Republican Congressional Committee spent ... The NRCC
	 * said": the body the text spelled out is the canonical name, the
	 * letters an alias */
	char *alias = NULL;
	Span longer = body_spelled_out(c, st, name, it->q.mention.start);
	if (longer.end > longer.start) {
		alias = name;
		name = span_dup(c->text, longer);
		if (!name) {
			free(alias);
			return -2;
		}
		for (size_t i = ent_first(st, name, strlen(name)); i != NONE; i = st->v[i].next)
			if (st->v[i].is_org && !strcasecmp(st->v[i].key, name)) {
				bool ok = strv_add(&st->v[i].aliases, &st->v[i].naliases, alias);
				free(alias);
				free(name);
				return ok ? (int)i : -2;
			}
	}
	/* An organisation named by a surname-like single word may be a person
	 * already known ("Likud" vs "Netanyahu") - keep them apart. */
	Ent *e = new_ent(st);
	if (!e) {
		free(alias);
		free(name);
		return -2;
	}
	e->name = name;
	e->key = strdup(name);
	e->is_org = true;
	e->first = it->q.mention.start;
	bool ok = e->key && (!alias || strv_add(&e->aliases, &e->naliases, alias));
	free(alias);
	return ok && ent_index(st, (size_t)(e - st->v)) ? (int)(e - st->v) : -2;
}

/* The body named before IT's mention (among the latest BODIES) whose
 * name W is the short form of ("Acme Corp. faces a probe. ... Acme
 * said"), as an entity; -1 when none, -2 when out of memory. */
static int named_long_form(const Ctx *c, SpeakerTable *st, const Item *it, const char *w)
{
	if (!w)
		return -2;
	size_t lo = bodies_before(st, it->q.mention.start), n = strlen(w);
	for (size_t i = lo; i-- > 0 && lo - i <= BODIES;) {
		Span b = st->bodies[i];
		char buf[128];
		/* (the body's name opens with the word: the copy only then) */
		if (b.end - b.start >= sizeof buf || b.end - b.start <= n ||
		    c->text[b.start + n] != ' ' || strncasecmp(c->text + b.start, w, n))
			continue;
		span_text(c->text, b, buf);
		if (!short_form_of(w, buf))
			continue;
		Item body = *it;
		body.mkind = MEN_ORG;
		body.name = b;
		return resolve_org(c, st, &body);
	}
	return -1;
}

/* The country a mention or role speaks of: "the Russian", "China's". */
static const char *span_country(const char *t, Span s)
{
	size_t i = s.start;
	while (i < s.end) {
		while (i < s.end && t[i] == ' ')
			i++;
		size_t b = i;
		while (i < s.end && t[i] != ' ' && t[i] != ',')
			i++;
		const char *c = i > b ? word_country(t + b, i - b) : NULL;
		if (c && *c)
			return c;
		if (i < s.end && t[i] == ',')
			i++;
	}
	return NULL;
}

/* True when run R's words are NAME (case aside). */
static bool run_is(const char *t, const NameRun *r, const char *name)
{
	size_t n = strlen(name);
	return r->span.end - r->span.start == n && !strncasecmp(t + r->span.start, name, n);
}

/* The words of R that say who someone is.  An appositive may give an age
 * first ("Schiff, 56, the top Democrat"), and one that opens with a
 * preposition or a relative pronoun tells where they were or what they did,
 * not who they are ("Clinton, at a later press gaggle, said", "Sanders,
 * whose candidacy ..."): no role.  "of the Sierra Club" is one. */
static Span role_words(const char *t, Span r)
{
	/* (nor an adverb or a participle: "Taliban, however, said", "...,
	 * shortly before his death, ...", "Obama, dedicating the museum,") */
	static const char *const not_roles[] = {
		"adding", "after", "also", "apparently", "at", "before", "by", "citing",
		"dedicating", "during", "earlier", "from", "however", "in", "including", "it's",
		"it\xE2\x80\x99s", "later", "like", "meanwhile", "noting", "on", "once",
		"referring", "reportedly", "saying", "shortly", "soon", "speaking", "still", "that",
		"then", "though", "when", "where", "which", "while", "who", "who's", "whose",
		"who\xE2\x80\x99s", "with", NULL,
	};
	size_t i = r.start;
	while (i < r.end && isdigit((unsigned char)t[i]))
		i++;
	if (i > r.start && i == r.end)
		return (Span){ 0, 0 }; /* "Ames, 74, says": an age alone */
	if (i > r.start && i < r.end && t[i] == ',') /* the age */
		for (i++; i < r.end && t[i] == ' ';)
			i++;
	else
		i = r.start;
	size_t w = i;
	while (w < r.end && t[w] != ' ' && t[w] != ',')
		w++;
	if (word_in(t + i, w - i, not_roles))
		return (Span){ 0, 0 };
	/* "Mr. Obama": a courtesy says nothing of who he is */
	static const char *const courtesies[] = {
		"miss", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "mx.", NULL,
	};
	if (w == r.end && word_in(t + i, w - i, courtesies))
		return (Span){ 0, 0 };
	/* "Tom Johnston and | Patrick Simmons": a name in a list, no role */
	static const char *const joins[] = { "and", "but", "or", NULL };
	Span last = word_before(t, i, r.end);
	if (word_in(t + i, w - i, joins) || word_in(t + last.start, last.end - last.start, joins))
		return (Span){ 0, 0 };
	/* "BBC's Emily Maitlis": the owner alone is where she works, "BBC";
	 * "Introducing Junior Gaspard" (a headline's verb) is no role */
	size_t e = r.end;
	if (w == e && e - i > 2 && t[e - 1] == 's' && t[e - 2] == '\'')
		e -= 2;
	else if (w == e && e - i > 4 && t[e - 1] == 's' && !memcmp(t + e - 4, "\xE2\x80\x99", 3))
		e -= 4;
	if (w == r.end && w - i > 5 && isupper((unsigned char)t[i]) && !memcmp(t + w - 3, "ing", 3) &&
	    !word_is_title(t + i, w - i))
		return (Span){ 0, 0 };
	/* "a commissioner on the Halibut Commission, which has managed catch
	 * limits since 1924": what follows tells of the body, not of them;
	 * "a professor at the University of Reading, who was not involved in
	 * the study": of what they did */
	for (const char *x = memchr(t + i, ',', e - i); x; x = memchr(x + 1, ',', (size_t)(t + e - x - 1)))
		if ((t + e - x > 7 && (!memcmp(x, ", which ", 8) || !memcmp(x, ", where ", 8) ||
		                       !memcmp(x, ", whose ", 8))) ||
		    (t + e - x > 5 && !memcmp(x, ", who ", 6))) {
			e = (size_t)(x - t);
			break;
		}
	return (Span){ i, e };
}

/* True when the N bytes at W are in the HN bytes at H (case aside). */
static bool holds(const char *h, size_t hn, const char *w, size_t n)
{
	for (size_t k = 0; k + n <= hn; k++)
		if (case_may_open(h[k], w, n) && !strncasecmp(h + k, w, n))
			return true;
	return false;
}

/* True when the words at S are part of one of E's roles already. */
static bool within_role(const char *t, Span s, const Ent *e)
{
	for (size_t i = 0; i < e->nroles; i++)
		if (holds(e->roles[i], strlen(e->roles[i]), t + s.start, s.end - s.start))
			return true;
	return false;
}

/* The length of the party tag R opens with when more follows it ("D-Mass.,
 * a frequent critic of Powell": "D-Mass."), else 0. */
static size_t party_tag(const char *t, Span r)
{
	const char *s = t + r.start;
	size_t n = r.end - r.start, k = party_tag_len(s, n);
	return k && k + 2 < n && s[k] == ',' && s[k + 1] == ' ' ? k : 0;
}

/* W[0, N) names what a person does ("spokeswoman", "economist", "research
 * fellow"), not where or when ("state Del.", "former Sen."). */
static bool job_noun(const char *w, size_t n)
{
	static const Ending ends[] = {
		ENDING("ant"), ENDING("ent"), ENDING("er"), ENDING("ist"), ENDING("low"), ENDING("man"),
		ENDING("or"), ENDING("person"),
	};
	static const char *const not_jobs[] = {
		"former", "inner", "junior", "latter", "lower", "other", "outer", "senior", "under",
		"upper", NULL,
	};
	if (word_is_person_noun(w, n))
		return true;
	return !word_in(w, n, not_jobs) && ends_with_any(w, n, ends, sizeof ends / sizeof *ends);
}

/* Adds the role at R to E (none when R is empty).  An abbreviated title that closes a long role
 * ("China's Deputy Permanent Representative to the United Nations Amb. Wu
 * Haitao") is a role of its own; a short one stays whole ("Indiana Gov.",
 * "Retired Lt. Gen."). */
static bool add_roles(const char *t, Span r, Ent *e)
{
	r = role_words(t, r);
	if (r.end <= r.start)
		return true;
	/* "Sen. Elizabeth Warren, D-Mass., a frequent critic of Powell": the
	 * party tag is a role of its own */
	size_t tag = party_tag(t, r);
	if (tag) {
		Span p = { r.start, r.start + tag };
		if (!within_role(t, p, e)) {
			char *party = span_dup(t, p);
			bool ok = party && strv_add(&e->roles, &e->nroles, party);
			free(party);
			if (!ok)
				return false;
		}
		r.start += tag + 2;
	}
	/* "the chief" after "Police Chief": nothing new */
	Span bare = r, first = { r.start, r.start + strcspn(t + r.start, " ") };
	if (first.end < r.end && word_is_article(t + first.start, first.end - first.start))
		bare.start = first.end + 1;
	if (within_role(t, bare, e))
		return true;
	/* "the chief" before "Police Chief": the title says more */
	for (size_t k = 0; k < e->nroles;) {
		const char *o = e->roles[k];
		size_t on = strcspn(o, " ");
		if (o[on] == ' ' && word_is_article(o, on) &&
		    holds(t + r.start, r.end - r.start, o + on + 1, strlen(o + on + 1))) {
			free(e->roles[k]);
			memmove(&e->roles[k], &e->roles[k + 1], (e->nroles - k - 1) * sizeof *e->roles);
			e->nroles--;
		} else {
			k++;
		}
	}
	Span last = word_before(t, r.start, r.end);
	size_t ln = last.end - last.start, end = last.start;
	while (end > r.start && (t[end - 1] == ' ' || t[end - 1] == ','))
		end--;
	Span prev = word_before(t, r.start, end);
	size_t words = 0;
	for (size_t i = r.start; i < end; i++)
		words += t[i] != ' ' && (i == r.start || t[i - 1] == ' ');
	/* (an honorific is a role of its own however short the role before it:
	 * "study co-author Dr."; so is a title after a job in lower case,
	 * "water economist Professor", "research fellow Dr", "police
	 * spokeswoman Sgt.", which no office's name ends with) */
	bool honor = word_is_honorific(t + last.start, ln) || word_eq(t + last.start, ln, "professor");
	bool dotted = t[last.end - 1] == '.' && word_is_title(t + last.start, ln);
	bool after_job = words && islower((unsigned char)t[prev.start]) &&
	                 job_noun(t + prev.start, prev.end - prev.start);
	if (words && ((dotted && (words >= 3 || honor || after_job)) || (honor && after_job)) && ln > 1 &&
	    t[prev.end - 1] != '.' && /* "Lt. Gen." is one title */
	    !word_eq(t + prev.start, prev.end - prev.start, "and")) {
		char *head = span_dup(t, (Span){ r.start, end }), *title = span_dup(t, last);
		bool ok = head && title &&
		          (within_role(t, (Span){ r.start, end }, e) ||
		           strv_add(&e->roles, &e->nroles, head)) &&
		          (within_role(t, last, e) || strv_add(&e->roles, &e->nroles, title));
		free(head);
		free(title);
		return ok;
	}
	char *all = span_dup(t, r);
	bool ok = all && strv_add(&e->roles, &e->nroles, all);
	free(all);
	return ok;
}

/* The sex the text gives entity E: that its own name shows (*SURE set): a
 * given name, a title before its full name, or a title before its surname
 * when no other full name ends in that surname ("Mr. Scott" says nothing of
 * Rakeyia Scott when Keith Scott is in the story too); else the guess made
 * at its first full name. */
static char ent_gender_of(const Ctx *c, const SpeakerTable *st, const Ent *e, bool *sure);

/* The sex the noun that ends the words R[0, N) says ("His daughter", "the
 * company's spokeswoman"), else 0. */
static char role_sex_in(const char *r, size_t rn)
{
	static const char *const women[] = {
		"actress", "aunt", "businesswoman", "chairwoman", "congresswoman", "daughter",
		"girlfriend", "granddaughter", "grandmother", "mother", "niece", "princess", "queen",
		"sister", "spokeswoman", "widow", "wife", NULL,
	};
	static const char *const men[] = {
		"actor", "boyfriend", "brother", "businessman", "chairman", "congressman", "father",
		"grandfather", "grandson", "husband", "king", "nephew", "prince", "son", "spokesman",
		"uncle", "widower", NULL,
	};
	size_t b = rn;
	while (b > 0 && r[b - 1] != ' ')
		b--;
	return word_in(r + b, rn - b, women) ? 'f' : word_in(r + b, rn - b, men) ? 'm' : 0;
}

/* role_sex_in() of the role R, a string. */
static char role_sex(const char *r) { return role_sex_in(r, strlen(r)); }

/* ent_gender_of(), kept in E until its name changes: it reads every run
 * of the name in the text, and pronouns ask for it again and again. */
static char ent_gender(const Ctx *c, const SpeakerTable *st, Ent *e, bool *sure)
{
	if (!e->gender_for || e->gender_for != e->name || e->gender_roles != e->nroles) {
		e->gender = ent_gender_of(c, st, e, &e->gender_sure);
		e->gender_for = e->name;
		e->gender_roles = e->nroles;
	}
	*sure = e->gender_sure;
	return e->gender;
}

static char ent_gender_of(const Ctx *c, const SpeakerTable *st, const Ent *e, bool *sure)
{
	*sure = false;
	if (e->is_org || !st->nslots || !e->name)
		return 0;
	Span whole = { 0, strlen(e->name) };
	char g = name_gender(c, e->name, 0, whole);
	/* (a given name alone, as a first-name-only speaker goes: "Tom said") */
	if (!g && !strchr(e->name, ' '))
		g = given_sex(e->name, whole.end);
	for (size_t i = 0; !g && i < e->nroles; i++)
		g = role_sex(e->roles[i]);
	if (g) {
		*sure = true;
		return g;
	}
	size_t kn = strlen(e->key);
	size_t first = st->slots[hash_word(e->key, kn) & (st->nslots - 1)];
	bool shared = false;
	for (size_t i = first; i != NONE; i = st->runs[i].next) {
		const NameRun *r = &st->runs[i];
		if (!r->single && same_word(c->text, r->last, e->key, kn) && !run_is(c->text, r, e->name))
			shared = true;
	}
	for (size_t i = first; i != NONE; i = st->runs[i].next) {
		const NameRun *r = &st->runs[i];
		if (!same_word(c->text, r->last, e->key, kn) || !run_sure_gender(c, st, r))
			continue;
		if (r->single ? !shared : run_is(c->text, r, e->name)) {
			*sure = true;
			return r->gender;
		}
	}
	const NameRun *r = full_name_for(c, st, e->key, kn);
	return r ? run_gender(c, st, r, NULL) : 0;
}



/* The sex the pronoun P[0, PN) says: 'm' for "he" ("he'd"), 'f' for "she",
 * else 0. */
static char pronoun_sex(const char *p, size_t pn)
{
	/* (letters compared with their case bit set, as strncasecmp() would
	 * compare them, without its call: this runs for every pronoun) */
	if (pn >= 2 && (p[0] | 32) == 'h' && (p[1] | 32) == 'e' &&
	    (pn == 2 || !isalpha((unsigned char)p[2])))
		return 'm';
	if (pn >= 3 && (p[0] | 32) == 's' && (p[1] | 32) == 'h' && (p[2] | 32) == 'e')
		return 'f';
	/* (an owner's: "Her argument is that ...", "his claim") */
	if (pn == 3 && (p[0] | 32) == 'h' && (p[1] | 32) == 'e' && (p[2] | 32) == 'r')
		return 'f';
	if (pn == 3 && (p[0] | 32) == 'h' && (p[1] | 32) == 'i' && (p[2] | 32) == 's')
		return 'm';
	return 0;
}

/* A "he" or "she" alone at MENTION, resolved to person E of no known sex,
 * guesses it. */
static void guess_gender(const Ctx *c, const SpeakerTable *st, Ent *e, Span mention)
{
	bool sure;
	size_t n = mention.end - mention.start;
	char want = pronoun_sex(c->text + mention.start, n);
	if (want && n == (want == 'm' ? 2u : 3u) && !e->is_org && !ent_gender(c, st, e, &sure))
		e->gender = want;
}

/* True when byte OFF is inside one of the quotations before ITEMS[IDX]
 * (the nearest few: a name that far back is out of reach anyway). */
static bool quoted(const Item *items, size_t idx, size_t off)
{
	for (size_t k = idx, seen = 0; k-- > 0 && seen < 8;) {
		const Quote *q = &items[k].q;
		if (q->kind == QUOTE_INDIRECT)
			continue;
		if (q->span.start <= off && off < q->span.end)
			return true;
		seen++;
	}
	return false;
}

/* The body that spoke last, in the paragraph of IT's mention or the one
 * before, or -1: who "the agency added" or "It added" is. */
static int latest_body(const Ctx *c, const SpeakerTable *st, const Item *it, const int *recent,
                       size_t nrecent)
{
	if (!nrecent)
		return -1;
	const Ent *last = &st->v[recent[nrecent - 1]];
	return last->is_org && article_paragraph_at(c->a, last->last_seen) + 1 >=
	                               article_paragraph_at(c->a, it->q.mention.start)
	               ? recent[nrecent - 1]
	               : -1;
}

/* True when [S, E) is one word and a comma, a sentence adverb before its
 * subject ("Meanwhile, ", "Separately, "). */
static bool adverb_first(const char *t, size_t s, size_t e)
{
	if (e < s + 4 || t[e - 1] != ' ' || t[e - 2] != ',')
		return false;
	for (size_t i = s; i < e - 2; i++)
		if (!isalpha((unsigned char)t[i]))
			return false;
	return true;
}

/* True when the name at B is in the sentence HERE or opens PREV, the
 * sentence before it in paragraph PARA, as its subject. */
static bool subject_near(const Ctx *c, Span here, Span prev, Span para, Span b)
{
	return b.start >= here.start || b.start == prev.start ||
	       adverb_first(c->text, prev.start, b.start) ||
	       opener_subject(c->text, prev, b.start, b.end, para.end);
}

/* The body IT's "it" stands for when the text has just named it as a
 * subject: the latest body named in the pronoun's sentence before it, or
 * opening the sentence before in the same paragraph ("Acme Corp. posted a
 * loss. It said demand fell": Acme, not the body that last spoke).  -1
 * when none, -2 when out of memory. */
static int subject_body(const Ctx *c, SpeakerTable *st, const Item *it)
{
	size_t off = it->q.mention.start;
	size_t si = article_sentence_at(c->a, off);
	Span here = article_sentence(c->a, si);
	Span para = article_paragraph(c->a, article_paragraph_at(c->a, off))->span;
	Span prev = si > 0 ? article_sentence(c->a, si - 1) : (Span){ 0, 0 };
	size_t lo = si > 0 && prev.start >= para.start ? prev.start : here.start;
	Span body = { 0, 0 };
	for (size_t k = bodies_before(st, off); k-- > 0;) {
		Span b = st->bodies[k];
		if (b.start < lo)
			break;
		/* (not the owner of the subject: "Ukraine's air force said ...
		 * it said" is the air force's) */
		size_t pe = b.end + (c->text[b.end] == '\'' ? 2 : !memcmp(c->text + b.end, "\xE2\x80\x99", 3) ? 4 : 0);
		if (pe > b.end && pe + 1 < c->len && (c->text[pe - 1] | 32) == 's' && c->text[pe] == ' ' &&
		    islower((unsigned char)c->text[pe + 1]))
			continue;
		if (subject_near(c, here, prev, para, b)) {
			body = b;
			break;
		}
	}
	/* A body's short name opening a sentence was indexed as a lone
	 * surname ("Norwell, founded in 1998, employs ... It reported"). */
	int e = -1;
	for (size_t i = runs_before(st, off); i-- > 0;) {
		const NameRun *r = &st->runs[i];
		if (r->span.start < lo || r->span.start < body.end)
			break;
		if (!r->single || !r->subject || !subject_near(c, here, prev, para, r->span))
			continue;
		char *name = span_dup(c->text, r->span);
		if (!name)
			return -2;
		e = short_body(st, name);
		free(name);
		if (e >= 0)
			return e;
	}
	if (body.end == 0)
		return -1;
	Item fake = { 0 };
	fake.name = body;
	fake.q.mention = body;
	return resolve_org(c, st, &fake);
}

/* Heads of nominals that name a text or a recording: "the study", "a
 * Donald Trump tweet". */
static const char *const things[] = {
	"ad", "analysis", "article", "book", "clip", "column", "commercial", "complaint", "data",
	"document", "editorial", "filing", "footage", "indictment", "lawsuit", "letter", "memo",
	"paper", "petition", "piece", "poll", "post", "release", "report", "research", "review",
	"ruling", "site", "spot", "statement", "story", "study", "survey", "transcript", "tweet",
	"video", "website", NULL,
};

/* The words that bring someone in unnamed: "a", "an", "another" or "one"
 * NOUN. */
static const char *const indefinites[] = { "a", "an", "another", "one", NULL };

/* Heads that name a body, not a person, beside the words of names of
 * bodies (word_is_org()): "the airline", "the firm Demopolis". */
static const char *const body_nouns[] = {
	"airline", "automaker", "broadcaster", "carmaker", "carrier", "chain", "charity", "chipmaker",
	"drugmaker", "firm", "grocer", "insurer", "lender", "manufacturer", "nonprofit", "operator",
	"organisation", "organization", "planemaker", "pollster", "publisher", "railroad", "railway",
	"regulator", "retailer", "startup", "steelmaker", "university", "utility", NULL,
};

/* The words S before a nominal's head own it: "The utility's", "his",
 * "the company's". */
static bool owned_noun(const char *t, Span s)
{
	static const char *const owners[] = { "her", "his", "its", "their", NULL };
	size_t e = s.end;
	while (e > s.start && t[e - 1] == ' ')
		e--;
	size_t w = e;
	while (w > s.start && t[w - 1] != ' ')
		w--;
	if (e == w)
		return false;
	return word_in(t + w, e - w, owners) || (e - w > 2 && !memcmp(t + e - 2, "'s", 2)) ||
	       (e - w > 4 && !memcmp(t + e - 4, "\xE2\x80\x99s", 4));
}

/* E was first named as a speaker is, by its name alone ("McLenney said",
 * "... Melanie said"), not as the maker of a document ("A survey by
 * Demopolis found") nor after a noun for a body ("the firm Demopolis"). */
static bool named_plainly(const Ctx *c, const Ent *e)
{
	size_t f = e->first, nn = strlen(e->name);
	if (strncmp(c->text + f, e->name, nn) || isalpha((unsigned char)c->text[f + nn]))
		return false;
	size_t w = f;
	while (w > 0 && c->text[w - 1] == ' ')
		w--;
	size_t ws = w;
	while (ws > 0 && isalpha((unsigned char)c->text[ws - 1]))
		ws--;
	return !(w - ws == 2 && !strncmp(c->text + ws, "by", 2)) && !word_is_org(c->text + ws, w - ws) &&
	       !word_in(c->text + ws, w - ws, body_nouns);
}

static int body_by_one_name(const Ctx *c, SpeakerTable *st, const Item *it, const int *recent,
                            size_t nrecent);

/* "One firefighter, who asked not to be named, said morale was low.
 * "...," he said": the one just spoken of in this paragraph is a person the
 * text does not name, so is the "he" (not in the paragraph before: "one
 * questioner claimed ... / "You're right, ...," he said" is who answered);
 * and "A spokesman for Brightline said ... He said" is the spokesman, who
 * speaks for the one the noun is of.  True with *WHO (-1: nobody known) when the
 * latest mention before ITEMS[IDX], of sex WANT, is such; *AT is where it
 * starts, past which a name written before it is no longer the pronoun's. */
static bool unnamed_before(const Ctx *c, const Item *items, size_t idx, char want, int *who,
                           size_t *at)
{
	const Item *it = &items[idx];
	size_t off = it->q.mention.start, pi = article_paragraph_at(c->a, off);
	for (size_t k = idx; want && k-- > 0 && idx - k <= 64;) {
		const Item *x = &items[k];
		if (x->q.mention.end <= x->q.mention.start || x->q.mention.start >= off)
			continue;
		if (article_paragraph_at(c->a, x->q.mention.start) != pi)
			return false;
		/* (someone brought in as unknown, "a", "an", "one" or "another"
		 * NOUN, or a body's or someone's NOUN, "The utility's
		 * spokeswoman warned": not a description of someone named, "the
		 * former first lady", that was not made out) */
		Span w0 = { x->q.mention.start, x->q.mention.start };
		while (w0.end < x->q.mention.end && c->text[w0.end] != ' ')
			w0.end++;
		Span h = nominal_head(c->text, x->q.mention);
		char hs = h.end > h.start ? role_sex_in(c->text + h.start, h.end - h.start) : 0;
		bool spokes = h.end - h.start > 5 && !strncasecmp(c->text + h.start, "spokes", 6) &&
		              h.end < x->q.mention.end;
		if ((x->mkind == MEN_NOMINAL || spokes) && (x->q.speaker < 0 || spokes) &&
		    !word_in(c->text + h.start, h.end - h.start, things) &&
		    (word_in(c->text + w0.start, w0.end - w0.start, indefinites) ||
		     owned_noun(c->text, (Span){ x->q.mention.start, h.start })) &&
		    h.end - h.start > 2 && c->text[h.end - 1] != 's' && (!hs || hs == want) &&
		    word_is_person_noun(c->text + h.start, h.end - h.start)) {
			*who = spokes ? x->q.speaker : -1;
			*at = x->q.mention.start;
			return true;
		}
		return false;
	}
	return false;
}

static int role_subject_before(const Ctx *c, SpeakerTable *st, const int *recent,
                               size_t nrecent, const Item *it, char want);

/* Most recent person entity seen before OFF that fits the pronoun: a full
 * name in the text since the last attributed quote, else a recent speaker.
 * "they" only goes to bodies, "it" to the body that spoke last. */
/* The word W of the text is written before OFF, within a long article's
 * length, after a job in lower case: "the singer Lyssa", "rapper Drake" -
 * a person's one name, not a place's or a thing's. */
static bool named_after_job(const Ctx *c, Span w, size_t off)
{
	const char *x = c->text;
	size_t n = w.end - w.start, lo = off > NAME_WINDOW ? off - NAME_WINDOW : 0;
	for (size_t at = word_occurrence(x, lo, off, x + w.start, n); at != SIZE_MAX;
	     at = word_occurrence(x, at + 1, off, x + w.start, n)) {
		if (at < 2 || x[at - 1] != ' ')
			continue;
		size_t b = at - 1;
		while (b > lo && isalpha((unsigned char)x[b - 1]))
			b--;
		if (b < at - 1 && islower((unsigned char)x[b]) && job_noun(x + b, at - 1 - b))
			return true;
	}
	return false;
}

static int recent_person(const Ctx *c, SpeakerTable *st, const int *recent, size_t nrecent,
                         const Item *items, size_t idx, size_t last_quote_off)
{
	const Item *it = &items[idx];
	const char *p = c->text + it->q.mention.start;
	size_t pn = it->q.mention.end - it->q.mention.start;
	char want = pronoun_sex(p, pn);
	/* bodies, not people */
	if (pn == 2 && !strncasecmp(p, "it", 2)) {
		int b = subject_body(c, st, it);
		if (b == -1)
			b = latest_body(c, st, it, recent, nrecent);
		/* ("Valley Fresh Markets said ... It said": a name no person's,
		 * which "it" makes a body) */
		return b != -1 ? b : body_by_one_name(c, st, it, recent, nrecent);
	}
	/* (one of the last three to speak, seen in this paragraph or the one
	 * before: an editorial's "they note" paragraphs after a newspaper spoke
	 * is not the newspaper) */
	/* (and from the paragraph before only in the first sentence of this
	 * one: deeper in, its own subjects come between - "Gov. Holcomb and
	 * GOP leaders have avoided ... However, they said") */
	if (pn >= 4 && !strncasecmp(p, "they", 4)) {
		size_t here = article_paragraph_at(c->a, it->q.mention.start);
		bool first = article_sentence(c->a, article_sentence_at(c->a, it->q.mention.start)).start ==
		             article_paragraph(c->a, here)->span.start;
		for (size_t k = nrecent; k-- > 0 && nrecent - k <= 3;)
			if (st->v[recent[k]].is_org) {
				size_t seen = article_paragraph_at(c->a, st->v[recent[k]].last_seen);
				return seen >= here || (first && seen + 1 == here) ? recent[k] : -1;
			}
		return -1;
	}
	size_t off = it->q.mention.start;
	size_t lo = runs_before(st, off), ux_at = 0;
	int ux = -1;
	bool has_ux = unnamed_before(c, items, idx, want, &ux, &ux_at);
	for (size_t i = lo; i-- > 0;) {
		const NameRun *r = &st->runs[i];
		/* (a name in a sentence before the unnamed one's is no longer
		 * the pronoun's; one in the same sentence may be: "Ms. Liu was
		 * told by a school counselor that ... She later said") */
		/* (nor one more than a long article's length before it: with
		 * no attributed quote since, a pronoun of the other sex than
		 * every name would walk back to the start each time) */
		if (r->span.start < last_quote_off || r->span.start + NAME_WINDOW < off ||
		    (has_ux && r->span.start < ux_at &&
		     article_sentence_at(c->a, r->span.start) < article_sentence_at(c->a, ux_at)))
			break;
		if (!r->subject || !gender_fits(want, run_gender(c, st, r, NULL)) ||
		    /* ("I went to the ladies' room": no one's name) */
		    word_is_pronoun(c->text + r->last.start, r->last.end - r->last.start))
			continue;
		/* "The North Atlantic warmed fastest, he said": a name in the
		 * words he reports is not who "he" is, nor one in words quoted
		 * before ('a reader would ask: "WHAT? Larry King and Ed Schultz
		 * are on ...?"') */
		if ((r->span.start >= it->q.span.start && r->span.start < it->q.span.end) ||
		    quoted(items, idx, r->span.start))
			continue;
		/* A lone surname counts when the text gave the full name before;
		 * a given name alone is someone of its sex ("Andrew doesn't
		 * remember ...") */
		const NameRun *full =
		        r->single ? full_name_for(c, st, c->text + r->last.start, r->last.end - r->last.start)
		                  : NULL;
		if (r->single && !full) {
			/* (or the noun the name was set after: "His wife, Bernice,") */
			char gs = given_sex(c->text + r->last.start, r->last.end - r->last.start);
			if (!gs && r->gender_known && r->gender_sure)
				gs = r->gender;
			/* (a name of no known sex, the subject of the sentence
			 * just before in the same paragraph, is who the pronoun
			 * is when the text set it after a job before: "The singer
			 * Lyssa ... Asked whether she was happy, Lyssa paused. "I
			 * am less sad," she said") */
			size_t rs = article_sentence_at(c->a, r->span.start);
			size_t ps = article_sentence_at(c->a, off);
			bool just_before = !gs && ps >= rs && ps - rs <= 1 &&
			                   article_paragraph_at(c->a, r->span.start) ==
			                           article_paragraph_at(c->a, off) &&
			                   named_after_job(c, r->last, off);
			if (!just_before && (!gs || !gender_fits(want, gs)))
				continue;
			if (just_before) {
				int e = resolve_run(c, st, r);
				if (e >= 0 && !st->v[e].is_org)
					return e;
				continue;
			}
		}
		/* ('"...?" Brandt asked. "No," she replied': the "she" after a
		 * lone surname is no guess at its sex when its full name, Michael
		 * Brandt, says otherwise) */
		if (full && run_sure_gender(c, st, full) && !gender_fits(want, full->gender))
			continue;
		int e = resolve_run(c, st, r);
		if (e >= 0)
			return e;
		break;
	}
	if (has_ux)
		return ux;
	int by_role = role_subject_before(c, st, recent, nrecent, it, want);
	if (by_role >= 0)
		return by_role;
	/* No sentence since the last quote opens with a fitting name: a
	 * recent speaker of the pronoun's sex, or of no known sex unless a
	 * person whose name or title says that sex was named since the last
	 * quote ("Acme" is not the "he" of 'Her deputy, Mark Chen, was more
	 * cautious. "...," he warned').  Else that person: "skipper Wade Bassi has ... the product
	 * he knows best" - the latest full name before the quote whose own
	 * he/she (or given name) is the pronoun's, outside quotation marks. */
	const NameRun *named = NULL;
	for (size_t i = lo; want && i-- > 0;) {
		const NameRun *r = &st->runs[i];
		if (r->span.start < last_quote_off || r->span.start + NAME_REACH < off)
			break;
		if (r->single || r->span.end > it->q.span.start || run_gender(c, st, r, NULL) != want ||
		    quoted(items, idx, r->span.start))
			continue;
		named = r;
		break;
	}
	bool sure;
	int unsexed = -1; /* a one-word name of no known sex that fits */
	for (size_t k = nrecent; k-- > 0 && nrecent - k <= 4;) {
		Ent *e = &st->v[recent[k]];
		/* (nor one a pronoun names: the "I" of a letter in the text) */
		if (e->is_org || e->is_writer || (e->name && word_is_pronoun(e->name, strlen(e->name))))
			continue;
		char g = ent_gender(c, st, e, &sure);
		if (!gender_fits(want, g) || (!g && named && run_sure_gender(c, st, named)))
			continue;
		/* ("A survey by Demopolis found ... "...," she said" after Elena
		 * Sartori spoke: one word with no full name, title or sex, first
		 * named as the maker of a document or after a noun for a body,
		 * is more often a firm than a person, and yields to someone of
		 * the pronoun's sex; not "McLenney said ...") */
		if (!g && want && unsexed < 0 && e->name && !strchr(e->name, ' ') && !e->nroles &&
		    !full_name_for(c, st, e->key, strlen(e->key)) && !named_plainly(c, e)) {
			unsexed = recent[k];
			continue;
		}
		if (unsexed >= 0 && g != want)
			break;
		return recent[k];
	}
	if (unsexed >= 0) {
		/* (or to someone of that sex named as a sentence's subject
		 * before it: "Elena Sartori spoke in Brescia. A survey by the
		 * firm Demopolis found ...") */
		for (size_t i = lo; i-- > 0;) {
			const NameRun *r = &st->runs[i];
			if (r->span.start + NAME_REACH < off)
				break;
			if (!r->single && r->subject && r->span.end <= it->q.span.start &&
			    run_gender(c, st, r, NULL) == want && run_sure_gender(c, st, r) &&
			    !quoted(items, idx, r->span.start)) {
				int e = resolve_run(c, st, r);
				if (e >= 0)
					return e;
				break;
			}
		}
		return -1; /* (else nobody: weak evidence) */
	}
	if (named) {
		return resolve_run(c, st, named);
	}
	/* The genders read off nearby pronouns are guesses: rather the latest
	 * person speaking than nobody, unless the name itself says otherwise. */
	for (size_t k = nrecent; k-- > 0 && nrecent - k <= 2;) {
		Ent *e = &st->v[recent[k]];
		if (e->is_org || e->is_writer)
			continue;
		char g = ent_gender(c, st, e, &sure);
		if (!sure || gender_fits(want, g))
			return recent[k];
	}
	return -1;
}

/* "I said", "we found" outside quotation marks: the writer of the article
 * (or its newsroom), not the latest speaker. */
static bool is_first_person(const char *t, Span m)
{
	size_t n = m.end - m.start, k = 0;
	if (n >= 1 && t[m.start] == 'I')
		k = 1;
	else if (n >= 2 && (t[m.start] | 32) == 'w' && t[m.start + 1] == 'e')
		k = 2;
	return k && (n == k || t[m.start + k] == '\'' || (unsigned char)t[m.start + k] == 0xE2);
}

/* The writer as an entity: the byline's name ("By Nicole Gaouette, CNN"), or
 * "the writer" when the article names none. */
static int resolve_writer(const Ctx *c, SpeakerTable *st, const Item *it)
{
	const char *by = article_meta(c->a, META_BYLINE);
	char name[128];
	if (by) {
		if (!strncasecmp(by, "by ", 3))
			by += 3;
		/* (an honorific is no part of the name: "By Dr. Elena Vasquez") */
		size_t w = strcspn(by, " ");
		if (by[w] == ' ' && (word_is_honorific(by, w) || word_is_title(by, w)))
			by += w + 1;
		size_t n = strcspn(by, ",|;(");
		const char *and = strstr(by, " and ");
		if (and && (size_t)(and - by) < n)
			n = (size_t)(and - by);
		while (n > 0 && by[n - 1] == ' ')
			n--;
		snprintf(name, sizeof name, "%.*s", (int)n, by);
	}
	if (!by || !*name)
		snprintf(name, sizeof name, "the writer");
	for (size_t i = 0; i < st->n; i++)
		if (st->v[i].is_writer)
			return (int)i;
	Ent *e = new_ent(st);
	if (!e)
		return -2;
	e->name = strdup(name);
	e->key = lower_dup(name, strlen(name));
	e->is_writer = true;
	e->first = it->q.mention.start;
	if (!e->name || !e->key || !ent_index(st, (size_t)(e - st->v)) ||
	    !strv_add(&e->roles, &e->nroles, "writer"))
		return -2;
	return (int)(e - st->v);
}


/* Words that make another office of the one they precede: a "vice
 * president" is not "the president", nor a "former" one the current. */
static const char *const office_modifiers[] = {
	"acting", "assistant", "associate", "deputy", "ex", "former", "interim", "lieutenant",
	"lt", "under", "vice", NULL,
};

/* The title W (WN bytes) short or in another word, as *N bytes (its dot
 * left out), or NULL when it has none: "sen" for "senator", "gov" for
 * "governor", "rep" for "congressman", "justice" for a judge.  Each title
 * has one, so it is looked up once (title_word()), not for every word or
 * every role read. */
static const char *short_title(const char *w, size_t wn, size_t *n)
{
	/* the lengths beside the words, counted by the compiler */
#define PAIR(s, l) { s, l, sizeof s - 1, sizeof l - 1 }
	static const struct {
		const char *a, *w;
		size_t n, wn;
	} pairs[] = {
		PAIR("ald", "alderman"), PAIR("amb", "ambassador"), PAIR("atty", "attorney"), PAIR("dr", "doctor"),
		PAIR("gen", "general"), PAIR("gov", "governor"), PAIR("justice", "judge"),
		PAIR("lt", "lieutenant"),
		PAIR("pres", "president"), PAIR("prof", "professor"), PAIR("rep", "congressman"),
		PAIR("rep", "congresswoman"), PAIR("rep", "representative"),
		PAIR("sec", "secretary"), PAIR("sen", "senator"), PAIR("sgt", "sergeant"),
		PAIR("supt", "superintendent"),
	};
#undef PAIR
	for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++)
		if (pairs[i].wn == wn && word_eq(w, wn, pairs[i].w)) {
			*n = pairs[i].n;
			return pairs[i].a;
		}
	return NULL;
}

/* A word looked for in titles and roles, W (N bytes), and its short form
 * (short_title(), ABBR of AN bytes, or NULL): found once for all the
 * titles of a text that the word is looked for in. */
typedef struct {
	const char *w, *abbr;
	size_t n, an;
	const char *phrase; /* the words an initialism stands for, or NULL */
} TitleWord;

/* The words the initialism W (N bytes) of an office stands for, or NULL. */
static const char *initialism_of(const char *w, size_t n)
{
	static const char *const pairs[][2] = {
		{ "ag", "attorney general" }, { "ceo", "chief executive" },
		{ "cfo", "chief financial officer" }, { "coo", "chief operating officer" },
		{ "cto", "chief technology officer" }, { "da", "district attorney" },
		{ "pm", "prime minister" },
	};
	for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++)
		if (word_eq(w, n, pairs[i][0]))
			return pairs[i][1];
	return NULL;
}

static TitleWord title_word(const char *w, size_t n)
{
	TitleWord tw = { w, NULL, n, 0, initialism_of(w, n) };
	tw.abbr = short_title(w, n, &tw.an);
	return tw;
}

/* The word of T[S] before the first word TW (or its short form), as
 * [*PB, *PE) (empty when TW opens S), and the offset after it in *AFTER;
 * false when it is not in S. */
static bool find_word(const char *t, Span s, const TitleWord *tw, size_t *pb, size_t *pe,
                      size_t *after)
{
	const char *w = tw->w, *abbr = tw->abbr;
	size_t n = tw->n, an = tw->an;
	*pb = *pe = s.start;
	for (size_t i = s.start; i < s.end;) {
		while (i < s.end && !isalpha((unsigned char)t[i]))
			i++;
		size_t b = i;
		while (i < s.end && (isalpha((unsigned char)t[i]) || t[i] == '.'))
			i++;
		size_t l = i - b;
		if (l && t[i - 1] == '.')
			l--;
		if ((l == n && !strncasecmp(t + b, w, n)) ||
		    (abbr && l == an && !strncasecmp(t + b, abbr, an))) {
			*after = i;
			return true;
		}
		/* "the PM" is the "Prime Minister", "the CEO" the "chief
		 * executive" (officer or not) */
		size_t pn = tw->phrase ? strlen(tw->phrase) : 0;
		if (pn && b + pn <= s.end && !strncasecmp(t + b, tw->phrase, pn) &&
		    (b + pn == s.end || !isalpha((unsigned char)t[b + pn]))) {
			*after = b + pn;
			return true;
		}
		*pb = b;
		*pe = b + l;
	}
	return false;
}

/* A role of E's holds the word TW (or its short form). */
static bool role_holds(const Ent *e, const TitleWord *tw)
{
	size_t pb, pe, after;
	for (size_t i = 0; i < e->nroles; i++)
		if (find_word(e->roles[i], (Span){ 0, strlen(e->roles[i]) }, tw, &pb, &pe, &after))
			return true;
	return false;
}

/* "Foreign Minister Paul Okoye said ... Opposition leader James Hart said
 * ... The minister dismissed the criticism. He said ...": the sentence
 * before the pronoun's (or its own, before it) opens with "the" and a noun
 * for what a recent speaker is (a word of one of their roles), the subject
 * the pronoun goes on with; that speaker, of the pronoun's sex (WANT), or
 * -1. */
static int role_subject_before(const Ctx *c, SpeakerTable *st, const int *recent,
                               size_t nrecent, const Item *it, char want)
{
	const char *t = c->text;
	size_t off = it->q.mention.start, si = article_sentence_at(c->a, off);
	Span here = article_sentence(c->a, si);
	size_t pi = article_paragraph_at(c->a, off);
	for (size_t k = 0; k < 2; k++) {
		Span s = k == 0 ? here : (si > 0 ? article_sentence(c->a, si - 1) : (Span){ 0, 0 });
		if (s.end <= s.start || s.start >= off || article_paragraph_at(c->a, s.start) + 1 < pi)
			continue;
		if (s.end - s.start < 8 || strncmp(t + s.start, "The ", 4))
			continue;
		/* the head: the last of up to three words in lower case, a
		 * noun for a person, before a verb in lower case */
		size_t w = s.start + 4, hs = 0, he = 0;
		for (int n = 0; n < 3 && w < s.end && islower((unsigned char)t[w]); n++) {
			size_t e = w;
			while (e < s.end && (isalpha((unsigned char)t[e]) || t[e] == '-'))
				e++;
			if (word_is_person_noun(t + w, e - w) || word_is_title(t + w, e - w)) {
				hs = w;
				he = e;
			}
			if (e >= s.end || t[e] != ' ')
				break;
			w = e + 1;
		}
		if (he <= hs || he > off)
			continue;
		TitleWord tw = title_word(t + hs, he - hs);
		int found = -1;
		for (size_t r = nrecent; r-- > 0 && nrecent - r <= 6;) {
			Ent *e = &st->v[recent[r]];
			bool sure;
			if (e->is_org || !gender_fits(want, ent_gender(c, st, e, &sure)))
				continue;
			if (!role_holds(e, &tw))
				continue;
			if (found >= 0 && found != recent[r])
				return -1; /* (two of that role: nobody sure) */
			found = recent[r];
		}
		return found;
	}
	return -1;
}

/* The party word in T[S) ("Democratic", "GOP"), as an index in PARTIES
 * with the two spellings of each party next to each other; -1 when none. */
static int party_in(const char *t, Span s)
{
	static const char *const parties[] = {
		"democratic", "democrat", "republican", "gop", "labour", "labor", "conservative",
		"tory", "libertarian", "libertarians", "green", "greens", NULL,
	};
	for (size_t i = s.start; i < s.end;) {
		while (i < s.end && !isalpha((unsigned char)t[i]))
			i++;
		size_t e = i;
		while (e < s.end && isalpha((unsigned char)t[e]))
			e++;
		for (int k = 0; parties[k]; k++)
			if (strlen(parties[k]) == e - i && !strncasecmp(parties[k], t + i, e - i))
				return k / 2;
		i = e;
	}
	return -1;
}

/* The office word W in the mention M ("the governor"), as office_fits()
 * holds roles against it: found in M once for the hundreds of titles a
 * nominal is held against, not again for each. */
typedef struct {
	Span m;
	size_t mb, me;  /* the word before W in M (empty when W opens M) */
	size_t ma;      /* the offset after W */
	int party;      /* party_in() of M */
	bool modified;  /* the word before is one of office_modifiers */
} Office;

/* False when M does not hold W: then no role fits. */
static bool office_in(const char *t, Span m, const TitleWord *w, Office *o)
{
	if (!find_word(t, m, w, &o->mb, &o->me, &o->ma))
		return false;
	o->m = m;
	o->party = party_in(t, m);
	o->modified = o->me > o->mb && word_in(t + o->mb, o->me - o->mb, office_modifiers);
	return true;
}

/* True when ROLE in R holds the office O of a mention in T names by its
 * head word W: "Governor" fits "the governor"; "Vice President" does not
 * fit "the president", nor "the vice president" a "President", nor "the
 * president" the "president of the American Farm Bureau". */
static bool office_fits(const char *r, Span role, const char *t, const Office *o,
                        const TitleWord *w)
{
	size_t rb, re, ra;
	if (!find_word(r, role, w, &rb, &re, &ra))
		return false;
	static const char *const qualifiers[] = { "at", "for", "of", NULL };
	while (ra < role.end && r[ra] == ' ')
		ra++;
	size_t qe = ra;
	while (qe < role.end && isalpha((unsigned char)r[qe]))
		qe++;
	if (qe > ra && word_in(r + ra, qe - ra, qualifiers) && o->ma >= o->m.end)
		return false;
	/* "The Democratic presidential nominee" is not "Republican
	 * presidential nominee Donald Trump": both name a party, and not the
	 * same one. */
	int party = party_in(r, role);
	if (party >= 0 && o->party >= 0 && party != o->party)
		return false;
	bool rmod = re > rb && word_in(r + rb, re - rb, office_modifiers);
	if (!rmod && !o->modified)
		return true;
	return rmod && o->modified && re - rb == o->me - o->mb &&
	       !strncasecmp(r + rb, t + o->mb, re - rb);
}

/* The judge a transcript's "THE COURT" is: the latest name the text
 * gives the title judge or justice before the mention of IT; -1 when none. */
static int court_judge(const Ctx *c, SpeakerTable *st, const Item *it)
{
	size_t lo = runs_before(st, it->q.mention.start), b, e, a;
	const TitleWord judge = title_word("judge", 5), justice = title_word("justice", 7);
	for (size_t i = lo; i-- > 0 && lo - i <= 400;) {
		const NameRun *r = &st->runs[i];
		if (r->title.end > r->title.start &&
		    (find_word(c->text, r->title, &judge, &b, &e, &a) ||
		     find_word(c->text, r->title, &justice, &b, &e, &a)))
			return resolve_run(c, st, r);
	}
	return -1;
}

/* The person a nominal whose head is HEAD ("the governor") names by role:
 * among the six latest speakers the latest whose roles hold that word, else
 * the latest name written after that title before the mention.  -1 when
 * none, -2 out of memory. */
static int titled_person(const Ctx *c, SpeakerTable *st, const Item *it, const int *recent,
                         size_t nrecent, Span head)
{
	const char *t = c->text, *w = t + head.start;
	size_t wn = head.end - head.start;
	/* Only a word that is a title ("governor", not "report"; of two
	 * letters only "PM", not "US") */
	if ((wn < 3 && !(wn == 2 && !strncasecmp(w, "pm", 2))) || !word_is_title(w, wn))
		return -1;
	const TitleWord tw = title_word(w, wn);
	Office office;
	if (!office_in(t, it->q.mention, &tw, &office))
		return -1;
	/* "the Republican nominee" is nobody a role calls a Democrat */
	int party = office.party;
	for (size_t k = nrecent; k-- > 0 && nrecent - k <= 6;) {
		const Ent *e = &st->v[recent[k]];
		int other = -1;
		for (size_t r = 0; party >= 0 && other < 0 && r < e->nroles; r++)
			other = party_in(e->roles[r], (Span){ 0, strlen(e->roles[r]) });
		if (other >= 0 && other != party)
			continue;
		for (size_t r = 0; !e->is_org && r < e->nroles; r++)
			if (office_fits(e->roles[r], (Span){ 0, strlen(e->roles[r]) }, t, &office,
			                &tw))
				return recent[k];
	}
	/* Never read off a headline's capitalised words.  The latest runs
	 * only: a search back to the start for every nominal would make a long
	 * text quadratic. */
	enum { TITLE_RUNS = 400 };
	size_t lo = runs_before(st, it->q.mention.start);
	/* The people the title fits, latest first: up to four surnames. */
	enum { FITS = 4 };
	size_t fit[FITS], nfit = 0;
	for (size_t i = lo; i-- > 0 && lo - i <= TITLE_RUNS && nfit < FITS;) {
		const NameRun *r = &st->runs[i];
		if (r->span.end > it->q.mention.start || r->title.end == r->title.start ||
		    word_count(t, r->title) > 4 || !office_fits(t, r->title, t, &office, &tw))
			continue;
		const Paragraph *p = article_paragraph(c->a, article_paragraph_at(c->a, r->span.start));
		if (p && p->kind == PARA_TITLE)
			continue;
		bool seen = false;
		for (size_t k = 0; k < nfit && !seen; k++)
			seen = same_word(t, st->runs[fit[k]].last, t + r->last.start,
			                 r->last.end - r->last.start);
		if (!seen)
			fit[nfit++] = i;
	}
	if (!nfit)
		return -1;
	/* Of several, the one named last by any name ("Republican Gov. Eric
	 * Holcomb ... Kentucky GOP Gov. Matt Bevin ... Teachers didn't see
	 * Holcomb ...  The governor said": Holcomb). */
	size_t pick = fit[0];
	for (size_t i = lo; nfit > 1 && i-- > 0 && lo - i <= TITLE_RUNS;) {
		const NameRun *r = &st->runs[i];
		size_t k = 0;
		while (k < nfit && !same_word(t, st->runs[fit[k]].last, t + r->last.start,
		                              r->last.end - r->last.start))
			k++;
		if (k < nfit && r->span.end <= it->q.mention.start) {
			pick = fit[k];
			break;
		}
	}
	Item named = *it;
	named.mkind = MEN_NAME;
	named.name = st->runs[pick].span;
	named.role = st->runs[pick].title;
	return resolve_name(c, st, &named);
}

/* True when a word of S starts with the N bytes at W (case aside). */
static bool has_prefix_word(const char *t, Span s, const char *w, size_t n)
{
	for (size_t i = s.start; i + n <= s.end; i++)
		if ((i == s.start || t[i - 1] == ' ') && !strncasecmp(t + i, w, n))
			return true;
	return false;
}

/* True when bodies A and B are written alike. */
static bool same_body(const char *t, Span a, Span b)
{
	return a.end - a.start == b.end - b.start && !strncasecmp(t + a.start, t + b.start, a.end - a.start);
}

static const char *const firm_heads[] = { "company", "firm", NULL };

/* The body B of the name index with the words its run left out before a
 * joining word in lower case: "Food and | Drug Administration",
 * "Centers for | Disease Control". */
static Span body_whole(const Ctx *c, Span b)
{
	static const char *const joins[] = { "and", "for", "of", "on", NULL };
	const char *t = c->text;
	size_t ps = article_paragraph(c->a, article_paragraph_at(c->a, b.start))->span.start;
	for (int k = 0; k < 3; k++) {
		Span j = word_before(t, ps, b.start), w = word_before(t, ps, j.start);
		if (j.end == j.start || !word_in(t + j.start, j.end - j.start, joins) ||
		    w.end == w.start || !isupper((unsigned char)t[w.start]))
			break;
		b.start = w.start;
	}
	return b;
}

/* "Apple has agreed to pay ... (the company had not spoken) ... "...,"
 * the company said": the latest one-word subject of a sentence, in this
 * paragraph or the two before, that is nobody's name (no full name, no
 * he or she, no speaker of that name), as a body; -1 when none. */
static int one_word_firm(const Ctx *c, SpeakerTable *st, const Item *it)
{
	size_t pi = article_paragraph_at(c->a, it->q.mention.start);
	size_t from = article_paragraph(c->a, pi > 2 ? pi - 2 : 0)->span.start;
	size_t lo = runs_before(st, it->q.mention.start);
	/* (the latest runs only: a paragraph of thousands of names stays
	 * linear) */
	for (size_t i = lo; i-- > 0 && lo - i <= EARLY;) {
		const NameRun *r = &st->runs[i];
		if (r->span.start < from)
			break;
		size_t n = r->last.end - r->last.start;
		if (!r->single || !r->subject || r->title.end > r->title.start)
			continue;
		/* (the subject of a verb: "Apple has agreed", "Boeing reported";
		 * not "Good morning!") */
		static const char *const verbs[] = {
			"bought", "built", "cut", "fell", "grew", "had", "has", "is", "lost", "made", "paid",
			"plans", "rose", "said", "says", "sold", "took", "was", "will", "won", "would", NULL,
		};
		Span v = { r->span.end + 1, r->span.end + 1 };
		while (v.end < c->len && isalpha((unsigned char)c->text[v.end]))
			v.end++;
		/* (or any verb in the past in "-ed": "Kroger raised prices") */
		bool ed = v.end - v.start > 4 && !memcmp(c->text + v.end - 2, "ed", 2) &&
		          islower((unsigned char)c->text[v.start]);
		if (c->text[r->span.end] != ' ' ||
		    !(ed || word_in(c->text + v.start, v.end - v.start, verbs)))
			continue;
		if (full_name_within(c, st, c->text + r->last.start, n, EARLY) ||
		    given_name(c->text + r->last.start, n) ||
		    person_by_key(st, c->text + r->last.start, n) >= 0 ||
		    run_gender(c, st, r, NULL))
			return -1; /* (the latest such subject is a person's) */
		Item fake = { 0 };
		fake.name = r->last;
		fake.q.mention = r->last;
		return resolve_org(c, st, &fake);
	}
	return -1;
}

/* The body "the federation" or "the company" (HEAD) names when none has
 * spoken, among the latest the text named before the mention: the nearest
 * whose name ends in that word ("the National Housing Federation").  "The
 * company" is, of the names that end like a company's ("Acme Corp", "Whole
 * Foods"), the one named most often: the story's, not one named in
 * passing.  Two named as often leave it unresolved.  A word before the head
 * narrows it down ("the production company").  A name of one word is too
 * weak a sign ("Bank").  -1 when none, -2 out of memory. */
static int named_body(const Ctx *c, SpeakerTable *st, const Item *it, Span head)
{
	static const char *const firm_ends[] = {
		"airlines", "co", "co.", "company", "corp", "corp.", "corporation", "foods", "group",
		"holdings", "inc", "inc.", "industries", "labs", "llc", "ltd", "ltd.", "motors",
		"plc", "technologies", NULL,
	};
	const char *t = c->text;
	size_t hn = head.end - head.start;
	bool firm = word_in(t + head.start, hn, firm_heads);
	size_t lo = bodies_before(st, it->q.mention.start);
	/* "the production company", "the news agency": the word before the
	 * head must open a word of the name ("Acme Productions Group") */
	Span mod = word_before(t, it->q.mention.start, head.start);
	if (mod.start == it->q.mention.start || mod.end - mod.start < 3 ||
	    !islower((unsigned char)t[mod.start]))
		mod = (Span){ 0, 0 };
	size_t from = lo > BODIES ? lo - BODIES : 0, best = NONE, most = 0;
	bool tie = false;
	for (size_t i = lo; i-- > from;) {
		Span b = st->bodies[i], lw = last_word(t, b);
		if (word_count(t, b) < 2 || (mod.end && !has_prefix_word(t, b, t + mod.start,
		                                                          mod.end - mod.start)))
			continue;
		if (!firm) {
			/* "the airline": "Alaska Airlines"; "the agency": "the Food
			 * and Drug Administration", "the National Weather Service" */
			static const char *const agencies[] = {
				"administration", "agency", "authority", "bureau", "commission", "enforcement",
				"service", "services", NULL,
			};
			size_t ln = lw.end - lw.start;
			/* (a kind of agency only from this paragraph or the one
			 * before: the agency of a text is not any body far back) */
			if (((ln == hn || (ln == hn + 1 && (t[lw.end - 1] | 32) == 's')) &&
			     !strncasecmp(t + lw.start, t + head.start, hn)) ||
			    (word_eq(t + head.start, hn, "agency") && word_in(t + lw.start, ln, agencies) &&
			     article_paragraph_at(c->a, b.start) + 1 >=
			             article_paragraph_at(c->a, it->q.mention.start))) {
				best = i;
				break;
			}
			continue;
		}
		if (!mod.end && !word_in(t + lw.start, lw.end - lw.start, firm_ends))
			continue;
		size_t n = 0;
		for (size_t k = from; k < lo; k++)
			n += same_body(t, st->bodies[k], b);
		if (n > most) {
			most = n;
			best = i;
			tie = false;
		} else if (n == most && !same_body(t, st->bodies[best], b)) {
			tie = true;
		}
	}
	if (best == NONE || tie)
		return -1;
	Item named = *it;
	named.mkind = MEN_ORG;
	named.name = body_whole(c, st->bodies[best]);
	return resolve_org(c, st, &named);
}

static bool common_shape(const char *w, size_t n);

/* "Boeing will slow production, the company said": a report whose clause
 * comes first and opens with a name of one or two capitalised words that
 * is no person's, maybe set off by an appositive: the body is that name.
 * -1 when there is none. */
static int clause_body(const Ctx *c, SpeakerTable *st, const Item *it)
{
	const char *t = c->text;
	Span q = it->q.span;
	if (it->q.kind != QUOTE_INDIRECT || q.end > it->q.mention.start)
		return -1;
	size_t i = q.start, words = 0, end = i;
	while (words < 3 && i < q.end && isupper((unsigned char)t[i])) {
		size_t w = i;
		while (w < q.end && (isalnum((unsigned char)t[w]) || t[w] == '-' || t[w] == '&'))
			w++;
		if (words == 0 && (word_names_nobody(&c->e->name_class, t + i, w - i) ||
		                   word_is_person_noun(t + i, w - i) || common_shape(t + i, w - i)))
			return -1; /* "The", "It", "Officials", "Parents", "Pediatricians" */
		end = w;
		words++;
		i = w;
		if (i >= q.end || t[i] != ' ')
			break;
		i++;
	}
	/* (or is set off by its appositive: "Anthropic, the AI startup, has
	 * raised ..., the company said") */
	bool apposed = end + 5 < q.end && t[end] == ',' &&
	               (!strncmp(t + end, ", the ", 6) || !strncmp(t + end, ", a ", 4) ||
	                !strncmp(t + end, ", an ", 5));
	if (words == 0 || words > 2 || end >= q.end || (t[end] != ' ' && t[end] != '\'' && !apposed))
		return -1;
	/* a person's name ("Calhoun will", "Dave Calhoun will") or a country */
	Span name = { q.start, end };
	Span lw = last_word(t, name);
	size_t fn = strcspn(t + q.start, " ");
	if (fn > end - q.start)
		fn = end - q.start;
	if (given_sex(t + q.start, fn) || person_by_key(st, t + lw.start, lw.end - lw.start) >= 0 ||
	    full_name_for(c, st, t + lw.start, lw.end - lw.start) ||
	    word_country(t + q.start, end - q.start))
		return -1;
	Item body = *it;
	body.mkind = MEN_ORG;
	body.name = name;
	return resolve_org(c, st, &body);
}

/* *GUESSED is set when the mention says nothing of who they are: the
 * answer is only the latest speaker, nothing in the mention matching them,
 * or the mention is their surname. */
/* True when the word W (N bytes) stands in T[S) as a word, case aside. */
static bool has_word_in(const char *t, Span s, const char *w, size_t n)
{
	for (size_t i = s.start; i + n <= s.end; i++)
		if (case_may_open(t[i], w, n) && !strncasecmp(t + i, w, n) &&
		    (i == s.start || !isalnum((unsigned char)t[i - 1])) &&
		    (i + n == s.end || !isalnum((unsigned char)t[i + n])))
			return true;
	return false;
}

/* One of the last six speakers, a body whose name holds the word W ("the
 * commission": "the Commission on Presidential Debates"), or -1. */
static int recent_body_with(const SpeakerTable *st, const int *recent, size_t nrecent,
                            const char *w, size_t n)
{
	for (size_t k = nrecent; k-- > 0 && nrecent - k <= 6;)
		if (st->v[recent[k]].is_org && words_hold(st->v[recent[k]].name, w, n))
			return recent[k];
	return -1;
}

/* How far after a mention of "police" the force it is may be named, in
 * bytes (a few paragraphs). */
enum { POLICE_AHEAD = 1500 };

/* "police said", "according to the police": the force speaks, as a body:
 * the one that spoke or was named lately ("the Atlanta Police
 * Department"), else one called "police".  HEAD is the word "police". */
static int police_force(const Ctx *c, SpeakerTable *st, const Item *it, Span head,
                        const int *recent, size_t nrecent)
{
	int spoke = recent_body_with(st, recent, nrecent, "police", 6);
	if (spoke >= 0)
		return spoke;
	Item force = *it;
	force.name = head;
	size_t lo = bodies_before(st, it->q.mention.start);
	for (size_t i = lo; i-- > 0 && lo - i <= BODIES;)
		if (has_word_in(c->text, st->bodies[i], "police", 6)) {
			force.name = st->bodies[i];
			break;
		}
	/* (else the force the next paragraphs name: "Police: Man charged
	 * after standoff" over "..., according to the Riverside Police
	 * Department") */
	for (size_t i = lo; force.name.start == head.start && i < st->nbodies && i < lo + BODIES &&
	                    st->bodies[i].start < it->q.mention.end + POLICE_AHEAD;
	     i++)
		if (has_word_in(c->text, st->bodies[i], "police", 6))
			force.name = st->bodies[i];
	int e = resolve_org(c, st, &force);
	if (e >= 0 && !strcmp(st->v[e].name, "Police"))
		st->v[e].name[0] = 'p'; /* one name, whether a sentence opens with it */
	return e;
}

/* "Apple said it would appeal. The company said ...": the latest speaker,
 * in this paragraph or the one before, when it is a name that nothing
 * shows to be a person's (one word with no full name of it in the text,
 * or words no given name opens; no sex, no title); it is a body from now
 * on.  -1 when there is none. */
static int body_by_one_name(const Ctx *c, SpeakerTable *st, const Item *it, const int *recent,
                            size_t nrecent)
{
	if (!nrecent)
		return -1;
	Ent *e = &st->v[recent[nrecent - 1]];
	bool sure;
	/* (or words no given name opens, which a person's full name would:
	 * "Castlegate Steel announced ... The company said") */
	bool words = e->name && strchr(e->name, ' ');
	if (e->is_org || e->is_writer || !e->name || e->nroles ||
	    (words && given_name(e->name, strcspn(e->name, " "))) ||
	    article_paragraph_at(c->a, e->last_seen) + 1 < article_paragraph_at(c->a, it->q.mention.start) ||
	    (!words && full_name_for(c, st, e->key, strlen(e->key))) || ent_gender(c, st, e, &sure) ||
	    sure)
		return -1;
	/* (nor when a body is named between: "Artemis aims to ... help NASA
	 * develop ..., something the agency wants") */
	if (bodies_before(st, it->q.mention.start) != bodies_before(st, e->last_seen))
		return -1;
	for (size_t i = e->last_seen; i + 1 < it->q.mention.start; i++)
		if (isupper((unsigned char)c->text[i]) && isupper((unsigned char)c->text[i + 1]) &&
		    (i == 0 || !isalpha((unsigned char)c->text[i - 1])))
			return -1;
	/* (nor a "he" or "she" after it at its first mentions: "Smith said he
	 * would") */
	size_t kn = strlen(e->key), seen = 0;
	for (size_t i = st->nslots ? st->slots[hash_word(e->key, kn) & (st->nslots - 1)] : NONE;
	     i != NONE && seen++ < EARLY; i = st->runs[i].next)
		if (same_word(c->text, st->runs[i].last, e->key, kn) &&
		    run_gender(c, st, &st->runs[i], NULL))
			return -1;
	e->is_org = true;
	return recent[nrecent - 1];
}

/* The run R is followed by an age set off ("Clarke, 19, was"): a
 * person's name. */
static bool aged_run(const char *t, size_t len, const NameRun *r)
{
	size_t e = r->span.end, d = e + 2;
	if (e + 4 >= len || t[e] != ',' || t[e + 1] != ' ')
		return false;
	while (d < len && d < e + 5 && isdigit((unsigned char)t[d]))
		d++;
	return d > e + 2 && d < len && t[d] == ',';
}

/* The name at byte A opens the sentence of byte B or the one right
 * before it, in B's paragraph, or (ACROSS) ending the paragraph before
 * ("Striker Tomas Berglund scored the winner. [new paragraph] '...,' the
 * 27-year-old said"). */
static bool next_to(const Ctx *c, size_t a, size_t b, bool across)
{
	size_t sa = article_sentence_at(c->a, a), sb = article_sentence_at(c->a, b);
	size_t pa = article_paragraph_at(c->a, a), pb = article_paragraph_at(c->a, b);
	return sa + 1 >= sb && (pa == pb || (across && pa + 1 == pb));
}

/* "Stumpf, 63, apologized. ... "...," the 63-year-old said": the person
 * whose age the text gave after the name, among the latest runs before the
 * mention whose head HEAD is an age; -1 when none (or not an age). */
static int aged_person(const Ctx *c, SpeakerTable *st, const Item *it, Span head)
{
	const char *t = c->text;
	size_t hn = head.end - head.start, digits = 0;
	if (!word_is_age(t + head.start, hn))
		return -1;
	while (digits < 3 && isdigit((unsigned char)t[head.start + digits]))
		digits++;
	size_t lo = runs_before(st, it->q.mention.start);
	for (size_t i = lo; i-- > 0 && lo - i <= EARLY;) {
		const NameRun *r = &st->runs[i];
		size_t e = r->span.end;
		if (e + digits + 3 <= c->len && t[e] == ',' && t[e + 1] == ' ' &&
		    !memcmp(t + e + 2, t + head.start, digits) && t[e + 2 + digits] == ',')
			return resolve_run(c, st, r);
	}
	return -1;
}

/* Person E's full name is written after a title of COUNTRY ("British
 * Prime Minister Theresa May"), among the first runs of its surname. */
static bool titled_from(const Ctx *c, const SpeakerTable *st, const Ent *e, const char *country)
{
	size_t kn = e->key ? strlen(e->key) : 0, seen = 0;
	if (!st->nslots || !kn)
		return false;
	for (size_t i = st->slots[hash_word(e->key, kn) & (st->nslots - 1)];
	     i != NONE && seen++ < EARLY; i = st->runs[i].next) {
		const NameRun *r = &st->runs[i];
		if (r->title.end > r->title.start && same_word(c->text, r->last, e->key, kn) &&
		    run_is(c->text, r, e->name) && span_country(c->text, r->title) == country)
			return true;
	}
	return false;
}

/* 'Saka, 23, was modest afterwards. "...," the England winger said':
 * the person who opened a sentence since LAST spoke, when that sentence is
 * the one of byte MS (the nominal) or the one before it in its paragraph;
 * NULL when none, *OTHER set when someone opened a sentence further back.
 * (A lone surname counts when the text gave its full name or an age.) */
static const NameRun *subject_since(const Ctx *c, const SpeakerTable *st, const Ent *last,
                                    size_t ms, bool across, bool *other)
{
	size_t hi = runs_before(st, ms);
	for (size_t i = hi; i-- > 0;) {
		const NameRun *r = &st->runs[i];
		if (r->span.start < last->last_seen || hi - i > EARLY)
			break;
		if (!r->subject || run_is(c->text, r, last->name) ||
		    (r->single && (same_word(c->text, r->last, last->key, strlen(last->key)) ||
		                   (!aged_run(c->text, c->len, r) &&
		                    !full_name_within(c, st, c->text + r->last.start,
		                                      r->last.end - r->last.start, EARLY)))))
			continue;
		if (next_to(c, r->span.start, ms, across))
			return r;
		*other = true;
		return NULL;
	}
	return NULL;
}

/* "Sen. Maria Lopez voted no. Her office said ...": the person an owner
 * pronoun ("his", "her") stands for, who speaks through the head HEAD
 * ("office", "campaign", "spokesman"): the latest full name opening a
 * sentence, of the pronoun's sex or of none known, in the mention's
 * paragraph or the one before; -1 when none. */
static int pronoun_owner(const Ctx *c, SpeakerTable *st, const Item *it, Span head)
{
	static const char *const through[] = {
		"aides", "camp", "campaign", "office", "spokesman", "spokesperson", "spokeswoman",
		"staff", NULL,
	};
	const char *t = c->text;
	size_t ms = it->q.mention.start, me = it->q.mention.end;
	size_t on = 0;
	while (ms + on < me && t[ms + on] != ' ')
		on++;
	char want = word_eq(t + ms, on, "his") ? 'm' : word_eq(t + ms, on, "her") ? 'f' : 0;
	if (!want || !word_in(t + head.start, head.end - head.start, through))
		return -1;
	size_t here = article_paragraph_at(c->a, ms), lo = runs_before(st, ms);
	for (size_t i = lo; i-- > 0 && lo - i <= 16;) {
		const NameRun *r = &st->runs[i];
		if (article_paragraph_at(c->a, r->span.start) + 1 < here)
			break;
		if (!r->subject || r->single || !gender_fits(want, run_gender(c, st, r, NULL)))
			continue;
		return resolve_run(c, st, r);
	}
	return -1;
}

/* The words that describe the full name R where the text gives it: its
 * title ("Sen."), the appositive after it (", a Democrat from Ohio,", past
 * an age), or a role set off before it ("The bill's sponsor, Rep. Ann
 * Lee"), hold the word W[0, N). */
static bool described_as(const Ctx *c, const NameRun *r, const char *w, size_t n)
{
	const char *t = c->text;
	if (r->title.end > r->title.start && has_word_in(t, r->title, w, n))
		return true;
	Span sent = article_sentence(c->a, article_sentence_at(c->a, r->span.start));
	size_t b = r->title.end > r->title.start ? r->title.start : r->span.start;
	if (b > sent.start + 2 && t[b - 2] == ',' && t[b - 1] == ' ' &&
	    has_word_in(t, role_before_comma(t, sent.start, b - 2), w, n))
		return true;
	size_t e = r->span.end + r->tail;
	/* "Sen. Chuck Schumer, D-N.Y.,", "Rep. Jim Jordan (R-Ohio)": the tag
	 * says the party and the state ("the New York Democrat") */
	if (e + 2 < sent.end && (t[e] == ',' || t[e] == '(' || t[e + 1] == '(')) {
		size_t g = e + (t[e] == '(' ? 1 : 2);
		if (party_tag_says(t + g, sent.end - g, w, n))
			return true;
	}
	if (e + 2 >= sent.end || t[e] != ',' || t[e + 1] != ' ')
		return false;
	size_t f = e + 2;
	while (f < sent.end && f < e + 82 && t[f] != ',' && t[f] != '.')
		f++;
	/* (past an age: "Tom Reyes, 61, a Republican,") */
	if (f + 2 < sent.end && t[f] == ',' && isdigit((unsigned char)t[e + 2]) && f < e + 6)
		for (f += 2; f < sent.end && f < e + 88 && t[f] != ',' && t[f] != '.';)
			f++;
	return has_word_in(t, (Span){ e + 2, f }, w, n);
}

/* The next word of T from *K, before END, that is capitalised and of more
 * than three bytes ("Ohio", "York" of "the New York Democrat"), in *W;
 * *K moves past it.  False when there is none. */
static bool next_cap_word(const char *t, size_t *k, size_t end, Span *w)
{
	while (*k < end) {
		size_t s = *k, e = s;
		while (e < end && t[e] != ' ')
			e++;
		*k = e + 1;
		if (isupper((unsigned char)t[s]) && e - s > 3) {
			*w = (Span){ s, e };
			return true;
		}
	}
	return false;
}

/* "Sen. Maria Lopez, a Democrat from Ohio, has led the fight. ... "...,"
 * the Ohio Democrat said": the one full name of the last few, in the
 * mention's paragraph or the two before, that the text describes with the
 * mention's head (HEAD) and its other capitalised words; -1 when none, or
 * when two people are so described. */
static int described_person(const Ctx *c, SpeakerTable *st, const Item *it, Span head)
{
	const char *t = c->text;
	size_t ms = it->q.mention.start, lo = runs_before(st, ms);
	size_t here = article_paragraph_at(c->a, ms);
	const NameRun *found = NULL;
	/* (a word for a person: "the ad", "the report" describe no one) */
	if (!word_is_title(t + head.start, head.end - head.start) &&
	    !word_is_person_noun(t + head.start, head.end - head.start))
		return -1;
	for (size_t i = lo; i-- > 0 && lo - i <= 16;) {
		const NameRun *r = &st->runs[i];
		if (article_paragraph_at(c->a, r->span.start) + 2 < here)
			break;
		if (r->single || !described_as(c, r, t + head.start, head.end - head.start))
			continue;
		/* (and the mention's other capitalised words: "the Ohio
		 * Democrat" is no Democrat from Texas) */
		bool all = true;
		Span w;
		for (size_t k = it->q.mention.start; all && next_cap_word(t, &k, head.start, &w);)
			all = described_as(c, r, t + w.start, w.end - w.start);
		if (!all)
			continue;
		if (found && !same_word(t, found->last, t + r->last.start, r->last.end - r->last.start))
			return -1;
		found = r;
	}
	return found ? resolve_run(c, st, found) : -1;
}

/* The mention M is a party's member ("the New York Democrat"), which no
 * office of E's says against ("Senate Majority Leader"): only a party tag
 * of E's may, one that says another party or state ("R-Ohio"). */
static bool party_fits(const char *t, Span m, const Ent *e)
{
	static const char *const members[] = {
		"conservative", "democrat", "independent", "labour", "liberal", "libertarian",
		"republican", "socialist", "tory", NULL,
	};
	Span head = nominal_head(t, m);
	if (!word_in(t + head.start, head.end - head.start, members))
		return false;
	for (size_t i = 0; i < e->nroles; i++) {
		const char *r = e->roles[i];
		size_t rn = strlen(r);
		if (!party_tag_len(r, rn))
			continue;
		/* (each capitalised word of the mention, and its head) */
		Span w;
		for (size_t k = m.start; next_cap_word(t, &k, m.end, &w);)
			if (!party_tag_says(r, rn, t + w.start, w.end - w.start))
				return false;
	}
	return true;
}

/* "The weather service said" after "the National Weather Service": the
 * words after "the" in IT's mention end the name of a body named shortly
 * before, or of one of the latest to speak (two words or more: "the
 * service" alone could be any); -1 when none, -2 when out of memory. */
static int body_by_tail(const Ctx *c, SpeakerTable *st, const Item *it, const int *recent,
                        size_t nrecent)
{
	const char *t = c->text;
	size_t ms = it->q.mention.start, me = it->q.mention.end;
	if (me - ms <= 4 || me - ms - 4 >= 40 || strncasecmp(t + ms, "the ", 4) ||
	    !memchr(t + ms + 4, ' ', me - ms - 4))
		return -1;
	Span words = { ms + 4, me };
	Span b = body_named_in_full(c, st, it, words);
	if (b.start != words.start || b.end != words.end) {
		Item body = *it;
		body.mkind = MEN_ORG;
		body.name = b;
		body.role = (Span){ 0, 0 };
		return resolve_org(c, st, &body);
	}
	/* (its name may have read as no body's: "National Weather Service") */
	size_t wn = me - ms - 4;
	for (size_t k = nrecent; k-- > 0 && nrecent - k <= 8;) {
		const char *n = st->v[recent[k]].name;
		if (n && isupper((unsigned char)n[0]) && ends_in_words(n, strlen(n), t + ms + 4, wn))
			return recent[k];
	}
	return -1;
}

/* The one who issued the document IT's mention names by its head HEAD
 * ("the statement") when the text said so shortly before: the subject
 * opening the sentence of "issued a statement", "sent a letter", a body or
 * a full name; -1 when none, -2 when out of memory. */
static int document_issuer(const Ctx *c, SpeakerTable *st, const Item *it, Span head)
{
	static const char *const issuing[] = {
		"issued", "posted", "published", "released", "sent", NULL,
	};
	const char *t = c->text;
	size_t off = it->q.mention.start, hn = head.end - head.start, lo = off > 800 ? off - 800 : 0;
	size_t at = SIZE_MAX;
	for (size_t i = word_occurrence(t, lo, off, t + head.start, hn); i != SIZE_MAX;
	     i = word_occurrence(t, i + 1, off, t + head.start, hn))
		at = i;
	if (at == SIZE_MAX || at < lo + 3)
		return -1;
	/* the verb before it, past "a", "an" or "the" and a word or two
	 * ("issued a brief statement"), or "said in (a written) statement" */
	static const char *const saying[] = { "added", "said", "says", "wrote", NULL };
	Span w = word_before(t, lo, at);
	for (int k = 0; k < 3 && w.end > w.start && !word_in(t + w.start, w.end - w.start, issuing) &&
	                !word_eq(t + w.start, w.end - w.start, "in");
	     k++)
		w = word_before(t, lo, w.start);
	bool said_in = word_eq(t + w.start, w.end - w.start, "in");
	if (said_in) {
		w = word_before(t, lo, w.start);
		if (!word_in(t + w.start, w.end - w.start, saying))
			return -1;
	} else if (!word_in(t + w.start, w.end - w.start, issuing)) {
		return -1;
	}
	Span sent = article_sentence(c->a, article_sentence_at(c->a, at));
	/* (after "said in", only the body named right before "said": "Front
	 * Street Holdings said in a written statement"; not a dateline) */
	size_t bs = bodies_before(st, w.start);
	for (size_t i = bs; i-- > 0 && bs - i <= 8 && st->bodies[i].start >= sent.start;)
		if (said_in ? st->bodies[i].end + 1 == w.start : st->bodies[i].start <= sent.start + 4) {
			Item body = *it;
			body.mkind = MEN_ORG;
			body.name = st->bodies[i];
			body.role = (Span){ 0, 0 };
			return resolve_org(c, st, &body);
		}
	size_t rb = runs_before(st, w.start);
	for (size_t i = rb; !said_in && i-- > 0 && rb - i <= 8 && st->runs[i].span.start >= sent.start;)
		if (st->runs[i].span.start == sent.start && !st->runs[i].single)
			return resolve_run(c, st, &st->runs[i]);
	return -1;
}

/* The nominal M with head HEAD says something of whoever it is that any
 * speaker may be: an age ("the 34-year-old mother") or a sex ("the
 * mother", "his wife"), which the sex check weighs, not the roles. */
static bool describes_anyone(const char *t, Span m, Span head)
{
	if (role_sex_in(t + head.start, head.end - head.start))
		return true;
	for (size_t i = m.start; i < head.start;) {
		size_t e = i;
		while (e < head.start && t[e] != ' ')
			e++;
		if (word_is_age(t + i, e - i))
			return true;
		i = e + 1;
	}
	return false;
}

/* "her daughter said", "his wife said" (HEAD the noun): a recent speaker
 * whose roles hold the noun ("Her daughter, Naomi Kerr, said"), else the
 * person the text described so; never the latest speaker for want of
 * better, who is seldom the relative. */
static int owned_relative(const Ctx *c, SpeakerTable *st, const Item *it, const int *recent,
                          size_t nrecent, Span head)
{
	const char *w = c->text + head.start;
	size_t wn = head.end - head.start;
	for (size_t k = nrecent; k-- > 0 && nrecent - k <= 6;) {
		const Ent *e = &st->v[recent[k]];
		for (size_t r = 0; !e->is_org && r < e->nroles; r++)
			if (has_word_in(e->roles[r], (Span){ 0, strlen(e->roles[r]) }, w, wn))
				return recent[k];
	}
	return described_person(c, st, it, head);
}

static int resolve_nominal(const Ctx *c, SpeakerTable *st, const Item *it, const int *recent,
                           size_t nrecent, bool *guessed)
{
	const char *t = c->text;
	const char *country = span_country(t, it->q.mention);
	size_t ms = it->q.mention.start, me = it->q.mention.end;
	bool definite = me - ms > 4 && !strncasecmp(t + ms, "the ", 4);
	/* ("her daughter said", "his wife said": someone the text knows, as
	 * "the daughter" is) */
	bool owned = ms >= 4 && (!strncasecmp(t + ms - 4, "her ", 4) || !strncasecmp(t + ms - 4, "his ", 4));
	/* "Dean said" after "Howard Dean": a surname that is also a title,
	 * of a speaker or of a full name the text gave ("Martin Luther King
	 * III ... King said") */
	if (me > ms && isupper((unsigned char)t[ms]) && !memchr(t + ms, ' ', me - ms)) {
		int e = person_by_key(st, t + ms, me - ms);
		if (e >= 0) {
			*guessed = true;
			return e;
		}
		const NameRun *r = full_name_within(c, st, t + ms, me - ms, EARLY);
		if (r && r->span.start < ms) {
			*guessed = true;
			return resolve_run(c, st, r);
		}
	}
	int tail = body_by_tail(c, st, it, recent, nrecent);
	if (tail != -1)
		return tail;
	Span head = nominal_head(t, it->q.mention);
	if (owned && t[me - 1] != 's' && !word_is_org(t + head.start, head.end - head.start))
		return owned_relative(c, st, it, recent, nrecent, head); /* (not "her campaign") */
	/* ("Northshire Police said ... The force said": the police, unless
	 * a force of another kind spoke) */
	if (same_word(t, head, "police", 6) ||
	    (same_word(t, head, "force", 5) && definite && head.start == ms + 4 &&
	     recent_body_with(st, recent, nrecent, "force", 5) < 0))
		return police_force(c, st, it, head, recent, nrecent);
	/* "the Israeli military said", "Russia's foreign ministry said": a
	 * country's institution, named as written, which "the military" or
	 * "the ministry" then stands for */
	if (word_in(t + head.start, head.end - head.start, institutions)) {
		int spoke = recent_body_with(st, recent, nrecent, t + head.start, head.end - head.start);
		if (spoke >= 0)
			return spoke;
		/* (or one named by what it does: "the defence ministry", "the
		 * health ministry", "the air force", written so) */
		bool kind = definite && head.start > ms + 4 && head.end == me;
		if ((country && *country) || kind) {
			Item body = *it;
			body.mkind = MEN_ORG;
			body.name = it->q.mention;
			if (definite)
				body.name.start += 4;
			return resolve_org(c, st, &body);
		}
	}
	/* "the bill's sponsor", written from its owner ("bill's sponsor"):
	 * someone the text described so, else someone new ("The bar's owner,
	 * who asked not to be named, said") */
	if (!definite && ms >= 4 && !strncasecmp(t + ms - 4, "the ", 4))
		return described_person(c, st, it, head);
	/* A plural head ("officials") or an indefinite one names nobody known
	 * (not "the boss", "the actress", "the witness") */
	if (!definite || (t[me - 1] == 's' && t[me - 2] != 's' && !country))
		return -1;
	/* "Acme Corp. issued a statement. "...," the statement said": the one
	 * who issued it */
	static const char *const issued_docs[] = { "letter", "release", "statement", NULL };
	if (word_in(t + head.start, head.end - head.start, issued_docs)) {
		int e = document_issuer(c, st, it, head);
		if (e != -1)
			return e;
	}
	/* "the commission": the latest body that spoke whose name says it is
	 * one ("the Commission on Presidential Debates"); no other. */
	size_t hn = head.end - head.start;
	/* "THE COURT:" in a transcript is the judge hearing the case */
	if (hn == 5 && !memcmp(t + head.start, "COURT", 5))
		return court_judge(c, st, it);
	if (word_is_org(t + head.start, hn) || word_in(t + head.start, hn, body_nouns)) {
		int spoke = recent_body_with(st, recent, nrecent, t + head.start, hn);
		if (spoke >= 0)
			return spoke;
		/* "The FAA said ... The agency added": for a head that says only
		 * that it is a body ("the commission" names its kind) */
		static const char *const generic[] = {
			"agency", "company", "firm", "group", "organisation", "organization", NULL,
		};
		/* (not "the Swedish company" for a body of no known country) */
		int last = latest_body(c, st, it, recent, nrecent);
		if (last >= 0 && country && st->v[last].country != country)
			last = -1;
		if (last >= 0 && (word_in(t + head.start, hn, body_nouns) ||
		                  word_in(t + head.start, hn, generic)))
			return last;
		int named = named_body(c, st, it, head);
		if (named == -1 && (word_in(t + head.start, hn, generic) || word_in(t + head.start, hn, body_nouns)))
			named = clause_body(c, st, it); /* (and "the carmaker said") */
		/* (a one-word name is a firm, "the company", never "the ministry"
		 * or "the union": "Solberg said ... The ministry said") */
		if (named == -1 && !country &&
		    (word_in(t + head.start, hn, generic) || word_in(t + head.start, hn, body_nouns)))
			named = body_by_one_name(c, st, it, recent, nrecent);
		if (named == -1 && !country && word_in(t + head.start, hn, firm_heads))
			named = one_word_firm(c, st, it);
		return named;
	}
	for (size_t k = nrecent; k-- > 0 && nrecent - k <= 6;) {
		Ent *e = &st->v[recent[k]];
		if (e->is_org)
			continue;
		if (country && (e->country == country || titled_from(c, st, e, country)))
			return recent[k];
	}
	/* "the governor": a recent speaker with that role, else the latest
	 * person written with that title before the quote ("Governor Tom
	 * Brooks"), speaker or not. */
	int titled = titled_person(c, st, it, recent, nrecent, head);
	if (titled != -1)
		return titled;
	int aged = aged_person(c, st, it, head);
	if (aged != -1)
		return aged;
	int described = described_person(c, st, it, head);
	if (described != -1)
		return described;
	/* No speaker of that country: the latest speaker, unless known to be
	 * from elsewhere ("the top US diplomat"); when the nationality is all
	 * the mention says ("the Russian"), someone titled so, else only the
	 * one person just spoken of (below). */
	if (country && word_country(t + head.start, head.end - head.start)) {
		/* "American envoy Nikki Haley spoke next. "...," the American
		 * said": the latest full name a title of that country opens
		 * (for a word for its people, not "the U.S." or "the UK") */
		size_t lo = runs_before(st, ms);
		if (memchr(t + head.start, '.', hn) || word_all_caps(t + head.start, hn))
			return -1;
		for (size_t i = lo; i-- > 0 && lo - i <= EARLY;) {
			const NameRun *r = &st->runs[i];
			if (!r->single && r->title.end > r->title.start &&
			    span_country(t, r->title) == country)
				return resolve_run(c, st, r);
		}
		/* "Tottenham boss Ange Postecoglou praised his players. "...,"
		 * the Australian said": the person the paragraph before or this
		 * one spoke of, when nothing says where that one is from and no
		 * one else has been named since */
		if (!nrecent)
			return -1;
		const Ent *last = &st->v[recent[nrecent - 1]];
		size_t pi = article_paragraph_at(c->a, ms);
		if (last->is_org || last->country || pi == 0 ||
		    article_paragraph_at(c->a, last->last_seen) + 1 < pi)
			return -1;
		/* (nor when someone of that country was named: "Russian Foreign
		 * Minister Sergei Lavrov" far before "the Russian"; the latest
		 * few hundred only, as for titles: a long text stays linear) */
		for (size_t i = st->n; i-- > 0 && st->n - i <= 4 * EARLY;)
			if (st->v[i].country == country)
				return -1;
		for (size_t i = lo; i-- > 0 && lo - i <= 4 * EARLY;)
			if (st->runs[i].title.end > st->runs[i].title.start &&
			    span_country(t, st->runs[i].title) == country)
				return -1;
		/* (the only person named there: "Lavrov met Tillerson. ...
		 * Tillerson said ... "Q," the Russian said" is nobody known) */
		size_t from = article_paragraph(c->a, pi - 1)->span.start;
		for (size_t i = lo; i-- > 0 && lo - i <= 4 * EARLY && st->runs[i].span.start >= from;) {
			const NameRun *r = &st->runs[i];
			if (run_is(t, r, last->name) || same_word(t, r->last, last->key, strlen(last->key)))
				continue;
			/* (a person's: a given name or a title opens it, or a
			 * speaker has it; not "BBC Sport" or "Tottenham") */
			size_t fn = strcspn(t + r->span.start, " ");
			if (r->title.end > r->title.start ||
			    (!r->single && fn < r->span.end - r->span.start &&
			     given_name(t + r->span.start, fn)) ||
			    person_by_key(st, t + r->last.start, r->last.end - r->last.start) >= 0)
				return -1;
		}
		*guessed = true;
		return recent[nrecent - 1];
	}
	if (!nrecent)
		return -1;
	/* "The study found": a text or a recording, not the latest speaker */
	/* (nor is a group one person: "the Ortega family said") */
	static const char *const groups[] = { "audience", "couple", "crowd", "family", NULL };
	if (word_in(t + head.start, hn, things) || word_in(t + head.start, hn, groups))
		return -1;
	Ent *last = &st->v[recent[nrecent - 1]];
	if (last->is_org || (country && last->country && last->country != country))
		return -1;
	/* "The bar's owner, who asked not to be named, said ... "Q," the
	 * owner said": the noun brought in someone new since the latest
	 * speaker spoke. */
	if (last->last_seen < ms && has_word_in(t, (Span){ last->last_seen, ms }, t + head.start, hn))
		return -1;
	/* A role of the latest speaker's that holds the noun: that speaker
	 * ("the Republican presidential nominee") */
	TitleWord tw = title_word(t + head.start, hn);
	bool has = role_holds(last, &tw);
	/* "the Prime Minister" is not the latest speaker whose roles are
	 * others ("director"): a title says who one is (a courtesy, "Sir" or
	 * "Dr.", is no office: "Sir Keir Starmer ... the Prime Minister said") */
	static const char *const courtesies[] = { "dame", "lady", "lord", "sir", NULL };
	bool office = false;
	for (size_t i = 0; i < last->nroles && !office; i++) {
		size_t rn = strlen(last->roles[i]);
		office = !word_is_honorific(last->roles[i], rn) && !word_in(last->roles[i], rn, courtesies);
	}
	/* "the mayor of Springfield" says who it is by itself: a new person
	 * unless the latest speaker's roles hold its head */
	if (!has && head.end != last_word(t, it->q.mention).end)
		return -1;
	bool other = false;
	/* (an age says only that someone has it: the one who opened the last
	 * sentence before, even ending the paragraph before) */
	const NameRun *near =
	        has ? NULL : subject_since(c, st, last, ms, word_is_age(t + head.start, hn), &other);
	if (near) {
		*guessed = true;
		return resolve_run(c, st, near);
	}
	if (!has && office && word_is_title(t + head.start, hn) && !party_fits(t, it->q.mention, last))
		return -1;
	/* (nor is the bench a witness or a defendant who spoke last, with no
	 * role: "Sarah Holme told the court she was innocent. The judge
	 * said ...") */
	static const char *const bench[] = { "coroner", "judge", "magistrate", NULL };
	if (!has && !last->nroles && word_in(t + head.start, hn, bench))
		return -1;
	/* (nor is "the caller", "the dispatcher" a police chief who spoke
	 * last: a noun for what someone does, where nothing says who, other
	 * than the office the latest speaker holds; "the top US diplomat"
	 * says where one is from, which that speaker fits) */
	if (!has && office && !country && word_is_person_noun(t + head.start, hn) &&
	    !word_is_age(t + head.start, hn) && !party_fits(t, it->q.mention, last) &&
	    !describes_anyone(t, it->q.mention, head))
		return -1;
	/* (an age says nothing against the speaker: "The 56-year-old said") */
	if (other && !word_is_age(t + head.start, hn))
		return -1;
	*guessed = true;
	return recent[nrecent - 1];
}


/* R is E's lone given name, which E was known by before its full name
 * ("His wife, Helen, ..." of Helen Tanderup). */
static bool run_is_given_alias(const char *t, const NameRun *r, const Ent *e)
{
	for (size_t i = 0; i < e->naliases; i++)
		if (!strchr(e->aliases[i], ' ') && given_name(e->aliases[i], strlen(e->aliases[i])) &&
		    run_is(t, r, e->aliases[i]))
			return true;
	return false;
}

/* The titles the text writes before person E's full name anywhere
 * ("Secretary of State Rex Tillerson told the council"), or before the
 * given name E went by, quoting or not, become E's roles. */
static bool titles_from_index(const Ctx *c, const SpeakerTable *st, Ent *e)
{
	size_t kn = strlen(e->key);
	if (!st->nslots || !kn)
		return true;
	size_t steps = 0;
	for (size_t i = st->slots[hash_word(e->key, kn) & (st->nslots - 1)];
	     i != NONE && steps++ < RUN_WALK_MAX; i = st->runs[i].next) {
		const NameRun *r = &st->runs[i];
		if (r->title.end == r->title.start || !same_word(c->text, r->last, e->key, kn) ||
		    !(run_is(c->text, r, e->name) || run_is_given_alias(c->text, r, e)) ||
		    within_role(c->text, r->title, e))
			continue;
		if (!add_roles(c->text, r->title, e))
			return false;
	}
	return true;
}

typedef struct {
	Speaker s;
	size_t ent;
} Ranked;

static int by_count(const void *x, const void *y)
{
	const Speaker *a = &((const Ranked *)x)->s, *b = &((const Ranked *)y)->s;
	if (a->quote_count != b->quote_count)
		return a->quote_count > b->quote_count ? -1 : 1;
	return a->first < b->first ? -1 : a->first > b->first;
}

/* True when the text writes the word W[0, N) in lower case somewhere
 * ("hours", "never", "version").  Each word is looked up once; the scans
 * together read at most the text once more (and 256 KB for a short one), so
 * a huge text costs no more per byte (past the budget a word counts as not
 * seen). */
/* W (N bytes) in lower case into LW (N + 1 bytes): ASCII letters, or a
 * word whose capital is Latin-1, Greek or Cyrillic ("Короче" is written
 * "короче" mid-sentence).  False for anything else. */
static bool lower_word(const char *w, size_t n, char *lw)
{
	unsigned char b0 = (unsigned char)w[0];
	if (b0 < 0x80) {
		for (size_t i = 0; i < n; i++) {
			if (!isalpha((unsigned char)w[i]))
				return false;
			lw[i] = (char)tolower((unsigned char)w[i]);
		}
		lw[n] = '\0';
		return true;
	}
	uint32_t cp;
	size_t l = utf8_decode(w, n, &cp);
	if (l != 2)
		return false;
	if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x391 && cp <= 0x3AB) ||
	    (cp >= 0x410 && cp <= 0x42F))
		cp += 0x20;
	else if (cp >= 0x400 && cp <= 0x40F)
		cp += 0x50;
	else
		return false;
	lw[0] = (char)(0xC0 | (cp >> 6));
	lw[1] = (char)(0x80 | (cp & 0x3F));
	memcpy(lw + 2, w + 2, n - 2);
	lw[n] = '\0';
	return true;
}

/* memmem(P, END - P, W, N) for N >= 2 in an article's text (padded,
 * ARTICLE_PAD): the places where W's first and last bytes both stand,
 * 32 at a time, then the bytes between.  A word the text never writes in
 * lower case is looked for through all of it, and memmem() read a byte in
 * more instructions. */
#ifdef __SSE2__
/* Bit K: P[K] is FIRST's byte and P[K + N - 1] LAST's, for K < 16. */
static inline __m128i ends_at16(const char *p, size_t n, __m128i first, __m128i last)
{
	__m128i a = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i b = _mm_loadu_si128((const __m128i *)(const void *)(p + n - 1));
	return _mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, last));
}
#endif

static const char *text_find(const char *p, const char *end, const char *w, size_t n)
{
#ifdef __SSE2__
	const __m128i first = _mm_set1_epi8(w[0]), last = _mm_set1_epi8(w[n - 1]);
	/* (P stays in the padding, and the reads within it: past END by 30
	 * bytes at most) */
	for (; end - p >= (ptrdiff_t)n; p += 32) {
		__m128i lo = ends_at16(p, n, first, last), hi = ends_at16(p + 16, n, first, last);
		if (!_mm_movemask_epi8(_mm_or_si128(lo, hi)))
			continue;
		uint32_t m = (uint32_t)_mm_movemask_epi8(lo) | (uint32_t)_mm_movemask_epi8(hi) << 16;
		for (; m; m &= m - 1) {
			const char *q = p + __builtin_ctz(m);
			if ((ptrdiff_t)n > end - q)
				return NULL;
			if (!memcmp(q + 1, w + 1, n - 2))
				return q;
		}
	}
	return NULL;
#else
	return memmem(p, (size_t)(end - p), w, n);
#endif
}

static bool written_lower(const Ctx *c, SpeakerTable *st, const char *w, size_t n)
{
	char lw[sizeof st->lower->word];
	if (n < 2 || n >= sizeof lw || !lower_word(w, n, lw))
		return false;
	for (size_t i = 0; i < st->nlower; i++)
		if (!strcmp(st->lower[i].word, lw))
			return st->lower[i].lower;
	if (st->lower_budget < c->len)
		return false;
	if (!grow(&st->lower, &st->caplower, st->nlower, sizeof *st->lower))
		return false;
	bool found = false;
	const char *x = c->text, *end = c->text + c->len, *p = x;
	while (!found && (p = text_find(p, end, lw, n)) != NULL) {
		/* a word of prose, not part of "ascom.com" or "@ascom" */
		found = (p == x || strchr(" \n(\"'", p[-1])) &&
		        (p + n == end ||
		         ((unsigned char)p[n] < 0x80 && !isalnum((unsigned char)p[n]) &&
		          !strchr("./@_-", p[n])) ||
		         (strchr(".-", p[n]) && (p + n + 1 == end || !isalnum((unsigned char)p[n + 1]))));
		p += n;
	}
	st->lower_budget -= (size_t)((p ? p : end) - x);
	LowerSeen *ls = &st->lower[st->nlower++];
	memcpy(ls->word, lw, n + 1);
	ls->lower = found;
	return found;
}

/* The person of surname W[0, N): a speaker, else the one of the full name
 * the text gives ("Gov. Brian Kemp"), who has not spoken yet; -1 when
 * none, -2 when out of memory. */
static int person_surnamed(const Ctx *c, SpeakerTable *st, const char *w, size_t n)
{
	int e = person_by_key(st, w, n);
	if (e >= 0)
		return e;
	const NameRun *r = full_name_for(c, st, w, n);
	return r ? resolve_run(c, st, r) : -1;
}

/* "according to a Pentagon statement", "according to a Boeing
 * spokesperson": the body named by the capitalised words of mention M
 * from byte OS to the head at HEAD (its one word or more, no owner's
 * "'s"); -1 when they name no body. */
static int issuing_body(const Ctx *c, SpeakerTable *st, const Item *it, size_t os, Span head)
{
	const char *t = c->text;
	size_t bs = os; /* back over the run's other capitalised words */
	while (bs > it->q.mention.start + 1 && t[bs - 1] == ' ') {
		size_t w = bs - 1;
		while (w > it->q.mention.start && t[w - 1] != ' ')
			w--;
		if (!isupper((unsigned char)t[w]) || word_is_article(t + w, bs - 1 - w))
			break;
		bs = w;
	}
	Span name = { bs, head.start - 1 };
	if (given_name(t + bs, strcspn(t + bs, " ")) ||
	    word_names_nobody(&c->e->name_class, t + bs, strcspn(t + bs, " ")))
		return -1;
	/* ("a Trump statement": a person's, whom the text names) */
	if (bs == os) {
		int e = person_surnamed(c, st, t + os, name.end - os);
		if (e != -1)
			return e;
	}
	Item body = *it;
	body.mkind = MEN_ORG;
	body.name = name;
	return resolve_org(c, st, &body);
}

/* "Kemp's office said", "Kemp's spokeswoman said": one who speaks for a
 * person the text names speaks for them, and "a Pentagon statement" or "a
 * Boeing spokesperson" for the body named; -1 when the mention is no such
 * phrase or the owner is no one known. */
static int owner_speaks(const Ctx *c, SpeakerTable *st, const Item *it, const int *recent,
                        size_t nrecent)
{
	static const char *const for_owner[] = {
		"office", "spokesman", "spokesperson", "spokeswoman", "statement", NULL,
	};
	const char *t = c->text;
	Span m = it->q.mention;
	Span head = last_word(t, m);
	if (!word_in(t + head.start, head.end - head.start, for_owner) || head.start < m.start + 4)
		return -1;
	/* the owner: the word before the head, in its possessive form, or a
	 * pronoun ("Her office said") */
	size_t oe = head.start - 1, os = oe;
	while (os > m.start && t[os - 1] != ' ')
		os--;
	if (word_eq(t + os, oe - os, "his") || word_eq(t + os, oe - os, "her"))
		return pronoun_owner(c, st, it, head);
	/* ("according to a police statement": the force) */
	if (word_eq(t + os, oe - os, "police") && !word_eq(t + head.start, head.end - head.start, "office"))
		return police_force(c, st, it, (Span){ os, oe }, recent, nrecent);
	size_t base = base_len(t + os, oe - os);
	/* (not "office": "a Pentagon office" is a place) */
	if (base == oe - os && base >= 2 && tok_is_cap(t + os, base) &&
	    !word_eq(t + head.start, head.end - head.start, "office"))
		return issuing_body(c, st, it, os, head);
	/* "the state attorney general's office said", "the mayor's
	 * spokeswoman": the person of that title */
	if (base < oe - os && base >= 2 && islower((unsigned char)t[os]) && word_is_title(t + os, base))
		return titled_person(c, st, it, recent, nrecent, (Span){ os, os + base });
	if (base == oe - os || base < 2 || !isupper((unsigned char)t[os]))
		return -1;
	return person_surnamed(c, st, t + os, base);
}

/* One word whose ending makes it an adverb, an adjective or a plural of
 * doers ("Shortly", "Excessive", "Backers"), not a given name ("Beverly"):
 * capitalised only to open a sentence. */
static bool common_shape(const char *w, size_t n)
{
	/* (not "-ing": Boeing, Beijing; nor "-ley": Bradley, Buckley) */
	static const char *const ends[] = { "ly", "ive", "ous", "ful", "ers", "ors", "ians", "ists", NULL };
	if (n <= 5 || given_sex(w, n) || !memcmp(w + n - 3, "ley", 3))
		return false;
	for (size_t i = 0; ends[i]; i++) {
		size_t e = strlen(ends[i]);
		if (!memcmp(w + n - e, ends[i], e))
			return true;
	}
	return false;
}

/* W[0, N) is the plural of a word for a country's people ("Mexicans",
 * "Russians"), not the country ("Laos"). */
static bool people_of(const char *w, size_t n)
{
	if (n < 4 || w[n - 1] != 's')
		return false;
	const char *country = word_country(w, n - 1);
	return country && !(strlen(country) == n - 1 && !strncasecmp(country, w, n - 1));
}

/* An item before ITEMS[I] (of the last 64) has its nominal mention, as
 * written but for the case, and no speaker: the same unnamed source. */
static bool same_unnamed(const char *t, const Item *items, size_t i)
{
	const Span m = items[i].q.mention;
	size_t mn = m.end - m.start;
	for (size_t k = i; k-- > 0 && i - k <= 64;) {
		const Item *o = &items[k];
		if (o->mkind == MEN_NOMINAL && o->q.speaker < 0 &&
		    o->q.mention.end - o->q.mention.start == mn &&
		    !strncasecmp(t + o->q.mention.start, t + m.start, mn))
			return true;
	}
	return false;
}

/* "An Israeli official, who spoke on condition of anonymity, said ...
 * "...," the official said": the definite nominal of ITEMS[I] stands for
 * the unnamed one the latest mention before it brought in, by the same
 * head noun, rather than anyone named with that noun for a role. */
static bool unnamed_just_before(const char *t, const Item *items, size_t i)
{
	const Span m = items[i].q.mention;
	if (m.end - m.start <= 4 || strncasecmp(t + m.start, "the ", 4))
		return false;
	Span h = nominal_head(t, m);
	for (size_t k = i; k-- > 0 && i - k <= 3;) {
		const Item *o = &items[k];
		if (o->q.mention.end <= o->q.mention.start || o->q.mention.start >= m.start)
			continue;
		Span oh = nominal_head(t, o->q.mention);
		size_t w0 = strcspn(t + o->q.mention.start, " ");
		return o->mkind == MEN_NOMINAL && o->q.speaker < 0 && oh.end - oh.start == h.end - h.start &&
		       !strncasecmp(t + oh.start, t + h.start, h.end - h.start) &&
		       word_in(t + o->q.mention.start, w0, indefinites);
	}
	return false;
}

/* The one word M opens a paragraph of a list that a line ending in a
 * colon brings in (the items between opening as it does), and reads as
 * its verb ("Imagine that she:" over "Keeps saying she opposed the war",
 * "Calls people "losers""): a third person form in "-s" before a word in
 * lower case, whose subject the line before gave. */
static bool list_item_verb(const Ctx *c, Span m)
{
	const char *t = c->text;
	size_t pi = article_paragraph_at(c->a, m.start);
	const Paragraph *p = article_paragraph(c->a, pi), *prev;
	if (!p || !pi || p->span.start != m.start || m.end - m.start < 4 || t[m.end - 1] != 's' ||
	    m.end + 1 >= p->span.end || t[m.end] != ' ' || !islower((unsigned char)t[m.end + 1]))
		return false;
	/* (back over the list's other items, each a capitalised word and
	 * one in lower case: "Ran a fraudulent college business ...") */
	for (size_t k = pi; k-- > 0 && pi - k <= 12;) {
		prev = article_paragraph(c->a, k);
		size_t e = prev->span.end;
		while (e > prev->span.start && t[e - 1] == ' ')
			e--;
		if (e > prev->span.start && t[e - 1] == ':')
			return true;
		size_t w = prev->span.start;
		while (w < e && isalpha((unsigned char)t[w]))
			w++;
		if (w == prev->span.start || !isupper((unsigned char)t[prev->span.start]) || w + 1 >= e ||
		    t[w] != ' ' || !islower((unsigned char)t[w + 1]))
			return false;
	}
	return false;
}

/* Mention M (one capitalised word) opens its sentence: "Hours later",
 * "Never mind". */
static bool opens_sentence(const Ctx *c, Span m)
{
	Span sent = article_sentence(c->a, article_sentence_at(c->a, m.start));
	size_t i = sent.start;
	for (;;) {
		while (i < m.start && strchr(" \"'(-", c->text[i]))
			i++;
		/* (or a run of capitalised words opens it: a label before it,
		 * "Summary Studies show") */
		if (i >= m.start || !isupper((unsigned char)c->text[i]))
			break;
		while (i < m.start && isalpha((unsigned char)c->text[i]))
			i++;
		if (i >= m.start || c->text[i] != ' ')
			break;
	}
	return i == m.start;
}

/* "Mayor: 'We will rebuild'", "Chancellor defends budget as 'fair'": a
 * headline quote or report whose speaker is named by a title alone goes
 * to the one speaker the article gives that title, known only once the
 * body is read; none when two share it.  True when the speakers' roles
 * were asked. */
static bool headline_by_role(const Ctx *c, SpeakerTable *st, Item *it)
{
	if ((it->q.kind != QUOTE_HEADLINE && it->q.kind != QUOTE_INDIRECT) || it->q.speaker >= 0 ||
	    it->mkind != MEN_NOMINAL)
		return false;
	/* (the paragraph only then: most items are asked no more) */
	bool report = it->q.kind == QUOTE_INDIRECT;
	if (report &&
	    article_paragraph(c->a, article_paragraph_at(c->a, it->q.span.start))->kind != PARA_TITLE)
		return false;
	Span w = last_word(c->text, it->q.mention);
	size_t wn = w.end - w.start;
	/* (one word, "Mayor", or title words before it, "Former White House
	 * Doctor"; not "a top aide") */
	bool titled = wn >= 2;
	for (size_t i = it->q.mention.start; titled && i < w.start;) {
		size_t e = i;
		while (e < w.start && c->text[e] != ' ')
			e++;
		titled = e > i && word_is_title(c->text + i, e - i);
		i = e + 1;
	}
	if (!titled)
		return false;
	/* (not an office another word makes someone else's: "Shadow
	 * chancellor" is not the "Chancellor" of a headline, nor the mayor
	 * its "Deputy Mayor") */
	static const char *const other[] = {
		"acting", "assistant", "deputy", "ex", "former", "interim", "shadow", "vice", NULL,
	};
	Span mod = w.start > it->q.mention.start + 1
	                   ? last_word(c->text, (Span){ it->q.mention.start, w.start - 1 })
	                   : (Span){ 0, 0 };
	size_t mn = mod.end - mod.start;
	bool own = mn && word_in(c->text + mod.start, mn, other) &&
	           !word_eq(c->text + mod.start, mn, "former") && !word_eq(c->text + mod.start, mn, "ex");
	int found = -1;
	const TitleWord tw = title_word(c->text + w.start, wn);
	for (size_t i = 0; i < st->n; i++) {
		const Ent *e = &st->v[i];
		if (e->is_org || !(e->count || e->reported))
			continue;
		for (size_t r = 0; r < e->nroles; r++) {
			const char *role = e->roles[r];
			size_t rn = strlen(role), pb, pe, after;
			/* the role ends in the word, or in what its initials stand
			 * for ("CEO": "founder and chief executive (officer)") */
			if (find_word(role, (Span){ 0, rn }, &tw, &pb, &pe, &after) &&
			    (after == rn || !strcmp(role + after, " officer")) &&
			    (own ? pe - pb == mn && !strncasecmp(role + pb, c->text + mod.start, mn)
			         : !(pe > pb && word_in(role + pb, pe - pb, other)))) {
				if (found >= 0 && found != (int)i)
					return true;
				found = (int)i;
				break;
			}
		}
	}
	if (found >= 0) {
		it->q.speaker = found;
		it->q.confidence = 0.5;
		if (report)
			st->v[found].reported++;
		else
			st->v[found].count++;
	}
	return true;
}

/* True when the last word of S names a country or its people ("the
 * Russian"). */
static bool ends_in_country(const char *t, Span s)
{
	Span w = last_word(t, s);
	return word_country(t + w.start, w.end - w.start) != NULL;
}

SpeakerTable *speakers_resolve(const Ctx *c, Item *items, size_t n)
{
	SpeakerTable *st = calloc(1, sizeof *st);
	if (!st || !build_index(c, st)) {
		speakers_free(st);
		return NULL;
	}
	int *recent = malloc((n ? n : 1) * sizeof *recent);
	if (!recent) {
		speakers_free(st);
		return NULL;
	}
	size_t nrecent = 0, last_quote_off = 0;
	const Item *turn = NULL; /* the latest whole paragraph one speaker says */
	st->lower_budget = c->len + (256u << 10);
	bool ok = true;
	for (size_t i = 0; ok && i < n; i++) {
		Item *it = &items[i];
		int e = -1;
		bool guessed = false;
		if (it->guess && it->mkind == MEN_NAME && !known_person(c, st, it)) {
			/* A guessed subject nobody else names is too weak. */
			it->mkind = MEN_NONE;
			it->q.mention = (Span){ 0, 0 };
			it->q.confidence = 0.2;
			quote_term_check(c, it);
		} else if (it->mkind == MEN_NAME && word_count(c->text, it->name) == 1 &&
		           people_of(c->text + it->name.start, it->name.end - it->name.start)) {
			/* "Mexicans felt betrayed": a people, no one speaker */
			it->mkind = MEN_NONE;
			it->q.confidence = 0.2;
		} else if (it->mkind == MEN_NAME && word_count(c->text, it->name) == 1 &&
		           it->name.start == it->q.mention.start && opens_sentence(c, it->name) &&
		           !known_person(c, st, it) &&
		           (written_lower(c, st, c->text + it->name.start, it->name.end - it->name.start) ||
		            common_shape(c->text + it->name.start, it->name.end - it->name.start) ||
		            list_item_verb(c, it->name))) {
			/* "Hours later, he said", "Version 2 feels like": a word the
			 * text also writes in lower case, capitalised only because it
			 * opens the sentence, names no one.  The mention stays as
			 * written. */
			it->mkind = MEN_NONE;
			it->q.confidence = 0.2;
		}
		int owner = it->mkind == MEN_NONE || it->mkind == MEN_NOMINAL
		                ? owner_speaks(c, st, it, recent, nrecent) : -1;
		if (owner == -2) {
			ok = false;
			break;
		}
		if (owner >= 0) {
			it->mkind = MEN_NOMINAL;
			it->role = (Span){ 0, 0 }; /* ("office" is no role of theirs) */
			it->q.confidence = 0.6;
			guessed = true;
			e = owner;
		}
		switch (owner >= 0 ? MEN_NONE : it->mkind) {
		case MEN_NAME: e = resolve_name(c, st, it); break;
		case MEN_ORG:
			e = same_word(c->text, it->name, "police", 6)
			            ? police_force(c, st, it, it->name, recent, nrecent)
			            : resolve_org(c, st, it);
			break;
		case MEN_PRONOUN:
			/* "I" in an answer or a transcript's turn is who says it */
			if (is_first_person(c->text, it->q.mention) && turn &&
			    turn->q.span.start <= it->q.mention.start &&
			    it->q.mention.start < turn->q.span.end)
				e = turn->q.speaker;
			else if (is_first_person(c->text, it->q.mention))
				e = resolve_writer(c, st, it);
			else {
				e = recent_person(c, st, recent, nrecent, items, i, last_quote_off);
				/* "Charlie McDowell ... he said": the "he" given to one
				 * whose name says no sex is a guess at it for the next
				 * pronoun ("... the actress ... she said" is not him) */
				if (e >= 0)
					guess_gender(c, st, &st->v[e], it->q.mention);
			}
			it->q.confidence = e >= 0 ? it->q.confidence : 0.2;
			break;
		case MEN_NOMINAL:
			e = unnamed_just_before(c->text, items, i)
			            ? -1
			            : resolve_nominal(c, st, it, recent, nrecent, &guessed);
			/* "the patient" that spoke earlier and was nobody known is
			 * still that unnamed one, not the latest speaker, a guess */
			if (e >= 0 && guessed && same_unnamed(c->text, items, i))
				e = -1;
			if (e < 0)
				it->q.confidence = 0.3;
			break;
		case MEN_NONE:
			if (owner >= 0)
				break;
			e = body_by_tail(c, st, it, recent, nrecent);
			if (e >= 0 && it->q.confidence < 0.6)
				it->q.confidence = 0.6;
			break;
		}
		if (e == -2) {
			ok = false;
			break;
		}
		it->q.speaker = e;
		if (it->turn)
			turn = it;
		/* Inherited confidences lose a little at each step: keep them in 0..1. */
		if (!(it->q.confidence >= 0.05))
			it->q.confidence = 0.05;
		else if (it->q.confidence > 1.0)
			it->q.confidence = 1.0;
		if (e < 0)
			continue;
		Ent *en = &st->v[e];
		/* A nominal given to the latest speaker for want of better says
		 * nothing about them: its words would become their role and
		 * draw later nominals to them. */
		bool describes = it->role.end > it->role.start && it->mkind != MEN_PRONOUN && !guessed &&
		                 /* "the airline" says nothing of Alaska Airlines, nor
		                  * "the Russian" more than the country kept below */
		                 !(it->mkind == MEN_NOMINAL &&
		                   (en->is_org || ends_in_country(c->text, it->role)));
		if (describes)
			ok = add_roles(c->text, it->role, en) && add_roles(c->text, it->role2, en);
		if (!en->country && describes)
			en->country = span_country(c->text, it->role);
		if (!en->country && it->mkind == MEN_NOMINAL && !guessed)
			en->country = span_country(c->text, it->q.mention);
		/* (a turn of a transcript or an interview, unquoted, is the
		 * speaker's own words all the same) */
		if (it->q.kind == QUOTE_INDIRECT && !it->turn)
			en->reported++;
		else if (it->q.kind != QUOTE_TERM)
			en->count++;
		if (it->q.mention.start < en->first || !en->first)
			en->first = it->q.mention.end > it->q.mention.start ? it->q.mention.start : it->q.span.start;
		recent[nrecent++] = e;
		en->last_seen = it->q.span.end;
		/* (the writer's own words - "I asked her what difference it
		 * made" - leave the names before them to a "she" after) */
		if (!en->is_writer)
			last_quote_off = it->q.span.end;
	}
	free(recent);
	for (size_t i = 0; ok && i < st->n; i++)
		if (!st->v[i].is_org && (st->v[i].count || st->v[i].reported))
			ok = titles_from_index(c, st, &st->v[i]);
	if (!ok) {
		speakers_free(st);
		return NULL;
	}
	/* (after the titles the text writes before names are roles: "The
	 * Chancellor, Rachel Reeves, has defended ..." under a headline's
	 * "Chancellor defends ..."; a headline holds a few quotes, and a
	 * hostile one of thousands asks the speakers' roles for its first few
	 * only) */
	for (size_t i = 0, asked = 0; i < n && asked < 16; i++)
		asked += headline_by_role(c, st, &items[i]);
	for (size_t i = 0; ok && i < st->n; i++)
		if (!st->v[i].is_org && (st->v[i].count || st->v[i].reported))
			ok = royal_name(&st->v[i]);
	if (!ok) {
		speakers_free(st);
		return NULL;
	}
	/* Publish the entities that speak, in order; remap the items. */
	Ranked *rk = malloc((st->n ? st->n : 1) * sizeof *rk);
	int *map = malloc((st->n ? st->n : 1) * sizeof *map);
	st->pub = calloc(st->n ? st->n : 1, sizeof *st->pub);
	if (!st->pub || !map || !rk) {
		free(map);
		free(rk);
		speakers_free(st);
		return NULL;
	}
	size_t np = 0;
	for (size_t i = 0; i < st->n; i++) {
		Ent *e = &st->v[i];
		map[i] = -1;
		if (e->count || e->reported)
			rk[np++] = (Ranked){ { e->name, (const char *const *)e->roles, e->nroles,
			                       (const char *const *)e->aliases, e->naliases, e->count,
			                       e->first, e->is_org, e->reported },
			                     i };
	}
	qsort(rk, np, sizeof *rk, by_count);
	for (size_t k = 0; k < np; k++) {
		st->pub[k] = rk[k].s;
		map[rk[k].ent] = (int)k;
	}
	for (size_t i = 0; i < n; i++)
		if (items[i].q.speaker >= 0)
			items[i].q.speaker = map[items[i].q.speaker];
	st->npub = np;
	free(map);
	free(rk);
	return st;
}

size_t speakers_count(const SpeakerTable *t) { return t ? t->npub : 0; }

const Speaker *speakers_get(const SpeakerTable *t, size_t i)
{
	return t && i < t->npub ? &t->pub[i] : NULL;
}

void speakers_free(SpeakerTable *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->n; i++) {
		Ent *e = &t->v[i];
		free(e->name);
		free(e->key);
		for (size_t k = 0; k < e->nroles; k++)
			free(e->roles[k]);
		free(e->roles);
		for (size_t k = 0; k < e->naliases; k++)
			free(e->aliases[k]);
		free(e->aliases);
	}
	free(t->v);
	free(t->pub);
	free(t->runs);
	free(t->bodies);
	free(t->lower);
	free(t->slots);
	free(t->eslots);
	free(t);
}
