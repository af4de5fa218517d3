#!/bin/sh
# lazy_xml.sh - libxml2 is opened only when markup is read (src/xml_lazy.c):
# a text article never loads it, an HTML page does, and a libxml2 that cannot
# be opened is named in the error.
. "$top_srcdir/tests/cli/lib.sh"

TXT="$DATA/seed/tillerson-un.txt"
HTML=$(ls "$DATA"/html/*.html | head -n 1)

# The loader's own trace (glibc's LD_DEBUG) tells which libraries a run opened;
# under valgrind or without glibc there is none to read.
run env LD_DEBUG=files "$NEWSROOM" --text "$TXT"
if [ -n "${NEWSROOM_VALGRIND:-}" ] || ! grep -q 'file=libc\.so' "$TMP/err"; then
	echo "ok 1 # SKIP no LD_DEBUG trace to read"
	echo "ok 2 # SKIP no LD_DEBUG trace to read"
	_n=2
else
	lacks "$TMP/err" "libxml2" "a text article does not load libxml2"
	run env LD_DEBUG=files "$NEWSROOM" --text "$HTML"
	contains "$TMP/err" "file=libxml2" "an HTML page loads it"
fi

run "$NEWSROOM" --text "$HTML"
is "$status" 0 "the HTML page reads"

# A libxml2 that does not load (empty files first in the library path): the
# HTML page is refused with the reason, the text article still reads.
if [ -n "${NEWSROOM_VALGRIND:-}" ]; then
	echo "ok 4 # SKIP under valgrind"
	echo "ok 5 # SKIP under valgrind"
	echo "ok 6 # SKIP under valgrind"
	_n=6
else
	mkdir "$TMP/lib"
	: >"$TMP/lib/libxml2.so.2"
	: >"$TMP/lib/libxml2.so.16"
	: >"$TMP/lib/libxml2.so"
	run env LD_LIBRARY_PATH="$TMP/lib" "$NEWSROOM" --text "$HTML"
	is "$status" 1 "without libxml2 the HTML page is unreadable"
	contains "$TMP/err" "cannot open libxml2" "and the error says why"
	run env LD_LIBRARY_PATH="$TMP/lib" "$NEWSROOM" --quotes "$TXT"
	is "$status" 0 "a text article needs no libxml2"
fi
done_testing
