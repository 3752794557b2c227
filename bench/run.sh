#!/usr/bin/env bash
# The benchmark suite in one command: builds Tincan and the load generator (RelWithDebInfo),
# installs the Node reference's one dependency, runs every scenario against Tincan and the
# reference in turn (T, R, T, R, ... for several rounds), prints the table of medians with
# ratios and keeps every raw result in bench/results/.
#
#   bench/run.sh            full run, 3 rounds (about 8 minutes)
#   bench/run.sh --quick    1 round, shorter windows (under 2 minutes)
#   bench/run.sh --rounds N
#
# Every client connects to 127.0.0.1 only; every run stops by itself (tincan_loadgen --timeout).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${TINCAN_BUILD_DIR:-$root/build}"
rounds=3
quick=0
while (( $# )); do
    case "$1" in
        --quick) quick=1; rounds=1 ;;
        --rounds) rounds="$2"; shift ;;
        *) echo "usage: bench/run.sh [--quick] [--rounds N]" >&2; exit 2 ;;
    esac
    shift
done

command -v node >/dev/null || { echo "bench/run.sh needs Node.js 18 or newer (apt-get install nodejs npm)" >&2; exit 1; }

if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
# The lock keeps this build from overlapping with other builds on a shared machine.
flock /tmp/tincan-build.lock cmake --build "$build" -j2 --target tincan tincan_loadgen

reference="$root/bench/reference"
if [[ ! -f "$reference/node_modules/.package-lock.json" \
      || "$reference/package-lock.json" -nt "$reference/node_modules/.package-lock.json" ]]; then
    (cd "$reference" && npm ci --no-audit --no-fund --loglevel=error)
fi

# 10,000 clients: as many descriptors in the generator and in the server it starts.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

loadgen="$build/bench/tincan_loadgen"
mkdir -p "$root/bench/results"
stamp="$(date +%Y%m%d-%H%M%S)"
results="$root/bench/results/$stamp.jsonl"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A server that cannot join 10,000 people in this time is reported with how many it joined.
if (( quick )); then
    window=(--warmup 1 --duration 2)
    bound=20
else
    window=(--warmup 1 --duration 5)
    bound=45
fi
scenarios=(
    "fanout|fanout --clients 1000 --senders 50 ${window[*]}"
    "latency|latency --clients 1000 --rate 100 ${window[*]}"
    "admission-1k|admission --clients 1000"
    "admission-10k|admission --clients 10000 --idle-rss --timeout $bound"
    "startup|startup"
)

run_one() { # round scenario-name server args...
    local round="$1" name="$2" server="$3"
    shift 3
    local command
    if [[ "$server" == tincan ]]; then
        mkdir -p "$work/data-$round-$name"
        command=("$build/app/tincan" --headless --bind 127.0.0.1 --port 0 --data-dir "$work/data-$round-$name")
    else
        command=(node "$reference/server.js" --bind 127.0.0.1 --port 0)
    fi
    local line
    if line="$("$loadgen" "$1" --label "$server" --timeout 120 "${@:2}" -- "${command[@]}")"; then
        echo "${line%\}},\"round\":$round,\"name\":\"$name\",\"load\":\"$(cut -d' ' -f1 /proc/loadavg)\"}" >> "$results"
        printf '  %-14s %-9s done\n' "$name" "$server" >&2
    else
        echo "{\"name\":\"$name\",\"server\":\"$server\",\"round\":$round,\"ok\":false,\"failed\":true}" >> "$results"
        printf '  %-14s %-9s FAILED\n' "$name" "$server" >&2
    fi
    rm -rf "$work/data-$round-$name"
}

echo "Results: $results" >&2
for (( round = 1; round <= rounds; ++round )); do
    echo "Round $round of $rounds" >&2
    for entry in "${scenarios[@]}"; do
        name="${entry%%|*}"
        read -r -a args <<< "${entry#*|}"
        repeat=1
        [[ "$name" == startup ]] && repeat=3
        for (( i = 0; i < repeat; ++i )); do
            run_one "$round" "$name" tincan "${args[@]}"
            run_one "$round" "$name" reference "${args[@]}"
        done
    done
done

node "$root/bench/report.js" "$results"

# The desktop window's start-up needs a display: measured on a virtual one when the tools are here.
if command -v xvfb-run >/dev/null && command -v xdotool >/dev/null; then
    "$root/bench/desktop-startup.sh" 5
else
    echo "Desktop start-up not measured: needs xvfb-run and xdotool (apt-get install xvfb xdotool)." >&2
fi
