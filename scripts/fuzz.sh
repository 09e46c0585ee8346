#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for SECONDS (default
# 60), seeded from corpus/. Crashes are written to build/fuzz/findings/<target>/.
set -euo pipefail
seconds="${1:-60}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh" --fuzz
cd "$root"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
for fuzzer in build/fuzz/fuzz/precis_fuzz_*; do
  name="$(basename "$fuzzer")"
  work="build/fuzz/findings/$name"
  mkdir -p "$work/corpus"
  cp corpus/*.txt "$work/corpus/" 2>/dev/null || true
  [[ -d "fuzz/seeds/${name#precis_fuzz_}" ]] && cp fuzz/seeds/"${name#precis_fuzz_}"/* "$work/corpus/"
  # The differential segmentation target compares against ICU, which is slow
  # on long inputs; short ones reach every rule and run many times faster.
  max_len=65536
  [[ $name == precis_fuzz_segmentation ]] && max_len=4096
  echo "== $name for ${seconds}s"
  "$fuzzer" -max_total_time="$seconds" -max_len="$max_len" -rss_limit_mb=4096 \
    -artifact_prefix="$work/" "$work/corpus" 2>&1 | tail -3
done
