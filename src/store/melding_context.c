/*
 * melding_context.c - the SQL of a melding's context (see melding_context.h).
 */
#include "store/melding_context.h"
#include "db/db.h"

#include <string.h>

/*
 * Each list names its index (INDEXED BY, as melding_list.c does): with the
 * statistics of a big database the planner may otherwise take the plain
 * melding_address and sort every melding of the address.
 */
#define CONTEXT_COLUMNS \
	"SELECT m.id, m.referentie, m.ontvangen_op, m.ontvangen_dag, c.naam, m.adres_tekst, m.status, m.wijk_id," \
	" m.created_by, m.duplicaat_van, m.anoniem FROM melding m"
#define CATEGORY " JOIN category c ON c.id = m.category_id"

/* ?1 the melding, ?2 since, ?3 the limit, then the address. */
const char MELDING_CONTEXT_SQL_ADRES[] = CONTEXT_COLUMNS " INDEXED BY melding_address_recent" CATEGORY
	" WHERE m.address_id = ?4 AND m.ontvangen_op >= ?2 AND m.id <> ?1 ORDER BY m.ontvangen_op DESC LIMIT ?3";
/* Without a matched address: the typed postcode, house number and toevoeging. */
const char MELDING_CONTEXT_SQL_HUIS[] = CONTEXT_COLUMNS " INDEXED BY melding_postcode_recent" CATEGORY
	" WHERE m.postcode = ?4 AND m.postcode <> '' AND m.ontvangen_op >= ?2 AND m.huisnummer = ?5"
	" AND m.toevoeging = ?6 AND m.id <> ?1 ORDER BY m.ontvangen_op DESC LIMIT ?3";
/* The other house numbers of the postcode (the same one is the address list's). */
const char MELDING_CONTEXT_SQL_POSTCODE[] = CONTEXT_COLUMNS " INDEXED BY melding_postcode_recent" CATEGORY
	" WHERE m.postcode = ?4 AND m.postcode <> '' AND m.ontvangen_op >= ?2"
	" AND NOT (m.huisnummer IS ?5 AND m.toevoeging = ?6) AND m.id <> ?1 ORDER BY m.ontvangen_op DESC LIMIT ?3";
/* The key is read from the melding itself: the struct does not carry it. ?2 is unused (any date). */
const char MELDING_CONTEXT_SQL_SLEUTEL[] = CONTEXT_COLUMNS " INDEXED BY melding_melder_recent" CATEGORY
	" WHERE m.melder_sleutel = (SELECT k.melder_sleutel FROM melding k WHERE k.id = ?1 AND k.anoniem = 0)"
	" AND m.melder_sleutel IS NOT NULL AND m.id <> ?1 AND ?2 IS NOT NULL ORDER BY m.ontvangen_op DESC LIMIT ?3";
const char MELDING_CONTEXT_SQL_TELEFOON[] = CONTEXT_COLUMNS " INDEXED BY melding_telefoon_recent" CATEGORY
	" WHERE m.melder_telefoon = ?4 AND m.melder_telefoon <> '' AND m.id <> ?1 AND ?2 IS NOT NULL"
	" ORDER BY m.ontvangen_op DESC LIMIT ?3";
static const char SQL_DUPLICATEN[] = CONTEXT_COLUMNS " INDEXED BY melding_duplicaat" CATEGORY
	" WHERE m.duplicaat_van = ?1 AND ?2 IS NOT NULL ORDER BY m.ontvangen_op, m.id LIMIT ?3";

static const char SQL_SET_DUPLICAAT[] = "UPDATE melding SET duplicaat_van = ?2 WHERE id = ?1 AND duplicaat_van IS NULL";
static const char SQL_CLEAR_DUPLICAAT[] = "UPDATE melding SET duplicaat_van = NULL WHERE id = ?1";

static int read_row(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct melding_context_row *r = row;
	int s;

	r->id = sqlite3_column_int64(st, 0);
	db_copy_text(st, 1, r->referentie, sizeof(r->referentie));
	r->ontvangen_op = sqlite3_column_int64(st, 2);
	r->ontvangen_dag = sqlite3_column_int(st, 3);
	r->categorie_naam = db_text(st, 4, a);
	r->adres_tekst = db_text(st, 5, a);
	s = melding_status_parse(db_borrow(st, 6));
	r->status = s < 0 ? MS_NIEUW : (enum melding_status)s;
	r->wijk_id = sqlite3_column_int64(st, 7);
	r->created_by = sqlite3_column_int64(st, 8);
	r->duplicaat_van = sqlite3_column_int64(st, 9);
	r->anoniem = sqlite3_column_int(st, 10);
	return 0;
}

static int fill(struct db *db, struct arena *a, sqlite3_stmt *st, struct melding_context_row *rows, int max)
{
	return db_fill(db, st, a, read_row, rows, sizeof(*rows), max, "melding context");
}

int melding_context_adres(struct db *db, struct arena *a, const struct melding *m, int64_t since,
			  struct melding_context_row *rows, int max)
{
	if (m->address_id)
		return fill(db, a, db_query(db, MELDING_CONTEXT_SQL_ADRES, "IIiI", m->id, since, max, m->address_id),
			    rows, max);
	if (!m->postcode[0] || !m->huisnummer)
		return 0;
	return fill(db, a, db_query(db, MELDING_CONTEXT_SQL_HUIS, "IIitit", m->id, since, max, m->postcode,
				    m->huisnummer, m->toevoeging), rows, max);
}

int melding_context_postcode(struct db *db, struct arena *a, const struct melding *m, int64_t since,
			     struct melding_context_row *rows, int max)
{
	if (!m->postcode[0])
		return 0;
	sqlite3_stmt *st = db_query(db, MELDING_CONTEXT_SQL_POSTCODE, "IIit", m->id, since, max, m->postcode);
	/* A melding without a house number: every other one of the postcode is "another house". */
	if (st && (m->huisnummer ? sqlite3_bind_int(st, 5, m->huisnummer) : sqlite3_bind_null(st, 5)) == SQLITE_OK &&
	    sqlite3_bind_text(st, 6, m->huisnummer ? m->toevoeging : "\x01", -1, SQLITE_TRANSIENT) == SQLITE_OK)
		return fill(db, a, st, rows, max);
	if (st)
		db_done(st);
	return -1;
}

/* Adds the rows of `more` not in rows yet, keeping rows newest first and at most max. */
static int merge(struct melding_context_row *rows, int n, const struct melding_context_row *more, int k, int max)
{
	for (int j = 0; j < k; j++) {
		int seen = 0, at;
		for (int i = 0; i < n && !seen; i++)
			seen = rows[i].id == more[j].id;
		if (seen)
			continue;
		for (at = n; at > 0 && rows[at - 1].ontvangen_op < more[j].ontvangen_op; at--)
			;
		if (at >= max)
			continue;
		if (n == max)
			n--;
		memmove(&rows[at + 1], &rows[at], (size_t)(n - at) * sizeof(*rows));
		rows[at] = more[j];
		n++;
	}
	return n;
}

int melding_context_melder(struct db *db, struct arena *a, const struct melding *m,
			   struct melding_context_row *rows, int max)
{
	struct melding_context_row *phone;
	int n, k;

	if (m->anoniem || max <= 0)
		return 0;
	n = fill(db, a, db_query(db, MELDING_CONTEXT_SQL_SLEUTEL, "IIi", m->id, (int64_t)0, max), rows, max);
	if (n < 0 || !m->melder_telefoon || !m->melder_telefoon[0])
		return n;
	phone = arena_alloc(a, (size_t)max * sizeof(*phone));
	k = fill(db, a, db_query(db, MELDING_CONTEXT_SQL_TELEFOON, "IIit", m->id, (int64_t)0, max, m->melder_telefoon),
		 phone, max);
	if (k < 0)
		return -1;
	return merge(rows, n, phone, k, max);
}

int melding_context_duplicaten(struct db *db, struct arena *a, int64_t id, struct melding_context_row *rows, int max)
{
	return fill(db, a, db_query(db, SQL_DUPLICATEN, "IIi", id, (int64_t)0, max), rows, max);
}

enum store_result melding_set_duplicaat(struct db *db, int64_t id, int64_t van)
{
	int n = van ? db_exec(db, SQL_SET_DUPLICAAT, "II", id, van) : db_exec(db, SQL_CLEAR_DUPLICAAT, "I", id);

	if (n < 0)
		return STORE_ERROR;
	return n == 0 && van ? STORE_CONFLICT : STORE_OK;
}
