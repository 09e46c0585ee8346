#!/usr/bin/env bash
# End-to-end timing of precis-compare:
#  1. throughput (MB/s) comparing two large documents (analysis + shingling +
#     exact scores + passages + sentence coverage, one thread, process
#     start and file reading included);
#  2. wall time of comparing a pair of ~5 KB news articles, process start
#     included (mean over many runs), beside that of `precis-compare --version`
#     (process start alone) in the same run.
#
#   bench/compare_throughput.sh [BUILD_DIR] [MEGABYTES]
#
# The large inputs are generated deterministically from the words of the
# shipped corpus (no third-party text); B holds 3 sentences of A in every 40.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(dirname "$here")
build=${1:-$source_dir/build/release}
megabytes=${2:-8}
bin=$build/apps/compare/precis-compare
[[ -x $bin ]] || { echo "no $bin (build the precis-compare target first)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$source_dir/corpus" "$megabytes" "$work" <<'PY'
import os, random, sys
corpus, megabytes, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
words = []
for name in sorted(os.listdir(corpus)):
    if name.endswith(".txt") and (name.startswith("en-") or name.startswith("000_")):
        words += open(os.path.join(corpus, name), encoding="utf-8").read().split()
words = [w.rstrip(".?!") or "and" for w in words]

def sentences(seed, size):
    rng = random.Random(seed)
    total, result = 0, []
    while total < size:
        n = rng.randint(12, 30)
        s = " ".join(rng.choice(words) for _ in range(n))
        s = s[0].upper() + s[1:] + "."
        result.append(s)
        total += len(s.encode("utf-8")) + 1
    return result

size = megabytes << 20
a = sentences(1, size // 2)
b = sentences(2, size // 2)
mixed = []
for i, s in enumerate(b):
    mixed.append(s)
    if i % 40 == 20 and i + 3 < len(a):
        mixed += a[i:i + 3]

def write(path, sents):
    with open(path, "w", encoding="utf-8") as f:
        for i, s in enumerate(sents):
            f.write(s + ("\n\n" if i % 4 == 3 else " "))

write(os.path.join(out, "a.txt"), a)
write(os.path.join(out, "b.txt"), mixed)

# The 5 KB pair: two outlets' versions of the council story, each followed by
# the harbour-bridge story, so each file is about 5.5 KB.
def read(name):
    return open(os.path.join(corpus, name), encoding="utf-8").read()
with open(os.path.join(out, "pair-a.txt"), "w", encoding="utf-8") as f:
    f.write(read("en-council-budget-a.txt") + "\n\n" + read("en-harbour-bridge.txt"))
with open(os.path.join(out, "pair-b.txt"), "w", encoding="utf-8") as f:
    f.write(read("en-council-budget-b.txt") + "\n\n" + read("en-harbour-bridge.txt"))
PY

bytes=$(( $(stat -c %s "$work/a.txt") + $(stat -c %s "$work/b.txt") ))
best=""
for run in 1 2 3; do
  start=$(date +%s.%N)
  "$bin" --format tsv "$work/a.txt" "$work/b.txt" >"$work/out.tsv"
  end=$(date +%s.%N)
  seconds=$(echo "$end - $start" | bc -l)
  if [[ -z $best ]] || (( $(echo "$seconds < $best" | bc -l) )); then best=$seconds; fi
done
printf 'large pair: %.1f MB in %.3f s (best of 3) = %.1f MB/s   [%s]\n' \
  "$(echo "$bytes / 1048576" | bc -l)" "$best" "$(echo "$bytes / 1048576 / $best" | bc -l)" \
  "$(cut -f3,5,9 "$work/out.tsv" | tr '\t' ' ' | sed 's/^/containment_a jaccard passages = /')"

# Mean wall time per run of a command, over `runs` runs, in ms.
runs=200
mean_ms() {
  local start end
  start=$(date +%s.%N)
  for ((i = 0; i < runs; ++i)); do "$@" >/dev/null; done
  end=$(date +%s.%N)
  echo "($end - $start) * 1000 / $runs" | bc -l
}
# The baseline, in the same run: the same binary starting, loading its
# libraries and exiting without reading anything.
start_ms=$(mean_ms "$bin" --version)
pair_ms=$(mean_ms "$bin" "$work/pair-a.txt" "$work/pair-b.txt")
printf '5 KB pair (%d + %d bytes, text output): %.2f ms per run incl. process start (mean of %d); %s --version: %.2f ms (%.2fx)\n' \
  "$(stat -c %s "$work/pair-a.txt")" "$(stat -c %s "$work/pair-b.txt")" \
  "$pair_ms" "$runs" "$(basename "$bin")" "$start_ms" "$(echo "$pair_ms / $start_ms" | bc -l)"
