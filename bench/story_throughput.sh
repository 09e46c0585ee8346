#!/usr/bin/env bash
# Story summaries (precis-summarize --story), end to end:
#   1. one 10-article story, files in, text out, process start included:
#      mean wall and CPU time of 21 runs;
#   2. a JSONL stream of 10,000 stories grouped by key (--group-by story),
#      one thread: stories per second of CPU time, and peak memory;
#   3. the same articles as single-article summaries, as the baseline of the
#      same run (articles per second).
#
#   bench/story_throughput.sh [BUILD_DIR] [DATA_DIR] [ARTICLES_PER_STORY]
#
# With DATA_DIR (../shared/data) the stories are the duc2004-dev clusters
# (read at run time, never copied into the repository), cut or repeated to
# ARTICLES_PER_STORY articles (default 10); without it, the English articles of
# corpus/. Either way the stories are repeated to 10,000 with distinct keys.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$(dirname "$(dirname "$(dirname "$(ls -t "$root"/build/*/apps/summarize/precis-summarize | head -n 1)")")")}
data=${2:-}
per_story=${3:-10}
bin="$build/apps/summarize/precis-summarize"
[[ -x "$bin" ]] || { echo "$0: $bin not found" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$root" "$data" "$work" "$per_story" <<'PY'
import glob, json, os, re, sys
root, data, work, per_story = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
stories = []
duc = os.path.join(data, "duc2004-dev") if data else ""
if duc and os.path.isdir(duc):
    for cluster in sorted(os.listdir(duc)):
        docs = os.path.join(duc, cluster, "docs")
        names = sorted((f for f in os.listdir(docs) if re.fullmatch(r"C[0-9]+", f)),
                       key=lambda f: int(f[1:]))
        stories.append([open(os.path.join(docs, f), encoding="utf-8", errors="replace").read()
                        for f in names])
else:
    texts = [open(f, encoding="utf-8").read()
             for f in sorted(glob.glob(os.path.join(root, "corpus", "en-*.txt")))]
    stories = [texts[i:] + texts[:i] for i in range(len(texts))]
stories = [(s * per_story)[:per_story] for s in stories]
os.makedirs(os.path.join(work, "one"))
for i, text in enumerate(stories[0]):
    with open(os.path.join(work, "one", f"a{i:02d}.txt"), "w", encoding="utf-8") as f:
        f.write(text)
with open(os.path.join(work, "stream.jsonl"), "w", encoding="utf-8") as f:
    for k in range(10000):
        for i, text in enumerate(stories[k % len(stories)]):
            f.write(json.dumps({"id": f"{k}-{i}", "story": f"s{k}", "text": text}) + "\n")
PY

echo "== one story of $per_story articles: 21 runs, process start included"
# One process takes about 10 ms, under time(1)'s hundredth of a second: the
# 21 runs are timed together, and the mean reported.
/usr/bin/time -f "%e %U %S" -o "$work/one.time" bash -c \
  'for i in $(seq 21); do "$1" --story --bytes 665 "$2"/one/*.txt > /dev/null; done' _ "$bin" "$work"
awk '{printf "  %.1f ms wall, %.1f ms CPU per story (means; wall depends on the machine'"'"'s load)\n",
      $1 * 1000 / 21, ($2 + $3) * 1000 / 21}' "$work/one.time"

records=$(wc -l < "$work/stream.jsonl")
echo "== 10,000 stories ($records articles) grouped by key, one thread"
/usr/bin/time -f "%U %S %M" "$bin" --jsonl --group-by story --bytes 665 --format jsonl --quiet \
  "$work/stream.jsonl" 2> "$work/story.time" > "$work/story.out"
read -r user sys rss < <(tail -n 1 "$work/story.time")
awk -v u="$user" -v s="$sys" -v m="$rss" -v n=10000 -v r="$records" 'BEGIN {
  t = u + s; printf "  %.2f s CPU: %.0f stories/s, %.0f articles/s; peak %.0f MiB\n", t, n / t, r / t, m / 1024 }'
[[ $(wc -l < "$work/story.out") -eq 10000 ]] || { echo "$0: expected 10000 story records" >&2; exit 1; }

echo "== baseline, same run: the same articles summarized one by one"
/usr/bin/time -f "%U %S %M" "$bin" --jsonl --bytes 665 --format jsonl --quiet \
  "$work/stream.jsonl" 2> "$work/single.time" > /dev/null
read -r user2 sys2 rss2 < <(tail -n 1 "$work/single.time")
awk -v u="$user2" -v s="$sys2" -v m="$rss2" -v r="$records" -v t1="$user $sys" 'BEGIN {
  t = u + s; split(t1, a, " "); printf "  %.2f s CPU: %.0f articles/s; peak %.0f MiB; story/single CPU ratio %.2f\n", t, r / t, m / 1024, (a[1] + a[2]) / t }'
