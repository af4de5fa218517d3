/* annlist.h - a list of annotations on screen: the article's list (`r`) and
 * the review screen (--review) share it.
 *
 * Rows point at annotations owned elsewhere (an AnnSet): rebuild the list
 * after every change to a set (annlist_clear + annlist_add), then
 * annlist_keep() puts the selection back on the same annotation.  Filters
 * are exact matches on tag, status and speaker; annlist_cycle() steps a
 * filter through the values present.  Everything drawn is sanitized.
 *
 * Ownership: an AnnList owns its row array (annlist_free()).
 */
#ifndef NEWSROOM_UI_ANNLIST_H
#define NEWSROOM_UI_ANNLIST_H

#include <stdbool.h>
#include <stddef.h>

#include "annotations.h"
#include "grid.h"
#include "keys.h"
#include "tags.h"
#include "theme.h"

typedef struct {
	const Annotation *ann;
	const char *article; /* the article's name for the review screen, else NULL */
	size_t doc;          /* the caller's reference (a document index) */
	const char *unplaced_why; /* why it is unplaced when not the usual reason, or NULL */
} AnnRow;

typedef enum { FILTER_TAG, FILTER_STATUS, FILTER_SPEAKER, FILTER__COUNT } FilterField;

typedef struct {
	AnnRow *rows;    /* all of them */
	size_t n, cap;
	size_t *shown;   /* indices of the rows passing the filters */
	size_t nshown;
	size_t sel, top; /* in shown */
	/* The selected annotation by id, kept while the rows are rebuilt (their
	 * pointers die with any change to a set). */
	char sel_id[ANN_ID_MAX + 1];
	size_t sel_doc;
	char filter[FILTER__COUNT][128]; /* "" matches anything */
} AnnList;

void annlist_init(AnnList *l);
void annlist_free(AnnList *l);
/* Empties the rows (filters and selection stay). */
void annlist_clear(AnnList *l);
bool annlist_add(AnnList *l, AnnRow r);
/* Applies the filters and puts the selection on annotation ID of document
 * DOC (ID NULL: the one selected before) when it is still shown, else keeps
 * the row number. */
void annlist_keep(AnnList *l, size_t doc, const char *id);
/* The selected row, NULL when none is shown. */
const AnnRow *annlist_selected(const AnnList *l);

/* Sets filter F to the next value present, after the current one, in the
 * rows the other filters pass (then back to "" = all).  Returns the new value. */
const char *annlist_cycle(AnnList *l, FilterField f);
void annlist_clear_filters(AnnList *l);
/* "tag false, status open" or "" when no filter is set. */
void annlist_filter_text(const AnnList *l, char *out, size_t outsz);

/* The list keys both lists share: t / o / p step the tag / status / speaker
 * filter, x clears them.  Puts what is shown now in MSG; false when KEY is
 * not one of them. */
bool annlist_filter_key(AnnList *l, int key, char *msg, size_t msgsz);
/* The status after STATUS for `s`: open, in-progress, done, open... */
const char *ann_next_status(const char *status);

/* Moves the selection for j/k/arrows/PgUp/PgDn/g/G (PAGE rows a page);
 * false when EV is not a movement. */
bool annlist_move(AnnList *l, const Event *ev, int page);

/* Draws the list in the rectangle X,Y W x H: a header row, then the rows
 * (article when SHOW_ARTICLE, tag, status, speaker, text, first line of the
 * note).  EMPTY is shown when nothing passes the filters. */
void annlist_draw(AnnList *l, Grid *g, const Theme *t, const Tags *tags, int x, int y, int w,
                  int h, bool show_article, const char *empty);

/* The hint line of the annotation screens: ITEMS are N/2 pairs of keys and
 * what they do, drawn on row Y while they fit in COLS. */
void hint_line(Grid *g, const Theme *t, int y, int cols, const char *const *items, size_t n);

#endif
