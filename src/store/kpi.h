/*
 * kpi.h - loading the facts the dashboard counts (domain/kpi.h computes),
 * and the categories and wijken they are counted by.
 */
#ifndef LEEFBAAR_STORE_KPI_H
#define LEEFBAAR_STORE_KPI_H

#include "domain/kpi.h"

#include <stddef.h>
#include <stdint.h>

struct arena;
struct db;

struct kpi_facts {
	struct kpi_fact *f;
	size_t n, cap;
	int64_t max_category_id, max_wijk_id;   /* sizes for the per_* tables */
};

/*
 * Appends the facts received van..tot, and those received before van but
 * closed van..tot with costs (costs count by closing day), to out, in
 * receipt order. scope_user 0: every wijk; else only the wijken bound to
 * that user (meldingen in "onbekend" are then left out). 0/-1.
 */
int kpi_load(struct db *db, int32_t van, int32_t tot, int64_t scope_user, struct kpi_facts *out);
void kpi_facts_release(struct kpi_facts *out);

/* A category or wijk a report counts by. */
struct kpi_named {
	int64_t id;                 /* category or area id (the index in the facts) */
	const char *code, *naam;
	int64_t count, kosten_cent; /* 0 here; the report fills them */
	int64_t woningen;           /* wijken: homes, for rates per 100 */
};

/* Every category, in the lists' order; the count, or -1 (logged). Arena memory. */
int kpi_categories(struct db *db, struct arena *a, struct kpi_named **out);
/*
 * The wijken with their homes, by code: every one for scope_user 0, else
 * those bound to that user. The count, or -1 (logged). Arena memory.
 */
int kpi_wijken(struct db *db, struct arena *a, int64_t scope_user, struct kpi_named **out);

/* kpi_load's statements, for the EXPLAIN QUERY PLAN test (tests/http/test_kpi.c). */
extern const char *const kpi_load_sql[];
extern const int kpi_load_sql_count;

#endif
