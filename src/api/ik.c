/*
 * ik.c - GET /api/v1/ik: who the caller is, as Leefbaar sees them.
 *
 * An integration calls this first to check that its token works and acts
 * for the account and role it expects; a browser session gets the same.
 */
#include "auth/session.h"
#include "db/db.h"
#include "web/beheer.h"
#include "http/http.h"
#include "http/json.h"
#include "store/partner.h"
#include "store/user.h"

static void add_code(void *ctx, const char *code)
{
	cJSON_AddItemToArray(ctx, cJSON_CreateString(code));
}

int handle_api_ik(struct req *req)
{
	struct db *db = db_thread();
	const struct session *s = req->session;
	struct partner p;

	if (!db)
		return http_unavailable(req, NULL);
	cJSON *o = cJSON_CreateObject();
	cJSON_AddNumberToObject(o, "id", (double)s->user_id);
	cJSON_AddStringToObject(o, "naam", s->name);
	cJSON_AddStringToObject(o, "email", s->email);
	cJSON_AddStringToObject(o, "rol", role_ids[s->role]);
	if (s->partner_id) {
		enum store_result r = partner_by_id(db, s->partner_id, &p);
		if (r == STORE_ERROR) {
			cJSON_Delete(o);
			return http_unavailable(req, NULL);
		}
		cJSON *po = cJSON_AddObjectToObject(o, "partner");
		cJSON_AddNumberToObject(po, "id", (double)s->partner_id);
		cJSON_AddStringToObject(po, "naam", r == STORE_OK ? p.naam : "");
		cJSON_AddStringToObject(po, "soort", r == STORE_OK ? partner_soort_ids[p.soort] : "");
	} else {
		cJSON_AddNullToObject(o, "partner");
	}
	cJSON *codes = cJSON_AddArrayToObject(o, "gebieden");
	if (user_area_codes(db, s->user_id, add_code, codes) == STORE_ERROR) {
		cJSON_Delete(o);
		return http_unavailable(req, NULL);
	}
	/* How the caller is logged in, and what a token may do. */
	cJSON_AddStringToObject(o, "via", s->token_id ? "token" : "sessie");
	if (s->token_id)
		cJSON_AddStringToObject(o, "scope", s->scope_melden_only ? "melden" : "alles");
	return http_json(req, 200, o);
}
