/* cli.h - the command line: options, modes, and the printers behind them.
 *
 * src/ never depends on the terminal front end: the program's main() (in ui/)
 * passes the reader in as a Frontend, so every non-interactive mode lives and
 * is tested here.
 */
#ifndef NEWSROOM_CLI_H
#define NEWSROOM_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "load.h"

typedef enum {
	MODE_READ,      /* the reader (or the desk for several files) */
	MODE_TEXT,
	MODE_META,
	MODE_QUOTES,
	MODE_SPEAKERS,
	MODE_NOTES,
	MODE_TAG,
	MODE_REVIEW,
	MODE_EXPORT,
} CliMode;

typedef struct {
	CliMode mode;
	bool json;
	char **files;
	size_t nfiles;
	const char *sidecar;
	const char *theme;
	const char *keys;        /* --keys: a key script for the headless UI */
	bool dump_screen;
	int dump_cols, dump_rows;
	const char *tag, *at, *note, *status, *verdict;
	int nth;
	const char *export_format;
	int item;                /* --item N for feeds, 1-based; 0 = none */
	int jobs;
	LoadOptions load;
} CliOptions;

/* What the terminal front end provides; NULL members fall back to text. */
typedef struct {
	/* Runs the reader (interactive, or headless with o->keys).  Returns the
	 * exit status. */
	int (*reader)(const CliOptions *o);
	/* The review screen over the sidecars of o->files (--review). */
	int (*review)(const CliOptions *o);
} Frontend;

int cli_main(int argc, char **argv, const Frontend *fe);

/* Prints an error line to stderr with control characters neutralised. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Printers, each writing to OUT; they return false on a write error. */
bool print_text(FILE *out, const Article *a, bool json);
bool print_meta(FILE *out, const Article *a, bool json);
/* print_quotes.c: --quotes and --speakers. */
bool print_quotes(FILE *out, const Article *a, bool json);
bool print_speakers(FILE *out, const Article *a, bool json);
/* notes_cli.c: --notes, --tag, --export.  notes_cli_check() validates the
 * options after parsing (-1: fine, else the exit status). */
int notes_cli_check(const CliOptions *o);
int notes_cli(const CliOptions *o);

#endif
