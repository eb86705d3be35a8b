/*
 * area.c - the SQL for areas (see area.h).
 */
#include "store/area.h"
#include "db/db.h"
#include "domain/areaimport.h"
#include "lib/arena.h"
#include "lib/xalloc.h"

#include <string.h>

static const char SQL_SOORT_OF[] = "SELECT soort FROM area WHERE code = ?";
static const char SQL_ID_BY_CODE[] = "SELECT id FROM area WHERE code = ?";

/* The register addresses in an area: by buurt, by complex, or through the buurten of a wijk. */
#define AREA_COLUMNS \
	"a.id, a.code, a.naam, a.soort, coalesce(a.parent_id, 0), coalesce(a.wijk_id, 0), a.woningen," \
	" coalesce(p.code, '')," \
	" CASE a.soort" \
	"  WHEN 'buurt' THEN (SELECT count(*) FROM address x WHERE x.buurt_id = a.id AND x.ontbreekt = 0)" \
	"  WHEN 'complex' THEN (SELECT count(*) FROM address x WHERE x.complex_id = a.id AND x.ontbreekt = 0)" \
	"  ELSE (SELECT count(*) FROM area b JOIN address x ON x.buurt_id = b.id" \
	"        WHERE b.wijk_id = a.id AND b.soort = 'buurt' AND x.ontbreekt = 0) END"

static const char SQL_GET[] =
	"SELECT " AREA_COLUMNS " FROM area a LEFT JOIN area p ON p.id = a.parent_id WHERE a.id = ?";

/*
 * Tree order in one sort: by wijk; the wijk first; then by the buurt a row
 * belongs to (itself, or a complex's parent buurt; '~' sorts after every
 * code, so complexen directly in the wijk come last); the buurt before its
 * complexen; then by code.
 */
static const char SQL_LIST[] =
	"SELECT " AREA_COLUMNS " FROM area a"
	" LEFT JOIN area p ON p.id = a.parent_id"
	" LEFT JOIN area w ON w.id = a.wijk_id"
	" ORDER BY coalesce(w.code, a.code), a.soort <> 'wijk',"
	"  CASE WHEN a.soort = 'buurt' THEN a.code WHEN p.soort = 'buurt' THEN p.code ELSE '~' END,"
	"  a.soort <> 'buurt', a.code";

static const char SQL_INSERT[] =
	"INSERT INTO area(code, naam, soort, parent_id, woningen) VALUES (?, ?, ?, ?, ?)";
static const char SQL_UPDATE[] =
	"UPDATE area SET naam = ?, woningen = ?, parent_id = ? WHERE id = ?";

/* A wijk is its own wijk; a buurt lies in its parent; a complex in its parent wijk or its buurt's wijk. */
static const char SQL_FIX_WIJK[] =
	"UPDATE area SET wijk_id = t.w FROM ("
	" SELECT a.id AS aid, CASE a.soort WHEN 'wijk' THEN a.id WHEN 'buurt' THEN a.parent_id"
	"  ELSE CASE p.soort WHEN 'wijk' THEN p.id ELSE p.parent_id END END AS w"
	" FROM area a LEFT JOIN area p ON p.id = a.parent_id) AS t"
	" WHERE area.id = t.aid AND area.wijk_id IS NOT t.w";

static const char SQL_REGISTER[] =
	"SELECT count(*), coalesce(sum(ontbreekt), 0) FROM address";

static int read_soort(sqlite3_stmt *st, struct arena *a, void *row)
{
	(void)a;
	*(int *)row = area_soort_parse((const char *)sqlite3_column_text(st, 0));
	return 0;
}

int area_soort_of(struct db *db, const char *code)
{
	sqlite3_stmt *st = db_query(db, SQL_SOORT_OF, "t", code);
	int soort = -1;

	return db_one(db, st, NULL, read_soort, &soort, "area soort") > 0 ? soort : -1;
}

static int lookup_soort(void *ctx, const char *code)
{
	return area_soort_of(ctx, code);
}

void area_lookup_init(struct areaimport_lookup *lk, struct db *db)
{
	lk->soort_of = lookup_soort;
	lk->ctx = db;
}

int64_t area_id_by_code(struct db *db, const char *code)
{
	return db_int(db, SQL_ID_BY_CODE, 0, "t", code);
}

static int read_area(sqlite3_stmt *st, struct arena *arena, void *row)
{
	struct area *a = row;
	int soort;

	(void)arena;
	memset(a, 0, sizeof(*a));
	a->id = sqlite3_column_int64(st, 0);
	db_copy_text(st, 1, a->code, sizeof(a->code));
	db_copy_text(st, 2, a->naam, sizeof(a->naam));
	soort = area_soort_parse((const char *)sqlite3_column_text(st, 3));
	a->soort = soort < 0 ? AREA_COMPLEX : (enum area_soort)soort;
	a->parent_id = sqlite3_column_int64(st, 4);
	a->wijk_id = sqlite3_column_int64(st, 5);
	a->woningen = sqlite3_column_int(st, 6);
	db_copy_text(st, 7, a->parent_code, sizeof(a->parent_code));
	a->adressen = sqlite3_column_int64(st, 8);
	return 0;
}

enum store_result area_get(struct db *db, int64_t id, struct area *a)
{
	sqlite3_stmt *st = db_query(db, SQL_GET, "I", id);

	return store_result_of(db_one(db, st, NULL, read_area, a, "area get"));
}

int area_list(struct db *db, struct area **out)
{
	struct arena a = ARENA_INIT;
	int n;

	*out = NULL;
	/* Read in an arena, handed over on the heap: this caller frees the list. */
	struct area *rows = db_rows(db, db_stmt(db, SQL_LIST), &a, read_area, sizeof(*rows), &n, "area list");
	if (n >= 0) {
		*out = xmalloc(((size_t)n + 1) * sizeof(**out));
		memcpy(*out, rows, (size_t)n * sizeof(**out));
	}
	arena_release(&a);
	return n;
}

enum store_result area_create(struct db *db, const struct area *a, int64_t *id)
{
	int rc = db_exec(db, SQL_INSERT, "tttNi", a->code, a->naam, area_soort_ids[a->soort], a->parent_id,
			 a->woningen);

	if (rc == -2)
		return STORE_CONFLICT;
	if (rc < 0)
		return STORE_ERROR;
	*id = db_last_id(db);
	return area_fix_wijk(db) < 0 ? STORE_ERROR : STORE_OK;
}

enum store_result area_update(struct db *db, int64_t id, const char *naam, int woningen, int64_t parent_id)
{
	int rc = db_exec(db, SQL_UPDATE, "tiNI", naam, woningen, parent_id, id);

	if (rc == -2)
		return STORE_CONFLICT;
	if (rc < 0)
		return STORE_ERROR;
	if (rc == 0)
		return STORE_NOTFOUND;
	return area_fix_wijk(db) < 0 ? STORE_ERROR : STORE_OK;
}

int area_fix_wijk(struct db *db)
{
	return db_exec(db, SQL_FIX_WIJK, NULL);
}

static int read_counts(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct register_counts *c = row;

	(void)a;
	c->adressen = sqlite3_column_int64(st, 0);
	c->ontbreekt = sqlite3_column_int64(st, 1);
	return 0;
}

enum store_result area_register_counts(struct db *db, struct register_counts *c)
{
	sqlite3_stmt *st = db_stmt(db, SQL_REGISTER);

	memset(c, 0, sizeof(*c));
	/* count(*) always answers one row. */
	return db_one(db, st, NULL, read_counts, c, "register counts") > 0 ? STORE_OK : STORE_ERROR;
}
