/*
 * melder_tevredenheid.c - the satisfaction question on the melder's status
 * page (web/melder.h: tevredenheid_status_show(), the {{>TEVREDENHEID}}
 * include) and its POST /melding/status/{token}/tevredenheid. Once the
 * melding is closed the page asks for a 1-5 score and an optional text;
 * once answered it thanks and shows the answer. The POST answers with a
 * redirect to the status page (POST/redirect/GET); bad input comes back on
 * a page of its own with the input kept and a message per field (422).
 */
#include "app/tevredenheid.h"
#include "auth/secret.h"
#include "db/db.h"
#include "http/http.h"
#include "http/input.h"
#include "render/page.h"
#include "render/tpl.h"
#include "store/melding.h"
#include "web/melder.h"
#include "web/web.h"

#include <string.h>


const struct field_spec melding_tevredenheid_fields[] = {
	FIELD_PATH("token", FT_TEXT),
	{ .name = "score", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "tekst", .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};

/* The question: five radio buttons with their words, the one chosen checked, the text as typed. */
static struct tpl_dict *show_question(struct req *req, struct tpl_dict *t, const char *token, const char *score,
				      const char *tekst)
{
	struct tpl_dict *q = tpl_section(t, "VRAAG");

	tpl_set(t, "TOKEN", token);
	tpl_set(q, "CSRF_TOKEN", csrf_token(req));
	for (int s = TEVREDENHEID_MIN; s <= TEVREDENHEID_MAX; s++) {
		struct tpl_dict *o = tpl_section(q, "SCORE");
		char v[2] = { (char)('0' + s), '\0' };
		tpl_set(o, "VALUE", v);
		tpl_set(o, "LABEL", tevredenheid_label(s));
		if (score && !strcmp(score, v))
			tpl_show(o, "CHECKED");
	}
	tpl_set(q, "TEKST", tekst ? tekst : "");
	return q;
}

static void show_answer(struct tpl_dict *t, const struct tevredenheid *a)
{
	struct tpl_dict *g = tpl_section(t, "GEGEVEN");

	tpl_set_int(g, "SCORE", a->score);
	tpl_set(g, "LABEL", tevredenheid_label(a->score));
	if (a->tekst[0])
		tpl_set(tpl_section(g, "TV_TEKST"), "TEKST", a->tekst);
	if (a->verzoek && a->besluit < 0)
		tpl_show(g, "VERZOEK");
}

void tevredenheid_status_show(struct req *req, struct tpl_dict *d, const struct melding *m, const char *token)
{
	struct tevredenheid a;

	/* Asked only of a closed melding: an open one is still being worked on. */
	if (m->status != MS_AFGESLOTEN)
		return;
	enum app_result r = tevredenheid_van(db_thread(), &req->arena, m, &a);
	if (r == APP_UNAVAILABLE || r == APP_FORBIDDEN)
		return;   /* the rest of the page still helps; the question waits for a next visit */
	struct tpl_dict *t = tpl_include(d, "TEVREDENHEID", "melding_status_tevredenheid.tpl");
	if (r == APP_OK)
		show_answer(t, &a);
	else
		show_question(req, t, token, NULL, NULL);
}

int handle_melding_tevredenheid(struct req *req)
{
	const char *token = input_text(req, "token");
	const char *score = input_text(req, "score"), *tekst = input_text(req, "tekst");
	struct db *db = db_thread();
	struct melding m;
	struct field_errors errs;

	int status = melder_melding(req, &m);
	if (status)
		return status;

	enum app_result r = tevredenheid_geven(db, &req->arena, http_actor(req), &m, score, tekst, &errs);
	if (r == APP_OK)
		return http_redirect(req, arena_printf(&req->arena, "/melding/status/%s#tevredenheid", token));
	if (r != APP_INVALID)
		return http_unavailable(req, "Uw antwoord is niet opgeslagen. Probeer het over een paar minuten opnieuw.");

	struct tpl_dict *d = page_new(req, "Uw melding", "melding_status_tevredenheid.tpl");
	tpl_show(d, "PAGINA");
	tpl_set(d, "REFERENTIE", m.referentie);
	/*
	 * The messages beside the fields and in the question's own summary
	 * (TV_ERRORS: a section is looked up in the including page too, so the
	 * part keeps clear of form.h's ERRORS).
	 */
	struct tpl_dict *q = show_question(req, d, token, score, tekst), *sum = tpl_section(q, "TV_ERRORS");
	for (int i = 0; i < errs.n; i++) {
		const char *field = errs.e[i].field;
		const char *id = !strcmp(field, "melding") ? "tevredenheid-melding"
				 : !strcmp(field, "score") ? "tevredenheid-score" : "tevredenheid-tekst";
		struct tpl_dict *item = tpl_section(sum, "TV_ERROR_ITEM");
		tpl_set(item, "FIELD_ID", id);
		tpl_set(item, "MSG", errs.e[i].message);
		tpl_set(tpl_section(q, !strcmp(id, "tevredenheid-melding") ? "TEVREDENHEID_MELDING_ERROR"
					: !strcmp(id, "tevredenheid-score") ? "TEVREDENHEID_SCORE_ERROR"
									   : "TEVREDENHEID_TEKST_ERROR"),
			"MSG", errs.e[i].message);
	}
	return page_send(req, 422);
}
