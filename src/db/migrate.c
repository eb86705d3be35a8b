/*
 * migrate.c - the migration runner (see migrate.h).
 */
#include "db/migrate.h"
#include "db/db.h"
#include "lib/buf.h"
#include "lib/log.h"
#include "lib/xalloc.h"
#include "lib/clock.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char SQL_CREATE[] =
	"CREATE TABLE IF NOT EXISTS schema_migrations ("
	" version INTEGER PRIMARY KEY,"
	" name TEXT NOT NULL,"
	" applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')))";
static const char SQL_APPLIED[] = "SELECT 1 FROM schema_migrations WHERE version = ?";
static const char SQL_RECORD[] = "INSERT INTO schema_migrations(version, name, applied_at)"
	" VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', ?, 'unixepoch'))";

/* A migration file name: four or more digits, '_', a name, ".sql". */
static int parse_name(const char *name, long *version)
{
	size_t n = strlen(name), digits = 0;

	while (isdigit((unsigned char)name[digits]))
		digits++;
	if (digits < 4 || name[digits] != '_' || n < digits + 6 || strcmp(name + n - 4, ".sql"))
		return -1;
	*version = strtol(name, NULL, 10);
	return 0;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int read_file(const char *path, struct buf *out)
{
	FILE *f = fopen(path, "rb");
	char chunk[8192];
	size_t n;

	if (!f)
		return log_error("cannot read %s: %s", path, strerror(errno));
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(out, chunk, n);
	int bad = ferror(f);
	fclose(f);
	return bad ? log_error("cannot read %s", path) : 0;
}

static int apply(struct db *db, const char *dir, const char *name, long version)
{
	struct buf path = BUF_INIT, sql = BUF_INIT;
	int rc = -1;

	buf_addf(&path, "%s/%s", dir, name);
	if (read_file(path.buf, &sql) < 0)
		goto out;
	if (db_begin(db) < 0)
		goto out;
	if (db_exec_script(db, sql.buf) < 0 ||
	    db_exec(db, SQL_RECORD, "ItI", (int64_t)version, name, clock_now()) < 0) {
		db_rollback(db);
		log_error("migration %s failed; nothing of it was applied", name);
		goto out;
	}
	if (db_commit(db) < 0)
		goto out;
	log_info("applied migration %s", name);
	rc = 0;
out:
	buf_release(&path);
	buf_release(&sql);
	return rc;
}

int migrate_run(struct db *db, const char *dir)
{
	DIR *d = opendir(dir);
	char **names = NULL;
	size_t n = 0, cap = 0;
	int applied = 0;
	struct dirent *e;

	if (!d)
		return log_error("cannot open migrations directory %s: %s", dir, strerror(errno));
	if (db_exec(db, SQL_CREATE, NULL) < 0) {
		closedir(d);
		return -1;
	}
	while ((e = readdir(d))) {
		long v;
		if (parse_name(e->d_name, &v) < 0)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			names = xrealloc(names, cap * sizeof(*names));
		}
		names[n++] = xstrdup(e->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof(*names), cmp_names);

	for (size_t i = 0; i < n; i++) {
		long v;
		parse_name(names[i], &v);
		if (i > 0) {
			long prev;
			parse_name(names[i - 1], &prev);
			if (prev == v) {
				log_error("two migrations share version %ld: %s and %s", v, names[i - 1], names[i]);
				applied = -1;
				break;
			}
		}
		if (db_int(db, SQL_APPLIED, 0, "I", (int64_t)v))
			continue;
		if (apply(db, dir, names[i], v) < 0) {
			applied = -1;
			break;
		}
		applied++;
	}
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return applied;
}
