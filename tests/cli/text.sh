#!/bin/sh
# text.sh - `--text`, `--meta`, `--json`, usage errors and bad input at the CLI.
. "$top_srcdir/tests/cli/lib.sh"
SEED="$DATA/seed/tillerson-un.txt"
T="$DATA/text"

# --- the seed article -------------------------------------------------------
run "$NEWSROOM" --text "$SEED"
is "$status" 0 "seed: --text exits 0"
is "$(head -n 1 "$TMP/out")" "Tillerson: 'North Korea Must Earn Its Way Back To The Table'" "seed: headline first"
is "$(sed -n 2p "$TMP/out")" "" "seed: blank line after the headline"
# The 25 article paragraphs of the source, byte for byte, in order.
awk 'BEGIN{RS=""} NR>=4 && NR<=28 {if (NR>4) print ""; print}' "$SEED" >"$TMP/want"
tail -n +3 "$TMP/out" >"$TMP/got"
cmp -s "$TMP/want" "$TMP/got"
ok $? "seed: the 25 paragraphs byte-identical to the source"
is "$(grep -c . "$TMP/got")" 25 "seed: exactly 25 paragraphs"
for chrome in "Watch CBS News" "Follow CBSMIAMI.COM" "View CBS News In" "CBS News App Open" \
	"Chrome Safari Continue" "Be the first to know" "Get browser notifications" "Cable News Network"; do
	lacks "$TMP/out" "$chrome" "seed: chrome line '$chrome' dropped"
done

run "$NEWSROOM" --meta "$SEED"
is "$status" 0 "seed: --meta exits 0"
contains "$TMP/out" "byline: Nicole Gaouette" "seed: byline from the copyright line"
contains "$TMP/out" "dateline: (CNN)" "seed: dateline"
contains "$TMP/out" "source: CNN" "seed: source"
contains "$TMP/out" "title: Tillerson: 'North Korea Must Earn Its Way Back To The Table'" "seed: title"
contains "$TMP/out" "copyright: ©2017 Cable News Network, Inc., a Time Warner Company. All rights reserved. By Nicole Gaouette" "seed: copyright"

if command -v python3 >/dev/null; then
	run "$NEWSROOM" --text --json "$SEED"
	python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["meta"]["byline"]=="Nicole Gaouette"; assert len(d["paragraphs"])==26; t=d["text"]; assert all(t[p["start"]:p["end"]]==p["text"] for p in d["paragraphs"] if p["text"].isascii())' "$TMP/out"
	ok $? "--text --json: valid JSON with paragraphs and metadata"
	run "$NEWSROOM" --meta --json "$SEED"
	python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["source"]=="CNN"' "$TMP/out"
	ok $? "--meta --json: valid JSON"
else
	echo "ok - --json checks # SKIP no python3"
	echo "ok - --json checks # SKIP no python3"
	_n=$((_n + 2))
fi

# stdin
run sh -c "\"$NEWSROOM\" --text - < \"$SEED\""
is "$status" 0 "stdin: '-' reads standard input"
is "$(head -n 1 "$TMP/out")" "Tillerson: 'North Korea Must Earn Its Way Back To The Table'" "stdin: same headline"

# --- headlines ------------------------------------------------------------------
# A two-word headline over its story is the title, not chrome; a first
# sentence full of names is body, not a headline.
printf 'Talks resume\n\nSergey Lavrov arrived in Geneva on Monday.\n\n"We are ready," Lavrov said.\n' >"$TMP/short.txt"
run "$NEWSROOM" --meta "$TMP/short.txt"
contains "$TMP/out" "title: Talks resume" "a two-word headline is the title"
run "$NEWSROOM" --quotes "$TMP/short.txt"
contains "$TMP/out" "Sergey Lavrov	direct" "... and the body's first sentence names the speaker in full"
printf 'Sergey Lavrov arrived in Geneva on Monday.\n\n"We are ready," Lavrov said on a visit that was planned weeks ago.\n' >"$TMP/names.txt"
run "$NEWSROOM" --text --json "$TMP/names.txt"
lacks "$TMP/out" '"kind":"title"' "a sentence of names with a period is no headline"

# --- normalisation ------------------------------------------------------------
expected="The mayor said the budget was balanced. \"We have done the work,\" she said."
for f in crlf cr bom utf16le; do
	run "$NEWSROOM" --text "$T/$f.txt"
	is "$(sed -n 3p "$TMP/out")" "$expected" "$f: decoded and normalised"
	no_escape "$TMP/out" "$f: no control bytes out"
done
run "$NEWSROOM" --text "$T/cp1252.txt"
is "$(sed -n 3p "$TMP/out")" "The mayor said the café budget was “balanced” – and fine." "cp1252: decoded as windows-1252"
run "$NEWSROOM" --meta "$T/cp1252.txt"
contains "$TMP/out" "warning: not valid UTF-8: decoded as windows-1252" "cp1252: warning in --meta"
run "$NEWSROOM" --text "$T/tabs-nbsp.txt"
is "$(sed -n 3p "$TMP/out")" "The mayor said thebudget was balanced." "tabs, NBSP, zero-width, soft hyphen normalised"
run "$NEWSROOM" --text "$T/escapes.txt"
is "$(sed -n 3p "$TMP/out")" "The mayor said the budget was balanced. Done now." "CSI/OSC/DCS/C1 sequences removed"
no_escape "$TMP/out" "escapes: no escape byte reaches the output"
run "$NEWSROOM" --text "$T/bidi.txt"
is "$(sed -n 3p "$TMP/out")" "The mayor said gnihtemos the budget was fine." "bidi overrides and isolates removed"
no_escape "$TMP/out" "bidi: no bidi control in the output"
run "$NEWSROOM" --text "$T/controls.txt"
is "$(sed -n 3p "$TMP/out")" "The mayor said the budget was fine." "C0 controls and DEL removed"
run "$NEWSROOM" --text "$T/wrapped.txt"
is "$(grep -c . "$TMP/out")" 3 "hard-wrapped paragraphs joined"
run "$NEWSROOM" --text "$T/one-per-line.txt"
is "$(grep -c . "$TMP/out")" 4 "one paragraph a line kept apart"
run "$NEWSROOM" --text "$T/chrome.txt"
is "$(head -n 1 "$TMP/out")" "Mayor Defends Budget Against Critics" "chrome: headline found below navigation"
lacks "$TMP/out" "Skip to main content" "chrome: navigation dropped"
lacks "$TMP/out" "newsletter" "chrome: newsletter prompt dropped"
run "$NEWSROOM" --meta "$T/chrome.txt"
contains "$TMP/out" "byline: Jane Doe and John Roe" "chrome: byline"
contains "$TMP/out" "date: Updated 3:15 PM ET, Fri December 15, 2017" "chrome: date line"
contains "$TMP/out" "dateline: NEW YORK (AP)" "chrome: dateline"
# A short sentence that gives a date is the body's, not a date line: first
# and last paragraph alike.
printf 'Roads Flood After Storm\n\nThe authority said on Oct. 22, 2024, that some roads flooded.\n\nCrews worked through the night to clear them.\n\nThe mayor said on Nov. 3, 2024, that all were open.\n' >"$TMP/dated.txt"
run "$NEWSROOM" --text "$TMP/dated.txt"
contains "$TMP/out" "The authority said on Oct. 22, 2024, that some roads flooded." "a sentence with a date opens the body"
contains "$TMP/out" "The mayor said on Nov. 3, 2024, that all were open." "a sentence with a date ends the body"
# A headline of two sentences, or a question, over a byline is the headline.
printf 'I was wrong about remote work. Here is what changed my mind.\n\nBy Daniel Hirsch\n\nThree years ago, I wrote that remote work was a pandemic habit.\n' >"$TMP/oped.txt"
run "$NEWSROOM" --meta "$TMP/oped.txt"
contains "$TMP/out" "title: I was wrong about remote work. Here is what changed my mind." "two-sentence headline over a byline: the title"
contains "$TMP/out" "byline: Daniel Hirsch" "two-sentence headline over a byline: the byline"

# --- bad input ----------------------------------------------------------------
run "$NEWSROOM" --text "$T/binary.bin"
is "$status" 1 "binary: exit 1"
is "$(cat "$TMP/err")" "newsroom: $T/binary.bin: not a text article (binary data)" "binary: message"
run "$NEWSROOM" --text "$T/nul.txt"
is "$status" 1 "NUL bytes: exit 1"
run "$NEWSROOM" --text "$T/empty.txt"
is "$status" 1 "empty: exit 1"
contains "$TMP/err" "empty file" "empty: message"
run "$NEWSROOM" --text "$T/blank.txt"
is "$status" 1 "blank only: exit 1"
run "$NEWSROOM" --text "$TMP/does-not-exist.txt"
is "$status" 1 "missing file: exit 1"
is "$(cat "$TMP/err")" "newsroom: $TMP/does-not-exist.txt: no such file" "missing file: one clear line"
mkdir "$TMP/empty-dir"
run "$NEWSROOM" --text "$TMP/empty-dir"
is "$status" 1 "empty folder: exit 1"
contains "$TMP/err" "no article files" "empty folder: message"
cp "$SEED" "$TMP/secret.txt" && chmod 000 "$TMP/secret.txt"
if [ "$(id -u)" -ne 0 ]; then
	run "$NEWSROOM" --text "$TMP/secret.txt"
	is "$status" 1 "permission denied: exit 1"
	contains "$TMP/err" "permission denied" "permission denied: message"
else
	# root reads anything: check the message path with a file under a bad mount instead
	echo "ok $((_n + 1)) - permission denied: exit 1 # SKIP running as root"
	echo "ok $((_n + 2)) - permission denied: message # SKIP running as root"
	_n=$((_n + 2))
fi
printf 'x%.0s' $(seq 1 2000) >"$TMP/two-k.txt"
run "$NEWSROOM" --max-size 1 --text "$TMP/two-k.txt"
is "$status" 0 "--max-size: a file under the limit loads"
head -c 1100000 /dev/zero | tr '\0' 'a' >"$TMP/big.txt"
run "$NEWSROOM" --max-size 1 --text "$TMP/big.txt"
is "$status" 1 "--max-size: a file over the limit is refused"
contains "$TMP/err" "file too large" "--max-size: message"
printf 'evil\033]0;title\007name' >"$TMP/name"
run "$NEWSROOM" --text "$TMP/$(cat "$TMP/name")"
no_escape "$TMP/err" "a file name with escapes is neutralised in messages"

# --- folders and threads -------------------------------------------------------
mkdir -p "$TMP/tree/sub" "$TMP/tree/.hidden"
cp "$T"/*.txt "$TMP/tree/" && cp "$SEED" "$TMP/tree/sub/" && cp "$SEED" "$TMP/tree/.hidden/"
cp "$SEED" "$TMP/tree/sub/x.txt.notes.ini"
ln -s "$TMP/tree" "$TMP/tree/sub/loop"
run "$NEWSROOM" --meta -j 1 "$TMP/tree"
is "$status" 1 "folder: exit 1 when some files cannot be read"
cp "$TMP/out" "$TMP/j1.out"; cp "$TMP/err" "$TMP/j1.err"
is "$(grep -c '^origin: ' "$TMP/j1.out")" 13 "folder: every readable file once (hidden, sidecars, loops skipped)"
is "$(grep -c 'newsroom: ' "$TMP/j1.err")" 3 "folder: one message per unreadable file"
is "$(grep '^origin: ' "$TMP/j1.out" | head -n 1)" "origin: $TMP/tree/bidi.txt" "folder: names in byte order"
grep '^origin: ' "$TMP/j1.out" | LC_ALL=C sort -c
ok $? "folder: depth first, names in byte order"
run "$NEWSROOM" --meta -j 2 "$TMP/tree"
cmp -s "$TMP/out" "$TMP/j1.out" && cmp -s "$TMP/err" "$TMP/j1.err"
ok $? "-j 2 prints exactly what -j 1 prints"
run "$NEWSROOM" --text -j 3 "$SEED" "$T/empty.txt" "$SEED"
is "$(grep -c "^Tillerson: 'North Korea" "$TMP/out")" 2 "several files: each printed"
is "$status" 1 "several files: exit 1 when one fails"
run "$NEWSROOM" -j 0 --text "$SEED"
is "$status" 2 "-j 0 is a usage error"

# --- usage --------------------------------------------------------------------
run "$NEWSROOM"
is "$status" 2 "no file: usage error 2"
run "$NEWSROOM" --bogus "$SEED"
is "$status" 2 "unknown option: exit 2"
contains "$TMP/err" "unknown option '--bogus'" "unknown option named"
run "$NEWSROOM" --text --meta "$SEED"
is "$status" 2 "two modes: exit 2"
run "$NEWSROOM" --json "$SEED"
is "$status" 2 "--json alone: exit 2"
run "$NEWSROOM" --dump-screen=abc "$SEED"
is "$status" 2 "bad --dump-screen size: exit 2"
run "$NEWSROOM" --help
is "$status" 0 "--help exits 0"
contains "$TMP/out" "usage: newsroom" "--help prints usage"
run "$NEWSROOM" --version
is "$status" 0 "--version exits 0"
contains "$TMP/out" "newsroom " "--version prints the version"

done_testing
