/*
 * address.c - the register look-up for meldingen (see address.h).
 */
#include "store/address.h"
#include "db/db.h"
#include "lib/log.h"

#include <stdio.h>
#include <string.h>

static const char SQL_EXACT[] =
	"SELECT a.id, a.buurt_id, b.wijk_id, a.complex_id, a.straat, a.woonplaats"
	" FROM address a JOIN area b ON b.id = a.buurt_id"
	" WHERE a.postcode = ? AND a.huisnummer = ? AND a.toevoeging = ? COLLATE NOCASE";
static const char SQL_POSTCODE_WIJKEN[] =
	"SELECT count(DISTINCT b.wijk_id), min(b.wijk_id), min(a.straat), min(a.woonplaats)"
	" FROM address a JOIN area b ON b.id = a.buurt_id WHERE a.postcode = ?";
static const char SQL_WIJK_OF[] = "SELECT wijk_id FROM area WHERE id = ?";

enum store_result address_match(struct db *db, const char *postcode, int huisnummer,
				const char *toevoeging, struct address_match *m)
{
	sqlite3_stmt *st = db_stmt(db, SQL_EXACT);
	int rc;

	memset(m, 0, sizeof(*m));
	if (!st || db_bindf(st, "tit", postcode, huisnummer, toevoeging ? toevoeging : "") < 0)
		return STORE_ERROR;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		m->kind = MATCH_ADDRESS;
		m->address_id = sqlite3_column_int64(st, 0);
		m->buurt_id = sqlite3_column_int64(st, 1);
		m->wijk_id = sqlite3_column_int64(st, 2);
		m->complex_id = sqlite3_column_int64(st, 3);
		snprintf(m->straat, sizeof(m->straat), "%s", (const char *)sqlite3_column_text(st, 4));
		snprintf(m->woonplaats, sizeof(m->woonplaats), "%s", (const char *)sqlite3_column_text(st, 5));
	}
	db_done(st);
	if (rc == SQLITE_ROW)
		return STORE_OK;
	if (rc != SQLITE_DONE)
		return log_error("address match: %s", sqlite3_errmsg(db_handle(db))), STORE_ERROR;

	st = db_stmt(db, SQL_POSTCODE_WIJKEN);
	if (!st || db_bindf(st, "t", postcode) < 0)
		return STORE_ERROR;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && sqlite3_column_int(st, 0) == 1) {
		/* A neighbour who is not a tenant: the street is known, the home is not ours. */
		m->kind = MATCH_POSTCODE_WIJK;
		m->wijk_id = sqlite3_column_int64(st, 1);
		snprintf(m->straat, sizeof(m->straat), "%s", (const char *)sqlite3_column_text(st, 2));
		snprintf(m->woonplaats, sizeof(m->woonplaats), "%s", (const char *)sqlite3_column_text(st, 3));
	}
	db_done(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return log_error("address match: %s", sqlite3_errmsg(db_handle(db))), STORE_ERROR;
	return STORE_OK;
}

int64_t area_wijk_of(struct db *db, int64_t area_id)
{
	return db_int(db, SQL_WIJK_OF, 0, "I", area_id);
}
