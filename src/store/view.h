/*
 * view.h - saved views of a list (migration 0026): a user's name for a
 * list path ("/meldingen") and its query string ("status=open&wijk=3").
 * Generic, so any list can keep them; every call is scoped to one user:
 * another user's view reads as not found.
 */
#ifndef LEEFBAAR_VIEW_H
#define LEEFBAAR_VIEW_H

#include "store/store.h"

#include <stdint.h>

struct db;
struct arena;

/* A name is 1..VIEW_NAAM_MAX characters (the table's CHECK counts the same). */
#define VIEW_NAAM_MAX 60
/* At most this many views per user and list (the page shows them all). */
#define VIEW_PER_LIST_MAX 30
/* The longest query string kept. */
#define VIEW_QUERY_MAX 1000

struct view {
	int64_t id;
	const char *naam, *pad, *query;    /* arena memory */
};

/* The user's views of list path pad, by name, into an arena array; their count, or -1. */
int view_list(struct db *db, struct arena *a, int64_t user_id, const char *pad, struct view **out);
/* The user's view id: STORE_OK, STORE_NOTFOUND (none, or another user's), STORE_ERROR. */
enum store_result view_get(struct db *db, struct arena *a, int64_t user_id, int64_t id, struct view *out);
/*
 * Keeps a view (committed on its own): STORE_OK and *id, STORE_CONFLICT
 * when the user has a view of that name on that list already (names
 * compare without case), STORE_ERROR.
 */
enum store_result view_add(struct db *db, int64_t user_id, const char *pad, const char *naam, const char *query,
			   int64_t now, int64_t *id);
/* Removes the user's view id: STORE_OK, STORE_NOTFOUND (none, or another user's), STORE_ERROR. */
enum store_result view_delete(struct db *db, int64_t user_id, int64_t id);

#endif
