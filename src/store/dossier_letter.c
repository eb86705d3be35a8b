/*
 * dossier_letter.c - the letter templates the beheerder edits (see
 * dossier.h). The migration installs one per kind of letter; they are
 * changed, never added or removed, so every kind always has its text.
 */
#include "db/db.h"
#include "store/dossier.h"
#include "store/dossier_sql.h"

#include <string.h>

static const char SQL_GET[] =
	"SELECT t.tekst, coalesce(t.gewijzigd_op, 0), coalesce(u.naam, '') FROM letter_template t"
	" LEFT JOIN user u ON u.id = t.gewijzigd_door WHERE t.soort = ?";
static const char SQL_SET[] =
	"UPDATE letter_template SET tekst = ?, gewijzigd_op = ?, gewijzigd_door = ? WHERE soort = ?";

enum store_result letter_template_get(struct db *db, struct arena *a, enum brief_soort soort,
				      struct letter_template *out)
{
	sqlite3_stmt *st = db_stmt(db, SQL_GET);
	enum store_result r = STORE_NOTFOUND;
	int rc;

	if (!st)
		return STORE_ERROR;
	db_bindf(st, "t", brief_soort_ids[soort]);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		memset(out, 0, sizeof(*out));
		out->soort = soort;
		out->tekst = db_text(st, 0, a);
		out->gewijzigd_op = sqlite3_column_int64(st, 1);
		out->gewijzigd_door = db_text(st, 2, a);
		r = STORE_OK;
	} else if (rc != SQLITE_DONE) {
		r = STORE_ERROR;
		dossier_step_error(db, "letter template get");
	}
	db_done(st);
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
