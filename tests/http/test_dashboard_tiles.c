/*
 * test_dashboard_tiles.c - every dossier and referral figure of /dashboard
 * opens a list whose total is that figure (issue 16, point 8), as
 * test_kpi.c checks the melding figures; and for a user bound to wijken
 * the list behind each figure holds exactly what the figure counts, also
 * when they took in a melding or are in the team of a dossier outside
 * their wijken (point 10), while their own lists still show those.
 *
 * The clock is pinned (LEEFBAAR_NOW, Monday 1 February 2027) and the
 * dossiers and referrals are written straight into the database with the
 * moments that matter, so the figures are the same on every day:
 *
 *   D1  Centrum  adres A  geopend 2026-10-05, open; vervuild sinds 2026-10-10
 *   D2  Centrum  adres A  geopend 2026-09-01, vervuild 2026-09-05; gesloten 2026-11-03 met ontruiming
 *   D3  Centrum  adres C  geopend 2026-06-01, gesloten 2026-06-20 met ontruiming (before the period)
 *   D4  Oost     adres B  geopend 2026-10-20, gesloten 2026-12-20 (opgelost); sociaal@ is teamlid
 *   D5  Centrum  adres C  geopend 2026-11-10, gevoelig, open
 *   D6  Oost     adres B  geopend 2026-12-10, gevoelig, open; eigenaar sociaal@
 *   D7  Centrum  adres A  geopend 2026-12-20, open (after the peildatum 2026-12-15)
 *   D8  Noord    adres N  geopend 2027-01-10, open (after the period)
 *
 *   R1 D1 2026-10-12, R2 D1 2026-11-20 (beantwoord), R3 D4 2026-11-01 (afgesloten),
 *   R4 D5 2026-12-01, R5 D2 2026-08-01 (before the period), R6 D6 2026-12-12
 *
 * Period 2026-10-01 .. 2026-12-31, peildatum 2026-12-15. The coördinator:
 * geopend 4 (D1 D4 D5 D6), open 4 (D1 D4 D5 D6), vervuilde woningen 1
 * (adres A, D1 and D2), uitzettingen 1 (D2; D3 closed before), 5
 * doorverwijzingen (R1 R2 R3 R4 R6) from 4 dossiers. sociaal@ (Centrum,
 * Noord) counts neither D4 nor D6: geopend 2, open 2, 3 referrals from 2.
 */
#include "accounts.h"
#include "harness.h"

#include "domain/amsterdam.h"
#include "domain/days.h"
#include "lib/buf.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Monday 1 February 2027, 09:00 in Amsterdam. */
#define PINNED "2027-02-01T09:00:00+01:00"
#define PERIOD "periode=eigen&van=2026-10-01&tot=2026-12-31"

#define COORDINATOR "coordinator@voorbeeld.example"
#define SOCIAAL "sociaal@voorbeeld.example"
#define WIJKBEHEER "wijkbeheer@voorbeeld.example"
#define ONDERSTEUNER "ondersteuner@voorbeeld.example"

static int64_t at(const char *day, int hour)
{
	int32_t dn = 0;
	if (days_parse(day, &dn) < 0)
		fail_msg("bad day %s", day);
	return amsterdam_day_start(dn) + hour * 3600;
}

static long long user_id(struct server *s, const char *email)
{
	return test_sql_int(s, "SELECT id FROM user WHERE email = '%s'", email);
}

/* One dossier as the store writes it; closed with uitkomst when gesloten is not NULL. */
static long long dossier(struct server *s, int nr, const char *wijk, const char *adres, const char *geopend,
			 const char *gesloten, const char *uitkomst, const char *vervuild, int gevoelig, long long owner)
{
	char closed[80] = "NULL, NULL, 'open'";
	char dirty[80] = "0, NULL";
	if (gesloten)
		snprintf(closed, sizeof(closed), "%lld, '%s', 'gesloten'", (long long)at(gesloten, 10), uitkomst);
	if (vervuild) {
		int32_t dn = 0;
		assert_int_equal(days_parse(vervuild, &dn), 0);
		snprintf(dirty, sizeof(dirty), "1, %d", (int)dn);
	}
	test_sql(s,
		 "INSERT INTO dossier(referentie, jaar, volgnummer, address_id, buurt_id, wijk_id, onderwerp_tekst,"
		 " pijler, owner_id, geopend_op, gesloten_op, uitkomst, status, vervuild, vervuild_dag, gevoelig, created_by)"
		 " SELECT 'D-2026-%05d', 2026, %d, a.id, a.buurt_id, (SELECT id FROM area WHERE code = '%s'),"
		 " 'Tegelstraat %d', 'samen_wonen', %lld, %lld, %s, %s, %d, %lld"
		 " FROM address a WHERE a.postcode = '%s'",
		 900 + nr, 900 + nr, wijk, nr, owner, (long long)at(geopend, 9), closed, dirty, gevoelig, owner, adres);
	return test_sql_int(s, "SELECT id FROM dossier WHERE referentie = 'D-2026-%05d'", 900 + nr);
}

static void referral(struct server *s, int nr, long long dossier_id, const char *verstuurd, const char *status,
		     long long by)
{
	int64_t op = at(verstuurd, 11);
	char by_text[24];
	snprintf(by_text, sizeof(by_text), "%lld", by);
	test_sql(s,
		 "INSERT INTO referral(dossier_id, partner_id, status, reden, vraag, gedeelde_informatie, verstuurd_op,"
		 " termijn_werkdagen, antwoord_dag, created_by, beantwoord_op, afgesloten_op, afgesloten_door,"
		 " jaar, volgnummer, referentie)"
		 " VALUES (%lld, (SELECT min(id) FROM partner), '%s', 'Reden.', 'Vraag.', 'Gedeeld.', %lld, 10, %d, %lld,"
		 " %s, %s, %s, 2026, %d, 'R-2026-%05d')",
		 dossier_id, status, (long long)op, (int)amsterdam_day(op) + 14, by,
		 strcmp(status, "verstuurd") ? "1790000000" : "NULL",
		 strcmp(status, "afgesloten") ? "NULL" : "1790000000",
		 strcmp(status, "afgesloten") ? "NULL" : by_text,
		 900 + nr, 900 + nr);
}

/* A melding taken in by whoever token belongs to, received on day at 10:00. */
static void melding(struct server *s, const char *token, const char *adres, const char *day)
{
	char body[400];
	int32_t dn = 0;
	struct client *c = client_new(s);

	assert_int_equal(days_parse(day, &dn), 0);
	snprintf(body, sizeof(body),
		 "{\"omschrijving\": \"Testmelding voor de tegels.\", \"categorie\": \"geluid\", %s,"
		 " \"anoniem\": true, \"ontvangen_op\": \"%s\"}", adres, amsterdam_moment(dn, 10));
	free(api_melding(c, token, body));
	client_free(c);
}

static void build(struct server *s)
{
	if (!server_once(s, "tiles fixtures"))
		return;
	seed_organisation(s);
	demo_homes(s);
	test_sql(s, "INSERT INTO address(postcode, huisnummer, toevoeging, straat, woonplaats, buurt_id) VALUES"
		    " ('9001 AA', 1, '', 'Tegelstraat', 'Voorbeeldstad', (SELECT id FROM area WHERE code = 'BU99990101')),"
		    " ('9001 CC', 3, '', 'Tegelstraat', 'Voorbeeldstad', (SELECT id FROM area WHERE code = 'BU99990101')),"
		    " ('9003 BB', 5, '', 'Tegelstraat', 'Voorbeeldstad', (SELECT id FROM area WHERE code = 'BU99990301')),"
		    " ('9002 NN', 7, '', 'Tegelstraat', 'Voorbeeldstad', (SELECT id FROM area WHERE code = 'BU99990201'))");
	long long co = user_id(s, COORDINATOR), so = user_id(s, SOCIAAL);
	long long d1 = dossier(s, 1, "WK999901", "9001 AA", "2026-10-05", NULL, NULL, "2026-10-10", 0, co);
	long long d2 = dossier(s, 2, "WK999901", "9001 AA", "2026-09-01", "2026-11-03", "ontruiming", "2026-09-05", 0, co);
	dossier(s, 3, "WK999901", "9001 CC", "2026-06-01", "2026-06-20", "ontruiming", NULL, 0, co);
	long long d4 = dossier(s, 4, "WK999903", "9003 BB", "2026-10-20", "2026-12-20", "opgelost", NULL, 0, co);
	long long d5 = dossier(s, 5, "WK999901", "9001 CC", "2026-11-10", NULL, NULL, NULL, 1, co);
	long long d6 = dossier(s, 6, "WK999903", "9003 BB", "2026-12-10", NULL, NULL, NULL, 1, so);
	dossier(s, 7, "WK999901", "9001 AA", "2026-12-20", NULL, NULL, NULL, 0, co);
	dossier(s, 8, "WK999902", "9002 NN", "2027-01-10", NULL, NULL, NULL, 0, co);
	test_sql(s, "INSERT INTO dossier_member(dossier_id, user_id, toegevoegd_op) VALUES (%lld, %lld, %lld)", d4, so,
		 (long long)at("2026-10-21", 9));
	referral(s, 1, d1, "2026-10-12", "verstuurd", co);
	referral(s, 2, d1, "2026-11-20", "beantwoord", co);
	referral(s, 3, d4, "2026-11-01", "afgesloten", co);
	referral(s, 4, d5, "2026-12-01", "verstuurd", co);
	referral(s, 5, d2, "2026-08-01", "verstuurd", co);
	referral(s, 6, d6, "2026-12-12", "verstuurd", so);

	/* sociaal@ (Centrum, Noord) takes in one melding in Centrum and one in Oost. */
	char *token = account_token(s, SOCIAAL);
	melding(s, token, "\"postcode\": \"1011 AA\", \"huisnummer\": 1", "2026-11-02");
	melding(s, token, "\"postcode\": \"1091 AA\", \"huisnummer\": 5", "2026-11-03");
	free(token);
}

/* ---- reading pages ---- */

/* The integer right after needle in body, dots as thousands; -1 if absent. */
static long long int_after(const char *body, const char *needle)
{
	const char *p = strstr(body, needle);
	long long n = 0;
	if (!p)
		return -1;
	p += strlen(needle);
	if (*p < '0' || *p > '9')
		return -1;
	for (; (*p >= '0' && *p <= '9') || (*p == '.' && p[1] >= '0' && p[1] <= '9'); p++)
		if (*p != '.')
			n = n * 10 + (*p - '0');
	return n;
}

/* href as in the page (entities) to a path. Caller frees. */
static char *unescape(const char *href, size_t len)
{
	struct buf path = BUF_INIT;
	for (size_t i = 0; i < len; i++) {
		buf_addch(&path, href[i]);
		if (href[i] == '&' && !strncmp(href + i + 1, "amp;", 4))
			i += 4;
	}
	return buf_detach(&path, NULL);
}

/*
 * The total of the list at path (dossiers, doorverwijzingen or
 * meldingen), read from the page; the page must also show the filters
 * the link set, so the user sees what the list holds.
 */
static long long list_total(struct client *c, const char *path)
{
	struct response *r = client_get(c, path);
	long long n;

	assert_status(r, 200);
	if (!strncmp(path, "/dossiers?", 10)) {
		n = int_after(r->body, "<p class=\"list-total\" id=\"lijst-totaal\">");
		if (n < 0) {
			assert_body_contains(r, "Geen dossiers gevonden");
			n = 0;
		}
		/* Each day filter of the link stands in the filter block. */
		static const char *const days[] = { "geopend_van", "open_op", "gesloten_van", "vervuild_van",
						    "doorverwezen_van" };
		for (size_t i = 0; i < ARRAY_SIZE(days); i++) {
			const char *p = strstr(path, days[i]);
			if (!p)
				continue;
			char want[120];
			snprintf(want, sizeof(want), "name=\"%s\" value=\"%.10s\"", days[i], p + strlen(days[i]) + 1);
			assert_body_contains(r, want);
		}
		if (strstr(path, "uitkomst=ontruiming"))
			assert_body_contains(r, "<option value=\"ontruiming\" selected>");
	} else if (!strncmp(path, "/doorverwijzingen?", 18)) {
		n = int_after(r->body, "<caption id=\"lijst-titel\" class=\"visually-hidden\">");
		if (n < 0) {
			assert_body_contains(r, "Geen doorverwijzingen gevonden");
			n = 0;
		}
		const char *p = strstr(path, "verstuurd_van=");
		if (p) {
			char want[120];
			snprintf(want, sizeof(want), "name=\"verstuurd_van\" value=\"%.10s\"", p + 14);
			assert_body_contains(r, want);
		}
	} else {
		assert_true(!strncmp(path, "/meldingen?", 11));
		n = int_after(r->body, "<caption id=\"lijst-titel\">");
		if (n < 0) {
			assert_body_contains(r, "Geen meldingen gevonden");
			n = 0;
		}
	}
	if (strstr(path, "bereik=wijken"))
		assert_body_contains(r, "value=\"wijken\" checked");
	response_free(r);
	return n;
}

/* The figures of one view, by label, as the page shows them (-1: not shown). */
struct figures {
	long long geopend, open, vervuild, uitzettingen, doorverwijzingen, doorverwezen, ontvangen;
};

/*
 * Follows every count on a tile of /dashboard?query, and every figure
 * beside one, and wants the list's total to be that figure; fills *out.
 * Returns how many dossier and referral figures were checked.
 */
static int tiles_match(struct client *c, const char *query, struct figures *out)
{
	char path[300];
	int checked = 0;
	static const struct {
		const char *label;
		size_t field;
	} names[] = {
		{ "Dossiers geopend", offsetof(struct figures, geopend) },
		{ "Dossiers open", offsetof(struct figures, open) },
		{ "Vervuilde woningen", offsetof(struct figures, vervuild) },
		{ "Uitzettingen", offsetof(struct figures, uitzettingen) },
		{ "Doorverwijzingen", offsetof(struct figures, doorverwijzingen) },
		{ "Meldingen ontvangen", offsetof(struct figures, ontvangen) },
	};

	memset(out, 0xff, sizeof(*out));   /* -1 each */
	snprintf(path, sizeof(path), "/dashboard?%s", query);
	struct response *r = client_get(c, path);
	assert_status(r, 200);
	for (const char *p = r->body; (p = strstr(p, "<li><a class=\"tile")); ) {
		const char *end = strstr(p, "</li>");
		assert_non_null(end);
		const char *h = strstr(p, "href=\"") + 6, *he = strchr(h, '"');
		const char *vs = strstr(p, "<span class=\"tile-value\">") + strlen("<span class=\"tile-value\">");
		long long v = int_after(p, "<span class=\"tile-value\">");
		int dossier_tile = !strncmp(h, "/dossiers?", 10) || !strncmp(h, "/doorverwijzingen?", 18);
		/* Counts, not percentages or werkdagen. */
		if (v >= 0 && vs[strspn(vs, "0123456789.")] == '<') {
			char *lp = unescape(h, (size_t)(he - h));
			long long n = list_total(c, lp);
			if (n != v)
				fail_msg("tile %s: list %lld, figure %lld", lp, n, v);
			for (size_t i = 0; i < ARRAY_SIZE(names); i++) {
				const char *l = strstr(p, names[i].label);
				if (l && l < end && !strncmp(l - strlen("<span class=\"tile-label\">"), "<span class=\"tile-label\">",
							   strlen("<span class=\"tile-label\">")))
					*(long long *)((char *)out + names[i].field) = v;
			}
			checked += dossier_tile;
			free(lp);
		}
		static const char sub[] = "<a class=\"tile-sub\" href=\"";
		for (const char *sp = p; (sp = strstr(sp, sub)) && sp < end; sp++) {
			const char *sh = sp + strlen(sub), *she = strchr(sh, '"');
			const char *text = she + 2, *te = strstr(text, "</a>");
			const char *digits = te;
			while (digits > text && ((digits[-1] >= '0' && digits[-1] <= '9') || digits[-1] == '.'))
				digits--;
			long long want = int_after(digits - 1, " ");
			char *lp = unescape(sh, (size_t)(she - sh));
			long long n = list_total(c, lp);
			if (n != want)
				fail_msg("figure %.*s (%s): list %lld", (int)(te - text), text, lp, n);
			if (!strncmp(lp, "/dossiers?", 10)) {
				out->doorverwezen = want;
				checked++;
			}
			free(lp);
		}
		p = end;
	}
	response_free(r);
	return checked;
}

/* ---- the tests ---- */

static void test_coordinator(void **state)
{
	struct server *s = *state;
	struct figures f;
	build(s);
	struct client *c = account_client(s, COORDINATOR, DEMO_PASSWORD);

	/* Five dossier and referral tiles and the dossiers beside the referrals. */
	assert_int_equal(tiles_match(c, PERIOD "&peildatum=2026-12-15", &f), 6);
	assert_int_equal(f.geopend, 4);
	assert_int_equal(f.open, 4);
	assert_int_equal(f.vervuild, 1);
	assert_int_equal(f.uitzettingen, 1);
	assert_int_equal(f.doorverwijzingen, 5);
	assert_int_equal(f.doorverwezen, 4);
	/* As of today: D7 opened within the period, D8 after it (open, not opened in it), D4 closed. */
	assert_int_equal(tiles_match(c, PERIOD, &f), 6);
	assert_int_equal(f.geopend, 5);
	assert_int_equal(f.open, 5);
	/* One wijk, and a whole year (D3's eviction in June counts there). */
	assert_int_equal(tiles_match(c, PERIOD "&peildatum=2026-12-15&wijk=WK999901", &f), 6);
	assert_int_equal(f.geopend, 2);
	assert_int_equal(f.doorverwijzingen, 3);
	assert_int_equal(tiles_match(c, "periode=jaar&datum=2026-06-15", &f), 6);
	assert_int_equal(f.uitzettingen, 2);
	assert_int_equal(f.doorverwijzingen, 6);
	client_free(c);
}

static void test_area_bound(void **state)
{
	struct server *s = *state;
	struct figures f;
	build(s);
	struct client *c = account_client(s, SOCIAAL, DEMO_PASSWORD);

	/*
	 * sociaal@ is in the team of D4 and owns D6, both in Oost, and took in
	 * a melding there: the figures leave all three out, and so do the lists
	 * behind them.
	 */
	assert_int_equal(tiles_match(c, PERIOD "&peildatum=2026-12-15", &f), 6);
	assert_int_equal(f.geopend, 2);
	assert_int_equal(f.open, 2);
	assert_int_equal(f.doorverwijzingen, 3);
	assert_int_equal(f.doorverwezen, 2);
	assert_int_equal(f.ontvangen, 1);
	assert_int_equal(tiles_match(c, PERIOD, &f), 6);
	assert_int_equal(tiles_match(c, PERIOD "&wijk=WK999902", &f), 6);
	assert_int_equal(f.geopend, 0);

	/* Their own lists still hold what they took in and their team's dossiers. */
	assert_int_equal(list_total(c, "/meldingen?status=alle&van=2026-10-01&tot=2026-12-31"), 2);
	assert_int_equal(list_total(c, "/meldingen?status=alle&van=2026-10-01&tot=2026-12-31&bereik=wijken"), 1);
	assert_int_equal(list_total(c, "/dossiers?status=alle&geopend_van=2026-10-01&geopend_tot=2026-12-15"), 4);
	assert_int_equal(list_total(c, "/dossiers?status=alle&geopend_van=2026-10-01&geopend_tot=2026-12-15&bereik=wijken"), 2);
	assert_int_equal(list_total(c, "/doorverwijzingen?status=alle&verstuurd_van=2026-10-01&verstuurd_tot=2026-12-15"), 5);
	client_free(c);

	/* The wijkbeheerder counts no gevoelig dossier and has no referral figure. */
	c = account_client(s, WIJKBEHEER, DEMO_PASSWORD);
	assert_int_equal(tiles_match(c, PERIOD "&peildatum=2026-12-15", &f), 4);
	assert_int_equal(f.geopend, 1);
	assert_int_equal(f.doorverwijzingen, -1);
	client_free(c);
	/* The ondersteuner sees every wijk, no gevoelig dossier. */
	c = account_client(s, ONDERSTEUNER, DEMO_PASSWORD);
	assert_int_equal(tiles_match(c, PERIOD "&peildatum=2026-12-15", &f), 6);
	assert_int_equal(f.geopend, 2);
	assert_int_equal(f.doorverwijzingen, 3);
	client_free(c);
}

static void test_lists_default_open(void **state)
{
	struct server *s = *state;
	build(s);
	struct client *c = account_client(s, COORDINATOR, DEMO_PASSWORD);

	/* Open work first: D1 D5 D6 D7 D8 are open; "alle" is one click away and shows all eight. */
	assert_int_equal(list_total(c, "/dossiers?"), 5);
	assert_int_equal(list_total(c, "/dossiers?status=alle"), 8);
	assert_int_equal(list_total(c, "/dossiers?status=gesloten"), 3);
	struct response *r = client_get(c, "/dossiers");
	assert_body_contains(r, "href=\"/dossiers?status=alle\"");
	assert_body_contains(r, "<option value=\"open\" selected>");
	assert_tidy(r);
	response_free(r);
	/*
	 * Open referrals: all but the closed R3, the answered R2 too (it waits
	 * to be read and closed); R1 R4 R5 R6 still wait for the partner; all
	 * six with alle.
	 */
	assert_int_equal(list_total(c, "/doorverwijzingen?"), 5);
	assert_int_equal(list_total(c, "/doorverwijzingen?status=open"), 5);
	assert_int_equal(list_total(c, "/doorverwijzingen?status=wacht"), 4);
	assert_int_equal(list_total(c, "/doorverwijzingen?status=alle"), 6);
	r = client_get(c, "/doorverwijzingen");
	assert_body_contains(r, "href=\"/doorverwijzingen?status=alle\"");
	assert_tidy(r);
	response_free(r);
	/* A day that cannot be read is said beside its field, the list unfiltered by it. */
	r = client_get(c, "/dossiers?geopend_van=2026-13-01");
	assert_status(r, 422);
	assert_body_contains(r, "Geef een datum als JJJJ-MM-DD.");
	assert_body_contains(r, "value=\"2026-13-01\"");
	assert_body_contains(r, "<details class=\"filters-more\" open>");
	response_free(r);
	client_free(c);
}

/*
 * The demo organisation's recent past (seed --demo, on a server of its
 * own): where "Uitzettingen 0" opened a list of one dossier and "Dossiers
 * geopend" the whole list, every tile now opens its own figure's list,
 * for the year, a month and one wijk, for each kind of user.
 */
static void test_demo(void **state)
{
	struct server *s = *state;
	const char *seed[] = { "seed", "--demo", "--config", s->config_path, NULL };
	static const char *const who[] = { COORDINATOR, SOCIAAL, WIJKBEHEER, ONDERSTEUNER };
	static const char *const views[] = { "periode=jaar", "periode=maand&datum=2026-12-10&peildatum=2026-12-10",
					     "periode=jaar&datum=2026-06-15&wijk=WK999901" };
	struct buf out = BUF_INIT;
	struct figures f;

	harness_cli_ok(s, seed, &out);
	buf_release(&out);
	for (size_t i = 0; i < ARRAY_SIZE(who); i++) {
		struct client *c = account_client(s, who[i], DEMO_PASSWORD);
		for (size_t k = 0; k < ARRAY_SIZE(views); k++) {
			/* The wijkbeheerder has no referral figure. */
			int want = !strcmp(who[i], WIJKBEHEER) ? 4 : 6;
			assert_int_equal(tiles_match(c, views[k], &f), want);
		}
		client_free(c);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_coordinator),
		cmocka_unit_test(test_area_bound),
		cmocka_unit_test(test_lists_default_open),
		HARNESS_FRESH_TEST(test_demo),
	};

	/* Before the server starts: it and every command the harness runs read the pinned day. */
	setenv("LEEFBAAR_NOW", PINNED, 1);
	return harness_run_suite("dashboard_tiles", tests, ARRAY_SIZE(tests), NULL);
}
