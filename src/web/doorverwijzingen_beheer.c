/*
 * doorverwijzingen_beheer.c - the answer term per kind of partner
 * organisation (GET/POST /beheer/partners/termijnen): how many werkdagen a
 * partner has to answer a referral, 5 unless the beheerder sets another;
 * with the two routes' field specs.
 *
 * A referral fixes its due day when it is sent, so a change here counts
 * for referrals sent afterwards, as the page says. Saving is
 * referral_terms_save() (app/referrals.h): every changed term one audit
 * row, in the transaction that changes it.
 */
#include "app/referrals.h"
#include "auth/csrf.h"
#include "db/db.h"
#include "web/beheer.h"
#include "web/doorverwijzingen.h"
#include "http/http.h"
#include "render/form.h"
#include "render/page.h"
#include "render/tpl.h"
#include "render/when.h"

/* The confirmation after saving (?klaar=, as the save redirects); another word shows none. */
static const char *const klaar_ids[] = { "opgeslagen", "ongewijzigd", NULL };
static const char *const klaar_texts[] = {
	"De antwoordtermijnen zijn opgeslagen. Ze gelden voor doorverwijzingen die vanaf nu worden verstuurd.",
	"Er was niets veranderd.",
};

const struct field_spec beheer_termijnen_fields[] = {
	{ .name = "klaar", .from = IN_QUERY, .type = FT_ENUM, .max = 2, .choices = klaar_ids },
	FIELDS_END
};

/*
 * One field per kind, "termijn-<partner_soort_ids[k]>" as
 * referral_term_field() names it for the form and the save (a name that
 * drifted apart would be logged as a read of an undeclared field). As
 * typed (" 7 " is 7): referral_terms_save() says beside the field what is
 * wrong.
 */
#define TERM(k, id) [k] = { .name = "termijn-" id, .from = IN_FORM, .type = FT_TEXT }
const struct field_spec beheer_termijnen_save_fields[PARTNER__MAX + 1] = {
	TERM(PARTNER_SOCIAAL_WIJKTEAM, "sociaal_wijkteam"),
	TERM(PARTNER_GGZ, "ggz"),
	TERM(PARTNER_ZORG, "zorg"),
	TERM(PARTNER_POLITIE, "politie"),
	TERM(PARTNER_GEMEENTE, "gemeente"),
	TERM(PARTNER_BUURTBEMIDDELING, "buurtbemiddeling"),
	TERM(PARTNER_VEILIGHEIDSHUIS, "veiligheidshuis"),
	TERM(PARTNER_RIEC, "riec"),
	TERM(PARTNER_MAATSCHAPPELIJK_WERK, "maatschappelijk_werk"),
	TERM(PARTNER_SCHULDHULP, "schuldhulp"),
	TERM(PARTNER_OVERIG, "overig"),
	[PARTNER__MAX] = FIELDS_END,
};

/* When and by whom a kind's term was last changed. */
static void show_changed(struct tpl_dict *x, const struct referral_term *t)
{
	char w[WHEN_LEN];

	if (!t->gewijzigd_op)
		return;
	when_format(t->gewijzigd_op, w);
	struct tpl_dict *g = tpl_section(x, "GEWIJZIGD");
	tpl_set(g, "OP", w);
	tpl_set(g, "DOOR", t->gewijzigd_door);
}

/* The page; values[k] is what the field shows (typed, or stored); errs the refused fields (NULL: none). */
static int terms_page(struct req *req, const struct referral_term *t, const char *const values[PARTNER__MAX],
		      const struct field_errors *errs, const char *flash, int status)
{
	struct tpl_dict *d = page_new(req, "Antwoordtermijnen van partners", "doorverwijzing_termijnen.tpl");
	struct form f = FORM_INIT(d);

	if (flash)
		beheer_flash(req, flash);
	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	tpl_set_int(d, "MIN", REFERRAL_TERM_MIN);
	tpl_set_int(d, "MAX", REFERRAL_TERM_MAX);
	for (int k = 0; k < PARTNER__MAX; k++) {
		const char *field = referral_term_field(&req->arena, (enum partner_soort)k);
		const char *msg = errs ? field_error_for(errs, field) : NULL;
		struct tpl_dict *x = tpl_section(d, "TERMIJN");
		tpl_set(x, "FIELD", field);
		tpl_set(x, "SOORT", partner_soort_labels[k]);
		tpl_set(x, "WERKDAGEN", values[k]);
		show_changed(x, &t[k]);
		if (msg) {
			tpl_set(tpl_section(x, "ROW_ERROR"), "MSG", msg);
			form_error(&f, field, arena_printf(&req->arena, "%s: %s", partner_soort_labels[k], msg));
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
	int64_t klaar;
	return terms_page(req, t, values, NULL, input_value(req, "klaar", &klaar) ? klaar_texts[klaar] : NULL, 200);
}

int handle_beheer_termijnen_save(struct req *req)
{
	struct db *db = db_thread();
	struct referral_term t[PARTNER__MAX];
	const char *in[PARTNER__MAX], *values[PARTNER__MAX];
	struct field_errors errs = { 0 };
	int changed = 0;

	if (!db || referral_terms(db, &req->arena, t) < 0)
		return http_unavailable(req, NULL);
	for (int k = 0; k < PARTNER__MAX; k++) {
		in[k] = input_text(req, referral_term_field(&req->arena, (enum partner_soort)k));
		values[k] = in[k] ? in[k] : arena_printf(&req->arena, "%d", t[k].werkdagen);
	}
	enum app_result r = referral_terms_save(db, &req->arena, http_actor(req), t, in, &errs, &changed);
	if (r == APP_INVALID)
		return terms_page(req, t, values, &errs, NULL, 422);
	if (r != APP_OK)
		return http_unavailable(req, NULL);
	return http_redirect(req, changed ? "/beheer/partners/termijnen?klaar=opgeslagen"
				      : "/beheer/partners/termijnen?klaar=ongewijzigd");
}
