/*
 * audit.h - the append-only audit trail: who (user, IP) did what on which
 * record and when.
 *
 * audit_record() writes inside the caller's transaction when there is one
 * (so the row commits or vanishes with the work it records), and in a
 * transaction of its own otherwise (reads, denials, logins).
 */
#ifndef LEEFBAAR_AUDIT_H
#define LEEFBAAR_AUDIT_H

#include "store/store.h"

#include <stdint.h>

struct actor;
struct db;

/*
 * Records that who (its user and address) did action on the object.
 * action: "bekeken", "aangemaakt", "gewijzigd", "geexporteerd", "ingelogd", ...
 * db may be NULL (no connection): then nothing is written and -1 returned.
 */
int audit_record(struct db *db, const struct actor *who, const char *action, const char *object_type,
		 const char *object_id, const char *detail);

/* ---- reading the trail (/beheer/audit) ---- */

struct audit_filter {
	int64_t user_id;            /* who acted; 0 for anyone */
	const char *action;         /* exact; NULL or "" for any */
	const char *object_type;    /* exact; NULL or "" for any */
	int64_t from, until;        /* at >= from and at < until (unix seconds) */
};

/* One row; strings are valid during the callback only. */
struct audit_row {
	int64_t id, at, user_id;    /* user_id 0: nobody logged in (or the command line) */
	const char *user_email, *user_naam;   /* "" without a user */
	const char *ip, *action, *object_type, *object_id, *detail;
};

/*
 * Calls fn for the matching rows, newest first, skipping offset and at most
 * limit; *total counts every match.
 */
enum store_result audit_list(struct db *db, const struct audit_filter *f, int64_t offset, int limit,
			     int64_t *total, void (*fn)(void *ctx, const struct audit_row *row), void *ctx);
/*
 * Calls fn with the distinct actions (column 0) or object types (column 1)
 * among the most recent rows: suggestions for the filter, cheap on a long
 * trail.
 */
enum store_result audit_recent_values(struct db *db, int column, void (*fn)(void *ctx, const char *value), void *ctx);

#endif
