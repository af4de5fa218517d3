/* view.c - drawing the App: layout, the article pane, status, hints, help.
 * Views only read the App (app_impl.h); app.c alone changes it. */
#include "app_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sanitize.h"
#include "wrap.h"

#define MIN_COLS 20
#define MIN_ROWS 6
#define WIDE_COLS 90
#define MAX_MARKS 256
#define MAX_MATCHES 128

void view_layout(App *app)
{
	Layout *l = &app->lay;
	memset(l, 0, sizeof *l);
	l->too_small = app->cols < MIN_COLS || app->rows < MIN_ROWS;
	if (l->too_small)
		return;
	l->body_h = app->rows - 2;
	l->status_y = app->rows - 2;
	l->hint_y = app->rows - 1;
	l->wide = app->cols >= WIDE_COLS;
	int pw = app->cfg && app->cfg->panel_width ? app->cfg->panel_width : app->cols / 3;
	if (pw < 24)
		pw = 24;
	if (pw > app->cols / 2)
		pw = app->cols / 2;
	if (l->wide) {
		app->overlay = false;
		l->art_w = app->cols - pw - 1;
		l->panel_x = l->art_w + 1;
		l->panel_w = pw;
	} else {
		if (app->focus == FOCUS_PANEL)
			app->overlay = true;
		l->art_w = app->cols;
		if (app->overlay) {
			int ow = app->cols * 2 / 3 > pw ? app->cols * 2 / 3 : pw;
			if (ow > app->cols)
				ow = app->cols;
			l->panel_x = app->cols - ow;
			l->panel_w = ow;
		}
	}
	l->text_x = l->art_x + 2; /* gutter: a mark and a space */
	l->text_w = l->art_w - 3;
	if (l->text_w < 1)
		l->text_w = 1;
}

static UiElement block_element(BlockKind k)
{
	switch (k) {
	case BLOCK_TITLE: return UI_TITLE;
	case BLOCK_BYLINE: return UI_BYLINE;
	case BLOCK_HEADING: return UI_HEADING;
	default: return UI_TEXT;
	}
}

/* The style of the glyph at OFF given the marks and matches over its row. */
static Style glyph_style(const App *app, Style base, size_t off, const Mark *marks, size_t nm,
                         const size_t *matches, size_t nmatch)
{
	const Theme *t = app->theme;
	Style st = base;
	for (size_t i = 0; i < nm; i++) {
		const Mark *m = &marks[i];
		if (off < m->start || off >= m->end)
			continue;
		const Quote *q = qm_quote(app->qm, m->quote);
		switch (m->kind) {
		case MARK_QUOTE:
			if (q->kind == QUOTE_TERM)
				st = style_over(base, theme_style(t, UI_TERM));
			else if (q->speaker >= 0)
				st = style_over(base, theme_speaker(t, q->speaker));
			else if (q->kind != QUOTE_INDIRECT)
				st = style_over(base, theme_style(t, UI_QUOTE));
			/* Reported speech is the writer's words: it keeps its
			 * speaker's colour but must not pass for a quotation. */
			if (q->kind == QUOTE_INDIRECT)
				st = style_over(st, theme_style(t, UI_REPORTED));
			break;
		case MARK_CUE:
			st = style_over(st, theme_style(t, UI_CUE));
			break;
		case MARK_MENTION: {
			Style ms = theme_style(t, UI_MENTION);
			if (q->speaker >= 0)
				ms.fg = theme_speaker(t, q->speaker).fg;
			st = style_over(st, ms);
			break;
		}
		}
	}
	if (app->current != QM_NONE) {
		const Quote *c = qm_quote(app->qm, app->current);
		if (off >= c->span.start && off < c->span.end)
			st = style_over(st, theme_style(t, UI_CURRENT));
	}
	st = annot_glyph(app, off, st);
	for (size_t i = 0; i < nmatch; i++)
		if (off >= matches[2 * i] && off < matches[2 * i + 1]) {
			st = style_over(st, theme_style(t, UI_MATCH));
			if (matches[2 * i] == app->match_start)
				st.attr |= AT_BOLD | AT_UNDERLINE;
		}
	return st;
}

static void draw_row(App *app, Grid *g, int y, DocPos p)
{
	const Layout *l = &app->lay;
	const Block *b = doc_block(app->doc, p.block);
	const WrapLine *line = doc_line(app->doc, p.block, p.row);
	if (!b || !line)
		return;
	Style base = theme_style(app->theme, block_element(b->kind));
	bool text = b->para != (size_t)-1;
	size_t s = b->offset + line->start, e = b->offset + line->end;
	Mark marks[MAX_MARKS];
	size_t nm = 0, nmatch = 0;
	size_t matches[2 * MAX_MATCHES];
	if (text && app->qm) {
		nm = qm_marks(app->qm, s, e, marks, MAX_MARKS);
		if (nm > MAX_MARKS)
			nm = MAX_MARKS;
	}
	if (text)
		nmatch = app_search_spans(app, s, e, matches, MAX_MATCHES);
	/* The gutter: a thick mark on the current statement, a thin one on the
	 * selected speaker's other statements, so they stand out in the page. */
	const char *mark = NULL;
	int mark_speaker = -1;
	for (size_t i = 0; i < nm; i++) {
		const Quote *q = qm_quote(app->qm, marks[i].quote);
		if (marks[i].kind != MARK_QUOTE || q->kind == QUOTE_TERM)
			continue;
		if (marks[i].quote == app->current) {
			mark = "▌";
			mark_speaker = q->speaker;
			break;
		}
		if (q->speaker >= 0 && q->speaker == app->speaker) {
			mark = "▏";
			mark_speaker = q->speaker;
		}
	}
	if (mark) {
		Style gs = theme_style(app->theme, UI_GUTTER);
		if (mark_speaker >= 0)
			gs.fg = theme_speaker(app->theme, mark_speaker).fg;
		grid_puts(g, l->art_x, y, l->art_x + 1, mark, gs);
	}
	Style ags;
	const char *amark = text ? annot_row(app, s, e, &ags) : NULL;
	if (amark)
		grid_puts(g, l->art_x + 1, y, l->art_x + 2, amark, ags);
	int x = l->text_x + b->indent;
	int limit = l->text_x + l->text_w;
	if (b->kind == BLOCK_ITEM && p.row == 0)
		grid_puts(g, l->text_x, y, limit, "•", base);
	else if (b->kind == BLOCK_QUOTE)
		grid_puts(g, l->text_x, y, limit, "│", theme_style(app->theme, UI_BORDER));
	const char *t = b->text;
	size_t i = line->start;
	while (i < line->end) {
		int w;
		size_t n = glyph_next(t + i, line->end - i, &w);
		if (w > 0) {
			Style st = text ? glyph_style(app, base, b->offset + i, marks, nm, matches, nmatch)
			                : base;
			if (!grid_put_glyph(g, x, y, limit, t + i, n, w, st))
				break;
			if (text)
				grid_set_hit(g, x, y, w, (Hit){ HIT_TEXT, b->offset + i });
			x += w;
		}
		i += n;
	}
}

static int percent(App *app, DocPos last)
{
	size_t len = article_len(app->a);
	if (len == 0 || doc_cmp(last, doc_end(app->doc)) >= 0)
		return 100;
	const WrapLine *l = doc_line(app->doc, last.block, last.row);
	const Block *b = doc_block(app->doc, last.block);
	size_t off = doc_offset(app->doc, last) + (l ? l->end - l->start : 0);
	if (b && b->para == (size_t)-1)
		off = 0;
	return (int)(off * 100 / len);
}

static void view_status(App *app, Grid *g, int pct)
{
	const Layout *l = &app->lay;
	const Theme *t = app->theme;
	Style st = theme_style(t, UI_STATUS);
	int y = l->status_y, right = app->cols;
	grid_fill(g, 0, y, app->cols, st);
	const char *amode = annot_mode(app);
	const char *mode = amode ? amode
	                   : app->state == ST_PROMPT ? "SEARCH"
	                   : app->state == ST_HELP ? "HELP"
	                   : app->focus == FOCUS_PANEL ? "SPEAKERS" : "ARTICLE";
	char buf[300];
	char mbuf[32];
	snprintf(mbuf, sizeof mbuf, " %s ", mode);
	int mw = text_width(mbuf, strlen(mbuf));
	int x = grid_puts(g, 0, y, right, " ", st);
	int fw = app->cols / 4 > 12 ? app->cols / 4 : 12;
	x = grid_puts_cut(g, x, y, x + fw < right ? x + fw : right, app->filename, st);
	if (pct >= 0) {
		snprintf(buf, sizeof buf, "  %d%%", pct);
		x = grid_puts(g, x, y, right, buf, st);
	}
	const Speaker *sp = app->qm && app->speaker >= 0 ? qm_speaker(app->qm, (size_t)app->speaker)
	                                                : NULL;
	bool room = !app->msg[0] || right - x > 30 + (int)strlen(app->msg);
	if (sp && room) {
		x = grid_puts(g, x, y, right, "  ", st);
		Style sw = st;
		sw.fg = theme_speaker(t, app->speaker).fg;
		x = grid_puts(g, x, y, right, "● ", sw);
		x = grid_puts_cut(g, x, y, x + 24 < right ? x + 24 : right, sp->name, st);
		size_t n = qm_statement_count(app->qm, (size_t)app->speaker);
		size_t k = app->current != QM_NONE &&
		                   qm_quote(app->qm, app->current)->speaker == app->speaker
		               ? qm_statement_index(app->qm, app->current)
		               : QM_NONE;
		if (k != QM_NONE)
			snprintf(buf, sizeof buf, "  statement %zu/%zu", k + 1, n);
		else
			snprintf(buf, sizeof buf, "  statement -/%zu", n);
		x = grid_puts(g, x, y, right, buf, st);
	}
	/* The mode goes at the right end when there is room for it. */
	if (!app->msg[0] && x + 1 + mw <= app->cols)
		grid_puts(g, app->cols - mw, y, app->cols, mbuf, theme_style(t, UI_STATUS_MODE));
	if (app->msg[0] && app->cols >= 60) {
		right = app->cols - mw;
		grid_puts(g, right, y, app->cols, mbuf, theme_style(t, UI_STATUS_MODE));
	}
	if (app->msg[0]) {
		/* A message that does not fit takes the whole bar: it matters now. */
		if (x + 2 + text_width(app->msg, strlen(app->msg)) > right - 1) {
			grid_fill(g, 0, y, right, st);
			x = 0;
		}
		x = grid_puts(g, x, y, right, x ? "  " : " ", st);
		grid_puts_cut(g, x, y, right - 1, app->msg,
		              theme_style(t, app->msg_error ? UI_ERROR : UI_MESSAGE));
	}
}

/* One "KEYS label" item of the hint line. */
static int hint(App *app, Grid *g, int x, int y, const char *keys, const char *label)
{
	const Theme *t = app->theme;
	int limit = app->cols;
	if (!keys[0])
		return x;
	int need = text_width(keys, strlen(keys)) + 1 + text_width(label, strlen(label)) + 2;
	if (x + need > limit)
		return limit; /* no half items */
	x = grid_puts(g, x, y, limit, keys, theme_style(t, UI_HINT_KEY));
	x = grid_puts(g, x, y, limit, " ", theme_style(t, UI_HINT));
	x = grid_puts(g, x, y, limit, label, theme_style(t, UI_HINT));
	return grid_puts(g, x, y, limit, "  ", theme_style(t, UI_HINT));
}

static int hint_pair(App *app, Grid *g, int x, int y, const char *a, const char *b,
                     const char *label)
{
	char ka[48], kb[48], both[100];
	app_keys_of(app, a, ka, sizeof ka, " ");
	char *slash = strchr(ka, ' ');
	if (slash)
		*slash = 0;
	if (b) {
		app_keys_of(app, b, kb, sizeof kb, " ");
		slash = strchr(kb, ' ');
		if (slash)
			*slash = 0;
		snprintf(both, sizeof both, "%s/%s", ka, kb);
	} else {
		snprintf(both, sizeof both, "%s", ka);
	}
	return hint(app, g, x, y, both, label);
}

static void view_hint(App *app, Grid *g)
{
	int y = app->lay.hint_y;
	const Theme *t = app->theme;
	if (app->state == ST_PROMPT) {
		int x = grid_puts(g, 0, y, app->cols, "/", theme_style(t, UI_PROMPT));
		/* Show the end of a long pattern. */
		const char *p = app->prompt;
		while (text_width(p, strlen(p)) > app->cols - 3)
			p += utf8_seq_len((unsigned char)*p);
		x = grid_puts(g, x, y, app->cols, p, theme_style(t, UI_PROMPT));
		Style cur = theme_style(t, UI_PROMPT);
		cur.attr |= AT_REVERSE;
		grid_puts(g, x, y, app->cols, " ", cur);
		return;
	}
	int x = 1;
	if (app->state == ST_HELP) {
		x = hint(app, g, x, y, "j/k", "scroll");
		hint(app, g, x, y, "q/?/Esc", "close help");
		return;
	}
	if (app->focus == FOCUS_PANEL) {
		x = hint_pair(app, g, x, y, "panel_down", "panel_up", "select");
		x = hint_pair(app, g, x, y, "panel_jump", NULL, "first statement");
	} else {
		x = hint_pair(app, g, x, y, "line_down", "line_up", "scroll");
		char k1[32], k9[32], both[70];
		app_keys_of(app, "speaker1", k1, sizeof k1, "/");
		app_keys_of(app, "speaker9", k9, sizeof k9, "/");
		snprintf(both, sizeof both, "%s-%s", k1, k9);
		x = hint(app, g, x, y, both, "speaker");
	}
	x = hint_pair(app, g, x, y, "next_statement", "prev_statement", "statement");
	x = hint_pair(app, g, x, y, "next_quote", "prev_quote", "quote");
	x = hint_pair(app, g, x, y, "search", NULL, "search");
	x = hint_pair(app, g, x, y, "focus", NULL, app->focus == FOCUS_PANEL ? "article" : "speakers");
	x = hint_pair(app, g, x, y, "help", NULL, "help");
	hint_pair(app, g, x, y, "quit", NULL, "quit");
}

void view_article(App *app, Grid *g)
{
	const Layout *l = &app->lay;
	DocPos p = app->top, last = p;
	for (int y = 0; y < l->body_h; y++) {
		draw_row(app, g, y, p);
		last = p;
		if (doc_move(app->doc, &p, 1) == 0)
			break;
	}
	if (l->wide) {
		Style bs = theme_style(app->theme, UI_BORDER);
		for (int y = 0; y < l->body_h; y++)
			grid_puts(g, l->art_w, y, l->art_w + 1, "│", bs);
	}
	if (l->panel_w > 0)
		view_panel(app, g, l->panel_x, l->panel_w, 0, l->body_h, !l->wide);
	view_status(app, g, percent(app, last));
	view_hint(app, g);
}

/* The help screen: every action from the table, its keys and what it does. */
static const char *const help_mouse[] = {
	"click a speaker", "select the speaker",
	"click a quotation", "make it the current statement",
	"wheel", "scroll",
};

void view_help(App *app, Grid *g)
{
	const Theme *t = app->theme;
	const Layout *l = &app->lay;
	int kw = 20, y = 0, row = 0;
	char keys[128];
	const char *group, *text;
	/* Draws line ROW if it is on screen. */
#define LINE_ON_SCREEN (row >= app->help_top && y < l->body_h)
	if (LINE_ON_SCREEN)
		grid_puts(g, 1, y++, app->cols, "newsroom: keys", theme_style(t, UI_HELP_TITLE));
	row++;
	for (size_t i = 0; app_help_lines(app, i, &group, keys, sizeof keys, &text); i++) {
		if (group) {
			if (LINE_ON_SCREEN)
				y++;
			row++;
			if (LINE_ON_SCREEN)
				grid_puts(g, 1, y++, app->cols, group, theme_style(t, UI_HELP_SECTION));
			row++;
		}
		if (LINE_ON_SCREEN) {
			grid_puts_cut(g, 3, y, 3 + kw - 1, keys, theme_style(t, UI_HELP_KEY));
			grid_puts_cut(g, 3 + kw, y, app->cols, text, theme_style(t, UI_HELP_TEXT));
			y++;
		}
		row++;
	}
	const char *tail_groups[] = { "Mouse", NULL };
	for (int k = 0; tail_groups[k]; k++) {
		if (LINE_ON_SCREEN)
			y++;
		row++;
		if (LINE_ON_SCREEN)
			grid_puts(g, 1, y++, app->cols, tail_groups[k], theme_style(t, UI_HELP_SECTION));
		row++;
		for (size_t i = 0; i < sizeof help_mouse / sizeof help_mouse[0]; i += 2) {
			if (LINE_ON_SCREEN) {
				grid_puts_cut(g, 3, y, 3 + kw - 1, help_mouse[i], theme_style(t, UI_HELP_KEY));
				grid_puts_cut(g, 3 + kw, y, app->cols, help_mouse[i + 1],
				              theme_style(t, UI_HELP_TEXT));
				y++;
			}
			row++;
		}
	}
	if (LINE_ON_SCREEN)
		y++;
	row++;
	if (LINE_ON_SCREEN) {
		char path[1100], line[1200];
		settings_path(path, sizeof path);
		/* Shown the way people write it: ~/.config/... */
		const char *home = getenv("HOME"), *shown = path;
		size_t hl = home ? strlen(home) : 0;
		if (hl > 1 && strncmp(path, home, hl) == 0 && path[hl] == '/') {
			path[hl - 1] = '~';
			shown = path + hl - 1;
		}
		snprintf(line, sizeof line, "Keys can be changed in %s, [keys]: ACTION = KEYS", shown);
		char *clean = sanitize_line(line, strlen(line));
		grid_puts_cut(g, 1, y++, app->cols, clean ? clean : "", theme_style(t, UI_HELP_TEXT));
		free(clean);
	}
	row++;
#undef LINE_ON_SCREEN
	app->help_rows = row;
	view_status(app, g, -1);
	view_hint(app, g);
}
