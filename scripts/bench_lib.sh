# bench_lib.sh - what the benchmark scripts share (sourced, not run):
# one configuration for every server they measure, and starting and
# stopping one on a free loopback port.

# bench_config FILE DATA_DIR LOG_LEVEL: the settings every measured server runs
# with: the defaults (32 threads, 8 workers), but quiet and with cheap hashing.
bench_config() {
	cat >"$1" <<INI
[app]
data_dir = $2
log_level = $3
[server]
access_log = false
[security]
pwhash = test
INI
}

# bench_copy SRC DIR NAME LOG_LEVEL: a fresh DIR with a copy of the database
# SRC as DIR/NAME.db (synced: its dirty pages would otherwise be written back
# during the load, next to the fsyncs a run measures) and DIR/config.ini;
# sets dir, db and config.
bench_copy() {
	dir=$2
	rm -rf "$dir"
	mkdir -p "$dir/data"
	db="$dir/$3.db"
	cp --reflink=auto "$1" "$db"
	sync
	config="$dir/config.ini"
	bench_config "$config" "$dir/data" "$4"
}

# bench_serve BIN CONFIG DB LOG: `leefbaar serve` on a free loopback port;
# sets pid and url. 0 once /healthz answers, 1 after five tries.
bench_serve() {
	local bin=$1 config=$2 db=$3 log=$4 port
	for _ in 1 2 3 4 5; do
		port=$(( 20000 + RANDOM % 20000 ))
		# The server binds with SO_REUSEPORT: on a port already in use it would
		# share the requests with whoever listens there.
		[ -z "$(ss -ltnH "sport = :$port" 2>/dev/null)" ] || continue
		"$bin" serve --config "$config" --db "$db" --listen "127.0.0.1:$port" >"$log" 2>&1 &
		pid=$!
		url="http://127.0.0.1:$port"
		for _ in $(seq 100); do
			curl -fsS "$url/healthz" >/dev/null 2>&1 && return 0
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.1
		done
		bench_stop
	done
	cat "$log" >&2
	return 1
}

# bench_stop: stops the server bench_serve started, if it runs.
bench_stop() {
	if [ -n "${pid:-}" ] && kill -0 "$pid" 2>/dev/null; then
		kill "$pid"
		wait "$pid" 2>/dev/null || true
	fi
	pid=""
}
