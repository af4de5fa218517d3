/* app_impl.h - the App's state, shared by the actions (app.c) and the views
 * (view.c, panel.c).  Private to ui/: views read it, only app.c changes it. */
#ifndef NEWSROOM_UI_APP_IMPL_H
#define NEWSROOM_UI_APP_IMPL_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "annotate.h"
#include "app.h"
#include "doc.h"

/* The explicit UI states: keys and drawing dispatch on them. */
typedef enum {
	ST_READ,    /* reading: the article and the panel */
	ST_PROMPT,  /* typing a search pattern */
	ST_HELP,    /* the help screen */
	ST_ANNOT,   /* a tag menu, note prompt or annotation list (annotate.c) */
} UiState;

typedef enum { FOCUS_ARTICLE, FOCUS_PANEL } Focus;

typedef enum { SCOPE_ANY, SCOPE_PANEL } Scope;

typedef struct {
	int key;
	int action;
} Binding;

#define APP_MAX_BINDINGS 256
#define PROMPT_MAX 256

/* The geometry of the screen, computed from its size by layout(). */
typedef struct {
	bool too_small;
	bool wide;          /* the panel sits beside the article */
	int art_x, art_w;   /* the article pane, gutter included */
	int text_x, text_w; /* the wrapped text inside it */
	int body_h;         /* rows for the article (and panel) */
	int panel_x, panel_w; /* panel or overlay; panel_w 0 when hidden */
	int status_y, hint_y;
} Layout;

struct App {
	const Article *a;
	const QModel *qm;
	bool quotes_pending;
	const Theme *theme;
	const Config *cfg;
	char *filename;
	Doc *doc;

	int cols, rows;
	Layout lay;
	bool relayout;      /* size or panel changed: recompute the layout */

	UiState state;
	Focus focus;
	bool overlay;       /* narrow screens: the panel shown over the article */
	bool done;

	DocPos top;
	/* Where the reader is, kept across re-wraps: the block and the byte in
	 * it of the top row, updated only when the reader moves. */
	size_t anchor_block, anchor_rel;

	int speaker;        /* selected speaker, -1 for none */
	size_t current;     /* current quote (QM_NONE for none) */
	size_t speaker_top; /* first speaker row shown in the panel */

	pcre2_code *re;
	pcre2_match_data *md;
	pcre2_match_context *mctx;
	char pattern[PROMPT_MAX];
	size_t match_start, match_end; /* the current match, QM_NONE when none */

	char prompt[PROMPT_MAX];
	size_t prompt_len;

	int help_top;
	int help_rows;      /* lines of help text, for scrolling: view_help()
	                     * counts them as it draws (the one thing a view
	                     * writes: the help has no model of its own) */

	char msg[256];
	bool msg_error;

	const Grid *grid;   /* the last screen drawn: mouse events refer to it */
	Annot *annot;       /* tagging claims (annotate.c) */

	Binding bindings[APP_MAX_BINDINGS];
	size_t nbindings;
};

/* Search matches overlapping [start, end) as (start, end) pairs in OUT;
 * returns how many (at most MAX). */
size_t app_search_spans(App *app, size_t start, size_t end, size_t *out, size_t max);

/* For annotate.c: a message on the status bar (sanitized here), and
 * scrolling so that [start, end) is on screen. */
void app_message(App *app, bool error, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void app_show_span(App *app, size_t start, size_t end);

/* Views (view.c, panel.c). */
void view_layout(App *app);
void view_article(App *app, Grid *g);
void view_panel(App *app, Grid *g, int x, int w, int y, int h, bool overlay);
void view_help(App *app, Grid *g);
/* The keys bound to action NAME, as "j/Down", for hints and help. */
void app_keys_of(const App *app, const char *name, char *out, size_t outsz, const char *sep);
/* Help lines: group headings and (keys, text) rows. */
size_t app_help_lines(const App *app, size_t i, const char **group, char *keys, size_t keysz,
                      const char **text);

#endif
