#!/bin/sh
# An outlet writing in Arabic against one writing in English: dimensions
# that only the English lexicons measure are not measured for the Arabic
# articles, and compare treats them as missing (no rate), not as zero
# (which would make the English outlet "use more" of every English-only
# dimension). Sentences written for this test.
. "${srcdir:-.}/tests/cli/lib.sh"
mkdir -p "$TMP/c/en" "$TMP/c/ar"
i=1
for s in "The minister claimed the plan would work, and critics insisted it would fail." \
	"Officials claimed victory while residents admitted they were afraid." \
	"The mayor insisted the budget was fair; the council claimed otherwise." \
	"Police claimed the protest was violent, witnesses said it was calm."; do
	printf -- '---\nid: en%d\nsource: Ledger\n---\n%s\n' "$i" "$s" >"$TMP/c/en/$i.txt"
	i=$((i + 1))
done
i=1
for s in "قال الوزير إن الحكومة ستدرس الخطة الجديدة مع البلديات." \
	"أعلنت الشرطة أن الشارع هادئ بعد الاحتجاج في المدينة." \
	"قالت الوزارة إن الميزانية ستنشر الأسبوع المقبل للمواطنين." \
	"أكد المسؤولون أن المستشفى استقبل الجرحى في الصباح."; do
	printf -- '---\nid: ar%d\nsource: Akhbar\n---\n%s\n' "$i" "$s" >"$TMP/c/ar/$i.txt"
	i=$((i + 1))
done
run_slant compare -q --group-by source -t Ledger --table dimensions "$TMP/c"
expect_status 0 "compare an English and an Arabic outlet"
check "an English-only dimension has no rate for the Arabic outlet: not testable" python3 - "$TMP/out" <<'PY'
import csv, sys
rows = {(r["dimension"], r["voice"]): r for r in csv.DictReader(open(sys.argv[1]))}
r = rows[("epistemic/attribution/loaded", "own")]
assert r["n_target"] == "4" and r["n_reference"] == "0", r
assert r["p"] == "" and r["untestable"].startswith("fewer than 3"), r
assert r["tokens_reference"] == "0" and r["significant"] == "0", r
# a dimension both languages measure has both sides' rates
t = rows[("tone/negative", "own")]
assert t["n_target"] == "4" and t["n_reference"] == "4", t
PY
done_testing
