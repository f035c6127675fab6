#!/usr/bin/env bash
# A storm of access points, side by side with nm-tray (Debian's nm-tray 0.5,
# when installed): under Xvfb with an XEmbed tray (trayer), python-dbusmock's
# NetworkManager on a private system bus with one Wi-Fi device and 20 access
# points, both programs started in the tray; then 200 access points added and
# removed through the mock, three times. The CPU each program took is read
# from /proc/PID/task/*/schedstat before and after (target: Aerial ≤ 0.5×
# nm-tray). Figures to report; exit status 1 only when the measurement fails.
#   storm.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
. "$here/nm-desktop.sh"
start_nm_desktop --access-points 20 --storm 200
shown=20 peak_expected=220

# CPU time of every thread of a process, in nanoseconds.
cpu_ns() { cat /proc/"$1"/task/*/schedstat 2>/dev/null | awk '{ sum += $1 } END { printf "%.0f\n", sum }'; }

# aerial.nm's debug lines say what Aerial published: proof that it followed
# the storm, rather than missing it.
QT_LOGGING_RULES='aerial.nm.debug=true' "$build/bin/aerial" --backend networkmanager >"$work/aerial.log" 2>&1 &
aerial=$!
pids+=($aerial)
peer=
if command -v nm-tray >/dev/null; then
    nm-tray >"$work/nm-tray.log" 2>&1 &
    peer=$!
    pids+=($peer)
fi
sleep 4 # both in the tray with the 20 access points read

aerial_before=$(cpu_ns "$aerial")
[ -n "$peer" ] && peer_before=$(cpu_ns "$peer")
for round in 1 2 3; do
    done_count() { grep -c DONE "$work/mock.out" || true; }
    before=$(done_count)
    echo go >&4
    storm_done() { [ "$(done_count)" -gt "$before" ]; }
    for _ in $(seq 600); do storm_done && break; sleep 0.1; done
    storm_done || fail "storm round $round did not finish"
done
sleep 3 # the last signals handled
kill -0 "$aerial" 2>/dev/null || fail "aerial died in the storm"
published() { grep -oE '[0-9]+ networks published' "$work/aerial.log" | awk '{ print $1 }'; }
peak=$(published | sort -n | tail -1)
last=$(published | tail -1)
[ "${peak:-0}" = "$peak_expected" ] || fail "aerial never showed the storm's $peak_expected networks (at most ${peak:-0})"
[ "$last" = "$shown" ] || fail "aerial shows $last networks after the storm, not $shown"
aerial_ms=$(( ($(cpu_ns "$aerial") - aerial_before) / 1000000 ))
printf '%-58s %14.3f ms\n' "storm: aerial CPU, 3 × 200 access points in and out" "$aerial_ms"
if [ -z "$peer" ]; then
    echo "storm: nm-tray is not installed; no side-by-side figure"
    exit 0
fi
kill -0 "$peer" 2>/dev/null || fail "nm-tray died in the storm"
peer_ms=$(( ($(cpu_ns "$peer") - peer_before) / 1000000 ))
printf '%-58s %14.3f ms\n' "storm: nm-tray CPU, the same storm" "$peer_ms"
awk -v a="$aerial_ms" -v p="$peer_ms" 'BEGIN {
    r = p > 0 ? a / p : 0
    printf "%-58s %14.3f ×          target ≤ 0.5  %s\n", "storm: aerial ÷ nm-tray CPU", r, (r <= 0.5 ? "met" : "MISSED")
}'
