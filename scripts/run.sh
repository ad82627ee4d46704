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
export GANTRY_TESTBED_DIR=${GANTRY_PRACTICE_DIR:-/tmp/gantry-practice}
trap 'scripts/testbed.sh stop' EXIT
scripts/testbed.sh start --engine-only
build/app/gantry --host "unix://$GANTRY_TESTBED_DIR/docker.sock" "$@"
