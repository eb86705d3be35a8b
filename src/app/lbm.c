/*
 * lbm.c - loading the Leefbaarometer's table (see lbm.h).
 */
#include "app/lbm.h"
#include "db/db.h"
#include "lib/log.h"
#include "store/area.h"
#include "store/audit.h"
#include "store/lbm.h"

#include <stdio.h>
#include <string.h>

enum app_result lbm_import(struct db *db, const struct actor *who, const char *data, size_t len,
			   const char *bestandsnaam, int64_t now, struct lbm_import_result *res)
{
	struct areaimport_lookup lookup;
	enum store_result r = STORE_OK;
	char detail[300];

	memset(res, 0, sizeof(*res));
	if (!db) {
		memset(&res->file, 0, sizeof(res->file));
		return APP_UNAVAILABLE;
	}
	area_lookup_init(&lookup, db);
	if (lbm_parse(&res->file, data, len, &lookup) < 0)
		return APP_INVALID;
	lbm_jaren_tekst(&res->file, res->jaren, sizeof(res->jaren));
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	r = lbm_store_import(db, who->user_id, now, bestandsnaam, (int)res->file.n_rows, res->jaren, &res->import_id);
	for (size_t i = 0; r == STORE_OK && i < res->file.n_rows; i++)
		r = lbm_store_put(db, &res->file.rows[i], res->import_id);
	snprintf(detail, sizeof(detail), "%zu regels; %s", res->file.n_rows, res->jaren);
	if (r != STORE_OK || audit_record(db, who, "geimporteerd", "leefbaarometer", bestandsnaam, detail) < 0 ||
	    db_commit(db) < 0) {
		if (db_in_tx(db))
			db_rollback(db);
		return APP_UNAVAILABLE;
	}
	return APP_OK;
}

void lbm_import_release(struct lbm_import_result *res)
{
	lbm_release(&res->file);
}
