/* expand.c - a file's articles: a feed's items, or the file itself. */
#include "expand.h"

#include <stdio.h>
#include <string.h>

#include "markup.h"

static bool visit_feed(const char *d, size_t len, const char *origin, const LoadOptions *opt,
                       ArticleVisit visit, void *ctx, Error *err)
{
	Feed *f = feed_parse(d, len, origin, opt, err);
	if (!f)
		return false;
	bool ok = true;
	for (size_t i = 0; ok && i < feed_item_count(f); i++) {
		Article *a = feed_item_article(f, i, err);
		char num[24];
		snprintf(num, sizeof num, "%zu", i + 1);
		if (!a || !article_set_meta(a, META_ITEM, num)) {
			article_free(a);
			error_set(err, "%s: item %zu: out of memory", origin, i + 1);
			ok = false;
			break;
		}
		ok = visit(a, (int)i + 1, f, ctx);
	}
	feed_free(f);
	return ok;
}

bool expand_articles(const char *path, const LoadOptions *opt, ArticleVisit visit, void *ctx,
                     Error *err)
{
	Buf raw, plain;
	buf_init(&raw);
	buf_init(&plain);
	const char *origin = strcmp(path, "-") ? path : "<stdin>";
	if (!load_read_file(path, opt, &raw, err))
		return false;
	const char *d = raw.data ? raw.data : "";
	size_t len = raw.len;
	bool ok = true, done = false;
	if (!(opt && opt->item > 0) && load_sniff(d, len) == FORMAT_GZIP) {
		ok = markup_gunzip(d, len, markup_max(opt), origin, &plain, err);
		d = plain.data ? plain.data : "";
		len = plain.len;
	}
	if (ok && !(opt && opt->item > 0) && load_sniff(d, len) == FORMAT_FEED) {
		ok = visit_feed(d, len, origin, opt, visit, ctx, err);
		done = true;
	}
	if (ok && !done) {
		/* Not a feed: the loader sniffs (and gunzips) the original bytes, and
		 * frees them once the Article has its own copy, before the visit. */
		buf_free(&plain);
		Article *a = load_article_buf(&raw, origin, opt, err);
		ok = a && visit(a, 0, NULL, ctx);
	}
	buf_free(&raw);
	buf_free(&plain);
	return ok;
}
