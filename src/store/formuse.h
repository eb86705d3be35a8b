/*
 * formuse.h - which public form tokens have filed a melding (table
 * form_use, migration 0015): a token of /melden is good for one melding.
 */
#ifndef LEEFBAAR_FORMUSE_H
#define LEEFBAAR_FORMUSE_H

#include "store/store.h"

#include <stdint.h>

struct db;

struct form_use {
	int64_t melding_id;
	unsigned char inhoud_hash[32];   /* what was typed, to tell a repeat from another melding */
};

/* The melding a token filed: STORE_OK and *out, STORE_NOTFOUND, or STORE_ERROR. */
enum store_result form_use_get(struct db *db, const unsigned char token_hash[32], struct form_use *out);
/* Records that the token filed melding_id (inside the melding's transaction). */
enum store_result form_use_add(struct db *db, const unsigned char token_hash[32], const unsigned char inhoud_hash[32],
			       int64_t melding_id, int64_t now);
/* Forgets the tokens used before `before` (they have expired anyway); the count, or -1. */
int form_use_sweep(struct db *db, int64_t before);

#endif
