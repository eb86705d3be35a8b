/*
 * category.c - the SQL for categories.
 */
#include "store/category.h"
#include "lib/arena.h"
#include "db/db.h"

#include <string.h>

#define COLS "id, code, naam, pijler, toelichting, bevestigen_werkdagen, terugkoppelen_werkdagen," \
	     " streef_werkdagen, actief, volgorde"

static const char SQL_LIST_ALL[] = "SELECT " COLS " FROM category ORDER BY volgorde, naam";
static const char SQL_LIST_ACTIVE[] = "SELECT " COLS " FROM category WHERE actief ORDER BY volgorde, naam";
static const char SQL_BY_CODE[] = "SELECT " COLS " FROM category WHERE code = ?";
static const char SQL_BY_ID[] = "SELECT " COLS " FROM category WHERE id = ?";
static const char SQL_INSERT[] =
	"INSERT INTO category(code, naam, pijler, toelichting, bevestigen_werkdagen, terugkoppelen_werkdagen,"
	" streef_werkdagen, actief, volgorde) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
static const char SQL_UPDATE[] =
	"UPDATE category SET code = ?, naam = ?, pijler = ?, toelichting = ?, bevestigen_werkdagen = ?,"
	" terugkoppelen_werkdagen = ?, streef_werkdagen = ?, actief = ?, volgorde = ? WHERE id = ?";

static int read_category(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct category *c = row;

	(void)a;
	memset(c, 0, sizeof(*c));
	c->id = sqlite3_column_int64(st, 0);
	db_copy_text(st, 1, c->code, sizeof(c->code));
	db_copy_text(st, 2, c->naam, sizeof(c->naam));
	int p = pijler_parse((const char *)sqlite3_column_text(st, 3));
	c->pijler = p < 0 ? PIJLER_SAMEN_WONEN : (enum pijler)p;
	db_copy_text(st, 4, c->toelichting, sizeof(c->toelichting));
	c->terms.bevestigen = sqlite3_column_int(st, 5);
	c->terms.terugkoppelen = sqlite3_column_int(st, 6);
	c->terms.streef = sqlite3_column_int(st, 7);
	c->actief = sqlite3_column_int(st, 8);
	c->volgorde = sqlite3_column_int(st, 9);
	return 0;
}

int category_list(struct db *db, int active_only, struct category *out, int max)
{
	sqlite3_stmt *st = db_stmt(db, active_only ? SQL_LIST_ACTIVE : SQL_LIST_ALL);

	return db_fill(db, st, NULL, read_category, out, sizeof(*out), max, "categories");
}

enum store_result category_by_code(struct db *db, const char *code, struct category *c)
{
	sqlite3_stmt *st = db_query(db, SQL_BY_CODE, "t", code);

	return store_result_of(db_one(db, st, NULL, read_category, c, "category"));
}

enum store_result category_by_id(struct db *db, int64_t id, struct category *c)
{
	sqlite3_stmt *st = db_query(db, SQL_BY_ID, "I", id);

	return store_result_of(db_one(db, st, NULL, read_category, c, "category"));
}

enum store_result category_save(struct db *db, struct category *c)
{
	int rc;

	if (c->id)
		rc = db_exec(db, SQL_UPDATE, "ttttiiiiiI", c->code, c->naam, pijler_ids[c->pijler], c->toelichting,
			     c->terms.bevestigen, c->terms.terugkoppelen, c->terms.streef, c->actief,
			     c->volgorde, c->id);
	else
		rc = db_exec(db, SQL_INSERT, "ttttiiiii", c->code, c->naam, pijler_ids[c->pijler], c->toelichting,
			     c->terms.bevestigen, c->terms.terugkoppelen, c->terms.streef, c->actief, c->volgorde);
	if (rc == -2)
		return STORE_CONFLICT;
	if (rc < 0)
		return STORE_ERROR;
	if (!c->id)
		c->id = db_last_id(db);
	return STORE_OK;
}

int category_all(struct db *db, struct arena *a, int active_only, struct category **out)
{
	*out = arena_alloc(a, CATEGORY_MAX * sizeof(**out));
	return db ? category_list(db, active_only, *out, CATEGORY_MAX) : -1;
}
