/*
 * export.c - the CSV exports (see export.h).
 */
#include "web/export.h"
#include "auth/session.h"
#include "config.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "domain/kpi.h"
#include "web/export_csv.h"
#include "web/kpi.h"
#include "http/http.h"
#include "lib/buf.h"
#include "lib/log.h"
#include "store/audit.h"
#include "store/kpi.h"
#include "store/kpi_export.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The view the export is of, or an answer already given (status != 0). */
struct export_req {
	struct kpi_request rq;
	char sep;
	int status;
};

static int parse(struct req *req, struct export_req *x)
{
	cJSON *fouten = cJSON_CreateObject();
	int rc = kpi_parse(req, &x->rq, fouten);

	x->status = 0;
	if (rc == 422) {
		const cJSON *e = fouten->child;
		const char *msg = arena_printf(&req->arena, "%s: %s", e->string, e->valuestring);
		cJSON_Delete(fouten);
		return x->status = http_error(req, 422, "Ongeldige periode", msg);
	}
	cJSON_Delete(fouten);
	if (rc == 404)
		return x->status = http_error(req, 404, "Niet gevonden", "Deze wijk bestaat niet of valt buiten uw gebied.");
	const char *s = http_query(req, "scheiding");
	if (s && s[0] && strcmp(s, "komma") && strcmp(s, "puntkomma"))
		return x->status = http_error(req, 422, "Ongeldige scheiding", "Kies scheiding=komma of scheiding=puntkomma.");
	x->sep = s && !strcmp(s, "komma") ? ',' : ';';
	return 0;
}

/* An unlinked file in the data directory's tmp/: gone when closed, whatever happens. */
static int temp_file(struct req *req)
{
	char *path = arena_printf(&req->arena, "%s/tmp/export-XXXXXX", req->cfg->data_dir);
	int fd = mkstemp(path);

	if (fd < 0) {
		log_error("export: cannot create %s: %s", path, strerror(errno));
		return -1;
	}
	unlink(path);
	return fd;
}

/* Hands the finished file to the server, with the headers of a download. */
static int send_file(struct req *req, struct csv *c, const char *name)
{
	if (csv_finish(c) < 0 || lseek(c->fd, 0, SEEK_SET) != 0) {
		close(c->fd);
		return http_error(req, 503, "Export mislukt", "Het bestand kon niet worden gemaakt. Probeer het opnieuw.");
	}
	req->fd_out = c->fd;
	req->fd_size = c->bytes;
	req->content_type = "text/csv; charset=utf-8";
	http_add_header(req, "Content-Disposition", arena_printf(&req->arena, "attachment; filename=\"%s\"", name));
	return 200;
}

static const char *scope_text(const struct export_req *x, char *buf, size_t size)
{
	char van[DAYS_FORMAT_LEN], tot[DAYS_FORMAT_LEN];
	days_format(x->rq.van, van);
	days_format(x->rq.tot, tot);
	snprintf(buf, size, "%s t/m %s, wijk %s, scheiding %s", van, tot, x->rq.wijk_code ? x->rq.wijk_code : "alle",
		 x->sep == ',' ? "komma" : "puntkomma");
	return buf;
}

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

static void cell_moment(struct csv *c, int64_t t)
{
	char s[MOMENT_FORMAT_LEN];
	if (!t) {
		csv_empty(c);
		return;
	}
	moment_format_amsterdam(t, s);
	csv_text(c, s);
}

/* op_tijd, te_laat or open, by the definitions of issue 9 as of peildatum. */
static const char *term_state(int32_t due, int32_t met, int32_t peil)
{
	if (met >= 0 && met <= peil)
		return met <= due ? "op_tijd" : "te_laat";
	return due < peil ? "te_laat" : "open";
}

struct melding_ctx {
	struct csv *c;
	int32_t peil;
};

static int melding_row(void *ctx, const struct kpi_export_melding *m)
{
	struct melding_ctx *x = ctx;
	struct csv *c = x->c;

	csv_text(c, m->referentie);
	cell_moment(c, m->ontvangen_op);
	cell_day(c, m->ontvangen_dag);
	csv_text(c, m->kanaal);
	csv_text(c, m->categorie);
	csv_text(c, m->categorie_naam);
	csv_text(c, m->pijler);
	csv_text(c, m->wijk);
	csv_text(c, m->wijk_naam);
	csv_text(c, m->buurt);
	csv_text(c, m->buurt_naam);
	csv_text(c, m->complex);
	csv_text(c, m->postcode);
	csv_text(c, m->status);
	csv_text(c, m->behandelaar);
	cell_day(c, m->bevestigen_dag);
	cell_moment(c, m->bevestigd_op);
	csv_text(c, term_state(m->bevestigen_dag, m->bevestigd_dag, x->peil));
	cell_day(c, m->terugkoppelen_dag);
	cell_moment(c, m->teruggekoppeld_op);
	csv_text(c, term_state(m->terugkoppelen_dag, m->teruggekoppeld_dag, x->peil));
	cell_day(c, m->streef_dag);
	if (m->teruggekoppeld_dag >= 0 && m->teruggekoppeld_dag <= x->peil)
		csv_text(c, m->teruggekoppeld_dag <= m->streef_dag ? "ja" : "nee");
	else
		csv_empty(c);
	if (m->doorloop_werkdagen >= 0 && m->teruggekoppeld_dag >= 0 && m->teruggekoppeld_dag <= x->peil)
		csv_int(c, m->doorloop_werkdagen);
	else
		csv_empty(c);
	cell_moment(c, m->afgesloten_op);
	if (m->kosten_cent >= 0)
		csv_decimal(c, (double)m->kosten_cent / 100.0, 2, 0);
	else
		csv_empty(c);
	csv_end_row(c);
	return c->err ? -1 : 0;
}

static int64_t export_scope(struct req *req)
{
	struct session *s = req->session;
	return s && !policy_sees_all_areas(s->role, ACT_EXPORT) ? s->user_id : 0;
}

int handle_export_meldingen(struct req *req)
{
	static const char *const head[] = {
		"referentie", "ontvangen_op", "ontvangen_dag", "kanaal", "categorie", "categorie_naam", "pijler",
		"wijk", "wijk_naam", "buurt", "buurt_naam", "complex", "postcode", "status", "behandelaar",
		"bevestigen_uiterlijk", "bevestigd_op", "bevestiging", "terugkoppelen_uiterlijk", "teruggekoppeld_op",
		"terugkoppeling", "streefdatum", "binnen_streefwaarde", "doorlooptijd_werkdagen", "afgesloten_op",
		"kosten",
	};
	struct export_req x;
	struct db *db = db_thread();
	char detail[160], van[DAYS_FORMAT_LEN], tot[DAYS_FORMAT_LEN];

	if (parse(req, &x))
		return x.status;
	if (!db)
		return http_unavailable(req, NULL);
	int fd = temp_file(req);
	if (fd < 0)
		return http_error(req, 503, "Export mislukt", "Het bestand kon niet worden gemaakt. Probeer het opnieuw.");
	struct csv *c = malloc(sizeof(*c));
	if (!c)
		abort();
	csv_start(c, fd, x.sep);
	for (size_t i = 0; i < sizeof(head) / sizeof(head[0]); i++)
		csv_text(c, head[i]);
	csv_end_row(c);
	struct kpi_export_filter f = {
		.van = x.rq.van, .tot = x.rq.tot, .wijk_id = x.rq.wijk_id, .scope_user = export_scope(req),
	};
	struct melding_ctx mc = { c, x.rq.peildatum };
	int64_t n = kpi_export_meldingen(db, &f, melding_row, &mc);
	scope_text(&x, detail, sizeof(detail));
	if (n < 0 || audit_record(db_thread(), http_actor(req), "geexporteerd", "export", "meldingen.csv",
				  arena_printf(&req->arena, "%s; %lld meldingen", detail, (long long)n)) < 0) {
		close(fd);
		free(c);
		return http_error(req, 503, "Export mislukt", "Het bestand kon niet worden gemaakt. Probeer het opnieuw.");
	}
	days_format(x.rq.van, van);
	days_format(x.rq.tot, tot);
	int rc = send_file(req, c, arena_printf(&req->arena, "meldingen-%s-tot-%s.csv", van, tot));
	free(c);
	return rc;
}

/* One row of the KPI table: a wijk (or all of them) computed from the same facts as the dashboard. */
static void kpi_row(struct csv *c, const struct kpi_report *rep, const char *code, const char *naam,
		    int64_t woningen, const struct kpi_result *r, const struct kpi_dossier_result *dos)
{
	char s[DAYS_FORMAT_LEN];

	days_format(rep->rq.van, s);
	csv_text(c, s);
	days_format(rep->rq.tot, s);
	csv_text(c, s);
	days_format(rep->rq.peildatum, s);
	csv_text(c, s);
	csv_text(c, code);
	csv_text(c, naam);
	if (woningen > 0)
		csv_int(c, woningen);
	else
		csv_empty(c);
	csv_int(c, r->ontvangen);
	csv_decimal(c, woningen > 0 ? (double)r->ontvangen * 100.0 / (double)woningen : -1, 2, 1);
	csv_int(c, r->bevestiging.op_tijd);
	csv_int(c, r->bevestiging.te_laat);
	csv_int(c, r->bevestiging.open);
	csv_decimal(c, r->bevestiging.percentage_op_tijd, 1, 1);
	csv_int(c, r->terugkoppeling.op_tijd);
	csv_int(c, r->terugkoppeling.te_laat);
	csv_int(c, r->terugkoppeling.open);
	csv_decimal(c, r->terugkoppeling.percentage_op_tijd, 1, 1);
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
	int64_t kosten = 0;
	for (size_t i = 0; i < rep->params.n_categorie; i++)
		kosten += r->kosten_per_categorie[i];
	csv_decimal(c, (double)kosten / 100.0, 2, 0);
	csv_int(c, dos->geopend);
	csv_int(c, dos->open_op_peildatum);
	csv_int(c, dos->vervuilde_woningen);
	csv_int(c, dos->uitzettingen);
	csv_int(c, dos->doorverwijzingen);
	csv_int(c, dos->dossiers_doorverwezen);
	csv_end_row(c);
}

int handle_export_kpi(struct req *req)
{
	static const char *const head[] = {
		"van", "tot", "peildatum", "wijk", "wijk_naam", "woningen", "ontvangen", "per_100_woningen",
		"bevestiging_op_tijd", "bevestiging_te_laat", "bevestiging_open", "bevestiging_percentage_op_tijd",
		"terugkoppeling_op_tijd", "terugkoppeling_te_laat", "terugkoppeling_open",
		"terugkoppeling_percentage_op_tijd", "binnen_streefwaarde", "percentage_binnen_streefwaarde",
		"doorlooptijd_mediaan", "doorlooptijd_p90", "melders_uniek", "kosten",
		"dossiers_geopend", "dossiers_open_op_peildatum", "vervuilde_woningen", "uitzettingen",
		"doorverwijzingen", "dossiers_doorverwezen",
	};
	struct export_req x;
	struct kpi_facts facts = { 0 };
	struct kpi_report *rep = arena_alloc(&req->arena, sizeof(*rep));
	char detail[160], van[DAYS_FORMAT_LEN], tot[DAYS_FORMAT_LEN];

	if (parse(req, &x))
		return x.status;
	if (kpi_run_facts(req, &x.rq, x.rq.van, rep, &facts))
		return http_unavailable(req, NULL);
	int fd = temp_file(req);
	if (fd < 0) {
		kpi_facts_release(&facts);
		return http_error(req, 503, "Export mislukt", "Het bestand kon niet worden gemaakt. Probeer het opnieuw.");
	}
	struct csv *c = malloc(sizeof(*c));
	uint64_t *scratch = malloc(kpi_scratch_len(facts.n) * sizeof(uint64_t));
	if (!c || !scratch)
		abort();
	csv_start(c, fd, x.sep);
	for (size_t i = 0; i < sizeof(head) / sizeof(head[0]); i++)
		csv_text(c, head[i]);
	csv_end_row(c);

	/* Per wijk with the same computation as the report, then the report's own total. */
	struct kpi_params p = rep->params;
	struct kpi_result r = {
		.per_categorie = arena_alloc(&req->arena, p.n_categorie * sizeof(int64_t)),
		.kosten_per_categorie = arena_alloc(&req->arena, p.n_categorie * sizeof(int64_t)),
		.per_pijler = arena_alloc(&req->arena, p.n_pijler * sizeof(int64_t)),
		.per_kanaal = arena_alloc(&req->arena, p.n_kanaal * sizeof(int64_t)),
		.per_wijk = arena_alloc(&req->arena, p.n_wijk * sizeof(int64_t)),
	};
	int rows = 0;
	for (int i = 0; i < rep->n_wijk; i++) {
		if (x.rq.wijk_id && x.rq.wijk_id != rep->wijk[i].id)
			continue;
		p.wijk = (int32_t)rep->wijk[i].id;
		struct kpi_request one = x.rq;
		struct kpi_dossier_result dos;
		one.wijk_id = rep->wijk[i].id;
		if (kpi_compute(facts.f, facts.n, &p, &r, scratch) == 0 && kpi_dossier_figures(req, &one, &dos) == 0) {
			kpi_row(c, rep, rep->wijk[i].code, rep->wijk[i].naam, rep->wijk[i].woningen, &r, &dos);
			rows++;
		}
	}
	if (rep->onbekend && !x.rq.wijk_id) {
		p.wijk = -1;
		if (kpi_compute(facts.f, facts.n, &p, &r, scratch) == 0) {
			/* A dossier always has a wijk: none are onbekend. */
			struct kpi_dossier_result none = { 0 };
			kpi_row(c, rep, "onbekend", "Onbekend (nog geen wijk)", 0, &r, &none);
			rows++;
		}
	}
	int64_t homes = 0;
	for (int i = 0; i < rep->n_wijk; i++)
		if (!x.rq.wijk_id || x.rq.wijk_id == rep->wijk[i].id)
			homes += rep->wijk[i].woningen;
	kpi_row(c, rep, x.rq.wijk_code ? x.rq.wijk_code : "totaal", x.rq.wijk_code ? "Totaal van deze wijk" : "Totaal",
		x.rq.wijk_id == -1 ? 0 : homes, &rep->r, &rep->dossiers);
	rows++;
	free(scratch);
	kpi_facts_release(&facts);

	scope_text(&x, detail, sizeof(detail));
	if (audit_record(db_thread(), http_actor(req), "geexporteerd", "export", "kpi.csv",
			 arena_printf(&req->arena, "%s; %d rijen", detail, rows)) < 0) {
		close(fd);
		free(c);
		return http_error(req, 503, "Export mislukt", "Het bestand kon niet worden gemaakt. Probeer het opnieuw.");
	}
	days_format(x.rq.van, van);
	days_format(x.rq.tot, tot);
	int rc = send_file(req, c, arena_printf(&req->arena, "kerncijfers-%s-tot-%s.csv", van, tot));
	free(c);
	return rc;
}

/* ---- dossiers and referrals ---- */

/* The export's own reach: gevoelig dossiers only for a role whose export may hold them (the coördinator). */
static void dossier_filter(struct req *req, const struct export_req *x, struct kpi_export_dossier_filter *f)
{
	struct actor who = *http_actor(req);
	struct scope sc = { .in_area = 1, .sensitive = 1 };

	f->van = amsterdam_day_start(x->rq.van);
	f->tot = amsterdam_day_start(x->rq.tot + 1);
	f->wijk_id = x->rq.wijk_id;
	f->scope_user = export_scope(req);
	f->with_gevoelig = policy_check(&who, ACT_EXPORT, &sc) == VERDICT_ALLOW;
}

static int dossier_row(void *ctx, const struct kpi_export_dossier *d)
{
	struct csv *c = ctx;

	csv_text(c, d->referentie);
	cell_moment(c, d->geopend_op);
	cell_moment(c, d->gesloten_op);
	csv_text(c, d->status);
	csv_text(c, d->pijler);
	csv_text(c, d->wijk);
	csv_text(c, d->wijk_naam);
	csv_text(c, d->buurt);
	csv_text(c, d->complex);
	csv_text(c, d->ave_niveau);
	csv_text(c, d->ave_regie);
	csv_text(c, d->vervuild ? "ja" : "nee");
	cell_day(c, d->vervuild_dag);
	csv_text(c, d->uitkomst);
	csv_text(c, d->eigenaar);
	csv_int(c, d->meldingen);
	csv_text(c, d->gevoelig ? "ja" : "nee");
	csv_end_row(c);
	return c->err ? -1 : 0;
}

struct referral_ctx {
	struct csv *c;
	int32_t peil;
};

static int referral_row(void *ctx, const struct kpi_export_referral *r)
{
	struct referral_ctx *x = ctx;
	struct csv *c = x->c;

	csv_int(c, r->id);
	csv_text(c, r->dossier);
	csv_text(c, r->wijk);
	csv_text(c, r->partner);
	csv_text(c, r->partner_soort);
	csv_text(c, r->status);
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

/* The frame every export shares: parse, a temporary file, the header, rows, the audit row, send. */
static int export_rows(struct req *req, const char *name, const char *const *head, size_t n_head,
		       int64_t (*rows)(struct req *req, const struct export_req *x, struct csv *c))
{
	struct export_req x;
	char detail[160], van[DAYS_FORMAT_LEN], tot[DAYS_FORMAT_LEN];

	if (parse(req, &x))
		return x.status;
	if (!db_thread())
		return http_unavailable(req, NULL);
	int fd = temp_file(req);
	if (fd < 0)
		return http_error(req, 503, "Export mislukt", "Het bestand kon niet worden gemaakt. Probeer het opnieuw.");
	struct csv *c = malloc(sizeof(*c));
	if (!c)
		abort();
	csv_start(c, fd, x.sep);
	for (size_t i = 0; i < n_head; i++)
		csv_text(c, head[i]);
	csv_end_row(c);
	int64_t n = rows(req, &x, c);
	scope_text(&x, detail, sizeof(detail));
	if (n < 0 || audit_record(db_thread(), http_actor(req), "geexporteerd", "export", arena_printf(&req->arena, "%s.csv", name),
				  arena_printf(&req->arena, "%s; %lld rijen", detail, (long long)n)) < 0) {
		close(fd);
		free(c);
		return http_error(req, 503, "Export mislukt", "Het bestand kon niet worden gemaakt. Probeer het opnieuw.");
	}
	days_format(x.rq.van, van);
	days_format(x.rq.tot, tot);
	int rc = send_file(req, c, arena_printf(&req->arena, "%s-%s-tot-%s.csv", name, van, tot));
	free(c);
	return rc;
}

static int64_t dossier_rows(struct req *req, const struct export_req *x, struct csv *c)
{
	struct kpi_export_dossier_filter f;
	dossier_filter(req, x, &f);
	return kpi_export_dossiers(db_thread(), &f, dossier_row, c);
}

static int64_t referral_rows(struct req *req, const struct export_req *x, struct csv *c)
{
	struct kpi_export_dossier_filter f;
	struct referral_ctx rc = { c, x->rq.peildatum };
	dossier_filter(req, x, &f);
	return kpi_export_referrals(db_thread(), &f, referral_row, &rc);
}

int handle_export_dossiers(struct req *req)
{
	static const char *const head[] = {
		"referentie", "geopend_op", "gesloten_op", "status", "pijler", "wijk", "wijk_naam", "buurt", "complex",
		"ave_niveau", "ave_regie", "vervuild", "vervuild_sinds", "uitkomst", "eigenaar", "meldingen", "gevoelig",
	};
	return export_rows(req, "dossiers", head, sizeof(head) / sizeof(head[0]), dossier_rows);
}

int handle_export_doorverwijzingen(struct req *req)
{
	static const char *const head[] = {
		"id", "dossier", "wijk", "partner", "partner_soort", "status", "verstuurd_op", "termijn_werkdagen",
		"antwoord_uiterlijk", "geaccepteerd_op", "afgewezen_op", "beantwoord_op", "antwoord", "afgesloten_op",
	};
	return export_rows(req, "doorverwijzingen", head, sizeof(head) / sizeof(head[0]), referral_rows);
}
