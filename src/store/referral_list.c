/*
 * referral_list.c - lists of doorverwijzingen: the staff list within the
 * viewer's scope, a partner's own list and its counts, and a dossier's
 * referrals (see referral.h).
 *
 * The staff statement carries the scope as SQL, numbered like
 * store/dossier_sql.h's: ?1 user, ?2 all, ?3 all gevoelig, ?4 own wijken,
 * ?5 own wijken gevoelig, ?6 team. The partner statements start with
 * ?1 = the partner organisation and never join the dossier.
 */
#include "db/db.h"
#include "domain/amsterdam.h"
#include "store/referral.h"
#include "store/referral_sql.h"

#include <stdint.h>
#include <string.h>

#define OPEN_STATUS "('verstuurd', 'geaccepteerd')"

/*
 * Awaiting an answer first, most urgent first; then the rest, newest first.
 * referral_lijst (0014) holds these very expressions, so the staff page
 * walks it and stops after its rows instead of sorting every referral.
 */
#define ORDER \
	" ORDER BY r.status IN " OPEN_STATUS " DESC," \
	" CASE WHEN r.status IN " OPEN_STATUS " THEN r.antwoord_dag END, r.verstuurd_op DESC, r.id DESC"

#define STAFF_FROM \
	" FROM referral r JOIN partner p ON p.id = r.partner_id LEFT JOIN user u ON u.id = r.created_by" \
	" JOIN dossier d ON d.id = r.dossier_id LEFT JOIN area w ON w.id = d.wijk_id"

/* The dossier may be seen: the matrix's reach, gevoelig only where the reach allows it. */
#define STAFF_SCOPE \
	" ((?2 AND (d.gevoelig = 0 OR ?3))" \
	" OR (?4 AND (d.gevoelig = 0 OR ?5) AND d.wijk_id IN (SELECT area_id FROM user_area WHERE user_id = ?1))" \
	" OR (?6 AND (d.owner_id = ?1 OR EXISTS (SELECT 1 FROM dossier_member dm" \
	"  WHERE dm.dossier_id = d.id AND dm.user_id = ?1))))"

/*
 * ?7 status ('' any), ?8 open, ?9 late, ?10 answered, ?11 partner, ?12 wijk, ?13 dossier, ?14 today;
 * (?15, ?16: the page's LIMIT and OFFSET) ?17/?18 sent from/before (moments, NULL: any), ?19 1: only
 * by role or wijk, as the dashboard counts (not as a team member elsewhere); ?20 1: not afgesloten.
 */
#define STAFF_WHERE \
	" WHERE" STAFF_SCOPE \
	" AND (?7 = '' OR r.status = ?7)" \
	" AND (?8 = 0 OR r.status IN " OPEN_STATUS ")" \
	" AND (?9 = 0 OR (r.status IN " OPEN_STATUS " AND r.antwoord_dag < ?14))" \
	" AND (?10 = 0 OR r.beantwoord_op IS NOT NULL)" \
	" AND (?11 = 0 OR r.partner_id = ?11)" \
	" AND (?12 = 0 OR d.wijk_id = ?12)" \
	" AND (?13 = 0 OR r.dossier_id = ?13)" \
	" AND (?17 IS NULL OR (r.verstuurd_op >= ?17 AND r.verstuurd_op < ?18))" \
	" AND (?19 = 0 OR (?2 AND (d.gevoelig = 0 OR ?3))" \
	" OR (?4 AND (d.gevoelig = 0 OR ?5) AND d.wijk_id IN (SELECT area_id FROM user_area WHERE user_id = ?1)))" \
	" AND (?20 = 0 OR r.status <> 'afgesloten')"

static const char SQL_STAFF_LIST[] =
	"SELECT " REFERRAL_COLUMNS REFERRAL_STAFF_COLUMNS STAFF_FROM STAFF_WHERE ORDER " LIMIT ?15 OFFSET ?16";
/*
 * The count joins only the dossier, for the scope: the partner and the
 * sender are always there (foreign keys), and counting does not read them
 * (a third of its cost at 10,000 referrals).
 */
static const char SQL_STAFF_COUNT[] =
	"SELECT count(*) FROM referral r JOIN dossier d ON d.id = r.dossier_id" STAFF_WHERE;

const char *const referral_list_sql[] = { SQL_STAFF_LIST, SQL_STAFF_COUNT };
const int referral_list_sql_count = 2;

/* ?1 partner, ?2 status ('' any), ?3 open, ?4 late, ?5 answered, ?6 today, (?7, ?8 the page) ?9 not afgesloten. */
#define PARTNER_FROM \
	" FROM referral r JOIN partner p ON p.id = r.partner_id LEFT JOIN user u ON u.id = r.created_by"
#define PARTNER_WHERE \
	" WHERE r.partner_id = ?1" \
	" AND (?2 = '' OR r.status = ?2)" \
	" AND (?3 = 0 OR r.status IN " OPEN_STATUS ")" \
	" AND (?4 = 0 OR (r.status IN " OPEN_STATUS " AND r.antwoord_dag < ?6))" \
	" AND (?5 = 0 OR r.beantwoord_op IS NOT NULL)" \
	" AND (?9 = 0 OR r.status <> 'afgesloten')"

static const char SQL_PARTNER_LIST[] =
	"SELECT " REFERRAL_COLUMNS REFERRAL_PARTNER_COLUMNS PARTNER_FROM PARTNER_WHERE ORDER " LIMIT ?7 OFFSET ?8";
static const char SQL_PARTNER_COUNT[] = "SELECT count(*)" PARTNER_FROM PARTNER_WHERE;

static const char SQL_PARTNER_COUNTS[] =
	"SELECT coalesce(sum(status IN " OPEN_STATUS "), 0),"
	" coalesce(sum(status IN " OPEN_STATUS " AND antwoord_dag < ?2), 0),"
	" coalesce(sum(beantwoord_op IS NOT NULL), 0), count(*)"
	" FROM referral WHERE partner_id = ?1";

static const char SQL_FOR_DOSSIER[] =
	"SELECT " REFERRAL_COLUMNS REFERRAL_STAFF_COLUMNS STAFF_FROM " WHERE r.dossier_id = ?1"
	" ORDER BY r.verstuurd_op DESC, r.id DESC";

void referral_filter_clear(struct referral_filter *f)
{
	memset(f, 0, sizeof(*f));
	f->status = -1;
}

static const char *status_arg(const struct referral_filter *f)
{
	return f->status >= 0 && f->status < RS__MAX ? referral_status_ids[f->status] : "";
}

/* Steps a bound list statement into out->rows (at most limit). */
static enum store_result read_rows(struct db *db, struct arena *a, sqlite3_stmt *st, int limit,
				   struct referral_page *out)
{
	out->rows = arena_alloc(a, sizeof(*out->rows) * (size_t)(limit > 0 ? limit : 1));
	int n = db_fill(db, st, a, referral_read_row, out->rows, sizeof(*out->rows), limit, "referral list");
	out->n = n < 0 ? 0 : n;
	return n < 0 ? STORE_ERROR : STORE_OK;
}

enum store_result referral_list_staff(struct db *db, struct arena *a, const struct referral_viewer *v,
				      const struct referral_filter *f, int64_t offset, int limit,
				      struct referral_page *out)
{
	int any = f->verstuurd_van || f->verstuurd_tot;
	int64_t from = !any ? 0 : f->verstuurd_van ? amsterdam_day_start(f->verstuurd_van) : INT64_MIN;
	int64_t before = !any ? 0 : f->verstuurd_tot ? amsterdam_day_start(f->verstuurd_tot + 1) : INT64_MAX;

	memset(out, 0, sizeof(*out));
	/* The count has no ?15 and ?16 (the page's): bound 0, unused. */
	out->total = db_int(db, SQL_STAFF_COUNT, -1, "IiiiiitiiiIIIiiiNNii", v->user_id, v->all, v->all_sensitive,
			    v->area, v->area_sensitive, v->team, status_arg(f), f->open, f->late, f->answered,
			    f->partner_id, f->wijk_id, f->dossier_id, (int)f->today, 0, 0, from, before,
			    f->bereik_wijken ? 1 : 0, f->not_closed);
	if (out->total < 0)
		return STORE_ERROR;
	sqlite3_stmt *st = db_query(db, SQL_STAFF_LIST, "IiiiiitiiiIIIiiINNii", v->user_id, v->all, v->all_sensitive,
				    v->area, v->area_sensitive, v->team, status_arg(f), f->open, f->late, f->answered,
				    f->partner_id, f->wijk_id, f->dossier_id, (int)f->today, limit, offset, from, before,
				    f->bereik_wijken ? 1 : 0, f->not_closed);
	return read_rows(db, a, st, limit, out);
}

enum store_result referral_list_partner(struct db *db, struct arena *a, int64_t partner_id,
					const struct referral_filter *f, int64_t offset, int limit,
					struct referral_page *out)
{
	memset(out, 0, sizeof(*out));
	out->total = db_int(db, SQL_PARTNER_COUNT, -1, "Itiiiiiii", partner_id, status_arg(f), f->open, f->late,
			    f->answered, (int)f->today, 0, 0, f->not_closed);
	if (out->total < 0)
		return STORE_ERROR;
	sqlite3_stmt *st = db_query(db, SQL_PARTNER_LIST, "ItiiiiiIi", partner_id, status_arg(f), f->open, f->late,
				    f->answered, (int)f->today, limit, offset, f->not_closed);
	return read_rows(db, a, st, limit, out);
}

static int read_counts(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct referral_counts *c = row;

	(void)a;
	c->open = sqlite3_column_int64(st, 0);
	c->late = sqlite3_column_int64(st, 1);
	c->answered = sqlite3_column_int64(st, 2);
	c->all = sqlite3_column_int64(st, 3);
	return 0;
}

enum store_result referral_counts_partner(struct db *db, int64_t partner_id, int32_t today,
					  struct referral_counts *out)
{
	sqlite3_stmt *st = db_query(db, SQL_PARTNER_COUNTS, "Ii", partner_id, (int)today);

	memset(out, 0, sizeof(*out));
	/* Sums and count(*) always answer one row. */
	return db_one(db, st, NULL, read_counts, out, "referral counts") > 0 ? STORE_OK : STORE_ERROR;
}

int referral_for_dossier(struct db *db, struct arena *a, int64_t dossier_id, struct referral **out)
{
	sqlite3_stmt *st = db_query(db, SQL_FOR_DOSSIER, "I", dossier_id);
	int n;

	*out = NULL;
	*out = db_rows(db, st, a, referral_read_row, sizeof(**out), &n, "dossier referrals");
	return n;
}
