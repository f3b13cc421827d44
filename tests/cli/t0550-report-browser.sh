#!/bin/sh
# The HTML reports in headless Chromium (Debian package chromium): the
# example report loads without console errors and renders a screenshot;
# in the report of the injection corpus no <script> or <img> element was
# made from corpus text (checked on the browser's DOM, not by grep).
# SKIPs when /usr/bin/chromium is absent.
. "${srcdir:-.}/tests/cli/lib.sh"
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$CHROMIUM" ]; then
	echo "ok 1 # SKIP $CHROMIUM not installed (apt-get install chromium)"
	echo "1..1"
	exit 0
fi
browse() { # browse OUT ERR ARGS...: run headless chromium
	o=$1 e=$2
	shift 2
	timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu \
		--disable-quic --no-first-run --disable-background-networking \
		--disable-component-update --disable-sync \
		--enable-logging=stderr --v=0 \
		--user-data-dir="$(mktemp -d "$TMP/profile.XXXXXX")" "$@" >"$o" 2>"$e"
}
run_slant report --quiet --analysis "$srcdir/reports/example.analysis" -o "$TMP/example.html"
expect_status 0 "regenerate the example report"
browse "$TMP/shot.out" "$TMP/shot.err" --screenshot="$TMP/example.png" \
	--window-size=1280,2000 "file://$TMP/example.html"
check "screenshot is a non-empty PNG" python3 - "$TMP/example.png" <<'PY'
import struct, sys
b = open(sys.argv[1], "rb").read()
assert b[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
w, h = struct.unpack(">II", b[16:24])
assert (w, h) == (1280, 2000), (w, h)
assert len(b) > 20000, len(b)  # a blank page compresses to a few kB
PY
browse "$TMP/dom.html" "$TMP/dom.err" --dump-dom "file://$TMP/example.html"
check "the DOM was dumped" grep -q '</html>' "$TMP/dom.html"
check "no console errors" sh -c "! grep -i 'CONSOLE' '$TMP/dom.err' '$TMP/shot.err'"

# the DOM of the injection corpus's report
dom_check() { # dom_check FILE: no script/img/iframe elements, payload present as text
	python3 - "$1" <<'PY'
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
