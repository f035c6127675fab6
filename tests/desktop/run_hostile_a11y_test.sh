#!/usr/bin/env bash
# The hostile names over AT-SPI: a real X server (Xvfb), a private session
# bus with the accessibility bus, Aerial on the xcb platform playing a
# scenario made of tests/data/hostile-names.txt, and a pyatspi client.
#   run_hostile_a11y_test.sh /path/to/aerial
set -euo pipefail
aerial=$1
here=$(dirname "$0")
. "$here/virtual-desktop.sh"
start_display

dbus-daemon --session --fork --print-address=3 --print-pid=4 3>"$work/bus" 4>"$work/bus.pid"
pids+=("$(cat "$work/bus.pid")")
export DBUS_SESSION_BUS_ADDRESS=$(cat "$work/bus")
/usr/libexec/at-spi-bus-launcher --launch-immediately >"$work/atspi.log" 2>&1 &
pids+=($!)
sleep 1

# Each name that fits an SSID is a network's; the two longer ones name the
# profiles of two more networks (docs/scenario-format.md).
count=$(/usr/bin/python3 - "$here/../data/hostile-names.txt" "$work/scenario.json" <<'PY'
import json, sys
names = []
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        names.append(bytes.fromhex(line.rstrip("\n").split("\t")[1]))
ssids = [n for n in names if len(n) <= 32]
long_names = [n.decode("utf-8") for n in names if len(n) > 32]
networks = [{"ssidHex": n.hex(), "signal": 90 - i % 80, "security": "open"} for i, n in enumerate(ssids)]
networks += [{"ssid": "Long %d" % i, "signal": 5, "security": "wpa2-personal", "profile": name}
             for i, name in enumerate(long_names)]
scenario = {
    "latencyMs": 5,
    "interfaces": [{"id": "{0b57111e-0000-4000-8000-000000000001}", "description": "Hostile names adapter",
                    "state": "disconnected", "networks": networks}],
    "profiles": [{"name": name} for name in long_names],
}
json.dump(scenario, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
print(len(networks))
PY
)
QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 "$aerial" --scenario "$work/scenario.json" --show >"$work/aerial.log" 2>&1 &
pids+=($!)

/usr/bin/python3 "$here/hostile_a11y_check.py" "$count" || fail "see above"
