/*
 * test_svg.c - chart and map geometry (render/svg.h): round axes, Dutch
 * numbers, a line chart and a bar chart expanded through their template
 * (with hostile names escaped), gaps in a series, and GeoJSON projection
 * (domain/geo.h) in degrees and in RD metres, MultiPolygon, and the refusals.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "domain/geo.h"
#include "lib/buf.h"
#include "render/svg.h"
#include "render/tpl.h"

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

static void test_nice_axis(void **state)
{
	(void)state;
	double top, step;
	svg_nice_axis(0, 5, &top, &step);
	assert_true(top == 1 && step == 1);
	svg_nice_axis(7, 5, &top, &step);
	assert_true(step == 2 && top == 8);
	svg_nice_axis(850, 5, &top, &step);
	assert_true(step == 200 && top == 1000);
	svg_nice_axis(1000, 5, &top, &step);
	assert_true(step == 200 && top == 1000);
	svg_nice_axis(12345, 5, &top, &step);
	assert_true(step == 5000 && top == 15000);
}

static void test_numbers(void **state)
{
	(void)state;
	char s[32];
	svg_format_number(1234567, 0, s, sizeof(s));
	assert_string_equal(s, "1.234.567");
	svg_format_number(83.25, 1, s, sizeof(s));
	assert_string_equal(s, "83,2");
	svg_format_number(999, 0, s, sizeof(s));
	assert_string_equal(s, "999");
	svg_format_number(-1500.5, 1, s, sizeof(s));
	assert_string_equal(s, "-1.500,5");
	svg_format_number(0, 1, s, sizeof(s));
	assert_string_equal(s, "0,0");
}

static const char *labels[] = { "jan", "feb", "mrt" };
static const char *lang[] = { "januari <b>", "februari", "maart" };

static void test_line_chart(void **state)
{
	(void)state;
	double a[3] = { 80, -1, 95.5 }, b[3] = { 50, 60, 70 };
	struct svg_series s[2] = { { "Bevestiging <script>", a }, { "Terugkoppeling", b } };
	struct svg_chart c = { .id = "t", .titel = "Titel & co", .omschrijving = "Uitleg", .n = 3, .labels = labels,
			       .labels_lang = lang, .procent = 1, .norm = 90, .norm_label = "norm 90%" };
	struct tpl_dict *d = tpl_dict_new();
	struct buf out = BUF_INIT;
	svg_line_chart(d, &c, s, 2);
	assert_int_equal(tpl_expand("dashboard_chart.tpl", d, &out), 0);
	assert_non_null(strstr(out.buf, "role=\"img\""));
	assert_non_null(strstr(out.buf, "aria-labelledby=\"t-titel t-desc\""));
	assert_non_null(strstr(out.buf, "<title id=\"t-titel\">Titel &amp; co</title>"));
	assert_null(strstr(out.buf, "<script>"));
	assert_null(strstr(out.buf, "<b>"));
	/* The gap splits the first series: two polylines of one point each, plus one for the second series. */
	int polylines = 0, circles = 0;
	for (const char *p = out.buf; (p = strstr(p, "<polyline")); p++)
		polylines++;
	for (const char *p = out.buf; (p = strstr(p, "<circle")); p++)
		circles++;
	assert_int_equal(polylines, 3);
	assert_int_equal(circles, 5);
	assert_non_null(strstr(out.buf, "95,5%"));
	assert_non_null(strstr(out.buf, "norm 90%"));
	assert_non_null(strstr(out.buf, ">100%</text>"));
	tpl_dict_free(d);
	buf_release(&out);
}

static void test_bar_chart(void **state)
{
	(void)state;
	double a[3] = { 10, 0, 5 }, b[3] = { 20, 5, 0 };
	struct svg_series s[2] = { { "Fysiek", a }, { "Samen wonen", b } };
	struct svg_chart c = { .id = "b", .titel = "Meldingen", .omschrijving = "Staven", .n = 3, .labels = labels,
			       .labels_lang = lang, .procent = 0, .norm = -1 };
	struct tpl_dict *d = tpl_dict_new();
	struct buf out = BUF_INIT;
	svg_bar_chart(d, &c, s, 2);
	assert_int_equal(tpl_expand("dashboard_chart.tpl", d, &out), 0);
	int rects = 0;
	for (const char *p = out.buf; (p = strstr(p, "<rect x=")); p++)
		rects++;
	assert_int_equal(rects, 4);   /* zeros draw nothing */
	assert_non_null(strstr(out.buf, "Samen wonen, januari &lt;b&gt;: 20"));
	assert_null(strstr(out.buf, "stroke-dasharray=\"6 4\""));   /* no norm line */
	tpl_dict_free(d);
	buf_release(&out);
}

struct seen {
	int n;
	char code[4][16];
	struct geo_shape s[4];
};

static void on_shape(void *ctx, const cJSON *props, const struct geo_shape *s)
{
	struct seen *x = ctx;
	const cJSON *c = cJSON_GetObjectItemCaseSensitive(props, "code");
	if (x->n < 4) {
		snprintf(x->code[x->n], sizeof(x->code[0]), "%s", cJSON_IsString(c) ? c->valuestring : "");
		x->s[x->n] = *s;
		x->s[x->n].pad = NULL;
	}
	x->n++;
	assert_true(s->pad[0] == 'M');
	assert_non_null(strstr(s->pad, "Z"));
}

static void test_geojson_degrees(void **state)
{
	(void)state;
	const char *text =
		"{\"type\":\"FeatureCollection\",\"features\":["
		"{\"type\":\"Feature\",\"properties\":{\"code\":\"A\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
		"[[[5.0,52.0],[5.1,52.0],[5.1,52.1],[5.0,52.1],[5.0,52.0]]]}},"
		"{\"type\":\"Feature\",\"properties\":{\"code\":\"B\"},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":"
		"[[[[5.1,52.0],[5.2,52.0],[5.2,52.1],[5.1,52.0]]],[[[5.15,52.15],[5.16,52.15],[5.16,52.16],[5.15,52.15]]]]}},"
		"{\"type\":\"Feature\",\"properties\":null,\"geometry\":{\"type\":\"Point\",\"coordinates\":[5,52]}}]}";
	cJSON *j = cJSON_Parse(text);
	struct seen x = { 0 };
	const char *err;
	assert_int_equal(geo_project(j, on_shape, &x, &err), 2);
	assert_int_equal(x.n, 2);
	assert_string_equal(x.code[0], "A");
	/* The whole collection is GEO_MAP_WIDTH wide; north is up (smaller y). */
	assert_true(fabs(x.s[0].minx - 0) < 0.01);
	assert_true(fabs(x.s[1].maxx - GEO_MAP_WIDTH) < 0.01);
	assert_true(x.s[1].miny < x.s[0].miny);
	/* Equirectangular at 52°: a degree north is about 1.6 times a degree east. */
	double w = x.s[0].maxx - x.s[0].minx, h = x.s[0].maxy - x.s[0].miny;
	assert_true(h / w > 1.55 && h / w < 1.7);
	assert_true(x.s[0].labelx > x.s[0].minx && x.s[0].labelx < x.s[0].maxx);
	cJSON_Delete(j);
}

static void test_geojson_rd_metres_and_refusals(void **state)
{
	(void)state;
	const char *rd = "{\"type\":\"Feature\",\"properties\":{\"code\":\"R\"},\"geometry\":{\"type\":\"Polygon\","
			 "\"coordinates\":[[[120000,480000],[121000,480000],[121000,482000],[120000,482000],[120000,480000]]]}}";
	cJSON *j = cJSON_Parse(rd);
	struct seen x = { 0 };
	const char *err;
	assert_int_equal(geo_project(j, on_shape, &x, &err), 1);
	/* Metres stay square: 1 km wide, 2 km high. */
	assert_true(fabs((x.s[0].maxy - x.s[0].miny) / (x.s[0].maxx - x.s[0].minx) - 2.0) < 0.01);
	cJSON_Delete(j);

	static const char *const bad[] = {
		"[]",
		"{\"type\":\"Topology\"}",
		"{\"type\":\"FeatureCollection\"}",
		"{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}]}",
		"{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[\"a\",1],[2,2],[3,1]]]}}]}",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		j = cJSON_Parse(bad[i]);
		x.n = 0;
		err = NULL;
		assert_int_equal(geo_project(j, on_shape, &x, &err), -1);
		assert_non_null(err);
		assert_int_equal(x.n, 0);
		cJSON_Delete(j);
	}
}

static void test_map_template(void **state)
{
	(void)state;
	struct svg_map_area a[2] = {
		{ .shape = { "M 0 0 L 10 0 L 10 10 Z", 0, 0, 10, 10, 5, 5 }, .heat = 5, .naam = "Noord <x>",
		  .waarde = "12", .titel = "Noord: 12", .href = "/meldingen?wijk=WK1&van=2026-01-01", .label = 1 },
		{ .shape = { "M 10 0 L 20 0 L 20 10 Z", 10, 0, 20, 10, 15, 5 }, .heat = 0, .naam = "Oost",
		  .waarde = "0", .titel = "Oost: 0", .href = NULL, .label = 0 },
	};
	struct tpl_dict *d = tpl_dict_new();
	struct buf out = BUF_INIT;
	svg_map(d, "m", "Kaart", "Uitleg", a, 2);
	assert_int_equal(tpl_expand("dashboard_map.tpl", d, &out), 0);
	assert_non_null(strstr(out.buf, "viewBox=\"-0.6 -0.6 21.2 11.2\""));
	assert_non_null(strstr(out.buf, "fill=\"#00443c\""));
	assert_non_null(strstr(out.buf, "Noord &lt;x&gt;"));
	assert_non_null(strstr(out.buf, "href=\"/meldingen?wijk=WK1&amp;van=2026-01-01\""));
	assert_non_null(strstr(out.buf, "role=\"img\""));
	tpl_dict_free(d);
	buf_release(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nice_axis),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_line_chart),
		cmocka_unit_test(test_bar_chart),
		cmocka_unit_test(test_geojson_degrees),
		cmocka_unit_test(test_geojson_rd_metres_and_refusals),
		cmocka_unit_test(test_map_template),
	};
	return cmocka_run_group_tests_name("svg", tests, setup, teardown);
}
