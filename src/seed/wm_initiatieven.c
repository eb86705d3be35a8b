/*
 * wm_initiatieven.c - the demo's leefbaarheidsfonds (issue 18,
 * seed/wijkmonitor.h): a budget for every wijk this year and last year,
 * and two bewonersinitiatieven written as app/initiatief.c writes them -
 * a buurtmoestuin in Centrum, granted and partly paid, with a correction
 * of a payment (a ledger row of its own), and a straatfeest in Noord whose
 * assessment is under way.
 */
#include "seed/wijkmonitor.h"
#include "seed/demo.h"
#include "app/initiatief.h"
#include "auth/secret.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "lib/log.h"
#include "store/audit.h"
#include "store/fonds.h"
#include "store/initiatief.h"

#include <stdio.h>
#include <string.h>

#define DAG INT64_C(86400)

static const char SQL_AREA[] = "SELECT id FROM area WHERE code = ?";

/* Budgets in cents per wijk (Centrum, Noord, Oost): last year, this year. */
static const int64_t budgets[WIJK__MAX][2] = {
	[WIJK_CENTRUM] = { 1500000, 1800000 },
	[WIJK_NOORD] = { 2000000, 2500000 },
	[WIJK_OOST] = { 1500000, 1500000 },
};

/* A moment `days` before today's start at hour (Amsterdam roughly: the demo's past). */
static int64_t at(const struct demo *d, int days, int hour)
{
	return d->cutoff - (int64_t)days * DAG + hour * 3600;
}

static int64_t insert(struct demo *d, const struct initiatief_valid *v, const char *buurt, int64_t wijk, int64_t when)
{
	char token[48], ref[16];
	unsigned char hash[32];
	int64_t id = 0, buurt_id = 0;

	if (db_one(d->db, db_query(d->db, SQL_AREA, "t", buurt), NULL, db_read_int64, &buurt_id, "demo buurt") != 1)
		return -1;
	secret_random_b64(token, sizeof(token), 24);
	secret_token_hash(token, hash);
	struct initiatief_new n = { .v = v, .jaar = fonds_jaar_van(when), .wijk_id = wijk, .buurt_id = buurt_id,
				    .token_hash = hash, .now = when };
	if (initiatief_insert(d->db, &n, ref, &id) != STORE_OK)
		return -1;
	struct actor publiek = { .role = ROLE_ANONYMOUS, .ip = "192.0.2.10" };
	audit_record(d->db, &publiek, "aangemaakt", "initiatief", ref, "aanvraag leefbaarheidsfonds");
	return id;
}

static int book(struct demo *d, int64_t ini, enum boeking_soort soort, int64_t cent, int64_t van, int64_t when,
		const char *omschrijving)
{
	struct fonds_boeking row = { .b = { .soort = soort, .bedrag_cent = cent, .correctie_van = van },
				     .initiatief_id = ini, .dag = amsterdam_day(when), .omschrijving = omschrijving };
	if (fonds_boeking_add(d->db, &row, d->user[WHO_WIJKBEHEER], when) != STORE_OK)
		return -1;
	return (int)row.b.id;
}

int seed_wm_initiatieven(struct demo *d)
{
	int jaar = fonds_jaar_van(at(d, 1, 12));
	int64_t rows[3];

	for (int w = 0; w < WIJK__MAX; w++)
		for (int y = 0; y < 2; y++)
			if (fonds_budget_set(d->db, d->wijk[w], jaar - 1 + y, budgets[w][y], d->user[WHO_COORDINATOR],
					     at(d, y ? 60 : 400, 10)) != STORE_OK)
				goto fail;

	/* Centrum: granted 850 of the 900 asked, paid 500 and 300, the 300 corrected to 275. */
	struct initiatief_valid moestuin = {
		.titel = "Buurtmoestuin Kerkstraat",
		.wat = "Met twaalf buren willen we op het grasveld achter de Kerkstraat vier moestuinbakken bouwen en "
		       "samen groente kweken. De kinderen van de basisschool doen mee.",
		.waar = "Grasveld achter Kerkstraat 1-30",
		.voor_wie = "De bewoners van de Kerkstraat en de kinderen van de buurt",
		.bedrag_cent = 90000, .naam = "Fatima el Amrani", .email = "fatima.demo@voorbeeld.example",
	};
	int64_t when = at(d, 75, 19);
	int64_t a = insert(d, &moestuin, "BU99990101", d->wijk[WIJK_CENTRUM], when);
	if (a < 0)
		goto fail;
	for (int c = 0; c < CRIT__MAX; c++)
		if (initiatief_toets_set(d->db, a, (enum initiatief_criterium)c,
					 c == CRIT_BEGROTING ? TOETS_NIET_VOLDAAN : TOETS_VOLDAAN,
					 c == CRIT_BEGROTING ? "Gereedschap kan geleend worden bij het buurthuis: 50 euro minder." : "",
					 d->user[WHO_WIJKBEHEER], at(d, 62, 11)) != STORE_OK)
			goto fail;
	if (initiatief_decide(d->db, a, INI_TOEGEKEND, "Toegekend zonder het gereedschap, dat het buurthuis uitleent.",
			      d->user[WHO_WIJKBEHEER], at(d, 60, 14)) != STORE_OK)
		goto fail;
	if ((rows[0] = book(d, a, BOEKING_TOEKENNING, 85000, 0, at(d, 60, 14), "Toegekend zonder gereedschap")) < 0 ||
	    (rows[1] = book(d, a, BOEKING_BETALING, 50000, 0, at(d, 55, 10), "Voorschot voor hout en aarde")) < 0 ||
	    (rows[2] = book(d, a, BOEKING_BETALING, 30000, 0, at(d, 20, 10), "Zaden en planten")) < 0 ||
	    book(d, a, BOEKING_BETALING, -2500, rows[2], at(d, 18, 9), "Factuur van het tuincentrum was lager") < 0)
		goto fail;

	/* Noord: a straatfeest, assessed in part. */
	struct initiatief_valid feest = {
		.titel = "Straatfeest Vogelwijk",
		.wat = "Een middag voor de hele straat met een springkussen, muziek en een buffet waar iedereen iets "
		       "meeneemt. Zo leren nieuwe en oude bewoners elkaar kennen.",
		.waar = "Merelstraat, afgesloten voor verkeer",
		.voor_wie = "Alle bewoners van de Merelstraat en De Akkers",
		.bedrag_cent = 45000, .naam = "Kees Jansen", .telefoon = "0612345678",
	};
	int64_t b = insert(d, &feest, "BU99990202", d->wijk[WIJK_NOORD], at(d, 6, 20));
	if (b < 0 ||
	    initiatief_toets_set(d->db, b, CRIT_BEWONERS, TOETS_VOLDAAN, "", d->user[WHO_SOCIAAL], at(d, 3, 10)) != STORE_OK ||
	    initiatief_toets_set(d->db, b, CRIT_DRAAGVLAK, TOETS_VOLDAAN, "31 handtekeningen van buren.",
				 d->user[WHO_SOCIAAL], at(d, 3, 10)) != STORE_OK ||
	    initiatief_toets_set(d->db, b, CRIT_LEEFBAARHEID, TOETS_VOLDAAN, "Brengt oude en nieuwe bewoners samen.",
				 d->user[WHO_SOCIAAL], at(d, 3, 10)) != STORE_OK ||
	    initiatief_set_status(d->db, b, INI_IN_BEHANDELING, at(d, 3, 10)) != STORE_OK)
		goto fail;
	return 0;
fail:
	log_error("demo: the leefbaarheidsfonds could not be written");
	return -1;
}
