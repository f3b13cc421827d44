#!/usr/bin/env python3
"""Measure the Arabic and Persian lexicons on the development corpora.

Usage (from the repository root):
    /usr/bin/python3 lexicons/eval/languages.py fire
    /usr/bin/python3 lexicons/eval/languages.py sample --corpus ar --out lexicons/eval/coded-ar.csv
    /usr/bin/python3 lexicons/eval/languages.py precision lexicons/eval/coded-ar.csv lexicons/eval/coded-fa.csv
    /usr/bin/python3 lexicons/eval/languages.py show lexicons/eval/coded-ar.csv

`fire` scores ../shared/corpora/saudinewsnet-dev.jsonl (Arabic) and
farsnews-dev.jsonl (Persian) with the bundled lexicons and prints, per
corpus, the share of articles with a hit in some non-naming dimension and
the share of articles each dimension fires on (Markdown).

`sample` draws a seeded random sample of hits (one hit = one match of one
entry in one article, as `slant score --explain` reports it) in the
non-naming dimensions, uniformly over all hits of the corpus, and writes
a CSV for coding: corpus, article id, byte offsets, dimension, entry, and
empty `verdict` and `note` columns. A hit is drawn when the SHA-256 of
the seed and the hit is among the n smallest, so a change to the
lexicons changes the sample only where it adds or removes drawn hits;
rows of an existing --out file keep their verdicts (re-run after a
change, then code only the new rows). No article text goes into the
file: `show` prints each hit with its context from the corpus, for the
coder.
The coder writes 1 (the hit is an instance of the dimension's
definition, in this context) or 0 into `verdict`, and a word of why into
`note` for a 0.

`precision` prints the precision of coded files, overall and by
dimension, with Wilson 95% intervals.

Needs only the Python standard library and the slant binary
(--slant, default build/default/src/slant). Reads ../shared (or
--shared DIR); nothing from it is copied into the repository.
"""
import argparse
import collections
import csv
import hashlib
import json
import math
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPORA = {"ar": "saudinewsnet-dev.jsonl", "fa": "farsnews-dev.jsonl"}
FIELDS = ["corpus", "id", "start", "end", "dimension", "entry", "verdict", "note"]


def run_slant(args, slant):
    out = subprocess.run([slant, "score", "-q", "--threads", "1"] + args,
                         check=True, stdout=subprocess.PIPE).stdout
    return [json.loads(l) for l in out.decode("utf-8").splitlines() if l]


def corpus_path(shared, c):
    return os.path.join(shared, "corpora", CORPORA[c])


def is_framing(dim):
    return not dim.startswith("naming/")


def fire(opts):
    for c in ("ar", "fa"):
        rows = run_slant(["--format", "jsonl", corpus_path(opts.shared, c)], opts.slant)
        n = len(rows)
        anyhit = 0
        fired = collections.Counter()
        measured = collections.Counter()
        for r in rows:
            hit = False
            for dim, v in r["dimensions"].items():
                if v["hits"] is None:
                    continue
                measured[dim] += 1
                if v["hits"] > 0:
                    fired[dim] += 1
                    hit |= is_framing(dim)
            anyhit += hit
        print(f"### {CORPORA[c]} ({c}): {n} articles\n")
        print(f"Articles with a hit in some non-naming dimension: {anyhit} "
              f"({100 * anyhit / n:.1f}%)\n")
        print("| dimension | articles it fires on | share |")
        print("|---|---|---|")
        for dim in sorted(fired):
            if dim.count("/") == 1 and (is_framing(dim) or opts.naming):
                print(f"| {dim} | {fired[dim]} | {100 * fired[dim] / measured[dim]:.1f}% |")
        print()


def hits_of(opts, c):
    """Every hit of a non-naming dimension: (id, start, end, dim, entry)."""
    rows = run_slant(["--explain", "--format", "jsonl", corpus_path(opts.shared, c)],
                     opts.slant)
    hits = []
    for r in rows:
        if r["kind"] != "hit" or not is_framing(r["dimension"]):
            continue
        for span in r["offsets"].split():
            a, b = span.split("-")
            hits.append((r["id"], int(a), int(b), r["dimension"], r["entry"]))
    hits.sort()
    return hits


def draw_key(seed, corpus, h):
    s = "|".join([str(seed), corpus] + [str(x) for x in h])
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def sample(opts):
    hits = hits_of(opts, opts.corpus)
    picked = sorted(sorted(hits, key=lambda h: draw_key(opts.seed, opts.corpus, h))[:opts.n])
    old = {}
    if os.path.exists(opts.out):
        for r in csv.DictReader(open(opts.out, encoding="utf-8")):
            old[(r["id"], int(r["start"]), int(r["end"]), r["dimension"], r["entry"])] = r
    kept = 0
    with open(opts.out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(FIELDS)
        for h in picked:
            r = old.get(h, {})
            kept += bool(r)
            w.writerow([opts.corpus, h[0], h[1], h[2], h[3], h[4],
                        r.get("verdict", ""), r.get("note", "")])
    print(f"{len(picked)} of {len(hits)} hits written to {opts.out} "
          f"(seed {opts.seed}); {kept} kept their verdict, "
          f"{len(picked) - kept} to code", file=sys.stderr)


def texts(shared, c):
    out = {}
    with open(corpus_path(shared, c), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            out[d["id"]] = d["text"].encode("utf-8")
    return out


def show(opts):
    rows = list(csv.DictReader(open(opts.file, encoding="utf-8")))
    cache = {}
    for i, r in enumerate(rows, 1):
        t = cache.setdefault(r["corpus"], texts(opts.shared, r["corpus"]))[r["id"]]
        a, b = int(r["start"]), int(r["end"])
        ctx = (t[max(0, a - opts.context):a] + b"[" + t[a:b] + b"]" +
               t[b:b + opts.context]).decode("utf-8", "replace").replace("\n", " ")
        print(f"{i:3d} {r['dimension']} '{r['entry']}' {r['verdict']}\n    {ctx}")


def wilson(k, n, z=1.96):
    if n == 0:
        return (float("nan"), float("nan"))
    p = k / n
    d = 1 + z * z / n
    c = p + z * z / (2 * n)
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return ((c - h) / d, (c + h) / d)


def precision(opts):
    for path in opts.files:
        rows = list(csv.DictReader(open(path, encoding="utf-8")))
        bad = [r for r in rows if r["verdict"] not in ("0", "1")]
        if bad:
            sys.exit(f"{path}: {len(bad)} row(s) not coded 0 or 1")
        by = collections.defaultdict(lambda: [0, 0])
        for r in rows:
            by[r["dimension"]][0] += int(r["verdict"])
            by[r["dimension"]][1] += 1
        k = sum(v[0] for v in by.values())
        n = sum(v[1] for v in by.values())
        lo, hi = wilson(k, n)
        print(f"### {path}: precision {k}/{n} = {k / n:.2f} (95% CI {lo:.2f}-{hi:.2f})\n")
        print("| dimension | correct | hits | precision |")
        print("|---|---|---|---|")
        for dim in sorted(by):
            c, t = by[dim]
            print(f"| {dim} | {c} | {t} | {c / t:.2f} |")
        print()


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--slant", default=os.path.join(REPO, "build/default/src/slant"))
    p.add_argument("--shared", default=os.path.join(REPO, "..", "shared"))
    sub = p.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("fire")
    f.add_argument("--naming", action="store_true", help="list naming sets too")
    s = sub.add_parser("sample")
    s.add_argument("--corpus", choices=sorted(CORPORA), required=True)
    s.add_argument("--n", type=int, default=100)
    s.add_argument("--seed", type=int, default=12)
    s.add_argument("--out", required=True)
    sh = sub.add_parser("show")
    sh.add_argument("file")
    sh.add_argument("--context", type=int, default=90, help="bytes each side")
    pr = sub.add_parser("precision")
    pr.add_argument("files", nargs="+")
    opts = p.parse_args()
    {"fire": fire, "sample": sample, "show": show, "precision": precision}[opts.cmd](opts)


if __name__ == "__main__":
    main()
