/* reader.c - putting the reader together: config, theme, article, quotes,
 * then the terminal or the headless back end. */
#include "reader.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "desk.h"
#include "walk.h"
#include "settings.h"
#include "sidecar.h"
#include "keys.h"
#include "qmodel.h"
#include "term.h"
#include "theme.h"
#include "wrap.h"

#define DUMP_COLS 120
#define DUMP_ROWS 40

QModel *reader_analyze(const Article *a, QuoteSet **set, const Speaker ***speakers, Error *err)
{
	*set = NULL;
	*speakers = NULL;
	QuoteEngine *e = quote_engine_new(err);
	if (!e)
		return NULL;
	QuoteSet *q = quotes_analyze_with(e, a, QUOTES_REPORTED, err);
	quote_engine_free(e);
	if (!q)
		return NULL;
	size_t nq = quoteset_count(q), ns = quoteset_speaker_count(q);
	Quote *quotes = calloc(nq + 1, sizeof *quotes);
	const Speaker **sp = calloc(ns + 1, sizeof *sp);
	QModel *m = NULL;
	if (quotes && sp) {
		for (size_t i = 0; i < nq; i++)
			quotes[i] = *quoteset_get(q, i);
		for (size_t i = 0; i < ns; i++)
			sp[i] = quoteset_speaker(q, i);
		m = qmodel_new(quotes, nq, sp, ns);
	}
	free(quotes); /* qmodel_new copies the quotes; it borrows the speakers */
	if (!m) {
		free(sp);
		quoteset_free(q);
		error_set(err, "out of memory");
		return NULL;
	}
	*set = q;
	*speakers = sp;
	return m;
}

/* Articles this long are shown at once and analysed in a thread. */
#define BACKGROUND_BYTES (256 * 1024)

typedef struct {
	const Article *a;
	pthread_t thread;
	QuoteSet *set;
	const Speaker **speakers;
	QModel *qm;
	Error err;
	atomic_bool done;
	bool started, delivered;
} Analysis;

static void *analysis_main(void *arg)
{
	Analysis *an = arg;
	an->qm = reader_analyze(an->a, &an->set, &an->speakers, &an->err);
	atomic_store(&an->done, true);
	return NULL;
}

/* TermPoll: hands the quotations to the App once the thread has them. */
static bool analysis_poll(void *ctx, App *app)
{
	Analysis *an = ctx;
	if (an->delivered)
		return false;
	if (!atomic_load(&an->done))
		return true;
	pthread_join(an->thread, NULL);
	an->started = false;
	an->delivered = true;
	char msg[sizeof an->err.msg + 16];
	snprintf(msg, sizeof msg, "quotations: %s", an->err.msg);
	app_set_quotes(app, an->qm, an->qm ? NULL : msg);
	return false;
}

bool reader_keys(const CliOptions *o, Event **events, size_t *n)
{
	*events = NULL;
	*n = 0;
	if (!o->keys)
		return true;
	size_t bad = 0;
	*events = key_script_parse(o->keys, n, &bad);
	if (!*events)
		cli_error("--keys: unknown key at byte %zu of '%s' (keys are like j, <Tab>, <C-d>, "
		          "<Resize:50x15>)",
		          bad, o->keys);
	return *events != NULL;
}

Theme *reader_look(const CliOptions *o, Config *cfg, char *msg, size_t msgsz)
{
	Error err;
	if (!config_load(cfg, &err))
		snprintf(msg, msgsz, "%s", err.msg);
	const char *theme_name = o->theme ? o->theme : cfg->theme[0] ? cfg->theme : "default";
	Theme *theme = theme_load(theme_name, &err);
	if (!theme) {
		snprintf(msg, msgsz, "%s; default theme used", err.msg);
		theme = theme_builtin();
	}
	return theme;
}

void sidecar_save_on_signal(Sidecar *sc)
{
	if (!sc || sidecar_readonly(sc) || !annset_dirty(sidecar_annotations(sc)))
		return;
	Error err;
	if (sidecar_save(sc, &err))
		cli_error("unsaved annotations saved to %s on exit", sidecar_path(sc));
	else
		cli_error("unsaved annotations lost: %s", err.msg);
}

int reader_run(const CliOptions *o)
{
	wrap_init_locale();
	/* Several files or a folder: the desk, which opens the reader itself. */
	if (o->nfiles != 1 || walk_is_dir(o->files[0]))
		return desk_run(o);
	Event *events = NULL;
	size_t nevents = 0;
	bool headless = o->dump_screen || o->keys;
	if (!reader_keys(o, &events, &nevents))
		return 2;
	Error err;
	char msg[sizeof err.msg + 64] = "";
	Config cfg;
	Theme *theme = reader_look(o, &cfg, msg, sizeof msg);
	Article *a = theme ? load_article(o->files[0], &o->load, &err) : NULL;
	if (!a) {
		cli_error("%s", theme ? err.msg : "out of memory");
		theme_free(theme);
		free(events);
		return 1;
	}
	/* A long article is shown at once; its quotations follow from a thread.
	 * The headless screen waits for them, so its output never varies. */
	Analysis an = { .a = a };
	atomic_init(&an.done, false);
	bool background = !headless && article_len(a) > BACKGROUND_BYTES;
	if (background && pthread_create(&an.thread, NULL, analysis_main, &an) == 0) {
		an.started = true;
	} else {
		background = false;
		an.qm = reader_analyze(a, &an.set, &an.speakers, &an.err);
		an.delivered = true;
		if (!an.qm && !msg[0])
			snprintf(msg, sizeof msg, "quotations: %s", an.err.msg);
	}
	/* The annotations beside the article (none for stdin without --sidecar). */
	char *spath = o->sidecar ? strdup(o->sidecar) : sidecar_default_path(o->files[0]);
	Sidecar *sc = spath ? sidecar_open(spath, article_text(a), article_len(a), &err) : NULL;
	free(spath);
	AppInit init = {
		.article = a,
		.quotes = an.qm,
		.quotes_pending = background,
		.theme = theme,
		.config = &cfg,
		.filename = o->files[0],
		.message = msg[0] ? msg : NULL,
		.message_is_error = msg[0] != 0,
		.sidecar = sc,
		.edit_file = headless ? NULL : term_edit_file,
		.headless = headless,
	};
	App *app = app_new(&init);
	int status = 1;
	if (!app) {
		cli_error("out of memory");
	} else if (headless) {
		theme_use_colors(theme, 256);
		int cols = o->dump_cols > 0 ? o->dump_cols : DUMP_COLS;
		int rows = o->dump_rows > 0 ? o->dump_rows : DUMP_ROWS;
		status = headless_run(app, events, nevents, cols, rows, stdout);
	} else {
		status = term_run(app, theme, background ? analysis_poll : NULL, &an);
	}
	/* Ended by a signal (the terminal closed, kill): unsaved annotations go
	 * to the sidecar rather than being lost (the save is atomic, merges, and
	 * keeps the previous file as .bak). */
	if (status >= 128 && sc)
		sidecar_save_on_signal(sc);
	app_free(app);
	sidecar_free(sc);
	if (an.started && !atomic_load(&an.done)) {
		/* Quit before the analysis ended: it still reads the article, and
		 * the process is about to end anyway. */
		pthread_detach(an.thread);
		theme_free(theme);
		free(events);
		return status;
	}
	if (an.started)
		pthread_join(an.thread, NULL);
	qmodel_free(an.qm);
	free(an.speakers);
	quoteset_free(an.set);
	article_free(a);
	theme_free(theme);
	free(events);
	return status;
}
