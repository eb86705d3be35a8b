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
#include <dirent.h>
#include <stdint.h>
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
	"INSERT INTO pending_upload(token_hash, bestandsnaam, opslag, mime, grootte, created_at, ip, opgenomen_op)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, nullif(?, 0))";
static const char SQL_PENDING_BYTES[] =
	"SELECT coalesce(sum(grootte), 0) FROM pending_upload WHERE created_at >= ?";
static const char SQL_PENDING_BYTES_IP[] =
	"SELECT coalesce(sum(grootte), 0) FROM pending_upload WHERE ip = ? AND created_at >= ?";
static const char SQL_STORED[] =
	"SELECT EXISTS (SELECT 1 FROM attachment WHERE opslag = ?1) OR EXISTS (SELECT 1 FROM pending_upload WHERE opslag = ?1)"
	" OR EXISTS (SELECT 1 FROM referral_file WHERE opslag = ?1)"
	" OR EXISTS (SELECT 1 FROM schouw_foto WHERE opslag = ?1)";   /* a wijkschouw's photos (issue 18) */
static const char SQL_PENDING_LIST[] =
	"SELECT id, bestandsnaam, opslag, mime, grootte, coalesce(opgenomen_op, 0) FROM pending_upload"
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
	return pending_add_from(db, hash, name, opslag, mime, size, now, "", 0);
}

enum store_result pending_add_from(struct db *db, const unsigned char hash[32], const char *name,
				   const char *opslag, const char *mime, int64_t size, int64_t now, const char *ip,
				   int64_t opgenomen_op)
{
	int rc = db_exec(db, SQL_PENDING_ADD, "btttIItI", hash, 32, name, opslag, mime, size, now, ip, opgenomen_op);

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
	f->opgenomen_op = sqlite3_column_int64(st, 5);
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

int64_t pending_bytes_since(struct db *db, const char *ip, int64_t since)
{
	if (ip)
		return db_int(db, SQL_PENDING_BYTES_IP, -1, "tI", ip, since);
	return db_int(db, SQL_PENDING_BYTES, -1, "I", since);
}

int pending_sweep(struct db *db, int64_t now)
{
	struct stored_name old[64];
	int removed = 0, n;

	/* 64 a transaction, short ones, so requests do not wait behind the sweep. */
	do {
		if (db_begin(db) < 0)
			return -1;
		n = db_fill(db, db_query(db, SQL_PENDING_OLD, "I", now - PENDING_LIFETIME), NULL, read_old, old,
			    sizeof(old[0]), 64, "pending sweep");
		for (int i = 0; i < n; i++)
			if (db_exec(db, SQL_PENDING_DEL_ID, "I", old[i].id) < 0)
				n = -1;
		if (n < 0) {
			db_rollback(db);
			return -1;
		}
		if (db_commit(db) < 0)
			return -1;
		/* Files go once their rows are gone for good: a file without a row is harmless, the reverse is not. */
		for (int i = 0; i < n; i++)
			files_remove(old[i].name);
		removed += n;
	} while (n == 64);
	return removed;
}

/* 1 when a row points at storage name, 0 when none does, -1 when the database cannot say. */
static int stored(struct db *db, const char *name)
{
	return (int)db_int(db, SQL_STORED, -1, "t", name);
}

/*
 * Removes the regular files of dir older than cutoff (mtime) that keep()
 * does not want, or, with aside (a directory inside dir), moves them
 * there, dated now; their count.
 */
static int sweep_dir(const char *dir, int64_t cutoff, int (*keep)(void *ctx, const char *name), void *ctx,
		     const char *aside)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int removed = 0;

	if (!d) {
		log_warn("sweep: cannot read %s: %s", dir, strerror(errno));
		return 0;
	}
	while ((e = readdir(d))) {
		struct stat st;
		if (e->d_name[0] == '.' || fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0 ||
		    !S_ISREG(st.st_mode) || (int64_t)st.st_mtime >= cutoff || keep(ctx, e->d_name))
			continue;
		if (aside) {
			char to[PATH_MAX];
			snprintf(to, sizeof(to), "%s/%s", aside, e->d_name);
			/* Dated now, so its days aside count from the move. */
			const struct timespec t[2] = { { .tv_nsec = UTIME_NOW }, { .tv_nsec = UTIME_NOW } };
			if (renameat(dirfd(d), e->d_name, AT_FDCWD, to) == 0 && utimensat(AT_FDCWD, to, t, 0) == 0)
				removed++;
			else
				log_warn("sweep: move %s/%s aside: %s", dir, e->d_name, strerror(errno));
		} else if (unlinkat(dirfd(d), e->d_name, 0) == 0) {
			removed++;
		} else {
			log_warn("sweep: unlink %s/%s: %s", dir, e->d_name, strerror(errno));
		}
	}
	closedir(d);
	return removed;
}

/* In bijlagen/: keep a file some row points at, and every file when the database cannot say. */
static int keep_stored(void *ctx, const char *name)
{
	return stored(ctx, name) != 0;
}

/* In tmp/ at start: only a request's temporaries are surely dead (a checked import file waits an hour). */
static int keep_unless_request_tmp(void *ctx, const char *name)
{
	(void)ctx;
	return strncmp(name, "upload-", 7) && strncmp(name, "export-", 7) && strncmp(name, "doorverwijzing-", 15);
}

static int keep_none(void *ctx, const char *name)
{
	(void)ctx;
	(void)name;
	return 0;
}

int files_sweep_orphans(struct db *db, const char *data_dir, int at_start, int64_t now, int *n_tmp, int *n_bijlagen)
{
	struct buf tmp = BUF_INIT;

	if (!dir_bijlagen)
		return log_error("files: not initialised");
	buf_addf(&tmp, "%s/tmp", data_dir);
	/*
	 * At start no request is running, so a request's temporary file and a
	 * stored file without a row are leftovers of a crash, whatever their
	 * age. While serving, a file is only an orphan once it is older than
	 * anything in flight can be (FILES_ORPHAN_AGE).
	 */
	int64_t cutoff = at_start ? INT64_MAX : now - FILES_ORPHAN_AGE;
	*n_tmp = sweep_dir(tmp.buf, cutoff, at_start ? keep_unless_request_tmp : keep_none, NULL, NULL);
	if (at_start)
		*n_tmp += sweep_dir(tmp.buf, now - FILES_ORPHAN_AGE, keep_none, NULL, NULL);
	/*
	 * A stored file without a row is set aside, not removed: started by
	 * mistake on another database (or on an older backup), the server
	 * would otherwise delete every photo it does not know. After
	 * FILES_ASIDE_DAYS nobody came for them.
	 */
	struct buf aside = BUF_INIT;
	buf_addf(&aside, "%s/" FILES_ASIDE_DIR, dir_bijlagen);
	if (mkdir(aside.buf, 0700) < 0 && errno != EEXIST) {
		log_warn("sweep: cannot make %s: %s", aside.buf, strerror(errno));
		*n_bijlagen = 0;
	} else {
		*n_bijlagen = sweep_dir(dir_bijlagen, cutoff, keep_stored, db, aside.buf);
		int gone = sweep_dir(aside.buf, now - (int64_t)FILES_ASIDE_DAYS * 86400, keep_none, NULL, NULL);
		if (gone)
			log_info("sweep: %d files set aside more than %d days ago removed from %s", gone, FILES_ASIDE_DAYS,
				 aside.buf);
	}
	buf_release(&aside);
	buf_release(&tmp);
	return 0;
}
