#!/bin/bash
# prepare-wine-prefix.sh WINE64 PREFIX SIMULATED_WLANAPI_DLL
# A fresh, throwaway Wine prefix with the simulated wlanapi.dll in System32.
set -euo pipefail
wine64=$1 prefix=$2 dll=$3
export WINEPREFIX=$prefix WINEDEBUG=-all
rm -rf "$prefix"
"$wine64" wineboot --init >/dev/null 2>&1
"$(dirname "$wine64")/wineserver" -w
install -m 0644 "$dll" "$prefix/drive_c/windows/system32/wlanapi.dll"
echo "prefix ready: $prefix"
