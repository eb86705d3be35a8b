/*
 * dashboard_kaart.c - where which problem grows (issue 9, Heatmap per
 * wijk): GET /dashboard/kaart with the heatmap of wijken x weeks or months
 * and the map of wijken coloured by the same heat classes; and GET/POST
 * /beheer/kaart, where the beheerder loads the outlines from a GeoJSON
 * file of wijken or buurten (CBS wijk- en buurtkaart or the city's own);
 * store/kaart_import.c reads, matches and stores it, this file only hands
 * it the uploaded bytes and shows the outcome.
 *
 * The map needs no tile server and no script: the outlines are projected
 * once at upload (render/svg.c) and stored as SVG path data; a page only
 * picks the heat class per wijk. Which outlines are drawn (buurten without
 * a wijk outline of their own in the colour of their wijk, so a file of
 * buurten makes a wijk map as well) and every figure come from
 * kpi_kaart_run and kpi_kaart_areas (app/kpi.h); this file places them:
 * show_soorten(), heatmap_by_period(), map_table(), map_svg().
 *
 * Beside the own figures stands the Leefbaarometer (issue 18): per wijk its
 * latest class with label and trend in the table beside the map, the
 * heatmap and the outline's title, and a table of the wijken and their
 * buurten with every dimension (lbm_beside()); in words and signs, the
 * map's colours stay the meldingen's.
 */
#include "web/dashboard.h"
#include "auth/session.h"
#include "config.h"
#include "db/db.h"
#include "http/http.h"
#include "lib/buf.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "render/form.h"
#include "render/page.h"
#include "render/svg.h"
#include "render/tpl.h"
#include "render/when.h"
#include "store/kaart_import.h"
#include "store/kpi_kaart.h"
#include "store/lbm.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The map page's refusals past the view: a soort that does not exist, figures that cannot be loaded. */
static const struct refusal kaart_refusal = {
	.not_found_title = "Niet gevonden",
	.not_found_text = "Deze soort melding bestaat niet.",
	.unavailable_text = "De cijfers konden niet worden geladen. Probeer het over een minuut opnieuw.",
};

/* The list behind a cell or an area: its wijk and period, of the soort shown. */
static const char *cell_link(struct req *req, const struct dash_view *v, const struct kpi_kaart *k, int32_t van,
			     int32_t tot, const char *wijk_code)
{
	return dash_cell_link(&req->arena, v, van, tot, wijk_code, k->cat >= 0 ? k->rep.categorie[k->cat].code : NULL);
}

/* soort: one melding type (a category code), or all; chosen in the filters. */
static void show_soorten(struct tpl_dict *filters, const struct kpi_kaart *k)
{
	struct tpl_dict *sf = tpl_section(filters, "SOORT_FIELD");
	struct tpl_dict *o = tpl_section(sf, "SOORT_OPTION");

	tpl_set(o, "VALUE", "");
	tpl_set(o, "LABEL", "Alle soorten");
	if (k->cat < 0)
		tpl_show(o, "SELECTED");
	for (int c = 0; c < k->rep.n_categorie; c++) {
		o = tpl_section(sf, "SOORT_OPTION");
		tpl_set(o, "VALUE", k->rep.categorie[c].code);
		tpl_set(o, "LABEL", k->rep.categorie[c].naam);
		if (c == k->cat)
			tpl_show(o, "SELECTED");
	}
}

/* ---- the Leefbaarometer beside the own figures ---- */

/* The latest measurement of an area and the one before it (NULL when none). */
struct lbm_laatste {
	const struct lbm_meting *last, *prev;
};

/* Every measurement (arena), once per page; n -1 when it could not be read (then none is shown). */
struct lbm_alle {
	struct lbm_meting *m;
	int n;
};

static struct lbm_laatste lbm_laatste(const struct lbm_alle *all, int64_t area_id)
{
	struct lbm_laatste x = { NULL, NULL };

	/* By area and year: the last of an area's run is its latest. */
	for (int i = 0; i < all->n; i++)
		if (all->m[i].area_id == area_id) {
			x.prev = x.last;
			x.last = &all->m[i];
		}
	return x;
}

/* LBM_KLASSE, LBM_LABEL, LBM_JAAR, LBM_SIGN, LBM_TREND (and LBM_GEEN without a measurement) into x. */
static void lbm_fill(struct req *req, struct tpl_dict *x, const struct lbm_laatste *l, int maat)
{
	char tekst[120];

	if (!l->last) {
		tpl_show(x, "LBM_GEEN");
		return;
	}
	struct tpl_dict *y = tpl_section(x, "LBM");
	int k = l->last->m[maat].klasse;
	tpl_set_int(y, "LBM_KLASSE", k);
	tpl_set(y, "LBM_LABEL", lbm_klasse_label(k));
	tpl_set_int(y, "LBM_JAAR", l->last->jaar);
	if (l->prev) {
		enum lbm_trend t = lbm_trend_van(l->prev->m[maat].klasse, k);
		lbm_trend_tekst(l->prev->m[maat].klasse, k, l->prev->jaar, tekst, sizeof(tekst));
		tpl_set(y, "LBM_SIGN", lbm_trend_sign(t));
		tpl_set(y, "LBM_TREND_ID", lbm_trend_ids[t]);
		tpl_set(y, "LBM_TREND", arena_strdup(&req->arena, tekst));
	} else {
		tpl_set(y, "LBM_TREND", "eerste meting");
	}
}

/* "; Leefbaarometer 2024: 7 goed, beter (+1 klasse sinds 2022)" for a title, or "". */
static const char *lbm_title(struct req *req, const struct lbm_alle *all, int64_t area_id)
{
	struct lbm_laatste l = lbm_laatste(all, area_id);
	char tekst[120] = "";

	if (!l.last)
		return "";
	if (l.prev)
		lbm_trend_tekst(l.prev->m[LBM_TOTAAL].klasse, l.last->m[LBM_TOTAAL].klasse, l.prev->jaar, tekst,
				sizeof(tekst));
	return arena_printf(&req->arena, "; Leefbaarometer %d: %d %s%s%s", l.last->jaar, l.last->m[LBM_TOTAAL].klasse,
			    lbm_klasse_label(l.last->m[LBM_TOTAAL].klasse), tekst[0] ? ", " : "", tekst);
}

/* One row of the Leefbaarometer table: an area's latest total and dimensions. */
static void lbm_row(struct req *req, struct tpl_dict *t, const struct lbm_alle *all, int64_t area_id, const char *naam,
		    int is_buurt)
{
	struct lbm_laatste l = lbm_laatste(all, area_id);
	struct tpl_dict *x = tpl_section(t, "LBM_ROW");

	tpl_set(x, "NAAM", naam);
	if (is_buurt)
		tpl_show(x, "IS_BUURT");
	lbm_fill(req, x, &l, LBM_TOTAAL);
	for (int k = LBM_WON; k < LBM__MAX; k++) {
		struct tpl_dict *c = tpl_section(x, "LBM_DIM");
		if (l.last) {
			struct tpl_dict *y = tpl_section(c, "HAS");
			tpl_set_int(y, "KLASSE", l.last->m[k].klasse);
			tpl_set(y, "LABEL", lbm_klasse_label(l.last->m[k].klasse));
			if (l.prev) {
				enum lbm_trend tr = lbm_trend_van(l.prev->m[k].klasse, l.last->m[k].klasse);
				struct tpl_dict *z = tpl_section(y, "TR");
				tpl_set(z, "SIGN", lbm_trend_sign(tr));
				tpl_set(z, "TREND", lbm_trend_ids[tr]);
			}
		}
	}
}

/* The wijken shown and their buurten: the latest Leefbaarometer per area, every dimension. */
static void lbm_beside(struct req *req, struct tpl_dict *d, const struct kpi_kaart *k, const struct lbm_alle *all)
{
	struct tpl_dict *t;

	if (all->n < 0)
		return;
	if (!all->n) {
		tpl_show(d, "LBM_NONE");
		return;
	}
	t = tpl_section(d, "LBM_TABLE");
	for (int i = LBM_WON; i < LBM__MAX; i++)
		tpl_set(tpl_section(t, "LBM_DIM_COL"), "NAAM", lbm_maat_labels[i]);
	for (int r = 0; r < k->rows.n; r++) {
		if (r == k->rows.onbekend)
			continue;
		const struct kpi_named *w = k->rows.wijk[r];
		lbm_row(req, t, all, w->id, w->naam, 0);
		/* Its buurten with a measurement, in code order (as stored). */
		int64_t seen = 0;
		for (int i = 0; i < all->n; i++) {
			const struct lbm_meting *m = &all->m[i];
			if (m->is_wijk || m->wijk_id != w->id || m->area_id == seen)
				continue;
			seen = m->area_id;
			lbm_row(req, t, all, m->area_id, m->naam, 1);
		}
	}
}

/* One wijk's row of the heatmap: a cell per bucket, each linking to its meldingen, and the total. */
static void heatmap_row(struct req *req, struct tpl_dict *h, const struct dash_view *v, const struct kpi_kaart *k,
			int r, const char *const *lang, const struct lbm_alle *all)
{
	const struct kpi_heat *hm = &k->periods;
	const int32_t *start = k->series.start;
	const char *naam = r == k->rows.onbekend ? "Onbekend" : k->rows.wijk[r]->naam;
	const char *code = r == k->rows.onbekend ? "onbekend" : k->rows.wijk[r]->code;
	struct tpl_dict *x = tpl_section(h, "HM_ROW");
	int64_t sum = 0;
	char a[32];

	tpl_set(x, "NAAM", naam);
	for (int c = 0; c < hm->cols; c++) {
		int64_t n = hm->n[(size_t)r * (size_t)hm->cols + (size_t)c];
		double val = kpi_rows_value(&k->rows, r, n, v->per100);
		struct tpl_dict *cell = tpl_section(x, "HM_CELL");
		sum += n;
		dash_number(val, v->per100, a, sizeof(a));
		tpl_set(cell, "VALUE", a);
		tpl_set_int(cell, "HEAT", kpi_heat_class(val, hm->max));
		tpl_set(cell, "HREF", cell_link(req, v, k, start[c], start[c + 1] - 1, code));
		dash_count(n, a, sizeof(a));
		tpl_setf(cell, "TITLE", "%s, %s: %s meldingen", naam, lang[c], a);
	}
	dash_number(kpi_rows_value(&k->rows, r, sum, v->per100), v->per100, a, sizeof(a));
	tpl_set(x, "SUM", a);
	struct lbm_laatste l = { NULL, NULL };
	if (r != k->rows.onbekend)
		l = lbm_laatste(all, k->rows.wijk[r]->id);
	lbm_fill(req, x, &l, LBM_TOTAAL);
}

/* The heatmap of wijken per week or month (of the chosen soort, if any). */
static void heatmap_by_period(struct req *req, struct tpl_dict *d, const struct dash_view *v, const struct kpi_kaart *k,
			      const struct lbm_alle *all)
{
	int nb = k->series.n;
	const char **labels = arena_alloc(&req->arena, (size_t)nb * sizeof(char *));
	const char **lang = arena_alloc(&req->arena, (size_t)nb * sizeof(char *));

	dash_series_labels(req, v, k->series.start, nb, labels, lang);
	struct tpl_dict *h = tpl_section(d, "HEATMAP");
	tpl_set(h, "PER", v->grain == KPI_GRAIN_MONTH ? "maand" : "week");
	for (int c = 0; c < nb; c++) {
		struct tpl_dict *x = tpl_section(h, "HM_COL");
		tpl_set(x, "LABEL", labels[c]);
		tpl_set(x, "LANG", lang[c]);
	}
	for (int r = 0; r < k->rows.n; r++)
		heatmap_row(req, h, v, k, r, lang, all);
	dash_heat_legend(h, "HEAT_LEGEND", k->periods.max, v->per100);
}

/* The table beside the map: the numbers, never colour alone. */
static void map_table(struct req *req, struct tpl_dict *d, const struct kpi_kaart *k, const struct lbm_alle *all)
{
	char a[32];

	for (int r = 0; r < k->rows.n; r++) {
		if (r == k->rows.onbekend)
			continue;
		struct tpl_dict *x = tpl_section(d, "MAP_ROW");
		tpl_set(x, "NAAM", k->rows.wijk[r]->naam);
		dash_count(k->count[r], a, sizeof(a));
		tpl_set(x, "COUNT", a);
		dash_number(kpi_round1(kpi_per_100(k->count[r], k->rows.wijk[r]->woningen)), 1, a, sizeof(a));
		tpl_set(x, "PER100", a);
		tpl_set_int(x, "HEAT", kpi_heat_class(k->value[r], k->max));
		struct lbm_laatste l = lbm_laatste(all, k->rows.wijk[r]->id);
		lbm_fill(req, x, &l, LBM_TOTAAL);
	}
}

/* An outline as drawn: its wijk's colour, figure and title, and the link to its meldingen. */
static void map_area(struct req *req, const struct dash_view *v, const struct kpi_kaart *k,
		     const struct kpi_map_area *in, struct svg_map_area *x, const struct lbm_alle *all)
{
	const struct kpi_named *w = k->rows.wijk[in->row];
	int64_t n = k->count[in->row];
	char a[32];

	memcpy(&x->shape, &in->shape, sizeof(x->shape));
	x->heat = kpi_heat_class(k->value[in->row], k->max);
	x->naam = w->naam;
	if (v->per100) {
		dash_number(k->value[in->row], 1, a, sizeof(a));
		x->waarde = arena_strdup(&req->arena, a);
		x->titel = arena_printf(&req->arena, "%s: %s meldingen per 100 woningen%s", x->naam, a,
					lbm_title(req, all, w->id));
	} else {
		dash_count(n, a, sizeof(a));
		x->waarde = arena_strdup(&req->arena, a);
		x->titel = arena_printf(&req->arena, "%s: %s %s%s", x->naam, a, n == 1 ? "melding" : "meldingen",
					lbm_title(req, all, w->id));
	}
	x->href = cell_link(req, v, k, v->rq.van, v->rq.tot, w->code);
	x->label = in->label;
}

/* The map of the outlines drawn, or why there is none. */
static void map_svg(struct req *req, struct tpl_dict *d, const struct dash_view *v, const struct kpi_kaart *k,
		    const struct kpi_map_area *in, int na, int nv, const struct lbm_alle *all)
{
	if (!na) {
		tpl_show(d, nv ? "MAP_NONE_HERE" : "MAP_NONE");
		return;
	}
	struct svg_map_area *areas = arena_alloc(&req->arena, (size_t)na * sizeof(*areas));
	for (int i = 0; i < na; i++)
		map_area(req, v, k, &in[i], &areas[i], all);
	struct tpl_dict *mp = tpl_section(d, "MAP");
	const char *soort = k->cat >= 0 ? k->rep.categorie[k->cat].naam : "alle soorten";
	char *desc = arena_printf(&req->arena,
				  "Kaart van de wijken, gekleurd naar het %s in %s (%s): hoe donkerder, hoe meer. "
				  "De cijfers staan ook in de tabel naast de kaart.",
				  v->per100 ? "aantal meldingen per 100 woningen" : "aantal meldingen", v->titel, soort);
	char *titel = arena_printf(&req->arena, "Kaart: %s per wijk, %s",
				   v->per100 ? "meldingen per 100 woningen" : "meldingen", v->titel);
	svg_map(tpl_include(mp, "SVG", "dashboard_map.tpl"), "kaart", titel, desc, areas, na);
	dash_heat_legend(mp, "MAP_LEGEND", k->max, v->per100);
}

int handle_dashboard_kaart(struct req *req)
{
	struct dash_view v;
	struct tpl_dict *d = page_new(req, "Kaart en heatmap", "dashboard_kaart.tpl"), *filters;
	struct kpi_map_area *areas;
	int na, nv;
	int rc = dash_page_start(req, d, "/dashboard/kaart", &v, &filters);

	if (rc)
		return rc;
	struct kpi_kaart *k = arena_alloc(&req->arena, sizeof(*k));
	enum app_result r = kpi_kaart_run(db_thread(), &req->arena, http_actor(req), &v.rq, v.grain, v.per100, v.soort, k);
	if (r != APP_OK)
		return http_refused(req, r, &kaart_refusal);
	if (kpi_kaart_areas(db_thread(), &req->arena, k, &areas, &na, &nv) != APP_OK)
		return http_unavailable(req, NULL);
	tpl_set(d, "PERIODE", v.titel);
	tpl_set(d, "MAAT", v.per100 ? "meldingen per 100 woningen" : "aantal meldingen");
	tpl_set(d, "SOORT", k->cat >= 0 ? k->rep.categorie[k->cat].naam : "alle soorten");
	show_soorten(filters, k);
	struct lbm_alle all;
	all.n = lbm_store_all(db_thread(), &req->arena, &all.m);
	if (all.n < 0)
		log_warn("dashboard kaart: the Leefbaarometer is left out");
	heatmap_by_period(req, d, &v, k, &all);
	map_table(req, d, k, &all);
	map_svg(req, d, &v, k, areas, na, nv, &all);
	lbm_beside(req, d, k, &all);
	return page_send(req, 200);
}

/* ---- /beheer/kaart ---- */

/* The flash after an upload (melding=geladen); the file itself is read from req->uploads. */
const struct field_spec beheer_kaart_fields[] = {
	{ .name = "melding", .from = IN_QUERY, .type = FT_TEXT },
	FIELDS_END
};

/* A preview without figures: the beheerder sees no case content. */
static void show_preview(struct req *req, struct db *db, struct tpl_dict *b)
{
	struct kaart_vorm *vorm;
	int nv = kaart_load(db, &req->arena, &vorm);
	struct svg_map_area *areas = arena_alloc(&req->arena, ((size_t)(nv > 0 ? nv : 0) + 1) * sizeof(*areas));

	for (int i = 0; i < nv; i++) {
		memcpy(&areas[i].shape, &vorm[i].shape, sizeof(areas[i].shape));
		areas[i].heat = vorm[i].is_wijk ? 1 : 0;
		areas[i].naam = vorm[i].naam;
		areas[i].waarde = vorm[i].code;
		areas[i].titel = arena_printf(&req->arena, "%s (%s)", vorm[i].naam, vorm[i].code);
		areas[i].label = vorm[i].is_wijk || nv <= 40;
	}
	if (nv > 0)
		svg_map(tpl_include(b, "SVG", "dashboard_map.tpl"), "voorbeeld", "Voorbeeld van de geladen kaart",
			"De wijken en buurten uit het geladen bestand, met hun naam en code.", areas, nv);
}

/* Which file was loaded last, by whom, and what it held. */
static void show_bron(struct req *req, struct db *db, struct tpl_dict *d, const struct kaart_bron *bron)
{
	struct tpl_dict *b = tpl_section(d, "BRON");
	char when[WHEN_LEN];

	tpl_set(b, "BESTAND", bron->bestandsnaam);
	when_format(bron->geladen_op, when);
	tpl_set(b, "WANNEER", when);
	tpl_set(b, "DOOR", bron->geladen_door[0] ? bron->geladen_door : "onbekend");
	tpl_set_int(b, "VORMEN", bron->vormen);
	tpl_set_int(b, "OVERGESLAGEN", bron->overgeslagen);
	if (bron->overgeslagen)
		tpl_show(b, "SKIPPED");
	show_preview(req, db, b);
}

static int kaart_page(struct req *req, int status, const char *error)
{
	struct db *db = db_thread();
	struct tpl_dict *d = page_new(req, "Kaart van de wijken", "dashboard_beheer_kaart.tpl");
	struct form f = FORM_INIT(d);
	struct kaart_bron bron;

	tpl_set(d, "CSRF_TOKEN", req->session ? csrf_token(req) : "");
	tpl_set_int(d, "MAX_MB", req->cfg->upload_file_mb);
	if (error)
		form_error(&f, "bestand", error);
	/* Only GET declares melding: the upload's answers always carry an error. */
	const char *melding = error ? NULL : input_text(req, "melding");
	if (melding && !strcmp(melding, "geladen")) {
		struct tpl_dict *fl = tpl_section(req->page, "FLASH");
		tpl_set(fl, "FLASH_KIND", "ok");
		tpl_set(fl, "FLASH_TEXT", "De kaart is geladen.");
	}
	if (!db)
		return http_unavailable(req, NULL);
	enum store_result r = kaart_bron_get(db, &req->arena, &bron);
	if (r == STORE_ERROR)
		return http_unavailable(req, NULL);
	if (r == STORE_OK)
		show_bron(req, db, d, &bron);
	else
		tpl_show(d, "GEEN_BRON");
	return page_send(req, status);
}

int handle_beheer_kaart(struct req *req)
{
	return kaart_page(req, 200, NULL);
}

int handle_beheer_kaart_upload(struct req *req)
{
	struct db *db = db_thread();
	struct upload *file = NULL;
	struct kaart_import_result res;
	size_t len;

	for (struct upload *u = req->uploads; u; u = u->next)
		if (!strcmp(u->field, "bestand"))
			file = u;
	if (!file || (!file->size && !file->dropped))
		return kaart_page(req, 422, "Kies een GeoJSON-bestand met de wijken of buurten.");
	if (file->dropped)
		return kaart_page(req, 422, file->drop_reason ? file->drop_reason : "Dit bestand kon niet worden gelezen.");
	/* The whole file: cJSON needs it in one piece (a city's buurten are a few MB). */
	char *text = upload_read(file, &len, "kaart");
	if (!text)
		return kaart_page(req, 422, "Dit bestand kon niet worden gelezen.");
	if (!db) {
		free(text);
		return http_unavailable(req, NULL);
	}

	const char *naam = file->filename && file->filename[0] ? file->filename : "kaart.geojson";
	enum store_result r = kaart_import(db, text, len, naam, http_actor(req), clock_now(), &res);
	free(text);
	if (r == STORE_CONFLICT)
		return kaart_page(req, 422, arena_strdup(&req->arena, res.fout));
	if (r != STORE_OK)
		return http_unavailable(req, NULL);
	return http_redirect(req, "/beheer/kaart?melding=geladen");
}
