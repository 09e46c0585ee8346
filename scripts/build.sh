#!/usr/bin/env bash
# Configures and builds precis with a CMake preset (default: release) after
# installing whatever Debian packages are missing. Prints the build directory.
set -euo pipefail
preset="${1:-release}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
cd "$root"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" >&2
echo "$root/build/$preset"
