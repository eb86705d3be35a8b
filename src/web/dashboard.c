/*
 * dashboard.c - GET /dashboard and /dashboard/uitleg, and the view the
 * dashboard pages share (see dashboard.h).
 */
#include "web/dashboard.h"
#include "auth/session.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/calendar.h"
#include "domain/days.h"
#include "domain/melding.h"
#include "http/http.h"
#include "lib/buf.h"
#include "lib/log.h"
#include "render/form.h"
#include "render/page.h"
#include "render/svg.h"
#include "render/tpl.h"
#include "store/kpi.h"
#include "store/kpi_work.h"
#include "lib/clock.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

const char *const dash_periode_ids[DASH__MAX] = { "week", "maand", "kwartaal", "jaar", "eigen" };
const char *const dash_periode_labels[DASH__MAX] = { "Week", "Maand", "Kwartaal", "Jaar", "Eigen periode (van en tot)" };

/* Pillars in narrow table headers. */
static const char *const pijler_kort[PIJLER__MAX] = { "Fysiek", "Sociaal preventief", "Sociaal repressief", "Samen wonen" };

/* Series length: a year of months, a quarter of weeks. */
#define TREND_MONTHS 12
#define TREND_WEEKS 13

void dash_pct(double pct, char *out, size_t size)
{
	if (pct < 0) {
		snprintf(out, size, "–");
		return;
	}
	svg_format_number(pct, 1, out, size);
	strncat(out, "%", size - strlen(out) - 1);
}

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

int dash_view_parse(struct req *req, struct dash_view *v, struct form *f)
{
	cJSON *fouten = cJSON_CreateObject();
	const char *s;

	memset(v, 0, sizeof(*v));
	v->today = amsterdam_day(clock_now());
	int rc = kpi_parse(req, &v->rq, fouten);
	if (rc == 422) {
		/* The API's messages, placed beside the form's fields of the same names. */
		const cJSON *e;
		cJSON_ArrayForEach(e, fouten)
			form_error(f, e->string, e->valuestring);
	}
	cJSON_Delete(fouten);
	if (rc == 404)
		return 404;

	/* No periode but dates given (a link from elsewhere): that is a period of its own. */
	s = param(req, "periode");
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

	s = param(req, "trend");
	int g = s ? kpi_grain_parse(s) : -1;
	if (s && g < 0)
		form_error(f, "trend", "Kies per week of per maand.");
	if (g < 0)
		g = v->periode == DASH_WEEK || v->periode == DASH_MAAND ? KPI_GRAIN_WEEK : KPI_GRAIN_MONTH;
	v->grain = (enum kpi_grain)g;
	s = param(req, "maat");
	if (s && strcmp(s, "aantal") && strcmp(s, "per100"))
		form_error(f, "maat", "Kies aantal of per 100 woningen.");
	v->per100 = s && !strcmp(s, "per100");
	s = param(req, "soort");
	if (s && strlen(s) > 40)
		form_error(f, "soort", "Kies een soort uit de lijst.");
	else
		v->soort = s;

	if (v->periode != DASH_EIGEN) {
		v->has_prev = 1;
		v->prev_datum = v->rq.van - 1;
		v->has_next = v->rq.tot < v->today;
		v->next_datum = v->rq.tot + 1;
	}
	period_title(v);
	return f->errors ? 422 : 0;
}

static void add_day(struct buf *b, const char *key, int32_t dn)
{
	char s[DAYS_FORMAT_LEN];
	days_format(dn, s);
	buf_addf(b, "%s=%s&", key, s);
}

void dash_list_link(struct buf *b, const struct dash_view *v, int with_period)
{
	buf_addstr(b, "/meldingen?");
	if (with_period) {
		add_day(b, "van", v->rq.van);
		add_day(b, "tot", v->rq.tot);
		/* The figures count what was received and done by the peildatum; so does the list with it. */
		add_day(b, "peildatum", v->rq.peildatum);
	}
	if (v->rq.wijk_code) {
		buf_addstr(b, "wijk=");
		buf_add_urlencoded(b, v->rq.wijk_code);
		buf_addch(b, '&');
	}
}

static void view_query(struct buf *b, const struct dash_view *v, int32_t datum)
{
	buf_addf(b, "periode=%s&", dash_periode_ids[v->periode]);
	if (v->periode == DASH_EIGEN) {
		add_day(b, "van", v->rq.van);
		add_day(b, "tot", v->rq.tot);
	} else {
		add_day(b, "datum", datum);
	}
	if (v->rq.peildatum != v->today)
		add_day(b, "peildatum", v->rq.peildatum);
	if (v->rq.wijk_code) {
		buf_addstr(b, "wijk=");
		buf_add_urlencoded(b, v->rq.wijk_code);
		buf_addch(b, '&');
	}
	buf_addf(b, "trend=%s&", kpi_grain_ids[v->grain]);
	if (v->per100)
		buf_addstr(b, "maat=per100&");
	if (v->soort) {
		buf_addstr(b, "soort=");
		buf_add_urlencoded(b, v->soort);
		buf_addch(b, '&');
	}
}

void dash_view_query(struct buf *b, const struct dash_view *v)
{
	view_query(b, v, v->datum);
}

static int64_t scope_user(struct req *req)
{
	struct session *s = req->session;
	return s && !policy_sees_all_areas(s->role, ACT_DASHBOARD) ? s->user_id : 0;
}

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
	struct buf b = BUF_INIT;

	(void)req;
	struct tpl_dict *t = tpl_section(d, "TABS");
	for (size_t i = 0; i < sizeof(tabs) / sizeof(tabs[0]); i++) {
		struct tpl_dict *x = tpl_section(t, "TAB");
		buf_reset(&b);
		buf_addf(&b, "%s?", tabs[i].path);
		if (v)
			dash_view_query(&b, v);
		b.buf[--b.len] = '\0';   /* the trailing '&' or '?' */
		tpl_set(x, "HREF", b.buf);
		tpl_set(x, "LABEL", tabs[i].label);
		if (!strcmp(current, tabs[i].path))
			tpl_show(x, "CURRENT");
	}
	buf_release(&b);
}

void dash_filters(struct req *req, struct tpl_dict *d, const struct dash_view *v, const char *path)
{
	struct db *db = db_thread();
	char s[DAYS_FORMAT_LEN];
	struct buf b = BUF_INIT;

	struct tpl_dict *f = d;
	tpl_set(f, "ACTION", path);
	for (int i = 0; i < DASH__MAX; i++) {
		struct tpl_dict *o = tpl_section(f, "PERIODE_OPTION");
		tpl_set(o, "VALUE", dash_periode_ids[i]);
		tpl_set(o, "LABEL", dash_periode_labels[i]);
		if ((int)v->periode == i)
			tpl_show(o, "SELECTED");
	}
	days_format(v->datum, s);
	tpl_set(f, "DATUM", s);
	days_format(v->rq.van, s);
	tpl_set(f, "VAN", s);
	days_format(v->rq.tot, s);
	tpl_set(f, "TOT", s);
	days_format(v->rq.peildatum, s);
	tpl_set(f, "PEILDATUM", s);
	days_format(v->today, s);
	tpl_set(f, "VANDAAG", s);

	struct kpi_wijk *w = NULL;
	int64_t user = scope_user(req);
	int n = db ? kpi_work_wijken(db, &req->arena, user, &w) : 0;
	struct tpl_dict *o = tpl_section(f, "WIJK_OPTION");
	tpl_set(o, "VALUE", "");
	tpl_set(o, "LABEL", user ? "Al mijn wijken" : "Alle wijken");
	if (!v->rq.wijk_code)
		tpl_show(o, "SELECTED");
	for (int i = 0; i < n; i++) {
		o = tpl_section(f, "WIJK_OPTION");
		tpl_set(o, "VALUE", w[i].code);
		tpl_set(o, "LABEL", w[i].naam);
		if (v->rq.wijk_code && !strcmp(v->rq.wijk_code, w[i].code))
			tpl_show(o, "SELECTED");
	}
	if (!user) {
		o = tpl_section(f, "WIJK_OPTION");
		tpl_set(o, "VALUE", "onbekend");
		tpl_set(o, "LABEL", "Onbekend (nog geen wijk)");
		if (v->rq.wijk_code && !strcmp(v->rq.wijk_code, "onbekend"))
			tpl_show(o, "SELECTED");
	}
	for (int g = 0; g < KPI_GRAIN__MAX; g++) {
		o = tpl_section(f, "TREND_OPTION");
		tpl_set(o, "VALUE", kpi_grain_ids[g]);
		tpl_set(o, "LABEL", g == KPI_GRAIN_WEEK ? "Per week" : "Per maand");
		if ((int)v->grain == g)
			tpl_show(o, "SELECTED");
	}
	o = tpl_section(f, "MAAT_OPTION");
	tpl_set(o, "VALUE", "aantal");
	tpl_set(o, "LABEL", "Aantal meldingen");
	if (!v->per100)
		tpl_show(o, "SELECTED");
	o = tpl_section(f, "MAAT_OPTION");
	tpl_set(o, "VALUE", "per100");
	tpl_set(o, "LABEL", "Per 100 woningen");
	if (v->per100)
		tpl_show(o, "SELECTED");

	/* The rarer choices stay folded unless one of them is in use or wrong. */
	if (v->periode == DASH_EIGEN || v->rq.peildatum != v->today || v->per100 ||
	    v->grain != (v->periode == DASH_WEEK || v->periode == DASH_MAAND ? KPI_GRAIN_WEEK : KPI_GRAIN_MONTH) ||
	    http_query(req, "van") || http_query(req, "peildatum"))
		tpl_show(d, "MORE_OPEN");
	if (v->has_prev || v->has_next) {
		struct tpl_dict *nav = tpl_section(d, "PERIOD_NAV");
		if (v->has_prev) {
			buf_reset(&b);
			buf_addf(&b, "%s?", path);
			view_query(&b, v, v->prev_datum);
			b.buf[--b.len] = '\0';
			struct tpl_dict *x = tpl_section(nav, "PREV");
			tpl_set(x, "HREF", b.buf);
			tpl_set(x, "LABEL", v->periode == DASH_WEEK ? "Vorige week" : v->periode == DASH_MAAND ? "Vorige maand"
					    : v->periode == DASH_KWARTAAL ? "Vorig kwartaal" : "Vorig jaar");
		}
		if (v->has_next) {
			buf_reset(&b);
			buf_addf(&b, "%s?", path);
			view_query(&b, v, v->next_datum);
			b.buf[--b.len] = '\0';
			struct tpl_dict *x = tpl_section(nav, "NEXT");
			tpl_set(x, "HREF", b.buf);
			tpl_set(x, "LABEL", v->periode == DASH_WEEK ? "Volgende week" : v->periode == DASH_MAAND ? "Volgende maand"
					    : v->periode == DASH_KWARTAAL ? "Volgend kwartaal" : "Volgend jaar");
		}
	}
	buf_release(&b);
}

/* ---- the overview ---- */

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

static void count_text(int64_t v, char *out, size_t size)
{
	svg_format_number((double)v, 0, out, size);
}

static char *link(struct req *req, const struct dash_view *v, int with_period, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/*
 * A figure in a tile's note with its own list, as a link beside the tile's
 * (a link cannot hold another): "te laat 3" opens those three.
 */
static void sub_link(struct req *req, struct tpl_dict *tile, const char *what, int64_t n, const char *href)
{
	char a[32];
	struct tpl_dict *x = tpl_section(tile, "SUB");
	count_text(n, a, sizeof(a));
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
		count_text(t->binnen_streefwaarde, a, sizeof(a));
		count_text(t->op_tijd + t->te_laat, b, sizeof(b));
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

/* A /meldingen link with the view's filters and more ("categorie=%s"), in the arena. */
static char *link(struct req *req, const struct dash_view *v, int with_period, const char *fmt, ...)
{
	struct buf b = BUF_INIT;
	va_list ap;

	dash_list_link(&b, v, with_period);
	va_start(ap, fmt);
	buf_vaddf(&b, fmt, ap);
	va_end(ap);
	while (b.len && (b.buf[b.len - 1] == '&' || b.buf[b.len - 1] == '?'))
		b.buf[--b.len] = '\0';
	char *s = arena_strdup(&req->arena, b.buf);
	buf_release(&b);
	return s;
}

/* Appends a query value, percent-encoded, into the arena: for codes in links. */
static const char *enc(struct req *req, const char *s)
{
	struct buf b = BUF_INIT;
	buf_add_urlencoded(&b, s);
	char *r = arena_strdup(&req->arena, b.buf);
	buf_release(&b);
	return r;
}

static void tiles(struct req *req, struct tpl_dict *d, const struct dash_view *v, const struct kpi_report *rep)
{
	const struct kpi_result *r = &rep->r;
	char value[32], a[32];

	count_text(r->ontvangen, value, sizeof(value));
	struct tpl_dict *t = tile(d, "Meldingen ontvangen", value, link(req, v, 1, "%s", ""), "");
	count_text(r->melders_uniek, a, sizeof(a));
	tpl_setf(t, "NOTE", "van %s verschillende melders", a);

	term_tile(req, d, v, "Ontvangst bevestigd binnen termijn", &r->bevestiging, 0, "bevestiging");
	term_tile(req, d, v, "Teruggekoppeld binnen termijn", &r->terugkoppeling, 0, "terugkoppeling");
	term_tile(req, d, v, "Teruggekoppeld binnen streefwaarde", &r->terugkoppeling, 1, "terugkoppeling");

	/* The doorlooptijd is measured over the meldingen answered by the peildatum: that list. */
	const char *answered = link(req, v, 1, "termijn=teruggekoppeld");
	if (r->doorloop_mediaan < 0) {
		t = tile(d, "Doorlooptijd (mediaan)", "–", answered, "");
		tpl_set(t, "NOTE", "Nog geen terugkoppelingen in deze periode.");
	} else {
		snprintf(value, sizeof(value), "%d wd", r->doorloop_mediaan);
		t = tile(d, "Doorlooptijd (mediaan)", value, answered, "");
		tpl_setf(t, "NOTE", "90%% binnen %d werkdagen (p90)", r->doorloop_p90);
	}

	/*
	 * Late on either term (also those confirmed or answered too late), each
	 * melding once, so the list behind the tile holds exactly that many;
	 * the two terms apart link beside it.
	 */
	count_text(r->te_laat_meldingen, value, sizeof(value));
	t = tile(d, "Te laat", value, link(req, v, 1, "termijn=te_laat"),
		 r->te_laat_meldingen ? "tile-late" : "tile-ok");
	tpl_set(t, "NOTE", "meldingen, met bevestigen of terugkoppelen");
	sub_link(req, t, "bevestiging", r->bevestiging.te_laat, link(req, v, 1, "termijn=bevestiging_te_laat"));
	sub_link(req, t, "terugkoppeling", r->terugkoppeling.te_laat, link(req, v, 1, "termijn=terugkoppeling_te_laat"));

	count_text(r->open_meldingen, value, sizeof(value));
	t = tile(d, "Open, nog binnen termijn", value, link(req, v, 1, "termijn=open"), "");
	tpl_set(t, "NOTE", "meldingen waarvan een termijn nog loopt");
	sub_link(req, t, "te bevestigen", r->bevestiging.open, link(req, v, 1, "termijn=bevestiging_open"));
	sub_link(req, t, "terug te koppelen", r->terugkoppeling.open, link(req, v, 1, "termijn=terugkoppeling_open"));

	/* Dossiers: the list behind them filters on wijk and status or kenmerk. */
	struct buf w = BUF_INIT;
	if (v->rq.wijk_code && v->rq.wijk_id > 0) {
		buf_addstr(&w, "wijk=");
		buf_add_urlencoded(&w, v->rq.wijk_code);
		buf_addch(&w, '&');
	}
	static const struct {
		const char *label, *note, *query;
		size_t field;
	} dossier_tiles[] = {
		{ "Dossiers geopend", "in deze periode", "", offsetof(struct kpi_dossier_result, geopend) },
		{ "Dossiers open", "op de peildatum", "status=open&", offsetof(struct kpi_dossier_result, open_op_peildatum) },
		{ "Vervuilde woningen", "adressen met een dossier, gemarkeerd als vervuild", "kenmerk=vervuild&",
		  offsetof(struct kpi_dossier_result, vervuilde_woningen) },
		{ "Uitzettingen", "dossiers gesloten met een ontruiming", "status=gesloten&",
		  offsetof(struct kpi_dossier_result, uitzettingen) },
		{ "Doorverwijzingen", "naar partners verstuurd", NULL, offsetof(struct kpi_dossier_result, doorverwijzingen) },
	};
	for (size_t i = 0; i < sizeof(dossier_tiles) / sizeof(dossier_tiles[0]); i++) {
		int64_t n = *(const int64_t *)((const char *)&rep->dossiers + dossier_tiles[i].field);
		struct tpl_dict *x = tpl_section(d, "DOSSIER_TILE");
		count_text(n, value, sizeof(value));
		tpl_set(x, "LABEL", dossier_tiles[i].label);
		tpl_set(x, "VALUE", value);
		if (dossier_tiles[i].field == offsetof(struct kpi_dossier_result, doorverwijzingen))
			tpl_setf(x, "NOTE", "naar partners verstuurd, uit %lld %s", (long long)rep->dossiers.dossiers_doorverwezen,
				 rep->dossiers.dossiers_doorverwezen == 1 ? "dossier" : "dossiers");
		else
			tpl_set(x, "NOTE", dossier_tiles[i].note);
		char *href = dossier_tiles[i].query
			? arena_printf(&req->arena, "/dossiers?%s%s", dossier_tiles[i].query, w.buf)
			: arena_printf(&req->arena, "/doorverwijzingen?%s", w.buf);
		size_t hl = strlen(href);
		while (hl && (href[hl - 1] == '&' || href[hl - 1] == '?'))
			href[--hl] = '\0';
		tpl_set(x, "HREF", href);
	}
	buf_release(&w);
}

static void breakdowns(struct req *req, struct tpl_dict *d, const struct dash_view *v, const struct kpi_report *rep)
{
	char a[32], b[32];

	for (int i = 0; i < rep->n_categorie; i++) {
		const struct kpi_named *c = &rep->categorie[i];
		if (!c->count && !c->kosten_cent)
			continue;
		struct tpl_dict *x = tpl_section(d, "CAT_ROW");
		tpl_set(x, "NAAM", c->naam);
		count_text(c->count, a, sizeof(a));
		tpl_set(x, "COUNT", a);
		tpl_set(x, "HREF", link(req, v, 1, "categorie=%s", enc(req, c->code)));
		if (c->kosten_cent) {
			euros_format(c->kosten_cent, b);
			tpl_setf(x, "KOSTEN", "€ %s", b);
		}
	}
	for (int i = 0; i < PIJLER__MAX; i++) {
		struct tpl_dict *x = tpl_section(d, "PIJLER_ROW");
		tpl_set(x, "NAAM", pijler_labels[i]);
		count_text(rep->per_pijler[i], a, sizeof(a));
		tpl_set(x, "COUNT", a);
		tpl_set(x, "HREF", link(req, v, 1, "pijler=%s", pijler_ids[i]));
	}
	for (int i = 0; i < KANAAL__MAX; i++) {
		if (!rep->per_kanaal[i])
			continue;
		struct tpl_dict *x = tpl_section(d, "KANAAL_ROW");
		tpl_set(x, "NAAM", kanaal_labels[i]);
		count_text(rep->per_kanaal[i], a, sizeof(a));
		tpl_set(x, "COUNT", a);
		tpl_set(x, "HREF", link(req, v, 1, "kanaal=%s", kanaal_ids[i]));
	}
	for (int i = 0; i < rep->n_wijk; i++) {
		const struct kpi_named *w = &rep->wijk[i];
		if (rep->rq.wijk_id && rep->rq.wijk_id != w->id)
			continue;
		struct tpl_dict *x = tpl_section(d, "WIJK_ROW");
		tpl_set(x, "NAAM", w->naam);
		count_text(w->count, a, sizeof(a));
		tpl_set(x, "COUNT", a);
		struct buf h = BUF_INIT;
		buf_addstr(&h, "/meldingen?");
		add_day(&h, "van", v->rq.van);
		add_day(&h, "tot", v->rq.tot);
		add_day(&h, "peildatum", v->rq.peildatum);
		buf_addstr(&h, "wijk=");
		buf_add_urlencoded(&h, w->code);
		tpl_set(x, "HREF", h.buf);
		buf_release(&h);
		count_text(w->woningen, b, sizeof(b));
		tpl_set(x, "WONINGEN", w->woningen ? b : "–");
		double rate = kpi_per_100(w->count, w->woningen);
		if (rate < 0)
			tpl_set(x, "PER100", "–");
		else {
			svg_format_number(rate, 1, b, sizeof(b));
			tpl_set(x, "PER100", b);
		}
	}
	if (rep->onbekend && (!rep->rq.wijk_id || rep->rq.wijk_id == -1)) {
		struct tpl_dict *x = tpl_section(d, "WIJK_ROW");
		tpl_set(x, "NAAM", "Onbekend (nog geen wijk)");
		count_text(rep->onbekend, a, sizeof(a));
		tpl_set(x, "COUNT", a);
		struct buf h = BUF_INIT;
		buf_addstr(&h, "/meldingen?");
		add_day(&h, "van", v->rq.van);
		add_day(&h, "tot", v->rq.tot);
		add_day(&h, "peildatum", v->rq.peildatum);
		buf_addstr(&h, "wijk=onbekend");
		tpl_set(x, "HREF", h.buf);
		buf_release(&h);
		tpl_set(x, "WONINGEN", "–");
		tpl_set(x, "PER100", "–");
	}
}

static void worklist(struct req *req, struct tpl_dict *d, const struct dash_view *v)
{
	struct db *db = db_thread();
	struct kpi_work_scope ws = { .today = v->today, .wijk_id = v->rq.wijk_id, .scope_user = scope_user(req) };
	struct kpi_work_row *rows;
	char a[32];
	int64_t tot[5] = { 0 };

	int n = kpi_work_per_assignee(db, &req->arena, &ws, !ws.scope_user && !v->rq.wijk_id, &rows);
	if (n < 0) {
		tpl_show(d, "WORK_ERROR");
		return;
	}
	struct tpl_dict *w = tpl_section(d, "WORK");
	char vandaag[48];
	calendar_day_long(v->today, vandaag);
	tpl_set(w, "VANDAAG", vandaag);
	for (int i = 0; i < n; i++) {
		const struct kpi_work_row *r = &rows[i];
		struct tpl_dict *x = tpl_section(w, "WORK_ROW");
		char who[32];
		if (r->assignee_id)
			snprintf(who, sizeof(who), "%lld", (long long)r->assignee_id);
		else
			snprintf(who, sizeof(who), "geen");
		tpl_set(x, "NAAM", r->assignee_id ? r->naam : "Nog niet toegewezen");
		if (!r->assignee_id)
			tpl_show(x, "NOBODY");
		const int64_t vals[5] = { r->bevestigen_vandaag, r->bevestigen_te_laat, r->terugkoppelen_vandaag,
					  r->terugkoppelen_te_laat, r->open };
		static const char *const keys[5] = { "BV", "BL", "TV", "TL", "OPEN" };
		for (int k = 0; k < 5; k++) {
			tot[k] += vals[k];
			count_text(vals[k], a, sizeof(a));
			struct tpl_dict *c = tpl_section(x, "CELL");
			tpl_set(c, "VALUE", a);
			tpl_set(c, "KEY", keys[k]);
			if (k == 1 || k == 3)
				tpl_set(c, "CLASS", vals[k] ? "badge badge-late" : "");
			else if (k == 0 || k == 2)
				tpl_set(c, "CLASS", vals[k] ? "badge badge-today" : "");
			const char *href;
			/* Live figures (today): the list without the period, with the same conditions. */
			switch (k) {
			case 0:
				href = link(req, v, 0, "behandelaar=%s&vandaag=bevestigen", who);
				break;
			case 2:
				href = link(req, v, 0, "behandelaar=%s&vandaag=terugkoppelen", who);
				break;
			case 1:
				href = link(req, v, 0, "behandelaar=%s&te_laat=bevestiging", who);
				break;
			case 3:
				href = link(req, v, 0, "behandelaar=%s&te_laat=terugkoppeling", who);
				break;
			default:
				href = link(req, v, 0, "behandelaar=%s&sorteer=terugkoppelen", who);
				break;
			}
			if (vals[k])
				tpl_set(tpl_section(c, "LINK"), "HREF", href);
			else
				tpl_show(c, "ZERO");
		}
	}
	if (!n)
		tpl_show(w, "WORK_EMPTY");
	for (int k = 0; k < 5; k++) {
		static const char *const keys[5] = { "T_BV", "T_BL", "T_TV", "T_TL", "T_OPEN" };
		count_text(tot[k], a, sizeof(a));
		tpl_set(w, keys[k], a);
	}
	struct buf h = BUF_INIT;
	buf_addstr(&h, "/dashboard/werklijst?");
	dash_view_query(&h, v);
	h.buf[--h.len] = '\0';
	tpl_set(w, "WERKLIJST_HREF", h.buf);
	buf_release(&h);
}

/* ---- series ---- */

struct series {
	int n;
	int32_t start[KPI_TREND_MAX + 1];
	struct kpi_result *r;
	const char *labels[KPI_TREND_MAX], *labels_lang[KPI_TREND_MAX];
};

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

int dash_series_buckets(const struct dash_view *v, int32_t *start)
{
	int n = v->grain == KPI_GRAIN_MONTH ? TREND_MONTHS : TREND_WEEKS;
	kpi_trend_buckets(v->grain, v->rq.tot, n, start);
	if (start[n] > v->rq.tot + 1)
		start[n] = v->rq.tot + 1;
	return n;
}

static int compute_series(struct req *req, const struct kpi_report *rep, const struct kpi_facts *facts,
			  struct series *s)
{
	const struct kpi_params *p = &rep->params;
	s->r = arena_alloc(&req->arena, (size_t)s->n * sizeof(*s->r));
	for (int i = 0; i < s->n; i++) {
		s->r[i].per_categorie = arena_alloc(&req->arena, p->n_categorie * sizeof(int64_t));
		s->r[i].kosten_per_categorie = arena_alloc(&req->arena, p->n_categorie * sizeof(int64_t));
		s->r[i].per_pijler = arena_alloc(&req->arena, p->n_pijler * sizeof(int64_t));
		s->r[i].per_kanaal = arena_alloc(&req->arena, p->n_kanaal * sizeof(int64_t));
		s->r[i].per_wijk = arena_alloc(&req->arena, p->n_wijk * sizeof(int64_t));
	}
	uint64_t *scratch = malloc(kpi_scratch_len(facts->n) * sizeof(uint64_t));
	if (!scratch)
		abort();
	int rc = kpi_trend_compute(facts->f, facts->n, p, s->start, s->n, s->r, scratch);
	free(scratch);
	return rc;
}

static void trends(struct req *req, struct tpl_dict *d, const struct dash_view *v, const struct kpi_report *rep,
		   const struct series *s)
{
	char a[32];
	double *bev = arena_alloc(&req->arena, (size_t)s->n * sizeof(double));
	double *ter = arena_alloc(&req->arena, (size_t)s->n * sizeof(double));
	double *str = arena_alloc(&req->arena, (size_t)s->n * sizeof(double));
	double *pij[PIJLER__MAX];
	struct svg_series ps[PIJLER__MAX];

	for (int k = 0; k < PIJLER__MAX; k++) {
		pij[k] = arena_alloc(&req->arena, (size_t)s->n * sizeof(double));
		ps[k].naam = pijler_labels[k];
		ps[k].v = pij[k];
	}
	for (int i = 0; i < s->n; i++) {
		bev[i] = s->r[i].bevestiging.percentage_op_tijd;
		ter[i] = s->r[i].terugkoppeling.percentage_op_tijd;
		str[i] = s->r[i].terugkoppeling.percentage_binnen_streefwaarde;
		for (int k = 0; k < PIJLER__MAX; k++)
			pij[k][i] = (double)s->r[i].per_pijler[k];
	}
	const char *per = v->grain == KPI_GRAIN_MONTH ? "per maand" : "per week";
	char first[48], last[48];
	calendar_day_long(s->start[0], first);
	calendar_day_long(s->start[s->n] - 1, last);
	struct tpl_dict *t = tpl_section(d, "TREND");
	tpl_set(t, "PER", per);
	tpl_set(t, "EENHEID", v->grain == KPI_GRAIN_MONTH ? "maand" : "week");
	tpl_setf(t, "BEREIK", "%s t/m %s", first, last);

	struct svg_series ls[3] = {
		{ "Bevestiging op tijd", bev },
		{ "Terugkoppeling op tijd", ter },
		{ "Binnen streefwaarde", str },
	};
	struct svg_chart c1 = {
		.id = "grafiek-termijnen", .n = s->n, .labels = s->labels, .labels_lang = s->labels_lang,
		.procent = 1, .norm = KPI_NORM_TERMIJN_GROEN, .norm_label = "norm 90%",
	};
	c1.titel = arena_printf(&req->arena, "Termijnen gehaald, %s", per);
	c1.omschrijving = arena_printf(&req->arena,
		"Lijngrafiek van het percentage meldingen dat op tijd is bevestigd, op tijd is teruggekoppeld "
		"en binnen de streefwaarde is teruggekoppeld, %s van %s t/m %s. De stippellijn is de norm van 90%%. "
		"De cijfers staan ook in de tabel onder de grafiek.", per, first, last);
	svg_line_chart(tpl_include(t, "CHART_TERMIJNEN", "dashboard_chart.tpl"), &c1, ls, 3);

	struct svg_chart c2 = {
		.id = "grafiek-soorten", .n = s->n, .labels = s->labels, .labels_lang = s->labels_lang,
		.procent = 0, .norm = -1,
	};
	c2.titel = arena_printf(&req->arena, "Meldingen per pijler, %s", per);
	c2.omschrijving = arena_printf(&req->arena,
		"Gestapelde staafgrafiek van het aantal ontvangen meldingen %s, verdeeld over de vier pijlers, "
		"van %s t/m %s. De aantallen per soort staan in de tabel onder de grafiek.", per, first, last);
	svg_bar_chart(tpl_include(t, "CHART_SOORTEN", "dashboard_chart.tpl"), &c2, ps, PIJLER__MAX);

	/* The same numbers as a table. */
	for (int k = 0; k < PIJLER__MAX; k++)
		tpl_set(tpl_section(t, "PIJLER_HEAD"), "NAAM", pijler_kort[k]);
	for (int i = 0; i < s->n; i++) {
		struct tpl_dict *x = tpl_section(t, "TREND_ROW");
		tpl_set(x, "LABEL", s->labels_lang[i]);
		count_text(s->r[i].ontvangen, a, sizeof(a));
		tpl_set(x, "ONTVANGEN", a);
		dash_pct(bev[i], a, sizeof(a));
		tpl_set(x, "BEV", a);
		dash_pct(ter[i], a, sizeof(a));
		tpl_set(x, "TER", a);
		dash_pct(str[i], a, sizeof(a));
		tpl_set(x, "STREEF", a);
		for (int k = 0; k < PIJLER__MAX; k++) {
			count_text(s->r[i].per_pijler[k], a, sizeof(a));
			tpl_set(tpl_section(x, "PCELL"), "VALUE", a);
		}
	}

	/* Meldingen per soort per bucket, coloured like the heatmap. */
	int64_t max = 0;
	for (int c = 0; c < rep->n_categorie; c++)
		for (int i = 0; i < s->n; i++)
			if (s->r[i].per_categorie[rep->categorie[c].id] > max)
				max = s->r[i].per_categorie[rep->categorie[c].id];
	for (int i = 0; i < s->n; i++)
		tpl_set(tpl_section(t, "SOORT_HEAD"), "LABEL", s->labels[i]);
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
			count_text(n, a, sizeof(a));
			tpl_set(cell, "VALUE", a);
			tpl_set_int(cell, "HEAT", kpi_heat_class((double)n, (double)max));
			tpl_setf(cell, "TITLE", "%s, %s: %s", rep->categorie[c].naam, s->labels_lang[i], a);
		}
		count_text(sum, a, sizeof(a));
		tpl_set(x, "SUM", a);
	}
}

/* ---- heatmap: melding types x wijken ---- */

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

static void heatmap(struct req *req, struct tpl_dict *d, const struct dash_view *v, const struct kpi_report *rep,
		    const struct kpi_facts *facts)
{
	const struct kpi_params *p = &rep->params;
	int cols = 0;
	int *row_of = arena_alloc(&req->arena, p->n_wijk * sizeof(int));
	int *col_of = arena_alloc(&req->arena, p->n_categorie * sizeof(int));
	const struct kpi_named **wijk = arena_alloc(&req->arena, ((size_t)rep->n_wijk + 1) * sizeof(*wijk));
	char a[32];

	/* Columns: the wijken shown (all in scope, or the one chosen), then onbekend. */
	for (size_t i = 0; i < p->n_wijk; i++)
		row_of[i] = -1;
	for (int i = 0; i < rep->n_wijk; i++) {
		if (rep->rq.wijk_id && rep->rq.wijk_id != rep->wijk[i].id)
			continue;
		row_of[rep->wijk[i].id] = cols;
		wijk[cols++] = &rep->wijk[i];
	}
	int onbekend = -1;
	if (rep->onbekend && (!rep->rq.wijk_id || rep->rq.wijk_id == -1))
		onbekend = cols++;
	for (size_t i = 0; i < p->n_categorie; i++)
		col_of[i] = -1;
	for (int c = 0; c < rep->n_categorie; c++)
		col_of[rep->categorie[c].id] = c;
	if (!cols || !rep->n_categorie)
		return;

	/* kpi_matrix counts rows x cols; here rows are wijken, so count then read transposed. */
	int64_t *m = arena_alloc(&req->arena, (size_t)cols * (size_t)rep->n_categorie * sizeof(int64_t));
	struct kpi_matrix_spec spec = {
		.van = rep->rq.van, .tot = rep->rq.tot, .peildatum = rep->rq.peildatum,
		.row_of = row_of, .n_row_of = p->n_wijk, .onbekend_row = onbekend,
		.col_of = col_of, .n_col_of = p->n_categorie, .cols = rep->n_categorie,
	};
	kpi_matrix(facts->f, facts->n, &spec, m);

	double max = 0;
	for (int w = 0; w < cols; w++)
		for (int c = 0; c < rep->n_categorie; c++) {
			double x = (double)m[(size_t)w * (size_t)rep->n_categorie + (size_t)c];
			if (v->per100)
				x = w == onbekend ? -1 : kpi_round1(kpi_per_100((int64_t)x, wijk[w]->woningen));
			if (x > max)
				max = x;
		}

	struct tpl_dict *h = tpl_section(d, "HEATMAP");
	tpl_set(h, "MAAT", v->per100 ? "meldingen per 100 woningen" : "aantal meldingen");
	for (int w = 0; w < cols; w++)
		tpl_set(tpl_section(h, "HM_COL"), "NAAM", w == onbekend ? "Onbekend" : wijk[w]->naam);
	for (int c = 0; c < rep->n_categorie; c++) {
		int64_t sum = 0;
		for (int w = 0; w < cols; w++)
			sum += m[(size_t)w * (size_t)rep->n_categorie + (size_t)c];
		if (!sum)
			continue;
		struct tpl_dict *r = tpl_section(h, "HM_ROW");
		tpl_set(r, "NAAM", rep->categorie[c].naam);
		for (int w = 0; w < cols; w++) {
			int64_t n = m[(size_t)w * (size_t)rep->n_categorie + (size_t)c];
			double x = (double)n;
			struct tpl_dict *cell = tpl_section(r, "HM_CELL");
			if (v->per100) {
				x = w == onbekend ? -1 : kpi_round1(kpi_per_100(n, wijk[w]->woningen));
				if (x < 0)
					snprintf(a, sizeof(a), "–");
				else
					svg_format_number(x, 1, a, sizeof(a));
			} else {
				count_text(n, a, sizeof(a));
			}
			tpl_set(cell, "VALUE", a);
			tpl_set_int(cell, "HEAT", kpi_heat_class(x, max));
			const char *wc = w == onbekend ? "onbekend" : wijk[w]->code;
			struct buf l = BUF_INIT;
			buf_addstr(&l, "/meldingen?");
			add_day(&l, "van", v->rq.van);
			add_day(&l, "tot", v->rq.tot);
			add_day(&l, "peildatum", v->rq.peildatum);
			buf_addstr(&l, "wijk=");
			buf_add_urlencoded(&l, wc);
			buf_addstr(&l, "&categorie=");
			buf_add_urlencoded(&l, rep->categorie[c].code);
			tpl_set(cell, "HREF", l.buf);
			buf_release(&l);
			count_text(n, a, sizeof(a));
			tpl_setf(cell, "TITLE", "%s in %s: %s meldingen", rep->categorie[c].naam,
				 w == onbekend ? "onbekende wijk" : wijk[w]->naam, a);
		}
		if (v->per100) {
			/* The whole row: all its meldingen over the homes of the wijken shown. */
			int64_t homes = 0, counted = 0;
			for (int w = 0; w < cols; w++)
				if (w != onbekend) {
					homes += wijk[w]->woningen;
					counted += m[(size_t)w * (size_t)rep->n_categorie + (size_t)c];
				}
			double rate = kpi_round1(kpi_per_100(counted, homes));
			if (rate < 0)
				snprintf(a, sizeof(a), "–");
			else
				svg_format_number(rate, 1, a, sizeof(a));
		} else {
			count_text(sum, a, sizeof(a));
		}
		tpl_set(r, "SUM", a);
	}
	dash_heat_legend(h, "HEAT_LEGEND", max, v->per100);
}

static void exports(struct req *req, struct tpl_dict *d, const struct dash_view *v)
{
	struct session *s = req->session;
	if (!s || policy_route(s->role, ACT_EXPORT) != VERDICT_ALLOW)
		return;
	struct tpl_dict *x = tpl_section(d, "EXPORT");
	static const struct {
		const char *key, *path;
		int kpi;
	} files[] = {
		{ "MELDINGEN", "/export/meldingen.csv", 0 },
		{ "KPI", "/export/kpi.csv", 1 },
		{ "DOSSIERS", "/export/dossiers.csv", 0 },
		{ "DOORVERWIJZINGEN", "/export/doorverwijzingen.csv", 1 },
	};
	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		for (int komma = 0; komma < 2; komma++) {
			struct buf b = BUF_INIT;
			buf_addf(&b, "%s?", files[i].path);
			add_day(&b, "van", v->rq.van);
			add_day(&b, "tot", v->rq.tot);
			if (files[i].kpi && v->rq.peildatum != v->today)
				add_day(&b, "peildatum", v->rq.peildatum);
			if (v->rq.wijk_code) {
				buf_addstr(&b, "wijk=");
				buf_add_urlencoded(&b, v->rq.wijk_code);
				buf_addch(&b, '&');
			}
			if (komma)
				buf_addstr(&b, "scheiding=komma&");
			b.buf[--b.len] = '\0';
			char key[40];
			snprintf(key, sizeof(key), "%s_%s", files[i].key, komma ? "KOMMA" : "PUNTKOMMA");
			tpl_set(x, key, b.buf);
			buf_release(&b);
		}
	}
}

int handle_dashboard(struct req *req)
{
	struct dash_view v;
	struct tpl_dict *d = page_new(req, "Dashboard", "dashboard.tpl");
	struct tpl_dict *filters = tpl_include(d, "FILTERS", "dashboard_filters.tpl");
	struct form f = FORM_INIT(filters);

	int rc = dash_view_parse(req, &v, &f);
	if (rc == 404)
		return http_error(req, 404, "Niet gevonden", "Deze wijk bestaat niet of valt buiten uw gebied.");
	dash_tabs(req, tpl_include(d, "TABS", "dashboard_tabs.tpl"), rc ? NULL : &v, "/dashboard");
	dash_filters(req, filters, &v, "/dashboard");
	if (rc == 422)
		return page_send(req, 422);

	struct series s;
	s.n = dash_series_buckets(&v, s.start);
	struct kpi_report *rep = arena_alloc(&req->arena, sizeof(*rep));
	struct kpi_facts facts = { 0 };
	if (kpi_run_facts(req, &v.rq, s.start[0], rep, &facts))
		return http_unavailable(req, "De cijfers konden niet worden geladen. Probeer het over een minuut opnieuw.");
	kpi_facts_sort(facts.f, facts.n);

	tpl_set(d, "PERIODE", v.titel);
	char peil[48];
	calendar_day_long(v.rq.peildatum, peil);
	tpl_set(d, "PEILDATUM", peil);
	if (v.rq.peildatum != v.today)
		tpl_show(d, "PEIL_ANDERS");
	const char *wijk_naam = v.rq.wijk_id == -1 ? "meldingen zonder wijk" : NULL;
	for (int i = 0; i < rep->n_wijk; i++)
		if (rep->wijk[i].id == v.rq.wijk_id)
			wijk_naam = rep->wijk[i].naam;
	tpl_set(d, "WIJK", wijk_naam ? wijk_naam : scope_user(req) ? "uw wijken" : "alle wijken");

	tiles(req, d, &v, rep);
	breakdowns(req, d, &v, rep);
	worklist(req, d, &v);
	dash_series_labels(req, &v, s.start, s.n, s.labels, s.labels_lang);
	if (compute_series(req, rep, &facts, &s) == 0)
		trends(req, d, &v, rep, &s);
	heatmap(req, d, &v, rep, &facts);
	exports(req, d, &v);
	kpi_facts_release(&facts);

	struct buf b = BUF_INIT;
	buf_addstr(&b, "/dashboard/uitleg?");
	dash_view_query(&b, &v);
	b.buf[--b.len] = '\0';
	tpl_set(d, "UITLEG_HREF", b.buf);
	buf_release(&b);
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
	int rc = dash_view_parse(req, &v, &f);
	tpl_dict_free(scratch);
	dash_tabs(req, tpl_include(d, "TABS", "dashboard_tabs.tpl"), rc ? NULL : &v, "/dashboard/uitleg");
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
