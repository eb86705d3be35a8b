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
 * A handler with a body declares its members in its route's field table
 * (http/input.h) and reads them typed; the body itself, for lists and
 * nested objects, comes from input_json_body(), which answers 415/400 for
 * a body that is not a JSON object. Field errors - the input stage's and
 * the handler's own - are answered with http_json_field_errors().
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
 * Parses the request body as one JSON object (caller frees with
 * cJSON_Delete), or NULL with *status and the Dutch *message to answer:
 * 415 when the Content-Type is not application/json, 400 for an empty or
 * malformed body, invalid UTF-8, trailing garbage or a value that is not
 * an object. The input stage calls it once per request (input_json_body()).
 */
cJSON *json_parse_body(struct req *req, int *status, const char **message);

/*
 * Reads a string member. Returns 1 and sets *out when key holds a string,
 * 0 (and *out = NULL) when key is absent or null, -1 (*out = NULL) when it
 * holds another type. The string lives as long as obj.
 */
int json_string(const cJSON *obj, const char *key, const char **out);
/* Adds key: "YYYY-MM-DDTHH:MM:SS+HH:MM" (Amsterdam), or null when unix_utc is 0. */
void json_add_moment(cJSON *obj, const char *key, int64_t unix_utc);

#endif
