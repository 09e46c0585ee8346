#!/usr/bin/env bash
# Installs the Debian packages precis needs to build and test, and only those
# that are missing, so a second run costs a dpkg query and nothing else.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libicu-dev libxxhash-dev libstemmer-dev libsimdjson-dev
  libboost-program-options-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  python3 parallel
  # Headless browser for tests/browser (compare's HTML report); the test skips without it.
  chromium
)

# --fuzz adds clang and its libFuzzer runtime, for the fuzz preset.
if [[ "${1:-}" == "--fuzz" ]]; then
  packages+=(clang libclang-rt-14-dev)
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed"; then
    missing+=("$package")
  fi
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
