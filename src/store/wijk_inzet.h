/*
 * wijk_inzet.h - the SQL of the inzetniveau per wijk or buurt and of the
 * vertellen entries (issue 18, migration 0042). Both tables are
 * append-only; writes run in the caller's transaction.
 */
#ifndef LEEFBAAR_STORE_WIJK_INZET_H
#define LEEFBAAR_STORE_WIJK_INZET_H

#include "domain/inzet.h"
#include "store/store.h"

#include <stdint.h>

struct arena;
struct db;

/* One row of an area's inzetniveau history. */
struct inzet_row {
	int64_t id, area_id, user_id, vastgelegd_op;
	enum inzet_niveau niveau;
	int32_t vanaf;
	const char *reden, *user_naam;   /* user_naam "" without a user (the command line) */
};

/* One vertellen entry. */
struct vertellen_row {
	int64_t id, area_id, partner_id, user_id, vastgelegd_op;
	int32_t dag;
	enum vertellen_bron bron;
	enum vertellen_aanleiding aanleiding;
	const char *tekst, *partner_naam, *user_naam, *area_code, *area_naam;
};

/* A partner organisation to choose from. */
struct inzet_partner {
	int64_t id;
	const char *naam;
};

/* Appends a level; *id set. */
enum store_result wijk_inzet_insert(struct db *db, int64_t area_id, enum inzet_niveau niveau, int32_t vanaf,
				    const char *reden, int64_t user_id, int64_t now, int64_t *id);
/* The history of one area, the latest vanaf first (then the latest row); count or -1 (arena memory). */
int wijk_inzet_history(struct db *db, struct arena *a, int64_t area_id, struct inzet_row **out);
/* The level in force in area_id on day: STORE_OK, STORE_NOTFOUND when none was set up to that day, STORE_ERROR. */
enum store_result wijk_inzet_on(struct db *db, struct arena *a, int64_t area_id, int32_t day, struct inzet_row *out);

/* Appends an entry (partner_id 0: none); *id set. */
enum store_result wijk_vertellen_insert(struct db *db, int64_t area_id, int32_t dag, enum vertellen_bron bron,
					int64_t partner_id, enum vertellen_aanleiding aanleiding, const char *tekst,
					int64_t user_id, int64_t now, int64_t *id);
/*
 * The entries of an area, newest day first: of a wijk its own and its
 * buurten's. At most limit from offset; count or -1 (arena memory).
 */
int wijk_vertellen_list(struct db *db, struct arena *a, int64_t area_id, int64_t offset, int limit,
			struct vertellen_row **out);
/* How many entries wijk_vertellen_list() has for the area; -1 on error. */
int64_t wijk_vertellen_count(struct db *db, int64_t area_id);
/* One entry by id. */
enum store_result wijk_vertellen_get(struct db *db, struct arena *a, int64_t id, struct vertellen_row *out);

/* The active partner organisations by name; count or -1. */
int wijk_inzet_partners(struct db *db, struct arena *a, struct inzet_partner **out);
/* STORE_OK when id names an active partner organisation (its name in *naam), STORE_NOTFOUND when not. */
enum store_result wijk_inzet_partner(struct db *db, struct arena *a, int64_t id, const char **naam);

#endif
