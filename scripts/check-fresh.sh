#!/usr/bin/env bash
# Runs the README's two commands on a fresh, minimal Debian 12, as a newcomer would: builds a
# Debian 12 root with debootstrap (minbase, plus git, sudo and ca-certificates, and this
# machine's trusted CA certificates, as a real machine trusts its registries), clones this
# repository into it, and runs ./scripts/run.sh (as a headless host on 127.0.0.1, stopped once it
# is up), the package block (./scripts/package.sh, installing the .deb, tincan --version) and
# ./scripts/test.sh inside, printing each one's result and time.
#
#   scripts/check-fresh.sh [--keep] [--root DIR]
#
# Not part of CI: it downloads several hundred packages. Run it before any change to setup
# lands. Needs root (debootstrap) and installs debootstrap and bubblewrap when missing. The root
# is entered with bubblewrap, which gives it a root of its own (pivot_root, not chroot), so that
# the tests can still make the user and network namespaces they need.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
root="${TMPDIR:-/tmp}/tincan-fresh-root"
keep=0
while (( $# )); do
    case "$1" in
        --keep) keep=1 ;;
        --root) root="$2"; shift ;;
        *) echo "usage: scripts/check-fresh.sh [--keep] [--root DIR]" >&2; exit 2 ;;
    esac
    shift
done
if (( EUID != 0 )); then
    echo "check-fresh.sh needs root (debootstrap makes the Debian root); run it with sudo." >&2
    exit 1
fi

missing=()
for tool in debootstrap:debootstrap bwrap:bubblewrap; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool##*:}")
done
if (( ${#missing[@]} )); then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The mirror this machine's apt uses (its URIs: or deb lines, not comments).
mirror="$(grep -hE '^[[:space:]]*(URIs:|deb[[:space:]])' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null \
          | grep -oE 'https?://[^ ]+/debian/?' | grep -v security | head -n1 || true)"
mirror="${mirror:-http://deb.debian.org/debian}"

rm -rf "$root"
mkdir -p "$root"
started=$(date +%s)
echo "== debootstrap bookworm (minbase) into $root from $mirror"
debootstrap --variant=minbase --include=git,sudo,ca-certificates bookworm "$root" "$mirror" \
    > "$root.debootstrap.log" 2>&1 || { tail -n 30 "$root.debootstrap.log"; exit 1; }
echo "   $(( $(date +%s) - started )) s"

# The certificates this machine trusts (registries may be reached through a proxy that
# presents its own), and its name servers.
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
git clone --quiet "$repo" "$root/root/tincan"

# Runs a command inside the fresh root: its own root, processes, /proc and /dev, this machine's
# network. Whatever the command leaves running ends with it.
inside() {
    bwrap --bind "$root" / --proc /proc --dev /dev --tmpfs /tmp --tmpfs /run \
        --unshare-pid --die-with-parent \
        --setenv HOME /root --setenv PATH /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        --setenv LANG C.UTF-8 --unsetenv DISPLAY --unsetenv WAYLAND_DISPLAY \
        --chdir /root/tincan -- "$@"
}
inside update-ca-certificates >/dev/null

status=0
step() { # name command...
    local name="$1"
    shift
    local begin
    begin=$(date +%s)
    echo "== $name"
    if inside "$@" > "$root.$name.log" 2>&1; then
        echo "   ok, $(( $(date +%s) - begin )) s"
    else
        echo "   FAILED (exit $?), $(( $(date +%s) - begin )) s; the end of $root.$name.log:"
        tail -n 40 "$root.$name.log" | sed 's/^/   | /'
        status=1
    fi
}

# The first README command starts Tincan; with no display here it hosts without a window,
# until it has said where people can join.
step run bash -c './scripts/run.sh --headless --bind 127.0.0.1 --port 0 --no-discovery > /tmp/run.out 2>&1 &
    pid=$!
    for second in $(seq 1 2400); do
        if grep -q "http://127.0.0.1:" /tmp/run.out; then cat /tmp/run.out; kill $pid; exit 0; fi
        if ! kill -0 $pid 2>/dev/null; then cat /tmp/run.out; exit 1; fi
        sleep 1
    done
    cat /tmp/run.out; kill $pid; exit 1'
# The README's package block, before the tests have installed their tools: package.sh must
# install what packaging needs by itself.
step package bash -c 'set -e
    ./scripts/package.sh
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y ./build/tincan_*_amd64.deb
    tincan --version'
step test ./scripts/test.sh
grep -E 'tests passed|tests failed' "$root.test.log" | sed 's/^/   /' || true

echo "== all: $(( $(date +%s) - started )) s"
if (( ! keep )); then
    rm -rf "$root"
fi
exit "$status"
