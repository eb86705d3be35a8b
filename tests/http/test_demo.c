/*
 * test_demo.c - `leefbaar seed --demo` loads a team's recent past (issue
 * 12, point 3), against the real server with its clock pinned: about a
 * year of meldingen, most answered in time by the KPI API, work due today
 * and late on the werklijst for several people, dossiers at every AVE
 * level with a gevoelig one the wijkbeheerder cannot find, referrals in
 * every status with the wijkteam's answer and its PDF for the partner to
 * download, the map, and the same rows from two loads on the same day.
 * A second load prints the logins and adds nothing; a database with
 * other users gets nothing.
 *
 * LEEFBAAR_NOW is set in main() before the server starts, so the server
 * and every `leefbaar` the harness runs share the pinned day.
 */
#include "accounts.h"
#include "harness.h"

#include "domain/amsterdam.h"
#include "domain/days.h"

#include <cjson/cJSON.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

/* Monday 1 February 2027, 09:00 in Amsterdam. */
#define PINNED "2027-02-01T09:00:00+01:00"

/* The full demo in the server's database, once per server. */
static void build(struct server *s)
{
	const char *seed[] = { "seed", "--demo", "--config", s->config_path, NULL };
	struct buf out = BUF_INIT;

	if (!server_once(s, "seed --demo"))
		return;
	harness_cli_ok(s, seed, &out);
	/* The load prints one status link for the README. */
	assert_non_null(strstr(out.buf, "/melding/status/"));
	buf_release(&out);
}

static int32_t today(void)
{
	int64_t t;
	assert_int_equal(moment_parse(PINNED, &t), 0);
	return amsterdam_day(t);
}

/* A client logged in as who@voorbeeld.example. */
static struct client *login(struct server *s, const char *who)
{
	char email[80];

	snprintf(email, sizeof(email), "%s@voorbeeld.example", who);
	return account_client(s, email, DEMO_PASSWORD);
}

static size_t count(const char *hay, const char *needle)
{
	size_t n = 0;
	for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
		n++;
	return n;
}

static void test_a_year_of_meldingen(void **state)
{
	struct server *s = *state;
	char sql[200];

	build(s);
	long long n = test_db_int(s, "SELECT count(*) FROM melding");
	assert_true(n >= 800 && n <= 1400);
	/* About a year, up to yesterday: nothing happens on the day of the load. */
	snprintf(sql, sizeof(sql), "SELECT %d - min(ontvangen_dag) FROM melding", today());
	long long span = test_db_int(s, sql);
	assert_true(span >= 350 && span <= 366);
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM melding WHERE ontvangen_dag >= %d", today());
	assert_int_equal(test_db_int(s, sql), 0);
	/* Every wijk, most kinds, several channels, a few addresses the register does not know. */
	assert_int_equal(test_db_int(s, "SELECT count(DISTINCT wijk_id) FROM melding WHERE wijk_id IS NOT NULL"), 3);
	assert_true(test_db_int(s, "SELECT count(DISTINCT category_id) FROM melding") >= 12);
	assert_true(test_db_int(s, "SELECT count(DISTINCT kanaal) FROM melding") >= 6);
	assert_true(test_db_int(s, "SELECT count(*) FROM melding WHERE address_id IS NULL") >= 5);
	assert_true(test_db_int(s, "SELECT count(*) FROM melding WHERE anoniem = 1") > 0);
	assert_true(test_db_int(s, "SELECT count(DISTINCT melder_sleutel) FROM melding") >= 200);
	/* Geluid more than huiselijk geweld; costs on some physical ones. */
	assert_true(test_db_int(s, "SELECT count(*) FROM melding m JOIN category c ON c.id = m.category_id"
				   " WHERE c.code = 'geluid'") >
		    5 * test_db_int(s, "SELECT count(*) FROM melding m JOIN category c ON c.id = m.category_id"
				       " WHERE c.code = 'huiselijk_geweld'"));
	assert_true(test_db_int(s, "SELECT count(*) FROM melding WHERE kosten_cent > 0") >= 20);
	/* The leefbaarheidsbudget (issue 18): the norm for last year and this one, costs on interventions. */
	assert_int_equal(test_db_int(s, "SELECT count(DISTINCT jaar) FROM budget_norm WHERE norm_cent = 12500"), 2);
	assert_true(test_db_int(s, "SELECT count(*) FROM intervention WHERE kosten_cent > 0") >= 3);
	/* The inzetniveau (issue 18): Noord from basis to extra; vertellen from all three sources. */
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM wijk_inzet i JOIN area a ON a.id = i.area_id"
				       " WHERE a.code = 'WK999902'"), 2);
	assert_int_equal(test_db_int(s, "SELECT count(DISTINCT bron) FROM wijk_vertellen"), 3);
	/* The wijkschouw (issue 18): one finished with every finding decided (meldingen of kanaal wijkschouw, an action done), one planned. */
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM schouw WHERE status = 'afgerond'"), 1);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM schouw WHERE status = 'gepland'"), 1);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM schouw_bevinding WHERE melding_id IS NULL AND actie_status IS NULL"), 0);
	assert_true(test_db_int(s, "SELECT count(*) FROM schouw_bevinding b JOIN melding m ON m.id = b.melding_id"
				" WHERE m.kanaal = 'wijkschouw' AND m.wijk_id IS NOT NULL") >= 1);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM schouw_bevinding WHERE actie_status = 'gedaan'"), 1);
	/* The leefbaarheidsfonds (issue 18): budgets this year and last, one initiative granted and partly paid with a correction, one under assessment. */
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM fonds_budget"), 6);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM initiatief WHERE status = 'toegekend'"), 1);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM initiatief WHERE status = 'in_behandeling'"), 1);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM fonds_boeking WHERE correctie_van IS NOT NULL"), 1);
	assert_true(test_db_int(s, "SELECT sum(bedrag_cent) FILTER (WHERE soort = 'betaling') < sum(bedrag_cent) FILTER"
				" (WHERE soort = 'toekenning') FROM fonds_boeking"));
	/* The facts the KPIs read were kept by the triggers. */
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM melding_fact"), n);
	/* Timelines and messages as the real actions write them, recorded when they happened. */
	assert_true(test_db_int(s, "SELECT count(*) FROM melding_event WHERE soort = 'teruggekoppeld' AND voor_melder = 1") > 600);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM melding_event WHERE vastgelegd <> op"), 0);
	assert_true(test_db_int(s, "SELECT count(*) FROM outbox WHERE soort = 'terugkoppeling' AND verzonden_op IS NOT NULL") > 300);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM outbox WHERE aan <> '' AND verzonden_op IS NULL"), 0);
	/* Late answers of the past had their notice then: the sweep has none to send for the demo (issue 17). */
	assert_true(test_db_int(s, "SELECT count(*) FROM melding WHERE teruggekoppeld_op IS NULL AND status <> 'afgesloten'"
				   " AND laat_gemeld_dag IS NOT NULL") > 0);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM melding WHERE teruggekoppeld_op IS NULL AND status <> 'afgesloten'"
				      " AND laat_gemeld_dag IS NULL AND terugkoppelen_dag < unixepoch('" PINNED "') / 86400 - 1"), 0);
}

static double percentage(const cJSON *j, const char *term)
{
	const cJSON *t = cJSON_GetObjectItemCaseSensitive(j, term);
	const cJSON *p = cJSON_GetObjectItemCaseSensitive(t, "percentage_op_tijd");
	assert_true(cJSON_IsNumber(p));
	return p->valuedouble;
}

static void test_kpi_of_the_year(void **state)
{
	struct server *s = *state;
	struct client *c;
	char van[DAYS_FORMAT_LEN], tot[DAYS_FORMAT_LEN];

	build(s);
	c = login(s, "coordinator");
	days_format(today() - 365, van);
	days_format(today(), tot);
	struct response *r = client_getf(c, "/api/v1/kpi?van=%s&tot=%s", van, tot);
	assert_status(r, 200);
	cJSON *j = cJSON_ParseWithLength(r->body, r->len);
	assert_non_null(j);
	assert_true(cJSON_GetObjectItemCaseSensitive(j, "ontvangen")->valuedouble >= 800);
	double bev = percentage(j, "bevestiging"), ter = percentage(j, "terugkoppeling");
	print_message("bevestiging op tijd %.1f%%, terugkoppeling op tijd %.1f%%\n", bev, ter);
	assert_true(bev >= 75 && bev <= 98);
	assert_true(ter >= 75 && ter <= 98);
	assert_true(cJSON_GetObjectItemCaseSensitive(j, "meldingen_te_laat")->valuedouble >= 3);
	assert_true(cJSON_GetObjectItemCaseSensitive(j, "vervuilde_woningen")->valuedouble >= 1);
	cJSON_Delete(j);
	response_free(r);
	client_free(c);
}

/* The werklijst: due today and late, for more than one person. */
static void test_werklijst(void **state)
{
	struct server *s = *state;
	struct client *c;

	build(s);
	c = login(s, "ondersteuner");
	struct response *r = client_get(c, "/dashboard/werklijst");
	assert_status(r, 200);
	assert_true(count(r->body, "badge-today") >= 2);
	assert_true(count(r->body, "badge-late") >= 3);
	int people_with_work = 0;
	for (const char *p = strstr(r->body, "<h2 id=\"p-"); p;) {
		const char *next = strstr(p + 1, "<h2 id=\"p-");
		size_t len = next ? (size_t)(next - p) : strlen(p);
		people_with_work += mem_find(p, len, "badge-late", 0) || mem_find(p, len, "badge-today", 0);
		p = next;
	}
	assert_true(people_with_work >= 2);
	response_free(r);
	/* The dashboard's tiles count the same work. */
	r = client_get(c, "/dashboard");
	assert_status(r, 200);
	assert_body_contains(r, "te_laat");
	response_free(r);
	client_free(c);
}

static void test_dossiers(void **state)
{
	struct server *s = *state;
	static const char *const levels[] = { "groen", "oranje", "rood", "donkerrood" };
	char sql[160];

	build(s);
	long long n = test_db_int(s, "SELECT count(*) FROM dossier");
	assert_true(n >= 6 && n <= 8);
	for (size_t i = 0; i < sizeof(levels) / sizeof(levels[0]); i++) {
		snprintf(sql, sizeof(sql), "SELECT count(*) FROM dossier WHERE ave_niveau = '%s'", levels[i]);
		assert_true(test_db_int(s, sql) >= 1);
	}
	assert_true(test_db_int(s, "SELECT count(*) FROM escalation") >= 5);
	assert_true(test_db_int(s, "SELECT count(*) FROM dossier WHERE status = 'gesloten' AND uitkomst IS NOT NULL") >= 1);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM dossier WHERE vervuild = 1"), 1);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM dossier WHERE gevoelig = 1"), 1);
	assert_true(test_db_int(s, "SELECT count(*) FROM dossier_note WHERE vertrouwelijk = 1") >= 2);
	assert_true(test_db_int(s, "SELECT count(*) FROM intervention WHERE uitgevoerd_dag IS NOT NULL") >= 5);
	assert_true(test_db_int(s, "SELECT count(*) FROM letter WHERE soort = 'waarschuwingsbrief'") >= 1);
	assert_true(test_db_int(s, "SELECT count(*) FROM dossier_member") >= 2);
	/* Linked meldingen lie at the dossier's own address (or, for one quarrel, next door). */
	assert_true(test_db_int(s, "SELECT count(*) FROM dossier_melding dm JOIN dossier d ON d.id = dm.dossier_id"
				   " JOIN melding m ON m.id = dm.melding_id WHERE m.address_id = d.address_id") >= 20);

	/* The sociaal beheerder's dossier page: escalations, letter, journal, referrals. */
	struct client *c = login(s, "sociaal");
	char ref[32], path[64];
	long long id = test_db_int(s, "SELECT id FROM dossier WHERE ave_niveau = 'donkerrood'");
	struct response *r = client_getf(c, "/dossiers/%lld", id);
	assert_status(r, 200);
	assert_body_contains(r, "Donkerrood");
	assert_body_contains(r, "Waarschuwingsbrief");
	assert_body_contains(r, "Vertrouwelijk");
	response_free(r);
	client_free(c);

	/* The gevoelig dossier: not in the wijkbeheerder's list, a 404 on its URL; its team sees it. */
	id = test_db_int(s, "SELECT id FROM dossier WHERE gevoelig = 1");
	snprintf(sql, sizeof(sql), "SELECT volgnummer FROM dossier WHERE id = %lld", id);
	long long seq = test_db_int(s, sql);
	snprintf(sql, sizeof(sql), "SELECT jaar FROM dossier WHERE id = %lld", id);
	snprintf(ref, sizeof(ref), "D-%lld-%05lld", test_db_int(s, sql), seq);
	snprintf(path, sizeof(path), "/dossiers/%s", ref);
	c = login(s, "wijkbeheer");
	r = client_get(c, "/dossiers?status=alle");
	assert_status(r, 200);
	assert_null(strstr(r->body, ref));
	response_free(r);
	r = client_get(c, path);
	assert_status(r, 404);
	response_free(r);
	client_free(c);
	c = login(s, "sociaal");
	r = client_get(c, path);
	assert_status(r, 200);
	response_free(r);
	client_free(c);
}

static void test_referrals(void **state)
{
	struct server *s = *state;
	static const char *const statuses[] = { "verstuurd", "geaccepteerd", "afgewezen", "beantwoord", "afgesloten" };
	char sql[200];

	build(s);
	for (size_t i = 0; i < sizeof(statuses) / sizeof(statuses[0]); i++) {
		snprintf(sql, sizeof(sql), "SELECT count(*) FROM referral WHERE status = '%s'", statuses[i]);
		assert_true(test_db_int(s, sql) >= 1);
	}
	/* Waiting for an answer: one due in the coming days, one late. */
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM referral WHERE status = 'verstuurd' AND antwoord_dag > %d"
		 " AND antwoord_dag <= %d + 5", today(), today());
	assert_true(test_db_int(s, sql) >= 1);
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM referral WHERE status = 'verstuurd' AND antwoord_dag < %d", today());
	assert_true(test_db_int(s, sql) >= 1);
	assert_true(test_db_int(s, "SELECT count(*) FROM referral WHERE afwijs_reden <> ''") >= 1);
	/* The dossier's timeline and the referral's history have every step. */
	assert_true(test_db_int(s, "SELECT count(*) FROM dossier_event WHERE soort = 'Antwoord van de partner'") >= 1);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM referral r WHERE NOT EXISTS (SELECT 1 FROM referral_event e"
					" WHERE e.referral_id = r.id AND e.soort = 'verstuurd')"), 0);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM outbox WHERE soort = 'doorverwijzing'"),
			 test_db_int(s, "SELECT count(*) FROM referral"));
}

/* The wijkteam reads its answered referral and downloads the report it sent. */
static void test_partner_file(void **state)
{
	struct server *s = *state;

	build(s);
	long long file = test_db_int(s, "SELECT id FROM referral_file WHERE van_partner = 1");
	assert_true(file > 0);
	char sql[120];
	snprintf(sql, sizeof(sql), "SELECT referral_id FROM referral_file WHERE id = %lld", file);
	long long rid = test_db_int(s, sql);
	struct client *c = login(s, "wijkteam");
	struct response *r = client_get(c, "/doorverwijzingen?tab=beantwoord");
	assert_status(r, 200);
	response_free(r);
	r = client_getf(c, "/doorverwijzingen/%lld", rid);
	assert_status(r, 200);
	assert_body_contains(r, "verslag-huisbezoek.pdf");
	assert_body_contains(r, "Beantwoord");
	response_free(r);
	r = client_getf(c, "/doorverwijzingen/%lld/bijlagen/%lld", rid, file);
	assert_status(r, 200);
	assert_header_contains(r, "Content-Type", "application/pdf");
	assert_true(r->len > 500);
	assert_memory_equal(r->body, "%PDF-1.4", 8);
	assert_non_null(mem_find(r->body, r->len, "%%EOF", 0));
	response_free(r);
	client_free(c);
}

static void test_map(void **state)
{
	struct server *s = *state;

	build(s);
	struct client *c = login(s, "coordinator");
	struct response *r = client_get(c, "/dashboard/kaart");
	assert_status(r, 200);
	assert_body_contains(r, "<svg");
	assert_body_contains(r, "<path");
	response_free(r);
	client_free(c);
}

/* ---- the same rows from two loads ---- */

/* Columns that are random by design: the sealed copy of a status token (a fresh nonce) and a file's storage name. */
static int random_column(const char *table, const char *column)
{
	return (!strcmp(table, "melding") && !strcmp(column, "status_token_box")) ||
	       (!strcmp(table, "referral_file") && !strcmp(column, "opslag"));
}

/* Every row of the tables the demo writes, every column but the random ones, in one string. */
static void dump(const char *db_path, struct buf *out)
{
	static const char *const tables[] = {
		"melding", "melding_event", "melding_fact", "outbox", "dossier", "dossier_member", "dossier_melding",
		"dossier_note", "intervention", "letter", "escalation", "dossier_event", "referral", "referral_event",
		"referral_file", "kaart_vorm",
	};
	sqlite3 *db;
	char sql[120];

	assert_int_equal(sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	for (size_t t = 0; t < sizeof(tables) / sizeof(tables[0]); t++) {
		sqlite3_stmt *st;
		snprintf(sql, sizeof(sql), "SELECT * FROM %s ORDER BY 1, 2", tables[t]);
		assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
		buf_addf(out, "== %s\n", tables[t]);
		while (sqlite3_step(st) == SQLITE_ROW) {
			for (int i = 0; i < sqlite3_column_count(st); i++) {
				if (random_column(tables[t], sqlite3_column_name(st, i)))
					continue;
				const unsigned char *v = sqlite3_column_text(st, i);
				buf_addf(out, "%s=%s|", sqlite3_column_name(st, i), v ? (const char *)v : "NULL");
			}
			buf_addch(out, '\n');
		}
		sqlite3_finalize(st);
	}
	sqlite3_close(db);
}

static void test_same_day_same_rows(void **state)
{
	struct server *s = *state;
	struct buf a = BUF_INIT, b = BUF_INIT, main_db = BUF_INIT;
	char p1[600], p2[600];

	build(s);
	snprintf(p1, sizeof(p1), "%s/demo-1.db", s->dir);
	snprintf(p2, sizeof(p2), "%s/demo-2.db", s->dir);
	const char *one[] = { "seed", "--demo", "--config", s->config_path, "--db", p1, NULL };
	const char *two[] = { "seed", "--demo", "--config", s->config_path, "--db", p2, NULL };
	harness_cli_ok(s, one, NULL);
	harness_cli_ok(s, two, NULL);
	dump(p1, &a);
	dump(p2, &b);
	dump(s->db_path, &main_db);
	assert_true(a.len > 100000);
	assert_int_equal(a.len, b.len);
	assert_string_equal(a.buf, b.buf);
	/* The server's own database got the same rows when the suite began. */
	assert_string_equal(a.buf, main_db.buf);
	buf_release(&a);
	buf_release(&b);
	buf_release(&main_db);
}

/* A second load prints the logins and adds nothing; a database with other users gets nothing. */
static void test_once_only(void **state)
{
	struct server *s = *state;
	struct buf out = BUF_INIT;
	char p3[600];

	build(s);
	long long n = test_db_int(s, "SELECT count(*) FROM melding");
	const char *again[] = { "seed", "--demo", "--config", s->config_path, NULL };
	harness_cli_ok(s, again, &out);
	assert_non_null(strstr(out.buf, "coordinator@voorbeeld.example"));
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM melding"), n);
	buf_reset(&out);

	snprintf(p3, sizeof(p3), "%s/demo-3.db", s->dir);
	const char *adduser[] = { "adduser", "--config", s->config_path, "--db", p3, "--email", "iemand@example.org",
				  "--name", "Iemand", "--role", "beheerder", NULL };
	struct cli_result res = CLI_RESULT_INIT;
	assert_int_equal(harness_run_cli(s, adduser, TEST_PASSWORD "\n", &res), 0);
	cli_result_release(&res);
	const char *seed[] = { "seed", "--demo", "--config", s->config_path, "--db", p3, NULL };
	harness_cli_ok(s, seed, &out);
	assert_non_null(strstr(out.buf, "Er zijn al gebruikers"));
	buf_release(&out);
	sqlite3 *db;
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_open_v2(p3, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM melding", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(st, 0), 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_year_of_meldingen),
		cmocka_unit_test(test_kpi_of_the_year),
		cmocka_unit_test(test_werklijst),
		cmocka_unit_test(test_dossiers),
		cmocka_unit_test(test_referrals),
		cmocka_unit_test(test_partner_file),
		cmocka_unit_test(test_map),
		cmocka_unit_test(test_same_day_same_rows),
		cmocka_unit_test(test_once_only),
	};

	/* Before the server starts: it and every command the harness runs read the pinned day. */
	setenv("LEEFBAAR_NOW", PINNED, 1);
	return harness_run_suite("demo", tests, ARRAY_SIZE(tests), NULL);
}
