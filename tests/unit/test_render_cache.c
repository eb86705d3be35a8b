/*
 * test_render_cache.c - the shortcuts the list pages take (issue 14,
 * throughput) give the same answers as the long way round:
 *
 *   - the pager visits only the pages it links (first, last, two either
 *     side of the current one), at 20,000 pages as at 7;
 *   - when_str(DAY_SHORT) and WHEN_TEXT, answered from a small per-thread
 *     cache, write what calendar_day_short() writes for every day, also
 *     when days that share a cache slot alternate;
 *   - a template key is found by its text, not by the pointer the caller
 *     passes: a name built at run time sets the same variable as the
 *     literal, and a name no template uses still works.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain/calendar.h"
#include "lib/arena.h"
#include "lib/buf.h"
#include "render/pager.h"
#include "render/tpl.h"
#include "render/when.h"

static int setup(void **state)
{
	(void)state;
	return tpl_init("templates") == 0 ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	tpl_shutdown();
	return 0;
}

/* The page numbers linked or shown as current in html, in order, into out; returns how many. */
static int pager_numbers(const char *html, int64_t *out, int max)
{
	int n = 0;
	const char *p = strstr(html, "<ul class=\"pager\">");

	for (; p && (p = strstr(p, "<span class=\"visually-hidden\">Pagina </span>")) && n < max; n++) {
		p += strlen("<span class=\"visually-hidden\">Pagina </span>");
		out[n] = strtoll(p, NULL, 10);
	}
	return n;
}

static int count(const char *html, const char *needle)
{
	int n = 0;
	for (const char *p = html; (p = strstr(p, needle)); p += strlen(needle))
		n++;
	return n;
}

static void test_pager_windows(void **state)
{
	static const struct {
		int64_t total;
		int page;
	} cases[] = {
		{ 1000000, 1 }, { 1000000, 2 }, { 1000000, 3 }, { 1000000, 4 }, { 1000000, 5 },
		{ 1000000, 6 }, { 1000000, 10000 }, { 1000000, 19996 }, { 1000000, 19997 },
		{ 1000000, 19999 }, { 1000000, 20000 }, { 350, 1 }, { 350, 4 }, { 350, 7 },
		{ 51, 2 }, { 101, 2 },
	};
	(void)state;

	for (size_t c = 0; c < sizeof(cases) / sizeof(cases[0]); c++) {
		int64_t pages = (cases[c].total + 49) / 50, want[16], got[16];
		int page = cases[c].page, nw = 0, gaps = 0;
		struct tpl_dict *d = tpl_dict_new();
		struct buf out = BUF_INIT;

		/* The long way: every page, kept when it is first, last or near the current one. */
		for (int64_t n = 1; n <= pages; n++) {
			if (n != 1 && n != pages && (n < page - 2 || n > page + 2))
				continue;
			if (nw && n > want[nw - 1] + 1)
				gaps++;
			want[nw++] = n;
		}
		pager_render(d, "/meldingen?", page, 50, cases[c].total);
		assert_int_equal(tpl_expand("beheer_audit.tpl", d, &out), 0);
		int ng = pager_numbers(out.buf, got, 16);
		if (ng != nw || memcmp(got, want, (size_t)nw * sizeof(want[0])) ||
		    count(out.buf, "<li><span aria-hidden=\"true\">…</span></li>") != gaps) {
			print_error("total %lld page %d: %d numbers, want %d\n", (long long)cases[c].total, page, ng, nw);
			fail();
		}
		const char *nav = strstr(out.buf, "<ul class=\"pager\">");
		assert_non_null(nav);
		assert_int_equal(count(nav, "aria-current=\"page\""), 1);
		assert_int_equal(count(nav, "rel=\"prev\""), page > 1);
		assert_int_equal(count(nav, "rel=\"next\""), page < pages);
		buf_release(&out);
		tpl_dict_free(d);
	}
}

static void test_day_short_cache(void **state)
{
	struct arena a = { 0 };
	char want[CALENDAR_DAY_LEN];
	(void)state;

	/* Days 16 apart share a slot: alternate them, and run over years both ways. */
	for (int round = 0; round < 2; round++) {
		for (int32_t dn = 20000; dn < 20800; dn++) {
			int32_t days[] = { dn, dn + 16, dn, dn - 16, dn + 160 };
			for (size_t i = 0; i < sizeof(days) / sizeof(days[0]); i++) {
				calendar_day_short(days[i], want);
				assert_string_equal(when_str(&a, DAY_SHORT, days[i]), want);
			}
		}
	}
	/* WHEN_TEXT takes the day from the same cache: "5 mrt 2026 14:03". */
	assert_string_equal(when_str(&a, WHEN_TEXT, 1772715780), "5 mrt 2026 14:03");
	assert_string_equal(when_str(&a, WHEN_TEXT, 1772715780 + 16 * 86400), "21 mrt 2026 14:03");
	arena_release(&a);
}

static void test_keys_by_text(void **state)
{
	struct tpl_dict *d = tpl_dict_new();
	struct buf out = BUF_INIT;
	char *heading = strdup("HEADING"), *message = malloc(8);
	(void)state;

	/* Built at run time, at addresses no literal has. */
	memcpy(message, "MESSAGE", 8);
	tpl_set(d, heading, "Kop <een>");
	tpl_set(d, message, "Tekst & meer");
	tpl_set_int(d, "STATUS", 418);
	tpl_set(d, "GEEN_TEMPLATE_GEBRUIKT_DIT", "x");
	tpl_show(d, "OOK_NIET_GEBRUIKT");
	assert_int_equal(tpl_expand("error.tpl", d, &out), 0);
	assert_non_null(strstr(out.buf, "<h1 id=\"fout-titel\">Kop &lt;een&gt;</h1>"));
	assert_non_null(strstr(out.buf, "<p class=\"lead\">Tekst &amp; meer</p>"));
	assert_non_null(strstr(out.buf, "Foutcode 418"));
	/* A later value of the same key, given by another pointer, replaces the first. */
	buf_reset(&out);
	tpl_set(d, "HEADING", "Tweede kop");
	assert_int_equal(tpl_expand("error.tpl", d, &out), 0);
	assert_non_null(strstr(out.buf, "Tweede kop"));
	assert_null(strstr(out.buf, "Kop &lt;een&gt;"));
	buf_release(&out);
	tpl_dict_free(d);
	free(heading);
	free(message);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pager_windows),
		cmocka_unit_test(test_day_short_cache),
		cmocka_unit_test(test_keys_by_text),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
