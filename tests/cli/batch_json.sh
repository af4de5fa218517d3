#!/bin/sh
# Batch JSON Lines over a tree: every record names its article, the order is
# the walk's (stable), -j N prints exactly what -j 1 does, and unreadable or
# unintelligible files are skipped with a message and a non-zero exit.
. "$top_srcdir/tests/cli/lib.sh"
DESK="$DATA/desk"

run "$NEWSROOM" --quotes --json -j 1 "$DESK"
is "$status" 0 "--quotes --json DIR exits 0"
cp "$TMP/out" "$TMP/j1"
is "$(grep -vc '"path":"' "$TMP/j1")" 0 "every quote record has a path"
is "$(grep -o '"path":"[^"]*"' "$TMP/j1" | uniq | sed 's/.*desk\///; s/"$//' | tr '\n' ' ')" \
	"axelrod-dean.txt bill-clinton-obamacare.txt clinton-millennials.txt flynn-trump.txt politics.xml superbugs.html tillerson-un.txt trump-politifact.txt trump-refugees.txt " \
	"records grouped by article, articles in name order"
contains "$TMP/j1" '"speaker":"Michael Flynn"' "quotes of a text article"
contains "$TMP/j1" '"speaker":"Eric Biondi"' "quotes of a web page"
contains "$TMP/j1" "\"path\":\"$DESK/politics.xml\",\"item\":2}" "a feed's items are articles: path and item number"
contains "$TMP/j1" '"speaker":"Melezia Figueroa"' "quotes of a feed item's full text"
contains "$TMP/j1" '"confidence":0.80,"path":"' "the contract's fields are kept, path last"
for j in 2 3 8; do
	"$NEWSROOM" --quotes --json -j $j "$DESK" >"$TMP/jn" 2>"$TMP/err"
	cmp -s "$TMP/j1" "$TMP/jn"
	ok $? "-j $j prints exactly what -j 1 prints"
done
"$NEWSROOM" --quotes --json "$DESK" >"$TMP/jn" 2>/dev/null
cmp -s "$TMP/j1" "$TMP/jn"
ok $? "the default (one thread a core) prints what -j 1 prints"

run "$NEWSROOM" --speakers --json -j 2 "$DESK"
is "$status" 0 "--speakers --json DIR exits 0"
is "$(grep -vc '"path":"' "$TMP/out")" 0 "every speaker record has a path"
contains "$TMP/out" '{"name":"Rex Tillerson","roles":[' "speaker records keep their fields"
contains "$TMP/out" "\"path\":\"$DESK/tillerson-un.txt\"}" "a speaker names its article"

run "$NEWSROOM" --export jsonl "$DESK"
is "$status" 0 "--export jsonl DIR exits 0"
is "$(grep -c '^{"article":' "$TMP/out")" 4 "one annotation a line (the two sidecars' four)"
is "$(grep -vc "\"path\":\"$DESK/[a-z-]*\.txt\"}\$" "$TMP/out")" 0 "each with its article's path, last"
contains "$TMP/out" '"verdict":"He said it"' "annotation fields as in --export json"

# A tree with a few bad files among the good ones.
mkdir -p "$TMP/tree/a" "$TMP/tree/b"
cp "$DESK/flynn-trump.txt" "$TMP/tree/a/1.txt"
cp "$DATA/text/binary.bin" "$TMP/tree/a/2.bin"
cp "$DESK/axelrod-dean.txt" "$TMP/tree/b/3.txt"
: >"$TMP/tree/b/4.txt"
cp "$DESK/tillerson-un.txt" "$TMP/tree/b/5.txt"
for j in 1 2; do
	run "$NEWSROOM" --quotes --json -j $j "$TMP/tree"
	is "$status" 1 "-j $j: a tree with bad files exits 1"
	cp "$TMP/out" "$TMP/bad$j"
	cp "$TMP/err" "$TMP/err$j"
done
is "$(grep -o '"path":"[^"]*"' "$TMP/bad1" | uniq | sed 's/.*tree\///; s/"$//' | tr '\n' ' ')" \
	"a/1.txt b/3.txt b/5.txt " "the good files are all printed, in order"
contains "$TMP/err1" "2.bin" "the binary file is named on stderr"
contains "$TMP/err1" "4.txt" "the empty file is named on stderr"
is "$(grep -c . "$TMP/err1")" 2 "one message a bad file"
cmp -s "$TMP/bad1" "$TMP/bad2"
ok $? "-j 2 prints what -j 1 prints around bad files"
cmp -s "$TMP/err1" "$TMP/err2"
ok $? "-j 2 reports the bad files in the same order"
no_escape "$TMP/bad1" "no terminal escapes in the JSON"
if command -v python3 >/dev/null 2>&1; then
	python3 -c 'import json,sys
for l in open(sys.argv[1]): json.loads(l)' "$TMP/bad1"
	ok $? "every line parses as JSON"
fi

# Splitting across processes as the README shows: shares of the file list, one
# output a share, concatenated in order, give the records of one run.
(cd "$DESK" && find . -type f ! -name '*.notes.ini*' | LC_ALL=C sort | split -l 2 -d -a 4 - "$TMP/share.")
(cd "$DESK" && ls "$TMP"/share.???? |
	xargs -P 2 -I{} sh -c 'xargs -d "\n" "$1" --quotes --json -j 1 <{} >{}.jsonl' sh "$NEWSROOM")
cat "$TMP"/share.????.jsonl | sed 's/"path":"\.\//"path":"/' >"$TMP/split"
(cd "$DESK" && "$NEWSROOM" --quotes --json -j 1 .) | sed 's/"path":"\.\//"path":"/' >"$TMP/whole"
is "$(ls "$TMP"/share.????.jsonl | wc -l)" 5 "five shares of two files"
cmp -s "$TMP/split" "$TMP/whole"
ok $? "xargs -P over shares of the files gives the records of one run, in order"
done_testing
