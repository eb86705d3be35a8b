#!/usr/bin/env bash
# make bench, part of scripts/bench.sh: `leefbaar backup` at a million
# meldingen, idle and while the server takes in meldingen.
#
#   scripts/bench_backup.sh LEEFBAAR_BINARY DATABASE
#
# On a copy of DATABASE (removed afterwards): the backup's time with the
# server idle, then again while a client files BENCH_BACKUP_RATE (default
# 50) meldingen a second through the API. Issue 15 asks for the second
# within twice the first. Prints both, their ratio, how many meldingen
# were acknowledged during the backup and that the backup is whole.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=$1
SRC=$2
RATE=${BENCH_BACKUP_RATE:-50}

. scripts/bench_lib.sh
bench_copy "$SRC" build/bench/backup backup warn

pid=""
loader=""
cleanup() {
	[ -n "$loader" ] && kill "$loader" 2>/dev/null
	bench_stop
	rm -rf "$dir"
}
trap cleanup EXIT

token=$("$BIN" token --config "$config" --db "$db" --email coordinator@voorbeeld.example --scope melden 2>/dev/null)
bench_serve "$BIN" "$config" "$db" "$dir/server.log" || { echo "bench_backup: the server did not start" >&2; exit 1; }

# One timed backup; prints its seconds.
backup_s() {
	rm -f "$dir/copy.db"
	local a b
	a=$(date +%s.%N)
	"$BIN" backup --config "$config" --db "$db" "$dir/copy.db" >/dev/null
	b=$(date +%s.%N)
	awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", b - a }'
}

# Files RATE meldingen a second, each its own curl, until killed; one line per 201 in $dir/acked.
load() {
	local body='{"categorie": "geluid", "omschrijving": "Harde muziek in de nacht.", "plaats": "Galerij", "anoniem": true}'
	while :; do
		curl -s -o /dev/null -w '%{http_code}\n' -X POST -H "Authorization: Bearer $token" \
			-H 'Content-Type: application/json' --data "$body" "$url/api/v1/meldingen" >>"$dir/acked" &
		sleep "$(awk -v r="$RATE" 'BEGIN { printf "%.4f", 1 / r }')"
	done
}

echo "== backup: leefbaar backup at $(sqlite3 "$db" 'SELECT count(*) FROM melding') meldingen ($(du -m "$db" | cut -f1) MB)"
idle=$(backup_s)
echo "   idle: $idle s"
: >"$dir/acked"
load &
loader=$!
sleep 2
before=$(grep -c '^201$' "$dir/acked" || true)
busy=$(backup_s)
after=$(grep -c '^201$' "$dir/acked" || true)
kill "$loader" 2>/dev/null
wait "$loader" 2>/dev/null || true
loader=""
sleep 1
bad=$(grep -vc '^201$' "$dir/acked" || true)
ok=$(sqlite3 "$dir/copy.db" 'PRAGMA integrity_check')
awk -v i="$idle" -v b="$busy" -v n=$((after - before)) -v r="$RATE" 'BEGIN {
	printf "   while %d meldingen/s come in: %.2f s = %.2f x idle (target <= 2); %d meldingen acknowledged during it\n", r, b, b / i, n }'
echo "   the copy: integrity_check $ok; answers not 201 during the load: $bad"
[ "$ok" = ok ] && [ "$bad" = 0 ]
