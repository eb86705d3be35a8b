/*
 * calendar.c - closing days and the loaded calendar.
 */
#include "store/calendar.h"
#include "db/db.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

static const char SQL_ALL[] = "SELECT dag FROM closing_day ORDER BY dag";
static const char SQL_FROM[] = "SELECT dag, reden FROM closing_day WHERE dag >= ? ORDER BY dag";
static const char SQL_ADD[] = "INSERT INTO closing_day(dag, reden) VALUES (?, ?)";
static const char SQL_REMOVE[] = "DELETE FROM closing_day WHERE dag = ?";
static const char SQL_OPEN_FROM[] = "SELECT dag FROM feestdag_werkdag WHERE dag >= ? ORDER BY dag";
static const char SQL_OPEN_ADD[] = "INSERT OR IGNORE INTO feestdag_werkdag(dag) VALUES (?)";
static const char SQL_OPEN_REMOVE[] = "DELETE FROM feestdag_werkdag WHERE dag = ?";

static int read_day(sqlite3_stmt *st, struct arena *a, void *row)
{
	(void)a;
	*(int32_t *)row = sqlite3_column_int(st, 0);
	return 0;
}

int calendar_load(struct db *db, struct calendar *c)
{
	sqlite3_stmt *st = db_stmt(db, SQL_ALL);
	int n;

	n = db_fill(db, st, NULL, read_day, c->days, sizeof(c->days[0]), CALENDAR_MAX_CLOSING, "closing days");
	c->n = n < 0 ? 0 : (size_t)n;
	int o = n < 0 ? -1 : feestdag_werkdag_list(db, INT32_MIN, c->open, CALENDAR_MAX_OPEN);
	c->n_open = o < 0 ? 0 : (size_t)o;
	c->cal = (struct werkdagen_cal){ .closing = c->days, .n_closing = c->n, .open = c->open, .n_open = c->n_open };
	return n < 0 || o < 0 ? -1 : 0;
}

/*
 * Every intake sets its due dates with the calendar: read once per thread
 * and per change of the closing days or the feestdagen worked on
 * (config_versie, moved by triggers).
 */
static pthread_key_t kept_key;
static pthread_once_t kept_once = PTHREAD_ONCE_INIT;

struct kept_calendar {
	int64_t version;   /* 0: not read */
	struct calendar c;
};

static void kept_key_init(void)
{
	pthread_key_create(&kept_key, free);
}

const struct calendar *calendar_kept(struct db *db)
{
	pthread_once(&kept_once, kept_key_init);
	struct kept_calendar *k = pthread_getspecific(kept_key);
	if (!k) {
		k = calloc(1, sizeof(*k));
		if (!k || pthread_setspecific(kept_key, k) != 0) {
			free(k);
			return NULL;
		}
	}
	int64_t v = db_version(db, "SELECT versie FROM config_versie WHERE naam = 'calendar'");
	if (v < 0 || v != k->version) {
		k->version = 0;
		if (calendar_load(db, &k->c) < 0)
			return NULL;
		k->version = v < 0 ? 0 : v;
	}
	return &k->c;
}

int feestdag_werkdag_list(struct db *db, int32_t from, int32_t *out, int max)
{
	sqlite3_stmt *st = db_query(db, SQL_OPEN_FROM, "i", (int)from);

	return db_fill(db, st, NULL, read_day, out, sizeof(*out), max, "feestdagen worked on");
}

enum store_result feestdag_werkdag_set(struct db *db, int32_t dag, int on)
{
	int rc = db_exec(db, on ? SQL_OPEN_ADD : SQL_OPEN_REMOVE, "i", (int)dag);
	return rc < 0 ? STORE_ERROR : rc == 0 ? STORE_NOTFOUND : STORE_OK;
}

static int read_closing(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct closing_day *d = row;

	(void)a;
	d->dag = sqlite3_column_int(st, 0);
	db_copy_text(st, 1, d->reden, sizeof(d->reden));
	return 0;
}

int closing_list(struct db *db, int32_t from, struct closing_day *out, int max)
{
	sqlite3_stmt *st = db_query(db, SQL_FROM, "i", (int)from);

	return db_fill(db, st, NULL, read_closing, out, sizeof(*out), max, "closing days");
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
