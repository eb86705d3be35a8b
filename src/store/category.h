/*
 * category.h - melding categories with their pillar and terms.
 */
#ifndef LEEFBAAR_CATEGORY_H
#define LEEFBAAR_CATEGORY_H

#include "domain/melding.h"
#include "store/store.h"

#include <stdint.h>

struct arena;
struct db;

#define CATEGORY_MAX 64

struct category {
	int64_t id;
	char code[40];
	char naam[120];
	enum pijler pijler;
	char toelichting[240];
	struct terms terms;
	int actief;
	int volgorde;
};

/* Fills out (up to max) in display order; returns the count, -1 on error. */
int category_list(struct db *db, int active_only, struct category *out, int max);
/*
 * The same list as category_list(), kept per thread until a category
 * changes (config_versie): *out stays valid until this thread's next
 * call. Returns the count, -1 on error.
 */
int category_list_kept(struct db *db, int active_only, const struct category **out);
/*
 * Every category (CATEGORY_MAX at most) in display order, in arena memory:
 * *out and the count, or -1 on error (db NULL included).
 */
int category_all(struct db *db, struct arena *a, int active_only, struct category **out);
enum store_result category_by_code(struct db *db, const char *code, struct category *c);
enum store_result category_by_id(struct db *db, int64_t id, struct category *c);
/* Inserts (c->id == 0) or updates by id; STORE_CONFLICT for a duplicate code. */
enum store_result category_save(struct db *db, struct category *c);

#endif
