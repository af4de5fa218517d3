/* xml_lazy.c - libxml2, opened the first time markup is read.
 *
 * libxml2 brings ICU and the C++ runtime with it: loading and relocating
 * them cost every start of the program 3.1M instructions and about 2.5 ms
 * (measured on an empty program linked with and without -lxml2), more than
 * finding the quotes of a whole news article.  A text article needs none of
 * it, so the program is not linked with libxml2: the few functions of it the
 * markup loaders call are defined here, under libxml2's own names and with
 * the prototypes of its headers (which check them), and the first call opens
 * the library and takes the real ones from it.  When it cannot be opened
 * the parsers return no document and the loaders say why (xml_lazy_error()).
 *
 * (A program also linked with libxml2, as the tests are, gets these too;
 * they then find the library already loaded.)
 */
#include <dlfcn.h>
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "xml_lazy.h"

/* The error libxml2's own prototype returns: const since 2.12. */
#if LIBXML_VERSION >= 21200
typedef const xmlError *LastError;
#else
typedef xmlErrorPtr LastError;
#endif

static struct {
	void (*init_parser)(void);
	void (*set_loader)(xmlExternalEntityLoader);
	xmlDocPtr (*read_xml)(const char *, int, const char *, const char *, int);
	htmlDocPtr (*read_html)(const char *, int, const char *, const char *, int);
	void (*reset_error)(void);
	LastError (*last_error)(void);
	xmlNodePtr (*root)(const xmlDoc *);
	unsigned long (*child_count)(xmlNodePtr);
	void (*unlink_node)(xmlNodePtr);
	void (*free_node)(xmlNodePtr);
	void (*free_doc)(xmlDocPtr);
} api;

static pthread_once_t api_once = PTHREAD_ONCE_INIT;
static char open_error[200]; /* why libxml2 is not open; "" when it is */

/* Stores the address of SYM in the function pointer at FP, or NULL.  (ISO C
 * has no conversion from void * to a function pointer; POSIX guarantees
 * this one.) */
static void take(void *lib, void *fp, const char *sym)
{
	void *p = dlsym(lib, sym);
	memcpy(fp, &p, sizeof p);
}

static void open_libxml(void)
{
	/* the soname of the ABI the headers describe (2.14 renumbered it) */
	static const char *const names[] = { "libxml2.so.2", "libxml2.so.16", "libxml2.so" };
	void *lib = NULL;
	for (size_t i = 0; !lib && i < sizeof names / sizeof *names; i++)
		lib = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
	if (!lib) {
		const char *why = dlerror();
		snprintf(open_error, sizeof open_error, "cannot open libxml2: %s",
		         why ? why : "not found");
		return;
	}
	/* every one or none: a library missing one is not used at all */
	take(lib, &api.init_parser, "xmlInitParser");
	take(lib, &api.set_loader, "xmlSetExternalEntityLoader");
	take(lib, &api.read_xml, "xmlReadMemory");
	take(lib, &api.read_html, "htmlReadMemory");
	take(lib, &api.reset_error, "xmlResetLastError");
	take(lib, &api.last_error, "xmlGetLastError");
	take(lib, &api.root, "xmlDocGetRootElement");
	take(lib, &api.child_count, "xmlChildElementCount");
	take(lib, &api.unlink_node, "xmlUnlinkNode");
	take(lib, &api.free_node, "xmlFreeNode");
	take(lib, &api.free_doc, "xmlFreeDoc");
	if (!api.init_parser || !api.set_loader || !api.read_xml || !api.read_html ||
	    !api.reset_error || !api.last_error || !api.root || !api.child_count ||
	    !api.unlink_node || !api.free_node || !api.free_doc) {
		memset(&api, 0, sizeof api);
		snprintf(open_error, sizeof open_error, "libxml2 lacks a function it should have");
	}
}

/* True when libxml2 is open (opening it on the first call). */
static bool ready(void)
{
	pthread_once(&api_once, open_libxml);
	return api.free_doc != NULL;
}

const char *xml_lazy_error(void) { return ready() ? NULL : open_error; }

void xmlInitParser(void)
{
	if (ready())
		api.init_parser();
}

void xmlSetExternalEntityLoader(xmlExternalEntityLoader f)
{
	if (ready())
		api.set_loader(f);
}

xmlDocPtr xmlReadMemory(const char *buffer, int size, const char *url, const char *encoding,
                        int options)
{
	return ready() ? api.read_xml(buffer, size, url, encoding, options) : NULL;
}

htmlDocPtr htmlReadMemory(const char *buffer, int size, const char *url, const char *encoding,
                          int options)
{
	return ready() ? api.read_html(buffer, size, url, encoding, options) : NULL;
}

void xmlResetLastError(void)
{
	if (ready())
		api.reset_error();
}

LastError xmlGetLastError(void) { return ready() ? api.last_error() : NULL; }

/* The tree functions below are only ever given a document the parsers
 * above returned, so libxml2 is open when they are called. */
xmlNodePtr xmlDocGetRootElement(const xmlDoc *doc) { return ready() ? api.root(doc) : NULL; }

unsigned long xmlChildElementCount(xmlNodePtr parent)
{
	return ready() ? api.child_count(parent) : 0;
}

void xmlUnlinkNode(xmlNodePtr cur)
{
	if (ready())
		api.unlink_node(cur);
}

void xmlFreeNode(xmlNodePtr cur)
{
	if (ready())
		api.free_node(cur);
}

void xmlFreeDoc(xmlDocPtr cur)
{
	if (ready())
		api.free_doc(cur);
}
