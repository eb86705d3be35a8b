/*
 * dashboard.c - GET /dashboard, the overview, and GET /dashboard/uitleg,
 * the definitions. What every dashboard page shares (the view, links,
 * tabs, filters, number formats) is dashboard_view.c's.
 *
 * The overview is built in steps, each filling one part of dashboard.tpl:
 * show_header(), tiles(), per_kind(), per_wijk(), worklist(), trends(),
 * heatmap(), exports(). The figures come from kpi_dashboard_run
 * (app/kpi.h), the live worklist from store/kpi_work.h.
 */
#include "web/dashboard.h"
#include "db/db.h"
#include "domain/calendar.h"
#include "domain/fields.h"
#include "domain/melding.h"
#include "http/http.h"
#include "lib/buf.h"
#include "render/form.h"
#include "render/page.h"
#include "render/svg.h"
#include "render/tpl.h"
#include "store/kpi_work.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* Pillars in narrow table headers. */
static const char *const pijler_kort[PIJLER__MAX] = { "Fysiek", "Sociaal preventief", "Sociaal repressief", "Samen wonen" };

/* The dashboard's refusals: a wijk outside the user's scope, figures that cannot be loaded. */
static const struct refusal dash_refusal = {
	.not_found_title = "Niet gevonden",
	.not_found_text = "Deze wijk bestaat niet of valt buiten uw gebied.",
	.unavailable_text = "De cijfers konden niet worden geladen. Probeer het over een minuut opnieuw.",
};

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

/*
 * Dossiers and referrals: each figure links to the list that holds exactly
 * what it counts (store/kpi_dossier.c's conditions as list filters), for
 * the period up to the peildatum, the wijk, and - for who does not see
 * every dossier - bereik=wijken, since the figures leave out what the user
 * sees only as a team member. The status is always in the link: the lists
 * open on open work by themselves.
 */
static const char *dossier_link(struct req *req, const struct dash_view *v, int narrow, const char *path,
				const char *k_van, int32_t van, const char *k_tot, int32_t tot, const char *extra)
{
	struct buf b = BUF_INIT;

	buf_addstr(&b, path);
	buf_addstr(&b, "?status=alle&");
	dash_add_day(&b, k_van, van);
	if (k_tot)
		dash_add_day(&b, k_tot, tot);
	if (extra)
		buf_addstr(&b, extra);
	if (v->rq.wijk_code && v->rq.wijk_id > 0)
		dash_add_param(&b, "wijk", v->rq.wijk_code);
	if (narrow)
		buf_addstr(&b, "bereik=wijken&");
	return dash_href(&req->arena, &b);
}

static struct tpl_dict *dossier_tile(struct tpl_dict *d, const char *label, int64_t n, const char *note,
				     const char *href)
{
	char value[32];
	struct tpl_dict *x = tpl_section(d, "DOSSIER_TILE");

	dash_count(n, value, sizeof(value));
	tpl_set(x, "LABEL", label);
	tpl_set(x, "VALUE", value);
	tpl_set(x, "NOTE", note);
	tpl_set(x, "HREF", href);
	return x;
}

static void dossier_tiles(struct req *req, struct tpl_dict *d, const struct dash_view *v,
			  const struct kpi_dossier_result *dos)
{
	const struct actor *who = http_actor(req);
	int narrow = v->bereik || !kpi_with_gevoelig(who, ACT_DOSSIER_READ);
	/* The figures count up to the peildatum when it lies before the end of the period. */
	int32_t van = v->rq.van, last = v->rq.tot < v->rq.peildatum ? v->rq.tot : v->rq.peildatum;
	char a[32];

	/* Every dossier has a wijk: the onbekend queue has none to count. */
	if (v->rq.wijk_id < 0)
		return;
	dossier_tile(d, "Dossiers geopend", dos->geopend, "in deze periode",
		     dossier_link(req, v, narrow, "/dossiers", "geopend_van", van, "geopend_tot", last, NULL));
	dossier_tile(d, "Dossiers open", dos->open_op_peildatum, "op de peildatum",
		     dossier_link(req, v, narrow, "/dossiers", "open_op", v->rq.peildatum, NULL, 0, NULL));
	dossier_tile(d, "Vervuilde woningen", dos->vervuilde_woningen,
		     "adressen met een dossier, gemarkeerd als vervuild",
		     dossier_link(req, v, narrow, "/dossiers", "vervuild_van", van, "vervuild_tot", last, NULL));
	dossier_tile(d, "Uitzettingen", dos->uitzettingen, "dossiers gesloten met een ontruiming",
		     dossier_link(req, v, narrow, "/dossiers", "gesloten_van", van, "gesloten_tot", last,
				  "uitkomst=ontruiming&"));
	/* Who may not read referrals gets no figure whose list they cannot open. */
	if (policy_route(who->role, ACT_REFERRAL_READ) != VERDICT_ALLOW)
		return;
	struct tpl_dict *t = dossier_tile(
		d, "Doorverwijzingen", dos->doorverwijzingen,
		"naar partners verstuurd (uit hoeveel dossiers: ernaast)",
		dossier_link(req, v, narrow, "/doorverwijzingen", "verstuurd_van", van, "verstuurd_tot", last, NULL));
	/* The dossiers they came from, beside it (a link cannot hold another). */
	struct tpl_dict *x = tpl_section(t, "SUB");
	dash_count(dos->dossiers_doorverwezen, a, sizeof(a));
	tpl_set(x, "TEXT", arena_printf(&req->arena, "dossiers %s", a));
	tpl_set(x, "HREF", dossier_link(req, v, narrow, "/dossiers", "doorverwezen_van", van, "doorverwezen_tot", last,
					NULL));
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
	tpl_set(w, "WERKLIJST_HREF", dash_page_link(req, "/dashboard/werklijst", v));
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
	int running;                              /* the bucket still running, or -1 */
	int week;                                 /* buckets are weeks, not months */
};

static void trend_init(struct req *req, const struct dash_view *v, const struct kpi_series *s, struct trend *tr)
{
	size_t n = (size_t)s->n;

	tr->s = s;
	dash_series_labels(req, v, s->start, s->n, tr->labels, tr->lang);
	tr->running = dash_running_bucket(v, s->start, s->n);
	tr->week = v->grain != KPI_GRAIN_MONTH;
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
		.procent = 1, .norm = KPI_NORM_TERMIJN_GROEN, .norm_label = "norm 90%", .running = tr->running + 1,
	};
	struct svg_chart c2 = {
		.id = "grafiek-soorten", .n = tr->s->n, .labels = tr->labels, .labels_lang = tr->lang,
		.procent = 0, .norm = -1, .running = tr->running + 1,
	};

	for (int k = 0; k < PIJLER__MAX; k++)
		ps[k] = (struct svg_series){ pijler_labels[k], tr->pij[k] };
	const char *running = tr->running < 0 ? "" : tr->week ?
		"De laatste week loopt nog: de cijfers daarvan zijn nog niet af. " :
		"De laatste maand loopt nog: de cijfers daarvan zijn nog niet af. ";
	c1.titel = arena_printf(&req->arena, "Termijnen gehaald, %s", tr->per);
	c1.omschrijving = arena_printf(&req->arena,
		"Lijngrafiek van het percentage meldingen dat op tijd is bevestigd, op tijd is teruggekoppeld "
		"en binnen de streefwaarde is teruggekoppeld, %s van %s t/m %s. De stippellijn is de norm van 90%%. "
		"%sDe cijfers staan ook in de tabel onder de grafiek.", tr->per, tr->first, tr->last, running);
	svg_line_chart(tpl_include(t, "CHART_TERMIJNEN", "dashboard_chart.tpl"), &c1, ls, 3);
	c2.titel = arena_printf(&req->arena, "Meldingen per pijler, %s", tr->per);
	c2.omschrijving = arena_printf(&req->arena,
		"Gestapelde staafgrafiek van het aantal ontvangen meldingen %s, verdeeld over de vier pijlers, "
		"van %s t/m %s. %sDe aantallen per soort staan in de tabel onder de grafiek.", tr->per, tr->first, tr->last,
		running);
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

	calendar_day_long(v->rq.peildatum, peil);
	/* A period that goes on after the peildatum is not over: its figures are not final. */
	if (v->rq.peildatum < v->rq.tot)
		tpl_setf(d, "PERIODE", "%s (lopend)", v->titel);
	else
		tpl_set(d, "PERIODE", v->titel);
	tpl_set(d, "PEILDATUM", peil);
	if (v->rq.peildatum != v->today)
		tpl_show(d, "PEIL_ANDERS");
	for (int i = 0; i < rep->n_wijk; i++)
		if (rep->wijk[i].id == v->rq.wijk_id)
			wijk_naam = rep->wijk[i].naam;
	if (!wijk_naam)
		wijk_naam = kpi_scope_user(http_actor(req), ACT_DASHBOARD) ? "uw wijken" : "alle wijken";
	tpl_set(d, "WIJK", wijk_naam);
	tpl_set(d, "UITLEG_HREF", dash_page_link(req, "/dashboard/uitleg", v));
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
	dash_tevredenheid(req, d, &v, &k->rep);   /* the melders' scores (issue 17, web/dashboard_tevredenheid.c) */
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
