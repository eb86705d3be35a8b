/*
 * doorverwijzingen.h - the HTML pages of referrals to partner organisations
 * and of the partner portal (issue 8), and the block on the dossier page.
 * What the pages share with the JSON API (api/doorverwijzingen.h) - loading
 * with the permission check, sending, every step, the list's filters - is
 * in app/referrals.h; these files read the request, call it and render.
 *
 *   doorverwijzingen.c          GET /doorverwijzingen (staff and partner
 *                               lists), GET/POST the new-referral form, and
 *                               the two readers the API shares: the list's
 *                               filters and the step a route takes
 *   doorverwijzingen_page.c     GET /doorverwijzingen/{id}, its files and
 *                               the action forms
 *   doorverwijzingen_dossier.c  the block the dossier page includes
 *   doorverwijzingen_beheer.c   GET/POST /beheer/partners/termijnen
 *
 * Each file declares what its routes read (http/input.h) beside the code
 * that reads it; routes.c names these tables.
 */
#ifndef LEEFBAAR_WEB_DOORVERWIJZINGEN_H
#define LEEFBAAR_WEB_DOORVERWIJZINGEN_H

#include "app/app.h"
#include "auth/policy.h"
#include "domain/melding.h"
#include "domain/referral.h"
#include "http/input.h"
#include "store/referral.h"

#include <stdint.h>

struct dossier;
struct field_errors;
struct refusal;
struct req;
struct tpl_dict;

/* ---- routes ---- */

int handle_doorverwijzingen(struct req *req);            /* GET /doorverwijzingen */
int handle_doorverwijzing_nieuw(struct req *req);        /* GET /doorverwijzingen/nieuw?dossier= */
int handle_doorverwijzing_create(struct req *req);       /* POST /doorverwijzingen */
int handle_doorverwijzing(struct req *req);              /* GET /doorverwijzingen/{id} */
int handle_doorverwijzing_bijlage(struct req *req);      /* GET /doorverwijzingen/{id}/bijlagen/{bijlage} */
/* POST /doorverwijzingen/{id}/accepteren, afwijzen, reactie and afsluiten: doorverwijzing_step() tells them apart. */
int handle_doorverwijzing_step(struct req *req);
int handle_beheer_termijnen(struct req *req);            /* GET /beheer/partners/termijnen */
int handle_beheer_termijnen_save(struct req *req);       /* POST /beheer/partners/termijnen */

/* ---- what they read, checked by the input stage (http/input.h) ---- */

extern const struct field_spec doorverwijzingen_fields[];         /* GET /doorverwijzingen */
extern const struct field_spec doorverwijzing_nieuw_fields[];     /* GET /doorverwijzingen/nieuw */
extern const struct field_spec doorverwijzing_create_fields[];    /* POST /doorverwijzingen */
extern const struct field_spec doorverwijzing_page_fields[];      /* GET /doorverwijzingen/{id} */
extern const struct field_spec doorverwijzing_afwijzen_fields[];  /* POST /doorverwijzingen/{id}/afwijzen */
extern const struct field_spec doorverwijzing_reactie_fields[];   /* POST /doorverwijzingen/{id}/reactie */
extern const struct field_spec doorverwijzing_afsluiten_fields[]; /* POST /doorverwijzingen/{id}/afsluiten */
extern const struct field_spec beheer_termijnen_fields[];         /* GET /beheer/partners/termijnen */
extern const struct field_spec beheer_termijnen_save_fields[];    /* POST /beheer/partners/termijnen */

/* ---- shared with the JSON API (api/doorverwijzingen.c) ---- */

/*
 * The list's filters, declared alike by the page and the API. As sent
 * (FT_TEXT): app/referrals.c judges them all in one place
 * (referral_filter_read(), which also looks up the wijk and the dossier),
 * and each front door answers the first bad one its own way - the page
 * beside the filter, the API with 400 {"fout": "field: message"}.
 */
#define DOORVERWIJZING_FILTER_FIELDS \
	{ .name = "status", .from = IN_QUERY, .type = FT_TEXT }, \
	{ .name = "te_laat", .from = IN_QUERY, .type = FT_TEXT }, \
	{ .name = "beantwoord", .from = IN_QUERY, .type = FT_TEXT }, \
	{ .name = "partner", .from = IN_QUERY, .type = FT_TEXT }, \
	{ .name = "wijk", .from = IN_QUERY, .type = FT_TEXT }, \
	{ .name = "dossier", .from = IN_QUERY, .type = FT_TEXT }

/*
 * The filters of a route that declares DOORVERWIJZING_FILTER_FIELDS, read
 * into f by referral_filter_read() as the session may filter (errs names
 * the ones that are not valid, in declaration order). APP_OK, APP_INVALID
 * (f holds the valid rest) or APP_UNAVAILABLE.
 */
enum app_result doorverwijzing_filter_from_query(struct req *req, struct referral_filter *f, struct field_errors *errs);

/*
 * The step a POST .../doorverwijzingen/{id}/<step> route takes: the last
 * word of its pattern (referral_action_ids), so the route table says it
 * once for the page and the API alike.
 */
enum referral_action doorverwijzing_step(const struct req *req);

/* How the form and the API refuse a dossier one cannot refer from (http_refused()). */
extern const struct refusal doorverwijzing_dossier_refusal;

/* ---- shown on the dossier page ---- */

/*
 * Fills the include DOORVERWIJZINGEN of the dossier page's dictionary d
 * with templates/doorverwijzing_dossier_partial.tpl: the dossier's
 * referrals with status and due marker, and the button to refer when the
 * session may. Nothing when the session may not read referrals.
 */
void doorverwijzing_dossier_partial(struct req *req, struct tpl_dict *d, const struct dossier *dossier);

#endif
