/*
 * test_health.c - /healthz says "ok" while the database answers a read of
 * Leefbaar's own schema and can take a write, and 503 when it cannot, and
 * recovers after. The storage faults (a full disk, an I/O error, a
 * read-only file) come from faults.so (tests/http/faults.c), preloaded
 * into the server: CI runs as root, for whom a 0444 file is writable.
 * While writes fail, a melding is refused with 503 and none is stored
 * half; once the fault is gone, the same server takes them again. And a
 * request waiting for a slow disk holds up no other connection, even with
 * one libmicrohttpd thread for all of them; nor, with one handler thread,
 * a list page, which that I/O thread answers itself.
 */
#include "accounts.h"

#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void test_health_follows_the_database(void **state)
{
	struct server *s = *state;
	struct client *c = client_new(s);
	struct response *r = client_get(c, "/healthz");

	assert_status(r, 200);
	assert_string_equal(r->body, "ok");
	response_free(r);

	/* The table the check reads is gone: the database no longer answers for us. */
	test_sql(s, "ALTER TABLE schema_migrations RENAME TO schema_migrations_weg");
	r = client_get(c, "/healthz");
	assert_status(r, 503);
	assert_security_headers(r);
	response_free(r);

	test_sql(s, "ALTER TABLE schema_migrations_weg RENAME TO schema_migrations");
	r = client_get(c, "/healthz");
	assert_status(r, 200);
	assert_string_equal(r->body, "ok");
	response_free(r);
	client_free(c);
}

/* ---- storage faults ---------------------------------------------------- */

static char ctl[PATH_MAX];         /* the control file faults.so reads */

static void set_fault(const char *word)
{
	FILE *f = fopen(ctl, "w");
	assert_non_null(f);
	fputs(word, f);
	fclose(f);
}

static char *saved_asan;

/* The environment a server started now gets: faults.so (beside this test binary) preloaded. */
static void preload_on(void)
{
	char so[PATH_MAX], asan[512];
	ssize_t n = readlink("/proc/self/exe", so, sizeof(so) - 16);

	assert_true(n > 0);
	so[n] = '\0';
	strcpy(strrchr(so, '/'), "/faults.so");
	/* ASan wants to come first among the libraries; here faults.so does, which is harmless. */
	const char *old = getenv("ASAN_OPTIONS");
	snprintf(asan, sizeof(asan), "%s%sverify_asan_link_order=0", old ? old : "", old && *old ? ":" : "");
	saved_asan = old ? strdup(old) : NULL;
	setenv("ASAN_OPTIONS", asan, 1);
	setenv("LD_PRELOAD", so, 1);
	setenv("LEEFBAAR_FAULTS", ctl, 1);
}

static void preload_off(void)
{
	unsetenv("LD_PRELOAD");
	unsetenv("LEEFBAAR_FAULTS");
	if (saved_asan)
		setenv("ASAN_OPTIONS", saved_asan, 1);
	else
		unsetenv("ASAN_OPTIONS");
	free(saved_asan);
	saved_asan = NULL;
}

/* A server of its own with faults.so preloaded and no fault yet, started with extra_ini. */
static int faulty_server(void **state, const char *extra_ini)
{
	snprintf(ctl, sizeof(ctl), "%s/leefbaar-faults-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	int fd = mkstemp(ctl);
	if (fd < 0)
		return -1;
	close(fd);
	preload_on();
	struct server *s = server_start(extra_ini);
	preload_off();
	*state = s;
	return s ? 0 : -1;
}

static int faulty_setup(void **state)
{
	return faulty_server(state, NULL);
}

static int faulty_teardown(void **state)
{
	unlink(ctl);
	return harness_fresh_teardown(state);
}

static long health(struct client *c, const char *want_body)
{
	struct response *r = client_get(c, "/healthz");
	long status = r->status;
	if (want_body && !strstr(r->body, want_body))
		fail_msg("/healthz answered \"%s\", not \"%s\"", r->body, want_body);
	response_free(r);
	return status;
}

static long submit(struct client *c)
{
	struct response *r = client_api(c, "POST", "/api/v1/meldingen", NULL,
					"{\"categorie\": \"geluid\", \"omschrijving\": \"Harde muziek.\","
					" \"plaats\": \"Galerij\", \"anoniem\": true}", NULL);
	long status = r->status;
	response_free(r);
	return status;
}

static void test_health_follows_a_failing_disk(void **state)
{
	struct server *s = *state;
	struct client *c = client_new(s);

	assert_int_equal(submit(c), 201);
	assert_int_equal(health(c, "ok"), 200);
	long long stored = test_sql_int(s, "SELECT count(*) FROM melding");

	/* Writes fail with an I/O error: a melding is refused, nothing stored, the balancer is told. */
	set_fault("schrijffout");
	assert_int_equal(submit(c), 503);
	assert_int_equal(health(c, "neemt geen wijzigingen aan"), 503);
	assert_int_equal(submit(c), 503);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding"), stored);

	/* The disk is full. */
	set_fault("vol");
	assert_int_equal(health(c, "schijf bijna vol"), 503);
	assert_int_equal(submit(c), 503);

	/* Fixed: the same server writes again. */
	set_fault("");
	assert_int_equal(health(c, "ok"), 200);
	assert_int_equal(submit(c), 201);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding"), stored + 1);
	client_free(c);
}

/* Started on a read-only database: it serves reads, refuses writes, and needs no restart once fixed. */
static void test_read_only_database_recovers_without_restart(void **state)
{
	struct server *s = *state;
	long long stored = test_sql_int(s, "SELECT count(*) FROM melding");

	set_fault("alleen-lezen");
	preload_on();
	int restarted = server_crash_restart(s, 1);
	preload_off();
	assert_int_equal(restarted, 0);
	struct client *c = client_new(s);

	assert_int_equal(health(c, "alleen-lezen"), 503);
	struct response *r = client_get(c, "/melden");
	assert_status(r, 200);
	response_free(r);
	assert_int_equal(submit(c), 503);
	assert_int_equal(health(c, "alleen-lezen"), 503);

	set_fault("");
	assert_int_equal(health(c, "ok"), 200);
	assert_int_equal(submit(c), 201);
	assert_int_equal(submit(c), 201);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding"), stored + 2);
	client_free(c);
}

/* One libmicrohttpd thread for every connection, four handler threads, faults.so preloaded. */
static int one_io_thread_setup(void **state)
{
	return faulty_server(state, "[server]\nio_threads = 1\nthreads = 4\n");
}

struct slow_submit {
	struct server *s;
	long status;
	atomic_int done;
};

static void *submit_on_a_connection_of_its_own(void *arg)
{
	struct slow_submit *w = arg;
	struct client *c = client_new(w->s);

	w->status = submit(c);
	atomic_store(&w->done, 1);
	client_free(c);
	return NULL;
}

/*
 * Every sync of the database takes a second: a melding's 201 waits for
 * its commit. Meanwhile another connection asks /healthz, and gets its
 * answer while the melding still waits. Handlers ran on libmicrohttpd's
 * own threads before, each connection pinned to one: with one such
 * thread the second connection waited for the first one's commit.
 */
static void test_a_slow_commit_holds_up_no_other_connection(void **state)
{
	struct server *s = *state;
	struct client *c = client_new(s);
	struct slow_submit w = { .s = s };
	pthread_t t;

	assert_int_equal(health(c, "ok"), 200);   /* this connection is open before the slow one */
	set_fault("traag");
	assert_int_equal(pthread_create(&t, NULL, submit_on_a_connection_of_its_own, &w), 0);
	/* Let the melding reach its commit (it then waits a second per sync). */
	struct timespec settle = { 0, 300000000 };
	nanosleep(&settle, NULL);
	assert_int_equal(health(c, "ok"), 200);
	int melding_done = atomic_load(&w.done);
	set_fault("");
	pthread_join(t, NULL);
	assert_int_equal(w.status, 201);
	assert_int_equal(melding_done, 0);
	client_free(c);
}

static int one_handler_thread_setup(void **state)
{
	return faulty_server(state, "[server]\nio_threads = 1\nthreads = 1\n");
}

/*
 * A list page is a read: the I/O thread answers it itself. The one handler
 * thread waits for a slow commit (a second per sync) and a second melding
 * waits in line for that thread; a coördinator's /meldingen still answers,
 * with its rows, before the first melding is done. Handed off like the
 * meldingen, it would wait in line behind both.
 */
static void test_a_list_page_needs_no_handler_thread(void **state)
{
	struct server *s = *state;
	struct slow_submit w1 = { .s = s }, w2 = { .s = s };
	pthread_t t1, t2;

	account_add(s, "coord.lijst@proef.example", "Coba Lijst", "coordinator", NULL, NULL);
	struct client *anon = client_new(s);
	assert_int_equal(submit(anon), 201);
	client_free(anon);
	struct client *c = account_client(s, "coord.lijst@proef.example", TEST_PASSWORD);
	struct response *r = client_get(c, "/meldingen");
	assert_status(r, 200);
	response_free(r);

	set_fault("traag");
	assert_int_equal(pthread_create(&t1, NULL, submit_on_a_connection_of_its_own, &w1), 0);
	struct timespec settle = { 0, 300000000 };
	nanosleep(&settle, NULL);
	assert_int_equal(pthread_create(&t2, NULL, submit_on_a_connection_of_its_own, &w2), 0);
	nanosleep(&settle, NULL);
	r = client_get(c, "/meldingen");
	int first_done = atomic_load(&w1.done);
	set_fault("");
	pthread_join(t1, NULL);
	pthread_join(t2, NULL);
	assert_status(r, 200);
	assert_non_null(strstr(r->body, "Galerij"));   /* the melding filed before, its place */
	response_free(r);
	assert_int_equal(w1.status, 201);
	assert_int_equal(w2.status, 201);
	assert_int_equal(first_done, 0);
	client_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_health_follows_the_database),
		cmocka_unit_test_setup_teardown(test_health_follows_a_failing_disk, faulty_setup, faulty_teardown),
		cmocka_unit_test_setup_teardown(test_a_slow_commit_holds_up_no_other_connection, one_io_thread_setup,
						faulty_teardown),
		cmocka_unit_test_setup_teardown(test_a_list_page_needs_no_handler_thread, one_handler_thread_setup,
						faulty_teardown),
		cmocka_unit_test_setup_teardown(test_read_only_database_recovers_without_restart, faulty_setup,
						faulty_teardown),
	};
	return harness_run_suite("health", tests, ARRAY_SIZE(tests), NULL);
}
