#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs lupdate over the current sources on copies of the shipped .ts files and fails, with a list,
# when a shipped file is not complete: a source string missing from it or left unfinished, or an
# entry the sources no longer have. Arguments come from tests/translations/CMakeLists.txt.
set -eu

fail() { echo "check_translations: $*" >&2; exit 1; }

options=
plurals=
while [ $# -gt 0 ]; do
    case "$1" in
        --cmake) cmake=$2; shift 2 ;;
        --lupdate) lupdate=$2; shift 2 ;;
        --lconvert) lconvert=$2; shift 2 ;;
        --python) python=$2; shift 2 ;;
        --project-generator) generator=$2; shift 2 ;;
        --project) project=$2; shift 2 ;;
        --options) options=$2; shift 2 ;;
        --plurals) plurals=$2; shift 2 ;;
        --) shift; break ;;
        *) fail "unknown argument $1" ;;
    esac
done
[ $# -gt 0 ] || fail "no .ts files given"
[ -f "$project" ] || fail "$project is missing; configure the build first"

work=$(mktemp -d "${TMPDIR:-/tmp}/rexec-i18n.XXXXXX") || fail "cannot make a temporary folder"
trap 'rm -rf "$work"' EXIT

# The same JSON project description the update_translations target feeds lupdate.
"$cmake" "-DIN_FILE=$project" "-DOUT_FILE=$work/project.json" -P "$generator" >/dev/null ||
    fail "cannot generate the lupdate project file"

copies=
pairs=
for ts in "$@"; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    copies="$copies $copy"
    pairs="$pairs $ts=$copy"
done
if [ -n "$plurals" ]; then
    # As the build does: lupdate the plural-forms file in full, then keep only the numerus entries.
    plurals_copy="$work/plurals/$(basename "$plurals")"
    mkdir -p "$work/plurals"
    cp "$plurals" "$plurals_copy"
    copies="$copies $plurals_copy"
fi

# -ts overrides the project's list of translations, so the shipped files stay untouched.
# shellcheck disable=SC2086 # $options and $copies are lists
"$lupdate" -silent -project "$work/project.json" $options -ts $copies >"$work/lupdate.log" 2>&1 ||
    { cat "$work/lupdate.log" >&2; fail "lupdate failed"; }
if [ -n "$plurals" ]; then
    "$lconvert" -pluralonly -i "$plurals_copy" -o "$plurals_copy" || fail "lconvert failed"
    pairs="$pairs $plurals=$plurals_copy"
fi

# shellcheck disable=SC2086
exec "$python" "$(dirname "$0")/compare_ts.py" $pairs
