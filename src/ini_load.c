/* ini_load.c - iniparser_load with its error message kept per thread. */
#include "ini_load.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>

static _Thread_local char first_msg[512];
static pthread_once_t installed = PTHREAD_ONCE_INIT;

/* iniparser reports one message per bad line; the first says most. */
__attribute__((format(printf, 1, 2))) static int record(const char *fmt, ...)
{
	if (!first_msg[0]) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(first_msg, sizeof first_msg, fmt, ap);
		va_end(ap);
	}
	return 0;
}

static void install(void)
{
	iniparser_set_error_callback(record);
}

dictionary *ini_load_capture(const char *path, char *first, size_t firstsz)
{
	pthread_once(&installed, install);
	first_msg[0] = 0;
	dictionary *d = iniparser_load(path);
	if (firstsz)
		snprintf(first, firstsz, "%s", d ? "" : first_msg);
	return d;
}
