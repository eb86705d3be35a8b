/*
 * melder_parts.c - the status page's parts owned by other files (web/melder.h).
 */
#include "web/melder.h"
#include "auth/secret.h"
#include "db/db.h"
#include "http/http.h"
#include "http/input.h"
#include "store/melding.h"

#include <string.h>

int melder_melding(struct req *req, struct melding *m)
{
	static const char GONE[] = "Deze link klopt niet (meer). Controleer of u de hele link heeft overgenomen.";
	const char *token = input_text(req, "token");
	struct db *db = db_thread();
	unsigned char hash[32];

	if (!db)
		return http_unavailable(req, "Probeer het over een paar minuten opnieuw.");
	if (!token || strlen(token) > 64)
		return http_error(req, 404, "Melding niet gevonden", GONE);
	secret_token_hash(token, hash);
	enum store_result r = melding_by_token(db, &req->arena, hash, m);
	if (r == STORE_ERROR)
		return http_unavailable(req, "Probeer het over een paar minuten opnieuw.");
	if (r != STORE_OK)
		return http_error(req, 404, "Melding niet gevonden", GONE);
	return 0;
}

void melder_status_parts(struct req *req, struct tpl_dict *d, const struct melding *m, const char *token)
{
	dagboek_status_show(req, d, m, token);
	tevredenheid_status_show(req, d, m, token);
}
