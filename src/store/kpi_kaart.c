/*
 * kpi_kaart.c - the SQL of the map outlines (see kpi_kaart.h).
 */
#include "store/kpi_kaart.h"
#include "db/db.h"
#include "lib/log.h"

#include <string.h>

static const char SQL_AREA[] = "SELECT id, coalesce(wijk_id, id), soort = 'wijk' FROM area WHERE code = ?";
static const char SQL_CLEAR[] = "DELETE FROM kaart_vorm";
static const char SQL_PUT[] =
	"INSERT OR REPLACE INTO kaart_vorm(area_id, pad, minx, miny, maxx, maxy, labelx, labely)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
static const char SQL_BRON[] =
	"INSERT OR REPLACE INTO kaart_bron(id, bestandsnaam, geladen_op, geladen_door, vormen, overgeslagen)"
	" VALUES (1, ?, ?, ?, ?, ?)";
static const char SQL_LOAD[] =
	"SELECT k.area_id, coalesce(a.wijk_id, a.id), a.soort = 'wijk', k.pad, k.minx, k.miny, k.maxx, k.maxy,"
	" k.labelx, k.labely, a.code, a.naam FROM kaart_vorm k JOIN area a ON a.id = k.area_id"
	" ORDER BY a.soort = 'wijk' DESC, a.code";
static const char SQL_BRON_GET[] =
	"SELECT k.bestandsnaam, k.geladen_op, coalesce(u.naam, ''), k.vormen, k.overgeslagen"
	" FROM kaart_bron k LEFT JOIN user u ON u.id = k.geladen_door";

enum store_result kaart_area_by_code(struct db *db, const char *code, int64_t *id, int64_t *wijk_id, int *is_wijk)
{
	sqlite3_stmt *st = db_stmt(db, SQL_AREA);
	enum store_result r = STORE_NOTFOUND;

	if (!st || db_bindf(st, "t", code) < 0)
		return STORE_ERROR;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(st, 0);
		*wijk_id = sqlite3_column_int64(st, 1);
		*is_wijk = sqlite3_column_int(st, 2);
		r = STORE_OK;
	} else if (rc != SQLITE_DONE) {
		r = STORE_ERROR;
		log_error("kaart area: %s", sqlite3_errmsg(db_handle(db)));
	}
	db_done(st);
	return r;
}

enum store_result kaart_clear(struct db *db)
{
	return db_exec(db, SQL_CLEAR, NULL) < 0 ? STORE_ERROR : STORE_OK;
}

enum store_result kaart_put(struct db *db, int64_t area_id, const struct kaart_shape *s)
{
	return db_exec(db, SQL_PUT, "Itdddddd", area_id, s->pad, s->minx, s->miny, s->maxx, s->maxy,
		       s->labelx, s->labely) < 0 ? STORE_ERROR : STORE_OK;
}

enum store_result kaart_set_bron(struct db *db, const char *bestandsnaam, int64_t now, int64_t user_id,
				 int vormen, int overgeslagen)
{
	return db_exec(db, SQL_BRON, "tINii", bestandsnaam, now, user_id, vormen, overgeslagen) < 0
		? STORE_ERROR : STORE_OK;
}

int kaart_load(struct db *db, struct arena *a, struct kaart_vorm **out)
{
	sqlite3_stmt *st = db_stmt(db, SQL_LOAD);
	int n = 0, cap = 64, rc;
	struct kaart_vorm *v = arena_alloc(a, (size_t)cap * sizeof(*v));

	if (!st)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (n == cap) {
			struct kaart_vorm *bigger = arena_alloc(a, (size_t)cap * 2 * sizeof(*v));
			memcpy(bigger, v, (size_t)cap * sizeof(*v));
			v = bigger;
			cap *= 2;
		}
		struct kaart_vorm *x = &v[n++];
		x->area_id = sqlite3_column_int64(st, 0);
		x->wijk_id = sqlite3_column_int64(st, 1);
		x->is_wijk = sqlite3_column_int(st, 2);
		x->shape.pad = arena_strdup(a, (const char *)sqlite3_column_text(st, 3));
		x->shape.minx = sqlite3_column_double(st, 4);
		x->shape.miny = sqlite3_column_double(st, 5);
		x->shape.maxx = sqlite3_column_double(st, 6);
		x->shape.maxy = sqlite3_column_double(st, 7);
		x->shape.labelx = sqlite3_column_double(st, 8);
		x->shape.labely = sqlite3_column_double(st, 9);
		x->code = arena_strdup(a, (const char *)sqlite3_column_text(st, 10));
		x->naam = arena_strdup(a, (const char *)sqlite3_column_text(st, 11));
	}
	db_done(st);
	*out = v;
	return rc == SQLITE_DONE ? n : log_error("kaart: %s", sqlite3_errmsg(db_handle(db)));
}

enum store_result kaart_bron_get(struct db *db, struct arena *a, struct kaart_bron *out)
{
	sqlite3_stmt *st = db_stmt(db, SQL_BRON_GET);
	enum store_result r = STORE_NOTFOUND;

	if (!st)
		return STORE_ERROR;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		out->bestandsnaam = arena_strdup(a, (const char *)sqlite3_column_text(st, 0));
		out->geladen_op = sqlite3_column_int64(st, 1);
		out->geladen_door = arena_strdup(a, (const char *)sqlite3_column_text(st, 2));
		out->vormen = sqlite3_column_int(st, 3);
		out->overgeslagen = sqlite3_column_int(st, 4);
		r = STORE_OK;
	} else if (rc != SQLITE_DONE) {
		r = STORE_ERROR;
	}
	db_done(st);
	return r;
}
