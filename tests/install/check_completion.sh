#!/usr/bin/env bash
# The installed bash completion loads and completes verbs, options and files,
# for `precis <verb>` and for `precis-<verb>` alike.
#   check_completion.sh PREFIX
set -uo pipefail
prefix="$1"
dir="$prefix/share/bash-completion/completions"
failures=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

# bash-completion loads completions/<command> on first use: one file per program.
for program in "$prefix"/bin/precis*; do
  name="$(basename "$program")"
  [[ -r "$dir/$name" ]] || fail "no completion file $dir/$name"
done

# shellcheck source=/dev/null
source "$dir/precis" || fail "sourcing $dir/precis"
for name in precis precis-summarize precis-compare; do
  spec="$(complete -p "$name" 2>&1)" || fail "complete -p $name: $spec"
  [[ "$spec" == *"-F _precis"* ]] || fail "complete -p $name: '$spec'"
done

# complete WORD... : COMPREPLY for the last word, one per line, sorted.
complete_words() {
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMP_LINE="${COMP_WORDS[*]}"
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _precis "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  printf '%s\n' "${COMPREPLY[@]}" | sort
}
expect() {  # expect "WANTED (one per line)" WORD...
  local want="$1"; shift
  local got; got="$(complete_words "$@")"
  if [[ "$got" == "$want" ]]; then
    echo "ok   '$*' -> $(tr '\n' ' ' <<<"$got")"
  else
    fail "'$*': wanted [$(tr '\n' ' ' <<<"$want")] got [$(tr '\n' ' ' <<<"$got")]"
  fi
}

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cd "$scratch" && touch article.txt art-b.txt

expect "summarize" precis summ
expect "$(printf 'search\nsketch\nsplit\nsummarize')" precis s
expect "--sentences" precis summarize --sent
expect "--min-containment" precis-compare --min-c
expect "$(printf -- '--min-containment\n--min-jaccard\n--min-passage')" precis compare --min-
expect "--shingle-size" precis-dedup --shingle-si
expect "$(printf 'art-b.txt\narticle.txt')" precis summarize -n 3 art
expect "article.txt" precis-split articl
expect "" precis split -- --jso          # after --, only files
expect "--jsonl" precis split --format text --js
# Every verb precis --help lists completes, with --help among its options.
for verb in $("$prefix/bin/precis" --help | sed -n '/^Verbs:/,/^$/s/^  \([a-z]*\) .*/\1/p'); do
  expect "$verb" precis "$verb"
  expect "--help" precis "$verb" --hel
  expect "--help" "precis-$verb" --hel
done
exit $((failures > 0))
