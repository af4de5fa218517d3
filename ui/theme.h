/* theme.h - colours and attributes for every element of the screen.
 *
 * A theme file (themes/NAME.ini) has a [colors256] and a [colors8] section:
 * one line per element, "FG [BG] [ATTR...]" where a colour is a number 0-255,
 * a name (black red green yellow blue magenta cyan white, bright-NAME, grey)
 * or "default", and attributes are bold underline reverse dim italic standout
 * (or none).  "palette" lists the speakers' colours.  Elements a file leaves
 * out keep the built-in default (dark) values.
 *
 * Ownership: theme_builtin() and theme_load() return a Theme owned by the
 * caller (theme_free()).
 */
#ifndef NEWSROOM_UI_THEME_H
#define NEWSROOM_UI_THEME_H

#include "error.h"
#include "grid.h"

/* X(ID, name, 256-colour default, 8-colour default) */
#define UI_ELEMENTS                                                                  \
	X(TEXT, "text", "252 default", "default default")                            \
	X(TITLE, "title", "231 default bold", "white default bold")                  \
	X(BYLINE, "byline", "245 default", "default default dim")                    \
	X(HEADING, "heading", "253 default bold", "white default bold")              \
	X(QUOTE, "quote", "223 default", "yellow default")                           \
	X(TERM, "term", "180 default italic", "default default underline")           \
	X(REPORTED, "reported", "default default dim", "default default dim")        \
	X(CUE, "cue", "default default italic", "default default underline")         \
	X(MENTION, "mention", "default default underline", "default default bold")   \
	X(CURRENT, "current", "default 237 bold", "default default reverse")         \
	X(MATCH, "match", "16 220", "black yellow")                                  \
	X(GUTTER, "gutter", "240 default", "default default")                        \
	X(BORDER, "border", "239 default", "default default")                        \
	X(PANEL_TITLE, "panel-title", "250 default bold", "default default bold")    \
	X(PANEL_TEXT, "panel-text", "252 default", "default default")                \
	X(PANEL_DIM, "panel-dim", "243 default", "default default dim")              \
	X(PANEL_SELECT, "panel-select", "231 237 bold", "default default reverse")   \
	X(PANEL_FOCUS, "panel-focus", "231 25 bold", "white blue bold")              \
	X(PANEL_QUOTE, "panel-quote", "248 default", "default default")              \
	X(PANEL_CURRENT, "panel-current", "231 237 bold", "default default reverse") \
	X(STATUS, "status", "252 236", "black white")                                \
	X(STATUS_MODE, "status-mode", "231 25 bold", "white blue bold")              \
	X(MESSAGE, "message", "229 236 bold", "black white bold")                    \
	X(ERROR, "error", "210 236 bold", "red white bold")                          \
	X(HINT, "hint", "244 default", "default default")                            \
	X(HINT_KEY, "hint-key", "250 default bold", "default default bold")          \
	X(HELP_TITLE, "help-title", "231 default bold", "white default bold")        \
	X(HELP_SECTION, "help-section", "117 default bold", "cyan default bold")     \
	X(HELP_KEY, "help-key", "222 default bold", "yellow default bold")           \
	X(HELP_TEXT, "help-text", "252 default", "default default")                  \
	X(PROMPT, "prompt", "231 default", "default default")

typedef enum {
#define X(id, name, d256, d8) UI_##id,
	UI_ELEMENTS
#undef X
	UI__COUNT
} UiElement;

#define THEME_PALETTE_MAX 16

typedef struct Theme Theme;

/* The built-in dark theme (the same as themes/default.ini). */
Theme *theme_builtin(void);

/* Loads NAME (looked up as NAME.ini in $NEWSROOM_THEMES, the user's
 * ~/.config/newsroom/themes, the installed themes folder and a themes/ folder
 * beside the program) or PATH (anything with a '/' or ending in ".ini").
 * Returns NULL with ERR set ("FILE: line N: unknown colour 'x'"). */
Theme *theme_load(const char *name, Error *err);
void theme_free(Theme *t);

/* Chooses the colour set: COLORS is 0 (no colour: attributes only), 8 or 256. */
void theme_use_colors(Theme *t, int colors);

Style theme_style(const Theme *t, UiElement e);
/* The quote style with the colour of speaker I (a stable palette slot). */
Style theme_speaker(const Theme *t, int i);
const char *theme_element_name(UiElement e);

/* BASE with the colours O sets and O's attributes added. */
Style style_over(Style base, Style o);

/* Parses a colour word as theme files do (a number below MAX, a name,
 * bright-NAME, grey, default); false when it is not a colour. */
bool theme_parse_color(const char *w, int max, int16_t *out);
/* The text style with foreground C256 or C8 (for the colour depth in use;
 * none at all without colour), e.g. for tags. */
Style theme_color(const Theme *t, int16_t c256, int16_t c8);

#endif
