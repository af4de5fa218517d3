/* doc.h - the article laid out as screen rows, wrapped lazily.
 *
 * The article pane shows blocks: the headline, a synthetic byline line
 * (byline · source · date), then the paragraphs, one blank row between
 * blocks.  A block is wrapped only when a row of it is needed and the result
 * is cached until the width changes, so a key costs the same on a 50 KB and a
 * 50 MB article: moving by N rows touches only the blocks those rows cross.
 *
 * A position is (block, row within the block); the block's last row is the
 * blank separator (except for the last block and between list items).
 * List items get a bullet and block quotes a bar, both in a hanging indent.
 *
 * Ownership: doc_new() returns a Doc owned by the caller (doc_free()); it
 * borrows the Article, which must outlive it.
 */
#ifndef NEWSROOM_UI_DOC_H
#define NEWSROOM_UI_DOC_H

#include <stdbool.h>
#include <stddef.h>

#include "article.h"
#include "wrap.h"

typedef enum {
	BLOCK_TITLE,
	BLOCK_BYLINE,  /* not article text: offsets are meaningless */
	BLOCK_BODY,
	BLOCK_HEADING,
	BLOCK_QUOTE,
	BLOCK_ITEM,
} BlockKind;

typedef struct {
	BlockKind kind;
	const char *text;
	size_t len;
	size_t offset;   /* of text[0] in the article (0 for the byline) */
	size_t para;     /* the article paragraph, or SIZE_MAX */
	int indent;      /* columns before the text: a bullet or a quote bar */
} Block;

typedef struct {
	size_t block;
	size_t row;
} DocPos;

typedef struct Doc Doc;

Doc *doc_new(const Article *a);
void doc_free(Doc *d);

/* Sets the wrap width (>= 1); a change drops the wrapped rows. */
void doc_set_width(Doc *d, int width);
int doc_width(const Doc *d);

size_t doc_block_count(const Doc *d);
const Block *doc_block(const Doc *d, size_t i);

/* Rows of block I, its blank separator included. */
size_t doc_rows(Doc *d, size_t i);
/* Wrapped line ROW of block I (offsets relative to the block text), or NULL
 * for the separator row. */
const WrapLine *doc_line(Doc *d, size_t i, size_t row);

/* Moves P by N rows (negative: up), clamped to the document; returns the
 * number of rows actually moved. */
long doc_move(Doc *d, DocPos *p, long n);
/* The last position: the last row of the last block. */
DocPos doc_end(Doc *d);
int doc_cmp(DocPos a, DocPos b);

/* The block holding article OFFSET (the next one when in a separator). */
size_t doc_block_at(const Doc *d, size_t offset);
/* The position of the row that shows article OFFSET. */
DocPos doc_pos_at(Doc *d, size_t offset);
/* The article offset of the first byte of P's row (the block's start for
 * the byline and separator rows). */
size_t doc_offset(Doc *d, DocPos p);

#endif
