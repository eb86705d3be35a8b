/*
 * test_plan_dossiers.c - the query plans behind GET /dossiers,
 * GET /api/v1/dossiers and GET /dossiers/{id} (issue 14): none of their
 * statements walks all of melding. The dossier list counts its rows from
 * dossier alone, and the "nieuwe meldingen" look-ups go from the dossiers
 * to melding through their subject's index (melding_address, and the
 * covering melding_address_recent and melding_complex_recent of 0011).
 * A dossier with more meldingen than a page holds shows them a page at a
 * time, chosen on the narrow melding_lijst_id (test_big_dossier_pages).
 */
#include "accounts.h"
#include "harness.h"

#include "lib/buf.h"
#include "store/dossier_sql.h"
#include "store/referral_sql.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
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

/* Fails when the plan of sql holds refuse. */
static void assert_plan_lacks(sqlite3 *db, const char *sql, const char *refuse)
{
	struct buf plan = BUF_INIT;

	test_query_plan(db, sql, &plan);
	if (strstr(plan.buf, refuse)) {
		print_error("\"%s\" in the plan of\n  %s\n%s", refuse, sql, plan.buf);
		fail();
	}
	buf_release(&plan);
}

/*
 * The lists at tens of thousands of dossiers and referrals (0014): a page
 * walks the index in the list's order (dossier_lijst, referral_lijst) and
 * sorts nothing; the dossier count goes into the scope by index, one
 * count per way in (role, wijk, owner, member); the owners of the filter
 * are looked up per user; "nieuwe meldingen" starts from the user's own
 * dossiers. The statements before fail these checks (shown last).
 */
static void test_volume_plans(void **state)
{
	sqlite3 *db = open_db(*state);
	struct buf plan = BUF_INIT;

	assert_plan_has(db, dossier_list_sql[2], "SCAN d USING INDEX dossier_lijst");
	assert_plan_lacks(db, dossier_list_sql[2], "TEMP B-TREE");
	assert_plan_has(db, dossier_list_sql[0], "SEARCH d USING INDEX dossier_wijk (wijk_id=?)");
	assert_plan_has(db, dossier_list_sql[0], "SEARCH d USING INDEX dossier_owner (owner_id=?)");
	assert_plan_has(db, dossier_list_sql[0], "dossier_member_user (user_id=?)");
	assert_plan_has(db, dossier_list_sql[4], "SEARCH d USING INDEX dossier_owner (owner_id=?)");
	assert_plan_lacks(db, dossier_list_sql[4], "DISTINCT");
	assert_plan_has(db, dossier_melding_sql[2], "SEARCH dossier USING COVERING INDEX dossier_owner (owner_id=? AND status=?)");
	assert_plan_lacks(db, dossier_melding_sql[2], "SCAN d");
	assert_true(referral_list_sql_count == 2);
	assert_plan_has(db, referral_list_sql[0], "SCAN r USING INDEX referral_lijst");
	assert_plan_lacks(db, referral_list_sql[0], "TEMP B-TREE");
	assert_plan_lacks(db, referral_list_sql[1], "SEARCH p ");

	/* The page before 0014 sorted every dossier in scope; the owners were made distinct from all of them. */
	test_query_plan(db, "SELECT d.id FROM dossier d WHERE d.wijk_id > 0"
			    " ORDER BY d.status = 'gesloten', d.geopend_op DESC, d.id DESC LIMIT 25", &plan);
	if (strstr(plan.buf, "TEMP B-TREE") || !strstr(plan.buf, "dossier_lijst"))
		fail_msg("the list's order is not dossier_lijst's:\n%s", plan.buf);
	buf_reset(&plan);
	test_query_plan(db, "SELECT DISTINCT o.id FROM dossier d JOIN user o ON o.id = d.owner_id WHERE d.gevoelig = 0",
			&plan);
	if (!strstr(plan.buf, "SCAN d"))
		fail_msg("the old owners query does not scan the dossiers:\n%s", plan.buf);
	buf_release(&plan);
	sqlite3_close(db);
}

/* How often needle occurs in the body of r. */
static int occurrences(const struct response *r, const char *needle)
{
	int n = 0;
	for (const char *p = r->body; p && (p = strstr(p, needle)); p += strlen(needle))
		n++;
	return n;
}

/*
 * A dossier with more meldingen than a page holds (issue 14: 404 of them
 * made a page of 600 KB): the page shows the newest 50 with a pager, the
 * next page the rest, the timeline the newest 50 and says so; the page is
 * chosen on the narrow melding_lijst_id, only the page's rows read whole.
 */
static void test_big_dossier_pages(void **state)
{
	struct server *s = *state;
	sqlite3 *db = open_db(s);

	assert_plan_has(db, dossier_melding_sql[3], "SEARCH m2 USING COVERING INDEX melding_lijst_id (id=?)");
	assert_no_melding_scan(db, dossier_melding_sql[3]);
	sqlite3_close(db);

	demo_homes(s);
	struct client *c = account_client(s, "coordinator@voorbeeld.example", DEMO_PASSWORD);
	const char *const fields[] = { "postcode", "1011 AA", "huisnummer", "1", "pijler", "sociaal_repressief",
				       "onderwerp", "Veel meldingen", NULL };
	struct response *r = account_post(c, NULL, "/dossiers", fields);
	long long id = assert_created(r, "/dossiers/");
	response_free(r);

	/* One melding by the API, 60 copies of it a minute apart, all 61 linked. */
	char *token = account_token(s, "coordinator@voorbeeld.example");
	char *ref = api_melding(c, token, "{\"categorie\": \"geluid\", \"omschrijving\": \"Harde muziek.\","
				" \"postcode\": \"1011 AA\", \"huisnummer\": \"1\", \"anoniem\": true}");
	long long first = test_sql_int(s, "SELECT id FROM melding WHERE referentie = '%s'", ref);
	test_sql(s, "WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 60)"
		    " INSERT INTO melding(referentie, jaar, volgnummer, ontvangen_op, ontvangen_dag, geregistreerd_op,"
		    " kanaal, category_id, omschrijving, voorval, postcode, huisnummer, toevoeging, plaats, adres_tekst,"
		    " address_id, buurt_id, wijk_id, complex_id, melder_naam, melder_email, melder_telefoon, anoniem,"
		    " status, created_by, bevestigen_dag, terugkoppelen_dag, streef_dag)"
		    " SELECT referentie || '-' || n, jaar, volgnummer + 100000 + n, ontvangen_op + 60 * n, ontvangen_dag,"
		    " geregistreerd_op, kanaal, category_id, omschrijving, voorval, postcode, huisnummer, toevoeging,"
		    " plaats, adres_tekst, address_id, buurt_id, wijk_id, complex_id, melder_naam, melder_email,"
		    " melder_telefoon, anoniem, status, created_by, bevestigen_dag, terugkoppelen_dag, streef_dag"
		    " FROM melding, k WHERE id = %lld",
		 first);
	test_sql(s, "INSERT OR IGNORE INTO dossier_melding(dossier_id, melding_id, gekoppeld_op)"
		    " SELECT %lld, id, ontvangen_op FROM melding WHERE id = %lld OR referentie LIKE '%s-%%'",
		 id, first, ref);
	long long last = test_sql_int(s, "SELECT max(id) FROM melding WHERE referentie LIKE '%s-%%'", ref);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier_melding WHERE dossier_id = %lld", id), 61);

	char newest[64], oldest[64];
	snprintf(newest, sizeof(newest), "href=\"/meldingen/%lld\"", last);
	snprintf(oldest, sizeof(oldest), "href=\"/meldingen/%lld\"", first);
	r = client_getf(c, "/dossiers/%lld", id);
	assert_status(r, 200);
	assert_true(response_contains(r, "1\xe2\x80\x93" "50 van 61"));
	assert_true(response_contains(r, "laatst ontvangen eerst"));
	assert_true(response_contains(r, "Van de 61 meldingen staan hier de 50 laatst ontvangen"));
	assert_true(response_contains(r, newest));
	assert_false(response_contains(r, oldest));
	/* 50 in the table and 50 on the timeline. */
	assert_int_equal(occurrences(r, "data-item=\"melding-"), 100);
	response_free(r);

	r = client_getf(c, "/dossiers/%lld?pagina=2", id);
	assert_status(r, 200);
	assert_true(response_contains(r, "51\xe2\x80\x93" "61 van 61"));
	assert_true(response_contains(r, oldest));
	response_free(r);

	free(ref);
	free(token);
	client_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_list_plans),
		cmocka_unit_test(test_new_melding_plans),
		cmocka_unit_test(test_check_catches_a_scan),
		cmocka_unit_test(test_big_dossier_pages),
		cmocka_unit_test(test_volume_plans),
	};
	return harness_run_suite("plan_dossiers", tests, ARRAY_SIZE(tests), NULL);
}
