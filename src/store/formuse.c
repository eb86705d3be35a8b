/*
 * formuse.c - one melding per public form token (see formuse.h).
 */
#include "store/formuse.h"
#include "db/db.h"

#include <string.h>

static const char SQL_GET[] = "SELECT melding_id, inhoud_hash FROM form_use WHERE token_hash = ?";
static const char SQL_ADD[] = "INSERT INTO form_use(token_hash, inhoud_hash, melding_id, at) VALUES (?, ?, ?, ?)";
static const char SQL_SWEEP[] = "DELETE FROM form_use WHERE at < ?";

static int read_use(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct form_use *u = row;

	(void)a;
	u->melding_id = sqlite3_column_int64(st, 0);
	if (sqlite3_column_bytes(st, 1) == 32)
		memcpy(u->inhoud_hash, sqlite3_column_blob(st, 1), 32);
	return 0;
}

enum store_result form_use_get(struct db *db, const unsigned char token_hash[32], struct form_use *out)
{
	memset(out, 0, sizeof(*out));
	int found = db_one(db, db_query(db, SQL_GET, "b", token_hash, 32), NULL, read_use, out, "form use");
	return found < 0 ? STORE_ERROR : found ? STORE_OK : STORE_NOTFOUND;
}

enum store_result form_use_add(struct db *db, const unsigned char token_hash[32], const unsigned char inhoud_hash[32],
			       int64_t melding_id, int64_t now)
{
	int rc = db_exec(db, SQL_ADD, "bbII", token_hash, 32, inhoud_hash, 32, melding_id, now);
	return rc == -2 ? STORE_CONFLICT : rc < 0 ? STORE_ERROR : STORE_OK;
}

int form_use_sweep(struct db *db, int64_t before)
{
	int n = db_exec_alone(db, SQL_SWEEP, "I", before);
	return n < 0 ? -1 : n;
}
