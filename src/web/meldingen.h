/*
 * meldingen.h - the staff side of meldingen in HTML: the list with filters
 * and search, staff intake, the detail page with its actions, attachments,
 * and placing a melding from the "onbekend" queue in a wijk (issue 4, and
 * issue 6 point 4). The work itself is in app/meldingen.h and
 * app/intake.h, shared with the JSON API.
 *
 * Also the reading of request input that the JSON API shares with these
 * pages: the list's query parameters, and the datetime-local moments of
 * the forms. Each route's fields (http/input.h) are declared here, beside
 * its handler; routes.c points the route at them.
 */
#ifndef LEEFBAAR_MELDINGEN_H
#define LEEFBAAR_MELDINGEN_H

#include "domain/amsterdam.h"
#include "domain/fields.h"
#include "http/input.h"
#include "store/melding_list.h"

#include <stdint.h>

struct refusal;
struct req;

/* How a staff page answers a melding it cannot load (melding_load_for()): 404, 403 or 503 in plain Dutch. */
extern const struct refusal melding_page_refusal;

/* ---- the fields each route reads (http/input.h) ---- */

/* GET /meldingen: the filters (MELDING_FILTER_FIELDS) and pagina. */
/* The cookie that keeps the list's filters for the breadcrumb (web/meldingen.c); logout clears it. */
#define MELDINGEN_LIST_COOKIE "meldingen_lijst"

extern const struct field_spec meldingen_list_fields[];
/* POST /meldingen: the intake form's fields (web/intake.h), kanaal and ontvangen_op. */
extern const struct field_spec melding_create_fields[];
/* GET /meldingen/{id}: the key and the word of the flash after an action (gedaan). */
extern const struct field_spec melding_detail_fields[];
/* POST /meldingen/{id}/{action}: moment, tekst, kosten and behandelaar. */
extern const struct field_spec melding_action_fields[];
/* POST /meldingen/{id}/plaatsen: wijk and buurt. */
extern const struct field_spec melding_place_fields[];
/* POST /meldingen/{id}/verwachting: the handler's new expected answer day (dag, reden; issue 17). */
extern const struct field_spec melding_verwachting_fields[];
/* POST /meldingen/{id}/koppelen and /ontkoppelen (dossier_melding.c): the dossier's reference. */
extern const struct field_spec melding_dossier_link_fields[];

/*
 * The list's query parameters, one reading for the page and the API
 * (api/meldingen.h), each table adding its own pagina. On the page a bad
 * value is said beside its filter; the API answers 422 per field. The
 * wijk code and the behandelaar are looked up by
 * melding_filter_from_query(), so they arrive as text.
 */
#define MELDING_FILTER_FIELDS \
	{ .name = "status", .from = IN_QUERY, .type = FT_ENUM, .max = MELDING_STATUS_FILTER__MAX, \
	  .choices = melding_status_filter_ids, \
	  .message = "Kies een status uit de lijst." }, \
	{ .name = "categorie", .from = IN_QUERY, .type = FT_TEXT, .max = 40, .message = "Kies een soort uit de lijst." }, \
	{ .name = "pijler", .from = IN_QUERY, .type = FT_ENUM, .max = PIJLER__MAX, .choices = pijler_ids, \
	  .message = "Kies een pijler uit de lijst." }, \
	{ .name = "wijk", .from = IN_QUERY, .type = FT_TEXT }, \
	{ .name = "behandelaar", .from = IN_QUERY, .type = FT_TEXT }, \
	{ .name = "kanaal", .from = IN_QUERY, .type = FT_ENUM, .max = KANAAL__MAX, .choices = kanaal_ids, \
	  .message = "Kies een kanaal uit de lijst." }, \
	{ .name = "te_laat", .from = IN_QUERY, .type = FT_ENUM, .max = MLATE__MAX, .choices = melding_late_ids, \
	  .message = "Kies bevestiging, terugkoppeling of beide." }, \
	{ .name = "termijn", .from = IN_QUERY, .type = FT_ENUM, .max = MTERM__MAX, .choices = melding_termijn_ids, \
	  .message = "Kies een termijn uit de lijst." }, \
	{ .name = "vandaag", .from = IN_QUERY, .type = FT_ENUM, .max = MVANDAAG__MAX, .choices = melding_vandaag_ids, \
	  .message = "Kies bevestigen of terugkoppelen." }, \
	{ .name = "peildatum", .from = IN_QUERY, .type = FT_DATE, .message = "Geef een datum als 2026-04-15." }, \
	{ .name = "van", .from = IN_QUERY, .type = FT_DATE, .message = "Geef een datum als 2026-03-01." }, \
	{ .name = "tot", .from = IN_QUERY, .type = FT_DATE, .message = "Geef een datum als 2026-03-31." }, \
	{ .name = "q", .from = IN_QUERY, .type = FT_TEXT }, \
	{ .name = "bereik", .from = IN_QUERY, .type = FT_TEXT, .max = 10 },   /* "wijken": the viewer's wijken alone */ \
	{ .name = "sorteer", .from = IN_QUERY, .type = FT_ENUM, .max = MSORT__MAX, .choices = melding_sort_ids, \
	  .message = "Kies een volgorde uit de lijst." }

/* GET /meldingen: the list (filters, search, sort, pages); with no status given, open work. */
int handle_meldingen(struct req *req);
/*
 * Saved views (store/view.h). POST /meldingen/weergaven?<the list's
 * filters>: keeps them under the name in the form (naam), then 303 to the
 * list; a name that is empty, too long or taken shows the list again
 * (422) with the name kept and the message beside it. GET
 * /meldingen/weergave?id= opens the user's view (303 to its list), POST
 * /meldingen/weergave/verwijderen (id in the form) removes it; another
 * user's view is a 404, no id a 400.
 */
extern const struct field_spec meldingen_view_fields[];
extern const struct field_spec view_open_fields[];
extern const struct field_spec view_delete_fields[];
int handle_meldingen_view_save(struct req *req);
int handle_view_open(struct req *req);
int handle_view_delete(struct req *req);
/* GET /meldingen/nieuw: the staff intake form. */
int handle_melding_nieuw(struct req *req);
/* POST /meldingen: staff intake; 303 to the new melding. */
int handle_melding_create(struct req *req);
/* GET /meldingen/{id}: facts, terms, timeline, files, messages, actions. */
int handle_melding(struct req *req);
/* POST /meldingen/{id}/{action}: bevestigen, toewijzen, notitie, terugkoppelen, afsluiten, heropenen. */
int handle_melding_action(struct req *req);
/* POST /meldingen/{id}/plaatsen: place the melding in a wijk (and buurt). */
int handle_melding_plaatsen(struct req *req);
int handle_melding_verwachting(struct req *req);
/* GET /meldingen/{id}/bijlagen/{bijlage}: one attachment, to staff who may see the melding. */
int handle_melding_bijlage(struct req *req);

/* ---- the list's query parameters (the HTML list and GET /api/v1/meldingen) ---- */

/*
 * Clears f (no filters, newest first), sets today to the Amsterdam day and
 * the scope to the session: viewer_id and viewer_all_areas from the matrix
 * (ACT_MELDING_READ).
 */
void melding_filter_init(struct req *req, struct melding_filter *f);

/*
 * Reads the list parameters of the query string into f (after
 * melding_filter_init()):
 *   status       a status id ("nieuw", "in_behandeling", ...), "open" (not
 *                afgesloten) or "alle" (no status filter, as when absent;
 *                the HTML list's own default is "open": handle_meldingen())
 *   categorie    a category code
 *   pijler       a pillar id ("fysiek", ...)
 *   wijk         a wijk's id or code ("WK999901"), or "onbekend" (no wijk)
 *   behandelaar  a user id, "mij" (the session's user) or "geen" (nobody)
 *   kanaal       a channel id ("telefoon", ...)
 *   te_laat      "bevestiging", "terugkoppeling" or "beide" (either)
 *   termijn      a term figure of the dashboard ("bevestiging_te_laat", ...;
 *                melding_termijn_ids), judged as of the peildatum
 *   vandaag      "bevestigen" or "terugkoppelen": due today, not yet done
 *   peildatum    YYYY-MM-DD: only meldingen received by then, and the day
 *                `termijn` is judged on (default today)
 *   van, tot     YYYY-MM-DD, on the day of receipt, both inclusive
 *   q            free text: reference, address, description
 *   sorteer      "nieuwste", "oudste", "bevestigen", "terugkoppelen"
 * The values arrive typed from the input stage (MELDING_FILTER_FIELDS, for
 * GET /meldingen and /api/v1/meldingen). Empty parameters are no filter. A
 * value that is not understood - by the stage, or a wijk or behandelaar
 * that names no one - leaves that filter off with a Dutch message for the
 * parameter in errs (errs is overwritten); returns the number of messages.
 */
int melding_filter_from_query(struct req *req, struct melding_filter *f, struct field_errors *errs);

/* ---- moments as a datetime-local input holds them ---- */

/* local_moment_parse() and local_moment_format(): domain/amsterdam.h. */

#endif
