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
# Wine does not import QT_* variables from Linux; the Windows way, the user's
# environment in the registry, sets the offscreen platform for the Qt tests.
"$wine64" reg add 'HKCU\Environment' /v QT_QPA_PLATFORM /d offscreen /f >/dev/null
"$(dirname "$wine64")/wineserver" -w
echo "prefix ready: $prefix"
