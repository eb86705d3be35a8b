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
enum store_result user_set_password(struct db *db, int64_t id, const char *hash, int must_change);
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
enum store_result user_token_revoke(struct db *db, int64_t token_id);

/* Failed logins per key ("e:<email>" or "i:<ip>") since a moment. */
int64_t user_failures_since(struct db *db, const char *key, int64_t since);
/* Records a failure for both keys in one transaction; old rows are pruned. */
enum store_result user_failure_add(struct db *db, const char *email_key, const char *ip_key, int64_t now, int64_t prune_before);
enum store_result user_failures_clear(struct db *db, const char *key);

#endif
