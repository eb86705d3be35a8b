/*
 * tevredenheid.h - the melder's scores and the verzoeken tot heropenen
 * they raise (table tevredenheid, migration 0038), and the figures the
 * dashboard and /api/v1/kpi count from them.
 */
#ifndef LEEFBAAR_STORE_TEVREDENHEID_H
#define LEEFBAAR_STORE_TEVREDENHEID_H

#include "store/store.h"

#include <stdint.h>

struct arena;
struct db;

/* One answer, with the verzoek it raised and its outcome. */
struct tevredenheid {
	int64_t id, melding_id, sluiting, gegeven_op;
	int score;
	const char *tekst;
	int verzoek;                   /* 1: raised a verzoek tot heropenen */
	int besluit;                   /* enum heropen_besluit, or -1: not decided (or no verzoek) */
	const char *besluit_toelichting, *besluit_naam;   /* "" when none */
	int64_t besluit_door, besluit_op;
};

/* What tevredenheid_insert() writes; the caller checked it. */
struct tevredenheid_new {
	int64_t melding_id, sluiting, gegeven_op, category_id, wijk_id;   /* wijk_id 0: onbekend */
	int32_t dag;
	int score, verzoek;
	const char *tekst;
};

/* The current closing of a melding: the id of its newest "afgesloten" timeline entry; 0 none, -1 error. */
int64_t tevredenheid_sluiting(struct db *db, int64_t melding_id);
/* The answer to the closing `sluiting` of a melding. STORE_OK, STORE_NOTFOUND or STORE_ERROR; text in a. */
enum store_result tevredenheid_get(struct db *db, struct arena *a, int64_t melding_id, int64_t sluiting,
				   struct tevredenheid *out);
/* The newest answer of a melding with a verzoek still to decide. As tevredenheid_get. */
enum store_result tevredenheid_verzoek_open(struct db *db, struct arena *a, int64_t melding_id,
					    struct tevredenheid *out);
/* Stores an answer; STORE_CONFLICT when that closing has one already. */
enum store_result tevredenheid_insert(struct db *db, const struct tevredenheid_new *n, int64_t *id);
/* Records the decision on verzoek id; STORE_NOTFOUND when it is decided already (or none). */
enum store_result tevredenheid_besluit_set(struct db *db, int64_t id, int besluit, const char *toelichting,
					   int64_t user_id, int64_t op);

/* ---- figures ---- */

/* The answers of one category in one wijk (0: onbekend): their number and the sum of their scores. */
struct tevredenheid_kpi_row {
	int64_t category_id, wijk_id, n, som;
};
/*
 * The answers given on days van..tot, per category and wijk: wijk_id 0
 * every wijk within scope_user (0: everyone's; else only the wijken bound
 * to that user, onbekend left out), -1 onbekend only, else that wijk.
 * The count of rows (arena array), or -1.
 */
int tevredenheid_kpi(struct db *db, struct arena *a, int32_t van, int32_t tot, int64_t wijk_id, int64_t scope_user,
		     struct tevredenheid_kpi_row **out);
/* tevredenheid_kpi's statements, for the query plan test (tests/http/test_tevredenheid.c). */
extern const char *const tevredenheid_kpi_sql[];
extern const int tevredenheid_kpi_sql_count;

/* An open verzoek tot heropenen, for the werklijst. */
struct tevredenheid_open {
	int64_t melding_id, gegeven_op;
	int score;
	const char *referentie, *categorie_naam, *wijk_naam;   /* wijk_naam "" for onbekend */
};
/*
 * The open verzoeken, oldest first, in wijk_id (0: every wijk within
 * scope_user as above; -1: onbekend), at most max. Count or -1.
 */
int tevredenheid_open_list(struct db *db, struct arena *a, int64_t wijk_id, int64_t scope_user, int max,
			   struct tevredenheid_open **out);

#endif
