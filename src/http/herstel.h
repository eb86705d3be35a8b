/*
 * herstel.h - no lost work: a page's form posted after its session
 * expired is kept (store/herstel.h) and the browser is sent to the login,
 * which brings the same user back to it (web/login.c, GET /herstel).
 *
 * The key travels only in a short-lived HttpOnly cookie, never in a URL.
 */
#ifndef LEEFBAAR_HTTP_HERSTEL_H
#define LEEFBAAR_HTTP_HERSTEL_H

#include "store/herstel.h"

#include <stdint.h>

struct req;

#define HERSTEL_COOKIE "leefbaar_herstel"

/*
 * The answer to a page's POST that needs a login it does not have: keeps
 * its fields for expired_user (0: not known; the first account to log in
 * in this browser then gets it) when it holds any and came from our own
 * pages (Origin), sets HERSTEL_COOKIE, and answers 303 to
 * /login?terug=<the form's page>. Returns 303.
 */
int herstel_redirect(struct req *req, int64_t expired_user);
/* The hash of the request's HERSTEL_COOKIE key into hash: 1, or 0 without a cookie. */
int herstel_cookie_hash(struct req *req, unsigned char hash[HERSTEL_KEY]);
/* Where the user goes back to for the POST to path: its own page, "/nieuw" below it, or a parent. Arena memory. */
const char *herstel_form_page(struct req *req, const char *path);

#endif
