/*
 * melding.c - closed sets, state machine, terms and the validator (see melding.h).
 */
#include "domain/melding.h"
#include "domain/amsterdam.h"
#include "lib/names.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *const melding_status_ids[MS__MAX] = {
	"nieuw", "bevestigd", "in_behandeling", "teruggekoppeld", "afgesloten",
};
const char *const melding_status_labels[MS__MAX] = {
	"Nieuw", "Bevestigd", "In behandeling", "Teruggekoppeld", "Afgesloten",
};
const char *const melding_action_ids[MA__MAX] = {
	"bevestigen", "toewijzen", "notitie", "terugkoppelen", "afsluiten",
	"heropenen", "koppelen", "ontkoppelen",
};
const char *const kanaal_ids[KANAAL__MAX] = {
	"webformulier", "api", "telefoon", "email", "balie", "wijkbezoek",
	"intern_verhuur", "intern_incasso", "intern_technisch", "extern_partner", "extern_aannemer", "wijkschouw",
};
const char *const kanaal_labels[KANAAL__MAX] = {
	"Webformulier", "Website of app (API)", "Telefoon", "E-mail", "Balie", "Wijkbezoek of schouw",
	"Intern signaal: verhuur", "Intern signaal: incasso", "Intern signaal: technische dienst",
	"Extern: partner", "Extern: aannemer", "Wijkschouw",
};
const char *const pijler_ids[PIJLER__MAX] = {
	"fysiek", "sociaal_preventief", "sociaal_repressief", "samen_wonen",
};
const char *const pijler_labels[PIJLER__MAX] = {
	"Fysieke woonomgeving", "Sociale woonomgeving – preventief",
	"Sociale woonomgeving – repressief", "Samen wonen",
};

int melding_status_parse(const char *id) { return names_find(melding_status_ids, MS__MAX, id); }
int melding_action_parse(const char *id) { return names_find(melding_action_ids, MA__MAX, id); }
int kanaal_parse(const char *id) { return names_find(kanaal_ids, KANAAL__MAX, id); }
int pijler_parse(const char *id) { return names_find(pijler_ids, PIJLER__MAX, id); }

int melding_transition(enum melding_status from, enum melding_action a,
		       enum melding_status *to, const char **why)
{
	*to = from;
	*why = NULL;
	if ((unsigned)from >= MS__MAX || (unsigned)a >= MA__MAX) {
		*why = "Onbekende actie.";
		return -1;
	}
	switch (a) {
	case MA_NOTITIE:
	case MA_KOPPELEN:
	case MA_ONTKOPPELEN:
		return 0;
	case MA_BEVESTIGEN:
		if (from == MS_NIEUW) {
			*to = MS_BEVESTIGD;
			return 0;
		}
		*why = "Deze melding is al bevestigd.";
		return -1;
	case MA_TOEWIJZEN:
		if (from == MS_AFGESLOTEN) {
			*why = "Een afgesloten melding kunt u niet toewijzen. Heropen haar eerst.";
			return -1;
		}
		if (from == MS_BEVESTIGD)
			*to = MS_IN_BEHANDELING;
		return 0;
	case MA_TERUGKOPPELEN:
		/* Staff may write to the melder more than once (issue 17); only the first sets the KPI facts. */
		if (from != MS_AFGESLOTEN) {
			*to = MS_TERUGGEKOPPELD;
			return 0;
		}
		*why = "Een afgesloten melding kunt u niet terugkoppelen. Heropen haar eerst.";
		return -1;
	case MA_AFSLUITEN:
		if (from == MS_AFGESLOTEN) {
			*why = "Deze melding is al afgesloten.";
			return -1;
		}
		*to = MS_AFGESLOTEN;
		return 0;
	case MA_HEROPENEN:
		if (from == MS_AFGESLOTEN) {
			*to = MS_IN_BEHANDELING;
			return 0;
		}
		*why = "Alleen een afgesloten melding kunt u heropenen.";
		return -1;
	case MA__MAX:
		break;
	}
	*why = "Onbekende actie.";
	return -1;
}

void melding_due(const struct werkdagen_cal *cal, int32_t ontvangen, const struct terms *t, struct due *out)
{
	out->bevestigen = werkdagen_add(cal, ontvangen, t->bevestigen);
	out->terugkoppelen = werkdagen_add(cal, ontvangen, t->terugkoppelen);
	out->streef = werkdagen_add(cal, ontvangen, t->streef);
}

enum due_state melding_due_state(int32_t due, int32_t met_day, int32_t today)
{
	if (met_day >= 0)
		return met_day <= due ? DUE_MET : DUE_MET_LATE;
	if (today > due)
		return DUE_LATE;
	return today == due ? DUE_TODAY : DUE_OPEN;
}

/* Blank: NULL, empty or only whitespace. */
static int blank(const char *s)
{
	if (!s)
		return 1;
	while (*s && isspace((unsigned char)*s))
		s++;
	return *s == '\0';
}

static int truthy(const char *s)
{
	return s && (!strcmp(s, "1") || !strcasecmp(s, "true") || !strcasecmp(s, "ja") ||
		     !strcasecmp(s, "on") || !strcasecmp(s, "anoniem"));
}

/* Free text: valid UTF-8, within max bytes, no control characters but newline and tab. */
static const char *text_problem(const char *s, size_t max, const char *too_long)
{
	size_t n = strlen(s);

	if (n > max)
		return too_long;
	if (!utf8_valid(s, n))
		return "Deze tekst bevat tekens die wij niet kunnen lezen.";
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if ((*p < 0x20 && *p != '\n' && *p != '\r' && *p != '\t') || *p == 0x7f)
			return "Deze tekst bevat tekens die wij niet kunnen lezen.";
	return NULL;
}

int melding_validate(const struct melding_input *in, const struct melding_context *ctx,
		     struct melding_valid *out, struct field_errors *errs)
{
	const char *msg;

	memset(out, 0, sizeof(*out));
	errs->n = 0;

	/* What */
	if (blank(in->categorie)) {
		field_error_add(errs, "categorie", "Kies wat voor melding het is.");
	} else {
		for (size_t i = 0; i < ctx->n_categories; i++)
			if (!strcmp(ctx->categories[i], in->categorie))
				out->categorie = ctx->categories[i];
		if (!out->categorie)
			field_error_add(errs, "categorie", "Kies een van de soorten uit de lijst.");
	}
	if (blank(in->omschrijving))
		field_error_add(errs, "omschrijving", "Beschrijf wat er gebeurde.");
	else if ((msg = text_problem(in->omschrijving, MELDING_OMSCHRIJVING_MAX,
				     "Uw beschrijving is te lang: ten hoogste 5000 tekens. Maak haar korter.")))
		field_error_add(errs, "omschrijving", msg);
	else
		out->omschrijving = in->omschrijving;

	/* When */
	out->voorval = "";
	if (!blank(in->voorval)) {
		if ((msg = text_problem(in->voorval, MELDING_TEXT_MAX, "Te lang: ten hoogste 200 tekens.")))
			field_error_add(errs, "voorval", msg);
		else
			out->voorval = in->voorval;
	}

	/* Where: an address, or a description of the place, or both. */
	int has_pc = !blank(in->postcode), has_nr = !blank(in->huisnummer);
	int has_place = !blank(in->plaats);
	out->plaats = "";
	if (has_place) {
		if ((msg = text_problem(in->plaats, MELDING_TEXT_MAX, "Te lang: ten hoogste 200 tekens.")))
			field_error_add(errs, "plaats", msg);
		else
			out->plaats = in->plaats;
	}
	if (has_pc || has_nr || !blank(in->toevoeging)) {
		if (!has_pc)
			field_error_add(errs, "postcode", "Vul ook de postcode in, bijvoorbeeld 1234 AB.");
		else if (postcode_normalize(in->postcode, out->postcode) < 0)
			field_error_add(errs, "postcode", "Dit is geen Nederlandse postcode. Een postcode is 4 cijfers en 2 letters, bijvoorbeeld 1234 AB.");
		if (!has_nr)
			field_error_add(errs, "huisnummer", "Vul ook het huisnummer in.");
		else if (huisnummer_parse(in->huisnummer, &out->huisnummer) < 0)
			field_error_add(errs, "huisnummer", "Een huisnummer bestaat uit cijfers, bijvoorbeeld 12. Een letter of toevoeging hoort in het vak ernaast.");
		if (!blank(in->toevoeging) && toevoeging_normalize(in->toevoeging, out->toevoeging) < 0)
			field_error_add(errs, "toevoeging", "Een toevoeging is ten hoogste 4 letters of cijfers, bijvoorbeeld A of 2H.");
	} else if (!has_place) {
		field_error_add(errs, "postcode", "Vul een postcode en huisnummer in, of beschrijf de plek.");
	}
	if (field_error_for(errs, "postcode") || field_error_for(errs, "huisnummer")) {
		out->postcode[0] = '\0';
		out->huisnummer = 0;
	}

	/* Who */
	out->anoniem = truthy(in->anoniem);
	out->delen_met_partners = !out->anoniem && truthy(in->delen_met_partners);
	out->melder_naam = "";
	if (!out->anoniem) {
		int has_mail = !blank(in->melder_email), has_phone = !blank(in->melder_telefoon);
		if (blank(in->melder_naam))
			field_error_add(errs, "melder_naam", "Vul uw naam in, of kies voor anoniem melden.");
		else if ((msg = text_problem(in->melder_naam, 120, "Uw naam is te lang: ten hoogste 120 tekens.")))
			field_error_add(errs, "melder_naam", msg);
		else
			out->melder_naam = in->melder_naam;
		if (!has_mail && !has_phone)
			field_error_add(errs, "melder_email", "Vul een e-mailadres of telefoonnummer in, zodat wij u kunnen bereiken. Of kies voor anoniem melden.");
		if (has_mail) {
			const char *e = in->melder_email;
			while (isspace((unsigned char)*e))
				e++;
			size_t n = strlen(e);
			while (n && isspace((unsigned char)e[n - 1]))
				n--;
			if (n >= sizeof(out->melder_email))
				field_error_add(errs, "melder_email", "Dit e-mailadres is te lang.");
			else {
				memcpy(out->melder_email, e, n);
				out->melder_email[n] = '\0';
				if (!email_valid(out->melder_email))
					field_error_add(errs, "melder_email", "Dit e-mailadres klopt niet. Het ziet eruit als naam@voorbeeld.nl.");
			}
		}
		if (has_phone && phone_normalize(in->melder_telefoon, out->melder_telefoon) < 0)
			field_error_add(errs, "melder_telefoon", "Dit telefoonnummer klopt niet. Vul 10 cijfers in, bijvoorbeeld 06 12345678.");
	}

	/* Channel and moment: staff may say how and when it came in. */
	out->kanaal = ctx->default_kanaal;
	out->ontvangen_op = ctx->now;
	if (ctx->staff) {
		if (!blank(in->kanaal)) {
			int k = kanaal_parse(in->kanaal);
			if (k < 0)
				field_error_add(errs, "kanaal", "Kies een kanaal uit de lijst.");
			else
				out->kanaal = (enum kanaal)k;
		}
		if (!blank(in->ontvangen_op)) {
			int64_t t;
			if (moment_parse(in->ontvangen_op, &t) < 0)
				field_error_add(errs, "ontvangen_op", "Geef datum en tijd als 2026-03-01T14:30:00+01:00 (met tijdzone).");
			else if (t > ctx->now + 300)
				field_error_add(errs, "ontvangen_op", "Dit moment ligt in de toekomst.");
			else if (t < ctx->now - 366LL * 24 * 3600)
				field_error_add(errs, "ontvangen_op", "Dit moment ligt meer dan een jaar terug.");
			else
				out->ontvangen_op = t;
		}
	}
	return errs->n;
}

void melding_reference(int year, int64_t seq, char out[16])
{
	/*
	 * Six digits, more past 999,999 in a year (the number wrapped to
	 * 000000 there, and the next melding failed on a taken reference);
	 * 16 bytes hold eight.
	 */
	snprintf(out, 16, "M-%04u-%06llu", (unsigned)year % 10000u, (unsigned long long)seq % 100000000ull);
}

int64_t euros_parse(const char *s)
{
	char digits[32];
	size_t n = 0;
	int64_t euros = 0, cents = 0;
	int frac = -1;

	if (!s)
		return -1;
	while (isspace((unsigned char)*s))
		s++;
	if (!strncmp(s, "€", strlen("€")))
		s += strlen("€");
	while (isspace((unsigned char)*s))
		s++;
	/* The last ',' or '.' followed by one or two digits is the decimal mark. */
	const char *mark = NULL;
	for (const char *p = s; *p; p++)
		if (*p == ',' || *p == '.')
			mark = p;
	if (mark) {
		size_t after = strlen(mark + 1);
		if (after != 1 && after != 2)
			mark = NULL;   /* "1.234": a thousands separator */
	}
	for (const char *p = s; *p; p++) {
		if (p == mark) {
			frac = 0;
			continue;
		}
		if (isdigit((unsigned char)*p)) {
			if (frac >= 0) {
				cents = cents * 10 + (*p - '0');
				frac++;
			} else if (n < sizeof(digits) - 1) {
				digits[n++] = *p;
			} else {
				return -1;
			}
		} else if ((*p == '.' || *p == ',') && frac < 0 && p[1] && isdigit((unsigned char)p[1])) {
			continue;   /* thousands separator */
		} else if (isspace((unsigned char)*p) && !p[strspn(p, " \t")]) {
			break;
		} else {
			return -1;
		}
	}
	if (n == 0 && frac <= 0)
		return -1;
	if (n > 12)
		return -1;
	digits[n] = '\0';
	euros = n ? strtoll(digits, NULL, 10) : 0;
	if (frac == 1)
		cents *= 10;
	return euros * 100 + cents;
}

void euros_format(int64_t cents, char out[32])
{
	char raw[24], grouped[32];
	int64_t e = cents / 100;
	snprintf(raw, sizeof(raw), "%lld", (long long)e);
	size_t len = strlen(raw), j = 0;
	for (size_t i = 0; i < len; i++) {
		if (i && (len - i) % 3 == 0)
			grouped[j++] = '.';
		grouped[j++] = raw[i];
	}
	grouped[j] = '\0';
	snprintf(out, 32, "%.24s,%02u", grouped, (unsigned)(cents % 100) % 100u);
}
