/*
 * melding_bijlagen.h - a melding's photos as evidence on the staff page
 * (issue 17, point 7): beside each attachment its caption and the moment
 * the photo was taken, and for whom may handle the melding a small form
 * to set the caption (web/melding_bijlagen.c, app/bijlagen.c).
 */
#ifndef LEEFBAAR_WEB_MELDING_BIJLAGEN_H
#define LEEFBAAR_WEB_MELDING_BIJLAGEN_H

#include "http/input.h"

struct attachment;
struct melding;
struct req;
struct tpl_dict;

/* Fills the include BIJSCHRIFT of item (a BIJLAGE of melding_detail.tpl) for att of m. */
void melding_bijlage_show(struct req *req, struct tpl_dict *item, const struct melding *m,
			  const struct attachment *att);

/* POST /meldingen/{id}/bijlagen/{bijlage}/bijschrift */
int handle_melding_bijschrift(struct req *req);
extern const struct field_spec melding_bijschrift_fields[];

#endif
