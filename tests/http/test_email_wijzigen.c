/*
 * test_email_wijzigen.c - changing an account's e-mail address in beheer
 * (issue 16, point 9): validated and unique (any capitals), audited with
 * who, the old and the new address, and a notice to the OLD address
 * through the outbox; a refused address comes back on the form as typed.
 * Logging in goes by the new address from then on.
 */
#include "accounts.h"

#include "lib/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BEHEERDER "beheerder@voorbeeld.example"
#define OUD "ondersteuner@voorbeeld.example"
#define NIEUW "o.ondersteuner@voorbeeld.example"

/* Posts the edit form of the ondersteuner's account with its own name and role, and email. */
static struct response *save(struct server *s, struct client *adm, const char *email)
{
	long long id = test_user_id(s, OUD) > 0 ? test_user_id(s, OUD) : test_user_id(s, NIEUW);
	char path[64];
	snprintf(path, sizeof(path), "/beheer/gebruikers/%lld", id);
	char *naam = test_sql_text(s, "SELECT naam FROM user WHERE id = %lld", id);
	const char *fields[] = { "naam", naam, "rol", "ondersteuner", "partner", "", "actief", "1",
				 "email", email, NULL };
	struct response *r = account_post(adm, path, path, fields);
	free(naam);
	return r;
}

static long long notices(struct server *s)
{
	return test_db_int(s, "SELECT count(*) FROM outbox WHERE soort = 'email_gewijzigd'");
}

static void test_change_is_audited_and_told(void **state)
{
	struct server *s = *state;

	seed_organisation(s);
	struct client *adm = account_client(s, BEHEERDER, DEMO_PASSWORD);
	long long id = test_user_id(s, OUD);

	/* The edit page offers the address as a field. */
	char path[64];
	snprintf(path, sizeof(path), "/beheer/gebruikers/%lld", id);
	struct response *r = client_get(adm, path);
	assert_body_contains(r, "name=\"email\" value=\"" OUD "\"");
	assert_tidy(r);
	response_free(r);

	r = save(s, adm, "  O.Ondersteuner@Voorbeeld.example ");
	assert_status(r, 303);
	assert_non_null(strstr(response_header(r, "Location"), "melding=opgeslagen"));
	response_free(r);
	assert_int_equal(test_user_id(s, NIEUW), id);     /* stored normalised */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM user WHERE email = '%s'", OUD), 0);

	/* Audited: who, the old and the new address. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'email_gewijzigd'"
				      " AND user_id = %lld AND object_id = '%s' AND detail = '%s -> %s'",
				      test_user_id(s, BEHEERDER), NIEUW, OUD, NIEUW), 1);
	/* The old address is told, through the outbox. */
	assert_int_equal(notices(s), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM outbox WHERE soort = 'email_gewijzigd' AND aan = '%s'"
				      " AND onderwerp = 'Uw e-mailadres in Leefbaar is gewijzigd'"
				      " AND tekst LIKE '%%" NIEUW "%%' AND melding_id IS NULL", OUD), 1);

	/* Logging in goes by the new address. */
	struct client *c = client_new(s);
	r = account_login(c, OUD, DEMO_PASSWORD);
	assert_status(r, 401);
	response_free(r);
	r = account_login(c, NIEUW, DEMO_PASSWORD);
	assert_status(r, 303);
	response_free(r);
	client_free(c);

	/* Saving without changing it (in other capitals) tells nobody and records no change of address. */
	r = save(s, adm, "O.ONDERSTEUNER@voorbeeld.example");
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(notices(s), 1);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM audit_log WHERE action = 'email_gewijzigd'"), 1);
	client_free(adm);
}

static void test_refused_keeps_input(void **state)
{
	struct server *s = *state;

	seed_organisation(s);
	struct client *adm = account_client(s, BEHEERDER, DEMO_PASSWORD);
	long long id = test_user_id(s, OUD) > 0 ? test_user_id(s, OUD) : test_user_id(s, NIEUW);
	char *before = test_sql_text(s, "SELECT email FROM user WHERE id = %lld", id);
	long long told = notices(s);

	/* Someone else's address, in other capitals. */
	struct response *r = save(s, adm, "Coordinator@Voorbeeld.example");
	assert_status(r, 422);
	assert_body_contains(r, "Er is al een account met dit e-mailadres.");
	assert_body_contains(r, "value=\"Coordinator@Voorbeeld.example\"");
	assert_body_contains(r, "id=\"email-fout\"");
	response_free(r);
	/* Not an address. */
	r = save(s, adm, "geen-adres");
	assert_status(r, 422);
	assert_body_contains(r, "Vul een geldig e-mailadres in");
	assert_body_contains(r, "value=\"geen-adres\"");
	response_free(r);
	r = save(s, adm, "");
	assert_status(r, 422);
	assert_body_contains(r, "Vul het e-mailadres in.");
	response_free(r);

	char *after = test_sql_text(s, "SELECT email FROM user WHERE id = %lld", id);
	assert_string_equal(before, after);
	assert_int_equal(notices(s), told);
	free(before);
	free(after);
	client_free(adm);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		HARNESS_FRESH_TEST(test_change_is_audited_and_told),
		HARNESS_FRESH_TEST(test_refused_keeps_input),
	};
	return harness_run_suite("email_wijzigen", tests, ARRAY_SIZE(tests), NULL);
}
