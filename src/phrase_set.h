/* phrase_set.h - cue forms of several words matched at a word, in order.
 *
 * A lexicon of literal forms ("according to", "went on to say", "said")
 * tried one after the other at a byte, the first that fits winning, as the
 * regex alternation \b(?:FORM1|FORM2|...)\b anchored there would (a space
 * of a form matching one or more spaces of the text, matching bytes as
 * they are).  Compiling that alternation with pcre2 and its JIT cost more
 * than reading a megabyte of text; here the forms are grouped by their
 * first word, so a match looks at the few forms that open with the word at
 * hand.  Built once (by the quote engine), read-only afterwards.
 */
#ifndef NEWSROOM_PHRASE_SET_H
#define NEWSROOM_PHRASE_SET_H

#include <stdbool.h>
#include <stddef.h>

#include "article.h"
#include "buf.h"
#include "wordset.h"

typedef struct {
	Buf text;         /* owned: the forms added, then their heads, each
	                   * ending in a NUL (one block: a copy each cost a
	                   * malloc and a free apiece) */
	size_t *at;       /* owned: where each form starts in TEXT */
	size_t nforms, capforms;
	const char **forms; /* owned array into TEXT: the forms in the order
	                     * tried (phrase_set_finish() sets it) */
	const char **heads; /* owned array into TEXT: the first words of forms
	                     * of several words */
	size_t nheads;
	WordSet head_set; /* over HEADS */
	size_t *group;    /* owned: the forms opening with head H are
	                   * ORDER[GROUP[H], GROUP[H + 1]) */
	size_t *order;    /* owned: indexes into FORMS */
} PhraseSet;

/* Adds FORM (lower-case words, one space between two) to be tried after
 * those added before; copied.  False when out of memory. */
bool phrase_set_add(PhraseSet *p, const char *form);
/* Indexes the forms added: call once, after the last phrase_set_add().
 * False when out of memory. */
bool phrase_set_finish(PhraseSet *p);
/* The set of first words of the forms of several words. */
const WordSet *phrase_set_heads(const PhraseSet *p);
/* The first form, in the order added, that TEXT[B, TO) opens with, the
 * form ending at a word boundary and B at one (a word character being an
 * ASCII letter, digit or '_'); its span in *M.  Only forms that open
 * with a head are tried: B must start a head word. */
bool phrase_set_match(const PhraseSet *p, const char *text, size_t b, size_t to, Span *m);
void phrase_set_free(PhraseSet *p);

#endif
