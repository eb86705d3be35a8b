/*
 * melding_dubbel.c - the earlier meldingen at one address (see melding_dubbel.h).
 */
#include "store/melding_dubbel.h"
#include "db/db.h"

#include <string.h>

static const char SQL_CANDIDATES[] =
	"SELECT id, category_id, postcode, huisnummer, toevoeging, melder_email, melder_telefoon, anoniem,"
	" ontvangen_op FROM melding"
	" WHERE postcode = ? AND huisnummer = ? AND toevoeging = ? AND ontvangen_op >= ?"
	" AND status <> 'afgesloten' AND postcode <> ''"
	" ORDER BY ontvangen_op DESC LIMIT 20";

static int read_row(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct melding_dubbel_row *r = row;

	memset(r, 0, sizeof(*r));
	r->id = sqlite3_column_int64(st, 0);
	r->d.category_id = sqlite3_column_int64(st, 1);
	r->d.postcode = db_text(st, 2, a);
	r->d.huisnummer = sqlite3_column_int(st, 3);
	r->d.toevoeging = db_text(st, 4, a);
	r->d.email = db_text(st, 5, a);
	r->d.telefoon = db_text(st, 6, a);
	r->d.anoniem = sqlite3_column_int(st, 7);
	r->d.ontvangen_op = sqlite3_column_int64(st, 8);
	r->d.open = 1;   /* the query reads open ones only */
	return 0;
}

int melding_dubbel_candidates(struct db *db, struct arena *a, const char *postcode, int huisnummer,
			      const char *toevoeging, int64_t since, struct melding_dubbel_row *out, int max)
{
	sqlite3_stmt *st = db_query(db, SQL_CANDIDATES, "titI", postcode, huisnummer, toevoeging, since);

	return db_fill(db, st, a, read_row, out, sizeof(*out), max, "melding dubbel");
}
