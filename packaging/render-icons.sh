#!/usr/bin/env bash
# Renders the menu icon's PNG sizes from icons/io.tincan.Tincan.svg (rsvg-convert, Debian
# package librsvg2-bin). Run after changing the SVG, and commit the PNGs with it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/icons"
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "$size"
    rsvg-convert --width "$size" --height "$size" io.tincan.Tincan.svg --output "$size/io.tincan.Tincan.png"
done
