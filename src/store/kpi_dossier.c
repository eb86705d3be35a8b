/*
 * kpi_dossier.c - the SQL of the dossier figures (see kpi_dossier.h).
 *
 * dossier.geopend_op and gesloten_op are moments; the period's bounds are
 * turned into moments once (the start of van, the start of the day after
 * tot and after the peildatum, Amsterdam time), so every count is a range
 * on an index. vervuild_dag and vervuild_opgeheven_dag are day numbers.
 */
#include "store/kpi_dossier.h"
#include "db/db.h"
#include "domain/amsterdam.h"

#include <stddef.h>

/* ?1 wijk (0 all, > 0 one, -1 none), ?2 scope user (0 all), ?3 with gevoelig. */
#define SCOPE \
	" AND (?1 = 0 OR d.wijk_id = ?1)" \
	" AND (?2 = 0 OR d.wijk_id IN (SELECT area_id FROM user_area WHERE user_id = ?2))" \
	" AND (?3 OR d.gevoelig = 0)"

/* ?4 start of van, ?5 start of the day after tot, ?6 start of the day after the peildatum. */
static const char SQL_GEOPEND[] =
	"SELECT count(*) FROM dossier d WHERE d.geopend_op >= ?4 AND d.geopend_op < min(?5, ?6)" SCOPE;
/*
 * Open on the peildatum: still open (the covering dossier_open_sinds of
 * 0014), or closed after it (dossier_gesloten). As one condition it read
 * every dossier opened before the peildatum, closed or not.
 */
static const char SQL_OPEN[] =
	"SELECT (SELECT count(*) FROM dossier d WHERE d.gesloten_op IS NULL AND d.geopend_op < ?6" SCOPE ")"
	" + (SELECT count(*) FROM dossier d WHERE d.gesloten_op >= ?6 AND d.geopend_op < ?6" SCOPE ")";
/* ?7 van and ?8 the last day that counts (min(tot, peildatum)), as day numbers. */
/* From the few dossiers ever marked (dossier_vervuild, 0014). */
static const char SQL_VERVUILD[] =
	"SELECT count(DISTINCT d.address_id) FROM dossier d INDEXED BY dossier_vervuild"
	" WHERE d.vervuild_dag IS NOT NULL AND d.address_id IS NOT NULL"
	" AND d.geopend_op < min(?5, ?6) AND (d.gesloten_op IS NULL OR d.gesloten_op >= ?4)"
	" AND d.vervuild_dag <= ?8 AND (d.vervuild_opgeheven_dag IS NULL OR d.vervuild_opgeheven_dag >= ?7)" SCOPE;
static const char SQL_UITZETTINGEN[] =
	"SELECT count(*) FROM dossier d WHERE d.gesloten_op >= ?4 AND d.gesloten_op < min(?5, ?6)"
	" AND d.uitkomst = 'ontruiming'" SCOPE;

/* A referral belongs to its dossier's wijk and shares its gevoelig flag. */
static const char SQL_REFERRALS[] =
	"SELECT count(*), count(DISTINCT r.dossier_id) FROM referral r JOIN dossier d ON d.id = r.dossier_id"
	" WHERE r.verstuurd_op >= ?4 AND r.verstuurd_op < min(?5, ?6)" SCOPE;

const char *const kpi_dossier_sql[] = { SQL_GEOPEND, SQL_OPEN, SQL_VERVUILD, SQL_UITZETTINGEN, SQL_REFERRALS };
const int kpi_dossier_sql_count = 5;

/* Column 0, and column 1 where the statement has one, into int64_t row[2]. */
static int read_counts(sqlite3_stmt *st, struct arena *a, void *row)
{
	int64_t *v = row;

	(void)a;
	v[0] = sqlite3_column_int64(st, 0);
	if (sqlite3_column_count(st) > 1)
		v[1] = sqlite3_column_int64(st, 1);
	return 0;
}

/* Runs one count; a second column, when the statement has one, goes to *second. */
static int count(struct db *db, const char *sql, const struct kpi_dossier_query *q, int64_t *out, int64_t *second)
{
	sqlite3_stmt *st = db_stmt(db, sql);
	int32_t last = q->tot < q->peildatum ? q->tot : q->peildatum;
	const int64_t v[8] = {
		q->wijk_id, q->scope_user, q->with_gevoelig, amsterdam_day_start(q->van),
		amsterdam_day_start(q->tot + 1), amsterdam_day_start(q->peildatum + 1), q->van, last,
	};
	int64_t got[2] = { 0, 0 };

	if (!st)
		return -1;
	/* Numbered parameters: each statement names the ones it uses, up to ?8. */
	for (int i = 1; i <= 8 && i <= sqlite3_bind_parameter_count(st); i++)
		sqlite3_bind_int64(st, i, v[i - 1]);
	/* count(*) always answers one row. */
	int rc = db_one(db, st, NULL, read_counts, got, "kpi dossiers");
	*out = got[0];
	if (second)
		*second = got[1];
	return rc > 0 ? 0 : -1;
}

int kpi_dossier_counts(struct db *db, const struct kpi_dossier_query *q, struct kpi_dossier_result *out)
{
	if (count(db, SQL_GEOPEND, q, &out->geopend, NULL) < 0 ||
	    count(db, SQL_OPEN, q, &out->open_op_peildatum, NULL) < 0 ||
	    count(db, SQL_VERVUILD, q, &out->vervuilde_woningen, NULL) < 0 ||
	    count(db, SQL_UITZETTINGEN, q, &out->uitzettingen, NULL) < 0 ||
	    count(db, SQL_REFERRALS, q, &out->doorverwijzingen, &out->dossiers_doorverwezen) < 0)
		return -1;
	return 0;
}
