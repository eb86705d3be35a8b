#!/usr/bin/env bash
# Runs test binaries (cmocka) and the browser tests, and ends with one line:
#   N passed, N failed
# usage: run-tests.sh UNIT... -- HTTP... [--no-e2e | --e2e-only] [--valgrind]
#                     [--at 'YYYY-MM-DD HH:MM:SS' | --calendar]
# --valgrind runs the HTTP suites a second time with the server under
# valgrind (LEEFBAAR_VALGRIND=1): a leak or memory error fails the suite.
# --at runs every unit and HTTP binary under faketime from that UTC moment
# (the server the HTTP suites start inherits it); each binary starts there.
# --calendar runs the unit and HTTP binaries once more at one moment of
# tests/calendar.txt, a different one each day (make test; all of them:
# make test-calendar).
set -uo pipefail
cd "$(dirname "$0")/.."

unit=() http=() e2e=1 only_e2e=0 side=unit vg=0 at="" next_at=0 calendar=0
for a in "$@"; do
	if [ $next_at -eq 1 ]; then at=$a next_at=0; continue; fi
	case "$a" in
	--at) next_at=1 ;;
	--) side=http ;;
	--no-e2e) e2e=0 ;;
	--e2e-only) only_e2e=1 ;;
	--valgrind) vg=1 ;;
	--calendar) calendar=1 ;;
	*) if [ $side = unit ]; then unit+=("$a"); else http+=("$a"); fi ;;
	esac
done

passed=0 failed=0 broken=()
log=$(mktemp)
trap 'rm -f "$log"' EXIT

run_cmocka() {
	local bin=$1
	echo "== $bin${at:+ (at $at UTC)}"
	if [ -n "$at" ]; then
		# libfaketime is preloaded before ASan's runtime: tell a sanitizer build that this is meant.
		ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
			TZ=UTC faketime "$at" "$bin" >"$log" 2>&1
	else
		"$bin" >"$log" 2>&1
	fi
	local rc=$?
	cat "$log"
	local p f
	p=$(grep -oE '^\[  PASSED  \] [0-9]+' "$log" | awk '{s+=$NF} END {print s+0}')
	f=$(grep -oE '^\[  FAILED  \] [0-9]+' "$log" | awk '{s+=$NF} END {print s+0}')
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1   # crashed, or a group setup/teardown failed
	fi
	passed=$((passed + p))
	failed=$((failed + f))
	[ "$f" -gt 0 ] && broken+=("$bin")
}

if [ $only_e2e -eq 0 ]; then
	for b in "${unit[@]}" "${http[@]}"; do
		run_cmocka "$b"
	done
fi

if [ $vg -eq 1 ] && [ $only_e2e -eq 0 ] && command -v valgrind >/dev/null; then
	for b in "${http[@]}"; do
		echo "== valgrind: $b"
		LEEFBAAR_VALGRIND=1 run_cmocka "$b"
	done
fi

if [ $calendar -eq 1 ] && [ $only_e2e -eq 0 ]; then
	mapfile -t moments < <(grep -v '^#' tests/calendar.txt | grep . | cut -c1-19)
	at=${moments[$(( $(date -u +%s) / 86400 % ${#moments[@]} ))]}
	echo "== today's calendar moment: $(grep "^$at" tests/calendar.txt)"
	for b in "${unit[@]}" "${http[@]}"; do
		run_cmocka "$b"
	done
	at=""
fi

if [ $e2e -eq 1 ] && [ -d tests/e2e ] && ls tests/e2e/*.test.mjs >/dev/null 2>&1; then
	echo "== browser tests (node --test tests/e2e/)"
	node --test --test-reporter=tap tests/e2e/ >"$log" 2>&1
	rc=$?
	cat "$log"
	p=$(grep -oE '^# pass [0-9]+' "$log" | awk '{print $3}')
	f=$(grep -oE '^# fail [0-9]+' "$log" | awk '{print $3}')
	p=${p:-0} f=${f:-0}
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
	passed=$((passed + p))
	failed=$((failed + f))
	[ "$f" -gt 0 ] && broken+=("browser tests")
fi

[ ${#broken[@]} -gt 0 ] && echo "failing: ${broken[*]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
