/*
 * adduser.c - `leefbaar adduser`: create an account from the command line
 * through the same use case as /beheer/gebruikers (app/accounts.c); the
 * password comes from the terminal or stdin, never from argv.
 */
#include "cli/cli.h"
#include "app/accounts.h"
#include "auth/password.h"
#include "auth/policy.h"
#include "db/db.h"
#include "domain/fields.h"
#include "lib/arena.h"
#include "store/area.h"
#include "store/user.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>

int cli_adduser(const struct cli_opts *o, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	struct config cfg;
	struct user u;
	struct field_errors errs = { 0 };
	struct arena a = ARENA_INIT;
	int64_t wijken[CLI_MAX_AREAS];
	char password[512];
	int rc = 1;

	if (!o->email || !o->name || !o->role)
		return cli_usage("adduser needs --email, --name and --role");
	if (cli_setup(&cfg, &o->common, 1) < 0)
		goto out;
	password_init(cfg.pwhash);
	struct db *db = db_thread();
	for (int i = 0; i < o->n_areas; i++)
		if (!(wijken[i] = area_id_by_code(db, o->areas[i]))) {
			fprintf(stderr, "leefbaar: --area %s: no such area\n", o->areas[i]);
			goto out;
		}
	if (cli_read_password(password, sizeof(password)) < 0) {
		fprintf(stderr, "leefbaar: no password given\n");
		goto out;
	}
	/* The beheerder's rules (app/accounts.c), but the command line may leave a wijk out. */
	struct account_input in = {
		.naam = o->name, .email = o->email, .rol = o->role, .partner = o->partner,
		.wijken = wijken, .n_wijken = o->n_areas, .wachtwoord = password,
	};
	switch (account_create(db, &a, &ACTOR_CLI(0), &in, &errs, &u)) {
	case APP_OK:
		printf("gebruiker %s (%s) aangemaakt, id %lld\n", u.email, role_ids[u.role], (long long)u.id);
		rc = 0;
		break;
	case APP_INVALID:
		for (int i = 0; i < errs.n; i++)
			fprintf(stderr, "leefbaar: %s: %s\n", errs.e[i].field, errs.e[i].message);
		break;
	default:
		fprintf(stderr, "leefbaar: the account could not be stored\n");
		break;
	}
out:
	sodium_memzero(password, sizeof(password));
	arena_release(&a);
	cli_teardown();
	return rc;
}
