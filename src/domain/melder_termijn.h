/*
 * melder_termijn.h - when the melder is owed an answer, and when the one
 * automatic late notice is due (issue 17, point 2).
 *
 * Pure: the facts of the melding and "now" in, a decision out; no clock,
 * no database. The answer day is the category's terugkoppelen day, or the
 * new expected day a handler set. It passes at the end of that day in
 * Amsterdam (the start of the next, so a DST night is 23 or 25 hours). A
 * notice is due once that moment passed, when no feedback was given, the
 * melding is open and no notice went out for this same day: a new
 * expected day allows one new notice.
 */
#ifndef LEEFBAAR_MELDER_TERMIJN_H
#define LEEFBAAR_MELDER_TERMIJN_H

#include "domain/werkdagen.h"

#include <stdint.h>

struct melder_termijn {
	int32_t antwoord_dag;        /* the terugkoppelen due day at receipt */
	int32_t verwacht_dag;        /* the handler's new expected day; -1: none */
	int64_t teruggekoppeld_op;   /* first feedback; 0: none yet */
	int afgesloten;              /* closed: no notice (the closing message says it all) */
	int32_t laat_gemeld_dag;     /* the answer day a late notice went out for; -1: none */
	int64_t geregistreerd_op;    /* when the melding was written down */
};

/*
 * A notice is sent within this many days after the day is over, never
 * later: the sweep runs every minute, so only an upgrade, a long outage
 * or a load of old meldingen (the demo) finds older ones, and an apology
 * weeks late helps no one (and must not go out by the thousand).
 */
#define MELDER_TERMIJN_MAX_DAGEN 7

enum melder_laat {
	MT_NIET,        /* no notice: not over yet, feedback given, closed, or sent for this day */
	MT_LAAT,        /* the day is over: send the one notice */
	MT_OVERSLAAN,   /* over, but no notice: it was already over when the melding was written
			   down (staff recorded an old phone call, so the day was never promised), or
			   it is over for MELDER_TERMIJN_MAX_DAGEN or more */
};

/* The answer day in force: the new expected day when set, else the due day. */
int32_t melder_termijn_dag(const struct melder_termijn *t);

/* The moment (unix seconds) day dn is over in Amsterdam. */
int64_t melder_termijn_voorbij_op(int32_t dn);

/* Whether the late notice for melder_termijn_dag(t) is due at `now`. */
enum melder_laat melder_termijn_laat(const struct melder_termijn *t, int64_t now);

/*
 * The werkdagen from today up to and including dag (0 when dag is today
 * or passed): "over 3 werkdagen".
 */
int melder_termijn_werkdagen_over(const struct werkdagen_cal *cal, int32_t today, int32_t dag);

#endif
