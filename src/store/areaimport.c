/*
 * areaimport.c - storing a gebieden or adressen file and placing the
 * "onbekend" meldingen afterwards (see areaimport.h).
 */
#include "store/areaimport.h"
#include "db/db.h"
#include "lib/log.h"
#include "lib/xalloc.h"
#include "store/address.h"
#include "store/area.h"
#include "store/melding.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char SQL_AREA_BY_CODE[] =
	"SELECT id, naam, coalesce(parent_id, 0), woningen FROM area WHERE code = ?";
static const char SQL_AREA_INSERT[] =
	"INSERT INTO area(code, naam, soort, parent_id, woningen) VALUES (?, ?, ?, ?, ?)";
static const char SQL_AREA_UPDATE[] =
	"UPDATE area SET naam = ?, parent_id = ?, woningen = ? WHERE id = ?";

/*
 * Missing addresses without a temporary table: every address gets 2 added
 * to ontbreekt at the start (0 -> 2, 1 -> 3), each address in the file is
 * written back with 0, and what is still 2 or 3 at the end was not in the
 * file. Inside the one transaction nobody else ever sees the 2s and 3s.
 */
static const char SQL_ADDR_MARK_ALL[] = "UPDATE address SET ontbreekt = ontbreekt + 2";
static const char SQL_ADDR_MISSING[] = "UPDATE address SET ontbreekt = 1 WHERE ontbreekt >= 2";
static const char SQL_ADDR_FIND[] =
	"SELECT id, straat, woonplaats, buurt_id, coalesce(complex_id, 0), coalesce(bag_id, ''), ontbreekt"
	" FROM address WHERE postcode = ? AND huisnummer = ? AND toevoeging = ?";
static const char SQL_ADDR_INSERT[] =
	"INSERT INTO address(postcode, huisnummer, toevoeging, straat, woonplaats, buurt_id, complex_id, bag_id)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
static const char SQL_ADDR_UPDATE[] =
	"UPDATE address SET straat = ?, woonplaats = ?, buurt_id = ?, complex_id = ?, bag_id = ?, ontbreekt = 0"
	" WHERE id = ?";

/* Open meldingen in "onbekend" that have a postcode to match on (the partial index melding_onbekend). */
static const char SQL_ONBEKEND[] =
	"SELECT id, postcode, coalesce(huisnummer, 0), toevoeging, plaats FROM melding"
	" WHERE wijk_id IS NULL AND status <> 'afgesloten' AND postcode <> '' ORDER BY id";
static const char SQL_PLACE[] =
	"UPDATE melding SET address_id = ?, buurt_id = ?, wijk_id = ?, complex_id = ?, adres_tekst = ?"
	" WHERE id = ? AND wijk_id IS NULL";
static const char SQL_AREA_NAAM[] = "SELECT naam FROM area WHERE id = ?";

static void first_change(struct areaimport_counts *c, size_t i, enum areaimport_change ch)
{
	if (i < AREAIMPORT_PREVIEW_ROWS)
		c->first[i] = ch;
	if (ch == CHANGE_ADDED)
		c->added++;
	else if (ch == CHANGE_UPDATED)
		c->updated++;
	else
		c->unchanged++;
}

static const char *text_col(sqlite3_stmt *st, int col)
{
	const unsigned char *s = sqlite3_column_text(st, col);

	return s ? (const char *)s : "";
}

/* ---- gebieden ------------------------------------------------------------ */

static enum store_result apply_area(struct db *db, const struct area_row *a, size_t i, struct areaimport_counts *c)
{
	sqlite3_stmt *st;
	int64_t id = 0, parent_id = 0, old_parent = 0;
	int rc, same = 0;

	if (a->parent[0] && !(parent_id = area_id_by_code(db, a->parent))) {
		log_warn("import: area %s refers to %s, which is not there", a->code, a->parent);
		return STORE_CONFLICT;
	}
	st = db_stmt(db, SQL_AREA_BY_CODE);
	if (!st || db_bindf(st, "t", a->code) < 0)
		return STORE_ERROR;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0);
		old_parent = sqlite3_column_int64(st, 2);
		same = !strcmp(text_col(st, 1), a->naam) && old_parent == parent_id &&
		       sqlite3_column_int(st, 3) == a->woningen;
	}
	db_done(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return log_error("import area: %s", sqlite3_errmsg(db_handle(db))), STORE_ERROR;

	if (!id) {
		if (db_exec(db, SQL_AREA_INSERT, "tttNi", a->code, a->naam, area_soort_ids[a->soort], parent_id,
			    a->woningen) < 0)
			return STORE_ERROR;
		first_change(c, i, CHANGE_ADDED);
	} else if (same) {
		first_change(c, i, CHANGE_UNCHANGED);
	} else {
		if (db_exec(db, SQL_AREA_UPDATE, "tNiI", a->naam, parent_id, a->woningen, id) < 0)
			return STORE_ERROR;
		first_change(c, i, CHANGE_UPDATED);
	}
	return STORE_OK;
}

static enum store_result apply_areas(struct db *db, const struct areaimport *imp, struct areaimport_counts *c)
{
	/* Parents first, wherever they stand in the file: wijken, then buurten, then complexen. */
	for (int soort = 0; soort < AREA__MAX; soort++)
		for (size_t i = 0; i < imp->n_rows; i++) {
			if ((int)imp->areas[i].soort != soort)
				continue;
			enum store_result r = apply_area(db, &imp->areas[i], i, c);
			if (r != STORE_OK)
				return r;
		}
	return area_fix_wijk(db) < 0 ? STORE_ERROR : STORE_OK;
}

/* ---- adressen ------------------------------------------------------------ */

static enum store_result apply_address(struct db *db, const struct address_row *a, size_t i,
				       struct areaimport_counts *c)
{
	sqlite3_stmt *st;
	int64_t id = 0, buurt_id, complex_id = 0;
	int rc, same = 0;

	buurt_id = area_id_by_code(db, a->buurt);
	if (a->complex[0])
		complex_id = area_id_by_code(db, a->complex);
	if (!buurt_id || (a->complex[0] && !complex_id)) {
		log_warn("import: address on line %d refers to an area that is not there", a->line);
		return STORE_CONFLICT;
	}
	st = db_stmt(db, SQL_ADDR_FIND);
	if (!st || db_bindf(st, "tit", a->postcode, a->huisnummer, a->toevoeging) < 0)
		return STORE_ERROR;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0);
		/* ontbreekt holds the mark of SQL_ADDR_MARK_ALL: 3 means it was missing before this file. */
		same = !strcmp(text_col(st, 1), a->straat) && !strcmp(text_col(st, 2), a->woonplaats) &&
		       sqlite3_column_int64(st, 3) == buurt_id && sqlite3_column_int64(st, 4) == complex_id &&
		       !strcmp(text_col(st, 5), a->bag_id) && sqlite3_column_int(st, 6) == 2;
	}
	db_done(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return log_error("import address: %s", sqlite3_errmsg(db_handle(db))), STORE_ERROR;

	const char *bag = a->bag_id[0] ? a->bag_id : NULL;
	if (!id) {
		if (db_exec(db, SQL_ADDR_INSERT, "titttINt", a->postcode, a->huisnummer, a->toevoeging, a->straat,
			    a->woonplaats, buurt_id, complex_id, bag) < 0)
			return STORE_ERROR;
		first_change(c, i, CHANGE_ADDED);
		return STORE_OK;
	}
	/* Written back either way: that clears the mark. */
	if (db_exec(db, SQL_ADDR_UPDATE, "ttINtI", a->straat, a->woonplaats, buurt_id, complex_id, bag, id) < 0)
		return STORE_ERROR;
	first_change(c, i, same ? CHANGE_UNCHANGED : CHANGE_UPDATED);
	return STORE_OK;
}

static enum store_result apply_addresses(struct db *db, const struct areaimport *imp, struct areaimport_counts *c)
{
	int n;

	if (db_exec(db, SQL_ADDR_MARK_ALL, NULL) < 0)
		return STORE_ERROR;
	for (size_t i = 0; i < imp->n_rows; i++) {
		enum store_result r = apply_address(db, &imp->addresses[i], i, c);
		if (r != STORE_OK)
			return r;
	}
	if ((n = db_exec(db, SQL_ADDR_MISSING, NULL)) < 0)
		return STORE_ERROR;
	c->missing = n;
	return STORE_OK;
}

/* ---- placing "onbekend" meldingen ------------------------------------------- */

struct onbekend {
	int64_t id;
	char postcode[8];
	int huisnummer;
	char toevoeging[8];
	char *plaats;
};

static char *area_naam(struct db *db, int64_t id)
{
	sqlite3_stmt *st = db_stmt(db, SQL_AREA_NAAM);
	char *naam = NULL;

	if (st && db_bindf(st, "I", id) == 0 && sqlite3_step(st) == SQLITE_ROW)
		naam = xstrdup(text_col(st, 0));
	if (st)
		db_done(st);
	return naam ? naam : xstrdup("?");
}

static enum store_result place_one(struct db *db, const struct onbekend *o, enum areaimport_kind kind,
				   int64_t user_id, int64_t now, int *placed)
{
	struct address_match m;
	char adres[400], tekst[400];
	enum store_result r;

	*placed = 0;
	if (address_match(db, o->postcode, o->huisnummer, o->toevoeging, &m) != STORE_OK)
		return STORE_ERROR;
	if (!m.wijk_id)
		return STORE_OK;
	/* The same text melding_insert() writes, now that the street is known. */
	snprintf(adres, sizeof(adres), "%s %d%s%s, %s %s%s%s", m.straat, o->huisnummer, o->toevoeging[0] ? " " : "",
		 o->toevoeging, o->postcode, m.woonplaats, o->plaats[0] ? " — " : "", o->plaats);
	int rc = db_exec(db, SQL_PLACE, "NNNNtI", m.address_id, m.buurt_id, m.wijk_id, m.complex_id, adres, o->id);
	if (rc < 0)
		return STORE_ERROR;
	if (rc == 0)
		return STORE_OK;   /* placed by hand meanwhile */

	char *wijk = area_naam(db, m.wijk_id);
	if (m.buurt_id) {
		char *buurt = area_naam(db, m.buurt_id);
		snprintf(tekst, sizeof(tekst), "Geplaatst in wijk %s, buurt %s, na import van het %s.", wijk, buurt,
			 areaimport_kind_files[kind]);
		free(buurt);
	} else {
		snprintf(tekst, sizeof(tekst), "Geplaatst in wijk %s (op postcode) na import van het %s.", wijk,
			 areaimport_kind_files[kind]);
	}
	free(wijk);
	r = melding_event_add(db, o->id, now, user_id, "geplaatst", tekst, 0);
	if (r == STORE_OK)
		*placed = 1;
	return r;
}

static enum store_result place_onbekend(struct db *db, enum areaimport_kind kind, int64_t user_id, int64_t now,
					struct areaimport_counts *c)
{
	sqlite3_stmt *st = db_stmt(db, SQL_ONBEKEND);
	struct onbekend *list = NULL;
	size_t n = 0, cap = 0;
	enum store_result r = STORE_OK;
	int rc;

	if (!st)
		return STORE_ERROR;
	/* Read them all first: the updates below change the rows this statement walks. */
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 32;
			list = xrealloc(list, cap * sizeof(*list));
		}
		struct onbekend *o = &list[n++];
		o->id = sqlite3_column_int64(st, 0);
		snprintf(o->postcode, sizeof(o->postcode), "%s", text_col(st, 1));
		o->huisnummer = sqlite3_column_int(st, 2);
		snprintf(o->toevoeging, sizeof(o->toevoeging), "%s", text_col(st, 3));
		o->plaats = xstrdup(text_col(st, 4));
	}
	db_done(st);
	if (rc != SQLITE_DONE) {
		log_error("import onbekend: %s", sqlite3_errmsg(db_handle(db)));
		r = STORE_ERROR;
	}
	for (size_t i = 0; r == STORE_OK && i < n; i++) {
		int placed;
		r = place_one(db, &list[i], kind, user_id, now, &placed);
		c->placed += placed;
	}
	for (size_t i = 0; i < n; i++)
		free(list[i].plaats);
	free(list);
	return r;
}

enum store_result areaimport_apply(struct db *db, const struct areaimport *imp, int64_t user_id, int64_t now,
				   struct areaimport_counts *c)
{
	enum store_result r;

	memset(c, 0, sizeof(*c));
	if (!db_in_tx(db))
		return log_error("areaimport_apply outside a transaction"), STORE_ERROR;
	if (imp->n_errors_total || !imp->n_rows)
		return log_error("areaimport_apply on a file with errors"), STORE_ERROR;
	r = imp->kind == AREAIMPORT_GEBIEDEN ? apply_areas(db, imp, c) : apply_addresses(db, imp, c);
	if (r != STORE_OK)
		return r;
	return place_onbekend(db, imp->kind, user_id, now, c);
}

void areaimport_summary(const struct areaimport_counts *c, char *out, size_t size)
{
	snprintf(out, size, "toegevoegd %lld, bijgewerkt %lld, ontbreekt %lld, meldingen geplaatst %lld",
		 (long long)c->added, (long long)c->updated, (long long)c->missing, (long long)c->placed);
}
