/*
 * doorverwijzingen.h - the HTML pages of referrals to partner organisations
 * and of the partner portal (issue 8), and the block on the dossier page.
 * What the pages share with the JSON API (api/doorverwijzingen.h) - loading
 * with the permission check, sending, every step, the list's filters - is
 * in app/referrals.h; these files read the request, call it and render.
 *
 *   doorverwijzingen.c          GET /doorverwijzingen (staff and partner
 *                               lists), GET/POST the new-referral form
 *   doorverwijzingen_page.c     GET /doorverwijzingen/{id}, its files and
 *                               the action forms
 *   doorverwijzingen_dossier.c  the block the dossier page includes
 *   doorverwijzingen_beheer.c   GET/POST /beheer/partners/termijnen
 */
#ifndef LEEFBAAR_HANDLERS_DOORVERWIJZINGEN_H
#define LEEFBAAR_HANDLERS_DOORVERWIJZINGEN_H

#include "auth/policy.h"
#include "domain/melding.h"
#include "domain/referral.h"
#include "store/referral.h"

#include <stdint.h>

struct dossier;
struct req;
struct tpl_dict;

/* ---- routes ---- */

int handle_doorverwijzingen(struct req *req);            /* GET /doorverwijzingen */
int handle_doorverwijzing_nieuw(struct req *req);        /* GET /doorverwijzingen/nieuw?dossier= */
int handle_doorverwijzing_create(struct req *req);       /* POST /doorverwijzingen */
int handle_doorverwijzing(struct req *req);              /* GET /doorverwijzingen/{id} */
int handle_doorverwijzing_bijlage(struct req *req);      /* GET /doorverwijzingen/{id}/bijlagen/{bijlage} */
int handle_doorverwijzing_accepteren(struct req *req);   /* POST /doorverwijzingen/{id}/accepteren */
int handle_doorverwijzing_afwijzen(struct req *req);     /* POST /doorverwijzingen/{id}/afwijzen */
int handle_doorverwijzing_reactie(struct req *req);      /* POST /doorverwijzingen/{id}/reactie */
int handle_doorverwijzing_afsluiten(struct req *req);    /* POST /doorverwijzingen/{id}/afsluiten */
int handle_beheer_termijnen(struct req *req);            /* GET /beheer/partners/termijnen */
int handle_beheer_termijnen_save(struct req *req);       /* POST /beheer/partners/termijnen */

/* ---- shown on the dossier page ---- */

/*
 * Fills the include DOORVERWIJZINGEN of the dossier page's dictionary d
 * with templates/doorverwijzing_dossier_partial.tpl: the dossier's
 * referrals with status and due marker, and the button to refer when the
 * session may. Nothing when the session may not read referrals.
 */
void doorverwijzing_dossier_partial(struct req *req, struct tpl_dict *d, const struct dossier *dossier);

#endif
