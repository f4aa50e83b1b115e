#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a command where Rexec Desktop's dependencies are: natively on a host that packages them
# (Debian 13, Ubuntu 25.04+, Fedora, Arch), or inside a Debian 13 build root on a host that does
# not (Debian 12). The build root is made once with debootstrap, kept outside the clone, reused by
# later runs, and rebuilt when packages.txt or this script changes.
#
#   env.sh exec CMD [ARGS...]   run CMD (working directory and the clone are the same inside)
#   env.sh setup                only make sure the dependencies are there
#   env.sh mode                 print "native" or "buildroot"
#
# REXEC_ENV=native|buildroot forces a mode; REXEC_BUILDROOT sets the root's folder;
# REXEC_DEBIAN_MIRROR sets the archive (default: the host's own Debian mirror).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
packages_file="$here/packages.txt"
suite=trixie
arch=$(dpkg --print-architecture 2>/dev/null || uname -m)
root=${REXEC_BUILDROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/rexec-desktop/buildroot-$suite-$arch}

say() { printf 'rexec-env: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

package_list() { sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$packages_file" | tr -s '[:space:]' '\n'; }

stamp() { cat "$packages_file" "${BASH_SOURCE[0]}" | sha256sum | cut -d' ' -f1; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

os_field() { (. /etc/os-release 2>/dev/null && eval "printf '%s' \"\${$1:-}\""); }

version_at_least() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]; }

choose_mode() {
    if [ -n "${REXEC_ENV:-}" ]; then printf '%s' "$REXEC_ENV"; return; fi
    local id version
    id=$(os_field ID); version=$(os_field VERSION_ID)
    case "$id" in
        debian) if version_at_least "${version:-0}" 13 || [ -z "$version" ]; then echo native; else echo buildroot; fi ;;
        ubuntu) if version_at_least "${version:-0}" 25.04; then echo native; else echo buildroot; fi ;;
        *)
            local qt
            qt=$(qtpaths6 --qt-query QT_VERSION 2>/dev/null || qmake6 -query QT_VERSION 2>/dev/null || true)
            if [ -n "$qt" ] && version_at_least "$qt" 6.8; then echo native
            elif command -v debootstrap >/dev/null || command -v apt-get >/dev/null; then echo buildroot
            else echo native; fi ;;
    esac
}

native_setup() {
    command -v apt-get >/dev/null || return 0 # other distributions: the README lists their packages
    local missing=()
    for p in $(package_list); do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing ${missing[*]}"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# The host's own Debian archive, so that the build root uses whatever mirror or proxy this machine is set up with.
host_mirror() {
    if [ -n "${REXEC_DEBIAN_MIRROR:-}" ]; then printf '%s' "$REXEC_DEBIAN_MIRROR"; return; fi
    local uri
    uri=$( { grep -hE '^[[:space:]]*URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}'
             grep -hE '^[[:space:]]*deb[[:space:]]' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
                 sed -E 's/\[[^]]*\]//' | awk '{print $2}'; } |
           grep -E '/debian/?$' | grep -v security | head -n1)
    [ -n "$uri" ] || die "no Debian mirror found in /etc/apt; set REXEC_DEBIAN_MIRROR"
    printf '%s' "${uri%/}"
}

# bwrap arguments that make ROOT the whole file system, with the host's devices, the clone,
# the user's home, /tmp (X sockets, temporary clones), and the session bus passed through.
enter_args() {
    local r=$1
    local -a a=(--bind "$r" / --dev-bind /dev /dev --proc /proc --ro-bind /sys /sys
                --ro-bind /etc/resolv.conf /etc/resolv.conf --bind /tmp /tmp --die-with-parent)
    [ "$(id -u)" -eq 0 ] && a+=(--cap-add ALL)
    [ -d "$HOME" ] && a+=(--bind "$HOME" "$HOME")
    case "$repo" in "$HOME"/*|/tmp/*) ;; *) a+=(--bind "$repo" "$repo") ;; esac
    case "$PWD" in "$HOME"/*|/tmp/*|"$repo"|"$repo"/*) ;; *) a+=(--bind "$PWD" "$PWD") ;; esac
    local run_user=${XDG_RUNTIME_DIR:-/run/user/$(id -u)}
    [ -d "$run_user" ] && a+=(--bind "$run_user" "$run_user")
    if [ -n "${XAUTHORITY:-}" ] && [ -f "$XAUTHORITY" ]; then a+=(--ro-bind "$XAUTHORITY" "$XAUTHORITY"); fi
    printf '%s\0' "${a[@]}"
}

run_in_root() {
    local r=$1; shift
    local -a args
    mapfile -d '' args < <(enter_args "$r")
    bwrap "${args[@]}" --chdir "$PWD" \
        env PATH=/usr/local/bin:/usr/bin:/bin:/usr/local/sbin:/usr/sbin:/sbin LD_LIBRARY_PATH= \
        REXEC_IN_BUILDROOT=1 "$@"
}

host_tools() {
    local need=()
    command -v debootstrap >/dev/null || need+=(debootstrap)
    command -v bwrap >/dev/null || need+=(bubblewrap)
    [ -f /usr/share/keyrings/debian-archive-keyring.gpg ] || need+=(debian-archive-keyring)
    [ ${#need[@]} -eq 0 ] && return 0
    command -v apt-get >/dev/null || die "please install: ${need[*]}"
    say "installing ${need[*]} on the host"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}"
}

buildroot_setup() {
    local want
    want=$(stamp)
    if [ -f "$root/.rexec-buildroot-stamp" ] && [ "$(cat "$root/.rexec-buildroot-stamp")" = "$want" ]; then
        return 0
    fi
    [ "$(id -u)" -eq 0 ] || die "making the build root needs root (debootstrap); run 'sudo $0 setup' once"
    host_tools
    local mirror new started
    mirror=$(host_mirror)
    new="$root.new"
    started=$(date +%s)
    say "making a Debian 13 build root in $root from $mirror (about two minutes, once)"
    rm -rf "$new"
    mkdir -p "$(dirname "$root")"
    debootstrap --variant=minbase "$suite" "$new" "$mirror" >"$new.log" 2>&1 ||
        { tail -n 20 "$new.log" >&2; die "debootstrap failed; the whole log is $new.log"; }
    printf 'deb %s %s main\ndeb %s %s-updates main\n' "$mirror" "$suite" "$mirror" "$suite" >"$new/etc/apt/sources.list"
    # Carry over the host's apt settings that decide whether its archive can be reached at all.
    apt-config dump 2>/dev/null |
        grep -E '^Acquire::(Check-Valid-Until|Check-Date|https?::Proxy) ' >"$new/etc/apt/apt.conf.d/90host" || true
    printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n' >"$new/etc/apt/apt.conf.d/91norecommends"
    printf '#!/bin/sh\nexit 101\n' >"$new/usr/sbin/policy-rc.d"
    chmod 755 "$new/usr/sbin/policy-rc.d"
    # shellcheck disable=SC2046
    run_in_root "$new" sh -c 'apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" && apt-get clean' \
        sh $(package_list) >>"$new.log" 2>&1 ||
        { tail -n 20 "$new.log" >&2; die "installing packages into the build root failed; the whole log is $new.log"; }
    printf '%s' "$want" >"$new/.rexec-buildroot-stamp"
    rm -rf "$root" "$new.log"
    mv "$new" "$root"
    say "build root ready in $(( $(date +%s) - started )) s"
}

mode=$(choose_mode)
cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
    mode) echo "$mode" ;;
    setup) if [ "$mode" = buildroot ]; then buildroot_setup; else native_setup; fi ;;
    exec)
        [ $# -gt 0 ] || die "usage: env.sh exec CMD [ARGS...]"
        if [ "${REXEC_IN_BUILDROOT:-}" = 1 ]; then exec "$@"; fi
        if [ "$mode" = buildroot ]; then buildroot_setup; run_in_root "$root" "$@"; else native_setup; exec "$@"; fi ;;
    *) die "usage: env.sh exec CMD [ARGS...] | setup | mode" ;;
esac
