#!/usr/bin/env bash
# CI check: build the Debian package from the release build and prove it
# usable without installing it on this machine.
#   scripts/check-deb.sh [OUTDIR]     (default: build/release/packages)
# 1. cpack -G DEB in build/release (built first if needed);
# 2. dpkg-deb -I: name, version, architecture, maintainer, section, description,
#    and a Depends that names the shared-library packages the binaries link;
# 3. dpkg-deb -c: apps, library, man pages, bash completion, copyright;
# 4. dpkg -x into a scratch root: precis --help and a summary run from there
#    (output identical to the build tree's), its RUNPATHs checked, its man
#    pages and completion checked by the same scripts as an install's;
# 5. apt-get install --simulate ./precis_*.deb: the Depends resolve here.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build/release"
out="${1:-$build/packages}"
"$root/scripts/install-deps.sh" --package
"$root/scripts/build.sh" release

fail() { echo "check-deb: FAIL: $*" >&2; exit 1; }
rm -rf "$out" && mkdir -p "$out"
(cd "$build" && cpack -G DEB -B "$out") >&2
debs=("$out"/precis_*.deb)
[[ ${#debs[@]} == 1 && -f "${debs[0]}" ]] || fail "expected one precis_*.deb in $out"
deb="${debs[0]}"
echo "check-deb: built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)" >&2

# Control fields.
info="$(dpkg-deb -I "$deb")"
echo "$info" >&2
field() { dpkg-deb -f "$deb" "$1"; }
[[ "$(field Package)" == precis ]] || fail "Package is '$(field Package)'"
[[ "$(field Architecture)" == "$(dpkg --print-architecture)" ]] || fail "Architecture"
[[ -n "$(field Version)" ]] || fail "no Version"
[[ "$(field Maintainer)" == *"<"*"@"*">" ]] || fail "Maintainer '$(field Maintainer)'"
[[ "$(field Section)" == text ]] || fail "Section '$(field Section)'"
[[ "$(field Description)" == *summariz* ]] || fail "Description"
depends="$(field Depends)"
for lib in libc6 libstdc++6 libicu72 libxxhash0 libstemmer0d libsimdjson14 \
           libboost-program-options1.74.0; do
  [[ ", $depends," == *", $lib "* || ", $depends," == *", $lib,"* ]] ||
    fail "Depends lacks $lib: $depends"
done

# Contents.
contents="$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|')"
verbs=(split summarize idf compare rouge sketch dedup)
want=(/usr/bin/precis /usr/share/man/man1/precis.1
      /usr/share/bash-completion/completions/precis /usr/share/doc/precis/copyright
      /usr/include/precis/core/status.h /usr/lib/cmake/precis/precisConfig.cmake)
for verb in "${verbs[@]}"; do
  want+=("/usr/bin/precis-$verb" "/usr/share/man/man1/precis-$verb.1"
         "/usr/share/bash-completion/completions/precis-$verb")
done
for path in "${want[@]}"; do
  grep -qxF -- "$path" <<<"$contents" || fail "the package lacks $path"
done
grep -qE '^/usr/lib/(.*/)?libprecis\.so\.[0-9]+$' <<<"$contents" || fail "the package lacks libprecis.so.N"
if grep -E '^/(build|work|home|root|tmp)/' <<<"$contents"; then fail "paths outside /usr"; fi

# Unpacked into a scratch root, it runs from there.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
dpkg -x "$deb" "$scratch/root"
prefix="$scratch/root/usr"
help="$("$prefix/bin/precis" --help)" || fail "precis --help from the package exited $?"
grep -q '^  summarize ' <<<"$help" || fail "precis --help from the package lists no summarize"
article="$root/corpus/000_7607a87248a232cc.txt"
(cd "$scratch" && env -u LD_LIBRARY_PATH "$prefix/bin/precis" summarize -n 3 "$article") >"$scratch/summary"
"$build/apps/precis" summarize -n 3 "$article" >"$scratch/expected"
[[ -s "$scratch/summary" ]] || fail "empty summary from the package"
cmp -s "$scratch/summary" "$scratch/expected" || fail "the package's summary differs from the build's"
echo "check-deb: precis summarize from the unpacked package:" >&2
cat "$scratch/summary" >&2
# Its libprecis is the one it loads, not the build tree's or a system copy.
loaded="$(LD_DEBUG=libs "$prefix/bin/precis-summarize" --version 2>&1 >/dev/null |
          sed -n 's/.*calling init: \(.*libprecis[^ ]*\)$/\1/p' | head -1)"
[[ "$(realpath "$loaded")" == "$(realpath "$scratch")"/* ]] || fail "precis-summarize loaded libprecis from '$loaded'"

python3 "$root/tests/install/check_runpath.py" --installed --plant-test "$prefix" >&2
bash "$root/tests/install/check_man_pages.sh" "$prefix" >&2
bash "$root/tests/install/check_completion.sh" "$prefix" >&2

# Its Depends resolve against this system's package archive.
simulation="$(apt-get install --simulate --no-install-recommends "$deb" 2>&1)" ||
  { echo "$simulation" >&2; fail "apt-get install --simulate $deb"; }
grep -q '^Inst precis ' <<<"$simulation" || { echo "$simulation" >&2; fail "apt-get would not install precis"; }
echo "check-deb: ok: $(basename "$deb"); Depends: $depends" >&2
