/*
 * kpi.h - the dashboard's figures, computed from facts fixed at the time
 * they happened (issue 9, "Definitions"). Pure: arrays in, numbers out.
 *
 * For a period van..tot (Amsterdam days, inclusive) and a peildatum, the
 * population is the meldingen received in the period and on or before the
 * peildatum. A confirmation or feedback whose day lies after the peildatum
 * has not happened yet. Due days are those fixed at receipt.
 */
#ifndef LEEFBAAR_KPI_H
#define LEEFBAAR_KPI_H

#include <stddef.h>
#include <stdint.h>

#define KPI_NONE (-1)          /* a day that has not happened */
#define KPI_MAX_WERKDAGEN 4096 /* doorlooptijd histogram; longer cases count as this */

/* One melding, as the narrow fact table holds it. */
struct kpi_fact {
	int32_t ontvangen_dag;
	int32_t bevestigen_dag, terugkoppelen_dag, streef_dag;   /* due */
	int32_t bevestigd_dag, teruggekoppeld_dag;               /* first ones, or KPI_NONE */
	int32_t doorloop_werkdagen;     /* werkdagen receipt -> first feedback, fixed then; -1 if none */
	int32_t afgesloten_dag;         /* KPI_NONE if open */
	int64_t kosten_cent;            /* 0 when none */
	uint64_t melder;                /* hash of the normalised e-mail or phone; 0 = anonymous */
	uint16_t categorie, pijler, kanaal;   /* indexes into the caller's tables */
	int32_t wijk;                   /* index into the caller's wijk table; -1 = onbekend */
};

struct kpi_params {
	int32_t van, tot, peildatum;
	int32_t wijk;                   /* -2 = all wijken; -1 = onbekend; >= 0 one wijk */
	size_t n_categorie, n_pijler, n_kanaal, n_wijk;
};

struct kpi_term {
	int64_t op_tijd, te_laat, open;
	double percentage_op_tijd;      /* < 0: no population (JSON null) */
	int64_t binnen_streefwaarde;    /* feedback only */
	double percentage_binnen_streefwaarde;
};

struct kpi_result {
	int64_t ontvangen;
	struct kpi_term bevestiging, terugkoppeling;
	/* Meldingen te laat (open) on either term, each once: the dashboard's tiles. */
	int64_t te_laat_meldingen, open_meldingen;
	int32_t doorloop_mediaan, doorloop_p90;   /* -1: none */
	int64_t melders_uniek;
	/* Per index, arrays of the sizes in kpi_params, owned by the caller. */
	int64_t *per_categorie, *per_pijler, *per_kanaal, *per_wijk;
	int64_t per_wijk_onbekend;
	int64_t *kosten_per_categorie;  /* cents of meldingen closed in the period */
};

/*
 * Computes r from n facts. r's per_* arrays must be allocated by the caller
 * with the sizes in p (they are zeroed here). scratch must hold
 * kpi_scratch_len(n) uint64_t (a hash set of distinct melders). Returns 0,
 * or -1 for a bad period.
 */
int kpi_compute(const struct kpi_fact *facts, size_t n, const struct kpi_params *p,
		struct kpi_result *r, uint64_t *scratch);

/*
 * The scratch kpi_compute needs for n facts, in uint64_t: an open-addressing
 * set of melder keys, a power of two of at least 2n (and 16), so counting
 * distinct melders is one pass instead of a sort.
 */
size_t kpi_scratch_len(size_t n);

/* A share in percent, rounded to one decimal; -1 when den == 0. */
double kpi_percentage(int64_t num, int64_t den);
/* Nearest-rank percentile (0 < pct <= 100) of a histogram of counts; -1 if empty. */
int32_t kpi_nearest_rank(const uint32_t *hist, size_t buckets, int64_t total, int pct);

#endif
