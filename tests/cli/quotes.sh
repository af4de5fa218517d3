#!/bin/sh
# --quotes and --speakers on the seed article: all 27 quotations with their
# speakers (compared with a committed expected file), the speaker ranking the
# reader depends on, JSON Lines with the contract's fields.
. "$top_srcdir/tests/cli/lib.sh"
SEED="$DATA/seed/tillerson-un.txt"

run "$NEWSROOM" --quotes "$SEED"
is "$status" 0 "--quotes exits 0"
is "$(head -1 "$TMP/out")" "$(printf '# start\tend\tspeaker\tkind\tcue\ttext')" "TSV header"
is "$(grep -v '^#' "$TMP/out" | grep -vc "$(printf '\tindirect\t')")" 27 "27 quotations in the seed"
contains "$TMP/out" "$(printf 'Rex Tillerson\tindirect\ttold\tNorth Korea must cease')" \
	"reported speech: told ... that CLAUSE"
grep -v '^#' "$TMP/out" | grep -v "$(printf '\tindirect\t')" | cut -f3,4,6 >"$TMP/got"
diff "$DATA/seed/tillerson-un.quotes.tsv" "$TMP/got" >"$TMP/diff"
ok $? "speaker, kind and text of every quote as expected"
[ -s "$TMP/diff" ] && sed 's/^/# /' "$TMP/diff" | head -20
is "$(grep -c "$(printf '\tterm\t')" "$TMP/out")" 0 "nothing in the seed is a term"
contains "$TMP/out" "$(printf 'Rex Tillerson\theadline')" "the headline quote is Tillerson's"
no_escape "$TMP/out" "no terminal escapes in the TSV"

run "$NEWSROOM" --speakers "$SEED"
is "$status" 0 "--speakers exits 0"
grep -v '^#' "$TMP/out" | cut -f1,3 >"$TMP/got"
diff "$DATA/seed/tillerson-un.speakers.tsv" "$TMP/got" >/dev/null
ok $? "speakers ranked Tillerson 16, Nebenzya 5, Guterres 3, Wu 2, Goldstein 1"
contains "$TMP/out" "Russia's ambassador to the UN" "roles kept apart from the name"
contains "$TMP/out" "$(printf '\tTillerson')" "surname listed as an alias"

run "$NEWSROOM" --quotes --json "$SEED"
is "$status" 0 "--quotes --json exits 0"
is "$(grep -vc '"kind":"indirect"' "$TMP/out")" 27 "one JSON object a line"
first=$(head -1 "$TMP/out")
for f in start end text kind speaker mention cue confidence; do
	case "$first" in *"\"$f\":"*) ok 0 "JSON has $f" ;; *) ok 1 "JSON has $f" ;; esac
done
contains "$TMP/out" '"mention":"the Russian"' "nominal mention kept as written"
contains "$TMP/out" '"speaker":"Vasily Nebenzya","mention":"the Russian"' "the Russian resolves to Nebenzya"
if [ -n "${PYTHON3:-}" ] || command -v python3 >/dev/null 2>&1; then
	python3 -c 'import json,sys
for l in open(sys.argv[1]): json.loads(l)' "$TMP/out"
	ok $? "every line parses as JSON"
	# Offsets point into the --text output, marks included.
	"$NEWSROOM" --text "$SEED" >"$TMP/text"
	python3 -c 'import json,sys
t=open(sys.argv[2],"rb").read()
bad=[q for q in map(json.loads,open(sys.argv[1])) if q["kind"]!="indirect" and t[q["start"]:q["end"]].decode()[1:-1].strip(" .,") .find(q["text"].strip(" .,"))<0]
sys.exit(1 if bad else 0)' "$TMP/out" "$TMP/text"
	ok $? "start/end cut the quote out of the --text output"
fi

run "$NEWSROOM" --speakers --json "$SEED"
contains "$TMP/out" '{"name":"Rex Tillerson","roles":[' "speakers JSON"

# A Russian quote set off by dashes: its opening "Я" (I) is nobody's name.
run "$NEWSROOM" --speakers "$top_srcdir/tests/data/ru-dashed-quote.txt"
is "$(grep -c "^Я	" "$TMP/out")" 0 "the one-letter Russian I is no speaker"

# The byline's name speaks for "I", without its honorific.
printf 'The conversation I kept putting off\n\nBy Dr. Elena Vasquez\n\nI told her, "We need to talk."\n' >"$TMP/by.txt"
run "$NEWSROOM" --speakers "$TMP/by.txt"
contains "$TMP/out" "Elena Vasquez	writer	1" "the byline's writer, \"Dr.\" left out of the name"

printf 'A plain note without any quotation.\n' >"$TMP/none.txt"
run "$NEWSROOM" --quotes "$TMP/none.txt"
is "$(grep -vc '^#' "$TMP/out")" 0 "no quotes: only the header"
run "$NEWSROOM" --quotes "$TMP/missing.txt"
is "$status" 1 "a missing file exits 1"
done_testing
