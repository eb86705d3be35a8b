/*
 * privacy.c - the privacy statement and the coördinator's privacy requests
 * (see privacy.h). The routes' field specs are here too.
 *
 * The inzage page and its JSON come from one JSON object built by
 * privacy_inzage(): the page walks it, so both always hold the same.
 */
#include "web/privacy.h"
#include "web/beheer.h"
#include "app/privacy.h"
#include "db/db.h"
#include "domain/fields.h"
#include "http/http.h"
#include "http/json.h"
#include "lib/buf.h"
#include "lib/log.h"
#include "render/form.h"
#include "render/page.h"
#include "render/tpl.h"

#include <cjson/cJSON.h>
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

/* A statement longer than this is not a text file someone meant. */
#define STATEMENT_MAX (256 * 1024)

#define PERSON_FIELDS \
	{ .name = "email", .from = IN_QUERY, .type = FT_TEXT, .max = 300 }, \
	{ .name = "telefoon", .from = IN_QUERY, .type = FT_TEXT, .max = 40 }, \
	{ .name = "postcode", .from = IN_QUERY, .type = FT_TEXT, .max = 20 }, \
	{ .name = "huisnummer", .from = IN_QUERY, .type = FT_TEXT, .max = 20 }, \
	{ .name = "toevoeging", .from = IN_QUERY, .type = FT_TEXT, .max = 20 }

static const char *const flash_codes[] = { "gecorrigeerd", "verwijderd", NULL };
static const char *const flash_texts[] = {
	"De gegevens van de melder zijn verbeterd in al zijn of haar meldingen.",
	"De gegevens van de melder zijn verwijderd. De meldingen zelf blijven, zonder naam en contactgegevens.",
};

const struct field_spec beheer_privacy_fields[] = {
	PERSON_FIELDS,
	BEHEER_FLASH_FIELD(flash_codes),
	FIELDS_END
};

const struct field_spec beheer_privacy_inzage_fields[] = {
	PERSON_FIELDS,
	FIELDS_END
};

const struct field_spec beheer_privacy_correct_fields[] = {
	{ .name = "email", .from = IN_FORM, .type = FT_TEXT, .max = 300 },
	{ .name = "telefoon", .from = IN_FORM, .type = FT_TEXT, .max = 40 },
	{ .name = "naam", .from = IN_FORM, .type = FT_TEXT, .max = 400 },
	{ .name = "nieuw_email", .from = IN_FORM, .type = FT_TEXT, .max = 300 },
	{ .name = "nieuw_telefoon", .from = IN_FORM, .type = FT_TEXT, .max = 40 },
	FIELDS_END
};

const struct field_spec beheer_privacy_erase_fields[] = {
	{ .name = "email", .from = IN_FORM, .type = FT_TEXT, .max = 300 },
	{ .name = "telefoon", .from = IN_FORM, .type = FT_TEXT, .max = 40 },
	{ .name = "bevestigen", .from = IN_FORM, .type = FT_BOOL },
	FIELDS_END
};

static const char *text_or_empty(struct req *req, const char *name)
{
	const char *v = input_text(req, name);

	return v ? v : "";
}

/* ---- the statement ---- */

/* Paragraphs of text, split at empty lines, into PARA sections. */
static void paragraphs(struct req *req, struct tpl_dict *d, const char *text)
{
	const char *p = text;

	while (*p) {
		const char *end = strstr(p, "\n\n");
		size_t n = end ? (size_t)(end - p) : strlen(p);
		while (n && (p[n - 1] == '\n' || p[n - 1] == '\r' || p[n - 1] == ' '))
			n--;
		if (n)
			tpl_set(tpl_section(d, "PARA"), "TEKST", arena_strndup(&req->arena, p, n));
		if (!end)
			break;
		p = end + 2;
		while (*p == '\n' || *p == '\r')
			p++;
	}
}

/* The configured file's text into out; 0, or -1 (logged) when it cannot be read whole. */
static int read_statement(const char *path, struct buf *out)
{
	FILE *f = fopen(path, "r");
	char chunk[4096];
	size_t n;

	if (!f)
		return log_error("privacy: cannot read [privacy] statement_file %s: %s", path, strerror(errno));
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0 && out->len + n <= STATEMENT_MAX)
		buf_add(out, chunk, n);
	int bad = ferror(f) || !feof(f);
	fclose(f);
	return bad ? log_error("privacy: [privacy] statement_file %s is unreadable or above 256 KiB", path) : 0;
}

/* The short statement shown when the corporation configured none: the terms in force are in it. */
static void builtin_statement(struct req *req, struct tpl_dict *d)
{
	const struct config *c = req->cfg;

	tpl_show(d, "BUILTIN");
	tpl_set_int(d, "MELDINGEN_MAANDEN", c->retentie_meldingen_maanden);
	tpl_set_int(d, "DOSSIERS_MAANDEN", c->retentie_dossiers_maanden);
	tpl_set_int(d, "BIJLAGEN_MAANDEN", c->retentie_bijlagen_maanden);
}

int handle_privacy(struct req *req)
{
	const struct config *c = req->cfg;

	if (c->privacy_statement_url[0])
		return http_redirect(req, c->privacy_statement_url);
	struct tpl_dict *d = page_new(req, "Privacyverklaring", "privacy.tpl");
	tpl_set(d, "ORG_NAME", c->organisation);
	struct buf text = BUF_INIT;
	if (c->privacy_statement_file[0] && read_statement(c->privacy_statement_file, &text) == 0)
		paragraphs(req, d, text.buf);
	else
		builtin_statement(req, d);
	buf_release(&text);
	return page_send(req, 200);
}

/* ---- finding the person ---- */

static void read_query(struct req *req, struct privacy_query_in *in)
{
	in->email = input_text(req, "email");
	in->telefoon = input_text(req, "telefoon");
	in->postcode = input_text(req, "postcode");
	in->huisnummer = input_text(req, "huisnummer");
	in->toevoeging = input_text(req, "toevoeging");
}

static void show_terms(struct req *req, struct tpl_dict *d)
{
	const struct config *c = req->cfg;

	tpl_set_int(d, "T_MELDINGEN", c->retentie_meldingen_maanden);
	tpl_set_int(d, "T_DOSSIERS", c->retentie_dossiers_maanden);
	tpl_set_int(d, "T_DOORVERWIJZINGEN", c->retentie_doorverwijzingen_maanden);
	tpl_set_int(d, "T_BIJLAGEN", c->retentie_bijlagen_maanden);
	tpl_set_int(d, "T_MAIL", c->retentie_mail_maanden);
	tpl_set_int(d, "T_SESSIES", c->retentie_sessies_dagen);
	tpl_set_int(d, "T_AUDIT", c->retentie_audit_maanden);
	if (c->retentie_automatisch)
		tpl_show(d, "AUTOMATISCH");
}

/*
 * The beheer page: the search form with what was typed, and when it names
 * a melder (e-mail or phone), the correction and deletion forms for them.
 */
static struct tpl_dict *privacy_page(struct req *req, const struct privacy_query_in *in)
{
	struct tpl_dict *d = page_new(req, "Privacyverzoeken", "beheer_privacy.tpl");

	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	tpl_set(d, "EMAIL", in->email ? in->email : "");
	tpl_set(d, "TELEFOON", in->telefoon ? in->telefoon : "");
	tpl_set(d, "POSTCODE", in->postcode ? in->postcode : "");
	tpl_set(d, "HUISNUMMER", in->huisnummer ? in->huisnummer : "");
	tpl_set(d, "TOEVOEGING", in->toevoeging ? in->toevoeging : "");
	show_terms(req, d);
	return d;
}

static void show_errors(struct tpl_dict *d, const struct field_errors *errs)
{
	struct form f = FORM_INIT(d);

	for (int i = 0; i < errs->n; i++)
		form_error(&f, errs->e[i].field, errs->e[i].message);
}

/* The request forms, when the person is named by e-mail or phone (a melder can be corrected or erased). */
static struct tpl_dict *show_request_forms(struct tpl_dict *d, const struct privacy_query *q)
{
	if (!q->email[0] && !q->telefoon[0])
		return NULL;
	struct tpl_dict *r = tpl_section(d, "VERZOEK");
	tpl_set(r, "Q_EMAIL", q->email);
	tpl_set(r, "Q_TELEFOON", q->telefoon);
	return r;
}

int handle_beheer_privacy(struct req *req)
{
	struct privacy_query_in in;
	struct privacy_query q;
	struct field_errors errs = { 0 };

	read_query(req, &in);
	struct tpl_dict *d = privacy_page(req, &in);
	beheer_flash_sent(req, flash_texts);
	int asked = (in.email && in.email[0]) || (in.telefoon && in.telefoon[0]) || (in.postcode && in.postcode[0]);
	if (!asked)
		return page_send(req, 200);
	if (privacy_query_check(&in, &q, &errs) != APP_OK) {
		show_errors(d, &errs);
		return page_send(req, 422);
	}
	tpl_show(d, "GEVONDEN");
	show_request_forms(d, &q);
	return page_send(req, 200);
}

/* ---- the inzage ---- */

/* "melder_email" -> "Melder email": the JSON key as a label. */
static const char *label_of(struct req *req, const char *key)
{
	char *s = arena_strdup(&req->arena, key);

	for (char *p = s; *p; p++)
		if (*p == '_')
			*p = ' ';
	s[0] = (char)toupper((unsigned char)s[0]);
	return s;
}

static const char *value_of(struct req *req, const cJSON *v)
{
	if (cJSON_IsString(v))
		return v->valuestring;
	if (cJSON_IsNumber(v))
		return arena_printf(&req->arena, "%.0f", v->valuedouble);
	return "";
}

/* One record: its plain fields as FIELD, its lists as SUB with SUBITEM. */
static void show_record(struct req *req, struct tpl_dict *item, const cJSON *obj)
{
	const cJSON *f;

	cJSON_ArrayForEach(f, obj) {
		if (cJSON_IsArray(f)) {
			struct tpl_dict *sub = tpl_section(item, "SUB");
			tpl_set(sub, "TITLE", label_of(req, f->string));
			tpl_set_int(sub, "COUNT", cJSON_GetArraySize(f));
			const cJSON *row;
			cJSON_ArrayForEach(row, f) {
				struct tpl_dict *si = tpl_section(sub, "SUBITEM");
				const cJSON *g;
				cJSON_ArrayForEach(g, row) {
					struct tpl_dict *fd = tpl_section(si, "FIELD");
					tpl_set(fd, "LABEL", label_of(req, g->string));
					tpl_set(fd, "VALUE", value_of(req, g));
				}
			}
			continue;
		}
		if (cJSON_IsNull(f) || (cJSON_IsString(f) && !f->valuestring[0]))
			continue;
		struct tpl_dict *fd = tpl_section(item, "FIELD");
		tpl_set(fd, "LABEL", label_of(req, f->string));
		tpl_set(fd, "VALUE", value_of(req, f));
	}
}

static const struct {
	const char *key, *title;
} parts[] = {
	{ "meldingen_als_melder", "Meldingen die deze persoon deed" },
	{ "meldingen_over_adres", "Meldingen van anderen over dit adres (zonder gegevens van die melders)" },
	{ "dossiers_over_adres", "Dossiers over dit adres" },
	{ "account", "Account" },
};

static void show_inzage(struct req *req, struct tpl_dict *d, const cJSON *root)
{
	for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++) {
		const cJSON *arr = cJSON_GetObjectItemCaseSensitive(root, parts[i].key);
		struct tpl_dict *p = tpl_section(d, "PART");
		tpl_set(p, "TITLE", parts[i].title);
		tpl_set_int(p, "COUNT", cJSON_GetArraySize(arr));
		if (!cJSON_GetArraySize(arr))
			tpl_show(p, "NONE");
		const cJSON *obj;
		cJSON_ArrayForEach(obj, arr)
			show_record(req, tpl_section(p, "ITEM"), obj);
	}
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, "verzoek");
	tpl_set(d, "GEMAAKT_OP", value_of(req, cJSON_GetObjectItemCaseSensitive(v, "gemaakt_op")));
}

/* Runs the inzage for the query; NULL after answering (422 form, or 503). */
static cJSON *inzage(struct req *req, int json, int *status)
{
	struct privacy_query_in in;
	struct privacy_query q;
	struct field_errors errs = { 0 };
	cJSON *root = NULL;

	read_query(req, &in);
	if (privacy_query_check(&in, &q, &errs) != APP_OK) {
		if (json) {
			*status = http_json_field_errors(req, &errs);
		} else {
			show_errors(privacy_page(req, &in), &errs);
			*status = page_send(req, 422);
		}
		return NULL;
	}
	struct db *db = db_thread();
	enum app_result r = db ? privacy_inzage(db, &req->arena, http_actor(req), &q, &root) : APP_UNAVAILABLE;
	if (r != APP_OK) {
		*status = http_unavailable(req, NULL);
		return NULL;
	}
	return root;
}

int handle_beheer_privacy_inzage(struct req *req)
{
	int status;
	cJSON *root = inzage(req, 0, &status);

	if (!root)
		return status;
	struct tpl_dict *d = page_new(req, "Inzage persoonsgegevens", "privacy_inzage.tpl");
	tpl_set(d, "ORG_NAME", req->cfg->organisation);
	show_inzage(req, d, root);
	cJSON_Delete(root);
	return page_send(req, 200);
}

int handle_beheer_privacy_inzage_json(struct req *req)
{
	int status;
	cJSON *root = inzage(req, 1, &status);

	if (!root)
		return status;
	http_add_header(req, "Content-Disposition", "attachment; filename=\"inzage.json\"");
	return http_json(req, 200, root);
}

/* ---- correction and deletion ---- */

/* The person named in a POST (hidden fields of the forms), checked; APP_INVALID fills errs. */
static enum app_result posted_person(struct req *req, struct privacy_query_in *in, struct privacy_query *q,
				     struct field_errors *errs)
{
	memset(in, 0, sizeof(*in));
	in->email = input_text(req, "email");
	in->telefoon = input_text(req, "telefoon");
	return privacy_query_check(in, q, errs);
}

/* The beheer page again with the request forms, what was typed and the messages. */
static int refuse(struct req *req, const struct privacy_query_in *in, const struct privacy_query *q,
		  const struct field_errors *errs, int correcting)
{
	struct tpl_dict *d = privacy_page(req, in);

	show_errors(d, errs);
	struct tpl_dict *r = show_request_forms(d, q);
	if (!r || !correcting)
		return page_send(req, 422);
	tpl_set(r, "NAAM", text_or_empty(req, "naam"));
	tpl_set(r, "NIEUW_EMAIL", text_or_empty(req, "nieuw_email"));
	tpl_set(r, "NIEUW_TELEFOON", text_or_empty(req, "nieuw_telefoon"));
	return page_send(req, 422);
}

int handle_beheer_privacy_correct(struct req *req)
{
	struct privacy_query_in in;
	struct privacy_query q;
	struct field_errors errs = { 0 };
	struct privacy_correction_in c = {
		.naam = text_or_empty(req, "naam"),
		.email = text_or_empty(req, "nieuw_email"),
		.telefoon = text_or_empty(req, "nieuw_telefoon"),
	};
	int64_t changed;

	if (posted_person(req, &in, &q, &errs) != APP_OK)
		return refuse(req, &in, &q, &errs, 1);
	struct db *db = db_thread();
	enum app_result r = db ? privacy_correct(db, &req->arena, http_actor(req), &q, &c, &errs, &changed)
			       : APP_UNAVAILABLE;
	if (r == APP_INVALID)
		return refuse(req, &in, &q, &errs, 1);
	if (r != APP_OK)
		return http_unavailable(req, NULL);
	return http_redirect(req, "/privacyverzoeken?melding=gecorrigeerd");
}

int handle_beheer_privacy_erase(struct req *req)
{
	struct privacy_query_in in;
	struct privacy_query q;
	struct field_errors errs = { 0 };
	int64_t changed;

	if (posted_person(req, &in, &q, &errs) != APP_OK)
		return refuse(req, &in, &q, &errs, 0);
	if (input_num(req, "bevestigen") != 1) {
		field_error_add(&errs, "bevestigen", "Vink aan dat de melder om verwijderen vroeg; dit kan niet ongedaan worden.");
		return refuse(req, &in, &q, &errs, 0);
	}
	struct db *db = db_thread();
	enum app_result r = db ? privacy_erase(db, &req->arena, http_actor(req), &q, &errs, &changed) : APP_UNAVAILABLE;
	if (r == APP_INVALID)
		return refuse(req, &in, &q, &errs, 0);
	if (r != APP_OK)
		return http_unavailable(req, NULL);
	return http_redirect(req, "/privacyverzoeken?melding=verwijderd");
}
