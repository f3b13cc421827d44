#!/usr/bin/env Rscript
# R tidytext route: a benchmark peer for `slant score`.
#
# Usage:
#   Rscript tidytext.R --dic bench.dic [-o out.csv] INPUT
#
# INPUT is a JSONL file (fields id, text) or a directory searched
# recursively for *.txt files (id = file name without .txt).  Output CSV:
#   id,tokens,<category 1>,<category 2>,...
#
# The tidy route: one row per token with unnest_tokens() (tokenizers'
# default word tokenizer: ICU word boundaries, lower-cased, punctuation
# dropped; it splits hyphenated words, unlike the Python peers), the
# dictionary's wildcards expanded against the corpus vocabulary, an
# inner_join of tokens with the (word, category) table, plus adjacent-token
# bigrams joined with the two-word entries, then count() per document and
# category.  Counting rules otherwise as in liwc_style.py: a token counts
# once in a category when any entry of it matches; phrase hits add to the
# counts of their words.
#
# Debian packages: r-base-core r-cran-tidytext r-cran-dplyr r-cran-jsonlite
# r-cran-readr

suppressPackageStartupMessages({
  library(dplyr)
  library(tidytext)
  library(readr)
  library(jsonlite)
})

usage <- function() {
  cat("usage: tidytext.R --dic FILE [-o OUT.csv] [--field text] INPUT\n",
      file = stderr())
  quit(status = 2)
}

args <- commandArgs(trailingOnly = TRUE)
dic_path <- NULL; out_path <- "-"; field <- "text"; input <- NULL
i <- 1
while (i <= length(args)) {
  a <- args[[i]]
  if (a == "--dic") { dic_path <- args[[i + 1]]; i <- i + 2 }
  else if (a %in% c("-o", "--output")) { out_path <- args[[i + 1]]; i <- i + 2 }
  else if (a == "--field") { field <- args[[i + 1]]; i <- i + 2 }
  else if (a %in% c("-h", "--help")) usage()
  else if (is.null(input)) { input <- a; i <- i + 1 }
  else usage()
}
if (is.null(dic_path) || is.null(input)) usage()

normalize <- function(x) gsub("\u2019", "'", tolower(x), fixed = TRUE)

# --- LIWC .dic ---------------------------------------------------------
read_dic <- function(path) {
  lines <- read_lines(path)
  pct <- which(trimws(lines) == "%")
  if (length(pct) < 2) stop(path, ": expected a %...% category block")
  hdr <- trimws(lines[(pct[1] + 1):(pct[2] - 1)])
  hdr <- hdr[nzchar(hdr)]
  hdr_num <- sub("^(\\S+)\\s+.*$", "\\1", hdr)
  hdr_name <- trimws(sub("^\\S+\\s+", "", hdr))
  body <- lines[-seq_len(pct[2])]
  body <- body[nzchar(trimws(body))]
  parts <- strsplit(body, "\t", fixed = TRUE)
  entry <- normalize(trimws(vapply(parts, `[`, "", 1)))
  nums <- lapply(parts, function(p) unlist(strsplit(trimws(p[-1]), "\\s+")))
  nums <- lapply(nums, function(n) n[nzchar(n)])
  cat_idx <- match(unlist(nums), hdr_num)
  if (anyNA(cat_idx)) stop(path, ": entry with an unknown category number")
  list(names = hdr_name,
       entries = tibble(entry = rep(entry, lengths(nums)), cat = cat_idx))
}

dic <- read_dic(dic_path)

# --- documents ---------------------------------------------------------
if (dir.exists(input)) {
  files <- sort(list.files(input, pattern = "\\.txt$", recursive = TRUE,
                           full.names = TRUE))
  docs <- tibble(id = sub("\\.txt$", "", basename(files)),
                 text = vapply(files, read_file, character(1),
                               USE.NAMES = FALSE))
} else {
  raw <- stream_in(file(input), verbose = FALSE)
  docs <- tibble(id = as.character(raw$id), text = as.character(raw[[field]]))
  rm(raw)
}
docs$text[is.na(docs$text)] <- ""
docs$text <- gsub("\u2019", "'", docs$text, fixed = TRUE)

# --- tokens --------------------------------------------------------------
words <- docs %>% select(id, text) %>% unnest_tokens(word, text)
docs$text <- NULL
tokens <- words %>% count(id, name = "tokens")

# --- dictionary expanded on the corpus vocabulary ------------------------
vocab <- unique(words$word)
expand <- function(pattern) {
  if (endsWith(pattern, "*")) {
    vocab[startsWith(vocab, substr(pattern, 1, nchar(pattern) - 1))]
  } else pattern
}
single <- dic$entries %>% filter(!grepl(" ", entry, fixed = TRUE))
word_cats <- bind_rows(lapply(seq_len(nrow(single)), function(k) {
  w <- expand(single$entry[k])
  tibble(word = w, cat = rep(single$cat[k], length(w)))
})) %>% distinct()

phr <- dic$entries %>% filter(grepl(" ", entry, fixed = TRUE))
phrase_cats <- bind_rows(lapply(seq_len(nrow(phr)), function(k) {
  p <- strsplit(phr$entry[k], " ", fixed = TRUE)[[1]]
  if (length(p) != 2) stop("only one- and two-word entries are supported")
  g <- expand.grid(word = expand(p[1]), next_word = expand(p[2]),
                   stringsAsFactors = FALSE)
  tibble(word = g$word, next_word = g$next_word, cat = rep(phr$cat[k], nrow(g)))
})) %>% distinct()

# --- counts ----------------------------------------------------------------
word_hits <- words %>% inner_join(word_cats, by = "word") %>% count(id, cat)

n <- nrow(words)
bigrams <- if (n > 1) {
  tibble(id = words$id[-n], word = words$word[-n],
         next_word = words$word[-1]) %>% filter(id == words$id[-1])
} else tibble(id = character(), word = character(), next_word = character())
rm(words)
phrase_hits <- bigrams %>%
  inner_join(phrase_cats, by = c("word", "next_word")) %>% count(id, cat)
rm(bigrams)

hits <- bind_rows(word_hits, phrase_hits) %>%
  group_by(id, cat) %>% summarise(n = sum(n), .groups = "drop")

# --- wide table, one row per document -------------------------------------
m <- matrix(0L, nrow = nrow(docs), ncol = length(dic$names),
            dimnames = list(NULL, dic$names))
m[cbind(match(hits$id, docs$id), hits$cat)] <- as.integer(hits$n)
ntok <- tokens$tokens[match(docs$id, tokens$id)]
ntok[is.na(ntok)] <- 0L
out <- bind_cols(tibble(id = docs$id, tokens = ntok), as_tibble(m))

if (out_path == "-") {
  cat(format_csv(out))
} else {
  write_csv(out, out_path)
}
