/* batch.h - running one job per article over files and folders, on several
 * threads, with output in a stable order.
 *
 * The output of each file is produced into memory by a worker and written by
 * the calling thread in walk order, so `-j 8` prints exactly what `-j 1` does.
 * At most a window of files (64 per thread) is in flight, so memory does
 * not grow with the number of files.
 */
#ifndef NEWSROOM_BATCH_H
#define NEWSROOM_BATCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "buf.h"
#include "error.h"

/* Processes one file: appends its output to OUT, or returns false with ERR
 * set.  Called from worker threads: must not touch shared state except
 * read-only CTX. */
typedef bool (*BatchFn)(const char *path, Buf *out, Error *err, void *ctx);

/* Called on the calling thread, in order, for each failure. */
typedef void (*BatchReport)(const char *msg);

/* Runs FN over every file of PATHS with JOBS threads (0: one per core).
 * Returns 0 when every file succeeded, 1 when any failed or was unreadable,
 * 2 when the output could not be written. */
int batch_run(char *const *paths, size_t n, int jobs, BatchFn fn, void *ctx, FILE *out,
              BatchReport report);

/* Number of online processors, at least 1. */
int batch_cores(void);

#endif
