/*
 * seed.c - the demo organisation: a fictional gemeente "Voorbeeldstad"
 * (CBS gemeente code 9999, which no real gemeente has), three wijken with
 * their buurten and a complex, four partner organisations and a user for
 * every role, and the corporation's address register: 344 homes on
 * Dutch streets, generated the same way every time (seed_addresses()).
 * `seed --demo` adds a team's recent past (demo.h) and the map of the
 * wijken (kaart.h); `seed --organisation` stops at the organisation.
 */
#include "seed/seed.h"
#include "seed/demo.h"
#include "seed/kaart.h"
#include "auth/password.h"
#include "auth/policy.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "store/melding.h"
#include "domain/validate.h"
#include "lib/log.h"
#include "store/audit.h"
#include "store/user.h"
#include "lib/clock.h"

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

/*
 * The register: per street its buurt (and complex), the first postcode,
 * the house numbers (from..to by step) and the toevoegingen each number has
 * ("" for none; "ABCD" for four flats behind one door). Every 20 homes take
 * the next postcode, as PostNL's ranges do. Stationsweg is the border of
 * Centrum and Oost: its even side (Centrum) and odd side (Oost) share
 * postcode 9992 AB, so a neighbour at a number the register does not know
 * lands in "onbekend" (DESIGN.md), e.g. 9992 AB 62.
 */
static const struct {
	const char *buurt, *complex, *straat, *postcode;
	int from, to, step;
	const char *toevoegingen;
} streets[] = {
	{ "BU99990101", NULL, "Kerkstraat", "9991 AA", 1, 30, 1, "" },
	{ "BU99990101", NULL, "Marktplein", "9991 AC", 1, 12, 1, "" },
	{ "BU99990101", NULL, "Marktplein", "9991 AD", 2, 12, 2, "A" },     /* the homes above the shops */
	{ "BU99990101", NULL, "Molenstraat", "9991 AE", 2, 30, 2, "" },
	{ "BU99990102", NULL, "Stationsweg", "9992 AB", 50, 56, 2, "" },
	{ "BU99990102", NULL, "Spoorlaan", "9992 AC", 1, 24, 1, "" },
	{ "BU99990102", NULL, "Emmaplein", "9992 AE", 1, 16, 1, "" },
	{ "BU99990201", NULL, "Tulpstraat", "9993 BA", 1, 24, 1, "" },
	{ "BU99990201", NULL, "Rozenlaan", "9993 BC", 2, 40, 2, "" },
	{ "BU99990201", NULL, "Narcissenstraat", "9993 BD", 1, 15, 1, "" },
	{ "BU99990202", NULL, "Merelstraat", "9994 CA", 1, 20, 1, "" },
	{ "BU99990202", NULL, "Lijsterlaan", "9994 CB", 1, 18, 1, "" },
	{ "BU99990202", "C-1042", "Akkerlaan", "9994 CC", 2, 30, 2, "ABCD" },   /* the De Akkers flats */
	{ "BU99990301", NULL, "Parklaan", "9995 DA", 1, 24, 1, "" },
	{ "BU99990301", NULL, "Vijverstraat", "9995 DC", 1, 14, 1, "" },
	{ "BU99990302", NULL, "Stationsweg", "9992 AB", 51, 57, 2, "" },
	{ "BU99990302", NULL, "Havenstraat", "9995 EA", 1, 26, 1, "" },
	{ "BU99990302", NULL, "Kadeweg", "9995 EC", 2, 24, 2, "" },
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

static const char SQL_ADDRESS[] =
	"INSERT INTO address(postcode, huisnummer, toevoeging, straat, woonplaats, buurt_id, complex_id, bag_id)"
	" VALUES (?, ?, ?, ?, 'Voorbeeldstad', (SELECT id FROM area WHERE code = ?),"
	" (SELECT id FROM area WHERE code = ?), ?)";
/* Here the register is the whole stock, so each area has as many homes as the register puts in it. */
static const char SQL_AREA_WONINGEN[] =
	"UPDATE area SET woningen = CASE soort"
	" WHEN 'buurt' THEN (SELECT count(*) FROM address WHERE buurt_id = area.id)"
	" WHEN 'complex' THEN (SELECT count(*) FROM address WHERE complex_id = area.id)"
	" ELSE (SELECT count(*) FROM address a JOIN area b ON b.id = a.buurt_id WHERE b.wijk_id = area.id) END";

static void print_logins(void)
{
	printf("\nDemo-accounts (wachtwoord voor allemaal: %s):\n", SEED_DEMO_PASSWORD);
	for (size_t i = 0; i < sizeof(users) / sizeof(users[0]); i++)
		printf("  %-24s %s\n", users[i].role, users[i].email);
	printf("\n");
}

/* Inserts the streets' homes; returns how many, or -1. */
static int seed_addresses(struct db *db)
{
	int n = 0, bag = 0;

	for (size_t i = 0; i < sizeof(streets) / sizeof(streets[0]); i++) {
		const char *t = streets[i].toevoegingen;
		int per_number = t[0] ? (int)strlen(t) : 1, in_postcode = 0;
		char postcode[POSTCODE_LEN];

		snprintf(postcode, sizeof(postcode), "%s", streets[i].postcode);
		for (int nr = streets[i].from; nr <= streets[i].to; nr += streets[i].step) {
			for (int k = 0; k < per_number; k++) {
				char toevoeging[2] = { t[0] ? t[k] : '\0', '\0' }, bag_id[24], check[POSTCODE_LEN];
				if (in_postcode == 20) {
					postcode[6]++;   /* the next range: 9994 CC -> 9994 CD */
					in_postcode = 0;
				}
				if (postcode_normalize(postcode, check) < 0)
					return log_error("demo postcode %s is not valid", postcode);
				snprintf(bag_id, sizeof(bag_id), "9999200000%06d", ++bag);
				if (db_exec(db, SQL_ADDRESS, "tittttt", postcode, nr, toevoeging, streets[i].straat,
					    streets[i].buurt, streets[i].complex, bag_id) < 0)
					return -1;
				in_postcode++;
				n++;
			}
		}
	}
	if (db_exec(db, SQL_AREA_WONINGEN, NULL) < 0)
		return -1;
	return n;
}

/*
 * A few standard texts for messages to melders (issue 17), which staff pick
 * on a melding's page: no greeting or closing (the message adds them), and
 * only the placeholders of domain/standaardtekst.h. A category's own text
 * goes in only when the category exists.
 */
static const char SQL_TEXT[] =
	"INSERT INTO standaardtekst(category_id, stap, titel, tekst, gewijzigd_op)"
	" SELECT (SELECT id FROM category WHERE code = ?1), ?2, ?3, ?4, ?5"
	" WHERE ?1 IS NULL OR EXISTS (SELECT 1 FROM category WHERE code = ?1)";
static const struct {
	const char *categorie, *stap, *titel, *tekst;
} texts[] = {
	{ NULL, "bevestiging", "Algemeen: wij gaan aan de slag",
	  "Een medewerker heeft uw melding {meldnummer} over {categorie} bekeken en gaat ermee aan de slag. "
	  "Uiterlijk {uiterlijk} hoort u wat wij wel en niet kunnen doen." },
	{ NULL, "terugkoppeling", "Algemeen: wat wij doen",
	  "Wij hebben uw melding {meldnummer} bekeken. [Schrijf hier wat wij wel en niet kunnen doen.]\n\n"
	  "Heeft u nog vragen? Bel ons op {telefoon} en noem uw meldnummer." },
	{ "geluid", "terugkoppeling", "Geluid: gesprek met de buren",
	  "Naar aanleiding van uw melding {meldnummer} hebben wij de bewoners in de buurt van {adres} gesproken. "
	  "Zij weten nu dat het geluid overlast geeft, vooral 's avonds en 's nachts.\n\n"
	  "Houdt de overlast aan? Schrijf het op in het overlastdagboek via uw persoonlijke link, "
	  "of bel ons op {telefoon}." },
	{ NULL, "afsluiting", "Algemeen: melding afgerond",
	  "Wij sluiten uw melding {meldnummer} af. [Schrijf hier wat er is gebeurd.]\n\n"
	  "Komt de overlast terug? Doe dan een nieuwe melding, of bel ons op {telefoon}." },
};

static int seed_texts(struct db *db, int64_t now)
{
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
		if (db_exec(db, SQL_TEXT, "ttttI", texts[i].categorie, texts[i].stap, texts[i].titel, texts[i].tekst,
			    now) < 0)
			return -1;
	return 0;
}

/* Areas, register, partners and users, inside the caller's transaction. Returns the number of addresses, or -1. */
static int load_organisation(struct db *db, const char *hash, int64_t now)
{
	int n_addresses;

	for (size_t i = 0; i < sizeof(areas) / sizeof(areas[0]); i++)
		if (db_exec(db, SQL_AREA, "ttttI", areas[i].code, areas[i].naam, areas[i].soort,
			    areas[i].parent, (int64_t)areas[i].woningen) < 0)
			return -1;
	/* Parents come first in the table, so one pass fills wijk_id top-down. */
	if (db_exec(db, SQL_AREA_WIJK, NULL) < 0 || db_exec(db, SQL_AREA_WIJK, NULL) < 0)
		return -1;
	if ((n_addresses = seed_addresses(db)) < 0)
		return -1;
	for (size_t i = 0; i < sizeof(partners) / sizeof(partners[0]); i++)
		if (db_exec(db, SQL_PARTNER, "ttttI", partners[i].naam, partners[i].soort,
			    partners[i].contact, partners[i].email, now) < 0)
			return -1;
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
			return -1;
		for (int a = 0; a < 3 && users[i].areas[a]; a++)
			if (user_add_area(db, u.id, users[i].areas[a]) != STORE_OK)
				return -1;
	}
	if (seed_texts(db, now) < 0)
		return -1;
	return n_addresses;
}

int seed_demo_load(struct db *db, enum seed_demo_kind kind, const struct config *cfg)
{
	char hash[PASSWORD_HASH_MAX];
	struct user probe;
	int64_t now = clock_now();
	int n_addresses, full = kind == SEED_DEMO_FULL;

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
	if ((n_addresses = load_organisation(db, hash, now)) < 0)
		goto fail;
	/* The team's past goes in the same transaction: all of the demo or none of it. */
	/* The demo's past had its late notices then (issue 17): the sweep sends none for it now. */
	if (full && (seed_demo_story(db, cfg, now) < 0 || melding_mark_past_late(db, amsterdam_day(now)) != STORE_OK))
		goto fail;
	if (audit_record(db, &ACTOR_CLI(0), "aangemaakt", "demo", "", full ? "demo-gegevens met het afgelopen jaar geladen"
							       : "demo-organisatie geladen") < 0)
		goto fail;
	if (db_commit(db) < 0) {
		seed_demo_discard();
		return -1;
	}
	printf("Demo-gegevens geladen: %zu gebieden, %d adressen, %zu partners, %zu gebruikers.\n",
	       sizeof(areas) / sizeof(areas[0]), n_addresses, sizeof(partners) / sizeof(partners[0]),
	       sizeof(users) / sizeof(users[0]));
	if (full) {
		printf("%s\n", seed_demo_summary());
		/* The map loads through the /beheer/kaart import, which opens its own transaction. */
		if (seed_kaart(db, now) < 0)
			return -1;
	}
	print_logins();
	if (full && seed_demo_status_link()[0])
		printf("Zo ziet een melder zijn melding (statuslink zonder inloggen):\n  %s\n\n", seed_demo_status_link());
	return 0;
fail:
	db_rollback(db);
	seed_demo_discard();
	return log_error("demo data could not be loaded");
}

int seed_demo(struct db *db)
{
	return seed_demo_load(db, SEED_DEMO_ORGANISATION, NULL);
}
