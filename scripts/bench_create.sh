#!/usr/bin/env bash
# make bench, part of scripts/bench.sh: durable creates at a million meldingen.
#
#   scripts/bench_create.sh LEEFBAAR_BINARY BENCH_CREATE_BINARY DATABASE
#
# On a copy of DATABASE (the bench's million; removed afterwards) it
# measures, in the same run on the same disk:
#   ceiling  bench_create: one thread taking in meldingen through the same
#            intake code as the API, one COMMIT (and fsync) per melding -
#            what the server could reach without group commit;
#   server   `leefbaar serve` on the copy under wrk: POST /api/v1/meldingen
#            with an API token, 32 connections, BENCH_CREATE_SECONDS
#            (default 10) - each 201 only after the COMMIT that holds it -
#            after BENCH_CREATE_WARMUP seconds (default 2) of the same load
#            that are not counted: the handler threads open their database
#            connections and prepare their statements on first use, which a
#            server that runs for days does once.
# and prints creates/s of both, the server's share of the ceiling, its
# latency percentiles and how many writes its commits carried. Any answer
# that is not 2xx, or any socket error, fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=$1
CEIL=$2
SRC=$3
SECONDS_LOAD=${BENCH_CREATE_SECONDS:-10}
WARMUP=${BENCH_CREATE_WARMUP:-2}
CONNS=${BENCH_CREATE_CONNECTIONS:-32}

command -v wrk >/dev/null || { echo "bench_create: wrk is missing (apt-get install wrk)" >&2; exit 1; }

. scripts/bench_lib.sh
bench_copy "$SRC" build/bench/create create info

pid=""
cleanup() {
	bench_stop
	rm -rf "$dir"
}
trap cleanup EXIT

# A database seeded by an older build gets this build's schema first (the ceiling loop does not migrate).
"$BIN" migrate --config "$config" --db "$db" >/dev/null
echo "== create: POST /api/v1/meldingen at $(sqlite3 "$db" 'SELECT count(*) FROM melding' 2>/dev/null || echo '?') meldingen"
ceiling=$("$CEIL" --config "$config" --db "$db" --seconds 5)
echo "   ceiling, one COMMIT per melding in a C loop (same intake code, no HTTP): ${ceiling#ceiling }"

token=$("$BIN" token --config "$config" --db "$db" --email coordinator@voorbeeld.example --scope melden 2>/dev/null)
cat >"$dir/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
wrk.body = '{"categorie": "geluid", "omschrijving": "Harde muziek in de nacht, al weken.", "plaats": "Galerij", "melder_naam": "Henk Huurder", "melder_email": "henk@example.org", "anoniem": false}'
LUA

log="$dir/server.log"
bench_serve "$BIN" "$config" "$db" "$log" || { echo "bench_create: the server did not start" >&2; exit 1; }
if [ "$WARMUP" -gt 0 ]; then
	wrk -t2 -c"$CONNS" -d"${WARMUP}s" -s "$dir/post.lua" "$url/api/v1/meldingen" >/dev/null
fi
out=$(wrk -t2 -c"$CONNS" -d"${SECONDS_LOAD}s" --latency -s "$dir/post.lua" "$url/api/v1/meldingen")
bench_stop

rate=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
pct() { awk -v p="$1" '$1 == p { print $2 }' <<<"$out"; }
bad=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$out")
sock=$(awk '/Socket errors:/ { n = 0; for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) n += $i; print n }' <<<"$out")
group=$(grep -o 'group commit: .*' "$log" | tail -1)
ceil_rate=$(awk '{ print $2 }' <<<"$ceiling" | tr -d '/s')
awk -v r="$rate" -v c="$ceil_rate" -v n="$CONNS" -v s="$SECONDS_LOAD" -v w="$WARMUP" 'BEGIN {
	printf "   server, %d connections for %d s (after %d s not counted): %.0f/s = %.0f%% of the ceiling (target >= 100%%, aim 200%%)\n", n, s, w, r, 100 * r / c }'
echo "   latency p50 $(pct 50%), p90 $(pct 90%), p99 $(pct 99%) (target p99 <= 50 ms); ${group:-group commit: no figures in the log}"
echo "   answers not 2xx: ${bad:-0}; socket errors: ${sock:-0}"
if [ "${bad:-0}" != 0 ] || [ "${sock:-0}" != 0 ]; then
	echo "$out" >&2
	exit 1
fi
