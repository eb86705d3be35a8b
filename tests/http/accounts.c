/*
 * accounts.c - accounts and logins for the HTTP tests (see accounts.h).
 */
#include "accounts.h"

#include "domain/amsterdam.h"
#include "domain/days.h"
#include "lib/xalloc.h"

#include <sqlite3.h>
#include <stdarg.h>
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

void seed_organisation(struct server *s)
{
	const char *argv[] = { "seed", "--organisation", "--config", s->config_path, NULL };

	if (server_once(s, "seed --organisation"))
		harness_cli_ok(s, argv, NULL);
}

char *account_token_scoped(struct server *s, const char *email, const char *scope)
{
	const char *argv[] = { "token", "--config", s->config_path, "--email", email,
			       scope ? "--scope" : NULL, scope, NULL };
	struct cli_result res = CLI_RESULT_INIT;

	if (harness_run_cli(s, argv, NULL, &res) != 0) {
		print_error("token --email %s failed: %s\n", email, res.err.buf);
		cli_result_release(&res);
		fail();
	}
	char *tok = xstrndup(res.out.buf, strcspn(res.out.buf, " \r\n"));
	cli_result_release(&res);
	assert_true(strlen(tok) >= 40);
	return tok;
}

char *account_token(struct server *s, const char *email)
{
	return account_token_scoped(s, email, NULL);
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

struct client *account_client(struct server *s, const char *email, const char *password)
{
	struct client *c = client_new(s);

	account_login_ok(c, email, password);
	return c;
}

char *account_csrf(struct client *c, const char *path)
{
	struct response *r;
	char *tok;

	if (!path)
		path = "/account/wachtwoord";
	r = client_get(c, path);
	assert_status(r, 200);
	tok = html_input_value(r->body, "csrf_token");
	if (!tok)
		print_error("no csrf_token on %s\n", path);
	assert_non_null(tok);
	response_free(r);
	return tok;
}

struct response *account_post(struct client *c, const char *form_page, const char *path,
			      const char *const fields[])
{
	char *tok = account_csrf(c, form_page);
	const char *all[64] = { "csrf_token", tok };
	size_t n = 2;
	struct response *r;

	for (size_t i = 0; fields && fields[i]; i++) {
		if (n >= 62) {
			print_error("account_post %s: more than 30 fields\n", path);
			free(tok);
			fail();
		}
		all[n++] = fields[i];
	}
	all[n] = NULL;
	r = client_post_form(c, path, all);
	free(tok);
	return r;
}

struct response *melden_follow(struct client *c, struct response *r)
{
	if (r->status != 303)
		return r;
	const char *loc = response_header(r, "Location");
	assert_non_null(loc);
	assert_true(!strncmp(loc, "/melden/ontvangen/", 18));
	struct response *page = client_get(c, loc);
	response_free(r);
	return page;
}

struct response *public_melding(struct server *s, const struct form_part parts[])
{
	struct client *c = client_new(s);
	char *tok = account_csrf(c, "/melden");
	struct form_part all[40];
	size_t n = 0;
	struct response *r;

	all[n++] = (struct form_part)FORM_FIELD("csrf_token", tok);
	for (size_t i = 0; parts[i].name; i++) {
		if (n >= 38) {
			print_error("public_melding: too many parts\n");
			free(tok);
			client_free(c);
			fail();
		}
		all[n++] = parts[i];
	}
	/*
	 * Fixtures file several meldingen of one melder at one address on
	 * purpose: they answer the repeat question with "a new melding"
	 * (test_melden_prg.c asks it). A caller may answer it itself.
	 */
	int asks = 0;
	for (size_t i = 0; i < n; i++)
		asks |= !strcmp(all[i].name, "dubbel");
	if (!asks)
		all[n++] = (struct form_part)FORM_FIELD("dubbel", "nieuw");
	all[n] = (struct form_part)FORM_END;
	r = melden_follow(c, client_post_multipart(c, "/melden", all));
	free(tok);
	client_free(c);
	return r;
}

void filed_from_page(struct server *s, const struct response *r, struct filed *out)
{
	const char *p = mem_find(r->body, r->len, "M-20", 0);

	memset(out, 0, sizeof(*out));
	assert_non_null(p);
	snprintf(out->ref, sizeof(out->ref), "%.13s", p);
	p = mem_find(r->body, r->len, "/melding/status/", 0);
	assert_non_null(p);
	size_t len = strspn(p + 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
	snprintf(out->status_path, sizeof(out->status_path), "/melding/status/%.*s", (int)len, p + 16);
	out->id = test_sql_int(s, "SELECT id FROM melding WHERE referentie = '%s'", out->ref);
	assert_true(out->id > 0);
}

void public_melding_ok(struct server *s, const struct form_part parts[], struct filed *out)
{
	struct response *r = public_melding(s, parts);

	assert_status(r, 200);   /* the confirmation, after the 303 */
	filed_from_page(s, r, out);
	response_free(r);
}

void demo_homes(struct server *s)
{
	if (!server_once(s, "demo homes"))
		return;
	test_sql(s, "INSERT OR IGNORE INTO address(postcode, huisnummer, toevoeging, straat, woonplaats, buurt_id) VALUES"
		    " ('1011 AA', 1, '', 'Kerkstraat', 'Voorbeeldstad', (SELECT id FROM area WHERE code = 'BU99990101')),"
		    " ('1091 AA', 5, '', 'Parklaan', 'Voorbeeldstad', (SELECT id FROM area WHERE code = 'BU99990301'))");
}

char *api_melding(struct client *c, const char *token, const char *json)
{
	struct response *r = client_api(c, "POST", "/api/v1/meldingen", token, json, NULL);
	cJSON *j;
	char *ref;

	assert_status(r, 201);
	j = response_json(r);
	ref = xstrdup(json_str(j, "referentie"));
	cJSON_Delete(j);
	response_free(r);
	return ref;
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

void test_sql(struct server *s, const char *fmt, ...)
{
	struct buf q = BUF_INIT;
	va_list ap;
	sqlite3 *db;
	char *err = NULL;
	int rc;

	va_start(ap, fmt);
	buf_vaddf(&q, fmt, ap);
	va_end(ap);
	db = open_db(s);
	rc = sqlite3_exec(db, q.buf, NULL, NULL, &err);
	if (rc != SQLITE_OK) {
		print_error("sql failed (%s): %s\n", err ? err : sqlite3_errstr(rc), q.buf);
		sqlite3_free(err);
		sqlite3_close(db);
		buf_release(&q);
		fail();
	}
	sqlite3_close(db);
	buf_release(&q);
}

long long test_sql_int(struct server *s, const char *fmt, ...)
{
	struct buf q = BUF_INIT;
	va_list ap;
	long long v;

	va_start(ap, fmt);
	buf_vaddf(&q, fmt, ap);
	va_end(ap);
	v = test_db_int(s, q.buf);
	buf_release(&q);
	return v;
}

char *test_sql_text(struct server *s, const char *fmt, ...)
{
	struct buf q = BUF_INIT;
	va_list ap;
	sqlite3 *db;
	sqlite3_stmt *st = NULL;
	char *out = NULL;

	va_start(ap, fmt);
	buf_vaddf(&q, fmt, ap);
	va_end(ap);
	db = open_db(s);
	if (sqlite3_prepare_v2(db, q.buf, -1, &st, NULL) != SQLITE_OK) {
		print_error("%s: %s\n", q.buf, sqlite3_errmsg(db));
		sqlite3_close(db);
		buf_release(&q);
		fail();
	}
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
		out = xstrdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	sqlite3_close(db);
	if (!out)
		print_error("no text from %s\n", q.buf);
	buf_release(&q);
	assert_non_null(out);
	return out;
}

long long test_user_id(struct server *s, const char *email)
{
	return test_sql_int(s, "SELECT id FROM user WHERE email = lower('%s')", email);
}

long long test_area_id(struct server *s, const char *code)
{
	return test_sql_int(s, "SELECT id FROM area WHERE code = '%s'", code);
}

const char *amsterdam_moment(int32_t day, int hour)
{
	static char ring[8][MOMENT_FORMAT_LEN];
	static int k;
	int y, m, d;
	int64_t t;
	char *out = ring[k++ % 8];

	days_to_civil(day, &y, &m, &d);
	assert_int_equal(amsterdam_from_local(y, m, d, hour, 0, 0, &t), 0);
	moment_format_amsterdam(t, out);
	return out;
}

void test_query_plan(struct sqlite3 *db, const char *sql, struct buf *plan)
{
	struct buf q = BUF_INIT;
	sqlite3_stmt *st;

	buf_addf(&q, "EXPLAIN QUERY PLAN %s", sql);
	if (sqlite3_prepare_v2(db, q.buf, -1, &st, NULL) != SQLITE_OK) {
		print_error("prepare: %s\n%s\n", sqlite3_errmsg(db), sql);
		fail();
	}
	while (sqlite3_step(st) == SQLITE_ROW)
		buf_addf(plan, "%s\n", (const char *)sqlite3_column_text(st, 3));
	sqlite3_finalize(st);
	buf_release(&q);
}
