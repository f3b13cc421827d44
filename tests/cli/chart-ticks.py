#!/usr/bin/python3
"""chart-ticks.py: do the tick labels of a report's charts read true?

    chart-ticks.py REPORT.html

For every axis of every inline SVG chart (<g class="axis">, see
src/svg.h): each tick label (<text class="tick">) stands on a grid line
(<line class="grid">, vertical) of its axis within 0.5 px; the labels are
numbers, increasing left to right; read as values they are evenly spaced
in x (in log10 of the value on an axis with data-scale="log") within
0.5 px, the step (or, on a log axis, each mantissa) is 1, 2 or 5 times a
power of ten; and no label has more decimals than its step needs. Prints
what it checked; exits 1 with the first problems when any fails, 2 when
the report has no axis at all.
"""
import math
import re
import sys
from html.parser import HTMLParser


class Charts(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.charts = []  # per svg: list of axes
        self.svg = None
        self.axis = None
        self.depth = 0  # <g> nesting inside the current axis
        self.tick = None
        self.stray = []  # grid lines or ticks outside an axis

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        if tag == "svg":
            self.svg = []
            self.charts.append(self.svg)
        elif tag == "g" and self.axis is not None:
            self.depth += 1
        elif tag == "g" and "axis" in cls and self.svg is not None:
            self.axis = {"log": a.get("data-scale") == "log", "grid": [],
                         "ticks": []}
            self.depth = 0
            self.svg.append(self.axis)
        elif tag == "line" and "grid" in cls:
            if self.axis is None:
                self.stray.append("grid line outside an axis")
            else:
                self.axis["grid"].append(
                    (float(a["x1"]), float(a["x2"]), float(a["y1"]),
                     float(a["y2"])))
        elif tag == "text" and "tick" in cls:
            if self.axis is None:
                self.stray.append("tick label outside an axis")
            self.tick = [float(a["x"]), float(a["y"]), ""]

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag == "g":
            self.handle_endtag(tag)

    def handle_data(self, data):
        if self.tick is not None:
            self.tick[2] += data

    def handle_endtag(self, tag):
        if tag == "text" and self.tick is not None:
            if self.axis is not None:
                self.axis["ticks"].append(tuple(self.tick))
            self.tick = None
        elif tag == "g" and self.axis is not None:
            if self.depth:
                self.depth -= 1
            else:
                self.axis = None
        elif tag == "svg":
            self.svg = None


def nice(x):
    """x is 1, 2 or 5 times a power of ten"""
    if x <= 0:
        return False
    m = x / 10 ** math.floor(math.log10(x) + 1e-9)
    return any(abs(m - k) < 1e-6 for k in (1, 2, 5, 10))


def decimals(label):
    return len(label.split(".")[1]) if "." in label else 0


def check_axis(ax):
    """The problems of one axis, as strings."""
    bad = []
    ticks = ax["ticks"]
    labels = " ".join(t[2] for t in ticks)
    if len(ticks) < 2:
        return ["fewer than 2 ticks: %r" % labels]
    for x, y, lab in ticks:
        if not re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", lab):
            bad.append("label %r is not a plain number" % lab)
        if not any(abs(x1 - x) <= 0.5 and abs(x2 - x) <= 0.5
                   for x1, x2, _, _ in ax["grid"]):
            bad.append("label %r at x=%g has no grid line" % (lab, x))
    if bad:
        return bad
    xs = [t[0] for t in ticks]
    vs = [float(t[2]) for t in ticks]
    if any(b <= a for a, b in zip(xs, xs[1:])) or \
            any(b <= a for a, b in zip(vs, vs[1:])):
        return ["labels %r do not increase left to right" % labels]
    if ax["log"]:
        if min(vs) <= 0:
            return ["log axis with a label <= 0: %r" % labels]
        us = [math.log10(v) for v in vs]
    else:
        us = vs
    # the scale through the first and last tick; every tick on it
    slope = (xs[-1] - xs[0]) / (us[-1] - us[0])
    for x, u, t in zip(xs, us, ticks):
        want = xs[0] + slope * (u - us[0])
        if abs(want - x) > 0.5:
            bad.append("label %r at x=%g, but its value is at x=%.2f "
                       "(labels %r)" % (t[2], x, want, labels))
    if ax["log"]:
        for v, t in zip(vs, ticks):
            if not nice(v):
                bad.append("log tick %r is not 1, 2 or 5 times a power "
                           "of ten" % t[2])
            need = max(0, -math.floor(math.log10(v) + 1e-9))
            if decimals(t[2]) > need:
                bad.append("label %r: more decimals than it needs" % t[2])
    else:
        steps = [b - a for a, b in zip(vs, vs[1:])]
        step = steps[0]
        if any(abs(s - step) > 1e-9 * max(1, abs(step)) for s in steps):
            bad.append("uneven steps: %r" % labels)
        if not nice(step):
            bad.append("step %g is not 1, 2 or 5 times a power of ten "
                       "(%r)" % (step, labels))
        need = max(0, -math.floor(math.log10(step) + 1e-9))
        if any(decimals(t[2]) > need for t in ticks):
            bad.append("labels %r: more decimals than the step %g needs"
                       % (labels, step))
    return bad


def main():
    p = Charts()
    with open(sys.argv[1], encoding="utf-8") as f:
        p.feed(f.read())
    p.close()
    problems = list(p.stray)
    naxes = nticks = 0
    for i, chart in enumerate(p.charts):
        for ax in chart:
            naxes += 1
            nticks += len(ax["ticks"])
            problems += ["chart %d: %s" % (i + 1, b) for b in check_axis(ax)]
    print("%d charts, %d axes, %d tick labels" % (len(p.charts), naxes,
                                                   nticks))
    if not naxes:
        print("no axis found (<g class=\"axis\">)")
        return 2
    for b in problems[:20]:
        print(b)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
