#!/usr/bin/env bash
# scale-demo.sh - past one machine, shown (make scale-demo): two corporations,
# each on its own leefbaar instance with its own data directory, database and
# config, behind HAProxy with deploy/haproxy.cfg, all on loopback. It shows and
# checks, exiting non-zero when a check fails:
#   1. each tenant's data stays in its own database;
#   2. a tenant moves to another instance (stop, backup, start on the copy,
#      switch the route through HAProxy's runtime API) while three writers keep
#      filing meldingen, and no acknowledged melding is lost;
#   3. kill -9 of one instance costs only its own tenant, which comes back.
# Usage: LEEFBAAR_BIN=build/rel/leefbaar scripts/scale-demo.sh   (KEEP=1 keeps
# the directory; SCALE_DIR chooses it, default build/scale-demo;
# SCALE_MELDINGEN=100000 gives the moving tenant that many meldingen first,
# to see what a move of a real database costs: a minute or two more)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BIN=$(realpath -m "${LEEFBAAR_BIN:-build/rel/leefbaar}")
W=$(realpath -m "${SCALE_DIR:-build/scale-demo}")
# W is removed at the start and the end: never a directory that holds more
case "$W" in /|"$ROOT"|"$ROOT"/build|"$HOME") echo "scale-demo: SCALE_DIR=$W would be removed; choose another" >&2; exit 2 ;; esac
HOST_A=wonenzuid.leefbaar.example
HOST_B=actium.leefbaar.example
PWHASH_USERS="test"   # the seeded logins are not used here; no need for Argon2's 64 MiB

# --- what the demo needs besides the build (Debian 12; as root or with sudo) ---
scripts/deps.sh scale
[ -x "$BIN" ] || { echo "scale-demo: no binary at $BIN (make scale-demo builds it)" >&2; exit 1; }

# --- bookkeeping: processes we started, checks, figures ---
pids=()
failed=0
cleanup() {
	local p
	[ -f "$W/stop" ] || touch "$W/stop" 2>/dev/null || true
	for p in "${pids[@]}"; do
		kill "$p" 2>/dev/null || true
	done
	for p in "${pids[@]}"; do
		wait "$p" 2>/dev/null || true
	done
	rm -f "/tmp/leefbaar-scale-$$.sock"
	[ "${KEEP:-0}" = 1 ] || rm -rf "$W"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now() { date +%s%N; }                       # nanoseconds
ms() { echo $(( ($2 - $1) / 1000000 )); }   # ms between two now()s
check() {                                    # check "what" command...
	local what=$1 out; shift
	if out=$("$@" 2>&1); then
		printf '   ok    %s\n' "$what"
	else
		printf '   FAIL  %s\n' "$what"
		[ -z "$out" ] || printf '%s\n' "$out"
		failed=$((failed + 1))
	fi
}
eq() { [ "$1" = "$2" ] || { echo "         (got '$1', want '$2')"; return 1; }; }

# A port nothing listens on. The server binds with SO_REUSEPORT, so a second
# instance on a taken port would start and share it silently: ask ss first.
taken=" "
free_port() {
	local p=$1
	while [ -n "$(ss -Htln "sport = :$p")" ] || [[ $taken == *" $p "* ]]; do
		p=$((p + 1))
	done
	taken="$taken$p "
	echo "$p"
}

# --- instances: one directory, config and database per tenant ---
write_ini() {   # write_ini DIR PORT ORGANISATION HOST
	cat >"$1/config.ini" <<EOF
; made by scripts/scale-demo.sh; see deploy/tenant.example.ini
[server]
listen = 127.0.0.1:$2
threads = 4
base_url = http://$4:$HAPROXY_PORT
trusted_proxy = 127.0.0.1
shutdown_grace = 5
[app]
data_dir = $1/data
organisation = $3
templates_dir = $ROOT/templates
static_dir = $ROOT/static
migrations_dir = $ROOT/migrations
[security]
pwhash = $PWHASH_USERS
EOF
}

declare -A PID
start_instance() {   # start_instance NAME: serves NAME's directory in the background
	local d=$W/$1
	"$BIN" --config "$d/config.ini" serve >>"$d/serve.log" 2>&1 &
	PID[$1]=$!
	pids+=("$!")
}

wait_healthz() {   # wait_healthz PORT: until the instance answers ok (5 s at most)
	local i
	for i in $(seq 100); do
		[ "$(curl -s --max-time 1 "http://127.0.0.1:$1/healthz" 2>/dev/null)" = ok ] && return 0
		sleep 0.05
	done
	echo "scale-demo: nothing answers on 127.0.0.1:$1" >&2
	return 1
}

# --- HAProxy and its runtime API ---
# (a Unix socket path holds at most 107 bytes)
SOCK=$W/haproxy.sock
[ "${#SOCK}" -le 100 ] || SOCK=/tmp/leefbaar-scale-$$.sock
api() { echo "$*" | socat stdio "unix-connect:$SOCK"; }
# The status column of "show stat" (UP, DOWN, MAINT, ...) and current sessions.
srv_status() { api "show stat" | awk -F, -v b="$1" '$1 == b && $2 == "app" { print $18 }'; }
srv_sessions() { api "show stat" | awk -F, -v b="$1" '$1 == b && $2 == "app" { print $5 }'; }

# through HAProxy with the tenant's host name
via() {   # via HOST curl-args...
	local host=$1; shift
	curl -s --max-time 10 --resolve "$host:$HAPROXY_PORT:127.0.0.1" "$@"
}
code_via() {   # code_via HOST PATH [curl-args]: the status code (unless -w in the args)
	local host=$1 path=$2; shift 2
	via "$host" -o /dev/null -w '%{http_code}' "$@" "http://$host:$HAPROXY_PORT$path"
}
melding_body() {   # melding_body TEXT
	printf '{"categorie":"geluid","omschrijving":"%s","postcode":"9991 AA","huisnummer":1,"anoniem":true}' "$1"
}
file_melding() {   # file_melding HOST TOKEN TEXT: prints "CODE REFERENTIE"
	local out
	out=$(via "$1" -w '\n%{http_code}' -X POST -H "Authorization: Bearer $2" \
		-H 'Content-Type: application/json' -d "$(melding_body "$3")" \
		"http://$1:$HAPROXY_PORT/api/v1/meldingen") || true
	printf '%s %s\n' "${out##*$'\n'}" "$(printf '%s' "$out" | grep -o '"referentie":"[^"]*"' | cut -d'"' -f4)"
}
sql() { sqlite3 -readonly "$1" "$2"; }

###########################################################################
rm -rf "$W"
mkdir -p "$W"
HAPROXY_PORT=$(free_port 18400)
PORT_A=$(free_port 18410)
PORT_B=$(free_port 18420)
PORT_A2=$(free_port 18430)
t_start=$(now)

echo "== Leefbaar past one machine: two corporations behind HAProxy on loopback"
for t in a b; do mkdir -p "$W/$t"; done
write_ini "$W/a" "$PORT_A" "Wonen Zuid" "$HOST_A"
write_ini "$W/b" "$PORT_B" "Actium" "$HOST_B"
seed_tenant() {   # seed_tenant NAME: the organisation, and the coördinator's API
	                 # token, valid in this tenant's database only
	local ini=$W/$1/config.ini
	"$BIN" --config "$ini" seed --organisation || return 1
	if [ "$1" = a ] && [ "${SCALE_MELDINGEN:-0}" -gt 0 ]; then
		"$BIN" --config "$ini" seed --meldingen "$SCALE_MELDINGEN" || return 1
	fi
	"$BIN" --config "$ini" token --email coordinator@voorbeeld.example >"$W/$1/token"
}
for t in a b; do
	seed_tenant "$t" >"$W/$t/seed.log" 2>&1 &
	pids+=("$!")
done
for p in "${pids[@]}"; do
	wait "$p" || { cat "$W"/?/seed.log >&2; echo "scale-demo: seeding failed" >&2; exit 1; }
done
pids=()
TOKEN_A=$(cat "$W/a/token")
TOKEN_B=$(cat "$W/b/token")
start_instance a
start_instance b
wait_healthz "$PORT_A"
wait_healthz "$PORT_B"

LEEFBAAR_HAPROXY_BIND=127.0.0.1:$HAPROXY_PORT \
LEEFBAAR_HAPROXY_API=$SOCK \
LEEFBAAR_HAPROXY_LOG=stdout \
LEEFBAAR_HAPROXY_USER=$(id -un) \
LEEFBAAR_HAPROXY_GROUP=$(id -gn) \
LEEFBAAR_TENANTS_MAP=$ROOT/deploy/tenants.map \
LEEFBAAR_WONENZUID=127.0.0.1:$PORT_A \
LEEFBAAR_ACTIUM=127.0.0.1:$PORT_B \
	haproxy -db -f deploy/haproxy.cfg >"$W/haproxy.log" 2>&1 &
HAPROXY_PID=$!
pids+=("$!")
for i in $(seq 100); do
	[ -S "$SOCK" ] && [ "$(srv_status wonenzuid)" = UP ] && [ "$(srv_status actium)" = UP ] && break
	[ "$i" -lt 100 ] || { echo "scale-demo: HAProxy did not come up:" >&2; tail "$W/haproxy.log" >&2; exit 1; }
	sleep 0.05
done
echo "   HAProxy 127.0.0.1:$HAPROXY_PORT  ($HOST_A -> :$PORT_A, $HOST_B -> :$PORT_B, runtime API $SOCK)"
echo "   ready in $(ms "$t_start" "$(now)") ms (both databases seeded, both instances healthy)"

###########################################################################
echo
echo "== 1. Each tenant's data stays in its own database"
check "$HOST_A shows Wonen Zuid" grep -q 'Wonen Zuid' <(via "$HOST_A" "http://$HOST_A:$HAPROXY_PORT/")
check "$HOST_B shows Actium" grep -q 'Actium' <(via "$HOST_B" "http://$HOST_B:$HAPROXY_PORT/")
check "an unknown host gets 404" eq "$(code_via onbekend.leefbaar.example /)" 404
mark="isolatie$RANDOM$RANDOM"
read -r code ref_a <<<"$(file_melding "$HOST_A" "$TOKEN_A" "Geluidsoverlast $mark via de API")"
check "melding filed through $HOST_A: 201 $ref_a" eq "$code" 201
for i in 1 2 3; do file_melding "$HOST_B" "$TOKEN_B" "Actium melding $i" >/dev/null; done
check "A's database holds it" eq "$(sql "$W/a/data/leefbaar.db" "SELECT count(*) FROM melding WHERE omschrijving LIKE '%$mark%'")" 1
check "B's database does not" eq "$(sql "$W/b/data/leefbaar.db" "SELECT count(*) FROM melding WHERE omschrijving LIKE '%$mark%'")" 0
check "A's list finds it (q=$mark)" eq "$(via "$HOST_A" -H "Authorization: Bearer $TOKEN_A" "http://$HOST_A:$HAPROXY_PORT/api/v1/meldingen?q=$mark" | grep -o '"totaal":[0-9]*')" '"totaal":1'
check "B's list does not" eq "$(via "$HOST_B" -H "Authorization: Bearer $TOKEN_B" "http://$HOST_B:$HAPROXY_PORT/api/v1/meldingen?q=$mark" | grep -o '"totaal":[0-9]*')" '"totaal":0'
check "B's list holds B's 3 meldingen" eq "$(via "$HOST_B" -H "Authorization: Bearer $TOKEN_B" "http://$HOST_B:$HAPROXY_PORT/api/v1/meldingen" | grep -o '"totaal":[0-9]*')" '"totaal":3'
check "A's token is unknown at $HOST_B (401)" eq "$(code_via "$HOST_B" /api/v1/ik -H "Authorization: Bearer $TOKEN_A")" 401
# The client address: HAProxy replaces a forged X-Forwarded-For with the real
# one, and the instance trusts it from HAProxy only (trusted_proxy).
via "$HOST_A" --interface 127.0.0.2 -o /dev/null -X POST -H 'X-Forwarded-For: 203.0.113.7' \
	-H 'Content-Type: application/json' -d "$(melding_body "Anoniem vanaf 127.0.0.2")" \
	"http://$HOST_A:$HAPROXY_PORT/api/v1/meldingen"
check "A records the client address 127.0.0.2 from X-Forwarded-For, not the forged one" \
	eq "$(sql "$W/a/data/leefbaar.db" "SELECT ip FROM submit_log ORDER BY id DESC LIMIT 1")" 127.0.0.2

###########################################################################
echo
echo "== 2. $HOST_A moves to another instance while meldingen keep coming in"
# The writers: WRITERS clients, each filing meldingen through HAProxy one
# after another; on 503 a client waits briefly and sends the same melding
# again, as a client should. acked: "w-n referentie" for every 201;
# attempts: "ns code w-n".
WRITERS=3
writer() {
	local n=0 code ref
	while [ ! -f "$W/stop" ]; do
		n=$((n + 1))
		while :; do
			read -r code ref <<<"$(file_melding "$HOST_A" "$TOKEN_A" "scale-demo schrijver $1-$n")"
			echo "$(now) $code $1-$n" >>"$W/attempts"
			if [ "$code" = 201 ]; then
				echo "$1-$n $ref" >>"$W/acked"
				break
			fi
			sleep 0.05
		done
	done
}
: >"$W/acked"
: >"$W/attempts"
writer_pids=()
for w in $(seq "$WRITERS"); do
	writer "$w" &
	writer_pids+=("$!")
	pids+=("$!")
done
sleep 1.5

mkdir -p "$W/a2/data"
write_ini "$W/a2" "$PORT_A2" "Wonen Zuid" "$HOST_A"
t0=$(now)
api "set server wonenzuid/app state maint" >/dev/null              # new requests: 503 from HAProxy
for i in $(seq 200); do                                            # requests under way finish
	[ "$(srv_sessions wonenzuid)" = 0 ] && break
	sleep 0.01
done
t_drained=$(now)
kill -TERM "${PID[a]}"                                             # nothing can write to the old copy now
wait "${PID[a]}" 2>/dev/null || true
t_stopped=$(now)
"$BIN" --config "$W/a/config.ini" backup "$W/a2/data/leefbaar.db" >"$W/a2/backup.log" 2>&1
cp -p "$W/a/data/secret.key" "$W/a2/data/"                         # form tokens and sealed status links
cp -rp "$W/a/data/bijlagen" "$W/a2/data/"                          # the files of the meldingen
t_copied=$(now)
start_instance a2
wait_healthz "$PORT_A2"
t_started=$(now)
api "set server wonenzuid/app addr 127.0.0.1 port $PORT_A2" >/dev/null
api "set server wonenzuid/app state ready" >/dev/null
t1=$(now)
sleep 1.5
touch "$W/stop"
for p in "${writer_pids[@]}"; do wait "$p" 2>/dev/null || true; done

acked=$(wc -l <"$W/acked")
refused=$(awk '$2 == 503' "$W/attempts" | wc -l)
other=$(awk '$2 != 503 && $2 != 201' "$W/attempts" | wc -l)
first503=$(awk '$2 == 503 { print $1; exit }' "$W/attempts")
last503=$(awk '$2 == 503 { t = $1 } END { print t }' "$W/attempts")
# the longest a melding waited from its first attempt to its 201
longest=$(awk '{ if (!($3 in first)) first[$3] = $1; if ($2 == 201) { d = $1 - first[$3]; if (d > m) m = d } } END { printf "%d", m / 1000000 }' "$W/attempts")
LC_ALL=C sort "$W/acked" >"$W/acked.sorted"
sql "$W/a2/data/leefbaar.db" "SELECT substr(omschrijving, 22) || ' ' || referentie FROM melding WHERE omschrijving LIKE 'scale-demo schrijver %'" |
	LC_ALL=C sort >"$W/new.sorted"
# a melding is its number and its text: a number given twice would show
sql "$W/a/data/leefbaar.db" "SELECT referentie || ' ' || omschrijving FROM melding" | LC_ALL=C sort >"$W/old.rows"
sql "$W/a2/data/leefbaar.db" "SELECT referentie || ' ' || omschrijving FROM melding" | LC_ALL=C sort >"$W/new.rows"
lost=$(LC_ALL=C comm -23 "$W/acked.sorted" "$W/new.sorted" | wc -l)
unacked=$(LC_ALL=C comm -13 "$W/acked.sorted" "$W/new.sorted" | wc -l)
before=$(awk -v t="$t0" '$1 < t && $2 == 201' "$W/attempts" | wc -l)
after=$(awk -v t="$t1" '$1 > t && $2 == 201' "$W/attempts" | wc -l)
printf '   the move: maint %d ms (in-flight requests done), stop %d ms, backup + copy %d ms (database %s MB), start %d ms, switch %d ms: %d ms in all\n' \
	"$(ms "$t0" "$t_drained")" "$(ms "$t_drained" "$t_stopped")" "$(ms "$t_stopped" "$t_copied")" \
	"$(awk -v b="$(stat -c %s "$W/a2/data/leefbaar.db")" 'BEGIN { printf "%.1f", b / 1e6 }')" \
	"$(ms "$t_copied" "$t_started")" "$(ms "$t_started" "$t1")" "$(ms "$t0" "$t1")"
printf '   %d writers: %d meldingen acknowledged (%d before the move, %d after it); %d answers 503 over %d ms; longest wait for one melding %d ms; %d other answers\n' \
	"$WRITERS" "$acked" "$before" "$after" "$refused" "$(( ${last503:-0} > 0 ? (last503 - first503) / 1000000 : 0 ))" "$longest" "$other"
check "writes went on before and after the move" test "$before" -gt 0 -a "$after" -gt 0
check "writes were refused with 503 during the move (no other failures)" test "$refused" -gt 0 -a "$other" -eq 0
check "every acknowledged melding is in the new database with its number and text ($lost of $acked lost)" eq "$lost" 0
check "no melding stored without its acknowledgement" eq "$unacked" 0
check "everything in the old database is in the new one" eq "$(LC_ALL=C comm -23 "$W/old.rows" "$W/new.rows" | wc -l)" 0
check "the new instance serves $HOST_A" eq "$(via "$HOST_A" -H "Authorization: Bearer $TOKEN_A" "http://$HOST_A:$HAPROXY_PORT/api/v1/meldingen?q=$mark" | grep -o '"totaal":[0-9]*')" '"totaal":1'
MOVE_MS=$(ms "$t0" "$t1")

###########################################################################
echo
echo "== 3. One instance fails: kill -9 of $HOST_B's instance"
count_b=$(sql "$W/b/data/leefbaar.db" "SELECT count(*) FROM melding")
{ kill -KILL "${PID[b]}"; wait "${PID[b]}"; } 2>/dev/null || true   # quiet: no "Killed" from bash
t0=$(now)
# curl's own clock: the time HAProxy took, without starting curl
read -r code_b time_b <<<"$(code_via "$HOST_B" /healthz -w '%{http_code} %{time_total}')"
status_b=$(srv_status actium)       # the failed connection marked it (observe layer4)
read -r code_b2 time_b2 <<<"$(code_via "$HOST_B" /api/v1/meldingen -w '%{http_code} %{time_total}' -H "Authorization: Bearer $TOKEN_B")"
codes_a=""
for i in 1 2 3 4 5; do codes_a="$codes_a$(code_via "$HOST_A" /api/v1/meldingen -H "Authorization: Bearer $TOKEN_A") "; done
read -r code_a_post _ <<<"$(file_melding "$HOST_A" "$TOKEN_A" "Terwijl Actium plat ligt")"
printf '   %s: the first request after the kill got %s in %d ms (a refused connection, retried once after 1 s);\n   the server was then %s, and the next request got %s in %s ms\n' \
	"$HOST_B" "$code_b" "$(awk -v t="$time_b" 'BEGIN { printf "%d", t * 1000 }')" "$status_b" \
	"$code_b2" "$(awk -v t="$time_b2" 'BEGIN { printf "%.1f", t * 1000 }')"
check "$HOST_B answers 503 (first request)" eq "$code_b" 503
check "HAProxy marked $HOST_B DOWN at that first failure" eq "$status_b" DOWN
check "$HOST_B answers 503 at once after that" eq "$code_b2" 503
check "$HOST_A keeps answering 200 (5 lists)" eq "$codes_a" "200 200 200 200 200 "
check "$HOST_A keeps taking meldingen (201)" eq "$code_a_post" 201
t0=$(now)
start_instance b
wait_healthz "$PORT_B"
t_healthy=$(now)
for i in $(seq 500); do
	[ "$(srv_status actium)" = UP ] && break
	sleep 0.01
done
t_up=$(now)
printf '   restarted: healthy after %d ms, back in HAProxy after %d ms (rise 2 checks)\n' \
	"$(ms "$t0" "$t_healthy")" "$(ms "$t0" "$t_up")"
check "$HOST_B serves again (200)" eq "$(code_via "$HOST_B" /api/v1/meldingen -H "Authorization: Bearer $TOKEN_B")" 200
check "$HOST_B kept its $count_b meldingen through kill -9" eq "$(sql "$W/b/data/leefbaar.db" "SELECT count(*) FROM melding")" "$count_b"

rss() { awk '/^VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }
printf '   resident memory now: %s MB %s instance, %s MB %s instance, %s MB HAProxy\n' \
	"$(rss "${PID[a2]}")" "$HOST_A" "$(rss "${PID[b]}")" "$HOST_B" "$(rss "$HAPROXY_PID")"

###########################################################################
echo
printf '== %s in %d s: moving a tenant refused its writes for %d ms and lost %d of %d acknowledged meldingen\n' \
	"$([ "$failed" -eq 0 ] && echo "all checks passed" || echo "$failed checks FAILED")" \
	"$(( $(ms "$t_start" "$(now)") / 1000 ))" "$MOVE_MS" "$lost" "$acked"
[ "$failed" -eq 0 ]
