/*
 * schouw.c - the wijkschouw on the web (see web/schouw.h and app/schouw.h):
 * the list, planning, the overview with a decision per finding, the walk
 * (built for a phone: the checklist per theme and a finding with a photo
 * and a location), the printable report, the photos, the CSV files, the
 * JSON, and the block on the wijkprofiel (web/wijkmonitor.h).
 *
 * A refused form comes back 422 on its own page with the input kept and a
 * message beside each field; the decisions on the overview say theirs
 * beside the finding they were about (refused holds them meanwhile).
 */
#include "web/export.h"
#include "web/schouw.h"
#include "web/wijkmonitor.h"
#include "app/export_csv.h"
#include "app/schouw.h"
#include "app/wijkmonitor.h"
#include "auth/csrf.h"
#include "config.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/calendar.h"
#include "domain/days.h"
#include "domain/fields.h"
#include "domain/melding.h"
#include "http/download.h"
#include "http/http.h"
#include "http/input.h"
#include "http/json.h"
#include "lib/buf.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "render/form.h"
#include "render/page.h"
#include "render/tpl.h"
#include "render/when.h"
#include "store/area.h"
#include "store/audit.h"
#include "store/category.h"
#include "store/files.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

static const struct refusal schouw_refusal = {
	.not_found_title = "Schouw niet gevonden",
	.not_found_text = "Deze schouw bestaat niet, of hij ligt buiten uw wijken.",
	.forbidden_text = "U mag dit niet doen met deze schouw.",
};

enum { SEP_KOMMA, SEP_PUNTKOMMA, SEP__MAX };
static const char *const sep_ids[SEP__MAX] = { "komma", "puntkomma" };

const struct field_spec schouwen_fields[] = {
	{ .name = "wijk", .from = IN_QUERY, .type = FT_TEXT, .max = 16 },
	FIELDS_END
};
const struct field_spec schouw_plan_fields[] = {
	{ .name = "gebied", .from = IN_FORM, .type = FT_TEXT, .max = 16 },
	{ .name = "dag", .from = IN_FORM, .type = FT_TEXT, .max = 32 },
	{ .name = "deelnemers", .from = IN_FORM, .type = FT_TEXT, .max = 4000 },
	{ .name = "toelichting", .from = IN_FORM, .type = FT_TEXT, .max = 8000 },
	FIELDS_END
};
const struct field_spec schouw_id_fields[] = { FIELD_PATH("id", FT_ID), FIELDS_END };
const struct field_spec schouw_checklist_fields[] = {
	FIELD_PATH("id", FT_ID),
	{ .name = "punt", .from = IN_FORM, .type = FT_TEXT, .flags = FIELD_MANY, .max = 40 },
	{ .name = "oordeel", .from = IN_FORM, .type = FT_TEXT, .flags = FIELD_MANY, .max = 16 },
	FIELDS_END
};
#define FINDING_FORM \
	{ .name = "thema", .from = IN_FORM, .type = FT_TEXT, .max = 16 }, \
	{ .name = "punt", .from = IN_FORM, .type = FT_TEXT, .max = 40 }, \
	{ .name = "omschrijving", .from = IN_FORM, .type = FT_TEXT, .max = 8000 }, \
	{ .name = "lat", .from = IN_FORM, .type = FT_TEXT, .max = 40 }, \
	{ .name = "lon", .from = IN_FORM, .type = FT_TEXT, .max = 40 }, \
	{ .name = "postcode", .from = IN_FORM, .type = FT_TEXT, .max = 16 }, \
	{ .name = "huisnummer", .from = IN_FORM, .type = FT_TEXT, .max = 16 }, \
	{ .name = "toevoeging", .from = IN_FORM, .type = FT_TEXT, .max = 16 }, \
	{ .name = "plek", .from = IN_FORM, .type = FT_TEXT, .max = 800 }, \
	{ .name = "foto", .from = IN_FORM, .type = FT_FILE }
const struct field_spec schouw_bevinding_fields[] = { FIELD_PATH("id", FT_ID), FINDING_FORM, FIELDS_END };
const struct field_spec schouw_melding_fields[] = {
	FIELD_PATH("id", FT_ID), FIELD_PATH("b", FT_ID),
	{ .name = "categorie", .from = IN_FORM, .type = FT_TEXT, .max = 40 },
	FIELDS_END
};
const struct field_spec schouw_actie_fields[] = {
	FIELD_PATH("id", FT_ID), FIELD_PATH("b", FT_ID),
	{ .name = "actie", .from = IN_FORM, .type = FT_TEXT, .max = 8000 },
	{ .name = "eigenaar", .from = IN_FORM, .type = FT_TEXT, .max = 800 },
	{ .name = "dag", .from = IN_FORM, .type = FT_TEXT, .max = 32 },
	FIELDS_END
};
const struct field_spec schouw_b_fields[] = { FIELD_PATH("id", FT_ID), FIELD_PATH("b", FT_ID), FIELDS_END };
const struct field_spec schouw_foto_fields[] = { FIELD_PATH("id", FT_ID), FIELD_PATH("foto", FT_ID), FIELDS_END };
const struct field_spec schouw_csv_fields[] = {
	FIELD_PATH("id", FT_ID),
	{ .name = "scheiding", .from = IN_QUERY, .type = FT_ENUM, .max = SEP__MAX, .choices = sep_ids },
	FIELDS_END
};
const struct field_spec schouwen_csv_fields[] = {
	{ .name = "jaar", .from = IN_QUERY, .type = FT_INT, .min = 2000, .max = 2100 },
	{ .name = "scheiding", .from = IN_QUERY, .type = FT_ENUM, .max = SEP__MAX, .choices = sep_ids },
	FIELDS_END
};

/* What a refused decision on the overview tells the page (this thread's request only). */
struct decision_refusal {
	int64_t b;                          /* the finding, or 0: the schouw (afronden) */
	const struct field_errors *errs;
	const char *categorie;              /* the input to keep (NULL: not this form's) */
	const char *actie, *eigenaar, *dag;
};
static _Thread_local const struct decision_refusal *refused;

static const char *day_text(struct arena *a, int32_t dn)
{
	char s[CALENDAR_DAY_LEN];

	calendar_day_weekday(dn, s);
	return arena_strdup(a, s);
}

static const char *day_short(struct arena *a, int32_t dn)
{
	char s[CALENDAR_DAY_LEN];

	calendar_day_long(dn, s);
	return arena_strdup(a, s);
}

static const char *gebied_text(struct arena *a, const struct schouw *s)
{
	return s->buurt_id ? arena_printf(a, "buurt %s (wijk %s)", s->buurt_naam, s->wijk_naam)
			   : arena_printf(a, "wijk %s", s->wijk_naam);
}

/* The participants one per line as stored, shown as a list in a sentence: "Gemeente, Wijkteam". */
static const char *deelnemers_text(struct arena *a, const char *s)
{
	struct buf b = BUF_INIT;

	for (const char *p = s; *p; p++) {
		if (*p == '\n')
			buf_add(&b, ", ", 2);
		else
			buf_addch(&b, *p);
	}
	const char *out = arena_strdup(a, b.len ? b.buf : "-");
	buf_release(&b);
	return out;
}

static void set_deelnemers(struct tpl_dict *d, const char *s, struct arena *a)
{
	char *copy = arena_strdup(a, s);

	for (char *save = NULL, *t = strtok_r(copy, "\n", &save); t; t = strtok_r(NULL, "\n", &save))
		tpl_set(tpl_section(d, "DEELNEMER"), "NAAM", t);
	tpl_set(d, "DEELNEMERS", deelnemers_text(a, s));
}

static void set_schouw(struct req *req, struct tpl_dict *d, const struct schouw *s)
{
	tpl_set_int(d, "ID", s->id);
	tpl_set(d, "DAG", day_text(&req->arena, s->dag));
	char iso[DAYS_FORMAT_LEN];
	days_format(s->dag, iso);
	tpl_set(d, "DAG_ISO", iso);
	tpl_set(d, "GEBIED", gebied_text(&req->arena, s));
	tpl_set(d, "WIJK_CODE", s->wijk_code);
	tpl_set(d, "STATUS", schouw_status_labels[s->status]);
	tpl_set(d, "STATUS_ID", schouw_status_ids[s->status]);
	tpl_set_int(d, "N_BEVINDINGEN", s->n_bevindingen);
	tpl_set_int(d, "N_OPEN", s->n_open);
	tpl_set_int(d, "N_ACTIES_OPEN", s->n_acties_open);
	tpl_set_int(d, "N_MELDINGEN", s->n_meldingen);
	tpl_set(d, "DOOR", s->door[0] ? s->door : "onbekend");
	set_deelnemers(d, s->deelnemers, &req->arena);
	if (s->toelichting[0])
		tpl_set(tpl_section(d, "TOELICHTING"), "TEKST", s->toelichting);
	if (s->status != SS_AFGEROND && s->dag < amsterdam_day(clock_now()) && s->status == SS_GEPLAND)
		tpl_show(d, "VERLOPEN");
}

/* ---- /schouwen ---- */

int handle_schouwen(struct req *req)
{
	struct db *db = db_thread();
	const struct actor *who = http_actor(req);
	struct schouw *list;
	struct area *areas = NULL;
	const char *wijk = input_text(req, "wijk");
	int64_t wijk_id = 0;

	if (!db)
		return http_unavailable(req, NULL);
	int na = area_list(db, &areas);
	if (na < 0)
		return http_unavailable(req, NULL);
	struct tpl_dict *d = page_new(req, "Wijkschouwen", "schouwen.tpl");
	tpl_set(tpl_section(d, "WIJK_OPT"), "LABEL", "Alle wijken");
	for (int i = 0; i < na; i++) {
		if (areas[i].soort != AREA_WIJK || !wijk_in_reach(who, ACT_WIJK_READ, areas[i].id))
			continue;
		struct tpl_dict *o = tpl_section(d, "WIJK_OPT");
		tpl_set(o, "VALUE", areas[i].code);
		tpl_set(o, "LABEL", areas[i].naam);
		if (wijk && !strcasecmp(wijk, areas[i].code)) {
			tpl_show(o, "SELECTED");
			wijk_id = areas[i].id;
		}
	}
	free(areas);
	/* A wijk outside one's own reads as none chosen: the list shows only one's own anyway. */
	int n = schouw_list_for(db, &req->arena, who, wijk_id, &list);
	if (n < 0)
		return http_unavailable(req, NULL);
	int may_plan = policy_sees_all_areas(who->role, ACT_WIJK_WRITE);
	for (int i = 0; i < who->n_areas; i++)
		may_plan |= wijk_in_reach(who, ACT_WIJK_WRITE, who->areas[i]);
	if (may_plan)
		tpl_show(d, "MAY_PLAN");
	int y, m, dd;
	days_to_civil(amsterdam_day(clock_now()), &y, &m, &dd);
	tpl_set_int(d, "JAAR", y);
	int planned = 0, done = 0;
	for (int i = 0; i < n; i++) {
		int is_planned = list[i].status == SS_GEPLAND;
		struct tpl_dict *x = tpl_section(d, is_planned ? "GEPLAND" : "GELOPEN");
		set_schouw(req, x, &list[i]);
		planned += is_planned;
		done += !is_planned;
	}
	tpl_show(d, planned ? "HAS_GEPLAND" : "NO_GEPLAND");
	tpl_show(d, done ? "HAS_GELOPEN" : "NO_GELOPEN");
	return page_send(req, 200);
}

/* ---- planning ---- */

static int plan_form(struct req *req, int status, const struct field_errors *errs)
{
	struct db *db = db_thread();
	const struct actor *who = http_actor(req);
	struct area *areas = NULL;
	int na = db ? area_list(db, &areas) : -1;

	if (na < 0)
		return http_unavailable(req, NULL);
	struct tpl_dict *d = page_new(req, "Schouw plannen", "schouw_nieuw.tpl");
	struct form f = FORM_INIT(d);
	const char *gebied = status != 200 ? input_text(req, "gebied") : NULL;
	static const char *const order[] = { "gebied", "dag", "deelnemers", "toelichting" };

	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	for (int i = 0; i < na; i++) {
		if (areas[i].soort == AREA_COMPLEX || !wijk_in_reach(who, ACT_WIJK_WRITE, areas[i].wijk_id))
			continue;
		struct tpl_dict *o = tpl_section(d, "GEBIED_OPT");
		tpl_set(o, "VALUE", areas[i].code);
		tpl_set(o, "LABEL", areas[i].soort == AREA_WIJK ? arena_printf(&req->arena, "Wijk %s", areas[i].naam)
							       : arena_printf(&req->arena, "  Buurt %s", areas[i].naam));
		if (gebied && !strcasecmp(gebied, areas[i].code))
			tpl_show(o, "SELECTED");
	}
	free(areas);
	if (status == 200) {
		tpl_set(d, "DEELNEMERS", "Gemeente\nHuurdersorganisatie");
		return page_send(req, 200);
	}
	static const char *const keep[] = { "dag", "deelnemers", "toelichting" };
	form_keep(req, d, keep, sizeof(keep) / sizeof(keep[0]));
	for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
		const char *msg = field_error_for(input_errors(req), order[i]);
		if (msg || (errs && (msg = field_error_for(errs, order[i]))))
			form_error(&f, order[i], msg);
	}
	return page_send(req, status);
}

int handle_schouw_nieuw(struct req *req)
{
	return plan_form(req, 200, NULL);
}

int handle_schouw_plan(struct req *req)
{
	struct db *db = db_thread();
	struct field_errors errs = { 0 };
	struct schouw_plan_fields in = {
		.dag = input_text(req, "dag"), .deelnemers = input_text(req, "deelnemers"),
		.toelichting = input_text(req, "toelichting"),
	};
	int64_t id;

	if (input_errors(req)->n)
		return plan_form(req, 422, NULL);
	enum app_result r = schouw_plan(db, &req->arena, http_actor(req), input_text(req, "gebied"), &in, &errs, &id);
	if (r == APP_INVALID)
		return plan_form(req, 422, &errs);
	if (r != APP_OK)
		return http_refused(req, r, &schouw_refusal);
	return http_redirect(req, arena_printf(&req->arena, "/schouwen/%lld", (long long)id));
}

/* ---- a schouw's overview ---- */

static int load(struct req *req, enum action action, struct schouw *s)
{
	enum app_result r = schouw_load_for(db_thread(), &req->arena, http_actor(req), input_num(req, "id"), action, s);

	return r == APP_OK ? 0 : http_refused(req, r, &schouw_refusal);
}

static void set_location(struct req *req, struct tpl_dict *x, const struct schouw_bevinding *f)
{
	struct buf b = BUF_INIT;

	if (f->postcode[0])
		buf_addf(&b, "%s %d%s%s", f->postcode, f->huisnummer, f->toevoeging[0] ? " " : "", f->toevoeging);
	if (f->plek[0])
		buf_addf(&b, "%s%s", b.len ? ", " : "", f->plek);
	if (f->has_geo) {
		buf_addf(&b, "%s%.5f, %.5f", b.len ? " (" : "", f->lat, f->lon);
		if (f->postcode[0] || f->plek[0])
			buf_addch(&b, ')');
		tpl_set(x, "LAT", arena_printf(&req->arena, "%.6f", f->lat));
		tpl_set(x, "LON", arena_printf(&req->arena, "%.6f", f->lon));
		tpl_show(x, "HAS_GEO");
	}
	tpl_set(x, "LOCATIE", b.len ? b.buf : "-");
	buf_release(&b);
}

/* One finding: what, where, photos, and what became of it. */
static void set_finding(struct req *req, struct tpl_dict *x, const struct schouw *s, const struct schouw_bevinding *f,
			const struct schouw_foto *fotos, int nf, int nr)
{
	const struct schouw_punt *p = schouw_punt_find(f->punt);

	tpl_set_int(x, "SCHOUW_ID", s->id);
	tpl_set_int(x, "ID", f->id);
	tpl_set_int(x, "NR", nr);
	tpl_set(x, "THEMA", schouw_thema_labels[f->thema]);
	tpl_set(x, "THEMA_ID", schouw_thema_ids[f->thema]);
	if (p)
		tpl_set(tpl_section(x, "PUNT"), "TEKST", p->tekst);
	tpl_set(x, "OMSCHRIJVING", f->omschrijving);
	tpl_set(x, "DOOR", f->door[0] ? f->door : "onbekend");
	tpl_set(x, "OP", when_str(&req->arena, WHEN_TEXT, f->vastgelegd_op));
	set_location(req, x, f);
	for (int i = 0; i < nf; i++) {
		if (fotos[i].bevinding_id != f->id)
			continue;
		struct tpl_dict *y = tpl_section(x, "FOTO");
		tpl_set_int(y, "SCHOUW_ID", s->id);
		tpl_set_int(y, "ID", fotos[i].id);
		tpl_set(y, "NAAM", fotos[i].bestandsnaam);
		tpl_set(y, "GROOTTE", page_size(&req->arena, fotos[i].grootte));
		tpl_set_int(y, "NR", nr);
		if (download_inline(fotos[i].mime))
			tpl_show(y, "INLINE");
		else
			tpl_show(y, "DOWNLOAD");
	}
	if (f->melding_id) {
		struct tpl_dict *m = tpl_section(x, "MELDING");
		tpl_set(m, "REFERENTIE", f->melding_ref);
		int st = melding_status_parse(f->melding_status);
		tpl_set(m, "STATUS", st >= 0 ? melding_status_labels[st] : f->melding_status);
		tpl_set(x, "UITKOMST", arena_printf(&req->arena, "Melding %s (%s)", f->melding_ref,
						    st >= 0 ? melding_status_labels[st] : f->melding_status));
	} else if (f->has_actie) {
		struct tpl_dict *a = tpl_section(x, "ACTIE");
		tpl_set(a, "ACTIE", f->actie);
		tpl_set(a, "EIGENAAR", f->actie_eigenaar);
		tpl_set(a, "DAG", day_short(&req->arena, f->actie_dag));
		if (f->actie_gedaan) {
			tpl_set(tpl_section(a, "GEDAAN"), "DAG", day_short(&req->arena, f->actie_gedaan_dag));
		} else {
			tpl_show(a, "OPEN");
			if (f->actie_dag < amsterdam_day(clock_now()))
				tpl_show(a, "TE_LAAT");
		}
		tpl_set(x, "UITKOMST", arena_printf(&req->arena, "Actie: %s (%s, %s %s)", f->actie, f->actie_eigenaar,
						    f->actie_gedaan ? "gedaan op" : "klaar op",
						    day_short(&req->arena, f->actie_gedaan ? f->actie_gedaan_dag : f->actie_dag)));
	} else {
		tpl_show(x, "GEEN_UITKOMST");
		tpl_set(x, "UITKOMST", "Nog geen vervolg");
	}
}

/* A refused decision's message beside its field in finding x, and in the page's summary (FIELD_ID field-b). */
static void decision_error(struct req *req, struct form *page, struct tpl_dict *x, const char *field, int64_t b,
			   const char *msg)
{
	char section[48];
	size_t i;

	for (i = 0; field[i] && i < 30; i++)
		section[i] = (char)(field[i] >= 'a' && field[i] <= 'z' ? field[i] - 'a' + 'A' : field[i]);
	snprintf(section + i, sizeof(section) - i, "_ERROR");
	tpl_set(tpl_section(x, section), "MSG", msg);
	if (!page->summary)
		page->summary = tpl_section(page->d, "ERRORS");
	struct tpl_dict *item = tpl_section(page->summary, "ERROR_ITEM");
	tpl_set(item, "FIELD_ID", arena_printf(&req->arena, "%s-%lld", field, (long long)b));
	tpl_set(item, "MSG", msg);
	page->errors++;
}

/* The decision forms of a finding without an outcome (or with an open action), for who may write. */
static void set_decisions(struct req *req, struct form *page, struct tpl_dict *x, const struct schouw_bevinding *f,
			  const struct category *cats, int nc)
{
	int mine = refused && refused->b == f->id;
	const struct field_errors *errs = mine ? refused->errs : NULL;
	const char *cat = mine ? refused->categorie : NULL;
	const struct schouw_punt *p = schouw_punt_find(f->punt);

	if (!cat || !cat[0])
		cat = p ? p->categorie : schouw_thema_categorie(f->thema);
	tpl_set(x, "CSRF_TOKEN", csrf_token(req));
	if (!f->melding_id && !f->has_actie) {
		struct tpl_dict *dd = tpl_section(x, "BESLUIT");
		tpl_set_int(dd, "SCHOUW_ID", f->schouw_id);
		tpl_set_int(dd, "ID", f->id);
		tpl_set(dd, "CSRF_TOKEN", csrf_token(req));
		for (int i = 0; i < nc; i++) {
			struct tpl_dict *o = tpl_section(dd, "CATEGORIE_OPT");
			tpl_set(o, "VALUE", cats[i].code);
			tpl_set(o, "LABEL", cats[i].naam);
			if (!strcmp(cats[i].code, cat))
				tpl_show(o, "SELECTED");
		}
		if (mine && refused->actie) {
			tpl_set(dd, "ACTIE", refused->actie);
			tpl_set(dd, "EIGENAAR", refused->eigenaar);
			tpl_set(dd, "ACTIE_DAG", refused->dag);
		}
		static const char *const fields[] = { "bevinding", "categorie", "actie", "eigenaar", "dag" };
		for (size_t i = 0; errs && i < sizeof(fields) / sizeof(fields[0]); i++) {
			const char *msg = field_error_for(errs, fields[i]);
			if (msg)
				decision_error(req, page, dd, fields[i], f->id, msg);
		}
		/* The intake's own refusals (an address the register does not know ...) say it on the finding. */
		for (int i = 0; errs && i < errs->n; i++) {
			int known = 0;
			for (size_t k = 0; k < sizeof(fields) / sizeof(fields[0]); k++)
				known |= !strcmp(errs->e[i].field, fields[k]);
			if (!known)
				decision_error(req, page, dd, "bevinding", f->id, errs->e[i].message);
		}
	} else if (errs && !(f->has_actie && !f->actie_gedaan)) {
		/* Decided already (another tab, a double click): said on the finding itself. */
		const char *msg = field_error_for(errs, "bevinding");
		if (msg)
			decision_error(req, page, x, "uitkomst", f->id, msg);
	} else if (f->has_actie && !f->actie_gedaan) {
		struct tpl_dict *g = tpl_section(x, "GEDAAN_FORM");
		tpl_set_int(g, "SCHOUW_ID", f->schouw_id);
		tpl_set_int(g, "ID", f->id);
		tpl_set(g, "CSRF_TOKEN", csrf_token(req));
		const char *msg = errs ? field_error_for(errs, "bevinding") : NULL;
		if (msg)
			decision_error(req, page, g, "bevinding", f->id, msg);
	}
}

static void set_checklist(struct req *req, struct tpl_dict *d, const struct schouw_oordeel_row *o, int no, int form)
{
	int counts[TH__MAX][SO__MAX] = { { 0 } };

	for (int t = 0; t < TH__MAX; t++) {
		struct tpl_dict *th = tpl_section(d, "THEMA");
		tpl_set(th, "NAAM", schouw_thema_labels[t]);
		tpl_set(th, "ID", schouw_thema_ids[t]);
		for (int i = 0; i < SCHOUW_PUNTEN; i++) {
			const struct schouw_punt *p = &schouw_punten[i];
			if ((int)p->thema != t)
				continue;
			int v = -1;
			for (int k = 0; k < no; k++)
				if (!strcmp(o[k].punt, p->code))
					v = (int)o[k].oordeel;
			if (v >= 0)
				counts[t][v]++;
			struct tpl_dict *x = tpl_section(th, "PUNT");
			tpl_set(x, "CODE", p->code);
			tpl_set(x, "TEKST", p->tekst);
			tpl_set(x, "OORDEEL", v >= 0 ? schouw_oordeel_labels[v] : "Niet beoordeeld");
			tpl_set(x, "OORDEEL_ID", v >= 0 ? schouw_oordeel_ids[v] : "leeg");
			if (!form)
				continue;
			for (int k = 0; k < SO__MAX; k++) {
				struct tpl_dict *opt = tpl_section(x, "OORDEEL_OPT");
				tpl_set(opt, "VALUE", schouw_oordeel_ids[k]);
				tpl_set(opt, "LABEL", schouw_oordeel_labels[k]);
				if (v == k)
					tpl_show(opt, "SELECTED");
			}
		}
		tpl_set_int(th, "OK", counts[t][SO_OK]);
		tpl_set_int(th, "NIET_OK", counts[t][SO_NIET_OK]);
		tpl_set_int(th, "NVT", counts[t][SO_NVT]);
	}
	(void)req;
}

/* The overview, with a refused decision's messages when there is one. */
static int overview(struct req *req, struct schouw *s, int status)
{
	struct db *db = db_thread();
	const struct actor *who = http_actor(req);
	struct schouw_bevinding *f;
	struct schouw_foto *fotos;
	struct schouw_oordeel_row *o;
	struct category *cats;
	int n = schouw_bevindingen(db, &req->arena, s->id, &f);
	int nf = n >= 0 ? schouw_fotos(db, &req->arena, s->id, &fotos) : -1;
	int no = nf >= 0 ? schouw_oordelen(db, &req->arena, s->id, &o) : -1;
	int nc = no >= 0 ? category_all(db, &req->arena, 1, &cats) : -1;

	if (nc < 0)
		return http_unavailable(req, NULL);
	int may_write = wijk_in_reach(who, ACT_WIJK_WRITE, s->wijk_id);
	struct tpl_dict *d = page_new(req, arena_printf(&req->arena, "Schouw %s", gebied_text(&req->arena, s)), "schouw.tpl");
	struct form page = FORM_INIT(d);
	set_schouw(req, d, s);
	set_checklist(req, d, o, no, 0);
	if (may_write && schouw_may_walk(s->status))
		tpl_show(d, "MAY_WALK");
	for (int i = 0; i < n; i++) {
		struct tpl_dict *x = tpl_section(d, "BEVINDING");
		set_finding(req, x, s, &f[i], fotos, nf, i + 1);
		if (may_write)
			set_decisions(req, &page, x, &f[i], cats, nc);
	}
	tpl_show(d, n ? "HAS_BEVINDINGEN" : "NO_BEVINDINGEN");
	if (may_write && s->status != SS_AFGEROND) {
		struct tpl_dict *a = tpl_section(d, "AFRONDEN");
		tpl_set(a, "CSRF_TOKEN", csrf_token(req));
		tpl_set_int(a, "ID", s->id);
		const char *why = schouw_afronden_refusal(s->status, s->n_bevindingen, s->n_open);
		if (why)
			tpl_set(tpl_section(a, "NOG_NIET"), "WAAROM", why);
		const char *msg = refused && !refused->b ? field_error_for(refused->errs, "schouw") : NULL;
		if (msg) {
			tpl_set(tpl_section(a, "SCHOUW_ERROR"), "MSG", msg);
			if (!page.summary)
				page.summary = tpl_section(d, "ERRORS");
			struct tpl_dict *item = tpl_section(page.summary, "ERROR_ITEM");
			tpl_set(item, "FIELD_ID", "afronden");
			tpl_set(item, "MSG", msg);
		}
	}
	if (s->status == SS_AFGEROND)
		tpl_set(tpl_section(d, "AFGEROND"), "OP", when_str(&req->arena, WHEN_TEXT, s->afgerond_op));
	return page_send(req, status);
}

int handle_schouw(struct req *req)
{
	struct schouw s;
	int rc = load(req, ACT_WIJK_READ, &s);

	return rc ? rc : overview(req, &s, 200);
}

/* ---- the walk ---- */

/* The walk; status 422 with errs after a refused checklist (finding 0) or finding (finding 1), its input kept. */
static int walk(struct req *req, struct schouw *s, int status, const struct field_errors *errs, int finding)
{
	struct db *db = db_thread();
	struct schouw_bevinding *f;
	struct schouw_foto *fotos;
	struct schouw_oordeel_row *o;
	int n = schouw_bevindingen(db, &req->arena, s->id, &f);
	int nf = n >= 0 ? schouw_fotos(db, &req->arena, s->id, &fotos) : -1;
	int no = nf >= 0 ? schouw_oordelen(db, &req->arena, s->id, &o) : -1;

	if (no < 0)
		return http_unavailable(req, NULL);
	struct tpl_dict *d = page_new(req, arena_printf(&req->arena, "Schouw lopen: %s", gebied_text(&req->arena, s)),
				      "schouw_lopen.tpl");
	struct form form = FORM_INIT(d);
	const char *thema = finding ? input_text(req, "thema") : NULL;
	const char *punt = finding ? input_text(req, "punt") : NULL;

	set_schouw(req, d, s);
	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	tpl_set_int(d, "MAX_FILE_MB", req->cfg->upload_file_mb);
	if (!schouw_may_walk(s->status)) {
		tpl_show(d, "AFGEROND");
		return page_send(req, status);
	}
	struct tpl_dict *open = tpl_section(d, "OPEN");
	tpl_set_int(open, "ID", s->id);
	tpl_set(open, "CSRF_TOKEN", csrf_token(req));
	set_checklist(req, open, o, no, 1);
	for (int t = 0; t < TH__MAX; t++) {
		struct tpl_dict *x = tpl_section(open, "THEMA_OPT");
		tpl_set(x, "VALUE", schouw_thema_ids[t]);
		tpl_set(x, "LABEL", schouw_thema_labels[t]);
		if (thema && !strcmp(thema, schouw_thema_ids[t]))
			tpl_show(x, "SELECTED");
		struct tpl_dict *g = tpl_section(open, "PUNT_GROEP");
		tpl_set(g, "LABEL", schouw_thema_labels[t]);
		for (int i = 0; i < SCHOUW_PUNTEN; i++) {
			if ((int)schouw_punten[i].thema != t)
				continue;
			struct tpl_dict *p = tpl_section(g, "PUNT_OPT");
			tpl_set(p, "VALUE", schouw_punten[i].code);
			tpl_set(p, "LABEL", schouw_punten[i].tekst);
			if (punt && !strcmp(punt, schouw_punten[i].code))
				tpl_show(p, "SELECTED");
		}
	}
	for (int i = 0; i < n; i++) {
		struct tpl_dict *x = tpl_section(open, "BEVINDING");
		set_finding(req, x, s, &f[i], fotos, nf, i + 1);
	}
	if (status != 200) {
		static const char *const keep[] = { "omschrijving", "lat", "lon", "postcode", "huisnummer", "toevoeging", "plek" };
		static const char *const order[] = { "schouw", "checklist", "thema", "punt", "omschrijving", "foto", "locatie",
						     "postcode", "huisnummer", "toevoeging", "plek" };
		form = (struct form)FORM_INIT(open);
		if (finding)
			form_keep(req, open, keep, sizeof(keep) / sizeof(keep[0]));
		for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
			const char *msg = finding ? field_error_for(input_errors(req), order[i]) : NULL;
			if (msg || (errs && (msg = field_error_for(errs, order[i]))))
				form_error(&form, order[i], msg);
		}
		/* The photo is not held: a refused finding asks for it again, by name. */
		for (struct upload *u = req->uploads; u; u = u->next)
			if (!strcmp(u->field, "foto") && u->filename && u->filename[0])
				tpl_set(tpl_section(open, "FOTO_AGAIN"), "NAAM", u->filename);
	}
	return page_send(req, status);
}

int handle_schouw_lopen(struct req *req)
{
	struct schouw s;
	int rc = load(req, ACT_WIJK_WRITE, &s);

	return rc ? rc : walk(req, &s, 200, NULL, 0);
}

int handle_schouw_checklist(struct req *req)
{
	struct schouw s;
	struct field_errors errs = { 0 };
	const char *const *punten, *const *oordelen;
	int rc = load(req, ACT_WIJK_WRITE, &s);

	if (rc)
		return rc;
	int np = input_many(req, "punt", NULL, &punten), no = input_many(req, "oordeel", NULL, &oordelen);
	if (np != no) {
		field_error_add(&errs, "checklist", "De checklist kwam niet volledig aan. Probeer het opnieuw.");
		return walk(req, &s, 422, &errs, 0);
	}
	enum app_result r = schouw_checklist_save(db_thread(), &req->arena, http_actor(req), &s, np, punten, oordelen, &errs);
	if (r == APP_INVALID)
		return walk(req, &s, 422, &errs, 0);
	if (r != APP_OK)
		return http_refused(req, r, &schouw_refusal);
	return http_redirect(req, arena_printf(&req->arena, "/schouwen/%lld/lopen#checklist", (long long)s.id));
}

int handle_schouw_bevinding(struct req *req)
{
	struct schouw s;
	struct field_errors errs = { 0 };
	struct intake_file *files = arena_alloc(&req->arena, (size_t)(req->n_uploads ? req->n_uploads : 1) * sizeof(*files));
	int n_files = 0;
	int64_t id;
	int rc = load(req, ACT_WIJK_WRITE, &s);

	if (rc)
		return rc;
	for (struct upload *u = req->uploads; u && n_files < req->n_uploads; u = u->next)
		if (!strcmp(u->field, "foto"))
			files[n_files++] = (struct intake_file){
				.filename = u->filename, .path = u->path, .size = u->size,
				.dropped = u->dropped, .drop_reason = u->drop_reason, .failed = u->write_failed,
			};
	struct schouw_finding_fields in = {
		.thema = input_text(req, "thema"), .punt = input_text(req, "punt"),
		.omschrijving = input_text(req, "omschrijving"), .lat = input_text(req, "lat"), .lon = input_text(req, "lon"),
		.postcode = input_text(req, "postcode"), .huisnummer = input_text(req, "huisnummer"),
		.toevoeging = input_text(req, "toevoeging"), .plek = input_text(req, "plek"),
	};
	enum app_result r = schouw_finding_add(db_thread(), &req->arena, req->cfg, http_actor(req), &s, &in, files,
					       n_files, &errs, &id);
	/* Moved into storage: no longer the request's to clean up. */
	int i = 0;
	for (struct upload *u = req->uploads; u && i < n_files; u = u->next)
		if (!strcmp(u->field, "foto") && files[i++].taken)
			u->path = NULL;
	if (r == APP_INVALID)
		return walk(req, &s, 422, &errs, 1);
	if (r != APP_OK)
		return http_refused(req, r, &schouw_refusal);
	return http_redirect(req, arena_printf(&req->arena, "/schouwen/%lld/lopen#bevinding-%lld", (long long)s.id,
					       (long long)id));
}

/* ---- decisions ---- */

static int decision_answer(struct req *req, struct schouw *s, int64_t b, enum app_result r,
			   struct decision_refusal *why)
{
	if (r == APP_INVALID) {
		why->b = b;
		refused = why;
		/* The counts on the page are read again: a decision may have changed them. */
		schouw_get(db_thread(), &req->arena, s->id, s);
		int rc = overview(req, s, 422);
		refused = NULL;
		return rc;
	}
	if (r != APP_OK)
		return http_refused(req, r, &schouw_refusal);
	return http_redirect(req, b ? arena_printf(&req->arena, "/schouwen/%lld#bevinding-%lld", (long long)s->id, (long long)b)
				    : arena_printf(&req->arena, "/schouwen/%lld", (long long)s->id));
}

int handle_schouw_melding(struct req *req)
{
	struct schouw s;
	struct field_errors *errs = arena_alloc(&req->arena, sizeof(*errs));
	char ref[16];
	int rc = load(req, ACT_WIJK_WRITE, &s);

	if (rc)
		return rc;
	enum app_result r = schouw_finding_melding(db_thread(), &req->arena, req->cfg, http_actor(req), &s,
						   input_num(req, "b"), input_text(req, "categorie"), errs, ref);
	struct decision_refusal why = { .errs = errs, .categorie = input_text(req, "categorie") };
	return decision_answer(req, &s, input_num(req, "b"), r, &why);
}

int handle_schouw_actie(struct req *req)
{
	struct schouw s;
	struct field_errors *errs = arena_alloc(&req->arena, sizeof(*errs));
	int rc = load(req, ACT_WIJK_WRITE, &s);

	if (rc)
		return rc;
	enum app_result r = schouw_finding_actie(db_thread(), &req->arena, http_actor(req), &s, input_num(req, "b"),
						 input_text(req, "actie"), input_text(req, "eigenaar"), input_text(req, "dag"),
						 errs);
	struct decision_refusal why = { .errs = errs, .actie = input_text(req, "actie"),
					.eigenaar = input_text(req, "eigenaar"), .dag = input_text(req, "dag") };
	return decision_answer(req, &s, input_num(req, "b"), r, &why);
}

int handle_schouw_actie_gedaan(struct req *req)
{
	struct schouw s;
	struct field_errors *errs = arena_alloc(&req->arena, sizeof(*errs));
	int rc = load(req, ACT_WIJK_WRITE, &s);

	if (rc)
		return rc;
	enum app_result r = schouw_actie_gedaan(db_thread(), &req->arena, http_actor(req), &s, input_num(req, "b"), errs);
	struct decision_refusal why = { .errs = errs };
	return decision_answer(req, &s, input_num(req, "b"), r, &why);
}

int handle_schouw_afronden(struct req *req)
{
	struct schouw s;
	struct field_errors *errs = arena_alloc(&req->arena, sizeof(*errs));
	int rc = load(req, ACT_WIJK_WRITE, &s);

	if (rc)
		return rc;
	enum app_result r = schouw_afronden(db_thread(), &req->arena, http_actor(req), &s, errs);
	struct decision_refusal why = { .errs = errs };
	return decision_answer(req, &s, 0, r, &why);
}

/* ---- the report, photos, files ---- */

int handle_schouw_rapport(struct req *req)
{
	struct db *db = db_thread();
	struct schouw s;
	struct schouw_bevinding *f;
	struct schouw_foto *fotos;
	struct schouw_oordeel_row *o;
	int rc = load(req, ACT_WIJK_READ, &s);

	if (rc)
		return rc;
	int n = schouw_bevindingen(db, &req->arena, s.id, &f);
	int nf = n >= 0 ? schouw_fotos(db, &req->arena, s.id, &fotos) : -1;
	int no = nf >= 0 ? schouw_oordelen(db, &req->arena, s.id, &o) : -1;
	if (no < 0)
		return http_unavailable(req, NULL);
	struct tpl_dict *d = page_new(req, arena_printf(&req->arena, "Schouwrapport %s", gebied_text(&req->arena, &s)),
				      "schouw_rapport.tpl");
	set_schouw(req, d, &s);
	set_checklist(req, d, o, no, 0);
	for (int i = 0; i < n; i++)
		set_finding(req, tpl_section(d, "BEVINDING"), &s, &f[i], fotos, nf, i + 1);
	tpl_show(d, n ? "HAS_BEVINDINGEN" : "NO_BEVINDINGEN");
	tpl_set(d, "GEMAAKT", when_str(&req->arena, WHEN_TEXT, clock_now()));
	audit_record(db, http_actor(req), "bekeken", "schouw", arena_printf(&req->arena, "%lld", (long long)s.id), "rapport");
	return page_send(req, 200);
}

int handle_schouw_foto(struct req *req)
{
	struct db *db = db_thread();
	struct schouw s;
	struct schouw_foto f;
	struct download dl;
	int rc = load(req, ACT_WIJK_READ, &s);

	if (rc)
		return rc;
	enum store_result r = schouw_foto_get(db, &req->arena, input_num(req, "foto"), &f);
	if (r == STORE_ERROR)
		return http_unavailable(req, NULL);
	if (r != STORE_OK || f.schouw_id != s.id)
		return http_error(req, 404, "Foto niet gevonden", "Deze foto hoort niet bij deze schouw.");
	if ((rc = download_open(req, files_path(&req->arena, f.opslag), &dl)))
		return rc;
	return download_send(req, &dl, f.mime, f.bestandsnaam);
}

static int csv_answer(struct req *req, const struct schouw *s, int jaar, const char *name)
{
	int64_t sep = SEP_PUNTKOMMA;

	if (field_error_for(input_errors(req), "scheiding"))
		return http_error(req, 422, "Ongeldige scheiding", "Kies scheiding=komma of scheiding=puntkomma.");
	if (field_error_for(input_errors(req), "jaar"))
		return http_error(req, 422, "Ongeldig jaar", "Geef een jaar, bijvoorbeeld jaar=2026.");
	input_value(req, "scheiding", &sep);
	int fd = export_temp_file(req);
	if (fd < 0)
		return http_error(req, 503, "Export mislukt", "Het bestand kon niet worden gemaakt. Probeer het opnieuw.");
	/* The writer's buffer is 64 KiB: on the heap, not the thread's stack. */
	struct csv *c = malloc(sizeof(*c));
	if (!c)
		abort();
	csv_start(c, fd, sep == SEP_KOMMA ? ',' : ';');
	if (schouw_export_csv(db_thread(), &req->arena, http_actor(req), s, jaar, c) != APP_OK ||
	    csv_finish(c) < 0 || lseek(fd, 0, SEEK_SET) != 0) {
		close(fd);
		free(c);
		return http_error(req, 503, "Export mislukt", "Het bestand kon niet worden gemaakt. Probeer het opnieuw.");
	}
	req->fd_out = fd;
	req->fd_size = c->bytes;
	req->content_type = "text/csv; charset=utf-8";
	http_add_header(req, "Content-Disposition", arena_printf(&req->arena, "attachment; filename=\"%s\"", name));
	free(c);
	return 200;
}

int handle_schouw_csv(struct req *req)
{
	struct schouw s;
	char iso[DAYS_FORMAT_LEN];
	int rc = load(req, ACT_WIJK_READ, &s);

	if (rc)
		return rc;
	days_format(s.dag, iso);
	return csv_answer(req, &s, 0, arena_printf(&req->arena, "schouw-%lld-%s.csv", (long long)s.id, iso));
}

int handle_schouwen_csv(struct req *req)
{
	int y, m, d;
	int64_t jaar;

	days_to_civil(amsterdam_day(clock_now()), &y, &m, &d);
	if (!input_value(req, "jaar", &jaar))
		jaar = y;
	return csv_answer(req, NULL, (int)jaar, arena_printf(&req->arena, "schouwbevindingen-%d.csv", (int)jaar));
}

/* ---- JSON ---- */

static cJSON *schouw_json(const struct schouw *s)
{
	cJSON *o = cJSON_CreateObject();
	char iso[DAYS_FORMAT_LEN];

	days_format(s->dag, iso);
	cJSON_AddNumberToObject(o, "id", (double)s->id);
	cJSON_AddStringToObject(o, "dag", iso);
	cJSON_AddStringToObject(o, "wijk", s->wijk_code);
	if (s->buurt_id)
		cJSON_AddStringToObject(o, "buurt", s->buurt_code);
	else
		cJSON_AddNullToObject(o, "buurt");
	cJSON_AddStringToObject(o, "status", schouw_status_ids[s->status]);
	cJSON *deel = cJSON_AddArrayToObject(o, "deelnemers");
	const char *p = s->deelnemers;
	while (*p) {
		size_t k = strcspn(p, "\n");
		char *one = strndup(p, k);
		cJSON_AddItemToArray(deel, cJSON_CreateString(one ? one : ""));
		free(one);
		p += k;
		if (*p)
			p++;
	}
	cJSON_AddStringToObject(o, "toelichting", s->toelichting);
	cJSON_AddNumberToObject(o, "aantal_bevindingen", s->n_bevindingen);
	cJSON_AddNumberToObject(o, "zonder_vervolg", s->n_open);
	cJSON_AddNumberToObject(o, "acties_open", s->n_acties_open);
	cJSON_AddNumberToObject(o, "meldingen", s->n_meldingen);
	json_add_moment(o, "gemaakt_op", s->gemaakt_op);
	if (s->afgerond_op)
		json_add_moment(o, "afgerond_op", s->afgerond_op);
	else
		cJSON_AddNullToObject(o, "afgerond_op");
	return o;
}

static void day_json(cJSON *o, const char *key, int32_t dn)
{
	char iso[DAYS_FORMAT_LEN];

	if (!dn) {
		cJSON_AddNullToObject(o, key);
		return;
	}
	days_format(dn, iso);
	cJSON_AddStringToObject(o, key, iso);
}

static cJSON *finding_json(const struct schouw_bevinding *f, const struct schouw_foto *fotos, int nf)
{
	cJSON *o = cJSON_CreateObject();

	cJSON_AddNumberToObject(o, "id", (double)f->id);
	cJSON_AddStringToObject(o, "thema", schouw_thema_ids[f->thema]);
	if (f->punt[0])
		cJSON_AddStringToObject(o, "checklistpunt", f->punt);
	else
		cJSON_AddNullToObject(o, "checklistpunt");
	cJSON_AddStringToObject(o, "omschrijving", f->omschrijving);
	cJSON *loc = cJSON_AddObjectToObject(o, "locatie");
	if (f->has_geo) {
		cJSON_AddNumberToObject(loc, "lat", f->lat);
		cJSON_AddNumberToObject(loc, "lon", f->lon);
	}
	if (f->postcode[0]) {
		cJSON_AddStringToObject(loc, "postcode", f->postcode);
		cJSON_AddNumberToObject(loc, "huisnummer", f->huisnummer);
		cJSON_AddStringToObject(loc, "toevoeging", f->toevoeging);
	}
	if (f->plek[0])
		cJSON_AddStringToObject(loc, "plek", f->plek);
	json_add_moment(o, "vastgelegd_op", f->vastgelegd_op);
	int n = 0;
	for (int i = 0; i < nf; i++)
		n += fotos[i].bevinding_id == f->id;
	cJSON_AddNumberToObject(o, "fotos", n);
	cJSON *u = cJSON_AddObjectToObject(o, "uitkomst");
	if (f->melding_id) {
		cJSON_AddStringToObject(u, "soort", "melding");
		cJSON_AddStringToObject(u, "melding", f->melding_ref);
		cJSON_AddStringToObject(u, "melding_status", f->melding_status);
	} else if (f->has_actie) {
		cJSON_AddStringToObject(u, "soort", "actie");
		cJSON_AddStringToObject(u, "actie", f->actie);
		cJSON_AddStringToObject(u, "eigenaar", f->actie_eigenaar);
		day_json(u, "klaar_op", f->actie_dag);
		cJSON_AddStringToObject(u, "status", f->actie_gedaan ? "gedaan" : "open");
		day_json(u, "gedaan_op", f->actie_gedaan_dag);
	} else {
		cJSON_AddNullToObject(u, "soort");
	}
	return o;
}

int handle_api_schouwen(struct req *req)
{
	struct schouw *list;
	int n = schouw_list_for(db_thread(), &req->arena, http_actor(req), 0, &list);

	if (n < 0)
		return http_unavailable(req, NULL);
	cJSON *items = cJSON_CreateArray();
	for (int i = 0; i < n; i++)
		cJSON_AddItemToArray(items, schouw_json(&list[i]));
	return http_json_list(req, items, 1, n > JSON_PER_PAGE ? n : JSON_PER_PAGE, n);
}

int handle_api_schouw(struct req *req)
{
	struct db *db = db_thread();
	struct schouw s;
	struct schouw_bevinding *f;
	struct schouw_foto *fotos;
	struct schouw_oordeel_row *o;
	int rc = load(req, ACT_WIJK_READ, &s);

	if (rc)
		return rc;
	int n = schouw_bevindingen(db, &req->arena, s.id, &f);
	int nf = n >= 0 ? schouw_fotos(db, &req->arena, s.id, &fotos) : -1;
	int no = nf >= 0 ? schouw_oordelen(db, &req->arena, s.id, &o) : -1;
	if (no < 0)
		return http_unavailable(req, NULL);
	cJSON *obj = schouw_json(&s);
	cJSON *cl = cJSON_AddArrayToObject(obj, "checklist");
	for (int i = 0; i < no; i++) {
		cJSON *x = cJSON_CreateObject();
		const struct schouw_punt *p = schouw_punt_find(o[i].punt);
		cJSON_AddStringToObject(x, "punt", o[i].punt);
		cJSON_AddStringToObject(x, "thema", p ? schouw_thema_ids[p->thema] : "");
		cJSON_AddStringToObject(x, "oordeel", schouw_oordeel_ids[o[i].oordeel]);
		cJSON_AddItemToArray(cl, x);
	}
	cJSON *items = cJSON_AddArrayToObject(obj, "bevindingen");
	for (int i = 0; i < n; i++)
		cJSON_AddItemToArray(items, finding_json(&f[i], fotos, nf));
	return http_json(req, 200, obj);
}

/* ---- the wijkprofiel's block ---- */

/* The schouwen of the wijk or buurt a: planned ones, and those walked in the last two years. */
static int profile_list(struct req *req, const struct area *a, struct schouw **out)
{
	struct db *db = db_thread();
	int n = db ? schouw_list_area(db, &req->arena, a->id, out) : -1;

	if (n < 0) {
		log_warn("wijkprofiel %s: schouwen left out", a->code);
		return -1;
	}
	int32_t from = amsterdam_day(clock_now()) - 2 * 366, k = 0;
	for (int i = 0; i < n; i++)
		if ((*out)[i].status == SS_GEPLAND || (*out)[i].dag >= from)
			(*out)[k++] = (*out)[i];
	return k;
}

void schouw_profile_show(struct req *req, struct tpl_dict *d, const struct area *a, int jaar)
{
	struct schouw *list;
	int n = profile_list(req, a, &list);

	(void)jaar;
	if (n < 0)
		return;
	struct tpl_dict *x = tpl_include(d, "SCHOUWEN", "wijkprofiel_schouwen.tpl");
	tpl_set(x, "WIJK_CODE", a->soort == AREA_WIJK ? a->code : a->parent_code);
	int planned = 0, walked = 0;
	for (int i = 0; i < n; i++) {
		int is_planned = list[i].status == SS_GEPLAND;
		if (!is_planned && walked >= 5)
			continue;
		set_schouw(req, tpl_section(x, is_planned ? "GEPLAND" : "GELOPEN"), &list[i]);
		planned += is_planned;
		walked += !is_planned;
	}
	tpl_show(x, planned ? "HAS_GEPLAND" : "NO_GEPLAND");
	tpl_show(x, walked ? "HAS_GELOPEN" : "NO_GELOPEN");
	if (wijk_in_reach(http_actor(req), ACT_WIJK_WRITE, a->wijk_id))
		tpl_show(x, "MAY_PLAN");
}

void schouw_profile_json(struct req *req, cJSON *obj, const struct area *a, int jaar)
{
	struct schouw *list;
	int n = profile_list(req, a, &list);

	(void)jaar;
	if (n < 0)
		return;
	cJSON *arr = cJSON_AddArrayToObject(obj, "schouwen");
	for (int i = 0; i < n; i++)
		cJSON_AddItemToArray(arr, schouw_json(&list[i]));
}
