#!/usr/bin/env bash
# Builds the .deb from this build folder into a temporary folder and checks it as a user would
# meet it: the files land where the desktop looks, the Qt libraries are declared, and the
# packaged program starts, answers --version and hosts on loopback.
# Usage: check_deb.sh BUILD_DIR CPACK
set -euo pipefail
build="$1"
cpack="$2"
work="$(mktemp -d)"
host_pid=
cleanup() {
    [[ -n "$host_pid" ]] && kill "$host_pid" 2>/dev/null && wait "$host_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && "$cpack" -G DEB -B "$work/out" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1) \
    || { cat "$work/cpack.log" >&2; fail "cpack could not build the package"; }
debs=("$work"/out/*.deb)
[[ ${#debs[@]} -eq 1 && -f "${debs[0]}" ]] || fail "expected one .deb, found: ${debs[*]}"
deb="${debs[0]}"
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# Where the files go.
contents="$(dpkg-deb -c "$deb" | awk '{print $6}')"
expect_file() { grep -qxF "./usr/$1" <<<"$contents" || fail "the package lacks /usr/$1"; }
expect_file bin/tincan
expect_file share/applications/io.tincan.Tincan.desktop
expect_file share/metainfo/io.tincan.Tincan.metainfo.xml
expect_file share/icons/hicolor/scalable/apps/io.tincan.Tincan.svg
for size in 16 22 24 32 48 64 128 256 512; do
    expect_file "share/icons/hicolor/${size}x${size}/apps/io.tincan.Tincan.png"
done

# What it declares.
field() { dpkg-deb -f "$deb" "$1"; }
[[ "$(field Package)" == tincan ]] || fail "package name: $(field Package)"
[[ "$(field Section)" == net ]] || fail "section: $(field Section)"
[[ -n "$(field Maintainer)" ]] || fail "no maintainer"
depends="$(field Depends)"
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6websockets6 libqt6sql6 \
           libqt6sql6-sqlite qt6-qpa-plugins libc6 libstdc++6; do
    [[ ", $depends," == *", $lib "* || ", $depends," == *", $lib,"* ]] || fail "Depends lacks $lib: $depends"
done
echo "Depends: $depends"

# The packaged program itself.
dpkg-deb -x "$deb" "$work/root"
bin="$work/root/usr/bin/tincan"
version="$("$bin" --version)"
[[ "$version" =~ ^tincan\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "--version said: $version"
echo "--version: $version"

"$bin" --headless --bind 127.0.0.1 --port 0 --no-discovery --data-dir "$work/data" --lang en \
    >"$work/host.log" 2>&1 &
host_pid=$!
port=
for _ in $(seq 100); do
    port="$(grep -oE 'http://127\.0\.0\.1:[0-9]+/' "$work/host.log" | head -1 | grep -oE '[0-9]+/$' | tr -d /)" || true
    [[ -n "$port" ]] && break
    kill -0 "$host_pid" 2>/dev/null || { cat "$work/host.log" >&2; fail "the packaged host exited"; }
    sleep 0.1
done
[[ -n "$port" ]] || { cat "$work/host.log" >&2; fail "the packaged host printed no address"; }

status_of() {
    exec 3<>"/dev/tcp/127.0.0.1/$port"
    printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n' "$1" "$port" >&3
    head -1 <&3 | tr -d '\r'
    exec 3<&-
}
for path in / /app.js /i18n/de.json; do
    status="$(status_of "$path")"
    [[ "$status" == "HTTP/1.1 200 OK" ]] || fail "GET $path answered: $status"
    echo "GET $path: $status"
done

kill -TERM "$host_pid"
wait "$host_pid" || fail "the packaged host did not stop cleanly on SIGTERM"
host_pid=
echo "the packaged host stopped cleanly"
