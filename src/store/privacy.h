/*
 * privacy.h - the SQL of the privacy duties (app/privacy.h): finding what is
 * past its retention term and anonymising it, and finding everything stored
 * about one person for an inzage, a correction or a deletion.
 *
 * Anonymising keeps a row and its KPI facts (days, category, wijk, outcome,
 * costs) and empties what names or describes people. Nothing here deletes
 * an audit row: their anonymisation is the one update migration 0017's
 * trigger allows. Writes run inside the caller's transaction.
 */
#ifndef LEEFBAAR_STORE_PRIVACY_H
#define LEEFBAAR_STORE_PRIVACY_H

#include "store/store.h"

#include <stdint.h>

struct arena;
struct db;

/* One record found for the retention: its id, and a melding's melder key (0: none). */
struct privacy_due {
	int64_t id;
	int64_t key;
};

/* A stored file: its row and its name under bijlagen/. */
struct privacy_file {
	int64_t id;
	const char *opslag;
};

/*
 * Closed meldingen whose closing day is before before_day, not yet
 * anonymised and in no dossier that is not anonymised itself (a melding in
 * a dossier waits for the dossier's term); at most max, into an arena array.
 * The count, or -1.
 */
int privacy_meldingen_due(struct db *db, struct arena *a, int32_t before_day, int max, struct privacy_due **out);
int64_t privacy_meldingen_due_count(struct db *db, int32_t before_day);
/* The files of one melding (to remove from disk after the commit). Count or -1. */
int privacy_melding_files(struct db *db, struct arena *a, int64_t melding_id, struct privacy_file **out);
/*
 * Anonymises one melding: the melder's name, e-mail, phone and status link,
 * the description, the moment and place as told, the address detail (the
 * wijk, buurt and complex stay), the texts of its timeline and of its
 * messages, and its files' rows. key replaces the melder key (0: left NULL).
 */
enum store_result privacy_melding_anonymise(struct db *db, int64_t id, int64_t key, int64_t now);

/* Files of closed meldingen (closing day before before_day) that no open dossier holds; at most max. */
int privacy_bijlagen_due(struct db *db, struct arena *a, int32_t before_day, int max, struct privacy_file **out);
int64_t privacy_bijlagen_due_count(struct db *db, int32_t before_day);
enum store_result privacy_bijlage_delete(struct db *db, int64_t id);

/* Closed dossiers closed before the moment, not yet anonymised; at most max. */
int privacy_dossiers_due(struct db *db, struct arena *a, int64_t before, int max, struct privacy_due **out);
int64_t privacy_dossiers_due_count(struct db *db, int64_t before);
/*
 * Anonymises one dossier: household label, subject text, closing note, the
 * journal, interventions' texts, letters, escalation reasons, event texts
 * (the references of linked meldingen stay) and its search entry. The
 * address link stays when the dossier has no complex (the schema needs one
 * of the two): it names a home, not who lived there.
 */
enum store_result privacy_dossier_anonymise(struct db *db, int64_t id, int64_t now);

/* Closed referrals closed before the moment, not yet anonymised; at most max. */
int privacy_referrals_due(struct db *db, struct arena *a, int64_t before, int max, struct privacy_due **out);
int64_t privacy_referrals_due_count(struct db *db, int64_t before);
int privacy_referral_files(struct db *db, struct arena *a, int64_t referral_id, struct privacy_file **out);
/* Anonymises one referral: reason, question, shared summary, refusal reason, history texts, its files' rows. */
enum store_result privacy_referral_anonymise(struct db *db, int64_t id, int64_t now);

/* Mail not about a melding, queued before the moment: address, subject and text emptied. Rows changed or -1. */
int64_t privacy_mail_expire(struct db *db, int64_t before, int dry_run);
/*
 * Bewonersinitiatieven (issue 18) decided before `before` (afgewezen,
 * afgerond, ingetrokken): the applicant's name, e-mail and phone are
 * blanked; what was asked, granted and paid stays for the fund's books.
 * dry_run counts. Rows changed (or counted), or -1.
 */
int64_t privacy_initiatieven_expire(struct db *db, int64_t before, int dry_run);
/* Sessions last used, and failed logins, before the moment: deleted. Rows or -1. */
int64_t privacy_sessions_expire(struct db *db, int64_t before, int dry_run);
/* Audit rows before the moment: client address and detail emptied, an account's e-mail replaced; at most max. Rows or -1. */
int64_t privacy_audit_anonymise(struct db *db, int64_t before, int max, int dry_run);

/* ---- one person (inzage, correction, deletion) ---- */

/*
 * Who is asked about: an e-mail address (any case), a normalised phone
 * number, and/or an address (normalised postcode, huisnummer, toevoeging);
 * empty fields match nothing.
 */
struct privacy_person {
	const char *email;
	const char *telefoon;
	const char *postcode;
	int huisnummer;
	const char *toevoeging;
};

/* The meldingen this person reported (by e-mail or phone), oldest first; ids into an arena array. Count or -1. */
int privacy_meldingen_by_melder(struct db *db, struct arena *a, const struct privacy_person *p, int64_t **ids);
/* The meldingen about the address that this person did not report. Count or -1. */
int privacy_meldingen_about(struct db *db, struct arena *a, const struct privacy_person *p, int64_t **ids);
/* The dossiers about the address (by the register). Count or -1. */
int privacy_dossiers_about(struct db *db, struct arena *a, const struct privacy_person *p, int64_t **ids);
/*
 * The first open dossier (not anonymised) that holds one of the person's
 * meldingen: its reference and that melding's into the buffers, 1; 0 when
 * none; -1 on error.
 */
int privacy_running_dossier(struct db *db, const struct privacy_person *p, char dossier_ref[24], char melding_ref[24]);
/* Sets the melder's name, e-mail and phone on every melding the person reported. Rows or -1. */
int64_t privacy_melder_correct(struct db *db, const struct privacy_person *p, const char *naam, const char *email,
			       const char *telefoon);
/* Empties the melder's details (and status links, message addresses and texts) of one melding; key as above. */
enum store_result privacy_melder_erase(struct db *db, int64_t melding_id, int64_t key);
/* The initiatives the person applied for (by e-mail or phone), in id order. Count, or -1. */
int privacy_initiatieven_by_aanvrager(struct db *db, struct arena *a, const struct privacy_person *p, int64_t **ids);
/* Their contact details corrected on every initiative they applied for. Rows changed, or -1. */
int64_t privacy_aanvrager_correct(struct db *db, const struct privacy_person *p, const char *naam, const char *email,
				  const char *telefoon);
/* Their contact details, status link and the mail to them removed from every initiative they applied for. Rows changed, or -1. */
int64_t privacy_aanvrager_erase(struct db *db, const struct privacy_person *p);
/* A melding's melder key (0: none). */
int64_t privacy_melder_key(struct db *db, int64_t melding_id);

#endif
