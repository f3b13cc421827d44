#!/bin/sh
# Markup in corpus text, titles and ids is escaped in every format.
# (t0550 checks the HTML in a browser.)
. "${srcdir:-.}/tests/cli/lib.sh"
run_slant report --quiet -B 20 "$DATA/report-injection" -o "$TMP/i.html"
expect_status 0 "report of the injection corpus"
check "the payload text is in the report, escaped" grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' "$TMP/i.html"
check "the attribute breakout is escaped" grep -q '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;' "$TMP/i.html"
check "no raw <script or <img anywhere" sh -c "! grep -qi '<script\|<img' '$TMP/i.html'"
run_slant report --quiet -B 20 "$DATA/report-injection" -o "$TMP/i.md"
check "Markdown escapes < and >" sh -c "! grep -qi '<script\|<img' '$TMP/i.md' && grep -q '&lt;script&gt;' '$TMP/i.md'"
done_testing
