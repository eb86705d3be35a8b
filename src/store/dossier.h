/*
 * dossier.h - the SQL for leefbaarheidsdossiers: the dossier itself, its
 * list and search, team, linked meldingen, journal, interventions, letters
 * and their templates, AVE escalations, timeline, and the calls the melding
 * pages use to show a melding's dossier (dossier_ref_visible() and friends).
 *
 * Scope lives in the SQL. Every query that returns more than one known
 * dossier takes a struct dossier_viewer, filled from the actor with the
 * permission matrix (dossier_viewer_init()), and keeps out - in lists,
 * search, counts and look-ups alike - every dossier the matrix would HIDE:
 * other wijken, and gevoelig dossiers outside their team. Single records
 * are loaded by id or reference and checked with policy_check() by the
 * caller (handlers/dossiers.h: dossier_load_for()).
 *
 * Writes happen inside the caller's transaction (db_begin .. db_commit),
 * so a change, its timeline entry, the search index and the audit row
 * commit together. Strings of the structs filled here live in the arena
 * the caller passes.
 *
 * Files: dossier.c (dossier, list, scope, look-ups, melding calls),
 * dossier_parts.c (team, links, notes, interventions, letters,
 * escalations, events, timeline), dossier_letter.c (letter templates).
 */
#ifndef LEEFBAAR_STORE_DOSSIER_H
#define LEEFBAAR_STORE_DOSSIER_H

#include "auth/policy.h"
#include "domain/dossier.h"
#include "domain/letter.h"
#include "domain/melding.h"
#include "lib/arena.h"
#include "store/store.h"

#include <stdint.h>

struct db;
struct actor;

/* ---- who is looking ---- */

/*
 * The reach of one user over dossiers (for `action`, ACT_DOSSIER_READ or
 * ACT_DOSSIER_WRITE) and over meldingen (ACT_MELDING_READ), read from the
 * permission matrix by asking policy_check() about typical resources, so
 * the SQL follows the matrix rather than a copy of it.
 */
struct dossier_viewer {
	int64_t user_id;
	int all;              /* every wijk, non-gevoelig */
	int all_sensitive;    /* every wijk, gevoelig too */
	int area;             /* the user's own wijken, non-gevoelig */
	int area_sensitive;   /* the user's own wijken, gevoelig too */
	int team;             /* dossiers the user owns or is a member of */
	int m_all;            /* meldingen: every wijk */
	int m_area;           /* meldingen: own wijken */
	int m_own;            /* meldingen: the ones the user took in */
};

/* From who acts (NULL or a non-staff user: sees nothing). */
void dossier_viewer_init(struct dossier_viewer *v, const struct actor *who, enum action action);

/* ---- one dossier ---- */

struct dossier {
	int64_t id;
	char referentie[DOSSIER_REF_LEN];
	int64_t address_id, complex_id, buurt_id, wijk_id;   /* 0 when none */
	const char *onderwerp_tekst;    /* "Merelstraat 12 A, 1234 AB Voorbeeldstad" or the complex */
	const char *huishouden;         /* "" when none */
	const char *wijk_naam, *wijk_code, *buurt_naam, *complex_naam, *complex_code;
	const char *postcode, *toevoeging, *straat, *woonplaats;   /* "" without an address */
	int huisnummer;                 /* 0 without an address */
	enum pijler pijler;
	int64_t owner_id;
	const char *owner_naam;
	enum dossier_status status;
	int64_t geopend_op, gesloten_op;        /* gesloten_op 0 while open */
	int uitkomst;                           /* enum dossier_uitkomst, or -1 */
	const char *uitkomst_toelichting;
	enum ave_niveau ave;
	enum ave_regie regie;
	int vervuild;
	int32_t vervuild_dag, vervuild_opgeheven_dag;   /* -1 when none */
	int gevoelig;
	int64_t created_by;
};

enum store_result dossier_get(struct db *db, struct arena *a, int64_t id, struct dossier *d);
enum store_result dossier_by_ref(struct db *db, struct arena *a, const char *ref, struct dossier *d);
/* 1 when user_id owns the dossier or is a member, 0 when not, -1 on error. */
int dossier_in_team(struct db *db, int64_t dossier_id, int64_t user_id);

/* What dossier_insert() writes; the caller validated it. */
struct dossier_new {
	int64_t address_id, complex_id, buurt_id, wijk_id;   /* address_id or complex_id, wijk required */
	const char *onderwerp_tekst, *huishouden;
	enum pijler pijler;
	int gevoelig;
	int64_t owner_id;
	int64_t now;
	int year;                        /* the Amsterdam year of now, for the reference */
};
/* Inserts with the next reference of its year, an "geopend" event and its search row. */
enum store_result dossier_insert(struct db *db, const struct dossier_new *n, char ref[DOSSIER_REF_LEN],
				 int64_t *id);

/* ---- changes to the dossier row (the caller writes the event and audit) ---- */

enum store_result dossier_set_closed(struct db *db, int64_t id, int64_t op, enum dossier_uitkomst u,
				     const char *toelichting);
enum store_result dossier_set_reopened(struct db *db, int64_t id);
enum store_result dossier_set_ave(struct db *db, int64_t id, enum ave_niveau n, enum ave_regie r);
/* on: marked on day `dag`; off: lifted on day `dag` (the day marked stays). */
enum store_result dossier_set_vervuild(struct db *db, int64_t id, int on, int32_t dag);
enum store_result dossier_set_gevoelig(struct db *db, int64_t id, int on);
/* Rewrites the search row of the dossier (reference, subject, meldingen, non-confidential notes). */
enum store_result dossier_fts_refresh(struct db *db, int64_t id);

/* ---- the list ---- */

#define DOSSIER_PER_PAGE 50

enum dossier_flag { DFLAG_ANY, DFLAG_VERVUILD, DFLAG_GEVOELIG, DFLAG__MAX };
extern const char *const dossier_flag_ids[DFLAG__MAX];     /* "", "vervuild", "gevoelig" */
int dossier_flag_parse(const char *id);                    /* -1 if unknown; "" is DFLAG_ANY */

struct dossier_filter {
	int status;                 /* enum dossier_status, or -1 */
	int pijler;                 /* enum pijler, or -1 */
	int ave;                    /* enum ave_niveau, or -1 */
	int64_t wijk_id;            /* 0: any */
	int64_t owner_id;           /* 0: anyone */
	enum dossier_flag flag;
	const char *q;              /* free text, quoted here for FTS5; NULL or "" for none */
	/*
	 * The dashboard's figures as lists (Amsterdam day numbers, both ends
	 * inclusive; 0: no such filter): opened in a period, open on a day,
	 * closed in a period (with uitkomst, -1 any), marked vervuild while
	 * open in a period (one dossier per address, the newest, as the figure
	 * counts homes), with a referral sent in a period.
	 */
	int32_t geopend_van, geopend_tot;
	int32_t open_op;
	int32_t gesloten_van, gesloten_tot;
	int uitkomst;               /* enum dossier_uitkomst, or -1 */
	int32_t vervuild_van, vervuild_tot;
	int32_t doorverwezen_van, doorverwezen_tot;
	/* 1: only what the user sees by role or wijk, not as a team member elsewhere (what the figures count). */
	int bereik_wijken;
	struct dossier_viewer viewer;
};
/* No filters (scope still to be set: sees nothing until viewer is filled). */
void dossier_filter_clear(struct dossier_filter *f);

struct dossier_row {
	int64_t id;
	char referentie[DOSSIER_REF_LEN];
	const char *onderwerp_tekst, *huishouden, *wijk_naam, *wijk_code, *owner_naam;
	enum pijler pijler;
	enum dossier_status status;
	int64_t geopend_op, gesloten_op;
	int uitkomst;               /* -1 when open */
	enum ave_niveau ave;
	enum ave_regie regie;
	int vervuild, gevoelig;
	int meldingen;              /* linked meldingen */
};

struct dossier_page {
	struct dossier_row *rows;
	int n;
	int64_t total;
	int page, pages, per_page;
};

/* Page `page` (1-based, clamped) of the dossiers matching f in its viewer's scope, newest first. */
enum store_result dossier_list(struct db *db, struct arena *a, const struct dossier_filter *f, int page,
			       struct dossier_page *out);

/* ---- linked meldingen ---- */

struct dossier_melding_row {
	int64_t id;
	char referentie[16];
	int64_t ontvangen_op, gekoppeld_op;
	int32_t ontvangen_dag;
	const char *categorie_naam, *omschrijving, *adres_tekst;
	enum melding_status status;
	struct due due;
	int32_t bevestigd_dag, teruggekoppeld_dag;   /* -1 = not yet */
	int64_t afgesloten_op;                        /* 0 = open */
};

/* The linked meldingen, in order of receipt. Count or -1. */
int dossier_meldingen(struct db *db, struct arena *a, int64_t dossier_id, struct dossier_melding_row **out);
/* At most limit of them from offset on, newest first. Count or -1. */
int dossier_meldingen_page(struct db *db, struct arena *a, int64_t dossier_id, int64_t offset, int limit,
			   struct dossier_melding_row **out);
/* How many meldingen are linked, or -1. */
int64_t dossier_melding_count(struct db *db, int64_t dossier_id);
/*
 * Meldingen taken in after the dossier opened at its address (or, for a
 * complex, in that complex), not linked and not set aside, that v may see:
 * the "nieuwe meldingen" notice. Count or -1.
 */
int dossier_new_meldingen(struct db *db, struct arena *a, int64_t dossier_id, const struct dossier_viewer *v,
			  struct dossier_melding_row **out);

/* A new melding at one of the user's own open dossiers (owner or member). */
struct dossier_new_melding {
	int64_t dossier_id, melding_id;
	char dossier_ref[DOSSIER_REF_LEN];
	char melding_ref[16];
	const char *onderwerp_tekst, *categorie_naam;
	int64_t ontvangen_op;
};
/* For the block "Nieuwe meldingen bij uw dossiers" on /dossiers; at most max, newest first. Count or -1. */
int dossier_new_meldingen_for_user(struct db *db, struct arena *a, const struct dossier_viewer *v, int max,
				   struct dossier_new_melding **out);

/* 1 linked, 0 not, -1 error. */
int dossier_melding_linked(struct db *db, int64_t dossier_id, int64_t melding_id);
enum store_result dossier_link(struct db *db, int64_t dossier_id, int64_t melding_id, int64_t now, int64_t user_id);
enum store_result dossier_unlink(struct db *db, int64_t dossier_id, int64_t melding_id);
enum store_result dossier_set_aside(struct db *db, int64_t dossier_id, int64_t melding_id, int64_t now,
				    int64_t user_id);

/* ---- what the melding pages call ---- */

/* A dossier a melding belongs to (or could belong to), as one user may see it. */
struct dossier_link {
	int64_t id;
	char referentie[DOSSIER_REF_LEN];
	enum dossier_status status;
	const char *onderwerp_tekst;
};

/*
 * The reference of the first dossier (by link time) that melding_id is
 * linked to and who may read, or NULL when there is none - also
 * when the melding lies only in dossiers hidden from this user, such as a
 * gevoelig dossier outside its team, so the answer never tells those apart.
 * For the melding page and GET /api/v1/meldingen/{referentie} ("dossier").
 * Arena memory.
 */
const char *dossier_ref_visible(struct db *db, struct arena *a, const struct actor *who,
				int64_t melding_id);
/*
 * 1 when who may read every dossier melding_id was ever linked to (or
 * it never was), 0 when one of them is hidden from it, -1 on error. The
 * melding's timeline records "dossier_gekoppeld" and "dossier_ontkoppeld"
 * without a reference; a melding page shows those entries only when this
 * answers 1, so a gevoelig dossier leaves no trace for those outside its
 * team, not even "linked to a dossier".
 */
int dossier_melding_history_visible(struct db *db, const struct actor *who, int64_t melding_id);
/* Every dossier the melding is linked to that who may read. Count or -1. */
int dossier_links_visible(struct db *db, struct arena *a, const struct actor *who, int64_t melding_id,
			  struct dossier_link **out);
/*
 * Open dossiers on the melding's address (or its complex, for a dossier
 * about a complex) that who may read and the melding is not linked to:
 * "er loopt een dossier op dit adres". Count or -1.
 */
int dossier_open_for_melding(struct db *db, struct arena *a, const struct actor *who, int64_t melding_id,
			     struct dossier_link **out);

/* ---- team ---- */

struct dossier_member_row {
	int64_t user_id;
	const char *naam;
	enum role role;
	int64_t toegevoegd_op;
};
int dossier_members(struct db *db, struct arena *a, int64_t dossier_id, struct dossier_member_row **out);
/* STORE_CONFLICT when already a member. */
enum store_result dossier_member_add(struct db *db, int64_t dossier_id, int64_t user_id, int64_t now, int64_t by);
/* STORE_NOTFOUND when not a member. */
enum store_result dossier_member_remove(struct db *db, int64_t dossier_id, int64_t user_id);

/* Active staff users whose role may work on dossiers (candidates for the team), by name. */
struct dossier_user {
	int64_t id;
	const char *naam;
	enum role role;
};
int dossier_staff_users(struct db *db, struct arena *a, struct dossier_user **out);
/* One active staff user, or STORE_NOTFOUND. */
enum store_result dossier_staff_user(struct db *db, struct arena *a, int64_t id, struct dossier_user *out);

/* ---- journal ---- */

#define DOSSIER_NOTE_MAX 10000

struct dossier_note {
	int64_t id, op, vastgelegd, user_id;
	const char *tekst, *user_naam;
	int vertrouwelijk;
};
enum store_result dossier_note_add(struct db *db, int64_t dossier_id, int64_t op, int64_t now, int64_t user_id,
				   const char *tekst, int vertrouwelijk, int64_t *id);
/* In order of op; vertrouwelijk notes only when with_confidential. Count or -1. */
int dossier_notes(struct db *db, struct arena *a, int64_t dossier_id, int with_confidential,
		  struct dossier_note **out);

/* ---- interventions ---- */

#define DOSSIER_TEXT_MAX 2000

struct intervention {
	int64_t id, dossier_id, user_id, vastgelegd;
	int64_t tijdlijn_op;                   /* its place on the timeline (see the migration) */
	enum instrument soort;
	int32_t gepland_dag, uitgevoerd_dag;   /* -1 when not set */
	const char *uitkomst, *toelichting, *user_naam;
	int64_t kosten_cent;                   /* -1 when none; 0 is stored as none (leefbaarheidsbudget, issue 18) */
};
enum store_result intervention_add(struct db *db, int64_t dossier_id, const struct intervention *i, int64_t now,
				   int64_t *id);
/* Sets uitgevoerd_dag, its place on the timeline and (when not empty) the uitkomst of one intervention. */
enum store_result intervention_update(struct db *db, int64_t dossier_id, int64_t id, int32_t uitgevoerd_dag,
				      int64_t tijdlijn_op, const char *uitkomst, int64_t now);
enum store_result intervention_get(struct db *db, struct arena *a, int64_t dossier_id, int64_t id,
				   struct intervention *out);
/* In order of their day (done, else planned). Count or -1. */
int dossier_interventions(struct db *db, struct arena *a, int64_t dossier_id, struct intervention **out);

/* ---- letters ---- */

#define LETTER_TEMPLATE_MAX 20000

struct letter {
	int64_t id, dossier_id, user_id, vastgelegd;
	enum brief_soort soort;
	int32_t datum_dag;
	const char *aan, *tekst, *user_naam;
};
enum store_result letter_add(struct db *db, int64_t dossier_id, enum brief_soort soort, const char *aan,
			     int32_t datum_dag, const char *tekst, int64_t user_id, int64_t now, int64_t *id);
enum store_result letter_get(struct db *db, struct arena *a, int64_t dossier_id, int64_t id, struct letter *out);
int dossier_letters(struct db *db, struct arena *a, int64_t dossier_id, struct letter **out);

/* dossier_letter.c: the templates the beheerder edits. */
struct letter_template {
	enum brief_soort soort;
	const char *tekst;
	int64_t gewijzigd_op;             /* 0: as installed */
	const char *gewijzigd_door;       /* "" when never changed */
};
enum store_result letter_template_get(struct db *db, struct arena *a, enum brief_soort soort,
				      struct letter_template *out);
enum store_result letter_template_set(struct db *db, enum brief_soort soort, const char *tekst, int64_t now,
				      int64_t user_id);

/*
 * dossier_letter.c: a letter with its parts, status and versions (issue
 * 16). A letter is made as a concept (version 1 kept in letter_versie);
 * while it is a concept of the version the caller read, it can be
 * corrected (the new version kept too), marked sent or withdrawn; each
 * answers STORE_CONFLICT when the letter is no longer that concept (sent,
 * withdrawn, or changed meanwhile). Call them inside a write transaction.
 */
struct letter_doc {
	struct letter l;                  /* soort, aan, datum_dag, tekst (the whole letter as plain text), maker */
	enum letter_status status;
	enum letter_aanhef aanhef;
	const char *naam, *adres;         /* naam "" for the bewoner(s); adres: the lines under the name */
	const char *romp;                 /* the text after the salutation; NULL: a plain letter from before 0028 */
	int versie;
	int64_t verzonden_op, ingetrokken_op;          /* 0 when not */
	const char *verzonden_door, *ingetrokken_door, *reden;
};
enum store_result letter_doc_get(struct db *db, struct arena *a, int64_t dossier_id, int64_t id,
				 struct letter_doc *out);
/* In the order they were made. Count or -1. */
int letter_docs(struct db *db, struct arena *a, int64_t dossier_id, struct letter_doc **out);
enum store_result letter_doc_add(struct db *db, int64_t dossier_id, const struct letter_doc *in, int64_t user_id,
				 int64_t now, int64_t *id);
enum store_result letter_doc_correct(struct db *db, int64_t dossier_id, int64_t id, int versie,
				     const struct letter_doc *in, int64_t user_id, int64_t now);
enum store_result letter_doc_send(struct db *db, int64_t dossier_id, int64_t id, int versie, int64_t user_id,
				  int64_t now);
enum store_result letter_doc_withdraw(struct db *db, int64_t dossier_id, int64_t id, int versie,
				      const char *reden, int64_t user_id, int64_t now);

struct letter_version {
	int versie;
	enum letter_aanhef aanhef;
	const char *naam, *adres, *romp, *tekst, *door;
	int64_t op;
};
/* Every version, the newest first. Count or -1. */
int letter_versions(struct db *db, struct arena *a, int64_t letter_id, struct letter_version **out);

/* The corporation's letterhead (one row). logo_len 0: no logo. */
struct letterhead {
	const char *naam, *adres, *telefoon, *email, *website;
	const void *logo;
	size_t logo_len;
	const char *logo_type;            /* "image/png", "image/jpeg" or "" */
	int64_t gewijzigd_op;
	const char *gewijzigd_door;
};
enum store_result letterhead_get(struct db *db, struct arena *a, struct letterhead *out);
/* Stores the texts; logo 1: also in->logo (logo_type set), -1: removes the logo, 0: keeps it. */
enum store_result letterhead_set(struct db *db, const struct letterhead *in, int logo, int64_t user_id, int64_t now);

/* ---- AVE escalations ---- */

struct escalation {
	int64_t id, op, user_id;
	enum ave_niveau van_niveau, niveau;
	enum ave_regie van_regie, regie;
	const char *reden, *user_naam;
};
/* Records the change and sets the dossier's current level and regie. */
enum store_result dossier_escalate(struct db *db, int64_t dossier_id, const struct escalation *e);
int dossier_escalations(struct db *db, struct arena *a, int64_t dossier_id, struct escalation **out);

/* ---- the dossier's own events ---- */

/* soort: "geopend", "gesloten", "heropend", "gekoppeld", "ontkoppeld", "genegeerd",
 * "lid_toegevoegd", "lid_verwijderd", "vervuild", "vervuild_opgeheven", "gevoelig_aan", "gevoelig_uit" */
enum store_result dossier_event_add(struct db *db, int64_t dossier_id, int64_t op, int64_t user_id,
				    const char *soort, const char *tekst);

/* ---- the timeline: everything in time order ---- */

enum timeline_kind { TL_MELDING, TL_NOTITIE, TL_INTERVENTIE, TL_BRIEF, TL_ESCALATIE, TL_GEBEURTENIS, TL__MAX };
/* "melding", "notitie", "interventie", "brief", "escalatie", "gebeurtenis" */
extern const char *const timeline_kind_ids[TL__MAX];

struct timeline_item {
	enum timeline_kind kind;
	int64_t id;                 /* the row in its own table */
	int64_t op;                 /* ordering moment */
	int day_only;               /* op stands for a day (interventions) */
	/*
	 * By kind:            s1            s2            s3
	 *   melding           referentie    omschrijving  categorie
	 *   notitie           ""            tekst         ""
	 *   interventie       soort id      toelichting   uitkomst   (s4: kosten in cents, "" when none)
	 *   brief             soort id      aan           ""
	 *   escalatie         niveau id     reden         regie id   (s4: from level)
	 *   gebeurtenis       soort         tekst         ""
	 */
	const char *s1, *s2, *s3, *s4;
	const char *wie;            /* who recorded it; "" for meldingen */
	int vertrouwelijk;
	int32_t dag1, dag2;         /* interventie: gepland, uitgevoerd; brief: datum; else -1 */
};

/*
 * Every melding, note (confidential ones only when with_confidential),
 * intervention, letter, escalation and dossier event, ordered by moment.
 * One query, a UNION ALL per kind: the court overview and the dossier
 * page's timeline read the same list, so neither can miss what the other
 * shows. Referrals join as one more UNION when they arrive. Of the
 * meldingen only the `meldingen` received last (all when negative): the
 * dossier page pages its meldingen and keeps its timeline to a page's
 * worth. Count or -1.
 */
int dossier_timeline(struct db *db, struct arena *a, int64_t dossier_id, int with_confidential, int meldingen,
		     struct timeline_item **out);

/* ---- look-ups for forms ---- */

struct dossier_area {
	int64_t id, wijk_id;
	const char *code, *naam, *wijk_naam;
};
/* The wijken the viewer works in (all of them for roles that see every area), by name. */
int dossier_wijken(struct db *db, struct arena *a, const struct dossier_viewer *v, struct dossier_area **out);
/* Complexes in those wijken, by name. */
int dossier_complexen(struct db *db, struct arena *a, const struct dossier_viewer *v, struct dossier_area **out);
/* One area of soort 'complex' by id or code; STORE_NOTFOUND otherwise. */
enum store_result dossier_complex(struct db *db, struct arena *a, const char *key, struct dossier_area *out);
/* The name of an area ("" when unknown). Arena memory. */
const char *dossier_area_name(struct db *db, struct arena *a, int64_t id);
/* A wijk by id ("12") or code ("WK999901"); 0 when there is none. */
int64_t dossier_wijk_id(struct db *db, const char *key);
/* 1 when the user is bound to wijk_id (user_area). */
int dossier_user_in_wijk(struct db *db, int64_t user_id, int64_t wijk_id);

/* Owners of dossiers the viewer can see, for the filter. */
int dossier_owners(struct db *db, struct arena *a, const struct dossier_viewer *v, struct dossier_user **out);

#endif
