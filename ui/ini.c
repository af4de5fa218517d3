/* ini.c - iniparser with line-numbered errors. */
#include "ini.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ini_load.h"
#include "sanitize.h"

dictionary *ini_open(const char *path, Error *err)
{
	char *cpath = sanitize_line(path, strlen(path));
	FILE *f = fopen(path, "r");
	if (!f) {
		error_set(err, "%s: %s", cpath ? cpath : "?", strerror(errno));
		free(cpath);
		return NULL;
	}
	fclose(f);
	char last_error[512];
	dictionary *d = ini_load_capture(path, last_error, sizeof last_error);
	if (!d) {
		/* "iniparser: syntax error in FILE (N):" */
		int line = 0;
		const char *close = strstr(last_error, "):\n");
		if (!close)
			close = strstr(last_error, ")\n");
		const char *p = close;
		while (p && p > last_error && p[-1] != '(')
			p--;
		if (p && p > last_error)
			line = atoi(p);
		const char *why = strstr(last_error, "too long") ? "line too long" : "syntax error";
		if (line > 0)
			error_set(err, "%s: line %d: %s", cpath ? cpath : "?", line, why);
		else
			error_set(err, "%s: cannot be parsed", cpath ? cpath : "?");
	}
	free(cpath);
	return d;
}

void ini_close(dictionary *d)
{
	if (d)
		iniparser_freedict(d);
}

const char *ini_get(dictionary *d, const char *section, const char *key)
{
	char full[256];
	if (snprintf(full, sizeof full, "%s:%s", section, key) >= (int)sizeof full)
		return NULL;
	return iniparser_getstring(d, full, NULL);
}

int ini_key_count(dictionary *d, const char *section)
{
	int n = iniparser_getsecnkeys(d, section);
	return n < 0 ? 0 : n;
}

const char *ini_key(dictionary *d, const char *section, int n)
{
	int count = ini_key_count(d, section);
	if (n < 0 || n >= count)
		return NULL;
	const char **keys = calloc((size_t)count, sizeof *keys);
	if (!keys)
		return NULL;
	const char *k = NULL;
	if (iniparser_getseckeys(d, section, keys))
		k = keys[n];
	free(keys);
	if (k) {
		const char *colon = strchr(k, ':');
		if (colon)
			k = colon + 1;
	}
	return k;
}

static char *trim(char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	size_t n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		s[--n] = 0;
	return s;
}

int ini_line(const char *path, const char *section, const char *key)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return 0;
	char line[1100];
	int no = 0, found = 0;
	bool in = false;
	while (!found && fgets(line, sizeof line, f)) {
		no++;
		char *s = trim(line);
		if (*s == '[') {
			char *e = strchr(s, ']');
			if (e) {
				*e = 0;
				in = strcasecmp(trim(s + 1), section) == 0;
			}
			continue;
		}
		char *eq = strchr(s, '=');
		if (!in || !eq || *s == ';' || *s == '#')
			continue;
		*eq = 0;
		if (strcasecmp(trim(s), key) == 0)
			found = no;
	}
	fclose(f);
	return found;
}

bool ini_int(const char *s, int min, int max, int *out)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	while (*end == ' ')
		end++;
	if (errno || end == s || *end || v < min || v > max)
		return false;
	*out = (int)v;
	return true;
}
