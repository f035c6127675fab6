#!/usr/bin/env bash
# aerial.exe end to end under Wine: the real window, the real
# NativeWifiBackend over the real NativeWifiSession, against the simulated
# wlanapi.dll in System32. Driven by keys as a person would; what the window
# said is read from its aerial.ui log, since UI Automation cannot be read
# under Wine.
#   test-aerial-exe.sh WINE64 AERIAL_EXE SIMULATED_WLANAPI_DLL SCENARIO [SCREENSHOT.png]
set -euo pipefail
wine64=$1 aerial=$2 dll=$3 scenario=$4 screenshot=${5:-}
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../desktop/virtual-desktop.sh"
start_display 1024x700x24

export WINEPREFIX=$work/prefix WINEDEBUG=-all WINEDLLOVERRIDES="wlanapi=n"
wineserver=$(dirname "$wine64")/wineserver
"$wine64" wineboot --init >/dev/null 2>&1
"$wineserver" -w
install -m 0644 "$dll" "$WINEPREFIX/drive_c/windows/system32/wlanapi.dll"
# Wine does not import QT_* variables from Linux: they go in the user's
# environment in the registry, as on Windows.
"$wine64" reg add 'HKCU\Environment' /v QT_LOGGING_RULES /d 'aerial.ui.debug=true' /f >/dev/null
"$wine64" reg add 'HKCU\Environment' /v QT_FORCE_STDERR_LOGGING /d 1 /f >/dev/null
"$wineserver" -w

AERIAL_WLANAPI_SCENARIO="Z:$scenario" "$wine64" "$aerial" --backend windows --show >"$work/aerial.log" 2>&1 &
aerial_pid=$!
pids+=("$aerial_pid")

window() { xdotool search --onlyvisible --name '^Aerial$' 2>/dev/null | head -1; }
window_shown() { [ -n "$(window)" ]; }
# Wine writes stderr in the Windows code page: match bytes, not UTF-8.
said() { LC_ALL=C grep -aq -- "$1" "$work/aerial.log"; }
wait_until "the window" window_shown
# Wine starts slowly: allow the first read of the service to land.
for _ in $(seq 100); do said "announced\|explained" && break; grep -q "Intel" "$work/aerial.log" && break; sleep 0.2; done
sleep 2
xdotool windowactivate --sync "$(window)" 2>/dev/null || xdotool windowfocus "$(window)"
key() { xdotool key --delay 120 "$@"; sleep 0.3; }

# Disconnect the interface whose all-users profile this account may not use.
key Delete
explained_denial() { said "explained: Aerial could not disconnect .* shared by all users of this computer"; }
wait_until "the access-denied explanation" explained_denial
echo "explained: $(LC_ALL=C grep -ao 'explained: .*' "$work/aerial.log" | head -1 | cut -c1-160)…"
if [ -n "$screenshot" ] && command -v import >/dev/null; then
    sleep 1
    import -window root "$screenshot"
    echo "screenshot: $screenshot"
fi

# Then a connect that the service allows: the USB adapter, with HomeNet.
# (The explanation stays open beside the lists; it does not stand in the way.)
key alt+i Down         # the second interface
key alt+n Home Return  # its first network, HomeNet, and connect
connected() { said "announced: TP-Link Archer T3U USB Adapter is connected using the profile HomeNet"; }
wait_until "the connect to succeed" connected
echo "connected: TP-Link Archer T3U USB Adapter, HomeNet"

key ctrl+q
for _ in $(seq 100); do kill -0 "$aerial_pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$aerial_pid" 2>/dev/null && fail "Ctrl+Q did not quit aerial.exe"
wait "$aerial_pid" || fail "aerial.exe exited with an error"
# The wineserver writes the prefix's registry as it exits: it must be gone
# before the prefix is removed (seen once: "rm: … Directory not empty").
"$wineserver" -k 2>/dev/null || true
"$wineserver" -w
echo "PASS: aerial.exe explained ERROR_ACCESS_DENIED and connected, under Wine"
