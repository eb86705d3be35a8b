/*
 * beheer_brieven.c - the letter templates the beheerder edits
 * (GET /beheer/brieven, POST /beheer/brieven/{soort}): the corporation's
 * letterhead and wording of the waarschuwingsbrief and the sommatiebrief,
 * with {{naam}}-style placeholders that domain/dossier.c fills in as plain
 * text when a case worker makes a letter. A template is checked before it
 * is stored: not empty, not too long, no placeholder the code does not
 * know (a typo would otherwise reach a tenant as "{{nam}}"): app/dossiers.h's
 * dossier_template_save() checks and stores it.
 *
 * The beheerder sees no case content here: only the templates. The input
 * of both routes is declared below (beheer_brieven_fields,
 * beheer_brief_save_fields).
 */
#include "auth/csrf.h"
#include "db/db.h"
#include "web/dossiers.h"
#include "http/http.h"
#include "render/page.h"
#include "render/tpl.h"
#include "render/when.h"
#include "app/dossier_letters.h"
#include "web/dossier_brief.h"

#include <ctype.h>
#include <string.h>
#include <time.h>

/* ---- the letterhead (issue 16) ---- */

static const struct {
	const char *name, *label;
	int max, area;
} hoofd_fields[] = {
	{ "naam", "Naam van de organisatie", 120, 0 },
	{ "adres", "Postadres (straat en huisnummer, postcode en plaats)", 248, 1 },
	{ "telefoon", "Telefoonnummer", 40, 0 },
	{ "email", "E-mailadres", 254, 0 },
	{ "website", "Website", 100, 0 },
};

/* The letterhead's form: as stored, or as typed with errs. -1: the database failed. */
static int letterhead_form(struct req *req, struct db *db, struct tpl_dict *d, const struct field_errors *errs)
{
	struct letterhead h;

	if (letterhead_get(db, &req->arena, &h) != STORE_OK)
		return -1;
	const char *stored[] = { h.naam, h.adres, h.telefoon, h.email, h.website };
	for (size_t i = 0; i < sizeof(hoofd_fields) / sizeof(hoofd_fields[0]); i++) {
		struct tpl_dict *f = tpl_section(d, "HOOFD_FIELD");
		const char *m = errs ? field_error_for(errs, hoofd_fields[i].name) : NULL;
		tpl_set(f, "NAME", hoofd_fields[i].name);
		tpl_set(f, "LABEL", hoofd_fields[i].label);
		tpl_set_int(f, "MAX", hoofd_fields[i].max);
		tpl_set(f, "VALUE", errs ? input_text(req, hoofd_fields[i].name) : stored[i]);
		tpl_show(f, hoofd_fields[i].area ? "AREA" : "LINE");
		if (m)
			tpl_set(tpl_section(f, "ERROR"), "MSG", m);
	}
	if (errs) {
		struct tpl_dict *sum = tpl_section(d, "HOOFD_ERRORS");
		for (int i = 0; i < errs->n; i++) {
			struct tpl_dict *it = tpl_section(sum, "HOOFD_ERROR_ITEM");
			tpl_set(it, "FIELD", errs->e[i].field);
			tpl_set(it, "MSG", errs->e[i].message);
		}
		if (field_error_for(errs, "logo"))
			tpl_set(tpl_section(d, "LOGO_ERROR"), "MSG", field_error_for(errs, "logo"));
	}
	if (h.logo_len) {
		struct tpl_dict *l = tpl_section(d, "HOOFD_LOGO");
		tpl_set(l, "TYPE", h.logo_type);
		tpl_set(l, "DATA", page_base64(&req->arena, h.logo, h.logo_len));
	}
	if (h.gewijzigd_op) {
		char w[WHEN_LEN];
		struct tpl_dict *g = tpl_section(d, "HOOFD_GEWIJZIGD");
		when_format(h.gewijzigd_op, w);
		tpl_set(g, "OP", w);
		tpl_set(g, "DOOR", h.gewijzigd_door);
	}
	return 0;
}

/* The logo the beheerder chose: the first part of field "logo" with content, or NULL. */
static struct upload *chosen_logo(struct req *req, const char **refused)
{
	*refused = NULL;
	for (struct upload *u = req->uploads; u; u = u->next) {
		if (strcmp(u->field, "logo"))
			continue;
		if (u->dropped || u->write_failed) {
			*refused = u->drop_reason ? u->drop_reason : "Dit bestand konden wij nu niet opslaan.";
			return NULL;
		}
		if (u->path && u->size)
			return u;
	}
	return NULL;
}

static int render(struct req *req, int failed, const char *msg, int status, const char *flash,
		  const struct field_errors *hoofd);

/* The letterhead as typed, with its logo (a file part: the route takes uploads). */
const struct field_spec beheer_briefhoofd_fields[] = {
	{ .name = "naam", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "adres", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "telefoon", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "email", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "website", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "logo", .from = IN_FORM, .type = FT_FILE },
	{ .name = "logo_weg", .from = IN_FORM, .type = FT_BOOL },
	FIELDS_END
};

int handle_beheer_briefhoofd(struct req *req)
{
	struct field_errors errs;
	const char *refused;
	struct upload *u = chosen_logo(req, &refused);
	struct letterhead_input in = {
		.naam = input_text(req, "naam"), .adres = input_text(req, "adres"),
		.telefoon = input_text(req, "telefoon"), .email = input_text(req, "email"),
		.website = input_text(req, "website"), .logo_path = u ? u->path : NULL,
		.logo_weg = input_num(req, "logo_weg") == 1,
	};

	if (refused) {
		/* Too big or not kept by the upload stage: nothing is stored, the rest stays as typed. */
		memset(&errs, 0, sizeof(errs));
		field_error_add(&errs, "logo", refused);
		return render(req, -1, NULL, 422, NULL, &errs);
	}
	enum app_result r = letterhead_save(db_thread(), &req->arena, http_actor(req), &in, &errs);
	if (r == APP_INVALID)
		return render(req, -1, NULL, 422, NULL, &errs);
	if (r != APP_OK)
		return http_unavailable(req, "Het briefhoofd is niet opgeslagen. Probeer het over een minuut opnieuw.");
	return http_redirect(req, "/beheer/brieven?klaar=briefhoofd#briefhoofd");
}

/* Every failure of a save: the template stays as it was. */
static const char NIET_OPGESLAGEN[] = "De brief is niet opgeslagen. Probeer het over een minuut opnieuw.";

static int render(struct req *req, int failed, const char *msg, int status, const char *flash,
		  const struct field_errors *hoofd)
{
	struct db *db = db_thread();
	struct tpl_dict *d = page_new(req, "Brieven", "beheer_brieven.tpl");

	if (!db || letterhead_form(req, db, d, hoofd) < 0)
		return http_unavailable(req, NULL);

	if (flash) {
		struct tpl_dict *x = tpl_section(req->page, "FLASH");
		tpl_set(x, "FLASH_KIND", "ok");
		tpl_set(x, "FLASH_TEXT", flash);
	}
	for (int v = 0; v < BV__MAX; v++) {
		struct tpl_dict *p = tpl_section(d, "PLACEHOLDER");
		/* Written from C: in a template file the braces would be a marker. */
		tpl_set(p, "NAAM", arena_printf(&req->arena, "{{%s}}", brief_var_ids[v]));
		tpl_set(p, "UITLEG", brief_var_uitleg[v]);
	}
	for (int s = 0; s < BRIEF__MAX; s++) {
		struct letter_template t;
		struct tpl_dict *b = tpl_section(d, "BRIEF");
		tpl_set(b, "SOORT", brief_soort_ids[s]);
		tpl_set(b, "LABEL", brief_soort_labels[s]);
		char *klein = arena_strdup(&req->arena, brief_soort_labels[s]);
		klein[0] = (char)tolower((unsigned char)klein[0]);
		tpl_set(b, "LABEL_KLEIN", klein);
		if (!db || letter_template_get(db, &req->arena, (enum brief_soort)s, &t) != STORE_OK)
			return http_unavailable(req, NULL);
		if (s == failed) {
			tpl_set(b, "TEKST", input_text(req, "tekst"));
			tpl_set(tpl_section(b, "TEKST_ERROR"), "MSG", msg);
			struct tpl_dict *it = tpl_section(tpl_section(d, "ERRORS"), "ERROR_ITEM");
			tpl_set(it, "FIELD_ID", arena_printf(&req->arena, "%s-tekst", brief_soort_ids[s]));
			tpl_set(it, "MSG", msg);
		} else {
			tpl_set(b, "TEKST", t.tekst);
		}
		if (t.gewijzigd_op) {
			char w[WHEN_LEN];
			struct tpl_dict *g = tpl_section(b, "GEWIJZIGD");
			when_format(t.gewijzigd_op, w);
			tpl_set(g, "OP", w);
			tpl_set(g, "DOOR", t.gewijzigd_door);
		}
	}
	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	return page_send(req, status);
}

/* ?klaar=opgeslagen after a save (an unknown word shows no confirmation). */
static const char *const klaar_ids[] = { "opgeslagen", "briefhoofd", NULL };
static const char *const klaar_texts[] = { "De brief is opgeslagen.", "Het briefhoofd is opgeslagen." };

const struct field_spec beheer_brieven_fields[] = {
	{ .name = "klaar", .from = IN_QUERY, .type = FT_ENUM, .choices = klaar_ids },
	FIELDS_END
};

int handle_beheer_brieven(struct req *req)
{
	int64_t k;
	return render(req, -1, NULL, 200, input_value(req, "klaar", &k) ? klaar_texts[k] : NULL, NULL);
}

/* The template as typed: dossier_template_save() checks it and says why not. */
const struct field_spec beheer_brief_save_fields[] = {
	FIELD_PATH("soort", FT_TEXT),   /* an unknown kind is the handler's own 404 */
	{ .name = "tekst", .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};

int handle_beheer_brief_save(struct req *req)
{
	struct field_errors errs;
	int s = brief_soort_parse(input_text(req, "soort"));

	if (s < 0)
		return http_error(req, 404, "Pagina niet gevonden", "Deze soort brief bestaat niet.");
	enum app_result r = dossier_template_save(db_thread(), &req->arena, http_actor(req), (enum brief_soort)s,
						  input_text(req, "tekst"), &errs);
	if (r == APP_INVALID)
		return render(req, s, field_error_for(&errs, "tekst"), 422, NULL, NULL);
	if (r != APP_OK)
		return http_unavailable(req, NIET_OPGESLAGEN);
	return http_redirect(req, "/beheer/brieven?klaar=opgeslagen");
}
