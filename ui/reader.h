/* reader.h - the reader behind `newsroom FILE`: the Frontend callback. */
#ifndef NEWSROOM_UI_READER_H
#define NEWSROOM_UI_READER_H

#include "cli.h"
#include "keys.h"
#include "qmodel.h"
#include "settings.h"
#include "sidecar.h"
#include "theme.h"

/* Opens the reader on o->files[0], interactive or headless (--keys,
 * --dump-screen).  Returns the exit status. */
int reader_run(const CliOptions *o);

/* The quotations of A for the reader: *SET and *SPEAKERS (owned by the
 * caller: quoteset_free(), free()) back the returned QModel (qmodel_free()).
 * Returns NULL (and leaves a message in ERR) when the engine fails: the
 * article is still worth reading. */
QModel *reader_analyze(const Article *a, QuoteSet **set, const Speaker ***speakers, Error *err);

/* Shared by the screens that run the reader (--review, the desk): the --keys script
 * (false after printing why), and the config and theme (a problem with them
 * goes to MSG; never NULL but when out of memory). */
bool reader_keys(const CliOptions *o, Event **events, size_t *n);
Theme *reader_look(const CliOptions *o, Config *cfg, char *msg, size_t msgsz);

/* After a signal ended the screen: saves SC when it has unsaved annotations
 * and may be written, saying so (or why not) on stderr. */
void sidecar_save_on_signal(Sidecar *sc);

#endif
