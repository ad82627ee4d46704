#!/bin/sh
# Runs one fuzz target for a bounded time, as a CTest test.
# usage: run_fuzz.sh <fuzz binary> <seconds> <artifact prefix> [seed dir]...
# New inputs go to a temporary corpus directory (the first one libFuzzer is given), removed
# afterwards, so the seed directories are only read. Any crash, leak, sanitizer report or
# timeout makes libFuzzer exit non-zero, and writes the input to <artifact prefix>crash-<sha1>.
set -eu
binary=$1
seconds=$2
prefix=$3
shift 3
work=$(mktemp -d "${TMPDIR:-/tmp}/gantry-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
# -timeout: one input taking more than 10 s is a hang; -rss_limit_mb: memory blow-up;
# -max_len: inputs up to 64 KiB (the fixtures are below that).
"$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$prefix" "$work" "$@"
