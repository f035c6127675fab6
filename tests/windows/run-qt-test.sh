#!/usr/bin/env bash
# run-qt-test.sh WINE64 PROGRAM [ARGS...]
# Runs a Qt Test program under Wine (the windows preset's cross-compiling
# emulator). Its console output does not come through Wine here, so Qt Test
# writes its log to a file, which is printed; the exit status is the test's.
set -uo pipefail
wine64=$1 program=$2
shift 2
log=$(mktemp --suffix=.txt)
"$wine64" "$program" -o "Z:$log,txt" "$@"
status=$?
cat "$log"
rm -f "$log"
exit "$status"
