/*
 * wijk_inzet.h - the use cases of the inzetniveau and the vertellen
 * entries of a wijk or buurt (issue 18, point 1): read them, set a level
 * (the coördinator: ACT_WIJK_STEER), add an entry (ACT_WIJK_WRITE). Each
 * write is audited in its own transaction.
 *
 * The area has been loaded by the caller with wijk_load_for()
 * (app/wijkmonitor.h); the writes check the matrix again for the area's
 * wijk, so the command line or a later caller cannot skip it.
 */
#ifndef LEEFBAAR_APP_WIJK_INZET_H
#define LEEFBAAR_APP_WIJK_INZET_H

#include "app/app.h"
#include "auth/policy.h"
#include "domain/fields.h"
#include "domain/inzet.h"
#include "store/area.h"
#include "store/wijk_inzet.h"

#include <stdint.h>

struct arena;
struct db;

/* The level of an area on a day, and where it comes from. */
struct inzet_stand {
	int set;                    /* 0: never set here nor in the wijk: basis by default */
	int van_wijk;               /* a buurt without a level of its own follows its wijk's */
	struct inzet_row row;       /* when set: the row in force */
};

/* An area's level today and its own history, the latest first (arena memory). */
struct inzet_view {
	struct inzet_stand stand;
	struct inzet_row *history;
	int n_history;
};

/*
 * The level in force in area on day: its own latest row up to that day,
 * else (for a buurt) its wijk's, else basis (set = 0). For the /wijken
 * index and the dashboard as well as the profile: one indexed look-up (two
 * for a buurt). 0, or -1 (logged) when the database failed.
 */
int wijk_inzet_stand(struct db *db, struct arena *a, const struct area *area, int32_t day, struct inzet_stand *out);
/* The level of the area with this id on day, as wijk_inzet_stand(); INZET_BASIS when never set or on an error (logged). */
enum inzet_niveau wijk_inzet_niveau(struct db *db, struct arena *a, int64_t area_id, int32_t day);

/* What the profile shows (who may read area: the caller checked). */
enum app_result wijk_inzet_read(struct db *db, struct arena *a, const struct area *area, int32_t today,
				struct inzet_view *out);

/*
 * Sets the level of area from in->vanaf with a reason (a new row: the
 * history keeps the old). APP_INVALID with errs per field ("niveau",
 * "vanaf", "reden"); APP_NOT_FOUND when who may not steer this wijk.
 */
enum app_result wijk_inzet_set(struct db *db, struct arena *a, const struct actor *who, const struct area *area,
			       const struct inzet_fields *in, struct field_errors *errs, int64_t *id);

/*
 * Adds a vertellen entry to area. APP_INVALID with errs per field ("dag",
 * "bron", "partner", "aanleiding", "tekst"); APP_NOT_FOUND when who may not
 * write in this wijk. *id: the new entry's.
 */
enum app_result wijk_vertellen_add(struct db *db, struct arena *a, const struct actor *who, const struct area *area,
				   const struct vertellen_fields *in, struct field_errors *errs, int64_t *id);

/* A page of an area's entries, newest first, and their total (-1 -> APP_UNAVAILABLE). */
enum app_result wijk_vertellen_page(struct db *db, struct arena *a, const struct area *area, int64_t offset, int limit,
				    struct vertellen_row **rows, int *n, int64_t *total);

#endif
