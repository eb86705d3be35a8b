/*
 * test_plan_kpi.c - the query plans behind the dashboard of a user bound
 * to wijken (issue 14 point 2: a year's dashboard within 50 ms at a
 * million meldingen, for every role). test_kpi.c already refuses a full
 * scan in any KPI query; this suite asserts what a viewer bound to wijken
 * reads instead of everything:
 *
 *   - the year's facts (store/kpi.c, kpi_load_sql[1]): a range per wijk of
 *     the covering index melding_fact_wijk (migration 0013), not the
 *     whole period of every wijk tested row by row;
 *   - the open workload per assignee (store/kpi_work.c, kpi_work_sql[3]):
 *     a range per wijk of melding_werk_wijk (0013), in its order, with no
 *     sort, not every open melding of every wijk;
 *   - and for everyone, the dossier figures at tens of thousands of
 *     dossiers from the indexes of 0014 (test_dossier_figures).
 */
#include "accounts.h"
#include "harness.h"

#include "lib/buf.h"
#include "store/kpi.h"
#include "store/kpi_dossier.h"
#include "store/kpi_work.h"

#include <sqlite3.h>
#include <string.h>

static sqlite3 *open_db(struct server *s)
{
	sqlite3 *db;

	/* The server migrated its database on start. */
	assert_int_equal(sqlite3_open_v2(s->db_path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	return db;
}

/* Fails unless every string of want is in the plan of sql and none of refuse. */
static void check_plan(sqlite3 *db, const char *what, const char *sql, const char *const want[],
		       const char *const refuse[])
{
	struct buf plan = BUF_INIT;

	test_query_plan(db, sql, &plan);
	for (int i = 0; want[i]; i++)
		if (!strstr(plan.buf, want[i]))
			fail_msg("%s: \"%s\" missing from the plan of\n  %s\n%s", what, want[i], sql, plan.buf);
	for (int i = 0; refuse[i]; i++)
		if (strstr(plan.buf, refuse[i]))
			fail_msg("%s: \"%s\" in the plan of\n  %s\n%s", what, refuse[i], sql, plan.buf);
	buf_release(&plan);
}

/* The facts of the viewer's wijken, and only those, from the covering index. */
static void test_facts_of_wijken(void **state)
{
	sqlite3 *db = open_db(*state);
	struct buf plan = BUF_INIT;

	assert_true(kpi_load_sql_count > 1);
	check_plan(db, "a viewer's facts", kpi_load_sql[1],
		   (const char *const[]){ "SEARCH melding_fact USING COVERING INDEX melding_fact_wijk (<expr>=? AND dag>? AND dag<?)",
					  NULL },
		   (const char *const[]){ "melding_fact USING PRIMARY KEY", "TEMP B-TREE", NULL });

	/* The statement before 0013 read the whole period by the key: the check above refuses it. */
	test_query_plan(db,
			"SELECT dag, tijd, wat, melder, slot FROM melding_fact WHERE dag BETWEEN ? AND ?"
			" AND (wat >> 22 & 16777215) - 1 IN (SELECT area_id FROM user_area WHERE user_id = ?)",
			&plan);
	if (strstr(plan.buf, "melding_fact_wijk") || !strstr(plan.buf, "melding_fact USING PRIMARY KEY"))
		fail_msg("the old statement no longer reads every wijk:\n%s", plan.buf);
	buf_release(&plan);
	sqlite3_close(db);
}

/* The open workload of the viewer's wijken, grouped in the index's order. */
static void test_open_work_of_wijken(void **state)
{
	sqlite3 *db = open_db(*state);

	assert_true(kpi_work_sql_count > 3);
	check_plan(db, "a viewer's open work", kpi_work_sql[3],
		   (const char *const[]){ "SEARCH m USING COVERING INDEX melding_werk_wijk (wijk_id=?)", NULL },
		   (const char *const[]){ "TEMP B-TREE", "melding_werk_open", NULL });
	/* Everyone's open work still walks melding_werk_open in assignee order. */
	check_plan(db, "all open work", kpi_work_sql[2],
		   (const char *const[]){ "melding_werk_open", NULL }, (const char *const[]){ "TEMP B-TREE", NULL });
	sqlite3_close(db);
}

/*
 * The dossier figures at tens of thousands of dossiers (0014): "open on
 * the peildatum" from the still-open ones' covering index and the closed
 * ones' index, vervuilde woningen from the few ever marked - not every
 * dossier opened before the period's end.
 */
static void test_dossier_figures(void **state)
{
	sqlite3 *db = open_db(*state);

	assert_true(kpi_dossier_sql_count == 5);
	check_plan(db, "open on the peildatum", kpi_dossier_sql[1],
		   (const char *const[]){ "SEARCH d USING COVERING INDEX dossier_open_sinds (geopend_op<?)",
					  "SEARCH d USING INDEX dossier_gesloten (gesloten_op>?)", NULL },
		   (const char *const[]){ "dossier_geopend", NULL });
	check_plan(db, "vervuilde woningen", kpi_dossier_sql[2],
		   (const char *const[]){ "SEARCH d USING INDEX dossier_vervuild (vervuild_dag>? AND vervuild_dag<?)", NULL },
		   (const char *const[]){ "dossier_geopend", NULL });
	sqlite3_close(db);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_facts_of_wijken),
		cmocka_unit_test(test_open_work_of_wijken),
		cmocka_unit_test(test_dossier_figures),
	};
	return harness_run_suite("plan_kpi", tests, ARRAY_SIZE(tests), NULL);
}
