/* test_ini_load.c - iniparser's error messages stay with the thread that
 * loaded the file (the desk parses sidecars on workers while the reader
 * loads its config). */
#include "tap.h"

#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#include "ini_load.h"

#define LOADS 100

typedef struct {
	char path[64];
	const char *want; /* in the message of every failed load */
	int wrong;        /* loads whose message was not this file's */
} Job;

static void bail(void)
{
	printf("Bail out! cannot write a temp file\n");
	exit(1);
}

static void *loader(void *arg)
{
	Job *j = arg;
	for (int i = 0; i < LOADS; i++) {
		char msg[512];
		dictionary *d = ini_load_capture(j->path, msg, sizeof msg);
		if (d) {
			iniparser_freedict(d);
			j->wrong++;
		} else if (!strstr(msg, j->want)) {
			j->wrong++;
		}
	}
	return NULL;
}

/* The bad line comes first and many good ones follow, so each load spends
 * long between reporting its error and returning: the window in which
 * another thread's load could overwrite or clear a shared message. */
static void write_bad(Job *j, const char *body, const char *want)
{
	snprintf(j->path, sizeof j->path, "/tmp/ini_load_XXXXXX");
	int fd = mkstemp(j->path);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
	if (!f)
		bail();
	fputs(body, f);
	for (int i = 0; i < 1000; i++)
		fprintf(f, "key%d = value %d\n", i, i);
	if (fclose(f) != 0)
		bail();
	j->want = want;
	j->wrong = 0;
}

int main(void)
{
	Job a, b;
	write_bad(&a, "[s]\nthis line is not ini\n", "this line is not ini");
	write_bad(&b, "[t]\nno equals sign on line two\n", "no equals sign on line two");

	char msg[512];
	dictionary *d = ini_load_capture(a.path, msg, sizeof msg);
	ok(d == NULL, "a file with a bad line does not load");
	ok(strstr(msg, "this line is not ini") != NULL, "the message quotes the bad line");

	pthread_t ta, tb;
	pthread_create(&ta, NULL, loader, &a);
	pthread_create(&tb, NULL, loader, &b);
	pthread_join(ta, NULL);
	pthread_join(tb, NULL);
	is_int(a.wrong, 0, "%d loads on one thread each get their own file's message", LOADS);
	is_int(b.wrong, 0, "and so do %d concurrent loads of another file", LOADS);

	char good[] = "/tmp/ini_load_XXXXXX";
	int fd = mkstemp(good);
	if (fd < 0 || write(fd, "[s]\nk = v\n", 10) != 10)
		bail();
	close(fd);
	d = ini_load_capture(good, msg, sizeof msg);
	ok(d != NULL && msg[0] == 0, "a good file loads with no message");
	is_str(d ? iniparser_getstring(d, "s:k", "") : "", "v", "and its values read back");
	iniparser_freedict(d);
	unlink(a.path);
	unlink(b.path);
	unlink(good);
	return done_testing();
}
