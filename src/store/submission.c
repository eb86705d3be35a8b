/*
 * submission.c - the SQL of the claims of "nothing twice".
 */
#include "store/submission.h"
#include "db/db.h"
#include "lib/arena.h"

#include <string.h>

static const char SQL_CLAIM[] = "INSERT INTO submission(sleutel, inhoud, aangemaakt) VALUES (?, ?, ?)";
static const char SQL_GET[] =
	"SELECT inhoud, klaar, status, location, content_type, body FROM submission WHERE sleutel = ?";
static const char SQL_FINISH[] =
	"UPDATE submission SET klaar = 1, status = ?, location = ?, content_type = ?, body = ? WHERE sleutel = ?";
static const char SQL_RELEASE[] = "DELETE FROM submission WHERE sleutel = ? AND klaar = 0";
static const char SQL_SWEEP[] = "DELETE FROM submission WHERE aangemaakt < ?";

enum store_result submission_claim(struct db *db, const unsigned char key[SUBMISSION_KEY],
				   const unsigned char inhoud[SUBMISSION_KEY], int64_t now)
{
	int rc = db_exec_alone(db, SQL_CLAIM, "bbI", key, SUBMISSION_KEY, inhoud, SUBMISSION_KEY, now);
	return rc == -2 ? STORE_CONFLICT : rc < 0 ? STORE_ERROR : STORE_OK;
}

static int read_submission(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct submission *s = row;
	const void *b;

	memset(s, 0, sizeof(*s));
	if (sqlite3_column_bytes(st, 0) == SUBMISSION_KEY)
		memcpy(s->inhoud, sqlite3_column_blob(st, 0), SUBMISSION_KEY);
	s->klaar = sqlite3_column_int(st, 1);
	s->status = sqlite3_column_int(st, 2);
	s->location = db_text(st, 3, a);
	s->content_type = db_text(st, 4, a);
	s->body_len = (size_t)sqlite3_column_bytes(st, 5);
	if ((b = sqlite3_column_blob(st, 5)) && s->body_len) {
		void *copy = arena_alloc(a, s->body_len);
		memcpy(copy, b, s->body_len);
		s->body = copy;
	}
	return 0;
}

enum store_result submission_get(struct db *db, struct arena *a, const unsigned char key[SUBMISSION_KEY],
				 struct submission *out)
{
	sqlite3_stmt *st = db_query(db, SQL_GET, "b", key, SUBMISSION_KEY);

	return store_result_of(db_one(db, st, a, read_submission, out, "submission"));
}

enum store_result submission_finish(struct db *db, const unsigned char key[SUBMISSION_KEY], int status,
				    const char *location, const char *content_type, const void *body, size_t len)
{
	int rc = db_exec_alone(db, SQL_FINISH, "ittbb", status, location, content_type, body, (int)len, key, SUBMISSION_KEY);
	return rc < 0 ? STORE_ERROR : rc == 0 ? STORE_NOTFOUND : STORE_OK;
}

enum store_result submission_release(struct db *db, const unsigned char key[SUBMISSION_KEY])
{
	return db_exec_alone(db, SQL_RELEASE, "b", key, SUBMISSION_KEY) < 0 ? STORE_ERROR : STORE_OK;
}

int submission_sweep(struct db *db, int64_t before)
{
	int n = db_exec_alone(db, SQL_SWEEP, "I", before);
	return n < 0 ? -1 : n;
}
