/* doc.c - lazy wrapping of the article into rows. */
#include "doc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sanitize.h"

typedef struct {
	WrapLine *lines;
	size_t n;
	unsigned gen; /* the width generation it was wrapped for; 0 = never */
} Wrapped;

struct Doc {
	const Article *a;
	Block *blocks;
	Wrapped *wrapped;
	size_t nblocks;
	char *byline;
	int width;
	unsigned gen;
	size_t *para_block; /* article paragraph -> block */
	size_t npara;
};

static BlockKind kind_of(ParaKind k)
{
	switch (k) {
	case PARA_TITLE: return BLOCK_TITLE;
	case PARA_HEADING: return BLOCK_HEADING;
	case PARA_BLOCKQUOTE: return BLOCK_QUOTE;
	case PARA_LIST_ITEM: return BLOCK_ITEM;
	default: return BLOCK_BODY;
	}
}

/* "Byline · Source · Date", cleaned, or NULL when there is nothing to say. */
static char *make_byline(const Article *a)
{
	Buf b;
	buf_init(&b);
	const MetaKey keys[] = { META_BYLINE, META_SOURCE, META_DATE };
	for (size_t i = 0; i < 3; i++) {
		const char *v = article_meta(a, keys[i]);
		if (!v || !*v)
			continue;
		if (b.len && !buf_puts(&b, " · "))
			goto oom;
		/* An ISO timestamp reads better as its day: 2024-03-05. */
		size_t n = strlen(v);
		if (keys[i] == META_DATE && n > 10 && v[4] == '-' && v[7] == '-' && v[10] == 'T')
			n = 10;
		if (!buf_append(&b, v, n))
			goto oom;
	}
	if (!b.len) {
		buf_free(&b);
		return NULL;
	}
	char *clean = sanitize_line(b.data, b.len);
	buf_free(&b);
	return clean;
oom:
	buf_free(&b);
	return NULL;
}

Doc *doc_new(const Article *a)
{
	Doc *d = calloc(1, sizeof *d);
	if (!d)
		return NULL;
	d->a = a;
	d->npara = article_paragraph_count(a);
	d->byline = make_byline(a);
	size_t cap = d->npara + 2;
	d->blocks = calloc(cap, sizeof *d->blocks);
	d->wrapped = calloc(cap, sizeof *d->wrapped);
	d->para_block = calloc(d->npara + 1, sizeof *d->para_block);
	if (!d->blocks || !d->wrapped || !d->para_block) {
		doc_free(d);
		return NULL;
	}
	const char *text = article_text(a);
	size_t i = 0;
	bool byline_done = d->byline == NULL;
	for (size_t p = 0; p < d->npara; p++) {
		const Paragraph *para = article_paragraph(a, p);
		if (!byline_done && para->kind != PARA_TITLE) {
			d->blocks[i++] = (Block){ BLOCK_BYLINE, d->byline, strlen(d->byline), 0, SIZE_MAX, 0 };
			byline_done = true;
		}
		d->para_block[p] = i;
		BlockKind k = kind_of(para->kind);
		d->blocks[i++] = (Block){ k, text + para->span.start, para->span.end - para->span.start,
			                  para->span.start, p, k == BLOCK_ITEM || k == BLOCK_QUOTE ? 2 : 0 };
	}
	if (!byline_done)
		d->blocks[i++] = (Block){ BLOCK_BYLINE, d->byline, strlen(d->byline), 0, SIZE_MAX, 0 };
	if (i == 0) /* an empty article still has one (empty) row */
		d->blocks[i++] = (Block){ BLOCK_BODY, "", 0, 0, SIZE_MAX, 0 };
	d->para_block[d->npara] = i;
	d->nblocks = i;
	d->width = 80;
	d->gen = 1;
	return d;
}

void doc_free(Doc *d)
{
	if (!d)
		return;
	if (d->wrapped)
		for (size_t i = 0; i < d->nblocks; i++)
			free(d->wrapped[i].lines);
	free(d->wrapped);
	free(d->blocks);
	free(d->para_block);
	free(d->byline);
	free(d);
}

void doc_set_width(Doc *d, int width)
{
	if (width < 1)
		width = 1;
	if (width != d->width) {
		d->width = width;
		d->gen++; /* old wraps are dropped when next touched */
	}
}

int doc_width(const Doc *d)
{
	return d->width;
}

size_t doc_block_count(const Doc *d)
{
	return d->nblocks;
}

const Block *doc_block(const Doc *d, size_t i)
{
	return i < d->nblocks ? &d->blocks[i] : NULL;
}

static Wrapped *wrap(Doc *d, size_t i)
{
	Wrapped *w = &d->wrapped[i];
	if (w->gen != d->gen) {
		free(w->lines);
		int width = d->width - d->blocks[i].indent;
		w->lines = wrap_text(d->blocks[i].text, d->blocks[i].len, width > 0 ? width : 1, &w->n);
		if (!w->lines) { /* out of memory: show the block as one cut row */
			w->n = 0;
		}
		w->gen = d->gen;
	}
	return w;
}

/* A blank row follows every block but the last, and runs of list items. */
static bool has_separator(const Doc *d, size_t i)
{
	if (i + 1 >= d->nblocks)
		return false;
	return !(d->blocks[i].kind == BLOCK_ITEM && d->blocks[i + 1].kind == BLOCK_ITEM);
}

size_t doc_rows(Doc *d, size_t i)
{
	if (i >= d->nblocks)
		return 0;
	size_t n = wrap(d, i)->n;
	if (n == 0)
		n = 1;
	return n + has_separator(d, i);
}

const WrapLine *doc_line(Doc *d, size_t i, size_t row)
{
	if (i >= d->nblocks)
		return NULL;
	Wrapped *w = wrap(d, i);
	return row < w->n ? &w->lines[row] : NULL;
}

long doc_move(Doc *d, DocPos *p, long n)
{
	long moved = 0;
	while (n > 0) {
		size_t rows = doc_rows(d, p->block);
		size_t room = rows - 1 - p->row;
		if (room >= (size_t)n) {
			p->row += (size_t)n;
			moved += n;
			break;
		}
		if (p->block + 1 >= d->nblocks) {
			p->row = rows - 1;
			moved += (long)room;
			break;
		}
		moved += (long)room + 1;
		n -= (long)room + 1;
		p->block++;
		p->row = 0;
	}
	while (n < 0) {
		if (p->row >= (size_t)-n) {
			p->row -= (size_t)-n;
			moved += n;
			break;
		}
		if (p->block == 0) {
			moved -= (long)p->row;
			p->row = 0;
			break;
		}
		moved -= (long)p->row + 1;
		n += (long)p->row + 1;
		p->block--;
		p->row = doc_rows(d, p->block) - 1;
	}
	return moved;
}

DocPos doc_end(Doc *d)
{
	DocPos p = { d->nblocks - 1, 0 };
	p.row = doc_rows(d, p.block) - 1;
	return p;
}

int doc_cmp(DocPos a, DocPos b)
{
	if (a.block != b.block)
		return a.block < b.block ? -1 : 1;
	return a.row < b.row ? -1 : a.row > b.row;
}

size_t doc_block_at(const Doc *d, size_t offset)
{
	size_t p = article_paragraph_at(d->a, offset);
	if (p > d->npara)
		p = d->npara;
	size_t b = d->para_block[p];
	return b < d->nblocks ? b : d->nblocks - 1;
}

DocPos doc_pos_at(Doc *d, size_t offset)
{
	DocPos p = { doc_block_at(d, offset), 0 };
	const Block *b = &d->blocks[p.block];
	if (b->kind == BLOCK_BYLINE || offset < b->offset)
		return p;
	size_t rel = offset - b->offset;
	Wrapped *w = wrap(d, p.block);
	/* The last line starting at or before REL. */
	size_t lo = 0, hi = w->n;
	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;
		if (w->lines[mid].start <= rel)
			lo = mid;
		else
			hi = mid;
	}
	p.row = lo;
	return p;
}

size_t doc_offset(Doc *d, DocPos p)
{
	const Block *b = doc_block(d, p.block);
	if (!b)
		return article_len(d->a);
	if (b->kind == BLOCK_BYLINE || b->para == SIZE_MAX)
		return b->offset;
	const WrapLine *l = doc_line(d, p.block, p.row);
	if (!l) /* the separator: the end of the block */
		return b->offset + b->len;
	return b->offset + l->start;
}
