/*
 * test_adduser.c - one use case for new accounts (src/app/accounts.c):
 * `leefbaar adduser` and the beheerder's form /beheer/gebruikers accept
 * and refuse the same accounts, with the same Dutch reasons per field, and
 * leave the same audit row.
 */
#include "harness.h"
#include "accounts.h"

#include <stdio.h>
#include <string.h>

/* Runs adduser with the password on stdin; returns its status, stderr in err (caller releases). */
static int adduser(struct server *s, const char *email, const char *name, const char *role, const char *area,
		   const char *password, struct cli_result *res)
{
	const char *argv[] = { "adduser", "--config", s->config_path, "--email", email, "--name", name,
			       "--role", role, area ? "--area" : NULL, area, NULL };
	char pw[128];
	snprintf(pw, sizeof(pw), "%s\n", password);
	return harness_run_cli(s, argv, pw, res);
}

static void test_cli_creates_like_the_form(void **state)
{
	struct server *s = *state;
	seed_organisation(s);
	struct cli_result res = CLI_RESULT_INIT;

	/* The address is stored as the form stores it: trimmed and in lower case. */
	assert_int_equal(adduser(s, "Sanne.CLI@Voorbeeld.example", "Sanne Cli", "sociaal_beheerder", "WK999901",
				 TEST_PASSWORD, &res), 0);
	cli_result_release(&res);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM user WHERE email = 'sanne.cli@voorbeeld.example'"
				     " AND must_change_password = 0"), 1);

	/* The beheerder makes the same kind of account through the form. */
	struct client *adm = account_client(s, "beheerder@voorbeeld.example", DEMO_PASSWORD);
	char wijk[32];
	snprintf(wijk, sizeof(wijk), "%lld", test_db_int(s, "SELECT id FROM area WHERE code = 'WK999901'"));
	const char *fields[] = { "naam", "Sanne Form", "email", "sanne.form@voorbeeld.example",
				 "rol", "sociaal_beheerder", "wachtwoord", "Tijdelijk-wachtwoord-7", "wijk", wijk, NULL };
	struct response *r = account_post(adm, "/beheer/gebruikers/nieuw", "/beheer/gebruikers", fields);
	assert_status(r, 303);
	response_free(r);
	client_free(adm);

	/* One audit row each, in the same words; only who and from where differ. */
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM audit_log WHERE action = 'aangemaakt'"
				     " AND object_type = 'gebruiker' AND detail = 'rol sociaal_beheerder, 1 wijk(en)'"
				     " AND object_id IN ('sanne.cli@voorbeeld.example', 'sanne.form@voorbeeld.example')"), 2);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM audit_log WHERE object_id = 'sanne.cli@voorbeeld.example'"
				     " AND ip = 'cli' AND user_id IS NULL"), 1);
	/* The form's account must change its temporary password; both are bound to Centrum. */
	assert_int_equal(test_db_int(s, "SELECT must_change_password FROM user WHERE email = 'sanne.form@voorbeeld.example'"), 1);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM user_area ua JOIN user u ON u.id = ua.user_id"
				     " JOIN area a ON a.id = ua.area_id WHERE a.code = 'WK999901'"
				     " AND u.email LIKE 'sanne.%@voorbeeld.example'"), 2);
}

static void expect_refusal(struct server *s, const char *email, const char *name, const char *role,
			   const char *area, const char *password, const char *want)
{
	struct cli_result res = CLI_RESULT_INIT;
	int before = (int)test_db_int(s, "SELECT count(*) FROM user");

	assert_int_equal(adduser(s, email, name, role, area, password, &res), 1);
	if (!strstr(res.err.buf, want))
		fail_msg("adduser %s: stderr \"%s\" lacks \"%s\"", email, res.err.buf, want);
	cli_result_release(&res);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM user"), before);
}

static void test_cli_refuses_what_the_form_refuses(void **state)
{
	struct server *s = *state;
	seed_organisation(s);
	/* The messages are the form's, per field. */
	expect_refusal(s, "COORDINATOR@voorbeeld.example", "Dubbel", "coordinator", NULL, TEST_PASSWORD,
		       "email: Er is al een account met dit e-mailadres.");
	expect_refusal(s, "geen-adres", "Geen Adres", "coordinator", NULL, TEST_PASSWORD,
		       "email: Vul een geldig e-mailadres in");
	expect_refusal(s, "rol@example.org", "Rol", "baas", NULL, TEST_PASSWORD, "rol: Kies een rol.");
	expect_refusal(s, "naam@example.org", "   ", "coordinator", NULL, TEST_PASSWORD, "naam: Vul de naam in.");
	expect_refusal(s, "regel@example.org", "Twee\nregels", "coordinator", NULL, TEST_PASSWORD,
		       "naam: De naam mag maar één regel zijn");
	expect_refusal(s, "zwak@example.org", "Zwak", "coordinator", NULL, "wachtwoord", "wachtwoord: ");
	expect_refusal(s, "partner@example.org", "Partner", "partner", NULL, TEST_PASSWORD,
		       "partner: Kies de organisatie waarvoor deze partner werkt.");
	expect_refusal(s, "beheer@example.org", "Beheer", "beheerder", "WK999901", TEST_PASSWORD,
		       "wijken: Alleen medewerkers sociaal beheer werken in wijken.");
	expect_refusal(s, "wijk@example.org", "Wijk", "wijkbeheerder", "WK123456", TEST_PASSWORD,
		       "--area WK123456: no such area");
	/* A buurt is not a wijk: a user works in wijken. */
	expect_refusal(s, "buurt@example.org", "Buurt", "wijkbeheerder", "BU99990101", TEST_PASSWORD,
		       "wijken: Een van de gekozen wijken bestaat niet meer.");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cli_creates_like_the_form),
		cmocka_unit_test(test_cli_refuses_what_the_form_refuses),
	};
	return harness_run_suite("adduser", tests, ARRAY_SIZE(tests), NULL);
}
