#!/usr/bin/env python3
"""scikit-learn CountVectorizer route: a benchmark peer for `slant score`.

Vectorizes all documents with CountVectorizer(ngram_range=(1, 2)), maps
each vocabulary column (word or two-word n-gram) to the dictionary
categories it matches, and multiplies the document-term matrix by that
column-to-category matrix to get per-document category counts.

Usage:
    sklearn_count.py --dic bench.dic [-o out.csv] INPUT

INPUT is a JSONL file (fields `id`, `text`) or a directory searched
recursively for *.txt files (id = file name without .txt).  Output CSV:
    id,tokens,<category 1>,<category 2>,...

Matching rules are those of liwc_style.py (same tokenizer regex, same
dictionary parser): a unigram column counts in category C when an exact
entry or a `prefix*` wildcard of C matches it; a bigram column counts in
the categories of the two-word entries it matches.

Needs the Debian package python3-sklearn (run with /usr/bin/python3).
"""

import argparse
import csv
import json
import os
import sys

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from liwc_style import WORD_RE, Dictionary, normalize  # noqa: E402


def list_txt(path):
    found = []
    for root, _dirs, files in os.walk(path):
        for name in files:
            if name.endswith(".txt"):
                found.append(os.path.join(root, name))
    found.sort()
    return found


def jsonl_texts(path, field, ids):
    with open(path, encoding="utf-8", errors="replace") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            doc = json.loads(line)
            ids.append(str(doc.get("id", lineno)))
            yield doc.get(field) or ""


def category_matrix(dic, vocabulary, n_features):
    """Sparse (n_features x n_categories) 0/1 matrix, and a unigram mask."""
    rows, cols = [], []
    unigram = np.zeros(n_features, dtype=np.int32)
    phrase_exact = {}
    phrase_wild = []
    for (w1, w2), cats in dic.phrases:
        if w1.endswith("*") or w2.endswith("*"):
            phrase_wild.append((w1, w2, cats))
        else:
            phrase_exact[w1 + " " + w2] = cats
    match = Dictionary._matches
    for feature, j in vocabulary.items():
        if " " not in feature:
            unigram[j] = 1
            for c in dic.lookup(feature):
                rows.append(j)
                cols.append(c)
            continue
        cats = phrase_exact.get(feature)
        if cats is None and phrase_wild:
            a, b = feature.split(" ", 1)
            hit = set()
            for w1, w2, pc in phrase_wild:
                if match(w1, a) and match(w2, b):
                    hit.update(pc)
            cats = hit or None
        if cats:
            for c in cats:
                rows.append(j)
                cols.append(c)
    m = sp.csr_matrix((np.ones(len(rows), dtype=np.int32), (rows, cols)),
                      shape=(n_features, len(dic.names)))
    return m, unigram


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dic", required=True, help="LIWC .dic file")
    ap.add_argument("--field", default="text", help="JSONL text field")
    ap.add_argument("-o", "--output", default="-", help="CSV output (- = stdout)")
    ap.add_argument("input", help="JSONL file or directory of .txt files")
    args = ap.parse_args()

    dic = Dictionary(args.dic)
    common = dict(lowercase=False, preprocessor=normalize,
                  token_pattern=WORD_RE.pattern, ngram_range=(1, 2),
                  dtype=np.int32)
    if os.path.isdir(args.input):
        files = list_txt(args.input)
        ids = [os.path.basename(fp)[:-4] for fp in files]
        vec = CountVectorizer(input="filename", encoding="utf-8",
                              decode_error="replace", **common)
        x = vec.fit_transform(files)
    else:
        ids = []
        vec = CountVectorizer(**common)
        x = vec.fit_transform(jsonl_texts(args.input, args.field, ids))

    m, unigram = category_matrix(dic, vec.vocabulary_, x.shape[1])
    counts = (x @ m).toarray()
    tokens = x @ unigram

    out = (sys.stdout if args.output == "-"
           else open(args.output, "w", encoding="utf-8", newline=""))
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["id", "tokens"] + dic.names)
    for i, doc_id in enumerate(ids):
        w.writerow([doc_id, int(tokens[i])] + counts[i].tolist())
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
