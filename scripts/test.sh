#!/usr/bin/env bash
# Installs what is missing, builds with a preset (default: ci, the release
# build with warnings as errors) and runs the whole test suite.
set -euo pipefail
preset="${1:-ci}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh" --test
"$root/scripts/build.sh" "$preset" >&2
cd "$root"
ctest --preset "$preset" -j "$(nproc)"
