/*
 * test_export_csv.c - the CSV writer of the exports (handlers/export_csv.h):
 * BOM, both separators, quoting, the formula-injection guard on every
 * dangerous first character, decimals the Dutch way, and a file larger
 * than the buffer written whole.
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

#include "app/export_csv.h"

/* Writes through a pipe-free temporary file and reads it back (caller frees). */
static char *finish(struct csv *c, size_t *len)
{
	assert_int_equal(csv_finish(c), 0);
	off_t n = lseek(c->fd, 0, SEEK_END);
	assert_true(n >= 0);
	assert_int_equal((uint64_t)n, c->bytes);
	char *s = malloc((size_t)n + 1);
	assert_int_equal(pread(c->fd, s, (size_t)n, 0), n);
	s[n] = '\0';
	*len = (size_t)n;
	close(c->fd);
	return s;
}

static struct csv *start(char sep)
{
	char path[] = "/tmp/leefbaar-csv-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	unlink(path);
	struct csv *c = malloc(sizeof(*c));
	csv_start(c, fd, sep);
	return c;
}

static void test_bom_and_semicolons(void **state)
{
	(void)state;
	struct csv *c = start(';');
	size_t n;
	csv_text(c, "referentie");
	csv_text(c, "wijk");
	csv_end_row(c);
	csv_text(c, "M-2026-000001");
	csv_text(c, "Noord; oost");
	csv_int(c, -3);
	csv_decimal(c, 12.5, 2, 0);
	csv_decimal(c, -1, 1, 1);
	csv_empty(c);
	csv_text(c, NULL);
	csv_end_row(c);
	char *s = finish(c, &n);
	assert_string_equal(s, "\xEF\xBB\xBFreferentie;wijk\r\nM-2026-000001;\"Noord; oost\";-3;12,50;;;\r\n");
	free(s);
	free(c);
}

static void test_comma_variant(void **state)
{
	(void)state;
	struct csv *c = start(',');
	size_t n;
	csv_text(c, "a,b");
	csv_text(c, "zei \"hoi\"");
	csv_text(c, "twee\nregels");
	csv_decimal(c, 83.25, 1, 0);
	csv_end_row(c);
	char *s = finish(c, &n);
	assert_string_equal(s, "\xEF\xBB\xBF\"a,b\",\"zei \"\"hoi\"\"\",\"twee\nregels\",83.2\r\n");
	free(s);
	free(c);
}

static void test_formula_guard(void **state)
{
	(void)state;
	static const char *const bad[] = { "=1+1", "+31 6 1234", "-2", "@SUM(A1)", "\tx", "\rx" };
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_true(csv_needs_guard(bad[i]));
	assert_false(csv_needs_guard("Noord"));
	assert_false(csv_needs_guard(""));
	assert_false(csv_needs_guard(NULL));
	assert_false(csv_needs_guard("1=1"));

	struct csv *c = start(';');
	size_t n;
	csv_text(c, "=HYPERLINK(\"http://x\")");
	csv_text(c, "@cmd");
	csv_text(c, "-10");
	csv_text(c, "+a;b");
	csv_text(c, "\r=1");
	csv_end_row(c);
	char *s = finish(c, &n);
	assert_string_equal(s, "\xEF\xBB\xBF\"'=HYPERLINK(\"\"http://x\"\")\";'@cmd;'-10;\"'+a;b\";\"'\r=1\"\r\n");
	free(s);
	free(c);
}

static void test_larger_than_the_buffer(void **state)
{
	(void)state;
	struct csv *c = start(';');
	size_t n;
	for (int i = 0; i < 20000; i++) {
		csv_int(c, i);
		csv_text(c, "een regel tekst die het buffer vult");
		csv_end_row(c);
	}
	char *s = finish(c, &n);
	assert_true(n > CSV_BUF * 5);
	assert_non_null(strstr(s, "\r\n19999;een regel tekst die het buffer vult\r\n"));
	assert_true(s[n - 1] == '\n');
	free(s);
	free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bom_and_semicolons),
		cmocka_unit_test(test_comma_variant),
		cmocka_unit_test(test_formula_guard),
		cmocka_unit_test(test_larger_than_the_buffer),
	};
	return cmocka_run_group_tests_name("export_csv", tests, NULL, NULL);
}
