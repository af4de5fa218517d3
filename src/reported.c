/* reported.c - reported speech without quotation marks (kind indirect).
 *
 * In each sentence without a quotation, the first speech cue with a speaker
 * mention gives one statement; its span is the reported clause:
 *   X said (that) CLAUSE.            X told Y (on Friday) that CLAUSE.
 *   CLAUSE, X said.  /  CLAUSE, said X.
 *   According to X, CLAUSE.          CLAUSE, according to X.
 * The clause runs to the end of the sentence (or to the comma before a
 * trailing "according to").  Clauses shorter than three words are skipped:
 * "he said so" reports nothing one could check.
 */
#include <stdlib.h>
#include <string.h>

#include "mention.h"
#include "quotes_impl.h"

/* Cues that introduce a clause of reported speech or belief; the engine
 * compiles them into its second pattern. */
static const char *const report_cues[] = {
	"according", "according to", "accused", "accuses", "acknowledged", "acknowledges",
	"added", "addressed", "adds", "admits", "admitted", "agreed", "agrees", "alleged",
	"alleges", "announced", "announces", "applauded", "argued", "argues", "asked",
	"asks", "asserted", "asserts", "assured", "attacked", "believe", "believed",
	"believes", "blamed", "blames", "blasted", "boasted", "called", "calls", "charged",
	"cited", "cites", "claimed", "claims", "complained", "complains", "conceded",
	"concedes", "concluded", "condemned", "condemns", "confirmed", "confirms",
	"contended", "contends", "countered", "criticised", "criticized", "declared",
	"defended", "demanded", "demands", "denied", "denies", "described", "describes",
	"discussed", "dismissed", "emphasised", "emphasized", "endorsed", "estimated",
	"expected", "expects", "explained", "explains", "feared", "fears", "feels", "felt",
	"finds", "forecast", "forecasts", "found", "highlighted", "hinted", "hoped",
	"hopes", "indicated", "indicates", "informed", "insisted", "insists", "knew",
	"knows", "learned", "maintained", "maintains", "mentioned", "mocked", "noted",
	"notes", "observed", "opposed", "pledged", "pledges", "pointed", "points",
	"praised", "predicted", "predicts", "projected", "promised", "promises",
	"promoted", "proposed", "proposes", "questioned", "raised", "recalled", "recalls",
	"reiterated", "rejected", "remarked", "replied", "reported", "reports",
	"requested", "responded", "revealed", "said", "say", "says", "seeks", "showed",
	"shows", "signaled", "slammed", "sought", "stated", "stressed", "suggested",
	"suggests", "supported", "tells", "testified", "think", "thinks", "told", "touted",
	"touts", "tweeted", "urged", "urges", "vowed", "vows", "wanted", "wants", "warned",
	"warns", "welcomed", "worried", "writes", "wrote", NULL,
};

/* Phrases among the cues: their first and second words. */
static const char *const phrase_heads[] = { "according", NULL };
static const char *const phrase_seconds[] = { "to", NULL };

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
	size_t len = 16;
	for (size_t i = 0; report_cues[i]; i++)
		len += strlen(report_cues[i]) + 4;
	char *p = malloc(len);
	if (!p)
		return NULL;
	strcpy(p, "\\b(?:");
	for (size_t i = 0; report_cues[i]; i++) {
		if (i)
			strcat(p, "|");
		strcat(p, report_cues[i]);
	}
	strcat(p, ")\\b");
	return p;
}

static bool is_word_tok(const Toks *t, size_t i) { return (t->v[i].flags & TOK_WORD) != 0; }

#define TW(i) (c->text + t->v[i].start), (t->v[i].end - t->v[i].start)

static bool tok_is(const Ctx *c, const Toks *t, size_t i, const char *w)
{
	return i < t->n && is_word_tok(t, i) && word_eq(TW(i), w);
}

static bool punct_at(const Ctx *c, const Toks *t, size_t i, char p)
{
	return i < t->n && (t->v[i].flags & TOK_PUNCT) && c->text[t->v[i].start] == p;
}

static size_t count_words(const Toks *t, size_t a, size_t b)
{
	size_t n = 0;
	for (size_t i = a; i < b; i++)
		n += is_word_tok(t, i);
	return n;
}

/* The clause [A, B) trimmed of edge punctuation, as a span. */
static bool clause_span(const Toks *t, size_t a, size_t b, Span *s)
{
	while (a < b && (t->v[a].flags & TOK_PUNCT))
		a++;
	while (b > a && (t->v[b - 1].flags & TOK_PUNCT))
		b--;
	if (count_words(t, a, b) < 3)
		return false;
	*s = (Span){ t->v[a].start, t->v[b - 1].end };
	return true;
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
	it->q.confidence = conf;
	it->mkind = m->kind;
	it->name = m->name;
	it->role = m->role;
}

/* The next reported speech in the sentence of tokens [A, B), from byte
 * *FROM on; moves *FROM past its cue. */
static bool sentence_report(const Ctx *c, const Toks *t, size_t a, size_t b, size_t *pfrom,
                            Item *it)
{
	Span m;
	size_t from = *pfrom, to = t->v[b - 1].end;
	while (from < to && cue_find(c->e->indirect, c->md, c->text, from, to, &c->e->rep_one,
	                             &c->e->rep_head, &c->e->rep_second, &m)) {
		from = *pfrom = m.end;
		size_t ci = a;
		while (ci < b && t->v[ci].start < m.start)
			ci++;
		if (ci >= b || t->v[ci].start != m.start || (ci > a && cue_is_noun_here(c->text, t, ci)))
			continue;
		size_t ce = ci + 1;
		while (ce < b && t->v[ce].start < m.end)
			ce++;
		Mention mn;
		Span cue = { t->v[ci].start, t->v[ce - 1].end }, clause;
		if (tok_is(c, t, ci, "according")) {
			if (!mention_after(c->text, t, ce, b, &mn))
				continue;
			if (ci > a && punct_at(c, t, ci - 1, ',') && clause_span(t, a, ci - 1, &clause)) {
				fill(it, &mn, clause, cue, 0.7);
				return true;
			}
			size_t k = ce;
			while (k < b && !punct_at(c, t, k, ','))
				k++;
			if (ci == a && k < b && clause_span(t, k + 1, b, &clause)) {
				fill(it, &mn, clause, cue, 0.7);
				return true;
			}
			continue;
		}
		/* CLAUSE, X said.  /  CLAUSE, said X. */
		if (mention_before(c->text, t, a, ci, &mn)) {
			size_t ms = ci;
			while (ms > a && t->v[ms - 1].start >= mn.span.start)
				ms--;
			bool tail = ce >= b || punct_at(c, t, ce, '.') || punct_at(c, t, ce, ',');
			if (ms > a && punct_at(c, t, ms - 1, ',') && tail &&
			    clause_span(t, a, ms - 1, &clause)) {
				fill(it, &mn, clause, cue, 0.6);
				return true;
			}
			/* X said (that) CLAUSE / X told Y (on Friday) that CLAUSE */
			size_t k = ce;
			size_t that = b;
			for (size_t x = ce; x < b && x < ce + 10; x++)
				if (tok_is(c, t, x, "that")) {
					that = x;
					break;
				}
			if (that < b)
				k = that + 1;
			else if (tok_is(c, t, ci, "told") || tok_is(c, t, ci, "tells"))
				continue; /* told whom what: no clause found */
			if (clause_span(t, k, b, &clause)) {
				fill(it, &mn, clause, cue, 0.6);
				return true;
			}
			continue;
		}
		if (ci > a && punct_at(c, t, ci - 1, ',') && cue_can_invert(TW(ci)) &&
		    mention_after(c->text, t, ce, b, &mn) && clause_span(t, a, ci - 1, &clause)) {
			fill(it, &mn, clause, cue, 0.6);
			return true;
		}
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

static int by_start(const void *x, const void *y)
{
	const Item *a = x, *b = y;
	return a->q.span.start < b->q.span.start ? -1 : a->q.span.start > b->q.span.start;
}

bool find_indirect(const Ctx *c, Item **items, size_t *n)
{
	Items found = { 0 };
	Toks t = { 0 };
	bool ok = true;
	size_t q = 0; /* next quotation, for skipping sentences with one */
	/* One pass over the words of the text; only sentences with a cue are
	 * tokenized and read with the cue pattern. */
	Span cm;
	size_t pos = 0;
	while (ok && cue_find(c->e->indirect, c->md, c->text, pos, c->len, &c->e->rep_one,
	                      &c->e->rep_head, &c->e->rep_second, &cm)) {
		Span sp = article_sentence(c->a, article_sentence_at(c->a, cm.start));
		if (sp.start > cm.start || sp.end <= cm.start) {
			pos = cm.end; /* between sentences */
			continue;
		}
		pos = sp.end > cm.end ? sp.end : cm.end;
		const Paragraph *p = article_paragraph(c->a, article_paragraph_at(c->a, sp.start));
		if (!p || p->kind == PARA_TITLE)
			continue;
		while (q < *n && (*items)[q].q.span.end <= sp.start)
			q++;
		if (!(ok = tokenize(c->text, sp, NULL, 0, &t)))
			break;
		Item it;
		size_t from = sp.start;
		while (ok && t.n >= 4 && sentence_report(c, &t, 0, t.n, &from, &it)) {
			/* Quoted words are quotations already, and a cue that
			 * introduces a quotation reports nothing more. */
			bool quoted = false;
			for (size_t k = q; k < *n && (*items)[k].q.span.start < sp.end; k++) {
				const Quote *x = &(*items)[k].q;
				quoted |= (x->kind != QUOTE_TERM && x->span.start < it.q.span.end &&
				           x->span.end > it.q.span.start) ||
				          (x->cue.end > x->cue.start && x->cue.start == it.q.cue.start) ||
				          !clause_around_term(&it.q, x);
			}
			if (!quoted)
				ok = push_item(&found, &it);
		}
	}
	toks_free(&t);
	if (ok && found.n) {
		Item *v = realloc(*items, (*n + found.n) * sizeof *v);
		if (!v) {
			ok = false;
		} else {
			memcpy(v + *n, found.v, found.n * sizeof *v);
			*n += found.n;
			qsort(v, *n, sizeof *v, by_start);
			*items = v;
		}
	}
	free(found.v);
	return ok;
}
