/* tags.c - the tag vocabulary: the default one and config.ini [tags]. */
#include "tags.h"

#include <stdio.h>
#include <string.h>

#include "annotations.h"
#include "keys.h"

/* Colours of the default tags: 256-colour, 8-colour. */
static const struct {
	const char *name;
	int16_t c256, c8;
} default_colors[] = {
	{ "claim", 220, 3 },   { "check", 81, 6 },     { "true", 114, 2 },   { "false", 203, 1 },
	{ "misleading", 208, 5 }, { "unproven", 141, 4 }, { "opinion", 111, 6 },
};

void tags_default(Tags *t)
{
	memset(t, 0, sizeof *t);
	for (size_t i = 0; i < ann_default_tag_count() && t->n < TAGS_MAX; i++) {
		TagDef *d = &t->tag[t->n++];
		snprintf(d->name, sizeof d->name, "%s", ann_default_tag(i));
		d->key = (int)('1' + i);
		d->c256 = d->c8 = -1;
		for (size_t k = 0; k < sizeof default_colors / sizeof default_colors[0]; k++)
			if (!strcmp(default_colors[k].name, d->name)) {
				d->c256 = default_colors[k].c256;
				d->c8 = default_colors[k].c8;
			}
	}
}

static bool name_ok(const char *s, size_t n)
{
	if (n == 0 || n > TAG_NAME_MAX)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_' ||
		      s[i] == '-'))
			return false;
	return true;
}

/* One [tags] line into D; false with a reason in WHY. */
static bool parse_line(const ConfigBinding *b, TagDef *d, const char **why)
{
	const char *k = b->action;
	Event ev;
	if (!key_parse(&k, &ev) || *k || ev.key < 33 || ev.key >= K_BASE) {
		*why = "the menu key must be one character";
		return false;
	}
	d->key = ev.key;
	char buf[sizeof b->keys];
	snprintf(buf, sizeof buf, "%s", b->keys);
	char *save = NULL;
	char *w = strtok_r(buf, " \t", &save);
	if (!w || !name_ok(w, strlen(w))) {
		*why = "the tag name must be 1-31 of a-z, 0-9, _ and -";
		return false;
	}
	snprintf(d->name, sizeof d->name, "%s", w);
	d->c256 = d->c8 = -1;
	char *c1 = strtok_r(NULL, " \t", &save), *c2 = strtok_r(NULL, " \t", &save);
	if (c1 && !theme_parse_color(c1, 256, &d->c256)) {
		*why = "unknown colour";
		return false;
	}
	/* A named colour serves both depths; a number needs its own 8-colour one. */
	if (c1 && !c2 && !theme_parse_color(c1, 8, &d->c8))
		d->c8 = -1;
	if (c2 && !theme_parse_color(c2, 8, &d->c8)) {
		*why = "unknown 8-colour colour";
		return false;
	}
	if (strtok_r(NULL, " \t", &save)) {
		*why = "expected NAME COLOUR [COLOUR8]";
		return false;
	}
	return true;
}

bool tags_from_config(Tags *t, const Config *c, Error *err)
{
	tags_default(t);
	if (!c || c->ntags == 0)
		return true;
	Tags n;
	memset(&n, 0, sizeof n);
	for (size_t i = 0; i < c->ntags; i++) {
		const char *why = NULL;
		TagDef d;
		if (parse_line(&c->tags[i], &d, &why) && tags_find(&n, d.name) >= 0)
			why = "the tag is listed twice";
		else if (!why && tags_by_key(&n, d.key) >= 0)
			why = "the menu key is used twice";
		if (why) {
			error_set(err, "%s: line %d: [tags]: %s", c->path, c->tags[i].line, why);
			return false;
		}
		n.tag[n.n++] = d;
	}
	*t = n;
	return true;
}

int tags_find(const Tags *t, const char *name)
{
	for (size_t i = 0; i < t->n; i++)
		if (!strcmp(t->tag[i].name, name))
			return (int)i;
	return -1;
}

int tags_by_key(const Tags *t, int key)
{
	for (size_t i = 0; i < t->n; i++)
		if (t->tag[i].key == key)
			return (int)i;
	return -1;
}

Style tags_style(const Tags *t, const Theme *th, const char *name)
{
	int i = tags_find(t, name);
	Style s = i >= 0 ? theme_color(th, t->tag[i].c256, t->tag[i].c8) : theme_style(th, UI_TEXT);
	s.attr |= AT_UNDERLINE;
	return s;
}
