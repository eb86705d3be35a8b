/*
 * wijk_inzet.c - the inzetniveau and the vertellen entries (see wijk_inzet.h).
 */
#include "app/wijk_inzet.h"
#include "app/wijkmonitor.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "lib/arena.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "store/audit.h"

#include <string.h>

int wijk_inzet_stand(struct db *db, struct arena *a, const struct area *area, int32_t day, struct inzet_stand *out)
{
	enum store_result r;

	memset(out, 0, sizeof(*out));
	if (!db)
		return -1;
	r = wijk_inzet_on(db, a, area->id, day, &out->row);
	if (r == STORE_NOTFOUND && area->soort == AREA_BUURT && area->wijk_id && area->wijk_id != area->id) {
		r = wijk_inzet_on(db, a, area->wijk_id, day, &out->row);
		out->van_wijk = r == STORE_OK;
	}
	if (r == STORE_ERROR)
		return -1;
	out->set = r == STORE_OK;
	return 0;
}

enum inzet_niveau wijk_inzet_niveau(struct db *db, struct arena *a, int64_t area_id, int32_t day)
{
	struct area area;
	struct inzet_stand st;

	if (!db || area_get(db, area_id, &area) != STORE_OK || wijk_inzet_stand(db, a, &area, day, &st) < 0 || !st.set)
		return INZET_BASIS;
	return st.row.niveau;
}

enum app_result wijk_inzet_read(struct db *db, struct arena *a, const struct area *area, int32_t today,
				struct inzet_view *out)
{
	memset(out, 0, sizeof(*out));
	if (!db || wijk_inzet_stand(db, a, area, today, &out->stand) < 0)
		return APP_UNAVAILABLE;
	out->n_history = wijk_inzet_history(db, a, area->id, &out->history);
	if (out->n_history < 0) {
		out->n_history = 0;
		return APP_UNAVAILABLE;
	}
	return APP_OK;
}

enum app_result wijk_inzet_set(struct db *db, struct arena *a, const struct actor *who, const struct area *area,
			       const struct inzet_fields *in, struct field_errors *errs, int64_t *id)
{
	struct inzet_valid v;
	int64_t now = clock_now();
	char vanaf[DAYS_FORMAT_LEN];

	errs->n = 0;
	if (!db)
		return APP_UNAVAILABLE;
	if (!wijk_in_reach(who, ACT_WIJK_STEER, area->wijk_id))
		return APP_NOT_FOUND;
	if (inzet_validate(in, amsterdam_day(now), &v, errs))
		return APP_INVALID;
	days_format(v.vanaf, vanaf);
	const char *reden = arena_strndup(a, v.reden, (size_t)v.reden_len);
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	if (wijk_inzet_insert(db, area->id, v.niveau, v.vanaf, reden, who->user_id, now, id) != STORE_OK ||
	    audit_record(db, who, "gewijzigd", "wijk", area->code,
			 arena_printf(a, "inzetniveau %s vanaf %s", inzet_niveau_ids[v.niveau], vanaf)) < 0) {
		db_rollback(db);
		log_warn("wijk %s: the inzetniveau was not stored", area->code);
		return APP_UNAVAILABLE;
	}
	return db_commit(db) < 0 ? APP_UNAVAILABLE : APP_OK;
}

enum app_result wijk_vertellen_add(struct db *db, struct arena *a, const struct actor *who, const struct area *area,
				   const struct vertellen_fields *in, struct field_errors *errs, int64_t *id)
{
	struct vertellen_valid v;
	int64_t now = clock_now();

	errs->n = 0;
	if (!db)
		return APP_UNAVAILABLE;
	if (!wijk_in_reach(who, ACT_WIJK_WRITE, area->wijk_id))
		return APP_NOT_FOUND;
	vertellen_validate(in, amsterdam_day(now), &v, errs);
	if (v.partner_id) {
		enum store_result r = wijk_inzet_partner(db, a, v.partner_id, NULL);
		if (r == STORE_ERROR)
			return APP_UNAVAILABLE;
		if (r == STORE_NOTFOUND)
			field_error_add(errs, "partner", "Deze partnerorganisatie bestaat niet (meer): kies er een uit de lijst.");
	}
	if (errs->n)
		return APP_INVALID;
	const char *tekst = arena_strndup(a, v.tekst, (size_t)v.tekst_len);
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	if (wijk_vertellen_insert(db, area->id, v.dag, v.bron, v.partner_id, v.aanleiding, tekst, who->user_id, now,
				  id) != STORE_OK ||
	    audit_record(db, who, "aangemaakt", "wijk", area->code,
			 arena_printf(a, "vertellen %lld: %s, %s", (long long)*id, vertellen_bron_ids[v.bron],
				      vertellen_aanleiding_ids[v.aanleiding])) < 0) {
		db_rollback(db);
		log_warn("wijk %s: the vertellen entry was not stored", area->code);
		return APP_UNAVAILABLE;
	}
	return db_commit(db) < 0 ? APP_UNAVAILABLE : APP_OK;
}

enum app_result wijk_vertellen_page(struct db *db, struct arena *a, const struct area *area, int64_t offset, int limit,
				    struct vertellen_row **rows, int *n, int64_t *total)
{
	*rows = NULL;
	*n = 0;
	*total = 0;
	if (!db)
		return APP_UNAVAILABLE;
	*total = wijk_vertellen_count(db, area->id);
	if (*total < 0)
		return APP_UNAVAILABLE;
	*n = wijk_vertellen_list(db, a, area->id, offset, limit, rows);
	if (*n < 0) {
		*n = 0;
		return APP_UNAVAILABLE;
	}
	return APP_OK;
}
