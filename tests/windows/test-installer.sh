#!/usr/bin/env bash
# The Windows installer under Wine, as a person's silent install would go:
# into a fresh prefix, per user, with no administrator rights; the files, the
# Start-menu shortcut and the sign-in (HKCU Run) value are checked; the
# installed aerial.exe starts against the simulated service; the uninstaller
# then leaves nothing behind.
#   test-installer.sh WINE64 INSTALLER SIMULATED_WLANAPI_DLL SCENARIO
set -euo pipefail
wine64=$1 installer=$2 dll=$3 scenario=$4
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../desktop/virtual-desktop.sh"
[ -f "$installer" ] || fail "no installer at $installer: build it with --target package first"
start_display

export WINEPREFIX=$work/prefix WINEDEBUG=-all WINEDLLOVERRIDES="wlanapi=n"
wineserver=$(dirname "$wine64")/wineserver
"$wine64" wineboot --init >/dev/null 2>&1
"$wineserver" -w
install -m 0644 "$dll" "$WINEPREFIX/drive_c/windows/system32/wlanapi.dll"

windows_path() { "$wine64" cmd /c echo "$1" 2>/dev/null | tr -d '\r'; }
unix_path() { "$wine64" winepath -u "$1" 2>/dev/null | tr -d '\r'; }
registry() { "$wine64" reg query "$@" 2>/dev/null | tr -d '\r'; }

local_app_data=$(windows_path '%LOCALAPPDATA%')
programs=$(windows_path '%APPDATA%')'\Microsoft\Windows\Start Menu\Programs'
install_dir="$local_app_data\\Programs\\Aerial"
unix_install_dir=$(unix_path "$install_dir")
[ -n "$unix_install_dir" ] || fail "cannot map $install_dir to a Linux path"
run_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Run'
uninstall_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Aerial'

echo "installing silently: $(basename "$installer")"
"$wine64" "$installer" /S
"$wineserver" -w
for file in aerial.exe LICENSE.txt Uninstall.exe; do
    [ -f "$unix_install_dir/$file" ] || fail "not installed: $install_dir\\$file"
done
[ -n "$(find "$unix_install_dir/licenses" -name '*.txt' 2>/dev/null | head -1)" ] || fail "no licence texts in $install_dir\\licenses"
[ -f "$(unix_path "$programs")/Aerial.lnk" ] || fail "no Start-menu shortcut in $programs"
registry "$run_key" /v Aerial | grep -q 'aerial.exe' || fail "no sign-in value in $run_key"
registry "$uninstall_key" /v UninstallString | grep -q 'Uninstall.exe' || fail "not registered in $uninstall_key"
echo "installed into $install_dir, with the shortcut, the sign-in value and the uninstall entry"

# The installed program starts against the simulated service and shows its window.
AERIAL_WLANAPI_SCENARIO="Z:$scenario" AERIAL_QUIT_WHEN_SHOWN=1 \
    timeout 120 "$wine64" "$unix_install_dir/aerial.exe" --backend windows --show >"$work/aerial.log" 2>&1 ||
    fail "the installed aerial.exe did not start and quit cleanly (status $?)"
echo "the installed aerial.exe started and showed its window"

echo "uninstalling silently"
"$wine64" "$unix_install_dir/Uninstall.exe" /S
"$wineserver" -w
[ ! -e "$unix_install_dir" ] || fail "left behind: $(find "$unix_install_dir" | head -5)"
[ ! -e "$(unix_path "$programs")/Aerial.lnk" ] || fail "the Start-menu shortcut was left behind"
! registry "$run_key" /v Aerial | grep -q 'aerial.exe' || fail "the sign-in value was left behind"
! registry "$uninstall_key" >/dev/null || fail "the uninstall entry was left behind"
# The registry queries started a wineserver that writes the prefix as it
# exits; it must be gone before the prefix is removed.
"$wineserver" -k 2>/dev/null || true
"$wineserver" -w
echo "PASS: installed per user, started, and uninstalled without a trace"
