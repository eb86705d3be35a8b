/*
 * partner.c - the kinds of partner organisation (see partner.h).
 */
#include "domain/partner.h"
#include "lib/names.h"

#include <string.h>

const char *const partner_soort_ids[PARTNER__MAX] = {
	[PARTNER_SOCIAAL_WIJKTEAM] = "sociaal_wijkteam",
	[PARTNER_GGZ] = "ggz",
	[PARTNER_ZORG] = "zorg",
	[PARTNER_POLITIE] = "politie",
	[PARTNER_GEMEENTE] = "gemeente",
	[PARTNER_BUURTBEMIDDELING] = "buurtbemiddeling",
	[PARTNER_VEILIGHEIDSHUIS] = "veiligheidshuis",
	[PARTNER_RIEC] = "riec",
	[PARTNER_MAATSCHAPPELIJK_WERK] = "maatschappelijk_werk",
	[PARTNER_SCHULDHULP] = "schuldhulp",
	[PARTNER_OVERIG] = "overig",
};

const char *const partner_soort_labels[PARTNER__MAX] = {
	[PARTNER_SOCIAAL_WIJKTEAM] = "Sociaal wijkteam",
	[PARTNER_GGZ] = "GGZ",
	[PARTNER_ZORG] = "Zorg",
	[PARTNER_POLITIE] = "Politie",
	[PARTNER_GEMEENTE] = "Gemeente",
	[PARTNER_BUURTBEMIDDELING] = "Buurtbemiddeling",
	[PARTNER_VEILIGHEIDSHUIS] = "Veiligheidshuis",
	[PARTNER_RIEC] = "RIEC",
	[PARTNER_MAATSCHAPPELIJK_WERK] = "Maatschappelijk werk",
	[PARTNER_SCHULDHULP] = "Schuldhulpverlening",
	[PARTNER_OVERIG] = "Overig",
};

int partner_soort_parse(const char *id)
{
	return names_find(partner_soort_ids, PARTNER__MAX, id);
}
