/*
 * standaardtekst.c - the SQL for the standard texts (see standaardtekst.h).
 */
#include "store/standaardtekst.h"
#include "db/db.h"

#include <string.h>

#define COLS "t.id, coalesce(t.category_id, 0), coalesce(c.naam, ''), t.stap, t.titel, t.tekst, t.actief"
#define FROM " FROM standaardtekst t LEFT JOIN category c ON c.id = t.category_id"

static const char SQL_LIST[] = "SELECT " COLS FROM
	" ORDER BY CASE t.stap WHEN 'bevestiging' THEN 0 WHEN 'terugkoppeling' THEN 1 ELSE 2 END,"
	" t.category_id IS NOT NULL, c.naam, t.titel, t.id LIMIT 500";
static const char SQL_FOR[] = "SELECT " COLS FROM
	" WHERE t.stap = ? AND t.actief AND (t.category_id IS NULL OR t.category_id = ?)"
	" ORDER BY t.titel, t.id LIMIT 500";
static const char SQL_GET[] = "SELECT " COLS FROM " WHERE t.id = ?";
static const char SQL_INSERT[] =
	"INSERT INTO standaardtekst(category_id, stap, titel, tekst, actief, gewijzigd_op, gewijzigd_door)"
	" VALUES (?, ?, ?, ?, ?, ?, ?)";
static const char SQL_UPDATE[] =
	"UPDATE standaardtekst SET category_id = ?, stap = ?, titel = ?, tekst = ?, actief = ?, gewijzigd_op = ?,"
	" gewijzigd_door = ? WHERE id = ?";
static const char SQL_DELETE[] = "DELETE FROM standaardtekst WHERE id = ?";

static int read_text(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct standaardtekst *t = row;

	memset(t, 0, sizeof(*t));
	t->id = sqlite3_column_int64(st, 0);
	t->category_id = sqlite3_column_int64(st, 1);
	t->categorie_naam = db_text(st, 2, a);
	int s = tekst_stap_parse((const char *)sqlite3_column_text(st, 3));
	t->stap = s < 0 ? STAP_TERUGKOPPELING : (enum tekst_stap)s;
	t->titel = db_text(st, 4, a);
	t->tekst = db_text(st, 5, a);
	t->actief = sqlite3_column_int(st, 6);
	return 0;
}

int standaardtekst_list(struct db *db, struct arena *a, struct standaardtekst **out)
{
	int n = 0;

	*out = db_rows(db, db_stmt(db, SQL_LIST), a, read_text, sizeof(**out), &n, "standaardteksten");
	return n;
}

int standaardtekst_for(struct db *db, struct arena *a, int64_t category_id, enum tekst_stap stap,
		       struct standaardtekst **out)
{
	int n = 0;

	*out = db_rows(db, db_query(db, SQL_FOR, "tI", tekst_stap_ids[stap], category_id), a, read_text,
		       sizeof(**out), &n, "standaardteksten");
	return n;
}

enum store_result standaardtekst_get(struct db *db, struct arena *a, int64_t id, struct standaardtekst *t)
{
	return store_result_of(db_one(db, db_query(db, SQL_GET, "I", id), a, read_text, t, "standaardtekst"));
}

enum store_result standaardtekst_save(struct db *db, struct standaardtekst *t, int64_t user_id, int64_t now)
{
	int rc;

	if (t->id)
		rc = db_exec(db, SQL_UPDATE, "NtttiINI", t->category_id, tekst_stap_ids[t->stap], t->titel, t->tekst,
			     t->actief, now, user_id, t->id);
	else
		rc = db_exec(db, SQL_INSERT, "NtttiIN", t->category_id, tekst_stap_ids[t->stap], t->titel, t->tekst,
			     t->actief, now, user_id);
	if (rc < 0)
		return rc == -2 ? STORE_CONFLICT : STORE_ERROR;
	if (!t->id)
		t->id = db_last_id(db);
	else if (rc == 0)
		return STORE_NOTFOUND;
	return STORE_OK;
}

enum store_result standaardtekst_delete(struct db *db, int64_t id)
{
	return store_result_exec(db_exec(db, SQL_DELETE, "I", id));
}
