/*
 * view.c - saved views of a list (see view.h).
 */
#include "store/view.h"
#include "db/db.h"

#include <string.h>

static const char SQL_LIST[] =
	"SELECT id, naam, pad, query FROM weergave WHERE user_id = ? AND pad = ? ORDER BY naam, id";
static const char SQL_GET[] = "SELECT id, naam, pad, query FROM weergave WHERE id = ? AND user_id = ?";
static const char SQL_ADD[] = "INSERT INTO weergave(user_id, pad, naam, query, aangemaakt) VALUES (?, ?, ?, ?, ?)";
static const char SQL_DELETE[] = "DELETE FROM weergave WHERE id = ? AND user_id = ?";

static int read_view(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct view *v = row;

	v->id = sqlite3_column_int64(st, 0);
	v->naam = db_text(st, 1, a);
	v->pad = db_text(st, 2, a);
	v->query = db_text(st, 3, a);
	return 0;
}

int view_list(struct db *db, struct arena *a, int64_t user_id, const char *pad, struct view **out)
{
	int n;

	*out = db_rows(db, db_query(db, SQL_LIST, "It", user_id, pad), a, read_view, sizeof(**out), &n, "views");
	return n;
}

enum store_result view_get(struct db *db, struct arena *a, int64_t user_id, int64_t id, struct view *out)
{
	memset(out, 0, sizeof(*out));
	return store_result_of(db_one(db, db_query(db, SQL_GET, "II", id, user_id), a, read_view, out, "view"));
}

enum store_result view_add(struct db *db, int64_t user_id, const char *pad, const char *naam, const char *query,
			   int64_t now, int64_t *id)
{
	if (db_begin(db) < 0)
		return STORE_ERROR;
	enum store_result r = store_result_exec(db_exec(db, SQL_ADD, "ItttI", user_id, pad, naam, query, now));
	if (r == STORE_OK)
		*id = db_last_id(db);
	if (r != STORE_OK) {
		db_rollback(db);
		return r;
	}
	return db_commit(db) < 0 ? STORE_ERROR : STORE_OK;
}

enum store_result view_delete(struct db *db, int64_t user_id, int64_t id)
{
	if (db_begin(db) < 0)
		return STORE_ERROR;
	enum store_result r = store_result_exec(db_exec(db, SQL_DELETE, "II", id, user_id));
	if (r != STORE_OK) {
		db_rollback(db);
		return r;
	}
	return db_commit(db) < 0 ? STORE_ERROR : STORE_OK;
}
