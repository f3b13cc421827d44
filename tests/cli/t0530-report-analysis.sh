#!/bin/sh
# An analysis written down in a file reruns with one command, and the
# committed reports in reports/ are current (make reports rebuilds them).
. "${srcdir:-.}/tests/cli/lib.sh"
run_slant report --analysis "$srcdir/reports/example.analysis" --check
expect_status 0 "reports/ is current (if not: make reports, review, commit)"
sed 's/^# //' "$TMP/out" | head -40 | sed 's/^/#   /'
# a copy of the analysis elsewhere writes its outputs next to itself
mkdir -p "$TMP/a"
cat >"$TMP/a/my.analysis" <<EOT
# comment
input = $srcdir/examples/corpus
bootstrap = 20
output = out.md
output = out.json
EOT
run_slant report --quiet --analysis "$TMP/a/my.analysis"
expect_status 0 "run an analysis file"
check "outputs written next to the analysis file" test -s "$TMP/a/out.md" -a -s "$TMP/a/out.json"
run_slant report --quiet --analysis "$TMP/a/my.analysis" --check
expect_status 0 "--check with an analysis file: current"
echo "tampered" >>"$TMP/a/out.md"
run_slant report --quiet --analysis "$TMP/a/my.analysis" --check
expect_status 1 "--check with an analysis file: stale"
expect_out "+++ " "a diff is shown"
printf 'input = x\nbogus = 1\n' >"$TMP/a/bad.analysis"
run_slant report --analysis "$TMP/a/bad.analysis"
expect_status 3 "unknown key in an analysis file"
expect_err "bad.analysis:2: unknown key 'bogus'" "the error names file:line"
run_slant report --analysis "$TMP/a/my.analysis" "$EXAMPLES"
expect_status 2 "corpus on the command line with --analysis is a usage error"
done_testing
