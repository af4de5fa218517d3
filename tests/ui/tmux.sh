#!/bin/sh
# tmux.sh - the real interactive program in a real terminal: a private tmux
# server runs it in a 120x40 pane; we type with send-keys and read the screen
# with capture-pane, as a person would.  Skipped when tmux is missing.
. "$top_srcdir/tests/cli/lib.sh"

. "$top_srcdir/tests/ui/tmux-lib.sh"

screen() { tm capture-pane -p -t test >"$TMP/screen"; }
# wait_screen TENTHS WANT TEXT: until TEXT is on the screen (WANT=on) or off
# it (WANT=off), for at most TENTHS tenths of a second; then lets it settle.
wait_screen() {
	i=0
	while [ $i -lt "$1" ]; do
		screen
		if grep -qF -- "$3" "$TMP/screen"; then on=on; else on=off; fi
		if [ "$on" = "$2" ]; then
			settle
			return 0
		fi
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}
# Under make check-valgrind every step is tens of times slower.
slow=1
case $NEWSROOM in *vg-newsroom) slow=20 ;; esac
wait_for() { wait_screen $((50 * slow)) on "$1"; }
wait_long() { wait_screen $((600 * slow)) on "$1"; } # sanitizer builds analyse slowly
wait_gone() { wait_screen $((50 * slow)) off "$1"; }
# settle: until the screen has not changed for 0.3 s (5 s at most).
settle() {
	screen
	cp "$TMP/screen" "$TMP/prev"
	i=0
	same=0
	while [ $i -lt 50 ] && [ $same -lt 3 ]; do
		sleep 0.1
		screen
		if cmp -s "$TMP/screen" "$TMP/prev"; then
			same=$((same + 1))
		else
			same=0
			cp "$TMP/screen" "$TMP/prev"
		fi
		i=$((i + 1))
	done
}
keys() { tm send-keys -t test "$@"; settle; }

SEED="$top_srcdir/tests/data/seed/tillerson-un.txt"
tm new-session -d -s test -x 120 -y 40 "env PS1='$ ' TERM=tmux-256color sh"
tm send-keys -t test "'$NEWSROOM' '$SEED'; echo EXIT=\$?" Enter
wait_for "Tillerson: 'North Korea Must Earn Its Way Back To The Table'"
ok $? "the reader opens the seed article"
contains "$TMP/screen" "Nicole Gaouette · CNN" "the byline line is under the headline"
contains "$TMP/screen" "tillerson-un.txt" "the status bar names the file"

# The speakers panel: five speakers, by quote count, then "+N" statements
# reported without quotation marks.
counts=$(sed -n 's/.*│ [1-9] ● .* \([0-9][0-9+]*\)$/\1/p' "$TMP/screen" | tr '\n' ' ')
is "$counts" "16+8 5+2 3 2+1 1 " "the panel lists 5 speakers with 16+8, 5+2, 3, 2+1 and 1 statements"
grep -q '│ 1 ● Rex Tillerson' "$TMP/screen" && grep -q '│ 2 ● Vasily Nebenzya' "$TMP/screen"
ok $? "Rex Tillerson is speaker 1, Vasily Nebenzya speaker 2"

# 2 then ]: Nebenzya's first statement, on screen and highlighted.
keys 2
keys ]
grep -q '^▌.*it should be clear' "$TMP/screen" || grep -A1 '^▌.*Nebenzya said, "it' "$TMP/screen" | grep -q 'to everybody'
ok $? "2 ] shows Nebenzya's first statement, marked in the gutter"
contains "$TMP/screen" "statement 1/7" "the status bar says statement 1/7"
contains "$TMP/screen" "▸ “it should be clear to everybody" "the panel points at it"
tm capture-pane -e -p -t test >"$TMP/esc"
grep 'everybody' "$TMP/esc" | grep -q '48;5;237'
ok $? "the statement is highlighted"
keys ]
grep -q '^▌.*indeed this is how Pyongyang' "$TMP/screen"
ok $? "] again shows his second statement"
contains "$TMP/screen" "statement 2/7" "the status bar says statement 2/7"

# Resize to 50x15 and back: the same place.
keys j j j }
cp "$TMP/screen" "$TMP/before"
tm resize-window -t test -x 50 -y 15
wait_gone "Speakers ("
settle
head -1 "$TMP/before" | sed 's/^[▏▌ ]*//' | cut -c1-20 >"$TMP/top"
grep -qF -- "$(cat "$TMP/top")" "$TMP/screen"
ok $? "at 50x15 the paragraph that was at the top is still there"
lacks "$TMP/screen" "Speakers (" "at 50 columns the panel is hidden"
tm resize-window -t test -x 120 -y 40
wait_for "Speakers ("
settle
diff "$TMP/before" "$TMP/screen" | sed "s/^/# /" | head -20; cmp -s "$TMP/before" "$TMP/screen"
ok $? "back at 120x40 the screen is as before the resize"

# Search.
keys g
keys / P y o n g y a n g Enter
cp "$TMP/screen" "$TMP/first"
grep -q "Pyongyang" "$TMP/screen"
ok $? "/Pyongyang shows a match"
keys n
cmp -s "$TMP/first" "$TMP/screen"
[ $? -ne 0 ]
ok $? "n moves to the next match"
tm capture-pane -e -p -t test >"$TMP/esc"
grep -q "Pyongyang" "$TMP/esc" && grep -q '48;5;220' "$TMP/esc"
ok $? "matches are highlighted"

# Help.
keys '?'
contains "$TMP/screen" "newsroom: keys" "? shows the help screen"
contains "$TMP/screen" "next statement of the speaker" "help lists the statement keys"
keys Escape
lacks "$TMP/screen" "newsroom: keys" "Esc closes the help"

# Quit: exit 0, the shell's screen back, cursor visible.
keys q
wait_for "EXIT="
contains "$TMP/screen" "EXIT=0" "q exits with status 0"
lacks "$TMP/screen" "Speakers (" "the reader's screen is gone"
is "$(tm display -p -t test '#{alternate_on} #{cursor_flag}')" "0 1" \
	"the terminal is back to normal: main screen, cursor shown"

# Other terminal types.
for term in xterm xterm-256color screen linux; do
	tm send-keys -t test "clear; TERM=$term '$NEWSROOM' '$SEED'; echo EXIT=\$?" Enter
	wait_for "Nicole Gaouette"
	ok $? "TERM=$term: the article shows"
	keys q
	wait_for "EXIT="
	contains "$TMP/screen" "EXIT=0" "TERM=$term: q exits 0"
	lacks "$TMP/screen" "Nicole Gaouette" "TERM=$term: the reader's screen is gone"
done
# A long article shows at once; its quotations follow from a thread.
i=0
while [ $i -lt 100 ]; do cat "$SEED"; echo; i=$((i + 1)); done >"$TMP/long.txt"
tm send-keys -t test "clear; '$NEWSROOM' '$TMP/long.txt'; echo EXIT=\$?" Enter
wait_long "Nicole Gaouette"
ok $? "a 670 KB article opens"
wait_long "Speakers (5)"
ok $? "its speakers arrive from the background analysis"
n=$("$NEWSROOM" --speakers --json "$TMP/long.txt" |
	sed -n 's/^{"name":"Rex Tillerson".*"quotes":\([0-9]*\),.*"reported":\([0-9]*\),.*/\1+\2/p')
grep -q "│ 1 ● Rex Tillerson.* $n\$" "$TMP/screen"
ok $? "... counted over the whole article ($n, as --speakers says)"
keys 2 ]
contains "$TMP/screen" "statement 1/700" "statement jumps work once they have arrived"
keys q
wait_for "EXIT="
contains "$TMP/screen" "EXIT=0" "q exits 0"

# An article on a pipe: the keys still come from the terminal.
tm send-keys -t test "clear; cat '$SEED' | '$NEWSROOM' -; echo EXIT=\$?" Enter
wait_for "(stdin)"
ok $? "an article piped to - opens"
keys 2 ]
contains "$TMP/screen" "statement 1/7" "... and reads keys from the terminal"
# Ctrl-C: a clean exit (128 + SIGINT), the terminal restored.
keys C-c
wait_for "EXIT="
contains "$TMP/screen" "EXIT=130" "Ctrl-C exits with 130"
is "$(tm display -p -t test '#{alternate_on} #{cursor_flag}')" "0 1" "... and restores the terminal"

# NO_COLOR: attributes only.
tm send-keys -t test "clear; NO_COLOR=1 '$NEWSROOM' '$SEED'; echo EXIT=\$?" Enter
wait_for "Nicole Gaouette"
tm capture-pane -e -p -t test >"$TMP/esc"
! grep -qE '\[(3[0-7]|4[0-7]|38;5|48;5)' "$TMP/esc"
ok $? "NO_COLOR=1: no colour on screen"
grep -q 'ARTICLE' "$TMP/esc" && grep -qE '\[[0-9;]*7m' "$TMP/esc"
ok $? "NO_COLOR=1: the status bar still stands out (reverse video)"
keys q
wait_for "EXIT="

# Mouse: a click on a speaker's row selects them.
tm send-keys -t test "clear; '$NEWSROOM' '$SEED'; echo EXIT=\$?" Enter
wait_for "Speakers (5)"
row=$(grep -n '│ 3 ● Antonio Guterres' "$TMP/screen" | cut -d: -f1)
# An X10 mouse report (the terminfo's kmous): press and release at column 100.
cx=$(printf "\\%03o" $((32 + 100)))
cy=$(printf "\\%03o" $((32 + row)))
printf "\033[M $cx$cy\033[M#$cx$cy" >"$TMP/click"
tm load-buffer -b click "$TMP/click" && tm paste-buffer -b click -t test -d
settle
contains "$TMP/screen" "● Antonio Guterres  statement -/3" "clicking a speaker selects them"
keys q
wait_for "EXIT="
# Annotating (issue 5): a copy of the seed; Nebenzya's first statement
# tagged false with a note full of INI syntax, saved, quit; --notes shows
# exactly that note; reopening shows the tag.
mkdir -p "$TMP/notes"
cp "$SEED" "$TMP/notes/tillerson-un.txt"
COPY="$TMP/notes/tillerson-un.txt"
tm send-keys -t test "clear; '$NEWSROOM' '$COPY'; echo EXIT=\$?" Enter
wait_for "Speakers (5)"
keys 2
keys ]
keys t
contains "$TMP/screen" "4 ● false" "t opens the tag menu"
keys 4
contains "$TMP/screen" "tagged false" "4 tags the statement false"
keys a
contains "$TMP/screen" "note:" "a opens the note prompt"
# tmux takes a ';' ending an argument for its command separator: '\;' is one.
tm send-keys -t test -l '"quotes"; # and '
tm send-keys -t test -l '\;'
keys Enter
contains "$TMP/screen" "note kept" "Enter keeps the note"
keys w
contains "$TMP/screen" "saved 1 annotation" "w saves"
keys q
wait_for "EXIT="
contains "$TMP/screen" "EXIT=0" "q exits 0 once saved"
"$NEWSROOM" --notes "$COPY" >"$TMP/notes.out" 2>&1
grep -qxF '   note: "quotes"; # and ;' "$TMP/notes.out"
ok $? "--notes shows exactly that note"
contains "$TMP/notes.out" "1. false · open · Vasily Nebenzya" "--notes shows the tag and the speaker"
tm send-keys -t test "clear; '$NEWSROOM' '$COPY'; echo EXIT=\$?" Enter
wait_for "Speakers (5)"
keys 2
keys ]
grep -q '▕.*should be clear to everybody' "$TMP/screen"
ok $? "reopened: the statement has the annotation's gutter mark"
tm capture-pane -e -p -t test >"$TMP/esc"
grep 'everybody' "$TMP/esc" | grep -q '38;5;203'
ok $? "reopened: the statement is in the colour of the tag false"
keys r
contains "$TMP/screen" "false      open        Vasily Nebenzya" "r lists the annotation"
keys Escape
keys q
wait_for "EXIT="
contains "$TMP/screen" "EXIT=0" "q exits 0 (nothing unsaved)"
# Ctrl-G: the note in $EDITOR; curses comes back afterwards.
printf '#!/bin/sh\nprintf "first line\\nsecond line\\n" >"$1"\n' >"$TMP/editor.sh"
chmod +x "$TMP/editor.sh"
tm send-keys -t test "clear; EDITOR='$TMP/editor.sh' '$NEWSROOM' '$COPY'; echo EXIT=\$?" Enter
wait_for "Speakers (5)"
keys 2
keys ]
keys a
keys C-g
wait_for "note kept"
ok $? "Ctrl-G runs the editor and keeps what it wrote"
contains "$TMP/screen" "Speakers (5)" "the reader's screen is back after the editor"
keys w q
wait_for "EXIT="
"$NEWSROOM" --notes "$COPY" >"$TMP/notes.out" 2>&1
contains "$TMP/notes.out" "second line" "the note from the editor has both lines"
# The terminal closing (SIGHUP) with unsaved annotations: saved, not lost.
cp "$SEED" "$TMP/notes/hup.txt"
tm send-keys -t test "clear; '$NEWSROOM' '$TMP/notes/hup.txt'; echo EXIT=\$?" Enter
wait_for "Speakers (5)"
keys 2 ] t 4
contains "$TMP/screen" "tagged false" "tagged, not saved"
# By command line: under valgrind the process is memcheck, running newsroom.
kill -HUP "$(pgrep -f -P "$(tm display -p -t test '#{pane_pid}')" newsroom)"
wait_for "EXIT="
contains "$TMP/screen" "unsaved annotations saved to" "SIGHUP: the reader says it saved them"
"$NEWSROOM" --notes "$TMP/notes/hup.txt" >"$TMP/notes.out" 2>&1
contains "$TMP/notes.out" "1. false · open · Vasily Nebenzya" "... and the sidecar has the annotation"
# The article changes on disk while it is open (issue 8), and another
# program tags the new version meanwhile: the reader's save merges, and no
# annotation is lost: the one whose words were deleted is kept as unplaced.
cp "$SEED" "$TMP/notes/changed.txt"
"$NEWSROOM" --tag claim --at "willing to start talks with Pyongyang" "$TMP/notes/changed.txt" >/dev/null
tm send-keys -t test "clear; '$NEWSROOM' '$TMP/notes/changed.txt'; echo EXIT=\$?" Enter
wait_for "Speakers (5)"
keys 2 ] t 4
contains "$TMP/screen" "tagged false" "changed article: tagged in the reader"
# A paragraph inserted at the top (every offset moves), the tagged claim's
# paragraph deleted.
{ printf 'A new first paragraph.\n\n'; grep -v "willing to start talks" "$SEED"; } >"$TMP/changed.new"
cp "$TMP/changed.new" "$TMP/notes/changed.txt"
"$NEWSROOM" --tag check --at "Guterres" --nth 1 "$TMP/notes/changed.txt" >/dev/null
ok $? "changed article: another program tags the new version"
keys w
wait_for "merged"
ok $? "changed article: the reader's save says it merged"
keys q
wait_for "EXIT="
"$NEWSROOM" --notes "$TMP/notes/changed.txt" >"$TMP/notes.out" 2>&1
contains "$TMP/notes.out" "changed.txt: 3 annotations (1 unplaced)" "changed article: all 3 annotations kept"
contains "$TMP/notes.out" "false · open · Vasily Nebenzya" "changed article: the reader's one, re-anchored"
contains "$TMP/notes.out" "UNPLACED: not found in the article as it is now" "changed article: the deleted claim kept, unplaced"
# --review: the list of every annotation; Enter opens the article at one,
# q goes back to the list, q again quits.
cp -R "$top_srcdir/tests/data/ui/review" "$TMP/review"
tm send-keys -t test "clear; '$NEWSROOM' --review '$TMP/review'; echo EXIT=\$?" Enter
wait_for "Review: 5 of 5 annotations in 2 articles"
ok $? "--review lists the annotations of the folder"
keys j j j Enter
wait_for "Speakers (5)"
ok $? "Enter opens the article"
grep -q '▕.*we do not seek' "$TMP/screen"
ok $? "... at the annotation, marked in the gutter"
keys q
wait_for "Review: 5 of 5"
ok $? "q in the article goes back to the review list"
contains "$TMP/screen" "▸tillerson-un.txt      claim" "the same annotation is still selected"
keys q
wait_for "EXIT="
contains "$TMP/screen" "EXIT=0" "q quits the review with status 0"
done_testing
