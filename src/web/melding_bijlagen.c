/*
 * melding_bijlagen.c - captions and capture moments of a melding's
 * attachments (see melding_bijlagen.h). A caption that comes back with an
 * error gets a page of its own with the text kept, so the melding page
 * stays the melding page.
 */
#include "web/melding_bijlagen.h"
#include "app/bijlagen.h"
#include "app/meldingen.h"
#include "auth/policy.h"
#include "db/db.h"
#include "domain/fields.h"
#include "http/http.h"
#include "render/form.h"
#include "render/page.h"
#include "render/tpl.h"
#include "render/when.h"
#include "store/melding.h"
#include "web/meldingen.h"

#include <string.h>

static const char NIETS_GEWIJZIGD[] =
	"De database antwoordt niet. Probeer het over een minuut opnieuw. Er is niets gewijzigd.";

static const struct refusal bijlage_refusal = {
	.not_found_title = "Bestand niet gevonden",
	.not_found_text = "Dit bestand hoort niet bij deze melding.",
	.forbidden_text = "U mag dit niet doen met deze melding.",
	.unavailable_text = NIETS_GEWIJZIGD,
};

/* The caption, the capture moment and (form: the field's id) the caption form into b; the form's dictionary. */
static struct tpl_dict *fill(struct req *req, struct tpl_dict *b, const struct melding *m, const struct attachment *att,
		 const char *form, const char *value)
{
	tpl_set_int(b, "ID", m->id);
	tpl_set_int(b, "BIJLAGE_ID", att->id);
	if (att->bijschrift && att->bijschrift[0])
		tpl_set(tpl_section(b, "TEKST"), "BIJSCHRIFT", att->bijschrift);
	if (att->opgenomen_op > 0) {
		struct tpl_dict *g = tpl_section(b, "GEMAAKT");
		tpl_set(g, "OP", when_str(&req->arena, WHEN_MINUTE, att->opgenomen_op));
		tpl_set(g, "OP_ISO", when_str(&req->arena, WHEN_ISO, att->opgenomen_op));
	}
	if (!form)
		return NULL;
	struct tpl_dict *f = tpl_section(b, "FORM");
	tpl_set(f, "CSRF_TOKEN", csrf_token(req));
	tpl_set(f, "VELD_ID", form);
	tpl_set(f, "WAARDE", value);
	tpl_set(f, "KNOP", att->bijschrift && att->bijschrift[0] ? "Bijschrift wijzigen" : "Bijschrift toevoegen");
	return f;
}

void melding_bijlage_show(struct req *req, struct tpl_dict *item, const struct melding *m,
			  const struct attachment *att)
{
	struct tpl_dict *b = tpl_include(item, "BIJSCHRIFT", "melding_bijschrift.tpl");
	struct scope sc;

	melding_scope(http_actor(req), m, &sc);
	int may = policy_check(http_actor(req), ACT_MELDING_HANDLE, &sc) == VERDICT_ALLOW;
	fill(req, b, m, att, may ? arena_printf(&req->arena, "bijschrift-%lld", (long long)att->id) : NULL,
	     att->bijschrift);
}

/* ---- POST /meldingen/{id}/bijlagen/{bijlage}/bijschrift ---- */

const struct field_spec melding_bijschrift_fields[] = {
	FIELD_PATH("id", FT_KEY),
	FIELD_PATH("bijlage", FT_ID),
	/* Longer than BIJSCHRIFT_MAX: app/bijlagen.c says beside the field that it is too long. */
	{ .name = "bijschrift", .from = IN_FORM, .type = FT_TEXT, .max = 8000 },
	FIELDS_END
};

int handle_melding_bijschrift(struct req *req)
{
	struct db *db = db_thread();
	const struct actor *who = http_actor(req);
	struct field_errors errs;
	struct attachment att;
	struct melding m;
	int64_t id = input_num(req, "bijlage");
	const char *tekst = input_text(req, "bijschrift");
	enum app_result r = melding_load_for(db, &req->arena, who, input_text(req, "id"), ACT_MELDING_HANDLE, &m);

	if (r != APP_OK)
		return http_refused(req, r, &melding_page_refusal);
	r = bijlage_bijschrift(db, who, &m, id, tekst, &errs);
	if (r == APP_OK)
		return http_redirect(req, arena_printf(&req->arena, "/meldingen/%lld#bijlage-%lld", (long long)m.id,
							(long long)id));
	if (r != APP_INVALID)
		return http_refused(req, r, r == APP_NOT_FOUND ? &bijlage_refusal : &melding_page_refusal);
	/* The form again, on a page of its own, with what was typed and why it was refused. */
	enum store_result s = attachment_get(db, &req->arena, id, &att);
	if (s != STORE_OK || att.melding_id != m.id)
		return http_refused(req, s == STORE_ERROR ? APP_UNAVAILABLE : APP_NOT_FOUND, &bijlage_refusal);
	struct tpl_dict *d = page_new(req, arena_printf(&req->arena, "Bijschrift bij %s", att.bestandsnaam),
				      "melding_bijschrift.tpl");
	struct tpl_dict *p = tpl_section(d, "PAGINA");
	tpl_set(p, "REFERENTIE", m.referentie);
	tpl_set(p, "NAAM", att.bestandsnaam);
	struct tpl_dict *fd = fill(req, d, &m, &att, "bijschrift", tekst);
	tpl_show(fd, "OPEN");
	struct form f = FORM_INIT(fd);
	form_error(&f, "bijschrift", errs.n ? errs.e[0].message : "Controleer het bijschrift.");
	return page_send(req, 422);
}
