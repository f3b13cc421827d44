#!/usr/bin/env bash
# bench/run-score.sh: time `slant score` beside peers on one corpus and one
# LIWC-style dictionary, in one run; print seconds, MB/s, peak RSS and ratios.
# See bench/README.md.  Run from anywhere; defaults are relative to the repo
# root, paths given as options to the current directory.
set -u -o pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)

usage() {
  cat <<'EOF'
usage: bench/run-score.sh [options]
  --slant PATH    slant binary (default ./src/slant, from the repo root)
  --corpus FILE   JSONL corpus (default ../shared/corpora/allsides-train.jsonl)
  --dic FILE      LIWC .dic dictionary (default ../shared/bench/bench.dic)
  --out DIR       where score-<date>.md is written (default bench/results)
  --python PATH   Python 3 with python3-sklearn (default /usr/bin/python3)
  --skip-slow     skip the R tidytext and scikit-learn peers
  --repeat4       also run slant on the corpus concatenated 4 times (peak RSS)
  --runs N        runs of wc and slant, alternated; the table gives medians
                  (default 7: one run on a shared VM varies by 10-30%)
  -h, --help      this help
EOF
}

abspath() { # absolute path of $1 relative to the caller's directory
  case $1 in /*) printf '%s\n' "$1" ;; *) printf '%s\n' "$PWD/$1" ;; esac
}

# the developer build of the README's quick start, else an in-tree build
slant="$root/build/default/src/slant"
[ -x "$slant" ] || slant="$root/src/slant"
corpus="$root/../shared/corpora/allsides-train.jsonl"
dic="$root/../shared/bench/bench.dic"
out="$root/bench/results"
python=/usr/bin/python3
[ -x "$python" ] || python=$(command -v python3)
skip_slow=0
repeat4=0
runs=7
while [ $# -gt 0 ]; do
  case $1 in
    --slant) slant=$(abspath "$2"); shift 2 ;;
    --corpus) corpus=$(abspath "$2"); shift 2 ;;
    --dic) dic=$(abspath "$2"); shift 2 ;;
    --out) out=$(abspath "$2"); shift 2 ;;
    --python) python=$2; shift 2 ;;
    --skip-slow) skip_slow=1; shift ;;
    --repeat4) repeat4=1; shift ;;
    --runs) runs=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run-score.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done

die() { echo "run-score.sh: $*" >&2; exit 1; }
[ -f "$corpus" ] || die "corpus not found: $corpus"
corpus=$(readlink -f "$corpus")
[ -f "$dic" ] || die "dictionary not found: $dic"
dic=$(readlink -f "$dic")
[ -x /usr/bin/time ] || die "/usr/bin/time missing: apt-get install -y time"
command -v "$python" >/dev/null || die "python3 not found"

# Same locale and one thread for every tool.
export LC_ALL=C.UTF-8
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1

have_slant=1
if [ ! -x "$slant" ] || [ -d "$slant" ]; then
  have_slant=0
  echo "slant: not built, skipped ($slant)"
fi
have_sklearn=0
have_r=0
if [ "$skip_slow" = 0 ]; then
  if "$python" -c 'import sklearn' 2>/dev/null; then have_sklearn=1
  else echo "sklearn: $python cannot import sklearn (apt-get install -y python3-sklearn), skipped"; fi
  if command -v Rscript >/dev/null &&
     Rscript -e 'for (p in c("tidytext","dplyr","jsonlite","readr")) if (!requireNamespace(p, quietly=TRUE)) quit(status=1)' >/dev/null 2>&1
  then have_r=1
  else echo "tidytext: R or an R package is missing (see bench/README.md), skipped"; fi
fi

# --- cache: the corpus as a directory of .txt files (built once) ----------
corpus_bytes=$(stat -c %s "$corpus")
key=$(printf '%s %s %s' "$(readlink -f "$corpus")" "$corpus_bytes" \
        "$(stat -c %Y "$corpus")" | md5sum | cut -c1-12)
cache=/tmp/slant-bench/$key
txtdir=$cache/txt
if [ ! -f "$cache/done" ]; then
  echo "converting $corpus into .txt files under $txtdir ..."
  rm -rf "$cache"; mkdir -p "$cache" || die "cannot create $cache"
  "$python" - "$corpus" "$txtdir" "$cache" <<'EOF' || die "conversion failed"
import json, os, re, sys
corpus, txtdir, cache = sys.argv[1:4]
paths, nbytes, ndocs = [], 0, 0
with open(corpus, encoding="utf-8") as f:
    for lineno, line in enumerate(f, 1):
        if not line.strip():
            continue
        doc = json.loads(line)
        src = re.sub(r"[^a-z0-9]+", "-", str(doc.get("source") or "").lower()).strip("-") or "unknown"
        name = re.sub(r"[^A-Za-z0-9_.-]+", "_", str(doc.get("id") or lineno))
        os.makedirs(os.path.join(txtdir, src), exist_ok=True)
        path = os.path.join(txtdir, src, name + ".txt")
        if os.path.exists(path):
            sys.exit(f"duplicate file name {path}")
        data = (doc.get("text") or "").encode("utf-8")
        with open(path, "wb") as out:
            out.write(data)
        paths.append(path)
        nbytes += len(data)
        ndocs += 1
paths.sort()
with open(os.path.join(cache, "files0"), "wb") as f:
    f.write(b"".join(p.encode() + b"\0" for p in paths))
with open(os.path.join(cache, "stats"), "w") as f:
    f.write(f"{ndocs} {nbytes}\n")
EOF
  touch "$cache/done"
fi
read -r ndocs txt_bytes < "$cache/stats"
files0=$cache/files0

x4=$cache/corpus-x4.jsonl
if [ "$repeat4" = 1 ] && [ "$have_slant" = 1 ] && [ ! -f "$x4" ]; then
  cat "$corpus" "$corpus" "$corpus" "$corpus" > "$x4.tmp" && mv "$x4.tmp" "$x4"
fi

work=$(mktemp -d /tmp/slant-bench-run.XXXXXX)
trap 'rm -rf "$work"' EXIT

# --- warm the page cache -------------------------------------------------
cat "$corpus" > /dev/null
xargs -0 cat < "$files0" > /dev/null
[ -f "$x4" ] && [ "$repeat4" = 1 ] && cat "$x4" > /dev/null

# --- measurements ----------------------------------------------------------
# results: one line per run: tool kind bytes seconds rss_kib status
results=$work/results
: > "$results"

measure() { # measure TOOL KIND BYTES CMD... (stdout of CMD -> /dev/null)
  local tool=$1 kind=$2 bytes=$3; shift 3
  local tf=$work/$tool-$kind.time ef=$work/$tool-$kind.err rc
  printf '  %-11s %-6s ... ' "$tool" "$kind"
  /usr/bin/time -f '%e %M' -o "$tf" "$@" > /dev/null 2> "$ef"
  rc=$?
  local secs rss
  read -r secs rss < <(tail -n 1 "$tf")
  if [ "$rc" = 0 ]; then
    echo "$tool $kind $bytes $secs $rss ok" >> "$results"
    echo "${secs}s, ${rss} KiB"
  else
    echo "$tool $kind $bytes ${secs:-0} ${rss:-0} failed($rc)" >> "$results"
    echo "FAILED (exit $rc); last lines of stderr:"
    tail -n 5 "$ef" | sed 's/^/    /'
  fi
}

echo "corpus: $corpus ($ndocs docs, $corpus_bytes bytes JSONL, $txt_bytes bytes as .txt)"
for kind in jsonl dir; do
  if [ "$kind" = jsonl ]; then input=$corpus; bytes=$corpus_bytes
  else input=$txtdir; bytes=$txt_bytes; fi
  # wc and slant alternate, run after run, so that a slow spell of the
  # machine falls on both alike; the peers, 20-80x slower, run once.
  ncpu=$(getconf _NPROCESSORS_ONLN)  # not nproc: it obeys OMP_NUM_THREADS=1 set above
  for run in $(seq "$runs"); do
    if [ "$kind" = jsonl ]; then
      measure wc "$kind" "$bytes" wc -w "$corpus"
    else
      measure wc "$kind" "$bytes" wc -w --files0-from="$files0"
    fi
    if [ "$have_slant" = 1 ]; then
      measure slant "$kind" "$bytes" "$slant" score --lexicon "$dic" --format csv --threads 1 "$input"
      # All cores, for the record (the ratios above are single-threaded).
      measure "slant-j$ncpu" "$kind" "$bytes" "$slant" score --lexicon "$dic" --format csv --threads "$ncpu" "$input"
    fi
  done
  measure liwc_style "$kind" "$bytes" "$python" "$here/peers/liwc_style.py" \
    --dic "$dic" -o "$work/liwc_style-$kind.csv" "$input"
  if [ "$have_sklearn" = 1 ]; then
    measure sklearn "$kind" "$bytes" "$python" "$here/peers/sklearn_count.py" \
      --dic "$dic" -o "$work/sklearn-$kind.csv" "$input"
  fi
  if [ "$have_r" = 1 ]; then
    measure tidytext "$kind" "$bytes" Rscript "$here/peers/tidytext.R" \
      --dic "$dic" -o "$work/tidytext-$kind.csv" "$input"
  fi
done
if [ "$repeat4" = 1 ] && [ "$have_slant" = 1 ]; then
  x4_bytes=$(stat -c %s "$x4")
  for run in $(seq "$runs"); do
    measure wc jsonl-x4 "$x4_bytes" wc -w "$x4"
    measure slant jsonl-x4 "$x4_bytes" "$slant" score --lexicon "$dic" --format csv --threads 1 "$x4"
  done
fi

# --- table ---------------------------------------------------------------
# One row per tool and input: the median of its runs (and the fastest);
# MB/s = 10^6 bytes of the input kind per second at the median; RSS in MiB
# (KiB / 1024), the largest of the runs; "x wc -w" = median wc time /
# median tool time on the same input; "slant/peer" = slant's speed (or
# RSS) / the peer's, same input kind.
table=$(awk '
  function sec(x) { return x < 0.01 ? 0.01 : x }
  {
    k = $1 SUBSEP $2
    if (!(k in n)) { order[++nk] = k; tool[k] = $1; kind[k] = $2; bytes[k] = $3; n[k] = 0; st[k] = "ok"; rss[k] = 0 }
    if ($6 != "ok") { st[k] = $6; next }
    t[k, ++n[k]] = $4
    if ($5 > rss[k]) rss[k] = $5
  }
  END {
    for (i = 1; i <= nk; i++) {
      k = order[i]
      if (n[k] == 0) continue
      for (a = 2; a <= n[k]; a++) { x = t[k, a]; b = a - 1; while (b >= 1 && t[k, b] > x) { t[k, b + 1] = t[k, b]; b-- } t[k, b + 1] = x }
      med[k] = n[k] % 2 ? t[k, (n[k] + 1) / 2] : (t[k, n[k] / 2] + t[k, n[k] / 2 + 1]) / 2
      lo[k] = t[k, 1]
      if (tool[k] == "wc") wct[kind[k]] = med[k]
      if (tool[k] == "slant") { st_t[kind[k]] = med[k]; st_r[kind[k]] = rss[k] }
    }
    print "| tool | input | runs | median s | fastest s | MB/s | peak RSS MiB | x wc -w | slant/peer speed | slant/peer RSS |"
    print "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    for (i = 1; i <= nk; i++) {
      k = order[i]
      if (st[k] != "ok") { printf "| %s | %s | %d | %s | | | | | | |\n", tool[k], kind[k], n[k], st[k]; continue }
      mbs = bytes[k] / 1e6 / sec(med[k])
      xwc = (kind[k] in wct) ? sprintf("%.3f", sec(wct[kind[k]]) / sec(med[k])) : "-"
      sp = "-"; sr = "-"
      if (tool[k] !~ /^slant/ && tool[k] != "wc" && (kind[k] in st_t)) {
        sp = sprintf("%.2f", sec(med[k]) / sec(st_t[kind[k]]))
        sr = sprintf("%.2f", st_r[kind[k]] / rss[k])
      }
      printf "| %s | %s | %d | %.2f | %.2f | %.1f | %.1f | %s | %s | %s |\n", tool[k], kind[k], n[k], med[k], lo[k], mbs, rss[k] / 1024, xwc, sp, sr
    }
  }' "$results")

# --- agreement between peers (same counting rules; tokenizers differ) -----
agree=""
for kind in jsonl dir; do
  a=$work/liwc_style-$kind.csv
  [ -f "$a" ] || continue
  for peer in sklearn tidytext; do
    b=$work/$peer-$kind.csv
    [ -f "$b" ] || continue
    line=$("$python" "$here/check-agree.py" --worst 0 "$a" "$b" | grep -E '^(cells|tokens):' | tr '\n' ' ')
    agree+="- liwc_style vs $peer ($kind): $line"$'\n'
  done
done
if [ -f "$work/liwc_style-jsonl.csv" ] && [ -f "$work/liwc_style-dir.csv" ]; then
  line=$("$python" "$here/check-agree.py" --worst 0 "$work/liwc_style-jsonl.csv" "$work/liwc_style-dir.csv" | grep -E '^cells:')
  agree+="- liwc_style jsonl vs dir: $line"$'\n'
fi

# --- report --------------------------------------------------------------
cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//')
mem=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo 2>/dev/null)
rev=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo "no commit")
[ -n "$(git -C "$root" status --porcelain 2>/dev/null)" ] && rev="$rev (dirty tree)"
versions="python $("$python" -c 'import sys; print(sys.version.split()[0])')"
[ "$have_sklearn" = 1 ] && versions+=", scikit-learn $("$python" -c 'import sklearn; print(sklearn.__version__)')"
[ "$have_r" = 1 ] && versions+=", $(Rscript -e 'cat(R.version.string, ", tidytext ", as.character(packageVersion("tidytext")), ", dplyr ", as.character(packageVersion("dplyr")), sep="")' 2>/dev/null)"
versions+=", $(wc --version | head -n 1)"
if [ "$have_slant" = 1 ]; then slant_note="$slant (repo $rev)"; else slant_note="not built, skipped"; fi

report=$(cat <<EOF
# slant score benchmark, $(date '+%Y-%m-%d %H:%M %Z')

- machine: ${cpu:-unknown CPU}, $(getconf _NPROCESSORS_ONLN) cores, ${mem:-? memory}, $(uname -sr)
- corpus: $corpus: $ndocs docs, $corpus_bytes bytes as JSONL, $txt_bytes bytes as .txt files ($txtdir)
- dictionary: $dic
- slant: $slant_note
- peers: $versions
- $runs runs of wc and slant, alternated, and one of each peer; single-threaded unless
  the tool's name says -jN; LC_ALL=C.UTF-8, page cache warmed first; seconds are medians;
  MB/s = 10^6 input bytes per second (JSONL bytes for jsonl rows, text bytes for dir rows);
  x wc -w = median wc time / median time, same input; slant/peer = slant's value / the peer's.

$table

Agreement of peer outputs (cells = document x category counts):

${agree:-- (no peer outputs to compare)}
EOF
)

echo
echo "$report"
mkdir -p "$out" || die "cannot create $out"
outfile=$out/score-$(date +%Y-%m-%d).md
printf '%s\n' "$report" > "$outfile"
echo "written: $outfile"
