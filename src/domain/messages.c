/*
 * messages.c - texts to melders (see messages.h).
 */
#include "domain/messages.h"
#include "domain/calendar.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

const char *melder_stap(enum melding_status s)
{
	switch (s) {
	case MS_NIEUW:
		return "We hebben uw melding ontvangen";
	case MS_BEVESTIGD:
	case MS_IN_BEHANDELING:
	case MS_TERUGGEKOPPELD:
		return "We zijn ermee bezig";
	case MS_AFGESLOTEN:
		return "Afgehandeld";
	case MS__MAX:
		break;
	}
	return "We zijn ermee bezig";
}

int message_has_greeting(const char *tekst)
{
	/* Longest first is not needed: each must end at a non-letter ("Dagelijks" is no greeting). */
	static const char *const words[] = {
		"beste", "geachte", "hallo", "dag", "goedemorgen", "goedemiddag", "goedenavond",
		"goedendag", "goeiedag", "hoi", "lieve", "l.s.",
	};
	const char *s = tekst ? tekst : "";

	while (isspace((unsigned char)*s))
		s++;
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		size_t n = strlen(words[i]);
		if (!strncasecmp(s, words[i], n) && !isalpha((unsigned char)s[n]))
			return 1;
	}
	return 0;
}

static void greeting(const struct message_facts *f, struct buf *body)
{
	if (f->naam && f->naam[0])
		buf_addf(body, "Beste %s,\n\n", f->naam);
	else
		buf_addstr(body, "Beste melder,\n\n");
}

/* The staff's text with exactly one greeting above it. */
static void staff_text(const struct message_facts *f, struct buf *body)
{
	const char *t = f->tekst ? f->tekst : "";

	if (!message_has_greeting(t))
		greeting(f, body);
	buf_addf(body, "%s\n", t);
}

static void step(const char *stap, struct buf *body)
{
	buf_addf(body, "\nStand van uw melding: %s.\n", stap);
}

static void footer(const struct message_facts *f, struct buf *body)
{
	int tel = f->telefoon && f->telefoon[0], mail = f->email && f->email[0];

	if (tel && mail)
		buf_addf(body, "\nHeeft u een vraag? Bel ons op %s of mail naar %s, en noem uw meldnummer %s.\n",
			 f->telefoon, f->email, f->referentie);
	else if (tel || mail)
		buf_addf(body, "\nHeeft u een vraag? %s %s, en noem uw meldnummer %s.\n",
			 tel ? "Bel ons op" : "Mail naar", tel ? f->telefoon : f->email, f->referentie);
	buf_addf(body, "\nWat er met uw melding gebeurt, ziet u via deze persoonlijke link:\n%s\n"
		 "Deel deze link niet met anderen.\n\nMet vriendelijke groet,\n%s\n",
		 f->status_url, f->organisation);
}

void message_receipt(const struct message_facts *f, struct buf *subject, struct buf *body)
{
	char bev[CALENDAR_DAY_LEN], ter[CALENDAR_DAY_LEN];

	calendar_day_weekday(f->bevestigen_dag, bev);
	calendar_day_weekday(f->terugkoppelen_dag, ter);
	buf_addf(subject, "Uw melding %s is ontvangen", f->referentie);
	greeting(f, body);
	buf_addf(body, "Wij hebben uw melding ontvangen. Uw meldnummer is %s.\n\n"
		 "Een medewerker bekijkt uw melding en bevestigt dat uiterlijk %s. "
		 "Uiterlijk %s laten wij u weten wat wij wel en niet kunnen doen.\n",
		 f->referentie, bev, ter);
	step(melder_stap(MS_NIEUW), body);
	footer(f, body);
}

void message_confirmation(const struct message_facts *f, struct buf *subject, struct buf *body)
{
	char ter[CALENDAR_DAY_LEN];

	calendar_day_weekday(f->terugkoppelen_dag, ter);
	buf_addf(subject, "Wij behandelen uw melding %s", f->referentie);
	greeting(f, body);
	buf_addf(body, "Een medewerker heeft uw melding %s bekeken en gaat ermee aan de slag.\n\n"
		 "Uiterlijk %s hoort u van ons wat wij wel en niet kunnen doen. "
		 "Wij proberen dat eerder te doen.\n", f->referentie, ter);
	step(melder_stap(MS_BEVESTIGD), body);
	footer(f, body);
}

void message_feedback(const struct message_facts *f, struct buf *subject, struct buf *body)
{
	buf_addf(subject, "Reactie op uw melding %s", f->referentie);
	staff_text(f, body);
	step(melder_stap(MS_TERUGGEKOPPELD), body);
	footer(f, body);
}

void message_closing(const struct message_facts *f, struct buf *subject, struct buf *body)
{
	buf_addf(subject, "Uw melding %s is afgehandeld", f->referentie);
	if (f->tekst && f->tekst[0])
		staff_text(f, body);
	else {
		greeting(f, body);
		buf_addf(body, "Wij hebben uw melding %s afgehandeld.\n", f->referentie);
	}
	step(melder_stap(MS_AFGESLOTEN), body);
	buf_addstr(body, "\nWij horen graag hoe tevreden u bent over de afhandeling. "
		   "Dat kunt u ons laten weten via uw persoonlijke link hieronder.\n");
	footer(f, body);
}

void message_late_timeline(int32_t verwacht_dag, struct buf *out)
{
	char dag[CALENDAR_DAY_LEN];

	calendar_day_weekday(verwacht_dag, dag);
	buf_addf(out, "Wij hadden u uiterlijk %s willen laten weten wat wij met uw melding doen. "
		 "Dat is ons niet gelukt. Onze excuses daarvoor. Wij zijn nog met uw melding bezig "
		 "en laten u zo snel mogelijk iets weten.", dag);
}

void message_late(const struct message_facts *f, struct buf *subject, struct buf *body)
{
	buf_addf(subject, "Uw melding %s: het duurt langer", f->referentie);
	greeting(f, body);
	message_late_timeline(f->verwacht_dag, body);
	buf_addstr(body, "\n");
	step(melder_stap(MS_IN_BEHANDELING), body);
	footer(f, body);
}
