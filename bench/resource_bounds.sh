#!/usr/bin/env bash
# Resource bounds and determinism of the precis apps (docs/reliability.md):
#  1. peak RSS (/usr/bin/time -v) of precis-summarize and precis-compare on a
#     100 MB input, as one document and as 100 MB of JSONL articles, with
#     the ratio to the input size;
#  2. wall time of every app on one 100,000-word sentence, on a document
#     of 100,000 tiny sentences and on one word repeated 1,000,000 times
#     (no quadratic blow-up);
#  3. determinism: the same input and flags give byte-identical output
#     across runs, and across --threads 1/2 for sketch and dedup.
#
#   bench/resource_bounds.sh [BUILD_DIR] [MEGABYTES]
#
# Inputs are generated deterministically from the words of the shipped
# corpus (no third-party text). Prints a report on stdout; exits 1 when a
# determinism check fails.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(dirname "$here")
build=${1:-$source_dir/build/release}
megabytes=${2:-100}
apps=(split summarize idf compare rouge sketch dedup)
for app in "${apps[@]}"; do
  [[ -x $build/apps/$app/precis-$app ]] || {
    echo "no $build/apps/$app/precis-$app (build the apps first)" >&2
    exit 2
  }
done
[[ -x /usr/bin/time ]] || { echo "needs GNU time at /usr/bin/time" >&2; exit 2; }
bin() { echo "$build/apps/$1/precis-$1"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$source_dir/corpus" "$megabytes" "$work" <<'PY'
import json, os, random, sys
corpus, megabytes, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
words = []
for name in sorted(os.listdir(corpus)):
    if name.endswith(".txt") and (name.startswith("en-") or name.startswith("000_")):
        words += open(os.path.join(corpus, name), encoding="utf-8").read().split()
words = [w.rstrip(".?!,;:") or "and" for w in words]
rng = random.Random(7)

def sentence():
    s = " ".join(rng.choice(words) for _ in range(rng.randint(12, 30)))
    return s[0].upper() + s[1:] + "."

size = megabytes << 20
# One document: paragraphs of 4 sentences; a quarter-size one shows how
# memory scales.
for name, limit in (("big.txt", size), ("quarter.txt", size // 4)):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        total = 0
        while total < limit:
            p = " ".join(sentence() for _ in range(4)) + "\n\n"
            f.write(p)
            total += len(p.encode())
# The same volume as JSONL articles of about 3 KB.
with open(os.path.join(out, "big.jsonl"), "w", encoding="utf-8") as f:
    total, i = 0, 0
    while total < size:
        text = "\n\n".join(" ".join(sentence() for _ in range(4)) for _ in range(5))
        line = json.dumps({"id": "a%d" % i, "text": text}) + "\n"
        f.write(line)
        total += len(line.encode())
        i += 1
# A small article to compare the big one with.
with open(os.path.join(out, "small.txt"), "w", encoding="utf-8") as f:
    f.write(" ".join(sentence() for _ in range(20)) + "\n")
# One sentence of 100,000 words; 100,000 tiny sentences.
with open(os.path.join(out, "long_sentence.txt"), "w") as f:
    f.write(" ".join(rng.choice(words) for _ in range(100000)) + ".\n")
with open(os.path.join(out, "tiny_sentences.txt"), "w") as f:
    f.write(" ".join(rng.choice(words).capitalize() + "." for _ in range(100000)) + "\n")
# One word a million times: every shingle the same (repetitive scraper junk).
with open(os.path.join(out, "repeated_word.txt"), "w") as f:
    f.write("word " * 1000000 + "end.\n")
# 2,000 articles with planted near-duplicates, for determinism.
with open(os.path.join(out, "articles.jsonl"), "w", encoding="utf-8") as f:
    base = [" ".join(sentence() for _ in range(10)) for _ in range(1000)]
    for i, text in enumerate(base):
        f.write(json.dumps({"id": "d%d" % i, "text": text}) + "\n")
        if i % 2 == 0:
            edited = text.replace(" the ", " a ", 2)
            f.write(json.dumps({"id": "d%d-copy" % i, "text": edited}) + "\n")
PY

input_mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", b / 1048576 }'; }

# measure LABEL CMD...: wall seconds and peak RSS of one run (output discarded).
measure() {
  local label=$1
  shift
  local log=$work/time.log
  local status=0
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || status=$?
  local rss seconds
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$log")
  printf '%-58s %10s  %8.1f MiB  exit %d\n' "$label" "$seconds" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "$status"
  last_rss_kib=$rss
}

echo "== 1. peak memory on ${megabytes} MiB inputs (wall time, peak RSS, exit status)"
big=$work/big.txt
jsonl=$work/big.jsonl
echo "inputs: big.txt $(input_mb "$big") MiB (one document), big.jsonl $(input_mb "$jsonl") MiB ($(wc -l <"$jsonl") articles)"
ratio() { awk -v r="$last_rss_kib" -v b="$(stat -c %s "$1")" 'BEGIN { printf "   -> peak RSS / input size = %.2f\n", r * 1024 / b }'; }
quarter=$work/quarter.txt
measure "summarize quarter.txt (one $(input_mb "$quarter") MiB document)" "$(bin summarize)" -q "$quarter"; ratio "$quarter"
measure "summarize big.txt (one $(input_mb "$big") MiB document)" "$(bin summarize)" -q "$big"; ratio "$big"
measure "summarize --jsonl big.jsonl ($(input_mb "$jsonl") MiB of articles)" "$(bin summarize)" -q --jsonl --format jsonl "$jsonl"; ratio "$jsonl"
measure "compare quarter.txt small.txt" "$(bin compare)" -q "$quarter" "$work/small.txt"; ratio "$quarter"
measure "compare big.txt small.txt" "$(bin compare)" -q "$big" "$work/small.txt"; ratio "$big"
measure "compare big.txt big.txt" "$(bin compare)" -q --no-passages "$big" "$big"; ratio "$big"
measure "compare --jsonl big.jsonl (first article vs each)" "$(bin compare)" -q --jsonl --format tsv "$jsonl"; ratio "$jsonl"

echo
echo "== 2. one 100,000-word sentence / 100,000 tiny sentences / one word 1,000,000 times"
echo "   (wall time, peak RSS, exit status)"
for input in long_sentence tiny_sentences repeated_word; do
  file=$work/$input.txt
  measure "split $input" "$(bin split)" "$file"
  for method in tfidf centroid textrank lexrank lead; do
    measure "summarize --method $method $input" timeout 600 "$(bin summarize)" -q --method "$method" "$file"
  done
  measure "idf $input" "$(bin idf)" -q -o "$work/m.idf" "$file"
  measure "compare $input $input" "$(bin compare)" -q "$file" "$file"
  measure "rouge $input (default measures: refused over 256 KiB)" "$(bin rouge)" -q "$file" "$file"
  measure "rouge --measures 1,2,SU4 $input" "$(bin rouge)" -q --measures 1,2,SU4 "$file" "$file"
  measure "sketch $input" "$(bin sketch)" -q "$file"
  measure "dedup $input $input" "$(bin dedup)" -q "$file" "$file"
done

echo
echo "== 3. determinism (sha256 of stdout)"
failures=0
same() {
  local label=$1 first=$2 second=$3
  if cmp -s "$first" "$second"; then
    printf '%-58s identical (%s)\n' "$label" "$(sha256sum <"$first" | cut -c1-16)"
  else
    printf '%-58s DIFFERENT\n' "$label"
    failures=$((failures + 1))
  fi
}
articles=$work/articles.jsonl
twice() {
  local label=$1
  shift
  "$@" >"$work/run1" 2>/dev/null || true
  "$@" >"$work/run2" 2>/dev/null || true
  same "$label: two runs" "$work/run1" "$work/run2"
}
twice "split --format jsonl" "$(bin split)" --jsonl --format jsonl "$articles"
for method in tfidf centroid textrank lexrank lead; do
  twice "summarize --method $method" "$(bin summarize)" --jsonl --format jsonl --keywords 5 --method "$method" "$articles"
done
"$(bin idf)" -q --jsonl -o "$work/m1.idf" "$articles"
"$(bin idf)" -q --jsonl -o "$work/m2.idf" "$articles"
same "idf model file: two runs" "$work/m1.idf" "$work/m2.idf"
twice "compare --jsonl --estimate" "$(bin compare)" --jsonl --format jsonl --estimate "$articles"
python3 - "$articles" "$work/rouge.jsonl" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
with open(sys.argv[2], "w") as f:
    for a, b in zip(rows, rows[1:]):
        f.write(json.dumps({"id": a["id"], "candidate": a["text"], "references": [b["text"]]}) + "\n")
PY
twice "rouge --jsonl --per-doc (bootstrap)" "$(bin rouge)" --jsonl --per-doc --format jsonl "$work/rouge.jsonl"
for threads in 1 2; do
  "$(bin sketch)" --jsonl --threads "$threads" "$articles" >"$work/sketch.$threads"
  "$(bin dedup)" -q --jsonl --threads "$threads" --output clusters --format jsonl "$articles" >"$work/dedup.$threads"
  "$(bin dedup)" -q --jsonl --threads "$threads" --output unique --format jsonl "$articles" >"$work/unique.$threads"
done
twice "sketch --threads 2" "$(bin sketch)" --jsonl --threads 2 "$articles"
same "sketch: --threads 1 vs 2" "$work/sketch.1" "$work/sketch.2"
twice "dedup --output clusters --threads 2" "$(bin dedup)" -q --jsonl --threads 2 --output clusters --format jsonl "$articles"
same "dedup --output clusters: --threads 1 vs 2" "$work/dedup.1" "$work/dedup.2"
same "dedup --output unique: --threads 1 vs 2" "$work/unique.1" "$work/unique.2"
echo "dedup found $(wc -l <"$work/dedup.1") cluster lines, kept $(wc -l <"$work/unique.1") of $(wc -l <"$articles") articles"
[[ $failures -eq 0 ]] || { echo "$failures determinism checks failed" >&2; exit 1; }
