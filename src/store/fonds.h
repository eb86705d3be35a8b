/*
 * fonds.h - the SQL of the leefbaarheidsfonds (migration 0041): the budget
 * per wijk and year, and the append-only ledger of grants and payments.
 *
 * Nothing here stores a total: granted and spent are read as the ledger's
 * rows (per initiative, summed by SQL per initiative), and the pages add
 * those rows up themselves (domain/initiatief.h, fonds_sum()).
 */
#ifndef LEEFBAAR_STORE_FONDS_H
#define LEEFBAAR_STORE_FONDS_H

#include "domain/initiatief.h"
#include "store/store.h"

#include <stdint.h>

struct arena;
struct db;

/* The budget of a wijk in a year: STORE_OK and *cent, STORE_NOTFOUND when none is set. */
enum store_result fonds_budget_get(struct db *db, int64_t wijk_id, int jaar, int64_t *cent);
enum store_result fonds_budget_set(struct db *db, int64_t wijk_id, int jaar, int64_t cent, int64_t user_id,
				   int64_t now);

/* One ledger row as shown; text in the caller's arena. */
struct fonds_boeking {
	struct boeking b;
	int64_t initiatief_id;
	int32_t dag;
	const char *omschrijving, *door;
	int64_t vastgelegd_op;
};

/* Appends a row (b.id set on STORE_OK). correctie_van 0: an original row. */
enum store_result fonds_boeking_add(struct db *db, struct fonds_boeking *row, int64_t user_id, int64_t now);
/* The rows of one initiative, oldest first: the count, -1 on error. */
int fonds_boekingen(struct db *db, struct arena *a, int64_t initiatief_id, struct fonds_boeking **out);
/* Only the amounts (for the checks of domain/initiatief.h): the count, -1. */
int fonds_boeking_bedragen(struct db *db, struct arena *a, int64_t initiatief_id, struct boeking **out);

/* A wijk of the fund's year: its budget (-1 none set). */
struct fonds_wijk {
	int64_t wijk_id;
	const char *code, *naam;
	int64_t budget_cent;
};
/* Every wijk, by name, with its budget for jaar: the count, -1. */
int fonds_wijken(struct db *db, struct arena *a, int jaar, struct fonds_wijk **out);

/* An initiative of the year with its ledger rows summed (SQL, per initiative, from the rows). */
struct fonds_regel {
	int64_t initiatief_id, wijk_id;
	const char *referentie, *titel;
	enum initiatief_status status;
	int64_t gevraagd_cent, toegekend_cent, besteed_cent;
	int64_t besloten_op;
	const char *besluit_reden;
};
/*
 * The initiatives of jaar (in wijk_id, or every wijk for 0) that have been
 * decided or have ledger rows, by wijk then reference: the count, -1.
 */
int fonds_regels(struct db *db, struct arena *a, int jaar, int64_t wijk_id, struct fonds_regel **out);

#endif
