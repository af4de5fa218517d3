/* fuzz_theme.c - libFuzzer target: any bytes as a theme file and as the
 * user's config.ini (their [keys] bound in a reader).  iniparser reads only
 * from a path, so the bytes go to a private temporary folder.  Whatever the
 * input: a failure carries a message; a theme gives colours within the depth
 * in use and known attributes only; the config keeps its documented ranges;
 * every key bound is a real key and every action a real one; the screen the
 * reader draws with them holds nothing a terminal would act on. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app.h"
#include "app_impl.h"
#include "check_screen.h"
#include "load.h"
#include "settings.h"
#include "theme.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { COLS = 60, ROWS = 16, ALL_ATTRS = AT_BOLD | AT_UNDERLINE | AT_REVERSE | AT_DIM | AT_ITALIC | AT_STANDOUT };

static char dir[64], theme_path[128], config_path[128];
static Article *article;

static void setup(void)
{
	snprintf(dir, sizeof dir, "/tmp/fuzz-theme-XXXXXX");
	if (!mkdtemp(dir))
		abort();
	snprintf(theme_path, sizeof theme_path, "%s/t.ini", dir);
	snprintf(config_path, sizeof config_path, "%s/newsroom", dir);
	if (mkdir(config_path, 0700) != 0)
		abort();
	snprintf(config_path, sizeof config_path, "%s/newsroom/config.ini", dir);
	/* config_load() finds the file through $XDG_CONFIG_HOME. */
	setenv("XDG_CONFIG_HOME", dir, 1);
	static const char text[] = "\"We did it,\" the mayor said on Tuesday. Critics said "
	                           "the vote was unfair.\n\nThe count ends Friday.";
	Error err;
	article = load_article_mem(text, sizeof text - 1, "fuzz", &(LoadOptions){ 0 }, &err);
	if (!article)
		abort();
}

static bool write_file(const char *path, const uint8_t *data, size_t size)
{
	FILE *f = fopen(path, "wb");
	if (!f)
		return false;
	bool ok = fwrite(data, 1, size, f) == size;
	return fclose(f) == 0 && ok;
}

static void check_style(Style s, int max)
{
	if (s.fg < -1 || s.fg >= max || s.bg < -1 || s.bg >= max || (s.attr & ~ALL_ATTRS))
		abort();
}

static void check_theme(Theme *t)
{
	static const int depths[] = { 0, 8, 256 };
	for (size_t d = 0; d < sizeof depths / sizeof depths[0]; d++) {
		theme_use_colors(t, depths[d]);
		/* Without colour only attributes are left. */
		int max = depths[d] ? depths[d] : 0;
		for (int e = 0; e < UI__COUNT; e++)
			check_style(theme_style(t, (UiElement)e), max);
		for (int i = 0; i < 2 * THEME_PALETTE_MAX; i++)
			check_style(theme_speaker(t, i), max);
	}
}

/* The bindings a reader makes from CFG, and its first screen. */
static void check_reader(const Config *cfg, const Theme *theme)
{
	AppInit init = { .article = article, .theme = theme, .config = cfg,
		         .filename = "fuzz.txt", .headless = true };
	App *app = app_new(&init);
	if (!app)
		abort();
	if (app->nbindings > APP_MAX_BINDINGS)
		abort();
	for (size_t i = 0; i < app->nbindings; i++)
		/* Key 0 is C-@ (Ctrl-Space), a real key. */
		if (app->bindings[i].key < 0 || app->bindings[i].key >= K_RESIZE ||
		    app->bindings[i].action < 0 || (size_t)app->bindings[i].action >= app_action_count())
			abort();
	Grid *g = grid_new(COLS, ROWS);
	char *out = NULL;
	size_t outlen = 0;
	FILE *f = open_memstream(&out, &outlen);
	if (!g || !f)
		abort();
	app_resize(app, COLS, ROWS);
	app_render(app, g);
	if (!grid_dump(g, f) || fclose(f) != 0)
		abort();
	check_screen(out, outlen);
	free(out);
	grid_free(g);
	app_free(app);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!dir[0])
		setup();
	if (!write_file(theme_path, data, size) || !write_file(config_path, data, size))
		abort();
	Error err = { 0 };
	Theme *t = theme_load(theme_path, &err);
	if (!t && !err.msg[0])
		abort(); /* a theme refused says why */
	if (t)
		check_theme(t);

	Config cfg;
	memset(&err, 0, sizeof err);
	if (!config_load(&cfg, &err) && !err.msg[0])
		abort();
	if (strcmp(cfg.path, config_path) != 0)
		abort();
	if (cfg.panel_width != 0 && (cfg.panel_width < 16 || cfg.panel_width > 200))
		abort();
	if (cfg.nbindings > CONFIG_MAX_BINDINGS || cfg.ntags > CONFIG_MAX_TAGS)
		abort();
	Theme *builtin = t ? NULL : theme_builtin();
	check_reader(&cfg, t ? t : builtin);
	theme_free(builtin);
	theme_free(t);
	return 0;
}
