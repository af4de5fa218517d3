/* phrase_set.c - literal forms grouped by their first word. */
#include "phrase_set.h"

#include <stdlib.h>
#include <string.h>

#include "quotes_impl.h" /* grow() */

bool phrase_set_add(PhraseSet *p, const char *form)
{
	if (!grow(&p->at, &p->capforms, p->nforms, sizeof *p->at))
		return false;
	p->at[p->nforms] = p->text.len;
	if (!buf_append(&p->text, form, strlen(form) + 1))
		return false;
	p->nforms++;
	return true;
}

static size_t first_word(const char *s) { return strcspn(s, " "); }

static int by_bytes(const void *x, const void *y)
{
	return strcmp(*(const char *const *)x, *(const char *const *)y);
}

bool phrase_set_finish(PhraseSet *p)
{
	/* the heads: first words of the forms of several words, written after
	 * the forms, then sorted and unique (a word set needs its words
	 * unique); pointers into TEXT only once it has stopped growing */
	size_t *head_at = malloc((p->nforms ? p->nforms : 1) * sizeof *head_at);
	if (!head_at)
		return false;
	for (size_t i = 0; i < p->nforms; i++) {
		const char *f = p->text.data + p->at[i];
		size_t n = first_word(f);
		if (!f[n])
			continue;
		head_at[p->nheads++] = p->text.len;
		if (!buf_append(&p->text, f, n) || !buf_putc(&p->text, '\0')) {
			free(head_at);
			return false;
		}
	}
	p->forms = malloc((p->nforms ? p->nforms : 1) * sizeof *p->forms);
	p->heads = malloc((p->nheads ? p->nheads : 1) * sizeof *p->heads);
	if (!p->forms || !p->heads) {
		free(head_at);
		return false;
	}
	for (size_t i = 0; i < p->nforms; i++)
		p->forms[i] = p->text.data + p->at[i];
	for (size_t i = 0; i < p->nheads; i++)
		p->heads[i] = p->text.data + head_at[i];
	free(head_at);
	qsort(p->heads, p->nheads, sizeof *p->heads, by_bytes);
	size_t k = 0;
	for (size_t i = 0; i < p->nheads; i++)
		if (!k || strcmp(p->heads[i], p->heads[k - 1]))
			p->heads[k++] = p->heads[i];
	p->nheads = k;
	if (!wordset_build(&p->head_set, p->heads, p->nheads))
		return false;
	/* the forms of each head in the order added, by a count and a
	 * running sum */
	size_t *row = malloc((p->nforms ? p->nforms : 1) * sizeof *row);
	p->group = calloc(p->nheads + 1, sizeof *p->group);
	p->order = malloc((p->nforms ? p->nforms : 1) * sizeof *p->order);
	if (!row || !p->group || !p->order) {
		free(row);
		return false;
	}
	for (size_t i = 0; i < p->nforms; i++) {
		row[i] = wordset_find(&p->head_set, p->forms[i], first_word(p->forms[i]));
		if (row[i])
			p->group[row[i]]++; /* row R - 1 counted in GROUP[R] */
	}
	for (size_t h = 0; h < p->nheads; h++)
		p->group[h + 1] += p->group[h];
	size_t *fill = calloc(p->nheads + 1, sizeof *fill);
	if (!fill) {
		free(row);
		return false;
	}
	for (size_t i = 0; i < p->nforms; i++)
		if (row[i])
			p->order[p->group[row[i] - 1] + fill[row[i] - 1]++] = i;
	free(fill);
	free(row);
	return true;
}

const WordSet *phrase_set_heads(const PhraseSet *p) { return &p->head_set; }

/* \w of pcre2 without Unicode properties. */
static bool word_byte(unsigned char c)
{
	return (unsigned)((c | 32) - 'a') < 26u || (unsigned)(c - '0') < 10u || c == '_';
}

/* The end of FORM when TEXT[B, TO) opens with it, a space of it taking
 * every space there; 0 when it does not. */
static size_t form_end(const char *form, const char *text, size_t b, size_t to)
{
	size_t j = b;
	for (const char *f = form; *f; f++) {
		if (j >= to || text[j] != *f)
			return 0;
		j++;
		if (*f == ' ')
			while (j < to && text[j] == ' ')
				j++;
	}
	return j;
}

bool phrase_set_match(const PhraseSet *p, const char *text, size_t b, size_t to, Span *m)
{
	if (!p->head_set.slots || b >= to || (b > 0 && word_byte((unsigned char)text[b - 1])))
		return false;
	size_t e = b;
	while (e < to && (unsigned)(text[e] - 'a') < 26u)
		e++;
	size_t h = wordset_find(&p->head_set, text + b, e - b);
	if (!h)
		return false;
	for (size_t k = p->group[h - 1]; k < p->group[h]; k++) {
		size_t j = form_end(p->forms[p->order[k]], text, b, to);
		if (j && (j == to || !word_byte((unsigned char)text[j]))) {
			*m = (Span){ b, j };
			return true;
		}
	}
	return false;
}

void phrase_set_free(PhraseSet *p)
{
	buf_free(&p->text);
	free(p->at);
	free(p->forms);
	free(p->heads);
	wordset_free(&p->head_set);
	free(p->group);
	free(p->order);
	memset(p, 0, sizeof *p);
}
