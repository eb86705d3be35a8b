/*
 * migrate.h - applies migrations/NNNN_name.sql in order.
 *
 * Each file runs inside its own transaction together with its row in
 * schema_migrations, so a failing migration leaves the database as it was.
 * Files already recorded are skipped; a recorded version whose file is gone
 * is not an error; two files with one version are.
 */
#ifndef LEEFBAAR_MIGRATE_H
#define LEEFBAAR_MIGRATE_H

struct db;

/* Returns the number of migrations applied (>= 0), or -1 (logged). */
int migrate_run(struct db *db, const char *dir);

#endif
