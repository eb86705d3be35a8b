/*
 * wijkprofiel.c - GET /wijken and GET /wijken/{code} (see wijkprofiel.h),
 * and the profile figures as CSV. The figures come from app/wijkprofiel.h;
 * this file draws them: every trend as inline SVG (render/svg.h, as the
 * dashboard draws its trends) with the same numbers in a table beside it.
 * After its own figures the profile asks each part of the wijkmonitor for
 * its block (web/wijkmonitor.h).
 */
#include "web/wijkprofiel.h"
#include "web/export.h"
#include "app/export_csv.h"
#include "app/wijkmonitor.h"
#include "app/wijkprofiel.h"
#include "config.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/calendar.h"
#include "domain/dossier.h"
#include "domain/fields.h"
#include "http/http.h"
#include "lib/arena.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "render/page.h"
#include "render/svg.h"
#include "render/tpl.h"
#include "store/audit.h"
#include "web/dashboard.h"
#include "web/dossiers.h"
#include "web/wijkmonitor.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const struct refusal wijk_refusal = {
	.not_found_title = "Wijk niet gevonden",
	.not_found_text = "Deze wijk of buurt bestaat niet, of valt buiten uw gebied.",
	.unavailable_text = "De cijfers konden niet worden geladen. Probeer het over een minuut opnieuw.",
};

/* The separator between cells, as the other exports take it. */
enum { SEP_KOMMA, SEP_PUNTKOMMA, SEP__MAX };
static const char *const sep_ids[SEP__MAX] = { "komma", "puntkomma" };

const struct field_spec wijkprofiel_fields[] = {
	FIELD_PATH("code", FT_TEXT),
	{ .name = "jaar", .from = IN_QUERY, .type = FT_TEXT, .max = 8 },
	FIELDS_END
};
const struct field_spec wijken_csv_fields[] = {
	{ .name = "jaar", .from = IN_QUERY, .type = FT_TEXT, .max = 8 },
	{ .name = "scheiding", .from = IN_QUERY, .type = FT_ENUM, .max = SEP__MAX, .choices = sep_ids },
	FIELDS_END
};
const struct field_spec wijkprofiel_csv_fields[] = {
	FIELD_PATH("code", FT_TEXT),
	{ .name = "jaar", .from = IN_QUERY, .type = FT_TEXT, .max = 8 },
	{ .name = "scheiding", .from = IN_QUERY, .type = FT_ENUM, .max = SEP__MAX, .choices = sep_ids },
	FIELDS_END
};

static int32_t today(void)
{
	return amsterdam_day(clock_now());
}

static const char *soort_label(const struct area *a)
{
	return a->soort == AREA_WIJK ? "wijk" : "buurt";
}

/* ---- numbers ---- */

static const char *count(struct req *req, int64_t n)
{
	char s[32];
	dash_count(n, s, sizeof(s));
	return arena_strdup(&req->arena, s);
}

static const char *pct(struct req *req, double v)
{
	char s[32];
	dash_pct(v, s, sizeof(s));
	return arena_strdup(&req->arena, s);
}

static const char *number(struct req *req, double v, int decimals)
{
	char s[32];
	dash_number(v, decimals, s, sizeof(s));
	return arena_strdup(&req->arena, s);
}

/* "hoger", "lager", "gelijk" and by how much, for a count or rate compared with last year. */
static const char *richting(struct req *req, double vorig, double nu, int procentpunten)
{
	enum wijk_richting r = wijkcijfers_richting(vorig, nu);
	char d[32];

	if (r == WIJK_RICHTING_ONBEKEND)
		return "geen vergelijking";
	if (r == WIJK_RICHTING_GELIJK)
		return "gelijk aan vorig jaar";
	if (procentpunten) {
		svg_format_number(nu > vorig ? nu - vorig : vorig - nu, 1, d, sizeof(d));
		return arena_printf(&req->arena, "%s procentpunt %s dan vorig jaar", d, r == WIJK_RICHTING_HOGER ? "hoger" : "lager");
	}
	double v = wijkcijfers_verschil_pct(vorig, nu);
	if (v == 0)
		return r == WIJK_RICHTING_HOGER ? "hoger dan vorig jaar" : "lager dan vorig jaar";
	svg_format_number(v < 0 ? -v : v, 1, d, sizeof(d));
	return arena_printf(&req->arena, "%s%% %s dan vorig jaar", d, r == WIJK_RICHTING_HOGER ? "hoger" : "lager");
}

static const char *richting_class(double vorig, double nu)
{
	enum wijk_richting r = wijkcijfers_richting(vorig, nu);
	return r == WIJK_RICHTING_HOGER ? "trend-hoger" : r == WIJK_RICHTING_LAGER ? "trend-lager" : "trend-gelijk";
}

/* "januari t/m oktober 2026", the window of a comparison. */
static const char *venster(struct req *req, const struct wijkprofiel_vergelijk *v, int jaar)
{
	if (v->tot_maand == 12)
		return arena_printf(&req->arena, "heel %d", jaar);
	if (v->tot_maand == 1)
		return arena_printf(&req->arena, "januari %d", jaar);
	return arena_printf(&req->arena, "januari t/m %s %d", calendar_month_name(v->tot_maand), jaar);
}

/* The comparison's figures into d: KEY_NU, KEY_VORIG, KEY_WAT, KEY_CLASS for meldingen, rate and both terms. */
static void set_vergelijk(struct req *req, struct tpl_dict *d, const struct wijkprofiel_vergelijk *v)
{
	tpl_set(d, "NU_VENSTER", venster(req, v, v->jaar));
	tpl_set(d, "VORIG_VENSTER", venster(req, v, v->jaar - 1));
	tpl_set(d, "M_NU", count(req, v->nu.ontvangen));
	tpl_set(d, "M_VORIG", count(req, v->vorig.ontvangen));
	tpl_set(d, "M_WAT", richting(req, (double)v->vorig.ontvangen, (double)v->nu.ontvangen, 0));
	tpl_set(d, "M_CLASS", richting_class((double)v->vorig.ontvangen, (double)v->nu.ontvangen));
	tpl_set(d, "P_NU", number(req, v->nu_per_100, 1));
	tpl_set(d, "P_VORIG", number(req, v->vorig_per_100, 1));
	tpl_set(d, "P_WAT", richting(req, v->vorig_per_100, v->nu_per_100, 0));
	tpl_set(d, "B_NU", pct(req, v->nu_bev.percentage_op_tijd));
	tpl_set(d, "B_VORIG", pct(req, v->vorig_bev.percentage_op_tijd));
	tpl_set(d, "B_WAT", richting(req, v->vorig_bev.percentage_op_tijd, v->nu_bev.percentage_op_tijd, 1));
	tpl_set(d, "T_NU", pct(req, v->nu_ter.percentage_op_tijd));
	tpl_set(d, "T_VORIG", pct(req, v->vorig_ter.percentage_op_tijd));
	tpl_set(d, "T_WAT", richting(req, v->vorig_ter.percentage_op_tijd, v->nu_ter.percentage_op_tijd, 1));
}

/* ---- GET /wijken ---- */

int handle_wijken(struct req *req)
{
	struct wijkprofiel_kern *rows;
	int n;
	enum app_result r = wijkprofiel_index(db_thread(), &req->arena, http_actor(req), today(), &rows, &n);

	if (r != APP_OK)
		return http_refused(req, r, &wijk_refusal);
	struct tpl_dict *d = page_new(req, "Wijken", "wijken.tpl");
	if (!n) {
		tpl_show(d, "LEEG");
		return page_send(req, 200);
	}
	struct tpl_dict *t = tpl_section(d, "TABEL");
	for (int i = 0; i < n; i++) {
		const struct area *a = &rows[i].area;
		struct tpl_dict *x = tpl_section(t, "ROW");
		tpl_show(x, a->soort == AREA_WIJK ? "IS_WIJK" : "IS_BUURT");
		tpl_set(x, "NAAM", a->naam);
		tpl_set(x, "CODE", a->code);
		tpl_setf(x, "HREF", "/wijken/%s", a->code);
		tpl_set(x, "WONINGEN", a->woningen ? count(req, a->woningen) : "–");
		set_vergelijk(req, x, &rows[i].v);
		if (i == 0) {
			tpl_set(t, "NU_VENSTER", venster(req, &rows[i].v, rows[i].v.jaar));
			tpl_set(t, "VORIG_VENSTER", venster(req, &rows[i].v, rows[i].v.jaar - 1));
		}
	}
	return page_send(req, 200);
}

/* ---- GET /wijken/{code} ---- */

/* The x labels of the profile's years: "2024", and for the running year "2026 (t/m 7 december)". */
struct jaren {
	const char *kort[WIJKCIJFERS_JAREN], *lang[WIJKCIJFERS_JAREN];
	int running;                         /* 1 + the index of the running year, or 0 */
};

static void jaren_init(struct req *req, const struct wijkprofiel *p, struct jaren *j)
{
	char dag[CALENDAR_DAY_LEN];

	j->running = 0;
	for (int i = 0; i < WIJKCIJFERS_JAREN; i++) {
		const struct wijkprofiel_jaar *y = &p->jaren[i];
		j->kort[i] = arena_printf(&req->arena, "%d", y->jaar);
		j->lang[i] = j->kort[i];
		if (y->lopend) {
			calendar_day_long(p->today, dag);
			j->lang[i] = arena_printf(&req->arena, "%d (t/m %s)", y->jaar, dag);
			j->running = i + 1;
		}
	}
}

static double *series(struct req *req)
{
	return arena_alloc(&req->arena, WIJKCIJFERS_JAREN * sizeof(double));
}

static struct svg_chart chart(const struct jaren *j, const char *id, int procent)
{
	return (struct svg_chart){ .id = id, .n = WIJKCIJFERS_JAREN, .labels = j->kort, .labels_lang = j->lang,
				   .procent = procent, .norm = -1, .running = j->running };
}

static const char *running_note(const struct jaren *j)
{
	return j->running ? "Het laatste jaar loopt nog: de cijfers daarvan zijn nog niet af. " : "";
}

/* Meldingen per pillar per year (stacked bars) and the terms kept (lines), with the table of both. */
static void show_meldingen(struct req *req, struct tpl_dict *d, const struct wijkprofiel *p, const struct jaren *j)
{
	struct svg_series ps[PIJLER__MAX], ls[3];
	double *bev = series(req), *ter = series(req), *str = series(req);

	for (int k = 0; k < PIJLER__MAX; k++) {
		double *v = series(req);
		for (int i = 0; i < WIJKCIJFERS_JAREN; i++)
			v[i] = (double)p->jaren[i].per_pijler[k];
		ps[k] = (struct svg_series){ pijler_labels[k], v };
	}
	for (int i = 0; i < WIJKCIJFERS_JAREN; i++) {
		bev[i] = p->jaren[i].bevestiging.percentage_op_tijd;
		ter[i] = p->jaren[i].terugkoppeling.percentage_op_tijd;
		str[i] = p->jaren[i].terugkoppeling.percentage_binnen_streefwaarde;
	}
	ls[0] = (struct svg_series){ "Bevestiging op tijd (2 werkdagen)", bev };
	ls[1] = (struct svg_series){ "Terugkoppeling op tijd (10 werkdagen)", ter };
	ls[2] = (struct svg_series){ "Binnen streefwaarde (5 werkdagen)", str };

	struct svg_chart c1 = chart(j, "wijk-meldingen", 0);
	c1.titel = "Meldingen per pijler, per jaar";
	c1.omschrijving = arena_printf(&req->arena,
		"Gestapelde staafgrafiek van het aantal meldingen in %s per jaar, %s t/m %s, verdeeld over de vier pijlers. "
		"%sDe aantallen staan ook in de tabel naast de grafiek.", p->area.naam, j->kort[0],
		j->kort[WIJKCIJFERS_JAREN - 1], running_note(j));
	svg_bar_chart(tpl_include(d, "CHART_MELDINGEN", "dashboard_chart.tpl"), &c1, ps, PIJLER__MAX);
	struct svg_chart c2 = chart(j, "wijk-termijnen", 1);
	c2.norm = KPI_NORM_TERMIJN_GROEN;
	c2.norm_label = "norm 90%";
	c2.titel = "Termijnen gehaald, per jaar";
	c2.omschrijving = arena_printf(&req->arena,
		"Lijngrafiek van het percentage meldingen in %s dat op tijd is bevestigd, op tijd is teruggekoppeld en binnen "
		"de streefwaarde is teruggekoppeld, per jaar. De stippellijn is de norm van 90%%. %sDe cijfers staan ook in de "
		"tabel naast de grafiek.", p->area.naam, running_note(j));
	svg_line_chart(tpl_include(d, "CHART_TERMIJNEN", "dashboard_chart.tpl"), &c2, ls, 3);

	for (int k = 0; k < PIJLER__MAX; k++)
		tpl_set(tpl_section(d, "PIJLER_HEAD"), "NAAM", pijler_labels[k]);
	for (int i = WIJKCIJFERS_JAREN - 1; i >= 0; i--) {
		const struct wijkprofiel_jaar *y = &p->jaren[i];
		struct tpl_dict *x = tpl_section(d, "JAAR_ROW");
		tpl_set(x, "JAAR", j->lang[i]);
		tpl_set(x, "ONTVANGEN", count(req, y->telling.ontvangen));
		tpl_set(x, "PER100", number(req, y->per_100, 1));
		for (int k = 0; k < PIJLER__MAX; k++)
			tpl_set(tpl_section(x, "PCELL"), "VALUE", count(req, y->per_pijler[k]));
		tpl_set(x, "BEV", pct(req, y->bevestiging.percentage_op_tijd));
		tpl_set(x, "TER", pct(req, y->terugkoppeling.percentage_op_tijd));
		tpl_set(x, "STREEF", pct(req, y->terugkoppeling.percentage_binnen_streefwaarde));
		tpl_set(x, "OPEN", count(req, y->terugkoppeling.open));
		tpl_set(x, "TE_LAAT", count(req, y->terugkoppeling.te_laat));
	}
}

/* Meldingen per soort (category) per year, coloured like the dashboard's heatmap; soorten without any left out. */
static void show_soorten(struct req *req, struct tpl_dict *d, const struct wijkprofiel *p, const struct jaren *j)
{
	int64_t max = 0;

	for (int s = 0; s < p->n_soort; s++)
		for (int i = 0; i < WIJKCIJFERS_JAREN; i++)
			if (p->jaren[i].per_soort[s] > max)
				max = p->jaren[i].per_soort[s];
	for (int i = 0; i < WIJKCIJFERS_JAREN; i++)
		tpl_set(tpl_section(d, "SOORT_HEAD"), "LABEL", j->kort[i]);
	for (int s = 0; s < p->n_soort; s++) {
		int64_t sum = 0;
		for (int i = 0; i < WIJKCIJFERS_JAREN; i++)
			sum += p->jaren[i].per_soort[s];
		if (!sum)
			continue;
		struct tpl_dict *x = tpl_section(d, "SOORT_ROW");
		tpl_set(x, "NAAM", p->soort[s].naam);
		tpl_set(x, "PIJLER", pijler_labels[p->soort[s].pijler]);
		for (int i = 0; i < WIJKCIJFERS_JAREN; i++) {
			int64_t n = p->jaren[i].per_soort[s];
			struct tpl_dict *c = tpl_section(x, "SCELL");
			tpl_set(c, "VALUE", count(req, n));
			tpl_set_int(c, "HEAT", kpi_heat_class((double)n, (double)max));
			tpl_setf(c, "TITLE", "%s, %s: %s", p->soort[s].naam, j->lang[i], count(req, n));
		}
	}
}

/* Dossiers, referrals and escalations per year (lines and stacked bars), the table, and the AVE levels today. */
static void show_dossiers(struct req *req, struct tpl_dict *d, const struct wijkprofiel *p, const struct jaren *j)
{
	double *geopend = series(req), *open = series(req), *refs = series(req), *vervuild = series(req);
	struct svg_series ls[4] = {
		{ "Dossiers geopend", geopend }, { "Dossiers open (eind van het jaar)", open },
		{ "Doorverwijzingen", refs }, { "Vervuilde woningen", vervuild },
	};
	struct svg_series es[AVE__MAX];

	for (int i = 0; i < WIJKCIJFERS_JAREN; i++) {
		const struct wijk_dossiers *x = &p->jaren[i].dossiers;
		geopend[i] = (double)x->geopend;
		open[i] = (double)x->open;
		refs[i] = (double)x->doorverwijzingen;
		vervuild[i] = (double)x->vervuilde_woningen;
	}
	for (int k = 0; k < AVE__MAX; k++) {
		double *v = series(req);
		for (int i = 0; i < WIJKCIJFERS_JAREN; i++)
			v[i] = (double)p->jaren[i].dossiers.escalaties[k];
		es[k] = (struct svg_series){ ave_niveau_labels[k], v };
	}
	struct svg_chart c1 = chart(j, "wijk-dossiers", 0);
	c1.titel = "Dossiers en doorverwijzingen, per jaar";
	c1.omschrijving = arena_printf(&req->arena,
		"Lijngrafiek van de leefbaarheidsdossiers in %s per jaar: geopend, open aan het eind van het jaar, "
		"doorverwijzingen naar partners en vervuilde woningen. %sDe cijfers staan ook in de tabel naast de grafiek.",
		p->area.naam, running_note(j));
	svg_line_chart(tpl_include(d, "CHART_DOSSIERS", "dashboard_chart.tpl"), &c1, ls, 4);
	struct svg_chart c2 = chart(j, "wijk-escalaties", 0);
	c2.titel = "Escalaties op de AVE-ladder, per jaar";
	c2.omschrijving = arena_printf(&req->arena,
		"Gestapelde staafgrafiek van het aantal keren per jaar dat een dossier in %s op een niveau van de "
		"AVE-ladder kwam: groen, oranje, rood, donkerrood. %sDe aantallen staan ook in de tabel.", p->area.naam,
		running_note(j));
	svg_bar_chart(tpl_include(d, "CHART_ESCALATIES", "dashboard_chart.tpl"), &c2, es, AVE__MAX);

	for (int k = 0; k < AVE__MAX; k++)
		tpl_set(tpl_section(d, "AVE_HEAD"), "NAAM", ave_niveau_labels[k]);
	for (int i = WIJKCIJFERS_JAREN - 1; i >= 0; i--) {
		const struct wijk_dossiers *x = &p->jaren[i].dossiers;
		struct tpl_dict *r = tpl_section(d, "DOSSIER_ROW");
		tpl_set(r, "JAAR", j->lang[i]);
		tpl_set(r, "GEOPEND", count(req, x->geopend));
		tpl_set(r, "OPEN", count(req, x->open));
		tpl_set(r, "VERVUILD", count(req, x->vervuilde_woningen));
		tpl_set(r, "UITZETTINGEN", count(req, x->uitzettingen));
		tpl_set(r, "DOORVERWIJZINGEN", count(req, x->doorverwijzingen));
		tpl_set(r, "DOORVERWEZEN", count(req, x->dossiers_doorverwezen));
		for (int k = 0; k < AVE__MAX; k++)
			tpl_set(tpl_section(r, "ECELL"), "VALUE", count(req, x->escalaties[k]));
	}
	for (int k = 0; k < AVE__MAX; k++) {
		struct tpl_dict *x = tpl_section(d, "AVE_NU");
		tpl_set(x, "NIVEAU", ave_niveau_labels[k]);
		tpl_set(x, "CLASS", dossier_ave_class((enum ave_niveau)k));
		tpl_set(x, "N", count(req, p->ave_nu[k]));
	}
	if (!p->met_gevoelig)
		tpl_show(d, "ZONDER_GEVOELIG");
}

/* The melders' scores per year: the average as a line, the numbers in the table. */
static void show_tevredenheid(struct req *req, struct tpl_dict *d, const struct wijkprofiel *p, const struct jaren *j)
{
	double *gem = series(req);
	int64_t total = 0;

	for (int i = 0; i < WIJKCIJFERS_JAREN; i++) {
		gem[i] = wijkprofiel_score_gemiddelde(&p->jaren[i]);
		total += p->jaren[i].scores;
	}
	struct tpl_dict *t = tpl_section(d, total ? "TEVREDEN" : "TEVREDEN_GEEN");
	if (!total)
		return;
	struct svg_series s = { "Gemiddeld cijfer (1 tot 5)", gem };
	struct svg_chart c = chart(j, "wijk-tevredenheid", 0);
	c.titel = "Tevredenheid van melders, per jaar";
	c.omschrijving = arena_printf(&req->arena,
		"Lijngrafiek van het gemiddelde cijfer (1 tot 5) dat melders in %s gaven na het afsluiten van hun melding, "
		"per jaar. Jaren zonder antwoorden hebben geen punt. %sDe cijfers staan ook in de tabel.", p->area.naam,
		running_note(j));
	svg_line_chart(tpl_include(t, "CHART_TEVREDEN", "dashboard_chart.tpl"), &c, &s, 1);
	for (int i = WIJKCIJFERS_JAREN - 1; i >= 0; i--) {
		struct tpl_dict *r = tpl_section(t, "TEVREDEN_ROW");
		tpl_set(r, "JAAR", j->lang[i]);
		tpl_set(r, "AANTAL", count(req, p->jaren[i].scores));
		tpl_set(r, "GEMIDDELDE", number(req, gem[i], 1));
	}
}

/* Interventions planned and not done in the area's open dossiers, that the user may read. */
static void show_interventies(struct tpl_dict *d, const struct wijkprofiel *p)
{
	char dag[CALENDAR_DAY_LEN];

	if (!p->n_interventies) {
		tpl_show(d, "INTERVENTIES_GEEN");
		return;
	}
	struct tpl_dict *t = tpl_section(d, "INTERVENTIES");
	for (int i = 0; i < p->n_interventies; i++) {
		const struct wijkprofiel_interventie *x = &p->interventies[i];
		struct tpl_dict *r = tpl_section(t, "INTERVENTIE");
		int s = instrument_parse(x->soort);
		tpl_set(r, "SOORT", s >= 0 ? instrument_labels[s] : x->soort);
		calendar_day_long(x->gepland_dag, dag);
		tpl_set(r, "GEPLAND", dag);
		if (x->gepland_dag < p->today)
			tpl_show(r, "VERLOPEN");
		tpl_set(r, "DOSSIER", x->referentie);
		tpl_setf(r, "HREF", "/dossiers/%s", x->referentie);
		tpl_set(r, "ONDERWERP", x->onderwerp);
	}
}

static void show_header(struct req *req, struct tpl_dict *d, const struct wijkprofiel *p)
{
	const struct area *a = &p->area;
	int now = wijkcijfers_jaar(p->today);

	tpl_set(d, "NAAM", a->naam);
	tpl_set(d, "CODE", a->code);
	tpl_set(d, "SOORT", soort_label(a));
	tpl_set_int(d, "JAAR", p->jaar);
	tpl_set(d, "WONINGEN", a->woningen ? count(req, a->woningen) : "onbekend");
	if (a->soort == AREA_BUURT) {
		struct tpl_dict *w = tpl_section(d, "IN_WIJK");
		struct area parent;
		/* The crumb names the wijk as people call it; its code when it cannot be read. */
		if (db_thread() && area_get(db_thread(), a->parent_id, &parent) == STORE_OK)
			tpl_setf(w, "WIJK_NAAM", "Wijk %s", parent.naam);
		else
			tpl_setf(w, "WIJK_NAAM", "Wijk %s", a->parent_code);
		tpl_setf(w, "WIJK_HREF", "/wijken/%s", a->parent_code);
	}
	if (!a->woningen)
		tpl_show(d, "GEEN_WONINGEN");
	struct tpl_dict *bs = p->n_buurten ? tpl_section(d, "BUURTEN") : NULL;
	for (int i = 0; i < p->n_buurten; i++) {
		struct tpl_dict *b = tpl_section(bs, "BUURT");
		tpl_set(b, "NAAM", p->buurten[i].naam);
		tpl_setf(b, "HREF", "/wijken/%s", p->buurten[i].code);
	}
	for (int y = now; y >= now - 9 && y >= WIJKPROFIEL_JAAR_MIN; y--) {
		struct tpl_dict *o = tpl_section(d, "JAAR_OPTIE");
		tpl_set_int(o, "VALUE", y);
		if (y == p->jaar)
			tpl_show(o, "SELECTED");
	}
	tpl_setf(d, "CSV_HREF", "/wijken/%s/cijfers.csv?jaar=%d", a->code, p->jaar);
	tpl_setf(d, "CSV_KOMMA_HREF", "/wijken/%s/cijfers.csv?jaar=%d&scheiding=komma", a->code, p->jaar);
	tpl_setf(d, "JSON_HREF", "/api/v1/wijken/%s?jaar=%d", a->code, p->jaar);
	if (p->vergelijk.geldig)
		set_vergelijk(req, tpl_section(d, "VERGELIJK"), &p->vergelijk);
}

/* The area of {code} for the user, and the year of ?jaar=; or the answer already given. */
static int read_area(struct req *req, struct area *area, int *jaar)
{
	enum app_result r = wijk_load_for(db_thread(), http_actor(req), input_text(req, "code"), ACT_WIJK_READ, area);

	if (r != APP_OK)
		return http_refused(req, r, &wijk_refusal);
	if (wijkprofiel_jaar(input_text(req, "jaar"), today(), jaar) != APP_OK)
		return http_error(req, 422, "Ongeldig jaar",
				  arena_printf(&req->arena, "Kies een jaar van %d tot en met %d.", WIJKPROFIEL_JAAR_MIN,
					       wijkcijfers_jaar(today())));
	return 0;
}

int handle_wijkprofiel(struct req *req)
{
	struct area area;
	struct wijkprofiel *p = arena_alloc(&req->arena, sizeof(*p));
	struct jaren j;
	int jaar, rc = read_area(req, &area, &jaar);

	if (rc)
		return rc;
	if (wijkprofiel_load(db_thread(), &req->arena, http_actor(req), &area, jaar, today(), p) != APP_OK)
		return http_refused(req, APP_UNAVAILABLE, &wijk_refusal);
	struct tpl_dict *d = page_new(req, arena_printf(&req->arena, "Wijkprofiel %s", area.naam), "wijkprofiel.tpl");
	jaren_init(req, p, &j);
	show_header(req, d, p);
	show_meldingen(req, d, p, &j);
	show_soorten(req, d, p, &j);
	show_dossiers(req, d, p, &j);
	show_tevredenheid(req, d, p, &j);
	show_interventies(d, p);
	/* The other parts' blocks (web/wijkmonitor.h), each filling its own include. */
	inzet_profile_show(req, d, &area, jaar);
	lbm_profile_show(req, d, &area, jaar);
	schouw_profile_show(req, d, &area, jaar);
	initiatief_profile_show(req, d, &area, jaar);
	budget_profile_show(req, d, &area, jaar);
	return page_send(req, 200);
}

/* ---- CSV ---- */

static int csv_failed(struct req *req)
{
	return http_error(req, 503, "Export mislukt", "Het bestand kon niet worden gemaakt. Probeer het opnieuw.");
}

/* Writes the header and the profiles of the n areas into a temporary file and sends it. */
static int send_csv(struct req *req, const struct area *areas, int n, int jaar, const char *name)
{
	int64_t sep = SEP_PUNTKOMMA;
	struct db *db = db_thread();

	input_value(req, "scheiding", &sep);
	if (field_error_for(input_errors(req), "scheiding"))
		return http_error(req, 422, "Ongeldige scheiding", "Kies scheiding=komma of scheiding=puntkomma.");
	int fd = export_temp_file(req);
	if (fd < 0)
		return csv_failed(req);
	/* The writer's buffer is 64 KiB: on the heap, not the thread's stack. */
	struct csv *c = malloc(sizeof(*c));
	struct wijkprofiel *p = arena_alloc(&req->arena, sizeof(*p));
	if (!c)
		abort();
	csv_start(c, fd, sep == SEP_KOMMA ? ',' : ';');
	wijkprofiel_csv_kop(c);
	for (int i = 0; i < n; i++) {
		if (wijkprofiel_load(db, &req->arena, http_actor(req), &areas[i], jaar, today(), p) != APP_OK) {
			free(c);
			close(fd);
			return csv_failed(req);
		}
		wijkprofiel_csv_rijen(c, p);
	}
	if (csv_finish(c) < 0 || lseek(fd, 0, SEEK_SET) != 0) {
		free(c);
		close(fd);
		return csv_failed(req);
	}
	audit_record(db, http_actor(req), "export", "wijkprofiel", name, NULL);
	req->fd_out = fd;
	req->fd_size = c->bytes;
	free(c);
	req->content_type = "text/csv; charset=utf-8";
	http_add_header(req, "Content-Disposition", arena_printf(&req->arena, "attachment; filename=\"%s\"", name));
	return 200;
}

int handle_wijkprofiel_csv(struct req *req)
{
	struct area area;
	int jaar, rc = read_area(req, &area, &jaar);

	if (rc)
		return rc;
	return send_csv(req, &area, 1, jaar, arena_printf(&req->arena, "wijkprofiel-%s-%d.csv", area.code, jaar));
}

int handle_wijken_csv(struct req *req)
{
	struct wijkprofiel_kern *rows;
	int n, jaar;

	if (wijkprofiel_jaar(input_text(req, "jaar"), today(), &jaar) != APP_OK)
		return http_error(req, 422, "Ongeldig jaar",
				  arena_printf(&req->arena, "Kies een jaar van %d tot en met %d.", WIJKPROFIEL_JAAR_MIN,
					       wijkcijfers_jaar(today())));
	enum app_result r = wijkprofiel_index(db_thread(), &req->arena, http_actor(req), today(), &rows, &n);
	if (r != APP_OK)
		return http_refused(req, r, &wijk_refusal);
	struct area *areas = arena_alloc(&req->arena, ((size_t)n + 1) * sizeof(*areas));
	for (int i = 0; i < n; i++)
		areas[i] = rows[i].area;
	return send_csv(req, areas, n, jaar, arena_printf(&req->arena, "wijkprofielen-%d.csv", jaar));
}
