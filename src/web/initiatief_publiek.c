/*
 * initiatief_publiek.c - the public side of the leefbaarheidsfonds: the
 * application form /initiatief, its confirmation and the applicant's
 * private status link.
 *
 * The form has the spam defence of /melden (web/melden.c): the signed
 * pre-session form token (ROUTE_PRECSRF), a honeypot field, a minimum fill
 * time read from the token and the per-address limit of public
 * submissions per hour, which refused attempts count towards too
 * (intake_refused()). Input on error comes back kept with a Dutch message
 * per field (422). A filed application answers 303 to its confirmation
 * (POST/redirect/GET); the status link's token is stored hashed only.
 */
#include "app/initiatief.h"
#include "app/intake.h"
#include "auth/csrf.h"
#include "config.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "http/http.h"
#include "http/input.h"
#include "lib/clock.h"
#include "render/form.h"
#include "render/page.h"
#include "render/tpl.h"
#include "render/when.h"
#include "store/area.h"
#include "store/audit.h"
#include "store/fonds.h"
#include "store/melding.h"
#include "web/initiatieven.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HONEYPOT "website_controle"

static const char LATER[] = "Probeer het over een paar minuten opnieuw.";

/* The fields in the order of the form (the error summary follows it). */
static const char *const FORM_ORDER[] = {
	"titel", "wat", "voor_wie", "buurt", "postcode", "huisnummer", "toevoeging", "waar", "bedrag", "naam",
	"email", "telefoon",
};
#define N_FORM (sizeof(FORM_ORDER) / sizeof(FORM_ORDER[0]))

const struct field_spec initiatief_fields[] = {
	{ .name = "titel", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "wat", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "voor_wie", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "buurt", .from = IN_FORM, .type = FT_TEXT, .max = 32 },
	{ .name = "postcode", .from = IN_FORM, .type = FT_TEXT, .max = 32 },
	{ .name = "huisnummer", .from = IN_FORM, .type = FT_TEXT, .max = 32 },
	{ .name = "toevoeging", .from = IN_FORM, .type = FT_TEXT, .max = 32 },
	{ .name = "waar", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "bedrag", .from = IN_FORM, .type = FT_TEXT, .max = 64 },
	{ .name = "naam", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "email", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "telefoon", .from = IN_FORM, .type = FT_TEXT },
	{ .name = HONEYPOT, .from = IN_FORM, .type = FT_TEXT },
	{ .name = CSRF_FIELD, .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};

const struct field_spec initiatief_token_fields[] = {
	{ .name = "token", .from = IN_PATH, .type = FT_TEXT, .flags = FIELD_REQUIRED },
	FIELDS_END
};

/* The buurten grouped per wijk; a wijk can be chosen as a whole too. */
static void show_buurten(struct tpl_dict *d, struct db *db, const char *chosen)
{
	struct area *areas = NULL;
	int n = db ? area_list(db, &areas) : -1;
	struct tpl_dict *w = NULL;

	for (int i = 0; i < n; i++) {
		if (areas[i].soort == AREA_WIJK) {
			w = tpl_section(d, "WIJK");
			tpl_setf(w, "WIJK_NAAM", "Wijk %s", areas[i].naam);
		} else if (areas[i].soort != AREA_BUURT || !w) {
			continue;
		}
		struct tpl_dict *b = tpl_section(w, "BUURT");
		tpl_set(b, "CODE", areas[i].code);
		if (areas[i].soort == AREA_WIJK)
			tpl_setf(b, "NAAM", "De hele wijk %s", areas[i].naam);
		else
			tpl_set(b, "NAAM", areas[i].naam);
		if (chosen && !strcmp(chosen, areas[i].code))
			tpl_show(b, "SELECTED");
	}
	free(areas);
}

static struct tpl_dict *form_page(struct req *req, int keep)
{
	struct tpl_dict *d = page_new(req, "Geld aanvragen voor een bewonersinitiatief", "initiatief.tpl");

	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	if (keep)
		form_keep(req, d, FORM_ORDER, N_FORM);
	show_buurten(d, db_thread(), keep ? input_text(req, "buurt") : NULL);
	return d;
}

int handle_initiatief_form(struct req *req)
{
	form_page(req, 0);
	return page_send(req, 200);
}

/* The form again, everything kept, with a notice above it. */
static int refuse(struct req *req, int status, const char *msg)
{
	struct tpl_dict *d = form_page(req, 1);
	tpl_set(d, "NOTICE", msg);
	tpl_show(d, "NOTICE_MSG");
	return page_send(req, status);
}

static int refill(struct req *req, const struct field_errors *errs)
{
	struct tpl_dict *d = form_page(req, 1);
	struct form f = FORM_INIT(d);

	for (size_t i = 0; i < N_FORM; i++) {
		const char *msg = field_error_for(errs, FORM_ORDER[i]);
		if (msg)
			form_error(&f, FORM_ORDER[i], msg);
	}
	return page_send(req, 422);
}

int handle_initiatief(struct req *req)
{
	const struct config *cfg = req->cfg;
	struct db *db = db_thread();
	int64_t now = clock_now();
	struct initiatief_ontvangen res;

	if (!db)
		return http_unavailable(req, LATER);
	/* The limit first, as /melden: one over it writes nothing. */
	if (!req->session && submit_count_since(db, req->ip, now - 3600) >= cfg->melden_per_ip_hour) {
		audit_record(db, http_actor(req), "geweigerd", "initiatief", "", "te veel aanvragen van dit adres");
		return refuse(req, 429, "Er zijn in het afgelopen uur te veel formulieren vanaf dit internetadres "
			      "verstuurd. Probeer het over een uur opnieuw, of bel ons.");
	}
	const char *hp = input_text(req, HONEYPOT);
	if (hp && hp[0]) {
		intake_refused(db, http_actor(req));
		return refuse(req, 422, "Laat het veld ‘Laat dit veld leeg’ leeg en verstuur de aanvraag opnieuw.");
	}
	if (!req->session) {
		if (!csrf_check_pre(input_text(req, CSRF_FIELD), http_cookie(req, CSRF_PRE_COOKIE)))
			return refuse(req, 422, "Dit formulier stond te lang open en is verlopen. Wij hebben alles bewaard "
				      "wat u invulde. Kijk het na en verstuur de aanvraag opnieuw.");
		int64_t age = csrf_pre_age(req);
		if (age >= 0 && age < cfg->melden_min_seconds) {
			intake_refused(db, http_actor(req));
			return refuse(req, 422, "U verstuurde het formulier erg snel. Kijk uw aanvraag nog even na en "
				      "verstuur haar opnieuw.");
		}
	}

	struct initiatief_aanvraag in = {
		.in = {
			.titel = input_text(req, "titel"), .wat = input_text(req, "wat"), .waar = input_text(req, "waar"),
			.voor_wie = input_text(req, "voor_wie"), .bedrag = input_text(req, "bedrag"),
			.naam = input_text(req, "naam"), .email = input_text(req, "email"),
			.telefoon = input_text(req, "telefoon"),
		},
		.buurt = input_text(req, "buurt"), .postcode = input_text(req, "postcode"),
		.huisnummer = input_text(req, "huisnummer"), .toevoeging = input_text(req, "toevoeging"),
		.form_token = req->session ? NULL : input_text(req, CSRF_FIELD), .now = now,
	};
	enum app_result r = initiatief_submit(db, &req->arena, http_actor(req), cfg, &in, &res);
	if (r == APP_INVALID && res.token_used[0])
		return refuse(req, 422, arena_printf(&req->arena, "Met dit formulier verstuurde u al aanvraag %s; wij hebben "
						     "er geen tweede van gemaakt. Wilt u nog een aanvraag doen? Kijk het formulier "
						     "hieronder na en verstuur het opnieuw.", res.token_used));
	if (r == APP_INVALID)
		return refill(req, &res.errs);
	if (r != APP_OK) {
		http_add_header(req, "Retry-After", "120");
		return refuse(req, 503, "Uw aanvraag is niet opgeslagen, omdat er bij ons iets misging. Uw gegevens staan "
			      "hieronder nog. Verstuur de aanvraag over een paar minuten nog een keer.");
	}
	return http_redirect(req, arena_printf(&req->arena, "/initiatief/ontvangen/%s", res.status_token));
}

/* The initiative of the path's token, or the answered status. */
static int by_token(struct req *req, struct initiatief *x)
{
	enum app_result r = initiatief_by_status_token(db_thread(), &req->arena, input_text(req, "token"), x);
	if (r == APP_OK)
		return 0;
	if (r == APP_NOT_FOUND)
		return http_error(req, 404, "Aanvraag niet gevonden",
				  "Deze link klopt niet (meer). Controleer of u de hele link heeft overgenomen.");
	return http_unavailable(req, LATER);
}

static void show_contact(struct req *req, struct tpl_dict *d)
{
	if (!req->cfg->telefoon[0] && !req->cfg->email[0])
		return;
	struct tpl_dict *c = tpl_section(d, "CONTACT");
	if (req->cfg->telefoon[0]) {
		struct tpl_dict *t = tpl_section(c, "TELEFOON");
		tpl_set(t, "NUMMER", req->cfg->telefoon);
	}
	if (req->cfg->email[0]) {
		struct tpl_dict *m = tpl_section(c, "MAIL");
		tpl_set(m, "ADRES", req->cfg->email);
	}
}

int handle_initiatief_ontvangen(struct req *req)
{
	struct initiatief x;
	const char *token = input_text(req, "token");
	int status = by_token(req, &x);
	char bedrag[32];

	if (status)
		return status;
	struct tpl_dict *d = page_new(req, "Aanvraag ontvangen", "initiatief_ontvangen.tpl");
	fonds_bedrag(x.bedrag_gevraagd_cent, bedrag);
	tpl_set(d, "REFERENTIE", x.referentie);
	tpl_set(d, "TITEL", x.titel);
	tpl_set(d, "BEDRAG", bedrag);
	tpl_set(d, "STATUS_URL", initiatief_status_url(&req->arena, req->cfg, token));
	tpl_set(d, "STATUS_PATH", arena_printf(&req->arena, "/initiatief/status/%s", token));
	if (x.aanvrager_email[0])
		tpl_show(d, "MAIL_SENT");
	show_contact(req, d);
	return page_send(req, 200);
}

int handle_initiatief_status(struct req *req)
{
	struct initiatief x;
	struct fonds_boeking *rows;
	char buf[32], when[WHEN_LEN];
	int status = by_token(req, &x);

	if (status)
		return status;
	int n = fonds_boekingen(db_thread(), &req->arena, x.id, &rows);
	if (n < 0)
		return http_unavailable(req, LATER);
	struct tpl_dict *d = page_new(req, "Uw aanvraag", "initiatief_status.tpl");
	tpl_set(d, "REFERENTIE", x.referentie);
	tpl_set(d, "TITEL", x.titel);
	tpl_set(d, "STATUS", initiatief_status_labels[x.status]);
	tpl_set(d, "UITLEG", initiatief_status_uitleg[x.status]);
	when_date(x.ingediend_op, when);
	tpl_set(d, "INGEDIEND", when);
	fonds_bedrag(x.bedrag_gevraagd_cent, buf);
	tpl_set(d, "GEVRAAGD", buf);
	if (x.status == INI_TOEGEKEND || x.status == INI_AFGEROND) {
		struct tpl_dict *b = tpl_section(d, "TOEGEKEND");
		fonds_bedrag(x.toegekend_cent, buf);
		tpl_set(b, "BEDRAG", buf);
		fonds_bedrag(x.besteed_cent, buf);
		tpl_set(b, "BETAALD", buf);
		if (x.besluit_reden[0])
			tpl_set(tpl_section(b, "REDEN"), "TEKST", x.besluit_reden);
		/* The payments as the ledger holds them, a correction with its own line. */
		struct tpl_dict *list = NULL;
		for (int i = 0; i < n; i++) {
			if (rows[i].b.soort != BOEKING_BETALING)
				continue;
			if (!list)
				list = tpl_section(b, "BETALINGEN");
			struct tpl_dict *p = tpl_section(list, "BETALING");
			when_date(amsterdam_day_start(rows[i].dag) + 12 * 3600, when);
			tpl_set(p, "DATUM", when);
			fonds_bedrag(rows[i].b.bedrag_cent, buf);
			tpl_set(p, "BEDRAG", buf);
			tpl_set(p, "SOORT", rows[i].b.correctie_van ? "Correctie" : "Betaling");
		}
	}
	if (x.status == INI_AFGEWEZEN)
		tpl_set(tpl_section(d, "AFGEWEZEN"), "REDEN", x.besluit_reden);
	if (x.besloten_op) {
		when_date(x.besloten_op, when);
		tpl_set(tpl_section(d, "BESLOTEN"), "OP", when);
	}
	show_contact(req, d);
	return page_send(req, 200);
}
