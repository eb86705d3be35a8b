/*
 * test_context.c - context for staff on the melding page (issue 17, point
 * 8) against the real server: the other meldingen at the same address and
 * the same postcode in the last 12 weeks and the melder's other meldingen
 * (by e-mail and by phone; none for an anonymous melding), each only when
 * the viewer may open it; the query plans behind them (an index range with
 * a LIMIT, no sort, no scan); and duplicates: marking and undoing (both
 * timelines, the audit trail), the refusals (itself, a chain, unknown and
 * not visible alike, input kept), and the main melding's feedback and
 * closing reaching the duplicate's melder with their own greeting, while
 * an anonymous duplicate gets no message but follows on its timeline.
 *
 * Each test makes its own homes and meldingen (its own postcode), so the
 * tests run alone and in any order. Dates are relative to the real clock
 * through SQLite's 'now' (the server is not pinned), so they hold any day.
 */
#include "accounts.h"
#include "harness.h"
#include "store/melding_context.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COORDINATOR "coordinator@voorbeeld.example"
#define WIJKBEHEER "wijkbeheer@voorbeeld.example"          /* wijkbeheerder, wijk Centrum only */

static void setup(struct server *s)
{
	seed_organisation(s);
}

/* A home in buurt (a code) of the register. */
static void home(struct server *s, const char *postcode, int nr, const char *buurt)
{
	setup(s);
	test_sql(s, "INSERT OR IGNORE INTO address(postcode, huisnummer, toevoeging, straat, woonplaats, buurt_id) VALUES"
		    " ('%s', %d, '', 'Proefstraat', 'Voorbeeldstad', (SELECT id FROM area WHERE code = '%s'))",
		 postcode, nr, buurt);
}

/* A melding through the API; melder: the JSON members of the melder (or "\"anoniem\": true"). Returns its id. */
static long long melding(struct server *s, const char *token, const char *postcode, int nr, const char *melder,
			 char ref[16])
{
	struct client *c = client_new(s);
	char body[768];

	snprintf(body, sizeof(body), "{\"categorie\": \"geluid\", \"omschrijving\": \"Harde muziek in de nacht\","
		 " \"postcode\": \"%s\", \"huisnummer\": \"%d\", %s}", postcode, nr, melder);
	char *r = api_melding(c, token, body);
	long long id = test_sql_int(s, "SELECT id FROM melding WHERE referentie = '%s'", r);
	assert_true(id > 0);
	snprintf(ref, 16, "%s", r);
	free(r);
	client_free(c);
	return id;
}

/* The body of the context part from the heading with id `from` to the next list (or the end of the part). */
static char *part(const struct response *r, const char *from)
{
	char want[64];
	const char *p, *end;

	snprintf(want, sizeof(want), "id=\"%s\"", from);
	p = strstr(r->body, want);
	if (!p)
		fail_msg("no \"%s\" on the page", want);
	size_t rest = r->len - (size_t)(p - r->body);
	end = mem_find(p + 1, rest - 1, "<h3 ", 0);
	if (!end)
		end = mem_find(p, rest, "</section>", 0);
	assert_non_null(end);
	return strndup(p, (size_t)(end - p));
}

static void assert_in(const char *hay, const char *needle, int want)
{
	if (!!strstr(hay, needle) != want)
		fail_msg("\"%s\" %s in:\n%s", needle, want ? "missing" : "unexpected", hay);
}

/* ---- the lists -------------------------------------------------------------- */

static void test_lists(void **state)
{
	struct server *s = *state;
	char *token;
	char a[16], b[16], c[16], d[16], e[16], f[16], g[16], h[16];

	setup(s);
	home(s, "1012 CA", 1, "BU99990101");
	home(s, "1012 CA", 3, "BU99990101");
	home(s, "1092 CA", 7, "BU99990301");   /* wijk Oost */
	token = account_token(s, COORDINATOR);
	long long ida = melding(s, token, "1012 CA", 1, "\"melder_naam\": \"Sanne Context\", \"melder_email\": "
				"\"sanne.context@example.org\", \"melder_telefoon\": \"0612345671\"", a);
	melding(s, token, "1012 CA", 1, "\"melder_naam\": \"Bert Buur\", \"melder_email\": \"bert.context@example.org\"", b);
	melding(s, token, "1012 CA", 3, "\"melder_naam\": \"Carla Drie\", \"melder_email\": \"carla.context@example.org\"", c);
	/* Sanne again, in Oost: the coördinator sees it, the wijkbeheerder of Centrum does not. */
	melding(s, token, "1092 CA", 7, "\"melder_naam\": \"Sanne Context\", \"melder_email\": \"SANNE.context@example.org\"", d);
	/* At the same address 13 weeks ago: outside the window. */
	long long ide = melding(s, token, "1012 CA", 1, "\"melder_naam\": \"Oud\", \"melder_email\": \"oud.context@example.org\"", e);
	test_sql(s, "UPDATE melding SET ontvangen_op = CAST(strftime('%%s', 'now') AS INTEGER) - 13 * 7 * 86400 WHERE id = %lld", ide);
	long long idf = melding(s, token, "1012 CA", 1, "\"anoniem\": true", f);
	test_sql(s, "UPDATE melding SET ontvangen_op = CAST(strftime('%%s', 'now') AS INTEGER) - 11 * 7 * 86400 WHERE id = %lld", idf);
	/* Sanne by phone only: the same melder by another key. */
	melding(s, token, "1092 CA", 7, "\"melder_naam\": \"S. Context\", \"melder_telefoon\": \"0612345671\"", g);
	/* Somebody else entirely, elsewhere. */
	melding(s, token, "1092 CA", 7, "\"melder_naam\": \"Ander\", \"melder_email\": \"ander.context@example.org\"", h);

	struct client *co = account_client(s, COORDINATOR, DEMO_PASSWORD);
	struct response *r = client_getf(co, "/meldingen/%lld", ida);
	assert_status(r, 200);
	assert_tidy(r);
	char *adres = part(r, "context-adres"), *postcode = part(r, "context-postcode"), *melder = part(r, "context-melder");
	assert_in(adres, b, 1);
	assert_in(adres, f, 1);
	assert_in(adres, "anoniem", 1);          /* the anonymous one is marked as such */
	assert_in(adres, e, 0);
	assert_in(adres, c, 0);
	assert_in(adres, a, 0);                  /* not itself */
	assert_in(postcode, c, 1);
	assert_in(postcode, b, 0);
	assert_in(postcode, d, 0);
	assert_in(melder, d, 1);
	assert_in(melder, g, 1);
	assert_in(melder, b, 0);
	assert_in(melder, h, 0);
	free(adres);
	free(postcode);
	free(melder);
	response_free(r);

	/* The wijkbeheerder of Centrum: Sanne's melding in Oost is not there. */
	struct client *wb = account_client(s, WIJKBEHEER, DEMO_PASSWORD);
	r = client_getf(wb, "/meldingen/%lld", ida);
	assert_status(r, 200);
	melder = part(r, "context-melder");
	assert_in(melder, d, 0);
	assert_in(melder, g, 0);
	assert_in(melder, "Geen andere meldingen van deze melder die u mag zien.", 1);
	free(melder);
	assert_body_contains(r, b);
	response_free(r);

	/* The anonymous melding: no melder list, said plainly. */
	r = client_getf(co, "/meldingen/%lld", idf);
	assert_status(r, 200);
	melder = part(r, "context-melder");
	assert_in(melder, "Anoniem gemeld", 1);
	assert_in(melder, a, 0);
	free(melder);
	response_free(r);

	client_free(co);
	client_free(wb);
	free(token);
}

/* ---- the plans ------------------------------------------------------------------ */

static void check_plan(sqlite3 *db, const char *sql, const char *index)
{
	struct buf plan = BUF_INIT;

	test_query_plan(db, sql, &plan);
	if (!strstr(plan.buf, index))
		fail_msg("\"%s\" missing from the plan of\n  %s\n%s", index, sql, plan.buf);
	if (strstr(plan.buf, "TEMP B-TREE"))
		fail_msg("a sort in the plan of\n  %s\n%s", sql, plan.buf);
	for (const char *p = plan.buf; (p = strstr(p, "SCAN ")); p += 5)
		if (!strncmp(p + 5, "m", 1) || !strncmp(p + 5, "melding", 7))
			fail_msg("a scan of melding in the plan of\n  %s\n%s", sql, plan.buf);
	buf_release(&plan);
}

/* Every list is a range of its own index in date order: the same cost at a million meldingen. */
static void test_plans(void **state)
{
	struct server *s = *state;
	sqlite3 *db;

	assert_int_equal(sqlite3_open_v2(s->db_path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	check_plan(db, MELDING_CONTEXT_SQL_ADRES, "SEARCH m USING INDEX melding_address_recent (address_id=? AND ontvangen_op>?)");
	check_plan(db, MELDING_CONTEXT_SQL_HUIS, "SEARCH m USING INDEX melding_postcode_recent (postcode=? AND ontvangen_op>?)");
	check_plan(db, MELDING_CONTEXT_SQL_POSTCODE, "SEARCH m USING INDEX melding_postcode_recent (postcode=? AND ontvangen_op>?)");
	check_plan(db, MELDING_CONTEXT_SQL_SLEUTEL, "SEARCH m USING INDEX melding_melder_recent (melder_sleutel=?)");
	check_plan(db, MELDING_CONTEXT_SQL_TELEFOON, "SEARCH m USING INDEX melding_telefoon_recent (melder_telefoon=?)");
	sqlite3_close(db);
}

/* ---- duplicates ------------------------------------------------------------------ */

static struct response *mark(struct client *c, long long id, const char *hoofd)
{
	char page[48], path[64];

	snprintf(page, sizeof(page), "/meldingen/%lld", id);
	snprintf(path, sizeof(path), "/meldingen/%lld/duplicaat", id);
	return account_post(c, page, path, (const char *const[]){ "hoofdmelding", hoofd, NULL });
}

/* An action on the melding's page: tekst, and for afsluiten the explanation to the melder (toelichting). */
static void act(struct client *c, long long id, const char *action, const char *tekst, const char *toelichting)
{
	char page[48], path[64];

	snprintf(page, sizeof(page), "/meldingen/%lld", id);
	snprintf(path, sizeof(path), "/meldingen/%lld/%s", id, action);
	struct response *r = account_post(c, page, path, (const char *const[]){ "tekst", tekst, "toelichting",
										toelichting ? toelichting : "", NULL });
	assert_status(r, 303);
	response_free(r);
}

static void refused(struct client *c, long long id, const char *hoofd, const char *message)
{
	struct response *r = mark(c, id, hoofd);

	assert_status(r, 422);
	assert_body_contains(r, message);
	assert_tidy(r);
	/* The input comes back in the field. */
	char kept[96];
	snprintf(kept, sizeof(kept), "name=\"hoofdmelding\" value=\"%s\"", hoofd);
	assert_body_contains(r, kept);
	response_free(r);
}

static void test_duplicaat(void **state)
{
	struct server *s = *state;
	char a[16], b[16], c[16], d[16], f[16];

	setup(s);
	home(s, "1013 DA", 1, "BU99990101");
	home(s, "1093 DA", 2, "BU99990301");
	char *token = account_token(s, COORDINATOR);
	long long ida = melding(s, token, "1013 DA", 1, "\"melder_naam\": \"Anna Hoofd\", \"melder_email\": \"anna.dup@example.org\"", a);
	long long idb = melding(s, token, "1013 DA", 1, "\"melder_naam\": \"Bram Dubbel\", \"melder_email\": \"bram.dup@example.org\"", b);
	long long idc = melding(s, token, "1013 DA", 1, "\"melder_naam\": \"Cor Keten\", \"melder_email\": \"cor.dup@example.org\"", c);
	long long idd = melding(s, token, "1093 DA", 2, "\"melder_naam\": \"Dirk Oost\", \"melder_email\": \"dirk.dup@example.org\"", d);
	long long idf = melding(s, token, "1013 DA", 1, "\"anoniem\": true", f);
	struct client *wb = account_client(s, WIJKBEHEER, DEMO_PASSWORD);
	struct response *r;

	/* Not itself; not one that does not exist or that the user may not see (the same words). */
	refused(wb, idb, b, "Een melding kan geen duplicaat van zichzelf zijn.");
	refused(wb, idb, "M-1999-999999", "Er is geen melding met dit meldnummer die u mag zien.");
	refused(wb, idb, d, "Er is geen melding met dit meldnummer die u mag zien.");
	char dnum[24];
	snprintf(dnum, sizeof(dnum), "%lld", idd);   /* by its row id too */
	refused(wb, idb, dnum, "Er is geen melding met dit meldnummer die u mag zien.");
	refused(wb, idb, "", "Vul het meldnummer in");
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding WHERE duplicaat_van IS NOT NULL AND id IN (%lld, %lld)",
				      idb, idc), 0);

	/* B is a duplicate of A: audited, on both timelines. */
	r = mark(wb, idb, a);
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT duplicaat_van FROM melding WHERE id = %lld", idb), ida);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_event WHERE melding_id = %lld AND soort = 'duplicaat'"
					 " AND instr(tekst, '%s') > 0", idb, a), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_event WHERE melding_id = %lld AND soort = 'duplicaat'"
					 " AND instr(tekst, '%s') > 0", ida, b), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE object_id = '%s' AND instr(detail, 'duplicaat van %s') > 0",
				      b, a), 1);
	r = client_getf(wb, "/meldingen/%lld", idb);
	assert_body_contains(r, "Deze melding is een duplicaat van");
	response_free(r);

	/* No chains: not a duplicate of a duplicate, and not A (which has duplicates) of another. */
	refused(wb, idc, b, "is zelf een duplicaat van een andere melding");
	refused(wb, ida, c, "Andere meldingen zijn als duplicaat van deze melding gemarkeerd.");

	/* Undo and mark again: both timelines say so. */
	char path[64];
	snprintf(path, sizeof(path), "/meldingen/%lld/duplicaat/opheffen", idb);
	char page[48];
	snprintf(page, sizeof(page), "/meldingen/%lld", idb);
	r = account_post(wb, page, path, NULL);
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding WHERE id = %lld AND duplicaat_van IS NULL", idb), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_event WHERE melding_id IN (%lld, %lld)"
					 " AND soort = 'duplicaat_opgeheven'", ida, idb), 2);
	r = mark(wb, idb, a);
	assert_status(r, 303);
	response_free(r);
	r = mark(wb, idf, a);
	assert_status(r, 303);
	response_free(r);

	/* The feedback on A reaches B's melder with B's own greeting and reference; none for the anonymous F. */
	act(wb, ida, "terugkoppelen", "Wij spreken de bewoner aan.", NULL);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM outbox WHERE melding_id = %lld AND aan = 'bram.dup@example.org'"
					 " AND soort = 'terugkoppeling' AND instr(tekst, 'Bram Dubbel') > 0"
					 " AND instr(tekst, 'Wij spreken de bewoner aan.') > 0 AND instr(onderwerp, '%s') > 0"
					 " AND instr(tekst, 'Anna') = 0", idb, b), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM outbox WHERE melding_id = %lld", idf), 0);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding WHERE id IN (%lld, %lld) AND status = 'teruggekoppeld'",
				      idb, idf), 2);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_event WHERE melding_id = %lld AND soort = 'teruggekoppeld'"
					 " AND voor_melder = 1 AND tekst = 'Wij spreken de bewoner aan.'", idf), 1);

	/* Closing A closes B and F; B's melder gets the closing message. */
	act(wb, ida, "afsluiten", "Interne opmerking: dossier volgt.", "De overlast is gestopt.");
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding WHERE id IN (%lld, %lld) AND status = 'afgesloten'"
					 " AND afgesloten_op IS NOT NULL", idb, idf), 2);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM outbox WHERE melding_id = %lld AND soort = 'afsluiting'"
					 " AND aan = 'bram.dup@example.org' AND instr(tekst, 'De overlast is gestopt.') > 0", idb), 1);
	/* The staff's internal remark reaches no melder. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM outbox WHERE instr(tekst, 'Interne opmerking') > 0"), 0);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_event WHERE melding_id = %lld AND voor_melder = 1"
					 " AND instr(tekst, 'Interne opmerking') > 0", idb), 0);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_event WHERE melding_id = %lld AND voor_melder = 1"
					 " AND soort = 'afgesloten' AND tekst = 'De overlast is gestopt.'", idb), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_event WHERE melding_id = %lld AND soort = 'afgesloten'", idf), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM outbox WHERE melding_id = %lld", idf), 0);
	/* C, never marked, heard nothing. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM outbox WHERE melding_id = %lld AND soort <> 'ontvangst'", idc), 0);

	client_free(wb);
	free(token);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lists),
		cmocka_unit_test(test_plans),
		cmocka_unit_test(test_duplicaat),
	};
	return harness_run_suite("context", tests, ARRAY_SIZE(tests), NULL);
}
