/*
 * melding_context.h - the context part of the staff melding page (issue
 * 17, point 8): other meldingen at the address, the postcode and of the
 * melder, and marking a duplicate (web/melding_context.c).
 */
#ifndef LEEFBAAR_WEB_MELDING_CONTEXT_H
#define LEEFBAAR_WEB_MELDING_CONTEXT_H

#include "http/input.h"

struct db;
struct field_errors;
struct melding;
struct req;
struct tpl_dict;

/*
 * Fills d (tpl_include(page, "CONTEXT", "melding_context.tpl")) for m as
 * the request's user sees it. errs: a refused duplicate mark to show
 * beside its field with the input kept, or NULL.
 */
void melding_context_partial(struct req *req, struct db *db, struct tpl_dict *d, const struct melding *m,
			     const struct field_errors *errs);

/* POST /meldingen/{id}/duplicaat (hoofdmelding) and /meldingen/{id}/duplicaat/opheffen. */
int handle_melding_duplicaat(struct req *req);
extern const struct field_spec melding_duplicaat_fields[];
int handle_melding_duplicaat_opheffen(struct req *req);

#endif
