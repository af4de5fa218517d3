#!/bin/sh
# matrix.sh - the bad-input matrix: every hostile input gives a clear message or
# a correct result, the documented exit code, and no escape byte on the output.
. "$top_srcdir/tests/cli/lib.sh"

# check NAME FILE WANT_STATUS [MODE]: runs MODE (default --text) on FILE.
check() {
	run "$NEWSROOM" ${4:---text} "$2"
	is "$status" "$3" "$1: exit $3"
	no_escape "$TMP/out" "$1: nothing unsafe on stdout"
	no_escape "$TMP/err" "$1: nothing unsafe on stderr"
	if [ "$3" -ne 0 ]; then
		is "$(wc -l <"$TMP/err")" 1 "$1: one message line"
	fi
}

: >"$TMP/empty"
check "empty file" "$TMP/empty" 1
printf 'a' >"$TMP/one"
check "1 byte" "$TMP/one" 0
is "$(cat "$TMP/out")" "a" "1 byte: the byte is the article"
printf 'text\000\000\000more' >"$TMP/nul"
check "NUL bytes" "$TMP/nul" 1
head -c 65536 /dev/urandom >"$TMP/random"
run "$NEWSROOM" --text "$TMP/random"
ok $((status > 1)) "random bytes: exit 0 or 1, never a crash (got $status)"
no_escape "$TMP/out" "random bytes: nothing unsafe on stdout"
# Printable-looking random bytes (no NUL) go through the windows-1252 path.
LC_ALL=C tr -d '\000' <"$TMP/random" | head -c 20000 >"$TMP/random-nonul"
run "$NEWSROOM" --text "$TMP/random-nonul"
ok $((status > 1)) "random bytes without NUL: exit 0 or 1 (got $status)"
no_escape "$TMP/out" "random bytes without NUL: nothing unsafe on stdout"
printf 'Caf\xc3 \xc0\xaf overlong \xe0\x80\xaf and \xed\xa0\x80 surrogate \xf4\x90\x80\x80 end.\n' >"$TMP/badutf8"
check "invalid and overlong UTF-8" "$TMP/badutf8" 0
contains "$TMP/out" "overlong" "invalid UTF-8: text kept, decoded as windows-1252"
printf '\377\376H\000e\000l\000l\000o\000 \000w\000o\000r\000l\000d\000.\000\n\000' >"$TMP/utf16"
check "UTF-16LE with BOM" "$TMP/utf16" 0
is "$(cat "$TMP/out")" "Hello world." "UTF-16LE: decoded"
awk 'BEGIN { for (i = 0; i < 500000; i++) printf "word%d and more words, ", i; print "end." }' >"$TMP/longline"
check "50 MB single line" "$TMP/longline" 0
is "$(wc -l <"$TMP/out")" 1 "single line: one paragraph"
printf 'Title Of The Story Here\n\nA \033[2J\033[H cleared \033]52;c;ZXZpbA==\007 clip \033]0;owned\007 title \033P1$r\033\\ dcs \302\2332J c1 \033c reset.\n' >"$TMP/esc"
check "terminal escape sequences (CSI, OSC 52, title, DCS, RIS)" "$TMP/esc" 0
is "$(sed -n 3p "$TMP/out")" "A cleared clip title dcs c1 reset." "escapes: text around them kept"
printf 'Bidi \342\200\256txet desrever\342\200\254 and \342\201\246isolate\342\201\251 here.\n' >"$TMP/bidi"
check "bidi overrides" "$TMP/bidi" 0
ln -s "$TMP/loop-b" "$TMP/loop-a"
ln -s "$TMP/loop-a" "$TMP/loop-b"
check "symlink loop" "$TMP/loop-a" 1
contains "$TMP/err" "symbolic links" "symlink loop: message says why"
if [ -e /dev/full ]; then
	"$NEWSROOM" --text "$DATA/seed/tillerson-un.txt" >/dev/full 2>"$TMP/err"
	is "$?" 1 "disk full on output: exit 1"
	contains "$TMP/err" "cannot write output" "disk full on output: message"
fi

# Every input a fuzzer once crashed on stays a test (run under the sanitizers
# in CI): each mode must end with 0 or 1, never a crash.
for f in "$DATA"/fuzz-regress/*; do
	name=$(basename "$f")
	case "$name" in
	*.notes.ini)
		cp "$DATA/seed/tillerson-un.txt" "$TMP/art.txt"
		run "$NEWSROOM" --notes --sidecar "$f" "$TMP/art.txt"
		ok $((status > 1)) "fuzz regression $name: --notes ends cleanly (got $status)"
		run "$NEWSROOM" --keys 'r' --dump-screen=80x24 --sidecar "$f" "$TMP/art.txt"
		ok $((status > 1)) "fuzz regression $name: the reader's list ends cleanly (got $status)"
		;;
	*)
		for mode in --text --meta --quotes --speakers; do
			run "$NEWSROOM" $mode --json "$f"
			ok $((status > 1)) "fuzz regression $name: $mode ends cleanly (got $status)"
		done
		run "$NEWSROOM" --keys '2])' --dump-screen=80x24 "$f"
		ok $((status > 1)) "fuzz regression $name: the reader ends cleanly (got $status)"
		;;
	esac
done

done_testing
