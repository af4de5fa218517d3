/* grid.h - the cell grid every view draws into.
 *
 * The views render the whole screen into a Grid; a back end then shows it:
 * the curses back end blits the cells, the headless one prints them as text.
 * Both run the same views, so `--dump-screen` shows what a person would see.
 * Each cell also carries a hit target, so a mouse click maps back to what was
 * drawn there without the views re-deriving their layout.
 *
 * Ownership: grid_new() returns a Grid owned by the caller (grid_free()).
 */
#ifndef NEWSROOM_UI_GRID_H
#define NEWSROOM_UI_GRID_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

enum {
	AT_BOLD = 1,
	AT_UNDERLINE = 2,
	AT_REVERSE = 4,
	AT_DIM = 8,
	AT_ITALIC = 16,
	AT_STANDOUT = 32,
};

/* Colours: -1 the terminal's default, 0-255 the palette. */
typedef struct {
	int16_t fg, bg;
	uint16_t attr;
} Style;

#define GLYPH_MAX 32

typedef struct {
	char g[GLYPH_MAX]; /* the glyph's UTF-8 bytes; "" for the right half of a wide glyph */
	uint8_t len;
	uint8_t width;     /* 1 or 2; 0 for the right half of a wide glyph */
	Style style;
} Cell;

typedef enum {
	HIT_NONE,
	HIT_TEXT,     /* value: byte offset in the article */
	HIT_SPEAKER,  /* value: speaker index */
	HIT_QUOTE,    /* value: quote index */
} HitKind;

typedef struct {
	uint8_t kind;
	size_t value;
} Hit;

typedef struct Grid Grid;

Grid *grid_new(int cols, int rows);
void grid_free(Grid *g);
/* Resizes and clears; false when out of memory (the grid is unchanged). */
bool grid_resize(Grid *g, int cols, int rows);
int grid_cols(const Grid *g);
int grid_rows(const Grid *g);
void grid_clear(Grid *g, Style st);

const Cell *grid_cell(const Grid *g, int x, int y);
Hit grid_hit(const Grid *g, int x, int y);
void grid_set_hit(Grid *g, int x, int y, int w, Hit h);

/* Fills W cells of row Y from X with spaces in ST. */
void grid_fill(Grid *g, int x, int y, int w, Style st);

/* Draws one glyph (LEN bytes, display width W) at X,Y; returns the width used
 * (0 when it does not fit before column LIMIT). */
int grid_put_glyph(Grid *g, int x, int y, int limit, const char *s, size_t len, int w, Style st);

/* Draws LEN bytes of clean UTF-8 from X on row Y, stopping at column LIMIT.
 * Returns the column after the last glyph drawn. */
int grid_put(Grid *g, int x, int y, int limit, const char *s, size_t len, Style st);
int grid_puts(Grid *g, int x, int y, int limit, const char *s, Style st);

/* Like grid_puts, but ends with "…" when the text is cut. */
int grid_puts_cut(Grid *g, int x, int y, int limit, const char *s, Style st);

/* Sets the style of the cells [x, x+w) of row Y, keeping their glyphs. */
void grid_style(Grid *g, int x, int y, int w, Style st);

/* Prints the grid as text, one line a row, trailing blanks removed. */
bool grid_dump(const Grid *g, FILE *out);

#endif
