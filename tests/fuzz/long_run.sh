#!/bin/sh
# The long fuzzing run (not part of the test command): each target in turn, one at a time, for
# RUNS executions (default 10 million) or until its share of the time budget is spent, whichever
# comes first. The budget (seconds, default 4 hours) is shared out again before each target among
# those left, so that time a fast target does not need goes to the slower ones.
# usage: tests/fuzz/long_run.sh <build dir> [budget seconds] [runs] [target...]
# Output: <build dir>/fuzz-long/<target>.log (libFuzzer's log) and a summary line per target.
# Build dir: best an optimised one, e.g.
#   cmake -S . -B build-fuzz-long -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
#       -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGANTRY_SANITIZE=ON -DGANTRY_FUZZ=ON
set -u
build=$(cd "$1" && pwd)
budget=${2:-14400}
runs=${3:-10000000}
shift $(( $# < 3 ? $# : 3 ))
targets=${*:-mux_stream http_response log_lines parsers dockerignore tar json_lines}
src=$(cd "$(dirname "$0")" && pwd)
out=$build/fuzz-long
mkdir -p "$out"
end=$(( $(date +%s) + budget ))
left=$(echo $targets | wc -w)
status=0
export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$src/../sanitizers/lsan.supp LC_ALL=C.UTF-8
for t in $targets; do
    share=$(( ($end - $(date +%s)) / left ))
    left=$(( left - 1 ))
    corpus=$out/corpus-$t
    rm -rf "$corpus" && mkdir -p "$corpus"
    seeds=
    [ -d "$build/tests/fuzz/seeds/$t" ] && seeds="$build/tests/fuzz/seeds/$t"
    [ -d "$src/seeds/$t" ] && seeds="$seeds $src/seeds/$t"
    # The JSON-lines target costs about 0.3 ms per KiB of input (six decodings of each line):
    # smaller inputs there, for more executions.
    maxlen=65536
    [ "$t" = json_lines ] && maxlen=4096
    started=$(date +%s)
    stamp=$out/.started-$t
    touch "$stamp"
    # shellcheck disable=SC2086
    "$build/tests/fuzz/fuzz_$t" -runs="$runs" -max_total_time="$share" -timeout=10 \
        -rss_limit_mb=2048 -max_len="$maxlen" -print_final_stats=1 \
        -artifact_prefix="$out/$t-" "$corpus" $seeds >"$out/$t.log" 2>&1 || status=1
    secs=$(( $(date +%s) - started ))
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/$t.log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$out/$t.log")
    last=$(grep -E '^#[0-9]+' "$out/$t.log" | tail -n 1 | sed -E 's/.*(cov: [0-9]+ ft: [0-9]+ corp: [^ ]+).*/\1/')
    finding=$(find "$out" -maxdepth 1 -name "$t-*" -newer "$stamp" | head -n 1)
    echo "$t: ${execs:-?} execs in ${secs} s (${rate:-?}/s), $last, finding: ${finding:-none}"
done
exit $status
