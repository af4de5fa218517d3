/* load_nitf.c - NITF and NewsML-G2 into Articles. */
#include "load_nitf.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "load_html.h"
#include "markup.h"
#include "sanitize.h"

/* Sets KEY from the text of NODE unless already set. */
static void meta_from(Article *a, MetaKey key, const xmlNode *node)
{
	if (!node || article_meta(a, key))
		return;
	char *s = markup_line(node);
	if (s)
		article_set_meta(a, key, s);
	free(s);
}

static void meta_attr(Article *a, MetaKey key, const xmlNode *node, const char *attr)
{
	const char *v = markup_attr(node, attr);
	if (v && !article_meta(a, key)) {
		char *s = sanitize_line(v, strlen(v));
		if (s && *s)
			article_set_meta(a, key, s);
		free(s);
	}
}

static void add_title(Article *a, const xmlNode *node)
{
	char *t = node ? markup_line(node) : NULL;
	if (t && article_paragraph_count(a) == 0)
		article_add_paragraph(a, t, strlen(t), PARA_TITLE);
	free(t);
}

/* "By BERNARD CONDON" (the <byttl> job title left out). */
static void set_byline(Article *a, const xmlNode *by)
{
	if (!by || article_meta(a, META_BYLINE))
		return;
	char *s = markup_line_except(by, "byttl");
	if (s) {
		const char *v = strncasecmp(s, "by ", 3) ? s : s + 3;
		article_set_meta(a, META_BYLINE, v);
	}
	free(s);
}

/* The NITF <head> and <body.head>: everything but the body's text. */
static void nitf_meta(Article *a, const xmlNode *nitf)
{
	const xmlNode *head = markup_child(nitf, "head");
	const xmlNode *body = markup_child(nitf, "body");
	const xmlNode *bhead = markup_child(body, "body.head");
	const xmlNode *hed = markup_child(bhead, "hedline");
	add_title(a, markup_child(hed, "hl1"));
	add_title(a, markup_child(head, "title"));
	set_byline(a, markup_child(bhead, "byline"));
	/* The dateline's place; its <story.date> is a date, not a dateline. */
	const xmlNode *dl = markup_child(bhead, "dateline");
	if (dl && !article_meta(a, META_DATELINE)) {
		char *s = markup_line_except(dl, "story.date");
		article_set_meta(a, META_DATELINE, s);
		free(s);
	}
	meta_from(a, META_SOURCE, markup_child(bhead, "distributor"));
	const xmlNode *docdata = markup_child(head, "docdata");
	meta_attr(a, META_DATE, markup_child(docdata, "date.issue"), "norm");
	const xmlNode *copy = markup_child(docdata, "doc.copyright");
	if (copy && !article_meta(a, META_COPYRIGHT)) {
		const char *holder = markup_attr(copy, "holder"), *year = markup_attr(copy, "year");
		if (holder) {
			Buf b;
			buf_init(&b);
			if (buf_printf(&b, "\xC2\xA9 %s%s%s", year ? year : "", year ? " " : "", holder)) {
				char *s = sanitize_line(b.data, b.len);
				article_set_meta(a, META_COPYRIGHT, s);
				free(s);
			}
			buf_free(&b);
			if (!article_meta(a, META_SOURCE))
				meta_attr(a, META_SOURCE, copy, "holder");
		}
	}
	meta_attr(a, META_LANGUAGE, nitf, "baselang");
}

static bool nitf_body(Article *a, const xmlNode *nitf)
{
	const xmlNode *body = markup_child(nitf, "body");
	const xmlNode *bhead = markup_child(body, "body.head");
	const xmlNode *hed = markup_child(bhead, "hedline");
	/* A subheadline that differs from the headline is kept. */
	for (const xmlNode *h = hed ? hed->children : NULL; h; h = h->next) {
		if (!markup_is(h, "hl2"))
			continue;
		char *s = markup_line(h);
		const char *t = article_meta(a, META_TITLE);
		if (s && (!t || strcasecmp(s, t)))
			article_add_paragraph(a, s, strlen(s), PARA_HEADING);
		free(s);
	}
	const xmlNode *content = markup_child(body, "body.content");
	return !content || html_tree_to_article(a, (xmlNodePtr)content);
}

static bool flush_para(Article *a, Buf *para)
{
	bool ok = true;
	if (para->len) {
		char *p = sanitize_line(para->data, para->len);
		ok = p != NULL;
		if (p && *p)
			ok = article_add_paragraph(a, p, strlen(p), PARA_BODY);
		free(p);
	}
	para->len = 0;
	return ok;
}

/* Plain text inline data: paragraphs at blank lines or indented lines. */
static bool text_paragraphs(Article *a, const char *s, size_t len)
{
	Buf para;
	buf_init(&para);
	bool ok = true;
	for (size_t i = 0; i < len && ok;) {
		size_t e = i;
		while (e < len && s[e] != '\n')
			e++;
		size_t lead = i;
		while (lead < e && (s[lead] == ' ' || s[lead] == '\t' || s[lead] == '\r'))
			lead++;
		if (lead == e || lead - i >= 2)
			ok = flush_para(a, &para);
		if (lead < e)
			ok = ok && buf_append(&para, s + i, e - i) && buf_putc(&para, ' ');
		i = e + 1;
	}
	ok = ok && flush_para(a, &para);
	buf_free(&para);
	return ok;
}

/* Drops tags from text that carries a little markup ("<p>...</p>"). */
static void strip_tags(Buf *b)
{
	size_t w = 0;
	bool in = false;
	for (size_t r = 0; r < b->len; r++) {
		char c = b->data[r];
		if (c == '<')
			in = true;
		else if (c == '>' && in)
			in = false;
		else if (!in)
			b->data[w++] = c;
	}
	b->len = w;
}

static bool newsml_content(Article *a, const xmlNode *item, const LoadOptions *opt,
                           const char *origin, Error *err)
{
	const xmlNode *set = markup_child(item, "contentSet");
	for (const xmlNode *c = set ? set->children : NULL; c; c = c->next) {
		if (markup_is(c, "inlineXML")) {
			for (const xmlNode *x = c->children; x; x = x->next) {
				if (markup_is(x, "nitf")) {
					nitf_meta(a, x);
					return nitf_body(a, x);
				}
				if (x->type == XML_ELEMENT_NODE) {
					const xmlNode *body = markup_find(x, "body");
					return html_tree_to_article(a, (xmlNodePtr)(body ? body : x));
				}
			}
		} else if (markup_is(c, "inlineData")) {
			Buf b;
			buf_init(&b);
			bool ok = markup_text(c, &b);
			const char *type = markup_attr(c, "contenttype");
			if (ok && type && strcasestr(type, "html"))
				ok = html_fragment_to_article(a, b.data ? b.data : "", b.len, origin, opt, err);
			else if (ok) {
				strip_tags(&b);
				ok = text_paragraphs(a, b.data ? b.data : "", b.len);
			}
			buf_free(&b);
			return ok;
		}
	}
	return true;
}

static void newsml_meta(Article *a, const xmlNode *item)
{
	const xmlNode *cm = markup_child(item, "contentMeta");
	const xmlNode *h = NULL;
	for (const xmlNode *c = cm ? cm->children : NULL; c; c = c->next)
		if (markup_is(c, "headline") && (!h || !markup_attr(c, "role")))
			if (!h)
				h = c;
	add_title(a, h);
	set_byline(a, markup_child(cm, "by"));
	const xmlNode *creator = markup_child(cm, "creator");
	if (creator) {
		meta_from(a, META_BYLINE, markup_child(creator, "name"));
		meta_attr(a, META_BYLINE, creator, "literal");
	}
	meta_from(a, META_DATELINE, markup_child(cm, "dateline"));
	const xmlNode *loc = markup_child(cm, "located");
	if (loc) {
		meta_from(a, META_DATELINE, markup_child(loc, "name"));
		meta_attr(a, META_DATELINE, loc, "literal");
	}
	meta_from(a, META_DATE, markup_child(cm, "contentCreated"));
	const xmlNode *im = markup_child(item, "itemMeta");
	meta_from(a, META_DATE, markup_child(im, "firstCreated"));
	const xmlNode *prov = markup_child(im, "provider");
	meta_attr(a, META_SOURCE, prov, "literal");
	const xmlNode *ri = markup_child(item, "rightsInfo");
	meta_from(a, META_COPYRIGHT, markup_child(ri, "copyrightNotice"));
	meta_attr(a, META_LANGUAGE, markup_child(cm, "language"), "tag");
	meta_attr(a, META_LANGUAGE, item, "lang");
}

static const xmlNode *first_news_item(const xmlNode *root)
{
	if (markup_is(root, "newsItem"))
		return root;
	const xmlNode *n = markup_find(root, "newsItem");
	return n;
}

Article *load_wire(const char *data, size_t len, const char *origin, const LoadOptions *opt,
                   Error *err)
{
	bool entities = false;
	err->msg[0] = 0;
	xmlDocPtr doc = markup_read_xml(data, len, origin, opt, &entities, err);
	if (!doc)
		return NULL;
	xmlNodePtr root = xmlDocGetRootElement(doc);
	Article *a = article_new();
	if (!a) {
		xmlFreeDoc(doc);
		error_set(err, "%s: out of memory", origin);
		return NULL;
	}
	bool ok = true;
	const char *format = "nitf";
	if (markup_is(root, "nitf")) {
		nitf_meta(a, root);
		ok = nitf_body(a, root);
	} else {
		const xmlNode *item = first_news_item(root);
		format = "newsml";
		if (!item) {
			xmlFreeDoc(doc);
			article_free(a);
			error_set(err, "%s: no NewsML-G2 news item found", origin);
			return NULL;
		}
		newsml_meta(a, item);
		ok = newsml_content(a, item, opt, origin, err);
	}
	char *enc = sanitize_line(doc->encoding ? (const char *)doc->encoding : "UTF-8",
	                          strlen(doc->encoding ? (const char *)doc->encoding : "UTF-8"));
	xmlFreeDoc(doc);
	article_set_meta(a, META_ENCODING, enc);
	free(enc);
	if (!ok) {
		article_free(a);
		if (!err->msg[0])
			error_set(err, "%s: out of memory", origin);
		return NULL;
	}
	if (entities)
		article_add_warning(a, "entity declarations in the document were not expanded");
	article_set_meta(a, META_ORIGIN, origin);
	article_set_meta(a, META_FORMAT, format);
	return markup_finish(a, origin, "no headline or text found in this wire item", err);
}
