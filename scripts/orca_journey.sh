#!/bin/bash
# Orca over a short journey, headless: what the screen reader says, from its debug log.
#
#   scripts/orca_journey.sh [OUT_DIR]      (default /tmp/kb-orca; about 45 s)
#
# Starts the window on a fresh profile under Xvfb with a private D-Bus session and its own AT-SPI
# bus, starts Orca (apt-get install orca xvfb dbus-x11 at-spi2-core xdotool) with its debug log,
# presses keys with xdotool (first-run question, search "policija", open the first result, Tab to
# links, H for the next heading, the checklist: Tab, Down, Space), then prints every
# "SPEECH OUTPUT" line Orca logged. No sound is needed: Orca logs what it would say.
set -u
OUT=${1:-/tmp/kb-orca}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${KB_ORCA_INNER:-}" ]; then
    for tool in orca xvfb-run dbus-run-session xdotool; do
        command -v $tool >/dev/null || { echo "orca_journey: $tool is missing (apt-get install orca xvfb dbus-x11 at-spi2-core xdotool)" >&2; exit 2; }
    done
    mkdir -p "$OUT"
    rm -f "$OUT"/orca-debug.log "$OUT"/app.log
    KB_ORCA_INNER=1 xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- "$0" "$OUT" >"$OUT/session.log" 2>&1
    grep "SPEECH OUTPUT" "$OUT/orca-debug.log" | sed "s/^.*SPEECH OUTPUT: //; s/ *{'established': False}$//"
    exit 0
fi
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
BUS=$!
sleep 1
PROFILE=$(mktemp -d)
export QT_ACCESSIBILITY=1 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb LANG=lv_LV.UTF-8
KB_APP_PROFILE=$PROFILE "$ROOT/.venv/bin/python" -m kb_app gui >"$OUT/app.log" 2>&1 &
APP=$!
sleep 6
orca --replace -u "$OUT/prefs" --debug-file="$OUT/orca-debug.log" >/dev/null 2>&1 &
ORCA=$!
sleep 8
key() {  # into the app's newest window: Xvfb has no window manager to give it the focus
    local window
    window=$(xdotool search --onlyvisible --pid $APP | tail -1)
    [ -n "$window" ] && xdotool windowfocus --sync "$window"
    xdotool key --clearmodifiers "$@"
    sleep 1.5
}
key Return                          # the first-run question: the first municipality
key ctrl+k; xdotool type --delay 60 policija; sleep 2
key Down; key Return; sleep 1       # the first result, opened
key ctrl+1; key Tab; key Tab        # the page, its first two links
key h; key h                        # Orca's next heading
key ctrl+shift+i; key Tab; key Down; key Down; key space   # the checklist: a strong sign ticked
sleep 2
kill $ORCA $APP 2>/dev/null
sleep 1
kill $BUS 2>/dev/null
rm -rf "$PROFILE"
