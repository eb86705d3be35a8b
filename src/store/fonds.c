/*
 * fonds.c - the SQL of the leefbaarheidsfonds (see fonds.h).
 */
#include "store/fonds.h"
#include "db/db.h"

#include <string.h>

static const char SQL_BUDGET_GET[] = "SELECT budget_cent FROM fonds_budget WHERE wijk_id = ? AND jaar = ?";
static const char SQL_BUDGET_SET[] =
	"INSERT INTO fonds_budget(wijk_id, jaar, budget_cent, user_id, gewijzigd_op) VALUES (?, ?, ?, ?, ?)"
	" ON CONFLICT (wijk_id, jaar) DO UPDATE SET budget_cent = excluded.budget_cent, user_id = excluded.user_id,"
	" gewijzigd_op = excluded.gewijzigd_op";
static const char SQL_ADD[] =
	"INSERT INTO fonds_boeking(initiatief_id, soort, bedrag_cent, dag, omschrijving, correctie_van, user_id,"
	" vastgelegd_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
static const char SQL_ROWS[] =
	"SELECT f.id, f.soort, f.bedrag_cent, coalesce(f.correctie_van, 0), f.initiatief_id, f.dag, f.omschrijving,"
	" coalesce(u.naam, ''), f.vastgelegd_op FROM fonds_boeking f LEFT JOIN user u ON u.id = f.user_id"
	" WHERE f.initiatief_id = ? ORDER BY f.id";
static const char SQL_WIJKEN[] =
	"SELECT a.id, a.code, a.naam, coalesce(b.budget_cent, -1) FROM area a"
	" LEFT JOIN fonds_budget b ON b.wijk_id = a.id AND b.jaar = ? WHERE a.soort = 'wijk' ORDER BY a.naam, a.id";
static const char SQL_REGELS[] =
	"SELECT i.id, i.wijk_id, i.referentie, i.titel, i.status, i.bedrag_gevraagd_cent,"
	" (SELECT coalesce(sum(f.bedrag_cent), 0) FROM fonds_boeking f WHERE f.initiatief_id = i.id AND f.soort = 'toekenning'),"
	" (SELECT coalesce(sum(f.bedrag_cent), 0) FROM fonds_boeking f WHERE f.initiatief_id = i.id AND f.soort = 'betaling'),"
	" coalesce(i.besloten_op, 0), i.besluit_reden"
	" FROM initiatief i WHERE i.jaar = ?1 AND (?2 = 0 OR i.wijk_id = ?2)"
	" AND (i.besloten_op IS NOT NULL OR EXISTS (SELECT 1 FROM fonds_boeking f WHERE f.initiatief_id = i.id))"
	" ORDER BY i.wijk_id, i.referentie";

enum store_result fonds_budget_get(struct db *db, int64_t wijk_id, int jaar, int64_t *cent)
{
	return store_result_of(db_one(db, db_query(db, SQL_BUDGET_GET, "Ii", wijk_id, jaar), NULL, db_read_int64, cent,
				      "fonds budget"));
}

enum store_result fonds_budget_set(struct db *db, int64_t wijk_id, int jaar, int64_t cent, int64_t user_id,
				   int64_t now)
{
	return store_result_exec(db_exec(db, SQL_BUDGET_SET, "IiINI", wijk_id, jaar, cent, user_id, now));
}

enum store_result fonds_boeking_add(struct db *db, struct fonds_boeking *row, int64_t user_id, int64_t now)
{
	int rc = db_exec(db, SQL_ADD, "ItIitNNI", row->initiatief_id, boeking_soort_ids[row->b.soort], row->b.bedrag_cent,
			 (int)row->dag, row->omschrijving ? row->omschrijving : "", row->b.correctie_van, user_id, now);
	enum store_result r = store_result_exec(rc);
	if (r == STORE_OK)
		row->b.id = db_last_id(db);
	return r;
}

static void read_boeking(sqlite3_stmt *st, struct boeking *b)
{
	b->id = sqlite3_column_int64(st, 0);
	b->soort = boeking_soort_parse(db_borrow(st, 1)) == BOEKING_BETALING ? BOEKING_BETALING : BOEKING_TOEKENNING;
	b->bedrag_cent = sqlite3_column_int64(st, 2);
	b->correctie_van = sqlite3_column_int64(st, 3);
}

static int read_row(sqlite3_stmt *st, struct arena *a, void *out)
{
	struct fonds_boeking *r = out;

	memset(r, 0, sizeof(*r));
	read_boeking(st, &r->b);
	r->initiatief_id = sqlite3_column_int64(st, 4);
	r->dag = (int32_t)sqlite3_column_int64(st, 5);
	r->omschrijving = db_text(st, 6, a);
	r->door = db_text(st, 7, a);
	r->vastgelegd_op = sqlite3_column_int64(st, 8);
	return 0;
}

static int read_amount(sqlite3_stmt *st, struct arena *a, void *out)
{
	(void)a;
	read_boeking(st, out);
	return 0;
}

int fonds_boekingen(struct db *db, struct arena *a, int64_t initiatief_id, struct fonds_boeking **out)
{
	int n = -1;
	*out = db_rows(db, db_query(db, SQL_ROWS, "I", initiatief_id), a, read_row, sizeof(**out), &n, "fonds boekingen");
	return n;
}

int fonds_boeking_bedragen(struct db *db, struct arena *a, int64_t initiatief_id, struct boeking **out)
{
	int n = -1;
	*out = db_rows(db, db_query(db, SQL_ROWS, "I", initiatief_id), a, read_amount, sizeof(**out), &n,
		       "fonds boekingen");
	return n;
}

static int read_wijk(sqlite3_stmt *st, struct arena *a, void *out)
{
	struct fonds_wijk *w = out;

	w->wijk_id = sqlite3_column_int64(st, 0);
	w->code = db_text(st, 1, a);
	w->naam = db_text(st, 2, a);
	w->budget_cent = sqlite3_column_int64(st, 3);
	return 0;
}

int fonds_wijken(struct db *db, struct arena *a, int jaar, struct fonds_wijk **out)
{
	int n = -1;
	*out = db_rows(db, db_query(db, SQL_WIJKEN, "i", jaar), a, read_wijk, sizeof(**out), &n, "fonds wijken");
	return n;
}

static int read_regel(sqlite3_stmt *st, struct arena *a, void *out)
{
	struct fonds_regel *r = out;
	int s = initiatief_status_parse(db_borrow(st, 4));

	r->initiatief_id = sqlite3_column_int64(st, 0);
	r->wijk_id = sqlite3_column_int64(st, 1);
	r->referentie = db_text(st, 2, a);
	r->titel = db_text(st, 3, a);
	r->status = s < 0 ? INI_INGEDIEND : (enum initiatief_status)s;
	r->gevraagd_cent = sqlite3_column_int64(st, 5);
	r->toegekend_cent = sqlite3_column_int64(st, 6);
	r->besteed_cent = sqlite3_column_int64(st, 7);
	r->besloten_op = sqlite3_column_int64(st, 8);
	r->besluit_reden = db_text(st, 9, a);
	return 0;
}

int fonds_regels(struct db *db, struct arena *a, int jaar, int64_t wijk_id, struct fonds_regel **out)
{
	int n = -1;
	*out = db_rows(db, db_query(db, SQL_REGELS, "iI", jaar, wijk_id), a, read_regel, sizeof(**out), &n,
		       "fonds regels");
	return n;
}
