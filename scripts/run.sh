#!/usr/bin/env bash
# The run command: installs what is missing, builds, and launches Gantry against the
# default engine. When no engine answers, starts a private practice engine (with a
# seeded busybox image) so that there is something to see; it stops when Gantry quits.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2

if build/app/gantry --ping "$@"; then
    exec build/app/gantry "$@"
fi

echo "run.sh: no Docker engine answers; starting a practice engine for this session."
scripts/practice-engine.sh sh -c 'exec build/app/gantry --host "$GANTRY_PRACTICE_HOST" "$@"' \
    gantry "$@"
