/* settings.h - the user's settings: $XDG_CONFIG_HOME/newsroom/config.ini
 * (else ~/.config/newsroom/config.ini).
 *
 *   [reader]
 *   theme = light            ; a name or a path
 *   panel_width = 36         ; columns of the speakers panel
 *   [keys]
 *   line_down = j <Down>     ; an action = the keys that run it
 *
 * A missing file is fine; a bad one gives a message and the defaults.
 */
#ifndef NEWSROOM_UI_SETTINGS_H
#define NEWSROOM_UI_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"

#define CONFIG_MAX_BINDINGS 64

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
} Config;

/* Fills C from the config file.  Returns false with ERR set when the file
 * exists but is bad; C then holds whatever was read before the problem. */
bool config_load(Config *c, Error *err);

#endif
