/*
 * messages.h - the texts Leefbaar sends to melders, in plain Dutch.
 *
 * Pure: the caller passes the facts and gets subject and body. Every
 * message to a melder carries the private status link, names the step the
 * melding is at in a tenant's words (melder_stap()) and, when configured,
 * the team's phone number and e-mail address.
 *
 * One greeting: a message opens with "Beste <naam>," when the melder gave
 * a name, "Beste melder," otherwise, and with nothing of ours when the
 * staff's own text already opens with a greeting (message_has_greeting()).
 */
#ifndef LEEFBAAR_MESSAGES_H
#define LEEFBAAR_MESSAGES_H

#include "domain/melding.h"
#include "lib/buf.h"

#include <stdint.h>

struct message_facts {
	const char *organisation;
	const char *referentie;
	const char *status_url;      /* the melder's private link */
	const char *naam;            /* "" when anonymous or unknown */
	int32_t bevestigen_dag;      /* due days, day numbers */
	int32_t terugkoppelen_dag;
	const char *tekst;           /* staff text: the feedback, or the closing explanation ("" or NULL: none) */
	const char *telefoon;        /* the team's phone number; NULL or "": not said */
	const char *email;           /* the team's e-mail address; NULL or "": not said */
	int32_t verwacht_dag;        /* late notice: the day that passed */
};

/* The step in a tenant's words: "We hebben uw melding ontvangen", "We zijn ermee bezig", "Afgehandeld". */
const char *melder_stap(enum melding_status s);

/* Does the staff's text open with a greeting of its own (Beste, Geachte, Hallo, Dag, Goedemorgen, ...)? */
int message_has_greeting(const char *tekst);

void message_receipt(const struct message_facts *f, struct buf *subject, struct buf *body);
void message_confirmation(const struct message_facts *f, struct buf *subject, struct buf *body);
/* A terugkoppeling: f->tekst is the staff's answer (one of possibly several). */
void message_feedback(const struct message_facts *f, struct buf *subject, struct buf *body);
/* Closing: f->tekst is the explanation (may be empty); asks how satisfied the melder is. */
void message_closing(const struct message_facts *f, struct buf *subject, struct buf *body);
/* The automatic notice when f->verwacht_dag passed without an answer. */
void message_late(const struct message_facts *f, struct buf *subject, struct buf *body);
/* The late notice's text on the timeline the melder sees (no greeting, no link). */
void message_late_timeline(int32_t verwacht_dag, struct buf *out);

#endif
