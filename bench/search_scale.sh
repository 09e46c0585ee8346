#!/usr/bin/env bash
# Scale benchmark of precis-search on generated news-sized articles.
#
#   bench/search_scale.sh BUILD_DIR WORK_DIR [COUNT...]      (default counts: 10000 100000)
#
# For each COUNT, makes WORK_DIR/news-COUNT.jsonl with bench/make_near_duplicates.py
# (corpus mode, as bench/dedup_scale.sh: articles made from corpus/ by heavy word
# substitution, ~3.8 KB each) unless it exists, then
#   - times `precis-search build` (wall and CPU seconds, articles/s, peak memory),
#   - makes 500 queries: paragraphs of 40-120 words cut from random articles with
#     3% of their words substituted (so each has a true source),
#   - runs them in one `precis-search query --stats` process and reports the index
#     load time, per-query median/p90 (warm: the same process, second pass), the
#     query process's peak memory, the index file size and its lookup tables,
#   - and counts the queries whose source article is ranked first.
# The machine's load average is printed with every figure: on a shared machine
# wall times depend on the neighbours, CPU times much less.
#
# With BASELINE=OTHER_BUILD_DIR (say, main's build), the build is also timed
# against that build's precis-search on the same input: ROUNDS (default 3)
# alternating runs each, for every --threads value in THREADS (default "0",
# e.g. "1 0"), printing the best wall and CPU seconds and the largest peak RSS
# of each and their ratios, and checking that both wrote the same bytes.
# BUILD_ARGS adds options to the new build's command (e.g. "--buffer-size 0").
set -euo pipefail

if (($# < 2)); then
  sed -n '2,26p' "$0" >&2
  exit 2
fi
build=$1
work=$2
shift 2
counts=("$@")
((${#counts[@]})) || counts=(10000 100000)
here=$(cd "$(dirname "$0")" && pwd)
search=$build/apps/search/precis-search
mkdir -p "$work"

for count in "${counts[@]}"; do
  input=$work/news-$count.jsonl
  if [[ ! -s $input ]]; then
    echo "generating $input" >&2
    python3 "$here/make_near_duplicates.py" corpus --dir "$here/../corpus" \
      --articles "$count" --out "$input"
  fi
  bytes=$(stat -L -c %s "$input")
  echo "== $count articles, $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB," \
    "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

  if [[ -n ${BASELINE:-} ]]; then
    for threads in ${THREADS:-0}; do
      for _ in $(seq "${ROUNDS:-3}"); do
        for which in baseline new; do
          bin=$search
          extra=${BUILD_ARGS:-}
          if [[ $which == baseline ]]; then
            bin=$BASELINE/apps/search/precis-search
            extra=
          fi
          rm -rf "$work/idx-$which"
          # shellcheck disable=SC2086  # BUILD_ARGS is a list of options
          /usr/bin/time -f '%e %U %S %M' -a -o "$work/build-$which-$threads.time" "$bin" \
            --index "$work/idx-$which" build --threads "$threads" $extra --jsonl -q "$input"
        done
      done
      cmp -s "$work/idx-baseline/precis-search.index" "$work/idx-new/precis-search.index" \
        && same="identical bytes" || same="DIFFERENT BYTES"
      awk -v n="$count" -v t="$threads" -v same="$same" '
        FNR == 1 { file++ }
        { cpu = $2 + $3
          if (!(file in wall) || $1 < wall[file]) wall[file] = $1
          if (!(file in cpus) || cpu < cpus[file]) cpus[file] = cpu
          if ($4 > peak[file]) peak[file] = $4 }
        END {
          printf "build --threads %s, best of each: baseline %.2f s wall, %.2f CPU s, peak %.0f MiB; new %.2f s wall (%.0f articles/s), %.2f CPU s, peak %.0f MiB; new/baseline wall %.2f, CPU %.2f, peak %.2f; %s\n",
                 t, wall[1], cpus[1], peak[1] / 1024, wall[2], n / wall[2], cpus[2], peak[2] / 1024,
                 wall[2] / wall[1], cpus[2] / cpus[1], peak[2] / peak[1], same }' \
        "$work/build-baseline-$threads.time" "$work/build-new-$threads.time"
      rm -f "$work/build-baseline-$threads.time" "$work/build-new-$threads.time"
    done
    echo "  load $(cut -d' ' -f1-3 /proc/loadavg)"
  fi

  index=$work/idx-$count
  rm -rf "$index"
  /usr/bin/time -f '%e %M %U %S' -o "$work/build.time" "$search" --index "$index" build \
    --jsonl -q "$input"
  read -r seconds kib user sys < "$work/build.time"
  awk -v n="$count" -v s="$seconds" -v k="$kib" -v u="$user" -v y="$sys" 'BEGIN {
    printf "build: %.1f s wall, %.1f CPU s; %.0f articles/s wall, %.0f articles per CPU second, peak %.0f MiB\n",
           s, u + y, n / s, n / (u + y), k / 1024 }'
  echo "  index file: $(du -m "$index/precis-search.index" | cut -f1) MiB"

  queries=$work/queries-$count.jsonl
  python3 - "$input" "$queries" <<'PY'
import json, random, sys
rng = random.Random(15)
# A reservoir of 2000 lines, so a 1M-line input is not held in memory.
sample = []
with open(sys.argv[1]) as f:
    for n, line in enumerate(f):
        if len(sample) < 2000:
            sample.append(line)
        elif rng.randrange(n + 1) < 2000:
            sample[rng.randrange(2000)] = line
with open(sys.argv[2], "w") as out:
    for q in range(500):
        record = json.loads(rng.choice(sample))
        words = record["text"].split()
        start = rng.randrange(max(1, len(words) - 120))
        quote = words[start:start + rng.randint(40, 120)]
        for i in range(len(quote)):
            if rng.random() < 0.03:
                quote[i] = rng.choice(words)
        out.write(json.dumps({"id": "q%d:%s" % (q, record["id"]), "text": " ".join(quote)}) + "\n")
PY
  # Two passes over the queries in one process: the second is warm.
  cat "$queries" "$queries" > "$work/queries2.jsonl"
  /usr/bin/time -f '%e %M' -o "$work/query.time" "$search" --index "$index" query --jsonl \
    --format tsv --stats "$work/queries2.jsonl" > "$work/answers-$count.tsv" 2> "$work/query.log" \
    || true
  read -r qseconds qkib < "$work/query.time"
  sed 's/^/  /' "$work/query.log"
  echo "  query process: $qseconds s for 1000 queries (2 passes), peak RSS $((qkib / 1024)) MiB," \
    "load $(cut -d' ' -f1-3 /proc/loadavg)"
  # Warm median: the same run's second half alone.
  tail -n 500 "$work/queries2.jsonl" > "$work/queries-warm.jsonl"
  "$search" --index "$index" query --jsonl --format tsv --stats "$work/queries-warm.jsonl" \
    2>&1 > /dev/null | grep queries | sed 's/^/  warm (page cache hot): /' || true
  # The source, or its planted near-copy (id + "c"), first; the source found at all.
  awk -F'\t' '{ split($1, q, ":") }
    $2 == 1 && ($3 == q[2] || $3 == q[2] "c" || q[2] == $3 "c") { first[$1] = 1 }
    $3 == q[2] { found[$1] = 1 }
    END { printf "  queries (of 500, counted once) whose source or its copy ranks first: %d; source found: %d\n",
                 length(first), length(found) }' "$work/answers-$count.tsv"
done
