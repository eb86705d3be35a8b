/*
 * privacy_json.h - one person's records as JSON, for the inzage
 * (app/privacy.h): each part is one fixed query whose columns, named in
 * Dutch, become the keys of one object per row. Moments come out as ISO 8601
 * in UTC, days as YYYY-MM-DD.
 */
#ifndef LEEFBAAR_STORE_PRIVACY_JSON_H
#define LEEFBAAR_STORE_PRIVACY_JSON_H

#include <stdint.h>

struct cJSON;
struct db;

enum privacy_json_part {
	PJ_MELDING,           /* one melding the person reported, with the melder's details (id) */
	PJ_MELDING_OVER,      /* one melding about the person's address: no melder details (id) */
	PJ_TIJDLIJN,          /* a melding's timeline with its texts (id) */
	PJ_STAPPEN,           /* a melding's timeline, the steps only (id) */
	PJ_BERICHTEN,         /* the messages to a melding's melder (id) */
	PJ_BIJLAGEN,          /* a melding's files: names and sizes (id) */
	PJ_DOSSIER,           /* one dossier (id) */
	PJ_NOTITIES,          /* its journal (id) */
	PJ_INTERVENTIES,
	PJ_BRIEVEN,
	PJ_ESCALATIES,
	PJ_DOORVERWIJZINGEN,
	PJ_ACCOUNT,           /* a user account with this e-mail address (text) */
	PJ_DAGBOEK,           /* the melder's overlastdagboek of a melding (id; issue 17) */
	PJ_TEVREDENHEID,      /* the melder's satisfaction answers on a melding (id; issue 17) */
	PJ_INITIATIEF,        /* one bewonersinitiatief the person applied for, with its ledger (id; issue 18) */
	PJ__MAX
};

/* Appends an object per row of the part for id (or text) to the array into. 0/-1 (logged). */
int privacy_json(struct db *db, enum privacy_json_part part, int64_t id, const char *text, struct cJSON *into);

#endif
