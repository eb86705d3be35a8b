/*
 * test_plan_dossiers.c - the query plans behind GET /dossiers,
 * GET /api/v1/dossiers and GET /dossiers/{id} (issue 14): none of their
 * statements walks all of melding. The dossier list counts its rows from
 * dossier alone, and the "nieuwe meldingen" look-ups go from the dossiers
 * to melding through their subject's index (melding_address, and the
 * covering melding_address_recent and melding_complex_recent of 0011).
 */
#include "accounts.h"
#include "harness.h"

#include "lib/buf.h"
#include "store/dossier_sql.h"

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

/* Whether the plan scans melding (by any name or index) instead of searching it. */
static int scans_melding(const char *plan)
{
	for (const char *p = plan; (p = strstr(p, "SCAN ")); p += 5)
		if (!strncmp(p + 5, "melding ", 8) || !strncmp(p + 5, "m ", 2) || !strncmp(p + 5, "melding\n", 8))
			return 1;
	return 0;
}

static void assert_no_melding_scan(sqlite3 *db, const char *sql)
{
	struct buf plan = BUF_INIT;

	test_query_plan(db, sql, &plan);
	if (scans_melding(plan.buf)) {
		print_error("full scan of melding in the plan of\n  %s\n%s", sql, plan.buf);
		fail();
	}
	buf_release(&plan);
}

static sqlite3 *open_db(struct server *s)
{
	sqlite3 *db;

	seed_organisation(s);
	assert_int_equal(sqlite3_open_v2(s->db_path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	return db;
}

/* The list page: count, page, search, and the filter's choices. */
static void test_list_plans(void **state)
{
	sqlite3 *db = open_db(*state);

	for (int i = 0; i < dossier_list_sql_count; i++)
		assert_no_melding_scan(db, dossier_list_sql[i]);
	/* The count and the page read dossier_melding by its key, never melding itself. */
	struct buf plan = BUF_INIT;
	test_query_plan(db, dossier_list_sql[2], &plan);
	if (!strstr(plan.buf, "SEARCH dm USING") || strstr(plan.buf, " melding"))
		fail_msg("the page does not count dossier_melding by its key:\n%s", plan.buf);
	buf_release(&plan);
	sqlite3_close(db);
}

/* Fails unless the plan of sql holds want. */
static void assert_plan_has(sqlite3 *db, const char *sql, const char *want)
{
	struct buf plan = BUF_INIT;

	test_query_plan(db, sql, &plan);
	if (!strstr(plan.buf, want)) {
		print_error("no \"%s\" in the plan of\n  %s\n%s", want, sql, plan.buf);
		fail();
	}
	buf_release(&plan);
}

/*
 * "Nieuwe meldingen" on the list and the dossier page: from the dossier to
 * melding by its subject, and on the list newest first from the covering
 * indexes of 0011, so each dossier stops at its 20th.
 */
static void test_new_melding_plans(void **state)
{
	sqlite3 *db = open_db(*state);

	for (int i = 0; i < dossier_melding_sql_count; i++)
		assert_no_melding_scan(db, dossier_melding_sql[i]);
	assert_plan_has(db, dossier_melding_sql[1], "SEARCH m USING INDEX melding_address (address_id=? AND rowid>?)");
	assert_plan_has(db, dossier_melding_sql[1], "SEARCH m USING INDEX melding_complex_recent (complex_id=?)");
	assert_plan_has(db, dossier_melding_sql[2], "SEARCH m USING COVERING INDEX melding_address_recent (address_id=?)");
	assert_plan_has(db, dossier_melding_sql[2], "SEARCH m USING COVERING INDEX melding_complex_recent (complex_id=?)");
	/* Each dossier's own 20 come out of the index in order: no sort of all its meldingen. */
	struct buf plan = BUF_INIT;
	test_query_plan(db, dossier_melding_sql[2], &plan);
	if (strstr(plan.buf, "RIGHT PART OF ORDER BY"))
		fail_msg("a dossier's newest meldingen are sorted, not read in order:\n%s", plan.buf);
	buf_release(&plan);
	sqlite3_close(db);
}

/* And the check can tell: the old list query, which let the planner walk melding by date, fails it. */
static void test_check_catches_a_scan(void **state)
{
	sqlite3 *db = open_db(*state);
	struct buf plan = BUF_INIT;

	test_query_plan(db, "SELECT d.id, m.id, d.referentie, m.referentie, d.onderwerp_tekst, c.naam, m.ontvangen_op"
		    " FROM dossier d JOIN melding m ON m.id > d.melding_grens"
		    " AND ((d.address_id IS NOT NULL AND m.address_id = d.address_id)"
		    "  OR (d.address_id IS NULL AND m.complex_id = d.complex_id))"
		    " JOIN category c ON c.id = m.category_id WHERE d.status = 'open'"
		    " AND NOT EXISTS (SELECT 1 FROM dossier_melding l WHERE l.dossier_id = d.id AND l.melding_id = m.id)"
		    " AND NOT EXISTS (SELECT 1 FROM dossier_melding_negeer g WHERE g.dossier_id = d.id"
		    "  AND g.melding_id = m.id) AND " SCOPE_MELDING
		    " AND (d.owner_id = ?1 OR EXISTS (SELECT 1 FROM dossier_member dm WHERE dm.dossier_id = d.id"
		    "  AND dm.user_id = ?1)) AND " SCOPE_DOSSIER
		    " ORDER BY m.ontvangen_op DESC, m.id DESC LIMIT ?10",
		&plan);
	if (!scans_melding(plan.buf))
		fail_msg("the old query does not scan melding:\n%s", plan.buf);
	buf_release(&plan);
	sqlite3_close(db);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_list_plans),
		cmocka_unit_test(test_new_melding_plans),
		cmocka_unit_test(test_check_catches_a_scan),
	};
	return harness_run_suite("plan_dossiers", tests, ARRAY_SIZE(tests), NULL);
}
