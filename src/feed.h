/* feed.h - RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 feeds.
 *
 * A Feed is the parsed document and its items; the desk and the reader list
 * the items and open one as an Article.  An item whose full text is in the
 * feed (content:encoded, atom:content) opens as that text, through the HTML
 * extraction; an item with only a summary opens as the summary and its link.
 *
 * Ownership: feed_parse() returns a Feed owned by the caller, released with
 * feed_free().  Items and their strings are owned by the Feed.
 */
#ifndef NEWSROOM_FEED_H
#define NEWSROOM_FEED_H

#include <stdbool.h>
#include <stddef.h>

#include "article.h"
#include "error.h"
#include "load.h"

typedef struct Feed Feed;

typedef struct {
	const char *title;   /* clean one-line strings, "" when absent */
	const char *date;    /* as written in the feed */
	const char *source;  /* the item's source, else the feed's title */
	const char *author;
	const char *summary; /* the summary as plain text */
	const char *link;
	bool has_content;    /* full text in the feed */
} FeedItem;

Feed *feed_parse(const char *data, size_t len, const char *origin, const LoadOptions *opt,
                 Error *err);
void feed_free(Feed *f);

/* "rss", "rdf" or "atom". */
const char *feed_format(const Feed *f);
const char *feed_title(const Feed *f);
size_t feed_item_count(const Feed *f);
/* Item I (0-based), NULL when out of range. */
const FeedItem *feed_item(const Feed *f, size_t i);

/* Item I as an Article (owned by the caller), or NULL with ERR set. */
Article *feed_item_article(const Feed *f, size_t i, Error *err);
/* The whole feed as an Article listing its items: a heading per item
 * ("N. title"), then date, source and author, the summary and the link. */
Article *feed_listing_article(const Feed *f, Error *err);

/* The loader entry: the listing, or item opt->item when set. */
Article *load_feed(const char *data, size_t len, const char *origin, const LoadOptions *opt,
                   Error *err);

/* `--meta` for a feed: the feed's keys and one line an item ("item N:
 * title, date, source, full text|summary, link", tab-separated), or JSON.
 * Appends to OUT and returns 1; 0 on error (ERR set); -1 when PATH is not a
 * feed (or is stdin), so the caller prints the article's metadata instead. */
int feed_print_meta(const char *path, const LoadOptions *opt, bool json, Buf *out, Error *err);

#endif
