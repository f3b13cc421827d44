#!/usr/bin/env python3
"""Evaluate slant's bundled lexicons against MBIC and BASIL annotations.

Usage (from the repository root):
    /usr/bin/python3 lexicons/eval/evaluate.py --split dev
    /usr/bin/python3 lexicons/eval/evaluate.py --split test
    /usr/bin/python3 lexicons/eval/evaluate.py --split dev --show loaded/evaluative

A thin user of `slant lexicon eval`, which computes the AUCs, the shares of
sentences where a dimension fires, and MBIC's word-level precision and
recall (every token a match covers against every token of an annotated
word; see slant-lexicon(1)); this script picks the corpora, the dimensions
and their fixed combinations, and prints Markdown tables. What the command
does not do stays here: BASIL's sentences and span overlaps (spans are
matched by character position, with an own-voice variant), the fire rates
per outlet, and the --show lists. Reads ../shared/corpora/{mbic,basil}.jsonl
(relative to the repository root, or --shared DIR); nothing is copied into
the repository. Needs only the Python standard library.

Split rule (fixed, no randomness; slant lexicon eval --split uses the same):
an item is in `dev` if the last hex digit of sha1(KEY) is < 8, else in
`test` (about 50/50). KEY is the MBIC sentence id, and for BASIL the event
id, so that the articles of one event (one each from Fox News, the New
York Times and HuffPost) stay together (the sentences are split here, and
evaluated with --split all).
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


REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# The dimensions the issue asks about: loaded language, epistemic stance, tone.
EVAL_DIMS = [
    "loaded/intensifiers", "loaded/pejorative", "loaded/evaluative", "loaded/scare",
    "epistemic/hedges", "epistemic/boosters", "epistemic/factives",
    "epistemic/assertives", "epistemic/attribution/loaded",
    "tone/negative", "tone/positive",
]
# Combined scores: the sum of the hits of their member dimensions. Fixed in
# advance, not fitted.
COMBINED = {
    "loaded (all 4)": ["loaded/intensifiers", "loaded/pejorative",
                       "loaded/evaluative", "loaded/scare"],
    "loaded + attribution/loaded + boosters": [
        "loaded/intensifiers", "loaded/pejorative", "loaded/evaluative",
        "loaded/scare", "epistemic/attribution/loaded", "epistemic/boosters"],
    "all 11 cue dimensions": EVAL_DIMS,
}
# Schemes in the fire-rate table (naming is left out: its sets are
# event-specific by design and silent on most stories).
FIRE_SCHEMES = ["generic", "policy", "epistemic", "tone", "moral", "religious", "loaded"]
OUTLETS = ["Fox News", "New York Times", "HuffPost"]

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
        if r["kind"] != "hit" or r["dimension"] not in dims:
            continue
        for m in re.finditer(r"(\d+)-(\d+)", r["offsets"]):
            s, e = int(m.group(1)), int(m.group(2))
            out.append((len(b[:s].decode("utf-8", "replace")),
                        len(b[:e].decode("utf-8", "replace")),
                        r["dimension"], r["entry"], r["quoted"] == r["count"]))
    return out


def hits(rec, dims):
    d = rec["dimensions"]
    return sum(d[x]["hits"] for x in dims if x in d)


def lexicon_eval(slant, lexicons, corpus, label, measure, split="all", spans=None,
                 extra=()):
    """`slant lexicon eval` on every dimension set; {name: target}, the JSON."""
    cmd = [slant, "lexicon", "eval", "-q", "-B", "0", "-f", "json",
           "--label", label, "--measure", measure, "--split", split]
    for lx in lexicons:
        cmd += ["-l", lx]
    for name, dims in dim_sets():
        cmd += ["-d", dims[0] if [name] == dims else name + "=" + "+".join(dims)]
    if spans:
        cmd += ["--spans", spans]
    out = json.loads(subprocess.run(cmd + list(extra) + [corpus], check=True,
                                    capture_output=True).stdout)
    return {t["dimension"]: t for t in out["targets"]}, out


def prf(tp_r, n_r, tp_p, n_p):
    r = tp_r / n_r if n_r else float("nan")
    p = tp_p / n_p if n_p else float("nan")
    return p, r


def fmt(x, nd=3):
    return "n/a" if x is None or x != x else f"{x:.{nd}f}"


def nan(x):
    return float("nan") if x is None else x


def dim_sets():
    return [(d, [d]) for d in EVAL_DIMS] + list(COMBINED.items())


# ---------------------------------------------------------------- MBIC
def eval_mbic(args, lexicons, show):
    path = os.path.join(args.shared, "corpora", "mbic.jsonl")
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    rows = [r for r in rows if in_split(r["id"], args.split)]
    label = ["bias=Biased", "--negative", "Non-biased"]
    hits, out = lexicon_eval(args.slant, lexicons, path, label[0], "hits",
                             args.split, "biased_words", label[1:])
    rate, _ = lexicon_eval(args.slant, lexicons, path, label[0], "rate",
                           args.split, extra=label[1:])
    spans = {d["dimension"]: d for d in out["spans"]["dimensions"]}
    npos = out["classes"][0]["items"]
    print(f"### MBIC ({args.split}): {len(rows)} sentences, {out['items']} labelled "
          f"({npos} Biased, {out['items'] - npos} Non-biased; 'No agreement' left out of AUC); "
          f"{out['spans']['marked_tokens']} tokens of annotator-marked words\n")
    print("| dimension(s) | AUC hits | AUC rate | fires on biased | fires on non-biased "
          "| word precision | word recall | matched tokens |")
    print("|---|---|---|---|---|---|---|---|")
    for name, dims in dim_sets():
        t = hits[name]
        sp = spans[name]
        print(f"| {name} | {fmt(t['auc']['est'])} | {fmt(rate[name]['auc']['est'])} "
              f"| {t['fires_positive'] / t['positives']:.1%} "
              f"| {t['fires_negative'] / t['negatives']:.1%} "
              f"| {fmt(nan(sp['precision']))} | {fmt(nan(sp['recall']))} | {sp['hit_tokens']} |")
    print()
    if show:
        items = [(r["id"], r["text"]) for r in rows]
        ex = run_slant(args.slant, lexicons, items, True)
        fp = collections.Counter()
        fn = collections.Counter()
        tpc = collections.Counter()
        for r in rows:
            marked = set()
            for w in r["biased_words"]:
                marked.update(tokens(w))
            matched = set()
            for s, e, *_ in char_spans(r["text"], ex.get(r["id"], []), {show}):
                matched.update(tokens(r["text"][s:e]))
            for w in matched - marked:
                fp[w] += 1
            for w in matched & marked:
                tpc[w] += 1
            for w in marked - matched:
                fn[w] += 1
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
    ex = run_slant(args.slant, lexicons, items, True)
    ids = [i for i, _ in items]
    y = [1 if lex[i] else 0 for i in ids]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False,
                                     encoding="utf-8") as f:
        for i in ids:
            f.write(json.dumps({"id": i, "text": text[i], "lexical": bool(lex[i])},
                               ensure_ascii=False) + "\n")
        path = f.name
    try:
        auc_hits, _ = lexicon_eval(args.slant, lexicons, path, "lexical", "hits")
        auc_rate, _ = lexicon_eval(args.slant, lexicons, path, "lexical", "rate")
    finally:
        os.unlink(path)
    nspans = sum(len(v) for v in lex.values())
    nspans_own = sum(len(v) for v in lex_own.values())
    print(f"### BASIL ({args.split}): {len(arts)} articles, "
          f"{len(set(a['event'] for a in arts))} events, {len(ids)} sentences, "
          f"{sum(y)} with a lexical-bias span, {nspans} lexical spans ({nspans_own} outside quotes); "
          f"{skipped} span(s) without a valid sentence index skipped\n")
    print("Own-voice columns: only matches outside quotation marks, recall over the "
          "lexical spans BASIL marks as not quoted.\n")
    print("| dimension(s) | sentence AUC hits | sentence AUC rate | span precision "
          "| span recall | matches | own-voice precision | own-voice recall | own-voice matches |")
    print("|---|---|---|---|---|---|---|---|---|")
    fp = collections.Counter()
    tpc = collections.Counter()
    for name, dims in dim_sets():
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
        print(f"| {name} | {fmt(auc_hits[name]['auc']['est'])} "
              f"| {fmt(auc_rate[name]['auc']['est'])} | {fmt(p)} | {fmt(rc)} "
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


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--slant", default=os.path.join(REPO, "build", "default", "src", "slant"))
    ap.add_argument("--shared", default=os.path.normpath(os.path.join(REPO, "..", "shared")))
    ap.add_argument("--split", choices=["dev", "test", "all"], required=True)
    ap.add_argument("--only", choices=["mbic", "basil", "fire"], action="append",
                    help="run only these parts (repeatable; default all)")
    ap.add_argument("--show", metavar="DIM",
                    help="list true/false positives and misses of DIM (dev split only)")
    args = ap.parse_args()
    if args.show and args.split != "dev":
        sys.exit("--show is for tuning and only runs on the dev split")
    parts = args.only or ["mbic", "basil", "fire"]
    lexdir = os.path.join(REPO, "lexicons", "en")
    lexicons = [os.path.join(lexdir, s + ".lex") for s in ("loaded", "epistemic", "tone")]
    vers = subprocess.run([args.slant, "lexicon", "dims"] + lexicons,
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


if __name__ == "__main__":
    main()
