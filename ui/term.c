/* term.c - the curses back end (it only blits the grid and maps keys) and
 * the headless one. */
#include "term.h"

#include <curses.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>
#include <sys/wait.h>

#include "grid.h"

/* The App as a Screen, for term_run() and headless_run(). */
typedef struct {
	App *app;
	TermPoll poll;
	void *ctx;
} AppScreen;

static void as_key(void *o, const Event *ev) { app_key(((AppScreen *)o)->app, ev); }
static void as_render(void *o, Grid *g) { app_render(((AppScreen *)o)->app, g); }
static void as_resize(void *o, int c, int r) { app_resize(((AppScreen *)o)->app, c, r); }
static bool as_done(const void *o) { return app_done(((const AppScreen *)o)->app); }

static bool as_poll(void *o)
{
	AppScreen *as = o;
	return as->poll(as->ctx, as->app);
}

int headless_run(App *app, const Event *ev, size_t n, int cols, int rows, FILE *out)
{
	AppScreen as = { app, NULL, NULL };
	Screen s = { as_key, as_render, as_resize, as_done, NULL };
	return headless_run_screen(&s, &as, ev, n, cols, rows, out);
}

int term_run(App *app, Theme *theme, TermPoll poll, void *ctx)
{
	AppScreen as = { app, poll, ctx };
	Screen s = { as_key, as_render, as_resize, as_done, poll ? as_poll : NULL };
	return term_run_screen(&s, &as, theme);
}

int headless_run_screen(const Screen *s, void *obj, const Event *ev, size_t n, int cols, int rows,
                        FILE *out)
{
	Grid *g = grid_new(cols, rows);
	if (!g)
		return 1;
	s->resize(obj, cols, rows);
	/* NEWSROOM_TIMING=1: the CPU time of the first paint and of the keys on
	 * stderr, for bench/ui (whole-process times drown them in load time). */
	const char *timing = getenv("NEWSROOM_TIMING");
	struct timespec t0, t1, t2;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
	s->render(obj, g);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
	size_t done = 0;
	for (size_t i = 0; i < n && !s->done(obj); i++, done++) {
		if (ev[i].key == K_RESIZE && !grid_resize(g, ev[i].cols, ev[i].rows))
			continue;
		s->key(obj, &ev[i]);
		s->render(obj, g);
	}
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t2);
	if (timing && *timing == '1')
		fprintf(stderr, "timing: first paint %.3f ms, %zu keys %.3f ms\n",
		        (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6, done,
		        (double)(t2.tv_sec - t1.tv_sec) * 1e3 + (double)(t2.tv_nsec - t1.tv_nsec) / 1e6);
	bool ok = grid_dump(g, out) && fflush(out) == 0;
	grid_free(g);
	return ok ? 0 : 1;
}

static volatile sig_atomic_t stop_signal;

bool term_edit_file(const char *path, char *why, size_t whysz)
{
	def_prog_mode();
	endwin();
	/* The reader ignores ^C while the editor has the terminal. */
	struct sigaction ign, old_int, old_quit;
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGINT, &ign, &old_int);
	sigaction(SIGQUIT, &ign, &old_quit);
	bool ok = false;
	pid_t pid = fork();
	if (pid == 0) {
		signal(SIGINT, SIG_DFL);
		signal(SIGQUIT, SIG_DFL);
		/* The article may have come from a pipe: the editor wants the tty. */
		if (!isatty(STDIN_FILENO)) {
			int fd = open("/dev/tty", O_RDWR);
			if (fd >= 0)
				dup2(fd, STDIN_FILENO);
		}
		/* $EDITOR may carry arguments ("code -w"): the shell splits it. */
		execl("/bin/sh", "sh", "-c", "exec ${VISUAL:-${EDITOR:-vi}} \"$1\"", "sh", path,
		      (char *)NULL);
		_exit(127);
	}
	int st = 0;
	if (pid < 0) {
		snprintf(why, whysz, "cannot start the editor: %s", strerror(errno));
	} else {
		while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
			;
		ok = WIFEXITED(st) && WEXITSTATUS(st) == 0;
		if (!ok)
			snprintf(why, whysz, "the editor failed (%s %d); the note is unchanged",
			         WIFEXITED(st) ? "exit status" : "signal",
			         WIFEXITED(st) ? WEXITSTATUS(st) : WTERMSIG(st));
	}
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGQUIT, &old_quit, NULL);
	reset_prog_mode();
	clearok(stdscr, TRUE);
	refresh();
	return ok;
}

static void on_signal(int sig)
{
	stop_signal = sig;
}

static attr_t curses_attr(uint16_t a)
{
	attr_t r = A_NORMAL;
	if (a & AT_BOLD)
		r |= A_BOLD;
	if (a & AT_UNDERLINE)
		r |= A_UNDERLINE;
	if (a & AT_REVERSE)
		r |= A_REVERSE;
	if (a & AT_DIM)
		r |= A_DIM;
	if (a & AT_ITALIC)
		r |= A_ITALIC;
	if (a & AT_STANDOUT)
		r |= A_STANDOUT;
	return r;
}

static void blit(const Grid *g, bool color)
{
	for (int y = 0; y < grid_rows(g); y++)
		for (int x = 0; x < grid_cols(g); x++) {
			const Cell *c = grid_cell(g, x, y);
			if (c->width == 0)
				continue;
			wchar_t wch[CCHARW_MAX + 1];
			size_t nw = 0, i = 0;
			mbstate_t st;
			memset(&st, 0, sizeof st);
			while (i < c->len && nw < CCHARW_MAX) {
				wchar_t w;
				size_t r = mbrtowc(&w, c->g + i, c->len - i, &st);
				if (r == 0 || r > c->len - i)
					break;
				wch[nw++] = w;
				i += r;
			}
			if (nw == 0)
				wch[nw++] = L' ';
			wch[nw] = 0;
			int pair = 0;
			if (color && (c->style.fg >= 0 || c->style.bg >= 0)) {
				pair = alloc_pair(c->style.fg, c->style.bg);
				if (pair < 0)
					pair = 0;
			}
			cchar_t cc;
			setcchar(&cc, wch, curses_attr(c->style.attr), (short)(pair < 32767 ? pair : 0), &pair);
			mvadd_wch(y, x, &cc);
		}
}

static bool map_key(int r, wint_t ch, Event *ev)
{
	memset(ev, 0, sizeof *ev);
	ev->x = ev->y = -1;
	if (r == OK) {
		if (ch == '\r' || ch == '\n')
			ev->key = K_ENTER;
		else if (ch == 8 || ch == 127)
			ev->key = K_BS;
		else
			ev->key = (int)ch;
		return true;
	}
	switch (ch) {
	case KEY_UP: ev->key = K_UP; break;
	case KEY_DOWN: ev->key = K_DOWN; break;
	case KEY_LEFT: ev->key = K_LEFT; break;
	case KEY_RIGHT: ev->key = K_RIGHT; break;
	case KEY_PPAGE: ev->key = K_PGUP; break;
	case KEY_NPAGE: ev->key = K_PGDN; break;
	case KEY_HOME: ev->key = K_HOME; break;
	case KEY_END: ev->key = K_END; break;
	case KEY_BTAB: ev->key = K_BTAB; break;
	case KEY_DC: ev->key = K_DEL; break;
	case KEY_BACKSPACE: ev->key = K_BS; break;
	case KEY_ENTER: ev->key = K_ENTER; break;
	case KEY_RESIZE:
		ev->key = K_RESIZE;
		getmaxyx(stdscr, ev->rows, ev->cols);
		break;
	case KEY_MOUSE: {
		MEVENT me;
		if (getmouse(&me) != OK)
			return false;
		ev->x = me.x;
		ev->y = me.y;
		if (me.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED))
			ev->key = K_CLICK;
		else if (me.bstate & BUTTON4_PRESSED)
			ev->key = K_WHEEL_UP;
#ifdef BUTTON5_PRESSED
		else if (me.bstate & BUTTON5_PRESSED)
			ev->key = K_WHEEL_DOWN;
#endif
		else
			return false;
		break;
	}
	default:
		return false;
	}
	return true;
}

int term_run_screen(const Screen *s, void *obj, Theme *theme)
{
	/* Input from a pipe ("-"): the keyboard is still the terminal. */
	FILE *in = stdin, *tty = NULL;
	if (!isatty(STDIN_FILENO)) {
		tty = fopen("/dev/tty", "r");
		if (!tty) {
			fputs("newsroom: the reader needs a terminal (try --text)\n", stderr);
			return 1;
		}
		in = tty;
	}
	if (!isatty(STDOUT_FILENO)) {
		fputs("newsroom: the reader needs a terminal (try --text or --dump-screen)\n", stderr);
		if (tty)
			fclose(tty);
		return 1;
	}
	SCREEN *scr = newterm(NULL, stdout, in);
	if (!scr) {
		fputs("newsroom: cannot use this terminal (check TERM)\n", stderr);
		if (tty)
			fclose(tty);
		return 1;
	}
	set_term(scr);
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(0);
	set_escdelay(25);
	mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
	              | BUTTON5_PRESSED
#endif
	          ,
	          NULL);
	mouseinterval(0);
	const char *nc = getenv("NO_COLOR");
	int colors = 0;
	if (!(nc && *nc) && has_colors() && start_color() == OK) {
		use_default_colors();
		colors = COLORS >= 256 ? 256 : 8;
	}
	theme_use_colors(theme, colors);

	Grid *g = grid_new(COLS, LINES);
	int status = g ? 0 : 1;
	int errors = 0;
	bool waiting = s->poll != NULL;
	while (g && !s->done(obj) && !stop_signal) {
		if (waiting) {
			waiting = s->poll(obj);
			timeout(waiting ? 100 : -1);
		}
		int rows, cols;
		getmaxyx(stdscr, rows, cols);
		if ((cols != grid_cols(g) || rows != grid_rows(g)) && grid_resize(g, cols, rows))
			s->resize(obj, cols, rows);
		s->resize(obj, grid_cols(g), grid_rows(g));
		s->render(obj, g);
		blit(g, colors > 0);
		refresh();
		wint_t ch;
		int r = get_wch(&ch);
		if (r == ERR) {
			/* The poll timeout, a signal, or the terminal has gone: do
			 * not spin in the last case. */
			if (!waiting && errno != EINTR && ++errors > 100)
				break;
			continue;
		}
		errors = 0;
		Event ev;
		if (map_key(r, ch, &ev)) {
			if (ev.key == K_RESIZE) {
				if (!grid_resize(g, ev.cols, ev.rows))
					continue;
				clear();
			}
			s->key(obj, &ev);
			/* A key may have started background work (the desk opening a
			 * long article): poll again until it says there is none. */
			waiting = s->poll != NULL;
		}
	}
	grid_free(g);
	/* Without an alternate screen (TERM=linux) the reader would stay on
	 * screen after it exits: clear it. */
	const char *smcup = tigetstr("smcup");
	if (!smcup || smcup == (char *)-1) {
		clear();
		refresh();
	}
	endwin();
	delscreen(scr);
	if (tty)
		fclose(tty);
	if (stop_signal == SIGINT || stop_signal == SIGTERM || stop_signal == SIGHUP)
		status = 128 + stop_signal;
	return status;
}
