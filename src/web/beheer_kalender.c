/*
 * beheer_kalender.c - /beheer/sluitingsdagen: list, add and remove the
 * corporation's closing days, with the national feestdagen beside them
 * for reference (see beheer_kalender.h).
 *
 * The feestdagen are computed (domain/werkdagen.c), never stored: the page
 * only shows them, so a beheerder does not add a day that is already free.
 * Goede Vrijdag is the one day a corporation commonly adds; it moves with
 * Easter, so the page offers it as a one-click suggestion. The routes'
 * field specs are here too.
 */
#include "web/beheer_kalender.h"
#include "web/beheer.h"
#include "auth/csrf.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/calendar.h"
#include "domain/days.h"
#include "domain/validate.h"
#include "domain/werkdagen.h"
#include "http/http.h"
#include "render/form.h"
#include "render/page.h"
#include "render/tpl.h"
#include "store/calendar.h"
#include "lib/clock.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#define REDEN_MAX 100        /* bytes; closing_day.reden holds 119 */
#define YEARS_AHEAD 5        /* a closing day further away is a typing error */
#define PAST_SHOWN 50

static const char *const list_flash_codes[] = { "toegevoegd", "verwijderd", "werkdag", "vrij", NULL };
static const char *const list_flash_texts[] = {
	"De sluitingsdag is toegevoegd. Hij telt voor meldingen die vanaf nu binnenkomen.",
	"De sluitingsdag is weggehaald. Termijnen die al vastlagen, blijven zoals ze waren.",
	"De feestdag telt nu als werkdag, voor meldingen die vanaf nu binnenkomen.",
	"De feestdag is weer een vrije dag, voor meldingen die vanaf nu binnenkomen.",
};

const struct field_spec beheer_sluitingsdagen_fields[] = {
	BEHEER_FLASH_FIELD(list_flash_codes),
	FIELDS_END
};

/* The day as typed: 2026-12-28, or 28-12-2026 (parse_datum()), so text; check_datum() says what is wrong. */
const struct field_spec beheer_sluitingsdag_add_fields[] = {
	{ .name = "datum", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "reden", .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};

static int32_t today(void)
{
	return amsterdam_day(clock_now());
}

/* A red notice above the page: what was asked could not be done. */
static void flash_error(struct req *req, const char *text)
{
	struct tpl_dict *f = tpl_section(req->page, "FLASH");
	tpl_set(f, "FLASH_KIND", "fout");
	tpl_set(f, "FLASH_TEXT", text);
}

/* Sets DATUM (ISO, for datetime) and DAG ("maandag 28 december 2026"). */
static void set_day(struct tpl_dict *d, int32_t dn)
{
	char iso[DAYS_FORMAT_LEN], lang[CALENDAR_DAY_LEN];

	days_format(dn, iso);
	calendar_day_weekday(dn, lang);
	tpl_set(d, "DATUM", iso);
	tpl_set(d, "DAG", lang);
}

/* "2026-12-28", or "28-12-2026" as people type it where no date picker is. */
static int parse_datum(const char *s, int32_t *out)
{
	char iso[DAYS_FORMAT_LEN];

	if (days_parse(s, out) == 0)
		return 0;
	if (strlen(s) == 10 && s[2] == '-' && s[5] == '-') {
		snprintf(iso, sizeof(iso), "%.4s-%.2s-%.2s", s + 6, s + 3, s);
		return days_parse(iso, out);
	}
	return -1;
}

static int is_listed(const struct closing_day *days, int n, int32_t dn)
{
	for (int i = 0; i < n; i++)
		if (days[i].dag == dn)
			return 1;
	return 0;
}

/*
 * Renders the whole page. datum and reden refill the add form (after an
 * error); NULL leaves it empty. Returns the template dictionary, or NULL
 * when the database did not answer.
 */
/* Coming days, ascending: each with its own remove form. */
static void show_coming(struct req *req, struct tpl_dict *d, const struct closing_day *days, int n, int32_t now)
{
	struct tpl_dict *table = NULL;

	for (int i = 0; i < n; i++) {
		if (days[i].dag < now)
			continue;
		if (!table)
			table = tpl_section(d, "COMING");
		struct tpl_dict *r = tpl_section(table, "DAY");
		set_day(r, days[i].dag);
		tpl_set(r, "REDEN", days[i].reden);
		tpl_set(r, "CSRF_TOKEN", csrf_token(req));
	}
	if (!table)
		tpl_show(d, "NO_COMING");
}

/* Past days, newest first: shown, never removable. */
static void show_past(struct tpl_dict *d, const struct closing_day *days, int n, int32_t now)
{
	int past = 0, shown = 0;

	for (int i = 0; i < n; i++)
		past += days[i].dag < now;
	if (!past)
		return;
	struct tpl_dict *p = tpl_section(d, "PAST");
	for (int i = n - 1; i >= 0 && shown < PAST_SHOWN; i--) {
		if (days[i].dag >= now)
			continue;
		struct tpl_dict *r = tpl_section(p, "DAY");
		set_day(r, days[i].dag);
		tpl_set(r, "REDEN", days[i].reden);
		shown++;
	}
	if (past > shown)
		tpl_set_int(tpl_section(p, "MORE"), "COUNT", past - shown);
}

/* One click for Goede Vrijdag of this year (while it is still to come) and next. */
static void show_suggestions(struct req *req, struct tpl_dict *d, const struct closing_day *days, int n,
			     int32_t now, int y)
{
	for (int year = y; year <= y + 1; year++) {
		int32_t gv = werkdagen_easter(year) - 2;
		if (gv < now || is_listed(days, n, gv))
			continue;
		struct tpl_dict *s = tpl_section(d, "SUGGEST");
		set_day(s, gv);
		tpl_setf(s, "REDEN", "Goede Vrijdag %d", year);
		tpl_set(s, "CSRF_TOKEN", csrf_token(req));
	}
}

static int is_open(const int32_t *open, int n, int32_t dn)
{
	for (int i = 0; i < n; i++)
		if (open[i] == dn)
			return 1;
	return 0;
}

/*
 * The national feestdagen of this year and next: which the corporation
 * works on, and for one still to come on a weekday, the button that
 * changes it (its collective agreement may make a feestdag a werkdag).
 */
static void show_holidays(struct req *req, struct tpl_dict *d, int32_t now, int y, const int32_t *open, int n_open)
{
	for (int year = y; year <= y + 1; year++) {
		struct werkdagen_holiday h[WERKDAGEN_HOLIDAYS_MAX];
		size_t k = werkdagen_holidays(year, h);
		struct tpl_dict *yd = tpl_section(d, "HOLIDAY_YEAR");
		tpl_set_int(yd, "YEAR", year);
		for (size_t i = 0; i < k; i++) {
			struct tpl_dict *r = tpl_section(yd, "HOLIDAY");
			set_day(r, h[i].day);
			tpl_set(r, "NAAM", h[i].name);
			int weekday = days_weekday(h[i].day) < 5, worked = is_open(open, n_open, h[i].day);
			if (!weekday)
				tpl_show(r, "WEEKEND");
			if (h[i].day < now)
				tpl_show(r, "PASSED");
			if (worked)
				tpl_show(r, "WERKDAG");
			if (weekday && h[i].day >= now) {
				struct tpl_dict *f = tpl_section(r, worked ? "MAAK_VRIJ" : "MAAK_WERKDAG");
				tpl_set(f, "CSRF_TOKEN", csrf_token(req));
				set_day(f, h[i].day);
				tpl_set(f, "NAAM", h[i].name);
			}
		}
	}
}

static struct tpl_dict *render(struct req *req, const char *datum, const char *reden)
{
	struct db *db = db_thread();
	int32_t now = today();
	int y, m, dd;

	if (!db)
		return NULL;
	days_to_civil(now, &y, &m, &dd);
	struct closing_day *days = arena_alloc(&req->arena, CALENDAR_MAX_CLOSING * sizeof(*days));
	int n = closing_list(db, days_from_civil(y - 1, 1, 1), days, CALENDAR_MAX_CLOSING);
	if (n < 0)
		return NULL;

	struct tpl_dict *d = page_new(req, "Sluitingsdagen", "beheer_sluitingsdagen.tpl");
	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	tpl_set(d, "DATUM_IN", datum);
	tpl_set(d, "REDEN_IN", reden);
	tpl_set_int(d, "REDEN_MAX", REDEN_MAX);
	tpl_set_int(d, "FROM_YEAR", y - 1);
	char iso[DAYS_FORMAT_LEN];
	days_format(now, iso);
	tpl_set(d, "MIN_DATUM", iso);
	days_format(days_from_civil(y + YEARS_AHEAD, 12, 31), iso);
	tpl_set(d, "MAX_DATUM", iso);
	show_coming(req, d, days, n, now);
	show_past(d, days, n, now);
	show_suggestions(req, d, days, n, now, y);
	int32_t *open = arena_alloc(&req->arena, CALENDAR_MAX_OPEN * sizeof(*open));
	int n_open = feestdag_werkdag_list(db, days_from_civil(y, 1, 1), open, CALENDAR_MAX_OPEN);
	if (n_open < 0)
		return NULL;
	show_holidays(req, d, now, y, open, n_open);
	return d;
}

int handle_beheer_sluitingsdagen(struct req *req)
{
	if (!render(req, NULL, NULL))
		return http_unavailable(req, NULL);
	beheer_flash_sent(req, list_flash_texts);
	return page_send(req, 200);
}

/* The reason: one line, required. NULL or a Dutch message. */
static const char *check_reden(struct req *req, const char *in, const char **out)
{
	const char *err = validate_line(&req->arena, in, REDEN_MAX, "De reden", out);

	if (err)
		return err;
	if (!(*out)[0])
		return "Vul de reden in, bijvoorbeeld Goede Vrijdag of Collectieve vrije dag.";
	return NULL;
}

/* Checks the day; NULL or a Dutch message (arena). */
static const char *check_datum(struct req *req, const char *in, int32_t *dn)
{
	int32_t now = today();
	const char *name;
	int y, m, d;

	if (!in || !in[0])
		return "Vul de datum in.";
	if (strlen(in) > 20 || parse_datum(in, dn) < 0)
		return "Vul een bestaande datum in, bijvoorbeeld 2026-12-28.";
	if (*dn < now)
		return "Deze dag is al voorbij. Een sluitingsdag kan vandaag of later zijn.";
	days_to_civil(now, &y, &m, &d);
	if (*dn > days_from_civil(y + YEARS_AHEAD, 12, 31))
		return arena_printf(&req->arena, "Kies een dag tot en met %d.", y + YEARS_AHEAD);
	if (days_weekday(*dn) >= 5)
		return "Dit is een zaterdag of zondag: die telt al niet als werkdag.";
	if (werkdagen_is_holiday(*dn, &name))
		return arena_printf(&req->arena, "Dit is al een feestdag (%s): die telt al niet als werkdag.", name);
	return NULL;
}

int handle_beheer_sluitingsdag_add(struct req *req)
{
	struct db *db = db_thread();
	const char *datum = input_text(req, "datum"), *reden_in = input_text(req, "reden");
	const char *reden, *err;
	char iso[DAYS_FORMAT_LEN];
	int32_t dn = 0;

	if (!db)
		return http_unavailable(req, NULL);
	/* Keep what was typed (within reason) for the form that comes back. */
	const char *datum_kept = datum && strlen(datum) <= 20 ? datum : "";
	struct tpl_dict *d = render(req, datum_kept, reden_in && strlen(reden_in) <= 1000 ? reden_in : "");
	if (!d)
		return http_unavailable(req, NULL);
	struct form f = FORM_INIT(d);

	if ((err = check_datum(req, datum, &dn)))
		form_error(&f, "datum", err);
	if ((err = check_reden(req, reden_in, &reden)))
		form_error(&f, "reden", err);
	if (f.errors)
		return page_send(req, 422);

	days_format(dn, iso);
	if (db_begin(db) < 0)
		return http_unavailable(req, NULL);
	enum store_result r = beheer_commit(req, db, closing_add(db, dn, reden), "aangemaakt", "sluitingsdag", iso, reden);
	return beheer_saved(req, r, &f, "datum", "Deze dag is al een sluitingsdag.",
			    "/beheer/sluitingsdagen?melding=toegevoegd");
}

int handle_beheer_sluitingsdag_remove(struct req *req)
{
	struct db *db = db_thread();
	const char *param = input_text(req, "datum");
	struct closing_day day;
	int32_t dn;

	if (!db)
		return http_unavailable(req, NULL);
	if (!param || days_parse(param, &dn) < 0)
		return http_error(req, 404, "Sluitingsdag niet gevonden", "Deze datum klopt niet.");
	if (dn < today()) {
		if (!render(req, NULL, NULL))
			return http_unavailable(req, NULL);
		flash_error(req, "Een sluitingsdag die voorbij is, kunt u niet weghalen: hij bepaalde de "
		      "termijnen van meldingen uit die tijd.");
		return page_send(req, 409);
	}

	if (db_begin(db) < 0)
		return http_unavailable(req, NULL);
	/* The reason goes into the audit row, so read it in the same transaction. */
	int n = closing_list(db, dn, &day, 1);
	enum store_result r = n < 0 ? STORE_ERROR : n == 0 || day.dag != dn ? STORE_NOTFOUND : closing_remove(db, dn);
	r = beheer_commit(req, db, r, "verwijderd", "sluitingsdag", param, day.reden);
	if (r == STORE_NOTFOUND) {
		if (!render(req, NULL, NULL))
			return http_unavailable(req, NULL);
		flash_error(req, "Deze dag is geen sluitingsdag (meer). Misschien haalde iemand anders hem net weg.");
		return page_send(req, 404);
	}
	if (r != STORE_OK)
		return http_unavailable(req, NULL);
	return http_redirect(req, "/beheer/sluitingsdagen?melding=verwijderd");
}

/*
 * POST /beheer/feestdagen/{datum}/werkdag and .../vrij: a national
 * feestdag on a weekday, today or later (one that is over decided the
 * terms of its time), becomes a werkdag or a day off again.
 */
static int feestdag_set(struct req *req, int on)
{
	struct db *db = db_thread();
	const char *param = input_text(req, "datum");
	const char *name;
	int32_t dn;

	if (!db)
		return http_unavailable(req, NULL);
	if (!param || days_parse(param, &dn) < 0 || !werkdagen_is_holiday(dn, &name) || days_weekday(dn) >= 5)
		return http_error(req, 404, "Feestdag niet gevonden", "Deze datum is geen feestdag op een werkdag.");
	if (dn < today()) {
		if (!render(req, NULL, NULL))
			return http_unavailable(req, NULL);
		flash_error(req, "Een feestdag die voorbij is, kunt u niet meer veranderen: hij bepaalde de "
			    "termijnen van meldingen uit die tijd.");
		return page_send(req, 409);
	}
	if (db_begin(db) < 0)
		return http_unavailable(req, NULL);
	enum store_result r = feestdag_werkdag_set(db, dn, on);
	/* Asked twice (a second click): the day already is what was asked. */
	if (r == STORE_NOTFOUND)
		r = STORE_OK;
	r = beheer_commit(req, db, r, "gewijzigd", "feestdag", param,
			  arena_printf(&req->arena, "%s: %s", name, on ? "werkdag" : "vrije dag"));
	if (r != STORE_OK)
		return http_unavailable(req, NULL);
	return http_redirect(req, on ? "/beheer/sluitingsdagen?melding=werkdag" : "/beheer/sluitingsdagen?melding=vrij");
}

int handle_beheer_feestdag_werkdag(struct req *req)
{
	return feestdag_set(req, 1);
}

int handle_beheer_feestdag_vrij(struct req *req)
{
	return feestdag_set(req, 0);
}
