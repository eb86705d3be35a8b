/*
 * outbox.c - the SQL of the outbox.
 */
#include "store/outbox.h"
#include "db/db.h"
#include "lib/log.h"

#include <string.h>

static const char SQL_ADD[] =
	"INSERT INTO outbox(melding_id, soort, aan, onderwerp, tekst, created_at, volgende_poging)"
	" VALUES (?, ?, ?, ?, ?, ?, ?)";
#define COLS "id, coalesce(melding_id, 0), created_at, coalesce(verzonden_op, 0), volgende_poging, pogingen," \
	     " soort, aan, onderwerp, tekst, laatste_fout"
static const char SQL_FOR_MELDING[] = "SELECT " COLS " FROM outbox WHERE melding_id = ? ORDER BY id";
static const char SQL_DUE[] =
	"SELECT " COLS " FROM outbox WHERE verzonden_op IS NULL AND aan <> '' AND volgende_poging <= ?"
	" ORDER BY volgende_poging LIMIT ?";
static const char SQL_SENT[] = "UPDATE outbox SET verzonden_op = ?, pogingen = pogingen + 1, laatste_fout = '' WHERE id = ?";
static const char SQL_FAILED[] =
	"UPDATE outbox SET pogingen = pogingen + 1, volgende_poging = ?, laatste_fout = ? WHERE id = ?";

enum store_result outbox_add(struct db *db, int64_t melding_id, const char *soort, const char *aan,
			     const char *onderwerp, const char *tekst, int64_t now)
{
	return db_exec(db, SQL_ADD, "NttttII", melding_id, soort, aan ? aan : "", onderwerp, tekst, now, now) < 0
		? STORE_ERROR : STORE_OK;
}

static int list(struct db *db, struct arena *a, sqlite3_stmt *st, struct outbox_msg **out, int cap)
{
	struct outbox_msg *m = arena_alloc(a, (size_t)cap * sizeof(*m));
	int n = 0, rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (n >= cap)
			continue;
		struct outbox_msg *x = &m[n++];
		x->id = sqlite3_column_int64(st, 0);
		x->melding_id = sqlite3_column_int64(st, 1);
		x->created_at = sqlite3_column_int64(st, 2);
		x->verzonden_op = sqlite3_column_int64(st, 3);
		x->volgende_poging = sqlite3_column_int64(st, 4);
		x->pogingen = sqlite3_column_int(st, 5);
		x->soort = arena_strdup(a, (const char *)sqlite3_column_text(st, 6));
		x->aan = arena_strdup(a, (const char *)sqlite3_column_text(st, 7));
		x->onderwerp = arena_strdup(a, (const char *)sqlite3_column_text(st, 8));
		x->tekst = arena_strdup(a, (const char *)sqlite3_column_text(st, 9));
		x->laatste_fout = arena_strdup(a, (const char *)sqlite3_column_text(st, 10));
	}
	db_done(st);
	*out = m;
	return rc == SQLITE_DONE ? n : log_error("outbox: %s", sqlite3_errmsg(db_handle(db)));
}

int outbox_for_melding(struct db *db, struct arena *a, int64_t melding_id, struct outbox_msg **out)
{
	sqlite3_stmt *st = db_stmt(db, SQL_FOR_MELDING);
	if (!st || db_bindf(st, "I", melding_id) < 0)
		return -1;
	return list(db, a, st, out, 64);
}

int outbox_due(struct db *db, struct arena *a, int64_t now, int max, struct outbox_msg **out)
{
	sqlite3_stmt *st = db_stmt(db, SQL_DUE);
	if (!st || db_bindf(st, "Ii", now, max) < 0)
		return -1;
	return list(db, a, st, out, max);
}

enum store_result outbox_sent(struct db *db, int64_t id, int64_t now)
{
	return db_exec(db, SQL_SENT, "II", now, id) < 0 ? STORE_ERROR : STORE_OK;
}

enum store_result outbox_failed(struct db *db, int64_t id, int64_t next_attempt, const char *error)
{
	return db_exec(db, SQL_FAILED, "ItI", next_attempt, error, id) < 0 ? STORE_ERROR : STORE_OK;
}
