/*
 * accounts.c - accounts and logins for the HTTP tests (see accounts.h).
 */
#include "accounts.h"

#include "lib/xalloc.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void account_add(struct server *s, const char *email, const char *name, const char *role,
		 const char *password, const char *const extra[])
{
	const char *argv[40] = { "adduser", "--config", s->config_path, "--email", email,
				 "--name", name, "--role", role };
	size_t n = 9;
	struct cli_result res = CLI_RESULT_INIT;
	struct buf pw = BUF_INIT;

	for (size_t i = 0; extra && extra[i] && n < 39; i++)
		argv[n++] = extra[i];
	argv[n] = NULL;
	buf_addf(&pw, "%s\n", password ? password : TEST_PASSWORD);
	int status = harness_run_cli(s, argv, pw.buf, &res);
	buf_release(&pw);
	if (status != 0) {
		print_error("adduser %s (%s) failed with %d: %s%s\n", email, role, status, res.out.buf, res.err.buf);
		cli_result_release(&res);
		fail();
	}
	cli_result_release(&res);
}

char *account_token(struct server *s, const char *email)
{
	const char *argv[] = { "token", "--config", s->config_path, "--email", email, NULL };
	struct cli_result res = CLI_RESULT_INIT;

	if (harness_run_cli(s, argv, NULL, &res) != 0) {
		print_error("token --email %s failed: %s\n", email, res.err.buf);
		cli_result_release(&res);
		fail();
	}
	char *tok = xstrndup(res.out.buf, strcspn(res.out.buf, "\r\n"));
	cli_result_release(&res);
	assert_true(strlen(tok) >= 32);
	return tok;
}

struct response *account_login(struct client *c, const char *email, const char *password)
{
	struct response *form = client_get(c, "/login");
	char *tok;

	assert_status(form, 200);
	tok = html_input_value(form->body, "csrf_token");
	assert_non_null(tok);
	response_free(form);
	const char *fields[] = { "csrf_token", tok, "email", email, "wachtwoord", password, NULL };
	struct response *r = client_post_form(c, "/login", fields);
	free(tok);
	return r;
}

void account_login_ok(struct client *c, const char *email, const char *password)
{
	struct response *r = account_login(c, email, password);
	const char *loc = response_header(r, "Location");

	if (r->status != 303 || !loc || strstr(loc, "/login")) {
		print_error("login %s: status %ld, Location %s\n%.300s\n", email, r->status,
			    loc ? loc : "(none)", r->body);
		response_free(r);
		fail();
	}
	response_free(r);
}

char *account_csrf(struct client *c, const char *path)
{
	struct response *r = client_get(c, path);
	char *tok;

	assert_status(r, 200);
	tok = html_input_value(r->body, "csrf_token");
	if (!tok)
		print_error("no csrf_token on %s\n", path);
	assert_non_null(tok);
	response_free(r);
	return tok;
}

static sqlite3 *open_db(struct server *s)
{
	sqlite3 *db = NULL;

	if (sqlite3_open_v2(s->db_path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		print_error("sqlite3_open %s: %s\n", s->db_path, db ? sqlite3_errmsg(db) : "?");
		sqlite3_close(db);
		fail();
	}
	sqlite3_busy_timeout(db, 5000);
	return db;
}

int test_db_exec(struct server *s, const char *sql)
{
	sqlite3 *db = open_db(s);
	int rc = sqlite3_exec(db, sql, NULL, NULL, NULL);

	sqlite3_close(db);
	return rc;
}

long long test_db_int(struct server *s, const char *sql)
{
	sqlite3 *db = open_db(s);
	sqlite3_stmt *st = NULL;
	long long v = -1;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
		print_error("%s: %s\n", sql, sqlite3_errmsg(db));
		sqlite3_close(db);
		fail();
	}
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return v;
}
