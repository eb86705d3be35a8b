/*
 * dossier_letter.c - the letter templates the beheerder edits (see
 * dossier.h). The migration installs one per kind of letter; they are
 * changed, never added or removed, so every kind always has its text.
 */
#include "db/db.h"
#include "store/dossier.h"

#include <string.h>

static const char SQL_GET[] =
	"SELECT t.tekst, coalesce(t.gewijzigd_op, 0), coalesce(u.naam, '') FROM letter_template t"
	" LEFT JOIN user u ON u.id = t.gewijzigd_door WHERE t.soort = ?";
static const char SQL_SET[] =
	"UPDATE letter_template SET tekst = ?, gewijzigd_op = ?, gewijzigd_door = ? WHERE soort = ?";

static int read_template(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct letter_template *t = row;

	memset(t, 0, sizeof(*t));
	t->tekst = db_text(st, 0, a);
	t->gewijzigd_op = sqlite3_column_int64(st, 1);
	t->gewijzigd_door = db_text(st, 2, a);
	return 0;
}

enum store_result letter_template_get(struct db *db, struct arena *a, enum brief_soort soort,
				      struct letter_template *out)
{
	sqlite3_stmt *st = db_query(db, SQL_GET, "t", brief_soort_ids[soort]);

	enum store_result r = store_result_of(db_one(db, st, a, read_template, out, "letter template get"));
	if (r == STORE_OK)
		out->soort = soort;
	return r;
}

enum store_result letter_template_set(struct db *db, enum brief_soort soort, const char *tekst, int64_t now,
				      int64_t user_id)
{
	int rc = db_exec(db, SQL_SET, "tINt", tekst, now, user_id, brief_soort_ids[soort]);
	if (rc < 0)
		return STORE_ERROR;
	return rc == 0 ? STORE_NOTFOUND : STORE_OK;
}
