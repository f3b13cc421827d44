#!/usr/bin/env python3
"""`slant lexicon eval` against scikit-learn on MBIC.

Usage:
    /usr/bin/python3 tests/reference/check-eval-mbic.py SLANT MBIC.jsonl [LEXICON...]

Scores MBIC with `slant score --format jsonl` (the bundled lexicons unless
lexicons are named), computes with scikit-learn's roc_auc_score the AUC of
every dimension for "Biased" against "Non-biased" ("No agreement" left out)
on the whole corpus and on each half of --split, by hits and by rate (hits
per 1,000 tokens, computed here from the hits and token counts of the score
output), and checks that `slant lexicon eval --format json` gives the same
AUCs to 1e-9. Also checks the items counted and the "fires" counts.

Prints one line per comparison set and exits 0 when every AUC agrees, 1
when one does not (the first differences are printed). The split rule is
recomputed here (the last hex digit of sha1(id) below 8 is dev) rather than
taken from slant. Used by tests/cli/t0260-lexicon-eval-mbic.sh, which skips
when ../shared or scikit-learn is missing.
"""
import hashlib
import json
import subprocess
import sys

from sklearn.metrics import roc_auc_score


def main():
    slant, mbic = sys.argv[1], sys.argv[2]
    lexicons = sys.argv[3:]
    lexargs = [a for lx in lexicons for a in ("-l", lx)]
    labels = {}
    for line in open(mbic, encoding="utf-8"):
        r = json.loads(line)
        labels[r["id"]] = r["bias"]
    out = subprocess.run([slant, "score", "--format", "jsonl", "-q"] + lexargs
                         + [mbic], check=True, capture_output=True).stdout
    rows = [json.loads(line) for line in out.decode("utf-8").splitlines()]
    dims = sorted(rows[0]["dimensions"])
    bad = 0
    checked = 0
    for split in ("all", "dev", "test"):
        def keep(r):
            if labels[r["id"]] not in ("Biased", "Non-biased"):
                return False
            if split == "all":
                return True
            dev = int(hashlib.sha1(r["id"].encode()).hexdigest()[-1], 16) < 8
            return dev == (split == "dev")
        sub = [r for r in rows if keep(r)]
        y = [1 if labels[r["id"]] == "Biased" else 0 for r in sub]
        for measure in ("hits", "rate"):
            cmd = [slant, "lexicon", "eval", "--label", "bias=Biased",
                   "--negative", "Non-biased", "--measure", measure,
                   "--split", split, "-B", "0", "--format", "json", "-q"]
            got = json.loads(subprocess.run(cmd + lexargs + [mbic], check=True,
                                            capture_output=True).stdout)
            if got["items"] != len(sub) or got["classes"][0]["items"] != sum(y):
                print(f"{split} {measure}: items {got['items']} vs {len(sub)}")
                bad += 1
            by_dim = {t["dimension"]: t for t in got["targets"]}
            worst = 0.0
            for d in dims:
                hits = [r["dimensions"][d]["hits"] for r in sub]
                if measure == "hits":
                    x = hits
                else:
                    x = [h * 1000 / r["tokens"] if r["tokens"] else 0.0
                         for h, r in zip(hits, sub)]
                want = roc_auc_score(y, x)
                t = by_dim[d]
                have = t["auc"]["est"]
                fires = sum(1 for h, v in zip(hits, y) if h > 0 and v)
                if abs(have - want) > 1e-9 or t["fires_positive"] != fires:
                    if bad < 10:
                        print(f"  {split} {measure} {d}: slant {have!r} "
                              f"sklearn {want!r}; fires {t['fires_positive']} "
                              f"vs {fires}")
                    bad += 1
                worst = max(worst, abs(have - want))
                checked += 1
            print(f"{split} {measure}: {len(dims)} dimensions, {len(sub)} items, "
                  f"largest difference {worst:.3g}")
    print(f"{checked} AUCs checked, {bad} differ")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
