/*
 * initiatieven.c - staff's side of bewonersinitiatieven and the
 * leefbaarheidsfonds (issue 18, point 4):
 *
 *   /initiatieven            the list (status, wijk, jaar; paged)
 *   /initiatieven/{id}       one application: the assessment against the
 *                            fund's criteria, the decision, payments,
 *                            corrections and the final report (POSTs below it)
 *   /fonds?jaar=             per wijk the budget, granted, spent and remaining,
 *                            the rows per initiative, and the budget form
 *                            for the coördinator (POST /fonds/budget)
 *   /fonds/besluiten.csv     the year's decisions (app/export_csv.h)
 *   /api/v1/initiatieven[/{id}], /api/v1/fonds   the same as JSON
 *
 * and the block on the wijkprofiel (web/wijkmonitor.h). Granted and spent
 * are read from the ledger rows per initiative; every total on these pages
 * is the sum of the rows shown above it (fonds_sum()), never a stored or
 * separately queried figure, so the two cannot disagree.
 */
#include "app/export_csv.h"
#include "app/initiatief.h"
#include "app/wijkmonitor.h"
#include "config.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "http/http.h"
#include "http/input.h"
#include "http/json.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "render/form.h"
#include "render/page.h"
#include "render/pager.h"
#include "render/tpl.h"
#include "render/when.h"
#include "store/area.h"
#include "store/fonds.h"
#include "web/export.h"
#include "web/initiatieven.h"
#include "web/wijkmonitor.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PER_PAGE 50

static const struct refusal REFUSAL = {
	.not_found_title = "Initiatief niet gevonden",
	.not_found_text = "Dit initiatief bestaat niet, of het hoort bij een wijk waar u geen toegang toe heeft.",
	.forbidden_text = "U mag dit niet doen met dit initiatief.",
};

static const char *const status_filter_ids[] = {
	"lopend", "ingediend", "in_behandeling", "toegekend", "afgewezen", "afgerond", "ingetrokken", NULL,
};

const struct field_spec initiatieven_fields[] = {
	{ .name = "status", .from = IN_QUERY, .type = FT_ENUM, .choices = status_filter_ids },
	{ .name = "wijk", .from = IN_QUERY, .type = FT_ID },
	{ .name = "jaar", .from = IN_QUERY, .type = FT_INT, .min = 2000, .max = 2100 },
	{ .name = "pagina", .from = IN_QUERY, .type = FT_PAGE },
	FIELDS_END
};
const struct field_spec api_initiatieven_fields[] = {
	{ .name = "status", .from = IN_QUERY, .type = FT_ENUM, .choices = status_filter_ids, .flags = FIELD_STRICT },
	{ .name = "wijk", .from = IN_QUERY, .type = FT_ID, .flags = FIELD_STRICT },
	{ .name = "jaar", .from = IN_QUERY, .type = FT_INT, .min = 2000, .max = 2100, .flags = FIELD_STRICT },
	{ .name = "pagina", .from = IN_QUERY, .type = FT_PAGE },
	FIELDS_END
};
const struct field_spec initiatief_detail_fields[] = {
	FIELD_PATH("id", FT_ID),
	{ .name = "gedaan", .from = IN_QUERY, .type = FT_TEXT, .max = 20 },
	FIELDS_END
};
#define CRIT_FIELDS(id) \
	{ .name = "oordeel_" id, .from = IN_FORM, .type = FT_TEXT, .max = 20 }, \
	{ .name = "notitie_" id, .from = IN_FORM, .type = FT_TEXT }
const struct field_spec initiatief_toetsen_fields[] = {
	FIELD_PATH("id", FT_ID),
	CRIT_FIELDS("bewoners"), CRIT_FIELDS("draagvlak"), CRIT_FIELDS("leefbaarheid"), CRIT_FIELDS("tijdelijk"),
	CRIT_FIELDS("niet_commercieel"), CRIT_FIELDS("begroting"), CRIT_FIELDS("veilig"),
	FIELDS_END
};
const struct field_spec initiatief_besluit_fields[] = {
	FIELD_PATH("id", FT_ID),
	{ .name = "besluit_keuze", .from = IN_FORM, .type = FT_TEXT, .max = 20 },
	{ .name = "besluit_bedrag", .from = IN_FORM, .type = FT_TEXT, .max = 64 },
	{ .name = "besluit_reden", .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};
const struct field_spec initiatief_betaling_fields[] = {
	FIELD_PATH("id", FT_ID),
	{ .name = "betaling_bedrag", .from = IN_FORM, .type = FT_TEXT, .max = 64 },
	{ .name = "betaling_datum", .from = IN_FORM, .type = FT_TEXT, .max = 32 },
	{ .name = "betaling_omschrijving", .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};
const struct field_spec initiatief_correctie_fields[] = {
	FIELD_PATH("id", FT_ID),
	{ .name = "correctie_van", .from = IN_FORM, .type = FT_TEXT, .max = 20 },
	{ .name = "correctie_verschil", .from = IN_FORM, .type = FT_TEXT, .max = 64 },
	{ .name = "correctie_omschrijving", .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};
const struct field_spec initiatief_afronden_fields[] = {
	FIELD_PATH("id", FT_ID),
	{ .name = "afronden_eindverslag", .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};
const struct field_spec fonds_fields[] = {
	{ .name = "jaar", .from = IN_QUERY, .type = FT_INT, .min = 2000, .max = 2100 },
	FIELDS_END
};
const struct field_spec fonds_budget_fields[] = {
	{ .name = "wijk", .from = IN_FORM, .type = FT_ID, .flags = FIELD_REQUIRED | FIELD_STRICT },
	{ .name = "jaar", .from = IN_FORM, .type = FT_INT, .min = 2000, .max = 2100, .flags = FIELD_REQUIRED | FIELD_STRICT },
	{ .name = "budget", .from = IN_FORM, .type = FT_TEXT, .max = 64 },
	FIELDS_END
};

static int this_year(void)
{
	return fonds_jaar_van(clock_now());
}

/* ?jaar=, or this year. */
static int year_of(struct req *req)
{
	int64_t j;
	return input_value(req, "jaar", &j) ? (int)j : this_year();
}

static const char *money(struct req *req, int64_t cents)
{
	char buf[32];
	fonds_bedrag(cents, buf);
	return arena_strdup(&req->arena, buf);
}

/* An Amsterdam day as the pages write dates (render/when.h). */
static void day_text(int32_t dn, char out[WHEN_LEN])
{
	when_date(amsterdam_day_start(dn) + 12 * 3600, out);
}

static const char *date_of(struct req *req, int64_t t)
{
	char buf[WHEN_LEN];
	if (!t)
		return "";
	when_date(t, buf);
	return arena_strdup(&req->arena, buf);
}

/* ---- the list ------------------------------------------------------------ */

/* The wijken who may see (for the filters): the count, -1. */
static int reach_wijken(struct req *req, struct db *db, int jaar, enum action action, struct fonds_wijk **out)
{
	struct fonds_wijk *all;
	int n = fonds_wijken(db, &req->arena, jaar, &all), k = 0;

	for (int i = 0; i < n; i++)
		if (wijk_in_reach(http_actor(req), action, all[i].wijk_id))
			all[k++] = all[i];
	*out = all;
	return n < 0 ? -1 : k;
}

int handle_initiatieven(struct req *req)
{
	struct db *db = db_thread();
	const struct actor *who = http_actor(req);
	struct initiatief_filter f = { 0 };
	struct initiatief *rows;
	struct fonds_wijk *wijken;
	int64_t total, v;
	int page = pager_page(req);

	if (!db)
		return http_unavailable(req, NULL);
	wijk_reach(who, ACT_WIJK_READ, &f.all_areas, &f.areas, &f.n_areas);
	f.status = input_text(req, "status");
	if (field_error_for(input_errors(req), "status"))
		f.status = NULL;
	if (input_value(req, "wijk", &v))
		f.wijk_id = v;
	if (input_value(req, "jaar", &v))
		f.jaar = (int)v;
	int n = initiatief_list(db, &req->arena, &f, PER_PAGE, pager_offset(page, PER_PAGE), &rows, &total);
	int nw = reach_wijken(req, db, this_year(), ACT_WIJK_READ, &wijken);
	if (n < 0 || nw < 0)
		return http_unavailable(req, NULL);

	struct tpl_dict *d = page_new(req, "Bewonersinitiatieven", "initiatieven.tpl");
	for (int i = 0; status_filter_ids[i]; i++) {
		struct tpl_dict *o = tpl_section(d, "STATUS_OPTIE");
		tpl_set(o, "VALUE", status_filter_ids[i]);
		int s = initiatief_status_parse(status_filter_ids[i]);
		tpl_set(o, "LABEL", s < 0 ? "Lopend (ingediend, in behandeling, toegekend)" : initiatief_status_labels[s]);
		if (f.status && !strcmp(f.status, status_filter_ids[i]))
			tpl_show(o, "SELECTED");
	}
	for (int i = 0; i < nw; i++) {
		struct tpl_dict *o = tpl_section(d, "WIJK_OPTIE");
		tpl_set_int(o, "VALUE", wijken[i].wijk_id);
		tpl_set(o, "LABEL", wijken[i].naam);
		if (f.wijk_id == wijken[i].wijk_id)
			tpl_show(o, "SELECTED");
	}
	for (int y = this_year() + 1; y >= this_year() - 4; y--) {
		struct tpl_dict *o = tpl_section(d, "JAAR_OPTIE");
		tpl_set_int(o, "VALUE", y);
		if (f.jaar == y)
			tpl_show(o, "SELECTED");
	}
	if (!n)
		tpl_show(d, "LEEG");
	else {
		struct tpl_dict *t = tpl_section(d, "TABEL");
		for (int i = 0; i < n; i++) {
			struct tpl_dict *r = tpl_section(t, "RIJ");
			tpl_set_int(r, "ID", rows[i].id);
			tpl_set(r, "REFERENTIE", rows[i].referentie);
			tpl_set(r, "TITEL", rows[i].titel);
			tpl_set(r, "WIJK", rows[i].wijk_naam);
			tpl_set(r, "BUURT", rows[i].buurt_naam);
			tpl_set(r, "INGEDIEND", date_of(req, rows[i].ingediend_op));
			tpl_set(r, "GEVRAAGD", money(req, rows[i].bedrag_gevraagd_cent));
			tpl_set(r, "TOEGEKEND", money(req, rows[i].toegekend_cent));
			tpl_set(r, "BESTEED", money(req, rows[i].besteed_cent));
			tpl_set(r, "STATUS", initiatief_status_labels[rows[i].status]);
			tpl_set(r, "STATUS_ID", initiatief_status_ids[rows[i].status]);
		}
	}
	struct buf base = BUF_INIT;
	buf_addstr(&base, "/initiatieven?");
	pager_query(&base, "status", f.status);
	pager_query(&base, "wijk", f.wijk_id ? arena_printf(&req->arena, "%lld", (long long)f.wijk_id) : NULL);
	pager_query(&base, "jaar", f.jaar ? arena_printf(&req->arena, "%d", f.jaar) : NULL);
	pager_render(d, base.buf, page, PER_PAGE, total);
	buf_release(&base);
	tpl_set_int(d, "JAAR", f.jaar ? f.jaar : this_year());
	return page_send(req, 200);
}

/* ---- one initiative ------------------------------------------------------- */

static int load(struct req *req, enum action action, struct initiatief *x)
{
	enum app_result r = initiatief_load_for(db_thread(), &req->arena, http_actor(req), input_text(req, "id"), action, x);
	return r == APP_OK ? 0 : http_refused(req, r, &REFUSAL);
}

/* What a step's success says above the page (?gedaan=). */
static const char *done_text(const char *gedaan)
{
	static const struct { const char *id, *text; } done[] = {
		{ "toetsing", "De toetsing is opgeslagen." },
		{ "besluit", "Het besluit is vastgelegd. De aanvrager krijgt bericht als er een e-mailadres is." },
		{ "betaling", "De betaling is geboekt." },
		{ "correctie", "De correctie is geboekt." },
		{ "afgerond", "Het initiatief is afgerond." },
	};
	for (size_t i = 0; gedaan && i < sizeof(done) / sizeof(done[0]); i++)
		if (!strcmp(done[i].id, gedaan))
			return done[i].text;
	return NULL;
}

/*
 * The page of one initiative. A step that failed comes back with its
 * form's input kept (form_keep of keep[]) and its messages, the fields
 * named with the form's prefix ("betaling_" + "bedrag").
 */
static int show_detail(struct req *req, const struct initiatief *x, const char *prefix, const struct field_errors *errs,
		       const char *const *keep, size_t n_keep, int status)
{
	struct db *db = db_thread();
	struct initiatief_toets toets[CRIT__MAX];
	struct fonds_boeking *rows;
	char day[DAYS_FORMAT_LEN], when[WHEN_LEN];
	int n = fonds_boekingen(db, &req->arena, x->id, &rows);

	if (n < 0 || initiatief_toets_get(db, &req->arena, x->id, toets) < 0)
		return http_unavailable(req, NULL);
	struct tpl_dict *d = page_new(req, arena_printf(&req->arena, "Initiatief %s", x->referentie), "initiatief_detail.tpl");
	struct form f = FORM_INIT(d);
	int can_write = wijk_in_reach(http_actor(req), ACT_WIJK_WRITE, x->wijk_id);
	int open = x->status == INI_INGEDIEND || x->status == INI_IN_BEHANDELING;

	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	tpl_set_int(d, "ID", x->id);
	tpl_set(d, "REFERENTIE", x->referentie);
	tpl_set(d, "TITEL", x->titel);
	tpl_set(d, "WAT", x->wat);
	tpl_set(d, "VOOR_WIE", x->voor_wie);
	tpl_set(d, "WAAR", x->waar);
	tpl_set(d, "WIJK", x->wijk_naam);
	tpl_set(d, "WIJK_CODE", x->wijk_code);
	tpl_set(d, "BUURT", x->buurt_naam);
	tpl_set_int(d, "JAAR", x->jaar);
	tpl_set(d, "STATUS", initiatief_status_labels[x->status]);
	tpl_set(d, "STATUS_ID", initiatief_status_ids[x->status]);
	tpl_set(d, "INGEDIEND", date_of(req, x->ingediend_op));
	tpl_set(d, "GEVRAAGD", money(req, x->bedrag_gevraagd_cent));
	tpl_set(d, "AANVRAGER", x->aanvrager_naam);
	tpl_set(d, "EMAIL", x->aanvrager_email);
	tpl_set(d, "TELEFOON", x->aanvrager_telefoon);
	if (x->besloten_op) {
		struct tpl_dict *b = tpl_section(d, "BESLUIT");
		tpl_set(b, "OP", date_of(req, x->besloten_op));
		tpl_set(b, "DOOR", x->besloten_door_naam);
		tpl_set(b, "REDEN", x->besluit_reden);
	}
	if (x->eindverslag[0])
		tpl_set(tpl_section(d, "EINDVERSLAG"), "TEKST", x->eindverslag);
	/* ?gedaan= is the GET's; a POST that comes back here declares no such field. */
	const char *notice = status == 200 ? done_text(input_text(req, "gedaan")) : NULL;
	if (notice)
		tpl_set(tpl_section(d, "GEDAAN"), "TEKST", notice);

	/* The criteria: a form while the application is open and the user may act, else the record. */
	struct tpl_dict *tt = tpl_section(d, can_write && open ? "TOETS_FORM" : "TOETS_VAST");
	for (int c = 0; c < CRIT__MAX; c++) {
		struct tpl_dict *cd = tpl_section(tt, "CRIT");
		const char *oid = arena_printf(&req->arena, "oordeel_%s", initiatief_criterium_ids[c]);
		const char *nid = arena_printf(&req->arena, "notitie_%s", initiatief_criterium_ids[c]);
		int kept = prefix && !strcmp(prefix, "toets_");
		const char *o = kept ? input_text(req, oid) : toets_oordeel_ids[toets[c].oordeel];
		tpl_set(cd, "CRIT_ID", initiatief_criterium_ids[c]);
		tpl_set(cd, "LABEL", initiatief_criterium_labels[c]);
		tpl_set(cd, "HINT", initiatief_criterium_hints[c]);
		tpl_set(cd, "OORDEEL", toets_oordeel_labels[toets[c].oordeel]);
		tpl_set(cd, "NOTITIE", kept ? input_text(req, nid) : toets[c].notitie);
		tpl_set(cd, "DOOR", toets[c].door);
		tpl_show(cd, !o || !o[0] ? "OPEN_CHECKED" : !strcmp(o, "voldaan") ? "VOLDAAN_CHECKED" : "NIET_CHECKED");
		const char *msg = kept && errs ? field_error_for(errs, nid) : NULL;
		if (msg) {
			tpl_set(tpl_section(cd, "NOTITIE_ERROR"), "MSG", msg);
			form_error(&f, arena_printf(&req->arena, "notitie_%s", initiatief_criterium_ids[c]), msg);
		}
	}

	/* The ledger: every row as written, the totals as their sum. */
	struct fonds_totaal t = { 0 };
	struct boeking *plain = arena_alloc(&req->arena, sizeof(*plain) * (size_t)(n ? n : 1));
	if (n) {
		struct tpl_dict *lt = tpl_section(d, "BOEKINGEN");
		for (int i = 0; i < n; i++) {
			struct tpl_dict *r = tpl_section(lt, "BOEKING");
			plain[i] = rows[i].b;
			tpl_set_int(r, "BOEKING_ID", rows[i].b.id);
			tpl_set(r, "SOORT", boeking_soort_labels[rows[i].b.soort]);
			day_text(rows[i].dag, when);
			tpl_set(r, "DATUM", when);
			tpl_set(r, "BEDRAG", money(req, rows[i].b.bedrag_cent));
			tpl_set(r, "OMSCHRIJVING", rows[i].omschrijving);
			tpl_set(r, "DOOR", rows[i].door);
			if (rows[i].b.correctie_van)
				tpl_set_int(tpl_section(r, "CORRECTIE"), "VAN", rows[i].b.correctie_van);
		}
		fonds_sum(plain, (size_t)n, &t);
		tpl_set(lt, "TOTAAL_TOEGEKEND", money(req, t.toegekend_cent));
		tpl_set(lt, "TOTAAL_BESTEED", money(req, t.besteed_cent));
		tpl_set(lt, "NOG_TE_BETALEN", money(req, t.toegekend_cent - t.besteed_cent));
	}

	if (can_write && open) {
		tpl_show(d, "BESLUIT_FORM");
		const char *k = prefix && !strcmp(prefix, "besluit_") ? input_text(req, "besluit_keuze") : NULL;
		if (k && !strcmp(k, "toekennen"))
			tpl_show(d, "TOEKENNEN_CHECKED");
		else if (k && !strcmp(k, "afwijzen"))
			tpl_show(d, "AFWIJZEN_CHECKED");
	}
	if (can_write && x->status == INI_TOEGEKEND) {
		tpl_show(d, "BETALING_FORM");
		tpl_show(d, "AFRONDEN_FORM");
		days_format(amsterdam_day(clock_now()), day);
		tpl_set(d, "VANDAAG", day);
		if (!keep || strcmp(prefix, "betaling_"))
			tpl_set(d, "BETALING_DATUM", day);
	}
	if (can_write && n) {
		struct tpl_dict *cf = tpl_section(d, "CORRECTIE_FORM");
		const char *chosen = prefix && !strcmp(prefix, "correctie_") ? input_text(req, "correctie_van") : NULL;
		for (int i = 0; i < n; i++) {
			if (rows[i].b.correctie_van)
				continue;
			struct tpl_dict *o = tpl_section(cf, "VAN_OPTIE");
			tpl_set_int(o, "VALUE", rows[i].b.id);
			day_text(rows[i].dag, when);
			tpl_setf(o, "LABEL", "%s %s van € %s (boeking %lld)", boeking_soort_labels[rows[i].b.soort], when,
				 money(req, rows[i].b.bedrag_cent), (long long)rows[i].b.id);
			if (chosen && atoll(chosen) == rows[i].b.id)
				tpl_show(o, "SELECTED");
		}
	}
	/* The failed step's input and messages. */
	if (keep)
		form_keep(req, d, keep, n_keep);
	if (prefix && strcmp(prefix, "toets_"))
		for (int i = 0; errs && i < errs->n; i++)
			form_error(&f, arena_printf(&req->arena, "%s%s", prefix, errs->e[i].field), errs->e[i].message);
	return page_send(req, status);
}

int handle_initiatief_detail(struct req *req)
{
	struct initiatief x;
	int st = load(req, ACT_WIJK_READ, &x);
	return st ? st : show_detail(req, &x, NULL, NULL, NULL, 0, 200);
}

/* After a step: 303 back to the page, or the page again with the messages (422), or the refusal. */
static int after(struct req *req, const struct initiatief *x, enum app_result r, const char *gedaan, const char *prefix,
		 const struct field_errors *errs, const char *const *keep, size_t n_keep)
{
	if (r == APP_OK)
		return http_redirect(req, arena_printf(&req->arena, "/initiatieven/%lld?gedaan=%s", (long long)x->id, gedaan));
	if (r == APP_INVALID) {
		/* The page shows the state as it is now, with the failed form kept. */
		struct initiatief now;
		if (initiatief_get(db_thread(), &req->arena, x->id, &now) != STORE_OK)
			now = *x;
		return show_detail(req, &now, prefix, errs, keep, n_keep, 422);
	}
	return http_refused(req, r, &REFUSAL);
}

int handle_initiatief_toetsen(struct req *req)
{
	struct initiatief x;
	struct initiatief_toetsing t;
	struct field_errors errs = { 0 };
	int st = load(req, ACT_WIJK_WRITE, &x);

	if (st)
		return st;
	for (int c = 0; c < CRIT__MAX; c++) {
		const char *o = input_text(req, arena_printf(&req->arena, "oordeel_%s", initiatief_criterium_ids[c]));
		int v = toets_oordeel_parse(o);
		t.oordeel[c] = v < 0 ? TOETS_OPEN : (enum toets_oordeel)v;
		t.notitie[c] = input_text(req, arena_printf(&req->arena, "notitie_%s", initiatief_criterium_ids[c]));
	}
	enum app_result r = initiatief_toetsen(db_thread(), &req->arena, http_actor(req), &x, &t, clock_now(), &errs);
	return after(req, &x, r, "toetsing", "toets_", &errs, NULL, 0);
}

int handle_initiatief_besluit(struct req *req)
{
	static const char *const keep[] = { "besluit_keuze", "besluit_bedrag", "besluit_reden" };
	struct initiatief x;
	struct field_errors errs = { 0 };
	int st = load(req, ACT_WIJK_WRITE, &x);

	if (st)
		return st;
	const char *keuze = input_text(req, "besluit_keuze");
	enum app_result r;
	if (!keuze || (strcmp(keuze, "toekennen") && strcmp(keuze, "afwijzen"))) {
		field_error_add(&errs, "keuze", "Kies: toekennen of afwijzen.");
		r = APP_INVALID;
	} else {
		r = initiatief_besluiten(db_thread(), &req->arena, http_actor(req), req->cfg, &x, !strcmp(keuze, "toekennen"),
					 input_text(req, "besluit_bedrag"), input_text(req, "besluit_reden"), clock_now(), &errs);
	}
	return after(req, &x, r, "besluit", "besluit_", &errs, keep, 3);
}

int handle_initiatief_betaling(struct req *req)
{
	static const char *const keep[] = { "betaling_bedrag", "betaling_datum", "betaling_omschrijving" };
	struct initiatief x;
	struct field_errors errs = { 0 };
	int32_t dag = 0;
	int st = load(req, ACT_WIJK_WRITE, &x);

	if (st)
		return st;
	const char *datum = input_text(req, "betaling_datum");
	if (!datum || days_parse(datum, &dag) < 0)
		dag = 0;
	enum app_result r = initiatief_betalen(db_thread(), &req->arena, http_actor(req), &x, input_text(req, "betaling_bedrag"),
					       dag, input_text(req, "betaling_omschrijving"), clock_now(), &errs);
	return after(req, &x, r, "betaling", "betaling_", &errs, keep, 3);
}

int handle_initiatief_correctie(struct req *req)
{
	static const char *const keep[] = { "correctie_verschil", "correctie_omschrijving" };
	struct initiatief x;
	struct field_errors errs = { 0 };
	int st = load(req, ACT_WIJK_WRITE, &x);

	if (st)
		return st;
	const char *van = input_text(req, "correctie_van");
	char *end = NULL;
	long long id = van ? strtoll(van, &end, 10) : 0;
	if (!van || !*van || *end || id <= 0)
		id = 0;
	enum app_result r = initiatief_corrigeren(db_thread(), &req->arena, http_actor(req), &x, id,
						  input_text(req, "correctie_verschil"), input_text(req, "correctie_omschrijving"),
						  0, clock_now(), &errs);
	return after(req, &x, r, "correctie", "correctie_", &errs, keep, 2);
}

int handle_initiatief_afronden(struct req *req)
{
	static const char *const keep[] = { "afronden_eindverslag" };
	struct initiatief x;
	struct field_errors errs = { 0 };
	int st = load(req, ACT_WIJK_WRITE, &x);

	if (st)
		return st;
	enum app_result r = initiatief_afronden(db_thread(), &req->arena, http_actor(req), &x,
						input_text(req, "afronden_eindverslag"), clock_now(), &errs);
	/* The report's messages name "eindverslag"; the form's field is afronden_eindverslag. */
	return after(req, &x, r, "afgerond", "afronden_", &errs, keep, 1);
}

/* ---- the fund ------------------------------------------------------------- */

/* One wijk of the fund's year: its rows and their sums. */
struct fonds_view_wijk {
	const struct fonds_wijk *w;
	const struct fonds_regel *rows;
	int n;
	struct fonds_totaal t;
};

struct fonds_view {
	int jaar;
	struct fonds_view_wijk *wijken;
	int n;
	int64_t budget_cent;      /* of the wijken with a budget */
	struct fonds_totaal t;    /* the sum of the wijken's sums */
};

/* The fund of jaar in who's wijken; 0/-1. The totals are the sums of the rows, in that order. */
static int fonds_view(struct req *req, int jaar, struct fonds_view *v)
{
	struct db *db = db_thread();
	struct fonds_wijk *w;
	struct fonds_regel *rows;
	int nw = db ? reach_wijken(req, db, jaar, ACT_WIJK_READ, &w) : -1;
	int nr = nw < 0 ? -1 : fonds_regels(db, &req->arena, jaar, 0, &rows);

	if (nr < 0)
		return -1;
	memset(v, 0, sizeof(*v));
	v->jaar = jaar;
	v->wijken = arena_alloc(&req->arena, sizeof(*v->wijken) * (size_t)(nw ? nw : 1));
	for (int i = 0; i < nw; i++) {
		struct fonds_view_wijk *vw = &v->wijken[v->n++];
		vw->w = &w[i];
		/* fonds_regels() is ordered by wijk: this wijk's rows are one run. */
		int first = -1;
		for (int j = 0; j < nr; j++)
			if (rows[j].wijk_id == w[i].wijk_id) {
				if (first < 0)
					first = j;
				vw->n++;
			}
		vw->rows = first < 0 ? NULL : &rows[first];
		for (int j = 0; j < vw->n; j++) {
			struct boeking b[2] = {
				{ .soort = BOEKING_TOEKENNING, .bedrag_cent = vw->rows[j].toegekend_cent },
				{ .soort = BOEKING_BETALING, .bedrag_cent = vw->rows[j].besteed_cent },
			};
			fonds_sum(b, 2, &vw->t);
		}
		v->t.toegekend_cent += vw->t.toegekend_cent;
		v->t.besteed_cent += vw->t.besteed_cent;
		if (w[i].budget_cent > 0)
			v->budget_cent += w[i].budget_cent;
	}
	return 0;
}

/*
 * The fund's page; a budget that was refused (POST /fonds/budget) comes
 * back beside its wijk's field with what was typed (err_wijk, msg, typed).
 */
static int show_fonds(struct req *req, int jaar, int64_t err_wijk, const char *msg, const char *typed, int status)
{
	struct fonds_view v;

	if (fonds_view(req, jaar, &v) < 0)
		return http_unavailable(req, NULL);
	struct tpl_dict *d = page_new(req, arena_printf(&req->arena, "Leefbaarheidsfonds %d", jaar), "fonds.tpl");
	tpl_set_int(d, "JAAR", jaar);
	tpl_set_int(d, "VORIG_JAAR", jaar - 1);
	tpl_set_int(d, "VOLGEND_JAAR", jaar + 1);
	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	int steer = policy_route(http_actor(req)->role, ACT_WIJK_STEER) == VERDICT_ALLOW;
	for (int i = 0; i < v.n; i++) {
		const struct fonds_view_wijk *vw = &v.wijken[i];
		struct tpl_dict *wd = tpl_section(d, "WIJK");
		tpl_set_int(wd, "WIJK_ID", vw->w->wijk_id);
		tpl_set(wd, "WIJK_NAAM", vw->w->naam);
		tpl_set(wd, "WIJK_CODE", vw->w->code);
		tpl_set(wd, "BUDGET", vw->w->budget_cent < 0 ? "niet vastgesteld" : money(req, vw->w->budget_cent));
		tpl_set(wd, "TOEGEKEND", money(req, vw->t.toegekend_cent));
		tpl_set(wd, "BESTEED", money(req, vw->t.besteed_cent));
		tpl_set(wd, "RESTEREND", vw->w->budget_cent < 0 ? "–"
			: money(req, fonds_resterend(vw->w->budget_cent, &vw->t)));
		if (vw->w->budget_cent >= 0 && fonds_resterend(vw->w->budget_cent, &vw->t) < 0)
			tpl_show(wd, "OVER");
		struct tpl_dict *rs = vw->n ? tpl_section(wd, "REGELS") : NULL;
		if (!vw->n)
			tpl_show(wd, "GEEN_REGELS");
		for (int j = 0; j < vw->n; j++) {
			struct tpl_dict *r = tpl_section(rs, "REGEL");
			tpl_set_int(r, "ID", vw->rows[j].initiatief_id);
			tpl_set(r, "REFERENTIE", vw->rows[j].referentie);
			tpl_set(r, "TITEL", vw->rows[j].titel);
			tpl_set(r, "STATUS", initiatief_status_labels[vw->rows[j].status]);
			tpl_set(r, "TOEGEKEND", money(req, vw->rows[j].toegekend_cent));
			tpl_set(r, "BESTEED", money(req, vw->rows[j].besteed_cent));
		}
		if (steer && wijk_in_reach(http_actor(req), ACT_WIJK_STEER, vw->w->wijk_id)) {
			struct tpl_dict *bf = tpl_section(wd, "BUDGET_FORM");
			tpl_set(bf, "WAARDE", vw->w->budget_cent < 0 ? "" : money(req, vw->w->budget_cent));
			if (msg && err_wijk == vw->w->wijk_id) {
				struct form f = FORM_INIT(d);
				tpl_set(bf, "WAARDE", typed ? typed : "");
				tpl_set(tpl_section(bf, "BUDGET_ERROR"), "MSG", msg);
				form_error(&f, arena_printf(&req->arena, "budget-%lld", (long long)err_wijk), msg);
			}
		}
	}
	tpl_set(d, "TOTAAL_BUDGET", money(req, v.budget_cent));
	tpl_set(d, "TOTAAL_TOEGEKEND", money(req, v.t.toegekend_cent));
	tpl_set(d, "TOTAAL_BESTEED", money(req, v.t.besteed_cent));
	tpl_set(d, "TOTAAL_RESTEREND", money(req, v.budget_cent - v.t.toegekend_cent));
	return page_send(req, status);
}

int handle_fonds(struct req *req)
{
	return show_fonds(req, year_of(req), 0, NULL, NULL, 200);
}

int handle_fonds_budget(struct req *req)
{
	struct field_errors errs = { 0 };
	int64_t wijk = input_num(req, "wijk"), jaar = input_num(req, "jaar");
	enum app_result r = fonds_budget_zetten(db_thread(), &req->arena, http_actor(req), wijk, (int)jaar,
						input_text(req, "budget"), clock_now(), &errs);

	if (r == APP_OK)
		return http_redirect(req, arena_printf(&req->arena, "/fonds?jaar=%d", (int)jaar));
	if (r != APP_INVALID)
		return http_refused(req, r, &(struct refusal){ .not_found_title = "Wijk niet gevonden",
			.not_found_text = "Deze wijk bestaat niet, of u heeft er geen toegang toe.",
			.forbidden_text = "Alleen de coördinator stelt het budget van het fonds vast." });
	return show_fonds(req, (int)jaar, wijk, errs.e[0].message, input_text(req, "budget"), 422);
}

int handle_fonds_besluiten_csv(struct req *req)
{
	int jaar = year_of(req);
	int fd = export_temp_file(req);

	if (fd < 0)
		return http_error(req, 503, "Export mislukt", "Het bestand kon niet worden gemaakt. Probeer het opnieuw.");
	struct csv *c = malloc(sizeof(*c));
	if (!c)
		abort();
	csv_start(c, fd, ';');
	enum app_result r = initiatief_besluiten_csv(db_thread(), &req->arena, http_actor(req), jaar, c);
	if (r != APP_OK || csv_finish(c) < 0 || lseek(fd, 0, SEEK_SET) != 0) {
		close(fd);
		free(c);
		return http_error(req, 503, "Export mislukt", "Het bestand kon niet worden gemaakt. Probeer het opnieuw.");
	}
	req->fd_out = fd;
	req->fd_size = c->bytes;
	free(c);
	req->content_type = "text/csv; charset=utf-8";
	http_add_header(req, "Content-Disposition",
			arena_printf(&req->arena, "attachment; filename=\"fonds-besluiten-%d.csv\"", jaar));
	return 200;
}

/* ---- JSON ------------------------------------------------------------------ */

static cJSON *json_initiatief(const struct initiatief *x)
{
	cJSON *o = cJSON_CreateObject();

	cJSON_AddNumberToObject(o, "id", (double)x->id);
	cJSON_AddStringToObject(o, "referentie", x->referentie);
	cJSON_AddNumberToObject(o, "jaar", x->jaar);
	cJSON_AddStringToObject(o, "titel", x->titel);
	cJSON_AddStringToObject(o, "status", initiatief_status_ids[x->status]);
	cJSON_AddStringToObject(o, "wijk_code", x->wijk_code);
	cJSON_AddStringToObject(o, "wijk", x->wijk_naam);
	cJSON_AddStringToObject(o, "buurt", x->buurt_naam);
	json_add_moment(o, "ingediend_op", x->ingediend_op);
	json_add_moment(o, "besloten_op", x->besloten_op);
	cJSON_AddNumberToObject(o, "gevraagd_cent", (double)x->bedrag_gevraagd_cent);
	cJSON_AddNumberToObject(o, "toegekend_cent", (double)x->toegekend_cent);
	cJSON_AddNumberToObject(o, "besteed_cent", (double)x->besteed_cent);
	cJSON_AddStringToObject(o, "besluit_reden", x->besluit_reden);
	return o;
}

int handle_api_initiatieven(struct req *req)
{
	struct db *db = db_thread();
	struct initiatief_filter f = { 0 };
	struct initiatief *rows;
	int64_t total, v;
	int page = pager_page(req);

	if (!db)
		return http_unavailable(req, NULL);
	if (input_errors(req)->n)
		return http_json_field_errors(req, input_errors(req));
	wijk_reach(http_actor(req), ACT_WIJK_READ, &f.all_areas, &f.areas, &f.n_areas);
	f.status = input_text(req, "status");
	if (input_value(req, "wijk", &v))
		f.wijk_id = v;
	if (input_value(req, "jaar", &v))
		f.jaar = (int)v;
	int n = initiatief_list(db, &req->arena, &f, JSON_PER_PAGE, pager_offset(page, JSON_PER_PAGE), &rows, &total);
	if (n < 0)
		return http_unavailable(req, NULL);
	cJSON *items = cJSON_CreateArray();
	for (int i = 0; i < n; i++)
		cJSON_AddItemToArray(items, json_initiatief(&rows[i]));
	return http_json_list(req, items, page, JSON_PER_PAGE, total);
}

int handle_api_initiatief(struct req *req)
{
	struct initiatief x;
	struct initiatief_toets toets[CRIT__MAX];
	struct fonds_boeking *rows;
	char day[DAYS_FORMAT_LEN];
	int st = load(req, ACT_WIJK_READ, &x);

	if (st)
		return st;
	int n = fonds_boekingen(db_thread(), &req->arena, x.id, &rows);
	if (n < 0 || initiatief_toets_get(db_thread(), &req->arena, x.id, toets) < 0)
		return http_unavailable(req, NULL);
	cJSON *o = json_initiatief(&x);
	cJSON_AddStringToObject(o, "wat", x.wat);
	cJSON_AddStringToObject(o, "waar", x.waar);
	cJSON_AddStringToObject(o, "voor_wie", x.voor_wie);
	cJSON_AddStringToObject(o, "eindverslag", x.eindverslag);
	cJSON *tj = cJSON_AddArrayToObject(o, "toetsing");
	for (int c = 0; c < CRIT__MAX; c++) {
		cJSON *t = cJSON_CreateObject();
		cJSON_AddStringToObject(t, "criterium", initiatief_criterium_ids[c]);
		cJSON_AddStringToObject(t, "label", initiatief_criterium_labels[c]);
		if (toets[c].oordeel == TOETS_OPEN)
			cJSON_AddNullToObject(t, "oordeel");
		else
			cJSON_AddStringToObject(t, "oordeel", toets_oordeel_ids[toets[c].oordeel]);
		cJSON_AddStringToObject(t, "notitie", toets[c].notitie);
		cJSON_AddItemToArray(tj, t);
	}
	cJSON *bj = cJSON_AddArrayToObject(o, "boekingen");
	for (int i = 0; i < n; i++) {
		cJSON *b = cJSON_CreateObject();
		cJSON_AddNumberToObject(b, "id", (double)rows[i].b.id);
		cJSON_AddStringToObject(b, "soort", boeking_soort_ids[rows[i].b.soort]);
		cJSON_AddNumberToObject(b, "bedrag_cent", (double)rows[i].b.bedrag_cent);
		days_format(rows[i].dag, day);
		cJSON_AddStringToObject(b, "datum", day);
		cJSON_AddStringToObject(b, "omschrijving", rows[i].omschrijving);
		if (rows[i].b.correctie_van)
			cJSON_AddNumberToObject(b, "correctie_van", (double)rows[i].b.correctie_van);
		else
			cJSON_AddNullToObject(b, "correctie_van");
		cJSON_AddItemToArray(bj, b);
	}
	return http_json(req, 200, o);
}

int handle_api_fonds(struct req *req)
{
	struct fonds_view v;

	if (input_errors(req)->n)
		return http_json_field_errors(req, input_errors(req));
	if (fonds_view(req, year_of(req), &v) < 0)
		return http_unavailable(req, NULL);
	cJSON *o = cJSON_CreateObject();
	cJSON_AddNumberToObject(o, "jaar", v.jaar);
	cJSON *wj = cJSON_AddArrayToObject(o, "wijken");
	for (int i = 0; i < v.n; i++) {
		const struct fonds_view_wijk *vw = &v.wijken[i];
		cJSON *w = cJSON_CreateObject();
		cJSON_AddStringToObject(w, "wijk_code", vw->w->code);
		cJSON_AddStringToObject(w, "wijk", vw->w->naam);
		if (vw->w->budget_cent < 0)
			cJSON_AddNullToObject(w, "budget_cent");
		else
			cJSON_AddNumberToObject(w, "budget_cent", (double)vw->w->budget_cent);
		cJSON_AddNumberToObject(w, "toegekend_cent", (double)vw->t.toegekend_cent);
		cJSON_AddNumberToObject(w, "besteed_cent", (double)vw->t.besteed_cent);
		if (vw->w->budget_cent < 0)
			cJSON_AddNullToObject(w, "resterend_cent");
		else
			cJSON_AddNumberToObject(w, "resterend_cent", (double)fonds_resterend(vw->w->budget_cent, &vw->t));
		cJSON *rj = cJSON_AddArrayToObject(w, "initiatieven");
		for (int j = 0; j < vw->n; j++) {
			cJSON *r = cJSON_CreateObject();
			cJSON_AddNumberToObject(r, "id", (double)vw->rows[j].initiatief_id);
			cJSON_AddStringToObject(r, "referentie", vw->rows[j].referentie);
			cJSON_AddStringToObject(r, "titel", vw->rows[j].titel);
			cJSON_AddStringToObject(r, "status", initiatief_status_ids[vw->rows[j].status]);
			cJSON_AddNumberToObject(r, "toegekend_cent", (double)vw->rows[j].toegekend_cent);
			cJSON_AddNumberToObject(r, "besteed_cent", (double)vw->rows[j].besteed_cent);
			cJSON_AddItemToArray(rj, r);
		}
		cJSON_AddItemToArray(wj, w);
	}
	cJSON *t = cJSON_AddObjectToObject(o, "totaal");
	cJSON_AddNumberToObject(t, "budget_cent", (double)v.budget_cent);
	cJSON_AddNumberToObject(t, "toegekend_cent", (double)v.t.toegekend_cent);
	cJSON_AddNumberToObject(t, "besteed_cent", (double)v.t.besteed_cent);
	cJSON_AddNumberToObject(t, "resterend_cent", (double)(v.budget_cent - v.t.toegekend_cent));
	return http_json(req, 200, o);
}

/* ---- the wijkprofiel's block ------------------------------------------------ */

/* The fund of a's wijk in jaar (rows summed), and the initiatives under way in a: 0/-1. */
static int profile_read(struct req *req, const struct area *a, int jaar, struct initiatief **rows, int *n,
			int64_t *budget, struct fonds_totaal *t)
{
	struct db *db = db_thread();
	struct fonds_regel *regels;
	struct initiatief_filter f = { .status = "lopend", .all_areas = 1 };
	int64_t total;

	if (!db)
		return -1;
	if (a->soort == AREA_WIJK)
		f.wijk_id = a->id;
	else
		f.buurt_id = a->id;
	*n = initiatief_list(db, &req->arena, &f, 20, 0, rows, &total);
	int nr = fonds_regels(db, &req->arena, jaar, a->wijk_id, &regels);
	enum store_result br = fonds_budget_get(db, a->wijk_id, jaar, budget);
	if (*n < 0 || nr < 0 || br == STORE_ERROR)
		return -1;
	if (br == STORE_NOTFOUND)
		*budget = -1;
	memset(t, 0, sizeof(*t));
	for (int i = 0; i < nr; i++) {
		struct boeking b[2] = {
			{ .soort = BOEKING_TOEKENNING, .bedrag_cent = regels[i].toegekend_cent },
			{ .soort = BOEKING_BETALING, .bedrag_cent = regels[i].besteed_cent },
		};
		fonds_sum(b, 2, t);
	}
	return 0;
}

void initiatief_profile_show(struct req *req, struct tpl_dict *d, const struct area *a, int jaar)
{
	struct initiatief *rows;
	struct fonds_totaal t;
	int64_t budget;
	int n;

	if (profile_read(req, a, jaar, &rows, &n, &budget, &t) < 0) {
		log_warn("wijkprofiel %s: the initiatives block is left out", a->code);
		return;
	}
	struct tpl_dict *b = tpl_include(d, "INITIATIEVEN", "wijkprofiel_initiatieven.tpl");
	tpl_set_int(b, "JAAR", jaar);
	tpl_set_int(b, "WIJK_ID", a->wijk_id);
	tpl_set(b, "BUDGET", budget < 0 ? "niet vastgesteld" : money(req, budget));
	tpl_set(b, "TOEGEKEND", money(req, t.toegekend_cent));
	tpl_set(b, "BESTEED", money(req, t.besteed_cent));
	tpl_set(b, "RESTEREND", budget < 0 ? "–" : money(req, fonds_resterend(budget, &t)));
	if (!n)
		tpl_show(b, "GEEN");
	else {
		struct tpl_dict *l = tpl_section(b, "LIJST");
		for (int i = 0; i < n; i++) {
			struct tpl_dict *r = tpl_section(l, "RIJ");
			tpl_set_int(r, "ID", rows[i].id);
			tpl_set(r, "REFERENTIE", rows[i].referentie);
			tpl_set(r, "TITEL", rows[i].titel);
			tpl_set(r, "BUURT", rows[i].buurt_naam);
			tpl_set(r, "STATUS", initiatief_status_labels[rows[i].status]);
			tpl_set(r, "GEVRAAGD", money(req, rows[i].bedrag_gevraagd_cent));
			tpl_set(r, "TOEGEKEND", money(req, rows[i].toegekend_cent));
		}
	}
}

void initiatief_profile_json(struct req *req, cJSON *obj, const struct area *a, int jaar)
{
	struct initiatief *rows;
	struct fonds_totaal t;
	int64_t budget;
	int n;

	if (profile_read(req, a, jaar, &rows, &n, &budget, &t) < 0) {
		log_warn("wijkprofiel %s: the initiatives key is left out", a->code);
		return;
	}
	cJSON *o = cJSON_AddObjectToObject(obj, "initiatieven");
	cJSON *f = cJSON_AddObjectToObject(o, "fonds");
	cJSON_AddNumberToObject(f, "jaar", jaar);
	if (budget < 0)
		cJSON_AddNullToObject(f, "budget_cent");
	else
		cJSON_AddNumberToObject(f, "budget_cent", (double)budget);
	cJSON_AddNumberToObject(f, "toegekend_cent", (double)t.toegekend_cent);
	cJSON_AddNumberToObject(f, "besteed_cent", (double)t.besteed_cent);
	cJSON *l = cJSON_AddArrayToObject(o, "lopend");
	for (int i = 0; i < n; i++)
		cJSON_AddItemToArray(l, json_initiatief(&rows[i]));
}
