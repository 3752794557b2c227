#!/usr/bin/env bash
# Conversations (issue #14): with 1,000,000 messages in history, how fast a headless host answers
# a search, a fresh welcome and a page of scrollback, over its WebSocket protocol. See
# docs/BENCHMARKS.md, "Conversations".
#
#   bench/conversations.sh               make the history (about 30 s), measure (about 90 s), delete it
#   bench/conversations.sh --quick       100,000 messages
#   bench/conversations.sh --messages N
#   bench/conversations.sh --keep        keep the data folder (its path is printed) for re-runs
#   bench/conversations.sh --reuse DIR   measure a kept folder again (not made, not deleted)
#
# Writes bench/results/STAMP-conversations.jsonl (one JSON line per request and per summary) and
# STAMP-conversations.txt (the table). Every connection is to 127.0.0.1.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${TINCAN_BUILD_DIR:-$root/build}"
messages=1000000
keep=0
reuse=""
while (( $# )); do
    case "$1" in
        --quick) messages=100000 ;;
        --messages) messages="$2"; shift ;;
        --keep) keep=1 ;;
        --reuse) reuse="$2"; shift ;;
        *) echo "usage: bench/conversations.sh [--quick] [--messages N] [--keep] [--reuse DIR]" >&2; exit 2 ;;
    esac
    shift
done

if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
# The lock keeps this build from overlapping with other builds on a shared machine.
flock /tmp/tincan-build.lock cmake --build "$build" -j2 --target tincan tincan_convbench

create=()
if [[ -n "$reuse" ]]; then
    data="$(cd "$reuse" && pwd)"
    [[ -f "$data/history.sqlite" && -f "$data/bench-person.json" ]] || {
        echo "bench/conversations.sh: $reuse is not a folder made by this script (--keep)" >&2; exit 1; }
else
    tmp="${TMPDIR:-/var/tmp}"
    # About 450 MB per million messages, and room for the index rebuild.
    need_kib=$(( messages * 2 + 512 * 1024 ))
    free_kib=$(df -Pk "$tmp" | awk 'NR == 2 { print $4 }')
    if (( free_kib < need_kib )); then
        echo "bench/conversations.sh: $tmp has $((free_kib / 1024)) MiB free, needs $((need_kib / 1024))" >&2
        exit 1
    fi
    work="$(mktemp -d -p "$tmp" tincan-conversations.XXXXXX)"
    data="$work/data"
    if (( keep )); then
        echo "The data folder is kept: $data (bench/conversations.sh --reuse $data)" >&2
    else
        trap 'rm -rf "$work"' EXIT
    fi
    create=(--create --messages "$messages")
fi

mkdir -p "$root/bench/results"
stamp="$(date +%Y%m%d-%H%M%S)"
results="$root/bench/results/$stamp-conversations.jsonl"
echo "Results: $results" >&2
"$build/bench/tincan_convbench" --data "$data" "${create[@]}" \
    -- "$build/app/tincan" --headless --no-discovery --bind 127.0.0.1 --port 0 --data-dir @DATA@ \
    > "$results" 2> >(tee "$root/bench/results/$stamp-conversations.txt" >&2)
