#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test; ends with ctest's summary.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh" --for-tests
cd "${TINCAN_BUILD_DIR:-$root/build}"
# Two at a time: most tests wait on sockets, and the fuzzers and Chromium each keep a core busy.
exec ctest --output-on-failure --timeout 600 --parallel 2 "$@"
