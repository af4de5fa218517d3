/* quotes_impl.h - what the quote modules share inside src/ (not a public API).
 *
 * The pipeline, one file per step:
 *   quote_scan.c   quotation marks -> spans (QuoteSpan)
 *   quote_kind.c   direct / partial / headline / term
 *   attribution.c  cue and speaker mention for each span; reported speech
 *   speakers.c     mentions -> speaker entities (names, roles, aliases)
 *   quote_engine.c the engine (compiled patterns) and quotes_analyze()
 * Everything works on byte offsets into the Article text, which is valid
 * UTF-8 without control characters but '\n'.
 */
#ifndef NEWSROOM_QUOTES_IMPL_H
#define NEWSROOM_QUOTES_IMPL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "phrase_set.h"
#include "quotes.h"
#include "wordclass.h"
#include "wordset.h"

/* The cue forms as word lists for cue_find(): single-word forms and the
 * second words of phrases.  All owned: the arrays point into ONE_TEXT and
 * SECOND_TEXT. */
typedef struct {
	char **one;
	size_t none;
	char **second;    /* second words of phrases: "to", "on" */
	size_t nsecond;
	char *one_text, *second_text;
} CueWords;
/* One lexicon of cues as cue_find() reads it: single-word forms (ONE),
 * phrases and the second words of phrases, all owned by the engine, and a
 * filter of CUE_FILTER_BITS bits over a hash of every word of ONE and of
 * the phrases' heads.  The filter holds the whole word: the one of the word
 * sets (first letter, last letter, length) let a quarter of a text's words
 * through ("and" for "add"), each then read again and hashed.  A word that
 * passes is looked up once, in SLOTS, for both sets: what cue_find() meets
 * is lower-case letters, two to sixteen, so the slots hold the words of
 * that shape in lower case, as two numbers. */
enum { CUE_FILTER_LOG2 = 15, CUE_FILTER_BITS = 1 << CUE_FILTER_LOG2 };
enum { CUE_IN_ONE = 1, CUE_IN_HEAD = 2 };
typedef struct {
	uint64_t key, key2; /* letters 1-8 and 9-16, those past the word zero */
	uint8_t len;        /* 0: the slot is empty */
	uint8_t in;         /* CUE_IN_ONE | CUE_IN_HEAD */
} CueSlot;
typedef struct {
	const WordSet *one, *second;
	const PhraseSet *phrases;
	CueSlot *slots; /* owned */
	size_t mask;
	uint64_t filter[CUE_FILTER_BITS / 64];
	uint64_t lens; /* bit N: some word of N letters is here.  One bit
	                * test a word, where the range 2..16 let the
	                * reported-speech cues' scan hash every "of" and "in"
	                * (it has no word shorter than three) */
	uint64_t keep[17]; /* the bytes of a word of N letters among its first
	                    * eight (cue_key()): one AND a word, where the mask
	                    * built for each cost four more instructions */
} CueSet;
/* Fills S over ONE, PHRASES and SECOND (built, and outliving S).  False
 * when out of memory (S then holds nothing to free, or what cue_set_free()
 * frees). */
bool cue_set_build(CueSet *s, const WordSet *one, const PhraseSet *phrases,
                   const WordSet *second);
void cue_set_free(CueSet *s);

/* ---- the engine: tables built once (quote_engine.c) ---- */
struct QuoteEngine {
	CueWords words;        /* the cue forms as words, for cue_find() */
	WordSet cue_one, cue_second; /* over WORDS */
	PhraseSet cue_phrases; /* every cue form, longest first */
	CueSet cues;           /* the three above, for cue_find() */
	WordSet rep_one, rep_second; /* the reported-speech cues */
	PhraseSet rep_phrases; /* the reported-speech cues, phrases first */
	CueSet reps;           /* the three above, for cue_find() */
	WordClass rep_class;   /* what may follow each, report_cue_class_in() */
	WordClass name_class;  /* the word lists of names and mentions (mention.h) */
	WordClass clause_class; /* the word lists of reported speech's clause rules */
	WordClass sex_class;   /* given names and titles that tell a sex (speakers.c) */
};

/* The first cue of S in TEXT[FROM, TO): each lower-case word is looked up
 * in S->ONE (single-word cues: a match) and among the heads of S->PHRASES
 * (first words of phrases: when the next word is in S->SECOND, the first
 * form of S->PHRASES that fits there is the match).  Running a lexicon
 * alternation over every byte costs hundreds of instructions a byte.
 * TEXT is an article's text: padded (ARTICLE_PAD), for the scan reads
 * blocks. */
bool cue_find(const char *text, size_t from, size_t to, const CueSet *s, Span *m);

/* ---- the cue lexicon (cue_lexicon.c) ---- */
/* Adds every cue form to P, longest first (as an alternation would try
 * them), and finishes it; fills CW with the same forms as words (one list
 * of forms built for both).  False when out of memory (CW then holds
 * nothing to free, or what cue_words_free() frees). */
bool cue_lexicon_build(PhraseSet *p, CueWords *cw);
size_t cue_lexicon_size(void);
/* Adds the cues of reported speech to P, phrases first, and finishes it. */
bool report_cue_phrases(PhraseSet *p);
/* The same cues as words: single words, the second words of phrases. */
const char *const *report_cue_words(size_t *n);
const char *const *report_cue_seconds(size_t *n);
/* What may follow a reported-speech cue (a form or a phrase), as RC_ bits;
 * 0 when only "that CLAUSE" or the trailing orders fit. */
enum {
	RC_CLAUSE = 1, /* a bare clause: "said the plan would fail" */
	RC_TO = 2,     /* "to" and a verb: "wants to cut taxes" */
	RC_TELL = 4,   /* the addressee first: "told reporters that" */
	RC_OBJ = 8,    /* the object is reported: "called for a recount" */
	RC_ABOUT = 16, /* a preposition opens it: "spoke about the shooting" */
	RC_MIND = 32,  /* a verb of the mind: a bare clause only with a verb of
	                * its own ("knows he lost", not "knows the answer") */
	RC_AS = 64,    /* a view of a thing: "sees the plan as a gift" */
	RC_GIVE = 128, /* words given: "offered no proof", "sent a letter" */
};
unsigned report_cue_class(const char *s, size_t n);
/* For nouns that report ("claim", "pledge"): RC_CLAUSE when "that CLAUSE"
 * may follow, RC_TO when "to DO" may; 0 for other words. */
unsigned report_noun_class(const char *s, size_t n);
/* Builds the table of both classes (false when out of memory), and reads
 * them by one lookup in E's: a cue's class is asked of every cue met, and
 * eleven lists hashed the word eleven times. */
bool report_cue_classes(WordClass *wc);
unsigned report_cue_class_in(const QuoteEngine *e, const char *s, size_t n);
unsigned report_noun_class_in(const QuoteEngine *e, const char *s, size_t n);
/* Both by one lookup: report_cue_class_in() in the low eight bits,
 * report_noun_class_in() in the eight above. */
unsigned report_classes_in(const QuoteEngine *e, const char *s, size_t n);
/* report_classes_in() of a single word (no space in S: a word token). */
unsigned report_word_classes_in(const QuoteEngine *e, const char *s, size_t n);
/* Builds the table of the word lists that reported speech's clause rules
 * ask tokens about (reported.c).  False when out of memory. */
bool report_word_classes(WordClass *wc);
/* True when S[0, N) is a common given name ("Bernie", "Carlos"). */
bool given_name(const char *s, size_t n);
/* Builds the table of the given names and titles that tell a person's sex
 * (the engine's sex_class).  False when out of memory. */
bool speaker_sex_classes(WordClass *wc);
void cue_words_free(CueWords *cw);
/* True for cues that take the speaker after a participle ("saying"). */
bool cue_is_participle(const char *s, size_t n);
/* True for cues that can come before their speaker: "said Smith". */
bool cue_can_invert(const char *s, size_t n);

/* ---- quotation spans (quote_scan.c) ---- */
typedef struct {
	Span span;        /* marks included */
	Span inner;       /* marks excluded */
	bool single;      /* single quotation marks */
	bool unclosed;    /* recovered at the end of its paragraph */
	bool multi;       /* runs over several paragraphs */
} QuoteSpan;

/* Finds the outermost quotations of A in text order.  *OUT is malloc'd and
 * owned by the caller.  Returns false when out of memory. */
bool quote_scan(const Article *a, QuoteSpan **out, size_t *n);

/* ---- tokens (attribution.c) ---- */
enum {
	TOK_WORD = 1,      /* letters, digits, inner apostrophes and hyphens */
	TOK_CAP = 2,       /* starts with an upper-case letter */
	TOK_PUNCT = 4,
	TOK_QUOTE = 8,     /* a quotation (one token for the whole span) */
	TOK_PLAIN = 16,    /* a word of ASCII letters and digits only: no
	                    * hyphen, apostrophe or dot to look for in it */
};

typedef struct {
	size_t start, end;
	unsigned flags;
	int quote;         /* index of the quotation when TOK_QUOTE, else -1 */
	uint32_t classes;  /* the word lists of mention.c that hold the word,
	                    * worked out on first use; 0: not yet */
	uint32_t clause_classes; /* the same for the lists of reported.c's
	                          * clause rules */
} Tok;

/* ---- one attributed item while analysing ---- */
typedef enum { MEN_NONE, MEN_NAME, MEN_PRONOUN, MEN_NOMINAL, MEN_ORG } MentionKind;

typedef struct {
	Quote q;           /* what is published; q.speaker filled by speakers.c */
	MentionKind mkind;
	Span role;         /* appositive or title text next to the mention */
	Span role2;        /* Mention.role2 */
	Span name;         /* the name inside the mention (titles stripped) */
	bool inherited;    /* speaker taken from a neighbouring quote */
	bool guess;        /* speaker guessed from the sentence subject */
	bool single;
	bool unspoken;     /* a term only because no speaker was found for it */
	bool cued;         /* a speech cue governs it, its subject unwritten */
	bool turn;         /* a whole paragraph one speaker says: a transcript's
	                    * "WALLACE: ...", an interview's "A: ..." */
} Item;

typedef struct {
	const QuoteEngine *e;
	const Article *a;
	const char *text;
	size_t len;
} Ctx;

/* IT takes the cue and speaker mention of FROM with confidence CONF
 * (attribution.c). */
void item_inherit(Item *it, const Item *from, double conf);

/* Kinds for every span (quote_kind.c), then cues and mentions
 * (attribution.c).  ITEMS has one entry per span, in order. */
void quote_kinds(const Ctx *c, const QuoteSpan *s, Item *items, size_t n);
bool attribute(const Ctx *c, Item *items, size_t n);
/* After attribution: unattributed quotes that look like scare quotes,
 * titles or labels become QUOTE_TERM. */
void quote_terms(const Ctx *c, Item *items, size_t n);
/* The same for one item, again after its speaker is dropped (speakers.c). */
void quote_term_check(const Ctx *c, Item *it);
/* After reported speech is found: quoted words inside a reported clause
 * that were terms only for want of a speaker are that source's words
 * (partial; not after a passive cue), and the clause, now holding a
 * quotation, is dropped; then, unless KEEP_REPORTED, every reported clause
 * is dropped.  *N shrinks.  TEXT is the Article text. */
void quote_terms_in_reports(const char *text, Item *items, size_t *n, bool keep_reported);
/* S[0, N), a quotation with its marks, is a title's few words: up to six,
 * each capitalised (or a digit, or a small word: "of", "the"), no stop
 * inside ("Cold Front", "The Salt Road"). */
bool title_words(const char *s, size_t n);

/* Adds the paragraphs of posts embedded with a signature ("— NAME (@handle)
 * DATE") to *ITEMS as direct quotations of the signer, in place of the
 * quotations inside them; keeps text order (embedded_post.c).  Returns
 * false when out of memory. */
bool find_posts(const Ctx *c, Item **items, size_t *n);

/* Appends reported speech (kind indirect) found outside quotation marks to
 * *ITEMS; keeps text order.  Returns false when out of memory. */
bool find_indirect(const Ctx *c, Item **items, size_t *n);

/* ---- speakers (speakers.c) ---- */
typedef struct SpeakerTable SpeakerTable;
SpeakerTable *speakers_resolve(const Ctx *c, Item *items, size_t n);
size_t speakers_count(const SpeakerTable *t);
const Speaker *speakers_get(const SpeakerTable *t, size_t i);
void speakers_free(SpeakerTable *t);

/* Makes room for one more element in the malloc'd array *V of *CAP elements
 * of SIZE bytes holding N: doubles it when full.  False when out of memory
 * (the array is left as it was). */
bool grow(void *v, size_t *cap, size_t n, size_t size);

/* ---- small text helpers (attribution.c) ---- */
bool tok_is_cap(const char *s, size_t n);
/* True when S[0..N), lower-cased, is in LIST: a sorted, NULL-terminated
 * array of COUNT lower-case words.  word_in(s, n, array) or
 * word_in(TW(i), array) pass the count of a static array. */
bool word_in_n(const char *s, size_t n, const char *const *list, size_t count);
#define WORD_IN_3(s, n, l) word_in_n((s), (n), (l), sizeof(l) / sizeof *(l) - 1)
#define WORD_IN_2(sn, l) word_in_n(sn, (l), sizeof(l) / sizeof *(l) - 1)
#define WORD_IN_PICK(a1, a2, a3, name, ...) name
#define word_in(...) WORD_IN_PICK(__VA_ARGS__, WORD_IN_3, WORD_IN_2, unused)(__VA_ARGS__)
/* A word list and the bit that stands for it in a WordClass table. */
typedef struct {
	const char *const *list; /* NULL-terminated, as word_in() takes them */
	size_t count;
	uint32_t bit;
	size_t stride;           /* > 1: rows of a table, the word first in
	                          * each, a row of NULL last (words in lower
	                          * case only: word_in() reads no tables) */
} ClassList;
#define CLASS_LIST(l, b) { (l), sizeof(l) / sizeof *(l) - 1, (b), 1 }
/* A table T[][N] whose rows start with their word, as a list. */
#define CLASS_TABLE(t, b) \
	{ &(t)[0][0], sizeof(t) / sizeof *(t) - 1, (b), sizeof *(t) / sizeof **(t) }
/* Builds WC over the N (at most 32) LISTS, a word in its list's class when
 * word_in() finds it there (the table gives word_in()'s answers).  False
 * when out of memory or given too many lists. */
bool class_lists_build(WordClass *wc, const ClassList *lists, size_t n);
/* word_in() finds no word of WORD_IN_MAX bytes or more. */
enum { WORD_IN_MAX = 40 };
/* class_lists_of() when WC does not hold every list of LISTS. */
uint32_t class_lists_slow(const WordClass *wc, const ClassList *lists, size_t n, const char *s,
                          size_t len);
/* The bits of the lists of LISTS (N of them) that word_in() finds S[0, LEN)
 * in: by one lookup in WC, built over them, and by word_in() for those WC
 * left out (all of them when WC is NULL).  Inline: a token's classes are
 * asked of most tokens read, and the call cost a fifth of the lookup (with
 * wordclass_of() inline in it, the compiler made it a call again). */
static inline __attribute__((always_inline)) uint32_t
class_lists_of(const WordClass *wc, const ClassList *lists, size_t n, const char *s, size_t len)
{
	if (len == 0 || len >= WORD_IN_MAX)
		return 0; /* word_in()'s answer, without hashing a quotation */
	if (wc && wc->exact == wc->all)
		return wordclass_of(wc, s, len);
	return class_lists_slow(wc, lists, n, s, len);
}
/* Lower-case ASCII comparison of S[0..N) with the C string W: ASCII case
 * folded in one pass over W, which is read no further than N + 1 bytes (a
 * call for every token was spending more in strlen() than in the compare).
 * Inline: most calls compare a token with a word written there, and the
 * call cost more than the compare. */
static inline bool word_eq(const char *s, size_t n, const char *w)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char a = (unsigned char)s[i], b = (unsigned char)w[i];
		if (!b || (a != b && ascii_lower(a) != ascii_lower(b)))
			return false;
	}
	return w[n] == '\0';
}

#endif
