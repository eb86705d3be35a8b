/*
 * lbm.c - the SQL of the Leefbaarometer's scores (see lbm.h).
 */
#include "store/lbm.h"
#include "db/db.h"
#include "domain/area.h"
#include "lib/log.h"
#include "store/area.h"

#include <math.h>
#include <string.h>

static const char SQL_IMPORT[] =
	"INSERT INTO lbm_import(user_id, op, bestandsnaam, rijen, jaren) VALUES (?, ?, ?, ?, ?)";
/* A later file replaces the year: the Leefbaarometer recomputes its earlier years with each edition. */
static const char SQL_PUT[] =
	"INSERT OR REPLACE INTO lbm_score(area_id, jaar, score, afw, klasse, won, won_klasse, fys, fys_klasse,"
	" vrz, vrz_klasse, soc, soc_klasse, onv, onv_klasse, afgeleid, import_id)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
#define SELECT_METING \
	"SELECT s.area_id, coalesce(a.wijk_id, a.id), a.code, a.naam, a.soort = 'wijk', s.jaar, s.score," \
	" s.afw, s.klasse, s.won, s.won_klasse, s.fys, s.fys_klasse, s.vrz, s.vrz_klasse, s.soc, s.soc_klasse," \
	" s.onv, s.onv_klasse, s.afgeleid FROM lbm_score s JOIN area a ON a.id = s.area_id"
static const char SQL_AREA[] = SELECT_METING " WHERE s.area_id = ? AND s.jaar <= ? ORDER BY s.jaar";
static const char SQL_ALL[] = SELECT_METING " ORDER BY a.soort = 'wijk' DESC, a.code, s.jaar";
static const char SQL_IMPORTS[] =
	"SELECT i.id, i.op, coalesce(u.naam, ''), i.bestandsnaam, i.jaren, i.rijen FROM lbm_import i"
	" LEFT JOIN user u ON u.id = i.user_id ORDER BY i.id DESC LIMIT ?";
static const char SQL_IMPORT_GET[] =
	"SELECT i.id, i.op, coalesce(u.naam, ''), i.bestandsnaam, i.jaren, i.rijen FROM lbm_import i"
	" LEFT JOIN user u ON u.id = i.user_id WHERE i.id = ?";
static const char SQL_JAREN[] = "SELECT jaar, count(*) FROM lbm_score GROUP BY jaar ORDER BY jaar";
static const char SQL_COUNT[] = "SELECT count(*) FROM lbm_score";

enum store_result lbm_store_import(struct db *db, int64_t user_id, int64_t now, const char *bestandsnaam, int rijen,
				   const char *jaren, int64_t *id)
{
	if (db_exec(db, SQL_IMPORT, "NItit", user_id, now, bestandsnaam, rijen, jaren) < 0)
		return STORE_ERROR;
	*id = db_last_id(db);
	return STORE_OK;
}

/* NaN binds NULL: a value the file did not give. */
static double or_null(const struct lbm_maat_waarde *w)
{
	return w->has_waarde ? w->waarde : NAN;
}

enum store_result lbm_store_put(struct db *db, const struct lbm_row *r, int64_t import_id)
{
	int64_t area_id = area_id_by_code(db, r->code);

	if (area_id < 0)
		return STORE_ERROR;
	if (!area_id) {
		log_warn("lbm: %s on line %d is not there any more", r->code, r->line);
		return STORE_CONFLICT;
	}
	int rc = db_exec(db, SQL_PUT, "Iiddi" "dididididi" "iN", area_id, r->jaar, r->has_score ? r->score : NAN,
			 or_null(&r->m[LBM_TOTAAL]), r->m[LBM_TOTAAL].klasse, or_null(&r->m[LBM_WON]), r->m[LBM_WON].klasse,
			 or_null(&r->m[LBM_FYS]), r->m[LBM_FYS].klasse, or_null(&r->m[LBM_VRZ]), r->m[LBM_VRZ].klasse,
			 or_null(&r->m[LBM_SOC]), r->m[LBM_SOC].klasse, or_null(&r->m[LBM_ONV]), r->m[LBM_ONV].klasse,
			 (int)lbm_row_afgeleid(r), import_id);
	if (rc == -2)
		return STORE_CONFLICT;
	return rc < 0 ? STORE_ERROR : STORE_OK;
}

static void read_waarde(sqlite3_stmt *st, int col, int afgeleid, struct lbm_maat_waarde *w)
{
	w->has_waarde = sqlite3_column_type(st, col) != SQLITE_NULL;
	w->waarde = w->has_waarde ? sqlite3_column_double(st, col) : 0;
	w->klasse = sqlite3_column_int(st, col + 1);
	w->afgeleid = afgeleid;
}

static int read_meting(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct lbm_meting *x = row;
	unsigned afgeleid = (unsigned)sqlite3_column_int(st, 19);

	x->area_id = sqlite3_column_int64(st, 0);
	x->wijk_id = sqlite3_column_int64(st, 1);
	x->code = db_text(st, 2, a);
	x->naam = db_text(st, 3, a);
	x->is_wijk = sqlite3_column_int(st, 4);
	x->jaar = sqlite3_column_int(st, 5);
	x->has_score = sqlite3_column_type(st, 6) != SQLITE_NULL;
	x->score = x->has_score ? sqlite3_column_double(st, 6) : 0;
	for (int m = 0; m < LBM__MAX; m++)
		read_waarde(st, 7 + 2 * m, !!(afgeleid & LBM_AFGELEID_BIT(m)), &x->m[m]);
	return 0;
}

int lbm_store_area(struct db *db, struct arena *a, int64_t area_id, int tot_jaar, struct lbm_meting **out)
{
	int n;

	*out = db_rows(db, db_query(db, SQL_AREA, "Ii", area_id, tot_jaar), a, read_meting, sizeof(**out), &n,
		       "lbm area");
	return n;
}

int lbm_store_all(struct db *db, struct arena *a, struct lbm_meting **out)
{
	int n;

	*out = db_rows(db, db_stmt(db, SQL_ALL), a, read_meting, sizeof(**out), &n, "lbm all");
	return n;
}

static int read_import(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct lbm_import_rec *x = row;

	x->id = sqlite3_column_int64(st, 0);
	x->op = sqlite3_column_int64(st, 1);
	x->door = db_text(st, 2, a);
	x->bestandsnaam = db_text(st, 3, a);
	x->jaren = db_text(st, 4, a);
	x->rijen = sqlite3_column_int(st, 5);
	return 0;
}

int lbm_store_imports(struct db *db, struct arena *a, int max, struct lbm_import_rec *out)
{
	return db_fill(db, db_query(db, SQL_IMPORTS, "i", max), a, read_import, out, sizeof(*out), max, "lbm imports");
}

enum store_result lbm_store_import_get(struct db *db, struct arena *a, int64_t id, struct lbm_import_rec *out)
{
	return store_result_of(db_one(db, db_query(db, SQL_IMPORT_GET, "I", id), a, read_import, out, "lbm import"));
}

static int read_jaar(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct lbm_jaar_count *x = row;

	(void)a;
	x->jaar = sqlite3_column_int(st, 0);
	x->rijen = sqlite3_column_int(st, 1);
	return 0;
}

int lbm_store_jaren(struct db *db, struct arena *a, struct lbm_jaar_count **out)
{
	int n;

	*out = db_rows(db, db_stmt(db, SQL_JAREN), a, read_jaar, sizeof(**out), &n, "lbm jaren");
	return n;
}

int64_t lbm_store_count(struct db *db)
{
	return db_int(db, SQL_COUNT, -1, NULL);
}
