/*
 * wijkmonitor.c - which wijk or buurt an actor may see (app/wijkmonitor.h).
 */
#include "app/wijkmonitor.h"
#include "db/db.h"
#include "store/area.h"
#include "store/audit.h"

#include <ctype.h>
#include <string.h>

static struct scope scope_of(const struct actor *who, int64_t wijk_id)
{
	struct scope s = { 0 };

	for (int i = 0; wijk_id && i < who->n_areas; i++)
		if (who->areas[i] == wijk_id)
			s.in_area = 1;
	return s;
}

int wijk_in_reach(const struct actor *who, enum action action, int64_t wijk_id)
{
	struct scope s = scope_of(who, wijk_id);

	return policy_check(who, action, &s) == VERDICT_ALLOW;
}

enum app_result wijk_verdict(struct db *db, const struct actor *who, enum action action, int64_t wijk_id,
			     const char *object_type, const char *object_id)
{
	struct scope s = scope_of(who, wijk_id);
	enum verdict v = policy_check(who, action, &s);

	if (v == VERDICT_ALLOW)
		return APP_OK;
	audit_record(db, who, "geweigerd", object_type, object_id, action_ids[action]);
	return v == VERDICT_DENY ? APP_FORBIDDEN : APP_NOT_FOUND;
}

void wijk_reach(const struct actor *who, enum action action, int *all, const int64_t **ids, int *n)
{
	*all = policy_sees_all_areas(who->role, action);
	*ids = *all ? NULL : who->areas;
	*n = *all ? 0 : who->n_areas;
}

enum app_result wijk_load_for(struct db *db, const struct actor *who, const char *code, enum action action,
			      struct area *out)
{
	char clean[AREA_CODE_MAX + 1];
	size_t n = 0;

	if (!db)
		return APP_UNAVAILABLE;
	while (code && isspace((unsigned char)*code))
		code++;
	for (; code && *code && !isspace((unsigned char)*code); code++) {
		if (n == AREA_CODE_MAX)
			return APP_NOT_FOUND;
		clean[n++] = (char)toupper((unsigned char)*code);
	}
	clean[n] = '\0';
	if (!n)
		return APP_NOT_FOUND;
	int64_t id = area_id_by_code(db, clean);
	if (id < 0)
		return APP_UNAVAILABLE;
	if (!id)
		return APP_NOT_FOUND;
	enum store_result r = area_get(db, id, out);
	if (r == STORE_ERROR)
		return APP_UNAVAILABLE;
	if (r != STORE_OK || out->soort == AREA_COMPLEX)
		return APP_NOT_FOUND;
	return wijk_verdict(db, who, action, out->wijk_id, "wijk", out->code);
}
