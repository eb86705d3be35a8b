/*
 * input.h - the validated-input stage: what each route accepts, checked
 * before its handler runs, handed over typed.
 *
 * A route (routes.c) may name a table of field specs: for each input its
 * name, where it comes from (the path's {name}, the query string or the
 * form), its type and whether it is required. After the session, CSRF and
 * the permission matrix, the router runs input_check(): every declared
 * field is parsed once, the way lib/parse.h and domain/days.h parse, and
 * kept typed in the request. What the stage does with a field it cannot
 * read depends on where the field came from (modelled on kcgi's kvalid
 * table, where a field lands either in the valid or the invalid map):
 *
 *   path    a {id} that is not an id is a URL that does not exist: 404,
 *           as for an id that names nothing (Flask's <int:id> does the same);
 *   query,  the handler gets the message (input_errors()) and answers it
 *   form,   with its own: beside the field on a page, in {"fouten"} (422)
 *   json    under /api/ - after it has found the record, so an unknown one
 *           is still a 404 and one out of sight still hidden. FIELD_STRICT
 *           makes the stage answer itself (values only a tampered request
 *           gets wrong: 400 on a page, 422 under /api/).
 */
#ifndef LEEFBAAR_INPUT_H
#define LEEFBAAR_INPUT_H

#include "domain/fields.h"

#include <stdint.h>

struct cJSON;
struct req;

enum field_from { IN_PATH, IN_QUERY, IN_FORM, IN_JSON };

enum field_type {
	FT_ID,        /* a row id: 1..15 digits (lib/parse.h) */
	FT_KEY,       /* a row id, or a reference such as M-2026-000123 / D-2026-00012 */
	FT_INT,       /* an integer in [min, max] */
	FT_PAGE,      /* a page number of an HTML list: anything odd shows page 1 */
	FT_TEXT,      /* text of at most max bytes (0: the request's limits only) */
	FT_ENUM,      /* one of choices[] (max entries, or NULL-terminated when max is 0) */
	FT_DATE,      /* YYYY-MM-DD, a real day */
	FT_MOMENT,    /* a day, or an ISO 8601 moment with its offset */
	FT_BOOL,      /* 1/0, ja/nee, true/false, on */
	FT_FILE,      /* an uploaded file part (the upload limits apply) */
};

enum field_flags {
	FIELD_REQUIRED = 1 << 0,   /* absent or empty is an error */
	FIELD_STRICT = 1 << 1,     /* invalid on a page is a 400, not a message beside the field */
	FIELD_MANY = 1 << 2,       /* repeated (check boxes): every value, see input_many() */
};

struct field_spec {
	const char *name;          /* the {name} in the pattern, or the query/form key */
	unsigned char from;        /* enum field_from */
	unsigned char type;        /* enum field_type */
	unsigned char flags;       /* enum field_flags */
	int64_t min, max;          /* FT_INT range; FT_TEXT max bytes; FT_ENUM entries */
	const char *const *choices;   /* FT_ENUM: NULL-terminated */
	const char *message;       /* Dutch, when it cannot be read; NULL: the type's own */
};

/*
 * Spec tables are written with designated initializers:
 *	{ .name = "tekst", .from = IN_FORM, .type = FT_TEXT, .max = 2000 },
 * FIELD_PATH() for a path parameter, FIELDS_END last.
 */
#define FIELD_PATH(n, t) { .name = (n), .from = IN_PATH, .type = (t), .flags = FIELD_REQUIRED }
#define FIELDS_END { .name = NULL }

/*
 * A JSON body (IN_JSON fields) is parsed once, by the stage; one that is
 * not a JSON object is answered by the handler when it asks for the body
 * (input_json_body(): 415 or 400, json_parse_body()'s answers). A
 * member is read as its string, a whole number as its digits, true/false
 * as 1/0 (FT_BOOL); null counts as absent; any other JSON type, or an array
 * or object, is a value of the wrong type (declare those fields FT_TEXT
 * and read them from input_json()).
 */

/* One declared field after the stage. */
struct field_value {
	const struct field_spec *spec;
	const char *text;          /* as sent (NULL: absent) */
	int64_t num;               /* FT_ID, FT_KEY (its id, or 0 for a reference), FT_INT,
				      FT_PAGE, FT_BOOL, FT_DATE (day number), FT_MOMENT (unix) */
	int valid;                 /* parsed, or absent and not required */
	int n_many;                /* FIELD_MANY: how many values ... */
	const char **many_text;    /* ... as sent ... */
	int64_t *many_num;         /* ... and parsed (0 for one that cannot be read) */
};

/*
 * Parses every field the route declares into req->in. Returns 0 to go on to
 * the handler, or the status already answered (404 for a bad path value;
 * for a FIELD_STRICT one 400 on a page, 422 under /api/).
 * Page fields that fail are listed for input_errors().
 */
int input_check(struct req *req);

/* Parses one value by spec; 0 and *out, or -1 and a Dutch message. Exposed for tests. */
int input_parse(const struct field_spec *spec, const char *text, int64_t *out, const char **message);

/* ---- what handlers read: typed, after the stage ---- */

/* The number of a declared FT_ID/FT_KEY/FT_INT/FT_PAGE/FT_BOOL/FT_DATE/FT_MOMENT field; 0 when absent or invalid. */
int64_t input_num(struct req *req, const char *name);
/* 1 and *out when a declared field was sent and could be read; else 0. */
int input_value(struct req *req, const char *name, int64_t *out);
/*
 * The values of a repeated (FIELD_MANY) field: their count, with *nums
 * (each parsed; 0 for one that cannot be read, which the handler judges)
 * and *texts (as sent) when not NULL.
 */
int input_many(struct req *req, const char *name, const int64_t **nums, const char *const **texts);
/* The JSON body the stage parsed (IN_JSON routes), owned by the request; NULL otherwise. */
const struct cJSON *input_json(struct req *req);
/*
 * The JSON body (parsed now if the route declares no IN_JSON field), owned
 * by the request; or NULL after answering 415/400 with *status set.
 */
const struct cJSON *input_json_body(struct req *req, int *status);
/* The text of a declared field as sent; NULL when absent. */
const char *input_text(struct req *req, const char *name);
/* 1 when a declared field was sent, even empty. */
int input_has(struct req *req, const char *name);
/*
 * The messages of page fields the stage could not read, in declaration
 * order (for the form beside each field); n == 0 when all were fine.
 */
const struct field_errors *input_errors(struct req *req);

#endif
