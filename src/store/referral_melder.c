/*
 * referral_melder.c - the contact details of melders a referral shares
 * with its partner, with their consent (see referral.h, issue 17 point 6).
 *
 * Consent is read where the details are shown, not only when the referral
 * is sent: a melder who withdraws it, or a melding anonymised since,
 * leaves the partner's page and API answer at once.
 */
#include "store/referral.h"
#include "db/db.h"

/* A melder may be shared: consent, not anonymous, not anonymised, and something to share. */
#define CONSENTS(m) \
	"(" m ".delen_met_partners = 1 AND " m ".anoniem = 0 AND " m ".geanonimiseerd_op IS NULL" \
	" AND (" m ".melder_naam <> '' OR " m ".melder_email <> '' OR " m ".melder_telefoon <> ''))"

static const char SQL_DOSSIER_MELDERS[] =
	"SELECT m.referentie, m.anoniem, " CONSENTS("m") ","
	" CASE WHEN " CONSENTS("m") " THEN m.melder_naam ELSE '' END,"
	" CASE WHEN " CONSENTS("m") " THEN m.melder_email ELSE '' END,"
	" CASE WHEN " CONSENTS("m") " THEN m.melder_telefoon ELSE '' END"
	" FROM dossier_melding l JOIN melding m ON m.id = l.melding_id WHERE l.dossier_id = ?"
	" ORDER BY m.ontvangen_op, m.id";
static const char SQL_SHARE[] =
	"INSERT OR IGNORE INTO referral_melder(referral_id, melding_id)"
	" SELECT ?1, m.id FROM dossier_melding l JOIN melding m ON m.id = l.melding_id"
	" WHERE l.dossier_id = ?2 AND " CONSENTS("m");
static const char SQL_SHARED[] =
	"SELECT m.referentie, m.anoniem, 1, m.melder_naam, m.melder_email, m.melder_telefoon"
	" FROM referral r JOIN referral_melder rm ON rm.referral_id = r.id JOIN melding m ON m.id = rm.melding_id"
	" WHERE r.id = ?1 AND r.partner_id = ?2 AND " CONSENTS("m") " ORDER BY m.ontvangen_op, m.id";

static int read_melder(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct referral_melder *m = row;

	m->melding_ref = db_text(st, 0, a);
	m->anoniem = sqlite3_column_int(st, 1);
	m->toestemming = sqlite3_column_int(st, 2);
	m->naam = db_text(st, 3, a);
	m->email = db_text(st, 4, a);
	m->telefoon = db_text(st, 5, a);
	return 0;
}

int referral_dossier_melders(struct db *db, struct arena *a, int64_t dossier_id, struct referral_melder **out)
{
	int n;

	*out = db_rows(db, db_query(db, SQL_DOSSIER_MELDERS, "I", dossier_id), a, read_melder, sizeof(**out), &n,
		       "referral dossier melders");
	return n;
}

enum store_result referral_melders_share(struct db *db, int64_t referral_id, int64_t dossier_id, int *n)
{
	int k = db_exec(db, SQL_SHARE, "II", referral_id, dossier_id);

	*n = k < 0 ? 0 : k;
	return k < 0 ? STORE_ERROR : STORE_OK;
}

int referral_melders_shared(struct db *db, struct arena *a, int64_t id, int64_t partner_id,
			    struct referral_melder **out)
{
	int n;

	*out = NULL;
	if (partner_id <= 0)
		return 0;
	*out = db_rows(db, db_query(db, SQL_SHARED, "II", id, partner_id), a, read_melder, sizeof(**out), &n,
		       "referral shared melders");
	return n;
}
