/*
 * melding.c - one demo melding and its whole life (see demo.h:
 * demo_melding_write()).
 *
 * It goes in the way app/intake.c takes a melding in - the one
 * validator, the address matched against the register, the due days from
 * the category's terms and the calendar, the receipt in the outbox, the
 * audit row - and every later step is written the way
 * app/meldingen.c writes it: the same store calls, the same
 * timeline entries and texts, the same messages to the melder, the same
 * audit detail, through the same state machine. Only the moments differ:
 * they are the business moments of the demo's past, and a message to an
 * e-mail address is marked sent a minute after it was queued, as the
 * sender thread would have done long ago.
 */
#include "seed/demo.h"
#include "auth/secret.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "domain/messages.h"
#include "lib/buf.h"
#include "lib/log.h"
#include "store/address.h"
#include "store/calendar.h"
#include "store/melding.h"
#include "store/outbox.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>

/*
 * The demo's status links are derived, not random, so a load is the same
 * every time: BLAKE2b of the reference under this key. Anyone may compute
 * them - as anyone may log in to the demo with its public password.
 */
static const char DEMO_LINK_KEY[] = "Leefbaar demo: statuslinks van voorbeeldmeldingen";

/*
 * melding_event_add() records "vastgelegd" as the wall clock. Here the
 * step was recorded when it happened, as in real use: otherwise the
 * melding page would mark every step of the past year as written down
 * afterwards (it shows "vastgelegd" when that lies ten minutes after
 * "op"). The same columns, one more parameter.
 */
static const char SQL_EVENT[] =
	"INSERT INTO melding_event(melding_id, op, vastgelegd, user_id, soort, tekst, voor_melder)"
	" VALUES (?, ?, ?, ?, ?, ?, ?)";

void demo_melding_init(struct demo_melding *m)
{
	memset(m, 0, sizeof(*m));
	for (int s = 0; s < STEP__MAX; s++)
		m->wd[s] = DEMO_NOT;
	m->omschrijving = m->voorval = m->plaats = m->toevoeging = "";
	m->naam = m->email = m->telefoon = "";
	m->notitie = m->terugkoppeling = "";
	m->kosten_cent = -1;
}

int64_t demo_received_at(const struct demo_melding *m)
{
	int y, mo, d;
	int64_t t;

	days_to_civil(m->day, &y, &mo, &d);
	if (amsterdam_from_local(y, mo, d, m->minute / 60, m->minute % 60, 0, &t) < 0)
		t = amsterdam_day_start(m->day) + (int64_t)m->minute * 60;
	return t;
}

/* Everything a step needs to know about the melding being written. */
struct life {
	const struct demo_melding *m;
	int64_t id;
	char ref[16];
	struct due due;
	const char *naam, *email, *url;
	enum melding_status status;
	int64_t bevestigd_op, teruggekoppeld_op;
};

int demo_melding_event(struct demo *d, int64_t id, int64_t op, enum demo_who who, const char *soort,
		       const char *tekst, int voor_melder)
{
	return db_exec(d->db, SQL_EVENT, "IIINtti", id, op, op, d->user[who], soort, tekst, voor_melder) < 0 ? -1 : 0;
}

/* A message to the melder, queued at op; one with an address went out a minute later. */
static int message(struct demo *d, const struct life *l, const char *soort, const char *tekst, int64_t op)
{
	struct buf subject = BUF_INIT, body = BUF_INIT;
	struct message_facts f = {
		.organisation = demo_organisation(d), .referentie = l->ref, .status_url = l->url, .naam = l->naam,
		.bevestigen_dag = l->due.bevestigen, .terugkoppelen_dag = l->due.terugkoppelen, .tekst = tekst,
	};
	int rc = -1;

	if (!strcmp(soort, "ontvangst"))
		message_receipt(&f, &subject, &body);
	else if (!strcmp(soort, "bevestiging"))
		message_confirmation(&f, &subject, &body);
	else
		message_feedback(&f, &subject, &body);
	if (outbox_add(d->db, l->id, soort, l->email, subject.buf, body.buf, op) != STORE_OK)
		goto out;
	int64_t sent = op + 60 < d->now ? op + 60 : d->now;
	if (l->email[0] && outbox_sent(d->db, db_last_id(d->db), sent) != STORE_OK)
		goto out;
	rc = 0;
out:
	buf_release(&subject);
	buf_release(&body);
	return rc;
}

/* The status token of a reference (unpadded base64url of 24 bytes, like a random one). */
static void status_token(const char *ref, char token[48])
{
	unsigned char raw[24];

	crypto_generichash(raw, sizeof(raw), (const unsigned char *)ref, strlen(ref),
			   (const unsigned char *)DEMO_LINK_KEY, sizeof(DEMO_LINK_KEY) - 1);
	sodium_bin2base64(token, 48, raw, sizeof(raw), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}

/* The reference melding_insert() will give the next melding received on day (nothing else writes meanwhile). */
static void next_reference(struct demo *d, int32_t day, char ref[16])
{
	static const char sql[] = "SELECT coalesce(max(volgnummer), 0) + 1 FROM melding WHERE jaar = ?";
	int y, mo, dd;

	days_to_civil(day, &y, &mo, &dd);
	melding_reference(y, db_int(d->db, sql, 1, "i", y), ref);
}

/* The spec as the form fields intake would have received, through the one validator. */
static int validate(struct demo *d, const struct demo_melding *m, int64_t received, int64_t registered,
		    struct melding_valid *v)
{
	char nr[16] = "", moment[MOMENT_FORMAT_LEN];
	struct field_errors errs;
	struct melding_context ctx = {
		.now = registered, .staff = 1, .default_kanaal = m->kanaal,
		.categories = d->cat_codes, .n_categories = (size_t)d->n_cats,
	};

	if (m->postcode)
		snprintf(nr, sizeof(nr), "%d", m->huisnummer);
	moment_format_amsterdam(received, moment);
	struct melding_input in = {
		.categorie = m->categorie, .omschrijving = m->omschrijving, .voorval = m->voorval,
		.postcode = m->postcode ? m->postcode : "", .huisnummer = nr, .toevoeging = m->toevoeging,
		.plaats = m->plaats, .melder_naam = m->naam, .melder_email = m->email,
		.melder_telefoon = m->telefoon, .anoniem = m->anoniem ? "1" : "", .kanaal = kanaal_ids[m->kanaal],
		.ontvangen_op = moment,
	};
	if (melding_validate(&in, &ctx, v, &errs))
		return log_error("demo melding of %s is not valid: %s: %s", moment, errs.e[0].field, errs.e[0].message);
	return 0;
}

/* Takes the melding in as intake_submit() does: row, timeline entry, receipt, audit. */
static int take_in(struct demo *d, const struct demo_melding *m, struct life *l)
{
	int64_t received = demo_received_at(m), registered = received + (int64_t)m->intake_minutes * 60;
	struct melding_valid v;
	struct address_match match = { 0 };
	unsigned char thash[32], box[SECRET_SEAL_MAX];
	char token[48], got[16];
	size_t box_len;
	int c;

	if (validate(d, m, received, registered, &v) < 0)
		return -1;
	for (c = 0; c < d->n_cats && strcmp(d->cats[c].code, v.categorie); c++)
		;
	if (c == d->n_cats)
		return log_error("demo: unknown category %s", v.categorie);
	if (v.postcode[0] && address_match(d->db, v.postcode, v.huisnummer, v.toevoeging, &match) != STORE_OK)
		return -1;
	struct melding_new n = { .v = &v, .category_id = d->cats[c].id, .match = &match, .now = registered,
				 .created_by = d->user[m->intake_by], .ontvangen_dag = amsterdam_day(v.ontvangen_op) };
	melding_due(&d->cal->cal, n.ontvangen_dag, &d->cats[c].terms, &n.due);
	next_reference(d, n.ontvangen_dag, l->ref);
	status_token(l->ref, token);
	secret_token_hash(token, thash);
	if (secret_seal(token, box, &box_len) < 0)
		return log_error("demo: cannot seal a status token");
	n.token_hash = thash;
	n.token_box = box;
	n.token_box_len = box_len;
	if (melding_insert(d->db, &n, got, &l->id) != STORE_OK || strcmp(got, l->ref))
		return log_error("demo: melding %s could not be written", l->ref);
	d->n_meldingen++;
	l->due = n.due;
	l->naam = m->anoniem ? "" : m->naam;
	l->email = m->anoniem ? "" : arena_strdup(&d->arena, v.melder_email);
	l->url = arena_printf(&d->arena, "%s/melding/status/%s", demo_base_url(d), token);
	if (demo_melding_event(d, l->id, v.ontvangen_op, m->intake_by, "ontvangen",
		  arena_printf(&d->arena, "Melding ontvangen via %s.", kanaal_labels[v.kanaal]), 1) < 0)
		return -1;
	if (!m->anoniem && message(d, l, "ontvangst", NULL, registered) < 0)
		return -1;
	return demo_audit(d, m->intake_by, "aangemaakt", "melding", l->ref, kanaal_ids[v.kanaal]);
}

/* ---- the steps ---- */

struct step_at {
	enum demo_step s;
	int64_t op;
};

/* A minute in office hours (8:30 .. 16:30) for step s of this melding. */
static int office_minute(const struct demo_melding *m, enum demo_step s)
{
	uint32_t h = (uint32_t)m->minute_seed * 2654435761u + (uint32_t)s * 40503u;
	return 8 * 60 + 30 + (int)((h >> 7) % (8 * 60));
}

/*
 * The steps that happen, in order: by werkdag, and within a day in the
 * order work is done (placed, assigned, confirmed, noted, answered,
 * closed), each some minutes after the one before and after registration.
 * Steps from the start of today on have not happened yet. Returns how many.
 */
static int schedule(const struct demo *d, const struct demo_melding *m, struct step_at out[STEP__MAX])
{
	int64_t prev = demo_received_at(m) + (int64_t)m->intake_minutes * 60;
	int n = 0;

	for (int wd = 0; wd < DEMO_NOT; wd++) {
		int any_later = 0;
		for (int s = 0; s < STEP__MAX; s++) {
			if (m->wd[s] != DEMO_NOT && m->wd[s] > wd)
				any_later = 1;
			if (m->wd[s] != wd)
				continue;
			int64_t t = demo_workday_moment(d, m->day, wd, office_minute(m, (enum demo_step)s));
			/* Confirmed on the phone or at the desk, while taking it in. */
			if (s == STEP_BEVESTIGEN && wd == 0 && m->confirm_by == m->intake_by && m->intake_by != WHO_NOBODY)
				t = prev + 60;
			if (t <= prev)
				t = prev + 300 + (int64_t)(office_minute(m, (enum demo_step)s) % 40) * 60;
			if (t >= d->cutoff)
				return n;
			out[n].s = (enum demo_step)s;
			out[n++].op = prev = t;
		}
		if (!any_later)
			break;
	}
	return n;
}

static enum demo_who worker(const struct demo_melding *m, enum demo_step s)
{
	switch (s) {
	case STEP_PLAATSEN:
		return WHO_ONDERSTEUNER;
	case STEP_TOEWIJZEN:
		return m->assign_by;
	case STEP_BEVESTIGEN:
		return m->confirm_by;
	default:
		return m->assignee != WHO_NOBODY ? m->assignee : WHO_ONDERSTEUNER;
	}
}

/* Placing an "onbekend" melding, as melding_place() writes it. */
static int place(struct demo *d, struct life *l, int64_t op)
{
	static const char sql[] = "SELECT naam FROM area WHERE id = ?";
	const struct demo_melding *m = l->m;
	sqlite3_stmt *st = db_stmt(d->db, sql);
	char wijk[128] = "", buurt[128] = "";

	if (!st)
		return -1;
	for (int i = 0; i < 2; i++) {
		db_bindf(st, "I", i ? m->place_buurt : m->place_wijk);
		if (sqlite3_step(st) == SQLITE_ROW)
			snprintf(i ? buurt : wijk, 128, "%s", (const char *)sqlite3_column_text(st, 0));
		db_done(st);
	}
	const char *text = buurt[0] ? arena_printf(&d->arena, "Geplaatst in wijk %s, buurt %s (was: onbekend).", wijk, buurt)
				    : arena_printf(&d->arena, "Geplaatst in wijk %s (was: onbekend).", wijk);
	if (melding_set_area(d->db, l->id, m->place_wijk, m->place_buurt) != STORE_OK ||
	    demo_melding_event(d, l->id, op, WHO_ONDERSTEUNER, "geplaatst", text, 0) < 0)
		return -1;
	return demo_audit(d, WHO_ONDERSTEUNER, "gewijzigd", "melding", l->ref, "plaatsen");
}

static const enum melding_action actions[STEP__MAX] = {
	[STEP_TOEWIJZEN] = MA_TOEWIJZEN, [STEP_BEVESTIGEN] = MA_BEVESTIGEN, [STEP_NOTITIE] = MA_NOTITIE,
	[STEP_TERUGKOPPELEN] = MA_TERUGKOPPELEN, [STEP_AFSLUITEN] = MA_AFSLUITEN,
};

/* One action as melding_act() writes it: the facts, the timeline, the message, the audit row. */
static int act(struct demo *d, struct life *l, enum demo_step s, int64_t op)
{
	const struct demo_melding *m = l->m;
	enum melding_action a = actions[s];
	enum demo_who who = worker(m, s);
	enum melding_status to;
	const char *why;
	int32_t day = amsterdam_day(op);
	int rc = 0;

	if (melding_transition(l->status, a, &to, &why) < 0)
		return log_error("demo melding %s: %s refused: %s", l->ref, melding_action_ids[a], why);
	switch (a) {
	case MA_BEVESTIGEN:
		rc = melding_set_confirmed(d->db, l->id, op, day) != STORE_OK ||
		     demo_melding_event(d, l->id, op, who, "bevestigd", "", 1) < 0 ||
		     (!m->anoniem && message(d, l, "bevestiging", "", op) < 0);
		l->bevestigd_op = op;
		break;
	case MA_TOEWIJZEN:
		rc = melding_set_assignee(d->db, l->id, d->user[m->assignee]) != STORE_OK ||
		     demo_melding_event(d, l->id, op, who, "toegewezen",
			   arena_printf(&d->arena, "Toegewezen aan %s.", d->user_naam[m->assignee]), 0) < 0;
		break;
	case MA_NOTITIE:
		rc = demo_melding_event(d, l->id, op, who, "notitie", m->notitie, 0) < 0;
		break;
	case MA_TERUGKOPPELEN:
		/* An answer is also a confirmation (app/meldingen.c). */
		rc = melding_set_confirmed(d->db, l->id, op, day) != STORE_OK ||
		     melding_set_feedback(d->db, l->id, op, day) != STORE_OK ||
		     demo_melding_event(d, l->id, op, who, "teruggekoppeld", m->terugkoppeling, 1) < 0 ||
		     (!m->anoniem && message(d, l, "terugkoppeling", m->terugkoppeling, op) < 0);
		if (!l->bevestigd_op)
			l->bevestigd_op = op;
		l->teruggekoppeld_op = op;
		break;
	case MA_AFSLUITEN: {
		char euros[32];
		rc = melding_set_closed(d->db, l->id, op, m->kosten_cent) != STORE_OK ||
		     demo_melding_event(d, l->id, op, who, "afgesloten", "", 1) < 0;
		if (!rc && m->kosten_cent >= 0) {
			euros_format(m->kosten_cent, euros);
			rc = demo_melding_event(d, l->id, op, who, "notitie", arena_printf(&d->arena, "Kosten: € %s.", euros), 0) < 0;
		}
		break;
	}
	default:
		return log_error("demo melding %s: no such step", l->ref);
	}
	if (rc)
		return -1;
	l->status = to;
	return demo_audit(d, who, "gewijzigd", "melding", l->ref, melding_action_ids[a]);
}

int demo_melding_write(struct demo *d, const struct demo_melding *m, struct demo_written *out)
{
	struct life l = { .m = m, .status = MS_NIEUW };
	struct step_at steps[STEP__MAX];

	if (take_in(d, m, &l) < 0)
		return -1;
	int n = schedule(d, m, steps);
	for (int i = 0; i < n; i++) {
		int rc = steps[i].s == STEP_PLAATSEN ? place(d, &l, steps[i].op) : act(d, &l, steps[i].s, steps[i].op);
		if (rc < 0)
			return -1;
	}
	if (l.status != MS_NIEUW && melding_set_status(d->db, l.id, l.status) != STORE_OK)
		return -1;
	/* The melding whose link the load prints: the latest answered one of a melder with an address. */
	if (l.teruggekoppeld_op && l.email[0])
		status_token(l.ref, d->link_token);
	out->id = l.id;
	snprintf(out->referentie, sizeof(out->referentie), "%s", l.ref);
	out->ontvangen_op = demo_received_at(m);
	out->bevestigd_op = l.bevestigd_op;
	out->teruggekoppeld_op = l.teruggekoppeld_op;
	out->status = l.status;
	return 0;
}
