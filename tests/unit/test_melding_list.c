/*
 * test_melding_list.c - store/melding_list.c against a real database: every
 * filter, the scope, the sort orders, paging and search give the same rows
 * and totals as a plain reference query written out by hand, on both of the
 * list's query shapes (the planner's choice below 20,000 matches, the walk
 * along the sort order's index above it).
 *
 * The database is a temporary file with the real migrations and 25,000
 * generated meldingen: received in a shuffled order over a winter (so the
 * Amsterdam day is the UTC moment plus one hour), in wijk A, wijk B or no
 * wijk, some taken in by the viewer, all statuses, a few with a rare word.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db/db.h"
#include "db/migrate.h"
#include "lib/arena.h"
#include "lib/log.h"
#include "store/melding.h"
#include "store/melding_list.h"

#define N 25000
#define T0 1761955200LL              /* 2025-11-01T00:00:00Z */
#define DAY0 ((int32_t)((T0 + 3600) / 86400))

static struct db *db;
static char dir[] = "/tmp/leefbaar-list-XXXXXX";
static int64_t wijk_a, wijk_b, viewer, other;

static const char SQL_GEN[] =
	"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 25000),"
	" g AS (SELECT i, 1761955200 + ((i * 7919) % 25000) * 400 AS op,"
	"       CASE i % 5 WHEN 0 THEN 'nieuw' WHEN 1 THEN 'bevestigd' WHEN 2 THEN 'in_behandeling'"
	"       WHEN 3 THEN 'teruggekoppeld' ELSE 'afgesloten' END AS st FROM n)"
	" INSERT INTO melding(referentie, jaar, volgnummer, ontvangen_op, ontvangen_dag, geregistreerd_op, kanaal,"
	"  category_id, omschrijving, adres_tekst, wijk_id, status, assignee_id, created_by, bevestigen_dag,"
	"  terugkoppelen_dag, streef_dag, bevestigd_op, bevestigd_dag, teruggekoppeld_op, teruggekoppeld_dag,"
	"  afgesloten_op)"
	" SELECT printf('M-2025-%06d', i), 2025, i, op, (op + 3600) / 86400, op,"
	"  CASE WHEN i % 4 = 0 THEN 'telefoon' ELSE 'webformulier' END,"
	"  (SELECT min(id) FROM category) + i % 15,"
	"  'Melding ' || i || CASE WHEN i % 1000 = 0 THEN ' rookmelder' ELSE ' geluid buren' END,"
	"  'Straat ' || (i % 300),"
	"  CASE WHEN i % 10 = 0 THEN NULL WHEN i % 2 = 0 THEN ?1 ELSE ?2 END,"
	"  st, CASE WHEN i % 3 = 0 THEN ?4 END, CASE WHEN i % 97 = 0 THEN ?3 END,"
	"  (op + 3600) / 86400 + 2, (op + 3600) / 86400 + 14, (op + 3600) / 86400 + 7,"
	"  CASE WHEN st <> 'nieuw' THEN op + 3600 END, CASE WHEN st <> 'nieuw' THEN (op + 3600) / 86400 END,"
	"  CASE WHEN st IN ('teruggekoppeld', 'afgesloten') THEN op + 7200 END,"
	"  CASE WHEN st IN ('teruggekoppeld', 'afgesloten') THEN (op + 7200 + 3600) / 86400 END,"
	"  CASE WHEN st = 'afgesloten' THEN op + 9000 END"
	" FROM g";

static int setup(void **state)
{
	(void)state;
	char path[128];
	sqlite3_stmt *st;

	log_set_level(LOG_WARN);
	if (!mkdtemp(dir))
		return -1;
	snprintf(path, sizeof(path), "%s/list.db", dir);
	db = db_open(path, 5000);
	if (!db || migrate_run(db, "migrations") < 0) {
		fprintf(stderr, "migrate failed\n");
		return -1;
	}
	sqlite3 *h = db_handle(db);
	if (sqlite3_exec(h,
			 "INSERT INTO area(code, naam, soort, parent_id) VALUES ('WK000001', 'A', 'wijk', NULL),"
			 " ('WK000002', 'B', 'wijk', NULL); UPDATE area SET wijk_id = id;"
			 "INSERT INTO user(email, naam, role, password_hash, created_at) VALUES"
			 " ('v@x', 'Viewer', 'wijkbeheerder', 'x', 0), ('o@x', 'Other', 'sociaal_beheerder', 'x', 0);",
			 NULL, NULL, NULL) != SQLITE_OK) {
		fprintf(stderr, "fixture: %s\n", sqlite3_errmsg(h));
		return -1;
	}
	wijk_a = db_int(db, "SELECT id FROM area WHERE code = 'WK000001'", 0, NULL);
	wijk_b = db_int(db, "SELECT id FROM area WHERE code = 'WK000002'", 0, NULL);
	viewer = db_int(db, "SELECT id FROM user WHERE email = 'v@x'", 0, NULL);
	other = db_int(db, "SELECT id FROM user WHERE email = 'o@x'", 0, NULL);
	if (sqlite3_exec(h, "BEGIN", NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(h, SQL_GEN, -1, &st, NULL) != SQLITE_OK) {
		fprintf(stderr, "generate: %s\n", sqlite3_errmsg(h));
		return -1;
	}
	sqlite3_bind_int64(st, 1, wijk_a);
	sqlite3_bind_int64(st, 2, wijk_b);
	sqlite3_bind_int64(st, 3, viewer);
	sqlite3_bind_int64(st, 4, other);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	/*
	 * Spread the first confirmation and feedback over the days after
	 * receipt (due +2, target +7, due +14), so the term filters see
	 * meldingen met early, on the due day, late, and after a peildatum.
	 */
	if (rc == SQLITE_DONE &&
	    sqlite3_exec(h, "UPDATE melding SET bevestigd_dag = bevestigd_dag + id % 5,"
			    " teruggekoppeld_dag = teruggekoppeld_dag + id % 19", NULL, NULL, NULL) != SQLITE_OK)
		rc = SQLITE_ERROR;
	if (rc != SQLITE_DONE || sqlite3_exec(h, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		fprintf(stderr, "generate: %s\n", sqlite3_errmsg(h));
		return -1;
	}
	/* A bulk load past db_commit(): index what it wrote (migration 0031). */
	return melding_fts_flush(db) == STORE_OK ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	char cmd[200];

	db_close(db);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static const char *const order_sql[MSORT__MAX] = {
	"ontvangen_op DESC, id DESC", "ontvangen_op ASC, id ASC",
	"bevestigen_dag ASC, id ASC", "terugkoppelen_dag ASC, id ASC",
};

/*
 * Runs melding_list(f, page) and the reference "SELECT ... WHERE where"
 * (on melding m, printf-style) and wants the same total, page and ids.
 * Returns the total.
 */
static int64_t same(const struct melding_filter *f, int page, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static int64_t same(const struct melding_filter *f, int page, const char *fmt, ...)
{
	struct arena a = ARENA_INIT;
	struct melding_page pg;
	char where[1024], sql[1400];
	va_list ap;
	sqlite3_stmt *st;

	va_start(ap, fmt);
	vsnprintf(where, sizeof(where), fmt, ap);
	va_end(ap);
	assert_int_equal(melding_list(db, &a, f, page, &pg), STORE_OK);

	/* Not db_int(): its statement cache is keyed by the SQL's address, and this buffer is reused. */
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM melding m WHERE %s", where);
	assert_int_equal(sqlite3_prepare_v2(db_handle(db), sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	int64_t total = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (pg.total != total)
		fail_msg("total %lld, reference %lld for: %s", (long long)pg.total, (long long)total, where);
	int64_t pages = total ? (total + 49) / 50 : 1;
	int want_page = page < 1 ? 1 : page > pages ? (int)pages : page;
	assert_int_equal(pg.page, want_page);
	assert_int_equal(pg.pages, pages);

	snprintf(sql, sizeof(sql), "SELECT id FROM melding m WHERE %s ORDER BY %s LIMIT 50 OFFSET %d", where,
		 order_sql[f->sort], (want_page - 1) * 50);
	assert_int_equal(sqlite3_prepare_v2(db_handle(db), sql, -1, &st, NULL), SQLITE_OK);
	int i = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (i >= pg.n || pg.rows[i].id != sqlite3_column_int64(st, 0))
			fail_msg("row %d: id %lld, reference %lld for: %s", i, i < pg.n ? (long long)pg.rows[i].id : -1LL,
				 (long long)sqlite3_column_int64(st, 0), where);
		i++;
	}
	sqlite3_finalize(st);
	assert_int_equal(i, pg.n);
	arena_release(&a);
	return total;
}

static void all(struct melding_filter *f)
{
	melding_filter_clear(f);
	f->viewer_id = viewer;
	f->viewer_all_areas = 1;
}

static int64_t areas_a[1];

static void scoped(struct melding_filter *f)
{
	melding_filter_clear(f);
	f->viewer_id = viewer;
	areas_a[0] = wijk_a;
	f->viewer_areas = areas_a;
	f->n_viewer_areas = 1;
}

#define SCOPE "(m.wijk_id = %lld OR m.created_by = %lld)"

static void test_everything_and_sort_orders(void **state)
{
	(void)state;
	struct melding_filter f;

	all(&f);
	assert_int_equal(same(&f, 1, "1"), N);           /* over the walk threshold */
	same(&f, 7, "1");
	f.sort = MSORT_ONTVANGEN_ASC;
	same(&f, 3, "1");
	f.sort = MSORT_BEVESTIGEN;
	same(&f, 2, "1");
	f.sort = MSORT_TERUGKOPPELEN;
	same(&f, 500, "1");                              /* the last page */
	same(&f, 99999, "1");                            /* past it: the last page */
	same(&f, -3, "1");
	/* Rows carry what the page shows. */
	struct arena a = ARENA_INIT;
	struct melding_page pg;
	f.sort = MSORT_ONTVANGEN_DESC;
	assert_int_equal(melding_list(db, &a, &f, 1, &pg), STORE_OK);
	assert_int_equal(pg.n, 50);
	assert_int_equal(strncmp(pg.rows[0].referentie, "M-2025-", 7), 0);
	assert_true(pg.rows[0].ontvangen_op >= pg.rows[1].ontvangen_op);
	assert_int_equal(pg.rows[0].ontvangen_dag, (int32_t)((pg.rows[0].ontvangen_op + 3600) / 86400));
	arena_release(&a);
}

static void test_scope(void **state)
{
	(void)state;
	struct melding_filter f;

	scoped(&f);
	int64_t n = same(&f, 1, SCOPE, (long long)wijk_a, (long long)viewer);
	assert_true(n > 10000 && n < N);
	same(&f, 100, SCOPE, (long long)wijk_a, (long long)viewer);
	f.sort = MSORT_BEVESTIGEN;
	same(&f, 3, SCOPE, (long long)wijk_a, (long long)viewer);
	/* Wijk B only through what the viewer took in. */
	scoped(&f);
	f.wijk_id = wijk_b;
	assert_true(same(&f, 1, SCOPE " AND m.wijk_id = %lld", (long long)wijk_a, (long long)viewer, (long long)wijk_b) > 0);
	/* No wijken: only what the viewer took in. */
	scoped(&f);
	f.n_viewer_areas = 0;
	assert_int_equal(same(&f, 1, "m.created_by = %lld", (long long)viewer), N / 97);
	/* Nobody: nothing. */
	f.viewer_id = 0;
	struct arena a = ARENA_INIT;
	struct melding_page pg;
	assert_int_equal(melding_list(db, &a, &f, 1, &pg), STORE_OK);
	assert_int_equal(pg.total, 0);
	assert_int_equal(pg.n, 0);
	arena_release(&a);
}

static void test_filters(void **state)
{
	(void)state;
	struct melding_filter f;

	scoped(&f);
	f.status = MS_NIEUW;
	same(&f, 2, SCOPE " AND m.status = 'nieuw'", (long long)wijk_a, (long long)viewer);
	all(&f);
	f.status = MS_AFGESLOTEN;
	f.kanaal = KANAAL_TELEFOON;
	same(&f, 1, "m.status = 'afgesloten' AND m.kanaal = 'telefoon'");
	all(&f);
	f.categorie = "geluid";
	same(&f, 4, "m.category_id = (SELECT id FROM category WHERE code = 'geluid')");
	scoped(&f);
	f.pijler = PIJLER_FYSIEK;
	same(&f, 1, SCOPE " AND m.category_id IN (SELECT id FROM category WHERE pijler = 'fysiek')",
	     (long long)wijk_a, (long long)viewer);
	all(&f);
	f.wijk_onbekend = 1;
	assert_int_equal(same(&f, 1, "m.wijk_id IS NULL"), N / 10);
	scoped(&f);
	f.wijk_onbekend = 1;
	same(&f, 1, SCOPE " AND m.wijk_id IS NULL", (long long)wijk_a, (long long)viewer);
	all(&f);
	f.assignee_id = MELDING_ASSIGNEE_NONE;
	same(&f, 3, "m.assignee_id IS NULL");          /* many: the walk */
	scoped(&f);
	f.assignee_id = other;
	same(&f, 2, SCOPE " AND m.assignee_id = %lld", (long long)wijk_a, (long long)viewer, (long long)other);
}

static void test_late(void **state)
{
	(void)state;
	struct melding_filter f;

	all(&f);
	f.today = DAY0 + 60;
	f.late = MLATE_BEVESTIGING;
	same(&f, 1, "m.bevestigd_op IS NULL AND m.status <> 'afgesloten' AND m.bevestigen_dag < %d", (int)f.today);
	f.late = MLATE_TERUGKOPPELING;
	f.sort = MSORT_TERUGKOPPELEN;
	same(&f, 2, "m.teruggekoppeld_op IS NULL AND m.status <> 'afgesloten' AND m.terugkoppelen_dag < %d", (int)f.today);
	scoped(&f);
	f.today = DAY0 + 60;
	f.late = MLATE_BEIDE;
	same(&f, 1, SCOPE " AND m.status <> 'afgesloten' AND ((m.bevestigd_op IS NULL AND m.bevestigen_dag < %d)"
	     " OR (m.teruggekoppeld_op IS NULL AND m.terugkoppelen_dag < %d))",
	     (long long)wijk_a, (long long)viewer, (int)f.today, (int)f.today);
}

static void test_period(void **state)
{
	(void)state;
	struct melding_filter f;

	/* Both ends inclusive, in Amsterdam days: the count (days) and the page (moments) agree. */
	all(&f);
	f.has_van = f.has_tot = 1;
	f.van = DAY0 + 10;
	f.tot = DAY0 + 20;
	same(&f, 1, "m.ontvangen_dag BETWEEN %d AND %d", (int)f.van, (int)f.tot);
	same(&f, 30, "m.ontvangen_dag BETWEEN %d AND %d", (int)f.van, (int)f.tot);
	f.sort = MSORT_ONTVANGEN_ASC;
	same(&f, 1, "m.ontvangen_dag BETWEEN %d AND %d", (int)f.van, (int)f.tot);
	scoped(&f);
	f.has_van = 1;
	f.van = DAY0 + 100;
	same(&f, 1, SCOPE " AND m.ontvangen_dag >= %d", (long long)wijk_a, (long long)viewer, (int)f.van);
	f.has_van = 0;
	f.has_tot = 1;
	f.tot = DAY0;
	same(&f, 1, SCOPE " AND m.ontvangen_dag <= %d", (long long)wijk_a, (long long)viewer, (int)f.tot);
}

/* ---- the dashboard's term figures, against a plain computation in C ---- */

/* One melding as the definitions need it; NONE: not yet. */
#define NONE INT32_MIN
struct ref_row {
	int64_t id, wijk_id, created_by;
	int32_t ontvangen, bev_due, ter_due, streef, bevestigd, teruggekoppeld;
	int afgesloten, bev_op_null, ter_op_null;
};

/* Issue 9's words: met on or before P; then on time or late; else late if due < P, else open. */
enum ref_term { REF_OP_TIJD, REF_TE_LAAT, REF_OPEN };
static enum ref_term ref_term(int32_t due, int32_t met, int32_t peil)
{
	if (met != NONE && met <= peil)
		return met <= due ? REF_OP_TIJD : REF_TE_LAAT;
	return due < peil ? REF_TE_LAAT : REF_OPEN;
}

static int ref_match(const struct ref_row *r, enum melding_termijn t, int32_t peil)
{
	enum ref_term b = ref_term(r->bev_due, r->bevestigd, peil), k = ref_term(r->ter_due, r->teruggekoppeld, peil);
	switch (t) {
	case MTERM_BEV_OP_TIJD: return b == REF_OP_TIJD;
	case MTERM_BEV_TE_LAAT: return b == REF_TE_LAAT;
	case MTERM_BEV_OPEN: return b == REF_OPEN;
	case MTERM_TER_OP_TIJD: return k == REF_OP_TIJD;
	case MTERM_TER_TE_LAAT: return k == REF_TE_LAAT;
	case MTERM_TER_OPEN: return k == REF_OPEN;
	case MTERM_TER_STREEF: return r->teruggekoppeld != NONE && r->teruggekoppeld <= peil && r->teruggekoppeld <= r->streef;
	case MTERM_TE_LAAT: return b == REF_TE_LAAT || k == REF_TE_LAAT;
	case MTERM_OPEN: return b == REF_OPEN || k == REF_OPEN;
	case MTERM_TERUGGEKOPPELD: return r->teruggekoppeld != NONE && r->teruggekoppeld <= peil;
	default: return 1;
	}
}

static int32_t col_day(sqlite3_stmt *st, int i)
{
	return sqlite3_column_type(st, i) == SQLITE_NULL ? NONE : sqlite3_column_int(st, i);
}

/*
 * melding_list(f, page) against every row read in f's sort order and kept
 * by keep() in C: the same total and the same ids on the page. Returns the
 * total.
 */
static int64_t same_c(const struct melding_filter *f, int page, int (*keep)(const struct ref_row *, const struct melding_filter *))
{
	struct arena a = ARENA_INIT;
	struct melding_page pg;
	char sql[400];
	sqlite3_stmt *st;
	int64_t total = 0, want_ids[50];
	int n_want = 0;

	assert_int_equal(melding_list(db, &a, f, page, &pg), STORE_OK);
	snprintf(sql, sizeof(sql),
		 "SELECT id, coalesce(wijk_id, 0), coalesce(created_by, 0), ontvangen_dag, bevestigen_dag,"
		 " terugkoppelen_dag, streef_dag, bevestigd_dag, teruggekoppeld_dag, status = 'afgesloten',"
		 " bevestigd_op IS NULL, teruggekoppeld_op IS NULL FROM melding m ORDER BY %s", order_sql[f->sort]);
	assert_int_equal(sqlite3_prepare_v2(db_handle(db), sql, -1, &st, NULL), SQLITE_OK);
	int64_t first = (int64_t)(pg.page - 1) * 50;
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct ref_row r = {
			.id = sqlite3_column_int64(st, 0), .wijk_id = sqlite3_column_int64(st, 1),
			.created_by = sqlite3_column_int64(st, 2), .ontvangen = sqlite3_column_int(st, 3),
			.bev_due = sqlite3_column_int(st, 4), .ter_due = sqlite3_column_int(st, 5),
			.streef = sqlite3_column_int(st, 6), .bevestigd = col_day(st, 7), .teruggekoppeld = col_day(st, 8),
			.afgesloten = sqlite3_column_int(st, 9), .bev_op_null = sqlite3_column_int(st, 10),
			.ter_op_null = sqlite3_column_int(st, 11),
		};
		if (!keep(&r, f))
			continue;
		if (total >= first && n_want < 50)
			want_ids[n_want++] = r.id;
		total++;
	}
	sqlite3_finalize(st);
	if (pg.total != total)
		fail_msg("total %lld, reference %lld (termijn %d, vandaag %d)", (long long)pg.total, (long long)total,
			 (int)f->termijn, (int)f->vandaag);
	assert_int_equal(pg.n, n_want);
	for (int i = 0; i < n_want; i++)
		assert_int_equal(pg.rows[i].id, want_ids[i]);
	arena_release(&a);
	return total;
}

/* The period, the peildatum's cut, the scope, the wijk and the term: the dashboard's population. */
static int keep_term(const struct ref_row *r, const struct melding_filter *f)
{
	int32_t peil = f->has_peildatum ? f->peildatum : f->today;
	if (f->has_van && r->ontvangen < f->van)
		return 0;
	if (f->has_tot && r->ontvangen > f->tot)
		return 0;
	if ((f->has_peildatum || f->termijn != MTERM_ANY) && r->ontvangen > peil)
		return 0;
	if (!f->viewer_all_areas && r->wijk_id != f->viewer_areas[0] && r->created_by != f->viewer_id)
		return 0;
	if (f->wijk_id && r->wijk_id != f->wijk_id)
		return 0;
	return ref_match(r, f->termijn, peil);
}

static int keep_vandaag(const struct ref_row *r, const struct melding_filter *f)
{
	if (!f->viewer_all_areas && r->wijk_id != f->viewer_areas[0] && r->created_by != f->viewer_id)
		return 0;
	if (r->afgesloten)
		return 0;
	if (f->vandaag == MVANDAAG_BEVESTIGEN)
		return r->bev_op_null && r->bev_due == f->today;
	return r->ter_op_null && r->ter_due == f->today;
}

static void test_termijn(void **state)
{
	(void)state;
	struct melding_filter f;
	/* Before, inside and after the received days (DAY0 .. DAY0 + 115). */
	static const int32_t peil[] = { 20, 47, 60, 200 };

	for (size_t p = 0; p < sizeof(peil) / sizeof(peil[0]); p++) {
		int64_t sum_b = 0, sum_t = 0, population = 0;
		for (int t = MTERM_ANY; t < MTERM__MAX; t++) {
			all(&f);
			f.today = DAY0 + 300;            /* the peildatum, not today, decides */
			f.has_peildatum = 1;
			f.peildatum = DAY0 + peil[p];
			f.has_van = 1;
			f.van = DAY0 + 10;
			f.termijn = (enum melding_termijn)t;
			int64_t n = same_c(&f, 1, keep_term);
			if (t == MTERM_ANY)
				population = n;
			else if (t <= MTERM_BEV_OPEN)
				sum_b += n;
			else if (t <= MTERM_TER_OPEN)
				sum_t += n;
			/* The data holds each of these once anything was received in the period. */
			if (peil[p] > 20 && (t == MTERM_BEV_OP_TIJD || t == MTERM_BEV_TE_LAAT || t == MTERM_TER_OP_TIJD ||
					     t == MTERM_TER_TE_LAAT || t == MTERM_TER_STREEF || t == MTERM_TE_LAAT ||
					     t == MTERM_TERUGGEKOPPELD))
				assert_true(n > 0);
			if (peil[p] == 47 && (t == MTERM_BEV_OPEN || t == MTERM_TER_OPEN || t == MTERM_OPEN))
				assert_true(n > 0);
			if (t == MTERM_TER_TE_LAAT) {
				same_c(&f, 3, keep_term);
				f.sort = MSORT_TERUGKOPPELEN;
				same_c(&f, 2, keep_term);
			}
		}
		/* op tijd + te laat + open is the population, for each term. */
		assert_int_equal(sum_b, population);
		assert_int_equal(sum_t, population);
	}
	/* Without a peildatum: as of today; with a tot after the peildatum, the peildatum cuts. */
	all(&f);
	f.today = DAY0 + 50;
	f.termijn = MTERM_BEV_TE_LAAT;
	assert_true(same_c(&f, 1, keep_term) > 0);
	f.has_tot = 1;
	f.tot = DAY0 + 100;
	f.has_peildatum = 1;
	f.peildatum = DAY0 + 40;
	f.termijn = MTERM_TER_OPEN;
	same_c(&f, 1, keep_term);
	f.termijn = MTERM_ANY;                       /* the cut alone */
	same_c(&f, 1, keep_term);
	/* Within the scope and one wijk. */
	scoped(&f);
	f.today = DAY0 + 50;
	f.has_peildatum = 1;
	f.peildatum = DAY0 + 45;
	for (int t = MTERM_ANY + 1; t < MTERM__MAX; t++) {
		f.termijn = (enum melding_termijn)t;
		same_c(&f, 1, keep_term);
	}
	f.wijk_id = wijk_b;
	f.termijn = MTERM_TE_LAAT;
	same_c(&f, 1, keep_term);
}

static void test_vandaag(void **state)
{
	(void)state;
	struct melding_filter f;

	for (int32_t day = 0; day < 120; day += 17) {
		all(&f);
		f.today = DAY0 + day;
		f.vandaag = MVANDAAG_BEVESTIGEN;
		int64_t nb = same_c(&f, 1, keep_vandaag);
		f.vandaag = MVANDAAG_TERUGKOPPELEN;
		int64_t nt = same_c(&f, 1, keep_vandaag);
		if (day >= 17 && day <= 100)
			assert_true(nb > 0 && nt > 0);
		scoped(&f);
		f.today = DAY0 + day;
		f.vandaag = MVANDAAG_TERUGKOPPELEN;
		same_c(&f, 1, keep_vandaag);
	}
}

static void test_parse(void **state)
{
	(void)state;
	assert_int_equal(melding_termijn_parse(""), MTERM_ANY);
	assert_int_equal(melding_termijn_parse("bevestiging_te_laat"), MTERM_BEV_TE_LAAT);
	assert_int_equal(melding_termijn_parse("terugkoppeling_binnen_streef"), MTERM_TER_STREEF);
	assert_int_equal(melding_termijn_parse("te_laat"), MTERM_TE_LAAT);
	assert_int_equal(melding_termijn_parse("TE_LAAT"), -1);
	assert_int_equal(melding_termijn_parse(NULL), -1);
	assert_int_equal(melding_vandaag_parse("terugkoppelen"), MVANDAAG_TERUGKOPPELEN);
	assert_int_equal(melding_vandaag_parse("morgen"), -1);
}

static void test_search(void **state)
{
	(void)state;
	struct melding_filter f;
	static const char *const hostile[] = {
		"overlast-melding", "AND", "\"", "NEAR(", "*", "OR 1=1", "'; DROP TABLE melding; --", "a\"b",
		"{referentie}: x", "^geluid", "\xff", "-geluid", "geluid NOT buren",
	};

	all(&f);
	f.q = "rookmelder";
	assert_int_equal(same(&f, 1, "m.omschrijving LIKE '%%rookmelder%%'"), N / 1000);
	f.q = "ROOKMELD";   /* a prefix, any case */
	assert_int_equal(same(&f, 1, "m.omschrijving LIKE '%%rookmelder%%'"), N / 1000);
	f.q = "M-2025-000123";
	assert_int_equal(same(&f, 1, "m.referentie = 'M-2025-000123'"), 1);
	f.q = "geluid buren";   /* many: the walk */
	same(&f, 2, "m.omschrijving LIKE '%%geluid buren%%'");
	scoped(&f);
	f.q = "rookmelder";
	f.status = MS_AFGESLOTEN;
	same(&f, 1, SCOPE " AND m.omschrijving LIKE '%%rookmelder%%' AND m.status = 'afgesloten'",
	     (long long)wijk_a, (long long)viewer);
	/* Hostile text is only ever text. */
	all(&f);
	for (size_t i = 0; i < sizeof(hostile) / sizeof(hostile[0]); i++) {
		struct arena a = ARENA_INIT;
		struct melding_page pg;
		f.q = hostile[i];
		assert_int_equal(melding_list(db, &a, &f, 1, &pg), STORE_OK);
		arena_release(&a);
	}
	assert_int_equal(db_int(db, "SELECT count(*) FROM melding", 0, NULL), N);
	/* Nothing searchable: as if there were no search. */
	f.q = "\" ( *";
	assert_int_equal(same(&f, 1, "1"), N);
}

static void test_lookups(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	struct area_item *w;
	struct staff_user *u;

	assert_int_equal(melding_list_wijken(db, &a, &w), 2);
	assert_string_equal(w[0].naam, "A");
	assert_int_equal(melding_list_wijk_by_code(db, "WK000002"), wijk_b);
	assert_int_equal(melding_list_wijk_by_code(db, "WK999999"), 0);
	assert_int_equal(melding_staff_users(db, &a, wijk_a, &u), 2);
	assert_int_equal(melding_onbekend_count(db), N / 10);
	arena_release(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_everything_and_sort_orders),
		cmocka_unit_test(test_scope),
		cmocka_unit_test(test_filters),
		cmocka_unit_test(test_late),
		cmocka_unit_test(test_period),
		cmocka_unit_test(test_termijn),
		cmocka_unit_test(test_vandaag),
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_search),
		cmocka_unit_test(test_lookups),
	};

	return cmocka_run_group_tests_name("melding_list", tests, setup, teardown);
}
