#!/usr/bin/env bash
# The test command: installs what is missing, builds (normal and ASan+UBSan), starts the
# test bed, runs every test, and stops the test bed whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

bash scripts/install-deps.sh

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j2
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DGANTRY_SANITIZE=ON
cmake --build build-asan -j2 --target unit_and_model_tests

export GANTRY_TESTBED_DIR=${GANTRY_TESTBED_DIR:-/tmp/gantry-testbed-$$}
trap 'scripts/testbed.sh stop' EXIT
scripts/testbed.sh start
# shellcheck disable=SC1091
. "$GANTRY_TESTBED_DIR/env"

status=0
echo "== unit and model tests under AddressSanitizer + UndefinedBehaviorSanitizer"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir build-asan -L 'unit|models' -LE app --output-on-failure || status=1
echo "== every test"
ctest --test-dir build --output-on-failure || status=1
echo "test.sh: finished in $(( $(date +%s) - started )) s"
exit $status
