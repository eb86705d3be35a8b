/*
 * initiatieven.c - PLACEHOLDER for issue 18 (the helper for this part replaces this file).
 */
#include "web/wijkmonitor.h"

void initiatief_profile_show(struct req *req, struct tpl_dict *d, const struct area *a, int jaar)
{
	(void)req; (void)d; (void)a; (void)jaar;
}

void initiatief_profile_json(struct req *req, cJSON *obj, const struct area *a, int jaar)
{
	(void)req; (void)obj; (void)a; (void)jaar;
}
