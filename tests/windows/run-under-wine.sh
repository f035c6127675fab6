#!/bin/bash
# run-under-wine.sh WINE64 PREFIX OVERRIDE PROGRAM [ARGS...]
# Runs a Windows console program with wlanapi.dll overridden: n is the
# simulated DLL in the prefix's System32, b Wine's own, d none.
set -euo pipefail
wine64=$1 prefix=$2 override=$3
shift 3
export WINEPREFIX=$prefix WINEDEBUG=-all WINEDLLOVERRIDES="wlanapi=$override"
exec "$wine64" "$@"
