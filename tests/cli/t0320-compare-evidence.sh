#!/bin/sh
# What slant compare calls significant is evidence: tests at the article
# level, calibrated on random halves of articles that cluster by topic,
# honest with one-sided words and tiny groups, effects whose sign follows
# their raw numbers, the JSD beside its null, --prior FILE. Corpora are
# generated here (seeded), so every number is reproducible.
. "${srcdir:-.}/tests/cli/lib.sh"
LEX=$DATA/lexicons/mini.lex

# gen.py KIND OUT [SEED]: write a JSONL corpus
cat >"$TMP/gen.py" <<'PY'
import json, random, sys
kind, out = sys.argv[1], sys.argv[2]
seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
rng = random.Random(seed)
common = ("the of and to in a is that for on with as was by at from it be "
          "has are this said an but not they have which were after more "
          "who will had their its about been also than one two").split()
recs = []
if kind == "topics":
    # 400 articles on 8 topics: each topic has words of its own, so
    # articles cluster, as news does; a few lexicon words everywhere
    topics = [["t%d_w%d" % (t, i) for i in range(40)] for t in range(8)]
    extra = ["claimed", "insisted", "terrorists", "militants", "fighters",
             "victory", "told"]
    for i in range(400):
        t = rng.randrange(8)
        n = rng.randint(120, 400)
        words = []
        for _ in range(n):
            u = rng.random()
            if u < 0.25:
                words.append(rng.choice(topics[t][:8]))
            elif u < 0.40:
                words.append(rng.choice(topics[t]))
            elif u < 0.43:
                words.append(rng.choice(extra))
            else:
                words.append(rng.choice(common))
        recs.append({"id": "a%03d" % i, "source": "one", "text": " ".join(words) + "."})
elif kind == "zebra":
    # 20 against 20 articles of function words; "zebra" five times in a
    # single article of A
    for g in "AB":
        for i in range(20):
            words = [rng.choice(common) for _ in range(100)]
            if g == "A" and i == 0:
                words[10:15] = ["zebra"] * 5
            recs.append({"id": "%s%02d" % (g, i), "source": g, "text": " ".join(words) + "."})
elif kind == "tiny":
    # 4 against 4 articles: "victory" in every article of A, in none of B
    for g in "AB":
        for i in range(4):
            words = [rng.choice(common) for _ in range(60)]
            if g == "A":
                words[5] = "victory"
            recs.append({"id": "%s%d" % (g, i), "source": g, "text": " ".join(words) + "."})
with open(out, "w") as f:
    for r in recs:
        f.write(json.dumps(r) + "\n")
PY
# halves.py IN OUT SEED: the same articles dealt into halves A and B
cat >"$TMP/halves.py" <<'PY'
import json, random, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
order = list(range(len(recs)))
random.Random(int(sys.argv[3])).shuffle(order)
a = set(order[:len(recs) // 2])
with open(sys.argv[2], "w") as f:
    for i, r in enumerate(recs):
        r["half"] = "A" if i in a else "B"
        f.write(json.dumps(r) + "\n")
PY
# count.py MODEL.json: significant terms, dimensions, naming rows; and the
# terms that token-level G2 alone would have flagged (Bonferroni)
cat >"$TMP/count.py" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
c = m["comparisons"][0]
terms = sum(t["significant"] for t in c["terms"])
dims = sum(d["significant"] for d in c["dimensions"])
naming = sum(n["significant"] for n in m["naming"])
n = max(len(c["terms"]), 1)
g2 = sum(1 for t in c["terms"] if t["token_g2_p"] is not None and t["token_g2_p"] < 0.05 / n)
print(terms, dims, naming, g2)
PY

# ---- random halves of articles that cluster by topic -----------------------
python3 "$TMP/gen.py" topics "$TMP/topics.jsonl"
: >"$TMP/null.txt"
for seed in 1 2 3 4 5 6 7 8 9 10; do
	python3 "$TMP/halves.py" "$TMP/topics.jsonl" "$TMP/h.jsonl" $seed
	"$SLANT" compare -q -l "$LEX" --group-by half -t A -B 0 -f json \
		"$TMP/h.jsonl" -o "$TMP/h.json" || echo "compare failed" >>"$TMP/null.txt"
	python3 "$TMP/count.py" "$TMP/h.json" >>"$TMP/null.txt"
done
check "random halves: at most 1 of 10 splits with a significant term" \
	awk '$1 > 0 {n++} END {exit !(NR == 10 && n <= 1)}' "$TMP/null.txt"
check "random halves: at most 1 of 10 with a significant dimension" \
	awk '$2 > 0 {n++} END {exit !(NR == 10 && n <= 1)}' "$TMP/null.txt"
check "random halves: at most 1 of 10 with a significant naming row" \
	awk '$3 > 0 {n++} END {exit !(NR == 10 && n <= 1)}' "$TMP/null.txt"
# the same splits would look full of findings to a word-level test
check "token-level G2 flags terms in most splits (why it is descriptive)" \
	awk '$4 > 0 {n++} END {exit !(n >= 8)}' "$TMP/null.txt"

# ---- a word in one article only -------------------------------------------
python3 "$TMP/gen.py" zebra "$TMP/zebra.jsonl"
run_slant compare -q -l "$LEX" -t A -f json "$TMP/zebra.jsonl"
expect_status 0 "zebra corpus"
check "a word in one article: its bootstrap interval reaches 0, not significant" python3 - "$TMP/out" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
z = [t for t in m["comparisons"][0]["terms"] if t["term"] == "zebra"][0]
assert z["count"] == [5, 0] and z["docs"] == [1, 0], z
r = z["share_ratio"]
assert r["est"] > 0 and r["lo"] <= 0 <= r["hi"], r
assert z["p"] == 1.0 and not z["significant"], z
PY

# ---- four articles a side --------------------------------------------------
python3 "$TMP/gen.py" tiny "$TMP/tiny.jsonl"
run_slant compare -q -l "$LEX" -t A --table dimensions "$TMP/tiny.jsonl"
expect_status 0 "tiny groups"
check "4 against 4, complete separation: exact p = 2/70, not significant, no t headline" python3 - "$TMP/out" <<'PY'
import csv, sys
rows = {(r["dimension"], r["voice"]): r for r in csv.DictReader(open(sys.argv[1]))}
r = rows[("mini/tone", "own")]
assert r["p_method"] == "exact" and abs(float(r["p"]) - 2 / 70) < 1e-9, r
assert r["significant"] == "0" and float(r["q"]) >= float(r["p"]), r
z = rows[("mini/armed-group", "own")]
assert z["p"] == "" and z["untestable"].startswith("no variation"), z
fam = {r["family"] for r in rows.values()}
tested = sum(1 for r in rows.values() if r["p"] != "")
assert fam == {str(tested)}, (fam, tested)
PY
run_slant report -q -l "$LEX" -B 20 "$TMP/tiny.jsonl" -o "$TMP/tiny.md"
check "the report of 4 against 4 calls nothing significant" sh -c \
	"grep -q 'No framing difference is significant' '$TMP/tiny.md' && ! grep -q 'Welch' '$TMP/tiny.md'"

# ---- effects never point against their raw numbers ---------------------------
python3 "$TMP/halves.py" "$TMP/topics.jsonl" "$TMP/h.jsonl" 99
"$SLANT" compare -q -l "$LEX" --group-by half -t A -f json -B 30 "$TMP/h.jsonl" >"$TMP/s.json"
"$SLANT" compare -q -l "$LEX" --one-vs-rest -f json -B 30 "$EXAMPLES" >"$TMP/e.json"
check "every effect has the sign of its raw rates or shares" python3 - "$TMP/s.json" "$TMP/e.json" <<'PY'
import json, sys
def sign(x):
    return (x > 0) - (x < 0)
checked = 0
for path in sys.argv[1:]:
    m = json.load(open(path))
    for c in m["comparisons"]:
        for t in c["terms"]:
            r = t["rate"]
            if t["token_log_ratio"]["est"] is not None:
                assert sign(t["token_log_ratio"]["est"]) == sign(r[0] - r[1]), t
            s = t["share"]
            assert sign(t["share_ratio"]["est"]) == sign(s[0] - s[1]), t
            assert t["token_log_odds"] is None or t["count"][0] + t["count"][1] == 0 \
                or sign(t["token_log_odds"]) in (sign(r[0] - r[1]), 0) \
                or abs(r[0] - r[1]) < 1e-9 * max(r), t
            checked += 1
        for d in c["dimensions"]:
            mu = d["mean"]
            if d["mean_ratio"]["est"] is not None and None not in mu:
                assert sign(d["mean_ratio"]["est"]) == sign(mu[0] - mu[1]), d
            h, tk = d["hits"], d["tokens"]
            if d["token_log_ratio"]["est"] is not None:
                assert sign(d["token_log_ratio"]["est"]) == sign(h[0] / tk[0] - h[1] / tk[1]), d
            checked += 1
    for n in m["naming"]:
        if n["share_diff"]["est"] is not None:
            ms = n["mean_share"]
            assert sign(n["share_diff"]["est"]) == sign(ms[0] - ms[1]), n
        checked += 1
assert checked > 500, checked
PY

# ---- the divergence: its null, not a corrected interval ---------------------
run_slant compare -q -l "$LEX" --table divergence --group-by half -t A "$TMP/h.jsonl"
check "random halves: the JSD is within its null (p not small, excess near 0)" python3 - "$TMP/out" <<'PY'
import csv, sys
r = [x for x in csv.DictReader(open(sys.argv[1])) if x["kind"] == "comparison"][0]
assert float(r["jsd_p"]) > 0.05 and abs(float(r["jsd_excess"])) < 0.01, r
assert "jsd_lo" not in r and "jsd_corrected" not in r, r
PY

# ---- a background prior from a file (crashed before) ------------------------
printf 'the\t1000\nsaid\t50\nvictory\t3\nunseen\t7\n' >"$TMP/bg.tsv"
run_slant compare -q -l "$LEX" -t A --prior "$TMP/bg.tsv" -f json "$TMP/zebra.jsonl"
expect_status 0 "--prior FILE"
check "--prior FILE: a background prior with its total" python3 - "$TMP/out" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
p = m["parameters"]["prior"]
assert p["kind"] == "background" and p["background_terms"] == 4, p
c = m["comparisons"][0]
assert 0 < c["prior"]["total"] <= 1000, c["prior"]
assert all(t["token_log_odds"] is not None for t in c["terms"])
PY
done_testing
