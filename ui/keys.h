/* keys.h - key codes, their names, and key scripts.
 *
 * A key is an int: a Unicode code point for a character (control keys are
 * their ASCII codes: Tab 9, Enter 13, Esc 27, Ctrl-D 4), or one of the K_*
 * values above Unicode for keys without a character.  The same names are used
 * by the --keys scripts, the [keys] section of config.ini and the help screen:
 * "j", "<Space>", "<C-d>", "<PgDn>", "<Resize:50x15>", "<Click:10,3>".
 */
#ifndef NEWSROOM_UI_KEYS_H
#define NEWSROOM_UI_KEYS_H

#include <stdbool.h>
#include <stddef.h>

enum {
	K_TAB = 9,
	K_ENTER = 13,
	K_ESC = 27,
	K_BS = 127,
	K_BASE = 0x110000,
	K_UP = K_BASE,
	K_DOWN,
	K_LEFT,
	K_RIGHT,
	K_PGUP,
	K_PGDN,
	K_HOME,
	K_END,
	K_BTAB,
	K_DEL,
	K_RESIZE,      /* Event.cols/rows hold the new size */
	K_CLICK,       /* Event.x/y: left button */
	K_WHEEL_UP,
	K_WHEEL_DOWN,
	K_LAST
};

#define K_CTRL(c) ((c)&0x1f)

typedef struct {
	int key;
	int x, y;       /* mouse position (K_CLICK, K_WHEEL_*), -1 when unknown */
	int cols, rows; /* K_RESIZE */
} Event;

/* Parses one key at *S (a character or a <Name> escape), advancing *S.
 * Returns false with *S unchanged on an unknown escape or invalid UTF-8. */
bool key_parse(const char **s, Event *ev);

/* Parses a whole script into a new array (owned by the caller, free()).
 * On error returns NULL and stores the byte offset of the bad key in *bad. */
Event *key_script_parse(const char *script, size_t *n, size_t *bad);

/* The key's display name for help and messages: "j", "Space", "C-d", "PgDn". */
void keyname_of(int key, char *out, size_t outsz);

#endif
