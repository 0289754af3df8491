#!/usr/bin/env bash
# Runs the introductions chaos test (tests/Matchmaker.Tests.System/IntroductionChaos) at a size of its own and
# prints its figures: requests and answers by status, the table faults by kind, the time to drain, poisoned and
# replayed messages, acknowledged writes and any lost, introductions by status, and the emails by kind.
#
# Usage: N=500 tools/chaos-introductions.sh [dotnet test options...]
#   N                introductions to make end to end (default 25, the CI size)
#   ANSWER_WITHIN    seconds both sides have to answer; the queues drain no sooner after the last ask (default 60;
#                    180 when N is over 100, where asks may wait for their turn)
#   TABLE_FAULTS     share of table requests that fail (default 0.05)
#   SEED             seed of the table faults (default the test's own)
#   BUSY_PAST_RETRIES=1  the 503 Server Busy faults reach the app unretried, as when the SDK's retries are spent
# Example, the long run in the background:
#   N=500 setsid tools/chaos-introductions.sh > chaos-500.log 2>&1 &
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
n=${N:-25}
answer_within=${ANSWER_WITHIN:-$(( n > 100 ? 180 : 60 ))}

figures=$(mktemp)
trap 'rm -f "$figures"' EXIT
echo "introductions chaos run: ${n} introductions, ${TABLE_FAULTS:-0.05} of table requests failing${BUSY_PAST_RETRIES:+ (busy answers past the SDK retries)}, started $(date -u +%FT%TZ) on $(nproc) cores"
status=0
CHAOS_INTRODUCTIONS=$n CHAOS_ANSWER_WITHIN_SECONDS=$answer_within CHAOS_TABLE_FAULTS=${TABLE_FAULTS:-} CHAOS_SEED=${SEED:-} CHAOS_BUSY_PAST_RETRIES=${BUSY_PAST_RETRIES:-} CHAOS_FIGURES=$figures \
  dotnet test "$root/tests/Matchmaker.Tests.System" --filter "FullyQualifiedName~IntroductionChaos" "$@" || status=$?
echo "introductions chaos run ended $(date -u +%FT%TZ)"
cat "$figures"
exit $status
