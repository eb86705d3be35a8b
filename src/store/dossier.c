/*
 * dossier.c - the dossier row, its list and search with the scope in SQL,
 * the calls for the melding pages and the look-ups for forms (see
 * dossier.h). Team, journal, interventions, letters, escalations and the
 * timeline are in dossier_parts.c.
 */
#include "store/dossier.h"
#include "domain/fts.h"
#include "db/db.h"
#include "lib/buf.h"
#include "lib/log.h"
#include "store/dossier_sql.h"
#include "domain/amsterdam.h"
#include "lib/parse.h"

#include <stdint.h>
#include <string.h>

const char *const dossier_flag_ids[DFLAG__MAX] = { "", "vervuild", "gevoelig" };

int dossier_flag_parse(const char *id)
{
	if (!id)
		return -1;
	for (int i = 0; i < DFLAG__MAX; i++)
		if (!strcmp(dossier_flag_ids[i], id))
			return i;
	return -1;
}

void dossier_viewer_init(struct dossier_viewer *v, const struct actor *who, enum action action)
{
	memset(v, 0, sizeof(*v));
	if (!who || !role_is_staff(who->role))
		return;
	const struct scope none = { 0, 0, 0, 0 }, none_s = { 0, 1, 0, 0 };
	const struct scope area = { 1, 0, 0, 0 }, area_s = { 1, 1, 0, 0 };
	const struct scope team_s = { 0, 1, 1, 0 }, team = { 0, 0, 1, 0 };

	v->user_id = who->user_id;
	v->all = policy_check(who, action, &none) == VERDICT_ALLOW;
	v->all_sensitive = policy_check(who, action, &none_s) == VERDICT_ALLOW;
	v->area = policy_check(who, action, &area) == VERDICT_ALLOW;
	v->area_sensitive = policy_check(who, action, &area_s) == VERDICT_ALLOW;
	v->team = policy_check(who, action, &team_s) == VERDICT_ALLOW;
	v->m_all = policy_check(who, ACT_MELDING_READ, &none) == VERDICT_ALLOW;
	v->m_area = policy_check(who, ACT_MELDING_READ, &area) == VERDICT_ALLOW;
	v->m_own = policy_check(who, ACT_MELDING_READ, &team) == VERDICT_ALLOW;
}

int dossier_step_error(struct db *db, const char *what)
{
	return log_error("%s: %s", what, sqlite3_errmsg(db_handle(db)));
}

/* ---- one dossier ---- */

#define SELECT_DOSSIER \
	"SELECT d.id, d.referentie, coalesce(d.address_id, 0), coalesce(d.complex_id, 0)," \
	" coalesce(d.buurt_id, 0), d.wijk_id, d.onderwerp_tekst, d.huishouden, w.naam, w.code," \
	" coalesce(b.naam, ''), coalesce(x.naam, ''), coalesce(x.code, ''), coalesce(ad.postcode, '')," \
	" coalesce(ad.huisnummer, 0), coalesce(ad.toevoeging, ''), coalesce(ad.straat, '')," \
	" coalesce(ad.woonplaats, ''), d.pijler, d.owner_id, o.naam, d.status, d.geopend_op," \
	" coalesce(d.gesloten_op, 0), d.uitkomst, d.uitkomst_toelichting, d.ave_niveau, d.ave_regie," \
	" d.vervuild, coalesce(d.vervuild_dag, -1), coalesce(d.vervuild_opgeheven_dag, -1), d.gevoelig," \
	" d.created_by" \
	" FROM dossier d JOIN area w ON w.id = d.wijk_id JOIN user o ON o.id = d.owner_id" \
	" LEFT JOIN area b ON b.id = d.buurt_id LEFT JOIN area x ON x.id = d.complex_id" \
	" LEFT JOIN address ad ON ad.id = d.address_id"

static const char SQL_GET[] = SELECT_DOSSIER " WHERE d.id = ?";
static const char SQL_BY_REF[] = SELECT_DOSSIER " WHERE d.referentie = ?";
static const char SQL_IN_TEAM[] =
	"SELECT 1 FROM dossier WHERE id = ?1 AND owner_id = ?2"
	" UNION ALL SELECT 1 FROM dossier_member WHERE dossier_id = ?1 AND user_id = ?2";

static int parse_or(int v, int def)
{
	return v < 0 ? def : v;
}

static int read_dossier(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct dossier *d = row;

	memset(d, 0, sizeof(*d));
	d->id = sqlite3_column_int64(st, 0);
	db_copy_text(st, 1, d->referentie, sizeof(d->referentie));
	d->address_id = sqlite3_column_int64(st, 2);
	d->complex_id = sqlite3_column_int64(st, 3);
	d->buurt_id = sqlite3_column_int64(st, 4);
	d->wijk_id = sqlite3_column_int64(st, 5);
	d->onderwerp_tekst = db_text(st, 6, a);
	d->huishouden = db_text(st, 7, a);
	d->wijk_naam = db_text(st, 8, a);
	d->wijk_code = db_text(st, 9, a);
	d->buurt_naam = db_text(st, 10, a);
	d->complex_naam = db_text(st, 11, a);
	d->complex_code = db_text(st, 12, a);
	d->postcode = db_text(st, 13, a);
	d->huisnummer = sqlite3_column_int(st, 14);
	d->toevoeging = db_text(st, 15, a);
	d->straat = db_text(st, 16, a);
	d->woonplaats = db_text(st, 17, a);
	d->pijler = (enum pijler)parse_or(pijler_parse((const char *)sqlite3_column_text(st, 18)), 0);
	d->owner_id = sqlite3_column_int64(st, 19);
	d->owner_naam = db_text(st, 20, a);
	d->status = (enum dossier_status)parse_or(dossier_status_parse((const char *)sqlite3_column_text(st, 21)), 0);
	d->geopend_op = sqlite3_column_int64(st, 22);
	d->gesloten_op = sqlite3_column_int64(st, 23);
	d->uitkomst = dossier_uitkomst_parse((const char *)sqlite3_column_text(st, 24));
	d->uitkomst_toelichting = db_text(st, 25, a);
	d->ave = (enum ave_niveau)parse_or(ave_niveau_parse((const char *)sqlite3_column_text(st, 26)), 0);
	d->regie = (enum ave_regie)parse_or(ave_regie_parse((const char *)sqlite3_column_text(st, 27)), 0);
	d->vervuild = sqlite3_column_int(st, 28);
	d->vervuild_dag = sqlite3_column_int(st, 29);
	d->vervuild_opgeheven_dag = sqlite3_column_int(st, 30);
	d->gevoelig = sqlite3_column_int(st, 31);
	d->created_by = sqlite3_column_int64(st, 32);
	return 0;
}

enum store_result dossier_get(struct db *db, struct arena *a, int64_t id, struct dossier *d)
{
	sqlite3_stmt *st = db_query(db, SQL_GET, "I", id);

	return store_result_of(db_one(db, st, a, read_dossier, d, "dossier get"));
}

enum store_result dossier_by_ref(struct db *db, struct arena *a, const char *ref, struct dossier *d)
{
	sqlite3_stmt *st = db_query(db, SQL_BY_REF, "t", ref);

	return store_result_of(db_one(db, st, a, read_dossier, d, "dossier get"));
}

int dossier_in_team(struct db *db, int64_t dossier_id, int64_t user_id)
{
	sqlite3_stmt *st = db_query(db, SQL_IN_TEAM, "II", dossier_id, user_id);

	return db_one(db, st, NULL, NULL, NULL, "dossier team");
}

/* ---- insert and changes ---- */

static const char SQL_NEXT_SEQ[] = "SELECT coalesce(max(volgnummer), 0) + 1 FROM dossier WHERE jaar = ?";
static const char SQL_INSERT[] =
	"INSERT INTO dossier(referentie, jaar, volgnummer, address_id, complex_id, buurt_id, wijk_id,"
	" onderwerp_tekst, huishouden, pijler, owner_id, geopend_op, gevoelig, created_by, melding_grens)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(id), 0) FROM melding))";
static const char SQL_SET_CLOSED[] =
	"UPDATE dossier SET status = 'gesloten', gesloten_op = ?, uitkomst = ?, uitkomst_toelichting = ?"
	" WHERE id = ? AND status = 'open'";
static const char SQL_SET_REOPENED[] =
	"UPDATE dossier SET status = 'open', gesloten_op = NULL, uitkomst = NULL, uitkomst_toelichting = ''"
	" WHERE id = ? AND status = 'gesloten'";
static const char SQL_SET_AVE[] = "UPDATE dossier SET ave_niveau = ?, ave_regie = ? WHERE id = ?";
static const char SQL_SET_VERVUILD_ON[] =
	"UPDATE dossier SET vervuild = 1, vervuild_dag = ?, vervuild_opgeheven_dag = NULL WHERE id = ?";
static const char SQL_SET_VERVUILD_OFF[] =
	"UPDATE dossier SET vervuild = 0, vervuild_opgeheven_dag = ? WHERE id = ?";
static const char SQL_SET_GEVOELIG[] = "UPDATE dossier SET gevoelig = ? WHERE id = ?";
static const char SQL_FTS_DELETE[] = "DELETE FROM dossier_fts WHERE rowid = ?";
static const char SQL_FTS_INSERT[] =
	"INSERT INTO dossier_fts(rowid, referentie, onderwerp, meldingen, notities)"
	" SELECT d.id, d.referentie, d.onderwerp_tekst || ' ' || d.huishouden || ' ' || coalesce(x.naam, ''),"
	" coalesce((SELECT group_concat(m.referentie, ' ') FROM dossier_melding dm"
	"  JOIN melding m ON m.id = dm.melding_id WHERE dm.dossier_id = d.id), ''),"
	" coalesce((SELECT group_concat(n.tekst, ' ') FROM dossier_note n"
	"  WHERE n.dossier_id = d.id AND n.vertrouwelijk = 0), '')"
	" FROM dossier d LEFT JOIN area x ON x.id = d.complex_id WHERE d.id = ?";

enum store_result dossier_insert(struct db *db, const struct dossier_new *n, char ref[DOSSIER_REF_LEN],
				 int64_t *id)
{
	int64_t seq = db_int(db, SQL_NEXT_SEQ, -1, "i", n->year);
	int rc;

	if (seq < 1)
		return STORE_ERROR;
	dossier_reference(n->year, seq, ref);
	rc = db_exec(db, SQL_INSERT, "tiINNNItttIIiI", ref, n->year, seq, n->address_id, n->complex_id,
		     n->buurt_id, n->wijk_id, n->onderwerp_tekst, n->huishouden ? n->huishouden : "",
		     pijler_ids[n->pijler], n->owner_id, n->now, n->gevoelig ? 1 : 0, n->owner_id);
	if (rc == -2)
		return STORE_CONFLICT;
	if (rc < 0)
		return STORE_ERROR;
	*id = db_last_id(db);
	if (dossier_event_add(db, *id, n->now, n->owner_id, "geopend", "") != STORE_OK)
		return STORE_ERROR;
	return dossier_fts_refresh(db, *id);
}

enum store_result dossier_set_closed(struct db *db, int64_t id, int64_t op, enum dossier_uitkomst u,
				     const char *toelichting)
{
	return store_result_exec(db_exec(db, SQL_SET_CLOSED, "IttI", op, dossier_uitkomst_ids[u],
			       toelichting ? toelichting : "", id));
}

enum store_result dossier_set_reopened(struct db *db, int64_t id)
{
	return store_result_exec(db_exec(db, SQL_SET_REOPENED, "I", id));
}

enum store_result dossier_set_ave(struct db *db, int64_t id, enum ave_niveau n, enum ave_regie r)
{
	return store_result_exec(db_exec(db, SQL_SET_AVE, "ttI", ave_niveau_ids[n], ave_regie_ids[r], id));
}

enum store_result dossier_set_vervuild(struct db *db, int64_t id, int on, int32_t dag)
{
	return store_result_exec(db_exec(db, on ? SQL_SET_VERVUILD_ON : SQL_SET_VERVUILD_OFF, "iI", (int)dag, id));
}

enum store_result dossier_set_gevoelig(struct db *db, int64_t id, int on)
{
	return store_result_exec(db_exec(db, SQL_SET_GEVOELIG, "iI", on ? 1 : 0, id));
}

enum store_result dossier_fts_refresh(struct db *db, int64_t id)
{
	if (db_exec(db, SQL_FTS_DELETE, "I", id) < 0)
		return STORE_ERROR;
	return db_exec(db, SQL_FTS_INSERT, "I", id) == 1 ? STORE_OK : STORE_ERROR;
}

/* ---- the list ---- */

void dossier_filter_clear(struct dossier_filter *f)
{
	memset(f, 0, sizeof(*f));
	f->status = -1;
	f->pijler = -1;
	f->ave = -1;
	f->flag = DFLAG_ANY;
	f->uitkomst = -1;
}

#define LIST_WHERE " WHERE " SCOPE_DOSSIER LIST_FILTERS
#define LIST_FILTERS \
	" AND (?10 IS NULL OR d.status = ?10) AND (?11 IS NULL OR d.pijler = ?11)" \
	" AND (?12 IS NULL OR d.ave_niveau = ?12) AND (?13 IS NULL OR d.wijk_id = ?13)" \
	" AND (?14 IS NULL OR d.owner_id = ?14)" \
	" AND (?15 IS NULL OR (?15 = 'vervuild' AND d.vervuild = 1) OR (?15 = 'gevoelig' AND d.gevoelig = 1))" \
	DASH_FILTERS

/*
 * The dashboard's figures as filters, word for word the conditions of
 * store/kpi_dossier.c, with moments (?19 .. ?30, NULL: none) bound by
 * bind_list(): ?19/?20 opened from/before, ?21 open at (the start of the
 * day after), ?22/?23 closed from/before, ?24 uitkomst, ?25/?26 vervuild
 * from/through (day numbers) with ?27/?28 the same as moments, ?29/?30 a
 * referral sent from/before; ?31 1: only by role or wijk (BY_AREA).
 */
#define BY_AREA(t) \
	"((?2 AND (" t ".gevoelig = 0 OR ?3))" \
	" OR (?4 AND (" t ".gevoelig = 0 OR ?5) AND " t ".wijk_id IN (SELECT area_id FROM user_area WHERE user_id = ?1)))"
#define VERVUILD_IN(t) \
	t ".vervuild_dag IS NOT NULL AND " t ".address_id IS NOT NULL AND " t ".geopend_op < ?28" \
	" AND (" t ".gesloten_op IS NULL OR " t ".gesloten_op >= ?27) AND " t ".vervuild_dag <= ?26" \
	" AND (" t ".vervuild_opgeheven_dag IS NULL OR " t ".vervuild_opgeheven_dag >= ?25)"
#define DASH_FILTERS \
	" AND (?19 IS NULL OR (d.geopend_op >= ?19 AND d.geopend_op < ?20))" \
	" AND (?21 IS NULL OR (d.geopend_op < ?21 AND (d.gesloten_op IS NULL OR d.gesloten_op >= ?21)))" \
	" AND (?22 IS NULL OR (d.gesloten_op >= ?22 AND d.gesloten_op < ?23))" \
	" AND (?24 IS NULL OR d.uitkomst = ?24)" \
	" AND (?31 = 0 OR " BY_AREA("d") ")" \
	" AND (?25 IS NULL OR (" VERVUILD_IN("d") \
	"  AND NOT EXISTS (SELECT 1 FROM dossier d2 WHERE d2.address_id = d.address_id AND d2.id > d.id" \
	"  AND " VERVUILD_IN("d2") " AND (" BY_AREA("d2") " OR (?31 = 0 AND ?6 AND d2.owner_id = ?1)))))" \
	" AND (?29 IS NULL OR EXISTS (SELECT 1 FROM referral r WHERE r.dossier_id = d.id" \
	"  AND r.verstuurd_op >= ?29 AND r.verstuurd_op < ?30))"
/* FTS5 MATCH on a NULL is an error, so search has statements of its own. */
#define LIST_Q " AND d.id IN (SELECT rowid FROM dossier_fts WHERE dossier_fts MATCH ?16)"
#define LIST_COLUMNS \
	"SELECT d.id, d.referentie, d.onderwerp_tekst, d.huishouden, w.naam, w.code, o.naam, d.pijler," \
	" d.status, d.geopend_op, coalesce(d.gesloten_op, 0), d.uitkomst, d.ave_niveau, d.ave_regie," \
	" d.vervuild, d.gevoelig, (SELECT count(*) FROM dossier_melding dm WHERE dm.dossier_id = d.id)"
#define LIST_JOINS " JOIN area w ON w.id = d.wijk_id JOIN user o ON o.id = d.owner_id"
#define LIST_ORDER " ORDER BY d.status = 'gesloten', d.geopend_op DESC, d.id DESC LIMIT ?17 OFFSET ?18"

/*
 * The count without a search, as four disjoint counts, one per way into
 * the scope (SCOPE_DOSSIER): everything the viewer may see by role; else
 * in the viewer's wijken (dossier_wijk); else owned (dossier_owner); else
 * a member (dossier_member_user). Each flag (?2, ?4, ?6) stands alone in
 * its AND, so SQLite tests it once and skips a count that does not apply.
 * As one OR a wijkbeheerder's count visited every dossier and looked up
 * its team for most (96 million instructions at 40,000 dossiers).
 */
#define IN_ROLE "(?2 AND (d.gevoelig = 0 OR ?3))"
#define IN_WIJK "(?4 AND (d.gevoelig = 0 OR ?5) AND d.wijk_id IN (SELECT area_id FROM user_area WHERE user_id = ?1))"
#define COUNT_OF(where) "(SELECT count(*) FROM dossier d WHERE " where LIST_FILTERS " AND ?16 IS NULL)"
static const char SQL_COUNT[] =
	"SELECT " COUNT_OF("?2 AND (d.gevoelig = 0 OR ?3)")
	" + " COUNT_OF("?4 AND d.wijk_id IN (SELECT area_id FROM user_area WHERE user_id = ?1)"
		       " AND (d.gevoelig = 0 OR ?5) AND NOT " IN_ROLE)
	" + " COUNT_OF("?6 AND d.owner_id = ?1 AND NOT " IN_ROLE " AND NOT " IN_WIJK)
	" + " COUNT_OF("?6 AND d.id IN (SELECT dossier_id FROM dossier_member WHERE user_id = ?1)"
		       " AND d.owner_id <> ?1 AND NOT " IN_ROLE " AND NOT " IN_WIJK);
static const char SQL_COUNT_Q[] = "SELECT count(*) FROM dossier d" LIST_WHERE LIST_Q;
/*
 * The page walks dossier_lijst (0014), which is in the list's order, and
 * stops after its rows: at tens of thousands of dossiers, sorting all in
 * scope - each with its count of meldingen, which sits in the select list -
 * cost 210 million instructions a page. No filter here can be answered by
 * an index of its own (each is "?n IS NULL OR ..."), so walking the order
 * is never the worse plan. A search starts from its matches instead.
 */
static const char SQL_LIST[] =
	LIST_COLUMNS " FROM dossier d INDEXED BY dossier_lijst" LIST_JOINS LIST_WHERE " AND ?16 IS NULL" LIST_ORDER;
static const char SQL_LIST_Q[] = LIST_COLUMNS " FROM dossier d" LIST_JOINS LIST_WHERE LIST_Q LIST_ORDER;

/*
 * Days van..tot (0: open on that side) as the moments [start of van, start
 * of the day after tot) at ?i and ?i+1; both NULL when neither is set.
 */
static void bind_range(sqlite3_stmt *st, int i, int32_t van, int32_t tot)
{
	if (!van && !tot) {
		sqlite3_bind_null(st, i);
		sqlite3_bind_null(st, i + 1);
		return;
	}
	sqlite3_bind_int64(st, i, van ? amsterdam_day_start(van) : INT64_MIN);
	sqlite3_bind_int64(st, i + 1, tot ? amsterdam_day_start(tot + 1) : INT64_MAX);
}

/*
 * The filters up to ?16 and, for a page, LIMIT ?17 OFFSET ?18; then the
 * dashboard's (DASH_FILTERS) by number. A count leaves ?17 and ?18 unset.
 */
static int bind_list(sqlite3_stmt *st, const struct dossier_filter *f, const char *fts, int paged, int limit,
		     int offset)
{
	const struct dossier_viewer *v = &f->viewer;
	if (db_bindf(st, paged ? VIEWER_FMT "tttNNtt" "ii" : VIEWER_FMT "tttNNtt", VIEWER_ARGS(v),
		     f->status >= 0 ? dossier_status_ids[f->status] : NULL,
		     f->pijler >= 0 ? pijler_ids[f->pijler] : NULL,
		     f->ave >= 0 ? ave_niveau_ids[f->ave] : NULL,
		     f->wijk_id, f->owner_id,
		     f->flag != DFLAG_ANY ? dossier_flag_ids[f->flag] : NULL,
		     fts, limit, offset) < 0)
		return -1;
	bind_range(st, 19, f->geopend_van, f->geopend_tot);
	if (f->open_op)
		sqlite3_bind_int64(st, 21, amsterdam_day_start(f->open_op + 1));
	else
		sqlite3_bind_null(st, 21);
	bind_range(st, 22, f->gesloten_van, f->gesloten_tot);
	if (f->uitkomst >= 0 && f->uitkomst < UITKOMST__MAX)
		sqlite3_bind_text(st, 24, dossier_uitkomst_ids[f->uitkomst], -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, 24);
	if (f->vervuild_van || f->vervuild_tot) {
		sqlite3_bind_int64(st, 25, f->vervuild_van ? f->vervuild_van : INT32_MIN);
		sqlite3_bind_int64(st, 26, f->vervuild_tot ? f->vervuild_tot : INT32_MAX);
	} else {
		sqlite3_bind_null(st, 25);
		sqlite3_bind_null(st, 26);
	}
	bind_range(st, 27, f->vervuild_van, f->vervuild_tot);
	bind_range(st, 29, f->doorverwezen_van, f->doorverwezen_tot);
	sqlite3_bind_int(st, 31, f->bereik_wijken ? 1 : 0);
	return 0;
}

static int read_row(sqlite3_stmt *st, struct arena *a, void *out)
{
	struct dossier_row *row = out;

	row->id = sqlite3_column_int64(st, 0);
	db_copy_text(st, 1, row->referentie, sizeof(row->referentie));
	row->onderwerp_tekst = db_text(st, 2, a);
	row->huishouden = db_text(st, 3, a);
	row->wijk_naam = db_text(st, 4, a);
	row->wijk_code = db_text(st, 5, a);
	row->owner_naam = db_text(st, 6, a);
	row->pijler = (enum pijler)parse_or(pijler_parse((const char *)sqlite3_column_text(st, 7)), 0);
	row->status = (enum dossier_status)parse_or(dossier_status_parse((const char *)sqlite3_column_text(st, 8)), 0);
	row->geopend_op = sqlite3_column_int64(st, 9);
	row->gesloten_op = sqlite3_column_int64(st, 10);
	row->uitkomst = dossier_uitkomst_parse((const char *)sqlite3_column_text(st, 11));
	row->ave = (enum ave_niveau)parse_or(ave_niveau_parse((const char *)sqlite3_column_text(st, 12)), 0);
	row->regie = (enum ave_regie)parse_or(ave_regie_parse((const char *)sqlite3_column_text(st, 13)), 0);
	row->vervuild = sqlite3_column_int(st, 14);
	row->gevoelig = sqlite3_column_int(st, 15);
	row->meldingen = sqlite3_column_int(st, 16);
	return 0;
}

enum store_result dossier_list(struct db *db, struct arena *a, const struct dossier_filter *f, int page,
			       struct dossier_page *out)
{
	struct buf q = BUF_INIT;
	const char *fts = NULL;
	sqlite3_stmt *st;
	enum store_result r = STORE_ERROR;

	memset(out, 0, sizeof(*out));
	out->per_page = DOSSIER_PER_PAGE;
	if (f->q && f->q[0] && fts_query(f->q, &q) > 0)
		fts = q.buf;

	st = db_stmt(db, fts ? SQL_COUNT_Q : SQL_COUNT);
	if (!st)
		goto out;
	if (bind_list(st, f, fts, 0, 0, 0) < 0) {
		db_done(st);
		goto out;
	}
	/* count(*) always answers one row. */
	if (db_one(db, st, NULL, db_read_int64, &out->total, "dossier count") <= 0)
		goto out;
	out->pages = out->total ? (int)((out->total + DOSSIER_PER_PAGE - 1) / DOSSIER_PER_PAGE) : 1;
	out->page = page < 1 ? 1 : page > out->pages ? out->pages : page;

	st = db_stmt(db, fts ? SQL_LIST_Q : SQL_LIST);
	if (!st)
		goto out;
	if (bind_list(st, f, fts, 1, DOSSIER_PER_PAGE, (out->page - 1) * DOSSIER_PER_PAGE) < 0) {
		db_done(st);
		goto out;
	}
	out->rows = arena_alloc(a, sizeof(*out->rows) * DOSSIER_PER_PAGE);
	int n = db_fill(db, st, a, read_row, out->rows, sizeof(*out->rows), DOSSIER_PER_PAGE, "dossier list");
	if (n < 0)
		goto out;
	out->n = n;
	r = STORE_OK;
out:
	buf_release(&q);
	return r;
}

/* ---- what the melding pages call ---- */

static const char SQL_LINKS_VISIBLE[] =
	"SELECT d.id, d.referentie, d.status, d.onderwerp_tekst FROM dossier_melding l"
	" JOIN dossier d ON d.id = l.dossier_id"
	" WHERE l.melding_id = ?10 AND " SCOPE_DOSSIER
	" ORDER BY l.gekoppeld_op, d.id";
/*
 * An open dossier on the melding's address, or - for a dossier about a
 * complex - on the melding's complex.
 */
static const char SQL_OPEN_FOR_MELDING[] =
	"SELECT d.id, d.referentie, d.status, d.onderwerp_tekst FROM melding m"
	" JOIN dossier d ON d.status = 'open' AND ((d.address_id IS NOT NULL AND d.address_id = m.address_id)"
	"  OR (d.address_id IS NULL AND d.complex_id = m.complex_id))"
	" WHERE m.id = ?10 AND " SCOPE_DOSSIER
	" AND NOT EXISTS (SELECT 1 FROM dossier_melding l WHERE l.dossier_id = d.id AND l.melding_id = m.id)"
	" ORDER BY d.geopend_op, d.id";

static int read_link(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct dossier_link *l = row;

	l->id = sqlite3_column_int64(st, 0);
	db_copy_text(st, 1, l->referentie, sizeof(l->referentie));
	l->status = (enum dossier_status)parse_or(dossier_status_parse((const char *)sqlite3_column_text(st, 2)), 0);
	l->onderwerp_tekst = db_text(st, 3, a);
	return 0;
}

static int links(struct db *db, struct arena *a, const char *sql, const struct actor *who,
		 int64_t melding_id, struct dossier_link **out)
{
	struct dossier_viewer v;
	int n;

	dossier_viewer_init(&v, who, ACT_DOSSIER_READ);
	sqlite3_stmt *st = db_query(db, sql, VIEWER_FMT "I", VIEWER_ARGS(&v), melding_id);
	*out = db_rows(db, st, a, read_link, sizeof(**out), &n, "dossier links");
	return n;
}

/* A dossier the melding was linked to (now or before) that the viewer may not read. */
static const char SQL_HISTORY_HIDDEN[] =
	"SELECT count(*) FROM dossier d WHERE d.id IN (SELECT e.dossier_id FROM dossier_event e"
	"  WHERE e.soort IN ('gekoppeld', 'ontkoppeld')"
	"  AND e.tekst = (SELECT referentie FROM melding WHERE id = ?10))"
	" AND NOT " SCOPE_DOSSIER;

int dossier_melding_history_visible(struct db *db, const struct actor *who, int64_t melding_id)
{
	struct dossier_viewer v;
	int64_t hidden = 0;

	dossier_viewer_init(&v, who, ACT_DOSSIER_READ);
	sqlite3_stmt *st = db_query(db, SQL_HISTORY_HIDDEN, VIEWER_FMT "I", VIEWER_ARGS(&v), melding_id);
	/* count(*) always answers one row. */
	if (db_one(db, st, NULL, db_read_int64, &hidden, "dossier history") <= 0)
		return -1;
	return hidden ? 0 : 1;
}

int dossier_links_visible(struct db *db, struct arena *a, const struct actor *who, int64_t melding_id,
			  struct dossier_link **out)
{
	return links(db, a, SQL_LINKS_VISIBLE, who, melding_id, out);
}

const char *dossier_ref_visible(struct db *db, struct arena *a, const struct actor *who,
				int64_t melding_id)
{
	struct dossier_link *l;
	int n = links(db, a, SQL_LINKS_VISIBLE, who, melding_id, &l);
	return n > 0 ? l[0].referentie : NULL;
}

int dossier_open_for_melding(struct db *db, struct arena *a, const struct actor *who, int64_t melding_id,
			     struct dossier_link **out)
{
	return links(db, a, SQL_OPEN_FOR_MELDING, who, melding_id, out);
}

/* ---- look-ups ---- */

static const char SQL_WIJKEN[] =
	"SELECT a.id, a.id, a.code, a.naam, a.naam FROM area a WHERE a.soort = 'wijk'"
	" AND (?1 OR a.id IN (SELECT area_id FROM user_area WHERE user_id = ?2)) ORDER BY a.naam";
static const char SQL_COMPLEXEN[] =
	"SELECT a.id, coalesce(a.wijk_id, 0), a.code, a.naam, coalesce(w.naam, '') FROM area a"
	" LEFT JOIN area w ON w.id = a.wijk_id WHERE a.soort = 'complex'"
	" AND (?1 OR a.wijk_id IN (SELECT area_id FROM user_area WHERE user_id = ?2)) ORDER BY a.naam";
static const char SQL_COMPLEX_BY_ID[] =
	"SELECT a.id, coalesce(a.wijk_id, 0), a.code, a.naam, coalesce(w.naam, '') FROM area a"
	" LEFT JOIN area w ON w.id = a.wijk_id WHERE a.soort = 'complex' AND a.id = ?";
static const char SQL_COMPLEX_BY_CODE[] =
	"SELECT a.id, coalesce(a.wijk_id, 0), a.code, a.naam, coalesce(w.naam, '') FROM area a"
	" LEFT JOIN area w ON w.id = a.wijk_id WHERE a.soort = 'complex' AND a.code = ?";
static const char SQL_WIJK_BY_ID[] = "SELECT id FROM area WHERE soort = 'wijk' AND id = ?";
static const char SQL_WIJK_BY_CODE[] = "SELECT id FROM area WHERE soort = 'wijk' AND code = ?";
static const char SQL_USER_IN_WIJK[] = "SELECT 1 FROM user_area WHERE user_id = ? AND area_id = ?";
/*
 * Per user, whether one dossier in scope is theirs (dossier_owner), rather
 * than every dossier in scope gathered and made distinct (86 million
 * instructions at 40,000 dossiers).
 */
static const char SQL_OWNERS[] =
	"SELECT o.id, o.naam, o.role FROM user o WHERE EXISTS (SELECT 1 FROM dossier d"
	" WHERE d.owner_id = o.id AND " SCOPE_DOSSIER ") ORDER BY o.naam";

static int read_area(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct dossier_area *x = row;

	x->id = sqlite3_column_int64(st, 0);
	x->wijk_id = sqlite3_column_int64(st, 1);
	x->code = db_text(st, 2, a);
	x->naam = db_text(st, 3, a);
	x->wijk_naam = db_text(st, 4, a);
	return 0;
}

static int areas(struct db *db, struct arena *a, const char *sql, const struct dossier_viewer *v,
		 struct dossier_area **out)
{
	sqlite3_stmt *st = db_query(db, sql, "iI", v->all || v->all_sensitive, v->user_id);
	int n;

	*out = db_rows(db, st, a, read_area, sizeof(**out), &n, "dossier areas");
	return n;
}

int dossier_wijken(struct db *db, struct arena *a, const struct dossier_viewer *v, struct dossier_area **out)
{
	return areas(db, a, SQL_WIJKEN, v, out);
}

int dossier_complexen(struct db *db, struct arena *a, const struct dossier_viewer *v, struct dossier_area **out)
{
	return areas(db, a, SQL_COMPLEXEN, v, out);
}

enum store_result dossier_complex(struct db *db, struct arena *a, const char *key, struct dossier_area *out)
{
	int64_t id = parse_id(key);
	sqlite3_stmt *st = id ? db_query(db, SQL_COMPLEX_BY_ID, "I", id)
			      : db_query(db, SQL_COMPLEX_BY_CODE, "t", key ? key : "");

	return store_result_of(db_one(db, st, a, read_area, out, "dossier complex"));
}

static const char SQL_AREA_NAME[] = "SELECT naam FROM area WHERE id = ?";

const char *dossier_area_name(struct db *db, struct arena *a, int64_t id)
{
	sqlite3_stmt *st = db_query(db, SQL_AREA_NAME, "I", id);
	const char *naam = "";

	db_one(db, st, a, db_read_text, &naam, "dossier area name");
	return naam;
}

int64_t dossier_wijk_id(struct db *db, const char *key)
{
	int64_t id = parse_id(key);
	if (id)
		return db_int(db, SQL_WIJK_BY_ID, 0, "I", id);
	return key && key[0] ? db_int(db, SQL_WIJK_BY_CODE, 0, "t", key) : 0;
}

int dossier_user_in_wijk(struct db *db, int64_t user_id, int64_t wijk_id)
{
	return db_int(db, SQL_USER_IN_WIJK, 0, "II", user_id, wijk_id) == 1;
}

static int read_user(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct dossier_user *u = row;

	u->id = sqlite3_column_int64(st, 0);
	u->naam = db_text(st, 1, a);
	int r = role_parse((const char *)sqlite3_column_text(st, 2));
	u->role = r < 0 ? ROLE_ANONYMOUS : (enum role)r;
	return 0;
}

int dossier_read_users(struct db *db, struct arena *a, sqlite3_stmt *st, struct dossier_user **out)
{
	int n;

	*out = db_rows(db, st, a, read_user, sizeof(**out), &n, "dossier users");
	return n;
}

int dossier_owners(struct db *db, struct arena *a, const struct dossier_viewer *v, struct dossier_user **out)
{
	sqlite3_stmt *st = db_query(db, SQL_OWNERS, VIEWER_D_FMT, VIEWER_D_ARGS(v));

	return dossier_read_users(db, a, st, out);
}

/* For tests/http/test_plan_dossiers.c: the list page's statements must not walk melding. */
const char *const dossier_list_sql[] = { SQL_COUNT, SQL_COUNT_Q, SQL_LIST, SQL_LIST_Q, SQL_OWNERS, SQL_WIJKEN };
const int dossier_list_sql_count = 6;
