#!/bin/sh
# keys.sh - key-script tests: each tests/ui/NAME.keys names a file, a screen
# size, options and the keys to press; the headless reader's final screen must
# equal tests/ui/NAME.screen exactly.  UPDATE=1 rewrites the .screen files
# (look at the diff before committing them).
#
#   # what this checks
#   file: tests/data/seed/tillerson-un.txt
#   size: 100x30
#   args: --theme mono          (optional)
#   keys: 2]
. "$top_srcdir/tests/cli/lib.sh"

# A clean environment: no user config, the source tree's themes.
export HOME="$TMP/home"
unset XDG_CONFIG_HOME
unset NO_COLOR

field() { sed -n "s/^$1: //p" "$2" | head -1; }

for k in "$top_srcdir"/tests/ui/*.keys; do
	name=$(basename "$k" .keys)
	file=$(field file "$k")
	size=$(field size "$k")
	args=$(field args "$k")
	keys=$(field keys "$k")
	want="$top_srcdir/tests/ui/$name.screen"
	# shellcheck disable=SC2086 # args is a list of words
	# From the source tree, so paths in args and on screen are the same anywhere.
	(cd "$top_srcdir" && exec "$NEWSROOM" $args --keys "$keys" --dump-screen="$size" "$file") \
		>"$TMP/$name.out" 2>"$TMP/$name.err"
	st=$?
	if [ "${UPDATE:-}" = 1 ]; then
		cp "$TMP/$name.out" "$want"
	fi
	if [ $st -eq 0 ] && cmp -s "$TMP/$name.out" "$want"; then
		ok 0 "$name: the screen is as expected"
	else
		ok 1 "$name: the screen is as expected (exit $st)"
		diff -u "$want" "$TMP/$name.out" | head -40 | sed 's/^/# /'
		sed 's/^/# stderr: /' "$TMP/$name.err" | head -5
	fi
done
done_testing
