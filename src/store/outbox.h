/*
 * outbox.h - messages waiting to be sent (or shown) to melders and others.
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

struct outbox_msg {
	int64_t id, melding_id, created_at, verzonden_op, volgende_poging;
	int pogingen;
	const char *soort, *aan, *onderwerp, *tekst, *laatste_fout;
};

/* aan may be "" (no address: the message is only shown, never sent). */
enum store_result outbox_add(struct db *db, int64_t melding_id, const char *soort, const char *aan,
			     const char *onderwerp, const char *tekst, int64_t now);
/* The messages of one melding, oldest first; returns the count, -1 on error. */
int outbox_for_melding(struct db *db, struct arena *a, int64_t melding_id, struct outbox_msg **out);
/* Up to max messages due for sending at `now`; returns the count, -1 on error. */
int outbox_due(struct db *db, struct arena *a, int64_t now, int max, struct outbox_msg **out);
enum store_result outbox_sent(struct db *db, int64_t id, int64_t now);
enum store_result outbox_failed(struct db *db, int64_t id, int64_t next_attempt, const char *error);

#endif
