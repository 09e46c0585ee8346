#!/usr/bin/env bash
# Configures and builds precis with a CMake preset (default: release) after
# installing whatever Debian packages are missing, into build/<preset>/.
#
# Prints nothing on stdout: the build directory is always build/<preset>, so
# callers name it themselves rather than parse output that an installer or a
# compiler could add to.
set -euo pipefail
exec 1>&2
preset="${1:-release}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
cd "$root"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
