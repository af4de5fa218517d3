/* desk_view.c - drawing the desk: the article list, the speakers index and
 * one speaker's statements.  Reads the DeskUi, changes nothing. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "desk_impl.h"
#include "wrap.h"

/* One column of a table row: TEXT cut to fit [x, x+w), right-aligned when
 * RIGHT.  Returns the column after it and its gap. */
static int cell(Grid *g, int x, int y, int w, const char *text, Style st, bool right)
{
	if (w <= 0)
		return x;
	int tw = text_width(text, strlen(text));
	int at = right && tw < w ? x + w - tw : x;
	grid_puts_cut(g, at, y, x + w, text, st);
	return x + w + 1;
}

/* The style of table row Y: NORMAL, or for the selected row the selection,
 * the row filled and marked so that it shows without colour too. */
static Style row_style(const DeskUi *u, Grid *g, int y, bool sel, UiElement normal)
{
	Style st = theme_style(u->theme, sel ? UI_PANEL_SELECT : normal);
	if (sel) {
		grid_fill(g, 0, y, u->cols, st);
		grid_puts(g, 0, y, u->cols, "▸", st);
	}
	return st;
}

/* The title bar: what is shown, and how it is sorted or filtered. */
static void title_bar(const DeskUi *u, Grid *g, const char *text)
{
	Style st = theme_style(u->theme, UI_PANEL_TITLE);
	grid_puts_cut(g, 1, 0, u->cols - 1, text, st);
}

static void status_bar(const DeskUi *u, Grid *g, const char *mode)
{
	const Theme *t = u->theme;
	Style st = theme_style(t, UI_STATUS);
	int y = u->rows - 2;
	grid_fill(g, 0, y, u->cols, st);
	char buf[320];
	size_t files = desk_files(u->d), done = desk_analysed(u->d);
	int x = 1;
	if (u->prompt) {
		lineedit_draw((LineEdit *)&u->edit, g, 1, y, u->cols - 1, "filter: ",
		              theme_style(t, UI_PROMPT), theme_style(t, UI_PROMPT));
		return;
	}
	if (done < files) {
		snprintf(buf, sizeof buf, "analysing %zu of %zu files (%zu%%)…", done, files,
		         done * 100 / (files ? files : 1));
		x = grid_puts(g, x, y, u->cols, buf, theme_style(t, UI_MESSAGE));
	} else {
		snprintf(buf, sizeof buf, "%zu article%s in %zu file%s", desk_count(u->d),
		         desk_count(u->d) == 1 ? "" : "s", files, files == 1 ? "" : "s");
		x = grid_puts(g, x, y, u->cols, buf, st);
	}
	if (u->msg[0]) {
		x = grid_puts(g, x, y, u->cols, "  ", st);
		grid_puts_cut(g, x, y, u->cols - 12, u->msg,
		              theme_style(t, u->msg_error ? UI_ERROR : UI_MESSAGE));
	}
	char m[32];
	snprintf(m, sizeof m, " %s ", mode);
	int mw = text_width(m, strlen(m));
	if (u->cols > mw + 20)
		grid_puts(g, u->cols - mw, y, u->cols, m, theme_style(t, UI_STATUS_MODE));
}

static void hints(const DeskUi *u, Grid *g, const char *const *items)
{
	int y = u->rows - 1, x = 0;
	for (size_t i = 0; items[i]; i += 2) {
		int need = text_width(items[i], strlen(items[i])) + 1 +
		           text_width(items[i + 1], strlen(items[i + 1])) + 2;
		if (x + need > u->cols)
			break;
		x = grid_puts(g, x, y, u->cols, items[i], theme_style(u->theme, UI_HINT_KEY));
		x = grid_puts(g, x, y, u->cols, " ", theme_style(u->theme, UI_HINT));
		x = grid_puts(g, x, y, u->cols, items[i + 1], theme_style(u->theme, UI_HINT));
		x += 2;
	}
}

/* "2017-12-15" from the sort key, else the date as written, else "-". */
static void show_date(const DeskEntry *e, char *out, size_t size)
{
	if (e->datekey[0])
		snprintf(out, size, "%.10s", e->datekey);
	else
		snprintf(out, size, "%s", e->date[0] ? e->date : "-");
}

/* Column widths of the list for the screen width. */
typedef struct {
	int date, title, source, quotes, notes, speakers;
} Cols;

static Cols list_cols(int cols)
{
	Cols c = { .date = 10, .quotes = 6, .notes = 9 };
	int rest = cols - 2 - (c.date + 1) - (c.quotes + 1) - (c.notes + 1);
	if (cols >= 100) {
		c.source = 12;
		rest -= c.source + 1;
		c.title = rest * 3 / 5;
		c.speakers = rest - c.title - 1;
	} else {
		c.title = rest;
	}
	if (c.title < 8)
		c.title = 8;
	return c;
}

/* Appends to OUT (SIZE bytes, N used); returns the new length, at most
 * SIZE - 1 (a cut at the end is cut again by the cell drawing it). */
static size_t append(char *out, size_t size, size_t n, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static size_t append(char *out, size_t size, size_t n, const char *fmt, ...)
{
	if (n + 1 >= size)
		return n;
	va_list ap;
	va_start(ap, fmt);
	int w = vsnprintf(out + n, size - n, fmt, ap);
	va_end(ap);
	if (w < 0)
		return n;
	return (size_t)w < size - n ? n + (size_t)w : size - 1;
}

static void speaker_names(const DeskEntry *e, char *out, size_t size)
{
	size_t n = 0;
	out[0] = 0;
	for (size_t i = 0; i < e->nspeakers; i++)
		n = append(out, size, n, "%s%s", i ? ", " : "", e->speakers[i].name);
}

static void draw_list(DeskUi *u, Grid *g)
{
	const Theme *t = u->theme;
	char buf[512];
	if (u->filter[0])
		snprintf(buf, sizeof buf, "Desk · %zu of %zu articles matching '%s' · by %s", u->norder,
		         desk_count(u->d), u->filter, desk_sort_name(u->sort));
	else
		snprintf(buf, sizeof buf, "Desk · %zu articles · by %s", desk_count(u->d),
		         desk_sort_name(u->sort));
	title_bar(u, g, buf);
	Cols c = list_cols(u->cols);
	Style head = theme_style(t, UI_PANEL_DIM);
	int x = cell(g, 1, 1, c.date, "Date", head, false);
	x = cell(g, x, 1, c.title, "Title", head, false);
	x = cell(g, x, 1, c.source, "Source", head, false);
	x = cell(g, x, 1, c.quotes, "Quotes", head, true);
	x = cell(g, x, 1, c.notes, "Notes", head, true);
	cell(g, x, 1, c.speakers, "Speakers", head, false);
	int h = desk_body_rows(u);
	for (int r = 0; r < h && u->top + (size_t)r < u->norder; r++) {
		size_t id = u->order[u->top + (size_t)r];
		const DeskEntry *e = desk_entry(u->d, id);
		int y = 2 + r;
		Style st = row_style(u, g, y, id == u->sel_entry, e->ready ? UI_PANEL_TEXT : UI_PANEL_DIM);
		show_date(e, buf, sizeof buf);
		x = cell(g, 1, y, c.date, buf, st, false);
		x = cell(g, x, y, c.title, e->title, st, false);
		x = cell(g, x, y, c.source, e->source, st, false);
		if (e->error) {
			grid_puts_cut(g, x, y, u->cols - 1, e->error, theme_style(t, UI_ERROR));
			continue;
		}
		snprintf(buf, sizeof buf, "%zu", e->nquotes);
		x = cell(g, x, y, c.quotes, e->ready ? buf : "…", st, true);
		if (e->nopen)
			snprintf(buf, sizeof buf, "%zu·%zu open", e->nnotes, e->nopen);
		else if (e->nnotes)
			snprintf(buf, sizeof buf, "%zu", e->nnotes);
		else
			buf[0] = 0; /* blank: the articles with notes stand out */
		x = cell(g, x, y, c.notes, e->ready ? buf : "", st, true);
		speaker_names(e, buf, sizeof buf);
		cell(g, x, y, c.speakers, buf, st, false);
	}
	if (u->norder == 0)
		grid_puts(g, 1, 2, u->cols, u->filter[0] ? "no article matches the filter (Esc clears it)"
		                                        : "no articles yet",
		          theme_style(t, UI_PANEL_DIM));
	status_bar(u, g, "DESK");
	static const char *const h_list[] = { "j/k", "move", "Enter", "read", "s", "sort", "/",
		                              "filter", "S", "speakers", "?", "help", "q", "quit", NULL };
	hints(u, g, h_list);
}

/* "16 Tillerson: 'North Korea…' · 2 Other title" for a person's articles. */
static void per_article(const DeskUi *u, const DeskPerson *p, char *out, size_t size)
{
	size_t n = 0;
	out[0] = 0;
	for (size_t i = 0; i < p->nrefs && n + 1 < size; i++) {
		size_t entry = p->refs[i].entry, count = 0;
		if (i > 0 && p->refs[i - 1].entry == entry)
			continue;
		for (size_t j = i; j < p->nrefs && p->refs[j].entry == entry; j++)
			count += desk_entry(u->d, entry)->speakers[p->refs[j].speaker].nst;
		const char *title = desk_entry(u->d, entry)->title;
		int tw;
		size_t cut = text_fit(title, strlen(title), 32, &tw); /* whole glyphs */
		n = append(out, size, n, "%s%zu %.*s%s", n ? " · " : "", count, (int)cut, title,
		           title[cut] ? "…" : "");
	}
}

static void draw_speakers(DeskUi *u, Grid *g)
{
	const Theme *t = u->theme;
	char buf[1024];
	snprintf(buf, sizeof buf, "Speakers · %zu across %zu articles", u->npeople, desk_count(u->d));
	title_bar(u, g, buf);
	int wn = u->cols >= 100 ? 26 : 20;
	Style head = theme_style(t, UI_PANEL_DIM);
	int x = cell(g, 1, 1, wn, "Speaker", head, false);
	x = cell(g, x, 1, 7, "Quotes", head, true);
	x = cell(g, x, 1, 8, "Articles", head, true);
	cell(g, x, 1, u->cols - x - 1, "Quotes per article", head, false);
	int h = desk_body_rows(u);
	for (int r = 0; r < h && u->people.top + (size_t)r < u->npeople; r++) {
		size_t i = u->people.top + (size_t)r;
		const DeskPerson *p = desk_person(u->d, i);
		int y = 2 + r;
		bool sel = i == u->people.sel;
		Style st = row_style(u, g, y, sel, UI_PANEL_TEXT);
		x = cell(g, 1, y, wn, p->name, st, false);
		quote_count_label(buf, sizeof buf, p->nquotes - p->nreported, p->nreported);
		x = cell(g, x, y, 7, buf, st, true);
		snprintf(buf, sizeof buf, "%zu", p->narticles);
		x = cell(g, x, y, 8, buf, st, true);
		per_article(u, p, buf, sizeof buf);
		cell(g, x, y, u->cols - x - 1, buf, sel ? st : theme_style(t, UI_PANEL_QUOTE), false);
	}
	if (u->npeople == 0)
		grid_puts(g, 1, 2, u->cols, "no speakers found yet", theme_style(t, UI_PANEL_DIM));
	status_bar(u, g, "SPEAKERS");
	static const char *const h_sp[] = { "j/k", "move", "Enter", "statements", "q", "articles",
		                            NULL };
	hints(u, g, h_sp);
}

static void draw_statements(DeskUi *u, Grid *g)
{
	const Theme *t = u->theme;
	char buf[512];
	const DeskPerson *p = desk_person(u->d, u->person);
	snprintf(buf, sizeof buf, "%s · %zu statement%s in %zu article%s, oldest first",
	         p ? p->name : "", u->nsq, u->nsq == 1 ? "" : "s", p ? p->narticles : 0,
	         p && p->narticles == 1 ? "" : "s");
	title_bar(u, g, buf);
	int wt = u->cols >= 100 ? 30 : 18;
	Style head = theme_style(t, UI_PANEL_DIM);
	int x = cell(g, 1, 1, 10, "Date", head, false);
	x = cell(g, x, 1, wt, "Article", head, false);
	cell(g, x, 1, u->cols - x - 1, "Statement", head, false);
	int h = desk_body_rows(u);
	for (int r = 0; r < h && u->quotes.top + (size_t)r < u->nsq; r++) {
		size_t i = u->quotes.top + (size_t)r;
		const DeskQuote *q = &u->sq[i];
		const DeskEntry *e = desk_entry(u->d, q->entry);
		int y = 2 + r;
		bool sel = i == u->quotes.sel;
		Style st = row_style(u, g, y, sel, UI_PANEL_TEXT);
		show_date(e, buf, sizeof buf);
		x = cell(g, 1, y, 10, buf, st, false);
		x = cell(g, x, y, wt, e->title, st, false);
		/* Reported speech is the writer's words: no quotation marks. */
		if (q->st->reported)
			snprintf(buf, sizeof buf, "%s", q->st->text);
		else
			snprintf(buf, sizeof buf, "“%s”", q->st->text);
		cell(g, x, y, u->cols - x - 1, buf, sel ? st : theme_style(t, UI_PANEL_QUOTE), false);
	}
	status_bar(u, g, "STATEMENTS");
	static const char *const h_st[] = { "j/k", "move", "Enter", "read in the article", "q",
		                            "speakers", NULL };
	hints(u, g, h_st);
}

/* The desk's keys by view; a row with no keys is a heading.  The reader's own
 * keys are in its help (? inside an article). */
static const char *const help_text[][2] = {
	{ NULL, "The articles" },
	{ "j/k Down/Up", "move the selection" },
	{ "Space/b PgDn/PgUp", "a page down or up" },
	{ "g/G Home/End", "the first or last article" },
	{ "Enter", "read the article (its notes, quotes and speakers)" },
	{ "s", "sort by date, title or notes, in turn" },
	{ "/", "filter by words in the title, source, path, date or speakers" },
	{ "Esc", "clear the filter" },
	{ "S", "the speakers across all articles" },
	{ "q", "quit" },
	{ NULL, "" },
	{ NULL, "The speakers" },
	{ "j/k g/G ...", "move as in the articles" },
	{ "Enter", "that speaker's statements in every article" },
	{ "q/Esc/S", "back to the articles" },
	{ NULL, "" },
	{ NULL, "A speaker's statements" },
	{ "j/k g/G ...", "move as in the articles" },
	{ "Enter", "read the statement in its article" },
	{ "q/Esc", "back to the speakers" },
	{ NULL, "" },
	{ NULL, "In an article" },
	{ "?", "the reader's keys" },
	{ "q", "back to where the article was opened from" },
	{ NULL, "" },
	{ NULL, "This help" },
	{ "j/k Space/b g/G", "scroll" },
	{ "q/Esc/?", "close" },
};

size_t desk_help_rows(void)
{
	return sizeof help_text / sizeof help_text[0];
}

static void draw_help(DeskUi *u, Grid *g)
{
	const Theme *t = u->theme;
	title_bar(u, g, "Desk keys");
	int h = desk_body_rows(u) + 1; /* no column header row */
	size_t n = desk_help_rows();
	for (int r = 0; r < h && u->help_top + (size_t)r < n; r++) {
		const char *const *row = help_text[u->help_top + (size_t)r];
		int y = 1 + r;
		if (!row[0]) {
			grid_puts_cut(g, 1, y, u->cols - 1, row[1], theme_style(t, UI_PANEL_TITLE));
			continue;
		}
		int x = cell(g, 3, y, 20, row[0], theme_style(t, UI_HINT_KEY), false);
		grid_puts_cut(g, x, y, u->cols - 1, row[1], theme_style(t, UI_PANEL_TEXT));
	}
	status_bar(u, g, "HELP");
	static const char *const h_help[] = { "j/k", "scroll", "q", "close", NULL };
	hints(u, g, h_help);
}

void desk_draw(DeskUi *u, Grid *g)
{
	grid_clear(g, theme_style(u->theme, UI_TEXT));
	if (u->cols < 30 || u->rows < 6) {
		grid_puts(g, 0, 0, u->cols, "terminal too small", theme_style(u->theme, UI_ERROR));
		return;
	}
	switch (u->view) {
	case DV_SPEAKERS: draw_speakers(u, g); break;
	case DV_STATEMENTS: draw_statements(u, g); break;
	case DV_HELP: draw_help(u, g); break;
	default: draw_list(u, g); break;
	}
}
