/*
 * melder.h - the parts of the melder's status page (web/melding_status.c)
 * that other files own, and the standard texts offered in the staff's
 * message forms. Contract for issue 17 (written by the lead).
 *
 * melder_status_parts() is called by the status page after it filled its
 * own sections; it calls each part below. Each part fills its own include
 * marker ({{>DAGBOEK}}, {{>TEVREDENHEID}}) in d and its own sections.
 * token is the status token of the link (for the forms' action URLs).
 */
#ifndef LEEFBAAR_WEB_MELDER_H
#define LEEFBAAR_WEB_MELDER_H

struct melding;
struct req;
struct tpl_dict;

void melder_status_parts(struct req *req, struct tpl_dict *d, const struct melding *m, const char *token);

/*
 * The melding of the status token in the path ({token}) of every melder's
 * page: 0 with *m filled (strings in req->arena), or the status of the
 * answer already made - 404 that tells nothing about the link, or 503.
 */
int melder_melding(struct req *req, struct melding *m);

/* web/melder_dagboek.c (helper "dagboek"): the diary entries and the form to add one. */
void dagboek_status_show(struct req *req, struct tpl_dict *d, const struct melding *m, const char *token);
/* web/melder_tevredenheid.c (helper "tevredenheid"): the satisfaction question once closed. */
void tevredenheid_status_show(struct req *req, struct tpl_dict *d, const struct melding *m, const char *token);

/*
 * web/standaardteksten_kiezen.c (helper "standaardteksten"), called by the
 * staff melding page (web/meldingen.c) for the message forms; stap is
 * "bevestiging", "terugkoppeling" or "afsluiting".
 *   standaardtekst_picker()  fills the include {{>STANDAARDTEKST}} of form
 *                            (the dict of that action's form) with a choice
 *                            of the texts for m's category and that step;
 *   standaardtekst_prefill() the chosen text with its placeholders filled
 *                            for m, when this request asks for one for that
 *                            step (a GET with ?standaardtekst=ID&stap=...),
 *                            for the form's textarea; NULL otherwise.
 */
void standaardtekst_picker(struct req *req, struct tpl_dict *form, const struct melding *m, const char *stap);
const char *standaardtekst_prefill(struct req *req, const struct melding *m, const char *stap);

#endif
