#!/usr/bin/env bash
# bench_throughput.sh - issue 14 point 3: the list page's throughput beside
# its same-run ceiling (called by scripts/bench.sh; runs alone too).
#
#   scripts/bench_throughput.sh URL BENCH_STATIC [CONFIG] [EMAIL] [PASSWORD]
#
# Logs in to the running server at URL like a browser (GET /login for the
# CSRF field and cookie, POST /login), measures the size of GET /meldingen,
# then runs wrk (-t2 -c32 -d10s --latency; BENCH_WRK overrides the flags)
# with the session cookie against /meldingen, starts BENCH_STATIC (the same
# MHD daemon setup, CONFIG's [server] settings, a fixed body of that size)
# on a free loopback port and runs the same wrk against it. Prints req/s
# and p99 of both and the ratio. Fails (exit 1) when keep-alive does not
# hold, on any answer of the server that is not 200 (a redirect to /login
# included), on socket errors, on clearly fewer bytes read per answer than
# the page has, when the session no longer works after the run, or on a ratio
# under 15% or p99 over 25 ms (BENCH_MIN_PCT, BENCH_MAX_P99_MS).
set -euo pipefail
cd "$(dirname "$0")/.."

url=${1:?usage: bench_throughput.sh URL BENCH_STATIC [CONFIG] [EMAIL] [PASSWORD]}
static=${2:?usage: bench_throughput.sh URL BENCH_STATIC [CONFIG] [EMAIL] [PASSWORD]}
config=${3:-}
email=${4:-coordinator@voorbeeld.example}
password=${5:-Leefbaar-demo-2026}
wrk_flags=${BENCH_WRK:--t2 -c32 -d10s --latency}
min_pct=${BENCH_MIN_PCT:-15}
max_p99=${BENCH_MAX_P99_MS:-25}
path=/meldingen

command -v wrk >/dev/null || { echo "bench_throughput: wrk is not installed (apt-get install wrk)" >&2; exit 2; }
tmp=$(mktemp -d)
spid=""
cleanup() {
	if [ -n "$spid" ] && kill -0 "$spid" 2>/dev/null; then
		kill "$spid"
		wait "$spid" 2>/dev/null || true
	fi
	rm -rf "$tmp"
}
trap cleanup EXIT

# Login: the form's CSRF field and its nonce cookie, then the session cookie.
jar=$tmp/jar
curl -s -c "$jar" -b "$jar" "$url/login" >"$tmp/login.html"
csrf=$(sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' "$tmp/login.html" | head -1)
[ -n "$csrf" ] || { echo "bench_throughput: no csrf_token on /login" >&2; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" -H "Origin: $url" \
	--data-urlencode "csrf_token=$csrf" --data-urlencode "email=$email" \
	--data-urlencode "wachtwoord=$password" "$url/login")
[ "$status" = 303 ] || { echo "bench_throughput: login as $email answered $status" >&2; exit 1; }
cookie=$(awk '$6 == "leefbaar_sessie" { print $7 }' "$jar")
[ -n "$cookie" ] || { echo "bench_throughput: no session cookie after login" >&2; exit 1; }

read -r status bytes < <(curl -s -o /dev/null -w '%{http_code} %{size_download}\n' \
	-H "Cookie: leefbaar_sessie=$cookie" "$url$path")
[ "$status" = 200 ] || { echo "bench_throughput: $path answered $status" >&2; exit 1; }

# Keep-alive must hold: a second request on the same connection reuses it.
curl -sv -o /dev/null -o /dev/null -H "Cookie: leefbaar_sessie=$cookie" "$url$path" "$url$path" 2>"$tmp/keepalive" || true
if ! grep -q 'Re-using existing connection' "$tmp/keepalive"; then
	echo "bench_throughput: the server closed the connection after $path (no keep-alive)" >&2
	exit 1
fi

# wrk counts only statuses >= 400 as "Non-2xx or 3xx"; a 303 to /login
# would slip through. On the server run a Lua hook counts every answer that
# is not 200. Not on the static run: the hook makes wrk copy each body,
# which would slow the client of the faster run and flatter the ratio.
cat >"$tmp/not200.lua" <<'LUA'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) not200 = 0 end
function response(status, headers, body)
	if status ~= 200 then not200 = not200 + 1 end
end
function done(summary, latency, requests)
	local n = 0
	for _, t in ipairs(threads) do n = n + t:get("not200") end
	io.write(string.format("Not 200: %d\n", n))
end
LUA

# Runs wrk on $1 with extra arguments; prints "req/s p99_ms errors bytes_per_answer"
# and keeps the output in $tmp/wrk.$2.
run_wrk() {
	local target=$1 name=$2
	shift 2
	# shellcheck disable=SC2086
	wrk $wrk_flags "$@" "$target" >"$tmp/wrk.$name" 2>&1 || true
	awk '
		/Requests\/sec:/ { rps = $2 }
		/^ +99%/ { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); p = v / 1000 }
			   else if (v ~ /ms$/) { sub(/ms$/, "", v); p = v }
			   else if (v ~ /s$/) { sub(/s$/, "", v); p = v * 1000 } }
		/Non-2xx or 3xx responses:/ { bad += $NF }
		/Socket errors:/ { gsub(/,/, ""); bad += $4 + $6 + $8 + $10 }
		/^Not 200:/ { bad += $3 }
		/ requests in .* read$/ { n = $1; v = $5; sub(/read$/, "", v); m = 1
			   if (v ~ /KB$/) m = 1024; else if (v ~ /MB$/) m = 1048576; else if (v ~ /GB$/) m = 1073741824
			   sub(/[KMG]?B$/, "", v); read = v * m }
		END { if (rps == "") { rps = 0; bad++ }
		      printf "%s %.2f %d %.0f\n", rps, p, bad, (n > 0 ? read / n : 0) }' "$tmp/wrk.$name"
}

read -r app_rps app_p99 app_bad app_per < <(run_wrk "$url$path" app -s "$tmp/not200.lua" -H "Cookie: leefbaar_sessie=$cookie")

for _ in 1 2 3 4 5; do
	port=$(( 20000 + RANDOM % 20000 ))
	[ -z "$(ss -ltnH "sport = :$port" 2>/dev/null)" ] || continue
	"$static" --listen "127.0.0.1:$port" --bytes "$bytes" ${config:+--config "$config"} >"$tmp/static.log" 2>&1 &
	spid=$!
	for _ in $(seq 50); do
		curl -s -o /dev/null "http://127.0.0.1:$port/" && break
		sleep 0.1
	done
	curl -s -o /dev/null "http://127.0.0.1:$port/" && break
	kill "$spid" 2>/dev/null || true
	wait "$spid" 2>/dev/null || true
	spid=""
done
[ -n "$spid" ] || { echo "bench_throughput: bench_static did not start" >&2; cat "$tmp/static.log" >&2; exit 1; }
read -r st_rps st_p99 st_bad st_per < <(run_wrk "http://127.0.0.1:$port/" static)

# The session must still be good after the run (else the answers were redirects).
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: leefbaar_sessie=$cookie" "$url$path")
[ "$status" = 200 ] || { echo "bench_throughput: after the run $path answered $status" >&2; app_bad=$((app_bad + 1)); }
# Headers add a few hundred bytes; wrk rounds the total it read to three
# figures, hence 1% of slack. Much shorter answers were no list page.
for per in "$app_per" "$st_per"; do
	if [ "$per" -lt $((bytes * 99 / 100)) ]; then
		echo "bench_throughput: $per bytes read per answer, less than the page's $bytes" >&2
		app_bad=$((app_bad + 1))
	fi
done

pct=$(awk -v a="$app_rps" -v s="$st_rps" 'BEGIN { printf "%.1f", (s > 0 ? 100 * a / s : 0) }')
echo "== throughput: GET $path ($bytes bytes, logged in as $email) against static MHD, same body size; wrk $wrk_flags"
printf '   %-34s %10s %9s %12s %6s\n' "" "req/s" "p99 ms" "bytes/answer" "bad"
printf '   %-34s %10.0f %9.2f %12s %6d\n' "GET $path" "$app_rps" "$app_p99" "$app_per" "$app_bad"
printf '   %-34s %10.0f %9.2f %12s %6d\n' "static MHD, same configuration" "$st_rps" "$st_p99" "$st_per" "$st_bad"
echo "   ratio: $pct% of static (target >= $min_pct%), p99 $app_p99 ms (target <= $max_p99 ms)"

rc=0
if [ "$app_bad" -ne 0 ] || [ "$st_bad" -ne 0 ]; then
	echo "bench_throughput: answers not 2xx/3xx, of another size, or socket errors:" >&2
	grep -hE 'Non-2xx|Socket errors|Not 200' "$tmp/wrk.app" "$tmp/wrk.static" >&2 || true
	rc=1
fi
awk -v p="$pct" -v m="$min_pct" 'BEGIN { exit !(p < m) }' && { echo "bench_throughput: ratio below $min_pct%" >&2; rc=1; }
awk -v p="$app_p99" -v m="$max_p99" 'BEGIN { exit !(p > m) }' && { echo "bench_throughput: p99 above $max_p99 ms" >&2; rc=1; }
exit $rc
