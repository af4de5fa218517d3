/* sidecar.h - the annotations file beside an article (FILE.notes.ini).
 *
 * The program writes the file itself in a documented INI dialect that Debian's
 * iniparser 4.1 reads back (the format is described at the top of sidecar.c
 * and in the README).  Saving never loses data:
 *   - a temporary file in the same folder, fsync, rename over the old one,
 *     fsync of the folder; the previous version stays as FILE.notes.ini.bak;
 *   - a sidecar that does not parse is never overwritten: the Sidecar opens
 *     read-only and sidecar_readonly() says why;
 *   - a sidecar changed on disk since it was loaded is merged by annotation
 *     id (annset_merge), never clobbered; sidecar_notice() reports it;
 *   - a failed save (read-only folder, disk full, permission denied) leaves
 *     everything in memory and says why; sidecar_save_as() can write elsewhere;
 *   - unknown keys and sections (from a newer version) are written back.
 *
 * The INI reader's error callback is process-wide: open and save sidecars
 * from one thread at a time.
 *
 * How the reader uses it:
 *   sc = sidecar_open(o->sidecar ? o->sidecar : default path, text, len, &err);
 *   sidecar_readonly(sc)  -> show why; tagging is off for this article
 *   s = sidecar_annotations(sc): annset_at() to colour spans and mark the
 *     gutter; annset_add(s, span, &(AnnFields){ .tag, .note, .speaker =
 *     ann_speaker_for(quotes, span) }, &err); annset_edit/delete/undo/redo;
 *     annset_unplaced_count() and Annotation.state for the list view
 *   sidecar_get_position()/sidecar_set_position() for the reading position
 *   `w`: sidecar_save(sc, &err) -> err.msg on failure (then offer
 *     sidecar_save_as), else sidecar_notice(sc) when it merged
 *   `q`: annset_dirty(s) -> ask (a moved position alone, sidecar_dirty(),
 *     can be saved without asking)
 *
 * Ownership: sidecar_open() returns a Sidecar owned by the caller
 * (sidecar_free()); sidecar_annotations() is owned by the Sidecar.
 */
#ifndef NEWSROOM_SIDECAR_H
#define NEWSROOM_SIDECAR_H

#include <stdbool.h>
#include <stddef.h>

#include "annotations.h"
#include "buf.h"
#include "error.h"

#define SIDECAR_SUFFIX ".notes.ini"
#define SIDECAR_MAX_BYTES ((size_t)64 << 20)

typedef struct Sidecar Sidecar;

/* ARTICLE_PATH + ".notes.ini", malloc'd; NULL for stdin ("-") or no memory. */
char *sidecar_default_path(const char *article_path);

/* Reads the sidecar at PATH (a missing file is an empty sidecar) and anchors
 * its annotations in TEXT (LEN bytes; must outlive the Sidecar; NULL: not
 * anchored, every annotation unplaced).  A file that cannot be used opens
 * read-only with its annotations empty.  Returns NULL only when out of memory
 * (ERR set). */
Sidecar *sidecar_open(const char *path, const char *text, size_t len, Error *err);
void sidecar_free(Sidecar *sc);

const char *sidecar_path(const Sidecar *sc);
AnnSet *sidecar_annotations(Sidecar *sc);
/* Why annotations cannot be saved to this file (it exists but does not
 * parse, or is from a newer format); NULL when they can. */
const char *sidecar_readonly(const Sidecar *sc);
/* True when a file was there when opened. */
bool sidecar_existed(const Sidecar *sc);

/* The reading position: a byte offset into the article text.  Saved with the
 * words found there, so that it follows them when the article is edited. */
bool sidecar_get_position(const Sidecar *sc, size_t *pos);
void sidecar_set_position(Sidecar *sc, size_t pos);

/* Unsaved annotation changes or a new position. */
bool sidecar_dirty(const Sidecar *sc);

/* Saves to the sidecar's path (merging with changes made there meanwhile).
 * On failure nothing in memory changes and ERR says why. */
bool sidecar_save(Sidecar *sc, Error *err);
/* Saves to another path from now on (merging with a sidecar already there). */
bool sidecar_save_as(Sidecar *sc, const char *path, Error *err);
/* What the last save did besides writing ("merged 2 changes made
 * elsewhere ..."), "" when nothing. */
const char *sidecar_notice(const Sidecar *sc);

/* --- The format, for tests and tools -------------------------------------- */

/* Appends VALUE (N bytes, any bytes but NUL) escaped as described in
 * sidecar.c: no '"', '\'', ';', '#', control or invalid bytes remain. */
bool sidecar_escape(Buf *out, const char *value, size_t n);
/* The inverse; an unknown escape is kept literally.  False on no memory. */
bool sidecar_unescape(Buf *out, const char *s);
/* The whole file as it would be saved now. */
bool sidecar_serialize(const Sidecar *sc, Buf *out);

#endif
