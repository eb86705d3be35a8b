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
 * picks the heat class per wijk. Buurten without a wijk outline of their
 * own are drawn in the colour of their wijk, so a file of buurten makes a
 * wijk map as well.
 */
#include "web/dashboard.h"
#include "auth/session.h"
#include "config.h"
#include "db/db.h"
#include "domain/days.h"
#include "domain/melding.h"
#include "http/http.h"
#include "lib/buf.h"
#include "lib/log.h"
#include "render/form.h"
#include "render/page.h"
#include "render/svg.h"
#include "render/tpl.h"
#include "render/when.h"
#include "store/audit.h"
#include "store/kaart_import.h"
#include "store/kpi.h"
#include "store/kpi_kaart.h"
#include "lib/clock.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static void add_day(struct buf *b, const char *key, int32_t dn)
{
	char s[DAYS_FORMAT_LEN];
	days_format(dn, s);
	buf_addf(b, "%s=%s&", key, s);
}

static void number(double v, int decimals, char *out, size_t size)
{
	if (v < 0)
		snprintf(out, size, "–");
	else
		svg_format_number(v, decimals, out, size);
}

/* What the two parts of the page share: the view, the report and its facts, the wijken shown. */
struct kaart {
	struct req *req;
	const struct dash_view *v;
	const struct kpi_report *rep;
	const struct kpi_facts *facts;
	int cat;                          /* index into rep->categorie, or -1: all soorten */
	int rows, onbekend;               /* wijken shown, and the row of "onbekend" (-1: none) */
	int *row_of;                      /* by wijk id */
	const struct kpi_named **wijk;    /* by row */
};

/* "/meldingen?van=&tot=&peildatum=&wijk=[&categorie=]" for one cell or area, in the arena. */
static const char *cell_link(const struct kaart *k, int32_t van, int32_t tot, const char *wijk_code)
{
	struct buf l = BUF_INIT;
	buf_addstr(&l, "/meldingen?");
	add_day(&l, "van", van);
	add_day(&l, "tot", tot);
	add_day(&l, "peildatum", k->v->rq.peildatum);
	buf_addstr(&l, "wijk=");
	buf_add_urlencoded(&l, wijk_code);
	if (k->cat >= 0) {
		buf_addstr(&l, "&categorie=");
		buf_add_urlencoded(&l, k->rep->categorie[k->cat].code);
	}
	const char *s = arena_strdup(&k->req->arena, l.buf);
	buf_release(&l);
	return s;
}

/* A count shown as a count or, with "per 100 woningen", as the rate of its row's wijk (-1: unknown). */
static double shown(const struct kaart *k, int row, int64_t n)
{
	if (!k->v->per100)
		return (double)n;
	return row == k->onbekend ? -1 : kpi_round1(kpi_per_100(n, k->wijk[row]->woningen));
}

/* The heatmap of wijken per week or month (of the chosen soort, if any). */
static void heatmap_by_period(const struct kaart *k, struct tpl_dict *d, const int32_t *start, int nb)
{
	struct req *req = k->req;
	const struct dash_view *v = k->v;
	char a[32];
	const char **labels = arena_alloc(&req->arena, (size_t)nb * sizeof(char *));
	const char **lang = arena_alloc(&req->arena, (size_t)nb * sizeof(char *));
	int64_t *m = arena_alloc(&req->arena, (size_t)(k->rows ? k->rows : 1) * (size_t)nb * sizeof(int64_t));

	dash_series_labels(req, v, start, nb, labels, lang);
	if (k->rows) {
		struct kpi_matrix_spec spec = {
			.van = start[0], .tot = start[nb] - 1, .peildatum = v->rq.peildatum,
			.row_of = k->row_of, .n_row_of = k->rep->params.n_wijk, .onbekend_row = k->onbekend,
			.start = start, .cols = nb,
		};
		for (size_t i = 0; i < k->facts->n; i++)
			if (k->cat < 0 || k->facts->f[i].categorie == k->rep->categorie[k->cat].id)
				kpi_matrix(&k->facts->f[i], 1, &spec, m);
	}
	double max = 0;
	for (int r = 0; r < k->rows; r++)
		for (int c = 0; c < nb; c++)
			max = fmax(max, shown(k, r, m[(size_t)r * (size_t)nb + (size_t)c]));

	struct tpl_dict *h = tpl_section(d, "HEATMAP");
	tpl_set(h, "PER", v->grain == KPI_GRAIN_MONTH ? "maand" : "week");
	for (int c = 0; c < nb; c++) {
		struct tpl_dict *x = tpl_section(h, "HM_COL");
		tpl_set(x, "LABEL", labels[c]);
		tpl_set(x, "LANG", lang[c]);
	}
	for (int r = 0; r < k->rows; r++) {
		struct tpl_dict *x = tpl_section(h, "HM_ROW");
		const char *naam = r == k->onbekend ? "Onbekend" : k->wijk[r]->naam;
		const char *code = r == k->onbekend ? "onbekend" : k->wijk[r]->code;
		int64_t sum = 0;
		tpl_set(x, "NAAM", naam);
		for (int c = 0; c < nb; c++) {
			int64_t n = m[(size_t)r * (size_t)nb + (size_t)c];
			double val = shown(k, r, n);
			sum += n;
			struct tpl_dict *cell = tpl_section(x, "HM_CELL");
			number(val, v->per100, a, sizeof(a));
			tpl_set(cell, "VALUE", a);
			tpl_set_int(cell, "HEAT", kpi_heat_class(val, max));
			tpl_set(cell, "HREF", cell_link(k, start[c], start[c + 1] - 1, code));
			svg_format_number((double)n, 0, a, sizeof(a));
			tpl_setf(cell, "TITLE", "%s, %s: %s meldingen", naam, lang[c], a);
		}
		number(shown(k, r, sum), v->per100, a, sizeof(a));
		tpl_set(x, "SUM", a);
	}
	dash_heat_legend(h, "HEAT_LEGEND", max, v->per100);
}

/*
 * The map: each wijk's figure for the period, its outline (or its buurten's)
 * coloured by heat class, the numbers in a table beside it. 0, or -1 when
 * the outlines cannot be read.
 */
static int map(const struct kaart *k, struct db *db, struct tpl_dict *d)
{
	struct req *req = k->req;
	const struct dash_view *v = k->v;
	size_t n_wijk = k->rep->params.n_wijk;
	char a[32];

	int64_t *per_wijk = arena_alloc(&req->arena, n_wijk * sizeof(int64_t));
	for (size_t i = 0; i < k->facts->n; i++) {
		const struct kpi_fact *x = &k->facts->f[i];
		if (x->ontvangen_dag < v->rq.van || x->ontvangen_dag > v->rq.tot || x->ontvangen_dag > v->rq.peildatum)
			continue;
		if (k->cat >= 0 && x->categorie != k->rep->categorie[k->cat].id)
			continue;
		if (x->wijk >= 0 && (size_t)x->wijk < n_wijk)
			per_wijk[x->wijk]++;
	}
	struct kaart_vorm *vorm;
	int nv = kaart_load(db, &req->arena, &vorm);
	if (nv < 0)
		return -1;

	double max = 0;
	double *value = arena_alloc(&req->arena, ((size_t)k->rows + 1) * sizeof(double));
	struct tpl_dict **rowd = arena_alloc(&req->arena, ((size_t)k->rows + 1) * sizeof(*rowd));
	for (int r = 0; r < k->rows; r++) {
		if (r == k->onbekend)
			continue;
		value[r] = shown(k, r, per_wijk[k->wijk[r]->id]);
		max = fmax(max, value[r]);
		/* The table beside the map: the numbers, never colour alone. */
		struct tpl_dict *x = rowd[r] = tpl_section(d, "MAP_ROW");
		tpl_set(x, "NAAM", k->wijk[r]->naam);
		svg_format_number((double)per_wijk[k->wijk[r]->id], 0, a, sizeof(a));
		tpl_set(x, "COUNT", a);
		number(kpi_round1(kpi_per_100(per_wijk[k->wijk[r]->id], k->wijk[r]->woningen)), 1, a, sizeof(a));
		tpl_set(x, "PER100", a);
	}
	/* Classes need the largest value, so the rows get theirs now. */
	for (int r = 0; r < k->rows; r++)
		if (r != k->onbekend)
			tpl_set_int(rowd[r], "HEAT", kpi_heat_class(value[r], max));

	struct svg_map_area *areas = arena_alloc(&req->arena, ((size_t)nv + 1) * sizeof(*areas));
	int na = 0;
	for (int i = 0; i < nv; i++) {
		int r = (size_t)vorm[i].wijk_id < n_wijk ? k->row_of[vorm[i].wijk_id] : -1;
		if (r < 0)
			continue;
		/* A buurt is drawn only for a wijk that has no outline of its own. */
		if (!vorm[i].is_wijk) {
			int wijk_drawn = 0;
			for (int j = 0; j < nv; j++)
				wijk_drawn |= vorm[j].is_wijk && vorm[j].area_id == vorm[i].wijk_id;
			if (wijk_drawn)
				continue;
		}
		struct svg_map_area *x = &areas[na++];
		int64_t n = per_wijk[k->wijk[r]->id];
		memcpy(&x->shape, &vorm[i].shape, sizeof(x->shape));
		x->heat = kpi_heat_class(value[r], max);
		x->naam = k->wijk[r]->naam;
		if (v->per100) {
			number(value[r], 1, a, sizeof(a));
			x->waarde = arena_strdup(&req->arena, a);
			x->titel = arena_printf(&req->arena, "%s: %s meldingen per 100 woningen", x->naam, a);
		} else {
			svg_format_number((double)n, 0, a, sizeof(a));
			x->waarde = arena_strdup(&req->arena, a);
			x->titel = arena_printf(&req->arena, "%s: %s %s", x->naam, a, n == 1 ? "melding" : "meldingen");
		}
		x->href = cell_link(k, v->rq.van, v->rq.tot, k->wijk[r]->code);
		x->label = vorm[i].is_wijk;
	}
	/* Wijken drawn from their buurten get one label, in the middle of their box. */
	for (int r = 0; r < k->rows; r++) {
		if (r == k->onbekend)
			continue;
		double minx = INFINITY, miny = INFINITY, maxx = -INFINITY, maxy = -INFINITY;
		int any = 0, labelled = 0;
		for (int i = 0; i < na; i++) {
			if (areas[i].naam != k->wijk[r]->naam)
				continue;
			labelled |= areas[i].label;
			minx = fmin(minx, areas[i].shape.minx);
			miny = fmin(miny, areas[i].shape.miny);
			maxx = fmax(maxx, areas[i].shape.maxx);
			maxy = fmax(maxy, areas[i].shape.maxy);
			any = 1;
		}
		if (!any || labelled)
			continue;
		for (int i = 0; i < na; i++)
			if (areas[i].naam == k->wijk[r]->naam) {
				areas[i].label = 1;
				areas[i].shape.labelx = (minx + maxx) / 2;
				areas[i].shape.labely = (miny + maxy) / 2;
				break;
			}
	}
	if (!na) {
		tpl_show(d, nv ? "MAP_NONE_HERE" : "MAP_NONE");
		return 0;
	}
	struct tpl_dict *mp = tpl_section(d, "MAP");
	const char *soort = k->cat >= 0 ? k->rep->categorie[k->cat].naam : "alle soorten";
	char *desc = arena_printf(&req->arena,
				  "Kaart van de wijken, gekleurd naar het %s in %s (%s): hoe donkerder, hoe meer. "
				  "De cijfers staan ook in de tabel naast de kaart.",
				  v->per100 ? "aantal meldingen per 100 woningen" : "aantal meldingen", v->titel, soort);
	char *titel = arena_printf(&req->arena, "Kaart: %s per wijk, %s",
				   v->per100 ? "meldingen per 100 woningen" : "meldingen", v->titel);
	svg_map(tpl_include(mp, "SVG", "dashboard_map.tpl"), "kaart", titel, desc, areas, na);
	dash_heat_legend(mp, "MAP_LEGEND", max, v->per100);
	return 0;
}

int handle_dashboard_kaart(struct req *req)
{
	struct db *db = db_thread();
	struct dash_view v;
	struct tpl_dict *d = page_new(req, "Kaart en heatmap", "dashboard_kaart.tpl");
	struct tpl_dict *filters = tpl_include(d, "FILTERS", "dashboard_filters.tpl");
	struct form f = FORM_INIT(filters);

	int rc = dash_view_parse(req, &v, &f);
	if (rc == 404)
		return http_error(req, 404, "Niet gevonden", "Deze wijk bestaat niet of valt buiten uw gebied.");
	dash_tabs(req, tpl_include(d, "TABS", "dashboard_tabs.tpl"), rc ? NULL : &v, "/dashboard/kaart");
	dash_filters(req, filters, &v, "/dashboard/kaart");
	if (rc == 422)
		return page_send(req, 422);

	int32_t start[KPI_TREND_MAX + 1];
	int nb = dash_series_buckets(&v, start);
	struct kpi_report *rep = arena_alloc(&req->arena, sizeof(*rep));
	struct kpi_facts facts = { 0 };
	if (!db || kpi_run_facts(req, &v.rq, start[0], rep, &facts))
		return http_unavailable(req, "De cijfers konden niet worden geladen. Probeer het over een minuut opnieuw.");
	struct kaart k = { .req = req, .v = &v, .rep = rep, .facts = &facts, .cat = -1, .onbekend = -1 };

	/* soort: one melding type (a category code), or all; chosen in the filters. */
	if (v.soort) {
		for (int c = 0; c < rep->n_categorie; c++)
			if (!strcmp(rep->categorie[c].code, v.soort))
				k.cat = c;
		if (k.cat < 0) {
			kpi_facts_release(&facts);
			return http_error(req, 404, "Niet gevonden", "Deze soort melding bestaat niet.");
		}
	}
	tpl_set(d, "PERIODE", v.titel);
	tpl_set(d, "MAAT", v.per100 ? "meldingen per 100 woningen" : "aantal meldingen");
	tpl_set(d, "SOORT", k.cat >= 0 ? rep->categorie[k.cat].naam : "alle soorten");
	struct tpl_dict *sf = tpl_section(filters, "SOORT_FIELD");
	struct tpl_dict *o = tpl_section(sf, "SOORT_OPTION");
	tpl_set(o, "VALUE", "");
	tpl_set(o, "LABEL", "Alle soorten");
	if (k.cat < 0)
		tpl_show(o, "SELECTED");
	for (int c = 0; c < rep->n_categorie; c++) {
		o = tpl_section(sf, "SOORT_OPTION");
		tpl_set(o, "VALUE", rep->categorie[c].code);
		tpl_set(o, "LABEL", rep->categorie[c].naam);
		if (c == k.cat)
			tpl_show(o, "SELECTED");
	}

	/* Rows: the wijken shown (all in scope, or the one chosen), then onbekend. */
	k.row_of = arena_alloc(&req->arena, rep->params.n_wijk * sizeof(int));
	k.wijk = arena_alloc(&req->arena, ((size_t)rep->n_wijk + 1) * sizeof(*k.wijk));
	for (size_t i = 0; i < rep->params.n_wijk; i++)
		k.row_of[i] = -1;
	for (int i = 0; i < rep->n_wijk; i++) {
		if (v.rq.wijk_id && v.rq.wijk_id != rep->wijk[i].id)
			continue;
		k.row_of[rep->wijk[i].id] = k.rows;
		k.wijk[k.rows++] = &rep->wijk[i];
	}
	if (rep->onbekend && (!v.rq.wijk_id || v.rq.wijk_id == -1))
		k.onbekend = k.rows++;

	heatmap_by_period(&k, d, start, nb);
	rc = map(&k, db, d);
	kpi_facts_release(&facts);
	if (rc < 0)
		return http_unavailable(req, NULL);
	return page_send(req, 200);
}

/* ---- /beheer/kaart ---- */

static int kaart_page(struct req *req, int status, const char *error)
{
	struct db *db = db_thread();
	struct tpl_dict *d = page_new(req, "Kaart van de wijken", "dashboard_beheer_kaart.tpl");
	struct form f = FORM_INIT(d);
	struct kaart_bron bron;

	tpl_set(d, "CSRF_TOKEN", req->session ? req->session->csrf : "");
	tpl_set_int(d, "MAX_MB", req->cfg->upload_file_mb);
	if (error)
		form_error(&f, "bestand", error);
	const char *melding = http_query(req, "melding");
	if (!error && melding && !strcmp(melding, "geladen")) {
		struct tpl_dict *fl = tpl_section(req->page, "FLASH");
		tpl_set(fl, "FLASH_KIND", "ok");
		tpl_set(fl, "FLASH_TEXT", "De kaart is geladen.");
	}
	if (!db)
		return http_unavailable(req, NULL);
	enum store_result r = kaart_bron_get(db, &req->arena, &bron);
	if (r == STORE_ERROR)
		return http_unavailable(req, NULL);
	if (r == STORE_OK) {
		struct tpl_dict *b = tpl_section(d, "BRON");
		tpl_set(b, "BESTAND", bron.bestandsnaam);
		char when[WHEN_LEN];
		when_format(bron.geladen_op, when);
		tpl_set(b, "WANNEER", when);
		tpl_set(b, "DOOR", bron.geladen_door[0] ? bron.geladen_door : "onbekend");
		tpl_set_int(b, "VORMEN", bron.vormen);
		tpl_set_int(b, "OVERGESLAGEN", bron.overgeslagen);
		if (bron.overgeslagen)
			tpl_show(b, "SKIPPED");
		/* A preview without figures: the beheerder sees no case content. */
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
	} else {
		tpl_show(d, "GEEN_BRON");
	}
	return page_send(req, status);
}

int handle_beheer_kaart(struct req *req)
{
	return kaart_page(req, 200, NULL);
}


/* The whole uploaded file, NUL-terminated, in *len bytes (caller frees); NULL (logged) if it cannot be read. */
static char *read_upload(const struct upload *file, size_t *len)
{
	struct stat sb;
	int fd = open(file->path, O_RDONLY | O_CLOEXEC);

	if (fd < 0 || fstat(fd, &sb) < 0) {
		log_error("kaart upload: %s: %s", file->path, strerror(errno));
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	char *text = malloc((size_t)sb.st_size + 1);
	if (!text)
		abort();
	size_t got = 0;
	while (got < (size_t)sb.st_size) {
		ssize_t r = read(fd, text + got, (size_t)sb.st_size - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	close(fd);
	text[got] = '\0';
	*len = got;
	return text;
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
	char *text = read_upload(file, &len);
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
