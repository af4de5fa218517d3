/* tags.h - the tag vocabulary of the reader's tag menu.
 *
 * The default vocabulary is the annotation core's (claim, check, true, false,
 * misleading, unproven, opinion) on the menu keys 1-7.  A [tags] section in
 * config.ini replaces it, one tag a line in menu order:
 *
 *   [tags]
 *   1 = claim yellow            ; KEY = NAME COLOUR [COLOUR-FOR-8-COLOURS]
 *   f = false 203 red
 *
 * KEY is one character typed in the menu; NAME is 1-31 of [a-z0-9_-];
 * COLOUR as in theme files (a number 0-255 or a name).  A tag met in a
 * sidecar but not in the vocabulary is still shown (in the text colour).
 */
#ifndef NEWSROOM_UI_TAGS_H
#define NEWSROOM_UI_TAGS_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "settings.h"
#include "theme.h"

#define TAGS_MAX CONFIG_MAX_TAGS
#define TAG_NAME_MAX 31

typedef struct {
	int key;                     /* the menu key (a code point) */
	char name[TAG_NAME_MAX + 1];
	int16_t c256, c8;            /* -1: the text colour */
} TagDef;

typedef struct {
	TagDef tag[TAGS_MAX];
	size_t n;
} Tags;

/* The default vocabulary. */
void tags_default(Tags *t);
/* The vocabulary of C's [tags] (the default when it has none).  On a bad
 * line: false, ERR says which, and T holds the default. */
bool tags_from_config(Tags *t, const Config *c, Error *err);

/* Index of the tag NAME, or -1. */
int tags_find(const Tags *t, const char *name);
/* Index of the tag on menu key KEY, or -1. */
int tags_by_key(const Tags *t, int key);
/* How an annotation with tag NAME looks in the text: its colour, underlined. */
Style tags_style(const Tags *t, const Theme *th, const char *name);

#endif
