/*
 * api/doorverwijzingen.h - the JSON API for referrals (issue 8, point 7;
 * a contract, documented in README.md), over the use cases of
 * app/referrals.h:
 *
 *   POST /api/v1/dossiers/{referentie}/doorverwijzingen   {"partner": id, "reden", "vraag",
 *        "gedeelde_informatie", "bijlagen"?: [ids]} -> 201 {"id", "status": "verstuurd", "antwoord_uiterlijk"}
 *   GET  /api/v1/doorverwijzingen[?status=&te_laat=&beantwoord=&partner=&wijk=&dossier=&pagina=]
 *   GET  /api/v1/doorverwijzingen/{id}
 *   POST /api/v1/doorverwijzingen/{id}/accepteren                  (partner)
 *   POST /api/v1/doorverwijzingen/{id}/afwijzen   {"reden"}        (partner)
 *   POST /api/v1/doorverwijzingen/{id}/reactie    {"tekst"}        (partner)
 *   POST /api/v1/doorverwijzingen/{id}/afsluiten                   (case worker)
 *
 * Staff see what their HTML pages show; a partner token or session sees
 * its own organisation's referrals only, without the internal reason or
 * anything of the dossier, and gets 404 for any other. The steps answer
 * 200 with the referral; a step the status does not allow is a 422 on the
 * field "status", like the meldingen API.
 */
#ifndef LEEFBAAR_API_DOORVERWIJZINGEN_H
#define LEEFBAAR_API_DOORVERWIJZINGEN_H

#include "http/input.h"

struct req;

int handle_api_dossier_doorverwijzing(struct req *req);     /* POST /api/v1/dossiers/{referentie}/doorverwijzingen */
int handle_api_doorverwijzingen(struct req *req);           /* GET /api/v1/doorverwijzingen */
int handle_api_doorverwijzing(struct req *req);             /* GET /api/v1/doorverwijzingen/{id} */
/* POST .../accepteren, afwijzen, reactie and afsluiten: the route's last word is the step (doorverwijzing_step()). */
int handle_api_doorverwijzing_step(struct req *req);

/* What they read, checked by the input stage (http/input.h). */
extern const struct field_spec api_doorverwijzing_create_fields[];  /* POST /api/v1/dossiers/{referentie}/... */
extern const struct field_spec api_doorverwijzingen_fields[];       /* GET /api/v1/doorverwijzingen */
extern const struct field_spec api_doorverwijzing_afwijzen_fields[];  /* POST .../afwijzen */
extern const struct field_spec api_doorverwijzing_reactie_fields[];   /* POST .../reactie */
extern const struct field_spec api_doorverwijzing_afsluiten_fields[]; /* POST .../afsluiten */

#endif
