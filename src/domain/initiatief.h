/*
 * initiatief.h - bewonersinitiatieven and the leefbaarheidsfonds (issue 18,
 * point 4), as pure functions: the statuses and what they mean to the
 * applicant, the fund's criteria, the checks of an application and of each
 * step of the money, and the fund's arithmetic over its ledger rows.
 *
 * The ledger (migration 0041, fonds_boeking) is append-only: a grant
 * ('toekenning') and each payment ('betaling') is a row; a correction is a
 * row of the same soort that names the row it corrects, its amount the
 * difference. Granted and spent are never stored: fonds_sum() adds the
 * rows, and every total on a page or in an export is the sum of the rows
 * shown beside it.
 */
#ifndef LEEFBAAR_DOMAIN_INITIATIEF_H
#define LEEFBAAR_DOMAIN_INITIATIEF_H

#include "domain/fields.h"

#include <stddef.h>
#include <stdint.h>

enum initiatief_status {
	INI_INGEDIEND, INI_IN_BEHANDELING, INI_TOEGEKEND, INI_AFGEWEZEN, INI_AFGEROND, INI_INGETROKKEN, INI__MAX
};
extern const char *const initiatief_status_ids[INI__MAX];      /* as stored: "in_behandeling" */
extern const char *const initiatief_status_labels[INI__MAX];   /* for staff: "In behandeling" */
extern const char *const initiatief_status_uitleg[INI__MAX];   /* for the applicant, in plain words */
/* The status of an id; -1 when unknown. */
int initiatief_status_parse(const char *id);
/* 1 while the initiative is under way (not declined, finished or withdrawn). */
int initiatief_status_lopend(enum initiatief_status s);

/* The fund's criteria: a fixed checklist (Wonen Zuid's "samen wonen" pillar). */
enum initiatief_criterium {
	CRIT_BEWONERS, CRIT_DRAAGVLAK, CRIT_LEEFBAARHEID, CRIT_TIJDELIJK, CRIT_NIET_COMMERCIEEL,
	CRIT_BEGROTING, CRIT_VEILIG, CRIT__MAX
};
extern const char *const initiatief_criterium_ids[CRIT__MAX];
extern const char *const initiatief_criterium_labels[CRIT__MAX];
extern const char *const initiatief_criterium_hints[CRIT__MAX];
int initiatief_criterium_parse(const char *id);

/* The assessment of one criterion. */
enum toets_oordeel { TOETS_OPEN, TOETS_VOLDAAN, TOETS_NIET_VOLDAAN, TOETS__MAX };
extern const char *const toets_oordeel_ids[TOETS__MAX];       /* "", "voldaan", "niet_voldaan" */
extern const char *const toets_oordeel_labels[TOETS__MAX];
int toets_oordeel_parse(const char *id);

#define INI_TITEL_MAX 120
#define INI_WAT_MAX 4000
#define INI_WAAR_MAX 300
#define INI_VOOR_WIE_MAX 1000
#define INI_NAAM_MAX 120
#define INI_REDEN_MAX 2000
#define INI_NOTE_MAX 1000
/* The most one initiative may ask for: a typo of three zeros is caught. */
#define INI_BEDRAG_MAX_CENT INT64_C(5000000)

/* An application as typed (NULL: absent). Where is checked against the register by the caller. */
struct initiatief_input {
	const char *titel, *wat, *waar, *voor_wie, *bedrag, *naam, *email, *telefoon;
};

struct initiatief_valid {
	char titel[INI_TITEL_MAX + 1];
	char wat[INI_WAT_MAX + 1];
	char waar[INI_WAAR_MAX + 1];
	char voor_wie[INI_VOOR_WIE_MAX + 1];
	int64_t bedrag_cent;
	char naam[INI_NAAM_MAX + 1];
	char email[255];
	char telefoon[16];
};

/*
 * Checks and normalises an application; the messages (Dutch, one per
 * field, static) go to errs under the input's name. 0 when valid, else the
 * number of errors. An applicant leaves an e-mail address, a phone number,
 * or both (the fund calls back).
 */
int initiatief_validate(const struct initiatief_input *in, struct initiatief_valid *out, struct field_errors *errs);

/* "I-2026-0007" into out (size >= 16). */
void initiatief_reference(int year, int64_t seq, char out[16]);

/* ---- the money ---- */

enum boeking_soort { BOEKING_TOEKENNING, BOEKING_BETALING, BOEKING__MAX };
extern const char *const boeking_soort_ids[BOEKING__MAX];
extern const char *const boeking_soort_labels[BOEKING__MAX];
int boeking_soort_parse(const char *id);

struct boeking {
	int64_t id;
	enum boeking_soort soort;
	int64_t bedrag_cent;
	int64_t correctie_van;     /* 0: an original row */
};

struct fonds_totaal {
	int64_t toegekend_cent;    /* the sum of the grant rows, corrections included */
	int64_t besteed_cent;      /* the sum of the payment rows, corrections included */
};

/* Adds the rows to *t (which the caller zeroes, or carries from earlier rows). */
void fonds_sum(const struct boeking *rows, size_t n, struct fonds_totaal *t);
/* The budget minus what is granted: what may still be granted (negative when over). */
int64_t fonds_resterend(int64_t budget_cent, const struct fonds_totaal *t);

/*
 * Why a grant of bedrag (cents, parsed: -1 for bad input) on an
 * application asking `gevraagd` is refused, or NULL: more than asked needs
 * a reason (reden non-empty). A decline needs a reason too.
 */
const char *fonds_check_toekenning(int64_t bedrag, int64_t gevraagd, const char *reden);
/*
 * Why a payment of bedrag is refused, or NULL: at least one cent, and the
 * payments of the initiative (its rows) may not exceed its grant.
 */
const char *fonds_check_betaling(int64_t bedrag, const struct boeking *rows, size_t n);
/*
 * Why a correction of row `van` by `verschil` (cents, negative lowers) is
 * refused, or NULL: the row is one of the initiative's rows and an original
 * (a correction of a correction names the original instead), the
 * difference is not zero, the corrected row stays >= 0, and afterwards the
 * payments still do not exceed the grant. *soort is set to the row's soort.
 */
const char *fonds_check_correctie(int64_t van, int64_t verschil, const struct boeking *rows, size_t n,
				  enum boeking_soort *soort);

/* A signed amount as typed ("-50,00", "+12,50", "30"): 0 and *cents, or -1. */
int fonds_parse_verschil(const char *s, int64_t *cents);

/* Signed cents as "-1.234,50" (euros_format() with the sign), into out (size 32). */
void fonds_bedrag(int64_t cents, char out[32]);

#endif
