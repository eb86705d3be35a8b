/*
 * tevredenheid.c - the SQL of the melder's scores (see tevredenheid.h).
 * The figures read only this table, by its covering indexes of 0038: a
 * month is a range of tevredenheid_dag (everyone) or one range of
 * tevredenheid_wijk per wijk (a viewer bound to wijken, or one wijk).
 */
#include "store/tevredenheid.h"
#include "db/db.h"

#include <string.h>

#define COLS "t.id, t.melding_id, t.sluiting, t.gegeven_op, t.score, t.tekst, t.verzoek," \
	" coalesce(t.besluit, ''), coalesce(t.besluit_toelichting, ''), coalesce(u.naam, '')," \
	" coalesce(t.besluit_door, 0), coalesce(t.besluit_op, 0)"

static const char SQL_SLUITING[] =
	"SELECT coalesce(max(id), 0) FROM melding_event WHERE melding_id = ? AND soort = 'afgesloten'";
static const char SQL_GET[] =
	"SELECT " COLS " FROM tevredenheid t LEFT JOIN user u ON u.id = t.besluit_door"
	" WHERE t.melding_id = ? AND t.sluiting = ?";
static const char SQL_OPEN[] =
	"SELECT " COLS " FROM tevredenheid t LEFT JOIN user u ON u.id = t.besluit_door"
	" WHERE t.melding_id = ? AND t.verzoek = 1 AND t.besluit IS NULL ORDER BY t.id DESC LIMIT 1";
static const char SQL_INSERT[] =
	"INSERT INTO tevredenheid(melding_id, sluiting, score, tekst, gegeven_op, dag, category_id, wijk_id, verzoek)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
static const char SQL_BESLUIT[] =
	"UPDATE tevredenheid SET besluit = ?, besluit_toelichting = ?, besluit_door = ?, besluit_op = ?"
	" WHERE id = ? AND verzoek = 1 AND besluit IS NULL";

static const char SQL_KPI_ALL[] =
	"SELECT category_id, coalesce(wijk_id, 0), count(*), sum(score) FROM tevredenheid"
	" WHERE dag BETWEEN ? AND ? GROUP BY category_id, wijk_id";
static const char SQL_KPI_WIJK[] =
	"SELECT category_id, coalesce(wijk_id, 0), count(*), sum(score) FROM tevredenheid"
	" WHERE wijk_id = ? AND dag BETWEEN ? AND ? GROUP BY category_id, wijk_id";
static const char SQL_KPI_ONBEKEND[] =
	"SELECT category_id, 0, count(*), sum(score) FROM tevredenheid"
	" WHERE wijk_id IS NULL AND dag BETWEEN ? AND ? GROUP BY category_id";
static const char SQL_KPI_USER[] =
	"SELECT category_id, wijk_id, count(*), sum(score) FROM tevredenheid"
	" WHERE wijk_id IN (SELECT area_id FROM user_area WHERE user_id = ?) AND dag BETWEEN ? AND ?"
	" GROUP BY category_id, wijk_id";

const char *const tevredenheid_kpi_sql[] = { SQL_KPI_ALL, SQL_KPI_WIJK, SQL_KPI_ONBEKEND, SQL_KPI_USER };
const int tevredenheid_kpi_sql_count = 4;

#define OPEN_COLS "SELECT t.melding_id, t.gegeven_op, t.score, m.referentie, c.naam, coalesce(w.naam, '')" \
	" FROM tevredenheid t JOIN melding m ON m.id = t.melding_id JOIN category c ON c.id = m.category_id" \
	" LEFT JOIN area w ON w.id = m.wijk_id WHERE t.verzoek = 1 AND t.besluit IS NULL"
static const char SQL_OPEN_ALL[] = OPEN_COLS " ORDER BY t.gegeven_op, t.id LIMIT ?";
static const char SQL_OPEN_WIJK[] = OPEN_COLS " AND t.wijk_id = ? ORDER BY t.gegeven_op, t.id LIMIT ?";
static const char SQL_OPEN_ONBEKEND[] = OPEN_COLS " AND t.wijk_id IS NULL ORDER BY t.gegeven_op, t.id LIMIT ?";
static const char SQL_OPEN_USER[] = OPEN_COLS
	" AND t.wijk_id IN (SELECT area_id FROM user_area WHERE user_id = ?) ORDER BY t.gegeven_op, t.id LIMIT ?";

static int read_row(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct tevredenheid *t = row;
	const char *b = db_borrow(st, 7);

	t->id = sqlite3_column_int64(st, 0);
	t->melding_id = sqlite3_column_int64(st, 1);
	t->sluiting = sqlite3_column_int64(st, 2);
	t->gegeven_op = sqlite3_column_int64(st, 3);
	t->score = sqlite3_column_int(st, 4);
	t->tekst = db_text(st, 5, a);
	t->verzoek = sqlite3_column_int(st, 6);
	/* Ids as in domain/tevredenheid.h's heropen_besluit_ids; store/ does not parse them. */
	t->besluit = !strcmp(b, "heropenen") ? 0 : !strcmp(b, "niet_heropenen") ? 1 : -1;
	t->besluit_toelichting = db_text(st, 8, a);
	t->besluit_naam = db_text(st, 9, a);
	t->besluit_door = sqlite3_column_int64(st, 10);
	t->besluit_op = sqlite3_column_int64(st, 11);
	return 0;
}

int64_t tevredenheid_sluiting(struct db *db, int64_t melding_id)
{
	return db_int(db, SQL_SLUITING, -1, "I", melding_id);
}

enum store_result tevredenheid_get(struct db *db, struct arena *a, int64_t melding_id, int64_t sluiting,
				   struct tevredenheid *out)
{
	return store_result_of(db_one(db, db_query(db, SQL_GET, "II", melding_id, sluiting), a, read_row, out,
				      "tevredenheid"));
}

enum store_result tevredenheid_verzoek_open(struct db *db, struct arena *a, int64_t melding_id,
					    struct tevredenheid *out)
{
	return store_result_of(db_one(db, db_query(db, SQL_OPEN, "I", melding_id), a, read_row, out,
				      "tevredenheid verzoek"));
}

enum store_result tevredenheid_insert(struct db *db, const struct tevredenheid_new *n, int64_t *id)
{
	int rc = db_exec(db, SQL_INSERT, "IIitIiINi", n->melding_id, n->sluiting, n->score, n->tekst, n->gegeven_op,
			 (int)n->dag, n->category_id, n->wijk_id, n->verzoek);

	if (rc == -2)
		return STORE_CONFLICT;
	if (rc < 0)
		return STORE_ERROR;
	*id = db_last_id(db);
	return STORE_OK;
}

enum store_result tevredenheid_besluit_set(struct db *db, int64_t id, int besluit, const char *toelichting,
					   int64_t user_id, int64_t op)
{
	return store_result_exec(db_exec(db, SQL_BESLUIT, "ttNII", besluit == 0 ? "heropenen" : "niet_heropenen",
					 toelichting, user_id, op, id));
}

static int read_kpi(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct tevredenheid_kpi_row *r = row;

	(void)a;
	r->category_id = sqlite3_column_int64(st, 0);
	r->wijk_id = sqlite3_column_int64(st, 1);
	r->n = sqlite3_column_int64(st, 2);
	r->som = sqlite3_column_int64(st, 3);
	return 0;
}

int tevredenheid_kpi(struct db *db, struct arena *a, int32_t van, int32_t tot, int64_t wijk_id, int64_t scope_user,
		     struct tevredenheid_kpi_row **out)
{
	sqlite3_stmt *st;
	int n;

	if (wijk_id > 0)
		st = db_query(db, SQL_KPI_WIJK, "Iii", wijk_id, (int)van, (int)tot);
	else if (wijk_id < 0)
		st = db_query(db, SQL_KPI_ONBEKEND, "ii", (int)van, (int)tot);
	else if (scope_user)
		st = db_query(db, SQL_KPI_USER, "Iii", scope_user, (int)van, (int)tot);
	else
		st = db_query(db, SQL_KPI_ALL, "ii", (int)van, (int)tot);
	*out = db_rows(db, st, a, read_kpi, sizeof(**out), &n, "tevredenheid kpi");
	return n;
}

static int read_open(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct tevredenheid_open *o = row;

	o->melding_id = sqlite3_column_int64(st, 0);
	o->gegeven_op = sqlite3_column_int64(st, 1);
	o->score = sqlite3_column_int(st, 2);
	o->referentie = db_text(st, 3, a);
	o->categorie_naam = db_text(st, 4, a);
	o->wijk_naam = db_text(st, 5, a);
	return 0;
}

int tevredenheid_open_list(struct db *db, struct arena *a, int64_t wijk_id, int64_t scope_user, int max,
			   struct tevredenheid_open **out)
{
	sqlite3_stmt *st;
	int n;

	if (wijk_id > 0)
		st = db_query(db, SQL_OPEN_WIJK, "Ii", wijk_id, max);
	else if (wijk_id < 0)
		st = db_query(db, SQL_OPEN_ONBEKEND, "i", max);
	else if (scope_user)
		st = db_query(db, SQL_OPEN_USER, "Ii", scope_user, max);
	else
		st = db_query(db, SQL_OPEN_ALL, "i", max);
	*out = db_rows(db, st, a, read_open, sizeof(**out), &n, "tevredenheid open");
	return n;
}
