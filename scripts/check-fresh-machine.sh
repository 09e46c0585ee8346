#!/usr/bin/env bash
# CI check: the README's quick start on a "fresh machine", where every package
# looks missing and the package tools are chatty on stdout.
#
# Stand-ins for dpkg-query, apt-get, sudo and id go first on PATH:
#   dpkg-query  reports every package "not-installed" (and prints chatter);
#   apt-get     prints apt-like chatter on stdout, logs its arguments, exits 0
#               and installs nothing (the real packages are already here);
#   id -u       says 1000, so install-deps goes through sudo;
#   sudo        prints chatter on stdout and runs the command as is.
# Nothing here can install or remove a package: the stand-ins are the only
# apt-get, dpkg-query and sudo the quick start can reach by name.
#
# The quick start must succeed, really call the stand-in apt-get, and print
# on stdout exactly the summary and comparison that the apps print when run
# directly: no installer or build output. (This caught issue 11: apt's log,
# captured as "the build directory", made the apps' path "File name too long".)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
fake="$scratch/bin"
mkdir -p "$fake"

cat >"$fake/dpkg-query" <<'STUB'
#!/bin/sh
echo "dpkg-query chatter: looking at $*"
echo "unknown ok not-installed"
exit 1
STUB
cat >"$fake/apt-get" <<'STUB'
#!/bin/sh
echo "$*" >>"$FRESH_MACHINE_LOG"
echo "Reading package lists... Done"
echo "Building dependency tree... Done"
echo "apt-get chatter: pretending to run: apt-get $*"
i=0; while [ $i -lt 40 ]; do printf 'Get:%d http://deb.debian.org/debian bookworm/main amd64 package [1234 kB]\n' $i; i=$((i+1)); done
exit 0
STUB
cat >"$fake/sudo" <<'STUB'
#!/bin/sh
echo "sudo chatter: [sudo] running $*"
exec "$@"
STUB
cat >"$fake/id" <<'STUB'
#!/bin/sh
if [ "$1" = "-u" ]; then echo 1000; else exec /usr/bin/id "$@"; fi
STUB
chmod +x "$fake"/*
export FRESH_MACHINE_LOG="$scratch/apt-get.log"
: >"$FRESH_MACHINE_LOG"

# The stand-ins must be what the quick start finds.
for tool in dpkg-query apt-get sudo id; do
  [[ "$(PATH="$fake:$PATH" command -v "$tool")" == "$fake/$tool" ]] ||
    { echo "check-fresh-machine: stand-in $tool is not first on PATH" >&2; exit 1; }
done

echo "== scripts/quickstart.sh with every package missing and chatty package tools" >&2
status=0
PATH="$fake:$PATH" "$root/scripts/quickstart.sh" >"$scratch/stdout" 2>"$scratch/stderr" || status=$?
if ((status != 0)); then
  echo "check-fresh-machine: quickstart.sh exited $status; its stderr ends:" >&2
  tail -20 "$scratch/stderr" >&2
  exit 1
fi
if ! grep -q '^install ' "$FRESH_MACHINE_LOG"; then
  echo "check-fresh-machine: the stand-in apt-get was never asked to install; log:" >&2
  cat "$FRESH_MACHINE_LOG" >&2
  exit 1
fi

# What the quick start should print: the apps run directly, with its headings.
apps="$root/build/release/apps"
{
  echo "== precis summarize -n 3 corpus/000_7607a87248a232cc.txt"
  "$apps/precis" summarize -n 3 "$root/corpus/000_7607a87248a232cc.txt"
  echo
  echo "== precis compare corpus/en-council-budget-a.txt corpus/en-council-budget-b.txt"
  "$apps/precis" compare "$root/corpus/en-council-budget-a.txt" "$root/corpus/en-council-budget-b.txt"
} >"$scratch/expected"
if ! cmp -s "$scratch/expected" "$scratch/stdout"; then
  echo "check-fresh-machine: quickstart.sh stdout differs from the apps' own output:" >&2
  diff -u "$scratch/expected" "$scratch/stdout" | head -40 >&2
  exit 1
fi
# And the chatter went where it belongs.
grep -q 'apt-get chatter' "$scratch/stderr" ||
  { echo "check-fresh-machine: apt-get's chatter is missing from stderr" >&2; exit 1; }
echo "check-fresh-machine: ok ($(wc -l <"$scratch/stdout") lines on stdout, exactly the apps' output;" \
     "apt-get called as: $(tr '\n' ';' <"$FRESH_MACHINE_LOG"))" >&2
