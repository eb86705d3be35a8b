/*
 * test_config.c - the ini reader: the documented example equals the
 * built-in defaults, and bad files name the line and the key.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"

static char *write_tmp(const char *text)
{
	static char path[64];
	strcpy(path, "/tmp/leefbaar-config-XXXXXX");
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	return path;
}

/* Runs config_load on text and returns what it printed on stderr. */
static int load_text(const char *text, struct config *c, char *err, size_t errlen)
{
	char *path = write_tmp(text);
	fflush(stderr);
	FILE *saved = stderr;
	char errpath[] = "/tmp/leefbaar-config-err-XXXXXX";
	int efd = mkstemp(errpath);
	stderr = fdopen(efd, "w+");
	int rc = config_load(c, path, 1);
	fflush(stderr);
	rewind(stderr);
	size_t n = fread(err, 1, errlen - 1, stderr);
	err[n] = '\0';
	fclose(stderr);
	stderr = saved;
	unlink(errpath);
	unlink(path);
	return rc;
}

static void test_example_matches_defaults(void **state)
{
	(void)state;
	struct config def, ex;
	config_defaults(&def);
	config_defaults(&ex);
	/* Start the example from zero so every key must be present in it. */
	memset(&ex, 0, sizeof(ex));
	assert_int_equal(config_load(&ex, "config.example.ini", 1), 0);
	assert_memory_equal(&def, &ex, sizeof(def));
}

static void test_unknown_key(void **state)
{
	(void)state;
	struct config c;
	char err[512];
	config_defaults(&c);
	assert_int_equal(load_text("[server]\nthreads = 4\nthreds = 5\n", &c, err, sizeof(err)), -1);
	assert_non_null(strstr(err, ":3:"));
	assert_non_null(strstr(err, "threds"));
}

static void test_bad_values(void **state)
{
	(void)state;
	static const struct {
		const char *text, *line, *key;
	} cases[] = {
		{ "[server]\nthreads = many\n", ":2:", "threads" },
		{ "[server]\n\nthreads = 0\n", ":3:", "threads" },
		{ "[server]\naccess_log = perhaps\n", ":2:", "access_log" },
		{ "[security]\npwhash = fast\n", ":2:", "pwhash" },
		{ "[app]\nlog_level = loud\n", ":2:", "log_level" },
		{ "[server]\nthreads = 4\nmax_body_kb = -1\n[app]\nnope = 1\n", ":3:", "max_body_kb" },
		{ "threads = 4\n", ":1:", "threads" },
		{ "[server\nthreads = 4\n", ":1:", "" },
		{ "[smtp]\ntls = ssl\n", ":2:", "tls" },
		{ "[smtp]\nport = 0\n", ":2:", "port" },
		{ "[smtp]\nmax_attempts = 0\n", ":2:", "max_attempts" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct config c;
		char err[512];
		config_defaults(&c);
		assert_int_equal(load_text(cases[i].text, &c, err, sizeof(err)), -1);
		if (!strstr(err, cases[i].line) || !strstr(err, cases[i].key))
			fail_msg("case %zu: message \"%s\" lacks %s or %s", i, err, cases[i].line, cases[i].key);
	}
}

static void test_values_and_check(void **state)
{
	(void)state;
	struct config c;
	char err[512];
	config_defaults(&c);
	assert_int_equal(load_text("[server]\nthreads = 3 ; comment\nlisten = 0.0.0.0:9000\n"
				   "[session]\nsecure_cookie = yes\n", &c, err, sizeof(err)), 0);
	assert_int_equal(c.threads, 3);
	assert_string_equal(c.listen, "0.0.0.0:9000");
	assert_int_equal(c.secure_cookie, 1);
	assert_int_equal(config_check(&c), 0);
	strcpy(c.listen, "localhost");
	assert_int_equal(config_check(&c), -1);
	strcpy(c.listen, "127.0.0.1:70000");
	assert_int_equal(config_check(&c), -1);
	config_defaults(&c);
	c.upload_file_mb = 100;
	assert_int_equal(config_check(&c), -1);
	/* [smtp]: a host needs a sender address, and a host is a name, not a URL. */
	config_defaults(&c);
	assert_int_equal(load_text("[smtp]\nhost = mail.voorbeeld.example\ntls = tls\nport = 465\n", &c, err, sizeof(err)), 0);
	assert_int_equal(c.smtp_tls, SMTP_TLS_IMPLICIT);
	assert_int_equal(config_check(&c), -1);
	strcpy(c.smtp_from, "meldingen@voorbeeld.example");
	assert_int_equal(config_check(&c), 0);
	strcpy(c.smtp_host, "smtp://mail.voorbeeld.example");
	assert_int_equal(config_check(&c), -1);
	/* A missing optional file is fine; a missing --config file is not. */
	assert_int_equal(config_load(&c, "/nonexistent/config.ini", 0), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_example_matches_defaults),
		cmocka_unit_test(test_unknown_key),
		cmocka_unit_test(test_bad_values),
		cmocka_unit_test(test_values_and_check),
	};
	return cmocka_run_group_tests_name("config", tests, NULL, NULL);
}
