/*
 * db.c - connections, pragmas, the statement cache, group commit.
 *
 * Pragmas, and why:
 *   journal_mode=WAL    readers never block the writer and vice versa.
 *   synchronous=FULL    an accepted melding must survive a power cut. In WAL
 *                       mode NORMAL may lose the last commits on power loss;
 *                       we told a tenant "received", so we pay an fsync per
 *                       commit, and share it among the writes that queue
 *                       together (group commit, below).
 *   foreign_keys=ON     the schema's references are enforced, not advisory.
 *   busy_timeout        a reader that meets a checkpoint waits instead of failing.
 *   temp_store=MEMORY   sorts for list pages do not touch the disk.
 *
 * The server's writer never checkpoints: SQLite's automatic checkpoint
 * runs inside the COMMIT that crosses 1,000 WAL pages, copying pages into
 * the database and fsyncing it while every queued write waits - the tail
 * of the create latency. A thread of its own does it instead (PASSIVE, on
 * its own connection), beside the writes (checkpointer() below).
 */
#include "db/db.h"
#include "lib/arena.h"
#include "lib/log.h"
#include "lib/waitq.h"
#include "lib/xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/statvfs.h>
#include <time.h>
#include <unistd.h>

#define STMT_SLOTS 256   /* power of two; statements per connection */
#define POOL_CACHE_KB 512 /* page cache of each thread's reading connection */
#define STR_(x) #x
#define STR(x) STR_(x)

struct stmt_slot {
	const char *sql;
	const char *tail;   /* what follows its first statement (tx() below) */
	sqlite3_stmt *st;
};

#define DYN_SLOTS 32     /* statements whose SQL is built per call, per connection */

/* A statement cached by its text (db_stmt_text()). */
struct dyn_stmt {
	uint64_t hash, used;
	char *sql;
	sqlite3_stmt *st;
};

/* One SQLite connection and its statements. */
struct conn {
	sqlite3 *h;
	struct stmt_slot slots[STMT_SLOTS];
	struct dyn_stmt dyn[DYN_SLOTS];
	uint64_t tick;
	int64_t serial;   /* which opening this is, process-wide: see db_version() */
};

/*
 * A thread's handle: its own connection for reads, and inside db_begin() ..
 * db_commit() the shared writer connection (cur), so that callers keep
 * passing the same struct db and never see the switch.
 */
struct db {
	struct conn own;
	struct conn *cur;
	int in_tx;
	int reading;      /* in db_read_begin() .. db_read_end() */
	int savepoint;    /* this write joined a batch with others' writes in it */
	int pooled;
	struct db *next_in_pool;
};

/* Writes of a connection opened with db_open() outside the pool (the commands). */
static pthread_mutex_t writer_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;
static struct db *pool_head;
static char *pool_path;
static int pool_busy_ms = 5000;
static _Thread_local struct db *thread_db;

/* Group commit (see db_begin() below). */
#define SPACE_MIN (16u << 20)        /* free bytes below which /healthz says the disk is nearly full */
#define BATCH_MAX 128                 /* requests in one commit */
#define BATCH_MAX_NS (50 * 1000000L)  /* and how long the first of them waits for the others at most */

struct member {
	int rc, done;
	struct member *next;
};


static struct {
	pthread_mutex_t lock;
	struct waitq line;            /* who waits for w, first come first served */
	pthread_cond_t done_cv;       /* a batch was committed or given up */
	struct conn w;
	int busy;                     /* a request writes on w */
	int committing;
	int open;                     /* BEGIN IMMEDIATE done on w */
	int n;                        /* members released into the open batch */
	int64_t first;                /* when its first member was released (monotonic ns) */
	struct member *members;
	int failed;                   /* the last write's storage failure (SQLite code), 0 once one works */
	uint64_t commits;             /* statistics for db_group_stats() */
	uint64_t batched;
} G = { .lock = PTHREAD_MUTEX_INITIALIZER,
	.done_cv = PTHREAD_COND_INITIALIZER };


/*
 * The checkpoint thread (see the top of this file). It wakes once this many
 * WAL pages wait to be copied back. SQLite's own 1,000 made it copy the
 * same hot index pages again and again: at a million meldingen under load
 * it ran 136 times in ten seconds; at 8,000 it runs 19 times (a WAL of
 * some 32 MB at 4 KB pages).
 */
#define CKPT_PAGES 8000
#define CATCH_UP_PAGES 256            /* left for the writer to copy before the WAL starts again */
#define CATCH_UP_PASSES 4             /* passes of the thread to get there, at most */
static atomic_int ckpt_pages = CKPT_PAGES;

static struct {
	pthread_mutex_t lock;
	pthread_cond_t cv;
	pthread_t thread;
	int started, stop;
	int wal_pages;                /* frames in the WAL at the last commit */
	int copied;                   /* of which the last checkpoint copied back */
	uint64_t runs;
	atomic_int restart;           /* everything seen was copied back: the writer may start the WAL again */
	uint64_t restarts;
} K = { .lock = PTHREAD_MUTEX_INITIALIZER, .cv = PTHREAD_COND_INITIALIZER };

static void checkpoint_stop(void);

static void (*wait_before)(void), (*wait_after)(void);

void db_set_commit_wait_hooks(void (*before)(void), void (*after)(void))
{
	wait_before = before;
	wait_after = after;
}

/* SQL run in every write transaction just before its COMMIT (db_before_commit()). */
static const char *_Atomic before_commit_sql;

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

/*
 * Once, before SQLite starts: no memory statistics. Keeping them takes a
 * global mutex on every allocation, which all request threads then share.
 */
static void library_init(void)
{
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

/* Opens c->h with the pragmas; 0, or -1 (logged, nothing left open). */
static int conn_open(struct conn *c, const char *path, int busy_timeout_ms)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;

	static _Atomic int64_t opened;

	pthread_once(&once, library_init);
	c->serial = ++opened;
	int rc = sqlite3_open_v2(path, &c->h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);

	if (rc != SQLITE_OK) {
		log_error("cannot open database %s: %s", path, c->h ? sqlite3_errmsg(c->h) : sqlite3_errstr(rc));
		goto fail;
	}
	sqlite3_extended_result_codes(c->h, 1);
	sqlite3_busy_timeout(c->h, busy_timeout_ms);
	/*
	 * A file SQLite could open only read-only (its mode, a read-only
	 * mount) still serves reads; the writer tries it again at every write
	 * (group_begin()), so the server works again once it is fixed.
	 */
	int ro = sqlite3_db_readonly(c->h, "main") == 1;
	if (ro)
		log_warn("database %s is read-only: nothing can be stored until it is writable", path);
	if ((!ro && (pragma(c->h, "PRAGMA journal_mode=WAL") || pragma(c->h, "PRAGMA synchronous=FULL"))) ||
	    pragma(c->h, "PRAGMA foreign_keys=ON") ||
	    pragma(c->h, "PRAGMA temp_store=MEMORY"))
		goto fail;
	return 0;
fail:
	sqlite3_close(c->h);
	c->h = NULL;
	return -1;
}

static void conn_close(struct conn *c)
{
	for (int i = 0; i < STMT_SLOTS; i++) {
		sqlite3_finalize(c->slots[i].st);
		c->slots[i] = (struct stmt_slot){ 0 };
	}
	for (int i = 0; i < DYN_SLOTS; i++) {
		sqlite3_finalize(c->dyn[i].st);
		free(c->dyn[i].sql);
		c->dyn[i] = (struct dyn_stmt){ 0 };
	}
	if (c->h && sqlite3_close(c->h) != SQLITE_OK)
		log_error("sqlite close: %s", sqlite3_errmsg(c->h));
	c->h = NULL;
}

struct db *db_open(const char *path, int busy_timeout_ms)
{
	struct db *db = xcalloc(1, sizeof(*db));

	if (conn_open(&db->own, path, busy_timeout_ms) < 0) {
		free(db);
		return NULL;
	}
	db->cur = &db->own;
	return db;
}

void db_close(struct db *db)
{
	if (!db)
		return;
	conn_close(&db->own);
	free(db);
}

sqlite3 *db_handle(struct db *db)
{
	return db->cur->h;
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
	/*
	 * A thread's own connection only reads (writes go through the shared
	 * writer), and the server has many threads: each keeps a small page
	 * cache, and the operating system's holds the rest of the file. With
	 * SQLite's 2 MB each, 32 threads came to 60 MB resident.
	 */
	pragma(db->own.h, "PRAGMA cache_size = -" STR(POOL_CACHE_KB));
	db->pooled = 1;
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
	checkpoint_stop();
	pthread_mutex_lock(&G.lock);
	conn_close(&G.w);
	G.open = 0;
	pthread_mutex_unlock(&G.lock);
	thread_db = NULL;
	free(pool_path);
	pool_path = NULL;
}

/* c's kept statement for the constant SQL text at sql (its first statement; *tail: what follows). */
static sqlite3_stmt *conn_stmt(struct conn *c, const char *sql, const char **tail)
{
	uintptr_t h = (uintptr_t)sql;
	size_t i = (size_t)((h >> 3) * 0x9E3779B97F4A7C15ull) & (STMT_SLOTS - 1);

	for (size_t n = 0; n < STMT_SLOTS; n++, i = (i + 1) & (STMT_SLOTS - 1)) {
		struct stmt_slot *s = &c->slots[i];
		if (s->sql == sql) {
			*tail = s->tail;
			return s->st;
		}
		if (s->sql)
			continue;
		if (sqlite3_prepare_v3(c->h, sql, -1, SQLITE_PREPARE_PERSISTENT, &s->st, &s->tail) != SQLITE_OK || !s->st) {
			log_error("sqlite prepare: %s in: %s", sqlite3_errmsg(c->h), sql);
			sqlite3_finalize(s->st);
			*s = (struct stmt_slot){ 0 };
			return NULL;
		}
		s->sql = sql;
		*tail = s->tail;
		return s->st;
	}
	log_error("db_stmt: statement cache full");
	return NULL;
}

sqlite3_stmt *db_stmt(struct db *db, const char *sql)
{
	const char *tail;

	return conn_stmt(db->cur, sql, &tail);
}

/*
 * Transaction control, and the SQL run before each COMMIT, on c: each
 * statement of the constant text kept prepared, not parsed again on every
 * write as sqlite3_exec() does (2.7% of a create's CPU, in the writer).
 * 0, or -1 (logged; the connection keeps the error code).
 */
static int tx(struct conn *c, const char *sql)
{
	for (;;) {
		while (*sql == ' ' || *sql == '\n' || *sql == '\t')
			sql++;
		if (!*sql)
			return 0;
		const char *tail;
		sqlite3_stmt *st = conn_stmt(c, sql, &tail);
		if (!st)
			return -1;
		int rc;
		while ((rc = sqlite3_step(st)) == SQLITE_ROW)
			;
		if (rc != SQLITE_DONE) {
			log_error("sqlite: %s: %s", sql, sqlite3_errmsg(c->h));
			sqlite3_reset(st);
			return -1;
		}
		sqlite3_reset(st);
		sql = tail;
	}
}

sqlite3_stmt *db_stmt_text(struct db *db, const char *sql)
{
	struct conn *c = db->cur;
	struct dyn_stmt *victim = NULL;
	uint64_t h = 1469598103934665603ull;   /* FNV-1a */

	for (const unsigned char *p = (const unsigned char *)sql; *p; p++)
		h = (h ^ *p) * 1099511628211ull;
	for (int i = 0; i < DYN_SLOTS; i++) {
		struct dyn_stmt *d = &c->dyn[i];
		if (!d->st) {
			if (!victim || victim->st)
				victim = d;
			continue;
		}
		/* A statement still being stepped is another reader's: never hand it out twice. */
		if (sqlite3_stmt_busy(d->st))
			continue;
		if (d->hash == h && !strcmp(d->sql, sql)) {
			d->used = ++c->tick;
			return d->st;
		}
		if (!victim || (victim->st && d->used < victim->used))
			victim = d;
	}
	if (!victim) {
		log_error("db_stmt_text: every cached statement is in use");
		return NULL;
	}
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v3(c->h, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL) != SQLITE_OK) {
		log_error("sqlite prepare: %s in: %s", sqlite3_errmsg(c->h), sql);
		sqlite3_finalize(st);
		return NULL;
	}
	sqlite3_finalize(victim->st);
	free(victim->sql);
	*victim = (struct dyn_stmt){ .hash = h, .used = ++c->tick, .sql = xstrdup(sql), .st = st };
	return st;
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
	const char *t = db_borrow(st, col);
	size_t n = (size_t)sqlite3_column_bytes(st, col);

	if (!size)
		return;
	if (n >= size)
		n = size - 1;
	memcpy(out, t, n);
	out[n] = '\0';
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
		return log_error("%s: %s", what, sqlite3_errmsg(db->cur->h));
	return r->n;
}

int db_one(struct db *db, sqlite3_stmt *st, struct arena *a, db_row_fn read, void *out, const char *what)
{
	struct rows r = { .a = a, .read = read, .at = out };

	return st ? db_walk(db, st, &r, 1, what) : -1;
}

struct blob_out {
	unsigned char *out;
	size_t max, *len;
	int found;
};

static int read_blob(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct blob_out *b = row;
	size_t n = (size_t)sqlite3_column_bytes(st, 0);

	(void)a;
	if (sqlite3_column_type(st, 0) == SQLITE_BLOB && n <= b->max) {
		memcpy(b->out, sqlite3_column_blob(st, 0), n);
		*b->len = n;
		b->found = 1;
	}
	return 0;
}

int db_one_blob(struct db *db, sqlite3_stmt *st, unsigned char *out, size_t max, size_t *len, const char *what)
{
	struct blob_out b = { .out = out, .max = max, .len = len };

	return db_one(db, st, NULL, read_blob, &b, what) < 0 ? -1 : b.found;
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

static int vexec(struct db *db, const char *sql, const char *fmt, va_list ap)
{
	int rc;
	sqlite3_stmt *st = vquery(db, sql, fmt, ap);

	if (!st)
		return -1;
	int s = sqlite3_step(st);
	if (s == SQLITE_DONE || s == SQLITE_ROW) {
		rc = sqlite3_changes(db->cur->h);
	} else if ((s & 0xff) == SQLITE_CONSTRAINT) {
		log_debug("sqlite constraint: %s", sqlite3_errmsg(db->cur->h));
		rc = -2;
	} else {
		rc = log_error("sqlite step: %s in: %s", sqlite3_errmsg(db->cur->h), sql);
	}
	db_done(st);
	return rc;
}

int db_exec(struct db *db, const char *sql, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	int rc = vexec(db, sql, fmt, ap);
	va_end(ap);
	return rc;
}

int db_exec_alone(struct db *db, const char *sql, const char *fmt, ...)
{
	va_list ap;

	if (db_begin(db) < 0)
		return -1;
	va_start(ap, fmt);
	int n = vexec(db, sql, fmt, ap);
	va_end(ap);
	if (n < 0) {
		db_rollback(db);
		return n;
	}
	return db_commit(db) < 0 ? -1 : n;
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
		log_error("sqlite step: %s in: %s", sqlite3_errmsg(db->cur->h), sql);
	db_done(st);
	return v;
}

int64_t db_last_id(struct db *db)
{
	return sqlite3_last_insert_rowid(db->cur->h);
}

/*
 * Group commit. Every pooled thread writes on one shared writer connection,
 * one request at a time (writes stay serialised here, never left to
 * busy_timeout), each inside a SAVEPOINT of an outer BEGIN IMMEDIATE that
 * several requests share. A request's db_commit() releases its savepoint
 * and then waits for the COMMIT of that outer transaction: the request
 * that finishes while no other is waiting to write (or when the batch is
 * full or old) commits for all of them, so one fsync covers the batch and
 * nobody is told "done" before the change is durable. A request that
 * fails rolls back to its own savepoint only; when SQLite itself dropped
 * the whole transaction (disk full, I/O error), every member of the batch
 * fails, none is acknowledged.
 */
static int64_t mono_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/*
 * Under G.lock, whenever w may have become free: hands it to the first in
 * line. Straight to that one, so neither a newcomer nor a waiter woken out
 * of order overtakes: with everyone woken and racing for it, some writes
 * waited 75 ms while later ones went first.
 */
static void writer_next(void)
{
	if (!G.busy && !G.committing && waitq_wake(&G.line))
		G.busy = 1;   /* the woken one's: it runs only once G.lock is free */
}

/* Under G.lock: hands every waiting member its outcome and closes the batch. */
static void batch_settle(int rc)
{
	for (struct member *m = G.members; m; m = m->next) {
		m->rc = rc;
		m->done = 1;
	}
	G.members = NULL;
	G.n = 0;
	G.open = 0;
	pthread_cond_broadcast(&G.done_cv);
	writer_next();
}

/* Under G.lock, with w released by its last writer: COMMIT the batch (w is ours while committing). */
/* A failure of the storage rather than of the request: full disk, read-only file, I/O. */
static int storage_failure(int code)
{
	switch (code & 0xff) {
	case SQLITE_FULL: case SQLITE_IOERR: case SQLITE_READONLY: case SQLITE_CANTOPEN:
	case SQLITE_CORRUPT: case SQLITE_NOTADB: case SQLITE_PERM:
		return 1;
	default:
		return 0;
	}
}

/*
 * Under G.lock, w not in use: remembers how the last write went (for
 * /healthz). After a storage failure the writer connection is closed, so
 * the next write opens the file afresh: a database that was read-only, or
 * whose disk was full, works again without a restart once it is fixed.
 */
static void note_write(int code)
{
	if (code && !storage_failure(code))
		return;
	G.failed = code;
	if (code && G.w.h && !G.open) {
		log_error("group commit: %s; the writer connection is opened again for the next write",
			  sqlite3_errstr(code));
		conn_close(&G.w);
	}
}

static void batch_commit(void)
{
	G.committing = 1;
	pthread_mutex_unlock(&G.lock);
	const char *pre = before_commit_sql;
	int rc = pre ? tx(&G.w, pre) : 0;
	if (rc == 0)
		rc = tx(&G.w, "COMMIT");
	int code = rc < 0 ? sqlite3_extended_errcode(G.w.h) : 0;
	if (rc < 0 && !sqlite3_get_autocommit(G.w.h))   /* an I/O error has rolled it back already */
		tx(&G.w, "ROLLBACK");
	pthread_mutex_lock(&G.lock);
	G.open = 0;
	note_write(code);
	G.committing = 0;
	G.commits++;
	G.batched += (uint64_t)G.n;
	batch_settle(rc);
}

/* After each commit of the writer: wakes the checkpoint thread when enough waits to be copied back. */
static int wal_hook(void *arg, sqlite3 *h, const char *name, int pages)
{
	(void)arg; (void)h; (void)name;
	pthread_mutex_lock(&K.lock);
	if (pages < K.copied)   /* the WAL started again from its beginning */
		K.copied = 0;
	K.wal_pages = pages;
	if (pages - K.copied >= atomic_load(&ckpt_pages))
		pthread_cond_signal(&K.cv);
	pthread_mutex_unlock(&K.lock);
	return SQLITE_OK;
}

static void *checkpointer(void *arg)
{
	struct conn c = { 0 };

	(void)arg;
	if (conn_open(&c, pool_path, pool_busy_ms) < 0)
		return NULL;
	int again = 0, passes = 0;

	pthread_mutex_lock(&K.lock);
	while (!K.stop) {
		if (!again && K.wal_pages - K.copied < atomic_load(&ckpt_pages)) {
			pthread_cond_wait(&K.cv, &K.lock);
			continue;
		}
		again = 0;
		pthread_mutex_unlock(&K.lock);
		int frames = 0, copied = 0;
		/* PASSIVE: copies what no reader still needs, never waits for or blocks a writer. */
		int rc = sqlite3_wal_checkpoint_v2(c.h, "main", SQLITE_CHECKPOINT_PASSIVE, &frames, &copied);
		if (rc != SQLITE_OK && (rc & 0xff) != SQLITE_BUSY)
			log_warn("checkpoint: %s", sqlite3_errmsg(c.h));
		pthread_mutex_lock(&K.lock);
		K.runs++;
		if (rc == SQLITE_OK)
			K.copied = copied;
		if (rc == SQLITE_OK && copied == frames && frames > 0) {
			/*
			 * What was committed during the pass is copied by another,
			 * shorter one first: the writer's catch-up, which every
			 * write waits for, then holds a batch or two, not the
			 * 20 ms of commits a long pass let pile up.
			 */
			if (K.wal_pages - frames > CATCH_UP_PAGES && ++passes < CATCH_UP_PASSES) {
				again = 1;
			} else {
				atomic_store(&K.restart, 1);
				passes = 0;
			}
		}
		/*
		 * A reader holding old pages leaves some behind; wait for the
		 * next commit's count rather than spin on the same frames.
		 */
		if (rc != SQLITE_OK || copied < frames)
			K.wal_pages = K.copied;
	}
	pthread_mutex_unlock(&K.lock);
	conn_close(&c);
	return NULL;
}

/* Under G.lock, G.w just opened: its checkpoints go to the thread, started once. */
static void checkpoint_off_writer(void)
{
	sqlite3_wal_hook(G.w.h, wal_hook, NULL);
	pthread_mutex_lock(&K.lock);
	if (!K.started) {
		K.stop = 0;
		K.copied = K.wal_pages = 0;
		/*
		 * It may start before the server blocks SIGTERM for sigwait()
		 * (a write at start): it must never be the thread a signal
		 * lands on, or the default action ends the process.
		 */
		sigset_t all, old;
		sigfillset(&all);
		pthread_sigmask(SIG_BLOCK, &all, &old);
		if (pthread_create(&K.thread, NULL, checkpointer, NULL) == 0)
			K.started = 1;
		else
			log_warn("checkpoint thread: cannot start; the writer checkpoints");
		pthread_sigmask(SIG_SETMASK, &old, NULL);
	}
	pthread_mutex_unlock(&K.lock);
	if (!K.started)
		sqlite3_wal_autocheckpoint(G.w.h, atomic_load(&ckpt_pages));
}

static void checkpoint_stop(void)
{
	pthread_mutex_lock(&K.lock);
	int started = K.started;
	K.stop = 1;
	K.started = 0;
	pthread_cond_signal(&K.cv);
	pthread_mutex_unlock(&K.lock);
	if (started)
		pthread_join(K.thread, NULL);
}

void db_checkpoint_pages(int pages)
{
	atomic_store(&ckpt_pages, pages > 0 ? pages : CKPT_PAGES);
}

/*
 * w is ours, between batches, G.lock not held. SQLite starts the WAL again
 * from its beginning only when a write begins with every frame copied
 * back; under a steady stream of batches the checkpoint thread never
 * catches up with the last ones, and the WAL grew by 600 MB in ten
 * seconds, every commit extending the file. Once the thread has copied
 * all it saw, the writer copies the few frames committed since (a
 * PASSIVE checkpoint of its own: it never waits for a reader), so the
 * next batch overwrites the WAL from its start. A reader still on old
 * frames makes SQLite keep the WAL; the next round tries again.
 */
static void wal_catch_up(void)
{
	if (!atomic_exchange(&K.restart, 0))
		return;
	int frames = 0, copied = 0;
	if (sqlite3_wal_checkpoint_v2(G.w.h, "main", SQLITE_CHECKPOINT_PASSIVE, &frames, &copied) == SQLITE_OK &&
	    copied == frames) {
		pthread_mutex_lock(&K.lock);
		K.restarts++;
		pthread_mutex_unlock(&K.lock);
	}
}

static int group_begin(struct db *db)
{
	/*
	 * From here until its commit is done a request needs no CPU of its
	 * own but the writer's, which is one: it lends its slot out while it
	 * waits for the writer, writes and waits for the commit. The hooks
	 * take other locks: never call them holding G.lock.
	 */
	if (wait_before)
		wait_before();
	pthread_mutex_lock(&G.lock);
	if (G.busy || G.committing || G.line.n)
		waitq_wait(&G.line, &G.lock, 0);   /* writer_next() made w ours */
	else
		G.busy = 1;
	int rc = 0;
	/* A connection that SQLite could open read-only only: try the file again, it may be fixed. */
	if (G.w.h && !G.open && sqlite3_db_readonly(G.w.h, "main") == 1)
		conn_close(&G.w);
	if (!G.w.h) {
		if ((rc = conn_open(&G.w, pool_path, pool_busy_ms)) < 0)
			G.failed = SQLITE_CANTOPEN;
		else
			checkpoint_off_writer();
	}
	if (rc == 0 && !G.open && atomic_load(&K.restart)) {
		/* w is ours (G.busy) and no batch is open: the others need not wait for G.lock meanwhile. */
		pthread_mutex_unlock(&G.lock);
		wal_catch_up();
		pthread_mutex_lock(&G.lock);
	}
	if (rc == 0 && !G.open) {
		rc = tx(&G.w, "BEGIN IMMEDIATE");
		if (rc == 0)
			G.open = 1;
		else
			note_write(sqlite3_extended_errcode(G.w.h));
	}
	/*
	 * Only a write that joins others' needs a savepoint to undo itself
	 * alone; the first of a batch undoes the whole transaction, which
	 * spares the long transactions of the commands a sub-journal.
	 */
	db->savepoint = G.n > 0;
	pthread_mutex_unlock(&G.lock);
	if (rc == 0 && (!db->savepoint || tx(&G.w, "SAVEPOINT request") == 0)) {
		db->cur = &G.w;
		db->in_tx = 1;
		return 0;
	}
	pthread_mutex_lock(&G.lock);
	G.busy = 0;
	writer_next();
	pthread_mutex_unlock(&G.lock);
	if (wait_after)
		wait_after();
	return -1;
}

/*
 * Ends this request's part of the batch: kept (its savepoint released) or
 * undone. Then either commits the batch or waits for whoever does. The
 * outcome of the COMMIT that holds the change, or -1 when it was undone.
 */
static int group_settle(struct db *db, int keep);

static int group_end(struct db *db, int keep)
{
	int rc = group_settle(db, keep);

	if (wait_after)
		wait_after();   /* the slot group_begin() lent out */
	return rc;
}

static int group_settle(struct db *db, int keep)
{
	/* Why the request gives up, if SQLite said so: a full disk or read-only file must show in /healthz. */
	int why = keep ? 0 : sqlite3_extended_errcode(G.w.h);
	int rc = keep && db->savepoint ? tx(&G.w, "RELEASE request") : 0;
	int alone_undone = 0;

	if (!keep || rc < 0) {
		rc = -1;
		if (db->savepoint) {
			tx(&G.w, "ROLLBACK TO request");
			tx(&G.w, "RELEASE request");
		} else {
			tx(&G.w, "ROLLBACK");
			alone_undone = 1;
		}
	}
	db->cur = &db->own;
	db->in_tx = 0;

	struct member me = { 0 };
	pthread_mutex_lock(&G.lock);
	G.busy = 0;
	if (alone_undone) {
		/* The batch held this write only: it is gone with it, and nobody waits for it. */
		G.open = 0;
		if (storage_failure(why))
			note_write(why);
		writer_next();
		pthread_mutex_unlock(&G.lock);
		return -1;
	}
	if (sqlite3_get_autocommit(G.w.h)) {
		/* SQLite rolled the whole transaction back (I/O error, disk full): the batch is lost. */
		int code = sqlite3_extended_errcode(G.w.h);
		log_error("group commit: the transaction was rolled back; %d waiting writes fail", G.n);
		batch_settle(-1);
		note_write(storage_failure(code) ? code : SQLITE_IOERR);
		pthread_mutex_unlock(&G.lock);
		return -1;
	}
	if (storage_failure(why))
		G.failed = why;   /* for /healthz, until a commit succeeds */
	if (rc == 0) {
		me.next = G.members;
		G.members = &me;
		if (G.n++ == 0)
			G.first = mono_ns();
	}
	if (G.line.n == 0 || G.n >= BATCH_MAX || (G.n > 0 && mono_ns() - G.first > BATCH_MAX_NS)) {
		if (G.n > 0) {
			batch_commit();
		} else {
			/* Nothing kept: end the empty transaction without an fsync. */
			tx(&G.w, "ROLLBACK");
			batch_settle(0);
		}
	} else {
		writer_next();
	}
	if (rc == 0 && !me.done) {
		while (!me.done)
			pthread_cond_wait(&G.done_cv, &G.lock);
		pthread_mutex_unlock(&G.lock);
		return me.rc;
	}
	pthread_mutex_unlock(&G.lock);
	return rc == 0 ? me.rc : -1;
}

void db_before_commit(const char *sql)
{
	before_commit_sql = sql;
}

int db_begin(struct db *db)
{
	if (db->in_tx)
		return log_error("db_begin: already in a transaction");
	if (db->pooled)
		return group_begin(db);
	pthread_mutex_lock(&writer_lock);
	if (tx(&db->own, "BEGIN IMMEDIATE") < 0) {
		pthread_mutex_unlock(&writer_lock);
		return -1;
	}
	db->in_tx = 1;
	return 0;
}

int db_commit(struct db *db)
{
	if (!db->in_tx)
		return log_error("db_commit: no transaction");
	if (db->pooled)
		return group_end(db, 1);
	const char *pre = before_commit_sql;
	int rc = pre ? tx(&db->own, pre) : 0;
	if (rc == 0)
		rc = tx(&db->own, "COMMIT");
	if (rc < 0)
		tx(&db->own, "ROLLBACK");
	db->in_tx = 0;
	pthread_mutex_unlock(&writer_lock);
	return rc;
}

void db_rollback(struct db *db)
{
	if (!db->in_tx)
		return;
	if (db->pooled) {
		group_end(db, 0);
		return;
	}
	tx(&db->own, "ROLLBACK");
	db->in_tx = 0;
	pthread_mutex_unlock(&writer_lock);
}

void db_read_begin(struct db *db)
{
	if (!db || db->in_tx || db->reading)
		return;
	if (tx(&db->own, "BEGIN") == 0)
		db->reading = 1;
}

void db_read_end(struct db *db)
{
	if (!db || !db->reading)
		return;
	db->reading = 0;
	if (tx(&db->own, "COMMIT") < 0)
		tx(&db->own, "ROLLBACK");
}

int db_in_tx(const struct db *db)
{
	return db->in_tx;
}

static int space_low(void)
{
	char dir[PATH_MAX];
	struct statvfs st;

	if (!pool_path)
		return 0;
	snprintf(dir, sizeof(dir), "%s", pool_path);
	char *slash = strrchr(dir, '/');
	if (slash)
		slash[slash == dir] = '\0';
	else
		snprintf(dir, sizeof(dir), ".");
	return statvfs(dir, &st) == 0 && (uint64_t)st.f_bavail * st.f_frsize < SPACE_MIN;
}

static int write_failure(void)
{
	pthread_mutex_lock(&G.lock);
	int code = G.failed;
	pthread_mutex_unlock(&G.lock);
	return code;
}

/*
 * A real write that changes nothing: the header's user_version (unused
 * otherwise) set to what it is, which SQLite still writes to the WAL and
 * syncs. So it fails on a full disk or a read-only file like any write,
 * and once it works the failure is cleared.
 */
static int write_probe(struct db *db)
{
	char sql[64];

	if (db_begin(db) < 0)
		return -1;
	int64_t v = db_int(db, "PRAGMA user_version", -1, NULL);
	snprintf(sql, sizeof(sql), "PRAGMA user_version = %lld", (long long)v);
	if (v < 0 || pragma(db->cur->h, sql) < 0) {
		db_rollback(db);
		return -1;
	}
	return db_commit(db);
}

const char *db_write_health(struct db *db)
{
	if (space_low())
		return "schijf bijna vol";
	int failed = write_failure();
	/* A connection opened read-only says the file was read-only then: is it still? */
	if (!failed && sqlite3_db_readonly(db->own.h, "main") == 1)
		failed = SQLITE_READONLY;
	if (!failed)
		return NULL;
	if (write_probe(db) == 0) {
		/*
		 * Writable again. A reader opened read-only would have every later
		 * check probe (an fsync each time): open it afresh, outside any
		 * statement here.
		 */
		struct conn fresh = { 0 };
		if (sqlite3_db_readonly(db->own.h, "main") == 1 && !db->in_tx && !db->reading &&
		    conn_open(&fresh, pool_path, pool_busy_ms) == 0) {
			conn_close(&db->own);
			db->own = fresh;
		}
		return NULL;
	}
	switch (failed & 0xff) {
	case SQLITE_READONLY:
	case SQLITE_PERM:
		return "database is alleen-lezen";
	case SQLITE_FULL:
		return "schijf vol";
	default:
		return "database neemt geen wijzigingen aan";
	}
}

void db_group_stats(struct db_group_stats *out)
{
	pthread_mutex_lock(&G.lock);
	out->commits = G.commits;
	out->writes = G.batched;
	out->waiting = G.line.n;
	pthread_mutex_unlock(&G.lock);
	pthread_mutex_lock(&K.lock);
	out->wal_restarts = K.restarts;
	out->checkpoints = K.runs;
	pthread_mutex_unlock(&K.lock);
}

int db_exec_script(struct db *db, const char *sql)
{
	return pragma(db->cur->h, sql);
}

/* Makes what was written to path durable: the file, then its directory entry. */
static int sync_path(const char *path, int dir)
{
	char parent[PATH_MAX];
	const char *p = path;

	if (dir) {
		snprintf(parent, sizeof(parent), "%s", path);
		char *slash = strrchr(parent, '/');
		if (slash == parent)
			slash[1] = '\0';
		else if (slash)
			*slash = '\0';
		else
			snprintf(parent, sizeof(parent), ".");
		p = parent;
	}
	int fd = open(p, (dir ? O_DIRECTORY : 0) | O_RDONLY | O_CLOEXEC);
	if (fd < 0 || fsync(fd) < 0) {
		log_error("backup: cannot sync %s: %s", p, strerror(errno));
		if (fd >= 0)
			close(fd);
		return -1;
	}
	close(fd);
	return 0;
}

/*
 * The copy is made in ONE step, so in ONE read transaction: in WAL mode that
 * snapshot never blocks the server's writers, and their commits cannot
 * restart it (a copy in steps starts again after every commit of another
 * connection, and under steady writes never ends). It goes to DEST.part
 * without a journal of its own, is synced, and only then renamed to DEST:
 * DEST is a whole backup or absent, never half of one.
 */
int db_backup(struct db *db, const char *dest)
{
	char part[PATH_MAX];
	sqlite3 *to = NULL;
	int rc;

	if (snprintf(part, sizeof(part), "%s.part", dest) >= (int)sizeof(part))
		return log_error("backup: path too long: %s", dest);
	unlink(part);
	/* Made 0600 before SQLite opens it: a backup holds what the database holds, whatever the umask. */
	int fd = open(part, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0) {
		log_error("backup: cannot create %s: %s", part, strerror(errno));
		return -1;
	}
	close(fd);
	if (sqlite3_open_v2(part, &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
		log_error("backup: cannot create %s: %s", part, to ? sqlite3_errmsg(to) : "out of memory");
		goto fail;
	}
	if (pragma(to, "PRAGMA journal_mode=OFF") < 0 || pragma(to, "PRAGMA synchronous=OFF") < 0)
		goto fail;
	sqlite3_backup *b = sqlite3_backup_init(to, "main", db->cur->h, "main");
	if (!b) {
		log_error("backup: %s", sqlite3_errmsg(to));
		goto fail;
	}
	while ((rc = sqlite3_backup_step(b, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED)
		sqlite3_sleep(20);
	sqlite3_backup_finish(b);
	if (rc != SQLITE_DONE) {
		log_error("backup to %s: %s", dest, sqlite3_errstr(rc));
		goto fail;
	}
	rc = sqlite3_close(to);
	to = NULL;
	if (rc != SQLITE_OK) {
		log_error("backup: closing %s: %s", part, sqlite3_errstr(rc));
		goto fail;
	}
	if (sync_path(part, 0) < 0)
		goto fail;
	if (rename(part, dest) < 0) {
		log_error("backup: cannot rename %s to %s: %s", part, dest, strerror(errno));
		goto fail;
	}
	return sync_path(dest, 1);
fail:
	sqlite3_close(to);
	unlink(part);
	return -1;
}

/* Answers one text query on a connection of its own; NULL when it cannot. */
static char *file_text(sqlite3 *h, const char *sql)
{
	sqlite3_stmt *st = NULL;
	char *v = NULL;

	if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW &&
	    sqlite3_column_text(st, 0))
		v = xstrdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return v;
}

/*
 * The inverse of db_backup(): the whole of SRC replaces the database in
 * one write transaction (the online backup API, in one step), so a server
 * that has it open reads the old data or the new, never a mix, and a
 * failure leaves the old. SRC is checked first: it must pass
 * integrity_check and be a Leefbaar database (schema_migrations).
 */
int db_restore(struct db *db, const char *src)
{
	sqlite3 *from = NULL;
	int rc = -1;

	if (sqlite3_open_v2(src, &from, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		log_error("restore: cannot open %s: %s", src, from ? sqlite3_errmsg(from) : "out of memory");
		goto out;
	}
	char *check = file_text(from, "PRAGMA integrity_check");
	char *ours = file_text(from, "SELECT max(version) FROM schema_migrations");
	if (!check || strcmp(check, "ok"))
		log_error("restore: %s is damaged or not a database: %s", src, check ? check : sqlite3_errmsg(from));
	else if (!ours)
		log_error("restore: %s is not a Leefbaar database (it has no schema_migrations)", src);
	else
		rc = 0;
	free(check);
	free(ours);
	if (rc < 0)
		goto out;
	sqlite3_backup *b = sqlite3_backup_init(db->cur->h, "main", from, "main");
	if (!b) {
		log_error("restore: %s", sqlite3_errmsg(db->cur->h));
		rc = -1;
		goto out;
	}
	int step, tries = 0;
	/* The server's writer may hold the lock for a batch: wait for it, up to a minute. */
	while (((step = sqlite3_backup_step(b, -1)) == SQLITE_BUSY || step == SQLITE_LOCKED) && tries++ < 3000)
		sqlite3_sleep(20);
	sqlite3_backup_finish(b);
	if (step != SQLITE_DONE) {
		log_error("restore from %s: %s", src, sqlite3_errstr(step));
		rc = -1;
	}
out:
	sqlite3_close(from);
	return rc;
}

int64_t db_version(struct db *db, const char *sql)
{
	if (db->in_tx)
		return -1;
	int64_t v = db_int(db, sql, -1, NULL);
	return v < 0 ? -1 : (db->own.serial << 40) + v;
}

int db_ping(struct db *db)
{
	/* A real read of our own schema, not just "SELECT 1", which never touches the file. */
	return db_int(db, "SELECT count(*) >= 0 FROM schema_migrations", 0, NULL) == 1 ? 0 : -1;
}
