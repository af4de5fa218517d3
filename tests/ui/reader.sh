#!/bin/sh
# reader.sh - the reader's options, config file and themes, through the
# headless screen (--keys, --dump-screen).
. "$top_srcdir/tests/cli/lib.sh"

export XDG_CONFIG_HOME="$TMP/config" HOME="$TMP/home"
unset NO_COLOR
SEED="$DATA/seed/tillerson-un.txt"
dump() { run "$NEWSROOM" "$@"; }

dump --keys '}}}}}}jj' --dump-screen=120x40 "$SEED"
cp "$TMP/out" "$TMP/plain"
dump --keys '}}}}}}jj<Resize:50x15><Resize:37x9><Resize:120x40>' --dump-screen=120x40 "$SEED"
cmp -s "$TMP/plain" "$TMP/out"
ok $? "resizing and resizing back keeps the reader's place exactly"

dump --keys 'q' --dump-screen "$SEED"
is "$status" 0 "--keys q --dump-screen exits 0"
is "$(wc -l <"$TMP/out" | tr -d ' ')" 40 "the default virtual screen has 40 rows"

dump --keys 'j<Bogus>' --dump-screen "$SEED"
is "$status" 2 "an unknown key escape is a usage error"
contains "$TMP/err" "unknown key at byte 1" "... naming where it is"

dump --keys q --dump-screen "$DATA/nope.txt"
is "$status" 1 "a missing file exits 1"
contains "$TMP/err" "nope.txt" "... naming the file"

run sh -c "'$NEWSROOM' --keys q --dump-screen=80x10 - <'$SEED'"
is "$status" 0 "the reader reads stdin"
contains "$TMP/out" "(stdin)" "... and says so in the status bar"

for t in default light high-contrast mono; do
	dump --theme "$t" --keys q --dump-screen=100x10 "$SEED"
	lacks "$TMP/out" "default theme used" "theme $t loads without a complaint"
done
dump --theme nope --keys '' --dump-screen=100x10 "$SEED"
contains "$TMP/out" "theme 'nope' not found; default theme used" "an unknown theme name is reported"
# (From its folder: a long path would not fit the status bar.)
run sh -c "cd '$DATA/ui' && exec '$NEWSROOM' --theme ./bad-theme.ini --keys '' --dump-screen=120x10 '$SEED'"
contains "$TMP/out" "bad-theme.ini: line 4: 'defualt' is not a colour or attribute" \
	"a bad theme file names the line and the word"
printf '[colors256]\ntext = 252 default\nthis is not ini\n' >"$TMP/syntax.ini"
run sh -c "cd '$TMP' && exec '$NEWSROOM' --theme ./syntax.ini --keys '' --dump-screen=120x10 '$SEED'"
contains "$TMP/out" "syntax.ini: line 3: syntax error; default theme used" \
	"a theme iniparser cannot read names the line"

# A file name with an escape sequence is shown cleaned.
esc=$(printf 'evil\033[2Jname.txt')
cp "$SEED" "$TMP/$esc"
dump --keys q --dump-screen=100x10 "$TMP/$esc"
no_escape "$TMP/out" "a file name's escape sequence never reaches the screen"
contains "$TMP/out" " evilname.txt " "... the name is shown without it"

# The config file: theme, panel width, keys.
mkdir -p "$XDG_CONFIG_HOME/newsroom"
cat >"$XDG_CONFIG_HOME/newsroom/config.ini" <<'INI'
[reader]
theme = mono
panel_width = 30

[keys]
line_down = x
quit = Q
INI
dump --keys 'xxx' --dump-screen=120x10 "$SEED"
dump --keys 'jjj' --dump-screen=120x10 "$SEED"
cp "$TMP/out" "$TMP/jjj"
dump --keys 'xxx' --dump-screen=120x10 "$SEED"
lacks "$TMP/out" "not a key here" "a key remapped in config.ini works"
dump --keys '?' --dump-screen=120x40 "$SEED"
grep -q '^   x  *one line down' "$TMP/out"
ok $? "help shows the remapped key"
dump --keys 'Qj' --dump-screen=120x10 "$SEED"
is "$status" 0 "Q quits when config.ini says so"
awk 'NR == 2 { exit index($0, "│ 1 ●") != 90 }' "$TMP/out"
ok $? "panel_width sets the panel's width"

printf '[keys]\nfly = x\nquit = <Nope>\n' >"$XDG_CONFIG_HOME/newsroom/config.ini"
dump --keys '' --dump-screen=120x10 "$SEED"
contains "$TMP/out" "config.ini: line 2: unknown action 'fly'" "an unknown action in config.ini names the line"
printf '[reader]\npanel_width = wide\n' >"$XDG_CONFIG_HOME/newsroom/config.ini"
dump --keys '' --dump-screen=120x10 "$SEED"
contains "$TMP/out" "config.ini: line 2: panel_width must be a number" "a bad panel_width names the line"
# iniparser 4.1 crashes in getint on a key that names a section: never call it.
printf '[reader]\n[reader:theme]\n' >"$XDG_CONFIG_HOME/newsroom/config.ini"
dump --keys q --dump-screen=120x10 "$SEED"
is "$status" 0 "a config whose key names a section does not crash"
rm "$XDG_CONFIG_HOME/newsroom/config.ini"

# Every size from the smallest up, through every view: no crash, one line a row.
keys='<Tab>j<Enter><Esc>2]]/the<Enter>nN)(?G<Esc><C-d>}{G<Click:5,3><WheelDown><Tab>'
for size in 20x6 21x7 33x9 50x15 89x20 90x20 91x6 200x60 1000x6 20x1000 19x6 20x5 1x1; do
	dump --keys "$keys" --dump-screen=$size "$SEED"
	rows=${size#*x}
	[ "$status" -eq 0 ] && [ "$(wc -l <"$TMP/out" | tr -d ' ')" -eq "$rows" ]
	ok $? "at $size every view draws ($rows rows, exit 0)"
done
dump --keys '<Resize:20x6><Resize:19x5><Resize:120x40><Resize:1x1><Resize:90x8>?' --dump-screen=100x30 "$SEED"
is "$status" 0 "resizing through too-small and back works"
dump --keys '/(<Enter>' --dump-screen=100x10 "$SEED"
contains "$TMP/out" "search: missing closing parenthesis" "a bad regular expression is reported"
dump --keys '/pyongyang<Enter>' --dump-screen=100x10 "$SEED"
contains "$TMP/out" "Pyongyang" "a lower-case pattern ignores case"
dump --keys '/PYONGYANG<Enter>' --dump-screen=100x10 "$SEED"
contains "$TMP/out" "not found: PYONGYANG" "a pattern with capitals is case-sensitive"
dump --keys 'n' --dump-screen=100x10 "$SEED"
contains "$TMP/out" "no previous search" "n before any search says so"
dump --keys '<WheelDown><WheelDown>' --dump-screen=100x10 "$SEED"
cp "$TMP/out" "$TMP/wheel"
dump --keys 'jjjjjj' --dump-screen=100x10 "$SEED"
cmp -s "$TMP/wheel" "$TMP/out"
ok $? "the wheel scrolls three lines a notch"
printf 'Only a headline here\n' >"$TMP/one.txt"
dump --keys 'Gjj]){}' --dump-screen=100x10 "$TMP/one.txt"
is "$status" 0 "an article without paragraphs or quotes works"
contains "$TMP/out" "No quotations found." "... and says there are no quotations"

# Random key scripts (a fixed seed, so a failure can be replayed): never a
# crash, always a full screen.
scripts=$(awk 'BEGIN {
	srand(4242)
	n = split("j k <Space> b <C-d> <C-u> g G { } 1 2 3 9 ] [ ) ( <Tab> <Enter> <Esc> ? q n N " \
	          "<Up> <Down> <PgUp> <PgDn> <Home> <End> <WheelUp> <WheelDown> x <BS> /a<Enter> " \
	          "/[<Enter> /é.<Enter> <Resize:20x6> <Resize:60x20> <Resize:130x45> <Resize:19x5> " \
	          "<Click:3,3> <Click:100,2> <Click:100,12> <Click:50,0>", k, " ")
	for (s = 0; s < 30; s++) {
		line = ""
		for (i = 0; i < 50; i++) {
			key = k[int(rand() * n) + 1]
			if (key != "q") line = line key
		}
		print line
	}
}')
i=0
bad=0
echo "$scripts" | while IFS= read -r script; do
	i=$((i + 1))
	# The screen ends as tall as the last resize made it.
	rows=$(echo "$script" | grep -o 'Resize:[0-9]*x[0-9]*' | tail -1 | sed 's/.*x//')
	for f in "$SEED" "$DATA/ui/utf8.txt" "$DATA/html/article.html"; do
		"$NEWSROOM" --keys "$script" --dump-screen=100x30 "$f" >"$TMP/fz" 2>"$TMP/fzerr"
		st=$?
		if [ $st -ne 0 ] || [ "$(wc -l <"$TMP/fz" | tr -d ' ')" -ne "${rows:-30}" ]; then
			echo "# script $i on $f: exit $st: $script"
			head -3 "$TMP/fzerr" | sed 's/^/# /'
			echo x >>"$TMP/fzbad"
		fi
	done
done
[ ! -s "$TMP/fzbad" ]
ok $? "30 random key scripts on three articles: no crash, a full screen each"

NO_COLOR=1 run "$NEWSROOM" --keys q --dump-screen=100x10 "$SEED"
is "$status" 0 "NO_COLOR is accepted"
done_testing
