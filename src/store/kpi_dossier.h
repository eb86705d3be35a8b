/*
 * kpi_dossier.h - the dossier and referral figures of issue 9 (Definitions), counted in
 * SQL: a corporation has thousands of dossiers, not millions, and each
 * figure is one indexed count.
 *
 *   dossiers_geopend            opened in the period (Amsterdam days van..tot),
 *                               not after the peildatum
 *   dossiers_open_op_peildatum  opened on or before the peildatum and not
 *                               closed by then
 *   vervuilde_woningen          distinct addresses (of the register) flagged
 *                               vervuild, in dossiers open at any time in the
 *                               period, the flag standing at some day of it
 *   uitzettingen                closed in the period with outcome ontruiming
 *   doorverwijzingen            referrals to partners sent in the period
 *   dossiers_doorverwezen       distinct dossiers those referrals came from
 *
 * The scope is the dashboard's (the user's wijken, or every wijk; and the
 * chosen wijk). Gevoelig dossiers count only for whom the permission
 * matrix lets read them: their count would otherwise tell an ondersteuner
 * or a wijkbeheerder that they exist (DESIGN.md, Roles).
 */
#ifndef LEEFBAAR_STORE_KPI_DOSSIER_H
#define LEEFBAAR_STORE_KPI_DOSSIER_H

#include <stdint.h>

struct db;

struct kpi_dossier_query {
	int32_t van, tot, peildatum;
	int64_t wijk_id;            /* 0 every wijk in scope; > 0 one wijk; -1 (onbekend): none, a dossier always has a wijk */
	int64_t scope_user;         /* 0: every wijk; else the wijken bound to this user */
	int with_gevoelig;          /* count gevoelig dossiers too */
};

struct kpi_dossier_result {
	int64_t geopend, open_op_peildatum, vervuilde_woningen, uitzettingen;
	int64_t doorverwijzingen, dossiers_doorverwezen;
};

/* 0, or -1 (logged). */
int kpi_dossier_counts(struct db *db, const struct kpi_dossier_query *q, struct kpi_dossier_result *out);

/* The statements, for the EXPLAIN QUERY PLAN test. */
extern const char *const kpi_dossier_sql[];
extern const int kpi_dossier_sql_count;

#endif
