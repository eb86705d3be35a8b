/*
 * wm_schouw.c - the demo's wijkschouwen (issue 18, seed/wijkmonitor.h): a
 * finished schouw of Stationskwartier (Centrum) five weeks ago with the
 * gemeente, the huurdersvereniging and the wijkagent - the whole checklist,
 * four findings, two of them meldingen with kanaal wijkschouw (written as
 * the intake writes any melding, their texts made by the same
 * schouw_melding_input() the page uses), two agreed actions of which one
 * is done - and a schouw of Noord planned in three weeks.
 *
 * The page files a finding's melding through intake_submit(), which runs
 * its own transaction; the demo is one transaction, so it writes the
 * melding with demo_melding_write() as the rest of the demo does.
 */
#include "seed/wijkmonitor.h"
#include "seed/demo.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/schouw.h"
#include "lib/log.h"
#include "store/schouw.h"

#include <string.h>

static const char SQL_AREA[] = "SELECT id FROM area WHERE code = ?";

struct demo_finding {
	const char *punt;
	const char *omschrijving, *plek;
	const char *postcode;          /* NULL: no address */
	int huisnummer;
	/* The outcome: a melding (categorie of the point), or an action. */
	int melding;
	const char *actie, *eigenaar;
	int due, done;                 /* days after the schouw; done 0: open */
};

static const struct demo_finding findings[] = {
	{ "veilig_verlichting", "Twee lampen in de onderdoorgang bij de Spoorlaan doen het niet; 's avonds is het er "
	  "aardedonker.", "Onderdoorgang Spoorlaan, kant station", NULL, 0, 1, NULL, NULL, 0, 0 },
	{ "schoon_grofvuil", "Fietswrakken, een matras en bouwafval naast de fietsenstalling.",
	  "Fietsenstalling Stationsweg", NULL, 0, 0, "Fietswrakken labelen en na twee weken weghalen; grofvuil ophalen.",
	  "Gemeente, team buitenruimte", 14, 9 },
	{ "heel_gevels", "Graffiti op de kopgevel en een kapotte ruit in de portiekdeur.", "", "9992 AC", 7, 1, NULL, NULL, 0, 0 },
	{ "sociaal_ontmoeting", "Bewoners vragen om bankjes en een picknicktafel bij het speelveld; ze willen het zelf "
	  "onderhouden.", "Speelveld Emmaplein", NULL, 0, 0,
	  "Bewoners helpen een aanvraag bij het leefbaarheidsfonds te schrijven.", "Huurdersvereniging Stationskwartier",
	  60, 0 },
};

/* Where a finding with only a place is placed: the schouw's buurt. */
static int write_melding(struct demo *d, const struct schouw *s, const char *gebied, const struct demo_finding *f,
			 const struct schouw_finding_valid *v, int64_t *melding_id)
{
	struct schouw_melding_text *t = arena_alloc(&d->arena, sizeof(*t));
	struct melding_input in;
	struct demo_melding m;
	struct demo_written w;
	struct schouw_melding_src src = {
		.dag = s->dag, .gebied = gebied, .thema = v->thema, .punt = v->punt, .omschrijving = v->omschrijving,
		.plek = v->plek, .postcode = v->postcode, .huisnummer = v->huisnummer, .toevoeging = v->toevoeging,
	};

	schouw_melding_input(&src, t, &in);
	demo_melding_init(&m);
	m.day = s->dag;
	m.minute = 11 * 60 + 40;
	m.intake_minutes = 90;             /* entered after the walk, back at the office */
	m.minute_seed = (int)(s->id * 31 + v->huisnummer);
	m.categorie = in.categorie;
	m.kanaal = KANAAL_WIJKSCHOUW;
	m.omschrijving = in.omschrijving;
	m.voorval = in.voorval;
	m.plaats = in.plaats;
	m.postcode = f->postcode;
	m.huisnummer = f->huisnummer;
	m.toevoeging = "";
	m.anoniem = 1;
	m.intake_by = WHO_WIJKBEHEER;
	if (!f->postcode) {
		/* Placed in the schouw's wijk and buurt at once, as the page does. */
		m.place_wijk = s->wijk_id;
		m.place_buurt = s->buurt_id;
		m.wd[STEP_PLAATSEN] = 0;
	}
	m.assignee = WHO_WIJKBEHEER;
	m.assign_by = WHO_WIJKBEHEER;
	m.wd[STEP_TOEWIJZEN] = 0;
	m.confirm_by = WHO_WIJKBEHEER;
	m.wd[STEP_BEVESTIGEN] = 1;
	m.wd[STEP_TERUGKOPPELEN] = f->postcode ? DEMO_NOT : 8;
	m.wd[STEP_AFSLUITEN] = f->postcode ? DEMO_NOT : 9;
	m.terugkoppeling = "De lampen in de onderdoorgang zijn vervangen. Dank voor het melden tijdens de wijkschouw.";
	if (demo_melding_write(d, &m, &w) < 0)
		return -1;
	*melding_id = w.id;
	return 0;
}

static int finished_schouw(struct demo *d)
{
	int64_t buurt = db_int(d->db, SQL_AREA, 0, "t", "BU99990102");
	int32_t dag = d->today - 35;
	int64_t at = amsterdam_day_start(dag) + 10 * 3600, id;
	struct schouw s;

	if (!buurt) {
		log_error("seed: wijkschouw: no buurt Stationskwartier");
		return -1;
	}
	if (schouw_insert(d->db, d->wijk[WIJK_CENTRUM], buurt, dag,
			  "Gemeente, team buitenruimte\nHuurdersvereniging Stationskwartier\nWijkagent",
			  "Vooraf gehoord: donkere plekken rond het station, grofvuil bij de stalling, bewoners die een "
			  "ontmoetingsplek missen.", d->user[WHO_WIJKBEHEER], at - 30 * 86400, &id) != STORE_OK ||
	    schouw_get(d->db, &d->arena, id, &s) != STORE_OK)
		return -1;
	/* The checklist: in order but for the points the findings are about, two not applicable. */
	for (int i = 0; i < SCHOUW_PUNTEN; i++) {
		enum schouw_oordeel o = SO_OK;
		for (size_t k = 0; k < sizeof(findings) / sizeof(findings[0]); k++)
			if (!strcmp(findings[k].punt, schouw_punten[i].code))
				o = SO_NIET_OK;
		if (!strcmp(schouw_punten[i].code, "schoon_tuinen") || !strcmp(schouw_punten[i].code, "veilig_vluchtwegen"))
			o = SO_NVT;
		if (schouw_oordeel_set(d->db, id, schouw_punten[i].code, o, d->user[WHO_WIJKBEHEER], at + 60 * i) != STORE_OK)
			return -1;
	}
	const char *gebied = "buurt Stationskwartier";
	for (size_t k = 0; k < sizeof(findings) / sizeof(findings[0]); k++) {
		const struct demo_finding *f = &findings[k];
		const struct schouw_punt *p = schouw_punt_find(f->punt);
		struct schouw_finding_valid v = { .thema = p->thema, .punt = p->code, .omschrijving = f->omschrijving,
						  .plek = f->plek, .huisnummer = f->huisnummer };
		int64_t b, melding;
		if (f->postcode)
			strcpy(v.postcode, f->postcode);
		if (schouw_bevinding_insert(d->db, id, &v, d->user[WHO_WIJKBEHEER], at + 1800 + 600 * (int64_t)k, &b) != STORE_OK)
			return -1;
		if (f->melding) {
			if (write_melding(d, &s, gebied, f, &v, &melding) < 0 ||
			    schouw_bevinding_set_melding(d->db, b, melding) != STORE_OK)
				return -1;
			continue;
		}
		struct schouw_actie_valid a = { .actie = f->actie, .eigenaar = f->eigenaar, .dag = dag + f->due };
		if (schouw_bevinding_set_actie(d->db, b, &a) != STORE_OK ||
		    (f->done && schouw_bevinding_actie_gedaan(d->db, b, dag + f->done) != STORE_OK))
			return -1;
	}
	return schouw_set_status(d->db, id, SS_AFGEROND, at + 2 * 86400) == STORE_OK ? 0 : -1;
}

int seed_wm_schouw(struct demo *d)
{
	int64_t id;

	if (finished_schouw(d) < 0) {
		log_error("seed: the demo's wijkschouw could not be written");
		return -1;
	}
	if (schouw_insert(d->db, d->wijk[WIJK_NOORD], 0, d->today + 21,
			  "Gemeente, team buitenruimte\nHuurdersvereniging Noord\nWijkteam\nBuurtbemiddeling",
			  "De Akkers: drugsoverlast in de portieken en verlichting; de Vogelwijk: de schone entrees van het "
			  "project na een half jaar.", d->user[WHO_SOCIAAL], d->cutoff - 3 * 86400, &id) != STORE_OK) {
		log_error("seed: the demo's planned wijkschouw could not be written");
		return -1;
	}
	return 0;
}
