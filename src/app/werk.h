/*
 * werk.h - the worklists (issue 9, Worklists): the meldingen that must be
 * confirmed or answered today and those already late, with how late in
 * werkdagen (the corporation's closing days counted, as the terms are).
 * Two use cases share them: the werklijst page (GET /dashboard/werklijst,
 * grouped per assignee) and `leefbaar dagoverzicht`, each staff member's
 * daily mail. Live figures: today, whatever period a page shows.
 */
#ifndef LEEFBAAR_APP_WERK_H
#define LEEFBAAR_APP_WERK_H

#include "app/app.h"
#include "store/kpi_work.h"

#include <stdint.h>

struct actor;
struct arena;
struct db;

/* One assignee's share of a werklijst; id 0 is "nobody yet". */
struct werk_person {
	int64_t id;
	const char *naam;
	int n[KPI_WORK__MAX];
};

/* The work of both kinds, each in due order. Arena memory. */
struct werk_list {
	struct kpi_work_item *items[KPI_WORK__MAX];
	int n[KPI_WORK__MAX];
	int *te_laat[KPI_WORK__MAX];      /* by item: werkdagen from the due day to today (late items) */
	int *person[KPI_WORK__MAX];       /* by item: its assignee's index in people (werk_lijst only) */
	int truncated;                    /* a kind reached the limit: there is more */
	struct werk_person *people;       /* werk_lijst: nobody first, then by name */
	int n_people;
};

/* A werklijst as asked: which day, which wijk, whose work. */
struct werk_input {
	int32_t today;
	int64_t wijk_id;                  /* 0: every wijk in who's scope; -1: onbekend; > 0: one wijk */
	int64_t assignee;                 /* -1: anyone; 0: nobody yet; > 0: that user */
};

/* A person's list is read whole up to this many items of a kind; beyond it the list page takes over. */
#define WERK_MAX 1000

/*
 * The werklijst of in within who's wijken (ACT_DASHBOARD): at most
 * WERK_MAX items of each kind, grouped per assignee. APP_OK or
 * APP_UNAVAILABLE.
 */
enum app_result werk_lijst(struct db *db, struct arena *a, const struct actor *who, const struct werk_input *in,
			   struct werk_list *out);

/* What `leefbaar dagoverzicht` did. */
struct werk_dagoverzicht {
	int werkdag;                      /* 0: today is no werkdag, nothing was queued */
	int queued;                       /* mails new in the outbox (a second run the same day adds none) */
};
/*
 * Queues, for every active staff member with work due today or late (and,
 * for an ondersteuner or coördinator, with work nobody has picked up), the
 * mail of today's work, at most 25 items per kind. base_url ("" for
 * none) links to the werklijst. Each mail and the note that its addressee
 * got today's overview are stored in one transaction, so a second run the
 * same day sends nothing twice. APP_OK or APP_UNAVAILABLE (what was queued
 * before the failure stays queued).
 */
enum app_result werk_dagoverzicht(struct db *db, struct arena *a, int32_t today, const char *base_url,
				  struct werk_dagoverzicht *out);

#endif
