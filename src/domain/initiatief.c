/*
 * initiatief.c - statuses, criteria, the application's checks and the
 * fund's arithmetic (see initiatief.h).
 */
#include "domain/initiatief.h"
#include "domain/melding.h"
#include "domain/validate.h"

#include <stdio.h>
#include <string.h>

const char *const initiatief_status_ids[INI__MAX] = {
	[INI_INGEDIEND] = "ingediend", [INI_IN_BEHANDELING] = "in_behandeling", [INI_TOEGEKEND] = "toegekend",
	[INI_AFGEWEZEN] = "afgewezen", [INI_AFGEROND] = "afgerond", [INI_INGETROKKEN] = "ingetrokken",
};
const char *const initiatief_status_labels[INI__MAX] = {
	[INI_INGEDIEND] = "Ingediend", [INI_IN_BEHANDELING] = "In behandeling", [INI_TOEGEKEND] = "Toegekend",
	[INI_AFGEWEZEN] = "Afgewezen", [INI_AFGEROND] = "Afgerond", [INI_INGETROKKEN] = "Ingetrokken",
};
const char *const initiatief_status_uitleg[INI__MAX] = {
	[INI_INGEDIEND] = "Wij hebben uw aanvraag ontvangen. Een medewerker gaat haar bekijken.",
	[INI_IN_BEHANDELING] = "Een medewerker bekijkt uw aanvraag. Misschien nemen wij contact met u op met vragen.",
	[INI_TOEGEKEND] = "Uw aanvraag is toegekend. Hieronder staat welk bedrag en wat er al betaald is.",
	[INI_AFGEWEZEN] = "Uw aanvraag is afgewezen. Hieronder staat waarom.",
	[INI_AFGEROND] = "Uw initiatief is afgerond. Dank voor uw inzet voor de buurt.",
	[INI_INGETROKKEN] = "Uw aanvraag is ingetrokken.",
};

const char *const initiatief_criterium_ids[CRIT__MAX] = {
	[CRIT_BEWONERS] = "bewoners", [CRIT_DRAAGVLAK] = "draagvlak", [CRIT_LEEFBAARHEID] = "leefbaarheid",
	[CRIT_TIJDELIJK] = "tijdelijk", [CRIT_NIET_COMMERCIEEL] = "niet_commercieel", [CRIT_BEGROTING] = "begroting",
	[CRIT_VEILIG] = "veilig",
};
const char *const initiatief_criterium_labels[CRIT__MAX] = {
	[CRIT_BEWONERS] = "Door en voor bewoners",
	[CRIT_DRAAGVLAK] = "Draagvlak in de buurt",
	[CRIT_LEEFBAARHEID] = "Bijdrage aan leefbaarheid en samen wonen",
	[CRIT_TIJDELIJK] = "Eenmalig of tijdelijk",
	[CRIT_NIET_COMMERCIEEL] = "Geen commercieel of politiek doel",
	[CRIT_BEGROTING] = "Redelijke begroting",
	[CRIT_VEILIG] = "Veilig en met toestemming uitvoerbaar",
};
const char *const initiatief_criterium_hints[CRIT__MAX] = {
	[CRIT_BEWONERS] = "Bewoners bedenken en doen het zelf, voor hun eigen buurt of complex.",
	[CRIT_DRAAGVLAK] = "Meer buren steunen het of doen mee (handtekeningen, een bijeenkomst, helpers).",
	[CRIT_LEEFBAARHEID] = "Het maakt de buurt schoner, heler, veiliger of brengt buren samen.",
	[CRIT_TIJDELIJK] = "Een bijdrage voor een activiteit of aanschaf, geen vaste subsidie voor elk jaar.",
	[CRIT_NIET_COMMERCIEEL] = "Niemand verdient eraan; geen partijpolitiek of geloofsverkondiging.",
	[CRIT_BEGROTING] = "De kosten passen bij het plan; eigen inzet of andere bijdragen staan erbij.",
	[CRIT_VEILIG] = "Geen gevaar voor deelnemers; waar nodig is er toestemming (gemeente, eigenaar).",
};

const char *const toets_oordeel_ids[TOETS__MAX] = {
	[TOETS_OPEN] = "", [TOETS_VOLDAAN] = "voldaan", [TOETS_NIET_VOLDAAN] = "niet_voldaan",
};
const char *const toets_oordeel_labels[TOETS__MAX] = {
	[TOETS_OPEN] = "Nog niet beoordeeld", [TOETS_VOLDAAN] = "Voldaan", [TOETS_NIET_VOLDAAN] = "Niet voldaan",
};

const char *const boeking_soort_ids[BOEKING__MAX] = {
	[BOEKING_TOEKENNING] = "toekenning", [BOEKING_BETALING] = "betaling",
};
const char *const boeking_soort_labels[BOEKING__MAX] = {
	[BOEKING_TOEKENNING] = "Toekenning", [BOEKING_BETALING] = "Betaling",
};

static int parse_id(const char *const *ids, int n, const char *id)
{
	for (int i = 0; id && i < n; i++)
		if (ids[i][0] && !strcmp(ids[i], id))
			return i;
	return -1;
}

int initiatief_status_parse(const char *id) { return parse_id(initiatief_status_ids, INI__MAX, id); }
int initiatief_criterium_parse(const char *id) { return parse_id(initiatief_criterium_ids, CRIT__MAX, id); }
int toets_oordeel_parse(const char *id) { return parse_id(toets_oordeel_ids, TOETS__MAX, id); }
int boeking_soort_parse(const char *id) { return parse_id(boeking_soort_ids, BOEKING__MAX, id); }

int initiatief_status_lopend(enum initiatief_status s)
{
	return s == INI_INGEDIEND || s == INI_IN_BEHANDELING || s == INI_TOEGEKEND;
}

enum { LINE, TEXT };

/*
 * Trims in into out (size bytes): NULL when fine, else why not (static).
 * A line allows no control characters; a text allows line breaks.
 */
static const char *trim(const char *in, int kind, char *out, size_t size)
{
	const char *s = in ? in : "";
	size_t n;

	while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
		s++;
	n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
		n--;
	out[0] = '\0';
	if (n >= size)
		return "is te lang";
	if (!utf8_valid(s, n))
		return "bevat tekens die wij niet kunnen lezen";
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c < 0x20 && !(kind == TEXT && (c == '\n' || c == '\r' || c == '\t'))) || c == 0x7f)
			return kind == LINE ? "mag maar één regel zijn" : "bevat tekens die wij niet kunnen lezen";
	}
	memcpy(out, s, n);
	out[n] = '\0';
	return NULL;
}

/* One field: its trimmed value, or the message. */
static void field(struct field_errors *errs, const char *name, const char *in, int kind, char *out, size_t size,
		  const char *empty_msg, const char *long_msg, const char *bad_msg)
{
	const char *why = trim(in, kind, out, size);
	if (why && !strcmp(why, "is te lang"))
		field_error_add(errs, name, long_msg);
	else if (why)
		field_error_add(errs, name, bad_msg);
	else if (!out[0] && empty_msg)
		field_error_add(errs, name, empty_msg);
}

int initiatief_validate(const struct initiatief_input *in, struct initiatief_valid *out, struct field_errors *errs)
{
	int before = errs->n;
	char email[300], tel[40];

	memset(out, 0, sizeof(*out));
	field(errs, "titel", in->titel, LINE, out->titel, sizeof(out->titel),
	      "Geef uw initiatief een korte naam, bijvoorbeeld ‘Buurtmoestuin Lindenhof’.",
	      "De naam is te lang: hoogstens 120 tekens.", "Typ de naam op één regel, zonder vreemde tekens.");
	field(errs, "wat", in->wat, TEXT, out->wat, sizeof(out->wat),
	      "Beschrijf wat u wilt doen.", "De beschrijving is te lang: hoogstens 4000 tekens.",
	      "De beschrijving bevat tekens die wij niet kunnen lezen. Typ haar opnieuw.");
	field(errs, "waar", in->waar, LINE, out->waar, sizeof(out->waar), NULL,
	      "De plek is te lang: hoogstens 300 tekens.", "Typ de plek op één regel.");
	field(errs, "voor_wie", in->voor_wie, TEXT, out->voor_wie, sizeof(out->voor_wie),
	      "Vertel voor wie het initiatief is, bijvoorbeeld ‘de kinderen van de flat’ of ‘alle bewoners van de straat’.",
	      "Dit is te lang: hoogstens 1000 tekens.", "Dit bevat tekens die wij niet kunnen lezen. Typ het opnieuw.");

	const char *b = in->bedrag ? in->bedrag : "";
	while (*b == ' ')
		b++;
	if (!b[0])
		field_error_add(errs, "bedrag", "Vul het bedrag in dat u vraagt, bijvoorbeeld 250 of 250,00.");
	else if ((out->bedrag_cent = euros_parse(b)) < 0)
		field_error_add(errs, "bedrag", "Vul een bedrag in euro’s in, zoals 250 of 1.250,50.");
	else if (out->bedrag_cent == 0)
		field_error_add(errs, "bedrag", "Vraag een bedrag van meer dan 0 euro.");
	else if (out->bedrag_cent > INI_BEDRAG_MAX_CENT)
		field_error_add(errs, "bedrag", "Het fonds geeft hoogstens 50.000 euro per initiatief. Vraag minder, of bel ons.");

	field(errs, "naam", in->naam, LINE, out->naam, sizeof(out->naam), "Vul uw naam in.",
	      "Uw naam is te lang: hoogstens 120 tekens.", "Typ uw naam op één regel.");

	field(errs, "email", in->email, LINE, email, sizeof(email), NULL,
	      "Het e-mailadres is te lang.", "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.");
	if (email[0] && !email_valid(email))
		field_error_add(errs, "email", "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl, of laat het leeg.");
	else if (strlen(email) < sizeof(out->email))
		memcpy(out->email, email, strlen(email) + 1);

	field(errs, "telefoon", in->telefoon, LINE, tel, sizeof(tel), NULL,
	      "Vul een Nederlands telefoonnummer in, zoals 06 12345678.", "Vul een Nederlands telefoonnummer in, zoals 06 12345678.");
	if (tel[0] && phone_normalize(tel, out->telefoon) < 0)
		field_error_add(errs, "telefoon", "Vul een Nederlands telefoonnummer in, zoals 06 12345678 of 010 1234567.");
	if (!field_error_for(errs, "email") && !field_error_for(errs, "telefoon") && !email[0] && !tel[0])
		field_error_add(errs, "email", "Vul uw e-mailadres of telefoonnummer in, zodat wij u kunnen bereiken.");
	return errs->n - before;
}

void initiatief_reference(int year, int64_t seq, char out[16])
{
	snprintf(out, 16, "I-%04d-%04lld", year % 10000, (long long)(seq % 10000));
}

void fonds_sum(const struct boeking *rows, size_t n, struct fonds_totaal *t)
{
	for (size_t i = 0; i < n; i++) {
		if (rows[i].soort == BOEKING_TOEKENNING)
			t->toegekend_cent += rows[i].bedrag_cent;
		else
			t->besteed_cent += rows[i].bedrag_cent;
	}
}

int64_t fonds_resterend(int64_t budget_cent, const struct fonds_totaal *t)
{
	return budget_cent - t->toegekend_cent;
}

const char *fonds_check_toekenning(int64_t bedrag, int64_t gevraagd, const char *reden)
{
	if (bedrag < 0)
		return "Vul het bedrag in euro’s in, zoals 250 of 1.250,50.";
	if (bedrag == 0)
		return "Ken een bedrag van meer dan 0 euro toe, of wijs de aanvraag af.";
	if (bedrag > INI_BEDRAG_MAX_CENT)
		return "Het fonds geeft hoogstens 50.000 euro per initiatief.";
	if (bedrag > gevraagd && (!reden || !reden[0]))
		return "Dit is meer dan gevraagd. Schrijf bij de reden waarom.";
	return NULL;
}

/* The totals of the rows, and whether row `id` is one of them (its index, or -1). */
static int find(const struct boeking *rows, size_t n, int64_t id)
{
	for (size_t i = 0; i < n; i++)
		if (rows[i].id == id)
			return (int)i;
	return -1;
}

const char *fonds_check_betaling(int64_t bedrag, const struct boeking *rows, size_t n)
{
	struct fonds_totaal t = { 0 };

	if (bedrag < 0)
		return "Vul het bedrag in euro’s in, zoals 250 of 1.250,50.";
	if (bedrag == 0)
		return "Vul een bedrag van meer dan 0 euro in.";
	fonds_sum(rows, n, &t);
	if (t.besteed_cent + bedrag > t.toegekend_cent)
		return "Met deze betaling wordt meer betaald dan is toegekend. Corrigeer eerst de toekenning.";
	return NULL;
}

const char *fonds_check_correctie(int64_t van, int64_t verschil, const struct boeking *rows, size_t n,
				  enum boeking_soort *soort)
{
	struct fonds_totaal t = { 0 };
	int i = find(rows, n, van);

	if (i < 0)
		return "Kies de boeking die u corrigeert.";
	if (rows[i].correctie_van)
		return "Kies de oorspronkelijke boeking, niet een eerdere correctie.";
	*soort = rows[i].soort;
	if (verschil == 0)
		return "Vul het verschil in, bijvoorbeeld -50,00 om 50 euro minder te boeken.";
	int64_t row = rows[i].bedrag_cent;
	for (size_t j = 0; j < n; j++)
		if (rows[j].correctie_van == van)
			row += rows[j].bedrag_cent;
	if (row + verschil < 0)
		return "Na deze correctie zou de boeking onder 0 euro komen.";
	fonds_sum(rows, n, &t);
	if (rows[i].soort == BOEKING_TOEKENNING)
		t.toegekend_cent += verschil;
	else
		t.besteed_cent += verschil;
	if (t.besteed_cent > t.toegekend_cent)
		return "Na deze correctie is er meer betaald dan toegekend.";
	return NULL;
}

void fonds_bedrag(int64_t cents, char out[32])
{
	char abs[32];
	euros_format(cents < 0 ? -cents : cents, abs);
	snprintf(out, 32, "%s%.30s", cents < 0 ? "-" : "", abs);
}

int fonds_parse_verschil(const char *s, int64_t *cents)
{
	int neg = 0;

	if (!s)
		return -1;
	while (*s == ' ')
		s++;
	if (*s == '-' || *s == '+') {
		neg = *s == '-';
		s++;
	} else if (!strncmp(s, "\u2212", strlen("\u2212"))) {   /* the minus sign a phone may type */
		neg = 1;
		s += strlen("\u2212");
	}
	int64_t v = euros_parse(s);
	if (v < 0)
		return -1;
	*cents = neg ? -v : v;
	return 0;
}
