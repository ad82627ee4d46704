#!/usr/bin/env bash
# Idle cost: what Gantry costs with its window open on a quiet engine. Starts the test bed's
# engine, puts a request-counting proxy (tests/bench/count_requests.py) in front of its
# socket, opens Gantry on the proxy (offscreen), lets it settle, then for SECONDS counts the
# requests besides the event stream and the CPU time the process used. Not part of the test
# command; scripts/bench.sh runs it (its figures are in the README's performance section).
#
#   scripts/idle-cost.sh [BUILD_DIR] [SECONDS]      defaults: build, 60
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
SECONDS_IDLE=${2:-60}
export GANTRY_TESTBED_DIR=${GANTRY_TESTBED_DIR:-/tmp/gantry-idle}
T=$GANTRY_TESTBED_DIR
say() { echo "idle-cost: $*"; }

[ -x "$BUILD/app/gantry" ] || cmake --build "$BUILD" -j2 --target gantry
started_bed=0
if [ ! -S "$T/docker.sock" ]; then
  scripts/testbed.sh start --engine-only >/dev/null
  started_bed=1
fi
work=$(mktemp -d)
cleanup() {
  [ -z "${app:-}" ] || kill "$app" 2>/dev/null || true
  [ -z "${proxy:-}" ] || kill "$proxy" 2>/dev/null || true
  rm -rf "$work"
  [ "$started_bed" = 0 ] || scripts/testbed.sh stop >/dev/null
}
trap cleanup EXIT

# A few containers to list, one of them running (its age is what must keep advancing).
DOCKER_HOST=unix://$T/docker.sock
export DOCKER_HOST
image=gantry-seed/busybox:latest
scripts/seed-image.sh "$image" >/dev/null
docker rm -f gantry-idle-run gantry-idle-stopped >/dev/null 2>&1 || true
docker run -d --name gantry-idle-run --network none "$image" sleep 3600 >/dev/null
docker create --name gantry-idle-stopped --network none "$image" true >/dev/null

python3 tests/bench/count_requests.py "$work/proxy.sock" "$T/docker.sock" "$work/requests.log" &
proxy=$!
for _ in $(seq 50); do [ -S "$work/proxy.sock" ] && break; sleep 0.1; done

QT_QPA_PLATFORM=offscreen "$BUILD/app/gantry" --host "unix://$work/proxy.sock" >"$work/app.log" 2>&1 &
app=$!
sleep 10 # first listing, start-up work
ticks() { awk '{print $14 + $15}' "/proc/$app/stat"; }
hz=$(getconf CLK_TCK)
before=$(ticks)
from=$(date +%s.%N)
sleep "$SECONDS_IDLE"
after=$(ticks)
to=$(date +%s.%N)
kill -0 "$app" || { say "gantry exited early:"; cat "$work/app.log"; exit 1; }

requests=$(awk -v a="$from" -v b="$to" '$1 >= a && $1 <= b && $3 !~ /\/events/' "$work/requests.log")
count=$(printf '%s' "$requests" | grep -c . || true)
cpu=$(awk -v t=$((after - before)) -v hz="$hz" 'BEGIN {printf "%.2f", t / hz}')
share=$(awk -v t=$((after - before)) -v hz="$hz" -v s="$SECONDS_IDLE" 'BEGIN {printf "%.3f", 100 * t / hz / s}')
say "window open ${SECONDS_IDLE} s on a quiet engine (3 containers, 1 running)"
say "requests besides the event stream: $count"
[ "$count" = 0 ] || printf '%s\n' "$requests" | awk '{print "  " $2 " " $3}' | sort | uniq -c
say "CPU time: $cpu s (${share}% of one core)"
docker rm -f gantry-idle-run gantry-idle-stopped >/dev/null 2>&1 || true
