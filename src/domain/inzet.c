/*
 * inzet.c - the inzetniveau and the vertellen entries (see inzet.h).
 */
#include "domain/inzet.h"
#include "domain/days.h"
#include "domain/fields.h"
#include "domain/validate.h"
#include "lib/parse.h"

#include <ctype.h>
#include <string.h>

const char *const inzet_niveau_ids[INZET__MAX] = { "basis", "extra", "grootschalig" };
const char *const inzet_niveau_labels[INZET__MAX] = { "Basis", "Extra", "Grootschalig" };
/* Seed 002's table: what the corporation does at each level, and how. */
const char *const inzet_niveau_uitleg[INZET__MAX] = {
	"Schoon, heel en veilig: de basis op orde houden. Reactief, incidenteel.",
	"Leefbaarheidsprojecten waar nodig, bovenop de basis. Proactief, incidenteel.",
	"Een integrale aanpak: herstructurering of wijkvernieuwing. Proactief, structureel.",
};

const char *const vertellen_bron_ids[BRON__MAX] = { "wijkbeheerder", "partner", "bewoners" };
const char *const vertellen_bron_labels[BRON__MAX] = {
	"Duiding van de wijkbeheerder", "Waarneming van een partner", "Stem van bewoners",
};

const char *const vertellen_aanleiding_ids[AANL__MAX] = { "schouw", "bijeenkomst", "spreekuur", "huisbezoek", "anders" };
const char *const vertellen_aanleiding_labels[AANL__MAX] = {
	"Wijkschouw", "Bewonersbijeenkomst", "Spreekuur", "Huisbezoek", "Anders",
};

static int find(const char *const *ids, int n, const char *s)
{
	for (int i = 0; s && i < n; i++)
		if (!strcmp(ids[i], s))
			return i;
	return -1;
}

int inzet_niveau_parse(const char *s)
{
	return find(inzet_niveau_ids, INZET__MAX, s);
}

int vertellen_bron_parse(const char *s)
{
	return find(vertellen_bron_ids, BRON__MAX, s);
}

int vertellen_aanleiding_parse(const char *s)
{
	return find(vertellen_aanleiding_ids, AANL__MAX, s);
}

/* s without the white space around it: *len bytes from the returned pointer (s may be NULL). */
static const char *trim(const char *s, int *len)
{
	size_t n;

	*len = 0;
	if (!s)
		return "";
	while (*s && isspace((unsigned char)*s))
		s++;
	n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	*len = (int)n;
	return s;
}

/* Why a text of n bytes cannot be kept, or NULL. */
static const char *text_problem(const char *s, size_t n, size_t max, const char *too_long)
{
	if (n > max)
		return too_long;
	if (!utf8_valid(s, n))
		return "Deze tekst bevat tekens die wij niet kunnen lezen.";
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f)
			return "Deze tekst bevat tekens die wij niet kunnen lezen.";
	}
	return NULL;
}

/* A day as typed, empty for today; 0 and a message in errs when it cannot be read. */
static int day(const char *s, const char *field, int32_t today, struct field_errors *errs, int32_t *out)
{
	int len;
	const char *t = trim(s, &len);
	char buf[16];

	if (!len) {
		*out = today;
		return 1;
	}
	if (len >= (int)sizeof(buf) || (memcpy(buf, t, (size_t)len), buf[len] = '\0', days_parse(buf, out) < 0)) {
		field_error_add(errs, field, "Geef een datum als 2026-03-01.");
		return 0;
	}
	return 1;
}

int inzet_validate(const struct inzet_fields *in, int32_t today, struct inzet_valid *out, struct field_errors *errs)
{
	int before = errs->n, n;
	const char *msg;

	memset(out, 0, sizeof(*out));
	int niveau = inzet_niveau_parse(in->niveau);
	if (niveau < 0)
		field_error_add(errs, "niveau", in->niveau && in->niveau[0] ? "Kies basis, extra of grootschalig."
									      : "Kies een inzetniveau.");
	else
		out->niveau = (enum inzet_niveau)niveau;

	if (day(in->vanaf, "vanaf", today, errs, &out->vanaf)) {
		if (out->vanaf < today - INZET_MAX_BACK_DAYS)
			field_error_add(errs, "vanaf", "Deze datum ligt meer dan een jaar terug. Klopt het jaartal?");
		else if (out->vanaf > today + INZET_MAX_AHEAD_DAYS)
			field_error_add(errs, "vanaf", "Deze datum ligt meer dan een jaar vooruit. Klopt het jaartal?");
	}

	const char *r = trim(in->reden, &n);
	if (!n)
		field_error_add(errs, "reden", "Schrijf waarom dit inzetniveau past: de reden komt in de geschiedenis.");
	else if ((msg = text_problem(r, (size_t)n, INZET_REDEN_MAX, "Deze reden is te lang: houd het onder de 2.000 tekens.")))
		field_error_add(errs, "reden", msg);
	else {
		out->reden = r;
		out->reden_len = n;
	}
	return errs->n - before;
}

int vertellen_validate(const struct vertellen_fields *in, int32_t today, struct vertellen_valid *out,
		       struct field_errors *errs)
{
	int before = errs->n, n;
	const char *msg;

	memset(out, 0, sizeof(*out));
	if (day(in->dag, "dag", today, errs, &out->dag)) {
		if (out->dag > today)
			field_error_add(errs, "dag", "Deze datum ligt in de toekomst: schrijf op wat al gehoord of gezien is.");
		else if (out->dag < today - VERTELLEN_MAX_BACK_DAYS)
			field_error_add(errs, "dag", "Deze datum ligt meer dan vijf jaar terug. Klopt het jaartal?");
	}

	int bron = vertellen_bron_parse(in->bron);
	if (bron < 0)
		field_error_add(errs, "bron", "Kies van wie het verhaal komt.");
	else
		out->bron = (enum vertellen_bron)bron;

	/* The organisation only counts for a partner's observation; for the other sources it is ignored. */
	if (bron == BRON_PARTNER) {
		const char *p = in->partner;
		int64_t id = parse_id(p);
		if (!p || !p[0])
			field_error_add(errs, "partner", "Kies de partnerorganisatie die dit zag.");
		else if (!id)
			field_error_add(errs, "partner", "Kies een partnerorganisatie uit de lijst.");
		else
			out->partner_id = id;
	}

	int aanl = vertellen_aanleiding_parse(in->aanleiding);
	if (aanl < 0)
		field_error_add(errs, "aanleiding", "Kies waar het gehoord of gezien is.");
	else
		out->aanleiding = (enum vertellen_aanleiding)aanl;

	const char *t = trim(in->tekst, &n);
	if (!n)
		field_error_add(errs, "tekst", "Schrijf op wat er verteld of gezien is.");
	else if ((msg = text_problem(t, (size_t)n, VERTELLEN_TEKST_MAX,
				     "Deze tekst is te lang: houd het onder de 4.000 tekens.")))
		field_error_add(errs, "tekst", msg);
	else {
		out->tekst = t;
		out->tekst_len = n;
	}
	return errs->n - before;
}
