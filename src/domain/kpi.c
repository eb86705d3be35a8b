/*
 * kpi.c - the figures of issue 9, in one pass over the facts (see kpi.h).
 */
#include "domain/kpi.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

double kpi_percentage(int64_t num, int64_t den)
{
	if (den <= 0)
		return -1;
	return round((double)num * 1000.0 / (double)den) / 10.0;
}

int32_t kpi_nearest_rank(const uint32_t *hist, size_t buckets, int64_t total, int pct)
{
	if (total <= 0)
		return -1;
	/* Nearest rank: the smallest value with at least ceil(pct% of n) values at or below it. */
	int64_t rank = (total * pct + 99) / 100;
	if (rank < 1)
		rank = 1;
	int64_t seen = 0;
	for (size_t v = 0; v < buckets; v++) {
		seen += hist[v];
		if (seen >= rank)
			return (int32_t)v;
	}
	return (int32_t)buckets - 1;
}

enum { TERM_OP_TIJD, TERM_TE_LAAT, TERM_OPEN };

/* Confirmation or feedback: met on or before due, late, or still open; returns which. */
static int count_term(struct kpi_term *t, int32_t due, int32_t met, int32_t peil)
{
	if (met != KPI_NONE && met <= peil) {
		if (met <= due) {
			t->op_tijd++;
			return TERM_OP_TIJD;
		}
		t->te_laat++;
		return TERM_TE_LAAT;
	}
	if (due < peil) {
		t->te_laat++;
		return TERM_TE_LAAT;
	}
	t->open++;
	return TERM_OPEN;
}

size_t kpi_scratch_len(size_t n)
{
	size_t len = 16;
	while (len < 2 * n)
		len *= 2;
	return len;
}

/* Adds key (never 0: 0 marks an empty slot) to the set; 1 when it was new. */
static int set_add(uint64_t *set, size_t mask, uint64_t key)
{
	/* Fibonacci hashing spreads the FNV keys' high bits over the table. */
	size_t i = (size_t)((key * 0x9E3779B97F4A7C15ull) >> 32) & mask;
	while (set[i]) {
		if (set[i] == key)
			return 0;
		i = (i + 1) & mask;
	}
	set[i] = key;
	return 1;
}

int kpi_compute(const struct kpi_fact *facts, size_t n, const struct kpi_params *p,
		struct kpi_result *r, uint64_t *scratch)
{
	static _Thread_local uint32_t hist[KPI_MAX_WERKDAGEN];
	int64_t hist_total = 0;
	size_t set_len = kpi_scratch_len(n), mask = set_len - 1;

	if (p->tot < p->van)
		return -1;
	r->ontvangen = 0;
	memset(&r->bevestiging, 0, sizeof(r->bevestiging));
	memset(&r->terugkoppeling, 0, sizeof(r->terugkoppeling));
	r->te_laat_meldingen = r->open_meldingen = 0;
	r->per_wijk_onbekend = 0;
	memset(r->per_categorie, 0, p->n_categorie * sizeof(int64_t));
	memset(r->kosten_per_categorie, 0, p->n_categorie * sizeof(int64_t));
	memset(r->per_pijler, 0, p->n_pijler * sizeof(int64_t));
	memset(r->per_kanaal, 0, p->n_kanaal * sizeof(int64_t));
	memset(r->per_wijk, 0, p->n_wijk * sizeof(int64_t));
	memset(hist, 0, sizeof(hist));
	memset(scratch, 0, set_len * sizeof(*scratch));
	r->melders_uniek = 0;

	for (size_t i = 0; i < n; i++) {
		const struct kpi_fact *f = &facts[i];

		if (p->wijk != -2 && f->wijk != p->wijk)
			continue;
		/* Costs follow the closing day, not the receipt day. */
		if (f->afgesloten_dag != KPI_NONE && f->afgesloten_dag >= p->van && f->afgesloten_dag <= p->tot &&
		    f->afgesloten_dag <= p->peildatum && f->kosten_cent && f->categorie < p->n_categorie)
			r->kosten_per_categorie[f->categorie] += f->kosten_cent;

		if (f->ontvangen_dag < p->van || f->ontvangen_dag > p->tot || f->ontvangen_dag > p->peildatum)
			continue;
		r->ontvangen++;
		if (f->categorie < p->n_categorie)
			r->per_categorie[f->categorie]++;
		if (f->pijler < p->n_pijler)
			r->per_pijler[f->pijler]++;
		if (f->kanaal < p->n_kanaal)
			r->per_kanaal[f->kanaal]++;
		if (f->wijk >= 0 && (size_t)f->wijk < p->n_wijk)
			r->per_wijk[f->wijk]++;
		else
			r->per_wijk_onbekend++;

		int b = count_term(&r->bevestiging, f->bevestigen_dag, f->bevestigd_dag, p->peildatum);
		int t = count_term(&r->terugkoppeling, f->terugkoppelen_dag, f->teruggekoppeld_dag, p->peildatum);
		r->te_laat_meldingen += b == TERM_TE_LAAT || t == TERM_TE_LAAT;
		r->open_meldingen += b == TERM_OPEN || t == TERM_OPEN;
		if (f->teruggekoppeld_dag != KPI_NONE && f->teruggekoppeld_dag <= p->peildatum) {
			if (f->teruggekoppeld_dag <= f->streef_dag)
				r->terugkoppeling.binnen_streefwaarde++;
			int32_t w = f->doorloop_werkdagen < 0 ? 0 : f->doorloop_werkdagen;
			hist[w < KPI_MAX_WERKDAGEN ? w : KPI_MAX_WERKDAGEN - 1]++;
			hist_total++;
		}
		if (f->melder)
			r->melders_uniek += set_add(scratch, mask, f->melder);
	}

	struct kpi_term *b = &r->bevestiging, *t = &r->terugkoppeling;
	b->percentage_op_tijd = kpi_percentage(b->op_tijd, b->op_tijd + b->te_laat);
	b->percentage_binnen_streefwaarde = -1;
	t->percentage_op_tijd = kpi_percentage(t->op_tijd, t->op_tijd + t->te_laat);
	t->percentage_binnen_streefwaarde = kpi_percentage(t->binnen_streefwaarde, t->op_tijd + t->te_laat);
	r->doorloop_mediaan = kpi_nearest_rank(hist, KPI_MAX_WERKDAGEN, hist_total, 50);
	r->doorloop_p90 = kpi_nearest_rank(hist, KPI_MAX_WERKDAGEN, hist_total, 90);
	return 0;
}
