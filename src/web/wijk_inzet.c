/*
 * wijk_inzet.c - the inzetniveau and the vertellen entries on the
 * wijkprofiel ({{>INZET}}, {{>VERTELLEN}}, web/wijkmonitor.h) and on their
 * own pages (web/wijk_inzet.h). The use cases are app/wijk_inzet.h; the
 * same fill functions draw a block in the profile and a page of its own,
 * so the 422 answer shows exactly the form the profile had.
 */
#include "web/wijk_inzet.h"
#include "web/wijkmonitor.h"
#include "app/wijk_inzet.h"
#include "app/wijkmonitor.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "http/http.h"
#include "http/json.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "lib/parse.h"
#include "render/page.h"
#include "render/pager.h"
#include "render/tpl.h"
#include "render/when.h"

#include <stdio.h>
#include <string.h>

/* The newest entries the profile shows; the rest are one link away. */
#define VERTELLEN_IN_PROFILE 5
/* The entries the profile's JSON carries, newest first. */
#define VERTELLEN_IN_JSON 100

static const struct refusal refusal = {
	.not_found_title = "Gebied niet gevonden",
	.not_found_text = "Deze wijk of buurt bestaat niet, of u heeft er geen toegang toe.",
	.forbidden_text = "U mag dit niet doen in deze wijk.",
};

const struct field_spec wijk_inzet_fields[] = { FIELD_PATH("code", FT_TEXT), FIELDS_END };
const struct field_spec wijk_inzet_set_fields[] = {
	FIELD_PATH("code", FT_TEXT),
	{ .name = "niveau", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "vanaf", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "reden", .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};
const struct field_spec wijk_vertellen_fields[] = {
	FIELD_PATH("code", FT_TEXT),
	{ .name = "pagina", .from = IN_QUERY, .type = FT_PAGE },
	FIELDS_END
};
const struct field_spec wijk_vertellen_add_fields[] = {
	FIELD_PATH("code", FT_TEXT),
	{ .name = "dag", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "bron", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "partner", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "aanleiding", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "tekst", .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};
const struct field_spec api_wijk_vertellen_add_fields[] = {
	FIELD_PATH("code", FT_TEXT),
	{ .name = "dag", .from = IN_JSON, .type = FT_TEXT },
	{ .name = "bron", .from = IN_JSON, .type = FT_TEXT },
	{ .name = "partner", .from = IN_JSON, .type = FT_ID },      /* a number: the partner's id */
	{ .name = "aanleiding", .from = IN_JSON, .type = FT_TEXT },
	{ .name = "tekst", .from = IN_JSON, .type = FT_TEXT },
	FIELDS_END
};

static int32_t today(void)
{
	return amsterdam_day(clock_now());
}

static int may(struct req *req, enum action action, const struct area *a)
{
	return wijk_in_reach(http_actor(req), action, a->wijk_id);
}

/* Each field error beside its field (prefix_FIELD_ERROR) and in the block's summary (prefix_ERRORS). */
static void show_errors(struct tpl_dict *f, const char *prefix, const char *id_prefix, const struct field_errors *errs)
{
	struct tpl_dict *sum = NULL;
	char key[64];

	for (int i = 0; errs && i < errs->n; i++) {
		if (!sum)
			sum = tpl_section(f, strcmp(prefix, "IZ") ? "VT_ERRORS" : "IZ_ERRORS");
		struct tpl_dict *item = tpl_section(sum, strcmp(prefix, "IZ") ? "VT_ERROR_ITEM" : "IZ_ERROR_ITEM");
		snprintf(key, sizeof(key), "%s-%s", id_prefix, errs->e[i].field);
		tpl_set(item, "FIELD_ID", key);
		tpl_set(item, "MSG", errs->e[i].message);
		snprintf(key, sizeof(key), "%s_%s_ERROR", prefix, errs->e[i].field);
		for (char *p = key; *p; p++)
			if (*p >= 'a' && *p <= 'z')
				*p = (char)(*p - 'a' + 'A');
		tpl_set(tpl_section(f, key), "MSG", errs->e[i].message);
	}
}

/* ---- the inzetniveau ---------------------------------------------------- */

static void set_row(struct req *req, struct tpl_dict *t, const struct inzet_row *r)
{
	tpl_set(t, "NIVEAU_LABEL", inzet_niveau_labels[r->niveau]);
	tpl_set(t, "VANAF", when_str(&req->arena, DAY_SHORT, r->vanaf));
	tpl_set(t, "VANAF_ISO", when_str(&req->arena, DAY_ISO, r->vanaf));
	tpl_set(t, "REDEN", r->reden);
	tpl_set(t, "DOOR", r->user_naam[0] ? r->user_naam : "de beheerder (opdrachtregel)");
	tpl_set(t, "OP", when_str(&req->arena, WHEN_TEXT, r->vastgelegd_op));
	tpl_set(t, "OP_ISO", when_str(&req->arena, WHEN_ISO, r->vastgelegd_op));
}

/* The INZET block into t; the form (kept input, errors) for who may steer. */
static void fill_inzet(struct req *req, struct tpl_dict *t, const struct area *a, const struct inzet_view *v,
		       const struct inzet_fields *kept, const struct field_errors *errs)
{
	enum inzet_niveau n = v->stand.set ? v->stand.row.niveau : INZET_BASIS;
	int32_t day = today();

	tpl_set(t, "CODE", a->code);
	tpl_set(t, "NAAM", a->naam);
	tpl_set(t, "NIVEAU_ID", inzet_niveau_ids[n]);
	tpl_set(t, "NIVEAU_LABEL", inzet_niveau_labels[n]);
	tpl_set(t, "UITLEG", inzet_niveau_uitleg[n]);
	if (v->stand.set) {
		struct tpl_dict *s = tpl_section(t, "IZ_SET");
		set_row(req, s, &v->stand.row);
		if (v->stand.van_wijk) {
			struct area w;
			struct tpl_dict *vw = tpl_section(s, "IZ_VAN_WIJK");
			tpl_set(vw, "WIJK", area_get(db_thread(), a->wijk_id, &w) == STORE_OK ? w.naam : "");
		}
	} else {
		tpl_show(t, "IZ_NOT_SET");
	}
	if (v->n_history) {
		struct tpl_dict *h = tpl_section(t, "IZ_HISTORY");
		for (int i = 0; i < v->n_history; i++) {
			struct tpl_dict *r = tpl_section(h, "IZ_ROW");
			set_row(req, r, &v->history[i]);
			if (v->history[i].vanaf > day)
				tpl_show(r, "IZ_TOEKOMST");
		}
	}
	if (!may(req, ACT_WIJK_STEER, a))
		return;
	struct tpl_dict *f = tpl_section(t, "IZ_FORM");
	tpl_set(f, "CSRF_TOKEN", csrf_token(req));
	for (int i = 0; i < INZET__MAX; i++) {
		struct tpl_dict *o = tpl_section(f, "IZ_OPTION");
		tpl_set(o, "ID", inzet_niveau_ids[i]);
		tpl_set(o, "LABEL", inzet_niveau_labels[i]);
		tpl_set(o, "UITLEG", inzet_niveau_uitleg[i]);
		if (kept && kept->niveau && !strcmp(kept->niveau, inzet_niveau_ids[i]))
			tpl_show(o, "IZ_CHECKED");
	}
	tpl_set(f, "VANAF_IN", kept ? kept->vanaf : when_str(&req->arena, DAY_ISO, day));
	tpl_set(f, "REDEN_IN", kept ? kept->reden : "");
	show_errors(f, "IZ", "inzet", errs);
}

/* ---- vertellen ------------------------------------------------------------ */

static void set_entry(struct req *req, struct tpl_dict *t, const struct area *a, const struct vertellen_row *r)
{
	tpl_set(t, "DAG", when_str(&req->arena, DAY_SHORT, r->dag));
	tpl_set(t, "DAG_ISO", when_str(&req->arena, DAY_ISO, r->dag));
	tpl_set(t, "BRON_ID", vertellen_bron_ids[r->bron]);
	tpl_set(t, "BRON_LABEL", vertellen_bron_labels[r->bron]);
	tpl_set(t, "AANLEIDING_LABEL", vertellen_aanleiding_labels[r->aanleiding]);
	tpl_set(t, "TEKST", r->tekst);
	tpl_set(t, "DOOR", r->user_naam[0] ? r->user_naam : "de beheerder (opdrachtregel)");
	if (r->partner_naam[0])
		tpl_set(tpl_section(t, "VT_PARTNER"), "PARTNER", r->partner_naam);
	if (r->area_id != a->id)   /* a buurt's entry on its wijk's profile */
		tpl_set(tpl_section(t, "VT_BUURT"), "BUURT", r->area_naam);
}

/* The VERTELLEN block into t: rows (total in all), and the form (kept input, errors) for who may write. */
static void fill_vertellen(struct req *req, struct tpl_dict *t, const struct area *a, const struct vertellen_row *rows,
			   int n, int64_t total, const struct vertellen_fields *kept, const struct field_errors *errs)
{
	struct inzet_partner *partners = NULL;

	tpl_set(t, "CODE", a->code);
	tpl_set(t, "NAAM", a->naam);
	tpl_set_int(t, "TOTAAL", total);
	if (!total)
		tpl_show(t, "VT_NONE");
	for (int i = 0; i < n; i++)
		set_entry(req, tpl_section(t, "VT_ENTRY"), a, &rows[i]);
	if (!may(req, ACT_WIJK_WRITE, a))
		return;
	struct tpl_dict *f = tpl_section(t, "VT_FORM");
	tpl_set(f, "CSRF_TOKEN", csrf_token(req));
	for (int i = 0; i < BRON__MAX; i++) {
		struct tpl_dict *o = tpl_section(f, "VT_BRON");
		tpl_set(o, "ID", vertellen_bron_ids[i]);
		tpl_set(o, "LABEL", vertellen_bron_labels[i]);
		if (kept && kept->bron && !strcmp(kept->bron, vertellen_bron_ids[i]))
			tpl_show(o, "VT_CHECKED");
	}
	int np = wijk_inzet_partners(db_thread(), &req->arena, &partners);
	for (int i = 0; i < np; i++) {
		struct tpl_dict *o = tpl_section(f, "VT_PARTNER_OPTION");
		tpl_set_int(o, "ID", partners[i].id);
		tpl_set(o, "NAAM", partners[i].naam);
		if (kept && kept->partner && parse_id(kept->partner) == partners[i].id)
			tpl_show(o, "VT_SELECTED");
	}
	for (int i = 0; i < AANL__MAX; i++) {
		struct tpl_dict *o = tpl_section(f, "VT_AANLEIDING");
		tpl_set(o, "ID", vertellen_aanleiding_ids[i]);
		tpl_set(o, "LABEL", vertellen_aanleiding_labels[i]);
		if (kept && kept->aanleiding && !strcmp(kept->aanleiding, vertellen_aanleiding_ids[i]))
			tpl_show(o, "VT_SELECTED");
	}
	tpl_set(f, "DAG_IN", kept ? kept->dag : when_str(&req->arena, DAY_ISO, today()));
	tpl_set(f, "TEKST_IN", kept ? kept->tekst : "");
	show_errors(f, "VT", "vertellen", errs);
}

void inzet_profile_show(struct req *req, struct tpl_dict *d, const struct area *a, int jaar)
{
	struct db *db = db_thread();
	struct inzet_view v;
	struct vertellen_row *rows;
	int n;
	int64_t total;

	(void)jaar;   /* the level in force today and the newest entries, whatever year is in view */
	if (wijk_inzet_read(db, &req->arena, a, today(), &v) != APP_OK)
		log_warn("wijkprofiel %s: the inzetniveau is left out", a->code);
	else
		fill_inzet(req, tpl_include(d, "INZET", "wijkprofiel_inzet.tpl"), a, &v, NULL, NULL);
	if (wijk_vertellen_page(db, &req->arena, a, 0, VERTELLEN_IN_PROFILE, &rows, &n, &total) != APP_OK) {
		log_warn("wijkprofiel %s: the vertellen entries are left out", a->code);
		return;
	}
	struct tpl_dict *t = tpl_include(d, "VERTELLEN", "wijkprofiel_vertellen.tpl");
	fill_vertellen(req, t, a, rows, n, total, NULL, NULL);
	if (total > n) {
		struct tpl_dict *more = tpl_section(t, "VT_MORE");
		tpl_set_int(more, "SHOWN", n);
	}
}

/* ---- JSON --------------------------------------------------------------- */

static cJSON *row_json(const struct inzet_row *r)
{
	cJSON *o = cJSON_CreateObject();
	char day[DAYS_FORMAT_LEN];

	days_format(r->vanaf, day);
	cJSON_AddStringToObject(o, "niveau", inzet_niveau_ids[r->niveau]);
	cJSON_AddStringToObject(o, "label", inzet_niveau_labels[r->niveau]);
	cJSON_AddStringToObject(o, "vanaf", day);
	cJSON_AddStringToObject(o, "reden", r->reden);
	cJSON_AddStringToObject(o, "door", r->user_naam);
	json_add_moment(o, "vastgelegd_op", r->vastgelegd_op);
	return o;
}

static cJSON *entry_json(const struct vertellen_row *r)
{
	cJSON *o = cJSON_CreateObject();
	char day[DAYS_FORMAT_LEN];

	days_format(r->dag, day);
	cJSON_AddNumberToObject(o, "id", (double)r->id);
	cJSON_AddStringToObject(o, "dag", day);
	cJSON_AddStringToObject(o, "gebied", r->area_code);
	cJSON_AddStringToObject(o, "bron", vertellen_bron_ids[r->bron]);
	cJSON_AddStringToObject(o, "bron_label", vertellen_bron_labels[r->bron]);
	if (r->partner_id) {
		cJSON *p = cJSON_AddObjectToObject(o, "partner");
		cJSON_AddNumberToObject(p, "id", (double)r->partner_id);
		cJSON_AddStringToObject(p, "naam", r->partner_naam);
	} else {
		cJSON_AddNullToObject(o, "partner");
	}
	cJSON_AddStringToObject(o, "aanleiding", vertellen_aanleiding_ids[r->aanleiding]);
	cJSON_AddStringToObject(o, "aanleiding_label", vertellen_aanleiding_labels[r->aanleiding]);
	cJSON_AddStringToObject(o, "tekst", r->tekst);
	cJSON_AddStringToObject(o, "door", r->user_naam);
	json_add_moment(o, "vastgelegd_op", r->vastgelegd_op);
	return o;
}

void inzet_profile_json(struct req *req, cJSON *obj, const struct area *a, int jaar)
{
	struct db *db = db_thread();
	struct inzet_view v;
	struct vertellen_row *rows;
	int n;
	int64_t total;

	(void)jaar;
	if (wijk_inzet_read(db, &req->arena, a, today(), &v) != APP_OK) {
		log_warn("wijkprofiel %s: the inzetniveau is left out of the JSON", a->code);
	} else {
		enum inzet_niveau niveau = v.stand.set ? v.stand.row.niveau : INZET_BASIS;
		cJSON *iz = cJSON_AddObjectToObject(obj, "inzetniveau");
		cJSON_AddStringToObject(iz, "niveau", inzet_niveau_ids[niveau]);
		cJSON_AddStringToObject(iz, "label", inzet_niveau_labels[niveau]);
		cJSON_AddStringToObject(iz, "uitleg", inzet_niveau_uitleg[niveau]);
		cJSON_AddBoolToObject(iz, "vastgesteld", v.stand.set);
		cJSON_AddBoolToObject(iz, "van_wijk", v.stand.van_wijk);
		if (v.stand.set)
			cJSON_AddItemToObject(iz, "huidig", row_json(&v.stand.row));
		else
			cJSON_AddNullToObject(iz, "huidig");
		cJSON *h = cJSON_AddArrayToObject(iz, "geschiedenis");
		for (int i = 0; i < v.n_history; i++)
			cJSON_AddItemToArray(h, row_json(&v.history[i]));
	}
	if (wijk_vertellen_page(db, &req->arena, a, 0, VERTELLEN_IN_JSON, &rows, &n, &total) != APP_OK) {
		log_warn("wijkprofiel %s: the vertellen entries are left out of the JSON", a->code);
		return;
	}
	cJSON *vt = cJSON_AddArrayToObject(obj, "vertellen");
	for (int i = 0; i < n; i++)
		cJSON_AddItemToArray(vt, entry_json(&rows[i]));
	cJSON_AddNumberToObject(obj, "vertellen_totaal", (double)total);
}

/* ---- the pages ------------------------------------------------------------ */

/* The area of the path for action, or the refusal's status in *status. */
static int load(struct req *req, enum action action, struct area *a, int *status)
{
	enum app_result r = wijk_load_for(db_thread(), http_actor(req), input_text(req, "code"), action, a);

	if (r == APP_OK)
		return 0;
	*status = http_refused(req, r, &refusal);
	return -1;
}

static int inzet_page(struct req *req, const struct area *a, const struct inzet_fields *kept,
		      const struct field_errors *errs, int status)
{
	struct inzet_view v;

	if (wijk_inzet_read(db_thread(), &req->arena, a, today(), &v) != APP_OK)
		return http_unavailable(req, NULL);
	struct tpl_dict *d = page_new(req, arena_printf(&req->arena, "Inzetniveau %s", a->naam), "wijkprofiel_inzet.tpl");
	tpl_show(d, "PAGINA");
	fill_inzet(req, d, a, &v, kept, errs);
	return page_send(req, status);
}

int handle_wijk_inzet(struct req *req)
{
	struct area a;
	int status;

	if (load(req, ACT_WIJK_READ, &a, &status) < 0)
		return status;
	return inzet_page(req, &a, NULL, NULL, 200);
}

int handle_wijk_inzet_set(struct req *req)
{
	struct db *db = db_thread();
	struct area a;
	struct field_errors errs;
	int status;
	int64_t id;
	struct inzet_fields in = {
		.niveau = input_text(req, "niveau"), .vanaf = input_text(req, "vanaf"), .reden = input_text(req, "reden"),
	};

	if (load(req, ACT_WIJK_STEER, &a, &status) < 0)
		return status;
	enum app_result r = wijk_inzet_set(db, &req->arena, http_actor(req), &a, &in, &errs, &id);
	if (r == APP_OK)
		return http_redirect(req, arena_printf(&req->arena, "/wijken/%s#inzet", a.code));
	if (r != APP_INVALID)
		return http_refused(req, r, &refusal);
	in.niveau = in.niveau ? in.niveau : "";
	in.vanaf = in.vanaf ? in.vanaf : "";
	in.reden = in.reden ? in.reden : "";
	return inzet_page(req, &a, &in, &errs, 422);
}

/* page: of the list (the form's answer shows the first). */
static int vertellen_page(struct req *req, const struct area *a, int page, const struct vertellen_fields *kept,
			  const struct field_errors *errs, int status)
{
	struct vertellen_row *rows;
	int n;
	int64_t total;

	if (wijk_vertellen_page(db_thread(), &req->arena, a, pager_offset(page, JSON_PER_PAGE), JSON_PER_PAGE, &rows, &n,
				&total) != APP_OK)
		return http_unavailable(req, NULL);
	struct tpl_dict *d = page_new(req, arena_printf(&req->arena, "Vertellen %s", a->naam), "wijkprofiel_vertellen.tpl");
	tpl_show(d, "PAGINA");
	fill_vertellen(req, d, a, rows, n, total, kept, errs);
	if (total > JSON_PER_PAGE)
		pager_render(d, arena_printf(&req->arena, "/wijken/%s/vertellen?", a->code), page, JSON_PER_PAGE, total);
	return page_send(req, status);
}

int handle_wijk_vertellen(struct req *req)
{
	struct area a;
	int status;

	if (load(req, ACT_WIJK_READ, &a, &status) < 0)
		return status;
	return vertellen_page(req, &a, pager_page(req), NULL, NULL, 200);
}

static void vertellen_input(struct req *req, struct vertellen_fields *in)
{
	in->dag = input_text(req, "dag");
	in->bron = input_text(req, "bron");
	in->partner = input_text(req, "partner");
	in->aanleiding = input_text(req, "aanleiding");
	in->tekst = input_text(req, "tekst");
}

int handle_wijk_vertellen_add(struct req *req)
{
	struct area a;
	struct field_errors errs;
	struct vertellen_fields in;
	int status;
	int64_t id;

	if (load(req, ACT_WIJK_WRITE, &a, &status) < 0)
		return status;
	vertellen_input(req, &in);
	enum app_result r = wijk_vertellen_add(db_thread(), &req->arena, http_actor(req), &a, &in, &errs, &id);
	if (r == APP_OK)
		return http_redirect(req, arena_printf(&req->arena, "/wijken/%s#vertellen", a.code));
	if (r != APP_INVALID)
		return http_refused(req, r, &refusal);
	in.dag = in.dag ? in.dag : "";
	in.tekst = in.tekst ? in.tekst : "";
	return vertellen_page(req, &a, 1, &in, &errs, 422);
}

int handle_api_wijk_vertellen_add(struct req *req)
{
	struct db *db = db_thread();
	struct area a;
	struct field_errors errs;
	struct vertellen_fields in;
	struct vertellen_row row;
	int status;
	int64_t id;

	if (load(req, ACT_WIJK_WRITE, &a, &status) < 0)
		return status;
	if (!input_json_body(req, &status))
		return status;
	if (input_errors(req)->n)
		return http_json_field_errors(req, input_errors(req));
	vertellen_input(req, &in);
	enum app_result r = wijk_vertellen_add(db, &req->arena, http_actor(req), &a, &in, &errs, &id);
	if (r == APP_INVALID)
		return http_json_field_errors(req, &errs);
	if (r != APP_OK)
		return http_refused(req, r, &refusal);
	if (wijk_vertellen_get(db, &req->arena, id, &row) != STORE_OK)
		return http_unavailable(req, NULL);
	http_add_header(req, "Location", arena_printf(&req->arena, "/wijken/%s/vertellen", a.code));
	return http_json(req, 201, entry_json(&row));
}
