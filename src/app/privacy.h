/*
 * privacy.h - the privacy duties of the AVG (issue 15, point 7):
 *
 *   - retention: every kind of record has a term ([privacy] in config.ini);
 *     past it the record is anonymised - never deleted where the figures or
 *     the audit need the row - by `leefbaar retentie` and daily by the
 *     server (privacy_job_start());
 *   - inzage (art. 15): everything stored about one person, found by
 *     e-mail, phone or address, as JSON, without the identities of
 *     neighbours who reported them;
 *   - correction (art. 16) and deletion (art. 17) of a melder's details,
 *     refused while a running dossier needs them.
 *
 * Each request is in the audit trail.
 */
#ifndef LEEFBAAR_APP_PRIVACY_H
#define LEEFBAAR_APP_PRIVACY_H

#include "app/app.h"
#include "config.h"
#include "domain/validate.h"

#include <stddef.h>
#include <stdint.h>

struct actor;
struct arena;
struct cJSON;
struct db;
struct field_errors;

/* ---- retention ---- */

/* The terms, from [privacy] (config.example.ini documents each default and its source). */
struct retention_terms {
	int meldingen_maanden;
	int dossiers_maanden;
	int doorverwijzingen_maanden;
	int bijlagen_maanden;
	int mail_maanden;
	int sessies_dagen;
	int audit_maanden;
};

void retention_terms_from_config(const struct config *c, struct retention_terms *t);

/*
 * The last Amsterdam day whose records are past a term of months on day
 * today: the same day of the month, months earlier, or that month's last
 * day when it is shorter (31 March minus one month is 28 or 29 February).
 * A record that ended on that day or before is past its term. Pure.
 */
int32_t retention_last_day(int32_t today, int months);
/*
 * The moment before which a record that ended is past its term: the start
 * (Amsterdam midnight) of the day after retention_last_day(), for a term
 * in months, or of the day days before today's day, for a term in days. Pure.
 */
int64_t retention_before_months(int64_t now, int months);
int64_t retention_before_days(int64_t now, int days);

/* What one run anonymised (or, dry, would): rows per kind. */
struct retention_counts {
	int64_t meldingen, bijlagen, dossiers, doorverwijzingen, mail, sessies, audit;
	int64_t initiatieven;   /* applicants blanked on decided initiatives (the meldingen term; issue 18) */
};

/*
 * Anonymises what is past its term as of now, in batches of a few hundred
 * rows per transaction (the server's writers wait for no long one), removes
 * the files of anonymised meldingen, files and referrals from disk after
 * each commit, logs one line with the counts and records them in the audit
 * trail (as nobody: the retention is no one's choice of the day). dry_run
 * counts and changes nothing. APP_OK or APP_UNAVAILABLE (logged).
 */
enum app_result privacy_retention(struct db *db, const struct retention_terms *t, int64_t now, int dry_run,
				  struct retention_counts *out);
/* "meldingen 3, bijlagen 5, dossiers 0, ..." into out. */
void retention_counts_format(const struct retention_counts *c, char *out, size_t size);

/*
 * The daily run inside `leefbaar serve` ([privacy] automatisch): a thread
 * that runs privacy_retention() start_minuten after the start and every 24
 * hours after that. Start after files_init(); stop before the database
 * pool closes. 0/-1 (logged).
 */
int privacy_job_start(const struct config *cfg);
void privacy_job_stop(void);

/* ---- one person ---- */

/* Who a request is about, as typed: any of e-mail, phone, address. */
struct privacy_query_in {
	const char *email, *telefoon, *postcode, *huisnummer, *toevoeging;
};

/* The same, checked and normalised (empty where not given). */
struct privacy_query {
	char email[256];
	char telefoon[PHONE_LEN];
	char postcode[POSTCODE_LEN];
	int huisnummer;
	char toevoeging[TOEVOEGING_LEN];
};

/*
 * Checks and normalises the query: at least one of e-mail, phone or
 * postcode + huisnummer, each in its form. APP_OK, or APP_INVALID with a
 * Dutch message per field in errs.
 */
enum app_result privacy_query_check(const struct privacy_query_in *in, struct privacy_query *q,
				    struct field_errors *errs);

/*
 * Everything stored about the person as a JSON object (caller frees with
 * cJSON_Delete): "verzoek", the meldingen they reported (with their own
 * details, timeline, messages and file names), the meldingen about their
 * address that others reported (without anything of those melders, the
 * steps of their timeline without texts), the dossiers about their address
 * (journal, interventions, letters, escalations, referrals) and their
 * account if they have one. Audit-logged ("inzage"). APP_OK or
 * APP_UNAVAILABLE.
 */
enum app_result privacy_inzage(struct db *db, struct arena *a, const struct actor *who, const struct privacy_query *q,
			       struct cJSON **out);

/* A correction: the melder's details as they should be (naam may be empty; e-mail or phone must be given). */
struct privacy_correction_in {
	const char *naam, *email, *telefoon;
};

/*
 * Corrects the melder's name, e-mail and phone on every melding the person
 * (by the query's e-mail or phone) reported. APP_INVALID with messages per
 * field (naam, nieuw_email, nieuw_telefoon; email when the query names no
 * melder); *changed the meldingen corrected. Audit-logged ("gecorrigeerd").
 */
enum app_result privacy_correct(struct db *db, struct arena *a, const struct actor *who, const struct privacy_query *q,
				const struct privacy_correction_in *in, struct field_errors *errs, int64_t *changed);

/*
 * Erases the melder's details from every melding the person reported (name,
 * e-mail, phone, status link, the address and text of the messages to
 * them); the meldingen and their figures stay. Refused (APP_INVALID, a
 * message on "email" naming the dossier and the melding) while an open
 * dossier holds one of them: the dossier may have to stand before a judge
 * (AVG art. 17(3)(e)). *changed the meldingen erased. Audit-logged
 * ("verwijderd").
 */
enum app_result privacy_erase(struct db *db, struct arena *a, const struct actor *who, const struct privacy_query *q,
			      struct field_errors *errs, int64_t *changed);

#endif
