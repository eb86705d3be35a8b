/*
 * dagboek.c - the SQL of the melder's overlastdagboek (see dagboek.h).
 */
#include "store/dagboek.h"
#include "db/db.h"

static const char SQL_INSERT[] =
	"INSERT INTO dagboek(melding_id, vastgelegd, van, tot, ernst, tekst) VALUES (?, ?, ?, ?, ?, ?)";
static const char SQL_FILE_ADD[] =
	"INSERT INTO attachment(melding_id, bestandsnaam, opslag, mime, grootte, created_at, dagboek_id, opgenomen_op)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
static const char SQL_LIST[] =
	"SELECT d.id, d.melding_id, d.vastgelegd, d.van, coalesce(d.tot, 0), d.ernst, d.tekst, ''"
	" FROM dagboek d WHERE d.melding_id = ? ORDER BY d.van, d.id";
static const char SQL_FILES_OF_MELDING[] =
	"SELECT a.id, a.melding_id, coalesce(a.dagboek_id, 0), a.grootte, coalesce(a.opgenomen_op, 0),"
	" a.bestandsnaam, a.mime, a.bijschrift, ''"
	" FROM attachment a WHERE a.melding_id = ? AND a.dagboek_id IS NOT NULL ORDER BY a.dagboek_id, a.id";
static const char SQL_FOR_DOSSIER[] =
	"SELECT d.id, d.melding_id, d.vastgelegd, d.van, coalesce(d.tot, 0), d.ernst, d.tekst, m.referentie"
	" FROM dossier_melding dm JOIN dagboek d ON d.melding_id = dm.melding_id"
	" JOIN melding m ON m.id = dm.melding_id"
	" WHERE dm.dossier_id = ? ORDER BY d.van, d.id";
static const char SQL_FILES_FOR_DOSSIER[] =
	"SELECT a.id, a.melding_id, coalesce(a.dagboek_id, 0), a.grootte, coalesce(a.opgenomen_op, 0),"
	" a.bestandsnaam, a.mime, a.bijschrift, m.referentie"
	" FROM dossier_melding dm JOIN attachment a ON a.melding_id = dm.melding_id"
	" JOIN melding m ON m.id = dm.melding_id"
	" WHERE dm.dossier_id = ? ORDER BY m.ontvangen_op, m.id, a.id";

enum store_result dagboek_insert(struct db *db, int64_t melding_id, int64_t vastgelegd, int64_t van, int64_t tot,
				 int ernst, const char *tekst, int64_t *id)
{
	int rc = db_exec(db, SQL_INSERT, "IIINit", melding_id, vastgelegd, van, tot, ernst, tekst);

	if (rc < 0)
		return store_result_exec(rc);
	*id = db_last_id(db);
	return STORE_OK;
}

enum store_result dagboek_file_add(struct db *db, int64_t melding_id, int64_t dagboek_id, const char *name,
				   const char *opslag, const char *mime, int64_t size, int64_t captured, int64_t now)
{
	return store_result_exec(db_exec(db, SQL_FILE_ADD, "ItttIIIN", melding_id, name, opslag, mime, size, now,
					 dagboek_id, captured));
}

static int read_entry(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct dagboek_entry *e = row;

	e->id = sqlite3_column_int64(st, 0);
	e->melding_id = sqlite3_column_int64(st, 1);
	e->vastgelegd = sqlite3_column_int64(st, 2);
	e->van = sqlite3_column_int64(st, 3);
	e->tot = sqlite3_column_int64(st, 4);
	e->ernst = sqlite3_column_int(st, 5);
	e->tekst = db_text(st, 6, a);
	e->referentie = db_text(st, 7, a);
	return 0;
}

static int read_file(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct dagboek_file *f = row;

	f->id = sqlite3_column_int64(st, 0);
	f->melding_id = sqlite3_column_int64(st, 1);
	f->dagboek_id = sqlite3_column_int64(st, 2);
	f->grootte = sqlite3_column_int64(st, 3);
	f->opgenomen_op = sqlite3_column_int64(st, 4);
	f->bestandsnaam = db_text(st, 5, a);
	f->mime = db_text(st, 6, a);
	f->bijschrift = db_text(st, 7, a);
	f->referentie = db_text(st, 8, a);
	return 0;
}

int dagboek_list(struct db *db, struct arena *a, int64_t melding_id, struct dagboek_entry **out)
{
	int n;

	*out = db_rows(db, db_query(db, SQL_LIST, "I", melding_id), a, read_entry, sizeof(**out), &n, "dagboek");
	return n;
}

int dagboek_files_of_melding(struct db *db, struct arena *a, int64_t melding_id, struct dagboek_file **out)
{
	int n;

	*out = db_rows(db, db_query(db, SQL_FILES_OF_MELDING, "I", melding_id), a, read_file, sizeof(**out), &n,
		       "dagboek files");
	return n;
}

int dagboek_for_dossier(struct db *db, struct arena *a, int64_t dossier_id, struct dagboek_entry **out)
{
	int n;

	*out = db_rows(db, db_query(db, SQL_FOR_DOSSIER, "I", dossier_id), a, read_entry, sizeof(**out), &n,
		       "dagboek of dossier");
	return n;
}

int dagboek_files_for_dossier(struct db *db, struct arena *a, int64_t dossier_id, struct dagboek_file **out)
{
	int n;

	*out = db_rows(db, db_query(db, SQL_FILES_FOR_DOSSIER, "I", dossier_id), a, read_file, sizeof(**out), &n,
		       "files of dossier");
	return n;
}
