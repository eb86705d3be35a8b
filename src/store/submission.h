/*
 * submission.h - the claims of "nothing twice" (migration 0020): who sent
 * which form or keyed API call, and once it is done, its answer.
 */
#ifndef LEEFBAAR_SUBMISSION_H
#define LEEFBAAR_SUBMISSION_H

#include "store/store.h"

#include <stddef.h>
#include <stdint.h>

struct db;
struct arena;

#define SUBMISSION_KEY 32

struct submission {
	unsigned char inhoud[SUBMISSION_KEY];
	int klaar;
	int status;
	const char *location, *content_type;   /* NULL when none */
	const void *body;
	size_t body_len;
};

/*
 * Each write below commits on its own: a claim must be seen by a copy
 * before the claiming request's handler runs.
 *
 * Claims key for a request whose body hashes to inhoud: STORE_OK,
 * STORE_CONFLICT when it is claimed already.
 */
enum store_result submission_claim(struct db *db, const unsigned char key[SUBMISSION_KEY],
				   const unsigned char inhoud[SUBMISSION_KEY], int64_t now);
/* The claim of key (arena memory): STORE_OK, STORE_NOTFOUND. */
enum store_result submission_get(struct db *db, struct arena *a, const unsigned char key[SUBMISSION_KEY],
				 struct submission *out);
/* The claimed request's answer, kept for its copies. */
enum store_result submission_finish(struct db *db, const unsigned char key[SUBMISSION_KEY], int status,
				    const char *location, const char *content_type, const void *body, size_t len);
/* Gives the claim up: the request did nothing (refused, invalid), so a copy may run. */
enum store_result submission_release(struct db *db, const unsigned char key[SUBMISSION_KEY]);
/* Removes the claims made before `before`; their count, or -1. */
int submission_sweep(struct db *db, int64_t before);

#endif
