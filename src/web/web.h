/*
 * web.h - every request handler, one file per resource.
 *
 * A handler runs only after the router loaded the session, checked CSRF
 * and asked the permission matrix for the route's action. It returns the
 * HTTP status; the body is in req->out. Beside each, the fields its route
 * reads (http/input.h), declared in the handler's file.
 */
#ifndef LEEFBAAR_WEB_H
#define LEEFBAAR_WEB_H

#include "http/input.h"

struct req;

/* home.c */
int handle_home(struct req *req);
int handle_healthz(struct req *req);
/* static.c */
int handle_static(struct req *req);
extern const struct field_spec static_fields[];     /* {file}, and v: the assets' version */
/* login.c */
int handle_login_form(struct req *req);
extern const struct field_spec login_form_fields[]; /* terug: where to go after */
int handle_login(struct req *req);
extern const struct field_spec login_fields[];      /* email, wachtwoord, terug */
int handle_logout(struct req *req);
int handle_password_form(struct req *req);
int handle_password(struct req *req);
extern const struct field_spec password_fields[];   /* huidig, nieuw, herhaal */
int handle_herstel(struct req *req);                /* the form kept when the session had expired */
int handle_sessie_css(struct req *req);             /* the delay of the warning before the idle end */
extern const struct field_spec sessie_css_fields[]; /* over: seconds */

/* melden.c */
int handle_melden_form(struct req *req);
extern const struct field_spec melden_form_fields[];   /* soort: the category chosen beforehand */
int handle_melden(struct req *req);
extern const struct field_spec melden_fields[];        /* the intake form (web/intake.h) and the honeypot */
int handle_melden_ontvangen(struct req *req);          /* the confirmation after the redirect (issue 17) */
extern const struct field_spec melden_ontvangen_fields[];   /* token, opnieuw */
int handle_melden_toegevoegd(struct req *req);         /* a repeat added to the earlier melding */
/* melding_status.c */
int handle_melding_status(struct req *req);
/* melder_tevredenheid.c: POST /melding/status/{token}/tevredenheid (issue 17) */
int handle_melding_tevredenheid(struct req *req);
extern const struct field_spec melding_tevredenheid_fields[];
/* melder_dagboek.c: the melder adds a diary entry through the status link (issue 17) */
int handle_melding_dagboek(struct req *req);
extern const struct field_spec melding_dagboek_fields[];   /* token, tekst, van, tot, ernst, bijlagen */

/* beheer_standaardteksten.c: the standard texts for messages to melders (issue 17; ACT_ADMIN) */
int handle_beheer_standaardteksten(struct req *req);
extern const struct field_spec beheer_standaardteksten_fields[];          /* melding: the confirmation */
int handle_beheer_standaardtekst_new(struct req *req);
int handle_beheer_standaardtekst_create(struct req *req);
extern const struct field_spec beheer_standaardtekst_create_fields[];     /* titel, stap, categorie, tekst, actief */
int handle_beheer_standaardtekst_edit(struct req *req);
int handle_beheer_standaardtekst_update(struct req *req);
extern const struct field_spec beheer_standaardtekst_update_fields[];     /* {id} and the same */
int handle_beheer_standaardtekst_delete(struct req *req);

#endif
