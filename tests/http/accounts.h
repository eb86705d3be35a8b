/*
 * accounts.h - accounts and logins for the HTTP tests, on top of the
 * harness: make users with `leefbaar adduser`, log a client in through the
 * real form, read a page's CSRF token, and reach into the test database
 * directly (sqlite3) for what no HTTP call may do: turning the clock of a
 * session back, trying to delete audit rows.
 *
 * Like the harness, these fail the running test on anything unexpected.
 */
#ifndef LEEFBAAR_TEST_ACCOUNTS_H
#define LEEFBAAR_TEST_ACCOUNTS_H

#include "harness.h"

/* A password every helper account gets unless a test says otherwise. */
#define TEST_PASSWORD "Proef-wachtwoord-2026"

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

/*
 * Logs c in like a browser: GET /login, take csrf_token from the form,
 * POST /login. Returns the POST's response (caller frees); a good login
 * is a 303.
 */
struct response *account_login(struct client *c, const char *email, const char *password);
/* account_login() that must succeed (303 away from /login). */
void account_login_ok(struct client *c, const char *email, const char *password);

/* The CSRF token on the page at path (the first csrf_token input); caller frees. */
char *account_csrf(struct client *c, const char *path);

/* Runs one SQL statement on the server's database; returns the SQLite result code. */
int test_db_exec(struct server *s, const char *sql);
/* The first column of the first row of a query as an integer; -1 without a row. */
long long test_db_int(struct server *s, const char *sql);

#endif
