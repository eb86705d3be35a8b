/*
 * dossiers.h - leefbaarheidsdossiers (issue 7): the HTML pages and the JSON
 * API, thin front doors to the use cases of app/dossiers.h (loading with
 * the permission check, opening, every action):
 *
 *   dossiers.c           GET/POST /dossiers, /dossiers/nieuw
 *   dossier_page.c       GET /dossiers/{id} and its action forms
 *   dossier_overzicht.c  GET /dossiers/{id}/overzicht, /dossiers/{id}/brieven/{brief}
 *   dossier_melding.c    POST /meldingen/{id}/koppelen|ontkoppelen, and the
 *                        partial the melding page shows
 *   api/dossiers.c       /api/v1/dossiers...
 *   beheer_brieven.c     /beheer/brieven: the letter templates
 *
 * Each reads its input, calls app/, and shows the answer in its own
 * format: a page with the messages beside the fields, or JSON.
 */
#ifndef LEEFBAAR_HANDLERS_DOSSIERS_H
#define LEEFBAAR_HANDLERS_DOSSIERS_H

#include "app/dossiers.h"
#include "auth/policy.h"
#include "domain/dossier.h"
#include "domain/melding.h"
#include "store/dossier.h"

#include <stdint.h>

struct refusal;
struct req;
struct tpl_dict;

/* ---- routes ---- */

int handle_dossiers(struct req *req);               /* GET /dossiers */
int handle_dossier_create(struct req *req);         /* POST /dossiers */
int handle_dossier_new(struct req *req);            /* GET /dossiers/nieuw */
int handle_dossier(struct req *req);                /* GET /dossiers/{id} */
int handle_dossier_action(struct req *req);         /* POST /dossiers/{id}/{action} */
int handle_dossier_overzicht(struct req *req);      /* GET /dossiers/{id}/overzicht */
int handle_dossier_brief(struct req *req);          /* GET /dossiers/{id}/brieven/{brief} */
int handle_melding_dossier_link(struct req *req);   /* POST /meldingen/{id}/koppelen */
int handle_melding_dossier_unlink(struct req *req); /* POST /meldingen/{id}/ontkoppelen */

int handle_api_dossiers(struct req *req);           /* GET /api/v1/dossiers */
int handle_api_dossier_create(struct req *req);     /* POST /api/v1/dossiers */
int handle_api_dossier(struct req *req);            /* GET /api/v1/dossiers/{referentie} */
int handle_api_dossier_link(struct req *req);       /* POST .../meldingen */
int handle_api_dossier_unlink(struct req *req);     /* POST .../meldingen/ontkoppelen */
int handle_api_dossier_intervention(struct req *req); /* POST .../interventies */
int handle_api_dossier_escalation(struct req *req); /* POST .../escalatie */
int handle_api_dossier_close(struct req *req);      /* POST .../afsluiten */

int handle_beheer_brieven(struct req *req);         /* GET /beheer/brieven */
int handle_beheer_brief_save(struct req *req);      /* POST /beheer/brieven/{soort} */

/* ---- shown on the melding page (dossier_melding.c) ---- */

/*
 * Fills the dictionary of templates/melding_dossier_partial.tpl for the
 * melding with this id and reference: the dossiers it belongs to as the
 * session may see them (with an ontkoppelen button for those the session
 * may change), open dossiers at its address it could join (a koppelen
 * button), and a field to link it by dossier reference. `error` (may be
 * NULL) is shown beside that field, `value` kept in it.
 */
void dossier_melding_partial(struct req *req, struct tpl_dict *d, int64_t melding_id, const char *melding_ref,
			     const char *error, const char *value);

/* ---- small shared helpers ---- */

/*
 * How the pages word a refusal of app/dossiers.h (http_refused()): 404
 * "Dossier niet gevonden", 403 "U mag dit dossier bekijken, maar niet
 * wijzigen.", 503 the default.
 */
extern const struct refusal dossier_refusal;
/* The input of an action from the form fields of the same names (and the organisation for letters). */
void dossier_act_input_from_form(struct req *req, struct dossier_act_input *in);
/* "melding-12", "notitie-3", ...; "vertrouwelijk-3" for a vertrouwelijke note (data-item on pages). */
const char *dossier_item_id(struct req *req, const struct timeline_item *t);
/* Timeline items into repetitions of `section` of d: ITEM, WANNEER, LABEL, TEKST (TEKST), WIE (NAAM), VERTROUWELIJK. */
void dossier_fill_timeline(struct req *req, struct tpl_dict *d, const char *section, const struct timeline_item *tl,
			   int n);
/* The badge class of an AVE level ("badge-ok", ...): the words carry the meaning, colour helps. */
const char *dossier_ave_class(enum ave_niveau n);

#endif
