/*
 * user.c - the SQL for accounts, their areas and API tokens.
 */
#include "store/user.h"
#include "auth/secret.h"
#include "db/db.h"
#include "lib/log.h"

#include <ctype.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static const char SQL_BY_EMAIL[] =
	"SELECT id, email, naam, role, partner_id, password_hash, must_change_password, active, created_at"
	" FROM user WHERE email = ?";
static const char SQL_BY_ID[] =
	"SELECT id, email, naam, role, partner_id, password_hash, must_change_password, active, created_at"
	" FROM user WHERE id = ?";
static const char SQL_INSERT[] =
	"INSERT INTO user(email, naam, role, partner_id, password_hash, must_change_password, active, created_at)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
static const char SQL_SET_PASSWORD[] =
	"UPDATE user SET password_hash = ?, must_change_password = ? WHERE id = ?";
static const char SQL_ADD_AREA[] =
	"INSERT OR IGNORE INTO user_area(user_id, area_id) SELECT ?, id FROM area WHERE code = ?";
static const char SQL_AREA_EXISTS[] = "SELECT id FROM area WHERE code = ?";
static const char SQL_AREAS[] = "SELECT area_id FROM user_area WHERE user_id = ? ORDER BY area_id";
static const char SQL_COUNT[] = "SELECT count(*) FROM user";
static const char SQL_FAIL_COUNT[] = "SELECT count(*) FROM login_failure WHERE key = ? AND at >= ?";
static const char SQL_FAIL_ADD[] = "INSERT INTO login_failure(key, at) VALUES (?, ?)";
static const char SQL_FAIL_PRUNE[] = "DELETE FROM login_failure WHERE at < ?";
static const char SQL_FAIL_CLEAR[] = "DELETE FROM login_failure WHERE key = ?";
static const char SQL_TOKEN_INSERT[] =
	"INSERT INTO api_token(token_hash, user_id, scope, created_at) VALUES (?, ?, ?, ?)";
static const char SQL_TOKEN_REVOKE[] =
	"UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL";

int user_normalize_email(const char *in, char out[256])
{
	while (isspace((unsigned char)*in))
		in++;
	size_t n = strlen(in);
	while (n && isspace((unsigned char)in[n - 1]))
		n--;
	if (n >= 256)
		return -1;
	for (size_t i = 0; i < n; i++)
		out[i] = (char)tolower((unsigned char)in[i]);
	out[n] = '\0';
	return 0;
}

static void copy_text(char *dst, size_t size, sqlite3_stmt *st, int col)
{
	const unsigned char *t = sqlite3_column_text(st, col);
	snprintf(dst, size, "%s", t ? (const char *)t : "");
}

static enum store_result fetch(struct db *db, const char *sql, sqlite3_stmt *st, struct user *u)
{
	enum store_result r = STORE_NOTFOUND;
	int rc = sqlite3_step(st);
	(void)sql;

	if (rc == SQLITE_ROW) {
		memset(u, 0, sizeof(*u));
		u->id = sqlite3_column_int64(st, 0);
		copy_text(u->email, sizeof(u->email), st, 1);
		copy_text(u->naam, sizeof(u->naam), st, 2);
		int role = role_parse((const char *)sqlite3_column_text(st, 3));
		u->role = role < 0 ? ROLE_ANONYMOUS : (enum role)role;
		u->partner_id = sqlite3_column_int64(st, 4);
		copy_text(u->password_hash, sizeof(u->password_hash), st, 5);
		u->must_change_password = sqlite3_column_int(st, 6);
		u->active = sqlite3_column_int(st, 7);
		u->created_at = sqlite3_column_int64(st, 8);
		r = STORE_OK;
	} else if (rc != SQLITE_DONE) {
		log_error("user: %s", sqlite3_errmsg(db_handle(db)));
		r = STORE_ERROR;
	}
	db_done(st);
	return r;
}

enum store_result user_by_email(struct db *db, const char *email, struct user *u)
{
	char norm[256];
	sqlite3_stmt *st = db_stmt(db, SQL_BY_EMAIL);

	if (!st)
		return STORE_ERROR;
	if (user_normalize_email(email, norm) < 0)
		return STORE_NOTFOUND;
	db_bindf(st, "t", norm);
	return fetch(db, SQL_BY_EMAIL, st, u);
}

enum store_result user_by_id(struct db *db, int64_t id, struct user *u)
{
	sqlite3_stmt *st = db_stmt(db, SQL_BY_ID);

	if (!st)
		return STORE_ERROR;
	db_bindf(st, "I", id);
	return fetch(db, SQL_BY_ID, st, u);
}

enum store_result user_create(struct db *db, struct user *u)
{
	char norm[256];

	if (user_normalize_email(u->email, norm) < 0)
		return STORE_CONFLICT;
	snprintf(u->email, sizeof(u->email), "%s", norm);
	if (!u->created_at)
		u->created_at = time(NULL);
	int rc = db_exec(db, SQL_INSERT, "tttNtiiI", u->email, u->naam, role_ids[u->role],
			 u->partner_id, u->password_hash, u->must_change_password, u->active,
			 u->created_at);
	if (rc == -2)
		return STORE_CONFLICT;
	if (rc < 0)
		return STORE_ERROR;
	u->id = db_last_id(db);
	return STORE_OK;
}

enum store_result user_set_password(struct db *db, int64_t id, const char *hash, int must_change)
{
	int rc = db_exec(db, SQL_SET_PASSWORD, "tiI", hash, must_change, id);
	return rc < 0 ? STORE_ERROR : rc == 0 ? STORE_NOTFOUND : STORE_OK;
}

enum store_result user_add_area(struct db *db, int64_t user_id, const char *area_code)
{
	if (!db_int(db, SQL_AREA_EXISTS, 0, "t", area_code))
		return STORE_NOTFOUND;
	return db_exec(db, SQL_ADD_AREA, "It", user_id, area_code) < 0 ? STORE_ERROR : STORE_OK;
}

int user_areas(struct db *db, int64_t user_id, int64_t *out, int max)
{
	sqlite3_stmt *st = db_stmt(db, SQL_AREAS);
	int n = 0, rc;

	if (!st)
		return -1;
	db_bindf(st, "I", user_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (n < max)
			out[n++] = sqlite3_column_int64(st, 0);
	db_done(st);
	return rc == SQLITE_DONE ? n : log_error("user areas: %s", sqlite3_errmsg(db_handle(db)));
}

int64_t user_count(struct db *db)
{
	return db_int(db, SQL_COUNT, 0, NULL);
}

enum store_result user_token_create(struct db *db, int64_t user_id, const char *scope, char out[64], int64_t *token_id)
{
	unsigned char hash[32];

	secret_random_b64(out, 64, 32);
	secret_token_hash(out, hash);
	sqlite3_stmt *st = db_stmt(db, SQL_TOKEN_INSERT);
	if (!st)
		return STORE_ERROR;
	sqlite3_bind_blob(st, 1, hash, sizeof(hash), SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, user_id);
	sqlite3_bind_text(st, 3, scope, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 4, (int64_t)time(NULL));
	int rc = sqlite3_step(st);
	db_done(st);
	if (rc != SQLITE_DONE)
		return log_error("token: %s", sqlite3_errmsg(db_handle(db))), STORE_ERROR;
	if (token_id)
		*token_id = db_last_id(db);
	return STORE_OK;
}

enum store_result user_token_revoke(struct db *db, int64_t token_id)
{
	int rc = db_exec(db, SQL_TOKEN_REVOKE, "II", (int64_t)time(NULL), token_id);
	return rc < 0 ? STORE_ERROR : rc == 0 ? STORE_NOTFOUND : STORE_OK;
}

int64_t user_failures_since(struct db *db, const char *key, int64_t since)
{
	return db_int(db, SQL_FAIL_COUNT, 0, "tI", key, since);
}

enum store_result user_failure_add(struct db *db, const char *email_key, const char *ip_key, int64_t now, int64_t prune_before)
{
	if (db_begin(db) < 0)
		return STORE_ERROR;
	if (db_exec(db, SQL_FAIL_ADD, "tI", email_key, now) < 0 ||
	    db_exec(db, SQL_FAIL_ADD, "tI", ip_key, now) < 0 ||
	    db_exec(db, SQL_FAIL_PRUNE, "I", prune_before) < 0) {
		db_rollback(db);
		return STORE_ERROR;
	}
	return db_commit(db) < 0 ? STORE_ERROR : STORE_OK;
}

enum store_result user_failures_clear(struct db *db, const char *key)
{
	if (db_begin(db) < 0)
		return STORE_ERROR;
	if (db_exec(db, SQL_FAIL_CLEAR, "t", key) < 0) {
		db_rollback(db);
		return STORE_ERROR;
	}
	return db_commit(db) < 0 ? STORE_ERROR : STORE_OK;
}
