/* settings.h - the user's settings: $XDG_CONFIG_HOME/newsroom/config.ini
 * (else ~/.config/newsroom/config.ini).
 *
 *   [reader]
 *   theme = light            ; a name or a path
 *   panel_width = 36         ; columns of the speakers panel
 *   [keys]
 *   line_down = j <Down>     ; an action = the keys that run it
 *   [tags]                   ; replaces the tag vocabulary (see ui/tags.h)
 *   1 = claim yellow         ; menu key = tag name, colour [8-colour colour]
 *   [annotations]
 *   autosave = yes           ; save the sidecar after every change
 *   author = Jane Doe        ; instead of $USER
 *
 * A missing file is fine; a bad one gives a message and the defaults.
 */
#ifndef NEWSROOM_UI_SETTINGS_H
#define NEWSROOM_UI_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"

#define CONFIG_MAX_BINDINGS 64
#define CONFIG_MAX_TAGS 16

typedef struct {
	char action[48];
	char keys[160];
	int line;
} ConfigBinding;

typedef struct {
	char path[1024];   /* the file read ("" when none) */
	char theme[512];   /* "" when not set */
	int panel_width;   /* 0 when not set */
	ConfigBinding bindings[CONFIG_MAX_BINDINGS];
	size_t nbindings;
	ConfigBinding tags[CONFIG_MAX_TAGS]; /* [tags]: action = menu key, keys = value */
	size_t ntags;
	bool autosave;
	char author[128];  /* "" when not set */
} Config;

/* The config file's path (a display form when neither XDG_CONFIG_HOME nor
 * HOME is set: then false). */
bool settings_path(char *out, size_t outsz);

/* Fills C from the config file.  Returns false with ERR set when the file
 * exists but is bad; C then holds whatever was read before the problem. */
bool config_load(Config *c, Error *err);

#endif
