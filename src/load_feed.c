/* load_feed.c - RSS 2.0, RSS 1.0 and Atom feeds: their items, and an item
 * as an Article. */
#include "feed.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "json.h"
#include "load_html.h"
#include "markup.h"
#include "sanitize.h"

typedef struct {
	FeedItem pub;
	char *strings[6];         /* the owned strings behind pub */
	const xmlNode *content;   /* full text: content:encoded or atom:content */
	bool content_xhtml;       /* atom content type="xhtml": a tree, not text */
	bool content_text;        /* atom content type="text" */
	const xmlNode *summary;   /* raw summary node, for the item article */
	bool summary_text;
} Item;

struct Feed {
	xmlDocPtr doc;
	const char *format;
	char *title;
	char *origin;
	Item *items;
	size_t nitems;
	LoadOptions opt;
	bool entities;
};

static const char empty[] = "";

void feed_free(Feed *f)
{
	if (!f)
		return;
	for (size_t i = 0; i < f->nitems; i++)
		for (size_t k = 0; k < 6; k++)
			free(f->items[i].strings[k]);
	free(f->items);
	free(f->title);
	free(f->origin);
	xmlFreeDoc(f->doc);
	free(f);
}

const char *feed_format(const Feed *f) { return f->format; }
const char *feed_title(const Feed *f) { return f->title ? f->title : empty; }
size_t feed_item_count(const Feed *f) { return f->nitems; }

const FeedItem *feed_item(const Feed *f, size_t i)
{
	return i < f->nitems ? &f->items[i].pub : NULL;
}

/* The text of an HTML-or-text element as one clean line. */
static char *html_line(const xmlNode *n, bool is_text)
{
	if (!n)
		return NULL;
	Buf b;
	buf_init(&b);
	char *r = NULL;
	if (markup_text(n, &b))
		r = is_text ? sanitize_line(b.data ? b.data : "", b.len)
		            : html_text_line(b.data ? b.data : "", b.len);
	buf_free(&b);
	if (r && !*r) {
		free(r);
		r = NULL;
	}
	return r;
}

static bool atom_is_text(const xmlNode *n)
{
	const char *t = markup_attr(n, "type");
	return !t || !strcasecmp(t, "text") || !strcasecmp(t, "text/plain");
}

static const xmlNode *atom_link(const xmlNode *entry)
{
	const xmlNode *best = NULL;
	for (const xmlNode *c = entry->children; c; c = c->next) {
		if (!markup_is(c, "link") || !markup_attr(c, "href"))
			continue;
		const char *rel = markup_attr(c, "rel");
		if (!rel || !strcasecmp(rel, "alternate"))
			return c;
		if (!best)
			best = c;
	}
	return best;
}

static void set_str(Item *it, int slot, const char **field, char *v)
{
	it->strings[slot] = v;
	*field = v ? v : empty;
}

static void read_item(Feed *f, Item *it, const xmlNode *n, bool atom)
{
	FeedItem *p = &it->pub;
	const xmlNode *title = markup_child(n, "title");
	set_str(it, 0, &p->title, atom ? html_line(title, atom_is_text(title)) : html_line(title, true));
	const xmlNode *date = markup_child(n, atom ? "published" : "pubDate");
	if (!date)
		date = markup_child(n, atom ? "updated" : "date");
	set_str(it, 1, &p->date, markup_line(date));
	char *src = NULL;
	const xmlNode *s = markup_child(n, "source");
	if (s)
		src = atom ? markup_line(markup_child(s, "title")) : markup_line(s);
	if (!src && f->title)
		src = strdup(f->title);
	set_str(it, 2, &p->source, src);
	char *author = NULL;
	const xmlNode *au = markup_child(n, "author");
	if (atom && au)
		author = markup_line(markup_child(au, "name"));
	else if (au)
		author = markup_line(au);
	if (!author)
		author = markup_line(markup_child(n, "creator"));
	set_str(it, 3, &p->author, author);
	const xmlNode *sum = markup_child(n, atom ? "summary" : "description");
	it->summary = sum;
	it->summary_text = atom && atom_is_text(sum);
	set_str(it, 4, &p->summary, html_line(sum, it->summary_text));
	char *link = NULL;
	if (atom) {
		const xmlNode *l = atom_link(n);
		const char *href = markup_attr(l, "href");
		link = href ? sanitize_line(href, strlen(href)) : NULL;
	} else {
		link = markup_line(markup_child(n, "link"));
		if (!link) {
			const xmlNode *g = markup_child(n, "guid");
			const char *perma = markup_attr(g, "isPermaLink");
			if (g && (!perma || strcasecmp(perma, "false")))
				link = markup_line(g);
		}
		if (!link) {
			const char *about = markup_attr(n, "about");
			link = about ? sanitize_line(about, strlen(about)) : NULL;
		}
	}
	set_str(it, 5, &p->link, link);
	const xmlNode *content = markup_child(n, atom ? "content" : "encoded");
	if (content && atom && markup_attr(content, "src"))
		content = NULL;
	it->content = content;
	if (content && atom) {
		const char *t = markup_attr(content, "type");
		it->content_xhtml = t && !strcasecmp(t, "xhtml");
		it->content_text = atom_is_text(content);
	}
	p->has_content = content != NULL;
}

Feed *feed_parse(const char *data, size_t len, const char *origin, const LoadOptions *opt,
                 Error *err)
{
	Feed *f = calloc(1, sizeof *f);
	if (!f || !(f->origin = strdup(origin))) {
		free(f);
		error_set(err, "%s: out of memory", origin);
		return NULL;
	}
	if (opt)
		f->opt = *opt;
	f->doc = markup_read_xml(data, len, origin, opt, &f->entities, err);
	if (!f->doc) {
		feed_free(f);
		return NULL;
	}
	xmlNodePtr root = xmlDocGetRootElement(f->doc);
	const xmlNode *channel = NULL, *list = NULL;
	bool atom = false;
	if (markup_is(root, "feed")) {
		f->format = "atom";
		atom = true;
		channel = list = root;
	} else if (markup_is(root, "rss")) {
		f->format = "rss";
		channel = list = markup_child(root, "channel");
	} else if (markup_is(root, "RDF")) {
		f->format = "rdf";
		channel = markup_child(root, "channel");
		list = root;
	}
	if (!list) {
		error_set(err, "%s: not an RSS or Atom feed", origin);
		feed_free(f);
		return NULL;
	}
	f->title = channel ? html_line(markup_child(channel, "title"), true) : NULL;
	const char *item_name = atom ? "entry" : "item";
	size_t count = 0;
	for (const xmlNode *c = list->children; c; c = c->next)
		count += markup_is(c, item_name);
	f->items = calloc(count ? count : 1, sizeof *f->items);
	if (!f->items) {
		error_set(err, "%s: out of memory", origin);
		feed_free(f);
		return NULL;
	}
	for (const xmlNode *c = list->children; c; c = c->next)
		if (markup_is(c, item_name))
			read_item(f, &f->items[f->nitems++], c, atom);
	return f;
}

static void common_meta(const Feed *f, Article *a)
{
	article_set_meta(a, META_ORIGIN, f->origin);
	article_set_meta(a, META_FORMAT, f->format);
	article_set_meta(a, META_ENCODING, f->doc->encoding ? (const char *)f->doc->encoding : "UTF-8");
	if (f->entities)
		article_add_warning(a, "entity declarations in the feed were not expanded");
}

static bool add_line(Article *a, const char *s, ParaKind kind)
{
	return !s || !*s || article_add_paragraph(a, s, strlen(s), kind);
}

/* An element holding HTML (escaped or CDATA), plain text or an XHTML tree. */
static bool add_markup(const Feed *f, Article *a, const xmlNode *n, bool xhtml, bool text,
                       Error *err)
{
	if (xhtml) {
		const xmlNode *div = markup_child(n, "div");
		return html_tree_to_article(a, (xmlNodePtr)(div ? div : n));
	}
	Buf b;
	buf_init(&b);
	bool ok = markup_text(n, &b);
	if (ok && text) {
		char *s = sanitize_line(b.data ? b.data : "", b.len);
		ok = s && add_line(a, s, PARA_BODY);
		free(s);
	} else if (ok) {
		ok = html_fragment_to_article(a, b.data ? b.data : "", b.len, f->origin, &f->opt, err);
	}
	buf_free(&b);
	return ok;
}

Article *feed_item_article(const Feed *f, size_t i, Error *err)
{
	if (i >= f->nitems) {
		error_set(err, "%s: no item %zu (the feed has %zu)", f->origin, i + 1, f->nitems);
		return NULL;
	}
	const Item *it = &f->items[i];
	Article *a = article_new();
	if (!a) {
		error_set(err, "%s: out of memory", f->origin);
		return NULL;
	}
	err->msg[0] = 0;
	bool ok = add_line(a, it->pub.title, PARA_TITLE);
	if (ok && it->content)
		ok = add_markup(f, a, it->content, it->content_xhtml, it->content_text, err);
	else if (ok && it->summary)
		ok = add_markup(f, a, it->summary, false, it->summary_text, err);
	if (ok && !it->content && *it->pub.link)
		ok = add_line(a, it->pub.link, PARA_BODY);
	if (!ok) {
		article_free(a);
		if (!err->msg[0])
			error_set(err, "%s: out of memory", f->origin);
		return NULL;
	}
	article_set_meta(a, META_BYLINE, it->pub.author);
	article_set_meta(a, META_DATE, it->pub.date);
	article_set_meta(a, META_SOURCE, it->pub.source);
	article_set_meta(a, META_SITE, f->title);
	article_set_meta(a, META_URL, it->pub.link);
	common_meta(f, a);
	return markup_finish(a, f->origin, "the item has no title or text", err);
}

Article *feed_listing_article(const Feed *f, Error *err)
{
	Article *a = article_new();
	if (!a) {
		error_set(err, "%s: out of memory", f->origin);
		return NULL;
	}
	bool ok = add_line(a, f->title, PARA_TITLE);
	Buf b;
	buf_init(&b);
	for (size_t i = 0; ok && i < f->nitems; i++) {
		const FeedItem *p = &f->items[i].pub;
		b.len = 0;
		ok = buf_printf(&b, "%zu. %s", i + 1, *p->title ? p->title : "(untitled)") &&
		     buf_terminate(&b) && add_line(a, b.data, PARA_HEADING);
		b.len = 0;
		const char *parts[] = { p->date, p->source, p->author,
		                        p->has_content ? "full text" : NULL };
		for (size_t k = 0; ok && k < 4; k++)
			if (parts[k] && *parts[k])
				ok = buf_printf(&b, "%s%s", b.len ? " \xC2\xB7 " : "", parts[k]);
		ok = ok && buf_terminate(&b) && add_line(a, b.data, PARA_BODY);
		ok = ok && add_line(a, p->summary, PARA_BODY) && add_line(a, p->link, PARA_BODY);
	}
	buf_free(&b);
	if (!ok) {
		article_free(a);
		error_set(err, "%s: out of memory", f->origin);
		return NULL;
	}
	article_set_meta(a, META_SITE, f->title);
	common_meta(f, a);
	return markup_finish(a, f->origin, "the feed has no title and no items", err);
}

Article *load_feed(const char *data, size_t len, const char *origin, const LoadOptions *opt,
                   Error *err)
{
	Feed *f = feed_parse(data, len, origin, opt, err);
	if (!f)
		return NULL;
	Article *a = opt && opt->item > 0 ? feed_item_article(f, (size_t)opt->item - 1, err)
	                                  : feed_listing_article(f, err);
	feed_free(f);
	return a;
}

static bool meta_line(Buf *b, const char *key, const char *v)
{
	return !v || !*v || buf_printf(b, "%s: %s\n", key, v);
}

/* The item list as --meta prints it: feed keys, then one line an item. */
static bool feed_meta(const Feed *f, bool json, Buf *out)
{
	char n[32];
	snprintf(n, sizeof n, "%zu", f->nitems);
	const char *enc = f->doc->encoding ? (const char *)f->doc->encoding : "UTF-8";
	if (!json) {
		bool ok = meta_line(out, "title", f->title) && meta_line(out, "origin", f->origin) &&
		          meta_line(out, "format", f->format) && meta_line(out, "encoding", enc) &&
		          meta_line(out, "items", n);
		for (size_t i = 0; ok && i < f->nitems; i++) {
			const FeedItem *p = &f->items[i].pub;
			ok = buf_printf(out, "item %zu: %s\t%s\t%s\t%s\t%s\n", i + 1, p->title, p->date,
			                p->source, p->has_content ? "full text" : "summary", p->link);
		}
		if (ok && f->entities)
			ok = buf_puts(out, "warning: entity declarations in the feed were not expanded\n");
		return ok;
	}
	bool ok = buf_putc(out, '{') && json_field_str(out, true, "title", feed_title(f)) &&
	          json_field_str(out, false, "origin", f->origin) &&
	          json_field_str(out, false, "format", f->format) &&
	          json_field_str(out, false, "encoding", enc) && buf_puts(out, ",\"items\":[");
	for (size_t i = 0; ok && i < f->nitems; i++) {
		const FeedItem *p = &f->items[i].pub;
		ok = (i == 0 || buf_putc(out, ',')) && buf_printf(out, "{\"item\":%zu", i + 1) &&
		     json_field_str(out, false, "title", p->title) &&
		     json_field_str(out, false, "date", p->date) &&
		     json_field_str(out, false, "source", p->source) &&
		     json_field_str(out, false, "author", p->author) &&
		     json_field_str(out, false, "summary", p->summary) &&
		     json_field_str(out, false, "link", p->link) &&
		     buf_printf(out, ",\"full_text\":%s}", p->has_content ? "true" : "false");
	}
	return ok && buf_puts(out, "]}\n");
}

int feed_print_meta(const char *path, const LoadOptions *opt, bool json, Buf *out, Error *err)
{
	Buf raw, plain;
	buf_init(&raw);
	buf_init(&plain);
	int r = -1;
	const char *origin = strcmp(path, "-") ? path : "<stdin>";
	if (!strcmp(path, "-") || !load_read_file(path, opt, &raw, err)) {
		/* stdin cannot be read twice; unreadable files get the loader's message */
		buf_free(&raw);
		return -1;
	}
	const char *d = raw.data ? raw.data : "";
	size_t len = raw.len;
	if (load_sniff(d, len) == FORMAT_GZIP) {
		if (!markup_gunzip(d, len, markup_max(opt), origin, &plain, err))
			goto done;
		d = plain.data ? plain.data : "";
		len = plain.len;
	}
	if (load_sniff(d, len) != FORMAT_FEED)
		goto done;
	Feed *f = feed_parse(d, len, origin, opt, err);
	r = 0;
	if (f) {
		r = feed_meta(f, json, out) ? 1 : 0;
		if (!r)
			error_set(err, "%s: out of memory", origin);
		feed_free(f);
	}
done:
	buf_free(&raw);
	buf_free(&plain);
	return r;
}
