/*
 * session.h - who is asking: a logged-in user (cookie session) or an API
 * token holder. Filled by the router before any handler runs.
 */
#ifndef LEEFBAAR_SESSION_H
#define LEEFBAAR_SESSION_H

#include "auth/policy.h"

#include <stdint.h>

#define SESSION_COOKIE "leefbaar_sessie"
#define SESSION_MAX_AREAS 32

struct req;

struct session {
	int64_t id;                 /* session row; 0 for a bearer token */
	int64_t token_id;           /* api_token row; 0 for a cookie session */
	int64_t user_id;
	enum role role;
	int64_t partner_id;
	char name[128];
	char email[256];
	char csrf[65];              /* hex; empty for bearer tokens */
	int must_change_password;
	int scope_melden_only;      /* a token limited to submitting meldingen */
	int n_areas;
	int64_t areas[SESSION_MAX_AREAS];   /* wijk ids the user is bound to */
};

/*
 * Loads the session from the cookie or the Authorization header into
 * req->session (arena memory). Returns 0 when someone is logged in, 1 when
 * nobody is, -1 on a database error.
 */
int session_load(struct req *req);

/*
 * Creates a session for user_id (rotating: any old session cookie of this
 * browser is ended), sets the cookie. Returns 0/-1.
 */
int session_create(struct req *req, int64_t user_id);
/* Ends the current session server-side and clears the cookie. */
int session_end(struct req *req);
/* Ends every session of a user (password reset, deactivation). */
int session_end_all(int64_t user_id);

#endif
