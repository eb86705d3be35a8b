/*
 * cases.c - writes the demo's dossiers (cases.h) the way the web
 * writes them: opening, linking, notes, interventions, letters,
 * escalations, team and closing as app/dossier_act.c does (the same
 * store calls, dossier events and audit details). Their referrals go
 * through referrals.c. The volume dossiers of `seed --meldingen`
 * (volume_cases.c) are written by the same case_insert(), case_link(),
 * case_announce() and case_act().
 *
 * A dossier opens during the walk through the year, at its moment among
 * the meldingen, so "nieuwe meldingen" at its home are those that really
 * came in after it; the rest of its story follows after the last day.
 */
#include "seed/cases.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/calendar.h"
#include "domain/days.h"
#include "lib/buf.h"
#include "lib/log.h"
#include "store/calendar.h"
#include "store/dossier.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

int seed_cases_partners(struct demo *d)
{
	static const char sql_partner[] = "SELECT id FROM partner WHERE naam = ?";
	struct seed_cases *sc = arena_alloc(&d->arena, sizeof(*sc));

	memset(sc, 0, sizeof(*sc));
	d->cases = sc;
	case_files_forget();
	for (int p = 0; p < CP__MAX; p++) {
		int64_t id = db_int(d->db, sql_partner, 0, "t", case_partner_names[p]);
		if (!id || referral_partner_get(d->db, &d->arena, id, &sc->partner[p]) != STORE_OK)
			return log_error("demo: partner %s is missing", case_partner_names[p]);
	}
	return 0;
}

int seed_cases_begin(struct demo *d)
{
	if (seed_cases_partners(d) < 0)
		return -1;
	struct seed_cases *sc = d->cases;
	sc->c = arena_alloc(&d->arena, (size_t)n_case_specs * sizeof(*sc->c));
	for (int i = 0; i < n_case_specs; i++) {
		struct case_state *cs = &sc->c[i];
		const struct case_spec *s = &case_specs[i];
		cs->spec = s;
		if (s->n_meldingen > CASE_MELDINGEN)
			return log_error("demo: too many meldingen in a dossier");
		if (address_match(d->db, s->postcode, s->huisnummer, s->toevoeging, &cs->where) != STORE_OK ||
		    cs->where.kind != MATCH_ADDRESS)
			return log_error("demo: %s %d%s is not in the register", s->postcode, s->huisnummer, s->toevoeging);
		cs->onderwerp = arena_printf(&d->arena, "%s %d%s%s, %s %s", cs->where.straat, s->huisnummer,
					     s->toevoeging[0] ? " " : "", s->toevoeging, s->postcode, cs->where.woonplaats);
		cs->open_day = demo_workdays_back(d, s->open_wd_ago);
		for (int k = 0; k < s->n_meldingen; k++)
			cs->m_day[k] = demo_workdays_back(d, s->meldingen[k].wd_ago);
	}
	return 0;
}

void seed_cases_counts(const struct demo *d, int *dossiers, int *referrals)
{
	*dossiers = d->cases ? d->cases->n_open : 0;
	*referrals = d->cases ? d->cases->n_referrals : 0;
}

void seed_cases_end(struct demo *d, int discard)
{
	if (discard)
		seed_demo_discard();
	d->cases = NULL;
}

/* ---- the meldingen about the dossiers' homes ---- */

static void melding_spec(const struct demo *d, int ci, int k, struct demo_melding *m)
{
	const struct case_state *cs = &d->cases->c[ci];
	const struct case_melding *cm = &cs->spec->meldingen[k];
	int staff = cm->kanaal != KANAAL_WEBFORMULIER && cm->kanaal != KANAAL_API;

	demo_melding_init(m);
	m->day = cs->m_day[k];
	m->minute = cm->minute;
	m->minute_seed = ci * 977 + k * 131 + 17;
	m->categorie = cm->categorie;
	m->kanaal = cm->kanaal;
	m->omschrijving = cm->omschrijving;
	m->voorval = cm->voorval ? cm->voorval : "";
	m->postcode = cs->spec->postcode;
	m->huisnummer = cm->huisnummer ? cm->huisnummer : cs->spec->huisnummer;
	m->toevoeging = cm->huisnummer ? "" : cs->spec->toevoeging;
	m->anoniem = cm->naam == NULL;
	if (cm->naam) {
		m->naam = cm->naam;
		m->email = cm->email ? cm->email : "";
		m->telefoon = cm->telefoon ? cm->telefoon : "";
	}
	m->intake_by = !staff ? WHO_NOBODY : cm->intake != WHO_NOBODY ? cm->intake : WHO_ONDERSTEUNER;
	m->intake_minutes = staff ? 4 : 0;
	m->assignee = cm->assignee != WHO_NOBODY ? cm->assignee : cs->spec->owner;
	int base = cm->kanaal == KANAAL_WIJKBEZOEK || m->minute < 12 * 60 ? 0 : 1;
	m->wd[STEP_TOEWIJZEN] = base;
	m->assign_by = cm->kanaal == KANAAL_WIJKBEZOEK ? m->intake_by : WHO_ONDERSTEUNER;
	m->wd[STEP_BEVESTIGEN] = cm->confirm;
	m->confirm_by = cm->confirm == 0 && staff ? m->intake_by : cm->confirm >= base ? m->assignee : WHO_ONDERSTEUNER;
	m->wd[STEP_TERUGKOPPELEN] = cm->feedback;
	m->wd[STEP_AFSLUITEN] = cm->close;
	m->terugkoppeling = cm->terugkoppeling ? cm->terugkoppeling : "";
	m->kosten_cent = cm->kosten_cent ? cm->kosten_cent : -1;
}

/* ---- small writers shared by the actions ---- */

static int audit_dossier(struct demo *d, enum demo_who who, const struct case_state *cs, const char *detail)
{
	return demo_audit(d, who, "gewijzigd", "dossier", cs->ref, detail);
}

int case_link(struct demo *d, struct case_state *cs, int64_t melding_id, const char *referentie, int64_t op)
{
	int64_t uid = d->user[cs->spec->owner];

	if (dossier_link(d->db, cs->id, melding_id, op, uid) != STORE_OK ||
	    demo_melding_event(d, melding_id, op, cs->spec->owner, "dossier_gekoppeld", "Gekoppeld aan een dossier.", 0) < 0 ||
	    dossier_event_add(d->db, cs->id, op, uid, "gekoppeld", referentie) != STORE_OK)
		return -1;
	return audit_dossier(d, cs->spec->owner, cs, arena_printf(&d->arena, "koppelen %s", referentie));
}

static int link_melding(struct demo *d, struct case_state *cs, int k, int64_t op)
{
	return case_link(d, cs, cs->m[k].id, cs->m[k].referentie, op);
}

/* ---- opening, among the meldingen of its day ---- */

int case_insert(struct demo *d, struct case_state *cs, int64_t op)
{
	const struct case_spec *s = cs->spec;
	int y, mo, dd;

	days_to_civil(amsterdam_day(op), &y, &mo, &dd);
	struct dossier_new n = {
		.address_id = cs->where.address_id, .complex_id = cs->where.complex_id, .buurt_id = cs->where.buurt_id,
		.wijk_id = cs->where.wijk_id, .onderwerp_tekst = cs->onderwerp, .huishouden = s->huishouden,
		.pijler = s->pijler, .gevoelig = s->gevoelig, .owner_id = d->user[s->owner], .now = op, .year = y,
	};
	if (dossier_insert(d->db, &n, cs->ref, &cs->id) != STORE_OK)
		return -1;
	d->cases->n_open++;
	cs->opened_at = cs->last_op = op;
	cs->ave = AVE_GROEN;
	cs->regie = REGIE_BEWONER;
	return 0;
}

int case_announce(struct demo *d, struct case_state *cs)
{
	if (dossier_fts_refresh(d->db, cs->id) != STORE_OK)
		return -1;
	return demo_audit(d, cs->spec->owner, "aangemaakt", "dossier", cs->ref, cs->spec->gevoelig ? "gevoelig" : "");
}

/* Opens dossier ci as dossier_create() does, with the meldingen about its home that came in before. */
static int open_case(struct demo *d, int ci, int64_t op)
{
	struct case_state *cs = &d->cases->c[ci];
	const struct case_spec *s = cs->spec;

	if (case_insert(d, cs, op) < 0)
		return -1;
	for (int k = 0; k < s->n_meldingen; k++)
		if (s->meldingen[k].link && cs->m[k].id && link_melding(d, cs, k, op) < 0)
			return -1;
	return case_announce(d, cs);
}

struct day_item {
	int64_t at;
	int ci, k;           /* k < 0: opening dossier ci */
};

int seed_cases_day(struct demo *d, int32_t day, int (*write_other)(struct demo *d, int64_t until, void *ctx),
		   void *ctx)
{
	struct day_item items[64];
	int n = 0;

	for (int ci = 0; ci < n_case_specs; ci++) {
		const struct case_state *cs = &d->cases->c[ci];
		for (int k = 0; k < cs->spec->n_meldingen && n < 63; k++)
			if (cs->m_day[k] == day) {
				struct demo_melding m;
				melding_spec(d, ci, k, &m);
				items[n++] = (struct day_item){ demo_received_at(&m), ci, k };
			}
		/* In the afternoon, after the morning's meldingen about the home. */
		if (cs->open_day == day && n < 64)
			items[n++] = (struct day_item){ demo_workday_moment(d, day, 0, 14 * 60 + 10 * ci), ci, -1 };
	}
	for (int i = 1; i < n; i++)
		for (int j = i; j > 0 && items[j].at < items[j - 1].at; j--) {
			struct day_item t = items[j];
			items[j] = items[j - 1];
			items[j - 1] = t;
		}
	for (int i = 0; i < n; i++) {
		struct case_state *cs = &d->cases->c[items[i].ci];
		if (write_other(d, items[i].at, ctx) < 0)
			return -1;
		if (items[i].k < 0) {
			if (open_case(d, items[i].ci, items[i].at) < 0)
				return -1;
			continue;
		}
		struct demo_melding m;
		melding_spec(d, items[i].ci, items[i].k, &m);
		if (demo_melding_write(d, &m, &cs->m[items[i].k]) < 0)
			return -1;
	}
	return write_other(d, INT64_MAX, ctx);
}

/* ---- the dossier's actions (app/dossier_act.c) ---- */

/* Noon of a day: where an intervention stands on the timeline when it was written down on another day. */
static int64_t noon(int32_t day)
{
	return amsterdam_day_start(day) + 12 * 3600;
}

const char *case_day_label(struct demo *d, int32_t day)
{
	char buf[40];

	calendar_day_weekday(day, buf);
	return arena_strdup(&d->arena, buf);
}

static int act_intervention(struct demo *d, struct case_state *cs, const struct case_action *a, enum demo_who who,
			    int64_t op)
{
	int32_t day = amsterdam_day(op);
	struct intervention iv = {
		.soort = (enum instrument)a->arg, .gepland_dag = -1, .uitgevoerd_dag = -1,
		.uitkomst = a->text2 ? a->text2 : "", .toelichting = a->text ? a->text : "", .user_id = d->user[who],
	};

	if (a->arg2)
		iv.gepland_dag = werkdagen_add(&d->cal->cal, day, a->arg2);
	else
		iv.uitgevoerd_dag = day;
	iv.tijdlijn_op = noon(a->arg2 ? iv.gepland_dag : day);
	if (cs->n_iv == CASE_ITEMS || intervention_add(d->db, cs->id, &iv, op, &cs->iv[cs->n_iv++]) != STORE_OK)
		return -1;
	return audit_dossier(d, who, cs, arena_printf(&d->arena, "interventie %s", instrument_ids[iv.soort]));
}

static int act_letter(struct demo *d, struct case_state *cs, const struct case_action *a, enum demo_who who,
		      int64_t op)
{
	struct letter_template t;
	const char *vals[BV__MAX] = { 0 };
	struct buf out = BUF_INIT, plain = BUF_INIT;
	struct letter_doc l;
	char date[LETTER_DATE_LEN];
	int64_t id;
	int32_t day = amsterdam_day(op);
	enum letter_aanhef aanhef = AANHEF_GEEN;
	/* As a case worker makes one (app/dossier_letters.c), then marked sent: issue 16's letter. */
	const char *naam = letter_split_name(cs->spec->huurder, &aanhef);
	const struct case_spec *s = cs->spec;

	if (letter_no_name(naam)) {
		naam = "";
		aanhef = AANHEF_GEEN;
	}
	if (letter_template_get(d->db, &d->arena, (enum brief_soort)a->arg, &t) != STORE_OK)
		return -1;
	letter_date(day, date);
	vals[BV_NAAM] = naam[0] ? naam : "bewoner(s)";
	vals[BV_ADRES] = cs->onderwerp;
	vals[BV_DATUM] = date;
	vals[BV_FEITEN] = a->text;
	vals[BV_REFERENTIE] = cs->ref;
	vals[BV_ORGANISATIE] = demo_organisation(d);
	vals[BV_MEDEWERKER] = d->user_naam[who];
	brief_fill(t.tekst, vals, &out);
	memset(&l, 0, sizeof(l));
	l.l.soort = (enum brief_soort)a->arg;
	l.l.datum_dag = day;
	l.aanhef = aanhef;
	l.naam = naam;
	char *adres = arena_printf(&d->arena, "%s %d%s%s\n%s  %s", cs->where.straat, s->huisnummer,
			       s->toevoeging[0] ? " " : "", s->toevoeging, s->postcode, cs->where.woonplaats);
	l.adres = adres;
	for (char *c = strrchr(adres, '\n'); c && *c; c++)   /* "9991 AA  VOORBEELDSTAD", as PostNL asks */
		*c = (char)toupper((unsigned char)*c);
	l.romp = out.buf;
	struct letter_parts p = { l.aanhef, l.naam, l.adres, day, cs->ref, letter_subject(l.l.soort), l.romp };
	letter_plain(&p, &plain);
	l.l.tekst = plain.buf;
	l.l.aan = naam[0] ? naam : arena_printf(&d->arena, "de bewoner(s) van %s", cs->onderwerp);
	enum store_result r = letter_doc_add(d->db, cs->id, &l, d->user[who], op, &id);
	if (r == STORE_OK)
		r = letter_doc_send(d->db, cs->id, id, 1, d->user[who], op);
	buf_release(&out);
	buf_release(&plain);
	if (r != STORE_OK)
		return -1;
	return audit_dossier(d, who, cs, brief_soort_ids[a->arg]);
}

static int act_escalate(struct demo *d, struct case_state *cs, const struct case_action *a, enum demo_who who,
			int64_t op)
{
	struct escalation e = {
		.van_niveau = cs->ave, .van_regie = cs->regie, .niveau = (enum ave_niveau)a->arg,
		.regie = ave_default_regie((enum ave_niveau)a->arg), .reden = a->text, .op = op, .user_id = d->user[who],
	};

	if (dossier_escalate(d->db, cs->id, &e) != STORE_OK)
		return -1;
	cs->ave = e.niveau;
	cs->regie = e.regie;
	return audit_dossier(d, who, cs, arena_printf(&d->arena, "escalatie %s/%s", ave_niveau_ids[e.niveau],
						     ave_regie_ids[e.regie]));
}

/* The smaller actions: note, later execution of an intervention, team, vervuild, closing. */
static int act_small(struct demo *d, struct case_state *cs, const struct case_action *a, enum demo_who who,
		     int64_t op)
{
	int64_t id, uid = d->user[who];
	int32_t day = amsterdam_day(op);

	switch (a->kind) {
	case CA_NOTE:
		if (dossier_note_add(d->db, cs->id, op, op, uid, a->text, a->arg, &id) != STORE_OK)
			return -1;
		/* The audit trail records that a note was written, never what it says (app/dossier_act.c). */
		return audit_dossier(d, who, cs, a->arg ? "notitie (vertrouwelijk)" : "notitie");
	case CA_INTERVENTION_DONE:
		if (a->arg >= cs->n_iv ||
		    intervention_update(d->db, cs->id, cs->iv[a->arg], day, noon(day), a->text, op) != STORE_OK)
			return -1;
		return audit_dossier(d, who, cs, dossier_action_ids[DA_INTERVENTIE_BIJWERKEN]);
	case CA_MEMBER:
		if (dossier_member_add(d->db, cs->id, d->user[a->arg], op, uid) != STORE_OK ||
		    dossier_event_add(d->db, cs->id, op, uid, "lid_toegevoegd", d->user_naam[a->arg]) != STORE_OK)
			return -1;
		return audit_dossier(d, who, cs, arena_printf(&d->arena, "lid toegevoegd %lld", (long long)d->user[a->arg]));
	case CA_VERVUILD:
		if (dossier_set_vervuild(d->db, cs->id, 1, day) != STORE_OK ||
		    dossier_event_add(d->db, cs->id, op, uid, "vervuild", case_day_label(d, day)) != STORE_OK)
			return -1;
		return audit_dossier(d, who, cs, dossier_action_ids[DA_VERVUILD]);
	case CA_CLOSE: {
		enum dossier_uitkomst u = (enum dossier_uitkomst)a->arg;
		const char *text = arena_printf(&d->arena, "Uitkomst: %s. %s", dossier_uitkomst_labels[u], a->text);
		if (dossier_set_closed(d->db, cs->id, op, u, a->text) != STORE_OK ||
		    dossier_event_add(d->db, cs->id, op, uid, "gesloten", text) != STORE_OK)
			return -1;
		return audit_dossier(d, who, cs, arena_printf(&d->arena, "afsluiten %s", dossier_uitkomst_ids[u]));
	}
	default:
		return log_error("demo: no such dossier action");
	}
}

/* ---- after the last day: the rest of each story ---- */

int case_act(struct demo *d, struct case_state *cs, const struct case_action *a, int64_t op)
{
	int partner_step = a->kind == CA_REF_ACCEPT || a->kind == CA_REF_DECLINE || a->kind == CA_REF_ANSWER;
	enum demo_who who = a->who != WHO_NOBODY ? a->who : partner_step ? WHO_PARTNER_WIJKTEAM : cs->spec->owner;

	if (partner_step && (a->arg >= cs->n_ref || cs->ref_partner[a->arg] != CP_WIJKTEAM))
		return log_error("demo: dossier %s: only the wijkteam has a partner account", cs->ref);
	switch (a->kind) {
	case CA_INTERVENTION:
		return act_intervention(d, cs, a, who, op);
	case CA_LETTER:
		return act_letter(d, cs, a, who, op);
	case CA_ESCALATE:
		return act_escalate(d, cs, a, who, op);
	case CA_REFER:
		return case_refer(d, cs, a, who, op);
	case CA_REF_ACCEPT:
	case CA_REF_DECLINE:
	case CA_REF_ANSWER:
	case CA_REF_CLOSE:
		return case_referral_step(d, cs, a, who, op);
	default:
		return act_small(d, cs, a, who, op);
	}
}

/* Meldingen that came in after the dossier opened are linked by its owner the next werkdag, at 9:15. */
static int link_later(struct demo *d, struct case_state *cs)
{
	for (int k = 0; k < cs->spec->n_meldingen; k++) {
		if (!cs->spec->meldingen[k].link || cs->m[k].ontvangen_op < cs->opened_at)
			continue;
		int64_t op = demo_workday_moment(d, cs->m_day[k], 1, 9 * 60 + 15);
		if (op >= d->cutoff)
			continue;
		if (link_melding(d, cs, k, op) < 0)
			return -1;
	}
	return 0;
}

struct planned {
	int64_t op;
	int ci, j;
};

/*
 * Every action of every dossier at its moment: in a dossier's own order,
 * each a little after the one before, and all in the order of time, so
 * ids (a referral's number) follow the clock as they do in real use.
 * Returns how many, or -1.
 */
static int plan_actions(struct demo *d, struct planned **out)
{
	int n = 0, cap = 0;

	for (int ci = 0; ci < n_case_specs; ci++)
		cap += d->cases->c[ci].spec->n_actions;
	struct planned *p = arena_alloc(&d->arena, (size_t)(cap ? cap : 1) * sizeof(*p));
	for (int ci = 0; ci < n_case_specs; ci++) {
		struct case_state *cs = &d->cases->c[ci];
		int64_t last = cs->last_op;
		for (int j = 0; j < cs->spec->n_actions; j++) {
			int64_t op = demo_workday_moment(d, demo_workdays_back(d, cs->spec->actions[j].wd_ago), 0,
							 9 * 60 + (ci * 7 + j * 53) % (7 * 60));
			if (op <= last)
				op = last + 600 + (j % 3) * 300;
			if (op >= d->cutoff)
				return log_error("demo: dossier %s: an action after the start of today", cs->ref);
			p[n++] = (struct planned){ op, ci, j };
			last = op;
		}
	}
	for (int i = 1; i < n; i++)
		for (int k = i; k > 0 && p[k].op < p[k - 1].op; k--) {
			struct planned t = p[k];
			p[k] = p[k - 1];
			p[k - 1] = t;
		}
	*out = p;
	return n;
}

int seed_cases_finish(struct demo *d)
{
	struct planned *p = NULL;
	int n;

	for (int ci = 0; ci < n_case_specs; ci++) {
		if (!d->cases->c[ci].id)
			return log_error("demo: a dossier was never opened");
		if (link_later(d, &d->cases->c[ci]) < 0)
			return -1;
	}
	if ((n = plan_actions(d, &p)) < 0)
		return -1;
	for (int i = 0; i < n; i++) {
		struct case_state *cs = &d->cases->c[p[i].ci];
		if (case_act(d, cs, &cs->spec->actions[p[i].j], p[i].op) < 0)
			return log_error("demo: dossier %s: action %d failed", cs->ref, p[i].j);
	}
	for (int ci = 0; ci < n_case_specs; ci++)
		if (dossier_fts_refresh(d->db, d->cases->c[ci].id) != STORE_OK)
			return -1;
	return 0;
}
