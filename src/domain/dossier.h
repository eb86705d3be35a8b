/*
 * dossier.h - the leefbaarheidsdossier's closed sets and rules, pure: the
 * AVE ladder with its default regie, outcomes on closing, the instruments
 * of DOMAIN.md, letter kinds and the substitution of a letter template's
 * placeholders, which actions a dossier's state allows, the checks behind
 * closing and escalating, the reference format and the quoting of search
 * text for FTS5. No I/O, no clock: callers pass "now" and the facts.
 */
#ifndef LEEFBAAR_DOMAIN_DOSSIER_H
#define LEEFBAAR_DOMAIN_DOSSIER_H

#include "lib/names.h"

#include "lib/buf.h"

#include <stddef.h>
#include <stdint.h>

/* ---- status ---- */

enum dossier_status { DS_OPEN, DS_GESLOTEN, DS__MAX };
/*
 * ids: "open", "gesloten"
 * labels: "Open", "Gesloten"
 * parse: -1 if unknown
 */
CLOSED_SET(dossier_status, DS__MAX);

/* ---- the AVE ladder (Aanpak Voorkomen Escalatie) ---- */

enum ave_niveau { AVE_GROEN, AVE_ORANJE, AVE_ROOD, AVE_DONKERROOD, AVE__MAX };
extern const char *const ave_niveau_ids[AVE__MAX];        /* "groen", ... */
extern const char *const ave_niveau_labels[AVE__MAX];     /* "Groen", ... */
/* What each level means, one line for the page. */
extern const char *const ave_niveau_uitleg[AVE__MAX];
int ave_niveau_parse(const char *id);

enum ave_regie { REGIE_BEWONER, REGIE_SOCIAAL_WIJKTEAM, REGIE_ZORG_EN_VEILIGHEIDSHUIS,
		 REGIE_BURGEMEESTER, REGIE__MAX };
/*
 * ids: "bewoner", "sociaal_wijkteam", ...
 * labels: "Bewoner", "Sociaal wijkteam", ...
 */
CLOSED_SET(ave_regie, REGIE__MAX);

/* Who holds regie at a level when nobody says otherwise (seed 001):
 * groen the resident, oranje the sociaal wijkteam, rood the Zorg- en
 * Veiligheidshuis, donkerrood the burgemeester. */
enum ave_regie ave_default_regie(enum ave_niveau n);

/*
 * Checks an escalation (or de-escalation) from the current level and regie.
 * niveau_id is required; regie_id may be NULL or "" (then the level's
 * default regie); reden must hold text. The new pair must differ from the
 * current one. Returns 0 and sets *niveau, *regie; or the number of errors,
 * each added to errs (fields "niveau", "regie", "reden").
 */
struct field_errors;
int dossier_escalation_check(enum ave_niveau cur_niveau, enum ave_regie cur_regie,
			     const char *niveau_id, const char *regie_id, const char *reden,
			     enum ave_niveau *niveau, enum ave_regie *regie,
			     struct field_errors *errs);

/* ---- outcomes ---- */

enum dossier_uitkomst {
	UITKOMST_OPGELOST, UITKOMST_VERBETERD, UITKOMST_OVERGEDRAGEN, UITKOMST_VERHUISD,
	UITKOMST_HUUR_BEEINDIGD, UITKOMST_ONTRUIMING, UITKOMST_OVERIG, UITKOMST__MAX
};
/*
 * ids: "opgelost", "verbeterd", "overgedragen", "verhuisd", "huur_beeindigd", "ontruiming", "overig"
 * labels: "Opgelost", ..., "Doorverwezen en overgedragen", "Huurovereenkomst beëindigd", "Ontruiming/uitzetting"
 */
CLOSED_SET(dossier_uitkomst, UITKOMST__MAX);

/* ---- instruments (DOMAIN.md), grouped by kind ---- */

enum instrument_groep { GROEP_ACTIVEREND, GROEP_PREVENTIEF, GROEP_REPRESSIEF, GROEP__MAX };
extern const char *const instrument_groep_labels[GROEP__MAX];   /* "Activerend", ... */

enum instrument {
	INS_BEWONERSINITIATIEF, INS_LEEFBAARHEIDSFONDS,
	INS_BUURTBEMIDDELING, INS_BEWONERSBIJEENKOMST, INS_SAMENWERKING, INS_HUISBEZOEK,
	INS_AANSPREKEN, INS_HOOR_EN_WEDERHOOR, INS_BRIEF, INS_MEDIATION, INS_STOPGESPREK,
	INS_ALLONGE, INS_TIJDELIJK_CONTRACT, INS_GEDRAGSAANWIJZING, INS_BEEINDIGING_HUUR,
	INS__MAX
};
extern const char *const instrument_ids[INS__MAX];        /* "stopgesprek", ... */
extern const char *const instrument_labels[INS__MAX];     /* "Stopgesprek", ... */
extern const enum instrument_groep instrument_groep[INS__MAX];
int instrument_parse(const char *id);

/* An intervention's costs (leefbaarheidsbudget, issue 18): at most a million euros. */
#define INTERVENTION_KOSTEN_MAX (1000000LL * 100)
/*
 * The costs as typed in euros ("12,50", "€ 1.234,50"; euros_parse()):
 * NULL with *cents set (-1 when empty: no costs), or the Dutch message
 * that says what is wrong (static).
 */
const char *intervention_kosten(const char *in, int64_t *cents);

/* ---- letters ---- */

enum brief_soort { BRIEF_WAARSCHUWING, BRIEF_SOMMATIE, BRIEF__MAX };
/*
 * ids: "waarschuwingsbrief", "sommatiebrief"
 * labels: "Waarschuwingsbrief", "Sommatiebrief"
 */
CLOSED_SET(brief_soort, BRIEF__MAX);

/* The placeholders a letter template may hold, {{name}} each. */
enum brief_var { BV_NAAM, BV_ADRES, BV_DATUM, BV_FEITEN, BV_REFERENTIE, BV_ORGANISATIE,
		 BV_MEDEWERKER, BV__MAX };
extern const char *const brief_var_ids[BV__MAX];          /* "naam", "adres", ... */
extern const char *const brief_var_uitleg[BV__MAX];       /* Dutch, for the beheerder */

/*
 * Writes template tpl into out with every {{name}} of brief_var_ids
 * replaced by vals[name] (NULL counts as ""). Plain text in, plain text
 * out: a value is copied as it is and never read again for placeholders
 * (a naam of "{{feiten}}" stays that text), and anything that is not a
 * known placeholder - "{{onbekend}}", a lone "{{" - is copied unchanged.
 * Spaces inside the braces are allowed: "{{ naam }}". HTML in values is
 * the page's business (templates escape), not this function's.
 */
void brief_fill(const char *tpl, const char *const vals[BV__MAX], struct buf *out);

/*
 * Checks a letter template for the beheerder: not empty, at most max
 * bytes, and every {{...}} one of brief_var_ids. Returns NULL, or a Dutch
 * message (static, or written into msg of size msg_len when it names the
 * unknown placeholder).
 */
const char *brief_template_check(const char *tpl, size_t max, char *msg, size_t msg_len);

/* ---- actions and the state they need ---- */

enum dossier_action {
	DA_KOPPELEN, DA_ONTKOPPELEN, DA_NEGEREN, DA_NOTITIE, DA_INTERVENTIE, DA_INTERVENTIE_BIJWERKEN,
	DA_BRIEF, DA_ESCALATIE, DA_LID_TOEVOEGEN, DA_LID_VERWIJDEREN, DA_VERVUILD, DA_GEVOELIG,
	DA_AFSLUITEN, DA_HEROPENEN, DA__MAX
};
/* The URL words: "koppelen", ..., "interventie-bijwerken", "lid-toevoegen", ... */
extern const char *const dossier_action_ids[DA__MAX];
int dossier_action_parse(const char *id);

/*
 * Whether a dossier in state s allows action a. A closed dossier is a
 * finished record: only heropenen; an open one everything but heropenen.
 * Returns 0, or -1 with a Dutch message in *why.
 */
int dossier_action_allowed(enum dossier_status s, enum dossier_action a, const char **why);

/*
 * Checks closing: the dossier must be open (closing twice is refused),
 * uitkomst_id must be one of dossier_uitkomst_ids. Returns 0 and sets *out,
 * or the number of errors added to errs (fields "status", "uitkomst").
 */
int dossier_close_check(enum dossier_status s, const char *uitkomst_id,
			enum dossier_uitkomst *out, struct field_errors *errs);

/* ---- references and search ---- */

#define DOSSIER_REF_LEN 16
/* "D-2026-00042" into out. */
void dossier_reference(int year, int64_t seq, char out[DOSSIER_REF_LEN]);
/* 1 when s has the form D-YYYY-NNNNN (five or more digits). */
int dossier_reference_valid(const char *s);

/* Longest free-text query used (bytes); longer text is cut at a character boundary. */
#define DOSSIER_Q_MAX 200


#endif
