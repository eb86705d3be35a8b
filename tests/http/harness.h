/*
 * harness.h - run the real leefbaar binary and drive it like a browser.
 *
 * Each HTTP test suite starts one server (a child process on a free loopback
 * port, with its own temporary directory, config.ini and SQLite database),
 * talks to it through libcurl clients that keep cookies and a keep-alive
 * connection, and stops it with SIGTERM at the end, where a non-zero exit
 * status (valgrind's 99, a sanitizer report, a crash) fails the suite. The
 * models are kcgi's parent/child regress programs and redis's start_server
 * blocks.
 *
 * Environment:
 *   LEEFBAAR_BIN       the binary to run (default build/rel/leefbaar);
 *                      the working directory must be the repository root,
 *                      where the server finds templates/, static/ and
 *                      migrations/.
 *   LEEFBAAR_VALGRIND  1: run the server and the CLI under valgrind, with
 *                      longer deadlines.
 *   KEEP_TMP           1: keep the temporary directory (its path is printed).
 *   LEEFBAAR_TEST      run only the tests with this name: a cmocka test
 *                      name (the function's), or several separated by
 *                      commas, each may hold * and ? wildcards (fnmatch).
 *                      A group with no such test is skipped without a
 *                      server; a name that matches no test of the program
 *                      fails it (exit 1), so a typo does not pass.
 *   LEEFBAAR_TEST_ORDER
 *                      reverse: run each group's tests last to first
 *                      (forward, the default, is the order in main()).
 *
 * Every test must pass alone and in either order, e.g. from the repository
 * root:
 *
 *	LEEFBAAR_BIN=build/rel/leefbaar LEEFBAAR_TEST=test_api_flow \
 *		build/rel/tests/http/test_doorverwijzingen
 *	LEEFBAAR_BIN=build/rel/leefbaar LEEFBAAR_TEST_ORDER=reverse \
 *		build/rel/tests/http/test_doorverwijzingen
 *
 * so a test builds what it needs itself, or through a lazily built fixture
 * that any test may trigger first (server_once(); see setup_once() in
 * test_doorverwijzingen.c); a test that needs an empty database gets a
 * server of its own with HARNESS_FRESH_TEST().
 *
 * The usual shape of a suite:
 *
 *	static void test_x(void **state)
 *	{
 *		struct client *c = client_new(*state);
 *		struct response *r = client_get(c, "/");
 *
 *		assert_status(r, 200);
 *		response_free(r);
 *		client_free(c);
 *	}
 *
 *	int main(void)
 *	{
 *		const struct CMUnitTest tests[] = { cmocka_unit_test(test_x) };
 *
 *		return harness_run_suite("basics", tests, ARRAY_SIZE(tests), NULL);
 *	}
 *
 * Everything here is for tests: a failed allocation aborts, and functions
 * report problems on stderr rather than making each test check for them.
 */
#ifndef LEEFBAAR_TEST_HARNESS_H
#define LEEFBAAR_TEST_HARNESS_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <sys/types.h>

#include <cjson/cJSON.h>

#include "lib/buf.h"

#ifndef ARRAY_SIZE
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#endif

/* ---- the server ------------------------------------------------------- */

/* A running server. The fields are read-only for tests. */
struct server {
	pid_t pid;
	int port;
	char *dir;		/* the temporary directory, no trailing slash */
	char *base_url;		/* "http://127.0.0.1:PORT" */
	char *config_path;	/* DIR/config.ini */
	char *db_path;		/* DIR/test.db */
	char *log_path;		/* DIR/server.log: the child's stdout and stderr */
	int valgrind;		/* running under valgrind: deadlines are longer */
	int unhealthy_ok;	/* private: a start counts once /healthz answers at all */
	/* private: set once the child has been reaped */
	int reaped;
	int exit_status;
	/* private: what server_once() has been asked for */
	char **once;
	size_t nonce;
};

/*
 * Creates a temporary directory, writes DIR/config.ini (the harness's base
 * settings followed by extra_ini, which may be NULL; use it to lower limits,
 * e.g. "[server]\nmax_body_kb = 64\n") and runs
 *
 *	$LEEFBAAR_BIN serve --config DIR/config.ini --listen 127.0.0.1:PORT
 *	                    --db DIR/test.db
 *
 * then waits until GET /healthz answers 200. A start that fails (the port was
 * taken between choosing and binding it) is retried up to three times.
 * Returns NULL, after printing the server's log, if it never became healthy.
 * Free with server_stop().
 */
struct server *server_start(const char *extra_ini);

/*
 * Sends SIGTERM, waits for the exit (15 s, 60 s under valgrind; then
 * SIGKILL), removes the temporary directory unless KEEP_TMP=1, and frees s.
 * Returns the exit status: 0 for a graceful shutdown, 128+N if a signal N
 * ended it, -1 if it had to be killed or its log holds a sanitizer report
 * or a handler's read of a field its route does not declare (http/input.c).
 * Prints the server's log when the result is not 0. s may be NULL (returns
 * -1).
 */
int server_stop(struct server *s);
/* server_stop(), appending the server's log to *log first: for what it says at shutdown. */
int server_stop_log(struct server *s, struct buf *log);

/*
 * Kills the server with SIGKILL - a crash, as far as the process can tell -
 * and starts it again on the same directory, configuration and database,
 * on a new port (base_url follows; a client made before keeps the old
 * one). 0 once GET /healthz answers 200 again (with unhealthy_ok: answers
 * at all, e.g. 503 on a read-only database), -1 when it does not.
 */
int server_crash_restart(struct server *s, int unhealthy_ok);

/* 1 while the child is running; 0 once it has exited (it is then reaped). */
int server_alive(struct server *s);

/* Copies the server's log to stderr, framed, for a failure's context. */
void server_dump_log(const struct server *s);

/*
 * 1 the first time it is called for s with what (any string naming a
 * fixture), 0 every time after: a fixture built lazily, once per server, by
 * whichever test needs it first, e.g.
 *
 *	if (server_once(s, "dataset"))
 *		build_dataset(s);
 *
 * A test with a server of its own (HARNESS_FRESH_TEST) builds its own.
 */
int server_once(struct server *s, const char *what);

/*
 * Runs a cmocka group with one server for the whole group: the group setup
 * starts it with extra_ini (a failure fails the group), each test receives
 * it as *state, and the group teardown stops it. A non-zero exit status
 * counts as one more failure, which cmocka on its own would not count for a
 * teardown. Returns the number of failures, for main() to return.
 */
int harness_run_suite(const char *name, const struct CMUnitTest *tests,
		      size_t n, const char *extra_ini);

/*
 * _cmocka_run_group_tests() with LEEFBAAR_TEST and LEEFBAAR_TEST_ORDER
 * applied (see the top of this file); for a group without the suite's
 * server (setup and teardown may be NULL). harness_run_suite() is this with
 * the server's setup and teardown.
 */
int harness_run_group(const char *name, const struct CMUnitTest *tests, size_t n,
		      CMFixtureFunction setup, CMFixtureFunction teardown);

/*
 * In a harness_run_suite() group, a test that gets a server of its own
 * (started with the suite's extra_ini before it, stopped after it; a
 * non-zero exit status fails the test) instead of the suite's: for a test
 * that must begin on an empty database whatever ran before it.
 */
#define HARNESS_FRESH_TEST(f) \
	cmocka_unit_test_setup_teardown(f, harness_fresh_setup, harness_fresh_teardown)
int harness_fresh_setup(void **state);
int harness_fresh_teardown(void **state);

/* ---- the command line against the same database --------------------- */

struct cli_result {
	int status;		/* as server_stop() returns it */
	struct buf out;		/* what it wrote to stdout */
	struct buf err;		/* what it wrote to stderr */
};
#define CLI_RESULT_INIT { -1, BUF_INIT, BUF_INIT }

/*
 * Runs "$LEEFBAAR_BIN ARGV[0] --db DIR/test.db ARGV[1] ..." (argv is
 * NULL-terminated; argv[0] is the subcommand, e.g. "adduser") against the
 * server's database, with stdin_text (may be NULL: /dev/null) as its stdin.
 * Pass "--config", s->config_path in argv when the subcommand needs the test
 * settings (e.g. the fast pwhash). Waits at most 30 s (120 s under
 * valgrind). Fills res (which the caller releases with cli_result_release())
 * and returns res->status.
 */
int harness_run_cli(struct server *s, const char *const argv[],
		    const char *stdin_text, struct cli_result *res);
void cli_result_release(struct cli_result *res);

/*
 * harness_run_cli() that must exit 0 (else the test fails with its stderr);
 * appends its stdout to out unless out is NULL.
 */
void harness_cli_ok(struct server *s, const char *const argv[], struct buf *out);

/* ---- clients ------------------------------------------------------------ */

/*
 * A browser: its own cookie jar and its own keep-alive connection. Redirects
 * are not followed (tests assert 303 and Location), paths are sent as given
 * (CURLOPT_PATH_AS_IS, so "/static/../x" reaches the server), proxies from
 * the environment are ignored. POSTs carry an Origin header with the
 * server's own origin, as browsers send it; see client_set_origin().
 */
struct client;

struct client *client_new(struct server *s);
void client_free(struct client *c);

/* The Origin sent on POST and other unsafe methods; NULL sends none. */
void client_set_origin(struct client *c, const char *origin);

/*
 * The value of the cookie called name in the jar, or NULL; caller frees.
 * Cookies set with HttpOnly are found too.
 */
char *client_cookie(struct client *c, const char *name);
/* Empties the jar: the next request sends only the cookies its headers name. */
void client_forget_cookies(struct client *c);

struct header {
	char *name;
	char *value;		/* without surrounding whitespace */
};

/*
 * What came back. A transfer that failed (connection refused or reset,
 * timeout) sets error and leaves status 0, or the status of what did arrive
 * (a 413 the server sent before closing on a body it would not read): an
 * assertion on the status fails with a message rather than a crash.
 */
struct response {
	long status;
	char *body;		/* NUL-terminated (binary bodies may hold NULs) */
	size_t len;
	struct header *headers;	/* of the final response, in order */
	size_t nheaders;
	long num_connects;	/* new connections opened: 0 = reused */
	char error[256];	/* empty when the transfer worked */
};

void response_free(struct response *r);

/* The first header called name (case-insensitive), or NULL. */
const char *response_header(const struct response *r, const char *name);
/* The nth (from 0) header called name, e.g. for several Set-Cookie. */
const char *response_header_nth(const struct response *r, const char *name,
				size_t nth);

struct response *client_get(struct client *c, const char *path);
/* client_get() of a path made like printf. */
struct response *client_getf(struct client *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/*
 * POSTs fields ({ name, value, name, value, ..., NULL }) url-encoded the way
 * a browser does (space as '+'), e.g. { "csrf_token", tok, "q", "x", NULL }.
 */
struct response *client_post_form(struct client *c, const char *path,
				  const char *const fields[]);

/*
 * One part of a multipart/form-data body. For a plain field, filename is
 * NULL and value a string; for a file, value holds len bytes (copied, may
 * contain NULs) and content_type may be NULL for curl's default. An array of
 * parts ends with a part whose name is NULL.
 */
struct form_part {
	const char *name;
	const char *value;
	size_t len;
	const char *filename;
	const char *content_type;
};
#define FORM_FIELD(n, v) { (n), (v), 0, NULL, NULL }
#define FORM_FILE(n, data, size, fname, type) \
	{ (n), (data), (size), (fname), (type) }
#define FORM_END { NULL, NULL, 0, NULL, NULL }

struct response *client_post_multipart(struct client *c, const char *path,
				       const struct form_part parts[]);

/*
 * POSTs len bytes of body as they are, with the given Content-Type (NULL
 * sends none) and extra_headers ({ "Name: value", ..., NULL }, may be NULL):
 * for malformed bodies and JSON.
 */
struct response *client_post_raw(struct client *c, const char *path,
				 const char *content_type,
				 const void *body, size_t len,
				 const char *const extra_headers[]);

/*
 * Any method, including made-up ones ("BREW"); "HEAD" asks for no body. body
 * may be NULL (then no Content-Type is sent either). The other requests are
 * this one with fixed arguments.
 */
struct response *client_request(struct client *c, const char *method,
				const char *path, const char *content_type,
				const void *body, size_t len,
				const char *const extra_headers[]);

/* Appends fields ({ name, value, ..., NULL }) to out, url-encoded as above. */
void form_encode(struct buf *out, const char *const fields[]);

/*
 * A call of the JSON API: method and path, "Authorization: Bearer token"
 * unless token is NULL, json as the application/json body unless it is NULL
 * (then no body), "X-CSRF-Token: csrf" unless csrf is NULL (a session's
 * call).
 */
struct response *client_api(struct client *c, const char *method, const char *path,
			    const char *token, const char *json, const char *csrf);

/* ---- reading answers ------------------------------------------------------ */

/* 1 if the body holds needle (case-sensitive), else 0. */
int response_contains(const struct response *r, const char *needle);

/*
 * The body as JSON (caller deletes); fails the test unless the answer's
 * Content-Type is application/json and the body parses.
 */
cJSON *response_json(const struct response *r);

/* The string member key of o; fails the test unless there is one. */
const char *json_str(const cJSON *o, const char *key);
/* The number member key of o; fails the test unless there is one. */
double json_num(const cJSON *o, const char *key);

/* A whole file (a fixture of the repository); fails the test if unreadable. */
char *read_whole_file(const char *path, size_t *len);

/* An 8x8 grey baseline JPEG, small and valid (libmagic: image/jpeg). */
extern const unsigned char test_jpeg[161];

/* Milliseconds of CLOCK_MONOTONIC, for deadlines and durations. */
long long now_ms(void);

/* ---- scraping HTML ------------------------------------------------------ */

/*
 * Finds the first <tag> element whose attribute match_attr equals
 * match_value (exactly, after entity decoding) and returns its attribute
 * want_attr, entity-decoded; caller frees. NULL if there is no such element
 * or it lacks want_attr. Enough for the pages we render, not a parser.
 * E.g. html_attr(body, "link", "rel", "stylesheet", "href").
 */
char *html_attr(const char *html, const char *tag, const char *match_attr,
		const char *match_value, const char *want_attr);

/* The value of <input name="name" value="...">, e.g. "csrf_token"; caller
 * frees; NULL if absent. */
char *html_input_value(const char *html, const char *name);

/* ---- assertions (they report the caller's file and line) ----------------- */

/* Fails unless r->status == want; prints the body's start and the error. */
#define assert_status(r, want) \
	assert_status_at((r), (want), __FILE__, __LINE__)
/*
 * Fails unless the security headers are there: Content-Security-Policy with
 * default-src 'self' and frame-ancestors 'none' and without 'unsafe-inline'
 * for scripts, X-Content-Type-Options: nosniff and a Referrer-Policy.
 */
#define assert_security_headers(r) \
	assert_security_headers_at((r), __FILE__, __LINE__)
/* Fails unless header name is present and contains needle (case-insensitive). */
#define assert_header_contains(r, name, needle) \
	assert_header_contains_at((r), (name), (needle), __FILE__, __LINE__)
/* Fails unless the body contains needle (case-sensitive). */
#define assert_body_contains(r, needle) \
	assert_body_contains_at((r), (needle), 0, __FILE__, __LINE__)
/* Fails unless the body contains needle, ignoring ASCII case. */
#define assert_body_contains_ci(r, needle) \
	assert_body_contains_at((r), (needle), 1, __FILE__, __LINE__)
/* Fails unless r is a 303 whose Location starts with prefix. */
#define assert_redirect(r, prefix) \
	assert_redirect_at((r), (prefix), __FILE__, __LINE__)
/*
 * Fails unless r is a 303 to prefix followed by a row id ("/dossiers/12",
 * "/dossiers/12?klaar=geopend" for "/dossiers/"); returns the id.
 */
#define assert_created(r, prefix) \
	assert_created_at((r), (prefix), __FILE__, __LINE__)
/*
 * Fails if tidy finds errors in the page (exit 2); warnings pass (inline
 * SVG's <title id> is one). Without tidy on the machine it passes.
 */
#define assert_tidy(r) assert_tidy_at((r), __FILE__, __LINE__)

void assert_status_at(const struct response *r, long want,
		      const char *file, int line);
void assert_security_headers_at(const struct response *r,
				const char *file, int line);
void assert_header_contains_at(const struct response *r, const char *name,
			       const char *needle, const char *file, int line);
void assert_body_contains_at(const struct response *r, const char *needle,
			     int nocase, const char *file, int line);
void assert_redirect_at(const struct response *r, const char *prefix,
			const char *file, int line);
long long assert_created_at(const struct response *r, const char *prefix,
			    const char *file, int line);
void assert_tidy_at(const struct response *r, const char *file, int line);

/* Like strstr over n bytes of hay, optionally ignoring ASCII case. */
const char *mem_find(const char *hay, size_t n, const char *needle, int nocase);

/* ---- raw sockets, for what curl will not send ------------------------------ */

/*
 * A TCP connection to s, from the loopback address from (e.g. "127.0.0.3",
 * to look like another client; NULL: the default). Fails the test if it
 * cannot connect. Close it with close().
 */
int raw_connect(const struct server *s, const char *from);

/* Sends all n bytes (fails the test if the connection is gone). */
void raw_send(int fd, const void *data, size_t n);

/*
 * Appends what the server sends to out until it closes the connection or
 * wait_ms pass (the harness lengthens it under valgrind). 1 if the server
 * closed it (end of stream or reset), 0 if the time ran out.
 */
int raw_read_until_close(const struct server *s, int fd, struct buf *out, int wait_ms);

#endif
