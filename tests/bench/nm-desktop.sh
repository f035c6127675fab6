# Shared by the desktop benchmarks (resident.sh, storm.sh): a private X
# display with an XEmbed tray, private system and session buses (the same for
# every program started), and python-dbusmock's NetworkManager populated by
# nm_mock.py, whose standard input stays open on fd 4.
#   . nm-desktop.sh; start_nm_desktop NM_MOCK_ARGUMENTS...
. "$(dirname "${BASH_SOURCE[0]}")/../desktop/virtual-desktop.sh"

start_nm_desktop() {
    start_display 1024x768x24
    local bus
    for bus in system session; do
        dbus-daemon --session --nofork --print-address=1 >"$work/$bus.address" 2>/dev/null &
        pids+=($!)
    done
    addresses_written() { [ -s "$work/system.address" ] && [ -s "$work/session.address" ]; }
    wait_until "the private buses" addresses_written
    DBUS_SYSTEM_BUS_ADDRESS=$(head -1 "$work/system.address")
    DBUS_SESSION_BUS_ADDRESS=$(head -1 "$work/session.address")
    export DBUS_SYSTEM_BUS_ADDRESS DBUS_SESSION_BUS_ADDRESS QT_QPA_PLATFORM=xcb

    mkfifo "$work/mock.in"
    /usr/bin/python3 "$(dirname "${BASH_SOURCE[0]}")/nm_mock.py" "$@" <"$work/mock.in" >"$work/mock.out" &
    pids+=($!)
    exec 4>"$work/mock.in"
    mock_ready() { grep -q READY "$work/mock.out"; }
    wait_until "the NetworkManager mock" mock_ready

    start_tray
}
