#!/usr/bin/env bash
# make bench: the pages of issues 9 and 14 at a million meldingen.
#
#   scripts/bench.sh BENCH_BINARY...      (the Makefile passes build/rel/tests/bench/bench_*)
#
# Seeds the demo (organisation, a team's recent dossiers and
# doorverwijzingen) plus BENCH_MELDINGEN (default 1,000,000) synthetic
# meldingen over BENCH_YEARS (default 10) years, about 2% of them in
# dossiers with their doorverwijzingen, into build/bench/ (kept
# between runs: the seed is deterministic, delete build/bench to start
# again), starts the server on a free loopback port, and for the
# coördinator and for a wijkbeheerder bound to one wijk prints one table:
# p50, p90, p99 and max over BENCH_N requests (default 100, after 3 to warm
# up), the size of the answer and the answers that were not 2xx, for
# /api/v1/kpi and the dashboard (a month and the last full calendar year),
# the meldingen list (plain, searched, filtered on the account's wijk and
# sorted oldest first), a melding, the dossiers list and a dossier (ids the
# account sees), /doorverwijzingen, and the JSON lists of meldingen (pages
# 1 and 2), dossiers and doorverwijzingen, the wijkmonitor (issue 18: the
# index, a wijk's and a buurt's profile and its JSON, the budget, the
# fund, the schouwen and the initiatives), next to baselines measured in
# the same run on the same machine: GET /healthz and a raw SQLite count of
# that year's meldingen. A wijkbeheerder may not read doorverwijzingen
# (auth/policy.c), so its table leaves those two out. Last, the server's
# resident memory now and at its peak (VmRSS, VmHWM).
# Targets (issue 9): API p50 <= 50 ms, dashboard p50 <= 100 ms. Any answer
# that is not 2xx fails the run. Not part of make test.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${LEEFBAAR_BIN:-build/rel/leefbaar}
N=${BENCH_MELDINGEN:-1000000}
YEARS=${BENCH_YEARS:-10}
REQ=${BENCH_N:-100}
bench=""
create=""
for b in "$@"; do
	case "$b" in */bench_http) bench=$b ;; */bench_create) create=$b ;; esac
done
[ -n "$bench" ] && [ -n "$create" ] || { echo "bench: bench_http and bench_create must be given" >&2; exit 2; }

dir=build/bench
mkdir -p "$dir/data"
db="$dir/bench-$N-$YEARS-demo.db"
config="$dir/config.ini"
. scripts/bench_lib.sh
bench_config "$config" "$dir/data" warn

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
if [ ! -f "$db.klaar" ]; then
	rm -f "$db" "$db-wal" "$db-shm"
	echo "== seeding the demo and $N meldingen over $YEARS years into $db (once; kept for later runs)"
	start=$(date +%s.%N)
	nice -n 10 "$BIN" seed --config "$config" --db "$db" --demo --meldingen "$N" --years "$YEARS" >"$dir/seed.out" 2>"$dir/seed.log" \
		|| { tail -20 "$dir/seed.log" >&2; exit 1; }
	end=$(date +%s.%N)
	# The whole command (the demo, the meldingen, their dossiers); its own
	# phases after it, as the seed prints them (issue 14: <= 60 s).
	awk -v a="$start" -v b="$end" -v n="$N" 'BEGIN { printf "   seeded in %.1f s (%.0f meldingen/s)\n", b - a, n / (b - a) }' \
		| tee "$db.klaar"
	sed -n 's/^  getrokken/   getrokken/p' "$dir/seed.log"
	grep -h 'dossiers met' "$dir/seed.out" | sed 's/^/   /'
	rm -f "$dir/seed.out"
else
	echo "== reusing $db ($(cat "$db.klaar" | sed 's/^ *//'))"
fi

year=$(( $(date +%Y) - 1 ))
van="$year-01-01"
tot="$year-12-31"

pid=""
trap bench_stop EXIT
bench_serve "$BIN" "$config" "$db" "$dir/server.log" || { echo "bench: the server did not start" >&2; exit 1; }
echo "== server on $url; the year measured: $van .. $tot"

pages=(
	"/meldingen"
	"/meldingen?q=geluid"
	"/meldingen?wijk={wijk}&sorteer=oudste"
	"/meldingen/{melding}"
	"/dossiers"
	"/dossiers/{dossier}"
	"/dossiers/{grootdossier}"
	"/api/v1/meldingen"
	"/api/v1/meldingen?pagina=2"
	"/api/v1/dossiers"
	"/wijken"
	"/wijken/WK999901"
	"/wijken/BU99990101"
	"/api/v1/wijken/WK999901"
	"/budget"
	"/fonds"
	"/schouwen"
	"/initiatieven"
)
rc=0
"$bench" --url "$url" --email coordinator@voorbeeld.example --password Leefbaar-demo-2026 -n "$REQ" \
	--db "$db" --van "$van" --tot "$tot" \
	--max-ms "/api/v1/kpi?van=$van&tot=$tot=50" \
	--max-ms "/dashboard?periode=jaar&datum=$tot=100" \
	"/api/v1/kpi?van=$van&tot=$tot" \
	"/dashboard?periode=jaar&datum=$tot" \
	"/dashboard?periode=maand&datum=$year-06-15" \
	"/dashboard/kaart?periode=jaar&datum=$tot" \
	"/dashboard/werklijst" \
	"${pages[@]}" \
	"/doorverwijzingen" \
	"/api/v1/doorverwijzingen" || rc=1
echo
"$bench" --url "$url" --email wijkbeheer@voorbeeld.example --password Leefbaar-demo-2026 -n "$REQ" \
	--db "$db" --van "$van" --tot "$tot" \
	--max-ms "/api/v1/kpi?van=$van&tot=$tot=50" \
	--max-ms "/dashboard?periode=jaar&datum=$tot=100" \
	"/api/v1/kpi?van=$van&tot=$tot" \
	"/dashboard?periode=jaar&datum=$tot" \
	"/dashboard?periode=maand&datum=$year-06-15" \
	"${pages[@]}" || rc=1
echo
scripts/bench_throughput.sh "$url" "$(dirname "$bench")/bench_static" "$config" || rc=1; echo
echo "== server memory: $(awk '/^VmRSS:/ { rss = $2 } /^VmHWM:/ { hwm = $2 }
	END { printf "VmRSS %.1f MB now, VmHWM %.1f MB at its peak", rss / 1024, hwm / 1024 }' "/proc/$pid/status")"
# Durable creates write: on a copy, once this server has closed the database.
bench_stop
echo
scripts/bench_create.sh "$BIN" "$create" "$db" || rc=1
echo
scripts/bench_backup.sh "$BIN" "$db" || rc=1
exit $rc
