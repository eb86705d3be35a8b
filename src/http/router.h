/*
 * router.h - the route table's shape and the dispatcher.
 *
 * A route is a method, a path pattern with {name} segments, the handler,
 * the policy action it needs, flags, and the input it reads (field specs,
 * http/input.h). The table itself lives in src/routes.c (like cgit's
 * cmd.c); every route must
 * name its action, and a unit test walks the table to hold that line.
 *
 * router_dispatch() runs the fixed sequence for every request: load the
 * session or API token, check CSRF on POST, ask the permission matrix, read
 * the declared input (http/input.h), then call the handler. A handler never
 * runs without the first four.
 */
#ifndef LEEFBAAR_ROUTER_H
#define LEEFBAAR_ROUTER_H

#include "auth/policy.h"
#include "http/http.h"
#include "http/input.h"

typedef int (*handler_fn)(struct req *req);

enum route_flags {
	ROUTE_UPLOADS = 1 << 0,     /* accepts files (raises the body cap) */
	ROUTE_PRECSRF = 1 << 1,     /* POST without session: signed double-submit token */
	ROUTE_SECRET = 1 << 2,      /* path holds a secret: log the pattern */
	ROUTE_NO_CSRF = 1 << 3,     /* GET-like POST exempt from CSRF (none today) */
	/*
	 * With ROUTE_PRECSRF: a visitor's form whose token is present but
	 * expired (or whose cookie is gone) still reaches the handler, which
	 * files nothing and gives the form back kept (/melden, issue 17).
	 */
	ROUTE_PRECSRF_KEEP = 1 << 4,
	/*
	 * Its handler only reads, a bounded amount (a page of rows, a file):
	 * the I/O thread answers it itself when a handler slot is free, with
	 * no hand-off to a handler thread (http/server.c). Not for audited
	 * views, which write. What a read may still write there (a session's
	 * once-a-minute touch, a refusal's audit row) is as durable as
	 * anywhere; it holds up that thread's other connections for a commit.
	 */
	ROUTE_READS = 1 << 5,
};

struct route {
	enum http_method method;
	const char *pattern;
	handler_fn handler;
	enum action action;
	unsigned flags;
	const struct field_spec *fields;   /* what it reads, checked before the handler (http/input.h); NULL: nothing */
};

extern const struct route routes[];
extern const size_t routes_count;

/*
 * Finds the route for method + path, filling req->route and req->params;
 * sets req->route_status to 404 (no pattern matches) or 405 (a pattern
 * matches, another method). Returns 0 when a route was found.
 */
int router_match(struct req *req);
/*
 * The route a request method + path would reach, or NULL: for links (is the
 * page there, may this role open it?) without building a request.
 */
const struct route *router_find(enum http_method method, const char *path);
/* Writes the methods the path allows ("GET, HEAD, POST") into out. */
void router_allow(const char *path, struct buf *out);
/* Runs session, CSRF, policy and handler; returns the HTTP status. */
int router_dispatch(struct req *req);
/* Matches one pattern against a path; params may be NULL. Exposed for tests. */
int router_pattern_match(const char *pattern, const char *path, struct arena *a,
			 const char **params, int *n_params);

#endif
