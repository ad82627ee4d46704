#!/usr/bin/env bash
# Soak: Gantry's real window left running under load for MINUTES (default 60), watched for
# growth. Not part of the test command. Bounded: it samples for MINUTES, then stops and
# cleans up by itself, whatever happens (trap on exit, Ctrl+C included).
#
#   scripts/soak.sh [MINUTES]               e.g. scripts/soak.sh 10
#   scripts/soak.sh --report SAMPLES.csv    the figures and the rule again, on a past run
#   env: SOAK_BUILD (build dir, default build), GANTRY_TESTBED_DIR (its own test bed,
#        default /tmp/gantry-soak; must not exist yet), SOAK_OUT (results directory,
#        default $SOAK_BUILD/soak-<date>)
#
# What runs:
#  - its own test bed (scripts/testbed.sh start --engine-only), stopped at the end;
#  - 50 containers of the test bed's busybox image (--network none, --restart always so
#    dockerd brings them back after its restarts): 49 sleeping, one (soak-chatty) printing
#    5,000 log lines a second;
#  - the driver (tests/soak/soak_driver.cpp, built with the tests): the real Workspace,
#    offscreen, following soak-chatty in the Logs tab, the Stats page showing every container,
#    a terminal (exec sh) and the run dialog opened and closed every 10 s;
#  - from this script: a container created and removed every second, dockerd killed
#    (SIGKILL) and started again every 5 minutes.
#
# Every 10 s it samples the driver's resident memory (VmRSS), open file descriptors, live
# sockets (/proc/PID/fd links to socket:) and live transfers (the HTTP exchanges in flight
# in its Transport, which the driver prints every 5 s), into $SOAK_OUT/samples.csv.
#
# Growth rule: the samples are split in thirds by time. The first third is the warm-up
# (connection, first listings, the log view filling up to its cap, allocator arenas). A
# measure keeps growing when the median of the last third exceeds the median of the second
# third by more than its tolerance:
#     rss_kib     10% + 8 MiB
#     fds         3
#     sockets     3
#     transfers   3
# (medians: a sample taken while dockerd restarts, or during a terminal's few seconds, does
# not move them). The run fails (exit 1) naming each measure that grew, or when the driver
# died or did not do its work: no terminal, no dialog, or no log line reaching the Logs tab
# during the last third (the log must still be followed after dockerd's restarts). The
# summary prints start, end and peak of each measure and the thirds' medians, ready to paste
# in the README.
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES=${1:-60}
BUILD=${SOAK_BUILD:-build}
export GANTRY_TESTBED_DIR=${GANTRY_TESTBED_DIR:-/tmp/gantry-soak}
T=$GANTRY_TESTBED_DIR
OUT=${SOAK_OUT:-$BUILD/soak-$(date +%Y%m%d-%H%M%S)}
IMAGE=gantry-seed/busybox:latest
CONTAINERS=50
LINES_PER_SECOND=5000
say() { echo "soak: $(date +%T) $*"; }
die() { echo "soak: error: $*" >&2; exit 1; }
alive() { # the process exists and is not a zombie
  local st; st=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null || true)
  [ -n "$st" ] && [ "$st" != Z ]
}

# report CSV: prints the figures, then applies the growth rule (see the header).
report() {
  local verdict grew stalled
  verdict=$(awk -F, '
    function median(a, from, to,   n, i, j, t, b) {
      n = 0
      for (i = from; i <= to; i++) b[++n] = a[i]
      for (i = 2; i <= n; i++) for (j = i; j > 1 && b[j - 1] > b[j]; j--) { t = b[j]; b[j] = b[j - 1]; b[j - 1] = t }
      return n % 2 ? b[(n + 1) / 2] : (b[n / 2] + b[n / 2 + 1]) / 2
    }
    NR == 1 { next }
    { n++; for (m = 2; m <= 5; m++) v[m, n] = $m; logl[n] = $7 + 0 }
    END {
      split("rss_kib fds sockets transfers", name, " ")
      third = int(n / 3)
      printf "Soak, %g min, %d samples every 10 s (thirds of %d: warm-up, middle, last)\n", n / 6, n, third
      printf "| measure | start | end | peak | median, middle third | median, last third | limit | verdict |\n"
      printf "|---|---|---|---|---|---|---|---|\n"
      grew = ""
      for (m = 2; m <= 5; m++) {
        peak = 0
        for (i = 1; i <= n; i++) { col[i] = v[m, i] + 0; if (col[i] > peak) peak = col[i] }
        mid = median(col, third + 1, 2 * third)
        last = median(col, 2 * third + 1, n)
        limit = name[m - 1] == "rss_kib" ? mid * 1.10 + 8192 : mid + 3
        ok = last <= limit
        if (!ok) grew = grew " " name[m - 1]
        printf "| %s | %d | %d | %d | %g | %g | %g | %s |\n", name[m - 1], col[1], col[n], peak, mid, last, limit, ok ? "steady" : "GROWS"
      }
      printf "| log_lines (Logs tab) | %d | %d | | %d at 2/3 | %d at the end | more | %s |\n", logl[1], logl[n], logl[2 * third], logl[n], (logl[n] > logl[2 * third] ? "flowing" : "STALLED")
      print "GREW:" grew
      # The Logs tab still receives lines in the last third.
      print "STALLED:" (logl[n] > logl[2 * third] ? "" : "log_lines")
    }' "$1")
  printf '%s\n' "$verdict" | grep -v '^GREW:\|^STALLED:'
  grew=$(printf '%s\n' "$verdict" | sed -n 's/^GREW: *//p')
  stalled=$(printf '%s\n' "$verdict" | sed -n 's/^STALLED: *//p')
  local failed=0
  if [ -n "$stalled" ]; then
    echo "soak: FAILED: no log line reached the Logs tab during the last third (log_lines stuck at $(tail -n 1 "$1" | cut -d, -f7))" >&2
    failed=1
  fi
  if [ -n "$grew" ]; then
    echo "soak: FAILED: keeps growing after the warm-up: $grew (last third's median above the middle third's + tolerance)" >&2
    failed=1
  fi
  [ "$failed" = 0 ] || return 1
  echo "soak: passed: no measure grew after the warm-up, the Logs tab still followed"
}
if [ "${1:-}" = --report ]; then
  [ -f "${2:-}" ] || { echo "usage: scripts/soak.sh --report SAMPLES.csv" >&2; exit 2; }
  report "$2"
  exit
fi

[[ $MINUTES =~ ^[1-9][0-9]*$ ]] || { echo "usage: scripts/soak.sh [MINUTES] | --report SAMPLES.csv" >&2; exit 2; }
[ ! -e "$T" ] || die "$T already exists: the soak starts (and removes) a test bed of its own"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
DRIVER=$BUILD/tests/soak/soak_driver
cmake --build "$BUILD" -j2 --target soak_driver >"$OUT/build.log" 2>&1 ||
  { tail -n 30 "$OUT/build.log" >&2; die "cannot build soak_driver (see $OUT/build.log)"; }

pids=() # background loops and the driver: ended by id at exit
bed=0
cleanup() {
  local rc=$? p
  trap - EXIT INT TERM
  for p in "${pids[@]}"; do
    pkill -TERM -P "$p" 2>/dev/null || true # a loop's sleep or docker command
    kill -TERM "$p" 2>/dev/null || true
  done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  if [ "$bed" = 1 ]; then scripts/testbed.sh stop >>"$OUT/testbed.log" 2>&1 || true; fi
  say "results in $OUT"
  exit "$rc"
}
trap cleanup EXIT
trap 'say "interrupted"; exit 130' INT TERM

say "starting the test bed in $T"
bed=1
scripts/testbed.sh start --engine-only >"$OUT/testbed.log" 2>&1 ||
  { tail -n 20 "$OUT/testbed.log" >&2; die "the test bed did not start"; }
export DOCKER_HOST=unix://$T/docker.sock
scripts/seed-image.sh "$IMAGE" >>"$OUT/testbed.log" 2>&1 || die "cannot seed $IMAGE"

# shellcheck disable=SC2016 # expanded by the container's shell
# soak-chatty: LINES_PER_SECOND lines in each wall-clock second, then waits for the next one.
chatty='while :; do s=$(date +%s); i=0
  while [ $i -lt '$LINES_PER_SECOND' ]; do echo "soak $s line $i: the quick brown fox jumps over the lazy dog"; i=$((i+1)); done
  while [ "$(date +%s)" = "$s" ]; do usleep 20000; done; done'
run=(docker run -d --restart always --network none --log-opt max-size=20m --log-opt max-file=2)
say "running $CONTAINERS containers (soak-chatty: $LINES_PER_SECOND lines/s)"
"${run[@]}" --name soak-chatty "$IMAGE" sh -c "$chatty" >/dev/null
for i in $(seq -w 2 "$CONTAINERS"); do
  "${run[@]}" --name "soak-quiet-$i" "$IMAGE" sleep 1000000 >/dev/null
done

say "starting the driver (log: $OUT/driver.log)"
QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 "$DRIVER" --host "$DOCKER_HOST" --follow soak-chatty \
  >"$OUT/driver.log" 2>&1 &
driver=$!
pids+=("$driver")

# A container created and removed every second (failures while dockerd restarts are expected).
(
  n=0
  t0=$(date +%s.%N)
  while :; do
    n=$((n + 1))
    { timeout 10 docker create --network none --name "soak-churn-$n" "$IMAGE" true &&
      timeout 10 docker rm "soak-churn-$n"; } >/dev/null 2>&1 && r=ok || r=failed
    echo "$(date +%T) churn $n $r"
    # Cycle n+1 starts at t0 + n seconds (at once when late), whatever this one took.
    sleep "$(awk -v t0="$t0" -v n="$n" -v now="$(date +%s.%N)" 'BEGIN { d = t0 + n - now; print (d > 0 ? d : 0) }')"
  done
) >"$OUT/churn.log" 2>&1 &
pids+=("$!")
# dockerd killed and started again every 5 minutes.
(
  while :; do
    sleep 300
    echo "$(date +%T) kill-dockerd"
    scripts/testbed.sh kill-dockerd
    scripts/testbed.sh start-dockerd
    echo "$(date +%T) dockerd back"
  done
) >"$OUT/engine.log" 2>&1 &
pids+=("$!")

CSV=$OUT/samples.csv
echo "seconds,rss_kib,fds,sockets,transfers,stats_streams,log_lines,terminals,dialogs,connection" >"$CSV"
counter() { # the driver's last report: counter NAME
  grep '^soak-driver: t=' "$OUT/driver.log" | tail -n 1 | tr ' ' '\n' | sed -n "s/^$1=//p"
}
samples=$((MINUTES * 6))
say "sampling every 10 s for $MINUTES min ($samples samples) into $CSV"
start=$(date +%s)
for ((k = 1; k <= samples; k++)); do
  # Sample k at start + 10k s, whatever the time the previous one took.
  wait_s=$((start + 10 * k - $(date +%s)))
  [ "$wait_s" -le 0 ] || sleep "$wait_s"
  alive "$driver" || {
    tail -n 30 "$OUT/driver.log" >&2; die "the driver died (sample $k)"
  }
  rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$driver/status")
  fds=$(find "/proc/$driver/fd" -mindepth 1 -maxdepth 1 | wc -l)
  sockets=$(find "/proc/$driver/fd" -mindepth 1 -maxdepth 1 -lname 'socket:*' | wc -l)
  echo "$((10 * k)),$rss,$fds,$sockets,$(counter transfers),$(counter stats),$(counter logLines),$(counter terminals),$(counter dialogs),$(counter connection)" >>"$CSV"
  if ((k % 6 == 0)); then
    say "$((k / 6)) min: $(tail -n 1 "$CSV")"
  fi
done

# The driver did its work.
[ -n "$(counter logLines)" ] || die "the driver never reported its counters"
[ "$(counter logLines)" -gt 0 ] || die "no log line of soak-chatty reached the Logs tab"
[ "$(counter dialogs)" -gt 0 ] || die "the driver opened no dialog"
terminals=$(counter terminals)
[ "${terminals%/*}" -gt 0 ] || die "the driver opened no terminal"

say "driver: $(grep '^soak-driver: t=' "$OUT/driver.log" | tail -n 1)"
say "containers created and removed: $(grep -c ' ok$' "$OUT/churn.log" || true), failed: $(grep -c ' failed$' "$OUT/churn.log" || true); dockerd restarts: $(grep -c kill-dockerd "$OUT/engine.log" || true)"
report "$CSV"
