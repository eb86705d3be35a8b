/*
 * audit.c - writing audit rows, and reading them for /beheer/audit (see
 * audit.h). Nothing here updates or deletes a row; the triggers of
 * migration 0001 would refuse it anyway.
 */
#include "store/audit.h"
#include "auth/policy.h"
#include "db/db.h"
#include "lib/log.h"
#include "lib/clock.h"

static const char SQL_INSERT[] =
	"INSERT INTO audit_log(at, user_id, ip, action, object_type, object_id, detail)"
	" VALUES (?, ?, ?, ?, ?, ?, ?)";

static const char SQL_LIST[] =
	"SELECT l.id, l.at, coalesce(l.user_id, 0), coalesce(u.email, ''), coalesce(u.naam, ''), l.ip, l.action,"
	" l.object_type, l.object_id, l.detail FROM audit_log l LEFT JOIN user u ON u.id = l.user_id"
	" WHERE (?1 = 0 OR l.user_id = ?1) AND (?2 = '' OR l.action = ?2) AND (?3 = '' OR l.object_type = ?3)"
	" AND l.at >= ?4 AND l.at < ?5 ORDER BY l.at DESC, l.id DESC LIMIT ?6 OFFSET ?7";
static const char SQL_LIST_COUNT[] =
	"SELECT count(*) FROM audit_log l"
	" WHERE (?1 = 0 OR l.user_id = ?1) AND (?2 = '' OR l.action = ?2) AND (?3 = '' OR l.object_type = ?3)"
	" AND l.at >= ?4 AND l.at < ?5";
/* The newest rows by rowid: a bounded read however long the trail grows. */
static const char SQL_RECENT_ACTIONS[] =
	"SELECT DISTINCT action FROM (SELECT action FROM audit_log ORDER BY id DESC LIMIT 5000) ORDER BY 1";
static const char SQL_RECENT_TYPES[] =
	"SELECT DISTINCT object_type FROM (SELECT object_type FROM audit_log ORDER BY id DESC LIMIT 5000)"
	" WHERE object_type <> '' ORDER BY 1";

static int insert(struct db *db, int64_t user_id, const char *ip, const char *action,
		  const char *type, const char *id, const char *detail)
{
	int own = !db_in_tx(db);

	if (own && db_begin(db) < 0)
		return -1;
	int rc = db_exec(db, SQL_INSERT, "INttttt", clock_now(), user_id, ip, action,
			 type ? type : "", id ? id : "", detail ? detail : "");
	if (own) {
		if (rc < 0)
			db_rollback(db);
		else if (db_commit(db) < 0)
			rc = -1;
	}
	return rc < 0 ? log_error("audit: cannot record %s %s %s", action, type ? type : "", id ? id : "") : 0;
}

int audit_record(struct db *db, const struct actor *who, const char *action, const char *object_type,
		 const char *object_id, const char *detail)
{
	if (!db)
		return -1;
	return insert(db, who->user_id, who->ip ? who->ip : "", action, object_type, object_id, detail);
}

/* The caller's callback, handed each row with its text borrowed from the statement. */
struct pass_row {
	void (*fn)(void *ctx, const struct audit_row *row);
	void *ctx;
};

static int pass_row(sqlite3_stmt *st, struct arena *a, void *ctx)
{
	const struct pass_row *p = ctx;
	struct audit_row row = {
		.id = sqlite3_column_int64(st, 0),
		.at = sqlite3_column_int64(st, 1),
		.user_id = sqlite3_column_int64(st, 2),
		.user_email = db_borrow(st, 3),
		.user_naam = db_borrow(st, 4),
		.ip = db_borrow(st, 5),
		.action = db_borrow(st, 6),
		.object_type = db_borrow(st, 7),
		.object_id = db_borrow(st, 8),
		.detail = db_borrow(st, 9),
	};

	(void)a;
	p->fn(p->ctx, &row);
	return 0;
}

enum store_result audit_list(struct db *db, const struct audit_filter *f, int64_t offset, int limit,
			     int64_t *total, void (*fn)(void *ctx, const struct audit_row *row), void *ctx)
{
	const char *action = f->action ? f->action : "", *type = f->object_type ? f->object_type : "";
	struct pass_row p = { fn, ctx };

	*total = db_int(db, SQL_LIST_COUNT, -1, "IttII", f->user_id, action, type, f->from, f->until);
	if (*total < 0)
		return STORE_ERROR;
	sqlite3_stmt *st = db_query(db, SQL_LIST, "IttIIiI", f->user_id, action, type, f->from, f->until, limit, offset);
	return db_each(db, st, NULL, pass_row, &p, "audit list") < 0 ? STORE_ERROR : STORE_OK;
}

struct pass_value {
	void (*fn)(void *ctx, const char *value);
	void *ctx;
};

static int pass_value(sqlite3_stmt *st, struct arena *a, void *ctx)
{
	const struct pass_value *p = ctx;

	(void)a;
	p->fn(p->ctx, db_borrow(st, 0));
	return 0;
}

enum store_result audit_recent_values(struct db *db, int column, void (*fn)(void *ctx, const char *value), void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, column == 0 ? SQL_RECENT_ACTIONS : SQL_RECENT_TYPES);
	struct pass_value p = { fn, ctx };

	return db_each(db, st, NULL, pass_value, &p, "audit values") < 0 ? STORE_ERROR : STORE_OK;
}
