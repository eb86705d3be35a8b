/*
 * initiatief.c - the SQL of bewonersinitiatieven (see initiatief.h).
 */
#include "store/initiatief.h"
#include "db/db.h"
#include "lib/arena.h"
#include "lib/buf.h"

#include <stdio.h>
#include <string.h>

/* Granted and spent come from the ledger rows, each time. */
#define COLUMNS "i.id, i.referentie, i.jaar, i.ingediend_op, i.gewijzigd_op, coalesce(i.besloten_op, 0)," \
	" i.titel, i.wat, i.waar, i.voor_wie, i.bedrag_gevraagd_cent, i.wijk_id, coalesce(i.buurt_id, 0)," \
	" coalesce(i.complex_id, 0), coalesce(w.code, ''), coalesce(w.naam, ''), coalesce(b.naam, '')," \
	" i.aanvrager_naam, i.aanvrager_email, i.aanvrager_telefoon, i.status, i.besluit_reden," \
	" coalesce(u.naam, ''), i.eindverslag," \
	" (SELECT coalesce(sum(f.bedrag_cent), 0) FROM fonds_boeking f WHERE f.initiatief_id = i.id AND f.soort = 'toekenning')," \
	" (SELECT coalesce(sum(f.bedrag_cent), 0) FROM fonds_boeking f WHERE f.initiatief_id = i.id AND f.soort = 'betaling')"
#define FROM " FROM initiatief i LEFT JOIN area w ON w.id = i.wijk_id LEFT JOIN area b ON b.id = i.buurt_id" \
	" LEFT JOIN user u ON u.id = i.besloten_door"

static const char SQL_BY_ID[] = "SELECT " COLUMNS FROM " WHERE i.id = ?";
static const char SQL_BY_REF[] = "SELECT " COLUMNS FROM " WHERE i.referentie = ?";
static const char SQL_BY_TOKEN[] = "SELECT " COLUMNS FROM " WHERE i.status_token_hash = ?";
static const char SQL_NEXT_SEQ[] =
	"SELECT coalesce(max(CAST(substr(referentie, 8) AS INTEGER)), 0) + 1 FROM initiatief WHERE referentie LIKE ?";
static const char SQL_INSERT[] =
	"INSERT INTO initiatief(referentie, jaar, ingediend_op, titel, wat, waar, voor_wie, bedrag_gevraagd_cent,"
	" wijk_id, buurt_id, complex_id, aanvrager_naam, aanvrager_email, aanvrager_telefoon, status_token_hash,"
	" gewijzigd_op, status_token_box) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
static const char SQL_TOKEN_BOX[] = "SELECT status_token_box FROM initiatief WHERE id = ?";
/* ?1 status ('', 'lopend' or one), ?2 wijk, ?3 jaar, ?4 all areas, ?5 ",id,id," of the viewer's wijken, ?8 buurt. */
#define WHERE " WHERE (?1 = '' OR i.status = ?1 OR (?1 = 'lopend' AND i.status IN ('ingediend', 'in_behandeling'," \
	" 'toegekend'))) AND (?2 = 0 OR i.wijk_id = ?2) AND (?3 = 0 OR i.jaar = ?3)" \
	" AND (?4 = 1 OR instr(?5, ',' || i.wijk_id || ',') > 0) AND (?8 = 0 OR i.buurt_id = ?8)"
static const char SQL_LIST[] = "SELECT " COLUMNS FROM WHERE " ORDER BY i.ingediend_op DESC, i.id DESC LIMIT ?6 OFFSET ?7";
static const char SQL_COUNT[] = "SELECT count(*) FROM initiatief i" WHERE;
static const char SQL_STATUS[] = "UPDATE initiatief SET status = ?, gewijzigd_op = ? WHERE id = ?";
static const char SQL_DECIDE[] =
	"UPDATE initiatief SET status = ?, besluit_reden = ?, besloten_door = ?, besloten_op = ?, gewijzigd_op = ?"
	" WHERE id = ?";
static const char SQL_CLOSE[] =
	"UPDATE initiatief SET status = 'afgerond', eindverslag = ?, gewijzigd_op = ? WHERE id = ?";
static const char SQL_TOETS_SET[] =
	"INSERT INTO initiatief_toets(initiatief_id, criterium, oordeel, notitie, user_id, gewijzigd_op)"
	" VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (initiatief_id, criterium) DO UPDATE SET oordeel = excluded.oordeel,"
	" notitie = excluded.notitie, user_id = excluded.user_id, gewijzigd_op = excluded.gewijzigd_op";
static const char SQL_TOETS_DEL[] = "DELETE FROM initiatief_toets WHERE initiatief_id = ? AND criterium = ?";
static const char SQL_TOETS_GET[] =
	"SELECT t.criterium, t.oordeel, t.notitie, coalesce(u.naam, ''), t.gewijzigd_op FROM initiatief_toets t"
	" LEFT JOIN user u ON u.id = t.user_id WHERE t.initiatief_id = ?";

static const char SQL_FORM_CLAIM[] = "INSERT INTO initiatief_formulier(token_hash, initiatief_id) VALUES (?, ?)";
static const char SQL_FORM_USED[] =
	"SELECT i.referentie FROM initiatief_formulier f JOIN initiatief i ON i.id = f.initiatief_id WHERE f.token_hash = ?";

static int read_ref(sqlite3_stmt *st, struct arena *a, void *out)
{
	(void)a;
	db_copy_text(st, 0, out, 16);
	return 0;
}

enum store_result initiatief_form_claim(struct db *db, const unsigned char hash[32], int64_t id)
{
	return store_result_exec(db_exec(db, SQL_FORM_CLAIM, "bI", hash, 32, id));
}

enum store_result initiatief_form_used(struct db *db, const unsigned char hash[32], char ref[16])
{
	return store_result_of(db_one(db, db_query(db, SQL_FORM_USED, "b", hash, 32), NULL, read_ref, ref,
				      "initiatief formulier"));
}

static int read_one(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct initiatief *x = row;

	memset(x, 0, sizeof(*x));
	x->id = sqlite3_column_int64(st, 0);
	db_copy_text(st, 1, x->referentie, sizeof(x->referentie));
	x->jaar = sqlite3_column_int(st, 2);
	x->ingediend_op = sqlite3_column_int64(st, 3);
	x->gewijzigd_op = sqlite3_column_int64(st, 4);
	x->besloten_op = sqlite3_column_int64(st, 5);
	x->titel = db_text(st, 6, a);
	x->wat = db_text(st, 7, a);
	x->waar = db_text(st, 8, a);
	x->voor_wie = db_text(st, 9, a);
	x->bedrag_gevraagd_cent = sqlite3_column_int64(st, 10);
	x->wijk_id = sqlite3_column_int64(st, 11);
	x->buurt_id = sqlite3_column_int64(st, 12);
	x->complex_id = sqlite3_column_int64(st, 13);
	x->wijk_code = db_text(st, 14, a);
	x->wijk_naam = db_text(st, 15, a);
	x->buurt_naam = db_text(st, 16, a);
	x->aanvrager_naam = db_text(st, 17, a);
	x->aanvrager_email = db_text(st, 18, a);
	x->aanvrager_telefoon = db_text(st, 19, a);
	int s = initiatief_status_parse(db_borrow(st, 20));
	x->status = s < 0 ? INI_INGEDIEND : (enum initiatief_status)s;
	x->besluit_reden = db_text(st, 21, a);
	x->besloten_door_naam = db_text(st, 22, a);
	x->eindverslag = db_text(st, 23, a);
	x->toegekend_cent = sqlite3_column_int64(st, 24);
	x->besteed_cent = sqlite3_column_int64(st, 25);
	return 0;
}

enum store_result initiatief_insert(struct db *db, const struct initiatief_new *n, char ref[16], int64_t *id)
{
	const struct initiatief_valid *v = n->v;
	char like[16];

	snprintf(like, sizeof(like), "I-%04d-%%", n->jaar % 10000);
	int64_t seq = db_int(db, SQL_NEXT_SEQ, -1, "t", like);
	if (seq < 0)
		return STORE_ERROR;
	initiatief_reference(n->jaar, seq, ref);
	int rc = db_exec(db, SQL_INSERT, "tiIttttIINNtttbIb", ref, n->jaar, n->now, v->titel, v->wat, v->waar, v->voor_wie,
			 v->bedrag_cent, n->wijk_id, n->buurt_id, n->complex_id, v->naam, v->email, v->telefoon,
			 n->token_hash, 32, n->now, n->token_box, (int)n->token_box_len);
	enum store_result r = store_result_exec(rc);
	if (r == STORE_OK)
		*id = db_last_id(db);
	return r;
}

enum store_result initiatief_token_box(struct db *db, int64_t id, unsigned char *out, size_t max, size_t *len)
{
	return store_result_of(db_one_blob(db, db_query(db, SQL_TOKEN_BOX, "I", id), out, max, len, "initiatief token"));
}

enum store_result initiatief_get(struct db *db, struct arena *a, int64_t id, struct initiatief *out)
{
	return store_result_of(db_one(db, db_query(db, SQL_BY_ID, "I", id), a, read_one, out, "initiatief"));
}

enum store_result initiatief_by_ref(struct db *db, struct arena *a, const char *ref, struct initiatief *out)
{
	return store_result_of(db_one(db, db_query(db, SQL_BY_REF, "t", ref), a, read_one, out, "initiatief"));
}

enum store_result initiatief_by_token(struct db *db, struct arena *a, const unsigned char hash[32],
				      struct initiatief *out)
{
	return store_result_of(db_one(db, db_query(db, SQL_BY_TOKEN, "b", hash, 32), a, read_one, out, "initiatief"));
}

/* ",1,4," of the viewer's wijken, for instr() in WHERE. */
static const char *id_list(struct arena *a, const struct initiatief_filter *f)
{
	struct buf b = BUF_INIT;

	buf_addstr(&b, ",");
	for (int i = 0; i < f->n_areas; i++)
		buf_addf(&b, "%lld,", (long long)f->areas[i]);
	const char *s = arena_strdup(a, b.buf);
	buf_release(&b);
	return s;
}

int initiatief_list(struct db *db, struct arena *a, const struct initiatief_filter *f, int limit, int64_t offset,
		    struct initiatief **out, int64_t *total)
{
	const char *status = f->status ? f->status : "";
	const char *ids = id_list(a, f);
	int n = -1;

	*total = db_int(db, SQL_COUNT, -1, "tIiitiII", status, f->wijk_id, f->jaar, f->all_areas ? 1 : 0, ids, 0,
			INT64_C(0), f->buurt_id);
	if (*total < 0)
		return -1;
	*out = db_rows(db, db_query(db, SQL_LIST, "tIiitiII", status, f->wijk_id, f->jaar, f->all_areas ? 1 : 0, ids,
				    limit, offset, f->buurt_id),
		       a, read_one, sizeof(**out), &n, "initiatief list");
	return n;
}

enum store_result initiatief_set_status(struct db *db, int64_t id, enum initiatief_status s, int64_t now)
{
	return store_result_exec(db_exec(db, SQL_STATUS, "tII", initiatief_status_ids[s], now, id));
}

enum store_result initiatief_decide(struct db *db, int64_t id, enum initiatief_status s, const char *reden,
				    int64_t user_id, int64_t now)
{
	return store_result_exec(db_exec(db, SQL_DECIDE, "ttNIII", initiatief_status_ids[s], reden, user_id, now, now, id));
}

enum store_result initiatief_close(struct db *db, int64_t id, const char *eindverslag, int64_t now)
{
	return store_result_exec(db_exec(db, SQL_CLOSE, "tII", eindverslag, now, id));
}

enum store_result initiatief_toets_set(struct db *db, int64_t id, enum initiatief_criterium c, enum toets_oordeel o,
				       const char *notitie, int64_t user_id, int64_t now)
{
	int rc;

	if (o == TOETS_OPEN)
		rc = db_exec(db, SQL_TOETS_DEL, "It", id, initiatief_criterium_ids[c]);
	else
		rc = db_exec(db, SQL_TOETS_SET, "ItttNI", id, initiatief_criterium_ids[c], toets_oordeel_ids[o],
			     notitie ? notitie : "", user_id, now);
	return rc < 0 ? store_result_exec(rc) : STORE_OK;
}

static int read_toets(sqlite3_stmt *st, struct arena *a, void *ctx)
{
	struct initiatief_toets *out = ctx;
	int c = initiatief_criterium_parse(db_borrow(st, 0));
	int o = toets_oordeel_parse(db_borrow(st, 1));

	if (c < 0 || o < 0)
		return 0;
	out[c].oordeel = (enum toets_oordeel)o;
	out[c].notitie = db_text(st, 2, a);
	out[c].door = db_text(st, 3, a);
	out[c].gewijzigd_op = sqlite3_column_int64(st, 4);
	return 0;
}

int initiatief_toets_get(struct db *db, struct arena *a, int64_t id, struct initiatief_toets out[CRIT__MAX])
{
	for (int i = 0; i < CRIT__MAX; i++)
		out[i] = (struct initiatief_toets){ TOETS_OPEN, "", "", 0 };
	return db_each(db, db_query(db, SQL_TOETS_GET, "I", id), a, read_toets, out, "initiatief toets");
}
