/* settings.c - reading config.ini (not autoconf's config.h: hence the name). */
#include "settings.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "ini.h"
#include "sanitize.h"

bool settings_path(char *out, size_t outsz)
{
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	int n;
	if (xdg && *xdg)
		n = snprintf(out, outsz, "%s/newsroom/config.ini", xdg);
	else if (home && *home)
		n = snprintf(out, outsz, "%s/.config/newsroom/config.ini", home);
	else
		n = snprintf(out, outsz, "~/.config/newsroom/config.ini");
	return (xdg && *xdg) || (home && *home) ? n > 0 && (size_t)n < outsz : false;
}

/* The KEY = VALUE lines of SECTION, in file order, with their line numbers. */
static size_t section_pairs(dictionary *d, const char *path, const char *section,
                            ConfigBinding *out, size_t max)
{
	size_t count = 0;
	int n = ini_key_count(d, section);
	for (int k = 0; k < n && count < max; k++) {
		const char *key = ini_key(d, section, k);
		const char *val = key ? ini_get(d, section, key) : NULL;
		if (!key || !val)
			continue;
		ConfigBinding *b = &out[count++];
		snprintf(b->action, sizeof b->action, "%s", key);
		snprintf(b->keys, sizeof b->keys, "%s", val);
		b->line = ini_line(path, section, key);
	}
	return count;
}

bool config_load(Config *c, Error *err)
{
	memset(c, 0, sizeof *c);
	char path[sizeof c->path];
	if (!settings_path(path, sizeof path) || access(path, F_OK) != 0)
		return true;
	snprintf(c->path, sizeof c->path, "%s", path);
	dictionary *d = ini_open(path, err);
	if (!d)
		return false;
	bool okay = true;
	const char *v = ini_get(d, "reader", "theme");
	if (v)
		snprintf(c->theme, sizeof c->theme, "%s", v);
	v = ini_get(d, "reader", "panel_width");
	if (v && !ini_int(v, 16, 200, &c->panel_width)) {
		char *cp = sanitize_line(path, strlen(path));
		error_set(err, "%s: line %d: panel_width must be a number from 16 to 200",
		          cp ? cp : "?", ini_line(path, "reader", "panel_width"));
		free(cp);
		okay = false;
	}
	c->nbindings = section_pairs(d, path, "keys", c->bindings, CONFIG_MAX_BINDINGS);
	c->ntags = section_pairs(d, path, "tags", c->tags, CONFIG_MAX_TAGS);
	v = ini_get(d, "annotations", "autosave");
	c->autosave = v && (!strcasecmp(v, "yes") || !strcasecmp(v, "true") || !strcmp(v, "1"));
	v = ini_get(d, "annotations", "author");
	if (v)
		snprintf(c->author, sizeof c->author, "%s", v);
	ini_close(d);
	return okay;
}
