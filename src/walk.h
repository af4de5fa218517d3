/* walk.h - the files named on the command line, folders expanded, in a stable
 * order (depth first, names in byte order), without reading them.
 *
 * Folders are walked lazily so a tree of a million files costs memory in
 * proportion to its depth and widest folder, not its size.  Hidden entries,
 * sidecars (*.notes.ini, *.notes.ini.bak) and non-regular files inside folders
 * are skipped; a folder reached twice (a symlink loop) is walked once.
 *
 * Ownership: walk_new() returns a Walk owned by the caller (walk_free()); the
 * path returned by walk_next() is owned by the Walk and valid until the next
 * call.
 */
#ifndef NEWSROOM_WALK_H
#define NEWSROOM_WALK_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"

typedef struct Walk Walk;

Walk *walk_new(char *const *paths, size_t n);
void walk_free(Walk *w);

/* The next file, or NULL at the end.  A folder that cannot be read is
 * returned with *FAILED set and ERR saying why; the walk goes on at the next
 * call. */
const char *walk_next(Walk *w, Error *err, bool *failed);

/* How many files walk_next() has returned so far. */
size_t walk_files(const Walk *w);

/* True when PATH names a folder (following links). */
bool walk_is_dir(const char *path);

#endif
