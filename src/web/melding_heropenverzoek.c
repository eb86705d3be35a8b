/*
 * melding_heropenverzoek.c - see melding_heropenverzoek.h. The decision
 * itself is app/tevredenheid.h's tevredenheid_besluiten(); a decision that
 * comes back with errors is shown on a page of its own, the input kept.
 */
#include "web/melding_heropenverzoek.h"
#include "app/meldingen.h"
#include "app/tevredenheid.h"
#include "auth/policy.h"
#include "db/db.h"
#include "http/http.h"
#include "render/page.h"
#include "render/tpl.h"
#include "render/when.h"

#include <string.h>

static const struct refusal refusal = {
	.not_found_title = "Melding niet gevonden",
	.not_found_text = "Deze melding bestaat niet, of u heeft er geen toegang toe.",
	.forbidden_text = "U mag niet besluiten over deze melding.",
};

const struct field_spec melding_heropenverzoek_fields[] = {
	FIELD_PATH("id", FT_KEY),
	{ .name = "besluit", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "toelichting", .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};

/* The verzoek, and for who may handle m the form (NULL when not); besluit and toelichting as typed. */
static struct tpl_dict *fill(struct req *req, struct tpl_dict *t, const struct melding *m, const struct tevredenheid *v,
			     const char *besluit, const char *toelichting)
{
	const struct actor *who = http_actor(req);
	struct scope sc;

	tpl_set_int(t, "ID", m->id);
	tpl_set(t, "REFERENTIE", m->referentie);
	tpl_set_int(t, "SCORE", v->score);
	tpl_set(t, "LABEL", tevredenheid_label(v->score));
	tpl_set(t, "GEGEVEN", when_str(&req->arena, WHEN_TEXT, v->gegeven_op));
	tpl_set(t, "GEGEVEN_ISO", when_str(&req->arena, WHEN_ISO, v->gegeven_op));
	if (v->tekst[0])
		tpl_set(tpl_section(t, "HV_TEKST"), "TEKST", v->tekst);
	melding_scope(who, m, &sc);
	if (policy_check(who, ACT_MELDING_HANDLE, &sc) != VERDICT_ALLOW)
		return NULL;
	struct tpl_dict *f = tpl_section(t, "HV_FORM");
	tpl_set(f, "CSRF_TOKEN", csrf_token(req));
	tpl_set(f, "TOELICHTING", toelichting ? toelichting : "");
	if (besluit && !strcmp(besluit, "heropenen"))
		tpl_show(f, "HEROPENEN_CHECKED");
	else if (besluit && !strcmp(besluit, "niet_heropenen"))
		tpl_show(f, "NIET_CHECKED");
	return f;
}

void heropenverzoek_show(struct req *req, struct tpl_dict *d, const struct melding *m)
{
	struct tevredenheid v;

	if (tevredenheid_verzoek_open(db_thread(), &req->arena, m->id, &v) != STORE_OK)
		return;
	fill(req, tpl_include(d, "HEROPENVERZOEK", "melding_heropenverzoek.tpl"), m, &v, NULL, NULL);
}

int handle_melding_heropenverzoek(struct req *req)
{
	struct db *db = db_thread();
	const struct actor *who = http_actor(req);
	const char *besluit = input_text(req, "besluit"), *toelichting = input_text(req, "toelichting");
	struct field_errors errs;
	struct tevredenheid v;
	struct melding m;
	enum app_result r = melding_load_for(db, &req->arena, who, input_text(req, "id"), ACT_MELDING_HANDLE, &m);

	if (r != APP_OK)
		return http_refused(req, r, &refusal);
	r = tevredenheid_besluiten(db, &req->arena, who, req->cfg, &m, besluit, toelichting, &errs);
	if (r == APP_OK)
		return http_redirect(req, arena_printf(&req->arena, "/meldingen/%lld", (long long)m.id));
	if (r != APP_INVALID)
		return http_refused(req, r, &refusal);

	enum store_result sr = tevredenheid_verzoek_open(db, &req->arena, m.id, &v);
	if (sr == STORE_ERROR)
		return http_unavailable(req, NULL);
	if (sr == STORE_NOTFOUND)   /* decided meanwhile: the melding page shows the outcome */
		return http_redirect(req, arena_printf(&req->arena, "/meldingen/%lld", (long long)m.id));
	struct tpl_dict *d = page_new(req, m.referentie, "melding_heropenverzoek.tpl");
	tpl_show(d, "PAGINA");
	struct tpl_dict *f = fill(req, d, &m, &v, besluit, toelichting);
	if (!f)
		return http_refused(req, APP_FORBIDDEN, &refusal);
	/*
	 * The messages beside the fields and in a summary of this block's own
	 * (HV_ERRORS, not form.h's ERRORS: sections are looked up in the
	 * including page too, and the melding page has an ERRORS of its own).
	 */
	struct tpl_dict *sum = tpl_section(f, "HV_ERRORS");
	for (int i = 0; i < errs.n; i++) {
		int t = !strcmp(errs.e[i].field, "toelichting");
		struct tpl_dict *item = tpl_section(sum, "HV_ERROR_ITEM");
		tpl_set(item, "FIELD_ID", t ? "heropenverzoek-toelichting" : "heropenverzoek-besluit");
		tpl_set(item, "MSG", errs.e[i].message);
		tpl_set(tpl_section(f, t ? "HEROPENVERZOEK_TOELICHTING_ERROR" : "HEROPENVERZOEK_BESLUIT_ERROR"), "MSG",
			errs.e[i].message);
	}
	return page_send(req, 422);
}
