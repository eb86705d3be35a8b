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
	if (rc != SQLITE_DONE || sqlite3_exec(h, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		fprintf(stderr, "generate: %s\n", sqlite3_errmsg(h));
		return -1;
	}
	return 0;
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
		cmocka_unit_test(test_search),
		cmocka_unit_test(test_lookups),
	};

	return cmocka_run_group_tests_name("melding_list", tests, setup, teardown);
}
