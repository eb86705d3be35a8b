/*
 * melder_parts.c - the status page's parts owned by other files (web/melder.h).
 */
#include "web/melder.h"

void melder_status_parts(struct req *req, struct tpl_dict *d, const struct melding *m, const char *token)
{
	dagboek_status_show(req, d, m, token);
	tevredenheid_status_show(req, d, m, token);
}
