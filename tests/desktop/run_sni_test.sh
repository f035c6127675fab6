#!/usr/bin/env bash
# The StatusNotifierItem tray end to end (tests/desktop/sni_check.py): Xvfb,
# a private session bus, and a small StatusNotifierWatcher and host.
#   run_sni_test.sh /path/to/aerial
set -euo pipefail
aerial=$1
. "$(dirname "$0")/virtual-desktop.sh"
start_display 1280x800x24
dbus-daemon --session --nofork --print-address=1 >"$work/bus.address" 2>/dev/null &
pids+=($!)
address_written() { [ -s "$work/bus.address" ]; }
wait_until "the session bus" address_written
export DBUS_SESSION_BUS_ADDRESS=$(head -1 "$work/bus.address")
/usr/bin/python3 "$(dirname "$0")/sni_check.py" "$aerial"
