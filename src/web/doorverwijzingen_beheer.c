/*
 * doorverwijzingen_beheer.c - the answer term per kind of partner
 * organisation (GET/POST /beheer/partners/termijnen): how many werkdagen a
 * partner has to answer a referral, 5 unless the beheerder sets another.
 *
 * A referral fixes its due day when it is sent, so a change here counts
 * for referrals sent afterwards, as the page says. Every changed term is
 * one audit row, in the transaction that changes it.
 */
#include "auth/csrf.h"
#include "auth/session.h"
#include "db/db.h"
#include "web/beheer.h"
#include "web/doorverwijzingen.h"
#include "http/http.h"
#include "render/form.h"
#include "render/page.h"
#include "render/tpl.h"
#include "render/when.h"
#include "store/audit.h"
#include "lib/clock.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The form field of a kind: "termijn-sociaal_wijkteam". */
static const char *field_of(struct req *req, int k)
{
	return arena_printf(&req->arena, "termijn-%s", partner_soort_ids[k]);
}

/* The page; values[k] is what the field shows (typed, or stored), msgs[k] its error or NULL. */
static int terms_page(struct req *req, const struct referral_term *t, const char *const values[PARTNER__MAX],
		      const char *const msgs[PARTNER__MAX], const char *flash, int status)
{
	struct tpl_dict *d = page_new(req, "Antwoordtermijnen van partners", "doorverwijzing_termijnen.tpl");
	struct form f = FORM_INIT(d);

	if (flash)
		beheer_flash(req, flash);
	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	tpl_set_int(d, "MIN", REFERRAL_TERM_MIN);
	tpl_set_int(d, "MAX", REFERRAL_TERM_MAX);
	for (int k = 0; k < PARTNER__MAX; k++) {
		struct tpl_dict *x = tpl_section(d, "TERMIJN");
		tpl_set(x, "FIELD", field_of(req, k));
		tpl_set(x, "SOORT", partner_soort_labels[k]);
		tpl_set(x, "WERKDAGEN", values[k]);
		if (t[k].gewijzigd_op) {
			char w[WHEN_LEN];
			when_format(t[k].gewijzigd_op, w);
			struct tpl_dict *g = tpl_section(x, "GEWIJZIGD");
			tpl_set(g, "OP", w);
			tpl_set(g, "DOOR", t[k].gewijzigd_door);
		}
		if (msgs && msgs[k]) {
			tpl_set(tpl_section(x, "ROW_ERROR"), "MSG", msgs[k]);
			form_error(&f, field_of(req, k), arena_printf(&req->arena, "%s: %s", partner_soort_labels[k], msgs[k]));
		}
	}
	return page_send(req, status);
}

int handle_beheer_termijnen(struct req *req)
{
	struct db *db = db_thread();
	struct referral_term t[PARTNER__MAX];
	const char *values[PARTNER__MAX];

	if (!db || referral_terms(db, &req->arena, t) < 0)
		return http_unavailable(req, NULL);
	for (int k = 0; k < PARTNER__MAX; k++)
		values[k] = arena_printf(&req->arena, "%d", t[k].werkdagen);
	const char *klaar = http_query(req, "klaar"), *flash = NULL;
	if (klaar && !strcmp(klaar, "opgeslagen"))
		flash = "De antwoordtermijnen zijn opgeslagen. Ze gelden voor doorverwijzingen die vanaf nu worden verstuurd.";
	else if (klaar && !strcmp(klaar, "ongewijzigd"))
		flash = "Er was niets veranderd.";
	return terms_page(req, t, values, NULL, flash, 200);
}

/* "7" -> 7 within the limits; -1 otherwise. */
static int parse_term(const char *s)
{
	char *end;

	if (!s)
		return -1;
	while (*s == ' ')
		s++;
	if (*s < '0' || *s > '9' || strlen(s) > 6)
		return -1;
	long v = strtol(s, &end, 10);
	while (*end == ' ')
		end++;
	return *end || v < REFERRAL_TERM_MIN || v > REFERRAL_TERM_MAX ? -1 : (int)v;
}

int handle_beheer_termijnen_save(struct req *req)
{
	struct db *db = db_thread();
	struct referral_term t[PARTNER__MAX];
	const char *values[PARTNER__MAX], *msgs[PARTNER__MAX];
	int want[PARTNER__MAX], errors = 0, changed = 0;

	if (!db || referral_terms(db, &req->arena, t) < 0)
		return http_unavailable(req, NULL);
	for (int k = 0; k < PARTNER__MAX; k++) {
		const char *in = http_form(req, field_of(req, k));
		msgs[k] = NULL;
		/* A field left out of the form keeps its term; one sent must be valid. */
		values[k] = in ? in : arena_printf(&req->arena, "%d", t[k].werkdagen);
		want[k] = in ? parse_term(in) : t[k].werkdagen;
		if (want[k] < 0) {
			msgs[k] = arena_printf(&req->arena, "vul een aantal werkdagen in van %d tot en met %d.",
					       REFERRAL_TERM_MIN, REFERRAL_TERM_MAX);
			errors++;
		}
	}
	if (errors)
		return terms_page(req, t, values, msgs, NULL, 422);

	int64_t now = clock_now();
	if (db_begin(db) < 0)
		return http_unavailable(req, NULL);
	for (int k = 0; k < PARTNER__MAX; k++) {
		if (want[k] == t[k].werkdagen)
			continue;
		if (referral_term_set(db, (enum partner_soort)k, want[k], now, req->session->user_id) != STORE_OK ||
		    audit_record(db_thread(), http_actor(req), "gewijzigd", "antwoordtermijn", partner_soort_ids[k],
				 arena_printf(&req->arena, "%d naar %d werkdagen", t[k].werkdagen, want[k])) < 0) {
			db_rollback(db);
			return http_unavailable(req, NULL);
		}
		changed++;
	}
	if (db_commit(db) < 0)
		return http_unavailable(req, NULL);
	return http_redirect(req, changed ? "/beheer/partners/termijnen?klaar=opgeslagen"
				      : "/beheer/partners/termijnen?klaar=ongewijzigd");
}
