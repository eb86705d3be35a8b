/*
 * referral.h - the SQL for doorverwijzingen: one referral, its history and
 * files, the staff and partner lists, the answer terms per partner kind,
 * and the look-ups the referral form needs.
 *
 * Partner isolation lives here. Every function a partner's request reaches
 * has a partner_id parameter that goes into the statement's WHERE clause
 * (referral_get_partner(), referral_list_partner(),
 * referral_counts_partner(), referral_file_get_partner()): a partner's
 * query cannot return another organisation's row, and those statements
 * neither join nor select anything of the dossier, its meldingen or the
 * corporation's internal reason. Nothing is fetched first and filtered in C.
 *
 * Staff lists take a struct referral_viewer read from the permission matrix
 * (as store/dossier.h does for dossiers), so the SQL follows the matrix:
 * own wijken for the sociaal beheerder and leefbaarheidsmedewerker, every
 * wijk for the coördinator and ondersteuner, gevoelig dossiers only for
 * whom the matrix lets see them (never the ondersteuner, unless in the
 * dossier's team).
 *
 * Writes happen inside the caller's transaction (db_begin .. db_commit)
 * with the audit row. Strings of the structs filled here live in the
 * arena the caller passes.
 *
 * Files: referral.c (one referral, history, files, terms, partners),
 * referral_list.c (lists and counts).
 */
#ifndef LEEFBAAR_STORE_REFERRAL_H
#define LEEFBAAR_STORE_REFERRAL_H

#include "domain/partner.h"
#include "domain/referral.h"
#include "lib/arena.h"
#include "store/store.h"

#include <stdint.h>

struct db;
struct actor;

/* ---- who is looking ---- */

struct referral_viewer {
	int64_t user_id;
	int64_t partner_id;   /* a partner user: its organisation (then none of the flags below) */
	int all;              /* every wijk, non-gevoelig */
	int all_sensitive;    /* every wijk, gevoelig too */
	int area;             /* own wijken, non-gevoelig */
	int area_sensitive;   /* own wijken, gevoelig too */
	int team;             /* dossiers the user owns or is a member of */
};

/* From who acts, for ACT_REFERRAL_READ (NULL, or a role without it: sees nothing). */
void referral_viewer_init(struct referral_viewer *v, const struct actor *who);

/* ---- one referral ---- */

struct referral {
	int64_t id, dossier_id, partner_id, created_by;
	const char *referentie;          /* R-2026-00001 */
	enum referral_status status;
	int termijn;                     /* werkdagen, as fixed when sent */
	int32_t antwoord_dag;            /* antwoord_uiterlijk, Amsterdam day number */
	int64_t verstuurd_op, geaccepteerd_op, afgewezen_op, beantwoord_op, afgesloten_op;   /* 0: not (yet) */
	const char *vraag, *gedeelde_informatie, *afwijs_reden;
	const char *partner_naam;
	enum partner_soort partner_soort;
	const char *door_naam;           /* the case worker who sent it */
	const char *door_email;          /* and how a partner reaches them */
	/* Staff loads only; "" and 0 in whatever a partner's query fills. */
	const char *reden, *dossier_ref, *dossier_onderwerp, *wijk_naam, *wijk_code;
	int64_t wijk_id;
	int dossier_gevoelig;
	/* Closing: the case worker's note (both sides read it); staff loads also the status before and who closed. */
	const char *afsluit_notitie;     /* "" while open, and for referrals closed before notes existed */
	int voor_afsluiten;              /* enum referral_status before closing, -1 unknown (and for a partner) */
	int64_t afgesloten_door;         /* 0: not closed, or a partner's load */
};

/* The Amsterdam day of the first answer or of the refusal; -1 while there is neither. */
int32_t referral_answered_day(const struct referral *r);

/* Any referral by id, with its dossier's reference, subject and wijk: for staff, who check the dossier's scope. */
enum store_result referral_get_staff(struct db *db, struct arena *a, int64_t id, struct referral *out);
/*
 * The referral with this id only when it is addressed to partner_id
 * (WHERE id = ? AND partner_id = ?), without the reason or anything of the
 * dossier. STORE_NOTFOUND for another organisation's referral, exactly as
 * for one that does not exist.
 */
enum store_result referral_get_partner(struct db *db, struct arena *a, int64_t id, int64_t partner_id,
				       struct referral *out);

/* What referral_insert() writes; the caller validated it and computed the due day. */
struct referral_new {
	int64_t dossier_id, partner_id, user_id, now;
	const char *reden, *vraag, *gedeelde_informatie;
	int termijn;
	int32_t antwoord_dag;
};
enum store_result referral_insert(struct db *db, const struct referral_new *n, int64_t *id);
/* The reference of referral id ("R-2026-00001", arena memory), or NULL. */
const char *referral_referentie(struct db *db, struct arena *a, int64_t id);

/*
 * Moves referral id from `from` to the status action a leads to, and sets
 * the moment of that step (geaccepteerd_op; afgewezen_op with reden;
 * beantwoord_op the first time; afgesloten_op and by, with reden as the
 * closing note and `from` kept as the status before closing). RA_HEROPENEN
 * returns a closed referral to the status it had before closing and
 * clears the closing (the note stays in the history). STORE_CONFLICT when
 * the referral is no longer in `from` (someone else acted first), or
 * cannot be reopened: nothing changed. The caller asked referral_next()
 * (referral_reopen_check()) first.
 */
enum store_result referral_step(struct db *db, int64_t id, enum referral_status from, enum referral_action a,
				int64_t now, int64_t by, const char *reden);

/* ---- history ---- */

struct referral_event {
	int64_t id, op, user_id;
	const char *soort;               /* "verstuurd", "geaccepteerd", "afgewezen", "reactie", "afgesloten" */
	const char *tekst, *wie;
};
enum store_result referral_event_add(struct db *db, int64_t referral_id, int64_t op, int64_t user_id,
				     const char *soort, const char *tekst, int64_t *event_id);
/* In order of time. Count or -1. The caller has checked access to the referral. */
int referral_events(struct db *db, struct arena *a, int64_t referral_id, struct referral_event **out);

/* ---- files ---- */

struct referral_file {
	int64_t id, referral_id, event_id;   /* event_id 0: shared with the referral */
	int van_partner;
	const char *bestandsnaam, *opslag, *mime;
	int64_t grootte, created_at;
};
enum store_result referral_file_add(struct db *db, const struct referral_file *f, int64_t user_id);
/* Count or -1. The caller has checked access to the referral. */
int referral_files(struct db *db, struct arena *a, int64_t referral_id, struct referral_file **out);
/* One file of one referral (WHERE id = ? AND referral_id = ?). */
enum store_result referral_file_get(struct db *db, struct arena *a, int64_t referral_id, int64_t file_id,
				    struct referral_file *out);
/* The same bound to the partner too (a join on referral.partner_id = ?): for a partner's download. */
enum store_result referral_file_get_partner(struct db *db, struct arena *a, int64_t referral_id, int64_t file_id,
					    int64_t partner_id, struct referral_file *out);

/* A file of one of the dossier's meldingen, which the case worker may choose to share. */
struct referral_source_file {
	int64_t id, melding_id, grootte;
	const char *melding_ref, *bestandsnaam, *opslag, *mime;
};
/* The files of the meldingen linked to the dossier, by melding and file. Count or -1. */
int referral_dossier_files(struct db *db, struct arena *a, int64_t dossier_id, struct referral_source_file **out);

/* ---- the melders' contact details (issue 17, point 6; referral_melder.c) ---- */

/*
 * A melder of one of the dossier's meldingen as the referral form lists
 * them: anoniem (no details at all), toestemming (delen_met_partners, not
 * anonymous, not anonymised, with some detail to share); naam, email and
 * telefoon are filled only when toestemming is 1.
 */
struct referral_melder {
	const char *melding_ref, *naam, *email, *telefoon;
	int anoniem, toestemming;
};
/* The melders of the meldingen linked to dossier_id, in order of receipt. Count or -1. */
int referral_dossier_melders(struct db *db, struct arena *a, int64_t dossier_id, struct referral_melder **out);
/*
 * Shares with referral_id the contact details of the melders of the
 * dossier's meldingen who consent now (toestemming above); *n: how many.
 * Inside the caller's transaction.
 */
enum store_result referral_melders_share(struct db *db, int64_t referral_id, int64_t dossier_id, int *n);
/*
 * The contact details referral id shares with partner_id, bound to that
 * organisation in the statement (another organisation's referral gives
 * none), and only while each melder still consents and the melding is not
 * anonymous or anonymised. Count or -1.
 */
int referral_melders_shared(struct db *db, struct arena *a, int64_t id, int64_t partner_id,
			    struct referral_melder **out);

/* ---- lists ---- */

#define REFERRAL_PER_PAGE 50

struct referral_filter {
	int status;           /* enum referral_status, or -1 for any */
	int open;             /* 1: awaiting an answer: verstuurd or geaccepteerd only ("wacht") */
	int not_closed;       /* 1: everything not afgesloten ("open": the staff list's default) */
	int late;             /* 1: only those without an answer past their due day */
	int answered;         /* 1: the partner has answered (beantwoord, or closed after an answer) */
	int64_t partner_id;   /* staff lists: one organisation; 0 any */
	int64_t wijk_id;      /* staff lists: the dossier's wijk; 0 any */
	int64_t dossier_id;   /* staff lists: one dossier; 0 any */
	int32_t today;        /* Amsterdam day, for "late" */
	/* Staff lists, as the dashboard counts: sent from .. through (Amsterdam days; 0 open on that side). */
	int32_t verstuurd_van, verstuurd_tot;
	int bereik_wijken;    /* staff lists: 1 only by role or wijk, not as a team member elsewhere */
};
/* Everything, nothing filtered (today still to be set). */
void referral_filter_clear(struct referral_filter *f);

struct referral_page {
	struct referral *rows;
	int n;
	int64_t total;
};

/*
 * A page of the referrals v may see that match f: those still awaiting an
 * answer first, most urgent first, then the rest newest first. Fills the
 * staff fields (dossier, wijk, reason).
 */
enum store_result referral_list_staff(struct db *db, struct arena *a, const struct referral_viewer *v,
				      const struct referral_filter *f, int64_t offset, int limit,
				      struct referral_page *out);
/* The same for one partner organisation (WHERE partner_id = ?); f's staff filters are ignored. */
enum store_result referral_list_partner(struct db *db, struct arena *a, int64_t partner_id,
					const struct referral_filter *f, int64_t offset, int limit,
					struct referral_page *out);

/* The partner portal's tabs. */
struct referral_counts {
	int64_t open, late, answered, all;
};
enum store_result referral_counts_partner(struct db *db, int64_t partner_id, int32_t today,
					  struct referral_counts *out);

/* Every referral of one dossier, newest first (the caller checked access to the dossier). Count or -1. */
int referral_for_dossier(struct db *db, struct arena *a, int64_t dossier_id, struct referral **out);

/* ---- answer terms per partner kind ---- */

struct referral_term {
	enum partner_soort soort;
	int werkdagen;
	int64_t gewijzigd_op;            /* 0: as installed */
	const char *gewijzigd_door;      /* "" when never changed */
};
/* The term of one kind in werkdagen (REFERRAL_TERM_DEFAULT when the kind has no row), -1 on error. */
int referral_term_of(struct db *db, enum partner_soort soort);
/* Every kind, in the order of the enum. 0/-1. */
int referral_terms(struct db *db, struct arena *a, struct referral_term out[PARTNER__MAX]);
enum store_result referral_term_set(struct db *db, enum partner_soort soort, int werkdagen, int64_t now,
				    int64_t user_id);

/* ---- the organisations one can refer to ---- */

struct referral_partner {
	int64_t id;
	const char *naam, *contact_email;
	enum partner_soort soort;
	int actief;
	int termijn;                     /* the kind's current term */
};
/* Active organisations by name, with their kind's term. Count or -1. */
int referral_partners(struct db *db, struct arena *a, struct referral_partner **out);
/* One organisation (active or not) with its term; STORE_NOTFOUND. */
enum store_result referral_partner_get(struct db *db, struct arena *a, int64_t id, struct referral_partner *out);

#endif
