/*
 * kpi.c - reading melding_fact in one pass (see kpi.h and migration 0006
 * for the packing of due, met and wat).
 */
#include "store/kpi.h"
#include "db/db.h"
#include "lib/log.h"
#include "lib/xalloc.h"

#include <stdlib.h>
#include <string.h>

#define FACT_COLS "dag, due, met, doorloop, wat, wijk_id, melder, afgesloten_dag, kosten_cent"

static const char SQL_ALL[] =
	"SELECT " FACT_COLS " FROM melding_fact WHERE dag BETWEEN ? AND ?";
static const char SQL_USER[] =
	"SELECT " FACT_COLS " FROM melding_fact WHERE dag BETWEEN ? AND ?"
	" AND wijk_id IN (SELECT area_id FROM user_area WHERE user_id = ?)";
static const char SQL_CLOSED_ALL[] =
	"SELECT " FACT_COLS " FROM melding_fact WHERE afgesloten_dag BETWEEN ? AND ? AND dag < ?";
static const char SQL_CLOSED_USER[] =
	"SELECT " FACT_COLS " FROM melding_fact WHERE afgesloten_dag BETWEEN ? AND ? AND dag < ?"
	" AND wijk_id IN (SELECT area_id FROM user_area WHERE user_id = ?)";

static void push(struct kpi_facts *out, sqlite3_stmt *st)
{
	if (out->n == out->cap) {
		out->cap = out->cap ? out->cap * 2 : 4096;
		out->f = xrealloc(out->f, out->cap * sizeof(*out->f));
	}
	struct kpi_fact *f = &out->f[out->n++];
	int32_t dag = sqlite3_column_int(st, 0);
	int64_t due = sqlite3_column_int64(st, 1), met = sqlite3_column_int64(st, 2);
	int64_t wat = sqlite3_column_int64(st, 4);
	int64_t bev = met & 0xffff, ter = (met >> 16) & 0xffff;

	f->ontvangen_dag = dag;
	f->bevestigen_dag = dag + (int32_t)(due & 0x3ff);
	f->terugkoppelen_dag = dag + (int32_t)((due >> 10) & 0x3ff);
	f->streef_dag = dag + (int32_t)((due >> 20) & 0x3ff);
	f->bevestigd_dag = bev ? dag + (int32_t)bev - 1 : KPI_NONE;
	f->teruggekoppeld_dag = ter ? dag + (int32_t)ter - 1 : KPI_NONE;
	f->doorloop_werkdagen = sqlite3_column_type(st, 3) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 3);
	int64_t cat = wat & 0xffffffff;
	f->categorie = (uint16_t)(cat < 65535 ? cat : 65535);
	f->kanaal = (uint16_t)((wat >> 32) & 0xff);
	f->pijler = (uint16_t)((wat >> 40) & 0xff);
	int64_t wijk = sqlite3_column_type(st, 5) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, 5);
	f->wijk = (int32_t)wijk;
	f->melder = (uint64_t)sqlite3_column_int64(st, 6);
	f->afgesloten_dag = sqlite3_column_type(st, 7) == SQLITE_NULL ? KPI_NONE : sqlite3_column_int(st, 7);
	f->kosten_cent = sqlite3_column_int64(st, 8);
	if (cat > out->max_category_id)
		out->max_category_id = cat;
	if (wijk > out->max_wijk_id)
		out->max_wijk_id = wijk;
}

static int run(struct db *db, sqlite3_stmt *st, struct kpi_facts *out)
{
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		push(out, st);
	db_done(st);
	return rc == SQLITE_DONE ? 0 : log_error("kpi facts: %s", sqlite3_errmsg(db_handle(db)));
}

int kpi_load(struct db *db, int32_t van, int32_t tot, int64_t scope_user, struct kpi_facts *out)
{
	sqlite3_stmt *st = db_stmt(db, scope_user ? SQL_USER : SQL_ALL);

	if (!st)
		return -1;
	if (scope_user)
		db_bindf(st, "iiI", (int)van, (int)tot, scope_user);
	else
		db_bindf(st, "ii", (int)van, (int)tot);
	if (run(db, st, out) < 0)
		return -1;
	st = db_stmt(db, scope_user ? SQL_CLOSED_USER : SQL_CLOSED_ALL);
	if (!st)
		return -1;
	if (scope_user)
		db_bindf(st, "iiiI", (int)van, (int)tot, (int)van, scope_user);
	else
		db_bindf(st, "iii", (int)van, (int)tot, (int)van);
	return run(db, st, out);
}

void kpi_facts_release(struct kpi_facts *out)
{
	free(out->f);
	memset(out, 0, sizeof(*out));
}
