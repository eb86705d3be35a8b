/*
 * db.c - connections, pragmas, the statement cache, the writer lock.
 *
 * Pragmas, and why:
 *   journal_mode=WAL    readers never block the writer and vice versa.
 *   synchronous=FULL    an accepted melding must survive a power cut. In WAL
 *                       mode NORMAL may lose the last commits on power loss;
 *                       we told a tenant "received", so we pay the fsync per
 *                       commit (measured ceiling ~5,000 commits/s, PLATFORM.md).
 *   foreign_keys=ON     the schema's references are enforced, not advisory.
 *   busy_timeout        a reader that meets a checkpoint waits instead of failing.
 *   temp_store=MEMORY   sorts for list pages do not touch the disk.
 */
#include "db/db.h"
#include "lib/arena.h"
#include "lib/log.h"
#include "lib/xalloc.h"

#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STMT_SLOTS 256   /* power of two; statements per connection */

struct stmt_slot {
	const char *sql;
	sqlite3_stmt *st;
};

struct db {
	sqlite3 *h;
	int in_tx;
	struct db *next_in_pool;
	struct stmt_slot slots[STMT_SLOTS];
};

static pthread_mutex_t writer_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;
static struct db *pool_head;
static char *pool_path;
static int pool_busy_ms = 5000;
static _Thread_local struct db *thread_db;

static int pragma(sqlite3 *h, const char *sql)
{
	char *err = NULL;

	if (sqlite3_exec(h, sql, NULL, NULL, &err) != SQLITE_OK) {
		log_error("sqlite: %s: %s", sql, err ? err : "?");
		sqlite3_free(err);
		return -1;
	}
	return 0;
}

struct db *db_open(const char *path, int busy_timeout_ms)
{
	struct db *db = xcalloc(1, sizeof(*db));
	int rc = sqlite3_open_v2(path, &db->h,
				 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);

	if (rc != SQLITE_OK) {
		log_error("cannot open database %s: %s", path,
			  db->h ? sqlite3_errmsg(db->h) : sqlite3_errstr(rc));
		goto fail;
	}
	sqlite3_extended_result_codes(db->h, 1);
	sqlite3_busy_timeout(db->h, busy_timeout_ms);
	if (pragma(db->h, "PRAGMA journal_mode=WAL") ||
	    pragma(db->h, "PRAGMA synchronous=FULL") ||
	    pragma(db->h, "PRAGMA foreign_keys=ON") ||
	    pragma(db->h, "PRAGMA temp_store=MEMORY"))
		goto fail;
	return db;
fail:
	sqlite3_close(db->h);
	free(db);
	return NULL;
}

void db_close(struct db *db)
{
	if (!db)
		return;
	for (int i = 0; i < STMT_SLOTS; i++)
		sqlite3_finalize(db->slots[i].st);
	if (sqlite3_close(db->h) != SQLITE_OK)
		log_error("sqlite close: %s", sqlite3_errmsg(db->h));
	free(db);
}

sqlite3 *db_handle(struct db *db)
{
	return db->h;
}

void db_pool_init(const char *path, int busy_timeout_ms)
{
	free(pool_path);
	pool_path = xstrdup(path);
	pool_busy_ms = busy_timeout_ms;
}

struct db *db_thread(void)
{
	if (thread_db)
		return thread_db;
	if (!pool_path) {
		log_error("db_thread: no database configured");
		return NULL;
	}
	struct db *db = db_open(pool_path, pool_busy_ms);
	if (!db)
		return NULL;
	pthread_mutex_lock(&pool_lock);
	db->next_in_pool = pool_head;
	pool_head = db;
	pthread_mutex_unlock(&pool_lock);
	thread_db = db;
	return db;
}

void db_pool_close_all(void)
{
	pthread_mutex_lock(&pool_lock);
	while (pool_head) {
		struct db *next = pool_head->next_in_pool;
		db_close(pool_head);
		pool_head = next;
	}
	pthread_mutex_unlock(&pool_lock);
	thread_db = NULL;
	free(pool_path);
	pool_path = NULL;
}

sqlite3_stmt *db_stmt(struct db *db, const char *sql)
{
	uintptr_t h = (uintptr_t)sql;
	size_t i = (size_t)((h >> 3) * 0x9E3779B97F4A7C15ull) & (STMT_SLOTS - 1);

	for (size_t n = 0; n < STMT_SLOTS; n++, i = (i + 1) & (STMT_SLOTS - 1)) {
		struct stmt_slot *s = &db->slots[i];
		if (s->sql == sql)
			return s->st;
		if (s->sql)
			continue;
		if (sqlite3_prepare_v3(db->h, sql, -1, SQLITE_PREPARE_PERSISTENT, &s->st, NULL) != SQLITE_OK) {
			log_error("sqlite prepare: %s in: %s", sqlite3_errmsg(db->h), sql);
			s->st = NULL;
			return NULL;
		}
		s->sql = sql;
		return s->st;
	}
	log_error("db_stmt: statement cache full");
	return NULL;
}

static int vbind(sqlite3_stmt *st, const char *fmt, va_list ap)
{
	int rc = SQLITE_OK;

	for (int i = 1; *fmt && rc == SQLITE_OK; fmt++, i++) {
		switch (*fmt) {
		case 'i':
			rc = sqlite3_bind_int(st, i, va_arg(ap, int));
			break;
		case 'I':
			rc = sqlite3_bind_int64(st, i, va_arg(ap, int64_t));
			break;
		case 'N': {
			int64_t v = va_arg(ap, int64_t);
			rc = v ? sqlite3_bind_int64(st, i, v) : sqlite3_bind_null(st, i);
			break;
		}
		case 'd':
			rc = sqlite3_bind_double(st, i, va_arg(ap, double));
			break;
		case 't': {
			const char *s = va_arg(ap, const char *);
			rc = s ? sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT)
			       : sqlite3_bind_null(st, i);
			break;
		}
		case 'n':
			rc = sqlite3_bind_null(st, i);
			break;
		case 'b': {
			const void *p = va_arg(ap, const void *);
			int len = va_arg(ap, int);
			rc = sqlite3_bind_blob(st, i, p, len, SQLITE_TRANSIENT);
			break;
		}
		default:
			return log_error("db_bindf: bad format character '%c'", *fmt);
		}
	}
	if (rc != SQLITE_OK)
		return log_error("sqlite bind: %s", sqlite3_errstr(rc));
	return 0;
}

int db_bindf(sqlite3_stmt *st, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = vbind(st, fmt, ap);
	va_end(ap);
	return rc;
}

const char *db_text(sqlite3_stmt *st, int col, struct arena *a)
{
	return arena_strdup(a, db_borrow(st, col));
}

const char *db_borrow(sqlite3_stmt *st, int col)
{
	const unsigned char *t = sqlite3_column_text(st, col);
	return t ? (const char *)t : "";
}

void db_copy_text(sqlite3_stmt *st, int col, char *out, size_t size)
{
	snprintf(out, size, "%s", db_borrow(st, col));
}

/*
 * Where db_walk() puts each row: size bytes apart from `at` (size 0: every
 * row goes to `at` itself), growing the arena array when grow is set.
 */
struct rows {
	struct arena *a;
	db_row_fn read;
	char *at;
	size_t size;
	int n, cap, grow;
};

/* The one stepping loop: at most max rows. The count, or -1 (logged, unless the reader stopped it). */
static int db_walk(struct db *db, sqlite3_stmt *st, struct rows *r, int max, const char *what)
{
	int rc = SQLITE_DONE;

	while (r->n < max && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (r->grow && r->n == r->cap)
			r->at = arena_grow(r->a, r->at, &r->cap, r->size);
		if (r->read && r->read(st, r->a, r->at + r->size * (size_t)r->n) < 0) {
			db_done(st);
			return -1;
		}
		r->n++;
	}
	db_done(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return log_error("%s: %s", what, sqlite3_errmsg(db->h));
	return r->n;
}

int db_one(struct db *db, sqlite3_stmt *st, struct arena *a, db_row_fn read, void *out, const char *what)
{
	struct rows r = { .a = a, .read = read, .at = out };

	return st ? db_walk(db, st, &r, 1, what) : -1;
}

void *db_rows(struct db *db, sqlite3_stmt *st, struct arena *a, db_row_fn read, size_t size, int *n,
	      const char *what)
{
	struct rows r = { .a = a, .read = read, .size = size, .cap = 8, .grow = 1 };

	*n = -1;
	if (!st)
		return NULL;
	r.at = arena_alloc(a, size * (size_t)r.cap);
	*n = db_walk(db, st, &r, INT_MAX, what);
	return r.at;
}

int db_fill(struct db *db, sqlite3_stmt *st, struct arena *a, db_row_fn read, void *rows, size_t size, int max,
	    const char *what)
{
	struct rows r = { .a = a, .read = read, .at = rows, .size = size };

	return st ? db_walk(db, st, &r, max, what) : -1;
}

int db_each(struct db *db, sqlite3_stmt *st, struct arena *a, db_row_fn fn, void *ctx, const char *what)
{
	struct rows r = { .a = a, .read = fn, .at = ctx };

	return st && db_walk(db, st, &r, INT_MAX, what) >= 0 ? 0 : -1;
}

int db_read_int64(sqlite3_stmt *st, struct arena *a, void *row)
{
	(void)a;
	*(int64_t *)row = sqlite3_column_int64(st, 0);
	return 0;
}

int db_read_text(sqlite3_stmt *st, struct arena *a, void *row)
{
	*(const char **)row = db_text(st, 0, a);
	return 0;
}

void db_done(sqlite3_stmt *st)
{
	if (!st)
		return;
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
}

static sqlite3_stmt *vquery(struct db *db, const char *sql, const char *fmt, va_list ap)
{
	sqlite3_stmt *st = db_stmt(db, sql);

	if (st && vbind(st, fmt ? fmt : "", ap) < 0) {
		db_done(st);
		return NULL;
	}
	return st;
}

sqlite3_stmt *db_query(struct db *db, const char *sql, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	sqlite3_stmt *st = vquery(db, sql, fmt, ap);
	va_end(ap);
	return st;
}

int db_exec(struct db *db, const char *sql, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	sqlite3_stmt *st = vquery(db, sql, fmt, ap);
	va_end(ap);
	if (!st)
		return -1;
	int s = sqlite3_step(st);
	if (s == SQLITE_DONE || s == SQLITE_ROW) {
		rc = sqlite3_changes(db->h);
	} else if ((s & 0xff) == SQLITE_CONSTRAINT) {
		log_debug("sqlite constraint: %s", sqlite3_errmsg(db->h));
		rc = -2;
	} else {
		rc = log_error("sqlite step: %s in: %s", sqlite3_errmsg(db->h), sql);
	}
	db_done(st);
	return rc;
}

int64_t db_int(struct db *db, const char *sql, int64_t def, const char *fmt, ...)
{
	va_list ap;
	int64_t v = def;

	va_start(ap, fmt);
	sqlite3_stmt *st = vquery(db, sql, fmt, ap);
	va_end(ap);
	if (!st)
		return def;
	int s = sqlite3_step(st);
	if (s == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		v = sqlite3_column_int64(st, 0);
	else if (s != SQLITE_ROW && s != SQLITE_DONE)
		log_error("sqlite step: %s in: %s", sqlite3_errmsg(db->h), sql);
	db_done(st);
	return v;
}

int64_t db_last_id(struct db *db)
{
	return sqlite3_last_insert_rowid(db->h);
}

int db_begin(struct db *db)
{
	pthread_mutex_lock(&writer_lock);
	if (pragma(db->h, "BEGIN IMMEDIATE") < 0) {
		pthread_mutex_unlock(&writer_lock);
		return -1;
	}
	db->in_tx = 1;
	return 0;
}

int db_commit(struct db *db)
{
	int rc = pragma(db->h, "COMMIT");

	if (rc < 0) {
		pragma(db->h, "ROLLBACK");
	}
	db->in_tx = 0;
	pthread_mutex_unlock(&writer_lock);
	return rc;
}

void db_rollback(struct db *db)
{
	if (!db->in_tx)
		return;
	pragma(db->h, "ROLLBACK");
	db->in_tx = 0;
	pthread_mutex_unlock(&writer_lock);
}

int db_in_tx(const struct db *db)
{
	return db->in_tx;
}

int db_exec_script(struct db *db, const char *sql)
{
	return pragma(db->h, sql);
}

int db_backup(struct db *db, const char *dest)
{
	sqlite3 *to;
	int rc;

	if (sqlite3_open_v2(dest, &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
		log_error("cannot open %s: %s", dest, sqlite3_errmsg(to));
		sqlite3_close(to);
		return -1;
	}
	sqlite3_backup *b = sqlite3_backup_init(to, "main", db->h, "main");
	if (!b) {
		log_error("backup: %s", sqlite3_errmsg(to));
		sqlite3_close(to);
		return -1;
	}
	/* Copy in steps so writers are not held off for the whole copy. */
	do {
		rc = sqlite3_backup_step(b, 1024);
		if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
			sqlite3_sleep(20);
	} while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
	sqlite3_backup_finish(b);
	if (rc != SQLITE_DONE) {
		log_error("backup to %s: %s", dest, sqlite3_errstr(rc));
		sqlite3_close(to);
		return -1;
	}
	rc = sqlite3_close(to);
	return rc == SQLITE_OK ? 0 : -1;
}

int db_ping(struct db *db)
{
	/* A real read of our own schema, not just "SELECT 1", which never touches the file. */
	return db_int(db, "SELECT count(*) >= 0 FROM schema_migrations", 0, NULL) == 1 ? 0 : -1;
}
