/*
 * meldingen.c - one melding as staff work on it (see meldingen.h): scope,
 * loading with the matrix, the actions, placing in a wijk and who it may
 * be assigned to. The same code answers the HTML pages and the API.
 */
#include "app/meldingen.h"
#include "app/intake.h"
#include "app/notify.h"
#include "app/routing.h"
#include "auth/secret.h"
#include "auth/session.h"
#include "config.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/calendar.h"
#include "domain/melder_termijn.h"
#include "domain/days.h"
#include "domain/fields.h"
#include "domain/messages.h"
#include "domain/validate.h"
#include "lib/arena.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "lib/parse.h"
#include "store/audit.h"
#include "store/outbox.h"
#include "app/duplicaat.h"
#include "store/routing.h"
#include "store/user.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

/* Staff may be a few minutes ahead of the server's clock. */
#define FUTURE_SLACK 300
/* Costs above a million euros for one melding are a typing error. */
#define KOSTEN_MAX (1000000LL * 100)

void melding_scope(const struct actor *who, const struct melding *m, struct scope *s)
{
	memset(s, 0, sizeof(*s));
	if (!who->user_id)
		return;
	for (int i = 0; m->wijk_id && i < who->n_areas; i++)
		if (who->areas[i] == m->wijk_id)
			s->in_area = 1;
	s->in_team = m->created_by && m->created_by == who->user_id;
}

/* The melding by row id, or else by reference (upper-cased: "m-2026-000123" as typed). */
static enum store_result get_by_key(struct db *db, struct arena *a, const char *key, struct melding *out)
{
	int64_t id = parse_id(key);
	char ref[21];
	size_t i;

	if (id)
		return melding_get(db, a, id, out);
	for (i = 0; key[i] && i < sizeof(ref) - 1; i++)
		ref[i] = (char)toupper((unsigned char)key[i]);
	ref[i] = '\0';
	return melding_by_ref(db, a, ref, out);
}

enum app_result melding_load_for(struct db *db, struct arena *a, const struct actor *who,
				 const char *key, enum action action, struct melding *out)
{
	struct scope s;
	enum store_result r;

	if (!db)
		return APP_UNAVAILABLE;
	if (!key || !key[0] || strlen(key) > 20 || !who->user_id)
		return APP_NOT_FOUND;
	r = get_by_key(db, a, key, out);
	if (r == STORE_ERROR)
		return APP_UNAVAILABLE;
	if (r != STORE_OK)
		return APP_NOT_FOUND;

	melding_scope(who, out, &s);
	enum verdict v = policy_check(who, action, &s);
	if (v == VERDICT_ALLOW)
		return APP_OK;
	audit_record(db, who, "geweigerd", "melding", out->referentie, action_ids[action]);
	return v == VERDICT_HIDE ? APP_NOT_FOUND : APP_FORBIDDEN;
}

/* ---- actions ---- */

static enum app_result refuse(struct field_errors *errs, const char *field, const char *message)
{
	field_error_add(errs, field, message);
	return APP_INVALID;
}

/* "3-7-2026 om 23:30", Amsterdam time, for messages. */
static const char *moment_nl(struct arena *a, int64_t t)
{
	int64_t local = t + amsterdam_offset(t);
	int32_t dn = amsterdam_day(t);
	int y, mo, d;
	int64_t sec = local - (int64_t)dn * 86400;

	days_to_civil(dn, &y, &mo, &d);
	return arena_printf(a, "%d-%d-%d om %02d:%02d", d, mo, y, (int)(sec / 3600), (int)(sec / 60 % 60));
}

/* Free text typed by staff: trimmed, within the limit, readable. NULL when fine. */
static const char *check_text(struct arena *a, const char *in, const char **out)
{
	const char *s = in ? in : "";
	size_t n;

	while (isspace((unsigned char)*s))
		s++;
	n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	if (n > MELDING_ACT_TEKST_MAX)
		return "Deze tekst is te lang: ten hoogste 5000 tekens. Maak hem korter.";
	if (!utf8_valid(s, n))
		return "Deze tekst bevat tekens die wij niet kunnen lezen.";
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f)
			return "Deze tekst bevat tekens die wij niet kunnen lezen.";
	}
	*out = arena_strndup(a, s, n);
	return NULL;
}

/* The melder's private link, for a message after the first; "" if it cannot be opened. */
static const char *status_url(struct db *db, struct arena *a, const struct config *cfg, const struct melding *m)
{
	unsigned char box[SECRET_SEAL_MAX];
	size_t len = 0;
	char token[64];

	if (melding_token_box(db, m->id, box, sizeof(box), &len) != STORE_OK ||
	    secret_open(box, len, token) < 0) {
		log_warn("melding %s: status link could not be opened; message without link", m->referentie);
		return "";
	}
	return intake_status_url(a, cfg, token);
}

/* May user u handle m by the matrix, with u's own areas? */
static int may_handle(struct db *db, const struct user *u, const struct melding *m)
{
	int64_t areas[SESSION_MAX_AREAS];
	int n = user_areas(db, u->id, areas, SESSION_MAX_AREAS);
	struct actor who = { .role = u->role, .partner_id = u->partner_id, .user_id = u->id };
	struct scope s = { 0 };

	if (n < 0)
		return 0;
	for (int i = 0; m->wijk_id && i < n; i++)
		if (areas[i] == m->wijk_id)
			s.in_area = 1;
	s.in_team = m->created_by && m->created_by == u->id;
	return role_is_staff(u->role) && policy_check(&who, ACT_MELDING_HANDLE, &s) == VERDICT_ALLOW;
}

/* What melding_act() settled before it writes. */
struct act_plan {
	enum melding_action act;
	enum melding_status to;
	int64_t now, op, uid;
	const char *tekst;         /* trimmed; "" when none */
	const char *melder_tekst;  /* afsluiten: the explanation to the melder, trimmed; "" when none */
	struct user assignee;      /* toewijzen */
	const char *url;           /* the melder's status link when a message goes out, else NULL */
};

/* toewijzen: an active staff user who may handle m. */
static enum app_result check_assignee(struct db *db, const struct melding *m, int64_t id, struct user *out,
				      struct field_errors *errs)
{
	if (id <= 0)
		return refuse(errs, "behandelaar", "Kies aan wie u de melding toewijst.");
	enum store_result r = user_by_id(db, id, out);
	if (r == STORE_ERROR)
		return APP_UNAVAILABLE;
	if (r != STORE_OK || !out->active || !role_is_staff(out->role))
		return refuse(errs, "behandelaar", "Deze persoon is geen actieve medewerker. Kies iemand uit de lijst.");
	if (!may_handle(db, out, m))
		return refuse(errs, "behandelaar", "Deze medewerker werkt niet in de wijk van deze melding en mag haar "
			      "niet behandelen. Kies iemand uit de lijst.");
	return APP_OK;
}

/* Refuses before anything is written: the state, then each input in turn. */
static enum app_result check_act(struct db *db, struct arena *a, const struct melding *m,
				 const struct melding_act_input *in, struct act_plan *p, struct field_errors *errs)
{
	const char *why, *msg;

	if (melding_transition(m->status, p->act, &p->to, &why) < 0)
		return refuse(errs, "status", why);
	p->op = in->op ? in->op : p->now;
	if (p->op > p->now + FUTURE_SLACK)
		return refuse(errs, "op", "Dit moment ligt in de toekomst. Kies een moment dat al geweest is, of laat "
			      "het leeg voor nu.");
	if (p->op < m->ontvangen_op)
		return refuse(errs, "op", arena_printf(a, "Dit moment ligt vóór de ontvangst van de melding (%s). "
						       "Kies een later moment.", moment_nl(a, m->ontvangen_op)));
	if ((msg = check_text(a, in->tekst, &p->tekst)))
		return refuse(errs, "tekst", msg);
	if ((msg = check_text(a, in->melder_tekst, &p->melder_tekst)))
		return refuse(errs, "toelichting", msg);
	if (p->act == MA_TERUGKOPPELEN && !p->tekst[0])
		return refuse(errs, "tekst", "Schrijf de terugkoppeling aan de melder: wat wij wel en niet kunnen doen.");
	if (p->act == MA_NOTITIE && !p->tekst[0])
		return refuse(errs, "tekst", "Schrijf de notitie.");
	if (p->act == MA_TOEWIJZEN)
		return check_assignee(db, m, in->assignee_id, &p->assignee, errs);
	if (p->act == MA_AFSLUITEN && (in->kosten_cent < -1 || in->kosten_cent > KOSTEN_MAX))
		return refuse(errs, "kosten", "Vul de kosten in euro's in, bijvoorbeeld 12,50 (ten hoogste een miljoen).");
	return APP_OK;
}

/* Does act send the melder a message? */
static int sends_message(enum melding_action act)
{
	return act == MA_BEVESTIGEN || act == MA_TERUGKOPPELEN || act == MA_AFSLUITEN;
}

/* The message of the action, one greeting and all (domain/messages.h); returns its outbox soort. */
static const char *build_message(const struct config *cfg, const struct melding *m, const struct act_plan *p,
				 struct buf *subject, struct buf *body)
{
	struct message_facts f = {
		.organisation = cfg->organisation, .referentie = m->referentie, .status_url = p->url,
		.naam = m->melder_naam, .bevestigen_dag = m->due.bevestigen,
		.terugkoppelen_dag = m->due.terugkoppelen, .tekst = p->tekst,
		.telefoon = cfg->telefoon, .email = cfg->email,
	};

	if (p->act == MA_BEVESTIGEN) {
		message_confirmation(&f, subject, body);
		return "bevestiging";
	}
	if (p->act == MA_AFSLUITEN) {
		f.tekst = p->melder_tekst;
		message_closing(&f, subject, body);
		return "afsluiting";
	}
	message_feedback(&f, subject, body);
	return "terugkoppeling";
}

static enum store_result queue_message(struct db *db, const struct config *cfg, const struct melding *m,
				       const struct act_plan *p)
{
	struct buf subject = BUF_INIT, body = BUF_INIT;
	const char *soort = build_message(cfg, m, p, &subject, &body);
	enum store_result r = outbox_add(db, m->id, soort, m->melder_email, subject.buf, body.buf, p->now);
	buf_release(&subject);
	buf_release(&body);
	return r;
}

/* afsluiten: the closing facts, and the costs as an internal note beside the remark. */
static int write_closed(struct db *db, struct arena *a, const struct melding *m, const struct melding_act_input *in,
			const struct act_plan *p, const char **note)
{
	char euros[32];
	int64_t kosten = in->kosten_cent >= 0 ? in->kosten_cent : m->kosten_cent;

	/* The explanation is the melder's: on the timeline they see, also when anonymous. */
	if (melding_set_closed(db, m->id, p->op, kosten) != STORE_OK ||
	    melding_event_add(db, m->id, p->op, p->uid, "afgesloten", p->melder_tekst, 1) != STORE_OK)
		return -1;
	*note = p->tekst;
	if (in->kosten_cent >= 0) {
		euros_format(in->kosten_cent, euros);
		*note = arena_printf(a, "Kosten: € %s.%s%s", euros, p->tekst[0] ? "\n" : "", p->tekst);
	}
	return 0;
}

/*
 * The facts and the timeline entry of the action, inside the transaction.
 * *note: an internal note to add beside a step the melder sees, or NULL.
 */
static int write_action(struct db *db, struct arena *a, const struct melding *m, const struct melding_act_input *in,
			const struct act_plan *p, const char **note)
{
	int32_t day = amsterdam_day(p->op);

	*note = NULL;
	switch (p->act) {
	case MA_BEVESTIGEN:
		*note = p->tekst;
		return melding_set_confirmed(db, m->id, p->op, day) != STORE_OK ||
		       melding_event_add(db, m->id, p->op, p->uid, "bevestigd", "", 1) != STORE_OK ? -1 : 0;
	case MA_TOEWIJZEN:
		/* By hand: no routing rule changes it after this (app/routing.h). */
		return melding_set_assignee(db, m->id, p->assignee.id) != STORE_OK ||
		       routing_melding_by_hand(db, m->id) != STORE_OK ||
		       melding_event_add(db, m->id, p->op, p->uid, "toegewezen",
					 arena_printf(a, "Toegewezen aan %s.%s%s", p->assignee.naam,
						      p->tekst[0] ? "\n" : "", p->tekst), 0) != STORE_OK ? -1 : 0;
	case MA_NOTITIE:
		return melding_event_add(db, m->id, p->op, p->uid, "notitie", p->tekst, 0) != STORE_OK ? -1 : 0;
	case MA_TERUGKOPPELEN:
		/* An answer is also a confirmation: the melder has heard from us (DESIGN.md). */
		return melding_set_confirmed(db, m->id, p->op, day) != STORE_OK ||
		       melding_set_feedback(db, m->id, p->op, day) != STORE_OK ||
		       melding_event_add(db, m->id, p->op, p->uid, "teruggekoppeld", p->tekst, 1) != STORE_OK ? -1 : 0;
	case MA_AFSLUITEN:
		return write_closed(db, a, m, in, p, note);
	case MA_HEROPENEN:
		*note = p->tekst;
		return melding_set_reopened(db, m->id) != STORE_OK ||
		       melding_event_add(db, m->id, p->op, p->uid, "heropend", "", 1) != STORE_OK ? -1 : 0;
	case MA_KOPPELEN:
	case MA_ONTKOPPELEN:
	case MA__MAX:
		break;
	}
	return -1;
}

/* Everything the action writes, once the writer lock is held: 0, or -1 to roll back. */
static int write_all(struct db *db, struct arena *a, const struct actor *who, const struct config *cfg,
		     const struct melding *m, const struct melding_act_input *in, const struct act_plan *p)
{
	const char *note;

	if (p->to != m->status && melding_set_status(db, m->id, p->to) != STORE_OK)
		return -1;
	if (write_action(db, a, m, in, p, &note) < 0)
		return -1;
	/* Staff remarks stay internal; the melder's entry carries no staff text. */
	if (note && note[0] && melding_event_add(db, m->id, p->op, p->uid, "notitie", note, 0) != STORE_OK)
		return -1;
	if (p->url && queue_message(db, cfg, m, p) != STORE_OK)
		return -1;
	/* Meldingen marked as duplicates of this one hear the same (app/duplicaat.h). */
	if (duplicaat_follow(db, a, cfg, m, p->act, p->act == MA_AFSLUITEN ? p->melder_tekst : p->tekst, p->op,
			     p->uid) < 0)
		return -1;
	/* The assignee hears of it in the same transaction (never who assigned themselves). */
	if (p->act == MA_TOEWIJZEN && notify_melding_assigned(db, m->id, p->assignee.id, p->uid, p->now) < 0)
		return -1;
	return audit_record(db, who, "gewijzigd", "melding", m->referentie, melding_action_ids[p->act]);
}

enum app_result melding_act(struct db *db, struct arena *a, const struct actor *who, const struct config *cfg,
			    struct melding *m, enum melding_action act, const struct melding_act_input *in,
			    struct field_errors *errs)
{
	struct act_plan p = { .act = act, .now = clock_now(), .uid = who->user_id };
	struct melding cur;
	enum app_result r;

	errs->n = 0;
	if ((unsigned)act >= MA__MAX)
		return refuse(errs, "status", "Onbekende actie.");
	if (act == MA_KOPPELEN || act == MA_ONTKOPPELEN)
		return APP_NOT_FOUND;   /* linking to a dossier happens at the dossier */
	if (!db)
		return APP_UNAVAILABLE;
	if ((r = check_act(db, a, m, in, &p, errs)) != APP_OK)
		return r;
	if (!m->anoniem && sends_message(act))
		p.url = status_url(db, a, cfg, m);

	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	/*
	 * Checked against the melding as it was read before the writer lock;
	 * someone may have acted on it since (two people confirming at once).
	 * Now that no one else can write, the state must still be that one.
	 */
	if (melding_get(db, a, m->id, &cur) != STORE_OK)
		goto fail;
	if (cur.status != m->status) {
		db_rollback(db);
		*m = cur;
		return refuse(errs, "status", "Iemand anders heeft deze melding net gewijzigd. Bekijk wat er veranderde "
			      "en probeer het dan opnieuw.");
	}
	if (write_all(db, a, who, cfg, m, in, &p) < 0)
		goto fail;
	if (db_commit(db) < 0)
		return APP_UNAVAILABLE;
	if (melding_get(db, a, m->id, m) != STORE_OK)
		log_warn("melding %s: reload after %s failed", m->referentie, melding_action_ids[act]);
	return APP_OK;
fail:
	db_rollback(db);
	return APP_UNAVAILABLE;
}

enum app_result melding_preview(struct db *db, struct arena *a, const struct config *cfg, const struct melding *m,
				enum melding_action act, const struct melding_act_input *in,
				struct buf *subject, struct buf *body, struct field_errors *errs)
{
	struct act_plan p = { .act = act, .now = clock_now(), .url = OUTBOX_STATUS_LINK };
	enum app_result r;

	errs->n = 0;
	if ((unsigned)act >= MA__MAX || !sends_message(act))
		return refuse(errs, "status", "Bij deze actie krijgt de melder geen bericht.");
	if (!db)
		return APP_UNAVAILABLE;
	if ((r = check_act(db, a, m, in, &p, errs)) != APP_OK)
		return r;
	build_message(cfg, m, &p, subject, body);
	return APP_OK;
}

/* ---- a new expected answer day ---- */

/* "2026-12-18" (a date field) or "18-12-2026" (typed) into *out; -1 when neither. */
static int read_day(const char *s, int32_t *out)
{
	int d, mo, y, n = 0;
	char iso[48];

	if (!s)
		return -1;
	if (days_parse(s, out) == 0)
		return 0;
	if (sscanf(s, "%2d-%2d-%4d%n", &d, &mo, &y, &n) == 3 && !s[n] && d > 0 && mo > 0 && y > 0) {
		snprintf(iso, sizeof(iso), "%04d-%02d-%02d", y, mo, d);
		return days_parse(iso, out);
	}
	return -1;
}

enum app_result melding_verwachting(struct db *db, struct arena *a, const struct actor *who, struct melding *m,
				    const char *dag, const char *reden, struct field_errors *errs)
{
	int64_t now = clock_now();
	int32_t today = amsterdam_day(now), day;
	const char *why, *msg;
	char text[CALENDAR_DAY_LEN];
	struct melding cur;

	errs->n = 0;
	if (!db)
		return APP_UNAVAILABLE;
	if (m->status == MS_AFGESLOTEN)
		return refuse(errs, "status", "Een afgesloten melding krijgt geen nieuwe verwachte datum. Heropen haar eerst.");
	if (!dag || !dag[0])
		return refuse(errs, "dag", "Kies de dag waarop de melder uiterlijk antwoord krijgt.");
	if (read_day(dag, &day) < 0)
		return refuse(errs, "dag", "Vul een datum in, bijvoorbeeld 18-12-2026.");
	if (day < today)
		return refuse(errs, "dag", "Deze dag is al voorbij. Kies vandaag of een latere dag.");
	if (day > today + 366)
		return refuse(errs, "dag", "Kies een dag binnen een jaar.");
	if ((msg = check_text(a, reden, &why)))
		return refuse(errs, "reden", msg);
	if (!why[0])
		return refuse(errs, "reden", "Schrijf waarom het langer duurt. De melder leest dit.");

	calendar_day_weekday(day, text);
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	if (melding_get(db, a, m->id, &cur) != STORE_OK)
		goto fail;
	if (cur.status == MS_AFGESLOTEN) {
		db_rollback(db);
		*m = cur;
		return refuse(errs, "status", "Iemand anders heeft deze melding net afgesloten.");
	}
	if (melding_set_verwacht(db, m->id, day) != STORE_OK ||
	    melding_event_add(db, m->id, now, who->user_id, "verwachting",
			      arena_printf(a, "U krijgt uiterlijk %s antwoord van ons.\n%s", text, why), 1) != STORE_OK ||
	    audit_record(db, who, "gewijzigd", "melding", m->referentie,
			 arena_printf(a, "verwachting %s", text)) < 0)
		goto fail;
	if (db_commit(db) < 0)
		return APP_UNAVAILABLE;
	if (melding_get(db, a, m->id, m) != STORE_OK)
		log_warn("melding %s: reload after verwachting failed", m->referentie);
	return APP_OK;
fail:
	db_rollback(db);
	return APP_UNAVAILABLE;
}

/* ---- late notices (the sweep) ---- */

static void termijn_of(const struct melding *m, struct melder_termijn *t)
{
	t->antwoord_dag = m->due.terugkoppelen;
	t->verwacht_dag = m->verwacht_dag;
	t->teruggekoppeld_op = m->teruggekoppeld_op;
	t->afgesloten = m->status == MS_AFGESLOTEN;
	t->laat_gemeld_dag = m->laat_gemeld_dag;
	t->geregistreerd_op = m->geregistreerd_op;
}

/* One melding's notice, in its own transaction: 1 sent, 2 passed over, 0 not due (any more), -1 error. */
static int late_notice(struct db *db, struct arena *a, const struct config *cfg, int64_t id, int64_t now)
{
	struct melding m;
	struct melder_termijn t;
	struct buf subject = BUF_INIT, body = BUF_INIT, line = BUF_INIT;
	int rc = -1;

	if (db_begin(db) < 0)
		return -1;
	if (melding_get(db, a, id, &m) != STORE_OK)
		goto out;
	termijn_of(&m, &t);
	int32_t dag = melder_termijn_dag(&t);
	enum melder_laat due = melder_termijn_laat(&t, now);
	if (due == MT_NIET) {
		rc = 0;
		goto out;
	}
	/* Never promised: it leaves the candidates without a notice. */
	if (due == MT_OVERSLAAN) {
		rc = melding_set_laat_gemeld(db, id, dag) == STORE_OK ? 2 : -1;
		goto out;
	}
	message_late_timeline(dag, &line);
	if (melding_event_add(db, id, now, 0, "laat", line.buf, 1) != STORE_OK ||
	    melding_set_laat_gemeld(db, id, dag) != STORE_OK)
		goto out;
	if (!m.anoniem) {
		struct message_facts f = {
			.organisation = cfg->organisation, .referentie = m.referentie,
			.status_url = status_url(db, a, cfg, &m), .naam = m.melder_naam,
			.telefoon = cfg->telefoon, .email = cfg->email, .verwacht_dag = dag,
		};
		message_late(&f, &subject, &body);
		if (outbox_add(db, id, "laat", m.melder_email, subject.buf, body.buf, now) != STORE_OK)
			goto out;
	}
	rc = 1;
out:
	buf_release(&subject);
	buf_release(&body);
	buf_release(&line);
	if (rc < 0) {
		db_rollback(db);
		return -1;
	}
	return db_commit(db) < 0 ? -1 : rc;
}

int melding_late_notices(struct db *db, const struct config *cfg, int64_t now)
{
	/* At most ROUNDS * BATCH per sweep, each in its own short transaction; the next sweep does the rest. */
	enum { BATCH = 64, ROUNDS = 4 };
	int64_t ids[BATCH];
	int32_t today = amsterdam_day(now);
	int sent = 0;

	if (!db)
		return -1;
	/* Each one handled leaves the candidates, so the next round sees the rest; older ones are never sent. */
	for (int round = 0; round < ROUNDS; round++) {
		int n = melding_antwoord_open(db, today - MELDER_TERMIJN_MAX_DAGEN - 1, today, ids, BATCH);
		int progress = 0;
		if (n < 0)
			return -1;
		for (int i = 0; i < n; i++) {
			struct arena a = ARENA_INIT;
			int rc = late_notice(db, &a, cfg, ids[i], now);
			arena_release(&a);
			if (rc < 0)
				return -1;
			sent += rc == 1;
			progress |= rc != 0;
		}
		if (n < BATCH || !progress)
			break;
	}
	return sent;
}

/* ---- placing ---- */

/* The names of the chosen wijk and buurt (NULL when not a wijk, or not a buurt of it); -1 on failure. */
static int area_names(struct db *db, struct arena *a, int64_t wijk_id, int64_t buurt_id,
		      const char **wijk, const char **buurt)
{
	struct area_item *wijken, *buurten;
	int nw = melding_list_wijken(db, a, &wijken);
	int nb = melding_list_buurten(db, a, &buurten);

	*wijk = *buurt = NULL;
	if (nw < 0 || nb < 0)
		return -1;
	for (int i = 0; i < nw; i++)
		if (wijken[i].id == wijk_id)
			*wijk = wijken[i].naam;
	for (int i = 0; buurt_id && i < nb; i++)
		if (buurten[i].id == buurt_id && buurten[i].wijk_id == wijk_id)
			*buurt = buurten[i].naam;
	return 0;
}

enum app_result melding_place(struct db *db, struct arena *a, const struct actor *who, struct melding *m,
			      int64_t wijk_id, int64_t buurt_id, struct field_errors *errs)
{
	const char *wijk, *buurt;

	errs->n = 0;
	if (!db || area_names(db, a, wijk_id, buurt_id, &wijk, &buurt) < 0)
		return APP_UNAVAILABLE;
	if (!wijk)
		return refuse(errs, "wijk", "Kies een wijk uit de lijst.");
	if (buurt_id && !buurt)
		return refuse(errs, "buurt", "Deze buurt ligt niet in de gekozen wijk. Kies een buurt van die wijk, "
			      "of geen buurt.");
	if (wijk_id == m->wijk_id && buurt_id == m->buurt_id)
		return refuse(errs, "wijk", "De melding ligt al in deze wijk en buurt.");

	const char *was = m->wijk_id ? arena_printf(a, " (was: %s)", m->wijk_naam) : " (was: onbekend)";
	const char *text = buurt ? arena_printf(a, "Geplaatst in wijk %s, buurt %s%s.", wijk, buurt, was)
				 : arena_printf(a, "Geplaatst in wijk %s%s.", wijk, was);

	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	if (melding_set_area(db, m->id, wijk_id, buurt_id) != STORE_OK ||
	    melding_event_add(db, m->id, clock_now(), who->user_id, "geplaatst", text, 0) != STORE_OK ||
	    routing_apply(db, a, m->id, clock_now(), 1) < 0 ||
	    audit_record(db, who, "gewijzigd", "melding", m->referentie, "plaatsen") < 0) {
		db_rollback(db);
		return APP_UNAVAILABLE;
	}
	if (db_commit(db) < 0)
		return APP_UNAVAILABLE;
	if (melding_get(db, a, m->id, m) != STORE_OK)
		log_warn("melding %s: reload after placing failed", m->referentie);
	return APP_OK;
}

int melding_assignable_users(struct db *db, struct arena *a, const struct melding *m, struct staff_user **out)
{
	struct staff_user *all;
	int n, k = 0;

	*out = NULL;
	if (!db)
		return -1;
	n = melding_staff_users(db, a, m->wijk_id, &all);
	if (n < 0)
		return -1;
	for (int i = 0; i < n; i++) {
		struct actor who = { .role = all[i].role, .user_id = all[i].id };
		struct scope s = { .in_area = all[i].in_wijk, .in_team = m->created_by && m->created_by == all[i].id };
		if (policy_check(&who, ACT_MELDING_HANDLE, &s) == VERDICT_ALLOW)
			all[k++] = all[i];
	}
	*out = all;
	return k;
}
