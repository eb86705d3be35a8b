/*
 * routing.h - which routing rule a melding falls under (issue 16, point 2).
 *
 * Pure: the rules and the melding's facts come in, the index of the rule
 * that matches goes out; no database, no clock. A condition that is 0 (an
 * id) or -1 (kanaal, the minutes) means "any". The caller passes the rules
 * in their order (volgorde), so the first that matches wins.
 */
#ifndef LEEFBAAR_DOMAIN_ROUTING_H
#define LEEFBAAR_DOMAIN_ROUTING_H

#include <stdint.h>

#define ROUTING_MINUTES 1440   /* minutes in a day: the time conditions run 0..1439 */

/* A rule's conditions. */
struct routing_cond {
	int actief;                /* a rule that is off never matches */
	int64_t category_id;       /* 0: any category */
	int64_t area_id;           /* a wijk or a buurt; 0: anywhere (also "onbekend") */
	int kanaal;                /* enum kanaal, or -1: any channel */
	int van, tot;              /* minutes of the Amsterdam day, both -1: any time; van > tot spans midnight */
};

/* What a rule looks at in a melding. */
struct routing_facts {
	int64_t category_id;
	int64_t wijk_id, buurt_id; /* 0 when not placed */
	int kanaal;
	int minute;                /* of the Amsterdam day of receipt, 0..1439 */
};

/* 1 when rule r matches the facts f, else 0. van inclusive, tot exclusive. */
int routing_matches(const struct routing_cond *r, const struct routing_facts *f);

/*
 * The index of the first rule at or after from in rules[0..n) that
 * matches f, or -1 when none does. The caller tries from the next index
 * when the target of a match cannot take the melding.
 */
int routing_first(const struct routing_cond *rules, int n, const struct routing_facts *f, int from);

/*
 * Reads a time of day, "8:00", "08:00" or "23:59" (blanks around allowed),
 * into minutes 0..1439: 0, or -1 when it is not one.
 */
int routing_parse_time(const char *s, int *minute);
/* Writes minute (0..1439) as "08:00" into out. */
void routing_format_time(int minute, char out[6]);

#endif
