/*
 * demo.h - the demo's recent past: a year of a team's work on top of
 * the demo organisation of seed.c, so that whoever logs in to `make run`
 * finds the working system of a real team (issue 12, point 3).
 *
 *   demo.c       the year of meldingen, day by day, and the load itself
 *   melding.c    one melding with its whole life, written the way
 *                app/intake.c and app/meldingen.c write it
 *   cases.c      the leefbaarheidsdossiers and the meldingen that belong
 *                to them, written the way app/dossier_act.c does
 *   referrals.c  their doorverwijzingen, as app/referrals.c writes them,
 *                and the partner's report (a PDF)
 *   case_text.c  the dossiers' own story: homes, people, texts, days
 *                (cases.h)
 *
 * volume_cases.c (`seed --meldingen`) writes its dossiers with the same
 * demo_setup() and the writers of cases.c and referrals.c.
 *
 * Everything is derived from "now" (clock_now(), pinned by LEEFBAAR_NOW) and
 * from nothing else: every moment lies before the start of today
 * (Amsterdam), and every random choice comes from a demo_rng seeded by a
 * day number, so two loads on the same Amsterdam day give the same rows,
 * and day D's meldingen are the same whatever the day of the load (only
 * how far their lives have got depends on it).
 *
 * The first part is what seed.c calls; the rest is shared by the files
 * above and by nothing else.
 */
#ifndef LEEFBAAR_SEED_DEMO_H
#define LEEFBAAR_SEED_DEMO_H

#include "domain/melding.h"
#include "lib/arena.h"
#include "store/category.h"

#include <stdint.h>

struct config;
struct db;
struct calendar;

/*
 * Writes the recent past into the organisation seed.c has just created,
 * inside the caller's transaction (nothing commits on its own): about a
 * year of meldingen with their timelines, messages and audit rows, the
 * dossiers with their escalations, journal, interventions, letters and
 * team, and the referrals in every status, one with a partner's answer
 * and its file. cfg gives the organisation's name, the base of links
 * ([server] base_url, else the listen address) and the data directory the
 * file goes to; NULL: the built-in defaults, which are what `make run`
 * uses. 0/-1 (logged); on -1 the caller rolls back and calls
 * seed_demo_discard(), as it does when its commit fails.
 */
int seed_demo_story(struct db *db, const struct config *cfg, int64_t now);

/* Removes the file seed_demo_story() stored (after a rollback). */
void seed_demo_discard(void);

/*
 * What the last seed_demo_story() loaded, one line, and the status link of
 * one of its meldingen (for the README); "" before a load. Static.
 */
const char *seed_demo_summary(void);
const char *seed_demo_status_link(void);

/* ---- shared by demo.c, melding.c, cases.c and referrals.c ---- */

struct seed_cases;

/* The staff and partners of seed.c, by the part they play. */
enum demo_who {
	WHO_NOBODY, WHO_COORDINATOR, WHO_ONDERSTEUNER, WHO_SOCIAAL, WHO_LEEFBAAR,
	WHO_WIJKBEHEER, WHO_WIJKBEHEER_OOST, WHO_PARTNER_WIJKTEAM, WHO__MAX
};

/* The three wijken of seed.c. */
enum demo_wijk { WIJK_CENTRUM, WIJK_NOORD, WIJK_OOST, WIJK__MAX };

struct demo {
	struct db *db;
	const struct config *cfg;
	int64_t now;
	int32_t today;                  /* Amsterdam day of now */
	int64_t cutoff;                 /* the start of today: nothing happens from here on */
	struct calendar *cal;
	struct category cats[CATEGORY_MAX];
	const char *cat_codes[CATEGORY_MAX];
	int n_cats;
	int64_t user[WHO__MAX];
	const char *user_naam[WHO__MAX];
	int64_t wijk[WIJK__MAX];
	struct arena arena;             /* texts of the load, freed at its end */
	struct seed_cases *cases;
	int n_meldingen;                /* for the closing line */
	/* The status token of the melding whose link is printed: the last one answered by e-mail. */
	char link_token[48];
};

/* A step in a melding's life after it came in, done on a werkdag after receipt. */
enum demo_step {
	STEP_PLAATSEN,       /* an "onbekend" melding placed in its wijk by the ondersteuner */
	STEP_TOEWIJZEN,
	STEP_BEVESTIGEN,
	STEP_NOTITIE,
	STEP_TERUGKOPPELEN,
	STEP_AFSLUITEN,
	STEP__MAX
};

#define DEMO_NOT 0x7fff     /* a step's werkdagen: it does not happen (yet) */

/*
 * One melding and the life the team gives it. The writer turns the
 * werkdagen of each step into moments in office hours, drops whatever
 * would fall on or after today's start, and runs the rest through the
 * melding's state machine in time order.
 */
struct demo_melding {
	int32_t day;                     /* received: Amsterdam day */
	int minute;                      /* and minute of that day (< 22:00) */
	int intake_minutes;              /* registered this long after receipt (staff intake) */
	const char *categorie;           /* category code */
	enum kanaal kanaal;
	const char *omschrijving, *voorval, *plaats;
	const char *postcode, *toevoeging;   /* postcode NULL: only a place */
	int huisnummer;
	const char *naam, *email, *telefoon; /* "" when not given */
	int anoniem;
	enum demo_who intake_by;         /* WHO_NOBODY: the public form */
	/* Where the ondersteuner places it when the register does not (0: not needed). */
	int64_t place_wijk, place_buurt;
	enum demo_who assignee, assign_by, confirm_by;
	/* Werkdagen after receipt (0: the same day) of each step, or DEMO_NOT. */
	int wd[STEP__MAX];
	int minute_seed;                 /* varies the moments of the steps */
	const char *notitie, *terugkoppeling;
	int64_t kosten_cent;             /* on closing; -1: none */
};

/* What the writer made: the row and how far its life got. */
struct demo_written {
	int64_t id;
	char referentie[16];
	int64_t ontvangen_op, bevestigd_op, teruggekoppeld_op;   /* 0: not (yet) */
	enum melding_status status;
};

/*
 * Fills d for a load on db at now: the demo's staff and wijken (found by
 * their e-mail addresses and codes), the categories and the calendar. cfg
 * NULL: the built-in defaults. 0/-1 (logged: the demo organisation is not
 * there).
 */
int demo_setup(struct demo *d, struct db *db, const struct config *cfg, int64_t now);

/* A fresh spec: nothing happens after receipt, no costs. */
void demo_melding_init(struct demo_melding *m);
/* The moment it was received. */
int64_t demo_received_at(const struct demo_melding *m);

/* Writes one melding and its life (melding.c). 0/-1 (logged). */
int demo_melding_write(struct demo *d, const struct demo_melding *m, struct demo_written *out);

/*
 * A line on a melding's timeline, recorded when it happened (vastgelegd =
 * op; melding_event_add() records the wall clock). 0/-1.
 */
int demo_melding_event(struct demo *d, int64_t id, int64_t op, enum demo_who who, const char *soort,
		       const char *tekst, int voor_melder);

/* The moment of werkdag `wd` after day (0: day itself, or the next werkdag), at minute of the day. */
int64_t demo_workday_moment(const struct demo *d, int32_t day, int wd, int minute);
/* The werkdag n werkdagen before today (n >= 1). */
int32_t demo_workdays_back(const struct demo *d, int n);

/* An audit row as the web writes it, by the user who played the part. 0/-1. */
int demo_audit(struct demo *d, enum demo_who who, const char *action, const char *type, const char *id,
	       const char *detail);

/* The organisation's name, and the base of links in messages ("http://127.0.0.1:8080"). */
const char *demo_organisation(const struct demo *d);
const char *demo_base_url(struct demo *d);

/* ---- cases.c (seed_demo_discard() lives in referrals.c) ---- */

/* Prepares the dossiers' plan for this load (before the first day). 0/-1. */
int seed_cases_begin(struct demo *d);
/*
 * Writes what happens on day `day` in the order of its moments: the
 * meldingen about the dossiers' homes, and opening a dossier. The year's
 * other meldingen of that day come in through `write_other`, called with
 * the moment up to which they may be written. 0/-1.
 */
int seed_cases_day(struct demo *d, int32_t day,
		   int (*write_other)(struct demo *d, int64_t until, void *ctx), void *ctx);
/* Everything else of the dossiers and their referrals, after the last day. 0/-1. */
int seed_cases_finish(struct demo *d);
/* Counts for the closing line. */
void seed_cases_counts(const struct demo *d, int *dossiers, int *referrals);
/* Frees what seed_cases_begin() allocated; with discard, removes the stored files too. */
void seed_cases_end(struct demo *d, int discard);

#endif
