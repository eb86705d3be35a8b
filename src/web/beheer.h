/*
 * beheer.h - the beheerder's pages (/beheer: users, partners, audit trail)
 * and the account and partner calls of the JSON API (issue 3), with the
 * field specs their routes declare (http/input.h) and the pieces the beheer
 * files share: the confirmation after a redirect, the list pages' filters,
 * rows and pager, the 404 of a row that is not there, and the end of a
 * change's transaction with its audit row.
 *
 * Every route here needs ACT_ADMIN, except /api/v1/ik (any logged-in user
 * or token) and GET /api/v1/partners (ACT_PARTNER_LIST): the router has
 * asked the permission matrix before any of these runs. Every change
 * writes its audit row in the transaction of the change.
 */
#ifndef LEEFBAAR_WEB_BEHEER_H
#define LEEFBAAR_WEB_BEHEER_H

#include "http/input.h"
#include "render/form.h"
#include "store/store.h"

#include <stddef.h>
#include <stdint.h>

struct db;
struct refusal;
struct req;
struct tpl_dict;

/* beheer.c: the index and the users */
int handle_beheer_index(struct req *req);
int handle_beheer_users(struct req *req);
int handle_beheer_user_new(struct req *req);
int handle_beheer_user_create(struct req *req);
int handle_beheer_user_edit(struct req *req);
int handle_beheer_user_update(struct req *req);
int handle_beheer_user_password(struct req *req);
int handle_beheer_token_revoke(struct req *req);

/* GET /beheer/gebruikers: q, rol, status, pagina, melding. */
extern const struct field_spec beheer_users_fields[];
/* POST /beheer/gebruikers: the account form with e-mail and temporary password. */
extern const struct field_spec beheer_user_create_fields[];
/* GET /beheer/gebruikers/{id}: melding (the confirmation after a change). */
extern const struct field_spec beheer_user_edit_fields[];
/* POST /beheer/gebruikers/{id}: naam, rol, partner, wijk (one per box), actief. */
extern const struct field_spec beheer_user_update_fields[];
/* POST /beheer/gebruikers/{id}/wachtwoord: wachtwoord. */
extern const struct field_spec beheer_user_password_fields[];

/* beheer_partners.c: partner organisations, in HTML and JSON */
int handle_beheer_partners(struct req *req);
int handle_beheer_partner_new(struct req *req);
int handle_beheer_partner_create(struct req *req);
int handle_beheer_partner_edit(struct req *req);
int handle_beheer_partner_update(struct req *req);
int handle_api_partners(struct req *req);
int handle_api_partner_create(struct req *req);

/* GET /beheer/partners: q, status, pagina, melding. */
extern const struct field_spec beheer_partners_fields[];
/* POST /beheer/partners: the organisation's form. */
extern const struct field_spec beheer_partner_create_fields[];
/* POST /beheer/partners/{id}: the organisation's form. */
extern const struct field_spec beheer_partner_update_fields[];
/* GET /api/v1/partners: actief, q, pagina. */
extern const struct field_spec api_partners_fields[];
/* POST /api/v1/partners: the JSON body's text members (actief is read from input_json()). */
extern const struct field_spec api_partner_create_fields[];

/* beheer_audit.c: the audit trail */
int handle_beheer_audit(struct req *req);

/* GET /beheer/audit: gebruiker, actie, object, van, tot, pagina. */
extern const struct field_spec beheer_audit_fields[];

/* api_ik.c: who am I (an integration checks its token) */
int handle_api_ik(struct req *req);

/* ---- shared by the beheer files ---- */

/* Shows a green confirmation above the page (after a redirect). */
void beheer_flash(struct req *req, const char *text);

/*
 * The confirmation chosen by ?melding=code after a redirect: a page
 * declares BEHEER_FLASH_FIELD(codes) with its NULL-terminated codes, and
 * beheer_flash_sent() shows texts[i] for the code at codes[i]; an unknown
 * code shows nothing, as it always did.
 */
#define BEHEER_FLASH_FIELD(codes) { .name = "melding", .from = IN_QUERY, .type = FT_ENUM, .choices = (codes) }
void beheer_flash_sent(struct req *req, const char *const *texts);

/*
 * A list page of beheer (users, partners, audit): its filters' form, rows
 * in the TABLE section, made with the first row (no rows, no table), and
 * the pager. Lists with a search and a status filter declare
 * BEHEER_LIST_FIELDS.
 */
struct beheer_list {
	struct tpl_dict *d, *table;
	struct form form;     /* the filters' errors: 422 and no list */
	int page;
	int64_t total;        /* filled by the store's list call */
	const char *q;        /* the search, one line (beheer_list_filters()) */
	int active;           /* status: 1 actief, 0 inactief, -1 all */
	const char *status;   /* its word for the pager links, or NULL */
};

extern const char *const beheer_status_ids[];   /* "actief", "inactief", NULL */

#define BEHEER_LIST_FIELDS \
	{ .name = "q", .from = IN_QUERY, .type = FT_TEXT }, \
	{ .name = "status", .from = IN_QUERY, .type = FT_ENUM, .choices = beheer_status_ids }, \
	{ .name = "pagina", .from = IN_QUERY, .type = FT_PAGE }

/* Starts the page titled title (template tpl) on the list page asked for (?pagina=). */
void beheer_list_start(struct beheer_list *l, struct req *req, const char *title, const char *tpl);
/*
 * Reads the search q (a form error when it is not one line of at most 100
 * characters; echoed as Q) and the status filter (shown as STATUS_ACTIEF or
 * STATUS_INACTIEF) into l.
 */
void beheer_list_filters(struct beheer_list *l, struct req *req);
/* A new row: an item of section in the list's table. */
struct tpl_dict *beheer_list_row(struct beheer_list *l, const char *section);
/* The offset of the page's first row, for the store's list call. */
int64_t beheer_list_offset(const struct beheer_list *l);
/*
 * Finishes the page: EMPTY when nothing matched, and the pager linking to
 * path with the filters that are set (key, value pairs, NULL-terminated;
 * a NULL or empty value is left out). Sends the page: 200.
 */
int beheer_list_send(struct req *req, struct beheer_list *l, const char *path, const char *const *filters);

/*
 * Loading the row a page is about gave r: 0 for STORE_OK; else the answer
 * sent, 503 for STORE_ERROR and how's 404 for anything else.
 */
int beheer_loaded(struct req *req, enum store_result r, const struct refusal *how);

/*
 * Ends the transaction of a change that the store answered r: for STORE_OK
 * it writes the audit row of the request's actor (action, object type and
 * id, detail) and commits; otherwise, or when that fails, it rolls back.
 * Returns r, or STORE_ERROR when the audit row or the commit failed.
 */
enum store_result beheer_commit(struct req *req, struct db *db, enum store_result r, const char *action,
				const char *type, const char *id, const char *detail);
/*
 * The answer to a change that ended in r (beheer_commit()): the redirect to
 * done for STORE_OK; for STORE_CONFLICT, when the form has a field it is
 * about (field, taken not NULL), the form f again with taken beside it
 * (422); else 503.
 */
int beheer_saved(struct req *req, enum store_result r, struct form *f, const char *field, const char *taken,
		 const char *done);

#endif
