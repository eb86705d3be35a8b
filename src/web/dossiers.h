/*
 * dossiers.h - leefbaarheidsdossiers (issue 7): the HTML pages, the JSON
 * API and the work both front doors share.
 *
 *   dossiers_core.c      loading with the permission check, creating, and
 *                        every action in one transaction (HTML and JSON alike)
 *   dossiers.c           GET/POST /dossiers, /dossiers/nieuw
 *   dossier_page.c       GET /dossiers/{id} and its action forms
 *   dossier_overzicht.c  GET /dossiers/{id}/overzicht, /dossiers/{id}/brieven/{brief}
 *   dossier_melding.c    POST /meldingen/{id}/koppelen|ontkoppelen, and the
 *                        partial the melding page shows
 *   api_dossiers.c       /api/v1/dossiers...
 *   beheer_brieven.c     /beheer/brieven: the letter templates
 *
 * Nothing here renders in dossiers_core.c: it answers a status and field
 * errors, and each front door shows them in its own format.
 */
#ifndef LEEFBAAR_HANDLERS_DOSSIERS_H
#define LEEFBAAR_HANDLERS_DOSSIERS_H

#include "auth/policy.h"
#include "domain/dossier.h"
#include "domain/melding.h"
#include "store/dossier.h"

#include <stdint.h>

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

/* ---- loading with the permission check ---- */

/*
 * Fills s for dossier d as the session sees it: in_area when the dossier's
 * wijk is one of the session's wijken, sensitive for a gevoelig dossier,
 * in_team when the user owns it or is a member (in_team is read from the
 * database; -1 there counts as not in the team).
 */
void dossier_scope(struct req *req, const struct dossier *d, struct scope *s);

/*
 * Loads the dossier named by key - its id ("12") or its reference
 * ("D-2026-00012") - and asks the permission matrix whether the session
 * may perform `action` on it. Returns
 *   0    allowed; *out is filled (strings in req->arena);
 *   404  no such dossier, or one the user may not know exists (another
 *        wijk, a gevoelig dossier outside its team);
 *   403  the role may not do this to any dossier (the ondersteuner writing);
 *   503  the database failed.
 * Refusals are written to the audit trail. Renders nothing.
 */
int dossier_load_for(struct req *req, const char *key, enum action action, struct dossier *out);

/* 1 when the session's user owns d or is a member: who reads vertrouwelijke notes. */
int dossier_user_in_team(struct req *req, const struct dossier *d);
/* 1 when the session may perform action on d (after loading it). */
int dossier_may(struct req *req, const struct dossier *d, enum action action);

/* ---- creating ---- */

#define DOSSIER_CREATE_MELDINGEN 50
#define DOSSIER_LABEL_MAX 200

/* Raw input from a form or JSON; NULL means absent. */
struct dossier_create_input {
	const char *onderwerp;      /* optional label: the household, or a short description */
	const char *pijler;
	const char *postcode, *huisnummer, *toevoeging;   /* an address from the register ... */
	const char *complex;        /* ... or a complex (id or code) */
	int gevoelig;
	const char *meldingen[DOSSIER_CREATE_MELDINGEN];   /* references to link at once */
	int n_meldingen;
	int too_many_meldingen;     /* more were given than fit */
};

/*
 * Validates and opens a dossier owned by the session's user, with its
 * first meldingen linked, in one transaction (the audit row with it).
 * Fields of errs: "onderwerp", "pijler", "postcode", "huisnummer",
 * "toevoeging", "complex", "meldingen". Returns 201 (id and ref set), 422
 * (errs; nothing stored - also for a subject outside the wijken where the
 * matrix lets the user write, said beside the address or complex) or 503.
 */
int dossier_create(struct req *req, const struct dossier_create_input *in, struct field_errors *errs,
		   int64_t *id, char ref[DOSSIER_REF_LEN]);

/* Splits text (references separated by spaces, commas or line breaks) into in->meldingen. */
void dossier_create_refs(struct req *req, const char *text, struct dossier_create_input *in);

/* ---- actions ---- */

/* Raw input of one action; NULL means absent. Which fields count depends on the action. */
struct dossier_act_input {
	const char *melding;                 /* koppelen, ontkoppelen, negeren: a melding reference */
	const char *tekst;                   /* notitie: the note; heropenen: why (optional) */
	const char *datum;                   /* notitie, vervuild: YYYY-MM-DD (optional, default today) */
	int vertrouwelijk;                   /* notitie */
	const char *soort;                   /* interventie: instrument id; brief: letter kind */
	const char *gepland_op, *uitgevoerd_op;   /* interventie(-bijwerken): YYYY-MM-DD */
	const char *uitkomst;                /* interventie: free text; afsluiten: outcome id */
	const char *toelichting;             /* interventie, afsluiten: free text */
	const char *interventie;             /* interventie-bijwerken: its id */
	const char *naam, *feiten;           /* brief: addressee and the facts */
	const char *niveau, *regie, *reden;  /* escalatie */
	const char *gebruiker;               /* lid-toevoegen, lid-verwijderen: user id */
	const char *aan;                     /* vervuild, gevoelig: "1"/"ja"/"true" or "0"/"nee"/"false" */
	const char *op;                      /* afsluiten: YYYY-MM-DD or an ISO 8601 moment (optional) */
};

struct dossier_act_result {
	int64_t id;                          /* the new note, intervention or letter */
	const char *melding_ref;             /* koppelen, ontkoppelen, negeren: the melding */
};

/*
 * Performs action a on d, which the caller loaded with dossier_load_for(...,
 * ACT_DOSSIER_WRITE, ...). One transaction: the change, the dossier's
 * event, the melding's timeline entry (koppelen, ontkoppelen: without the
 * dossier's reference, which a melding's readers may not be allowed to
 * know), the search row and the audit row. Returns 0 (done; *d reloaded),
 * 422 (errs says why; nothing changed), 503 (database; nothing changed).
 * Field names in errs are the input names above, plus "status" for an
 * action the dossier's state does not allow.
 */
int dossier_act(struct req *req, struct dossier *d, enum dossier_action a, const struct dossier_act_input *in,
		struct field_errors *errs, struct dossier_act_result *res);

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

/* Answers a status of dossier_load_for() or dossier_act() as an HTML error page. */
int dossier_answer(struct req *req, int status);
/* The input of an action from the form fields of the same names. */
void dossier_act_input_from_form(struct req *req, struct dossier_act_input *in);
/* "melding-12", "notitie-3", ...; "vertrouwelijk-3" for a vertrouwelijke note (data-item on pages). */
const char *dossier_item_id(struct req *req, const struct timeline_item *t);
/* Timeline items into repetitions of `section` of d: ITEM, WANNEER, LABEL, TEKST (TEKST), WIE (NAAM), VERTROUWELIJK. */
void dossier_fill_timeline(struct req *req, struct tpl_dict *d, const char *section, const struct timeline_item *tl,
			   int n);

/*
 * Checks text typed into a form: valid UTF-8, no control characters other
 * than line breaks and tabs (none at all when !multiline), at most max
 * bytes after trimming. Sets *out (arena copy, trimmed; "" for NULL) and
 * returns NULL, or returns a Dutch message naming `what`.
 */
const char *dossier_text(struct req *req, const char *in, size_t max, int multiline, const char *what,
			 const char **out);
/* "1", "ja", "true", "on", "aan" -> 1; "0", "nee", "false", "off", "uit", "" -> 0; else -1. */
int dossier_bool(const char *s);
/* The badge class of an AVE level ("badge-ok", ...): the words carry the meaning, colour helps. */
const char *dossier_ave_class(enum ave_niveau n);
/* "D-2026-00001": upper-cased and trimmed copy in the arena (melding references too). */
const char *dossier_ref_clean(struct req *req, const char *s);

#endif
