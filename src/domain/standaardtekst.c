/*
 * standaardtekst.c - placeholders of the standard texts: filling them in
 * and checking a text before it is saved (see standaardtekst.h).
 */
#include "domain/standaardtekst.h"
#include "domain/calendar.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

const char *const tekst_stap_ids[STAP__MAX] = {
	[STAP_BEVESTIGING] = "bevestiging",
	[STAP_TERUGKOPPELING] = "terugkoppeling",
	[STAP_AFSLUITING] = "afsluiting",
};

const char *const tekst_stap_labels[STAP__MAX] = {
	[STAP_BEVESTIGING] = "Ontvangstbevestiging",
	[STAP_TERUGKOPPELING] = "Terugkoppeling",
	[STAP_AFSLUITING] = "Afsluiting",
};

int tekst_stap_parse(const char *id)
{
	return names_find(tekst_stap_ids, STAP__MAX, id);
}

enum ph { PH_MELDNUMMER, PH_CATEGORIE, PH_ADRES, PH_ONTVANGEN, PH_UITERLIJK, PH_ORGANISATIE, PH_TELEFOON,
	  PH_EMAIL, PH__MAX };

const char *const standaardtekst_placeholders[PH__MAX + 1] = {
	"{meldnummer}", "{categorie}", "{adres}", "{ontvangen}", "{uiterlijk}", "{organisatie}", "{telefoon}",
	"{email}", NULL,
};

const char *const standaardtekst_placeholder_uitleg[PH__MAX + 1] = {
	"het meldnummer, bijvoorbeeld M-2026-000123",
	"de categorie van de melding",
	"het adres van de melding; zonder adres: de plek die u in uw melding beschreef",
	"de dag van ontvangst, bijvoorbeeld maandag 2 maart 2026",
	"de dag waarop de melder uiterlijk antwoord krijgt",
	"de naam van uw organisatie",
	"het telefoonnummer van het team (anders het e-mailadres)",
	"het e-mailadres van het team (anders het telefoonnummer)",
	NULL,
};

#define NAME_MAX_LEN 40

/* Without an address, {adres} still reads as part of a sentence. */
static const char NO_ADDRESS[] = "de plek die u in uw melding beschreef";

static const char *or_empty(const char *s)
{
	return s ? s : "";
}

/* The first of a, b, c that is not empty. */
static const char *first_of(const char *a, const char *b, const char *c)
{
	if (a && a[0])
		return a;
	if (b && b[0])
		return b;
	return or_empty(c);
}

/*
 * At p a placeholder "{name}": its length (braces included) and *name,
 * *n the name's; 0 when p starts none.
 */
static size_t placeholder_at(const char *p, const char **name, size_t *n)
{
	size_t i = 1;

	if (p[0] != '{')
		return 0;
	while (i <= NAME_MAX_LEN && (isalnum((unsigned char)p[i]) || p[i] == '_'))
		i++;
	if (i == 1 || p[i] != '}')
		return 0;
	*name = p + 1;
	*n = i - 1;
	return i + 1;
}

/* The placeholder's index, or -1. */
static int known(const char *name, size_t n)
{
	for (int k = 0; k < PH__MAX; k++) {
		const char *ph = standaardtekst_placeholders[k];
		if (strlen(ph) == n + 2 && !strncmp(ph + 1, name, n))
			return k;
	}
	return -1;
}

static void fill(int k, const struct standaardtekst_facts *f, struct buf *out)
{
	char day[CALENDAR_DAY_LEN];

	switch ((enum ph)k) {
	case PH_MELDNUMMER:
		buf_addstr(out, or_empty(f->meldnummer));
		break;
	case PH_CATEGORIE:
		buf_addstr(out, or_empty(f->categorie));
		break;
	case PH_ADRES:
		buf_addstr(out, f->adres && f->adres[0] ? f->adres : NO_ADDRESS);
		break;
	case PH_ONTVANGEN:
		calendar_day_weekday(f->ontvangen_dag, day);
		buf_addstr(out, day);
		break;
	case PH_UITERLIJK:
		calendar_day_weekday(f->uiterlijk_dag, day);
		buf_addstr(out, day);
		break;
	case PH_ORGANISATIE:
		buf_addstr(out, or_empty(f->organisatie));
		break;
	case PH_TELEFOON:
		buf_addstr(out, first_of(f->telefoon, f->email, f->organisatie));
		break;
	case PH_EMAIL:
		buf_addstr(out, first_of(f->email, f->telefoon, f->organisatie));
		break;
	case PH__MAX:
		break;
	}
}

void standaardtekst_expand(const char *tekst, const struct standaardtekst_facts *f, struct buf *out)
{
	const char *p = or_empty(tekst);

	while (*p) {
		const char *name;
		size_t n, len = placeholder_at(p, &name, &n);
		int k = len ? known(name, n) : -1;

		if (k < 0) {
			buf_addch(out, *p++);
			continue;
		}
		fill(k, f, out);
		p += len;
	}
}

int standaardtekst_unknown(const char *tekst, struct buf *names)
{
	struct buf seen = BUF_INIT;   /* "\n{a}\n{b}\n": each name once */
	int count = 0;

	buf_addch(&seen, '\n');
	for (const char *p = or_empty(tekst); *p; p++) {
		const char *name;
		size_t n, len = placeholder_at(p, &name, &n);

		if (!len || known(name, n) >= 0)
			continue;
		struct buf key = BUF_INIT;
		buf_addch(&key, '\n');
		buf_add(&key, p, len);
		buf_addch(&key, '\n');
		if (!strstr(seen.buf, key.buf)) {
			buf_add(&seen, p, len);
			buf_addch(&seen, '\n');
			if (count++)
				buf_addstr(names, ", ");
			buf_add(names, p, len);
		}
		buf_release(&key);
		p += len - 1;
	}
	buf_release(&seen);
	return count;
}

/* Words a Dutch letter or mail opens with; matched as a whole word, without case. */
static const char *const greetings[] = {
	"beste", "geachte", "hallo", "hoi", "hey", "goedemorgen", "goedemiddag", "goedenavond",
	"goedendag", "lieve", "l.s.", NULL,
};

int standaardtekst_has_greeting(const char *tekst)
{
	const char *p = or_empty(tekst);

	while (isspace((unsigned char)*p))
		p++;
	for (size_t i = 0; greetings[i]; i++) {
		size_t n = strlen(greetings[i]);
		if (strncasecmp(p, greetings[i], n))
			continue;
		/* "Dagelijks" is no greeting: the word must end there. */
		if (!isalpha((unsigned char)p[n]))
			return 1;
	}
	/* "Dag meneer," greets; "Dag en nacht ..." does not. */
	if (!strncasecmp(p, "dag", 3) && (p[3] == ',' || p[3] == '!' || !strncasecmp(p + 3, " meneer", 7) ||
					  !strncasecmp(p + 3, " mevrouw", 8) || !strncasecmp(p + 3, " melder", 7)))
		return 1;
	return 0;
}

/* 1 when needle occurs in hay, without case (ASCII). */
static int contains_nocase(const char *hay, const char *needle)
{
	size_t n = strlen(needle);

	for (const char *p = hay; *p; p++)
		if (!strncasecmp(p, needle, n))
			return 1;
	return 0;
}

int standaardtekst_check(const char *tekst, struct buf *msg)
{
	const char *t = or_empty(tekst);
	size_t start = msg->len;
	const char *p = t;

	while (isspace((unsigned char)*p))
		p++;
	if (!*p) {
		buf_addstr(msg, "Vul de tekst in.");
		return -1;
	}
	struct buf names = BUF_INIT;
	int n = standaardtekst_unknown(t, &names);
	if (n)
		buf_addf(msg, "%s %s bestaa%s niet. Gebruik alleen de invulplekken uit de lijst hieronder%s.",
			 n == 1 ? "De invulplek" : "De invulplekken", names.buf, n == 1 ? "t" : "n",
			 strstr(names.buf, "{naam}") ? "; de naam van de melder zet Leefbaar zelf in de aanhef" : "");
	buf_release(&names);
	if (strstr(t, "{{") || strstr(t, "}}"))
		buf_addf(msg, "%sGebruik enkele accolades, zoals {meldnummer}, niet {{meldnummer}}.",
			 msg->len > start ? " " : "");
	if (standaardtekst_has_greeting(t))
		buf_addf(msg, "%sBegin niet met een aanhef (zoals Beste of Geachte): Leefbaar zet er zelf één "
			 "aanhef boven, met de naam van de melder als die bekend is.", msg->len > start ? " " : "");
	if (contains_nocase(t, "met vriendelijke groet"))
		buf_addf(msg, "%sLaat de groet aan het eind weg: Leefbaar sluit het bericht zelf af met "
			 "Met vriendelijke groet en de naam van uw organisatie.", msg->len > start ? " " : "");
	return msg->len > start ? -1 : 0;
}
