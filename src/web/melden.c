/*
 * melden.c - the public overlast form and the melder's status page.
 *
 * The form works on a phone without JavaScript. Invalid input comes back
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

/* POST /melden: the intake form, and the honeypot that a person leaves empty. */
const struct field_spec melden_fields[] = {
	INTAKE_FORM_FIELDS,
	{ .name = HONEYPOT, .from = IN_FORM, .type = FT_TEXT },
	{ .name = CSRF_FIELD, .from = IN_FORM, .type = FT_TEXT },   /* without a session: one melding per token */
	FIELDS_END
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
	for (int i = 0; i < n; i++) {
		struct tpl_dict *c = tpl_section(d, "CATEGORY");
		tpl_set(c, "CODE", cats[i].code);
		tpl_set(c, "NAAM", cats[i].naam);
		tpl_set(c, "TOELICHTING", cats[i].toelichting);
		tpl_setf(c, "ID", "categorie-%d", i);
		if (chosen && !strcmp(chosen, cats[i].code))
			tpl_show(c, "CHECKED");
	}
	intake_show_form(req, d, keep);
	return d;
}

int handle_melden_form(struct req *req)
{
	form_page(req, 0);
	return page_send(req, 200);
}

/* A kept file's size on the public form: "2.4 MB". */
static const char *size_mb(struct req *req, int64_t bytes)
{
	return arena_printf(&req->arena, "%.1f MB", (double)bytes / (1024.0 * 1024.0));
}

/* The form again with the validator's messages and the files kept. */
static int refill(struct req *req, const struct intake_result *res)
{
	struct tpl_dict *d = form_page(req, 1);
	struct form f = FORM_INIT(d);

	if (res->token_used[0]) {
		tpl_set(d, "NOTICE", arena_printf(&req->arena, "Met dit formulier verstuurde u al melding %s. "
						  "Wilt u nog iets anders melden? Kijk de melding hieronder na en verstuur haar opnieuw.",
						  res->token_used));
		tpl_show(d, "NOTICE_MSG");
	}
	intake_show_errors(req, &f, res, "Een of meer bestanden konden wij niet ontvangen; zie bij Foto's, video of geluid.");
	intake_show_pending(req, d, res, size_mb);
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
	if (!req->session) {
		int64_t age = csrf_pre_age(req);
		if (age >= 0 && age < cfg->melden_min_seconds) {
			intake_refused(db, http_actor(req));
			return refuse(req, 422, "U verstuurde het formulier erg snel. Kijk uw melding nog even na en verstuur haar opnieuw.");
		}
	}

	intake_from_form(req, &ir);
	ir.default_kanaal = KANAAL_WEBFORMULIER;
	if (!req->session)
		ir.form_token = input_text(req, CSRF_FIELD);

	enum app_result r = intake_submit_form(req, &ir, res);
	if (r == APP_INVALID)
		return refill(req, res);
	if (r != APP_OK) {
		/* 503 with everything typed kept, so trying again later costs nothing but a click. */
		http_add_header(req, "Retry-After", "120");
		return refuse(req, 503, "Uw melding is niet opgeslagen, omdat er bij ons iets misging. Uw gegevens staan "
			      "hieronder nog. Kies eventuele bestanden opnieuw en verstuur de melding over een paar minuten nog een keer.");
	}

	struct tpl_dict *d = page_new(req, "Melding ontvangen", "melden_ok.tpl");
	char bev[CALENDAR_DAY_LEN], ter[CALENDAR_DAY_LEN];
	calendar_day_weekday(res->due.bevestigen, bev);
	calendar_day_weekday(res->due.terugkoppelen, ter);
	tpl_set(d, "REFERENTIE", res->referentie);
	tpl_set(d, "STATUS_URL", intake_status_url(&req->arena, cfg, res->status_token));
	tpl_set(d, "STATUS_PATH", arena_printf(&req->arena, "/melding/status/%s", res->status_token));
	tpl_set(d, "BEVESTIGEN", bev);
	tpl_set(d, "TERUGKOPPELEN", ter);
	const char *email = input_text(req, "melder_email");
	if (email && email[0] && !(ir.in.anoniem && !strcmp(ir.in.anoniem, "1")))
		tpl_show(d, "MAIL_SENT");
	if (res->replay) {
		tpl_show(d, "AL_ONTVANGEN");
		return page_send(req, 200);
	}
	return page_send(req, 201);
}

static const char *event_label(const char *soort)
{
	static const struct {
		const char *soort, *label;
	} labels[] = {
		{ "ontvangen", "Melding ontvangen" },
		{ "bevestigd", "Ontvangst bevestigd" },
		{ "teruggekoppeld", "Reactie van ons" },
		{ "afgesloten", "Melding afgesloten" },
		{ "heropend", "Melding heropend" },
	};
	for (size_t i = 0; i < sizeof(labels) / sizeof(labels[0]); i++)
		if (!strcmp(labels[i].soort, soort))
			return labels[i].label;
	return "Bijgewerkt";
}

int handle_melding_status(struct req *req)
{
	const char *token = input_text(req, "token");
	struct db *db = db_thread();
	unsigned char hash[32];
	struct melding m;
	struct melding_event *ev;
	char when[MOMENT_FORMAT_LEN], day[CALENDAR_DAY_LEN];

	if (!db)
		return http_unavailable(req, LATER);
	if (!token || strlen(token) > 64)
		return http_error(req, 404, "Melding niet gevonden", "Deze link klopt niet (meer). Controleer of u de hele link heeft overgenomen.");
	secret_token_hash(token, hash);
	enum store_result r = melding_by_token(db, &req->arena, hash, &m);
	if (r == STORE_ERROR)
		return http_unavailable(req, LATER);
	if (r != STORE_OK)
		return http_error(req, 404, "Melding niet gevonden", "Deze link klopt niet (meer). Controleer of u de hele link heeft overgenomen.");

	/* The page shows this melding only: no names of staff, no other meldingen. */
	struct tpl_dict *d = page_new(req, "Uw melding", "melding_status.tpl");
	tpl_set(d, "REFERENTIE", m.referentie);
	tpl_set(d, "STATUS", melding_status_labels[m.status]);
	tpl_set(d, "STATUS_ID", melding_status_ids[m.status]);
	tpl_set(d, "CATEGORIE", m.categorie_naam);
	tpl_set(d, "OMSCHRIJVING", m.omschrijving);
	tpl_set(d, "ADRES", m.adres_tekst);
	calendar_day_weekday(m.ontvangen_dag, day);
	tpl_set(d, "ONTVANGEN", day);
	if (m.bevestigd_op) {
		calendar_day_weekday(m.bevestigd_dag, day);
		tpl_set(tpl_section(d, "BEVESTIGD"), "DAG", day);
	} else {
		calendar_day_weekday(m.due.bevestigen, day);
		tpl_set(tpl_section(d, "BEVESTIGEN_UITERLIJK"), "DAG", day);
	}
	if (!m.teruggekoppeld_op && m.status != MS_AFGESLOTEN) {
		calendar_day_weekday(m.due.terugkoppelen, day);
		tpl_set(tpl_section(d, "TERUGKOPPELEN_UITERLIJK"), "DAG", day);
	}
	int n = melding_events(db, &req->arena, m.id, 1, &ev);
	for (int i = 0; i < n; i++) {
		struct tpl_dict *e = tpl_section(d, "EVENT");
		moment_format_amsterdam(ev[i].op, when);
		calendar_day_weekday(amsterdam_day(ev[i].op), day);
		tpl_set(e, "WANNEER", when);
		tpl_set(e, "DAG", day);
		tpl_set(e, "LABEL", event_label(ev[i].soort));
		if (!strcmp(ev[i].soort, "teruggekoppeld"))
			tpl_set(tpl_section(e, "TEKST"), "TEKST", ev[i].tekst);
	}
	return page_send(req, 200);
}
