#!/bin/sh
# slant lexicon check / test / dims on the bundled lexicons and on broken ones.
. "${srcdir:-.}/tests/cli/lib.sh"

run_slant lexicon check
expect_status 0 "bundled lexicons pass the lint"
expect_out "0 error(s), 0 warning(s)" "no errors and no warnings"
run_slant lexicon test
expect_status 0 "bundled lexicon tests pass"
expect_out "total: " "prints a total"
ntests=$(ls "$srcdir"/lexicons/*/*.tests | wc -l)
expect_eq "$(grep -c ' 0 failed$' "$TMP/out")" $((ntests + 1)) "every test file and the total report 0 failed"
run_slant lexicon dims
expect_status 0 "dims lists the schemes"
expect_out "naming/israel/zionist-regime" "naming variants listed"
expect_out "tone 1.0.0 (framing, negation, en)" "versions, negation and language shown"

# A lexicon with problems
cat >"$TMP/bad.lex" <<'LEX'
%scheme bad
%dimension a First
%dimension b Second
%dimension c Empty
@a
war
war
clash*
clashes
@b
war
LEX
run_slant lexicon check "$TMP/bad.lex"
expect_status 1 "check fails on errors"
expect_out "bad.lex:7: error: 'war' is listed twice in 'a' (also line 6)" "duplicate named with both lines"
expect_out "error: dimension 'c' has no entries" "empty dimension"
expect_out "bad.lex:9: warning: 'clashes' is shadowed by wildcard 'clash*' (line 8) in 'a'" "shadowed entry"
expect_out "warning: 'war' is in both 'b' and 'a'" "overlap between dimensions"

cat >"$TMP/ok.lex" <<'LEX'
%scheme ok
%dimension a First
@a
clash*
LEX
cat >"$TMP/ok.tests" <<'TESTS'
hit a | clash* | They clashed.
hit a | clash* | Nothing here.
miss a | They clashed again.
TESTS
run_slant lexicon test "$TMP/ok.lex"
expect_status 1 "failing snippet tests exit 1"
expect_out "ok.tests:2: FAIL: a should match 'clash*' in \"Nothing here.\" (matched: nothing)" "failing hit explained"
expect_out "ok.tests:3: FAIL: a should not match \"They clashed again.\" (matched: clash*)" "failing miss explained"
expect_out "1 passed, 2 failed" "counts"
printf 'hit zz | x | y\n' >"$TMP/ok.tests"
run_slant lexicon test "$TMP/ok.lex"
expect_status 3 "unknown dimension in a test file"
expect_err "ok.tests:1:5: unknown dimension 'zz'" "named with line and column"

# LIWC dictionaries load and score.
printf '%%\n1\tposemo\n2\tnegemo\n%%\nhapp*\t1\ngood\t1\nbad\t2\nnot good\t2\n' >"$TMP/mini.dic"
printf 'A happy day. Not good, not bad.\n' >"$TMP/day.txt"
run_slant score --lexicon "$TMP/mini.dic" "$TMP/day.txt"
expect_status 0 "score with a LIWC .dic"
expect_eq "$(csv_get "$TMP/out" day mini/posemo.hits) $(csv_get "$TMP/out" day mini/negemo.hits)" \
	"2 2" "LIWC categories counted independently ('not good' in negemo leaves 'good' in posemo)"
done_testing
