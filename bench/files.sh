#!/usr/bin/env bash
# Files (issue #13): a 2 GiB upload and download over loopback, by curl, against a headless
# host, while 20 members chat; the host's memory sampled every 50 ms. See docs/BENCHMARKS.md,
# "Files".
#
#   bench/files.sh              3 rounds, 2 GiB (about 4 minutes; needs about 7 GiB free on /var/tmp)
#   bench/files.sh --quick      1 round
#   bench/files.sh --rounds N --size-mib M
#
# Writes bench/results/STAMP-files.jsonl (one JSON line per measurement) and STAMP-files.txt
# (the table of medians). The payload and every data folder are deleted at the end.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${TINCAN_BUILD_DIR:-$root/build}"
rounds=3
size_mib=2048
while (( $# )); do
    case "$1" in
        --quick) rounds=1 ;;
        --rounds) rounds="$2"; shift ;;
        --size-mib) size_mib="$2"; shift ;;
        *) echo "usage: bench/files.sh [--quick] [--rounds N] [--size-mib M]" >&2; exit 2 ;;
    esac
    shift
done

command -v curl >/dev/null || { echo "bench/files.sh needs curl (apt-get install curl)" >&2; exit 1; }

if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
# The lock keeps this build from overlapping with other builds on a shared machine.
flock /tmp/tincan-build.lock cmake --build "$build" -j2 --target tincan tincan_filebench

# The payload, one stored copy per upload (two per round, a round's host deleted after it) and
# the host's minFreeDiskBytes (1 GiB) must fit.
tmp="${TMPDIR:-/var/tmp}"
need_kib=$(( (size_mib * 3 + 1024 + 512) * 1024 ))
free_kib=$(df -Pk "$tmp" | awk 'NR == 2 { print $4 }')
if (( free_kib < need_kib )); then
    echo "bench/files.sh: $tmp has $((free_kib / 1024)) MiB free, needs $((need_kib / 1024))" >&2
    exit 1
fi
work="$(mktemp -d -p "$tmp" tincan-files.XXXXXX)"
trap 'rm -rf "$work"' EXIT

payload="$work/payload.bin"
echo "Writing a ${size_mib} MiB payload of random bytes to $payload" >&2
head -c "$((size_mib * 1024 * 1024))" /dev/urandom > "$payload"
sha="$(sha256sum "$payload" | cut -d' ' -f1)"
sync # its bytes on disk now, not during the first measurement

mkdir -p "$root/bench/results"
stamp="$(date +%Y%m%d-%H%M%S)"
results="$root/bench/results/$stamp-files.jsonl"
echo "Results: $results" >&2
# Every transfer is bounded (--timeout); the host is stopped after each round.
"$build/bench/tincan_filebench" --payload "$payload" --sha256 "$sha" --work "$work" \
    --rounds "$rounds" --members 20 --rate 2 --quiet 5 --timeout 300 \
    -- "$build/app/tincan" --headless --no-discovery --bind 127.0.0.1 --port 0 --data-dir @DATA@ \
    > "$results" 2> >(tee "$root/bench/results/$stamp-files.txt" >&2)
