/*
 * category.c - the SQL for categories.
 */
#include "store/category.h"
#include "lib/arena.h"
#include "db/db.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define COLS "id, code, naam, pijler, toelichting, bevestigen_werkdagen, terugkoppelen_werkdagen," \
	     " streef_werkdagen, actief, volgorde"

static const char SQL_LIST_ALL[] = "SELECT " COLS " FROM category ORDER BY volgorde, naam";
static const char SQL_LIST_ACTIVE[] = "SELECT " COLS " FROM category WHERE actief ORDER BY volgorde, naam";
/* Moved by triggers on every change of a category (migration 0021). */
static const char SQL_VERSIE[] = "SELECT versie FROM config_versie WHERE naam = 'category'";
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

/*
 * Every intake validates against the active categories, and reading them
 * cost a twelfth of a melding's intake at a million meldingen. Each thread
 * keeps both lists with the version of the categories they were read at
 * (config_versie, not PRAGMA data_version, which every new melding moves),
 * so a changed category counts from the next request on.
 */
struct category_cache {
	int64_t version[2];   /* by active_only; 0: not read */
	int n[2];
	struct category list[2][CATEGORY_MAX];
};

static pthread_key_t cache_key;
static pthread_once_t cache_once = PTHREAD_ONCE_INIT;

static void cache_key_init(void)
{
	pthread_key_create(&cache_key, free);
}

int category_list_kept(struct db *db, int active_only, const struct category **out)
{
	pthread_once(&cache_once, cache_key_init);
	struct category_cache *c = pthread_getspecific(cache_key);
	if (!c) {
		c = calloc(1, sizeof(*c));
		if (!c || pthread_setspecific(cache_key, c) != 0) {
			free(c);
			return -1;
		}
	}
	int k = !!active_only;
	int64_t v = db_version(db, SQL_VERSIE);
	if (v < 0 || v != c->version[k]) {
		c->n[k] = category_list(db, k, c->list[k], CATEGORY_MAX);
		/* A failed read is not kept: the next call reads again. */
		c->version[k] = c->n[k] < 0 ? 0 : v;
	}
	*out = c->list[k];
	return c->n[k];
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
