#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs one test in a private world: its own HOME and XDG folders, its own D-Bus session bus with
# gnome-keyring's Secret Service unlocked with a throwaway password, and, with --gui, its own Xvfb
# display. A test that cannot get this world fails with a message; nothing is skipped.
#
#   harness.sh [--gui] -- TEST [ARGS...]
set -uo pipefail

gui=0
while [ $# -gt 0 ]; do
    case "$1" in
        --gui) gui=1; shift ;;
        --core) shift ;;
        --) shift; break ;;
        *) break ;;
    esac
done

fail() { echo "harness: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null 2>&1 || fail "$1 is not installed ($2); this test cannot run without it"; }
need dbus-run-session "the D-Bus session bus, package dbus-daemon"
need gnome-keyring-daemon "the Secret Service, package gnome-keyring"
[ $gui -eq 1 ] && need Xvfb "the X server for widget tests, package xvfb"

world=$(mktemp -d "${TMPDIR:-/tmp}/rexec-test.XXXXXX") || fail "cannot make a temporary folder"
xvfb_pid=
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
    rm -rf "$world"
}
trap cleanup EXIT

export HOME="$world/home" XDG_CONFIG_HOME="$world/config" XDG_DATA_HOME="$world/data"
export XDG_CACHE_HOME="$world/cache" XDG_RUNTIME_DIR="$world/run"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS WAYLAND_DISPLAY SESSION_MANAGER
export LANG=C.UTF-8 LC_ALL=C.UTF-8

if [ $gui -eq 1 ]; then
    # -displayfd picks a free display and tells us when the server is ready to take clients.
    mkfifo "$world/displayfd"
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset 3>"$world/displayfd" >"$world/xvfb.log" 2>&1 &
    xvfb_pid=$!
    display=
    read -r -t 20 display <"$world/displayfd" || true
    [ -n "$display" ] || { cat "$world/xvfb.log" >&2; fail "Xvfb did not start"; }
    export DISPLAY=":$display" QT_QPA_PLATFORM=xcb
    unset XAUTHORITY
else
    unset DISPLAY
    export QT_QPA_PLATFORM=offscreen
fi

# The keyring daemon lives inside the private bus; it ends with it.
dbus-run-session -- bash -c '
    out=$(printf %s rexec-test-password | gnome-keyring-daemon --unlock --components=secrets 2>&1) ||
        { echo "harness: gnome-keyring-daemon did not start: $out" >&2; exit 1; }
    while IFS= read -r line; do case "$line" in *=*) export "$line" ;; esac; done <<<"$out"
    exec "$@"' harness "$@"
