/* desk_model.h - the articles of the desk and what analysis found in them.
 *
 * `newsroom DIR` or several files open a desk: one entry per article (a
 * feed's items each become one).  desk_new() walks the paths at once and
 * makes one placeholder entry per file (its name), so the list shows
 * immediately; worker threads then load and analyse the files (the quote
 * engine shared read-only) and the UI thread takes their results in with
 * desk_poll(), which fills the entries in and appends a feed's further items.
 * Entries never move or disappear: an entry index is a stable id.
 *
 * Only the UI thread calls these functions; the workers touch nothing but
 * their own file's result slot.
 *
 * Ownership: desk_new() returns a Desk owned by the caller (desk_free());
 * entries, their strings and the index rows are owned by the Desk, valid
 * until desk_free() (an index until the next desk_index()).
 */
#ifndef NEWSROOM_DESK_MODEL_H
#define NEWSROOM_DESK_MODEL_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "load.h"

#define DESK_SNIPPET_MAX 240 /* bytes of a statement kept for the lists */

typedef struct {
	size_t start, end; /* the quotation in the article text, marks included */
	char *text;        /* its words, cut to DESK_SNIPPET_MAX bytes */
	bool reported;     /* reported speech: the writer's words, no marks */
} DeskStatement;

typedef struct {
	char *name;              /* canonical name as the article resolved it */
	bool is_org;
	size_t nst;              /* statements: quotations and reported speech */
	size_t nreported;        /* of which reported speech */
	DeskStatement *st;       /* in text order */
} DeskSpeaker;

typedef struct {
	char *path;              /* the file ("-" never: the desk needs files) */
	int item;                /* feed item number (1-based), 0 for a plain file */
	size_t file;             /* the file's position in the walk */
	char *title;             /* never NULL: title, first line, or file name */
	char *source;            /* outlet or site, "" when unknown */
	char *date;              /* as written, "" when unknown */
	char datekey[20];        /* "YYYY-MM-DDTHH:MM:SS" for sorting, "" unknown */
	bool ready;              /* analysed (or failed) */
	char *error;             /* why it could not be opened, else NULL */
	size_t nquotes;          /* speech quotations (reported speech not counted) */
	size_t nnotes, nopen;    /* annotations in the sidecar, open ones */
	size_t nspeakers;        /* speakers with statements, most first */
	DeskSpeaker *speakers;
} DeskEntry;

typedef struct Desk Desk;

/* Walks PATHS (files and folders) and starts JOBS analysis threads (0: one
 * a core).  Returns NULL with ERR set when no article file was found or
 * memory ran out.  Unreadable folders are kept as failed entries. */
Desk *desk_new(char *const *paths, size_t n, const LoadOptions *opt, int jobs, Error *err);
void desk_free(Desk *d);

/* Takes in the files analysed since the last call; true when anything
 * changed.  Cheap enough to call every 100 ms. */
bool desk_poll(Desk *d);
/* Blocks until every file is analysed, then polls (headless runs). */
void desk_wait(Desk *d);
/* Files in the desk and files analysed so far (for the progress line). */
size_t desk_files(const Desk *d);
size_t desk_analysed(const Desk *d);

size_t desk_count(const Desk *d);
const DeskEntry *desk_entry(const Desk *d, size_t i);
/* Re-reads entry I's sidecar (after the reader may have changed it). */
void desk_refresh_notes(Desk *d, size_t i);

/* Sortable "YYYY-MM-DDTHH:MM:SS" from a date as articles and feeds write it
 * ("2017-12-15T10:02:11Z", "Tue, 05 Mar 2024 09:30:00 GMT", "April 17,
 * 2015", "17 April 2015"); false (OUT "") when no year, month and day. */
bool desk_date_key(const char *s, char out[20]);

/* ---- The speakers index: speakers merged across articles ---------------- */

typedef struct {
	size_t entry;   /* desk entry */
	size_t speaker; /* index into that entry's speakers */
} DeskRef;

typedef struct {
	const char *name;  /* the fullest name among the merged ones */
	size_t nquotes;    /* statements over all articles */
	size_t nreported;  /* of which reported speech */
	size_t narticles;  /* distinct articles */
	size_t nrefs;
	DeskRef *refs;     /* in entry order */
} DeskPerson;

/* Rebuilds the index from the analysed entries: speakers with the same name
 * (letter case aside) are one person, and a one-word name joins the full
 * name whose last word it is when exactly one full name has it ("Tillerson"
 * and "Rex Tillerson"; "Clinton" stays apart from two Clintons).  Rows are
 * ordered by statements, then articles, then name. */
size_t desk_index(Desk *d);
const DeskPerson *desk_person(const Desk *d, size_t i);

typedef struct {
	size_t entry;
	const DeskStatement *st;
} DeskQuote;

/* Every statement of person P, in date order (undated articles last, then
 * walk order), each article's in text order.  Returns a new array (free()),
 * *N its length; NULL when out of memory or P has none. */
DeskQuote *desk_person_statements(const Desk *d, size_t p, size_t *n);

#endif
