/* annlist.c - the annotation list shared by `r` and --review. */
#include "annlist.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sanitize.h"
#include "wrap.h"

void annlist_init(AnnList *l)
{
	memset(l, 0, sizeof *l);
}

void annlist_free(AnnList *l)
{
	free(l->rows);
	free(l->shown);
	memset(l, 0, sizeof *l);
}

void annlist_clear(AnnList *l)
{
	l->n = 0;
	l->nshown = 0;
}

bool annlist_add(AnnList *l, AnnRow r)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 32;
		AnnRow *rows = realloc(l->rows, cap * sizeof *rows);
		if (!rows)
			return false;
		l->rows = rows;
		size_t *shown = realloc(l->shown, cap * sizeof *shown);
		if (!shown)
			return false;
		l->shown = shown;
		l->cap = cap;
	}
	l->rows[l->n++] = r;
	return true;
}

static const char *field_of(const Annotation *a, FilterField f)
{
	switch (f) {
	case FILTER_TAG: return a->tag;
	case FILTER_STATUS: return a->status[0] ? a->status : "open";
	default: return a->speaker;
	}
}

/* True when A passes every filter but SKIP (FILTER__COUNT: all of them). */
static bool passes_but(const AnnList *l, const Annotation *a, int skip)
{
	for (int f = 0; f < FILTER__COUNT; f++)
		if (f != skip && l->filter[f][0] && strcmp(l->filter[f], field_of(a, (FilterField)f)) != 0)
			return false;
	return true;
}

static bool passes(const AnnList *l, const Annotation *a)
{
	return passes_but(l, a, FILTER__COUNT);
}

/* Notes the selected annotation while the row pointers are valid. */
static void remember(AnnList *l)
{
	const AnnRow *r = annlist_selected(l);
	snprintf(l->sel_id, sizeof l->sel_id, "%s", r ? r->ann->id : "");
	l->sel_doc = r ? r->doc : 0;
}

void annlist_keep(AnnList *l, size_t doc, const char *id)
{
	size_t old = l->sel;
	if (!id) {
		id = l->sel_id[0] ? l->sel_id : NULL;
		doc = l->sel_doc;
	}
	l->nshown = 0;
	l->sel = (size_t)-1;
	for (size_t i = 0; i < l->n; i++) {
		if (!passes(l, l->rows[i].ann))
			continue;
		if (id && l->rows[i].doc == doc && !strcmp(l->rows[i].ann->id, id))
			l->sel = l->nshown;
		l->shown[l->nshown++] = i;
	}
	if (l->sel == (size_t)-1)
		l->sel = old;
	if (l->sel >= l->nshown)
		l->sel = l->nshown ? l->nshown - 1 : 0;
	remember(l);
}

const AnnRow *annlist_selected(const AnnList *l)
{
	return l->sel < l->nshown ? &l->rows[l->shown[l->sel]] : NULL;
}

const char *annlist_cycle(AnnList *l, FilterField f)
{
	/* The values in row order; the next one after the current value. */
	char *cur = l->filter[f];
	const char *next = NULL;
	bool after = !cur[0];
	for (size_t i = 0; i < l->n && !next; i++) {
		const char *v = field_of(l->rows[i].ann, f);
		if (!v[0] || !passes_but(l, l->rows[i].ann, (int)f))
			continue;
		if (after) {
			/* Skip values already passed (seen before in row order). */
			bool seen = false;
			for (size_t k = 0; k < i && !seen; k++)
				seen = passes_but(l, l->rows[k].ann, (int)f) &&
				       !strcmp(field_of(l->rows[k].ann, f), v);
			if (!seen && strcmp(v, cur) != 0)
				next = v;
		} else if (!strcmp(v, cur)) {
			after = true;
		}
	}
	snprintf(cur, sizeof l->filter[f], "%s", next ? next : "");
	annlist_keep(l, 0, NULL);
	return cur;
}

void annlist_clear_filters(AnnList *l)
{
	for (int f = 0; f < FILTER__COUNT; f++)
		l->filter[f][0] = 0;
	annlist_keep(l, 0, NULL);
}

void annlist_filter_text(const AnnList *l, char *out, size_t outsz)
{
	static const char *const names[FILTER__COUNT] = { "tag", "status", "speaker" };
	size_t len = 0;
	out[0] = 0;
	for (int f = 0; f < FILTER__COUNT; f++) {
		if (!l->filter[f][0])
			continue;
		int n = snprintf(out + len, outsz - len, "%s%s %s", len ? ", " : "", names[f],
		                 f == FILTER_STATUS ? ann_status_label(l->filter[f]) : l->filter[f]);
		if (n < 0 || (size_t)n >= outsz - len)
			break;
		len += (size_t)n;
	}
}

bool annlist_filter_key(AnnList *l, int key, char *msg, size_t msgsz)
{
	if (key == 'x')
		annlist_clear_filters(l);
	else if (key == 't' || key == 'o' || key == 'p')
		annlist_cycle(l, key == 't' ? FILTER_TAG : key == 'o' ? FILTER_STATUS : FILTER_SPEAKER);
	else
		return false;
	annlist_filter_text(l, msg, msgsz);
	if (!msg[0])
		snprintf(msg, msgsz, "all annotations");
	return true;
}

const char *ann_next_status(const char *status)
{
	static const char *const cycle[] = { "open", "in-progress", "done" };
	const char *cur = ann_status_parse(status);
	for (int k = 0; k < 3; k++)
		if (cur && !strcmp(cycle[k], cur))
			return cycle[(k + 1) % 3];
	return cycle[1]; /* an unknown word counts as open */
}

bool annlist_move(AnnList *l, const Event *ev, int page)
{
	long sel = (long)l->sel, n = (long)l->nshown;
	switch (ev->key) {
	case 'j': case K_DOWN: case K_WHEEL_DOWN: sel++; break;
	case 'k': case K_UP: case K_WHEEL_UP: sel--; break;
	case ' ': case K_PGDN: case K_CTRL('d'): sel += page; break;
	case 'b': case K_PGUP: case K_CTRL('u'): sel -= page; break;
	case 'g': case K_HOME: sel = 0; break;
	case 'G': case K_END: sel = n - 1; break;
	default: return false;
	}
	if (sel >= n)
		sel = n - 1;
	if (sel < 0)
		sel = 0;
	l->sel = (size_t)sel;
	remember(l);
	return true;
}

/* Draws S (untrusted: cleaned, first line only) in W columns from X. */
static int cell(Grid *g, int x, int y, int w, const char *s, Style st)
{
	if (w <= 0)
		return x;
	const char *nl = strchr(s, '\n');
	size_t n = nl ? (size_t)(nl - s) : strlen(s);
	char *clean = sanitize_line(s, n);
	grid_puts_cut(g, x, y, x + w - 1, clean ? clean : "", st);
	free(clean);
	return x + w;
}

/* Draws untrusted TEXT (cleaned here) wrapped to W columns from row *Y,
 * stopping before row END; LABEL starts the first line. */
static void wrapped(Grid *g, int x, int *y, int w, int end, const char *label, const char *text,
                    Style lst, Style st)
{
	Buf clean;
	buf_init(&clean);
	if (!sanitize_text(text, strlen(text), &clean) || !buf_terminate(&clean)) {
		buf_free(&clean);
		return;
	}
	int lw = text_width(label, strlen(label));
	grid_puts(g, x, *y, x + w, label, lst);
	const char *p = clean.data;
	do {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		size_t n = 0;
		WrapLine *lines = wrap_text(p, len, w - lw > 1 ? w - lw : 1, &n);
		for (size_t i = 0; lines && i < n && *y < end; i++, (*y)++)
			grid_put(g, x + lw, *y, x + w, p + lines[i].start, lines[i].end - lines[i].start, st);
		free(lines);
		p = nl ? nl + 1 : NULL;
	} while (p && *y < end);
	buf_free(&clean);
}

/* The selected annotation in full below the list: its text, verdict, note. */
static void detail(const AnnRow *row, Grid *g, const Theme *t, int x, int y, int w, int h)
{
	const Annotation *a = row->ann;
	Style text = theme_style(t, UI_PANEL_TEXT), head = theme_style(t, UI_PANEL_DIM);
	Style border = theme_style(t, UI_BORDER);
	int end = y + h;
	for (int c = 0; c < w; c++)
		grid_puts(g, x + c, y, x + c + 1, "─", border);
	y++;
	if (a->state == ANCHOR_UNPLACED)
		wrapped(g, x + 1, &y, w - 2, end, "unplaced: ",
		        row->unplaced_why ? row->unplaced_why
		                          : "its text is no longer in the article; kept in the file as it was",
		        head, text);
	if (y < end) { /* the text in one flow: its paragraph breaks do not matter here */
		char *flow = sanitize_line(a->anchor.exact ? a->anchor.exact : "",
		                           a->anchor.exact ? strlen(a->anchor.exact) : 0);
		wrapped(g, x + 1, &y, w - 2, end, "text:    ", flow ? flow : "", head, text);
		free(flow);
	}
	if (a->verdict[0] && y < end)
		wrapped(g, x + 1, &y, w - 2, end, "verdict: ", a->verdict, head, text);
	if (y < end)
		wrapped(g, x + 1, &y, w - 2, end, "note:    ", a->note[0] ? a->note : "-", head, text);
}

void annlist_draw(AnnList *l, Grid *g, const Theme *t, const Tags *tags, int x, int y, int w,
                  int h, bool show_article, const char *empty)
{
	Style text = theme_style(t, UI_PANEL_TEXT), head = theme_style(t, UI_PANEL_TITLE);
	Style dim = theme_style(t, UI_PANEL_DIM);
	for (int r = 0; r < h; r++)
		grid_fill(g, x, y + r, w, text);
	if (h < 2 || w < 20)
		return;
	/* Columns: article, tag, status, speaker, then text and note share the rest. */
	int aw = show_article ? (w >= 100 ? 22 : w / 6) : 0;
	int tw = 11, sw = 12, pw = w >= 90 ? 20 : 14;
	int rest = w - 2 - aw - tw - sw - pw;
	if (rest < 10) {
		pw = 0;
		rest = w - 2 - aw - tw - sw;
	}
	int xw = rest > 0 ? rest * 3 / 5 : 0, nw = rest > 0 ? rest - xw : 0;
	int cx = x + 1;
	if (aw)
		cx = cell(g, cx, y, aw, "ARTICLE", head);
	cx = cell(g, cx, y, tw, "TAG", head);
	cx = cell(g, cx, y, sw, "STATUS", head);
	if (pw)
		cx = cell(g, cx, y, pw, "SPEAKER", head);
	cx = cell(g, cx, y, xw, "TEXT", head);
	cell(g, cx, y, nw, "NOTE", head);
	/* A third of the room (when there is some) shows the selected one in full. */
	int dh = h >= 12 ? h / 3 : 0;
	const AnnRow *selected = annlist_selected(l);
	if (dh && selected)
		detail(selected, g, t, x, y + h - dh, w, dh);
	int rows = h - 1 - (selected ? dh : 0);
	if (l->nshown == 0) {
		grid_puts_cut(g, x + 1, y + 1, x + w - 1, empty, dim);
		return;
	}
	if (l->sel < l->top)
		l->top = l->sel;
	if (l->sel >= l->top + (size_t)rows)
		l->top = l->sel - (size_t)rows + 1;
	for (int r = 0; r < rows && l->top + (size_t)r < l->nshown; r++) {
		size_t k = l->top + (size_t)r;
		const AnnRow *row = &l->rows[l->shown[k]];
		const Annotation *a = row->ann;
		bool sel = k == l->sel;
		Style st = sel ? theme_style(t, UI_PANEL_FOCUS) : text;
		int ry = y + 1 + r;
		grid_fill(g, x, ry, w, st);
		grid_puts(g, x, ry, x + 1, sel ? "▸" : " ", st);
		cx = x + 1;
		if (aw)
			cx = cell(g, cx, ry, aw, row->article ? row->article : "", st);
		Style ts = tags_style(tags, t, a->tag);
		ts.attr &= (uint16_t)~AT_UNDERLINE;
		if (sel)
			ts.bg = st.bg, ts.attr |= st.attr;
		cx = cell(g, cx, ry, tw, a->tag, ts);
		cx = cell(g, cx, ry, sw, ann_status_label(a->status), st);
		if (pw)
			cx = cell(g, cx, ry, pw, a->speaker[0] ? a->speaker : "-", st);
		int tx = cx;
		if (a->state == ANCHOR_UNPLACED && xw > 12)
			tx = grid_puts(g, tx, ry, cx + xw - 1, "(unplaced) ", sel ? st : dim);
		cell(g, tx, ry, cx + xw - tx, a->anchor.exact ? a->anchor.exact : "", st);
		cell(g, cx + xw, ry, nw, a->note, st);
	}
}

void hint_line(Grid *g, const Theme *t, int y, int cols, const char *const *items, size_t n)
{
	Style key = theme_style(t, UI_HINT_KEY), text = theme_style(t, UI_HINT);
	int x = 1;
	grid_fill(g, 0, y, cols, text);
	for (size_t i = 0; i + 1 < n; i += 2) {
		int need = text_width(items[i], strlen(items[i])) +
		           text_width(items[i + 1], strlen(items[i + 1])) + 3;
		if (x + need > cols)
			break;
		x = grid_puts(g, x, y, cols, items[i], key);
		x = grid_puts(g, x, y, cols, " ", text);
		x = grid_puts(g, x, y, cols, items[i + 1], text);
		x = grid_puts(g, x, y, cols, "  ", text);
	}
}
