/*
 * json.h - JSON requests and answers for /api/v1 (cJSON).
 *
 * The conventions of the whole JSON API live here, so every handler answers
 * the same way (DESIGN.md, JSON API v1):
 *
 *   400 {"fout": "..."}              malformed JSON, or not an object
 *   401/403/404/405/413/429/503      {"fout": "..."} (http_error() on /api/)
 *   415 {"fout": "..."}              a body that is not application/json
 *   422 {"fouten": {"veld": "..."}}  invalid fields, one Dutch message each
 *   lists                            {"items": [...], "pagina", "per_pagina", "totaal"}
 *
 * A handler with a body:
 *
 *	int status;
 *	cJSON *in = http_json_body(req, &status);
 *	if (!in)
 *		return status;                      (the error is already answered)
 *	cJSON *fouten = cJSON_CreateObject();
 *	const char *naam;
 *	if (json_string(in, "naam", &naam) <= 0 || !naam[0])
 *		cJSON_AddStringToObject(fouten, "naam", "Vul een naam in.");
 *	...
 *	if (fouten->child) { cJSON_Delete(in); return http_json_errors(req, 422, fouten); }
 *	cJSON_Delete(fouten);
 *
 * Every http_json* function takes ownership of the cJSON it is given (also
 * on failure) and returns the HTTP status to return from the handler.
 */
#ifndef LEEFBAAR_JSON_H
#define LEEFBAAR_JSON_H

#include <cjson/cJSON.h>
#include <stdint.h>

struct field_errors;
struct req;

/* Entries per page of every list, in HTML and JSON alike. */
#define JSON_PER_PAGE 50

/*
 * Answers body (an object or array; freed here) with status and
 * Content-Type application/json; charset=utf-8. When body is NULL (cJSON
 * ran out of memory) or cannot be printed, the answer is a 500.
 */
int http_json(struct req *req, int status, cJSON *body);
/* Answers {"fout": message} with status. */
int http_json_error(struct req *req, int status, const char *message);
/* Answers {"fouten": fouten} with status (422 for invalid fields). */
int http_json_errors(struct req *req, int status, cJSON *fouten);
/* Answers 422 {"fouten": {field: message}} from a use case's (or the input stage's) field errors. */
int http_json_field_errors(struct req *req, const struct field_errors *errs);
/* Adds each field error to fouten as field: message (the first message per field stays). */
void json_add_field_errors(cJSON *fouten, const struct field_errors *errs);
/* Answers {"items": items, "pagina", "per_pagina", "totaal"} with 200. */
int http_json_list(struct req *req, cJSON *items, int pagina, int per_pagina, int64_t totaal);

/*
 * Parses the request body as one JSON object. Returns it (caller frees with
 * cJSON_Delete), or NULL after answering the error, with *status set to
 * what the handler must return: 415 when the Content-Type is not
 * application/json, 400 for an empty or malformed body, invalid UTF-8,
 * trailing garbage or a value that is not an object. (A body over
 * [server] max_body_kb never gets here: the server answered 413.)
 */
cJSON *http_json_body(struct req *req, int *status);
/* The same reading without answering: NULL with *status and the Dutch *message to answer. */
cJSON *json_parse_body(struct req *req, int *status, const char **message);

/*
 * Reads a string member. Returns 1 and sets *out when key holds a string,
 * 0 (and *out = NULL) when key is absent or null, -1 (*out = NULL) when it
 * holds another type. The string lives as long as obj.
 */
int json_string(const cJSON *obj, const char *key, const char **out);
/*
 * Reads an integer member: a JSON number without fraction within
 * [min, max]. Returns 1 and sets *out, 0 when absent or null, -1 when
 * another type, fractional or out of range.
 */
int json_int(const cJSON *obj, const char *key, int64_t min, int64_t max, int64_t *out);
/* Adds key: "YYYY-MM-DDTHH:MM:SS+HH:MM" (Amsterdam), or null when unix_utc is 0. */
void json_add_moment(cJSON *obj, const char *key, int64_t unix_utc);

#endif
