/*
 * privacy.c - the SQL of retention and of one person's data (see privacy.h
 * and privacy_json.h).
 */
#include "store/privacy.h"
#include "store/privacy_json.h"
#include "db/db.h"
#include "lib/arena.h"
#include "store/dossier.h"

#include <cjson/cJSON.h>
#include <string.h>

/* A melding is held while any dossier that links it is not anonymised. */
#define NOT_HELD(m) \
	" AND NOT EXISTS (SELECT 1 FROM dossier_melding dm JOIN dossier d ON d.id = dm.dossier_id" \
	" WHERE dm.melding_id = " m " AND d.geanonimiseerd_op IS NULL)"
#define MELDINGEN_DUE \
	" FROM melding m WHERE m.afgesloten_dag < ?1 AND m.status = 'afgesloten' AND m.geanonimiseerd_op IS NULL" \
	NOT_HELD("m.id")
static const char SQL_MELDINGEN_DUE[] =
	"SELECT m.id, coalesce(m.melder_sleutel, 0)" MELDINGEN_DUE " ORDER BY m.afgesloten_dag, m.id LIMIT ?2";
static const char SQL_MELDINGEN_DUE_COUNT[] = "SELECT count(*)" MELDINGEN_DUE;
static const char SQL_MELDING_FILES[] = "SELECT id, opslag FROM attachment WHERE melding_id = ? ORDER BY id";
static const char SQL_MELDING_FILES_DELETE[] = "DELETE FROM attachment WHERE melding_id = ?";
/*
 * The postcode goes with the house number: together they name a home. The
 * areas (buurt, wijk, complex) stay, as the dashboards count by them. The
 * FTS entry follows through 0002's update trigger: it keeps the reference only.
 */
static const char SQL_MELDING_ANON[] =
	"UPDATE melding SET omschrijving = '', voorval = '', postcode = '', huisnummer = NULL, toevoeging = '',"
	" plaats = '', adres_tekst = '', address_id = NULL, melder_naam = '', melder_email = '',"
	" melder_telefoon = '', status_token_hash = NULL, status_token_box = NULL,"
	/* A melder erased on request has its key replaced already (privacy_melder_erase()). */
	" melder_sleutel = CASE WHEN melder_email = '' AND melder_telefoon = '' THEN melder_sleutel ELSE ?2 END,"
	" geanonimiseerd_op = ?3 WHERE id = ?1";
static const char SQL_MELDING_EVENTS_ANON[] = "UPDATE melding_event SET tekst = '' WHERE melding_id = ? AND tekst <> ''";
/* The melder's overlastdagboek (issue 17): their own words go with the rest; dates and severity stay. */
static const char SQL_MELDING_DAGBOEK_ANON[] = "UPDATE dagboek SET tekst = '' WHERE melding_id = ? AND tekst <> ''";
static const char SQL_MELDING_MAIL_ANON[] =
	"UPDATE outbox SET aan = '', onderwerp = '', tekst = '' WHERE melding_id = ?"
	" AND (aan <> '' OR onderwerp <> '' OR tekst <> '')";

#define BIJLAGEN_DUE \
	" FROM attachment a JOIN melding m ON m.id = a.melding_id" \
	" WHERE m.afgesloten_dag < ?1 AND m.status = 'afgesloten'" NOT_HELD("m.id")
static const char SQL_BIJLAGEN_DUE[] = "SELECT a.id, a.opslag" BIJLAGEN_DUE " ORDER BY a.id LIMIT ?2";
static const char SQL_BIJLAGEN_DUE_COUNT[] = "SELECT count(*)" BIJLAGEN_DUE;
static const char SQL_BIJLAGE_DELETE[] = "DELETE FROM attachment WHERE id = ?";

#define DOSSIERS_DUE " FROM dossier WHERE gesloten_op < ?1 AND status = 'gesloten' AND geanonimiseerd_op IS NULL"
static const char SQL_DOSSIERS_DUE[] = "SELECT id, 0" DOSSIERS_DUE " ORDER BY gesloten_op, id LIMIT ?2";
static const char SQL_DOSSIERS_DUE_COUNT[] = "SELECT count(*)" DOSSIERS_DUE;
static const char SQL_DOSSIER_ANON[] =
	"UPDATE dossier SET huishouden = '', onderwerp_tekst = 'geanonimiseerd', uitkomst_toelichting = '',"
	" address_id = CASE WHEN complex_id IS NULL THEN address_id END, geanonimiseerd_op = ?2 WHERE id = ?1";
static const char SQL_DOSSIER_NOTES_ANON[] = "UPDATE dossier_note SET tekst = '' WHERE dossier_id = ?";
static const char SQL_DOSSIER_INTERVENTIONS_ANON[] =
	"UPDATE intervention SET uitkomst = '', toelichting = '' WHERE dossier_id = ?";
static const char SQL_DOSSIER_LETTERS_ANON[] = "UPDATE letter SET aan = '', tekst = '' WHERE dossier_id = ?";
static const char SQL_DOSSIER_ESCALATIONS_ANON[] =
	"UPDATE escalation SET reden = 'geanonimiseerd' WHERE dossier_id = ?";
static const char SQL_DOSSIER_EVENTS_ANON[] =
	"UPDATE dossier_event SET tekst = '' WHERE dossier_id = ? AND soort NOT IN ('gekoppeld', 'ontkoppeld')";

#define REFERRALS_DUE " FROM referral WHERE afgesloten_op < ?1 AND status = 'afgesloten' AND geanonimiseerd_op IS NULL"
static const char SQL_REFERRALS_DUE[] = "SELECT id, 0" REFERRALS_DUE " ORDER BY afgesloten_op, id LIMIT ?2";
static const char SQL_REFERRALS_DUE_COUNT[] = "SELECT count(*)" REFERRALS_DUE;
static const char SQL_REFERRAL_FILES[] = "SELECT id, opslag FROM referral_file WHERE referral_id = ? ORDER BY id";
static const char SQL_REFERRAL_FILES_DELETE[] = "DELETE FROM referral_file WHERE referral_id = ?";
/* reden, vraag and gedeelde_informatie must not be empty (0009's checks). */
static const char SQL_REFERRAL_ANON[] =
	"UPDATE referral SET reden = 'geanonimiseerd', vraag = 'geanonimiseerd', gedeelde_informatie = 'geanonimiseerd',"
	" afwijs_reden = CASE WHEN afwijs_reden = '' THEN '' ELSE 'geanonimiseerd' END, geanonimiseerd_op = ?2"
	" WHERE id = ?1";
static const char SQL_REFERRAL_EVENTS_ANON[] = "UPDATE referral_event SET tekst = '' WHERE referral_id = ?";

#define MAIL_DUE " FROM outbox WHERE melding_id IS NULL AND created_at < ?1 AND (aan <> '' OR onderwerp <> '' OR tekst <> '')"
static const char SQL_MAIL_DUE_COUNT[] = "SELECT count(*)" MAIL_DUE;
static const char SQL_MAIL_ANON[] =
	"UPDATE outbox SET aan = '', onderwerp = '', tekst = '' WHERE melding_id IS NULL AND created_at < ?1"
	" AND (aan <> '' OR onderwerp <> '' OR tekst <> '')";
static const char SQL_SESSIONS_COUNT[] =
	"SELECT (SELECT count(*) FROM session WHERE last_seen < ?1) + (SELECT count(*) FROM login_failure WHERE at < ?1)";
static const char SQL_SESSIONS_DELETE[] = "DELETE FROM session WHERE last_seen < ?";
static const char SQL_LOGINS_DELETE[] = "DELETE FROM login_failure WHERE at < ?";

#define AUDIT_DUE " FROM audit_log WHERE at < ?1 AND (ip <> '' OR detail <> '' OR (object_type = 'gebruiker' AND object_id <> ''" \
	" AND object_id NOT LIKE 'gebruiker %'))"
static const char SQL_AUDIT_COUNT[] = "SELECT count(*) FROM (SELECT 1" AUDIT_DUE " LIMIT ?2)";
/*
 * Only what migration 0017's trigger allows: who, when, what and which stay;
 * an account named by its e-mail address is named by its id instead (or
 * not at all when no account has that address).
 */
static const char SQL_AUDIT_ANON[] =
	"UPDATE audit_log SET ip = '', detail = '',"
	" object_id = CASE WHEN object_type = 'gebruiker' AND object_id NOT LIKE 'gebruiker %'"
	"   THEN coalesce((SELECT 'gebruiker ' || u.id FROM user u WHERE u.email = lower(audit_log.object_id)), '')"
	"   ELSE object_id END"
	" WHERE id IN (SELECT id" AUDIT_DUE " ORDER BY id LIMIT ?2)";

/* ---- one person ---- */

static const char SQL_BY_MELDER[] =
	"SELECT id FROM melding WHERE (?1 <> '' AND lower(melder_email) = lower(?1)) OR (?2 <> '' AND melder_telefoon = ?2)"
	" ORDER BY id";
static const char SQL_ABOUT[] =
	"SELECT m.id FROM melding m WHERE ?1 <> '' AND ((m.postcode = ?1 AND m.huisnummer = ?2 AND m.toevoeging = ?3)"
	" OR m.address_id = (SELECT a.id FROM address a WHERE a.postcode = ?1 AND a.huisnummer = ?2 AND a.toevoeging = ?3))"
	" AND NOT ((?4 <> '' AND lower(m.melder_email) = lower(?4)) OR (?5 <> '' AND m.melder_telefoon = ?5))"
	" ORDER BY m.id";
static const char SQL_DOSSIERS_ABOUT[] =
	"SELECT d.id FROM dossier d JOIN address a ON a.id = d.address_id"
	" WHERE ?1 <> '' AND a.postcode = ?1 AND a.huisnummer = ?2 AND a.toevoeging = ?3 ORDER BY d.id";
static const char SQL_RUNNING[] =
	"SELECT d.referentie, m.referentie FROM melding m JOIN dossier_melding dm ON dm.melding_id = m.id"
	" JOIN dossier d ON d.id = dm.dossier_id"
	" WHERE ((?1 <> '' AND lower(m.melder_email) = lower(?1)) OR (?2 <> '' AND m.melder_telefoon = ?2))"
	" AND d.status = 'open' AND d.geanonimiseerd_op IS NULL ORDER BY d.id LIMIT 1";
static const char SQL_CORRECT[] =
	"UPDATE melding SET melder_naam = ?3, melder_email = ?4, melder_telefoon = ?5"
	" WHERE (?1 <> '' AND lower(melder_email) = lower(?1)) OR (?2 <> '' AND melder_telefoon = ?2)";
static const char SQL_ERASE[] =
	"UPDATE melding SET melder_naam = '', melder_email = '', melder_telefoon = '', melder_sleutel = ?2,"
	" status_token_hash = NULL, status_token_box = NULL WHERE id = ?1";
/* Bewonersinitiatieven (issue 18): the applicant is found, corrected and erased like a melder. */
#define AANVRAGER_IS "((?1 <> '' AND lower(aanvrager_email) = lower(?1)) OR (?2 <> '' AND aanvrager_telefoon = ?2))"
static const char SQL_INITIATIEF_BY_AANVRAGER[] = "SELECT id FROM initiatief WHERE " AANVRAGER_IS " ORDER BY id";
static const char SQL_AANVRAGER_CORRECT[] =
	"UPDATE initiatief SET aanvrager_naam = ?3, aanvrager_email = ?4, aanvrager_telefoon = ?5 WHERE " AANVRAGER_IS;
static const char SQL_AANVRAGER_ERASE[] =
	"UPDATE initiatief SET aanvrager_naam = '', aanvrager_email = '', aanvrager_telefoon = '',"
	" status_token_hash = NULL, status_token_box = NULL WHERE " AANVRAGER_IS;
/* Before the above: the mail to them goes too (its rows name the initiative). */
static const char SQL_AANVRAGER_MAIL_ANON[] =
	"UPDATE outbox SET aan = '', onderwerp = '', tekst = ''"
	" WHERE initiatief_id IN (SELECT id FROM initiatief WHERE " AANVRAGER_IS ")";
#define INITIATIEF_DUE " FROM initiatief WHERE status IN ('afgewezen', 'afgerond', 'ingetrokken')" \
	" AND gewijzigd_op < ?1 AND (aanvrager_naam <> '' OR aanvrager_email <> '' OR aanvrager_telefoon <> '')"
static const char SQL_INITIATIEF_DUE_COUNT[] = "SELECT count(*)" INITIATIEF_DUE;
static const char SQL_INITIATIEF_ANON[] =
	"UPDATE initiatief SET aanvrager_naam = '', aanvrager_email = '', aanvrager_telefoon = ''"
	" WHERE id IN (SELECT id" INITIATIEF_DUE ")";
static const char SQL_MELDER_KEY[] = "SELECT coalesce(melder_sleutel, 0) FROM melding WHERE id = ?";

static int read_due(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct privacy_due *d = row;

	(void)a;
	d->id = sqlite3_column_int64(st, 0);
	d->key = sqlite3_column_int64(st, 1);
	return 0;
}

static int read_file(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct privacy_file *f = row;

	f->id = sqlite3_column_int64(st, 0);
	f->opslag = db_text(st, 1, a);
	return 0;
}

static int rows_due(struct db *db, struct arena *a, sqlite3_stmt *st, struct privacy_due **out)
{
	int n;

	*out = db_rows(db, st, a, read_due, sizeof(**out), &n, "privacy due");
	return n;
}

static int rows_files(struct db *db, struct arena *a, sqlite3_stmt *st, struct privacy_file **out)
{
	int n;

	*out = db_rows(db, st, a, read_file, sizeof(**out), &n, "privacy files");
	return n;
}

static enum store_result all_ok(const int *rc, int n)
{
	for (int i = 0; i < n; i++)
		if (rc[i] < 0)
			return STORE_ERROR;
	return STORE_OK;
}

int privacy_meldingen_due(struct db *db, struct arena *a, int32_t before_day, int max, struct privacy_due **out)
{
	return rows_due(db, a, db_query(db, SQL_MELDINGEN_DUE, "ii", (int)before_day, max), out);
}

int64_t privacy_meldingen_due_count(struct db *db, int32_t before_day)
{
	return db_int(db, SQL_MELDINGEN_DUE_COUNT, -1, "i", (int)before_day);
}

int privacy_melding_files(struct db *db, struct arena *a, int64_t melding_id, struct privacy_file **out)
{
	return rows_files(db, a, db_query(db, SQL_MELDING_FILES, "I", melding_id), out);
}

enum store_result privacy_melding_anonymise(struct db *db, int64_t id, int64_t key, int64_t now)
{
	int rc[5];

	rc[0] = db_exec(db, SQL_MELDING_FILES_DELETE, "I", id);
	rc[1] = db_exec(db, SQL_MELDING_ANON, "INI", id, key, now);
	rc[2] = db_exec(db, SQL_MELDING_EVENTS_ANON, "I", id);
	rc[3] = db_exec(db, SQL_MELDING_MAIL_ANON, "I", id);
	rc[4] = db_exec(db, SQL_MELDING_DAGBOEK_ANON, "I", id);
	if (rc[1] == 0)
		return STORE_NOTFOUND;
	return all_ok(rc, 5);
}

int privacy_bijlagen_due(struct db *db, struct arena *a, int32_t before_day, int max, struct privacy_file **out)
{
	return rows_files(db, a, db_query(db, SQL_BIJLAGEN_DUE, "ii", (int)before_day, max), out);
}

int64_t privacy_bijlagen_due_count(struct db *db, int32_t before_day)
{
	return db_int(db, SQL_BIJLAGEN_DUE_COUNT, -1, "i", (int)before_day);
}

enum store_result privacy_bijlage_delete(struct db *db, int64_t id)
{
	return store_result_exec(db_exec(db, SQL_BIJLAGE_DELETE, "I", id));
}

int privacy_dossiers_due(struct db *db, struct arena *a, int64_t before, int max, struct privacy_due **out)
{
	return rows_due(db, a, db_query(db, SQL_DOSSIERS_DUE, "Ii", before, max), out);
}

int64_t privacy_dossiers_due_count(struct db *db, int64_t before)
{
	return db_int(db, SQL_DOSSIERS_DUE_COUNT, -1, "I", before);
}

enum store_result privacy_dossier_anonymise(struct db *db, int64_t id, int64_t now)
{
	int rc[6];

	rc[0] = db_exec(db, SQL_DOSSIER_ANON, "II", id, now);
	rc[1] = db_exec(db, SQL_DOSSIER_NOTES_ANON, "I", id);
	rc[2] = db_exec(db, SQL_DOSSIER_INTERVENTIONS_ANON, "I", id);
	rc[3] = db_exec(db, SQL_DOSSIER_LETTERS_ANON, "I", id);
	rc[4] = db_exec(db, SQL_DOSSIER_ESCALATIONS_ANON, "I", id);
	rc[5] = db_exec(db, SQL_DOSSIER_EVENTS_ANON, "I", id);
	if (rc[0] == 0)
		return STORE_NOTFOUND;
	if (all_ok(rc, 6) != STORE_OK)
		return STORE_ERROR;
	return dossier_fts_refresh(db, id);
}

int privacy_referrals_due(struct db *db, struct arena *a, int64_t before, int max, struct privacy_due **out)
{
	return rows_due(db, a, db_query(db, SQL_REFERRALS_DUE, "Ii", before, max), out);
}

int64_t privacy_referrals_due_count(struct db *db, int64_t before)
{
	return db_int(db, SQL_REFERRALS_DUE_COUNT, -1, "I", before);
}

int privacy_referral_files(struct db *db, struct arena *a, int64_t referral_id, struct privacy_file **out)
{
	return rows_files(db, a, db_query(db, SQL_REFERRAL_FILES, "I", referral_id), out);
}

enum store_result privacy_referral_anonymise(struct db *db, int64_t id, int64_t now)
{
	int rc[3];

	rc[0] = db_exec(db, SQL_REFERRAL_ANON, "II", id, now);
	rc[1] = db_exec(db, SQL_REFERRAL_EVENTS_ANON, "I", id);
	rc[2] = db_exec(db, SQL_REFERRAL_FILES_DELETE, "I", id);
	if (rc[0] == 0)
		return STORE_NOTFOUND;
	return all_ok(rc, 3);
}

int64_t privacy_mail_expire(struct db *db, int64_t before, int dry_run)
{
	if (dry_run)
		return db_int(db, SQL_MAIL_DUE_COUNT, -1, "I", before);
	return db_exec(db, SQL_MAIL_ANON, "I", before);
}

int64_t privacy_initiatieven_expire(struct db *db, int64_t before, int dry_run)
{
	if (dry_run)
		return db_int(db, SQL_INITIATIEF_DUE_COUNT, -1, "I", before);
	return db_exec(db, SQL_INITIATIEF_ANON, "I", before);
}

int64_t privacy_sessions_expire(struct db *db, int64_t before, int dry_run)
{
	if (dry_run)
		return db_int(db, SQL_SESSIONS_COUNT, -1, "I", before);
	int a = db_exec(db, SQL_SESSIONS_DELETE, "I", before);
	int b = db_exec(db, SQL_LOGINS_DELETE, "I", before);
	return a < 0 || b < 0 ? -1 : (int64_t)a + b;
}

int64_t privacy_audit_anonymise(struct db *db, int64_t before, int max, int dry_run)
{
	if (dry_run)
		return db_int(db, SQL_AUDIT_COUNT, -1, "Ii", before, max);
	return db_exec(db, SQL_AUDIT_ANON, "Ii", before, max);
}

/* ---- one person ---- */

static const char *or_empty(const char *s)
{
	return s ? s : "";
}

static int ids(struct db *db, struct arena *a, sqlite3_stmt *st, int64_t **out)
{
	int n;

	*out = db_rows(db, st, a, db_read_int64, sizeof(**out), &n, "privacy person");
	return n;
}

int privacy_meldingen_by_melder(struct db *db, struct arena *a, const struct privacy_person *p, int64_t **out)
{
	return ids(db, a, db_query(db, SQL_BY_MELDER, "tt", or_empty(p->email), or_empty(p->telefoon)), out);
}

int privacy_meldingen_about(struct db *db, struct arena *a, const struct privacy_person *p, int64_t **out)
{
	return ids(db, a, db_query(db, SQL_ABOUT, "tittt", or_empty(p->postcode), p->huisnummer, or_empty(p->toevoeging),
				   or_empty(p->email), or_empty(p->telefoon)), out);
}

int privacy_dossiers_about(struct db *db, struct arena *a, const struct privacy_person *p, int64_t **out)
{
	return ids(db, a, db_query(db, SQL_DOSSIERS_ABOUT, "tit", or_empty(p->postcode), p->huisnummer,
				   or_empty(p->toevoeging)), out);
}

struct refs {
	char *dossier, *melding;
};

static int read_refs(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct refs *r = row;

	(void)a;
	db_copy_text(st, 0, r->dossier, 24);
	db_copy_text(st, 1, r->melding, 24);
	return 0;
}

int privacy_running_dossier(struct db *db, const struct privacy_person *p, char dossier_ref[24], char melding_ref[24])
{
	struct refs r = { dossier_ref, melding_ref };
	sqlite3_stmt *st = db_query(db, SQL_RUNNING, "tt", or_empty(p->email), or_empty(p->telefoon));

	return db_one(db, st, NULL, read_refs, &r, "privacy running dossier");
}

int64_t privacy_melder_correct(struct db *db, const struct privacy_person *p, const char *naam, const char *email,
			       const char *telefoon)
{
	return db_exec(db, SQL_CORRECT, "ttttt", or_empty(p->email), or_empty(p->telefoon), naam, email, telefoon);
}

enum store_result privacy_melder_erase(struct db *db, int64_t melding_id, int64_t key)
{
	int rc[2];

	rc[0] = db_exec(db, SQL_ERASE, "IN", melding_id, key);
	rc[1] = db_exec(db, SQL_MELDING_MAIL_ANON, "I", melding_id);
	if (rc[0] == 0)
		return STORE_NOTFOUND;
	return all_ok(rc, 2);
}

int privacy_initiatieven_by_aanvrager(struct db *db, struct arena *a, const struct privacy_person *p, int64_t **out)
{
	return ids(db, a, db_query(db, SQL_INITIATIEF_BY_AANVRAGER, "tt", or_empty(p->email), or_empty(p->telefoon)), out);
}

int64_t privacy_aanvrager_correct(struct db *db, const struct privacy_person *p, const char *naam, const char *email,
				  const char *telefoon)
{
	return db_exec(db, SQL_AANVRAGER_CORRECT, "ttttt", or_empty(p->email), or_empty(p->telefoon), naam, email,
		       telefoon);
}

int64_t privacy_aanvrager_erase(struct db *db, const struct privacy_person *p)
{
	if (db_exec(db, SQL_AANVRAGER_MAIL_ANON, "tt", or_empty(p->email), or_empty(p->telefoon)) < 0)
		return -1;
	return db_exec(db, SQL_AANVRAGER_ERASE, "tt", or_empty(p->email), or_empty(p->telefoon));
}

int64_t privacy_melder_key(struct db *db, int64_t melding_id)
{
	return db_int(db, SQL_MELDER_KEY, 0, "I", melding_id);
}

/* ---- the inzage as JSON (privacy_json.h) ---- */

/* Moments as ISO 8601 in UTC, days as dates: the export reads without our code. */
#define AT(col, name) "strftime('%Y-%m-%dT%H:%M:%SZ', " col ", 'unixepoch') AS " name
#define DAY(col, name) "date(" col " * 86400, 'unixepoch') AS " name

static const char SQL_J_MELDING[] =
	"SELECT m.referentie, " AT("m.ontvangen_op", "ontvangen_op") ", m.kanaal, c.naam AS categorie, m.status,"
	" m.omschrijving, m.voorval, m.adres_tekst AS adres, m.plaats, m.melder_naam, m.melder_email,"
	" m.melder_telefoon, m.anoniem, m.delen_met_partners, " AT("m.afgesloten_op", "afgesloten_op") ","
	" " AT("m.geanonimiseerd_op", "geanonimiseerd_op")
	" FROM melding m JOIN category c ON c.id = m.category_id WHERE m.id = ?1";
/* About the person's address, reported by someone else: nothing of that melder. */
static const char SQL_J_MELDING_OVER[] =
	"SELECT m.referentie, " AT("m.ontvangen_op", "ontvangen_op") ", c.naam AS categorie, m.status,"
	" m.omschrijving, m.voorval, m.adres_tekst AS adres, " AT("m.afgesloten_op", "afgesloten_op")
	" FROM melding m JOIN category c ON c.id = m.category_id WHERE m.id = ?1";
static const char SQL_J_TIJDLIJN[] =
	"SELECT " AT("op", "op") ", soort, tekst FROM melding_event WHERE melding_id = ?1 ORDER BY op, id";
/* The steps only: staff notes may say who reported. */
static const char SQL_J_STAPPEN[] =
	"SELECT " AT("op", "op") ", soort FROM melding_event WHERE melding_id = ?1 ORDER BY op, id";
static const char SQL_J_BERICHTEN[] =
	"SELECT " AT("created_at", "aangemaakt_op") ", soort, aan, onderwerp, tekst, " AT("verzonden_op", "verzonden_op")
	" FROM outbox WHERE melding_id = ?1 ORDER BY id";
static const char SQL_J_BIJLAGEN[] =
	"SELECT bestandsnaam, mime, grootte, " AT("created_at", "ontvangen_op") " FROM attachment WHERE melding_id = ?1"
	" ORDER BY id";
static const char SQL_J_DOSSIER[] =
	"SELECT d.referentie, d.status, d.onderwerp_tekst AS onderwerp, d.huishouden, d.pijler,"
	" " AT("d.geopend_op", "geopend_op") ", " AT("d.gesloten_op", "gesloten_op") ", d.uitkomst,"
	" d.uitkomst_toelichting, d.ave_niveau, d.ave_regie, d.vervuild, d.gevoelig,"
	" " AT("d.geanonimiseerd_op", "geanonimiseerd_op") " FROM dossier d WHERE d.id = ?1";
static const char SQL_J_NOTITIES[] =
	"SELECT " AT("op", "op") ", tekst, vertrouwelijk FROM dossier_note WHERE dossier_id = ?1 ORDER BY op, id";
static const char SQL_J_INTERVENTIES[] =
	"SELECT soort, " DAY("gepland_dag", "gepland") ", " DAY("uitgevoerd_dag", "uitgevoerd") ", uitkomst, toelichting"
	" FROM intervention WHERE dossier_id = ?1 ORDER BY tijdlijn_op, id";
static const char SQL_J_BRIEVEN[] =
	"SELECT soort, aan, " DAY("datum_dag", "datum") ", tekst FROM letter WHERE dossier_id = ?1 ORDER BY id";
static const char SQL_J_ESCALATIES[] =
	"SELECT " AT("op", "op") ", van_niveau, niveau, regie, reden FROM escalation WHERE dossier_id = ?1 ORDER BY op, id";
static const char SQL_J_DOORVERWIJZINGEN[] =
	"SELECT p.naam AS partner, r.status, " AT("r.verstuurd_op", "verstuurd_op") ", r.vraag, r.gedeelde_informatie,"
	" " AT("r.afgesloten_op", "afgesloten_op") " FROM referral r JOIN partner p ON p.id = r.partner_id"
	" WHERE r.dossier_id = ?1 ORDER BY r.id";
static const char SQL_J_DAGBOEK[] =
	"SELECT " AT("van", "van") ", " AT("tot", "tot") ", ernst, tekst, " AT("vastgelegd", "vastgelegd_op")
	" FROM dagboek WHERE melding_id = ?1 ORDER BY van, id";
static const char SQL_J_TEVREDENHEID[] =
	"SELECT score, tekst, " AT("gegeven_op", "gegeven_op") " FROM tevredenheid WHERE melding_id = ?1 ORDER BY id";
static const char SQL_J_INITIATIEF[] =
	"SELECT i.referentie, " AT("i.ingediend_op", "ingediend_op") ", i.titel, i.wat, i.waar, i.voor_wie,"
	" i.bedrag_gevraagd_cent, i.aanvrager_naam, i.aanvrager_email, i.aanvrager_telefoon, i.status, i.besluit_reden,"
	" " AT("i.besloten_op", "besloten_op") ", i.eindverslag,"
	" (SELECT coalesce(sum(bedrag_cent), 0) FROM fonds_boeking WHERE initiatief_id = i.id AND soort = 'toekenning')"
	" AS toegekend_cent,"
	" (SELECT coalesce(sum(bedrag_cent), 0) FROM fonds_boeking WHERE initiatief_id = i.id AND soort = 'betaling')"
	" AS betaald_cent FROM initiatief i WHERE i.id = ?1";
static const char SQL_J_ACCOUNT[] =
	"SELECT naam, email, role AS rol, active AS actief, " AT("created_at", "aangemaakt_op")
	" FROM user WHERE ?2 <> '' AND email = lower(?2)";

static const char *const json_sql[PJ__MAX] = {
	[PJ_MELDING] = SQL_J_MELDING,
	[PJ_MELDING_OVER] = SQL_J_MELDING_OVER,
	[PJ_TIJDLIJN] = SQL_J_TIJDLIJN,
	[PJ_STAPPEN] = SQL_J_STAPPEN,
	[PJ_BERICHTEN] = SQL_J_BERICHTEN,
	[PJ_BIJLAGEN] = SQL_J_BIJLAGEN,
	[PJ_DOSSIER] = SQL_J_DOSSIER,
	[PJ_NOTITIES] = SQL_J_NOTITIES,
	[PJ_INTERVENTIES] = SQL_J_INTERVENTIES,
	[PJ_BRIEVEN] = SQL_J_BRIEVEN,
	[PJ_ESCALATIES] = SQL_J_ESCALATIES,
	[PJ_DOORVERWIJZINGEN] = SQL_J_DOORVERWIJZINGEN,
	[PJ_ACCOUNT] = SQL_J_ACCOUNT,
	[PJ_DAGBOEK] = SQL_J_DAGBOEK,
	[PJ_TEVREDENHEID] = SQL_J_TEVREDENHEID,
	[PJ_INITIATIEF] = SQL_J_INITIATIEF,
};

/* One row as an object keyed by the column names; NULL stays null. */
static int add_row(sqlite3_stmt *st, struct arena *a, void *ctx)
{
	cJSON *o = cJSON_CreateObject();

	(void)a;
	for (int i = 0; i < sqlite3_column_count(st); i++) {
		const char *name = sqlite3_column_name(st, i);
		switch (sqlite3_column_type(st, i)) {
		case SQLITE_NULL:
			cJSON_AddNullToObject(o, name);
			break;
		case SQLITE_INTEGER:
			cJSON_AddNumberToObject(o, name, (double)sqlite3_column_int64(st, i));
			break;
		default:
			cJSON_AddStringToObject(o, name, (const char *)sqlite3_column_text(st, i));
			break;
		}
	}
	cJSON_AddItemToArray(ctx, o);
	return 0;
}

int privacy_json(struct db *db, enum privacy_json_part part, int64_t id, const char *text, cJSON *into)
{
	/* The account is found by its address (?2), everything else by a row id (?1). */
	sqlite3_stmt *st = part == PJ_ACCOUNT ? db_query(db, json_sql[part], "It", id, or_empty(text))
					      : db_query(db, json_sql[part], "I", id);

	return db_each(db, st, NULL, add_row, into, "privacy inzage");
}
