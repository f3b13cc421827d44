# lib.sh: a small TAP DSL for CLI tests, sourced by tests/cli/t*.sh.
# Environment (set by make check): srcdir, builddir, SLANT.
# Run one test by hand:  srcdir=. SLANT=build/default/src/slant sh tests/cli/t0100-score.sh
: "${srcdir:=.}"
: "${SLANT:=$srcdir/build/default/src/slant}"
export LC_ALL=C.UTF-8
unset SLANT_LEXICONS
test_count=0
test_failed=0
TMP=$(mktemp -d "${TMPDIR:-/tmp}/slant-test.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
DATA=$srcdir/tests/data
# PY_SCIPY: a python3 with NumPy and SciPy, for checks against them ('' when
# none has them: such checks are skipped; build-aux/debian-packages
# installs them)
PY_SCIPY=
for p in python3 /usr/bin/python3; do
	if "$p" -c 'import numpy, scipy' 2>/dev/null; then
		PY_SCIPY=$p
		break
	fi
done
# check_scipy DESCRIPTION COMMAND... (COMMAND run with $PY_SCIPY first)
check_scipy() {
	d=$1
	shift
	if [ -z "$PY_SCIPY" ]; then
		ok "$d # skipped: no python3 with SciPy"
		return
	fi
	check "$d" "$PY_SCIPY" "$@"
}
EXAMPLES=$srcdir/examples/corpus

ok() { # ok DESCRIPTION (after a command that succeeded)
	test_count=$((test_count + 1))
	echo "ok $test_count - $1"
}
not_ok() {
	test_count=$((test_count + 1))
	test_failed=$((test_failed + 1))
	echo "not ok $test_count - $1"
}
# check DESCRIPTION COMMAND...: pass when the command succeeds
check() {
	d=$1
	shift
	if "$@" >"$TMP/check.out" 2>&1; then ok "$d"; else
		not_ok "$d"
		sed 's/^/#   /' "$TMP/check.out" | head -20
	fi
}
# run_slant ARGS...: run slant, keeping stdout, stderr and status
run_slant() {
	"$SLANT" "$@" >"$TMP/out" 2>"$TMP/err"
	status=$?
}
# expect_status N DESCRIPTION
expect_status() {
	if [ "$status" -eq "$1" ]; then ok "$2"; else
		not_ok "$2 (exit $status, want $1)"
		sed 's/^/#   stderr: /' "$TMP/err" | head -10
	fi
}
# expect_err TEXT DESCRIPTION: stderr contains TEXT
expect_err() {
	if grep -qF -- "$1" "$TMP/err"; then ok "$2"; else
		not_ok "$2"
		echo "#   wanted in stderr: $1"
		sed 's/^/#   stderr: /' "$TMP/err" | head -10
	fi
}
# expect_out TEXT DESCRIPTION: stdout contains TEXT
expect_out() {
	if grep -qF -- "$1" "$TMP/out"; then ok "$2"; else
		not_ok "$2"
		echo "#   wanted in stdout: $1"
		head -5 "$TMP/out" | sed 's/^/#   stdout: /'
	fi
}
# expect_file NAME FILE: FILE equals tests/expected/NAME
# (SLANT_UPDATE_EXPECTED=1 rewrites the expected file instead)
expect_file() {
	want=$srcdir/tests/expected/$1
	if [ "${SLANT_UPDATE_EXPECTED:-}" = 1 ]; then
		cp "$2" "$want"
		ok "$1 (updated)"
	elif diff -u "$want" "$2" >"$TMP/diff" 2>&1; then
		ok "output matches tests/expected/$1"
	else
		not_ok "output matches tests/expected/$1"
		head -30 "$TMP/diff" | sed 's/^/#   /'
	fi
}
# csv_get FILE ID COLUMN: a field of the row with that id (simple CSV
# without quoted commas in the asked columns)
csv_get() {
	python3 - "$1" "$2" "$3" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
for r in rows:
    if r['id'] == sys.argv[2]:
        print(r[sys.argv[3]])
        break
else:
    print('NO-SUCH-ROW')
PY
}
# expect_eq GOT WANT DESCRIPTION
expect_eq() {
	if [ "$1" = "$2" ]; then ok "$3"; else
		not_ok "$3"
		echo "#   got:  $1"
		echo "#   want: $2"
	fi
}
# expect_options_documented MANPAGE ARGS...: every long option that
# `slant ARGS --help` lists is in the man page
expect_options_documented() {
	man=$1
	shift
	"$SLANT" "$@" --help | grep -o -- '--[a-z][a-z-]*' | sort -u >"$TMP/opts"
	missing=""
	for o in $(cat "$TMP/opts"); do
		grep -q -- "$(echo "$o" | sed 's/-/\\\\-/g')" "$man" || missing="$missing $o"
	done
	expect_eq "$missing" "" "$(basename "$man") documents every option of '$*' --help"
}
# many_articles DIR: 600 articles under DIR/one, DIR/two, DIR/three, 50
# copies of each article of tests/data/small with ids made unique: enough
# batches for the threaded paths.
many_articles() {
	for outlet in one two three; do
		mkdir -p "$1/$outlet"
		i=0
		while [ $i -lt 50 ]; do
			for f in "$DATA"/small/*/*.txt; do
				sed "s/^id: \(.*\)/id: \1-$outlet-$i/" "$f" \
				    >"$1/$outlet/$i-$(basename "$(dirname "$f")")-$(basename "$f")"
			done
			i=$((i + 1))
		done
	done
}
done_testing() {
	echo "1..$test_count"
	[ $test_failed -eq 0 ]
}
