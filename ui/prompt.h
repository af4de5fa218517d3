/* prompt.h - a one-line text editor for the reader's prompts (notes,
 * verdicts, file names).
 *
 * The text is UTF-8 of any length up to PROMPT_TEXT_MAX bytes; the cursor
 * moves by character (never inside a UTF-8 sequence).  Keys:
 *   Left/Right, Ctrl-B/Ctrl-F   a character back/forward
 *   Home/End, Ctrl-A/Ctrl-E     start/end of the line
 *   Backspace/Ctrl-H, Del/Ctrl-D  delete the character before/at the cursor
 *   Ctrl-K  delete to the end     Ctrl-U  delete to the start
 *   Ctrl-W  delete the word before the cursor
 *   Enter accepts, Esc/Ctrl-C cancels, Ctrl-G asks for the external editor.
 * Text given by the program (a note read from a file) may hold newlines and
 * any other character: it is kept as it is and drawn safely (see sanitize.h),
 * newlines as "↵".
 *
 * Ownership: a LineEdit owns its text; lineedit_free() releases it.
 */
#ifndef NEWSROOM_UI_PROMPT_H
#define NEWSROOM_UI_PROMPT_H

#include <stdbool.h>
#include <stddef.h>

#include "grid.h"
#include "keys.h"

#define PROMPT_TEXT_MAX (64 * 1024)

typedef struct {
	char *text;   /* NUL-terminated */
	size_t len, cap;
	size_t cursor; /* byte offset, on a character boundary */
	size_t scroll; /* first byte shown */
} LineEdit;

typedef enum {
	EDIT_GOING,   /* the key was handled (or ignored) */
	EDIT_ACCEPT,  /* Enter */
	EDIT_CANCEL,  /* Esc, Ctrl-C */
	EDIT_EXTERNAL /* Ctrl-G */
} EditResult;

/* Starts with TEXT (may be NULL), the cursor at its end.  False when out of
 * memory. */
bool lineedit_init(LineEdit *e, const char *text);
void lineedit_free(LineEdit *e);
bool lineedit_set(LineEdit *e, const char *text);
EditResult lineedit_key(LineEdit *e, const Event *ev);

/* Draws LABEL then the text on row Y from X to LIMIT, scrolled so that the
 * cursor (a reverse cell) is visible. */
void lineedit_draw(LineEdit *e, Grid *g, int x, int y, int limit, const char *label,
                   Style label_st, Style text_st);

#endif
