/*
 * schouw.h - the wijkschouw's pages, files and JSON (issue 18, point 3;
 * web/schouw.c): /schouwen and a schouw's overview, walk, decisions,
 * report, photos and CSV; /api/v1/schouwen. The profile block is declared
 * in web/wijkmonitor.h.
 */
#ifndef LEEFBAAR_WEB_SCHOUW_H
#define LEEFBAAR_WEB_SCHOUW_H

#include "http/input.h"

struct req;

int handle_schouwen(struct req *req);                 /* GET /schouwen (?wijk=) */
int handle_schouw_nieuw(struct req *req);             /* GET /schouwen/nieuw */
int handle_schouw_plan(struct req *req);              /* POST /schouwen */
int handle_schouw(struct req *req);                   /* GET /schouwen/{id} */
int handle_schouw_lopen(struct req *req);             /* GET /schouwen/{id}/lopen */
int handle_schouw_checklist(struct req *req);         /* POST /schouwen/{id}/checklist */
int handle_schouw_bevinding(struct req *req);         /* POST /schouwen/{id}/bevindingen */
int handle_schouw_melding(struct req *req);           /* POST /schouwen/{id}/bevindingen/{b}/melding */
int handle_schouw_actie(struct req *req);             /* POST /schouwen/{id}/bevindingen/{b}/actie */
int handle_schouw_actie_gedaan(struct req *req);      /* POST /schouwen/{id}/bevindingen/{b}/actie/gedaan */
int handle_schouw_afronden(struct req *req);          /* POST /schouwen/{id}/afronden */
int handle_schouw_rapport(struct req *req);           /* GET /schouwen/{id}/rapport */
int handle_schouw_foto(struct req *req);              /* GET /schouwen/{id}/fotos/{foto} */
int handle_schouw_csv(struct req *req);               /* GET /schouwen/{id}/bevindingen.csv */
int handle_schouwen_csv(struct req *req);             /* GET /schouwen/bevindingen.csv?jaar= */
int handle_api_schouwen(struct req *req);             /* GET /api/v1/schouwen */
int handle_api_schouw(struct req *req);               /* GET /api/v1/schouwen/{id} */

extern const struct field_spec schouwen_fields[];            /* wijk */
extern const struct field_spec schouw_plan_fields[];         /* gebied, dag, deelnemers, toelichting */
extern const struct field_spec schouw_id_fields[];           /* {id} */
extern const struct field_spec schouw_checklist_fields[];    /* {id}, punt[], oordeel[] */
extern const struct field_spec schouw_bevinding_fields[];    /* {id}, thema, punt, omschrijving, lat, lon, adres, plek, foto */
extern const struct field_spec schouw_melding_fields[];      /* {id}, {b}, categorie */
extern const struct field_spec schouw_actie_fields[];        /* {id}, {b}, actie, eigenaar, dag */
extern const struct field_spec schouw_b_fields[];            /* {id}, {b} */
extern const struct field_spec schouw_foto_fields[];         /* {id}, {foto} */
extern const struct field_spec schouw_csv_fields[];          /* {id}, scheiding */
extern const struct field_spec schouwen_csv_fields[];        /* jaar, scheiding */

#endif
