/* ini.h - reading config and theme files with iniparser 4.1, safely.
 *
 * iniparser 4.1 reports syntax errors through one process-wide callback (see
 * src/ini_load.h) and crashes in getint/getboolean on a key that names a section
 * (CVE-2023-33461): values are read with iniparser_getstring only, and errors
 * come back as "FILE: line N: reason".
 */
#ifndef NEWSROOM_UI_INI_H
#define NEWSROOM_UI_INI_H

#include <stdbool.h>

#include "error.h"

typedef struct _dictionary_ dictionary;

/* Loads PATH; NULL with ERR set when it cannot be read or parsed. */
dictionary *ini_open(const char *path, Error *err);
void ini_close(dictionary *d);

/* The value of SECTION:KEY, or NULL. */
const char *ini_get(dictionary *d, const char *section, const char *key);

/* Number of keys of SECTION and the Nth key's name (without "section:"). */
int ini_key_count(dictionary *d, const char *section);
const char *ini_key(dictionary *d, const char *section, int n);

/* The 1-based line of SECTION's KEY in PATH (0 when not found), for messages. */
int ini_line(const char *path, const char *section, const char *key);

/* Parses a decimal integer in [MIN, MAX]. */
bool ini_int(const char *s, int min, int max, int *out);

#endif
