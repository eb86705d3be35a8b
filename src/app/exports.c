/*
 * exports.c - the CSV exports' rows and audit (see exports.h): one table
 * row per export (its names, its header, where its rows come from), the
 * cells of each kind of row, and the frame they share.
 */
#include "app/exports.h"
#include "app/export_csv.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "domain/dossier.h"
#include "domain/melding.h"
#include "domain/partner.h"
#include "domain/referral.h"
#include "lib/arena.h"
#include "lib/names.h"
#include "store/audit.h"
#include "store/kpi_export.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- cells ---- */

static void cell_day(struct csv *c, int32_t dn)
{
	char s[DAYS_FORMAT_LEN];
	if (dn < 0) {
		csv_empty(c);
		return;
	}
	days_format(dn, s);
	csv_text(c, s);
}

/*
 * A moment as two cells, its Amsterdam date and time ("2026-01-01",
 * "17:50"): Excel reads each as what it is, where a whole ISO moment
 * with its offset stays text. Headers name them X_datum and X_tijd.
 */
static void cell_moment(struct csv *c, int64_t t)
{
	char s[MOMENT_FORMAT_LEN];
	if (!t) {
		csv_empty(c);
		csv_empty(c);
		return;
	}
	moment_format_amsterdam(t, s);
	/* "YYYY-MM-DDTHH:MM:SS+HH:MM" */
	char *tpos = strchr(s, 'T');
	if (!tpos) {
		csv_text(c, s);
		csv_empty(c);
		return;
	}
	*tpos = '\0';
	tpos[6] = '\0';
	csv_text(c, s);
	csv_text(c, tpos + 1);
}

/* A code and, in the next cell, its Dutch label (empty for an unknown code). */
static void cell_coded(struct csv *c, const char *code, const char *const *ids, const char *const *labels, int n)
{
	int i = names_find(ids, n, code);
	csv_text(c, code);
	csv_text(c, i >= 0 ? labels[i] : NULL);
}

/* op_tijd, te_laat or open, by the definitions of issue 9 as of peildatum. */
static const char *term_state(int32_t due, int32_t met, int32_t peil)
{
	if (met >= 0 && met <= peil)
		return met <= due ? "op_tijd" : "te_laat";
	return due < peil ? "te_laat" : "open";
}

/* ---- meldingen ---- */

static const char *const melding_head[] = {
	"referentie", "ontvangen_datum", "ontvangen_tijd", "kanaal", "kanaal_naam", "categorie", "categorie_naam",
	"pijler", "pijler_naam", "wijk", "wijk_naam", "buurt", "buurt_naam", "complex", "postcode", "status",
	"status_naam", "behandelaar", "bevestigen_uiterlijk", "bevestigd_datum", "bevestigd_tijd", "bevestiging",
	"terugkoppelen_uiterlijk", "teruggekoppeld_datum", "teruggekoppeld_tijd", "terugkoppeling", "streefdatum",
	"binnen_streefwaarde", "doorlooptijd_werkdagen", "afgesloten_datum", "afgesloten_tijd", "kosten", NULL,
};

/* A row's callback context: the file, and the peildatum terms are judged on. */
struct row_ctx {
	struct csv *c;
	int32_t peil;
};

/* The feedback's figures: only once it was given, by the peildatum. */
static void melding_feedback(struct csv *c, const struct kpi_export_melding *m, int32_t peil)
{
	int given = m->teruggekoppeld_dag >= 0 && m->teruggekoppeld_dag <= peil;

	cell_day(c, m->streef_dag);
	if (given)
		csv_text(c, m->teruggekoppeld_dag <= m->streef_dag ? "ja" : "nee");
	else
		csv_empty(c);
	if (m->doorloop_werkdagen >= 0 && given)
		csv_int(c, m->doorloop_werkdagen);
	else
		csv_empty(c);
}

static int melding_row(void *ctx, const struct kpi_export_melding *m)
{
	struct row_ctx *x = ctx;
	struct csv *c = x->c;
	const char *const place[] = { m->wijk, m->wijk_naam, m->buurt, m->buurt_naam, m->complex, m->postcode };

	csv_text(c, m->referentie);
	cell_moment(c, m->ontvangen_op);
	cell_coded(c, m->kanaal, kanaal_ids, kanaal_labels, KANAAL__MAX);
	csv_text(c, m->categorie);
	csv_text(c, m->categorie_naam);
	cell_coded(c, m->pijler, pijler_ids, pijler_labels, PIJLER__MAX);
	for (size_t i = 0; i < sizeof(place) / sizeof(place[0]); i++)
		csv_text(c, place[i]);
	cell_coded(c, m->status, melding_status_ids, melding_status_labels, MS__MAX);
	csv_text(c, m->behandelaar);
	cell_day(c, m->bevestigen_dag);
	cell_moment(c, m->bevestigd_op);
	csv_text(c, term_state(m->bevestigen_dag, m->bevestigd_dag, x->peil));
	cell_day(c, m->terugkoppelen_dag);
	cell_moment(c, m->teruggekoppeld_op);
	csv_text(c, term_state(m->terugkoppelen_dag, m->teruggekoppeld_dag, x->peil));
	melding_feedback(c, m, x->peil);
	cell_moment(c, m->afgesloten_op);
	if (m->kosten_cent >= 0)
		csv_decimal(c, (double)m->kosten_cent / 100.0, 2, 0);
	else
		csv_empty(c);
	csv_end_row(c);
	return c->err ? -1 : 0;
}

static int64_t melding_rows(struct db *db, struct arena *a, const struct actor *who, struct export_job *job,
			    struct csv *c)
{
	const struct kpi_request *rq = &job->in.rq;
	struct kpi_export_filter f = {
		.van = rq->van, .tot = rq->tot, .wijk_id = rq->wijk_id, .scope_user = kpi_scope_user(who, ACT_EXPORT),
	};
	struct row_ctx x = { c, rq->peildatum };

	(void)a;
	return kpi_export_meldingen(db, &f, melding_row, &x);
}

/* ---- kpi: the report per wijk ---- */

static const char *const kpi_head[] = {
	"van", "tot", "peildatum", "wijk", "wijk_naam", "woningen", "ontvangen", "per_100_woningen",
	"bevestiging_op_tijd", "bevestiging_te_laat", "bevestiging_open", "bevestiging_percentage_op_tijd",
	"terugkoppeling_op_tijd", "terugkoppeling_te_laat", "terugkoppeling_open",
	"terugkoppeling_percentage_op_tijd", "binnen_streefwaarde", "percentage_binnen_streefwaarde",
	"doorlooptijd_mediaan", "doorlooptijd_p90", "melders_uniek", "kosten",
	"dossiers_geopend", "dossiers_open_op_peildatum", "vervuilde_woningen", "uitzettingen",
	"doorverwijzingen", "dossiers_doorverwezen", NULL,
};

/* Who a KPI row is of. */
struct kpi_row_of {
	const char *code, *naam;
	int64_t woningen;           /* 0: unknown */
};

static void kpi_term_cells(struct csv *c, const struct kpi_term *t)
{
	csv_int(c, t->op_tijd);
	csv_int(c, t->te_laat);
	csv_int(c, t->open);
	csv_decimal(c, t->percentage_op_tijd, 1, 1);
}

static void kpi_dossier_cells(struct csv *c, const struct kpi_dossier_result *dos)
{
	csv_int(c, dos->geopend);
	csv_int(c, dos->open_op_peildatum);
	csv_int(c, dos->vervuilde_woningen);
	csv_int(c, dos->uitzettingen);
	csv_int(c, dos->doorverwijzingen);
	csv_int(c, dos->dossiers_doorverwezen);
}

/* One row of the KPI table: a wijk (or all of them) computed from the same facts as the dashboard. */
static void kpi_row(struct csv *c, const struct kpi_report *rep, const struct kpi_row_of *of,
		    const struct kpi_result *r, const struct kpi_dossier_result *dos)
{
	const int32_t days[] = { rep->rq.van, rep->rq.tot, rep->rq.peildatum };
	char s[DAYS_FORMAT_LEN];
	int64_t kosten = 0;

	for (size_t i = 0; i < sizeof(days) / sizeof(days[0]); i++) {
		days_format(days[i], s);
		csv_text(c, s);
	}
	csv_text(c, of->code);
	csv_text(c, of->naam);
	if (of->woningen > 0)
		csv_int(c, of->woningen);
	else
		csv_empty(c);
	csv_int(c, r->ontvangen);
	csv_decimal(c, of->woningen > 0 ? (double)r->ontvangen * 100.0 / (double)of->woningen : -1, 2, 1);
	kpi_term_cells(c, &r->bevestiging);
	kpi_term_cells(c, &r->terugkoppeling);
	csv_int(c, r->terugkoppeling.binnen_streefwaarde);
	csv_decimal(c, r->terugkoppeling.percentage_binnen_streefwaarde, 1, 1);
	if (r->doorloop_mediaan >= 0) {
		csv_int(c, r->doorloop_mediaan);
		csv_int(c, r->doorloop_p90);
	} else {
		csv_empty(c);
		csv_empty(c);
	}
	csv_int(c, r->melders_uniek);
	for (size_t i = 0; i < rep->params.n_categorie; i++)
		kosten += r->kosten_per_categorie[i];
	csv_decimal(c, (double)kosten / 100.0, 2, 0);
	kpi_dossier_cells(c, dos);
	csv_end_row(c);
}

/* What each wijk's row is computed with: the report's parameters and one result, reused. */
struct kpi_rows_ctx {
	struct db *db;
	const struct actor *who;
	struct csv *c;
	const struct kpi_report *rep;
	const struct kpi_facts *facts;
	struct kpi_params p;
	struct kpi_result r;
	uint64_t *scratch;
};

/* Wijk row's figures, as the report computes them for that wijk alone; 1 when written. */
static int kpi_wijk_row(struct kpi_rows_ctx *x, const struct kpi_named *w)
{
	struct kpi_request one = x->rep->rq;
	struct kpi_dossier_result dos;

	x->p.wijk = (int32_t)w->id;
	one.wijk_id = w->id;
	if (kpi_compute(x->facts->f, x->facts->n, &x->p, &x->r, x->scratch) < 0 ||
	    kpi_report_dossiers(x->db, x->who, &one, &dos) != APP_OK)
		return 0;
	kpi_row(x->c, x->rep, &(struct kpi_row_of){ w->code, w->naam, w->woningen }, &x->r, &dos);
	return 1;
}

static int kpi_onbekend_row(struct kpi_rows_ctx *x)
{
	/* A dossier always has a wijk: none are onbekend. */
	static const struct kpi_dossier_result none;

	x->p.wijk = -1;
	if (kpi_compute(x->facts->f, x->facts->n, &x->p, &x->r, x->scratch) < 0)
		return 0;
	kpi_row(x->c, x->rep, &(struct kpi_row_of){ "onbekend", "Onbekend (nog geen wijk)", 0 }, &x->r, &none);
	return 1;
}

/* Per wijk with the same computation as the report, then the report's own total. */
static int64_t kpi_rows(struct db *db, struct arena *a, const struct actor *who, struct export_job *job,
			struct csv *c)
{
	const struct kpi_report *rep = job->rep;
	const struct kpi_request *rq = &rep->rq;
	struct kpi_rows_ctx x = { .db = db, .who = who, .c = c, .rep = rep, .facts = &job->facts, .p = rep->params };
	struct kpi_rows rows;
	int64_t n = 0;

	kpi_report_rows(a, rep, &rows);
	kpi_report_result_init(a, rep, &x.r);
	x.scratch = malloc(kpi_scratch_len(job->facts.n) * sizeof(uint64_t));
	if (!x.scratch)
		abort();
	for (int r = 0; r < rows.n; r++) {
		/* Asked for onbekend alone, its total row below is the only one. */
		if (r == rows.onbekend)
			n += !rq->wijk_id && kpi_onbekend_row(&x);
		else
			n += kpi_wijk_row(&x, rows.wijk[r]);
	}
	free(x.scratch);
	/* The homes of the wijken shown; none when onbekend was asked for. */
	kpi_row(c, rep, &(struct kpi_row_of){ rq->wijk_code ? rq->wijk_code : "totaal",
					      rq->wijk_code ? "Totaal van deze wijk" : "Totaal", kpi_rows_woningen(&rows) },
		&rep->r, &rep->dossiers);
	return n + 1;
}

/* ---- dossiers and referrals ---- */

static const char *const dossier_head[] = {
	"referentie", "geopend_datum", "geopend_tijd", "gesloten_datum", "gesloten_tijd", "status", "status_naam",
	"pijler", "pijler_naam", "wijk", "wijk_naam", "buurt", "complex", "ave_niveau", "ave_niveau_naam",
	"ave_regie", "ave_regie_naam", "vervuild", "vervuild_sinds", "uitkomst", "uitkomst_naam", "eigenaar",
	"meldingen", "gevoelig", NULL,
};

static const char *const referral_head[] = {
	"id", "referentie", "dossier", "wijk", "partner", "partner_soort", "partner_soort_naam", "status", "status_naam",
	"verstuurd_datum", "verstuurd_tijd", "termijn_werkdagen", "antwoord_uiterlijk", "geaccepteerd_datum",
	"geaccepteerd_tijd", "afgewezen_datum", "afgewezen_tijd", "beantwoord_datum", "beantwoord_tijd", "antwoord",
	"afgesloten_datum", "afgesloten_tijd", NULL,
};

/* The export's own reach: gevoelig dossiers only for a role whose export may hold them (the coördinator). */
static void dossier_filter(const struct actor *who, const struct kpi_request *rq, struct kpi_export_dossier_filter *f)
{
	f->van = amsterdam_day_start(rq->van);
	f->tot = amsterdam_day_start(rq->tot + 1);
	f->wijk_id = rq->wijk_id;
	f->scope_user = kpi_scope_user(who, ACT_EXPORT);
	f->with_gevoelig = kpi_with_gevoelig(who, ACT_EXPORT);
}

static int dossier_row(void *ctx, const struct kpi_export_dossier *d)
{
	struct csv *c = ctx;

	csv_text(c, d->referentie);
	cell_moment(c, d->geopend_op);
	cell_moment(c, d->gesloten_op);
	cell_coded(c, d->status, dossier_status_ids, dossier_status_labels, DS__MAX);
	cell_coded(c, d->pijler, pijler_ids, pijler_labels, PIJLER__MAX);
	csv_text(c, d->wijk);
	csv_text(c, d->wijk_naam);
	csv_text(c, d->buurt);
	csv_text(c, d->complex);
	cell_coded(c, d->ave_niveau, ave_niveau_ids, ave_niveau_labels, AVE__MAX);
	cell_coded(c, d->ave_regie, ave_regie_ids, ave_regie_labels, REGIE__MAX);
	csv_text(c, d->vervuild ? "ja" : "nee");
	cell_day(c, d->vervuild_dag);
	cell_coded(c, d->uitkomst, dossier_uitkomst_ids, dossier_uitkomst_labels, UITKOMST__MAX);
	csv_text(c, d->eigenaar);
	csv_int(c, d->meldingen);
	csv_text(c, d->gevoelig ? "ja" : "nee");
	csv_end_row(c);
	return c->err ? -1 : 0;
}

static int referral_row(void *ctx, const struct kpi_export_referral *r)
{
	struct row_ctx *x = ctx;
	struct csv *c = x->c;

	csv_int(c, r->id);
	csv_text(c, r->referentie);
	csv_text(c, r->dossier);
	csv_text(c, r->wijk);
	csv_text(c, r->partner);
	cell_coded(c, r->partner_soort, partner_soort_ids, partner_soort_labels, PARTNER__MAX);
	cell_coded(c, r->status, referral_status_ids, referral_status_labels, RS__MAX);
	cell_moment(c, r->verstuurd_op);
	csv_int(c, r->termijn_werkdagen);
	cell_day(c, r->antwoord_dag);
	cell_moment(c, r->geaccepteerd_op);
	cell_moment(c, r->afgewezen_op);
	cell_moment(c, r->beantwoord_op);
	/* The partner's answer term, judged like the melding terms (issue 9). */
	csv_text(c, term_state(r->antwoord_dag, r->beantwoord_op ? amsterdam_day(r->beantwoord_op) : -1, x->peil));
	cell_moment(c, r->afgesloten_op);
	csv_end_row(c);
	return c->err ? -1 : 0;
}

static int64_t dossier_rows(struct db *db, struct arena *a, const struct actor *who, struct export_job *job,
			    struct csv *c)
{
	struct kpi_export_dossier_filter f;

	(void)a;
	dossier_filter(who, &job->in.rq, &f);
	return kpi_export_dossiers(db, &f, dossier_row, c);
}

static int64_t referral_rows(struct db *db, struct arena *a, const struct actor *who, struct export_job *job,
			     struct csv *c)
{
	struct kpi_export_dossier_filter f;
	struct row_ctx x = { c, job->in.rq.peildatum };

	(void)a;
	dossier_filter(who, &job->in.rq, &f);
	return kpi_export_referrals(db, &f, referral_row, &x);
}

/* ---- the frame ---- */

static const struct {
	const char *name;           /* the audit row's object: "<name>.csv" */
	const char *file;           /* the download's name */
	const char *unit;           /* what the audit row counts */
	const char *const *head;    /* NULL-terminated */
	int64_t (*rows)(struct db *db, struct arena *a, const struct actor *who, struct export_job *job, struct csv *c);
} exports[EXPORT__MAX] = {
	[EXPORT_MELDINGEN] = { "meldingen", "meldingen", "meldingen", melding_head, melding_rows },
	[EXPORT_KPI] = { "kpi", "kerncijfers", "rijen", kpi_head, kpi_rows },
	[EXPORT_DOSSIERS] = { "dossiers", "dossiers", "rijen", dossier_head, dossier_rows },
	[EXPORT_DOORVERWIJZINGEN] = { "doorverwijzingen", "doorverwijzingen", "rijen", referral_head, referral_rows },
};

enum app_result export_prepare(struct db *db, struct arena *a, const struct actor *who, enum export_kind kind,
			       const struct export_input *in, struct export_job *job)
{
	memset(job, 0, sizeof(*job));
	job->kind = kind;
	job->in = *in;
	if (!db)
		return APP_UNAVAILABLE;
	if (kind != EXPORT_KPI)
		return APP_OK;
	job->rep = arena_alloc(a, sizeof(*job->rep));
	return kpi_report_run(db, a, who, &in->rq, in->rq.van, job->rep, &job->facts);
}

void export_job_release(struct export_job *job)
{
	kpi_facts_release(&job->facts);
}

/* "2026-01-01 t/m 2026-03-31, wijk alle, scheiding puntkomma; 12 rijen" */
static const char *audit_detail(struct arena *a, const struct export_job *job, int64_t n)
{
	char van[DAYS_FORMAT_LEN], tot[DAYS_FORMAT_LEN];
	const struct export_input *in = &job->in;

	days_format(in->rq.van, van);
	days_format(in->rq.tot, tot);
	return arena_printf(a, "%s t/m %s, wijk %s, scheiding %s; %lld %s", van, tot,
			    in->rq.wijk_code ? in->rq.wijk_code : "alle", in->sep == ',' ? "komma" : "puntkomma",
			    (long long)n, exports[job->kind].unit);
}

enum app_result export_write(struct db *db, struct arena *a, const struct actor *who, struct export_job *job,
			     struct csv *c)
{
	for (const char *const *h = exports[job->kind].head; *h; h++)
		csv_text(c, *h);
	csv_end_row(c);
	int64_t n = exports[job->kind].rows(db, a, who, job, c);
	export_job_release(job);
	if (n < 0 || audit_record(db, who, "geexporteerd", "export", arena_printf(a, "%s.csv", exports[job->kind].name),
				  audit_detail(a, job, n)) < 0)
		return APP_UNAVAILABLE;
	return APP_OK;
}

const char *export_file_name(struct arena *a, const struct export_job *job)
{
	char van[DAYS_FORMAT_LEN], tot[DAYS_FORMAT_LEN];

	days_format(job->in.rq.van, van);
	days_format(job->in.rq.tot, tot);
	return arena_printf(a, "%s-%s-tot-%s.csv", exports[job->kind].file, van, tot);
}
