/*
 * dossier_letter.c - the letter templates the beheerder edits (see
 * dossier.h). The migration installs one per kind of letter; they are
 * changed, never added or removed, so every kind always has its text.
 */
#include "db/db.h"
#include "store/dossier.h"

#include <string.h>

static const char SQL_GET[] =
	"SELECT t.tekst, coalesce(t.gewijzigd_op, 0), coalesce(u.naam, '') FROM letter_template t"
	" LEFT JOIN user u ON u.id = t.gewijzigd_door WHERE t.soort = ?";
static const char SQL_SET[] =
	"UPDATE letter_template SET tekst = ?, gewijzigd_op = ?, gewijzigd_door = ? WHERE soort = ?";

static int read_template(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct letter_template *t = row;

	memset(t, 0, sizeof(*t));
	t->tekst = db_text(st, 0, a);
	t->gewijzigd_op = sqlite3_column_int64(st, 1);
	t->gewijzigd_door = db_text(st, 2, a);
	return 0;
}

enum store_result letter_template_get(struct db *db, struct arena *a, enum brief_soort soort,
				      struct letter_template *out)
{
	sqlite3_stmt *st = db_query(db, SQL_GET, "t", brief_soort_ids[soort]);

	enum store_result r = store_result_of(db_one(db, st, a, read_template, out, "letter template get"));
	if (r == STORE_OK)
		out->soort = soort;
	return r;
}

enum store_result letter_template_set(struct db *db, enum brief_soort soort, const char *tekst, int64_t now,
				      int64_t user_id)
{
	int rc = db_exec(db, SQL_SET, "tINt", tekst, now, user_id, brief_soort_ids[soort]);
	if (rc < 0)
		return STORE_ERROR;
	return rc == 0 ? STORE_NOTFOUND : STORE_OK;
}

/* ---- letters with their parts, status and versions (issue 16) ---- */

#define SELECT_DOC \
	"SELECT l.id, l.dossier_id, coalesce(l.user_id, 0), l.vastgelegd, l.soort, l.datum_dag, l.aan, l.tekst," \
	" coalesce(u.naam, ''), l.status, l.aanhef, l.naam, l.adres, l.romp, l.versie," \
	" coalesce(l.verzonden_op, 0), coalesce(vz.naam, ''), coalesce(l.ingetrokken_op, 0), coalesce(it.naam, '')," \
	" l.reden FROM letter l LEFT JOIN user u ON u.id = l.user_id" \
	" LEFT JOIN user vz ON vz.id = l.verzonden_door LEFT JOIN user it ON it.id = l.ingetrokken_door"
static const char SQL_DOC_GET[] = SELECT_DOC " WHERE l.dossier_id = ? AND l.id = ?";
static const char SQL_DOCS[] = SELECT_DOC " WHERE l.dossier_id = ? ORDER BY l.vastgelegd, l.id";
static const char SQL_DOC_ADD[] =
	"INSERT INTO letter(dossier_id, soort, aan, datum_dag, tekst, user_id, vastgelegd, status, naam, aanhef,"
	" adres, romp, versie) VALUES (?, ?, ?, ?, ?, ?, ?, 'concept', ?, ?, ?, ?, 1)";
static const char SQL_VERSION_ADD[] =
	"INSERT INTO letter_versie(letter_id, versie, naam, aanhef, adres, romp, tekst, op, user_id)"
	" SELECT id, versie, naam, aanhef, adres, coalesce(romp, ''), tekst, ?, ? FROM letter WHERE id = ?";
/* Only a concept of the version the form was made from: a second tab or a sent letter is a conflict. */
static const char SQL_DOC_CORRECT[] =
	"UPDATE letter SET aan = ?, naam = ?, aanhef = ?, adres = ?, romp = ?, tekst = ?, versie = versie + 1"
	" WHERE dossier_id = ? AND id = ? AND status = 'concept' AND versie = ?";
static const char SQL_DOC_SEND[] =
	"UPDATE letter SET status = 'verzonden', verzonden_op = ?, verzonden_door = ?"
	" WHERE dossier_id = ? AND id = ? AND status = 'concept' AND versie = ?";
static const char SQL_DOC_WITHDRAW[] =
	"UPDATE letter SET status = 'ingetrokken', ingetrokken_op = ?, ingetrokken_door = ?, reden = ?"
	" WHERE dossier_id = ? AND id = ? AND status = 'concept' AND versie = ?";
static const char SQL_VERSIONS[] =
	"SELECT v.versie, v.aanhef, v.naam, v.adres, v.romp, v.tekst, v.op, coalesce(u.naam, '')"
	" FROM letter_versie v LEFT JOIN user u ON u.id = v.user_id WHERE v.letter_id = ? ORDER BY v.versie DESC";

static int read_doc(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct letter_doc *x = row;
	struct letter *l = &x->l;

	memset(x, 0, sizeof(*x));
	l->id = sqlite3_column_int64(st, 0);
	l->dossier_id = sqlite3_column_int64(st, 1);
	l->user_id = sqlite3_column_int64(st, 2);
	l->vastgelegd = sqlite3_column_int64(st, 3);
	int s = brief_soort_parse((const char *)sqlite3_column_text(st, 4));
	l->soort = s < 0 ? BRIEF_WAARSCHUWING : (enum brief_soort)s;
	l->datum_dag = sqlite3_column_int(st, 5);
	l->aan = db_text(st, 6, a);
	l->tekst = db_text(st, 7, a);
	l->user_naam = db_text(st, 8, a);
	s = letter_status_parse((const char *)sqlite3_column_text(st, 9));
	x->status = s < 0 ? LETTER_VERZONDEN : (enum letter_status)s;
	s = letter_aanhef_parse((const char *)sqlite3_column_text(st, 10));
	x->aanhef = s < 0 ? AANHEF_GEEN : (enum letter_aanhef)s;
	x->naam = db_text(st, 11, a);
	x->adres = db_text(st, 12, a);
	x->romp = sqlite3_column_type(st, 13) == SQLITE_NULL ? NULL : db_text(st, 13, a);
	x->versie = sqlite3_column_int(st, 14);
	x->verzonden_op = sqlite3_column_int64(st, 15);
	x->verzonden_door = db_text(st, 16, a);
	x->ingetrokken_op = sqlite3_column_int64(st, 17);
	x->ingetrokken_door = db_text(st, 18, a);
	x->reden = db_text(st, 19, a);
	return 0;
}

enum store_result letter_doc_get(struct db *db, struct arena *a, int64_t dossier_id, int64_t id,
				 struct letter_doc *out)
{
	return store_result_of(db_one(db, db_query(db, SQL_DOC_GET, "II", dossier_id, id), a, read_doc, out,
				      "letter doc get"));
}

int letter_docs(struct db *db, struct arena *a, int64_t dossier_id, struct letter_doc **out)
{
	int n;

	*out = db_rows(db, db_query(db, SQL_DOCS, "I", dossier_id), a, read_doc, sizeof(**out), &n, "letter docs");
	return n;
}

static enum store_result keep_version(struct db *db, int64_t id, int64_t user_id, int64_t now)
{
	return store_result_exec(db_exec(db, SQL_VERSION_ADD, "INI", now, user_id, id));
}

enum store_result letter_doc_add(struct db *db, int64_t dossier_id, const struct letter_doc *in, int64_t user_id,
				 int64_t now, int64_t *id)
{
	const struct letter *l = &in->l;
	int rc = db_exec(db, SQL_DOC_ADD, "IttitNItttt", dossier_id, brief_soort_ids[l->soort], l->aan,
			 (int)l->datum_dag, l->tekst, user_id, now, in->naam, letter_aanhef_ids[in->aanhef], in->adres,
			 in->romp);
	enum store_result r = store_result_exec(rc);

	if (r != STORE_OK)
		return r;
	*id = db_last_id(db);
	return keep_version(db, *id, user_id, now);
}

enum store_result letter_doc_correct(struct db *db, int64_t dossier_id, int64_t id, int versie,
				     const struct letter_doc *in, int64_t user_id, int64_t now)
{
	int rc = db_exec(db, SQL_DOC_CORRECT, "ttttttIIi", in->l.aan, in->naam, letter_aanhef_ids[in->aanhef],
			 in->adres, in->romp, in->l.tekst, dossier_id, id, versie);

	if (rc < 0)
		return STORE_ERROR;
	if (rc == 0)
		return STORE_CONFLICT;
	return keep_version(db, id, user_id, now);
}

enum store_result letter_doc_send(struct db *db, int64_t dossier_id, int64_t id, int versie, int64_t user_id,
				  int64_t now)
{
	int rc = db_exec(db, SQL_DOC_SEND, "INIIi", now, user_id, dossier_id, id, versie);

	return rc < 0 ? STORE_ERROR : rc == 0 ? STORE_CONFLICT : STORE_OK;
}

enum store_result letter_doc_withdraw(struct db *db, int64_t dossier_id, int64_t id, int versie,
				      const char *reden, int64_t user_id, int64_t now)
{
	int rc = db_exec(db, SQL_DOC_WITHDRAW, "INtIIi", now, user_id, reden, dossier_id, id, versie);

	return rc < 0 ? STORE_ERROR : rc == 0 ? STORE_CONFLICT : STORE_OK;
}

static int read_version(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct letter_version *v = row;
	int s;

	v->versie = sqlite3_column_int(st, 0);
	s = letter_aanhef_parse((const char *)sqlite3_column_text(st, 1));
	v->aanhef = s < 0 ? AANHEF_GEEN : (enum letter_aanhef)s;
	v->naam = db_text(st, 2, a);
	v->adres = db_text(st, 3, a);
	v->romp = db_text(st, 4, a);
	v->tekst = db_text(st, 5, a);
	v->op = sqlite3_column_int64(st, 6);
	v->door = db_text(st, 7, a);
	return 0;
}

int letter_versions(struct db *db, struct arena *a, int64_t letter_id, struct letter_version **out)
{
	int n;

	*out = db_rows(db, db_query(db, SQL_VERSIONS, "I", letter_id), a, read_version, sizeof(**out), &n,
		       "letter versions");
	return n;
}

/* ---- the letterhead ---- */

static const char SQL_HEAD_GET[] =
	"SELECT h.naam, h.adres, h.telefoon, h.email, h.website, h.logo, coalesce(h.logo_type, ''),"
	" coalesce(h.gewijzigd_op, 0), coalesce(u.naam, '') FROM briefhoofd h"
	" LEFT JOIN user u ON u.id = h.gewijzigd_door WHERE h.id = 1";
static const char SQL_HEAD_SET[] =
	"UPDATE briefhoofd SET naam = ?, adres = ?, telefoon = ?, email = ?, website = ?, gewijzigd_op = ?,"
	" gewijzigd_door = ? WHERE id = 1";
static const char SQL_HEAD_LOGO[] = "UPDATE briefhoofd SET logo = ?, logo_type = ? WHERE id = 1";
static const char SQL_HEAD_NO_LOGO[] = "UPDATE briefhoofd SET logo = NULL, logo_type = NULL WHERE id = 1";

static int read_head(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct letterhead *h = row;
	int n = sqlite3_column_bytes(st, 5);
	const void *blob = sqlite3_column_blob(st, 5);

	memset(h, 0, sizeof(*h));
	h->naam = db_text(st, 0, a);
	h->adres = db_text(st, 1, a);
	h->telefoon = db_text(st, 2, a);
	h->email = db_text(st, 3, a);
	h->website = db_text(st, 4, a);
	if (blob && n > 0) {
		void *copy = arena_alloc(a, (size_t)n);
		memcpy(copy, blob, (size_t)n);
		h->logo = copy;
		h->logo_len = (size_t)n;
	}
	h->logo_type = db_text(st, 6, a);
	h->gewijzigd_op = sqlite3_column_int64(st, 7);
	h->gewijzigd_door = db_text(st, 8, a);
	return 0;
}

enum store_result letterhead_get(struct db *db, struct arena *a, struct letterhead *out)
{
	return store_result_of(db_one(db, db_query(db, SQL_HEAD_GET, ""), a, read_head, out, "letterhead get"));
}

enum store_result letterhead_set(struct db *db, const struct letterhead *in, int logo, int64_t user_id, int64_t now)
{
	int rc = db_exec(db, SQL_HEAD_SET, "tttttIN", in->naam, in->adres, in->telefoon, in->email, in->website, now,
			 user_id);

	if (rc <= 0)
		return store_result_exec(rc);
	if (logo > 0)
		rc = db_exec(db, SQL_HEAD_LOGO, "bt", in->logo, (int)in->logo_len, in->logo_type);
	else if (logo < 0)
		rc = db_exec(db, SQL_HEAD_NO_LOGO, "");
	return store_result_exec(rc);
}
