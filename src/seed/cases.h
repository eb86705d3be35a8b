/*
 * cases.h - the demo's leefbaarheidsdossiers as data (case_text.c)
 * for the code that writes them (cases.c, and referrals.c for
 * their doorverwijzingen), and the state those two share during a load.
 *
 * Each dossier is a home, the meldingen about it and what the team did,
 * in order. Days count in werkdagen before today, so the story keeps its
 * shape whatever the day of the load: a referral sent two werkdagen ago
 * is always due in three, one sent ten werkdagen ago is always late.
 */
#ifndef LEEFBAAR_SEED_CASES_H
#define LEEFBAAR_SEED_CASES_H

#include "seed/demo.h"
#include "domain/dossier.h"
#include "domain/referral.h"
#include "store/address.h"
#include "store/referral.h"

/* A melding about the dossier's home. */
struct case_melding {
	int wd_ago;                      /* received this many werkdagen before today */
	int minute;                      /* at this minute of that day */
	const char *categorie;
	enum kanaal kanaal;
	const char *naam, *email, *telefoon;   /* naam NULL: anonymous */
	const char *omschrijving, *voorval;
	int confirm, feedback, close;    /* werkdagen after receipt, or DEMO_NOT */
	const char *terugkoppeling;
	int64_t kosten_cent;             /* 0: none */
	int link;                        /* linked to the dossier (at its opening, or the werkdag after it came in) */
	int huisnummer;                  /* 0: the dossier's home; else a neighbour's number in the same street */
	enum demo_who intake, assignee;  /* WHO_NOBODY: the usual (ondersteuner; the dossier's owner) */
};

/* The demo's partner organisations (seed.c), by name. */
enum case_partner { CP_WIJKTEAM, CP_GGZ, CP_POLITIE, CP_BUURTBEMIDDELING, CP__MAX };
extern const char *const case_partner_names[CP__MAX];

enum case_kind {
	CA_NOTE,             /* text; arg 1: vertrouwelijk */
	CA_INTERVENTION,     /* arg instrument; arg2 0: done that day, n: planned n werkdagen later; text toelichting, text2 uitkomst */
	CA_INTERVENTION_DONE,/* arg: the dossier's nth intervention (0-based); text uitkomst */
	CA_LETTER,           /* arg brief_soort; text the facts */
	CA_ESCALATE,         /* arg niveau; text reason (regie follows the level) */
	CA_MEMBER,           /* arg demo_who */
	CA_VERVUILD,
	CA_CLOSE,            /* arg uitkomst; text toelichting */
	CA_REFER,            /* arg case_partner; text reden, text2 vraag, text3 gedeelde informatie */
	CA_REF_ACCEPT,       /* arg: the dossier's nth referral; by the partner */
	CA_REF_DECLINE,      /* arg: nth referral; text the reason; by the partner */
	CA_REF_ANSWER,       /* arg: nth referral; text the answer; arg2 1: with the report as a PDF */
	CA_REF_CLOSE,        /* arg: nth referral; by the case worker */
};

struct case_action {
	int wd_ago;
	enum case_kind kind;
	enum demo_who who;               /* WHO_NOBODY: the owner (the partner for its own steps) */
	int arg, arg2;
	const char *text, *text2, *text3;
};

struct case_spec {
	const char *postcode, *toevoeging;
	int huisnummer;
	const char *huishouden;          /* the dossier's label */
	const char *huurder;             /* to whom letters go */
	enum pijler pijler;
	int gevoelig;
	enum demo_who owner;
	int open_wd_ago;
	const struct case_melding *meldingen;
	int n_meldingen;
	const struct case_action *actions;
	int n_actions;
};

extern const struct case_spec case_specs[];
extern const int n_case_specs;

/* The report the wijkteam attaches to its answer: title and lines of text (Latin-1 range only). */
extern const char *const case_report_title;
extern const char *const case_report_lines[];
extern const char *const case_report_file;

/* ---- the state of the load, shared by cases.c and referrals.c ---- */

#define CASE_MELDINGEN 16
#define CASE_ITEMS 12

/* One dossier as it is being written. */
struct case_state {
	const struct case_spec *spec;
	int64_t id;
	char ref[DOSSIER_REF_LEN];
	struct address_match where;
	const char *onderwerp;
	int32_t open_day;
	int64_t opened_at, last_op;
	enum ave_niveau ave;
	enum ave_regie regie;
	int32_t m_day[CASE_MELDINGEN];
	struct demo_written m[CASE_MELDINGEN];
	int64_t iv[CASE_ITEMS];
	int n_iv;
	int64_t referral[CASE_ITEMS];
	enum referral_status ref_status[CASE_ITEMS];
	enum case_partner ref_partner[CASE_ITEMS];
	int n_ref;
};

/* What seed_cases_begin() prepares (struct demo.cases). */
struct seed_cases {
	struct case_state *c;
	int n_open, n_referrals;
	struct referral_partner partner[CP__MAX];
};

/*
 * The pieces of a dossier's life that the demo's stories (cases.c) and
 * the volume dossiers of `seed --meldingen` (volume_cases.c) share, so
 * both write them the one way app/dossier_act.c does:
 *   seed_cases_partners  d->cases with the partners only (no stories)
 *   case_insert          the dossier row as dossier_create() writes it
 *   case_link            one melding linked: both timelines and the audit row
 *   case_announce        its search row and the "aangemaakt" audit row
 *   case_act             one action (note, escalation, referral step, closing)
 * 0/-1.
 */
int seed_cases_partners(struct demo *d);
int case_insert(struct demo *d, struct case_state *cs, int64_t op);
int case_link(struct demo *d, struct case_state *cs, int64_t melding_id, const char *referentie, int64_t op);
int case_announce(struct demo *d, struct case_state *cs);
int case_act(struct demo *d, struct case_state *cs, const struct case_action *a, int64_t op);

/* "maandag 2 maart 2026", in the load's arena. */
const char *case_day_label(struct demo *d, int32_t day);

/*
 * referrals.c: a referral sent from the dossier (CA_REFER), and a
 * step on the dossier's nth one (CA_REF_*), written as
 * app/referrals.c writes them. 0/-1.
 */
int case_refer(struct demo *d, struct case_state *cs, const struct case_action *a, enum demo_who who, int64_t op);
int case_referral_step(struct demo *d, struct case_state *cs, const struct case_action *a, enum demo_who who,
		       int64_t op);
/* Forgets the file of an earlier load (seed_demo_discard() removes only this load's). */
void case_files_forget(void);

#endif
