/* article.c - the Article buffer, its paragraphs, sentences and metadata. */
#include "article.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "sanitize.h"
#include "sentence.h"

struct Article {
	Buf text;
	Paragraph *paras;
	size_t npara, cappara;
	Span *sents;
	size_t nsent, capsent;
	/* For each block of BLOCK bytes of the text, the first paragraph and the
	 * first sentence that end beyond its start (article_finish()): a lookup
	 * by offset searches one block's spans, not the whole article's.  Owned;
	 * NULL when not finished (or out of memory: the whole search then). */
	size_t *para_block, *sent_block;
	size_t nblock;
	char *meta[META__COUNT];
	char **warnings;
	size_t nwarn;
	bool finished;
};

static const char *const meta_names[META__COUNT] = {
	[META_TITLE] = "title",         [META_BYLINE] = "byline",
	[META_SOURCE] = "source",       [META_DATELINE] = "dateline",
	[META_DATE] = "date",           [META_COPYRIGHT] = "copyright",
	[META_ORIGIN] = "origin",       [META_URL] = "url",
	[META_SITE] = "site",           [META_FORMAT] = "format",
	[META_ENCODING] = "encoding",   [META_LANGUAGE] = "language",
	[META_ITEM] = "item",
};

Article *article_new(void)
{
	Article *a = calloc(1, sizeof *a);
	if (a)
		buf_init(&a->text);
	return a;
}

void article_free(Article *a)
{
	if (!a)
		return;
	buf_free(&a->text);
	free(a->paras);
	free(a->sents);
	free(a->para_block);
	free(a->sent_block);
	for (size_t i = 0; i < META__COUNT; i++)
		free(a->meta[i]);
	for (size_t i = 0; i < a->nwarn; i++)
		free(a->warnings[i]);
	free(a->warnings);
	free(a);
}

bool article_add_paragraph(Article *a, const char *text, size_t len, ParaKind kind)
{
	if (a->finished || len == 0)
		return false;
	if (kind == PARA_TITLE && a->npara > 0)
		return false;
	if (a->npara == a->cappara) {
		size_t cap = a->cappara ? a->cappara * 2 : 32;
		Paragraph *p = realloc(a->paras, cap * sizeof *p);
		if (!p)
			return false;
		a->paras = p;
		a->cappara = cap;
	}
	if (a->npara > 0 && !buf_append(&a->text, "\n\n", 2))
		return false;
	size_t start = a->text.len;
	if (!buf_append(&a->text, text, len))
		return false;
	a->paras[a->npara++] = (Paragraph){ { start, a->text.len }, kind };
	if (kind == PARA_TITLE && !a->meta[META_TITLE]) {
		char *t = strndup(text, len);
		if (!t)
			return false;
		a->meta[META_TITLE] = t;
	}
	return true;
}

bool article_reserve(Article *a, size_t bytes, size_t npara)
{
	/* the separators, and the padding article_finish() adds */
	if (npara > (SIZE_MAX - ARTICLE_PAD) / 4 || bytes > SIZE_MAX - ARTICLE_PAD - 2 * npara)
		return false;
	if (!buf_reserve(&a->text, bytes + 2 * npara + ARTICLE_PAD))
		return false;
	if (npara > a->cappara) {
		Paragraph *p = realloc(a->paras, npara * sizeof *p);
		if (!p)
			return false;
		a->paras = p;
		a->cappara = npara;
	}
	return true;
}

bool article_set_meta(Article *a, MetaKey key, const char *value)
{
	if (key >= META__COUNT)
		return false;
	free(a->meta[key]);
	a->meta[key] = NULL;
	if (!value)
		return true;
	char *v = sanitize_line(value, strlen(value));
	if (!v)
		return false;
	if (!*v) {
		free(v);
		return true;
	}
	a->meta[key] = v;
	return true;
}

bool article_add_warning(Article *a, const char *msg)
{
	char **w = realloc(a->warnings, (a->nwarn + 1) * sizeof *w);
	if (!w)
		return false;
	a->warnings = w;
	if (!(w[a->nwarn] = strdup(msg)))
		return false;
	a->nwarn++;
	return true;
}

enum { BLOCK_SHIFT = 9 }; /* 512 bytes: two or three paragraphs, a few sentences, so that
                             * a lookup searches a handful (4 KB blocks held some 20 paragraphs
                             * and 35 sentences of news text; 22,000 lookups on 1 MB); the
                             * index costs 16 bytes a block, 3% of the text */

/* The block index of N spans (BASE, STRIDE bytes apart) over a text of LEN
 * bytes: malloc'd, NBLOCK entries; NULL when out of memory. */
static size_t *block_index(const void *base, size_t n, size_t stride, size_t len,
                           size_t nblock)
{
	size_t *v = malloc(nblock * sizeof *v);
	if (!v)
		return NULL;
	size_t k = 0;
	for (size_t b = 0; b < nblock; b++) {
		while (k < n && ((const Span *)((const char *)base + k * stride))->end <=
		                        b << BLOCK_SHIFT)
			k++;
		v[b] = k;
	}
	return v;
}

bool article_finish(Article *a)
{
	if (a->finished)
		return true;
	/* the NUL and the padding (article.h): the word scans read whole
	 * blocks, the last of which may start a byte before the end */
	if (!buf_reserve(&a->text, ARTICLE_PAD))
		return false;
	memset(a->text.data + a->text.len, 0, ARTICLE_PAD + 1);
	/* News text has a sentence every 120 bytes or so: room for most
	 * from the start, where doubling from 16 copied them a dozen times. */
	if (!a->sents && a->text.len / 96 > 16) {
		a->capsent = a->text.len / 96;
		if (!(a->sents = malloc(a->capsent * sizeof *a->sents)))
			a->capsent = 0;
	}
	for (size_t i = 0; i < a->npara; i++) {
		if (!sentence_split(a->text.data, a->text.len, a->paras[i].span, &a->sents, &a->nsent,
		                    &a->capsent))
			return false;
	}
	/* The index only speeds lookups up: without memory for it they search
	 * the whole article, with the same answers. */
	a->nblock = (a->text.len >> BLOCK_SHIFT) + 1;
	a->para_block = block_index(a->paras, a->npara, sizeof *a->paras, a->text.len, a->nblock);
	a->sent_block = block_index(a->sents, a->nsent, sizeof *a->sents, a->text.len, a->nblock);
	a->finished = true;
	return true;
}

const char *article_text(const Article *a)
{
	/* (padded as a finished article's text is, for the scans) */
	static const char empty[ARTICLE_PAD + 1];
	return a->text.data ? a->text.data : empty;
}
size_t article_len(const Article *a) { return a->text.len; }
size_t article_paragraph_count(const Article *a) { return a->npara; }

const Paragraph *article_paragraph(const Article *a, size_t i)
{
	return i < a->npara ? &a->paras[i] : NULL;
}

/* First span whose end is beyond OFFSET: spans are sorted and disjoint. */
static size_t span_search(const void *base, size_t n, size_t stride, size_t offset)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const Span *s = (const Span *)((const char *)base + mid * stride);
		if (s->end <= offset)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* span_search() within the block of OFFSET when BLOCK (NBLOCK entries) is
 * there: the answer lies between the first span of the block and that of
 * the next. */
static size_t span_at(const void *base, size_t n, size_t stride, const size_t *block,
                      size_t nblock, size_t offset)
{
	size_t b = offset >> BLOCK_SHIFT;
	if (!block || b >= nblock)
		return span_search(base, n, stride, offset);
	size_t lo = block[b], hi = b + 1 < nblock && block[b + 1] < n ? block[b + 1] + 1 : n;
	/* A block holds a few spans: read in order, they cost less than the
	 * halving (the answer is the same, the spans being sorted). */
	for (; lo < hi; lo++)
		if (((const Span *)((const char *)base + lo * stride))->end > offset)
			break;
	return lo;
}

size_t article_paragraph_at(const Article *a, size_t offset)
{
	return span_at(a->paras, a->npara, sizeof *a->paras, a->para_block, a->nblock, offset);
}

size_t article_sentence_count(const Article *a) { return a->nsent; }

Span article_sentence(const Article *a, size_t i)
{
	return i < a->nsent ? a->sents[i] : (Span){ a->text.len, a->text.len };
}

size_t article_sentence_at(const Article *a, size_t offset)
{
	return span_at(a->sents, a->nsent, sizeof *a->sents, a->sent_block, a->nblock, offset);
}

const char *article_meta(const Article *a, MetaKey key)
{
	return key < META__COUNT ? a->meta[key] : NULL;
}

const char *article_meta_name(MetaKey key)
{
	return key < META__COUNT ? meta_names[key] : "";
}

size_t article_warning_count(const Article *a) { return a->nwarn; }

const char *article_warning(const Article *a, size_t i)
{
	return i < a->nwarn ? a->warnings[i] : NULL;
}
