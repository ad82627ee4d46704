#!/usr/bin/env bash
# The practice engine of scripts/run.sh is private: a fresh 0700 directory, a socket only
# the user can open, dockerd's arguments never read from a file, and stop removes only a
# directory the script created. Starts a real (second) dockerd through practice-engine.sh.
set -uo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
testbed=$src/scripts/testbed.sh
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
pass() { echo "PASS: $*"; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# 1. stop never removes a directory the script did not create.
mkdir "$scratch/mine" && echo keep >"$scratch/mine/keep"
chmod 700 "$scratch/mine"
if GANTRY_TESTBED_DIR=$scratch/mine "$testbed" stop >/dev/null 2>&1; then
    fail "stop accepted a directory it did not create"
fi
[ -f "$scratch/mine/keep" ] && pass "stop leaves a foreign directory alone" ||
    fail "stop removed a foreign directory"

# 2. start refuses a directory prepared in advance (here with dockerd arguments in it).
mkdir -m 755 "$scratch/prepared"
printf '%s\n' --host tcp://0.0.0.0:2375 >"$scratch/prepared/dockerd.args"
if GANTRY_TESTBED_DIR=$scratch/prepared "$testbed" start --engine-only >"$scratch/out" 2>&1; then
    fail "start used a prepared directory"
    GANTRY_TESTBED_DIR=$scratch/prepared "$testbed" stop >/dev/null 2>&1
elif grep -q 'not created by this script' "$scratch/out" && ! grep -q 'starting dockerd' "$scratch/out"; then
    pass "start refuses a prepared directory"
else
    fail "start failed for another reason: $(tail -3 "$scratch/out")"
fi
# Even a private one of ours that is not empty and not marked (an old fixed-name run).
mkdir -m 700 "$scratch/old" && : >"$scratch/old/dockerd.args"
GANTRY_TESTBED_DIR=$scratch/old "$testbed" start --engine-only >/dev/null 2>&1 &&
    fail "start used an unmarked, non-empty directory" || pass "start refuses an unmarked directory"

# 3. A real practice engine: look at it from inside the command it runs.
probe='
set -u
d=$GANTRY_PRACTICE_DIR
echo "dir=$d"
echo "dirmode=$(stat -c %a:%u "$d")"
s=${GANTRY_PRACTICE_HOST#unix://}
echo "sock=$(stat -c %a:%u "$s")"
[ "$s" = "$d/docker.sock" ] && echo sockpath=ok
ls "$d" | grep -qx dockerd.args && echo argsfile=yes
pid=$(cat "$d/docker.pid")
tr "\0" " " </proc/$pid/cmdline | grep -q -- "--host unix://$d/docker.sock" && echo cmdline=ok
curl -sf -m 5 --unix-socket "$s" http://localhost/_ping && echo
'
out=$(TMPDIR=$scratch "$src/scripts/practice-engine.sh" bash -c "$probe" 2>"$scratch/err")
rc=$?
[ $rc -eq 0 ] || { fail "practice engine did not run (rc $rc): $(tail -5 "$scratch/err")"; }
dir=$(sed -n 's/^dir=//p' <<<"$out")
me=$(id -u)
case "$dir" in "$scratch"/gantry-practice.?*) pass "fresh directory $dir" ;; *) fail "directory '$dir'" ;; esac
grep -qx "dirmode=700:$me" <<<"$out" && pass "directory mode 0700, ours" || fail "directory: $(grep dirmode <<<"$out")"
grep -qx "sock=600:$me" <<<"$out" && pass "socket mode 0600, ours" || fail "socket: $(grep sock= <<<"$out")"
grep -qx sockpath=ok <<<"$out" || fail "GANTRY_PRACTICE_HOST is not the socket in the directory"
grep -qx argsfile=yes <<<"$out" && fail "dockerd's arguments are kept in a file" || pass "no arguments file"
grep -qx cmdline=ok <<<"$out" && pass "dockerd listens on the private socket only" || fail "dockerd command line"
grep -qx OK <<<"$out" && pass "the engine answers" || fail "the engine did not answer /_ping"
[ -n "$dir" ] && [ ! -e "$dir" ] && pass "stop removed the directory it created" ||
    fail "the directory is still there after stop"

echo "$fails failure(s)"
[ "$fails" -eq 0 ]
