/* test_desk_model.c - the desk's model: entries filled in by the analysis
 * threads, feeds expanded, dates made sortable, speakers merged across
 * articles (same name; a surname with a unique full name), statements in
 * date order. */
#include "tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "desk_model.h"

static char dir[256];

static void put(const char *name, const char *text)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	if (f) {
		fputs(text, f);
		fclose(f);
	}
}

static const DeskEntry *find(const Desk *d, const char *suffix)
{
	for (size_t i = 0; i < desk_count(d); i++) {
		const char *p = desk_entry(d, i)->path;
		if (strlen(p) >= strlen(suffix) && !strcmp(p + strlen(p) - strlen(suffix), suffix))
			return desk_entry(d, i);
	}
	return NULL;
}

static size_t person(const Desk *d, const char *name)
{
	for (size_t i = 0; desk_person(d, i); i++)
		if (strcmp(desk_person(d, i)->name, name) == 0)
			return i;
	return (size_t)-1;
}

static void dates(void)
{
	char k[20];
	ok(desk_date_key("2017-12-15T10:02:11Z", k) && !strcmp(k, "2017-12-15T10:02:11"), "ISO 8601");
	ok(desk_date_key("Tue, 05 Mar 2024 09:30:00 GMT", k) && !strcmp(k, "2024-03-05T09:30:00"),
	   "RFC 822 (feeds)");
	ok(desk_date_key("April 17, 2015", k) && !strcmp(k, "2015-04-17T00:00:00"), "Month D, YYYY");
	ok(desk_date_key("17 Sept. 2016 8:05", k) && !strcmp(k, "2016-09-17T08:05:00"),
	   "D Mon. YYYY h:mm");
	ok(!desk_date_key("yesterday", k) && !k[0], "no date: no key");
	ok(!desk_date_key("2017-13-45", k), "month 13 is no date");
	ok(!desk_date_key(NULL, k), "NULL is no date");
}

int main(void)
{
	dates();
	snprintf(dir, sizeof dir, "%s/desk-model.XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (!mkdtemp(dir)) {
		ok(false, "a temporary folder");
		return done_testing();
	}
	/* Jane Doe speaks in two articles, once as "Doe" alone; two Smiths keep
	 * "Smith" apart; "SAM LEE" and "Sam Lee" are one person. */
	put("a.txt", "Budget passes\n\nMarch 3, 2021\n\n\"We will pass it,\" said Jane Doe, the mayor. "
	             "\"It is late,\" said Sam Lee.\n");
	put("b.txt", "Budget row\n\nJanuary 5, 2020\n\n\"Not again,\" Doe said on Monday. "
	             "\"No,\" said Ann Smith. \"Yes,\" said Bob Smith.\n");
	put("c.txt", "Undated story\n\n\"Smith is wrong,\" Smith said. \"Fine,\" said SAM LEE.\n");
	put("feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F</title>"
	                "<item><title>One</title><pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate>"
	                "<description>\"First,\" said Jane Doe.</description></item>"
	                "<item><title>Two</title><description>Nothing said.</description></item>"
	                "</channel></rss>");
	put("bad.bin", "\x7f" "ELF\x01\x02\x03\x00\x00\x00binary");
	char *paths[] = { dir };
	Error err;
	Desk *d = desk_new(paths, 1, NULL, 2, &err);
	if (!ok(d != NULL, "a desk on the folder")) {
		printf("# %s\n", err.msg);
		return done_testing();
	}
	is_int(desk_files(d), 5, "five files");
	desk_wait(d);
	is_int(desk_analysed(d), 5, "all analysed after desk_wait()");
	is_int(desk_count(d), 6, "six entries: the feed's two items apart");
	const DeskEntry *a = find(d, "/a.txt"), *bad = find(d, "/bad.bin");
	ok(a && a->ready && !a->error, "a.txt analysed");
	/* The text loader takes a short unpunctuated first line for site chrome. */
	ok(a && !strncmp(a->title, "\"We will pass it,\"", 18),
	   "no headline found: the first paragraph stands in for it");
	is_str(a ? a->datekey : NULL, "2021-03-03T00:00:00", "its date, sortable");
	is_int(a ? a->nquotes : 0, 2, "its two quotations");
	ok(bad && bad->error && strstr(bad->error, "bad.bin"), "the binary file failed, named");
	size_t items = 0;
	for (size_t i = 0; i < desk_count(d); i++)
		items += desk_entry(d, i)->item > 0;
	is_int(items, 2, "the feed gave two item entries");

	size_t n = desk_index(d);
	ok(n > 0, "a speakers index");
	size_t jane = person(d, "Jane Doe"), lee = person(d, "Sam Lee");
	ok(jane != (size_t)-1, "Jane Doe is a row");
	ok(person(d, "Doe") == (size_t)-1, "\"Doe\" alone merged into Jane Doe");
	ok(person(d, "Smith") != (size_t)-1, "\"Smith\" stays apart: two full names end in Smith");
	ok(lee != (size_t)-1 && person(d, "SAM LEE") == (size_t)-1, "SAM LEE and Sam Lee are one row");
	const DeskPerson *p = jane != (size_t)-1 ? desk_person(d, jane) : NULL;
	is_int(p ? p->narticles : 0, 3, "Jane Doe in three articles (two files and a feed item)");
	is_int(p ? p->nquotes : 0, 3, "with three statements");
	is_int(desk_person(d, 0)->nquotes >= desk_person(d, n - 1)->nquotes, 1,
	       "rows by statements, most first");
	size_t nq = 0;
	DeskQuote *q = jane != (size_t)-1 ? desk_person_statements(d, jane, &nq) : NULL;
	is_int(nq, 3, "three statements listed");
	if (q && nq == 3) {
		is_str(q[0].st->text, "Not again,", "oldest first: 2020");
		is_str(q[1].st->text, "We will pass it,", "then 2021");
		is_str(q[2].st->text, "First,", "then the 2024 feed item");
	}
	free(q);
	desk_free(d);

	/* Several files named one by one, and a folder that is not there. */
	char fa[512], fb[512];
	snprintf(fa, sizeof fa, "%s/a.txt", dir);
	snprintf(fb, sizeof fb, "%s/missing", dir);
	char *two[] = { fa, fb };
	d = desk_new(two, 2, NULL, 1, &err);
	ok(d != NULL, "a desk on a file and a missing path");
	if (d) {
		desk_wait(d);
		is_int(desk_count(d), 2, "two entries");
		ok(desk_entry(d, 1)->error != NULL, "the missing one failed");
		desk_free(d);
	}
	char *none[] = { fb };
	snprintf(fb, sizeof fb, "%s/empty", dir);
	mkdir(fb, 0700);
	d = desk_new(none, 1, NULL, 1, &err);
	ok(d == NULL && strstr(err.msg, "no article"), "an empty folder: no desk, a reason");

	const char *names[] = { "a.txt", "b.txt", "c.txt", "feed.xml", "bad.bin" };
	char path[512];
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		unlink(path);
	}
	rmdir(fb);
	rmdir(dir);
	return done_testing();
}
