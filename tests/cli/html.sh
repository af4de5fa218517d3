#!/bin/sh
# html.sh - web pages, feeds and wire copy: extraction rules, encodings,
# metadata, gzip, XML safety and the size cap.
. "$top_srcdir/tests/cli/lib.sh"
H="$DATA/html"
F="$DATA/feed"
W="$DATA/wire"

# para_kinds FILE: the paragraph kinds of a --text --json output, in order.
para_kinds() {
	python3 -c 'import json,sys; print(" ".join(p["kind"] for p in json.load(open(sys.argv[1]))["paragraphs"]))' "$1" 2>/dev/null
}

# --- extraction rules on one handmade page
run "$NEWSROOM" --text "$H/article.html"
is "$status" 0 "article.html: read"
head -1 "$TMP/out" >"$TMP/title"
is "$(cat "$TMP/title")" "Council Votes To Rebuild The Old Harbour Bridge" "title from <title> minus the site suffix"
contains "$TMP/out" "ending a decade of argument over the crossing" "first body paragraph kept"
contains "$TMP/out" "Opponents, who wanted a tunnel instead" "last body paragraph kept"
lacks "$TMP/out" "SCRIPTTEXT" "scripts dropped"
lacks "$TMP/out" "NAVTEXT" "navigation dropped"
lacks "$TMP/out" "SHARETEXT" "share bar dropped"
lacks "$TMP/out" "CAPTIONTEXT" "figure captions dropped"
lacks "$TMP/out" "HIDDENTEXT" "hidden elements dropped"
lacks "$TMP/out" "RELATEDTEXT" "link-only 'read more' lines dropped"
lacks "$TMP/out" "ASIDETEXT" "asides dropped"
lacks "$TMP/out" "COMMENTTEXT" "comment threads dropped"
lacks "$TMP/out" "FORMTEXT" "forms dropped"
lacks "$TMP/out" "FOOTERTEXT" "footers dropped"
lacks "$TMP/out" "By Jane Reporter" "byline line is metadata, not text"
is "$(grep -c '^Council Votes To Rebuild' "$TMP/out")" 1 "the h1 repeating the title is not printed twice"
no_escape "$TMP/out" "no control bytes in the text"

run "$NEWSROOM" --text --json "$H/article.html"
kinds=$(para_kinds "$TMP/out")
is "$kinds" "title body body heading body list_item list_item blockquote body" "headings, list items and block quotes kept in order with their kinds"

run "$NEWSROOM" --meta "$H/article.html"
contains "$TMP/out" "byline: Jane Reporter" "byline from the byline element"
contains "$TMP/out" "date: 2024-03-05T09:30:00Z" "date from article:published_time"
contains "$TMP/out" "site: The Daily Example" "site name from og:site_name"
contains "$TMP/out" "url: https://example.org/news/harbour-bridge" "canonical URL"
contains "$TMP/out" "format: html" "format is html"

run "$NEWSROOM" --meta "$H/jsonld.html"
contains "$TMP/out" "title: Storm Closes Mountain Pass For Third Day" "title from JSON-LD headline"
contains "$TMP/out" "byline: Tom Åberg" "byline from JSON-LD author (with a \\u escape)"
contains "$TMP/out" "date: 2023-11-02T07:00:00+01:00" "date from JSON-LD datePublished"

run "$NEWSROOM" --text --json "$H/jsonld-body.html"
is "$(para_kinds "$TMP/out")" "title body body body" "a script-drawn page falls back on JSON-LD articleBody, one paragraph a line"
run "$NEWSROOM" --text "$H/jsonld-body.html"
contains "$TMP/out" "a new flood wall was being considered" "JSON-LD articleBody: the whole text"

run "$NEWSROOM" --text "$H/title-suffix.html"
is "$(head -1 "$TMP/out")" "Library Opens Late On Fridays From Next Month" "site suffix cut from <title>"

run "$NEWSROOM" --text "$H/table-layout.html"
is "$(head -1 "$TMP/out")" "Town council meets" "site name before the headline cut from <title>"
contains "$TMP/out" "which includes money for roads, schools and the library." "table layout: the content cell is found"
lacks "$TMP/out" "Advertise here" "table layout: the side cells are not glued to the text"
lacks "$TMP/out" "About us" "table layout: the navigation cell is dropped"
is "$(grep -c . "$TMP/out")" 4 "table layout: <br><br> separates paragraphs"
run "$NEWSROOM" --text "$H/aspnet-form.html"
contains "$TMP/out" "The harbour reopened on Friday" "a page wrapped in one <form> keeps its article"
lacks "$TMP/out" "Contact us" "... and drops its footer"
run "$NEWSROOM" --text "$W/ap_media_text_nitf.xml"
contains "$TMP/out" "McNeil NYM 72 271 37 95 .351" "data table: a row is one line"

# --- format from content, gzip
run "$NEWSROOM" --text "$H/sniffed.txt"
contains "$TMP/out" "ending a decade of argument" "HTML named .txt is read as HTML"
lacks "$TMP/out" "<p>" "no markup in the text of a sniffed page"
run "$NEWSROOM" --text "$H/article.html.gz"
is "$status" 0 ".html.gz: read"
contains "$TMP/out" "ending a decade of argument" ".html.gz: decompressed and extracted"
cat "$H/article.html" | "$NEWSROOM" --text - >"$TMP/stdin" 2>/dev/null
contains "$TMP/stdin" "ending a decade of argument" "HTML on stdin"

# --- encodings: each must give the same clean UTF-8 sentence
for f in enc-meta-charset enc-http-equiv enc-undeclared enc-utf8-bom enc-mislabelled enc-utf16le; do
	run "$NEWSROOM" --text "$H/$f.html"
	contains "$TMP/out" "caf$(printf '\303\251') raised its prices to 3 $(printf '\342\202\254')" "$f: é and € decoded"
	contains "$TMP/out" "it$(printf '\342\200\231')s the first rise" "$f: curly apostrophe decoded"
	is "$(head -1 "$TMP/out")" "Caf$(printf '\303\251') prices" "$f: title decoded"
done
run "$NEWSROOM" --text "$H/enc-shift-jis.html"
contains "$TMP/out" "東京では月曜日に雪が降り" "Shift_JIS declared in <meta charset>: decoded"
run "$NEWSROOM" --text "$H/enc-koi8-r.html"
contains "$TMP/out" "В понедельник в Москве выпал снег" "KOI8-R declared in http-equiv: decoded"
run "$NEWSROOM" --text "$H/enc-gbk.html"
contains "$TMP/out" "星期一北京下了大雪" "GBK declared: decoded"
is "$(head -1 "$TMP/out")" "北京天气" "GBK: title decoded"
run "$NEWSROOM" --meta "$H/enc-koi8-r.html"
contains "$TMP/out" "encoding: koi8-r" "the declared charset is reported"
run "$NEWSROOM" --meta "$H/enc-meta-charset.html"
contains "$TMP/out" "encoding: windows-1252" "declared windows-1252 reported"
run "$NEWSROOM" --meta "$H/enc-mislabelled.html"
contains "$TMP/out" "encoding: UTF-8" "UTF-8 labelled ISO-8859-1 is read as UTF-8"

# --- feeds
run "$NEWSROOM" --text "$F/rss2.xml"
is "$status" 0 "RSS 2.0: listed"
contains "$TMP/out" "1. Port strike ends after two weeks" "RSS 2.0: first item listed"
contains "$TMP/out" "2. Museum extends opening hours" "RSS 2.0: second item listed"
contains "$TMP/out" "City Hall News" "RSS 2.0: item source"
contains "$TMP/out" "Maria Santos" "RSS 2.0: dc:creator"
contains "$TMP/out" "until 9pm on Thursdays" "RSS 2.0: escaped HTML summary as text"
lacks "$TMP/out" "<b>" "RSS 2.0: no tags in the summary"
run "$NEWSROOM" --text --item 1 "$F/rss2.xml"
contains "$TMP/out" "ending a two-week strike" "RSS 2.0: content:encoded opens as the article"
contains "$TMP/out" '"It is a fair deal," said union leader Piet Jansen.' "RSS 2.0: every paragraph of the content"
lacks "$TMP/out" "SCRIPTTEXT" "RSS 2.0: scripts in content dropped"
run "$NEWSROOM" --meta --item 1 "$F/rss2.xml"
contains "$TMP/out" "format: rss" "RSS 2.0: format"
contains "$TMP/out" "byline: Maria Santos" "RSS 2.0: item byline"
contains "$TMP/out" "url: https://example.org/port-strike" "RSS 2.0: item link"
run "$NEWSROOM" --text --item 2 "$F/rss2.xml"
contains "$TMP/out" "until 9pm on Thursdays" "summary-only item shows the summary"
contains "$TMP/out" "https://example.org/museum" "summary-only item shows the link"
run "$NEWSROOM" --text --item 9 "$F/rss2.xml"
is "$status" 1 "an item past the end is refused"
contains "$TMP/err" "no item 9" "with a message naming the item"

run "$NEWSROOM" --meta "$F/rss2.xml"
contains "$TMP/out" "items: 2" "--meta on a feed: the item count"
contains "$TMP/out" "item 2: Museum extends opening hours" "--meta on a feed: one line an item"
contains "$TMP/out" "format: rss" "--meta on a feed: the format"
run "$NEWSROOM" --meta --json "$F/atom.xml"
n=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d["items"]), d["items"][0]["full_text"], d["items"][2]["full_text"])' "$TMP/out" 2>/dev/null)
is "$n" "3 True False" "--meta --json on a feed: items with full_text"
gzip -c "$F/rss2.xml" >"$TMP/feed.gz"
run "$NEWSROOM" --text --item 1 "$TMP/feed.gz"
contains "$TMP/out" "ending a two-week strike" "a gzipped feed opens"

run "$NEWSROOM" --text "$F/rdf.xml"
contains "$TMP/out" "1. New ferry named after local teacher" "RSS 1.0: items listed"
contains "$TMP/out" "2024-02-01T08:00:00Z" "RSS 1.0: dc:date"
run "$NEWSROOM" --text --item 2 "$F/rdf.xml"
contains "$TMP/out" "repaired in time for winter" "RSS 1.0: content:encoded opens"
run "$NEWSROOM" --meta --item 2 "$F/rdf.xml"
contains "$TMP/out" "format: rdf" "RSS 1.0: format"

run "$NEWSROOM" --text "$F/atom.xml"
contains "$TMP/out" "3. Rain expected on Sunday" "Atom: entries listed"
contains "$TMP/out" "Lena Vogel" "Atom: author name"
run "$NEWSROOM" --text --json --item 1 "$F/atom.xml"
kinds=$(para_kinds "$TMP/out")
is "$kinds" "title body blockquote" "Atom: html content with its block quote"
run "$NEWSROOM" --text --item 2 "$F/atom.xml"
is "$(head -1 "$TMP/out")" "Bees & the city" "Atom: html title unescaped"
contains "$TMP/out" "Twelve hundred hives were registered." "Atom: xhtml content"
run "$NEWSROOM" --text --item 3 "$F/atom.xml"
contains "$TMP/out" "Showers will spread" "Atom: summary-only entry"
run "$NEWSROOM" --text --item 1 "$H/article.html"
is "$status" 1 "--item on a page that is not a feed is refused"

# --- wire copy
run "$NEWSROOM" --text --json "$W/nitf-plain.xml"
kinds=$(para_kinds "$TMP/out")
is "$kinds" "title body heading body blockquote" "NITF: paragraphs, subheading and block quote"
run "$NEWSROOM" --meta "$W/nitf-plain.xml"
contains "$TMP/out" "byline: Jane Reporter" "NITF: byline without its title"
contains "$TMP/out" "dateline: PORTVILLE" "NITF: dateline"
contains "$TMP/out" "copyright: © 2024 Example Agency" "NITF: copyright"
run "$NEWSROOM" --text "$W/ap_media_text_nitf.xml"
is "$status" 0 "NITF with the IPTC namespace: read"
contains "$TMP/out" "BASEBALL'S TOP TEN" "NITF with namespace: body text"
run "$NEWSROOM" --text "$W/nitf-ntb.xml"
contains "$TMP/out" "Påstand" "NITF in ISO-8859-1: decoded"
run "$NEWSROOM" --text "$W/ansa-newsmlg2-text.xml"
is "$(head -1 "$TMP/out")" "Catalan independence declaration unacceptable - Alfano" "NewsML-G2: headline"
contains "$TMP/out" "Alfano said via his @angealfa Twitter account." "NewsML-G2: inline data paragraphs"
run "$NEWSROOM" --meta "$W/ansa-newsmlg2-text.xml"
contains "$TMP/out" "format: newsml" "NewsML-G2: format"
contains "$TMP/out" "dateline: Rome" "NewsML-G2: located"
for f in "$W"/*.xml; do
	run "$NEWSROOM" --text "$f"
	is "$status" 0 "$(basename "$f"): opens"
	no_escape "$TMP/out" "$(basename "$f"): clean text"
done
# The external DTD must not be fetched: run where it would resolve.
mkdir -p "$TMP/w/x" "$TMP/w/dtd"
printf '<!ENTITY leak "DTDLEAK">\n' >"$TMP/w/dtd/nitf-3-2.dtd"
sed 's|<hl1>|<hl1>\&leak; |' "$W/nitf-fishing.xml" >"$TMP/w/x/fishing.xml"
(cd "$TMP/w/x" && "$NEWSROOM" --text fishing.xml) >"$TMP/out" 2>&1
contains "$TMP/out" "Weather and Tide Updates for Norfolk" "external DTD reference: opens"
lacks "$TMP/out" "DTDLEAK" "external DTD reference: nothing loaded"

# --- XML safety
(cd "$F" && "$NEWSROOM" --text --item 1 xxe.xml) >"$TMP/out" 2>&1
lacks "$TMP/out" "TOPSECRET" "XXE: a local file entity is not expanded"
lacks "$TMP/out" "root:" "XXE: /etc/passwd is not read"
(cd "$F" && "$NEWSROOM" --meta --item 1 xxe.xml) >"$TMP/out" 2>&1
contains "$TMP/out" "not expanded" "XXE: a warning says entities were not expanded"
(cd "$W" && "$NEWSROOM" --text xxe-nitf.xml) >"$TMP/out" 2>&1
lacks "$TMP/out" "TOPSECRET" "XXE in NITF: not expanded"
# 20 s is a hang natively (it takes milliseconds); valgrind on a busy machine
# is up to a hundred times slower.
limit=20
case $NEWSROOM in *vg-newsroom) limit=600 ;; esac
run timeout $limit "$NEWSROOM" --text "$F/bomb.xml"
ok $([ "$status" -le 1 ] && echo 0 || echo 1) "entity bomb: finishes (read or refused)"
lacks "$TMP/out" "lollollol" "entity bomb: not expanded"

# --- size cap
python3 -c 'import sys; sys.stdout.write("<html><body>" + "<p>" + "word " * 300000 + "</p></body></html>")' >"$TMP/big.html"
run "$NEWSROOM" --text --max-markup 1 "$TMP/big.html"
is "$status" 1 "markup over --max-markup is refused"
contains "$TMP/err" "markup too large" "with a clear message"
run "$NEWSROOM" --text "$TMP/big.html"
is "$status" 0 "the same page under the default 64 MB cap is read"
gzip -c "$TMP/big.html" >"$TMP/big.html.gz"
run "$NEWSROOM" --text --max-markup 1 "$TMP/big.html.gz"
is "$status" 1 "gzip expanding past the cap is refused"
contains "$TMP/err" "too large" "gzip cap: clear message"
printf '\037\213garbage' >"$TMP/bad.gz"
run "$NEWSROOM" --text "$TMP/bad.gz"
is "$status" 1 "corrupt gzip is refused"

run "$NEWSROOM" --meta "$H/byline-publisher.html"
contains "$TMP/out" "byline: Jane Writer" "a site-wide author holding the copyright is the publisher: the JSON-LD author writes"

sed 's|<meta name="author" content="Acme Media Group">|<meta name="author" content="jdadmin">|' \
	"$H/byline-publisher.html" | sed 's|"name":"Jane Writer"|"name":"Jane Writer \| May 1, 2019 Print this article"|' \
	>"$TMP/login.html"
run "$NEWSROOM" --meta "$TMP/login.html"
contains "$TMP/out" "byline: Jane Writer" "a login as author is no byline; what follows '|' is the page's"
lacks "$TMP/out" "Print this article" "the byline stops at '|'"

# --- a hover card or tooltip inside a sentence: the name or term shows, the card does not
run "$NEWSROOM" --text "$H/hovercard.html"
is "$status" 0 "hovercard.html: read"
contains "$TMP/out" "South Dakota Gov. Kristi Noem (R) is defending" "the name in a hover card stays in its sentence"
contains "$TMP/out" "ran for the fiscal year that ended in June" "the term of a tooltip stays, its tip goes"
lacks "$TMP/out" "CARDNAME" "the hover card itself is dropped"
lacks "$TMP/out" "CARDLINK" "the card's links are dropped"
lacks "$TMP/out" "TIPTEXT" "the tooltip's text is dropped"
lacks "$TMP/out" "PROMOTEXT" "a chrome span outside running text is dropped whole"
lacks "$TMP/out" "SHARETEXT" "a share bar is dropped"

# --- an embedded post: its paragraphs are the signer's direct quotations
run "$NEWSROOM" --quotes "$H/embedded-tweet.html"
is "$status" 0 "embedded-tweet.html: quotes"
contains "$TMP/out" "Arvind Kejriwal	direct		It is very important that we protect ourselves" "a post's first paragraph is its signer's"
is "$(grep -c 'Arvind Kejriwal	direct		I urge everyone to use them whenever needed$' "$TMP/out")" 1 \
	"the post's last paragraph, without the embed's link"
is "$(grep -c 'indirect	urge' "$TMP/out")" 0 "the post's 'I urge' is a quotation, no report of the writer"
contains "$TMP/out" "@_orabora	direct		on. smog. dot. com." "a display name that names no one: the handle speaks"
lacks "$TMP/out" "Forecasters	direct" "paragraphs after the signature are the writer's"

# --- lines a publisher adds under every story are no part of it
run "$NEWSROOM" --text "$H/print-trailer.html"
is "$status" 0 "print-trailer.html: read"
contains "$TMP/out" "A Senate agreement on drought aid collapsed" "a short story is kept over the print-edition line"
lacks "$TMP/out" "appears in print" "the print-edition line is dropped"
run "$NEWSROOM" --text "$H/ap-trailer.html"
contains "$TMP/out" "contributed to this report" "the wire's credit line stays"
lacks "$TMP/out" "___" "a rule of underscores is dropped"
lacks "$TMP/out" "Follow AP" "the 'Follow ... at https://' line is dropped"

# --- a block quote repeating a quotation of the story, whatever its class
run "$NEWSROOM" --quotes "$H/pull-quote-repeat.html"
is "$(grep -c 'Morally, I think they did' "$TMP/out")" 1 "a repeated block quote is no second quotation"

# --- a post signed with letters after the name is the named person's
run "$NEWSROOM" --quotes "$H/post-nominal-signer.html"
contains "$TMP/out" "Ben Hollis	direct		Heartbreaking evidence at the inquest today." "'Ben Hollis MP (@...)' signs as Ben Hollis"
lacks "$TMP/out" "@BenHollisMP	direct" "... not as the handle"

# --- a pull quote repeats a line of the story: it is no second quotation
run "$NEWSROOM" --quotes "$H/pull-quote.html"
is "$status" 0 "pull-quote.html: quotes"
is "$(grep -c 'Mum kept asking for water' "$TMP/out")" 1 "the quotation once, without its pull quote"
contains "$TMP/out" "Karen Ellery	direct	said	Mum kept asking for water and nobody came," "... by the one who said it"
lacks "$TMP/out" "stretched beyond" "a pull quote by another class name is dropped too"
contains "$TMP/out" "Alistair Penrose	direct	said	I am sorry for that," "\"he said\" after it is the medical director"

done_testing
