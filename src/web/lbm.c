/*
 * lbm.c - the Leefbaarometer on the wijkprofiel (issue 18, point 2): the
 * {{>LEEFBAROMETER}} block (templates/wijkprofiel_lbm.tpl) and the
 * "leefbaarometer" key of /api/v1/wijken/{code} (web/wijkmonitor.h).
 *
 * Per measurement year up to the year in view: the total and each of the
 * five dimensions with its class and label, and the trend against the
 * measurement before it in words and with a sign (never colour alone); a
 * line per measure of its class over the years (inline SVG, the numbers
 * in the table beside it). For a wijk also its buurten's latest total, so a
 * buurt that slides shows under a wijk that holds.
 */
#include "web/wijkmonitor.h"
#include "db/db.h"
#include "domain/lbm.h"
#include "http/http.h"
#include "lib/log.h"
#include "render/svg.h"
#include "render/tpl.h"
#include "store/area.h"
#include "store/lbm.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* "+0,052": a deviation the Dutch way, with its sign. */
static const char *afwijking(struct req *req, double v)
{
	char s[32];

	snprintf(s, sizeof(s), "%+.3f", v);
	for (char *p = s; *p; p++)
		if (*p == '.')
			*p = ',';
	return arena_strdup(&req->arena, s);
}

static void cell(struct req *req, struct tpl_dict *row, const struct lbm_meting *m, const struct lbm_meting *prev,
		 int maat)
{
	struct tpl_dict *c = tpl_section(row, "CEL");
	const struct lbm_maat_waarde *w = &m->m[maat];
	char tekst[120];

	tpl_set_int(c, "KLASSE", w->klasse);
	tpl_set(c, "LABEL", lbm_klasse_label(w->klasse));
	if (w->afgeleid)
		tpl_show(c, "AFGELEID");
	if (w->has_waarde)
		tpl_set(tpl_section(c, "WAARDE"), "W", afwijking(req, w->waarde));
	if (prev) {
		enum lbm_trend t = lbm_trend_van(prev->m[maat].klasse, w->klasse);
		struct tpl_dict *x = tpl_section(c, "TREND");
		lbm_trend_tekst(prev->m[maat].klasse, w->klasse, prev->jaar, tekst, sizeof(tekst));
		tpl_set(x, "ID", lbm_trend_ids[t]);
		tpl_set(x, "SIGN", lbm_trend_sign(t));
		tpl_set(x, "TEKST", arena_strdup(&req->arena, tekst));
	}
}

/*
 * The classes over the years: the total and each dimension a line of its
 * own colour and dash (svg_palette has exactly six), and class 5
 * (voldoende) as the reference line.
 */
static void chart(struct req *req, struct tpl_dict *d, const struct area *a, const struct lbm_meting *m, int n)
{
	const char **labels = arena_alloc(&req->arena, (size_t)n * sizeof(*labels));
	struct svg_series s[LBM__MAX];
	struct svg_chart c = { .id = "grafiek-leefbaarometer", .n = n, .labels = labels, .labels_lang = labels,
			       .procent = 0, .norm = 5, .norm_label = "5 voldoende", .running = 0 };

	for (int i = 0; i < n; i++)
		labels[i] = arena_printf(&req->arena, "%d", m[i].jaar);
	for (int k = 0; k < LBM__MAX; k++) {
		double *v = arena_alloc(&req->arena, (size_t)n * sizeof(*v));
		for (int i = 0; i < n; i++)
			v[i] = m[i].m[k].klasse;
		s[k] = (struct svg_series){ lbm_maat_labels[k], v };
	}
	c.titel = arena_printf(&req->arena, "Leefbaarometer %s: klasse per meting", a->naam);
	c.omschrijving = arena_printf(&req->arena, "Lijngrafiek van de klasse (1 zeer onvoldoende tot 9 uitstekend) van "
				      "de totaalscore en de vijf dimensies van %s, van %d tot en met %d; de stippellijn is "
				      "klasse 5, voldoende. De klassen staan ook in de tabel.", a->naam, m[0].jaar,
				      m[n - 1].jaar);
	svg_line_chart(tpl_include(d, "CHART", "dashboard_chart.tpl"), &c, s, LBM__MAX);
}

/* For a wijk: each buurt's latest total with its trend. */
static void buurten(struct req *req, struct db *db, struct tpl_dict *d, const struct area *a, int jaar)
{
	struct lbm_meting *all;
	struct tpl_dict *t = NULL;
	int n = lbm_store_all(db, &req->arena, &all);
	char tekst[120];

	for (int i = 0; i < n; i++) {
		const struct lbm_meting *m = &all[i];
		if (m->is_wijk || m->wijk_id != a->id || m->jaar > jaar)
			continue;
		/* The rows run by area and year: the latest of an area is the last before the next area or year. */
		if (i + 1 < n && all[i + 1].area_id == m->area_id && all[i + 1].jaar <= jaar)
			continue;
		const struct lbm_meting *prev = i > 0 && all[i - 1].area_id == m->area_id ? &all[i - 1] : NULL;
		if (!t)
			t = tpl_section(d, "BUURTEN");
		struct tpl_dict *x = tpl_section(t, "BUURT");
		tpl_set(x, "NAAM", m->naam);
		tpl_set(x, "CODE", m->code);
		tpl_setf(x, "HREF", "/wijken/%s", m->code);
		tpl_set_int(x, "JAAR", m->jaar);
		tpl_set_int(x, "KLASSE", m->m[LBM_TOTAAL].klasse);
		tpl_set(x, "LABEL", lbm_klasse_label(m->m[LBM_TOTAAL].klasse));
		/* The dimension that scores lowest: where to look first (the corporation's step 2). */
		int low = LBM_WON;
		for (int k = LBM_WON + 1; k < LBM__MAX; k++)
			if (m->m[k].klasse < m->m[low].klasse)
				low = k;
		tpl_set(x, "LAAGSTE", lbm_maat_labels[low]);
		tpl_set_int(x, "LAAGSTE_KLASSE", m->m[low].klasse);
		tpl_set(x, "LAAGSTE_LABEL", lbm_klasse_label(m->m[low].klasse));
		if (prev) {
			enum lbm_trend tr = lbm_trend_van(prev->m[LBM_TOTAAL].klasse, m->m[LBM_TOTAAL].klasse);
			lbm_trend_tekst(prev->m[LBM_TOTAAL].klasse, m->m[LBM_TOTAAL].klasse, prev->jaar, tekst, sizeof(tekst));
			tpl_set(x, "TREND_ID", lbm_trend_ids[tr]);
			tpl_set(x, "SIGN", lbm_trend_sign(tr));
			tpl_set(x, "TREND", arena_strdup(&req->arena, tekst));
		} else {
			tpl_set(x, "TREND", "eerste meting");
		}
	}
}

void lbm_profile_show(struct req *req, struct tpl_dict *d, const struct area *a, int jaar)
{
	struct db *db = db_thread();
	struct lbm_meting *m;
	struct tpl_dict *b = tpl_include(d, "LEEFBAROMETER", "wijkprofiel_lbm.tpl");
	int n = db ? lbm_store_area(db, &req->arena, a->id, jaar, &m) : -1;
	char tekst[120];

	if (n < 0) {
		log_warn("wijkprofiel %s: the Leefbaarometer block is left out", a->code);
		tpl_show(b, "ONBESCHIKBAAR");
		return;
	}
	tpl_set(b, "NAAM", a->naam);
	tpl_set_int(b, "JAAR", jaar);
	if (!n) {
		tpl_show(b, "GEEN");
	} else {
		const struct lbm_meting *last = &m[n - 1], *prev = n > 1 ? &m[n - 2] : NULL;
		struct tpl_dict *x = tpl_section(b, "METINGEN");
		tpl_set_int(x, "LAATSTE_JAAR", last->jaar);
		tpl_set_int(x, "KLASSE", last->m[LBM_TOTAAL].klasse);
		tpl_set(x, "LABEL", lbm_klasse_label(last->m[LBM_TOTAAL].klasse));
		if (prev) {
			enum lbm_trend t = lbm_trend_van(prev->m[LBM_TOTAAL].klasse, last->m[LBM_TOTAAL].klasse);
			lbm_trend_tekst(prev->m[LBM_TOTAAL].klasse, last->m[LBM_TOTAAL].klasse, prev->jaar, tekst, sizeof(tekst));
			struct tpl_dict *tr = tpl_section(x, "LAATSTE_TREND");
			tpl_set(tr, "ID", lbm_trend_ids[t]);
			tpl_set(tr, "SIGN", lbm_trend_sign(t));
			tpl_set(tr, "TEKST", arena_strdup(&req->arena, tekst));
		}
		int afgeleid = 0;
		for (int i = 0; i < n; i++) {
			struct tpl_dict *col = tpl_section(x, "JAAR_COL");
			tpl_set_int(col, "JAAR", m[i].jaar);
			for (int k = 0; k < LBM__MAX; k++)
				afgeleid |= m[i].m[k].afgeleid;
		}
		for (int k = 0; k < LBM__MAX; k++) {
			struct tpl_dict *row = tpl_section(x, "MAAT");
			tpl_set(row, "NAAM", lbm_maat_labels[k]);
			for (int i = 0; i < n; i++)
				cell(req, row, &m[i], i ? &m[i - 1] : NULL, k);
		}
		if (afgeleid)
			tpl_show(x, "UITLEG_AFGELEID");
		if (n > 1)
			chart(req, x, a, m, n);
	}
	if (a->soort == AREA_WIJK && db)
		buurten(req, db, b, a, jaar);
}

static cJSON *maat_json(const struct lbm_maat_waarde *w, const struct lbm_meting *prev, int maat)
{
	cJSON *o = cJSON_CreateObject();

	if (w->has_waarde)
		cJSON_AddNumberToObject(o, "afwijking", w->waarde);
	else
		cJSON_AddNullToObject(o, "afwijking");
	cJSON_AddNumberToObject(o, "klasse", w->klasse);
	cJSON_AddStringToObject(o, "label", lbm_klasse_label(w->klasse));
	cJSON_AddBoolToObject(o, "klasse_afgeleid", w->afgeleid);
	if (prev) {
		enum lbm_trend t = lbm_trend_van(prev->m[maat].klasse, w->klasse);
		cJSON_AddStringToObject(o, "trend", lbm_trend_ids[t]);
		cJSON_AddNumberToObject(o, "verschil", w->klasse - prev->m[maat].klasse);
	} else {
		cJSON_AddNullToObject(o, "trend");
	}
	return o;
}

void lbm_profile_json(struct req *req, cJSON *obj, const struct area *a, int jaar)
{
	struct db *db = db_thread();
	struct lbm_meting *m;
	int n = db ? lbm_store_area(db, &req->arena, a->id, jaar, &m) : -1;

	if (n < 0) {
		log_warn("wijkprofiel %s: the Leefbaarometer key is left out", a->code);
		return;
	}
	cJSON *lbm = cJSON_AddObjectToObject(obj, "leefbaarometer");
	cJSON *list = cJSON_AddArrayToObject(lbm, "metingen");
	for (int i = 0; i < n; i++) {
		cJSON *o = cJSON_CreateObject();
		cJSON_AddNumberToObject(o, "jaar", m[i].jaar);
		if (m[i].has_score)
			cJSON_AddNumberToObject(o, "score", m[i].score);
		else
			cJSON_AddNullToObject(o, "score");
		for (int k = 0; k < LBM__MAX; k++)
			cJSON_AddItemToObject(o, lbm_maat_keys[k], maat_json(&m[i].m[k], i ? &m[i - 1] : NULL, k));
		cJSON_AddItemToArray(list, o);
	}
	if (n)
		cJSON_AddNumberToObject(lbm, "laatste_jaar", m[n - 1].jaar);
	else
		cJSON_AddNullToObject(lbm, "laatste_jaar");
}
