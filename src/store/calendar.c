/*
 * calendar.c - closing days and the loaded calendar.
 */
#include "store/calendar.h"
#include "db/db.h"
#include "lib/log.h"

#include <stdio.h>
#include <string.h>

static const char SQL_ALL[] = "SELECT dag FROM closing_day ORDER BY dag";
static const char SQL_FROM[] = "SELECT dag, reden FROM closing_day WHERE dag >= ? ORDER BY dag";
static const char SQL_ADD[] = "INSERT INTO closing_day(dag, reden) VALUES (?, ?)";
static const char SQL_REMOVE[] = "DELETE FROM closing_day WHERE dag = ?";

int calendar_load(struct db *db, struct calendar *c)
{
	sqlite3_stmt *st = db_stmt(db, SQL_ALL);
	int rc;

	c->n = 0;
	if (!st)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (c->n < CALENDAR_MAX_CLOSING)
			c->days[c->n++] = sqlite3_column_int(st, 0);
	db_done(st);
	c->cal.closing = c->days;
	c->cal.n_closing = c->n;
	return rc == SQLITE_DONE ? 0 : log_error("closing days: %s", sqlite3_errmsg(db_handle(db)));
}

int closing_list(struct db *db, int32_t from, struct closing_day *out, int max)
{
	sqlite3_stmt *st = db_stmt(db, SQL_FROM);
	int n = 0, rc;

	if (!st || db_bindf(st, "i", (int)from) < 0)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (n >= max)
			continue;
		out[n].dag = sqlite3_column_int(st, 0);
		snprintf(out[n].reden, sizeof(out[n].reden), "%s", (const char *)sqlite3_column_text(st, 1));
		n++;
	}
	db_done(st);
	return rc == SQLITE_DONE ? n : log_error("closing days: %s", sqlite3_errmsg(db_handle(db)));
}

enum store_result closing_add(struct db *db, int32_t dag, const char *reden)
{
	int rc = db_exec(db, SQL_ADD, "it", (int)dag, reden);
	return rc == -2 ? STORE_CONFLICT : rc < 0 ? STORE_ERROR : STORE_OK;
}

enum store_result closing_remove(struct db *db, int32_t dag)
{
	int rc = db_exec(db, SQL_REMOVE, "i", (int)dag);
	return rc < 0 ? STORE_ERROR : rc == 0 ? STORE_NOTFOUND : STORE_OK;
}
