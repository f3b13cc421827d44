#!/bin/sh
# The README's "Tuning a lexicon" walkthrough, run block by block as a
# user would (sh blocks are commands; a "lex FILE" block is appended to
# FILE), with each step's output checked. The coder of step 3 is played by
# a script: a match counts as correct when its article is labelled
# threat. Numbers are checked against independent computations in Python.
. "${srcdir:-.}/tests/cli/lib.sh"

cd "$TMP" || exit 1
ln -s "$srcdir/tests" tests
ln -s "$srcdir/lexicons" lexicons
NEWS=tests/data/workbench/news.jsonl

awk '/^## Tuning a lexicon/{on=1; next} /^## /{on=0} on' "$srcdir/README.md" \
	>section.md
# Split the section's code blocks into numbered files: NN.sh or NN.lex
# (the first line of a .lex file names the file it is appended to).
awk '
/^ *```/ {
	if (inblock) { inblock = 0; close(f); next }
	inblock = 1; n++
	info = $0; sub(/^ *```/, "", info)
	split(info, w, " ")
	f = sprintf("block-%02d.%s", n, w[1])
	if (w[1] == "lex") print w[2] > f
	indent = match($0, /[^ ]/) - 1
	next
}
inblock { line = $0; print substr(line, indent + 1) > f }
' section.md
nblocks=$(ls block-* | wc -l | tr -d ' ')
check "the section has its blocks ($nblocks)" test "$nblocks" -ge 9

# The coder: 1 when the article of the match is labelled threat.
code_sample() {
	python3 - "$NEWS" sample.csv <<'PY'
import csv, json, sys
threat = {json.loads(l)["id"]: json.loads(l)["threat"] for l in open(sys.argv[1])}
rows = list(csv.DictReader(open(sys.argv[2], newline="", encoding="utf-8")))
for r in rows:
    r["correct"] = "1" if threat[r["id"]] else "0"
with open(sys.argv[2], "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
    w.writeheader()
    w.writerows(rows)
PY
}

# An AUC by Mann-Whitney counting (ties half), from slant score's JSON
# rows: independent of slant's own code.
auc_of() { # auc_of LEXICON DIMENSION
	"$SLANT" score -q --format jsonl -l "$1" "$NEWS" >scores.jsonl
	python3 - "$NEWS" scores.jsonl "$2" <<'PY'
import json, sys
lab = {json.loads(l)["id"]: json.loads(l)["threat"] for l in open(sys.argv[1])}
rows = [json.loads(l) for l in open(sys.argv[2])]
d = sys.argv[3]
x = [(r["dimensions"][d]["hits"] * 1000 / r["tokens"], lab[r["id"]]) for r in rows]
pos = [v for v, y in x if y]
neg = [v for v, y in x if not y]
u = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg)
print("%.6f" % (u / (len(pos) * len(neg))))
PY
}

step=0
for f in block-*; do
	case $f in
	*.lex)
		target=$(head -1 "$f")
		tail -n +2 "$f" >>"$target"
		check "$f: appended to $target" "$SLANT" lexicon check "$target"
		continue
		;;
	esac
	while IFS= read -r cmd; do
		[ -n "$cmd" ] || continue
		step=$((step + 1))
		out=step-$step.out
		case $cmd in
		*"lexicon audit"*) code_sample ;;
		esac
		run=$(printf '%s\n' "$cmd" | sed "s|^slant |\"\$SLANT\" |")
		if sh -c "$run" >"$out" 2>step-$step.err; then
			ok "README: $cmd"
		else
			not_ok "README: $cmd (exit $?)"
			sed 's/^/#   /' "step-$step.err" | head -5
			continue
		fi
		cp "$out" "$TMP/out"
		cp "step-$step.err" "$TMP/err"
		case $cmd in
		*"check --corpus"*)
			# the lines of the appended entries in my.lex
			lf=$(grep -n '^flood\*$' my.lex | cut -d: -f1)
			ls=$(grep -n '^surge\*$' my.lex | cut -d: -f1)
			expect_out "my.lex:$lf: warning: 'flood*' also reaches other words in the corpus: 8 of its 18 matches (floodplain 3, floodwaters 3, floodgates 2)" "check --corpus: flood* reaches floodplain and floodwaters"
			expect_out "my.lex:$ls: warning: 'surge*' reaches mostly other words in the corpus: 11 of its 19 matches (surgery 7, surgeon 2, surgeons 2)" "check --corpus: surge* reaches surgery"
			# and the two entries loaded/language/scare already has
			expect_out "warning: 'invasion' is in both 'threat' and 'language/scare'" "check: invasion is counted twice"
			expect_out "0 error(s), 4 warning(s)" "check --corpus: those four warnings, nothing else"
			;;
		*"lexicon expand"*)
			row=$(grep -E '^loaded/threat +flood\* +flood ' "$TMP/out" | tr -s ' ')
			expect_eq "$row" "loaded/threat flood* flood 5 5 0.278" "expand: flood* reaches 'flood' 5 times of 18"
			expect_out "floodwaters" "expand: and 'floodwaters'"
			;;
		*"lexicon kwic"*)
			expect_eq "$(head -1 sample.csv)" "item,id,group,dimension,entry,left,match,right,offsets,correct" "kwic: the columns, 'correct' last"
			expect_eq "$(tail -n +2 sample.csv | wc -l | tr -d ' ')" 20 "kwic: 20 matches drawn"
			expect_err "20 of 73 matches in 35 articles and 3 groups drawn" "kwic: says what it drew from"
			n=$(cut -d, -f3 sample.csv | sort -u | grep -c -E 'Harbor|Valley|Summit')
			expect_eq "$n" 3 "kwic: every outlet in the sample"
			;;
		*"lexicon audit"*)
			want=$(python3 - sample.csv <<'PY'
import csv, math, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
n = len(rows); k = sum(r["correct"] == "1" for r in rows)
z = 1.959963984540054; p = k / n
c = (p + z * z / (2 * n)) / (1 + z * z / n)
h = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
print("%d %d %.3f %.3f-%.3f" % (n, k, p, c - h, c + h))
PY
)
			got=$(grep -E '^loaded/threat +\(all\)' "$TMP/out" | tr -s ' ' | cut -d' ' -f3-)
			expect_eq "$got" "$want" "audit: the dimension's precision and Wilson interval"
			expect_out "surge*" "audit: per entry"
			;;
		*"lexicon eval -l my.lex"*)
			auc=$(grep -E '^loaded/threat +true' "$TMP/out" | tr -s ' ' | cut -d' ' -f3)
			want=$(auc_of my.lex loaded/threat)
			expect_eq "$auc" "$(printf '%.3f' "$want")" "eval: the AUC of Mann-Whitney counting ($want)"
			expect_out "surge* 7 (precision 0.46)" "eval: surge* costs the most false positives"
			expect_out "spans 'marked':" "eval: the marked words"
			;;
		*"lexicon fit"*)
			expect_out "AUC before" "fit: reports the AUCs"
			check "fit: the fitted lexicon loads" "$SLANT" lexicon check my-fitted.lex
			check "fit: it says how it was fitted" grep -q "^%reference weights of 'threat' fitted by slant lexicon fit on news.jsonl" my-fitted.lex
			n=$(grep -c -E '^(invasion|invad\*|flood\*|swarm\*|horde\*|surge\*|overrun|illegal alien\*|pouring in) = -?[0-9]+\.[0-9]{4}' my-fitted.lex)
			expect_eq "$n" 9 "fit: every entry of the dimension has a weight"
			surge=$(sed -n 's/^surge\* = //p' my-fitted.lex | cut -d' ' -f1)
			horde=$(sed -n 's/^horde\* = //p' my-fitted.lex | cut -d' ' -f1)
			check "fit: surge* ($surge) weighs less than horde* ($horde)" \
			    python3 -c "import sys; sys.exit(not float('$surge') < float('$horde'))"
			;;
		*"lexicon diff"*)
			expect_out "entries 6 added, 0 removed, 0 reweighted, 0 moved" "diff: six exclusions added"
			expect_out "added   !surgery" "diff: names them"
			row=$(grep -E '^loaded/threat +[0-9]' "$TMP/out" | tr -s ' ')
			check "diff: the threat score falls ($row)" python3 -c "
r = '$row'.split(); import sys; sys.exit(not float(r[2]) < float(r[1]))"
			expect_out "surge* 3->0" "diff: the article that moved most, and why"
			;;
		*"lexicon eval -l my-v2.lex"*)
			auc=$(grep -E '^loaded/threat +true' "$TMP/out" | tr -s ' ' | cut -d' ' -f3)
			want=$(auc_of my-v2.lex loaded/threat)
			expect_eq "$auc" "$(printf '%.3f' "$want")" "eval v2: the AUC of Mann-Whitney counting ($want)"
			before=$(auc_of my.lex loaded/threat)
			check "eval v2: better than before ($before -> $want)" python3 -c "import sys; sys.exit(not $want > $before)"
			;;
		esac
	done <"$f"
done
check "every command of the walkthrough ran ($step)" test "$step" -ge 9
done_testing
