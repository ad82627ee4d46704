#!/usr/bin/env bash
# Builds Gantry's Debian package as a packager would (optimised, hardened, no tests), checks
# it with lintian (no error allowed), installs it with apt on this machine, runs the installed
# `gantry --version`, checks the files landed where desktops look, and removes it again.
#
# usage: check_deb.sh SOURCE_DIR WORK_DIR
# Needs root (or password-less sudo) for apt; exits 77 (skipped) without it, or when a gantry
# package that this test did not install is already there (it is not ours to remove).
set -euo pipefail
src=$1
work=$2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    sudo -n true 2>/dev/null || { echo "skipped: apt needs root or password-less sudo"; exit 77; }
    SUDO="sudo -n"
fi
if dpkg-query -W -f='${Status}' gantry 2>/dev/null | grep -q "install ok installed"; then
    echo "skipped: a gantry package is already installed on this machine"
    exit 77
fi

# Debian's hardening flags (dpkg-buildflags' set without -ffile-prefix-map, which names the
# build directory and so would keep two clones from sharing the compiler cache).
cmake -S "$src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DGANTRY_BUILD_TESTS=OFF \
    -DCMAKE_INSTALL_PREFIX=/usr \
    "-DCMAKE_CXX_FLAGS=-fstack-protector-strong -fstack-clash-protection -fcf-protection -D_FORTIFY_SOURCE=2 -Wformat -Werror=format-security" \
    "-DCMAKE_EXE_LINKER_FLAGS=-Wl,-z,relro -Wl,-z,now" >/dev/null
cmake --build "$work/build" -j2 --target gantry gantry_docs
rm -f "$work"/build/*.deb
(cd "$work/build" && cpack -G DEB >/dev/null)
deb=$(ls "$work"/build/gantry_*.deb)
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends

# Lintian: every tag printed (warnings too), errors fail.
lintian --tag-display-limit 0 --fail-on error "$deb"

installed=0
cleanup() {
    if [ "$installed" -eq 1 ]; then
        $SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq gantry >/dev/null || true
    fi
}
trap cleanup EXIT
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=300 \
    --no-install-recommends "$deb" >/dev/null
installed=1

fail=0
version=$(/usr/bin/gantry --version)
echo "installed: $version"
[[ "$version" == "gantry $(dpkg-deb --field "$deb" Version | cut -d- -f1)" ]] ||
    { echo "/usr/bin/gantry --version does not print the package's version"; fail=1; }
id=io.github.gantry_app.Gantry
for f in /usr/share/applications/$id.desktop /usr/share/metainfo/$id.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/$id.svg /usr/share/man/man1/gantry.1.gz \
    /usr/share/doc/gantry/copyright /usr/share/gantry/translations/gantry_fr.qm; do
    dpkg -S "$f" >/dev/null 2>&1 || { echo "not installed by the package: $f"; fail=1; }
done
# Every library the binary loads is there once installed (what shlibdeps declared suffices).
if ldd /usr/bin/gantry | grep -q "not found"; then
    ldd /usr/bin/gantry | grep "not found"
    fail=1
fi
[ "$fail" -eq 0 ] && echo "package: ok"
exit $fail
