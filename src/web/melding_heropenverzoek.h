/*
 * melding_heropenverzoek.h - the melder's verzoek tot heropenen on the
 * staff melding page (issue 17, point 4): its block with the decision form,
 * and the POST /meldingen/{id}/heropenverzoek that records the decision.
 */
#ifndef LEEFBAAR_WEB_MELDING_HEROPENVERZOEK_H
#define LEEFBAAR_WEB_MELDING_HEROPENVERZOEK_H

#include "http/input.h"

struct melding;
struct req;
struct tpl_dict;

/* Fills the include {{>HEROPENVERZOEK}} of the melding page d when m has an open verzoek. */
void heropenverzoek_show(struct req *req, struct tpl_dict *d, const struct melding *m);

int handle_melding_heropenverzoek(struct req *req);
extern const struct field_spec melding_heropenverzoek_fields[];

#endif
