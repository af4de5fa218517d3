/* app.c - the reader's state and every action a key can run.
 *
 * Where a key is handled: the `actions` table below (one row per action: its
 * config name, default keys, scope, help group and text, and the function).
 * The help screen, the hint line, config.ini [keys] and the README all come
 * from this table.
 */
#include "app_impl.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "regex_jit.h"
#include "sanitize.h"
#include "wrap.h"

typedef void (*ActionFn)(App *app, int arg);

/* How far past a row the highlighting looks for the end of a match. */
#define SEARCH_SLACK 4096

typedef struct {
	const char *name;   /* config.ini [keys] name */
	const char *keys;   /* defaults, space-separated key names */
	Scope scope;
	const char *group;  /* help section; NULL: joined to the row before */
	const char *help;
	ActionFn fn;
	int arg;
} Action;

/* ---- helpers ---------------------------------------------------------- */

#define message(...) app_message(__VA_ARGS__)

void app_message(App *app, bool error, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	sanitize_vformat(app->msg, sizeof app->msg, fmt, ap);
	va_end(ap);
	app->msg_error = error;
}

static int body_h(const App *app)
{
	return app->lay.body_h > 0 ? app->lay.body_h : 1;
}

static void remember_anchor(App *app)
{
	app->anchor_block = app->top.block;
	const WrapLine *l = doc_line(app->doc, app->top.block, app->top.row);
	const Block *b = doc_block(app->doc, app->top.block);
	app->anchor_rel = l ? l->start : (b ? b->len : 0);
}

/* The furthest the top may go: the last row at the bottom of the screen. */
static DocPos max_top(App *app)
{
	DocPos p = doc_end(app->doc);
	doc_move(app->doc, &p, -(long)(body_h(app) - 1));
	return p;
}

static void set_top(App *app, DocPos p)
{
	DocPos m = max_top(app);
	if (doc_cmp(p, m) > 0)
		p = m;
	app->top = p;
	remember_anchor(app);
}

static void scroll(App *app, long rows)
{
	DocPos p = app->top;
	doc_move(app->doc, &p, rows);
	set_top(app, p);
}

/* Rows from A down to B, at most LIMIT (LIMIT + 1 when further or above). */
static long rows_between(App *app, DocPos a, DocPos b, long limit)
{
	if (doc_cmp(b, a) < 0)
		return limit + 1;
	long n = 0;
	while (doc_cmp(a, b) < 0 && n <= limit)
		n += doc_move(app->doc, &a, 1) ? 1 : limit + 1;
	return n;
}

/* Scrolls so that bytes [start, end) are on screen: not at all when they
 * already are, else with their first row a quarter down the screen. */
static void show_span(App *app, size_t start, size_t end, bool always)
{
	long h = body_h(app);
	DocPos ps = doc_pos_at(app->doc, start);
	DocPos pe = doc_pos_at(app->doc, end > start ? end - 1 : start);
	if (!always && rows_between(app, app->top, ps, h) < h &&
	    rows_between(app, app->top, pe, h) < h)
		return;
	long span = rows_between(app, ps, pe, h);
	long above = h / 4;
	if (span + above >= h)
		above = span >= h ? 0 : h - 1 - span;
	DocPos p = ps;
	doc_move(app->doc, &p, -above);
	set_top(app, p);
}

static void ensure_layout(App *app);

void app_show_span(App *app, size_t start, size_t end)
{
	ensure_layout(app); /* right after app_new() there is no layout yet */
	show_span(app, start, end, false);
}

static const Speaker *speaker_of(const App *app, int s)
{
	return app->qm && s >= 0 ? qm_speaker(app->qm, (size_t)s) : NULL;
}

static void make_current(App *app, size_t q, bool scroll_to)
{
	const Quote *quote = app->qm ? qm_quote(app->qm, q) : NULL;
	if (!quote)
		return;
	app->current = q;
	if (quote->speaker >= 0)
		app->speaker = quote->speaker;
	if (scroll_to)
		show_span(app, quote->span.start, quote->span.end, false);
}

/* ---- moving ----------------------------------------------------------- */

static void act_scroll(App *app, int arg)
{
	scroll(app, arg);
}

static void act_page(App *app, int arg)
{
	long h = body_h(app);
	long step = arg > 0 ? (h > 2 ? h - 2 : 1) : (h > 2 ? -(h - 2) : -1);
	if (arg == 2 || arg == -2)
		step = arg > 0 ? (h + 1) / 2 : -(h + 1) / 2;
	scroll(app, step);
}

static void act_top(App *app, int arg)
{
	set_top(app, (DocPos){ 0, 0 });
}

static void act_bottom(App *app, int arg)
{
	set_top(app, max_top(app));
}

static void act_paragraph(App *app, int arg)
{
	DocPos p = app->top;
	if (arg > 0) {
		if (p.block + 1 >= doc_block_count(app->doc))
			return;
		p.block++;
	} else if (p.row == 0 && p.block > 0) {
		p.block--;
	}
	p.row = 0;
	set_top(app, p);
}

/* ---- speakers and statements ----------------------------------------- */

/* True (with a message) while the quotations are still being found. */
static bool still_finding(App *app)
{
	if (app->quotes_pending)
		message(app, false, "still finding the quotations…");
	return app->quotes_pending;
}

static void act_speaker(App *app, int arg)
{
	if (still_finding(app))
		return;
	size_t n = app->qm ? qm_speaker_count(app->qm) : 0;
	if ((size_t)arg >= n) {
		message(app, true, "no speaker %d", arg + 1);
		return;
	}
	if (app->speaker != arg) {
		app->speaker = arg;
		if (app->current != QM_NONE && qm_statement_index(app->qm, app->current) != QM_NONE &&
		    qm_quote(app->qm, app->current)->speaker != arg)
			app->current = QM_NONE;
	}
	const Speaker *s = speaker_of(app, arg);
	message(app, false, "%s: %zu statement%s", s->name, qm_statement_count(app->qm, (size_t)arg),
	        qm_statement_count(app->qm, (size_t)arg) == 1 ? "" : "s");
}

/* Steps through LIST (COUNT entries, quote indices via GET) from the current
 * quote or, without one, from the top of the screen. */
static void step_list(App *app, int dir, size_t count, size_t (*get)(const App *, size_t),
                      size_t cur_index, const char *what)
{
	if (count == 0) {
		message(app, true, "no %ss", what);
		return;
	}
	size_t k;
	bool wrapped = false;
	if (cur_index != QM_NONE) {
		if (dir > 0) {
			k = cur_index + 1;
			if (k >= count) {
				k = 0;
				wrapped = true;
			}
		} else {
			k = cur_index == 0 ? count - 1 : cur_index - 1;
			wrapped = cur_index == 0;
		}
	} else {
		/* Nothing current: the first one from the top of the screen on
		 * (forward) or the last one before it (backward). */
		size_t from = doc_offset(app->doc, app->top);
		size_t lo = 0, hi = count;
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			if (qm_quote(app->qm, get(app, mid))->span.start < from)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (dir > 0) {
			k = lo;
			if (k >= count) {
				k = 0;
				wrapped = true;
			}
		} else {
			wrapped = lo == 0;
			k = lo == 0 ? count - 1 : lo - 1;
		}
	}
	make_current(app, get(app, k), true);
	if (wrapped)
		message(app, false, "wrapped to the %s %s", dir > 0 ? "first" : "last", what);
}

static size_t get_statement(const App *app, size_t k)
{
	return qm_statement(app->qm, (size_t)app->speaker, k);
}

static size_t get_speech(const App *app, size_t k)
{
	return qm_speech(app->qm, k);
}

static void act_statement(App *app, int dir)
{
	if (still_finding(app))
		return;
	if (!app->qm || app->speaker < 0) {
		message(app, true, "no speaker selected (press 1-9)");
		return;
	}
	size_t idx = QM_NONE;
	if (app->current != QM_NONE && qm_quote(app->qm, app->current)->speaker == app->speaker)
		idx = qm_statement_index(app->qm, app->current);
	step_list(app, dir, qm_statement_count(app->qm, (size_t)app->speaker), get_statement, idx,
	          "statement");
}

static void act_quote(App *app, int dir)
{
	if (still_finding(app))
		return;
	if (!app->qm) {
		message(app, true, "no quotations");
		return;
	}
	size_t idx = app->current != QM_NONE ? qm_speech_index(app->qm, app->current) : QM_NONE;
	step_list(app, dir, qm_speech_count(app->qm), get_speech, idx, "quotation");
}

static void act_focus(App *app, int arg)
{
	if (app->focus == FOCUS_PANEL) {
		app->focus = FOCUS_ARTICLE;
		app->overlay = false;
	} else {
		app->focus = FOCUS_PANEL;
		app->overlay = !app->lay.wide;
		if (app->speaker < 0 && app->qm && qm_speaker_count(app->qm) > 0)
			app->speaker = 0;
	}
	app->relayout = true;
}

static void act_panel_move(App *app, int dir)
{
	size_t n = app->qm ? qm_speaker_count(app->qm) : 0;
	if (n == 0)
		return;
	int s = app->speaker + dir;
	if (s < 0)
		s = 0;
	if ((size_t)s >= n)
		s = (int)n - 1;
	if (s != app->speaker)
		act_speaker(app, s);
}

static void act_panel_jump(App *app, int arg)
{
	if (!app->qm || app->speaker < 0)
		return;
	size_t q = qm_statement(app->qm, (size_t)app->speaker, 0);
	if (q == QM_NONE) {
		message(app, true, "%s has no statements", speaker_of(app, app->speaker)->name);
		return;
	}
	if (!app->lay.wide) { /* the overlay would hide it */
		app->overlay = false;
		app->focus = FOCUS_ARTICLE;
		app->relayout = true;
	}
	make_current(app, q, true);
}

/* ---- search ----------------------------------------------------------- */

/* Smart case: a pattern with a capital letter is matched exactly. */
static bool has_upper(const char *s)
{
	size_t len = strlen(s), i = 0;
	while (i < len) {
		uint32_t cp;
		size_t n = utf8_decode(s + i, len - i, &cp);
		if (!n)
			return false;
		if (iswupper((wint_t)cp))
			return true;
		i += n;
	}
	return false;
}

static bool search_compile(App *app, const char *pat)
{
	int code;
	PCRE2_SIZE erroff;
	uint32_t opts = PCRE2_UTF | PCRE2_MULTILINE | (has_upper(pat) ? 0 : PCRE2_CASELESS);
	pcre2_code *re =
	    pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED, opts, &code, &erroff, NULL);
	if (!re) {
		PCRE2_UCHAR buf[160];
		pcre2_get_error_message(code, buf, sizeof buf);
		message(app, true, "search: %s (at %zu)", (const char *)buf, (size_t)erroff);
		return false;
	}
	regex_jit(re); /* falls back to the interpreter */
	pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
	if (!md) {
		pcre2_code_free(re);
		message(app, true, "out of memory");
		return false;
	}
	pcre2_code_free(app->re);
	pcre2_match_data_free(app->md);
	app->re = re;
	app->md = md;
	snprintf(app->pattern, sizeof app->pattern, "%s", pat);
	return true;
}

/* First match in paragraph P starting at or after byte FROM of it, looking
 * at no more than its first UPTO bytes (SIZE_MAX: all of it). */
static bool match_in(App *app, size_t p, size_t from, size_t upto, size_t *s, size_t *e)
{
	const Paragraph *para = article_paragraph(app->a, p);
	const char *text = article_text(app->a) + para->span.start;
	size_t len = para->span.end - para->span.start;
	if (upto < len) {
		/* Cut at a character boundary: the subject must stay valid UTF-8. */
		while (upto > 0 && ((unsigned char)text[upto] & 0xC0) == 0x80)
			upto--;
		len = upto;
	}
	while (from <= len) {
		int rc = pcre2_match(app->re, (PCRE2_SPTR)text, len, from, PCRE2_NO_UTF_CHECK,
		                     app->md, app->mctx);
		if (rc < 0)
			return false;
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(app->md);
		if (ov[1] > ov[0]) {
			*s = para->span.start + ov[0];
			*e = para->span.start + ov[1];
			return true;
		}
		/* An empty match shows nothing: look further on. */
		from = ov[0] + (ov[0] < len ? utf8_seq_len((unsigned char)text[ov[0]]) : 1);
	}
	return false;
}

/* Matches overlapping [start, end), as pairs in OUT; returns the count. */
size_t app_search_spans(App *app, size_t start, size_t end, size_t *out, size_t max)
{
	if (!app->re || start >= end)
		return 0;
	size_t n = 0;
	size_t np = article_paragraph_count(app->a);
	for (size_t p = article_paragraph_at(app->a, start); p < np && n < max; p++) {
		const Paragraph *para = article_paragraph(app->a, p);
		if (para->span.start >= end)
			break;
		size_t from = start > para->span.start ? start - para->span.start : 0;
		/* Look a little past the row, not to the end of a huge paragraph:
		 * every row of every screen comes through here. */
		size_t upto = end - para->span.start + SEARCH_SLACK;
		size_t s, e;
		while (n < max && match_in(app, p, from, upto, &s, &e) && s < end) {
			out[2 * n] = s;
			out[2 * n + 1] = e;
			n++;
			from = e - para->span.start;
		}
	}
	return n;
}

static void found(App *app, size_t s, size_t e)
{
	app->match_start = s;
	app->match_end = e;
	show_span(app, s, e, true);
	message(app, false, "/%s", app->pattern); /* which search n and N repeat */
}

static void search_next(App *app, int dir)
{
	if (!app->re) {
		message(app, true, "no previous search (press /)");
		return;
	}
	size_t np = article_paragraph_count(app->a);
	const char *text = article_text(app->a);
	size_t s, e;
	if (np == 0) {
		message(app, true, "not found: %s", app->pattern);
		return;
	}
	if (dir > 0) {
		size_t from = doc_offset(app->doc, app->top);
		if (app->match_start != QM_NONE)
			from = app->match_start + utf8_seq_len((unsigned char)text[app->match_start]);
		size_t p0 = article_paragraph_at(app->a, from);
		if (p0 >= np)
			p0 = 0, from = 0;
		/* np + 1 rounds: the first paragraph again, before FROM. */
		for (size_t i = 0; i <= np; i++) {
			size_t p = (p0 + i) % np;
			size_t start = article_paragraph(app->a, p)->span.start;
			size_t rel = i == 0 && from > start ? from - start : 0;
			if (match_in(app, p, rel, SIZE_MAX, &s, &e)) {
				found(app, s, e);
				if (p0 + i >= np)
					message(app, false, "search hit the bottom, went on from the top");
				return;
			}
		}
	} else {
		size_t before = app->match_start != QM_NONE ? app->match_start
		                                             : doc_offset(app->doc, app->top);
		size_t p0 = article_paragraph_at(app->a, before);
		if (p0 >= np)
			p0 = np - 1, before = article_len(app->a);
		for (size_t i = 0; i <= np; i++) {
			size_t p = (p0 + np - i % np) % np;
			size_t start = article_paragraph(app->a, p)->span.start;
			size_t limit = i == 0 ? before : (size_t)-1;
			size_t from = 0, bs = QM_NONE, be = 0;
			while (match_in(app, p, from, SIZE_MAX, &s, &e) && s < limit) {
				bs = s;
				be = e;
				from = e - start;
			}
			if (bs != QM_NONE) {
				found(app, bs, be);
				if (i > p0)
					message(app, false, "search hit the top, went on from the bottom");
				return;
			}
		}
	}
	message(app, true, "not found: %s", app->pattern);
}

static void act_search(App *app, int arg)
{
	app->state = ST_PROMPT;
	app->prompt_len = 0;
	app->prompt[0] = 0;
}

static void act_search_next(App *app, int dir)
{
	search_next(app, dir);
}

static void prompt_key(App *app, const Event *ev)
{
	int k = ev->key;
	if (k == K_ESC || k == K_CTRL('c') || k == K_CTRL('g')) {
		app->state = ST_READ;
		return;
	}
	if (k == K_ENTER || k == '\n') {
		app->state = ST_READ;
		if (app->prompt_len == 0 && app->re) { /* repeat the last search */
			search_next(app, 1);
			return;
		}
		if (app->prompt_len == 0)
			return;
		if (search_compile(app, app->prompt)) {
			app->match_start = app->match_end = QM_NONE;
			search_next(app, 1);
		}
		return;
	}
	if (k == K_BS || k == K_CTRL('h')) {
		if (app->prompt_len == 0) {
			app->state = ST_READ;
			return;
		}
		/* Drop the last character, not the last byte. */
		size_t i = app->prompt_len - 1;
		while (i > 0 && ((unsigned char)app->prompt[i] & 0xC0) == 0x80)
			i--;
		app->prompt_len = i;
		app->prompt[i] = 0;
		return;
	}
	if (k == K_CTRL('u')) {
		app->prompt_len = 0;
		app->prompt[0] = 0;
		return;
	}
	if (k >= 0 && k < K_BASE && cp_is_clean((uint32_t)k)) { /* as the other prompts */
		char u[4];
		size_t n = utf8_encode((unsigned)k, u);
		if (app->prompt_len + n < sizeof app->prompt) {
			memcpy(app->prompt + app->prompt_len, u, n);
			app->prompt_len += n;
			app->prompt[app->prompt_len] = 0;
		}
	}
}

/* ---- other ------------------------------------------------------------ */

static void act_help(App *app, int arg)
{
	app->state = ST_HELP;
	app->help_top = 0;
}

static void act_quit(App *app, int arg)
{
	app->done = annot_may_quit(app);
}

static void act_cancel(App *app, int arg)
{
	if (annot_cancel(app))
		return;
	if (app->overlay || app->focus == FOCUS_PANEL) {
		app->overlay = false;
		app->focus = FOCUS_ARTICLE;
		app->relayout = true;
	} else if (app->match_start != QM_NONE) {
		app->match_start = app->match_end = QM_NONE;
	} else {
		app->current = QM_NONE;
	}
}

static void act_redraw(App *app, int arg)
{
	app->relayout = true;
}

static const Action actions[] = {
	{ "line_down", "j <Down>", SCOPE_ANY, "Moving", "one line down", act_scroll, 1 },
	{ "line_up", "k <Up>", SCOPE_ANY, NULL, "one line up", act_scroll, -1 },
	{ "page_down", "<Space> <PgDn>", SCOPE_ANY, NULL, "one page down", act_page, 1 },
	{ "page_up", "b <PgUp>", SCOPE_ANY, NULL, "one page up", act_page, -1 },
	{ "half_down", "<C-d>", SCOPE_ANY, NULL, "half a page down", act_page, 2 },
	{ "half_up", "<C-u>", SCOPE_ANY, NULL, "half a page up", act_page, -2 },
	{ "top", "g <Home>", SCOPE_ANY, NULL, "to the top", act_top, 0 },
	{ "bottom", "G <End>", SCOPE_ANY, NULL, "to the end", act_bottom, 0 },
	{ "next_paragraph", "}", SCOPE_ANY, NULL, "next paragraph", act_paragraph, 1 },
	{ "prev_paragraph", "{", SCOPE_ANY, NULL, "previous paragraph", act_paragraph, -1 },
	{ "speaker1", "1", SCOPE_ANY, "Speakers and statements", "select speaker 1-9", act_speaker, 0 },
	{ "speaker2", "2", SCOPE_ANY, NULL, NULL, act_speaker, 1 },
	{ "speaker3", "3", SCOPE_ANY, NULL, NULL, act_speaker, 2 },
	{ "speaker4", "4", SCOPE_ANY, NULL, NULL, act_speaker, 3 },
	{ "speaker5", "5", SCOPE_ANY, NULL, NULL, act_speaker, 4 },
	{ "speaker6", "6", SCOPE_ANY, NULL, NULL, act_speaker, 5 },
	{ "speaker7", "7", SCOPE_ANY, NULL, NULL, act_speaker, 6 },
	{ "speaker8", "8", SCOPE_ANY, NULL, NULL, act_speaker, 7 },
	{ "speaker9", "9", SCOPE_ANY, NULL, NULL, act_speaker, 8 },
	{ "next_statement", "]", SCOPE_ANY, NULL, "next statement of the speaker", act_statement, 1 },
	{ "prev_statement", "[", SCOPE_ANY, NULL, "previous statement of the speaker", act_statement, -1 },
	{ "next_quote", ")", SCOPE_ANY, NULL, "next statement of anyone, quoted or reported", act_quote, 1 },
	{ "prev_quote", "(", SCOPE_ANY, NULL, "previous statement of anyone", act_quote, -1 },
	{ "focus", "<Tab>", SCOPE_ANY, NULL, "focus the article or the speakers panel", act_focus, 0 },
	{ "panel_down", "j <Down>", SCOPE_PANEL, NULL, "panel: next speaker", act_panel_move, 1 },
	{ "panel_up", "k <Up>", SCOPE_PANEL, NULL, "panel: previous speaker", act_panel_move, -1 },
	{ "panel_jump", "<Enter>", SCOPE_PANEL, NULL, "panel: go to the speaker's first statement", act_panel_jump, 0 },
	{ "next_sentence", ".", SCOPE_ANY, "Claims and annotations", "claim cursor: next sentence", annot_act_sentence, 1 },
	{ "prev_sentence", ",", SCOPE_ANY, NULL, "claim cursor: previous sentence", annot_act_sentence, -1 },
	{ "visual", "v", SCOPE_ANY, NULL, "select several sentences or quotations (Esc cancels)", annot_act_visual, 0 },
	{ "tag", "t", SCOPE_ANY, NULL, "tag the sentence, quotation or selection", annot_act_tag, 0 },
	{ "note", "a", SCOPE_ANY, NULL, "add or edit the note (Ctrl-G: $EDITOR)", annot_act_note, 0 },
	{ "delete", "d", SCOPE_ANY, NULL, "delete the annotation here", annot_act_delete, 0 },
	{ "undo", "u", SCOPE_ANY, NULL, "undo an annotation change", annot_act_undo, 0 },
	{ "redo", "<C-r>", SCOPE_ANY, NULL, "redo it", annot_act_undo, 1 },
	{ "list", "r", SCOPE_ANY, NULL, "this article's annotations (filter, go to, edit)", annot_act_list, 0 },
	{ "save", "w", SCOPE_ANY, NULL, "save the annotations beside the article", annot_act_save, 0 },
	{ "search", "/", SCOPE_ANY, "Search", "search (regular expression, smart case)", act_search, 0 },
	{ "search_next", "n", SCOPE_ANY, NULL, "next match", act_search_next, 1 },
	{ "search_prev", "N", SCOPE_ANY, NULL, "previous match", act_search_next, -1 },
	{ "help", "?", SCOPE_ANY, "Other", "this help", act_help, 0 },
	{ "cancel", "<Esc>", SCOPE_ANY, NULL, "close the panel, clear the match or statement", act_cancel, 0 },
	{ "redraw", "<C-l>", SCOPE_ANY, NULL, "redraw the screen", act_redraw, 0 },
	{ "quit", "q", SCOPE_ANY, NULL, "quit", act_quit, 0 },
};
enum { NACTIONS = sizeof actions / sizeof actions[0] };

size_t app_action_count(void)
{
	return NACTIONS;
}

void app_action_info(size_t i, const char **name, const char **keys, const char **help)
{
	*name = actions[i].name;
	*keys = actions[i].keys;
	*help = actions[i].help;
}

static int action_named(const char *name)
{
	for (int i = 0; i < NACTIONS; i++)
		if (strcmp(actions[i].name, name) == 0)
			return i;
	return -1;
}

static void bind(App *app, int key, int action)
{
	if (app->nbindings < APP_MAX_BINDINGS)
		app->bindings[app->nbindings++] = (Binding){ key, action };
}

/* Binds every key named in KEYS (space-separated) to ACTION; false when a
 * name is not a key. */
static bool bind_keys(App *app, const char *keys, int action)
{
	const char *s = keys;
	while (*s) {
		while (*s == ' ')
			s++;
		if (!*s)
			break;
		Event ev;
		if (!key_parse(&s, &ev) || ev.key >= K_RESIZE || (*s && *s != ' '))
			return false;
		bind(app, ev.key, action);
	}
	return true;
}

/* Config bindings first, so they win over a default for the same key. */
static void setup_bindings(App *app)
{
	bool configured[NACTIONS] = { false };
	const Config *c = app->cfg;
	for (size_t i = 0; c && i < c->nbindings; i++) {
		const ConfigBinding *b = &c->bindings[i];
		int a = action_named(b->action);
		/* Only the first problem is reported: it is the one to fix first. */
		if (a < 0) {
			if (!app->msg[0])
				message(app, true, "%s: line %d: unknown action '%s'", c->path, b->line,
				        b->action);
			continue;
		}
		configured[a] = true;
		if (!bind_keys(app, b->keys, a) && !app->msg[0])
			message(app, true, "%s: line %d: unknown key in '%s'", c->path, b->line, b->keys);
	}
	for (int a = 0; a < NACTIONS; a++)
		if (!configured[a])
			bind_keys(app, actions[a].keys, a);
}

void app_keys_of(const App *app, const char *name, char *out, size_t outsz, const char *sep)
{
	int a = action_named(name);
	size_t len = 0;
	out[0] = 0;
	for (size_t i = 0; i < app->nbindings && a >= 0; i++) {
		if (app->bindings[i].action != a)
			continue;
		char kn[32];
		keyname_of(app->bindings[i].key, kn, sizeof kn);
		int n = snprintf(out + len, outsz - len, "%s%s", len ? sep : "", kn);
		if (n < 0 || (size_t)n >= outsz - len)
			break;
		len += (size_t)n;
	}
}

size_t app_help_lines(const App *app, size_t i, const char **group, char *keys, size_t keysz,
                      const char **text)
{
	/* Row i is action i plus the rows joined to it (help == NULL). */
	size_t row = 0;
	for (size_t a = 0; a < NACTIONS; a++) {
		if (!actions[a].help)
			continue;
		if (row++ != i)
			continue;
		*group = actions[a].group;
		*text = actions[a].help;
		app_keys_of(app, actions[a].name, keys, keysz, " ");
		for (size_t b = a + 1; b < NACTIONS && !actions[b].help; b++) {
			size_t len = strlen(keys);
			char more[64];
			app_keys_of(app, actions[b].name, more, sizeof more, " ");
			snprintf(keys + len, keysz - len, " %s", more);
		}
		return 1;
	}
	return 0;
}

/* ---- the App ---------------------------------------------------------- */

App *app_new(const AppInit *init)
{
	App *app = calloc(1, sizeof *app);
	if (!app)
		return NULL;
	app->a = init->article;
	app->qm = init->quotes;
	app->theme = init->theme;
	app->cfg = init->config;
	/* The status bar shows the file's own name; the path is in --meta. */
	const char *base = strrchr(init->filename, '/');
	base = base && base[1] ? base + 1 : init->filename;
	if (strcmp(base, "-") == 0)
		base = "(stdin)";
	app->filename = sanitize_line(base, strlen(base));
	app->doc = doc_new(init->article);
	app->mctx = pcre2_match_context_create(NULL);
	if (!app->filename || !app->doc || !app->mctx) {
		app_free(app);
		return NULL;
	}
	/* A pattern typed by hand must not hang the reader. */
	pcre2_set_match_limit(app->mctx, 10000000);
	app->quotes_pending = init->quotes_pending;
	app->speaker = app->qm && qm_speaker_count(app->qm) > 0 ? 0 : -1;
	app->current = QM_NONE;
	app->match_start = app->match_end = QM_NONE;
	app->cols = 80;
	app->rows = 24;
	app->relayout = true;
	setup_bindings(app);
	app->annot = annot_new(app, init);
	if (!app->annot) {
		app_free(app);
		return NULL;
	}
	if (init->message && !app->msg[0])
		message(app, init->message_is_error, "%s", init->message);
	return app;
}

void app_free(App *app)
{
	if (!app)
		return;
	annot_free(app->annot);
	doc_free(app->doc);
	pcre2_code_free(app->re);
	pcre2_match_data_free(app->md);
	pcre2_match_context_free(app->mctx);
	free(app->filename);
	free(app);
}

void app_set_quotes(App *app, const QModel *qm, const char *msg)
{
	app->qm = qm;
	app->quotes_pending = false;
	app->current = QM_NONE;
	app->speaker = qm && qm_speaker_count(qm) > 0 ? 0 : -1;
	if (msg)
		message(app, true, "%s", msg);
	else if (qm)
		message(app, false, "%zu quotations, %zu speakers", qm_speech_count(qm),
		        qm_speaker_count(qm));
}

void app_resize(App *app, int cols, int rows)
{
	if (cols != app->cols || rows != app->rows) {
		app->cols = cols;
		app->rows = rows;
		app->relayout = true;
	}
}

bool app_done(const App *app)
{
	return app->done;
}

/* Recomputes the layout and re-finds the reader's place after a change. */
static void ensure_layout(App *app)
{
	if (!app->relayout)
		return;
	app->relayout = false;
	view_layout(app);
	if (app->lay.too_small)
		return;
	doc_set_width(app->doc, app->lay.text_w);
	DocPos p = { app->anchor_block, 0 };
	const Block *b = doc_block(app->doc, p.block);
	if (b && b->para != (size_t)-1)
		p = doc_pos_at(app->doc, b->offset + app->anchor_rel);
	p.block = app->anchor_block;
	DocPos m = max_top(app);
	app->top = doc_cmp(p, m) > 0 ? m : p; /* the anchor stays as it was */
}

static void help_key(App *app, const Event *ev)
{
	int page = body_h(app) - 1;
	switch (ev->key) {
	case 'j': case K_DOWN: case K_ENTER: app->help_top++; break;
	case 'k': case K_UP: app->help_top--; break;
	case ' ': case K_PGDN: case K_CTRL('d'): case K_CTRL('f'): app->help_top += page; break;
	case 'b': case K_PGUP: case K_CTRL('u'): case K_CTRL('b'): app->help_top -= page; break;
	case 'g': case K_HOME: app->help_top = 0; break;
	case 'G': case K_END: app->help_top = app->help_rows; break;
	case K_WHEEL_DOWN: app->help_top += 3; break;
	case K_WHEEL_UP: app->help_top -= 3; break;
	default:
		app->state = ST_READ;
		if (ev->key != 'q' && ev->key != '?' && ev->key != K_ESC)
			app_key(app, ev); /* any other key closes help and does its work */
		return;
	}
	int max = app->help_rows - body_h(app);
	if (app->help_top > max)
		app->help_top = max;
	if (app->help_top < 0)
		app->help_top = 0;
}

static void mouse(App *app, const Event *ev, const Grid *g)
{
	if (ev->key == K_WHEEL_UP || ev->key == K_WHEEL_DOWN) {
		scroll(app, ev->key == K_WHEEL_DOWN ? 3 : -3);
		return;
	}
	if (!g)
		return;
	Hit h = grid_hit(g, ev->x, ev->y);
	switch (h.kind) {
	case HIT_SPEAKER:
		app->speaker = (int)h.value;
		app->current = QM_NONE;
		break;
	case HIT_QUOTE:
		make_current(app, h.value, true);
		break;
	case HIT_TEXT:
		if (app->qm) {
			size_t q = qm_quote_at(app->qm, h.value);
			if (q != QM_NONE)
				make_current(app, q, false);
		}
		if (app->overlay) {
			app->overlay = false;
			app->focus = FOCUS_ARTICLE;
			app->relayout = true;
		}
		break;
	default:
		break;
	}
}

void app_key(App *app, const Event *ev)
{
	if (ev->key == K_RESIZE) {
		app_resize(app, ev->cols, ev->rows);
		return;
	}
	ensure_layout(app);
	if (app->state == ST_ANNOT) {
		annot_key(app, ev);
		return;
	}
	if (app->state == ST_HELP) {
		help_key(app, ev);
		return;
	}
	if (app->state == ST_PROMPT) {
		prompt_key(app, ev);
		return;
	}
	app->msg[0] = 0;
	if (ev->key == K_CLICK || ev->key == K_WHEEL_UP || ev->key == K_WHEEL_DOWN) {
		mouse(app, ev, app->grid);
		return;
	}
	if (app->lay.too_small) {
		if (ev->key == 'q')
			app->done = annot_may_quit(app);
		return;
	}
	/* The focused view's keys first, then the global ones. */
	for (int pass = 0; pass < 2; pass++) {
		Scope want = pass == 0 ? SCOPE_PANEL : SCOPE_ANY;
		if (pass == 0 && app->focus != FOCUS_PANEL)
			continue;
		for (size_t i = 0; i < app->nbindings; i++) {
			const Binding *b = &app->bindings[i];
			if (b->key == ev->key && actions[b->action].scope == want) {
				actions[b->action].fn(app, actions[b->action].arg);
				annot_after_key(app);
				return;
			}
		}
	}
	char kn[32];
	keyname_of(ev->key, kn, sizeof kn);
	message(app, false, "%s: not a key here (? for help)", kn);
}

void app_resume(App *app)
{
	app->done = false;
	app->state = ST_READ;
}

void app_show_quote(App *app, size_t offset)
{
	ensure_layout(app);
	size_t q = app->qm && !app->lay.too_small ? qm_quote_at(app->qm, offset) : QM_NONE;
	if (q != QM_NONE)
		make_current(app, q, true);
}

void app_render(App *app, Grid *g)
{
	ensure_layout(app);
	grid_clear(g, theme_style(app->theme, UI_TEXT));
	if (app->lay.too_small) {
		grid_puts(g, 0, 0, app->cols, "terminal too small", theme_style(app->theme, UI_ERROR));
		app->grid = g;
		return;
	}
	if (app->state == ST_HELP)
		view_help(app, g);
	else
		view_article(app, g);
	if (app->state == ST_ANNOT)
		annot_render(app, g);
	app->grid = g;
}
