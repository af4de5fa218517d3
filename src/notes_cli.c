/* notes_cli.c - the annotation modes of the command line: --notes, --tag,
 * --export. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "export.h"
#include "quotes.h"
#include "review.h"
#include "sanitize.h"
#include "sidecar.h"

int notes_cli_check(const CliOptions *o)
{
	bool tagging = o->mode == MODE_TAG;
	if (!tagging && (o->at || o->note || o->status || o->verdict || o->nth)) {
		cli_error("--at, --note, --status, --verdict and --nth go with --tag");
		return 2;
	}
	if (!tagging)
		return -1;
	if (!o->at || !*o->at) {
		cli_error("--tag needs --at 'EXACT TEXT' (the words to annotate)");
		return 2;
	}
	if (o->nfiles != 1) {
		cli_error("--tag annotates one article at a time");
		return 2;
	}
	bool known = false;
	for (size_t i = 0; i < ann_default_tag_count() && !known; i++)
		known = !strcmp(o->tag, ann_default_tag(i));
	if (!known) {
		char list[256] = "";
		for (size_t i = 0; i < ann_default_tag_count(); i++)
			snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", i ? ", " : "",
			         ann_default_tag(i));
		cli_error("unknown tag '%.60s' (tags: %s)", o->tag, list);
		return 2;
	}
	if (o->status && !ann_status_parse(o->status)) {
		cli_error("unknown status '%.60s' (open, in progress, done)", o->status);
		return 2;
	}
	return -1;
}

static bool write_out(const Buf *b)
{
	if (fwrite(b->data ? b->data : "", 1, b->len, stdout) != b->len || fflush(stdout) != 0) {
		cli_error("cannot write output: %s", strerror(errno));
		return false;
	}
	return true;
}

/* The speaker of the quotation the span sits in, as a malloc'd string. */
static char *speaker_at(const Article *a, Span span)
{
	Error err;
	QuoteEngine *e = quote_engine_new(&err);
	QuoteSet *q = e ? quotes_analyze_with(e, a, QUOTES_REPORTED, &err) : NULL;
	const char *s = q ? ann_speaker_for(q, span) : NULL;
	char *r = s ? strdup(s) : NULL;
	quoteset_free(q);
	quote_engine_free(e);
	return r;
}

static int tag(const CliOptions *o)
{
	const char *path = o->files[0];
	char *spath = o->sidecar ? strdup(o->sidecar) : sidecar_default_path(path);
	if (!spath) {
		cli_error("%s", strcmp(path, "-") ? "out of memory"
		                                  : "reading from stdin needs --sidecar PATH");
		return strcmp(path, "-") ? 1 : 2;
	}
	Error err;
	Article *a = load_article(path, &o->load, &err);
	if (!a) {
		cli_error("%s", err.msg);
		free(spath);
		return 1;
	}
	int status = 1;
	Sidecar *sc = NULL;
	char *speaker = NULL;
	const char *text = article_text(a);
	size_t len = article_len(a), m = strlen(o->at), count = 0, at = 0;
	for (const char *p = text; (p = memmem(p, len - (size_t)(p - text), o->at, m)); p++)
		if (++count == (size_t)(o->nth ? o->nth : 1))
			at = (size_t)(p - text);
	char *shown = sanitize_line(o->at, m);
	if (count == 0) {
		cli_error("%s: the text '%.80s' is not in the article (see newsroom --text)", path,
		          shown ? shown : "");
		goto out;
	}
	if (count > 1 && !o->nth) {
		cli_error("%s: '%.80s' occurs %zu times: choose one with --nth 1..%zu", path,
		          shown ? shown : "", count, count);
		status = 2;
		goto out;
	}
	if ((size_t)o->nth > count) {
		cli_error("%s: '%.80s' occurs %zu time%s, not %d", path, shown ? shown : "", count,
		          count == 1 ? "" : "s", o->nth);
		status = 2;
		goto out;
	}
	sc = sidecar_open(spath, text, len, &err);
	if (!sc) {
		cli_error("%s", err.msg);
		goto out;
	}
	if (sidecar_readonly(sc)) {
		cli_error("%s", sidecar_readonly(sc));
		goto out;
	}
	Span span = { at, at + m };
	speaker = speaker_at(a, span);
	AnnFields f = { .tag = o->tag, .status = o->status, .note = o->note, .verdict = o->verdict,
	                .speaker = speaker };
	const char *id = annset_add(sidecar_annotations(sc), span, &f, &err);
	if (!id) {
		cli_error("%s: %s", path, err.msg);
		goto out;
	}
	char idc[ANN_ID_MAX + 1];
	snprintf(idc, sizeof idc, "%s", id);
	if (!sidecar_save(sc, &err)) {
		cli_error("%s", err.msg);
		goto out;
	}
	if (*sidecar_notice(sc))
		cli_error("%s", sidecar_notice(sc));
	printf("%s\n", idc);
	status = fflush(stdout) == 0 ? 0 : 1;
out:
	free(shown);
	free(speaker);
	sidecar_free(sc);
	article_free(a);
	free(spath);
	return status;
}

static void report(const char *msg, void *ctx)
{
	(void)ctx;
	cli_error("%s", msg);
}

static int list_or_export(const CliOptions *o)
{
	const char *format = o->mode == MODE_EXPORT ? o->export_format : o->json ? "json" : NULL;
	if (format && !export_format_known(format)) {
		cli_error("unknown export format '%.40s' (json, csv, md, claimreview, webannotation)",
		          format);
		return 2;
	}
	ReviewOptions ro = { .sidecar = o->sidecar, .load = &o->load, .report = report };
	size_t problems;
	Error err;
	Review *r = review_load(o->files, o->nfiles, &ro, &problems, &err);
	if (!r) {
		cli_error("%s", err.msg);
		return strstr(err.msg, "--sidecar") ? 2 : 1;
	}
	Buf b;
	buf_init(&b);
	bool ok = format ? export_review(&b, r, format) : export_notes_text(&b, r);
	review_free(r);
	if (!ok) {
		buf_free(&b);
		cli_error("out of memory");
		return 1;
	}
	ok = write_out(&b);
	buf_free(&b);
	return !ok || problems ? 1 : 0;
}

int notes_cli(const CliOptions *o)
{
	return o->mode == MODE_TAG ? tag(o) : list_or_export(o);
}
