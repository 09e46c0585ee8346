#!/usr/bin/env bash
# Rebuilds the built-in English news IDF model, lib/src/tfidf/en-news.idf.
#
#   scripts/build_idf_model.sh DATA_DIR [PRECIS_IDF]
#
# DATA_DIR is the shared data folder (../shared/data); the model counts the
# bbc-dev ARTICLES (business, entertainment, politics; 1,313 documents, the
# headline line included), never the summaries, and never realsumm (the other
# evaluation set). Only hashed term ids and their document frequencies go into
# the model, no text. Terms seen in a single document are dropped (--min-df 2)
# to keep the model small: the summarizer gives unknown terms the largest IDF,
# which is what a df of 1 would give them anyway.
# PRECIS_IDF defaults to the newest build/*/apps/idf/precis-idf.
set -euo pipefail
data=${1:?usage: $0 DATA_DIR [PRECIS_IDF]}
root=$(cd "$(dirname "$0")/.." && pwd)
idf=${2:-$(ls -t "$root"/build/*/apps/idf/precis-idf 2>/dev/null | head -n 1)}
[[ -x "$idf" ]] || { echo "$0: precis-idf not found; build it first" >&2; exit 2; }
articles=("$data"/bbc-dev/articles/*/*.txt)
[[ -e "${articles[0]}" ]] || { echo "$0: no articles under $data/bbc-dev/articles" >&2; exit 1; }
"$idf" --lang en --min-df 2 -o "$root/lib/src/tfidf/en-news.idf" "${articles[@]}"
head -n 9 "$root/lib/src/tfidf/en-news.idf"
