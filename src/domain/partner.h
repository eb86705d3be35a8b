/*
 * partner.h - the kinds of partner organisation a corporation refers
 * cases to: a closed set, as identifiers for the database and the API and
 * as Dutch labels for the UI (kcgi-style tables indexed by the enum).
 */
#ifndef LEEFBAAR_PARTNER_H
#define LEEFBAAR_PARTNER_H

#include "lib/names.h"

enum partner_soort {
	PARTNER_SOCIAAL_WIJKTEAM,
	PARTNER_GGZ,
	PARTNER_ZORG,
	PARTNER_POLITIE,
	PARTNER_GEMEENTE,
	PARTNER_BUURTBEMIDDELING,
	PARTNER_VEILIGHEIDSHUIS,
	PARTNER_RIEC,
	PARTNER_MAATSCHAPPELIJK_WERK,
	PARTNER_SCHULDHULP,
	PARTNER_OVERIG,
	PARTNER__MAX
};

/*
 * ids: as stored and sent: "sociaal_wijkteam", "ggz", ...
 * labels: "Sociaal wijkteam", "GGZ", "Veiligheidshuis", "RIEC", ...
 * parse: the kind for an identifier (exact, lower case), or -1; NULL is -1.
 */
CLOSED_SET(partner_soort, PARTNER__MAX);

#endif
