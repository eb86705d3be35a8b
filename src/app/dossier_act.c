/*
 * dossier_act.c - every action on a dossier (see dossiers.h:
 * dossier_act()). Each action is a pair of steps in the table below: a
 * check, which reads the input and the database and says what is wrong
 * beside the fields, and a run, which makes the change inside the
 * transaction. What is common to all - the state check before, the
 * dossier's event, the search row and the audit row after - is done once,
 * by dossier_act().
 */
#include "app/dossiers.h"
#include "app/dossier_meldingen.h"
#include "app/dossier_letters.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/calendar.h"
#include "domain/days.h"
#include "domain/melding.h"
#include "lib/arena.h"
#include "lib/buf.h"
#include "lib/clock.h"
#include "lib/parse.h"
#include "store/audit.h"

#include <string.h>

/* Closing may be dated a few minutes ahead of the server's clock. */
#define FUTURE_SLACK 300

static const char DAY_FORMAT[] = "Vul de datum in als JJJJ-MM-DD, bijvoorbeeld 2026-03-02.";

/* One action on its way: the input, the validated plan, and where the answers go. */
struct act {
	struct db *db;
	struct arena *a;
	const struct actor *who;
	struct dossier *d;
	enum dossier_action act;
	const struct dossier_act_input *in;
	struct field_errors *errs;
	struct dossier_act_result *res;
	int64_t now;
	int32_t today;

	/* The plan, filled by the check, carried out by the run. */
	struct melding m;                 /* koppelen, ontkoppelen, negeren */
	const char *tekst, *toelichting, *uitkomst;
	int vertrouwelijk, aan;
	int64_t op;
	int32_t dag, gepland, uitgevoerd;
	struct intervention iv;
	int64_t iv_id;
	struct letter_doc brief_doc;      /* brief */
	struct escalation esc;
	struct dossier_user lid;
	enum dossier_uitkomst einde;
	const char *event, *event_tekst;  /* the dossier's own event, if any */
	int fts;                          /* the search row changes */
	const char *detail;               /* the audit row's detail */
};

/* ---- small helpers ---- */

/* A day typed as YYYY-MM-DD: -1 when absent, -2 when malformed. */
static int32_t day_input(const char *s)
{
	int32_t d;
	if (!s || !s[0])
		return -1;
	return days_parse(s, &d) < 0 ? -2 : d;
}

/* The moment of a note or closing typed as a day: now for today, else noon that day. */
static int64_t moment_of_day(int32_t day, int32_t today, int64_t now)
{
	return day == today ? now : amsterdam_day_start(day) + 12 * 3600;
}

static const char *label_of_day(struct arena *a, int32_t day)
{
	char buf[CALENDAR_DAY_LEN];
	calendar_day_weekday(day, buf);
	return arena_strdup(a, buf);
}

/* Free text of a field into *out; a refusal is said beside the field. */
static void text_field(struct act *x, const char *field, const char *in, size_t max, const char *what,
		       const char **out)
{
	const char *why = dossier_text(x->a, in, max, 1, what, out);
	if (why)
		field_error_add(x->errs, field, why);
}

/* ---- meldingen ---- */

/* koppelen, negeren: a melding who may read, not linked yet (koppelen: of the dossier's wijk too). */
static enum app_result check_new_melding(struct act *x, int same_wijk)
{
	const char *why = NULL;
	enum app_result r = dossier_find_melding(x->db, x->a, x->who, x->in->melding, &x->m, &why);

	if (r == APP_UNAVAILABLE)
		return r;
	if (r == APP_OK && same_wijk)
		why = dossier_same_wijk(x->a, &x->m, x->d->wijk_id, x->d->wijk_naam);
	if (r == APP_OK && !why) {
		int linked = dossier_melding_linked(x->db, x->d->id, x->m.id);
		if (linked < 0)
			return APP_UNAVAILABLE;
		if (linked)
			why = arena_printf(x->a, "Melding %s hoort al bij dit dossier.", x->m.referentie);
	}
	if (why)
		field_error_add(x->errs, "melding", why);
	return APP_OK;
}

static enum app_result check_koppelen(struct act *x)
{
	x->fts = 1;
	return check_new_melding(x, 1);
}

static enum app_result check_negeren(struct act *x)
{
	return check_new_melding(x, 0);
}

/* Unlinking needs no visibility of the melding: it is in this dossier, which who may change. */
static enum app_result check_ontkoppelen(struct act *x)
{
	const char *ref = dossier_ref_clean(x->a, x->in->melding);
	enum store_result r = ref[0] ? melding_by_ref(x->db, x->a, ref, &x->m) : STORE_NOTFOUND;
	int linked;

	if (r == STORE_ERROR)
		return APP_UNAVAILABLE;
	linked = r == STORE_OK ? dossier_melding_linked(x->db, x->d->id, x->m.id) : 0;
	if (linked < 0)
		return APP_UNAVAILABLE;
	if (!ref[0])
		field_error_add(x->errs, "melding", "Vul het nummer van de melding in, bijvoorbeeld M-2026-000123.");
	else if (!linked)
		field_error_add(x->errs, "melding", arena_printf(x->a, "Melding %s hoort niet bij dit dossier.", ref));
	x->fts = 1;
	return APP_OK;
}

static int run_koppelen(struct act *x)
{
	if (dossier_link_one(x->db, x->d->id, &x->m, x->op, x->who->user_id) < 0)
		return -1;
	x->res->melding_ref = x->m.referentie;
	x->detail = arena_printf(x->a, "koppelen %s", x->m.referentie);
	return 0;
}

static int run_ontkoppelen(struct act *x)
{
	int64_t uid = x->who->user_id;

	if (dossier_unlink(x->db, x->d->id, x->m.id) != STORE_OK ||
	    melding_event_add(x->db, x->m.id, x->op, uid, "dossier_ontkoppeld", "Losgekoppeld van een dossier.",
			      0) != STORE_OK ||
	    dossier_event_add(x->db, x->d->id, x->op, uid, "ontkoppeld", x->m.referentie) != STORE_OK)
		return -1;
	x->res->melding_ref = x->m.referentie;
	x->detail = arena_printf(x->a, "ontkoppelen %s", x->m.referentie);
	return 0;
}

static int run_negeren(struct act *x)
{
	if (dossier_set_aside(x->db, x->d->id, x->m.id, x->op, x->who->user_id) != STORE_OK ||
	    dossier_event_add(x->db, x->d->id, x->op, x->who->user_id, "genegeerd", x->m.referentie) != STORE_OK)
		return -1;
	x->res->melding_ref = x->m.referentie;
	return 0;
}

/* ---- the journal ---- */

static enum app_result check_notitie(struct act *x)
{
	const char *why = dossier_text(x->a, x->in->tekst, DOSSIER_NOTE_MAX, 1, "De notitie", &x->tekst);

	if (why)
		field_error_add(x->errs, "tekst", why);
	else if (!x->tekst[0])
		field_error_add(x->errs, "tekst", "Schrijf de notitie.");
	x->dag = day_input(x->in->datum);
	if (x->dag == -2)
		field_error_add(x->errs, "datum", DAY_FORMAT);
	else if (x->dag > x->today)
		field_error_add(x->errs, "datum", "De datum ligt in de toekomst. Noteer wat er al is gebeurd.");
	x->op = x->dag < 0 ? x->now : moment_of_day(x->dag, x->today, x->now);
	x->vertrouwelijk = x->in->vertrouwelijk;
	/* A vertrouwelijke note stays out of the search row: the search would show it to all. */
	x->fts = !x->vertrouwelijk;
	return APP_OK;
}

static int run_notitie(struct act *x)
{
	if (dossier_note_add(x->db, x->d->id, x->op, clock_now(), x->who->user_id, x->tekst, x->vertrouwelijk,
			     &x->res->id) != STORE_OK)
		return -1;
	/* The audit trail records that a note was written, never what it says. */
	x->detail = x->vertrouwelijk ? "notitie (vertrouwelijk)" : "notitie";
	return 0;
}

/* ---- interventions ---- */

static enum app_result check_interventie(struct act *x)
{
	const struct dossier_act_input *in = x->in;
	int s = in->soort && in->soort[0] ? instrument_parse(in->soort) : -1;

	if (s < 0)
		field_error_add(x->errs, "soort", "Kies de interventie uit de lijst.");
	x->gepland = day_input(in->gepland_op);
	x->uitgevoerd = day_input(in->uitgevoerd_op);
	if (x->gepland == -2)
		field_error_add(x->errs, "gepland_op", DAY_FORMAT);
	if (x->uitgevoerd == -2)
		field_error_add(x->errs, "uitgevoerd_op", DAY_FORMAT);
	else if (x->uitgevoerd > x->today)
		field_error_add(x->errs, "uitgevoerd_op", "De datum van uitvoering ligt in de toekomst. "
				"Vul die in als geplande datum.");
	if (x->gepland == -1 && x->uitgevoerd == -1)
		field_error_add(x->errs, "gepland_op", "Vul in wanneer de interventie gepland is of wanneer zij is uitgevoerd.");
	text_field(x, "uitkomst", in->uitkomst, DOSSIER_TEXT_MAX, "De uitkomst", &x->uitkomst);
	text_field(x, "toelichting", in->toelichting, DOSSIER_TEXT_MAX, "De toelichting", &x->toelichting);
	const char *why = intervention_kosten(in->kosten, &x->iv.kosten_cent);
	if (why)
		field_error_add(x->errs, "kosten", why);
	if (x->errs->n)
		return APP_OK;
	x->iv.soort = (enum instrument)s;
	x->iv.gepland_dag = x->gepland < 0 ? -1 : x->gepland;
	x->iv.uitgevoerd_dag = x->uitgevoerd < 0 ? -1 : x->uitgevoerd;
	x->iv.uitkomst = x->uitkomst;
	x->iv.toelichting = x->toelichting;
	x->iv.user_id = x->who->user_id;
	x->iv.tijdlijn_op = moment_of_day(x->uitgevoerd >= 0 ? x->uitgevoerd : x->gepland, x->today, x->now);
	return APP_OK;
}

static int run_interventie(struct act *x)
{
	if (intervention_add(x->db, x->d->id, &x->iv, x->op, &x->res->id) != STORE_OK)
		return -1;
	x->detail = arena_printf(x->a, "interventie %s", instrument_ids[x->iv.soort]);
	if (x->iv.kosten_cent >= 0) {
		char euros[32];
		euros_format(x->iv.kosten_cent, euros);
		x->detail = arena_printf(x->a, "%s, kosten € %s", x->detail, euros);
	}
	return 0;
}

static enum app_result check_bijwerken(struct act *x)
{
	enum store_result r;

	x->iv_id = parse_id(x->in->interventie);
	r = x->iv_id ? intervention_get(x->db, x->a, x->d->id, x->iv_id, &x->iv) : STORE_NOTFOUND;
	if (r == STORE_ERROR)
		return APP_UNAVAILABLE;
	if (r != STORE_OK)
		field_error_add(x->errs, "interventie", "Deze interventie hoort niet bij dit dossier.");
	x->uitgevoerd = day_input(x->in->uitgevoerd_op);
	if (x->uitgevoerd == -1)
		field_error_add(x->errs, "uitgevoerd_op", "Vul in wanneer de interventie is uitgevoerd.");
	else if (x->uitgevoerd == -2)
		field_error_add(x->errs, "uitgevoerd_op", DAY_FORMAT);
	else if (x->uitgevoerd > x->today)
		field_error_add(x->errs, "uitgevoerd_op", "De datum ligt in de toekomst.");
	text_field(x, "uitkomst", x->in->uitkomst, DOSSIER_TEXT_MAX, "De uitkomst", &x->uitkomst);
	if (x->uitgevoerd >= 0)
		x->iv.tijdlijn_op = moment_of_day(x->uitgevoerd, x->today, x->now);
	return APP_OK;
}

static int run_bijwerken(struct act *x)
{
	if (intervention_update(x->db, x->d->id, x->iv_id, x->uitgevoerd, x->iv.tijdlijn_op, x->uitkomst,
				x->op) != STORE_OK)
		return -1;
	x->res->id = x->iv_id;
	return 0;
}

/* ---- letters ---- */

/* The letter as app/dossier_letters.c composes it from the template: a concept until marked sent. */
static enum app_result check_brief(struct act *x)
{
	const struct dossier_act_input *in = x->in;
	struct letter_input li = { .soort = in->soort, .naam = in->naam, .aanhef = in->aanhef, .adres = in->adres,
				   .feiten = in->feiten, .organisatie = in->organisatie };
	enum app_result r = letter_compose(x->db, x->a, x->who, x->d, &li, x->today, &x->brief_doc, x->errs);

	return r == APP_UNAVAILABLE ? r : APP_OK;
}

static int run_brief(struct act *x)
{
	if (letter_doc_add(x->db, x->d->id, &x->brief_doc, x->who->user_id, x->op, &x->res->id) != STORE_OK)
		return -1;
	x->detail = brief_soort_ids[x->brief_doc.l.soort];
	return 0;
}

/* ---- the AVE ladder ---- */

static enum app_result check_escalatie(struct act *x)
{
	const char *reden, *why;

	if ((why = dossier_text(x->a, x->in->reden, DOSSIER_TEXT_MAX, 1, "De reden", &reden))) {
		field_error_add(x->errs, "reden", why);
		reden = "";
	}
	if (dossier_escalation_check(x->d->ave, x->d->regie, x->in->niveau, x->in->regie, reden, &x->esc.niveau,
				     &x->esc.regie, x->errs) == 0 && !x->errs->n) {
		x->esc.van_niveau = x->d->ave;
		x->esc.van_regie = x->d->regie;
		x->esc.reden = reden;
		x->esc.op = x->now;
		x->esc.user_id = x->who->user_id;
	}
	return APP_OK;
}

static int run_escalatie(struct act *x)
{
	if (dossier_escalate(x->db, x->d->id, &x->esc) != STORE_OK)
		return -1;
	x->detail = arena_printf(x->a, "escalatie %s/%s", ave_niveau_ids[x->esc.niveau], ave_regie_ids[x->esc.regie]);
	return 0;
}

/* ---- the team ---- */

/* lid-toevoegen, lid-verwijderen: an active staff user other than the owner, (not) in the team yet. */
static enum app_result check_lid(struct act *x)
{
	int adding = x->act == DA_LID_TOEVOEGEN, member;
	int64_t uid = parse_id(x->in->gebruiker);
	enum store_result r = uid ? dossier_staff_user(x->db, x->a, uid, &x->lid) : STORE_NOTFOUND;
	const char *why = NULL;

	if (r == STORE_ERROR)
		return APP_UNAVAILABLE;
	if (r != STORE_OK) {
		field_error_add(x->errs, "gebruiker", "Kies een medewerker uit de lijst.");
		return APP_OK;
	}
	if (x->lid.id == x->d->owner_id) {
		field_error_add(x->errs, "gebruiker", arena_printf(x->a, "%s is de eigenaar van dit dossier en hoort "
								   "al bij het team.", x->lid.naam));
		return APP_OK;
	}
	if ((member = dossier_in_team(x->db, x->d->id, x->lid.id)) < 0)
		return APP_UNAVAILABLE;
	if (adding && member)
		why = arena_printf(x->a, "%s is al lid van het team.", x->lid.naam);
	else if (!adding && !member)
		why = arena_printf(x->a, "%s is geen lid van het team.", x->lid.naam);
	if (why)
		field_error_add(x->errs, "gebruiker", why);
	x->event = adding ? "lid_toegevoegd" : "lid_verwijderd";
	x->event_tekst = x->lid.naam;
	return APP_OK;
}

static int run_lid(struct act *x)
{
	int adding = x->act == DA_LID_TOEVOEGEN;
	enum store_result r = adding ? dossier_member_add(x->db, x->d->id, x->lid.id, x->op, x->who->user_id)
				     : dossier_member_remove(x->db, x->d->id, x->lid.id);

	if (r != STORE_OK)
		return -1;
	x->detail = arena_printf(x->a, adding ? "lid toegevoegd %lld" : "lid verwijderd %lld", (long long)x->lid.id);
	return 0;
}

/* ---- marks ---- */

static enum app_result check_vervuild(struct act *x)
{
	x->aan = dossier_bool(x->in->aan);
	x->dag = day_input(x->in->datum);
	if (x->aan < 0)
		field_error_add(x->errs, "aan", "Kies of de woning vervuild is.");
	else if (x->aan && x->d->vervuild)
		field_error_add(x->errs, "aan", "Deze woning staat al als vervuild gemarkeerd.");
	else if (!x->aan && !x->d->vervuild)
		field_error_add(x->errs, "aan", "Deze woning staat niet als vervuild gemarkeerd.");
	if (x->dag == -2)
		field_error_add(x->errs, "datum", DAY_FORMAT);
	else if (x->dag > x->today)
		field_error_add(x->errs, "datum", "De datum ligt in de toekomst.");
	if (x->dag < 0)
		x->dag = x->today;
	x->event = x->aan > 0 ? "vervuild" : "vervuild_opgeheven";
	x->event_tekst = label_of_day(x->a, x->dag);
	return APP_OK;
}

static int run_vervuild(struct act *x)
{
	return dossier_set_vervuild(x->db, x->d->id, x->aan, x->dag) == STORE_OK ? 0 : -1;
}

static enum app_result check_gevoelig(struct act *x)
{
	struct scope s;
	const char *why = NULL;

	/* Team only: whoever would still see the dossier as gevoelig by the matrix. */
	dossier_scope(x->db, x->who, x->d, &s);
	s.sensitive = 1;
	x->aan = dossier_bool(x->in->aan);
	if (policy_check(x->who, ACT_DOSSIER_WRITE, &s) != VERDICT_ALLOW)
		why = "Alleen het team van het dossier (eigenaar, leden, de sociaal beheerders van de wijk "
		      "en de coördinator) kan dit dossier gevoelig maken of dat opheffen.";
	else if (x->aan < 0)
		why = "Kies of het dossier gevoelig is.";
	else if (x->aan == x->d->gevoelig)
		why = x->aan ? "Dit dossier is al gevoelig." : "Dit dossier is niet gevoelig.";
	if (why)
		field_error_add(x->errs, "aan", why);
	x->event = x->aan > 0 ? "gevoelig_aan" : "gevoelig_uit";
	return APP_OK;
}

static int run_gevoelig(struct act *x)
{
	if (dossier_set_gevoelig(x->db, x->d->id, x->aan) != STORE_OK)
		return -1;
	x->detail = x->aan ? "gevoelig aan" : "gevoelig uit";
	return 0;
}

/* ---- closing and reopening ---- */

/* When the dossier closed: a day, a moment, or now; not ahead, not before it opened. */
static void check_closing_moment(struct act *x)
{
	const char *op = x->in->op;
	int32_t day;
	int64_t t;

	if (!op || !op[0])
		return;
	if (days_parse(op, &day) == 0) {
		x->op = moment_of_day(day, x->today, x->now);
	} else if (moment_parse(op, &t) == 0) {
		x->op = t;
	} else {
		field_error_add(x->errs, "op", DAY_FORMAT);
		return;
	}
	if (x->op > x->now + FUTURE_SLACK)
		field_error_add(x->errs, "op", "De datum van sluiten ligt in de toekomst.");
	else if (amsterdam_day(x->op) < amsterdam_day(x->d->geopend_op))
		field_error_add(x->errs, "op", "De datum van sluiten ligt voor de opening van het dossier.");
}

static enum app_result check_afsluiten(struct act *x)
{
	dossier_close_check(x->d->status, x->in->uitkomst, &x->einde, x->errs);
	text_field(x, "toelichting", x->in->toelichting, DOSSIER_TEXT_MAX, "De toelichting", &x->toelichting);
	check_closing_moment(x);
	x->event = "gesloten";
	return APP_OK;
}

static int run_afsluiten(struct act *x)
{
	const char *label = dossier_uitkomst_labels[x->einde];

	if (dossier_set_closed(x->db, x->d->id, x->op, x->einde, x->toelichting) != STORE_OK)
		return -1;
	x->event_tekst = x->toelichting && x->toelichting[0]
		? arena_printf(x->a, "Uitkomst: %s. %s", label, x->toelichting)
		: arena_printf(x->a, "Uitkomst: %s.", label);
	x->detail = arena_printf(x->a, "afsluiten %s", dossier_uitkomst_ids[x->einde]);
	return 0;
}

static enum app_result check_heropenen(struct act *x)
{
	text_field(x, "tekst", x->in->tekst, DOSSIER_TEXT_MAX, "De reden", &x->tekst);
	x->event = "heropend";
	x->event_tekst = x->tekst;
	return APP_OK;
}

static int run_heropenen(struct act *x)
{
	return dossier_set_reopened(x->db, x->d->id) == STORE_OK ? 0 : -1;
}

/* ---- the table and the one transaction ---- */

static const struct step {
	enum app_result (*check)(struct act *x);   /* APP_OK (errors in x->errs) or APP_UNAVAILABLE */
	int (*run)(struct act *x);                 /* inside the transaction: 0 or -1 */
} steps[DA__MAX] = {
	[DA_KOPPELEN] = { check_koppelen, run_koppelen },
	[DA_ONTKOPPELEN] = { check_ontkoppelen, run_ontkoppelen },
	[DA_NEGEREN] = { check_negeren, run_negeren },
	[DA_NOTITIE] = { check_notitie, run_notitie },
	[DA_INTERVENTIE] = { check_interventie, run_interventie },
	[DA_INTERVENTIE_BIJWERKEN] = { check_bijwerken, run_bijwerken },
	[DA_BRIEF] = { check_brief, run_brief },
	[DA_ESCALATIE] = { check_escalatie, run_escalatie },
	[DA_LID_TOEVOEGEN] = { check_lid, run_lid },
	[DA_LID_VERWIJDEREN] = { check_lid, run_lid },
	[DA_VERVUILD] = { check_vervuild, run_vervuild },
	[DA_GEVOELIG] = { check_gevoelig, run_gevoelig },
	[DA_AFSLUITEN] = { check_afsluiten, run_afsluiten },
	[DA_HEROPENEN] = { check_heropenen, run_heropenen },
};

/* The action's change, then what every action writes: the event, the search row, the audit row. */
static int run(struct act *x)
{
	int64_t uid = x->who->user_id;

	x->detail = dossier_action_ids[x->act];
	if (steps[x->act].run(x) < 0)
		return -1;
	if (x->event && dossier_event_add(x->db, x->d->id, x->op, uid, x->event, x->event_tekst) != STORE_OK)
		return -1;
	if (x->fts && dossier_fts_refresh(x->db, x->d->id) != STORE_OK)
		return -1;
	return audit_record(x->db, x->who, "gewijzigd", "dossier", x->d->referentie, x->detail) < 0 ? -1 : 0;
}

enum app_result dossier_act(struct db *db, struct arena *a, const struct actor *who, struct dossier *d,
			    enum dossier_action act, const struct dossier_act_input *in, struct field_errors *errs,
			    struct dossier_act_result *res)
{
	struct act *x = arena_alloc(a, sizeof(*x));
	const char *why;

	memset(errs, 0, sizeof(*errs));
	memset(res, 0, sizeof(*res));
	if (!db)
		return APP_UNAVAILABLE;
	if ((unsigned)act >= DA__MAX)
		return APP_NOT_FOUND;
	*x = (struct act){ .db = db, .a = a, .who = who, .d = d, .act = act, .in = in, .errs = errs, .res = res };
	x->now = x->op = clock_now();
	x->today = x->dag = amsterdam_day(x->now);
	if (dossier_action_allowed(d->status, act, &why) < 0) {
		field_error_add(errs, "status", why);
		return APP_INVALID;
	}
	if (steps[act].check(x) != APP_OK)
		return APP_UNAVAILABLE;
	if (errs->n)
		return APP_INVALID;
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	if (run(x) < 0) {
		db_rollback(db);
		return APP_UNAVAILABLE;
	}
	if (db_commit(db) < 0 || dossier_get(db, a, d->id, d) != STORE_OK)
		return APP_UNAVAILABLE;
	return APP_OK;
}
