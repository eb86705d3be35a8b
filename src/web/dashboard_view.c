/*
 * dashboard_view.c - what the dashboard's pages share (see dashboard.h):
 * the fields they declare (dashboard_fields), the view read from them, the
 * links between the pages and to the lists behind a figure, the tabs, the
 * filter form and how a page starts (dash_page_start), number formats,
 * series labels and the heat legend. The pages themselves are
 * dashboard.c (overview, uitleg), dashboard_werk.c and dashboard_kaart.c.
 */
#include "web/dashboard.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/calendar.h"
#include "domain/days.h"
#include "domain/fields.h"
#include "http/http.h"
#include "lib/buf.h"
#include "lib/clock.h"
#include "render/form.h"
#include "render/page.h"
#include "render/svg.h"
#include "render/tpl.h"
#include "store/kpi_work.h"

#include <stdio.h>
#include <string.h>

const char *const dash_periode_ids[DASH__MAX] = { "week", "maand", "kwartaal", "jaar", "eigen" };
const char *const dash_periode_labels[DASH__MAX] = { "Week", "Maand", "Kwartaal", "Jaar", "Eigen periode (van en tot)" };
const char *const dash_maat_ids[DASH_MAAT__MAX] = { "aantal", "per100" };

const struct field_spec dashboard_fields[] = {
	DASH_VIEW_FIELDS,
	FIELDS_END
};

/* ---- numbers ---- */

void dash_pct(double pct, char *out, size_t size)
{
	if (pct < 0) {
		snprintf(out, size, "–");
		return;
	}
	svg_format_number(pct, 1, out, size);
	strncat(out, "%", size - strlen(out) - 1);
}

void dash_count(int64_t n, char *out, size_t size)
{
	svg_format_number((double)n, 0, out, size);
}

void dash_number(double v, int decimals, char *out, size_t size)
{
	if (v < 0)
		snprintf(out, size, "–");
	else
		svg_format_number(v, decimals, out, size);
}

/* ---- the view ---- */

static void period_title(struct dash_view *v)
{
	char a[48], b[48];
	int y, m, d, wy, wk;

	days_to_civil(v->rq.van, &y, &m, &d);
	switch (v->periode) {
	case DASH_WEEK:
		calendar_iso_week(v->rq.van, &wy, &wk);
		calendar_day_month(v->rq.van, a);
		calendar_day_long(v->rq.tot, b);
		snprintf(v->titel, sizeof(v->titel), "week %d (%s t/m %s)", wk, a, b);
		break;
	case DASH_MAAND:
		snprintf(v->titel, sizeof(v->titel), "%s %d", calendar_month_name(m), y);
		break;
	case DASH_KWARTAAL:
		snprintf(v->titel, sizeof(v->titel), "%de kwartaal %d", (m - 1) / 3 + 1, y);
		break;
	case DASH_JAAR:
		snprintf(v->titel, sizeof(v->titel), "%d", y);
		break;
	default:
		calendar_day_long(v->rq.van, a);
		calendar_day_long(v->rq.tot, b);
		snprintf(v->titel, sizeof(v->titel), "%s t/m %s", a, b);
		break;
	}
}

/* A field's text when it is not empty, else NULL. */
static const char *param(struct req *req, const char *key)
{
	const char *v = input_text(req, key);
	return v && v[0] ? v : NULL;
}

/* The stage's message for a field it could not read (http/input.h), beside that field; 1 if there was one. */
static int stage_error(struct req *req, struct form *f, const char *key)
{
	const char *msg = field_error_for(input_errors(req), key);

	if (msg)
		form_error(f, key, msg);
	return msg != NULL;
}

/* van, tot, peildatum and wijk as the API reads them; its messages beside the form's fields of the same names. */
static enum app_result read_request(struct req *req, struct dash_view *v, struct form *f)
{
	struct field_errors errs = { 0 };
	enum app_result r = kpi_request_read(req, v->today, &v->rq, &errs);

	for (int i = 0; i < errs.n; i++)
		form_error(f, errs.e[i].field, errs.e[i].message);
	return r;
}

/* The period: a week .. year around datum, or (no periode but dates given: a link from elsewhere) van..tot. */
static void read_period(struct req *req, struct dash_view *v, struct form *f)
{
	int64_t k, datum;

	if (input_value(req, "periode", &k))
		v->periode = (enum dash_periode)k;
	else if (stage_error(req, f, "periode"))
		v->periode = DASH_MAAND;
	else
		v->periode = param(req, "van") || param(req, "tot") ? DASH_EIGEN : DASH_MAAND;
	v->datum = v->today;
	if (input_value(req, "datum", &datum))
		v->datum = (int32_t)datum;
	else
		stage_error(req, f, "datum");
	if (v->periode != DASH_EIGEN)
		calendar_period_bounds((enum calendar_period)v->periode, v->datum, &v->rq.van, &v->rq.tot);
}

/* The grain a period's series has unless trend says otherwise. */
static enum kpi_grain default_grain(enum dash_periode p)
{
	return p == DASH_WEEK || p == DASH_MAAND ? KPI_GRAIN_WEEK : KPI_GRAIN_MONTH;
}

/* trend, maat and soort; the soort is looked up by the page that shows it. */
static void read_choices(struct req *req, struct dash_view *v, struct form *f)
{
	int64_t k;

	if (input_value(req, "trend", &k)) {
		v->grain = (enum kpi_grain)k;
	} else {
		stage_error(req, f, "trend");
		v->grain = default_grain(v->periode);
	}
	v->per100 = input_value(req, "maat", &k) && k == DASH_MAAT_PER100;
	stage_error(req, f, "maat");
	if (!stage_error(req, f, "soort"))
		v->soort = param(req, "soort");
}

enum app_result dash_view_parse(struct req *req, struct dash_view *v, struct form *f)
{
	memset(v, 0, sizeof(*v));
	v->today = amsterdam_day(clock_now());
	v->bereik = kpi_scope_user(http_actor(req), ACT_DASHBOARD) != 0;
	if (read_request(req, v, f) == APP_NOT_FOUND)
		return APP_NOT_FOUND;
	read_period(req, v, f);
	read_choices(req, v, f);
	if (v->periode != DASH_EIGEN) {
		v->has_prev = 1;
		v->prev_datum = v->rq.van - 1;
		v->has_next = v->rq.tot < v->today;
		v->next_datum = v->rq.tot + 1;
	}
	period_title(v);
	return f->errors ? APP_INVALID : APP_OK;
}

/* ---- links ---- */

void dash_add_day(struct buf *b, const char *key, int32_t dn)
{
	char s[DAYS_FORMAT_LEN];
	days_format(dn, s);
	buf_addf(b, "%s=%s&", key, s);
}

void dash_add_param(struct buf *b, const char *key, const char *value)
{
	buf_addf(b, "%s=", key);
	buf_add_urlencoded(b, value);
	buf_addch(b, '&');
}

const char *dash_href(struct arena *a, struct buf *b)
{
	while (b->len && (b->buf[b->len - 1] == '&' || b->buf[b->len - 1] == '?'))
		b->buf[--b->len] = '\0';
	const char *s = arena_strdup(a, b->buf);
	buf_release(b);
	return s;
}

/* "van=&tot=&peildatum=&": the figures count what was received and done by the peildatum; so does the list. */
static void add_period(struct buf *b, int32_t van, int32_t tot, int32_t peildatum)
{
	dash_add_day(b, "van", van);
	dash_add_day(b, "tot", tot);
	dash_add_day(b, "peildatum", peildatum);
}

void dash_list_link(struct buf *b, const struct dash_view *v, int with_period)
{
	buf_addstr(b, with_period ? "/meldingen?status=alle&" : "/meldingen?status=open&");
	if (with_period)
		add_period(b, v->rq.van, v->rq.tot, v->rq.peildatum);
	if (v->rq.wijk_code)
		dash_add_param(b, "wijk", v->rq.wijk_code);
	if (v->bereik)
		buf_addstr(b, "bereik=wijken&");
}

const char *dash_cell_link(struct arena *a, const struct dash_view *v, int32_t van, int32_t tot,
			   const char *wijk_code, const char *categorie)
{
	struct buf b = BUF_INIT;

	buf_addstr(&b, "/meldingen?status=alle&");
	add_period(&b, van, tot, v->rq.peildatum);
	dash_add_param(&b, "wijk", wijk_code);
	if (v->bereik)
		buf_addstr(&b, "bereik=wijken&");
	if (categorie)
		dash_add_param(&b, "categorie", categorie);
	return dash_href(a, &b);
}

/* "periode=...&datum=...&...": the whole view, on datum, so the next page shows the same. */
static void view_query(struct buf *b, const struct dash_view *v, int32_t datum)
{
	buf_addf(b, "periode=%s&", dash_periode_ids[v->periode]);
	if (v->periode == DASH_EIGEN) {
		dash_add_day(b, "van", v->rq.van);
		dash_add_day(b, "tot", v->rq.tot);
	} else {
		dash_add_day(b, "datum", datum);
	}
	if (v->rq.peildatum != v->today)
		dash_add_day(b, "peildatum", v->rq.peildatum);
	if (v->rq.wijk_code)
		dash_add_param(b, "wijk", v->rq.wijk_code);
	buf_addf(b, "trend=%s&", kpi_grain_ids[v->grain]);
	if (v->per100)
		buf_addstr(b, "maat=per100&");
	if (v->soort)
		dash_add_param(b, "soort", v->soort);
}

/* path?view, for a link to another dashboard page (or the same one on another datum), in the arena. */
static const char *page_link(struct req *req, const char *path, const struct dash_view *v, int32_t datum)
{
	struct buf b = BUF_INIT;

	buf_addf(&b, "%s?", path);
	if (v)
		view_query(&b, v, datum);
	return dash_href(&req->arena, &b);
}

const char *dash_page_link(struct req *req, const char *path, const struct dash_view *v)
{
	return page_link(req, path, v, v ? v->datum : 0);
}

/* ---- tabs and filters ---- */

void dash_tabs(struct req *req, struct tpl_dict *d, const struct dash_view *v, const char *current)
{
	static const struct {
		const char *path, *label;
	} tabs[] = {
		{ "/dashboard", "Overzicht" },
		{ "/dashboard/werklijst", "Werklijst" },
		{ "/dashboard/kaart", "Kaart en heatmap" },
		{ "/dashboard/uitleg", "Uitleg" },
	};

	struct tpl_dict *t = tpl_section(d, "TABS");
	for (size_t i = 0; i < sizeof(tabs) / sizeof(tabs[0]); i++) {
		struct tpl_dict *x = tpl_section(t, "TAB");
		tpl_set(x, "HREF", dash_page_link(req, tabs[i].path, v));
		tpl_set(x, "LABEL", tabs[i].label);
		if (!strcmp(current, tabs[i].path))
			tpl_show(x, "CURRENT");
	}
}

/* An option of a select in the filter form. */
static void option(struct tpl_dict *f, const char *section, const char *value, const char *label, int selected)
{
	struct tpl_dict *o = tpl_section(f, section);
	tpl_set(o, "VALUE", value);
	tpl_set(o, "LABEL", label);
	if (selected)
		tpl_show(o, "SELECTED");
}

static void filter_dates(struct tpl_dict *f, const struct dash_view *v)
{
	const struct {
		const char *key;
		int32_t day;
	} days[] = {
		{ "DATUM", v->datum }, { "VAN", v->rq.van }, { "TOT", v->rq.tot },
		{ "PEILDATUM", v->rq.peildatum }, { "VANDAAG", v->today },
	};
	char s[DAYS_FORMAT_LEN];

	for (int i = 0; i < DASH__MAX; i++)
		option(f, "PERIODE_OPTION", dash_periode_ids[i], dash_periode_labels[i], (int)v->periode == i);
	for (size_t i = 0; i < sizeof(days) / sizeof(days[0]); i++) {
		days_format(days[i].day, s);
		tpl_set(f, days[i].key, s);
	}
}

/* The wijken the user may choose; onbekend only for who triages it (sees every wijk). */
static void filter_wijken(struct req *req, struct tpl_dict *f, const struct dash_view *v)
{
	struct db *db = db_thread();
	struct kpi_wijk *w = NULL;
	int64_t user = kpi_scope_user(http_actor(req), ACT_DASHBOARD);
	int n = db ? kpi_work_wijken(db, &req->arena, user, &w) : 0;
	const char *asked = v->rq.wijk_code;

	option(f, "WIJK_OPTION", "", user ? "Al mijn wijken" : "Alle wijken", !asked);
	for (int i = 0; i < n; i++)
		option(f, "WIJK_OPTION", w[i].code, w[i].naam, asked && !strcmp(asked, w[i].code));
	if (!user)
		option(f, "WIJK_OPTION", "onbekend", "Onbekend (nog geen wijk)", asked && !strcmp(asked, "onbekend"));
}

static void filter_choices(struct req *req, struct tpl_dict *f, const struct dash_view *v)
{
	for (int g = 0; g < KPI_GRAIN__MAX; g++)
		option(f, "TREND_OPTION", kpi_grain_ids[g], g == KPI_GRAIN_WEEK ? "Per week" : "Per maand", (int)v->grain == g);
	option(f, "MAAT_OPTION", "aantal", "Aantal meldingen", !v->per100);
	option(f, "MAAT_OPTION", "per100", "Per 100 woningen", v->per100);
	/* The rarer choices stay folded unless one of them is in use or wrong. */
	if (v->periode == DASH_EIGEN || v->rq.peildatum != v->today || v->per100 || v->grain != default_grain(v->periode) ||
	    input_has(req, "van") || input_has(req, "peildatum"))
		tpl_show(f, "MORE_OPEN");
}

/* A link of the period navigation: this page on another datum. */
static void nav_link(struct req *req, struct tpl_dict *nav, const char *section, const char *path,
		     const struct dash_view *v, int32_t datum, const char *label)
{
	struct tpl_dict *x = tpl_section(nav, section);
	tpl_set(x, "HREF", page_link(req, path, v, datum));
	tpl_set(x, "LABEL", label);
}

/* Links to the period before and after this one. */
static void filter_nav(struct req *req, struct tpl_dict *f, const struct dash_view *v, const char *path)
{
	static const char *const prev[] = { "Vorige week", "Vorige maand", "Vorig kwartaal", "Vorig jaar" };
	static const char *const next[] = { "Volgende week", "Volgende maand", "Volgend kwartaal", "Volgend jaar" };
	int k = v->periode < DASH_EIGEN ? (int)v->periode : DASH_JAAR;

	if (!v->has_prev && !v->has_next)
		return;
	struct tpl_dict *nav = tpl_section(f, "PERIOD_NAV");
	if (v->has_prev)
		nav_link(req, nav, "PREV", path, v, v->prev_datum, prev[k]);
	if (v->has_next)
		nav_link(req, nav, "NEXT", path, v, v->next_datum, next[k]);
}

/* The filter form of d (templates/dashboard_filters.tpl) with v's values; its action and links go to path. */
static void dash_filters(struct req *req, struct tpl_dict *f, const struct dash_view *v, const char *path)
{
	tpl_set(f, "ACTION", path);
	filter_dates(f, v);
	filter_wijken(req, f, v);
	filter_choices(req, f, v);
	filter_nav(req, f, v, path);
}

int dash_page_start(struct req *req, struct tpl_dict *d, const char *path, struct dash_view *v,
		    struct tpl_dict **filters)
{
	*filters = tpl_include(d, "FILTERS", "dashboard_filters.tpl");
	struct form f = FORM_INIT(*filters);
	enum app_result r = dash_view_parse(req, v, &f);

	if (r == APP_NOT_FOUND)
		return http_refused(req, r, &kpi_refusal);
	dash_tabs(req, tpl_include(d, "TABS", "dashboard_tabs.tpl"), r == APP_OK ? v : NULL, path);
	dash_filters(req, *filters, v, path);
	return r == APP_INVALID ? page_send(req, 422) : 0;
}

/* ---- series and heat ---- */

int dash_running_bucket(const struct dash_view *v, const int32_t *start, int n)
{
	for (int i = 0; i < n; i++)
		if (start[i] <= v->rq.peildatum && v->rq.peildatum < start[i + 1] - 1)
			return i;
	return -1;
}

void dash_series_labels(struct req *req, const struct dash_view *v, const int32_t *start, int n,
			const char **labels, const char **lang)
{
	int running = dash_running_bucket(v, start, n);

	for (int i = 0; i < n; i++) {
		int y, m, d;
		days_to_civil(start[i], &y, &m, &d);
		if (v->grain == KPI_GRAIN_MONTH) {
			labels[i] = arena_printf(&req->arena, "%s", calendar_month_abbr(m));
			lang[i] = arena_printf(&req->arena, "%s %d", calendar_month_name(m), y);
		} else {
			int wy, wk;
			char a[CALENDAR_DAY_LEN], b[CALENDAR_DAY_LEN];
			calendar_iso_week(start[i], &wy, &wk);
			calendar_day_month(start[i], a);
			calendar_day_long(start[i + 1] - 1, b);
			labels[i] = arena_printf(&req->arena, "wk %d", wk);
			lang[i] = arena_printf(&req->arena, "week %d (%s t/m %s)", wk, a, b);
		}
		if (i == running) {
			char peil[CALENDAR_DAY_LEN];
			calendar_day_long(v->rq.peildatum, peil);
			labels[i] = arena_printf(&req->arena, "%s*", labels[i]);
			lang[i] = arena_printf(&req->arena, "%s (lopend t/m %s)", lang[i], peil);
		}
	}
}

void dash_heat_legend(struct tpl_dict *d, const char *section, double max, int decimals)
{
	char a[32], b[32];
	double step = decimals ? 0.1 : 1;
	struct tpl_dict *x = tpl_section(d, section);
	tpl_set_int(x, "HEAT", 0);
	tpl_set(x, "RANGE", "geen");
	for (int k = 1; k <= 5 && max > 0; k++) {
		double lo = kpi_heat_floor(kpi_heat_bound(k - 1, max), step);
		double hi = kpi_heat_floor(kpi_heat_bound(k, max), step);
		if (hi <= lo)
			continue;   /* no value of this grid falls in the class */
		x = tpl_section(d, section);
		tpl_set_int(x, "HEAT", k);
		svg_format_number(hi, decimals, b, sizeof(b));
		if (decimals) {
			svg_format_number(lo, decimals, a, sizeof(a));
			tpl_setf(x, "RANGE", "meer dan %s t/m %s", a, b);
		} else if (hi - lo == 1) {
			tpl_set(x, "RANGE", b);
		} else {
			svg_format_number(lo + 1, 0, a, sizeof(a));
			tpl_setf(x, "RANGE", "%s t/m %s", a, b);
		}
	}
}
