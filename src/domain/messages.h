/*
 * messages.h - the texts Leefbaar sends to melders, in plain Dutch.
 *
 * Pure: the caller passes the facts and gets subject and body. Every
 * message to a melder carries the private status link.
 */
#ifndef LEEFBAAR_MESSAGES_H
#define LEEFBAAR_MESSAGES_H

#include "lib/buf.h"

#include <stdint.h>

struct message_facts {
	const char *organisation;
	const char *referentie;
	const char *status_url;      /* the melder's private link */
	const char *naam;            /* "" when anonymous or unknown */
	int32_t bevestigen_dag;      /* due days, day numbers */
	int32_t terugkoppelen_dag;
	const char *tekst;           /* feedback text, for terugkoppeling */
};

void message_receipt(const struct message_facts *f, struct buf *subject, struct buf *body);
void message_confirmation(const struct message_facts *f, struct buf *subject, struct buf *body);
void message_feedback(const struct message_facts *f, struct buf *subject, struct buf *body);

#endif
