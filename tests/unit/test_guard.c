/*
 * test_guard.c - the pure checks of strict HTTP (src/http/guard.c): the raw
 * request target, header names and values, Content-Length. The checks on
 * libmicrohttpd's parsed head are in tests/http/test_strict_http.c.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "http/guard.h"

#include <stdio.h>

static void test_targets(void **state)
{
	(void)state;
	static const struct {
		const char *in;
		int want;
	} cases[] = {
		{ "/", 1 }, { "/static/style.css", 1 }, { "/zoek?q=a+b&p=2", 1 },
		{ "/melding/%C3%A9", 1 }, { "/a%2fb", 1 }, { "/100%", 1 }, { "/%zz", 1 }, { "/a%2", 1 },
		{ "/zoek?q=regel1%0Aregel2", 1 },      /* a textarea sent by GET: control bytes allowed in the query */
		{ "/zoek?q=%09", 1 },
		{ NULL, 0 }, { "", 0 },
		{ "/static/style.css%00.png", 0 }, { "/a%00", 0 }, { "/zoek?q=%00", 0 },
		{ "/a%0a", 0 }, { "/a%0D%0A", 0 }, { "/a%1f", 0 }, { "/a%7f", 0 }, { "/a%7F", 0 }, { "/a%01", 0 },
		{ "/a b", 0 }, { "/a\tb", 0 }, { "/a\x7f", 0 }, { "/a\x01", 0 }, { "/zoek?q=a b", 0 },
		{ "/a%20b", 1 }, { "/a%80", 1 },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		if (guard_target_ok(cases[i].in) != cases[i].want)
			fail_msg("guard_target_ok(\"%s\") != %d", cases[i].in ? cases[i].in : "NULL", cases[i].want);
	}
}

static void test_header_names(void **state)
{
	(void)state;
	assert_true(guard_token_ok("Host"));
	assert_true(guard_token_ok("X-Forwarded-For"));
	assert_true(guard_token_ok("a!#$%&'*+-.^_`|~9"));
	assert_false(guard_token_ok(""));
	assert_false(guard_token_ok(NULL));
	assert_false(guard_token_ok("Host "));
	assert_false(guard_token_ok(" Host"));
	assert_false(guard_token_ok("X\tA"));
	assert_false(guard_token_ok("X(A)"));
	assert_false(guard_token_ok("X\"A"));
	assert_false(guard_token_ok("X\x7f"));
	assert_false(guard_token_ok("Caf\xc3\xa9"));
}

static void test_header_values(void **state)
{
	(void)state;
	assert_true(guard_value_ok(""));
	assert_true(guard_value_ok("text/html, */*;q=0.8"));
	assert_true(guard_value_ok("a\tb "));
	assert_true(guard_value_ok("caf\xc3\xa9"));   /* obs-text passes */
	assert_false(guard_value_ok("a\rb"));
	assert_false(guard_value_ok("a\nb"));
	assert_false(guard_value_ok("a\x01"));
	assert_false(guard_value_ok("a\x7f"));
}

static void test_content_length(void **state)
{
	(void)state;
	assert_true(guard_content_length_ok("0"));
	assert_true(guard_content_length_ok("1048576"));
	assert_true(guard_content_length_ok("9999999999999999999"));
	assert_false(guard_content_length_ok(""));
	assert_false(guard_content_length_ok("-1"));
	assert_false(guard_content_length_ok("+1"));
	assert_false(guard_content_length_ok("1 "));
	assert_false(guard_content_length_ok("1,1"));
	assert_false(guard_content_length_ok("0x10"));
	assert_false(guard_content_length_ok("99999999999999999999"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_targets),
		cmocka_unit_test(test_header_names),
		cmocka_unit_test(test_header_values),
		cmocka_unit_test(test_content_length),
	};
	return cmocka_run_group_tests_name("guard", tests, NULL, NULL);
}
