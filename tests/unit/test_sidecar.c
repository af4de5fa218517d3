/* test_sidecar.c - the sidecar file: round trips, iniparser, failures, merges,
 * crash safety.
 *
 * The property test writes NEWSROOM_PROPERTY_NOTES random notes (default
 * 10000) with seed NEWSROOM_PROPERTY_SEED (default fixed) and checks each
 * survives save -> load byte for byte; every file is also loaded by iniparser
 * directly.  NEWSROOM_CRASH_ROUNDS sets the kill -9 rounds (default 40).
 */
#include "tap.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifdef HAVE_INIPARSER_INIPARSER_H
#include <iniparser/iniparser.h>
#else
#include <iniparser.h>
#endif

#include "buf.h"
#include "sanitize.h"
#include "sidecar.h"

static char tmpdir[256];

static const char article[] =
	"Title of the piece\n\nThe minister said \"prices will fall by half next year\" at the "
	"summit.\n\nCritics said the claim was 'wildly optimistic' and that prices rose 4% last "
	"year.\n\nA third paragraph; with # signs = and [brackets] too.";

static uint64_t rng_state;
static uint32_t rnd(void)
{
	/* xorshift64*: reproducible from the seed on every platform. */
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return (uint32_t)((rng_state * 0x2545F4914F6CDD1DULL) >> 32);
}
static uint32_t below(uint32_t n) { return n ? rnd() % n : 0; }

/* A random note: the characters INI files choke on, any UTF-8, stray bytes. */
static void random_note(Buf *b, size_t want)
{
	static const char *const bits[] = {
		"\"", "'", ";", "#", "=", "[", "]", "\\", "\r", "\n", "\r\n", "\t", " ", "  ",
		"\\n", "\\x22", "\\\\", "key = \"v\"", "[section]", "; comment", "# hash",
		"é", "ü", "€", "中文", "😀", "\xc2\x85", "\xe2\x80\xae", "\xef\xbb\xbf",
		"\xe2\x80\xa8", "\xc2\xa0", "\x7f", "\x01", "\x1b[31m", "\xff", "\xc3", "\x80",
	};
	size_t nb = sizeof bits / sizeof bits[0];
	b->len = 0;
	while (b->len < want) {
		uint32_t k = below(10);
		if (k < 5) { /* a run of plain text */
			size_t l = 1 + below(40);
			for (size_t i = 0; i < l; i++)
				buf_putc(b, (char)(' ' + below(95)));
		} else if (k < 9) {
			buf_puts(b, bits[below((uint32_t)nb)]);
		} else { /* any code point */
			uint32_t cp = below(4) ? 0x80 + below(0x800) : 0x800 + below(0x10F800);
			if (cp >= 0xD800 && cp <= 0xDFFF)
				cp = 0xFFFD;
			buf_put_utf8(b, cp);
		}
	}
	/* Cut back to the wanted size, even mid-character: any bytes must do. */
	if (b->len > want)
		b->len = want;
	/* Never a NUL (C strings). */
	for (size_t i = 0; i < b->len; i++)
		if (!b->data[i])
			b->data[i] = 'N';
	buf_terminate(b);
}

static size_t random_size(void)
{
	uint32_t k = below(100);
	if (k < 60)
		return below(200);
	if (k < 95)
		return 200 + below(1800);
	if (k < 99)
		return 2000 + below(18000);
	return 20480 - below(512); /* always some near the 20 KB limit */
}

static char *path_in(const char *name)
{
	static char p[16][512]; /* a few live at once */
	static int i;
	i = (i + 1) % 16;
	snprintf(p[i], sizeof p[i], "%s/%s", tmpdir, name);
	return p[i];
}

static bool file_bytes(const char *path, Buf *out)
{
	out->len = 0;
	FILE *f = fopen(path, "rb");
	if (!f)
		return false;
	char tmp[65536];
	size_t n;
	while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
		buf_append(out, tmp, n);
	fclose(f);
	buf_terminate(out);
	return true;
}

static bool write_file(const char *path, const char *data)
{
	FILE *f = fopen(path, "wb");
	if (!f)
		return false;
	fputs(data, f);
	return fclose(f) == 0;
}

/* Removes the temporary files a killed save left (names containing PART);
 * returns how many there were. */
static unsigned long remove_temps(const char *part)
{
	unsigned long n = 0;
	DIR *d = opendir(tmpdir);
	struct dirent *de;
	while (d && (de = readdir(d)))
		if (strstr(de->d_name, part)) {
			char p[600];
			snprintf(p, sizeof p, "%s/%s", tmpdir, de->d_name);
			unlink(p);
			n++;
		}
	if (d)
		closedir(d);
	return n;
}

static size_t max_line(const char *d, size_t n)
{
	size_t best = 0, cur = 0;
	for (size_t i = 0; i < n; i++) {
		if (d[i] == '\n') {
			best = cur > best ? cur : best;
			cur = 0;
		} else {
			cur++;
		}
	}
	return cur > best ? cur : best;
}

static unsigned long env_num(const char *name, unsigned long def)
{
	const char *v = getenv(name);
	return v && *v ? strtoul(v, NULL, 10) : def;
}

static void test_escape(void)
{
	Buf e, d;
	buf_init(&e);
	buf_init(&d);
	const char *in = "a\"b'c;d#e\\f\ng\rh\ti\x01j\xffk\xe2\x80\xael";
	sidecar_escape(&e, in, strlen(in));
	buf_terminate(&e);
	is_str(e.data, "a\\x22b\\x27c\\x3bd\\x23e\\\\f\\ng\\rh\\ti\\x01j\\xffk\\xe2\\x80\\xael",
	       "escaping: the documented forms");
	sidecar_unescape(&d, e.data);
	is_str(d.data, in, "unescape inverts it");
	d.len = 0;
	sidecar_unescape(&d, "back\\slash \\q \\x4 \\x41 \\x00 end\\");
	is_str(d.data, "back\\slash \\q \\x4 A \\x00 end\\", "unknown escapes stay literal");
	buf_free(&e);
	buf_free(&d);
}

/* The property test: random notes survive save -> load byte for byte. */
static void test_property(void)
{
	unsigned long total = env_num("NEWSROOM_PROPERTY_NOTES", 10000);
	rng_state = env_num("NEWSROOM_PROPERTY_SEED", 20261127) | 1;
	const size_t per_file = 50;
	size_t len = strlen(article);
	Buf note, verdict, bytes;
	buf_init(&note);
	buf_init(&verdict);
	buf_init(&bytes);
	unsigned long done = 0, failed = 0, ini_failed = 0, long_lines = 0, files = 0;
	size_t biggest = 0, total_bytes = 0, biggest_file = 0;
	clock_t t0 = clock();
	char first_fail[256] = "";
	while (done < total) {
		char *path = path_in("prop.notes.ini");
		unlink(path);
		Error err;
		Sidecar *sc = sidecar_open(path, article, len, &err);
		AnnSet *s = sidecar_annotations(sc);
		size_t n = total - done < per_file ? total - done : per_file;
		char **want = calloc(n, sizeof *want), **wantv = calloc(n, sizeof *wantv);
		char (*ids)[ANN_ID_MAX + 1] = calloc(n, sizeof *ids);
		for (size_t i = 0; i < n; i++) {
			random_note(&note, random_size());
			random_note(&verdict, below(80));
			size_t st = below((uint32_t)len - 1);
			Span sp = { st, st + 1 + below((uint32_t)(len - st - 1) + 1) };
			if (sp.end > len)
				sp.end = len;
			const char *id = annset_add(s, sp,
			                            &(AnnFields){ .note = note.data,
			                                          .verdict = verdict.data,
			                                          .speaker = verdict.data },
			                            &err);
			want[i] = strdup(note.data);
			wantv[i] = strdup(verdict.data);
			snprintf(ids[i], sizeof ids[i], "%s", id ? id : "");
			biggest = note.len > biggest ? note.len : biggest;
			total_bytes += note.len;
		}
		if (!sidecar_save(sc, &err) && !*first_fail)
			snprintf(first_fail, sizeof first_fail, "save: %.200s", err.msg);
		sidecar_free(sc);
		files++;
		file_bytes(path, &bytes);
		biggest_file = bytes.len > biggest_file ? bytes.len : biggest_file;
		if (max_line(bytes.data, bytes.len) > 1000)
			long_lines++;
		/* iniparser itself, directly. */
		dictionary *d = iniparser_load(path);
		if (!d)
			ini_failed++;
		sc = sidecar_open(path, article, len, &err);
		s = sidecar_annotations(sc);
		if (sidecar_readonly(sc) && !*first_fail)
			snprintf(first_fail, sizeof first_fail, "%.200s", sidecar_readonly(sc));
		for (size_t i = 0; i < n; i++) {
			const Annotation *a = annset_find(s, ids[i]);
			bool same = a && !strcmp(a->note, want[i]) && !strcmp(a->verdict, wantv[i]) &&
			            !strcmp(a->speaker, wantv[i]);
			if (d) {
				char key[128];
				snprintf(key, sizeof key, "annotation.%s:tag", ids[i]);
				const char *tag = iniparser_getstring(d, key, NULL);
				same = same && tag && !strcmp(tag, "claim");
			}
			if (!same) {
				failed++;
				if (!*first_fail)
					snprintf(first_fail, sizeof first_fail, "note %lu differs",
					         done + i);
			}
			free(want[i]);
			free(wantv[i]);
		}
		iniparser_freedict(d);
		sidecar_free(sc);
		free(want);
		free(wantv);
		free(ids);
		done += n;
	}
	double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	ok(failed == 0, "property: %lu random notes (%zu bytes, biggest %zu) survive save->load "
	                "byte for byte%s%s",
	   done, total_bytes, biggest, *first_fail ? ": " : "", first_fail);
	ok(ini_failed == 0, "property: iniparser loads all %lu files directly", files);
	ok(long_lines == 0, "property: no line over 1000 bytes (biggest file %zu bytes)",
	   biggest_file);
	printf("# property: %lu notes in %lu files, %zu bytes of notes, biggest note %zu, "
	       "%.2f s CPU\n",
	       done, files, total_bytes, biggest, secs);
	buf_free(&note);
	buf_free(&verdict);
	buf_free(&bytes);
}

static Sidecar *open_at(const char *path)
{
	Error err;
	return sidecar_open(path, article, strlen(article), &err);
}

static const char *add_on(Sidecar *sc, const char *what, const char *note)
{
	const char *p = strstr(article, what);
	size_t s = (size_t)(p - article);
	Error err;
	return annset_add(sidecar_annotations(sc), (Span){ s, s + strlen(what) },
	                  &(AnnFields){ .note = note, .tag = "false" }, &err);
}

static void test_basics(void)
{
	char *path = path_in("basic.notes.ini");
	Sidecar *sc = open_at(path);
	ok(sc && !sidecar_existed(sc) && !sidecar_readonly(sc), "missing sidecar: empty, writable");
	size_t pos = 0;
	ok(!sidecar_get_position(sc, &pos), "no position yet");
	add_on(sc, "prices will fall by half next year", "\"quotes\"; # and ;");
	sidecar_set_position(sc, 5);
	ok(sidecar_dirty(sc), "dirty after add");
	Error err;
	ok(sidecar_save(sc, &err), "save: %s", err.msg);
	ok(!sidecar_dirty(sc), "clean after save");
	sidecar_free(sc);
	Buf b;
	buf_init(&b);
	file_bytes(path, &b);
	ok(strstr(b.data, "note = \"\\x22quotes\\x22\\x3b \\x23 and \\x3b\"") != NULL,
	   "the note is escaped as documented");
	ok(strncmp(b.data, "\xEF\xBB\xBF", 3) != 0, "no byte-order mark");
	sc = open_at(path);
	const Annotation *a = annset_get(sidecar_annotations(sc), 0);
	ok(a && !strcmp(a->note, "\"quotes\"; # and ;") && a->state == ANCHOR_EXACT,
	   "read back, placed exactly");
	ok(sidecar_get_position(sc, &pos) && pos == 5, "reading position kept");
	sidecar_free(sc);
	/* The article gains a paragraph before the position: it follows its words. */
	const char *at = strstr(article, "Critics said");
	Buf edited;
	buf_init(&edited);
	buf_append(&edited, article, (size_t)(at - article));
	buf_puts(&edited, "A new paragraph.\n\n");
	buf_puts(&edited, at);
	sc = sidecar_open(path, edited.data, edited.len, &err);
	sidecar_set_position(sc, (size_t)(at - article) + 18);
	ok(sidecar_save(sc, &err), "save a position");
	sidecar_free(sc);
	sc = open_at(path);
	pos = 0;
	bool got = sidecar_get_position(sc, &pos);
	ok(got && pos == (size_t)(at - article),
	   "the position follows its words when the article changes (%zu)", pos);
	buf_free(&edited);
	sidecar_free(sc);
	file_bytes(path, &b);
	sc = open_at(path);
	/* Another save: the previous version becomes .bak. */
	add_on(sc, "wildly optimistic", "second");
	ok(sidecar_save(sc, &err), "second save");
	Buf bak;
	buf_init(&bak);
	ok(file_bytes(path_in("basic.notes.ini.bak"), &bak) && !strcmp(bak.data, b.data),
	   ".bak holds the previous version");
	sidecar_free(sc);
	buf_free(&bak);
	buf_free(&b);
}

static void test_unknown_kept(void)
{
	char *path = path_in("future.notes.ini");
	write_file(path, "; written by a newer newsroom\n"
	                 "toplevel = \"before any section\"\n"
	                 "[newsroom]\nformat = \"1\"\ncolour = \"blue\"\n"
	                 "[annotation.abc123]\ntag = \"claim\"\nstatus = \"open\"\n"
	                 "exact = \"prices rose 4%\"\nstart = \"5\"\nend = \"19\"\n"
	                 "shade = \"green\\x3b dark\"\npriority = 'high'\n"
	                 "[annotation.feed42]\ntag = \"check\"\nexact = \"text that is gone\"\n"
	                 "start = \"nonsense\"\nend = \"9\"\nnote = \"kept as it was\"\n"
	                 "[workflow]\nassigned = \"desk 3\"\nlong.n = \"2\"\nlong.1 = \"ab\"\n"
	                 "long.2 = \"cd\"\n");
	Sidecar *sc = open_at(path);
	ok(sc && !sidecar_readonly(sc), "a file with unknown keys opens writable");
	AnnSet *s = sidecar_annotations(sc);
	const Annotation *a = annset_find(s, "abc123");
	ok(a && a->state == ANCHOR_MOVED, "a stale offset is re-anchored by its text (moved)");
	const Annotation *g = annset_find(s, "feed42");
	ok(g && g->state == ANCHOR_UNPLACED, "text that is gone: unplaced");
	is_int(annset_unplaced_count(s), 1, "one unplaced");
	Error err;
	add_on(sc, "wildly optimistic", "new");
	ok(sidecar_save(sc, &err), "save with unknown keys: %s", err.msg);
	sidecar_free(sc);
	Buf b;
	buf_init(&b);
	file_bytes(path, &b);
	ok(strstr(b.data, "colour = \"blue\"") && strstr(b.data, "shade = \"green\\x3b dark\"") &&
	   strstr(b.data, "priority = \"high\"") && strstr(b.data, "[workflow]") &&
	   strstr(b.data, "assigned = \"desk 3\"") && strstr(b.data, "long = \"abcd\"") &&
	   strstr(b.data, "toplevel = \"before any section\""),
	   "unknown keys and sections written back");
	ok(strstr(b.data, "[annotation.feed42]\ntag = \"check\"\nstatus = \"open\"\n"
	                  "end = \"9\"\nexact = \"text that is gone\"\n"
	                  "note = \"kept as it was\"\nstart = \"nonsense\"\n") != NULL,
	   "the unplaced annotation is written back with its values as they were");
	sc = open_at(path);
	ok(sc && !sidecar_readonly(sc) && annset_count(sidecar_annotations(sc)) == 3,
	   "and reads again");
	sidecar_free(sc);
	buf_free(&b);
}

/* A value that did not parse gives way once the anchor is placed: a key is
 * never written twice (found by fuzz/fuzz_sidecar). */
static void test_shadowed_key(void)
{
	char *path = path_in("shadow.notes.ini");
	write_file(path, "[annotation.a1]\ntag = \"claim\"\nexact = \"wildly optimistic\"\n"
	                 "end = \"not a number\"\n");
	Sidecar *sc = open_at(path);
	Buf b;
	buf_init(&b);
	sidecar_serialize(sc, &b);
	buf_terminate(&b);
	const char *first = strstr(b.data, "\nend = ");
	ok(first && !strstr(first + 1, "\nend = ") && !strstr(b.data, "not a number"),
	   "a placed anchor's end replaces the unparsable one, written once");
	sidecar_free(sc);
	buf_free(&b);
}

static void check_corrupt(const char *name, const char *content, const char *why_has)
{
	char *path = path_in(name);
	write_file(path, content);
	Sidecar *sc = open_at(path);
	const char *ro = sc ? sidecar_readonly(sc) : NULL;
	ok(ro && strstr(ro, why_has), "%s: read-only, says why (%s)", name, ro ? ro : "-");
	ok(ro && !strstr(ro, "/proc/"), "%s: the message names the file, not a /proc path", name);
	add_on(sc, "wildly optimistic", "x");
	Error err = { "" };
	ok(!sidecar_save(sc, &err) && strstr(err.msg, "not saving"), "%s: save refused", name);
	Buf b;
	buf_init(&b);
	file_bytes(path, &b);
	ok(!strcmp(b.data, content), "%s: file untouched", name);
	buf_free(&b);
	sidecar_free(sc);
}

static void test_corrupt(void)
{
	check_corrupt("garbage.notes.ini", "[annotation.a1]\ntag = \"x\"\nthis is not ini\n",
	              "line 3: this is not ini");
	check_corrupt("bom.notes.ini", "\xEF\xBB\xBF[newsroom]\nformat = \"1\"\n", "byte-order");
	check_corrupt("comment.notes.ini", "[newsroom] ; a comment\nformat = \"1\"\n",
	              "iniparser");
	/* Cut short mid-value (no closing quote): read-only, so the next save
	 * cannot replace what the cut hid; cut after "format =": not "newer". */
	check_corrupt("cut.notes.ini",
	              "[newsroom]\nformat = \"1\"\n\n[annotation.a1]\ntag = \"claim\"\nnote = \"a lo",
	              "line 6: a value without its closing quote");
	check_corrupt("cutformat.notes.ini", "[newsroom]\nformat = ", "format '' is not one");
	/* A section named with a colon reaches the reader as keys with spaces,
	 * which a save would change (found by fuzz_sidecar). */
	check_corrupt("colon.notes.ini", "[newsroom]\nformat = \"1\"\n\n[ : notes]\nkept = \"1t\"\n",
	              "cannot write back");
	Buf big;
	buf_init(&big);
	buf_puts(&big, "[newsroom]\nnote = \"");
	for (int i = 0; i < 1100; i++)
		buf_putc(&big, 'x');
	buf_puts(&big, "\"\n");
	buf_terminate(&big);
	check_corrupt("long.notes.ini", big.data, "longer than 1022");
	buf_free(&big);
	buf_init(&big);
	for (int i = 0; i < 50001; i++)
		buf_puts(&big, "; x\n");
	buf_terminate(&big);
	check_corrupt("huge.notes.ini", big.data, "more than 50000 lines");
	buf_free(&big);
	buf_init(&big);
	buf_puts(&big, "[workflow]\n");
	for (int i = 0; i < 950; i++)
		buf_putc(&big, 'k');
	buf_puts(&big, " = \"v\"\n");
	buf_terminate(&big);
	check_corrupt("longkey.notes.ini", big.data, "a key longer than 900 bytes");
	buf_free(&big);
	/* A long key that fits keeps its value whole, on lines iniparser reads. */
	buf_init(&big);
	buf_puts(&big, "[workflow]\n");
	for (int i = 0; i < 850; i++)
		buf_putc(&big, 'k');
	buf_puts(&big, " = \"");
	for (int i = 0; i < 40; i++)
		buf_puts(&big, "\\x22");
	buf_puts(&big, "\"\n");
	buf_terminate(&big);
	char *lk = path_in("longkey-ok.notes.ini");
	write_file(lk, big.data);
	Sidecar *sc = open_at(lk);
	Error err;
	add_on(sc, "wildly optimistic", "x");
	ok(sc && !sidecar_readonly(sc) && sidecar_save(sc, &err), "an 850-byte key: saved");
	sidecar_free(sc);
	Buf back;
	buf_init(&back);
	file_bytes(lk, &back);
	sc = open_at(lk);
	ok(sc && !sidecar_readonly(sc) && max_line(back.data, back.len) <= 1000,
	   "an 850-byte key: split over lines that read back");
	sidecar_free(sc);
	buf_free(&back);
	buf_free(&big);
	check_corrupt("newer.notes.ini", "[newsroom]\nformat = \"2\"\n", "format 2");
	check_corrupt("parts.notes.ini", "[annotation.a1]\nnote.n = \"3\"\nnote.1 = \"a\"\n",
	              "part 2 of 3");
}

/* Another process (here: another Sidecar) saves meanwhile: merged, not lost. */
static void test_concurrent(void)
{
	char *path = path_in("shared.notes.ini");
	Sidecar *a = open_at(path), *b = open_at(path);
	Error err;
	add_on(a, "prices will fall by half next year", "from A");
	ok(sidecar_save(a, &err), "A saves");
	const char *idb = add_on(b, "wildly optimistic", "from B");
	char id[ANN_ID_MAX + 1];
	snprintf(id, sizeof id, "%s", idb);
	ok(sidecar_save(b, &err), "B saves after A: %s", err.msg);
	ok(strstr(sidecar_notice(b), "merged") != NULL, "B says it merged: %s", sidecar_notice(b));
	is_int(annset_count(sidecar_annotations(b)), 2, "B now holds both");
	/* A edits B's annotation it has never seen: it first merges it in. */
	ok(annset_edit(sidecar_annotations(b), id, &(AnnFields){ .status = "done" }, &err),
	   "B edits");
	ok(sidecar_save(b, &err), "B saves again");
	ok(sidecar_save(a, &err), "A saves again (nothing of its own changed)");
	sidecar_free(a);
	sidecar_free(b);
	Sidecar *c = open_at(path);
	AnnSet *s = sidecar_annotations(c);
	int fa = 0, fb = 0;
	for (size_t i = 0; i < annset_count(s); i++) {
		fa += !strcmp(annset_get(s, i)->note, "from A");
		fb += !strcmp(annset_get(s, i)->note, "from B") &&
		      !strcmp(annset_get(s, i)->status, "done");
	}
	ok(fa == 1 && fb == 1 && annset_count(s) == 2, "on disk: both, with B's edit");
	sidecar_free(c);
}

static void test_save_failures(void)
{
	Error err;
	/* A folder that cannot be written (root ignores permissions: use /proc). */
	char *rodir = path_in("ro");
	mkdir(rodir, 0755);
	char ropath[600];
	snprintf(ropath, sizeof ropath, "%s/a.notes.ini", rodir);
	chmod(rodir, 0555);
	int probe = open(path_in("ro/probe"), O_WRONLY | O_CREAT, 0600);
	if (probe >= 0) {
		close(probe);
		unlink(path_in("ro/probe"));
		snprintf(ropath, sizeof ropath, "/proc/self/newsroom-test.notes.ini");
	}
	Sidecar *sc = open_at(ropath);
	add_on(sc, "wildly optimistic", "must not be lost");
	ok(!sidecar_save(sc, &err) && strstr(err.msg, "cannot save") &&
	   strstr(err.msg, "kept in memory"),
	   "read-only folder: a clear message (%s)", err.msg);
	ok(annset_count(sidecar_annotations(sc)) == 1 && sidecar_dirty(sc),
	   "read-only folder: the annotation is still in memory, unsaved");
	char *other = path_in("elsewhere.notes.ini");
	ok(sidecar_save_as(sc, other, &err), "save elsewhere works: %s", err.msg);
	ok(!strcmp(sidecar_path(sc), other) && !sidecar_dirty(sc), "and it is the path now");
	sidecar_free(sc);
	chmod(rodir, 0755);

	/* Disk full: a file size limit makes the write fail like ENOSPC would. */
	char *path = path_in("full.notes.ini");
	sc = open_at(path);
	add_on(sc, "wildly optimistic", "small");
	ok(sidecar_save(sc, &err), "save before the disk fills");
	Buf before;
	buf_init(&before);
	file_bytes(path, &before);
	Buf big;
	buf_init(&big);
	for (int i = 0; i < 20000; i++)
		buf_puts(&big, "0123456789");
	buf_terminate(&big);
	add_on(sc, "prices will fall", big.data);
	pid_t pid = fork();
	if (pid == 0) {
		signal(SIGXFSZ, SIG_IGN);
		struct rlimit rl = { 4096, 4096 };
		setrlimit(RLIMIT_FSIZE, &rl);
		Error e2;
		bool saved = sidecar_save(sc, &e2);
		bool kept = annset_count(sidecar_annotations(sc)) == 2 && sidecar_dirty(sc);
		/* valgrind checks leaks at the child's exit too: whatever the
		 * compiler no longer holds a pointer to would count as lost. */
		sidecar_free(sc);
		buf_free(&before);
		buf_free(&big);
		_exit(!saved && strstr(e2.msg, "File too large") && kept ? 0 : 1);
	}
	int st = 0;
	waitpid(pid, &st, 0);
	ok(WIFEXITED(st) && WEXITSTATUS(st) == 0, "disk full: save fails, memory kept (status %d)", st);
	Buf after;
	buf_init(&after);
	file_bytes(path, &after);
	ok(!strcmp(before.data, after.data), "disk full: the old file untouched");
	is_int(remove_temps(".full.notes.ini.tmp"), 0, "disk full: no temporary file left");
	sidecar_free(sc);
	buf_free(&before);
	buf_free(&after);
	buf_free(&big);
}

/* Writes version K of every note (the pattern consistent() checks), saves. */
static void write_version(Sidecar *sc, unsigned k, Buf *note)
{
	AnnSet *s = sidecar_annotations(sc);
	for (size_t i = 0; i < annset_count(s); i++) {
		note->len = 0;
		buf_printf(note, "version %u of %zu:", k, i);
		for (int j = 0; j < 300; j++)
			buf_printf(note, " \"%u\";#%zu", k, i);
		buf_terminate(note);
		Error err;
		char id[ANN_ID_MAX + 1];
		snprintf(id, sizeof id, "%s", annset_get(s, i)->id);
		annset_edit(s, id, &(AnnFields){ .note = note->data }, &err);
	}
	Error err;
	sidecar_save(sc, &err);
}

/* Saves in a loop writing version K everywhere, until killed. */
static void crash_child(const char *path, int ready)
{
	Sidecar *sc = open_at(path);
	AnnSet *s = sidecar_annotations(sc);
	if (write(ready, "r", 1) != 1)
		_exit(1);
	Buf note;
	buf_init(&note);
	unsigned k0 = 0;
	if (annset_count(s))
		sscanf(annset_get(s, 0)->note, "version %u", &k0);
	for (unsigned k = k0 + 1;; k++)
		write_version(sc, k, &note);
}

/* True when every note is the same version of the pattern. */
static bool consistent(Sidecar *sc, unsigned *version)
{
	AnnSet *s = sidecar_annotations(sc);
	unsigned v0 = 0;
	for (size_t i = 0; i < annset_count(s); i++) {
		const char *n = annset_get(s, i)->note;
		unsigned v;
		size_t idx;
		if (sscanf(n, "version %u of %zu:", &v, &idx) != 2)
			return false;
		if (i == 0)
			v0 = v;
		if (v != v0)
			return false;
		if (v == 0 && !strcmp(n, "version 0 of 0:"))
			continue; /* the first version, before any save of the child */
		char want[64];
		snprintf(want, sizeof want, " \"%u\";#%zu", v, idx);
		const char *p = strchr(n, ':') + 1;
		for (int j = 0; j < 300; j++, p += strlen(want))
			if (strncmp(p, want, strlen(want)))
				return false;
		if (*p)
			return false;
	}
	*version = v0;
	return true;
}

static void test_crash(void)
{
	/* Under valgrind (tests/vg) everything is some 50 times slower: fewer
	 * rounds, the same properties. */
	bool vg = getenv("NEWSROOM_VALGRIND") != NULL;
	unsigned long rounds = env_num("NEWSROOM_CRASH_ROUNDS", vg ? 12 : 40);
	char path[600];
	snprintf(path, sizeof path, "%s", path_in("crash.notes.ini"));
	Sidecar *sc = open_at(path);
	for (int i = 0; i < 20; i++)
		add_on(sc, i % 2 ? "wildly optimistic" : "prices will fall by half", "version 0 of 0:");
	Error err;
	sidecar_save(sc, &err);
	sidecar_free(sc);
	/* Kill within about six rounds of the child's loop (version 1 written
	 * here, timed: sanitizer builds and valgrind are slower, and under
	 * valgrind the notes cost more than the save itself). */
	struct timespec t0, t1;
	Buf note;
	buf_init(&note);
	sc = open_at(path);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	write_version(sc, 1, &note);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	sidecar_free(sc);
	buf_free(&note);
	long save_ns = (t1.tv_sec - t0.tv_sec) * 1000000000L + (t1.tv_nsec - t0.tv_nsec);
	if (save_ns < 100000)
		save_ns = 100000;
	unsigned long bad = 0, progressed = 0, mid_write = 0;
	unsigned last = 1; /* the version written above */
	rng_state = 42;
	for (unsigned long r = 0; r < rounds; r++) {
		int ready[2];
		if (pipe(ready) != 0)
			break;
		pid_t pid = fork();
		if (pid == 0) {
			close(ready[0]);
			crash_child(path, ready[1]);
			_exit(0);
		}
		close(ready[1]);
		char c;
		if (read(ready[0], &c, 1) != 1) /* the child has opened the sidecar */
			printf("# round %lu: child not ready\n", r);
		close(ready[0]);
		long ns = (long)((uint64_t)rnd() * (uint64_t)(6 * save_ns) >> 32);
		struct timespec ts = { ns / 1000000000L, ns % 1000000000L };
		nanosleep(&ts, NULL);
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
		mid_write += access(path_in(".crash.notes.ini.tmp"), F_OK) == 0;
		sc = open_at(path);
		unsigned v = 0;
		if (!sc || sidecar_readonly(sc) || annset_count(sidecar_annotations(sc)) != 20 ||
		    !consistent(sc, &v)) {
			bad++;
			printf("# round %lu: %zu annotations, %s\n", r,
			       sc ? annset_count(sidecar_annotations(sc)) : 0,
			       sc && sidecar_readonly(sc) ? sidecar_readonly(sc) : "inconsistent");
		}
		progressed += v > last;
		last = v;
		sidecar_free(sc);
	}
	ok(bad == 0, "kill -9 during saves, %lu rounds: the sidecar is always a whole version "
	             "that loads",
	   rounds);
	ok(progressed > 0, "and saves went through between kills (%lu of %lu rounds advanced, "
	                   "kills within %ld us)",
	   progressed, rounds, 6 * save_ns / 1000);
	printf("# %lu of %lu kills hit a save while its temporary file was open\n", mid_write,
	       rounds);
	sc = open_at(path);
	ok(sidecar_save(sc, &err) && access(path_in(".crash.notes.ini.tmp"), F_OK) != 0,
	   "the next save replaces a killed save's temporary file");
	sidecar_free(sc);
	Sidecar *bk = open_at(path_in("crash.notes.ini.bak"));
	unsigned v;
	ok(bk && !sidecar_readonly(bk) && consistent(bk, &v), "the .bak is a whole version too");
	sidecar_free(bk);
}

/* Serialized annotations and kept sections of SC, without "saved" lines. */
static void canonical(Sidecar *sc, Buf *out)
{
	out->len = 0;
	sidecar_serialize(sc, out);
	buf_terminate(out);
	char *saved;
	while ((saved = strstr(out->data, "\nsaved = \"")) != NULL) {
		char *eol = strchr(saved + 1, '\n');
		memmove(saved, eol, strlen(eol) + 1);
	}
	out->len = strlen(out->data);
}

/* Hostile sidecars: random mutations of a rich file never crash the reader,
 * and whatever loads survives load -> write -> load unchanged. */
static void test_mutations(void)
{
	unsigned long rounds = env_num("NEWSROOM_MUTATIONS", 1500);
	static const char *const inserts[] = { "\"", "'", "\\", "\n", "=", "[", "]", ";", "#",
		                               "\xff", "\\x", ".n = \"2\"", "\r", " ", "\t" };
	Buf base, mut, first, second;
	buf_init(&base);
	buf_init(&mut);
	buf_init(&first);
	buf_init(&second);
	/* A rich file: unknown keys and sections, a split note, an unplaced anchor. */
	char *path = path_in("mut-base.notes.ini");
	Sidecar *sc = open_at(path);
	add_on(sc, "prices will fall by half next year", "short");
	Buf big;
	buf_init(&big);
	rng_state = 7;
	random_note(&big, 3000);
	add_on(sc, "wildly optimistic", big.data);
	buf_free(&big);
	sidecar_serialize(sc, &base);
	buf_puts(&base, "[workflow]\nassigned = \"desk 3\"\n[annotation.gone1]\ntag = \"check\"\n"
	                "exact = \"no longer here\"\nstart = \"3\"\nend = \"17\"\nfuture = 'x'\n");
	sidecar_free(sc);
	unsigned long loaded = 0, refused = 0, unstable = 0;
	char *mpath = path_in("mut.notes.ini"), *rpath = path_in("mut-round.notes.ini");
	for (unsigned long r = 0; r < rounds; r++) {
		mut.len = 0;
		buf_append(&mut, base.data, base.len);
		for (uint32_t k = 1 + below(4); k > 0; k--) {
			size_t at = below((uint32_t)mut.len);
			switch (below(5)) {
			case 0: /* a random byte (never NUL: the file would be refused anyway) */
				mut.data[at] = (char)(1 + below(255));
				break;
			case 1: { /* an INI special */
				const char *ins = inserts[below(sizeof inserts / sizeof *inserts)];
				Buf t;
				buf_init(&t);
				buf_append(&t, mut.data, at);
				buf_puts(&t, ins);
				buf_append(&t, mut.data + at, mut.len - at);
				buf_free(&mut);
				mut = t;
				break;
			}
			case 2: { /* a cut */
				size_t l = below(40);
				if (at + l > mut.len)
					l = mut.len - at;
				memmove(mut.data + at, mut.data + at + l, mut.len - at - l);
				mut.len -= l;
				break;
			}
			case 3: /* truncated */
				mut.len = at;
				break;
			default: /* a line repeated */
				if (mut.len < 200000) {
					char *ls = mut.data + at;
					while (ls > mut.data && ls[-1] != '\n')
						ls--;
					char *le = strchr(ls, '\n');
					size_t l = le ? (size_t)(le - ls) + 1 : strlen(ls);
					char *copy = strndup(ls, l);
					Buf t;
					buf_init(&t);
					buf_append(&t, mut.data, (size_t)(ls - mut.data));
					buf_puts(&t, copy);
					buf_append(&t, ls, mut.len - (size_t)(ls - mut.data));
					free(copy);
					buf_free(&mut);
					mut = t;
				}
				break;
			}
			buf_terminate(&mut);
		}
		buf_terminate(&mut);
		FILE *f = fopen(mpath, "wb");
		fwrite(mut.data, 1, mut.len, f);
		fclose(f);
		sc = open_at(mpath);
		if (!sc || sidecar_readonly(sc)) {
			refused++;
			sidecar_free(sc);
			continue;
		}
		loaded++;
		canonical(sc, &first);
		sidecar_free(sc);
		f = fopen(rpath, "wb");
		fwrite(first.data, 1, first.len, f);
		fclose(f);
		sc = open_at(rpath);
		if (sc && !sidecar_readonly(sc))
			canonical(sc, &second);
		if (!sc || sidecar_readonly(sc) || strcmp(first.data, second.data)) {
			if (!unstable++) {
				printf("# round %lu: not stable%s\n", r,
				       sc && sidecar_readonly(sc) ? sidecar_readonly(sc) : "");
				if (getenv("NEWSROOM_KEEP_BAD")) {
					FILE *kb = fopen("/tmp/mut-bad.ini", "wb");
					fwrite(mut.data, 1, mut.len, kb);
					fclose(kb);
					kb = fopen("/tmp/mut-first.ini", "wb");
					fputs(first.data, kb);
					fclose(kb);
					kb = fopen("/tmp/mut-second.ini", "wb");
					fputs(second.data, kb);
					fclose(kb);
				}
			}
		}
		sidecar_free(sc);
	}
	ok(unstable == 0, "mutated sidecars: %lu of %lu load, and each survives load -> write -> "
	                  "load unchanged (%lu refused)",
	   loaded, rounds, refused);
	buf_free(&base);
	buf_free(&mut);
	buf_free(&first);
	buf_free(&second);
}

int main(void)
{
	snprintf(tmpdir, sizeof tmpdir, "%s/newsroom-sidecar.XXXXXX",
	         getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (!mkdtemp(tmpdir)) {
		ok(false, "temporary folder");
		return done_testing();
	}
	test_escape();
	test_basics();
	test_unknown_kept();
	test_shadowed_key();
	test_corrupt();
	test_concurrent();
	test_save_failures();
	test_crash();
	test_mutations();
	test_property();
	char cmd[600];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		printf("# could not remove %s\n", tmpdir);
	return done_testing();
}
