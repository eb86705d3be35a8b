/*
 * dossiers_core.c - what the dossier pages and the dossier API share:
 * loading a dossier with the permission check, opening one, and every
 * action on it, each in one transaction with its events and audit row
 * (see dossiers.h). Answers statuses and field errors; renders nothing.
 */
#include "web/dossiers.h"
#include "web/melding_actions.h"
#include "auth/session.h"
#include "config.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/calendar.h"
#include "domain/days.h"
#include "domain/validate.h"
#include "http/http.h"
#include "lib/log.h"
#include "store/address.h"
#include "store/audit.h"
#include "store/melding.h"
#include "lib/clock.h"
#include "lib/parse.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- small helpers ---- */

const char *dossier_text(struct req *req, const char *in, size_t max, int multiline, const char *what,
			 const char **out)
{
	const char *s = in ? in : "";
	size_t n;

	*out = "";
	while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
		s++;
	n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
		n--;
	if (n > max)
		return arena_printf(&req->arena, "%s is te lang: hoogstens %zu tekens. Maak de tekst korter.", what, max);
	if (!utf8_valid(s, n))
		return arena_printf(&req->arena, "%s bevat tekens die wij niet kunnen lezen. Typ de tekst opnieuw.", what);
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == 0x7f || (c < 0x20 && !(multiline && (c == '\n' || c == '\r' || c == '\t'))))
			return arena_printf(&req->arena, multiline ? "%s bevat onzichtbare stuurtekens. Typ de tekst opnieuw."
						     : "%s mag maar één regel zijn.", what);
	}
	*out = arena_strndup(&req->arena, s, n);
	return NULL;
}

int dossier_bool(const char *s)
{
	static const char *const yes[] = { "1", "ja", "true", "on", "aan" };
	static const char *const no[] = { "0", "nee", "false", "off", "uit", "" };

	if (!s)
		return 0;
	for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
		if (!strcmp(s, yes[i]))
			return 1;
	for (size_t i = 0; i < sizeof(no) / sizeof(no[0]); i++)
		if (!strcmp(s, no[i]))
			return 0;
	return -1;
}

const char *dossier_ref_clean(struct req *req, const char *s)
{
	if (!s)
		return "";
	while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
		s++;
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
		n--;
	if (n > 32)
		n = 32;
	char *out = arena_strndup(&req->arena, s, n);
	for (char *p = out; *p; p++)
		*p = (char)toupper((unsigned char)*p);
	return out;
}

static int in_session_area(const struct session *s, int64_t wijk_id)
{
	if (!s || !wijk_id)
		return 0;
	for (int i = 0; i < s->n_areas; i++)
		if (s->areas[i] == wijk_id)
			return 1;
	return 0;
}

static int64_t user_id(const struct req *req)
{
	return req->session ? req->session->user_id : 0;
}

/* ---- loading ---- */

int dossier_user_in_team(struct req *req, const struct dossier *d)
{
	struct db *db = db_thread();

	if (!req->session)
		return 0;
	if (d->owner_id == req->session->user_id)
		return 1;
	return db && dossier_in_team(db, d->id, req->session->user_id) == 1;
}

void dossier_scope(struct req *req, const struct dossier *d, struct scope *s)
{
	memset(s, 0, sizeof(*s));
	s->in_area = in_session_area(req->session, d->wijk_id);
	s->sensitive = d->gevoelig;
	s->in_team = dossier_user_in_team(req, d);
}

int dossier_may(struct req *req, const struct dossier *d, enum action action)
{
	struct scope s;
	struct actor who = *http_actor(req);

	dossier_scope(req, d, &s);
	return policy_check(&who, action, &s) == VERDICT_ALLOW;
}

int dossier_load_for(struct req *req, const char *key, enum action action, struct dossier *out)
{
	struct db *db = db_thread();
	const char *ref = dossier_ref_clean(req, key);
	enum store_result r = STORE_NOTFOUND;
	struct scope s;
	struct actor who = *http_actor(req);

	if (!db)
		return 503;
	if (dossier_reference_valid(ref))
		r = dossier_by_ref(db, &req->arena, ref, out);
	else if (parse_id(key))
		r = dossier_get(db, &req->arena, parse_id(key), out);
	if (r == STORE_ERROR)
		return 503;
	if (r != STORE_OK)
		return 404;
	dossier_scope(req, out, &s);
	switch (policy_check(&who, action, &s)) {
	case VERDICT_ALLOW:
		return 0;
	case VERDICT_DENY:
		audit_record(db_thread(), http_actor(req), "geweigerd", "dossier", out->referentie, action_ids[action]);
		return 403;
	case VERDICT_HIDE:
		break;
	}
	audit_record(db_thread(), http_actor(req), "geweigerd", "dossier", out->referentie, action_ids[action]);
	return 404;
}

/* ---- meldingen ---- */

/* May the session see melding m? The melding pages' own scope, asked of the matrix. */
static int melding_visible(struct req *req, const struct melding *m)
{
	struct scope s;
	struct actor who = *http_actor(req);

	melding_scope(req, m, &s);
	return policy_check(&who, ACT_MELDING_READ, &s) == VERDICT_ALLOW;
}

/*
 * Finds a melding by reference for linking. Unknown and invisible are one
 * answer, so a refused link tells nothing about meldingen the user may not
 * see. Returns 0, 422 (*why set) or 503.
 */
static int find_melding(struct req *req, struct db *db, const char *ref_in, struct melding *m, const char **why)
{
	const char *ref = dossier_ref_clean(req, ref_in);

	if (!ref[0]) {
		*why = "Vul het nummer van de melding in, bijvoorbeeld M-2026-000123.";
		return 422;
	}
	enum store_result r = melding_by_ref(db, &req->arena, ref, m);
	if (r == STORE_ERROR)
		return 503;
	if (r != STORE_OK || !melding_visible(req, m)) {
		*why = arena_printf(&req->arena, "Er is geen melding met nummer %s, of u kunt die melding niet inzien. "
				    "Controleer het nummer.", ref);
		return 422;
	}
	return 0;
}

/* A melding may join a dossier of its own wijk only. Returns NULL or why not. */
static const char *same_wijk(struct req *req, struct db *db, const struct melding *m, int64_t wijk_id,
			     const char *wijk_naam)
{
	(void)db;
	if (!m->wijk_id)
		return arena_printf(&req->arena, "Melding %s heeft nog geen wijk. Laat de melding eerst indelen; "
				    "daarna kunt u haar koppelen.", m->referentie);
	if (m->wijk_id != wijk_id)
		return arena_printf(&req->arena, "Melding %s ligt in wijk %s; dit dossier hoort bij wijk %s. "
				    "U kunt alleen meldingen uit dezelfde wijk koppelen.", m->referentie,
				    m->wijk_naam && m->wijk_naam[0] ? m->wijk_naam : "(onbekend)", wijk_naam);
	return NULL;
}

/* Links m to dossier (id, ref) with both timelines; inside the caller's transaction. */
static int link_one(struct db *db, int64_t dossier_id, const struct melding *m, int64_t now, int64_t uid)
{
	if (dossier_link(db, dossier_id, m->id, now, uid) != STORE_OK)
		return -1;
	/* The melding's timeline names no dossier: its readers may not know a gevoelig one. */
	if (melding_event_add(db, m->id, now, uid, "dossier_gekoppeld", "Gekoppeld aan een dossier.", 0) != STORE_OK)
		return -1;
	return dossier_event_add(db, dossier_id, now, uid, "gekoppeld", m->referentie) == STORE_OK ? 0 : -1;
}

/* ---- creating ---- */

void dossier_create_refs(struct req *req, const char *text, struct dossier_create_input *in)
{
	const char *p = text ? text : "";

	while (*p) {
		while (*p && strchr(" \t\r\n,;", *p))
			p++;
		size_t n = strcspn(p, " \t\r\n,;");
		if (!n)
			break;
		if (in->n_meldingen < DOSSIER_CREATE_MELDINGEN)
			in->meldingen[in->n_meldingen++] = arena_strndup(&req->arena, p, n);
		else
			in->too_many_meldingen = 1;
		p += n;
	}
}

static void address_text(struct req *req, const struct address_match *m, const char *postcode, int nr,
			 const char *toev, const char **out)
{
	*out = arena_printf(&req->arena, "%s%s%d%s%s, %s%s%s", m->straat, m->straat[0] ? " " : "", nr,
			    toev[0] ? " " : "", toev, postcode, m->woonplaats[0] ? " " : "", m->woonplaats);
}

int dossier_create(struct req *req, const struct dossier_create_input *in, struct field_errors *errs,
		   int64_t *id, char ref[DOSSIER_REF_LEN])
{
	struct db *db = db_thread();
	struct dossier_new n = { 0 };
	struct melding *ms = NULL;
	int n_ms = 0, pij;
	const char *label, *why;
	int64_t now = clock_now();
	int y, mo, dd;

	if (!db)
		return 503;
	memset(errs, 0, sizeof(*errs));
	if ((why = dossier_text(req, in->onderwerp, DOSSIER_LABEL_MAX, 0, "De omschrijving", &label)))
		field_error_add(errs, "onderwerp", why);
	if (!in->pijler || !in->pijler[0])
		field_error_add(errs, "pijler", "Kies de pijler van het dossier.");
	else if ((pij = pijler_parse(in->pijler)) < 0)
		field_error_add(errs, "pijler", "Kies een van de vier pijlers.");
	else
		n.pijler = (enum pijler)pij;

	int has_addr = (in->postcode && in->postcode[0]) || (in->huisnummer && in->huisnummer[0]) ||
		       (in->toevoeging && in->toevoeging[0]);
	int has_complex = in->complex && in->complex[0];
	const char *subject_field = has_complex && !has_addr ? "complex" : "postcode";
	if (has_addr && has_complex) {
		field_error_add(errs, "complex", "Kies een adres óf een complex, niet allebei.");
	} else if (!has_addr && !has_complex) {
		field_error_add(errs, "postcode", "Vul het adres in (postcode en huisnummer) of kies een complex.");
	} else if (has_addr) {
		char pc[POSTCODE_LEN], toev[TOEVOEGING_LEN];
		int nr = 0, ok = 1;
		if (postcode_normalize(in->postcode, pc) < 0) {
			field_error_add(errs, "postcode", "Vul een postcode in zoals 1234 AB.");
			ok = 0;
		}
		if (huisnummer_parse(in->huisnummer, &nr) < 0) {
			field_error_add(errs, "huisnummer", "Vul het huisnummer in met alleen cijfers, bijvoorbeeld 12.");
			ok = 0;
		}
		if (toevoeging_normalize(in->toevoeging ? in->toevoeging : "", toev) < 0) {
			field_error_add(errs, "toevoeging", "Een toevoeging is hoogstens 4 letters of cijfers, bijvoorbeeld A of 2.");
			ok = 0;
		}
		struct address_match m;
		if (ok) {
			if (address_match(db, pc, nr, toev, &m) == STORE_ERROR)
				return 503;
			if (m.kind != MATCH_ADDRESS || !m.wijk_id) {
				field_error_add(errs, "postcode", "Dit adres staat niet in ons woningbestand. Controleer "
						"postcode, huisnummer en toevoeging, of kies het complex.");
			} else {
				n.address_id = m.address_id;
				n.buurt_id = m.buurt_id;
				n.wijk_id = m.wijk_id;
				n.complex_id = m.complex_id;
				address_text(req, &m, pc, nr, toev, &n.onderwerp_tekst);
			}
		}
	} else {
		struct dossier_area c;
		enum store_result r = dossier_complex(db, &req->arena, in->complex, &c);
		if (r == STORE_ERROR)
			return 503;
		if (r != STORE_OK || !c.wijk_id) {
			field_error_add(errs, "complex", "Kies een complex uit de lijst.");
		} else {
			n.complex_id = c.id;
			n.wijk_id = c.wijk_id;
			n.onderwerp_tekst = c.naam;
		}
	}

	/* Opening a dossier is writing in its wijk: the matrix decides, as for any dossier there. */
	if (n.wijk_id) {
		struct scope s = { in_session_area(req->session, n.wijk_id), 0, 0, 0 };
		struct actor who = *http_actor(req);
		if (policy_check(&who, ACT_DOSSIER_WRITE, &s) != VERDICT_ALLOW) {
			field_error_add(errs, subject_field, has_complex ? "Dit complex ligt niet in uw wijken. "
					"U kunt hier geen dossier openen." : "Dit adres ligt niet in uw wijken. "
					"U kunt hier geen dossier openen.");
			n.wijk_id = 0;
		}
	}

	if (in->too_many_meldingen)
		field_error_add(errs, "meldingen", arena_printf(&req->arena, "Koppel bij het openen hoogstens %d meldingen; "
								"de rest kan daarna.", DOSSIER_CREATE_MELDINGEN));
	else if (in->n_meldingen)
		ms = arena_alloc(&req->arena, sizeof(*ms) * (size_t)in->n_meldingen);
	for (int i = 0; ms && i < in->n_meldingen; i++) {
		struct melding *m = &ms[n_ms];
		int st = find_melding(req, db, in->meldingen[i], m, &why);
		if (st == 503)
			return 503;
		if (st == 0 && n.wijk_id)
			why = same_wijk(req, db, m, n.wijk_id, dossier_area_name(db, &req->arena, n.wijk_id));
		else if (st == 0)
			why = NULL;
		if (st || why) {
			field_error_add(errs, "meldingen", why);
			break;
		}
		int dup = 0;
		for (int j = 0; j < n_ms; j++)
			dup |= ms[j].id == m->id;
		if (!dup)
			n_ms++;
	}
	if (errs->n)
		return 422;

	n.huishouden = label;
	n.gevoelig = in->gevoelig;
	n.owner_id = user_id(req);
	n.now = now;
	days_to_civil(amsterdam_day(now), &y, &mo, &dd);
	n.year = y;
	if (db_begin(db) < 0)
		return 503;
	if (dossier_insert(db, &n, ref, id) != STORE_OK)
		goto fail;
	for (int i = 0; i < n_ms; i++)
		if (link_one(db, *id, &ms[i], now, n.owner_id) < 0)
			goto fail;
	if (n_ms && dossier_fts_refresh(db, *id) != STORE_OK)
		goto fail;
	if (audit_record(db_thread(), http_actor(req), "aangemaakt", "dossier", ref, n.gevoelig ? "gevoelig" : "") < 0)
		goto fail;
	if (db_commit(db) < 0)
		return 503;
	return 201;
fail:
	db_rollback(db);
	return 503;
}

/* ---- actions ---- */

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

static const char *label_of_day(struct req *req, int32_t day)
{
	char buf[CALENDAR_DAY_LEN];
	calendar_day_weekday(day, buf);
	return arena_strdup(&req->arena, buf);
}

/* The validated work of one action, done inside the transaction by run(). */
struct plan {
	enum dossier_action a;
	struct melding m;                 /* koppelen, ontkoppelen, negeren */
	const char *tekst, *toelichting, *uitkomst;
	int vertrouwelijk, aan;
	int64_t op;
	int32_t dag, gepland, uitgevoerd;
	struct intervention iv;
	int64_t iv_id;
	enum brief_soort brief;
	const char *brief_aan, *brief_tekst;
	struct escalation esc;
	struct dossier_user lid;
	enum dossier_uitkomst einde;
	const char *event, *event_tekst;  /* the dossier's own event, if any */
	int fts;                          /* the search row changes */
};

static int validate(struct req *req, struct db *db, struct dossier *d, const struct dossier_act_input *in,
		    struct plan *p, struct field_errors *errs)
{
	const char *why;
	int64_t now = clock_now();
	int32_t today = amsterdam_day(now);
	int st;

	p->op = now;
	p->dag = today;
	if (dossier_action_allowed(d->status, p->a, &why) < 0) {
		field_error_add(errs, "status", why);
		return 422;
	}
	switch (p->a) {
	case DA_KOPPELEN:
		if ((st = find_melding(req, db, in->melding, &p->m, &why)))
			goto melding_error;
		if ((why = same_wijk(req, db, &p->m, d->wijk_id, d->wijk_naam)))
			break;
		if ((st = dossier_melding_linked(db, d->id, p->m.id)) < 0)
			return 503;
		if (st)
			why = arena_printf(&req->arena, "Melding %s hoort al bij dit dossier.", p->m.referentie);
		p->fts = 1;
		break;
	case DA_ONTKOPPELEN: {
		const char *ref = dossier_ref_clean(req, in->melding);
		enum store_result r = ref[0] ? melding_by_ref(db, &req->arena, ref, &p->m) : STORE_NOTFOUND;
		if (r == STORE_ERROR)
			return 503;
		st = r == STORE_OK ? dossier_melding_linked(db, d->id, p->m.id) : 0;
		if (st < 0)
			return 503;
		if (!ref[0])
			why = "Vul het nummer van de melding in, bijvoorbeeld M-2026-000123.";
		else if (!st)
			why = arena_printf(&req->arena, "Melding %s hoort niet bij dit dossier.", ref);
		p->fts = 1;
		break;
	}
	case DA_NEGEREN:
		if ((st = find_melding(req, db, in->melding, &p->m, &why)))
			goto melding_error;
		if ((st = dossier_melding_linked(db, d->id, p->m.id)) < 0)
			return 503;
		if (st)
			why = arena_printf(&req->arena, "Melding %s hoort al bij dit dossier.", p->m.referentie);
		break;
	case DA_NOTITIE:
		if ((why = dossier_text(req, in->tekst, DOSSIER_NOTE_MAX, 1, "De notitie", &p->tekst)))
			field_error_add(errs, "tekst", why);
		else if (!p->tekst[0])
			field_error_add(errs, "tekst", "Schrijf de notitie.");
		p->dag = day_input(in->datum);
		if (p->dag == -2)
			field_error_add(errs, "datum", "Vul de datum in als JJJJ-MM-DD, bijvoorbeeld 2026-03-02.");
		else if (p->dag > today)
			field_error_add(errs, "datum", "De datum ligt in de toekomst. Noteer wat er al is gebeurd.");
		p->op = p->dag < 0 ? now : moment_of_day(p->dag, today, now);
		p->vertrouwelijk = in->vertrouwelijk;
		p->fts = !p->vertrouwelijk;
		why = NULL;
		break;
	case DA_INTERVENTIE: {
		int s = in->soort && in->soort[0] ? instrument_parse(in->soort) : -1;
		if (s < 0)
			field_error_add(errs, "soort", "Kies de interventie uit de lijst.");
		p->gepland = day_input(in->gepland_op);
		p->uitgevoerd = day_input(in->uitgevoerd_op);
		if (p->gepland == -2)
			field_error_add(errs, "gepland_op", "Vul de datum in als JJJJ-MM-DD, bijvoorbeeld 2026-03-02.");
		if (p->uitgevoerd == -2)
			field_error_add(errs, "uitgevoerd_op", "Vul de datum in als JJJJ-MM-DD, bijvoorbeeld 2026-03-02.");
		else if (p->uitgevoerd > today)
			field_error_add(errs, "uitgevoerd_op", "De datum van uitvoering ligt in de toekomst. "
					"Vul die in als geplande datum.");
		if (p->gepland == -1 && p->uitgevoerd == -1)
			field_error_add(errs, "gepland_op", "Vul in wanneer de interventie gepland is of wanneer zij is uitgevoerd.");
		if ((why = dossier_text(req, in->uitkomst, DOSSIER_TEXT_MAX, 1, "De uitkomst", &p->uitkomst)))
			field_error_add(errs, "uitkomst", why);
		if ((why = dossier_text(req, in->toelichting, DOSSIER_TEXT_MAX, 1, "De toelichting", &p->toelichting)))
			field_error_add(errs, "toelichting", why);
		if (!errs->n) {
			p->iv.soort = (enum instrument)s;
			p->iv.gepland_dag = p->gepland < 0 ? -1 : p->gepland;
			p->iv.uitgevoerd_dag = p->uitgevoerd < 0 ? -1 : p->uitgevoerd;
			p->iv.uitkomst = p->uitkomst;
			p->iv.toelichting = p->toelichting;
			p->iv.user_id = user_id(req);
			p->iv.tijdlijn_op = moment_of_day(p->uitgevoerd >= 0 ? p->uitgevoerd : p->gepland, today, now);
		}
		why = NULL;
		break;
	}
	case DA_INTERVENTIE_BIJWERKEN: {
		p->iv_id = parse_id(in->interventie);
		enum store_result r = p->iv_id ? intervention_get(db, &req->arena, d->id, p->iv_id, &p->iv)
					       : STORE_NOTFOUND;
		if (r == STORE_ERROR)
			return 503;
		if (r != STORE_OK)
			field_error_add(errs, "interventie", "Deze interventie hoort niet bij dit dossier.");
		p->uitgevoerd = day_input(in->uitgevoerd_op);
		if (p->uitgevoerd == -1)
			field_error_add(errs, "uitgevoerd_op", "Vul in wanneer de interventie is uitgevoerd.");
		else if (p->uitgevoerd == -2)
			field_error_add(errs, "uitgevoerd_op", "Vul de datum in als JJJJ-MM-DD, bijvoorbeeld 2026-03-02.");
		else if (p->uitgevoerd > today)
			field_error_add(errs, "uitgevoerd_op", "De datum ligt in de toekomst.");
		if ((why = dossier_text(req, in->uitkomst, DOSSIER_TEXT_MAX, 1, "De uitkomst", &p->uitkomst)))
			field_error_add(errs, "uitkomst", why);
		if (p->uitgevoerd >= 0)
			p->iv.tijdlijn_op = moment_of_day(p->uitgevoerd, today, now);
		why = NULL;
		break;
	}
	case DA_BRIEF: {
		int s = in->soort && in->soort[0] ? brief_soort_parse(in->soort) : -1;
		const char *feiten;
		if (s < 0)
			field_error_add(errs, "soort", "Kies een waarschuwingsbrief of een sommatiebrief.");
		if ((why = dossier_text(req, in->naam, DOSSIER_LABEL_MAX, 0, "De naam", &p->brief_aan)))
			field_error_add(errs, "naam", why);
		else if (!p->brief_aan[0])
			field_error_add(errs, "naam", "Vul de naam in van wie de brief krijgt.");
		if ((why = dossier_text(req, in->feiten, DOSSIER_NOTE_MAX, 1, "De feiten", &feiten)))
			field_error_add(errs, "feiten", why);
		else if (!feiten[0])
			field_error_add(errs, "feiten", "Beschrijf de feiten: wat is er wanneer gebeurd?");
		why = NULL;
		if (errs->n)
			break;
		p->brief = (enum brief_soort)s;
		struct letter_template t;
		enum store_result r = letter_template_get(db, &req->arena, p->brief, &t);
		if (r != STORE_OK)
			return 503;
		const char *vals[BV__MAX] = { 0 };
		vals[BV_NAAM] = p->brief_aan;
		vals[BV_ADRES] = d->onderwerp_tekst;
		vals[BV_DATUM] = label_of_day(req, today);
		vals[BV_FEITEN] = feiten;
		vals[BV_REFERENTIE] = d->referentie;
		vals[BV_ORGANISATIE] = req->cfg->organisation;
		vals[BV_MEDEWERKER] = req->session ? req->session->name : "";
		struct buf out = BUF_INIT;
		brief_fill(t.tekst, vals, &out);
		p->brief_tekst = arena_strdup(&req->arena, out.buf);
		buf_release(&out);
		break;
	}
	case DA_ESCALATIE: {
		const char *reden;
		if ((why = dossier_text(req, in->reden, DOSSIER_TEXT_MAX, 1, "De reden", &reden))) {
			field_error_add(errs, "reden", why);
			reden = "";
		}
		if (dossier_escalation_check(d->ave, d->regie, in->niveau, in->regie, reden, &p->esc.niveau,
					     &p->esc.regie, errs) == 0 && !errs->n) {
			p->esc.van_niveau = d->ave;
			p->esc.van_regie = d->regie;
			p->esc.reden = reden;
			p->esc.op = now;
			p->esc.user_id = user_id(req);
		}
		why = NULL;
		break;
	}
	case DA_LID_TOEVOEGEN:
	case DA_LID_VERWIJDEREN: {
		int64_t uid = parse_id(in->gebruiker);
		enum store_result r = uid ? dossier_staff_user(db, &req->arena, uid, &p->lid) : STORE_NOTFOUND;
		if (r == STORE_ERROR)
			return 503;
		if (r != STORE_OK) {
			why = "Kies een medewerker uit de lijst.";
			break;
		}
		if (p->lid.id == d->owner_id) {
			why = arena_printf(&req->arena, "%s is de eigenaar van dit dossier en hoort al bij het team.",
					   p->lid.naam);
			break;
		}
		int member = dossier_in_team(db, d->id, p->lid.id);
		if (member < 0)
			return 503;
		if (p->a == DA_LID_TOEVOEGEN && member)
			why = arena_printf(&req->arena, "%s is al lid van het team.", p->lid.naam);
		else if (p->a == DA_LID_VERWIJDEREN && !member)
			why = arena_printf(&req->arena, "%s is geen lid van het team.", p->lid.naam);
		p->event = p->a == DA_LID_TOEVOEGEN ? "lid_toegevoegd" : "lid_verwijderd";
		p->event_tekst = p->lid.naam;
		break;
	}
	case DA_VERVUILD:
		p->aan = dossier_bool(in->aan);
		p->dag = day_input(in->datum);
		if (p->aan < 0)
			field_error_add(errs, "aan", "Kies of de woning vervuild is.");
		else if (p->aan && d->vervuild)
			field_error_add(errs, "aan", "Deze woning staat al als vervuild gemarkeerd.");
		else if (!p->aan && !d->vervuild)
			field_error_add(errs, "aan", "Deze woning staat niet als vervuild gemarkeerd.");
		if (p->dag == -2)
			field_error_add(errs, "datum", "Vul de datum in als JJJJ-MM-DD, bijvoorbeeld 2026-03-02.");
		else if (p->dag > today)
			field_error_add(errs, "datum", "De datum ligt in de toekomst.");
		if (p->dag < 0)
			p->dag = today;
		p->event = p->aan > 0 ? "vervuild" : "vervuild_opgeheven";
		p->event_tekst = label_of_day(req, p->dag);
		why = NULL;
		break;
	case DA_GEVOELIG: {
		/* Team only: whoever would still see the dossier as gevoelig by the matrix. */
		struct scope s;
		struct actor who = *http_actor(req);
		dossier_scope(req, d, &s);
		s.sensitive = 1;
		p->aan = dossier_bool(in->aan);
		if (policy_check(&who, ACT_DOSSIER_WRITE, &s) != VERDICT_ALLOW)
			why = "Alleen het team van het dossier (eigenaar, leden, de sociaal beheerders van de wijk "
			      "en de coördinator) kan dit dossier gevoelig maken of dat opheffen.";
		else if (p->aan < 0)
			why = "Kies of het dossier gevoelig is.";
		else if (p->aan == d->gevoelig)
			why = p->aan ? "Dit dossier is al gevoelig." : "Dit dossier is niet gevoelig.";
		else
			why = NULL;
		if (why) {
			field_error_add(errs, "aan", why);
			why = NULL;
		}
		p->event = p->aan > 0 ? "gevoelig_aan" : "gevoelig_uit";
		break;
	}
	case DA_AFSLUITEN: {
		dossier_close_check(d->status, in->uitkomst, &p->einde, errs);
		if ((why = dossier_text(req, in->toelichting, DOSSIER_TEXT_MAX, 1, "De toelichting", &p->toelichting)))
			field_error_add(errs, "toelichting", why);
		why = NULL;
		if (in->op && in->op[0]) {
			int32_t day;
			int64_t t;
			if (days_parse(in->op, &day) == 0) {
				p->op = moment_of_day(day, today, now);
			} else if (moment_parse(in->op, &t) == 0) {
				p->op = t;
			} else {
				field_error_add(errs, "op", "Vul de datum in als JJJJ-MM-DD, bijvoorbeeld 2026-03-02.");
				break;
			}
			if (p->op > now + 300)
				field_error_add(errs, "op", "De datum van sluiten ligt in de toekomst.");
			else if (amsterdam_day(p->op) < amsterdam_day(d->geopend_op))
				field_error_add(errs, "op", "De datum van sluiten ligt voor de opening van het dossier.");
		}
		p->event = "gesloten";
		break;
	}
	case DA_HEROPENEN:
		if ((why = dossier_text(req, in->tekst, DOSSIER_TEXT_MAX, 1, "De reden", &p->tekst)))
			field_error_add(errs, "tekst", why);
		why = NULL;
		p->event = "heropend";
		p->event_tekst = p->tekst;
		break;
	case DA__MAX:
		return 404;
	}
	if (why)
		field_error_add(errs, p->a == DA_LID_TOEVOEGEN || p->a == DA_LID_VERWIJDEREN ? "gebruiker" : "melding", why);
	return errs->n ? 422 : 0;
melding_error:
	if (st == 503)
		return 503;
	field_error_add(errs, "melding", why);
	return 422;
}

/* The change itself, inside the transaction. 0 or -1. */
static int run(struct req *req, struct db *db, struct dossier *d, struct plan *p, struct dossier_act_result *res)
{
	int64_t uid = user_id(req);
	const char *detail = dossier_action_ids[p->a];

	switch (p->a) {
	case DA_KOPPELEN:
		if (link_one(db, d->id, &p->m, p->op, uid) < 0)
			return -1;
		res->melding_ref = p->m.referentie;
		detail = arena_printf(&req->arena, "koppelen %s", p->m.referentie);
		break;
	case DA_ONTKOPPELEN:
		if (dossier_unlink(db, d->id, p->m.id) != STORE_OK ||
		    melding_event_add(db, p->m.id, p->op, uid, "dossier_ontkoppeld", "Losgekoppeld van een dossier.",
				      0) != STORE_OK ||
		    dossier_event_add(db, d->id, p->op, uid, "ontkoppeld", p->m.referentie) != STORE_OK)
			return -1;
		res->melding_ref = p->m.referentie;
		detail = arena_printf(&req->arena, "ontkoppelen %s", p->m.referentie);
		break;
	case DA_NEGEREN:
		if (dossier_set_aside(db, d->id, p->m.id, p->op, uid) != STORE_OK ||
		    dossier_event_add(db, d->id, p->op, uid, "genegeerd", p->m.referentie) != STORE_OK)
			return -1;
		res->melding_ref = p->m.referentie;
		break;
	case DA_NOTITIE:
		if (dossier_note_add(db, d->id, p->op, clock_now(), uid, p->tekst, p->vertrouwelijk, &res->id) != STORE_OK)
			return -1;
		/* The audit trail records that a note was written, never what it says. */
		detail = p->vertrouwelijk ? "notitie (vertrouwelijk)" : "notitie";
		break;
	case DA_INTERVENTIE:
		if (intervention_add(db, d->id, &p->iv, p->op, &res->id) != STORE_OK)
			return -1;
		detail = arena_printf(&req->arena, "interventie %s", instrument_ids[p->iv.soort]);
		break;
	case DA_INTERVENTIE_BIJWERKEN:
		if (intervention_update(db, d->id, p->iv_id, p->uitgevoerd, p->iv.tijdlijn_op, p->uitkomst, p->op) != STORE_OK)
			return -1;
		res->id = p->iv_id;
		break;
	case DA_BRIEF:
		if (letter_add(db, d->id, p->brief, p->brief_aan, p->dag, p->brief_tekst, uid, p->op, &res->id) != STORE_OK)
			return -1;
		detail = brief_soort_ids[p->brief];
		break;
	case DA_ESCALATIE:
		if (dossier_escalate(db, d->id, &p->esc) != STORE_OK)
			return -1;
		detail = arena_printf(&req->arena, "escalatie %s/%s", ave_niveau_ids[p->esc.niveau],
				      ave_regie_ids[p->esc.regie]);
		break;
	case DA_LID_TOEVOEGEN:
		if (dossier_member_add(db, d->id, p->lid.id, p->op, uid) != STORE_OK)
			return -1;
		detail = arena_printf(&req->arena, "lid toegevoegd %lld", (long long)p->lid.id);
		break;
	case DA_LID_VERWIJDEREN:
		if (dossier_member_remove(db, d->id, p->lid.id) != STORE_OK)
			return -1;
		detail = arena_printf(&req->arena, "lid verwijderd %lld", (long long)p->lid.id);
		break;
	case DA_VERVUILD:
		if (dossier_set_vervuild(db, d->id, p->aan, p->dag) != STORE_OK)
			return -1;
		break;
	case DA_GEVOELIG:
		if (dossier_set_gevoelig(db, d->id, p->aan) != STORE_OK)
			return -1;
		detail = p->aan ? "gevoelig aan" : "gevoelig uit";
		break;
	case DA_AFSLUITEN:
		if (dossier_set_closed(db, d->id, p->op, p->einde, p->toelichting) != STORE_OK)
			return -1;
		p->event_tekst = p->toelichting && p->toelichting[0]
			? arena_printf(&req->arena, "Uitkomst: %s. %s", dossier_uitkomst_labels[p->einde], p->toelichting)
			: arena_printf(&req->arena, "Uitkomst: %s.", dossier_uitkomst_labels[p->einde]);
		detail = arena_printf(&req->arena, "afsluiten %s", dossier_uitkomst_ids[p->einde]);
		break;
	case DA_HEROPENEN:
		if (dossier_set_reopened(db, d->id) != STORE_OK)
			return -1;
		break;
	case DA__MAX:
		return -1;
	}
	if (p->event && dossier_event_add(db, d->id, p->op, uid, p->event, p->event_tekst) != STORE_OK)
		return -1;
	if (p->fts && dossier_fts_refresh(db, d->id) != STORE_OK)
		return -1;
	return audit_record(db_thread(), http_actor(req), "gewijzigd", "dossier", d->referentie, detail) < 0 ? -1 : 0;
}

int dossier_act(struct req *req, struct dossier *d, enum dossier_action a, const struct dossier_act_input *in,
		struct field_errors *errs, struct dossier_act_result *res)
{
	struct db *db = db_thread();
	struct plan *p = arena_alloc(&req->arena, sizeof(*p));
	int st;

	memset(errs, 0, sizeof(*errs));
	memset(res, 0, sizeof(*res));
	if (!db)
		return 503;
	if ((unsigned)a >= DA__MAX)
		return 404;
	p->a = a;
	if ((st = validate(req, db, d, in, p, errs)))
		return st;
	if (db_begin(db) < 0)
		return 503;
	if (run(req, db, d, p, res) < 0) {
		db_rollback(db);
		return 503;
	}
	if (db_commit(db) < 0)
		return 503;
	if (dossier_get(db, &req->arena, d->id, d) != STORE_OK)
		return 503;
	return 0;
}
