/*
 * notificaties.c - the JSON side of a user's notifications (see
 * web/notificaties.h): the list in the API's list envelope, and marking
 * read, over the same app/notify.h calls as the pages.
 */
#include "web/notificaties.h"
#include "app/notify.h"
#include "db/db.h"
#include "http/http.h"
#include "http/json.h"
#include "render/pager.h"
#include "store/notification.h"

static const struct refusal notificatie_refusal = {
	.not_found_title = "Notificatie niet gevonden",
	.not_found_text = "Deze notificatie bestaat niet, of zij is niet voor u.",
	.forbidden_text = "U mag dit niet doen met deze notificatie.",
};

/* A page number that is not one is the first page; past the end the items are empty. */
const struct field_spec api_notificaties_fields[] = {
	{ .name = "pagina", .from = IN_QUERY, .type = FT_PAGE },
	FIELDS_END
};

static cJSON *row_json(const struct notification *n)
{
	cJSON *o = cJSON_CreateObject();

	cJSON_AddNumberToObject(o, "id", (double)n->id);
	cJSON_AddStringToObject(o, "soort", n->soort);
	cJSON_AddStringToObject(o, "tekst", n->tekst);
	cJSON_AddStringToObject(o, "url", n->url);
	json_add_moment(o, "op", n->op);
	cJSON_AddBoolToObject(o, "gelezen", n->gelezen_op != 0);
	return o;
}

int handle_api_notificaties(struct req *req)
{
	struct notify_page pg;
	int page = pager_page(req);

	if (notify_list(db_thread(), &req->arena, http_actor(req), page, JSON_PER_PAGE, &pg) != APP_OK)
		return http_unavailable(req, NULL);
	cJSON *items = cJSON_CreateArray();
	for (int i = 0; i < pg.n; i++)
		cJSON_AddItemToArray(items, row_json(&pg.rows[i]));
	return http_json_list(req, items, page, JSON_PER_PAGE, pg.total);
}

int handle_api_notificatie_gelezen(struct req *req)
{
	enum app_result r = notify_mark_read(db_thread(), &req->arena, http_actor(req), input_num(req, "id"), NULL);

	if (r != APP_OK)
		return http_refused(req, r, &notificatie_refusal);
	cJSON *o = cJSON_CreateObject();
	cJSON_AddNumberToObject(o, "id", (double)input_num(req, "id"));
	cJSON_AddBoolToObject(o, "gelezen", 1);
	return http_json(req, 200, o);
}

int handle_api_notificaties_gelezen(struct req *req)
{
	int n;

	if (notify_mark_all_read(db_thread(), http_actor(req), &n) != APP_OK)
		return http_unavailable(req, NULL);
	cJSON *o = cJSON_CreateObject();
	cJSON_AddNumberToObject(o, "gelezen", n);
	return http_json(req, 200, o);
}
