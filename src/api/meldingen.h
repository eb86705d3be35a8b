/*
 * meldingen.h - the meldingen calls of the JSON API v1 (DESIGN.md,
 * "JSON API v1"; issue 4 point 4): submitting a melding, the categories an
 * app builds its form from, the staff list and detail, and the actions
 * bevestigen, terugkoppelen and afsluiten.
 *
 * This is a front door, not a second implementation: a submission goes
 * through intake_submit() (app/intake.h: the one validator and the one
 * transaction the public form uses), the list through melding_list() with
 * the scope and the query parameters of the HTML list (web/meldingen.h),
 * and the detail and the actions through melding_load_for() and
 * melding_act() (app/meldingen.h). What is left here is reading JSON into
 * those and writing their answers as JSON.
 *
 * Errors (all JSON, see http/json.h): 400 malformed JSON, 401 not logged in
 * (or a Bearer token that is unknown or revoked), 403 a role or token
 * scope that may not, 404 no such melding or one outside the caller's
 * areas, 415 a body that is not application/json, 422 {"fouten": {field:
 * message}} with the Dutch messages of the form (an illegal transition is
 * a 422 on the field "status"), 429 too many anonymous submissions from one
 * address, 503 the database did not answer.
 */
#ifndef LEEFBAAR_API_MELDINGEN_H
#define LEEFBAAR_API_MELDINGEN_H

#include "http/input.h"

struct req;

/*
 * POST /api/v1/meldingen (ACT_PUBLIC). Body keys as the form's fields:
 * categorie, omschrijving, voorval, postcode, huisnummer (an integer or a
 * string of digits), toevoeging, plaats, melder_naam, melder_email,
 * melder_telefoon, anoniem (true/false); staff (a session or token of a
 * staff role) may add kanaal (default "api") and ontvangen_op (ISO 8601
 * with offset, not in the future). Anonymous callers are limited per
 * address exactly like the public form ([security] melden_per_ip_hour);
 * callers with a session or token are not. A logged-in role the matrix
 * does not let submit (partner, beheerder) gets 403.
 * 201 {"referentie", "status_url", "ontvangen_op", "bevestigen_uiterlijk",
 * "terugkoppelen_uiterlijk", "streefdatum"} with a Location header.
 */
int handle_api_melding_submit(struct req *req);

/*
 * GET /api/v1/categorieen (ACT_PUBLIC): the active categories in display
 * order, {"items": [{"code", "naam", "pijler", "toelichting",
 * "bevestigen_werkdagen", "terugkoppelen_werkdagen", "streef_werkdagen"}],
 * "pagina": 1, "per_pagina", "totaal"}.
 */
int handle_api_categorieen(struct req *req);

/*
 * GET /api/v1/meldingen (ACT_MELDING_READ): one page of the list the
 * caller's HTML list shows, with its filters (status, categorie, pijler,
 * wijk = CBS code or "onbekend", behandelaar, kanaal, te_laat, van, tot, q,
 * sorteer) and pagina (from 1; a page past the end is empty). A filter
 * value that is not understood is a 422 on that parameter.
 */
int handle_api_meldingen(struct req *req);
/* Its query, for the input stage: web/meldingen.h's MELDING_FILTER_FIELDS and pagina. */
extern const struct field_spec api_meldingen_list_fields[];
/* POST /api/v1/meldingen: the body's text members. */
extern const struct field_spec api_melding_submit_fields[];
/* POST /api/v1/meldingen/{referentie}/bevestigen|terugkoppelen|afsluiten: op and tekst. */
extern const struct field_spec api_melding_action_fields[];

/*
 * GET /api/v1/meldingen/{referentie} (ACT_MELDING_READ): the melding with
 * its due dates, the moments they were met, status, address, area codes,
 * melder, kosten, dossier and timeline; audit-logged as a read.
 */
int handle_api_melding(struct req *req);

/*
 * POST /api/v1/meldingen/{referentie}/bevestigen   {"op"?, "tekst"?}
 * POST /api/v1/meldingen/{referentie}/terugkoppelen {"tekst", "op"?}
 * POST /api/v1/meldingen/{referentie}/afsluiten    {"op"?, "kosten"?, "tekst"?}
 * (ACT_MELDING_HANDLE). op is a moment with offset (default now), kosten
 * euros as a JSON number (12.5). An empty body is read as {}. 200 with the
 * melding as GET answers it.
 */
int handle_api_melding_bevestigen(struct req *req);
int handle_api_melding_terugkoppelen(struct req *req);
int handle_api_melding_afsluiten(struct req *req);
/* POST /api/v1/meldingen/{referentie}/verwachting: {"dag": "2026-12-18", "reden": "..."} (issue 17). */
extern const struct field_spec api_melding_verwachting_fields[];
int handle_api_melding_verwachting(struct req *req);

#endif
