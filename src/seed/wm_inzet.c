/*
 * wm_inzet.c - the demo's inzetniveaus and vertellen entries (issue 18,
 * seed/wijkmonitor.h): every wijk on basis since last winter's yearly
 * review, Noord raised to extra in the spring with its reason, Oost
 * going grootschalig in two months (a decision already taken), and a year
 * of stories from the three sources, written as app/wijk_inzet.c writes
 * them. The buurten follow their wijk's level.
 */
#include "seed/wijkmonitor.h"
#include "seed/demo.h"
#include "db/db.h"
#include "lib/log.h"
#include "store/wijk_inzet.h"

static const char SQL_AREA[] = "SELECT id FROM area WHERE code = ?";
static const char SQL_PARTNER[] = "SELECT id FROM partner WHERE soort = ? ORDER BY id LIMIT 1";

static const struct {
	enum demo_wijk wijk;
	enum inzet_niveau niveau;
	int vanaf, decided;           /* days from today: when it starts, when it was recorded */
	const char *reden;
} levels[] = {
	{ WIJK_CENTRUM, INZET_BASIS, -330, -335,
	  "Jaarlijkse vaststelling met gemeente en huurdersorganisatie: meldingen rond het gemiddelde, "
	  "schoon, heel en veilig op orde." },
	{ WIJK_NOORD, INZET_BASIS, -330, -335,
	  "Jaarlijkse vaststelling met gemeente en huurdersorganisatie: de basis op orde houden." },
	{ WIJK_OOST, INZET_BASIS, -330, -335,
	  "Jaarlijkse vaststelling met gemeente en huurdersorganisatie: de basis op orde houden." },
	{ WIJK_NOORD, INZET_EXTRA, -120, -125,
	  "Meldingen over vervuiling en overlast in de Vogelwijk zijn sinds de winter verdubbeld; bewoners en het "
	  "wijkteam vertellen over vereenzaming rond De Akkers. Extra: project schone entrees en een "
	  "bewonerscommissie opstarten, over een half jaar opnieuw bekijken." },
	{ WIJK_OOST, INZET_GROOTSCHALIG, 60, -10,
	  "Met de gemeente besloten: herstructurering van Havenkant (sloop en nieuwbouw van 120 woningen) met een "
	  "sociaal plan en een integrale aanpak van wonen, welzijn en veiligheid." },
};

static const struct {
	enum demo_wijk wijk;
	const char *buurt;            /* NULL: the wijk itself */
	int day;                      /* days from today */
	enum vertellen_bron bron;
	const char *partner_soort;    /* for BRON_PARTNER */
	enum vertellen_aanleiding aanleiding;
	enum demo_who who;
	const char *tekst;
} entries[] = {
	{ WIJK_NOORD, "BU99990202", -300, BRON_WIJKBEHEERDER, NULL, AANL_SCHOUW, WHO_SOCIAAL,
	  "Achterpaden Merelstraat vol grofvuil; twee lantaarns bij de speeltuin kapot. Gemeld en binnen twee weken hersteld." },
	{ WIJK_CENTRUM, "BU99990102", -250, BRON_WIJKBEHEERDER, NULL, AANL_SCHOUW, WHO_WIJKBEHEER,
	  "Binnenstad op orde. Stationskwartier: fietswrakken en graffiti in de onderdoorgang Spoorlaan; met de "
	  "gemeente afgesproken die elk kwartaal op te ruimen." },
	{ WIJK_NOORD, NULL, -200, BRON_BEWONERS, NULL, AANL_BIJEENKOMST, WHO_SOCIAAL,
	  "Bewonersavond in het buurthuis, 24 bewoners: zorgen over drugsoverlast in de portieken van De Akkers en "
	  "jongeren die 's avonds rondhangen. Ze vragen om betere verlichting en een vast aanspreekpunt." },
	{ WIJK_OOST, "BU99990302", -180, BRON_PARTNER, "buurtbemiddeling", AANL_HUISBEZOEK, WHO_LEEFBAAR,
	  "Buurtbemiddeling bemiddelde in drie burenruzies aan de Havenstraat; de bewoners noemen de gehorige "
	  "woningen als bron." },
	{ WIJK_NOORD, NULL, -150, BRON_PARTNER, "sociaal_wijkteam", AANL_SPREEKUUR, WHO_SOCIAAL,
	  "Het wijkteam ziet meer aanmeldingen van oudere alleenstaanden uit de Vogelwijk met schulden en "
	  "eenzaamheid; samen huisbezoeken afgesproken." },
	{ WIJK_CENTRUM, "BU99990101", -90, BRON_BEWONERS, NULL, AANL_SPREEKUUR, WHO_WIJKBEHEER,
	  "Huurders boven de winkels aan het Marktplein klagen over geluid van de horeca na middernacht en voelen "
	  "zich niet gehoord door de gemeente." },
	{ WIJK_NOORD, "BU99990202", -60, BRON_WIJKBEHEERDER, NULL, AANL_SCHOUW, WHO_SOCIAAL,
	  "Na de extra inzet: de entrees van De Akkers zijn schoon en de nieuwe verlichting brandt. Grofvuil bij de "
	  "containers blijft terugkomen." },
	{ WIJK_OOST, NULL, -40, BRON_BEWONERS, NULL, AANL_BIJEENKOMST, WHO_LEEFBAAR,
	  "Informatieavond over de herstructurering van Havenkant: bewoners willen weten of ze terug kunnen keren "
	  "en vragen om een vaste contactpersoon." },
	{ WIJK_CENTRUM, NULL, -20, BRON_PARTNER, "politie", AANL_BIJEENKOMST, WHO_WIJKBEHEER,
	  "Wijkagent: minder overlast rond het station sinds de camera's er hangen, wel meer fietsendiefstal." },
};

int seed_wm_inzet(struct demo *d)
{
	int64_t id;

	for (size_t i = 0; i < sizeof(levels) / sizeof(levels[0]); i++) {
		int64_t op = demo_workday_moment(d, d->today + levels[i].decided, 0, 14 * 60);
		if (wijk_inzet_insert(d->db, d->wijk[levels[i].wijk], levels[i].niveau, d->today + levels[i].vanaf,
				      levels[i].reden, d->user[WHO_COORDINATOR], op, &id) != STORE_OK)
			goto fail;
	}
	for (size_t i = 0; i < sizeof(entries) / sizeof(entries[0]); i++) {
		int64_t area = entries[i].buurt ? db_int(d->db, SQL_AREA, 0, "t", entries[i].buurt) : d->wijk[entries[i].wijk];
		int64_t partner = entries[i].partner_soort ? db_int(d->db, SQL_PARTNER, 0, "t", entries[i].partner_soort) : 0;
		int32_t day = d->today + entries[i].day;
		int64_t op = demo_workday_moment(d, day, 1, 9 * 60 + 30);
		/* Without its partner organisation an observation would break the table's rule: the writer's own reading instead. */
		enum vertellen_bron bron = entries[i].bron == BRON_PARTNER && !partner ? BRON_WIJKBEHEERDER : entries[i].bron;
		if (!area || op >= d->cutoff)
			continue;
		if (wijk_vertellen_insert(d->db, area, day, bron, partner, entries[i].aanleiding, entries[i].tekst,
					  d->user[entries[i].who], op, &id) != STORE_OK)
			goto fail;
	}
	return 0;
fail:
	log_warn("demo: the inzetniveaus and vertellen entries were not written");
	return -1;
}
