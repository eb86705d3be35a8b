/*
 * schouw.h - the wijkschouw's use cases (issue 18, point 3): plan a schouw
 * of a wijk or buurt, walk it (the checklist, findings with photos and a
 * location), decide per finding - a melding through the normal intake
 * (kanaal wijkschouw, so routing and terms apply as to any melding) or an
 * agreed action with an owner and a due day - and finish it; the findings
 * as CSV for the corporation's BI.
 *
 * Who: ACT_WIJK_READ to see, ACT_WIJK_WRITE to plan, walk and decide, each
 * within the actor's wijken (app/wijkmonitor.h); a schouw outside them
 * does not exist for the actor (APP_NOT_FOUND, audited).
 */
#ifndef LEEFBAAR_APP_SCHOUW_H
#define LEEFBAAR_APP_SCHOUW_H

#include "app/app.h"
#include "app/intake.h"
#include "auth/policy.h"
#include "store/schouw.h"

#include <stdint.h>

struct arena;
struct config;
struct csv;
struct db;
struct field_errors;

/* The schouw with this id if who may perform action on it: APP_OK, APP_NOT_FOUND (audited), APP_UNAVAILABLE. */
enum app_result schouw_load_for(struct db *db, struct arena *a, const struct actor *who, int64_t id,
				enum action action, struct schouw *out);

/* Every schouw who may read, in schouw_list()'s order; wijk_id 0 or one wijk to show. Count or -1. */
int schouw_list_for(struct db *db, struct arena *a, const struct actor *who, int64_t wijk_id, struct schouw **out);

/*
 * Plans a schouw of the wijk or buurt with CBS code gebied (one who may
 * work on; else a message on "gebied", as for an unknown code). APP_OK
 * (*id), APP_INVALID (errs), APP_UNAVAILABLE. Audited.
 */
enum app_result schouw_plan(struct db *db, struct arena *a, const struct actor *who, const char *gebied,
			    const struct schouw_plan_fields *in, struct field_errors *errs, int64_t *id);

/*
 * Stores the checklist as walked: n points (codes) with their oordeel ids
 * ("ok", "niet_ok", "nvt"; "" or NULL: not judged, left as it was). An
 * unknown code or oordeel is a message on "checklist". A planned schouw
 * becomes gelopen. APP_OK, APP_INVALID, APP_UNAVAILABLE.
 */
enum app_result schouw_checklist_save(struct db *db, struct arena *a, const struct actor *who, struct schouw *s,
				      int n, const char *const *punten, const char *const *oordelen,
				      struct field_errors *errs);

/*
 * Adds a finding with its photos (checked by content, limited like a
 * melding's attachments, stored clean: files_keep_clean()). A planned
 * schouw becomes gelopen; a finished one takes nothing (a message on
 * "schouw"). Refused: nothing kept (files[i].taken stays 0). APP_OK (*id),
 * APP_INVALID, APP_UNAVAILABLE.
 */
enum app_result schouw_finding_add(struct db *db, struct arena *a, const struct config *cfg, const struct actor *who,
				   struct schouw *s, const struct schouw_finding_fields *in, struct intake_file *files,
				   int n_files, struct field_errors *errs, int64_t *id);

/*
 * Makes finding b of s a melding through intake_submit() as staff intake
 * with kanaal wijkschouw (domain/schouw.h: schouw_melding_input()), its
 * photos as the melding's attachments; categorie overrides the point's
 * ("" or NULL: the point's). A melding without an address that places it
 * is placed in the schouw's wijk and buurt (melding_place()). Then the
 * finding points to it. APP_OK (ref filled), APP_INVALID (errs: "bevinding"
 * when it has an outcome already, or the intake's own), APP_NOT_FOUND,
 * APP_UNAVAILABLE.
 */
enum app_result schouw_finding_melding(struct db *db, struct arena *a, const struct config *cfg,
				       const struct actor *who, const struct schouw *s, int64_t b,
				       const char *categorie, struct field_errors *errs, char ref[16]);

/* Records an agreed action on finding b: what, who, due day (YYYY-MM-DD). APP_OK, APP_INVALID, APP_NOT_FOUND, APP_UNAVAILABLE. */
enum app_result schouw_finding_actie(struct db *db, struct arena *a, const struct actor *who, const struct schouw *s,
				     int64_t b, const char *actie, const char *eigenaar, const char *dag,
				     struct field_errors *errs);
/* Marks the open action of finding b done today. APP_OK, APP_INVALID ("bevinding"), APP_NOT_FOUND, APP_UNAVAILABLE. */
enum app_result schouw_actie_gedaan(struct db *db, struct arena *a, const struct actor *who, const struct schouw *s,
				    int64_t b, struct field_errors *errs);
/* Finishes s (schouw_afronden_refusal() on "schouw"). APP_OK, APP_INVALID, APP_UNAVAILABLE. */
enum app_result schouw_afronden(struct db *db, struct arena *a, const struct actor *who, struct schouw *s,
				struct field_errors *errs);

/*
 * Writes the findings as CSV to c (started by the caller): those of
 * schouw s, or (s NULL) of every schouw who may read walked in year jaar.
 * Audited ("geexporteerd") after the rows; APP_OK, or APP_UNAVAILABLE:
 * then nothing may be sent.
 */
enum app_result schouw_export_csv(struct db *db, struct arena *a, const struct actor *who, const struct schouw *s,
				  int jaar, struct csv *c);

#endif
