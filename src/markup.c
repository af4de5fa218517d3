/* markup.c - input cap, gzip, safe XML parsing and tree helpers. */
#include "markup.h"

#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/xmlIO.h>
#include <zlib.h>

#include "attr_cap.h"
#include "sanitize.h"
#include "xml_lazy.h"

size_t markup_max(const LoadOptions *opt)
{
	size_t m = opt && opt->max_markup ? opt->max_markup : LOAD_DEFAULT_MAX_MARKUP;
	/* libxml2 takes the length as an int. */
	return m < (size_t)INT_MAX ? m : (size_t)INT_MAX;
}

bool markup_check_size(size_t len, const char *origin, const LoadOptions *opt, Error *err)
{
	size_t max = markup_max(opt);
	if (len <= max)
		return true;
	error_set(err, "%s: markup too large (%zu bytes, the limit is %zu MB)", origin, len, max >> 20);
	return false;
}

bool markup_gunzip(const char *data, size_t len, size_t max, const char *origin, Buf *out,
                   Error *err)
{
	z_stream z;
	memset(&z, 0, sizeof z);
	/* 15 + 32: gzip or zlib header, detected. */
	if (inflateInit2(&z, 15 + 32) != Z_OK) {
		error_set(err, "%s: cannot decompress: out of memory", origin);
		return false;
	}
	z.next_in = (Bytef *)(uintptr_t)data;
	bool ok = true;
	size_t left = len;
	for (;;) {
		uInt chunk = left > (1u << 30) ? (1u << 30) : (uInt)left;
		if (z.avail_in == 0 && left) {
			z.avail_in = chunk;
			left -= chunk;
		}
		if (!buf_reserve(out, 65536)) {
			error_set(err, "%s: out of memory", origin);
			ok = false;
			break;
		}
		z.next_out = (Bytef *)out->data + out->len;
		z.avail_out = (uInt)(out->cap - out->len - 1);
		uInt before = z.avail_out;
		int r = inflate(&z, Z_NO_FLUSH);
		out->len += before - z.avail_out;
		if (out->len > max) {
			error_set(err, "%s: decompressed data too large (over %zu MB)", origin, max >> 20);
			ok = false;
			break;
		}
		if (r == Z_STREAM_END) {
			/* Concatenated gzip members are one file. */
			if (z.avail_in == 0 && left == 0)
				break;
			if (inflateReset(&z) != Z_OK) {
				ok = false;
				break;
			}
			continue;
		}
		if (r == Z_BUF_ERROR && z.avail_in == 0 && left == 0) {
			error_set(err, "%s: truncated compressed data", origin);
			ok = false;
			break;
		}
		if (r != Z_OK && r != Z_BUF_ERROR) {
			error_set(err, "%s: corrupt compressed data", origin);
			ok = false;
			break;
		}
	}
	inflateEnd(&z);
	return ok && buf_terminate(out);
}

static xmlParserInputPtr refuse_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	(void)url;
	(void)id;
	(void)ctxt;
	return NULL;
}

static pthread_once_t init_once = PTHREAD_ONCE_INIT;

static void init_libxml(void)
{
	xmlInitParser();
	xmlSetExternalEntityLoader(refuse_loader);
}

void markup_init(void)
{
	pthread_once(&init_once, init_libxml);
}

static bool has_own_entities(xmlDocPtr doc)
{
	return (doc->intSubset && doc->intSubset->entities) ||
	       (doc->extSubset && doc->extSubset->entities);
}

/* The XML declaration names an encoding, or a BOM / UTF-16 pattern gives it. */
static bool declares_encoding(const char *data, size_t len)
{
	const unsigned char *u = (const unsigned char *)data;
	if (len >= 2 && (u[0] == 0xFE || u[0] == 0xFF || u[0] == 0 || u[1] == 0))
		return true;
	if (len < 5 || strncmp(data, "<?xml", 5))
		return false;
	for (size_t i = 5; i + 8 < len && i < 200; i++) {
		if (data[i] == '>')
			return false;
		if (!strncmp(data + i, "encoding", 8))
			return true;
	}
	return false;
}

xmlDocPtr markup_read_xml(const char *data, size_t len, const char *origin,
                          const LoadOptions *opt, bool *entities, Error *err)
{
	*entities = false;
	if (!markup_check_size(len, origin, opt, err))
		return NULL;
	markup_init();
	/* Never NOENT (it expands external entities even under NONET), DTDLOAD
	 * or HUGE (which lifts the entity amplification limits). */
	int flags = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA |
	            XML_PARSE_RECOVER | XML_PARSE_COMPACT;
	/* Without a declared encoding XML must be UTF-8; legacy bytes are read
	 * as Windows-1252 rather than failing the whole document. */
	Buf fixed;
	buf_init(&fixed);
	if (!declares_encoding(data, len) && !utf8_valid(data, len)) {
		if (!decode_legacy(data, len, "windows-1252", &fixed)) {
			buf_free(&fixed);
			error_set(err, "%s: out of memory", origin);
			return NULL;
		}
		if (!markup_check_size(fixed.len, origin, opt, err)) {
			buf_free(&fixed);
			return NULL;
		}
		data = fixed.data;
		len = fixed.len;
	}
	/* (tags of thousands of attributes cost libxml2 their square) */
	Buf capped;
	buf_init(&capped);
	if (!attr_cap(&data, &len, &capped)) {
		buf_free(&capped);
		buf_free(&fixed);
		error_set(err, "%s: out of memory", origin);
		return NULL;
	}
	xmlDocPtr doc = xmlReadMemory(data, (int)len, NULL, NULL, flags);
	buf_free(&capped);
	buf_free(&fixed);
	if (!doc || !xmlDocGetRootElement(doc)) {
		xmlFreeDoc(doc);
		const char *why = xml_lazy_error();
		error_set(err, "%s: %s", origin, why ? why : "not well-formed XML");
		return NULL;
	}
	*entities = has_own_entities(doc);
	return doc;
}

static const char *local_name(const xmlNode *n)
{
	return n && n->name ? (const char *)n->name : "";
}

bool markup_is(const xmlNode *n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && !strcasecmp(local_name(n), name);
}

xmlNodePtr markup_child(const xmlNode *parent, const char *name)
{
	if (!parent)
		return NULL;
	for (xmlNodePtr c = parent->children; c; c = c->next)
		if (markup_is(c, name))
			return c;
	return NULL;
}

xmlNodePtr markup_next(const xmlNode *n, const xmlNode *root, bool descend)
{
	/* Entity reference nodes are never entered: their children are the
	 * entity's own tree, which is where a bomb or XXE would be. */
	if (descend && n->children && n->type == XML_ELEMENT_NODE)
		return n->children;
	while (n && n != root && !n->next)
		n = n->parent;
	if (!n || n == root)
		return NULL;
	return n->next;
}

xmlNodePtr markup_find(const xmlNode *root, const char *name)
{
	if (!root)
		return NULL;
	for (const xmlNode *n = root->children; n; n = markup_next(n, root, true))
		if (markup_is(n, name))
			return (xmlNodePtr)n;
	return NULL;
}

const char *markup_attr(const xmlNode *n, const char *name)
{
	if (!n || n->type != XML_ELEMENT_NODE)
		return NULL;
	for (xmlAttrPtr a = n->properties; a; a = a->next) {
		if (a->name && !strcasecmp((const char *)a->name, name)) {
			xmlNodePtr t = a->children;
			if (t && (t->type == XML_TEXT_NODE) && !t->next)
				return t->content ? (const char *)t->content : "";
			return "";
		}
	}
	return NULL;
}

bool markup_text(const xmlNode *root, Buf *out)
{
	if (!root)
		return true;
	if (root->type == XML_TEXT_NODE || root->type == XML_CDATA_SECTION_NODE)
		return !root->content || buf_puts(out, (const char *)root->content);
	for (const xmlNode *n = root->children; n; n = markup_next(n, root, true))
		if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content &&
		    !buf_puts(out, (const char *)n->content))
			return false;
	return true;
}

/* A clean line from raw text, NULL when empty. */
static char *clean_line(Buf *b)
{
	char *s = sanitize_line(b->data ? b->data : "", b->len);
	buf_free(b);
	if (s && !*s) {
		free(s);
		return NULL;
	}
	return s;
}

char *markup_line(const xmlNode *n)
{
	Buf b;
	buf_init(&b);
	if (!markup_text(n, &b)) {
		buf_free(&b);
		return NULL;
	}
	return clean_line(&b);
}

char *markup_line_except(const xmlNode *n, const char *skip)
{
	Buf b;
	buf_init(&b);
	for (const xmlNode *c = n ? n->children : NULL; c; c = c->next)
		if (!markup_is(c, skip) && !markup_text(c, &b)) {
			buf_free(&b);
			return NULL;
		}
	return clean_line(&b);
}

Article *markup_finish(Article *a, const char *origin, const char *empty, Error *err)
{
	if (article_paragraph_count(a) == 0) {
		article_free(a);
		error_set(err, "%s: %s", origin, empty);
		return NULL;
	}
	if (!article_finish(a)) {
		article_free(a);
		error_set(err, "%s: out of memory", origin);
		return NULL;
	}
	return a;
}
