#!/usr/bin/env bash
# make bench-growth: how the cost grows with the number of meldingen.
#
#   scripts/bench_growth.sh BENCH_BINARY...   (the Makefile passes the bench binaries)
#
# Runs scripts/bench.sh once per size in BENCH_GROWTH (default "10000
# 100000 1000000"; each database is seeded once and kept in build/bench/),
# keeps each run's output in build/bench/growth-N.txt, and prints one
# Markdown table per account: p50 / p99 in ms of every line at every size,
# then the lines that are not per request (seeding, creates, throughput,
# memory) side by side. docs/scaling.md holds the last table.
# BENCH_GROWTH_TABLE=1 prints the table of the last runs without running.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=${BENCH_GROWTH:-10000 100000 1000000}
files=()
for n in $sizes; do
	out=build/bench/growth-$n.txt
	mkdir -p build/bench
	# BENCH_GROWTH_TABLE=1: only tabulate the outputs of the last runs again.
	if [ -z "${BENCH_GROWTH_TABLE:-}" ]; then
		echo "== $n meldingen" >&2
		BENCH_MELDINGEN=$n scripts/bench.sh "$@" >"$out" || { cat "$out" >&2; exit 1; }
	fi
	files+=("$out")
done

# Per account and request: "p50 / p99" per size, in the order of the first run.
awk -v sizes="$sizes" '
	BEGIN { ns = split(sizes, size, " ") }
	FNR == 1 { f++ }
	/^  logged in as / { who = $4; sub(/;$/, "", who); if (!(who in seen_who)) { seen_who[who] = 1; whos[++nw] = who } next }
	/^  [^ ]/ && NF >= 7 && $(NF - 1) ~ /^[0-9-]+$/ {
		# "  WHAT p50 p90 p99 max bytes non2xx": WHAT may hold spaces.
		line = $0; sub(/^  /, "", line)
		what = substr(line, 1, 58); sub(/ +$/, "", what)
		rest = substr(line, 59); split(rest, v, " ")
		# The same line at every size: ids, wijk codes and counts differ between the databases.
		gsub(/ \([0-9]+\)$/, "", what)
		gsub(/WK[0-9]+/, "{wijk}", what)
		if (what ~ /\/[0-9]+$/) sub(/\/[0-9]+$/, "/{id}", what)
		if (what ~ /^\/dossiers\/D-[0-9-]+$/) what = "/dossiers/{grootdossier}"   # the one with most meldingen
		key = who SUBSEP what
		if (!(key in order)) { order[key] = ++nk; keys[nk] = key }
		cell[key, f] = sprintf("%.2f / %.2f", v[1], v[3])
		next
	}
	/seeded in|^   (ceiling|server|latency|GET|static|ratio)|^== server memory/ { extra[f] = extra[f] "\n" $0 }
	END {
		for (w = 1; w <= nw; w++) {
			printf "\n%s, p50 / p99 ms\n\n| request |", whos[w]
			for (i = 1; i <= ns; i++) printf " %s |", size[i]
			printf "\n| --- |"; for (i = 1; i <= ns; i++) printf " ---: |"; printf "\n"
			for (k = 1; k <= nk; k++) {
				split(keys[k], p, SUBSEP)
				if (p[1] != whos[w]) continue
				printf "| `%s` |", p[2]
				for (i = 1; i <= ns; i++) printf " %s |", ((keys[k], i) in cell) ? cell[keys[k], i] : ""
				printf "\n"
			}
		}
		for (i = 1; i <= ns; i++) printf "\n%s meldingen:%s\n", size[i], extra[i]
	}' "${files[@]}"
