/*
 * user.c - the SQL for accounts, their areas and API tokens.
 */
#include "store/user.h"
#include "auth/secret.h"
#include "db/db.h"
#include "lib/log.h"
#include "store/like.h"
#include "lib/clock.h"

#include <ctype.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>

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
static const char SQL_RENEW_HASH[] = "UPDATE user SET password_hash = ? WHERE id = ?";
static const char SQL_REVOKE_ALL_TOKENS[] =
	"UPDATE api_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL";
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
	"INSERT INTO api_token(token_hash, user_id, scope, created_at, naam) VALUES (?, ?, ?, ?, ?)";
static const char SQL_TOKEN_REVOKE[] =
	"UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL";

static const char SQL_LIST[] =
	"SELECT u.id, u.email, u.naam, u.role, coalesce(p.naam, ''), u.active, u.must_change_password,"
	" u.created_at, coalesce((SELECT group_concat(naam, ', ') FROM (SELECT a.naam FROM user_area ua"
	"  JOIN area a ON a.id = ua.area_id WHERE ua.user_id = u.id ORDER BY a.naam)), '')"
	" FROM user u LEFT JOIN partner p ON p.id = u.partner_id"
	" WHERE (?1 = '' OR u.role = ?1) AND (?2 < 0 OR u.active = ?2)"
	" AND (?3 = '' OR u.naam LIKE ?3 ESCAPE '\\' OR u.email LIKE ?3 ESCAPE '\\')"
	" ORDER BY u.naam COLLATE NOCASE, u.id LIMIT ?4 OFFSET ?5";
static const char SQL_LIST_COUNT[] =
	"SELECT count(*) FROM user u"
	" WHERE (?1 = '' OR u.role = ?1) AND (?2 < 0 OR u.active = ?2)"
	" AND (?3 = '' OR u.naam LIKE ?3 ESCAPE '\\' OR u.email LIKE ?3 ESCAPE '\\')";
static const char SQL_SET_EMAIL[] = "UPDATE user SET email = ? WHERE id = ?";
static const char SQL_UPDATE[] =
	"UPDATE user SET naam = ?, role = ?, partner_id = ?, active = ? WHERE id = ?";
static const char SQL_WIJK_CHOICES[] =
	"SELECT a.id, a.code, a.naam, ua.user_id IS NOT NULL FROM area a"
	" LEFT JOIN user_area ua ON ua.area_id = a.id AND ua.user_id = ?"
	" WHERE a.soort = 'wijk' ORDER BY a.naam COLLATE NOCASE, a.code";
static const char SQL_CLEAR_WIJKEN[] =
	"DELETE FROM user_area WHERE user_id = ? AND area_id IN (SELECT id FROM area WHERE soort = 'wijk')";
static const char SQL_ADD_WIJK[] =
	"INSERT OR IGNORE INTO user_area(user_id, area_id) SELECT ?, id FROM area WHERE id = ? AND soort = 'wijk'";
static const char SQL_IS_WIJK[] = "SELECT count(*) FROM area WHERE id = ? AND soort = 'wijk'";
static const char SQL_CLEAR_AREAS[] = "DELETE FROM user_area WHERE user_id = ?";
static const char SQL_AREA_CODES[] =
	"SELECT a.code FROM user_area ua JOIN area a ON a.id = ua.area_id WHERE ua.user_id = ? ORDER BY a.code";
static const char SQL_TOKENS[] =
	"SELECT id, scope, created_at, coalesce(last_used, 0), coalesce(revoked_at, 0), naam, user_id, '', ''"
	" FROM api_token WHERE user_id = ? ORDER BY created_at DESC, id DESC";
static const char SQL_TOKENS_ALL[] =
	"SELECT t.id, t.scope, t.created_at, coalesce(t.last_used, 0), coalesce(t.revoked_at, 0), t.naam,"
	" t.user_id, u.naam, u.email"
	" FROM api_token t JOIN user u ON u.id = t.user_id"
	" ORDER BY t.revoked_at IS NOT NULL, t.created_at DESC, t.id DESC";
static const char SQL_TOKEN_OWNER[] = "SELECT user_id FROM api_token WHERE id = ?";

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

static int read_user(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct user *u = row;

	(void)a;
	memset(u, 0, sizeof(*u));
	u->id = sqlite3_column_int64(st, 0);
	db_copy_text(st, 1, u->email, sizeof(u->email));
	db_copy_text(st, 2, u->naam, sizeof(u->naam));
	int role = role_parse((const char *)sqlite3_column_text(st, 3));
	u->role = role < 0 ? ROLE_ANONYMOUS : (enum role)role;
	u->partner_id = sqlite3_column_int64(st, 4);
	db_copy_text(st, 5, u->password_hash, sizeof(u->password_hash));
	u->must_change_password = sqlite3_column_int(st, 6);
	u->active = sqlite3_column_int(st, 7);
	u->created_at = sqlite3_column_int64(st, 8);
	return 0;
}

enum store_result user_by_email(struct db *db, const char *email, struct user *u)
{
	char norm[256];

	if (user_normalize_email(email, norm) < 0)
		return STORE_NOTFOUND;
	return store_result_of(db_one(db, db_query(db, SQL_BY_EMAIL, "t", norm), NULL, read_user, u, "user"));
}

enum store_result user_by_id(struct db *db, int64_t id, struct user *u)
{
	sqlite3_stmt *st = db_query(db, SQL_BY_ID, "I", id);

	return store_result_of(db_one(db, st, NULL, read_user, u, "user"));
}

enum store_result user_create(struct db *db, struct user *u)
{
	char norm[256];

	if (user_normalize_email(u->email, norm) < 0)
		return STORE_CONFLICT;
	snprintf(u->email, sizeof(u->email), "%s", norm);
	if (!u->created_at)
		u->created_at = clock_now();
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
	if (rc <= 0)
		return rc < 0 ? STORE_ERROR : STORE_NOTFOUND;
	/* Whoever knew the old password may have made a token with it: none outlives it. */
	return db_exec(db, SQL_REVOKE_ALL_TOKENS, "II", clock_now(), id) < 0 ? STORE_ERROR : STORE_OK;
}

enum store_result user_renew_hash(struct db *db, int64_t id, const char *hash)
{
	int rc = db_exec(db, SQL_RENEW_HASH, "tI", hash, id);
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
	sqlite3_stmt *st = db_query(db, SQL_AREAS, "I", user_id);

	return db_fill(db, st, NULL, db_read_int64, out, sizeof(*out), max, "user areas");
}

int64_t user_count(struct db *db)
{
	return db_int(db, SQL_COUNT, 0, NULL);
}

enum store_result user_token_create(struct db *db, int64_t user_id, const char *scope, char out[64], int64_t *token_id)
{
	return user_token_create_named(db, user_id, scope, "", out, token_id);
}

enum store_result user_token_create_named(struct db *db, int64_t user_id, const char *scope, const char *naam,
					  char out[64], int64_t *token_id)
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
	sqlite3_bind_int64(st, 4, clock_now());
	sqlite3_bind_text(st, 5, naam ? naam : "", -1, SQLITE_TRANSIENT);
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
	int rc = db_exec(db, SQL_TOKEN_REVOKE, "II", clock_now(), token_id);
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

/* The caller's callback of one list, handed each row with its text borrowed from the statement. */
struct pass {
	union {
		user_row_fn user;
		void (*wijk)(void *ctx, const struct user_wijk *w);
		void (*code)(void *ctx, const char *code);
		void (*token)(void *ctx, const struct user_token *t);
	} fn;
	void *ctx;
};

/* Every row of a bound statement through pass_*: OK, or ERROR (logged). */
static enum store_result run(struct db *db, sqlite3_stmt *st, db_row_fn pass, struct pass *p, const char *what)
{
	return db_each(db, st, NULL, pass, p, what) < 0 ? STORE_ERROR : STORE_OK;
}

static int pass_user(sqlite3_stmt *st, struct arena *a, void *ctx)
{
	const struct pass *p = ctx;
	int r = role_parse(db_borrow(st, 3));
	struct user_row row = {
		.id = sqlite3_column_int64(st, 0),
		.email = db_borrow(st, 1),
		.naam = db_borrow(st, 2),
		.role = r < 0 ? ROLE_ANONYMOUS : (enum role)r,
		.partner_naam = db_borrow(st, 4),
		.active = sqlite3_column_int(st, 5),
		.must_change_password = sqlite3_column_int(st, 6),
		.created_at = sqlite3_column_int64(st, 7),
		.gebieden = db_borrow(st, 8),
	};

	(void)a;
	p->fn.user(p->ctx, &row);
	return 0;
}

enum store_result user_list(struct db *db, const struct user_filter *f, int64_t offset, int limit,
			    int64_t *total, user_row_fn fn, void *ctx)
{
	char pattern[600];
	const char *role = f->role > ROLE_ANONYMOUS && f->role < ROLE__MAX ? role_ids[f->role] : "";
	struct pass p = { .fn.user = fn, .ctx = ctx };

	if (like_contains(f->q, pattern, sizeof(pattern)) < 0)
		return STORE_NOTFOUND;
	*total = db_int(db, SQL_LIST_COUNT, -1, "tit", role, f->active, pattern);
	if (*total < 0)
		return STORE_ERROR;
	sqlite3_stmt *st = db_query(db, SQL_LIST, "titiI", role, f->active, pattern, limit, offset);
	return run(db, st, pass_user, &p, "user list");
}

enum store_result user_update(struct db *db, const struct user *u)
{
	int rc = db_exec(db, SQL_UPDATE, "ttNiI", u->naam, role_ids[u->role], u->partner_id, u->active, u->id);
	return rc == -2 ? STORE_CONFLICT : rc < 0 ? STORE_ERROR : rc == 0 ? STORE_NOTFOUND : STORE_OK;
}

static int pass_wijk(sqlite3_stmt *st, struct arena *a, void *ctx)
{
	const struct pass *p = ctx;
	struct user_wijk w = {
		.id = sqlite3_column_int64(st, 0),
		.code = db_borrow(st, 1),
		.naam = db_borrow(st, 2),
		.chosen = sqlite3_column_int(st, 3),
	};

	(void)a;
	p->fn.wijk(p->ctx, &w);
	return 0;
}

enum store_result user_wijk_choices(struct db *db, int64_t user_id,
				    void (*fn)(void *ctx, const struct user_wijk *w), void *ctx)
{
	sqlite3_stmt *st = db_query(db, SQL_WIJK_CHOICES, "I", user_id);
	struct pass p = { .fn.wijk = fn, .ctx = ctx };

	return run(db, st, pass_wijk, &p, "wijk choices");
}

enum store_result user_set_wijken(struct db *db, int64_t user_id, const int64_t *ids, int n)
{
	if (db_exec(db, SQL_CLEAR_WIJKEN, "I", user_id) < 0)
		return STORE_ERROR;
	for (int i = 0; i < n; i++) {
		if (db_int(db, SQL_IS_WIJK, 0, "I", ids[i]) != 1)
			return STORE_NOTFOUND;
		if (db_exec(db, SQL_ADD_WIJK, "II", user_id, ids[i]) < 0)
			return STORE_ERROR;
	}
	return STORE_OK;
}

enum store_result user_clear_areas(struct db *db, int64_t user_id)
{
	return db_exec(db, SQL_CLEAR_AREAS, "I", user_id) < 0 ? STORE_ERROR : STORE_OK;
}

static int pass_code(sqlite3_stmt *st, struct arena *a, void *ctx)
{
	const struct pass *p = ctx;

	(void)a;
	p->fn.code(p->ctx, db_borrow(st, 0));
	return 0;
}

enum store_result user_area_codes(struct db *db, int64_t user_id,
				  void (*fn)(void *ctx, const char *code), void *ctx)
{
	sqlite3_stmt *st = db_query(db, SQL_AREA_CODES, "I", user_id);
	struct pass p = { .fn.code = fn, .ctx = ctx };

	return run(db, st, pass_code, &p, "user area codes");
}

static int pass_token(sqlite3_stmt *st, struct arena *a, void *ctx)
{
	const struct pass *p = ctx;
	struct user_token t = {
		.id = sqlite3_column_int64(st, 0),
		.scope = db_borrow(st, 1),
		.created_at = sqlite3_column_int64(st, 2),
		.last_used = sqlite3_column_int64(st, 3),
		.revoked_at = sqlite3_column_int64(st, 4),
		.naam = db_borrow(st, 5),
		.user_id = sqlite3_column_int64(st, 6),
		.user_naam = db_borrow(st, 7),
		.user_email = db_borrow(st, 8),
	};

	(void)a;
	p->fn.token(p->ctx, &t);
	return 0;
}

enum store_result user_tokens(struct db *db, int64_t user_id,
			      void (*fn)(void *ctx, const struct user_token *t), void *ctx)
{
	sqlite3_stmt *st = db_query(db, SQL_TOKENS, "I", user_id);
	struct pass p = { .fn.token = fn, .ctx = ctx };

	return run(db, st, pass_token, &p, "user tokens");
}

enum store_result user_set_email(struct db *db, int64_t id, const char *email)
{
	char norm[256];

	if (user_normalize_email(email, norm) < 0)
		return STORE_CONFLICT;
	return store_result_exec(db_exec(db, SQL_SET_EMAIL, "tI", norm, id));
}

enum store_result user_tokens_all(struct db *db, void (*fn)(void *ctx, const struct user_token *t), void *ctx)
{
	struct pass p = { .fn.token = fn, .ctx = ctx };

	return run(db, db_query(db, SQL_TOKENS_ALL, NULL), pass_token, &p, "all tokens");
}

int64_t user_token_owner(struct db *db, int64_t token_id)
{
	return db_int(db, SQL_TOKEN_OWNER, 0, "I", token_id);
}
