/*
 * melden.c - the public overlast form and its confirmation page.
 *
 * The form works on a phone without JavaScript (static/melden.js only
 * adds upload progress). A melding filed answers 303 to its confirmation,
 * GET /melden/ontvangen/{status token} (POST/redirect/GET: a reload files
 * nothing); the same form token sent again goes there too. An expired
 * form comes back with everything kept and a fresh token. A repeat of an
 * open melding of the same melder (domain/dubbel.h) is asked about first. Invalid input comes back
 * with everything kept (files too, see app/intake.h) and a Dutch message per
 * field. Spam defence without third-party CAPTCHAs: a honeypot field, a
 * minimum fill time read from the signed form token, and a per-address
 * limit per hour. The fields of each route are declared here (melden_form_fields,
 * melden_fields; web/web.h) and read typed (http/input.h).
 */
#include "auth/csrf.h"
#include "auth/secret.h"
#include "auth/session.h"
#include "config.h"
#include "auth/policy.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/calendar.h"
#include "domain/days.h"
#include "domain/dubbel.h"
#include "web/melder.h"
#include "web/web.h"
#include "web/intake.h"
#include "http/http.h"
#include "http/input.h"
#include "lib/log.h"
#include "render/form.h"
#include "render/page.h"
#include "render/tpl.h"
#include "store/audit.h"
#include "store/category.h"
#include "store/melding.h"
#include "lib/clock.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define HONEYPOT "website_controle"

/* The public's 503: no talk of databases, and a little more patience asked. */
static const char LATER[] = "Probeer het over een paar minuten opnieuw.";

/* GET /melden: a link may choose the category beforehand (?soort=geluid). */
const struct field_spec melden_form_fields[] = {
	{ .name = "soort", .from = IN_QUERY, .type = FT_TEXT },
	FIELDS_END
};

/* POST /melden: the intake form, the answer to a repeat question, and the honeypot that a person leaves empty. */
const struct field_spec melden_fields[] = {
	INTAKE_FORM_FIELDS,
	{ .name = "dubbel", .from = IN_FORM, .type = FT_TEXT },          /* "nieuw" or "toevoegen" */
	{ .name = "dagboek_van", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "dagboek_ernst", .from = IN_FORM, .type = FT_TEXT },
	{ .name = HONEYPOT, .from = IN_FORM, .type = FT_TEXT },
	{ .name = CSRF_FIELD, .from = IN_FORM, .type = FT_TEXT },   /* without a session: one melding per token */
	FIELDS_END
};

/* GET /melden/ontvangen/{token}: the confirmation; ?opnieuw=1 when the same form came twice. */
const struct field_spec melden_ontvangen_fields[] = {
	{ .name = "token", .from = IN_PATH, .type = FT_TEXT },
	{ .name = "opnieuw", .from = IN_QUERY, .type = FT_TEXT },
	FIELDS_END
};

/* The groups of the category choice, in a tenant's words rather than the pillars' names. */
static const char *const groep_naam[PIJLER__MAX] = {
	[PIJLER_SAMEN_WONEN] = "Overlast en samenleven",
	[PIJLER_SOCIAAL_REPRESSIEF] = "Onveilig of crimineel",
	[PIJLER_SOCIAAL_PREVENTIEF] = "Zorgen om iemand",
	[PIJLER_FYSIEK] = "Woning, gebouw en omgeving",
};
static const enum pijler groep_volgorde[PIJLER__MAX] = {
	PIJLER_SAMEN_WONEN, PIJLER_SOCIAAL_REPRESSIEF, PIJLER_SOCIAAL_PREVENTIEF, PIJLER_FYSIEK,
};

/* Sets the template values for a form (empty or as the melder left it). */
static struct tpl_dict *form_page(struct req *req, int keep)
{
	struct db *db = db_thread();
	struct category cats[CATEGORY_MAX];
	struct tpl_dict *d = page_new(req, "Overlast melden", "melden.tpl");
	const char *chosen = input_text(req, keep ? "categorie" : "soort");
	int n = db ? category_list(db, 1, cats, CATEGORY_MAX) : -1;

	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	/* A select grouped per pillar: one field on a phone instead of fifteen radios. */
	for (int g = 0; g < PIJLER__MAX; g++) {
		struct tpl_dict *grp = NULL;
		for (int i = 0; i < n; i++) {
			if (cats[i].pijler != groep_volgorde[g])
				continue;
			if (!grp) {
				grp = tpl_section(d, "GROEP");
				tpl_set(grp, "GROEP_NAAM", groep_naam[groep_volgorde[g]]);
			}
			struct tpl_dict *c = tpl_section(grp, "CATEGORY");
			tpl_set(c, "CODE", cats[i].code);
			tpl_set(c, "NAAM", cats[i].naam);
			if (chosen && !strcmp(chosen, cats[i].code)) {
				tpl_show(c, "SELECTED");
				tpl_set(d, "GEKOZEN_TOELICHTING", cats[i].toelichting);
			}
		}
	}
	intake_show_form(req, d, keep);
	return d;
}

int handle_melden_form(struct req *req)
{
	form_page(req, 0);
	return page_send(req, 200);
}

/* The question about a repeat: no reference, no link, nothing of the earlier melding (anyone can type an address). */
static void show_dubbel(struct req *req, struct tpl_dict *d, const struct intake_result *res)
{
	struct tpl_dict *q = tpl_section(d, "DUBBEL");
	const char *van = input_text(req, "dagboek_van");
	const char *ernst = input_text(req, "dagboek_ernst");

	tpl_set(q, "DAGBOEK_VAN", van ? van : "");
	for (int i = 1; i <= 5; i++) {
		struct tpl_dict *e = tpl_section(q, "ERNST");
		tpl_set_int(e, "WAARDE", i);
		if (ernst && ernst[0] == '0' + i && !ernst[1])
			tpl_show(e, "CHECKED");
	}
	for (int i = 0; i < res->errs.n; i++) {
		struct tpl_dict *x = tpl_section(q, "DUBBEL_FOUT");
		tpl_set(x, "MSG", res->errs.e[i].message);
	}
	tpl_set_int(q, "DAGEN", DUBBEL_DAGEN);
}

/* The form again with the validator's messages and the files kept. */
static int refill(struct req *req, const struct intake_result *res, const char *notice)
{
	struct tpl_dict *d = form_page(req, 1);
	struct form f = FORM_INIT(d);

	if (res->token_used[0])
		notice = arena_printf(&req->arena, "Met dit formulier verstuurde u al melding %s. "
				      "Wilt u nog iets anders melden? Kijk de melding hieronder na en verstuur haar opnieuw.",
				      res->token_used);
	if (notice) {
		tpl_set(d, "NOTICE", notice);
		tpl_show(d, "NOTICE_MSG");
	}
	if (res->dubbel)
		show_dubbel(req, d, res);
	else
		intake_show_errors(req, &f, res, "Een of meer bestanden konden wij niet ontvangen; zie bij Foto's, video of geluid.");
	intake_show_pending(req, d, res);
	return page_send(req, 422);
}

/*
 * A form refused before validation (honeypot, too fast, too many) or not
 * taken in because the database or the disk failed: keep it all (files of
 * this attempt go with the request).
 */
static int refuse(struct req *req, int status, const char *msg)
{
	struct tpl_dict *d = form_page(req, 1);
	tpl_set(d, "NOTICE", msg);
	tpl_show(d, "NOTICE_MSG");
	/* Files of this attempt were not looked at; earlier ones stay pending. */
	tpl_set(d, "BIJLAGEN_ID", input_text(req, "bijlagen_id"));
	return page_send(req, status);
}

/* Whether this POST carries a good form token (the router let an expired one through: ROUTE_PRECSRF_KEEP). */
static int token_fresh(struct req *req)
{
	return req->session || csrf_check_pre(input_text(req, CSRF_FIELD), http_cookie(req, CSRF_PRE_COOKIE));
}

int handle_melden(struct req *req)
{
	const struct config *cfg = req->cfg;
	struct db *db = db_thread();
	struct intake_request ir = { 0 };
	struct intake_result *res = arena_alloc(&req->arena, sizeof(*res));
	int64_t now = clock_now();

	if (!db)
		return http_unavailable(req, LATER);
	/* Anyone may report; of those logged in, only the roles the matrix lets submit (as the API). */
	if (req->session && policy_route(req->session->role, ACT_MELDING_SUBMIT) != VERDICT_ALLOW) {
		audit_record(db, http_actor(req), "geweigerd", "melding", "", "melding insturen via het formulier");
		return http_error(req, 403, "Geen toegang", "Met deze rol kunt u geen meldingen insturen. "
				  "Wilt u als huurder iets melden? Log dan eerst uit.");
	}
	/*
	 * The limit first: refused attempts count towards it too (app/intake.h),
	 * and one over it writes nothing, so a robot cannot make us write at will.
	 */
	if (!req->session && submit_count_since(db, req->ip, now - 3600) >= cfg->melden_per_ip_hour) {
		audit_record(db_thread(), http_actor(req), "geweigerd", "melding", "", "te veel meldingen van dit adres");
		return refuse(req, 429, "Er zijn in het afgelopen uur te veel meldingen vanaf dit internetadres "
			      "verstuurd. Probeer het over een uur opnieuw, of bel ons.");
	}
	const char *hp = input_text(req, HONEYPOT);
	if (hp && hp[0]) {
		intake_refused(db, http_actor(req));
		return refuse(req, 422, "Laat het veld ‘Laat dit veld leeg’ leeg en verstuur de melding opnieuw.");
	}

	intake_from_form(req, &ir);
	ir.default_kanaal = KANAAL_WEBFORMULIER;
	const char *dubbel = input_text(req, "dubbel");
	ir.dubbel = dubbel && !strcmp(dubbel, "nieuw") ? INTAKE_DUBBEL_NIEUW
		    : dubbel && !strcmp(dubbel, "toevoegen") ? INTAKE_DUBBEL_TOEVOEGEN : INTAKE_DUBBEL_VRAAG;
	ir.dagboek_van = input_text(req, "dagboek_van");
	ir.dagboek_ernst = input_text(req, "dagboek_ernst");

	/* An expired form: nothing is filed, nothing is lost; a fresh token comes with the page. */
	if (!token_fresh(req)) {
		ir.hold = 1;
		intake_submit_form(req, &ir, res);
		return refill(req, res, "Dit formulier stond te lang open en is verlopen. Wij hebben alles bewaard wat u "
			      "invulde, ook uw bestanden. Kijk het na en verstuur de melding opnieuw.");
	}
	if (!req->session) {
		ir.form_token = input_text(req, CSRF_FIELD);
		ir.browser = http_cookie(req, CSRF_PRE_COOKIE);
		/* Too fast, unless it repeats what was filed: a form sent again is answered by its first melding. */
		int64_t age = csrf_pre_age(req);
		ir.too_fast = age >= 0 && age < cfg->melden_min_seconds;
	}

	enum app_result r = intake_submit_form(req, &ir, res);
	if (r == APP_INVALID)
		return refill(req, res, res->too_fast ? "U verstuurde het formulier erg snel. Kijk uw melding nog even na "
				      "en verstuur haar opnieuw." : NULL);
	if (r != APP_OK) {
		/* 503 with everything typed kept, so trying again later costs nothing but a click. */
		http_add_header(req, "Retry-After", "120");
		return refuse(req, 503, "Uw melding is niet opgeslagen, omdat er bij ons iets misging. Uw gegevens staan "
			      "hieronder nog. Kies eventuele bestanden opnieuw en verstuur de melding over een paar minuten nog een keer.");
	}
	if (res->dagboek_id)
		/* Added to the earlier melding: its link stays the melder's secret, this page names nothing of it. */
		return http_redirect(req, "/melden/toegevoegd");
	return http_redirect(req, arena_printf(&req->arena, "/melden/ontvangen/%s%s", res->status_token,
					       res->replay ? "?opnieuw=1" : ""));
}

/* GET /melden/toegevoegd: the addition went to the earlier melding. */
int handle_melden_toegevoegd(struct req *req)
{
	page_new(req, "Aanvulling ontvangen", "melden_toegevoegd.tpl");
	return page_send(req, 200);
}

/* GET /melden/ontvangen/{token}: the confirmation, looked up like the status page; reloading it files nothing. */
int handle_melden_ontvangen(struct req *req)
{
	const char *token = input_text(req, "token");
	struct melding m;
	char bev[CALENDAR_DAY_LEN], ter[CALENDAR_DAY_LEN];

	int status = melder_melding(req, &m);
	if (status)
		return status;

	struct tpl_dict *d = page_new(req, "Melding ontvangen", "melden_ok.tpl");
	calendar_day_weekday(m.due.bevestigen, bev);
	calendar_day_weekday(m.due.terugkoppelen, ter);
	tpl_set(d, "REFERENTIE", m.referentie);
	tpl_set(d, "STATUS_URL", intake_status_url(&req->arena, req->cfg, token));
	tpl_set(d, "STATUS_PATH", arena_printf(&req->arena, "/melding/status/%s", token));
	tpl_set(d, "BEVESTIGEN", bev);
	tpl_set(d, "TERUGKOPPELEN", ter);
	if (!m.anoniem && m.melder_email && m.melder_email[0])
		tpl_show(d, "MAIL_SENT");
	const char *opnieuw = input_text(req, "opnieuw");
	if (opnieuw && !strcmp(opnieuw, "1"))
		tpl_show(d, "AL_ONTVANGEN");
	return page_send(req, 200);
}
