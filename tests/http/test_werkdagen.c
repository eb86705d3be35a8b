/*
 * test_werkdagen.c - `leefbaar werkdagen add|between` on the command line:
 * holidays (Easter computed), closing days read from the database after a
 * beheerder added one through /beheer/sluitingsdagen, holidays only when
 * no database exists (and none is created), and usage errors (exit 2, one
 * line on stderr).
 */
#include "accounts.h"

#include "domain/amsterdam.h"
#include "domain/days.h"
#include "domain/werkdagen.h"
#include "lib/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define BEHEERDER "werkdagen.beheer@voorbeeld.example"

/* Runs `leefbaar werkdagen ARGS...` against the suite's database. */
static int werkdagen(struct server *s, const char *const args[], struct cli_result *res)
{
	const char *argv[16] = { "werkdagen" };
	size_t n = 1;

	for (size_t i = 0; args[i] && n < 15; i++)
		argv[n++] = args[i];
	argv[n] = NULL;
	return harness_run_cli(s, argv, NULL, res);
}

/* stdout without its newline; the command prints exactly one line. */
static void assert_prints(struct server *s, const char *const args[], const char *want)
{
	struct cli_result res = CLI_RESULT_INIT;

	if (werkdagen(s, args, &res) != 0) {
		print_error("werkdagen %s %s %s: exit %d: %s\n", args[0], args[1], args[2], res.status, res.err.buf);
		fail();
	}
	if (strlen(res.out.buf) != strlen(want) + 1 || strncmp(res.out.buf, want, strlen(want)) ||
	    res.out.buf[strlen(want)] != '\n') {
		print_error("werkdagen %s %s %s printed \"%s\", want \"%s\\n\"\n", args[0], args[1], args[2],
			    res.out.buf, want);
		fail();
	}
	cli_result_release(&res);
}

static void test_add_and_between(void **state)
{
	struct server *s = *state;
	static const struct {
		const char *from, *n, *want;
	} adds[] = {
		/* Thursday before Easter 2026: Goede Vrijdag works, Tweede Paasdag (6 April) does not. */
		{ "2026-04-02", "2", "2026-04-07" },
		{ "2026-04-02", "1", "2026-04-03" },
		{ "2026-04-02", "0", "2026-04-02" },
		/* A melding on Saturday: Monday is the first werkdag. */
		{ "2026-03-07", "1", "2026-03-09" },
		/* Over Koningsdag (Monday 27 April 2026), Bevrijdingsdag (Tuesday 5 May) and Hemelvaartsdag (Thursday 14 May). */
		{ "2026-04-24", "2", "2026-04-29" },
		{ "2026-05-01", "10", "2026-05-19" },
		/* Koningsdag on 26 April when the 27th is a Sunday (2025). */
		{ "2025-04-25", "1", "2025-04-28" },
		/* Christmas and New Year. */
		{ "2026-12-24", "2", "2026-12-29" },
		{ "2027-12-31", "1", "2028-01-03" },
	};
	for (size_t i = 0; i < ARRAY_SIZE(adds); i++) {
		const char *args[] = { "add", adds[i].from, adds[i].n, NULL };
		assert_prints(s, args, adds[i].want);
	}

	static const struct {
		const char *a, *b, *want;
	} betweens[] = {
		{ "2026-04-02", "2026-04-08", "3" },
		{ "2026-04-02", "2026-04-02", "0" },
		{ "2026-03-06", "2026-03-08", "0" },
		{ "2026-01-01", "2026-12-31", "254" },
		{ "2026-05-01", "2026-05-19", "10" },
	};
	for (size_t i = 0; i < ARRAY_SIZE(betweens); i++) {
		const char *args[] = { "between", betweens[i].a, betweens[i].b, NULL };
		assert_prints(s, args, betweens[i].want);
	}
}

static void test_closing_days_from_database(void **state)
{
	struct server *s = *state;
	struct client *c = client_new(s);
	int y, m, d;
	char day[DAYS_FORMAT_LEN], before[DAYS_FORMAT_LEN], after[DAYS_FORMAT_LEN];

	/* A Wednesday next June, a werkdag, with werkdagen either side. */
	days_to_civil(amsterdam_day((int64_t)time(NULL)), &y, &m, &d);
	int32_t dn = days_from_civil(y + 1, 6, 1);
	while (days_weekday(dn) != 2 || !werkdagen_is_workday(NULL, dn) || !werkdagen_is_workday(NULL, dn - 1) ||
	       !werkdagen_is_workday(NULL, dn + 1))
		dn++;
	days_format(dn, day);
	days_format(dn - 1, before);
	days_format(dn + 1, after);

	/* Without the closing day: the next werkdag is the day itself. */
	const char *add1[] = { "add", before, "1", NULL };
	assert_prints(s, add1, day);

	/* A beheerder closes that day through the web page... */
	account_add(s, BEHEERDER, "Bea Beheer", "beheerder", NULL, NULL);
	account_login_ok(c, BEHEERDER, TEST_PASSWORD);
	char *tok = account_csrf(c, "/beheer/sluitingsdagen");
	const char *fields[] = { "csrf_token", tok, "datum", day, "reden", "Heidag", NULL };
	struct response *r = client_post_form(c, "/beheer/sluitingsdagen", fields);
	assert_status(r, 303);
	response_free(r);
	free(tok);
	client_free(c);

	/* ...and the command line counts it. */
	assert_prints(s, add1, after);
	const char *between[] = { "between", before, day, NULL };
	assert_prints(s, between, "0");
	const char *between2[] = { "between", before, after, NULL };
	assert_prints(s, between2, "1");
}

/* Runs the binary in dir (no --db), returns the exit status; out gets stdout. */
static int run_in(const char *dir, const char *args, char *out, size_t outlen)
{
	const char *bin = getenv("LEEFBAAR_BIN") ? getenv("LEEFBAAR_BIN") : "build/rel/leefbaar";
	char cmd[PATH_MAX + 600], abs[PATH_MAX];
	FILE *p;

	if (!realpath(bin, abs))
		return -1;
	snprintf(cmd, sizeof(cmd), "cd '%s' && '%s' werkdagen %s 2>/dev/null", dir, abs, args);
	p = popen(cmd, "r");
	if (!p)
		return -1;
	size_t n = fread(out, 1, outlen - 1, p);
	out[n] = '\0';
	int st = pclose(p);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void test_without_database(void **state)
{
	struct server *s = *state;
	char dir[] = "/tmp/leefbaar-werkdagen-XXXXXX", out[128], path[600];
	struct stat st;

	(void)s;
	assert_non_null(mkdtemp(dir));
	/* No config.ini, no data/: holidays only, and nothing is created. */
	assert_int_equal(run_in(dir, "add 2026-04-02 2", out, sizeof(out)), 0);
	assert_string_equal(out, "2026-04-07\n");
	snprintf(path, sizeof(path), "%s/data", dir);
	assert_int_not_equal(stat(path, &st), 0);

	/* A --db that does not exist is an error, not a new file. */
	snprintf(path, sizeof(path), "--db %s/nope.db add 2026-04-02 2", dir);
	assert_int_equal(run_in(dir, path, out, sizeof(out)), 1);
	snprintf(path, sizeof(path), "%s/nope.db", dir);
	assert_int_not_equal(stat(path, &st), 0);
	assert_int_equal(rmdir(dir), 0);
}

static void test_usage_errors(void **state)
{
	struct server *s = *state;
	static const struct {
		const char *args[6];
		const char *says;
	} cases[] = {
		{ { "between", "2026-04-08", "2026-04-02" }, "lies before" },
		{ { "add", "2026-02-30", "1" }, "not a date" },
		{ { "add", "2026-4-2", "1" }, "not a date" },
		{ { "between", "2026-04-02", "morgen" }, "not a date" },
		{ { "add", "2026-04-02", "x" }, "not a whole number" },
		{ { "add", "2026-04-02", "1.5" }, "not a whole number" },
		{ { "add", "2026-04-02", "" }, "not a whole number" },
		{ { "add", "2026-04-02", "--", "-1" }, "not a whole number" },
		{ { "add", "2026-04-02", "1000000" }, "not a whole number" },
		{ { "add", "9999-12-30", "5" }, "after 9999-12-31" },
		{ { "add", "2026-04-02" }, "add needs a date and a number" },
		{ { "between", "2026-04-02" }, "between needs two dates" },
		{ { "add", "2026-04-02", "1", "2" }, "add needs" },
		{ { "subtract", "2026-04-02", "1" }, "expected add or between" },
		{ { NULL }, "expected add" },
	};

	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct cli_result res = CLI_RESULT_INIT;
		int st = werkdagen(s, cases[i].args, &res);

		print_message("case %zu -> %d: %s", i, st, res.err.buf);
		assert_int_equal(st, 2);
		assert_string_equal(res.out.buf, "");
		/* One line, saying what is wrong. */
		assert_non_null(strstr(res.err.buf, cases[i].says));
		assert_non_null(strchr(res.err.buf, '\n'));
		assert_string_equal(strchr(res.err.buf, '\n'), "\n");
		cli_result_release(&res);
	}

	/* A bare negative number reads as an option: still bad usage. */
	struct cli_result res = CLI_RESULT_INIT;
	const char *neg[] = { "add", "2026-04-02", "-1", NULL };
	assert_int_equal(werkdagen(s, neg, &res), 2);
	assert_string_equal(res.out.buf, "");
	cli_result_release(&res);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_add_and_between),
		cmocka_unit_test(test_closing_days_from_database),
		cmocka_unit_test(test_without_database),
		cmocka_unit_test(test_usage_errors),
	};

	return harness_run_suite("werkdagen", tests, ARRAY_SIZE(tests), NULL);
}
