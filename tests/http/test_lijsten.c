/*
 * test_lijsten.c - the staff list of meldingen as a working day uses it
 * (issue 16 point 4): it opens on open work (status=open, everything not
 * afgesloten) with "alle" one click away and said in the URL; the
 * breadcrumb of a melding leads back to the list with its filters and
 * never to another site; saved views (save, open, delete, another user's
 * is a 404, a bad name keeps what was typed); and the filter panel folds
 * to a line that names the filters in effect.
 *
 * The suite makes two wijken, Noord and Zuid, with a register address
 * each, and takes its meldingen in as staff, relative to today (received
 * now, or 20 days ago: late on every day of the year).
 */
#include "accounts.h"
#include "harness.h"

#include "domain/amsterdam.h"
#include "store/melding_list.h"

#include <sqlite3.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define CO "co@lijst.example"
#define CO2 "co2@lijst.example"

/* The meldingen every test reads: open in Noord (late), open in Zuid, afgesloten in Noord. */
static long long open_noord, open_zuid, dicht_noord;

static void local_time(time_t t, char out[20])
{
	char iso[MOMENT_FORMAT_LEN];

	moment_format_amsterdam((int64_t)t, iso);
	snprintf(out, 20, "%.16s", iso);
}

/* Takes a melding in as staff c at postcode 1, received days_ago days ago; its id. */
static long long intake(struct client *c, int days_ago, const char *postcode)
{
	char *tok = account_csrf(c, "/meldingen/nieuw");
	char when[20];

	local_time(time(NULL) - (time_t)days_ago * 86400, when);
	const struct form_part parts[] = {
		FORM_FIELD("csrf_token", tok), FORM_FIELD("kanaal", "telefoon"), FORM_FIELD("ontvangen_op", when),
		FORM_FIELD("categorie", "stank"), FORM_FIELD("omschrijving", "Stank in het trappenhuis."),
		FORM_FIELD("postcode", postcode), FORM_FIELD("huisnummer", "1"), FORM_FIELD("anoniem", "0"),
		FORM_FIELD("melder_naam", "Piet Bel"), FORM_FIELD("melder_telefoon", "0612345678"), FORM_END,
	};
	struct response *r = client_post_multipart(c, "/meldingen", parts);
	long long id = assert_created(r, "/meldingen/");
	response_free(r);
	free(tok);
	return id;
}

static void fixture(struct server *s)
{
	if (!server_once(s, "fixture"))
		return;
	assert_int_equal(test_db_exec(s,
		"INSERT INTO area(code, naam, soort, parent_id, woningen) VALUES"
		" ('WK000001', 'Noord', 'wijk', NULL, 100), ('WK000002', 'Zuid', 'wijk', NULL, 100);"
		"INSERT INTO area(code, naam, soort, parent_id, woningen) VALUES"
		" ('BU00000101', 'Noord-1', 'buurt', (SELECT id FROM area WHERE code = 'WK000001'), 50),"
		" ('BU00000201', 'Zuid-1', 'buurt', (SELECT id FROM area WHERE code = 'WK000002'), 50);"
		"UPDATE area SET wijk_id = CASE soort WHEN 'wijk' THEN id ELSE parent_id END;"
		"INSERT INTO address(postcode, huisnummer, toevoeging, straat, woonplaats, buurt_id) VALUES"
		" ('1111 AA', 1, '', 'Noordstraat', 'Proefstad', (SELECT id FROM area WHERE code = 'BU00000101')),"
		" ('2222 BB', 1, '', 'Zuidstraat', 'Proefstad', (SELECT id FROM area WHERE code = 'BU00000201'));"),
		0);
	account_add(s, CO, "Carla Coördinator", "coordinator", NULL, NULL);
	account_add(s, CO2, "Cor Collega", "coordinator", NULL, NULL);

	struct client *c = account_client(s, CO, TEST_PASSWORD);
	open_noord = intake(c, 20, "1111 AA");
	open_zuid = intake(c, 0, "2222 BB");
	dicht_noord = intake(c, 0, "1111 AA");
	char page[64], path[80];
	snprintf(page, sizeof(page), "/meldingen/%lld", dicht_noord);
	snprintf(path, sizeof(path), "/meldingen/%lld/afsluiten", dicht_noord);
	struct response *r = account_post(c, page, path, NULL);
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding WHERE id = %lld AND status = 'afgesloten'",
				      dicht_noord), 1);
	client_free(c);
}

static struct client *staff(struct server *s, const char *email)
{
	fixture(s);
	return account_client(s, email, TEST_PASSWORD);
}

/* Whether the list at path has a row for melding id. */
static int shows(const struct response *r, long long id)
{
	char needle[64];

	snprintf(needle, sizeof(needle), "class=\"ref\" href=\"/meldingen/%lld\"", id);
	return mem_find(r->body, r->len, needle, 0) != NULL;
}

static struct response *get_ok(struct client *c, const char *path)
{
	struct response *r = client_get(c, path);

	assert_status(r, 200);
	return r;
}

/* ---- open work by default --------------------------------------------- */

/* The number after needle in r's body, or -1. */
static long long int_after(const char *body, const char *needle)
{
	const char *p = strstr(body, needle);
	return p ? strtoll(p + strlen(needle), NULL, 10) : -1;
}

/*
 * Follows every melding figure of the dashboard's tiles over the last 40
 * days and wants the list's total to be the figure: the lists behind the
 * figures count closed meldingen as the figures do. Returns how many
 * figures were checked and, in *closed_shown, whether a list showed the
 * afgesloten melding.
 */
static int tiles_match(struct client *c, int *closed_shown)
{
	int32_t today = amsterdam_day((int64_t)time(NULL));
	char path[200], needle[64];
	int checked = 0;

	snprintf(path, sizeof(path), "/dashboard?periode=eigen&van=%.10s", amsterdam_moment(today - 40, 12));
	snprintf(path + strlen(path), sizeof(path) - strlen(path), "&tot=%.10s", amsterdam_moment(today, 12));
	snprintf(needle, sizeof(needle), "class=\"ref\" href=\"/meldingen/%lld\"", dicht_noord);
	struct response *d = get_ok(c, path);
	for (const char *p = d->body; (p = strstr(p, "<a class=\"tile")); p++) {
		const char *h = strstr(p, "href=\"") + 6, *he = strchr(h, '"');
		const char *vs = strstr(p, "<span class=\"tile-value\">"), *end = strstr(p, "</a>");
		if (!vs || !end || vs > end || strncmp(h, "/meldingen?", 11))
			continue;
		vs += strlen("<span class=\"tile-value\">");
		if (strchr(vs, '<') != vs + strspn(vs, "0123456789") || vs[0] == '<')
			continue;
		char href[300];
		size_t n = 0;
		for (const char *x = h; x < he && n + 1 < sizeof(href); x++) {
			href[n++] = *x;
			if (*x == '&' && !strncmp(x + 1, "amp;", 4))
				x += 4;
		}
		href[n] = '\0';
		struct response *r = get_ok(c, href);
		long long total = int_after(r->body, "<caption id=\"lijst-titel\">");
		if (total < 0)
			total = 0;
		if (total != strtoll(vs, NULL, 10))
			fail_msg("tile %s: list %lld, figure %lld", href, total, strtoll(vs, NULL, 10));
		*closed_shown |= mem_find(r->body, r->len, needle, 0) != NULL;
		response_free(r);
		checked++;
	}
	response_free(d);
	return checked;
}

static void test_default_is_open_work(void **state)
{
	struct client *c = staff(*state, CO);

	/* No status: the open ones, "open" chosen in the form, and "alle" a link away. */
	struct response *r = get_ok(c, "/meldingen");
	assert_true(shows(r, open_noord));
	assert_true(shows(r, open_zuid));
	assert_false(shows(r, dicht_noord));
	assert_body_contains(r, "<option value=\"open\" selected>");
	assert_body_contains(r, "href=\"/meldingen?status=alle\"");
	assert_body_contains(r, "<caption id=\"lijst-titel\">2 meldingen</caption>");
	response_free(r);

	/*
	 * That total comes from the per-wijk tally of open meldingen (0032),
	 * which closing, reopening and moving to another wijk keep exact.
	 */
	static const char tally_off[] =
		"SELECT count(*) FROM (SELECT coalesce(wijk_id, 0) w, sum(status <> 'afgesloten') c FROM melding"
		" GROUP BY 1) x LEFT JOIN melding_telling t ON t.wijk_id = x.w WHERE t.n_open IS NOT x.c";
	assert_int_equal(test_sql_int(*state, tally_off), 0);
	test_sql(*state, "UPDATE melding SET status = 'afgesloten' WHERE id = %lld", open_noord);
	assert_int_equal(test_sql_int(*state, tally_off), 0);
	r = get_ok(c, "/meldingen");
	assert_body_contains(r, "<caption id=\"lijst-titel\">1 melding</caption>");
	response_free(r);
	test_sql(*state, "UPDATE melding SET status = 'in_behandeling', wijk_id = (SELECT id FROM area WHERE code = 'WK000002')"
		 " WHERE id = %lld", open_noord);
	assert_int_equal(test_sql_int(*state, tally_off), 0);
	r = get_ok(c, "/meldingen?wijk=WK000002");
	assert_body_contains(r, "<caption id=\"lijst-titel\">2 meldingen</caption>");
	response_free(r);
	test_sql(*state, "UPDATE melding SET wijk_id = (SELECT id FROM area WHERE code = 'WK000001') WHERE id = %lld",
		 open_noord);
	assert_int_equal(test_sql_int(*state, tally_off), 0);

	/* A search looks among the closed ones too: a meldnummer typed in is found whatever its status. */
	char *ref = test_sql_text(*state, "SELECT referentie FROM melding WHERE id = %lld", dicht_noord);
	char searched[80];
	snprintf(searched, sizeof(searched), "/meldingen?q=%s", ref);
	r = get_ok(c, searched);
	assert_true(shows(r, dicht_noord));
	assert_body_contains(r, "<option value=\"alle\" selected>");
	response_free(r);
	free(ref);

	/* status=alle: every status, and the form says so. */
	r = get_ok(c, "/meldingen?status=alle");
	assert_true(shows(r, open_noord));
	assert_true(shows(r, dicht_noord));
	assert_body_contains(r, "<option value=\"alle\" selected>");
	assert_body_contains(r, "<caption id=\"lijst-titel\">3 meldingen</caption>");
	response_free(r);

	/* status=open said in the URL is the same as the default; one status still works. */
	r = get_ok(c, "/meldingen?status=open&wijk=WK000001");
	assert_true(shows(r, open_noord));
	assert_false(shows(r, dicht_noord));
	response_free(r);
	r = get_ok(c, "/meldingen?status=afgesloten");
	assert_false(shows(r, open_noord));
	assert_true(shows(r, dicht_noord));
	response_free(r);

	/* Every melding figure of the dashboard opens a list of exactly that many, closed ones included. */
	int closed_shown = 0;
	assert_true(tiles_match(c, &closed_shown) > 0);
	assert_true(closed_shown);

	/*
	 * A dashboard figure's list (a peildatum, no status) counts every
	 * status, as the figure does, and its form shows "alle".
	 */
	char path[120];
	snprintf(path, sizeof(path), "/meldingen?peildatum=%.10s&wijk=WK000001",
		 amsterdam_moment(amsterdam_day((int64_t)time(NULL)), 12));
	r = get_ok(c, path);
	assert_true(shows(r, dicht_noord));
	assert_body_contains(r, "<option value=\"alle\" selected>");
	response_free(r);

	/* The JSON API keeps its default (every status) and understands status=open. */
	char *tok = account_token(*state, CO);
	r = client_api(c, "GET", "/api/v1/meldingen?status=open", tok, NULL, NULL);
	assert_status(r, 200);
	assert_null(strstr(r->body, "\"status\":\"afgesloten\""));
	response_free(r);
	r = client_api(c, "GET", "/api/v1/meldingen", tok, NULL, NULL);
	assert_status(r, 200);
	assert_non_null(strstr(r->body, "\"status\":\"afgesloten\""));
	response_free(r);
	free(tok);
	client_free(c);
}

/*
 * The default list stays a walk along the sort order: a few thousand open
 * ones (below the 20,000 where the store names the index itself) are not
 * sorted out of the partial index first (12,000 open of 200,000: 46 ms of
 * CPU instead of 1 ms), and the total comes from the tally.
 */
static void test_open_list_plan(void **state)
{
	struct server *s = *state;
	static const int64_t noord[] = { 1 };
	struct melding_filter f;
	sqlite3 *db;

	fixture(s);
	assert_int_equal(sqlite3_open_v2(s->db_path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	/* Both people, newest and oldest first: the walk along the open meldingen alone (migration 0032). */
	for (int run = 0; run < 4; run++) {
		int who = run % 2;
		struct buf sql[2] = { BUF_INIT, BUF_INIT }, plan = BUF_INIT;
		melding_filter_clear(&f);
		f.status = MELDING_STATUS_OPEN;
		f.sort = run < 2 ? MSORT_ONTVANGEN_DESC : MSORT_ONTVANGEN_ASC;
		f.today = amsterdam_day((int64_t)time(NULL));
		f.viewer_id = 1;
		f.viewer_all_areas = who == 0;
		f.viewer_areas = who ? noord : NULL;
		f.n_viewer_areas = who;
		assert_int_equal(melding_list_sql(&f, 5000, sql), 2);
		test_query_plan(db, sql[0].buf, &plan);
		/* The total from the tally of open meldingen per wijk (0032), not a count of every open one. */
		if (!strstr(plan.buf, "melding_telling"))
			fail_msg("count of open work (%s): not from the tally in\n%s", who ? "wijk" : "all", plan.buf);
		buf_reset(&plan);
		/* With the page's LIMIT as the server binds it: the planner weighs a known limit. */
		const char *lim = strstr(sql[1].buf, "LIMIT ? OFFSET ?");
		assert_non_null(lim);
		struct buf page = BUF_INIT;
		buf_add(&page, sql[1].buf, (size_t)(lim - sql[1].buf));
		buf_addstr(&page, "LIMIT 50 OFFSET 0");
		buf_addstr(&page, lim + strlen("LIMIT ? OFFSET ?"));
		test_query_plan(db, page.buf, &plan);
		buf_release(&page);
		if (!strstr(plan.buf, "SCAN m USING INDEX melding_open_lijst") || strstr(plan.buf, "TEMP B-TREE"))
			fail_msg("page of open work (%s, %s): not a walk along the open ones in\n%s", who ? "wijk" : "all",
				 run < 2 ? "newest" : "oldest", plan.buf);
		buf_release(&sql[0]);
		buf_release(&sql[1]);
		buf_release(&plan);
	}
	sqlite3_close(db);
}

/* ---- the way back ------------------------------------------------------ */

/* The href of the breadcrumb's "Meldingen" on the melding page at path; caller frees. */
static char *crumb(struct client *c, const char *path)
{
	struct response *r = get_ok(c, path);
	const char *nav = strstr(r->body, "<nav class=\"breadcrumbs\"");
	assert_non_null(nav);
	const char *h = strstr(nav, "href=\"");
	assert_non_null(h);
	h += 6;
	char *out = strndup(h, strcspn(h, "\""));
	response_free(r);
	return out;
}

static void test_breadcrumb_keeps_filters(void **state)
{
	struct client *c = staff(*state, CO);
	char page[64], *href;

	snprintf(page, sizeof(page), "/meldingen/%lld", open_noord);

	/* Opened from a filtered list: the breadcrumb leads back to it, status said. */
	struct response *r = get_ok(c, "/meldingen?wijk=WK000001&te_laat=beide");
	assert_true(shows(r, open_noord));
	response_free(r);
	href = crumb(c, page);
	assert_string_equal(href, "/meldingen?status=open&amp;wijk=WK000001&amp;te_laat=beide");
	free(href);

	/* It holds across an action on the melding (POST, then back to the page). */
	char path[80];
	snprintf(path, sizeof(path), "/meldingen/%lld/notitie", open_noord);
	r = account_post(c, page, path, (const char *const[]){ "tekst", "Gebeld, niemand thuis.", NULL });
	assert_status(r, 303);
	response_free(r);
	href = crumb(c, page);
	assert_string_equal(href, "/meldingen?status=open&amp;wijk=WK000001&amp;te_laat=beide");
	free(href);

	/* The page of a list is kept too; another list replaces the way back. */
	r = get_ok(c, "/meldingen?status=alle&q=stank");
	response_free(r);
	href = crumb(c, page);
	assert_string_equal(href, "/meldingen?q=stank&amp;status=alle");
	free(href);

	/*
	 * The way back is kept in a cookie; one that was tampered with (a URL
	 * of another site, another path, markup) gives the plain list. Sent by
	 * hand, beside the session, from a client without cookies of its own.
	 */
	char *sessie = client_cookie(c, "leefbaar_sessie");
	assert_non_null(sessie);
	static const char *const foreign[] = {
		"https://evil.example/", "//evil.example/meldingen", "/logout", "a=%22%3E%3Cscript%3E\"",
		"javascript:alert(1)", "x=1<b>", "q=a b",
	};
	for (size_t i = 0; i < ARRAY_SIZE(foreign) + 1; i++) {
		char cookie[300];
		snprintf(cookie, sizeof(cookie), "Cookie: leefbaar_sessie=%s; meldingen_lijst=%s", sessie,
			 i < ARRAY_SIZE(foreign) ? foreign[i] : "status=afgesloten&wijk=WK000002");
		struct client *hand = client_new(*state);
		r = client_request(hand, "GET", page, NULL, NULL, 0, (const char *const[]){ cookie, NULL });
		assert_status(r, 200);
		const char *h = strstr(strstr(r->body, "<nav class=\"breadcrumbs\""), "href=\"") + 6;
		const char *want = i < ARRAY_SIZE(foreign) ? "/meldingen\"" : "/meldingen?status=afgesloten&amp;wijk=WK000002\"";
		if (strncmp(h, want, strlen(want)))
			fail_msg("cookie %s gave the breadcrumb %.80s", cookie + 8, h);
		response_free(r);
		client_free(hand);
	}
	free(sessie);

	/* Logging out forgets the last list: its search may name a person, and the browser may be shared. */
	char *kept = client_cookie(c, "meldingen_lijst");
	assert_non_null(kept);
	free(kept);
	char *tok = account_csrf(c, NULL);
	r = client_post_form(c, "/logout", (const char *const[]){ "csrf_token", tok, NULL });
	assert_status(r, 303);
	int cleared = 0;
	for (size_t i = 0; response_header_nth(r, "Set-Cookie", i); i++)
		cleared |= !strncmp(response_header_nth(r, "Set-Cookie", i), "meldingen_lijst=;", 17);
	assert_true(cleared);
	response_free(r);
	free(tok);
	client_free(c);
}

/* ---- saved views ------------------------------------------------------- */

static long long views_of(struct server *s, const char *email)
{
	return test_sql_int(s, "SELECT count(*) FROM weergave WHERE user_id = %lld", test_user_id(s, email));
}

/* POSTs naam to save the filters of query (with the session's CSRF token). */
static struct response *save(struct client *c, const char *query, const char *naam)
{
	char path[300];

	snprintf(path, sizeof(path), "/meldingen/weergaven?%s", query);
	return account_post(c, "/meldingen", path, (const char *const[]){ "naam", naam, NULL });
}

static void test_saved_views(void **state)
{
	struct server *s = *state;
	struct client *c = staff(s, CO);
	struct client *other = staff(s, CO2);
	char path[120];
	long long mine = views_of(s, CO), theirs = views_of(s, CO2);

	/* Saved: back to the list it keeps, with the status said, and a row for the user. */
	struct response *r = save(c, "wijk=WK000001&te_laat=beide", "te laat in Noord");
	assert_redirect(r, "/meldingen?status=open&wijk=WK000001&te_laat=beide");
	response_free(r);
	long long id = test_sql_int(s, "SELECT id FROM weergave WHERE naam = 'te laat in Noord' AND user_id = %lld",
				    test_user_id(s, CO));
	char *q = test_sql_text(s, "SELECT pad || '?' || query FROM weergave WHERE id = %lld", id);
	assert_string_equal(q, "/meldingen?status=open&wijk=WK000001&te_laat=beide");
	free(q);

	/* Shown above the list as a link, marked where it is the list shown. */
	char link[120];
	snprintf(link, sizeof(link), "href=\"/meldingen/weergave?id=%lld\" aria-current=\"page\">te laat in Noord</a>",
		 id);
	r = get_ok(c, "/meldingen?status=open&wijk=WK000001&te_laat=beide");
	assert_body_contains(r, link);
	assert_tidy(r);
	response_free(r);
	r = get_ok(c, "/meldingen");
	snprintf(link, sizeof(link), "href=\"/meldingen/weergave?id=%lld\">te laat in Noord</a>", id);
	assert_body_contains(r, link);
	response_free(r);

	/* Opened: its list. */
	snprintf(path, sizeof(path), "/meldingen/weergave?id=%lld", id);
	r = client_get(c, path);
	assert_redirect(r, "/meldingen?status=open&wijk=WK000001&te_laat=beide");
	response_free(r);

	/* Another user neither sees, opens nor deletes it. */
	r = get_ok(other, "/meldingen");
	assert_null(strstr(r->body, ">te laat in Noord</a>"));
	response_free(r);
	r = client_get(other, path);
	assert_status(r, 404);
	response_free(r);
	char idtext[24];
	snprintf(idtext, sizeof(idtext), "%lld", id);
	r = account_post(other, "/meldingen", "/meldingen/weergave/verwijderen", (const char *const[]){ "id", idtext, NULL });
	assert_status(r, 404);
	response_free(r);
	assert_int_equal(views_of(s, CO), mine + 1);
	/* ... and may use the same name for a view of their own. */
	r = save(other, "status=alle", "te laat in Noord");
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(views_of(s, CO2), theirs + 1);

	/* Without the CSRF token nothing is kept. */
	r = client_post_form(c, "/meldingen/weergaven?wijk=WK000002", (const char *const[]){ "naam", "zonder", NULL });
	assert_status(r, 403);
	response_free(r);
	assert_int_equal(views_of(s, CO), mine + 1);

	/* Deleted by its owner: gone from the table and the list. */
	r = account_post(c, "/meldingen", "/meldingen/weergave/verwijderen", (const char *const[]){ "id", idtext, NULL });
	assert_redirect(r, "/meldingen");
	response_free(r);
	assert_int_equal(views_of(s, CO), mine);
	r = get_ok(c, "/meldingen");
	assert_null(strstr(r->body, ">te laat in Noord</a>"));
	response_free(r);
	assert_int_equal(views_of(s, CO2), theirs + 1);
	client_free(other);
	client_free(c);
}

static void test_saved_view_errors_keep_input(void **state)
{
	struct server *s = *state;
	struct client *c = staff(s, CO);
	long long before = views_of(s, CO);

	/* Empty (spaces only): said beside the field, the list still there with its filters. */
	struct response *r = save(c, "wijk=WK000002", "   ");
	assert_status(r, 422);
	assert_body_contains(r, "Geef de weergave een naam.");
	assert_body_contains(r, "<details class=\"view-save\" open>");
	assert_true(shows(r, open_zuid));
	assert_false(shows(r, open_noord));
	response_free(r);

	/* Too long: 61 characters (é counts as one), kept as typed; 60 is fine. */
	char naam[128] = "é";
	while (strlen(naam) < 62)
		strcat(naam, "x");
	r = save(c, "wijk=WK000002", naam);
	assert_status(r, 422);
	assert_body_contains(r, "De naam is te lang");
	char kept[160];
	snprintf(kept, sizeof(kept), "value=\"%s\"", naam);
	assert_body_contains(r, kept);
	response_free(r);
	assert_int_equal(views_of(s, CO), before);
	naam[strlen(naam) - 1] = '\0';
	r = save(c, "wijk=WK000002", naam);
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(views_of(s, CO), before + 1);

	/* A name the user has already (in any case): refused, input kept, nothing added. */
	r = save(c, "wijk=WK000002", "Mijn open meldingen");
	assert_status(r, 303);
	response_free(r);
	static const char noord[] = "SELECT count(*) FROM weergave WHERE query LIKE '%%WK000001%%' AND user_id = %lld";
	long long in_noord = test_sql_int(s, noord, test_user_id(s, CO));
	r = save(c, "wijk=WK000001", "mijn OPEN meldingen");
	assert_status(r, 422);
	assert_body_contains(r, "U heeft al een weergave met deze naam.");
	assert_body_contains(r, "value=\"mijn OPEN meldingen\"");
	assert_tidy(r);
	response_free(r);
	assert_int_equal(views_of(s, CO), before + 2);
	assert_int_equal(test_sql_int(s, noord, test_user_id(s, CO)), in_noord);

	/* An odd id to open or delete: not a 500. */
	r = client_get(c, "/meldingen/weergave?id=999999");
	assert_status(r, 404);
	response_free(r);
	r = client_get(c, "/meldingen/weergave");
	assert_status(r, 400);
	response_free(r);
	client_free(c);
}

/* ---- the filter panel folds to a line ---------------------------------- */

/* The text of the filter panel's <summary>, tags left out; caller frees. */
static char *summary_text(const struct response *r, int *open)
{
	const char *p = strstr(r->body, "<details class=\"filter-panel\"");
	assert_non_null(p);
	*open = !strncmp(p + strlen("<details class=\"filter-panel\""), " open>", 6);
	const char *s = strstr(p, "<summary>"), *e = strstr(p, "</summary>");
	assert_non_null(s);
	assert_non_null(e);
	char *out = calloc(1, (size_t)(e - s) + 1);
	size_t n = 0;
	int tag = 0;
	for (const char *x = s + 9; x < e; x++) {
		if (*x == '<')
			tag = 1;
		else if (*x == '>')
			tag = 0;
		else if (!tag)
			out[n++] = *x;
	}
	return out;
}

static void test_filter_summary(void **state)
{
	struct client *c = staff(*state, CO);
	int open;
	char *t;

	/* Filters applied: folded to the line that names them, in the form's order (a search: every status). */
	struct response *r = get_ok(c, "/meldingen?wijk=WK000001&te_laat=beide&q=stank");
	t = summary_text(r, &open);
	assert_string_equal(t, "Filters: zoeken: “stank” · alle statussen · Noord · te laat — wijzigen");
	assert_false(open);
	free(t);
	response_free(r);
	r = get_ok(c, "/meldingen?status=open&wijk=WK000001&te_laat=beide&q=stank");
	t = summary_text(r, &open);
	assert_string_equal(t, "Filters: zoeken: “stank” · open · Noord · te laat — wijzigen");
	assert_false(open);
	free(t);
	response_free(r);

	/* The default (open work) is a filter too, and says so. */
	r = get_ok(c, "/meldingen");
	t = summary_text(r, &open);
	assert_string_equal(t, "Filters: open — wijzigen");
	assert_false(open);
	free(t);
	response_free(r);

	/* Nothing narrows the list: open. */
	r = get_ok(c, "/meldingen?status=alle");
	t = summary_text(r, &open);
	assert_string_equal(t, "Filters: alle statussen — wijzigen");
	assert_true(open);
	free(t);
	response_free(r);

	/* A filter with an error: open, the message beside it. */
	r = get_ok(c, "/meldingen?wijk=WK999999&behandelaar=geen");
	t = summary_text(r, &open);
	assert_true(open);
	assert_string_equal(t, "Filters: open · zonder behandelaar — wijzigen");
	assert_body_contains(r, "Kies een wijk uit de lijst.");
	free(t);
	response_free(r);
	client_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_default_is_open_work),
		cmocka_unit_test(test_open_list_plan),
		cmocka_unit_test(test_breadcrumb_keeps_filters),
		cmocka_unit_test(test_saved_views),
		cmocka_unit_test(test_saved_view_errors_keep_input),
		cmocka_unit_test(test_filter_summary),
	};

	return harness_run_suite("lijsten", tests, ARRAY_SIZE(tests), NULL);
}
