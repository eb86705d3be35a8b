/*
 * test_plan_wijkprofiel.c - the query plans behind the wijkprofiel (issue
 * 18): at a million meldingen the profile must stay well under 25 ms, so
 * no statement of store/wijkprofiel.c may read a table whole. Each is a
 * range of a primary key or an index:
 *
 *   - the meldingen per month: the primary key of wijk_cijfer (0047) for
 *     one area and its years, never melding or melding_fact;
 *   - the terms still to come: 0047's partial indexes from today's due
 *     day on, never every melding of the wijk;
 *   - a wijk's dossiers by dossier_wijk, a buurt's by 0047's
 *     wijkprofiel_dossier_buurt, their referrals, escalations and
 *     interventions by the dossier's own index;
 *   - a wijk's scores from 0038's covering index.
 */
#include "accounts.h"
#include "harness.h"

#include "lib/buf.h"
#include "store/wijkprofiel.h"

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

static sqlite3 *open_db(struct server *s)
{
	sqlite3 *db;

	/* The server migrated its database on start. */
	assert_int_equal(sqlite3_open_v2(s->db_path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	return db;
}

/* The statement of wijkprofiel_sql[] that contains every string of has. */
static const char *statement(const char *const has[])
{
	for (int i = 0; i < wijkprofiel_sql_count; i++) {
		int all = 1;
		for (int k = 0; has[k]; k++)
			all &= strstr(wijkprofiel_sql[i], has[k]) != NULL;
		if (all)
			return wijkprofiel_sql[i];
	}
	fail_msg("no statement with \"%s\"", has[0]);
	return NULL;
}

/* Fails unless every string of want is in the plan of sql, and on any full scan. */
static void check_plan(sqlite3 *db, const char *sql, const char *const want[])
{
	struct buf plan = BUF_INIT;

	test_query_plan(db, sql, &plan);
	for (int i = 0; want[i]; i++)
		if (!strstr(plan.buf, want[i]))
			fail_msg("\"%s\" missing from the plan of\n  %s\n%s", want[i], sql, plan.buf);
	/* "SCAN" with no index after it reads a table whole. */
	for (const char *p = plan.buf; (p = strstr(p, "SCAN ")); p++) {
		char line[256];
		const char *eol = strchr(p, '\n');
		size_t len = eol ? (size_t)(eol - p) : strlen(p);
		snprintf(line, sizeof(line), "%.*s", (int)len, p);
		if (!strstr(line, "USING") && !strstr(line, "CONSTANT") && !strstr(line, "SUBQUERY"))
			fail_msg("a full scan in the plan of\n  %s\n%s", sql, plan.buf);
	}
	buf_release(&plan);
}

static void test_meldingen_per_month(void **state)
{
	sqlite3 *db = open_db(*state);

	check_plan(db, statement((const char *const[]){ "FROM wijk_cijfer", NULL }),
		   (const char *const[]){ "SEARCH wijk_cijfer USING PRIMARY KEY (area_id=? AND jaar>? AND jaar<?)", NULL });
	sqlite3_close(db);
}

static void test_terms_to_come(void **state)
{
	sqlite3 *db = open_db(*state);

	for (int b = 0; b < 2; b++) {
		const char *area = b ? "buurt_id = ?1" : "wijk_id = ?1";
		check_plan(db, statement((const char *const[]){ "bevestigd_dag IS NULL", area, NULL }),
			   (const char *const[]){ "INDEX wijkprofiel_onbevestigd (bevestigen_dag>?)",
						  "INDEX wijkprofiel_niet_teruggekoppeld (terugkoppelen_dag>?)", NULL });
	}
	sqlite3_close(db);
}

static void test_dossiers(void **state)
{
	sqlite3 *db = open_db(*state);
	const char *const areas[2] = { "d.wijk_id = ?1", "d.buurt_id = ?1" };
	const char *const index[2] = { "dossier_wijk (wijk_id=?", "wijkprofiel_dossier_buurt (buurt_id=?" };

	for (int b = 0; b < 2; b++) {
		check_plan(db, statement((const char *const[]){ "coalesce(vervuild_dag", areas[b], NULL }),
			   (const char *const[]){ index[b], NULL });
		check_plan(db, statement((const char *const[]){ "JOIN referral", areas[b], NULL }),
			   (const char *const[]){ index[b], "referral_dossier (dossier_id=?)", NULL });
		check_plan(db, statement((const char *const[]){ "JOIN escalation", areas[b], NULL }),
			   (const char *const[]){ index[b], "escalation_dossier (dossier_id=?)", NULL });
		check_plan(db, statement((const char *const[]){ "JOIN intervention", areas[b], NULL }),
			   (const char *const[]){ index[b], "intervention_dossier (dossier_id=?)", NULL });
		check_plan(db, statement((const char *const[]){ "d.ave_niveau", areas[b], NULL }),
			   (const char *const[]){ index[b], NULL });
	}
	sqlite3_close(db);
}

static void test_scores(void **state)
{
	sqlite3 *db = open_db(*state);

	check_plan(db, statement((const char *const[]){ "FROM tevredenheid WHERE", NULL }),
		   (const char *const[]){ "COVERING INDEX tevredenheid_wijk (wijk_id=? AND dag>? AND dag<?)", NULL });
	check_plan(db, statement((const char *const[]){ "m.buurt_id = ?1", NULL }),
		   (const char *const[]){ "tevredenheid_wijk (wijk_id=? AND dag>? AND dag<?)", NULL });
	sqlite3_close(db);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_meldingen_per_month),
		cmocka_unit_test(test_terms_to_come),
		cmocka_unit_test(test_dossiers),
		cmocka_unit_test(test_scores),
	};
	return harness_run_suite("plan_wijkprofiel", tests, ARRAY_SIZE(tests), NULL);
}
