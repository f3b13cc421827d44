#!/usr/bin/env python3
"""Evaluate slant's bundled lexicons against MBIC, BASIL and GVFC annotations.

Usage (from the repository root):
    /usr/bin/python3 lexicons/eval/evaluate.py --split dev
    /usr/bin/python3 lexicons/eval/evaluate.py --split test
    /usr/bin/python3 lexicons/eval/evaluate.py --split dev --show loaded/language/evaluative
    /usr/bin/python3 lexicons/eval/evaluate.py --split dev --only gvfc --show policy/legality

Needs numpy and scikit-learn. Reads ../shared/corpora/{mbic,basil,gvfc-dev}.jsonl
and, for --only reference, ../shared/lexicons-reference/
(relative to the repository root, or --shared DIR); nothing is copied into
the repository. Prints Markdown tables on stdout.

Split rule (fixed, no randomness): an item is in `dev` if the last hex digit
of sha1(KEY) is < 8, else in `test` (about 50/50). KEY is the MBIC sentence
id, for BASIL the event id, so that the articles of one event (one
each from Fox News, the New York Times and HuffPost) stay together, and for
GVFC the headline id (English headlines only).
The fire-rate table always uses all 300 BASIL articles: it measures how
often a dimension fires, not how well it agrees with the annotation.
"""
import argparse
import collections
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

import numpy as np
from sklearn.metrics import roc_auc_score

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# The dimensions the issue asks about: loaded language, epistemic stance, tone.
# `loaded/language` is the composite: its hits are those of its seven
# sub-dimensions (the kinds), its score their weighted sum.
LOADED_KINDS = ["intensifiers", "pejorative", "attack", "evaluative", "scare",
                "attribution", "partisan"]
LOADED = "loaded/language"
EVAL_DIMS = [LOADED + "/" + k for k in LOADED_KINDS] + [
    "epistemic/hedges", "epistemic/boosters", "epistemic/factives",
    "epistemic/assertives", "epistemic/attribution/loaded",
    "tone/negative", "tone/positive",
]
# Combined scores: the sum of the hits (or scores) of their member
# dimensions. Fixed in advance, not fitted.
COMBINED = {
    LOADED + " (composite)": [LOADED],
    "loaded/language + epistemic boosters": [LOADED, "epistemic/boosters"],
    "all cue dimensions": EVAL_DIMS,
}
# Schemes in the fire-rate table (naming is left out: its sets are
# event-specific by design and silent on most stories).
FIRE_SCHEMES = ["generic", "policy", "epistemic", "tone", "moral", "religious", "loaded"]
OUTLETS = ["Fox News", "New York Times", "HuffPost"]
# GVFC: each frame the coders used, and the policy frame it maps to (the
# mapping the issue fixes; both health frames map to health-safety).
GVFC_FRAMES = [
    ("Gun/2nd Amendment rights", "policy/legality"),
    ("Gun control/regulation", "policy/policy-prescription"),
    ("Politics", "policy/political"),
    ("Mental health", "policy/health-safety"),
    ("School or public space safety", "policy/health-safety"),
    ("Race/ethnicity", "policy/fairness-equality"),
    ("Public opinion", "policy/public-opinion"),
    ("Society/culture", "policy/cultural-identity"),
    ("Economic consequences", "policy/economic"),
]

TOKEN = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*")


def in_split(key, split):
    if split == "all":
        return True
    dev = int(hashlib.sha1(key.encode("utf-8")).hexdigest()[-1], 16) < 8
    return dev if split == "dev" else not dev


def norm(s):
    return s.replace("\u2019", "'").replace("\u2018", "'").lower()


def tokens(s):
    return TOKEN.findall(norm(s))


def run_slant(slant, lexicons, items, explain):
    """Score items [(id, text)]; return {id: record} or {id: [explain rows]}."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False,
                                     encoding="utf-8") as f:
        for i, t in items:
            f.write(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n")
        path = f.name
    try:
        cmd = [slant, "score", "--format", "jsonl", "--input-format", "jsonl", "-q"]
        for lx in lexicons:
            cmd += ["-l", lx]
        if explain:
            cmd.append("--explain")
        out = subprocess.run(cmd + [path], check=True, capture_output=True).stdout
    finally:
        os.unlink(path)
    res = collections.defaultdict(list) if explain else {}
    for line in out.decode("utf-8").splitlines():
        r = json.loads(line)
        if explain:
            res[r["id"]].append(r)
        else:
            res[r["id"]] = r
    return res


def char_spans(text, rows, dims):
    """(start, end, dim, entry, quoted) character spans of the hits of dims.

    --explain reports own/quoted counts per entry, not per offset: a match is
    taken as quoted only when all of that entry's matches in the item are."""
    b = text.encode("utf-8")
    out = []
    for r in rows:
        if r["kind"] != "hit" or not within(r["dimension"], dims):
            continue
        for m in re.finditer(r"(\d+)-(\d+)", r["offsets"]):
            s, e = int(m.group(1)), int(m.group(2))
            out.append((len(b[:s].decode("utf-8", "replace")),
                        len(b[:e].decode("utf-8", "replace")),
                        r["dimension"], r["entry"], r["quoted"] == r["count"]))
    return out


def within(dim, dims):
    """True when dim is one of dims or a sub-dimension of one of them."""
    return any(dim == d or dim.startswith(d + "/") for d in dims)


def hits(rec, dims):
    d = rec["dimensions"]
    return sum(d[x]["hits"] for x in dims if x in d)


def score(rec, dims):
    """The weighted score where a dimension has one, else its hits."""
    d = rec["dimensions"]
    return sum(d[x].get("score", d[x]["hits"]) for x in dims if x in d)


def auc(y, x):
    y = np.asarray(y)
    if y.min() == y.max():
        return float("nan")
    return roc_auc_score(y, np.asarray(x, dtype=float))


def prf(tp_r, n_r, tp_p, n_p):
    r = tp_r / n_r if n_r else float("nan")
    p = tp_p / n_p if n_p else float("nan")
    return p, r


def fmt(x, nd=3):
    return "n/a" if x != x else f"{x:.{nd}f}"


def dim_sets():
    return [(d, [d]) for d in EVAL_DIMS] + list(COMBINED.items())


# ---------------------------------------------------------------- MBIC
def eval_mbic(args, lexicons, show):
    rows = [json.loads(l) for l in open(os.path.join(args.shared, "corpora", "mbic.jsonl"),
                                        encoding="utf-8")]
    rows = [r for r in rows if in_split(r["id"], args.split)]
    items = [(r["id"], r["text"]) for r in rows]
    sc = run_slant(args.slant, lexicons, items, False)
    ex = run_slant(args.slant, lexicons, items, True)
    lab = [r for r in rows if r["bias"] in ("Biased", "Non-biased")]
    y = [1 if r["bias"] == "Biased" else 0 for r in lab]
    print(f"### MBIC ({args.split}): {len(rows)} sentences, {len(lab)} labelled "
          f"({sum(y)} Biased, {len(y) - sum(y)} Non-biased; 'No agreement' left out of AUC); "
          f"{sum(len(r['biased_words']) for r in rows)} annotator-marked words\n")
    print("| dimension(s) | AUC hits | AUC rate | AUC score | fires on biased "
          "| fires on non-biased | word precision | word recall | matched words |")
    print("|---|---|---|---|---|---|---|---|---|")
    fp = collections.Counter()
    fn = collections.Counter()
    tpc = collections.Counter()
    for name, dims in dim_sets():
        h = [hits(sc[r["id"]], dims) for r in lab]
        rate = [hits(sc[r["id"]], dims) / max(sc[r["id"]]["tokens"], 1) for r in lab]
        wsc = [score(sc[r["id"]], dims) for r in lab]
        fb = np.mean([x > 0 for x, t in zip(h, y) if t == 1])
        fnb = np.mean([x > 0 for x, t in zip(h, y) if t == 0])
        # word level over every sentence of the split (incl. No agreement)
        n_marked = tp_r = n_match = tp_p = 0
        for r in rows:
            marked = set()
            for w in r["biased_words"]:
                marked.update(tokens(w))
            matched = set()
            for s, e, *_ in char_spans(r["text"], ex.get(r["id"], []), set(dims)):
                matched.update(tokens(r["text"][s:e]))
            n_marked += len(marked)
            tp_r += len(marked & matched)
            n_match += len(matched)
            tp_p += len(matched & marked)
            if show and dims == [show]:
                for w in matched - marked:
                    fp[w] += 1
                for w in matched & marked:
                    tpc[w] += 1
                for w in marked - matched:
                    fn[w] += 1
        p, rc = prf(tp_r, n_marked, tp_p, n_match)
        print(f"| {name} | {fmt(auc(y, h))} | {fmt(auc(y, rate))} | {fmt(auc(y, wsc))} "
              f"| {fb:.1%} | {fnb:.1%} | {fmt(p)} | {fmt(rc)} | {n_match} |")
    print()
    if show:
        print(f"#### MBIC {args.split}: {show}\n")
        print("true positives:", ", ".join(f"{w} {c}" for w, c in tpc.most_common(60)))
        print("\nfalse positives:", ", ".join(f"{w} {c}" for w, c in fp.most_common(60)))
        print("\nmissed marked words (all dims):", ", ".join(f"{w} {c}" for w, c in fn.most_common(150)))
        print()


# ---------------------------------------------------------------- BASIL
def load_basil(args):
    arts = [json.loads(l) for l in open(os.path.join(args.shared, "corpora", "basil.jsonl"),
                                        encoding="utf-8")]
    return arts


def span_chars(sent, sp):
    s, e = sp["start"], sp["end"]
    if sent[s:e] != sp["txt"]:
        k = sent.find(sp["txt"])
        if k >= 0:
            s, e = k, k + len(sp["txt"])
    return s, e


def eval_basil(args, lexicons, arts, show):
    arts = [a for a in arts if in_split(a["event"], args.split)]
    items = []
    lex = {}
    lex_own = {}  # lexical spans outside quotes (BASIL quote = "no")
    skipped = 0
    for a in arts:
        for i, s in enumerate(a["sentences"]):
            sid = f"{a['id']}#{i}"
            items.append((sid, s))
            lex[sid] = []
            lex_own[sid] = []
        for sp in a["spans"]:
            if not 0 <= sp["sentence"] < len(a["sentences"]):
                skipped += 1  # a few spans carry no valid sentence index
                continue
            if sp["bias"] == "lexical":
                sid = f"{a['id']}#{sp['sentence']}"
                lex[sid].append(span_chars(a["sentences"][sp["sentence"]], sp))
                if sp.get("quote") == "no":
                    lex_own[sid].append(lex[sid][-1])
    text = dict(items)
    sc = run_slant(args.slant, lexicons, items, False)
    ex = run_slant(args.slant, lexicons, items, True)
    ids = [i for i, _ in items]
    y = [1 if lex[i] else 0 for i in ids]
    nspans = sum(len(v) for v in lex.values())
    nspans_own = sum(len(v) for v in lex_own.values())
    print(f"### BASIL ({args.split}): {len(arts)} articles, "
          f"{len(set(a['event'] for a in arts))} events, {len(ids)} sentences, "
          f"{sum(y)} with a lexical-bias span, {nspans} lexical spans ({nspans_own} outside quotes); "
          f"{skipped} span(s) without a valid sentence index skipped\n")
    print("Own-voice columns: only matches outside quotation marks, recall over the "
          "lexical spans BASIL marks as not quoted.\n")
    print("| dimension(s) | sentence AUC hits | sentence AUC rate | sentence AUC score "
          "| span precision | span recall | matches | own-voice precision | own-voice recall "
          "| own-voice matches |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    fp = collections.Counter()
    tpc = collections.Counter()
    for name, dims in dim_sets():
        h = [hits(sc[i], dims) for i in ids]
        rate = [hits(sc[i], dims) / max(sc[i]["tokens"], 1) for i in ids]
        wsc = [score(sc[i], dims) for i in ids]
        n_match = tp_p = tp_r = o_match = o_tp_p = o_tp_r = 0
        for i in ids:
            ms = char_spans(text[i], ex.get(i, []), set(dims))
            spans = lex[i]
            n_match += len(ms)
            for s, e, _, entry, q in ms:
                ok = any(s < b and a < e for a, b in spans)
                tp_p += ok
                if not q:
                    o_match += 1
                    o_tp_p += ok
                if show and dims == [show]:
                    w = norm(text[i][s:e])
                    (tpc if ok else fp)[w] += 1
            tp_r += sum(any(s < b and a < e for s, e, *_ in ms) for a, b in spans)
            o_tp_r += sum(any(s < b and a < e for s, e, _, _, q in ms if not q)
                          for a, b in lex_own[i])
        p, rc = prf(tp_r, nspans, tp_p, n_match)
        op, orc = prf(o_tp_r, nspans_own, o_tp_p, o_match)
        print(f"| {name} | {fmt(auc(y, h))} | {fmt(auc(y, rate))} | {fmt(auc(y, wsc))} "
              f"| {fmt(p)} | {fmt(rc)} "
              f"| {n_match} | {fmt(op)} | {fmt(orc)} | {o_match} |")
    print()
    if show:
        print(f"#### BASIL {args.split}: {show}\n")
        print("true positives:", ", ".join(f"{w} {c}" for w, c in tpc.most_common(60)))
        print("\nfalse positives:", ", ".join(f"{w} {c}" for w, c in fp.most_common(60)))
        miss = collections.Counter()
        for i in ids:
            ms = char_spans(text[i], ex.get(i, []), set(EVAL_DIMS))
            for a, b in lex[i]:
                if not any(s < b and a < e for s, e, *_ in ms):
                    miss[norm(text[i][a:b])] += 1
        print("\nmissed lexical spans (all dims):", "; ".join(f"{w} {c}" for w, c in miss.most_common(120)))
        print()


def fire_rates(args, arts):
    items = []
    outlet = {}
    for a in arts:
        for i, s in enumerate(a["sentences"]):
            sid = f"{a['id']}#{i}"
            items.append((sid, s))
            outlet[sid] = a["source"]
    lexdir = os.path.join(REPO, "lexicons", "en")
    lexicons = [os.path.join(lexdir, s + ".lex") for s in FIRE_SCHEMES]
    sc = run_slant(args.slant, lexicons, items, False)
    dims = sorted(next(iter(sc.values()))["dimensions"])
    n = collections.Counter(outlet.values())
    print(f"### Fire rates on all {len(arts)} BASIL articles ({len(items)} sentences: "
          + ", ".join(f"{o} {n[o]}" for o in OUTLETS) + ")\n")
    print("Share of sentences with at least one hit. Flag: `LOW` < 1%, `HIGH` > 50% (all outlets).\n")
    print("| dimension | all | " + " | ".join(OUTLETS) + " | flag |")
    print("|---|---|" + "---|" * len(OUTLETS) + "---|")
    for d in dims:
        fired = collections.Counter()
        for sid, rec in sc.items():
            if rec["dimensions"][d]["hits"] > 0:
                fired[outlet[sid]] += 1
        tot = sum(fired.values()) / len(items)
        flag = "LOW" if tot < 0.01 else "HIGH" if tot > 0.5 else ""
        print(f"| {d} | {tot:.1%} | " + " | ".join(f"{fired[o] / n[o]:.1%}" for o in OUTLETS)
              + f" | {flag} |")
    print()


# ---------------------------------------------------------------- reference
def eval_reference(args):
    """The published strong-subjectivity list (MPQA subjectivity clues,
    Wilson, Wiebe & Hoffmann 2005, type=strongsubj) on the same MBIC
    sentences, for comparison only: nothing of it is shipped. Matching is
    by exact lower-cased word with this script's tokens (no stemming, no
    slant), so the figures are close to, not identical with, what slant
    would give for the list."""
    path = os.path.join(args.shared, "lexicons-reference", "mpqa-subjclueslen1-HLTEMNLP05.tff")
    strong = set()
    for line in open(path, encoding="utf-8"):
        f = dict(x.split("=", 1) for x in line.split() if "=" in x)
        if f.get("type") == "strongsubj":
            strong.add(f["word1"].lower())
    rows = [json.loads(l) for l in open(os.path.join(args.shared, "corpora", "mbic.jsonl"),
                                        encoding="utf-8")]
    rows = [r for r in rows if in_split(r["id"], args.split)]
    y, x = [], []
    n_marked = tp = n_match = 0
    for r in rows:
        toks = tokens(r["text"])
        marked = set()
        for w in r["biased_words"]:
            marked.update(tokens(w))
        matched = {t for t in toks if t in strong}
        n_marked += len(marked)
        n_match += len(matched)
        tp += len(marked & matched)
        if r["bias"] in ("Biased", "Non-biased"):
            y.append(1 if r["bias"] == "Biased" else 0)
            x.append(sum(t in strong for t in toks))
    p, rc = prf(tp, n_marked, tp, n_match)
    print(f"### Reference list on MBIC ({args.split}): MPQA strong subjectivity clues, "
          f"{len(strong)} words, exact match\n")
    print("| list | AUC hits | word precision | word recall | matched words |")
    print("|---|---|---|---|---|")
    print(f"| MPQA strongsubj | {fmt(auc(y, x))} | {fmt(p)} | {fmt(rc)} | {n_match} |\n")


# ---------------------------------------------------------------- GVFC
def eval_gvfc(args, show):
    """Policy frames against the GVFC coders' frames on English headlines.

    Two views of the same scores: one row per coded frame (nine; the two
    health frames are each scored against health-safety), and one row per
    policy frame (eight; health-safety's positives are the headlines coded
    with either health frame)."""
    rows = [json.loads(l) for l in open(os.path.join(args.shared, "corpora", "gvfc-dev.jsonl"),
                                        encoding="utf-8")]
    rows = [r for r in rows if r.get("lang") == "en" and in_split(r["id"], args.split)]
    lexicon = os.path.join(REPO, "lexicons", "en", "policy.lex")
    sc = run_slant(args.slant, [lexicon], [(r["id"], r["text"]) for r in rows], False)
    print(f"### GVFC ({args.split}): {len(rows)} English headlines\n")

    def row(name, dim, y):
        h = [sc[r["id"]]["dimensions"][dim]["hits"] for r in rows]
        w = [score(sc[r["id"]], [dim]) for r in rows]
        fp = np.mean([x > 0 for x, t in zip(h, y) if t]) if sum(y) else float("nan")
        fn = np.mean([x > 0 for x, t in zip(h, y) if not t])
        a, b = auc(y, h), auc(y, w)
        print(f"| {name} | {dim} | {sum(y)} | {fmt(a)} | {fmt(b)} | {fp:.1%} | {fn:.1%} |")
        return a, b

    head = ("| coded frame | policy frame | headlines coded | AUC hits | AUC score "
            "| fires on coded | fires on others |\n|---|---|---|---|---|---|---|")
    print(head)
    per_frame = [row(f, d, [f in r["frames"] for r in rows]) for f, d in GVFC_FRAMES]
    print(f"| **mean of the {len(per_frame)} coded frames** | | "
          f"| {fmt(np.nanmean([a for a, _ in per_frame]))} "
          f"| {fmt(np.nanmean([b for _, b in per_frame]))} | | |\n")
    print(head.replace("coded frame", "coded frame(s)", 1))
    per_dim = []
    for dim in dict.fromkeys(d for _, d in GVFC_FRAMES):
        frames = [f for f, d in GVFC_FRAMES if d == dim]
        per_dim.append(row(" or ".join(frames), dim,
                           [any(f in r["frames"] for f in frames) for r in rows]))
    print(f"| **mean of the {len(per_dim)} policy frames** | | "
          f"| {fmt(np.nanmean([a for a, _ in per_dim]))} "
          f"| {fmt(np.nanmean([b for _, b in per_dim]))} | | |\n")
    if show:
        frames = [f for f, d in GVFC_FRAMES if d == show]
        if not frames:
            return
        print(f"#### GVFC {args.split}: {show} ({' or '.join(frames)})\n")
        for r in rows:
            coded = any(f in r["frames"] for f in frames)
            fired = sc[r["id"]]["dimensions"][show]["hits"] > 0
            if coded != fired:
                print(("missed: " if coded else "false hit: ") + r["text"])
        print()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--slant", default=os.path.join(REPO, "build", "default", "src", "slant"))
    ap.add_argument("--shared", default=os.path.normpath(os.path.join(REPO, "..", "shared")))
    ap.add_argument("--split", choices=["dev", "test", "all"], required=True)
    ap.add_argument("--only", choices=["mbic", "basil", "fire", "gvfc", "reference"],
                    action="append",
                    help="run only these parts (repeatable; default all)")
    ap.add_argument("--show", metavar="DIM",
                    help="list true/false positives and misses of DIM (dev split only)")
    args = ap.parse_args()
    if args.show and args.split != "dev":
        sys.exit("--show is for tuning and only runs on the dev split")
    parts = args.only or ["mbic", "basil", "fire", "gvfc", "reference"]
    lexdir = os.path.join(REPO, "lexicons", "en")
    lexicons = [os.path.join(lexdir, s + ".lex") for s in ("loaded", "epistemic", "tone")]
    vers = subprocess.run([args.slant, "lexicon", "dims"] + lexicons
                          + [os.path.join(lexdir, "policy.lex")],
                          capture_output=True, text=True).stdout
    print("Lexicons: " + "; ".join(l.split(" (")[0] for l in vers.splitlines()
                                   if l and not l.startswith(" ")) + "\n")
    if "mbic" in parts:
        eval_mbic(args, lexicons, args.show)
    if "basil" in parts or "fire" in parts:
        arts = load_basil(args)
        if "basil" in parts:
            eval_basil(args, lexicons, arts, args.show)
        if "fire" in parts:
            fire_rates(args, arts)
    if "gvfc" in parts:
        eval_gvfc(args, args.show)
    if "reference" in parts:
        eval_reference(args)


if __name__ == "__main__":
    main()
