/*
 * herstel.h - a form posted after its session expired, kept for the same
 * user to send again after logging in (issue 16, "no lost work").
 *
 * The browser holds a random one-time key in a cookie; the table holds
 * only its BLAKE2b hash, the account of the expired session (0 when it is
 * not known), where the form went, the page it came from and its fields.
 * Rows live HERSTEL_LIFETIME seconds; every write sweeps older ones.
 */
#ifndef LEEFBAAR_STORE_HERSTEL_H
#define LEEFBAAR_STORE_HERSTEL_H

#include "store/store.h"

#include <stddef.h>
#include <stdint.h>

struct arena;
struct db;

#define HERSTEL_LIFETIME 3600
#define HERSTEL_PER_IP_HOUR 20    /* kept forms per client address within the hour */
#define HERSTEL_KEY 32            /* the size of the key's hash */

struct herstel_field {
	const char *name, *value;
};

struct herstel {
	int64_t user_id;              /* 0: not known */
	const char *pad, *terug;
	struct herstel_field *fields;
	int n_fields;
	int multipart;
	int bestanden;                /* files the post carried, not kept */
	int64_t aangemaakt;
};

/*
 * Keeps h under hash (at now, from ip), sweeping rows past their lifetime
 * first. STORE_CONFLICT when ip kept HERSTEL_PER_IP_HOUR forms within the
 * hour already (nothing is kept then), STORE_ERROR on a database error.
 */
enum store_result herstel_keep(struct db *db, const unsigned char hash[HERSTEL_KEY], const struct herstel *h,
			       const char *ip, int64_t now);
/*
 * After user_id logged in with the key's cookie: 1 when the kept form is
 * theirs (a form of an unknown account becomes theirs now), 0 when there
 * is none (any more); a form kept for another account is removed then,
 * unseen. -1 on a database error.
 */
int herstel_claim(struct db *db, const unsigned char hash[HERSTEL_KEY], int64_t user_id, int64_t now);
/*
 * Takes the kept form of hash for user_id into out (arena memory) and
 * removes it: a key works once. STORE_NOTFOUND when there is none for
 * user_id (another account's, expired or taken already).
 */
enum store_result herstel_take(struct db *db, struct arena *a, const unsigned char hash[HERSTEL_KEY],
			       int64_t user_id, int64_t now, struct herstel *out);
/* Removes the rows past their lifetime at now; the count, or -1. */
int herstel_sweep(struct db *db, int64_t now);

#endif
