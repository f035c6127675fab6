#!/usr/bin/env bash
# Every source string is in both catalogues and translated: lupdate run over
# the sources leaves copies of the .ts files unchanged (nothing new, nothing
# gone), and lrelease reports no unfinished message.
#
#   check-catalogues.sh LUPDATE LRELEASE SOURCE_DIR
set -euo pipefail
lupdate=$1
lrelease=$2
source=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
for ts in "$source"/translations/*.ts; do
    name=$(basename "$ts")
    cp "$ts" "$work/$name"
    (cd "$source" && "$lupdate" app models platform ui -extensions cpp,h -no-obsolete -locations none \
        -ts "$work/$name") >"$work/lupdate.log" 2>&1
    grep 'Found' "$work/lupdate.log"
    if ! cmp -s "$ts" "$work/$name"; then
        echo "$name is out of date with the sources; run: cmake --build --preset default --target update_translations" >&2
        diff -u "$ts" "$work/$name" | head -40 >&2
        status=1
    fi
    report=$("$lrelease" "$ts" -qm "$work/${name%.ts}.qm" 2>&1)
    printf '%s\n' "$report"
    if ! printf '%s\n' "$report" | grep -Eq 'Generated [1-9][0-9]* translation\(s\) \([0-9]+ finished and 0 unfinished\)'; then
        echo "$name has unfinished translations" >&2
        status=1
    fi
    if printf '%s\n' "$report" | grep -q 'untranslated'; then
        echo "$name leaves source texts untranslated" >&2
        status=1
    fi
done
exit $status
