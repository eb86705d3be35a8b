/*
 * test_toestemming.c - the melder's consent and partners (issue 17, point
 * 6) against the real server. A dossier holds three meldingen: Tessa, who
 * let partners see her contact details (delen_met_partners), Nico, who
 * did not, and an anonymous one. The referral form lists which details
 * the option would share (Tessa's) and says the others did not consent or
 * reported anonymously. Then, searching everything the partner can read -
 * the referral page, the list and the JSON API, the partner's notice - for
 * names, e-mail addresses and phone numbers:
 *
 *   - sent without the option, no melder at all appears;
 *   - sent with it, Tessa's name, e-mail and phone appear on the partner's
 *     page and in the API, Nico's never;
 *   - Tessa withdraws consent later: her details are gone from both.
 *
 * Each test makes its own dossier, so they run alone and in any order.
 */
#include "accounts.h"
#include "harness.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COORDINATOR "coordinator@voorbeeld.example"
#define SOCIAAL "sociaal@voorbeeld.example"             /* sociaal beheerder, Centrum and Noord */
#define WIJKTEAM "wijkteam@voorbeeld.example"           /* partner: Sociaal Wijkteam Voorbeeldstad */

#define TESSA_NAAM "Tessa Toestemming"
#define TESSA_EMAIL "tessa.toestemming@example.org"
#define TESSA_TEL "0611112222"
#define NICO_NAAM "Nico Nietdelen"
#define NICO_EMAIL "nico.nietdelen@example.org"
#define NICO_TEL "0633334444"

struct kase {
	long long dossier_id, tessa, nico, anoniem;
	char refs[3][16];
};

static char *melding(struct server *s, const char *token, const char *melder)
{
	struct client *c = client_new(s);
	char body[640];

	snprintf(body, sizeof(body), "{\"categorie\": \"geluid\", \"omschrijving\": \"Geschreeuw in het trappenhuis\","
		 " \"postcode\": \"2044 TT\", \"huisnummer\": \"1\", %s}", melder);
	char *ref = api_melding(c, token, body);
	client_free(c);
	return ref;
}

/* Three meldingen and a dossier with all three, opened by the sociaal beheerder. */
static void new_case(struct server *s, struct kase *k)
{
	seed_organisation(s);
	test_sql(s, "INSERT OR IGNORE INTO address(postcode, huisnummer, toevoeging, straat, woonplaats, buurt_id) VALUES"
		    " ('2044 TT', 1, '', 'Toestemmingslaan', 'Voorbeeldstad', (SELECT id FROM area WHERE code = 'BU99990101'))");
	char *token = account_token(s, COORDINATOR);
	char *r[3] = {
		melding(s, token, "\"melder_naam\": \"" TESSA_NAAM "\", \"melder_email\": \"" TESSA_EMAIL "\","
			" \"melder_telefoon\": \"" TESSA_TEL "\", \"delen_met_partners\": true"),
		melding(s, token, "\"melder_naam\": \"" NICO_NAAM "\", \"melder_email\": \"" NICO_EMAIL "\","
			" \"melder_telefoon\": \"" NICO_TEL "\", \"delen_met_partners\": false"),
		melding(s, token, "\"anoniem\": true"),
	};
	char list[64];
	for (int i = 0; i < 3; i++)
		snprintf(k->refs[i], sizeof(k->refs[i]), "%s", r[i]);
	k->tessa = test_sql_int(s, "SELECT id FROM melding WHERE referentie = '%s'", r[0]);
	k->nico = test_sql_int(s, "SELECT id FROM melding WHERE referentie = '%s'", r[1]);
	k->anoniem = test_sql_int(s, "SELECT id FROM melding WHERE referentie = '%s'", r[2]);
	/* The API took the consent as sent. */
	assert_int_equal(test_sql_int(s, "SELECT delen_met_partners FROM melding WHERE id = %lld", k->tessa), 1);
	assert_int_equal(test_sql_int(s, "SELECT delen_met_partners FROM melding WHERE id = %lld", k->nico), 0);
	snprintf(list, sizeof(list), "%s %s %s", r[0], r[1], r[2]);
	struct client *c = account_client(s, SOCIAAL, DEMO_PASSWORD);
	struct response *resp = account_post(c, NULL, "/dossiers", (const char *const[]){
		"postcode", "2044 TT", "huisnummer", "1", "pijler", "sociaal_preventief",
		"onderwerp", "Spanningen in het portiek", "meldingen", list, NULL });
	k->dossier_id = assert_created(resp, "/dossiers/");
	response_free(resp);
	client_free(c);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier_melding WHERE dossier_id = %lld", k->dossier_id), 3);
	for (int i = 0; i < 3; i++)
		free(r[i]);
	free(token);
}

/* Sends the referral to the wijkteam from the form, with or without the option; returns its id. */
static long long refer(struct server *s, const struct kase *k, int delen)
{
	char did[24], pid[24];
	struct client *c = account_client(s, SOCIAAL, DEMO_PASSWORD);

	snprintf(did, sizeof(did), "%lld", k->dossier_id);
	snprintf(pid, sizeof(pid), "%lld", test_sql_int(s, "SELECT id FROM partner WHERE naam = 'Sociaal Wijkteam Voorbeeldstad'"));
	struct response *r = account_post(c, NULL, "/doorverwijzingen", (const char *const[]){
		"dossier", did, "partner", pid, "reden", "Zorgen om de bewoner", "vraag", "Wilt u contact opnemen?",
		"gedeelde_informatie", "Bewoner op tweehoog, overdag thuis.", delen ? "melders_delen" : NULL, "1", NULL });
	long long id = assert_created(r, "/doorverwijzingen/");
	response_free(r);
	client_free(c);
	return id;
}

/* Whether any of needles appears in the body (case ignored). */
static int holds(const struct response *r, const char *needle)
{
	return r->body && mem_find(r->body, r->len, needle, 1) != NULL;
}

/* Everything the partner reads of referral id: page, list, JSON detail and list. */
static struct response **partner_view(struct server *s, long long id, int *n)
{
	static struct response *rs[4];
	struct client *c = account_client(s, WIJKTEAM, DEMO_PASSWORD);
	char *token = account_token(s, WIJKTEAM);
	char path[64];

	snprintf(path, sizeof(path), "/api/v1/doorverwijzingen/%lld", id);
	rs[0] = client_getf(c, "/doorverwijzingen/%lld", id);
	rs[1] = client_get(c, "/doorverwijzingen");
	rs[2] = client_api(c, "GET", path, token, NULL, NULL);
	rs[3] = client_api(c, "GET", "/api/v1/doorverwijzingen", token, NULL, NULL);
	for (int i = 0; i < 4; i++)
		assert_status(rs[i], 200);
	free(token);
	client_free(c);
	*n = 4;
	return rs;
}

static void assert_none_of(struct response **rs, int n, const char *const needles[])
{
	for (int i = 0; i < n; i++)
		for (int j = 0; needles[j]; j++)
			if (holds(rs[i], needles[j]))
				fail_msg("partner answer %d holds \"%s\":\n%.*s", i, needles[j], (int)rs[i]->len, rs[i]->body);
}

static const char *const nico[] = { NICO_NAAM, NICO_EMAIL, NICO_TEL, "Nietdelen", NULL };
static const char *const tessa[] = { TESSA_NAAM, TESSA_EMAIL, TESSA_TEL, "Toestemming@", NULL };

/* The form says whose details the option shares and that the others did not consent. */
static void test_form_lists_consent(void **state)
{
	struct server *s = *state;
	struct kase k;

	new_case(s, &k);
	struct client *c = account_client(s, SOCIAAL, DEMO_PASSWORD);
	struct response *r = client_getf(c, "/doorverwijzingen/nieuw?dossier=%lld", k.dossier_id);
	assert_status(r, 200);
	assert_tidy(r);
	assert_body_contains(r, "name=\"melders_delen\"");
	assert_body_contains(r, TESSA_NAAM);
	assert_body_contains(r, TESSA_EMAIL);
	assert_body_contains(r, TESSA_TEL);
	assert_body_contains(r, "toestemming gegeven");
	/* Nico is named by his melding only, as one who did not consent; the anonymous one as anonymous. */
	char want[80];
	snprintf(want, sizeof(want), "%s</span>: geen toestemming: wordt niet gedeeld", k.refs[1]);
	assert_body_contains(r, want);
	snprintf(want, sizeof(want), "%s</span>: <span class=\"badge badge-neutral\">anoniem</span>", k.refs[2]);
	assert_body_contains(r, want);
	assert_null(mem_find(r->body, r->len, NICO_EMAIL, 1));
	assert_null(mem_find(r->body, r->len, NICO_TEL, 1));
	response_free(r);
	client_free(c);
}

/* Without the option, nothing of any melder reaches the partner, the consenting one included. */
static void test_without_option(void **state)
{
	struct server *s = *state;
	struct kase k;
	int n;

	new_case(s, &k);
	long long id = refer(s, &k, 0);
	struct response **rs = partner_view(s, id, &n);
	assert_body_contains(rs[0], "Bewoner op tweehoog");   /* the page is the referral's */
	assert_none_of(rs, n, nico);
	assert_none_of(rs, n, tessa);
	for (int i = 0; i < n; i++)
		response_free(rs[i]);
	/* Nor the notice to the partner, nor the record of what was shared. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM outbox WHERE melding_id = 0 AND (instr(tekst, 'Tessa') > 0"
					 " OR instr(tekst, '" TESSA_TEL "') > 0)"), 0);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM referral_melder WHERE referral_id = %lld", id), 0);
}

/* With the option: the consenting melder only, and only while she consents. */
static void test_with_option(void **state)
{
	struct server *s = *state;
	struct kase k;
	int n;

	new_case(s, &k);
	long long id = refer(s, &k, 1);
	struct response **rs = partner_view(s, id, &n);
	assert_tidy(rs[0]);
	assert_body_contains(rs[0], TESSA_NAAM);
	assert_body_contains(rs[0], TESSA_EMAIL);
	assert_body_contains(rs[0], TESSA_TEL);
	cJSON *j = response_json(rs[2]);
	cJSON *m = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(j, "melders"), 0);
	assert_non_null(m);
	assert_string_equal(json_str(m, "naam"), TESSA_NAAM);
	assert_string_equal(json_str(m, "email"), TESSA_EMAIL);
	assert_string_equal(json_str(m, "telefoon"), TESSA_TEL);
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(j, "melders")), 1);
	cJSON_Delete(j);
	assert_none_of(rs, n, nico);
	/* The list shows no melder: only the referral's page and its API answer do. */
	assert_none_of(&rs[1], 1, tessa);
	assert_none_of(&rs[3], 1, tessa);
	for (int i = 0; i < n; i++)
		response_free(rs[i]);
	/* The dossier's timeline says that details went along, not whose. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier_event WHERE dossier_id = %lld"
					 " AND instr(tekst, 'Contactgegevens gedeeld van 1 melder') > 0", k.dossier_id), 1);

	/* Tessa withdraws her consent: gone from the partner's page and API at once. */
	test_sql(s, "UPDATE melding SET delen_met_partners = 0 WHERE id = %lld", k.tessa);
	rs = partner_view(s, id, &n);
	assert_none_of(rs, n, tessa);
	assert_none_of(rs, n, nico);
	for (int i = 0; i < n; i++)
		response_free(rs[i]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_form_lists_consent),
		cmocka_unit_test(test_without_option),
		cmocka_unit_test(test_with_option),
	};
	return harness_run_suite("toestemming", tests, ARRAY_SIZE(tests), NULL);
}
