/*
 * areaimport.h - storing a checked gebieden or adressen file, and placing
 * the "onbekend" meldingen that the new register can now place.
 *
 * areaimport_apply() works inside the caller's transaction, so a whole file
 * commits with its audit row or not at all: the command line and the
 * confirmation in /beheer/gebieden open it, apply, audit, commit. The
 * preview in /beheer/gebieden runs the same function and rolls back, so
 * what it shows is what confirming does.
 *
 * Nothing is deleted. Areas are updated by code, addresses by postcode +
 * huisnummer + toevoeging. An address the adressen file no longer holds is
 * marked ontbreekt (and unmarked when it comes back): a sold home keeps its
 * meldingen' history. Then every open melding without a wijk whose postcode
 * is known is matched again (store/address.h): those that now fall in a wijk
 * get it, with buurt, complex and address when the register knows the home,
 * and a "geplaatst" entry on their timeline.
 */
#ifndef LEEFBAAR_STORE_AREAIMPORT_H
#define LEEFBAAR_STORE_AREAIMPORT_H

#include "domain/areaimport.h"
#include "store/store.h"

#include <stddef.h>
#include <stdint.h>

struct db;

#define AREAIMPORT_PREVIEW_ROWS 10

enum areaimport_change { CHANGE_ADDED, CHANGE_UPDATED, CHANGE_UNCHANGED };

struct areaimport_counts {
	int64_t added;        /* rows new to the database */
	int64_t updated;      /* rows that existed and changed (an address that returns counts here) */
	int64_t unchanged;    /* rows that existed as they are */
	int64_t missing;      /* addresses in the register but not in this file (0 for gebieden) */
	int64_t placed;       /* "onbekend" meldingen placed in a wijk */
	/* What happens to the first rows of the file, for the preview. */
	enum areaimport_change first[AREAIMPORT_PREVIEW_ROWS];
};

/*
 * Stores imp (which areaimport_parse() accepted) inside the caller's
 * transaction and fills c. user_id is who imports (0: the command line),
 * written on the timeline entries; now is the moment they carry.
 * STORE_CONFLICT when the database no longer fits the file (an area it
 * refers to has gone), STORE_ERROR otherwise (logged); roll back on both.
 */
enum store_result areaimport_apply(struct db *db, const struct areaimport *imp, int64_t user_id, int64_t now,
				   struct areaimport_counts *c);

/* "toegevoegd N, bijgewerkt N, ontbreekt N, meldingen geplaatst N" into out. */
void areaimport_summary(const struct areaimport_counts *c, char *out, size_t size);

#endif
