/*
 * dashboard.c - GET /dashboard and /dashboard/uitleg, and what the
 * dashboard pages share (see dashboard.h): the view read from the query,
 * the links between the pages and to the lists behind a figure, the tabs,
 * the filter form, number formats and the heat legend.
 *
 * The overview is built in steps, each filling one part of dashboard.tpl:
 * show_header(), tiles(), breakdowns(), worklist(), trends(), heatmap(),
 * exports(). The figures come from kpi_dashboard_run (app/kpi.h).
 */
#include "web/dashboard.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/calendar.h"
#include "domain/days.h"
#include "domain/fields.h"
#include "domain/melding.h"
#include "http/http.h"
#include "lib/buf.h"
#include "lib/clock.h"
#include "render/form.h"
#include "render/page.h"
#include "render/svg.h"
#include "render/tpl.h"
#include "store/kpi_work.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

const char *const dash_periode_ids[DASH__MAX] = { "week", "maand", "kwartaal", "jaar", "eigen" };
const char *const dash_periode_labels[DASH__MAX] = { "Week", "Maand", "Kwartaal", "Jaar", "Eigen periode (van en tot)" };

/* Pillars in narrow table headers. */
static const char *const pijler_kort[PIJLER__MAX] = { "Fysiek", "Sociaal preventief", "Sociaal repressief", "Samen wonen" };

/* The dashboard's refusals: a wijk outside the user's scope, figures that cannot be loaded. */
static const struct refusal dash_refusal = {
	.not_found_title = "Niet gevonden",
	.not_found_text = "Deze wijk bestaat niet of valt buiten uw gebied.",
	.unavailable_text = "De cijfers konden niet worden geladen. Probeer het over een minuut opnieuw.",
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

static const char *param(struct req *req, const char *key)
{
	const char *v = http_query(req, key);
	return v && v[0] ? v : NULL;
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
	const char *s = param(req, "periode");

	if (s) {
		int k = -1;
		for (int i = 0; i < DASH__MAX; i++)
			if (!strcmp(s, dash_periode_ids[i]))
				k = i;
		if (k < 0) {
			form_error(f, "periode", "Kies week, maand, kwartaal, jaar of een eigen periode.");
			k = DASH_MAAND;
		}
		v->periode = (enum dash_periode)k;
	} else {
		v->periode = param(req, "van") || param(req, "tot") ? DASH_EIGEN : DASH_MAAND;
	}
	v->datum = v->today;
	if ((s = param(req, "datum")) && days_parse(s, &v->datum) < 0)
		form_error(f, "datum", "Geef een datum als JJJJ-MM-DD.");
	if (v->periode != DASH_EIGEN)
		calendar_period_bounds((enum calendar_period)v->periode, v->datum, &v->rq.van, &v->rq.tot);
}

/* The grain a period's series has unless trend says otherwise. */
static enum kpi_grain default_grain(enum dash_periode p)
{
	return p == DASH_WEEK || p == DASH_MAAND ? KPI_GRAIN_WEEK : KPI_GRAIN_MONTH;
}

/* trend, maat and soort. */
static void read_choices(struct req *req, struct dash_view *v, struct form *f)
{
	const char *s = param(req, "trend");
	int g = s ? kpi_grain_parse(s) : -1;

	if (s && g < 0)
		form_error(f, "trend", "Kies per week of per maand.");
	v->grain = g < 0 ? default_grain(v->periode) : (enum kpi_grain)g;
	s = param(req, "maat");
	if (s && strcmp(s, "aantal") && strcmp(s, "per100"))
		form_error(f, "maat", "Kies aantal of per 100 woningen.");
	v->per100 = s && !strcmp(s, "per100");
	s = param(req, "soort");
	if (s && strlen(s) > 40)
		form_error(f, "soort", "Kies een soort uit de lijst.");
	else
		v->soort = s;
}

enum app_result dash_view_parse(struct req *req, struct dash_view *v, struct form *f)
{
	memset(v, 0, sizeof(*v));
	v->today = amsterdam_day(clock_now());
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
	buf_addstr(b, "/meldingen?");
	if (with_period)
		add_period(b, v->rq.van, v->rq.tot, v->rq.peildatum);
	if (v->rq.wijk_code)
		dash_add_param(b, "wijk", v->rq.wijk_code);
}

const char *dash_cell_link(struct arena *a, const struct dash_view *v, int32_t van, int32_t tot,
			   const char *wijk_code, const char *categorie)
{
	struct buf b = BUF_INIT;

	buf_addstr(&b, "/meldingen?");
	add_period(&b, van, tot, v->rq.peildatum);
	dash_add_param(&b, "wijk", wijk_code);
	if (categorie)
		dash_add_param(&b, "categorie", categorie);
	return dash_href(a, &b);
}

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

void dash_view_query(struct buf *b, const struct dash_view *v)
{
	view_query(b, v, v->datum);
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
		tpl_set(x, "HREF", page_link(req, tabs[i].path, v, v ? v->datum : 0));
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
	    http_query(req, "van") || http_query(req, "peildatum"))
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

void dash_series_labels(struct req *req, const struct dash_view *v, const int32_t *start, int n,
			const char **labels, const char **lang)
{
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

/* ---- the overview: tiles ---- */

static const char *norm_class(enum kpi_norm n)
{
	return n == KPI_NORM_GROEN ? "tile-ok" : n == KPI_NORM_ORANJE ? "tile-today" : n == KPI_NORM_ROOD ? "tile-late" : "";
}

static void norm_badge(struct tpl_dict *t, enum kpi_norm n, double groen)
{
	char a[16];
	if (n == KPI_NORM_NONE)
		return;
	struct tpl_dict *x = tpl_section(t, "BADGE");
	svg_format_number(groen, 0, a, sizeof(a));
	tpl_set(x, "CLASS", n == KPI_NORM_GROEN ? "badge-ok" : n == KPI_NORM_ORANJE ? "badge-today" : "badge-late");
	tpl_set(x, "TEXT", n == KPI_NORM_GROEN ? "groen" : n == KPI_NORM_ORANJE ? "oranje" : "rood");
	tpl_setf(x, "WHY", "norm %s%%", a);
}

static struct tpl_dict *tile(struct tpl_dict *d, const char *label, const char *value, const char *href,
			     const char *klass)
{
	struct tpl_dict *t = tpl_section(d, "TILE");
	tpl_set(t, "LABEL", label);
	tpl_set(t, "VALUE", value);
	tpl_set(t, "HREF", href);
	tpl_set(t, "CLASS", klass);
	return t;
}

/* A /meldingen link with the view's filters and more ("categorie=%s"), in the arena. */
static const char *link(struct req *req, const struct dash_view *v, int with_period, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static const char *link(struct req *req, const struct dash_view *v, int with_period, const char *fmt, ...)
{
	struct buf b = BUF_INIT;
	va_list ap;

	dash_list_link(&b, v, with_period);
	va_start(ap, fmt);
	buf_vaddf(&b, fmt, ap);
	va_end(ap);
	return dash_href(&req->arena, &b);
}

/*
 * A figure in a tile's note with its own list, as a link beside the tile's
 * (a link cannot hold another): "te laat 3" opens those three.
 */
static void sub_link(struct req *req, struct tpl_dict *tile, const char *what, int64_t n, const char *href)
{
	char a[32];
	struct tpl_dict *x = tpl_section(tile, "SUB");
	dash_count(n, a, sizeof(a));
	tpl_set(x, "TEXT", arena_printf(&req->arena, "%s %s", what, a));
	tpl_set(x, "HREF", href);
}

/* termijn: the URL word of the term ("bevestiging", "terugkoppeling"). */
static void term_tile(struct req *req, struct tpl_dict *d, const struct dash_view *v, const char *label,
		      const struct kpi_term *t, int streef, const char *termijn)
{
	char value[32], a[32], b[32];
	double pct = streef ? t->percentage_binnen_streefwaarde : t->percentage_op_tijd;
	double groen = streef ? KPI_NORM_STREEF_GROEN : KPI_NORM_TERMIJN_GROEN;
	double oranje = streef ? KPI_NORM_STREEF_ORANJE : KPI_NORM_TERMIJN_ORANJE;
	enum kpi_norm n = kpi_norm_judge(pct, groen, oranje);

	dash_pct(pct, value, sizeof(value));
	/* The tile opens the meldingen its percentage counts as done in time. */
	struct tpl_dict *x = tile(d, label, value,
				  streef ? link(req, v, 1, "termijn=%s_binnen_streef", termijn)
					 : link(req, v, 1, "termijn=%s_op_tijd", termijn),
				  norm_class(n));
	if (streef) {
		dash_count(t->binnen_streefwaarde, a, sizeof(a));
		dash_count(t->op_tijd + t->te_laat, b, sizeof(b));
		tpl_setf(x, "NOTE", "%s van %s binnen de streeftermijn", a, b);
		sub_link(req, x, "binnen streefwaarde", t->binnen_streefwaarde,
			 link(req, v, 1, "termijn=%s_binnen_streef", termijn));
	} else {
		sub_link(req, x, "op tijd", t->op_tijd, link(req, v, 1, "termijn=%s_op_tijd", termijn));
		sub_link(req, x, "te laat", t->te_laat, link(req, v, 1, "termijn=%s_te_laat", termijn));
		sub_link(req, x, "nog open", t->open, link(req, v, 1, "termijn=%s_open", termijn));
	}
	if (pct < 0)
		tpl_set(tpl_section(x, "NOTE2"), "TEXT2", "Nog niets om te beoordelen in deze periode.");
	norm_badge(x, n, groen);
}

/* The doorlooptijd is measured over the meldingen answered by the peildatum: that list. */
static void doorlooptijd_tile(struct req *req, struct tpl_dict *d, const struct dash_view *v,
			      const struct kpi_result *r)
{
	char value[32];
	const char *answered = link(req, v, 1, "termijn=teruggekoppeld");
	struct tpl_dict *t;

	if (r->doorloop_mediaan < 0) {
		t = tile(d, "Doorlooptijd (mediaan)", "–", answered, "");
		tpl_set(t, "NOTE", "Nog geen terugkoppelingen in deze periode.");
	} else {
		snprintf(value, sizeof(value), "%d wd", r->doorloop_mediaan);
		t = tile(d, "Doorlooptijd (mediaan)", value, answered, "");
		tpl_setf(t, "NOTE", "90%% binnen %d werkdagen (p90)", r->doorloop_p90);
	}
}

/*
 * Late on either term (also those confirmed or answered too late), each
 * melding once, so the list behind the tile holds exactly that many; the
 * two terms apart link beside it. The same for what is still open.
 */
static void late_open_tiles(struct req *req, struct tpl_dict *d, const struct dash_view *v,
			    const struct kpi_result *r)
{
	char value[32];
	struct tpl_dict *t;

	dash_count(r->te_laat_meldingen, value, sizeof(value));
	t = tile(d, "Te laat", value, link(req, v, 1, "termijn=te_laat"), r->te_laat_meldingen ? "tile-late" : "tile-ok");
	tpl_set(t, "NOTE", "meldingen, met bevestigen of terugkoppelen");
	sub_link(req, t, "bevestiging", r->bevestiging.te_laat, link(req, v, 1, "termijn=bevestiging_te_laat"));
	sub_link(req, t, "terugkoppeling", r->terugkoppeling.te_laat, link(req, v, 1, "termijn=terugkoppeling_te_laat"));

	dash_count(r->open_meldingen, value, sizeof(value));
	t = tile(d, "Open, nog binnen termijn", value, link(req, v, 1, "termijn=open"), "");
	tpl_set(t, "NOTE", "meldingen waarvan een termijn nog loopt");
	sub_link(req, t, "te bevestigen", r->bevestiging.open, link(req, v, 1, "termijn=bevestiging_open"));
	sub_link(req, t, "terug te koppelen", r->terugkoppeling.open, link(req, v, 1, "termijn=terugkoppeling_open"));
}

/* Dossiers: the list behind them filters on wijk and status or kenmerk. */
static void dossier_tiles(struct req *req, struct tpl_dict *d, const struct dash_view *v,
			  const struct kpi_dossier_result *dos)
{
	static const struct {
		const char *label, *note, *query;
		size_t field;
	} tiles[] = {
		{ "Dossiers geopend", "in deze periode", "", offsetof(struct kpi_dossier_result, geopend) },
		{ "Dossiers open", "op de peildatum", "status=open&", offsetof(struct kpi_dossier_result, open_op_peildatum) },
		{ "Vervuilde woningen", "adressen met een dossier, gemarkeerd als vervuild", "kenmerk=vervuild&",
		  offsetof(struct kpi_dossier_result, vervuilde_woningen) },
		{ "Uitzettingen", "dossiers gesloten met een ontruiming", "status=gesloten&",
		  offsetof(struct kpi_dossier_result, uitzettingen) },
		{ "Doorverwijzingen", "naar partners verstuurd", NULL, offsetof(struct kpi_dossier_result, doorverwijzingen) },
	};
	const char *wijk = v->rq.wijk_code && v->rq.wijk_id > 0 ? v->rq.wijk_code : NULL;
	char value[32];

	for (size_t i = 0; i < sizeof(tiles) / sizeof(tiles[0]); i++) {
		int64_t n = *(const int64_t *)((const char *)dos + tiles[i].field);
		struct tpl_dict *x = tpl_section(d, "DOSSIER_TILE");
		struct buf b = BUF_INIT;
		dash_count(n, value, sizeof(value));
		tpl_set(x, "LABEL", tiles[i].label);
		tpl_set(x, "VALUE", value);
		if (!tiles[i].query)
			tpl_setf(x, "NOTE", "naar partners verstuurd, uit %lld %s", (long long)dos->dossiers_doorverwezen,
				 dos->dossiers_doorverwezen == 1 ? "dossier" : "dossiers");
		else
			tpl_set(x, "NOTE", tiles[i].note);
		if (tiles[i].query)
			buf_addf(&b, "/dossiers?%s", tiles[i].query);
		else
			buf_addstr(&b, "/doorverwijzingen?");
		if (wijk)
			dash_add_param(&b, "wijk", wijk);
		tpl_set(x, "HREF", dash_href(&req->arena, &b));
	}
}

static void tiles(struct req *req, struct tpl_dict *d, const struct dash_view *v, const struct kpi_report *rep)
{
	const struct kpi_result *r = &rep->r;
	char value[32], a[32];

	dash_count(r->ontvangen, value, sizeof(value));
	struct tpl_dict *t = tile(d, "Meldingen ontvangen", value, link(req, v, 1, "%s", ""), "");
	dash_count(r->melders_uniek, a, sizeof(a));
	tpl_setf(t, "NOTE", "van %s verschillende melders", a);

	term_tile(req, d, v, "Ontvangst bevestigd binnen termijn", &r->bevestiging, 0, "bevestiging");
	term_tile(req, d, v, "Teruggekoppeld binnen termijn", &r->terugkoppeling, 0, "terugkoppeling");
	term_tile(req, d, v, "Teruggekoppeld binnen streefwaarde", &r->terugkoppeling, 1, "terugkoppeling");
	doorlooptijd_tile(req, d, v, r);
	late_open_tiles(req, d, v, r);
	dossier_tiles(req, d, v, &rep->dossiers);
}

/* ---- the overview: figures per type, pillar, channel and wijk ---- */

/* A row of a breakdown table: name, count and the list behind it. */
static struct tpl_dict *count_row(struct tpl_dict *d, const char *section, const char *naam, int64_t n,
				  const char *href)
{
	char a[32];
	struct tpl_dict *x = tpl_section(d, section);
	tpl_set(x, "NAAM", naam);
	dash_count(n, a, sizeof(a));
	tpl_set(x, "COUNT", a);
	tpl_set(x, "HREF", href);
	return x;
}

/* A query value, percent-encoded, in the arena: for codes in links. */
static const char *enc(struct req *req, const char *s)
{
	struct buf b = BUF_INIT;
	buf_add_urlencoded(&b, s);
	char *r = arena_strdup(&req->arena, b.buf);
	buf_release(&b);
	return r;
}

static void per_kind(struct req *req, struct tpl_dict *d, const struct dash_view *v, const struct kpi_report *rep)
{
	char b[32];

	for (int i = 0; i < rep->n_categorie; i++) {
		const struct kpi_named *c = &rep->categorie[i];
		if (!c->count && !c->kosten_cent)
			continue;
		struct tpl_dict *x = count_row(d, "CAT_ROW", c->naam, c->count,
					       link(req, v, 1, "categorie=%s", enc(req, c->code)));
		if (c->kosten_cent) {
			euros_format(c->kosten_cent, b);
			tpl_setf(x, "KOSTEN", "€ %s", b);
		}
	}
	for (int i = 0; i < PIJLER__MAX; i++)
		count_row(d, "PIJLER_ROW", pijler_labels[i], rep->per_pijler[i], link(req, v, 1, "pijler=%s", pijler_ids[i]));
	for (int i = 0; i < KANAAL__MAX; i++)
		if (rep->per_kanaal[i])
			count_row(d, "KANAAL_ROW", kanaal_labels[i], rep->per_kanaal[i],
				  link(req, v, 1, "kanaal=%s", kanaal_ids[i]));
}

/* The wijken shown, with their homes and meldingen per 100 homes; then onbekend. */
static void per_wijk(struct req *req, struct tpl_dict *d, const struct dash_view *v, const struct kpi_dashboard *k)
{
	const struct kpi_rows *rows = &k->rows;
	char b[32];

	for (int r = 0; r < rows->n; r++) {
		if (r == rows->onbekend) {
			struct tpl_dict *x = count_row(d, "WIJK_ROW", "Onbekend (nog geen wijk)", k->rep.onbekend,
						       dash_cell_link(&req->arena, v, v->rq.van, v->rq.tot, "onbekend", NULL));
			tpl_set(x, "WONINGEN", "–");
			tpl_set(x, "PER100", "–");
			continue;
		}
		const struct kpi_named *w = rows->wijk[r];
		struct tpl_dict *x = count_row(d, "WIJK_ROW", w->naam, w->count,
					       dash_cell_link(&req->arena, v, v->rq.van, v->rq.tot, w->code, NULL));
		dash_count(w->woningen, b, sizeof(b));
		tpl_set(x, "WONINGEN", w->woningen ? b : "–");
		dash_number(kpi_per_100(w->count, w->woningen), 1, b, sizeof(b));
		tpl_set(x, "PER100", b);
	}
}

/* ---- the overview: work per assignee, live ---- */

/* One assignee's row: five figures, each linking to its list when there is any. */
static void work_row(struct req *req, struct tpl_dict *w, const struct dash_view *v, const struct kpi_work_row *r,
		     int64_t tot[5])
{
	static const char *const keys[5] = { "BV", "BL", "TV", "TL", "OPEN" };
	/* Live figures (today): the list without the period, with the same conditions. */
	static const char *const lists[5] = { "vandaag=bevestigen", "te_laat=bevestiging", "vandaag=terugkoppelen",
					      "te_laat=terugkoppeling", "sorteer=terugkoppelen" };
	static const char *const badge[5] = { "badge badge-today", "badge badge-late", "badge badge-today",
					      "badge badge-late", NULL };
	const int64_t vals[5] = { r->bevestigen_vandaag, r->bevestigen_te_laat, r->terugkoppelen_vandaag,
				  r->terugkoppelen_te_laat, r->open };
	struct tpl_dict *x = tpl_section(w, "WORK_ROW");
	char who[32], a[32];

	if (r->assignee_id)
		snprintf(who, sizeof(who), "%lld", (long long)r->assignee_id);
	else
		snprintf(who, sizeof(who), "geen");
	tpl_set(x, "NAAM", r->assignee_id ? r->naam : "Nog niet toegewezen");
	if (!r->assignee_id)
		tpl_show(x, "NOBODY");
	for (int k = 0; k < 5; k++) {
		struct tpl_dict *c = tpl_section(x, "CELL");
		tot[k] += vals[k];
		dash_count(vals[k], a, sizeof(a));
		tpl_set(c, "VALUE", a);
		tpl_set(c, "KEY", keys[k]);
		if (badge[k])
			tpl_set(c, "CLASS", vals[k] ? badge[k] : "");
		if (vals[k])
			tpl_set(tpl_section(c, "LINK"), "HREF", link(req, v, 0, "behandelaar=%s&%s", who, lists[k]));
		else
			tpl_show(c, "ZERO");
	}
}

static void worklist(struct req *req, struct tpl_dict *d, const struct dash_view *v)
{
	static const char *const keys[5] = { "T_BV", "T_BL", "T_TV", "T_TL", "T_OPEN" };
	struct kpi_work_scope ws = {
		.today = v->today, .wijk_id = v->rq.wijk_id, .scope_user = kpi_scope_user(http_actor(req), ACT_DASHBOARD),
	};
	struct kpi_work_row *rows;
	char a[48];
	int64_t tot[5] = { 0 };

	int n = kpi_work_per_assignee(db_thread(), &req->arena, &ws, !ws.scope_user && !v->rq.wijk_id, &rows);
	if (n < 0) {
		tpl_show(d, "WORK_ERROR");
		return;
	}
	struct tpl_dict *w = tpl_section(d, "WORK");
	calendar_day_long(v->today, a);
	tpl_set(w, "VANDAAG", a);
	for (int i = 0; i < n; i++)
		work_row(req, w, v, &rows[i], tot);
	if (!n)
		tpl_show(w, "WORK_EMPTY");
	for (int k = 0; k < 5; k++) {
		dash_count(tot[k], a, sizeof(a));
		tpl_set(w, keys[k], a);
	}
	tpl_set(w, "WERKLIJST_HREF", page_link(req, "/dashboard/werklijst", v, v->datum));
}

/* ---- the overview: trends ---- */

/* A series as the charts and tables show it. */
struct trend {
	const struct kpi_series *s;
	const char *labels[KPI_TREND_MAX], *lang[KPI_TREND_MAX];
	const char *per;                          /* "per maand", "per week" */
	char first[CALENDAR_DAY_LEN], last[CALENDAR_DAY_LEN];
	double *bev, *ter, *str;                  /* the three percentages per bucket */
	double *pij[PIJLER__MAX];                 /* meldingen per pillar per bucket */
};

static void trend_init(struct req *req, const struct dash_view *v, const struct kpi_series *s, struct trend *tr)
{
	size_t n = (size_t)s->n;

	tr->s = s;
	dash_series_labels(req, v, s->start, s->n, tr->labels, tr->lang);
	tr->per = v->grain == KPI_GRAIN_MONTH ? "per maand" : "per week";
	calendar_day_long(s->start[0], tr->first);
	calendar_day_long(s->start[s->n] - 1, tr->last);
	tr->bev = arena_alloc(&req->arena, n * sizeof(double));
	tr->ter = arena_alloc(&req->arena, n * sizeof(double));
	tr->str = arena_alloc(&req->arena, n * sizeof(double));
	for (int k = 0; k < PIJLER__MAX; k++)
		tr->pij[k] = arena_alloc(&req->arena, n * sizeof(double));
	for (int i = 0; i < s->n; i++) {
		tr->bev[i] = s->r[i].bevestiging.percentage_op_tijd;
		tr->ter[i] = s->r[i].terugkoppeling.percentage_op_tijd;
		tr->str[i] = s->r[i].terugkoppeling.percentage_binnen_streefwaarde;
		for (int k = 0; k < PIJLER__MAX; k++)
			tr->pij[k][i] = (double)s->r[i].per_pijler[k];
	}
}

static void trend_charts(struct req *req, struct tpl_dict *t, const struct trend *tr)
{
	struct svg_series ls[3] = {
		{ "Bevestiging op tijd", tr->bev },
		{ "Terugkoppeling op tijd", tr->ter },
		{ "Binnen streefwaarde", tr->str },
	};
	struct svg_series ps[PIJLER__MAX];
	struct svg_chart c1 = {
		.id = "grafiek-termijnen", .n = tr->s->n, .labels = tr->labels, .labels_lang = tr->lang,
		.procent = 1, .norm = KPI_NORM_TERMIJN_GROEN, .norm_label = "norm 90%",
	};
	struct svg_chart c2 = {
		.id = "grafiek-soorten", .n = tr->s->n, .labels = tr->labels, .labels_lang = tr->lang,
		.procent = 0, .norm = -1,
	};

	for (int k = 0; k < PIJLER__MAX; k++)
		ps[k] = (struct svg_series){ pijler_labels[k], tr->pij[k] };
	c1.titel = arena_printf(&req->arena, "Termijnen gehaald, %s", tr->per);
	c1.omschrijving = arena_printf(&req->arena,
		"Lijngrafiek van het percentage meldingen dat op tijd is bevestigd, op tijd is teruggekoppeld "
		"en binnen de streefwaarde is teruggekoppeld, %s van %s t/m %s. De stippellijn is de norm van 90%%. "
		"De cijfers staan ook in de tabel onder de grafiek.", tr->per, tr->first, tr->last);
	svg_line_chart(tpl_include(t, "CHART_TERMIJNEN", "dashboard_chart.tpl"), &c1, ls, 3);
	c2.titel = arena_printf(&req->arena, "Meldingen per pijler, %s", tr->per);
	c2.omschrijving = arena_printf(&req->arena,
		"Gestapelde staafgrafiek van het aantal ontvangen meldingen %s, verdeeld over de vier pijlers, "
		"van %s t/m %s. De aantallen per soort staan in de tabel onder de grafiek.", tr->per, tr->first, tr->last);
	svg_bar_chart(tpl_include(t, "CHART_SOORTEN", "dashboard_chart.tpl"), &c2, ps, PIJLER__MAX);
}

/* The same numbers as a table. */
static void trend_table(struct tpl_dict *t, const struct trend *tr)
{
	const struct kpi_series *s = tr->s;
	char a[32];

	for (int k = 0; k < PIJLER__MAX; k++)
		tpl_set(tpl_section(t, "PIJLER_HEAD"), "NAAM", pijler_kort[k]);
	for (int i = 0; i < s->n; i++) {
		struct tpl_dict *x = tpl_section(t, "TREND_ROW");
		tpl_set(x, "LABEL", tr->lang[i]);
		dash_count(s->r[i].ontvangen, a, sizeof(a));
		tpl_set(x, "ONTVANGEN", a);
		dash_pct(tr->bev[i], a, sizeof(a));
		tpl_set(x, "BEV", a);
		dash_pct(tr->ter[i], a, sizeof(a));
		tpl_set(x, "TER", a);
		dash_pct(tr->str[i], a, sizeof(a));
		tpl_set(x, "STREEF", a);
		for (int k = 0; k < PIJLER__MAX; k++) {
			dash_count(s->r[i].per_pijler[k], a, sizeof(a));
			tpl_set(tpl_section(x, "PCELL"), "VALUE", a);
		}
	}
}

/* Meldingen per soort per bucket, coloured like the heatmap. */
static void trend_soorten(struct tpl_dict *t, const struct trend *tr, const struct kpi_report *rep)
{
	const struct kpi_series *s = tr->s;
	int64_t max = 0;
	char a[32];

	for (int c = 0; c < rep->n_categorie; c++)
		for (int i = 0; i < s->n; i++)
			if (s->r[i].per_categorie[rep->categorie[c].id] > max)
				max = s->r[i].per_categorie[rep->categorie[c].id];
	for (int i = 0; i < s->n; i++)
		tpl_set(tpl_section(t, "SOORT_HEAD"), "LABEL", tr->labels[i]);
	for (int c = 0; c < rep->n_categorie; c++) {
		int64_t id = rep->categorie[c].id, sum = 0;
		for (int i = 0; i < s->n; i++)
			sum += s->r[i].per_categorie[id];
		if (!sum)
			continue;
		struct tpl_dict *x = tpl_section(t, "SOORT_ROW");
		tpl_set(x, "NAAM", rep->categorie[c].naam);
		for (int i = 0; i < s->n; i++) {
			int64_t n = s->r[i].per_categorie[id];
			struct tpl_dict *cell = tpl_section(x, "SCELL");
			dash_count(n, a, sizeof(a));
			tpl_set(cell, "VALUE", a);
			tpl_set_int(cell, "HEAT", kpi_heat_class((double)n, (double)max));
			tpl_setf(cell, "TITLE", "%s, %s: %s", rep->categorie[c].naam, tr->lang[i], a);
		}
		dash_count(sum, a, sizeof(a));
		tpl_set(x, "SUM", a);
	}
}

static void trends(struct req *req, struct tpl_dict *d, const struct dash_view *v, const struct kpi_dashboard *k)
{
	struct trend *tr = arena_alloc(&req->arena, sizeof(*tr));

	trend_init(req, v, &k->series, tr);
	struct tpl_dict *t = tpl_section(d, "TREND");
	tpl_set(t, "PER", tr->per);
	tpl_set(t, "EENHEID", v->grain == KPI_GRAIN_MONTH ? "maand" : "week");
	tpl_setf(t, "BEREIK", "%s t/m %s", tr->first, tr->last);
	trend_charts(req, t, tr);
	trend_table(t, tr);
	trend_soorten(t, tr, &k->rep);
}

/* ---- the overview: heatmap of melding types x wijken ---- */

/* One melding type's cells over the wijken shown, each linking to its list. */
static void heatmap_cells(struct req *req, struct tpl_dict *r, const struct dash_view *v, const struct kpi_dashboard *k,
			  int c)
{
	const struct kpi_heat *h = &k->soorten;
	const struct kpi_rows *rows = &k->rows;
	const struct kpi_named *cat = &k->rep.categorie[c];
	char a[32];

	for (int w = 0; w < h->rows; w++) {
		int64_t n = h->n[(size_t)w * (size_t)h->cols + (size_t)c];
		double x = kpi_rows_value(rows, w, n, v->per100);
		int onbekend = w == rows->onbekend;
		struct tpl_dict *cell = tpl_section(r, "HM_CELL");
		dash_number(x, v->per100, a, sizeof(a));
		tpl_set(cell, "VALUE", a);
		tpl_set_int(cell, "HEAT", kpi_heat_class(x, h->max));
		tpl_set(cell, "HREF", dash_cell_link(&req->arena, v, v->rq.van, v->rq.tot,
						    onbekend ? "onbekend" : rows->wijk[w]->code, cat->code));
		dash_count(n, a, sizeof(a));
		tpl_setf(cell, "TITLE", "%s in %s: %s meldingen", cat->naam, onbekend ? "onbekende wijk" : rows->wijk[w]->naam, a);
	}
}

/* A type's total: its count, or its meldingen over the homes of the wijken shown. */
static void heatmap_sum(struct tpl_dict *r, const struct dash_view *v, const struct kpi_dashboard *k, int c,
			int64_t sum)
{
	const struct kpi_heat *h = &k->soorten;
	int64_t counted = 0;
	char a[32];

	if (!v->per100) {
		dash_count(sum, a, sizeof(a));
		tpl_set(r, "SUM", a);
		return;
	}
	for (int w = 0; w < h->rows; w++)
		if (w != k->rows.onbekend)
			counted += h->n[(size_t)w * (size_t)h->cols + (size_t)c];
	dash_number(kpi_round1(kpi_per_100(counted, kpi_rows_woningen(&k->rows))), 1, a, sizeof(a));
	tpl_set(r, "SUM", a);
}

/* Columns: the wijken shown (all in scope, or the one chosen), then onbekend; a row per type with meldingen. */
static void heatmap(struct req *req, struct tpl_dict *d, const struct dash_view *v, const struct kpi_dashboard *k)
{
	const struct kpi_heat *h = &k->soorten;

	if (!h->rows)
		return;
	struct tpl_dict *t = tpl_section(d, "HEATMAP");
	tpl_set(t, "MAAT", v->per100 ? "meldingen per 100 woningen" : "aantal meldingen");
	for (int w = 0; w < h->rows; w++)
		tpl_set(tpl_section(t, "HM_COL"), "NAAM", w == k->rows.onbekend ? "Onbekend" : k->rows.wijk[w]->naam);
	for (int c = 0; c < h->cols; c++) {
		int64_t sum = 0;
		for (int w = 0; w < h->rows; w++)
			sum += h->n[(size_t)w * (size_t)h->cols + (size_t)c];
		if (!sum)
			continue;
		struct tpl_dict *r = tpl_section(t, "HM_ROW");
		tpl_set(r, "NAAM", k->rep.categorie[c].naam);
		heatmap_cells(req, r, v, k, c);
		heatmap_sum(r, v, k, c, sum);
	}
	dash_heat_legend(t, "HEAT_LEGEND", h->max, v->per100);
}

/* ---- the overview: the rest ---- */

/* The exports of the same view, for who may make them. */
static void exports(struct req *req, struct tpl_dict *d, const struct dash_view *v)
{
	static const struct {
		const char *key, *path;
		int kpi;
	} files[] = {
		{ "MELDINGEN", "/export/meldingen.csv", 0 },
		{ "KPI", "/export/kpi.csv", 1 },
		{ "DOSSIERS", "/export/dossiers.csv", 0 },
		{ "DOORVERWIJZINGEN", "/export/doorverwijzingen.csv", 1 },
	};

	if (policy_route(http_actor(req)->role, ACT_EXPORT) != VERDICT_ALLOW)
		return;
	struct tpl_dict *x = tpl_section(d, "EXPORT");
	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		for (int komma = 0; komma < 2; komma++) {
			struct buf b = BUF_INIT;
			buf_addf(&b, "%s?", files[i].path);
			dash_add_day(&b, "van", v->rq.van);
			dash_add_day(&b, "tot", v->rq.tot);
			if (files[i].kpi && v->rq.peildatum != v->today)
				dash_add_day(&b, "peildatum", v->rq.peildatum);
			if (v->rq.wijk_code)
				dash_add_param(&b, "wijk", v->rq.wijk_code);
			if (komma)
				buf_addstr(&b, "scheiding=komma&");
			tpl_set(x, arena_printf(&req->arena, "%s_%s", files[i].key, komma ? "KOMMA" : "PUNTKOMMA"),
				dash_href(&req->arena, &b));
		}
	}
}

/* The period, peildatum and wijk the figures are of. */
static void show_header(struct req *req, struct tpl_dict *d, const struct dash_view *v, const struct kpi_report *rep)
{
	char peil[CALENDAR_DAY_LEN];
	const char *wijk_naam = v->rq.wijk_id == -1 ? "meldingen zonder wijk" : NULL;

	tpl_set(d, "PERIODE", v->titel);
	calendar_day_long(v->rq.peildatum, peil);
	tpl_set(d, "PEILDATUM", peil);
	if (v->rq.peildatum != v->today)
		tpl_show(d, "PEIL_ANDERS");
	for (int i = 0; i < rep->n_wijk; i++)
		if (rep->wijk[i].id == v->rq.wijk_id)
			wijk_naam = rep->wijk[i].naam;
	if (!wijk_naam)
		wijk_naam = kpi_scope_user(http_actor(req), ACT_DASHBOARD) ? "uw wijken" : "alle wijken";
	tpl_set(d, "WIJK", wijk_naam);
	tpl_set(d, "UITLEG_HREF", page_link(req, "/dashboard/uitleg", v, v->datum));
}

int handle_dashboard(struct req *req)
{
	struct dash_view v;
	struct tpl_dict *d = page_new(req, "Dashboard", "dashboard.tpl"), *filters;
	int rc = dash_page_start(req, d, "/dashboard", &v, &filters);

	if (rc)
		return rc;
	struct kpi_dashboard *k = arena_alloc(&req->arena, sizeof(*k));
	enum app_result r = kpi_dashboard_run(db_thread(), &req->arena, http_actor(req), &v.rq, v.grain, v.per100, k);
	if (r != APP_OK)
		return http_refused(req, r, &dash_refusal);
	show_header(req, d, &v, &k->rep);
	tiles(req, d, &v, &k->rep);
	per_kind(req, d, &v, &k->rep);
	per_wijk(req, d, &v, k);
	worklist(req, d, &v);
	if (k->series.r)
		trends(req, d, &v, k);
	heatmap(req, d, &v, k);
	exports(req, d, &v);
	return page_send(req, 200);
}

/* ---- the definitions ---- */

int handle_dashboard_uitleg(struct req *req)
{
	struct tpl_dict *d = page_new(req, "Uitleg bij het dashboard", "dashboard_uitleg.tpl");
	struct tpl_dict *scratch = tpl_dict_new();
	struct dash_view v;
	struct form f = FORM_INIT(scratch);
	char a[16], b[16];

	/* The view only carries the tabs' links back; a bad parameter just drops it. */
	enum app_result r = dash_view_parse(req, &v, &f);
	tpl_dict_free(scratch);
	dash_tabs(req, tpl_include(d, "TABS", "dashboard_tabs.tpl"), r == APP_OK ? &v : NULL, "/dashboard/uitleg");
	svg_format_number(KPI_NORM_TERMIJN_GROEN, 0, a, sizeof(a));
	svg_format_number(KPI_NORM_TERMIJN_ORANJE, 0, b, sizeof(b));
	tpl_set(d, "TERMIJN_GROEN", a);
	tpl_set(d, "TERMIJN_ORANJE", b);
	svg_format_number(KPI_NORM_STREEF_GROEN, 0, a, sizeof(a));
	svg_format_number(KPI_NORM_STREEF_ORANJE, 0, b, sizeof(b));
	tpl_set(d, "STREEF_GROEN", a);
	tpl_set(d, "STREEF_ORANJE", b);
	return page_send(req, 200);
}
