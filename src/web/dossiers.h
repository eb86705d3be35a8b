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
 * Each route declares its input in a field-spec table (http/input.h) in
 * the file of its handler, named here and in routes.c; the handler reads
 * only what the input stage typed, calls app/, and shows the answer in its
 * own format: a page with the messages beside the fields, or JSON.
 */
#ifndef LEEFBAAR_WEB_DOSSIERS_H
#define LEEFBAAR_WEB_DOSSIERS_H

#include "app/dossiers.h"
#include "auth/policy.h"
#include "domain/dossier.h"
#include "domain/melding.h"
#include "http/input.h"
#include "store/dossier.h"

#include <stdint.h>

struct db;
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

/* ---- what each route accepts (http/input.h), beside its handler ---- */

/*
 * The list filters, one reading for the page and the API
 * (dossier_filter_from_input()): the closed sets typed by the stage, with
 * the messages the API answers (the page narrows nothing by a value it
 * does not know); the wijk, the owner and the search text are looked up or
 * checked by the handler.
 */
/* The list's status choices: the statuses, and "alle" (DS__MAX: open and closed). */
extern const char *const dossier_status_keuzes[DS__MAX + 2];

#define DOSSIER_FILTERS \
	{ .name = "status", .from = IN_QUERY, .type = FT_ENUM, .max = DS__MAX + 1, .choices = dossier_status_keuzes, \
	  .message = "Kies open, gesloten of alle." }, \
	{ .name = "pijler", .from = IN_QUERY, .type = FT_ENUM, .max = PIJLER__MAX, .choices = pijler_ids, \
	  .message = "Kies fysiek, sociaal_preventief, sociaal_repressief of samen_wonen." }, \
	{ .name = "ave", .from = IN_QUERY, .type = FT_ENUM, .max = AVE__MAX, .choices = ave_niveau_ids, \
	  .message = "Kies groen, oranje, rood of donkerrood." }, \
	{ .name = "kenmerk", .from = IN_QUERY, .type = FT_ENUM, .max = DFLAG__MAX, .choices = dossier_flag_ids, \
	  .message = "Kies vervuild of gevoelig." }, \
	{ .name = "wijk", .from = IN_QUERY, .type = FT_TEXT }, \
	{ .name = "eigenaar", .from = IN_QUERY, .type = FT_TEXT }, \
	{ .name = "q", .from = IN_QUERY, .type = FT_TEXT }

extern const struct field_spec dossier_list_fields[];      /* GET /dossiers */
extern const struct field_spec dossier_new_fields[];       /* GET /dossiers/nieuw */
extern const struct field_spec dossier_create_fields[];    /* POST /dossiers */
extern const struct field_spec dossier_page_fields[];      /* GET /dossiers/{id} */
extern const struct field_spec dossier_action_fields[];    /* POST /dossiers/{id}/{action} */
extern const struct field_spec api_dossier_list_fields[];  /* GET /api/v1/dossiers */
extern const struct field_spec api_dossier_create_fields[]; /* POST /api/v1/dossiers */
extern const struct field_spec api_dossier_link_fields[];  /* POST .../meldingen, .../meldingen/ontkoppelen */
extern const struct field_spec api_dossier_intervention_fields[]; /* POST .../interventies */
extern const struct field_spec api_dossier_escalation_fields[];   /* POST .../escalatie */
extern const struct field_spec api_dossier_close_fields[]; /* POST .../afsluiten */
extern const struct field_spec beheer_brieven_fields[];    /* GET /beheer/brieven */
extern const struct field_spec beheer_brief_save_fields[]; /* POST /beheer/brieven/{soort} */

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
/*
 * The list filters of DOSSIER_FILTERS into f (cleared, its viewer set by
 * the caller). A closed-set value the stage could not read narrows nothing;
 * a wijk or an owner that names no one, and a search text dossier_text()
 * refuses, are added to errs (the page shows only the last, beside its
 * field; the API answers all three).
 */
void dossier_filter_from_input(struct req *req, struct db *db, struct dossier_filter *f, struct field_errors *errs);
/*
 * The text fields of a new dossier that the form and the JSON body both
 * declare by these names - onderwerp, pijler, postcode, toevoeging,
 * complex - into in, as sent (dossier_create() checks them).
 */
void dossier_create_texts(struct req *req, struct dossier_create_input *in);
/* "melding-12", "notitie-3", ...; "vertrouwelijk-3" for a vertrouwelijke note (data-item on pages). */
const char *dossier_item_id(struct req *req, const struct timeline_item *t);
/* Timeline items into repetitions of `section` of d: ITEM, WANNEER, LABEL, TEKST (TEKST), WIE (NAAM), VERTROUWELIJK. */
void dossier_fill_timeline(struct req *req, struct tpl_dict *d, const char *section, const struct timeline_item *tl,
			   int n);
/* The badge class of an AVE level ("badge-ok", ...): the words carry the meaning, colour helps. */
const char *dossier_ave_class(enum ave_niveau n);

#endif
