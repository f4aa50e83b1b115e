#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Validates the desktop integration files as installed: stages `cmake --install` of the build into
# a temporary folder (prefix /usr, as a package has it), then runs desktop-file-validate and
# appstreamcli on the staged files and checks the icon set and the app id in every name.
# Every validator's output is printed, so a failing run shows why.
#
#   validate.sh CMAKE BUILD_DIR APP_ID "ICON SIZES"
set -uo pipefail

[ $# -eq 4 ] || { echo "usage: validate.sh CMAKE BUILD_DIR APP_ID \"ICON SIZES\"" >&2; exit 2; }
cmake=$1 build=$2 app_id=$3 sizes=$4

failures=0
pass() { printf 'PASS: %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*"; failures=$((failures + 1)); }
need() { command -v "$1" >/dev/null 2>&1 || { echo "validate.sh: $1 is not installed (package $2)" >&2; exit 1; }; }
need desktop-file-validate desktop-file-utils
need appstreamcli appstream

stage=$(mktemp -d "${TMPDIR:-/tmp}/rexec-packaging.XXXXXX") || exit 1
trap 'rm -rf "$stage"' EXIT

# Runs a validator, shows everything it said, and records the verdict.
check() {
    local what=$1; shift
    local out status
    out=$("$@" 2>&1); status=$?
    printf -- '--- %s\n%s\n' "$*" "${out:-(no output)}"
    if [ $status -eq 0 ]; then pass "$what"; else fail "$what (exit status $status)"; fi
}

# The staged tree: what `cpack -G DEB` would put under /usr.
if ! out=$(DESTDIR="$stage" "$cmake" --install "$build" --prefix /usr 2>&1); then
    printf '%s\n' "$out"
    fail "cmake --install into a staging folder"
    echo "FAIL"; exit 1
fi
share=$stage/usr/share
desktop=$share/applications/$app_id.desktop
metainfo=$share/metainfo/$app_id.metainfo.xml

for f in "$stage/usr/bin/rexec-desktop" "$stage/usr/bin/rexec-local" "$desktop" "$metainfo" \
         "$share/icons/hicolor/scalable/apps/$app_id.svg" "$share/doc/rexec-desktop/copyright"; do
    if [ -f "$f" ]; then pass "installed ${f#"$stage"}"; else fail "not installed: ${f#"$stage"}"; fi
done

check "desktop-file-validate" desktop-file-validate "$desktop"
# --strict: infos fail too, not only warnings and errors (pedantic hints stay hints).
check "appstreamcli validate --no-net --strict" appstreamcli validate --no-net --strict --explain "$metainfo"
# validate-tree also checks that the metainfo, its desktop entry and its icons fit together.
check "appstreamcli validate-tree --no-net" appstreamcli validate-tree --no-net "$stage"

# Every PNG size is there and is what its folder says (width and height are the IHDR's bytes 16..23).
for n in $sizes; do
    png=$share/icons/hicolor/${n}x${n}/apps/$app_id.png
    if [ ! -f "$png" ]; then fail "not installed: ${png#"$stage"}"; continue; fi
    read -r w3 w2 w1 w0 h3 h2 h1 h0 < <(od -An -tu1 -j16 -N8 "$png")
    w=$(( (w3 << 24) | (w2 << 16) | (w1 << 8) | w0 )) h=$(( (h3 << 24) | (h2 << 16) | (h1 << 8) | h0 ))
    if [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] && [ "$w" = "$n" ] && [ "$h" = "$n" ]; then
        pass "icon ${n}x${n}"
    else
        fail "icon ${png#"$stage"} is not a ${n}x${n} PNG (read ${w}x${h})"
    fi
done

# The names that tie window, entry, metadata and icon together.
field() { sed -n "s/^$1=//p" "$desktop" | head -n1; }
expect() { # DESCRIPTION COMMAND...: PASS when the command succeeds
    local what=$1; shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}
expect "desktop entry Icon= is $app_id" [ "$(field Icon)" = "$app_id" ]
# Qt sets X11's WM_CLASS class to the application name.
expect "desktop entry StartupWMClass= is rexec-desktop" [ "$(field StartupWMClass)" = rexec-desktop ]
expect "metainfo <id> is $app_id" grep -q "<id>$app_id</id>" "$metainfo"
expect "metainfo <launchable> is $app_id.desktop" \
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo"
expect "metainfo has no unconfigured @VARIABLES@" sh -c '! grep -q "@[A-Z_]*@" "$1"' sh "$metainfo"
# The metainfo repeats the entry's categories (so that it validates on its own); they must agree.
while read -r c; do
    case ";$(field Categories)" in
        *";$c;"*) pass "category $c in both" ;;
        *) fail "metainfo category $c is not in the desktop entry's Categories=$(field Categories)" ;;
    esac
done < <(sed -n 's:.*<category>\(.*\)</category>.*:\1:p' "$metainfo")

if [ $failures -eq 0 ]; then echo "PASS"; exit 0; fi
echo "FAIL ($failures)"; exit 1
