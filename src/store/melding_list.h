/*
 * melding_list.h - the list of meldingen as staff search it: filters,
 * full-text search, sort, paging and the area scope, all in SQL. The HTML
 * list (/meldingen) and the JSON API (GET /api/v1/meldingen) both use it,
 * so what a user sees in one is what the other answers.
 *
 * The scope is part of the query, not a filter applied afterwards: a user
 * whose role does not reach every area (policy_sees_all_areas() is false)
 * gets only rows whose wijk is one of the wijken bound to that user
 * (session->areas, from user_area) or that the user took in (created_by).
 * The caller says which by filling the viewer fields
 * (handlers/melding_actions.h has melding_filter_init() to do that from the
 * session).
 *
 * SQL is never built from input. The statement is put together from
 * constant fragments chosen by which filters are present and by the sort
 * order (an index into a constant table); every value goes in through `?`.
 * Free text for FTS5 is quoted term by term (fts_query(), domain/fts.h).
 *
 * Also here: small read-only look-ups the list and action pages need
 * (wijken and buurten for the selects, staff users for assignment, the
 * number of meldingen without a wijk).
 */
#ifndef LEEFBAAR_MELDING_LIST_H
#define LEEFBAAR_MELDING_LIST_H

#include "lib/names.h"

#include "auth/policy.h"
#include "domain/melding.h"
#include "lib/arena.h"
#include "lib/buf.h"
#include "store/store.h"

#include <stdint.h>

struct db;

#define MELDING_LIST_PER_PAGE 50
/* Sort orders: a closed set, each a constant ORDER BY. */
enum melding_sort {
	MSORT_ONTVANGEN_DESC,      /* newest first (default) */
	MSORT_ONTVANGEN_ASC,       /* oldest first */
	MSORT_BEVESTIGEN,          /* confirmation due day, earliest first */
	MSORT_TERUGKOPPELEN,       /* feedback due day, earliest first */
	MSORT__MAX
};
/*
 * ids: URL words: "nieuwste", "oudste", "bevestigen", "terugkoppelen".
 * labels: dutch labels for the select.
 * parse: -1 if unknown
 */
CLOSED_SET(melding_sort, MSORT__MAX);

/*
 * "Te laat": a due day that passed (due day < today) while the fact it asks
 * for (first confirmation, first feedback) is still missing and the
 * melding is not closed. BEIDE means late on either of the two.
 */
enum melding_late {
	MLATE_ANY,                 /* no filter */
	MLATE_BEVESTIGING,
	MLATE_TERUGKOPPELING,
	MLATE_BEIDE,
	MLATE__MAX
};
/*
 * ids: URL words: "", "bevestiging", "terugkoppeling", "beide".
 * parse: -1 if unknown; "" is MLATE_ANY
 */
CLOSED_SET(melding_late, MLATE__MAX);

/*
 * The dashboard's term figures (domain/kpi.h, issue 9 "Definitions") as a
 * list: which meldingen a figure counts for a period and a peildatum P.
 * Confirmation (the same for feedback with its own days): "op tijd" =
 * confirmed on or before P and on or before the due day; "te laat" =
 * confirmed on or before P but after the due day, or not confirmed by P
 * while the due day lies before P; "open" = not confirmed by P and the due
 * day is P or later. "Binnen streefwaarde": answered by P, on or before the
 * target day. TE_LAAT and OPEN are the dashboard's tiles: late (open) on
 * either term, each melding once. The status plays no part, as in the
 * KPIs; a melding confirmed after P counts as not yet confirmed.
 */
enum melding_termijn {
	MTERM_ANY,                 /* no filter */
	MTERM_BEV_OP_TIJD,
	MTERM_BEV_TE_LAAT,
	MTERM_BEV_OPEN,
	MTERM_TER_OP_TIJD,
	MTERM_TER_TE_LAAT,
	MTERM_TER_OPEN,
	MTERM_TER_STREEF,
	MTERM_TE_LAAT,             /* te laat on confirmation or feedback */
	MTERM_OPEN,                /* open on confirmation or feedback */
	MTERM_TERUGGEKOPPELD,      /* answered by P: the doorlooptijd's population */
	MTERM__MAX
};
/*
 * URL words: "", "bevestiging_op_tijd", "bevestiging_te_laat",
 * "bevestiging_open", "terugkoppeling_op_tijd", "terugkoppeling_te_laat",
 * "terugkoppeling_open", "terugkoppeling_binnen_streef", "te_laat", "open",
 * "teruggekoppeld".
 */
/* parse: -1 if unknown; "" is MTERM_ANY */
CLOSED_SET(melding_termijn, MTERM__MAX);

/*
 * Due today (the worklist's "vandaag"): the fact is still missing, the
 * melding is not closed and its due day is today (the `today` field).
 */
enum melding_vandaag {
	MVANDAAG_ANY,              /* no filter */
	MVANDAAG_BEVESTIGEN,
	MVANDAAG_TERUGKOPPELEN,
	MVANDAAG__MAX
};
/*
 * ids: URL words: "", "bevestigen", "terugkoppelen".
 * parse: -1 if unknown; "" is MVANDAAG_ANY
 */
CLOSED_SET(melding_vandaag, MVANDAAG__MAX);

/*
 * The status filter of a list: a melding_status, or one of these two.
 * OPEN is every melding not afgesloten (the staff list's default: open
 * work); ALLE says "every status" in a URL (status=alle), which reads as
 * no status filter (-1). melding_status_filter_ids are the URL words (the
 * status ids, then "open", "alle"), melding_status_filter_labels the
 * select's labels.
 */
#define MELDING_STATUS_OPEN MS__MAX
#define MELDING_STATUS_ALLE (MS__MAX + 1)
#define MELDING_STATUS_FILTER__MAX (MS__MAX + 2)
extern const char *const melding_status_filter_ids[MELDING_STATUS_FILTER__MAX];
extern const char *const melding_status_filter_labels[MELDING_STATUS_FILTER__MAX];

/* assignee_id values besides a user id. */
#define MELDING_ASSIGNEE_ANY 0
#define MELDING_ASSIGNEE_NONE (-1)          /* not assigned to anyone */

/*
 * What to list. Zero/-1 means "no filter" as noted per field; use
 * melding_filter_clear() to start from "everything", then set the scope.
 */
struct melding_filter {
	int status;                /* enum melding_status, MELDING_STATUS_OPEN, or -1 */
	const char *categorie;     /* category code, or NULL/"" */
	int pijler;                /* enum pijler, or -1 */
	int64_t wijk_id;           /* an area id of a wijk, or 0 */
	int wijk_onbekend;         /* 1: only meldingen without a wijk (the "onbekend" queue) */
	int64_t assignee_id;       /* a user id, MELDING_ASSIGNEE_NONE, or MELDING_ASSIGNEE_ANY */
	int kanaal;                /* enum kanaal, or -1 */
	enum melding_late late;
	int32_t today;             /* Amsterdam day number, for `late` and `vandaag` (and `termijn` without a peildatum) */
	enum melding_vandaag vandaag;
	enum melding_termijn termijn;
	/*
	 * The peildatum: with has_peildatum, only meldingen received on or
	 * before it (as the dashboard counts), and `termijn` is judged as of
	 * it; without, `termijn` is judged as of today.
	 */
	int has_peildatum;
	int32_t peildatum;
	int has_van, has_tot;      /* date range on ontvangen_dag, both ends inclusive */
	int32_t van, tot;
	const char *q;             /* free text (reference, address, description), or NULL/"" */
	enum melding_sort sort;

	/* Scope: who is looking (melding_filter_init() fills these from the session). */
	int64_t viewer_id;         /* the user; 0 sees nothing unless viewer_all_areas */
	int viewer_all_areas;      /* policy_sees_all_areas(role, ACT_MELDING_READ) */
	const int64_t *viewer_areas;   /* the wijk ids the user is bound to (session->areas) */
	int n_viewer_areas;            /* at most MELDING_LIST_AREAS_MAX are used */
	/*
	 * 1: only the viewer's wijken, not what they took in elsewhere (the
	 * KPI figures count the wijken alone; "bereik=wijken" in a URL).
	 */
	int areas_only;
};

/* The scope binds the viewer's wijken one by one (an accurate estimate for the planner). */
#define MELDING_LIST_AREAS_MAX 32

/* Everything (no filters), sorted newest first, scope still to be set (sees nothing). */
void melding_filter_clear(struct melding_filter *f);

/* One row of the list. Strings live in the arena passed to melding_list(). */
struct melding_row {
	int64_t id;
	char referentie[16];
	int64_t ontvangen_op;
	int32_t ontvangen_dag;
	enum kanaal kanaal;
	const char *categorie_code, *categorie_naam;
	enum pijler pijler;
	const char *adres_tekst;
	int64_t wijk_id;                    /* 0: onbekend */
	const char *wijk_naam, *wijk_code;  /* "" when onbekend */
	enum melding_status status;
	int64_t assignee_id;                /* 0: nobody */
	const char *assignee_naam;          /* "" when nobody */
	int64_t created_by;                 /* 0: the public form or anonymous API */
	struct due due;
	int64_t bevestigd_op, teruggekoppeld_op, afgesloten_op;   /* 0 = not yet */
	int32_t bevestigd_dag, teruggekoppeld_dag;                /* -1 = not yet */
};

/* One page of results. */
struct melding_page {
	struct melding_row *rows;  /* n rows, arena memory */
	int n;
	int64_t total;             /* all matching rows in scope */
	int page;                  /* 1-based, clamped to 1..pages */
	int pages;                 /* at least 1 */
	int per_page;              /* MELDING_LIST_PER_PAGE */
};

/*
 * Fills out with page `page` (1-based; values below 1 read as 1, values
 * past the end as the last page) of the meldingen matching f within f's
 * scope, and the total count. STORE_OK, or STORE_ERROR (logged). A free
 * text with no searchable characters matches everything, as if absent.
 */
enum store_result melding_list(struct db *db, struct arena *a, const struct melding_filter *f,
			       int page, struct melding_page *out);

/*
 * The statements melding_list() prepares for f when `total` rows match
 * f, values left as `?`: without a search the count then the page; with
 * one, the single pass over the matches (ids and total) then the rows of
 * a full page by id (for a user bound to wijken with no other filter, the
 * pass that joins the matches to melding_lijst_id); for a search with no
 * scope and no other filter, the
 * count in the full-text index then the walk along the sort order (the
 * plan of an early page of many matches). Each is appended to sql[i]; returns how many (2).
 * For EXPLAIN QUERY PLAN tests (tests/http/test_plan_meldingen.c).
 */
int melding_list_sql(const struct melding_filter *f, int64_t total, struct buf sql[2]);

/* ---- look-ups for the pages around the list ---- */

struct area_item {
	int64_t id;
	int64_t wijk_id;           /* for a buurt: its wijk; for a wijk: itself */
	const char *code, *naam;
};

/* Every wijk (soort 'wijk'), by name; count or -1. */
int melding_list_wijken(struct db *db, struct arena *a, struct area_item **out);
/*
 * What the filter form's lists (categories, wijken, staff) are kept by:
 * it moves with every change of a category, an area or a user (config_versie,
 * migrations 0021 and 0023) and with nothing else. -1 on error and inside a
 * transaction (db_version()).
 */
int64_t melding_list_filter_version(struct db *db);
/* Every buurt with its wijk, by wijk then name; count or -1. */
int melding_list_buurten(struct db *db, struct arena *a, struct area_item **out);
/* The id of the wijk with this code (e.g. "WK999901"), or 0. */
int64_t melding_list_wijk_by_code(struct db *db, const char *code);

/* An active staff user, with whether they are bound to a given wijk. */
struct staff_user {
	int64_t id;
	const char *naam;
	enum role role;
	int in_wijk;               /* bound to the wijk asked about (0 when none was asked) */
};

/*
 * Active users with a staff role, by name; in_wijk tells whether each is
 * bound to wijk_id (0: not asked). Count or -1. The caller decides with the
 * permission matrix who may take a melding (melding_assignable_users()).
 */
int melding_staff_users(struct db *db, struct arena *a, int64_t wijk_id, struct staff_user **out);

/* The number of open meldingen (not afgesloten) without a wijk: the "onbekend" queue as the list opens on it. */
int64_t melding_onbekend_count(struct db *db);

#endif
