/*
 * beheer_tokens.h - /beheer/tokens: the API tokens of every account, for
 * the beheerder (issue 16, point 10).
 */
#ifndef LEEFBAAR_WEB_BEHEER_TOKENS_H
#define LEEFBAAR_WEB_BEHEER_TOKENS_H

#include "http/input.h"

struct req;
struct tpl_dict;
struct user_token;

/* What a token's scope lets it do, in words. */
const char *beheer_token_scope_label(const char *scope);
/* A token's row where the beheer pages list it: scope, made, last used, revoked or revoke_action. */
void beheer_token_row(struct tpl_dict *row, const struct user_token *t, const char *revoke_action);

int handle_beheer_tokens(struct req *req);
extern const struct field_spec beheer_tokens_fields[];        /* melding, nieuw: the token just made */
int handle_beheer_token_create(struct req *req);
extern const struct field_spec beheer_token_create_fields[];  /* naam, gebruiker, scope */
int handle_beheer_tokens_revoke(struct req *req);
extern const struct field_spec beheer_tokens_revoke_fields[]; /* {token} */

#endif
