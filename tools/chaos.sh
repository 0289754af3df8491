#!/usr/bin/env bash
# Runs the chaos test (tests/Matchmaker.Tests.System/Chaos) longer and harder than CI does, and prints its
# figures: requests and answers by status, the faults with the time health took to be ok again, the time
# to drain the queues, acknowledged writes and any lost, and the emails by kind.
#
# Usage: tools/chaos.sh [seconds] [clients] [outage seconds] [long outage seconds] [dotnet test options...]
#   seconds              how long the clients work (default 480)
#   clients              clients working at once (default 8)
#   outage seconds       storage cut off a fifth of the way in (default 10)
#   long outage seconds  storage cut off again three fifths of the way in, while messages flow (default 300; 0 for none)
# The app is killed (SIGKILL) and started again two fifths of the way in. Example, a short smoke run:
#   tools/chaos.sh 60 8 10 0
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-480}
clients=${2:-8}
outage=${3:-10}
long_outage=${4:-300}
shift $(( $# < 4 ? $# : 4 ))

figures=$(mktemp)
trap 'rm -f "$figures"' EXIT
echo "chaos run: ${seconds} s, ${clients} clients, outages of ${outage} s and ${long_outage} s, started $(date -u +%FT%TZ)"
status=0
CHAOS_SECONDS=$seconds CHAOS_CLIENTS=$clients CHAOS_OUTAGE_SECONDS=$outage CHAOS_LONG_OUTAGE_SECONDS=$long_outage CHAOS_FIGURES=$figures \
  dotnet test "$root/tests/Matchmaker.Tests.System" --filter Category=Chaos "$@" || status=$?
echo "chaos run ended $(date -u +%FT%TZ)"
cat "$figures"
exit $status
