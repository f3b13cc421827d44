#!/bin/sh
# slant lexicon eval reproduces, to 1e-9, the AUCs scikit-learn computes
# from slant score's output on MBIC, for every bundled dimension, by hits
# and by rate, on the whole corpus and on each half of --split
# (tests/reference/check-eval-mbic.py). Skipped without ../shared or
# without scikit-learn.
. "${srcdir:-.}/tests/cli/lib.sh"

MBIC=$srcdir/../shared/corpora/mbic.jsonl
PY=/usr/bin/python3
if [ ! -r "$MBIC" ]; then
	echo "ok 1 # SKIP ../shared/corpora/mbic.jsonl is not here"
	echo "1..1"
	exit 0
fi
if ! "$PY" -c "import sklearn" 2>/dev/null; then
	echo "ok 1 # SKIP $PY has no scikit-learn"
	echo "1..1"
	exit 0
fi
if "$PY" "$srcdir/tests/reference/check-eval-mbic.py" "$SLANT" "$MBIC" >"$TMP/out" 2>"$TMP/err"; then
	ok "$(tail -1 "$TMP/out")"
else
	not_ok "eval against scikit-learn on MBIC"
	sed 's/^/#   /' "$TMP/out" "$TMP/err" | head -20
fi
check "every split and measure was compared" test "$(grep -c 'largest difference' "$TMP/out")" -eq 6
done_testing
