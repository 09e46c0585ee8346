#!/usr/bin/env bash
# The main job on the shipped corpus: install what is missing, build, then
# summarize the sample article to 3 sentences and compare two versions of one story.
#
# stdout carries only the two results (and their headings); installing and
# building report on stderr.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/build.sh" release >&2
apps="$root/build/release/apps"

echo "== precis summarize -n 3 corpus/000_7607a87248a232cc.txt"
"$apps/precis" summarize -n 3 "$root/corpus/000_7607a87248a232cc.txt"
if [[ -x "$apps/compare/precis-compare" ]]; then
  echo
  echo "== precis compare corpus/en-council-budget-a.txt corpus/en-council-budget-b.txt"
  "$apps/precis" compare "$root/corpus/en-council-budget-a.txt" "$root/corpus/en-council-budget-b.txt"
fi
