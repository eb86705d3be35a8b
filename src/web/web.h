/*
 * handlers.h - every request handler, one file per resource.
 *
 * A handler runs only after the router loaded the session, checked CSRF
 * and asked the permission matrix for the route's action. It returns the
 * HTTP status; the body is in req->out.
 */
#ifndef LEEFBAAR_HANDLERS_H
#define LEEFBAAR_HANDLERS_H

struct req;

/* home.c */
int handle_home(struct req *req);
int handle_healthz(struct req *req);
/* static.c */
int handle_static(struct req *req);
/* login.c */
int handle_login_form(struct req *req);
int handle_login(struct req *req);
int handle_logout(struct req *req);
int handle_password_form(struct req *req);
int handle_password(struct req *req);

/* melden.c */
int handle_melden_form(struct req *req);
int handle_melden(struct req *req);
int handle_melding_status(struct req *req);

#endif
