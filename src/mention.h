/* mention.h - tokens and speaker mentions around a cue (src/mention.c).
 *
 * A mention is the noun phrase that names who speaks: a name with its
 * titles ("Secretary of State Rex Tillerson"), a pronoun, a nominal phrase
 * ("the top US diplomat") or an organisation ("the State Department").
 */
#ifndef NEWSROOM_MENTION_H
#define NEWSROOM_MENTION_H

#include "quotes_impl.h"

typedef struct {
	Tok *v;
	size_t n, cap;
	/* not owned: the engine's name_class, which tells a token's word
	 * lists by one lookup; NULL: each list is asked (the same answers) */
	const WordClass *classes;
} Toks;

/* The first of tokens [A, B) of T that starts at or after byte POS, B when
 * none does (tokens are in text order: a search, where a walk from A would
 * cost the square of a long sentence's cues). */
static inline size_t toks_at(const Toks *t, size_t a, size_t b, size_t pos)
{
	while (a < b) {
		size_t mid = a + (b - a) / 2;
		if (t->v[mid].start < pos)
			a = mid + 1;
		else
			b = mid;
	}
	return a;
}

/* Builds the table of the word lists of names and mentions for Toks.
 * False when out of memory. */
bool mention_classes(WordClass *wc);

/* Tokenizes TEXT[R.start, R.end) into T (reset first); quotations listed in
 * Q (sorted, N of them) become one TOK_QUOTE token each.  TEXT is an
 * article's text, NUL-terminated and padded (ARTICLE_PAD): the letters of a
 * word are read up to a byte that is none, maybe past R.end, in blocks
 * (bytemask.h).  Returns false when out of memory. */
bool tokenize(const char *text, Span r, const QuoteSpan *q, size_t nq, Toks *t);
/* tokenize() when the caller knows that Q[0, FIRST) end at or before
 * R.start: a walk over the paragraphs passes each the first quotation that
 * can touch it, and the text stays linear in its number of quotations. */
bool tokenize_from(const char *text, Span r, const QuoteSpan *q, size_t nq, size_t first,
                   Toks *t);
void toks_free(Toks *t);
/* Token I is a function word written in capitals beside a word in small
 * letters: an acronym ("the WHO said", "US troops"), not the word. */
bool tok_acronym(const char *text, const Toks *t, size_t i);
/* When S[I] opens a nickname between the words of a name ('Robert C.
 * "Bobby" Scott': one or two capitalised words in double marks, a space
 * and a capital after), the offset after its closing mark; else 0.  END
 * bounds the text. */
size_t nickname_end(const char *s, size_t i, size_t end);

typedef struct {
	MentionKind kind;
	Span span;   /* the whole mention as written */
	Span name;   /* the name inside it, titles stripped (names and orgs) */
	Span role;   /* titles or an appositive */
	Span role2;  /* the appositive after a name that has a role before it too */
} Mention;

/* The mention that ends just before token CUE (the subject of "X said"),
 * searching back no further than token LO.  Returns false when none. */
bool mention_before(const char *text, const Toks *t, size_t lo, size_t cue, Mention *m);
/* The mention that starts at token I ("said X", "according to X"), ending
 * before token HI.  When HI is T->n, what it finds depends on tokens [I,
 * HI) and their bytes only, but for token I - 1 when that is a capitalised
 * word and for the tokens before a comma: mention_memo.c relies on it. */
bool mention_after(const char *text, const Toks *t, size_t i, size_t hi, Mention *m);
/* The subject at the start of the clause that holds token AT ("Tillerson
 * rejected ..., saying"), searching from token LO. */
bool mention_subject(const char *text, const Toks *t, size_t lo, size_t at, Mention *m);
/* "His former business partner at Lenox, Lawrence B. Cummings, called": a
 * full name (or a body's) set off by commas right after the mention M, the
 * first comma at token E and the second before token AT, becomes M, with M
 * its role; M stays as it is otherwise. */
void mention_appositive(const char *text, const Toks *t, size_t e, size_t at, Mention *m);

/* The first token of the role written before the capitalised words at
 * token A, not before token LO ("former president | Bill Clinton",
 * "Chelsea manager | Emma Hayes"); A when there is none.  LO_OPENS: token
 * LO opens a sentence or a phrase (else only the words before it were left
 * out). */
size_t mention_role_start(const char *text, const Toks *t, size_t lo, bool lo_opens, size_t a);

/* The first token of the main clause of the sentence from token LO: after
 * the comma closing an opening phrase ("With leaders worried, Obama ..."),
 * else LO.  AT bounds the search. */
size_t main_clause(const char *text, const Toks *t, size_t lo, size_t at);

/* True when the cue word at token K (K > 0) is used as a noun: "his
 * claims", "Trump's tweets", "of Democratic claims". */
/* A word ending and its length, counted by the compiler (ends_with_any()
 * runs for many words of names). */
typedef struct {
	const char *s;
	size_t n;
} Ending;
#define ENDING(lit) { lit, sizeof lit - 1 }

/* True when the N bytes at W end with one of ENDS[0, COUNT) (lower case),
 * with more than two bytes before it. */
bool ends_with_any(const char *w, size_t n, const Ending *ends, size_t count);

bool cue_is_noun_here(const char *text, const Toks *t, size_t k);
/* The cue at token CI ends a reduced relative clause on a noun ("the scale
 * Moreno described is", "The figure Moreno cited comes"), which opens at
 * token *START. */
bool reduced_relative(const char *text, const Toks *t, size_t lo, size_t ci, size_t *start);

/* Word classes used by the speaker resolution too. */
bool word_is_title(const char *s, size_t n);
/* Dr., Mr., Mrs., Ms., Miss, Prof.: a courtesy, not an office */
bool word_is_honorific(const char *s, size_t n);
/* A noun for a person or a body that speaks: "official", "police". */
bool word_is_person_noun(const char *s, size_t n);
bool word_is_org(const char *s, size_t n);
/* In capitals, with two letters at least: "CDC", "WALLACE". */
bool word_all_caps(const char *s, size_t n);
/* Where W[0, N) is first written in TEXT[FROM, HI) as a word of its own (no
 * ASCII letter or digit right before or after it), or SIZE_MAX.  TEXT is an
 * article's text, padded: the byte at HI is read. */
size_t word_occurrence(const char *text, size_t from, size_t hi, const char *w, size_t n);
/* True when W[0, N) is one of the space-separated words of WORDS, case
 * aside: "Democratic" of "Democrat Democratic", "Acme" of "Acme Corp". */
bool words_hold(const char *words, const char *w, size_t n);
/* "can", "would", ...: a modal verb. */
bool word_is_modal(const char *s, size_t n);
/* "is", "was", "been", ...: a form of "be". */
bool word_is_be(const char *s, size_t n);
/* The cue at token CI, after LO, is a passive whose subject was spoken to
 * or of, never the speaker: "Smith was told", "Russia has been accused",
 * "she was not warned". */
bool cue_passive_heard(const char *text, const Toks *t, size_t lo, size_t ci);
/* "her", "his", "its", "our", "their": a determiner that owns. */
bool word_is_owner(const char *s, size_t n);
/* "Jr.", "Sr.", "III": a generational suffix after a surname. */
bool word_is_suffix(const char *s, size_t n);
/* "de", "bin", "van": a lower-case word inside a personal name. */
bool word_is_particle(const char *s, size_t n);
bool word_is_pronoun(const char *s, size_t n);
/* True when the capitalised word S[0, N), a run of capitals of its own,
 * names nobody: mention_after() reads it as a pronoun ("He"), or an
 * article or a word that no name opens with ("The", "But") leaves nothing
 * of it to classify.  WC: the engine's name_class (Toks.classes), or NULL. */
bool word_names_nobody(const WordClass *wc, const char *s, size_t n);
/* "Russian" -> "russia", "Chinese" -> "china", "Russia's" -> "russia": the
 * country a word points to, or NULL. */
const char *word_country(const char *s, size_t n);
/* "43-year-old": an age that stands for a person. */
bool word_is_age(const char *s, size_t n);

#endif
