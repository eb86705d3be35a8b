#!/bin/sh
# layers.sh - the layer rules of README "Source layout", checked with grep:
#   1. nothing in store/, domain/ or app/ includes an http/ header or mentions struct req;
#   2. nothing in web/ or api/ holds SQL or calls sqlite3_;
#   3. no function in app/ returns an HTTP status code;
#   4. nothing in auth/ includes an http/ header or mentions struct req;
#   5. web/, api/ and render/ read input only through the input stage
#      (http/input.h): no http_form, http_query, http_param, http_json_body,
#      nor a walk over req->form or req->query.
# Prints each breach and exits 1 when there is one.
cd "$(dirname "$0")/.." || exit 2
bad=0
breach() {
	if [ -n "$2" ]; then
		printf 'layers: %s\n%s\n' "$1" "$2"
		bad=1
	fi
}
breach "store/, domain/ and app/ must not see HTTP:" \
	"$(grep -nE '#include "http/|struct req\b' src/store/* src/domain/* src/app/* 2>/dev/null)"
breach "auth/ must not see HTTP:" \
	"$(grep -nE '#include "http/|struct req\b' src/auth/* 2>/dev/null)"
breach "web/ and api/ must not hold SQL:" \
	"$(grep -nE 'sqlite3_|"(SELECT|INSERT|UPDATE|DELETE) ' src/web/* src/api/* 2>/dev/null)"
breach "app/ must not answer HTTP statuses:" \
	"$(grep -nE 'return +\(?[1-5][0-9][0-9]\)? *;|\b(status|st) *= *[1-5][0-9][0-9]\b' src/app/* 2>/dev/null)"
breach "web/, api/ and render/ read input through the input stage only:" \
	"$(grep -nE '\bhttp_(form|query|param|json_body)\(|req->(form|query)\b' src/web/* src/api/* src/render/* 2>/dev/null)"
[ $bad -eq 0 ] && echo "layers: ok"
exit $bad
