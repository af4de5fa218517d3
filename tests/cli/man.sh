#!/bin/sh
# man.sh - the man page and --help name the same options, and the man page
# names every default key and action of the reader, every environment
# variable the program reads and the files it uses.
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
# Every key of the reader's default key table (the actions in ui/app.c) is
# in KEYS, and every action name (for [keys] in the config).
sed -n 's/^[[:space:]]*{ "\([a-z_0-9]*\)", "\([^"]*\)", SCOPE_.*/\1 \2/p' "$top_srcdir/ui/app.c" >"$TMP/actions"
ok $(($(wc -l <"$TMP/actions") < 40)) "the key table read from ui/app.c ($(wc -l <"$TMP/actions") actions)"
sed -n '/^\.SH KEYS/,/^\.SH FILES/p' "$MAN" | grep -E '^\.BR? ' | sed -e 's/^\.BR* //' \
	-e 's/\\-/-/g' -e 's/ " \.\.\. " / ... /g' -e 's/"[^"]*"/ /g' |
	awk '{ for (i = 1; i <= NF; i++)
		if ($i == "..." && $(i - 1) ~ /^[0-9]$/ && $(i + 1) ~ /^[0-9]$/)
			for (k = $(i - 1) + 1; k < $(i + 1); k++) print k
		else if ($i != "...") print $i }' | sort -u >"$TMP/man-keys"
cut -d' ' -f2- "$TMP/actions" | tr ' ' '\n' | tr -d '<>' | sort -u >"$TMP/table-keys"
for k in $(cat "$TMP/table-keys"); do
	grep -qxF -- "$k" "$TMP/man-keys"
	ok $? "man page KEYS: the default key $k"
done
sed -n '/^\.SH KEYS/,/^\.SS/p' "$MAN" >"$TMP/man-actions"
for a in $(cut -d' ' -f1 "$TMP/actions"); do
	grep -qw -- "$a" "$TMP/man-actions"
	ok $? "man page KEYS: the action name $a"
done
# Every environment variable the program reads, in ENVIRONMENT.
sed -n '/^\.SH ENVIRONMENT/,/^\.SH EXIT/p' "$MAN" | grep -E '^\.BR? ' >"$TMP/man-env"
vars=$(cat "$top_srcdir"/src/*.c "$top_srcdir"/ui/*.c | grep -oE 'getenv\("[A-Z_]+"\)' | sed 's/getenv("\(.*\)")/\1/' | sort -u)
ok $(($(echo "$vars" | wc -l) < 5)) "the environment variables read from the sources"
for e in $vars VISUAL EDITOR TERM; do
	grep -qw -- "$e" "$TMP/man-env"
	ok $? "man page ENVIRONMENT: $e"
done
contains "$MAN" ".notes.ini" "man page: the sidecar file"
contains "$MAN" "config.ini" "man page: the config file"
contains "$MAN" ".notes.ini.bak" "man page: the sidecar's backup"
contains "$MAN" "newsroom/themes/NAME.ini" "man page: the user's themes"
contains "$MAN" "beside the program" "man page: the themes beside the program"
done_testing
