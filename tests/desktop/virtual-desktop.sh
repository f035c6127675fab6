# Shared by the end-to-end tests: a private X display and clean-up.
# Source it, then call start_display; every pid added to `pids` is killed
# on exit, and $work is a temporary folder removed then.
work=$(mktemp -d)
pids=()
# Clean-up waits for what it stops: a dying Xvfb removes its socket, and a
# display started right after on the same number (the next benchmark) would
# lose it.
cleanup() {
    local pid _
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*"
    echo "--- aerial log"
    cat "$work/aerial.log" 2>/dev/null || true
    local log
    for log in trayer xvfb; do
        if [ -s "$work/$log.log" ]; then
            echo "--- $log log"
            cat "$work/$log.log"
        fi
    done
    exit 1
}

# wait_until DESCRIPTION COMMAND...: up to 10 s, or WAIT_SECONDS.
wait_until() {
    local what=$1
    shift
    for _ in $(seq $(( ${WAIT_SECONDS:-10} * 10 ))); do
        if "$@"; then return 0; fi
        sleep 0.1
    done
    fail "timed out waiting for $what"
}

# Xvfb picks a free display number and writes it to fd 3. -noreset: an X
# server resets when its last client leaves, and refuses connections while
# it does; the checks here come and go (xwininfo) before the first program
# stays, and trayer once could not open the display.
start_display() {
    Xvfb -displayfd 3 -screen 0 "${1:-1280x800x24}" -nolisten tcp -noreset 3>"$work/display" 2>"$work/xvfb.log" &
    pids+=($!)
    display_written() { [ -s "$work/display" ]; }
    wait_until "Xvfb" display_written
    export DISPLAY=":$(cat "$work/display")"
    display_answers() { xwininfo -root >/dev/null 2>&1; }
    wait_until "the display $DISPLAY to answer" display_answers
    export XDG_RUNTIME_DIR=$work/runtime XDG_CONFIG_HOME=$work/config
    mkdir -p "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME"
    chmod 700 "$XDG_RUNTIME_DIR"
}

# An XEmbed tray (trayer) at the bottom right of the display.
start_tray() {
    trayer --edge bottom --align right --widthtype pixel --width 100 --heighttype pixel --height 32 \
        >"$work/trayer.log" 2>&1 &
    pids+=($!)
    tray_ready() { xwininfo -root -tree | grep -q '"panel": ("panel" "trayer")'; }
    # Once, on a fresh machine, trayer (GTK 2) took longer than 10 s to show
    # its panel.
    WAIT_SECONDS=30 wait_until "the tray" tray_ready
}

# Where Aerial's icon sits in trayer's panel (WxH+X+Y); empty until embedded.
aerial_icon_geometry() {
    xwininfo -root -tree | awk '/"panel": \("panel" "trayer"\)/ { inpanel = 1; next }
        inpanel && /\("aerial" "aerial"\)/ { print $NF; exit }'
}
