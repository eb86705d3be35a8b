/*
 * budget.c - the leefbaarheidsbudget (issue 18, point 5) on the web: the
 * page /budget with its norm form, the CSV /budget.csv, the JSON
 * /api/v1/budget (web/budget.h), and the wijkprofiel's {{>BUDGET}} block
 * and "budget" key (web/wijkmonitor.h). The figures come from
 * app/budget.h; this file only shows them.
 */
#include "web/budget.h"
#include "web/export.h"
#include "web/wijkmonitor.h"
#include "app/budget.h"
#include "app/export_csv.h"
#include "config.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/melding.h"
#include "http/http.h"
#include "http/json.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "lib/parse.h"
#include "render/form.h"
#include "render/page.h"
#include "render/svg.h"
#include "render/tpl.h"
#include "render/when.h"
#include "store/area.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The years the profile's block sets side by side, the year in view last. */
#define PROFILE_YEARS 5

#define JAAR_FIELD \
	{ .name = "jaar", .from = IN_QUERY, .type = FT_INT, .min = BUDGET_JAAR_MIN, .max = BUDGET_JAAR_MAX, \
	  .message = "Kies een jaar van 2000 tot en met 2100, bijvoorbeeld jaar=2026." }

enum { SEP_KOMMA, SEP_PUNTKOMMA, SEP__MAX };
static const char *const sep_ids[SEP__MAX] = { "komma", "puntkomma" };

const struct field_spec budget_fields[] = { JAAR_FIELD, FIELDS_END };
const struct field_spec budget_csv_fields[] = {
	JAAR_FIELD,
	{ .name = "scheiding", .from = IN_QUERY, .type = FT_ENUM, .max = SEP__MAX, .choices = sep_ids },
	FIELDS_END
};
const struct field_spec budget_norm_fields[] = {
	{ .name = "jaar", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "norm", .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};

static const struct refusal refusal = {
	.not_found_title = "Niet gevonden",
	.not_found_text = "Deze pagina bestaat niet.",
	.forbidden_text = "Alleen de coördinator stelt het budget per woning vast.",
};

static int this_year(void)
{
	return budget_year_of(amsterdam_day(clock_now()));
}

/* ?jaar= or this year; 0 when it cannot be read (the stage's message is in input_errors()). */
static int year_in(struct req *req)
{
	int64_t y = this_year();

	if (field_error_for(input_errors(req), "jaar"))
		return 0;
	input_value(req, "jaar", &y);
	return (int)y;
}

static const char *euros(struct req *req, int64_t cent)
{
	char b[32];

	if (cent < 0) {
		euros_format(-cent, b);
		return arena_printf(&req->arena, "− € %s", b);
	}
	euros_format(cent, b);
	return arena_printf(&req->arena, "€ %s", b);
}

static const char *share(struct req *req, int aandeel)
{
	char b[32];

	svg_format_number(aandeel / 10.0, 1, b, sizeof(b));
	return arena_printf(&req->arena, "%s%%", b);
}

/* The columns every row of the page's table and the profile's block show. */
static void fill_figures(struct req *req, struct tpl_dict *x, const struct budget_figures *f)
{
	tpl_set_int(x, "WONINGEN", f->woningen);
	for (int b = 0; b < BUDGET_BRON__MAX; b++) {
		static const char *const keys[BUDGET_BRON__MAX] = { "K_MELDINGEN", "K_INTERVENTIES", "K_INITIATIEVEN" };
		tpl_set(x, keys[b], euros(req, f->kosten[b]));
	}
	tpl_set(x, "TOTAAL", euros(req, f->totaal));
	/* No homes: no figure per home and no budget, said in words instead of a division by zero. */
	if (f->per_woning >= 0)
		tpl_set(x, "PER_WONING", euros(req, f->per_woning));
	else
		tpl_set(x, "PER_WONING", "geen woningen");
	if (f->budget >= 0) {
		tpl_set(x, "BUDGET", euros(req, f->budget));
		tpl_set(x, "VERSCHIL", euros(req, f->verschil));
		if (f->verschil < 0)
			tpl_show(x, "OVER");
	} else {
		tpl_set(x, "BUDGET", f->woningen > 0 ? "geen norm" : "–");
		tpl_set(x, "VERSCHIL", "–");
	}
	tpl_set(x, "AANDEEL", f->aandeel >= 0 ? share(req, f->aandeel) : "–");
}

/* ---- GET /budget ---- */

/* The norm in force, in words. */
static void show_norm(struct req *req, struct tpl_dict *c, const struct budget_view *v)
{
	if (!v->has_norm) {
		tpl_set_int(tpl_section(c, "GEEN_NORM"), "JAAR", v->jaar);
		return;
	}
	struct tpl_dict *x = tpl_section(c, "NORM");
	tpl_set(x, "NORM", euros(req, v->norm.norm_cent));
	tpl_set(x, "DOOR", v->norm.user_naam[0] ? v->norm.user_naam : "onbekend");
	tpl_set(x, "OP", when_str(&req->arena, WHEN_TEXT, v->norm.vastgesteld_op));
	if (v->norm.jaar != v->jaar)
		tpl_set_int(tpl_section(x, "OVERGENOMEN"), "VAN_JAAR", v->norm.jaar);
}

/*
 * A small bar per wijk: spend per home on a scale that holds the norm and
 * the largest spend, the norm a line across it. Numbers only go into the
 * template (budget.tpl draws the SVG), each bar with its figures in words.
 */
#define BAR_W 240.0

static void show_bars(struct req *req, struct tpl_dict *c, const struct budget_view *v)
{
	double scale = v->norm_cent > 0 ? (double)v->norm_cent : 0;

	for (int i = 0; i < v->n; i++)
		if (v->areas[i].soort == AREA_WIJK && (double)v->rows[i].per_woning > scale)
			scale = (double)v->rows[i].per_woning;
	struct tpl_dict *list = NULL;
	for (int i = 0; i < v->n; i++) {
		if (v->areas[i].soort != AREA_WIJK)
			continue;
		const struct budget_figures *f = &v->rows[i];
		if (!list)
			list = tpl_section(c, "BALKEN");
		struct tpl_dict *x = tpl_section(list, "BALK");
		tpl_set(x, "NAAM", v->areas[i].naam);
		tpl_setf(x, "W", "%.0f", BAR_W);
		tpl_setf(x, "FILL", "%s", svg_palette[0]);
		if (f->per_woning < 0) {
			tpl_set(x, "TEKST", "geen woningen bekend");
			tpl_set(x, "BW", "0");
		} else {
			tpl_setf(x, "BW", "%.1f", scale > 0 ? (double)f->per_woning / scale * BAR_W : 0);
			tpl_set(x, "TEKST", v->norm_cent >= 0
				? arena_printf(&req->arena, "%s per woning, norm %s", euros(req, f->per_woning),
					       euros(req, v->norm_cent))
				: arena_printf(&req->arena, "%s per woning", euros(req, f->per_woning)));
		}
		if (v->norm_cent >= 0 && scale > 0)
			tpl_setf(tpl_section(x, "NORMLIJN"), "X", "%.1f", (double)v->norm_cent / scale * BAR_W);
	}
}

static void show_rows(struct req *req, struct tpl_dict *c, const struct budget_view *v)
{
	if (!v->n) {
		tpl_show(c, "GEEN_GEBIEDEN");
		return;
	}
	struct tpl_dict *t = tpl_section(c, "TABEL");
	for (int i = 0; i < v->n; i++) {
		const struct area *a = &v->areas[i];
		struct tpl_dict *x = tpl_section(t, "RIJ");
		tpl_set(x, "SOORT", area_soort_ids[a->soort]);
		tpl_set(x, "CODE", a->code);
		tpl_set(x, "NAAM", a->naam);
		tpl_show(x, a->soort != AREA_COMPLEX ? "PROFIEL" : "GEEN_PROFIEL");
		fill_figures(req, x, &v->rows[i]);
	}
	fill_figures(req, tpl_section(t, "TOTAAL_RIJ"), &v->total);
	if (v->buiten)
		tpl_set(tpl_section(c, "BUITEN"), "BEDRAG", euros(req, v->buiten));
}

/* The coördinator's form (with the input kept when it came back) and the norms set before; NULL for others. */
static struct tpl_dict *show_norm_form(struct req *req, struct tpl_dict *c, int jaar, const char *jaar_in,
				       const char *norm_in)
{
	if (policy_route(http_actor(req)->role, ACT_WIJK_STEER) != VERDICT_ALLOW)
		return NULL;
	struct tpl_dict *f = tpl_section(c, "NORM_FORM");
	tpl_set(f, "CSRF_TOKEN", csrf_token(req));
	if (jaar_in)
		tpl_set(f, "JAAR_IN", jaar_in);
	else
		tpl_set_int(f, "JAAR_IN", jaar);
	tpl_set(f, "NORM_IN", norm_in ? norm_in : "");

	struct budget_norm *h;
	int n = budget_norm_history(db_thread(), &req->arena, 20, &h);
	if (n <= 0)
		return f;
	struct tpl_dict *l = tpl_section(f, "HISTORIE");
	for (int i = 0; i < n; i++) {
		struct tpl_dict *x = tpl_section(l, "H_RIJ");
		tpl_set_int(x, "JAAR", h[i].jaar);
		tpl_set(x, "NORM", euros(req, h[i].norm_cent));
		tpl_set(x, "DOOR", h[i].user_naam[0] ? h[i].user_naam : "onbekend");
		tpl_set(x, "OP", when_str(&req->arena, WHEN_TEXT, h[i].vastgesteld_op));
	}
	return f;
}

/* The page for year jaar, 0; -1 when the figures could not be read. *form: the norm's form, if shown (may be NULL). */
static int render(struct req *req, int jaar, const char *jaar_in, const char *norm_in, struct tpl_dict **form)
{
	struct budget_view v;

	if (budget_view_load(db_thread(), &req->arena, http_actor(req), jaar, &v) != APP_OK)
		return -1;
	struct tpl_dict *c = page_new(req, arena_printf(&req->arena, "Leefbaarheidsbudget %d", jaar), "budget.tpl");
	tpl_set_int(c, "JAAR", jaar);
	tpl_set_int(c, "VORIG_JAAR", jaar - 1);
	tpl_set_int(c, "VOLGEND_JAAR", jaar + 1);
	if (!v.all)
		tpl_show(c, "EIGEN_WIJKEN");
	show_norm(req, c, &v);
	show_bars(req, c, &v);
	show_rows(req, c, &v);
	struct tpl_dict *f = show_norm_form(req, c, jaar, jaar_in, norm_in);
	if (form)
		*form = f;
	return 0;
}

int handle_budget(struct req *req)
{
	int jaar = year_in(req);

	if (!jaar)
		return http_error(req, 422, "Ongeldig jaar", field_error_for(input_errors(req), "jaar"));
	if (render(req, jaar, NULL, NULL, NULL) < 0)
		return http_unavailable(req, NULL);
	return page_send(req, 200);
}

/* ---- POST /budget/norm ---- */

int handle_budget_norm(struct req *req)
{
	struct budget_norm_input in = { .jaar = input_text(req, "jaar"), .norm = input_text(req, "norm") };
	struct field_errors errs;
	int jaar = 0;
	enum app_result r = budget_norm_set(db_thread(), &req->arena, http_actor(req), &in, &errs, &jaar);

	if (r == APP_OK)
		return http_redirect(req, arena_printf(&req->arena, "/budget?jaar=%d#norm", jaar));
	if (r != APP_INVALID)
		return http_refused(req, r, &refusal);
	/* The page of the year typed when it reads as one, else this year's; the input kept as typed. */
	int64_t y;
	int shown = in.jaar && !field_error_for(&errs, "jaar") && parse_int64(in.jaar, BUDGET_JAAR_MIN, BUDGET_JAAR_MAX, &y) == 0
		? (int)y : this_year();
	const char *jaar_kept = in.jaar && strlen(in.jaar) <= 20 ? in.jaar : "";
	const char *norm_kept = in.norm && strlen(in.norm) <= 40 ? in.norm : "";
	struct tpl_dict *f = NULL;
	if (render(req, shown, jaar_kept, norm_kept, &f) < 0 || !f)
		return http_unavailable(req, NULL);
	struct form fm = FORM_INIT(f);
	for (int i = 0; i < errs.n; i++)
		form_error(&fm, arena_printf(&req->arena, "norm-%s", errs.e[i].field), errs.e[i].message);
	return page_send(req, 422);
}

/* ---- GET /budget.csv ---- */

int handle_budget_csv(struct req *req)
{
	struct budget_view v;
	int jaar = year_in(req);
	int64_t sep = SEP_PUNTKOMMA;

	if (!jaar)
		return http_error(req, 422, "Ongeldig jaar", field_error_for(input_errors(req), "jaar"));
	if (field_error_for(input_errors(req), "scheiding"))
		return http_error(req, 422, "Ongeldige scheiding", "Kies scheiding=komma of scheiding=puntkomma.");
	input_value(req, "scheiding", &sep);
	if (budget_view_load(db_thread(), &req->arena, http_actor(req), jaar, &v) != APP_OK)
		return http_unavailable(req, NULL);
	int fd = export_temp_file(req);
	if (fd < 0)
		return http_error(req, 503, "Export mislukt", "Het bestand kon niet worden gemaakt. Probeer het opnieuw.");
	/* The writer's buffer is 64 KiB: on the heap, not the thread's stack. */
	struct csv *c = malloc(sizeof(*c));
	if (!c)
		abort();
	csv_start(c, fd, sep == SEP_KOMMA ? ',' : ';');
	if (budget_csv(db_thread(), &req->arena, http_actor(req), &v, c) < 0 || csv_finish(c) < 0 ||
	    lseek(fd, 0, SEEK_SET) != 0) {
		free(c);
		close(fd);
		return http_error(req, 503, "Export mislukt", "Het bestand kon niet worden gemaakt. Probeer het opnieuw.");
	}
	req->fd_out = fd;
	req->fd_size = c->bytes;
	req->content_type = "text/csv; charset=utf-8";
	http_add_header(req, "Content-Disposition",
			arena_printf(&req->arena, "attachment; filename=\"leefbaarheidsbudget-%d.csv\"", jaar));
	free(c);
	return 200;
}

/* ---- JSON: /api/v1/budget and the profile's key ---- */

static void add_euros(cJSON *o, const char *key, int64_t cent, int present)
{
	if (present)
		cJSON_AddNumberToObject(o, key, (double)cent / 100.0);
	else
		cJSON_AddNullToObject(o, key);
}

static void figures_json(cJSON *o, const struct budget_figures *f, int64_t norm)
{
	cJSON *k = cJSON_AddObjectToObject(o, "kosten");
	for (int b = 0; b < BUDGET_BRON__MAX; b++)
		add_euros(k, budget_bron_ids[b], f->kosten[b], 1);
	add_euros(o, "totaal", f->totaal, 1);
	cJSON_AddNumberToObject(o, "woningen", f->woningen);
	add_euros(o, "per_woning", f->per_woning, f->per_woning >= 0);
	add_euros(o, "norm_per_woning", norm, norm >= 0);
	add_euros(o, "budget", f->budget, f->budget >= 0);
	add_euros(o, "verschil", f->verschil, f->budget >= 0);
	if (f->aandeel >= 0)
		cJSON_AddNumberToObject(o, "aandeel_procent", f->aandeel / 10.0);
	else
		cJSON_AddNullToObject(o, "aandeel_procent");
}

int handle_api_budget(struct req *req)
{
	struct budget_view v;
	int jaar = year_in(req);

	if (!jaar)
		return http_json_field_errors(req, input_errors(req));
	if (budget_view_load(db_thread(), &req->arena, http_actor(req), jaar, &v) != APP_OK)
		return http_unavailable(req, NULL);
	cJSON *o = cJSON_CreateObject();
	cJSON_AddNumberToObject(o, "jaar", jaar);
	add_euros(o, "norm_per_woning", v.norm_cent, v.has_norm);
	if (v.has_norm)
		cJSON_AddNumberToObject(o, "norm_vastgesteld_voor", v.norm.jaar);
	cJSON *items = cJSON_AddArrayToObject(o, "gebieden");
	for (int i = 0; i < v.n; i++) {
		const struct area *a = &v.areas[i];
		cJSON *x = cJSON_CreateObject();
		cJSON_AddStringToObject(x, "code", a->code);
		cJSON_AddStringToObject(x, "naam", a->naam);
		cJSON_AddStringToObject(x, "soort", area_soort_ids[a->soort]);
		if (a->parent_code[0])
			cJSON_AddStringToObject(x, "bovenliggend", a->parent_code);
		else
			cJSON_AddNullToObject(x, "bovenliggend");
		figures_json(x, &v.rows[i], v.norm_cent);
		cJSON *e = cJSON_AddObjectToObject(x, "kosten_eigen");
		for (int b = 0; b < BUDGET_BRON__MAX; b++)
			add_euros(e, budget_bron_ids[b], v.rows[i].eigen[b], 1);
		cJSON_AddItemToArray(items, x);
	}
	figures_json(cJSON_AddObjectToObject(o, "totaal"), &v.total, v.norm_cent);
	if (v.all)
		add_euros(o, "zonder_wijk", v.buiten, 1);
	return http_json(req, 200, o);
}

/* ---- the wijkprofiel's block ---- */

/* The years jaar-PROFILE_YEARS+1 .. jaar of area a; 0, or -1 (logged: the block leaves itself out). */
static int profile_years(struct req *req, const struct area *a, int jaar, struct budget_figures *years,
			 int64_t *norms)
{
	if (budget_area_years(db_thread(), &req->arena, a->id, jaar, PROFILE_YEARS, years, norms) != APP_OK) {
		log_error("budget: the profile block of %s could not be read", a->code);
		return -1;
	}
	return 0;
}

void budget_profile_show(struct req *req, struct tpl_dict *d, const struct area *a, int jaar)
{
	struct budget_figures years[PROFILE_YEARS];
	int64_t norms[PROFILE_YEARS];

	if (profile_years(req, a, jaar, years, norms) < 0)
		return;
	const struct budget_figures *now = &years[PROFILE_YEARS - 1];
	struct tpl_dict *x = tpl_include(d, "BUDGET", "wijkprofiel_budget.tpl");
	tpl_set_int(x, "JAAR", jaar);
	tpl_set(x, "NAAM", a->naam);
	tpl_set(x, "SOORT", a->soort == AREA_WIJK ? "wijk" : "buurt");
	fill_figures(req, x, now);
	if (now->woningen <= 0)
		tpl_show(x, "GEEN_WONINGEN");
	else if (norms[PROFILE_YEARS - 1] < 0)
		tpl_show(x, "GEEN_NORM");
	else {
		struct tpl_dict *s = tpl_section(x, "TEGEN_NORM");
		tpl_set(s, "PER_WONING", euros(req, now->per_woning));
		tpl_set(s, "NORM", euros(req, norms[PROFILE_YEARS - 1]));
		tpl_set(s, "AANDEEL", now->aandeel >= 0 ? share(req, now->aandeel) : "–");
	}
	for (int b = 0; b < BUDGET_BRON__MAX; b++) {
		struct tpl_dict *r = tpl_section(x, "BRON");
		tpl_set(r, "LABEL", budget_bron_labels[b]);
		tpl_set(r, "BEDRAG", euros(req, now->kosten[b]));
		tpl_set(r, "EIGEN", euros(req, now->eigen[b]));
	}
	for (int k = 0; k < PROFILE_YEARS; k++) {
		struct tpl_dict *r = tpl_section(x, "JAAR_RIJ");
		tpl_set_int(r, "J", jaar - PROFILE_YEARS + 1 + k);
		tpl_set(r, "NORM", norms[k] >= 0 ? euros(req, norms[k]) : "geen norm");
		fill_figures(req, r, &years[k]);
	}
}

void budget_profile_json(struct req *req, cJSON *obj, const struct area *a, int jaar)
{
	struct budget_figures years[PROFILE_YEARS];
	int64_t norms[PROFILE_YEARS];

	if (profile_years(req, a, jaar, years, norms) < 0)
		return;
	cJSON *o = cJSON_AddObjectToObject(obj, "budget");
	cJSON_AddNumberToObject(o, "jaar", jaar);
	figures_json(o, &years[PROFILE_YEARS - 1], norms[PROFILE_YEARS - 1]);
	cJSON *arr = cJSON_AddArrayToObject(o, "jaren");
	for (int k = 0; k < PROFILE_YEARS; k++) {
		cJSON *y = cJSON_CreateObject();
		cJSON_AddNumberToObject(y, "jaar", jaar - PROFILE_YEARS + 1 + k);
		figures_json(y, &years[k], norms[k]);
		cJSON_AddItemToArray(arr, y);
	}
}
