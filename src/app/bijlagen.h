/*
 * bijlagen.h - staff captions on a melding's attachments (issue 17,
 * point 7: clean evidence). The photo itself is cleaned when it is kept
 * (files_keep_clean()); its capture moment is a field of its own; the
 * caption says what the judge is looking at.
 */
#ifndef LEEFBAAR_APP_BIJLAGEN_H
#define LEEFBAAR_APP_BIJLAGEN_H

#include "app/app.h"

#include <stdint.h>

struct actor;
struct db;
struct field_errors;
struct melding;

/* Longest caption, in characters: a line under a photo, not a report. */
#define BIJSCHRIFT_MAX 300

/*
 * Sets (or, with "", clears) the caption of attachment bijlage_id of m,
 * which the caller loaded with melding_load_for(..., ACT_MELDING_HANDLE,
 * ...), as who: the caption trimmed, at most BIJSCHRIFT_MAX characters,
 * one line; with an audit row in the same transaction. errs is cleared
 * first. APP_OK, APP_INVALID (an error on "bijschrift"), APP_NOT_FOUND
 * (no such attachment of m), APP_UNAVAILABLE.
 */
enum app_result bijlage_bijschrift(struct db *db, const struct actor *who, const struct melding *m,
				   int64_t bijlage_id, const char *tekst, struct field_errors *errs);

#endif
