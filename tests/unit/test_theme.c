/* test_theme.c - themes (ui/theme.c): the shipped files load, default.ini is
 * the built-in theme, and a bad file is refused with its line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../ui/theme.h"
#include "tap.h"

static bool same_style(Style a, Style b)
{
	return a.fg == b.fg && a.bg == b.bg && a.attr == b.attr;
}

/* Every element and palette slot equal, in both colour depths. */
static bool same_theme(Theme *a, Theme *b)
{
	for (int colors = 8; colors <= 256; colors *= 32) {
		theme_use_colors(a, colors);
		theme_use_colors(b, colors);
		for (int e = 0; e < UI__COUNT; e++)
			if (!same_style(theme_style(a, e), theme_style(b, e))) {
				printf("# %s differs at %d colours\n", theme_element_name(e), colors);
				return false;
			}
		for (int i = 0; i < THEME_PALETTE_MAX; i++)
			if (!same_style(theme_speaker(a, i), theme_speaker(b, i))) {
				printf("# palette slot %d differs at %d colours\n", i, colors);
				return false;
			}
	}
	return true;
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	if (f) {
		fputs(text, f);
		fclose(f);
	}
}

int main(void)
{
	const char *dir = getenv("NEWSROOM_THEMES");
	ok(dir && *dir, "NEWSROOM_THEMES points at the source themes");
	Error err;
	const char *names[] = { "default", "light", "high-contrast", "mono" };
	for (size_t i = 0; i < 4; i++) {
		Theme *t = theme_load(names[i], &err);
		ok(t != NULL, "theme %s loads", names[i]);
		if (!t)
			printf("# %s\n", err.msg);
		theme_free(t);
	}
	Theme *builtin = theme_builtin(), *file = theme_load("default", &err);
	ok(builtin && file && same_theme(builtin, file),
	   "themes/default.ini says exactly what the built-in theme does");
	theme_free(file);

	Theme *mono = theme_load("mono", &err);
	theme_use_colors(mono, 256);
	ok(theme_style(mono, UI_TEXT).fg == -1 && theme_style(mono, UI_MATCH).attr & AT_REVERSE,
	   "mono has no colours, only attributes");
	theme_free(mono);

	theme_use_colors(builtin, 0);
	Style s = theme_speaker(builtin, 1);
	ok(s.fg == -1 && s.bg == -1, "without colour (NO_COLOR) the speakers have none");
	theme_use_colors(builtin, 256);
	ok(theme_speaker(builtin, 0).fg != theme_speaker(builtin, 1).fg,
	   "speakers 1 and 2 have different colours");
	ok(theme_speaker(builtin, 3).fg == theme_speaker(builtin, 3).fg, "a speaker's colour is stable");
	theme_free(builtin);

	char path[] = "/tmp/newsroom-theme-XXXXXX";
	int fd = mkstemp(path);
	if (fd >= 0)
		close(fd);
	write_file(path, "[colors256]\ntext = 252 default\n\n; comment\nmatch = 16 fuchsia\n");
	ok(!theme_load(path, &err) && strstr(err.msg, "line 5: 'fuchsia' is not a colour"),
	   "an unknown colour names its line and word");
	printf("# %s\n", err.msg);
	write_file(path, "[colors8]\ntext = 200 default\n");
	ok(!theme_load(path, &err) && strstr(err.msg, "line 2: '200'"),
	   "256-colour numbers are refused in [colors8]");
	write_file(path, "[colors256]\nsparkle = red\n");
	ok(!theme_load(path, &err) && strstr(err.msg, "line 2: 'sparkle' is not a theme element"),
	   "an unknown element names its line");
	write_file(path, "[colors256]\npalette = 1 2 nope\n");
	ok(!theme_load(path, &err) && strstr(err.msg, "line 2: 'nope'"), "a bad palette colour is refused");
	write_file(path, "[colors256]\ntext = red\n[colors256\n");
	ok(!theme_load(path, &err) && strstr(err.msg, "line 3: syntax error"),
	   "a line iniparser cannot read is named");
	write_file(path, "[colors256]\ntitle = bright-white 17 bold underline\n");
	Theme *t = theme_load(path, &err);
	ok(t != NULL, "a partial theme loads");
	if (t) {
		theme_use_colors(t, 256);
		Style ti = theme_style(t, UI_TITLE);
		ok(ti.fg == 15 && ti.bg == 17 && ti.attr == (AT_BOLD | AT_UNDERLINE),
		   "colour names, numbers and attributes are read");
		Theme *b = theme_builtin();
		theme_use_colors(b, 256);
		ok(same_style(theme_style(t, UI_TEXT), theme_style(b, UI_TEXT)),
		   "elements a theme leaves out keep the default");
		theme_free(b);
		theme_free(t);
	}
	ok(!theme_load("../etc/passwd", &err), "a name with a slash is a path, not a theme name");
	ok(!theme_load("no such theme", &err) && strstr(err.msg, "not a theme name"),
	   "a name with spaces is refused");
	unlink(path);
	return done_testing();
}
