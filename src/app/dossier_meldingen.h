/*
 * dossier_meldingen.h - private to app/dossier*.c: finding a melding by
 * the reference someone typed, the one-wijk rule, and linking a melding
 * with both timelines. Opening a dossier (dossiers.c) and the koppelen
 * action (dossier_act.c) both use them, so the rules are the same.
 */
#ifndef LEEFBAAR_APP_DOSSIER_MELDINGEN_H
#define LEEFBAAR_APP_DOSSIER_MELDINGEN_H

#include "app/app.h"
#include "store/melding.h"

#include <stdint.h>

struct actor;
struct arena;
struct db;

/*
 * Finds the melding with the reference ref_in (cleaned as
 * dossier_ref_clean() does) that who may read. Unknown and invisible are
 * one answer, so a refused link tells nothing about meldingen who may not
 * see. APP_OK (*m filled), APP_INVALID (*why: a Dutch message in a) or
 * APP_UNAVAILABLE.
 */
enum app_result dossier_find_melding(struct db *db, struct arena *a, const struct actor *who, const char *ref_in,
				     struct melding *m, const char **why);

/* A melding may join a dossier of its own wijk only. NULL, or why not (in a). */
const char *dossier_same_wijk(struct arena *a, const struct melding *m, int64_t wijk_id, const char *wijk_naam);

/* Links m to the dossier with both timelines, inside the caller's transaction. 0 or -1. */
int dossier_link_one(struct db *db, int64_t dossier_id, const struct melding *m, int64_t now, int64_t uid);

#endif
