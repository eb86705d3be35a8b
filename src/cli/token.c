/*
 * token.c - `leefbaar token`: issue an API token for an active user,
 * printed once on stdout and recorded in the audit trail.
 */
#include "cli/cli.h"
#include "auth/policy.h"
#include "db/db.h"
#include "store/audit.h"
#include "store/user.h"

#include <stdio.h>
#include <string.h>

int cli_token(const struct cli_opts *o, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	struct config cfg;
	struct user u;
	char token[64];
	int rc = 1;

	if (!o->email)
		return cli_usage("token needs --email");
	const char *scope = o->scope ? o->scope : "alles";
	if (strcmp(scope, "alles") && strcmp(scope, "melden"))
		return cli_usage("--scope: alles or melden");
	if (cli_setup(&cfg, &o->common, 1) < 0)
		goto out;
	struct db *db = db_thread();
	enum store_result r = user_by_email(db, o->email, &u);
	if (r != STORE_OK || !u.active) {
		fprintf(stderr, "leefbaar: no active user %s\n", o->email);
		goto out;
	}
	/* The same gate as a login: a temporary password must be replaced before anything else. */
	if (u.must_change_password) {
		fprintf(stderr, "leefbaar: %s must choose a new password first (/account/wachtwoord); no token issued\n",
			u.email);
		goto out;
	}
	if (db_begin(db) < 0)
		goto out;
	int64_t id;
	if (user_token_create(db, u.id, scope, token, &id) != STORE_OK ||
	    audit_record(db, &ACTOR_CLI(0), "token_aangemaakt", "gebruiker", u.email, scope) < 0) {
		db_rollback(db);
		goto out;
	}
	if (db_commit(db) < 0)
		goto out;
	printf("%s\n", token);
	fprintf(stderr, "token %lld for %s (scope %s); it is shown only this once\n", (long long)id, u.email, scope);
	rc = 0;
out:
	cli_teardown();
	return rc;
}
