/*
 * herstel.c - the SQL of kept forms (see herstel.h).
 *
 * The fields are one blob, "name\0value\0" per field in the order posted:
 * no JSON to escape, and a form's repeated names (check boxes) stay.
 */
#include "store/herstel.h"
#include "db/db.h"
#include "lib/arena.h"
#include "lib/buf.h"

#include <string.h>

static const char SQL_SWEEP[] = "DELETE FROM herstel WHERE aangemaakt < ?";
static const char SQL_PER_IP[] = "SELECT count(*) FROM herstel WHERE ip = ? AND aangemaakt >= ?";
static const char SQL_INSERT[] =
	"INSERT INTO herstel(sleutel, user_id, pad, terug, velden, multipart, bestanden, ip, aangemaakt)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
static const char SQL_OWNER[] =
	"SELECT coalesce(user_id, 0) FROM herstel WHERE sleutel = ? AND aangemaakt >= ?";
static const char SQL_BIND[] = "UPDATE herstel SET user_id = ? WHERE sleutel = ? AND user_id IS NULL";
static const char SQL_DELETE[] = "DELETE FROM herstel WHERE sleutel = ?";
static const char SQL_GET[] =
	"SELECT pad, terug, velden, multipart, bestanden, aangemaakt FROM herstel"
	" WHERE sleutel = ? AND user_id = ? AND aangemaakt >= ?";

int herstel_sweep(struct db *db, int64_t now)
{
	return db_exec(db, SQL_SWEEP, "I", now - HERSTEL_LIFETIME);
}

enum store_result herstel_keep(struct db *db, const unsigned char hash[HERSTEL_KEY], const struct herstel *h,
			       const char *ip, int64_t now)
{
	struct buf velden = BUF_INIT;
	enum store_result r = STORE_ERROR;

	for (int i = 0; i < h->n_fields; i++) {
		buf_add(&velden, h->fields[i].name, strlen(h->fields[i].name) + 1);
		buf_add(&velden, h->fields[i].value, strlen(h->fields[i].value) + 1);
	}
	if (db_begin(db) < 0)
		goto out;
	if (herstel_sweep(db, now) < 0)
		goto fail;
	int64_t n = db_int(db, SQL_PER_IP, -1, "tI", ip, now - HERSTEL_LIFETIME);
	if (n < 0)
		goto fail;
	if (n >= HERSTEL_PER_IP_HOUR) {
		/* A flood from one address: keep nothing more (the sweep above still counts). */
		r = db_commit(db) < 0 ? STORE_ERROR : STORE_CONFLICT;
		goto out;
	}
	if (db_exec(db, SQL_INSERT, "bNttbiitI", hash, HERSTEL_KEY, h->user_id, h->pad, h->terug,
		    velden.buf, (int)velden.len, h->multipart, h->bestanden, ip, now) < 0)
		goto fail;
	r = db_commit(db) < 0 ? STORE_ERROR : STORE_OK;
	goto out;
fail:
	db_rollback(db);
out:
	buf_release(&velden);
	return r;
}

int herstel_claim(struct db *db, const unsigned char hash[HERSTEL_KEY], int64_t user_id, int64_t now)
{
	int64_t owner = db_int(db, SQL_OWNER, -1, "bI", hash, HERSTEL_KEY, now - HERSTEL_LIFETIME);

	if (owner < 0)
		return 0;   /* none, or expired (db_int() logged an error) */
	if (owner == user_id)
		return 1;
	if (db_begin(db) < 0)
		return -1;
	int rc;
	if (owner == 0)
		rc = db_exec(db, SQL_BIND, "Ib", user_id, hash, HERSTEL_KEY);
	else
		/* Another account's input: never shown to this one, and gone. */
		rc = db_exec(db, SQL_DELETE, "b", hash, HERSTEL_KEY);
	if (rc < 0) {
		db_rollback(db);
		return -1;
	}
	if (db_commit(db) < 0)
		return -1;
	return owner == 0 && rc > 0;
}

static int read_kept(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct herstel *h = row;
	const char *blob = sqlite3_column_blob(st, 2);
	size_t len = (size_t)sqlite3_column_bytes(st, 2);

	h->pad = db_text(st, 0, a);
	h->terug = db_text(st, 1, a);
	h->multipart = sqlite3_column_int(st, 3);
	h->bestanden = sqlite3_column_int(st, 4);
	h->aangemaakt = sqlite3_column_int64(st, 5);
	/* Count the NULs: two per field. A blob that does not end in one is cut there. */
	int nuls = 0;
	for (size_t i = 0; i < len; i++)
		nuls += !blob[i];
	h->n_fields = nuls / 2;
	h->fields = arena_alloc(a, sizeof(*h->fields) * (size_t)(h->n_fields + 1));
	char *copy = arena_alloc(a, len + 1);
	if (len)
		memcpy(copy, blob, len);
	copy[len] = '\0';
	char *p = copy;
	for (int i = 0; i < h->n_fields; i++) {
		h->fields[i].name = p;
		p += strlen(p) + 1;
		h->fields[i].value = p;
		p += strlen(p) + 1;
	}
	return 0;
}

enum store_result herstel_take(struct db *db, struct arena *a, const unsigned char hash[HERSTEL_KEY],
			       int64_t user_id, int64_t now, struct herstel *out)
{
	memset(out, 0, sizeof(*out));
	if (!user_id)
		return STORE_NOTFOUND;
	int one = db_one(db, db_query(db, SQL_GET, "bII", hash, HERSTEL_KEY, user_id, now - HERSTEL_LIFETIME),
			 a, read_kept, out, "herstel");
	if (one <= 0)
		return one < 0 ? STORE_ERROR : STORE_NOTFOUND;
	out->user_id = user_id;
	if (db_begin(db) < 0)
		return STORE_ERROR;
	int rc = db_exec(db, SQL_DELETE, "b", hash, HERSTEL_KEY);
	if (rc < 0) {
		db_rollback(db);
		return STORE_ERROR;
	}
	if (db_commit(db) < 0)
		return STORE_ERROR;
	/* Two tabs taking the same key at once: only the one that removed it shows it. */
	return rc > 0 ? STORE_OK : STORE_NOTFOUND;
}
