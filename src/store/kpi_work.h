/*
 * kpi_work.h - the worklists behind the dashboard and the daily overview
 * mail (issue 9): what waits for a first confirmation or a first feedback,
 * due today or late, per assignee; and the open workload per staff member.
 *
 * "Late" here is the list's meaning (store/melding_list.h, te_laat): the
 * due day lies before today, the first confirmation (or feedback) is still
 * missing and the melding is not closed. "Due today": the due day is today,
 * same conditions. These are live figures (today), not a period's KPIs.
 *
 * Both questions run on partial indexes that hold only open work
 * (migrations 0003 and 0010), so they stay short at a million meldingen;
 * the test tests/http/test_kpi.c checks the plans (no full scan of melding).
 */
#ifndef LEEFBAAR_STORE_KPI_WORK_H
#define LEEFBAAR_STORE_KPI_WORK_H

#include "lib/arena.h"

#include <stdint.h>

struct db;

/* Whose work, where, as of which day. */
struct kpi_work_scope {
	int32_t today;
	int64_t wijk_id;           /* 0: every wijk in scope; -1: onbekend (no wijk); > 0: one wijk */
	int64_t scope_user;        /* 0: every wijk; else only the wijken bound to this user */
};

/* One assignee's share; assignee_id 0 is "nobody yet". */
struct kpi_work_row {
	int64_t assignee_id;
	const char *naam;          /* "" for nobody */
	int64_t bevestigen_vandaag, bevestigen_te_laat;
	int64_t terugkoppelen_vandaag, terugkoppelen_te_laat;
	int64_t open;              /* meldingen not closed */
	int64_t open_nieuw;        /* of which still nieuw */
};

/*
 * The worklist per assignee: one row per assignee with any open melding in
 * scope, plus (when list_idle_staff) every other active staff user with
 * zeros, so the coördinator sees who has room. Sorted by most late work,
 * then name; "nobody" first. Returns the count (rows in *out, arena
 * memory), or -1.
 */
int kpi_work_per_assignee(struct db *db, struct arena *a, const struct kpi_work_scope *s,
			  int list_idle_staff, struct kpi_work_row **out);

enum kpi_work_kind { KPI_WORK_BEVESTIGEN, KPI_WORK_TERUGKOPPELEN, KPI_WORK__MAX };

struct kpi_work_item {
	int64_t id;
	char referentie[16];
	enum kpi_work_kind kind;
	int32_t due;               /* the due day */
	int late;                  /* due < today */
	int64_t assignee_id;       /* 0: nobody */
	const char *assignee_naam, *categorie_naam, *wijk_naam, *adres_tekst;
};

/*
 * Open work of one kind due today or late, earliest due first, at most
 * limit items. assignee: -1 anyone, 0 nobody, > 0 that user. Returns the
 * count (items in *out, arena memory), or -1.
 */
int kpi_work_items(struct db *db, struct arena *a, const struct kpi_work_scope *s, enum kpi_work_kind kind,
		   int64_t assignee, int limit, struct kpi_work_item **out);

/* A wijk the user may choose on the dashboard. */
struct kpi_wijk {
	int64_t id;
	const char *code, *naam;
};
/* The wijken in scope (scope_user 0: all), by name; count or -1. */
int kpi_work_wijken(struct db *db, struct arena *a, int64_t scope_user, struct kpi_wijk **out);

/* An active staff member, for the daily overview mail. */
struct kpi_staff {
	int64_t id;
	const char *naam, *email, *role;
};
/* Every active staff user with an e-mail address, by id; count or -1. */
int kpi_work_staff(struct db *db, struct arena *a, struct kpi_staff **out);
/*
 * Inside the caller's transaction: records that user_id got the overview
 * of day dag. 1 when that is new, 0 when it was already recorded (a second
 * cron run the same day), -1 on error.
 */
int kpi_work_mark_sent(struct db *db, int64_t user_id, int32_t dag);

/* The statements above, for the EXPLAIN QUERY PLAN test. */
extern const char *const kpi_work_sql[];
extern const int kpi_work_sql_count;

#endif
