#!/bin/sh
# The formats of other tools beside language-aware lexicons: an entry read
# from a .dic, .dicx, YAML, Lexicoder or WordStat file belongs to its own
# file's scheme (no %language), so it counts in an article of any language
# when loaded after the bundled lexicons (which declare theirs); and
# convert of a lexicon with %proclitics: the line is kept in .lex, the
# forms it makes are never written out as entries, .dic and YAML say they
# drop it. The bundled Arabic and Persian lexicons convert to .lex and
# still pass their tests. Lexicons and articles written for this test.
. "${srcdir:-.}/tests/cli/lib.sh"

F=$DATA/lexicons/formats
L=$srcdir/lexicons

# Foreign formats after the bundled lexicons (the first scheme loaded is
# an Arabic one): their entries count in an English article.
printf 'I am glad the council met. Perhaps the new jobs near the playground will lift a bleak mood in town.\n' >"$TMP/day.txt"
run_slant score -l "$L" -l "$F/mood.dic" -l "$F/stance.dicx" \
	-l "$F/framing.yml" -l "$F/tone2.lcd" -l "$F/regions.cat" "$TMP/day.txt"
expect_status 0 "every format loads beside the bundled lexicons"
expect_eq "$(csv_get "$TMP/out" day mood/affect.hits) $(csv_get "$TMP/out" day stance/hedge.hits) $(csv_get "$TMP/out" day framing/economy.hits) $(csv_get "$TMP/out" day tone2/negative.hits) $(csv_get "$TMP/out" day regions/city.hits)" \
	"1 1 1 1 1" "glad (.dic), perhaps (.dicx), jobs (YAML), bleak (.lcd), playground* (.cat) count in English"
expect_eq "$(csv_get "$TMP/out" day epistemic/hedges.hits)" 1 "and the bundled English lexicon too (perhaps)"

# An Arabic word in a .dic counts in an Arabic article, the Arabic
# lexicon's proclitic forms too.
printf '%%\n1\tweather\n%%\nmatar\t1\n\331\205\330\267\330\261\t1\n' >"$TMP/sky.dic"
cat >"$TMP/ar.txt" <<'TXT'
هطل مطر غزير على المدينة اليوم، وقال المسؤولون إن الأمطار ستستمر حتى المساء وإن الطرق مغلقة.
TXT
run_slant score -l "$L" -l "$TMP/sky.dic" "$TMP/day.txt" "$TMP/ar.txt"
expect_status 0 "a .dic with an Arabic word beside the bundled lexicons"
expect_eq "$(csv_get "$TMP/out" ar sky/weather.hits) $(csv_get "$TMP/out" day sky/weather.hits)" \
	"1 0" "its entry counts in the Arabic article"

# A scheme name taken by the bundled lexicons is refused either way round.
printf '%%\n1\tcity\n%%\nquds\t1\n' >"$TMP/naming.dic"
run_slant lexicon check "$L" "$TMP/naming.dic"
expect_status 3 "a .dic named like a bundled scheme is refused"
expect_err "naming.dic: scheme 'naming' (named after the file) is already loaded from" "and says from where"
run_slant lexicon check "$TMP/naming.dic" "$L/ar/naming.lex"
expect_status 3 "so is a .lex variant after it"
expect_err "files may share a scheme name only with different %language lines" "saying why"

# %proclitics through convert.
cat >"$TMP/storm.lex" <<'LEX'
%scheme storm
%language ar
%proclitics و ب
%dimension weather Storms and rain
@weather
عاصفة
مطر غزير
LEX
run_slant lexicon check "$TMP/storm.lex"
expect_status 0 "the lexicon with %proclitics checks"
want=$(cat "$TMP/out")
expect_eq "$want" "1 scheme(s), 1 dimension(s), 2 entries (and 4 proclitic forms): 0 error(s), 0 warning(s)" "two entries, four forms"
run_slant lexicon convert "$TMP/storm.lex" -o "$TMP/storm2.lex"
expect_status 0 ".lex with %proclitics -> .lex"
expect_err "(slant .lex, 1 dimension, 2 entries, 0 skipped)" "the summary counts the entries as written"
expect_eq "$(grep -c . "$TMP/storm2.lex") $(grep -c '^%proclitics و ب$' "$TMP/storm2.lex") $(grep -c 'عاصفة' "$TMP/storm2.lex")" \
	"7 1 1" "%proclitics kept, each entry written once, no form written out"
run_slant lexicon check "$TMP/storm2.lex"
expect_eq "$(cat "$TMP/out")" "$want" "read back: the same entries and forms"
printf 'وعاصفة قوية ضربت الساحل، وجاءت بمطر غزير ملأ الشوارع.\n' >"$TMP/coast.txt"
run_slant score -l "$TMP/storm2.lex" "$TMP/coast.txt"
expect_eq "$(csv_get "$TMP/out" coast storm/weather.hits)" 2 "and match with a proclitic in front"
for to in dic yml; do
	run_slant lexicon convert "$TMP/storm.lex" -o "$TMP/storm.$to"
	expect_status 0 ".lex with %proclitics -> .$to"
	expect_err "cannot hold proclitics (%proclitics: the entries' forms with one in front are not written): 2 dropped" ".$to reports the proclitics dropped"
	run_slant lexicon check "$TMP/storm.$to"
	expect_out "1 scheme(s), 1 dimension(s), 2 entries: 0 error(s), 0 warning(s)" ".$to read back: the two entries"
done
run_slant lexicon convert --strict "$TMP/storm.lex" -o "$TMP/strict.dic"
expect_status 1 "--strict refuses to drop the proclitics"

# The bundled Arabic and Persian lexicons converted to .lex pass their
# tests and give the same dimensions.
for lang in ar fa; do
	mkdir -p "$TMP/conv/$lang"
	for f in "$L/$lang"/*.lex; do
		b=$(basename "$f" .lex)
		"$SLANT" lexicon convert -q "$f" -o "$TMP/conv/$lang/$b.lex"
		cp "$L/$lang/$b.tests" "$TMP/conv/$lang/"
	done
done
run_slant lexicon test "$L/ar" "$L/fa"
want=$(tail -1 "$TMP/out")
run_slant lexicon test "$TMP/conv"
expect_status 0 "converted Arabic and Persian lexicons pass their tests"
expect_eq "$(tail -1 "$TMP/out")" "$want" "all of them"
run_slant lexicon check "$L/ar" "$L/fa"
want=$(cat "$TMP/out")
run_slant lexicon check "$TMP/conv"
expect_eq "$(cat "$TMP/out")" "$want" "the same entries and proclitic forms, no warning"
"$SLANT" lexicon dims "$L/ar" "$L/fa" | sed 's| [^ ]*\.lex$||' >"$TMP/dims1"
"$SLANT" lexicon dims "$TMP/conv" | sed 's| [^ ]*\.lex$||' >"$TMP/dims2"
check "the same dimensions and entry counts" cmp "$TMP/dims1" "$TMP/dims2"
done_testing
