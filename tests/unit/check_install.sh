#!/usr/bin/env bash
# Installs the build into a scratch prefix and checks that every file lands where the
# freedesktop specifications look, and that the names inside the files agree with each other.
set -euo pipefail
cmake=$1
build=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
"$cmake" --install "$build" --prefix "$prefix" >/dev/null

id=io.github.gantry_app.Gantry
fail=0
expect() {
    if [ ! -f "$prefix/$1" ]; then
        echo "missing: $1"
        fail=1
    fi
}
expect bin/gantry
expect share/gantry/translations/gantry_fr.qm
expect share/gantry/translations/gantry_en.qm
expect "share/icons/hicolor/scalable/apps/$id.svg"
expect "share/applications/$id.desktop"
expect "share/metainfo/$id.metainfo.xml"
expect share/man/man1/gantry.1.gz
expect share/doc/gantry/copyright
expect share/doc/gantry/changelog.Debian.gz
[ "$fail" -eq 0 ] || { echo "installed:"; (cd "$prefix" && find . -type f | sort); exit 1; }

[ -x "$prefix/bin/gantry" ] || { echo "bin/gantry is not executable"; exit 1; }
"$prefix/bin/gantry" --version | grep -q '^gantry ' || { echo "bin/gantry --version failed"; exit 1; }
desktop="$prefix/share/applications/$id.desktop"
grep -qx "Icon=$id" "$desktop" || { echo "$id.desktop: Icon= is not $id"; exit 1; }
grep -qx "Exec=gantry" "$desktop" || { echo "$id.desktop: Exec= is not gantry"; exit 1; }
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" \
    "$prefix/share/metainfo/$id.metainfo.xml" || { echo "metainfo: launchable is not $id.desktop"; exit 1; }
echo "install layout: ok"
