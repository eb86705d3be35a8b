/*
 * melding_context.h - the SQL of a melding's context for staff (issue 17,
 * point 8): the other meldingen at the same address and postcode in the
 * last weeks, the melder's other meldingen, and marking one melding as a
 * duplicate of another.
 *
 * Every list is an index range in date order with a LIMIT (migration
 * 0040; the plans are checked in tests/http/test_context.c), so the part
 * costs the same at a million meldingen as at a hundred. The rows carry
 * the wijk and who took the melding in: the caller keeps only those the
 * viewer may see (app/melding_context.c, with the matrix). Strings live in
 * the arena passed.
 */
#ifndef LEEFBAAR_STORE_MELDING_CONTEXT_H
#define LEEFBAAR_STORE_MELDING_CONTEXT_H

#include "domain/melding.h"
#include "lib/arena.h"
#include "store/melding.h"
#include "store/store.h"

#include <stdint.h>

struct db;

/* One melding in a context list. */
struct melding_context_row {
	int64_t id, ontvangen_op, wijk_id, created_by, duplicaat_van;
	int32_t ontvangen_dag;
	char referentie[16];
	const char *categorie_naam, *adres_tekst;
	enum melding_status status;
	int anoniem;
};

/*
 * Up to max meldingen other than m received at or after `since`, newest
 * first, into rows (the caller's array); the count or -1.
 *   melding_context_adres:    the same address (address_id, else postcode,
 *                             house number and toevoeging); 0 rows without
 *                             an address;
 *   melding_context_postcode: the same postcode at another house number;
 *   melding_context_melder:   the same melder (melder_sleutel or phone),
 *                             any date; 0 rows for an anonymous melding.
 */
int melding_context_adres(struct db *db, struct arena *a, const struct melding *m, int64_t since,
			  struct melding_context_row *rows, int max);
int melding_context_postcode(struct db *db, struct arena *a, const struct melding *m, int64_t since,
			     struct melding_context_row *rows, int max);
int melding_context_melder(struct db *db, struct arena *a, const struct melding *m,
			   struct melding_context_row *rows, int max);
/* The meldingen marked duplicaat_van = id, oldest first; the count or -1. */
int melding_context_duplicaten(struct db *db, struct arena *a, int64_t id, struct melding_context_row *rows, int max);

/* The SQL of the lists above, for the plan checks of the tests. */
extern const char MELDING_CONTEXT_SQL_ADRES[], MELDING_CONTEXT_SQL_HUIS[], MELDING_CONTEXT_SQL_POSTCODE[],
	MELDING_CONTEXT_SQL_SLEUTEL[], MELDING_CONTEXT_SQL_TELEFOON[];

/*
 * Marks id as a duplicate of van (van 0: no longer one). STORE_CONFLICT
 * when marking and id is a duplicate already: nothing changed. Inside the
 * caller's transaction.
 */
enum store_result melding_set_duplicaat(struct db *db, int64_t id, int64_t van);

#endif
