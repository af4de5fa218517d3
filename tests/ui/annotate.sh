#!/bin/sh
# annotate.sh - annotating in the headless reader: what `w` writes is what
# --notes reads, reopening shows it, a failed save keeps everything and
# offers another path, q asks, autosave and the [tags] vocabulary.
. "$top_srcdir/tests/cli/lib.sh"

export XDG_CONFIG_HOME="$TMP/config" HOME="$TMP/home"
unset NO_COLOR
export NEWSROOM_NOW=1764000000
mkdir -p "$TMP/a"
A="$TMP/a/tillerson-un.txt"
cp "$DATA/seed/tillerson-un.txt" "$A"
NOTE='"quotes"; # and ;'
reader() { # reader KEYS [ARGS...]: the final screen in $TMP/screen
	k=$1
	shift
	"$NEWSROOM" "$@" --keys "$k" --dump-screen=100x24 >"$TMP/screen" 2>"$TMP/err"
	status=$?
}

reader "2]t4a$NOTE<Enter>w" "$A"
is "$status" 0 "tag, note and w in the reader"
contains "$TMP/screen" "saved 1 annotation" "the status bar says it saved"
[ -f "$A.notes.ini" ]
ok $? "the sidecar is beside the article"
run "$NEWSROOM" --notes "$A"
grep -qxF "   note: $NOTE" "$TMP/out"
ok $? "--notes shows exactly the note typed"
contains "$TMP/out" "1. false · open · Vasily Nebenzya" "--notes shows the tag and the speaker"
contains "$TMP/out" '"it should be clear to everybody' "--notes shows the statement tagged"

reader "r" "$A"
contains "$TMP/screen" "false      open        Vasily Nebenzya" "reopened: the list has the annotation"
reader "" "$A"
grep -q '▕.*should be clear to everybody' "$TMP/screen"
ok $? "reopened: the tagged statement has its gutter mark"

# The reading position: saved with w, restored on opening.
reader "}}}}}}}}w" "$A"
pct=$(sed -n 's/^ tillerson-un.txt  \([0-9]*%\).*/\1/p' "$TMP/screen")
reader "" "$A"
is "$(sed -n 's/^ tillerson-un.txt  \([0-9]*%\).*/\1/p' "$TMP/screen")" "$pct" \
	"the reading position comes back ($pct)"

# Delete and save: gone from the file too; u before saving keeps it.
reader "2]dw" "$A"
contains "$TMP/screen" "saved 0 annotations" "d then w saves the deletion"
run "$NEWSROOM" --notes "$A"
lacks "$TMP/out" "Nebenzya" "--notes no longer lists it"

# A save that fails: the message, then another path; nothing lost.
reader "2]t4w" --sidecar "$TMP/missing/dir/x.notes.ini" "$A"
contains "$TMP/screen" "not saved:" "a failed save says so"
contains "$TMP/screen" "save to: $TMP/missing/dir/x.notes.ini" "... and offers another path"
reader "2]t4w<C-u>$TMP/elsewhere.notes.ini<Enter>" --sidecar "$TMP/missing/dir/x.notes.ini" "$A"
contains "$TMP/screen" "saved to $TMP/elsewhere.notes.ini" "saving elsewhere works"
run "$NEWSROOM" --notes --sidecar "$TMP/elsewhere.notes.ini" "$A"
contains "$TMP/out" "1. false · open · Vasily Nebenzya" "the annotation is in the other file"

# q with unsaved changes asks; d discards, w saves and quits.
rm -f "$A.notes.ini" "$A.notes.ini.bak"
reader "2]t4qd" "$A"
[ ! -e "$A.notes.ini" ]
ok $? "q then d quits without writing"
reader "2]t4qw" "$A"
run "$NEWSROOM" --notes "$A"
contains "$TMP/out" "1. false" "q then w saves and quits"

# Autosave and a vocabulary of one's own.
mkdir -p "$TMP/config/newsroom"
printf '[annotations]\nautosave = yes\nauthor = Desk One\n[tags]\nx = wrong red\nk = checked 34 blue\n' \
	>"$TMP/config/newsroom/config.ini"
rm -f "$A.notes.ini" "$A.notes.ini.bak"
reader "2]t" "$A"
contains "$TMP/screen" "x ● wrong" "config.ini [tags]: the menu lists the tags and their keys"
lacks "$TMP/screen" "misleading" "... and only them"
reader "2]tx" "$A"
run "$NEWSROOM" --notes "$A"
contains "$TMP/out" "1. wrong · open · Vasily Nebenzya" "autosave wrote the new tag without w"
grep -q '^author = "Desk One"' "$A.notes.ini"
ok $? "the author comes from config.ini"
printf '[tags]\n1 = Not A Name\n' >"$TMP/config/newsroom/config.ini"
"$NEWSROOM" --dump-screen=250x10 "$A" >"$TMP/screen"
contains "$TMP/screen" "line 2: [tags]: the tag name must be" "a bad [tags] line is reported"
rm -f "$TMP/config/newsroom/config.ini"

# From stdin, annotations need --sidecar.
"$NEWSROOM" --keys "2]t" --dump-screen=100x24 - <"$A" >"$TMP/screen" 2>&1
contains "$TMP/screen" "annotating needs --sidecar PATH" "stdin without --sidecar: t says what to do"
"$NEWSROOM" --sidecar "$TMP/stdin.notes.ini" --keys "2]t4w" --dump-screen=100x24 - <"$A" >"$TMP/screen"
run "$NEWSROOM" --notes --sidecar "$TMP/stdin.notes.ini" "$A"
contains "$TMP/out" "1. false" "stdin with --sidecar: saved there"

# Hostile notes from the file never reach the screen raw.
reader "r" --sidecar "$DATA/ui/unplaced.notes.ini" "$A"
no_escape "$TMP/screen" "a note with escape sequences is shown cleaned"
contains "$TMP/screen" "(unplaced)" "an annotation whose text is gone is listed as unplaced"
# The desk's reader annotates too (the article's own sidecar).
mkdir -p "$TMP/desk"
cp "$DATA/ui/review/council.txt" "$DATA/ui/review/tillerson-un.txt" "$TMP/desk/"
"$NEWSROOM" --keys "<Enter>2]t4a$NOTE<Enter>w" --dump-screen=100x24 "$TMP/desk" >"$TMP/screen"
contains "$TMP/screen" "saved 1 annotation" "the desk's reader: t, a and w save"
run "$NEWSROOM" --notes "$TMP/desk/council.txt"
grep -qxF "   note: $NOTE" "$TMP/out"
ok $? "the desk's reader: --notes shows the note"
"$NEWSROOM" --keys "<Enter>2]t4q" --dump-screen=100x24 "$TMP/desk" >"$TMP/screen"
contains "$TMP/screen" "unsaved annotations: w saves" "the desk's reader: q with unsaved annotations asks"

# --review: s then w saves every changed sidecar; q with changes asks.
cp -R "$DATA/ui/review" "$TMP/review"
"$NEWSROOM" --review --keys "sw" --dump-screen=120x20 "$TMP/review" >"$TMP/screen" 2>"$TMP/err"
is "$?" 0 "--review: s then w"
contains "$TMP/screen" "saved 1 file" "--review: w saves the changed sidecar"
run "$NEWSROOM" --notes "$TMP/review/council.txt"
contains "$TMP/out" "1. opinion · in progress · Dana Whitfield" "--notes shows the status set in the review"
"$NEWSROOM" --review --keys "jjj<Enter>2]t3q" --dump-screen=120x20 "$TMP/review" >"$TMP/screen"
contains "$TMP/screen" "unsaved annotations: w saves" "a change in an article opened from the review asks on q"
"$NEWSROOM" --review --keys "jjj<Enter>2]t3qw" --dump-screen=120x20 "$TMP/review" >"$TMP/screen"
contains "$TMP/screen" "Review: 6 of 6 annotations" "... w saves it and goes back to the list, which has it"
run "$NEWSROOM" --notes "$TMP/review/tillerson-un.txt"
contains "$TMP/out" "true · open · Vasily Nebenzya" "the tag made from the review is in the sidecar"
run "$NEWSROOM" --review
is "$status" 2 "--review without files is a usage error"
run "$NEWSROOM" --review --json "$TMP/review"
is "$status" 2 "--review --json is a usage error"
run "$NEWSROOM" --review --dump-screen=80x10 "$TMP/nothing-here"
is "$status" 1 "--review of a missing path exits 1"
done_testing
