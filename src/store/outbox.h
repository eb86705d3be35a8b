/*
 * outbox.h - messages waiting to be sent (or shown) to melders and others.
 *
 * The outbox holds no secret: a melder's status link in a message's text
 * is stored as OUTBOX_STATUS_LINK, which staff read on the melding's page;
 * the sender (mail/sender.c) puts the link back, from the melding's sealed
 * token, only in the mail it sends. Each message gets its Message-ID once,
 * before its first attempt, and keeps it across retries.
 */
#ifndef LEEFBAAR_OUTBOX_H
#define LEEFBAAR_OUTBOX_H

#include "lib/arena.h"
#include "store/store.h"

#include <stdint.h>

struct db;

/*
 * volgende_poging of a message the sender gave up on (after [smtp]
 * max_attempts failures, or an address that cannot be used): never due,
 * and still a valid moment (9999-12-31T23:59:59Z) for a page that shows
 * it. laatste_fout says why.
 */
#define OUTBOX_GIVEN_UP INT64_C(253402300799)

/* What a stored text holds where the melder's status link goes. */
#define OUTBOX_STATUS_LINK "[persoonlijke link: alleen in de e-mail aan de melder]"

struct outbox_msg {
	int64_t id, melding_id, created_at, verzonden_op, volgende_poging;
	int64_t initiatief_id;     /* a bewonersinitiatief's applicant is written to (issue 18); 0 none */
	int pogingen;
	const char *soort, *aan, *onderwerp, *tekst, *laatste_fout;
	const char *message_id;    /* random part of the Message-ID (hex); "" before the first attempt */
};

/*
 * aan may be "" (no address: the message is only shown, never sent). Any
 * status link in tekst (".../melding/status/TOKEN") is stored as
 * OUTBOX_STATUS_LINK, whoever queues the message.
 */
enum store_result outbox_add(struct db *db, int64_t melding_id, const char *soort, const char *aan,
			     const char *onderwerp, const char *tekst, int64_t now);
/* outbox_add() of a message to a bewonersinitiatief's applicant: their status link is restored at sending. */
enum store_result outbox_add_initiatief(struct db *db, int64_t initiatief_id, const char *soort, const char *aan,
					const char *onderwerp, const char *tekst, int64_t now);
/* The messages of one melding, oldest first; returns the count, -1 on error. */
int outbox_for_melding(struct db *db, struct arena *a, int64_t melding_id, struct outbox_msg **out);
/* Up to max messages due for sending at `now`; returns the count, -1 on error. */
int outbox_due(struct db *db, struct arena *a, int64_t now, int max, struct outbox_msg **out);
enum store_result outbox_sent(struct db *db, int64_t id, int64_t now);
/* Sets the message's Message-ID part once (a message that has one keeps it). */
enum store_result outbox_set_message_id(struct db *db, int64_t id, const char *message_id);
enum store_result outbox_failed(struct db *db, int64_t id, int64_t next_attempt, const char *error);

#endif
