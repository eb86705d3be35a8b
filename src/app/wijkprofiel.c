/*
 * wijkprofiel.c - a wijk's or buurt's own figures over time, and the
 * index of the wijken (see wijkprofiel.h).
 */
#include "app/wijkprofiel.h"
#include "app/dossiers.h"
#include "app/kpi.h"
#include "app/export_csv.h"
#include "app/wijkmonitor.h"
#include "lib/arena.h"
#include "lib/parse.h"

#include <stdlib.h>
#include <string.h>

enum app_result wijkprofiel_jaar(const char *text, int32_t today, int *jaar)
{
	int now = wijkcijfers_jaar(today);
	int64_t v;

	if (!text || !text[0]) {
		*jaar = now;
		return APP_OK;
	}
	if (parse_int64(text, WIJKPROFIEL_JAAR_MIN, now, &v) < 0)
		return APP_INVALID;
	*jaar = (int)v;
	return APP_OK;
}

/* The counts per month of the profile's years: m[year index][month - 1], added up over the melding types. */
struct maanden {
	int first;                               /* the oldest year */
	struct wijk_telling m[WIJKCIJFERS_JAREN + 1][12];
};

static struct wijk_telling *maand_of(struct maanden *mm, int jaar, int maand)
{
	int i = jaar - mm->first;
	if (i < 0 || i > WIJKCIJFERS_JAREN || maand < 1 || maand > 12)
		return NULL;
	return &mm->m[i][maand - 1];
}

/* The meldingen still waiting for a term not yet due, by month of receipt. */
static int add_wachtend(struct db *db, struct arena *a, const struct area *area, int32_t today, struct maanden *mm)
{
	struct wijkprofiel_wacht *w;
	int n = wijkprofiel_wachtend(db, a, area->id, area->soort == AREA_BUURT, today, &w);

	for (int i = 0; i < n; i++) {
		struct wijk_telling *t = maand_of(mm, wijkcijfers_jaar(w[i].ontvangen_dag), wijkcijfers_maand(w[i].ontvangen_dag));
		if (!t)
			continue;
		if (w[i].term == 0)
			t->bev_open++;
		else
			t->ter_open++;
	}
	return n < 0 ? -1 : 0;
}

/* Months from..to of year i added up. */
static struct wijk_telling sum_months(const struct maanden *mm, int i, int from, int to)
{
	struct wijk_telling s = { 0 };
	for (int m = from; m <= to; m++)
		wijkcijfers_add(&s, &mm->m[i][m - 1]);
	return s;
}

static void vergelijk(const struct maanden *mm, const struct area *area, int32_t today, struct wijkprofiel_vergelijk *v)
{
	memset(v, 0, sizeof(*v));
	wijkcijfers_vergelijk_venster(today, &v->jaar, &v->tot_maand);
	int i = v->jaar - mm->first;
	/* Only when both years were loaded (a profile of an older year has no comparison). */
	if (i >= 1 && i < WIJKCIJFERS_JAREN) {
		v->geldig = 1;
		v->nu = sum_months(mm, i, 1, v->tot_maand);
		v->vorig = sum_months(mm, i - 1, 1, v->tot_maand);
	}
	wijkcijfers_termen(&v->nu, &v->nu_bev, &v->nu_ter);
	wijkcijfers_termen(&v->vorig, &v->vorig_bev, &v->vorig_ter);
	v->nu_per_100 = wijkcijfers_per_100(v->nu.ontvangen, area->woningen);
	v->vorig_per_100 = wijkcijfers_per_100(v->vorig.ontvangen, area->woningen);
}

/*
 * The months of the years first..last (and, for the comparison, the year
 * before today's when it is older), from wijk_cijfer and the waiting ones.
 * per_soort (may be NULL): rows' counts per year index and soort index.
 */
static int load_months(struct db *db, struct arena *a, const struct area *area, int first, int last, int32_t today,
		       struct maanden *mm, const struct wijkprofiel_soort *soort, int n_soort, int64_t **per_soort)
{
	struct wijkprofiel_rij *rows;
	int n;

	memset(mm, 0, sizeof(*mm));
	mm->first = first;
	if ((n = wijkprofiel_rijen(db, a, area->id, first, last, &rows)) < 0 || add_wachtend(db, a, area, today, mm) < 0)
		return -1;
	for (int r = 0; r < n; r++) {
		struct wijk_telling *t = maand_of(mm, rows[r].jaar, rows[r].maand);
		if (!t)
			continue;
		wijkcijfers_add(t, &rows[r].t);
		for (int s = 0; per_soort && s < n_soort; s++)
			if (soort[s].id == rows[r].category_id)
				per_soort[rows[r].jaar - first][s] += rows[r].t.ontvangen;
	}
	return 0;
}

/* The dossier figures and the scores of each year. */
static int load_dossiers(struct db *db, struct arena *a, const struct area *area, struct wijkprofiel *p)
{
	struct wijk_dossier_feit *d;
	struct wijk_dossier_stap *refs, *escs;
	struct wijkprofiel_score *sc;
	int buurt = area->soort == AREA_BUURT;
	int nd = wijkprofiel_dossiers(db, a, area->id, buurt, p->met_gevoelig, &d);
	int nr = wijkprofiel_doorverwijzingen(db, a, area->id, buurt, p->met_gevoelig, &refs);
	int ne = wijkprofiel_escalaties(db, a, area->id, buurt, p->met_gevoelig, &escs);
	int ns = wijkprofiel_scores(db, a, area->id, buurt, area->wijk_id, p->jaren[0].van,
				    p->jaren[WIJKCIJFERS_JAREN - 1].tot, &sc);

	if (nd < 0 || nr < 0 || ne < 0 || ns < 0 || wijkprofiel_ave_nu(db, area->id, buurt, p->met_gevoelig, p->ave_nu) < 0)
		return -1;
	int64_t *scratch = arena_alloc(a, (size_t)(nd > nr ? nd : nr) * sizeof(int64_t) + sizeof(int64_t));
	for (int i = 0; i < WIJKCIJFERS_JAREN; i++) {
		struct wijkprofiel_jaar *j = &p->jaren[i];
		wijkcijfers_dossiers(d, (size_t)nd, refs, (size_t)nr, escs, (size_t)ne, j->van, j->tot, j->peil, scratch,
				     &j->dossiers);
	}
	for (int s = 0; s < ns; s++) {
		int i = wijkcijfers_jaar(sc[s].dag) - p->jaren[0].jaar;
		if (i >= 0 && i < WIJKCIJFERS_JAREN && sc[s].dag <= p->today) {
			p->jaren[i].scores++;
			p->jaren[i].score_som += sc[s].score;
		}
	}
	return 0;
}

/* The interventions under way that who may read: a gevoelig dossier's only for its team or a role that reads them. */
static int load_interventies(struct db *db, struct arena *a, const struct actor *who, const struct area *area,
			     struct wijkprofiel *p)
{
	struct wijkprofiel_interventie *all;
	int n = wijkprofiel_interventies(db, a, area->id, area->soort == AREA_BUURT, &all);

	if (n < 0)
		return -1;
	p->interventies = all;
	p->n_interventies = 0;
	for (int i = 0; i < n; i++) {
		struct dossier d = { .id = all[i].dossier_id, .wijk_id = all[i].dossier_wijk_id,
				     .owner_id = all[i].dossier_owner_id, .gevoelig = all[i].gevoelig };
		if (dossier_may(db, who, &d, ACT_DOSSIER_READ))
			all[p->n_interventies++] = all[i];
	}
	return 0;
}

/* A wijk's buurten, to go down to them from its profile. */
static int load_buurten(struct db *db, struct arena *a, struct wijkprofiel *p)
{
	struct area *all;
	int n = p->area.soort == AREA_WIJK ? area_list(db, &all) : 0;

	if (n < 0)
		return -1;
	p->buurten = arena_alloc(a, ((size_t)n + 1) * sizeof(*p->buurten));
	for (int i = 0; i < n; i++)
		if (all[i].soort == AREA_BUURT && all[i].parent_id == p->area.id)
			p->buurten[p->n_buurten++] = all[i];
	if (n > 0)
		free(all);
	return 0;
}

enum app_result wijkprofiel_load(struct db *db, struct arena *a, const struct actor *who, const struct area *area,
				 int jaar, int32_t today, struct wijkprofiel *p)
{
	int years[WIJKCIJFERS_JAREN];
	struct maanden *mm = arena_alloc(a, sizeof(*mm));
	int64_t *per_soort[WIJKCIJFERS_JAREN + 1];

	memset(p, 0, sizeof(*p));
	p->area = *area;
	p->jaar = jaar;
	p->today = today;
	p->met_gevoelig = kpi_with_gevoelig(who, ACT_DOSSIER_READ);
	if (!db || (p->n_soort = wijkprofiel_soorten(db, a, &p->soort)) < 0)
		return APP_UNAVAILABLE;
	wijkcijfers_jaren(jaar, years);
	for (int i = 0; i <= WIJKCIJFERS_JAREN; i++)
		per_soort[i] = arena_alloc(a, ((size_t)p->n_soort + 1) * sizeof(int64_t));
	if (load_months(db, a, area, years[0], jaar, today, mm, p->soort, p->n_soort, per_soort) < 0)
		return APP_UNAVAILABLE;
	for (int i = 0; i < WIJKCIJFERS_JAREN; i++) {
		struct wijkprofiel_jaar *j = &p->jaren[i];
		j->jaar = years[i];
		wijkcijfers_jaar_grenzen(j->jaar, &j->van, &j->tot);
		j->lopend = today >= j->van && today <= j->tot;
		j->peil = today < j->tot ? today : j->tot;
		j->telling = sum_months(mm, i, 1, 12);
		wijkcijfers_termen(&j->telling, &j->bevestiging, &j->terugkoppeling);
		j->per_100 = wijkcijfers_per_100(j->telling.ontvangen, area->woningen);
		j->per_soort = per_soort[i];
		for (int s = 0; s < p->n_soort; s++)
			j->per_pijler[p->soort[s].pijler] += j->per_soort[s];
	}
	vergelijk(mm, area, today, &p->vergelijk);
	if (load_dossiers(db, a, area, p) < 0 || load_interventies(db, a, who, area, p) < 0 ||
	    load_buurten(db, a, p) < 0)
		return APP_UNAVAILABLE;
	return APP_OK;
}

double wijkprofiel_score_gemiddelde(const struct wijkprofiel_jaar *j)
{
	/* Two decimals, rounded half up, as /api/v1/kpi writes the average. */
	return j->scores ? (double)((j->score_som * 200 + j->scores) / (2 * j->scores)) / 100.0 : -1;
}

/* ---- the index ---- */

static int in_ids(const int64_t *ids, int n, int64_t id)
{
	for (int i = 0; i < n; i++)
		if (ids[i] == id)
			return 1;
	return 0;
}

enum app_result wijkprofiel_index(struct db *db, struct arena *a, const struct actor *who, int32_t today,
				  struct wijkprofiel_kern **out, int *n)
{
	struct area *areas = NULL;
	const int64_t *ids;
	int all, n_ids, na, k = 0, jaar, tot_maand;

	*out = NULL;
	*n = 0;
	if (!db || (na = area_list(db, &areas)) < 0)
		return APP_UNAVAILABLE;
	wijk_reach(who, ACT_WIJK_READ, &all, &ids, &n_ids);
	wijkcijfers_vergelijk_venster(today, &jaar, &tot_maand);
	struct wijkprofiel_kern *rows = arena_alloc(a, ((size_t)na + 1) * sizeof(*rows));
	struct maanden *mm = arena_alloc(a, sizeof(*mm));
	enum app_result r = APP_OK;
	/* area_list gives each wijk before its buurten. */
	for (int i = 0; i < na; i++) {
		if (areas[i].soort == AREA_COMPLEX || (!all && !in_ids(ids, n_ids, areas[i].wijk_id)))
			continue;
		if (load_months(db, a, &areas[i], jaar - 1, jaar, today, mm, NULL, 0, NULL) < 0) {
			r = APP_UNAVAILABLE;
			break;
		}
		rows[k].area = areas[i];
		vergelijk(mm, &areas[i], today, &rows[k].v);
		k++;
	}
	free(areas);
	*out = rows;
	*n = k;
	return r;
}

/* ---- the CSV ---- */

static const char *const csv_kop[] = {
	"wijk", "gebied", "gebied_naam", "soort", "jaar", "lopend", "woningen", "ontvangen", "per_100_woningen",
	"fysiek", "sociaal_preventief", "sociaal_repressief", "samen_wonen",
	"bevestiging_op_tijd", "bevestiging_te_laat", "bevestiging_open", "percentage_bevestiging_op_tijd",
	"terugkoppeling_op_tijd", "terugkoppeling_te_laat", "terugkoppeling_open", "percentage_terugkoppeling_op_tijd",
	"binnen_streefwaarde", "percentage_binnen_streefwaarde",
	"dossiers_geopend", "dossiers_open", "vervuilde_woningen", "uitzettingen", "doorverwijzingen",
	"dossiers_doorverwezen", "escalaties_groen", "escalaties_oranje", "escalaties_rood", "escalaties_donkerrood",
	"tevredenheid_aantal", "tevredenheid_gemiddelde",
};

void wijkprofiel_csv_kop(struct csv *c)
{
	for (size_t i = 0; i < sizeof(csv_kop) / sizeof(csv_kop[0]); i++)
		csv_text(c, csv_kop[i]);
	csv_end_row(c);
}

static void csv_term(struct csv *c, const struct kpi_term *t)
{
	csv_int(c, t->op_tijd);
	csv_int(c, t->te_laat);
	csv_int(c, t->open);
	csv_decimal(c, t->percentage_op_tijd, 1, 1);
}

void wijkprofiel_csv_rijen(struct csv *c, const struct wijkprofiel *p)
{
	const struct area *a = &p->area;
	const char *wijk = a->soort == AREA_WIJK ? a->code : a->parent_code;

	for (int i = 0; i < WIJKCIJFERS_JAREN; i++) {
		const struct wijkprofiel_jaar *j = &p->jaren[i];
		csv_text(c, wijk);
		csv_text(c, a->code);
		csv_text(c, a->naam);
		csv_text(c, a->soort == AREA_WIJK ? "wijk" : "buurt");
		csv_int(c, j->jaar);
		csv_int(c, j->lopend);
		csv_int(c, a->woningen);
		csv_int(c, j->telling.ontvangen);
		csv_decimal(c, j->per_100, 1, 1);
		for (int k = 0; k < PIJLER__MAX; k++)
			csv_int(c, j->per_pijler[k]);
		csv_term(c, &j->bevestiging);
		csv_term(c, &j->terugkoppeling);
		csv_int(c, j->terugkoppeling.binnen_streefwaarde);
		csv_decimal(c, j->terugkoppeling.percentage_binnen_streefwaarde, 1, 1);
		csv_int(c, j->dossiers.geopend);
		csv_int(c, j->dossiers.open);
		csv_int(c, j->dossiers.vervuilde_woningen);
		csv_int(c, j->dossiers.uitzettingen);
		csv_int(c, j->dossiers.doorverwijzingen);
		csv_int(c, j->dossiers.dossiers_doorverwezen);
		for (int k = 0; k < AVE__MAX; k++)
			csv_int(c, j->dossiers.escalaties[k]);
		csv_int(c, j->scores);
		csv_decimal(c, wijkprofiel_score_gemiddelde(j), 2, 1);
		csv_end_row(c);
	}
}
