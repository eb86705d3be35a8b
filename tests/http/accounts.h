/*
 * accounts.h - accounts, logins and fixtures for the HTTP tests, on top of
 * the harness: make users with `leefbaar adduser` or load the demo
 * organisation, log a client in through the real form, read a page's CSRF
 * token and post a form with it, send a melding in as a tenant, and reach
 * into the test database directly (sqlite3) for what no HTTP call may do:
 * setting up rows, turning the clock of a session back, trying to delete
 * audit rows.
 *
 * Like the harness, these fail the running test on anything unexpected.
 */
#ifndef LEEFBAAR_TEST_ACCOUNTS_H
#define LEEFBAAR_TEST_ACCOUNTS_H

#include "harness.h"

/* A password every helper account gets unless a test says otherwise. */
#define TEST_PASSWORD "Proef-wachtwoord-2026"

/*
 * The demo organisation of `leefbaar seed --organisation`: wijken Centrum
 * (WK999901), Noord (WK999902) and Oost (WK999903) with their buurten, four
 * partner organisations, and an account for every role, each with this
 * password (coordinator@, wijkbeheer@ (Centrum), wijkbeheer.oost@,
 * sociaal@ (Centrum, Noord), leefbaarheid@ (Oost), ondersteuner@,
 * beheerder@, and the partner wijkteam@ - all @voorbeeld.example).
 */
#define DEMO_PASSWORD "Leefbaar-demo-2026"

/* Runs `leefbaar seed --organisation` on s's database, once per server. */
void seed_organisation(struct server *s);

/*
 * Runs `leefbaar adduser --config CONFIG --email E --name N --role R
 * EXTRA...` with the password on stdin (TEST_PASSWORD when NULL) and fails
 * the test unless it exits 0. extra is NULL or { "--area", "WK...", ...,
 * NULL }.
 */
void account_add(struct server *s, const char *email, const char *name, const char *role,
		 const char *password, const char *const extra[]);

/*
 * Runs `leefbaar token --email E` and returns the printed token (caller
 * frees); fails the test unless it exits 0.
 */
char *account_token(struct server *s, const char *email);
/* account_token() limited to scope (e.g. "melden"); NULL is account_token(). */
char *account_token_scoped(struct server *s, const char *email, const char *scope);

/*
 * Logs c in like a browser: GET /login, take csrf_token from the form,
 * POST /login. Returns the POST's response (caller frees); a good login
 * is a 303.
 */
struct response *account_login(struct client *c, const char *email, const char *password);
/* account_login() that must succeed (303 away from /login). */
void account_login_ok(struct client *c, const char *email, const char *password);
/* A new client, logged in with account_login_ok(); free with client_free(). */
struct client *account_client(struct server *s, const char *email, const char *password);

/*
 * The CSRF token on the page at path (the first csrf_token input); caller
 * frees. NULL for path: the session's token, from /account/wachtwoord, a
 * page every logged-in account may open.
 */
char *account_csrf(struct client *c, const char *path);

/*
 * POSTs fields ({ name, value, ..., NULL }; may be NULL) to path as a form,
 * with the csrf_token of the page at form_page in front (NULL: the
 * session's, see account_csrf()).
 */
struct response *account_post(struct client *c, const char *form_page, const char *path,
			      const char *const fields[]);

/*
 * A filed melding answers POST /melden with 303 to /melden/ontvangen/TOKEN
 * (issue 17): then the confirmation page, fetched as the browser would
 * (r is freed); any other answer is returned as it is.
 */
struct response *melden_follow(struct client *c, struct response *r);
/*
 * Sends a melding in as a tenant would: GET /melden for the form's CSRF
 * token, then POST /melden with it and parts (multipart, ending with
 * FORM_END). Returns the answer (after the 303, 200 and the confirmation
 * page when it went in); caller frees. A melder repeating a report at
 * one address is asked first (issue 17): unless parts holds "dubbel",
 * this answers "a new melding".
 */
struct response *public_melding(struct server *s, const struct form_part parts[]);

/* What the success page of /melden tells: the melding's reference and status link; and its id. */
struct filed {
	long long id;
	char ref[16];            /* M-2026-000001 */
	char status_path[80];    /* /melding/status/TOKEN */
};

/* public_melding() that must go in (303, then the confirmation); fills out from the success page and the database. */
void public_melding_ok(struct server *s, const struct form_part parts[], struct filed *out);
/* The same from a success page already at hand (r is not freed). */
void filed_from_page(struct server *s, const struct response *r, struct filed *out);

/*
 * Two homes in the demo register that tests name, once per server (after
 * seed_organisation()): 1011 AA 1 (Kerkstraat, Binnenstad, wijk Centrum)
 * and 1091 AA 5 (Parklaan, Parkzicht, wijk Oost).
 */
void demo_homes(struct server *s);

/*
 * POST /api/v1/meldingen with json as token (NULL: anonymous) on c; fails
 * unless the answer is 201 and returns its "referentie" (caller frees).
 */
char *api_melding(struct client *c, const char *token, const char *json);

/* Runs one SQL statement on the server's database; returns the SQLite result code. */
int test_db_exec(struct server *s, const char *sql);
/* The first column of the first row of a query as an integer; -1 without a row. */
long long test_db_int(struct server *s, const char *sql);

/*
 * The same with the SQL made like printf (a literal % is %%): test_sql()
 * fails the test unless the statements run; test_sql_int() is
 * test_db_int(); test_sql_text() returns the first column of the first row
 * as text (caller frees) and fails the test without one.
 */
/*
 * Appends the EXPLAIN QUERY PLAN of sql to plan, one detail a line (fails
 * the test when sql does not prepare): for the tests that prove a hot
 * query searches an index instead of scanning a table.
 */
struct sqlite3;
void test_query_plan(struct sqlite3 *db, const char *sql, struct buf *plan);
void test_sql(struct server *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
long long test_sql_int(struct server *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *test_sql_text(struct server *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/*
 * The moment at hour:00 Amsterdam time on day (days since 1970-01-01), as
 * the API writes it ("2026-03-01T10:00:00+01:00"); a static buffer, one of
 * a ring of 8, so a few may be used in one expression.
 */
const char *amsterdam_moment(int32_t day, int hour);

/* The id of the user with this e-mail address (any case), of the area with this code; -1 if none. */
long long test_user_id(struct server *s, const char *email);
long long test_area_id(struct server *s, const char *code);

#endif
