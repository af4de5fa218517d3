/* review_view.c - the review screen (see review_view.h).
 *
 * A Screen (term.h) with two faces: the list of every annotation, and, while
 * one is open, the reader's App on that article, borrowing the article and
 * its Sidecar from the Review so that edits made there show in the list.
 */
#include "review_view.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annlist.h"
#include "annotate.h"
#include "app.h"
#include "reader.h"
#include "review.h"
#include "sanitize.h"
#include "tags.h"
#include "term.h"
#include "wrap.h"

#define DUMP_COLS 120
#define DUMP_ROWS 40

typedef struct {
	Review *r;
	const Theme *theme;
	const Config *cfg;
	Tags tags;
	AnnList list;
	ReviewSort sort;
	int cols, rows;
	bool done, asking; /* asking: q with unsaved changes */
	bool headless;
	char msg[300];
	bool msg_error;

	/* The article open in the reader, if any. */
	App *app;
	QModel *qm;
	QuoteSet *set;
	const Speaker **speakers;
} Rv;

static const char *const sort_names[] = { "article", "speaker", "tag", "status", "updated" };

static void say(Rv *v, bool error, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void say(Rv *v, bool error, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	sanitize_vformat(v->msg, sizeof v->msg, fmt, ap);
	va_end(ap);
	v->msg_error = error;
}

static const char *base_name(const char *path)
{
	const char *b = strrchr(path, '/');
	return b && b[1] ? b + 1 : path;
}

/* The list again from the Review's items (after a sort or an edit), the
 * selection kept on the same annotation. */
static void rebuild(Rv *v)
{
	review_refresh(v->r);
	review_sort(v->r, v->sort);
	annlist_clear(&v->list);
	for (size_t i = 0; i < review_count(v->r); i++) {
		const ReviewItem *it = review_item(v->r, i);
		const ReviewDoc *d = review_doc(v->r, it->doc);
		AnnRow row = { it->ann, base_name(d->article_path), it->doc,
			       d->article ? NULL : d->article_error };
		if (!annlist_add(&v->list, row)) {
			say(v, true, "out of memory");
			break;
		}
	}
	annlist_keep(&v->list, 0, NULL);
}

static bool any_dirty(const Rv *v, size_t *n)
{
	*n = 0;
	for (size_t i = 0; i < review_doc_count(v->r); i++) {
		Sidecar *sc = review_doc(v->r, i)->sidecar;
		if (sc && !sidecar_readonly(sc) && annset_dirty(sidecar_annotations(sc)))
			(*n)++;
	}
	return *n > 0;
}

/* Saves every sidecar with unsaved changes; false (with a message) when one
 * fails: the others are saved, nothing is lost. */
static bool save_all(Rv *v)
{
	size_t saved = 0;
	for (size_t i = 0; i < review_doc_count(v->r); i++) {
		Sidecar *sc = review_doc(v->r, i)->sidecar;
		if (!sc || sidecar_readonly(sc) || !annset_dirty(sidecar_annotations(sc)))
			continue;
		Error err;
		if (!sidecar_save(sc, &err)) {
			say(v, true, "not saved: %s (the changes stay in memory)", err.msg);
			return false;
		}
		saved++;
	}
	say(v, false, "saved %zu file%s", saved, saved == 1 ? "" : "s");
	rebuild(v);
	return true;
}

static void close_article(Rv *v)
{
	app_free(v->app);
	qmodel_free(v->qm);
	free(v->speakers);
	quoteset_free(v->set);
	v->app = NULL;
	v->qm = NULL;
	v->speakers = NULL;
	v->set = NULL;
	rebuild(v);
}

static void open_article(Rv *v, const AnnRow *row)
{
	const ReviewDoc *d = review_doc(v->r, row->doc);
	if (!d->article) {
		say(v, true, "%s", d->article_error ? d->article_error : "the article cannot be read");
		return;
	}
	Error err;
	v->qm = reader_analyze(d->article, &v->set, &v->speakers, &err);
	char msg[sizeof err.msg + 16] = "";
	if (!v->qm)
		snprintf(msg, sizeof msg, "quotations: %s", err.msg);
	AppInit init = {
		.article = d->article,
		.quotes = v->qm,
		.theme = v->theme,
		.config = v->cfg,
		.filename = d->article_path,
		.message = msg[0] ? msg : NULL,
		.message_is_error = msg[0] != 0,
		.sidecar = d->sidecar,
		.edit_file = v->headless ? NULL : term_edit_file,
		.headless = v->headless,
	};
	char id[ANN_ID_MAX + 1];
	snprintf(id, sizeof id, "%s", row->ann->id);
	v->app = app_new(&init);
	if (!v->app) {
		say(v, true, "out of memory");
		close_article(v);
		return;
	}
	app_resize(v->app, v->cols, v->rows);
	annot_jump(v->app, id);
}

static void list_key(Rv *v, const Event *ev)
{
	AnnList *l = &v->list;
	v->msg[0] = 0;
	if (v->asking) {
		v->asking = false;
		if (ev->key == 'w' || ev->key == 'y')
			v->done = save_all(v);
		else if (ev->key == 'd' || ev->key == 'n')
			v->done = true;
		else
			say(v, false, "not quitting");
		return;
	}
	if (annlist_move(l, ev, v->rows > 8 ? v->rows - 8 : 1))
		return;
	if (annlist_filter_key(l, ev->key, v->msg, sizeof v->msg))
		return;
	const AnnRow *row = annlist_selected(l);
	size_t dirty;
	switch (ev->key) {
	case K_ENTER:
		if (!row)
			return;
		if (review_doc(v->r, row->doc)->article && row->ann->state == ANCHOR_UNPLACED) {
			say(v, true, "unplaced: its text is no longer in the article; it stays in the file");
			return;
		}
		open_article(v, row);
		return;
	case 'S':
		v->sort = (ReviewSort)((v->sort + 1) % 5);
		rebuild(v);
		say(v, false, "sorted by %s", sort_names[v->sort]);
		return;
	case 's': {
		if (!row)
			return;
		Sidecar *sc = review_doc(v->r, row->doc)->sidecar;
		const char *ro = sidecar_readonly(sc);
		Error err;
		const char *next = ann_next_status(row->ann->status);
		char id[ANN_ID_MAX + 1]; /* the edit frees the annotation the row points at */
		snprintf(id, sizeof id, "%s", row->ann->id);
		if (ro)
			say(v, true, "read-only: %s", ro);
		else if (!annset_edit(sidecar_annotations(sc), id, &(AnnFields){ .status = next }, &err))
			say(v, true, "%s", err.msg);
		else
			say(v, false, "status: %s (w saves)", ann_status_label(next));
		rebuild(v);
		return;
	}
	case 'w':
		save_all(v);
		return;
	case 'q': case K_ESC:
		if (any_dirty(v, &dirty)) {
			v->asking = true;
			say(v, true, "unsaved changes in %zu file%s: w saves and quits, d discards, Esc stays",
			    dirty, dirty == 1 ? "" : "s");
			return;
		}
		v->done = true;
		return;
	default: {
		char kn[32];
		keyname_of(ev->key, kn, sizeof kn);
		say(v, false, "%s: not a key here", kn);
		return;
	}
	}
}

static void rv_key(void *obj, const Event *ev)
{
	Rv *v = obj;
	if (ev->key == K_RESIZE) {
		v->cols = ev->cols;
		v->rows = ev->rows;
		if (v->app)
			app_key(v->app, ev);
		return;
	}
	if (v->app) {
		app_key(v->app, ev);
		if (app_done(v->app))
			close_article(v);
		return;
	}
	list_key(v, ev);
}

static void rv_render(void *obj, Grid *g)
{
	Rv *v = obj;
	if (v->app) {
		app_render(v->app, g);
		return;
	}
	const Theme *t = v->theme;
	grid_clear(g, theme_style(t, UI_TEXT));
	if (v->cols < 20 || v->rows < 6) {
		grid_puts(g, 0, 0, v->cols, "terminal too small", theme_style(t, UI_ERROR));
		return;
	}
	char title[400], filt[300];
	annlist_filter_text(&v->list, filt, sizeof filt);
	size_t unplaced = 0;
	for (size_t i = 0; i < v->list.n; i++)
		unplaced += v->list.rows[i].ann->state == ANCHOR_UNPLACED;
	size_t nd = review_doc_count(v->r);
	int len = snprintf(title, sizeof title, "Review: %zu of %zu annotations in %zu article%s",
	                   v->list.nshown, v->list.n, nd, nd == 1 ? "" : "s");
	if (unplaced && len > 0 && (size_t)len < sizeof title)
		len += snprintf(title + len, sizeof title - (size_t)len, ", %zu unplaced", unplaced);
	if (len > 0 && (size_t)len < sizeof title)
		snprintf(title + len, sizeof title - (size_t)len, " · by %s%s%s", sort_names[v->sort],
		         filt[0] ? " · " : "", filt);
	char *clean = sanitize_line(title, strlen(title)); /* filters hold names from files */
	grid_puts_cut(g, 1, 0, v->cols - 1, clean ? clean : "", theme_style(t, UI_PANEL_TITLE));
	free(clean);
	annlist_draw(&v->list, g, t, &v->tags, 0, 1, v->cols, v->rows - 3, true,
	             v->list.n ? "nothing matches the filters (x clears them)"
	                       : "no annotations in these files");
	int sy = v->rows - 2;
	Style st = theme_style(t, UI_STATUS);
	grid_fill(g, 0, sy, v->cols, st);
	const char *mode = " REVIEW ";
	int mw = text_width(mode, strlen(mode));
	grid_puts(g, v->cols - mw, sy, v->cols, mode, theme_style(t, UI_STATUS_MODE));
	if (v->msg[0])
		grid_puts_cut(g, 1, sy, v->cols - mw - 1, v->msg,
		              theme_style(t, v->msg_error ? UI_ERROR : UI_MESSAGE));
	static const char *const ask[] = { "w", "save and quit", "d", "discard and quit", "Esc", "stay" };
	static const char *const keys[] = { "Enter", "open", "S", "sort", "t/o/p", "filter tag/status/speaker",
		                            "x", "all", "s", "status", "w", "save", "q", "quit" };
	if (v->asking)
		hint_line(g, t, v->rows - 1, v->cols, ask, 6);
	else
		hint_line(g, t, v->rows - 1, v->cols, keys, 14);
}

static void rv_resize(void *obj, int cols, int rows)
{
	Rv *v = obj;
	v->cols = cols;
	v->rows = rows;
	if (v->app)
		app_resize(v->app, cols, rows);
}

static bool rv_done(const void *obj)
{
	return ((const Rv *)obj)->done;
}

typedef struct {
	Rv *v;
	size_t n;
} Problems;

static void report(const char *msg, void *ctx)
{
	Problems *p = ctx;
	/* The first problem is shown; the others are counted. */
	if (p->n++ == 0)
		say(p->v, true, "%s", msg);
}

int review_run(const CliOptions *o)
{
	wrap_init_locale();
	Event *events;
	size_t nevents;
	if (!reader_keys(o, &events, &nevents))
		return 2;
	Rv v = { .cols = 80, .rows = 24, .headless = o->dump_screen || o->keys };
	annlist_init(&v.list);
	Config cfg;
	char msg[sizeof v.msg] = "";
	Theme *theme = reader_look(o, &cfg, msg, sizeof msg);
	Error err;
	Problems probs = { &v, 0 };
	ReviewOptions ro = { .sidecar = o->sidecar, .load = &o->load, .report = report,
		             .report_ctx = &probs };
	size_t problems = 0;
	v.r = theme ? review_load(o->files, o->nfiles, &ro, &problems, &err) : NULL;
	if (!v.r) {
		cli_error("%s", theme ? err.msg : "out of memory");
		theme_free(theme);
		free(events);
		return theme && strstr(err.msg, "--sidecar") ? 2 : 1;
	}
	v.theme = theme;
	v.cfg = &cfg;
	if (!tags_from_config(&v.tags, &cfg, &err) && !v.msg[0])
		say(&v, true, "%s", err.msg);
	if (msg[0] && !v.msg[0])
		say(&v, true, "%s", msg);
	if (probs.n > 1) {
		size_t l = strlen(v.msg);
		snprintf(v.msg + l, sizeof v.msg - l, " (and %zu more problems)", probs.n - 1);
	}
	rebuild(&v);
	Screen s = { rv_key, rv_render, rv_resize, rv_done, NULL };
	int status;
	if (v.headless) {
		theme_use_colors(theme, 256);
		status = headless_run_screen(&s, &v, events, nevents, o->dump_cols > 0 ? o->dump_cols : DUMP_COLS,
		                             o->dump_rows > 0 ? o->dump_rows : DUMP_ROWS, stdout);
	} else {
		status = term_run_screen(&s, &v, theme);
	}
	for (size_t i = 0; status >= 128 && i < review_doc_count(v.r); i++)
		sidecar_save_on_signal(review_doc(v.r, i)->sidecar);
	if (v.app)
		close_article(&v);
	if (status == 0 && problems) /* like --notes: something named could not be read */
		status = 1;
	annlist_free(&v.list);
	review_free(v.r);
	theme_free(theme);
	free(events);
	return status;
}
