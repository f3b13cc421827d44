#!/bin/sh
# Null calibration and power of what slant report calls significant, on
# real news: 20 random article-level halves of the first 2,000 "left"
# articles of ../shared/corpora/allsides-train.jsonl (no real difference
# can exist between them) must give a significant finding in at most 2
# of 20 splits, counted separately for terms, dimensions and naming; and
# 1,000 left against 1,000 right articles (the same sizes) must still give
# significant findings of each kind. ../shared is not part of the project:
# without it the checks are skipped.
. "${srcdir:-.}/tests/cli/lib.sh"
ALLSIDES=$srcdir/../shared/corpora/allsides-train.jsonl
if [ ! -f "$ALLSIDES" ]; then
	ok "null calibration: skipped (../shared/corpora absent)"
	ok "power: skipped (../shared/corpora absent)"
	done_testing
	exit 0
fi

cat >"$TMP/split.py" <<'PY'
import json, random, sys
src, out, seed = sys.argv[1], sys.argv[2], sys.argv[3]
recs, right = [], []
for line in open(src, encoding="utf-8"):
    r = json.loads(line)
    if r.get("bias") == "left" and len(recs) < 2000:
        recs.append(r)
    elif r.get("bias") == "right" and len(right) < 1000:
        right.append(r)
    if len(recs) >= 2000 and len(right) >= 1000:
        break
with open(out, "w", encoding="utf-8") as f:
    if seed == "power":  # the first 1,000 of each side
        for r in recs[:1000] + right:
            r["half"] = r["bias"]
            f.write(json.dumps(r) + "\n")
        sys.exit(0)
    order = list(range(len(recs)))
    random.Random(int(seed)).shuffle(order)
    a = set(order[:1000])
    for i, r in enumerate(recs):
        r["half"] = "A" if i in a else "B"
        f.write(json.dumps(r) + "\n")
PY
cat >"$TMP/count.py" <<'PY'
import json, sys
f = json.load(open(sys.argv[1]))["report"]["findings"]
n = {k: sum(1 for x in f if x["kind"] == k and x["significant"])
     for k in ("term", "dimension", "naming")}
print(n["term"], n["dimension"], n["naming"])
PY

: >"$TMP/null.txt"
seed=1
while [ $seed -le 20 ]; do
	python3 "$TMP/split.py" "$ALLSIDES" "$TMP/s.jsonl" $seed
	"$SLANT" report -q -B 0 --group-by half "$TMP/s.jsonl" -o "$TMP/r.json" ||
		echo "report failed" >>"$TMP/null.txt"
	python3 "$TMP/count.py" "$TMP/r.json" >>"$TMP/null.txt"
	seed=$((seed + 1))
done
sed 's/^/# split: /' "$TMP/null.txt"
check "null: at most 2 of 20 splits with a significant term" \
	awk '$1 > 0 {n++} END {exit !(NR == 20 && n <= 2)}' "$TMP/null.txt"
check "null: at most 2 of 20 splits with a significant dimension" \
	awk '$2 > 0 {n++} END {exit !(NR == 20 && n <= 2)}' "$TMP/null.txt"
check "null: at most 2 of 20 splits with a significant naming preference" \
	awk '$3 > 0 {n++} END {exit !(NR == 20 && n <= 2)}' "$TMP/null.txt"

python3 "$TMP/split.py" "$ALLSIDES" "$TMP/lr.jsonl" power
run_slant report -q -B 0 --group-by half "$TMP/lr.jsonl" -o "$TMP/lr.json"
expect_status 0 "left against right"
python3 "$TMP/count.py" "$TMP/lr.json" >"$TMP/power.txt"
sed 's/^/# left vs right: /' "$TMP/power.txt"
check "power: left against right gives significant terms, dimensions and names" \
	awk '{exit !($1 > 0 && $2 > 0 && $3 > 0)}' "$TMP/power.txt"
done_testing
