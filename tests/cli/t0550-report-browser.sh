#!/bin/sh
# The HTML reports as a reader sees them. Without a browser: every chart's
# tick labels stand on their grid lines and read the value there
# (tests/cli/chart-ticks.py). In headless Chromium (Debian package
# chromium, driven over the DevTools pipe by tests/cli/browser.py, offline):
# the example report and a report of long words, long names and long
# evidence lines (tests/data/report-long) at 1280 px and at a 390 px phone
# width are no wider than the viewport, hide nothing by overflow, scroll
# no table of differences, naming or evidence sideways, have no script and
# log no console message; screenshots of each (kept in $SLANT_SCREENSHOTS
# when set). In the report of the injection corpus no <script> or <img>
# element was made from corpus text (checked on the browser's DOM).
# The browser checks SKIP when /usr/bin/chromium is absent.
. "${srcdir:-.}/tests/cli/lib.sh"
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
CLI=$srcdir/tests/cli

run_slant report --quiet --analysis "$srcdir/reports/example.analysis" -o "$TMP/example.html"
expect_status 0 "regenerate the example report"
run_slant report --quiet -B 20 "$DATA/report-long" -o "$TMP/long.html"
expect_status 0 "report of long words, names and evidence lines"

# ---- the charts' ticks, from the markup ----
check "example: every tick label on its grid line, at its value, in 1-2-5 steps" \
	"$PY" "$CLI/chart-ticks.py" "$TMP/example.html"
check "long words: every tick label on its grid line, at its value" \
	"$PY" "$CLI/chart-ticks.py" "$TMP/long.html"
# the old dimension chart: 0/13/25/38/50 at quarters of a 0..50 axis
cat >"$TMP/quarters.svg" <<'EOF'
<svg class="chart"><g class="axis">
<line class="grid" x1="0.0" y1="0" x2="0.0" y2="10"/><text class="tick" x="0.0" y="14">0</text>
<line class="grid" x1="50.0" y1="0" x2="50.0" y2="10"/><text class="tick" x="50.0" y="14">13</text>
<line class="grid" x1="100.0" y1="0" x2="100.0" y2="10"/><text class="tick" x="100.0" y="14">25</text>
<line class="grid" x1="150.0" y1="0" x2="150.0" y2="10"/><text class="tick" x="150.0" y="14">38</text>
<line class="grid" x1="200.0" y1="0" x2="200.0" y2="10"/><text class="tick" x="200.0" y="14">50</text>
</g></svg>
EOF
check "the tick check rejects labels 0/13/25/38/50 at quarters" \
	sh -c "! '$PY' '$CLI/chart-ticks.py' '$TMP/quarters.svg'"
check "the reports have no script element and no inline handler" \
	sh -c "! grep -Eiq '<script|[[:space:]]on[a-z]+=\"' '$TMP/example.html' '$TMP/long.html'"

CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$CHROMIUM" ]; then
	echo "ok $((test_count + 1)) # SKIP $CHROMIUM not installed (apt-get install chromium)"
	test_count=$((test_count + 1))
	done_testing
	exit 0
fi

# ---- in the browser, at 1280 px and 390 px ----
SHOTS=${SLANT_SCREENSHOTS:-$TMP}
mkdir -p "$SHOTS"
check "chromium measured both reports at 1280 and 390 px" \
	sh -c "timeout 600 '$PY' '$CLI/browser.py' '$CHROMIUM' '$SHOTS' 1280,390 '$TMP/example.html' '$TMP/long.html' >'$TMP/browser.json'"
# judge KEY: the measurements of one page at one width
judge() {
	"$PY" - "$TMP/browser.json" "$1" "$2" <<'PY'
import json, struct, sys
d = json.load(open(sys.argv[1]))[sys.argv[2]]
what = sys.argv[3]
vw = d["viewport"]
if what == "width":
    assert d["scroll_width"] <= vw, "scrollWidth %d > %d" % (d["scroll_width"], vw)
    assert d["nwide"] == 0, d["wide"]
    assert not d["clipped"], "content hidden by overflow: %r" % d["clipped"]
elif what == "tables":
    # at 1280 px no table scrolls; on a phone the tables of differences,
    # naming and evidence are cards, so none of them does either
    inner = d["inner_scroll"]
    if vw < 600:
        inner = [t for t in inner
                 if t["section"] in ("dimensions", "naming", "evidence")]
    assert not inner, "tables scrolled sideways: %r" % inner
elif what == "clean":
    assert d["scripts"] == 0, "%d script elements" % d["scripts"]
    assert not d["console"], d["console"]
elif what == "shot":
    b = open(d["png"], "rb").read()
    assert b[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    w, h = struct.unpack(">II", b[16:24])
    assert w == vw and h >= min(d["height"], 30000) - 1, (w, h, d["height"])
    assert len(b) > 20000, len(b)  # a blank page compresses to a few kB
PY
}
for page in example long; do
	for w in 1280 390; do
		k=$page@$w
		check "$k: no element wider than the viewport (scrollWidth), nothing hidden by overflow" judge "$k" width
		check "$k: no table of differences, naming or evidence scrolls sideways" judge "$k" tables
		check "$k: no script, no console message" judge "$k" clean
		check "$k: a screenshot of the whole page" judge "$k" shot
		"$PY" - "$TMP/browser.json" "$k" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))[sys.argv[2]]
print("# %s: viewport %d, scrollWidth %d, page height %d, tables %d "
      "(%d scroll inside), charts %d" % (sys.argv[2], d["viewport"],
      d["scroll_width"], d["height"], d["tables"], len(d["inner_scroll"]),
      d["svgs"]))
PY
	done
done

# ---- the DOM of the injection corpus's report ----
browse() { # browse OUT ERR ARGS...: run headless chromium
	o=$1 e=$2
	shift 2
	timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu \
		--disable-quic --no-first-run --disable-background-networking \
		--disable-component-update --disable-sync \
		--enable-logging=stderr --v=0 \
		--user-data-dir="$(mktemp -d "$TMP/profile.XXXXXX")" "$@" >"$o" 2>"$e"
}
dom_check() { # dom_check FILE: no script/img/iframe elements, payload present as text
	"$PY" - "$1" <<'PY'
import sys
from html.parser import HTMLParser
bad, text = [], []
class P(HTMLParser):
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "img", "iframe", "object", "embed"):
            bad.append(tag)
        for k, v in attrs:
            if k.startswith("on"):
                bad.append(tag + "@" + k)
    def handle_data(self, d):
        text.append(d)
P().feed(open(sys.argv[1], encoding="utf-8").read())
assert not bad, bad
t = "".join(text)
assert "<script>alert(1)</script>" in t, "payload text missing"
assert '"><img src=x onerror=alert(1)>' in t, "breakout text missing"
PY
}
run_slant report --quiet -B 20 "$DATA/report-injection" -o "$TMP/inj.html"
expect_status 0 "report of the injection corpus"
browse "$TMP/inj-dom.html" "$TMP/inj.err" --dump-dom "file://$TMP/inj.html"
check "injection: the browser made no script or img element, shows the text" dom_check "$TMP/inj-dom.html"
check "injection: no console output (nothing ran)" sh -c "! grep -i 'CONSOLE' '$TMP/inj.err'"
done_testing
