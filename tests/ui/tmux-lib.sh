# tmux-lib.sh - the start of every tmux test (sourced after tests/cli/lib.sh):
# skip without tmux, a clean environment, a private server (tm) removed at exit.
if ! command -v tmux >/dev/null 2>&1; then
	echo "1..0 # SKIP tmux is not installed"
	exit 0
fi
export XDG_CONFIG_HOME="$TMP/config" HOME="$TMP/home"
unset NO_COLOR
# Sanitizer builds: ncurses' GPM mouse support leaks on TERM=linux (not ours).
# Full unwinding, so the suppression sees ncurses' frames past libgpm's.
export LSAN_OPTIONS="suppressions=$top_srcdir/tests/ui/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export ASAN_OPTIONS="fast_unwind_on_malloc=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
SOCK="newsroom-test-$$"
tm() { tmux -L "$SOCK" -f /dev/null "$@"; }
trap 'tm kill-server >/dev/null 2>&1; rm -rf "$TMP"' EXIT
