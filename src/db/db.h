/*
 * db.h - SQLite connections, cached prepared statements, transactions.
 *
 * One connection per thread (SQLite connections are not shared between
 * threads here), opened lazily by db_thread() from the path given to
 * db_pool_init(). Every connection gets the same pragmas (see db.c for why).
 *
 * Writes are serialised in the application: db_begin() takes a process-wide
 * writer lock before BEGIN IMMEDIATE, because SQLite's busy_timeout starves
 * writers under load (PLATFORM.md). db_commit()/db_rollback() release it.
 *
 * Statements: db_stmt(db, SQL) returns a statement prepared once per
 * connection with SQLITE_PREPARE_PERSISTENT and cached by the address of the
 * SQL string, so SQL must be a string constant (a store file's `static const
 * char` or literal). Callers bind with db_bindf() and must db_done() it.
 * No SQL is ever built from input: values go in only through `?`.
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
 * Binds parameters 1..n by a format: 'i' int, 'I' int64_t, 'd' double,
 * 'N' int64_t where 0 binds NULL (optional references), 't' const char *
 * (NULL binds NULL), 'n' NULL (no argument). Returns 0/-1.
 */
int db_bindf(sqlite3_stmt *st, const char *fmt, ...);
struct arena;
/* Column col as text copied into the arena ("" for NULL): outlives the statement's reset. */
const char *db_text(sqlite3_stmt *st, int col, struct arena *a);

/*
 * Reading rows of a bound statement into structs: read fills one row
 * (arena memory for its text). db_one steps once: 1 with *out filled,
 * 0 when there is no row, -1 on error (logged with what). db_rows returns
 * an arena array of size-byte rows and sets *n to their count, or to -1
 * (logged). Both reset the statement.
 */
typedef void (*db_row_fn)(sqlite3_stmt *st, struct arena *a, void *row);
int db_one(struct db *db, sqlite3_stmt *st, struct arena *a, db_row_fn read, void *out, const char *what);
void *db_rows(struct db *db, sqlite3_stmt *st, struct arena *a, db_row_fn read, size_t size, int *n,
	      const char *what);

/* Resets and clears bindings. */
void db_done(sqlite3_stmt *st);

/*
 * Runs one statement that returns no rows. Returns the number of changed
 * rows, or -1 (logged). SQLITE_CONSTRAINT is reported as -2 so callers can
 * tell a conflict from a failure.
 */
int db_exec(struct db *db, const char *sql, const char *fmt, ...);
/* First column of the first row as an integer; `def` when there is no row, the value is NULL or on error (logged). */
int64_t db_int(struct db *db, const char *sql, int64_t def, const char *fmt, ...);
int64_t db_last_id(struct db *db);

/* BEGIN IMMEDIATE under the process-wide writer lock. 0/-1. */
int db_begin(struct db *db);
int db_commit(struct db *db);
void db_rollback(struct db *db);
/* True inside db_begin() .. db_commit()/db_rollback(). */
int db_in_tx(const struct db *db);

/* Runs a script of several statements (migrations); 0/-1 (logged). */
int db_exec_script(struct db *db, const char *sql);

/* Online backup into a new file; 0/-1. */
int db_backup(struct db *db, const char *dest);

/* The database answers a read of schema_migrations; 0/-1. */
int db_ping(struct db *db);

#endif
