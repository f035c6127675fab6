#!/usr/bin/env bash
# The Debian package as a new user gets it: built by CPack, its desktop file
# and AppStream metadata validated, lintian without errors, and installed
# with apt into a fresh Debian 12 chroot, where both programs answer with
# no display and aerialctl lists the demo.
#
#   check-deb.sh BUILD_DIR SOURCE_DIR
#
# The chroot needs root and debootstrap; without them that part is skipped
# (exit 77) after the other checks have passed. The minimal system is made
# once and kept as a tarball under ~/.cache/aerial.
set -euo pipefail
build=$1
source=$2
app_id=io.github.aerialwifi.Aerial
mirror=${AERIAL_DEBIAN_MIRROR:-http://deb.debian.org/debian}

step() { printf '== %s\n' "$*"; }

step "building the package"
rm -f "$build"/aerial_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/aerial_*_amd64.deb)

step "desktop-file-validate"
desktop-file-validate "$source/packaging/linux/$app_id.desktop" "$source/packaging/linux/$app_id.autostart.desktop"

step "appstreamcli validate --no-net"
appstreamcli validate --no-net "$build/packaging/$app_id.metainfo.xml"

step "lintian"
lintian_output=$(lintian --allow-root --info "$deb" 2>&1 || true)
printf '%s\n' "$lintian_output"
if printf '%s\n' "$lintian_output" | grep -q '^E: '; then
    echo "lintian reports errors" >&2
    exit 1
fi

step "contents"
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/aerial ./usr/bin/aerialctl "./usr/share/applications/$app_id.desktop" \
    "./etc/xdg/autostart/$app_id.desktop" "./usr/share/metainfo/$app_id.metainfo.xml" \
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg" ./usr/share/man/man1/aerial.1.gz \
    ./usr/share/man/man1/aerialctl.1.gz ./usr/share/doc/aerial/copyright \
    ./usr/lib/x86_64-linux-gnu/aerial/aerial-keychain.so; do
    printf '%s\n' "$contents" | grep -q " $path\$" || { echo "the package lacks $path" >&2; exit 1; }
done
# The dependencies are dpkg-shlibdeps's, from what the programs link.
dpkg-deb -f "$deb" Depends | grep -q 'libqt6widgets6' || { echo "Depends lacks Qt Widgets" >&2; exit 1; }

if [ "$(id -u)" -ne 0 ] || ! command -v debootstrap >/dev/null; then
    echo "SKIP: installing into a fresh chroot needs root and debootstrap"
    exit 77
fi

step "a fresh Debian 12 chroot"
cache=${XDG_CACHE_HOME:-$HOME/.cache}/aerial
tarball=$cache/debootstrap-bookworm-minbase.tgz
mkdir -p "$cache"
if [ ! -s "$tarball" ]; then
    debootstrap --variant=minbase --make-tarball="$tarball.part" bookworm "$(mktemp -d)" "$mirror" >/dev/null
    mv "$tarball.part" "$tarball"
fi
root=$(mktemp -d)
chmod 755 "$root" # apt downloads as the _apt user
cleanup() {
    umount "$root/proc" 2>/dev/null || true
    rm -rf "$root"
}
trap cleanup EXIT
debootstrap --variant=minbase --unpack-tarball="$tarball" bookworm "$root" "$mirror" >/dev/null
mount -t proc proc "$root/proc"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
echo "deb $mirror bookworm main" >"$root/etc/apt/sources.list"
cp "$deb" "$root/tmp/aerial.deb"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

step "apt-get install ./aerial.deb"
in_root apt-get update -q >/dev/null
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends /tmp/aerial.deb >/dev/null

step "the programs, with no display"
in_root aerial --version | grep -q "^aerial 0\." || { echo "aerial --version failed" >&2; exit 1; }
in_root aerialctl --version | grep -q "^aerialctl 0\." || { echo "aerialctl --version failed" >&2; exit 1; }
interfaces=$(in_root aerialctl --backend simulated interfaces)
printf '%s\n' "$interfaces"
printf '%s\n' "$interfaces" | grep -q "Intel(R) Wi-Fi 6 AX201" || { echo "aerialctl did not list the demo" >&2; exit 1; }
in_root man -w aerialctl >/dev/null 2>&1 || in_root test -f /usr/share/man/man1/aerialctl.1.gz
# The keyring module, loaded on the first password request, finds its
# libraries (QtKeychain comes from the package's Depends).
if in_root ldd /usr/lib/x86_64-linux-gnu/aerial/aerial-keychain.so | grep "not found"; then
    echo "the keyring module's libraries are missing" >&2
    exit 1
fi
step "ok"
