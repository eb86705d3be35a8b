/*
 * kpi.c - reading melding_fact in one pass (see kpi.h and migration 0010
 * for the packing of tijd, wat and slot), and the names it is counted by.
 *
 * SQLite's cost here is per column decoded (about 2.9 ms of CPU per column
 * for a year of 100,000 facts), so the facts are read as five integers
 * and unpacked in C, and no column's type is asked: a 0 in a packed field
 * means "none".
 */
#include "store/kpi.h"
#include "db/db.h"
#include "lib/xalloc.h"

#include <stdlib.h>
#include <string.h>

#define FACT_COLS "dag, tijd, wat, melder, slot"

static const char SQL_ALL[] =
	"SELECT " FACT_COLS " FROM melding_fact WHERE dag BETWEEN ? AND ?";
/*
 * A viewer bound to wijken reads only those wijken's facts, a range of the
 * index melding_fact_wijk (0013) per wijk, which holds every column read
 * here. The wijk expression is the index's, written the same way, or
 * SQLite would not see that the index answers it. Within one wijk the
 * rows come by day and id, as from the table.
 */
static const char SQL_USER[] =
	"SELECT " FACT_COLS " FROM melding_fact"
	" WHERE ((wat >> 22) & 16777215) IN (SELECT area_id + 1 FROM user_area WHERE user_id = ?)"
	" AND dag BETWEEN ? AND ?";
/*
 * Received before the period, closed in it with costs: the costs count by
 * closing day. The inner select reads only the partial index
 * melding_fact_kosten (0010); the outer fetches the few rows it names.
 */
#define CLOSED_IN \
	" WHERE (dag, id) IN (SELECT dag, id FROM melding_fact" \
	" WHERE afgesloten_dag BETWEEN ? AND ? AND dag < ? AND slot >= 65536)"
static const char SQL_CLOSED_ALL[] = "SELECT " FACT_COLS " FROM melding_fact" CLOSED_IN;
static const char SQL_CLOSED_USER[] =
	"SELECT " FACT_COLS " FROM melding_fact" CLOSED_IN
	" AND (wat >> 22 & 16777215) - 1 IN (SELECT area_id FROM user_area WHERE user_id = ?)";

static const char SQL_CATEGORIES[] = "SELECT id, code, naam, 0 FROM category ORDER BY volgorde, naam";
static const char SQL_WIJKEN_ALL[] =
	"SELECT id, code, naam, woningen FROM area WHERE soort = 'wijk' ORDER BY code";
static const char SQL_WIJKEN_USER[] =
	"SELECT a.id, a.code, a.naam, a.woningen FROM area a JOIN user_area u ON u.area_id = a.id"
	" WHERE u.user_id = ? AND a.soort = 'wijk' ORDER BY a.code";

const char *const kpi_load_sql[] = { SQL_ALL, SQL_USER, SQL_CLOSED_ALL, SQL_CLOSED_USER };
const int kpi_load_sql_count = 4;

/* Appends one fact to the caller's heap array (a year holds about 100,000). */
static int push(sqlite3_stmt *st, struct arena *a, void *ctx)
{
	struct kpi_facts *out = ctx;

	(void)a;
	if (out->n == out->cap) {
		out->cap = out->cap ? out->cap * 2 : 16384;
		out->f = xrealloc(out->f, out->cap * sizeof(*out->f));
	}
	struct kpi_fact *f = &out->f[out->n++];
	int32_t dag = sqlite3_column_int(st, 0);
	uint64_t tijd = (uint64_t)sqlite3_column_int64(st, 1), wat = (uint64_t)sqlite3_column_int64(st, 2);
	uint64_t slot = (uint64_t)sqlite3_column_int64(st, 4);
	uint64_t bev = (tijd >> 30) & 0xffff, ter = (tijd >> 46) & 0xffff;

	f->ontvangen_dag = dag;
	f->bevestigen_dag = dag + (int32_t)(tijd & 0x3ff);
	f->terugkoppelen_dag = dag + (int32_t)((tijd >> 10) & 0x3ff);
	f->streef_dag = dag + (int32_t)((tijd >> 20) & 0x3ff);
	f->bevestigd_dag = bev ? dag + (int32_t)bev - 1 : KPI_NONE;
	f->teruggekoppeld_dag = ter ? dag + (int32_t)ter - 1 : KPI_NONE;
	f->doorloop_werkdagen = (int32_t)((wat >> 46) & 0xffff) - 1;
	int64_t cat = (int64_t)(wat & 0xffff);
	f->categorie = (uint16_t)cat;
	f->kanaal = (uint16_t)((wat >> 16) & 0xf);
	f->pijler = (uint16_t)((wat >> 20) & 0x3);
	int64_t wijk = (int64_t)((wat >> 22) & 0xffffff) - 1;
	f->wijk = (int32_t)wijk;
	f->melder = (uint64_t)sqlite3_column_int64(st, 3);
	f->afgesloten_dag = slot ? dag + (int32_t)(slot & 0xffff) - 1 : KPI_NONE;
	f->kosten_cent = (int64_t)(slot >> 16);
	if (cat > out->max_category_id)
		out->max_category_id = cat;
	if (wijk > out->max_wijk_id)
		out->max_wijk_id = wijk;
	return 0;
}

int kpi_load(struct db *db, int32_t van, int32_t tot, int64_t scope_user, struct kpi_facts *out)
{
	sqlite3_stmt *st = scope_user ? db_query(db, SQL_USER, "Iii", scope_user, (int)van, (int)tot)
				      : db_query(db, SQL_ALL, "ii", (int)van, (int)tot);

	if (db_each(db, st, NULL, push, out, "kpi facts") < 0)
		return -1;
	st = scope_user ? db_query(db, SQL_CLOSED_USER, "iiiI", (int)van, (int)tot, (int)van, scope_user)
			: db_query(db, SQL_CLOSED_ALL, "iii", (int)van, (int)tot, (int)van);
	return db_each(db, st, NULL, push, out, "kpi facts");
}

void kpi_facts_release(struct kpi_facts *out)
{
	free(out->f);
	memset(out, 0, sizeof(*out));
}

static int read_named(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct kpi_named *e = row;

	memset(e, 0, sizeof(*e));
	e->id = sqlite3_column_int64(st, 0);
	e->code = db_text(st, 1, a);
	e->naam = db_text(st, 2, a);
	e->woningen = sqlite3_column_int64(st, 3);
	return 0;
}

int kpi_categories(struct db *db, struct arena *a, struct kpi_named **out)
{
	int n;

	*out = db_rows(db, db_stmt(db, SQL_CATEGORIES), a, read_named, sizeof(**out), &n, "kpi categories");
	return n;
}

int kpi_wijken(struct db *db, struct arena *a, int64_t scope_user, struct kpi_named **out)
{
	sqlite3_stmt *st = scope_user ? db_query(db, SQL_WIJKEN_USER, "I", scope_user) : db_stmt(db, SQL_WIJKEN_ALL);
	int n;

	*out = db_rows(db, st, a, read_named, sizeof(**out), &n, "kpi wijken");
	return n;
}
