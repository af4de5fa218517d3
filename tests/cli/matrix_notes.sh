#!/bin/sh
# matrix_notes.sh - the bad-input matrix for sidecars (issue 8): a sidecar
# that cannot be used gives a clear message, the documented exit code, and is
# never written over, from the command line or from the reader, so that no
# annotation it holds is lost.  (A corrupt sidecar, an unwritable folder and
# an article changed since tagging are in notes.sh and tmux.sh.)
. "$top_srcdir/tests/cli/lib.sh"

A="$TMP/article.txt"
cp "$DATA/seed/tillerson-un.txt" "$A"

# refused NAME SIDECAR WHY: --notes and --tag exit 1 saying WHY; the reader
# opens, says WHY when asked to save, and the sidecar stays as it was.
refused() {
	snap() { if [ -f "$2" ]; then cksum <"$2"; else ls -ld "$2" | cut -c1; fi; }
	before=$(snap "$1" "$2")
	run "$NEWSROOM" --notes --sidecar "$2" "$A"
	is "$status" 1 "$1: --notes exit 1"
	contains "$TMP/err" "$3" "$1: --notes says why"
	is "$(wc -l <"$TMP/err")" 1 "$1: --notes, one message line"
	run "$NEWSROOM" --tag claim --at "Guterres" --nth 1 --sidecar "$2" "$A"
	is "$status" 1 "$1: --tag exit 1"
	contains "$TMP/err" "not saving annotations here" "$1: --tag says it does not save"
	run "$NEWSROOM" --keys '2]t1w' --dump-screen=200x24 --sidecar "$2" "$A"
	is "$status" 0 "$1: the reader opens"
	contains "$TMP/out" "not saved: " "$1: the reader's save is refused"
	contains "$TMP/out" "$3" "$1: ... and says why"
	no_escape "$TMP/out" "$1: nothing unsafe on the reader's screen"
	run "$NEWSROOM" --keys '2]t1w<Enter>' --dump-screen=200x24 --sidecar "$2" "$A"
	is "$(snap "$1" "$2")" "$before" "$1: never written, not even by save-as to the same path"
}

# 100,000 annotations: past SIDECAR_MAX_LINES (reading more would take
# minutes): read-only, every annotation kept in the file.
awk 'BEGIN { print "[newsroom]\nformat = \"1\"\n"
	for (i = 0; i < 100000; i++)
		printf "[annotation.a%06d]\ntag = \"claim\"\nstatus = \"open\"\nstart = \"12\"\nend = \"23\"\nexact = \"North Korea\"\n\n", i }' >"$TMP/many.ini"
refused "100,000 annotations" "$TMP/many.ini" "more than 50000 lines"
is "$(grep -c '^\[annotation\.' "$TMP/many.ini")" 100000 "100,000 annotations: all still in the file"

# A save that would write more lines than an open reads back as editable is
# refused, the file left as it was: 5,200 annotations in this short form
# (36,403 lines) open, but written back in full form they take over 50,000.
awk 'BEGIN { print "[newsroom]\nformat = \"1\"\n"
	for (i = 0; i < 5200; i++)
		printf "[annotation.a%06d]\ntag = \"claim\"\nstatus = \"open\"\nstart = \"12\"\nend = \"23\"\nexact = \"North Korea\"\n\n", i }' >"$TMP/near.ini"
before=$(cksum <"$TMP/near.ini")
run "$NEWSROOM" --notes --sidecar "$TMP/near.ini" "$A"
is "$status" 0 "5,200 annotations: they open"
run "$NEWSROOM" --tag claim --at "Guterres" --nth 1 --sidecar "$TMP/near.ini" "$A"
is "$status" 1 "one more: the save that would make the file too long is refused (exit 1)"
contains "$TMP/err" "more than the 50000 newsroom opens for editing" "... saying why"
is "$(cksum <"$TMP/near.ini")" "$before" "... and the file is left as it was"

# A sidecar cut short mid-value (a crash of another program, a full disk):
# what follows the cut is unknown, so nothing is written over it.
"$NEWSROOM" --tag claim --at "North Korea" --nth 1 --note "first" --sidecar "$TMP/whole.ini" "$A" >/dev/null
"$NEWSROOM" --tag false --at "Pyongyang" --nth 1 --note "second note" --sidecar "$TMP/whole.ini" "$A" >/dev/null
head -c $(($(wc -c <"$TMP/whole.ini") - 5)) "$TMP/whole.ini" >"$TMP/cut.ini"
refused "truncated sidecar" "$TMP/cut.ini" "without its closing quote (was the file cut short?)"
awk '/^format = / { printf "format = "; exit } { print }' "$TMP/whole.ini" >"$TMP/cut.ini"
refused "sidecar cut after 'format ='" "$TMP/cut.ini" "format '' is not one this newsroom reads"

mkdir "$TMP/dir.ini"
refused "a sidecar that is a directory" "$TMP/dir.ini" "not a regular file"

ln -s "$TMP/loop2.ini" "$TMP/loop1.ini"
ln -s "$TMP/loop1.ini" "$TMP/loop2.ini"
refused "a sidecar that is a symlink loop" "$TMP/loop1.ini" "Too many levels of symbolic links"

done_testing
