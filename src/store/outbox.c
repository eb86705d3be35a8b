/*
 * outbox.c - the SQL of the outbox, and the status link kept out of it.
 */
#include "store/outbox.h"
#include "db/db.h"
#include "lib/buf.h"

#include <string.h>

static const char SQL_ADD[] =
	"INSERT INTO outbox(melding_id, initiatief_id, soort, aan, onderwerp, tekst, created_at, volgende_poging)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
#define COLS "id, coalesce(melding_id, 0), created_at, coalesce(verzonden_op, 0), volgende_poging, pogingen," \
	     " soort, aan, onderwerp, tekst, laatste_fout, message_id, coalesce(initiatief_id, 0)"
static const char SQL_FOR_MELDING[] = "SELECT " COLS " FROM outbox WHERE melding_id = ? ORDER BY id";
static const char SQL_DUE[] =
	"SELECT " COLS " FROM outbox WHERE verzonden_op IS NULL AND aan <> '' AND volgende_poging <= ?"
	" ORDER BY volgende_poging LIMIT ?";
static const char SQL_SENT[] = "UPDATE outbox SET verzonden_op = ?, pogingen = pogingen + 1, laatste_fout = '' WHERE id = ?";
static const char SQL_MESSAGE_ID[] = "UPDATE outbox SET message_id = ? WHERE id = ? AND message_id = ''";
static const char SQL_FAILED[] =
	"UPDATE outbox SET pogingen = pogingen + 1, volgende_poging = ?, laatste_fout = ? WHERE id = ?";

#define STATUS_PATH "/melding/status/"
#define INITIATIEF_PATH "/initiatief/status/"   /* an applicant's (issue 18) */

static int token_char(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

/* What can stand before a URL in a text: where the link starts. */
static int before_url(char c)
{
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '<' || c == '(' || c == '"' || c == '\'';
}

/*
 * tekst with every status link, from the start of its URL to the end of
 * its token, replaced by OUTBOX_STATUS_LINK. Here rather than in each
 * caller, so no way of queueing a message can store the link.
 */
static const char *next_link(const char *p, size_t *len)
{
	const char *m = strstr(p, STATUS_PATH), *i = strstr(p, INITIATIEF_PATH);

	if (i && (!m || i < m)) {
		*len = strlen(INITIATIEF_PATH);
		return i;
	}
	*len = strlen(STATUS_PATH);
	return m;
}

static void redact_links(const char *tekst, struct buf *out)
{
	const char *p = tekst, *hit;
	size_t len;

	while ((hit = next_link(p, &len))) {
		const char *start = hit, *end = hit + len;
		while (start > p && !before_url(start[-1]))
			start--;
		while (token_char(*end))
			end++;
		buf_add(out, p, (size_t)(start - p));
		buf_addstr(out, OUTBOX_STATUS_LINK);
		p = end;
	}
	buf_addstr(out, p);
}

static enum store_result add(struct db *db, int64_t melding_id, int64_t initiatief_id, const char *soort,
			     const char *aan, const char *onderwerp, const char *tekst, int64_t now)
{
	struct buf safe = BUF_INIT;

	redact_links(tekst, &safe);
	int rc = db_exec(db, SQL_ADD, "NNttttII", melding_id, initiatief_id, soort, aan ? aan : "", onderwerp, safe.buf,
			 now, now);
	buf_release(&safe);
	return rc < 0 ? STORE_ERROR : STORE_OK;
}

enum store_result outbox_add(struct db *db, int64_t melding_id, const char *soort, const char *aan,
			     const char *onderwerp, const char *tekst, int64_t now)
{
	return add(db, melding_id, 0, soort, aan, onderwerp, tekst, now);
}

enum store_result outbox_add_initiatief(struct db *db, int64_t initiatief_id, const char *soort, const char *aan,
					const char *onderwerp, const char *tekst, int64_t now)
{
	return add(db, 0, initiatief_id, soort, aan, onderwerp, tekst, now);
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
	x->message_id = db_text(st, 11, a);
	x->initiatief_id = sqlite3_column_int64(st, 12);
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

enum store_result outbox_set_message_id(struct db *db, int64_t id, const char *message_id)
{
	return db_exec(db, SQL_MESSAGE_ID, "tI", message_id, id) < 0 ? STORE_ERROR : STORE_OK;
}

enum store_result outbox_failed(struct db *db, int64_t id, int64_t next_attempt, const char *error)
{
	return db_exec(db, SQL_FAILED, "ItI", next_attempt, error, id) < 0 ? STORE_ERROR : STORE_OK;
}
