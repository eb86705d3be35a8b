/*
 * db.h - SQLite connections, cached prepared statements, transactions.
 *
 * One connection per thread (SQLite connections are not shared between
 * threads here), opened lazily by db_thread() from the path given to
 * db_pool_init(). Every connection gets the same pragmas (see db.c for why).
 *
 * Writes are serialised in the application, because SQLite's busy_timeout
 * starves writers under load (PLATFORM.md), and group-committed: between
 * db_begin() and db_commit() a pooled thread's struct db works on one shared
 * writer connection, inside a savepoint of a transaction that concurrent
 * requests share; db_commit() returns once the COMMIT that holds the change
 * is durable (one fsync for the batch), and fails when that COMMIT failed.
 * db_rollback() undoes only the caller's own part. A connection from
 * db_open() (the commands) has plain transactions of its own.
 *
 * Statements: db_stmt(db, SQL) returns a statement prepared once per
 * connection with SQLITE_PREPARE_PERSISTENT and cached by the address of the
 * SQL string, so SQL must be a string constant (a store file's `static const
 * char` or literal). db_query() finds and binds it in one call.
 * No SQL is ever built from input: values go in only through `?`.
 *
 * Rows: every read goes through one stepping loop, in four shapes -
 * db_one() (a row into a struct), db_rows() (an arena array), db_fill() (at
 * most max rows into the caller's array) and db_each() (a callback per
 * row) - each with a db_row_fn that reads one row. They reset the
 * statement however they end and log a database error once.
 */
#ifndef LEEFBAAR_DB_H
#define LEEFBAAR_DB_H

#include <sqlite3.h>
#include <stddef.h>
#include <stdint.h>

struct db;

/* Remembers where the database is; opens nothing yet. */
void db_pool_init(const char *path, int busy_timeout_ms);
/* Closes every connection opened by db_thread() (call after all threads stop). */
void db_pool_close_all(void);
/* This thread's connection, opened on first use; NULL (logged) on failure. */
struct db *db_thread(void);

/* Opens a connection with the pragmas. Caller closes with db_close(). */
struct db *db_open(const char *path, int busy_timeout_ms);
void db_close(struct db *db);
sqlite3 *db_handle(struct db *db);

/* Cached statement for a constant SQL string; NULL (logged) on error. */
sqlite3_stmt *db_stmt(struct db *db, const char *sql);
/*
 * A statement for SQL built per call from fixed pieces (a list's filters):
 * prepared once per connection and kept by its text, the 32 used last. The
 * caller binds it and ends with db_done(), never sqlite3_finalize(). NULL
 * (logged) on error.
 */
sqlite3_stmt *db_stmt_text(struct db *db, const char *sql);
/*
 * Binds parameters 1..n by a format: 'i' int, 'I' int64_t, 'd' double,
 * 'N' int64_t where 0 binds NULL (optional references), 't' const char *
 * (NULL binds NULL), 'n' NULL (no argument), 'b' a blob: const void * and
 * its length as an int (hashes, sealed tokens). Returns 0/-1.
 */
int db_bindf(sqlite3_stmt *st, const char *fmt, ...);
struct arena;
/* Column col as text copied into the arena ("" for NULL): outlives the statement's reset. */
const char *db_text(sqlite3_stmt *st, int col, struct arena *a);
/* Column col as text valid only until the statement steps or resets ("" for NULL): for a callback's row. */
const char *db_borrow(sqlite3_stmt *st, int col);
/* Column col as text copied into out (size bytes, cut short to fit; "" for NULL). */
void db_copy_text(sqlite3_stmt *st, int col, char *out, size_t size);

/*
 * Reading rows: the one loop every read in the store goes through. A
 * db_row_fn gets the statement on its current row, an arena for the text it
 * keeps (NULL where the caller has none: then it copies into fixed arrays
 * or only borrows the text for the call) and where the row goes. It answers
 * 0 to go on, or -1 to stop the read, which then fails; the reader has said
 * why (logged) itself. Text read with sqlite3_column_text() is valid only
 * during the call: keep it with db_text() or a copy.
 *
 * Every function below steps a bound statement (see db_query()), resets it
 * however it ends, and logs a database error once, as "what: message". A
 * NULL statement is a failure already logged: they answer -1 at once.
 */
typedef int (*db_row_fn)(sqlite3_stmt *st, struct arena *a, void *row);

/*
 * The first row into *out: 1 read, 0 when there is no row, -1 on error.
 * read may be NULL: only whether there is a row (SELECT 1 ... checks).
 */
int db_one(struct db *db, sqlite3_stmt *st, struct arena *a, db_row_fn read, void *out, const char *what);
/*
 * The first row's first column, a blob of at most max bytes, copied into
 * out with its length in *len: 1 read, 0 when there is no row or the value
 * is no blob that fits, -1 on error.
 */
int db_one_blob(struct db *db, sqlite3_stmt *st, unsigned char *out, size_t max, size_t *len, const char *what);
/*
 * Every row, into an arena array of size-byte rows (NULL only for a NULL
 * statement); *n is their count, or -1 on error.
 */
void *db_rows(struct db *db, sqlite3_stmt *st, struct arena *a, db_row_fn read, size_t size, int *n,
	      const char *what);
/*
 * At most max rows into the caller's array rows (room for max rows of size
 * bytes); the rows after those are not read. The count, or -1 on error.
 */
int db_fill(struct db *db, sqlite3_stmt *st, struct arena *a, db_row_fn read, void *rows, size_t size, int max,
	    const char *what);
/*
 * fn(st, a, ctx) on every row, for what is not an array of rows: a callback
 * per row, sums per key, one table filled by kind. 0, or -1 on error or
 * when fn stopped the read.
 */
int db_each(struct db *db, sqlite3_stmt *st, struct arena *a, db_row_fn fn, void *ctx, const char *what);

/* Readers for the common one-column case: column 0 as int64_t into *row; as arena text into const char **row. */
int db_read_int64(sqlite3_stmt *st, struct arena *a, void *row);
int db_read_text(sqlite3_stmt *st, struct arena *a, void *row);

/*
 * The cached statement of a constant SQL string, bound as db_bindf(fmt, ...)
 * binds: ready for the readers above. NULL (logged) when it cannot be
 * prepared or bound; the readers take a NULL statement as that failure
 * and answer -1, so a call reads as db_rows(db, db_query(db, SQL, "I", id), ...).
 */
sqlite3_stmt *db_query(struct db *db, const char *sql, const char *fmt, ...);

/* Resets and clears bindings. */
void db_done(sqlite3_stmt *st);

/*
 * Runs one statement that returns no rows. Returns the number of changed
 * rows, or -1 (logged). SQLITE_CONSTRAINT is reported as -2 so callers can
 * tell a conflict from a failure.
 */
int db_exec(struct db *db, const char *sql, const char *fmt, ...);
/* db_exec() in a transaction of its own, committed (a sweep, a claim): the changed rows, -2 or -1. */
int db_exec_alone(struct db *db, const char *sql, const char *fmt, ...);
/* First column of the first row as an integer; `def` when there is no row, the value is NULL or on error (logged). */
int64_t db_int(struct db *db, const char *sql, int64_t def, const char *fmt, ...);
int64_t db_last_id(struct db *db);

/* Starts a write (see the top of this file). 0/-1. */
int db_begin(struct db *db);
int db_commit(struct db *db);
void db_rollback(struct db *db);
/*
 * SQL (a constant, one or more statements) that every write transaction
 * runs just before its COMMIT, outside any request's savepoint: work that
 * is cheaper once per commit than once per write, such as indexing a batch
 * of new rows (store/melding.c). Its failure fails the commit. Read at
 * each COMMIT; NULL for none.
 */
void db_before_commit(const char *sql);
/*
 * One read transaction for what follows, up to db_read_end(): every read
 * between sees the same snapshot (a page's rows and its counts agree),
 * and the file and WAL-index locks are taken once instead of per
 * statement. A write meanwhile goes through the writer as always; reads
 * after it still see the snapshot from before it. Nothing when a write
 * is open or db is NULL; a BEGIN that fails leaves reads as they were.
 */
void db_read_begin(struct db *db);
void db_read_end(struct db *db);
/* True inside db_begin() .. db_commit()/db_rollback(). */
int db_in_tx(const struct db *db);
/*
 * Called by a pooled thread in db_begin() before it waits for the writer,
 * and when its commit is done (or its write undone): either may be NULL.
 * Meanwhile it needs no CPU but the one writer's, so the server lends its
 * handler slot out there (http/server.c, lib/slots.h).
 */
void db_set_commit_wait_hooks(void (*before)(void), void (*after)(void));

/*
 * The group-commit writer since start: its commits, the writes they
 * carried, who waits to write now, the checkpoints its thread ran (the
 * writer itself never checkpoints: db.c) and the times the WAL could
 * start again from its beginning.
 */
struct db_group_stats {
	uint64_t commits, writes, checkpoints;
	uint64_t wal_restarts;   /* the writer caught up with the checkpoint thread: the WAL starts again */
	int waiting;
};
void db_group_stats(struct db_group_stats *out);
/* WAL pages that wake the checkpoint thread (8,000; <= 0 for that default). For tests. */
void db_checkpoint_pages(int pages);
/*
 * Whether the server can take a write: NULL, or why not, in Dutch, for
 * /healthz: less than 16 MiB free on the database's file system, or the
 * last write failed on the storage (full disk, read-only file, I/O error)
 * and a probe write - one that changes nothing but must reach the disk -
 * still fails.
 */
const char *db_write_health(struct db *db);

/* Runs a script of several statements (migrations); 0/-1 (logged). */
int db_exec_script(struct db *db, const char *sql);

/*
 * Online backup: a consistent snapshot of the database, copied in one read
 * transaction that the server's writers neither wait for nor restart, to
 * DEST.part and renamed to dest once synced (dest is replaced whole or
 * left as it was). 0/-1 (logged).
 */
int db_backup(struct db *db, const char *dest);
/*
 * Replaces the whole database with the backup SRC, in one transaction,
 * after checking that SRC is whole (integrity_check) and is a Leefbaar
 * database. 0, or -1 (logged) with the database as it was.
 */
int db_restore(struct db *db, const char *src);

/*
 * The integer the constant sql answers (a version kept by triggers, such
 * as a config_versie row), made unique per connection (a database opened
 * again, or another one, never repeats a value): for what a thread keeps
 * until that version moves.
 * -1 on error and inside a transaction.
 */
int64_t db_version(struct db *db, const char *sql);

/* The database answers a read of schema_migrations; 0/-1. */
int db_ping(struct db *db);

#endif
