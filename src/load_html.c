/* load_html.c - web pages into Articles.
 *
 * Pipeline: decode the bytes to valid UTF-8 ourselves (libxml2 2.9.14 would
 * switch to ISO-8859-1 at the first invalid byte), parse with the HTML
 * parser, read the metadata, prune what is never content (scripts, forms,
 * navigation, hidden and chrome-classed elements), score the blocks left and
 * emit the best container's blocks in document order.
 */
#include "load_html.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>

#include "attr_cap.h"
#include "markup.h"
#include "sanitize.h"
#include "xml_lazy.h"

/* ---- tags ------------------------------------------------------------ */

enum {
	T_BLOCK = 1 << 0,   /* starts and ends a paragraph */
	T_JUNK = 1 << 1,    /* never content */
	T_HEADING = 1 << 2,
	T_ITEM = 1 << 3,    /* list item */
	T_QUOTE = 1 << 4,   /* block quote */
	T_PARA = 1 << 5,    /* a paragraph-like block scored on its own */
	T_LIST = 1 << 6,
	T_TABLE = 1 << 7,
	T_BREAK = 1 << 8,   /* <br>, <hr> */
	T_CONTAINER = 1 << 9, /* may hold content: div, section, ... */
	T_CELL = 1 << 10,   /* table cell: a row is one paragraph */
};

typedef struct {
	const char *name;
	unsigned flags;
	int base; /* initial candidate score */
} TagInfo;

/* Sorted by name for bsearch. */
static const TagInfo tags[] = {
	{ "abstract", T_BLOCK, 0 },
	{ "address", T_BLOCK, -3 },
	{ "applet", T_JUNK, 0 },
	{ "area", T_JUNK, 0 },
	{ "article", T_BLOCK | T_CONTAINER, 5 },
	{ "aside", T_JUNK, 0 },
	{ "audio", T_JUNK, 0 },
	{ "block", T_BLOCK | T_CONTAINER, 5 },
	{ "blockquote", T_BLOCK | T_QUOTE | T_PARA, 3 },
	{ "body", T_BLOCK | T_CONTAINER, 0 },
	{ "body.content", T_BLOCK | T_CONTAINER, 5 },
	{ "bq", T_BLOCK | T_QUOTE, 3 },
	{ "br", T_BREAK, 0 },
	{ "button", T_JUNK, 0 },
	{ "canvas", T_JUNK, 0 },
	{ "caption", T_BLOCK, 0 },
	{ "center", T_BLOCK | T_CONTAINER, 0 },
	{ "credit", T_JUNK, 0 },
	{ "datalist", T_JUNK, 0 },
	{ "dd", T_BLOCK | T_PARA, -3 },
	{ "details", T_BLOCK, 0 },
	{ "dialog", T_JUNK, 0 },
	{ "div", T_BLOCK | T_CONTAINER, 5 },
	{ "dl", T_BLOCK | T_LIST, -3 },
	{ "dt", T_BLOCK, -3 },
	{ "embed", T_JUNK, 0 },
	{ "fieldset", T_BLOCK, -3 },
	{ "figcaption", T_JUNK, 0 },
	{ "figure", T_BLOCK | T_CONTAINER, 0 },
	{ "footer", T_JUNK, 0 },
	{ "form", T_BLOCK | T_CONTAINER, -3 },
	{ "frame", T_JUNK, 0 },
	{ "frameset", T_JUNK, 0 },
	{ "h1", T_BLOCK | T_HEADING, -5 },
	{ "h2", T_BLOCK | T_HEADING, -5 },
	{ "h3", T_BLOCK | T_HEADING, -5 },
	{ "h4", T_BLOCK | T_HEADING, -5 },
	{ "h5", T_BLOCK | T_HEADING, -5 },
	{ "h6", T_BLOCK | T_HEADING, -5 },
	{ "head", T_JUNK, 0 },
	{ "header", T_BLOCK | T_CONTAINER, -3 },
	{ "hgroup", T_BLOCK, -5 },
	{ "hl1", T_BLOCK | T_HEADING, -5 },
	{ "hl2", T_BLOCK | T_HEADING, -5 },
	{ "hr", T_BREAK, 0 },
	{ "html", T_BLOCK | T_CONTAINER, 0 },
	{ "iframe", T_JUNK, 0 },
	{ "input", T_JUNK, 0 },
	{ "label", T_JUNK, 0 },
	{ "legend", T_JUNK, 0 },
	{ "li", T_BLOCK | T_ITEM, -3 },
	{ "link", T_JUNK, 0 },
	{ "main", T_BLOCK | T_CONTAINER, 5 },
	{ "map", T_JUNK, 0 },
	{ "math", T_JUNK, 0 },
	{ "media", T_JUNK, 0 },
	{ "menu", T_JUNK, 0 },
	{ "meta", T_JUNK, 0 },
	{ "meter", T_JUNK, 0 },
	{ "nav", T_JUNK, 0 },
	{ "noembed", T_JUNK, 0 },
	{ "noframes", T_JUNK, 0 },
	{ "noscript", T_JUNK, 0 },
	{ "object", T_JUNK, 0 },
	{ "ol", T_BLOCK | T_LIST, -3 },
	{ "optgroup", T_JUNK, 0 },
	{ "option", T_JUNK, 0 },
	{ "output", T_JUNK, 0 },
	{ "p", T_BLOCK | T_PARA, 0 },
	{ "param", T_JUNK, 0 },
	{ "picture", T_JUNK, 0 },
	{ "pre", T_BLOCK | T_PARA, 3 },
	{ "progress", T_JUNK, 0 },
	{ "rp", T_JUNK, 0 },
	{ "script", T_JUNK, 0 },
	{ "section", T_BLOCK | T_CONTAINER, 3 },
	{ "select", T_JUNK, 0 },
	{ "source", T_JUNK, 0 },
	{ "style", T_JUNK, 0 },
	{ "summary", T_BLOCK, 0 },
	{ "svg", T_JUNK, 0 },
	{ "table", T_BLOCK | T_TABLE, 0 },
	{ "tbody", T_BLOCK, 0 },
	{ "td", T_PARA | T_CELL, 3 },
	{ "template", T_JUNK, 0 },
	{ "textarea", T_JUNK, 0 },
	{ "tfoot", T_BLOCK, 0 },
	{ "th", T_CELL, -5 },
	{ "thead", T_BLOCK, 0 },
	{ "title", T_JUNK, 0 },
	{ "tr", T_BLOCK, 0 },
	{ "track", T_JUNK, 0 },
	{ "ul", T_BLOCK | T_LIST, -3 },
	{ "video", T_JUNK, 0 },
};

static int tag_cmp(const void *key, const void *elem)
{
	return strcasecmp(key, ((const TagInfo *)elem)->name);
}

static const TagInfo inline_tag = { "", 0, 0 };

static const TagInfo *tag_of(const xmlNode *n)
{
	if (!n->name)
		return &inline_tag;
	const TagInfo *t = bsearch(n->name, tags, sizeof tags / sizeof tags[0], sizeof tags[0], tag_cmp);
	return t ? t : &inline_tag;
}

static bool is_tag(const xmlNode *n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && n->name && !strcasecmp((const char *)n->name, name);
}

/* ---- class and id words ----------------------------------------------- */

/* Words in class or id that mark content, and chrome.  A word matches when
 * it starts a class token part: "comments", "share-bar", "socialLinks". */
static const char *const good_words[] = {
	"article", "body", "content", "entry", "main", "post", "story", "text", "prose",
	"blog", "paragraph", "hentry", NULL,
};
static const char *const bad_words[] = {
	"ad", "ads", "adv", "advert", "advertisement", "banner", "breadcrumb", "byline",
	"caption", "comment", "contact", "cookie", "credit", "disqus", "footer", "footnote",
	"gdpr", "header", "hidden", "masthead", "menu", "modal", "nav", "navbar", "navigation",
	"newsletter", "outbrain", "pagination", "pager", "popular", "popup", "promo", "recommend",
	"recommended", "related", "rss", "share", "sharing", "shoutbox", "sidebar", "signup",
	"skyscraper", "social", "sponsor", "sponsored", "subscribe", "subscription", "taboola",
	"tags", "toolbar", "tools", "trending", "widget", "login", "sr", "visually", "breadcrumbs",
	"print", "author", "timestamp", "dateline", "meta", "extra", "supplemental", "rollover",
	"tooltip", "hovercard", "popover", NULL,
};

static bool word_in(const char *w, size_t len, const char *const *list)
{
	for (size_t i = 0; list[i]; i++)
		if (strlen(list[i]) == len && !strncmp(list[i], w, len))
			return true;
	return false;
}

/* Classifies the words of one attribute: bit 0 good, bit 1 bad (class_words()
 * adds bit 2 for a pull quote, chrome whatever other words the class has:
 * "article__quote-pull"). */
static int attr_words(const char *s)
{
	int r = 0;
	char w[48];
	size_t n = 0;
	for (const char *p = s;; p++) {
		unsigned char c = (unsigned char)*p;
		bool alpha = isalnum(c);
		/* camelCase splits too: "articleBody", "shareBar" */
		bool boundary = !alpha || (isupper(c) && n > 0 && islower((unsigned char)p[-1]));
		if (boundary && n) {
			if (word_in(w, n, good_words))
				r |= 1;
			if (word_in(w, n, bad_words))
				r |= 2;
			n = 0;
		}
		if (!c)
			break;
		if (alpha && n < sizeof w)
			w[n++] = (char)tolower(c);
	}
	return r;
}

/* A pull quote repeats a line of the story in large type ("pull-quote",
 * "pullquote", "PullQuote", "quote-pull"): a second copy of a quotation,
 * set apart from where it was said.  (Not "pull" alone: "pull-right" floats
 * content.) */
static bool pull_quote(const char *s)
{
	for (const char *p = s; (p = strcasestr(p, "pull")) != NULL; p += 4) {
		const char *q = p + 4;
		if (*q == '-' || *q == '_')
			q++;
		if (!strncasecmp(q, "quote", 5) || !strncasecmp(q, "out", 3))
			return true;
		if (p - s >= 6 && !strncasecmp(p - 6, "quote", 5) && (p[-1] == '-' || p[-1] == '_'))
			return true;
	}
	return false;
}

static int class_words(const xmlNode *n)
{
	const char *c = markup_attr(n, "class"), *id = markup_attr(n, "id");
	return (c ? attr_words(c) | (pull_quote(c) ? 4 : 0) : 0) | (id ? attr_words(id) : 0);
}

/* Readability-style weight: each of class and id adds or takes 25. */
static int class_weight(const xmlNode *n)
{
	int w = 0;
	const char *c = markup_attr(n, "class"), *id = markup_attr(n, "id");
	int a = c ? attr_words(c) : 0, b = id ? attr_words(id) : 0;
	if (a & 1) w += 25;
	if (a & 2) w -= 25;
	if (b & 1) w += 25;
	if (b & 2) w -= 25;
	const char *ip = markup_attr(n, "itemprop");
	if (ip && (strstr(ip, "articleBody") || strstr(ip, "text")))
		w += 50;
	return w;
}

/* ---- tree walking ------------------------------------------------------ */

static xmlNodePtr next_node(xmlNodePtr n, xmlNodePtr root, bool descend)
{
	return markup_next(n, root, descend);
}

/* ---- per-node statistics ----------------------------------------------- */

typedef struct {
	const TagInfo *tag;
	size_t text;    /* characters of text under the node */
	size_t link;    /* of which inside links */
	size_t inl;     /* characters not inside a block descendant */
	size_t commas;  /* commas in the inline text */
	size_t ptext;   /* characters in good paragraphs below */
	size_t paras;   /* paragraph-like blocks below */
	size_t pcount;  /* <p> elements below */
	size_t imgs, items;
	size_t qtext;   /* characters inside block quotes below */
	double score;
	bool scored;
	bool selected;
} NodeInfo;

static NodeInfo *info(const xmlNode *n)
{
	return n ? (NodeInfo *)n->_private : NULL;
}

/* Characters (not bytes) of S with whitespace runs counted once. */
static void count_text(const char *s, size_t *chars, size_t *commas)
{
	bool space = true;
	size_t c = 0, k = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') {
			if (!space)
				c++;
			space = true;
			continue;
		}
		space = false;
		if ((*p & 0xC0) != 0x80)
			c++;
		if (*p == ',')
			k++;
		/* U+FF0C fullwidth comma, U+3001 ideographic comma */
		else if (p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x8C)
			k++;
		else if (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x81)
			k++;
	}
	*chars = c;
	*commas = k;
}

/* One extraction: the tree's body and the statistics of its elements
 * (each element's _private points into INFOS while they live). */
typedef struct {
	xmlNodePtr body;
	NodeInfo *infos;
	size_t total_ptext;
	char *title;     /* cleaned title, for dropping a repeated headline */
} Page;

/* Gives every element a NodeInfo and fills the statistics bottom-up. */
static bool compute_stats(Page *pg)
{
	size_t count = 0;
	for (xmlNodePtr n = pg->body; n; n = next_node(n, pg->body, true))
		if (n->type == XML_ELEMENT_NODE)
			count++;
	free(pg->infos);
	pg->infos = calloc(count ? count : 1, sizeof *pg->infos);
	if (!pg->infos)
		return false;
	size_t i = 0;
	for (xmlNodePtr n = pg->body; n; n = next_node(n, pg->body, true))
		if (n->type == XML_ELEMENT_NODE) {
			n->_private = &pg->infos[i++];
			info(n)->tag = tag_of(n);
		}
	/* Post-order: visit the tree again and add each node into its parent
	 * when leaving it. */
	xmlNodePtr n = pg->body;
	while (n) {
		if (n->type == XML_ELEMENT_NODE && n->children) {
			n = n->children;
			continue;
		}
		for (;;) {
			if (n->type == XML_ELEMENT_NODE) {
				NodeInfo *ni = info(n);
				/* A paragraph is a block whose own inline text is
				 * long enough and not mostly links. */
				if ((ni->tag->flags & (T_PARA | T_CONTAINER)) && ni->inl >= 25) {
					ni->paras++;
					if (ni->link * 3 < ni->text)
						ni->ptext += ni->inl;
				}
			}
			xmlNodePtr p = n->parent;
			NodeInfo *pi = n == pg->body ? NULL : info(p);
			if (pi) {
				if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
					size_t c = 0, k = 0;
					if (n->content)
						count_text((const char *)n->content, &c, &k);
					pi->text += c;
					pi->inl += c;
					pi->commas += k;
				} else if (n->type == XML_ELEMENT_NODE) {
					NodeInfo *ni = info(n);
					pi->text += ni->text;
					pi->link += is_tag(n, "a") ? ni->text : ni->link;
					pi->ptext += ni->ptext;
					pi->paras += ni->paras;
					pi->pcount += ni->pcount + is_tag(n, "p");
					pi->imgs += ni->imgs + is_tag(n, "img");
					pi->items += ni->items + !!(ni->tag->flags & T_ITEM);
					pi->qtext += (ni->tag->flags & T_QUOTE) ? ni->text : ni->qtext;
					if (!(ni->tag->flags & T_BLOCK)) {
						pi->inl += ni->inl;
						pi->commas += ni->commas;
					}
				}
			}
			if (n == pg->body) {
				n = NULL;
				break;
			}
			if (n->next) {
				n = n->next;
				break;
			}
			n = p;
		}
	}
	pg->total_ptext = info(pg->body)->ptext;
	return true;
}

/* ---- pruning ------------------------------------------------------------- */

static bool hidden(const xmlNode *n)
{
	if (markup_attr(n, "hidden"))
		return true;
	const char *aria = markup_attr(n, "aria-hidden");
	if (aria && !strcasecmp(aria, "true"))
		return true;
	const char *st = markup_attr(n, "style");
	if (st) {
		char buf[256];
		size_t k = 0;
		for (const char *p = st; *p && k + 1 < sizeof buf; p++)
			if (!isspace((unsigned char)*p))
				buf[k++] = (char)tolower((unsigned char)*p);
		buf[k] = 0;
		if (strstr(buf, "display:none") || strstr(buf, "visibility:hidden"))
			return true;
	}
	return false;
}

static void drop(xmlNodePtr n)
{
	xmlUnlinkNode(n);
	xmlFreeNode(n);
}

/* Removes what is never content.  Runs before the statistics. */
static void prune_junk(xmlNodePtr root)
{
	xmlNodePtr n = root->children;
	while (n) {
		bool remove = false;
		if (n->type == XML_COMMENT_NODE || n->type == XML_PI_NODE)
			remove = true;
		else if (n->type == XML_ELEMENT_NODE)
			remove = (tag_of(n)->flags & T_JUNK) || hidden(n);
		if (remove) {
			xmlNodePtr next = next_node(n, root, false);
			drop(n);
			n = next;
			continue;
		}
		n = next_node(n, root, true);
	}
}

/* Mostly a block quote: an embedded post or a quote box. */
static bool embedded_post(const NodeInfo *ni)
{
	return ni->qtext > 0 && ni->qtext * 3 >= ni->text * 2;
}

static bool has_letters(const xmlChar *s)
{
	for (; s && *s; s++)
		if (isalnum(*s) || *s >= 0x80)
			return true;
	return false;
}

/* Inline element N sits in a sentence: text with letters right before or
 * after it ("South Dakota Gov. <span class=rollover>Kristi Noem...</span>
 * (R) is defending"). */
static bool in_running_text(const xmlNode *n)
{
	return (n->prev && n->prev->type == XML_TEXT_NODE && has_letters(n->prev->content)) ||
	       (n->next && n->next->type == XML_TEXT_NODE && has_letters(n->next->content));
}

/* Some text under N has letters (walked, not recursed: hostile pages nest
 * deep). */
static bool node_has_letters(xmlNodePtr n)
{
	if (n->type == XML_TEXT_NODE)
		return has_letters(n->content);
	for (xmlNodePtr x = n->children; x; x = next_node(x, n, true))
		if (x->type == XML_TEXT_NODE && has_letters(x->content))
			return true;
	return false;
}

/* A tooltip or hover card in running text: what shows is its first child
 * with text (the name, the term); what follows is the card, shown on
 * hover only. */
static void keep_trigger(xmlNodePtr n)
{
	xmlNodePtr c = n->children;
	while (c && !node_has_letters(c))
		c = c->next;
	if (!c)
		return;
	for (xmlNodePtr x = c->next, next; x; x = next) {
		next = x->next;
		drop(x);
	}
}

/* Paragraph N is a line a publisher adds under every story, whatever its
 * class: "A version of this article appears in print on ...", a rule of
 * underscores, "Follow AP's coverage of ... at https://...". */
static bool trailer_line(xmlNodePtr n)
{
	char *line = markup_line(n);
	if (!line)
		return false;
	size_t len = strlen(line), rule = strspn(line, "_-* ");
	bool trailer = (rule == len && len >= 3) ||
	               !strncmp(line, "A version of this article appears in print", 42) ||
	               (!strncmp(line, "Follow ", 7) && len < 200 && strstr(line, " at http"));
	free(line);
	return trailer;
}

/* Removes chrome named by class or id (share bars, related links, comment
 * threads, cookie banners...), unless the element holds most of the page's
 * paragraph text: then the name is wrong, not the content. */
static void prune_chrome(Page *pg)
{
	xmlNodePtr n = pg->body->children;
	while (n) {
		if (n->type == XML_ELEMENT_NODE) {
			NodeInfo *ni = info(n);
			int w = class_words(n);
			bool structural = is_tag(n, "article") || is_tag(n, "main") || is_tag(n, "body");
			/* An embedded post (a quoted tweet) sits in "social" or
			 * "share" wrappers but is part of the story: a wrapper that
			 * is mostly a block quote stays. */
			bool chrome = ((w & 4) || ((w & 2) && !(w & 1))) && !structural &&
			              ni->ptext * 2 < pg->total_ptext && !embedded_post(ni);
			/* A form or page header is chrome unless it wraps the article. */
			if ((is_tag(n, "form") || is_tag(n, "header")) && ni->ptext * 2 < pg->total_ptext &&
			    ni->ptext < 500)
				chrome = true;
			if (chrome && !(ni->tag->flags & T_BLOCK) && in_running_text(n)) {
				/* A hover card around a name in a sentence: the name
				 * is the sentence's, the card is not. */
				keep_trigger(n);
				n = next_node(n, pg->body, false);
				continue;
			}
			if (chrome || (is_tag(n, "p") && ni->text < 400 && trailer_line(n))) {
				xmlNodePtr next = next_node(n, pg->body, false);
				drop(n);
				n = next;
				continue;
			}
		}
		n = next_node(n, pg->body, true);
	}
}

/* ---- scoring ------------------------------------------------------------ */

static double link_density(const NodeInfo *ni)
{
	return ni->text ? (double)ni->link / (double)ni->text : 0.0;
}

static void init_score(xmlNodePtr n)
{
	NodeInfo *ni = info(n);
	if (!ni || ni->scored)
		return;
	ni->scored = true;
	ni->score = ni->tag->base + class_weight(n);
	if (is_tag(n, "article"))
		ni->score += 10;
}

static xmlNodePtr top_candidate(Page *pg)
{
	for (xmlNodePtr n = pg->body; n; n = next_node(n, pg->body, true)) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		NodeInfo *ni = info(n);
		if (!(ni->tag->flags & (T_PARA | T_CONTAINER)) || ni->inl < 25)
			continue;
		double s = 1.0 + (double)ni->commas + (double)(ni->inl / 100 < 3 ? ni->inl / 100 : 3);
		/* The block itself counts as a container of its own text too:
		 * a div holding text directly is scored like Readability's
		 * div-turned-paragraph. */
		/* A container holding text directly wraps its own paragraph
		 * (Readability wraps such text in <p>): it is scored first. */
		xmlNodePtr anc = (ni->tag->flags & T_PARA) ? n->parent : n;
		for (int level = 0; anc && level < 5; level++, anc = anc->parent) {
			if (anc->type != XML_ELEMENT_NODE || !info(anc))
				break;
			init_score(anc);
			double div = level == 0 ? 1 : level == 1 ? 2 : level * 3;
			info(anc)->score += s / div;
			if (anc == pg->body)
				break;
		}
	}
	xmlNodePtr best = NULL;
	double bs = 0;
	for (xmlNodePtr n = pg->body; n; n = next_node(n, pg->body, true)) {
		NodeInfo *ni = info(n);
		if (n->type != XML_ELEMENT_NODE || !ni->scored)
			continue;
		ni->score *= 1.0 - link_density(ni);
		if (ni->score > bs) {
			bs = ni->score;
			best = n;
		}
	}
	if (!best)
		return NULL;
	/* When several strong candidates share an ancestor, the article is
	 * split over them (pages that wrap each paragraph group). */
	xmlNodePtr alts[5];
	size_t nalt = 0;
	for (xmlNodePtr n = pg->body; n && nalt < 5; n = next_node(n, pg->body, true)) {
		NodeInfo *ni = info(n);
		if (n->type == XML_ELEMENT_NODE && n != best && ni->scored && ni->score >= bs * 0.75)
			alts[nalt++] = n;
	}
	if (nalt >= 3) {
		for (xmlNodePtr p = best->parent; p && p != pg->body->parent; p = p->parent) {
			size_t in = 0;
			for (size_t i = 0; i < nalt; i++)
				for (xmlNodePtr q = alts[i]; q; q = q->parent)
					if (q == p) {
						in++;
						break;
					}
			if (in >= 3) {
				best = p;
				init_score(best);
				break;
			}
			if (p == pg->body)
				break;
		}
	}
	/* Walk up while the ancestors keep a good share of the score: the
	 * article's paragraphs are often split across sibling wrappers. */
	double threshold = info(best)->score / 3, last = info(best)->score;
	for (xmlNodePtr p = best->parent; p && best != pg->body; p = p->parent) {
		NodeInfo *pi = info(p);
		if (!pi)
			break;
		if (pi->scored) {
			if (pi->score < threshold)
				break;
			if (pi->score > last) {
				best = p;
				break;
			}
			last = pi->score;
		}
		if (p == pg->body)
			break;
	}
	/* An only child says nothing its parent does not. */
	while (best != pg->body && best->parent && info(best->parent) &&
	       xmlChildElementCount(best->parent) == 1)
		best = best->parent;
	return best;
}

/* Text ends like a sentence. */
static bool ends_sentence(const xmlNode *n)
{
	Buf b;
	buf_init(&b);
	markup_text(n, &b);
	size_t l = b.len;
	while (l && isspace((unsigned char)b.data[l - 1]))
		l--;
	bool r = l && (b.data[l - 1] == '.' || b.data[l - 1] == '"' || b.data[l - 1] == '!' ||
	               b.data[l - 1] == '?' || (l >= 3 && (unsigned char)b.data[l - 1] == 0x9D &&
	                                        (unsigned char)b.data[l - 3] == 0xE2));
	buf_free(&b);
	return r;
}

/* Marks the top candidate and the siblings that belong with it. */
static void select_siblings(Page *pg, xmlNodePtr top)
{
	NodeInfo *ti = info(top);
	ti->selected = true;
	xmlNodePtr parent = top->parent;
	if (top == pg->body || !parent || !info(parent))
		return;
	double threshold = ti->score * 0.3 > 10 ? ti->score * 0.3 : 10;
	const char *tclass = markup_attr(top, "class");
	for (xmlNodePtr s = parent->children; s; s = s->next) {
		if (s == top || s->type != XML_ELEMENT_NODE)
			continue;
		NodeInfo *si = info(s);
		double bonus = 0;
		const char *sc = markup_attr(s, "class");
		if (tclass && sc && *tclass && !strcmp(tclass, sc))
			bonus = ti->score * 0.2;
		bool take = si->scored && si->score + bonus >= threshold;
		/* Deep markup leaves a sibling section of the same class
		 * unscored (scores go five levels up): its prose decides. */
		if (!take && bonus > 0 && si->ptext >= 300 && si->ptext * 2 >= si->text &&
		    link_density(si) < 0.2)
			take = true;
		if (!take && (si->tag->flags & T_PARA)) {
			double ld = link_density(si);
			if (si->text > 80 && ld < 0.25)
				take = true;
			else if (si->text > 0 && si->text <= 80 && ld == 0 && ends_sentence(s))
				take = true;
		}
		if (take)
			si->selected = true;
	}
}

/* Readability's conditional clean, for containers inside the article:
 * link lists, image galleries and widgets that scored badly.  GUARD is the
 * paragraph text of the whole selection: a container with half of it is the
 * article whatever its statistics say. */
static bool junk_container(const xmlNode *n, const NodeInfo *ni, size_t guard)
{
	if (ni->ptext * 2 >= guard && ni->ptext > 0)
		return false;
	if (embedded_post(ni))
		return false;
	unsigned f = ni->tag->flags;
	if (!(f & (T_CONTAINER | T_LIST | T_TABLE)) || is_tag(n, "body") || is_tag(n, "article") ||
	    is_tag(n, "main"))
		return false;
	int weight = class_weight(n);
	double score = ni->scored ? ni->score : 0;
	if (weight + score < 0)
		return true;
	if (ni->commas >= 10)
		return false;
	bool list = (f & T_LIST) != 0;
	double ld = link_density(ni);
	size_t p = ni->pcount;
	if (ni->imgs > 1 && (double)p / (double)ni->imgs < 0.5 && ni->ptext < 500)
		return true;
	if (!list && ni->items > 100 + p)
		return true;
	if (!list && ni->text < 25 && (ni->imgs == 0 || ni->imgs > 2))
		return true;
	if (!list && weight < 25 && ld > 0.2 && ni->text < 2000)
		return true;
	if (list && ld > 0.5)
		return true;
	if (weight >= 25 && ld > 0.5)
		return true;
	return false;
}

/* ---- emitting blocks ------------------------------------------------------ */

typedef struct {
	char *text;
	size_t len;
	ParaKind kind;
} Pending;

typedef struct {
	Article *a;
	Pending *pend;     /* extract mode: paragraphs before trimming */
	size_t npend, cappend;
	Buf cur;
	size_t cur_link;   /* bytes of cur inside links */
	int in_link;
	ParaKind kind;
	bool extract;      /* page mode: filter chrome blocks */
	const char *title; /* a heading equal to it is dropped */
	size_t guard;      /* see junk_container */
	size_t emitted;    /* paragraphs added */
	size_t chars;      /* bytes of text added */
	bool ok;
} Emitter;

static ParaKind kind_at(const xmlNode *n, const xmlNode *root)
{
	for (const xmlNode *p = n; p && p != root->parent; p = p->parent) {
		if (p->type != XML_ELEMENT_NODE)
			continue;
		unsigned f = tag_of(p)->flags;
		if (f & T_HEADING)
			return PARA_HEADING;
		if (f & T_QUOTE)
			return PARA_BLOCKQUOTE;
		if (f & T_ITEM)
			return PARA_LIST_ITEM;
		const char *c = markup_attr(p, "class");
		if (c && pull_quote(c))
			return PARA_BLOCKQUOTE;
		if (p == root)
			break;
	}
	return PARA_BODY;
}

static bool starts_by(const char *s)
{
	return (!strncmp(s, "By ", 3) || !strncmp(s, "BY ", 3)) && isupper((unsigned char)s[3]);
}

static void flush(Emitter *e)
{
	if (!e->ok || e->cur.len == 0)
		return;
	char *line = sanitize_line(e->cur.data, e->cur.len);
	size_t raw = e->cur.len, link = e->cur_link;
	e->cur.len = 0;
	e->cur_link = 0;
	if (!line) {
		e->ok = false;
		return;
	}
	size_t len = strlen(line);
	bool keep = len > 0;
	if (keep && e->extract) {
		/* Lines that are two thirds link are navigation ("Read more: ..."). */
		if (link * 3 > raw * 2 && len < 300)
			keep = false;
		if (keep && e->kind == PARA_HEADING && e->title && !strcasecmp(line, e->title))
			keep = false;
		if (keep && len < 100 && starts_by(line) && e->emitted < 4) {
			if (!article_meta(e->a, META_BYLINE))
				article_set_meta(e->a, META_BYLINE, line + 3);
			keep = false;
		}
	}
	if (keep && e->extract) {
		/* Held back until the edges of the selection are trimmed. */
		if (e->npend == e->cappend) {
			size_t cap = e->cappend ? e->cappend * 2 : 64;
			Pending *p = realloc(e->pend, cap * sizeof *p);
			if (!p) {
				e->ok = false;
				free(line);
				return;
			}
			e->pend = p;
			e->cappend = cap;
		}
		e->pend[e->npend++] = (Pending){ line, len, e->kind };
		e->emitted++;
		return;
	}
	if (keep) {
		if (!article_add_paragraph(e->a, line, len, e->kind))
			e->ok = false;
		e->emitted++;
		e->chars += len;
	}
	free(line);
}

/* Ends like a finished sentence: ".", "!", "?" or a closing quote after
 * one; an ellipsis is a teaser, not an ending. */
static bool sentence_end(const char *s, size_t len)
{
	if (len >= 3 && !strcmp(s + len - 3, "..."))
		return false;
	if (len >= 3 && !strcmp(s + len - 3, "\xE2\x80\xA6"))
		return false;
	const unsigned char *u = (const unsigned char *)s;
	if (len && (u[len - 1] == '.' || u[len - 1] == '!' || u[len - 1] == '?' || u[len - 1] == '"'))
		return true;
	/* U+3002 ideographic full stop, U+FF01 and U+FF1F fullwidth ! and ? */
	if (len >= 3 && (!strcmp(s + len - 3, "\xE3\x80\x82") || !strcmp(s + len - 3, "\xEF\xBC\x81") ||
	                 !strcmp(s + len - 3, "\xEF\xBC\x9F")))
		return true;
	/* U+201D, U+2019 closing quotes */
	return len >= 3 && u[len - 3] == 0xE2 && u[len - 2] == 0x80 &&
	       (u[len - 1] == 0x9D || u[len - 1] == 0x99);
}

/* A paragraph that is surely prose. */
static bool substantial(const Pending *p)
{
	return p->kind != PARA_HEADING &&
	       (p->len >= 150 || (p->len >= 80 && sentence_end(p->text, p->len)));
}

/* Chrome clings to the edges of the article: kickers, dates and image
 * counters before the first real paragraph; "share this", "comments",
 * newsletter prompts and teasers after the last.  Short unfinished lines and
 * headings there are dropped; then everything goes into the Article. */
/* LEADING: before the article starts, where short list items are menus and
 * player controls rather than a story's list. */
static bool edge_chrome(const Pending *p, bool leading)
{
	if (p->kind == PARA_HEADING)
		return true;
	bool kind = p->kind == PARA_BODY || (leading && p->kind == PARA_LIST_ITEM);
	return kind && p->len < 80 && !sentence_end(p->text, p->len);
}

/* The block quote E->pend[I] repeats words of a paragraph of the story: a
 * pull quote, whatever its class says ('"Legally they may not need to ask.
 * Morally, I think they did."' after the paragraph that quotes it), which
 * would be a second copy of the quotation.  Its words, inside their marks,
 * of twenty bytes or more. */
static bool repeated_quote(const Emitter *e, size_t i)
{
	const Pending *q = &e->pend[i];
	if (q->kind != PARA_BLOCKQUOTE || q->len < 24)
		return false;
	size_t a = 0, b = q->len;
	/* (past a mark at either end: '"', U+201C, U+201D) */
	if (q->text[a] == '"')
		a++;
	else if (b - a >= 3 && !memcmp(q->text + a, "\xE2\x80\x9C", 3))
		a += 3;
	if (b > a && q->text[b - 1] == '"')
		b--;
	else if (b - a >= 3 && !memcmp(q->text + b - 3, "\xE2\x80\x9D", 3))
		b -= 3;
	/* (and its last stop, which the story may write as a comma) */
	while (b > a && strchr(".,!?;: ", q->text[b - 1]))
		b--;
	if (b - a < 20)
		return false;
	for (size_t k = 0; k < e->npend; k++) {
		const Pending *o = &e->pend[k];
		if (k == i || o->kind == PARA_BLOCKQUOTE || o->len < b - a)
			continue;
		if (memmem(o->text, o->len, q->text + a, b - a))
			return true;
	}
	return false;
}

static void settle(Emitter *e)
{
	size_t first = 0, last = e->npend;
	while (first < e->npend && !substantial(&e->pend[first]))
		first++;
	while (last > first && !substantial(&e->pend[last - 1]))
		last--;
	/* Only unbroken runs at the very edges go: a list or a quote there is
	 * content and stops the trimming. */
	size_t lo = 0, hi = e->npend;
	if (first < e->npend) {
		while (lo < first && edge_chrome(&e->pend[lo], true))
			lo++;
		while (hi > last && edge_chrome(&e->pend[hi - 1], false))
			hi--;
	}
	/* (every paragraph is freed after all are added: repeated_quote()
	 * reads the others) */
	for (size_t i = 0; i < e->npend; i++) {
		Pending *p = &e->pend[i];
		if (i >= lo && i < hi && e->ok && !repeated_quote(e, i)) {
			if (!article_add_paragraph(e->a, p->text, p->len, p->kind))
				e->ok = false;
			e->chars += p->len;
		}
	}
	for (size_t i = 0; i < e->npend; i++)
		free(e->pend[i].text);
	free(e->pend);
	e->pend = NULL;
	e->npend = e->cappend = 0;
}

/* A table cell holding paragraphs or line breaks is page layout, and a
 * paragraph of its own; a data cell joins its row's line. */
static bool layout_cell(const xmlNode *cell)
{
	for (const xmlNode *n = cell->children; n; n = markup_next(n, cell, true))
		if (n->type == XML_ELEMENT_NODE && (tag_of(n)->flags & (T_BLOCK | T_BREAK)))
			return true;
	return false;
}

/* <br>: a paragraph break after a sentence or a second <br>, else a space
 * (wire copy and old pages hard-wrap lines with it). */
static void line_break(Emitter *e, const xmlNode *n)
{
	size_t l = e->cur.len;
	while (l && isspace((unsigned char)e->cur.data[l - 1]))
		l--;
	const unsigned char *d = (const unsigned char *)e->cur.data;
	bool sentence = l && (d[l - 1] == '.' || d[l - 1] == '!' || d[l - 1] == '?' || d[l - 1] == ':' ||
	                      d[l - 1] == '"' || (l >= 3 && d[l - 3] == 0xE2 && d[l - 2] == 0x80 &&
	                                          (d[l - 1] == 0x9D || d[l - 1] == 0x99)));
	const xmlNode *prev = n->prev;
	while (prev && prev->type == XML_TEXT_NODE && prev->content &&
	       strspn((const char *)prev->content, " \t\r\n") == strlen((const char *)prev->content))
		prev = prev->prev;
	bool second = prev && is_tag(prev, "br");
	if (sentence || second || is_tag(n, "hr"))
		flush(e);
	else if (!buf_putc(&e->cur, ' '))
		e->ok = false;
}

static void emit_tree(Emitter *e, xmlNodePtr root, bool only_selected)
{
	xmlNodePtr n = root;
	e->kind = kind_at(root, root);
	while (n && e->ok) {
		bool descend = true;
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			if (n->content) {
				size_t before = e->cur.len;
				if (!buf_puts(&e->cur, (const char *)n->content))
					e->ok = false;
				if (e->in_link)
					e->cur_link += e->cur.len - before;
			}
		} else if (n->type == XML_ELEMENT_NODE) {
			const TagInfo *t = tag_of(n);
			NodeInfo *ni = info(n);
			if (t->flags & T_JUNK)
				descend = false;
			else if (only_selected && ni && n != root && junk_container(n, ni, e->guard))
				descend = false;
			else if (t->flags & T_BREAK) {
				line_break(e, n);
			} else if ((t->flags & T_CELL) && !layout_cell(n)) {
				if (!buf_putc(&e->cur, ' '))
					e->ok = false;
			} else if (t->flags & (T_BLOCK | T_CELL)) {
				flush(e);
				e->kind = kind_at(n, root);
			}
			if (is_tag(n, "a"))
				e->in_link++;
			if (descend && !n->children)
				descend = false;
			if (descend) {
				n = n->children;
				continue;
			}
		}
		/* Leave N and every ancestor that ends here. */
		for (;;) {
			if (n->type == XML_ELEMENT_NODE) {
				if (is_tag(n, "a") && e->in_link > 0)
					e->in_link--;
				if ((tag_of(n)->flags & T_BLOCK) || ((tag_of(n)->flags & T_CELL) && layout_cell(n))) {
					flush(e);
					if (n != root && n->parent)
						e->kind = kind_at(n->parent, root);
				}
			}
			if (n == root) {
				n = NULL;
				break;
			}
			if (n->next) {
				n = n->next;
				break;
			}
			n = n->parent;
		}
	}
	flush(e);
}

bool html_tree_to_article(Article *a, xmlNodePtr root)
{
	Emitter e = { .a = a, .ok = true };
	buf_init(&e.cur);
	emit_tree(&e, root, false);
	buf_free(&e.cur);
	return e.ok;
}

/* ---- encoding ------------------------------------------------------------- */

/* Finds charset=NAME in S (an attribute value or a tag); writes it lowercased. */
static bool charset_in(const char *s, size_t n, char *out, size_t outsz)
{
	for (size_t i = 0; i + 8 <= n; i++) {
		if (strncasecmp(s + i, "charset", 7))
			continue;
		size_t j = i + 7;
		while (j < n && isspace((unsigned char)s[j]))
			j++;
		if (j >= n || s[j] != '=')
			continue;
		j++;
		while (j < n && (isspace((unsigned char)s[j]) || s[j] == '"' || s[j] == '\''))
			j++;
		size_t k = 0;
		while (j < n && k + 1 < outsz &&
		       (isalnum((unsigned char)s[j]) || s[j] == '-' || s[j] == '_' || s[j] == ':' ||
		        s[j] == '.'))
			out[k++] = (char)tolower((unsigned char)s[j++]);
		out[k] = 0;
		return k > 0;
	}
	return false;
}

/* The charset a page declares in a <meta> within its first bytes. */
static bool declared_charset(const char *data, size_t len, char *out, size_t outsz)
{
	size_t n = len < 16384 ? len : 16384;
	for (size_t i = 0; i + 5 < n; i++) {
		if (data[i] != '<' || strncasecmp(data + i + 1, "meta", 4))
			continue;
		size_t j = i + 5;
		while (j < n && data[j] != '>')
			j++;
		if (charset_in(data + i, j - i, out, outsz))
			return true;
	}
	return false;
}

/* Valid UTF-8 that uses multi-byte sequences is almost never legacy text. */
static bool utf8_with_multibyte(const char *s, size_t len)
{
	bool multi = false;
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80) {
			multi = true;
			break;
		}
	return multi && utf8_valid(s, len);
}

/* Mostly-UTF-8 with stray legacy bytes: each invalid byte is read as
 * Windows-1252, the usual source of such bytes. */
static bool repair_utf8(const char *s, size_t len, Buf *out)
{
	if (!buf_reserve(out, len + 16))
		return false;
	size_t i = 0;
	while (i < len) {
		size_t j = i;
		while (j < len && (unsigned char)s[j] < 0x80)
			j++;
		if (j > i && !buf_append(out, s + i, j - i))
			return false;
		i = j;
		if (i >= len)
			break;
		uint32_t cp;
		size_t n = utf8_decode(s + i, len - i, &cp);
		if (n) {
			if (!buf_append(out, s + i, n))
				return false;
			i += n;
			continue;
		}
		if (!decode_legacy(s + i, 1, "windows-1252", out))
			return false;
		i++;
	}
	return true;
}

static bool is_latin(const char *cs)
{
	static const char *const names[] = {
		"iso-8859-1", "iso8859-1", "latin1", "latin-1", "windows-1252", "cp1252",
		"us-ascii", "ascii", "iso_8859-1", "l1", "x-cp1252", NULL,
	};
	for (size_t i = 0; names[i]; i++)
		if (!strcmp(cs, names[i]))
			return true;
	return false;
}

/* Decodes the page to valid UTF-8; names the encoding in ENC (static). */
/* Any other charset iconv knows (Shift_JIS, GBK, KOI8-R, windows-1251...).
 * Undecodable bytes become U+FFFD.  False when iconv does not know CS. */
static bool decode_iconv(const char *in, size_t len, const char *cs, Buf *out, bool *nomem)
{
	iconv_t cd = iconv_open("UTF-8", cs);
	if (cd == (iconv_t)-1)
		return false;
	char *ip = (char *)(uintptr_t)in;
	size_t il = len;
	while (il > 0) {
		if (!buf_reserve(out, il * 2 + 16)) {
			*nomem = true;
			break;
		}
		char *op = out->data + out->len;
		size_t ol = out->cap - out->len - 1;
		size_t r = iconv(cd, &ip, &il, &op, &ol);
		out->len = (size_t)(op - out->data);
		if (r != (size_t)-1 || errno == E2BIG)
			continue;
		/* EILSEQ or a truncated sequence: one byte replaced, go on. */
		if (!buf_put_utf8(out, 0xFFFD)) {
			*nomem = true;
			break;
		}
		ip++;
		il--;
		iconv(cd, NULL, NULL, NULL, NULL);
	}
	iconv_close(cd);
	return true;
}

static bool page_to_utf8(const char *data, size_t len, Buf *out, const char **enc, char *encbuf,
                         size_t encsz)
{
	const unsigned char *u = (const unsigned char *)data;
	if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
		InputEncoding e;
		*enc = u[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
		return decode_to_utf8(data, len, out, &e);
	}
	if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3)) {
		*enc = "UTF-8";
		return repair_utf8(data + 3, len - 3, out);
	}
	char cs[40];
	if (declared_charset(data, len, cs, sizeof cs)) {
		if (!strcmp(cs, "iso-8859-15") || !strcmp(cs, "latin9")) {
			if (!utf8_with_multibyte(data, len)) {
				*enc = "ISO-8859-15";
				return decode_legacy(data, len, "iso-8859-15", out);
			}
		} else if (is_latin(cs)) {
			/* Browsers read ISO-8859-1 as Windows-1252; a page that is
			 * valid UTF-8 with non-ASCII is mislabelled. */
			if (!utf8_with_multibyte(data, len)) {
				*enc = "windows-1252";
				return decode_legacy(data, len, "windows-1252", out);
			}
		} else if (strcmp(cs, "utf-8") && strcmp(cs, "utf8") && strncmp(cs, "utf-16", 6) &&
		           strncmp(cs, "utf-32", 6) && !utf8_with_multibyte(data, len)) {
			/* (A <meta> cannot declare UTF-16: browsers ignore that.) */
			bool nomem = false;
			if (decode_iconv(data, len, cs, out, &nomem)) {
				snprintf(encbuf, encsz, "%s", cs);
				*enc = encbuf;
				return !nomem;
			}
		}
	}
	if (utf8_valid(data, len)) {
		*enc = "UTF-8";
		return buf_append(out, data, len);
	}
	/* Mostly valid UTF-8 (a declared UTF-8 page with a few stray bytes) is
	 * repaired; otherwise it is legacy text. */
	size_t bad = 0, multi = 0;
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		if ((unsigned char)data[i] < 0x80) {
			i++;
			continue;
		}
		size_t n = utf8_decode(data + i, len - i, &cp);
		if (n) {
			multi++;
			i += n;
		} else {
			bad++;
			i++;
		}
	}
	if (multi > bad * 4) {
		*enc = "UTF-8";
		return repair_utf8(data, len, out);
	}
	*enc = "windows-1252";
	return decode_legacy(data, len, "windows-1252", out);
}

/* libxml2 stops at elements nested deeper than 256 (its guard for its own
 * recursion, which also keeps ours shallow): what lies below is not in the
 * tree, and an empty page must say so rather than "no text". */

static htmlDocPtr parse_html(const char *utf8, size_t len, bool *too_deep)
{
	markup_init();
	int flags = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	            HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT;
	/* (tags of thousands of attributes cost libxml2 their square) */
	Buf capped;
	buf_init(&capped);
	if (!attr_cap(&utf8, &len, &capped)) {
		buf_free(&capped);
		return NULL;
	}
	xmlResetLastError();
	htmlDocPtr doc = htmlReadMemory(utf8, (int)len, NULL, "UTF-8", flags);
	buf_free(&capped);
	/* The depth guard is the HTML parser's one internal error; its message
	 * names it. */
	const xmlError *e = xmlGetLastError();
	if (too_deep)
		*too_deep = e && e->code == XML_ERR_INTERNAL_ERROR && e->message &&
		            strstr(e->message, "depth");
	return doc;
}

/* ---- metadata --------------------------------------------------------------- */

typedef struct {
	char *og_title, *ld_headline, *h1, *title_tag;
	char *author, *ld_author, *rel_author, *byline_el;
	char *date, *ld_date, *time_date;
	char *site, *canonical, *og_url, *lang, *description;
	char *copyright; /* the rights notice: who holds it is no byline */
	char *ld_body;   /* JSON-LD articleBody, raw: the fallback text */
} Meta;

static void meta_free(Meta *m)
{
	char **f[] = { &m->og_title, &m->ld_headline, &m->h1, &m->title_tag, &m->author,
	               &m->ld_author, &m->rel_author, &m->byline_el, &m->date, &m->ld_date, &m->time_date,
	               &m->site, &m->canonical, &m->og_url, &m->lang, &m->description,
	               &m->copyright, &m->ld_body };
	for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
		free(*f[i]);
}

static void set_once(char **slot, const char *v)
{
	if (*slot || !v)
		return;
	char *s = sanitize_line(v, strlen(v));
	if (s && !*s) {
		free(s);
		s = NULL;
	}
	*slot = s;
}

static void set_once_owned(char **slot, char *v)
{
	if (!*slot && v && *v)
		*slot = v;
	else
		free(v);
}

/* A JSON string starting at S[0] == '"': decoded into OUT; returns the
 * index after the closing quote, or 0. */
static size_t json_str(const char *s, size_t n, Buf *out)
{
	size_t i = 1;
	while (i < n && s[i] != '"') {
		if (s[i] != '\\') {
			buf_putc(out, s[i++]);
			continue;
		}
		if (++i >= n)
			return 0;
		char c = s[i++];
		switch (c) {
		case 'n': buf_putc(out, '\n'); break;
		case 'r': case 't': case 'b': case 'f': buf_putc(out, ' '); break;
		case 'u': {
			if (i + 4 > n)
				return 0;
			char hex[5] = { s[i], s[i + 1], s[i + 2], s[i + 3], 0 };
			unsigned cp = (unsigned)strtoul(hex, NULL, 16);
			i += 4;
			if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 <= n && s[i] == '\\' && s[i + 1] == 'u') {
				char h2[5] = { s[i + 2], s[i + 3], s[i + 4], s[i + 5], 0 };
				unsigned lo = (unsigned)strtoul(h2, NULL, 16);
				if (lo >= 0xDC00 && lo <= 0xDFFF) {
					cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
					i += 6;
				}
			}
			if (cp >= 0xD800 && cp <= 0xDFFF)
				cp = 0xFFFD;
			buf_put_utf8(out, cp);
			break;
		}
		default: buf_putc(out, c); break;
		}
	}
	return i < n ? i + 1 : 0;
}

/* The string value of "KEY" in JSON text S; for an object or array value,
 * the first "name" inside it.  Malloc'd; a clean line unless RAW (then the
 * decoded string with its newlines, still to be cleaned).  NULL if none. */
static char *json_value(const char *s, size_t n, const char *key, bool raw)
{
	size_t kl = strlen(key);
	for (size_t i = 0; i + kl + 2 < n; i++) {
		if (s[i] != '"' || strncmp(s + i + 1, key, kl) || s[i + 1 + kl] != '"')
			continue;
		size_t j = i + kl + 2;
		while (j < n && isspace((unsigned char)s[j]))
			j++;
		if (j >= n || s[j] != ':')
			continue;
		j++;
		while (j < n && isspace((unsigned char)s[j]))
			j++;
		if (j < n && (s[j] == '{' || s[j] == '[')) {
			/* the first "name" within the next bytes */
			size_t end = j + 2000 < n ? j + 2000 : n;
			return strcmp(key, "name") ? json_value(s + j, end - j, "name", raw) : NULL;
		}
		if (j >= n || s[j] != '"')
			continue;
		Buf b;
		buf_init(&b);
		char *r = NULL;
		if (json_str(s + j, n - j, &b) && buf_terminate(&b))
			r = raw ? buf_steal(&b) : sanitize_line(b.data, b.len);
		buf_free(&b);
		if (r && *r)
			return r;
		free(r);
	}
	return NULL;
}

static char *json_find(const char *s, size_t n, const char *key)
{
	return json_value(s, n, key, false);
}

static void read_jsonld(Meta *m, const xmlNode *script)
{
	Buf b;
	buf_init(&b);
	markup_text(script, &b);
	if (b.len) {
		set_once_owned(&m->ld_headline, json_find(b.data, b.len, "headline"));
		set_once_owned(&m->ld_date, json_find(b.data, b.len, "datePublished"));
		set_once_owned(&m->ld_author, json_find(b.data, b.len, "author"));
		set_once_owned(&m->ld_body, json_value(b.data, b.len, "articleBody", true));
	}
	buf_free(&b);
}

static void read_meta_tag(Meta *m, const xmlNode *n)
{
	const char *key = markup_attr(n, "property");
	if (!key)
		key = markup_attr(n, "name");
	if (!key)
		key = markup_attr(n, "itemprop");
	const char *v = markup_attr(n, "content");
	if (!key || !v)
		return;
	if (!strcasecmp(key, "og:title") || !strcasecmp(key, "twitter:title"))
		set_once(&m->og_title, v);
	else if (!strcasecmp(key, "author") || !strcasecmp(key, "byl") || !strcasecmp(key, "dc.creator") ||
	         !strcasecmp(key, "sailthru.author") || !strcasecmp(key, "parsely-author"))
		set_once(&m->author, v);
	else if (!strcasecmp(key, "article:published_time") || !strcasecmp(key, "datePublished") ||
	         !strcasecmp(key, "date") || !strcasecmp(key, "dc.date") ||
	         !strcasecmp(key, "pubdate") || !strcasecmp(key, "parsely-pub-date"))
		set_once(&m->date, v);
	else if (!strcasecmp(key, "og:site_name") || !strcasecmp(key, "application-name"))
		set_once(&m->site, v);
	else if (!strcasecmp(key, "og:url"))
		set_once(&m->og_url, v);
	else if (!strcasecmp(key, "description") || !strcasecmp(key, "og:description"))
		set_once(&m->description, v);
	else if (!strcasecmp(key, "copyright") || !strcasecmp(key, "dc.rights"))
		set_once(&m->copyright, v);
}

static bool has_class_word(const xmlNode *n, const char *word)
{
	const char *c = markup_attr(n, "class");
	return c && strcasestr(c, word);
}

/* Reads the metadata from the whole document, before any pruning. */
static void read_meta(Meta *m, xmlNodePtr root)
{
	const char *lang = markup_attr(root, "lang");
	set_once(&m->lang, lang);
	for (xmlNodePtr n = root; n; n = next_node(n, root, true)) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (is_tag(n, "meta"))
			read_meta_tag(m, n);
		else if (is_tag(n, "title") && !m->title_tag)
			set_once_owned(&m->title_tag, markup_line(n));
		else if (is_tag(n, "h1") && !m->h1)
			set_once_owned(&m->h1, markup_line(n));
		else if (is_tag(n, "link") || is_tag(n, "a")) {
			const char *rel = markup_attr(n, "rel");
			if (rel && !strcasecmp(rel, "canonical") && is_tag(n, "link"))
				set_once(&m->canonical, markup_attr(n, "href"));
			else if (rel && !strcasecmp(rel, "author") && is_tag(n, "a"))
				set_once_owned(&m->rel_author, markup_line(n));
		} else if (is_tag(n, "script")) {
			const char *type = markup_attr(n, "type");
			if (type && strcasestr(type, "ld+json"))
				read_jsonld(m, n);
		} else if (!m->byline_el && (is_tag(n, "p") || is_tag(n, "div") || is_tag(n, "span")) &&
		           has_class_word(n, "byline")) {
			char *b = markup_line(n);
			/* a short line, not a whole author box */
			if (b && strlen(b) < 120)
				set_once_owned(&m->byline_el, b);
			else
				free(b);
		} else if (is_tag(n, "time") && !m->time_date) {
			set_once(&m->time_date, markup_attr(n, "datetime"));
		}
	}
}

/* "Headline | Site" or "Headline - Site": drops the site part. */
static size_t count_words(const char *s, const char *end)
{
	size_t w = 0;
	bool in = false;
	for (; s < end && *s; s++) {
		if (*s == ' ')
			in = false;
		else if (!in) {
			in = true;
			w++;
		}
	}
	return w;
}

/* "Headline | Site" or "Site - Headline": drops the site's part.  The part
 * before the last separator is the headline when it has three words or
 * more, or when the rest names the site; else the part after the first. */
static char *strip_site_suffix(const char *t, const char *site)
{
	static const char *const seps[] = { " | ", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " :: ",
	                                    " \xC2\xBB ", " / ", NULL };
	const char *last = NULL, *first = NULL;
	size_t first_len = 0;
	for (size_t i = 0; seps[i]; i++) {
		const char *p = strstr(t, seps[i]);
		if (p && (!first || p < first)) {
			first = p;
			first_len = strlen(seps[i]);
		}
		for (; p; p = strstr(p + 1, seps[i]))
			if (!last || p > last)
				last = p;
	}
	if (!last)
		return strdup(t);
	const char *tail = strchr(last + 1, ' ');
	bool tail_is_site = site && tail && strcasestr(tail + 1, site);
	if (count_words(t, last) >= 3 || tail_is_site)
		return strndup(t, (size_t)(last - t));
	const char *after = first + first_len;
	if (count_words(after, after + strlen(after)) >= 3)
		return strdup(after);
	return strdup(t);
}

/* The byline in BY, its length in *N; NULL when BY gives none: an author
 * given as a URL (a profile page), or a login with no capital ("admin",
 * "jdadmin").  What follows "|" is the page's ("Tom Rogan | November 18,
 * 2019 Print this article"). */
static const char *byline_from(const char *by, size_t *n)
{
	if (!by)
		return NULL;
	if (!strncasecmp(by, "by ", 3))
		by += 3;
	size_t k = strcspn(by, "|");
	while (k > 0 && by[k - 1] == ' ')
		k--;
	bool login = true;
	for (size_t i = 0; i < k && login; i++)
		login = !isupper((unsigned char)by[i]) && (unsigned char)by[i] < 0x80;
	if (!k || login || !strncmp(by, "http", 4))
		return NULL;
	*n = k;
	return by;
}

static void apply_meta(Article *a, Meta *m, Page *pg)
{
	char *title = NULL;
	if (m->og_title)
		title = strip_site_suffix(m->og_title, m->site);
	else if (m->ld_headline)
		title = strdup(m->ld_headline);
	/* The first <h1> is the headline when <title> repeats it (with the
	 * site's name around it); otherwise it may be a logo or a box title. */
	else if (m->h1 && m->title_tag && strchr(m->h1, ' ') && strcasestr(m->title_tag, m->h1))
		title = strdup(m->h1);
	else if (m->title_tag)
		title = strip_site_suffix(m->title_tag, m->site);
	else if (m->h1)
		title = strdup(m->h1);
	if (title && *title)
		article_add_paragraph(a, title, strlen(title), PARA_TITLE);
	pg->title = title;
	/* A site-wide "author" that holds the copyright is the publisher
	 * ("Condé Nast"), not who wrote the story: the next source then. */
	const char *author = m->author && !(m->copyright && *m->author && strcasestr(m->copyright, m->author))
	                             ? m->author
	                             : NULL;
	const char *cands[] = { author, m->ld_author, m->rel_author, m->byline_el };
	for (size_t i = 0; i < sizeof cands / sizeof *cands; i++) {
		size_t n = 0;
		const char *by = byline_from(cands[i], &n);
		if (by) {
			char *name = strndup(by, n);
			article_set_meta(a, META_BYLINE, name ? name : by);
			free(name);
			break;
		}
	}
	const char *date = m->date ? m->date : m->ld_date ? m->ld_date : m->time_date;
	article_set_meta(a, META_DATE, date);
	article_set_meta(a, META_SITE, m->site);
	article_set_meta(a, META_SOURCE, m->site);
	article_set_meta(a, META_URL, m->canonical ? m->canonical : m->og_url);
	article_set_meta(a, META_LANGUAGE, m->lang);
}

/* ---- the page ----------------------------------------------------------------- */

/* Emits the selected nodes of the tree in document order. */
static void emit_selected(Page *pg, Emitter *e)
{
	xmlNodePtr n = pg->body;
	while (n) {
		NodeInfo *ni = n->type == XML_ELEMENT_NODE ? info(n) : NULL;
		if (ni && ni->selected) {
			emit_tree(e, n, true);
			n = next_node(n, pg->body, false);
			continue;
		}
		n = next_node(n, pg->body, true);
	}
}

/* One extraction pass over a fresh copy of the tree; STRICT prunes chrome by
 * class names first.  Adds paragraphs to A; returns characters emitted. */
static size_t extract_pass(Page *pg, xmlDocPtr doc, bool strict, Article *a, bool *ok)
{
	xmlNodePtr root = xmlDocGetRootElement(doc);
	xmlNodePtr body = root ? markup_find(root, "body") : NULL;
	if (!body)
		body = root;
	if (!body)
		return 0;
	pg->body = body;
	prune_junk(body);
	if (!compute_stats(pg)) {
		*ok = false;
		return 0;
	}
	if (strict) {
		prune_chrome(pg);
		if (!compute_stats(pg)) {
			*ok = false;
			return 0;
		}
	}
	xmlNodePtr top = top_candidate(pg);
	if (!top)
		top = body;
	select_siblings(pg, top);
	Emitter e = { .a = a, .ok = true, .extract = true, .title = pg->title };
	for (xmlNodePtr n = body; n; n = next_node(n, body, true))
		if (n->type == XML_ELEMENT_NODE && info(n)->selected) {
			e.guard += info(n)->ptext;
		}
	buf_init(&e.cur);
	emit_selected(pg, &e);
	settle(&e);
	buf_free(&e.cur);
	if (!e.ok)
		*ok = false;
	return e.chars;
}

/* A fresh article for another extraction, with the title and the
 * metadata FROM already has. */
static Article *new_page_article(const Page *pg, const Article *from, const char *origin,
                                 const char *enc)
{
	Article *a = article_new();
	if (!a)
		return NULL;
	if (pg->title)
		article_add_paragraph(a, pg->title, strlen(pg->title), PARA_TITLE);
	for (MetaKey k = 0; k < META__COUNT; k++)
		if (k != META_TITLE)
			article_set_meta(a, k, article_meta(from, k));
	article_set_meta(a, META_ORIGIN, origin);
	article_set_meta(a, META_FORMAT, "html");
	article_set_meta(a, META_ENCODING, enc);
	return a;
}

/* Text that may carry a little HTML, one paragraph a line. */
static bool add_text_body(Article *a, const char *text, const char *origin, Error *err)
{
	if (strchr(text, '<'))
		return html_fragment_to_article(a, text, strlen(text), origin, NULL, err);
	for (const char *p = text; *p;) {
		const char *e = strchr(p, '\n');
		size_t l = e ? (size_t)(e - p) : strlen(p);
		char *line = sanitize_line(p, l);
		if (!line || (*line && !article_add_paragraph(a, line, strlen(line), PARA_BODY))) {
			free(line);
			return false;
		}
		free(line);
		p += l + (e != NULL);
	}
	return true;
}

Article *load_html(const char *data, size_t len, const char *origin, const LoadOptions *opt,
                   Error *err)
{
	if (!markup_check_size(len, origin, opt, err))
		return NULL;
	Buf u;
	buf_init(&u);
	const char *enc = "UTF-8";
	char encbuf[40];
	if (!page_to_utf8(data, len, &u, &enc, encbuf, sizeof encbuf) || !buf_terminate(&u)) {
		buf_free(&u);
		error_set(err, "%s: out of memory", origin);
		return NULL;
	}
	if (!markup_check_size(u.len, origin, opt, err)) {
		buf_free(&u);
		return NULL;
	}
	bool too_deep = false;
	htmlDocPtr doc = parse_html(u.data, u.len, &too_deep);
	htmlDocPtr doc2 = NULL;
	if (!doc || !xmlDocGetRootElement(doc)) {
		buf_free(&u);
		xmlFreeDoc(doc);
		const char *why = xml_lazy_error();
		error_set(err, "%s: %s", origin, why ? why : "not an HTML document");
		return NULL;
	}
	Meta m = { 0 };
	read_meta(&m, xmlDocGetRootElement(doc));
	Page pg = { 0 };
	Article *a = article_new();
	bool ok = a != NULL;
	if (ok) {
		apply_meta(a, &m, &pg);
		size_t got = extract_pass(&pg, doc, true, a, &ok);
		/* Too little text: the class names misled the pruning; try again
		 * without it and keep the richer result. */
		if (ok && got < 500) {
			Article *b = new_page_article(&pg, a, origin, enc);
			/* The first pass pruned its tree: parse afresh. */
			doc2 = b ? parse_html(u.data, u.len, NULL) : NULL;
			bool ok2 = doc2 != NULL;
			size_t got2 = ok2 ? extract_pass(&pg, doc2, false, b, &ok2) : 0;
			if (ok2 && got2 > got * 2) {
				article_free(a);
				a = b;
				got = got2;
			} else {
				article_free(b);
			}
		}
		/* A page drawn by scripts has next to no text in its markup; its
		 * JSON-LD articleBody may hold the story. */
		if (ok && got < 250 && m.ld_body && strlen(m.ld_body) > 200 && strlen(m.ld_body) > got * 2) {
			Article *c = new_page_article(&pg, a, origin, enc);
			if (c && add_text_body(c, m.ld_body, origin, err)) {
				article_free(a);
				a = c;
			} else {
				article_free(c);
			}
		}
	}
	free(pg.infos);
	free(pg.title);
	meta_free(&m);
	xmlFreeDoc(doc);
	xmlFreeDoc(doc2);
	buf_free(&u);
	if (!ok || !a) {
		article_free(a);
		error_set(err, "%s: out of memory", origin);
		return NULL;
	}
	if (!article_meta(a, META_ORIGIN))
		article_set_meta(a, META_ORIGIN, origin);
	article_set_meta(a, META_FORMAT, "html");
	article_set_meta(a, META_ENCODING, enc);
	return markup_finish(a, origin,
	                     too_deep ? "no article text found above its elements nested more than "
	                                "256 deep (what is deeper cannot be read)"
	                              : "no article text found in this page",
	                     err);
}

bool html_fragment_to_article(Article *a, const char *utf8, size_t len, const char *origin,
                              const LoadOptions *opt, Error *err)
{
	if (!markup_check_size(len, origin, opt, err))
		return false;
	Buf u;
	buf_init(&u);
	/* A fragment is parsed inside a body so that leading text is kept. */
	bool ok = buf_puts(&u, "<html><body>") && repair_utf8(utf8, len, &u) &&
	          buf_puts(&u, "</body></html>");
	htmlDocPtr doc = ok ? parse_html(u.data, u.len, NULL) : NULL;
	buf_free(&u);
	if (!doc) {
		error_set(err, "%s: out of memory", origin);
		return false;
	}
	xmlNodePtr root = xmlDocGetRootElement(doc);
	xmlNodePtr body = root ? markup_find(root, "body") : NULL;
	ok = true;
	if (body) {
		prune_junk(body);
		ok = html_tree_to_article(a, body);
	}
	xmlFreeDoc(doc);
	if (!ok)
		error_set(err, "%s: out of memory", origin);
	return ok;
}

char *html_text_line(const char *utf8, size_t len)
{
	Article *a = article_new();
	Error err;
	Buf b;
	buf_init(&b);
	bool ok = a && html_fragment_to_article(a, utf8, len, "", NULL, &err);
	for (size_t i = 0; ok && a && i < article_paragraph_count(a); i++) {
		const Paragraph *p = article_paragraph(a, i);
		ok = (i == 0 || buf_putc(&b, ' ')) &&
		     buf_append(&b, article_text(a) + p->span.start, p->span.end - p->span.start);
	}
	article_free(a);
	char *r = ok && buf_terminate(&b) ? buf_steal(&b) : NULL;
	buf_free(&b);
	return r;
}
