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

#include <stdint.h>

struct req;
struct db;

/* action: "bekeken", "aangemaakt", "gewijzigd", "geexporteerd", "ingelogd", ... */
int audit_record(struct req *req, const char *action, const char *object_type,
		 const char *object_id, const char *detail);
/* The same without a request (command line); user_id 0 = none. */
int audit_record_cli(struct db *db, int64_t user_id, const char *action, const char *object_type,
		     const char *object_id, const char *detail);

#endif
