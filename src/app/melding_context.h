/*
 * melding_context.h - a melding's context for staff (issue 17, point 8):
 * the other meldingen at the same address and the same postcode in the
 * last 12 weeks and the melder's other meldingen, each only as far as the
 * viewer may see them by the matrix (the same check as opening the
 * melding); and marking one melding as a duplicate of another, or undoing
 * that (app/duplicaat.h makes the duplicates follow their main melding).
 */
#ifndef LEEFBAAR_APP_MELDING_CONTEXT_H
#define LEEFBAAR_APP_MELDING_CONTEXT_H

#include "app/app.h"
#include "store/melding_context.h"

struct actor;
struct arena;
struct db;
struct field_errors;

#define MELDING_CONTEXT_WEKEN 12
#define MELDING_CONTEXT_TOON 10      /* rows shown per list */

struct melding_context_list {
	struct melding_context_row rows[MELDING_CONTEXT_TOON];
	int n;
	int meer;          /* more than shown may exist */
};

struct melding_samenhang {
	struct melding_context_list adres, postcode, melder;
	int anoniem;                     /* no melder list: the melding is anonymous */
	/* This one's main melding (0: none), and whether the viewer may open it. */
	int64_t hoofd_id;
	char hoofd_ref[16];
	int hoofd_zichtbaar;
	struct melding_context_list duplicaten;   /* marked duplicates of this one the viewer may see */
};

/* Fills c for melding m as who sees it. APP_OK or APP_UNAVAILABLE. */
enum app_result melding_context_for(struct db *db, struct arena *a, const struct actor *who, const struct melding *m,
				    struct melding_samenhang *c);

/*
 * Marks m (loaded for ACT_MELDING_HANDLE) as a duplicate of the melding
 * with reference or id `hoofd` that who may read. Refused, with the
 * message on field "hoofdmelding": no reference, unknown or not visible
 * (the same words), itself, a duplicate itself (no chains), m a duplicate
 * already or with duplicates of its own, either one closed. Written in one
 * transaction with both timelines and the audit row. APP_OK,
 * APP_INVALID, APP_UNAVAILABLE.
 */
enum app_result melding_duplicaat_mark(struct db *db, struct arena *a, const struct actor *who, struct melding *m,
				       const char *hoofd, struct field_errors *errs);
/* Undoes the mark of m; APP_INVALID (field "hoofdmelding") when it is none. */
enum app_result melding_duplicaat_undo(struct db *db, struct arena *a, const struct actor *who, struct melding *m,
				       struct field_errors *errs);

#endif
