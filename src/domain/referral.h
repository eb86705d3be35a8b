/*
 * referral.h - doorverwijzingen as pure logic: the status machine, who may
 * take which step, the answer term and its due marker, and the checks on
 * the texts a case worker and a partner type.
 *
 *	verstuurd --accepteren--> geaccepteerd --reactie--> beantwoord --reactie--> beantwoord
 *	    |                                                    |
 *	    +--afwijzen (met reden)--> afgewezen                  |
 *	every state but afgesloten --afsluiten (case worker, with a note)--> afgesloten
 *	afgesloten --heropenen (the sender or a coordinator, within a werkdag)--> the status before
 *
 * A partner answers only after accepting, and may add answers afterwards
 * (an update on what the wijkteam did). Declining is possible only before
 * accepting: once accepted, the partner's answer says what it could not do.
 * The case worker closes the referral from any open state, also to
 * withdraw one that was sent by mistake, and says why in a note. A closing
 * can be undone ("heropenen") until the end of the first werkdag after the
 * day it was closed (Amsterdam days, with the corporation's closing days):
 * the referral returns to the status it had. Heropenen is not in the fixed
 * table (its target is the status before closing): referral_reopen_check().
 *
 * The answer term counts in werkdagen (werkdagen.h) from the Amsterdam day
 * the referral was sent, that day itself not counted, like every term in
 * Leefbaar. Accepting does not stop the clock; an answer or a refusal does.
 *
 * Pure: no clock, no I/O, no globals beyond the constant tables.
 */
#ifndef LEEFBAAR_DOMAIN_REFERRAL_H
#define LEEFBAAR_DOMAIN_REFERRAL_H

#include "lib/names.h"

#include "domain/werkdagen.h"
#include "lib/buf.h"

#include <stddef.h>
#include <stdint.h>

enum referral_status {
	RS_VERSTUURD,
	RS_GEACCEPTEERD,
	RS_AFGEWEZEN,
	RS_BEANTWOORD,
	RS_AFGESLOTEN,
	RS__MAX
};

/*
 * ids: "verstuurd", "geaccepteerd", "afgewezen", "beantwoord", "afgesloten" (database and API).
 * labels: "Verstuurd", "Geaccepteerd", ...
 * parse: the status for an id, or -1 (NULL too).
 */
CLOSED_SET(referral_status, RS__MAX);

enum referral_action {
	RA_ACCEPTEREN,
	RA_AFWIJZEN,
	RA_REACTIE,
	RA_AFSLUITEN,
	RA_HEROPENEN,
	RA__MAX
};

/* "accepteren", "afwijzen", "reactie", "afsluiten", "heropenen": the last segment of the action URLs. */
extern const char *const referral_action_ids[RA__MAX];
/* What sending and each step write on the dossier's timeline (dossier_event.soort, shown as its label). */
#define REFERRAL_TIMELINE_SENT "Doorverwijzing verstuurd"
extern const char *const referral_timeline_labels[RA__MAX];
/* What each step writes in the referral's own history (referral_event.soort). */
extern const char *const referral_event_kinds[RA__MAX];
/* The action for an id, or -1 (NULL too). */
int referral_action_parse(const char *id);

/* Who takes a step: the addressed partner, or the corporation's case worker. */
enum referral_side { RSIDE_PARTNER, RSIDE_STAFF };
extern const enum referral_side referral_action_side[RA__MAX];

/*
 * The status after action a in status s, or -1 when the machine does not
 * allow it (then referral_refusal() says why, in Dutch).
 */
int referral_next(enum referral_status s, enum referral_action a);
/*
 * Why a is not possible in s, as a sentence for the user ("Deze
 * doorverwijzing is nog niet geaccepteerd. ..."); NULL when it is
 * possible. Static strings.
 */
const char *referral_refusal(enum referral_status s, enum referral_action a);

/* ---- closing and undoing it ---- */

/* Why a referral cannot be reopened now; REOPEN_OK when it can. */
enum referral_reopen {
	REOPEN_OK,
	REOPEN_NOT_CLOSED,      /* it is not afgesloten */
	REOPEN_NOT_YOURS,       /* neither the sender nor a coordinator */
	REOPEN_TOO_LATE,        /* the werkdag after closing has passed */
	REOPEN_NO_BEFORE,       /* no status before closing is known (closed before this existed) */
	REOPEN__MAX
};
/* The Dutch sentence for each refusal ("" for REOPEN_OK). Static strings. */
extern const char *const referral_reopen_refusals[REOPEN__MAX];

/*
 * The last Amsterdam day on which a referral closed at closed_utc can be
 * reopened: the first werkdag after the day of closing (that day not
 * counted, as for every term), with cal's closing days and worked
 * feestdagen. Closed on a Friday: until the end of Monday, or of Tuesday
 * when Monday is a feestdag.
 */
int32_t referral_reopen_last_day(const struct werkdagen_cal *cal, int64_t closed_utc);

/*
 * Whether a referral in status s, closed at closed_utc from status
 * `before` (-1 when unknown), may be reopened at now_utc by someone who
 * is_sender (sent it) or is_coordinator. Checked in the order of the enum.
 */
enum referral_reopen referral_reopen_check(enum referral_status s, int before, const struct werkdagen_cal *cal,
					   int64_t closed_utc, int64_t now_utc, int is_sender, int is_coordinator);

/* 1 while the answer term runs (verstuurd, geaccepteerd), else 0. */
int referral_awaits_answer(enum referral_status s);

/* ---- the answer term ---- */

#define REFERRAL_TERM_DEFAULT 5
#define REFERRAL_TERM_MIN 1
#define REFERRAL_TERM_MAX 60

/*
 * antwoord_uiterlijk: the day `werkdagen` werkdagen after the Amsterdam day
 * of sent_utc (that day not counted), with the holidays and cal's closing
 * days. werkdagen must lie in [REFERRAL_TERM_MIN, REFERRAL_TERM_MAX].
 */
int32_t referral_due_day(const struct werkdagen_cal *cal, int64_t sent_utc, int werkdagen);

/* Where a referral stands against its term, for the marker beside it in every list. */
enum referral_due {
	RDUE_OPEN,           /* still time */
	RDUE_VANDAAG,        /* due today */
	RDUE_TE_LAAT,        /* no answer, due day passed */
	RDUE_OP_TIJD,        /* answered (or declined) on or before the due day */
	RDUE_LAAT_GEDAAN,    /* answered (or declined) after the due day */
	RDUE_GESLOTEN,       /* closed without an answer: no marker of a term */
	RDUE__MAX
};
/* "open", "vandaag", "te laat", "op tijd", "te laat beantwoord", "afgesloten" */
extern const char *const referral_due_labels[RDUE__MAX];
/* The badge class of each state (the words carry the meaning, colour helps). */
extern const char *const referral_due_classes[RDUE__MAX];

/*
 * The marker: answered_day is the Amsterdam day of the first answer or the
 * refusal, -1 when there is none; today is the Amsterdam day now.
 */
enum referral_due referral_due_state(enum referral_status s, int32_t due_day, int32_t answered_day,
				     int32_t today);
/* 1 for RDUE_TE_LAAT only: what the "te laat" filters select. */
int referral_is_late(enum referral_status s, int32_t due_day, int32_t today);

/* ---- texts ---- */

#define REFERRAL_TEXT_MAX 5000     /* reden, vraag, gedeelde informatie, answer, refusal, closing note */

enum referral_text { RTEXT_OK, RTEXT_EMPTY, RTEXT_TOO_LONG, RTEXT_INVALID };

/*
 * Checks text typed into a referral form or sent as JSON: NULL and only
 * white space are RTEXT_EMPTY; invalid UTF-8 or control characters other
 * than tab, CR and LF are RTEXT_INVALID; more than max bytes after trimming
 * is RTEXT_TOO_LONG. On RTEXT_OK, *start and *len give the trimmed text
 * within in.
 */
enum referral_text referral_text_check(const char *in, size_t max, size_t *start, size_t *len);

/* ---- the e-mail to the partner ---- */

/*
 * The facts the notice of a new referral may carry, and nothing more: it
 * goes by e-mail, outside Leefbaar, so it names no one and says nothing of
 * the case. The partner reads the referral behind the login.
 */
struct referral_notice {
	const char *organisation;   /* the corporation sending it */
	const char *partner_naam;   /* the organisation addressed */
	const char *url;            /* the referral in the partner portal */
	const char *referentie;     /* R-2026-00001: what both sides name it by */
	int32_t antwoord_dag;       /* antwoord_uiterlijk */
};
/* Subject and body (plain text) of the notice of a new referral. */
void referral_notice_new(const struct referral_notice *n, struct buf *subject, struct buf *body);

#endif
