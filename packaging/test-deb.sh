#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# End-to-end test of the Debian package: builds it (cmake --build, then cpack -G DEB in the build
# folder, both where the dependencies are, through buildroot/env.sh), installs it with apt into a
# fresh minimal Debian 13 root, and runs both programs from the installed files in that root. So it
# proves that the package's Depends (dpkg-shlibdeps plus the hand-written ones) are enough on a
# system that has nothing else, and that the desktop integration files land where they should.
#
#   packaging/test-deb.sh [BUILD_DIR]     BUILD_DIR defaults to build/default; configured with the
#                                         default preset when it is not configured yet
#
# JOBS sets the build's parallelism (default: nproc). REXEC_DEBIAN_MIRROR sets the archive (default:
# the host's own Debian mirror, found exactly as buildroot/env.sh finds it). REXEC_TEST_DEB_KEEP=1
# keeps the root afterwards for a look inside.
#
# Needs root (debootstrap, and apt in the new root), bubblewrap, network access to the mirror and a
# couple of minutes: too slow for every CI run, so it is `make package-test`, not a CTest test.
# The last line of output is PASS or FAIL; the exit status is 0 or 1.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
env_sh=$here/buildroot/env.sh
suite=trixie

say() { printf 'test-deb: %s\n' "$*" >&2; }
die() { say "$*"; echo FAIL; exit 1; }

cd "$repo"
build=${1:-build/default}
jobs=${JOBS:-$(nproc)}
[ "$(id -u)" -eq 0 ] || die "needs root (debootstrap and apt in a new root); run it with sudo"
for tool in debootstrap bwrap; do command -v "$tool" >/dev/null || die "$tool is not installed"; done

# The mirror: buildroot/env.sh's own host_mirror function, taken from that file so that the two can
# never pick different archives (and no mirror name is ever written into the repository).
# shellcheck disable=SC1090
source <(sed -n '/^host_mirror() {$/,/^}$/p' "$env_sh")
declare -F host_mirror >/dev/null || die "cannot find host_mirror() in $env_sh"

# ---- 1. Build and package -----------------------------------------------------------------------
if [ ! -f "$build/CMakeCache.txt" ]; then
    say "configuring $build"
    "$env_sh" exec cmake --preset default -B "$build" >/dev/null || die "configuring $build failed"
fi
say "building $build"
"$env_sh" exec cmake --build "$build" -j "$jobs" >"$build/test-deb-build.log" 2>&1 ||
    { tail -n 30 "$build/test-deb-build.log" >&2; die "the build failed; the whole log is $build/test-deb-build.log"; }
rm -f "$build"/rexec-desktop_*.deb
say "packaging (cpack -G DEB)"
"$env_sh" exec sh -c 'cd "$1" && cpack -G DEB' sh "$build" >"$build/test-deb-cpack.log" 2>&1 ||
    { cat "$build/test-deb-cpack.log" >&2; die "cpack failed"; }
shopt -s nullglob
debs=("$build"/rexec-desktop_*.deb)
[ ${#debs[@]} -eq 1 ] || die "expected one rexec-desktop_*.deb in $build, found ${#debs[@]}"
deb=${debs[0]}
say "built $deb"
"$env_sh" exec dpkg-deb --field "$deb" Package Version Architecture Depends Recommends | sed 's/^/    /' >&2
version=$("$env_sh" exec dpkg-deb --field "$deb" Version)

# ---- 2. A clean Debian 13 root ------------------------------------------------------------------
root=$(mktemp -d "${TMPDIR:-/var/tmp}/rexec-deb-test.XXXXXX")
# debootstrap mounts /proc and /sys inside the root while it works; a run cut short can leave them
# mounted, and rm -rf would then walk into the host's /proc and /sys. So unmount first, and keep the
# folder rather than delete through a mount.
cleanup() {
    local m
    for m in $(awk -v r="$root/" 'index($2, r) == 1 { print $2 }' /proc/mounts | sort -r); do
        umount -l "$m" 2>/dev/null || true
    done
    if [ "${REXEC_TEST_DEB_KEEP:-0}" = 1 ]; then say "kept the root in $root"
    elif awk -v r="$root/" 'index($2, r) == 1 { found = 1 } END { exit !found }' /proc/mounts; then
        say "something is still mounted below $root; not deleting it"
    else rm -rf "$root"; fi
}
trap cleanup EXIT

mirror=$(host_mirror)
say "making a minimal Debian 13 root in $root"
debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$root.log" 2>&1 ||
    { tail -n 20 "$root.log" >&2; die "debootstrap failed; the whole log is $root.log"; }
rm -f "$root.log"
# The same archive setup as the build root, so that what the package was built against is there.
printf 'deb %s %s main\ndeb %s %s-updates main\n' "$mirror" "$suite" "$mirror" "$suite" >"$root/etc/apt/sources.list"
apt-config dump 2>/dev/null |
    grep -E '^Acquire::(Check-Valid-Until|Check-Date|https?::Proxy) ' >"$root/etc/apt/apt.conf.d/90host" || true
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
cp "$deb" "$root/tmp/"

# Runs a command in the root (its own file system; the host's devices, network and DNS), with a
# clean environment.
enter() {
    local -a a=(--bind "$root" / --dev-bind /dev /dev --proc /proc --ro-bind /sys /sys
                --ro-bind /etc/resolv.conf /etc/resolv.conf --die-with-parent --chdir /tmp)
    a+=(--cap-add ALL) # apt drops to its _apt user and dpkg changes owners: root's powers inside
    bwrap "${a[@]}" env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/root LANG=C.UTF-8 "$@"
}

# ---- 3. Install the package the way a user would ------------------------------------------------
# --no-install-recommends: only Depends, so that a missing hard dependency cannot hide behind a Recommends.
say "installing $(basename "$deb") with apt-get"
if ! enter sh -c 'apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "./$1"' \
        sh "$(basename "$deb")" >"$root/tmp/apt.log" 2>&1; then
    tail -n 30 "$root/tmp/apt.log" >&2
    die "apt-get install ./$(basename "$deb") failed"
fi

# ---- 4. Run and inspect the installed files ------------------------------------------------------
failures=0
check() {
    local what=$1; shift
    local out
    if out=$("$@" 2>&1); then printf 'PASS: %s\n' "$what"
    else printf 'FAIL: %s\n' "$what"; failures=$((failures + 1)); fi
    [ -n "$out" ] && printf '%s\n' "$out" | sed 's/^/    /'
    return 0
}
expect_output() { # EXPECTED COMMAND...: the command succeeds and prints exactly EXPECTED
    local expected=$1; shift
    local out
    out=$("$@" 2>&1) || { printf '%s\n' "$out"; return 1; }
    printf '%s\n' "$out"
    [ "$out" = "$expected" ]
}
app_id=$(sed -n 's/^REXEC_APP_ID:STRING=//p' "$build/CMakeCache.txt")

check "rexec-desktop --version prints 'rexec-desktop $version'" \
    expect_output "rexec-desktop $version" \
    enter sh -c 'mkdir -p -m 700 /tmp/rt && XDG_RUNTIME_DIR=/tmp/rt QT_QPA_PLATFORM=offscreen rexec-desktop --version'
check "rexec-local --version prints 'rexec-local $version'" \
    expect_output "rexec-local $version" enter rexec-local --version
check "every library resolves (ldd)" \
    enter sh -c '! ldd /usr/bin/rexec-desktop /usr/bin/rexec-local | grep "not found"'
check "bubblewrap came with the package (bwrap --version)" enter bwrap --version
check "desktop entry, metainfo, icons and copyright are installed" enter sh -c '
    set -e
    for f in /usr/share/applications/$1.desktop /usr/share/metainfo/$1.metainfo.xml \
             /usr/share/icons/hicolor/scalable/apps/$1.svg /usr/share/doc/rexec-desktop/copyright; do
        test -f "$f" || { echo "missing $f"; exit 1; }
    done
    for n in 16 24 32 48 64 128 256; do
        test -f /usr/share/icons/hicolor/${n}x${n}/apps/$1.png || { echo "missing ${n}x${n} icon"; exit 1; }
    done
    echo "$(dpkg -L rexec-desktop | grep -c "^/usr/share/icons/.*\.\(png\|svg\)$") icons, entry, metainfo, copyright"' sh "$app_id"

if [ $failures -eq 0 ]; then echo PASS; exit 0; fi
echo "FAIL ($failures checks)"
exit 1
