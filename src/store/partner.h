/*
 * partner.h - partner organisations: the SQL behind /beheer/partners and
 * /api/v1/partners, and the names the user forms offer.
 */
#ifndef LEEFBAAR_STORE_PARTNER_H
#define LEEFBAAR_STORE_PARTNER_H

#include "domain/partner.h"
#include "store/store.h"

#include <stdint.h>

struct db;

#define PARTNER_NAAM_MAX 120

struct partner {
	int64_t id;
	char naam[PARTNER_NAAM_MAX + 8];
	enum partner_soort soort;
	char contact_naam[128];
	char contact_email[256];
	char contact_telefoon[32];
	char convenant[256];
	int actief;
	int64_t created_at;
	int64_t users;              /* accounts of this organisation (lists only) */
};

enum store_result partner_by_id(struct db *db, int64_t id, struct partner *p);
/*
 * Inserts p (p->id and p->created_at are set). STORE_CONFLICT when another
 * organisation has this name, ignoring ASCII case.
 */
enum store_result partner_create(struct db *db, struct partner *p);
/* Writes every field of p->id; STORE_CONFLICT as above, STORE_NOTFOUND. */
enum store_result partner_update(struct db *db, const struct partner *p);

struct partner_filter {
	int actief;                 /* 1, 0, or -1 for both */
	const char *q;              /* part of the name; NULL or "" for any */
};

/*
 * Calls fn for the matching organisations by name, skipping offset, at
 * most limit; *total counts all matches. The partner passed to fn is valid
 * during the call only.
 */
enum store_result partner_list(struct db *db, const struct partner_filter *f, int64_t offset, int limit,
			       int64_t *total, void (*fn)(void *ctx, const struct partner *p), void *ctx);

#endif
