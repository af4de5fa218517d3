/* review.c - loading the sidecars of many articles, listing, sorting, filtering. */
#include "review.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "walk.h"

typedef struct {
	ReviewDoc pub;
	char *apath, *spath, *aerr;
	Article *art;
} Doc;

struct Review {
	Doc *docs;
	size_t ndocs, capdocs;
	ReviewItem *items;
	size_t nitems;
};

static bool ends_with(const char *s, const char *suf)
{
	size_t n = strlen(s), m = strlen(suf);
	return n > m && !strcmp(s + n - m, suf);
}

static void say(const ReviewOptions *o, size_t *problems, const char *msg)
{
	(*problems)++;
	if (o->report)
		o->report(msg, o->report_ctx);
}

static void doc_free(Doc *d)
{
	free(d->apath);
	free(d->spath);
	free(d->aerr);
	sidecar_free(d->pub.sidecar);
	article_free(d->art);
}

/* Adds the document for PATH (an article or a sidecar).  False on no memory. */
static bool add_doc(Review *r, const char *path, bool direct, const ReviewOptions *o,
                    size_t *problems)
{
	Doc d = { 0 };
	Error err;
	if (ends_with(path, SIDECAR_SUFFIX)) {
		d.spath = strdup(path);
		d.apath = strndup(path, strlen(path) - strlen(SIDECAR_SUFFIX));
		if (!d.spath || !d.apath)
			goto oom;
	} else {
		d.apath = strdup(path);
		d.spath = direct && o->sidecar ? strdup(o->sidecar) : sidecar_default_path(path);
		if (!d.apath)
			goto oom;
		if (!d.spath) {
			if (strcmp(path, "-"))
				goto oom;
			say(o, problems, "<stdin>: reading from stdin needs --sidecar PATH");
			free(d.apath);
			return true;
		}
	}
	bool has_sidecar = access(d.spath, F_OK) == 0;
	if (!direct && !has_sidecar) {
		free(d.apath);
		free(d.spath);
		return true; /* an article without annotations */
	}
	d.art = load_article(d.apath, o->load, &err);
	if (!d.art && !has_sidecar) { /* nothing to show */
		say(o, problems, err.msg);
		doc_free(&d);
		return true;
	}
	if (!d.art && !(d.aerr = strdup(err.msg)))
		goto oom;
	const char *text = d.art ? article_text(d.art) : NULL;
	d.pub.sidecar = sidecar_open(d.spath, text, d.art ? article_len(d.art) : 0, &err);
	if (!d.pub.sidecar)
		goto oom;
	if (sidecar_readonly(d.pub.sidecar))
		say(o, problems, sidecar_readonly(d.pub.sidecar));
	if (r->ndocs == r->capdocs) {
		size_t cap = r->capdocs ? r->capdocs * 2 : 8;
		Doc *nd = realloc(r->docs, cap * sizeof *nd);
		if (!nd)
			goto oom;
		r->docs = nd;
		r->capdocs = cap;
	}
	r->docs[r->ndocs++] = d;
	return true;
oom:
	doc_free(&d);
	return false;
}

Review *review_load(char *const *paths, size_t n, const ReviewOptions *opt, size_t *problems,
                    Error *err)
{
	ReviewOptions none = { 0 };
	const ReviewOptions *o = opt ? opt : &none;
	*problems = 0;
	if (o->sidecar && (n != 1 || walk_is_dir(paths[0]))) {
		error_set(err, "--sidecar goes with exactly one article");
		return NULL;
	}
	Review *r = calloc(1, sizeof *r);
	Walk *w = walk_new(paths, n);
	if (!r || !w) {
		free(r);
		walk_free(w);
		error_set(err, "out of memory");
		return NULL;
	}
	bool ok = true;
	const char *path;
	Error werr;
	bool failed;
	while (ok && (path = walk_next(w, &werr, &failed)) != NULL) {
		if (failed) {
			say(o, problems, werr.msg);
			continue;
		}
		bool direct = false;
		for (size_t i = 0; i < n && !direct; i++)
			direct = !strcmp(paths[i], path);
		ok = add_doc(r, path, direct, o, problems);
	}
	walk_free(w);
	for (size_t i = 0; ok && i < r->ndocs; i++) {
		Doc *d = &r->docs[i];
		d->pub.article_path = d->apath;
		d->pub.sidecar_path = d->spath;
		d->pub.article = d->art;
		d->pub.article_error = d->aerr;
	}
	if (!ok || !review_refresh(r)) {
		review_free(r);
		error_set(err, "out of memory");
		return NULL;
	}
	return r;
}

void review_free(Review *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->ndocs; i++)
		doc_free(&r->docs[i]);
	free(r->docs);
	free(r->items);
	free(r);
}

size_t review_doc_count(const Review *r) { return r->ndocs; }
const ReviewDoc *review_doc(const Review *r, size_t i) { return i < r->ndocs ? &r->docs[i].pub : NULL; }

bool review_refresh(Review *r)
{
	size_t n = 0;
	for (size_t i = 0; i < r->ndocs; i++)
		n += annset_count(sidecar_annotations(r->docs[i].pub.sidecar));
	ReviewItem *it = malloc((n ? n : 1) * sizeof *it);
	if (!it)
		return false;
	size_t k = 0;
	for (size_t i = 0; i < r->ndocs; i++) {
		const AnnSet *s = sidecar_annotations(r->docs[i].pub.sidecar);
		for (size_t j = 0; j < annset_count(s); j++)
			it[k++] = (ReviewItem){ i, annset_get(s, j) };
	}
	free(r->items);
	r->items = it;
	r->nitems = n;
	return true;
}

size_t review_count(const Review *r) { return r->nitems; }
const ReviewItem *review_item(const Review *r, size_t i) { return i < r->nitems ? &r->items[i] : NULL; }

static int cmp_item(const void *x, const void *y, void *ctx)
{
	const ReviewItem *a = x, *b = y;
	int c = 0;
	switch (*(const ReviewSort *)ctx) {
	case REVIEW_BY_SPEAKER: c = strcasecmp(a->ann->speaker, b->ann->speaker); break;
	case REVIEW_BY_TAG: c = strcmp(a->ann->tag, b->ann->tag); break;
	case REVIEW_BY_STATUS: c = strcmp(a->ann->status, b->ann->status); break;
	case REVIEW_BY_UPDATED: c = -strcmp(a->ann->updated, b->ann->updated); break;
	case REVIEW_BY_ARTICLE: break;
	}
	if (c)
		return c;
	/* Then the default order: article, text position, id. */
	if (a->doc != b->doc)
		return a->doc < b->doc ? -1 : 1;
	bool au = a->ann->state == ANCHOR_UNPLACED, bu = b->ann->state == ANCHOR_UNPLACED;
	if (au != bu)
		return au ? 1 : -1;
	if (!au && a->ann->span.start != b->ann->span.start)
		return a->ann->span.start < b->ann->span.start ? -1 : 1;
	return strcmp(a->ann->id, b->ann->id);
}

void review_sort(Review *r, ReviewSort by)
{
	qsort_r(r->items, r->nitems, sizeof *r->items, cmp_item, &by);
}

static bool has(const char *hay, const char *needle)
{
	return !needle || !*needle || (hay && strcasestr(hay, needle));
}

bool review_filter_match(const Review *r, const ReviewItem *it, const ReviewFilter *f)
{
	(void)r;
	const Annotation *a = it->ann;
	if (!f)
		return true;
	if (f->tag && *f->tag && strcmp(a->tag, f->tag))
		return false;
	if (f->status && *f->status) {
		const char *st = ann_status_parse(f->status);
		if (strcmp(a->status, st ? st : f->status))
			return false;
	}
	if (f->unplaced_only && a->state != ANCHOR_UNPLACED)
		return false;
	if (!has(a->speaker, f->speaker))
		return false;
	return !f->text || !*f->text || has(a->anchor.exact, f->text) || has(a->note, f->text) ||
	       has(a->verdict, f->text);
}
