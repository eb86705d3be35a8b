/*
 * files.c - attachment files, type checks and pending uploads (see files.h).
 */
#include "store/files.h"
#include "auth/secret.h"
#include "db/db.h"
#include "lib/buf.h"
#include "lib/log.h"
#include "lib/xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <magic.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char *dir_bijlagen;

/* A magic_t is not thread-safe: one per thread, all closed at shutdown. */
struct magic_slot {
	magic_t m;
	struct magic_slot *next;
};
static pthread_mutex_t magic_lock = PTHREAD_MUTEX_INITIALIZER;
static struct magic_slot *magic_all;
static _Thread_local magic_t thread_magic;

static const struct {
	const char *mime, *kind;
} accepted[] = {
	{ "image/jpeg", "foto" }, { "image/png", "foto" }, { "image/heic", "foto" }, { "image/heif", "foto" },
	{ "video/mp4", "video" }, { "video/quicktime", "video" },
	{ "audio/mpeg", "geluid" }, { "audio/x-m4a", "geluid" }, { "audio/mp4", "geluid" },
	{ "audio/x-wav", "geluid" }, { "audio/wav", "geluid" }, { "audio/vnd.wave", "geluid" },
};

/* pending_list() returns at most this many files of one token. */
#define PENDING_MAX 16

static const char SQL_PENDING_ADD[] =
	"INSERT INTO pending_upload(token_hash, bestandsnaam, opslag, mime, grootte, created_at) VALUES (?, ?, ?, ?, ?, ?)";
static const char SQL_PENDING_LIST[] =
	"SELECT id, bestandsnaam, opslag, mime, grootte FROM pending_upload"
	" WHERE token_hash = ? AND created_at >= ? ORDER BY id";
static const char SQL_PENDING_ONE[] = "SELECT opslag FROM pending_upload WHERE token_hash = ? AND id = ?";
static const char SQL_PENDING_DEL[] = "DELETE FROM pending_upload WHERE token_hash = ? AND id = ?";
static const char SQL_PENDING_TAKEN[] = "DELETE FROM pending_upload WHERE token_hash = ?";
static const char SQL_PENDING_OLD[] = "SELECT id, opslag FROM pending_upload WHERE created_at < ?";
static const char SQL_PENDING_DEL_ID[] = "DELETE FROM pending_upload WHERE id = ?";

int files_init(const char *data_dir)
{
	struct buf b = BUF_INIT;

	buf_addf(&b, "%s/bijlagen", data_dir);
	if (mkdir(b.buf, 0750) < 0 && errno != EEXIST) {
		log_error("cannot create %s: %s", b.buf, strerror(errno));
		buf_release(&b);
		return -1;
	}
	free(dir_bijlagen);
	dir_bijlagen = buf_detach(&b, NULL);
	return 0;
}

void files_shutdown(void)
{
	pthread_mutex_lock(&magic_lock);
	while (magic_all) {
		struct magic_slot *next = magic_all->next;
		magic_close(magic_all->m);
		free(magic_all);
		magic_all = next;
	}
	pthread_mutex_unlock(&magic_lock);
	thread_magic = NULL;
	free(dir_bijlagen);
	dir_bijlagen = NULL;
}

static magic_t my_magic(void)
{
	if (thread_magic)
		return thread_magic;
	magic_t m = magic_open(MAGIC_MIME_TYPE | MAGIC_ERROR);
	if (!m || magic_load(m, NULL) != 0) {
		log_error("libmagic: %s", m ? magic_error(m) : "cannot open");
		if (m)
			magic_close(m);
		return NULL;
	}
	struct magic_slot *s = xmalloc(sizeof(*s));
	s->m = m;
	pthread_mutex_lock(&magic_lock);
	s->next = magic_all;
	magic_all = s;
	pthread_mutex_unlock(&magic_lock);
	thread_magic = m;
	return m;
}

int files_check_type(const char *path, char mime[64])
{
	magic_t m = my_magic();
	const char *t = m ? magic_file(m, path) : NULL;

	mime[0] = '\0';
	if (!t)
		return -1;
	snprintf(mime, 64, "%s", t);
	for (size_t i = 0; i < sizeof(accepted) / sizeof(accepted[0]); i++)
		if (!strcmp(mime, accepted[i].mime))
			return 0;
	return -1;
}

const char *files_kind(const char *mime)
{
	for (size_t i = 0; i < sizeof(accepted) / sizeof(accepted[0]); i++)
		if (!strcmp(mime, accepted[i].mime))
			return accepted[i].kind;
	return "bestand";
}

static int fsync_path(const char *path, int flags)
{
	int fd = open(path, flags | O_CLOEXEC);
	if (fd < 0)
		return log_error("open %s: %s", path, strerror(errno));
	int rc = fsync(fd);
	if (rc < 0)
		log_error("fsync %s: %s", path, strerror(errno));
	close(fd);
	return rc;
}

int files_keep(const char *tmp_path, char name[FILES_NAME_LEN])
{
	struct buf dest = BUF_INIT;
	int rc = -1;

	if (!dir_bijlagen)
		return log_error("files: not initialised");
	secret_random_b64(name, FILES_NAME_LEN, 32);
	buf_addf(&dest, "%s/%s", dir_bijlagen, name);
	if (fsync_path(tmp_path, O_RDONLY) < 0)
		goto out;
	if (rename(tmp_path, dest.buf) < 0) {
		log_error("rename %s: %s", tmp_path, strerror(errno));
		goto out;
	}
	/* The directory entry must be durable too before a row points at it. */
	if (fsync_path(dir_bijlagen, O_RDONLY | O_DIRECTORY) < 0)
		goto out;
	rc = 0;
out:
	buf_release(&dest);
	return rc;
}

const char *files_path(struct arena *a, const char *name)
{
	return arena_printf(a, "%s/%s", dir_bijlagen ? dir_bijlagen : ".", name);
}

void files_remove(const char *name)
{
	struct buf p = BUF_INIT;

	if (!dir_bijlagen || strchr(name, '/'))
		return;
	buf_addf(&p, "%s/%s", dir_bijlagen, name);
	if (unlink(p.buf) < 0 && errno != ENOENT)
		log_warn("unlink %s: %s", p.buf, strerror(errno));
	buf_release(&p);
}

enum store_result pending_add(struct db *db, const unsigned char hash[32], const char *name,
			      const char *opslag, const char *mime, int64_t size, int64_t now)
{
	int rc = db_exec(db, SQL_PENDING_ADD, "btttII", hash, 32, name, opslag, mime, size, now);

	return rc < 0 ? STORE_ERROR : STORE_OK;
}

static int read_pending(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct pending_file *f = row;

	f->id = sqlite3_column_int64(st, 0);
	f->bestandsnaam = db_text(st, 1, a);
	f->opslag = db_text(st, 2, a);
	f->mime = db_text(st, 3, a);
	f->grootte = sqlite3_column_int64(st, 4);
	return 0;
}

int pending_list(struct db *db, struct arena *a, const unsigned char hash[32], int64_t now,
		 struct pending_file **out)
{
	sqlite3_stmt *st = db_query(db, SQL_PENDING_LIST, "bI", hash, 32, now - PENDING_LIFETIME);
	struct pending_file *f = arena_alloc(a, PENDING_MAX * sizeof(*f));

	*out = f;
	return db_fill(db, st, a, read_pending, f, sizeof(*f), PENDING_MAX, "pending uploads");
}

/* A storage name, for the file to remove with its row. */
struct stored_name {
	int64_t id;
	char name[FILES_NAME_LEN];
};

static int read_name(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct stored_name *x = row;

	(void)a;
	db_copy_text(st, 0, x->name, sizeof(x->name));
	return 0;
}

enum store_result pending_drop(struct db *db, const unsigned char hash[32], int64_t id)
{
	sqlite3_stmt *st = db_query(db, SQL_PENDING_ONE, "bI", hash, 32, id);
	struct stored_name x = { 0 };
	int found = db_one(db, st, NULL, read_name, &x, "pending upload");

	if (found < 0)
		return STORE_ERROR;
	if (!found || !x.name[0])
		return STORE_NOTFOUND;
	if (db_exec(db, SQL_PENDING_DEL, "bI", hash, 32, id) < 0)
		return STORE_ERROR;
	files_remove(x.name);
	return STORE_OK;
}

enum store_result pending_taken(struct db *db, const unsigned char hash[32])
{
	return db_exec(db, SQL_PENDING_TAKEN, "b", hash, 32) < 0 ? STORE_ERROR : STORE_OK;
}

static int read_old(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct stored_name *x = row;

	(void)a;
	x->id = sqlite3_column_int64(st, 0);
	db_copy_text(st, 1, x->name, sizeof(x->name));
	return 0;
}

void pending_expire(struct db *db, int64_t now)
{
	sqlite3_stmt *st = db_query(db, SQL_PENDING_OLD, "I", now - PENDING_LIFETIME);
	struct stored_name old[64];

	/* At most 64 a call: the next call takes the rest. */
	int n = db_fill(db, st, NULL, read_old, old, sizeof(old[0]), 64, "pending expire");
	for (int i = 0; i < n; i++) {
		/* Rows go first: a file without a row is harmless, the reverse is not. */
		if (db_exec(db, SQL_PENDING_DEL_ID, "I", old[i].id) >= 0)
			files_remove(old[i].name);
	}
}
