#!/usr/bin/env bash
# Installs what is missing, builds, and starts Tincan. Arguments go to tincan (see --help).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh"
exec "${TINCAN_BUILD_DIR:-$root/build}/app/tincan" "$@"
