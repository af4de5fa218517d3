/* ini_load.h - iniparser_load with its error message kept per thread.
 *
 * iniparser reports syntax errors through one process-wide callback.  The
 * desk parses sidecars on worker threads while the reader may load a config
 * or save notes, so a callback swapped in and out around each load would mix
 * one file's message into another's and race on the pointer itself.  Every
 * load goes through here instead: the callback is installed once and writes
 * to a buffer of the calling thread.
 */
#ifndef NEWSROOM_INI_LOAD_H
#define NEWSROOM_INI_LOAD_H

#include <stddef.h>

#ifdef HAVE_INIPARSER_INIPARSER_H
#include <iniparser/iniparser.h>
#else
#include <iniparser.h>
#endif

/* Loads PATH.  On failure (NULL) FIRST (FIRSTSZ bytes) holds iniparser's
 * first message for this load, raw (it may hold a line of the file: sanitise
 * before showing it), or "" when iniparser gave none.  The dictionary is the
 * caller's, freed with iniparser_freedict. */
dictionary *ini_load_capture(const char *path, char *first, size_t firstsz);

#endif
