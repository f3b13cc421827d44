#!/bin/sh
# The whole test suite: a developer build (warnings are errors) and a
# build with AddressSanitizer + UndefinedBehaviorSanitizer, each running
# `make check`, in build/default and build/sanitize. Prints the total of
# TAP results as "N passed, N failed" and exits non-zero on any failure.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 4
jobs=$(nproc 2>/dev/null || echo 2)
[ -x configure ] || ./autogen.sh >/dev/null 2>&1 || { echo "autogen.sh failed" >&2; exit 4; }

passed=0
failed=0
status=0
for variant in default sanitize; do
	dir=build/$variant
	mkdir -p "$dir"
	flags=--enable-developer
	[ $variant = sanitize ] && flags="$flags --enable-sanitizers"
	echo "== $variant build ($flags)"
	if ! (cd "$dir" && { [ -f Makefile ] || "$top/configure" $flags >configure.out 2>&1; }); then
		echo "configure failed: see $dir/configure.out" >&2
		cat "$dir/configure.out" >&2
		status=1
		failed=$((failed + 1))
		continue
	fi
	if ! make -C "$dir" -j"$jobs" >"$dir/build.out" 2>&1; then
		cat "$dir/build.out" >&2
		echo "build failed ($variant)" >&2
		status=1
		failed=$((failed + 1))
		continue
	fi
	make -C "$dir" -j"$jobs" check >"$dir/check.out" 2>&1 || status=1
	sed -n '/^=====/,$p' "$dir/check.out" | head -40
	grep -h '^\(FAIL\|ERROR\)' "$dir/check.out" | head -50
	log=$dir/test-suite.log
	if [ -f "$log" ]; then
		p=$(sed -n 's/^# PASS: *//p' "$log")
		s=$(sed -n 's/^# SKIP: *//p' "$log")
		f=$(sed -n 's/^# FAIL: *//p' "$log")
		e=$(sed -n 's/^# ERROR: *//p' "$log")
		x=$(sed -n 's/^# XPASS: *//p' "$log")
		passed=$((passed + ${p:-0} + ${s:-0}))
		failed=$((failed + ${f:-0} + ${e:-0} + ${x:-0}))
	else
		echo "no test-suite.log for $variant" >&2
		failed=$((failed + 1))
		status=1
	fi
done
# make lint: formatting, cppcheck, include discipline (tools it lacks are
# skipped by tests/lint.sh itself).
echo "== lint"
if sh tests/lint.sh . >build/lint.out 2>&1; then
	passed=$((passed + 1))
else
	cat build/lint.out >&2
	failed=$((failed + 1))
	status=1
fi
echo "$passed passed, $failed failed"
[ $failed -eq 0 ] && [ $status -eq 0 ]
