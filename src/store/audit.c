/*
 * audit.c - writing audit rows (see audit.h). Reading them is beheer's.
 */
#include "store/audit.h"
#include "auth/session.h"
#include "db/db.h"
#include "http/http.h"
#include "lib/log.h"

#include <time.h>

static const char SQL_INSERT[] =
	"INSERT INTO audit_log(at, user_id, ip, action, object_type, object_id, detail)"
	" VALUES (?, ?, ?, ?, ?, ?, ?)";

static int insert(struct db *db, int64_t user_id, const char *ip, const char *action,
		  const char *type, const char *id, const char *detail)
{
	int own = !db_in_tx(db);

	if (own && db_begin(db) < 0)
		return -1;
	int rc = db_exec(db, SQL_INSERT, "INttttt", (int64_t)time(NULL), user_id, ip, action,
			 type ? type : "", id ? id : "", detail ? detail : "");
	if (own) {
		if (rc < 0)
			db_rollback(db);
		else if (db_commit(db) < 0)
			rc = -1;
	}
	return rc < 0 ? log_error("audit: cannot record %s %s %s", action, type ? type : "", id ? id : "") : 0;
}

int audit_record(struct req *req, const char *action, const char *object_type,
		 const char *object_id, const char *detail)
{
	struct db *db = db_thread();

	if (!db)
		return -1;
	return insert(db, req->session ? req->session->user_id : 0, req->ip, action,
		      object_type, object_id, detail);
}

int audit_record_cli(struct db *db, int64_t user_id, const char *action, const char *object_type,
		     const char *object_id, const char *detail)
{
	return insert(db, user_id, "cli", action, object_type, object_id, detail);
}
