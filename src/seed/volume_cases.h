/*
 * volume_cases.h - dossiers and doorverwijzingen in volume, for
 * `leefbaar seed --meldingen N` (volume.c): about 2% of the N meldingen
 * bundled into dossiers of varying size over the years (a few with
 * several hundred), about one doorverwijzing per three dossiers, most
 * closed, the recent ones still open. The dossiers are written through
 * the demo's own writers (cases.h: case_insert, case_link, case_act), so
 * they are the rows the web would have written.
 *
 * In two steps around the meldingen: vc_plan() before them decides every
 * dossier (home, size, the days it takes a melding in its buurt), and
 * vc_take() gives a melding of the walk to the dossier waiting for one in
 * its buurt, with the home as its address; after them vc_write() opens
 * the dossiers, links their meldingen and plays their actions, all in the
 * order of time.
 */
#ifndef LEEFBAAR_SEED_VOLUME_CASES_H
#define LEEFBAAR_SEED_VOLUME_CASES_H

#include "domain/melding.h"

#include <stdint.h>

struct config;
struct db;
struct vc;

/* A home of the register, as a melding about it carries it. */
struct vc_home {
	int64_t address_id, buurt_id, wijk_id, complex_id;   /* complex_id 0: none */
	char postcode[8], toevoeging[8];
	int huisnummer;
	char straat[120], woonplaats[80];
	char adres[240];                                     /* "Kerkstraat 1, 9991 AA Voorbeeldstad" */
};

/*
 * Plans the dossiers for n meldingen received from day first to today,
 * from seed (the same seed, the same plan). NULL when the register holds
 * no homes: then there are no dossiers (not an error). Caller frees with
 * vc_free().
 */
struct vc *vc_plan(struct db *db, long n, int32_t first, int32_t today, uint64_t seed);

/*
 * The melding with reference ref, received at ontvangen_op on day in
 * buurt_id (pillar p), goes to a dossier waiting for one there: returns
 * that dossier's home, which becomes the melding's address, or NULL.
 * Meldingen must come in day order.
 */
const struct vc_home *vc_take(struct vc *v, int32_t day, int64_t buurt_id, enum pijler p, const char *ref,
			      int64_t ontvangen_op);

/*
 * Writes the planned dossiers in the caller's transaction, after their
 * meldingen are in: needs the demo organisation's staff and partners
 * (without them it writes nothing and says so). cfg as for the demo.
 * Counts go to *dossiers, *referrals and *linked. 0/-1 (logged).
 */
int vc_write(struct vc *v, struct db *db, const struct config *cfg, int64_t now, int *dossiers, int *referrals,
	     int *linked);

void vc_free(struct vc *v);

#endif
