/* review.h - the annotations of many articles at once: for --notes, --export
 * and the review screen (--review FILE...|DIR).
 *
 * review_load() walks files and folders (walk.h); for each article that has a
 * sidecar, and each article named directly, it loads the article and the
 * sidecar, anchoring the annotations in it.  A path ending in ".notes.ini" names a sidecar directly; its article is
 * the path without the suffix (when that is missing or unreadable, the
 * annotations are listed unplaced with the reason in ReviewDoc.article_error).
 * Items are listed in walk order, then text order within an article.
 *
 * The review screen can sort and filter the items (review_sort,
 * review_filter_match), open ReviewDoc.article_path at ReviewItem's span, edit
 * through sidecar_annotations(doc->sidecar) and save with sidecar_save().
 *
 * Ownership: review_load() returns a Review owned by the caller
 * (review_free()); documents, articles, sidecars and annotations returned by
 * the accessors are owned by the Review (annotation pointers are valid until
 * that sidecar's set changes).
 */
#ifndef NEWSROOM_REVIEW_H
#define NEWSROOM_REVIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "annotations.h"
#include "article.h"
#include "error.h"
#include "load.h"
#include "sidecar.h"

typedef struct {
	const char *article_path;  /* as given or walked */
	const char *sidecar_path;
	const Article *article;    /* NULL when it could not be loaded */
	const char *article_error; /* why, when article is NULL */
	Sidecar *sidecar;          /* check sidecar_readonly() */
} ReviewDoc;

typedef struct {
	size_t doc;   /* index into the documents */
	const Annotation *ann;
} ReviewItem;

typedef struct Review Review;

/* Called for each problem met (a folder that cannot be read, a sidecar that
 * does not parse, ...); loading goes on. */
typedef void (*ReviewReport)(const char *msg, void *ctx);

typedef struct {
	const char *sidecar;   /* --sidecar: only with exactly one article */
	const LoadOptions *load;
	ReviewReport report;
	void *report_ctx;
} ReviewOptions;

/* Returns NULL only when out of memory or on misuse (ERR set). *PROBLEMS
 * counts what was reported. */
Review *review_load(char *const *paths, size_t n, const ReviewOptions *opt, size_t *problems,
                    Error *err);
void review_free(Review *r);

size_t review_doc_count(const Review *r);
const ReviewDoc *review_doc(const Review *r, size_t i);

/* Rebuilds the item list (after edits through a sidecar). */
bool review_refresh(Review *r);
size_t review_count(const Review *r);
const ReviewItem *review_item(const Review *r, size_t i);

typedef enum {
	REVIEW_BY_ARTICLE, /* walk order, then text order (the default) */
	REVIEW_BY_SPEAKER,
	REVIEW_BY_TAG,
	REVIEW_BY_STATUS,
	REVIEW_BY_UPDATED, /* most recent first */
} ReviewSort;
void review_sort(Review *r, ReviewSort by);

/* NULL or empty members match anything; speaker and text are substring
 * matches (ASCII case-insensitive) on the speaker and on exact/note/verdict. */
typedef struct {
	const char *tag, *status, *speaker, *text;
	bool unplaced_only;
} ReviewFilter;
bool review_filter_match(const Review *r, const ReviewItem *it, const ReviewFilter *f);

#endif
