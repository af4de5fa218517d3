/* test_review.c - the review API (many sidecars), the speaker of a span, exports. */
#include "tap.h"

#include <sys/stat.h>
#include <unistd.h>

#include "export.h"
#include "load.h"
#include "quotes.h"
#include "review.h"

static char tmpdir[256];

static bool copy_file(const char *from, const char *to)
{
	FILE *in = fopen(from, "rb"), *out = fopen(to, "wb");
	char buf[8192];
	size_t n;
	bool ok = in && out;
	while (ok && (n = fread(buf, 1, sizeof buf, in)) > 0)
		ok = fwrite(buf, 1, n, out) == n;
	if (in)
		fclose(in);
	if (out && fclose(out) != 0)
		ok = false;
	return ok;
}

/* Tags WHAT in the article at PATH and saves. */
static bool tag(const char *path, const char *what, const char *tagname, const char *status,
                const char *speaker)
{
	Error err;
	Article *a = load_article(path, NULL, &err);
	if (!a)
		return false;
	char *sp = sidecar_default_path(path);
	Sidecar *sc = sidecar_open(sp, article_text(a), article_len(a), &err);
	const char *p = strstr(article_text(a), what);
	bool ok = p && annset_add(sidecar_annotations(sc),
	                          (Span){ (size_t)(p - article_text(a)),
	                                  (size_t)(p - article_text(a)) + strlen(what) },
	                          &(AnnFields){ .tag = tagname, .status = status, .speaker = speaker },
	                          &err) &&
	          sidecar_save(sc, &err);
	sidecar_free(sc);
	free(sp);
	article_free(a);
	return ok;
}

static void test_speaker(void)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/seed/tillerson-un.txt", test_data_dir());
	Error err;
	Article *a = load_article(path, NULL, &err);
	QuoteEngine *e = quote_engine_new(&err);
	QuoteSet *q = a && e ? quotes_analyze(e, a, &err) : NULL;
	const char *t = a ? article_text(a) : "";
	const char *claim = "hardly going to refrain from its nuclear missile program";
	const char *p = strstr(t, claim);
	Span s = { (size_t)(p - t), (size_t)(p - t) + strlen(claim) };
	is_str(ann_speaker_for(q, s), "Vasily Nebenzya", "speaker of words inside a quotation");
	p = strstr(t, "Referring to joint military drills");
	s = (Span){ (size_t)(p - t), (size_t)(p - t) + 20 };
	ok(ann_speaker_for(q, s) == NULL, "narration outside quotes: no speaker");
	quoteset_free(q);
	quote_engine_free(e);
	article_free(a);
}

static void test_review(void)
{
	char seed[4200], a1[600], a2[600], a3[600];
	snprintf(seed, sizeof seed, "%s/seed/tillerson-un.txt", test_data_dir());
	snprintf(a1, sizeof a1, "%s/a.txt", tmpdir);
	snprintf(a2, sizeof a2, "%s/b.txt", tmpdir);
	snprintf(a3, sizeof a3, "%s/c.txt", tmpdir);
	ok(copy_file(seed, a1) && copy_file(seed, a2) && copy_file(seed, a3), "three articles");
	ok(tag(a1, "Wu Haitao", "check", "done", "") &&
	   tag(a1, "North Korea must earn its way back", "false", NULL, "Rex Tillerson") &&
	   tag(a2, "Steve Goldstein", "claim", "in progress", "Steve Goldstein"),
	   "annotations saved in two of them");
	char *paths[] = { tmpdir };
	size_t problems;
	Error err;
	Review *r = review_load(paths, 1, &(ReviewOptions){ 0 }, &problems, &err);
	if (!ok(r != NULL, "review_load on the folder"))
		return;
	is_int(review_doc_count(r), 2, "two articles with sidecars (c.txt has none)");
	is_int(review_count(r), 3, "three annotations");
	is_int(problems, 0, "no problems");
	const ReviewItem *it = review_item(r, 0);
	ok(strstr(review_doc(r, it->doc)->article_path, "a.txt") &&
	   !strcmp(it->ann->tag, "false"),
	   "walk order, then text order");
	ok(review_doc(r, 0)->article && !review_doc(r, 0)->article_error, "the article is loaded");
	review_sort(r, REVIEW_BY_TAG);
	is_str(review_item(r, 0)->ann->tag, "check", "sorted by tag");
	review_sort(r, REVIEW_BY_SPEAKER);
	is_str(review_item(r, 0)->ann->speaker, "", "sorted by speaker (unknown first)");
	review_sort(r, REVIEW_BY_ARTICLE);
	is_str(review_item(r, 0)->ann->tag, "false", "back to article order");
	size_t n = 0;
	for (size_t i = 0; i < review_count(r); i++)
		n += review_filter_match(r, review_item(r, i),
		                         &(ReviewFilter){ .status = "in progress" });
	is_int(n, 1, "filter by status (in words)");
	n = 0;
	for (size_t i = 0; i < review_count(r); i++)
		n += review_filter_match(r, review_item(r, i), &(ReviewFilter){ .speaker = "rex" });
	is_int(n, 1, "filter by speaker, case-insensitive");
	n = 0;
	for (size_t i = 0; i < review_count(r); i++)
		n += review_filter_match(r, review_item(r, i), &(ReviewFilter){ .text = "EARN ITS" });
	is_int(n, 1, "filter by text");

	/* Edit through the review, save, refresh. */
	const ReviewDoc *d = review_doc(r, review_item(r, 0)->doc);
	char id[ANN_ID_MAX + 1];
	snprintf(id, sizeof id, "%s", review_item(r, 0)->ann->id);
	ok(annset_edit(sidecar_annotations(d->sidecar), id, &(AnnFields){ .verdict = "Spin" },
	               &err) &&
	   sidecar_save(d->sidecar, &err) && review_refresh(r),
	   "edit and save through a review document");
	Buf b;
	buf_init(&b);
	ok(export_review(&b, r, "md") && buf_terminate(&b) &&
	   strstr(b.data, "### 1. Rex Tillerson — Spin"),
	   "the memo shows the new verdict");
	buf_free(&b);
	review_free(r);

	/* A sidecar whose article is gone: listed, unplaced, with the reason. */
	unlink(a2);
	char sc2[700];
	snprintf(sc2, sizeof sc2, "%s.notes.ini", a2);
	char *p2[] = { sc2 };
	r = review_load(p2, 1, &(ReviewOptions){ 0 }, &problems, &err);
	ok(r && review_doc_count(r) == 1 && review_doc(r, 0)->article_error &&
	   review_count(r) == 1 && review_item(r, 0)->ann->state == ANCHOR_UNPLACED,
	   "orphan sidecar: listed unplaced, with why");
	review_free(r);
	char *p3[] = { a1, a3 };
	r = review_load(p3, 2, &(ReviewOptions){ .sidecar = "x.ini" }, &problems, &err);
	ok(!r && strstr(err.msg, "--sidecar"), "--sidecar with two articles is refused");
}

int main(void)
{
	snprintf(tmpdir, sizeof tmpdir, "%s/newsroom-review.XXXXXX",
	         getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (!mkdtemp(tmpdir)) {
		ok(false, "temporary folder");
		return done_testing();
	}
	test_speaker();
	test_review();
	char cmd[600];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		printf("# could not remove %s\n", tmpdir);
	return done_testing();
}
