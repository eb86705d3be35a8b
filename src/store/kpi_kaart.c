/*
 * kpi_kaart.c - the SQL of the map outlines (see kpi_kaart.h).
 */
#include "store/kpi_kaart.h"
#include "db/db.h"

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

/* What kaart_area_by_code() answers. */
struct area_ref {
	int64_t id, wijk_id;
	int is_wijk;
};

static int read_area(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct area_ref *x = row;

	(void)a;
	x->id = sqlite3_column_int64(st, 0);
	x->wijk_id = sqlite3_column_int64(st, 1);
	x->is_wijk = sqlite3_column_int(st, 2);
	return 0;
}

enum store_result kaart_area_by_code(struct db *db, const char *code, int64_t *id, int64_t *wijk_id, int *is_wijk)
{
	sqlite3_stmt *st = db_query(db, SQL_AREA, "t", code);
	struct area_ref x;

	enum store_result r = store_result_of(db_one(db, st, NULL, read_area, &x, "kaart area"));
	if (r == STORE_OK) {
		*id = x.id;
		*wijk_id = x.wijk_id;
		*is_wijk = x.is_wijk;
	}
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

static int read_vorm(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct kaart_vorm *x = row;

	x->area_id = sqlite3_column_int64(st, 0);
	x->wijk_id = sqlite3_column_int64(st, 1);
	x->is_wijk = sqlite3_column_int(st, 2);
	x->shape.pad = db_text(st, 3, a);
	x->shape.minx = sqlite3_column_double(st, 4);
	x->shape.miny = sqlite3_column_double(st, 5);
	x->shape.maxx = sqlite3_column_double(st, 6);
	x->shape.maxy = sqlite3_column_double(st, 7);
	x->shape.labelx = sqlite3_column_double(st, 8);
	x->shape.labely = sqlite3_column_double(st, 9);
	x->code = db_text(st, 10, a);
	x->naam = db_text(st, 11, a);
	return 0;
}

int kaart_load(struct db *db, struct arena *a, struct kaart_vorm **out)
{
	sqlite3_stmt *st = db_stmt(db, SQL_LOAD);
	int n;

	*out = db_rows(db, st, a, read_vorm, sizeof(**out), &n, "kaart");
	return n;
}

static int read_bron(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct kaart_bron *b = row;

	b->bestandsnaam = db_text(st, 0, a);
	b->geladen_op = sqlite3_column_int64(st, 1);
	b->geladen_door = db_text(st, 2, a);
	b->vormen = sqlite3_column_int(st, 3);
	b->overgeslagen = sqlite3_column_int(st, 4);
	return 0;
}

enum store_result kaart_bron_get(struct db *db, struct arena *a, struct kaart_bron *out)
{
	sqlite3_stmt *st = db_stmt(db, SQL_BRON_GET);

	return store_result_of(db_one(db, st, a, read_bron, out, "kaart bron"));
}
