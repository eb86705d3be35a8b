/*
 * test_dubbel.c - unit tests for domain/dubbel.c: when the public form
 * asks whether a melding repeats an earlier open one of the same melder.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "domain/dubbel.h"

#define DAG INT64_C(86400)
#define NU INT64_C(1796000000)   /* a fixed moment: the rule reads no clock */

static struct dubbel_melding earlier(void)
{
	return (struct dubbel_melding){
		.category_id = 3, .postcode = "1111 AA", .huisnummer = 12, .toevoeging = "A",
		.email = "Jan@Example.org", .telefoon = "0612345678", .anoniem = 0, .open = 1,
		.ontvangen_op = NU - 3 * DAG,
	};
}

static struct dubbel_melding nieuw(void)
{
	return (struct dubbel_melding){
		.category_id = 3, .postcode = "1111 AA", .huisnummer = 12, .toevoeging = "A",
		.email = "jan@example.org", .telefoon = "", .anoniem = 0, .open = 1, .ontvangen_op = NU,
	};
}

static void test_same_everything_is_a_repeat(void **state)
{
	(void)state;
	struct dubbel_melding e = earlier(), n = nieuw();
	assert_int_equal(dubbel_is_repeat(&e, &n, NU), 1);
	/* The phone alone is enough too. */
	n.email = "";
	n.telefoon = "0612345678";
	assert_int_equal(dubbel_is_repeat(&e, &n, NU), 1);
}

static void test_other_contact_category_or_address(void **state)
{
	(void)state;
	struct dubbel_melding e = earlier(), n;

	n = nieuw(); n.email = "piet@example.org";
	assert_int_equal(dubbel_is_repeat(&e, &n, NU), 0);
	n = nieuw(); n.category_id = 4;
	assert_int_equal(dubbel_is_repeat(&e, &n, NU), 0);
	n = nieuw(); n.huisnummer = 14;
	assert_int_equal(dubbel_is_repeat(&e, &n, NU), 0);
	n = nieuw(); n.toevoeging = "";
	assert_int_equal(dubbel_is_repeat(&e, &n, NU), 0);
	n = nieuw(); n.postcode = "1111 AB";
	assert_int_equal(dubbel_is_repeat(&e, &n, NU), 0);
	/* A described place is never "the same address". */
	n = nieuw(); n.postcode = "";
	assert_int_equal(dubbel_is_repeat(&e, &n, NU), 0);
	/* Empty contact fields do not match each other. */
	struct dubbel_melding e2 = earlier();
	e2.email = ""; e2.telefoon = "";
	n = nieuw(); n.email = ""; n.telefoon = "";
	assert_int_equal(dubbel_is_repeat(&e2, &n, NU), 0);
}

static void test_anonymous_closed_and_window(void **state)
{
	(void)state;
	struct dubbel_melding e = earlier(), n = nieuw();

	n.anoniem = 1;
	assert_int_equal(dubbel_is_repeat(&e, &n, NU), 0);
	n = nieuw();
	e.anoniem = 1;
	assert_int_equal(dubbel_is_repeat(&e, &n, NU), 0);
	e = earlier();
	e.open = 0;
	assert_int_equal(dubbel_is_repeat(&e, &n, NU), 0);
	/* The window's edge: DUBBEL_DAGEN days to the second is in, one second more is out. */
	e = earlier();
	e.ontvangen_op = NU - DUBBEL_DAGEN * DAG;
	assert_int_equal(dubbel_is_repeat(&e, &n, NU), 1);
	e.ontvangen_op = NU - DUBBEL_DAGEN * DAG - 1;
	assert_int_equal(dubbel_is_repeat(&e, &n, NU), 0);
	/* One from the future (a backdated clock) is not compared. */
	e.ontvangen_op = NU + 60;
	assert_int_equal(dubbel_is_repeat(&e, &n, NU), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_same_everything_is_a_repeat),
		cmocka_unit_test(test_other_contact_category_or_address),
		cmocka_unit_test(test_anonymous_closed_and_window),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
