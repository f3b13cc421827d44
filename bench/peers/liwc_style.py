#!/usr/bin/env python3
"""LIWC-style dictionary scorer: a benchmark peer for `slant score`.

Written for slant's benchmark in the manner of the liwc-python package
(parse a LIWC .dic file, look words up in a prefix trie, count categories),
with the per-type cache a careful Python user would add.

Usage:
    liwc_style.py --dic bench.dic [-o out.csv] INPUT

INPUT is a JSONL file (one object a line with string fields `id` and
`text`) or a directory searched recursively for *.txt files (id = file name
without .txt).  Output: CSV with one row per document:
    id,tokens,<category 1>,<category 2>,...

Matching rules (shared with sklearn_count.py and tidytext.R):
  * text is lower-cased, U+2019 (right single quote) is read as an ASCII
    apostrophe, and words are runs of letters/digits joined by inner
    apostrophes or hyphens (regex WORD_RE below);
  * a token counts once in category C when any single-word entry of C
    matches it: the exact word, or a `prefix*` wildcard it starts with;
  * a two-word entry (phrase) counts once in each of its categories for
    every pair of adjacent tokens matching it (either word may be a
    wildcard); its words also count on their own.
"""

import argparse
import csv
import json
import os
import re
import sys
from collections import Counter

WORD_RE = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*")


def normalize(s):
    return s.lower().replace("\u2019", "'")


class Dictionary:
    """A parsed LIWC .dic file."""

    def __init__(self, path):
        self.names = []          # category names, in header order
        self.exact = {}          # word -> set of category indexes
        self.trie = {}           # prefix trie of wildcards; key None = cats
        self.phrases = []        # ((w1, w2), cats); wi ends with '*' = prefix
        self._parse(path)
        self.cache = {}          # type -> tuple of category indexes
        self.first = {}          # type -> list of (second word, cats)

    def _parse(self, path):
        num_to_idx = {}
        with open(path, encoding="utf-8-sig") as f:
            lines = f.read().splitlines()
        i = 0
        while i < len(lines) and not lines[i].strip():
            i += 1
        if i == len(lines) or lines[i].strip() != "%":
            sys.exit(f"{path}:{i + 1}: expected '%' opening the category block")
        i += 1
        while i < len(lines) and lines[i].strip() != "%":
            line = lines[i].strip()
            if line:
                parts = line.split(None, 1)
                if len(parts) != 2:
                    sys.exit(f"{path}:{i + 1}: expected 'number<TAB>name'")
                num_to_idx[parts[0]] = len(self.names)
                self.names.append(parts[1].strip())
            i += 1
        if i == len(lines):
            sys.exit(f"{path}: category block not closed by '%'")
        phrase_cats = {}
        for lineno in range(i + 1, len(lines)):
            line = lines[lineno].rstrip("\r\n")
            if not line.strip():
                continue
            fields = line.split("\t")
            entry = normalize(fields[0].strip())
            cats = set()
            for field in fields[1:]:
                for num in field.split():
                    if num not in num_to_idx:
                        sys.exit(f"{path}:{lineno + 1}: unknown category {num}")
                    cats.add(num_to_idx[num])
            words = entry.split()
            if len(words) == 1:
                self._add_word(words[0], cats)
            elif len(words) == 2:
                phrase_cats.setdefault(tuple(words), set()).update(cats)
            else:
                sys.exit(f"{path}:{lineno + 1}: only one- and two-word entries")
        self.phrases = [(k, frozenset(v)) for k, v in phrase_cats.items()]

    def _add_word(self, word, cats):
        if word.endswith("*"):
            node = self.trie
            for ch in word[:-1]:
                node = node.setdefault(ch, {})
            node.setdefault(None, set()).update(cats)
        else:
            self.exact.setdefault(word, set()).update(cats)

    @staticmethod
    def _matches(pattern, word):
        if pattern.endswith("*"):
            return word.startswith(pattern[:-1])
        return word == pattern

    def lookup(self, word):
        """Categories of one token type (cached)."""
        cats = self.cache.get(word)
        if cats is not None:
            return cats
        found = set(self.exact.get(word, ()))
        node = self.trie
        for ch in word:
            node = node.get(ch)
            if node is None:
                break
            hit = node.get(None)
            if hit:
                found.update(hit)
        cats = tuple(sorted(found))
        self.cache[word] = cats
        follow = [(w2, pc) for (w1, w2), pc in self.phrases
                  if self._matches(w1, word)]
        if follow:
            self.first[word] = follow
        return cats

    def score(self, text):
        """Return (tokens, list of per-category counts) for one text."""
        toks = WORD_RE.findall(normalize(text))
        counts = [0] * len(self.names)
        starters = False
        first = self.first
        for word, n in Counter(toks).items():
            for c in self.lookup(word):
                counts[c] += n
            if not starters and word in first:
                starters = True
        if starters:
            match = self._matches
            for i in range(len(toks) - 1):
                follow = first.get(toks[i])
                if follow is None:
                    continue
                nxt = toks[i + 1]
                for w2, pc in follow:
                    if match(w2, nxt):
                        for c in pc:
                            counts[c] += 1
        return len(toks), counts


def read_docs(path, field):
    """Yield (id, text) from a JSONL file or a directory of .txt files."""
    if os.path.isdir(path):
        found = []
        for root, _dirs, files in os.walk(path):
            for name in files:
                if name.endswith(".txt"):
                    found.append(os.path.join(root, name))
        found.sort()
        for fp in found:
            with open(fp, encoding="utf-8", errors="replace") as f:
                yield os.path.basename(fp)[:-4], f.read()
    else:
        with open(path, encoding="utf-8", errors="replace") as f:
            for lineno, line in enumerate(f, 1):
                if not line.strip():
                    continue
                doc = json.loads(line)
                yield str(doc.get("id", lineno)), doc.get(field) or ""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dic", required=True, help="LIWC .dic file")
    ap.add_argument("--field", default="text", help="JSONL text field")
    ap.add_argument("-o", "--output", default="-", help="CSV output (- = stdout)")
    ap.add_argument("input", help="JSONL file or directory of .txt files")
    args = ap.parse_args()

    dic = Dictionary(args.dic)
    out = (sys.stdout if args.output == "-"
           else open(args.output, "w", encoding="utf-8", newline=""))
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["id", "tokens"] + dic.names)
    for doc_id, text in read_docs(args.input, args.field):
        ntok, counts = dic.score(text)
        w.writerow([doc_id, ntok] + counts)
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
