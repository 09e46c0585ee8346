#!/usr/bin/env bash
# Every installed program has a man page in PREFIX/share/man/man1 that groff
# renders without a warning, naming the program, its synopsis and options.
#   check_man_pages.sh PREFIX
set -euo pipefail
prefix="$1"
export LC_ALL=C.UTF-8
failures=0
programs=("$prefix"/bin/precis*)
((${#programs[@]} >= 2)) || { echo "no programs in $prefix/bin"; exit 1; }
for program in "${programs[@]}"; do
  name="$(basename "$program")"
  page="$prefix/share/man/man1/$name.1"
  if [[ ! -f "$page" ]]; then
    echo "FAIL $name: no man page $page"; failures=$((failures + 1)); continue
  fi
  warnings="$(groff -man -Tutf8 -ww -z "$page" 2>&1)"
  # Plain text, whitespace runs (line breaks, justification) folded to one space.
  rendered="$(groff -man -Tascii -rHY=0 -rLL=200n -P-cbou "$page" 2>/dev/null | tr -s ' \n' '  ')"
  problems=()
  [[ -z "$warnings" ]] || problems+=("groff warns: $warnings")
  wants=("NAME" "$name - " "SYNOPSIS" "DESCRIPTION" "SEE ALSO")
  if [[ $name == precis ]]; then wants+=("Verbs" "summarize"); else wants+=("--help" "--version"); fi
  for want in "${wants[@]}"; do
    grep -qF -- "$want" <<<"$rendered" || problems+=("rendered page lacks '$want'")
  done
  if command -v man >/dev/null; then
    # man finds it by name in the installed tree, as after cmake --install.
    found="$(MANPATH="$prefix/share/man" man -w "$name" 2>&1)" || problems+=("man -w: $found")
    [[ "$found" == "$page" ]] || problems+=("man -w found '$found', not $page")
  fi
  if ((${#problems[@]})); then
    printf 'FAIL %s: %s\n' "$name" "${problems[@]}"; failures=$((failures + 1))
  else
    echo "ok   $name"
  fi
done
exit $((failures > 0))
