#!/usr/bin/env bash
# Runs the unit and HTTP suites under faketime on the moments of
# tests/calendar.txt, and ends with one line: N passed, N failed.
#   test-calendar.sh UNIT... -- HTTP...
# (make test runs one of the moments, another each day: run-tests.sh --calendar.)
set -uo pipefail
cd "$(dirname "$0")/.."

mapfile -t moments < <(grep -v '^#' tests/calendar.txt | grep . | cut -c1-19)

passed=0 failed=0 broken=()
for m in "${moments[@]}"; do
	echo "=== the suite at $m UTC ($(grep "^$m" tests/calendar.txt | cut -c22-))"
	out=$(scripts/run-tests.sh "$@" --no-e2e --at "$m" 2>&1)
	rc=$?
	echo "$out" | grep -E '^\[  FAILED  \] |^failing:' || true
	last=$(echo "$out" | tail -1)
	p=$(echo "$last" | awk '{print $1}') f=$(echo "$last" | awk '{print $3}')
	passed=$((passed + ${p:-0})) failed=$((failed + ${f:-1}))
	[ $rc -ne 0 ] && broken+=("$m")
	echo "--- $m: $last"
done
[ ${#broken[@]} -gt 0 ] && echo "failing on: ${broken[*]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
