/* annotate.c - tagging claims in the reader (see annotate.h).
 *
 * The annotations live in the Sidecar's AnnSet; this file only decides what
 * a key does to them and how they look.  Every change goes through
 * annset_add/edit/delete (so `u` can undo it) and then changed(), which
 * autosaves when config.ini asks for it.
 */
#include "annotate.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "annlist.h"
#include "app_impl.h"
#include "prompt.h"
#include "sanitize.h"
#include "sidecar.h"
#include "tags.h"
#include "wrap.h"

#define ROW_ANNS 32
#define NOTE_FILE_MAX (1024 * 1024)

typedef enum {
	AM_NONE,
	AM_MENU,    /* the tag menu */
	AM_NOTE,    /* the note prompt */
	AM_VERDICT, /* the verdict prompt (from the list) */
	AM_SAVEAS,  /* saving failed: another path? */
	AM_QUIT,    /* unsaved changes: save, discard or stay? */
	AM_LIST,    /* this article's annotations */
} AnnMode;

struct Annot {
	Sidecar *sc;       /* borrowed; NULL: no sidecar */
	AnnSet *set;       /* the sidecar's, NULL without one */
	Tags tags;
	bool autosave, headless;
	bool stdin_input;  /* the article came from stdin */
	char author[128];
	AppEditFn edit;
	bool on_disk;      /* the sidecar file exists (so the position may go there) */
	bool has_pos;
	size_t pos;        /* the reading position last stored */

	bool has_cur;      /* the claim cursor */
	Span cur;
	size_t seen_current; /* app->current when the cursor was set */
	bool visual;
	Span vanchor;

	AnnMode mode, back; /* back: where a prompt returns (AM_NONE or AM_LIST) */
	int menu_sel;
	Span target;       /* the unit a new annotation goes on */
	char target_id[ANN_ID_MAX + 1]; /* the annotation edited, "" for a new one */
	LineEdit line;
	bool quit_after_save;

	size_t row[ROW_ANNS]; /* annotations over the row being drawn */
	size_t nrow;
	AnnList list;
};

/* ---- state ------------------------------------------------------------ */

Annot *annot_new(App *app, const AppInit *init)
{
	Annot *an = calloc(1, sizeof *an);
	if (!an)
		return NULL;
	annlist_init(&an->list);
	an->sc = init->sidecar;
	an->set = an->sc ? sidecar_annotations(an->sc) : NULL;
	an->headless = init->headless;
	an->stdin_input = init->filename && !strcmp(init->filename, "-");
	an->edit = init->edit_file;
	an->seen_current = QM_NONE;
	const Config *c = init->config;
	Error err;
	if (!tags_from_config(&an->tags, c, &err) && !app->msg[0])
		app_message(app, true, "%s", err.msg);
	an->autosave = c && c->autosave;
	snprintf(an->author, sizeof an->author, "%s",
	         c && c->author[0] ? c->author : ann_default_author());
	if (an->sc) {
		an->on_disk = sidecar_existed(an->sc);
		const char *ro = sidecar_readonly(an->sc);
		if (ro && !app->msg[0])
			app_message(app, true, "annotations read-only: %s", ro);
		else if (an->set && annset_unplaced_count(an->set) && !app->msg[0])
			app_message(app, true, "%zu annotation%s no longer found in the text (r lists them)",
			             annset_unplaced_count(an->set),
			             annset_unplaced_count(an->set) == 1 ? "" : "s");
		size_t pos;
		if (sidecar_get_position(an->sc, &pos) && pos < article_len(app->a)) {
			an->has_pos = true;
			an->pos = pos;
			size_t b = doc_block_at(app->doc, pos);
			const Block *bl = doc_block(app->doc, b);
			if (bl) {
				app->anchor_block = b;
				app->anchor_rel = bl->para != (size_t)-1 && pos >= bl->offset ? pos - bl->offset : 0;
				app->relayout = true;
			}
		}
	}
	return an;
}

void annot_free(Annot *an)
{
	if (!an)
		return;
	lineedit_free(&an->line);
	annlist_free(&an->list);
	free(an);
}

static void set_mode(App *app, AnnMode m)
{
	app->annot->mode = m;
	app->state = m == AM_NONE ? ST_READ : ST_ANNOT;
}

static void no_sidecar(App *app)
{
	app_message(app, true, app->annot->stdin_input
	                           ? "reading stdin: annotating needs --sidecar PATH"
	                           : "no annotations file for this article (a feed item: open it with --item N)");
}

/* True when annotations can be changed here; else says why. */
static bool writable(App *app)
{
	Annot *an = app->annot;
	if (!an->set) {
		no_sidecar(app);
		return false;
	}
	const char *ro = sidecar_readonly(an->sc);
	if (ro) {
		app_message(app, true, "annotations read-only: %s", ro);
		return false;
	}
	return true;
}

static bool inside(size_t off, Span s)
{
	return off >= s.start && off < s.end;
}

/* The unit a tag or note applies to (see annotate.h); false when none. */
static bool unit(const App *app, Span *out)
{
	const Annot *an = app->annot;
	Span u = { 0, 0 };
	bool have = true;
	if (an->has_cur)
		u = an->cur;
	else if (app->current != QM_NONE && app->qm)
		u = qm_quote(app->qm, app->current)->span;
	else
		have = false;
	if (an->visual) {
		if (!have)
			u = an->vanchor;
		out->start = u.start < an->vanchor.start ? u.start : an->vanchor.start;
		out->end = u.end > an->vanchor.end ? u.end : an->vanchor.end;
		return true;
	}
	*out = u;
	return have && u.end > u.start;
}

/* The annotation on exactly S, else (when ANY) the first one overlapping S. */
static const Annotation *ann_on(const Annot *an, Span s, bool any)
{
	size_t n = an->set ? annset_count(an->set) : 0;
	const Annotation *overlap = NULL;
	for (size_t i = 0; i < n; i++) {
		const Annotation *a = annset_get(an->set, i);
		if (a->state == ANCHOR_UNPLACED)
			continue;
		if (a->span.start == s.start && a->span.end == s.end)
			return a;
		if (any && !overlap && a->span.start < s.end && a->span.end > s.start)
			overlap = a;
	}
	return overlap;
}

/* The speaker of the quotation S sits in: one holding it, else one covering
 * at least half of it; NULL when unknown. */
static const char *speaker_for(const App *app, Span s)
{
	if (!app->qm || s.end <= s.start)
		return NULL;
	size_t probes[3] = { s.start, s.start + (s.end - s.start) / 2, s.end - 1 };
	for (int i = 0; i < 3; i++) {
		size_t q = qm_quote_at(app->qm, probes[i]);
		if (q == QM_NONE)
			continue;
		const Quote *quote = qm_quote(app->qm, q);
		size_t a = quote->span.start > s.start ? quote->span.start : s.start;
		size_t b = quote->span.end < s.end ? quote->span.end : s.end;
		if (quote->speaker >= 0 && b > a && 2 * (b - a) >= s.end - s.start)
			return qm_speaker(app->qm, (size_t)quote->speaker)->name;
	}
	return NULL;
}

/* The first words of S for messages (sanitized by app_message). */
static void excerpt(const App *app, Span s, char *out, size_t outsz)
{
	const char *t = article_text(app->a) + s.start;
	size_t n = s.end - s.start, fit = text_fit(t, n, 40, NULL);
	snprintf(out, outsz, "%.*s%s", (int)fit, t, fit < n ? "…" : "");
}

static bool save_now(App *app, Error *err)
{
	Annot *an = app->annot;
	size_t pos = doc_offset(app->doc, app->top);
	if (!an->has_pos || an->pos != pos)
		sidecar_set_position(an->sc, pos);
	if (!sidecar_save(an->sc, err))
		return false;
	an->on_disk = true;
	an->has_pos = true;
	an->pos = pos;
	return true;
}

static void list_rebuild(App *app, const char *keep_id);

/* After every change: autosave when asked, refresh the list. */
static void changed(App *app, const char *id)
{
	Annot *an = app->annot;
	if (an->autosave) {
		Error err;
		if (!save_now(app, &err))
			app_message(app, true, "autosave failed: %s (w to retry)", err.msg);
	}
	if (an->back == AM_LIST || an->mode == AM_LIST)
		list_rebuild(app, id);
}

/* ---- the claim cursor and selection ----------------------------------- */

void annot_after_key(App *app)
{
	Annot *an = app->annot;
	/* A quotation made current since: it is the unit now. */
	if (an->seen_current != app->current) {
		an->has_cur = false;
		an->seen_current = app->current;
	}
}

static void set_cursor(App *app, Span s)
{
	Annot *an = app->annot;
	an->cur = s;
	an->has_cur = true;
	app->current = QM_NONE;
	an->seen_current = QM_NONE;
	app_show_span(app, s.start, s.end);
}

void annot_act_sentence(App *app, int dir)
{
	Annot *an = app->annot;
	const Article *a = app->a;
	size_t ns = article_sentence_count(a);
	if (ns == 0) {
		app_message(app, true, "no sentences");
		return;
	}
	size_t i;
	if (an->has_cur) {
		size_t at = article_sentence_at(a, an->cur.start);
		Span s = article_sentence(a, at);
		bool on_sentence = s.start == an->cur.start && s.end == an->cur.end;
		if (!on_sentence)
			i = at;
		else if (dir > 0)
			i = at + 1;
		else
			i = at == 0 ? ns : at - 1;
	} else if (app->current != QM_NONE && app->qm) {
		i = article_sentence_at(a, qm_quote(app->qm, app->current)->span.start);
	} else {
		i = article_sentence_at(a, doc_offset(app->doc, app->top));
	}
	if (i >= ns) {
		app_message(app, false, "%s sentence", dir > 0 ? "last" : "first");
		if (an->has_cur)
			return;
		i = ns - 1;
	}
	set_cursor(app, article_sentence(a, i));
}

void annot_act_visual(App *app, int arg)
{
	Annot *an = app->annot;
	if (an->visual) {
		an->visual = false;
		return;
	}
	Span u;
	if (!unit(app, &u)) {
		size_t i = article_sentence_at(app->a, doc_offset(app->doc, app->top));
		if (i >= article_sentence_count(app->a)) {
			app_message(app, true, "no sentences");
			return;
		}
		set_cursor(app, article_sentence(app->a, i));
		u = an->cur;
	}
	an->vanchor = u;
	an->visual = true;
	app_message(app, false, "select with , . ( ) [ ]; then t tags, a adds a note, Esc cancels");
}

bool annot_cancel(App *app)
{
	Annot *an = app->annot;
	if (an->visual) {
		an->visual = false;
		return true;
	}
	if (an->has_cur) {
		an->has_cur = false;
		return true;
	}
	return false;
}

void annot_jump(App *app, const char *id)
{
	Annot *an = app->annot;
	const Annotation *a = an->set ? annset_find(an->set, id) : NULL;
	if (!a)
		return;
	if (a->state == ANCHOR_UNPLACED) {
		app_message(app, true, "unplaced: its text is no longer in the article");
		return;
	}
	an->visual = false;
	set_cursor(app, a->span);
}

/* ---- tags, notes, delete, undo ------------------------------------------ */

/* Sets the target to the unit and to the annotation on it (exactly on it,
 * or when ANY overlapping it); false with a message when there is none or
 * nothing may change.  *EX: that annotation, or NULL for a new one. */
static bool take_target(App *app, bool any, const Annotation **ex)
{
	Annot *an = app->annot;
	Span u;
	if (!writable(app))
		return false;
	if (!unit(app, &u)) {
		app_message(app, true, "nothing here: , . move by sentence, ] ) by quotation, v selects");
		return false;
	}
	*ex = ann_on(an, u, any);
	an->target = u;
	snprintf(an->target_id, sizeof an->target_id, "%s", *ex ? (*ex)->id : "");
	an->back = AM_NONE;
	return true;
}

void annot_act_tag(App *app, int arg)
{
	Annot *an = app->annot;
	const Annotation *ex;
	if (!take_target(app, false, &ex))
		return;
	int i = ex ? tags_find(&an->tags, ex->tag) : -1;
	an->menu_sel = i >= 0 ? i : 0;
	set_mode(app, AM_MENU);
}

/* Changes the target annotation by F, or adds one on the target with F (a
 * claim unless F says otherwise).  Returns its id, NULL with a message. */
static const char *apply(App *app, AnnFields f)
{
	Annot *an = app->annot;
	Error err;
	const char *id = an->target_id;
	if (*id) {
		if (!annset_edit(an->set, id, &f, &err))
			id = NULL;
	} else {
		f.tag = f.tag ? f.tag : "claim";
		f.speaker = speaker_for(app, an->target);
		f.author = an->author;
		id = annset_add(an->set, an->target, &f, &err);
	}
	if (!id)
		app_message(app, true, "%s", err.msg);
	else
		an->visual = false;
	return id;
}

static void pick_tag(App *app, int i)
{
	Annot *an = app->annot;
	const char *tag = an->tags.tag[i].name;
	char ex[160];
	excerpt(app, an->target, ex, sizeof ex);
	set_mode(app, AM_NONE);
	const char *id = apply(app, (AnnFields){ .tag = tag });
	if (!id)
		return;
	app_message(app, false, "tagged %s: %s", tag, ex);
	changed(app, id);
}

static void menu_key(App *app, const Event *ev)
{
	Annot *an = app->annot;
	int n = (int)an->tags.n;
	int i = tags_by_key(&an->tags, ev->key);
	if (i >= 0) {
		pick_tag(app, i);
		return;
	}
	switch (ev->key) {
	case 'j': case K_DOWN: case K_TAB:
		an->menu_sel = (an->menu_sel + 1) % n;
		break;
	case 'k': case K_UP: case K_BTAB:
		an->menu_sel = (an->menu_sel + n - 1) % n;
		break;
	case K_ENTER:
		pick_tag(app, an->menu_sel);
		break;
	case K_ESC: case 'q': case K_CTRL('c'):
		set_mode(app, an->back);
		break;
	default:
		break;
	}
}

static void open_prompt(App *app, AnnMode m, const char *text, const char *help)
{
	Annot *an = app->annot;
	if (!lineedit_init(&an->line, text)) {
		app_message(app, true, "out of memory");
		return;
	}
	set_mode(app, m);
	app_message(app, false, "%s", help);
}

void annot_act_note(App *app, int arg)
{
	const Annotation *ex;
	if (take_target(app, true, &ex))
		open_prompt(app, AM_NOTE, ex ? ex->note : "",
		            "Enter keeps the note, Ctrl-G opens $EDITOR, Esc cancels");
}

/* Stores TEXT as the note or verdict of the target (a new claim when none). */
static void store_text(App *app, AnnMode m, const char *text)
{
	Annot *an = app->annot;
	const Annotation *ex = an->target_id[0] ? annset_find(an->set, an->target_id) : NULL;
	set_mode(app, an->back);
	if (ex && !strcmp(m == AM_VERDICT ? ex->verdict : ex->note, text))
		return; /* unchanged: nothing to save */
	const char *id = apply(app, m == AM_VERDICT ? (AnnFields){ .verdict = text }
	                                            : (AnnFields){ .note = text });
	if (!id)
		return;
	app_message(app, false, m == AM_VERDICT ? "verdict kept" : "note kept");
	changed(app, id);
}

/* Ctrl-G: the text in $EDITOR, then stored as it comes back. */
static void external_edit(App *app, AnnMode m)
{
	Annot *an = app->annot;
	if (!an->edit) {
		app_message(app, true, "no external editor here (headless)");
		return;
	}
	const char *tmp = getenv("TMPDIR");
	char path[1024];
	snprintf(path, sizeof path, "%s/newsroom-note-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	int fd = mkstemp(path);
	if (fd < 0) {
		app_message(app, true, "cannot make a temporary file: %s", strerror(errno));
		return;
	}
	FILE *f = fdopen(fd, "w+");
	bool ok = f && fwrite(an->line.text, 1, an->line.len, f) == an->line.len && fflush(f) == 0;
	char why[256] = "";
	if (ok)
		ok = an->edit(path, why, sizeof why);
	else
		snprintf(why, sizeof why, "cannot write the temporary file: %s", strerror(errno));
	Buf b;
	buf_init(&b);
	if (ok) {
		/* Read the file again by name: editors often replace it. */
		FILE *r = fopen(path, "r");
		char chunk[4096];
		size_t n;
		while (r && (n = fread(chunk, 1, sizeof chunk, r)) > 0 && b.len < NOTE_FILE_MAX)
			ok = ok && buf_append(&b, chunk, n);
		if (!r)
			snprintf(why, sizeof why, "cannot read the temporary file: %s", strerror(errno));
		ok = ok && r && buf_terminate(&b);
		if (r)
			fclose(r);
	}
	if (f)
		fclose(f);
	else
		close(fd);
	unlink(path);
	if (!ok) {
		buf_free(&b);
		app_message(app, true, "editor: %s", why[0] ? why : "failed");
		return;
	}
	/* The trailing newline editors add is not part of the note; NUL bytes
	 * cannot be stored, so the note ends there. */
	size_t len = strlen(b.data);
	while (len > 0 && b.data[len - 1] == '\n')
		b.data[--len] = 0;
	store_text(app, m, b.data);
	buf_free(&b);
}

static void prompt_key(App *app, const Event *ev)
{
	Annot *an = app->annot;
	AnnMode m = an->mode;
	switch (lineedit_key(&an->line, ev)) {
	case EDIT_ACCEPT:
		if (m == AM_SAVEAS) {
			Error err;
			if (!an->line.len) {
				app_message(app, true, "no path given");
				return;
			}
			size_t pos = doc_offset(app->doc, app->top);
			sidecar_set_position(an->sc, pos);
			if (!sidecar_save_as(an->sc, an->line.text, &err)) {
				app_message(app, true, "%s", err.msg);
				return;
			}
			an->on_disk = an->has_pos = true;
			an->pos = pos;
			set_mode(app, an->back);
			app_message(app, false, "saved to %s", sidecar_path(an->sc));
			if (an->quit_after_save)
				app->done = true;
			return;
		}
		store_text(app, m, an->line.text);
		return;
	case EDIT_CANCEL:
		set_mode(app, an->back);
		app_message(app, false, m == AM_SAVEAS ? "not saved: the annotations stay in memory"
		                                       : "cancelled");
		an->quit_after_save = false;
		return;
	case EDIT_EXTERNAL:
		if (m != AM_SAVEAS)
			external_edit(app, m);
		return;
	case EDIT_GOING:
		return;
	}
}

void annot_act_delete(App *app, int arg)
{
	Annot *an = app->annot;
	const Annotation *a;
	if (!take_target(app, true, &a))
		return;
	if (!a) {
		app_message(app, true, "no annotation here");
		return;
	}
	Error err;
	if (!annset_delete(an->set, an->target_id, &err)) {
		app_message(app, true, "%s", err.msg);
		return;
	}
	an->visual = false;
	app_message(app, false, "annotation deleted (u undoes)");
	changed(app, NULL);
}

void annot_act_undo(App *app, int redo)
{
	Annot *an = app->annot;
	if (!writable(app))
		return;
	bool ok = redo ? annset_redo(an->set) : annset_undo(an->set);
	app_message(app, !ok, ok ? (redo ? "redone" : "undone")
	                         : (redo ? "nothing to redo" : "nothing to undo"));
	if (ok)
		changed(app, NULL);
}

/* ---- saving and quitting ------------------------------------------------ */

static void save_failed(App *app, const char *why, bool quit_after)
{
	Annot *an = app->annot;
	an->quit_after_save = quit_after;
	an->back = an->mode == AM_LIST ? AM_LIST : AM_NONE;
	/* The prompt starts from the path that failed, to be changed. */
	const char *p = sidecar_path(an->sc);
	char *copy = p ? strdup(p) : NULL;
	open_prompt(app, AM_SAVEAS, copy ? copy : "", "");
	free(copy);
	app_message(app, true, "not saved: %s; save elsewhere? (Esc keeps them in memory)", why);
}

void annot_act_save(App *app, int arg)
{
	Annot *an = app->annot;
	if (!an->sc) {
		no_sidecar(app);
		return;
	}
	Error err;
	if (!save_now(app, &err)) {
		save_failed(app, err.msg, false);
		return;
	}
	const char *notice = sidecar_notice(an->sc);
	size_t n = annset_count(an->set);
	app_message(app, false, "saved %zu annotation%s%s%s", n, n == 1 ? "" : "s",
	            notice[0] ? "; " : "", notice);
	if (an->mode == AM_LIST)
		list_rebuild(app, NULL);
}

bool annot_may_quit(App *app)
{
	Annot *an = app->annot;
	if (!an->set || sidecar_readonly(an->sc))
		return true;
	Error err;
	if (annset_dirty(an->set)) {
		if (an->autosave && save_now(app, &err))
			return true;
		an->back = AM_NONE;
		set_mode(app, AM_QUIT);
		app_message(app, true, "unsaved annotations: w saves and quits, d discards them, Esc stays");
		return false;
	}
	/* Only the reading position changed: kept where a sidecar already is,
	 * quietly (the headless reader never writes unless told to). */
	if (!an->headless && an->on_disk)
		save_now(app, &err);
	return true;
}

static void quit_key(App *app, const Event *ev)
{
	Annot *an = app->annot;
	Error err;
	switch (ev->key) {
	case 'w': case 'y':
		if (save_now(app, &err)) {
			app->done = true;
		} else {
			set_mode(app, AM_NONE);
			save_failed(app, err.msg, true);
		}
		break;
	case 'd': case 'n':
		app->done = true;
		break;
	case K_ESC: case K_CTRL('c'):
		set_mode(app, AM_NONE);
		app_message(app, false, "not quitting");
		break;
	default:
		break;
	}
	(void)an;
}

/* ---- the list ------------------------------------------------------------ */

static void list_rebuild(App *app, const char *keep_id)
{
	Annot *an = app->annot;
	char id[ANN_ID_MAX + 1] = ""; /* KEEP_ID may belong to the set */
	snprintf(id, sizeof id, "%s", keep_id ? keep_id : "");
	annlist_clear(&an->list);
	size_t n = an->set ? annset_count(an->set) : 0;
	for (size_t i = 0; i < n; i++)
		if (!annlist_add(&an->list, (AnnRow){ annset_get(an->set, i), NULL, 0, NULL })) {
			app_message(app, true, "out of memory");
			break;
		}
	annlist_keep(&an->list, 0, id[0] ? id : NULL);
}

void annot_act_list(App *app, int arg)
{
	Annot *an = app->annot;
	if (!an->set) {
		no_sidecar(app);
		return;
	}
	an->visual = false;
	list_rebuild(app, NULL);
	set_mode(app, AM_LIST);
}

static void list_key(App *app, const Event *ev)
{
	Annot *an = app->annot;
	AnnList *l = &an->list;
	if (annlist_move(l, ev, app->lay.body_h > 3 ? app->lay.body_h - 2 : 1))
		return;
	const AnnRow *row = annlist_selected(l);
	const Annotation *a = row ? row->ann : NULL;
	char id[ANN_ID_MAX + 1] = "";
	if (a)
		snprintf(id, sizeof id, "%s", a->id);
	char what[300];
	if (annlist_filter_key(l, ev->key, what, sizeof what)) {
		app_message(app, false, "%s", what);
		return;
	}
	switch (ev->key) {
	case K_ESC: case 'q': case 'r': case K_CTRL('c'):
		set_mode(app, AM_NONE);
		return;
	case K_ENTER:
		if (!a)
			return;
		if (a->state == ANCHOR_UNPLACED) {
			app_message(app, true, "unplaced: its text is no longer in the article; it stays in the file");
			return;
		}
		set_mode(app, AM_NONE);
		annot_jump(app, id);
		return;
	case 'w':
		annot_act_save(app, 0);
		return;
	case 'u': case K_CTRL('r'):
		annot_act_undo(app, ev->key != 'u');
		return;
	default:
		break;
	}
	if (!a || !writable(app))
		return;
	Error err;
	an->target = a->span;
	snprintf(an->target_id, sizeof an->target_id, "%s", id);
	an->back = AM_LIST;
	switch (ev->key) {
	case 's': {
		const char *next = ann_next_status(a->status);
		if (annset_edit(an->set, id, &(AnnFields){ .status = next }, &err)) {
			app_message(app, false, "status: %s", ann_status_label(next));
			changed(app, id);
		} else {
			app_message(app, true, "%s", err.msg);
		}
		break;
	}
	case 'v':
		open_prompt(app, AM_VERDICT, a->verdict, "verdict: Enter keeps it, Esc cancels");
		break;
	case 'a':
		open_prompt(app, AM_NOTE, a->note, "Enter keeps the note, Ctrl-G opens $EDITOR, Esc cancels");
		break;
	case 'd':
		if (annset_delete(an->set, id, &err)) {
			app_message(app, false, "annotation deleted (u undoes)");
			changed(app, NULL);
		} else {
			app_message(app, true, "%s", err.msg);
		}
		break;
	default:
		break;
	}
}

void annot_key(App *app, const Event *ev)
{
	if (ev->key == K_CLICK)
		return;
	switch (app->annot->mode) {
	case AM_MENU: menu_key(app, ev); break;
	case AM_NOTE: case AM_VERDICT: case AM_SAVEAS: prompt_key(app, ev); break;
	case AM_QUIT: quit_key(app, ev); break;
	case AM_LIST: list_key(app, ev); break;
	default: set_mode(app, AM_NONE); break;
	}
}

/* ---- drawing ------------------------------------------------------------- */

const char *annot_row(App *app, size_t s, size_t e, Style *gutter)
{
	Annot *an = app->annot;
	an->nrow = 0;
	size_t n = an->set ? annset_count(an->set) : 0;
	for (size_t i = 0; i < n && an->nrow < ROW_ANNS; i++) {
		const Annotation *a = annset_get(an->set, i);
		if (a->state != ANCHOR_UNPLACED && a->span.start < e && a->span.end > s)
			an->row[an->nrow++] = i;
	}
	if (!an->nrow)
		return NULL;
	*gutter = tags_style(&an->tags, app->theme, annset_get(an->set, an->row[0])->tag);
	gutter->attr &= (uint16_t)~AT_UNDERLINE;
	return "▕";
}

Style annot_glyph(const App *app, size_t off, Style st)
{
	const Annot *an = app->annot;
	for (size_t k = 0; k < an->nrow; k++) {
		const Annotation *a = annset_get(an->set, an->row[k]);
		if (inside(off, a->span)) {
			Style ts = tags_style(&an->tags, app->theme, a->tag);
			if (ts.fg >= 0)
				st.fg = ts.fg;
			st.attr |= ts.attr;
		}
	}
	Span sel;
	if (an->visual && unit(app, &sel) && inside(off, sel))
		st.attr |= AT_REVERSE;
	else if (an->has_cur && inside(off, an->cur))
		st = style_over(st, theme_style(app->theme, UI_CURRENT));
	return st;
}

const char *annot_mode(const App *app)
{
	const Annot *an = app->annot;
	if (!an)
		return NULL;
	switch (an->mode) {
	case AM_MENU: return "TAG";
	case AM_NOTE: return "NOTE";
	case AM_VERDICT: return "VERDICT";
	case AM_SAVEAS: return "SAVE AS";
	case AM_QUIT: return "QUIT?";
	case AM_LIST: return "ANNOTATIONS";
	default: return an->visual ? "VISUAL" : NULL;
	}
}

static void hints(App *app, Grid *g, const char *const *items, size_t n)
{
	hint_line(g, app->theme, app->lay.hint_y, app->cols, items, n);
}

static void draw_menu(App *app, Grid *g)
{
	Annot *an = app->annot;
	const Theme *t = app->theme;
	int w = 8;
	for (size_t i = 0; i < an->tags.n; i++) {
		int nw = text_width(an->tags.tag[i].name, strlen(an->tags.tag[i].name)) + 8;
		if (nw > w)
			w = nw;
	}
	int h = (int)an->tags.n + 2;
	int x = app->lay.art_x + (app->lay.art_w - w) / 2, y = 1;
	if (x < 0)
		x = 0;
	Style box = theme_style(t, UI_PANEL_TEXT), border = theme_style(t, UI_BORDER);
	for (int r = 0; r < h && y + r < app->lay.body_h; r++) {
		grid_fill(g, x, y + r, w, box);
		bool top = r == 0, bottom = r == h - 1;
		grid_puts(g, x, y + r, x + 1, top ? "┌" : bottom ? "└" : "│", border);
		grid_puts(g, x + w - 1, y + r, x + w, top ? "┐" : bottom ? "┘" : "│", border);
		if (top || bottom)
			for (int c = 1; c < w - 1; c++)
				grid_puts(g, x + c, y + r, x + c + 1, "─", border);
	}
	grid_puts(g, x + 2, y, x + w - 1, " tag ", theme_style(t, UI_PANEL_TITLE));
	for (size_t i = 0; i < an->tags.n && y + 1 + (int)i < app->lay.body_h; i++) {
		const TagDef *d = &an->tags.tag[i];
		int ry = y + 1 + (int)i;
		bool sel = (int)i == an->menu_sel;
		Style st = sel ? theme_style(t, UI_PANEL_FOCUS) : box;
		grid_fill(g, x + 1, ry, w - 2, st);
		char key[8] = "";
		utf8_encode((unsigned)d->key, key);
		int cx = grid_puts(g, x + 2, ry, x + w - 1, key, st);
		Style dot = st;
		Style ts = theme_color(t, d->c256, d->c8);
		if (ts.fg >= 0)
			dot.fg = ts.fg;
		cx = grid_puts(g, cx + 1, ry, x + w - 1, "● ", dot);
		grid_puts(g, cx, ry, x + w - 1, d->name, st);
	}
}

/* The article's annotation list over the article pane. */
static void draw_list(App *app, Grid *g)
{
	Annot *an = app->annot;
	const Theme *t = app->theme;
	char title[400], filt[300];
	annlist_filter_text(&an->list, filt, sizeof filt);
	size_t un = annset_unplaced_count(an->set);
	int len = snprintf(title, sizeof title, "Annotations: %zu of %zu", an->list.nshown,
	                   annset_count(an->set));
	if (un && len > 0 && (size_t)len < sizeof title)
		len += snprintf(title + len, sizeof title - (size_t)len, ", %zu unplaced", un);
	if (filt[0] && len > 0 && (size_t)len < sizeof title)
		snprintf(title + len, sizeof title - (size_t)len, " · %s", filt);
	char *clean = sanitize_line(title, strlen(title)); /* speakers come from a file */
	int h = app->lay.body_h;
	grid_fill(g, 0, 0, app->cols, theme_style(t, UI_PANEL_TEXT));
	grid_puts_cut(g, 1, 0, app->cols - 1, clean ? clean : "", theme_style(t, UI_PANEL_TITLE));
	free(clean);
	annlist_draw(&an->list, g, t, &an->tags, 0, 1, app->cols, h - 1, false,
	             an->set && annset_count(an->set) ? "nothing matches the filters (x clears them)"
	                                              : "no annotations yet (t tags, a adds a note)");
}

void annot_render(App *app, Grid *g)
{
	Annot *an = app->annot;
	const Theme *t = app->theme;
	int y = app->lay.hint_y;
	switch (an->mode) {
	case AM_MENU: {
		draw_menu(app, g);
		static const char *const h[] = { "1-9", "pick", "j/k", "move", "Enter", "take",
			                         "Esc", "cancel" };
		hints(app, g, h, 8);
		break;
	}
	case AM_NOTE: case AM_VERDICT: case AM_SAVEAS:
		if (an->back == AM_LIST) /* editing from the list: it stays in view */
			draw_list(app, g);
		grid_fill(g, 0, y, app->cols, theme_style(t, UI_PROMPT));
		lineedit_draw(&an->line, g, 0, y, app->cols,
		              an->mode == AM_NOTE ? "note: " : an->mode == AM_VERDICT ? "verdict: " : "save to: ",
		              theme_style(t, UI_HINT_KEY), theme_style(t, UI_PROMPT));
		break;
	case AM_QUIT: {
		static const char *const h[] = { "w", "save and quit", "d", "discard and quit", "Esc",
			                         "stay" };
		hints(app, g, h, 6);
		break;
	}
	case AM_LIST: {
		draw_list(app, g);
		static const char *const hl[] = { "Enter", "go to", "s", "status", "v", "verdict", "a", "note",
			                          "d", "delete", "t/o/p", "filter tag/status/speaker",
			                          "x", "all", "Esc", "close" };
		hints(app, g, hl, 16);
		break;
	}
	default:
		break;
	}
}
