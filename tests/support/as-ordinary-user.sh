#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a test as an ordinary user, so that the rexec-local it starts makes its sandboxes the way
# it does for people: unprivileged bubblewrap in a user namespace. Run by root (CI, the build
# root), it drops to `nobody` with a home of its own; run by anyone else, it runs the test as is.
# When this kernel refuses user namespaces to ordinary users, it says so and exits with 77, which
# ctest reports as skipped: that is the machine's setting, not a fault of the code.
#
#   REXEC_BIN_DIR=DIR as-ordinary-user.sh -- TEST [ARGS...]
set -euo pipefail
[ "${1:-}" = "--" ] && shift
if [ "$(id -u)" -ne 0 ]; then
    exec "$@"
fi
need() { command -v "$1" >/dev/null 2>&1 || { echo "as-ordinary-user.sh: $1 is missing ($2)" >&2; exit 1; }; }
need setpriv "util-linux"
need unshare "util-linux"

nobody=65534
if ! setpriv --reuid=$nobody --regid=$nobody --clear-groups -- unshare --user --map-root-user true 2>/dev/null; then
    echo "as-ordinary-user.sh: this kernel refuses user namespaces to ordinary users; skipped" >&2
    exit 77
fi

test_binary=$(readlink -f "$1")
shift
bin_dir=$(readlink -f "${REXEC_BIN_DIR:?REXEC_BIN_DIR names the folder of rexec-local}")
# The build tree: the deepest folder that holds both the test and rexec-local.
tree=$(dirname "$test_binary")
while [ "$tree" != / ] && [ "${bin_dir#"$tree"/}" = "$bin_dir" ]; do tree=$(dirname "$tree"); done
[ "$tree" != / ] || { echo "as-ordinary-user.sh: the test and $bin_dir share no build tree" >&2; exit 1; }

home=$(mktemp -d "${TMPDIR:-/tmp}/rexec-ordinary-user.XXXXXX")
trap 'rm -rf "$home"' EXIT
mkdir "$home/tree"
chown $nobody:$nobody "$home"

# In a mount namespace of this test's own:
# - The build tree may sit under a folder only root can enter (the build root's /work is 0700):
#   it is bound under the new home, where the user can reach it.
# - Mounts over parts of /proc (a sandbox around this one masks /proc/irq, /proc/bus) are lifted:
#   a user namespace may mount a /proc for its PID namespace only where the /proc it sees is
#   whole. So are mounts inside the folders rexec-local layers (the build root binds
#   /etc/resolv.conf): over such a folder the kernel refuses an unprivileged overlay, and
#   rexec-local would show it read-only. A desktop has none of them.
status=0
unshare --mount --propagation private -- bash -c '
    set -eu
    home=$1 tree=$2 test_binary=$3 bin_dir=$4
    shift 4
    for point in $(awk "\$5 ~ \"^/(proc|etc|usr|var|opt|srv)/\" {print \$5}" /proc/self/mountinfo | sort -r); do
        umount "$point"
    done
    mount --bind "$tree" "$home/tree"
    cd "$home"
    exec setpriv --reuid='$nobody' --regid='$nobody' --clear-groups --reset-env -- \
        env HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
            XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home" TMPDIR=/tmp PATH="$PATH" \
            LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen ${REXEC_TEST_SERVER_LOG:+REXEC_TEST_SERVER_LOG=1} \
            REXEC_BIN_DIR="$home/tree/${bin_dir#"$tree"/}" "$home/tree/${test_binary#"$tree"/}" "$@"
' bash "$home" "$tree" "$test_binary" "$bin_dir" "$@" || status=$?
exit "$status"
