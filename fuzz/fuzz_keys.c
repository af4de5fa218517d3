/* fuzz_keys.c - libFuzzer target: the headless reader (`newsroom --keys
 * SCRIPT --dump-screen FILE`) through reader_run() itself.  The input's first
 * line is the key script, the rest the article.  Whatever the input: no
 * crash or leak, the dumped screen holds nothing a terminal would act on, and
 * the reader writes nothing but the article's sidecar (and its .bak) in the
 * private temporary folder it runs in.
 *
 * The save-as prompt writes where the script typed: the link wraps
 * sidecar_save_as() (-Wl,--wrap) so that a path outside the folder fails as
 * a refused save would, instead of writing there. */
#include <dirent.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check_screen.h"
#include "cli.h"
#include "keys.h"
#include "reader.h"
#include "sidecar.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
bool __real_sidecar_save_as(Sidecar *sc, const char *path, Error *err);
bool __wrap_sidecar_save_as(Sidecar *sc, const char *path, Error *err);

/* Longer scripts add little but time. */
#define MAX_SCRIPT 512

static char dir[64];
static int screen_fd = -1;

bool __wrap_sidecar_save_as(Sidecar *sc, const char *path, Error *err)
{
	/* Relative paths without a folder land in the working folder: DIR. */
	if (strchr(path, '/')) {
		error_set(err, "%s: outside the fuzzer's folder", path);
		return false;
	}
	return __real_sidecar_save_as(sc, path, err);
}

static void setup(void)
{
	snprintf(dir, sizeof dir, "/tmp/fuzz-keys-XXXXXX");
	if (!mkdtemp(dir) || chdir(dir) != 0)
		abort();
	/* No user config or theme: every run starts from the defaults. */
	setenv("HOME", dir, 1);
	setenv("XDG_CONFIG_HOME", dir, 1);
	setenv("NEWSROOM_THEMES", dir, 1);
	/* The screen goes to stdout: a file here, read back after each run. */
	screen_fd = open("screen", O_RDWR | O_CREAT | O_TRUNC, 0600);
	if (screen_fd < 0 || dup2(screen_fd, STDOUT_FILENO) < 0)
		abort();
}

/* After a run: no temporary file of a save may be left behind (they start
 * with a dot); then every file the run wrote (sidecars, .bak) goes, so that
 * each run starts from the same folder. */
static void check_and_clean_folder(void)
{
	DIR *d = opendir(".");
	if (!d)
		abort();
	struct dirent *e;
	while ((e = readdir(d))) {
		const char *n = e->d_name;
		if (!strcmp(n, ".") || !strcmp(n, "..") || !strcmp(n, "screen") || !strcmp(n, "a.txt"))
			continue;
		if (n[0] == '.')
			abort();
		unlink(n);
	}
	closedir(d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!dir[0])
		setup();
	const uint8_t *nl = memchr(data, '\n', size);
	size_t slen = nl ? (size_t)(nl - data) : size;
	if (slen > MAX_SCRIPT || memchr(data, 0, slen))
		return 0;
	char script[MAX_SCRIPT + 1];
	memcpy(script, data, slen);
	script[slen] = 0;
	/* A script that does not parse only gets the usage message. */
	size_t nev, bad;
	Event *ev = key_script_parse(script, &nev, &bad);
	if (!ev)
		return 0;
	free(ev);
	const uint8_t *art = nl ? nl + 1 : data + size;
	FILE *f = fopen("a.txt", "wb");
	if (!f)
		abort();
	fwrite(art, 1, (size_t)(data + size - art), f);
	if (fclose(f) != 0)
		abort();

	if (ftruncate(screen_fd, 0) != 0 || lseek(STDOUT_FILENO, 0, SEEK_SET) != 0)
		abort();
	char *files[] = { "a.txt" };
	CliOptions o = { .mode = MODE_READ, .files = files, .nfiles = 1, .keys = script,
		         .dump_screen = true, .dump_cols = 60, .dump_rows = 16 };
	int status = reader_run(&o);
	fflush(stdout);
	if (status == 0) {
		off_t n = lseek(screen_fd, 0, SEEK_END);
		char *screen = n > 0 ? malloc((size_t)n) : NULL;
		if (n <= 0 || !screen || pread(screen_fd, screen, (size_t)n, 0) != n)
			abort();
		check_screen(screen, (size_t)n);
		free(screen);
	}
	check_and_clean_folder();
	return 0;
}
