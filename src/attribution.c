/* attribution.c - the cue and the speaker mention of each quotation.
 *
 * Looked for in this order, as news writes them:
 *   1. right after the quote:   "Q," NAME said / "Q," said NAME, ROLE
 *   2. before it, same sentence: NAME said: "Q" / NAME, ROLE, said "Q" /
 *      ..., saying "Q" (the participle's subject is the clause's subject)
 *   3. "Q1," he said. "Q2."   the later quote inherits in its paragraph
 *   4. the next short sentence: "Q." Tillerson said.
 *   5. a paragraph that is all quote goes on with the speaker of the quote
 *      before it, or with "X continued:" ending the previous paragraph.
 * Cues are found with the lexicon pattern; only matches outside quotation
 * marks count.
 */
#include <stdlib.h>
#include <ctype.h>
#include <string.h>

#include "dash.h"
#include "mention.h"
#include "quotes_impl.h"

/* How far after a quote its cue may stand, in tokens. */
#define RIGHT_REACH 24

/* Index of the token that starts at or after byte OFF. */
static size_t tok_at(const Toks *t, size_t off) { return toks_at(t, 0, t->n, off); }

/* Finds cues between tokens [A, B): the first (LAST false) or the last one.
 * Stores the cue's first token and the token after it. */
static bool find_cue(const Ctx *c, const Toks *t, size_t a, size_t b, bool last, size_t *ci,
                     size_t *ce)
{
	if (a >= b)
		return false;
	size_t from = t->v[a].start, to = t->v[b - 1].end;
	bool found = false;
	Span m;
	while (from < to &&
	       cue_find(c->text, from, to, &c->e->cues, &m)) {
		size_t k = tok_at(t, m.start);
		if (k < b && t->v[k].start == m.start && (t->v[k].flags & TOK_WORD) &&
		    !(k > a && cue_is_noun_here(c->text, t, k))) {
			*ci = k;
			*ce = tok_at(t, m.end);
			found = true;
			if (!last)
				return true;
		}
		from = m.end > from ? m.end : from + 1;
	}
	return found;
}

static void set_mention(Item *it, const Mention *m, const Toks *t, size_t ci, size_t ce,
                        double conf)
{
	it->q.cue = (Span){ t->v[ci].start, t->v[ce - 1].end };
	it->q.mention = m->span;
	it->mkind = m->kind;
	it->name = m->name;
	it->role = m->role;
	it->role2 = m->role2;
	it->q.confidence = conf;
	/* '"We will appeal," Kemp's office said': a statement, its cue and
	 * a subject naming no one (not 'sets called "Master Series"') */
	it->cued |= m->kind == MEN_NONE && it->q.kind == QUOTE_DIRECT;
}

void item_inherit(Item *it, const Item *from, double conf)
{
	it->q.cue = from->q.cue;
	it->q.mention = from->q.mention;
	it->mkind = from->mkind;
	it->name = from->name;
	it->role = from->role;
	it->role2 = from->role2;
	it->inherited = true;
	it->guess = from->guess; /* no surer than what it inherits */
	it->q.confidence = conf;
}

static double conf_for(MentionKind k)
{
	switch (k) {
	case MEN_NAME: case MEN_ORG: return 0.9;
	case MEN_PRONOUN: return 0.8;
	case MEN_NOMINAL: return 0.7;
	case MEN_NONE: break;
	}
	return 0.2;
}

static bool is_punct(const char *text, const Toks *t, size_t i)
{
	return (t->v[i].flags & TOK_PUNCT) && strchr(",-:;", text[t->v[i].start]) != NULL;
}

static bool dash_or_comma_only(const char *text, const Toks *t, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (!(t->v[i].flags & TOK_PUNCT))
			return false;
	(void)text;
	return true;
}

/* The first cue after a quote, once found: right_cue() looks for it twice,
 * adjacent and not, over the same tokens. */
typedef struct {
	bool known, found;
	size_t ci, ce;
} FirstCue;

/* Forms of "tell", which name who heard the words and so whose they are. */
static const char *const told_forms[] = { "tell", "telling", "tells", "told", NULL };

/* The cue at token CI is passive: "was told", "were asked", "had been
 * quoted" (not "was saying"). */
static bool passive_cue(const char *text, const Toks *t, size_t lo, size_t ci)
{
	return cue_passive_heard(text, t, lo, ci) ||
	       (ci > lo && (t->v[ci - 1].flags & TOK_WORD) &&
	        word_is_be(text + t->v[ci - 1].start, t->v[ci - 1].end - t->v[ci - 1].start) &&
	        word_eq(text + t->v[ci].start, t->v[ci].end - t->v[ci].start, "quoted"));
}

/* The agent of a passive cue ending at CE, in "by" within three words
 * before HI: "was told by a counselor". */
static bool passive_agent(const char *text, const Toks *t, size_t ce, size_t hi, Mention *m)
{
	size_t by = ce;
	while (by < hi && by < ce + 4 && !word_eq(text + t->v[by].start, t->v[by].end - t->v[by].start, "by"))
		by++;
	return by < hi && by < ce + 4 && mention_after(text, t, by + 1, hi, m) && m->kind != MEN_PRONOUN;
}

/* Token K is a word of four bytes or more ending in "ly": an adverb. */
static bool tok_ly(const char *text, const Toks *t, size_t k)
{
	return t->v[k].end - t->v[k].start > 3 && !memcmp(text + t->v[k].end - 2, "ly", 2);
}

/* 1: the cue after the quote, before the next quote or the sentence end.
 * FC holds its place once a call has looked (FC->known). */
static bool right_cue(const Ctx *c, const Toks *t, size_t qt, size_t hi, bool adjacent,
                      FirstCue *fc, Item *it)
{
	size_t lim = qt + 1 + RIGHT_REACH < hi ? qt + 1 + RIGHT_REACH : hi;
	if (!fc->known) {
		fc->found = find_cue(c, t, qt + 1, lim, false, &fc->ci, &fc->ce);
		fc->known = true;
	}
	if (!fc->found)
		return false;
	size_t ci = fc->ci, ce = fc->ce;
	Mention m = { 0 };
	const char *text = c->text;
	/* '"Q," a senior official, speaking on condition of anonymity, told
	 * reporters': a cue in -ing after a comma is an aside when a cue
	 * after the next comma reports; the mention ends before the aside */
	size_t ci2, ce2, cn = t->v[ci].end - t->v[ci].start;
	if (ci > qt + 2 && is_punct(text, t, ci - 1) && text[t->v[ci - 1].start] == ',' && cn > 4 &&
	    !memcmp(text + t->v[ci].end - 3, "ing", 3) && find_cue(c, t, ce, lim, false, &ci2, &ce2) &&
	    is_punct(text, t, ci2 - 1) && text[t->v[ci2 - 1].start] == ',' &&
	    mention_before(text, t, qt + 1, ci - 1, &m) && m.kind != MEN_PRONOUN) {
		set_mention(it, &m, t, ci2, ce2, conf_for(m.kind));
		return true;
	}
	/* '"our own struggling citizens," Melanie said yes, yes': a cue
	 * with an answer of its own after it says that, not the quote */
	static const char *const answers[] = { "no", "nothing", "something", "yes", NULL };
	if (ce < hi && (t->v[ce].flags & TOK_WORD) &&
	    word_in(text + t->v[ce].start, t->v[ce].end - t->v[ce].start, answers))
		return false;
	/* '... of "Q" in a post on X': where it was posted, not who posted
	 * it (the subject before, with the cue before, says that) */
	if (ce < hi && ce > ci + 1 && (t->v[ce].flags & TOK_WORD) &&
	    word_eq(text + t->v[ce].start, t->v[ce].end - t->v[ce].start, "on") &&
	    word_eq(text + t->v[ci].start, t->v[ci].end - t->v[ci].start, "in"))
		return false;
	/* (a participle's subject never follows it: '"Q," Benioff weighed in,
	 * telling Cook' is Benioff's, '... a "budget fantasy", claiming
	 * Labor's surplus ...' the subject's) */
	bool participle = cue_is_participle(text + t->v[ci].start, t->v[ci].end - t->v[ci].start);
	bool inverted = dash_or_comma_only(text, t, qt + 1, ci) && !participle;
	bool after_comma = ci > qt + 1 && is_punct(text, t, ci - 1);
	size_t first = qt + 1;
	while (first < ci && (t->v[first].flags & TOK_PUNCT))
		first++;
	/* '... said it was "a mistake," but she denied that ...': a clause a
	 * conjunction opens after the quote is the writer's next one, and its
	 * cue is not the quote's */
	static const char *const clause_joins[] = {
		"although", "and", "because", "but", "though", "whereas", "while", "yet", NULL,
	};
	if (!inverted && first < ci && (t->v[first].flags & TOK_WORD) &&
	    word_in(text + t->v[first].start, t->v[first].end - t->v[first].start, clause_joins))
		return false;
	/* (not one told: '"Q," the director, Sarah Clegg, told the BBC') */
	const char *cw = text + t->v[ci].start;
	size_t cwn = t->v[ci].end - t->v[ci].start;
	bool told = (report_cue_class_in(c->e, cw, cwn) & RC_TELL) && !cue_can_invert(cw, cwn);
	if ((inverted || (after_comma && !adjacent && !participle && !told)) &&
	    mention_after(text, t, ce, hi, &m) &&
	    (inverted || m.kind == MEN_NAME || m.kind == MEN_ORG)) {
		set_mention(it, &m, t, ci, ce, conf_for(m.kind));
		return true;
	}
	/* '"Q," said a bartender (who saw it).': a noun phrase in lower case
	 * whose noun the lists do not know still says who speaks (nobody
	 * named), as before the cue ('"Q," the juror said') */
	/* (or a number of them: '"Q," said 2,000 workers', 'said dozens of
	 * workers') */
	static const char *const inv_dets[] = {
		"a", "an", "another", "dozens", "hundreds", "many", "one", "several", "some", "the",
		"thousands", NULL,
	};
	if (inverted && ce + 1 < hi && (t->v[ce].flags & TOK_WORD) &&
	    (word_in(text + t->v[ce].start, t->v[ce].end - t->v[ce].start, inv_dets) ||
	     (unsigned)(text[t->v[ce].start] - '0') < 10u)) {
		size_t e = ce + 1;
		while (e < hi && e < ce + 4 && (t->v[e].flags & TOK_WORD) && !(t->v[e].flags & TOK_CAP) &&
		       !word_eq(text + t->v[e].start, t->v[e].end - t->v[e].start, "who") &&
		       !word_eq(text + t->v[e].start, t->v[e].end - t->v[e].start, "at") &&
		       !word_eq(text + t->v[e].start, t->v[e].end - t->v[e].start, "in") &&
		       !word_eq(text + t->v[e].start, t->v[e].end - t->v[e].start, "from"))
			e++;
		if (e > ce + 1 && (e == hi || !(t->v[e].flags & TOK_WORD) ||
		                   !(t->v[e].flags & TOK_CAP))) {
			m.kind = MEN_NOMINAL;
			m.span = m.role = (Span){ t->v[ce].start, t->v[e - 1].end };
			set_mention(it, &m, t, ci, ce, conf_for(m.kind) - 0.4);
			return true;
		}
	}
	/* '"Q" to Ukraine and replacing it with softer language calling for':
	 * a participle right after a noun modifies the noun, no one named
	 * (not "... before asking her", "... and then saying") */
	static const char *const joins[] = {
		"after", "again", "also", "and", "before", "but", "by", "even", "instead", "later", "not",
		"or", "still", "then", "when", "while", "without", NULL,
	};
	if (!inverted && !adjacent && participle && ci > qt + 1 && (t->v[ci - 1].flags & TOK_WORD) &&
	    !(t->v[ci - 1].flags & TOK_CAP) &&
	    !word_in(text + t->v[ci - 1].start, t->v[ci - 1].end - t->v[ci - 1].start, joins) &&
	    !tok_ly(text, t, ci - 1))
		return false;
	/* "Q," Blige sings to Clinton before asking her: the clause's subject */
	if (!inverted && !adjacent && participle) {
		if (!mention_subject(text, t, qt + 1, ci, &m))
			return false;
		set_mention(it, &m, t, ci, ce, conf_for(m.kind) - 0.1);
		return true;
	}
	/* '"Q," Smith was told (by an aide)': never the one told */
	if (!inverted && cue_passive_heard(text, t, qt + 1, ci)) {
		if (!passive_agent(text, t, ce, hi, &m))
			m = (Mention){ 0 };
		set_mention(it, &m, t, ci, ce, conf_for(m.kind) - 0.1);
		return true;
	}
	/* Adjacent: only the mention stands between the quote and the cue. */
	if (!inverted && mention_before(text, t, qt + 1, ci, &m) &&
	    (!adjacent || m.span.start <= t->v[first].start)) {
		set_mention(it, &m, t, ci, ce, conf_for(m.kind));
		return true;
	}
	/* '"Q," the juror said': a noun phrase of a few words in lower case
	 * whose noun the lists do not know still says who speaks (nobody
	 * named), and the cue is this quote's, not the speaker's before (once
	 * no cue before the quote has claimed it: 'and said, "Q," the
	 * prosecutor's office said' is his) */
	static const char *const dets[] = { "a", "an", "another", "one", "the", NULL };
	if (!inverted && !adjacent && first < ci && ci <= first + 4 && (t->v[first].flags & TOK_WORD) &&
	    word_in(text + t->v[first].start, t->v[first].end - t->v[first].start, dets)) {
		for (size_t k = first + 1; k < ci; k++)
			if (!(t->v[k].flags & TOK_WORD) || (t->v[k].flags & TOK_CAP))
				return false;
		if (ci == first + 1)
			return false;
		m.kind = MEN_NOMINAL;
		m.span = m.role = (Span){ t->v[first].start, t->v[ci - 1].end };
		set_mention(it, &m, t, ci, ce, conf_for(m.kind) - 0.4);
		return true;
	}
	return false;
}

/* From token W, one or two words of a verb, an article and one to three
 * words closing the sentence: "a dit le président.", "sagte der
 * Minister.", "deadpanned the mayor."  M becomes that noun phrase, a
 * nominal mention naming no one by itself; returns the article's token,
 * or 0 when the words are not so. */
static size_t nominal_closes(const char *text, const Toks *t, size_t w, size_t hi, Mention *m)
{
	static const char *const articles[] = {
		"das", "der", "die", "el", "il", "l'", "la", "las", "le", "les", "lo", "los", "the", NULL,
	};
	for (size_t d = w + 1; d < hi && d < w + 3; d++) {
		if (!(t->v[d].flags & TOK_WORD) || (t->v[d].flags & TOK_CAP))
			return 0;
		if (!word_in(text + t->v[d].start, t->v[d].end - t->v[d].start, articles))
			continue;
		size_t e = d + 1;
		while (e < hi && e < d + 4 && (t->v[e].flags & TOK_WORD))
			e++;
		if (e == d + 1 || (e < hi && !((t->v[e].flags & TOK_PUNCT) && strchr(".!?", text[t->v[e].start]))))
			return 0;
		memset(m, 0, sizeof *m);
		m->kind = MEN_NOMINAL;
		m->span = m->role = (Span){ t->v[d].start, t->v[e - 1].end };
		return d;
	}
	return 0;
}

/* '"Q," quipped NAME.', '«Q», a déclaré NAME.', '„Q“, sagte NAME.': a
 * statement, its comma, one to three lower-case words and a person's name
 * that closes the sentence.  The shape names the speaker even when the verb
 * is not in the lexicon (a rare one, or another language's), and it keeps
 * such a quote from going on with the speaker before it. */
static bool unknown_verb_after(const Ctx *c, const Toks *t, size_t qt, size_t hi, Item *it)
{
	const char *text = c->text;
	if (it->q.kind != QUOTE_DIRECT)
		return false;
	size_t i = qt + 1;
	bool comma = it->q.inner.end > it->q.inner.start && text[it->q.inner.end - 1] == ',';
	if (i < hi && (t->v[i].flags & TOK_PUNCT) && text[t->v[i].start] == ',') {
		comma = true;
		i++;
	}
	if (!comma)
		return false;
	size_t w = i;
	while (i < hi && i - w < 3 && (t->v[i].flags & TOK_WORD) && !(t->v[i].flags & TOK_CAP))
		i++;
	Mention m = { 0 };
	size_t d;
	if (i > w && (d = nominal_closes(text, t, w, hi, &m)) != 0) {
		set_mention(it, &m, t, w, d, 0.3); /* (the cue: the verb's words) */
		return true;
	}
	if (i == w || i >= hi || !(t->v[i].flags & TOK_CAP) || !mention_after(text, t, i, hi, &m) ||
	    m.kind != MEN_NAME || m.span.start != t->v[i].start)
		return false;
	size_t after = i;
	while (after < hi && t->v[after].start < m.span.end)
		after++;
	/* (or a few words of when before the stop: "a déclaré Emmanuel
	 * Macron lundi.", "sagte Angela Merkel am Montag.") */
	size_t stop = after;
	while (stop < hi && stop < after + 3 && (t->v[stop].flags & TOK_WORD))
		stop++;
	if (stop > after && (stop == hi || ((t->v[stop].flags & TOK_PUNCT) &&
	                                    strchr(".!?", text[t->v[stop].start]))))
		after = stop;
	if (after < hi && !((t->v[after].flags & TOK_PUNCT) && strchr(".,;!?", text[t->v[after].start])))
		return false;
	set_mention(it, &m, t, w, i, 0.5);
	return true;
}

/* "Q." ― Sonya Herridge: a name after a dash signs the quote. */
static bool dash_signature(const Ctx *c, const Toks *t, size_t qt, size_t hi, Item *it)
{
	const char *text = c->text;
	size_t i = qt + 1;
	if (i >= hi || !(t->v[i].flags & TOK_PUNCT))
		return false;
	const char *d = text + t->v[i].start;
	/* The token may be one byte at the very end of the text: compare no
	 * more than it holds. */
	size_t dl = t->v[i].end - t->v[i].start;
	bool dash = dash_len(d, dl) != 0;
	while (dash && i + 1 < hi && (t->v[i + 1].flags & TOK_PUNCT) && text[t->v[i + 1].start] == '-')
		i++;
	Mention m = { 0 };
	if (!dash || !mention_after(text, t, i + 1, hi, &m) || m.kind != MEN_NAME)
		return false;
	set_mention(it, &m, t, i, i + 1, 0.8);
	it->q.cue = (Span){ 0, 0 };
	return true;
}

/* The quotation at token X, after the sentence's first token SA, is a
 * title in the writer's words ("Tessa Lindqvist, the star of "Cold
 * Front," told Variety: "..."", "who starred in "Cold Front," said"): a
 * few capitalised words after one in lower case, which the search for the
 * next quotation's cue and subject reads past. */
static bool title_between(const Ctx *c, const Toks *t, size_t x, size_t sa)
{
	return x > sa && (t->v[x - 1].flags & TOK_WORD) &&
	       islower((unsigned char)c->text[t->v[x - 1].start]) &&
	       title_words(c->text + t->v[x].start, t->v[x].end - t->v[x].start);
}

/* The subject of "X laughed and said" (AND is the token "and" or "but"): the
 * mention right before the one or two words of the first verb, else the
 * clause's subject ("Trump bemoaned the unrest in Charlotte and said"). */
static bool coordinated_subject(const char *text, const Toks *t, size_t lo, size_t sent_lo,
                                size_t and, Mention *m)
{
	if (and > lo + 1 && mention_before(text, t, lo, and - 1, m)) {
		/* the verb's words are lower case: "sponsored by NBC News and
		 * said" has no verb after "NBC" */
		/* ("criticise Michael Oliver directly but said": an adverb
		 * alone is no verb) */
		size_t gap = 0, adverbs = 0;
		bool verb = true;
		for (size_t k = and; k-- > lo && t->v[k].start >= m->span.end;) {
			gap++;
			verb &= !(t->v[k].flags & TOK_CAP);
			adverbs += tok_ly(text, t, k);
		}
		if (gap >= 1 && gap <= 2 && verb && adverbs < gap) {
			/* ("Liu Yan said China supported dialogue and urged": a
			 * subject inside the clause another verb of saying
			 * reports is not who urged; that verb's subject is) */
			static const char *const clause_cues[] = {
				"added", "argued", "claimed", "insisted", "noted", "said", "says", "stressed",
				"warned", NULL,
			};
			size_t k = tok_at(t, m->span.start);
			if (k > lo && word_eq(text + t->v[k - 1].start, t->v[k - 1].end - t->v[k - 1].start, "that"))
				k--;
			if (k > sent_lo + 1 && (t->v[k - 1].flags & TOK_WORD) &&
			    word_in(text + t->v[k - 1].start, t->v[k - 1].end - t->v[k - 1].start, clause_cues)) {
				Mention outer = { 0 };
				if (mention_subject(text, t, sent_lo, k - 1, &outer)) {
					*m = outer;
					return true;
				}
			}
			return true;
		}
	}
	return mention_subject(text, t, sent_lo, and, m);
}

/* Token CI is a verb joined by "and" or "but" to the one before, maybe
 * over an adverb ("and says", "and then asks", "but later said"): the
 * token after the "and", or LO when there is none. */
static size_t and_before(const char *text, const Toks *t, size_t lo, size_t ci)
{
	static const char *const adverbs[] = { "again", "also", "finally", "later", "then", NULL };
	size_t i = ci;
	while (i > lo + 1 && i + 2 > ci && (t->v[i - 1].flags & TOK_WORD) &&
	       (word_in(text + t->v[i - 1].start, t->v[i - 1].end - t->v[i - 1].start, adverbs) ||
	        tok_ly(text, t, i - 1)))
		i--;
	return i > lo && (t->v[i - 1].flags & TOK_WORD) &&
	               (word_eq(text + t->v[i - 1].start, t->v[i - 1].end - t->v[i - 1].start, "and") ||
	                word_eq(text + t->v[i - 1].start, t->v[i - 1].end - t->v[i - 1].start, "but"))
	       ? i
	       : lo;
}

/* "After saying her foot was "so swollen," she was rushed to hospital": a
 * participle opening its sentence behind a subordinator (token CI, the
 * sentence from SENT_LO) has the subject of the main clause after the
 * quote QT. */
static bool opening_participle(const Ctx *c, const Toks *t, size_t sent_lo, size_t ci, size_t qt,
                               const Item *it, Mention *m)
{
	static const char *const subordinators[] = {
		"after", "before", "by", "since", "upon", "when", "while", NULL,
	};
	if (ci != sent_lo + 1 ||
	    !word_in(c->text + t->v[sent_lo].start, t->v[sent_lo].end - t->v[sent_lo].start,
	             subordinators))
		return false;
	size_t i = qt + 1;
	while (i < t->n && (t->v[i].flags & TOK_PUNCT) && c->text[t->v[i].start] == ',')
		i++;
	size_t hi = i + 8 < t->n ? i + 8 : t->n;
	/* the clause ends at the comma, after the quote or inside it */
	bool comma = i > qt + 1 ||
	             (it->q.inner.end > it->q.inner.start && c->text[it->q.inner.end - 1] == ',');
	return comma && i < t->n && mention_after(c->text, t, i, hi, m);
}

/* "Protesters marching through the streets chanted "Q"": the subject opens
 * the sentence (token SENT_LO) and a participle or "who" phrase of up to
 * eight words, without punctuation, stands between it and the cue CI. */
static bool reduced_subject(const char *text, const Toks *t, size_t sent_lo, size_t ci,
                            Mention *m)
{
	if (!mention_subject(text, t, sent_lo, ci, m) || m->kind == MEN_PRONOUN ||
	    tok_at(t, m->span.start) != sent_lo)
		return false;
	size_t k = tok_at(t, m->span.end);
	if (k >= ci || ci - k > 8)
		return false;
	for (size_t x = k; x < ci; x++)
		if (!(t->v[x].flags & TOK_WORD))
			return false;
	const char *w = text + t->v[k].start;
	size_t n = t->v[k].end - t->v[k].start;
	return (n > 4 && !memcmp(w + n - 3, "ing", 3)) || word_eq(w, n, "who");
}

/* A modal before the cue at CI: "the Commission would propose", "Moscow
 * would respond" - what someone says will happen, in their words (not
 * "Clinton once described it as "Q"", a report of hers). */
static bool modal_before(const Ctx *c, const Toks *t, size_t ci)
{
	return ci > 0 && (t->v[ci - 1].flags & TOK_WORD) &&
	       word_is_modal(c->text + t->v[ci - 1].start, t->v[ci - 1].end - t->v[ci - 1].start);
}

/* The mention M follows a cue of its own ("said the Commission would"):
 * the subject of what someone says, not of the sentence. */
static bool after_cue(const Ctx *c, const Toks *t, size_t lo, const Mention *m)
{
	size_t k = lo;
	while (k < t->n && t->v[k].start < m->span.start)
		k++;
	if (k == lo || !(t->v[k - 1].flags & TOK_WORD))
		return false;
	const char *w = c->text + t->v[k - 1].start;
	size_t n = t->v[k - 1].end - t->v[k - 1].start;
	return word_eq(w, n, "that") || wordset_has(&c->e->cue_one, w, n);
}

/* 2: the nearest cue before the quote in its sentence. */
/* Two words or more, each capitalised: a title ("Listen To The Music"),
 * which an opening "According to X," does not make speech. */
static bool title_cased(const char *text, Span s)
{
	size_t words = 0;
	for (size_t i = s.start; i < s.end; i++) {
		if (text[i] == ' ' || (i > s.start && text[i - 1] != ' '))
			continue;
		if (islower((unsigned char)text[i]))
			return false;
		words++;
	}
	return words >= 2;
}

static bool left_cue(const Ctx *c, const Toks *t, size_t lo, size_t qt, const Item *prev_in_sent,
                     size_t sent_lo, Item *it)
{
	size_t ci, ce, nci = 0, nce = 0;
	size_t hi = qt;
	const char *text = c->text;
	Mention nominal = { 0 };
	bool inner = false; /* the nominal is the subject of what a cue reports */
	/* "With leaders worried about turnout, Obama ...: "Q"": a cue inside
	 * the opening phrase does not reach past its comma. */
	size_t main = main_clause(text, t, sent_lo, qt);
	/* "According to Austin, the troops are "ready."": the cue search reads
	 * lower-case words, and this one opens the sentence (not when another
	 * cue comes before the quote: "According to Yahoo News, Clinton
	 * spokesman Jesse Lehrich said she would "sign"") */
	Mention am = { 0 };
	size_t xi, xe;
	if (sent_lo >= lo && sent_lo + 3 < qt &&
	    word_eq(text + t->v[sent_lo].start, t->v[sent_lo].end - t->v[sent_lo].start,
	            "according") &&
	    word_eq(text + t->v[sent_lo + 1].start, t->v[sent_lo + 1].end - t->v[sent_lo + 1].start,
	            "to") &&
	    !title_cased(text, it->q.inner) && !find_cue(c, t, sent_lo + 2, qt, false, &xi, &xe) &&
	    mention_after(text, t, sent_lo + 2, qt, &am) && am.kind != MEN_NONE) {
		set_mention(it, &am, t, sent_lo, sent_lo + 2, conf_for(am.kind));
		return true;
	}
	/* "The office said Halloran had spoken with him and that both leaders
	 * "remain committed"": past "and that", the quotation is in the second
	 * clause of the cue that opened the first, not of a verb inside it */
	for (size_t j = qt; j-- > lo + 2;) {
		const char *w = text + t->v[j - 1].start;
		size_t wn = t->v[j - 1].end - t->v[j - 1].start;
		if (!(t->v[j].flags & TOK_WORD) ||
		    !word_eq(text + t->v[j].start, t->v[j].end - t->v[j].start, "that") ||
		    !(word_eq(w, wn, "and") || word_eq(w, wn, "but")))
			continue;
		size_t fi, fe;
		if (find_cue(c, t, lo, j - 1, false, &fi, &fe) && fe < j - 1)
			hi = fe;
		break;
	}
	size_t first_ci = 0, first_ce = 0, ai; /* the cue nearest the quote */
	bool narrowed = false;
	for (int tries = 0; tries < 3 && find_cue(c, t, lo, hi, true, &ci, &ce); tries++) {
		Mention m = { 0 };
		/* "Pompeo said that Washington had concluded the settlements
		 * were "not inconsistent with international law"": a verb of the
		 * mind inside the clause a cue reports with "that" holds a view;
		 * the words quoted are the reporting source's (asked of the
		 * nearest cue once, then searched again before "that") */
		if (!tries && !narrowed) {
			static const char *const judged[] = { "concluded", "decided", "determined", NULL };
			const char *nw = text + t->v[ci].start;
			size_t nn = t->v[ci].end - t->v[ci].start, fi, fe;
			narrowed = true;
			if (((report_cue_class_in(c->e, nw, nn) & RC_MIND) || word_in(nw, nn, judged)) &&
			    find_cue(c, t, lo, ci, false, &fi, &fe) && fe < ci && (t->v[fe].flags & TOK_WORD) &&
			    word_eq(text + t->v[fe].start, t->v[fe].end - t->v[fe].start, "that") &&
			    !(report_cue_class_in(c->e, text + t->v[fi].start, t->v[fi].end - t->v[fi].start) &
			      RC_MIND)) {
				hi = fe;
				tries--;
				continue;
			}
		}
		/* 'said the scale Moreno described is "not remotely plausible"',
		 * 'The figure Moreno cited comes from a survey that counted
		 * "...": a name and its verb after a noun and its determiner are a
		 * clause on that noun, not what frames the quotation */
		size_t rel;
		if (reduced_relative(text, t, lo, ci, &rel)) {
			hi = rel;
			continue;
		}
		if (!tries) {
			first_ci = ci;
			first_ce = ce;
		}
		const char *cs = text + t->v[ci].start;
		size_t cn = t->v[ci].end - t->v[ci].start;
		/* (unless the quote is the cue's own object: "While protesters
		 * chanted, "Red for Ed," ..., the speaker spoke") */
		if (ci < main && !(qt == ce || (qt == ce + 1 && is_punct(text, t, ce))))
			break;
		if (word_eq(cs, cn, "according")) {
			/* ("According to AFP, one user on Weibo posted: "Q"": the
			 * source reports whose words they are) */
			if (!nominal.kind && mention_after(text, t, ce, qt, &m)) {
				set_mention(it, &m, t, ci, ce, conf_for(m.kind));
				return true;
			}
		} else if (cue_is_participle(cs, cn)) {
			/* "Xinhua quoted Transport Minister Liu Wenbo as saying that
			 * studies were "in the final stage"": the one quoted, not
			 * the outlet (a passive, "was quoted by Interfax as saying",
			 * has the one quoted for subject, found below) */
			size_t qw = ci;
			while (qw > lo && ci - qw < 10 && !word_eq(text + t->v[qw - 1].start,
			                                          t->v[qw - 1].end - t->v[qw - 1].start, "quoted"))
				qw--;
			if (ci >= lo + 3 && qw > lo && qw + 1 < ci - 1 && ci - qw < 10 &&
			    word_eq(text + t->v[ci - 1].start, t->v[ci - 1].end - t->v[ci - 1].start, "as") &&
			    !word_eq(text + t->v[qw].start, t->v[qw].end - t->v[qw].start, "by") &&
			    mention_after(text, t, qw, ci - 1, &m) && m.kind != MEN_NONE &&
			    m.kind != MEN_PRONOUN) {
				set_mention(it, &m, t, ci, ce, conf_for(m.kind) - 0.1);
				return true;
			}
			if (prev_in_sent && prev_in_sent->mkind != MEN_NONE) {
				item_inherit(it, prev_in_sent, prev_in_sent->q.confidence);
				it->q.cue = (Span){ t->v[ci].start, t->v[ce - 1].end };
				return true;
			}
			/* "..., with one former minister warning the party faces
			 * "oblivion"": the participle's own subject, after "with" */
			size_t wi = ci;
			while (wi > lo && ci - wi < 6 && (t->v[wi - 1].flags & TOK_WORD) &&
			       !word_eq(text + t->v[wi - 1].start, t->v[wi - 1].end - t->v[wi - 1].start,
			                "with"))
				wi--;
			if (wi > lo && wi < ci && (t->v[wi - 1].flags & TOK_WORD) &&
			    mention_before(text, t, wi, ci, &m) && m.kind != MEN_PRONOUN &&
			    m.span.start == t->v[wi].start) {
				set_mention(it, &m, t, ci, ce, conf_for(m.kind) - 0.1);
				return true;
			}
			/* "Netanyahu's Likud party, which tried ... by saying" */
			size_t w = ci;
			while (w > lo + 1 && !(word_eq(text + t->v[w - 1].start,
			                               t->v[w - 1].end - t->v[w - 1].start, "which") ||
			                       word_eq(text + t->v[w - 1].start,
			                               t->v[w - 1].end - t->v[w - 1].start, "who")))
				w--;
			if (w > lo + 2 && is_punct(text, t, w - 2) &&
			    mention_before(text, t, lo, w - 2, &m) && m.kind != MEN_PRONOUN) {
				set_mention(it, &m, t, ci, ce, conf_for(m.kind) - 0.1);
				return true;
			}
			if (mention_subject(text, t, sent_lo, ci, &m)) {
				set_mention(it, &m, t, ci, ce, conf_for(m.kind) - 0.1);
				return true;
			}
			if (opening_participle(c, t, sent_lo, ci, qt, it, &m)) {
				set_mention(it, &m, t, ci, ce, conf_for(m.kind) - 0.1);
				return true;
			}
		} else if ((ai = and_before(text, t, lo, ci)) > lo &&
		           coordinated_subject(text, t, lo, sent_lo, ai - 1, &m)) {
			set_mention(it, &m, t, ci, ce, conf_for(m.kind) - 0.1);
			return true;
		} else if (passive_cue(text, t, lo, ci)) {
			/* "Liu was told by a counselor that law was "Q"": who told
			 * her, when the text says; never the one told */
			if (passive_agent(text, t, ce, qt, &m)) {
				set_mention(it, &m, t, ci, ce, conf_for(m.kind) - 0.1);
				return true;
			}
			it->q.cue = (Span){ t->v[ci].start, t->v[ce - 1].end };
			it->cued = true; /* speech, by someone the text does not name */
			return false;
		} else if (mention_before(text, t, lo, ci, &m) ||
		           /* "said it was "Q"": a pronoun after the cue is its
		            * clause's subject, not the speaker */
		           (cue_can_invert(cs, cn) && mention_after(text, t, ce, qt, &m) &&
		            m.kind != MEN_PRONOUN) ||
		           (lo == sent_lo && reduced_subject(text, t, sent_lo, ci, &m))) {
			/* "Ryan said the spate of shootings demands "more listening"",
			 * "Ferrer said the Commission would propose to "Q"": a nominal
			 * subject of a verb that is not plainly one of saying, or a
			 * name's with a modal, inside what a named person says, gives
			 * way to that person ("the congressman said" stays). */
			/* (but "Smith said his lawyer had told him the deal was
			 * "dead on arrival"": a plain verb of saying, "told", makes
			 * the nominal the one whose words they are) */
			if ((m.kind == MEN_NOMINAL ||
			     ((m.kind == MEN_ORG || m.kind == MEN_NAME) && after_cue(c, t, lo, &m) &&
			      modal_before(c, t, ci))) &&
			    !nominal.kind && !cue_can_invert(cs, cn) &&
			    !(m.kind == MEN_NOMINAL && word_in(cs, cn, told_forms))) {
				nominal = m;
				nci = ci;
				nce = ce;
				inner = after_cue(c, t, lo, &m);
			} else if (!nominal.kind || (m.kind == MEN_NAME && nominal.kind != MEN_NAME) ||
			           /* "The White House said the president had spoken
			            * ... and "Q"", "Putin said that Moscow would
			            * respond "Q"": who says it */
			           (inner && (m.kind == MEN_ORG || m.kind == MEN_NAME))) {
				set_mention(it, &m, t, ci, ce, conf_for(m.kind));
				return true;
			}
		}
		hi = ci;
	}
	if (nominal.kind)
		set_mention(it, &nominal, t, nci, nce, conf_for(nominal.kind));
	else if (first_ce && first_ce + 1 == qt && (t->v[first_ce].flags & TOK_PUNCT) &&
	         (text[t->v[first_ce].start] == ':' || text[t->v[first_ce].start] == ',') &&
	         it->q.kind == QUOTE_DIRECT) {
		/* "Her aide said: "Q"", "The crowd chanted, "Q"": speech
		 * whoever the subject is, which a later step may still find */
		it->q.cue = (Span){ t->v[first_ci].start, t->v[first_ce - 1].end };
		it->cued = true;
	}
	return nominal.kind != MEN_NONE;
}

/* 4: a short next sentence that is only an attribution: "Tillerson said."
 * After a quote ending in "!" or "?" the sentence may be longer: the
 * splitter ends a sentence there, but news goes on with its speaker
 * ("Q!" Scott's niece, state Del. Marcia Price (D-Newport News), shouted). */
static bool next_sentence_cue(const Ctx *c, const Toks *t, size_t from, size_t hi, Item *it)
{
	char last = it->q.inner.end > it->q.inner.start ? c->text[it->q.inner.end - 1] : 0;
	/* After a question or an exclamation the sentence that names the
	 * speaker may go on past its cue ('"...?" He Jianxiong, the former
	 * executive director for China at the IMF, said at a Nov. 6 event in
	 * Washington'); after a statement only a short one does. */
	bool ask = last == '!' || last == '?';
	if (from >= hi || (!ask && hi - from > 12))
		return false;
	size_t lim = ask && hi - from > RIGHT_REACH ? from + RIGHT_REACH : hi;
	for (size_t i = from; i < lim; i++)
		if (t->v[i].flags & TOK_QUOTE)
			return false;
	size_t ci, ce;
	if (!find_cue(c, t, from, lim, false, &ci, &ce))
		return false;
	Mention m = { 0 };
	if (mention_before(c->text, t, from, ci, &m) || mention_after(c->text, t, ce, hi, &m)) {
		set_mention(it, &m, t, ci, ce, conf_for(m.kind) - 0.1);
		return true;
	}
	return false;
}

/* Last resort: a quote in a sentence whose subject is a person ("Reid has
 * been pounding Trump as a "con artist"", "Alverson summed it up: "..."")
 * is most likely that person's words.  Flagged as a guess: the speaker
 * resolution drops it unless the person is known. */
static void subject_guess(const Ctx *c, const Toks *t, size_t sa, size_t qt, Item *it)
{
	Mention m = { 0 };
	if (qt > sa && mention_subject(c->text, t, sa, qt, &m) &&
	    (m.kind == MEN_NAME || m.kind == MEN_PRONOUN)) {
		set_mention(it, &m, t, qt, qt + 1, 0.5);
		it->q.cue = (Span){ 0, 0 };
		it->guess = true;
	}
}

/* A quote opening its sentence after "..., Schiff said." or (GUESS) after a
 * sentence whose subject is a person ("Sen. Bernie Sanders ... identified
 * young voters' exhaustion ...").  Without GUESS only a name or a body
 * said to speak counts. */
static bool prev_sentence_cue(const Ctx *c, const Toks *t, const Item *items, size_t pa,
                              size_t sa, bool guess, Item *it)
{
	for (size_t i = pa; i < sa; i++)
		if ((t->v[i].flags & TOK_QUOTE) && items[t->v[i].quote].mkind != MEN_NONE)
			return false; /* a quotation with its own speaker: not an intro */
	size_t ci, ce, lo = sa > pa + 8 ? sa - 8 : pa;
	Mention m = { 0 };
	if (find_cue(c, t, lo, sa, true, &ci, &ce) && ce + 2 >= sa &&
	    (mention_before(c->text, t, pa, ci, &m) || mention_after(c->text, t, ce, sa, &m)) &&
	    m.kind != MEN_NOMINAL && (guess || m.kind == MEN_NAME || m.kind == MEN_ORG)) {
		set_mention(it, &m, t, ci, ce, conf_for(m.kind) - 0.2);
		return true;
	}
	if (guess && mention_subject(c->text, t, pa, sa, &m) &&
	    (m.kind == MEN_NAME || m.kind == MEN_PRONOUN)) {
		set_mention(it, &m, t, pa, pa + 1, 0.5);
		it->q.cue = (Span){ 0, 0 };
		it->guess = true;
		return true;
	}
	return false;
}

/* "Calls men derogatory names, like "pigs,"": a sentence that opens with a
 * capitalised cue has no subject written (a list of deeds, a caption).
 * "Said Smith: "Q"" names the speaker after it; otherwise the quote is
 * still speech, only its speaker is unknown.  SENT_LO is the sentence's
 * first token, QT the quote's. */
static bool opening_cue(const Ctx *c, const Toks *t, size_t sent_lo, size_t qt, Item *it)
{
	/* Nouns as often as verbs before these: "Calls for his resignation
	 * grew", "Claims that ..." */
	static const char *const not_after[] = {
		"about", "are", "by", "for", "from", "has", "have", "in", "is", "of", "on", "that",
		"to", "was", "were", NULL,
	};
	if (sent_lo + 2 > qt || !(t->v[sent_lo].flags & TOK_CAP) ||
	    !(t->v[sent_lo].flags & TOK_WORD) || !(t->v[sent_lo + 1].flags & TOK_WORD))
		return false;
	const char *w = c->text + t->v[sent_lo].start;
	size_t n = t->v[sent_lo].end - t->v[sent_lo].start;
	/* word sets and lists ignore case: "Calls" is looked up as it is */
	if (n < 3 || !memcmp(w + n - 3, "ing", 3))
		return false;
	if (!wordset_has(&c->e->cue_one, w, n) ||
	    word_in(c->text + t->v[sent_lo + 1].start,
	            t->v[sent_lo + 1].end - t->v[sent_lo + 1].start, not_after))
		return false;
	Mention m = { 0 };
	if (cue_can_invert(w, n) && mention_after(c->text, t, sent_lo + 1, qt, &m) &&
	    (m.kind == MEN_NAME || m.kind == MEN_ORG)) {
		set_mention(it, &m, t, sent_lo, sent_lo + 1, conf_for(m.kind) - 0.1);
		return true;
	}
	it->q.cue = (Span){ t->v[sent_lo].start, t->v[sent_lo].end };
	it->cued = true;
	it->q.confidence = 0.3;
	return true;
}

/* Token range [*A, *B) of the sentences from the one holding byte START to
 * the one holding byte END - 1. */
static void sentence_tokens(const Ctx *c, const Toks *t, size_t start, size_t end, size_t *a,
                            size_t *b)
{
	Span s0 = article_sentence(c->a, article_sentence_at(c->a, start));
	Span s1 = article_sentence(c->a, article_sentence_at(c->a, end ? end - 1 : 0));
	*a = tok_at(t, s0.start < start ? s0.start : start);
	*b = tok_at(t, s1.end > end ? s1.end : end);
}

/* The first word of a cue in a headline's words (LO, TO), in any case, when
 * a name or a body opening at token LO comes before it (M): its token, else
 * 0. */
static size_t named_cue(const Ctx *c, const Toks *t, size_t lo, size_t to, Mention *m)
{
	for (size_t k = lo + 1; k < to; k++) {
		if (!(t->v[k].flags & TOK_WORD) ||
		    !wordset_has(&c->e->cue_one, c->text + t->v[k].start, t->v[k].end - t->v[k].start))
			continue;
		return mention_before(c->text, t, lo, k, m) && (m->kind == MEN_NAME || m->kind == MEN_ORG) &&
		               m->span.start == t->v[lo].start
		               ? k
		               : 0;
	}
	return 0;
}

/* "Obama admits US gun laws are his 'biggest frustration'", "Trump Says
 * Media Is 'Rigged'": in a headline, the name that opens it, right before
 * a verb of saying written in either case, says the quote [LO, QT) - not
 * one in a question it asks ("Mom Asks Why He Avoids ..."). */
static bool headline_cue(const Ctx *c, const Toks *t, size_t lo, size_t qt, Item *it)
{
	static const char *const questions[] = {
		"how", "if", "what", "when", "where", "whether", "which", "who", "why", NULL,
	};
	Mention m = { 0 };
	size_t k = named_cue(c, t, lo, qt < lo + 6 ? qt : lo + 6, &m);
	if (!k)
		return false;
	for (size_t w = k + 1; w < qt; w++)
		if ((t->v[w].flags & TOK_WORD) &&
		    word_in(c->text + t->v[w].start, t->v[w].end - t->v[w].start, questions))
			return false;
	set_mention(it, &m, t, k, k + 1, 0.7);
	return true;
}

/* "'We Will Win,' Trump Says After Debate": a name and a cue right after
 * the headline's quote at QT (past its comma), in title case as headlines
 * write them, which the cue search of the body does not read. */
static bool headline_cue_after(const Ctx *c, const Toks *t, size_t qt, size_t hi, Item *it)
{
	size_t a = qt + 1;
	while (a < hi && (t->v[a].flags & TOK_PUNCT))
		a++;
	Mention m = { 0 };
	size_t k = named_cue(c, t, a, hi < a + 5 ? hi : a + 5, &m);
	if (!k)
		return false;
	set_mention(it, &m, t, k, k + 1, 0.7);
	return true;
}

/* '"WALLACE: Let's start ...', a turn of a transcript quoted whole
 * (quote_scan.c splits it): its speaker is the label between the opening
 * mark and the words, the colon its cue.  A label in capitals is a person
 * ("TAPPER"), not the initials of a body. */
static bool label_turn(const Ctx *c, Toks *scratch, Item *it)
{
	const char *text = c->text;
	Span q = it->q.span, in = it->q.inner;
	if (in.start < q.start + 4 || text[in.start - 2] != ':' || text[in.start - 1] != ' ')
		return false;
	size_t ls = q.start;
	while (ls < in.start && !(text[ls] >= 'A' && text[ls] <= 'Z'))
		ls++;
	Mention m = { 0 };
	if (ls + 2 >= in.start || !tokenize(text, (Span){ ls, in.start - 2 }, NULL, 0, scratch) ||
	    !scratch->n || !mention_before(text, scratch, 0, scratch->n, &m))
		return false;
	if (m.kind == MEN_ORG && scratch->n == 1) {
		m.kind = MEN_NAME;
		m.name = m.span;
	}
	if (m.kind != MEN_NAME && m.kind != MEN_ORG) /* ("THE COURT:") */
		return false;
	set_mention(it, &m, scratch, 0, scratch->n, 0.8);
	it->q.cue = (Span){ in.start - 2, in.start - 1 };
	it->turn = true;
	return true;
}

/* "Alverson summed it up:", "Buckley, who phoned in from the set, had a
 * similar experience:" - with no verb of saying, the subject of the words
 * [A, B) before a colon introduces the quote after it. */
static bool subject_intro(const Ctx *c, const Toks *t, size_t a, size_t b, Item *it)
{
	Mention m = { 0 };
	if (!mention_subject(c->text, t, a, b, &m) ||
	    !(m.kind == MEN_NAME || m.kind == MEN_PRONOUN || m.kind == MEN_ORG))
		return false;
	/* (not when a clause with a subject of its own ends at the colon:
	 * "She became so upset that I had to change my answer:") */
	for (size_t k = tok_at(t, m.span.end); k < b; k++) {
		const char *w = c->text + t->v[k].start;
		size_t wn = t->v[k].end - t->v[k].start;
		if ((t->v[k].flags & TOK_WORD) && word_is_pronoun(w, wn) &&
		    !(wn == 2 && !strncasecmp(w, "it", 2)))
			return false;
	}
	set_mention(it, &m, t, a, a + 1, 0.5);
	it->q.cue = (Span){ 0, 0 };
	it->guess = m.kind == MEN_NAME;
	return true;
}

/* "... how the website rated this statement by Trump on June 11:", "a
 * tweet from the senator:": words said by someone named after the noun for
 * them, in the words [A, B) before a colon that introduce the quote. */
static bool said_by(const Ctx *c, const Toks *t, size_t a, size_t b, Item *it)
{
	static const char *const said[] = {
		"answer", "claim", "comment", "comments", "message", "post", "remark", "remarks",
		"reply", "response", "speech", "statement", "testimony", "tweet", "words", NULL,
	};
	for (size_t k = a; k + 2 < b; k++) {
		if (!(t->v[k].flags & TOK_WORD) ||
		    !word_in(c->text + t->v[k].start, t->v[k].end - t->v[k].start, said) ||
		    !(t->v[k + 1].flags & TOK_WORD))
			continue;
		const char *w = c->text + t->v[k + 1].start;
		size_t wn = t->v[k + 1].end - t->v[k + 1].start;
		Mention m = { 0 };
		if (((wn == 2 && !memcmp(w, "by", 2)) || (wn == 4 && !memcmp(w, "from", 4))) &&
		    mention_after(c->text, t, k + 2, b, &m) &&
		    (m.kind == MEN_NAME || m.kind == MEN_ORG)) {
			set_mention(it, &m, t, k, k + 1, conf_for(m.kind) - 0.2);
			return true;
		}
	}
	return false;
}

/* The speaker introduced at the end of paragraph PI ("Caddell continued:"). */
static bool colon_intro(const Ctx *c, Toks *scratch, size_t pi, Item *it)
{
	Span p = article_paragraph(c->a, pi)->span;
	if (p.end == p.start || c->text[p.end - 1] != ':')
		return false;
	Span s = article_sentence(c->a, article_sentence_at(c->a, p.end - 1));
	if (!tokenize(c->text, s, NULL, 0, scratch) || scratch->n < 2)
		return false;
	size_t ci, ce;
	Mention m = { 0 };
	if (find_cue(c, scratch, 0, scratch->n, true, &ci, &ce) &&
	    (mention_before(c->text, scratch, 0, ci, &m) ||
	     mention_after(c->text, scratch, ce, scratch->n - 1, &m))) {
		set_mention(it, &m, scratch, ci, ce, conf_for(m.kind) - 0.1);
		return true;
	}
	return said_by(c, scratch, 0, scratch->n - 1, it) ||
	       subject_intro(c, scratch, 0, scratch->n - 1, it);
}

/* TEXT[S) holds a double quotation mark, straight or curly. */
static bool double_mark_in(const char *text, Span s)
{
	for (size_t i = s.start; i < s.end; i++)
		if (text[i] == '"' || ((unsigned char)text[i] == 0xE2 && i + 2 < s.end &&
		                       (unsigned char)text[i + 1] == 0x80 &&
		                       ((unsigned char)text[i + 2] == 0x9C ||
		                        (unsigned char)text[i + 2] == 0x9D)))
			return true;
	return false;
}

/* 'Sokolova laughs when she hears that. She has heard it before. [new
 * paragraph] "Maybe they are right."': a paragraph that opens with a
 * quotation nobody is said to speak, after a paragraph PI of narration with
 * no quotation whose first sentence opens with a person's name, goes on
 * with that person (a guess, which the name must back). */
static bool narration_subject(const Ctx *c, Toks *scratch, size_t pi, Item *it)
{
	Span p = article_paragraph(c->a, pi)->span;
	if (p.end == p.start || article_paragraph(c->a, pi)->kind != PARA_BODY)
		return false;
	if (double_mark_in(c->text, p))
		return false;
	Span s = article_sentence(c->a, article_sentence_at(c->a, p.start));
	if (!tokenize(c->text, s, NULL, 0, scratch) || scratch->n < 3)
		return false;
	Mention m = { 0 };
	if (!mention_subject(c->text, scratch, 0, scratch->n, &m) || m.kind != MEN_NAME ||
	    m.span.start != s.start)
		return false;
	/* (and every cue in the sentence is that person's: not "Chief Joe
	 * Tyler stood by as his deputy described ...") */
	size_t ci, ce;
	for (size_t from = 0; from < scratch->n &&
	                      find_cue(c, scratch, from, scratch->n, false, &ci, &ce);
	     from = ce) {
		Mention cm = { 0 };
		if (!mention_before(c->text, scratch, 0, ci, &cm) || cm.span.start != m.span.start)
			return false;
	}
	set_mention(it, &m, scratch, 0, 1, 0.5);
	it->q.cue = (Span){ 0, 0 };
	it->guess = true;
	return true;
}

/* 'Ortiz described an operation at war with itself. [new paragraph]
 * "There were days ..."': a paragraph that opens with a quotation nobody
 * is said to speak goes on with the person whose words the last sentence
 * of paragraph PI reports, when that sentence quotes nothing itself. */
static bool para_intro(const Ctx *c, Toks *scratch, size_t pi, Item *it)
{
	Span p = article_paragraph(c->a, pi)->span;
	if (p.end == p.start)
		return false;
	Span s = article_sentence(c->a, article_sentence_at(c->a, p.end - 1));
	if (double_mark_in(c->text, s))
		return false;
	if (!tokenize(c->text, s, NULL, 0, scratch) || scratch->n < 3)
		return false;
	size_t ci, ce;
	Mention m = { 0 };
	if (!find_cue(c, scratch, 0, scratch->n, false, &ci, &ce))
		return false;
	if (!mention_before(c->text, scratch, 0, ci, &m) || m.kind != MEN_NAME) {
		/* "Chief Joe Tyler stood at the edge of the hillside and
		 * described what his crews faced": the sentence's subject, its
		 * verbs joined, with no clause of another subject between */
		memset(&m, 0, sizeof m);
		if (!mention_subject(c->text, scratch, 0, ci, &m) || m.kind != MEN_NAME)
			return false;
		static const char *const clause_words[] = {
			"after", "although", "as", "because", "before", "if", "since", "that", "though",
			"when", "which", "while", "who", "whom", NULL,
		};
		for (size_t k = tok_at(scratch, m.span.end); k < ci; k++) {
			const char *w = c->text + scratch->v[k].start;
			size_t wn = scratch->v[k].end - scratch->v[k].start;
			if ((scratch->v[k].flags & TOK_WORD) &&
			    ((word_is_pronoun(w, wn) && !word_is_owner(w, wn)) || word_in(w, wn, clause_words)))
				return false;
		}
	}
	set_mention(it, &m, scratch, ci, ce, 0.5);
	return true;
}

/* A cue word and a comma or a colon right before the quote at token QT,
 * after LO: "he said, "Q"", "She added: "Q"". */
static bool cue_right_before(const Ctx *c, const Toks *t, size_t lo, size_t qt)
{
	return qt >= lo + 3 && (t->v[qt - 1].flags & TOK_PUNCT) &&
	       (c->text[t->v[qt - 1].start] == ',' || c->text[t->v[qt - 1].start] == ':') &&
	       (t->v[qt - 2].flags & TOK_WORD) &&
	       wordset_has(&c->e->cue_one, c->text + t->v[qt - 2].start,
	                   t->v[qt - 2].end - t->v[qt - 2].start);
}

enum { SENTENCE_REACH = 160 };

bool attribute(const Ctx *c, Item *items, size_t n)
{
	/* Quotation spans as the tokenizer wants them. */
	QuoteSpan *qs = malloc((n ? n : 1) * sizeof *qs);
	if (!qs)
		return false;
	for (size_t i = 0; i < n; i++)
		qs[i] = (QuoteSpan){ items[i].q.span, items[i].q.inner, items[i].single, false, false };
	Toks t = { .classes = &c->e->name_class }, scratch = { .classes = &c->e->name_class };
	bool ok = true;
	size_t i = 0;
	size_t last_attr_para = (size_t)-1;
	const Item *last_attr = NULL;
	size_t first = 0; /* qs[0, first) end before the paragraph: r.start only grows */
	while (ok && i < n) {
		size_t pi = article_paragraph_at(c->a, items[i].q.span.start);
		const Paragraph *p = article_paragraph(c->a, pi);
		/* A quotation over several paragraphs ends in a later one. */
		Span r = p->span;
		size_t j = i;
		while (j < n && items[j].q.span.start < r.end) {
			if (items[j].q.span.end > r.end)
				r.end = article_paragraph(c->a, article_paragraph_at(c->a, items[j].q.span.end - 1))->span.end;
			j++;
		}
		while (first < n && qs[first].span.end <= r.start)
			first++;
		if (!(ok = tokenize_from(c->text, r, qs, n, first, &t)))
			break;
		for (size_t k = i; k < j; k++) {
			Item *it = &items[k];
			if (it->q.kind == QUOTE_INDIRECT || it->q.kind == QUOTE_TERM)
				continue;
			size_t qt = tok_at(&t, it->q.span.start);
			if (qt >= t.n || !(t.v[qt].flags & TOK_QUOTE))
				continue;
			size_t sa, sb;
			sentence_tokens(c, &t, it->q.span.start, it->q.span.end, &sa, &sb);
			/* Attribution lives near its quote; bounding the window keeps a
			 * run-on "sentence" of thousands of marks linear. */
			if (qt > sa + SENTENCE_REACH)
				sa = qt - SENTENCE_REACH;
			size_t next = sb; /* where the next sentence starts */
			if (sb > qt + SENTENCE_REACH)
				sb = qt + SENTENCE_REACH;
			size_t lo = sa, hi = sb;
			const Item *prev_in_sent = NULL;
			/* (a title, a term, is the writer's word and bounds no
			 * statement: 'tells MSNBC's "Morning Joe" that "..."') */
			for (size_t x = sa; x < qt; x++)
				if ((t.v[x].flags & TOK_QUOTE) && !title_between(c, &t, x, sa) &&
				    items[t.v[x].quote].q.kind != QUOTE_TERM) {
					lo = x + 1;
					prev_in_sent = &items[t.v[x].quote];
				}
			for (size_t x = qt + 1; x < sb; x++)
				if (t.v[x].flags & TOK_QUOTE) {
					hi = x;
					break;
				}
			bool done = false;
			FirstCue fc = { false, false, 0, 0 };
			if (it->q.kind == QUOTE_HEADLINE) {
				/* NAME: 'Q' (not a kicker, "Review: 'The Salt Road' is
				 * ...", "Theater Review:", "Exclusive:", which labels the
				 * story) */
				static const char *const kickers[] = {
					"analysis", "breaking", "comment", "editorial", "exclusive", "excerpt",
					"explainer", "interview", "letters", "live", "obituary", "opinion", "podcast",
					"review", "update", "video", "watch", NULL,
				};
				Mention m = { 0 };
				if (qt > lo + 1 && c->text[t.v[qt - 1].start] == ':' &&
				    !((t.v[qt - 2].flags & TOK_WORD) &&
				      word_in(c->text + t.v[qt - 2].start, t.v[qt - 2].end - t.v[qt - 2].start,
				              kickers)) &&
				    mention_before(c->text, &t, lo, qt - 1, &m) && m.kind != MEN_PRONOUN) {
					set_mention(it, &m, &t, qt - 1, qt, 0.8);
					it->q.cue = (Span){ 0, 0 };
				} else if (!headline_cue(c, &t, lo, qt, it)) {
					headline_cue_after(c, &t, qt, hi, it);
				}
				continue;
			}
			/* 'he said, "Q," the prosecutor's office said': the cue
			 * right before the quote names who spoke it; the one after
			 * names who relates that he did.  (Asked once: the steps
			 * after it write nothing when they fail, so a second ask
			 * below would find the same.) */
			bool left_first = cue_right_before(c, &t, lo, qt);
			done = label_turn(c, &scratch, it) ||
			       (left_first && left_cue(c, &t, lo, qt, prev_in_sent, sa, it)) ||
			       right_cue(c, &t, qt, hi, true, &fc, it) ||
			       dash_signature(c, &t, qt, t.n, it);
			/* 'Zakharova dismissed the pledge as "empty words",
			 * according to TASS', 'Kim warned that Pyongyang would
			 * "respond mercilessly," state media reported': the source
			 * after a fragment says where the writer has it from; the
			 * subject before says it */
			static const char *const relayed[] = { "according", "reported", "reports", NULL };
			const char *cw = c->text + it->q.cue.start;
			size_t cwn = 0;
			while (cwn < it->q.cue.end - it->q.cue.start && cw[cwn] != ' ')
				cwn++;
			if (done && it->q.kind == QUOTE_PARTIAL && word_in(cw, cwn, relayed) &&
			    it->q.cue.start > it->q.span.end) {
				Item alt = *it;
				/* (not when a verb "be" stands between that cue and
				 * the fragment: 'The loopholes he cited are "...,"
				 * The Hill reported' quotes The Hill) */
				/* (but a "be" inside the clause the cue reports is the
				 * clause's: 'Okafor told them that he was prepared to
				 * "stay in this fight," according to two people') */
				bool be = false, that = false;
				if (left_cue(c, &t, lo, qt, prev_in_sent, sa, &alt) && alt.mkind != MEN_NONE) {
					for (size_t x = tok_at(&t, alt.q.cue.end); !be && !that && x < qt; x++) {
						const char *w = c->text + t.v[x].start;
						size_t wn = t.v[x].end - t.v[x].start;
						that = (t.v[x].flags & TOK_WORD) && word_eq(w, wn, "that");
						be = (t.v[x].flags & TOK_WORD) && word_is_be(w, wn);
					}
					if (!be)
						*it = alt;
				}
			}
			if (!done && !left_first)
				done = left_cue(c, &t, lo, qt, prev_in_sent, sa, it);
			if (!done)
				done = right_cue(c, &t, qt, hi, false, &fc, it);
			if (!done)
				done = unknown_verb_after(c, &t, qt, hi, it);
			/* ("Said Ellis:" opens with its cue) */
			if (!done && qt > lo + 2 && c->text[t.v[qt - 1].start] == ':')
				done = (lo == sa && opening_cue(c, &t, sa, qt, it)) ||
				       said_by(c, &t, lo, qt - 1, it) || subject_intro(c, &t, lo, qt - 1, it) ||
				       /* ("Buckley, who phoned in from the set of
				        * "Fargo," had a similar experience:": a quote
				        * the sentence names, attributed to no one of
				        * its own, does not cut it) */
				       (lo > sa && prev_in_sent && (prev_in_sent->inherited ||
				                                    prev_in_sent->mkind == MEN_NONE) &&
				        subject_intro(c, &t, sa, qt - 1, it));
			if (!done && prev_in_sent && prev_in_sent->mkind != MEN_NONE) {
				item_inherit(it, prev_in_sent, prev_in_sent->q.confidence - 0.05);
				done = true;
			}
			/* A quote opening its sentence after a sentence with a cue
			 * and no quote of its own: that sentence's speaker, over the
			 * quote before in the paragraph ('"Q1," Holloway said.
			 * Asked if he agreed, Ortega laughed. "Q2."') */
			/* (read only for a quote still without a speaker: done
			 * never turns false again, so later steps need no more) */
			bool opens = !done && sa > 0 &&
			             (qt == sa || (qt == sa + 1 && (t.v[sa].flags & TOK_PUNCT)));
			size_t pa = 0, pb = 0;
			if (opens)
				sentence_tokens(c, &t, t.v[sa - 1].start, t.v[sa - 1].end, &pa, &pb);
			bool quiet = opens;
			for (size_t x = pa; quiet && x < sa; x++)
				quiet = !(t.v[x].flags & TOK_QUOTE);
			if (quiet)
				done = prev_sentence_cue(c, &t, items, pa, sa, false, it);
			/* the quote before in the paragraph, over terms ("Cia" in
			 * 'state Del. Marcia "Cia" Price') */
			size_t pk = k;
			while (pk > i && (items[pk - 1].q.kind == QUOTE_TERM ||
			                  nickname_end(c->text, items[pk - 1].q.span.start, c->len) ==
			                          items[pk - 1].q.span.end))
				pk--;
			if (!done && pk > i && items[pk - 1].mkind != MEN_NONE) {
				item_inherit(it, &items[pk - 1], items[pk - 1].q.confidence - 0.1);
				done = true;
			}
			if (!done && next < t.n) {
				size_t na, nb;
				sentence_tokens(c, &t, t.v[next].start, t.v[next].end, &na, &nb);
				done = next_sentence_cue(c, &t, na, nb, it);
			}
			/* sa > 0: a sentence that opens the text has none before it. */
			if (!done && opens)
				done = prev_sentence_cue(c, &t, items, pa, sa, true, it);
			if (!done && qt == 0 && pi > 0) {
				if (colon_intro(c, &scratch, pi - 1, it))
					it->inherited = true;
				else if ((!last_attr || last_attr_para + 1 < pi) &&
				         narration_subject(c, &scratch, pi - 1, it))
					it->inherited = true;
				else if (last_attr && last_attr_para + 2 >= pi &&
				         last_attr->q.kind != QUOTE_HEADLINE)
					item_inherit(it, last_attr, last_attr_para + 1 >= pi ? 0.6 : 0.5);
				else if (it->q.kind == QUOTE_DIRECT && para_intro(c, &scratch, pi - 1, it))
					it->inherited = true;
			}
			if (it->mkind == MEN_NONE && it->q.mention.end == it->q.mention.start &&
			    !opening_cue(c, &t, sa, qt, it))
				subject_guess(c, &t, sa, qt, it);
			if (it->mkind != MEN_NONE) {
				last_attr = it;
				last_attr_para = article_paragraph_at(c->a, it->q.span.end - 1);
			}
		}
		i = j;
	}
	toks_free(&t);
	toks_free(&scratch);
	free(qs);
	return ok;
}
