/*
 * wijkmonitor.h - the blocks of the wijkprofiel (issue 18), one per part.
 *
 * The profile page /wijken/{code} (web/wijkprofiel.c) renders its own
 * figures and then asks each part to add its block: an include in
 * templates/wijkprofiel.tpl ({{>INZET}}, {{>VERTELLEN}}, ...) filled from
 * the part's own template. /api/v1/wijken/{code} asks each part to add
 * its key to the JSON object in the same way.
 *
 * a is the wijk or buurt shown; the caller checked that the actor may read
 * it (app/wijkmonitor.h, ACT_WIJK_READ). jaar is the year in view (the
 * profile's ?jaar=, default this year). A block whose read fails leaves
 * itself out (logged) and the rest of the page still shows.
 */
#ifndef LEEFBAAR_WEB_WIJKMONITOR_H
#define LEEFBAAR_WEB_WIJKMONITOR_H

#include <cjson/cJSON.h>

struct req;
struct tpl_dict;
struct area;

/* web/wijk_inzet.c: {{>INZET}} the inzetniveau with its history and, for the
 * coördinator, the form to change it; {{>VERTELLEN}} the dated entries and
 * the form to add one. JSON keys "inzetniveau" and "vertellen". */
void inzet_profile_show(struct req *req, struct tpl_dict *d, const struct area *a, int jaar);
void inzet_profile_json(struct req *req, cJSON *obj, const struct area *a, int jaar);

/* web/lbm.c: {{>LEEFBAROMETER}} the scores per year, class and trend per dimension. JSON key "leefbaarometer". */
void lbm_profile_show(struct req *req, struct tpl_dict *d, const struct area *a, int jaar);
void lbm_profile_json(struct req *req, cJSON *obj, const struct area *a, int jaar);

/* web/schouw.c: {{>SCHOUWEN}} planned and recent schouwen with their open findings. JSON key "schouwen". */
void schouw_profile_show(struct req *req, struct tpl_dict *d, const struct area *a, int jaar);
void schouw_profile_json(struct req *req, cJSON *obj, const struct area *a, int jaar);

/* web/initiatieven.c: {{>INITIATIEVEN}} initiatives under way and the fund of the year. JSON key "initiatieven". */
void initiatief_profile_show(struct req *req, struct tpl_dict *d, const struct area *a, int jaar);
void initiatief_profile_json(struct req *req, cJSON *obj, const struct area *a, int jaar);

/* web/budget.c: {{>BUDGET}} spend per home against the norm for the year. JSON key "budget". */
void budget_profile_show(struct req *req, struct tpl_dict *d, const struct area *a, int jaar);
void budget_profile_json(struct req *req, cJSON *obj, const struct area *a, int jaar);

#endif
