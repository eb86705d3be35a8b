/*
 * test_beheer.c - the beheerder at work: creating, editing, deactivating
 * and resetting accounts, partner organisations and a partner user,
 * revoking API tokens, the lists and their paging, the partner API, and
 * the audit trail that records all of it and cannot be rewritten.
 *
 * The server gets the demo organisation (`leefbaar seed --organisation`): three
 * wijken, four partners and an account for every role.
 */
#include "accounts.h"

#include "lib/xalloc.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BEHEERDER "beheerder@voorbeeld.example"

/* A client logged in as the demo beheerder. */
static struct client *beheerder(struct server *s)
{
	seed_organisation(s);
	return account_client(s, BEHEERDER, DEMO_PASSWORD);
}

/* /api/v1/ik of a client, parsed; caller deletes. */
static cJSON *ik(struct client *c)
{
	struct response *r = client_get(c, "/api/v1/ik");
	assert_status(r, 200);
	cJSON *j = cJSON_Parse(r->body);
	assert_non_null(j);
	response_free(r);
	return j;
}

static char *path_of_user(struct server *s, const char *email)
{
	char path[64];
	snprintf(path, sizeof(path), "/beheer/gebruikers/%lld", test_user_id(s, email));
	return xstrdup(path);
}

/* Creates an account through the form and returns its edit page path; caller frees. */
static char *create_user(struct server *s, struct client *adm, const char *email, const char *naam,
			 const char *rol, const char *extra_key, const char *extra_value)
{
	const char *fields[] = { "naam", naam, "email", email, "rol", rol,
				 "wachtwoord", "Tijdelijk-wachtwoord-7", extra_key, extra_value, NULL };
	struct response *r = account_post(adm, "/beheer/gebruikers/nieuw", "/beheer/gebruikers", fields);
	char *path = path_of_user(s, email);

	assert_redirect(r, path);
	response_free(r);
	return path;
}

/* ---- users ------------------------------------------------------------------ */

static void test_create_user_must_change_password(void **state)
{
	struct server *s = *state;
	struct client *adm = beheerder(s), *u;
	struct response *r;
	char wijk[24];

	snprintf(wijk, sizeof(wijk), "%lld", test_area_id(s, "WK999901"));
	char *path = create_user(s, adm, "Nieuw.Lid@Voorbeeld.example", "Nadia Nieuw", "wijkbeheerder", "wijk", wijk);

	/* The edit page confirms it; the list finds it by part of the name. */
	char *url = xstrdup(path);
	r = client_get(adm, url);
	assert_status(r, 200);
	response_free(r);
	r = client_get(adm, "/beheer/gebruikers?q=nadia");
	assert_status(r, 200);
	assert_body_contains(r, "Nadia Nieuw");
	assert_body_contains(r, "nieuw.lid@voorbeeld.example");   /* stored lower-cased */
	assert_body_contains(r, "Centrum");
	assert_body_contains(r, "Nieuw wachtwoord nodig");
	response_free(r);

	/* The new user must choose a password first; every page leads there. */
	u = client_new(s);
	r = account_login(u, "nieuw.lid@voorbeeld.example", "Tijdelijk-wachtwoord-7");
	assert_redirect(r, "/account/wachtwoord");
	response_free(r);
	r = client_get(u, "/beheer");
	assert_status(r, 403);
	response_free(r);
	r = client_get(u, "/account/wachtwoord");
	assert_status(r, 200);
	assert_body_contains(r, "Kies nu een eigen wachtwoord");
	response_free(r);
	const char *change[] = { "huidig", "Tijdelijk-wachtwoord-7", "nieuw", "Mijn-eigen-wachtwoord-9",
				 "herhaal", "Mijn-eigen-wachtwoord-9", NULL };
	r = account_post(u, "/account/wachtwoord", "/account/wachtwoord", change);
	assert_status(r, 303);
	response_free(r);
	cJSON *me = ik(u);
	assert_string_equal(cJSON_GetObjectItem(me, "rol")->valuestring, "wijkbeheerder");
	assert_string_equal(cJSON_GetArrayItem(cJSON_GetObjectItem(me, "gebieden"), 0)->valuestring, "WK999901");
	cJSON_Delete(me);

	free(url);
	free(path);
	client_free(u);
	client_free(adm);
}

static void test_must_change_redirects(void **state)
{
	struct server *s = *state;
	struct client *adm = beheerder(s), *u;
	struct response *r;

	/* A second beheerder: every beheer page leads to choosing a password first. */
	char *path = create_user(s, adm, "tweede@voorbeeld.example", "Tessa Tweede", "beheerder", NULL, NULL);
	u = client_new(s);
	r = account_login(u, "tweede@voorbeeld.example", "Tijdelijk-wachtwoord-7");
	assert_redirect(r, "/account/wachtwoord");
	response_free(r);
	const char *const pages[] = { "/beheer", "/beheer/gebruikers", path };
	for (size_t i = 0; i < ARRAY_SIZE(pages); i++) {
		r = client_get(u, pages[i]);
		assert_redirect(r, "/account/wachtwoord");
		response_free(r);
	}
	/* The JSON API answers instead of redirecting. */
	r = client_get(u, "/api/v1/partners");
	assert_status(r, 403);
	assert_header_contains(r, "Content-Type", "application/json");
	response_free(r);
	/* A form POST does nothing either. */
	char *tok = account_csrf(u, "/account/wachtwoord");
	const char *all[] = { "csrf_token", tok, "naam", "Sneaky", "email", "sneaky@voorbeeld.example",
			      "rol", "beheerder", "wachtwoord", "Tijdelijk-wachtwoord-7", NULL };
	r = client_post_form(u, "/beheer/gebruikers", all);
	assert_redirect(r, "/account/wachtwoord");
	response_free(r);
	assert_int_equal(test_user_id(s, "sneaky@voorbeeld.example"), -1);
	/* After choosing one, beheer opens. */
	const char *change[] = { "csrf_token", tok, "huidig", "Tijdelijk-wachtwoord-7", "nieuw", "Tessa-kiest-zelf-2026",
				 "herhaal", "Tessa-kiest-zelf-2026", NULL };
	r = client_post_form(u, "/account/wachtwoord", change);
	assert_status(r, 303);
	assert_string_equal(response_header(r, "Location"), "/beheer");
	response_free(r);
	r = client_get(u, "/beheer");
	assert_status(r, 200);
	response_free(r);
	free(tok);
	free(path);
	client_free(u);
	client_free(adm);
}

static void test_edit_user(void **state)
{
	struct server *s = *state;
	struct client *adm = beheerder(s), *u;
	struct response *r;
	char centrum[24], oost[24];

	snprintf(centrum, sizeof(centrum), "%lld", test_area_id(s, "WK999901"));
	snprintf(oost, sizeof(oost), "%lld", test_area_id(s, "WK999903"));
	char *path = create_user(s, adm, "wissel@voorbeeld.example", "Willem Wissel", "wijkbeheerder", "wijk", centrum);
	test_db_exec(s, "UPDATE user SET must_change_password = 0 WHERE email = 'wissel@voorbeeld.example'");
	u = account_client(s, "wissel@voorbeeld.example", "Tijdelijk-wachtwoord-7");

	/* The form shows what is stored. */
	r = client_get(adm, path);
	assert_status(r, 200);
	assert_body_contains(r, "value=\"Willem Wissel\"");
	assert_body_contains(r, "value=\"wijkbeheerder\" selected");
	response_free(r);

	/* Another name, another role and two wijken; the user's session sees it at once. */
	const char *edit[] = { "naam", "Willemijn Wissel", "rol", "sociaal_beheerder", "wijk", centrum,
			       "wijk", oost, "actief", "1", NULL };
	r = account_post(adm, path, path, edit);
	assert_redirect(r, path);
	response_free(r);
	cJSON *me = ik(u);
	assert_string_equal(cJSON_GetObjectItem(me, "naam")->valuestring, "Willemijn Wissel");
	assert_string_equal(cJSON_GetObjectItem(me, "rol")->valuestring, "sociaal_beheerder");
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(me, "gebieden")), 2);
	cJSON_Delete(me);

	/* Invalid edits keep the input and change nothing. */
	const char *bad[] = { "naam", "", "rol", "beheerder", "wijk", centrum, "actief", "1", NULL };
	r = account_post(adm, path, path, bad);
	assert_status(r, 422);
	assert_body_contains(r, "Vul de naam in.");
	assert_body_contains(r, "Alleen medewerkers sociaal beheer werken in wijken");
	response_free(r);
	const char *ghost[] = { "naam", "W", "rol", "sociaal_beheerder", "wijk", "999999", "actief", "1", NULL };
	r = account_post(adm, path, path, ghost);
	assert_status(r, 422);
	assert_body_contains(r, "bestaat niet meer");
	response_free(r);
	me = ik(u);
	assert_string_equal(cJSON_GetObjectItem(me, "rol")->valuestring, "sociaal_beheerder");
	cJSON_Delete(me);

	/* Becoming a partner user: an organisation is required, then the wijken go. */
	const char *to_partner[] = { "naam", "Willemijn Wissel", "rol", "partner", "partner", "2", "actief", "1", NULL };
	r = account_post(adm, path, path, to_partner);
	assert_redirect(r, path);
	response_free(r);
	me = ik(u);
	assert_string_equal(cJSON_GetObjectItem(me, "rol")->valuestring, "partner");
	assert_int_equal((int)cJSON_GetObjectItem(cJSON_GetObjectItem(me, "partner"), "id")->valuedouble, 2);
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(me, "gebieden")), 0);
	cJSON_Delete(me);

	r = client_get(adm, "/beheer/audit?actie=gewijzigd");
	assert_body_contains(r, "rol: wijkbeheerder -&gt; sociaal_beheerder");
	response_free(r);
	free(path);
	client_free(u);
	client_free(adm);
}

static void test_deactivate_ends_sessions(void **state)
{
	struct server *s = *state;
	struct client *adm = beheerder(s), *u, *v;
	struct response *r;

	char *path = create_user(s, adm, "vertrek@voorbeeld.example", "Vera Vertrek", "coordinator", NULL, NULL);
	test_db_exec(s, "UPDATE user SET must_change_password = 0 WHERE email = 'vertrek@voorbeeld.example'");
	u = client_new(s);
	v = client_new(s);
	account_login_ok(u, "vertrek@voorbeeld.example", "Tijdelijk-wachtwoord-7");
	account_login_ok(v, "vertrek@voorbeeld.example", "Tijdelijk-wachtwoord-7");
	char *token = account_token(s, "vertrek@voorbeeld.example");

	/* Unticking "actief" (the box is simply not sent). */
	const char *off[] = { "naam", "Vera Vertrek", "rol", "coordinator", NULL };
	long long sessions_before = test_db_int(s, "SELECT count(*) FROM session WHERE user_id = "
						"(SELECT id FROM user WHERE email = 'vertrek@voorbeeld.example')");
	assert_int_equal(sessions_before, 2);
	r = account_post(adm, path, path, off);
	assert_redirect(r, path);
	response_free(r);
	/* The sessions end at once on the server, not when next used. */
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM session WHERE user_id = "
				     "(SELECT id FROM user WHERE email = 'vertrek@voorbeeld.example')"), 0);

	/* Both browsers are out, the token is dead, logging in fails. */
	r = client_get(u, "/account/wachtwoord");
	assert_redirect(r, "/login");
	response_free(r);
	r = client_get(v, "/api/v1/ik");
	assert_status(r, 401);
	response_free(r);
	char header[200];
	snprintf(header, sizeof(header), "Authorization: Bearer %s", token);
	const char *headers[] = { header, NULL };
	struct client *api = client_new(s);
	r = client_request(api, "GET", "/api/v1/ik", NULL, NULL, 0, headers);
	assert_status(r, 401);
	response_free(r);
	client_free(api);
	r = account_login(u, "vertrek@voorbeeld.example", "Tijdelijk-wachtwoord-7");
	assert_status(r, 401);
	response_free(r);

	/* The list shows it; ticking the box again lets the user back in. */
	r = client_get(adm, "/beheer/gebruikers?status=inactief");
	assert_body_contains(r, "Vera Vertrek");
	response_free(r);
	const char *on[] = { "naam", "Vera Vertrek", "rol", "coordinator", "actief", "1", NULL };
	r = account_post(adm, path, path, on);
	assert_redirect(r, path);
	response_free(r);
	account_login_ok(u, "vertrek@voorbeeld.example", "Tijdelijk-wachtwoord-7");

	r = client_get(adm, "/beheer/audit?actie=gedeactiveerd");
	assert_body_contains(r, "vertrek@voorbeeld.example");
	response_free(r);
	free(token);
	free(path);
	client_free(u);
	client_free(v);
	client_free(adm);
}

static void test_reset_password(void **state)
{
	struct server *s = *state;
	struct client *adm = beheerder(s), *u;
	struct response *r;

	char *path = create_user(s, adm, "vergeten@voorbeeld.example", "Victor Vergeten", "ondersteuner", NULL, NULL);
	test_db_exec(s, "UPDATE user SET must_change_password = 0 WHERE email = 'vergeten@voorbeeld.example'");
	u = account_client(s, "vergeten@voorbeeld.example", "Tijdelijk-wachtwoord-7");

	char reset_path[96];
	snprintf(reset_path, sizeof(reset_path), "%s/wachtwoord", path);
	/* A weak one is refused with the reason; nothing changes. */
	const char *weak[] = { "wachtwoord", "kort", NULL };
	r = account_post(adm, path, reset_path, weak);
	assert_status(r, 422);
	assert_body_contains(r, "minstens 12 tekens");
	response_free(r);
	r = client_get(u, "/api/v1/ik");
	assert_status(r, 200);
	response_free(r);

	const char *good[] = { "wachtwoord", "Nieuw-tijdelijk-55", NULL };
	r = account_post(adm, path, reset_path, good);
	assert_redirect(r, path);
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM session WHERE user_id = "
				     "(SELECT id FROM user WHERE email = 'vergeten@voorbeeld.example')"), 0);
	assert_int_equal(test_db_int(s, "SELECT must_change_password FROM user WHERE email = 'vergeten@voorbeeld.example'"), 1);

	/* Logged out everywhere; the old password is gone; the new one leads to changing it. */
	r = client_get(u, "/account/wachtwoord");
	assert_redirect(r, "/login");
	response_free(r);
	r = account_login(u, "vergeten@voorbeeld.example", "Tijdelijk-wachtwoord-7");
	assert_status(r, 401);
	response_free(r);
	r = account_login(u, "vergeten@voorbeeld.example", "Nieuw-tijdelijk-55");
	assert_redirect(r, "/account/wachtwoord");
	response_free(r);
	r = client_get(u, "/api/v1/partners");
	assert_status(r, 403);            /* no work before a new password */
	response_free(r);
	const char *change[] = { "huidig", "Nieuw-tijdelijk-55", "nieuw", "Eigen-gekozen-wachtwoord-3",
				 "herhaal", "Eigen-gekozen-wachtwoord-3", NULL };
	r = account_post(u, "/account/wachtwoord", "/account/wachtwoord", change);
	assert_status(r, 303);
	response_free(r);
	r = client_get(u, "/api/v1/partners");
	assert_status(r, 200);
	response_free(r);

	/* The beheerder's own password is not reset here. */
	char own[96];
	snprintf(own, sizeof(own), "/beheer/gebruikers/%lld/wachtwoord", test_user_id(s, BEHEERDER));
	r = account_post(adm, "/beheer", own, good);
	assert_status(r, 422);
	assert_body_contains(r, "Uw eigen wachtwoord wijzigt u via");
	response_free(r);

	r = client_get(adm, "/beheer/audit?actie=wachtwoord_hersteld");
	assert_body_contains(r, "vergeten@voorbeeld.example");
	response_free(r);
	free(path);
	client_free(u);
	client_free(adm);
}

static void test_beheerder_cannot_lock_self_out(void **state)
{
	struct server *s = *state;
	struct client *adm = beheerder(s);
	struct response *r;
	char *path = path_of_user(s, BEHEERDER);

	const char *demote[] = { "naam", "Bram Beheer", "rol", "coordinator", "actief", "1", NULL };
	r = account_post(adm, path, path, demote);
	assert_status(r, 422);
	assert_body_contains(r, "U kunt uw eigen rol niet wijzigen");
	response_free(r);
	const char *off[] = { "naam", "Bram Beheer", "rol", "beheerder", NULL };
	r = account_post(adm, path, path, off);
	assert_status(r, 422);
	assert_body_contains(r, "U kunt uw eigen account niet uitzetten");
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM user WHERE email = '" BEHEERDER "'"
				     " AND role = 'beheerder' AND active = 1"), 1);
	r = client_get(adm, "/beheer");
	assert_status(r, 200);
	response_free(r);
	free(path);
	client_free(adm);
}

static void test_unknown_ids(void **state)
{
	struct server *s = *state;
	struct client *adm = beheerder(s);
	static const char *const paths[] = {
		"/beheer/gebruikers/999999", "/beheer/gebruikers/0", "/beheer/gebruikers/abc",
		"/beheer/gebruikers/-1", "/beheer/gebruikers/99999999999999999999",
		"/beheer/partners/999999", "/beheer/partners/x",
	};

	for (size_t i = 0; i < ARRAY_SIZE(paths); i++) {
		struct response *r = client_get(adm, paths[i]);
		assert_status(r, 404);
		response_free(r);
	}
	client_free(adm);
}

/* ---- tokens ------------------------------------------------------------------ */

static void test_revoke_token(void **state)
{
	struct server *s = *state;
	struct client *adm = beheerder(s), *api;
	struct response *r;
	char *token = account_token(s, "ondersteuner@voorbeeld.example");
	char *other = account_token(s, "coordinator@voorbeeld.example");
	char header[200], revoke[160];
	long long tid = test_db_int(s, "SELECT max(id) FROM api_token WHERE user_id = "
				    "(SELECT id FROM user WHERE email = 'ondersteuner@voorbeeld.example')");
	long long other_id = test_db_int(s, "SELECT max(id) FROM api_token WHERE user_id = "
					 "(SELECT id FROM user WHERE email = 'coordinator@voorbeeld.example')");
	char *path = path_of_user(s, "ondersteuner@voorbeeld.example");

	snprintf(header, sizeof(header), "Authorization: Bearer %s", token);
	const char *headers[] = { header, NULL };
	api = client_new(s);
	r = client_request(api, "GET", "/api/v1/ik", NULL, NULL, 0, headers);
	assert_status(r, 200);
	response_free(r);

	/* The edit page lists it, with when it was last used, and offers to revoke it. */
	r = client_get(adm, path);
	assert_body_contains(r, "API-tokens");
	assert_body_contains(r, "Intrekken");
	assert_true(!mem_find(r->body, r->len, token, 0));        /* never the token itself */
	response_free(r);

	/* Another user's token through this user's URL: not found, still working. */
	snprintf(revoke, sizeof(revoke), "%s/tokens/%lld/intrekken", path, other_id);
	const char *none[] = { NULL };
	r = account_post(adm, path, revoke, none);
	assert_status(r, 404);
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM api_token WHERE revoked_at IS NOT NULL"), 0);

	snprintf(revoke, sizeof(revoke), "%s/tokens/%lld/intrekken", path, tid);
	r = account_post(adm, path, revoke, none);
	assert_redirect(r, path);
	response_free(r);
	r = client_request(api, "GET", "/api/v1/ik", NULL, NULL, 0, headers);
	assert_status(r, 401);
	response_free(r);
	r = client_get(adm, path);
	assert_body_contains(r, "Ingetrokken");
	response_free(r);
	/* A second click changes nothing and does not fail. */
	r = account_post(adm, path, revoke, none);
	assert_redirect(r, path);
	response_free(r);

	r = client_get(adm, "/beheer/audit?actie=token_ingetrokken");
	assert_body_contains(r, "ondersteuner@voorbeeld.example");
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM audit_log WHERE action = 'token_ingetrokken'"), 1);

	free(token);
	free(other);
	free(path);
	client_free(api);
	client_free(adm);
}

/* ---- partners ----------------------------------------------------------------- */

static void test_partner_and_partner_user(void **state)
{
	struct server *s = *state;
	struct client *adm = beheerder(s), *p;
	struct response *r;
	long long before;

	seed_organisation(s);
	before = test_db_int(s, "SELECT count(*) FROM partner");
	/* Bad input: messages per field, the input kept, nothing stored. */
	const char *bad[] = { "naam", "", "soort", "maffia", "contact_email", "geen-adres",
			      "contact_telefoon", "bel me", "convenant", "Convenant 2025", NULL };
	r = account_post(adm, "/beheer/partners/nieuw", "/beheer/partners", bad);
	assert_status(r, 422);
	assert_body_contains(r, "Vul de naam van de organisatie in.");
	assert_body_contains(r, "Kies een soort uit de lijst.");
	assert_body_contains(r, "Vul een geldig e-mailadres in");
	assert_body_contains(r, "Vul een telefoonnummer in");
	assert_body_contains(r, "value=\"Convenant 2025\"");
	response_free(r);
	/* A name that exists already, in other capitals. */
	const char *dup[] = { "naam", "ggz voorbeeld", "soort", "ggz", NULL };
	r = account_post(adm, "/beheer/partners/nieuw", "/beheer/partners", dup);
	assert_status(r, 422);
	assert_body_contains(r, "Er is al een organisatie met deze naam.");
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM partner"), before);

	const char *good[] = { "naam", "Veiligheidshuis Regio Voorbeeld", "soort", "veiligheidshuis",
			       "contact_naam", "Ria Regie", "contact_email", "regie@vhh.example",
			       "contact_telefoon", "+31 (0)30 123 45 67", "convenant", "Convenant Zorg en Veiligheid 2025", NULL };
	r = account_post(adm, "/beheer/partners/nieuw", "/beheer/partners", good);
	assert_redirect(r, "/beheer/partners");
	response_free(r);
	long long pid = test_db_int(s, "SELECT id FROM partner WHERE naam = 'Veiligheidshuis Regio Voorbeeld'");
	assert_true(pid > 0);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM partner WHERE id = (SELECT max(id) FROM partner)"
				     " AND contact_telefoon = '0301234567' AND soort = 'veiligheidshuis'"), 1);
	r = client_get(adm, "/beheer/partners?q=veiligheid");
	assert_body_contains(r, "Veiligheidshuis Regio Voorbeeld");
	assert_body_contains(r, "Convenant Zorg en Veiligheid 2025");
	response_free(r);

	/* Edit: a bad address is refused, a good change is kept. */
	char path[64], pid_s[24];
	snprintf(path, sizeof(path), "/beheer/partners/%lld", pid);
	snprintf(pid_s, sizeof(pid_s), "%lld", pid);
	const char *bad_edit[] = { "naam", "Veiligheidshuis Regio Voorbeeld", "soort", "veiligheidshuis",
				   "contact_email", "@", "actief", "1", NULL };
	r = account_post(adm, path, path, bad_edit);
	assert_status(r, 422);
	response_free(r);
	const char *edit[] = { "naam", "Veiligheidshuis Voorbeeld", "soort", "veiligheidshuis",
			       "contact_telefoon", "0900-8844", "actief", "1", NULL };
	r = account_post(adm, path, path, edit);
	assert_redirect(r, "/beheer/partners");
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM partner WHERE naam = 'Veiligheidshuis Voorbeeld'"
				     " AND contact_telefoon = '0900-8844'"), 1);

	/* A user of that organisation. */
	char *upath = create_user(s, adm, "casus@vhh.example", "Cas Casus", "partner", "partner", pid_s);
	test_db_exec(s, "UPDATE user SET must_change_password = 0 WHERE email = 'casus@vhh.example'");
	p = account_client(s, "casus@vhh.example", "Tijdelijk-wachtwoord-7");
	cJSON *me = ik(p);
	assert_string_equal(cJSON_GetObjectItem(me, "rol")->valuestring, "partner");
	const cJSON *org = cJSON_GetObjectItem(me, "partner");
	assert_int_equal((long long)cJSON_GetObjectItem(org, "id")->valuedouble, pid);
	assert_string_equal(cJSON_GetObjectItem(org, "soort")->valuestring, "veiligheidshuis");
	cJSON_Delete(me);
	r = client_get(p, "/beheer");
	assert_status(r, 403);
	response_free(r);
	r = client_get(p, "/beheer/partners");
	assert_status(r, 403);
	response_free(r);

	/* An inactive organisation is not offered to new users. */
	const char *off[] = { "naam", "Veiligheidshuis Voorbeeld", "soort", "veiligheidshuis", NULL };
	r = account_post(adm, path, path, off);
	assert_redirect(r, "/beheer/partners");
	response_free(r);
	const char *late[] = { "naam", "Laat", "email", "laat@vhh.example", "rol", "partner", "partner", pid_s,
			       "wachtwoord", "Tijdelijk-wachtwoord-7", NULL };
	r = account_post(adm, "/beheer/gebruikers/nieuw", "/beheer/gebruikers", late);
	assert_status(r, 422);
	assert_body_contains(r, "Deze organisatie is niet actief");
	response_free(r);

	r = client_get(adm, "/beheer/audit?object=partner");
	assert_body_contains(r, "Veiligheidshuis Voorbeeld");
	response_free(r);
	free(upath);
	client_free(p);
	client_free(adm);
}

static void test_partners_api(void **state)
{
	struct server *s = *state;
	struct response *r;
	char header[200];

	seed_organisation(s);
	char *admin = account_token(s, BEHEERDER);
	char *staff = account_token(s, "sociaal@voorbeeld.example");
	char *partner = account_token(s, "wijkteam@voorbeeld.example");
	struct client *c = client_new(s);

	/* Staff read the list in the shape of every list. */
	snprintf(header, sizeof(header), "Authorization: Bearer %s", staff);
	const char *as_staff[] = { header, NULL };
	r = client_request(c, "GET", "/api/v1/partners?actief=true", NULL, NULL, 0, as_staff);
	assert_status(r, 200);
	cJSON *j = cJSON_Parse(r->body);
	assert_non_null(j);
	assert_true(cJSON_GetArraySize(cJSON_GetObjectItem(j, "items")) >= 4);
	assert_int_equal((int)cJSON_GetObjectItem(j, "pagina")->valuedouble, 1);
	assert_int_equal((int)cJSON_GetObjectItem(j, "per_pagina")->valuedouble, 50);
	assert_true(cJSON_GetObjectItem(j, "totaal")->valuedouble >= 4);
	const cJSON *first = cJSON_GetArrayItem(cJSON_GetObjectItem(j, "items"), 0);
	assert_true(cJSON_IsNumber(cJSON_GetObjectItem(first, "id")));
	assert_true(cJSON_IsString(cJSON_GetObjectItem(first, "naam")));
	assert_true(cJSON_IsString(cJSON_GetObjectItem(first, "soort")));
	cJSON_Delete(j);
	response_free(r);
	/* ... but may not add one. */
	static const char body[] = "{\"naam\": \"Schuldhulp Voorbeeld\", \"soort\": \"schuldhulp\"}";
	r = client_post_raw(c, "/api/v1/partners", "application/json", body, strlen(body), as_staff);
	assert_status(r, 403);
	assert_header_contains(r, "Content-Type", "application/json");
	response_free(r);

	/* A partner sees no list of organisations. */
	snprintf(header, sizeof(header), "Authorization: Bearer %s", partner);
	const char *as_partner[] = { header, NULL };
	r = client_request(c, "GET", "/api/v1/partners", NULL, NULL, 0, as_partner);
	assert_status(r, 403);
	assert_body_contains(r, "\"fout\"");
	response_free(r);

	/* The beheerder adds one: 201 with id, naam, soort. */
	snprintf(header, sizeof(header), "Authorization: Bearer %s", admin);
	const char *as_admin[] = { header, NULL };
	r = client_post_raw(c, "/api/v1/partners", "application/json", body, strlen(body), as_admin);
	assert_status(r, 201);
	j = cJSON_Parse(r->body);
	assert_non_null(j);
	assert_true(cJSON_GetObjectItem(j, "id")->valuedouble > 0);
	assert_string_equal(cJSON_GetObjectItem(j, "naam")->valuestring, "Schuldhulp Voorbeeld");
	assert_string_equal(cJSON_GetObjectItem(j, "soort")->valuestring, "schuldhulp");
	cJSON_Delete(j);
	response_free(r);

	/* Invalid fields: 422 with a message per field; broken JSON: 400; wrong type: 415. */
	static const struct {
		const char *type, *body;
		long status;
		const char *want;
	} cases[] = {
		{ "application/json", "{\"naam\": \"schuldhulp voorbeeld\", \"soort\": \"schuldhulp\"}", 422, "\"naam\"" },
		{ "application/json", "{\"naam\": \"\", \"soort\": \"sekte\"}", 422, "\"soort\"" },
		{ "application/json", "{\"naam\": 12, \"soort\": [\"ggz\"]}", 422, "Stuur dit veld als tekst" },
		{ "application/json", "{\"naam\": \"X\", \"soort\": \"ggz\", \"contact_email\": \"x\"}", 422, "\"contact_email\"" },
		{ "application/json", "{\"naam\": \"' OR 1=1 --\", \"soort\": \"overig\", \"actief\": \"ja\"}", 422, "\"actief\"" },
		{ "application/json", "{\"naam\": \"X\"", 400, "\"fout\"" },
		{ "application/json", "[{\"naam\": \"X\"}]", 400, "\"fout\"" },
		{ "application/json", "", 400, "\"fout\"" },
		{ "application/json", "{\"naam\": \"X\", \"soort\": \"ggz\"} extra", 400, "\"fout\"" },
		{ "application/json", "{\"naam\": \"\xff\xfe\", \"soort\": \"ggz\"}", 400, "UTF-8" },
		{ "text/plain", "{\"naam\": \"X\", \"soort\": \"ggz\"}", 415, "\"fout\"" },
	};
	long long before = test_db_int(s, "SELECT count(*) FROM partner");
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		r = client_post_raw(c, "/api/v1/partners", cases[i].type, cases[i].body, strlen(cases[i].body), as_admin);
		print_message("%s %s -> %ld %s", cases[i].type, cases[i].body, r->status, r->body);
		assert_status(r, cases[i].status);
		assert_header_contains(r, "Content-Type", "application/json");
		assert_body_contains(r, cases[i].want);
		response_free(r);
	}
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM partner"), before);

	/* A body over [server] max_body_kb (1 MB by default) is refused on its
	 * Content-Length: 413, in JSON as well (a client of its own, as the
	 * server closes the connection). */
	struct buf big = BUF_INIT;
	buf_addstr(&big, "{\"naam\": \"");
	while (big.len < 1100 * 1024)
		buf_addstr(&big, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
	buf_addstr(&big, "\", \"soort\": \"ggz\"}");
	struct client *fresh = client_new(s);
	r = client_post_raw(fresh, "/api/v1/partners", "application/json", big.buf, big.len, as_admin);
	assert_status(r, 413);
	assert_header_contains(r, "Content-Type", "application/json");
	assert_body_contains(r, "\"fout\"");
	response_free(r);
	client_free(fresh);
	buf_release(&big);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM partner"), before);

	/* Errors outside the handlers answer JSON too: 404 and 405 under /api/. */
	r = client_request(c, "GET", "/api/v1/bestaat-niet", NULL, NULL, 0, as_admin);
	assert_status(r, 404);
	assert_header_contains(r, "Content-Type", "application/json");
	response_free(r);
	r = client_request(c, "DELETE", "/api/v1/partners", NULL, NULL, 0, as_admin);
	assert_status(r, 405);
	assert_header_contains(r, "Content-Type", "application/json");
	assert_header_contains(r, "Allow", "POST");
	response_free(r);

	free(admin);
	free(staff);
	free(partner);
	client_free(c);
}

/* ---- lists ------------------------------------------------------------------------- */

static void test_user_list_filters_and_pages(void **state)
{
	struct server *s = *state;
	struct client *adm = beheerder(s);
	struct response *r;

	/* 60 more accounts, straight into the database (the list is what is tested). */
	assert_int_equal(test_db_exec(s,
		"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)"
		" INSERT INTO user(email, naam, role, password_hash, created_at)"
		" SELECT printf('massa%02d@voorbeeld.example', i), printf('Massa %02d', i), 'wijkbeheerder', 'x', 0 FROM n"), 0);
	long long total = test_db_int(s, "SELECT count(*) FROM user");

	r = client_get(adm, "/beheer/gebruikers");
	assert_status(r, 200);
	char want[64];
	snprintf(want, sizeof(want), "1–50 van %lld", total);
	assert_body_contains(r, want);
	assert_body_contains(r, "rel=\"next\"");
	response_free(r);
	r = client_get(adm, "/beheer/gebruikers?pagina=2");
	assert_status(r, 200);
	snprintf(want, sizeof(want), "51–%lld van %lld", total, total);
	assert_body_contains(r, want);
	assert_body_contains(r, "rel=\"prev\"");
	response_free(r);
	/* Filters are kept in the page links. */
	r = client_get(adm, "/beheer/gebruikers?rol=wijkbeheerder&q=massa");
	assert_body_contains(r, "1–50 van 60");
	assert_body_contains(r, "href=\"/beheer/gebruikers?q=massa&amp;rol=wijkbeheerder&amp;pagina=2\"");
	response_free(r);
	r = client_get(adm, "/beheer/gebruikers?q=massa0");
	assert_body_contains(r, "1–9 van 9");
	response_free(r);
	/* LIKE wildcards in the search are plain characters. */
	r = client_get(adm, "/beheer/gebruikers?q=%25");
	assert_status(r, 200);
	assert_body_contains(r, "Geen gebruikers gevonden");
	response_free(r);
	r = client_get(adm, "/beheer/gebruikers?q=_");
	assert_body_contains(r, "Geen gebruikers gevonden");
	response_free(r);
	/* Odd page numbers are harmless; past the end says so. */
	static const char *const odd[] = { "?pagina=0", "?pagina=-3", "?pagina=abc", "?pagina=99999999999", "?pagina=1e3" };
	for (size_t i = 0; i < ARRAY_SIZE(odd); i++) {
		char path[80];
		snprintf(path, sizeof(path), "/beheer/gebruikers%s", odd[i]);
		r = client_get(adm, path);
		assert_status(r, 200);
		assert_body_contains(r, "1–50 van");
		response_free(r);
	}
	r = client_get(adm, "/beheer/gebruikers?pagina=40");
	assert_status(r, 200);
	assert_body_contains(r, "Deze pagina bestaat niet (meer)");
	response_free(r);
	client_free(adm);
}

/* ---- the audit trail ------------------------------------------------------------------- */

static void test_audit_filters(void **state)
{
	struct server *s = *state;
	struct client *adm = beheerder(s);
	struct response *r;

	char *path = create_user(s, adm, "spoor@voorbeeld.example", "Sam Spoor", "coordinator", NULL, NULL);
	free(path);

	/* Newest first: the creation is above the login that preceded it. */
	r = client_get(adm, "/beheer/audit");
	assert_status(r, 200);
	const char *created = mem_find(r->body, r->len, "gebruiker spoor@voorbeeld.example</td>", 0);
	const char *login = mem_find(r->body, r->len, "title=\"ingelogd\"", 0);
	assert_non_null(created);
	assert_non_null(login);
	assert_true(created < login);
	response_free(r);

	/* By user, action, kind of object, and Amsterdam days. */
	r = client_get(adm, "/beheer/audit?gebruiker=BEHEERDER%40voorbeeld.example&actie=aangemaakt&object=gebruiker");
	assert_status(r, 200);
	assert_body_contains(r, "spoor@voorbeeld.example");
	assert_true(!mem_find(r->body, r->len, "title=\"ingelogd\"", 0));
	response_free(r);
	r = client_get(adm, "/beheer/audit?gebruiker=sociaal%40voorbeeld.example&actie=aangemaakt");
	assert_status(r, 200);
	assert_body_contains(r, "Geen regels gevonden");
	response_free(r);
	r = client_get(adm, "/beheer/audit?van=2000-01-01&tot=2000-12-31");
	assert_body_contains(r, "Geen regels gevonden");
	response_free(r);
	r = client_get(adm, "/beheer/audit?van=2000-01-01&tot=2999-12-31&actie=aangemaakt");
	assert_body_contains(r, "spoor@voorbeeld.example");
	response_free(r);

	/* Bad filters: a message, no list, never a 500. */
	static const struct {
		const char *query, *want;
	} bad[] = {
		{ "van=31-12-2026", "Vul een datum in als jjjj-mm-dd" },
		{ "tot=2026-02-30", "Vul een datum in als jjjj-mm-dd" },
		{ "van=2026-05-01&tot=2026-04-01", "De einddatum ligt voor de begindatum." },
		{ "gebruiker=niemand%40voorbeeld.example", "Er is geen account met dit e-mailadres." },
		{ "actie=%27%20OR%201%3D1%20--", "Geen regels gevonden" },
	};
	for (size_t i = 0; i < ARRAY_SIZE(bad); i++) {
		char url[200];
		snprintf(url, sizeof(url), "/beheer/audit?%s", bad[i].query);
		r = client_get(adm, url);
		assert_true(r->status == 422 || r->status == 200);
		assert_body_contains(r, bad[i].want);
		response_free(r);
	}
	client_free(adm);
}

static void test_audit_is_append_only(void **state)
{
	struct server *s = *state;

	seed_organisation(s);
	long long n = test_db_int(s, "SELECT count(*) FROM audit_log");
	assert_true(n > 0);
	assert_int_not_equal(test_db_exec(s, "DELETE FROM audit_log"), 0);
	assert_int_not_equal(test_db_exec(s, "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)"), 0);
	assert_int_not_equal(test_db_exec(s, "UPDATE audit_log SET action = 'niets' WHERE id = 1"), 0);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM audit_log"), n);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM audit_log WHERE action = 'niets'"), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_create_user_must_change_password),
		cmocka_unit_test(test_must_change_redirects),
		cmocka_unit_test(test_edit_user),
		cmocka_unit_test(test_deactivate_ends_sessions),
		cmocka_unit_test(test_reset_password),
		cmocka_unit_test(test_beheerder_cannot_lock_self_out),
		cmocka_unit_test(test_unknown_ids),
		cmocka_unit_test(test_revoke_token),
		cmocka_unit_test(test_partner_and_partner_user),
		cmocka_unit_test(test_partners_api),
		cmocka_unit_test(test_user_list_filters_and_pages),
		cmocka_unit_test(test_audit_filters),
		cmocka_unit_test(test_audit_is_append_only),
	};
	return harness_run_suite("beheer", tests, ARRAY_SIZE(tests), NULL);
}
