#!/usr/bin/env bash
# A second aerial opens the first one's window and exits with 0; neither a
# second icon nor a second process stays. Then the first is killed (as a
# crash) and a new start is first again: nothing stale locks it out.
#   second_instance.sh AERIAL SCENARIO
set -euo pipefail
aerial=$1 scenario=$2
work=$(mktemp -d)
first=
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$work/runtime XDG_CONFIG_HOME=$work/config
export QT_LOGGING_RULES="aerial.ui.debug=true"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# A private session bus: the first Aerial owns its name there.
dbus-daemon --session --fork --print-address=3 --print-pid=4 3>"$work/bus" 4>"$work/bus.pid"
export DBUS_SESSION_BUS_ADDRESS=$(cat "$work/bus")
trap '[ -n "$first" ] && kill -9 "$first" 2>/dev/null; kill "$(cat "$work/bus.pid")" 2>/dev/null; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; cat "$work"/*.log 2>/dev/null; exit 1; }
wait_for() { for _ in $(seq 100); do eval "$1" && return 0; sleep 0.1; done; return 1; }

"$aerial" --scenario "$scenario" >"$work/first.log" 2>&1 &
first=$!
owned() { dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
              string:io.github.aerialwifi.Aerial 2>/dev/null | grep -q "boolean true"; }
wait_for owned || fail "the first aerial does not own its name"

timeout 20 "$aerial" --scenario "$scenario" >"$work/second.log" 2>&1 || fail "the second aerial exited with $?"
wait_for 'grep -q "another start asked for the window" "$work/first.log"' || fail "the first aerial was not asked"
wait_for 'grep -q "window opened or brought forward" "$work/first.log"' || fail "the first aerial did not open its window"
kill -0 "$first" || fail "the first aerial is gone"
echo "PASS: the second start opened the first one's window and exited with 0"

kill -9 "$first"
wait "$first" 2>/dev/null || true
first=
"$aerial" --scenario "$scenario" >"$work/third.log" 2>&1 &
first=$!
sleep 1
kill -0 "$first" || fail "the start after a crash exited"
wait_for owned || fail "the start after a crash does not own the name"
timeout 20 "$aerial" --scenario "$scenario" >"$work/fourth.log" 2>&1 || fail "the start after a crash did not answer"
wait_for 'grep -q "another start asked for the window" "$work/third.log"' || fail "the new first aerial was not asked"
echo "PASS: after a crash, the next start is first again"
