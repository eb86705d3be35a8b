/*
 * outbox.c - the SQL of the outbox.
 */
#include "store/outbox.h"
#include "db/db.h"

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

static int read_msg(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct outbox_msg *x = row;

	x->id = sqlite3_column_int64(st, 0);
	x->melding_id = sqlite3_column_int64(st, 1);
	x->created_at = sqlite3_column_int64(st, 2);
	x->verzonden_op = sqlite3_column_int64(st, 3);
	x->volgende_poging = sqlite3_column_int64(st, 4);
	x->pogingen = sqlite3_column_int(st, 5);
	x->soort = db_text(st, 6, a);
	x->aan = db_text(st, 7, a);
	x->onderwerp = db_text(st, 8, a);
	x->tekst = db_text(st, 9, a);
	x->laatste_fout = db_text(st, 10, a);
	return 0;
}

/* At most cap messages of a bound statement into *out. */
static int list(struct db *db, struct arena *a, sqlite3_stmt *st, struct outbox_msg **out, int cap)
{
	*out = arena_alloc(a, (size_t)(cap > 0 ? cap : 1) * sizeof(**out));
	return db_fill(db, st, a, read_msg, *out, sizeof(**out), cap, "outbox");
}

int outbox_for_melding(struct db *db, struct arena *a, int64_t melding_id, struct outbox_msg **out)
{
	return list(db, a, db_query(db, SQL_FOR_MELDING, "I", melding_id), out, 64);
}

int outbox_due(struct db *db, struct arena *a, int64_t now, int max, struct outbox_msg **out)
{
	return list(db, a, db_query(db, SQL_DUE, "Ii", now, max), out, max);
}

enum store_result outbox_sent(struct db *db, int64_t id, int64_t now)
{
	return db_exec(db, SQL_SENT, "II", now, id) < 0 ? STORE_ERROR : STORE_OK;
}

enum store_result outbox_failed(struct db *db, int64_t id, int64_t next_attempt, const char *error)
{
	return db_exec(db, SQL_FAILED, "ItI", next_attempt, error, id) < 0 ? STORE_ERROR : STORE_OK;
}
