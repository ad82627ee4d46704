#!/bin/sh
# Runs one fuzz target for a bounded time, as a CTest test.
# usage: run_fuzz.sh <fuzz binary> <seconds> <artifact prefix> [seed dir]...
# New inputs go to a temporary corpus directory (the first one libFuzzer is given), removed
# afterwards, so the seed directories are only read. Any crash, leak, sanitizer report, broken
# invariant or hang makes libFuzzer exit non-zero and write the input to
# <artifact prefix>crash-<sha1> (or leak-, timeout-, oom-). libFuzzer's log of new inputs is
# long: only its end is shown (on failure, its last 80 lines, which hold the report).
set -eu
binary=$1
seconds=$2
prefix=$3
shift 3
work=$(mktemp -d "${TMPDIR:-/tmp}/gantry-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
mkdir "$work/corpus"
# -timeout: one input taking more than 10 s is a hang; -rss_limit_mb: memory blow-up;
# -max_len: inputs up to 64 KiB (the fixtures are below that).
status=0
"$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$prefix" "$work/corpus" "$@" >"$work/log" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
    tail -n 80 "$work/log"
    echo "run_fuzz.sh: $(basename "$binary") failed (exit $status); replay: $binary <artifact>"
    exit "$status"
fi
grep -E '^INFO: Seed|INITED|DONE|^stat::' "$work/log" || true
