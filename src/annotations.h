/* annotations.h - a fact-checker's annotations on one article, with undo.
 *
 * An annotation marks a span of the article text (see anchor.h) with a tag
 * ("claim", "false", ...), a status (open / in-progress / done), a verdict, a
 * note of any length and content, the speaker of the quote it sits in, the
 * author and the created/updated times (ISO 8601, UTC).
 *
 * An AnnSet is the list the reader and the CLI work on.  It is kept in text
 * order (unplaced annotations last, in file order).  Every change made through
 * annset_add/edit/delete can be undone and redone, and sets the dirty flag.
 * The sidecar module fills a set from a file without touching undo or dirty.
 *
 * Unknown keys met in a file (written by a newer version) ride along in
 * Annotation.extra and are written back unchanged.
 *
 * Ownership: annset_new() returns a set owned by the caller (annset_free()).
 * Pointers returned by annset_get()/annset_find() stay valid until the next
 * change to the set.  Annotation strings are never NULL (empty instead).
 */
#ifndef NEWSROOM_ANNOTATIONS_H
#define NEWSROOM_ANNOTATIONS_H

#include <stdbool.h>
#include <stddef.h>

#include "anchor.h"
#include "article.h"
#include "error.h"
#include "quotes.h"

#define ANN_ID_MAX 40     /* ids: 1..40 of [a-z0-9_-] */
#define ANN_TIME_SIZE 32  /* "2026-11-27T09:30:00Z" */

typedef struct {
	char *key;
	char *value;
} KeyVal;

typedef struct {
	char id[ANN_ID_MAX + 1];
	char *tag;
	char *status;       /* "open", "in-progress", "done" (or a newer word, kept) */
	char *verdict;
	char *note;         /* any bytes but NUL, many lines */
	char *speaker;
	char *author;
	char created[ANN_TIME_SIZE], updated[ANN_TIME_SIZE];
	Anchor anchor;      /* as stored; moved/fuzzy placement rewrites it */
	char *orig_exact;   /* the text first tagged, when re-anchored approximately */
	AnchorState state;  /* after annset_place(); UNPLACED until then */
	Span span;          /* where it is in the current article (not UNPLACED) */
	KeyVal *extra;      /* unknown keys, in file order */
	size_t nextra;
} Annotation;

typedef struct AnnSet AnnSet;

/* The fields an add or edit sets; NULL members stay as they are (on add:
 * empty, status "open", tag "claim"). */
typedef struct {
	const char *tag, *status, *verdict, *note, *speaker, *author;
} AnnFields;

/* The default tag vocabulary: claim, check, true, false, misleading,
 * unproven, opinion (config.ini [tags] may replace it later). */
size_t ann_default_tag_count(void);
const char *ann_default_tag(size_t i);
/* True for the tags that are verdicts (true, false, misleading, unproven). */
bool ann_tag_is_verdict(const char *tag);

/* Canonical status word for "open", "in progress", "in-progress", "done"
 * (any case); NULL when not a status. */
const char *ann_status_parse(const char *s);
/* "open", "in progress", "done", or the stored word. */
const char *ann_status_label(const char *status);

/* The author to record: $USER, else the login name, else "unknown".
 * Returns a static string. */
const char *ann_default_author(void);

/* The current time as ISO 8601 UTC into OUT.  NEWSROOM_NOW (seconds since the
 * epoch) overrides the clock, for reproducible tests. */
void ann_now(char out[ANN_TIME_SIZE]);

/* The speaker of the quotation SPAN sits in (the smallest one containing it,
 * else the one overlapping at least half of it; scare quotes and titles do
 * not count), or NULL when unknown.  Owned by Q. */
const char *ann_speaker_for(const QuoteSet *q, Span span);

/* Checks an id read from a file or given by a caller. */
bool ann_id_valid(const char *id);

AnnSet *annset_new(void);
void annset_free(AnnSet *s);
/* A deep copy without undo history; NULL when out of memory. */
AnnSet *annset_copy(const AnnSet *s);

size_t annset_count(const AnnSet *s);
const Annotation *annset_get(const AnnSet *s, size_t i);
const Annotation *annset_find(const AnnSet *s, const char *id);
/* Index of the first annotation whose span contains OFFSET, starting the
 * search at FROM; annset_count() when none.  Unplaced ones never match. */
size_t annset_at(const AnnSet *s, size_t offset, size_t from);
size_t annset_unplaced_count(const AnnSet *s);

/* Anchors every annotation in TEXT (LEN bytes, which must outlive the set or
 * the next call): see anchor.h.  Moved and fuzzy anchors are rewritten to the
 * new place (and their state says so); unplaced ones keep their anchor.  Then
 * sorts the set.  Returns false when out of memory. */
bool annset_place(AnnSet *s, const char *text, size_t len);

/* Adds an annotation on SPAN of the placed text (annset_place() first).
 * Returns the new id (owned by the set, valid until the next change), or NULL
 * with ERR set. */
const char *annset_add(AnnSet *s, Span span, const AnnFields *f, Error *err);
bool annset_edit(AnnSet *s, const char *id, const AnnFields *f, Error *err);
bool annset_delete(AnnSet *s, const char *id, Error *err);

bool annset_can_undo(const AnnSet *s);
bool annset_can_redo(const AnnSet *s);
bool annset_undo(AnnSet *s);
bool annset_redo(AnnSet *s);

bool annset_dirty(const AnnSet *s);
void annset_set_clean(AnnSet *s);

/* --- For the sidecar and the review screen ------------------------------- */

/* One annotation as ordered key/value pairs, the sidecar's section body
 * (known keys first, then the unknown ones).  CB returns false to stop. */
typedef bool (*AnnKeyFn)(void *ctx, const char *key, const char *value);
bool annotation_each_key(const Annotation *a, AnnKeyFn cb, void *ctx);

/* Starts an annotation read from a file; keys are then given one by one. */
Annotation *annotation_new(const char *id);
/* Stores KEY (already lowercased by the INI reader) = VALUE.  Unknown keys
 * and values that do not parse go to extra.  False when out of memory. */
bool annotation_set_key(Annotation *a, const char *key, const char *value);
Annotation *annotation_copy(const Annotation *a);
void annotation_free(Annotation *a);
bool annotation_equal(const Annotation *a, const Annotation *b);

/* Appends A (taking it over) without undo or dirty; a duplicate id is
 * refused (false, A freed). */
bool annset_insert_loaded(AnnSet *s, Annotation *a);

typedef struct {
	size_t taken;     /* changes made elsewhere taken in */
	size_t conflicts; /* edited both here and elsewhere: both kept */
	size_t kept;      /* deleted elsewhere but edited here: kept */
} MergeReport;

/* Three-way merge by id: OURS (in memory) and THEIRS (on disk now) both
 * started from BASE.  A change on one side only is taken; an annotation
 * edited on both sides is kept twice (theirs under a new id, with
 * "conflict_of" naming ours); a deletion loses against an edit.  Nothing is
 * ever dropped silently.  OURS receives the result (undo history kept).
 * False when out of memory (OURS unchanged). */
bool annset_merge(AnnSet *ours, const AnnSet *base, const AnnSet *theirs, MergeReport *r);

/* Moves SRC's annotations and dirty flag into DST (whose own are freed),
 * keeping DST's undo history, and frees SRC. */
void annset_take_contents(AnnSet *dst, AnnSet *src);

#endif
