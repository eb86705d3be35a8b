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

struct calendar {
	struct werkdagen_cal cal;      /* points into days */
	int32_t days[CALENDAR_MAX_CLOSING];
	size_t n;
};

/* Loads the closing days (sorted); 0/-1. */
int calendar_load(struct db *db, struct calendar *c);

struct closing_day {
	int32_t dag;
	char reden[120];
};

/* Closing days from `from` on, ascending; returns the count (<= max), -1 on error. */
int closing_list(struct db *db, int32_t from, struct closing_day *out, int max);
enum store_result closing_add(struct db *db, int32_t dag, const char *reden);
enum store_result closing_remove(struct db *db, int32_t dag);

#endif
