/*
 * http.h - one HTTP request as the handlers see it, and the calls they use
 * to read input and shape the response.
 *
 * A struct req lives from the first MHD access call to the completion
 * callback. Everything allocated for it comes from req->arena and is freed
 * in one go at completion; strings returned by the accessors below are valid
 * until the request ends.
 */
#ifndef LEEFBAAR_HTTP_H
#define LEEFBAAR_HTTP_H

#include "app/app.h"
#include "auth/policy.h"
#include "lib/arena.h"
#include "lib/buf.h"

#include <stddef.h>
#include <stdint.h>

struct MHD_Connection;
struct MHD_PostProcessor;
struct cJSON;
struct config;
struct field_errors;
struct field_value;
struct route;
struct session;
struct tpl_dict;

#define ROUTE_MAX_PARAMS 4

enum http_method {
	HTTP_GET, HTTP_HEAD, HTTP_POST, HTTP_OTHER, HTTP__MAX
};

/* A name/value pair from the query string or a form. */
struct kv {
	const char *key;
	struct buf value;   /* grows while MHD delivers a long value in pieces */
	struct kv *next;
};

/* A file part of a multipart body, streamed to a temporary file. */
struct upload {
	const char *field;
	const char *filename;      /* as the client named it; display only */
	const char *client_type;   /* as the client claimed; never trusted */
	char *path;                /* temporary file, removed at completion unless taken */
	int fd;
	uint64_t size;
	int dropped;               /* over a limit: not kept */
	int write_failed;          /* the disk failed us (full, I/O error): a 503, not the melder's fault */
	const char *drop_reason;   /* Dutch, for beside the field */
	struct upload *next;
};

enum body_kind { BODY_NONE, BODY_FORM, BODY_JSON, BODY_OTHER };

struct req {
	struct arena arena;
	struct MHD_Connection *conn;
	const struct config *cfg;
	const char *method;
	const char *path;
	enum http_method meth;
	char ip[64];
	uint64_t start_us;

	/* Routing. */
	const struct route *route;
	int route_status;                  /* 0, 404 or 405 */
	const char *csrf_form;             /* csrf_token() of this page: the session's token and a nonce */
	int once;                          /* http/once.c claimed once_key for this request */
	unsigned char once_key[32];
	const char *params[ROUTE_MAX_PARAMS];
	int n_params;
	struct field_value *in;            /* the route's declared fields, typed (http/input.h) */
	int n_in;
	struct field_errors *in_errors;    /* page fields the input stage could not read */

	/* Input. */
	struct kv *query;
	struct kv *form, *form_last;
	struct upload *uploads, *upload_last;
	int n_uploads;
	struct buf body;                   /* JSON and other raw bodies */
	struct cJSON *json;                /* the JSON body, parsed once by the input stage (freed with the request) */
	int json_status;                   /* when it could not be: 415 or 400 ... */
	const char *json_message;          /* ... and why, in Dutch (input_json_body() answers it) */
	enum body_kind body_kind;
	uint64_t body_bytes, body_cap;
	int body_error;                    /* 413 or 400 once detected */
	const char *body_message;          /* with a 413: why, in Dutch (static), or NULL */
	uint64_t field_bytes;              /* non-file form fields so far, capped as they stream */
	char *mp_end;                      /* multipart: the closing "--boundary--" */
	char mp_tail[160];                 /* the last bytes of the body, to find it */
	size_t mp_tail_len;
	struct MHD_PostProcessor *pp;

	/* Who is asking (filled by the router from the session or token). */
	struct session *session;
	struct actor actor;                /* see http_actor() */

	/* Output. */
	int status;
	struct buf out;
	const char *content_type;
	struct kv *headers;
	const char *cache_control;        /* NULL: no-store (case data) */
	struct tpl_dict *page;            /* the layout dictionary, if rendering */
	uint64_t bytes_out;
	int fd_out;                        /* a file to send instead of out, or -1 */
	uint64_t fd_size;
	int log_path_redacted;             /* log the route pattern, not the path */
	int answered;                      /* a handler thread has run it (http/server.c) */
};

/*
 * The whole uploaded file u, NUL-terminated, its length in *len (caller
 * frees); NULL (logged, naming what) if it cannot be read. For the
 * beheerder's imports, whose upload limit bounds the size.
 */
char *upload_read(const struct upload *u, size_t *len, const char *what);
/* Query string value, or NULL. */
const char *http_query(struct req *req, const char *key);
/* Form value (url-encoded or multipart), or NULL. */
const char *http_form(struct req *req, const char *key);
/* Cookie value, or NULL. */
const char *http_cookie(struct req *req, const char *name);
/* Request header, or NULL. */
const char *http_header(struct req *req, const char *name);
/* Route parameter {name} by position (0-based), or NULL. */
const char *http_param(struct req *req, int i);
/*
 * Who is asking, for the matrix, the stores and the audit trail: built from
 * the current session (anonymous without one) and the client's address.
 * Valid until the request ends; call again after a login changes the session.
 */
const struct actor *http_actor(struct req *req);
/*
 * The CSRF token a form on this page carries (auth/csrf.h): the session's,
 * or without one a signed pre-session token, setting its nonce cookie when
 * the browser has none. Valid until the request ends.
 */
const char *csrf_token(struct req *req);
/* Seconds since the pre-session token in the form was issued; -1 if none or invalid. */
int64_t csrf_pre_age(struct req *req);

/* Adds a response header (copied). */
void http_add_header(struct req *req, const char *name, const char *value);
/* Set-Cookie with HttpOnly, SameSite=Lax, Path=/ and Secure when configured. max_age < 0: session cookie; 0: delete. */
void http_set_cookie(struct req *req, const char *name, const char *value, long max_age);
/* 303 See Other to a local path; returns 303. */
int http_redirect(struct req *req, const char *location);
/* Sets a plain-text body; returns status. */
int http_text(struct req *req, int status, const char *text);
/* Renders the error page (Dutch) for status; returns status. Under /api/ the
 * answer is JSON instead: {"fout": message} (see http/json.h). */
int http_error(struct req *req, int status, const char *heading, const char *message);
/*
 * The one answer for "the database (or the disk) failed us, try again":
 * 503 "Tijdelijk niet beschikbaar", as http_error() (JSON under /api/).
 * message NULL says "De database antwoordt niet. Probeer het over een
 * minuut opnieuw."; a caller passes its own sentence only to say what did
 * not happen ("De melding is niet opgeslagen. ..."). Returns 503.
 */
int http_unavailable(struct req *req, const char *message);

/*
 * How one resource words a use case's refusal: the 404 heading and text,
 * the 403 text, and the 503 text (NULL: http_unavailable()'s default).
 */
struct refusal {
	const char *not_found_title;    /* "Melding niet gevonden" */
	const char *not_found_text;     /* "Deze melding bestaat niet, of u heeft er geen toegang toe." */
	const char *forbidden_text;     /* "U mag dit niet doen met deze melding." */
	const char *unavailable_text;
};
/*
 * Answers the refusal r of an app/ use case (enum app_result, not APP_OK
 * or APP_INVALID): APP_NOT_FOUND 404, APP_FORBIDDEN 403 "Geen toegang",
 * anything else 503; an error page, or JSON under /api/. Returns the status.
 */
int http_refused(struct req *req, enum app_result r, const struct refusal *how);

/* Microseconds on a monotonic clock. */
uint64_t http_now_us(void);

#endif
