/*
 * json.c - JSON requests and answers for /api/v1 (see json.h).
 */
#include "http/json.h"
#include "domain/fields.h"
#include "domain/amsterdam.h"
#include "domain/validate.h"
#include "http/http.h"
#include "lib/log.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int internal_error(struct req *req)
{
	buf_reset(&req->out);
	buf_addstr(&req->out, "{\"fout\":\"Er ging iets mis aan onze kant. Probeer het later opnieuw.\"}");
	req->content_type = "application/json; charset=utf-8";
	return 500;
}

int http_json(struct req *req, int status, cJSON *body)
{
	char *text = body ? cJSON_PrintUnformatted(body) : NULL;

	cJSON_Delete(body);
	if (!text) {
		log_error("json: cannot build the answer for %s", req->path);
		return internal_error(req);
	}
	buf_reset(&req->out);
	buf_addstr(&req->out, text);
	buf_addch(&req->out, '\n');
	cJSON_free(text);
	req->content_type = "application/json; charset=utf-8";
	return status;
}

int http_json_error(struct req *req, int status, const char *message)
{
	cJSON *o = cJSON_CreateObject();

	if (!cJSON_AddStringToObject(o, "fout", message ? message : "")) {
		cJSON_Delete(o);
		return internal_error(req);
	}
	return http_json(req, status, o);
}

int http_json_errors(struct req *req, int status, cJSON *fouten)
{
	cJSON *o = cJSON_CreateObject();

	if (!o || !fouten || !cJSON_AddItemToObject(o, "fouten", fouten)) {
		cJSON_Delete(o);
		cJSON_Delete(fouten);
		return internal_error(req);
	}
	return http_json(req, status, o);
}

int http_json_list(struct req *req, cJSON *items, int pagina, int per_pagina, int64_t totaal)
{
	cJSON *o = cJSON_CreateObject();

	if (!o || !items || !cJSON_AddItemToObject(o, "items", items)) {
		cJSON_Delete(o);
		cJSON_Delete(items);
		return internal_error(req);
	}
	if (!cJSON_AddNumberToObject(o, "pagina", pagina) ||
	    !cJSON_AddNumberToObject(o, "per_pagina", per_pagina) ||
	    !cJSON_AddNumberToObject(o, "totaal", (double)totaal)) {
		cJSON_Delete(o);
		return internal_error(req);
	}
	return http_json(req, 200, o);
}

cJSON *json_parse_body(struct req *req, int *status, const char **message)
{
	const char *ct = http_header(req, "Content-Type");
	const char *end = NULL;

	/* "application/json" with or without parameters (charset), nothing else. */
	if (!ct || strncasecmp(ct, "application/json", 16) || (ct[16] && ct[16] != ';' && ct[16] != ' ')) {
		*status = 415;
		*message = "Stuur de gegevens als JSON (Content-Type: application/json).";
		return NULL;
	}
	if (req->body.len == 0) {
		*status = 400;
		*message = "De JSON ontbreekt: stuur een object, bijvoorbeeld {\"naam\": \"...\"}.";
		return NULL;
	}
	/* cJSON passes bytes through as they come; the API speaks UTF-8 only,
	 * and a raw NUL would silently cut a string short. */
	if (!utf8_valid(req->body.buf, req->body.len) || memchr(req->body.buf, '\0', req->body.len)) {
		*status = 400;
		*message = "De JSON is geen geldige UTF-8.";
		return NULL;
	}
	cJSON *v = cJSON_ParseWithLengthOpts(req->body.buf, req->body.len, &end, 0);
	if (v) {
		/* Only whitespace may follow the value: "{} x" is not one object. */
		const char *stop = req->body.buf + req->body.len;
		while (end && end < stop && strchr(" \t\r\n", *end))
			end++;
		if (!end || end != stop) {
			cJSON_Delete(v);
			v = NULL;
		}
	}
	if (!v) {
		*status = 400;
		*message = "De JSON kan niet worden gelezen. Controleer haakjes, komma's en aanhalingstekens.";
		return NULL;
	}
	if (!cJSON_IsObject(v)) {
		cJSON_Delete(v);
		*status = 400;
		*message = "Stuur een JSON-object ({...}), geen lijst of losse waarde.";
		return NULL;
	}
	return v;
}

int json_string(const cJSON *obj, const char *key, const char **out)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);

	*out = NULL;
	if (!v || cJSON_IsNull(v))
		return 0;
	if (!cJSON_IsString(v) || !v->valuestring)
		return -1;
	*out = v->valuestring;
	return 1;
}

void json_add_moment(cJSON *obj, const char *key, int64_t unix_utc)
{
	char s[MOMENT_FORMAT_LEN];

	if (!unix_utc) {
		cJSON_AddNullToObject(obj, key);
		return;
	}
	moment_format_amsterdam(unix_utc, s);
	cJSON_AddStringToObject(obj, key, s);
}

void json_add_field_errors(cJSON *fouten, const struct field_errors *errs)
{
	for (int i = 0; i < errs->n; i++)
		if (!cJSON_GetObjectItemCaseSensitive(fouten, errs->e[i].field))
			cJSON_AddStringToObject(fouten, errs->e[i].field, errs->e[i].message);
}

int http_json_field_errors(struct req *req, const struct field_errors *errs)
{
	cJSON *fouten = cJSON_CreateObject();
	json_add_field_errors(fouten, errs);
	return http_json_errors(req, 422, fouten);
}
