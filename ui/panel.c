/* panel.c - the speakers panel: who is quoted, how often, and the selected
 * speaker's statements.  A self-contained view: it only reads the App. */
#include "app_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sanitize.h"
#include "wrap.h"

static int count_text(const Speaker *sp, char *buf, size_t size)
{
	return quote_count_label(buf, size, sp->quote_count, sp->reported_count);
}

/* One speaker row: " 1 ● Name       role     16+8"; names take NAME_W columns
 * so the roles line up. */
static void speaker_row(App *app, Grid *g, int x, int w, int y, size_t i, int name_w, int count_w)
{
	const Theme *t = app->theme;
	const Speaker *sp = qm_speaker(app->qm, i);
	bool sel = (int)i == app->speaker;
	Style row = theme_style(t, sel ? (app->focus == FOCUS_PANEL ? UI_PANEL_FOCUS : UI_PANEL_SELECT)
	                               : UI_PANEL_TEXT);
	Style dim = theme_style(t, UI_PANEL_DIM);
	if (sel) {
		dim.bg = row.bg;
		dim.attr = row.attr & ~AT_BOLD;
		dim.attr |= theme_style(t, UI_PANEL_DIM).attr;
	}
	grid_fill(g, x, y, w, row);
	grid_set_hit(g, x, y, w, (Hit){ HIT_SPEAKER, i });
	int limit = x + w;
	char num[8] = "  ";
	if (i < 9)
		snprintf(num, sizeof num, "%zu ", i + 1);
	int cx = grid_puts(g, x + 1, y, limit, num, row);
	Style sw = row;
	sw.fg = theme_speaker(t, (int)i).fg;
	cx = grid_puts(g, cx, y, limit, "● ", sw);
	char count[48];
	int cw = count_text(sp, count, sizeof count);
	int right = limit - 2 - count_w;
	grid_puts(g, right + 1 + count_w - cw, y, limit, count, row);
	int name_end = cx + name_w < right ? cx + name_w : right;
	grid_puts_cut(g, cx, y, name_end, sp->name, row);
	cx = name_end + 2;
	if (sp->nroles > 0 && right - cx > 6)
		grid_puts_cut(g, cx, y, right - 1, sp->roles[0], dim);
}

/* The first words of quote Q, on one row. */
static void quote_row(App *app, Grid *g, int x, int w, int y, size_t q)
{
	const Theme *t = app->theme;
	const Quote *quote = qm_quote(app->qm, q);
	bool cur = q == app->current;
	Style st = theme_style(t, cur ? UI_PANEL_CURRENT : UI_PANEL_QUOTE);
	grid_fill(g, x, y, w, st);
	grid_set_hit(g, x, y, w, (Hit){ HIT_QUOTE, q });
	int cx = grid_puts(g, x + 1, y, x + w, cur ? "▸ " : "  ", st);
	/* Quotations open with a mark; reported speech, the writer's words,
	 * has none and takes the reported style, as in the article. */
	if (quote->kind == QUOTE_INDIRECT)
		st.attr |= theme_style(t, UI_REPORTED).attr;
	else
		cx = grid_puts(g, cx, y, x + w - 1, "“", st);
	/* The article text is clean; cap what is read for a long quote. */
	size_t len = quote->inner.end - quote->inner.start;
	if (len > 400) {
		len = 400;
		while (len > 0 &&
		       ((unsigned char)article_text(app->a)[quote->inner.start + len] & 0xC0) == 0x80)
			len--;
	}
	char buf[404];
	memcpy(buf, article_text(app->a) + quote->inner.start, len);
	buf[len] = 0;
	grid_puts_cut(g, cx, y, x + w - 1, buf, st);
}

void view_panel(App *app, Grid *g, int x, int w, int y, int h, bool overlay)
{
	const Theme *t = app->theme;
	Style text = theme_style(t, UI_PANEL_TEXT);
	if (overlay) {
		Style bs = theme_style(t, UI_BORDER);
		for (int r = y; r < y + h; r++) {
			grid_fill(g, x, r, w, text);
			grid_set_hit(g, x, r, w, (Hit){ HIT_NONE, 0 });
			grid_puts(g, x, r, x + 1, "│", bs);
		}
		x++;
		w--;
	}
	int limit = x + w, end = y + h;
	size_t ns = app->qm ? qm_speaker_count(app->qm) : 0;
	char title[64];
	snprintf(title, sizeof title, "Speakers (%zu)", ns);
	grid_puts(g, x + 1, y++, limit, title, theme_style(t, UI_PANEL_TITLE));
	if (ns == 0) {
		if (y < end)
			grid_puts_cut(g, x + 1, y, limit, app->quotes_pending ? "Finding quotations…"
			              : app->qm      ? "No quotations found."
			                            : "Quotations unavailable.",
			              theme_style(t, UI_PANEL_DIM));
		return;
	}
	/* The list takes up to half the panel; it scrolls to show the selection. */
	int list_h = (int)ns;
	int max_list = (h - 1) / 2 > 3 ? (h - 1) / 2 : 3;
	if (list_h > max_list)
		list_h = max_list;
	if (list_h > end - y)
		list_h = end - y;
	size_t top = 0;
	if (app->speaker >= 0 && (size_t)app->speaker >= (size_t)list_h)
		top = (size_t)app->speaker - (size_t)list_h + 1;
	/* Names get the room they need before roles get any. */
	int name_w = 0, max_name = w - 12, count_w = 1;
	for (int r = 0; r < list_h && top + (size_t)r < ns; r++) {
		const char *nm = qm_speaker(app->qm, top + (size_t)r)->name;
		int nw = text_width(nm, strlen(nm));
		if (nw > name_w)
			name_w = nw;
		char digits[48];
		int cw = count_text(qm_speaker(app->qm, top + (size_t)r), digits, sizeof digits);
		if (cw > count_w)
			count_w = cw;
	}
	if (name_w > max_name)
		name_w = max_name;
	for (int r = 0; r < list_h && top + (size_t)r < ns; r++)
		speaker_row(app, g, x, w, y + r, top + (size_t)r, name_w, count_w);
	y += list_h;
	if (y >= end)
		return;
	Style bs = theme_style(t, UI_BORDER);
	for (int c = x; c < limit; c++)
		grid_puts(g, c, y, limit, "─", bs);
	y++;
	const Speaker *sp = app->speaker >= 0 ? qm_speaker(app->qm, (size_t)app->speaker) : NULL;
	if (!sp || y >= end)
		return;
	Style name = theme_speaker(t, app->speaker);
	name.attr |= AT_BOLD;
	name.bg = text.bg;
	grid_puts_cut(g, x + 1, y++, limit - 1, sp->name, name);
	Style dim = theme_style(t, UI_PANEL_DIM);
	for (size_t r = 0; r < sp->nroles && r < 2 && y < end; r++)
		grid_puts_cut(g, x + 1, y++, limit - 1, sp->roles[r], dim);
	size_t n = qm_statement_count(app->qm, (size_t)app->speaker);
	if (n == 0) {
		if (y < end)
			grid_puts(g, x + 1, y, limit, "no statements", dim);
		return;
	}
	int rows = end - y;
	size_t cur = app->current != QM_NONE && qm_quote(app->qm, app->current)->speaker == app->speaker
	                 ? qm_statement_index(app->qm, app->current)
	                 : 0;
	size_t first = 0;
	if (rows > 0 && cur >= (size_t)rows)
		first = cur - (size_t)rows + 1;
	for (size_t k = first; k < n && y < end; k++)
		quote_row(app, g, x, w, y++, qm_statement(app->qm, (size_t)app->speaker, k));
}
