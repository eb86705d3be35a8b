#!/usr/bin/env bash
# Installs what Leefbaar needs on Debian 12, skipping what is already there.
#   scripts/deps.sh build   compilers and -dev libraries (make run)
#   scripts/deps.sh test    the above plus cmocka, Chromium, fonts, tidy, faketime,
#                           valgrind, clang with libFuzzer, Node.js and the npm packages (make test)
#   scripts/deps.sh fuzz    the build set plus clang with libFuzzer (make fuzz)
#   scripts/deps.sh bench   the build set plus wrk, sqlite3, curl and ss (make bench)
#   scripts/deps.sh scale   the build set plus haproxy, socat, curl, sqlite3 and ss (make scale-demo)
#   scripts/deps.sh security the build set plus sqlmap, wapiti, curl, sqlite3 and ss (make security)
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-build}
pkgs=(make gcc g++ pkg-config ca-certificates
      libmicrohttpd-dev libsqlite3-dev libctemplate-dev libsodium-dev libcjson-dev
      libinih-dev libmagic-dev libcurl4-openssl-dev libcsv-dev
      libheif-dev libjpeg62-turbo-dev)   # HEIC photos become JPEG (issue 17, clean evidence)
if [ "$mode" = test ]; then
	pkgs+=(libcmocka-dev chromium fonts-liberation tidy valgrind python3 faketime)
fi
# make test runs each fuzz target for a few seconds; libFuzzer itself is only a recommends of clang.
if [ "$mode" = fuzz ] || [ "$mode" = test ]; then
	pkgs+=(clang libclang-rt-14-dev)
fi
if [ "$mode" = bench ]; then
	pkgs+=(wrk sqlite3 curl iproute2)
fi
if [ "$mode" = scale ]; then
	pkgs+=(haproxy socat curl sqlite3 iproute2)
fi
if [ "$mode" = security ]; then
	pkgs+=(sqlmap wapiti curl sqlite3 iproute2 python3)
fi

missing=()
for p in "${pkgs[@]}"; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing+=("$p")
	fi
done

sudo=""
if [ "$(id -u)" -ne 0 ]; then
	sudo=sudo
fi

if [ "$mode" = test ] && ! command -v node >/dev/null 2>&1; then
	# This kind of machine ships Node.js 20 outside Debian; only a machine
	# without any Node.js gets Debian's (18, which playwright-core 1.57 supports).
	missing+=(nodejs npm)
fi

if [ "${#missing[@]}" -gt 0 ]; then
	echo "deps: installing ${missing[*]}"
	export DEBIAN_FRONTEND=noninteractive
	if ! $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >/tmp/leefbaar-apt.log 2>&1; then
		$sudo apt-get update -q >>/tmp/leefbaar-apt.log 2>&1
		$sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >>/tmp/leefbaar-apt.log 2>&1 || {
			tail -30 /tmp/leefbaar-apt.log >&2
			echo "deps: apt-get install failed (log: /tmp/leefbaar-apt.log)" >&2
			exit 1
		}
	fi
fi

if [ "$mode" = test ]; then
	# npm ci only when the lock file changed since the last install.
	if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
		echo "deps: npm ci"
		npm ci --no-audit --no-fund --loglevel=error
	fi
fi
