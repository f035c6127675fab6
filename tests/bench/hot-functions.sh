#!/usr/bin/env bash
# Writes app/hot-functions.txt: the functions of aerial that run from start to
# the idle tray, in the setting of tests/bench/resident.sh (Xvfb, trayer,
# python-dbusmock's NetworkManager with 20 access points), as callgrind saw
# them. The link puts them first in aerial's code (app/CMakeLists.txt). Run it
# again when start-up changes much; needs valgrind.
#   hot-functions.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
out=$(cd "$here/../.." && pwd)/app/hot-functions.txt
. "$here/nm-desktop.sh"
start_nm_desktop --access-points 20

valgrind --tool=callgrind --demangle=no --callgrind-out-file="$work/callgrind.out" \
    "$build/bin/aerial" --backend networkmanager >"$work/aerial.log" 2>&1 &
aerial=$!
pids+=($aerial)
icon_embedded() { [ -n "$(aerial_icon_geometry)" ]; }
WAIT_SECONDS=120 wait_until "Aerial's icon in the tray" icon_embedded
sleep 10 # under callgrind, the access points take a while to be read
callgrind_control --dump "$aerial" >/dev/null 2>&1
dumped() { [ -s "$work/callgrind.out.1" ]; }
WAIT_SECONDS=30 wait_until "callgrind's dump" dumped
sleep 1

# Callgrind's format names each object and function once, as "ob=(N) name"
# and "fn=(N) name", and by "(N)" alone afterwards; "cob" and "cfn" name
# them too. A recursive call's function carries a "'2" suffix.
{
    echo "# Written by tests/bench/hot-functions.sh; the functions of aerial that run"
    echo "# from start to the idle tray, as callgrind listed them."
    awk '
        function named(line, names,    id, rest) {
            id = line; sub(/^[a-z]+=\(/, "", id); sub(/\).*/, "", id)
            rest = line; sub(/^[a-z]+=\([0-9]+\) ?/, "", rest)
            if (rest != "") names[id] = rest
            return names[id]
        }
        /^c?ob=\(/ { object = named($0, objects); if ($0 ~ /^ob=/) current = object; next }
        /^c?fn=\(/ {
            name = named($0, functions)
            if ($0 ~ /^fn=/ && current ~ /\/bin\/aerial$/) {
                sub(/\047[0-9]+$/, "", name)
                if (!(name in seen)) { seen[name] = 1; print name }
            }
        }' "$work/callgrind.out.1"
} >"$out"
echo "$(grep -vc '^#' "$out") functions written to $out"
