/* expand.h - the articles a file holds: one, or a feed's items.
 *
 * Batch output and the desk treat a feed as the articles it carries, so a
 * folder of feeds and pages yields one record stream per story.  The file is
 * read once; each item article gets META_ITEM ("1", "2", ...) and the feed's
 * path as META_ORIGIN.
 */
#ifndef NEWSROOM_EXPAND_H
#define NEWSROOM_EXPAND_H

#include <stdbool.h>

#include "article.h"
#include "error.h"
#include "feed.h"
#include "load.h"

/* Called for each article, in order; ITEM is the feed item number (1-based)
 * or 0 for a file that is one article; FEED is the feed (NULL otherwise).
 * The Article is owned by the callee (article_free() it).  Returning false
 * stops the walk. */
typedef bool (*ArticleVisit)(Article *a, int item, const Feed *feed, void *ctx);

/* Visits every article of PATH: each item of a feed (unless opt->item picks
 * one), else the file's article.  Returns false with ERR set when PATH cannot
 * be read or understood (nothing was visited), or when VISIT returned false
 * (ERR left to the visitor). */
bool expand_articles(const char *path, const LoadOptions *opt, ArticleVisit visit, void *ctx,
                     Error *err);

#endif
