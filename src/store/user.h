/*
 * user.h - accounts, their areas and API tokens.
 */
#ifndef LEEFBAAR_USER_H
#define LEEFBAAR_USER_H

#include "auth/password.h"
#include "auth/policy.h"
#include "store/store.h"

#include <stdint.h>

struct db;

struct user {
	int64_t id;
	char email[256];
	char naam[128];
	enum role role;
	int64_t partner_id;
	char password_hash[PASSWORD_HASH_MAX];
	int must_change_password;
	int active;
	int64_t created_at;
};

/* Lower-cases and trims an e-mail address into out (size 256); -1 if too long. */
int user_normalize_email(const char *in, char out[256]);

enum store_result user_by_email(struct db *db, const char *email, struct user *u);
enum store_result user_by_id(struct db *db, int64_t id, struct user *u);
/* Inserts u (u->id is set); STORE_CONFLICT when the e-mail exists. */
enum store_result user_create(struct db *db, struct user *u);
/*
 * A new password (changed by the user or reset by the beheerder): sets the
 * hash and must_change, and revokes every API token of the user, in the
 * caller's transaction. The caller ends the sessions (session_end_all()).
 */
enum store_result user_set_password(struct db *db, int64_t id, const char *hash, int must_change);
/* The same password hashed anew with today's parameters (at login): nothing is revoked. */
enum store_result user_renew_hash(struct db *db, int64_t id, const char *hash);
/* Binds a user to an area by code; STORE_NOTFOUND if the code is unknown. */
enum store_result user_add_area(struct db *db, int64_t user_id, const char *area_code);
/* The user's area ids (wijken); returns the count (<= max), -1 on error. */
int user_areas(struct db *db, int64_t user_id, int64_t *out, int max);
/* Number of users (to know whether demo data is needed). */
int64_t user_count(struct db *db);

/*
 * Creates an API token for the user and writes it (base64url, 43 chars)
 * into out (size 64). Only its hash is stored. scope: "alles" or "melden".
 */
enum store_result user_token_create(struct db *db, int64_t user_id, const char *scope, char out[64], int64_t *token_id);
/* user_token_create() for a named integration ("website", "BI"); scope may also be "lezen" (reads only). */
enum store_result user_token_create_named(struct db *db, int64_t user_id, const char *scope, const char *naam,
					  char out[64], int64_t *token_id);
enum store_result user_token_revoke(struct db *db, int64_t token_id);

/* ---- beheer: listing and changing accounts ---- */

/* One row of the beheer list; strings are valid during the callback only. */
struct user_row {
	int64_t id;
	const char *email, *naam;
	enum role role;
	const char *partner_naam;   /* "" when none */
	const char *gebieden;       /* area names, comma-separated; "" when none */
	int active;
	int must_change_password;
	int64_t created_at;
};

struct user_filter {
	int role;                   /* a role, or -1 for any */
	int active;                 /* 1, 0, or -1 for both */
	const char *q;              /* part of the name or e-mail; NULL or "" for any */
};

typedef void (*user_row_fn)(void *ctx, const struct user_row *row);

/*
 * Calls fn for the users matching f, ordered by name, skipping offset and
 * at most limit of them; *total is the number of matches in all.
 */
enum store_result user_list(struct db *db, const struct user_filter *f, int64_t offset, int limit,
			    int64_t *total, user_row_fn fn, void *ctx);
/*
 * Writes naam, role, partner_id and active of u->id. STORE_CONFLICT when
 * role and partner do not fit (a partner user needs an organisation, no one
 * else has one), STORE_NOTFOUND when there is no such user.
 */
enum store_result user_update(struct db *db, const struct user *u);
/* Sets u's e-mail address (normalised); STORE_CONFLICT when another account has it. */
enum store_result user_set_email(struct db *db, int64_t id, const char *email);

/* A wijk to choose for a user, and whether the user is bound to it. */
struct user_wijk {
	int64_t id;
	const char *code, *naam;    /* valid during the callback */
	int chosen;
};
/* Calls fn for every wijk, by name, marking the ones user_id is bound to (0: none). */
enum store_result user_wijk_choices(struct db *db, int64_t user_id,
				    void (*fn)(void *ctx, const struct user_wijk *w), void *ctx);
/*
 * Binds the user to exactly these wijken (other kinds of area it is bound
 * to stay). STORE_NOTFOUND when an id is not a wijk; nothing is changed
 * then only if the caller rolls back its transaction.
 */
enum store_result user_set_wijken(struct db *db, int64_t user_id, const int64_t *ids, int n);
/* Unbinds the user from every area (a role without areas). */
enum store_result user_clear_areas(struct db *db, int64_t user_id);
/* Calls fn with the code of every area the user is bound to, by code. */
enum store_result user_area_codes(struct db *db, int64_t user_id,
				  void (*fn)(void *ctx, const char *code), void *ctx);

/* One API token as the beheerder sees it (never the token itself). */
struct user_token {
	int64_t id;
	const char *scope;          /* "alles", "melden" or "lezen"; valid during the callback */
	int64_t created_at, last_used, revoked_at;   /* 0: never */
	const char *naam;           /* the integration's name; "" when none was given */
	int64_t user_id;            /* user_tokens_all(): the account, its name and address */
	const char *user_naam, *user_email;
};
/* Calls fn for the user's tokens, newest first. */
enum store_result user_tokens(struct db *db, int64_t user_id,
			      void (*fn)(void *ctx, const struct user_token *t), void *ctx);
/* Calls fn for every token of every account (/beheer/tokens): live ones first, newest first. */
enum store_result user_tokens_all(struct db *db, void (*fn)(void *ctx, const struct user_token *t), void *ctx);
/* The user a token belongs to; 0 when there is no such token. */
int64_t user_token_owner(struct db *db, int64_t token_id);

/* Failed logins per key ("e:<email>" or "i:<ip>") since a moment. */
int64_t user_failures_since(struct db *db, const char *key, int64_t since);
/* Records a failure for both keys in one transaction; old rows are pruned. */
enum store_result user_failure_add(struct db *db, const char *email_key, const char *ip_key, int64_t now, int64_t prune_before);
enum store_result user_failures_clear(struct db *db, const char *key);

#endif
