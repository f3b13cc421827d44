#!/usr/bin/python3
"""browser.py: measure an HTML report in headless Chromium, from outside.

The reports carry no script (and a Content-Security-Policy forbidding
one), so the page cannot measure itself: this drives Chromium through the
DevTools protocol over a pipe (--remote-debugging-pipe: commands on the
browser's fd 3, replies on its fd 4, each message JSON ended by a NUL).
No network, no port, no package beyond the Python standard library.

    browser.py CHROMIUM OUTDIR WIDTH[,WIDTH...] FILE.html...

loads each FILE in a viewport WIDTH px wide (a phone's, with the viewport
meta honoured, below 600 px), saves a screenshot of the whole page (at
most 30,000 px of it) to OUTDIR/FILE-WIDTH.png and prints one JSON object
with a member "FILE@WIDTH" for each: the viewport width,
document.documentElement.scrollWidth, the elements wider than the
viewport that no scrolling container holds, the elements that hide
content by overflow: hidden (the visually hidden, 1 px wide, left out),
the tables that scroll inside their container, the number of <script>
elements and every console message, exception or log entry of level
warning or error. Exit status 0 when measured, 2 on a
protocol failure (timeout, crash).
"""
import base64
import json
import os
import select
import subprocess
import sys
import tempfile
import time

MEASURE = r"""
(() => {
  const vw = document.documentElement.clientWidth;
  const scrolls = (e) => {
    for (let p = e.parentElement; p; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if (o === 'auto' || o === 'scroll') return p;
    }
    return null;
  };
  const name = (e) => e.tagName.toLowerCase() +
      (e.id ? '#' + e.id : '') +
      (e.className && typeof e.className === 'string' ?
           '.' + e.className.trim().split(/\s+/).join('.') : '');
  const wide = [];
  for (const e of document.body.querySelectorAll('*')) {
    const r = e.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if ((r.right > vw + 0.5 || r.left < -0.5) && !scrolls(e))
      wide.push({el: name(e), left: r.left, right: r.right,
                 text: (e.textContent || '').slice(0, 60)});
  }
  const inner = [];
  for (const t of document.querySelectorAll('table')) {
    const c = scrolls(t);
    if (c && c.scrollWidth > c.clientWidth + 0.5)
      inner.push({section: (t.closest('section') || {}).id || '',
                  table_width: t.scrollWidth, box_width: c.clientWidth,
                  head: (t.querySelector('tr') || t).textContent.slice(0, 60)});
  }
  const clipped = [];
  for (const e of document.querySelectorAll('*')) {
    const o = getComputedStyle(e).overflowX;
    if ((o === 'hidden' || o === 'clip') && e.clientWidth > 1 &&
        e.scrollWidth > e.clientWidth + 0.5)
      clipped.push(name(e));
  }
  return JSON.stringify({
    viewport: vw, inner_width: window.innerWidth,
    scroll_width: document.documentElement.scrollWidth,
    body_scroll_width: document.body.scrollWidth,
    height: document.documentElement.scrollHeight,
    wide: wide.slice(0, 20), nwide: wide.length,
    clipped: clipped, inner_scroll: inner,
    scripts: document.getElementsByTagName('script').length,
    tables: document.getElementsByTagName('table').length,
    svgs: document.getElementsByTagName('svg').length});
})()
"""


class Browser:
    def __init__(self, chromium):
        self.profile = tempfile.mkdtemp(prefix="slant-chromium.")
        # fd 3: our commands to the browser; fd 4: its replies. The child
        # ends are moved out of the way first (os.pipe may return 3 or 4),
        # and only 3 and 4 survive into chromium (pass_fds is applied after
        # preexec_fn, by number in the child).
        cmd_r, self.cmd_w = os.pipe()
        self.res_r, res_w = os.pipe()
        cmd_r2 = os.dup2(cmd_r, 100, inheritable=False)
        res_w2 = os.dup2(res_w, 101, inheritable=False)
        os.close(cmd_r)
        os.close(res_w)
        cmd_r, res_w = cmd_r2, res_w2

        def fds():
            os.dup2(cmd_r, 3)
            os.dup2(res_w, 4)

        self.proc = subprocess.Popen(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu",
             "--remote-debugging-pipe", "--no-first-run",
             "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--disable-extensions", "--disable-quic",
             "--hide-scrollbars", "--mute-audio",
             "--user-data-dir=" + self.profile, "about:blank"],
            preexec_fn=fds, pass_fds=(3, 4),
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        os.close(cmd_r)
        os.close(res_w)
        self.buf = b""
        self.next_id = 0
        self.events = []

    def close(self):
        try:
            self.send("Browser.close", timeout=10)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        subprocess.run(["rm", "-rf", self.profile])

    def read(self, deadline):
        while b"\0" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no reply from chromium")
            r, _, _ = select.select([self.res_r], [], [], left)
            if r:
                chunk = os.read(self.res_r, 1 << 20)
                if not chunk:
                    raise EOFError("chromium closed the pipe")
                self.buf += chunk
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def send(self, method, params=None, session=None, timeout=60):
        self.next_id += 1
        m = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            m["sessionId"] = session
        os.write(self.cmd_w, json.dumps(m).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            r = self.read(deadline)
            if r.get("id") == self.next_id:
                if "error" in r:
                    raise RuntimeError("%s: %s" % (method, r["error"]))
                return r.get("result", {})
            self.events.append(r)

    def wait_event(self, method, timeout=60):
        deadline = time.monotonic() + timeout
        for i, e in enumerate(self.events):
            if e.get("method") == method:
                del self.events[i]
                return e
        while True:
            e = self.read(deadline)
            if e.get("method") == method:
                return e
            self.events.append(e)


def console(events):
    """Console messages, exceptions and log entries worth a complaint."""
    out = []
    for e in events:
        m, p = e.get("method"), e.get("params", {})
        if m == "Runtime.consoleAPICalled":
            out.append("console.%s: %s" % (p.get("type"), " ".join(
                str(a.get("value", a.get("description", "")))
                for a in p.get("args", []))))
        elif m == "Runtime.exceptionThrown":
            out.append("exception: %s" % p.get("exceptionDetails", {})
                       .get("text", ""))
        elif m == "Log.entryAdded":
            en = p.get("entry", {})
            if en.get("level") in ("warning", "error"):
                out.append("log %s: %s" % (en.get("level"), en.get("text")))
    return out


def measure(b, s, url, width, height, png):
    """Load url at width, screenshot the page to png, measure it."""
    b.send("Emulation.setDeviceMetricsOverride",
           {"width": width, "height": height, "deviceScaleFactor": 1,
            "mobile": width < 600}, session=s)
    b.events.clear()  # the last page's
    b.send("Page.navigate", {"url": url}, session=s)
    b.wait_event("Page.loadEventFired")
    r = b.send("Runtime.evaluate",
               {"expression": MEASURE, "returnByValue": True}, session=s)
    if "exceptionDetails" in r:
        raise RuntimeError("measure: %s" % r["exceptionDetails"])
    res = json.loads(r["result"]["value"])
    full = min(res["height"], 30000)
    shot = b.send("Page.captureScreenshot",
                  {"format": "png", "captureBeyondViewport": True,
                   "clip": {"x": 0, "y": 0, "width": width, "height": full,
                            "scale": 1}},
                  session=s, timeout=180)
    with open(png, "wb") as f:
        f.write(base64.b64decode(shot["data"]))
    # a moment for late log entries (a CSP report is asynchronous)
    try:
        b.wait_event("Never.happens", timeout=0.5)
    except TimeoutError:
        pass
    res["console"] = console(b.events)
    res["png"] = png
    return res


def main():
    if len(sys.argv) < 5:
        print("usage: browser.py CHROMIUM OUTDIR WIDTH[,WIDTH...] FILE...",
              file=sys.stderr)
        return 2
    chromium, outdir = sys.argv[1], sys.argv[2]
    widths = [int(w) for w in sys.argv[3].split(",")]
    out = {}
    b = Browser(chromium)
    try:
        targets = b.send("Target.getTargets")["targetInfos"]
        page = [t for t in targets if t["type"] == "page"][0]["targetId"]
        s = b.send("Target.attachToTarget",
                   {"targetId": page, "flatten": True})["sessionId"]
        for d in ("Page", "Runtime", "Log"):
            b.send(d + ".enable", session=s)
        for path in sys.argv[4:]:
            name = os.path.splitext(os.path.basename(path))[0]
            url = "file://" + os.path.abspath(path)
            for w in widths:
                png = os.path.join(outdir, "%s-%d.png" % (name, w))
                out["%s@%d" % (name, w)] = measure(b, s, url, w, 900, png)
    except (TimeoutError, EOFError, RuntimeError, IndexError, KeyError) as e:
        print("browser.py: %s" % e, file=sys.stderr)
        return 2
    finally:
        b.close()
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
