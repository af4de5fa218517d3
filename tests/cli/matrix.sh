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
# 50 MB (a twentieth of it under valgrind, which reads it 50 times slower:
# that run is about memory errors, which the size does not change).
words=1900000
[ -n "${NEWSROOM_VALGRIND:-}" ] && words=95000
awk -v n=$words 'BEGIN { for (i = 0; i < n; i++) printf "word%d and more words, ", i; print "end." }' >"$TMP/longline"
check "$(($(wc -c <"$TMP/longline") / 1000000)) MB single line" "$TMP/longline" 0
is "$(wc -l <"$TMP/out")" 1 "single line: one paragraph"
cmp -s "$TMP/out" "$TMP/longline"; ok $? "single line: the text whole"
rm -f "$TMP/longline"

# Nested tags: libxml2 keeps 256 levels (and so never recurses deeper);
# below that the text is read, past it the message says why there is none.
nest() { # nest N: N nested <div>s around a paragraph
	awk -v n="$1" 'BEGIN { printf "<html><body>"; for (i = 0; i < n; i++) printf "<div>"
		printf "<p>Deep in the page, \"we are here,\" the mayor said on Tuesday evening.</p>"
		for (i = 0; i < n; i++) printf "</div>"; print "</body></html>" }'
}
nest 10000 >"$TMP/nested.html"
check "10,000 nested tags" "$TMP/nested.html" 1
contains "$TMP/err" "nested more than 256 deep" "10,000 nested tags: the message says why"
# Tens of thousands of attributes on one tag, HTML and XML: libxml2 compares
# each with every one before it (60,000 took 40 s); past 64 they are dropped.
attrs=60000
[ -n "${NEWSROOM_VALGRIND:-}" ] && attrs=3000
awk -v n=$attrs 'BEGIN { printf "<html><body><p"; for (i = 0; i < n; i++) printf " a%d=\"v\"", i
	print ">The mayor said the roads were open.</p></body></html>" }' >"$TMP/attrs.html"
check "$attrs attributes on one HTML tag" "$TMP/attrs.html" 0
contains "$TMP/out" "The mayor said the roads were open." "$attrs attributes on one HTML tag: the text is read"
awk -v n=$attrs 'BEGIN { printf "<?xml version=\"1.0\"?><nitf><head><title>Roads</title></head><body><body.content><p"
	for (i = 0; i < n; i++) printf " a%d=\"v\"", i
	print ">The mayor said the roads were open.</p></body.content></body></nitf>" }' >"$TMP/attrs.xml"
check "$attrs attributes on one XML tag" "$TMP/attrs.xml" 0
contains "$TMP/out" "The mayor said the roads were open." "$attrs attributes on one XML tag: the text is read"
nest 200 >"$TMP/nested.html"
check "200 nested tags" "$TMP/nested.html" 0
contains "$TMP/out" "Deep in the page" "200 nested tags: the text is read"

# Quotation marks: a million, and marks that never close.
awk 'BEGIN { printf "Title\n\n"; for (i = 0; i < 1000000; i++) printf "\""; print "" }' >"$TMP/marks"
check "1,000,000 quote marks" "$TMP/marks" 0 --quotes
is "$(wc -l <"$TMP/out")" 1 "1,000,000 quote marks: no quotation, only the header"
run "$NEWSROOM" --keys ')' --dump-screen=80x24 "$TMP/marks"
is "$status" 0 "1,000,000 quote marks: the reader opens"
printf 'Title\n\nThe mayor said: \342\200\234We will win.\n\nCritics called it \342\200\234a sham and left.\n\nThe vote, he said, \342\200\234is on Friday.\342\200\235\n' >"$TMP/unbalanced"
check "unbalanced marks" "$TMP/unbalanced" 0 --quotes
contains "$TMP/out" "	direct	said	We will win." "unbalanced: a quote left open after ':' ends with its paragraph"
! grep -qE "	(direct|partial)	[^	]*	a sham" "$TMP/out"
ok $? "unbalanced: a stray opener starts no quotation"
contains "$TMP/out" "is on Friday." "unbalanced: the quotation after a stray opener is found"
# Stray openers between cues in one long sentence: the output stays linear.
stray=16000
[ -n "${NEWSROOM_VALGRIND:-}" ] && stray=1000
awk -v n=$stray 'BEGIN { printf "Title\n\n"; for (i = 0; i < n; i++) printf "He said \342\200\234yes and \342\200\234no. "; print "" }' >"$TMP/unbalanced"
check "$stray unbalanced marks in one sentence" "$TMP/unbalanced" 0 --quotes
ok $(($(wc -c <"$TMP/out") > 2 * $(wc -c <"$TMP/unbalanced"))) "unbalanced marks: output no bigger than twice the input"
# Single-quoted pairs by the hundred thousand in one paragraph: each mark is
# tested against the double-quoted spans once, not against every pair found
# before it (400,000 pairs took over three minutes before).
pairs=200000
[ -n "${NEWSROOM_VALGRIND:-}" ] && pairs=5000
awk -v n=$pairs 'BEGIN { printf "Title\n\nHe said \"yes\" and "; for (i = 0; i < n; i++) printf "\047ab\047 "; print "" }' >"$TMP/singles"
check "$pairs single-quoted pairs in one paragraph" "$TMP/singles" 0 --quotes
is "$(grep -c "	ab$" "$TMP/out")" $pairs "single-quoted pairs: each one found"
contains "$TMP/out" "	yes" "single-quoted pairs: the double-quoted one too"
# Thousands of people of one surname: every "Smith said" is compared with
# the latest of them only (20,000 took 21 s for 1 MB before).
smiths=20000
[ -n "${NEWSROOM_VALGRIND:-}" ] && smiths=1000
awk -v n=$smiths 'function nm(i, s) { s = ""; do { s = s substr("abcdefghijklmnopqrstuvwxyz", i % 26 + 1, 1); i = int(i / 26) } while (i > 0); return toupper(substr(s, 1, 1)) substr(s, 2) "son" }
	BEGIN { printf "Title\n\n"; for (i = 0; i < n; i++) printf "\342\200\234Yes,\342\200\235 said %s Smith. \342\200\234No,\342\200\235 Smith said.\n\n", nm(i) }' >"$TMP/smiths"
check "$smiths people named Smith" "$TMP/smiths" 0 --quotes
is "$(grep -c "Smith	direct	said	No," "$TMP/out")" $smiths "$smiths people named Smith: each 'Smith said' is the Smith just named"
# Thousands of speech cues in one sentence: every reported clause may run to
# its end, so at most a few are read (8,000 took 25 s and 2 GB before).
awk -v n=$stray 'BEGIN { printf "Title\n\n"; for (i = 0; i < n; i++) printf "the mayor said the vote was fair, "; print "end." }' >"$TMP/cues"
check "$stray cues in one sentence" "$TMP/cues" 0 --quotes
ok $(($(wc -c <"$TMP/out") > 20 * $(wc -c <"$TMP/cues"))) "cues in one sentence: output linear in the input (at most 20 times)"
# One sentence of thousands of clauses, none of which ends the first: its
# words are counted as the clause is walked, not again from its start at
# every comma (40,000 took minutes before).
chain=40000
[ -n "${NEWSROOM_VALGRIND:-}" ] && chain=1000
awk -v n=$chain 'BEGIN { printf "Title\n\n"; for (i = 0; i < n; i++) printf "Mr Abc said that the vote was fair, Mr Def told Mr Ghi that "; print "" }' >"$TMP/chain"
check "$chain clauses in one sentence" "$TMP/chain" 0 --quotes
is "$(wc -l <"$TMP/out")" 2 "clauses in one sentence: one reported clause"
contains "$TMP/out" "	Abc	indirect	said	the vote was fair, Mr Def told Mr Ghi that Mr Abc said" "clauses in one sentence: the first, to the sentence end"
# A pronoun of the other sex than every name before it, with no quote
# attributed since: the names are looked at back to a long article's length,
# not to the start of the text at each pronoun (120,000 took minutes before).
she=120000
[ -n "${NEWSROOM_VALGRIND:-}" ] && she=3000
awk -v n=$she 'BEGIN { printf "Title\n\n"; for (i = 0; i < n; i++) printf "Bob Zed met Tom Yu and Jim Ax. She said no. "; print "" }' >"$TMP/she"
check "$she pronouns after names of the other sex" "$TMP/she" 0 --quotes
is "$(grep -c "		indirect	said	no. Bob Zed met Tom Yu and Jim Ax$" "$TMP/out")" $((she - 1)) "pronouns after names of the other sex: each clause, with no speaker"
# One speaker given a new role or a new middle name at every quote: each
# keeps 64 at the most, where every new one was compared with all before it
# (60,000 roles and 200,000 names took minutes before).
roles=60000 names=200000
[ -n "${NEWSROOM_VALGRIND:-}" ] && roles=2000 names=2000
nm='function nm(i,   s) { s = ""; do { s = s substr("abcdefghijklmnopqrstuvwxyz", i % 26 + 1, 1); i = int(i / 26) } while (i > 0); return toupper(substr(s, 1, 1)) substr(s, 2) "son" }'
awk -v n=$roles "$nm"' BEGIN { printf "Title\n\n"; for (i = 0; i < n; i++) printf "\342\200\234Yes,\342\200\235 said John Smith, the head of %s.\n\n", nm(i) }' >"$TMP/roles"
check "$roles roles of one speaker" "$TMP/roles" 0 --speakers
is "$(awk -F'\t' '$1 == "John Smith" { print $3, split($2, r, "; ") }' "$TMP/out")" "$roles 64" "roles of one speaker: every quote his, 64 roles kept"
contains "$TMP/out" "	the head of Ason; the head of Bson; " "roles of one speaker: the first ones"
awk -v n=$names "$nm"' BEGIN { printf "Title\n\n\342\200\234No,\342\200\235 said John Smith.\n\n"; for (i = 0; i < n; i++) printf "\342\200\234Yes,\342\200\235 said John %s Smith.\n\n", nm(i) }' >"$TMP/aliases"
check "$names names of one speaker" "$TMP/aliases" 0 --speakers
is "$(awk -F'\t' '$1 == "John Ason Smith" { print $3, split($4, a, "; ") }' "$TMP/out")" "$((names + 1)) 64" "names of one speaker: every quote his, 64 names kept"
rm -f "$TMP/roles" "$TMP/aliases"
printf 'Title Of The Story Here\n\nA \033[2J\033[H cleared \033]52;c;ZXZpbA==\007 clip \033]0;owned\007 title \033P1$r\033\\ dcs \302\2332J c1 \033c reset.\n' >"$TMP/esc"
check "terminal escape sequences (CSI, OSC 52, title, DCS, RIS)" "$TMP/esc" 0
is "$(sed -n 3p "$TMP/out")" "A cleared clip title dcs c1 reset." "escapes: text around them kept"
printf 'Bidi \342\200\256txet desrever\342\200\254 and \342\201\246isolate\342\201\251 here.\n' >"$TMP/bidi"
check "bidi overrides" "$TMP/bidi" 0
# The same through the reader's screen, and typed into its prompts.
for f in esc bidi; do
	run "$NEWSROOM" --keys '' --dump-screen=80x24 "$TMP/$f"
	is "$status" 0 "$f: the reader opens"
	no_escape "$TMP/out" "$f: nothing unsafe on the reader's screen"
done
contains "$TMP/out" "Bidi txet desrever and isolate here." "bidi: the reader shows the words"
run "$NEWSROOM" --keys "$(printf '/x\342\200\256y\342\201\246z')" --dump-screen=80x24 "$TMP/bidi"
no_escape "$TMP/out" "bidi typed at the search prompt: not on the screen"
contains "$TMP/out" "/xyz" "bidi typed at the search prompt: the rest is"
run "$NEWSROOM" --keys "$(printf 'ax\342\200\256y')" --dump-screen=80x24 --sidecar "$TMP/bidi.ini" "$TMP/bidi"
no_escape "$TMP/out" "bidi typed at the note prompt: not on the screen"
ln -s "$TMP/loop-b" "$TMP/loop-a"
ln -s "$TMP/loop-a" "$TMP/loop-b"
check "symlink loop" "$TMP/loop-a" 1
contains "$TMP/err" "symbolic links" "symlink loop: message says why"
run "$NEWSROOM" --keys '' --dump-screen=80x24 "$TMP/loop-a"
is "$status" 1 "symlink loop: the reader exits 1"
contains "$TMP/err" "symbolic links" "symlink loop: the reader says why"
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
