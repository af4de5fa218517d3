/* app.h - the reader: its state, the actions keys run, and drawing it.
 *
 * The App is the model of the screen: where the article is scrolled to, which
 * speaker and statement are selected, what is searched, which state the UI is
 * in.  app_key() changes it (through the action table in app.c: one row per
 * action, its default keys and help text); app_render() draws it into a Grid
 * (view.c); neither knows about the terminal, so the interactive program and
 * the headless --dump-screen run the same code.
 *
 * Ownership: app_new() returns an App owned by the caller (app_free()); it
 * borrows everything in AppInit, which must outlive it.
 */
#ifndef NEWSROOM_UI_APP_H
#define NEWSROOM_UI_APP_H

#include <stdbool.h>

#include "article.h"
#include "settings.h"
#include "grid.h"
#include "keys.h"
#include "qmodel.h"
#include "sidecar.h"
#include "theme.h"

/* Opens PATH in the user's editor and waits; false with WHY on failure. */
typedef bool (*AppEditFn)(const char *path, char *why, size_t whysz);

typedef struct {
	const Article *article;
	const QModel *quotes;     /* may be NULL: no quotations (yet) */
	bool quotes_pending;      /* they are being found: app_set_quotes() follows */
	const Theme *theme;
	const Config *config;
	const char *filename;     /* shown in the status bar (sanitized here) */
	const char *message;      /* first message, e.g. a theme error (may be NULL) */
	bool message_is_error;
	Sidecar *sidecar;         /* the annotations (NULL: none can be made) */
	AppEditFn edit_file;      /* runs $EDITOR (NULL: headless, no editor) */
	bool headless;            /* never writes files unless told to */
} AppInit;

typedef struct App App;

App *app_new(const AppInit *init);
void app_free(App *app);

/* Sets the screen size; the layout is recomputed on the next render. */
void app_resize(App *app, int cols, int rows);
/* The quotations found after the reader opened (QM may be NULL when the
 * analysis failed; MESSAGE then says why). */
void app_set_quotes(App *app, const QModel *qm, const char *message);
/* Handles one key or mouse event. */
void app_key(App *app, const Event *ev);
bool app_done(const App *app);
/* The desk: reading again after `q` returned to the list. */
void app_resume(App *app);
/* The desk's statements list: makes the quotation holding byte OFFSET the
 * current one and scrolls to it. */
void app_show_quote(App *app, size_t offset);

/* Draws the whole screen into G (sized to the screen). */
void app_render(App *app, Grid *g);

/* The actions, for the README and help: name, default keys, help text. */
size_t app_action_count(void);
void app_action_info(size_t i, const char **name, const char **keys, const char **help);

#endif
