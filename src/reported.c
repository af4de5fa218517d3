/* reported.c - reported speech without quotation marks (kind indirect).
 *
 * Each sentence is read around every reporting cue (cue_lexicon.c: verbs in
 * all their forms, each with the complements it takes, and nouns that
 * report) in the orders news uses; the span is the reported clause:
 *   X said (that) CLAUSE.   X told Y (on Friday) that CLAUSE.   X says how ...
 *   X wants / plans / vowed to DO.   X urged / called on / told Y to DO.
 *   X called for / accused Y of / criticized / called Y Z THING.
 *   X spoke about / warned against THING.   X did this, saying CLAUSE.
 *   CLAUSE, X said.   CLAUSE, said X.   HALF, X said, HALF.   As X said, CLAUSE.
 *   According to X, CLAUSE.   CLAUSE, according to X.   In X's poll, CLAUSE.
 *   X's claim that CLAUSE.   his pledge to DO.   NAME: WORDS (headlines,
 *   transcript lines).
 * The clause runs to the end of the sentence, or to where the writer takes
 * over: a quotation and the words that introduce it, ", saying ...",
 * ", according to ...", a dash aside, "but" or ", and" a new clause.
 * Clauses shorter than three words are skipped: "he said so" reports nothing
 * one could check.  A clause that holds a quotation is the quotation's
 * business (partial quotes); a cue inside quotation marks is quoted words,
 * not the writer's; a cue after a modal ("will decide") reports nothing yet.
 *
 * The source is the mention the direct quotes use (mention.c); where none
 * fits, the noun phrase in the subject's place is kept as the mention with
 * no speaker ("a new poll", "federal statistics"): a weak source is left
 * unresolved rather than guessed.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "dash.h"
#include "mention.h"
#include "party_tag.h"
#include "quotes_impl.h"
#include "sentence.h"

static bool is_word_tok(const Toks *t, size_t i) { return (t->v[i].flags & TOK_WORD) != 0; }

#define TW(i) (c->text + t->v[i].start), (t->v[i].end - t->v[i].start)

/* The length first, inline: W is a literal, so its length is known, and
 * most tokens asked about are not as long as the word (the kind of token
 * after it: most tokens are words, so its test rejects few). */
static inline __attribute__((always_inline)) bool tok_is(const Ctx *c, const Toks *t, size_t i,
                                                         const char *w)
{
	return i < t->n && t->v[i].end - t->v[i].start == strlen(w) && is_word_tok(t, i) &&
	       word_eq(TW(i), w) &&
	       !((unsigned)(c->text[t->v[i].start + 1] - 'A') < 26u && tok_acronym(c->text, t, i));
}

static bool punct_at(const Ctx *c, const Toks *t, size_t i, char p)
{
	return i < t->n && (t->v[i].flags & TOK_PUNCT) && c->text[t->v[i].start] == p;
}

/* A dash between clauses: "--", an en or em dash. */
static bool dash_at(const Ctx *c, const Toks *t, size_t i)
{
	if (i >= t->n || !(t->v[i].flags & TOK_PUNCT))
		return false;
	const char *s = c->text + t->v[i].start;
	if (s[0] == '-')
		return i + 1 < t->n && punct_at(c, t, i + 1, '-');
	/* The token is one character: three bytes only when it is a dash. */
	return t->v[i].end - t->v[i].start == 3 && dash_len(s, 3) == 3;
}

/* A hyphen alone between spaces at token I ("must be wrong - which it
 * often is"): where a clause that a source follows may start. */
static bool lone_hyphen(const Ctx *c, const Toks *t, size_t i)
{
	return punct_at(c, t, i, '-') && t->v[i].end == t->v[i].start + 1 &&
	       !punct_at(c, t, i + 1, '-') && !(i > 0 && punct_at(c, t, i - 1, '-')) &&
	       t->v[i].start > 0 && c->text[t->v[i].start - 1] == ' ' && c->text[t->v[i].end] == ' ';
}

/* Where a clause that ends at token E, its source after it, starts: after
 * a quotation, a semicolon or a colon before it, or after a lone hyphen
 * that opens no aside ("must be wrong - which it often is, according to
 * Scott"; not "The officer - NAME, who was placed on leave - was not").
 * A at the latest. */
static size_t trailing_start(const Ctx *c, const Toks *t, size_t a, size_t e)
{
	size_t s = a, hyphens = 0, last = 0;
	for (size_t i = e; i-- > a;) {
		if ((t->v[i].flags & TOK_QUOTE) || punct_at(c, t, i, ';') || punct_at(c, t, i, ':')) {
			s = i + 1;
			break;
		}
		if (lone_hyphen(c, t, i) && hyphens++ == 0)
			last = i;
	}
	return hyphens % 2 ? last + 1 : s;
}

/* The clause trailing_start() gave, from token S, starts right after a
 * quotation that follows a word: the quotation is inside the writer's
 * clause ('fell below the "cap" allowed in 2013, according to ...'), whose
 * words are the quotation's business, and the rest is no clause. */
static bool inside_quoting(const Toks *t, size_t a, size_t s)
{
	return s > a + 1 && (t->v[s - 1].flags & TOK_QUOTE) && is_word_tok(t, s - 2);
}

/* Punctuation that ends a clause inside the sentence.  The mark is read
 * once: most tokens asked about are words, and each punct_at() asked
 * again whether the token is a mark. */
static bool stop_at(const Ctx *c, const Toks *t, size_t i)
{
	unsigned f = t->v[i].flags;
	if (f & TOK_QUOTE)
		return true;
	if (!(f & TOK_PUNCT))
		return false;
	char p = c->text[t->v[i].start];
	return p == ',' || p == ';' || p == ':' || p == '(' || p == ')' || dash_at(c, t, i);
}

static bool final_at(const Ctx *c, const Toks *t, size_t i)
{
	if (i >= t->n || !(t->v[i].flags & TOK_PUNCT))
		return false;
	char p = c->text[t->v[i].start];
	return p == '.' || p == '!' || p == '?';
}

static size_t count_words(const Toks *t, size_t a, size_t b)
{
	size_t n = 0;
	for (size_t i = a; i < b; i++)
		n += is_word_tok(t, i);
	return n;
}

static bool has_quote(const Toks *t, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (t->v[i].flags & TOK_QUOTE)
			return true;
	return false;
}

/* True when a word of [A, B) is in lower case and no "a.m." or "p.m.": a
 * clause says something ("10:15 p.m. ET -- X conceded" reports no time). */
static bool says_something(const Ctx *c, const Toks *t, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++) {
		const char *w = c->text + t->v[i].start;
		if (is_word_tok(t, i) && islower((unsigned char)*w) &&
		    !(t->v[i].end - t->v[i].start == 4 && w[1] == '.' && w[2] == 'm' && w[3] == '.'))
			return true;
	}
	return false;
}

/* The clause [A, B) trimmed of edge punctuation, as a span, of MIN words
 * at least (one or more). */
static bool clause_span_of(const Ctx *c, const Toks *t, size_t a, size_t b, size_t min, Span *s)
{
	while (a < b && (t->v[a].flags & TOK_PUNCT))
		a++;
	/* (a per cent sign is the number's: "by 0.4%"; a closing bracket
	 * closes one the clause opened: "Rep. Don Beyer (D-Va.)") */
	while (b > a && (t->v[b - 1].flags & TOK_PUNCT) && !punct_at(c, t, b - 1, '%')) {
		if (punct_at(c, t, b - 1, ')')) {
			size_t o = b - 1;
			while (o > a && !punct_at(c, t, o - 1, '(') && !punct_at(c, t, o - 1, ')') && b - o < 16)
				o--;
			if (o > a && punct_at(c, t, o - 1, '('))
				break;
		}
		b--;
	}
	/* (count_words() and has_quote() in one pass: every clause tried is
	 * read so) */
	size_t words = 0;
	for (size_t i = a; i < b; i++) {
		if (t->v[i].flags & TOK_QUOTE)
			return false;
		words += is_word_tok(t, i);
	}
	if (words < min || !says_something(c, t, a, b))
		return false;
	*s = (Span){ t->v[a].start, t->v[b - 1].end };
	return true;
}

static bool clause_span(const Ctx *c, const Toks *t, size_t a, size_t b, Span *s);

/* Words that open a subordinate clause or join two: where a subject found
 * by walking back from its verb must begin. */
static const char *const clause_openers[] = {
	"after", "although", "as", "because", "before", "but", "if", "since", "so",
	"than", "that", "though", "unless", "when", "whereas", "whether", "which",
	"while", "who", "whom", "yet", NULL,
};
/* Words that open a subordinate clause at the start of a sentence. */
static const char *const subordinators[] = {
	"after", "although", "amid", "as", "because", "before", "despite", "following", "if",
	"once", "since", "though", "unless", "until", "when", "whenever", "whereas", "while", NULL,
};
static const char *const preps[] = {
	"about", "after", "at", "before", "by", "during", "for", "from", "in", "into",
	"on", "over", "since", "through", "under", "with", "without", NULL,
};
/* Pronouns that can only be a subject: a clause starts with them. */
static const char *const subject_pronouns[] = { "he", "i", "she", "there", "they", "we", NULL };
/* Verbs and function words that a bare noun phrase does not hold: a walk
 * back that meets one has left the subject ("Trump is defending his
 * early-morning tweets"). */
static const char *const not_in_np[] = {
	"am", "are", "be", "been", "being", "can", "could", "did", "do", "does", "had",
	"has", "have", "if", "is", "may", "might", "must", "not", "shall", "should", "to",
	"was", "were", "will", "would", NULL,
};
/* Words between a subject and its cue: "has long said", "also noted". */
static const char *const cue_aux[] = {
	"again", "already", "also", "always", "are", "been", "can", "could", "did",
	"does", "even", "had", "has", "have", "is", "just", "later", "long", "may",
	"might", "never", "now", "often", "once", "only", "since", "still", "then",
	"was", "were", "will", "would", NULL,
};
/* What may stand between a cue and its clause: "said Friday that". */
static const char *const when_words[] = {
	"afternoon", "afterward", "afterwards", "again", "also", "earlier", "early", "evening",
	"friday", "last", "late", "later", "monday", "month", "morning", "night", "previously",
	"recently", "repeatedly", "saturday", "spring", "summer", "sunday", "then", "this",
	"thursday", "today", "tonight", "tuesday", "wednesday", "week", "weekend", "winter", "year",
	"yesterday", NULL,
};
/* Prepositions after RC_ABOUT cues. */
static const char *const about_preps[] = {
	"about", "against", "for", "of", "on", "over", NULL,
};
static const char *const wh_words[] = {
	"how", "what", "when", "where", "whether", "which", "who", "why", NULL,
};

/* The word lists the clause rules ask tokens about, one bit each: a
 * token's word is looked up once in a table of them all (the engine's
 * clause_class, report_word_classes()) and its bits kept in the token
 * (Tok.clause_classes), where each list asked cost a lookup of its own
 * and the rules ask a word about several lists, often again.  Only the
 * lists asked thousands of times at 1 MB: the words of a rarer list let
 * more tokens past the table's filter to a probe than its bits save. */
enum {
	RW_OPENER = 1u << 0,
	RW_SUBORDINATOR = 1u << 1,
	RW_PREP = 1u << 2,
	RW_NOT_IN_NP = 1u << 3,
	RW_CUE_AUX = 1u << 4,
	RW_WHEN = 1u << 5,
	RW_ABOUT = 1u << 6,
	RW_WH = 1u << 7,
	RW_DETERMINER = 1u << 8,
	RW_POSS = 1u << 9,
	RW_TIME_JOIN = 1u << 10,
	RW_CUE_PAST = 1u << 11,
	RW_IRREGULAR_PAST = 1u << 12,
	RW_KNOWN = 1u << 31, /* the bits are worked out */
};
/* The RW_ bits of S[0, N) by E's clause_class (defined after the lists). */
static uint32_t clause_bits(const QuoteEngine *e, const char *s, size_t n);

/* True when the word of token I is in the list of BIT: word_in() on it,
 * kept in the token after the first time (Toks.v is the caller's, not
 * const, though T is).  Inline: most calls find the bits kept, and a call
 * cost more than the test. */
static inline __attribute__((always_inline)) bool tok_in(const Ctx *c, const Toks *t, size_t i,
                                                         uint32_t bit)
{
	Tok *k = &t->v[i];
	if (!(k->clause_classes & RW_KNOWN))
		k->clause_classes |= RW_KNOWN | clause_bits(c->e, TW(i));
	return (k->clause_classes & bit) != 0;
}

/* The reporting classes of token I's word, kept beside its RW_ bits (in
 * the bits above them): report_cue_class_in() of it in the low eight,
 * report_noun_class_in() in the eight above, worked out by one lookup the
 * first time.  Each reading tried at a cue asks its classes again. */
enum { REP_SHIFT = 13, REP_KNOWN = 1u << 30 };
static inline unsigned tok_rep(const Ctx *c, const Toks *t, size_t i)
{
	Tok *k = &t->v[i];
	if (!(k->clause_classes & REP_KNOWN))
		k->clause_classes |= REP_KNOWN | ((k->flags & TOK_WORD) ? report_word_classes_in(c->e, TW(i))
		                                                        : report_classes_in(c->e, TW(i)))
		                                     << REP_SHIFT;
	return (k->clause_classes >> REP_SHIFT) & 0xFFFF;
}

/* report_cue_class_in() and report_noun_class_in() of token I's word. */
static unsigned cue_class_at(const Ctx *c, const Toks *t, size_t i) { return tok_rep(c, t, i) & 0xFF; }
static unsigned noun_class_at(const Ctx *c, const Toks *t, size_t i) { return tok_rep(c, t, i) >> 8; }

static bool is_ly(const Ctx *c, const Toks *t, size_t i)
{
	size_t n = t->v[i].end - t->v[i].start;
	return is_word_tok(t, i) && n > 4 && !memcmp(c->text + t->v[i].end - 2, "ly", 2);
}

/* The first of the adverbs in -ly and "not" before the verb at token CI,
 * back to token A ("was widely believed", "will not say"), or CI: where an
 * auxiliary before the verb ends. */
static size_t verb_start(const Ctx *c, const Toks *t, size_t a, size_t ci)
{
	size_t j = ci;
	while (j > a && is_word_tok(t, j - 1) && (is_ly(c, t, j - 1) || tok_is(c, t, j - 1, "not")))
		j--;
	return j;
}

/* Nouns whose own "that" clause is what they hold, not a report of the
 * verb before their phrase: "lies in the fact that", "spoke in the hope
 * that", "acted on the assumption that". */
static const char *const complement_nouns[] = {
	"assumption", "belief", "expectation", "fact", "grounds", "hope", "impression",
	"knowledge", "premise", "understanding", NULL,
};

/* Words that give a time by a participle: "while visiting", "after
 * meeting". */
static const char *const participle_times[] = { "after", "before", "since", "when", "while", NULL };

static bool ing_form(const Ctx *c, const Toks *t, size_t i);
static bool bare_clause_at(const Ctx *c, const Toks *t, size_t k, size_t b);
static inline bool amount_at(const Ctx *c, const Toks *t, size_t k, size_t b);

/* W[0, N) is a vote's tally: "6-3", "51-49". */
static bool tally(const char *w, size_t n)
{
	size_t i = 0;
	while (i < n && i < 3 && (unsigned)(w[i] - '0') < 10u)
		i++;
	if (i == 0 || i >= n || w[i] != '-')
		return false;
	size_t j = ++i;
	while (j < n && (unsigned)(w[j] - '0') < 10u)
		j++;
	return j == n && j > i && j - i <= 3;
}

/* Past a cue: time words and "in a statement" / "on Twitter" phrases, so
 * the clause proper starts at the returned token. */
/* Token K is "this" or "last" before a word that is no time: "said this
 * plan would fail", "said last-minute talks", where it opens the clause
 * (not "said this week", "said last year"). */
static bool time_determiner(const Ctx *c, const Toks *t, size_t k, size_t b)
{
	return (tok_is(c, t, k, "this") || tok_is(c, t, k, "last")) &&
	       !(k + 1 < b && is_word_tok(t, k + 1) && tok_in(c, t, k + 1, RW_WHEN));
}

/* Past a date at token K, before B: a month and its day, "Oct. 22" or
 * "October 22, 2024" (a month alone may be a name: "said April Ryan").
 * K itself when none is there. */
static size_t past_date(const Ctx *c, const Toks *t, size_t k, size_t b)
{
	static const char *const months[] = {
		"april", "august", "december", "february", "january", "july", "june", "march", "may",
		"november", "october", "september", NULL,
	};
	/* (the abbreviations, with their dot a token apart) */
	static const char *const short_months[] = {
		"aug", "dec", "feb", "jan", "nov", "oct", "sept", NULL,
	};
	if (k + 1 >= b || !is_word_tok(t, k) || !(t->v[k].flags & TOK_CAP))
		return k;
	size_t day = k + 1;
	if (word_in(TW(k), short_months) && punct_at(c, t, k + 1, '.'))
		day = k + 2;
	else if (!word_in(TW(k), months))
		return k;
	if (day >= b)
		return k;
	size_t n = t->v[day].end - t->v[day].start;
	const char *d = c->text + t->v[day].start;
	if (n < 1 || n > 2 || (unsigned)(d[0] - '0') >= 10u || (n == 2 && (unsigned)(d[1] - '0') >= 10u))
		return k;
	k = day + 1;
	/* (", 2024": the year after the day) */
	if (k + 1 < b && punct_at(c, t, k, ',') && t->v[k + 1].end - t->v[k + 1].start == 4 &&
	    (unsigned)(c->text[t->v[k + 1].start] - '1') < 2u)
		k += 2;
	return k;
}

static bool past_form_at(const Ctx *c, const Toks *t, size_t i);

static size_t skip_adjuncts(const Ctx *c, const Toks *t, size_t k, size_t b)
{
	for (size_t guard = 0; k < b && guard < 3; guard++) {
		size_t k0 = k;
		/* (not an amount: "said nearly 300 roads", "at least 12 people";
		 * asked once a word, the one it stops at kept) */
		bool amount = false;
		for (size_t d; (d = past_date(c, t, k, b)) > k ||
		               (k < b && is_word_tok(t, k) && !(amount = amount_at(c, t, k, b)) &&
		                ((tok_in(c, t, k, RW_WHEN) && !time_determiner(c, t, k, b)) ||
		                 is_ly(c, t, k) || tok_is(c, t, k, "out")));)
			k = d > k ? d : k + 1; /* "said Friday", "said Oct. 22", "pointed out" */
		if (amount)
			break;
		/* "ruled 6-3 that", "voted 51-49 to": the tally, no part of the clause */
		if (k + 1 < b && is_word_tok(t, k) && tally(TW(k)) &&
		    (tok_is(c, t, k + 1, "that") || tok_is(c, t, k + 1, "to")))
			k++;
		/* "said while visiting the conference": a time given by a
		 * participle, to the clause's end (participle_times are all
		 * subordinators: the token's kept bits turn most words away
		 * before the lookup) */
		if (k + 1 < b && is_word_tok(t, k) && is_word_tok(t, k + 1) &&
		    tok_in(c, t, k, RW_SUBORDINATOR) && word_in(TW(k), participle_times) &&
		    ing_form(c, t, k + 1) && !(t->v[k + 1].flags & TOK_CAP)) {
			size_t e = k + 2;
			while (e < b && e < k + 16 && is_word_tok(t, e) && !tok_is(c, t, e, "that"))
				e++;
			if (e >= b || punct_at(c, t, e, ',') || final_at(c, t, e) || tok_is(c, t, e, "that"))
				k = e;
		}
		/* "in a statement", "on Twitter", "at a rally on Monday" */
		if (k < b && is_word_tok(t, k) && tok_in(c, t, k, RW_PREP) && !tok_is(c, t, k, "that") &&
		    !tok_is(c, t, k, "about")) { /* (what was talked about is no adjunct) */
			size_t e = k + 1;
			/* (up to 15 words: "said in its quarterly report filed with
			 * the Securities and Exchange Commission that") */
			for (size_t d; (d = past_date(c, t, e, b)) > e ||
			               (e < b && e < k + 16 && is_word_tok(t, e) && !tok_is(c, t, e, "that") &&
			                !tok_in(c, t, e, RW_WH));)
				e = d > e ? d : e + 1; /* ("on Oct. 22 that": the date's dot is in it) */
			bool near = e < k + 7;
			bool that = e < b && e < k + 16 && tok_is(c, t, e, "that");
			bool held = that && word_in(TW(e - 1), complement_nouns);
			/* (a "that" a subject follows opens the clause: "said in a
			 * statement posted on its website that it had ..."; one a
			 * verb follows is a relative pronoun: "spoke at a base on
			 * the bay that overlooks the city") */
			bool subject = that && e + 1 < b && is_word_tok(t, e + 1) &&
			               (word_in(TW(e + 1), subject_pronouns) || tok_is(c, t, e + 1, "it") ||
			                tok_in(c, t, e + 1, RW_DETERMINER | RW_POSS) ||
			                (t->v[e + 1].flags & TOK_CAP) ||
			                (unsigned)(c->text[t->v[e + 1].start] - '0') < 10u ||
			                /* (a bare noun and its verb: "that officers were") */
			                (e + 2 < b && is_word_tok(t, e + 2) && !tok_in(c, t, e + 1, RW_NOT_IN_NP) &&
			                 tok_in(c, t, e + 2, RW_NOT_IN_NP) && !tok_is(c, t, e + 2, "to") &&
			                 !tok_is(c, t, e + 2, "that")));
			/* (past six words only up to a "that" after a name, where
			 * the words went: "said in an email to The Associated
			 * Press that", "showed in a paper published in Nature
			 * that", or before a subject) */
			bool verb = that && e + 2 < b && is_word_tok(t, e + 1) && !(t->v[e + 1].flags & TOK_CAP) &&
			            (tok_in(c, t, e + 1, RW_NOT_IN_NP) ||
			             ((c->text[t->v[e + 1].end - 1] == 's' || c->text[t->v[e + 1].end - 1] == 'd') &&
			              is_word_tok(t, e + 2) && tok_in(c, t, e + 2, RW_DETERMINER | RW_POSS)));
			if (near ? e >= b || (!held && ((that && !verb) || punct_at(c, t, e, ',') ||
			                                final_at(c, t, e)))
			         : that && !held &&
			                   (subject || ((t->v[e - 1].flags & TOK_CAP) &&
			                                /* (past eleven words, not a relative
			                                 * "that": "approved by Republicans in
			                                 * April that boosted") */
			                                !(e >= k + 11 && e + 1 < b &&
			                                  past_form_at(c, t, e + 1)))))
				k = e;
		}
		/* "said on Monday the city risked ...", "wrote in a letter the
		 * plan would fail", "announced on Friday the arrest of": a short
		 * phrase of time or occasion, then a clause with no "that" or a
		 * noun phrase */
		static const char *const settings[] = {
			"briefing", "conference", "hearing", "interview", "letter", "meeting", "post",
			"rally", "speech", "statement", "tweet", NULL,
		};
		if (k == k0 && k + 2 < b && is_word_tok(t, k) && tok_in(c, t, k, RW_PREP) &&
		    !tok_is(c, t, k, "that") && !tok_is(c, t, k, "about"))
			for (size_t e = k + 1; e + 1 < b && e < k + 5 && is_word_tok(t, e); e++) {
				size_t d = past_date(c, t, e, b); /* ("said on Oct. 22 the roads") */
				size_t last = d > e ? d - 1 : e;
				if ((d > e || tok_in(c, t, e, RW_WHEN) || word_in(TW(e), settings)) &&
				    last + 1 < b &&
				    (bare_clause_at(c, t, last + 1, b) ||
				     (is_word_tok(t, last + 1) &&
				      tok_in(c, t, last + 1, RW_DETERMINER | RW_POSS)))) {
					k = last + 1;
					break;
				}
			}
		if (k == k0)
			break;
	}
	return k;
}

/* Past a time after the source at token K, before B: "said Amnesty
 * International on Tuesday", "said the mayor Friday".  Only a time: "said
 * one GOP source in the room" is a source with its modifier. */
static size_t skip_when(const Ctx *c, const Toks *t, size_t k, size_t b)
{
	size_t w = k < b && (tok_is(c, t, k, "on") || tok_is(c, t, k, "in") ||
	                     tok_is(c, t, k, "at")) ? k + 1 : k;
	size_t e = past_date(c, t, w, b);
	while (e < b && is_word_tok(t, e) && tok_in(c, t, e, RW_WHEN))
		e++;
	return e > w ? e : k;
}

/* Words after a comma that open the writer's own addition to a reported
 * clause: a concession ("..., although it may take days") or a note on a
 * place or time ("..., where 18 electoral votes are up for grabs").  (Not
 * "including": "fix its roads, including the bridges" is still what was
 * said, as PolNeAR reads it thirteen times out of fourteen.) */
static const char *const writer_adds[] = {
	"although", "though", "when", "where", "yet", NULL,
};
/* Prepositions in -ing, which go on with the clause where a participle
 * would end it. */
static const char *const ing_preps[] = { "concerning", "including", "regarding", NULL };

/* Irregular past forms of reporting verbs (the others end in -ed). */
static const char *const cue_pasts[] = {
	"felt", "forecast", "found", "held", "knew", "said", "sought", "spoke", "swore", "thought", "told",
	"wrote", NULL,
};

/* The word of token I, known to be a reporting verb, is in the past:
 * past_cue_at() without its lookup, for a caller that made it. */
static bool past_form_at(const Ctx *c, const Toks *t, size_t i)
{
	const char *w = c->text + t->v[i].start;
	size_t n = t->v[i].end - t->v[i].start;
	return (n > 3 && !memcmp(w + n - 2, "ed", 2)) || tok_in(c, t, i, RW_CUE_PAST);
}

/* clause_span_of() of three words at least: a shorter clause is a name or
 * a noun, not a report; but a pronoun and its verb in the past are one
 * ("said she resigned", "insisted nothing happened"; not "said he had",
 * an auxiliary whose verb is left out). */
static bool clause_span(const Ctx *c, const Toks *t, size_t a, size_t b, Span *s)
{
	static const char *const subjects[] = {
		"everyone", "everything", "he", "i", "it", "nobody", "nothing", "she", "they", "we", NULL,
	};
	size_t w = a;
	while (w < b && !is_word_tok(t, w))
		w++;
	/* (or a noun: "said profit rose", "said prices fell") */
	bool pair = w + 1 < b && is_word_tok(t, w + 1) &&
	            (word_in(TW(w), subjects) ||
	             (!(t->v[w].flags & TOK_CAP) && !tok_in(c, t, w, RW_DETERMINER | RW_PREP | RW_POSS) &&
	              !tok_in(c, t, w, RW_NOT_IN_NP) && !is_ly(c, t, w))) &&
	            !tok_in(c, t, w + 1, RW_CUE_AUX) && !wordset_has(&c->e->rep_one, TW(w + 1)) &&
	            (past_form_at(c, t, w + 1) || tok_in(c, t, w + 1, RW_IRREGULAR_PAST));
	return clause_span_of(c, t, a, b, pair ? 2 : 3, s);
}

/* A reporting verb in the past at token I ("warned", "told"): after "and"
 * in past-tense narration it begins a new report, not more of the reported
 * clause (a present "and expects" goes on with the clause's own subject). */
static bool past_cue_at(const Ctx *c, const Toks *t, size_t i)
{
	return i < t->n && is_word_tok(t, i) && !(t->v[i].flags & TOK_CAP) &&
	       wordset_has(&c->e->rep_one, TW(i)) && past_form_at(c, t, i);
}

/* Token J, right after the "and" at token I or after an adverb there, is
 * a verb of saying in the third person present ("and says", "and then
 * asks"): not a noun, as "demands", "claims" or "plans" may be. */
static bool present_cue_at(const Ctx *c, const Toks *t, size_t i, size_t j)
{
	static const char *const says[] = {
		"acknowledges", "adds", "argues", "asks", "concedes", "contends", "explains",
		"insists", "notes", "recalls", "says", "tells", "urges", "warns", "writes", NULL,
	};
	return j < t->n && is_word_tok(t, j) && !(t->v[j].flags & TOK_CAP) && word_in(TW(j), says) &&
	       (j == i + 1 || is_ly(c, t, i + 1) || tok_is(c, t, i + 1, "then") ||
	        tok_is(c, t, i + 1, "also"));
}

/* Prepositions of means and time, whose gerund has the subject of its
 * clause for its own: "by saying", "after saying". */
static const char *const gerund_preps[] = {
	"after", "before", "by", "upon", "while", "without", NULL,
};

/* Adverbs that may stand between the comma and a participle cue: ", even
 * suggesting", ", also saying". */
static const char *const participle_adverbs[] = { "again", "also", "even", "then", NULL };

/* Token I is a quotation whose words end on a comma inside its marks
 * ('"It was a success," adding that ...'): the comma the sentence goes on
 * after. */
static bool quote_comma(const Ctx *c, const Toks *t, size_t i)
{
	if (i >= t->n || !(t->v[i].flags & TOK_QUOTE) || t->v[i].end - t->v[i].start < 3)
		return false;
	const char *e = c->text + t->v[i].end;
	size_t mark = e[-1] == '"' || e[-1] == '\'' ? 1 : (unsigned char)e[-1] >= 0x80 ? 3 : 0;
	return mark && t->v[i].end - t->v[i].start > mark + 1 && e[-(long)mark - 1] == ',';
}

static bool mark_tok(const Ctx *c, const Toks *t, size_t i);

/* Token CI, a participle cue, follows a comma, at most one adverb between
 * (", saying", ", even suggesting"): it reports for the sentence's subject. */
static bool comma_participle(const Ctx *c, const Toks *t, size_t a, size_t ci)
{
	if (ci > a + 1 && is_word_tok(t, ci - 1) &&
	    (word_in(TW(ci - 1), participle_adverbs) || is_ly(c, t, ci - 1)))
		ci--;
	/* (", aside from saying", ", besides noting") */
	if (ci > a + 2 && tok_is(c, t, ci - 1, "from") &&
	    (tok_is(c, t, ci - 2, "aside") || tok_is(c, t, ci - 2, "apart")))
		ci -= 2;
	else if (ci > a + 1 && tok_is(c, t, ci - 1, "besides"))
		ci--;
	/* (or a term's closing mark after its comma: 'on "Meet the Press,"
	 * saying', the term's words read as words) */
	return ci > a && (punct_at(c, t, ci - 1, ',') || quote_comma(c, t, ci - 1) ||
	                  (ci > a + 2 && mark_tok(c, t, ci - 1) && punct_at(c, t, ci - 2, ',')));
}

/* More prepositions inside a noun phrase: "observers around the country". */
static const char *const np_preps[] = { "across", "among", "around", "throughout", NULL };

/* Token P is a preposition after a plural noun ("Experts in", "Executives
 * across"): the bare verb after its object agrees with that noun. */
static bool plural_before_prep(const Ctx *c, const Toks *t, size_t a, size_t p)
{
	if (p <= a || p >= t->n || !is_word_tok(t, p) || !is_word_tok(t, p - 1) ||
	    !(tok_in(c, t, p, RW_PREP) || word_in(TW(p), np_preps)))
		return false;
	const char *w = c->text + t->v[p - 1].start;
	size_t n = t->v[p - 1].end - t->v[p - 1].start;
	return n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != '\'' &&
	       !tok_in(c, t, p - 1, RW_NOT_IN_NP);
}

/* A plural noun and its prepositional phrase end at token P, within a
 * few words: "Experts in the region say", "Political observers in
 * Virginia and around the country say". */
static bool plural_subject_before(const Ctx *c, const Toks *t, size_t a, size_t p)
{
	for (size_t q = p; q + 8 > p && q > a; q--) {
		if (!is_word_tok(t, q))
			return false;
		if (plural_before_prep(c, t, a, q))
			return true;
	}
	return false;
}

static const char *const determiners[] = {
	"a", "an", "her", "his", "its", "our", "the", "their", "this", "your", NULL,
};
static const char *const poss_pronouns[] = { "her", "his", "its", "their", NULL };

/* Irregular past forms that make a clause of the words around them. */
static const char *const irregular_pasts[] = {
	"became", "began", "bought", "broke", "brought", "built", "came", "caught", "chose",
	"drove", "fell", "fought", "gave", "got", "grew", "heard", "held", "kept", "led", "left",
	"lost", "made", "meant", "met", "paid", "ran", "rose", "sat", "saw", "sent", "shot",
	"sold", "spent", "stood", "taught", "took", "understood", "went", "won", NULL,
};
/* Pronouns before a contracted "is": "it's", "that's". */
static const char *const is_pronouns[] = {
	"he", "here", "it", "she", "that", "there", "what", "who", NULL,
};

/* Token I is a contraction with a verb in it: "don't", "they're", "it's"
 * (not "Trump's", a possessive). */
static bool verb_contraction(const Ctx *c, const Toks *t, size_t i)
{
	const char *w = c->text + t->v[i].start;
	size_t n = t->v[i].end - t->v[i].start, a = 0;
	while (a < n && w[a] != '\'' && !(w[a] == '\xE2' && a + 2 < n && w[a + 1] == '\x80' &&
	                                   w[a + 2] == '\x99'))
		a++;
	if (a == n || a == 0)
		return false;
	size_t s = a + (w[a] == '\'' ? 1 : 3); /* past the apostrophe */
	if (w[a - 1] == 'n' && s < n && (w[s] == 't' || w[s] == 'T'))
		return true; /* "don't", "isn't" */
	if (word_eq(w + s, n - s, "re") || word_eq(w + s, n - s, "ll") ||
	    word_eq(w + s, n - s, "ve") || word_eq(w + s, n - s, "d") || word_eq(w + s, n - s, "m"))
		return true;
	return word_eq(w + s, n - s, "s") && word_in(w, a, is_pronouns);
}

/* Token I is a verb with "n't": "didn't", "won't", "wouldn’t". */
static bool negated_at(const Ctx *c, const Toks *t, size_t i)
{
	const char *w = c->text + t->v[i].start;
	size_t n = t->v[i].end - t->v[i].start;
	return is_word_tok(t, i) &&
	       ((n > 3 && !memcmp(w + n - 3, "n't", 3)) || (n > 5 && !memcmp(w + n - 5, "n\xE2\x80\x99t", 5)));
}

/* Token I is "to" before a verb, not the preposition: "plans to cut",
 * not "a threat to Eastern Europe", "its efforts to a turnout push" or
 * "his commitment to the group".  A capital after "to" is a verb only in
 * a title-case line, where the word before "to" has one too. */
static bool to_verb_at(const Ctx *c, const Toks *t, size_t i, size_t b)
{
	if (!tok_is(c, t, i, "to") || i + 1 >= b || !is_word_tok(t, i + 1) ||
	    tok_in(c, t, i + 1, RW_DETERMINER) || tok_in(c, t, i + 1, RW_POSS))
		return false;
	char f = c->text[t->v[i + 1].start];
	if (f >= 'a' && f <= 'z')
		return true;
	return f >= 'A' && f <= 'Z' && i > 0 && (t->v[i - 1].flags & TOK_CAP);
}

/* The words from K hold a verb of their own, as a clause does ("he lost",
 * "the plan will fail", "prices rose"), not only a noun phrase ("the
 * answer", "a big crowd at the rally"): what a verb of the mind needs
 * before its object is taken for something reported. */
static bool clause_has_verb(const Ctx *c, const Toks *t, size_t k, size_t b)
{
	if (k < b && is_word_tok(t, k) && word_in(TW(k), subject_pronouns))
		return true;
	for (size_t i = k, n = 0; i < b && n < 12 && !final_at(c, t, i) && !stop_at(c, t, i) &&
	                          !tok_is(c, t, i, "but");
	     i++) {
		if (!is_word_tok(t, i))
			continue;
		n++;
		if ((tok_in(c, t, i, RW_NOT_IN_NP) && !tok_is(c, t, i, "to") && !tok_is(c, t, i, "if") &&
		     !tok_is(c, t, i, "not")) ||
		    tok_in(c, t, i, RW_IRREGULAR_PAST) || tok_in(c, t, i, RW_CUE_PAST) ||
		    verb_contraction(c, t, i))
			return true;
		/* "expect prices to rise": the object's verb after "to" (not
		 * "a visit to the city"). */
		if (i > k && to_verb_at(c, t, i, b) && c->text[t->v[i + 1].start] >= 'a')
			return true;
		/* "prices rose", "the plan failed" - not "the revised plan",
		 * "a newly created role". */
		/* (not "than expected", "as planned": a comparison; nor a
		 * capitalised word of a name, "the House Armed Services") */
		size_t len = t->v[i].end - t->v[i].start;
		if (i > k && len > 4 && !memcmp(c->text + t->v[i].end - 2, "ed", 2) &&
		    !(t->v[i].flags & TOK_CAP) &&
		    !tok_in(c, t, i - 1, RW_DETERMINER) && !tok_is(c, t, i - 1, "than") &&
		    !tok_is(c, t, i - 1, "as") &&
		    !(i > k + 1 && is_ly(c, t, i - 1) && tok_in(c, t, i - 2, RW_DETERMINER)))
			return true;
	}
	return false;
}

/* "X said A and warned B", "... A and Democrats accused B": an "and" that
 * a reporting verb follows within a short subject closes the clause.  After
 * "that" the clause has a subject of its own, which a bare verb shares ("noted
 * that the US held drills and announced ..."): only a new subject closes it. */
static bool and_reports(const Ctx *c, const Toks *t, size_t k, size_t i, size_t b,
                        bool own_subject)
{
	if (!tok_is(c, t, i, "and"))
		return false;
	if (own_subject && i + 1 < b &&
	    ((past_cue_at(c, t, i + 1) && !tok_is(c, t, i + 2, "that") &&
	      !cue_can_invert(TW(i + 1))) ||
	     (is_ly(c, t, i + 1) && past_cue_at(c, t, i + 2) && !tok_is(c, t, i + 3, "that")) ||
	     tok_is(c, t, i + 1, "then")))
		return false; /* (but "... and suggested that": a report of its own) */
	for (size_t j = i + 1; j < b && j < i + 5 && is_word_tok(t, j); j++) {
		/* (in the present too, as features write: "She urges him to
		 * leave and repeatedly says ...") */
		if (past_cue_at(c, t, j) || (j <= i + 2 && present_cue_at(c, t, i, j)))
			/* (a verb that reports only before "that" goes on with
			 * the clause: "who was born and raised in Cuba"; nor does
			 * one whose subject joins a subject with no verb yet: "said
			 * processed meats and sugary drinks showed the strongest
			 * link") */
			return (cue_class_at(c, t, j) || tok_is(c, t, j + 1, "that")) &&
			       (j == i + 1 || clause_has_verb(c, t, k, i)) &&
			       !tok_is(c, t, j - 1, "to") && !word_is_be(TW(j - 1)) &&
			       ((!tok_is(c, t, j - 1, "have") && !tok_is(c, t, j - 1, "has") &&
			         !tok_is(c, t, j - 1, "had")) ||
			        (j == i + 2 && punct_at(c, t, i - 1, ',')));
		if (tok_in(c, t, j, RW_OPENER))
			return false;
	}
	return false;
}

/* "The CBI warned the rise would cost jobs, while the FSB said ...": a
 * comma and "while", "whereas" or "as" before a subject and a reporting
 * verb close the clause; the contrast is a report of its own. */
static bool while_reports(const Ctx *c, const Toks *t, size_t i, size_t b)
{
	/* (the comma first: this runs for every token clause_end() walks) */
	if (!punct_at(c, t, i, ',') || i + 3 >= b)
		return false;
	bool as = tok_is(c, t, i + 1, "as");
	if (!(as || tok_is(c, t, i + 1, "while") || tok_is(c, t, i + 1, "whereas")))
		return false;
	/* (", as officials in Kyiv reported damage": "as" with a report of
	 * its own, not ", as the minister said", which frames the clause) */
	/* (and after "as", only a verb that reports a clause, not one of what
	 * things did: ", as slowing demand weighed on profit") */
	for (size_t j = i + 3; j < b && j < i + 10 && is_word_tok(t, j); j++)
		if ((past_cue_at(c, t, j) || present_cue_at(c, t, i + 2, j)) && cue_class_at(c, t, j))
			return !word_is_be(TW(j - 1)) && !tok_is(c, t, j - 1, "to") &&
			       !(as && (j + 1 >= b || !is_word_tok(t, j + 1) ||
			                !(cue_class_at(c, t, j) & RC_CLAUSE) ||
			                tok_in(c, t, j + 1, RW_PREP)));
	return false;
}

/* Where and how words were said: "in a statement", "during an interview". */
static const char *const occasions[] = {
	"blog", "briefing", "email", "filing", "interview", "letter", "memo", "notice", "post",
	"remarks", "speech", "statement", "tweet", NULL,
};

/* occasion_at() past its preposition at token I. */
static bool occasion_after(const Ctx *c, const Toks *t, size_t i, size_t b)
{
	size_t j = i + 1;
	if (!(tok_is(c, t, j, "a") || tok_is(c, t, j, "an") || tok_is(c, t, j, "his") ||
	      tok_is(c, t, j, "her") || tok_is(c, t, j, "their") || tok_is(c, t, j, "its")))
		return false;
	for (j++; j < b && j < i + 5 && is_word_tok(t, j); j++)
		if (word_in(TW(j), occasions))
			return j + 1 >= b || !is_word_tok(t, j + 1) || tok_is(c, t, j + 1, "on") ||
			       tok_is(c, t, j + 1, "to") || tok_is(c, t, j + 1, "with");
	return false;
}

/* From token K, before E, "in" or "during", an article or an owner and an
 * occasion noun within three words, whatever follows it: "in a statement
 * posted to its website". */
static bool occasion_phrase(const Ctx *c, const Toks *t, size_t k, size_t e)
{
	if (!(tok_is(c, t, k, "in") || tok_is(c, t, k, "during")) || k + 2 >= e ||
	    !(tok_is(c, t, k + 1, "a") || tok_is(c, t, k + 1, "an") || word_is_owner(TW(k + 1))))
		return false;
	for (size_t j = k + 2; j < e && j < k + 5 && is_word_tok(t, j); j++)
		if (word_in(TW(j), occasions))
			return true;
	return false;
}

/* At token I, the occasion of the report, which is not what was reported: a
 * preposition, a determiner and up to two modifiers before an occasion noun
 * ("in a statement", "during a televised interview").  The preposition is
 * tested inline: clause_end() asks at every token, and a call for each
 * cost more than the test. */
static inline __attribute__((always_inline)) bool occasion_at(const Ctx *c, const Toks *t,
                                                              size_t i, size_t b)
{
	return (tok_is(c, t, i, "in") || tok_is(c, t, i, "during")) && i + 2 < b &&
	       occasion_after(c, t, i, b);
}

/* Nouns that name the reported event itself in an appositive after it:
 * "..., a move that", "..., a sign of"; or the writer's word on the claim:
 * "..., a charge the Gulf state denies", "..., a decision that drew
 * protests", "..., a provision likely to draw opposition". */
static const char *const event_nouns[] = {
	"accusation", "allegation", "assertion", "charge", "claim", "contention", "decision",
	"departure", "move", "nod", "provision", "rebuke", "reversal", "sign", "step", NULL,
};

/* At the comma at token I, the writer's word on the whole event: "endorsed
 * Clinton on Thursday, another example of labor's support", "is endorsing
 * Trump, the latest chapter in a rocky relationship", "..., a move that". */
static bool event_appositive(const Ctx *c, const Toks *t, size_t i, size_t b)
{
	if (!punct_at(c, t, i, ',') || i + 2 >= b)
		return false;
	return tok_is(c, t, i + 1, "another") ||
	       (tok_is(c, t, i + 1, "the") && tok_is(c, t, i + 2, "latest")) ||
	       ((tok_is(c, t, i + 1, "a") || tok_is(c, t, i + 1, "an")) && is_word_tok(t, i + 2) &&
	        word_in(TW(i + 2), event_nouns));
}

/* The dash that closes an aside opened by the dash at token I, with the
 * clause going on after it in lower case ("the firms -- all from Texas --
 * had won"; not "... -- as his returns showed -- Trump boasted", where the
 * writer's sentence resumes); I when there is none. */
static size_t closing_dash(const Ctx *c, const Toks *t, size_t i, size_t b)
{
	for (size_t j = i + 2; j < b && j < i + 24; j++) {
		if (final_at(c, t, j) || (t->v[j].flags & TOK_QUOTE))
			break;
		if (dash_at(c, t, j) && !punct_at(c, t, j - 1, '-')) {
			size_t w = j + 1 + punct_at(c, t, j + 1, '-');
			return w < b && is_word_tok(t, w) && !(t->v[w].flags & TOK_CAP) ? j : i;
		}
	}
	return i;
}

/* True when a hyphen alone between spaces opened an aside before token K in
 * its sentence that none closed: the clause at K is inside it. */
static bool aside_open(const Ctx *c, const Toks *t, size_t k)
{
	bool open = false;
	for (size_t j = k; j-- > 0 && !final_at(c, t, j);)
		open ^= lone_hyphen(c, t, j);
	return open;
}

/* Where the clause that starts at token K stops: the sentence end, a
 * participle cue (", saying"), a trailing "according to" or a quotation
 * after a clause break.  Returns B + 1 when a quotation is part of the
 * clause (a partial quote: not reported speech of its own). */
/* False for a word token I that cannot end or break a clause in
 * clause_end(): only "in" and "during" (an occasion), "and" and "but" can,
 * and the marks, so the other words skip its tests (most tokens; a yes
 * here only costs the tests). */
static inline bool clause_word_at(const Ctx *c, const Toks *t, size_t i)
{
	size_t n = t->v[i].end - t->v[i].start;
	unsigned char c0 = (unsigned char)(c->text[t->v[i].start] | 32);
	return (n == 2 && c0 == 'i') || (n == 3 && (c0 == 'a' || c0 == 'b')) || (n == 6 && c0 == 'd');
}

/* Token I, after "but", is an auxiliary that goes on with the clause's
 * subject: "the troops had reached the river but had not crossed it",
 * "was not yet profitable but was expected to" (a form of "have" or "be"
 * before "not" or a past participle). */
static bool aux_goes_on(const Ctx *c, const Toks *t, size_t i, size_t b)
{
	static const char *const auxes[] = { "had", "has", "have", "was", "were", NULL };
	if (i + 1 >= b || !word_in(TW(i), auxes) || !is_word_tok(t, i + 1))
		return false;
	size_t n = t->v[i + 1].end - t->v[i + 1].start;
	/* (or "was thinking": "said he liked the job but was thinking about
	 * engineering") */
	return tok_is(c, t, i + 1, "not") || tok_in(c, t, i + 1, RW_IRREGULAR_PAST) ||
	       (n > 3 && !memcmp(c->text + t->v[i + 1].end - 2, "ed", 2)) ||
	       (n > 4 && !memcmp(c->text + t->v[i + 1].end - 3, "ing", 3) &&
	        (tok_is(c, t, i, "was") || tok_is(c, t, i, "were")));
}

/* A "that" among the N words from token K, before B, with no stop
 * between. */
static bool that_within(const Ctx *c, const Toks *t, size_t k, size_t b, size_t n)
{
	for (size_t e = k; e < b && e < k + n && !stop_at(c, t, e); e++)
		if (tok_is(c, t, e, "that"))
			return true;
	return false;
}

/* A "not" between tokens K and I, with no comma after it before I. */
static bool negated_before(const Ctx *c, const Toks *t, size_t k, size_t i)
{
	for (size_t j = i; j > k && i - j < 12; j--) {
		if (punct_at(c, t, j - 1, ','))
			return false;
		if (tok_is(c, t, j - 1, "not"))
			return true;
	}
	return false;
}

/* The words from token K to I, counted from where the last call stopped:
 * clause_end() asks at tokens in text order, and a count from K each time
 * made a sentence of thousands of clauses cost the square of its length. */
typedef struct {
	size_t at, n;
} WordRun;

static inline size_t words_to(const Toks *t, WordRun *w, size_t i)
{
	for (; w->at < i; w->at++)
		w->n += is_word_tok(t, w->at);
	return w->n;
}

static size_t clause_end(const Ctx *c, const Toks *t, size_t k, size_t b)
{
	size_t brk = b; /* the last clause break seen */
	WordRun wr = { k, 0 };
	/* After "that", or after a cue in the present ("Police say he posed a
	 * threat and refused to drop the gun"), a verb in the past after "and"
	 * goes on with the clause's own subject. */
	bool own_subject = k > 0 && tok_is(c, t, k - 1, "that");
	for (size_t j = k; !own_subject && j > 0 && j + 4 > k; j--)
		if (is_word_tok(t, j - 1) && wordset_has(&c->e->rep_one, TW(j - 1))) {
			own_subject = (t->v[j - 1].flags & TOK_CAP) || !past_form_at(c, t, j - 1);
			break;
		}
	for (size_t i = k; i < b; i++) {
		/* (a test added below for other words must widen this one) */
		if (is_word_tok(t, i) && !clause_word_at(c, t, i))
			continue;
		if (t->v[i].flags & TOK_QUOTE) {
			/* ", Trump boasted, "Q"": the writer's words that introduce
			 * the quotation are not part of the clause either. */
			if (brk < b)
				return brk;
			if (i > k + 1 && (punct_at(c, t, i - 1, ',') || punct_at(c, t, i - 1, ':'))) {
				size_t j = i - 1;
				while (j > k && i - j < 8 && !stop_at(c, t, j - 1))
					j--;
				if (j > k && i - j < 8 && (punct_at(c, t, j - 1, ',') || dash_at(c, t, j - 1)))
					return j - 1;
			}
			return b + 1;
		}
		/* ", officials said late Tuesday.": a source and its cue after a
		 * comma, with at most a time after them to the sentence's end,
		 * close the clause; the report is theirs */
		if (punct_at(c, t, i, ',') && words_to(t, &wr, i) >= 2 && i + 1 < b &&
		    !tok_is(c, t, i + 1, "which") && !tok_is(c, t, i + 1, "who") &&
		    !tok_is(c, t, i + 1, "that")) {
			size_t j = i + 1;
			while (j < b && j < i + 5 && is_word_tok(t, j) && !past_cue_at(c, t, j))
				j++;
			if (j > i + 1 && j < b && past_cue_at(c, t, j) && cue_can_invert(TW(j))) {
				size_t e = j + 1;
				while (e < b && e < j + 6 && is_word_tok(t, e))
					e++;
				/* (or a comma and the writer's "even as", "while" ...
				 * after the source's words: "..., Mr Lim said at an
				 * event, even as officials prepared for talks") */
				if ((e >= b || final_at(c, t, e) ||
				     (punct_at(c, t, e, ',') && e + 1 < b && is_word_tok(t, e + 1) &&
				      (tok_in(c, t, e + 1, RW_SUBORDINATOR) || tok_is(c, t, e + 1, "even")))) &&
				    !clause_has_verb(c, t, j + 1, e))
					return i;
				/* ", community leader Nomsa Khumalo said people were
				 * tired": a source and a cue that open a report of
				 * their own, after which the clause is theirs */
				if (e > j + 1 && e < b && !punct_at(c, t, j + 1, ',') &&
				    (cue_class_at(c, t, j) & RC_CLAUSE) && count_words(t, i + 1, j) >= 2 &&
				    /* (not ", after Politico reported ...": when) */
				    !tok_in(c, t, i + 1, RW_SUBORDINATOR) &&
				    (tok_is(c, t, j + 1, "that") || bare_clause_at(c, t, j + 1, b)))
					return i;
			}
		}
		/* ", warned that ...", ", finding that ...": a verb of saying
		 * or an -ing form with a that-clause of its own after a comma
		 * opens a report of its own ("a trade group that filed a brief
		 * supporting Brightline, warned that", "denied the motion,
		 * finding that") */
		if (punct_at(c, t, i, ',') && i + 2 < b && is_word_tok(t, i + 1) &&
		    tok_is(c, t, i + 2, "that") && !(t->v[i + 1].flags & TOK_CAP) &&
		    (past_cue_at(c, t, i + 1) ||
		     (ing_form(c, t, i + 1) && wordset_has(&c->e->rep_one, TW(i + 1)))) &&
		    words_to(t, &wr, i) >= 1)
			return i;
		if (punct_at(c, t, i, ',') && i + 1 < b && is_word_tok(t, i + 1) &&
		    (tok_is(c, t, i + 1, "according") || cue_is_participle(TW(i + 1)) ||
		     /* (", even saying", ", besides noting": comma_participle()) */
		     (i + 2 < b && is_word_tok(t, i + 2) && cue_is_participle(TW(i + 2)) &&
		      comma_participle(c, t, k, i + 2)) ||
		     /* ", aside from saying": a new act of the source's, with a
		      * report of its own */
		     (i + 3 < b && (tok_is(c, t, i + 1, "aside") || tok_is(c, t, i + 1, "apart")) &&
		      tok_is(c, t, i + 2, "from") && is_word_tok(t, i + 3) &&
		      cue_is_participle(TW(i + 3)))))
			return i;
		size_t d = dash_at(c, t, i) ? closing_dash(c, t, i, b) : i;
		if (d > i) {
			i = d; /* "to ban all Muslims -- ASIDE -- from entering": it goes on */
			continue;
		}
		if ((dash_at(c, t, i) || punct_at(c, t, i, ';')) && words_to(t, &wr, i) >= 3)
			return i; /* an aside or an afterthought of the writer's */
		/* "The Authority - which has rejected the plan - called for":
		 * a hyphen alone closes the aside the clause is in */
		if (c->text[t->v[i].start] == '-' && lone_hyphen(c, t, i) && words_to(t, &wr, i) >= 3 &&
		    aside_open(c, t, k))
			return i;
		if (punct_at(c, t, i, ',') && i + 1 < b && is_word_tok(t, i + 1) &&
		    word_in(TW(i + 1), writer_adds) && words_to(t, &wr, i) >= 3) {
			/* (but ", where a tenant had been renovating, might have
			 * weakened": an aside inside the clause, which goes on with
			 * its verb after the comma that closes it) */
			size_t e = i + 2;
			while (e < b && e < i + 18 && !punct_at(c, t, e, ',') && !final_at(c, t, e) &&
			       !stop_at(c, t, e))
				e++;
			if (e + 1 < b && punct_at(c, t, e, ',') && is_word_tok(t, e + 1) &&
			    !(t->v[e + 1].flags & TOK_CAP) && tok_in(c, t, e + 1, RW_NOT_IN_NP) &&
			    !tok_is(c, t, e + 1, "to")) {
				i = e;
				continue;
			}
			return i;
		}
		if (occasion_at(c, t, i, b) && words_to(t, &wr, i) >= 3)
			return i; /* "... in a statement on Thursday" */
		if (event_appositive(c, t, i, b) && words_to(t, &wr, i) >= 3)
			return i;
		if (and_reports(c, t, k, i, b, own_subject) || while_reports(c, t, i, b))
			return i;
		if (punct_at(c, t, i, ',') && i + 1 < b && is_word_tok(t, i + 1) &&
		    !(t->v[i + 1].flags & TOK_CAP) && t->v[i + 1].end - t->v[i + 1].start > 4 &&
		    !memcmp(c->text + t->v[i + 1].end - 3, "ing", 3) && !word_in(TW(i + 1), ing_preps) &&
		    words_to(t, &wr, i) >= 3)
			return i; /* TESTING participle */
		/* "X said CLAUSE, and the union stepped in" / "... but offered
		 * no proof": a second clause is the writer's again; but "agreed
		 * that A but that B" reports both. */
		if ((tok_is(c, t, i, "but") || (punct_at(c, t, i, ',') && tok_is(c, t, i + 1, "and"))) &&
		    (words_to(t, &wr, i) >= 3 ||
		     /* ("confirmed the deal but declined to comment": a verb in
		      * the past after "but" ends a short object too) */
		     (tok_is(c, t, i, "but") && i > k && i + 1 < b && is_word_tok(t, i + 1) &&
		      !(t->v[i + 1].flags & TOK_CAP) &&
		      (past_form_at(c, t, i + 1) || tok_is(c, t, i + 1, "did")))) &&
		    /* (a second "that" clause goes on: "said A but that B", not
		     * "but that was all", a pronoun before its verb) */
		    !(tok_is(c, t, i + 1 + punct_at(c, t, i, ','), "that") &&
		      (own_subject || (i + 2 + punct_at(c, t, i, ',') < b &&
		                       !tok_in(c, t, i + 2 + punct_at(c, t, i, ','), RW_NOT_IN_NP)))) &&
		    !(tok_is(c, t, i, "but") && is_word_tok(t, i + 1) &&
		      (word_is_modal(TW(i + 1)) ||
		       (!punct_at(c, t, i - 1, ',') && aux_goes_on(c, t, i + 1, b)))) &&
		    /* (nor "A but not B": one clause that sets B apart) */
		    !(tok_is(c, t, i, "but") && tok_is(c, t, i + 1, "not")) &&
		    /* (nor "not A but B", B a thing with no verb of its own: "the
		     * issue was not the price but the lack of a study") */
		    !(tok_is(c, t, i, "but") && negated_before(c, t, k, i) &&
		      !clause_has_verb(c, t, i + 1, b)) &&
		    /* (nor one word after "but" that is no verb, ending the clause:
		     * "the target was ambitious but achievable", or an adverb
		     * before it: "legally sound but strategically risky") */
		    !(tok_is(c, t, i, "but") && i + 2 <= b && is_word_tok(t, i + 1) &&
		      (i + 2 == b || stop_at(c, t, i + 2) || final_at(c, t, i + 2) ||
		       (is_ly(c, t, i + 1) && i + 3 <= b && is_word_tok(t, i + 2) &&
		        (i + 3 == b || stop_at(c, t, i + 3) || final_at(c, t, i + 3)))) &&
		      !past_form_at(c, t, i + 1) && !tok_in(c, t, i + 1, RW_IRREGULAR_PAST) &&
		      !(i + 2 < b && is_ly(c, t, i + 1) && past_form_at(c, t, i + 2))))
			return i; /* (but "... would not defend them but would first review": a
			           * modal after "but" goes on with the clause's subject) */
		if (punct_at(c, t, i, ';') || punct_at(c, t, i, ':') ||
		    (punct_at(c, t, i, ',') && i + 1 < b &&
		     (tok_is(c, t, i + 1, "and") || tok_is(c, t, i + 1, "but"))))
			brk = i;
	}
	return b;
}

typedef struct {
	Item *v;
	size_t n, cap;
} Items;

static bool push_item(Items *x, const Item *it)
{
	if (!grow(&x->v, &x->cap, x->n, sizeof *x->v))
		return false;
	x->v[x->n++] = *it;
	return true;
}

static void fill(Item *it, const Mention *m, Span clause, Span cue, double conf)
{
	memset(it, 0, sizeof *it);
	it->q.span = it->q.inner = clause;
	it->q.kind = QUOTE_INDIRECT;
	it->q.speaker = -1;
	it->q.cue = cue;
	it->q.mention = m->span;
	it->q.confidence = m->kind == MEN_NONE ? conf / 2 : conf;
	it->mkind = m->kind;
	it->name = m->name;
	it->role = m->role;
	it->role2 = m->role2;
}

/* "Marla Quinn showed no emotion", "She showed reporters the letter": true
 * when M, at CUE, shows no report from token K (B the sentence end): what
 * a person shows is no report unless it is "that" a clause (a poll, a
 * record or a study shows what it says; "Research shows", one word, may be
 * either). */
static bool shows_nothing(const Ctx *c, const Toks *t, size_t k, size_t b, const Mention *m,
                          Span cue)
{
	static const char *const shows[] = { "show", "showed", "shown", "shows", NULL };
	static const char *const it_they[] = { "it", "they", NULL };
	size_t mn = m->span.end - m->span.start;
	bool show = word_in(c->text + cue.start, cue.end - cue.start, shows);
	/* ("required voters to show a passport": what one is to show, no
	 * more a report) */
	size_t ct = k;
	while (show && ct > 0 && t->v[ct].start > cue.start)
		ct--;
	bool to_show = show && ct > 0 && tok_is(c, t, ct - 1, "to");
	if (show &&
	    (to_show ||
	     (m->kind == MEN_NAME && memchr(c->text + m->name.start, ' ', m->name.end - m->name.start)) ||
	     (m->kind == MEN_PRONOUN && !word_in(c->text + m->span.start, mn, it_they)))) {
		if (to_show && !(k > 0 && tok_is(c, t, k - 1, "that")))
			return true;
		/* ("showed in a paper published in 2016 that ...") */
		size_t th = k > 0 ? k - 1 : k;
		while (th < b && th < k + 10 && !tok_is(c, t, th, "that"))
			th++;
		if (th >= b || th >= k + 10)
			return true;
	}
	return false;
}

/* The clause from token K to where it ends (clause_end), before B; false
 * when it is too short or part of a quotation. */
static bool clause_from(const Ctx *c, const Toks *t, size_t k, size_t b, Span *clause)
{
	size_t e = clause_end(c, t, k, b);
	if (e <= b)
		return clause_span(c, t, k, e, clause);
	/* A second "that" ("and that", "but that") beside a quotation in the
	 * clause opens words of the source's own, unquoted.  After the
	 * quotation, the clause it opens: "told reporters the agency was
	 * "closely monitoring" it and that there was no sign ..." (not "but
	 * that was all", a "that" a verb follows).  Before it, the first one
	 * ends the clause the source said: "said the plan was fair but that
	 * "nobody is happy"" (the quoted one a partial quotation). */
	bool quoted = false, first = true;
	for (size_t i = k; i + 1 < b && i < k + 60 && !final_at(c, t, i); i++) {
		quoted |= (t->v[i].flags & TOK_QUOTE) != 0;
		if (!tok_is(c, t, i + 1, "that") || !(tok_is(c, t, i, "and") || tok_is(c, t, i, "but")))
			continue;
		if (quoted) {
			if (i + 2 < b && is_word_tok(t, i + 2) && !tok_in(c, t, i + 2, RW_NOT_IN_NP))
				return clause_from(c, t, i + 2, b, clause);
		} else if (first && i >= k + 3 && count_words(t, k, i) >= 3) {
			first = false;
			size_t q = i + 2;
			while (q < b && q < i + 30 && !(t->v[q].flags & TOK_QUOTE) && !final_at(c, t, q))
				q++;
			if (q < b && (t->v[q].flags & TOK_QUOTE))
				return clause_span(c, t, k, i, clause);
		}
	}
	return false;
}

/* The clause at byte AT opens after "and that" or "but that", past the
 * quotation ending at byte QEND: clause_from()'s second clause. */
static bool second_that(const char *text, size_t qend, size_t at)
{
	return at >= qend + 9 &&
	       (!memcmp(text + at - 9, "and that ", 9) || !memcmp(text + at - 9, "but that ", 9));
}

/* The mention S of text T opens with a part of a group: "One of the
 * docs", "Some of the players", "Two of his aides" - people, whatever
 * the noun. */
static bool some_of(const char *t, Span s)
{
	static const char *const parts[] = {
		"all", "both", "each", "five", "four", "many", "most", "one", "several", "some",
		"three", "two", NULL,
	};
	size_t w = s.start;
	while (w < s.end && t[w] != ' ')
		w++;
	return w + 4 < s.end && word_in(t + s.start, w - s.start, parts) &&
	       !strncmp(t + w, " of ", 4);
}

/* The clause from token K as the report of M at CUE. */
static bool report_from(const Ctx *c, const Toks *t, size_t k, size_t b, const Mention *m,
                        Span cue, double conf, Item *it)
{
	Span clause;
	if (shows_nothing(c, t, k, b, m, cue) || !clause_from(c, t, k, b, &clause))
		return false;
	fill(it, m, clause, cue, conf);
	return true;
}

/* Heads of a document that reports: "a statement", "the poll". */
static const char *const doc_nouns[] = {
	"analysis", "filing", "interview", "letter", "memo", "poll", "post", "report",
	"speech", "statement", "study", "survey", "tweet", NULL,
};

/* Ends in 's or ’s: "Trump's". */
static bool poss_at(const Ctx *c, const Toks *t, size_t i)
{
	size_t n = t->v[i].end - t->v[i].start;
	const char *w = c->text + t->v[i].start;
	return is_word_tok(t, i) && ((n > 2 && !memcmp(w + n - 2, "'s", 2)) ||
	                             (n > 4 && !memcmp(w + n - 4, "\xE2\x80\x99s", 4)));
}

/* Tokens [A, E) as a mention when mention.c finds none there: kept as
 * written, without a speaker.  Only a plain noun phrase qualifies. */
static bool plain_mention(const Ctx *c, const Toks *t, size_t a, size_t e, bool strict,
                          Mention *m)
{
	while (a < e && (t->v[a].flags & TOK_PUNCT))
		a++;
	while (e > a && (t->v[e - 1].flags & TOK_PUNCT))
		e--;
	size_t n = count_words(t, a, e);
	if (n == 0 || n > 20 || has_quote(t, a, e))
		return false;
	if (tok_in(c, t, a, RW_OPENER) || tok_in(c, t, a, RW_WH) || tok_is(c, t, a, "and") ||
	    tok_is(c, t, a, "or"))
		return false;
	for (size_t i = a; strict && i < e; i++)
		if (is_word_tok(t, i) &&
		    (tok_in(c, t, i, RW_NOT_IN_NP) ||
		     (wordset_has(&c->e->rep_one, TW(i)) &&
		      !(i > a && is_word_tok(t, i - 1) && tok_in(c, t, i - 1, RW_DETERMINER)))) &&
		    /* ("The efforts", "the reports": a cue word after a
		     * determiner is a noun) */
		    !(tok_is(c, t, i, "to") && i + 1 < e && (tok_is(c, t, i + 1, "him") ||
		                                             tok_is(c, t, i + 1, "her") ||
		                                             tok_is(c, t, i + 1, "them"))))
			return false; /* ("Those close to him say": a phrase, not a verb) */
	/* "Mrs. Clinton's" before the cue: the cue is the noun it owns. */
	size_t ln = t->v[e - 1].end - t->v[e - 1].start;
	const char *lw = c->text + t->v[e - 1].start;
	if ((ln > 2 && !memcmp(lw + ln - 2, "'s", 2)) ||
	    (ln > 4 && !memcmp(lw + ln - 4, "\xE2\x80\x99s", 4)))
		return false;
	memset(m, 0, sizeof *m);
	m->kind = MEN_NONE;
	m->span = (Span){ t->v[a].start, t->v[e - 1].end };
	/* "a statement from the White House", "a report by the Government
	 * Accountability Office": the body or person it is from speaks */
	for (size_t k = a; k + 2 < e && k < a + 3; k++)
		if (is_word_tok(t, k) && word_in(TW(k), doc_nouns) &&
		    (tok_is(c, t, k + 1, "from") || tok_is(c, t, k + 1, "by") || tok_is(c, t, k + 1, "of"))) {
			Mention from = { 0 };
			if (mention_after(c->text, t, k + 2, e, &from) &&
			    (from.kind == MEN_ORG || from.kind == MEN_NAME) && from.span.end == m->span.end) {
				m->kind = from.kind;
				m->name = from.name;
			}
			break;
		}
	return true;
}

/* The source between token A and the cue at CI (A after a comma or at the
 * start of the sentence): "the company", "top black lawmakers". */
static bool source_between(const Ctx *c, const Toks *t, size_t a, size_t ci, Mention *m)
{
	if (mention_before(c->text, t, a, ci, m) && m->span.start >= t->v[a].start) {
		/* "another source": the whole phrase is the mention; but in
		 * "there are economists who argue" the source is no phrase of
		 * its own. */
		Mention wide = { 0 };
		if (m->span.start > t->v[a].start) {
			if (!plain_mention(c, t, a, ci, true, &wide))
				return false;
			if (m->kind == MEN_NOMINAL)
				m->span.start = wide.span.start;
		}
		return true;
	}
	for (size_t i = a; i < ci; i++)
		if (stop_at(c, t, i) && !punct_at(c, t, i, ',') && !punct_at(c, t, i, '(') &&
		    !punct_at(c, t, i, ')'))
			return false;
	size_t e = ci; /* "other studies have shown": the phrase before "have" */
	while (e > a + 1 && is_word_tok(t, e - 1) && tok_in(c, t, e - 1, RW_CUE_AUX))
		e--;
	return plain_mention(c, t, a, e, true, m);
}

/* The name that ends at token E (a comma), searching back no further than
 * LO: "backed by Rudi Roeslein, who thinks".  A name after a preposition is
 * no subject (mention_before() passes over it), but it is the antecedent
 * of the pronoun set off after it. */
static bool name_ending(const Ctx *c, const Toks *t, size_t lo, size_t e, Mention *m)
{
	size_t s = e, of = e; /* OF: the last "of" or "from" inside, or E */
	while (s > lo && e - s < 8) {
		if ((is_word_tok(t, s - 1) && (t->v[s - 1].flags & TOK_CAP)) ||
		    (punct_at(c, t, s - 1, '.') && s - 1 > lo && (t->v[s - 2].flags & TOK_CAP)))
			s--;
		else if (s > lo + 1 && s < e && (tok_is(c, t, s - 1, "of") || tok_is(c, t, s - 1, "from")) &&
		         (t->v[s - 2].flags & TOK_CAP))
			of = --s;
		else
			break;
	}
	if (s == e || s == of)
		return false;
	/* "Senator Ann Lee of Ohio, who said": the person the place is of;
	 * but "the University of Ohio, which said" is one body */
	if (of < e && mention_after(c->text, t, s, of, m) && m->kind == MEN_NAME &&
	    m->span.end == t->v[of - 1].end)
		return true;
	return mention_after(c->text, t, s, e, m) && (m->kind == MEN_NAME || m->kind == MEN_ORG) &&
	       m->span.end == t->v[e - 1].end;
}

/* Where the words before token J start, back to token LO, a clause opener
 * or a "wh" word (and to an "and" when AT_AND): at most fourteen of them
 * belong to a noun phrase. */
static size_t np_start(const Ctx *c, const Toks *t, size_t lo, size_t j, bool at_and)
{
	size_t a = j;
	while (a > lo && is_word_tok(t, a - 1) && !tok_in(c, t, a - 1, RW_OPENER) &&
	       !tok_in(c, t, a - 1, RW_WH) && !(at_and && tok_is(c, t, a - 1, "and")) && j - a < 14)
		a--;
	return a;
}

/* A noun phrase from the start of its clause to token J: "Several cast
 * members said". */
static bool np_back(const Ctx *c, const Toks *t, size_t lo, size_t j, Mention *m)
{
	size_t a = np_start(c, t, lo, j, false);
	if (a == j || j - a >= 14)
		return false;
	if (a > lo && !stop_at(c, t, a - 1) && !is_word_tok(t, a - 1))
		return false;
	if (tok_in(c, t, a, RW_PREP))
		return false; /* "In the report said": not a subject */
	return plain_mention(c, t, a, j, true, m);
}

/* The start of a time just before token J ("earlier in the week", "on
 * Friday", "last month"), or J when there is none. */
static const char *const time_joins[] = { "at", "in", "of", "on", "the", NULL };
static size_t time_before(const Ctx *c, const Toks *t, size_t lo, size_t j)
{
	size_t k = j;
	bool when = false;
	while (k > lo && j - k < 6 && is_word_tok(t, k - 1) &&
	       (tok_in(c, t, k - 1, RW_WHEN) || tok_in(c, t, k - 1, RW_TIME_JOIN))) {
		when |= tok_in(c, t, k - 1, RW_WHEN);
		k--;
	}
	return when && k > lo ? k : j;
}

/* Token I is a word in -ing ("servicing"). */
static bool ing_form(const Ctx *c, const Toks *t, size_t i)
{
	return is_word_tok(t, i) && t->v[i].end - t->v[i].start > 4 &&
	       !memcmp(c->text + t->v[i].end - 3, "ing", 3);
}

/* Verbs before "to" and a cue whose subject is the cue's: "appeared to
 * blame", "tried to convince", "continues to insist". */
static const char *const catenatives[] = {
	"appear", "appeared", "appears", "attempt", "attempted", "attempts", "continue",
	"continued", "continues", "seem", "seemed", "seems", "tried", "tries", "try", NULL,
};

/* From token K: "not to be named", "to not be identified", "not to be
 * quoted" - the terms a source asked for or declined, not what they said. */
static bool anonymity_at(const Ctx *c, const Toks *t, size_t k, size_t b)
{
	static const char *const named[] = {
		"identified", "named", "quoted", NULL,
	};
	size_t i = k;
	if (tok_is(c, t, i, "not") && tok_is(c, t, i + 1, "to"))
		i += 2;
	else if (tok_is(c, t, i, "to") && tok_is(c, t, i + 1, "not"))
		i += 2;
	else if (tok_is(c, t, i, "to"))
		i += 1; /* "declined to be named" */
	else
		return false;
	return i + 1 < b && tok_is(c, t, i, "be") && is_word_tok(t, i + 1) && word_in(TW(i + 1), named);
}

/* Tokens [K, E), a relative clause on a source, give the terms it spoke
 * on: "who spoke on condition of anonymity because ...", "who was not
 * authorized to speak publicly" (not what it said). */
static bool anonymous_terms(const Ctx *c, const Toks *t, size_t k, size_t e)
{
	static const char *const allowed[] = {
		"allowed", "authorised", "authorized", "cleared", "permitted", NULL,
	};
	for (size_t i = k; i < e; i++) {
		if (!is_word_tok(t, i))
			return false;
		if (tok_is(c, t, i, "anonymity") ||
		    (i + 1 < e && word_in(TW(i), allowed) && tok_is(c, t, i + 1, "to")))
			return true;
	}
	return false;
}

static bool subject_in(const Ctx *c, const Toks *t, size_t lo, size_t ci, Mention *m);

/* The subject of a cue at CI, searching back to LO.  *SUBJ is where the
 * subject starts (the clause is after the cue).  Words in quotation marks
 * are no one ("The band played "Hey Jude" and told the crowd"): a title. */
static bool subject_of(const Ctx *c, const Toks *t, size_t lo, size_t ci, Mention *m)
{
	if (!subject_in(c, t, lo, ci, m))
		return false;
	size_t s = m->span.start, e = m->span.end;
	if (e <= s)
		return true;
	const char *x = c->text;
	bool opened = (s >= 1 && x[s - 1] == '"') || (s >= 3 && !memcmp(x + s - 3, "\xE2\x80\x9C", 3));
	bool closed = e < c->len && (x[e] == '"' || !memcmp(x + e, "\xE2\x80\x9D", 3));
	return !(opened && closed);
}

/* "Dr. Amy Chen, a chemist at the University of Texas, San Antonio, said":
 * a place of three words at most set off before the cue at J, after a role
 * brought in with an article, is the role's (its institution's city); the
 * source is the name the role is set after. */
static bool place_after_role(const Ctx *c, const Toks *t, size_t lo, size_t j, Mention *m)
{
	if (j < lo + 6 || !punct_at(c, t, j - 1, ','))
		return false;
	size_t k = j - 1;
	while (k > lo && j - k < 16 && !stop_at(c, t, k - 1))
		k--;
	/* (past a relative clause set off before the cue: "..., San
	 * Francisco, who was not involved in the research, said") */
	if (k > lo && punct_at(c, t, k - 1, ',') && (tok_is(c, t, k, "who") || tok_is(c, t, k, "which")))
		return place_after_role(c, t, lo, k, m);
	if (j - k > 5)
		return false;
	if (k <= lo + 2 || !punct_at(c, t, k - 1, ',') || count_words(t, k, j - 1) > 3 ||
	    !(t->v[k].flags & TOK_CAP))
		return false;
	size_t a = k - 1;
	while (a > lo && !stop_at(c, t, a - 1) && k - a < 14)
		a--;
	if (a <= lo + 1 || !punct_at(c, t, a - 1, ',') ||
	    !(tok_is(c, t, a, "a") || tok_is(c, t, a, "an") || tok_is(c, t, a, "the")))
		return false;
	size_t a2 = a - 1;
	while (a2 > lo && !stop_at(c, t, a2 - 1) && a - a2 < 8)
		a2--;
	Mention nm = { 0 };
	if (!(a2 == lo || stop_at(c, t, a2 - 1)) || !mention_before(c->text, t, a2, a - 1, &nm) ||
	    nm.kind != MEN_NAME || nm.span.start != t->v[a2].start)
		return false;
	*m = nm;
	return true;
}

/* "Lorraine Pike, a retired teacher who lives near Fairmount Park, said":
 * the cue at J after a comma that closes an appositive with a relative
 * clause, whose last words name a place; the source is the name the
 * appositive is set after. */
static bool name_before_relative(const Ctx *c, const Toks *t, size_t lo, size_t j, Mention *m)
{
	if (j < lo + 6 || !punct_at(c, t, j - 1, ','))
		return false;
	/* (or "Kayla Brewer, 24, whose father, Dwayne Brewer, was among the
	 * trapped men, said": the name that opens the sentence, whose
	 * relative clause names another) */
	for (size_t w = lo + 2; w + 2 < j && w < lo + 8; w++)
		if (tok_is(c, t, w, "whose") && punct_at(c, t, w - 1, ',')) {
			Mention nm = { 0 };
			size_t ne = w - 1; /* (past an age: "Kayla Brewer, 24,") */
			if (ne >= lo + 3 && punct_at(c, t, ne - 2, ',') &&
			    isdigit((unsigned char)c->text[t->v[ne - 1].start]))
				ne -= 2;
			if (mention_subject(c->text, t, lo, w - 1, &nm) && nm.kind == MEN_NAME &&
			    nm.span.start == t->v[lo].start && nm.span.end == t->v[ne - 1].end) {
				*m = nm;
				return true;
			}
			break;
		}
	size_t k = j - 1;
	while (k > lo && j - k < 20 && !punct_at(c, t, k - 1, ',') && !final_at(c, t, k - 1))
		k--;
	if (k <= lo + 1 || !punct_at(c, t, k - 1, ',') ||
	    !(tok_is(c, t, k, "a") || tok_is(c, t, k, "an") || tok_is(c, t, k, "the")))
		return false;
	bool rel = false;
	for (size_t x = k; x + 1 < j && !rel; x++)
		rel = tok_is(c, t, x, "who") || tok_is(c, t, x, "which") || tok_is(c, t, x, "that");
	Mention nm = { 0 };
	if (!rel || !mention_before(c->text, t, lo, k - 1, &nm) || nm.kind != MEN_NAME ||
	    nm.span.end != t->v[k - 2].end)
		return false;
	nm.role = (Span){ t->v[k].start, t->v[j - 2].end }; /* (the appositive, its role) */
	*m = nm;
	return true;
}

static bool subject_in(const Ctx *c, const Toks *t, size_t lo, size_t ci, Mention *m)
{
	size_t j = ci;
	while (j > lo && is_word_tok(t, j - 1) && (tok_in(c, t, j - 1, RW_CUE_AUX) || is_ly(c, t, j - 1)))
		j--;
	/* "A bartender who asked not to be identified (because she feared
	 * retaliation) said": the source is before the terms it asked for */
	if (j > lo && !word_in(TW(j - 1), subject_pronouns))
		for (size_t w = j; w-- > lo + 1 && j - w < 24 && is_word_tok(t, w);)
			if (tok_is(c, t, w, "who") && w + 2 < j &&
			    (((tok_is(c, t, w + 1, "asked") || tok_is(c, t, w + 1, "requested") ||
			       tok_is(c, t, w + 1, "declined")) &&
			      anonymity_at(c, t, w + 2, j)) ||
			     anonymous_terms(c, t, w + 1, j)))
				return np_back(c, t, lo, w, m);
	/* "Lopez, who chairs the panel, and Krekorian said": two sources, the
	 * first set off with its aside, as "Lopez and Krekorian said" is */
	size_t n0 = j;
	while (n0 > lo && is_word_tok(t, n0 - 1) && (t->v[n0 - 1].flags & TOK_CAP))
		n0--;
	if (n0 < j && n0 >= lo + 4 && tok_is(c, t, n0 - 1, "and") && punct_at(c, t, n0 - 2, ',')) {
		size_t f = lo;
		while (f < n0 && is_word_tok(t, f) && (t->v[f].flags & TOK_CAP))
			f++;
		if (f > lo && f + 2 < n0 && punct_at(c, t, f, ',')) {
			memset(m, 0, sizeof *m);
			m->span = (Span){ t->v[lo].start, t->v[j - 1].end };
			return true;
		}
	}
	/* "Scientists who were not involved in the research said", "Residents
	 * who spoke at the meeting said": a source before a relative clause
	 * with no comma, of a few words with no quotation, speaks */
	for (size_t w = j; w-- > lo + 1 && j - w < 12 && is_word_tok(t, w);)
		if (tok_is(c, t, w, "who") && w + 2 < j && is_word_tok(t, w - 1)) {
			Mention o = { 0 };
			if (subject_of(c, t, lo, w, &o) && o.span.end > o.span.start) {
				*m = o;
				return true;
			}
			break;
		}
	/* "Lawmakers who wrote the measure argued": so is a source before a
	 * relative clause of a verb and its object */
	if (j > lo + 4 && tok_is(c, t, j - 4, "who") && is_word_tok(t, j - 3) &&
	    !(t->v[j - 3].flags & TOK_CAP) && !tok_in(c, t, j - 3, RW_CUE_AUX) &&
	    tok_in(c, t, j - 2, RW_DETERMINER | RW_POSS) && is_word_tok(t, j - 1) &&
	    !tok_in(c, t, j - 1, RW_NOT_IN_NP))
		return subject_of(c, t, lo, j - 4, m);
	if (j > lo + 2 && tok_is(c, t, j - 1, "to") && is_word_tok(t, j - 2) &&
	    word_in(TW(j - 2), catenatives))
		return subject_of(c, t, lo, j - 2, m); /* "X appeared to blame": X's */
	for (size_t i = j > lo + 6 ? j - 6 : lo; i + 2 < j; i++)
		if (occasion_at(c, t, i, j) && i > lo) {
			Mention o = { 0 }; /* "X in a televised interview said" */
			if (subject_of(c, t, lo, i, &o)) {
				*m = o;
				return true;
			}
			break; /* ("However, in his interview, the president said") */
		}
	if (j > lo + 2 && dash_at(c, t, j - 1 - punct_at(c, t, j - 2, '-'))) {
		/* "Kall -- co-editor of a book on the debates -- said": the
		 * subject is before the aside. */
		size_t d = j - 1 - punct_at(c, t, j - 2, '-');
		for (size_t i = d; i-- > lo && d - i < 30;)
			if (dash_at(c, t, i))
				return i > lo && subject_of(c, t, lo, i, m);
		return false;
	}
	if (j > lo && (tok_is(c, t, j - 1, "and") || tok_is(c, t, j - 1, "but") ||
	               tok_is(c, t, j - 1, "yet"))) {
		/* X did this and said that: the subject of the clause, which
		 * starts after "that" in "He noted that the US held drills and
		 * announced ...". */
		if (j >= lo + 2 && ing_form(c, t, j - 2) && ing_form(c, t, ci))
			return false; /* "the joy of servicing and maintaining": no verb */
		size_t from = lo, depth = 0;
		bool rel = true;
		for (size_t i = j - 1; i-- > lo;) {
			if (punct_at(c, t, i, ')')) {
				depth++; /* a parenthesis closed before "and" is skipped */
				continue;
			}
			if (depth) {
				depth -= punct_at(c, t, i, '(');
				continue;
			}
			if (rel && (tok_is(c, t, i, "who") || tok_is(c, t, i, "which")) && i + 1 < j - 1)
				return subject_of(c, t, lo, i + 1, m); /* "a book, which
				                                        * explored A and discussed B" */
			if (punct_at(c, t, i, ',') || (is_word_tok(t, i) && tok_in(c, t, i, RW_OPENER)))
				rel = false; /* (", which let him go in 2015, and said": the
				              * relative clause has closed) */
			/* After "that" and a verb of saying ("He noted that the US
			 * held drills and announced"), the clause's own subject;
			 * not after a relative "that" ("loopholes that benefit
			 * others, and has called for"). */
			size_t v = i > lo + 1 && tok_in(c, t, i - 1, RW_WHEN) ? i - 2 : i - 1;
			/* (not a "that" of a noun: "supported that request and
			 * urged", no verb between it and "and") */
			if (tok_is(c, t, i, "that") && !clause_has_verb(c, t, i + 1, j - 1))
				continue;
			/* (but not when the clause is in the past perfect and the
			 * verb after "and" is not: "said that Smith had been
			 * "outstanding" and insisted the team could win" is the
			 * coach's insisting) */
			bool perfect = false;
			for (size_t x = i + 1; x + 1 < j && !perfect; x++)
				perfect = tok_is(c, t, x, "had");
			if (perfect && tok_is(c, t, i, "that") && past_form_at(c, t, ci) &&
			    !tok_is(c, t, ci - 1, "had") && !tok_in(c, t, ci - 1, RW_CUE_AUX))
				continue;
			/* (nor after "but": "acknowledged that staffing was thin but
			 * said overtime would cover it" sets the source's two acts
			 * against each other) */
			if (tok_is(c, t, j - 1, "but") && tok_is(c, t, i, "that") && past_cue_at(c, t, ci) &&
			    wordset_has(&c->e->cue_one, TW(ci)))
				continue; /* (not "that the governor supported it but wanted ...") */
			if ((tok_is(c, t, i, "that") && i > lo && is_word_tok(t, v) &&
			     wordset_has(&c->e->rep_one, TW(v))) ||
			    tok_is(c, t, i, "because") || punct_at(c, t, i, '(') ||
			    punct_at(c, t, i, ';') || punct_at(c, t, i, ':')) {
				from = i + 1;
				break;
			}
		}
		if (from == lo && is_word_tok(t, lo) && tok_in(c, t, lo, RW_PREP))
			for (size_t i = lo + 1; i + 1 < j; i++)
				if (punct_at(c, t, i, ',')) {
					from = i + 1; /* "In a speech at the Capitol, he" */
					break;
				}
		/* "Economists at the IFS said A but warned B": the source of
		 * the cue before, as that cue reads it (a phrase that names no
		 * one too, when nothing else is found: "The phone maker denied
		 * wrongdoing but said ...") */
		Mention plain = { 0 };
		bool has_plain = false;
		for (size_t i = from + 1; i + 1 < j && i < from + 16; i++) {
			if (!is_word_tok(t, i) || (t->v[i].flags & TOK_CAP))
				continue;
			if (past_cue_at(c, t, i) && cue_class_at(c, t, i) && !word_is_be(TW(i - 1))) {
				Mention o = { 0 };
				if (subject_of(c, t, from, i, &o) && o.kind != MEN_NONE) {
					*m = o;
					return true;
				}
				if (!has_plain && o.span.end > o.span.start) {
					plain = o;
					has_plain = true;
				}
			}
			/* (another verb first: "studied the plan and warned"; or a
			 * cue whose clause may hold the verb before "and": "Merrill
			 * says Machado promised ... and said") */
			/* (but a noun after its determiner is no verb: "The
			 * campaign chief, Ann Lee, said A and accused B") */
			if (tok_in(c, t, i, RW_NOT_IN_NP) ||
			    (wordset_has(&c->e->rep_one, TW(i)) && !tok_in(c, t, i - 1, RW_DETERMINER) &&
			     !tok_in(c, t, i - 1, RW_POSS)))
				break;
		}
		if (mention_subject(c->text, t, from, j - 1, m))
			return true;
		if (has_plain)
			*m = plain;
		return has_plain;
	}
	if (j > lo + 2 && (tok_is(c, t, j - 1, "whom") || tok_is(c, t, j - 1, "which")) &&
	    tok_is(c, t, j - 2, "of") && is_word_tok(t, j - 3)) {
		/* "many of whom say": the part of a group, as written. */
		memset(m, 0, sizeof *m);
		m->span = (Span){ t->v[j - 3].start, t->v[j - 1].end };
		return true;
	}
	if (j > lo + 1 && tok_is(c, t, j - 1, "that") && is_word_tok(t, j - 2) &&
	    !(t->v[j - 2].flags & TOK_CAP) && !wordset_has(&c->e->rep_one, TW(j - 2)) &&
	    !tok_in(c, t, j - 2, RW_NOT_IN_NP) && !tok_in(c, t, j - 2, RW_PREP) &&
	    !tok_in(c, t, j - 2, RW_OPENER)) {
		/* "a super PAC that intends to": the relative pronoun after its
		 * noun, as written. */
		memset(m, 0, sizeof *m);
		m->span = (Span){ t->v[j - 1].start, t->v[j - 1].end };
		return true;
	}
	if (j > lo && (tok_is(c, t, j - 1, "who") || tok_is(c, t, j - 1, "which"))) {
		/* NAME, who said / the union, which argued: the antecedent
		 * speaks, through the relative pronoun. */
		size_t w = j - 1;
		Mention ante = { 0 };
		size_t d = w - 1; /* the comma or dash before the pronoun */
		if (d > lo && punct_at(c, t, d, '-') && punct_at(c, t, d - 1, '-'))
			d--;
		/* (a hyphen alone before the pronoun is a dash: "The
		 * Authority - which considers ...") */
		bool set_off = w > lo + 1 && (punct_at(c, t, w - 1, ',') || punct_at(c, t, w - 1, '-') ||
		                              dash_at(c, t, d));
		/* "Rudi Roeslein, a wealthy entrepreneur who thinks": the name
		 * the appositive before the pronoun is set after */
		size_t k = w;
		if (!set_off) {
			/* (a place may modify the noun: "Elena Castellano, a Miami
			 * renter who said") */
			while (k > lo + 1 && w - k < 6 && is_word_tok(t, k - 1) &&
			       (!(t->v[k - 1].flags & TOK_CAP) ||
			        (k - 1 > lo && tok_in(c, t, k - 2, RW_DETERMINER))))
				k--;
			if (k < w && k > lo + 1 && tok_in(c, t, k, RW_DETERMINER) &&
			    punct_at(c, t, k - 1, ','))
				d = k - 1;
			else
				k = w;
		}
		/* "Sen. John Roe, R-Texas, who has opposed": the lawmaker,
		 * past the party tag set off before the pronoun */
		for (size_t p = d; set_off && p-- > lo + 1 && d - p < 6;)
			if (punct_at(c, t, p, ',')) {
				size_t ts = t->v[p + 1].start, te = t->v[d - 1].end;
				if (p + 1 < d && party_tag_len(c->text + ts, te - ts) == te - ts)
					d = p;
				break;
			}
		if ((set_off || k < w) &&
		    ((mention_before(c->text, t, lo, d, &ante) && ante.kind != MEN_PRONOUN) ||
		     name_ending(c, t, lo, d, &ante))) {
			*m = ante;
			m->span = (Span){ t->v[w].start, t->v[w].end };
			return true;
		}
		/* "who" alone, as written: no speaker known. */
		memset(m, 0, sizeof *m);
		m->span = (Span){ t->v[w].start, t->v[w].end };
		return true;
	}
	/* "developers I spoke to say", "the residents we interviewed said": a
	 * noun for people, then a clause on it with a pronoun for subject
	 * and no mark between; the noun speaks, not the pronoun */
	/* (J may be LO, and J - 1 then no token) */
	/* (the noun may open the sentence: "Economists we consulted said") */
	for (size_t k = j - 1; j > lo + 2 && k > lo && k + 4 > j; k--) {
		if (!is_word_tok(t, k) || ((t->v[k].flags & TOK_CAP) && !tok_is(c, t, k, "i")))
			break;
		if (k + 1 < j && word_in(TW(k), subject_pronouns) && !tok_is(c, t, k, "there") &&
		    is_word_tok(t, k - 1) && (k - 1 == lo || !(t->v[k - 1].flags & TOK_CAP)) &&
		    word_is_person_noun(TW(k - 1)) && mention_before(c->text, t, lo, k, m) &&
		    m->kind != MEN_PRONOUN)
			return true;
	}
	if (place_after_role(c, t, lo, j, m))
		return true;
	/* "Jess Ortega, star of "Northbound," said": an aside whose last
	 * words are a title, its comma inside the marks; the subject is
	 * before the aside */
	bool mark_comma = j > lo + 3 && (t->v[j - 1].flags & TOK_PUNCT) && punct_at(c, t, j - 2, ',') &&
	                  (c->text[t->v[j - 1].start] == '"' ||
	                   !memcmp(c->text + t->v[j - 1].start, "\xE2\x80\x9D", 3));
	if (j > lo + 3 && (quote_comma(c, t, j - 1) || mark_comma)) {
		size_t k = mark_comma ? j - 2 : j - 1;
		while (k > lo && j - k < 12 && !punct_at(c, t, k - 1, ',') && !final_at(c, t, k - 1))
			k--;
		Mention o = { 0 };
		if (k > lo + 1 && punct_at(c, t, k - 1, ',') && mention_before(c->text, t, lo, k - 1, &o) &&
		    o.kind != MEN_NONE && o.span.end == t->v[k - 2].end) {
			*m = o;
			return true;
		}
	}
	size_t tj = time_before(c, t, lo, j);
	if (name_before_relative(c, t, lo, j, m))
		return true;
	if (mention_before(c->text, t, lo, ci, m) ||
	    /* "Tillerson earlier in the week said": the subject before a time */
	    (tj < j && mention_before(c->text, t, lo, tj, m))) {
		/* "Farmers in Iowa say": a name that ends a prepositional
		 * phrase is not the subject; the whole noun phrase is. */
		size_t ms = j;
		while (ms > lo && t->v[ms - 1].end > m->span.start)
			ms--;
		Mention np = { 0 };
		if (ms > lo + 1 && tok_is(c, t, ms - 1, "in") && np_back(c, t, lo, j, &np))
			*m = np;
		/* a phrase naming no one: all of it ("both analysts and
		 * sources in the Rukban camp told") */
		else if (m->kind == MEN_NONE && np_back(c, t, lo, j, &np) &&
		         np.span.start < m->span.start)
			*m = np;
		return true;
	}
	if (j > lo + 2 && punct_at(c, t, j - 1, ',')) {
		/* ROLE, NAME, said / NAME, ROLE, said: the name in either part
		 * (a relative clause may be long: "A staff member, who asked not
		 * to be named because she was not authorized to speak publicly
		 * about the case, said") */
		size_t k = j - 1;
		while (k > lo && j - k < 32 && !stop_at(c, t, k - 1))
			k--;
		if (j - k >= 16 && !(tok_is(c, t, k, "who") || tok_is(c, t, k, "which")))
			return false;
		if (k == lo || !punct_at(c, t, k - 1, ',') || k + 1 >= j)
			return false;
		size_t h = k - 1; /* the head before the appositive */
		size_t a = h;
		while (a > lo && !stop_at(c, t, a - 1) && h - a < 10)
			a--;
		if (a > lo && !punct_at(c, t, a - 1, ','))
			return false;
		Mention head = { 0 };
		bool ok_head = plain_mention(c, t, a, h, false, &head);
		/* "X, who met Trump and James Mattis, urged": a relative clause
		 * names others. */
		bool relative = tok_is(c, t, k, "who") || tok_is(c, t, k, "which") ||
		                tok_is(c, t, k, "whose");
		/* (not a name that ends a relative clause in the appositive:
		 * "Lorraine Pike, a retired teacher who lives near Fairmount
		 * Park, said") */
		bool inner = false;
		for (size_t x = k; x + 1 < j && !inner; x++)
			inner = tok_is(c, t, x, "who") || tok_is(c, t, x, "which") || tok_is(c, t, x, "that");
		if (!relative && !inner && mention_before(c->text, t, k, j - 1, m) && m->kind == MEN_NAME)
			return true;
		if (mention_before(c->text, t, a, h, m))
			return true;
		*m = head;
		return ok_head;
	}
	return np_back(c, t, lo, j, m);
}

/* The half of a sentence that goes on from token K after "HALF, says X,"
 * (SE: the end of the sentence, B: of the text read): past an appositive of
 * X's ("a planner,"), a verb phrase the half before is the subject of.  An
 * empty span when none does: "said X, who ...", "said X, adding ...", or
 * an appositive to the end. */
static Span inverted_rest(const Ctx *c, const Toks *t, size_t k, size_t se, size_t b)
{
	Span none = { 0, 0 };
	if (k >= se || !is_word_tok(t, k))
		return none;
	/* (the appositive: a lower-case phrase up to the next comma) */
	if (!(t->v[k].flags & TOK_CAP) && (tok_in(c, t, k, RW_DETERMINER) || word_is_owner(TW(k)))) {
		/* (over a place's parts: "at the University of California, San
		 * Francisco,") */
		size_t e = k;
		for (int part = 0; part < 3; part++) {
			size_t from = e;
			while (e < se && e < from + 16 && !stop_at(c, t, e))
				e++;
			if (e >= se || !punct_at(c, t, e, ','))
				return none;
			if (e + 1 >= se || !(t->v[e + 1].flags & TOK_CAP))
				break;
			e++;
		}
		k = e + 1;
	}
	/* (a verb: "would need", "is", "helps direct", not the rest of an
	 * appositive, "senior trader at Tempus") */
	if (k >= se || !is_word_tok(t, k) || (t->v[k].flags & TOK_CAP) || cue_class_at(c, t, k))
		return none;
	const char *w = c->text + t->v[k].start;
	size_t n = t->v[k].end - t->v[k].start;
	bool verb = word_is_modal(w, n) || word_is_be(w, n) || word_eq(w, n, "has") ||
	            word_eq(w, n, "have") || word_eq(w, n, "had") || word_eq(w, n, "does") ||
	            word_eq(w, n, "did") ||
	            (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' &&
	             k + 1 < se && is_word_tok(t, k + 1) && !(t->v[k + 1].flags & TOK_CAP));
	if (!verb)
		return none;
	size_t e = clause_end(c, t, k, b);
	Span more;
	if (e > b || !clause_span(c, t, k, e, &more))
		return none;
	return more;
}

/* According to X, CLAUSE.  /  CLAUSE, according to X(, MORE). */
/* Nouns an appositive names a body by: "a Britain-based war monitor", "a
 * network of civil society groups". */
static const char *const body_nouns[] = {
	"agency", "alliance", "coalition", "group", "groups", "institute", "monitor", "network",
	"nonprofit", "observatory", "office", "organisation", "organization", "outlet", "tracker",
	"watchdog", NULL,
};

static bool according(const Ctx *c, const Toks *t, size_t a, size_t b, size_t ci, size_t ce,
                      Item *it)
{
	Span cue = { t->v[ci].start, t->v[ce - 1].end }, clause;
	size_t se = ce;
	while (se < b && !stop_at(c, t, se) && !final_at(c, t, se))
		se++;
	Mention mn = { 0 };
	if (!mention_after(c->text, t, ce, se, &mn) || mn.span.end < t->v[se - 1].end) {
		if (!plain_mention(c, t, ce, se, false, &mn))
			return false;
	}
	/* "..., according to manufacturers, regulators and independent
	 * engineers.": a list of sources to the sentence's end, no verb in it */
	if (se < b && punct_at(c, t, se, ',') && ci > a && punct_at(c, t, ci - 1, ',')) {
		size_t fe = se + 1;
		bool joined = false;
		while (fe < b && fe < se + 16 && !final_at(c, t, fe) &&
		       (is_word_tok(t, fe) || punct_at(c, t, fe, ','))) {
			joined |= tok_is(c, t, fe, "and") || tok_is(c, t, fe, "or");
			fe++;
		}
		if (joined && (fe >= b || final_at(c, t, fe)) && !clause_has_verb(c, t, se + 1, fe))
			se = fe;
	}
	/* "According to the city controller, Kenneth Mejia, the deficit ...":
	 * the person's full name set off after the source is who it is */
	Mention named = mn;
	if (mn.kind != MEN_NAME && se < b) {
		mention_appositive(c->text, t, se, b, &named);
		if (named.kind == MEN_NAME && named.span.end > mn.span.end) {
			mn = named;
			se = toks_at(t, se, b, named.span.end);
		} else if (se + 3 < b && punct_at(c, t, se, ',') && is_word_tok(t, se + 1) &&
		           t->v[se + 1].end - t->v[se + 1].start >= 2 && word_all_caps(TW(se + 1)) &&
		           punct_at(c, t, se + 2, ',')) {
			/* ("According to Turkey's disaster management agency, AFAD,
			 * CLAUSE": the body's letters set off after it) */
			mn = (Mention){ .kind = MEN_ORG, .span = { t->v[ce].start, t->v[se + 1].end },
			                .name = { t->v[se + 1].start, t->v[se + 1].end } };
			se += 2;
		}
	}
	/* "CLAUSE, according to X" or "CLAUSE -- or worse -- according to X". */
	size_t cut = ci > a + 1 && dash_at(c, t, ci - 2) && punct_at(c, t, ci - 1, '-') ? ci - 2 : ci - 1;
	if (ci > a && (punct_at(c, t, ci - 1, ',') || dash_at(c, t, cut))) {
		/* "CLAUSE, the commission said, according to Reuters": where
		 * the writer has the report from; the report is the cue's. */
		if (ci > a + 2 && punct_at(c, t, ci - 1, ',') && is_word_tok(t, ci - 2) &&
		    cue_can_invert(TW(ci - 2)))
			return false;
		size_t s = trailing_start(c, t, a, ci - 1);
		/* "The city, according to X, would need ...": the sentence goes
		 * on after the source, and the half before may be short */
		Span more = { 0, 0 };
		if (se < b && punct_at(c, t, se, ',') && se + 1 < b &&
		    !tok_is(c, t, se + 1, "and") && !tok_is(c, t, se + 1, "but")) {
			size_t fe = se + 1; /* (the sentence's end) */
			while (fe < b && !final_at(c, t, fe))
				fe++;
			more = inverted_rest(c, t, se + 1, fe, b);
		}
		if (inside_quoting(t, a, s))
			return false;
		if (more.end > more.start && s < cut && !has_quote(t, s, cut))
			clause = (Span){ t->v[s].start, more.end };
		else if (!clause_span(c, t, s, cut, &clause))
			return false;
		/* '"Q," he told reporters on Tuesday, according to a transcript':
		 * a short clause of saying is where the quote came from, no
		 * report of its own */
		if (count_words(t, s, cut) <= 8)
			for (size_t k = s; k < cut; k++)
				if (is_word_tok(t, k) && wordset_has(&c->e->cue_one, TW(k)) &&
				    past_cue_at(c, t, k))
					return false;
		/* CLAUSE, according to X, and MORE: the clause goes on. */
		if (se < b && punct_at(c, t, se, ',') && se + 1 < b &&
		    (tok_is(c, t, se + 1, "and") || tok_is(c, t, se + 1, "but"))) {
			size_t e = clause_end(c, t, se + 1, b);
			if (e <= b && clause_span(c, t, se + 1, e, &more) && count_words(t, se + 1, e) >= 3)
				clause.end = more.end;
		}
		fill(it, &mn, clause, cue, 0.7);
		return true;
	}
	/* "According to Rachel Voss, a scholar at the Brookings Institution,
	 * CLAUSE": the source's role set off after it is no part of the clause */
	/* (and a body's: "According to the Syrian Observatory for Human
	 * Rights, a Britain-based war monitor, CLAUSE") */
	if (mn.kind != MEN_PRONOUN && se < b && punct_at(c, t, se, ',') && se + 2 < b &&
	    (tok_is(c, t, se + 1, "a") || tok_is(c, t, se + 1, "an") || tok_is(c, t, se + 1, "the"))) {
		size_t e = se + 2;
		/* (a role, or where one works: not "the deal, signed in May,
		 * is dead") */
		bool person = false;
		for (; e < b && e < se + 18 && is_word_tok(t, e); e++)
			person |= word_is_person_noun(TW(e)) || word_is_title(TW(e)) ||
			          (mn.kind != MEN_NAME && word_in(TW(e), body_nouns)) ||
			          ((t->v[e].flags & TOK_CAP) &&
			           (tok_is(c, t, e - 1, "at") || tok_is(c, t, e - 1, "of") ||
			            (tok_is(c, t, e - 1, "the") &&
			             (tok_is(c, t, e - 2, "at") || tok_is(c, t, e - 2, "of")))));
		if (person && e < b && punct_at(c, t, e, ',') && !clause_has_verb(c, t, se + 1, e))
			se = e;
	}
	return (ci == a || (ci == a + 1 && !is_word_tok(t, a))) && se < b &&
	       punct_at(c, t, se, ',') && report_from(c, t, se + 1, b, &mn, cue, 0.7, it);
}

/* Words that open a source named by a common noun: "one GOP source",
 * "two officials", "several lawmakers". */
static const char *const quantifiers[] = {
	"all", "another", "both", "few", "many", "most", "one", "several", "some", "three",
	"two", NULL,
};

/* Token K opens a plain source after an inverted cue ("said one source in
 * the room", "said officials"): a determiner, a number word, a capital or a
 * plural; not "declared bankruptcy", whose noun is what was declared. */
static bool source_head(const Ctx *c, const Toks *t, size_t k)
{
	if (!is_word_tok(t, k))
		return false;
	const char *w = c->text + t->v[k].start;
	size_t n = t->v[k].end - t->v[k].start;
	return (t->v[k].flags & TOK_CAP) || tok_in(c, t, k, RW_DETERMINER) || word_in(w, n, quantifiers) ||
	       isdigit((unsigned char)w[0]) || w[n - 1] == 's';
}


/* A noun for people, a body or a document among the first words of the
 * phrase [K, E) after an inverted cue: "said one GOP source", "said a
 * report by ..." (not "CLAUSE, reported a methamphetamine use disorder",
 * where the cue is no inverted one). */
static bool source_noun_in(const Ctx *c, const Toks *t, size_t k, size_t e)
{
	for (size_t i = k; i < e && i < k + 4; i++)
		if (is_word_tok(t, i) && (word_is_person_noun(TW(i)) || word_in(TW(i), doc_nouns)))
			return true;
	return false;
}

/* From token K, after an inverted cue, a source named by a common noun
 * ends the sentence: "..., said one GOP source in the room."  What follows
 * such a cue is then never its clause, whoever the sentence's subject. */
static bool plain_source_ends(const Ctx *c, const Toks *t, size_t k, size_t b)
{
	size_t e = k;
	while (e < b && !stop_at(c, t, e))
		e++;
	size_t w = e; /* (past the last word: plain_mention() drops punctuation) */
	while (w > k && !is_word_tok(t, w - 1))
		w--;
	/* (not "NAME, ROLE, noted the rule in the interview", whose words
	 * after the cue are what was noted) */
	Mention mn = { 0 };
	return source_noun_in(c, t, k, w) && (e >= b || final_at(c, t, e)) && source_head(c, t, k) &&
	       plain_mention(c, t, k, e, true, &mn) && mn.span.end >= t->v[w - 1].end;
}

/* The words from token K after an -ing word have a finite verb of their own
 * before the next stop: "replacing Clinton would be harder" (a subject), not
 * "gaining 22,000 followers" (a participle). */
static bool gerund_subject(const Ctx *c, const Toks *t, size_t k, size_t b)
{
	for (size_t i = k; i < b && i < k + 8 && !stop_at(c, t, i); i++)
		if (is_word_tok(t, i) && (word_is_modal(TW(i)) || word_is_be(TW(i))))
			return true;
	return false;
}

/* CLAUSE, X said.  /  CLAUSE, said X.  /  HALF, X said, HALF. */
/* The comma before the cue at CI closes an appositive set off after the
 * sentence's subject: "Paul Krekorian, who voted for the deal, said",
 * "Daniel Ostrowski, 45, said", "..., a supporter of the deal, said": a
 * noun phrase with no verb, then a comma and "who", "which", an article
 * or a short aside with no verb (not "At the time of the suicide, there
 * were ...", an opening phrase).  The cue then reads forward, whatever
 * follows it. */
static bool subject_aside(const Ctx *c, const Toks *t, size_t a, size_t ci)
{
	size_t s0 = trailing_start(c, t, a, ci - 1), c0 = s0;
	while (c0 < ci - 1 && !punct_at(c, t, c0, ','))
		c0++;
	/* (an aside of a few words with no verb of its own: ", 54,", ",
	 * in a statement,", ", speaking to reporters,") */
	/* (or a name and its relative clause: "Another witness, Daniel
	 * Ostrowski, who manages a diner, said") */
	size_t c1 = c0 + 1;
	while (c1 < ci - 1 && c1 < c0 + 5 && is_word_tok(t, c1) && (t->v[c1].flags & TOK_CAP))
		c1++;
	bool named = c1 > c0 + 1 && c1 + 1 < ci - 1 && punct_at(c, t, c1, ',') &&
	             (tok_is(c, t, c1 + 1, "who") || tok_is(c, t, c1 + 1, "whose"));
	bool aside = c0 + 1 < ci - 1 && is_word_tok(t, c0 + 1) &&
	             (named || tok_is(c, t, c0 + 1, "who") || tok_is(c, t, c0 + 1, "which") ||
	              tok_is(c, t, c0 + 1, "a") || tok_is(c, t, c0 + 1, "an") ||
	              tok_is(c, t, c0 + 1, "the") ||
	              (count_words(t, c0 + 1, ci - 1) <= 7 && !has_quote(t, c0 + 1, ci - 1) &&
	               (ing_form(c, t, c0 + 1) || !clause_has_verb(c, t, c0 + 1, ci - 1))));
	return aside && c0 > s0 && is_word_tok(t, s0) &&
	       !tok_in(c, t, s0, RW_PREP | RW_OPENER | RW_SUBORDINATOR) && !tok_is(c, t, s0, "but") &&
	       !tok_is(c, t, s0, "and") && !clause_has_verb(c, t, s0, c0);
}

/* Before the cue at CI, a role and a name set off by commas after the
 * clause: "CLAUSE, a company spokeswoman, Jane Doe, said", "CLAUSE, his
 * daughter, Anne Vance, said", "CLAUSE, the mayor, Jane Doe, said".  *M is
 * the name (the role its role), *COMMA the comma that ends the clause. */
static bool role_name_before(const Ctx *c, const Toks *t, size_t a, size_t ci, Mention *m,
                             size_t *comma)
{
	if (ci < a + 6 || !punct_at(c, t, ci - 1, ','))
		return false;
	size_t k = ci - 1;
	while (k > a && ci - k < 6 && is_word_tok(t, k - 1) && (t->v[k - 1].flags & TOK_CAP))
		k--;
	if (k == ci - 1 || k <= a + 2 || !punct_at(c, t, k - 1, ','))
		return false;
	size_t r = k - 1; /* the comma before the name */
	while (r > a && k - 1 - r < 6 && is_word_tok(t, r - 1))
		r--;
	if (r == k - 1 || r <= a + 1 || !punct_at(c, t, r - 1, ','))
		return false;
	/* (the role opens with an article or an owner, and ends on a noun
	 * for a person: "a company spokeswoman", "his daughter") */
	if (!(tok_in(c, t, r, RW_DETERMINER) || word_is_owner(TW(r))) ||
	    !word_is_person_noun(TW(k - 2)))
		return false;
	Mention nm = { 0 };
	if (!mention_before(c->text, t, k, ci - 1, &nm) || nm.kind != MEN_NAME ||
	    nm.span.start != t->v[k].start)
		return false;
	nm.role = (Span){ t->v[r].start, t->v[k - 2].end };
	*m = nm;
	*comma = r - 1;
	return true;
}

static bool trailing(const Ctx *c, const Toks *t, size_t a, size_t b, size_t ci, size_t ce,
                     size_t after, bool plain_ok, Item *it)
{
	Span cue = { t->v[ci].start, t->v[ce - 1].end }, clause, more = { 0, 0 };
	Mention mn = { 0 };
	size_t comma; /* the comma that ends the first half */
	if (ci > a && punct_at(c, t, ci - 1, ',') && cue_can_invert(TW(ci))) {
		/* CLAUSE, said X(, ROLE). */
		size_t se = ce;
		while (se < b && !final_at(c, t, se) && !(t->v[se].flags & TOK_QUOTE))
			se++;
		size_t me = ce;
		if (mention_after(c->text, t, ce, se, &mn)) {
			while (me < se && t->v[me].start < mn.span.end)
				me++;
			if (me > ce) /* "said Amnesty International on Tuesday" */
				me = skip_when(c, t, me, se);
		}
		/* "CLAUSE, a company spokeswoman, Jane Doe, said (on Tuesday).",
		 * "The cause was pneumonia, his daughter, Anne Vance, said": the
		 * source set off before the cue, a role and then a name */
		size_t rc = 0;
		if (me == ce && (skip_when(c, t, ce, se) >= se || final_at(c, t, skip_when(c, t, ce, se))) &&
		    role_name_before(c, t, a, ci, &mn, &rc)) {
			size_t s = trailing_start(c, t, a, rc);
			if (inside_quoting(t, a, s) || !clause_span(c, t, s, rc, &clause))
				return false;
			fill(it, &mn, clause, cue, 0.6);
			return true;
		}
		if (me == ce || (me < se && !stop_at(c, t, me))) {
			/* "said one GOP source in the room": the whole phrase. */
			if (!plain_ok)
				return false;
			size_t e = ce;
			while (e < se && !stop_at(c, t, e))
				e++;
			if (!plain_mention(c, t, ce, e, true, &mn) || !source_head(c, t, ce) ||
			    !source_noun_in(c, t, ce, e))
				return false;
		}
		if (subject_aside(c, t, a, ci))
			return false;
		/* The source ends its sentence or an appositive follows: "said
		 * Tom Forte, who ..." - not "said parents still want". */
		me = ce;
		while (me < se && t->v[me].start < mn.span.end)
			me++;
		if (me > ce)
			me = skip_when(c, t, me, se);
		if (me < se && !stop_at(c, t, me))
			return false;
		comma = ci - 1;
		/* "The city, says Jim Lee, a planner, would need more": the
		 * sentence goes on after the source and its appositive */
		if (me < se && punct_at(c, t, me, ','))
			more = inverted_rest(c, t, me + 1, se, b);
	} else {
		size_t s = ci;
		while (s > a && ci - s < 16 &&
		       (!stop_at(c, t, s - 1) || punct_at(c, t, s - 1, '(') || punct_at(c, t, s - 1, ')')))
			s--;
		bool as = tok_is(c, t, s, "as");
		if (ci > s && tok_is(c, t, ci - 1, "as"))
			return false; /* "Patriot failed as predicted": no source */
		if ((s == a && !as) || (s > a && !(punct_at(c, t, s - 1, ',') || dash_at(c, t, s - 1) ||
		                                   (s >= a + 2 && dash_at(c, t, s - 2)))))
			return false;
		/* "migration and a host of challenges, said X"; but "..., he
		 * told me" (not "depending on who you ask"). */
		if (!(cue_class_at(c, t, ci) & RC_CLAUSE) && !cue_can_invert(TW(ci)) &&
		    !((cue_class_at(c, t, ci) & RC_TELL) && past_cue_at(c, t, ci)) &&
		    !(as && tok_is(c, t, ci, "pointed") && tok_is(c, t, ci + 1, "out")))
			return false; /* (but "as X pointed out, CLAUSE") */
		if (!source_between(c, t, s + as, ci, &mn))
			return false;
		/* "As X said, CLAUSE", "Yet, as X observed, CLAUSE", "Hawaii,
		 * as X noted, CLAUSE": the clause is the sentence after it
		 * (a short subject before it is left out rather than the
		 * source's words taken in). */
		size_t h = a; /* the first word of the half before */
		while (h < s && !is_word_tok(t, h))
			h++;
		bool verb = false; /* ("did not, as it promised, address": no subject) */
		for (size_t i = h; i < s; i++)
			verb |= is_word_tok(t, i) && tok_in(c, t, i, RW_NOT_IN_NP);
		/* "CLAUSE, as X said.": the half before it */
		bool at_end = s > a && (after >= b || final_at(c, t, after));
		if (as && !at_end && (count_words(t, h, s) < 3 || verb || tok_in(c, t, h, RW_OPENER) ||
		           tok_in(c, t, h, RW_SUBORDINATOR) || tok_is(c, t, h, "and")))
			return after < b && punct_at(c, t, after, ',') &&
			       report_from(c, t, after + 1, b, &mn, cue, 0.6, it);
		if (as && !at_end && !(after < b && punct_at(c, t, after, ',')))
			return false; /* "HALF, as X said, HALF" has both halves */
		comma = dash_at(c, t, s - 1) && s >= a + 2 && punct_at(c, t, s - 2, '-') ? s - 2 : s - 1;
		/* HALF, X said, HALF: the sentence goes on after the cue. */
		/* ... but not ", adding that ...", ", warning that ...": a new
		 * act of the source, with a report of its own. */
		bool act = after + 1 < b && is_word_tok(t, after + 1) &&
		           !(t->v[after + 1].flags & TOK_CAP) && t->v[after + 1].end - t->v[after + 1].start > 4 &&
		           !memcmp(c->text + t->v[after + 1].end - 3, "ing", 3) &&
		           (cue_class_at(c, t, after + 1) || !gerund_subject(c, t, after + 2, b));
		/* (", according to Reuters": where the report is from) */
		act |= after + 2 < b && tok_is(c, t, after + 1, "according") && tok_is(c, t, after + 2, "to");
		/* (", even as officials prepared": the writer's, as ", as" is) */
		bool even = after + 2 < b && tok_is(c, t, after + 1, "even") && is_word_tok(t, after + 2) &&
		            tok_in(c, t, after + 2, RW_SUBORDINATOR);
		if (after < b && punct_at(c, t, after, ',') && after + 1 < b && !act && !even &&
		    !(is_word_tok(t, after + 1) && tok_in(c, t, after + 1, RW_OPENER) &&
		      !tok_is(c, t, after + 1, "because") && !tok_is(c, t, after + 1, "since") &&
		      !tok_is(c, t, after + 1, "that"))) {
			/* ... not ", as they bristled": the writer's; but ", since
			 * most voters agree" gives the speaker's reason. */
			/* (the second half may be short: its subject is in
			 * the first, "The plan, he said, ignored traffic") */
			size_t e = clause_end(c, t, after + 1, b);
			if (e > b || !clause_span_of(c, t, after + 1, e, 1, &more))
				more = (Span){ 0, 0 };
		}
	}
	size_t s = trailing_start(c, t, a, comma);
	if (inside_quoting(t, a, s))
		return false;
	/* "When the charges were unsealed, Smith testified": a subordinate
	 * clause alone before the comma is when or why, not what (but "If
	 * elected, I will act, he said" has its main clause too) */
	/* (nor the question put to the source, "Asked whether she would
	 * write another book, Vance thought for a long moment": what was
	 * asked, not what she thought) */
	if (more.end <= more.start && s < comma && s == a && (tok_is(c, t, s, "asked") ||
	                                                      tok_is(c, t, s, "pressed")))
		return false;
	if (more.end <= more.start && s < comma && is_word_tok(t, s) && tok_in(c, t, s, RW_SUBORDINATOR)) {
		size_t k = s;
		while (k < comma && !punct_at(c, t, k, ','))
			k++;
		if (k == comma)
			return false;
	}
	if (more.end > more.start && comma > a && is_word_tok(t, comma - 1) &&
	    (tok_is(c, t, comma - 1, "which") || tok_is(c, t, comma - 1, "who"))) {
		/* "near the stadium, which, he said, is full on game days": the
		 * relative clause is the report, not the sentence it is in. */
		clause = more;
	} else if (more.end > more.start) {
		/* The first half may be short: "The museum, he said, would ..." */
		if (comma <= s || has_quote(t, s, comma))
			return false;
		clause = (Span){ t->v[s].start, more.end };
	} else if (!clause_span(c, t, s, comma, &clause)) {
		return false;
	}
	if (cue_passive_heard(c->text, t, comma, ci))
		mn = (Mention){ 0 }; /* "CLAUSE, Smith was told": not Smith's */
	fill(it, &mn, clause, cue, 0.6);
	return true;
}

/* Addressees a clause may follow without "that". */
static const char *const addressees[] = {
	"audiences", "her", "him", "journalists", "me", "reporters", "supporters", "them", "us",
	"viewers", "voters", "you", NULL,
};

/* The end of the addressee that starts at token K ("reporters", "him", "CNN",
 * "The New York Times"), K when there is none. */
static size_t addressee_end(const Ctx *c, const Toks *t, size_t k, size_t b)
{
	if (k < b && is_word_tok(t, k) && word_in(TW(k), addressees))
		return k + 1;
	/* "told investors", "told the committee", "told local officials": a
	 * noun for people, after a determiner or an adjective, with a subject
	 * after it ("the metrics it told people had value": none) */
	bool det = k < b && is_word_tok(t, k) && (tok_in(c, t, k, RW_DETERMINER) || word_is_owner(TW(k)));
	for (size_t i = k + det; i < b && i < k + 2 && is_word_tok(t, i) && !(t->v[i].flags & TOK_CAP); i++)
		if (word_is_person_noun(TW(i)))
			return i + 1 < b && !tok_in(c, t, i + 1, RW_NOT_IN_NP) ? i + 1 : k;
	size_t e = k;
	if (tok_is(c, t, e, "the") || tok_is(c, t, e, "The"))
		e++;
	size_t n = e;
	while (n < b && n < e + 5 && is_word_tok(t, n) && (t->v[n].flags & TOK_CAP))
		n++;
	if (n < b && is_word_tok(t, n) && (t->v[n].flags & TOK_CAP))
		return k; /* a longer name ("the Environmental Protection Agency's
		           * Clean Power Plan rules"): a thing, not someone told */
	/* "told Estonian public broadcaster ERR", "told German newspaper
	 * Bild": the kind of outlet between where it is from and its name */
	static const char *const outlets[] = {
		"agency", "broadcaster", "channel", "daily", "magazine", "network", "newspaper",
		"outlet", "paper", "radio", "station", "tabloid", "television", "weekly", NULL,
	};
	size_t m = n;
	while (m < b && m < n + 3 && is_word_tok(t, m) && !(t->v[m].flags & TOK_CAP))
		m++;
	if (m > n && m < b && is_word_tok(t, m) && (t->v[m].flags & TOK_CAP) &&
	    word_in(TW(m - 1), outlets)) {
		while (m < b && is_word_tok(t, m) && (t->v[m].flags & TOK_CAP))
			m++;
		return m;
	}
	return n > e ? n : k;
}

/* "CLAUSE, the senator told reporters on Friday." / "HALF, he told me,
 * HALF": a cue that names its addressee, then ends the sentence or its
 * own aside, follows what it reports. */
static bool told_trailing(const Ctx *c, const Toks *t, size_t a, size_t b, size_t ci, size_t ce,
                          Item *it)
{
	if (!(cue_class_at(c, t, ci) & RC_TELL) || !past_cue_at(c, t, ci))
		return false; /* (not "I've got to warn you about something") */
	size_t e = addressee_end(c, t, ce, b);
	if (e == ce)
		return false;
	e = skip_adjuncts(c, t, e, b);
	return (e >= b || final_at(c, t, e) || punct_at(c, t, e, ',')) &&
	       trailing(c, t, a, b, ci, ce, e, true, it);
}

/* Token I opens the sentence with a participle ("Writing for a panel that
 * all agreed X, NAME noted ..."): a phrase that ends at its comma. */
static bool opening_participle(const Ctx *c, const Toks *t, size_t i)
{
	size_t n = t->v[i].end - t->v[i].start;
	return n > 5 && !memcmp(c->text + t->v[i].end - 3, "ing", 3) && !tok_is(c, t, i, "during") &&
	       !tok_is(c, t, i, "according") && !tok_is(c, t, i, "following");
}

/* The comma at token I groups the digits of a number ("12,000"). */
static bool number_comma(const Ctx *c, const Toks *t, size_t i)
{
	size_t s = t->v[i].start, e = t->v[i].end;
	return s > 0 && e < c->len && isdigit((unsigned char)c->text[s - 1]) &&
	       isdigit((unsigned char)c->text[e]);
}

/* "Although Trump has admitted using the code, he does not defend it": a
 * cue at CI in a subordinate clause opening the sentence reports up to the
 * comma that closes that clause; returns where the clause from K must end
 * (B when no such clause holds the cue). */
static size_t opening_clause_end(const Ctx *c, const Toks *t, size_t a, size_t ci, size_t k,
                                 size_t b)
{
	size_t sa = a;
	if (tok_is(c, t, sa, "and") || tok_is(c, t, sa, "but") || tok_is(c, t, sa, "even"))
		sa++; /* "And while Trump has railed against ..., he" */
	/* (or after a comma or a colon: "Once in my early 20s, when my mother
	 * mentioned the devil to me while driving, I laughed", "...: As he
	 * welcomed several hundred guests, Scott was launching ...") */
	for (size_t i = ci; i-- > sa + 1 && ci - i < 12;) {
		if (stop_at(c, t, i))
			break;
		/* (the mark first: the words' bits are then worked out for few) */
		if ((punct_at(c, t, i - 1, ',') || punct_at(c, t, i - 1, ':')) &&
		    tok_in(c, t, i, RW_SUBORDINATOR)) {
			sa = i;
			break;
		}
	}
	if (ci <= sa || !is_word_tok(t, sa) ||
	    !(tok_in(c, t, sa, RW_SUBORDINATOR) || opening_participle(c, t, sa)))
		return b;
	for (size_t i = sa; i < ci; i++)
		if (punct_at(c, t, i, ','))
			return b;
	for (size_t e = k; e < b; e++)
		if (punct_at(c, t, e, ',') && !number_comma(c, t, e))
			return e;
	return b;
}

/* From token K, a thing and "as" with a noun phrase after it ("the plan as
 * a gift", "him as their best hope"), not "as high as" or "as well". */
static bool thing_as(const Ctx *c, const Toks *t, size_t k, size_t b)
{
	for (size_t i = k + 1; i + 1 < b && i < k + 10 && is_word_tok(t, i); i++)
		if (tok_is(c, t, i, "as"))
			return tok_in(c, t, i + 1, RW_DETERMINER) || tok_is(c, t, i + 1, "an");
	return false;
}

static const char *const time_units[] = {
	"days", "hour", "hours", "minute", "minutes", "months", "seconds", "weeks", "years", NULL,
};

/* A length of time within the four words from K: "about five minutes",
 * "an hour", "several days". */
static bool duration_at(const Ctx *c, const Toks *t, size_t k, size_t b)
{
	for (size_t i = k; i < b && i < k + 4 && is_word_tok(t, i); i++)
		if (word_in(TW(i), time_units))
			return true;
	return false;
}

/* Nouns of words given: "offered no proof", "sent a letter". */
static const char *const given_words[] = {
	"advice", "answer", "answers", "apology", "assurance", "assurances", "condolences",
	"defense", "details", "evidence", "explanation", "insight", "insights", "message",
	"praise", "proof", "rebuke", "response", "statement", "thanks", "tribute", "ultimatum",
	"warning", "warnings", NULL,
};
/* Prepositions that open where and when, not what: "in the days since". */
static const char *const place_preps[] = {
	"after", "at", "before", "during", "in", "on", "since", NULL,
};

/* From token K, a noun phrase headed by a noun of words given, within
 * three words ("no proof", "a mostly positive message"): returns where
 * what was given ends (before "in the days since", "on Friday"), K when
 * the object is no such noun. */
static size_t words_given(const Ctx *c, const Toks *t, size_t k, size_t b)
{
	size_t i = k;
	while (i < b && i < k + 4 && is_word_tok(t, i) && !word_in(TW(i), given_words))
		i++;
	if (i >= b || i >= k + 4 || !is_word_tok(t, i))
		return k;
	while (i < b && !(is_word_tok(t, i) && word_in(TW(i), place_preps)))
		i++;
	return i;
}

/* Who finds things in the course of an inquiry: "A 2014 study found 31
 * cases", "a federal judge found that action unconstitutional". */
static const char *const inquirers[] = {
	"analysis", "audit", "court", "investigation", "investigators", "judge", "jury", "poll",
	"report", "research", "researchers", "review", "study", "survey", NULL,
};

/* The subject before "found" at token CI is an inquiry or its author ("A
 * 2014 study by Loyola Law School professor Justin Levitt found"), whose
 * finding is reported even when it is a thing and not a clause. */
static bool found_by_inquiry(const Ctx *c, const Toks *t, size_t a, size_t ci)
{
	for (size_t i = ci; i-- > a && ci - i < 14;) {
		if (stop_at(c, t, i) || (is_word_tok(t, i) && tok_in(c, t, i, RW_OPENER)))
			return false;
		if (is_word_tok(t, i) && word_in(TW(i), inquirers))
			return true;
	}
	return false;
}

/* "called Friday for THING": the token of "for" after a form of "call" at
 * CI and time words, 0 when there is none. */
static size_t call_gap_for(const Ctx *c, const Toks *t, size_t ci, size_t ce, size_t b)
{
	/* (the first letter turns most cues away: every cue asks) */
	if (ce != ci + 1 || (c->text[t->v[ci].start] | 32) != 'c' ||
	    !(tok_is(c, t, ci, "called") || tok_is(c, t, ci, "calls") || tok_is(c, t, ci, "call")))
		return 0;
	size_t p = ce;
	while (p < b && is_word_tok(t, p) && tok_in(c, t, p, RW_WHEN))
		p++;
	return p > ce && p + 1 < b && tok_is(c, t, p, "for") ? p : 0;
}

/* Where the words between the cue at token CI and its subject ("has long
 * said", "also noted") start, back to A at the earliest. */
static size_t aux_start(const Ctx *c, const Toks *t, size_t a, size_t ci)
{
	size_t r = ci;
	while (r > a && is_word_tok(t, r - 1) && (tok_in(c, t, r - 1, RW_CUE_AUX) || is_ly(c, t, r - 1)))
		r--;
	return r;
}

/* X said (that) CLAUSE, X told Y that CLAUSE, X wants to DO, X urged Y to DO. */
/* The relative pronoun that opens a relative clause whose subject reports
 * at the cue at token CI, R its aux_start(): "the donations, which he said
 * were bribes", "a bridge that engineers say is unsafe", "what the
 * senators said was gerrymandering" (the clause's verb follows the cue,
 * its subject is the pronoun).  The pronoun's token, or CI when there is
 * none. */
static size_t relative_at(const Ctx *c, const Toks *t, size_t a, size_t r, size_t ci)
{
	/* the source: one to four words, no punctuation (a first letter
	 * other than w turns a word away before the three tests) */
	for (size_t j = r; j > a && r - j < 5 && is_word_tok(t, j - 1); j--)
		if (j < r && (c->text[t->v[j - 1].start] | 32) == 'w' &&
		    (tok_is(c, t, j - 1, "which") || tok_is(c, t, j - 1, "who") ||
		     tok_is(c, t, j - 1, "what")))
			return j - 1;
	return ci;
}

/* relative_at() of the cue at token CI, its aux_start() worked out. */
static size_t relative_source(const Ctx *c, const Toks *t, size_t a, size_t ci)
{
	return relative_at(c, t, a, aux_start(c, t, a, ci), ci);
}

/* The relative pronoun's token of a cue at token CI (relative_source())
 * that ends the clause of PREV at the comma before it, as
 * cut_at_relative() says; 0 when there is none. */
static size_t relative_cut(const Ctx *c, const Toks *t, const Quote *prev, size_t ci)
{
	size_t rel = relative_source(c, t, 0, ci);
	if (rel == ci || rel < 2 || tok_is(c, t, rel, "what") || !punct_at(c, t, rel - 1, ',') ||
	    t->v[rel - 2].end <= prev->span.start || t->v[rel].start >= prev->span.end)
		return 0;
	return rel;
}

/* "warned the lanes would cut parking": at token K a noun phrase of a few
 * words and its modal or auxiliary, the subject of a bare clause; or a
 * subject pronoun and a verb ("warned he would fight on"), or a noun
 * phrase after an article and a verb in the past ("warned the city
 * risked losing the team"). */
static bool bare_clause_at(const Ctx *c, const Toks *t, size_t k, size_t b)
{
	if (k + 1 < b && is_word_tok(t, k) && word_in(TW(k), subject_pronouns) &&
	    !tok_is(c, t, k, "there") && is_word_tok(t, k + 1))
		return true;
	bool det = k < b && is_word_tok(t, k) && tok_in(c, t, k, RW_DETERMINER);
	size_t j = k;
	for (; j < b && j < k + 6 && is_word_tok(t, j) && !tok_in(c, t, j, RW_NOT_IN_NP); j++)
		if (det && j > k + 1 && !(t->v[j].flags & TOK_CAP) &&
		    (tok_in(c, t, j, RW_IRREGULAR_PAST) ||
		     (past_form_at(c, t, j) && !tok_in(c, t, j - 1, RW_DETERMINER))))
			return true; /* ("the city risked") */
	return j > k && j < b && is_word_tok(t, j) && tok_in(c, t, j, RW_NOT_IN_NP) &&
	       !tok_is(c, t, j, "to") && !tok_is(c, t, j, "if") && !tok_is(c, t, j, "not");
}

static bool bare_form(const Ctx *c, const Toks *t, size_t i);

/* The word at S starts with the lower-case letter L, in either case: where
 * all the words of a short list asked of every cue start so ("add",
 * "added", ...), the letter turns most cues away before the lookup. */
static inline bool lead_is(const char *s, char l) { return (*s | 32) == l; }

/* Verbs whose object may be people met rather than words: "addressed the
 * symposium", "welcomed several hundred guests", "confirm Supreme Court
 * justices". */
static const char *const greetings[] = {
	"address", "addressed", "addresses", "addressing", "confirm", "confirmed", "confirming",
	"confirms", "greet", "greeted", "greeting", "greets", "welcome", "welcomed", "welcomes",
	"welcoming", NULL,
};
static const char *const audiences[] = {
	"assembly", "audience", "audiences", "conference", "convention", "crowd", "crowds",
	"delegates", "gathering", "graduates", "guests", "justices", "nominees", "rally",
	"students", "summit", "supporters", "symposium", "visitors", NULL,
};

/* The object at token K of the greeting cue at CI, before B, is an
 * audience, guests or appointees, or (after "address") an event or a body
 * by its name ("addressed the Black Women's Agenda Symposium"): no words
 * are reported (but "addressed the plight of single mothers", "welcomed
 * the decision"). */
static bool audience_at(const Ctx *c, const Toks *t, size_t ci, size_t k, size_t b)
{
	/* (a greeting's first letter before the lookup: this is asked of
	 * every cue read forward) */
	char l = (char)(c->text[t->v[ci].start] | 32);
	if ((l != 'a' && l != 'c' && l != 'g' && l != 'w') || !word_in(TW(ci), greetings))
		return false;
	size_t j = k + tok_is(c, t, k, "the");
	if (l == 'a' && j < b && is_word_tok(t, j) &&
	    (t->v[j].flags & TOK_CAP) && !poss_at(c, t, j))
		return true;
	for (size_t i = k; i < b && i < k + 6 && is_word_tok(t, i) && !tok_in(c, t, i, RW_PREP); i++)
		if (word_in(TW(i), audiences))
			return true;
	return false;
}

/* The token of "quoted" in "X was quoted (by Y) as saying" when token CI
 * is that "saying", else CI. */
static size_t quoted_as(const Ctx *c, const Toks *t, size_t a, size_t ci)
{
	if (ci < a + 2 || !tok_is(c, t, ci, "saying") || !tok_is(c, t, ci - 1, "as"))
		return ci;
	for (size_t k = ci - 1; k-- > a && ci - k < 14 && !stop_at(c, t, k);)
		if (tok_is(c, t, k, "quoted"))
			return k;
	return ci;
}

/* Tokens from K open an amount ("about 40,000 homes", "up to 12 inches",
 * "at least 12 people", "more than half"): the subject of a clause, not a
 * phrase in a preposition after the cue. */
static __attribute__((noinline)) bool amount_from(const Ctx *c, const Toks *t, size_t k, size_t b)
{
	static const char *const one[] = {
		"about", "almost", "around", "nearly", "over", "roughly", "some", "under", NULL,
	};
	static const char *const two_then[] = { "least", "most", "to", "than", NULL };
	size_t n = k;
	if (n < b && is_word_tok(t, n) && word_in(TW(n), one))
		n++;
	else if (n + 1 < b && is_word_tok(t, n + 1) && word_in(TW(n + 1), two_then) &&
	         (tok_is(c, t, n, "at") || tok_is(c, t, n, "up") || tok_is(c, t, n, "more") ||
	          tok_is(c, t, n, "less") || tok_is(c, t, n, "fewer")))
		n += 2;
	else
		return false;
	static const char *const counts[] = {
		"a", "dozens", "half", "hundreds", "one", "three", "thousands", "two", NULL,
	};
	/* (and a verb after it: "testifying over three days in sessions" is
	 * how long) */
	if (!(n < b &&
	      ((c->text[t->v[n].start] >= '0' && c->text[t->v[n].start] <= '9') ||
	       c->text[t->v[n].start] == '$' || (is_word_tok(t, n) && word_in(TW(n), counts)))))
		return false;
	if (clause_has_verb(c, t, n, b))
		return true;
	for (size_t i = n + 1; i < b && i < n + 8 && is_word_tok(t, i); i++)
		if (t->v[i].end - t->v[i].start >= 4 && !memcmp(c->text + t->v[i].end - 2, "ed", 2))
			return true; /* ("12 people died": short for clause_has_verb()) */
	return false;
}

/* amount_from(), its first letters and length asked inline: this is asked
 * of every word after a cue, and few open an amount. */
static inline bool amount_at(const Ctx *c, const Toks *t, size_t k, size_t b)
{
	const uint32_t firsts = 1u << ('a' - 'a') | 1u << ('f' - 'a') | 1u << ('l' - 'a') |
	                        1u << ('m' - 'a') | 1u << ('n' - 'a') | 1u << ('o' - 'a') |
	                        1u << ('r' - 'a') | 1u << ('s' - 'a') | 1u << ('u' - 'a');
	if (k >= b || !is_word_tok(t, k) || t->v[k].end - t->v[k].start > 7)
		return false;
	unsigned f = (unsigned)(c->text[t->v[k].start] - 'a');
	return f < 26u && (firsts >> f & 1u) && amount_from(c, t, k, b);
}

/* The cue CS[0, CN) is a form of "ask" and token K "if": "asked if the
 * plan would work" asks a question, as "whether" does. */
static inline bool asks_if(const Ctx *c, const Toks *t, size_t k, const char *cs, size_t cn)
{
	return cn >= 5 && lead_is(cs, 'a') && !strncasecmp(cs, "ask", 3) && tok_is(c, t, k, "if");
}

/* Times "that" may point at before a form of "be": "that day was". */
static const char *const pointed_times[] = {
	"day", "moment", "month", "morning", "night", "season", "time", "week", "year", NULL,
};

/* Verbs of what one may decline to give: "declined to say whether". */
static const char *const withheld[] = {
	"confirm", "confirmed", "detail", "detailed", "disclose", "disclosed", "discuss", "discussed",
	"explain", "explained", "identify", "identified", "reveal", "revealed", "said", "say", "saying",
	"says", "specified", "specify", "tell", "told", NULL,
};

/* Token K opens a question left open: "whether", "how", "what", "if". */
static bool asks_open(const Ctx *c, const Toks *t, size_t k, size_t b)
{
	return k < b && is_word_tok(t, k) && (tok_in(c, t, k, RW_WH) || tok_is(c, t, k, "if"));
}

/* Token I, after "to", is a verb of saying nothing after the refusal at
 * token R: "declined to comment (on ...)", "refused to elaborate". */
static bool silence_at(const Ctx *c, const Toks *t, size_t i, size_t b, size_t r)
{
	static const char *const silences[] = {
		"answer", "comment", "elaborate", "respond", "specify", NULL,
	};
	if (i >= b || !is_word_tok(t, i) || !is_word_tok(t, r))
		return false;
	/* ("declined to say how much", "refused to disclose whether": the
	 * question left open is no answer either) */
	if (!word_in(TW(i), silences) && !(word_in(TW(i), withheld) && asks_open(c, t, i + 1, b)))
		return false;
	const char *w = c->text + t->v[r].start;
	size_t n = t->v[r].end - t->v[r].start;
	return (n >= 6 && !strncasecmp(w, "declin", 6)) || (n >= 5 && !strncasecmp(w, "refus", 5));
}

static bool leading(const Ctx *c, const Toks *t, size_t a, size_t b, size_t ci, size_t ce,
                    size_t after, Item *it)
{
	Span cue = { t->v[ci].start, t->v[ce - 1].end };
	const char *cs = c->text + t->v[ci].start;
	size_t cn = t->v[ce - 1].end - t->v[ci].start;
	unsigned cls = ce == ci + 1 ? cue_class_at(c, t, ci) : report_cue_class_in(c->e, cs, cn);
	if (!cls && !tok_is(c, t, after, "that"))
		return false; /* "pointed out that": a clause only after "that" */
	if (ci >= a + 2 && tok_is(c, t, ci - 1, "to") && silence_at(c, t, ci, b, ci - 2))
		return false; /* ("declined to comment on reports that ...") */
	/* "He did not say whether ...", "would not say how many": what was
	 * not said is no report */
	/* (nor "did not say anything until he had finished") */
	if (ci > a && ce == ci + 1 && word_in(cs, cn, withheld) &&
	    (asks_open(c, t, after, b) || (after < b && tok_is(c, t, after, "anything")))) {
		/* ("never publicly explained": past an adverb) */
		size_t ng = ci > a + 1 && is_ly(c, t, ci - 1) ? ci - 2 : ci - 1;
		if (tok_is(c, t, ng, "not") || tok_is(c, t, ng, "never") || negated_at(c, t, ng))
			return false;
	}
	/* "Asked what she planned to do", "whether he felt", "if they want
	 * to": a question or a condition around the cue, no report (but "why
	 * he believes CLAUSE" explains one) */
	static const char *const asking[] = { "if", "what", "whether", NULL };
	if (ci >= a + 2 && is_word_tok(t, ci - 1) && is_word_tok(t, ci - 2) &&
	    (word_in(TW(ci - 1), subject_pronouns) || tok_is(c, t, ci - 1, "you")) &&
	    word_in(TW(ci - 2), asking))
		return false;
	if (anonymity_at(c, t, ce, b))
		return false; /* "who asked not to be named": a source's terms, no report */
	/* "The Harbor Tenants Union, a group focused on housing, said": the
	 * participle of a noun brought in with "a", what the noun is about */
	if (ci >= a + 2 && word_eq(cs, cn, "focused") && is_word_tok(t, ci - 1) &&
	    !(t->v[ci - 1].flags & TOK_CAP) && (tok_is(c, t, ci - 2, "a") || tok_is(c, t, ci - 2, "an")))
		return false;
	/* "America experienced attacks upon its shores", "nurses treated
	 * stress disorders": a present form right after a verb in the past is
	 * that verb's object, a noun (not "Officials who investigated say" or
	 * "the people we interviewed say", whose verb ends a relative clause) */
	if (ce == ci + 1 && ci > a + 1 && !past_form_at(c, t, ci) && !ing_form(c, t, ci) &&
	    is_word_tok(t, ci - 1) && !(t->v[ci - 1].flags & TOK_CAP) && past_form_at(c, t, ci - 1) &&
	    !tok_in(c, t, ci - 1, RW_CUE_AUX) &&
	    !(tok_in(c, t, ci - 2, RW_WH) || tok_is(c, t, ci - 2, "that") ||
	      word_in(TW(ci - 2), subject_pronouns) ||
	      (ci > a + 2 && (tok_in(c, t, ci - 3, RW_WH) || tok_is(c, t, ci - 3, "that")))))
		return false;
	if (!cls && ci > a && (tok_is(c, t, ci - 1, "so") || tok_is(c, t, ci - 1, "too")))
		return false; /* "so frustrated that she left": a result, not a report */
	/* "Correction added Nov. 18, 2019: The caption ...": the page's note
	 * on itself, which no one said */
	static const char *const notes[] = { "clarification", "correction", "update", NULL };
	if (ci == a + 1 && word_in(TW(a), notes))
		return false;
	/* "She declined that assignment", "wants that seat": forms that never
	 * take a that-clause, whose "that" is a determiner (or a relative
	 * pronoun: "two weeks of acrimonious talks that delegates called the
	 * hardest") */
	static const char *const no_that[] = {
		"aim", "aimed", "aims", "decline", "declined", "declines", "declining", "offer",
		"offered", "offers", "plan", "planned", "plans", "refuse", "refused", "refuses",
		"refusing", "seek", "seeking", "seeks", "sought", "talks", "want", "wanted", "wanting",
		"wants", NULL,
	};
	if (tok_is(c, t, after, "that") && word_in(cs, cn, no_that))
		return false;
	/* ("his TV show than on solid research": no clause opens with "than";
	 * "officers found and rescued her": another verb joined to the cue
	 * shares its object, no report) */
	if (tok_is(c, t, after, "than") || tok_is(c, t, after, "and") || tok_is(c, t, after, "or"))
		return false;
	/* ("Widely derided by politicians, the idea ...", "Condemned as
	 * reckless, the plan ...": a participle opening the sentence says
	 * what was done to its subject, after the comma, not what was said;
	 * "Asked whether ..." reports the question) */
	if (ci == a + (a < ci && is_ly(c, t, a)) && past_form_at(c, t, ci) &&
	    !tok_is(c, t, ci, "asked") && !tok_is(c, t, ci, "pressed"))
		return false; /* (tok_is() reads "Asked" as "asked") */
	size_t k = after, p = ce, give_end = 0, gap = call_gap_for(c, t, ci, ce, b);
	bool call_for = false;
	/* (the words of time after the cue matter to "called for" and to a
	 * topic only: most cues are read without them) */
	while ((gap || (cls & RC_ABOUT)) && p < b && is_word_tok(t, p)) {
		if (tok_in(c, t, p, RW_WHEN) || is_ly(c, t, p) || tok_is(c, t, p, "out")) {
			p++;
			continue;
		}
		/* "spoke on Monday about THING": a time is no topic */
		size_t w = skip_when(c, t, p, b);
		if (w == p)
			break;
		p = w;
	}
	if (gap && gap == p) {
		k = p + 1; /* "called Friday for THING": "called for" with a time between */
		call_for = true;
	} else if ((cls & RC_ABOUT) && p < b && is_word_tok(t, p) && tok_in(c, t, p, RW_ABOUT) &&
	           !(after > p && tok_is(c, t, after, "that"))) {
		/* (not "wrote on Twitter that CLAUSE": where, then what) */
		k = p + 1; /* spoke about THING, warned against THING */
		if (tok_is(c, t, k + tok_is(c, t, k, "the"), "condition"))
			return false; /* "spoke on (the) condition of anonymity": how, not what */
	} else if (tok_is(c, t, k, "that") &&
	           !(k + 1 < b && is_word_tok(t, k + 1) && tok_in(c, t, k + 1, RW_NOT_IN_NP) &&
	             !tok_is(c, t, k + 1, "to") && !tok_is(c, t, k + 1, "if")) &&
	           /* (nor "rejected that argument in a ruling": after a form
	            * that takes a thing and no clause, "that" before a noun
	            * and a preposition or the end is the thing's determiner;
	            * "demanded that police release it" goes on as a clause) */
	           !((cls & RC_OBJ) && !(cls & (RC_CLAUSE | RC_MIND)) && k + 2 < b &&
	             is_word_tok(t, k + 1) && !(t->v[k + 1].flags & TOK_CAP) &&
	             !word_in(TW(k + 1), determiners) &&
	             (tok_in(c, t, k + 2, RW_PREP) || final_at(c, t, k + 2) ||
	              punct_at(c, t, k + 2, ','))) &&
	           /* (nor "says that day is why": a time it points at) */
	           !(k + 2 < b && is_word_tok(t, k + 1) && word_in(TW(k + 1), pointed_times) &&
	             is_word_tok(t, k + 2) && word_is_be(TW(k + 2)))) {
		/* (Not "believe that is likely": there "that" is the subject.) */
		k++;
		while (k < b && punct_at(c, t, k, ','))
			k++; /* "said that, if elected, he would" */
	} else if (punct_at(c, t, k, ':') && (cls & RC_CLAUSE) && k + 1 < b && is_word_tok(t, k + 1) &&
	           clause_has_verb(c, t, k + 1, b)) {
		k++; /* "Ray Dell said: the fire could double", unquoted */
	} else if (punct_at(c, t, k, ',')) {
		/* "says at a stop in Toledo, Ohio, that CLAUSE" (not "aimed at
		 * buyers, a bid to revive sales that have stalled", nor "who
		 * voted for the deal, said that ...": a form that takes no
		 * that-clause, or "that" after a verb of its own) */
		size_t e = k;
		bool verb = false;
		while (e < b && e < k + 10 && !tok_is(c, t, e, "that") &&
		       (is_word_tok(t, e) || punct_at(c, t, e, ','))) {
			size_t d = past_date(c, t, e, b);
			if (d > e) {
				e = d; /* ("said Monday, Oct. 22, that") */
				continue;
			}
			verb |= tok_is(c, t, e, "to") ||
			        (e > k && punct_at(c, t, e - 1, ',') && past_cue_at(c, t, e));
			e++;
		}
		if (!tok_is(c, t, e, "that") || verb || word_in(cs, cn, no_that))
			return false;
		k = e + 1;
	} else if (tok_is(c, t, k, "to") && (!(cls & RC_TO) || !to_verb_at(c, t, k, b))) {
		/* "said to reporters that CLAUSE"; not "did not respond to
		 * requests for comment", whose "to" opens no clause, nor
		 * "claimed to the outlet", where no verb follows "to". */
		size_t e = k + 1;
		while (e < b && e < k + 5 && is_word_tok(t, e) && !tok_is(c, t, e, "that") &&
		       !tok_is(c, t, e, "of"))
			e++;
		if (!tok_is(c, t, e, "that"))
			return false; /* (nor "adding to a series of problems that ...") */
		k = e + 1;
	} else if ((cls & RC_TO) && tok_is(c, t, k, "to")) {
		/* "wants to", "vowed to": the clause keeps its "to". */
	} else if (k < b && (cls & ~(unsigned)RC_AS) &&
	           (tok_in(c, t, k, RW_WH) || asks_if(c, t, k, cs, cn))) {
		/* says how / what / whether ..., asked whether ...  (K is past
		 * the sentence when the cue ends it; "see how" is no report.) */
	} else if ((cls & RC_TELL) && !((cls & RC_CLAUSE) && k < b && is_word_tok(t, k) &&
	                                word_in(TW(k), subject_pronouns) &&
	                                bare_clause_at(c, t, k, b))) {
		/* told Y (that) CLAUSE; urged Y to DO: the addressee first (not
		 * "warned he would fight on", a clause with its subject) */
		size_t e = k;
		while (e < b && e < k + 8 && !stop_at(c, t, e) && !final_at(c, t, e) &&
		       !tok_is(c, t, e, "that") && !tok_is(c, t, e, "to") && !tok_in(c, t, e, RW_WH) &&
		       !((cls & RC_ABOUT) && e > k && tok_in(c, t, e, RW_ABOUT) &&
		         !tok_is(c, t, ci - 1, "to") &&
		         /* ("warned residents on Tuesday that": a day, not a topic) */
		         !(e + 1 < b && is_word_tok(t, e + 1) && tok_in(c, t, e + 1, RW_WHEN))))
			e++; /* (not "I have to warn you about": nothing said yet) */
		/* "asked anyone who was near the store to contact", "urged
		 * residents who remained to leave": the addressee's relative
		 * clause, then the "to" of what was asked */
		if (e > k && e < b && tok_is(c, t, e, "who")) {
			size_t f = e + 1;
			while (f < b && f < e + 14 && is_word_tok(t, f) && !tok_is(c, t, f, "that") &&
			       !tok_is(c, t, f, "to"))
				f++;
			if (f + 1 < b && tok_is(c, t, f, "to") && to_verb_at(c, t, f, b))
				e = f;
		}
		if (e > k && punct_at(c, t, e, ',')) {
			/* "asked Lester Holt, the moderator of the debate, to":
			 * the addressee's role set off by commas. */
			size_t f = e + 1;
			while (f < b && f < e + 14 && is_word_tok(t, f) && !tok_is(c, t, f, "that") &&
			       !tok_is(c, t, f, "to"))
				f++;
			if (f + 1 < b && punct_at(c, t, f, ',') &&
			    (tok_is(c, t, f + 1, "to") || tok_is(c, t, f + 1, "that")))
				e = f + 1;
		}
		if (e == k || e >= b)
			return false;
		if (tok_is(c, t, e, "that")) {
			k = e + 1;
			while (k < b && punct_at(c, t, k, ','))
				k++; /* "told a reporter that, either way, she" */
		} else if (tok_is(c, t, e, "to")) {
			/* urged Y to DO: Y is part of what is urged; but "told
			 * reporters the decision to drop it had been taken": the
			 * clause after the addressee holds the "to" */
			size_t ae = addressee_end(c, t, k, b);
			if (ae > k && ae < e && is_word_tok(t, ae) &&
			    (tok_in(c, t, ae, RW_DETERMINER) || word_is_owner(TW(ae)) ||
			     word_in(TW(ae), subject_pronouns) || tok_is(c, t, ae, "you")))
				k = ae; /* (not "asked her several times to") */
		}
		else if (tok_in(c, t, e, RW_WH))
			k = e;
		else if ((cls & RC_ABOUT) && tok_in(c, t, e, RW_ABOUT))
			k = e + 1; /* asked Y about THING */
		else if ((e = addressee_end(c, t, k, b)) > k && e < b && is_word_tok(t, e) &&
		         !tok_in(c, t, e, RW_PREP))
			k = e; /* told reporters the plan was dead */
		else if (!(cls & RC_OBJ) && !((cls & RC_CLAUSE) && bare_clause_at(c, t, k, b)))
			return false; /* (but "urged restraint": the thing urged) */
	} else if ((cls & RC_AS) && thing_as(c, t, k, b)) {
		/* sees THING as A THING: both are the view */
	} else if ((cls & RC_GIVE) && (give_end = words_given(c, t, k, b)) > k) {
		b = give_end; /* offered no proof that CLAUSE, sent a letter */
	} else if (!(cls & (RC_CLAUSE | RC_OBJ))) {
		return false;
	}
	if (k >= b || !is_word_tok(t, k))
		return false;
	/* "knows the answer", "expect a big crowd": no clause (but see
	 * found_by_inquiry) */
	/* ("Apple Pencil Pro adds a squeeze gesture", "she argued 40 cases":
	 * what one adds or argues without a clause is a thing, no words) */
	static const char *const adds[] = {
		"add", "added", "adding", "adds", "argue", "argued", "argues", "arguing", NULL,
	};
	bool no_clause = k == after &&
	                 ((cls & RC_MIND) || (lead_is(cs, 'a') && word_in(cs, cn, adds))) &&
	                 !(cls & RC_OBJ) && !tok_in(c, t, k, RW_WH) && !tok_is(c, t, k, "to") &&
	                 !clause_has_verb(c, t, k, b);
	if (no_clause && !tok_is(c, t, ci, "found") && !tok_is(c, t, ci, "finds"))
		return false;
	bool amount = k == after && amount_at(c, t, k, b);
	if (k == after && tok_is(c, t, k, "about") && !amount)
		return false; /* "what I said about sweets": a topic, no clause */
	/* "a live show called Ask Dr. Mike": a participle right after a bare
	 * form opens no clause (it has no subject) but names the noun the cue
	 * word is */
	if (k == after && !(cls & (RC_OBJ | RC_TO)) && bare_form(c, t, ci) && is_word_tok(t, k) &&
	    !(t->v[k].flags & TOK_CAP) && t->v[k].end - t->v[k].start > 4 &&
	    !memcmp(c->text + t->v[k].end - 2, "ed", 2))
		return false;
	if (tok_is(c, t, k, "as") && tok_is(c, t, k + 1, "much"))
		return false; /* "said as much": what, the sentences before say */
	/* "declined to comment", "refused to elaborate": no words given,
	 * nothing reported (but "declined to threaten Moscow", "refused to
	 * disclose his records" are a stance) */
	if (tok_is(c, t, k, "to") && silence_at(c, t, k + 1, b, ci))
		return false;
	/* "Justice Whitlow, writing for the three dissenting justices, argued
	 * that": a participle set off by commas before the sentence's own
	 * verb of saying is an aside, which that verb's report follows */
	if (cn > 4 && !memcmp(cs + cn - 3, "ing", 3) && ci > a && punct_at(c, t, ci - 1, ',')) {
		size_t e = k;
		while (e < b && e < k + 12 && is_word_tok(t, e))
			e++;
		if (e + 1 < b && punct_at(c, t, e, ',') && is_word_tok(t, e + 1) &&
		    past_cue_at(c, t, e + 1) && cue_class_at(c, t, e + 1))
			return false;
	}
	/* "We've said this before", "blame this on Bush": "this" alone, what
	 * the sentences before say (but "said this plan would fail", "said
	 * this is wrong") */
	if (tok_is(c, t, k, "this") &&
	    (k + 1 >= b || final_at(c, t, k + 1) ||
	     (is_word_tok(t, k + 1) && tok_in(c, t, k + 1, RW_PREP | RW_WHEN | RW_SUBORDINATOR))))
		return false;

	/* "Health worries have grown": a verb after the cue makes it a noun;
	 * but in "which he said were bribes" the verb is the relative
	 * clause's, whose subject is the pronoun. */
	size_t aux = aux_start(c, t, a, ci), rel = relative_at(c, t, a, aux, ci);
	if (k == after && tok_in(c, t, k, RW_NOT_IN_NP) && !tok_is(c, t, k, "to") &&
	    !tok_is(c, t, k, "not") && (rel == ci || !(cls & RC_CLAUSE)) &&
	    !asks_if(c, t, k, cs, cn))
		return false;
	/* "when you feel thirsty", "felt betrayed", "feel like binging": after
	 * a form of "feel" a clause opens with its subject, else what follows
	 * is how one feels, not a thought */
	static const char *const feels[] = { "feel", "feeling", "feels", "felt", NULL };
	if (k == after && lead_is(cs, 'f') && word_in(cs, cn, feels) && is_word_tok(t, k) &&
	    !(t->v[k].flags & TOK_CAP) &&
	    !tok_in(c, t, k, RW_DETERMINER | RW_POSS) && !word_is_pronoun(TW(k)) &&
	    !(c->text[t->v[k].start] >= '0' && c->text[t->v[k].start] <= '9'))
		return false;
	/* "testified before the committee in Washington": a phrase in a
	 * preposition with no verb after it says where, not what */
	if (k == after && !amount && tok_in(c, t, k, RW_PREP) && !tok_is(c, t, k, "that") &&
	    !tok_is(c, t, k, "to") && (!tok_in(c, t, k, RW_ABOUT) || tok_is(c, t, k, "on")) &&
	    skip_when(c, t, k, b) == k && !clause_has_verb(c, t, k, b) &&
	    !(tok_is(c, t, k, "at") && cn > 4 && !strncasecmp(cs, "hint", 4)))
		return false; /* (but "announced on Friday THING", "hinted at THING",
		               * "was criticized for THING") */
	/* "The lessons learned in Delhi could guide": a verb right after a
	 * short phrase in a preposition makes the cue a participle inside the
	 * subject of that verb. */
	if (k == after && !amount && rel == ci && tok_in(c, t, k, RW_PREP) && !tok_is(c, t, k, "that")) {
		size_t v = k + 1;
		while (v < b && v < k + 5 && is_word_tok(t, v) && !tok_in(c, t, v, RW_NOT_IN_NP))
			v++;
		/* (not "said after the convention he would": a pronoun is the
		 * clause's own subject) */
		if (v > k + 1 && v < b && is_word_tok(t, v) && tok_in(c, t, v, RW_NOT_IN_NP) &&
		    !word_is_pronoun(TW(v - 1)) &&
		    !tok_is(c, t, v, "to") && !tok_is(c, t, v, "not") && !tok_is(c, t, v, "if"))
			return false;
	}
	/* "Lawmakers who wrote the measure argued it would ...": a cue in a
	 * relative clause whose object, a noun phrase, the sentence's own
	 * verb follows, itself a cue: that verb reports, not the cue. */
	if (k == after && aux > a && tok_is(c, t, aux - 1, "who") &&
	    tok_in(c, t, k, RW_DETERMINER | RW_POSS)) {
		size_t v = k + 1;
		while (v < b && v < k + 5 && is_word_tok(t, v) && !tok_in(c, t, v, RW_NOT_IN_NP) &&
		       !past_cue_at(c, t, v))
			v++;
		if (v > k + 1 && v < b && past_cue_at(c, t, v))
			return false;
	}
	if (no_clause && !found_by_inquiry(c, t, a, ci))
		return false;
	if ((cls & RC_OBJ) && (tok_is(c, t, ce, "in") || tok_is(c, t, ce, "into") ||
	                       tok_is(c, t, ce, "back")))
		return false; /* "called into a radio show", "called back": a visit, a phone call */
	if (k == after && audience_at(c, t, ci, k, b))
		return false;
	if ((cls & RC_ABOUT) && k == p + 1 && tok_is(c, t, p, "for") && duration_at(c, t, k, b))
		return false; /* "spoke for about five minutes": how long, not what */
	size_t be = opening_clause_end(c, t, a, ci, k, b);
	/* "The families, many of whom say CLAUSE, met": a relative clause set
	 * off by commas ends at the next one. */
	size_t r = aux;
	if (rel < ci)
		r = rel + 1; /* ", which he said were bribes, " ends there too */
	if (r > a + 1 && (tok_is(c, t, r - 1, "who") || tok_is(c, t, r - 1, "whom") ||
	                  tok_is(c, t, r - 1, "which"))) {
		size_t o = r - 1;
		if (tok_is(c, t, o - 1, "of") && o >= a + 3)
			o -= 2;
		/* (or, with no comma before it, a comma the sentence's own verb
		 * follows: "Teresa Ng, one of three members who backed the levy,
		 * was blunter") */
		for (size_t e = k; e < be; e++)
			if (punct_at(c, t, e, ',')) {
				if (punct_at(c, t, o - 1, ',') ||
				    (e + 1 < be && is_word_tok(t, e + 1) && !(t->v[e + 1].flags & TOK_CAP) &&
				     (word_is_be(TW(e + 1)) || past_form_at(c, t, e + 1))))
					be = e;
				break;
			}
	}
	/* The clause before the subject: one too short, or a quotation's,
	 * reports nothing whoever spoke, and the subject is the dearer read. */
	Span clause;
	if (!clause_from(c, t, k, be, &clause))
		return false;
	Mention mn = { 0 };
	if (cn > 4 && !memcmp(cs + cn - 3, "ing", 3) && comma_participle(c, t, a, ci)) {
		/* X did this, (even) saying CLAUSE: the subject of the sentence;
		 * but in "CLAUSE, the bank said (on Monday), adding CLAUSE" the
		 * one who adds is the source of the cue before the comma. */
		size_t comma = ci - 1; /* (past an adverb or "aside from") */
		while (comma > a && ci - comma < 4 && !punct_at(c, t, comma, ',') && !quote_comma(c, t, comma))
			comma--;
		size_t pc = time_before(c, t, a, comma);
		bool source = false;
		if (pc > a + 1 && is_word_tok(t, pc - 1) && cue_can_invert(TW(pc - 1)) &&
		    subject_of(c, t, a, pc - 1, &mn)) {
			size_t ms = pc - 1;
			while (ms > a && t->v[ms - 1].end > mn.span.start)
				ms--;
			source = ms > a && punct_at(c, t, ms - 1, ',');
		}
		if (!source && !mention_subject(c->text, t, a, comma, &mn))
			return false;
	} else if (quoted_as(c, t, a, ci) != ci) {
		/* "Putin was quoted by Interfax as saying that CLAUSE": the one
		 * quoted says it, not the outlet; and "The agency quoted Tom
		 * Baker as saying": the one after "quoted" */
		size_t qw = quoted_as(c, t, a, ci);
		bool active = qw > a && !(is_word_tok(t, qw - 1) && word_is_be(TW(qw - 1))) &&
		              qw + 1 < ci - 1 && is_word_tok(t, qw + 1) && !tok_is(c, t, qw + 1, "by") &&
		              mention_after(c->text, t, qw + 1, ci - 1, &mn) && mn.kind != MEN_NONE;
		if (!active && !subject_of(c, t, a, qw, &mn))
			return false;
	} else if (cn > 4 && !memcmp(cs + cn - 3, "ing", 3) && ci > a + 1 && is_word_tok(t, ci - 1) &&
	           (tok_is(c, t, ci - 1, "of") || word_in(TW(ci - 1), gerund_preps))) {
		/* "began the speech by saying", "apologised after saying": a
		 * gerund after a preposition of means or time has the subject of
		 * the clause it is in, not the words before the preposition;
		 * after "of" it names a habit or a theme ("his theme of
		 * questioning trade deals"), no act of saying.  (After "for",
		 * "into" or "from" the gerund's subject is often the object
		 * before: "pressured Zelensky into announcing", left to
		 * subject_of().) */
		if (tok_is(c, t, ci - 1, "of") || !mention_subject(c->text, t, a, ci - 1, &mn))
			return false;
		/* (that subject must govern the preposition: not "observers
		 * were surprised when Trump, after railing", a clause between) */
		for (size_t x = a; x + 1 < ci; x++)
			if (t->v[x].start >= mn.span.end &&
			    (stop_at(c, t, x) || tok_in(c, t, x, RW_SUBORDINATOR | RW_WH) ||
			     tok_is(c, t, x, "that")))
				return false;
	} else if (!subject_of(c, t, a, ci, &mn)) {
		return false;
	} else if (mn.kind == MEN_NAME && ci == a + 1 && bare_form(c, t, ci) &&
	           c->text[mn.span.end - 1] == 's' && mn.span.start == t->v[a].start) {
		/* "Rivals say": one capitalised word in -s opening the sentence
		 * before a verb that agrees with a plural is a plural noun, no
		 * name (a person "says") */
		mn.kind = MEN_NOMINAL;
		mn.name = (Span){ 0, 0 };
	}
	if (cue_passive_heard(c->text, t, a, ci))
		mn = (Mention){ 0 }; /* (the one told, or accused, did not speak) */
	/* "no one knows how much", "nobody said it would be easy": no one
	 * is the source of nothing */
	static const char *const nobody[] = { "no one", "no-one", "nobody", "none", NULL };
	if (mn.span.end > mn.span.start && lead_is(c->text + mn.span.start, 'n') &&
	    word_in(c->text + mn.span.start, mn.span.end - mn.span.start, nobody))
		return false;
	/* "That was what Liz Wahl said when she resigned": "what" is the
	 * object, the words it stands for are before; what follows the cue is
	 * the writer's (when, where), no clause of the source's */
	if (mn.span.end > mn.span.start && mn.span.start >= 5 &&
	    !strncasecmp(c->text + mn.span.start - 5, "what ", 5) &&
	    (mn.span.start == 5 || !isalnum((unsigned char)c->text[mn.span.start - 6])))
		return false;
	if (!call_for && (word_eq(cs, cn, "called") || word_eq(cs, cn, "calls"))) {
		/* "Clinton called her vote a mistake": a named subject, not a
		 * passive or a participle ("a group, called the Fund"). */
		size_t j = ci;
		while (j > a && is_word_tok(t, j - 1) && is_ly(c, t, j - 1))
			j--;
		if ((mn.kind == MEN_NONE && !some_of(c->text, mn.span)) ||
		    (j > a && (punct_at(c, t, j - 1, ',') || word_is_be(TW(j - 1)))))
			return false;
		/* "a group of cells called ILC2s": a noun between the subject and
		 * the cue makes it a participle naming that noun */
		while (j > a && is_word_tok(t, j - 1) && tok_in(c, t, j - 1, RW_CUE_AUX))
			j--;
		/* (not the noun of a relative clause after the subject: "The
		 * doctors who sent the letter called Oz a quack") */
		if (j > a && mn.span.end < t->v[j - 1].end && is_word_tok(t, j - 1) &&
		    !tok_is(c, t, j - 1, "and") && !tok_is(c, t, j - 1, "but") &&
		    !tok_is(c, t, j - 1, "or") && /* ("said ... and called it") */
		    strncmp(c->text + mn.span.end, " who ", 5))
			return false;
		/* "called 911", "called police after the shooting", "called her
		 * neighbor, Tom Reyes": one object and no name given it - a
		 * phone call */
		size_t o = k;
		while (o < b && is_word_tok(t, o) && !tok_in(c, t, o, RW_PREP))
			o++;
		bool named_all = o > k;
		for (size_t x = k; x < o; x++)
			named_all &= (t->v[x].flags & TOK_CAP) != 0;
		/* (a quotation after it is the name: "calls Obamacare 'crazy
		 * system'") */
		bool ends = o == b || is_word_tok(t, o) || strchr(",.;:", c->text[t->v[o].start]);
		if (o > k && ends && (o == b || !(t->v[o].flags & TOK_QUOTE)) &&
		    (isdigit((unsigned char)c->text[t->v[k].start]) || named_all ||
		     word_is_person_noun(TW(o - 1)) || word_is_pronoun(TW(o - 1))))
			return false;
	}
	if (shows_nothing(c, t, k, be, &mn, cue))
		return false;
	/* "began writing it eight months after the funeral": a thing made,
	 * which the words do not give; "tells the story of a family": a tale,
	 * no one told anything */
	static const char *const made_when[] = {
		"after", "at", "before", "during", "eight", "eleven", "five", "four", "in", "nine", "on",
		"seven", "several", "six", "ten", "three", "twelve", "two", NULL,
	};
	if (k + 1 < b && (tok_is(c, t, k, "it") || tok_is(c, t, k, "them")) && is_word_tok(t, k + 1) &&
	    (isdigit((unsigned char)c->text[t->v[k + 1].start]) || tok_in(c, t, k + 1, RW_WHEN) ||
	     word_in(TW(k + 1), made_when)))
		return false;
	if ((cls & RC_TELL) && k < b && k > 0 && tok_is(c, t, k, "of") &&
	    (tok_is(c, t, k - 1, "story") || tok_is(c, t, k - 1, "stories") ||
	     tok_is(c, t, k - 1, "tale")))
		return false;
	fill(it, &mn, clause, cue, 0.6);
	return true;
}


/* Verbs whose object, made the subject of a passive with "by", is what
 * the agent said of it: "The nominee has been endorsed by dozens of
 * papers", "the talks are supported by a coalition of leaders" (not
 * "attacked by a dog", "questioned by police": other senses). */
static const char *const passive_reports[] = {
	"applauded", "condemned", "criticised", "criticized", "decried", "denounced", "derided",
	"disputed", "endorsed", "hailed", "lauded", "mocked", "opposed", "praised", "rejected",
	"ridiculed", "supported", NULL,
};

/* "SUBJECT (has) been VERBed by AGENT": the subject as what the agent
 * reported of it, when the cue at CI is such a verb in a passive
 * (passive_at()) and the agent is a mention.  The subject runs back to the
 * sentence start or the nearest break. */
static bool passive_report(const Ctx *c, const Toks *t, size_t a, size_t b, size_t ci,
                           Item *it)
{
	if (!tok_is(c, t, ci + 1, "by") || !word_in(TW(ci), passive_reports))
		return false;
	size_t se = ci + 2;
	while (se < b && !final_at(c, t, se) && !(t->v[se].flags & TOK_QUOTE))
		se++;
	Mention mn = { 0 }; /* (someone: not "supported by a combination of factors") */
	if (!mention_after(c->text, t, ci + 2, se, &mn) || mn.kind == MEN_NONE)
		return false;
	size_t e = ci; /* back over adverbs, "not", the form of "be" and auxiliaries */
	while (e > a && is_word_tok(t, e - 1) &&
	       (is_ly(c, t, e - 1) || tok_is(c, t, e - 1, "not") || word_is_be(TW(e - 1)) ||
	        tok_in(c, t, e - 1, RW_CUE_AUX)))
		e--;
	size_t s = e;
	while (s > a && !stop_at(c, t, s - 1) && !(is_word_tok(t, s - 1) &&
	                                            (tok_in(c, t, s - 1, RW_SUBORDINATOR) ||
	                                             tok_in(c, t, s - 1, RW_WH) ||
	                                             tok_is(c, t, s - 1, "that"))))
		s--;
	Span clause;
	if (!clause_span(c, t, s, e, &clause))
		return false;
	fill(it, &mn, clause, (Span){ t->v[ci].start, t->v[ci + 1].end }, 0.5);
	return true;
}

/* Idioms that use a cue word without reporting: "needless to say", "that is
 * to say", "so to speak". */
static bool idiom_at(const Ctx *c, const Toks *t, size_t a, size_t ci)
{
	/* "will decide", "would say", "having said that", "show up":
	 * nothing has been reported yet ("Theresa May said" is a name). */
	size_t j = verb_start(c, t, a, ci);
	if (j > a && is_word_tok(t, j - 1) &&
	    ((word_is_modal(TW(j - 1)) && (j - 1 == a || !(t->v[j - 1].flags & TOK_CAP))) ||
	     tok_is(c, t, j - 1, "having")))
		return true;
	/* (but "said up to 12 inches fell": an amount opens the clause) */
	if ((tok_is(c, t, ci + 1, "up") && !amount_at(c, t, ci + 1, t->n)) || tok_is(c, t, ci + 1, "off"))
		return true;
	/* "struggled to contend with the demand": to cope, not to argue */
	if (tok_is(c, t, ci + 1, "with") && t->v[ci].end - t->v[ci].start >= 7 &&
	    !strncasecmp(c->text + t->v[ci].start, "contend", 7))
		return true;
	if (ci > a && tok_is(c, t, ci - 1, "as") &&
	    (tok_is(c, t, ci + 1, "by") || ci + 1 >= t->n || !is_word_tok(t, ci + 1)))
		return true; /* "as shown by X", "as expected": no one speaks */
	if ((ci > a && tok_is(c, t, ci - 1, "than")) ||
	    (ci > a + 1 && tok_is(c, t, ci - 2, "than") && is_word_tok(t, ci - 1)))
		return true; /* "at less cost than expected", "longer than most expected" */
	if (ci > a && (tok_is(c, t, ci - 1, "without") || tok_is(c, t, ci - 1, "worth")))
		return true; /* "it goes without saying", "it is worth noting": the writer's */
	/* "once he has said his piece", "say your piece": had a say, with
	 * nothing the words give */
	if (ci + 2 < t->n && tok_is(c, t, ci + 2, "piece") && is_word_tok(t, ci + 1) &&
	    (word_in(TW(ci + 1), poss_pronouns) || tok_is(c, t, ci + 1, "my") ||
	     tok_is(c, t, ci + 1, "our") || tok_is(c, t, ci + 1, "your")))
		return true;
	if (ci > a && tok_is(c, t, ci - 1, "to") &&
	    (ci < a + 2 || tok_is(c, t, ci - 2, "needless") || tok_is(c, t, ci - 2, "is") ||
	     tok_is(c, t, ci - 2, "so")))
		return true;
	return false;
}

/* Plurals without an -s, after which a bare verb form agrees. */
static const char *const plural_nouns[] = {
	"children", "men", "people", "police", "public", "staff", "women", NULL,
};

/* A cue in its bare form ("show", "plan"), which may be a noun; "says",
 * "said", "saying" may not. */
static bool bare_form(const Ctx *c, const Toks *t, size_t i)
{
	const char *w = c->text + t->v[i].start;
	size_t n = t->v[i].end - t->v[i].start;
	return n > 2 && w[n - 1] != 's' && memcmp(w + n - 2, "ed", 2) && memcmp(w + n - 3, "ing", 3) &&
	       !tok_in(c, t, i, RW_CUE_PAST);
}

/* "is hammered home", "were charged fees": a past participle after a form
 * of "be" is passive; its subject is what was talked about, not who talked
 * (kept: "was told that", "is expected to", "was accused of", "was
 * criticized for", whose object is what was said). */
static bool passive_at(const Ctx *c, const Toks *t, size_t a, size_t ci, size_t ce, size_t b)
{
	size_t n = t->v[ci].end - t->v[ci].start;
	if (ce != ci + 1 || n < 4 ||
	    (memcmp(c->text + t->v[ci].end - 2, "ed", 2) && !tok_is(c, t, ci, "shown") &&
	     !tok_is(c, t, ci, "held")))
		return false; /* (a past participle: "were charged", "are shown", "was held") */
	size_t j = verb_start(c, t, a, ci);
	/* ("be" after a modal too: "Job cuts will be announced", "Case can be
	 * charged") */
	if (j == a || !is_word_tok(t, j - 1) || !word_is_be(TW(j - 1)) ||
	    (tok_is(c, t, j - 1, "be") && (j - 1 == a || !word_is_modal(TW(j - 2)))))
		return false;
	if (tok_is(c, t, ci, "convinced") || tok_is(c, t, ci, "worried") ||
	    tok_is(c, t, ci, "concerned"))
		return false; /* a state of mind: "were convinced", "is worried" */
	/* (before "to", only those the subject heard: "was asked to", "were
	 * urged to"; "a Mac is intended to be portable" says nobody spoke) */
	return !(ce < b && (tok_is(c, t, ce, "that") ||
	                    (tok_is(c, t, ce, "to") && cue_passive_heard(c->text, t, a, ci)) ||
	                    tok_is(c, t, ce, "of") || tok_is(c, t, ce, "for")));
}

/* Passive cues that say what is said or believed of their subject. */
static const char *const raising_cues[] = {
	"alleged", "believed", "expected", "intended", "known", "planned", "reported", "rumored",
	"said", "thought", NULL,
};

/* "Turnout is expected to rise", "The firm is said to be weighing a sale":
 * a passive cue before "to" reports its subject with the rest, and names
 * no source. */
static bool raised_subject(const Ctx *c, const Toks *t, size_t a, size_t b, size_t ci, size_t ce,
                           Item *it)
{
	if (ce != ci + 1 || !tok_is(c, t, ce, "to") || !word_in(TW(ci), raising_cues))
		return false;
	size_t j = verb_start(c, t, a, ci);
	Mention np = { 0 };
	if (j <= a + 1 || !word_is_be(TW(j - 1)))
		return false;
	size_t v = j - 1; /* the subject ends before "is", or before "could be" */
	if (tok_is(c, t, v, "be") && v > a && word_is_modal(TW(v - 1)))
		v--;
	if (!np_back(c, t, a, v, &np)) {
		/* The subject names no speaker, so a reporting noun may be in it
		 * ("Mrs. Clinton's plan is intended to"), and a clause may end
		 * before it ("His father was Kenyan and the president is
		 * expected to"). */
		size_t k = np_start(c, t, a, v, true);
		if (k == v || v - k >= 14 || tok_in(c, t, k, RW_PREP) ||
		    !plain_mention(c, t, k, v, false, &np))
			return false;
	}
	/* ("He said the trial was expected to": the subject is after the
	 * cue that reports the clause it is in) */
	for (size_t k = v; k-- > a && t->v[k].start >= np.span.start;)
		if (is_word_tok(t, k) && (tok_is(c, t, k, "that") ||
		                          (wordset_has(&c->e->rep_one, TW(k)) && past_cue_at(c, t, k)))) {
			if (k + 1 >= v)
				return false;
			np.span.start = t->v[k + 1].start;
			break;
		}
	size_t e = clause_end(c, t, ce, b);
	/* "Although the plan is intended to ..., it leaves", "Considering a
	 * Mac is intended to ..., the lack": the clause ends with the
	 * subordinate one */
	size_t ns = v;
	while (ns > a && t->v[ns - 1].start >= np.span.start)
		ns--;
	bool led = ns + 1 < v && ing_form(c, t, ns);
	if (led)
		np.span.start = t->v[++ns].start;
	if (led || (ns > a && tok_in(c, t, ns - 1, RW_SUBORDINATOR)))
		for (size_t k = ce; k < e; k++)
			if (punct_at(c, t, k, ',')) {
				e = k;
				break;
			}
	Span clause;
	if (e > b || !clause_span(c, t, ce, e, &clause))
		return false;
	Mention none = { 0 };
	none.kind = MEN_NONE;
	none.span = (Span){ t->v[ci].start, t->v[ci].start };
	if (tok_is(c, t, ci, "intended") || tok_is(c, t, ci, "planned")) {
		/* "Mrs. Clinton's plan is intended to ...": what the subject is
		 * for, the subject as written its source, naming no one */
		none.span = np.span;
	} else {
		clause.start = np.span.start;
	}
	fill(it, &none, clause, (Span){ t->v[ci].start, t->v[ci].end }, 0.5);
	return true;
}


/* A reporting noun without an owner before its "that" clause (K is past
 * "that"): "Democrats persisted in arguments that ...", "Republicans have
 * expressed concern that ...": the subject of the sentence before the noun
 * phrase at P holds the view. */
static bool unowned_source(const Ctx *c, const Toks *t, size_t a, size_t p, size_t k,
                           Mention *m)
{
	if (k < a + 1 || !tok_is(c, t, k - 1, "that") || p <= a)
		return false;
	return mention_subject(c->text, t, a, p, m);
}

/* OWNER's NOUN that CLAUSE / OWNER's NOUN to DO: "Trump's claim that the
 * race is rigged", "his pledge to cut taxes", "a New York Times report
 * that ...".  The owner is the source; without one the noun reports
 * nothing to attribute. */
/* The noun phrase that starts at token P (an owner or an article and the
 * noun) opens the sentence from A, after at most a joining word ("Yet his
 * determination to act alone inflamed ..."): it is the sentence's subject. */
static bool subject_noun(const Ctx *c, const Toks *t, size_t a, size_t p)
{
	size_t i = a;
	while (i < p && (!is_word_tok(t, i) || tok_is(c, t, i, "yet") || tok_is(c, t, i, "Yet") ||
	                 tok_is(c, t, i, "But") || tok_is(c, t, i, "And") || is_ly(c, t, i)))
		i++;
	return i + 1 >= p;
}

/* Where "to DO ..." after a noun that is the sentence's subject ends: at
 * the sentence's own verb ("his refusal to answer fully did not go over
 * well", "his determination to act alone inflamed his opponents") or a
 * break ("Trump's promises to tax the rich notwithstanding, ..."); B when
 * a clause of its own comes first, whose verb is not the sentence's. */
static size_t subject_to_end(const Ctx *c, const Toks *t, size_t k, size_t b)
{
	for (size_t i = k + 2; i < b; i++) {
		/* (not at a name set off after a noun: "the first lady, Michelle
		 * Obama, as much as possible") */
		if (stop_at(c, t, i) &&
		    !(punct_at(c, t, i, ',') && i + 1 < b && (t->v[i + 1].flags & TOK_CAP)))
			return i;
		if (is_word_tok(t, i) && (tok_in(c, t, i, RW_WH) || tok_is(c, t, i, "that") ||
		                          tok_is(c, t, i, "if")))
			return b; /* "to say which side he would be on": a clause of its own */
		if (!is_word_tok(t, i) || tok_is(c, t, i, "to") || tok_is(c, t, i - 1, "to"))
			continue;
		size_t n = t->v[i].end - t->v[i].start;
		bool past = n > 4 && !memcmp(c->text + t->v[i].end - 2, "ed", 2) &&
		            !(t->v[i].flags & TOK_CAP) && !tok_in(c, t, i - 1, RW_DETERMINER) &&
		            !tok_in(c, t, i - 1, RW_POSS) && !word_is_be(TW(i - 1));
		if (past || tok_in(c, t, i, RW_IRREGULAR_PAST) ||
		    (tok_in(c, t, i, RW_NOT_IN_NP) && !tok_is(c, t, i, "not")))
			return i;
	}
	return b;
}

/* Verbs that give voice to an attitude named by their object: "expressed
 * concern about", "voiced misgivings over". */
static const char *const voicing_verbs[] = {
	"express", "expressed", "expresses", "expressing", "voice", "voiced", "voices", "voicing", NULL,
};

/* Where "that CLAUSE" after a noun that is the sentence's subject ends:
 * at a "be" after the clause's own verb, the sentence's verb ("Vance's
 * claim that millions voted is false", "the claim that the vote was
 * rigged was wrong"); B when none. K is the clause's first token. */
static size_t subject_that_end(const Ctx *c, const Toks *t, size_t k, size_t b)
{
	bool verb = false;
	for (size_t e = k; e < b; e++) {
		if (!is_word_tok(t, e) || (t->v[e].flags & TOK_CAP))
			continue;
		bool be = word_is_be(TW(e));
		if (be && verb && e > k + 1)
			return e;
		verb |= be || tok_in(c, t, e, RW_IRREGULAR_PAST) || past_form_at(c, t, e) ||
		        verb_contraction(c, t, e) ||
		        (tok_in(c, t, e, RW_NOT_IN_NP) && !tok_is(c, t, e, "to") && !tok_is(c, t, e, "not"));
	}
	return b;
}

static bool noun_report(const Ctx *c, const Toks *t, size_t a, size_t b, size_t ci, Item *it)
{
	if (ci >= a + 2 && tok_is(c, t, ci - 1, "to") && silence_at(c, t, ci, b, ci - 2))
		return false; /* ("declined to comment on X": a verb, nothing said) */
	unsigned cls = noun_class_at(c, t, ci);
	size_t k = ci + 1;
	bool about = false;
	/* Nothing after the noun that a reading below goes on with ("claim
	 * that", "his argument is that", "plan to", "comments Tuesday on"):
	 * no report, whatever the words before it (most nouns met) */
	size_t w = k;
	while (w < b && is_word_tok(t, w) && tok_in(c, t, w, RW_WHEN))
		w++;
	if (!((cls & RC_CLAUSE) && (tok_is(c, t, k, "that") || tok_is(c, t, k, "is") ||
	                            tok_is(c, t, k, "was"))) &&
	    !((cls & RC_TO) && to_verb_at(c, t, k, b)) &&
	    !(tok_is(c, t, w, "about") || tok_is(c, t, w, "on") || tok_is(c, t, w, "over") ||
	      tok_is(c, t, w, "regarding")))
		return false;
	/* Back over up to three modifiers: "his earlier claim", "expressed
	 * deep concern" (a verb that voices it stops the walk). */
	size_t p = ci;
	bool voiced = false;
	while (p > a && ci - p < 3 && is_word_tok(t, p - 1) && !poss_at(c, t, p - 1) &&
	       !tok_in(c, t, p - 1, RW_POSS) && !tok_is(c, t, p - 1, "a") &&
	       !tok_is(c, t, p - 1, "an") && !tok_is(c, t, p - 1, "the") &&
	       !(voiced = word_in(TW(p - 1), voicing_verbs)))
		p--;
	if ((cls & RC_CLAUSE) && (tok_is(c, t, k, "is") || tok_is(c, t, k, "was")) &&
	    tok_is(c, t, k + 1, "that"))
		k++; /* "His argument is that CLAUSE" */
	if ((cls & RC_CLAUSE) && tok_is(c, t, k, "that")) {
		k++;
		if (k < b && is_word_tok(t, k) && tok_in(c, t, k, RW_NOT_IN_NP) && !tok_is(c, t, k, "not") &&
		    !tok_is(c, t, k, "if") && !tok_is(c, t, k, "to"))
			return false; /* "a charge that might have stung": a relative clause */
		/* (so is one whose verb in the past follows "that", maybe after an
		 * adverb: "a claim that quickly drew pushback") */
		bool ly = k < b && is_word_tok(t, k) && is_ly(c, t, k);
		size_t v = k + ly;
		if (v < b && is_word_tok(t, v) && !(t->v[v].flags & TOK_CAP) &&
		    (ly || tok_in(c, t, v, RW_IRREGULAR_PAST) || past_form_at(c, t, v)))
			return false;
	} else if ((cls & RC_TO) && tok_is(c, t, k, "to")) {
	} else if ((cls & RC_ABOUT) || voiced) {
		/* "Clinton's comments Tuesday on the shooting", "North Korea's
		 * claims about its test", "voiced concern over the plan": what
		 * the words were about. */
		while (k < b && is_word_tok(t, k) && tok_in(c, t, k, RW_WHEN))
			k++;
		if (!(tok_is(c, t, k, "about") || tok_is(c, t, k, "on") || tok_is(c, t, k, "over") ||
		      tok_is(c, t, k, "regarding")))
			return false;
		k++;
		about = true;
		if (k < b && is_word_tok(t, k) && tok_in(c, t, k, RW_WHEN))
			return false; /* "his remarks on Saturday" */
	} else {
		return false;
	}
	if (k >= b || !(is_word_tok(t, k) || mark_tok(c, t, k)))
		return false;
	Mention mn = { 0 };
	memset(&mn, 0, sizeof mn);
	size_t o = p > a ? p - 1 : a;
	if (voiced) {
		/* "Advocates have expressed deep concern about the policy": the
		 * one who voices it is the verb's subject. */
		if (!subject_of(c, t, a, o, &mn))
			return false;
	} else if (about && !poss_at(c, t, o) && !tok_in(c, t, o, RW_POSS)) {
		/* "has faced questions about X", "amid disagreements about Y":
		 * words with no one's name on them, reported all the same (not
		 * "the comments on the page", a thing). */
		size_t v = ci - 1; /* a verb or a preposition: "faced", "amid" */
		if (v < a || !is_word_tok(t, v) || (t->v[v].flags & TOK_CAP) ||
		    !(tok_in(c, t, v, RW_PREP) || tok_is(c, t, v, "amid") || tok_in(c, t, v, RW_IRREGULAR_PAST) ||
		      (t->v[v].end - t->v[v].start > 4 && !memcmp(c->text + t->v[v].end - 2, "ed", 2))))
			return false;
		mn.kind = MEN_NONE;
		mn.span = (Span){ t->v[ci].start, t->v[ci].start };
	} else if (p == a) {
		if (!unowned_source(c, t, a, p, k, &mn))
			return false;
	} else if (poss_at(c, t, o)) {
		/* "Trump's", "Tulsa police's": the words that own it. */
		size_t s0 = o;
		while (s0 > a && is_word_tok(t, s0 - 1) && (t->v[s0 - 1].flags & TOK_CAP) &&
		       o - s0 < 4)
			s0--;
		mn.span = (Span){ t->v[s0].start, t->v[o].end };
		if (t->v[o].flags & TOK_CAP) {
			mn.kind = MEN_NAME;
			mn.name = (Span){ t->v[s0].start,
			                  t->v[o].end - (c->text[t->v[o].end - 2] == '\'' ? 2 : 4) };
		}
	} else if (tok_in(c, t, o, RW_POSS)) {
		mn.span = (Span){ t->v[o].start, t->v[o].end };
		/* ("Her argument is that ...": the person the pronoun is) */
		if (tok_is(c, t, o, "her") || tok_is(c, t, o, "his"))
			mn.kind = MEN_PRONOUN;
	} else if ((tok_is(c, t, o, "a") || tok_is(c, t, o, "an") || tok_is(c, t, o, "the")) &&
	           p < ci && (t->v[p].flags & TOK_CAP)) {
		mn.span = (Span){ t->v[p].start, t->v[ci - 1].end }; /* "a Times report" */
	} else if (!unowned_source(c, t, a, o + 1, k, &mn)) {
		return false;
	}
	Span cue = { t->v[ci].start, t->v[ci].end };
	b = opening_clause_end(c, t, a, ci, k, b);
	if (tok_is(c, t, k, "to") && subject_noun(c, t, a, p))
		b = subject_to_end(c, t, k, b);
	else if (k > ci + 1 && tok_is(c, t, k - 1, "that") && subject_noun(c, t, a, p))
		b = subject_that_end(c, t, k, b);
	if (about) /* the thing talked about ends where the sentence's verb comes */
		for (size_t e = k + 1; e < b; e++)
			if (is_word_tok(t, e) && tok_in(c, t, e, RW_NOT_IN_NP) && !tok_is(c, t, e, "to")) {
				b = e;
				break;
			}
	return report_from(c, t, k, b, &mn, cue, 0.5, it);
}

/* In NP-with-a-document-head, CLAUSE.  Documents and occasions say
 * things: "In a statement, the company said" needs no more; "In the latest
 * poll, Clinton led" is the poll's. */
static bool in_document(const Ctx *c, const Toks *t, size_t a, size_t b, Item *it)
{
	size_t e = a + 1, head = b;
	while (e < b && e < a + 16 && !stop_at(c, t, e) && !final_at(c, t, e)) {
		if (is_word_tok(t, e) && word_in(TW(e), doc_nouns))
			head = e;
		e++;
	}
	if (head >= b || e >= b || !punct_at(c, t, e, ','))
		return false;
	/* ", conducted in early September,": the source's own modifier. */
	size_t k = e + 1;
	if (k < b && is_word_tok(t, k) && !(t->v[k].flags & TOK_CAP) &&
	    c->text[t->v[k].end - 1] == 'd') {
		while (k < b && !punct_at(c, t, k, ','))
			k++;
		k++;
	}
	/* "In a statement, the company said ...": the verb attributes it. */
	for (size_t i = k; i < b && i < k + 12; i++)
		if (is_word_tok(t, i) && (cue_class_at(c, t, i) & (RC_CLAUSE | RC_TELL | RC_OBJ)))
			return false;
	Mention mn = { 0 };
	Span cue = { t->v[a].start, t->v[a].end };
	if (k >= b || !plain_mention(c, t, a + 1, e, false, &mn))
		return false;
	/* "In an interview with CNN, Smith shrugged off ...", "In his speech,
	 * Obama mocked ...": what one says in an interview or a speech, the
	 * clause's subject says; a poll or a study is not its subject. */
	static const char *const spoken[] = {
		"interview", "letter", "post", "speech", "statement", "tweet", NULL,
	};
	Mention subj = { 0 };
	/* (a name may follow its title in lower case: "In a statement,
	 * presidential nominee Hillary Clinton was ...") */
	size_t s0 = k;
	while (s0 + 1 < b && s0 < k + 3 && is_word_tok(t, s0) && !(t->v[s0].flags & TOK_CAP))
		s0++;
	if (word_in(TW(head), spoken) && is_word_tok(t, k) &&
	    mention_subject(c->text, t, k, b, &subj) && subj.kind != MEN_NONE &&
	    (subj.span.start == t->v[k].start ||
	     (subj.kind == MEN_NAME && subj.span.start > t->v[k].start &&
	      subj.span.start <= t->v[s0].start))) {
		/* ... and a verb follows it ("In a speech in Fort Pierce, Florida
		 * Friday, Clinton ...": no subject named Florida Friday) */
		size_t v = k;
		while (v < b && t->v[v].start < subj.span.end)
			v++;
		if (v < b && is_word_tok(t, v) && !(t->v[v].flags & TOK_CAP))
			mn = subj;
	}
	return report_from(c, t, k, b, &mn, cue, 0.5, it);
}

/* "Asked about THING, X said ...", "Asked to describe the device, ...",
 * "When asked whether ...": the question put, up to the comma, with its
 * asker unwritten (token CI is "Asked"). */
static bool asked_opening(const Ctx *c, const Toks *t, size_t ci, size_t b, Item *it)
{
	size_t k = ci + 1;
	if (tok_is(c, t, k, "about"))
		k++;
	else if (!tok_is(c, t, k, "to") && !(is_word_tok(t, k) && tok_in(c, t, k, RW_WH)) &&
	         !tok_is(c, t, k, "if"))
		return false;
	size_t e = k;
	while (e < b && !punct_at(c, t, e, ',') && !final_at(c, t, e))
		e++;
	if (e >= b || !punct_at(c, t, e, ','))
		return false; /* (the main clause follows the comma) */
	Span clause;
	if (!clause_span(c, t, k, e, &clause))
		return false;
	Mention none = { 0 };
	none.kind = MEN_NONE;
	none.span = (Span){ t->v[ci].start, t->v[ci].start };
	fill(it, &none, clause, (Span){ t->v[ci].start, t->v[ci].end }, 0.5);
	return true;
}

/* The quotations the sentence was tokenized with (QuoteSpan, in text
 * order), for the cue search to pass over. */
typedef struct {
	const QuoteSpan *v;
	size_t n;
} Quoted;

/* The first reporting cue in [FROM, TO) outside the quotations Q: a cue
 * inside one is quoted words, which sentence_report() passes over (no
 * token starts there), so their bytes are not read; no cue form (lower-case
 * words and spaces) runs over a quotation mark into or out of one. */
static bool cue_outside(const Ctx *c, const Quoted *q, size_t from, size_t to, Span *m)
{
	size_t k = 0, hi = q->n; /* the first quotation ending past FROM */
	while (k < hi) {
		size_t mid = k + (hi - k) / 2;
		if (q->v[mid].span.end <= from)
			k = mid + 1;
		else
			hi = mid;
	}
	for (; from < to; k++) {
		bool more = k < q->n && q->v[k].span.start < to;
		size_t end = more ? q->v[k].span.start : to;
		if (end > from && cue_find(c->text, from, end, &c->e->reps, m))
			return true;
		if (!more)
			break;
		if (q->v[k].span.end > from)
			from = q->v[k].span.end;
	}
	return false;
}

/* The next reported speech in the sentence of tokens [A, B), from byte
 * *FROM on; moves *FROM past its cue.  FIRST, when not NULL, is the first
 * cue from the sentence start to the end of token B - 1, found already: the
 * search does not read the words before it again.  QUOTED are the
 * quotations T was tokenized with. */
/* True when the word at token I, the first of a sentence, is a reporting
 * participle in capitals that takes what it reports as its object:
 * "Citing", "Claiming" (not "Telling", whose object is the addressee, nor
 * "Warning", as often a noun, nor "Writing", whose object is the text). */
static bool opening_cue(const Ctx *c, const Toks *t, size_t i)
{
	size_t n = t->v[i].end - t->v[i].start;
	const char *w = c->text + t->v[i].start;
	char low[24];
	if (!is_word_tok(t, i) || n < 6 || n >= sizeof low || w[0] < 'A' || w[0] > 'Z' ||
	    memcmp(w + n - 3, "ing", 3))
		return false;
	memcpy(low, w, n);
	low[0] = (char)(low[0] - 'A' + 'a');
	return cue_is_participle(low, n) && !word_eq(low, n, "warning") &&
	       !word_eq(low, n, "writing") && /* ("Writing in the Times, X argued": where) */
	       !(report_cue_class_in(c->e, low, n) & RC_TELL);
}

/* "Citing security concerns, the ministry closed ...", "Claiming (that) the
 * vote was rigged, Smith refused ...": the participle's object up to the
 * comma, reported by the subject after it. */
static bool participle_opening(const Ctx *c, const Toks *t, size_t a, size_t b, Item *it)
{
	if (is_word_tok(t, a + 1) && (tok_in(c, t, a + 1, RW_PREP) || tok_is(c, t, a + 1, "to")))
		return false; /* "Referring to X, ...", "Writing in the Times, ...": no object */
	size_t k = a + 1 + tok_is(c, t, a + 1, "that"), e = k;
	while (e < b && e < k + 40 && !stop_at(c, t, e) && !final_at(c, t, e))
		e++;
	if (e >= b || !punct_at(c, t, e, ','))
		return false;
	size_t se = e + 1;
	while (se < b && !stop_at(c, t, se) && !final_at(c, t, se))
		se++;
	Mention mn = { 0 };
	Span clause;
	if (!clause_span(c, t, k, e, &clause))
		return false;
	if (!mention_after(c->text, t, e + 1, se, &mn) || mn.kind == MEN_NONE) {
		/* "the ministry closed": a plain subject up to its verb */
		size_t v = e + 1;
		while (v < se && v < e + 7 && is_word_tok(t, v) && !tok_in(c, t, v, RW_NOT_IN_NP) &&
		       !tok_in(c, t, v, RW_IRREGULAR_PAST) && !is_ly(c, t, v) &&
		       !(t->v[v].end - t->v[v].start > 4 && !memcmp(c->text + t->v[v].end - 2, "ed", 2)))
			v++;
		if (v == e + 1 || v >= se || !is_word_tok(t, v) || !plain_mention(c, t, e + 1, v, true, &mn))
			return false;
	}
	fill(it, &mn, clause, (Span){ t->v[a].start, t->v[a].end }, 0.5);
	return true;
}

/* What find_indirect() found so far, N0 items of them before the sentence,
 * for sentence_report() to pass over the cues inside the last clause found
 * in the sentence and the cues SAID[0, NSAID) (quote_cue()); PASSED counts
 * the cues it passed over. */
typedef struct {
	const Items *found;
	size_t n0, passed;
	const size_t *said;
	size_t nsaid;
} Held;

/* The quotation X has a cue after it and is not partial ('"...," he said'):
 * a report its cue gives is the quotation's (not when "that" follows the
 * cue: 'Jess Ortega, star of "Northbound," said that she was retiring' is
 * a clause of the cue's, the quotation a title in the subject's aside). */
static bool cue_then_that(const char *text, const Quote *x)
{
	size_t e = x->cue.end;
	while (text[e] == ' ')
		e++;
	return x->span.end <= x->cue.start && !strncmp(text + e, "that ", 5);
}

static bool said_before_cue(const char *text, const Quote *x)
{
	return x->cue.end > x->cue.start && x->kind != QUOTE_PARTIAL && x->span.end <= x->cue.start &&
	       !cue_then_that(text, x);
}

/* The starts of the cues of the quotations among ITEMS[Q, N) inside SP that
 * come before their cue and are not partial, as *V[0, *NV): what such a cue
 * reports has that cue, and find_indirect() drops it as the quotation's
 * (quote_cues_only()). */
static bool said_cues(const char *text, const Item *items, size_t q, size_t n, Span sp,
                      size_t **v, size_t *nv, size_t *cap)
{
	*nv = 0;
	for (size_t k = q; k < n && items[k].q.span.start < sp.end; k++) {
		const Quote *x = &items[k].q;
		if (!said_before_cue(text, x))
			continue;
		if (!grow(v, cap, *nv, sizeof **v))
			return false;
		(*v)[(*nv)++] = x->cue.start;
	}
	return true;
}

/* The cue M is one of HELD's said cues and no clause found reaches it: its
 * reading reports nothing kept and changes nothing (a clause that holds
 * the cue may be cut by its relative pronoun, dropped or not), so it is
 * passed over, most of them before any test. */
static bool quote_cue(const Held *held, Span m)
{
	const Items *f = held->found;
	if (f->n && f->v[f->n - 1].q.span.end > m.start)
		return false;
	for (size_t k = 0; k < held->nsaid; k++)
		if (held->said[k] == m.start)
			return true;
	return false;
}

/* "He said he plans to run": a clause after a cue at tokens [CI, CE)
 * inside the last clause found in the sentence of HELD (there is one) is
 * part of what was reported, which find_indirect() drops as nested,
 * unless the cue's relative pronoun cuts that clause short.  True when the
 * cue is so passed over (counted in HELD), before leading(), the dearest
 * reading of a cue, and before noun_report() for a noun.  Not inline:
 * inline, it grew sentence_report() past the size where raised_subject()
 * is made inline in it, which cost more. */
static __attribute__((noinline)) bool held_over(const Ctx *c, const Toks *t, Held *held,
                                                size_t ci, size_t ce)
{
	const Quote *last = &held->found->v[held->found->n - 1].q;
	if (last->span.start > t->v[ci].start || t->v[ce - 1].end > last->span.end ||
	    relative_cut(c, t, last, ci))
		return false;
	held->passed++;
	return true;
}

/* Where the phrases in prepositions from token K end, when they run to the
 * sentence's end with no verb and no quotation ("at a news conference in
 * the capital", "on Tuesday in Geneva"); K when they do not. */
static size_t adjuncts_end(const Ctx *c, const Toks *t, size_t k, size_t b)
{
	if (k >= b || !is_word_tok(t, k) || !tok_in(c, t, k, RW_PREP) || tok_is(c, t, k, "that"))
		return k;
	size_t e = k;
	while (e < b && e < k + 16 && !final_at(c, t, e) &&
	       (is_word_tok(t, e) || punct_at(c, t, e, ',')) && !tok_is(c, t, e, "that"))
		e++;
	if (!(e >= b || final_at(c, t, e)))
		return k;
	/* ("in a statement posted to its website", "in a notice filed with
	 * the state": the occasion's participle is no verb of a clause) */
	if (occasion_phrase(c, t, k, e)) {
		for (size_t i = k; i < e; i++)
			if (is_word_tok(t, i) && tok_in(c, t, i, RW_NOT_IN_NP) && !tok_is(c, t, i, "to"))
				return k;
		return e;
	}
	return clause_has_verb(c, t, k, e) ? k : e;
}

/* The article is in English or says no language: "per" is a preposition
 * of Italian, Catalan or Dutch prose too. */
static bool english(const Ctx *c)
{
	const char *lang = article_meta(c->a, META_LANGUAGE);
	return !lang || !*lang || !strncasecmp(lang, "en", 2);
}

static bool sentence_report(const Ctx *c, const Toks *t, size_t a, size_t b, size_t *pfrom,
                            const Span *first, const Quoted *quoted, Held *held, Item *it)
{
	Span m;
	size_t from = *pfrom, to = t->v[b - 1].end;
	/* "According to X, CLAUSE": the cue search looks at lower-case words. */
	if (from <= t->v[a].start && b > a + 2 && tok_is(c, t, a, "according") &&
	    tok_is(c, t, a + 1, "to")) {
		*pfrom = t->v[a + 1].end;
		if (according(c, t, a, b, a, a + 2, it))
			return true;
		from = *pfrom;
	}
	/* "Per ESPN's Adrian Wojnarowski, CLAUSE": "per" as "according to" */
	if (from <= t->v[a].start && b > a + 3 && tok_is(c, t, a, "per") && (t->v[a].flags & TOK_CAP) &&
	    english(c)) {
		*pfrom = t->v[a].end;
		if (according(c, t, a, b, a, a + 1, it))
			return true;
		from = *pfrom;
	}
	if (from <= t->v[a].start && b > a + 4 && opening_cue(c, t, a)) {
		*pfrom = t->v[a].end;
		if (participle_opening(c, t, a, b, it))
			return true;
		from = *pfrom;
	}
	size_t q = a + (tok_is(c, t, a, "when") && tok_is(c, t, a + 1, "asked"));
	if (from <= t->v[q].start && b > q + 3 && tok_is(c, t, q, "asked")) {
		*pfrom = t->v[q].end;
		if (asked_opening(c, t, q, b, it))
			return true;
		from = *pfrom;
	}
	if (from <= t->v[a].start && b > a + 3 && tok_is(c, t, a, "in")) {
		*pfrom = t->v[a].end;
		if (in_document(c, t, a, b, it))
			return true;
		from = *pfrom;
	}
	while (from < to && (first && first->start >= from ? (m = *first, true)
	                                                   : cue_outside(c, quoted, from, to, &m))) {
		from = *pfrom = m.end;
		if (held && held->nsaid && quote_cue(held, m)) {
			held->passed++;
			continue;
		}
		size_t ci = toks_at(t, a, b, m.start);
		/* Not at a word start: inside a quotation token. */
		if (ci >= b || t->v[ci].start != m.start || !is_word_tok(t, ci))
			continue;
		size_t ce = ci + 1;
		while (ce < b && t->v[ce].start < m.end)
			ce++;
		if (tok_is(c, t, ci, "according")) {
			if (according(c, t, a, b, ci, ce, it))
				return true;
			continue;
		}
		/* "CLAUSE, per a source familiar with the talks": "per" as
		 * "according to" after a comma, its source ending the sentence
		 * (not "$5 per gallon", nor an aside: "A quarter, per the plan,
		 * would go") */
		if (tok_is(c, t, ci, "per")) {
			if (ci > a && punct_at(c, t, ci - 1, ',') && english(c)) {
				size_t e = ce;
				while (e < b && !punct_at(c, t, e, ','))
					e++;
				if (e == b && according(c, t, a, b, ci, ce, it))
					return true;
			}
			continue;
		}
		/* "his claim", "Trump's earlier claim": an owner and an adjective
		 * (not "critics claim") make the cue a noun. */
		bool adj = ci > a && is_word_tok(t, ci - 1) && !(t->v[ci - 1].flags & TOK_CAP) &&
		           c->text[t->v[ci - 1].end - 1] != 's';
		bool noun = ci > a && cue_is_noun_here(c->text, t, ci);
		/* ("The mayor claims smart meters contain microphones", "The
		 * post claims ...": after "the" and a noun, a form in -s with a
		 * clause after it is the noun's verb) */
		if (adj && !noun && ce == ci + 1 && ci >= a + 2 && c->text[t->v[ci].end - 1] == 's' &&
		    tok_in(c, t, ci - 2, RW_DETERMINER) && (cue_class_at(c, t, ci) & RC_CLAUSE) &&
		    ci + 1 < b && (tok_is(c, t, ci + 1, "that") || bare_clause_at(c, t, ci + 1, b)))
			adj = false;
		/* "Supporters in Congress say": after a name that ends a
		 * prepositional phrase, a word that is no reporting noun is
		 * the verb. */
		/* "an hourlong show", "the best plan": a determiner and a
		 * modifier before a bare form make it a noun (not "the police
		 * say", whose noun is a plural of its own). */
		if (adj && ci >= a + 2 && is_word_tok(t, ci - 2) && tok_in(c, t, ci - 2, RW_DETERMINER) &&
		    !word_in(TW(ci - 1), plural_nouns) && bare_form(c, t, ci) &&
		    !plural_subject_before(c, t, a, ci - 3) && ce == ci + 1)
			noun = true; /* (but "Experts in the region say": the verb of "Experts";
			              * nor a verb with its particle: "The senator shot back") */
		/* "Yields on the 10-year Treasury note rose": a bare form after
		 * a capitalised modifier and a determiner is a noun (a singular
		 * subject takes "notes") */
		if (!noun && ce == ci + 1 && ci >= a + 2 && bare_form(c, t, ci) && is_word_tok(t, ci - 1) &&
		    (t->v[ci - 1].flags & TOK_CAP) && c->text[t->v[ci - 1].end - 1] != 's' &&
		    !noun_class_at(c, t, ci) &&
		    /* (not "should the House vote to impeach": a subject after
		     * its auxiliary) */
		    !(ci >= a + 3 && is_word_tok(t, ci - 3) && word_is_modal(TW(ci - 3))) &&
		    (tok_in(c, t, ci - 2, RW_DETERMINER) ||
		     (ci >= a + 3 && is_word_tok(t, ci - 2) && tok_in(c, t, ci - 3, RW_DETERMINER))))
			continue; /* (nor a report of its own: a thing) */
		/* "did not respond to repeated requests for comment": a past form
		 * before a plural noun is its adjective */
		if (ce == ci + 1 && tok_is(c, t, ci, "repeated") && ci + 1 < b && is_word_tok(t, ci + 1) &&
		    !(t->v[ci + 1].flags & TOK_CAP) && c->text[t->v[ci + 1].end - 1] == 's' &&
		    !word_is_pronoun(TW(ci + 1)) && !tok_in(c, t, ci + 1, RW_DETERMINER | RW_PREP))
			continue;
		/* "One note read", "another claim": a bare form after a word
		 * that counts one thing is that thing (a subject "one" takes
		 * "notes", "said") */
		if (!noun && ce == ci + 1 && ci > a && bare_form(c, t, ci) && is_word_tok(t, ci - 1) &&
		    !noun_class_at(c, t, ci) &&
		    (tok_is(c, t, ci - 1, "one") || tok_is(c, t, ci - 1, "another") ||
		     tok_is(c, t, ci - 1, "each") || tok_is(c, t, ci - 1, "every")))
			continue;
		/* "a group that intends to": "that" before a verb form is a
		 * relative pronoun, not a determiner. */
		if (noun && tok_is(c, t, ci - 1, "that") && !bare_form(c, t, ci))
			noun = false;
		if (noun && ci >= a + 2 && (t->v[ci - 1].flags & TOK_CAP) &&
		    is_word_tok(t, ci - 2) && tok_in(c, t, ci - 2, RW_PREP) &&
		    !noun_class_at(c, t, ci))
			noun = false;
		if (noun || adj) {
			/* (a noun reads by noun_report() alone, whose clause after
			 * it, inside the last clause found, find_indirect() drops as
			 * nested: held_over() passes over it) */
			if (noun && held && held->found->n > held->n0 && held_over(c, t, held, ci, ce))
				continue;
			if (noun_class_at(c, t, ci) && noun_report(c, t, a, b, ci, it))
				return true;
			if (noun)
				continue;
		}
		/* (not "China's sweeping territorial claims in the South China
		 * Sea": a form in -s that is a noun as often, after a modifier,
		 * before a preposition that opens no report) */
		if (adj && !noun && ce == ci + 1 && c->text[t->v[ci].end - 1] == 's' &&
		    noun_class_at(c, t, ci) && ci + 1 < b && is_word_tok(t, ci + 1) &&
		    tok_in(c, t, ci + 1, RW_PREP) && !tok_is(c, t, ci + 1, "to") &&
		    !tok_is(c, t, ci + 1, "that") && !tok_is(c, t, ci + 1, "about") &&
		    !that_within(c, t, ci + 2, b, 8)) /* ("worries from Paris to Prague that") */
			continue;
		if (raised_subject(c, t, a, b, ci, ce, it))
			return true;
		if (idiom_at(c, t, a, ci))
			continue;
		/* "The figure Moreno cited comes from a survey": a name and its
		 * verb on a noun before them, which is the thing cited, with no
		 * clause of its own after the cue */
		size_t rel;
		if (reduced_relative(c->text, t, a, ci, &rel))
			continue;
		if (passive_at(c, t, a, ci, ce, b)) {
			if (passive_report(c, t, a, b, ci, it))
				return true;
			continue;
		}
		size_t after = call_gap_for(c, t, ci, ce, b) ? ce : skip_adjuncts(c, t, ce, b);
		bool inverted = ci > a && punct_at(c, t, ci - 1, ',') && cue_can_invert(TW(ci));
		/* "CLAUSE, said Tom Forte." / "NAME, ROLE, said CLAUSE" / "CLAUSE,
		 * said one source in the room": a named source first, then the
		 * forward reading, then a plain source. */
		if (inverted && (trailing(c, t, a, b, ci, ce, after, false, it) ||
		                 ((!plain_source_ends(c, t, ce, b) || subject_aside(c, t, a, ci)) &&
		                  leading(c, t, a, b, ci, ce, after, it))))
			return true;
		if (!inverted && told_trailing(c, t, a, b, ci, ce, it))
			return true;
		/* ("..., the ministry said at a news conference in the capital."
		 * - where it was said, to the sentence's end, past the few
		 * adjuncts skip_adjuncts() takes) */
		size_t where = adjuncts_end(c, t, after, b);
		if (where == after && after > ce && occasion_phrase(c, t, ce, b))
			where = adjuncts_end(c, t, ce, b); /* (the occasion's own words too) */
		if (where > after && !inverted && (where >= b || final_at(c, t, where))) {
			/* (a source the mention rules know: not "more than twice
			 * what it projected for ...", "spend a minute and write
			 * about it in ...") */
			Item tr = *it;
			if (trailing(c, t, a, b, ci, ce, where, true, &tr) && tr.mkind != MEN_NONE) {
				*it = tr;
				return true;
			}
		}
		if (inverted || after >= b || final_at(c, t, after) || punct_at(c, t, after, ',')) {
			if (trailing(c, t, a, b, ci, ce, after, true, it))
				return true;
			if (after >= b || !punct_at(c, t, after, ','))
				continue;
		}
		if (held && held->found->n > held->n0 && held_over(c, t, held, ci, ce))
			continue;
		if (leading(c, t, a, b, ci, ce, after, it))
			return true;
	}
	return false;
}

/* True when NEEDLE occurs in TEXT[S). */
static bool strstr_span(const char *text, Span s, const char *needle)
{
	size_t n = strlen(needle);
	for (size_t i = s.start; i + n <= s.end; i++)
		if (!memcmp(text + i, needle, n))
			return true;
	return false;
}

/* Labels that open headlines without naming a speaker. */
static const char *const label_words[] = {
	/* ("atenÇÃo", "atenciÓn": the capitals of ATENÇÃO and ATENCIÓN with
	 * their ASCII letters lowered, as word_in() compares) */
	"achtung", "advisory", "alert", "analysis", "atenciÓn", "atención", "atenÇÃo", "atenção",
	"attention", "attenzione", "aviso", "bild", "bilde", "breaking", "caption",
	"caution", "chart", "clarification", "commentary", "correction", "corrections", "credit",
	"credits", "disclaimer", "disclosure", "editorial", "exclusive", "explainer", "factbox",
	"foto", "fotos", "graphic", "image", "images", "interview", "latest", "listen", "live",
	"map", "note", "notice", "opinion", "perspective", "photo", "photos", "picture", "pictures",
	"read", "related", "reminder", "review", "the", "timeline", "update", "updated", "video",
	"videos", "warning", "watch", NULL,
};

/* Labels that end a headline's kicker: "Fact Check:", "HS Roundup:". */
static const char *const label_ends[] = {
	"briefing", "check", "digest", "focus", "newsletter", "note", "preview", "recap", "review",
	"roundup", "wrap", NULL,
};

/* The paragraph at OFF is a headline, or opens the text (a plain-text
 * article's first line is its headline). */
static bool title_para_at(const Ctx *c, size_t off)
{
	size_t pi = article_paragraph_at(c->a, off);
	const Paragraph *p = article_paragraph(c->a, pi);
	return p && (p->kind == PARA_TITLE || pi == 0);
}

/* The paragraph at OFF is the first of the body, after the headline. */
static bool opens_body(const Ctx *c, size_t off)
{
	size_t pi = article_paragraph_at(c->a, off);
	for (size_t k = 1; k < pi; k++)
		if (article_paragraph(c->a, k)->kind != PARA_TITLE)
			return false;
	return pi > 0;
}

/* Tokens [0, N) are words in capitals with at least two letters each. */
static bool caps_label(const char *text, const Toks *t, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const char *w = text + t->v[i].start;
		size_t wn = t->v[i].end - t->v[i].start;
		if (!word_all_caps(w, wn))
			return false;
		/* (no name has a digit: "WIRED25:", "COVID-19:" are labels) */
		for (size_t k = 0; k < wn; k++)
			if (w[k] >= '0' && w[k] <= '9')
				return false;
	}
	return n > 0;
}

/* Tokens [0, N), the person M, hold a common given name or an initial, or
 * a title comes before the name ("Prof. Carlos"). */
static bool person_label(const char *text, const Toks *t, size_t n, const Mention *m)
{
	/* (a title's: "Prof. Carlos", not "Star Wars Jedi: Fallen Order is") */
	if (m->role.end > m->role.start) {
		size_t w = m->role.end;
		while (w > m->role.start && text[w - 1] != ' ')
			w--;
		if (word_is_title(text + w, m->role.end - w) || word_is_honorific(text + w, m->role.end - w))
			return true;
	}
	for (size_t i = 0; i < n; i++)
		if (given_name(text + t->v[i].start, t->v[i].end - t->v[i].start) ||
		    (i > 0 && i + 1 < n && t->v[i].end - t->v[i].start == 2 &&
		     text[t->v[i].end - 1] == '.'))
			return true;
	return false;
}

/* The word before the one at AT, one space between, no further back than
 * LO, is a capitalised given name or title: "Karen" or "Mayor" before
 * "Bass". */
static bool given_or_title_before(const char *x, size_t lo, size_t at)
{
	if (at < lo + 2 || x[at - 1] != ' ')
		return false;
	size_t b = at - 1;
	while (b > lo && x[b - 1] != ' ' && x[b - 1] != '\n')
		b--;
	size_t bn = at - 1 - b;
	return bn && isupper((unsigned char)x[b]) &&
	       (given_name(x + b, bn) || word_is_title(x + b, bn) || word_is_honorific(x + b, bn));
}

/* True when the word W[0, N) is written outside paragraph PARA, within an
 * article's length of it, as a word of its own: other than as a label
 * before a colon, or when SURNAME after a given name or a title, the
 * surname of a person the text names in full ("Mayor Karen Bass", then
 * the interview's "Bass: We housed ..."). */
static bool word_elsewhere(const Ctx *c, Span para, const char *w, size_t n, bool surname)
{
	enum { WINDOW = 65536 };
	const char *x = c->text;
	size_t lo = para.start > WINDOW ? para.start - WINDOW : 0;
	size_t hi = c->len - para.end > WINDOW ? para.end + WINDOW : c->len;
	for (size_t at = word_occurrence(x, lo, hi, w, n); at != SIZE_MAX;
	     at = word_occurrence(x, at + 1, hi, w, n))
		if (!(at >= para.start && at < para.end) &&
		    (surname ? given_or_title_before(x, lo, at) : x[at + n] != ':'))
			return true;
	return false;
}

/* word_elsewhere() for the text's word T[W). */
static bool named_elsewhere(const Ctx *c, Span para, Span w)
{
	return word_elsewhere(c, para, c->text + w.start, w.end - w.start, false);
}

/* W[0, N) reads as a topic, not a surname: a noun of a thing
 * ("Insecurity", "Enforcement") or a compound in lower case after its
 * hyphen ("Fact-check"; a name's goes on in capitals: "Ocasio-Cortez"). */
static bool topic_word(const char *w, size_t n)
{
	static const char *const ends[] = { "ism", "ity", "ment", "ness", "sion", "tion", NULL };
	for (size_t i = 0; i + 1 < n; i++)
		if (w[i] == '-' && w[i + 1] >= 'a' && w[i + 1] <= 'z')
			return true;
	for (size_t k = 0; ends[k]; k++) {
		size_t e = strlen(ends[k]);
		if (n > e + 2 && !strncasecmp(w + n - e, ends[k], e))
			return true;
	}
	return false;
}

/* The paragraph after the one at OFF opens with a label in capitals and a
 * colon, as a transcript's next turn does ("KELLY: It is not a yes."). */
static bool turn_follows(const Ctx *c, size_t off)
{
	const Paragraph *p = article_paragraph(c->a, article_paragraph_at(c->a, off) + 1);
	if (!p)
		return false;
	const char *x = c->text;
	size_t i = p->span.start, e = p->span.end < i + 40 ? p->span.end : i + 40;
	while (i < e && ((x[i] >= 'A' && x[i] <= 'Z') || x[i] == ' ' || x[i] == '.' || x[i] == '\''))
		i++;
	return i > p->span.start + 1 && i < e && x[i] == ':';
}

/* The words of S hold one of the first or second person: words one says
 * ("I think", "we", "you"), not words said of one.  (All of a turn's
 * paragraph is read: "Bass: Honestly, the fentanyl crisis. We lose ...") */
static bool own_words(const Ctx *c, Span s)
{
	static const char *const persons[] = {
		"i", "i'd", "i'll", "i'm", "i've", "me", "mine", "my", "our", "ours", "us", "we",
		"we'd", "we'll", "we're", "we've", "you", "your", NULL,
	};
	const char *x = c->text;
	for (size_t i = s.start; i < s.end;) {
		while (i < s.end && !isalpha((unsigned char)x[i]))
			i++;
		size_t w = i;
		while (i < s.end && (isalpha((unsigned char)x[i]) || x[i] == '\''))
			i++;
		if (i > w && i - w <= 5 && word_in(x + w, i - w, persons))
			return true;
		while (i < s.end && (unsigned char)x[i] >= 0x80)
			i++; /* (a curly apostrophe: "I’m" reads "I", a word of its own) */
	}
	return false;
}

/* NAME: WORDS at the start of paragraph P (a headline "Pence: Flowers
 * Won't Be at Debate" or a transcript "WALLACE: Let's start ..."): the
 * words after the colon, to the end of the paragraph, are the speaker's. */
static bool colon_lead(const Ctx *c, const Toks *t, Span para, Item *it)
{
	size_t colon = 0;
	while (colon < t->n && colon < 5 && is_word_tok(t, colon) &&
	       (t->v[colon].flags & TOK_CAP))
		colon++;
	/* (a party tag may stand between the name and the colon: "REP. JIM
	 * JORDAN (R-OHIO):") */
	size_t mark = colon;
	if (colon > 0 && mark < t->n && punct_at(c, t, mark, '(')) {
		size_t e = mark + 1;
		while (e < t->n && e < mark + 8 && !punct_at(c, t, e, ')'))
			e++;
		if (e + 1 < t->n && punct_at(c, t, e, ')'))
			mark = e + 1;
	}
	if (colon == 0 || mark >= t->n || !punct_at(c, t, mark, ':'))
		return false;
	Mention mn = { 0 };
	/* "THE COURT: Why wasn't this disclosed?", "THE WITNESS: I don't
	 * recall": a transcript's judge or witness, in their words, whom the
	 * lines name no better */
	bool court = colon == 2 && !title_para_at(c, para.start) &&
	             t->v[0].end - t->v[0].start == 3 && !memcmp(c->text + t->v[0].start, "THE", 3) &&
	             word_all_caps(TW(1));
	if (court) {
		mn.kind = MEN_NOMINAL;
		mn.span = mn.role = (Span){ t->v[0].start, t->v[1].end };
	} else if (word_in(TW(0), label_words) || word_in(TW(colon - 1), label_ends)) {
		return false;
	}
	/* "Poll: Clinton and Trump in dead heat": a headline's document says it */
	bool doc = colon == 1 && word_in(TW(0), doc_nouns) && title_para_at(c, para.start);
	/* "JOHN STUMPF:", "SEN. ELIZABETH WARREN:": a transcript writes its
	 * speakers' names in capitals, which the mention rules read as a
	 * headline's; its titles are a role */
	if (!court && colon >= 2 && !title_para_at(c, para.start) && caps_label(c->text, t, colon) &&
	    !(mention_before(c->text, t, 0, colon, &mn) && mn.kind == MEN_NAME &&
	      mn.span.start == t->v[0].start)) {
		size_t n0 = 0;
		while (n0 + 1 < colon && (word_is_title(TW(n0)) || word_is_honorific(TW(n0))))
			n0++;
		mn = (Mention){ .kind = MEN_NAME, .span = { t->v[0].start, t->v[colon - 1].end },
		                .name = { t->v[n0].start, t->v[colon - 1].end } };
		if (n0)
			mn.role = (Span){ t->v[0].start, t->v[n0 - 1].end };
		/* (a person's, by a given name or a title: not a dateline, "NEW
		 * DELHI:", nor a letter's "DEAR ABBY:", which is who is told) */
		if (!person_label(c->text, t, colon, &mn) || word_eq(TW(0), "dear"))
			return false;
	}
	/* A transcript's role alone, "MODERATOR:", "HOST:": someone unnamed */
	if (!court && colon == 1 && mn.kind == MEN_NONE && !title_para_at(c, para.start) &&
	    caps_label(c->text, t, colon) && (word_is_title(TW(0)) || word_is_person_noun(TW(0))) &&
	    !word_is_org(TW(0)))
		mn = (Mention){ .kind = MEN_NOMINAL, .span = { t->v[0].start, t->v[0].end },
		                .role = { t->v[0].start, t->v[0].end } };
	if (!court && mn.kind == MEN_NONE && (!mention_before(c->text, t, 0, colon, &mn) ||
	               (mn.kind != MEN_NAME && mn.kind != MEN_ORG && !(doc && mn.kind == MEN_NOMINAL)) ||
	               mn.span.start != t->v[0].start))
		return false;
	/* A headline's label of words that name no one by a given name or a
	 * title ("Tennis Podcast: Davis Cup Finals launch", "Daily Deals:
	 * More Black Friday Deals") speaks only when the text names it
	 * elsewhere ("Pence: Flowers Won't Be at Debate" over a story of
	 * Pence's). */
	if (!court && (colon >= 2 || topic_word(TW(0))) && mn.kind == MEN_NAME &&
	    title_para_at(c, para.start) && !person_label(c->text, t, colon, &mn) &&
	    !named_elsewhere(c, para, (Span){ t->v[colon - 1].start, t->v[colon - 1].end }))
		return false;
	/* In the body only a person: a transcript's speaker in capitals
	 * ("WALLACE:"), a name that reads as a person's ("Bernie Sanders:")
	 * or a surname the text gives a person elsewhere ("Bass:" after
	 * "Mayor Karen Bass"), before words of their own, in the first or
	 * second person: a list that names people before what is said of them
	 * ("Victor N. Burton: Dealing in methamphetamine, ... held in jail")
	 * is no turn.  "Q:", "Summary:", "Thunder: F Hamidou Diallo missed
	 * ..." and recipe lines label what follows, they do not say it. */
	if (!title_para_at(c, para.start) && !caps_label(c->text, t, colon) &&
	    !(mn.kind == MEN_NAME &&
	      (person_label(c->text, t, colon, &mn) ||
	       (colon == 1 && word_elsewhere(c, para, TW(0), true))) &&
	      (!english(c) || own_words(c, (Span){ t->v[mark].end, para.end }))))
		return false;
	/* "KOLKATA: West Bengal chief minister Mamata Banerjee on Monday
	 * said ...": a word in capitals that opens the body with words said
	 * of others, and no other turn after it, is a dateline */
	if (!court && colon == 1 && !title_para_at(c, para.start) && opens_body(c, para.start) &&
	    caps_label(c->text, t, colon) && !own_words(c, (Span){ t->v[mark].end, para.end }) &&
	    !turn_follows(c, para.start))
		return false;
	/* a transcript's "TAPPER:" is a person, whose full name the text
	 * may give ("CNN's Jake Tapper"), not initials of a body */
	if (!title_para_at(c, para.start) && caps_label(c->text, t, colon) && mn.kind == MEN_ORG &&
	    colon == 1) {
		mn.kind = MEN_NAME;
		mn.name = (Span){ t->v[0].start, t->v[0].end };
	}
	/* "Superbugs: What They Are and When to Worry", "Brexit: Why It
	 * Matters": a topic and the question the text answers, not words said. */
	if (mark + 1 < t->n && is_word_tok(t, mark + 1) && tok_in(c, t, mark + 1, RW_WH) &&
	    (title_para_at(c, para.start) || !(court || caps_label(c->text, t, colon))))
		return false; /* (a transcript's turn may ask: "THE COURT: Why ...?") */
	Span clause = { mark + 1 < t->n ? t->v[mark + 1].start : para.end, para.end };
	while (clause.end > clause.start && strchr(" .", c->text[clause.end - 1]))
		clause.end--;
	/* (the words to the paragraph's end: "PATEL: Indemnity. Pay farmers
	 * for the losses." opens with a sentence of one word) */
	size_t words = 0;
	for (size_t i = clause.start; i < clause.end && words < 3; i++)
		words += isalnum((unsigned char)c->text[i]) &&
		         (i == clause.start || c->text[i - 1] == ' ');
	/* (nor is an address: "Image: http://...", nor a quotation in
	 * single marks, a subheading's: "WHITAKER: 'This isn't over'") */
	size_t cn = clause.end - clause.start;
	const char *cs = c->text + clause.start;
	bool single = cn > 6 && (cs[0] == '\'' || !memcmp(cs, "\xE2\x80\x98", 3)) &&
	              (cs[cn - 1] == '\'' || !memcmp(cs + cn - 3, "\xE2\x80\x99", 3));
	/* (a transcript's turn holds what it quotes, as speech in marks
	 * does: "KELLY: It's not a yes. It's "let's talk."") */
	bool transcript = !title_para_at(c, para.start) && caps_label(c->text, t, colon);
	if (words < 3 || single ||
	    (!transcript && (memchr(c->text + clause.start, '"', clause.end - clause.start) ||
	                     strstr_span(c->text, clause, "\xE2\x80\x9C"))) ||
	    (clause.end - clause.start > 4 && !memcmp(c->text + clause.start, "http", 4)))
		return false;
	Span cue = { t->v[mark].start, t->v[mark].end };
	fill(it, &mn, clause, cue, 0.6);
	it->turn = !title_para_at(c, para.start);
	return true;
}

/* A reporting verb in the present of headlines at token I: "Vows", "calls". */
static bool title_cue(const Ctx *c, const Toks *t, size_t i)
{
	/* (not a count of things: "Automaker Recalls 300,000 SUVs") */
	if (i + 1 < t->n && isdigit((unsigned char)c->text[t->v[i + 1].start]))
		return false;
	return is_word_tok(t, i) && c->text[t->v[i].end - 1] == 's' &&
	       wordset_has(&c->e->rep_one, TW(i)) &&
	       (cue_class_at(c, t, i) & (RC_CLAUSE | RC_TO | RC_OBJ));
}

/* A headline that ends in its source, "Budget Cuts Will Close Schools,
 * Mayor Says": the words before the last comma are what is reported, the
 * capitalised run after it is the source. */
static bool title_trailing(const Ctx *c, const Toks *t, Item *it)
{
	size_t e = t->n;
	while (e > 0 && !is_word_tok(t, e - 1) && !(t->v[e - 1].flags & TOK_QUOTE))
		e--;
	/* (a plural's verb too, ending the line: "..., police say") */
	if (e < 3 || !(title_cue(c, t, e - 1) ||
	               (is_word_tok(t, e - 1) && wordset_has(&c->e->rep_one, TW(e - 1)) &&
	                (cue_class_at(c, t, e - 1) & RC_CLAUSE))))
		return false;
	/* (in sentence case too: "Coffee drinkers may live longer, study
	 * finds", "..., police say") */
	size_t ci = e - 1, comma = ci;
	while (comma > 0 && ci - comma < 7 && is_word_tok(t, comma - 1) &&
	       ((t->v[comma - 1].flags & TOK_CAP) || ci - comma < 3))
		comma--;
	if (comma == ci || comma == 0 || !punct_at(c, t, comma - 1, ',') ||
	    count_words(t, 0, comma - 1) < 3 || has_quote(t, 0, comma - 1))
		return false;
	Mention mn = { 0 };
	if (!mention_before(c->text, t, comma, ci, &mn) || mn.span.start != t->v[comma].start)
		if (!plain_mention(c, t, comma, ci, true, &mn))
			return false;
	/* "..., Former White House Doctor Says": title words alone, in title
	 * case, name an office, not a person of that name */
	bool office = true;
	for (size_t i = comma; office && i < ci; i++)
		office = is_word_tok(t, i) && word_is_title(TW(i));
	if (office && (mn.kind == MEN_NAME || mn.kind == MEN_ORG)) {
		mn.kind = MEN_NOMINAL;
		mn.name = (Span){ 0, 0 };
		mn.role = mn.span;
	}
	Span clause = { t->v[0].start, t->v[comma - 2].end };
	Span cue = { t->v[ci].start, t->v[ci].end };
	fill(it, &mn, clause, cue, 0.5);
	return true;
}

/* The same with the cue first, as British and Asian papers write it:
 * "Brexit deal is dead, says Johnson", "More support for families to buy
 * first flat, says Desmond Lim". */
static bool title_inverted(const Ctx *c, const Toks *t, Item *it)
{
	size_t e = t->n;
	while (e > 0 && !is_word_tok(t, e - 1) && !(t->v[e - 1].flags & TOK_QUOTE))
		e--;
	size_t comma = e;
	while (comma > 0 && e - comma < 8 && is_word_tok(t, comma - 1))
		comma--;
	if (comma < 4 || comma + 2 > e || !punct_at(c, t, comma - 1, ',') ||
	    count_words(t, 0, comma - 1) < 3 || has_quote(t, 0, comma - 1))
		return false;
	size_t ci = comma;
	if (!(title_cue(c, t, ci) || (wordset_has(&c->e->rep_one, TW(ci)) &&
	                              (cue_class_at(c, t, ci) & RC_CLAUSE) && past_form_at(c, t, ci))))
		return false;
	Mention mn = { 0 };
	if (!mention_before(c->text, t, ci + 1, e, &mn) || mn.span.start != t->v[ci + 1].start ||
	    mn.span.end != t->v[e - 1].end)
		if (!plain_mention(c, t, ci + 1, e, true, &mn))
			return false;
	Span clause = { t->v[0].start, t->v[comma - 2].end };
	Span cue = { t->v[ci].start, t->v[ci].end };
	fill(it, &mn, clause, cue, 0.5);
	return true;
}

/* Token I is a quotation mark read as punctuation: straight or curly,
 * single or double. */
static bool mark_tok(const Ctx *c, const Toks *t, size_t i)
{
	if (i >= t->n || !(t->v[i].flags & TOK_PUNCT))
		return false;
	const char *w = c->text + t->v[i].start;
	size_t n = t->v[i].end - t->v[i].start;
	return (n == 1 && (*w == '\'' || *w == '"')) ||
	       (n == 3 && !memcmp(w, "\xE2\x80", 2) && (unsigned char)w[2] >= 0x98 &&
	        (unsigned char)w[2] <= 0x9D && (unsigned char)w[2] != 0x9A &&
	        (unsigned char)w[2] != 0x9B);
}

/* A headline in title case, "Sanders Vows To Eliminate Tax Breaks" or
 * "New Poll Shows Minor Bump For Clinton": a capitalised run, a reporting
 * verb in the third person and the rest of the line as what it reports. */
static bool title_report(const Ctx *c, const Toks *t, Item *it)
{
	if (title_trailing(c, t, it) || title_inverted(c, t, it))
		return true;
	size_t s0 = 0, ci = 1; /* the source's first word, the cue */
	while (ci < t->n && ci < s0 + 6 && is_word_tok(t, ci) && (t->v[ci].flags & TOK_CAP) &&
	       !title_cue(c, t, ci))
		ci++;
	if (s0 == 0 && ci + 2 < t->n && ci < 6 && punct_at(c, t, ci, ',')) {
		/* "Railing Against Trump, Sanders Vows To ...": an opening
		 * phrase, then the source. */
		s0 = ci + 1;
		for (ci = s0 + 1; ci < t->n && ci < s0 + 6 && is_word_tok(t, ci) &&
		                  (t->v[ci].flags & TOK_CAP) && !title_cue(c, t, ci);)
			ci++;
	}
	if (s0 == 0 && !(ci < t->n && ci < 6 && title_cue(c, t, ci))) {
		/* "Shares slip as CEO touts 'insane' demand": the source opens a
		 * clause of the headline's */
		static const char *const joins[] = {
			"after", "although", "as", "because", "but", "though", "when", "while", NULL,
		};
		size_t j = 1;
		while (j + 2 < t->n && !(is_word_tok(t, j) && !(t->v[j].flags & TOK_CAP) &&
		                         word_in(TW(j), joins) && (t->v[j + 1].flags & TOK_CAP)))
			j++;
		s0 = j + 1;
		for (ci = s0 + 1; ci < t->n && ci < s0 + 6 && is_word_tok(t, ci) &&
		                  (t->v[ci].flags & TOK_CAP) && !title_cue(c, t, ci);)
			ci++;
	}
	if (ci >= t->n || ci >= s0 + 6 || !title_cue(c, t, ci) || !(t->v[s0].flags & TOK_CAP))
		return false;
	size_t k = ci + 1;
	if (tok_is(c, t, k, "that"))
		k++;
	size_t e = t->n;
	while (e > k && !is_word_tok(t, e - 1) && !(t->v[e - 1].flags & TOK_QUOTE))
		e--;
	/* ("Chancellor Defends Tax Rise As 'Fair And Necessary'": the clause
	 * keeps the mark that closes one it holds) */
	size_t marks = 0;
	for (size_t i = k; i < e; i++)
		marks += mark_tok(c, t, i);
	/* (two words when one is quoted: "touts 'insane' demand", whose
	 * quotation is the source's) */
	if (k >= e || count_words(t, k, e) < (marks ? 2u : 3u))
		return false;
	if (marks % 2 && e < t->n && mark_tok(c, t, e))
		e++;
	Mention mn = { 0 };
	if (!mention_before(c->text, t, s0, ci, &mn) || mn.span.start != t->v[s0].start)
		if (!plain_mention(c, t, s0, ci, true, &mn))
			return false;
	Span clause = { t->v[k].start, t->v[e - 1].end };
	Span cue = { t->v[ci].start, t->v[ci].end };
	fill(it, &mn, clause, cue, 0.5);
	return true;
}

/* A headline naming someone's claim: "Fact check: Vance's claim that
 * 'millions' of immigrants voted is false" (the noun after the owner's
 * possessive, then "that"). */
static bool title_claim(const Ctx *c, const Toks *t, Item *it)
{
	for (size_t ci = 1; ci + 2 < t->n; ci++)
		if (is_word_tok(t, ci) && poss_at(c, t, ci - 1) && tok_is(c, t, ci + 1, "that") &&
		    (noun_class_at(c, t, ci) & RC_CLAUSE)) {
			size_t a = ci - 1; /* the owner's words, after a kicker's colon */
			while (a > 0 && is_word_tok(t, a - 1) && (t->v[a - 1].flags & TOK_CAP))
				a--;
			if (!noun_report(c, t, a, t->n, ci, it))
				return false;
			/* (the mark that opens a quotation the clause starts with,
			 * which the clause's span leaves out, is the clause's) */
			if (mark_tok(c, t, ci + 2) && t->v[ci + 2].end <= it->q.span.start)
				it->q.span.start = it->q.inner.start = t->v[ci + 2].start;
			return true;
		}
	return false;
}

/* A reported clause holds a quoted term whole or stays out of it: one that
 * ends inside a term ('thinks this is an episode of "Shark Tank."') goes on
 * to its closing mark; one that starts inside quoted words reports nothing
 * (false). */
static bool clause_around_term(Quote *clause, const Quote *x)
{
	if (x->span.start < clause->span.start && clause->span.start < x->span.end)
		return false;
	if (x->span.start < clause->span.end && clause->span.end < x->span.end)
		clause->span.end = clause->inner.end = x->span.end;
	return true;
}

/* The report IT has a named source and a verb of saying in the past for
 * its cue: "Carter told MPs", "the ministry said". */
static bool said_by_name(const Ctx *c, const Item *it)
{
	const char *w = c->text + it->q.cue.start;
	size_t n = it->q.cue.end - it->q.cue.start;
	return (it->mkind == MEN_NAME || it->mkind == MEN_ORG) && wordset_has(&c->e->cue_one, w, n) &&
	       n > 3 && (!memcmp(w + n - 2, "ed", 2) || !strncmp(w, "said", n) || !strncmp(w, "told", n) ||
	                 !strncmp(w, "wrote", n));
}

/* The report IT, whose source follows its clause ("CLAUSE, according to
 * X", "CLAUSE, X said"), holds the report PREV of a cue inside that clause
 * ("X plans to DO", "X is expected to DO"). */
static bool holds_report(const Ctx *c, const Quote *it, const Quote *prev)
{
	bool according = it->cue.end - it->cue.start > 9 &&
	                 word_eq(c->text + it->cue.start, 9, "according");
	if (!(according ? it->span.start <= prev->cue.start && prev->span.end <= it->span.end
	                : it->span.end <= it->cue.start && it->span.start <= prev->cue.start &&
	                          prev->cue.end <= it->span.end))
		return false;
	return prev->span.start >= it->span.start; /* read forward, or its subject raised */
}

/* Between bytes FROM and TO of the sentence T, a word that opens another
 * clause or phrase: "and", "but", "which", a verb in -ing, or a dash. */
static bool words_join(const Ctx *c, const Toks *t, size_t from, size_t to)
{
	for (size_t i = 0; i < t->n && t->v[i].start < to; i++)
		if (t->v[i].start >= from &&
		    (tok_is(c, t, i, "and") || tok_is(c, t, i, "but") || tok_is(c, t, i, "which") ||
		     ing_form(c, t, i) || dash_at(c, t, i)))
			return true;
	return false;
}

static int by_start(const void *x, const void *y)
{
	const Item *a = x, *b = y;
	return a->q.span.start < b->q.span.start ? -1 : a->q.span.start > b->q.span.start;
}

/* True when V[0, N) is in text order. */
static bool in_order(const Item *v, size_t n)
{
	for (size_t i = 1; i < n; i++)
		if (v[i - 1].q.span.start > v[i].q.span.start)
			return false;
	return true;
}

/* Appends F[0, NF) to *ITEMS (*N of them) and puts the whole in text order,
 * ties in the order they came (a stable sort by start, which qsort() gave
 * here).  Both lists are in order but for rare reports: then a merge gives
 * the same list at a fraction of a sort of every item.  It runs from the
 * ends, in the array grown in place, so no second copy of the items is
 * held.  False when out of memory (*ITEMS left as it was). */
static bool add_found(Item **items, size_t *n, Item *f, size_t nf)
{
	if (!nf)
		return true;
	/* A report found before one that starts ahead of it ("The park,
	 * which he said was closed, reopened, officials said") is put in
	 * place among the few found, by a stable insertion, rather than
	 * every item sorted for it (reports are out of order only within
	 * a sentence, which gives at most MAX_SENTENCE_REPORTS). */
	for (size_t i = 1; i < nf; i++)
		for (size_t j = i; j > 0 && f[j - 1].q.span.start > f[j].q.span.start; j--) {
			Item x = f[j];
			f[j] = f[j - 1];
			f[j - 1] = x;
		}
	bool merge = in_order(*items, *n);
	Item *w = realloc(*items, (*n + nf) * sizeof *w);
	if (!w)
		return false;
	*items = w;
	if (!merge) {
		memcpy(w + *n, f, nf * sizeof *w);
		*n += nf;
		qsort(w, *n, sizeof *w, by_start);
		return true;
	}
	size_t i = *n, j = nf, k = *n + nf;
	while (j > 0) /* the larger start last; of equal ones the found item */
		w[--k] = i > 0 && w[i - 1].q.span.start > f[j - 1].q.span.start ? w[--i] : f[--j];
	*n += nf;
	return true;
}

/* The quotations (not terms) of ITEMS[Q..N) inside SP, as the tokenizer
 * wants them. */
static bool sentence_quotes(const Item *items, size_t q, size_t n, Span sp, QuoteSpan **v,
                            size_t *nv, size_t *cap)
{
	*nv = 0;
	for (size_t k = q; k < n && items[k].q.span.start < sp.end; k++) {
		const Quote *x = &items[k].q;
		if (x->kind == QUOTE_TERM || x->kind == QUOTE_INDIRECT || x->span.end <= sp.start)
			continue;
		if (!grow(v, cap, *nv, sizeof **v))
			return false;
		(*v)[(*nv)++] = (QuoteSpan){ x->span, x->inner, items[k].single, false, false };
	}
	return true;
}

/* "The governor added:" ending paragraph PI (tokens T), a block of the
 * speaker's words after it: the next paragraph is what was said, when it
 * holds no quotation mark of its own. */
static bool colon_block(const Ctx *c, const Toks *t, size_t pi, Item *it)
{
	if (t->n < 3 || !punct_at(c, t, t->n - 1, ':'))
		return false;
	size_t ci = t->n - 2;
	unsigned cls = is_word_tok(t, ci) ? cue_class_at(c, t, ci) : 0;
	if (!(cls & RC_CLAUSE) || !wordset_has(&c->e->rep_one, TW(ci)) || bare_form(c, t, ci))
		return false;
	const Paragraph *next = article_paragraph(c->a, pi + 1);
	if (!next || next->kind != PARA_BODY)
		return false;
	Span sp = next->span;
	size_t words = 0;
	for (size_t i = sp.start; i < sp.end; i++) {
		unsigned char ch = (unsigned char)c->text[i];
		if (ch == '"' || (ch == 0xE2 && i + 2 < sp.end && (unsigned char)c->text[i + 1] == 0x80 &&
		                  ((unsigned char)c->text[i + 2] == 0x9C ||
		                   (unsigned char)c->text[i + 2] == 0x9D)))
			return false; /* (the quotation's business) */
		words += isalpha(ch) && (i == sp.start || c->text[i - 1] == ' ');
	}
	Mention mn = { 0 };
	if (words < 3 || !subject_of(c, t, 0, ci, &mn) || mn.kind == MEN_NONE)
		return false;
	while (sp.end > sp.start && strchr(" .", c->text[sp.end - 1]))
		sp.end--;
	fill(it, &mn, sp, (Span){ t->v[ci].start, t->v[ci].end }, 0.5);
	return true;
}

/* Reported clauses looked at in one sentence at the most. */
#define MAX_SENTENCE_REPORTS 16

/* Where the words of sentence S start after the dateline that may open
 * the story: "DENVER (AP) — A man has been charged ..., police said" reports
 * from "A man". */
static size_t after_dateline(const char *text, Span s)
{
	size_t agency, alen;
	size_t i = s.start + dateline_length(text + s.start, s.end - s.start, &agency, &alen);
	/* a place in capitals or an agency opens it: not "Kall -- co-editor
	 * of a book -- said" */
	size_t w = s.start;
	while (w < i && isalpha((unsigned char)text[w]))
		w++;
	if (i == s.start || !(text[s.start] == '(' || (w - s.start >= 2 &&
	                                                word_all_caps(text + s.start, w - s.start))))
		return s.start;
	while (i < s.end && (text[i] == ' ' || text[i] == '-'))
		i++;
	if (i + 3 <= s.end && !memcmp(text + i, "\xE2\x80", 2) &&
	    ((unsigned char)text[i + 2] == 0x94 || (unsigned char)text[i + 2] == 0x93))
		i += 3;
	while (i < s.end && text[i] == ' ')
		i++;
	return i < s.end ? i : s.start;
}

/* 'Q' or 'A' when the paragraph at P opens with "Q:" / "A:" (or "Q." /
 * "A.") and a space: a question or an answer of an interview. */
static char qa_mark(const char *text, Span p)
{
	if (p.end < p.start + 4 || (text[p.start] != 'Q' && text[p.start] != 'A') ||
	    (text[p.start + 1] != ':' && text[p.start + 1] != '.') || text[p.start + 2] != ' ')
		return 0;
	return text[p.start];
}

/* M names a person by a full name: "Angela Morris", not "Morris". */
static bool full_name_of(const Ctx *c, const Mention *m)
{
	return m->kind == MEN_NAME && memchr(c->text + m->name.start, ' ', m->name.end - m->name.start);
}

/* An interview laid out as questions and answers: who answers is the
 * first full name the text gives before the first question, as the
 * subject of a sentence ("Dr. Angela Morris became superintendent ...";
 * *WHO stays MEN_NONE when there is none).  False when the article has no
 * such layout or on failure (*OK false). */
static bool qa_layout(const Ctx *c, Toks *t, Mention *who, bool *ok)
{
	memset(who, 0, sizeof *who);
	size_t np = article_paragraph_count(c->a), first_q = np, answers = 0;
	for (size_t i = 0; i < np; i++) {
		char m = qa_mark(c->text, article_paragraph(c->a, i)->span);
		if (m == 'Q' && first_q == np)
			first_q = i;
		answers += m == 'A';
	}
	if (first_q == np || !answers)
		return false;
	/* a sentence's subject first; else the first full name, the
	 * headline's first ("Introducing Junior Gaspard, New CEO at
	 * Experience"), found on the same one reading of each sentence */
	Mention any = { 0 };
	for (size_t si = 0; si < article_sentence_count(c->a); si++) {
		Span sp = article_sentence(c->a, si);
		size_t pi = article_paragraph_at(c->a, sp.start);
		if (pi >= first_q)
			break;
		if (!(*ok = tokenize(c->text, sp, NULL, 0, t)))
			return false;
		Mention m = { 0 };
		if (article_paragraph(c->a, pi)->kind == PARA_BODY && t->n &&
		    mention_subject(c->text, t, 0, t->n, &m) && full_name_of(c, &m)) {
			*who = m;
			return true;
		}
		for (size_t i = 0; any.kind == MEN_NONE && i < t->n; i++)
			if ((t->v[i].flags & TOK_CAP) && mention_after(c->text, t, i, t->n, &m) &&
			    full_name_of(c, &m))
				any = m;
	}
	*who = any;
	return true;
}

/* The answer in paragraph P of an interview, WHO's words after "A:" (no
 * marks set them off: reported, as a transcript's unquoted turn is, though
 * counted among the speaker's quotations). */
static bool qa_answer(const Ctx *c, Span p, const Mention *who, Item *it)
{
	Span clause = { p.start + 3, p.end };
	while (clause.end > clause.start && c->text[clause.end - 1] == ' ')
		clause.end--;
	if (clause.end <= clause.start)
		return false;
	fill(it, who, clause, (Span){ p.start, p.start + 2 }, 0.6);
	it->turn = true;
	return true;
}

/* "attacked rivals for their donations, which he said were bribes": a
 * report whose cue is in a relative clause set off by a comma inside the
 * clause of PREV, and reports that clause's verb, ends PREV at the comma
 * (the relative clause is the second report, not the first's words).
 * True when PREV was cut. */
static bool cut_at_relative(const Ctx *c, const Toks *t, Item *prev, const Item *it)
{
	size_t ci = toks_at(t, 0, t->n, it->q.cue.start);
	if (ci >= t->n || it->q.span.start < it->q.cue.end)
		return false;
	size_t rel = relative_cut(c, t, &prev->q, ci);
	if (!rel)
		return false;
	prev->q.span.end = prev->q.inner.end = t->v[rel - 2].end;
	return true;
}

/* The sentence S[0, N) opens with a capitalized word in -ing and a
 * comma follows it (a cheap test before the words are read; opening_cue()
 * decides). */
static bool participle_first(const char *s, size_t n)
{
	if (n < 8 || s[0] < 'A' || s[0] > 'Z')
		return false;
	size_t i = 1;
	while (i < n && i < 20 && s[i] >= 'a' && s[i] <= 'z')
		i++;
	return i >= 6 && i < n && s[i] == ' ' && !memcmp(s + i - 3, "ing", 3) &&
	       memchr(s + i, ',', n - i);
}

/* False when sentence_report() and colon_block() find nothing in the
 * sentence S[0, N) unless a cue outside its quotations starts a search:
 * its first word opens none of the readings that need no cue ("According
 * to", "Asked about", "When asked", "In", a participle in capitals) and it
 * holds no colon.  True whenever unsure (a word that starts past a space,
 * say). */
static bool reads_without_cue(const char *s, size_t n)
{
	if (n == 0 || memchr(s, ':', n))
		return true;
	unsigned char c0 = (unsigned char)s[0];
	if ((unsigned)((c0 | 32) - 'a') >= 26u)
		return c0 == ' ' || c0 == '\n' || c0 == 0xC2; /* (a word after a space) */
	size_t w = 1;
	while (w < n && (unsigned)((s[w] | 32) - 'a') < 26u)
		w++;
	if (word_eq(s, w, "according") || word_eq(s, w, "asked") || word_eq(s, w, "when") ||
	    word_eq(s, w, "in"))
		return true;
	/* (opening_cue(): a capital, "ing" ending a word of six letters or
	 * more, shorter than 24; a loop, as memmem() cost more in its setup
	 * than the rest of this test) */
	if (c0 < 'A' || c0 > 'Z')
		return false;
	for (size_t i = 3; i + 3 <= (n < 24 ? n : 24); i++)
		if (s[i] == 'i' && s[i + 1] == 'n' && s[i + 2] == 'g')
			return true;
	return false;
}

/* True when every cue outside the quotations Q of the sentence SP (FIRST
 * the first) is the cue of a quotation among ITEMS[Q0, N) that ends before
 * it and is not partial ('"...," he said.', one in eight of the sentences
 * with a cue in news): whatever a reading of such a cue reports has that
 * cue, and find_indirect() drops it as the quotation's (its tests 'before'
 * and 'after' need a partial quotation or one after the cue).  Such a sentence
 * gives nothing unless it reads without a cue (reads_without_cue()) or a
 * clause found before reaches into it (which a report may cut, dropped or
 * not), so it is not tokenized. */
static bool quote_cues_only(const Ctx *c, const Item *items, size_t q0, size_t n,
                            const Quoted *q, Span sp, Span first)
{
	Span m = first;
	for (;;) {
		bool own = false;
		for (size_t k = q0; !own && k < n && items[k].q.span.start < sp.end; k++) {
			const Quote *x = &items[k].q;
			own = x->cue.start == m.start && said_before_cue(c->text, x);
		}
		if (!own)
			return false;
		if (!cue_outside(c, q, m.end, sp.end, &m))
			return true;
	}
}

bool find_indirect(const Ctx *c, Item **items, size_t *n)
{
	Items found = { 0 };
	Toks t = { .classes = &c->e->name_class };
	QuoteSpan *qv = NULL;
	size_t nqv = 0, qcap = 0;
	size_t *said = NULL, nsaid = 0, scap = 0; /* (said_cues()) */
	bool ok = true;
	size_t q = 0; /* next quotation, for skipping sentences with one */
	/* Only sentences with a cue (or opening with "According to" or "In") are
	 * tokenized and read; the cue search is one pass over the words. */
	size_t ns = article_sentence_count(c->a), lead = 0;
	while (lead < article_paragraph_count(c->a) &&
	       article_paragraph(c->a, lead)->kind != PARA_BODY)
		lead++;
	/* the paragraph of each sentence: sentences are in text order, so a
	 * cursor that only moves forward finds it (article_paragraph_at()'s
	 * answer: the first paragraph ending past the sentence start) */
	size_t pi = 0, np = article_paragraph_count(c->a);
	Mention who = { 0 };
	bool qa = qa_layout(c, &t, &who, &ok);
	size_t reread = ns; /* the sentence read again, if any (below) */
	for (size_t si = 0; ok && si < ns; si++) {
		Span sp = article_sentence(c->a, si), cm;
		while (pi < np && article_paragraph(c->a, pi)->span.end <= sp.start)
			pi++;
		const Paragraph *p = article_paragraph(c->a, pi);
		if (!p)
			continue;
		if (qa && sp.start == p->span.start && p->kind == PARA_BODY &&
		    qa_mark(c->text, p->span) == 'A') {
			Item it;
			if (qa_answer(c, p->span, &who, &it))
				ok = push_item(&found, &it);
			continue;
		}
		if (pi == lead && sp.start == p->span.start)
			sp.start = after_dateline(c->text, sp);
		if (sp.start == p->span.start && c->text[sp.start] >= 'A' && c->text[sp.start] <= 'Z' &&
		    memchr(c->text + sp.start, ':', sp.end - sp.start < 80 ? sp.end - sp.start : 80)) {
			/* NAME: WORDS, when the paragraph holds no quotation. */
			Item it;
			if (!(ok = tokenize(c->text, sp, NULL, 0, &t)))
				break;
			if (colon_lead(c, &t, p->span, &it)) {
				ok = push_item(&found, &it);
				continue;
			}
		}
		if (p->kind == PARA_TITLE) {
			/* Headlines in title case: the cue search reads lower case.
			 * Their quotations are words of the headline, but one that
			 * opened before the sentence is one token: its part after
			 * a stop inside it ("'Meth. We're On It': ...") is no
			 * clause. */
			Item it;
			while (q < *n && (*items)[q].q.span.end <= sp.start)
				q++;
			if (!(ok = sentence_quotes(*items, q, *n, sp, &qv, &nqv, &qcap)))
				break;
			while (nqv && qv[nqv - 1].span.start >= sp.start)
				nqv--;
			if (!(ok = tokenize(c->text, sp, qv, nqv, &t)))
				break;
			if (title_report(c, &t, &it) || title_claim(c, &t, &it))
				ok = push_item(&found, &it);
			continue;
		}
		size_t sn = sp.end - sp.start;
		bool opener = (sn > 13 && !memcmp(c->text + sp.start, "According to ", 13)) ||
		              (sn > 3 && !memcmp(c->text + sp.start, "In ", 3)) ||
		              (sn > 4 && !memcmp(c->text + sp.start, "Per ", 4));
		while (q < *n && (*items)[q].q.span.end <= sp.start)
			q++;
		if (!(ok = sentence_quotes(*items, q, *n, sp, &qv, &nqv, &qcap)))
			break;
		/* The cue search passes over the quotations, as sentence_report()
		 * does: a sentence whose cues are all quoted words reports
		 * nothing, and its tokens are read only where an opening or a
		 * colon may report without a cue; there the first cue anywhere
		 * starts the search, as it did (cue_outside() finds the same
		 * first cue outside them: no cue form runs over a mark). */
		bool cued = !opener && cue_outside(c, &(Quoted){ qv, nqv }, sp.start, sp.end, &cm);
		/* (an opening participle is asked of a sentence without a cue
		 * only: one with a cue is read anyway, from that cue, which
		 * sentence_report() takes past the participle as it would find
		 * it) */
		opener = opener || (!cued && participle_first(c->text + sp.start, sn));
		if (!opener && !cued && nqv && reads_without_cue(c->text + sp.start, sn))
			cued = cue_find(c->text, sp.start, sp.end, &c->e->reps, &cm);
		if (!opener && !cued)
			continue;
		if (p->kind == PARA_TITLE)
			continue;
		if (!opener && !(found.n && found.v[found.n - 1].q.span.end >= sp.start) &&
		    quote_cues_only(c, *items, q, *n, &(Quoted){ qv, nqv }, sp, cm) &&
		    !reads_without_cue(c->text + sp.start, sn))
			continue;
		if (!(ok = tokenize(c->text, sp, qv, nqv, &t)))
			break;
		Item it;
		size_t from = sp.start, reports = 0, n0 = found.n;
		/* (cues are passed over only where the last item found before
		 * the sentence ends before it, so that reading the sentence
		 * changes none of those: see the reading again below) */
		bool pass = si != reread && !(n0 && found.v[n0 - 1].q.span.end >= sp.start);
		if (pass && !(ok = said_cues(c->text, *items, q, *n, sp, &said, &nsaid, &scap)))
			break;
		Held held = { &found, n0, 0, said, pass ? nsaid : 0 };
		/* the cue found above starts the search when the tokens reach
		 * the sentence end (the same bytes were read) */
		const Span *first = cued && t.n && t.v[t.n - 1].end == sp.end ? &cm : NULL;
		/* Each clause may run to the sentence end: a sentence of
		 * thousands of cues (no prose has more than a few) would give
		 * clauses in the square of its length. */
		while (ok && t.n >= 4 && reports++ < MAX_SENTENCE_REPORTS &&
		       sentence_report(c, &t, 0, t.n, &from, first, &(Quoted){ qv, nqv },
		                       pass ? &held : NULL, &it)) {
			/* A cue that introduces a quotation reports nothing more;
			 * a quoted term is inside the clause or outside it. */
			bool quoted = false;
			/* (a phrase opening the sentence holds the quotation, not
			 * a clause it ends: 'Apple was "pulled in," Cook said') */
			bool opening = is_word_tok(&t, 0) &&
			               (opening_participle(c, &t, 0) || tok_in(c, &t, 0, RW_PREP));
			for (size_t k = q; k < *n && (*items)[k].q.span.start < sp.end; k++) {
				const Quote *x = &(*items)[k].q;
				/* (not a quotation before the source: 'Bemoaning the
				 * "phony system," Trump accused Holt of ...') */
				bool before = x->kind == QUOTE_PARTIAL && opening &&
				              it.q.mention.end > it.q.mention.start &&
				              x->span.end <= it.q.mention.start &&
				              it.q.span.start >= it.q.cue.end;
				/* (nor a quotation after the clause, past a comma and
				 * the words of another verb: "X is questioning Y,
				 * encouraging Z to ... \"Q\"") */
				bool after = x->span.start > it.q.span.end + 2 &&
				             it.q.span.start >= it.q.cue.end &&
				             words_join(c, &t, it.q.span.end, x->span.start);
				/* (but "said X was "Q" and that CLAUSE": a second
				 * clause of the cue's, past the partial quotation) */
				bool second = x->kind == QUOTE_PARTIAL && x->span.end < it.q.span.start &&
				              it.q.span.start > it.q.cue.end &&
				              second_that(c->text, x->span.end, it.q.span.start);
				quoted |= (x->cue.end > x->cue.start && x->cue.start == it.q.cue.start &&
				           !before && !after && !second &&
				           !cue_then_that(c->text, x)) ||
				          !clause_around_term(&it.q, x);
			}
			/* "He said he plans to run": a cue inside a clause
			 * already reported, with its own clause after it, is
			 * part of what was reported. */
			const Item *prev = found.n ? &found.v[found.n - 1] : NULL;
			bool nested = prev && prev->q.span.start <= it.q.cue.start &&
			              it.q.cue.end <= prev->q.span.end &&
			              it.q.span.start >= it.q.cue.end &&
			              !cut_at_relative(c, &t, &found.v[found.n - 1], &it);
			/* "Clinton plans to visit on Sunday, according to an
			 * aide" / "..., sources said": a clause that a source
			 * after it owns holds the report whose cue it holds. */
			/* (but a named source's verb of saying keeps its report
			 * beside the one of where the writer had it: "John Carter
			 * told MPs that CLAUSE, according to the Daily Mail") */
			if (!quoted && !nested && prev && prev->q.span.start >= sp.start &&
			    holds_report(c, &it.q, &prev->q)) {
				if (said_by_name(c, prev)) {
					/* (ending where the clause that holds it ends:
					 * "NAME said CLAUSE, Morrison testified") */
					Item *in = &found.v[found.n - 1];
					if (in->q.span.end > it.q.span.end)
						in->q.span.end = in->q.inner.end = it.q.span.end;
				} else {
					found.n--;
					prev = NULL; /* (dropped: nothing to report again) */
				}
			}
			/* Two cues before one clause report it once: the nearer
			 * frames it ("was ridiculed for its prediction that
			 * CLAUSE"), unless the first names its source ("Jensen
			 * Huang told analysts on a conference call that CLAUSE"). */
			bool again = prev && prev->q.span.start == it.q.span.start &&
			             prev->q.span.end == it.q.span.end;
			/* (and not a part of the same source: "Schumer's office said
			 * in a statement that" is no statement of "Schumer's") */
			bool same_source = prev && it.q.mention.start < prev->q.mention.end &&
			                   prev->q.mention.start < it.q.mention.end;
			/* (but a cue that names no source after one that does: "He
			 * said the trial was expected to last ...") */
			if (again && !quoted && !nested && !same_source && prev->mkind != MEN_NAME &&
			    prev->mkind != MEN_ORG && !(it.mkind == MEN_NONE && prev->mkind != MEN_NONE))
				found.v[found.n - 1] = it;
			else if (!quoted && !nested && !again)
				ok = push_item(&found, &it);
		}
		/* A cue passed over in a clause found may have been a report,
		 * dropped but counted in MAX_SENTENCE_REPORTS: a sentence that
		 * may have come to that many is read again (the same SI) with
		 * no cue passed over, what it found undone.  (None of 100 MB of
		 * news comes near it.) */
		if (ok && held.passed && reports + held.passed >= MAX_SENTENCE_REPORTS) {
			found.n = n0;
			reread = si--;
			continue;
		}
		if (ok && reports <= 1 && sp.end == p->span.end && colon_block(c, &t, pi, &it))
			ok = push_item(&found, &it);
	}
	toks_free(&t);
	free(qv);
	free(said);
	ok = ok && add_found(items, n, found.v, found.n);
	free(found.v);
	return ok;
}

static const ClassList clause_lists[] = {
	CLASS_LIST(clause_openers, RW_OPENER),
	CLASS_LIST(subordinators, RW_SUBORDINATOR),
	CLASS_LIST(preps, RW_PREP),
	CLASS_LIST(not_in_np, RW_NOT_IN_NP),
	CLASS_LIST(cue_aux, RW_CUE_AUX),
	CLASS_LIST(when_words, RW_WHEN),
	CLASS_LIST(about_preps, RW_ABOUT),
	CLASS_LIST(wh_words, RW_WH),
	CLASS_LIST(determiners, RW_DETERMINER),
	CLASS_LIST(poss_pronouns, RW_POSS),
	CLASS_LIST(time_joins, RW_TIME_JOIN),
	CLASS_LIST(cue_pasts, RW_CUE_PAST),
	CLASS_LIST(irregular_pasts, RW_IRREGULAR_PAST),
};
enum { NCLAUSE_LISTS = sizeof clause_lists / sizeof *clause_lists };

bool report_word_classes(WordClass *wc)
{
	return class_lists_build(wc, clause_lists, NCLAUSE_LISTS);
}

static uint32_t clause_bits(const QuoteEngine *e, const char *s, size_t n)
{
	return class_lists_of(&e->clause_class, clause_lists, NCLAUSE_LISTS, s, n);
}
