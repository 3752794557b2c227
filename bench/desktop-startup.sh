#!/usr/bin/env bash
# Desktop start-up: time from exec to the first window being shown, on a virtual display.
#   bench/desktop-startup.sh [RUNS]
# Two cases, RUNS times each (default 5), median and range printed:
#   start window   tincan (fresh settings): the Host / Join window
#   hosting        tincan --host: the embedded host starts and the chat window opens
# Needs xvfb-run (xvfb) and xdotool. Listens on 127.0.0.1 only, discovery off.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${TINCAN_BUILD_DIR:-$root/build}"
runs="${1:-5}"
for tool in xvfb-run xdotool; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install xvfb xdotool)" >&2; exit 1; }
done
[[ -x "$build/app/tincan" ]] || { echo "build tincan first: $build/app/tincan" >&2; exit 1; }

if [[ -z "${DISPLAY:-}" ]]; then
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Milliseconds from exec until a visible window whose title matches $1 exists (polled every
# few milliseconds; each xdotool call costs about that much, which bounds the resolution).
measure() {
    local title="$1"; shift
    local home="$work/home-$RANDOM"
    mkdir -p "$home"
    local start end
    start=$(date +%s%N)
    HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        "$build/app/tincan" "$@" >/dev/null 2>&1 &
    local pid=$!
    local deadline=$(( start + 10000000000 ))
    until xdotool search --onlyvisible --name "$title" >/dev/null 2>&1; do
        if ! kill -0 "$pid" 2>/dev/null; then
            # Exited without a window: under this poll Xvfb now and then refuses a client's
            # connection ("could not connect to display"). Not a start-up time: run again.
            wait "$pid" 2>/dev/null || true
            echo "failed"; return
        fi
        if (( $(date +%s%N) > deadline )); then
            kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
            echo "timeout"; return
        fi
        sleep 0.002
    done
    end=$(date +%s%N)
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
    echo $(( (end - start) / 1000000 ))
}

report() {
    local label="$1"; shift
    local values=() relaunched=0
    for (( i = 0; i < runs; ++i )); do
        local value
        for attempt in 1 2 3; do
            value="$(measure "$@")"
            [[ "$value" != failed ]] && break
            relaunched=$(( relaunched + 1 ))
        done
        values+=("$value")
    done
    # Timeouts count as the slowest runs, never as the fastest.
    local sorted
    sorted=$( { printf '%s\n' "${values[@]}" | grep -E '^[0-9]+$' | sort -n
                printf '%s\n' "${values[@]}" | grep -vE '^[0-9]+$'; } || true)
    local median
    median=$(printf '%s\n' "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")
    printf '%-44s median %5s ms   (runs: %s%s)\n' "$label" "$median" "$(echo $sorted | tr ' ' ',')" \
        "$( (( relaunched )) && echo "; $relaunched launch(es) refused by the display, run again" )"
}

common=(--bind 127.0.0.1 --no-discovery --lang en)
report "Desktop start window shown" '^Tincan$' "${common[@]}" --data-dir "$work/data"
report "Desktop hosting: chat window shown" 'Bench room' "${common[@]}" --host --room "Bench room" \
    --nick Host --port 0 --data-dir "$work/host"
