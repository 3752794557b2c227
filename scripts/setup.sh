#!/usr/bin/env bash
# Installs the Debian packages Tincan needs (only the missing ones) and builds it.
# Usage: scripts/setup.sh [--for-tests | --for-package]
#   (nothing)       what the app needs; builds only the app (run.sh)
#   --for-tests     and what every test needs; builds everything (test.sh)
#   --for-package   and what the .deb needs; builds only the app (package.sh)
# Called by run.sh, test.sh and package.sh; safe to run again: it does nothing already done.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${TINCAN_BUILD_DIR:-$root/build}"
for_tests=0
for_package=0
case "${1:-}" in
    --for-tests) for_tests=1 ;;
    --for-package) for_package=1 ;;
    "") ;;
    *) echo "usage: scripts/setup.sh [--for-tests | --for-package]" >&2; exit 2 ;;
esac

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-websockets-dev libqt6sql6-sqlite qt6-qpa-plugins
    qt6-tools-dev qt6-l10n-tools libgl-dev
    libqrcodegencpp-dev libicu-dev
    qt6-translations-l10n
)
if (( for_package )); then
    # CPack's .deb: the libraries' packages (dpkg-shlibdeps) and the binary's format (file).
    packages+=(dpkg-dev file)
fi
if (( for_tests )); then
    packages+=(chromium xvfb xauth fonts-dejavu-core)
    # The packaging tests: the .deb's library dependencies, and the menu and software-centre
    # entries' validators.
    packages+=(dpkg-dev desktop-file-utils appstream file)
    # The fuzz tests (clang's libFuzzer), and the namespaces the storage test makes itself.
    packages+=(clang libclang-rt-14-dev iproute2)
    # Node.js for the browser tests: Debian's, unless a node (18 or newer) is already there.
    if ! command -v node >/dev/null || ! command -v npm >/dev/null \
        || (( $(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0) < 18 )); then
        packages+=(nodejs npm)
    fi
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if (( ${#missing[@]} )); then
    echo "Installing: ${missing[*]}"
    sudo_cmd=()
    (( EUID == 0 )) || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Configured every time (quick when nothing changed): tools installed since, such as node for
# the browser tests, are then found.
if [[ -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$root" -B "$build" >/dev/null
else
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
if (( for_tests )); then
    cmake --build "$build" --parallel "$(nproc)"
else
    cmake --build "$build" --parallel "$(nproc)" --target tincan
fi

if (( for_tests )) && [[ -f "$root/tests/browser/package-lock.json" ]]; then
    # The browser tests' one dependency; reinstalled only when the lock file changes. Without it
    # (no registry here, a proxy in the way) every other test still runs, and the browser test
    # fails saying what is missing.
    stamp="$root/tests/browser/node_modules/.package-lock.json"
    if [[ ! -f "$stamp" || "$root/tests/browser/package-lock.json" -nt "$stamp" ]]; then
        if ! (cd "$root/tests/browser" && npm ci --no-audit --no-fund --loglevel=error); then
            echo "setup: could not install the browser tests' dependency (npm ci failed above);" \
                 "the other tests run, the browser test will fail until it is installed." >&2
        fi
    fi
fi
