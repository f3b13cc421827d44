#!/usr/bin/env python3
"""Compare two per-document category-count CSVs cell by cell.

Usage:
    check-agree.py [--basename-ids] [--worst N] A.csv B.csv

Both files have an id column (`id`, `doc_id` or `doc`; else the first
column) and one column per category.  Rows are joined on id and the
category columns present in both files are compared (a column also matches
when its name differs only by a `scheme.`, `scheme:` or `scheme/` prefix).
The `tokens` column is reported apart.  Tokenizers differ slightly between
tools, so this reports the agreement rate and never fails on differences;
it exits non-zero only when the files cannot be compared at all.
"""

import argparse
import csv
import os
import re
import sys

ID_NAMES = ("id", "doc_id", "doc")


def short(name):
    return re.split(r"[.:/]", name)[-1].strip().lower()


def load(path, basename_ids):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if not rows:
        sys.exit(f"{path}: empty file")
    header = rows[0]
    lower = [h.strip().lower() for h in header]
    id_col = next((lower.index(n) for n in ID_NAMES if n in lower), 0)
    data = {}
    for row in rows[1:]:
        if not row:
            continue
        key = row[id_col]
        if basename_ids:
            key = os.path.basename(key)
            if key.endswith(".txt"):
                key = key[:-4]
        data[key] = row
    return header, id_col, data


def num(s):
    try:
        return float(s)
    except ValueError:
        return float("nan")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--basename-ids", action="store_true",
                    help="compare ids by file name without directory and .txt")
    ap.add_argument("--worst", type=int, default=5,
                    help="show the N categories that differ most (default 5)")
    args = ap.parse_args()

    ha, ida, da = load(args.a, args.basename_ids)
    hb, idb, db = load(args.b, args.basename_ids)
    by_short_b = {}
    for j, h in enumerate(hb):
        if j != idb:
            by_short_b.setdefault(short(h), j)
    pairs = []  # (name, col in a, col in b)
    for i, h in enumerate(ha):
        if i == ida:
            continue
        j = by_short_b.get(short(h))
        if j is not None:
            pairs.append((short(h), i, j))
    tok = [p for p in pairs if p[0] == "tokens"]
    cats = [p for p in pairs if p[0] != "tokens"]
    if not cats:
        sys.exit("no category column in common "
                 f"({', '.join(ha)} / {', '.join(hb)})")

    common = [k for k in da if k in db]
    print(f"A: {args.a} ({len(da)} docs)")
    print(f"B: {args.b} ({len(db)} docs)")
    print(f"docs in both: {len(common)}; only in A: {len(da) - len(common)}; "
          f"only in B: {len(db) - len(common)}")
    if not common:
        sys.exit("no document id in common (try --basename-ids)")

    cells = differ = 0
    sum_a = sum_b = sum_absdiff = 0.0
    per_cat = {name: [0, 0.0, 0.0, 0.0] for name, _, _ in cats}
    docs_all_equal = 0
    for k in common:
        ra, rb = da[k], db[k]
        same_doc = True
        for name, i, j in cats:
            x, y = num(ra[i]), num(rb[j])
            cells += 1
            st = per_cat[name]
            st[1] += x
            st[2] += y
            if x != y:
                differ += 1
                same_doc = False
                st[0] += 1
                st[3] += abs(x - y)
                sum_absdiff += abs(x - y)
            sum_a += x
            sum_b += y
        docs_all_equal += same_doc
    print(f"category columns compared: {len(cats)}")
    print(f"cells: {cells}; differ: {differ}; agreement: "
          f"{100.0 * (cells - differ) / cells:.2f}%")
    print(f"docs with every category equal: {docs_all_equal} "
          f"({100.0 * docs_all_equal / len(common):.2f}%)")
    if sum_a:
        print(f"total hits: A {sum_a:.0f}, B {sum_b:.0f} (B/A {sum_b / sum_a:.4f}); "
              f"sum |A-B| / total A: {100.0 * sum_absdiff / sum_a:.3f}%")
    if tok:
        _, i, j = tok[0]
        td = sum(1 for k in common if num(da[k][i]) != num(db[k][j]))
        ta = sum(num(da[k][i]) for k in common)
        tb = sum(num(db[k][j]) for k in common)
        print(f"tokens: differ in {td} docs; total A {ta:.0f}, B {tb:.0f}"
              + (f" (B/A {tb / ta:.4f})" if ta else ""))
    if args.worst > 0 and differ:
        worst = sorted(per_cat.items(), key=lambda kv: -kv[1][0])[:args.worst]
        print("categories differing most (cells differ, total A, total B):")
        for name, (n, xa, xb, _) in worst:
            if n:
                print(f"  {name}: {n} ({100.0 * n / len(common):.1f}% of docs), "
                      f"{xa:.0f} vs {xb:.0f}")


if __name__ == "__main__":
    main()
