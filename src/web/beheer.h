/*
 * beheer.h - the beheerder's pages (/beheer: users, partners, audit trail)
 * and the account and partner calls of the JSON API (issue 3).
 *
 * Every route here needs ACT_ADMIN, except /api/v1/ik (any logged-in user
 * or token) and GET /api/v1/partners (ACT_PARTNER_LIST): the router has
 * asked the permission matrix before any of these runs. Every change
 * writes its audit row in the transaction of the change.
 */
#ifndef LEEFBAAR_HANDLERS_BEHEER_H
#define LEEFBAAR_HANDLERS_BEHEER_H

#include <stddef.h>
#include <stdint.h>

struct req;

/* beheer.c: the index and the users */
int handle_beheer_index(struct req *req);
int handle_beheer_users(struct req *req);
int handle_beheer_user_new(struct req *req);
int handle_beheer_user_create(struct req *req);
int handle_beheer_user_edit(struct req *req);
int handle_beheer_user_update(struct req *req);
int handle_beheer_user_password(struct req *req);
int handle_beheer_token_revoke(struct req *req);

/* beheer_partners.c: partner organisations, in HTML and JSON */
int handle_beheer_partners(struct req *req);
int handle_beheer_partner_new(struct req *req);
int handle_beheer_partner_create(struct req *req);
int handle_beheer_partner_edit(struct req *req);
int handle_beheer_partner_update(struct req *req);
int handle_api_partners(struct req *req);
int handle_api_partner_create(struct req *req);

/* beheer_audit.c: the audit trail */
int handle_beheer_audit(struct req *req);

/* api_ik.c: who am I (an integration checks its token) */
int handle_api_ik(struct req *req);

/* ---- shared by the beheer files ---- */

/*
 * Route parameter i as a row id (1..2^53); 0 when it is not one, so the
 * caller answers 404.
 */
int64_t beheer_param_id(struct req *req, int i);
/* Shows a green confirmation above the page (after a redirect). */
void beheer_flash(struct req *req, const char *text);

#endif
