#!/usr/bin/env bash
# Installs the Debian packages precis needs to build and test, and only those
# that are missing, so a second run costs a dpkg query and nothing else.
#
#   scripts/install-deps.sh [--fuzz] [--package] [--test]
#
#   --fuzz     also clang and its libFuzzer runtime (the fuzz preset)
#   --package  also what `cpack -G DEB` and its checks use (dpkg-shlibdeps, file)
#   --test     also Debian's chromium, for the headless-browser tests, and
#              python3-distributed (Dask), for the distributed-pipeline test
#
# Nothing this script or apt-get prints ever reaches stdout: callers capture
# the stdout of scripts that run it, so all of it goes to stderr.
set -euo pipefail
exec 1>&2

packages=(
  build-essential cmake ninja-build pkg-config
  libicu-dev libxxhash-dev libstemmer-dev libsimdjson-dev
  libboost-program-options-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  python3 parallel
  # Man pages are generated from --help at build time and rendered in a test.
  help2man groff-base
  # The RUNPATH test reads the dynamic section of every binary.
  binutils
)

for arg in "$@"; do
  case "$arg" in
    --fuzz) packages+=(clang libclang-rt-14-dev) ;;
    --package) packages+=(dpkg-dev file) ;;
    # A headless browser for tests/browser (compare's HTML report), which
    # skip without it; the test script asks for it, the quick start does not.
    # Dask distributed for tests/search's pipelines on a LocalCluster
    # (scripts/dask_precis.py), which skip without it.
    --test) packages+=(chromium python3-distributed) ;;
    *) echo "install-deps: unknown option '$arg' (use --fuzz, --package, --test)"; exit 2 ;;
  esac
done

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed"; then
    missing+=("$package")
  fi
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
