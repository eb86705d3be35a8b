/*
 * session.h - who is asking: a logged-in user (cookie session) or an API
 * token holder. The router loads it before any handler runs.
 *
 * Nothing here reads or writes a request: the caller hands in the cookie
 * value and the Authorization header, and sets or clears the cookie itself
 * (SESSION_COOKIE, the value session_create() returns).
 */
#ifndef LEEFBAAR_SESSION_H
#define LEEFBAAR_SESSION_H

#include "auth/policy.h"

#include <stdint.h>

#define SESSION_COOKIE "leefbaar_sessie"
#define SESSION_MAX_AREAS 32
/* Room for a session cookie's value: 32 random bytes as unpadded base64url, and the NUL. */
#define SESSION_TOKEN_SIZE 64

struct arena;
struct config;
struct db;

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
	int scope_read_only;        /* a token limited to reading (scope "lezen": a BI's) */
	int n_areas;
	int64_t areas[SESSION_MAX_AREAS];   /* wijk ids the user is bound to */
	int64_t ends_at;            /* a cookie session: when it ends if nothing happens before (0 for a token) */
	int ends_absolute;          /* ... and that is its absolute lifetime, which activity does not extend */
};

/*
 * Who presents authorization (the Authorization header: "Bearer <token>"
 * loads an API token; NULL or any other scheme is ignored) or else cookie
 * (the SESSION_COOKIE value, or NULL). The caller decides where a bearer
 * token counts and passes NULL elsewhere. A cookie session past either
 * lifetime of cfg ([session]) or of a deactivated user is ended here.
 * Returns 0 with *out set (arena memory) when someone is logged in, 1 when
 * nobody is, -1 on a database error (db NULL included).
 */
int session_load(struct db *db, const struct config *cfg, const char *authorization, const char *cookie,
		 struct arena *a, struct session **out);
/*
 * session_load(), and when it answers 1 because the cookie's session had
 * just expired (idle or absolute), *expired_user is that session's user;
 * otherwise 0. The router keeps a form posted then for that user
 * (store/herstel.h).
 */
int session_load_expired(struct db *db, const struct config *cfg, const char *authorization, const char *cookie,
			 struct arena *a, struct session **out, int64_t *expired_user);

/*
 * Starts a session for user_id from ip, and fills token with the value for
 * SESSION_COOKIE (a browser session cookie: the server enforces the
 * lifetimes). Rotating: the session of old_cookie (this browser's previous
 * SESSION_COOKIE, or NULL) ends. Returns 0/-1.
 */
int session_create(struct db *db, const struct config *cfg, int64_t user_id, const char *old_cookie,
		   const char *ip, char token[SESSION_TOKEN_SIZE]);
/* Ends session s server-side (nothing for NULL or a bearer token); the caller clears the cookie. 0/-1. */
int session_end(struct db *db, const struct session *s);
/* Ends every session of a user (password reset, deactivation). */
int session_end_all(int64_t user_id);

#endif
