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

#include <ctype.h>
#include <string.h>
#include <time.h>

/* Every failure of a save: the template stays as it was. */
static const char NIET_OPGESLAGEN[] = "De brief is niet opgeslagen. Probeer het over een minuut opnieuw.";

static int render(struct req *req, int failed, const char *msg, int status, const char *flash)
{
	struct db *db = db_thread();
	struct tpl_dict *d = page_new(req, "Brieven", "beheer_brieven.tpl");

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
static const char *const klaar_ids[] = { "opgeslagen", NULL };

const struct field_spec beheer_brieven_fields[] = {
	{ .name = "klaar", .from = IN_QUERY, .type = FT_ENUM, .choices = klaar_ids },
	FIELDS_END
};

int handle_beheer_brieven(struct req *req)
{
	int64_t k;
	return render(req, -1, NULL, 200, input_value(req, "klaar", &k) ? "De brief is opgeslagen." : NULL);
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
		return render(req, s, field_error_for(&errs, "tekst"), 422, NULL);
	if (r != APP_OK)
		return http_unavailable(req, NIET_OPGESLAGEN);
	return http_redirect(req, "/beheer/brieven?klaar=opgeslagen");
}
