#!/usr/bin/env bash
# Benchmarks: builds (RelWithDebInfo), runs the model benchmark (generated listings of 5,000
# containers and 2,000 images), then starts a private engine, creates containers in it and
# compares with hyperfine Gantry's start-to-first-listing against `docker ps -a`. The engine
# is stopped at the end, even on failure or Ctrl-C.
#
#   scripts/bench.sh [BUILD_DIR]          default: build-bench
#
# Environment: GANTRY_BENCH_CONTAINERS (1000), GANTRY_BENCH_IMAGES (500: distinct images, each
# built FROM the seed with a LABEL of its own), GANTRY_BENCH_REPS (20, bench_models),
# GANTRY_BENCH_RUNS (20, hyperfine), GANTRY_TESTBED_DIR (/tmp/gantry-bench).
# Results are also written to BUILD_DIR/bench-results/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

BUILD=${1:-build-bench}
[[ $BUILD == /* ]] || BUILD=$ROOT/$BUILD
CONTAINERS=${GANTRY_BENCH_CONTAINERS:-1000}
IMAGES=${GANTRY_BENCH_IMAGES:-500}
REPS=${GANTRY_BENCH_REPS:-20}
RUNS=${GANTRY_BENCH_RUNS:-20}
export GANTRY_TESTBED_DIR=${GANTRY_TESTBED_DIR:-/tmp/gantry-bench}
T=$GANTRY_TESTBED_DIR
HOST=unix://$T/docker.sock
OUT=$BUILD/bench-results

say() { echo "bench: $*"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

scripts/install-deps.sh

cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" -j2 --target gantry bench_models bench_logs bench_transfer bench_floor \
  bench_views
mkdir -p "$OUT"

echo
say "machine: $(nproc) cores ($(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')), $(awk '/MemTotal/ {printf "%.1f GiB RAM", $2 / 1048576}' /proc/meminfo)"
say "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average: $(load)"
if awk '{exit !($1 > 0.8)}' /proc/loadavg; then
  say "warning: the machine is busy (load above 0.8): wall-clock times will be inflated"
fi

echo
say "== model benchmark (generated listings, $REPS repetitions; load average $(load))"
QT_QPA_PLATFORM=offscreen "$BUILD/tests/bench/bench_models" --reps "$REPS" | tee "$OUT/models.md"

echo
say "== the containers and images pages at 1,000 / 5,000 / 10,000 containers (generated listings,"
say "   half as many images; scrolling, filtering, sorting; load average $(load))"
for n in 1000 5000 10000; do
  mkdir -p "$OUT/generated-$n"
  "$BUILD/tests/bench/bench_models" --containers "$n" --images "$((n / 2))" --write "$OUT/generated-$n"
  header=
  [ "$n" = 1000 ] && header=--header
  QT_QPA_PLATFORM=offscreen "$BUILD/tests/bench/bench_views" $header --reps 3 \
    --containers "$OUT/generated-$n/containers.json" --images "$OUT/generated-$n/images.json" \
    2>/dev/null
done | tee "$OUT/views.md"

echo
say "== private engine at $HOST"
trap 'exit 130' INT TERM
trap 'say "stopping the engine"; scripts/testbed.sh stop' EXIT
scripts/testbed.sh start --engine-only
export DOCKER_HOST=$HOST

have=$(docker ps -aq | wc -l)
if [ "$have" -lt "$CONTAINERS" ]; then
  say "creating $((CONTAINERS - have)) containers (docker create --network none ..., 4 in parallel)"
  started=$SECONDS
  # About 30% in compose-like projects of 6 (the labels Gantry groups by), the rest loose.
  # shellcheck disable=SC2016 # expanded by the inner sh
  seq "$((have + 1))" "$CONTAINERS" | xargs -P 4 -n 50 sh -c '
    for i; do
      labels=
      if [ $((i % 10)) -lt 3 ]; then
        labels="--label com.docker.compose.project=bench$((i / 20))"
        labels="$labels --label com.docker.compose.service=svc$((i % 20))"
      fi
      docker create --network none --name "bench-$i" $labels \
        gantry-seed/busybox:latest sleep 1 >/dev/null
    done' sh
  say "created in $((SECONDS - started)) s"
fi
have=$(docker images -q | sort -u | wc -l)
if [ "$have" -lt "$IMAGES" ]; then
  say "building $((IMAGES - have)) images (FROM the seed, a LABEL each: distinct IDs, no layer; 2 in parallel)"
  started=$SECONDS
  # shellcheck disable=SC2016 # expanded by the inner sh
  seq "$have" "$((IMAGES - 1))" | xargs -P 2 -n 25 sh -c '
    for i; do
      printf "FROM gantry-seed/busybox:latest\nLABEL bench.n=%s\n" "$i" |
        docker build -q -t "bench/r$((i / 5)):t$((i % 5))" - >/dev/null 2>&1
    done' sh
  say "built in $((SECONDS - started)) s"
fi
total=$(docker ps -aq | wc -l)
say "the engine has $total containers and $(docker images -q | sort -u | wc -l) distinct image(s)"

# The engine's own answers, through the model benchmark too.
curl -sf --unix-socket "$T/docker.sock" 'http://localhost/v1.41/containers/json?all=1' >"$OUT/containers.json"
curl -sf --unix-socket "$T/docker.sock" 'http://localhost/v1.41/images/json' >"$OUT/images.json"
echo
say "== the engine's own listing through the models"
QT_QPA_PLATFORM=offscreen "$BUILD/tests/bench/bench_models" --reps "$REPS" --saved-only \
  --real-containers "$OUT/containers.json" --real-images "$OUT/images.json" |
  tee "$OUT/engine-listing.md"

echo
say "== hyperfine: start to first listing, $total containers ($RUNS runs; load average $(load))"
# Gantry: window offscreen, quits once containers and images are listed (API version
# negotiation, event subscription, both listings, models and views filled).
hyperfine --warmup 3 --runs "$RUNS" --style basic \
  --export-markdown "$OUT/hyperfine.md" --export-json "$OUT/hyperfine.json" \
  -n "gantry --quit-after-first-refresh (offscreen)" \
  "QT_QPA_PLATFORM=offscreen '$BUILD/app/gantry' --host '$HOST' --quit-after-first-refresh" \
  -n "docker ps -a" "docker -H '$HOST' ps -a" \
  -n "docker ps -a --no-trunc" "docker -H '$HOST' ps -a --no-trunc" \
  -n "curl --unix-socket (raw API)" \
  "curl -sf --unix-socket '$T/docker.sock' 'http://localhost/v1.41/containers/json?all=1' -o /dev/null"
echo
cat "$OUT/hyperfine.md"

echo
say "== resident memory: $total containers, $(docker images -q | sort -u | wc -l) images, beside Qt's floor (load average $(load))"
scripts/memory.sh "$BUILD" "$HOST" 10 3 | tee "$OUT/memory.md"

echo
say "== images in and out: ${GANTRY_BENCH_CONTEXT_MB:-200} MiB build context, build / save / load (load average $(load))"
SCRATCH=$T/bench-transfer
mkdir -p "$SCRATCH"
"$BUILD/tests/bench/bench_transfer" --host "$HOST" --image gantry-seed/busybox:latest \
  --dir "$SCRATCH" --mb "${GANTRY_BENCH_CONTEXT_MB:-200}" --reps 5 | tee "$OUT/transfer.md"
hyperfine --warmup 1 --runs 5 --style basic --export-markdown "$OUT/transfer-cli.md" \
  -n "docker build (cached layers)" "docker -H '$HOST' build -q -t gantry-bench/big:cli '$SCRATCH/context'" \
  -n "docker save -o" "docker -H '$HOST' save -o '$SCRATCH/cli.tar' gantry-bench/big:1" \
  -n "docker load -i" "docker -H '$HOST' load -q -i '$SCRATCH/big.tar'"
echo
cat "$OUT/transfer-cli.md"
/usr/bin/time -f "docker save peak resident: %M KiB" docker -H "$HOST" save -o "$SCRATCH/cli.tar" gantry-bench/big:1

echo
say "== logs: a container printing without end, followed for 20 s into the capped log model"
GANTRY_TEST_HOST=$HOST GANTRY_TEST_IMAGE=gantry-seed/busybox:latest \
  QT_QPA_PLATFORM=offscreen "$BUILD/tests/bench/bench_logs" --seconds 20 | tee "$OUT/logs.md"

echo
say "== idle cost: the window open 60 s on a quiet engine (requests counted at the socket)"
GANTRY_TESTBED_DIR=$T-idle scripts/idle-cost.sh "$BUILD" 60 | tee "$OUT/idle.md"

echo
say "load average at the end: $(load); results in $OUT"
