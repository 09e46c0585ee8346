#!/usr/bin/env bash
# End-to-end scale benchmark of precis-sketch and precis-dedup on generated
# news-sized articles with planted near-duplicates.
#
#   bench/dedup_scale.sh BUILD_DIR WORK_DIR [COUNT...]      (default counts: 100000 1000000)
#
# For each COUNT, makes WORK_DIR/news-COUNT.jsonl with bench/make_near_duplicates.py
# (corpus mode: articles made from corpus/ by heavy word substitution, 10% of
# them followed by a copy with 3% of words edited) unless it exists, then times
#   precis-sketch --jsonl               (sketch throughput: articles/s, MB/s)
#   precis-dedup --jsonl --output clusters   (end to end: seconds, peak memory)
# and counts how many planted copies landed in their original's cluster.
set -euo pipefail

if (($# < 2)); then
  sed -n '2,12p' "$0" >&2
  exit 2
fi
build=$1
work=$2
shift 2
counts=("$@")
((${#counts[@]})) || counts=(100000 1000000)
here=$(cd "$(dirname "$0")" && pwd)
sketch=$build/apps/sketch/precis-sketch
dedup=$build/apps/dedup/precis-dedup
mkdir -p "$work"

for count in "${counts[@]}"; do
  input=$work/news-$count.jsonl
  if [[ ! -s $input ]]; then
    echo "generating $input" >&2
    python3 "$here/make_near_duplicates.py" corpus --dir "$here/../corpus" \
      --articles "$count" --out "$input"
  fi
  bytes=$(stat -c %s "$input")
  mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
  echo "== $count articles, $mb MB ($(nproc) cores)"

  /usr/bin/time -f '%e %M %U %S' -o "$work/sketch.time" "$sketch" --jsonl "$input" > /dev/null
  read -r seconds kib user sys < "$work/sketch.time"
  # CPU seconds as well as wall time: on a shared machine the wall time
  # depends on the neighbours, the CPU time much less.
  awk -v n="$count" -v s="$seconds" -v b="$bytes" -v k="$kib" -v cpu="$(awk -v u="$user" -v y="$sys" 'BEGIN { print u + y }')" 'BEGIN {
    printf "precis-sketch: %.1f s wall, %.1f CPU s; %.0f articles/s, %.0f articles per CPU second, %.1f MB/s per CPU, peak %.0f MiB\n",
           s, cpu, n / s, n / cpu, b / 1e6 / cpu, k / 1024 }'

  /usr/bin/time -f '%e %M %U %S' -o "$work/dedup.time" "$dedup" --jsonl --output clusters \
    --format tsv "$input" > "$work/clusters-$count.tsv" 2> "$work/dedup-$count.log"
  read -r seconds kib user sys < "$work/dedup.time"
  awk -v n="$count" -v s="$seconds" -v b="$bytes" -v k="$kib" -v cpu="$(awk -v u="$user" -v y="$sys" 'BEGIN { print u + y }')" -v c="$(nproc)" 'BEGIN {
    printf "precis-dedup:  %.1f s wall, %.1f CPU s (%.1f s on %d idle cores), %.0f articles/s, peak %.0f MiB\n",
           s, cpu, cpu / c, c, n / s, k / 1024 }'
  sed 's/^/  /' "$work/dedup-$count.log"

  planted=$(grep -c '"id": "n[0-9]*c"' "$input" || true)
  found=$(awk -F'\t' '$3 ~ /c$/ && $2 == substr($3, 1, length($3) - 1)' \
    "$work/clusters-$count.tsv" | wc -l)
  echo "  planted copies: $planted, in their original's cluster: $found"
done
