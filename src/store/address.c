/*
 * address.c - the register look-up for meldingen (see address.h).
 */
#include "store/address.h"
#include "db/db.h"

#include <string.h>

static const char SQL_EXACT[] =
	"SELECT a.id, a.buurt_id, b.wijk_id, a.complex_id, a.straat, a.woonplaats"
	" FROM address a JOIN area b ON b.id = a.buurt_id"
	" WHERE a.postcode = ? AND a.huisnummer = ? AND a.toevoeging = ? COLLATE NOCASE";
static const char SQL_POSTCODE_WIJKEN[] =
	"SELECT count(DISTINCT b.wijk_id), min(b.wijk_id), min(a.straat), min(a.woonplaats)"
	" FROM address a JOIN area b ON b.id = a.buurt_id WHERE a.postcode = ?";
static const char SQL_WIJK_OF[] = "SELECT wijk_id FROM area WHERE id = ?";

static int read_exact(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct address_match *m = row;

	(void)a;
	m->kind = MATCH_ADDRESS;
	m->address_id = sqlite3_column_int64(st, 0);
	m->buurt_id = sqlite3_column_int64(st, 1);
	m->wijk_id = sqlite3_column_int64(st, 2);
	m->complex_id = sqlite3_column_int64(st, 3);
	db_copy_text(st, 4, m->straat, sizeof(m->straat));
	db_copy_text(st, 5, m->woonplaats, sizeof(m->woonplaats));
	return 0;
}

static int read_postcode(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct address_match *m = row;

	(void)a;
	if (sqlite3_column_int(st, 0) != 1)
		return 0;
	/* A neighbour who is not a tenant: the street is known, the home is not ours. */
	m->kind = MATCH_POSTCODE_WIJK;
	m->wijk_id = sqlite3_column_int64(st, 1);
	db_copy_text(st, 2, m->straat, sizeof(m->straat));
	db_copy_text(st, 3, m->woonplaats, sizeof(m->woonplaats));
	return 0;
}

enum store_result address_match(struct db *db, const char *postcode, int huisnummer,
				const char *toevoeging, struct address_match *m)
{
	sqlite3_stmt *st = db_query(db, SQL_EXACT, "tit", postcode, huisnummer, toevoeging ? toevoeging : "");

	memset(m, 0, sizeof(*m));
	int rc = db_one(db, st, NULL, read_exact, m, "address match");
	if (rc != 0)
		return rc > 0 ? STORE_OK : STORE_ERROR;
	st = db_query(db, SQL_POSTCODE_WIJKEN, "t", postcode);
	return db_one(db, st, NULL, read_postcode, m, "address match") < 0 ? STORE_ERROR : STORE_OK;
}

int64_t area_wijk_of(struct db *db, int64_t area_id)
{
	return db_int(db, SQL_WIJK_OF, 0, "I", area_id);
}
