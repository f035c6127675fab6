#!/usr/bin/env bash
# Sets up a Debian 12 machine for Aerial, builds it, and then either starts it
# or runs every test.
#
#   bash packaging/debian-setup.sh run    # install, build, start Aerial
#   bash packaging/debian-setup.sh test   # install, build, run every test
#
# Installs packages with apt-get (through sudo when not root) only when some
# are missing, so a second run starts at once.
set -euo pipefail

mode=${1:-run}
case "$mode" in
run | test) ;;
*)
    echo "usage: bash packaging/debian-setup.sh run|test" >&2
    exit 2
    ;;
esac

cd "$(dirname "$0")/.."
# The Qt for Windows cache lives under the home folder (packaging/windows-qt.sh).
export HOME=${HOME:-$(getent passwd "$(id -u)" | cut -d: -f6)}

build_packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6svg6 libgl-dev
    nlohmann-json3-dev fonts-dejavu-core
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libsecret-1-0
    lld # links aerial with its start-up functions first (app/CMakeLists.txt)
)
# The end-to-end tests need a display, an accessibility bus and its client,
# and a tray to click in.
test_packages=(xvfb xauth at-spi2-core dbus python3-pyatspi python3-gi gir1.2-atspi-2.0 trayer xdotool x11-utils)
# NetworkManager's integration tests: a private dbus-daemon with python-dbusmock,
# and a real Secret Service (gnome-keyring) read back with secret-tool.
test_packages+=(python3-dbusmock gnome-keyring libsecret-tools)
# aerial.exe, its tests and installer: cross-built with mingw-w64 against a
# static Qt built from Debian's source (packaging/windows-qt.sh), run under
# Wine; the installer by NSIS.
test_packages+=(g++-mingw-w64-x86-64-posix mingw-w64-x86-64-dev wine64 nsis xz-utils)
# The .deb (tests/packaging/check-deb.sh): CPack's dpkg-shlibdeps and file,
# the validators, lintian, and debootstrap for a fresh chroot to install into.
test_packages+=(dpkg-dev file desktop-file-utils appstream lintian debootstrap)
# The fuzz targets and the sanitizer build: clang with libFuzzer and the
# sanitizer runtimes.
test_packages+=(clang libclang-rt-14-dev)

packages=("${build_packages[@]}")
[ "$mode" = test ] && packages+=("${test_packages[@]}")

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

cmake --preset default
cmake --build --preset default

if [ "$mode" = run ]; then
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "Aerial is built (build/bin/aerial), but there is no display to show it on." >&2
        echo "Run this command again from a desktop session." >&2
        exit 1
    fi
    exec build/bin/aerial --show
fi

# The benchmarks report their figures (README.md lists the targets); then
# Windows: Qt for Windows (built once, then cached), aerial.exe, its
# installer, and their tests under Wine; then the fuzz targets; then the
# whole Linux suite again under AddressSanitizer, LeakSanitizer and
# UndefinedBehaviorSanitizer, and the tests that cross threads under
# ThreadSanitizer; then every test of the release build, so that
# CTest's summary is the last word. A failure in one part does not hide the
# others.
build/tests/bench/aerial_bench
status=0
bash tests/bench/resident.sh build || status=1
# Side by side with nm-tray where it is installed (not installed here: it
# brings NetworkManager, systemd and udev with it).
bash tests/bench/storm.sh build || status=1
{ bash packaging/windows-qt.sh && cmake --preset windows && cmake --build --preset windows &&
    cmake --build --preset windows --target package && ctest --preset windows; } || status=1
{ cmake --preset fuzz && cmake --build --preset fuzz && ctest --preset fuzz; } || status=1
{ cmake --preset asan && cmake --build --preset asan && ctest --preset asan; } || status=1
{ cmake --preset tsan && cmake --build --preset tsan && ctest --preset tsan; } || status=1
ctest --preset default || status=1
exit "$status"

