#!/usr/bin/env bash
# The test command: installs what is missing, builds once with clang under AddressSanitizer +
# UndefinedBehaviorSanitizer (LeakSanitizer on), fuzz targets included, starts the test bed,
# runs every test in that build (the fuzz targets for a bounded time each), two at a time, and
# stops the test bed whatever happens.
#
# The plain build (`cmake -S . -B build`, gcc, RelWithDebInfo) is what developers and
# scripts/bench.sh use; the test command does not build it a second time.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
step() { echo "== $1 ($(( $(date +%s) - started )) s)"; }

bash scripts/install-deps.sh

step "configure"
# -gline-tables-only: the sanitizers' reports need file and line only; full debug info
# doubles the size of every object and the time to link each test.
cmake -S . -B build-san -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS_DEBUG=-gline-tables-only \
    -DGANTRY_SANITIZE=ON -DGANTRY_FUZZ=ON
step "build"
cmake --build build-san -j2

export GANTRY_TESTBED_DIR=${GANTRY_TESTBED_DIR:-/tmp/gantry-testbed-$$}
trap 'scripts/testbed.sh stop' EXIT
step "test bed"
scripts/testbed.sh start
# shellcheck disable=SC1091
. "$GANTRY_TESTBED_DIR/env"

status=0
step "every test, under the sanitizers"
# Tests marked SERIAL (dockerd restarted, global prunes) run alone; the others two at a time.
ctest --test-dir build-san -j2 --output-on-failure || status=1
step "finished"
exit $status
