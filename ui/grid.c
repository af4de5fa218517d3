/* grid.c - the cell grid. */
#include "grid.h"

#include <stdlib.h>
#include <string.h>

#include "sanitize.h"
#include "wrap.h"

struct Grid {
	int cols, rows;
	Cell *cells;
	Hit *hits;
};

Grid *grid_new(int cols, int rows)
{
	Grid *g = calloc(1, sizeof *g);
	if (!g)
		return NULL;
	if (!grid_resize(g, cols, rows)) {
		free(g);
		return NULL;
	}
	return g;
}

void grid_free(Grid *g)
{
	if (!g)
		return;
	free(g->cells);
	free(g->hits);
	free(g);
}

bool grid_resize(Grid *g, int cols, int rows)
{
	if (cols < 1)
		cols = 1;
	if (rows < 1)
		rows = 1;
	size_t n = (size_t)cols * (size_t)rows;
	Cell *c = calloc(n, sizeof *c);
	Hit *h = calloc(n, sizeof *h);
	if (!c || !h) {
		free(c);
		free(h);
		return false;
	}
	free(g->cells);
	free(g->hits);
	g->cells = c;
	g->hits = h;
	g->cols = cols;
	g->rows = rows;
	grid_clear(g, (Style){ -1, -1, 0 });
	return true;
}

int grid_cols(const Grid *g)
{
	return g->cols;
}

int grid_rows(const Grid *g)
{
	return g->rows;
}

static bool inside(const Grid *g, int x, int y)
{
	return x >= 0 && y >= 0 && x < g->cols && y < g->rows;
}

void grid_clear(Grid *g, Style st)
{
	for (int y = 0; y < g->rows; y++)
		grid_fill(g, 0, y, g->cols, st);
	memset(g->hits, 0, (size_t)g->cols * (size_t)g->rows * sizeof *g->hits);
}

const Cell *grid_cell(const Grid *g, int x, int y)
{
	return inside(g, x, y) ? &g->cells[(size_t)y * g->cols + x] : NULL;
}

Hit grid_hit(const Grid *g, int x, int y)
{
	return inside(g, x, y) ? g->hits[(size_t)y * g->cols + x] : (Hit){ HIT_NONE, 0 };
}

void grid_set_hit(Grid *g, int x, int y, int w, Hit h)
{
	for (int i = 0; i < w; i++)
		if (inside(g, x + i, y))
			g->hits[(size_t)y * g->cols + x + i] = h;
}

/* A wide glyph cut in half by an overwrite leaves a blank. */
static void unsplit(Grid *g, int x, int y)
{
	Cell *c = &g->cells[(size_t)y * g->cols + x];
	if (c->width == 0 && x > 0) {
		Cell *l = c - 1;
		l->g[0] = ' ';
		l->len = 1;
		l->width = 1;
	}
	if (c->width == 2 && x + 1 < g->cols) {
		Cell *r = c + 1;
		r->g[0] = ' ';
		r->len = 1;
		r->width = 1;
	}
}

void grid_fill(Grid *g, int x, int y, int w, Style st)
{
	if (y < 0 || y >= g->rows)
		return;
	for (int i = x < 0 ? 0 : x; i < x + w && i < g->cols; i++) {
		unsplit(g, i, y);
		Cell *c = &g->cells[(size_t)y * g->cols + i];
		c->g[0] = ' ';
		c->len = 1;
		c->width = 1;
		c->style = st;
	}
}

int grid_put_glyph(Grid *g, int x, int y, int limit, const char *s, size_t len, int w, Style st)
{
	if (limit > g->cols)
		limit = g->cols;
	if (y < 0 || y >= g->rows || x < 0 || w < 1 || x + w > limit)
		return 0;
	unsplit(g, x, y);
	if (w == 2)
		unsplit(g, x + 1, y);
	Cell *c = &g->cells[(size_t)y * g->cols + x];
	/* Keep the base and as many marks as fit; drop a cut sequence's tail. */
	size_t n = len;
	if (n >= GLYPH_MAX) {
		n = 0;
		while (n < len) {
			size_t k = utf8_seq_len((unsigned char)s[n]);
			if (n + k >= GLYPH_MAX)
				break;
			n += k;
		}
	}
	memcpy(c->g, s, n);
	c->len = (uint8_t)n;
	c->width = (uint8_t)w;
	c->style = st;
	if (w == 2) {
		Cell *r = c + 1;
		r->len = 0;
		r->width = 0;
		r->style = st;
	}
	return w;
}

int grid_put(Grid *g, int x, int y, int limit, const char *s, size_t len, Style st)
{
	size_t i = 0;
	while (i < len) {
		int w;
		size_t n = glyph_next(s + i, len - i, &w);
		if (w > 0) {
			if (!grid_put_glyph(g, x, y, limit, s + i, n, w, st))
				break;
			x += w;
		}
		i += n;
	}
	return x;
}

int grid_puts(Grid *g, int x, int y, int limit, const char *s, Style st)
{
	return grid_put(g, x, y, limit, s, strlen(s), st);
}

int grid_puts_cut(Grid *g, int x, int y, int limit, const char *s, Style st)
{
	size_t len = strlen(s);
	if (limit > g->cols)
		limit = g->cols;
	if (x + text_width(s, len) <= limit)
		return grid_put(g, x, y, limit, s, len, st);
	if (limit - x < 1)
		return x;
	size_t fit = text_fit(s, len, limit - x - 1, NULL);
	x = grid_put(g, x, y, limit, s, fit, st);
	return grid_put(g, x, y, limit, "…", strlen("…"), st);
}

void grid_style(Grid *g, int x, int y, int w, Style st)
{
	if (y < 0 || y >= g->rows)
		return;
	for (int i = x < 0 ? 0 : x; i < x + w && i < g->cols; i++)
		g->cells[(size_t)y * g->cols + i].style = st;
}

bool grid_dump(const Grid *g, FILE *out)
{
	for (int y = 0; y < g->rows; y++) {
		const Cell *row = &g->cells[(size_t)y * g->cols];
		int end = g->cols;
		while (end > 0 && row[end - 1].width == 1 && row[end - 1].len == 1 &&
		       row[end - 1].g[0] == ' ')
			end--;
		for (int x = 0; x < end; x++)
			if (row[x].width > 0)
				fwrite(row[x].g, 1, row[x].len, out);
		fputc('\n', out);
	}
	return !ferror(out);
}
