/* review_view.h - `newsroom --review FILE...|DIR`: every annotation in the
 * sidecars of those articles on one screen (article, tag, status, speaker,
 * text, first line of the note), sortable and filterable; Enter opens the
 * article at the annotation in the reader, and quitting the reader comes
 * back to the list.  The Frontend's review callback. */
#ifndef NEWSROOM_UI_REVIEW_VIEW_H
#define NEWSROOM_UI_REVIEW_VIEW_H

#include "cli.h"

/* Interactive, or headless with --keys/--dump-screen.  Returns the exit
 * status: 1 when something named could not be read (the rest is listed). */
int review_run(const CliOptions *o);

#endif
