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
#include "lib/arena.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "store/herstel.h"
#include "store/user.h"

#include <sodium.h>
#include <string.h>
#include <strings.h>

/* A cookie or token longer than this is no value we ever handed out. */
#define PRESENTED_MAX 128

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
	"SELECT t.id, t.user_id, t.scope, u.naam, u.email, u.role, u.partner_id, u.active, t.last_used,"
	" u.must_change_password"
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

/* A session or token row, with what decides whether it still counts. */
struct loaded {
	struct session *s;
	int role, active;
	int64_t created, last_seen;     /* a token: last_seen is its last use */
};

/* The statement of sql bound to the hash of a presented secret. */
static sqlite3_stmt *by_hash(struct db *db, const char *sql, const char *secret)
{
	unsigned char hash[32];

	secret_token_hash(secret, hash);
	return db_query(db, sql, "b", hash, (int)sizeof(hash));
}

static int load_areas(struct db *db, struct session *s)
{
	int n = user_areas(db, s->user_id, s->areas, SESSION_MAX_AREAS);
	if (n < 0)
		return -1;
	s->n_areas = n;
	return 0;
}

static int read_token(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct loaded *x = row;
	struct session *s = x->s;

	(void)a;
	s->token_id = sqlite3_column_int64(st, 0);
	s->user_id = sqlite3_column_int64(st, 1);
	s->scope_melden_only = !strcmp(db_borrow(st, 2), "melden");
	s->scope_read_only = !strcmp(db_borrow(st, 2), "lezen");
	db_copy_text(st, 3, s->name, sizeof(s->name));
	db_copy_text(st, 4, s->email, sizeof(s->email));
	x->role = role_parse(db_borrow(st, 5));
	s->partner_id = sqlite3_column_int64(st, 6);
	x->active = sqlite3_column_int(st, 7);
	x->last_seen = sqlite3_column_int64(st, 8);
	s->must_change_password = sqlite3_column_int(st, 9);
	return 0;
}

static int load_token(struct db *db, const char *token, struct arena *a, struct session **out)
{
	struct loaded x = { .s = arena_alloc(a, sizeof(*x.s)) };
	int64_t now = clock_now();
	int rc = db_one(db, by_hash(db, SQL_TOKEN_LOAD, token), NULL, read_token, &x, "token load");

	if (rc <= 0)
		return rc < 0 ? -1 : 1;
	/*
	 * A user who must choose a new password gets nothing done with a token
	 * either: the gate the router puts before every page holds for the API.
	 */
	if (!x.active || x.role < 0 || x.s->must_change_password)
		return 1;
	x.s->role = (enum role)x.role;
	if (load_areas(db, x.s) < 0)
		return -1;
	/* Recording last use once a minute is enough and keeps GETs read-only. */
	if (now - x.last_seen >= 60)
		write1(db, SQL_TOKEN_TOUCH, "II", now, x.s->token_id);
	*out = x.s;
	return 0;
}

static int read_session(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct loaded *x = row;
	struct session *s = x->s;

	(void)a;
	s->id = sqlite3_column_int64(st, 0);
	s->user_id = sqlite3_column_int64(st, 1);
	db_copy_text(st, 2, s->csrf, sizeof(s->csrf));
	x->created = sqlite3_column_int64(st, 3);
	x->last_seen = sqlite3_column_int64(st, 4);
	db_copy_text(st, 5, s->name, sizeof(s->name));
	db_copy_text(st, 6, s->email, sizeof(s->email));
	x->role = role_parse(db_borrow(st, 7));
	s->partner_id = sqlite3_column_int64(st, 8);
	s->must_change_password = sqlite3_column_int(st, 9);
	x->active = sqlite3_column_int(st, 10);
	return 0;
}

static int load_cookie(struct db *db, const struct config *cfg, const char *cookie, struct arena *a,
		       struct session **out, int64_t *expired_user)
{
	struct loaded x = { .s = arena_alloc(a, sizeof(*x.s)) };
	int64_t now = clock_now();
	int rc = db_one(db, by_hash(db, SQL_LOAD, cookie), NULL, read_session, &x, "session load");

	if (rc <= 0)
		return rc < 0 ? -1 : 1;
	if (!x.active || x.role < 0 ||
	    now - x.last_seen > (int64_t)cfg->session_idle_minutes * 60 ||
	    now - x.created > (int64_t)cfg->session_absolute_hours * 3600) {
		write1(db, SQL_DELETE, "I", x.s->id, 0);
		if (expired_user && x.active)
			*expired_user = x.s->user_id;
		return 1;
	}
	x.s->role = (enum role)x.role;
	if (load_areas(db, x.s) < 0)
		return -1;
	if (now - x.last_seen >= 60 && write1(db, SQL_TOUCH, "II", now, x.s->id) == 0)
		x.last_seen = now;
	/* What the page's warning says: the idle end, unless the absolute one comes first. */
	int64_t idle_end = x.last_seen + (int64_t)cfg->session_idle_minutes * 60;
	int64_t abs_end = x.created + (int64_t)cfg->session_absolute_hours * 3600;
	x.s->ends_absolute = abs_end < idle_end;
	x.s->ends_at = x.s->ends_absolute ? abs_end : idle_end;
	*out = x.s;
	return 0;
}

int session_load(struct db *db, const struct config *cfg, const char *authorization, const char *cookie,
		 struct arena *a, struct session **out)
{
	return session_load_expired(db, cfg, authorization, cookie, a, out, NULL);
}

int session_load_expired(struct db *db, const struct config *cfg, const char *authorization, const char *cookie,
			 struct arena *a, struct session **out, int64_t *expired_user)
{
	if (expired_user)
		*expired_user = 0;
	if (!db)
		return -1;
	if (authorization && !strncasecmp(authorization, "Bearer ", 7)) {
		const char *t = authorization + 7;
		while (*t == ' ')
			t++;
		if (strlen(t) > PRESENTED_MAX)
			return 1;
		return load_token(db, t, a, out);
	}
	if (!cookie || strlen(cookie) > PRESENTED_MAX)
		return 1;
	return load_cookie(db, cfg, cookie, a, out, expired_user);
}

int session_create(struct db *db, const struct config *cfg, int64_t user_id, const char *old_cookie,
		   const char *ip, char token[SESSION_TOKEN_SIZE])
{
	char csrf[65];
	unsigned char hash[32], raw[32];
	int64_t now = clock_now();

	token[0] = '\0';
	if (!db)
		return -1;
	secret_random_b64(token, SESSION_TOKEN_SIZE, 32);
	secret_token_hash(token, hash);
	randombytes_buf(raw, sizeof(raw));
	sodium_bin2hex(csrf, sizeof(csrf), raw, sizeof(raw));

	if (db_begin(db) < 0)
		return -1;
	/* Rotation: whatever session this browser had before ends now. */
	if (old_cookie && strlen(old_cookie) <= PRESENTED_MAX) {
		unsigned char old[32];
		secret_token_hash(old_cookie, old);
		db_exec(db, SQL_DELETE_HASH, "b", old, (int)sizeof(old));
	}
	/* Housekeeping: sessions past either lifetime go. */
	db_exec(db, SQL_DELETE_OLD, "II", now - (int64_t)cfg->session_idle_minutes * 60,
		now - (int64_t)cfg->session_absolute_hours * 3600);
	/* And forms kept at an expired session (store/herstel.h) past their hour: they hold what people typed. */
	herstel_sweep(db, now);
	int rc = db_exec(db, SQL_INSERT, "bItIIt", hash, (int)sizeof(hash), user_id, csrf, now, now, ip);
	if (rc < 0) {
		/* db_exec() logs a failure, and a refused constraint only for debugging: this one is an error. */
		if (rc == -2)
			log_error("session insert: refused by a constraint (user %lld)", (long long)user_id);
		db_rollback(db);
		return -1;
	}
	return db_commit(db);
}

int session_end(struct db *db, const struct session *s)
{
	if (!s || !s->id)
		return 0;
	return db ? write1(db, SQL_DELETE, "I", s->id, 0) : -1;
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
