/* term.h - the back ends that show the App: a curses terminal, or a virtual
 * screen for --dump-screen.  Both run app_key()/app_render(); only where the
 * keys come from and where the cells go differ. */
#ifndef NEWSROOM_UI_TERM_H
#define NEWSROOM_UI_TERM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "app.h"
#include "theme.h"

/* Called between keys while work goes on in the background; returns true
 * while there is still something to wait for. */
typedef bool (*TermPoll)(void *ctx, App *app);

/* What a back end runs: the reader's App, or the desk around it.  POLL may
 * be NULL; it is called every 100 ms while it returns true (work going on in
 * the background). */
typedef struct {
	void (*key)(void *obj, const Event *ev);
	void (*render)(void *obj, Grid *g);
	void (*resize)(void *obj, int cols, int rows);
	bool (*done)(const void *obj);
	bool (*poll)(void *obj);
} Screen;

int term_run_screen(const Screen *s, void *obj, Theme *theme);
int headless_run_screen(const Screen *s, void *obj, const Event *ev, size_t n, int cols, int rows,
                        FILE *out);

/* Runs the App on the terminal until it is done.  THEME gets the terminal's
 * colour depth; POLL (may be NULL) is called every 100 ms while it returns
 * true.  Returns the exit status. */
int term_run(App *app, Theme *theme, TermPoll poll, void *ctx);

/* AppEditFn for the curses back end: leaves curses, runs $VISUAL or $EDITOR
 * (else vi) on PATH in the terminal, waits, and restores the screen. */
bool term_edit_file(const char *path, char *why, size_t whysz);

/* Feeds N events to the App on a COLS x ROWS virtual screen, then prints the
 * screen to OUT.  Returns the exit status. */
int headless_run(App *app, const Event *ev, size_t n, int cols, int rows, FILE *out);

#endif
