#!/bin/sh
# notes.sh - --tag, --notes, --export and the sidecar from the command line.
. "$top_srcdir/tests/cli/lib.sh"

A="$TMP/tillerson.txt"
cp "$DATA/seed/tillerson-un.txt" "$A"
S="$A.notes.ini"
CLAIM='it should be clear to everybody that the DPRK is hardly going to refrain from its nuclear missile program'
NOTE='"quotes"; # and ;'
export NEWSROOM_NOW=1513296000 # 2017-12-15T00:00:00Z

# --- --tag -------------------------------------------------------------------
run "$NEWSROOM" --tag false --at "$CLAIM" --note "$NOTE" "$A"
is "$status" 0 "--tag: exit 0"
grep -qE '^[0-9a-f]{12}$' "$TMP/out"; ok $? "--tag prints the new id"
ID=$(cat "$TMP/out")
[ -f "$S" ]; ok $? "--tag writes FILE.notes.ini beside the article"
contains "$S" "[annotation.$ID]" "the sidecar has the annotation's section"
contains "$S" 'note = "\x22quotes\x22\x3b \x23 and \x3b"' "the note is escaped in the file"

run "$NEWSROOM" --notes "$A"
is "$status" 0 "--notes: exit 0"
contains "$TMP/out" "false · open · Vasily Nebenzya" "--notes: tag, status, speaker from the quote"
contains "$TMP/out" "\"$CLAIM\"" "--notes: the exact text"
is "$(grep '^   note: ' "$TMP/out")" "   note: $NOTE" "--notes: exactly that note"

# A claim the article reports without quotation marks has its speaker too.
B="$TMP/reported.txt"
cp "$DATA/seed/tillerson-un.txt" "$B"
run "$NEWSROOM" --tag claim --at "he was willing to start talks with Pyongyang without preconditions" "$B"
is "$status" 0 "--tag on reported speech: exit 0"
run "$NEWSROOM" --notes "$B"
contains "$TMP/out" "claim · open · Rex Tillerson" "--notes: reported speech keeps its speaker"

run "$NEWSROOM" --tag claim --at "North Korea" "$A"
is "$status" 2 "ambiguous --at without --nth: exit 2"
contains "$TMP/err" "occurs 19 times: choose one with --nth" "ambiguous: says how many and what to do"
run "$NEWSROOM" --tag claim --at "North Korea" --nth 3 --status "in progress" \
	--verdict "Needs a source" --note "$(printf 'line one\nline two')" "$A"
is "$status" 0 "--nth picks an occurrence"
run "$NEWSROOM" --tag claim --at "North Korea" --nth 99 "$A"
is "$status" 2 "--nth past the count: exit 2"
run "$NEWSROOM" --tag claim --at "words that are nowhere" "$A"
is "$status" 1 "absent text: exit 1"
contains "$TMP/err" "is not in the article" "absent text: says so"
run "$NEWSROOM" --tag bogus --at "North Korea" "$A"
is "$status" 2 "unknown tag: exit 2"
contains "$TMP/err" "claim, check, true, false, misleading, unproven, opinion" "unknown tag: lists the tags"
run "$NEWSROOM" --tag claim --at "North Korea" --nth 1 --status later "$A"
is "$status" 2 "unknown status: exit 2"
run "$NEWSROOM" --at "North Korea" --notes "$A"
is "$status" 2 "--at without --tag: exit 2"
run "$NEWSROOM" --tag claim "$A"
is "$status" 2 "--tag without --at: exit 2"

run "$NEWSROOM" --notes "$A"
contains "$TMP/out" "tillerson.txt: 2 annotations" "--notes: both annotations"
contains "$TMP/out" "claim · in progress · Rex Tillerson" "--notes: status in words, speaker"
contains "$TMP/out" "   verdict: Needs a source" "--notes: the verdict"
contains "$TMP/out" "         line two" "--notes: later note lines indented"
[ -f "$S.bak" ]; ok $? "the previous version is kept as .bak"
grep -q "$ID" "$S.bak"; ok $? ".bak holds the earlier annotation"

# Terminal safety: what a note holds cannot drive the terminal.
run "$NEWSROOM" --tag opinion --at "mutual blaming" --note "$(printf 'bad \033[31mred\033]0;title\007 end')" "$A"
run "$NEWSROOM" --notes "$A"
no_escape "$TMP/out" "--notes: no escape sequences from notes reach the terminal"
run "$NEWSROOM" --export md "$A"
no_escape "$TMP/out" "--export md: none either"

# --- stdin ---------------------------------------------------------------------
run sh -c "\"$NEWSROOM\" --tag claim --at 'Wu Haitao' - < \"$A\""
is "$status" 2 "stdin without --sidecar: exit 2"
contains "$TMP/err" "needs --sidecar" "stdin: says --sidecar is needed"
run sh -c "\"$NEWSROOM\" --tag claim --at 'Wu Haitao' --sidecar \"$TMP/stdin.notes.ini\" - < \"$A\""
is "$status" 0 "stdin with --sidecar: exit 0"
contains "$TMP/stdin.notes.ini" 'exact = "Wu Haitao"' "stdin: the sidecar named by --sidecar"

# --- exports ---------------------------------------------------------------------
json_ok() { # json_ok FILE DESCRIPTION
	if [ -n "${PYTHON3:-}" ] || command -v python3 >/dev/null 2>&1; then
		python3 -m json.tool "$1" >/dev/null 2>&1
		ok $? "$2"
	else
		echo "ok $((_n += 1)) # SKIP no python3 to validate JSON"
	fi
}
for f in json claimreview webannotation; do
	run "$NEWSROOM" --export "$f" "$A"
	is "$status" 0 "--export $f: exit 0"
	cp "$TMP/out" "$TMP/export.$f"
	json_ok "$TMP/export.$f" "--export $f: valid JSON"
done
contains "$TMP/export.json" "\"note\":\"\\\"quotes\\\"; # and ;\"" "json: the note, exactly"
contains "$TMP/export.json" '"speaker":"Vasily Nebenzya"' "json: the speaker"
contains "$TMP/export.claimreview" '"@type":"ClaimReview"' "claimreview: the type"
contains "$TMP/export.claimreview" "\"claimReviewed\":\"$CLAIM\"" "claimreview: claimReviewed is the quote"
contains "$TMP/export.claimreview" '"itemReviewed":{"@type":"Claim","author":{"@type":"Person","name":"Vasily Nebenzya"}' "claimreview: the claim's author is the speaker"
contains "$TMP/export.claimreview" '"reviewRating":{"@type":"Rating","alternateName":"false"}' "claimreview: the verdict as alternateName"
contains "$TMP/export.claimreview" '"datePublished":"2017-12-15"' "claimreview: datePublished"
contains "$TMP/export.claimreview" '"alternateName":"Needs a source"' "claimreview: a verdict text is used"
lacks "$TMP/export.claimreview" '"alternateName":"opinion"' "claimreview: annotations without a verdict are left out"
contains "$TMP/export.webannotation" '"type":"TextQuoteSelector","exact":"it should be clear' "webannotation: TextQuoteSelector"
contains "$TMP/export.webannotation" '"prefix":" the UN, Vasily Nebenzya said, \""' "webannotation: prefix"
contains "$TMP/export.webannotation" '"type":"TextPositionSelector","start":2321,"end":2426' "webannotation: TextPositionSelector"
contains "$TMP/export.webannotation" '"@context":"http://www.w3.org/ns/anno.jsonld"' "webannotation: the W3C context"

run "$NEWSROOM" --export csv "$A"
is "$status" 0 "--export csv: exit 0"
is "$(head -1 "$TMP/out" | tr -d '\r')" "article,title,url,id,tag,status,speaker,verdict,quote,note,author,created,updated,start,end,placement" "csv: the header"
contains "$TMP/out" '"""quotes""; # and ;"' "csv: quotes doubled inside a quoted field"
if command -v python3 >/dev/null 2>&1; then
	n=$(python3 -c 'import csv,sys; print(len(list(csv.reader(open(sys.argv[1], newline="")))))' "$TMP/out")
	is "$n" 4 "csv: python reads a header and 3 rows"
else
	echo "ok $((_n += 1)) # SKIP no python3"
fi
run "$NEWSROOM" --tag check --at "Steve Goldstein" --note "=HYPERLINK(\"http://x\")" "$A"
run "$NEWSROOM" --export csv "$A"
contains "$TMP/out" "\"'=HYPERLINK(\"\"http://x\"\")\"" "csv: a formula is defused with a leading '"

run "$NEWSROOM" --export md "$A"
contains "$TMP/out" "# Fact-check memo" "md: a memo"
contains "$TMP/out" "## Tillerson: 'North Korea Must Earn Its Way Back To The Table'" "md: per article, by title"
contains "$TMP/out" "### 1. Rex Tillerson — Needs a source" "md: speaker and verdict heading"
contains "$TMP/out" "> $CLAIM" "md: the quote"
contains "$TMP/out" "- Verdict: Needs a source" "md: the verdict"
contains "$TMP/out" "    $NOTE" "md: the note"

run "$NEWSROOM" --export yaml "$A"
is "$status" 2 "unknown export format: exit 2"

# A folder: only articles with a sidecar count.
mkdir "$TMP/desk"
cp "$A" "$S" "$TMP/desk/"
cp "$DATA/seed/tillerson-un.txt" "$TMP/desk/untouched.txt"
run "$NEWSROOM" --export json "$TMP/desk"
is "$status" 0 "--export DIR: exit 0"
is "$(grep -c '"article":' "$TMP/out")" 4 "--export DIR: the 4 annotations of the one annotated article"
lacks "$TMP/out" "untouched.txt" "--export DIR: articles without notes left out"
run "$NEWSROOM" --notes "$TMP/desk"
contains "$TMP/out" "tillerson.txt: 4 annotations" "--notes DIR: the annotated article"
lacks "$TMP/out" "untouched.txt" "--notes DIR: articles without notes left out"
run "$NEWSROOM" --notes "$TMP/desk/tillerson.txt.notes.ini"
contains "$TMP/out" "tillerson.txt: 4 annotations" "--notes on a sidecar path"

# TextPositionSelector counts code points, not bytes.
U="$TMP/utf8.txt"
printf 'Überschrift für Ärger\n\nDer Minister sagte, die Preise fallen um die Hälfte.\n' > "$U"
"$NEWSROOM" --tag claim --at "die Preise fallen" "$U" >/dev/null
run "$NEWSROOM" --export webannotation "$U"
off=$("$NEWSROOM" --text "$U" | python3 -c 'import sys; t = sys.stdin.read(); print(t.index("die Preise fallen"))' 2>/dev/null || echo 43)
contains "$TMP/out" "\"type\":\"TextPositionSelector\",\"start\":$off,\"end\":$((off + 17))" "webannotation: positions in code points ($off)"
contains "$U.notes.ini" "start = \"$((off + 3))\"" "the sidecar: offsets in bytes (three 2-byte letters before)"

# --- the article changes ------------------------------------------------------------
E="$TMP/edited.txt"
cp "$DATA/seed/tillerson-un.txt" "$E"
"$NEWSROOM" --tag false --at "$CLAIM" --note kept "$E" >/dev/null
"$NEWSROOM" --tag misleading --at "Tillerson did double down on the administration's tough talk" --note "deleted later" "$E" >/dev/null
"$NEWSROOM" --tag check --at "China's ambassador echoed Russia's rebukes" --note "moves" "$E" >/dev/null
# A paragraph inserted, words changed in one claim, one claim deleted.
sed -e "s/^But Russia's ambassador/An editor's note inserted in its own paragraph.\\n\\nBut Russia's ambassador/" \
    -e 's/is hardly going to refrain/is unlikely to refrain/' \
    -e "s/Tillerson did double down on the administration's tough talk, even as other countries warned/Other countries warned/" "$E" > "$E.new"
mv "$E.new" "$E"
cp "$E.notes.ini" "$TMP/before-edit.ini"
run "$NEWSROOM" --notes "$E"
is "$status" 0 "edited article: --notes exit 0"
contains "$TMP/out" "re-anchored approximately" "words changed inside a claim: approximate match, and it says so"
contains "$TMP/out" "is unlikely to refrain" "the approximate match shows today's words"
contains "$TMP/out" "first tagged: \"$CLAIM\"" "and the words first tagged"
contains "$TMP/out" "moved: found elsewhere" "paragraph inserted: moved, and it says so"
contains "$TMP/out" "UNPLACED: not found in the article as it is now" "claim deleted: unplaced"
contains "$TMP/out" "(1 unplaced)" "the count of unplaced annotations"
cmp -s "$E.notes.ini" "$TMP/before-edit.ini"; ok $? "--notes never writes the sidecar"
run "$NEWSROOM" --tag check --at "Wu Haitao" "$E"
grep -q 'exact = "Tillerson did double down on the administration\\x27s tough talk"' "$E.notes.ini"
ok $? "after a save the unplaced annotation is still in the file, its text as it was"
unplaced_before=$(awk '/^\[annotation/{s=$0} /deleted later/{print s}' "$TMP/before-edit.ini")
sec() { awk -v s="$2" '$0 == s {p = 1; print; next} /^\[/ {p = 0} p && NF' "$1"; }
is "$(sec "$E.notes.ini" "$unplaced_before")" "$(sec "$TMP/before-edit.ini" "$unplaced_before")" "the unplaced annotation's section is byte for byte as it was"

# --- sidecars that must not be touched ------------------------------------------------
C="$TMP/corrupt.txt"
cp "$DATA/seed/tillerson-un.txt" "$C"
printf '[newsroom]\nformat = "1"\nthis line is not ini\n' > "$C.notes.ini"
cp "$C.notes.ini" "$TMP/corrupt.orig"
run "$NEWSROOM" --tag claim --at "Wu Haitao" "$C"
is "$status" 1 "corrupt sidecar: --tag exit 1"
contains "$TMP/err" "not saving annotations here" "corrupt sidecar: says it is not saving"
cmp -s "$C.notes.ini" "$TMP/corrupt.orig"; ok $? "corrupt sidecar: never overwritten"
run "$NEWSROOM" --notes "$C"
is "$status" 1 "corrupt sidecar: --notes exit 1"
contains "$TMP/err" "iniparser cannot read it" "corrupt sidecar: --notes says why"

run "$NEWSROOM" --tag claim --at "Wu Haitao" --sidecar /proc/self/newsroom.notes.ini "$A"
is "$status" 1 "a folder that cannot be written: exit 1"
contains "$TMP/err" "cannot save" "a folder that cannot be written: a clear message"

run "$NEWSROOM" --notes "$TMP/missing.txt"
is "$status" 1 "--notes on a missing file: exit 1"
cp "$DATA/seed/tillerson-un.txt" "$TMP/plain.txt"
run "$NEWSROOM" --notes "$TMP/plain.txt"
is "$(cat "$TMP/out")" "$TMP/plain.txt: 0 annotations" "--notes without a sidecar: 0 annotations"
[ ! -e "$TMP/plain.txt.notes.ini" ]; ok $? "--notes creates no sidecar"

done_testing
