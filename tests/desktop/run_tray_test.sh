#!/usr/bin/env bash
# End-to-end tray test: Aerial's icon embedded in a real XEmbed tray (trayer)
# on Xvfb, clicked with the mouse as a person clicks it.
#   run_tray_test.sh /path/to/aerial
set -euo pipefail
aerial=$1
. "$(dirname "$0")/virtual-desktop.sh"
start_display 1024x768x24
start_tray

QT_QPA_PLATFORM=xcb QT_LOGGING_RULES=qt.qpa.tray.debug=true "$aerial" --backend simulated >"$work/aerial.log" 2>&1 &
aerial_pid=$!
pids+=($aerial_pid)

# The icon is embedded in the panel: a 'aerial' window inside trayer's panel.
icon_embedded() { [ -n "$(aerial_icon_geometry)" ]; }
wait_until "the icon in the tray" icon_embedded
read -r x y < <(aerial_icon_geometry | tr '+' ' ' | awk '{ print $1 + 8, $2 + 8 }')
echo "tray icon at $x,$y"

window_viewable() {
    for id in $(xdotool search --onlyvisible --class aerial 2>/dev/null); do
        # The window, not the icon's: the icon is 22 pixels or so wide.
        if xwininfo -id "$id" | grep -Eq "Width: [0-9]{3,}"; then return 0; fi
    done
    return 1
}
window_hidden() { ! window_viewable; }

window_hidden || fail "the window was open before the first click"
xdotool mousemove "$x" "$y" click 1
wait_until "the window to open on a left click" window_viewable
echo "left click opened the window"
sleep 0.8 # two clicks closer than this are a double click
xdotool mousemove "$x" "$y" click 1
wait_until "the window to hide on a second left click" window_hidden
echo "second left click hid it"

# The context menu: Open, Rescan, Wi-Fi, Quit. Quit through its mnemonic.
xdotool mousemove "$x" "$y" click 3
menu_open() { # a popup menu is an override-redirect window
    for id in $(xdotool search --onlyvisible --class aerial 2>/dev/null); do
        if xwininfo -id "$id" | grep -q "Override Redirect State: yes"; then return 0; fi
    done
    return 1
}
wait_until "the context menu" menu_open
echo "right click opened the menu"
xdotool key q
for _ in $(seq 50); do kill -0 "$aerial_pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$aerial_pid" 2>/dev/null && fail "Quit in the tray menu did not quit"
wait "$aerial_pid" || fail "aerial exited with an error"
echo "PASS: the tray icon toggles the window and its menu quits"
