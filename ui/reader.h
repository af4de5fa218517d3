/* reader.h - the reader behind `newsroom FILE`: the Frontend callback. */
#ifndef NEWSROOM_UI_READER_H
#define NEWSROOM_UI_READER_H

#include "cli.h"

/* Opens the reader on o->files[0], interactive or headless (--keys,
 * --dump-screen).  Returns the exit status. */
int reader_run(const CliOptions *o);

#endif
