#!/usr/bin/env bash
# Fails when translations/gantry_fr.ts misses a message of the sources or leaves one
# unfinished: lupdate runs on a copy, so the checked-in file is never touched.
set -euo pipefail
lupdate=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$src/translations/gantry_fr.ts" "$tmp/gantry_fr.ts"
"$lupdate" -silent -locations none -no-obsolete -extensions cpp,h,ui \
    "$src/engine" "$src/models" "$src/ui" "$src/app" -ts "$tmp/gantry_fr.ts"
unfinished=$(grep -c 'type="unfinished"' "$tmp/gantry_fr.ts" || true)
if [ "$unfinished" -ne 0 ]; then
    echo "gantry_fr.ts: $unfinished message(s) missing or unfinished:"
    grep -B3 'type="unfinished"' "$tmp/gantry_fr.ts" | grep '<source>' | head -50
    echo "Run: cmake --build build --target update_translations, then translate them."
    exit 1
fi
total=$(grep -c '<source>' "$tmp/gantry_fr.ts")
echo "gantry_fr.ts: all $total messages translated"
