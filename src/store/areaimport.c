/*
 * areaimport.c - storing a gebieden or adressen file and placing the
 * "onbekend" meldingen afterwards (see areaimport.h).
 */
#include "store/areaimport.h"
#include "db/db.h"
#include "lib/arena.h"
#include "lib/log.h"
#include "store/address.h"
#include "store/area.h"
#include "store/melding.h"

#include <stdio.h>
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

/* ---- gebieden ------------------------------------------------------------ */

/* The stored area with a file row's code: its id (0: none yet) and whether the file changes nothing. */
struct stored {
	const void *in;
	int64_t parent_id;          /* areas: the file's parent; addresses: the buurt */
	int64_t complex_id;         /* addresses */
	int64_t id;
	int same;
};

static int read_stored_area(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct stored *x = row;
	const struct area_row *in = x->in;

	(void)a;
	x->id = sqlite3_column_int64(st, 0);
	x->same = !strcmp(db_borrow(st, 1), in->naam) && sqlite3_column_int64(st, 2) == x->parent_id &&
		  sqlite3_column_int(st, 3) == in->woningen;
	return 0;
}

static enum store_result apply_area(struct db *db, const struct area_row *a, size_t i, struct areaimport_counts *c)
{
	struct stored x = { .in = a };

	if (a->parent[0] && !(x.parent_id = area_id_by_code(db, a->parent))) {
		log_warn("import: area %s refers to %s, which is not there", a->code, a->parent);
		return STORE_CONFLICT;
	}
	if (db_one(db, db_query(db, SQL_AREA_BY_CODE, "t", a->code), NULL, read_stored_area, &x, "import area") < 0)
		return STORE_ERROR;

	if (!x.id) {
		if (db_exec(db, SQL_AREA_INSERT, "tttNi", a->code, a->naam, area_soort_ids[a->soort], x.parent_id,
			    a->woningen) < 0)
			return STORE_ERROR;
		first_change(c, i, CHANGE_ADDED);
	} else if (x.same) {
		first_change(c, i, CHANGE_UNCHANGED);
	} else {
		if (db_exec(db, SQL_AREA_UPDATE, "tNiI", a->naam, x.parent_id, a->woningen, x.id) < 0)
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

static int read_stored_address(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct stored *x = row;
	const struct address_row *in = x->in;

	(void)a;
	x->id = sqlite3_column_int64(st, 0);
	/* ontbreekt holds the mark of SQL_ADDR_MARK_ALL: 3 means it was missing before this file. */
	x->same = !strcmp(db_borrow(st, 1), in->straat) && !strcmp(db_borrow(st, 2), in->woonplaats) &&
		  sqlite3_column_int64(st, 3) == x->parent_id && sqlite3_column_int64(st, 4) == x->complex_id &&
		  !strcmp(db_borrow(st, 5), in->bag_id) && sqlite3_column_int(st, 6) == 2;
	return 0;
}

static enum store_result apply_address(struct db *db, const struct address_row *a, size_t i,
				       struct areaimport_counts *c)
{
	sqlite3_stmt *st;
	struct stored x = { .in = a };
	int64_t buurt_id, complex_id = 0;

	buurt_id = area_id_by_code(db, a->buurt);
	if (a->complex[0])
		complex_id = area_id_by_code(db, a->complex);
	if (!buurt_id || (a->complex[0] && !complex_id)) {
		log_warn("import: address on line %d refers to an area that is not there", a->line);
		return STORE_CONFLICT;
	}
	x.parent_id = buurt_id;
	x.complex_id = complex_id;
	st = db_query(db, SQL_ADDR_FIND, "tit", a->postcode, a->huisnummer, a->toevoeging);
	if (db_one(db, st, NULL, read_stored_address, &x, "import address") < 0)
		return STORE_ERROR;

	const char *bag = a->bag_id[0] ? a->bag_id : NULL;
	if (!x.id) {
		if (db_exec(db, SQL_ADDR_INSERT, "titttINt", a->postcode, a->huisnummer, a->toevoeging, a->straat,
			    a->woonplaats, buurt_id, complex_id, bag) < 0)
			return STORE_ERROR;
		first_change(c, i, CHANGE_ADDED);
		return STORE_OK;
	}
	/* Written back either way: that clears the mark. */
	if (db_exec(db, SQL_ADDR_UPDATE, "ttINtI", a->straat, a->woonplaats, buurt_id, complex_id, bag, x.id) < 0)
		return STORE_ERROR;
	first_change(c, i, x.same ? CHANGE_UNCHANGED : CHANGE_UPDATED);
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
	const char *plaats;
};

static int read_onbekend(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct onbekend *o = row;

	o->id = sqlite3_column_int64(st, 0);
	db_copy_text(st, 1, o->postcode, sizeof(o->postcode));
	o->huisnummer = sqlite3_column_int(st, 2);
	db_copy_text(st, 3, o->toevoeging, sizeof(o->toevoeging));
	o->plaats = db_text(st, 4, a);
	return 0;
}

/* The name of an area for the timeline text; "?" when it cannot be read (logged). */
static const char *area_naam(struct db *db, struct arena *a, int64_t id)
{
	const char *naam = "?";

	db_one(db, db_query(db, SQL_AREA_NAAM, "I", id), a, db_read_text, &naam, "import area name");
	return naam;
}

static enum store_result place_one(struct db *db, struct arena *a, const struct onbekend *o,
				   enum areaimport_kind kind, int64_t user_id, int64_t now, int *placed)
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

	const char *wijk = area_naam(db, a, m.wijk_id);
	if (m.buurt_id)
		snprintf(tekst, sizeof(tekst), "Geplaatst in wijk %s, buurt %s, na import van het %s.", wijk,
			 area_naam(db, a, m.buurt_id), areaimport_kind_files[kind]);
	else
		snprintf(tekst, sizeof(tekst), "Geplaatst in wijk %s (op postcode) na import van het %s.", wijk,
			 areaimport_kind_files[kind]);
	r = melding_event_add(db, o->id, now, user_id, "geplaatst", tekst, 0);
	if (r == STORE_OK)
		*placed = 1;
	return r;
}

static enum store_result place_onbekend(struct db *db, enum areaimport_kind kind, int64_t user_id, int64_t now,
					struct areaimport_counts *c)
{
	sqlite3_stmt *st = db_stmt(db, SQL_ONBEKEND);
	struct arena a = ARENA_INIT;
	enum store_result r = STORE_OK;
	int n;

	/* Read them all first: the updates below change the rows this statement walks. */
	struct onbekend *list = db_rows(db, st, &a, read_onbekend, sizeof(*list), &n, "import onbekend");
	if (n < 0)
		r = STORE_ERROR;
	for (int i = 0; r == STORE_OK && i < n; i++) {
		int placed;
		r = place_one(db, &a, &list[i], kind, user_id, now, &placed);
		c->placed += placed;
	}
	arena_release(&a);
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
