/*
 * dossier_meldingen.c - finding and linking meldingen for dossiers (see
 * dossier_meldingen.h): what opening a dossier and koppelen share.
 */
#include "app/dossier_meldingen.h"
#include "app/dossiers.h"
#include "app/meldingen.h"
#include "auth/policy.h"
#include "lib/arena.h"
#include "store/dossier.h"

#include <string.h>

/* May who see m? The melding pages' own scope, asked of the matrix. */
static int melding_visible(const struct actor *who, const struct melding *m)
{
	struct scope s;

	melding_scope(who, m, &s);
	return policy_check(who, ACT_MELDING_READ, &s) == VERDICT_ALLOW;
}

enum app_result dossier_find_melding(struct db *db, struct arena *a, const struct actor *who, const char *ref_in,
				     struct melding *m, const char **why)
{
	const char *ref = dossier_ref_clean(a, ref_in);

	if (!ref[0]) {
		*why = "Vul het nummer van de melding in, bijvoorbeeld M-2026-000123.";
		return APP_INVALID;
	}
	enum store_result r = melding_by_ref(db, a, ref, m);
	if (r == STORE_ERROR)
		return APP_UNAVAILABLE;
	if (r != STORE_OK || !melding_visible(who, m)) {
		*why = arena_printf(a, "Er is geen melding met nummer %s, of u kunt die melding niet inzien. "
				    "Controleer het nummer.", ref);
		return APP_INVALID;
	}
	return APP_OK;
}

const char *dossier_same_wijk(struct arena *a, const struct melding *m, int64_t wijk_id, const char *wijk_naam)
{
	if (!m->wijk_id)
		return arena_printf(a, "Melding %s heeft nog geen wijk. Laat de melding eerst indelen; "
				    "daarna kunt u haar koppelen.", m->referentie);
	if (m->wijk_id != wijk_id)
		return arena_printf(a, "Melding %s ligt in wijk %s; dit dossier hoort bij wijk %s. "
				    "U kunt alleen meldingen uit dezelfde wijk koppelen.", m->referentie,
				    m->wijk_naam && m->wijk_naam[0] ? m->wijk_naam : "(onbekend)", wijk_naam);
	return NULL;
}

int dossier_link_one(struct db *db, int64_t dossier_id, const struct melding *m, int64_t now, int64_t uid)
{
	if (dossier_link(db, dossier_id, m->id, now, uid) != STORE_OK)
		return -1;
	/* The melding's timeline names no dossier: its readers may not know a gevoelig one. */
	if (melding_event_add(db, m->id, now, uid, "dossier_gekoppeld", "Gekoppeld aan een dossier.", 0) != STORE_OK)
		return -1;
	return dossier_event_add(db, dossier_id, now, uid, "gekoppeld", m->referentie) == STORE_OK ? 0 : -1;
}
