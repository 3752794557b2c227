#!/bin/sh
# Runs a test in namespaces of its own, so that it can give itself what a real network and a
# real disk have without touching this machine's: a network with only a loopback, its packets
# at most 1500 bytes as on Ethernet or Wi-Fi, and mounts nobody else sees (a small disk that
# fills up, a folder that is read-only). Unprivileged user namespaces (on by default in Debian)
# are enough; no root is needed.
set -eu
if ! unshare --user --map-root-user --net --mount true 2>/dev/null; then
    echo "in_namespace.sh: cannot create user, network and mount namespaces here" \
         "(unshare --user --map-root-user --net --mount failed). The test needs them." >&2
    exit 1
fi
exec unshare --user --map-root-user --net --mount --propagation private \
    sh -c 'ip link set lo mtu 1500 up && exec "$@"' in_namespace "$@"
