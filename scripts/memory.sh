#!/usr/bin/env bash
# Resident memory of Gantry against an engine, beside Qt's floor (bench_floor: an empty main
# window of the same size on the same platform). Prints, in MiB:
#   - the peak resident memory of a launch to the first listing (--quit-after-first-refresh,
#     /usr/bin/time's %M), best and worst of RUNS;
#   - the window left open SECONDS (default 8): resident memory then, its peak, and where it
#     is (from /proc/PID/smaps: libraries, heap and anonymous memory, other files);
#   - the same for bench_floor.
#
#   scripts/memory.sh BUILD_DIR HOST [SECONDS] [RUNS]
#
# The window is offscreen (QT_QPA_PLATFORM=offscreen). scripts/bench.sh runs it on its engine.
set -euo pipefail
BUILD=${1:?build dir}
HOST=${2:?engine, e.g. unix:///tmp/gantry-bench/docker.sock}
SECONDS_OPEN=${3:-8}
RUNS=${4:-3}
export QT_QPA_PLATFORM=offscreen
GANTRY=$BUILD/app/gantry
FLOOR=$BUILD/tests/bench/bench_floor

mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

# Where the resident memory of PID is, in MiB, from its smaps.
breakdown() {
  awk '
    /^[0-9a-f]+-[0-9a-f]+ / {
      path = $6
      if (path ~ /\.so($|\.)/) cat = "libraries"
      else if (path == "[heap]" || path == "") cat = "heap+anon"
      else if (path == "[stack]") cat = "heap+anon"
      else if (path ~ /^\[/) cat = "kernel"
      else cat = "files"
      next
    }
    /^Rss:/ { rss[cat] += $2 }
    /^Private_Dirty:/ { dirty[cat] += $2 }
    END {
      printf "libraries %.1f (dirty %.1f), heap and anonymous %.1f, other files (the program itself, fonts, locale) %.1f\n",
        rss["libraries"] / 1024, dirty["libraries"] / 1024, rss["heap+anon"] / 1024, rss["files"] / 1024
    }' "/proc/$1/smaps"
}

# Runs CMD in the background for SECONDS_OPEN s, then prints its resident memory, peak and
# breakdown, and stops it.
open_for() {
  local label=$1
  shift
  "$@" >/dev/null 2>&1 &
  local pid=$!
  sleep "$SECONDS_OPEN"
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "memory: $label exited early" >&2
    return 1
  fi
  local rss hwm
  rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")
  hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status")
  echo "| $label, shown ${SECONDS_OPEN} s | $(mib "$rss") | $(mib "$hwm") | $(breakdown "$pid") |"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

echo "| measure | resident, MiB | peak, MiB | where (resident MiB) |"
echo "|---|--:|--:|---|"
best='' worst=''
for _ in $(seq "$RUNS"); do
  k=$(/usr/bin/time -f %M "$GANTRY" --host "$HOST" --quit-after-first-refresh 2>&1 >/dev/null | tail -1)
  [ -z "$best" ] || [ "$k" -lt "$best" ] && best=$k
  [ -z "$worst" ] || [ "$k" -gt "$worst" ] && worst=$k
done
echo "| gantry --quit-after-first-refresh ($RUNS runs: best / worst peak) | | $(mib "$best") / $(mib "$worst") | |"
open_for "gantry" "$GANTRY" --host "$HOST"
open_for "Qt floor (bench_floor: empty QMainWindow 1280x800, QTreeView)" "$FLOOR" --seconds 3600
