/* cli.c - option parsing and the dispatch to each mode. */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "batch.h"
#include "expand.h"
#include "feed.h"
#include "sanitize.h"

static const char usage_text[] =
	"usage: newsroom [OPTIONS] FILE|DIR|-\n"
	"\n"
	"Read a news article at the terminal: the text beside the speakers it quotes.\n"
	"\n"
	"Modes (default: open the reader):\n"
	"  --text              print the cleaned article text\n"
	"  --meta              print the metadata as 'key: value' lines\n"
	"  --quotes            print the quotations, one a line (TSV)\n"
	"  --speakers          print the speakers: name, roles, quote count, aliases\n"
	"  --json              with --text/--meta/--quotes/--speakers/--notes: JSON (Lines)\n"
	"\n"
	"Annotations (kept in FILE.notes.ini beside the article):\n"
	"  --notes             print the annotations of FILE\n"
	"  --tag TAG --at TEXT [--note TEXT] [--status S] [--verdict TEXT] [--nth N]\n"
	"                      annotate the first (or Nth) occurrence of TEXT; TAG is one\n"
	"                      of claim, check, true, false, misleading, unproven, opinion\n"
	"  --export FORMAT     json, jsonl, csv, md, claimreview or webannotation,\n"
	"                      of FILE|DIR...\n"
	"  --review FILE...|DIR  a screen listing every annotation, to sort, filter\n"
	"                      and open the article at one\n"
	"  --sidecar PATH      the annotations file (needed when reading stdin)\n"
	"\n"
	"Input:\n"
	"  --max-size MB       refuse input larger than MB megabytes (default 1024)\n"
	"  --max-markup MB     refuse HTML/XML larger than MB megabytes (default 64)\n"
	"  --item N            with a feed: open its item N instead of the list\n"
	"  -j N                worker threads for several files or folders (default: cores)\n"
	"\n"
	"Reader:\n"
	"  --theme NAME|PATH   colour theme (default, light, high-contrast, mono)\n"
	"  --keys KEYS         feed KEYS to the reader instead of the keyboard\n"
	"  --dump-screen[=COLSxROWS]  run the reader headless and print the final screen\n"
	"\n"
	"  -h, --help          show this help and exit\n"
	"  -V, --version       show the version and exit\n"
	"\n"
	"Exit status: 0 success, 1 the input could not be read or understood,\n"
	"2 usage error.\n";

void cli_error(const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	/* File names and messages may carry bytes from the input. */
	char *clean = sanitize_line(msg, strlen(msg));
	fprintf(stderr, "newsroom: %s\n", clean ? clean : "error");
	free(clean);
}

enum {
	OPT_TEXT = 256, OPT_META, OPT_QUOTES, OPT_SPEAKERS, OPT_JSON, OPT_THEME, OPT_KEYS,
	OPT_DUMP, OPT_MAXSIZE, OPT_SIDECAR, OPT_ITEM, OPT_MAXMARKUP,
	OPT_NOTES, OPT_TAG, OPT_AT, OPT_NOTE, OPT_STATUS, OPT_VERDICT, OPT_NTH, OPT_EXPORT,
	OPT_REVIEW,
};

static const struct option long_opts[] = {
	{ "text", no_argument, NULL, OPT_TEXT },
	{ "meta", no_argument, NULL, OPT_META },
	{ "quotes", no_argument, NULL, OPT_QUOTES },
	{ "speakers", no_argument, NULL, OPT_SPEAKERS },
	{ "json", no_argument, NULL, OPT_JSON },
	{ "theme", required_argument, NULL, OPT_THEME },
	{ "keys", required_argument, NULL, OPT_KEYS },
	{ "dump-screen", optional_argument, NULL, OPT_DUMP },
	{ "max-size", required_argument, NULL, OPT_MAXSIZE },
	{ "sidecar", required_argument, NULL, OPT_SIDECAR },
	{ "notes", no_argument, NULL, OPT_NOTES },
	{ "tag", required_argument, NULL, OPT_TAG },
	{ "at", required_argument, NULL, OPT_AT },
	{ "note", required_argument, NULL, OPT_NOTE },
	{ "status", required_argument, NULL, OPT_STATUS },
	{ "verdict", required_argument, NULL, OPT_VERDICT },
	{ "nth", required_argument, NULL, OPT_NTH },
	{ "export", required_argument, NULL, OPT_EXPORT },
	{ "review", no_argument, NULL, OPT_REVIEW },
	{ "item", required_argument, NULL, OPT_ITEM },
	{ "max-markup", required_argument, NULL, OPT_MAXMARKUP },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

static bool parse_long(const char *s, long min, long max, long *out)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < min || v > max)
		return false;
	*out = v;
	return true;
}

static bool set_mode(CliOptions *o, CliMode m)
{
	if (o->mode != MODE_READ && o->mode != m) {
		cli_error("choose one of --text, --meta, --quotes, --speakers, --notes, --tag, --export, "
		          "--review");
		return false;
	}
	o->mode = m;
	return true;
}

/* Returns -1 to go on, else the exit status. */
static int parse(int argc, char **argv, CliOptions *o)
{
	int c;
	long v;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":hVj:", long_opts, NULL)) != -1) {
		switch (c) {
		case OPT_TEXT: if (!set_mode(o, MODE_TEXT)) return 2; break;
		case OPT_META: if (!set_mode(o, MODE_META)) return 2; break;
		case OPT_QUOTES: if (!set_mode(o, MODE_QUOTES)) return 2; break;
		case OPT_SPEAKERS: if (!set_mode(o, MODE_SPEAKERS)) return 2; break;
		case OPT_JSON: o->json = true; break;
		case OPT_THEME: o->theme = optarg; break;
		case OPT_KEYS: o->keys = optarg; break;
		case OPT_SIDECAR: o->sidecar = optarg; break;
		case OPT_NOTES: if (!set_mode(o, MODE_NOTES)) return 2; break;
		case OPT_REVIEW: if (!set_mode(o, MODE_REVIEW)) return 2; break;
		case OPT_TAG: if (!set_mode(o, MODE_TAG)) return 2; o->tag = optarg; break;
		case OPT_EXPORT: if (!set_mode(o, MODE_EXPORT)) return 2; o->export_format = optarg; break;
		case OPT_AT: o->at = optarg; break;
		case OPT_NOTE: o->note = optarg; break;
		case OPT_STATUS: o->status = optarg; break;
		case OPT_VERDICT: o->verdict = optarg; break;
		case OPT_NTH:
			if (!parse_long(optarg, 1, 1000000, &v)) {
				cli_error("--nth: expected a number from 1");
				return 2;
			}
			o->nth = (int)v;
			break;
		case OPT_DUMP:
			o->dump_screen = true;
			if (optarg && (sscanf(optarg, "%dx%d", &o->dump_cols, &o->dump_rows) != 2 ||
			               o->dump_cols < 1 || o->dump_rows < 1 || o->dump_cols > 1000 ||
			               o->dump_rows > 1000)) {
				cli_error("--dump-screen: expected COLSxROWS, like 120x40");
				return 2;
			}
			break;
		case OPT_MAXSIZE:
			if (!parse_long(optarg, 1, 1L << 20, &v)) {
				cli_error("--max-size: expected a number of megabytes");
				return 2;
			}
			o->load.max_bytes = (size_t)v << 20;
			break;
		case OPT_ITEM:
			if (!parse_long(optarg, 1, INT_MAX, &v)) {
				cli_error("--item: expected an item number from 1");
				return 2;
			}
			o->item = o->load.item = (int)v;
			break;
		case OPT_MAXMARKUP:
			if (!parse_long(optarg, 1, 2047, &v)) {
				cli_error("--max-markup: expected a number of megabytes from 1 to 2047");
				return 2;
			}
			o->load.max_markup = (size_t)v << 20;
			break;
		case 'j':
			if (!parse_long(optarg, 1, 1024, &v)) {
				cli_error("-j: expected a number of threads from 1 to 1024");
				return 2;
			}
			o->jobs = (int)v;
			break;
		case 'h':
			fputs(usage_text, stdout);
			return 0;
		case 'V':
			printf("newsroom %s\n", PACKAGE_VERSION);
			return 0;
		case ':':
			cli_error("option '%s' needs an argument", argv[optind - 1]);
			return 2;
		default:
			cli_error("unknown option '%s' (see newsroom --help)", argv[optind - 1]);
			return 2;
		}
	}
	o->files = argv + optind;
	o->nfiles = (size_t)(argc - optind);
	if (o->nfiles == 0) {
		cli_error("no file given (see newsroom --help)");
		return 2;
	}
	if (o->json && (o->mode == MODE_READ || o->mode == MODE_REVIEW)) {
		cli_error("--json goes with --text, --meta, --quotes or --speakers");
		return 2;
	}
	return notes_cli_check(o);
}

typedef bool (*Printer)(FILE *out, const Article *a, bool json);

typedef struct {
	const CliOptions *o;
	Printer print;
	FILE *direct; /* one file, printed in order: straight to this stream */
} PrintJob;

/* Prints one article into OUT (or JOB->direct) and frees it. */
static bool print_article(const PrintJob *job, Article *a, Buf *out, Error *err)
{
	if (job->direct) {
		bool ok = job->print(job->direct, a, job->o->json);
		if (!ok && ferror(job->direct))
			error_set(err, "cannot write output: %s", strerror(errno));
		else if (!ok)
			error_set(err, "%s: out of memory", article_meta(a, META_ORIGIN));
		article_free(a);
		return ok;
	}
	char *mem = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&mem, &len);
	bool ok = f && job->print(f, a, job->o->json);
	if (f && fclose(f) != 0)
		ok = false;
	if (ok && mem && !out->data) {
		/* The usual case, one article a file: OUT takes the stream's buffer
		 * rather than a second copy of a large output. */
		*out = (Buf){ mem, len, len + 1 };
		mem = NULL;
	} else if (ok) {
		ok = buf_append(out, mem, len);
	}
	if (!ok)
		error_set(err, "%s: out of memory", article_meta(a, META_ORIGIN));
	free(mem);
	article_free(a);
	return ok;
}

typedef struct {
	const PrintJob *job;
	Buf *out;
	Error *err;
} ExpandJob;

static bool print_visit(Article *a, int item, const Feed *feed, void *ctx)
{
	const ExpandJob *x = ctx;
	return print_article(x->job, a, x->out, x->err);
}

/* One file of a batch: load it and print into memory (runs on a worker). */
static bool print_one(const char *path, Buf *out, Error *err, void *ctx)
{
	const PrintJob *job = ctx;
	/* A feed's metadata is its list of items. */
	if (job->print == print_meta && job->o->load.item == 0) {
		int r = feed_print_meta(path, &job->o->load, job->o->json, out, err);
		if (r >= 0)
			return r == 1;
	}
	/* Quotations and speakers are per story: a feed's items one by one. */
	if (job->print == print_quotes || job->print == print_speakers) {
		ExpandJob x = { job, out, err };
		return expand_articles(path, &job->o->load, print_visit, &x, err);
	}
	Article *a = load_article(path, &job->o->load, err);
	return a && print_article(job, a, out, err);
}

static void report_error(const char *msg) { cli_error("%s", msg); }

/* One file (not a folder) has nothing to run beside it or to keep in order:
 * it is printed as it is analysed, and its output is never held in memory. */
static bool single_file(const CliOptions *o)
{
	struct stat st;
	return o->nfiles == 1 &&
	       (!strcmp(o->files[0], "-") || (stat(o->files[0], &st) == 0 && S_ISREG(st.st_mode)));
}

/* Prints every file (folders expanded) in order, on -j threads. */
static int print_each(const CliOptions *o, Printer p)
{
	bool one = single_file(o);
	PrintJob job = { o, p, one ? stdout : NULL };
	int r = batch_run(o->files, o->nfiles, one ? 1 : o->jobs, print_one, &job, stdout,
	                  report_error);
	if (r == 2 || fflush(stdout) != 0) {
		cli_error("cannot write output: %s", strerror(errno));
		return 1;
	}
	return r;
}

int cli_main(int argc, char **argv, const Frontend *fe)
{
	CliOptions o = { .mode = MODE_READ };
	int r = parse(argc, argv, &o);
	if (r >= 0)
		return r;
	switch (o.mode) {
	case MODE_TEXT:
		return print_each(&o, print_text);
	case MODE_META:
		return print_each(&o, print_meta);
	case MODE_QUOTES:
		return print_each(&o, print_quotes);
	case MODE_NOTES:
	case MODE_TAG:
	case MODE_EXPORT:
		return notes_cli(&o);
	case MODE_SPEAKERS:
		return print_each(&o, print_speakers);
	case MODE_REVIEW:
		if (fe && fe->review)
			return fe->review(&o);
		cli_error("--review needs the terminal front end; --notes prints the same list");
		return 2;
	case MODE_READ:
		if (fe && fe->reader)
			return fe->reader(&o);
		return print_each(&o, print_text);
	default:
		cli_error("this mode is not available yet");
		return 2;
	}
}
