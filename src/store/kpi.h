/*
 * kpi.h - loading the facts the dashboard counts (domain/kpi.h computes).
 */
#ifndef LEEFBAAR_STORE_KPI_H
#define LEEFBAAR_STORE_KPI_H

#include "domain/kpi.h"

#include <stddef.h>
#include <stdint.h>

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

/* kpi_load's statements, for the EXPLAIN QUERY PLAN test (tests/http/test_kpi.c). */
extern const char *const kpi_load_sql[];
extern const int kpi_load_sql_count;

#endif
