/*
 * kaart_import.c - a GeoJSON file of wijken or buurten becomes the stored
 * map (see kaart_import.h): projected once here (domain/geo.h), so the map
 * page only reads path data; matched to areas by code; stored in one transaction
 * with its audit row.
 */
#include "store/kaart_import.h"
#include "auth/policy.h"
#include "db/db.h"
#include "domain/geo.h"
#include "lib/arena.h"
#include "lib/buf.h"
#include "lib/log.h"
#include "store/audit.h"
#include "store/kpi_kaart.h"

#include <assert.h>
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* Property names that hold the code in the files we know (CBS, gemeenten, PDOK), most telling first. */
static const char *const code_keys[] = {
	"statcode", "code", "cbs_code", "cbscode", "wijkcode", "buurtcode", "gebiedscode", "gebiedcode",
	"identificatie",
};

#define MAX_UNKNOWN 5

/* What the features matched so far: one outline per area, in the arena. */
struct match {
	struct db *db;
	struct arena *a;
	struct kaart_shape *shapes;
	int64_t *ids;
	int n, cap, skipped, err;
	const char *unknown[MAX_UNKNOWN];   /* a value of the first features that matched nothing */
	int n_unknown;
};

/* The area with this code, upper-cased first (CBS codes are upper case); 0 if none. */
static int64_t area_by_value(struct match *m, const char *value, int note_errors)
{
	char code[48];
	int64_t id, wijk;
	int is_wijk;
	size_t len = strlen(value);

	if (!len || len >= sizeof(code))
		return 0;
	for (size_t i = 0; i <= len; i++)
		code[i] = (char)toupper((unsigned char)value[i]);
	enum store_result r = kaart_area_by_code(m->db, code, &id, &wijk, &is_wijk);
	if (r == STORE_ERROR && note_errors)
		m->err = 1;
	return r == STORE_OK ? id : 0;
}

/* The area a feature's properties name: a preferred key first, then any short text that is a known code. */
static int64_t match_area(struct match *m, const cJSON *props)
{
	const cJSON *p;
	int64_t id;

	if (!props)
		return 0;
	for (size_t k = 0; k < sizeof(code_keys) / sizeof(code_keys[0]); k++)
		cJSON_ArrayForEach(p, props)
			if (cJSON_IsString(p) && !strcasecmp(p->string, code_keys[k]) &&
			    (id = area_by_value(m, p->valuestring, 1)))
				return id;
	/* A guess over every value: a failed lookup here is no reason to refuse the file. */
	cJSON_ArrayForEach(p, props)
		if (cJSON_IsString(p) && (id = area_by_value(m, p->valuestring, 0)))
			return id;
	return 0;
}

/* Remembers a value of a feature that matched nothing, for the message that lists examples. */
static void note_unknown(struct match *m, const cJSON *props)
{
	const cJSON *p;

	if (m->n_unknown == MAX_UNKNOWN || !props)
		return;
	cJSON_ArrayForEach(p, props)
		if (cJSON_IsString(p) && p->valuestring[0]) {
			size_t len = strlen(p->valuestring);
			/* arena_strndup copies n bytes: never past the value's end, nor into a character. */
			if (len > 40) {
				len = 40;
				while (len && ((unsigned char)p->valuestring[len] & 0xC0) == 0x80)
					len--;
			}
			m->unknown[m->n_unknown++] = arena_strndup(m->a, p->valuestring, len);
			return;
		}
}

/* Room for one more area: both arrays grow together. */
static void grow(struct match *m)
{
	int cap = m->cap;

	m->shapes = arena_grow(m->a, m->shapes, &cap, sizeof(*m->shapes));
	m->ids = arena_grow(m->a, m->ids, &m->cap, sizeof(*m->ids));
}

static void on_feature(void *ctx, const cJSON *props, const struct geo_shape *s)
{
	struct match *m = ctx;
	int64_t id = match_area(m, props);

	if (!id) {
		m->skipped++;
		note_unknown(m, props);
		return;
	}
	for (int i = 0; i < m->n; i++) {
		if (m->ids[i] != id)
			continue;
		/* The same area in two features (islands, or a split file): one outline of both. */
		struct kaart_shape *k = &m->shapes[i];
		k->pad = arena_printf(m->a, "%s %s", k->pad, s->pad);
		k->minx = fmin(k->minx, s->minx);
		k->miny = fmin(k->miny, s->miny);
		k->maxx = fmax(k->maxx, s->maxx);
		k->maxy = fmax(k->maxy, s->maxy);
		return;
	}
	if (m->n == m->cap)
		grow(m);
	struct kaart_shape *k = &m->shapes[m->n];
	m->ids[m->n++] = id;
	k->pad = arena_strdup(m->a, s->pad);
	k->minx = s->minx;
	k->miny = s->miny;
	k->maxx = s->maxx;
	k->maxy = s->maxy;
	k->labelx = s->labelx;
	k->labely = s->labely;
}

/* The refusal of a file in which nothing matched, with what it did hold, so the beheerder sees why. */
static void refuse_unmatched(const struct match *m, struct kaart_import_result *out)
{
	struct buf b = BUF_INIT;

	buf_addstr(&b, "Geen enkel vlak hoort bij een bekende wijk of buurt: de CBS-code (bijvoorbeeld "
		       "WK036301 of BU03630000) in de eigenschappen komt niet voor in de gebieden.");
	if (m->n_unknown) {
		buf_addstr(&b, " Gevonden waarden zijn bijvoorbeeld:");
		for (int i = 0; i < m->n_unknown; i++)
			buf_addf(&b, "%s %s", i ? "," : "", m->unknown[i]);
		buf_addch(&b, '.');
	}
	snprintf(out->fout, sizeof(out->fout), "%s", b.buf);
	buf_release(&b);
}

/* The whole replacement, or nothing. */
static enum store_result replace(struct db *db, const struct match *m, const char *bestandsnaam,
				 const struct actor *who, int64_t now)
{
	char detail[64];

	if (db_begin(db) < 0)
		return STORE_ERROR;
	enum store_result r = kaart_clear(db);
	for (int i = 0; r == STORE_OK && i < m->n; i++)
		r = kaart_put(db, m->ids[i], &m->shapes[i]);
	if (r == STORE_OK)
		r = kaart_set_bron(db, bestandsnaam, now, who->user_id, m->n, m->skipped);
	snprintf(detail, sizeof(detail), "%d vormen, %d overgeslagen", m->n, m->skipped);
	if (r == STORE_OK &&
	    audit_record(db, who, "geladen", "kaart", bestandsnaam, detail) < 0)
		r = STORE_ERROR;
	if (r != STORE_OK || db_commit(db) < 0) {
		if (db_in_tx(db))
			db_rollback(db);
		return STORE_ERROR;
	}
	return STORE_OK;
}

enum store_result kaart_import(struct db *db, const char *json, size_t len, const char *bestandsnaam,
			       const struct actor *who, int64_t now, struct kaart_import_result *out)
{
	struct arena a = ARENA_INIT;
	struct match m = { .db = db, .a = &a, .cap = 64 };
	const char *err = NULL;
	enum store_result r = STORE_CONFLICT;

	assert(!db_in_tx(db));
	memset(out, 0, sizeof(*out));
	m.shapes = arena_alloc(&a, (size_t)m.cap * sizeof(*m.shapes));
	m.ids = arena_alloc(&a, (size_t)m.cap * sizeof(*m.ids));
	cJSON *geo = cJSON_ParseWithLength(json, len);
	if (!geo) {
		snprintf(out->fout, sizeof(out->fout), "Dit is geen geldig GeoJSON-bestand (de JSON klopt niet).");
		goto out;
	}
	int drawn = geo_project(geo, on_feature, &m, &err);
	cJSON_Delete(geo);
	/* A lookup that failed makes the matching unreliable: a database error, not a bad file. */
	if (m.err) {
		r = STORE_ERROR;
		goto out;
	}
	if (drawn < 0) {
		snprintf(out->fout, sizeof(out->fout), "%s", err);
		goto out;
	}
	out->vormen = m.n;
	out->overgeslagen = m.skipped;
	if (!m.n) {
		refuse_unmatched(&m, out);
		goto out;
	}
	r = replace(db, &m, bestandsnaam, who, now);
out:
	arena_release(&a);
	return r;
}
