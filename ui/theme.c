/* theme.c - built-in colours and theme files. */
#include "theme.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "ini.h"
#include "sanitize.h"

typedef struct {
	Style el[UI__COUNT];
	int16_t palette[THEME_PALETTE_MAX];
	int npalette;
} ColorSet;

struct Theme {
	ColorSet set256, set8;
	const ColorSet *use;
	bool mono; /* no colour: attributes only */
};

static const char *const element_names[UI__COUNT] = {
#define X(id, name, d256, d8) name,
	UI_ELEMENTS
#undef X
};
static const char *const defaults256[UI__COUNT] = {
#define X(id, name, d256, d8) d256,
	UI_ELEMENTS
#undef X
};
static const char *const defaults8[UI__COUNT] = {
#define X(id, name, d256, d8) d8,
	UI_ELEMENTS
#undef X
};
static const char default_palette256[] = "81 215 114 176 203 186 75 141 209 150 38 212";
static const char default_palette8[] = "cyan yellow green magenta blue red";

const char *theme_element_name(UiElement e)
{
	return e < UI__COUNT ? element_names[e] : "?";
}

static const char *const color_names[] = { "black", "red", "green", "yellow",
	                                   "blue", "magenta", "cyan", "white" };

/* Parses one colour word; false when it is not a colour. */
static bool parse_color(const char *w, int max, int16_t *out)
{
	if (strcasecmp(w, "default") == 0 || strcasecmp(w, "none") == 0) {
		*out = -1;
		return true;
	}
	if (isdigit((unsigned char)w[0])) {
		char *end;
		long v = strtol(w, &end, 10);
		if (*end || v < 0 || v >= max)
			return false;
		*out = (int16_t)v;
		return true;
	}
	bool bright = strncasecmp(w, "bright-", 7) == 0;
	const char *base = bright ? w + 7 : w;
	if (strcasecmp(w, "grey") == 0 || strcasecmp(w, "gray") == 0) {
		*out = max > 8 ? 8 : 7;
		return true;
	}
	for (int i = 0; i < 8; i++)
		if (strcasecmp(base, color_names[i]) == 0) {
			/* Bright colours need 16; on 8 they fall back to the base. */
			*out = (int16_t)(bright && max > 8 ? i + 8 : i);
			return true;
		}
	return false;
}

static const struct {
	const char *name;
	uint16_t bit;
} attr_names[] = {
	{ "bold", AT_BOLD },     { "underline", AT_UNDERLINE }, { "reverse", AT_REVERSE },
	{ "dim", AT_DIM },       { "italic", AT_ITALIC },       { "standout", AT_STANDOUT },
	{ "none", 0 },
};

/* "FG [BG] [ATTR...]"; on error stores the bad word in BAD. */
static bool parse_style(const char *value, int max, Style *st, char *bad, size_t badsz)
{
	char buf[256];
	snprintf(buf, sizeof buf, "%s", value);
	Style s = { -1, -1, 0 };
	int ncolors = 0;
	char *save = NULL;
	for (char *w = strtok_r(buf, " \t,", &save); w; w = strtok_r(NULL, " \t,", &save)) {
		int16_t c;
		if (ncolors < 2 && parse_color(w, max, &c)) {
			if (ncolors++ == 0)
				s.fg = c;
			else
				s.bg = c;
			continue;
		}
		bool found = false;
		for (size_t i = 0; i < sizeof attr_names / sizeof attr_names[0]; i++)
			if (strcasecmp(w, attr_names[i].name) == 0) {
				s.attr |= attr_names[i].bit;
				found = true;
			}
		if (!found) {
			snprintf(bad, badsz, "%s", w);
			return false;
		}
		ncolors = 2; /* colours come first */
	}
	if (ncolors == 0 && !s.attr) {
		snprintf(bad, badsz, "%s", "(empty)");
		return false;
	}
	*st = s;
	return true;
}

static bool parse_palette(const char *value, int max, ColorSet *cs, char *bad, size_t badsz)
{
	char buf[256];
	snprintf(buf, sizeof buf, "%s", value);
	int n = 0;
	int16_t pal[THEME_PALETTE_MAX];
	char *save = NULL;
	for (char *w = strtok_r(buf, " \t,", &save); w && n < THEME_PALETTE_MAX;
	     w = strtok_r(NULL, " \t,", &save)) {
		if (!parse_color(w, max, &pal[n])) {
			snprintf(bad, badsz, "%s", w);
			return false;
		}
		n++;
	}
	if (n == 0) {
		snprintf(bad, badsz, "%s", "(empty)");
		return false;
	}
	memcpy(cs->palette, pal, sizeof pal);
	cs->npalette = n;
	return true;
}

static void set_defaults(ColorSet *cs, const char *const *defs, const char *palette, int max)
{
	char bad[64];
	for (int i = 0; i < UI__COUNT; i++)
		if (!parse_style(defs[i], max, &cs->el[i], bad, sizeof bad))
			cs->el[i] = (Style){ -1, -1, 0 };
	if (!parse_palette(palette, max, cs, bad, sizeof bad))
		cs->npalette = 0;
}

Theme *theme_builtin(void)
{
	Theme *t = calloc(1, sizeof *t);
	if (!t)
		return NULL;
	set_defaults(&t->set256, defaults256, default_palette256, 256);
	set_defaults(&t->set8, defaults8, default_palette8, 8);
	t->use = &t->set256;
	return t;
}

void theme_free(Theme *t)
{
	free(t);
}

/* Reads one colour section; on error fills ERR naming the line. */
static bool load_set(dictionary *d, const char *path, const char *section, int max,
                     ColorSet *cs, Error *err)
{
	char bad[64];
	char *cpath = sanitize_line(path, strlen(path));
	bool okay = true;
	int n = ini_key_count(d, section);
	for (int k = 0; k < n && okay; k++) {
		const char *key = ini_key(d, section, k);
		const char *val = key ? ini_get(d, section, key) : NULL;
		if (!key || !val)
			continue;
		bool good;
		const char *what = "colour or attribute";
		if (strcmp(key, "palette") == 0) {
			good = parse_palette(val, max, cs, bad, sizeof bad);
			what = "colour";
		} else {
			int e = 0;
			while (e < UI__COUNT && strcmp(element_names[e], key) != 0)
				e++;
			if (e == UI__COUNT) {
				snprintf(bad, sizeof bad, "%s", key);
				good = false;
				what = "theme element";
			} else {
				good = parse_style(val, max, &cs->el[e], bad, sizeof bad);
			}
		}
		if (!good) {
			char *cbad = sanitize_line(bad, strlen(bad));
			error_set(err, "%s: line %d: '%s' is not a %s", cpath ? cpath : "?",
			          ini_line(path, section, key), cbad ? cbad : "?", what);
			free(cbad);
			okay = false;
		}
	}
	free(cpath);
	return okay;
}

static bool valid_name(const char *s)
{
	if (!*s || strlen(s) > 64)
		return false;
	for (; *s; s++)
		if (!isalnum((unsigned char)*s) && *s != '-' && *s != '_')
			return false;
	return true;
}

/* Finds NAME.ini in the theme folders; false when it is nowhere. */
static bool find_theme(const char *name, char *out, size_t outsz)
{
	char dirs[4][1024];
	int nd = 0;
	const char *env = getenv("NEWSROOM_THEMES");
	if (env && *env)
		snprintf(dirs[nd++], sizeof dirs[0], "%s", env);
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	if (xdg && *xdg)
		snprintf(dirs[nd++], sizeof dirs[0], "%s/newsroom/themes", xdg);
	else if (home && *home)
		snprintf(dirs[nd++], sizeof dirs[0], "%s/.config/newsroom/themes", home);
	snprintf(dirs[nd++], sizeof dirs[0], "%s/themes", NEWSROOM_DATADIR);
	/* Run from a build tree: the themes beside the program. */
	char exe[900];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = 0;
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = 0;
			snprintf(dirs[nd++], sizeof dirs[0], "%s/themes", exe);
		}
	}
	for (int i = 0; i < nd; i++) {
		if (snprintf(out, outsz, "%s/%s.ini", dirs[i], name) >= (int)outsz)
			continue;
		if (access(out, R_OK) == 0)
			return true;
	}
	return false;
}

Theme *theme_load(const char *name, Error *err)
{
	char path[1200];
	size_t len = strlen(name);
	bool is_path = strchr(name, '/') || (len > 4 && strcmp(name + len - 4, ".ini") == 0);
	if (is_path) {
		snprintf(path, sizeof path, "%s", name);
	} else if (!valid_name(name)) {
		char *c = sanitize_line(name, len);
		error_set(err, "theme '%s': not a theme name", c ? c : "?");
		free(c);
		return NULL;
	} else if (!find_theme(name, path, sizeof path)) {
		if (strcmp(name, "default") == 0)
			return theme_builtin();
		error_set(err, "theme '%s' not found", name);
		return NULL;
	}
	dictionary *d = ini_open(path, err);
	if (!d)
		return NULL;
	Theme *t = theme_builtin();
	if (t && (!load_set(d, path, "colors256", 256, &t->set256, err) ||
	          !load_set(d, path, "colors8", 8, &t->set8, err))) {
		theme_free(t);
		t = NULL;
	} else if (!t) {
		error_set(err, "out of memory");
	}
	ini_close(d);
	return t;
}

void theme_use_colors(Theme *t, int colors)
{
	t->mono = colors < 8;
	t->use = colors >= 256 ? &t->set256 : &t->set8;
}

static Style strip(const Theme *t, Style s)
{
	if (t->mono) {
		s.fg = s.bg = -1;
	}
	return s;
}

Style theme_style(const Theme *t, UiElement e)
{
	return strip(t, t->use->el[e < UI__COUNT ? e : UI_TEXT]);
}

Style style_over(Style base, Style o)
{
	if (o.fg >= 0)
		base.fg = o.fg;
	if (o.bg >= 0)
		base.bg = o.bg;
	base.attr |= o.attr;
	return base;
}

bool theme_parse_color(const char *w, int max, int16_t *out)
{
	return parse_color(w, max, out);
}

Style theme_color(const Theme *t, int16_t c256, int16_t c8)
{
	Style s = t->use->el[UI_TEXT];
	s.fg = t->use == &t->set256 ? c256 : c8;
	return strip(t, s);
}

Style theme_speaker(const Theme *t, int i)
{
	Style s = t->use->el[UI_QUOTE];
	if (t->use->npalette > 0 && i >= 0)
		s.fg = t->use->palette[i % t->use->npalette];
	return strip(t, s);
}
