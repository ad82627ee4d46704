#!/usr/bin/env bash
# Runs a command next to a private practice engine (a dockerd with a seeded busybox image)
# and stops the engine when the command ends:
#
#   scripts/practice-engine.sh COMMAND [ARGS...]
#
# The engine lives in a fresh directory made by mktemp -d (mode 0700, a name nobody can
# prepare in advance), unless GANTRY_PRACTICE_DIR names one that does not exist yet. The
# command gets GANTRY_PRACTICE_HOST (unix://DIR/docker.sock, a socket only the user can
# open) and GANTRY_PRACTICE_DIR.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }

if [ -n "${GANTRY_PRACTICE_DIR:-}" ]; then
    dir=$GANTRY_PRACTICE_DIR # testbed.sh creates it, or refuses one that exists
else
    dir=$(mktemp -d "${TMPDIR:-/tmp}/gantry-practice.XXXXXXXXXX")
fi
export GANTRY_TESTBED_DIR=$dir GANTRY_PRACTICE_DIR=$dir
export GANTRY_PRACTICE_HOST=unix://$dir/docker.sock
# Stops only what it started: testbed.sh stop removes the directory only if it is marked
# as created by testbed.sh.
trap '"$here/testbed.sh" stop' EXIT
"$here/testbed.sh" start --engine-only
"$@"
