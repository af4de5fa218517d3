/* quote_kind.c - what a quotation is: a statement, a fragment, a headline
 * quote, or quoted words that are not speech (QUOTE_TERM).
 *
 * A quote that opens a sentence or follows a cue's comma or colon and starts
 * with a capital is direct; one that runs inside the writer's sentence is
 * partial.  Quotes nobody is said to speak become terms when they are short,
 * written in title case, or introduced as a name ("so-called", "dubbed",
 * "a sign reading").  Single marks in the body of an article that quotes
 * speech with double marks set off terms and titles.
 */
#include <ctype.h>
#include <string.h>

#include "bytemask.h"
#include "mention.h"
#include "quotes_impl.h"

/* Words before a quote that make it a name or a label. */
static const char *const term_markers[] = {
	"advertised", "advertising", "album", "banner", "book", "branded", "broadcast", "caption",
	"captioned", "captions", "catchphrase", "column", "documentary", "dubbed", "entitled", "episode",
	"essay", "essays", "exhibition", "film", "hashtag", "headline", "headlined", "inscribed",
	"inscription", "known", "label", "labeled", "labelled", "labels", "marked", "memoir", "moniker",
	"motto", "movie", "musical", "named", "nickname", "nicknamed", "novel", "op-ed", "opera",
	"painting", "phrase", "phrases", "placard", "placards", "podcast", "poem", "poems", "program",
	"programme", "reading", "reads", "sculpture", "series", "show", "sign", "sitcom", "slogan",
	"so-called", "song", "tagline", "taglines", "term", "terms", "thesis", "titled", "word", "words", NULL,
};

/* isalnum() and isalpha() as they answer in the C locale and the UTF-8
 * ones the program runs in (ASCII only), without a table lookup for each
 * byte of every quotation. */
static bool ascii_alnum(unsigned char b)
{
	return (unsigned)((b | 32) - 'a') < 26u || (unsigned)(b - '0') < 10u;
}

static bool ascii_alpha(unsigned char b) { return (unsigned)((b | 32) - 'a') < 26u; }

/* The last word before OFF in the same paragraph, in [*S, *E). */
static bool word_before(const char *t, size_t lo, size_t off, size_t *s, size_t *e)
{
	size_t i = off;
	while (i > lo && t[i - 1] == ' ')
		i--;
	*e = i;
	while (i > lo && (ascii_alnum((unsigned char)t[i - 1]) || t[i - 1] == '-' || t[i - 1] == '\''))
		i--;
	*s = i;
	return *e > *s;
}

/* Small words a title leaves in lower case: "Fox and Friends" - a, an, and,
 * at, by, for, in, of, on, or, the, to, with - in any case.  The word's
 * four bytes as one number (little-endian, the text padded: ARTICLE_PAD),
 * tested by a switch: count_words() asks it of every word of a
 * quotation, and a list lookup cost more than the rest of the count.
 * (B | 0x20 is a lower-case letter only for a letter B, so the case bit
 * set on every byte matches the words in any case and nothing else.) */
#define JOIN2(a, b) ((uint32_t)(a) | (uint32_t)(b) << 8)
#define JOIN3(a, b, c) (JOIN2(a, b) | (uint32_t)(c) << 16)
#define JOIN4(a, b, c, d) (JOIN3(a, b, c) | (uint32_t)(d) << 24)
static inline bool title_joiner(const char *s, size_t n)
{
	if (n - 1 >= 4) /* (n == 0 too) */
		return false;
	uint32_t w;
	memcpy(&w, s, 4);
	w = (w | 0x20202020u) & (0xFFFFFFFFu >> (32 - 8 * n));
	switch (w) {
	case 'a': case JOIN2('a', 'n'): case JOIN3('a', 'n', 'd'): case JOIN2('a', 't'):
	case JOIN2('b', 'y'): case JOIN3('f', 'o', 'r'): case JOIN2('i', 'n'): case JOIN2('o', 'f'):
	case JOIN2('o', 'n'): case JOIN2('o', 'r'): case JOIN3('t', 'h', 'e'): case JOIN2('t', 'o'):
	case JOIN4('w', 'i', 't', 'h'):
		return true;
	}
	return false;
}
#undef JOIN4

/* The end of the word from I, before END: ASCII letters and digits,
 * apostrophes, hyphens and the bytes of UTF-8 sequences, sixteen a step
 * (the text is padded, ARTICLE_PAD). */
static inline size_t word_end(const char *t, size_t i, size_t end)
{
	for (;;) {
		unsigned k = (unsigned)__builtin_ctz(~bytemask_wordnum16(t + i)); /* (16 at most) */
		i += k;
		if (k < 16 || i >= end)
			return i < end ? i : end;
	}
}

/* A count of words under way: count_words() keeps it in a local, which
 * the compiler holds in registers (through its out pointers, every byte
 * of the text was read again after each store). */
typedef struct {
	size_t n, caps;
	bool letters;
} WordCount;

/* Counts the word [B, E) of T into WC; SEND ends the quotation. */
static inline __attribute__((always_inline)) void count_word(const char *t, size_t b, size_t e,
                                                             size_t send, WordCount *wc)
{
	unsigned char c0 = (unsigned char)t[b];
	/* (a word found once is enough: most open with a letter) */
	for (size_t k = b; k < e && !wc->letters; k++)
		wc->letters = ascii_alpha((unsigned char)t[k]) || (unsigned char)t[k] >= 0x80;
	if (!title_joiner(t + b, e - b)) {
		wc->n++;
		wc->caps += c0 < 0x80 ? (unsigned)(c0 - 'A') < 26u : tok_is_cap(t + b, send - b);
	}
}

/* Words of S; *CAPS counts the capitalised ones, *LETTERS whether any
 * word has a letter.  Joiners of titles count in neither.  The count stops
 * past ENOUGH words once one had a letter: a long quotation is read whole
 * only when its share of capitals matters.
 *
 * A word is a run of the bytes word_end() takes, from its first letter,
 * digit or byte of a UTF-8 sequence (an apostrophe or a hyphen opens
 * none).  The runs are found by bit scans over the masks of 64 bytes, as
 * cue_find() finds its words: a test for each byte was most of the time
 * of a partial quotation's count.  A run that may go on past a block
 * starts the next one. */
static size_t count_words(const char *t, Span s, size_t enough, size_t *caps, bool *letters)
{
	WordCount wc = { 0, 0, false };
	for (size_t i = s.start; i < s.end && !(wc.n > enough && wc.letters);) {
		/* (64 bytes from I are there: the text is padded) */
		uint64_t w = bytemask_wordnum(t + i), open = bytemask_wordopen(t + i);
		size_t next = i + BYTEMASK_BLOCK;
		if (s.end - i < BYTEMASK_BLOCK) {
			w &= ((uint64_t)1 << (s.end - i)) - 1;
			next = s.end;
		}
		if (w >> (BYTEMASK_BLOCK - 1)) {
			if (!~w) {
				/* one run fills the block: its word read whole, from
				 * its first letter or digit */
				size_t e = word_end(t, i, s.end);
				while (i < e && (unsigned char)t[i] < 0x80 && !ascii_alnum((unsigned char)t[i]))
					i++;
				if (i < e)
					count_word(t, i, e, s.end, &wc);
				i = e;
				continue;
			}
			unsigned keep = BYTEMASK_BLOCK - (unsigned)__builtin_clzll(~w);
			next = i + keep;
			w &= ((uint64_t)1 << keep) - 1;
		}
		/* (the highest bit of W is clear: every run ends in the block,
		 * E below 64) */
		for (uint64_t o = open & w; o && !(wc.n > enough && wc.letters);) {
			unsigned b = (unsigned)__builtin_ctzll(o);
			unsigned e = b + (unsigned)__builtin_ctzll(~(w >> b));
			count_word(t, i + b, i + e, s.end, &wc);
			o &= ~(uint64_t)0 << e;
		}
		i = next;
	}
	*caps = wc.caps;
	*letters = wc.letters;
	return wc.n;
}

/* Prepositions before a title: "said on "Morning Joe"". */
static const char *const title_preps[] = {
	"at", "during", "from", "in", "into", "on", "to", "with", NULL,
};

/* Nouns after a title that say what it names: "his "Keepin' It Real" radio
 * program". */
static const char *const title_nouns[] = {
	"album", "app", "book", "brand", "broadcast", "campaign", "cast", "column",
	"competition", "conference", "contest", "documentary", "episode", "event", "exhibit",
	"exhibition", "festival", "film", "forum", "franchise", "game", "initiative", "label",
	"memoir", "movie", "musical", "novel", "podcast", "program", "programme", "rally",
	"sequel", "series", "show", "song", "soundtrack", "star", "summit", "system", "tour",
	"trailer", NULL,
};

/* People named by a title after it: "the "Pose" actor", "a "Today" host"
 * (before a quotation they are its speaker: "told the host "..."") */
static const char *const title_people[] = {
	"actor", "actress", "alum", "anchor", "author", "co-host", "co-star", "creator",
	"director", "hitmaker", "host", "producer", "rapper", "singer", "songstress", "writer", NULL,
};

static const char *const articles[] = { "a", "an", "the", NULL };

/* True when T[LO, OFF) ends with a capitalised possessive: "MSNBC's",
 * "CBS’s", "CBS'" (a network or an author owning the title that follows). */
static bool cap_possessive_before(const char *t, size_t lo, size_t off)
{
	size_t e = off;
	while (e > lo && t[e - 1] == ' ')
		e--;
	size_t q;
	if (e >= lo + 3 && t[e - 1] == 's' && t[e - 2] == '\'')
		q = e - 2;
	else if (e >= lo + 5 && t[e - 1] == 's' && !memcmp(t + e - 4, "\xE2\x80\x99", 3))
		q = e - 4;
	else if (e >= lo + 3 && t[e - 1] == '\'' && (t[e - 2] | 32) == 's' && e == off - 1)
		q = e - 1; /* (the apostrophe alone, right before the mark) */
	else if (e >= lo + 5 && !memcmp(t + e - 3, "\xE2\x80\x99", 3) && (t[e - 4] | 32) == 's' &&
	         e == off - 1)
		q = e - 3;
	else
		return false;
	size_t b = q;
	while (b > lo && t[b - 1] != ' ' && t[b - 1] != '\n')
		b--;
	return q > b && tok_is_cap(t + b, q - b);
}

/* The first word at or after OFF, before HI, in [*S, *E). */
static bool word_after(const char *t, size_t off, size_t hi, size_t *s, size_t *e)
{
	size_t i = off;
	while (i < hi && t[i] == ' ')
		i++;
	*s = i;
	while (i < hi && (ascii_alnum((unsigned char)t[i]) || t[i] == '-'))
		i++;
	*e = i;
	return *e > *s;
}

/* Where a title stands: after a preposition ("on "Morning Joe"", "an
 * episode of "The Show"", but not "warned of "..."" where a cue governs the
 * "of"), after a capitalised possessive ("MSNBC's "Morning Joe""), or before
 * a noun naming it ("the "Keepin' It Real" radio program"). */
static bool title_context(const Ctx *c, Span para, const Quote *quote)
{
	Span q = quote->span;
	const char *t = c->text;
	size_t ws, we, s2, e2;
	/* (a title names the people after it only as their modifier, with no
	 * comma: '"It Was Fun," the singer said' is the singer's) */
	bool modifier = quote->inner.end > quote->inner.start &&
	                ascii_alnum((unsigned char)t[quote->inner.end - 1]) &&
	                q.end < para.end && t[q.end] == ' ';
	/* the noun, or one modifier and the noun: "radio program" */
	for (size_t k = 0, at = q.end; k < 2 && word_after(t, at, para.end, &ws, &we); k++, at = we)
		if (word_in(t + ws, we - ws, title_nouns) ||
		    (modifier && word_in(t + ws, we - ws, title_people)))
			return true;
	if (cap_possessive_before(t, para.start, q.start))
		return true;
	if (!word_before(t, para.start, q.start, &ws, &we))
		return false;
	/* "the singing competition "I'd Do Anything"": the noun before it */
	if (word_in(t + ws, we - ws, title_nouns))
		return true;
	/* "a live show called "Ask Dr. Mike"": a thing called so (not
	 * "critics called "Reckless Spending"", people calling it that) */
	if ((word_eq(t + ws, we - ws, "called") || word_eq(t + ws, we - ws, "titled") ||
	     word_eq(t + ws, we - ws, "dubbed")) &&
	    word_before(t, para.start, ws, &s2, &e2) && islower((unsigned char)t[s2]) &&
	    !word_is_person_noun(t + s2, e2 - s2) && !word_is_pronoun(t + s2, e2 - s2) &&
	    !(e2 - s2 > 2 && !memcmp(t + e2 - 2, "ly", 2)) &&
	    !word_is_be(t + s2, e2 - s2) && !word_eq(t + s2, e2 - s2, "has") &&
	    !word_eq(t + s2, e2 - s2, "have") && !word_eq(t + s2, e2 - s2, "had"))
		return true;
	if (word_in(t + ws, we - ws, articles) && !word_before(t, para.start, ws, &ws, &we))
		return false;
	if (word_in(t + ws, we - ws, title_preps))
		return true;
	return word_eq(t + ws, we - ws, "of") && word_before(t, para.start, ws, &s2, &e2) &&
	       !wordset_has(&c->e->cue_one, t + s2, e2 - s2);
}

/* A cue among the first MAX words of T[FROM, HI): "' Dr Nair said", "' said
 * the minister", "' he added". */
static bool cue_within(const Ctx *c, size_t from, size_t hi, int max)
{
	size_t ws, we;
	for (int k = 0; k < max && word_after(c->text, from, hi, &ws, &we); k++, from = we)
		if (wordset_has(&c->e->cue_one, c->text + ws, we - ws))
			return true;
	return false;
}

/* The quotation's first word has a capital. */
static bool opens_cap(const Ctx *c, const QuoteSpan *q)
{
	size_t first = q->inner.start;
	while (first < q->inner.end && c->text[first] == ' ')
		first++;
	return first < q->inner.end && tok_is_cap(c->text + first, q->inner.end - first);
}

/* The quotation opens a sentence of its paragraph P with a capital. */
static bool sentence_opens(const Ctx *c, const Paragraph *p, const QuoteSpan *q)
{
	size_t b = q->span.start;
	while (b > p->span.start && c->text[b - 1] == ' ')
		b--;
	return b > p->span.start && strchr(".?!", c->text[b - 1]) && opens_cap(c, q);
}

/* A single-quoted statement framed as speech, which a British-style article
 * writes even where it also prints double marks (for a quote it took from a
 * letter, or for scare quotes): the quotation opens with a capital and
 * either ends in a comma, "?" or "!" with a cue right after it ("'We will
 * fight on,' Ms Price said") or follows a cue's colon ("He said: 'No.'")
 * or a cue and its comma ("Hassan said, 'No.'").
 * Terms and titles sit inside the writer's sentence and have neither. */
static bool single_speech(const Ctx *c, const Paragraph *p, const QuoteSpan *q)
{
	const char *t = c->text;
	if (!opens_cap(c, q))
		return false;
	size_t last = q->inner.end;
	while (last > q->inner.start && t[last - 1] == ' ')
		last--;
	/* (past a quotation inside that closes with it: "'They told us,
	 * "Relax,"' she says") */
	if (last > q->inner.start && t[last - 1] == '"')
		last--;
	else if (last >= q->inner.start + 3 && !memcmp(t + last - 3, "\xE2\x80\x9D", 3))
		last -= 3;
	if (last > q->inner.start && strchr(",?!", t[last - 1]) &&
	    cue_within(c, q->span.end, p->span.end, 4))
		return true;
	size_t b = q->span.start, ws, we;
	while (b > p->span.start && t[b - 1] == ' ')
		b--;
	if (b == p->span.start || (t[b - 1] != ':' && t[b - 1] != ','))
		return false;
	/* ("Hassan said, 'The commissioner has visited.'": after a comma only
	 * the cue itself, as a list of titles has commas too) */
	int words = t[b - 1] == ':' ? 3 : 1;
	b--;
	for (int k = 0; k < words && word_before(t, p->span.start, b, &ws, &we); k++, b = ws)
		if (wordset_has(&c->e->cue_one, t + ws, we - ws))
			return true;
	return false;
}

/* '"The problem," said the chair, "is that ..."': quote S[I] goes on with
 * the one before it, which ended on a comma inside its marks, in the same
 * sentence of paragraph P, past an attribution that may be long ('"It's not
 * perfect," said Sen. Susan Collins of Maine, the top Republican on the
 * Appropriations Committee, "but it keeps the government open."'). */
static bool split_statement(const Ctx *c, const Paragraph *p, const QuoteSpan *s, size_t i)
{
	if (i == 0 || s[i - 1].span.start < p->span.start || s[i - 1].inner.end == s[i - 1].inner.start ||
	    s[i].span.start - s[i - 1].span.end > 200)
		return false;
	size_t e = s[i - 1].inner.end;
	while (e > s[i - 1].inner.start && c->text[e - 1] == ' ')
		e--;
	if (c->text[e - 1] != ',')
		return false;
	for (size_t k = s[i - 1].span.end; k < s[i].span.start; k++)
		if (strchr("!?\"", c->text[k]))
			return false;
	return article_sentence_at(c->a, s[i - 1].span.end) ==
	       article_sentence_at(c->a, s[i].span.start);
}

/* '"The Salt Road," which opens in theaters Friday, follows', 'the band's
 * debut, "Lanterns," tattooed on his arm': a title set off by a comma and
 * followed by the writer's words in lower case, no cue nor a pronoun
 * that would attribute it, is named, not said. */
static bool title_set_off(const Ctx *c, const Paragraph *p, const QuoteSpan *q)
{
	const char *t = c->text;
	if (!p || !title_words(t + q->span.start, q->span.end - q->span.start))
		return false;
	size_t e = q->inner.end;
	while (e > q->inner.start && t[e - 1] == ' ')
		e--;
	size_t k = q->span.end;
	if (!(e > q->inner.start && t[e - 1] == ',') && !(k < p->span.end && t[k++] == ','))
		return false;
	if (k + 1 >= p->span.end || t[k] != ' ' || !islower((unsigned char)t[k + 1]))
		return false;
	size_t w = k + 1, we = w;
	while (we < p->span.end && isalpha((unsigned char)t[we]))
		we++;
	/* (nor a source and its cue: "''Hopefully,'' the president said") */
	return !word_is_pronoun(t + w, we - w) && !word_eq(t + w, we - w, "you") &&
	       !wordset_has(&c->e->rep_one, t + w, we - w) &&
	       !cue_within(c, q->span.end, p->span.end, 5);
}


/* 'had called "Dry Fire" "the most exciting film"', 'the jury said "The
 * Quiet Season" was', 'gave the album its "Best New Music" designation':
 * two to six words in title case right after a word of the writer's
 * sentence name a work or a label; speech after a cue follows its comma
 * or colon, or opens with words in lower case. */
static bool title_in_sentence(const Ctx *c, const Paragraph *p, const QuoteSpan *q)
{
	const char *t = c->text;
	size_t b = q->span.start;
	if (!p || b <= p->span.start + 1 || t[b - 1] != ' ' || !isalnum((unsigned char)t[b - 2]))
		return false;
	const char *s = t + q->inner.start;
	size_t n = q->inner.end - q->inner.start;
	if (!title_words(s, n))
		return false;
	const char *sp = memchr(s, ' ', n); /* (two words at least) */
	if (!sp || sp == s || sp + 1 >= s + n || sp[1] == ' ')
		return false;
	/* ('It was "Just Amazing," the singer said': a source and cue after
	 * it make it said) */
	if (cue_within(c, q->span.end, p->span.end, 4))
		return false;
	/* After a cue the words may be the speaker's ('Critics called
	 * "Reckless Spending" the theme of the year'): a title only when what
	 * was said of it follows, a quotation or its verb ('called "Dry Fire"
	 * "the most exciting film"', 'said "The Quiet Season" was') */
	size_t ws, we;
	if (!word_before(t, p->span.start, b, &ws, &we))
		return true;
	/* (past the preposition of a cue: 'warned of "Grave Consequences
	 * Ahead" if the bill fails') */
	static const char *const preps[] = { "about", "against", "of", "on", NULL };
	size_t ps, pe;
	if (word_in(t + ws, we - ws, preps) && word_before(t, p->span.start, ws, &ps, &pe) &&
	    wordset_has(&c->e->cue_one, t + ps, pe - ps))
		ws = ps, we = pe;
	if (!wordset_has(&c->e->cue_one, t + ws, we - ws))
		return true;
	size_t k = q->span.end;
	if (k + 1 >= p->span.end || t[k] != ' ')
		return false;
	static const char *const verbs[] = { "has", "is", "was", "will", "would", NULL };
	size_t e = k + 1;
	while (e < p->span.end && isalpha((unsigned char)t[e]))
		e++;
	return t[k + 1] == '"' || (k + 4 <= p->span.end && !memcmp(t + k + 1, "\xE2\x80\x9C", 3)) ||
	       word_in(t + k + 1, e - k - 1, verbs);
}

/* S[0, N), the words before a quotation that opens its paragraph, are only
 * a list's mark ("• ", "* ", "3. "): the quotation opens a sentence all the
 * same, as in a briefing's bullet lines. */
static bool bullet_mark(const char *s, size_t n)
{
	static const char *const marks[] = {
		"*", "+", "\xE2\x80\xA2", "\xC2\xB7", "\xE2\x96\xAA", "\xE2\x97\xA6", "\xE2\x80\xA3", NULL,
	};
	while (n > 0 && s[n - 1] == ' ')
		n--;
	for (size_t i = 0; marks[i]; i++)
		if (n == strlen(marks[i]) && !memcmp(s, marks[i], n))
			return true;
	size_t d = 0;
	while (d < n && d < 3 && isdigit((unsigned char)s[d]))
		d++;
	return d > 0 && d + 1 == n && (s[d] == '.' || s[d] == ')');
}

/* A subheading that quotes ("WHITAKER: 'This isn't over'"): a paragraph
 * marked as one, or one of a few capitalised words and a colon before the
 * quotation S that ends it, with no sentence of its own. */
static bool subhead_quote(const Ctx *c, const Paragraph *p, const QuoteSpan *s)
{
	if (!p || p->kind == PARA_TITLE)
		return false;
	if (p->kind == PARA_HEADING)
		return true;
	const char *x = c->text;
	size_t e = p->span.end;
	while (e > s->span.end && x[e - 1] == ' ')
		e--;
	if (e != s->span.end || s->span.start < p->span.start + 3 || x[s->span.start - 1] != ' ' ||
	    x[s->span.start - 2] != ':')
		return false;
	/* (not a cue before the colon: 'Said Ellis: "..."' is a sentence) */
	size_t words = 0;
	for (size_t i = p->span.start; i < s->span.start - 2;) {
		size_t w = i;
		while (w < s->span.start - 2 && x[w] != ' ')
			w++;
		if (!isupper((unsigned char)x[i]) || memchr(x + i, '.', w - i) ||
		    wordset_has(&c->e->rep_one, x + i, w - i) || ++words > 4)
			return false;
		i = w + 1;
	}
	return true;
}

void quote_kinds(const Ctx *c, const QuoteSpan *s, Item *items, size_t n)
{
	/* Single marks set off terms only where double marks quote speech: a
	 * British-style article quotes its speakers in single marks and keeps
	 * double ones for the odd word it quotes from a statement ("said it
	 * was "disappointed""), so where single-quoted statements outnumber
	 * double-quoted spans, single marks are its quotation marks. */
	size_t ndouble = 0, nspeech = 0;
	for (size_t i = 0; i < n; i++) {
		const Paragraph *p = article_paragraph(c->a, article_paragraph_at(c->a, s[i].span.start));
		if (p && p->kind == PARA_TITLE)
			continue;
		if (!s[i].single)
			ndouble++;
		else if (single_speech(c, p, &s[i]))
			nspeech++;
	}
	bool doubles = ndouble > 0 && ndouble >= nspeech;
	/* the paragraph whose last single quote was speech: a statement that
	 * follows it there goes on with it ("'Q1,' Dr Nair said. 'Q2.'") */
	size_t speech_para = (size_t)-1;
	for (size_t i = 0; i < n; i++) {
		Item *it = &items[i];
		memset(it, 0, sizeof *it);
		it->q.span = s[i].span;
		it->q.inner = s[i].inner;
		it->q.speaker = -1;
		it->single = s[i].single;
		it->q.confidence = 0.2;
		size_t pi = article_paragraph_at(c->a, s[i].span.start);
		const Paragraph *p = article_paragraph(c->a, pi);
		if (p && (p->kind == PARA_TITLE || subhead_quote(c, p, &s[i]))) {
			it->q.kind = QUOTE_HEADLINE;
			continue;
		}
		if (title_set_off(c, p, &s[i]) || title_in_sentence(c, p, &s[i])) {
			it->q.kind = QUOTE_TERM;
			continue;
		}
		if (s[i].single && doubles) {
			if (single_speech(c, p, &s[i]) ||
			    (pi == speech_para &&
			     (sentence_opens(c, p, &s[i]) || split_statement(c, p, s, i)))) {
				speech_para = pi;
			} else {
				speech_para = (size_t)-1;
				it->q.kind = QUOTE_TERM;
				continue;
			}
		}
		size_t b = s[i].span.start;
		while (b > p->span.start && c->text[b - 1] == ' ')
			b--;
		char before = b > p->span.start && !bullet_mark(c->text + p->span.start, b - p->span.start)
		                      ? c->text[b - 1]
		                      : '.';
		/* 'told reporters she was "nervous." "I kept wanting to ..."': a
		 * statement after a quotation that closed its sentence */
		size_t cb = b;
		if (before == '"' && cb - 1 > p->span.start)
			cb--;
		else if (cb >= p->span.start + 4 && !memcmp(c->text + cb - 3, "\xE2\x80\x9D", 3))
			cb -= 3;
		if (cb < b && cb > p->span.start && strchr(".!?", c->text[cb - 1]))
			before = '.';
		size_t first = s[i].inner.start;
		while (first < s[i].inner.end &&
		       (c->text[first] == ' ' || c->text[first] == '.' || c->text[first] == '[' ||
		        c->text[first] == '(' || c->text[first] == '\0'))
			first++;
		bool cap = first < s[i].inner.end &&
		           (tok_is_cap(c->text + first, s[i].inner.end - first) ||
		            isdigit((unsigned char)c->text[first]));
		bool stop = before == '.' || before == ',' || before == ':' || before == ';' ||
		            before == '!' || before == '?' || before == '-' || before == '\0';
		it->q.kind = cap && stop ? QUOTE_DIRECT : QUOTE_PARTIAL;
		bool dash = before == (char)0x94 || before == (char)0x93 || before == '-';
		if (dash)
			it->q.kind = cap ? QUOTE_DIRECT : QUOTE_PARTIAL;
		/* ('"Q1," the mayor said - her voice breaking - "q2"') */
		if (!cap && (before == ',' || dash) && split_statement(c, p, s, i))
			it->q.kind = QUOTE_DIRECT;
	}
}

/* Verbs of headlines that report what someone said ("Warren Hammers CEO:",
 * "Lawmakers Rip Trump As A 'Fraud'") besides the speech cues. */
static const char *const headline_verbs[] = {
	"bashes", "blasts", "brands", "chides", "decries", "defends", "denounces", "derides",
	"dismisses", "dubs", "grills", "hails", "hammers", "hits", "knocks", "labels", "lashes",
	"mocks", "pans", "praises", "rebukes", "rip", "rips", "scolds", "slam", "slams", "slates",
	"torches", "trashes", NULL,
};

/* Up to three words with no sentence mark and no pronoun in the words
 * IN: a name or a phrase, not a statement. */
static bool few_plain_words(const char *t, Span in)
{
	static const char *const persons[] = {
		"he", "her", "him", "i", "i'm", "it", "me", "my", "our", "she", "they", "us", "we",
		"you", "your", NULL,
	};
	size_t words = 0;
	for (size_t i = in.start; i < in.end;) {
		if (strchr(".!?,;:", t[i]))
			return false;
		if (!ascii_alnum((unsigned char)t[i])) {
			i++;
			continue;
		}
		size_t e = i;
		while (e < in.end && (ascii_alnum((unsigned char)t[e]) || t[e] == '\'' || t[e] == '-'))
			e++;
		if (word_in(t + i, e - i, persons) || ++words > 3)
			return false;
		i = e;
	}
	return words > 0;
}

/* A headline quote nobody says: after a preposition ("Rally To 'Reclaim Our
 * Schools'", "When It Comes To 'Fact-Checking'") in a headline with no
 * speaker's colon before it and no verb of saying anywhere. */
static bool headline_unspoken(const Ctx *c, Span title, const Item *it)
{
	const char *t = c->text;
	size_t ws, we;
	/* ... or a few words no one could have said alone, where the headline
	 * has no verb of saying either: "Man Develops 'Feather Duvet Lung'",
	 * "Is An 'Oxygen Bar' In Delhi Offering Fresh Air?" (not "'We Got
	 * Her!': Video Shows Rescue", "'He died in my hands': 3 killed") */
	bool bare = few_plain_words(t, it->q.inner);
	if (!bare && (!word_before(t, title.start, it->q.span.start, &ws, &we) ||
	              !(word_in(t + ws, we - ws, title_preps) || word_eq(t + ws, we - ws, "of") ||
	                word_eq(t + ws, we - ws, "about") || word_eq(t + ws, we - ws, "for"))))
		return false;
	if (memchr(t + title.start, ':', it->q.span.start - title.start))
		return false;
	for (size_t i = title.start; i < title.end;) {
		if (i == it->q.span.start) {
			i = it->q.span.end;
			continue;
		}
		if (!isalpha((unsigned char)t[i])) {
			i++;
			continue;
		}
		size_t e = i;
		while (e < title.end && isalpha((unsigned char)t[e]))
			e++;
		if (wordset_has(&c->e->cue_one, t + i, e - i) || word_in(t + i, e - i, headline_verbs))
			return false;
		i = e;
	}
	return true;
}

/* Works whose title follows them between commas: 'Davis' commentary,
 * "Melania, tell your story," is thoughtful'. */
static const char *const work_nouns[] = {
	"album", "article", "book", "column", "commentary", "documentary", "editorial",
	"essay", "film", "memoir", "movie", "novel", "op-ed", "play", "podcast", "poem",
	"series", "show", "song", NULL,
};

/* A quote set off by commas right after a noun naming a work: its title. */
static bool appositive_title(const char *t, Span para, const Item *it)
{
	size_t i = it->q.span.start, ws, we;
	while (i > para.start && t[i - 1] == ' ')
		i--;
	if (i == para.start || t[i - 1] != ',' || !word_before(t, para.start, i - 1, &ws, &we) ||
	    !word_in(t + ws, we - ws, work_nouns))
		return false;
	/* closed by the second comma or by the sentence's end */
	size_t e = it->q.span.end;
	char last = it->q.inner.end > it->q.inner.start ? t[it->q.inner.end - 1] : 0;
	return last == ',' || last == '.' || (e < para.end && (t[e] == ',' || t[e] == '.')) ||
	       e == para.end;
}

/* What carries sign text: '"Vote No," read a banner'. */
static const char *const sign_nouns[] = {
	"banner", "banners", "billboard", "caption", "headline", "placard", "placards",
	"poster", "posters", "shirt", "shirts", "sign", "signs", "slogan", "sticker",
	"t-shirt", "t-shirts", NULL,
};

/* '"New lower prices," reads one' / 'read a sign nearby': the words of a
 * sign or a banner, not speech. */
static bool sign_after(const char *t, Span para, Span q)
{
	size_t i = q.end, ws, we;
	while (i < para.end && (t[i] == ',' || t[i] == ' '))
		i++;
	if (!word_after(t, i, para.end, &ws, &we) ||
	    !(word_eq(t + ws, we - ws, "reads") || word_eq(t + ws, we - ws, "read")))
		return false;
	for (size_t k = 0, at = we; k < 3 && word_after(t, at, para.end, &ws, &we); k++, at = we)
		if (word_in(t + ws, we - ws, sign_nouns) || (k == 0 && word_eq(t + ws, we - ws, "one")))
			return true;
	return false;
}


/* "what's called "farmer's lung"", "is known as "the Three Amigos"": a
 * name given, not words spoken - unless a "by" names who gave it ("was
 * called "reckless" by critics"). */
static bool naming_before(const char *t, Span para, Span q)
{
	size_t ws, we, bs, be;
	if (!word_before(t, para.start, q.start, &ws, &we))
		return false;
	if (word_in(t + ws, we - ws, articles) && !word_before(t, para.start, ws, &ws, &we))
		return false;
	if (word_eq(t + ws, we - ws, "as") && word_before(t, para.start, ws, &bs, &be) &&
	    word_eq(t + bs, be - bs, "known"))
		ws = bs, we = be;
	/* "the term often used is "bird fancier's lung"", "the name was
	 * "Project Hope"": a word for a name a few words before "is" */
	if (word_eq(t + ws, we - ws, "is") || word_eq(t + ws, we - ws, "was")) {
		static const char *const name_nouns[] = {
			"label", "moniker", "motto", "name", "nickname", "phrase", "slogan", "term",
			"word", NULL,
		};
		/* (not "the word she used was": someone's word is speech) */
		static const char *const users[] = { "he", "i", "she", "they", "we", "you", NULL };
		size_t at = ws;
		for (int k = 0; k < 4 && word_before(t, para.start, at, &bs, &be); k++, at = bs) {
			if (word_in(t + bs, be - bs, users) || isupper((unsigned char)t[bs]))
				return false;
			if (word_in(t + bs, be - bs, name_nouns))
				return true;
		}
		return false;
	}
	/* "what doctors call "medical gaslighting"": the name a thing goes by
	 * among people in general (not "what he called a "brazen breach"",
	 * one speaker's words on one occasion) */
	if (word_eq(t + ws, we - ws, "call")) {
		size_t at = ws;
		for (int k = 0; k < 3 && word_before(t, para.start, at, &bs, &be); k++, at = bs) {
			if (word_eq(t + bs, be - bs, "what"))
				return k > 0;
			if (word_is_pronoun(t + bs, be - bs) || isupper((unsigned char)t[bs]))
				return false;
		}
	}
	if (!(word_eq(t + ws, we - ws, "called") || word_eq(t + ws, we - ws, "known") ||
	      word_eq(t + ws, we - ws, "named")))
		return false;
	if (!word_before(t, para.start, ws, &bs, &be))
		return false;
	/* (a contracted "is", or "become": "what has become known as the
	 * "Buffett rule"") */
	static const char *const be_words[] = { "became", "become", "becomes", "it's", "that's", "what's",
		                                NULL };
	/* word_before() stops at a curly apostrophe: "what’s" ends in "s" */
	bool be_form = word_is_be(t + bs, be - bs) || word_in(t + bs, be - bs, be_words) ||
	               (be - bs == 1 && t[bs] == 's' && bs >= para.start + 4 &&
	                !memcmp(t + bs - 3, "\xE2\x80\x99", 3));
	if (!be_form)
		return false;
	size_t as, ae;
	return !(word_after(t, q.end, para.end, &as, &ae) && word_eq(t + as, ae - as, "by"));
}

/* One letter and nothing else ("the "S" model", "a "T" shape"): a label. */
static bool one_letter(const char *t, Span inner)
{
	size_t letters = 0;
	for (size_t i = inner.start; i < inner.end && letters < 2; i++)
		letters += ascii_alnum((unsigned char)t[i]);
	return letters == 1;
}

/* '"We are ready." That was the message': a statement of a few words, a
 * sentence of its own with a pronoun for its subject, is someone's words
 * even when no one is said to speak them (not a label, "No entry."). */
static bool short_sentence(const char *t, const Item *it)
{
	static const char *const subjects[] = {
		"he", "i", "i'm", "it", "it's", "she", "that's", "they", "they're", "we", "we're",
		"you", "you're", NULL,
	};
	Span s = it->q.inner;
	while (s.end > s.start && t[s.end - 1] == ' ')
		s.end--;
	if (it->q.kind != QUOTE_DIRECT || s.end == s.start || !strchr(".!?", t[s.end - 1]))
		return false;
	size_t w = s.start, n = 0;
	bool subject = false;
	for (size_t i = s.start; i <= s.end; i++)
		if (i == s.end || strchr(" .,!?", t[i])) {
			subject |= i > w && word_in(t + w, i - w, subjects);
			n += i > w;
			w = i + 1;
		}
	return subject && n >= 3;
}

/* '"Wild Rose" is now available on DVD', '"The Crown" returns in
 * November': a quotation in capitals with no stop of its own that opens a
 * sentence and is followed by the writer's verb in lower case is the
 * sentence's subject, a title - unless a cue comes right after ('"Never
 * Again" he said'). */
static bool title_subject(const Ctx *c, Span para, const Item *it)
{
	const char *t = c->text;
	Span in = it->q.inner;
	if (in.end <= in.start || !ascii_alnum((unsigned char)t[in.end - 1]))
		return false;
	size_t b = it->q.span.start;
	while (b > para.start && t[b - 1] == ' ')
		b--;
	if (b > para.start && !strchr(".?!", t[b - 1]))
		return false;
	size_t ws, we;
	if (!word_after(t, it->q.span.end, para.end, &ws, &we) || !islower((unsigned char)t[ws]) ||
	    word_is_pronoun(t + ws, we - ws) || cue_within(c, it->q.span.end, para.end, 3))
		return false;
	size_t caps;
	bool letters;
	size_t words = count_words(t, in, 6, &caps, &letters);
	return words >= 1 && words <= 6 && caps == words && letters;
}

/* One word of capitalised parts joined by hyphens: "Commander-In-Chief". */
static bool hyphen_title(const char *t, Span w)
{
	size_t parts = 0;
	for (size_t i = w.start; i < w.end; i++) {
		if (t[i] == '-' && i + 1 < w.end && i > w.start)
			continue;
		bool start = i == w.start || t[i - 1] == '-';
		if (start && !isupper((unsigned char)t[i]))
			return false;
		parts += start;
		if (!start && !isalpha((unsigned char)t[i]))
			return false;
	}
	return parts >= 2;
}

void quote_term_check(const Ctx *c, Item *it)
{
	const Paragraph *p = article_paragraph(c->a, article_paragraph_at(c->a, it->q.span.start));
	size_t ws, we, bs, be; /* [BS, BE): the word before the quotation, read once */
	bool has_before = word_before(c->text, p->span.start, it->q.span.start, &bs, &be);
	bool before = has_before && word_in(c->text + bs, be - bs, term_markers);
	/* ('a man known as "El Güero"', 'her news conference, known as the
	 * "mañanera"': the marker before "as" and "the") */
	if (has_before && !before) {
		size_t xs = bs, xe = be;
		for (int k = 0; !before && k < 2 &&
		                (word_eq(c->text + xs, xe - xs, "as") ||
		                 word_eq(c->text + xs, xe - xs, "the")) &&
		                word_before(c->text, p->span.start, xs, &xs, &xe);
		     k++)
			before = word_eq(c->text + xs, xe - xs, "known");
	}
	/* 'The tagline? "Meth. We're on it."', 'Its slogan: "..."' (past
	 * spaces alone, QS is BE: the same word) */
	size_t qs = it->q.span.start;
	while (qs > p->span.start && (c->text[qs - 1] == ' ' || c->text[qs - 1] == ':' ||
	                              c->text[qs - 1] == '?' || c->text[qs - 1] == '\0'))
		qs--;
	bool labelled = before || (qs != be && word_before(c->text, p->span.start, qs, &ws, &we) &&
	                           word_in(c->text + ws, we - ws, term_markers));
	if (it->q.kind == QUOTE_HEADLINE) {
		/* ("Avoids The Words 'Radical Terror'": the words named, whoever
		 * the headline says spoke) */
		if (before || (it->mkind == MEN_NONE && headline_unspoken(c, p->span, it)))
			it->q.kind = QUOTE_TERM;
	} else if (it->q.kind == QUOTE_DIRECT || it->q.kind == QUOTE_PARTIAL) {
		bool marked = before && it->q.kind == QUOTE_PARTIAL;
		size_t caps;
		bool letters;
		/* (how many past four matters only for a partial quote's
		 * capitals) */
		size_t words = count_words(c->text, it->q.inner,
		                           it->q.kind == QUOTE_PARTIAL ? SIZE_MAX : 4, &caps, &letters);
		bool titled = (words >= 2 ? caps * 4 >= words * 3 : hyphen_title(c->text, it->q.inner)) &&
		              it->q.kind == QUOTE_PARTIAL;
		/* A title where titles stand ("on "Fox News Sunday"") or quoted
		 * digits (a tweet's id) are not speech, whoever spoke nearby. */
		/* (one capitalised word too, where a title stands: "said on
		 * "DWTS."", "the "Pose" actor") */
		bool named = (titled || (it->q.kind == QUOTE_PARTIAL && words == 1 && caps == 1 &&
		                         letters)) &&
		             title_context(c, p->span, &it->q);
		marked = marked || named || !letters || sign_after(c->text, p->span, it->q.span) ||
		         (it->q.kind == QUOTE_DIRECT && title_subject(c, p->span, it)) ||
		         appositive_title(c->text, p->span, it) ||
		         naming_before(c->text, p->span, it->q.span);
		/* Nobody is said to speak it: a term when short, titled or inside
		 * the writer's sentence. */
		bool unspoken = it->mkind == MEN_NONE && !it->cued &&
		                (words <= 4 || titled || it->q.kind == QUOTE_PARTIAL) &&
		                (labelled || !short_sentence(c->text, it));
		/* With no cue, one quoted word in the writer's sentence is the
		 * writer's ("a "vivid" touch display", "to "taste" minute
		 * traces"), whoever its subject; so are words quoted right after
		 * a name, its label ("the e-tron Sportback "edition one"") */
		bool after_name = has_before && isupper((unsigned char)c->text[bs]) &&
		                  word_before(c->text, p->span.start, bs, &ws, &we) &&
		                  !strchr(".!?", c->text[we]);
		/* (and a capitalised word that takes the speaker of the quote
		 * before it: "the Chicago set of "Fargo,"") */
		bool label = it->q.kind == QUOTE_PARTIAL &&
		             ((it->guess && (words == 1 || after_name)) ||
		              (it->inherited && words == 1 && caps == 1));
		/* (a sign's or a title's words however long, after the word
		 * that introduces them, unless a cue of their own governs them:
		 * 'Nurses carried signs reading "Patients are not safe here."'
		 * after someone spoke) */
		static const char *const label_words[] = {
			"captioned", "entitled", "headlined", "inscribed", "reading", "titled", NULL,
		};
		/* ("a sign that read "Not For Sale"", "a banner which read":
		 * the past "read" after a noun for a sign) */
		bool sign_read = false;
		if (has_before && word_eq(c->text + bs, be - bs, "read")) {
			static const char *const signs[] = {
				"banner", "banners", "board", "message", "note", "placard", "placards", "plaque",
				"poster", "posters", "shirt", "shirts", "sign", "signs", "t-shirt", "t-shirts",
				NULL,
			};
			size_t at = bs, s2, e2;
			for (int k = 0; k < 3 && !sign_read && word_before(c->text, p->span.start, at, &s2, &e2);
			     k++, at = s2)
				sign_read = word_in(c->text + s2, e2 - s2, signs);
		}
		bool sign = ((before && word_in(c->text + bs, be - bs, label_words)) || sign_read) &&
		            (it->inherited || it->guess || !it->cued || it->mkind == MEN_NONE ||
		             sign_read);
		bool named_term = sign ||
		                  (marked && (it->mkind == MEN_NONE || it->guess || words <= 4 ||
		                              titled)) ||
		                  (it->guess && titled) || label || one_letter(c->text, it->q.inner);
		if (named_term || unspoken)
			it->q.kind = QUOTE_TERM;
		it->unspoken = !named_term && unspoken && !titled;
	}
	if (it->q.kind == QUOTE_TERM) {
		it->mkind = MEN_NONE;
		it->q.cue = it->q.mention = (Span){ 0, 0 };
		it->q.confidence = 0.5;
	}
}

void quote_terms(const Ctx *c, Item *items, size_t n)
{
	for (size_t i = 0; i < n; i++)
		quote_term_check(c, &items[i]);
}

/* True when the cue at CUE is a passive participle ("was widely ridiculed
 * for its prediction that ..."): who spoke is then not its mention. */
static bool passive_cue(const char *t, Span cue)
{
	size_t ws, we, i = cue.start;
	for (int k = 0; k < 2 && word_before(t, 0, i, &ws, &we); k++, i = ws) {
		if (word_is_be(t + ws, we - ws))
			return true;
		if (we - ws < 3 || memcmp(t + we - 2, "ly", 2))
			return false; /* only an adverb may stand between */
	}
	return false;
}

bool title_words(const char *s, size_t n)
{
	static const char *const small[] = { "a", "and", "in", "of", "on", "the", "to", NULL };
	size_t words = 0;
	for (size_t i = 0; i < n;) {
		while (i < n && !isalnum((unsigned char)s[i]) && (unsigned char)s[i] < 0x80)
			i++;
		if (i >= n)
			break;
		size_t w = i;
		while (i < n && (isalnum((unsigned char)s[i]) || s[i] == '\'' || s[i] == '-'))
			i++;
		if (i == w) { /* a mark's bytes */
			i++;
			continue;
		}
		if (++words > 6 || (!isupper((unsigned char)s[w]) && !isdigit((unsigned char)s[w]) &&
		                    !word_in(s + w, i - w, small)))
			return false;
		if (i < n && strchr(".!?", s[i]))
			return false;
	}
	return words > 0;
}

/* True when a quotation of ITEMS[0, N) spans all of the reported clause
 * ITEMS[I] but a mark or a space at either end ("Tillerson: 'North Korea
 * Must Earn It'"): that is a quote, reported as one already.  ITEMS are in
 * order of their start, so only neighbours starting within the slack are
 * read. */
static bool all_quoted(const Item *items, size_t n, size_t i)
{
	enum { SLACK = 4 };
	Span r = items[i].q.span;
	size_t k = i;
	while (k > 0 && items[k - 1].q.span.start + SLACK >= r.start)
		k--;
	for (; k < n && items[k].q.span.start <= r.start + SLACK; k++) {
		const Quote *x = &items[k].q;
		if (k != i && x->kind != QUOTE_INDIRECT && x->kind != QUOTE_TERM &&
		    x->span.end + SLACK >= r.end)
			return true;
	}
	return false;
}

void quote_terms_in_reports(const char *text, Item *items, size_t *n, bool keep_reported)
{
	for (size_t i = 0; i < *n; i++) {
		const Item *r = &items[i];
		/* a source known as an entity or only as written ("a civil
		 * complaint"): either way someone's words */
		if (r->q.kind != QUOTE_INDIRECT || r->q.mention.end == r->q.mention.start ||
		    passive_cue(text, r->q.cue))
			continue;
		bool holds = false;
		/* (from a quotation that opens the clause: "Mayor touts
		 * 'historic' deal", sorted before the longer report) */
		size_t j0 = i;
		while (j0 > 0 && items[j0 - 1].q.span.start >= r->q.span.start)
			j0--;
		for (size_t j = j0; j < *n && items[j].q.span.start < r->q.span.end; j++) {
			if (j == i)
				continue;
			Item *x = &items[j];
			/* (a headline's quotation in the clause a headline reports
			 * is its source's too: "Sen. Maria Lopez slams budget as
			 * 'reckless'") */
			if (x->q.kind == QUOTE_HEADLINE && x->q.mention.end == x->q.mention.start &&
			    x->q.span.end <= r->q.span.end) {
				item_inherit(x, r, r->q.confidence - 0.1);
				continue;
			}
			if (x->q.kind != QUOTE_TERM || !x->unspoken || x->q.span.end > r->q.span.end)
				continue;
			x->q.kind = QUOTE_PARTIAL;
			x->unspoken = false;
			item_inherit(x, r, r->q.confidence - 0.1);
			holds = true;
		}
		/* (but a transcript's turn stays whole, what it quotes with it:
		 * "KELLY: It's not a yes. It's "let's talk."") */
		if (holds && !r->turn) /* an empty span: dropped below */
			items[i].q.span.end = items[i].q.span.start;
	}
	for (size_t i = 0; i < *n; i++)
		if (items[i].q.kind == QUOTE_INDIRECT && all_quoted(items, *n, i))
			items[i].q.span.end = items[i].q.span.start; /* dropped below */
	size_t k = 0;
	for (size_t i = 0; i < *n; i++) {
		const Quote *q = &items[i].q;
		if ((q->kind == QUOTE_INDIRECT && !keep_reported) || q->span.end == q->span.start)
			continue;
		items[k++] = items[i];
	}
	*n = k;
}
