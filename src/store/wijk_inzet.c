/*
 * wijk_inzet.c - the SQL of the inzetniveau and the vertellen entries (see wijk_inzet.h).
 */
#include "store/wijk_inzet.h"
#include "db/db.h"

#include <string.h>

static const char SQL_INZET_INSERT[] =
	"INSERT INTO wijk_inzet(area_id, niveau, vanaf_dag, reden, user_id, vastgelegd_op) VALUES (?, ?, ?, ?, ?, ?)";
#define INZET_COLS \
	"SELECT i.id, i.area_id, coalesce(i.user_id, 0), i.vastgelegd_op, i.niveau, i.vanaf_dag, i.reden," \
	" coalesce(u.naam, '') FROM wijk_inzet i LEFT JOIN user u ON u.id = i.user_id"
static const char SQL_INZET_HISTORY[] = INZET_COLS " WHERE i.area_id = ? ORDER BY i.vanaf_dag DESC, i.id DESC";
static const char SQL_INZET_ON[] =
	INZET_COLS " WHERE i.area_id = ? AND i.vanaf_dag <= ? ORDER BY i.vanaf_dag DESC, i.id DESC LIMIT 1";

static const char SQL_VERTELLEN_INSERT[] =
	"INSERT INTO wijk_vertellen(area_id, dag, bron, partner_id, aanleiding, tekst, user_id, vastgelegd_op)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
#define VERTELLEN_COLS \
	"SELECT v.id, v.area_id, coalesce(v.partner_id, 0), coalesce(v.user_id, 0), v.vastgelegd_op, v.dag, v.bron," \
	" v.aanleiding, v.tekst, coalesce(p.naam, ''), coalesce(u.naam, ''), a.code, a.naam" \
	" FROM wijk_vertellen v JOIN area a ON a.id = v.area_id" \
	" LEFT JOIN partner p ON p.id = v.partner_id LEFT JOIN user u ON u.id = v.user_id"
/* A wijk's entries are its own and its buurten's (a buurt's parent is its wijk). */
#define VERTELLEN_AREAS " v.area_id IN (SELECT id FROM area WHERE id = ?1 OR (parent_id = ?1 AND soort = 'buurt'))"
static const char SQL_VERTELLEN_LIST[] =
	VERTELLEN_COLS " WHERE" VERTELLEN_AREAS " ORDER BY v.dag DESC, v.id DESC LIMIT ?3 OFFSET ?2";
static const char SQL_VERTELLEN_COUNT[] = "SELECT count(*) FROM wijk_vertellen v WHERE" VERTELLEN_AREAS;
static const char SQL_VERTELLEN_GET[] = VERTELLEN_COLS " WHERE v.id = ?";

static const char SQL_PARTNERS[] = "SELECT id, naam FROM partner WHERE actief = 1 ORDER BY naam COLLATE NOCASE, id";
static const char SQL_PARTNER[] = "SELECT id, naam FROM partner WHERE id = ? AND actief = 1";

static int pick(const char *const *ids, int n, const char *s)
{
	for (int i = 0; i < n; i++)
		if (!strcmp(ids[i], s))
			return i;
	return 0;
}

enum store_result wijk_inzet_insert(struct db *db, int64_t area_id, enum inzet_niveau niveau, int32_t vanaf,
				    const char *reden, int64_t user_id, int64_t now, int64_t *id)
{
	int rc = db_exec(db, SQL_INZET_INSERT, "ItItNI", area_id, inzet_niveau_ids[niveau], (int64_t)vanaf, reden,
			 user_id, now);

	if (rc < 0)
		return store_result_exec(rc);
	*id = db_last_id(db);
	return STORE_OK;
}

static int read_inzet(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct inzet_row *r = row;

	r->id = sqlite3_column_int64(st, 0);
	r->area_id = sqlite3_column_int64(st, 1);
	r->user_id = sqlite3_column_int64(st, 2);
	r->vastgelegd_op = sqlite3_column_int64(st, 3);
	r->niveau = (enum inzet_niveau)pick(inzet_niveau_ids, INZET__MAX, db_borrow(st, 4));
	r->vanaf = (int32_t)sqlite3_column_int64(st, 5);
	r->reden = db_text(st, 6, a);
	r->user_naam = db_text(st, 7, a);
	return 0;
}

int wijk_inzet_history(struct db *db, struct arena *a, int64_t area_id, struct inzet_row **out)
{
	int n;

	*out = db_rows(db, db_query(db, SQL_INZET_HISTORY, "I", area_id), a, read_inzet, sizeof(**out), &n,
		       "inzetniveau history");
	return n;
}

enum store_result wijk_inzet_on(struct db *db, struct arena *a, int64_t area_id, int32_t day, struct inzet_row *out)
{
	return store_result_of(db_one(db, db_query(db, SQL_INZET_ON, "II", area_id, (int64_t)day), a, read_inzet, out,
				      "inzetniveau"));
}

enum store_result wijk_vertellen_insert(struct db *db, int64_t area_id, int32_t dag, enum vertellen_bron bron,
					int64_t partner_id, enum vertellen_aanleiding aanleiding, const char *tekst,
					int64_t user_id, int64_t now, int64_t *id)
{
	int rc = db_exec(db, SQL_VERTELLEN_INSERT, "IItNttNI", area_id, (int64_t)dag, vertellen_bron_ids[bron],
			 partner_id, vertellen_aanleiding_ids[aanleiding], tekst, user_id, now);

	if (rc < 0)
		return store_result_exec(rc);
	*id = db_last_id(db);
	return STORE_OK;
}

static int read_vertellen(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct vertellen_row *r = row;

	r->id = sqlite3_column_int64(st, 0);
	r->area_id = sqlite3_column_int64(st, 1);
	r->partner_id = sqlite3_column_int64(st, 2);
	r->user_id = sqlite3_column_int64(st, 3);
	r->vastgelegd_op = sqlite3_column_int64(st, 4);
	r->dag = (int32_t)sqlite3_column_int64(st, 5);
	r->bron = (enum vertellen_bron)pick(vertellen_bron_ids, BRON__MAX, db_borrow(st, 6));
	r->aanleiding = (enum vertellen_aanleiding)pick(vertellen_aanleiding_ids, AANL__MAX, db_borrow(st, 7));
	r->tekst = db_text(st, 8, a);
	r->partner_naam = db_text(st, 9, a);
	r->user_naam = db_text(st, 10, a);
	r->area_code = db_text(st, 11, a);
	r->area_naam = db_text(st, 12, a);
	return 0;
}

int wijk_vertellen_list(struct db *db, struct arena *a, int64_t area_id, int64_t offset, int limit,
			struct vertellen_row **out)
{
	int n;

	*out = db_rows(db, db_query(db, SQL_VERTELLEN_LIST, "IIi", area_id, offset, limit), a, read_vertellen,
		       sizeof(**out), &n, "vertellen");
	return n;
}

int64_t wijk_vertellen_count(struct db *db, int64_t area_id)
{
	return db_int(db, SQL_VERTELLEN_COUNT, -1, "I", area_id);
}

enum store_result wijk_vertellen_get(struct db *db, struct arena *a, int64_t id, struct vertellen_row *out)
{
	return store_result_of(db_one(db, db_query(db, SQL_VERTELLEN_GET, "I", id), a, read_vertellen, out, "vertellen"));
}

static int read_partner(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct inzet_partner *p = row;

	p->id = sqlite3_column_int64(st, 0);
	p->naam = db_text(st, 1, a);
	return 0;
}

int wijk_inzet_partners(struct db *db, struct arena *a, struct inzet_partner **out)
{
	int n;

	*out = db_rows(db, db_query(db, SQL_PARTNERS, ""), a, read_partner, sizeof(**out), &n, "partners");
	return n;
}

enum store_result wijk_inzet_partner(struct db *db, struct arena *a, int64_t id, const char **naam)
{
	struct inzet_partner p;
	enum store_result r = store_result_of(db_one(db, db_query(db, SQL_PARTNER, "I", id), a, read_partner, &p, "partner"));

	if (r == STORE_OK && naam)
		*naam = p.naam;
	return r;
}
