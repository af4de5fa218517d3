/* error.h - errors carried back to the caller as a message a user can read.
 *
 * Deep code never prints: it fills an Error and returns failure; the CLI or
 * the UI decides how to show it.
 */
#ifndef NEWSROOM_ERROR_H
#define NEWSROOM_ERROR_H

typedef struct {
	char msg[768];
} Error;

void error_set(Error *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
