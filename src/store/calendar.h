/*
 * calendar.h - the werkdagen calendar as this corporation has it: the
 * national holidays (domain/werkdagen.c) plus its closing days from the
 * database.
 */
#ifndef LEEFBAAR_CALENDAR_H
#define LEEFBAAR_CALENDAR_H

#include "domain/werkdagen.h"
#include "store/store.h"

#include <stdint.h>

struct db;

#define CALENDAR_MAX_CLOSING 1024
#define CALENDAR_MAX_OPEN 256

struct calendar {
	struct werkdagen_cal cal;      /* points into days and open */
	int32_t days[CALENDAR_MAX_CLOSING];
	size_t n;
	int32_t open[CALENDAR_MAX_OPEN];   /* feestdagen worked on */
	size_t n_open;
};

/* Loads the closing days and the feestdagen worked on (sorted); 0/-1. */
int calendar_load(struct db *db, struct calendar *c);
/*
 * The same, kept per thread until the calendar changes (config_versie):
 * valid until this thread's next call; NULL on error.
 */
const struct calendar *calendar_kept(struct db *db);

struct closing_day {
	int32_t dag;
	char reden[120];
};

/* Closing days from `from` on, ascending; returns the count (<= max), -1 on error. */
int closing_list(struct db *db, int32_t from, struct closing_day *out, int max);
enum store_result closing_add(struct db *db, int32_t dag, const char *reden);
enum store_result closing_remove(struct db *db, int32_t dag);

/* Feestdagen worked on from `from` on, ascending: the count (<= max), -1 on error. */
int feestdag_werkdag_list(struct db *db, int32_t from, int32_t *out, int max);
/* Makes dag a werkdag (on) or a day off again; STORE_NOTFOUND when nothing changed. */
enum store_result feestdag_werkdag_set(struct db *db, int32_t dag, int on);

#endif
