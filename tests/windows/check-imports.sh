#!/usr/bin/env bash
# aerial.exe as built: its manifest is embedded, it imports no wlanapi.dll
# (Aerial loads it from System32 at run time, so it starts where the DLL is
# missing), and it needs no DLL that Windows does not ship (Qt and the MinGW
# runtime are linked in statically).
#   check-imports.sh OBJDUMP AERIAL_EXE
set -euo pipefail
objdump=$1 exe=$2
fail() { echo "FAIL: $*"; exit 1; }

grep -aq 'PerMonitorV2' "$exe" || fail "no per-monitor DPI v2 manifest in $exe"
grep -aq 'requestedExecutionLevel level="asInvoker"' "$exe" || fail "no asInvoker manifest in $exe"
grep -aq 'Microsoft.Windows.Common-Controls' "$exe" || fail "no common-controls 6 dependency in $exe"

imports=$("$objdump" -p "$exe" | awk '/DLL Name:/ { print tolower($3) }' | sort -u)
echo "imports:" $imports
# Windows' own DLLs (and its API sets).
allowed='^(kernel32|user32|gdi32|advapi32|shell32|ole32|oleaut32|comdlg32|imm32|winmm|ws2_32|dwmapi|uxtheme|version|shcore|d3d9|d3d11|d3d12|dxgi|dwrite|d2d1|netapi32|userenv|wtsapi32|msvcrt|setupapi|mpr|crypt32|secur32|iphlpapi|dnsapi|winhttp|bcrypt|ncrypt|authz|shlwapi|winspool\.drv|comctl32|rpcrt4|opengl32|api-ms-win-[a-z0-9-]+)\.dll$'
for dll in $imports; do
    [ "$dll" = wlanapi.dll ] && fail "aerial.exe imports wlanapi.dll"
    [[ "$dll" =~ $allowed ]] || fail "aerial.exe needs $dll, which Windows does not ship"
done
echo "PASS: manifest embedded; no wlanapi.dll and only Windows' own DLLs imported"
