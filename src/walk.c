/* walk.c - expanding folders into files, lazily and in a stable order. */
#include "walk.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct {
	char *path;     /* the folder */
	char **names;   /* its entries, sorted */
	size_t n, next;
} Level;

typedef struct {
	dev_t dev;
	ino_t ino;
} Seen;

struct Walk {
	char *const *args;
	size_t nargs, next_arg;
	Level *stack;
	size_t depth, cap;
	Seen *seen;
	size_t nseen;
	char *cur;
	size_t files;
};

Walk *walk_new(char *const *paths, size_t n)
{
	Walk *w = calloc(1, sizeof *w);
	if (w) {
		w->args = paths;
		w->nargs = n;
	}
	return w;
}

static void level_free(Level *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->names[i]);
	free(l->names);
	free(l->path);
}

void walk_free(Walk *w)
{
	if (!w)
		return;
	while (w->depth)
		level_free(&w->stack[--w->depth]);
	free(w->stack);
	free(w->seen);
	free(w->cur);
	free(w);
}

bool walk_is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);
	return a >= b && !strcmp(s + a - b, suffix);
}

static bool skip_name(const char *name)
{
	return name[0] == '.' || ends_with(name, ".notes.ini") || ends_with(name, ".notes.ini.bak") ||
	       ends_with(name, ".notes.ini.tmp") || ends_with(name, "~");
}

static char *join(const char *dir, const char *name)
{
	size_t a = strlen(dir), b = strlen(name);
	char *p = malloc(a + b + 2);
	if (!p)
		return NULL;
	memcpy(p, dir, a);
	size_t k = a;
	if (a && dir[a - 1] != '/')
		p[k++] = '/';
	memcpy(p + k, name, b + 1);
	return p;
}

/* Pushes folder PATH unless it was walked already, taking ownership of PATH
 * except when it fails with *FAILED set (the caller then reports PATH). */
static bool push_dir(Walk *w, char *path, Error *err, bool *failed)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		error_set(err, "%s: cannot read folder: %s", path, strerror(errno));
		*failed = true;
		return false;
	}
	for (size_t i = 0; i < w->nseen; i++) {
		if (w->seen[i].dev == st.st_dev && w->seen[i].ino == st.st_ino) {
			free(path);
			return false;
		}
	}
	Seen *s = realloc(w->seen, (w->nseen + 1) * sizeof *s);
	if (!s) {
		free(path);
		return false;
	}
	w->seen = s;
	w->seen[w->nseen++] = (Seen){ st.st_dev, st.st_ino };
	DIR *d = opendir(path);
	if (!d) {
		error_set(err, "%s: cannot read folder: %s", path, strerror(errno));
		*failed = true;
		return false;
	}
	Level l = { .path = path };
	size_t cap = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (skip_name(e->d_name))
			continue;
		if (l.n == cap) {
			cap = cap ? cap * 2 : 64;
			char **names = realloc(l.names, cap * sizeof *names);
			if (!names)
				break;
			l.names = names;
		}
		if (!(l.names[l.n] = strdup(e->d_name)))
			break;
		l.n++;
	}
	closedir(d);
	if (l.n)
		qsort(l.names, l.n, sizeof *l.names, cmp_names);
	if (w->depth == w->cap) {
		size_t c = w->cap ? w->cap * 2 : 8;
		Level *st2 = realloc(w->stack, c * sizeof *st2);
		if (!st2) {
			level_free(&l);
			return false;
		}
		w->stack = st2;
		w->cap = c;
	}
	w->stack[w->depth++] = l;
	return true;
}

const char *walk_next(Walk *w, Error *err, bool *failed)
{
	*failed = false;
	free(w->cur);
	w->cur = NULL;
	for (;;) {
		if (w->depth) {
			Level *l = &w->stack[w->depth - 1];
			if (l->next == l->n) {
				level_free(l);
				w->depth--;
				continue;
			}
			char *p = join(l->path, l->names[l->next++]);
			if (!p)
				return NULL;
			struct stat st;
			if (stat(p, &st) != 0) {
				free(p); /* a dangling link inside a folder: not an article */
				continue;
			}
			if (S_ISDIR(st.st_mode)) {
				*failed = false;
				if (!push_dir(w, p, err, failed) && *failed)
					return w->cur = p;
				continue;
			}
			if (!S_ISREG(st.st_mode)) {
				free(p);
				continue;
			}
			w->files++;
			return w->cur = p;
		}
		if (w->next_arg == w->nargs)
			return NULL;
		const char *arg = w->args[w->next_arg++];
		if (strcmp(arg, "-") && walk_is_dir(arg)) {
			char *p = strdup(arg);
			*failed = false;
			if (p && !push_dir(w, p, err, failed) && *failed)
				return w->cur = p;
			continue;
		}
		/* Named files are passed on as they are: the loader reports problems. */
		w->files++;
		return w->cur = strdup(arg);
	}
}

size_t walk_files(const Walk *w) { return w->files; }
