#!/bin/sh
# The published word lists of ../shared/lexicons-reference/ (Hu & Liu,
# Hyland's hedges, Hooper's assertives and factives, Karttunen's
# implicatives, Recasens et al.'s report verbs and bias lexicon, AFINN-165
# with its scores as weights, MPQA's subjectivity clues with stemmed clues
# as prefixes) written by awk into every format slant reads: each reads to
# the same lexicon, every line read or skipped with a warning, and the
# lexicon survives .lex -> .dic / YAML -> .lex. Skipped when ../shared is
# absent; nothing of it is copied into the repository.
. "${srcdir:-.}/tests/cli/lib.sh"

REF=$srcdir/../shared/lexicons-reference
if [ ! -d "$REF" ]; then
	echo "1..0 # SKIP $REF not available"
	exit 0
fi
export LC_ALL=C

# One "category<TAB>entry<TAB>weight" line per list entry, grouped by
# category (one section each in the formats below). Entries are
# kept when every format can hold them as they are: letters (any
# script), digits, blanks, ' - . and * (inner '*' as in "f**k" stays, to
# be skipped alike by every reader); AFINN's words scored 0 are left out
# (a .dicx cell 0 means "not in the category").
ok_entry='^[A-Za-z0-9\200-\377][A-Za-z0-9\200-\377 '"'"'*.-]*$'
{
	for l in positive negative; do
		awk -v c="liu_$l" -v re="$ok_entry" '/^;/ || !NF { next }
			{ sub(/\r$/, "") } $0 ~ re { print c "\t" $0 "\t1" }' \
			"$REF/liu-$l-words.txt"
	done
	for l in hedges:hedges_hyland2005 assertives:assertives_hooper1975 \
		factives:factives_hooper1975 implicatives:implicatives_karttunen1971 \
		report_verbs:report_verbs bias:recasens2013-bias-lexicon; do
		awk -v c="${l%%:*}" -v re="$ok_entry" '/^#/ { next }
			{ sub(/\r$/, ""); sub(/[ \t]+$/, "") } NF && $0 ~ re { print c "\t" $0 "\t1" }' \
			"$REF/${l#*:}.txt"
	done
	awk -F'\t' -v re="$ok_entry" '$1 ~ re && $2 != 0 { print "afinn\t" $1 "\t" $2 }' \
		"$REF/afinn-165.tsv"
	awk -v re="$ok_entry" '{
		w = ""; p = ""; s = ""
		for (i = 1; i <= NF; i++) {
			split($i, kv, "=")
			if (kv[1] == "word1") w = kv[2]
			if (kv[1] == "priorpolarity") p = kv[2]
			if (kv[1] == "stemmed1") s = kv[2]
		}
		if (w ~ re && p != "") print "mpqa_" p "\t" w (s == "y" ? "*" : "") "\t1"
	}' "$REF/mpqa-subjclueslen1-HLTEMNLP05.tff"
} | sort -s -t '	' -k1,1 >"$TMP/ref.tsv"
total=$(wc -l <"$TMP/ref.tsv" | tr -d ' ')
check "the lists give more than 15,000 entries ($total)" test "$total" -gt 15000
# What slant cannot match: a '*' inside a word (after runs of '*' are one).
skip=$(awk -F'\t' '{ e = $2; gsub(/\*+/, "*", e) } e ~ /\*[^ ]/ || e ~ /(^| )\*/ { n++ } END { print n + 0 }' "$TMP/ref.tsv")
check "some entries slant cannot match ($skip)" test "$skip" -gt 0
cats=$(cut -f1 "$TMP/ref.tsv" | awk '!seen[$0]++')

# The same lists in each format.
awk -F'\t' 'BEGIN { print "%" } !($1 in num) { num[$1] = ++n; print n "\t" $1 }
	{ line[NR] = $2 "\t" num[$1] ($3 != 1 ? "=" $3 : "") }
	END { print "%"; for (i = 1; i <= NR; i++) print line[i] }' "$TMP/ref.tsv" >"$TMP/ref.dic"
awk -F'\t' -v cats="$(echo $cats)" 'BEGIN { n = split(cats, c, " "); h = "DicTerm"
		for (i = 1; i <= n; i++) { h = h "," c[i]; col[c[i]] = i } print h }
	{ row = $2; for (i = 1; i <= n; i++) row = row "," (i == col[$1] ? ($3 != 1 ? $3 : "X") : ""); print row }' \
	"$TMP/ref.tsv" >"$TMP/ref.dicx"
awk -F'\t' '$1 != last { print $1 ":"; last = $1 } { print "  - \"" $2 "\"" }' "$TMP/ref.tsv" >"$TMP/ref.yml"
awk -F'\t' '$1 != last { print "+" $1; last = $1 } { print $2 }' "$TMP/ref.tsv" >"$TMP/ref.lc3"
awk -F'\t' '$1 != last { print $1; last = $1 } { print "\t" $2 " (" $3 ")" }' "$TMP/ref.tsv" >"$TMP/ref.cat"

# Each reads to the same lexicon: every line an entry or skipped with a
# warning; the formats without weights give it without them.
strip() { # strip FILE [noweights]: the .lex without its %title line
	grep -v '^%title ' "$1" | if [ -n "${2:-}" ]; then sed 's/ = [-0-9.e]*$//'; else cat; fi
}
for f in dic dicx yml lc3 cat; do
	mkdir -p "$TMP/$f"
	run_slant lexicon convert "$TMP/ref.$f" -o "$TMP/$f/ref.lex"
	expect_status 0 "ref.$f reads"
	expect_err "$(echo "$cats" | wc -l | tr -d ' ') dimensions, $((total - skip)) entries, $skip skipped)" \
		"ref.$f: $((total - skip)) entries read, $skip skipped"
	expect_eq "$(grep -c "ref.$f:[0-9]*: entry '.*' skipped" "$TMP/err")" "$skip" \
		"ref.$f: a warning with path:line for each skipped entry"
done
strip "$TMP/dic/ref.lex" >"$TMP/want"
strip "$TMP/dic/ref.lex" noweights >"$TMP/want-noweights"
for f in dicx cat; do
	strip "$TMP/$f/ref.lex" >"$TMP/got"
	check "ref.$f gives the lexicon ref.dic gives, weights included" cmp "$TMP/want" "$TMP/got"
done
for f in yml lc3; do
	strip "$TMP/$f/ref.lex" >"$TMP/got"
	check "ref.$f gives the lexicon ref.dic gives, without weights" cmp "$TMP/want-noweights" "$TMP/got"
done
check "AFINN's scores are weights" grep -q '^abandon = -2$' "$TMP/dic/ref.lex"
check "MPQA's stemmed clues are prefixes" grep -q '^abandon\*$' "$TMP/dic/ref.lex"

# .lex -> .dic -> .lex and .lex -> YAML -> .lex keep every entry.
cp "$TMP/dic/ref.lex" "$TMP/ref.lex"
mkdir -p "$TMP/back"
run_slant lexicon convert "$TMP/ref.lex" -o "$TMP/back/ref.dic"
expect_status 0 "written as .dic"
run_slant lexicon convert "$TMP/back/ref.dic" -o "$TMP/back/ref-dic.lex"
strip "$TMP/back/ref-dic.lex" >"$TMP/got"
check ".lex -> .dic -> .lex: the same lexicon" cmp "$TMP/want" "$TMP/got"
run_slant lexicon convert "$TMP/ref.lex" -o "$TMP/back/ref.yml"
expect_status 0 "written as YAML"
expect_err "quanteda YAML cannot hold entry weights other than 1: $(awk -F'\t' '$3 != 1' "$TMP/ref.tsv" | wc -l | tr -d ' ') dropped" \
	"YAML: AFINN's weights reported as dropped"
run_slant lexicon convert "$TMP/back/ref.yml" -o "$TMP/back/ref-yml.lex"
strip "$TMP/back/ref-yml.lex" >"$TMP/got"
check ".lex -> YAML -> .lex: the same lexicon without weights" cmp "$TMP/want-noweights" "$TMP/got"
done_testing
