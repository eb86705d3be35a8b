/*
 * duplicaat.c - duplicates follow their melding (see duplicaat.h).
 *
 * One handler speaks for both: the feedback and the closing message of
 * the main melding go to each open duplicate's melder too, each with their
 * own greeting and status link (none when anonymous), and the step lands
 * on the duplicate's own timeline. Closing the main melding closes its
 * duplicates: status afgesloten, closed at the same moment, their own
 * costs kept (the costs belong to the main melding), so they leave the
 * open lists and the melder's status page says "Afgehandeld". Feedback
 * moves a duplicate to teruggekoppeld when its state allows that, as the
 * action would; a duplicate already teruggekoppeld keeps its state and
 * still gets the message.
 */
#include "app/duplicaat.h"
#include "app/intake.h"
#include "auth/secret.h"
#include "config.h"
#include "domain/amsterdam.h"
#include "domain/messages.h"
#include "lib/arena.h"
#include "lib/buf.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "store/melding_context.h"
#include "store/outbox.h"

/* A main melding with more duplicates than this is a data error; the rest waits for the next step. */
#define DUPLICATEN_MAX 200

/* The duplicate's melder's own link; "" when it cannot be opened (the message goes without). */
static const char *own_status_url(struct db *db, struct arena *a, const struct config *cfg, const struct melding *d)
{
	unsigned char box[SECRET_SEAL_MAX];
	size_t len = 0;
	char token[64];

	if (melding_token_box(db, d->id, box, sizeof(box), &len) != STORE_OK || secret_open(box, len, token) < 0) {
		log_warn("melding %s: status link could not be opened; message without link", d->referentie);
		return "";
	}
	return intake_status_url(a, cfg, token);
}

/* The same message as the main melding's melder gets, in the duplicate's melder's own words and link. */
static int tell_melder(struct db *db, struct arena *a, const struct config *cfg, const struct melding *d,
		       enum melding_action act, const char *tekst)
{
	struct buf subject = BUF_INIT, body = BUF_INIT;
	struct message_facts f = {
		.organisation = cfg->organisation, .referentie = d->referentie,
		.status_url = own_status_url(db, a, cfg, d), .naam = d->melder_naam,
		.bevestigen_dag = d->due.bevestigen, .terugkoppelen_dag = d->due.terugkoppelen, .tekst = tekst,
		.telefoon = cfg->telefoon, .email = cfg->email, .verwacht_dag = -1,
	};
	const char *soort = act == MA_AFSLUITEN ? "afsluiting" : "terugkoppeling";

	if (act == MA_AFSLUITEN)
		message_closing(&f, &subject, &body);
	else
		message_feedback(&f, &subject, &body);
	enum store_result r = outbox_add(db, d->id, soort, d->melder_email, subject.buf, body.buf, clock_now());
	buf_release(&subject);
	buf_release(&body);
	return r == STORE_OK ? 0 : -1;
}

/* The step on the duplicate's own timeline and in its facts. */
static int follow_one(struct db *db, struct arena *a, const struct melding *m, const struct melding *d,
		      enum melding_action act, const char *tekst, int64_t op, int64_t user_id)
{
	enum melding_status to;
	const char *why;
	int32_t day = amsterdam_day(op);
	const char *via = arena_printf(a, "Via hoofdmelding %s (deze melding is er een duplicaat van).", m->referentie);

	if (melding_transition(d->status, act, &to, &why) == 0 && to != d->status &&
	    melding_set_status(db, d->id, to) != STORE_OK)
		return -1;
	if (act == MA_TERUGKOPPELEN)
		return melding_set_confirmed(db, d->id, op, day) != STORE_OK ||
		       melding_set_feedback(db, d->id, op, day) != STORE_OK ||
		       melding_event_add(db, d->id, op, user_id, "teruggekoppeld", tekst, 1) != STORE_OK ||
		       melding_event_add(db, d->id, op, user_id, "notitie", via, 0) != STORE_OK ? -1 : 0;
	/* tekst is the explanation to the melder (never the staff's internal remark): theirs to read. */
	return melding_set_closed(db, d->id, op, d->kosten_cent) != STORE_OK ||
	       melding_event_add(db, d->id, op, user_id, "afgesloten", tekst, 1) != STORE_OK ||
	       melding_event_add(db, d->id, op, user_id, "notitie", via, 0) != STORE_OK ? -1 : 0;
}

int duplicaat_follow(struct db *db, struct arena *a, const struct config *cfg, const struct melding *m,
		     enum melding_action act, const char *tekst, int64_t op, int64_t user_id)
{
	struct melding_context_row *rows;
	int n;

	if (act != MA_TERUGKOPPELEN && act != MA_AFSLUITEN)
		return 0;
	rows = arena_alloc(a, DUPLICATEN_MAX * sizeof(*rows));
	if ((n = melding_context_duplicaten(db, a, m->id, rows, DUPLICATEN_MAX)) < 0)
		return -1;
	for (int i = 0; i < n; i++) {
		struct melding d;
		if (rows[i].status == MS_AFGESLOTEN)
			continue;   /* closed on its own: it heard its own closing already */
		if (melding_get(db, a, rows[i].id, &d) != STORE_OK)
			return -1;
		if (follow_one(db, a, m, &d, act, tekst ? tekst : "", op, user_id) < 0)
			return -1;
		if (!d.anoniem && tell_melder(db, a, cfg, &d, act, tekst ? tekst : "") < 0)
			return -1;
	}
	return 0;
}
