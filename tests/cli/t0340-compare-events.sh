#!/bin/sh
# The same events covered by two outlets (--pair-by): per event the
# difference of the outlets' rates, the Wilcoxon signed-rank test over the
# events (checked against SciPy's permutation test, computed here from
# slant score's own rates), and terms by the exact stratified test (with
# one article a side per event: McNemar's exact test, SciPy's binomtest).
# The corpus is written here: 12 events, one directory each, an article
# per outlet (event/outlet.txt), and the same as JSON Lines.
. "${srcdir:-.}/tests/cli/lib.sh"
LEX=$DATA/lexicons/mini.lex

python3 - "$TMP/ev" "$TMP/ev.jsonl" <<'PY'
import json, os, random, sys
rng = random.Random(7)
filler = ("the council met on monday to discuss the plan and the budget for "
          "the coming year while residents waited outside the hall").split()
out = open(sys.argv[2], "w")
for e in range(12):
    d = os.path.join(sys.argv[1], "event-%02d" % e)
    os.makedirs(d)
    for outlet in ("alpha", "beta"):
        words = [rng.choice(filler) for _ in range(rng.randint(60, 120))]
        # alpha reports speech as "claimed" in most events, beta "said"
        verbs = (["claimed"] * rng.randint(1, 3) if outlet == "alpha"
                 and e % 6 else ["said"] * rng.randint(1, 2))
        if outlet == "beta" and e % 4 == 0:
            verbs += ["claimed"]
        # "regime": alpha in 9 events, beta in 1
        if (outlet == "alpha" and e < 9) or (outlet == "beta" and e == 11):
            words += ["the", "regime"]
        for v in verbs:
            words.insert(rng.randrange(len(words)), v)
        text = " ".join(words) + "."
        with open(os.path.join(d, outlet + ".txt"), "w") as f:
            f.write(text + "\n")
        out.write(json.dumps({"id": "%s-%02d" % (outlet, e), "source": outlet,
                              "event": "event-%02d" % e, "text": text}) + "\n")
PY

run_slant compare -q -l "$LEX" --group-by name --pair-by dir -t alpha -f json "$TMP/ev"
expect_status 0 "events from directories (--group-by name --pair-by dir)"
cp "$TMP/out" "$TMP/dirs.json"
run_slant compare -q -l "$LEX" --pair-by event -t alpha -f json "$TMP/ev.jsonl"
expect_status 0 "events from a JSON field (--pair-by event)"
check "the same paired statistics from directories and from JSON Lines" python3 - "$TMP/dirs.json" "$TMP/out" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
ca, cb = a["comparisons"][0], b["comparisons"][0]
assert ca["events"] == cb["events"] == 12, (ca["events"], cb["events"])
da = {(d["dimension"], d["voice"]): d["paired_wilcoxon"] for d in ca["dimensions"]}
db = {(d["dimension"], d["voice"]): d["paired_wilcoxon"] for d in cb["dimensions"]}
assert da == db
PY
"$SLANT" score -q -l "$LEX" --group-by name -f jsonl "$TMP/ev" >"$TMP/scores.jsonl"
check_scipy "Wilcoxon over events = SciPy's permutation test on slant score's rates" - "$TMP/scores.jsonl" "$TMP/dirs.json" <<'PY'
import json, sys
import numpy as np
from scipy import stats
rows = [json.loads(l) for l in open(sys.argv[1])]
m = json.load(open(sys.argv[2]))
c = m["comparisons"][0]
rate = {}
for r in rows:
    event = r["id"].split("/")[0]
    rate[(event, r["group"])] = r["dimensions"]["mini/attribution/loaded"]["rate_own"]
events = sorted({e for e, _ in rate})
d = np.array([rate[(e, "alpha")] - rate[(e, "beta")] for e in events])
nz = d[d != 0]
def wplus(x, axis=-1):
    return np.sum((x > 0) * stats.rankdata(np.abs(x), axis=axis), axis=axis)
want = stats.permutation_test((nz,), wplus, permutation_type="samples",
                              n_resamples=np.inf, vectorized=True,
                              alternative="two-sided")
got = [x for x in c["dimensions"] if x["dimension"] == "mini/attribution/loaded"
       and x["voice"] == "own"][0]
w = got["paired_wilcoxon"]
assert abs(w["stat"] - wplus(nz)) < 1e-9 and w["df"] == len(nz), (w, wplus(nz))
assert abs(w["p"] - want.pvalue) <= 1e-9 * want.pvalue, (w["p"], want.pvalue)
assert got["events_more"] == int((d > 0).sum()) and got["events_less"] == int((d < 0).sum())
assert abs(got["paired_diff"]["est"] - d.mean()) < 1e-3  # score rounds rates
assert got["paired_diff"]["lo"] <= d.mean() <= got["paired_diff"]["hi"]
assert got["paired_q"] >= w["p"]
PY
check_scipy "a word in 9 events of one outlet, 1 of the other: McNemar's exact test" - "$TMP/dirs.json" <<'PY'
import json, sys
from scipy import stats
c = json.load(open(sys.argv[1]))["comparisons"][0]
t = [x for x in c["terms"] if x["term"] == "regime"][0]
assert t["events_more"] == 9 and t["events_less"] == 1, t
want = stats.binomtest(9, 10, 0.5).pvalue
assert abs(t["paired_p"] - want) <= 1e-9 * want, (t["paired_p"], want)
assert c["families"]["paired_terms"] >= 1
PY
run_slant compare -q -l "$LEX" --pair-by event -t alpha --table dimensions "$TMP/ev.jsonl"
check "the dimensions table has the paired columns" sh -c \
	"head -1 '$TMP/out' | grep -q 'paired_w,paired_n,paired_p,paired_p_method,paired_q,events_more,events_less,events_same,paired_diff'"
run_slant compare -q -l "$LEX" -t alpha --table dimensions "$TMP/ev.jsonl"
check "without --pair-by no paired columns" sh -c "! head -1 '$TMP/out' | grep -q paired"

run_slant report -q -l "$LEX" -B 50 --pair-by event "$TMP/ev.jsonl" -o "$TMP/r.md"
expect_status 0 "report with events"
check "the report has a Same events section telling the events' count" sh -c \
	"grep -q '^## Same events' '$TMP/r.md' && grep -q 'alpha uses mini/attribution/loaded more than beta .* of the 12 events they both cover' '$TMP/r.md'"
run_slant report -q -l "$LEX" -B 50 --pair-by event "$TMP/ev.jsonl" -o "$TMP/r.html"
check "HTML: a strip chart of the differences per event" sh -c \
	"grep -q 'id=\"events\"' '$TMP/r.html' && grep -q 'alpha minus beta, per event' '$TMP/r.html'"
run_slant compare -q -l "$LEX" --pair-by '' "$TMP/ev.jsonl"
expect_status 2 "--pair-by needs a field"
done_testing
