/*
 * seed.c - the demo organisation: a fictional gemeente "Voorbeeldstad"
 * (CBS gemeente code 9999, which no real gemeente has), three wijken with
 * their buurten and a complex, four partner organisations and a user for
 * every role.
 */
#include "seed.h"
#include "auth/password.h"
#include "db/db.h"
#include "lib/log.h"
#include "store/audit.h"
#include "store/user.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

static const struct {
	const char *code, *naam, *soort, *parent;
	int woningen;
} areas[] = {
	{ "WK999901", "Centrum", "wijk", NULL, 1450 },
	{ "BU99990101", "Binnenstad", "buurt", "WK999901", 620 },
	{ "BU99990102", "Stationskwartier", "buurt", "WK999901", 830 },
	{ "WK999902", "Noord", "wijk", NULL, 2100 },
	{ "BU99990201", "Bloemenbuurt", "buurt", "WK999902", 940 },
	{ "BU99990202", "Vogelwijk", "buurt", "WK999902", 1160 },
	{ "C-1042", "Complex De Akkers (flats)", "complex", "BU99990202", 168 },
	{ "WK999903", "Oost", "wijk", NULL, 1720 },
	{ "BU99990301", "Parkzicht", "buurt", "WK999903", 910 },
	{ "BU99990302", "Havenkant", "buurt", "WK999903", 810 },
};

static const struct {
	const char *naam, *soort, *contact, *email;
} partners[] = {
	{ "Sociaal Wijkteam Voorbeeldstad", "sociaal_wijkteam", "Fatima El Amrani", "wijkteam@voorbeeldstad.example" },
	{ "GGZ Voorbeeld", "ggz", "Jeroen Bakker", "aanmelding@ggz-voorbeeld.example" },
	{ "Politie basisteam Voorbeeldstad", "politie", "wijkagent Van Dijk", "basisteam@politie.example" },
	{ "Buurtbemiddeling Voorbeeldstad", "buurtbemiddeling", "Marieke de Vries", "buurtbemiddeling@voorbeeldstad.example" },
};

static const struct {
	const char *email, *naam, *role, *partner, *areas[3];
} users[] = {
	{ "beheerder@voorbeeld.example", "Bram Beheer", "beheerder", NULL, { NULL } },
	{ "coordinator@voorbeeld.example", "Carla Coördinator", "coordinator", NULL, { NULL } },
	{ "ondersteuner@voorbeeld.example", "Olaf Ondersteuner", "ondersteuner", NULL, { NULL } },
	{ "sociaal@voorbeeld.example", "Sanne Sociaal", "sociaal_beheerder", NULL, { "WK999901", "WK999902", NULL } },
	{ "leefbaarheid@voorbeeld.example", "Lotte Leefbaar", "leefbaarheidsmedewerker", NULL, { "WK999903", NULL } },
	{ "wijkbeheer@voorbeeld.example", "Wim Wijkbeheer", "wijkbeheerder", NULL, { "WK999901", NULL } },
	{ "wijkbeheer.oost@voorbeeld.example", "Wendy Wijkbeheer", "wijkbeheerder", NULL, { "WK999903", NULL } },
	{ "wijkteam@voorbeeld.example", "Pieter Partner", "partner", "Sociaal Wijkteam Voorbeeldstad", { NULL } },
};

static const char SQL_AREA[] =
	"INSERT INTO area(code, naam, soort, parent_id, woningen)"
	" VALUES (?, ?, ?, (SELECT id FROM area WHERE code = ?), ?)";
static const char SQL_AREA_WIJK[] =
	"UPDATE area SET wijk_id = CASE soort WHEN 'wijk' THEN id"
	" ELSE (SELECT coalesce(p.wijk_id, p.id) FROM area p WHERE p.id = area.parent_id) END";
static const char SQL_PARTNER[] =
	"INSERT INTO partner(naam, soort, contact_naam, contact_email, created_at) VALUES (?, ?, ?, ?, ?)";
static const char SQL_PARTNER_ID[] = "SELECT id FROM partner WHERE naam = ?";

static void print_logins(void)
{
	printf("\nDemo-accounts (wachtwoord voor allemaal: %s):\n", SEED_DEMO_PASSWORD);
	for (size_t i = 0; i < sizeof(users) / sizeof(users[0]); i++)
		printf("  %-24s %s\n", users[i].role, users[i].email);
	printf("\n");
}

int seed_demo(struct db *db)
{
	char hash[PASSWORD_HASH_MAX];
	struct user probe;
	int64_t now = time(NULL);

	if (user_by_email(db, users[0].email, &probe) == STORE_OK) {
		print_logins();
		return 0;
	}
	if (user_count(db) > 0) {
		printf("Er zijn al gebruikers; geen demo-gegevens geladen.\n");
		return 0;
	}
	if (password_hash(SEED_DEMO_PASSWORD, hash) < 0 || db_begin(db) < 0)
		return -1;
	for (size_t i = 0; i < sizeof(areas) / sizeof(areas[0]); i++)
		if (db_exec(db, SQL_AREA, "ttttI", areas[i].code, areas[i].naam, areas[i].soort,
			    areas[i].parent, (int64_t)areas[i].woningen) < 0)
			goto fail;
	/* Parents come first in the table, so one pass fills wijk_id top-down. */
	if (db_exec(db, SQL_AREA_WIJK, NULL) < 0 || db_exec(db, SQL_AREA_WIJK, NULL) < 0)
		goto fail;
	for (size_t i = 0; i < sizeof(partners) / sizeof(partners[0]); i++)
		if (db_exec(db, SQL_PARTNER, "ttttI", partners[i].naam, partners[i].soort,
			    partners[i].contact, partners[i].email, now) < 0)
			goto fail;
	for (size_t i = 0; i < sizeof(users) / sizeof(users[0]); i++) {
		struct user u = { 0 };
		snprintf(u.email, sizeof(u.email), "%s", users[i].email);
		snprintf(u.naam, sizeof(u.naam), "%s", users[i].naam);
		u.role = (enum role)role_parse(users[i].role);
		u.active = 1;
		snprintf(u.password_hash, sizeof(u.password_hash), "%s", hash);
		if (users[i].partner)
			u.partner_id = db_int(db, SQL_PARTNER_ID, 0, "t", users[i].partner);
		if (user_create(db, &u) != STORE_OK)
			goto fail;
		for (int a = 0; a < 3 && users[i].areas[a]; a++)
			if (user_add_area(db, u.id, users[i].areas[a]) != STORE_OK)
				goto fail;
	}
	if (audit_record_cli(db, 0, "aangemaakt", "demo", "", "demo-gegevens geladen") < 0)
		goto fail;
	if (db_commit(db) < 0)
		return -1;
	printf("Demo-gegevens geladen: %zu gebieden, %zu partners, %zu gebruikers.\n",
	       sizeof(areas) / sizeof(areas[0]), sizeof(partners) / sizeof(partners[0]),
	       sizeof(users) / sizeof(users[0]));
	print_logins();
	return 0;
fail:
	db_rollback(db);
	return log_error("demo data could not be loaded");
}
