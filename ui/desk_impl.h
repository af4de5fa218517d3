/* desk_impl.h - the desk's state, shared by its keys (desk.c) and its views
 * (desk_view.c).  Views only read it; desk.c alone changes it. */
#ifndef NEWSROOM_UI_DESK_IMPL_H
#define NEWSROOM_UI_DESK_IMPL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>

#include "app.h"
#include "desk_model.h"
#include "grid.h"
#include "prompt.h"
#include "qmodel.h"
#include "settings.h"
#include "sidecar.h"
#include "theme.h"

/* The desk's explicit states: keys and drawing dispatch on them. */
typedef enum {
	DV_LIST,       /* the articles */
	DV_SPEAKERS,   /* the speakers index */
	DV_STATEMENTS, /* one speaker's statements across the articles */
	DV_READ,       /* an article in the reader */
	DV_HELP,       /* the desk's keys */
} DeskView;

typedef enum { SORT_DATE, SORT_TITLE, SORT_NOTES, SORT__COUNT } DeskSort;

/* An article opened in the reader, kept so that coming back to it finds the
 * place, the speaker and the statement where they were. */
typedef struct {
	size_t entry;
	Article *a;
	pthread_t thread;       /* a long article's analysis, while PENDING */
	atomic_bool done;
	bool pending;
	Error err;
	QuoteSet *set;
	const Speaker **speakers;
	QModel *qm;
	Sidecar *sc;   /* its annotations (none for a feed's item) */
	App *app;
} Opened;

/* A scrolled list with a selection. */
typedef struct {
	size_t sel, top;
} ListPos;

#define DESK_FILTER_MAX 256

typedef struct {
	Desk *d;
	const Theme *theme;
	const Config *cfg;
	LoadOptions load;       /* size limits for opening an article */
	int cols, rows;
	DeskView view;
	DeskView back;          /* where `q` in the reader returns */
	DeskView help_back;     /* where closing the help returns */
	size_t help_top;        /* first help row shown */
	bool done;

	/* The list: entry ids, sorted and filtered. */
	size_t *order;
	size_t norder;
	bool dirty;             /* entries, sort or filter changed: rebuild */
	size_t sel_entry;       /* the selected entry (SIZE_MAX: none yet) */
	size_t top;
	DeskSort sort;
	char filter[DESK_FILTER_MAX];
	bool prompt;            /* typing a filter */
	LineEdit edit;

	ListPos people;         /* the speakers index */
	size_t npeople;
	bool index_dirty;
	ListPos quotes;         /* the statements of one person */
	size_t person;
	DeskQuote *sq;
	size_t nsq;

	Opened **opened;        /* owned; pointers, as analysis threads hold them */
	size_t nopened;
	App *reading;           /* the App in DV_READ */
	bool headless;          /* the reader never writes unless told to */

	char msg[256];
	bool msg_error;
} DeskUi;

/* Rows of the list area (between the two header rows and the status rows). */
int desk_body_rows(const DeskUi *u);
const char *desk_sort_name(DeskSort s);

/* desk_view.c */
void desk_draw(DeskUi *u, Grid *g);
/* Rows of the help screen's text, for scrolling it. */
size_t desk_help_rows(void);

#endif
