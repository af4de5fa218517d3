/* annotate.h - tagging claims in the reader: the claim cursor, visual
 * selection, the tag menu, the note prompt, delete/undo, the article's
 * annotation list, saving to the sidecar.
 *
 * The App owns one Annot (app->annot); it borrows the Sidecar given in
 * AppInit (NULL: nothing to annotate into, e.g. stdin without --sidecar).
 * While a menu, prompt, list or question is open the App is in ST_ANNOT and
 * every key comes here (annot_key); otherwise the actions below run from the
 * App's action table like any other.
 *
 * The unit a tag or note applies to: the visual selection when one is open,
 * else the claim cursor (a sentence, moved with , and .; or an annotation
 * jumped to from the list), else the current quotation.
 */
#ifndef NEWSROOM_UI_ANNOTATE_H
#define NEWSROOM_UI_ANNOTATE_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"
#include "grid.h"
#include "keys.h"

typedef struct Annot Annot;

/* Set up from INIT (sidecar, editor, headless) after the App's own state;
 * restores the reading position.  NULL when out of memory. */
Annot *annot_new(App *app, const AppInit *init);
void annot_free(Annot *an);

/* Keys while the App is in ST_ANNOT. */
void annot_key(App *app, const Event *ev);
/* After every key in the reading state: keeps the cursors consistent. */
void annot_after_key(App *app);
/* Esc in the reading state: closes the selection or the claim cursor;
 * false when there was none. */
bool annot_cancel(App *app);
/* `q`: true when the reader may end now, else it asks first. */
bool annot_may_quit(App *app);
/* Puts the claim cursor on annotation ID and shows it. */
void annot_jump(App *app, const char *id);

/* Drawing (views): the row [s, e) is about to be drawn; returns its gutter
 * mark (NULL: none) and its style. */
const char *annot_row(App *app, size_t s, size_t e, Style *gutter);
/* The style of the glyph at OFF, over ST. */
Style annot_glyph(const App *app, size_t off, Style st);
/* The status bar's mode name, NULL when the App's own applies. */
const char *annot_mode(const App *app);
/* Draws menus, lists and prompts over the screen. */
void annot_render(App *app, Grid *g);

/* Actions (app.c's table). */
void annot_act_sentence(App *app, int dir);
void annot_act_visual(App *app, int arg);
void annot_act_tag(App *app, int arg);
void annot_act_note(App *app, int arg);
void annot_act_delete(App *app, int arg);
void annot_act_undo(App *app, int arg);
void annot_act_list(App *app, int arg);
void annot_act_save(App *app, int arg);

#endif
