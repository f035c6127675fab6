#!/usr/bin/env bash
# Builds the static Qt for Windows that aerial.exe links, from Debian's own
# qt6-base source package (the same 6.4.2 as the host Qt), with mingw-w64.
#
#   bash packaging/windows-qt.sh
#
# The result is cached outside the source tree, in
#   ${AERIAL_CACHE:-~/.cache/aerial}/qt-<version>-mingw-static-<options key>
# with the link ${AERIAL_CACHE:-~/.cache/aerial}/qt-windows pointing at it,
# which the windows preset uses. A second run finds the cache and builds
# nothing. Nothing it builds is committed. A cold build took 17 to 37
# minutes on two idle cores (README.md, "Building for Windows").
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
cache=${AERIAL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/aerial}
version=6.4.2
jobs=${AERIAL_JOBS:-2}

say() { printf '[windows-qt %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

# QtSvg's source is not served, so Aerial for Windows needs no QtSvg; no SQL,
# PrintSupport, Concurrent, Xml (the DOM module; QXmlStreamWriter is in Core),
# D-Bus or Vulkan either. QtNetwork stays: the single-instance guard on
# Windows is a QLocalServer. OpenGL stays at its default: without it 6.4.2's
# Windows platform plugin does not compile.
#
# Left out to keep a cold build short, as Aerial uses none of them: the
# second, Direct2D platform plugin (direct2d1_1; direct2d itself must stay,
# as Gui's DirectWrite font database depends on it in 6.4.2), the JPEG and
# GIF image plugins, TUIO touch, TLS, Markdown, QPdfWriter and QGraphicsView.
# optimize_size compiles with -Os instead of -O2 and -O3: measured here, a
# Core source compiles in 7.2 s instead of 12.4 s (-O3) and a Gui one in 7.9 s
# instead of 8.9 s (-O2), and the program is smaller; a tray program does not
# miss the speed.
options=(
    -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF -DFEATURE_optimize_size=ON
    -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF
    -DFEATURE_sql=OFF -DFEATURE_printsupport=OFF -DFEATURE_concurrent=OFF -DFEATURE_xml=OFF
    -DFEATURE_dbus=OFF -DFEATURE_vulkan=OFF -DFEATURE_tabletevent=OFF
    -DFEATURE_direct2d1_1=OFF -DFEATURE_jpeg=OFF -DFEATURE_gif=OFF -DFEATURE_tuiotouch=OFF
    -DFEATURE_ssl=OFF -DFEATURE_schannel=OFF
    -DFEATURE_textmarkdownreader=OFF -DFEATURE_textmarkdownwriter=OFF -DFEATURE_pdf=OFF
    -DFEATURE_graphicsview=OFF
    -DFEATURE_system_zlib=OFF -DFEATURE_system_pcre2=OFF -DFEATURE_system_harfbuzz=OFF
    -DFEATURE_system_freetype=OFF -DFEATURE_system_jpeg=OFF -DFEATURE_system_png=OFF
    -DFEATURE_system_doubleconversion=OFF
)
# The key changes with the options and the toolchain, so a changed recipe
# builds anew beside the old one instead of reusing it.
key=$(printf '%s\n' "${options[@]}" | cat - "$here/cmake/mingw-w64-x86_64.cmake" | sha256sum | cut -c1-12)
prefix=$cache/qt-$version-mingw-static-$key
link=$cache/qt-windows

work=$cache/work-$version-$key
orig_tarball() { ls "$work/download"/qt6-base_"$version"*.orig.tar.xz 2>/dev/null | head -1; }

# The licences of Qt and of the third-party code inside the static Qt, for
# the installer, straight from the source tarball.
collect_licenses() {
    local tarball staging
    tarball=$(orig_tarball)
    [ -n "$tarball" ] || { echo "windows-qt: no source tarball in $work/download" >&2; return 1; }
    staging=$(mktemp -d)
    tar -C "$staging" -xf "$tarball" --wildcards --no-anchored \
        '*/LICENSES/*.txt' '*/src/3rdparty/*LICENSE*' '*/src/3rdparty/*LICENCE*' '*/src/3rdparty/*COPYING*' \
        '*/src/3rdparty/*FTL.TXT' '*/src/3rdparty/*qt_attribution.json'
    rm -rf "$prefix/licenses"
    mkdir -p "$prefix/licenses/3rdparty"
    cp "$staging"/*/LICENSES/*.txt "$prefix/licenses/"
    cp -r "$staging"/*/src/3rdparty/. "$prefix/licenses/3rdparty/"
    # Not what Qt for Windows is built from.
    rm -rf "$prefix/licenses/3rdparty/"{android,gradle,wasm,xcb,VulkanMemoryAllocator}
    find "$prefix/licenses/3rdparty" -path '*/test*' -prune -exec rm -rf {} +
    rm -rf "$staging"
    touch "$prefix/licenses/.complete"
}

if [ -f "$prefix/.complete" ]; then
    [ -f "$prefix/licenses/.complete" ] || collect_licenses
    ln -sfn "$prefix" "$link"
    say "cached: $prefix"
    exit 0
fi

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
need=()
for package in g++-mingw-w64-x86-64-posix mingw-w64-x86-64-dev cmake ninja-build qt6-base-dev qt6-base-dev-tools \
    xz-utils; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || need+=("$package")
done

# apt-get source needs a deb-src entry for the archive the machine already uses.
sources=/etc/apt/sources.list.d/aerial-deb-src.sources
added_sources=false
if ! grep -rqs '^Types:.*deb-src\|^deb-src ' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    say "adding a deb-src entry for Debian's archive ($sources)"
    "${sudo[@]}" tee "$sources" >/dev/null <<'EOF'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
    added_sources=true
fi
if [ ${#need[@]} -gt 0 ] || [ "$added_sources" = true ]; then
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -q
    [ ${#need[@]} -eq 0 ] || "${sudo[@]}" apt-get install -y -q --no-install-recommends "${need[@]}"
fi

mkdir -p "$work/download"
cd "$work/download"
if ! ls qt6-base_"$version"*.dsc >/dev/null 2>&1; then
    say "fetching the qt6-base source package"
    # apt checks what it downloads against the archive's signed index.
    apt-get source --download-only qt6-base >/dev/null
fi
dsc=$(ls qt6-base_"$version"*.dsc | head -1)
orig=$(ls qt6-base_"$version"*.orig.tar.xz | head -1)
# And again here, against the .dsc's own list, in case the cache was tampered with.
say "verifying $orig against $dsc"
expected=$(awk '/^Checksums-Sha256:/ { on = 1; next } /^[^ ]/ { on = 0 } on && $3 == "'"$orig"'" { print $1 }' "$dsc")
[ -n "$expected" ] || { echo "windows-qt: $dsc lists no SHA-256 for $orig" >&2; exit 1; }
echo "$expected  $orig" | sha256sum -c --quiet -

source_dir=$work/qtbase-everywhere-src-$version
if [ ! -f "$source_dir/CMakeLists.txt" ]; then
    say "unpacking"
    rm -rf "$source_dir"
    tar -C "$work" -xf "$orig"
fi

say "configuring (static, mingw-w64, host tools from /usr)"
cmake -S "$source_dir" -B "$work/build" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$here/cmake/mingw-w64-x86_64.cmake" \
    -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
    -DCMAKE_INSTALL_PREFIX="$prefix" "${options[@]}" >"$work/configure.log" 2>&1 ||
    { tail -40 "$work/configure.log"; exit 1; }

say "building with $jobs jobs (17 to 37 minutes on two cores); log: $work/build.log"
started=$(date +%s)
ninja -C "$work/build" -j "$jobs" >"$work/build.log" 2>&1 &
builder=$!
while kill -0 "$builder" 2>/dev/null; do
    sleep 60
    kill -0 "$builder" 2>/dev/null || break
    say "$(grep -o '^\[[0-9]*/[0-9]*\]' "$work/build.log" | tail -1) after $(( ($(date +%s) - started) / 60 )) min"
done
wait "$builder" || { tail -40 "$work/build.log"; exit 1; }
say "built in $(( ($(date +%s) - started) / 60 )) min; installing"
ninja -C "$work/build" install >"$work/install.log" 2>&1 || { tail -20 "$work/install.log"; exit 1; }
collect_licenses
touch "$prefix/.complete"
ln -sfn "$prefix" "$link"
rm -rf "$work/build" "$source_dir" # keep the download, drop 1 GB of objects
say "done: $prefix"
