/* desk.c - the desk: its keys, the articles opened from it, and running it
 * on the terminal or headless.
 *
 * Keys of the desk (the reader's own keys apply inside an article):
 *   list      j/k Down/Up, Space/b PgDn/PgUp, g/G Home/End  move
 *             Enter open   s sort (date, title, annotations)   / filter
 *             Esc clear the filter   S speakers index   q quit
 *   speakers  the same moves; Enter that speaker's statements; q/Esc back
 *   statements  the same moves; Enter read it in its article; q/Esc back
 *   reader    q back to where the article was opened from
 *   ? in the three lists shows these keys
 */
#include "desk.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "desk_impl.h"
#include "keys.h"
#include "prompt.h"
#include "reader.h"
#include "sanitize.h"
#include "term.h"
#include "wrap.h"

#define DUMP_COLS 120
#define DUMP_ROWS 40
#define NO_ENTRY SIZE_MAX

static void say(DeskUi *u, bool error, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void say(DeskUi *u, bool error, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	sanitize_vformat(u->msg, sizeof u->msg, fmt, ap);
	va_end(ap);
	u->msg_error = error;
}

int desk_body_rows(const DeskUi *u)
{
	int h = u->rows - 4; /* title, column heads; status, hints */
	return h > 1 ? h : 1;
}

const char *desk_sort_name(DeskSort s)
{
	static const char *const names[SORT__COUNT] = { "date", "title", "annotations" };
	return s < SORT__COUNT ? names[s] : "";
}

/* ---- the list: sorting and filtering ------------------------------------ */

static int fold(int c)
{
	return c >= 'A' && c <= 'Z' ? c | 0x20 : c;
}

static int strcmp_fold(const char *a, const char *b)
{
	for (; *a && fold((unsigned char)*a) == fold((unsigned char)*b); a++, b++)
		;
	return fold((unsigned char)*a) - fold((unsigned char)*b);
}

/* Case-insensitive (ASCII) substring search. */
static bool has_fold(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	for (; *hay; hay++) {
		size_t i = 0;
		while (i < n && hay[i] && fold((unsigned char)hay[i]) == fold((unsigned char)needle[i]))
			i++;
		if (i == n)
			return true;
	}
	return n == 0;
}

static bool matches(const DeskEntry *e, const char *f)
{
	if (!*f || has_fold(e->title, f) || has_fold(e->source, f) || has_fold(e->path, f) ||
	    has_fold(e->date, f))
		return true;
	for (size_t i = 0; i < e->nspeakers; i++)
		if (has_fold(e->speakers[i].name, f))
			return true;
	return false;
}

static const DeskUi *sorting; /* qsort has no context argument; one UI thread */

static int cmp_walk(const DeskEntry *x, const DeskEntry *y)
{
	if (x->file != y->file)
		return x->file < y->file ? -1 : 1;
	return x->item < y->item ? -1 : x->item > y->item;
}

static int cmp_date(const DeskEntry *x, const DeskEntry *y)
{
	/* Newest first; undated ones after, in walk order. */
	if (!x->datekey[0] != !y->datekey[0])
		return x->datekey[0] ? -1 : 1;
	int c = strcmp(y->datekey, x->datekey);
	return c ? c : cmp_walk(x, y);
}

static int cmp_entries(const void *a, const void *b)
{
	const DeskEntry *x = desk_entry(sorting->d, *(const size_t *)a);
	const DeskEntry *y = desk_entry(sorting->d, *(const size_t *)b);
	int c = 0;
	switch (sorting->sort) {
	case SORT_TITLE:
		c = strcmp_fold(x->title, y->title);
		break;
	case SORT_NOTES:
		/* Most open annotations first, then most annotations. */
		if (x->nopen != y->nopen)
			c = x->nopen > y->nopen ? -1 : 1;
		else if (x->nnotes != y->nnotes)
			c = x->nnotes > y->nnotes ? -1 : 1;
		break;
	default:
		break;
	}
	return c ? c : cmp_date(x, y);
}

/* Keeps the selected row on screen. */
static void follow(size_t sel, size_t *top, int h)
{
	if (sel < *top)
		*top = sel;
	else if (sel >= *top + (size_t)h)
		*top = sel - (size_t)h + 1;
}

static size_t row_of(const DeskUi *u, size_t entry)
{
	for (size_t i = 0; i < u->norder; i++)
		if (u->order[i] == entry)
			return i;
	return NO_ENTRY;
}

static void rebuild(DeskUi *u)
{
	if (!u->dirty)
		return;
	u->dirty = false;
	size_t n = desk_count(u->d);
	size_t *o = realloc(u->order, (n + 1) * sizeof *o);
	if (!o)
		return;
	u->order = o;
	u->norder = 0;
	for (size_t i = 0; i < n; i++)
		if (matches(desk_entry(u->d, i), u->filter))
			u->order[u->norder++] = i;
	sorting = u;
	qsort(u->order, u->norder, sizeof *u->order, cmp_entries);
	/* The selection stays on its article wherever the sort put it. */
	size_t r = u->sel_entry == NO_ENTRY ? NO_ENTRY : row_of(u, u->sel_entry);
	if (r == NO_ENTRY) {
		r = 0;
		u->sel_entry = u->norder ? u->order[0] : NO_ENTRY;
	}
	if (u->top + (size_t)desk_body_rows(u) > u->norder)
		u->top = u->norder > (size_t)desk_body_rows(u) ? u->norder - (size_t)desk_body_rows(u) : 0;
	follow(r, &u->top, desk_body_rows(u));
}

/* ---- moving in a list ---------------------------------------------------- */

/* The move a key asks for in a list of N rows showing H: the new row, or
 * NO_ENTRY when the key is not a move. */
static size_t list_move(int key, size_t cur, size_t n, int h)
{
	if (n == 0)
		return NO_ENTRY;
	long page = h > 2 ? h - 1 : 1, to;
	switch (key) {
	case 'j': case K_DOWN: case K_WHEEL_DOWN: to = (long)cur + 1; break;
	case 'k': case K_UP: case K_WHEEL_UP: to = (long)cur - 1; break;
	case ' ': case K_PGDN: case K_CTRL('d'): to = (long)cur + page; break;
	case 'b': case K_PGUP: case K_CTRL('u'): to = (long)cur - page; break;
	case 'g': case K_HOME: to = 0; break;
	case 'G': case K_END: to = (long)n - 1; break;
	default: return NO_ENTRY;
	}
	if (to < 0)
		to = 0;
	if (to >= (long)n)
		to = (long)n - 1;
	return (size_t)to;
}

static bool move_in(ListPos *p, int key, size_t n, int h)
{
	size_t to = list_move(key, p->sel, n, h);
	if (to == NO_ENTRY)
		return false;
	p->sel = to;
	follow(p->sel, &p->top, h);
	return true;
}

/* ---- reading ------------------------------------------------------------ */

/* Articles this long open at once, their quotations found in a thread (as
 * the reader does with a long file). */
#define BACKGROUND_BYTES (256 * 1024)

static void opened_free(Opened *o)
{
	if (o->pending)
		pthread_join(o->thread, NULL); /* it reads the article */
	app_free(o->app);
	sidecar_free(o->sc);
	qmodel_free(o->qm);
	free(o->speakers);
	quoteset_free(o->set);
	article_free(o->a);
	free(o);
}

static void *analysis_main(void *arg)
{
	Opened *o = arg;
	o->qm = reader_analyze(o->a, &o->set, &o->speakers, &o->err);
	atomic_store(&o->done, true);
	return NULL;
}

/* Hands finished analyses to their readers; true while any is running. */
static bool deliver_quotes(DeskUi *u)
{
	bool running = false;
	for (size_t i = 0; i < u->nopened; i++) {
		Opened *o = u->opened[i];
		if (!o->pending)
			continue;
		if (!atomic_load(&o->done)) {
			running = true;
			continue;
		}
		pthread_join(o->thread, NULL);
		o->pending = false;
		char msg[sizeof o->err.msg + 16];
		snprintf(msg, sizeof msg, "quotations: %s", o->err.msg);
		app_set_quotes(o->app, o->qm, o->qm ? NULL : msg);
	}
	return running;
}

/* The App for ENTRY: the one kept from last time, else a new one. */
static App *open_entry(DeskUi *u, size_t entry)
{
	for (size_t i = 0; i < u->nopened; i++)
		if (u->opened[i]->entry == entry) {
			app_resume(u->opened[i]->app);
			return u->opened[i]->app;
		}
	const DeskEntry *e = desk_entry(u->d, entry);
	if (!e)
		return NULL;
	if (e->error) {
		say(u, true, "%s", e->error);
		return NULL;
	}
	Opened **m = realloc(u->opened, (u->nopened + 1) * sizeof *m);
	Opened *o = m ? calloc(1, sizeof *o) : NULL;
	if (m)
		u->opened = m;
	if (!o) {
		say(u, true, "out of memory");
		return NULL;
	}
	o->entry = entry;
	atomic_init(&o->done, false);
	LoadOptions opt = u->load;
	opt.item = e->item;
	Error err;
	char msg[sizeof err.msg + 16] = "";
	o->a = load_article(e->path, &opt, &err);
	if (!o->a) {
		say(u, true, "%s", err.msg);
		free(o);
		return NULL;
	}
	/* A long article shows at once; headless runs wait, so they never vary. */
	if (!u->headless && article_len(o->a) > BACKGROUND_BYTES &&
	    pthread_create(&o->thread, NULL, analysis_main, o) == 0) {
		o->pending = true;
	} else {
		o->qm = reader_analyze(o->a, &o->set, &o->speakers, &err);
		if (!o->qm)
			snprintf(msg, sizeof msg, "quotations: %s", err.msg);
	}
	/* A feed's items share its file: they are annotated one by one (--item). */
	char *spath = e->item ? NULL : sidecar_default_path(e->path);
	o->sc = spath ? sidecar_open(spath, article_text(o->a), article_len(o->a), &err) : NULL;
	free(spath);
	AppInit init = {
		.article = o->a,
		.quotes = o->pending ? NULL : o->qm,
		.quotes_pending = o->pending,
		.theme = u->theme,
		.config = u->cfg,
		.filename = e->path,
		.message = msg[0] ? msg : NULL,
		.message_is_error = msg[0] != 0,
		.sidecar = o->sc,
		.edit_file = u->headless ? NULL : term_edit_file,
		.headless = u->headless,
	};
	o->app = app_new(&init);
	if (!o->app) {
		opened_free(o);
		say(u, true, "out of memory");
		return NULL;
	}
	u->opened[u->nopened++] = o;
	return o->app;
}

static void read_entry(DeskUi *u, size_t entry, const DeskStatement *st)
{
	App *app = open_entry(u, entry);
	if (!app)
		return;
	u->back = u->view;
	u->view = DV_READ;
	u->reading = app;
	u->msg[0] = 0;
	app_resize(app, u->cols, u->rows);
	if (st)
		app_show_quote(app, st->start);
}

/* ---- views -------------------------------------------------------------- */

/* Rebuilds the index; the selection stays on the same person. */
static void refresh_index(DeskUi *u)
{
	const DeskPerson *p = desk_person(u->d, u->people.sel);
	char name[256] = "";
	if (p)
		snprintf(name, sizeof name, "%s", p->name);
	u->npeople = desk_index(u->d);
	u->index_dirty = false;
	for (size_t i = 0; name[0] && i < u->npeople; i++)
		if (strcmp(desk_person(u->d, i)->name, name) == 0) {
			u->people.sel = i;
			break;
		}
	if (u->people.sel >= u->npeople)
		u->people.sel = u->people.top = 0;
	follow(u->people.sel, &u->people.top, desk_body_rows(u));
}

static void open_speakers(DeskUi *u)
{
	refresh_index(u);
	u->view = DV_SPEAKERS;
	if (desk_analysed(u->d) < desk_files(u->d))
		say(u, false, "speakers of the %zu articles analysed so far", desk_count(u->d));
}

static void open_statements(DeskUi *u)
{
	free(u->sq);
	u->sq = desk_person_statements(u->d, u->people.sel, &u->nsq);
	if (!u->sq) {
		u->nsq = 0;
		say(u, true, "no statements");
		return;
	}
	u->person = u->people.sel;
	u->quotes.sel = u->quotes.top = 0;
	u->view = DV_STATEMENTS;
}

static void open_help(DeskUi *u)
{
	u->help_back = u->view;
	u->help_top = 0;
	u->view = DV_HELP;
}

static void help_key(DeskUi *u, const Event *ev)
{
	int h = desk_body_rows(u) + 1;
	size_t n = desk_help_rows(), last = n > (size_t)h ? n - (size_t)h : 0;
	switch (ev->key) {
	case 'q': case K_ESC: case '?':
		u->view = u->help_back;
		return;
	}
	/* Scroll the text: move a cursor over the rows that can be first. */
	size_t to = list_move(ev->key, u->help_top, last + 1, h);
	if (to != NO_ENTRY)
		u->help_top = to;
	else
		say(u, false, "j/k scroll, q closes the help");
}

static void prompt_key(DeskUi *u, const Event *ev)
{
	EditResult r = lineedit_key(&u->edit, ev);
	if (r == EDIT_CANCEL || (r == EDIT_GOING && ev->key == K_BS && u->edit.len == 0 &&
	                         !u->filter[0])) {
		u->prompt = false;
		return;
	}
	if (r != EDIT_ACCEPT)
		return;
	u->prompt = false;
	snprintf(u->filter, sizeof u->filter, "%s", u->edit.text);
	u->dirty = true;
	rebuild(u);
	if (u->filter[0])
		say(u, u->norder == 0, "%zu article%s match '%s'", u->norder, u->norder == 1 ? "" : "s",
		    u->filter);
}

static void list_key(DeskUi *u, const Event *ev)
{
	rebuild(u);
	size_t cur = u->sel_entry == NO_ENTRY ? NO_ENTRY : row_of(u, u->sel_entry);
	size_t to = list_move(ev->key, cur == NO_ENTRY ? 0 : cur, u->norder, desk_body_rows(u));
	if (to != NO_ENTRY) {
		u->sel_entry = u->order[to];
		follow(to, &u->top, desk_body_rows(u));
		return;
	}
	switch (ev->key) {
	case K_ENTER:
		if (u->sel_entry != NO_ENTRY)
			read_entry(u, u->sel_entry, NULL);
		break;
	case 's':
		u->sort = (DeskSort)((u->sort + 1) % SORT__COUNT);
		u->dirty = true;
		rebuild(u);
		say(u, false, "sorted by %s", desk_sort_name(u->sort));
		break;
	case '/':
		u->prompt = lineedit_set(&u->edit, u->filter);
		break;
	case K_ESC:
		if (u->filter[0]) {
			u->filter[0] = 0;
			u->dirty = true;
			say(u, false, "filter cleared");
		}
		break;
	case 'S':
		open_speakers(u);
		break;
	case '?':
		open_help(u);
		break;
	case 'q':
		u->done = true;
		break;
	case K_RESIZE:
		break;
	default: {
		char kn[32];
		keyname_of(ev->key, kn, sizeof kn);
		say(u, false, "%s: not a key here (? shows the keys)", kn);
	}
	}
}

static void speakers_key(DeskUi *u, const Event *ev)
{
	if (move_in(&u->people, ev->key, u->npeople, desk_body_rows(u)))
		return;
	switch (ev->key) {
	case K_ENTER:
		if (u->npeople)
			open_statements(u);
		break;
	case 'q': case K_ESC: case 'S':
		u->view = DV_LIST;
		break;
	case '?':
		open_help(u);
		break;
	default:
		say(u, false, "Enter: the speaker's statements, q: back to the articles");
	}
}

static void statements_key(DeskUi *u, const Event *ev)
{
	if (move_in(&u->quotes, ev->key, u->nsq, desk_body_rows(u)))
		return;
	switch (ev->key) {
	case K_ENTER:
		if (u->quotes.sel < u->nsq) {
			const DeskQuote *q = &u->sq[u->quotes.sel];
			read_entry(u, q->entry, q->st);
		}
		break;
	case 'q': case K_ESC:
		u->view = DV_SPEAKERS;
		break;
	case '?':
		open_help(u);
		break;
	default:
		say(u, false, "Enter: read it in its article, q: back to the speakers");
	}
}

static void desk_key(void *obj, const Event *ev)
{
	DeskUi *u = obj;
	if (ev->key == K_RESIZE) {
		u->cols = ev->cols;
		u->rows = ev->rows;
		if (u->reading)
			app_key(u->reading, ev);
		return;
	}
	if (u->view == DV_READ) {
		app_key(u->reading, ev);
		if (app_done(u->reading)) {
			/* Back to the list (or the statements) where it was. */
			for (size_t i = 0; i < u->nopened; i++)
				if (u->opened[i]->app == u->reading) {
					desk_refresh_notes(u->d, u->opened[i]->entry);
					u->dirty = true;
				}
			u->reading = NULL;
			u->view = u->back;
		}
		return;
	}
	if (u->prompt) {
		prompt_key(u, ev);
		return;
	}
	u->msg[0] = 0;
	if (u->view == DV_HELP)
		help_key(u, ev);
	else if (u->view == DV_SPEAKERS)
		speakers_key(u, ev);
	else if (u->view == DV_STATEMENTS)
		statements_key(u, ev);
	else
		list_key(u, ev);
}

static void desk_render(void *obj, Grid *g)
{
	DeskUi *u = obj;
	if (u->view == DV_READ && u->reading) {
		app_render(u->reading, g);
		return;
	}
	rebuild(u);
	if (u->view == DV_SPEAKERS && u->index_dirty)
		refresh_index(u); /* more articles analysed meanwhile */
	desk_draw(u, g);
}

static void desk_resize(void *obj, int cols, int rows)
{
	DeskUi *u = obj;
	u->cols = cols;
	u->rows = rows;
	if (u->reading)
		app_resize(u->reading, cols, rows);
}

static bool desk_done(const void *obj)
{
	return ((const DeskUi *)obj)->done;
}

/* Takes in the analysis as it comes; true while there is more to come. */
static bool desk_poll_screen(void *obj)
{
	DeskUi *u = obj;
	if (desk_poll(u->d)) {
		u->dirty = true;
		u->index_dirty = true;
	}
	bool reading = deliver_quotes(u);
	return reading || desk_analysed(u->d) < desk_files(u->d);
}

/* ---- running ------------------------------------------------------------ */

int desk_run(const CliOptions *o)
{
	for (size_t i = 0; i < o->nfiles; i++)
		if (strcmp(o->files[i], "-") == 0) {
			cli_error("the desk opens files and folders, not stdin");
			return 2;
		}
	Event *events = NULL;
	size_t nevents = 0;
	bool headless = o->dump_screen || o->keys;
	if (!reader_keys(o, &events, &nevents))
		return 2;
	Error err;
	Config cfg;
	char msg[sizeof err.msg + 64] = "";
	Theme *theme = reader_look(o, &cfg, msg, sizeof msg);
	if (!theme) {
		cli_error("out of memory");
		free(events);
		return 1;
	}
	Desk *d = desk_new(o->files, o->nfiles, &o->load, o->jobs, &err);
	if (!d) {
		cli_error("%s", err.msg);
		theme_free(theme);
		free(events);
		return 1;
	}
	DeskUi u = {
		.d = d, .theme = theme, .cfg = &cfg, .load = o->load, .cols = 80, .rows = 24,
		.view = DV_LIST, .dirty = true, .sel_entry = NO_ENTRY, .headless = headless,
	};
	if (msg[0])
		say(&u, true, "%s", msg);
	Screen s = { desk_key, desk_render, desk_resize, desk_done, desk_poll_screen };
	int status;
	if (headless) {
		/* The final screen must not depend on how fast the threads were. */
		desk_wait(d);
		u.dirty = true;
		theme_use_colors(theme, 256);
		int cols = o->dump_cols > 0 ? o->dump_cols : DUMP_COLS;
		int rows = o->dump_rows > 0 ? o->dump_rows : DUMP_ROWS;
		status = headless_run_screen(&s, &u, events, nevents, cols, rows, stdout);
	} else {
		desk_poll_screen(&u);
		status = term_run_screen(&s, &u, theme);
	}
	for (size_t i = 0; i < u.nopened; i++)
		opened_free(u.opened[i]);
	free(u.opened);
	lineedit_free(&u.edit);
	free(u.order);
	free(u.sq);
	desk_free(d);
	theme_free(theme);
	free(events);
	return status;
}
