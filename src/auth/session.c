/*
 * session.c - cookie sessions and bearer tokens (see session.h).
 *
 * The cookie holds 32 random bytes (base64url); the database holds only
 * their BLAKE2b hash, so a copy of the database opens no session. A session
 * ends when idle longer than [session] idle_minutes, when older than
 * absolute_hours, at logout, or when the user is deactivated.
 */
#include "auth/session.h"
#include "auth/secret.h"
#include "config.h"
#include "db/db.h"
#include "http/http.h"
#include "lib/log.h"
#include "store/user.h"
#include "lib/clock.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>

static const char SQL_LOAD[] =
	"SELECT s.id, s.user_id, s.csrf, s.created_at, s.last_seen, u.naam, u.email, u.role,"
	" u.partner_id, u.must_change_password, u.active"
	" FROM session s JOIN user u ON u.id = s.user_id WHERE s.token_hash = ?";
static const char SQL_TOUCH[] = "UPDATE session SET last_seen = ? WHERE id = ?";
static const char SQL_INSERT[] =
	"INSERT INTO session(token_hash, user_id, csrf, created_at, last_seen, ip) VALUES (?, ?, ?, ?, ?, ?)";
static const char SQL_DELETE[] = "DELETE FROM session WHERE id = ?";
static const char SQL_DELETE_HASH[] = "DELETE FROM session WHERE token_hash = ?";
static const char SQL_DELETE_USER[] = "DELETE FROM session WHERE user_id = ?";
static const char SQL_DELETE_OLD[] = "DELETE FROM session WHERE last_seen < ? OR created_at < ?";
static const char SQL_TOKEN_LOAD[] =
	"SELECT t.id, t.user_id, t.scope, u.naam, u.email, u.role, u.partner_id, u.active, t.last_used"
	" FROM api_token t JOIN user u ON u.id = t.user_id"
	" WHERE t.token_hash = ? AND t.revoked_at IS NULL";
static const char SQL_TOKEN_TOUCH[] = "UPDATE api_token SET last_used = ? WHERE id = ?";

/* Writes outside a handler's transaction take the writer lock like any other. */
static int write1(struct db *db, const char *sql, const char *fmt, int64_t a, int64_t b)
{
	if (db_begin(db) < 0)
		return -1;
	int rc = db_exec(db, sql, fmt, a, b);
	if (rc < 0) {
		db_rollback(db);
		return -1;
	}
	return db_commit(db);
}

static void copy_col(char *dst, size_t size, sqlite3_stmt *st, int col)
{
	const unsigned char *t = sqlite3_column_text(st, col);
	snprintf(dst, size, "%s", t ? (const char *)t : "");
}

static int load_areas(struct db *db, struct session *s)
{
	int n = user_areas(db, s->user_id, s->areas, SESSION_MAX_AREAS);
	if (n < 0)
		return -1;
	s->n_areas = n;
	return 0;
}

static int load_token(struct req *req, struct db *db, const char *token)
{
	unsigned char hash[32];
	sqlite3_stmt *st = db_stmt(db, SQL_TOKEN_LOAD);
	int64_t now = clock_now(), last_used = 0;

	if (!st)
		return -1;
	secret_token_hash(token, hash);
	sqlite3_bind_blob(st, 1, hash, sizeof(hash), SQLITE_TRANSIENT);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		db_done(st);
		return rc == SQLITE_DONE ? 1 : -1;
	}
	struct session *s = arena_alloc(&req->arena, sizeof(*s));
	s->token_id = sqlite3_column_int64(st, 0);
	s->user_id = sqlite3_column_int64(st, 1);
	s->scope_melden_only = !strcmp((const char *)sqlite3_column_text(st, 2), "melden");
	copy_col(s->name, sizeof(s->name), st, 3);
	copy_col(s->email, sizeof(s->email), st, 4);
	int role = role_parse((const char *)sqlite3_column_text(st, 5));
	s->partner_id = sqlite3_column_int64(st, 6);
	int active = sqlite3_column_int(st, 7);
	last_used = sqlite3_column_int64(st, 8);
	db_done(st);
	if (!active || role < 0)
		return 1;
	s->role = (enum role)role;
	if (load_areas(db, s) < 0)
		return -1;
	/* Recording last use once a minute is enough and keeps GETs read-only. */
	if (now - last_used >= 60)
		write1(db, SQL_TOKEN_TOUCH, "II", now, s->token_id);
	req->session = s;
	return 0;
}

int session_load(struct req *req)
{
	struct db *db = db_thread();
	const struct config *cfg = req->cfg;
	unsigned char hash[32];
	int64_t now = clock_now();

	if (!db)
		return -1;
	const char *auth = http_header(req, "Authorization");
	if (auth && !strncasecmp(auth, "Bearer ", 7) && !strncmp(req->path, "/api/", 5)) {
		const char *t = auth + 7;
		while (*t == ' ')
			t++;
		if (strlen(t) > 128)
			return 1;
		return load_token(req, db, t);
	}
	const char *cookie = http_cookie(req, SESSION_COOKIE);
	if (!cookie || strlen(cookie) > 128)
		return 1;
	sqlite3_stmt *st = db_stmt(db, SQL_LOAD);
	if (!st)
		return -1;
	secret_token_hash(cookie, hash);
	sqlite3_bind_blob(st, 1, hash, sizeof(hash), SQLITE_TRANSIENT);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		db_done(st);
		return rc == SQLITE_DONE ? 1 : -1;
	}
	struct session *s = arena_alloc(&req->arena, sizeof(*s));
	s->id = sqlite3_column_int64(st, 0);
	s->user_id = sqlite3_column_int64(st, 1);
	copy_col(s->csrf, sizeof(s->csrf), st, 2);
	int64_t created = sqlite3_column_int64(st, 3), last_seen = sqlite3_column_int64(st, 4);
	copy_col(s->name, sizeof(s->name), st, 5);
	copy_col(s->email, sizeof(s->email), st, 6);
	int role = role_parse((const char *)sqlite3_column_text(st, 7));
	s->partner_id = sqlite3_column_int64(st, 8);
	s->must_change_password = sqlite3_column_int(st, 9);
	int active = sqlite3_column_int(st, 10);
	db_done(st);

	if (!active || role < 0 ||
	    now - last_seen > (int64_t)cfg->session_idle_minutes * 60 ||
	    now - created > (int64_t)cfg->session_absolute_hours * 3600) {
		write1(db, SQL_DELETE, "I", s->id, 0);
		return 1;
	}
	s->role = (enum role)role;
	if (load_areas(db, s) < 0)
		return -1;
	if (now - last_seen >= 60)
		write1(db, SQL_TOUCH, "II", now, s->id);
	req->session = s;
	return 0;
}

int session_create(struct req *req, int64_t user_id)
{
	struct db *db = db_thread();
	char token[64], csrf[65];
	unsigned char hash[32], raw[32];
	int64_t now = clock_now();
	const struct config *cfg = req->cfg;

	if (!db)
		return -1;
	secret_random_b64(token, sizeof(token), 32);
	secret_token_hash(token, hash);
	randombytes_buf(raw, sizeof(raw));
	sodium_bin2hex(csrf, sizeof(csrf), raw, sizeof(raw));

	if (db_begin(db) < 0)
		return -1;
	/* Rotation: whatever session this browser had before ends now. */
	const char *old = http_cookie(req, SESSION_COOKIE);
	if (old && strlen(old) <= 128) {
		unsigned char oh[32];
		secret_token_hash(old, oh);
		sqlite3_stmt *d = db_stmt(db, SQL_DELETE_HASH);
		if (d) {
			sqlite3_bind_blob(d, 1, oh, sizeof(oh), SQLITE_TRANSIENT);
			sqlite3_step(d);
			db_done(d);
		}
	}
	/* Housekeeping: sessions past either lifetime go. */
	db_exec(db, SQL_DELETE_OLD, "II", now - (int64_t)cfg->session_idle_minutes * 60,
		now - (int64_t)cfg->session_absolute_hours * 3600);
	sqlite3_stmt *st = db_stmt(db, SQL_INSERT);
	if (!st) {
		db_rollback(db);
		return -1;
	}
	sqlite3_bind_blob(st, 1, hash, sizeof(hash), SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, user_id);
	sqlite3_bind_text(st, 3, csrf, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 4, now);
	sqlite3_bind_int64(st, 5, now);
	sqlite3_bind_text(st, 6, req->ip, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st);
	db_done(st);
	if (rc != SQLITE_DONE) {
		log_error("session insert: %s", sqlite3_errmsg(db_handle(db)));
		db_rollback(db);
		return -1;
	}
	if (db_commit(db) < 0)
		return -1;
	/* No Max-Age: the cookie ends with the browser; the server enforces lifetimes. */
	http_set_cookie(req, SESSION_COOKIE, token, -1);
	return 0;
}

int session_end(struct req *req)
{
	struct db *db = db_thread();

	http_set_cookie(req, SESSION_COOKIE, "", 0);
	if (!req->session || !req->session->id)
		return 0;
	return db ? write1(db, SQL_DELETE, "I", req->session->id, 0) : -1;
}

int session_end_all(int64_t user_id)
{
	struct db *db = db_thread();
	if (!db)
		return -1;
	if (db_in_tx(db))
		return db_exec(db, SQL_DELETE_USER, "I", user_id) < 0 ? -1 : 0;
	return write1(db, SQL_DELETE_USER, "I", user_id, 0);
}
