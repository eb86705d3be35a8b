/*
 * token.c - `leefbaar token`: issue an API token for an active user,
 * printed once on stdout and recorded in the audit trail. The same use
 * case as /beheer/tokens (app/accounts.h): --scope melden (submit only),
 * lezen (read only) or alles; --name names the integration.
 */
#include "cli/cli.h"
#include "app/accounts.h"
#include "auth/policy.h"
#include "db/db.h"
#include "domain/fields.h"
#include "lib/arena.h"
#include "store/user.h"

#include <stdio.h>
#include <string.h>

static int scope_ok(const char *scope)
{
	for (int i = 0; account_token_scopes[i]; i++)
		if (!strcmp(scope, account_token_scopes[i]))
			return 1;
	return 0;
}

int cli_token(const struct cli_opts *o, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	struct config cfg;
	struct user u;
	struct arena a = { 0 };
	struct field_errors errs = { 0 };
	char token[64];
	int rc = 1;

	if (!o->email)
		return cli_usage("token needs --email");
	const char *scope = o->scope ? o->scope : "alles";
	if (!scope_ok(scope))
		return cli_usage("--scope: alles, melden or lezen");
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
	int64_t id;
	enum app_result ar = account_token_create(db, &a, &ACTOR_CLI(0), u.id, o->name, 0, scope, &errs, token, &id);
	if (ar != APP_OK) {
		for (int i = 0; i < errs.n; i++)
			fprintf(stderr, "leefbaar: %s: %s\n", errs.e[i].field, errs.e[i].message);
		goto out;
	}
	printf("%s\n", token);
	fprintf(stderr, "token %lld for %s (scope %s); it is shown only this once\n", (long long)id, u.email, scope);
	rc = 0;
out:
	arena_release(&a);
	cli_teardown();
	return rc;
}
