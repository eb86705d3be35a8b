/*
 * standaardtekst.h - the SQL for the standard texts (migration 0039):
 * the beheerder's list, one text, the choice for a melding's step, and
 * saving and deleting. Texts are copied into the arena.
 */
#ifndef LEEFBAAR_STORE_STANDAARDTEKST_H
#define LEEFBAAR_STORE_STANDAARDTEKST_H

#include "domain/standaardtekst.h"
#include "store/store.h"

#include <stdint.h>

struct arena;
struct db;

/* Texts at most: the list and one choice never page. */
#define STANDAARDTEKST_MAX 500

struct standaardtekst {
	int64_t id;
	int64_t category_id;          /* 0: every category */
	const char *categorie_naam;   /* "" for every category */
	enum tekst_stap stap;
	const char *titel, *tekst;
	int actief;
};

/*
 * Every text, by step, then category ("alle" first), then title, in arena
 * memory: *out and the count, or -1 on error.
 */
int standaardtekst_list(struct db *db, struct arena *a, struct standaardtekst **out);
/*
 * The active texts of one step that fit a melding of category_id (its
 * category's and those for every category), by title: *out and the
 * count, or -1 on error.
 */
int standaardtekst_for(struct db *db, struct arena *a, int64_t category_id, enum tekst_stap stap,
		       struct standaardtekst **out);
enum store_result standaardtekst_get(struct db *db, struct arena *a, int64_t id, struct standaardtekst *t);
/* Inserts (t->id == 0, then set) or updates by id, noting who and when. */
enum store_result standaardtekst_save(struct db *db, struct standaardtekst *t, int64_t user_id, int64_t now);
enum store_result standaardtekst_delete(struct db *db, int64_t id);

#endif
