/*
 * test_initiatief.c - bewonersinitiatieven and the leefbaarheidsfonds
 * (issue 18, point 4): the public form keeps its input on error and has
 * the spam defence of /melden, the applicant's status link shows the
 * decision, the fund's totals equal the sums of its ledger rows after a
 * grant, payments and a correction (page, JSON and SQL agree), the ledger
 * refuses UPDATE and DELETE, and a wijkbeheerder sees only their wijken.
 */
#include "harness.h"
#include "accounts.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SUITE_INI "[security]\nmelden_min_seconds = 0\nmelden_per_ip_hour = 100000\n"
#define CO "coordinator@voorbeeld.example"
#define WB "wijkbeheer@voorbeeld.example"

static void body_lacks(const struct response *r, const char *needle)
{
	if (mem_find(r->body, r->len, needle, 0))
		fail_msg("body holds \"%s\"", needle);
}

/* Posts the public form (fields without the token) from a fresh visitor; the raw answer. */
static struct response *apply(struct server *s, struct client **out, const char *const fields[])
{
	struct client *c = client_new(s);
	char *tok = account_csrf(c, "/initiatief");
	const char *all[64];
	size_t n = 0;

	all[n++] = "csrf_token";
	all[n++] = tok;
	for (size_t i = 0; fields[i] && n < 62; i++)
		all[n++] = fields[i];
	all[n] = NULL;
	struct response *r = client_post_form(c, "/initiatief", all);
	free(tok);
	if (out)
		*out = c;
	else
		client_free(c);
	return r;
}

/* A good application in buurt; the status path (caller frees) and its id. */
static char *apply_ok(struct server *s, const char *titel, const char *buurt, const char *bedrag, long long *id)
{
	const char *const f[] = {
		"titel", titel, "wat", "Samen de speeltuin opknappen.", "voor_wie", "De kinderen van de buurt",
		"buurt", buurt, "bedrag", bedrag, "naam", "Els de Vries", "email", "els@example.org", NULL,
	};
	struct response *r = apply(s, NULL, f);
	assert_int_equal(r->status, 303);
	const char *loc = response_header(r, "Location");
	assert_non_null(loc);
	assert_true(!strncmp(loc, "/initiatief/ontvangen/", 22));
	char *status = malloc(strlen(loc) + 32);
	sprintf(status, "/initiatief/status/%s", loc + 22);
	response_free(r);
	*id = test_db_int(s, "SELECT max(id) FROM initiatief");
	return status;
}

static void test_form_keeps_input(void **state)
{
	struct server *s = *state;
	seed_organisation(s);
	const char *const f[] = {
		"titel", "", "wat", "Een <b>moestuin</b> met bakken", "voor_wie", "", "buurt", "",
		"postcode", "abc", "huisnummer", "x", "toevoeging", "b", "waar", "Achter flat 2",
		"bedrag", "veel geld", "naam", "Els & Jan", "email", "geen-adres", "telefoon", "12", NULL,
	};
	long long before = test_db_int(s, "SELECT count(*) FROM initiatief");

	struct response *r = apply(s, NULL, f);
	assert_status(r, 422);
	/* A message per field ... */
	static const char *const msgs[] = {
		"Geef uw initiatief een korte naam", "Vertel voor wie het initiatief is", "Vul een postcode in zoals 1234 AB",
		"Vul een huisnummer in", "Vul een bedrag in euro", "Vul een geldig e-mailadres in",
		"Vul een Nederlands telefoonnummer in",
	};
	for (size_t i = 0; i < ARRAY_SIZE(msgs); i++)
		assert_body_contains(r, msgs[i]);
	/* ... and every value back in the form, escaped. */
	static const char *const kept[][2] = {
		{ "postcode", "abc" }, { "huisnummer", "x" }, { "toevoeging", "b" }, { "waar", "Achter flat 2" },
		{ "bedrag", "veel geld" }, { "naam", "Els & Jan" }, { "email", "geen-adres" }, { "telefoon", "12" },
	};
	for (size_t i = 0; i < ARRAY_SIZE(kept); i++) {
		char *v = html_input_value(r->body, kept[i][0]);
		assert_non_null(v);
		assert_string_equal(v, kept[i][1]);
		free(v);
	}
	assert_body_contains(r, "Een &lt;b&gt;moestuin&lt;/b&gt; met bakken</textarea>");
	assert_body_contains(r, "aria-invalid=\"true\"");
	assert_tidy(r);
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM initiatief"), before);

	/* The buurt chosen stays chosen when another field fails. */
	const char *const g[] = { "titel", "Feest", "buurt", "BU99990102", NULL };
	r = apply(s, NULL, g);
	assert_status(r, 422);
	assert_body_contains(r, "<option value=\"BU99990102\" selected>");
	response_free(r);

	/* An address in the register places it: postcode and huisnummer. */
	const char *const h[] = {
		"titel", "Straatfeest Kerkstraat", "wat", "Een middag met buren.", "voor_wie", "De straat",
		"postcode", "9991aa", "huisnummer", "5", "bedrag", "150", "naam", "Jan", "telefoon", "06 12345678", NULL,
	};
	r = apply(s, NULL, h);
	assert_int_equal(r->status, 303);
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM initiatief i JOIN area b ON b.id = i.buurt_id"
				     " WHERE i.titel = 'Straatfeest Kerkstraat' AND b.code = 'BU99990101'"
				     " AND i.bedrag_gevraagd_cent = 15000 AND i.aanvrager_telefoon = '0612345678'"), 1);

	/* The same form sent twice (a double click) files one application. */
	struct client *c = client_new(s);
	char *tok = account_csrf(c, "/initiatief");
	const char *const twice[] = {
		"csrf_token", tok, "titel", "Dubbel", "wat", "Iets.", "voor_wie", "Iedereen", "buurt", "BU99990101",
		"bedrag", "100", "naam", "Jan", "email", "jan@example.org", NULL,
	};
	r = client_post_form(c, "/initiatief", twice);
	assert_int_equal(r->status, 303);
	response_free(r);
	r = client_post_form(c, "/initiatief", twice);
	assert_status(r, 422);
	assert_body_contains(r, "Met dit formulier verstuurde u al aanvraag I-");
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM initiatief WHERE titel = 'Dubbel'"), 1);
	free(tok);
	client_free(c);
}

/* Sent sooner than a person fills it in: refused, kept, nothing stored, counted towards the limit. */
static void test_too_fast(void **state)
{
	(void)state;
	struct server *s = server_start("[security]\nmelden_min_seconds = 600\nmelden_per_ip_hour = 100000\n");
	assert_non_null(s);
	seed_organisation(s);
	const char *const f[] = {
		"titel", "Snelle robot", "wat", "Iets.", "voor_wie", "Iedereen", "buurt", "BU99990101",
		"bedrag", "100", "naam", "Robot", "email", "robot@example.org", NULL,
	};
	long long logged = test_db_int(s, "SELECT count(*) FROM submit_log");

	struct response *r = apply(s, NULL, f);
	assert_status(r, 422);
	assert_body_contains(r, "erg snel");
	char *v = html_input_value(r->body, "titel");
	assert_string_equal(v, "Snelle robot");
	free(v);
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM initiatief"), 0);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM submit_log"), logged + 1);

	/* The honeypot too. */
	const char *const g[] = {
		"titel", "Robot", "wat", "Iets.", "voor_wie", "Iedereen", "buurt", "BU99990101", "bedrag", "100",
		"naam", "Robot", "email", "robot@example.org", "website_controle", "http://spam.example", NULL,
	};
	r = apply(s, NULL, g);
	assert_status(r, 422);
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM initiatief"), 0);
	assert_int_equal(server_stop(s), 0);
}

/* The confirmation, the mail, and the status link that shows the decision and its reason. */
static void test_status_link_shows_decision(void **state)
{
	struct server *s = *state;
	seed_organisation(s);
	long long id;
	char *status = apply_ok(s, "Buurtbarbecue", "BU99990101", "400", &id);
	char *ref = test_sql_text(s, "SELECT referentie FROM initiatief WHERE id = %lld", id);
	struct client *pub = client_new(s);

	struct response *r = client_get(pub, status);
	assert_status(r, 200);
	assert_body_contains(r, ref);
	assert_body_contains(r, "Ingediend");
	response_free(r);
	/*
	 * The receipt waits in the outbox for its initiative with the
	 * placeholder where the link goes (the sender puts it back: test_smtp);
	 * the token is stored only hashed and sealed.
	 */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM outbox WHERE aan = 'els@example.org' AND initiatief_id = %lld"
				      " AND instr(tekst, '[persoonlijke link:') > 0 AND instr(tekst, '/initiatief/status/') = 0",
				      id), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM outbox WHERE instr(tekst, '%s') > 0",
				      status + strlen("/initiatief/status/")), 0);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM initiatief WHERE id = %lld AND length(status_token_hash) = 32"
				      " AND length(status_token_box) > 32", id), 1);

	struct client *co = account_client(s, CO, DEMO_PASSWORD);
	char page[64], action[80];
	snprintf(page, sizeof(page), "/initiatieven/%lld", id);
	snprintf(action, sizeof(action), "/initiatieven/%lld/besluit", id);
	/* The assessment per criterion: stored, and the application is in behandeling. */
	char toets[80];
	snprintf(toets, sizeof(toets), "/initiatieven/%lld/toetsen", id);
	const char *const crit[] = { "oordeel_bewoners", "voldaan", "notitie_bewoners", "Tien buren doen mee.",
				     "oordeel_niet_commercieel", "niet_voldaan", "notitie_niet_commercieel", "Verkoop van worst.", NULL };
	r = account_post(co, page, toets, crit);
	assert_int_equal(r->status, 303);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM initiatief_toets WHERE initiatief_id = %lld AND"
				      " ((criterium = 'bewoners' AND oordeel = 'voldaan' AND notitie = 'Tien buren doen mee.') OR"
				      " (criterium = 'niet_commercieel' AND oordeel = 'niet_voldaan'))", id), 2);
	r = client_getf(co, "%s?gedaan=toetsing", page);
	assert_status(r, 200);
	assert_body_contains(r, "Tien buren doen mee.</textarea>");
	assert_body_contains(r, "De toetsing is opgeslagen.");
	assert_tidy(r);
	response_free(r);
	/* Declining needs a reason; the choice is kept. */
	const char *const no_reason[] = { "besluit_keuze", "afwijzen", "besluit_reden", "", NULL };
	r = account_post(co, page, action, no_reason);
	assert_status(r, 422);
	assert_body_contains(r, "Schrijf waarom de aanvraag wordt afgewezen");
	assert_body_contains(r, "value=\"afwijzen\" checked");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM initiatief WHERE id = %lld AND status = 'in_behandeling'", id), 1);

	const char *const decline[] = { "besluit_keuze", "afwijzen", "besluit_reden", "Dit is een commerciële activiteit.", NULL };
	r = account_post(co, page, action, decline);
	assert_int_equal(r->status, 303);
	response_free(r);

	r = client_get(pub, status);
	assert_status(r, 200);
	assert_body_contains(r, "Afgewezen");
	assert_body_contains(r, "Dit is een commerciële activiteit.");
	assert_tidy(r);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM outbox WHERE soort = 'initiatief_afgewezen'"), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE object_type = 'initiatief' AND object_id = '%s'", ref), 3);
	r = client_get(pub, "/initiatief/status/bestaatnietbestaatniet");
	assert_status(r, 404);
	response_free(r);
	free(ref);
	free(status);
	client_free(co);
	client_free(pub);
}

/* "1.234,50" as cents. */
static long long cents(const char *s)
{
	long long v = 0;
	int neg = 0;
	for (; *s && *s != '<'; s++) {
		if (*s == '-')
			neg = 1;
		else if (*s >= '0' && *s <= '9')
			v = v * 10 + (*s - '0');
	}
	return neg ? -v : v;
}

/* The n-th "€ " amount (0-based) in the table row <tr data-wijk="key">. */
static long long row_amount(const struct response *r, const char *key, int n)
{
	char needle[64];
	snprintf(needle, sizeof(needle), "<tr data-wijk=\"%s\">", key);
	const char *p = strstr(r->body, needle);
	assert_non_null(p);
	const char *end = strstr(p, "</tr>");
	for (int i = 0; i <= n; i++) {
		p = strstr(p, "€ ");
		assert_non_null(p);
		assert_true(p < end);
		p += strlen("€ ");
	}
	return cents(p);
}

static void post_ok(struct client *c, const char *page, const char *path, const char *const fields[])
{
	struct response *r = account_post(c, page, path, fields);
	if (r->status != 303)
		fail_msg("%s: %ld %.*s", path, r->status, (int)(r->len > 600 ? 600 : r->len), r->body);
	response_free(r);
}

static void test_fund_totals_equal_rows(void **state)
{
	struct server *s = *state;
	seed_organisation(s);
	long long a, b, c;
	free(apply_ok(s, "Moestuin", "BU99990101", "1.000", &a));
	free(apply_ok(s, "Opknapdag", "BU99990102", "300", &b));
	free(apply_ok(s, "Havenfeest", "BU99990301", "500", &c));
	long long jaar = test_sql_int(s, "SELECT jaar FROM initiatief WHERE id = %lld", a);
	long long centrum = test_db_int(s, "SELECT id FROM area WHERE code = 'WK999901'");
	struct client *co = account_client(s, CO, DEMO_PASSWORD);
	char path[128], page[96], jaar_s[8], wijk_s[24];

	snprintf(jaar_s, sizeof(jaar_s), "%lld", jaar);
	snprintf(wijk_s, sizeof(wijk_s), "%lld", centrum);
	const char *const budget[] = { "wijk", wijk_s, "jaar", jaar_s, "budget", "2.500", NULL };
	/* A budget that cannot be read comes back beside its field, as typed. */
	const char *const bad[] = { "wijk", wijk_s, "jaar", jaar_s, "budget", "heel veel", NULL };
	struct response *r = account_post(co, "/fonds", "/fonds/budget", bad);
	assert_status(r, 422);
	assert_body_contains(r, "Vul het budget in euro");
	char *typed = html_input_value(r->body, "budget");
	assert_string_equal(typed, "heel veel");
	free(typed);
	assert_tidy(r);
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM fonds_budget"), 0);
	post_ok(co, "/fonds", "/fonds/budget", budget);

	/* a: granted 1000, paid 400 and 250, the 250 corrected by -50; b: granted 300, paid 100; c: granted 500 (Oost). */
	const struct { long long id; const char *bedrag; } grants[] = { { a, "1.000" }, { b, "300" }, { c, "500" } };
	for (size_t i = 0; i < ARRAY_SIZE(grants); i++) {
		snprintf(page, sizeof(page), "/initiatieven/%lld", grants[i].id);
		snprintf(path, sizeof(path), "/initiatieven/%lld/besluit", grants[i].id);
		const char *const f[] = { "besluit_keuze", "toekennen", "besluit_bedrag", grants[i].bedrag, "besluit_reden", "", NULL };
		post_ok(co, page, path, f);
	}
	snprintf(page, sizeof(page), "/initiatieven/%lld", a);
	snprintf(path, sizeof(path), "/initiatieven/%lld/betaling", a);
	char *today = test_sql_text(s, "SELECT date('now')");
	const char *const pay1[] = { "betaling_bedrag", "400", "betaling_datum", today, "betaling_omschrijving", "voorschot", NULL };
	post_ok(co, page, path, pay1);
	const char *const pay2[] = { "betaling_bedrag", "250,00", "betaling_datum", today, "betaling_omschrijving", "", NULL };
	post_ok(co, page, path, pay2);
	/* Paying beyond the grant is refused, with the input kept. */
	const char *const too_much[] = { "betaling_bedrag", "351", "betaling_datum", today, "betaling_omschrijving", "rest", NULL };
	r = account_post(co, page, path, too_much);
	assert_status(r, 422);
	assert_body_contains(r, "meer betaald dan is toegekend");
	char *kept = html_input_value(r->body, "betaling_bedrag");
	assert_string_equal(kept, "351");
	free(kept);
	response_free(r);
	long long second = test_sql_int(s, "SELECT max(id) FROM fonds_boeking WHERE initiatief_id = %lld", a);
	char van[24];
	snprintf(van, sizeof(van), "%lld", second);
	snprintf(path, sizeof(path), "/initiatieven/%lld/correctie", a);
	const char *const corr[] = { "correctie_van", van, "correctie_verschil", "-50,00", "correctie_omschrijving",
				     "Factuur was lager.", NULL };
	post_ok(co, page, path, corr);
	snprintf(page, sizeof(page), "/initiatieven/%lld", b);
	snprintf(path, sizeof(path), "/initiatieven/%lld/betaling", b);
	const char *const pay3[] = { "betaling_bedrag", "100", "betaling_datum", today, "betaling_omschrijving", "", NULL };
	post_ok(co, page, path, pay3);

	/* The correction is a row of its own naming the one it corrects. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM fonds_boeking WHERE correctie_van = %lld AND bedrag_cent = -5000"
				      " AND soort = 'betaling'", second), 1);

	/* What SQL sums from the rows ... */
#define SUM(soort, wijk) test_sql_int(s, "SELECT coalesce(sum(f.bedrag_cent), 0) FROM fonds_boeking f JOIN initiatief i" \
				      " ON i.id = f.initiatief_id WHERE f.soort = '%s' AND i.jaar = %lld%s", soort, jaar, wijk)
	char in_centrum[64];
	snprintf(in_centrum, sizeof(in_centrum), " AND i.wijk_id = %lld", centrum);
	long long g_c = SUM("toekenning", in_centrum), p_c = SUM("betaling", in_centrum);
	long long g_all = SUM("toekenning", ""), p_all = SUM("betaling", "");
	assert_int_equal(g_c, 130000);
	assert_int_equal(p_c, 70000);
	assert_int_equal(g_all, 180000);

	/* ... is what the page says, per wijk and in the totals line ... */
	r = client_getf(co, "/fonds?jaar=%lld", jaar);
	assert_status(r, 200);
	assert_int_equal(row_amount(r, "WK999901", 0), 250000);
	assert_int_equal(row_amount(r, "WK999901", 1), g_c);
	assert_int_equal(row_amount(r, "WK999901", 2), p_c);
	assert_int_equal(row_amount(r, "WK999901", 3), 250000 - g_c);
	assert_int_equal(row_amount(r, "totaal", 1), g_all);
	assert_int_equal(row_amount(r, "totaal", 2), p_all);
	assert_tidy(r);
	response_free(r);

	/* ... and what the JSON says. */
	char *token = account_token(s, CO);
	char api[64];
	snprintf(api, sizeof(api), "/api/v1/fonds?jaar=%lld", jaar);
	r = client_api(co, "GET", api, token, NULL, NULL);
	assert_status(r, 200);
	cJSON *j = response_json(r);
	const cJSON *w;
	long long sum_g = 0, sum_p = 0;
	cJSON_ArrayForEach(w, cJSON_GetObjectItem(j, "wijken")) {
		sum_g += (long long)json_num(w, "toegekend_cent");
		sum_p += (long long)json_num(w, "besteed_cent");
		if (!strcmp(json_str(w, "wijk_code"), "WK999901")) {
			assert_int_equal((long long)json_num(w, "toegekend_cent"), g_c);
			assert_int_equal((long long)json_num(w, "besteed_cent"), p_c);
			assert_int_equal((long long)json_num(w, "resterend_cent"), 250000 - g_c);
		}
	}
	const cJSON *t = cJSON_GetObjectItem(j, "totaal");
	assert_int_equal((long long)json_num(t, "toegekend_cent"), g_all);
	assert_int_equal((long long)json_num(t, "besteed_cent"), p_all);
	assert_int_equal(sum_g, g_all);
	assert_int_equal(sum_p, p_all);
	cJSON_Delete(j);
	response_free(r);

	/* The decisions as CSV: one row per decided initiative. */
	r = client_getf(co, "/fonds/besluiten.csv?jaar=%lld", jaar);
	assert_status(r, 200);
	assert_header_contains(r, "Content-Type", "text/csv");
	assert_body_contains(r, "referentie;jaar;wijk_code");
	assert_body_contains(r, ";1000,00;");
	assert_body_contains(r, ";600,00;");
	response_free(r);

	/* The ledger is append-only: the database itself refuses to change or remove a row. */
	assert_int_not_equal(test_db_exec(s, "UPDATE fonds_boeking SET bedrag_cent = 1"), 0);
	assert_int_not_equal(test_db_exec(s, "DELETE FROM fonds_boeking"), 0);
	assert_int_equal(SUM("toekenning", ""), g_all);
	assert_int_equal(SUM("betaling", ""), p_all);
#undef SUM
	free(token);
	free(today);
	client_free(co);
}

/* A wijkbeheerder (Centrum) does not see Oost's initiative, and may not set a budget. */
static void test_wijkbeheerder_scope(void **state)
{
	struct server *s = *state;
	seed_organisation(s);
	long long own, other;
	free(apply_ok(s, "Binnenstad schoon", "BU99990101", "200", &own));
	free(apply_ok(s, "Parkzicht groen", "BU99990301", "200", &other));
	long long oost = test_db_int(s, "SELECT id FROM area WHERE code = 'WK999903'");
	struct client *wb = account_client(s, WB, DEMO_PASSWORD);

	struct response *r = client_getf(wb, "/initiatieven/%lld", other);
	assert_status(r, 404);
	body_lacks(r, "Parkzicht groen");
	response_free(r);
	r = client_getf(wb, "/api/v1/initiatieven/%lld", other);
	assert_status(r, 404);
	response_free(r);
	r = client_getf(wb, "/initiatieven/%lld", own);
	assert_status(r, 200);
	assert_body_contains(r, "Binnenstad schoon");
	assert_tidy(r);
	response_free(r);
	r = client_get(wb, "/initiatieven");
	assert_status(r, 200);
	assert_body_contains(r, "Binnenstad schoon");
	body_lacks(r, "Parkzicht groen");
	response_free(r);

	char wijk_s[24], path[96];
	snprintf(wijk_s, sizeof(wijk_s), "%lld", oost);
	const char *const budget[] = { "wijk", wijk_s, "jaar", "2026", "budget", "1000", NULL };
	r = account_post(wb, NULL, "/fonds/budget", budget);
	assert_status(r, 403);
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM fonds_budget"), 0);
	/* Nor act on the other wijk's initiative. */
	snprintf(path, sizeof(path), "/initiatieven/%lld/besluit", other);
	const char *const grant[] = { "besluit_keuze", "toekennen", "besluit_bedrag", "200", NULL };
	r = account_post(wb, NULL, path, grant);
	assert_status(r, 404);
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM fonds_boeking"), 0);
	client_free(wb);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		HARNESS_FRESH_TEST(test_form_keeps_input),
		cmocka_unit_test(test_too_fast),
		HARNESS_FRESH_TEST(test_status_link_shows_decision),
		HARNESS_FRESH_TEST(test_fund_totals_equal_rows),
		HARNESS_FRESH_TEST(test_wijkbeheerder_scope),
	};
	return harness_run_suite("initiatief", tests, ARRAY_SIZE(tests), SUITE_INI);
}
