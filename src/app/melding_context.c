/*
 * melding_context.c - a melding's context and duplicates (see
 * melding_context.h).
 */
#include "app/melding_context.h"
#include "app/meldingen.h"
#include "auth/policy.h"
#include "db/db.h"
#include "domain/fields.h"
#include "lib/arena.h"
#include "lib/clock.h"
#include "store/audit.h"

#include <string.h>

/*
 * Rows read per list before the matrix keeps the viewer's: a wijk-bound
 * user may see few of a postcode's meldingen. Every read is an index range
 * with this LIMIT, so the page's cost does not grow with the table.
 */
#define CANDIDATES 60

/* The check that opening the melding makes (melding_load_for()), without its audit row. */
static int may_see(const struct actor *who, const struct melding_context_row *r)
{
	struct melding m = { .wijk_id = r->wijk_id, .created_by = r->created_by };
	struct scope s;

	melding_scope(who, &m, &s);
	return policy_check(who, ACT_MELDING_READ, &s) == VERDICT_ALLOW;
}

static void keep_visible(const struct actor *who, const struct melding_context_row *rows, int n, int limit,
			 struct melding_context_list *out)
{
	out->n = 0;
	out->meer = 0;
	for (int i = 0; i < n; i++) {
		if (!may_see(who, &rows[i]))
			continue;
		if (out->n == MELDING_CONTEXT_TOON) {
			out->meer = 1;
			return;
		}
		out->rows[out->n++] = rows[i];
	}
	/* A full read may have stopped before more the viewer could see. */
	if (n == limit && out->n == MELDING_CONTEXT_TOON)
		out->meer = 1;
}

enum app_result melding_context_for(struct db *db, struct arena *a, const struct actor *who, const struct melding *m,
				    struct melding_samenhang *c)
{
	struct melding_context_row *rows = arena_alloc(a, CANDIDATES * sizeof(*rows));
	int64_t since = clock_now() - (int64_t)MELDING_CONTEXT_WEKEN * 7 * 86400;
	int n;

	memset(c, 0, sizeof(*c));
	if (!db)
		return APP_UNAVAILABLE;
	if ((n = melding_context_adres(db, a, m, since, rows, CANDIDATES)) < 0)
		return APP_UNAVAILABLE;
	keep_visible(who, rows, n, CANDIDATES, &c->adres);
	if ((n = melding_context_postcode(db, a, m, since, rows, CANDIDATES)) < 0)
		return APP_UNAVAILABLE;
	keep_visible(who, rows, n, CANDIDATES, &c->postcode);
	c->anoniem = m->anoniem;
	if ((n = melding_context_melder(db, a, m, rows, CANDIDATES)) < 0)
		return APP_UNAVAILABLE;
	keep_visible(who, rows, n, CANDIDATES, &c->melder);
	if ((n = melding_context_duplicaten(db, a, m->id, rows, CANDIDATES)) < 0)
		return APP_UNAVAILABLE;
	keep_visible(who, rows, n, CANDIDATES, &c->duplicaten);
	if (m->duplicaat_van) {
		struct melding h;
		if (melding_get(db, a, m->duplicaat_van, &h) != STORE_OK)
			return APP_UNAVAILABLE;
		struct melding_context_row r = { .wijk_id = h.wijk_id, .created_by = h.created_by };
		c->hoofd_id = h.id;
		memcpy(c->hoofd_ref, h.referentie, sizeof(c->hoofd_ref));
		c->hoofd_zichtbaar = may_see(who, &r);
	}
	return APP_OK;
}

/* ---- duplicates ---- */

static enum app_result refuse(struct field_errors *errs, const char *message)
{
	field_error_add(errs, "hoofdmelding", message);
	return APP_INVALID;
}

/* The rules, on both meldingen as they are now (read again under the writer lock). */
static enum app_result check_mark(struct db *db, struct arena *a, const struct melding *m, const struct melding *h,
				  struct field_errors *errs)
{
	struct melding_context_row one;
	int n;

	if (h->id == m->id)
		return refuse(errs, "Een melding kan geen duplicaat van zichzelf zijn. Vul het meldnummer van de andere "
			      "melding in.");
	if (m->duplicaat_van)
		return refuse(errs, "Deze melding is al als duplicaat gemarkeerd. Maak dat eerst ongedaan.");
	if (h->duplicaat_van)
		return refuse(errs, arena_printf(a, "%s is zelf een duplicaat van een andere melding. Vul het meldnummer "
						 "van die andere melding in.", h->referentie));
	if ((n = melding_context_duplicaten(db, a, m->id, &one, 1)) < 0)
		return APP_UNAVAILABLE;
	if (n > 0)
		return refuse(errs, "Andere meldingen zijn als duplicaat van deze melding gemarkeerd. Markeer liever die "
			      "als duplicaat van de andere melding, of maak dat eerst ongedaan.");
	if (m->status == MS_AFGESLOTEN)
		return refuse(errs, "Deze melding is al afgesloten. Heropen haar eerst.");
	if (h->status == MS_AFGESLOTEN)
		return refuse(errs, arena_printf(a, "%s is al afgesloten. Heropen die melding eerst, of handel deze "
						 "melding zelf af.", h->referentie));
	return APP_OK;
}

static int write_mark(struct db *db, struct arena *a, const struct actor *who, const struct melding *m,
		      const struct melding *h, int64_t now)
{
	if (melding_set_duplicaat(db, m->id, h->id) != STORE_OK)
		return -1;
	if (melding_event_add(db, m->id, now, who->user_id, "duplicaat",
			      arena_printf(a, "Gemarkeerd als duplicaat van %s. De behandelaar van die melding spreekt "
					   "voor beide: haar terugkoppeling en afsluiting gaan ook naar deze melder.",
					   h->referentie), 0) != STORE_OK ||
	    melding_event_add(db, h->id, now, who->user_id, "duplicaat",
			      arena_printf(a, "%s is gemarkeerd als duplicaat van deze melding.", m->referentie),
			      0) != STORE_OK)
		return -1;
	return audit_record(db, who, "gewijzigd", "melding", m->referentie,
			    arena_printf(a, "duplicaat van %s", h->referentie));
}

enum app_result melding_duplicaat_mark(struct db *db, struct arena *a, const struct actor *who, struct melding *m,
				       const char *hoofd, struct field_errors *errs)
{
	struct melding h, cur;
	enum app_result r;
	const char *key = hoofd ? hoofd : "";

	errs->n = 0;
	while (*key == ' ' || *key == '\t')
		key++;
	if (!key[0])
		return refuse(errs, "Vul het meldnummer in van de melding waarvan deze een duplicaat is, bijvoorbeeld "
			      "M-2026-000123.");
	/* Unknown and not visible read the same: the form tells nothing about meldingen one may not see. */
	r = melding_load_for(db, a, who, key, ACT_MELDING_READ, &h);
	if (r == APP_UNAVAILABLE)
		return r;
	if (r != APP_OK)
		return refuse(errs, "Er is geen melding met dit meldnummer die u mag zien. Controleer het meldnummer.");
	if ((r = check_mark(db, a, m, &h, errs)) != APP_OK)
		return r;
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	/* Someone may have marked or closed either one since they were read. */
	if (melding_get(db, a, m->id, &cur) != STORE_OK || melding_get(db, a, h.id, &h) != STORE_OK)
		goto fail;
	if ((r = check_mark(db, a, &cur, &h, errs)) != APP_OK) {
		db_rollback(db);
		*m = cur;
		return r;
	}
	if (write_mark(db, a, who, &cur, &h, clock_now()) < 0)
		goto fail;
	if (db_commit(db) < 0)
		return APP_UNAVAILABLE;
	m->duplicaat_van = h.id;
	return APP_OK;
fail:
	db_rollback(db);
	return APP_UNAVAILABLE;
}

enum app_result melding_duplicaat_undo(struct db *db, struct arena *a, const struct actor *who, struct melding *m,
				       struct field_errors *errs)
{
	struct melding cur, h;
	int64_t now = clock_now();

	errs->n = 0;
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	if (melding_get(db, a, m->id, &cur) != STORE_OK)
		goto fail;
	if (!cur.duplicaat_van) {
		db_rollback(db);
		*m = cur;
		return refuse(errs, "Deze melding is geen duplicaat (meer).");
	}
	if (melding_get(db, a, cur.duplicaat_van, &h) != STORE_OK || melding_set_duplicaat(db, cur.id, 0) != STORE_OK ||
	    melding_event_add(db, cur.id, now, who->user_id, "duplicaat_opgeheven",
			      arena_printf(a, "Niet langer een duplicaat van %s.", h.referentie), 0) != STORE_OK ||
	    melding_event_add(db, h.id, now, who->user_id, "duplicaat_opgeheven",
			      arena_printf(a, "%s is niet langer een duplicaat van deze melding.", cur.referentie),
			      0) != STORE_OK ||
	    audit_record(db, who, "gewijzigd", "melding", cur.referentie,
			 arena_printf(a, "geen duplicaat meer van %s", h.referentie)) < 0)
		goto fail;
	if (db_commit(db) < 0)
		return APP_UNAVAILABLE;
	m->duplicaat_van = 0;
	return APP_OK;
fail:
	db_rollback(db);
	return APP_UNAVAILABLE;
}
