/*
 * messages.c - texts to melders (see messages.h).
 */
#include "domain/messages.h"
#include "domain/calendar.h"

#include <stdio.h>

static void greeting(const struct message_facts *f, struct buf *body)
{
	if (f->naam && f->naam[0])
		buf_addf(body, "Beste %s,\n\n", f->naam);
	else
		buf_addstr(body, "Beste melder,\n\n");
}

static void footer(const struct message_facts *f, struct buf *body)
{
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
	footer(f, body);
}

void message_feedback(const struct message_facts *f, struct buf *subject, struct buf *body)
{
	buf_addf(subject, "Reactie op uw melding %s", f->referentie);
	greeting(f, body);
	buf_addf(body, "Over uw melding %s:\n\n%s\n", f->referentie, f->tekst ? f->tekst : "");
	footer(f, body);
}
