/* desk.h - the desk behind `newsroom DIR` and `newsroom FILE FILE...`: the
 * list of articles, the speakers index across them, and the reader for one. */
#ifndef NEWSROOM_UI_DESK_H
#define NEWSROOM_UI_DESK_H

#include "cli.h"

/* Opens the desk on o->files (interactive, or headless with --keys /
 * --dump-screen, which waits for the analysis before the first key).
 * Returns the exit status. */
int desk_run(const CliOptions *o);

#endif
