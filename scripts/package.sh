#!/usr/bin/env bash
# Installs what is missing to build Tincan and its .deb (no test tools), builds the app and makes
# the package: build/tincan_<version>_<arch>.deb. Then: sudo apt install ./build/tincan_*.deb
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${TINCAN_BUILD_DIR:-$root/build}"
"$root/scripts/setup.sh" --for-package
cd "$build"
cpack -G DEB >/dev/null
ls -1 "$build"/tincan_*.deb
