# lib.sh - TAP helpers for the shell tests (sourced).  Every check is one test.
set -u
: "${NEWSROOM:=./newsroom}"
: "${top_srcdir:=.}"
DATA="$top_srcdir/tests/data"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/newsroom-test.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
_n=0
_failed=0

ok() { # ok COND_STATUS DESCRIPTION
	_n=$((_n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $_n - $2"
	else
		echo "not ok $_n - $2"
		_failed=$((_failed + 1))
	fi
}

# run CMD...: runs a command, keeping its stdout, stderr and status.
run() {
	"$@" >"$TMP/out" 2>"$TMP/err"
	status=$?
}

# is GOT WANT DESCRIPTION
is() {
	if [ "$1" = "$2" ]; then ok 0 "$3"; else
		ok 1 "$3"
		printf '#   got:  %s\n#   want: %s\n' "$1" "$2" | head -20
	fi
}

# contains FILE STRING DESCRIPTION
contains() { grep -qF -- "$2" "$1"; ok $? "$3"; }
lacks() { ! grep -qF -- "$2" "$1"; ok $? "$3"; }

# no_escape FILE DESCRIPTION: no byte that could drive a terminal
no_escape() {
	! LC_ALL=C grep -qP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]' "$1"
	ok $? "$2"
}

done_testing() {
	echo "1..$_n"
	[ "$_failed" -eq 0 ]
}
