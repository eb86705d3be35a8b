/*
 * wijkcijfers.c - the wijkprofiel's figures (see wijkcijfers.h).
 */
#include "domain/wijkcijfers.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "domain/kpi_trend.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void wijkcijfers_add(struct wijk_telling *sum, const struct wijk_telling *t)
{
	sum->ontvangen += t->ontvangen;
	sum->bev_op_tijd += t->bev_op_tijd;
	sum->bev_te_laat += t->bev_te_laat;
	sum->ter_op_tijd += t->ter_op_tijd;
	sum->ter_te_laat += t->ter_te_laat;
	sum->binnen_streef += t->binnen_streef;
	sum->bev_open += t->bev_open;
	sum->ter_open += t->ter_open;
}

/* Missing ones whose due day has passed are late, as kpi_compute counts them. */
static void term(int64_t n, int64_t op_tijd, int64_t te_laat, int64_t open, struct kpi_term *out)
{
	int64_t missing = n - op_tijd - te_laat;

	memset(out, 0, sizeof(*out));
	if (open > missing)
		open = missing > 0 ? missing : 0;
	out->op_tijd = op_tijd;
	out->te_laat = te_laat + (missing > open ? missing - open : 0);
	out->open = open;
	out->percentage_op_tijd = kpi_percentage(out->op_tijd, out->op_tijd + out->te_laat);
	out->percentage_binnen_streefwaarde = -1;
}

void wijkcijfers_termen(const struct wijk_telling *t, struct kpi_term *bev, struct kpi_term *ter)
{
	term(t->ontvangen, t->bev_op_tijd, t->bev_te_laat, t->bev_open, bev);
	term(t->ontvangen, t->ter_op_tijd, t->ter_te_laat, t->ter_open, ter);
	ter->binnen_streefwaarde = t->binnen_streef;
	ter->percentage_binnen_streefwaarde = kpi_percentage(t->binnen_streef, ter->op_tijd + ter->te_laat);
}

int wijkcijfers_jaar(int32_t dn)
{
	int y, m, d;
	days_to_civil(dn, &y, &m, &d);
	return y;
}

int wijkcijfers_maand(int32_t dn)
{
	int y, m, d;
	days_to_civil(dn, &y, &m, &d);
	return m;
}

void wijkcijfers_jaar_grenzen(int jaar, int32_t *van, int32_t *tot)
{
	*van = days_from_civil(jaar, 1, 1);
	*tot = days_from_civil(jaar, 12, 31);
}

void wijkcijfers_jaren(int jaar, int out[WIJKCIJFERS_JAREN])
{
	for (int i = 0; i < WIJKCIJFERS_JAREN; i++)
		out[i] = jaar - (WIJKCIJFERS_JAREN - 1) + i;
}

void wijkcijfers_vergelijk_venster(int32_t today, int *jaar, int *tot_maand)
{
	int y = wijkcijfers_jaar(today), m = wijkcijfers_maand(today);

	if (m == 1) {
		*jaar = y - 1;
		*tot_maand = 12;
	} else {
		*jaar = y;
		*tot_maand = m - 1;
	}
}

double wijkcijfers_per_100(int64_t count, int64_t woningen)
{
	double v = kpi_per_100(count, woningen);
	return v < 0 ? -1 : kpi_round1(v);
}

enum wijk_richting wijkcijfers_richting(double vorig, double nu)
{
	if (vorig < 0 || nu < 0)
		return WIJK_RICHTING_ONBEKEND;
	/* Figures are shown to one decimal: a change below that is no change. */
	if (fabs(nu - vorig) < 0.05)
		return WIJK_RICHTING_GELIJK;
	return nu > vorig ? WIJK_RICHTING_HOGER : WIJK_RICHTING_LAGER;
}

double wijkcijfers_verschil_pct(double vorig, double nu)
{
	if (vorig <= 0 || nu < 0)
		return 0;
	return round((nu - vorig) * 1000.0 / vorig) / 10.0;
}

/* ---- dossiers ---- */

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

/* Distinct values among v[0..n) (sorted in place). */
static int64_t distinct(int64_t *v, size_t n)
{
	int64_t k = 0;

	qsort(v, n, sizeof(*v), cmp_i64);
	for (size_t i = 0; i < n; i++)
		k += i == 0 || v[i] != v[i - 1];
	return k;
}

void wijkcijfers_dossiers(const struct wijk_dossier_feit *d, size_t n, const struct wijk_dossier_stap *refs,
			  size_t n_refs, const struct wijk_dossier_stap *escs, size_t n_escs, int32_t van, int32_t tot,
			  int32_t peil, int64_t *scratch, struct wijk_dossiers *out)
{
	int32_t last = tot < peil ? tot : peil;
	size_t k = 0;

	memset(out, 0, sizeof(*out));
	for (size_t i = 0; i < n; i++) {
		int32_t open_dag = amsterdam_day(d[i].geopend_op);
		int32_t dicht_dag = d[i].gesloten_op ? amsterdam_day(d[i].gesloten_op) : -1;
		if (open_dag >= van && open_dag <= last)
			out->geopend++;
		if (open_dag <= peil && (dicht_dag < 0 || dicht_dag > peil))
			out->open++;
		if (dicht_dag >= van && dicht_dag <= last && d[i].ontruiming)
			out->uitzettingen++;
		/* Vervuild at some day of the period, in a dossier open at some day of it. */
		if (d[i].address_id && d[i].vervuild_dag >= 0 && open_dag <= last && (dicht_dag < 0 || dicht_dag >= van) &&
		    d[i].vervuild_dag <= last && (d[i].vervuild_opgeheven_dag < 0 || d[i].vervuild_opgeheven_dag >= van))
			scratch[k++] = d[i].address_id;
	}
	out->vervuilde_woningen = distinct(scratch, k);
	k = 0;
	for (size_t i = 0; i < n_refs; i++) {
		int32_t dag = amsterdam_day(refs[i].op);
		if (dag >= van && dag <= last) {
			out->doorverwijzingen++;
			scratch[k++] = refs[i].dossier_id;
		}
	}
	out->dossiers_doorverwezen = distinct(scratch, k);
	for (size_t i = 0; i < n_escs; i++) {
		int32_t dag = amsterdam_day(escs[i].op);
		if (dag >= van && dag <= last && escs[i].niveau >= 0 && escs[i].niveau < AVE__MAX)
			out->escalaties[escs[i].niveau]++;
	}
}
