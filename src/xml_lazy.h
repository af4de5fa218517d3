/* xml_lazy.h - libxml2, opened the first time markup is read (see xml_lazy.c).
 *
 * The program is not linked with libxml2; xml_lazy.c defines the libxml2
 * functions the markup loaders call, and the first call opens the library.
 */
#ifndef NEWSROOM_XML_LAZY_H
#define NEWSROOM_XML_LAZY_H

/* NULL when libxml2 is open (opening it if need be); else why it could not
 * be, for a loader's message in place of "not an HTML document".  The
 * string is static. */
const char *xml_lazy_error(void);

#endif
