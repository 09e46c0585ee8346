#!/usr/bin/env bash
# End-to-end summarizer speed: one process, one thread, built-in model,
# default method, JSONL in -> JSONL out; and the sample article's wall time
# including process start.
#
#   bench/summarize_throughput.sh [BUILD_DIR] [DATA_DIR]
#
# BUILD_DIR defaults to the newest build/* holding precis-summarize. With
# DATA_DIR (../shared/data) the input is the bbc-dev articles (read at run
# time, never copied into the repository); without it, the English articles in
# corpus/. Either way they are repeated to about 20,000 records.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$(dirname "$(dirname "$(dirname "$(ls -t "$root"/build/*/apps/summarize/precis-summarize | head -n 1)")")")}
data=${2:-}
bin="$build/apps/summarize/precis-summarize"
[[ -x "$bin" ]] || { echo "$0: $bin not found" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$root" "$data" "$work/in.jsonl" <<'PY'
import glob, json, os, sys
root, data, out = sys.argv[1], sys.argv[2], sys.argv[3]
if data and os.path.isdir(os.path.join(data, "bbc-dev")):
    files = sorted(glob.glob(os.path.join(data, "bbc-dev", "articles", "*", "*.txt")))
else:
    files = sorted(glob.glob(os.path.join(root, "corpus", "en-*.txt")) +
                   glob.glob(os.path.join(root, "corpus", "000_*.txt")))
texts = [open(f, encoding="utf-8", errors="replace").read() for f in files]
with open(out, "w", encoding="utf-8") as f:
    n = 0
    while n < 20000:
        for t in texts:
            f.write(json.dumps({"id": str(n), "text": t}, ensure_ascii=False) + "\n")
            n += 1
PY
records=$(wc -l < "$work/in.jsonl")
bytes=$(stat -c %s "$work/in.jsonl")
"$bin" --jsonl --format jsonl < "$work/in.jsonl" > /dev/null  # warm the page cache
# Wall time suffers on a loaded machine; CPU time (user + sys of the one
# thread) is the per-core figure.
python3 - "$bin" "$work/in.jsonl" "$work/out.jsonl" <<'PY'
import os, resource, subprocess, sys, time
bin, source, target = sys.argv[1], sys.argv[2], sys.argv[3]
records = sum(1 for _ in open(source, encoding="utf-8"))
nbytes = os.path.getsize(source)
before = resource.getrusage(resource.RUSAGE_CHILDREN)
start = time.perf_counter()
with open(source, "rb") as i, open(target, "wb") as o:
    subprocess.run([bin, "--jsonl", "--format", "jsonl"], stdin=i, stdout=o, check=True)
wall = time.perf_counter() - start
after = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
out = sum(1 for _ in open(target, encoding="utf-8"))
print(f"jsonl end to end: {records} articles ({nbytes / 1e6:.1f} MB) -> {out} records")
print(f"  cpu  {cpu:.2f} s: {records / cpu:,.0f} articles/s, {nbytes / 1e6 / cpu:.1f} MB/s per core")
print(f"  wall {wall:.2f} s: {records / wall:,.0f} articles/s, {nbytes / 1e6 / wall:.1f} MB/s "
      f"(load average {os.getloadavg()[0]:.1f})")
PY

sample="$root/corpus/000_7607a87248a232cc.txt"
python3 - "$bin" "$sample" <<'PY'
import statistics, subprocess, sys, time
bin, sample = sys.argv[1], sys.argv[2]
times = []
for _ in range(50):
    t = time.perf_counter()
    subprocess.run([bin, sample], stdout=subprocess.DEVNULL, check=True)
    times.append((time.perf_counter() - t) * 1000)
print(f"sample article, wall incl. process start: min {min(times):.1f} ms, "
      f"median {statistics.median(times):.1f} ms over 50 runs")
PY
