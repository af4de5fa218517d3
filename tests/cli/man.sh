#!/bin/sh
# man.sh - the man page and --help name the same options, and the man page
# names every key action of the reader's help.
. "$top_srcdir/tests/cli/lib.sh"
MAN="$top_srcdir/man/newsroom.1"
run "$NEWSROOM" --help
grep -oE -- '--[a-z][a-z-]+' "$TMP/out" | sort -u >"$TMP/help-opts"
sed 's/\\-/-/g' "$MAN" | grep -oE -- '--[a-z][a-z-]+' | sort -u >"$TMP/man-opts"
for o in $(cat "$TMP/help-opts"); do
	grep -qx -- "$o" "$TMP/man-opts"
	ok $? "man page documents $o"
done
for o in $(cat "$TMP/man-opts"); do
	grep -qx -- "$o" "$TMP/help-opts"
	ok $? "--help mentions $o"
done
for e in NO_COLOR XDG_CONFIG_HOME EDITOR USER TERM; do
	contains "$MAN" "$e" "man page: environment variable $e"
done
contains "$MAN" ".notes.ini" "man page: the sidecar file"
contains "$MAN" "config.ini" "man page: the config file"
done_testing
