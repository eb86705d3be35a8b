/*
 * melding_dubbel.h - the earlier meldingen the duplicate-suggestion rule
 * (domain/dubbel.h) looks at: the open ones at one address since a moment
 * (index melding_dubbel, migration 0035).
 */
#ifndef LEEFBAAR_STORE_MELDING_DUBBEL_H
#define LEEFBAAR_STORE_MELDING_DUBBEL_H

#include "domain/dubbel.h"
#include "store/store.h"

#include <stdint.h>

struct arena;
struct db;

#define MELDING_DUBBEL_MAX 20

struct melding_dubbel_row {
	int64_t id;
	struct dubbel_melding d;   /* strings in the arena */
};

/* The newest open meldingen at this address received since `since` (at most max); their count, or -1. */
int melding_dubbel_candidates(struct db *db, struct arena *a, const char *postcode, int huisnummer,
			      const char *toevoeging, int64_t since, struct melding_dubbel_row *out, int max);

#endif
