/*
 * schouw.c - the wijkschouw's checklist, status rules, checks and the
 * mapping of a finding to a melding (see schouw.h). No I/O, no clock.
 */
#include "domain/schouw.h"
#include "domain/calendar.h"
#include "domain/days.h"
#include "domain/fields.h"
#include "lib/names.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const schouw_status_ids[SS__MAX] = { "gepland", "gelopen", "afgerond" };
const char *const schouw_status_labels[SS__MAX] = { "Gepland", "Gelopen", "Afgerond" };
const char *const schouw_thema_ids[TH__MAX] = { "schoon", "heel", "veilig", "sociaal" };
const char *const schouw_thema_labels[TH__MAX] = { "Schoon", "Heel", "Veilig", "Sociaal" };
const char *const schouw_oordeel_ids[SO__MAX] = { "ok", "niet_ok", "nvt" };
const char *const schouw_oordeel_labels[SO__MAX] = { "In orde", "Niet in orde", "Niet van toepassing" };

int schouw_status_parse(const char *id)
{
	return names_find(schouw_status_ids, SS__MAX, id);
}

int schouw_thema_parse(const char *id)
{
	return names_find(schouw_thema_ids, TH__MAX, id);
}

int schouw_oordeel_parse(const char *id)
{
	return names_find(schouw_oordeel_ids, SO__MAX, id);
}

/*
 * What the parties look at on a walk, after the usual schouw forms of
 * gemeenten and corporaties: schoon (litter, bulky waste, entrances), heel
 * (damage, play areas, paving), veilig (light, doors, places that feel
 * unsafe) and sociaal (what residents say, worries, meeting places).
 */
const struct schouw_punt schouw_punten[SCHOUW_PUNTEN] = {
	{ "schoon_zwerfvuil", TH_SCHOON, "Ligt er zwerfvuil op straat, in het groen of bij de containers?", "zwerfvuil" },
	{ "schoon_grofvuil", TH_SCHOON, "Staat er grofvuil naast de containers of bij de entrees?", "zwerfvuil" },
	{ "schoon_portiek", TH_SCHOON, "Zijn portieken, galerijen en trappenhuizen schoon?", "vervuiling" },
	{ "schoon_tuinen", TH_SCHOON, "Zijn tuinen en balkons verzorgd?", "vervuiling" },
	{ "schoon_hondenpoep", TH_SCHOON, "Is er last van hondenpoep?", "huisdieren" },
	{ "heel_gevels", TH_HEEL, "Zijn gevels, deuren en ramen heel en zonder graffiti?", "vernieling" },
	{ "heel_speelplek", TH_HEEL, "Zijn speelplekken, bankjes en hekken heel?", "vernieling" },
	{ "heel_bestrating", TH_HEEL, "Zijn bestrating en paden heel en begaanbaar?", "vernieling" },
	{ "heel_groen", TH_HEEL, "Is het groen rond de complexen onderhouden?", "groen" },
	{ "heel_bellen", TH_HEEL, "Werken brievenbussen, bellen en intercoms?", "vernieling" },
	{ "veilig_verlichting", TH_VEILIG, "Werkt de verlichting in portieken, galerijen en op het terrein?", "verlichting" },
	{ "veilig_entrees", TH_VEILIG, "Sluiten entrees en bergingen goed af?", "vernieling" },
	{ "veilig_plekken", TH_VEILIG, "Zijn er plekken die onveilig voelen of waar mensen overlast hebben?", "overlast_overig" },
	{ "veilig_drugs", TH_VEILIG, "Zijn er tekenen van drugs of criminaliteit?", "drugs" },
	{ "veilig_vluchtwegen", TH_VEILIG, "Zijn vluchtwegen en galerijen vrij van spullen?", "vervuiling" },
	{ "sociaal_bewoners", TH_SOCIAAL, "Wat vertellen bewoners onderweg?", "overlast_overig" },
	{ "sociaal_zorgen", TH_SOCIAAL, "Zijn er zorgen om bewoners (verward gedrag, eenzaamheid, verwaarlozing)?", "zorgsignaal" },
	{ "sociaal_ontmoeting", TH_SOCIAAL, "Worden ontmoetingsplekken gebruikt? Is er behoefte aan een initiatief?", "bewonersinitiatief" },
};

const struct schouw_punt *schouw_punt_find(const char *code)
{
	for (int i = 0; code && i < SCHOUW_PUNTEN; i++)
		if (!strcmp(schouw_punten[i].code, code))
			return &schouw_punten[i];
	return NULL;
}

const char *schouw_thema_categorie(enum schouw_thema t)
{
	static const char *const cat[TH__MAX] = { "zwerfvuil", "vernieling", "overlast_overig", "overlast_overig" };
	return t < TH__MAX ? cat[t] : "overlast_overig";
}

int schouw_may_walk(enum schouw_status s)
{
	return s == SS_GEPLAND || s == SS_GELOPEN;
}

enum schouw_status schouw_after_walk(enum schouw_status s)
{
	return s == SS_GEPLAND ? SS_GELOPEN : s;
}

const char *schouw_afronden_refusal(enum schouw_status s, int n_findings, int undecided)
{
	if (s == SS_AFGEROND)
		return "Deze schouw is al afgerond.";
	if (s == SS_GEPLAND && n_findings == 0)
		return "Deze schouw is nog niet gelopen. Vul eerst de checklist in of leg een bevinding vast.";
	if (undecided == 1)
		return "Eén bevinding heeft nog geen vervolg. Maak er een melding of een afgesproken actie van.";
	if (undecided > 1)
		return "Nog niet elke bevinding heeft een vervolg. Maak van elke bevinding een melding of een "
		       "afgesproken actie.";
	return NULL;
}

static int blank(const char *s)
{
	if (!s)
		return 1;
	while (isspace((unsigned char)*s))
		s++;
	return !*s;
}

/* Too long, or holding control characters other than line breaks and tabs: a message, else NULL. */
static const char *text_problem(const char *s, size_t max, const char *too_long)
{
	if (strlen(s) > max)
		return too_long;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p < 0x20 && *p != '\n' && *p != '\r' && *p != '\t')
			return "Deze tekst bevat tekens die hier niet horen.";
	return NULL;
}

/* The organisations, split on lines and commas, trimmed, one per line in out; -1 with a message. */
static int deelnemers_join(const char *in, char *out, size_t size, const char **msg)
{
	size_t len = 0;
	int n = 0;

	out[0] = '\0';
	for (const char *p = in; *p;) {
		size_t k = strcspn(p, ",;\n\r");
		const char *s = p, *e = p + k;
		while (s < e && isspace((unsigned char)*s))
			s++;
		while (e > s && isspace((unsigned char)e[-1]))
			e--;
		if (e > s) {
			if ((size_t)(e - s) > SCHOUW_DEELNEMER_MAX) {
				*msg = "Een naam van een organisatie is te lang: ten hoogste 80 tekens.";
				return -1;
			}
			if (len + (size_t)(e - s) + 2 > size) {
				*msg = "Dit zijn te veel deelnemers voor één schouw.";
				return -1;
			}
			if (n++)
				out[len++] = '\n';
			memcpy(out + len, s, (size_t)(e - s));
			len += (size_t)(e - s);
			out[len] = '\0';
		}
		p += k;
		if (*p)
			p++;
	}
	if (!n) {
		*msg = "Noem ten minste één organisatie die meeloopt, bijvoorbeeld de gemeente of de huurdersorganisatie.";
		return -1;
	}
	return 0;
}

int schouw_plan_validate(const struct schouw_plan_fields *in, int32_t today, struct schouw_plan_valid *out,
			 struct field_errors *errs)
{
	int before = errs->n;
	const char *msg;

	memset(out, 0, sizeof(*out));
	if (blank(in->dag))
		field_error_add(errs, "dag", "Kies de dag van de schouw.");
	else if (days_parse(in->dag, &out->dag) < 0)
		field_error_add(errs, "dag", "Dit is geen datum. Schrijf haar als 2026-03-01.");
	else if (out->dag < today - SCHOUW_PLAN_PAST)
		field_error_add(errs, "dag", "Deze dag ligt meer dan een jaar terug.");
	else if (out->dag > today + SCHOUW_PLAN_AHEAD)
		field_error_add(errs, "dag", "Deze dag ligt meer dan twee jaar vooruit.");
	if (text_problem(in->deelnemers ? in->deelnemers : "", SCHOUW_DEELNEMERS_MAX,
			 "Deze lijst is te lang: ten hoogste 1000 tekens."))
		field_error_add(errs, "deelnemers", text_problem(in->deelnemers, SCHOUW_DEELNEMERS_MAX,
								 "Deze lijst is te lang: ten hoogste 1000 tekens."));
	else if (deelnemers_join(in->deelnemers ? in->deelnemers : "", out->deelnemers, sizeof(out->deelnemers), &msg) < 0)
		field_error_add(errs, "deelnemers", msg);
	out->toelichting = "";
	if (!blank(in->toelichting)) {
		if ((msg = text_problem(in->toelichting, SCHOUW_TEXT_MAX, "Te lang: ten hoogste 2000 tekens.")))
			field_error_add(errs, "toelichting", msg);
		else
			out->toelichting = in->toelichting;
	}
	return errs->n - before;
}

/* A coordinate as the browser writes it ("52.37403", "-0.5"); -1 when it is not one in [-lim, lim]. */
static int coordinate(const char *s, double lim, double *out)
{
	char *end;

	while (isspace((unsigned char)*s))
		s++;
	if (!*s || strlen(s) > 24)
		return -1;
	for (const char *p = s; *p; p++)
		if (!isdigit((unsigned char)*p) && *p != '.' && *p != '-' && *p != '+')
			return -1;
	double v = strtod(s, &end);
	if (*end || !isfinite(v) || v < -lim || v > lim)
		return -1;
	*out = v;
	return 0;
}

int schouw_finding_validate(const struct schouw_finding_fields *in, struct schouw_finding_valid *out,
			    struct field_errors *errs)
{
	int before = errs->n;
	const char *msg;
	int t = in->thema ? schouw_thema_parse(in->thema) : -1;

	memset(out, 0, sizeof(*out));
	out->punt = "";
	out->plek = "";
	if (t < 0)
		field_error_add(errs, "thema", blank(in->thema) ? "Kies een thema: schoon, heel, veilig of sociaal."
							 : "Kies een thema uit de lijst.");
	else
		out->thema = (enum schouw_thema)t;
	if (!blank(in->punt)) {
		const struct schouw_punt *p = schouw_punt_find(in->punt);
		if (!p)
			field_error_add(errs, "punt", "Kies een punt van de checklist, of geen.");
		else if (t >= 0 && p->thema != (enum schouw_thema)t)
			field_error_add(errs, "punt", "Dit punt hoort bij een ander thema. Kies een punt van het gekozen thema, of geen.");
		else
			out->punt = p->code;
	}
	if (blank(in->omschrijving))
		field_error_add(errs, "omschrijving", "Beschrijf wat u zag.");
	else if ((msg = text_problem(in->omschrijving, SCHOUW_TEXT_MAX, "Te lang: ten hoogste 2000 tekens.")))
		field_error_add(errs, "omschrijving", msg);
	else
		out->omschrijving = in->omschrijving;

	/* Where: the phone's position, an address, a described place; any of them, at least one. */
	int has_lat = !blank(in->lat), has_lon = !blank(in->lon);
	if (has_lat || has_lon) {
		if (!has_lat || !has_lon || coordinate(in->lat, 90, &out->lat) < 0 || coordinate(in->lon, 180, &out->lon) < 0)
			field_error_add(errs, "locatie", "De locatie van de telefoon is niet goed doorgekomen. "
					"Vul een adres in of beschrijf de plek.");
		else
			out->has_geo = 1;
	}
	int has_pc = !blank(in->postcode), has_nr = !blank(in->huisnummer);
	if (has_pc || has_nr || !blank(in->toevoeging)) {
		if (!has_pc)
			field_error_add(errs, "postcode", "Vul ook de postcode in, bijvoorbeeld 1234 AB.");
		else if (postcode_normalize(in->postcode, out->postcode) < 0)
			field_error_add(errs, "postcode", "Dit is geen Nederlandse postcode. Een postcode is 4 cijfers en 2 letters, bijvoorbeeld 1234 AB.");
		if (!has_nr)
			field_error_add(errs, "huisnummer", "Vul ook het huisnummer in.");
		else if (huisnummer_parse(in->huisnummer, &out->huisnummer) < 0)
			field_error_add(errs, "huisnummer", "Een huisnummer bestaat uit cijfers, bijvoorbeeld 12.");
		if (!blank(in->toevoeging) && toevoeging_normalize(in->toevoeging, out->toevoeging) < 0)
			field_error_add(errs, "toevoeging", "Een toevoeging is ten hoogste 4 letters of cijfers, bijvoorbeeld A of 2H.");
		if (field_error_for(errs, "postcode") || field_error_for(errs, "huisnummer")) {
			out->postcode[0] = '\0';
			out->huisnummer = 0;
		}
	}
	if (!blank(in->plek)) {
		if ((msg = text_problem(in->plek, SCHOUW_SHORT_MAX, "Te lang: ten hoogste 200 tekens.")))
			field_error_add(errs, "plek", msg);
		else
			out->plek = in->plek;
	}
	if (!has_lat && !has_lon && !has_pc && !has_nr && blank(in->plek))
		field_error_add(errs, "plek", "Geef aan waar het is: een adres (postcode en huisnummer) of een "
				"beschrijving van de plek.");
	return errs->n - before;
}

int schouw_actie_validate(const char *actie, const char *eigenaar, const char *dag, int32_t schouw_dag,
			  struct schouw_actie_valid *out, struct field_errors *errs)
{
	int before = errs->n;
	const char *msg;

	memset(out, 0, sizeof(*out));
	if (blank(actie))
		field_error_add(errs, "actie", "Beschrijf wat er is afgesproken.");
	else if ((msg = text_problem(actie, SCHOUW_TEXT_MAX, "Te lang: ten hoogste 2000 tekens.")))
		field_error_add(errs, "actie", msg);
	else
		out->actie = actie;
	if (blank(eigenaar))
		field_error_add(errs, "eigenaar", "Vul in wie de actie uitvoert: een persoon of organisatie.");
	else if ((msg = text_problem(eigenaar, SCHOUW_SHORT_MAX, "Te lang: ten hoogste 200 tekens.")))
		field_error_add(errs, "eigenaar", msg);
	else
		out->eigenaar = eigenaar;
	if (blank(dag))
		field_error_add(errs, "dag", "Kies de dag waarop de actie klaar moet zijn.");
	else if (days_parse(dag, &out->dag) < 0)
		field_error_add(errs, "dag", "Dit is geen datum. Schrijf haar als 2026-03-01.");
	else if (out->dag < schouw_dag)
		field_error_add(errs, "dag", "Deze dag ligt vóór de schouw. Kies een dag op of na de schouw.");
	else if (out->dag > schouw_dag + SCHOUW_PLAN_AHEAD)
		field_error_add(errs, "dag", "Deze dag ligt meer dan twee jaar na de schouw.");
	return errs->n - before;
}

void schouw_melding_input(const struct schouw_melding_src *src, struct schouw_melding_text *t,
			  struct melding_input *in)
{
	char dag[CALENDAR_DAY_LEN];
	const struct schouw_punt *p = schouw_punt_find(src->punt);
	const char *cat = src->categorie && src->categorie[0] ? src->categorie
			  : p ? p->categorie : schouw_thema_categorie(src->thema);

	calendar_day_long(src->dag, dag);
	memset(in, 0, sizeof(*in));
	snprintf(t->omschrijving, sizeof(t->omschrijving), "Bevinding van de wijkschouw van %s in %s (%s%s%s):\n%s",
		 dag, src->gebied, schouw_thema_labels[src->thema < TH__MAX ? src->thema : TH_SCHOON],
		 p ? ": " : "", p ? p->tekst : "", src->omschrijving);
	snprintf(t->voorval, sizeof(t->voorval), "Gezien tijdens de wijkschouw van %s", dag);
	t->plaats[0] = '\0';
	if (src->plek && src->plek[0] && src->has_geo)
		snprintf(t->plaats, sizeof(t->plaats), "%s (%.5f, %.5f)", src->plek, src->lat, src->lon);
	else if (src->plek && src->plek[0])
		snprintf(t->plaats, sizeof(t->plaats), "%s", src->plek);
	else if (src->has_geo)
		snprintf(t->plaats, sizeof(t->plaats), "Locatie van de telefoon: %.5f, %.5f", src->lat, src->lon);
	t->huisnummer[0] = '\0';
	if (src->postcode && src->postcode[0] && src->huisnummer > 0)
		snprintf(t->huisnummer, sizeof(t->huisnummer), "%d", src->huisnummer);
	in->categorie = cat;
	in->omschrijving = t->omschrijving;
	in->voorval = t->voorval;
	in->plaats = t->plaats;
	if (t->huisnummer[0]) {
		in->postcode = src->postcode;
		in->huisnummer = t->huisnummer;
		in->toevoeging = src->toevoeging ? src->toevoeging : "";
	}
	in->anoniem = "1";
	in->kanaal = "wijkschouw";
}
