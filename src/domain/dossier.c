/*
 * dossier.c - closed sets and rules of the leefbaarheidsdossier (see dossier.h).
 */
#include "domain/dossier.h"
#include "lib/names.h"
#include "domain/melding.h"

#include <stdio.h>
#include <string.h>

const char *const dossier_status_ids[DS__MAX] = { "open", "gesloten" };
const char *const dossier_status_labels[DS__MAX] = { "Open", "Gesloten" };

const char *const ave_niveau_ids[AVE__MAX] = { "groen", "oranje", "rood", "donkerrood" };
const char *const ave_niveau_labels[AVE__MAX] = { "Groen", "Oranje", "Rood", "Donkerrood" };
const char *const ave_niveau_uitleg[AVE__MAX] = {
	"De bewoner heeft zelf de regie.",
	"Er is ondersteuning nodig; het sociaal wijkteam heeft de regie.",
	"Het Zorg- en Veiligheidshuis heeft de regie overgenomen.",
	"De burgemeester heeft de regie.",
};

const char *const ave_regie_ids[REGIE__MAX] = {
	"bewoner", "sociaal_wijkteam", "zorg_en_veiligheidshuis", "burgemeester",
};
const char *const ave_regie_labels[REGIE__MAX] = {
	"Bewoner", "Sociaal wijkteam", "Zorg- en Veiligheidshuis", "Burgemeester",
};

const char *const dossier_uitkomst_ids[UITKOMST__MAX] = {
	"opgelost", "verbeterd", "overgedragen", "verhuisd", "huur_beeindigd", "ontruiming", "overig",
};
const char *const dossier_uitkomst_labels[UITKOMST__MAX] = {
	"Opgelost", "Verbeterd", "Doorverwezen en overgedragen", "Verhuisd",
	"Huurovereenkomst beëindigd", "Ontruiming/uitzetting", "Overig",
};

const char *const instrument_groep_labels[GROEP__MAX] = { "Activerend", "Preventief", "Repressief" };

const char *const instrument_ids[INS__MAX] = {
	"bewonersinitiatief", "leefbaarheidsfonds",
	"buurtbemiddeling", "bewonersbijeenkomst", "samenwerking", "huisbezoek",
	"aanspreken", "hoor_en_wederhoor", "brief", "mediation", "stopgesprek",
	"allonge", "tijdelijk_contract", "gedragsaanwijzing", "beeindiging_huur",
};
const char *const instrument_labels[INS__MAX] = {
	"Bewonersinitiatief", "Leefbaarheidsfonds",
	"Buurtbemiddeling", "Bewonersbijeenkomst", "Samenwerking met zorg, gemeente of politie", "Huisbezoek",
	"Aanspreken", "Hoor en wederhoor", "Brief of sommatiebrief", "Mediation", "Stopgesprek",
	"Allonge over leefregels", "Tijdelijk contract", "Gedragsaanwijzing (burgemeester)",
	"Beëindiging huurovereenkomst of ontruiming",
};
const enum instrument_groep instrument_groep[INS__MAX] = {
	GROEP_ACTIVEREND, GROEP_ACTIVEREND,
	GROEP_PREVENTIEF, GROEP_PREVENTIEF, GROEP_PREVENTIEF, GROEP_PREVENTIEF,
	GROEP_REPRESSIEF, GROEP_REPRESSIEF, GROEP_REPRESSIEF, GROEP_REPRESSIEF, GROEP_REPRESSIEF,
	GROEP_REPRESSIEF, GROEP_REPRESSIEF, GROEP_REPRESSIEF, GROEP_REPRESSIEF,
};

const char *const brief_soort_ids[BRIEF__MAX] = { "waarschuwingsbrief", "sommatiebrief" };
const char *const brief_soort_labels[BRIEF__MAX] = { "Waarschuwingsbrief", "Sommatiebrief" };

const char *const brief_var_ids[BV__MAX] = {
	"naam", "adres", "datum", "feiten", "referentie", "organisatie", "medewerker",
};
const char *const brief_var_uitleg[BV__MAX] = {
	"de naam van de geadresseerde, zoals de medewerker die invult",
	"het adres van het dossier (straat, huisnummer, postcode en plaats)",
	"de datum van de brief, voluit (2 maart 2026)",
	"de feiten: wat er is gebeurd, zoals de medewerker die invult",
	"het kenmerk van het dossier (D-2026-00001)",
	"de naam van de organisatie",
	"de naam van de medewerker die de brief maakt",
};

const char *const dossier_action_ids[DA__MAX] = {
	"koppelen", "ontkoppelen", "negeren", "notitie", "interventie", "interventie-bijwerken",
	"brief", "escalatie", "lid-toevoegen", "lid-verwijderen", "vervuild", "gevoelig",
	"afsluiten", "heropenen",
};

int dossier_status_parse(const char *id) { return names_find(dossier_status_ids, DS__MAX, id); }
int ave_niveau_parse(const char *id) { return names_find(ave_niveau_ids, AVE__MAX, id); }
int ave_regie_parse(const char *id) { return names_find(ave_regie_ids, REGIE__MAX, id); }
int dossier_uitkomst_parse(const char *id) { return names_find(dossier_uitkomst_ids, UITKOMST__MAX, id); }
int instrument_parse(const char *id) { return names_find(instrument_ids, INS__MAX, id); }

const char *intervention_kosten(const char *in, int64_t *cents)
{
	*cents = -1;
	if (!in || !in[strspn(in, " \t")])
		return NULL;
	int64_t c = euros_parse(in);
	if (c < 0)
		return "Vul de kosten in euro's in, bijvoorbeeld 12,50, of laat het leeg.";
	if (c > INTERVENTION_KOSTEN_MAX)
		return "Vul de kosten in euro's in, bijvoorbeeld 12,50 (ten hoogste een miljoen).";
	*cents = c;
	return NULL;
}
int brief_soort_parse(const char *id) { return names_find(brief_soort_ids, BRIEF__MAX, id); }
int dossier_action_parse(const char *id) { return names_find(dossier_action_ids, DA__MAX, id); }

enum ave_regie ave_default_regie(enum ave_niveau n)
{
	switch (n) {
	case AVE_ORANJE:
		return REGIE_SOCIAAL_WIJKTEAM;
	case AVE_ROOD:
		return REGIE_ZORG_EN_VEILIGHEIDSHUIS;
	case AVE_DONKERROOD:
		return REGIE_BURGEMEESTER;
	case AVE_GROEN:
	case AVE__MAX:
		break;
	}
	return REGIE_BEWONER;
}

/* 1 when s holds something other than spaces and line breaks. */
static int has_text(const char *s)
{
	if (!s)
		return 0;
	for (; *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\r' && *s != '\n')
			return 1;
	return 0;
}

int dossier_escalation_check(enum ave_niveau cur_niveau, enum ave_regie cur_regie,
			     const char *niveau_id, const char *regie_id, const char *reden,
			     enum ave_niveau *niveau, enum ave_regie *regie,
			     struct field_errors *errs)
{
	int before = errs->n;
	int n = -1, r = -1;

	if (!niveau_id || !niveau_id[0])
		field_error_add(errs, "niveau", "Kies het niveau.");
	else if ((n = ave_niveau_parse(niveau_id)) < 0)
		field_error_add(errs, "niveau", "Kies groen, oranje, rood of donkerrood.");
	if (regie_id && regie_id[0] && (r = ave_regie_parse(regie_id)) < 0)
		field_error_add(errs, "regie", "Kies wie de regie heeft: bewoner, sociaal wijkteam, "
				"Zorg- en Veiligheidshuis of burgemeester.");
	if (!has_text(reden))
		field_error_add(errs, "reden", "Schrijf waarom het niveau of de regie verandert.");
	if (n >= 0 && r < 0 && !(regie_id && regie_id[0]))
		r = ave_default_regie((enum ave_niveau)n);
	if (n >= 0 && r >= 0 && (enum ave_niveau)n == cur_niveau && (enum ave_regie)r == cur_regie)
		field_error_add(errs, "niveau", "Het dossier staat al op dit niveau met deze regie. "
				"Kies een ander niveau of een andere regie.");
	if (errs->n > before)
		return errs->n - before;
	*niveau = (enum ave_niveau)n;
	*regie = (enum ave_regie)r;
	return 0;
}

int dossier_action_allowed(enum dossier_status s, enum dossier_action a, const char **why)
{
	*why = NULL;
	if ((unsigned)s >= DS__MAX || (unsigned)a >= DA__MAX) {
		*why = "Onbekende actie.";
		return -1;
	}
	if (a == DA_HEROPENEN) {
		if (s == DS_GESLOTEN)
			return 0;
		*why = "Dit dossier is open; heropenen is niet nodig.";
		return -1;
	}
	if (s == DS_GESLOTEN) {
		*why = a == DA_AFSLUITEN ? "Dit dossier is al gesloten."
					 : "Dit dossier is gesloten. Heropen het eerst als er iets bij moet.";
		return -1;
	}
	return 0;
}

int dossier_close_check(enum dossier_status s, const char *uitkomst_id,
			enum dossier_uitkomst *out, struct field_errors *errs)
{
	const char *why;
	int before = errs->n, u = -1;

	if (dossier_action_allowed(s, DA_AFSLUITEN, &why) < 0)
		field_error_add(errs, "status", why);
	if (!uitkomst_id || !uitkomst_id[0])
		field_error_add(errs, "uitkomst", "Kies de uitkomst van het dossier.");
	else if ((u = dossier_uitkomst_parse(uitkomst_id)) < 0)
		field_error_add(errs, "uitkomst", "Kies een van de uitkomsten uit de lijst.");
	if (errs->n > before)
		return errs->n - before;
	*out = (enum dossier_uitkomst)u;
	return 0;
}

/* ---- letters ---- */

static int is_space(char c)
{
	return c == ' ' || c == '\t';
}

/*
 * At p (just after "{{"): the placeholder's variable and the length up to
 * and including "}}", or -1 when this is no known placeholder.
 */
static int placeholder_at(const char *p, size_t *len)
{
	const char *s = p, *e;
	while (is_space(*s))
		s++;
	e = s;
	while ((*e >= 'a' && *e <= 'z') || *e == '_')
		e++;
	size_t n = (size_t)(e - s);
	while (is_space(*e))
		e++;
	if (e[0] != '}' || e[1] != '}' || n == 0)
		return -1;
	for (int v = 0; v < BV__MAX; v++)
		if (strlen(brief_var_ids[v]) == n && !memcmp(brief_var_ids[v], s, n)) {
			*len = (size_t)(e + 2 - p);
			return v;
		}
	return -1;
}

void brief_fill(const char *tpl, const char *const vals[BV__MAX], struct buf *out)
{
	const char *p = tpl ? tpl : "";

	while (*p) {
		const char *open = strstr(p, "{{");
		if (!open) {
			buf_addstr(out, p);
			return;
		}
		buf_add(out, p, (size_t)(open - p));
		size_t len;
		int v = placeholder_at(open + 2, &len);
		if (v < 0) {
			/* Not ours: copy the braces and go on after them. */
			buf_add(out, "{{", 2);
			p = open + 2;
			continue;
		}
		buf_addstr(out, vals[v] ? vals[v] : "");
		p = open + 2 + len;
	}
}

const char *brief_template_check(const char *tpl, size_t max, char *msg, size_t msg_len)
{
	if (!has_text(tpl))
		return "De brief is leeg. Schrijf de tekst van de brief.";
	if (strlen(tpl) > max) {
		snprintf(msg, msg_len, "De brief is te lang: hoogstens %zu tekens.", max);
		return msg;
	}
	for (const char *p = tpl; (p = strstr(p, "{{")); p += 2) {
		size_t len;
		if (placeholder_at(p + 2, &len) >= 0)
			continue;
		const char *close = strstr(p + 2, "}}");
		size_t n = close ? (size_t)(close + 2 - p) : strlen(p);
		if (n > 40)
			n = 40;
		snprintf(msg, msg_len, "De brief bevat %.*s: dat is geen bekende invulplek. "
			 "Gebruik alleen de invulplekken uit de lijst, zoals {{naam}}.", (int)n, p);
		return msg;
	}
	return NULL;
}

/* ---- references and search ---- */

void dossier_reference(int year, int64_t seq, char out[DOSSIER_REF_LEN])
{
	unsigned y = year < 0 ? 0u : (unsigned)year % 10000u;
	unsigned long long n = seq < 0 ? 0ull : (unsigned long long)seq % 10000000ull;
	snprintf(out, DOSSIER_REF_LEN, "D-%04u-%05llu", y, n);
}

int dossier_reference_valid(const char *s)
{
	if (!s || s[0] != 'D' || s[1] != '-')
		return 0;
	for (int i = 2; i < 6; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	if (s[6] != '-')
		return 0;
	size_t n = 0;
	for (const char *p = s + 7; *p; p++, n++)
		if (*p < '0' || *p > '9')
			return 0;
	return n >= 5 && n <= 7;
}

