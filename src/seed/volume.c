/*
 * volume.c - meldingen in volume for benchmarks (see volume.h), and
 * through volume_cases.c the dossiers and doorverwijzingen that go with
 * them.
 *
 * Speed (the demo and a million meldingen within a minute on two cores;
 * one statement per row took 98-158 s): the rows are drawn in C into a
 * TEMP staging table (no indexes, no triggers), and every BATCH of them
 * goes into melding with one INSERT ... SELECT in autocommit. The
 * triggers of melding still write melding_fact, melding_telling and the
 * search index for every row, exactly as for a melding the web takes in.
 * What one statement per batch saves is the work that came with each
 * statement: a statement journal (in a transaction of many statements, a
 * statement with triggers copies every page it touches first, in case it
 * fails halfway; one row per statement on the pool's connection, perf
 * found 69% of the time in SQLite walking that in-memory journal at each
 * statement's end, and a batch slowed as it grew) and FTS5 writing its pending
 * terms out as a new segment at every statement. Measured and left out:
 * dropping the three insert triggers during a batch and deriving their
 * rows with one INSERT ... SELECT each (5% fewer instructions under
 * callgrind, for a copy of the triggers' SQL to keep in step), and
 * dropping the indexes to build them afterwards (as slow as keeping them
 * in a large cache). The seed's own connection gets that larger page
 * cache, so the twenty indexes of melding stay in memory while they grow.
 */
#include "seed/volume.h"
#include "auth/policy.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "domain/demo_text.h"
#include "domain/melding.h"
#include "domain/werkdagen.h"
#include "lib/log.h"
#include "lib/xalloc.h"
#include "seed/seed.h"
#include "seed/volume_cases.h"
#include "store/audit.h"
#include "store/calendar.h"
#include "store/category.h"
#include "store/melding.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define BATCH 100000
#define MAX_MELDINGEN 10000000        /* ten times the benchmark's million */
#define MAX_BUURTEN 4096
#define MAX_STAFF 64

static const char SQL_BUURTEN[] =
	"SELECT b.id, coalesce(b.wijk_id, b.parent_id), b.woningen, b.naam FROM area b"
	" WHERE b.soort = 'buurt' ORDER BY b.id";
static const char SQL_WIJKEN[] = "SELECT count(*) FROM area WHERE soort = 'wijk'";
static const char SQL_STAFF[] =
	"SELECT u.id, ua.area_id FROM user u JOIN user_area ua ON ua.user_id = u.id"
	" WHERE u.active = 1 AND u.role IN ('wijkbeheerder', 'sociaal_beheerder', 'leefbaarheidsmedewerker')";
static const char SQL_MAX_SEQ[] = "SELECT coalesce(max(volgnummer), 0) FROM melding WHERE jaar = ?";
static const char SQL_COUNT[] = "SELECT count(*) FROM melding";
#define COLS "referentie, jaar, volgnummer, ontvangen_op, ontvangen_dag, geregistreerd_op, kanaal," \
	" category_id, omschrijving, adres_tekst, buurt_id, wijk_id, anoniem, status, assignee_id," \
	" bevestigen_dag, terugkoppelen_dag, streef_dag, bevestigd_op, bevestigd_dag, teruggekoppeld_op," \
	" teruggekoppeld_dag, doorloop_werkdagen, afgesloten_op, afgesloten_dag, kosten_cent, melder_sleutel," \
	" postcode, huisnummer, toevoeging, address_id, complex_id"
/* The staging table has melding's columns and nothing else: no index, no trigger, no constraint. */
static const char SQL_STAGE[] = "CREATE TEMP TABLE IF NOT EXISTS seed_melding AS SELECT " COLS " FROM main.melding WHERE 0";
static const char SQL_STAGE_ROW[] =
	"INSERT INTO temp.seed_melding(" COLS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
	" ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32)";
/* In staging order, which is day order: the ids and references follow receipt. */
static const char SQL_MOVE[] = "INSERT INTO main.melding(" COLS ") SELECT " COLS " FROM temp.seed_melding ORDER BY rowid";
static const char SQL_CLEAR[] = "DELETE FROM temp.seed_melding";
static const char SQL_DROP_STAGE[] = "DROP TABLE IF EXISTS temp.seed_melding";
/*
 * 256 MiB of page cache for this connection only (the server keeps
 * SQLite's default of 2 MiB): most index pages a row touches are still in
 * memory. Measured at a million (demo included, same machine, back to
 * back): 41.0 s with this, 47.7 and 50.9 s with 1 GiB, whose pages cost
 * more to allocate than the reads they save.
 */
static const char SQL_CACHE[] = "PRAGMA cache_size = -262144";

/* One generator for the choices and the texts: the same database gets the same meldingen. */
static struct demo_rng rng;

static uint64_t rnd(void)
{
	return demo_rng_next(&rng);
}

/* Uniform in [0, n). */
static uint32_t pick(uint32_t n)
{
	return demo_rng_below(&rng, n);
}

/* 0..99 */
static int pct(void)
{
	return (int)pick(100);
}

struct buurt {
	int64_t id, wijk_id;
	int64_t woningen;
	char naam[64];
	int64_t staff[MAX_STAFF];
	int n_staff;
};

/* How people report (DOMAIN.md, channels), roughly. */
static const struct {
	enum kanaal k;
	int weight;
} kanalen[] = {
	{ KANAAL_WEBFORMULIER, 34 }, { KANAAL_TELEFOON, 26 }, { KANAAL_EMAIL, 14 }, { KANAAL_API, 6 },
	{ KANAAL_BALIE, 4 }, { KANAAL_WIJKBEZOEK, 8 }, { KANAAL_INTERN_VERHUUR, 2 }, { KANAAL_INTERN_INCASSO, 1 },
	{ KANAAL_INTERN_TECHNISCH, 3 }, { KANAAL_EXTERN_PARTNER, 1 }, { KANAAL_EXTERN_AANNEMER, 1 },
};

/* Werkdagen until the first confirmation and the first feedback: mostly in time, with a tail. */
static int confirm_delay(void)
{
	int p = pct();
	return p < 35 ? 0 : p < 70 ? 1 : p < 88 ? 2 : p < 94 ? 3 : 4 + (int)pick(5);
}

static int feedback_delay(void)
{
	int p = pct();
	return p < 40 ? 1 + (int)pick(4) : p < 65 ? 5 + (int)pick(3) : p < 85 ? 8 + (int)pick(3)
	       : p < 97 ? 11 + (int)pick(10) : 21 + (int)pick(20);
}

static int64_t moment(int32_t day, int from_hour, int hours)
{
	return amsterdam_day_start(day) + from_hour * 3600 + (int64_t)pick((uint32_t)hours * 3600);
}


/* What the rows are drawn from, loaded once. */
struct gen {
	struct category cats[CATEGORY_MAX];
	int nc;
	struct buurt buurten[MAX_BUURTEN];
	int nb;
	int64_t total_homes;
	struct calendar cal;
	int64_t now;
	int32_t today, first;
	int64_t span, melders;
	long n;
	int kanaal_total;
	int seq_year;
	int64_t seq;
	struct vc *cases;
};

/* One melding as drawn. */
struct row {
	char ref[16];
	int y, seq;
	int32_t day;
	int64_t ontvangen_op;
	const struct category *c;
	const struct buurt *b;
	const struct vc_home *home;      /* the dossier's home it is about, or NULL */
	enum kanaal kan;
	struct due due;
	int64_t bev_op, ter_op, closed_op, kosten, assignee, melder;
	int ter_werkdagen;
	int anoniem;
	const char *status;
	char omschrijving[1400];
};

static int load_buurten(struct db *db, struct gen *g)
{
	sqlite3_stmt *st = db_stmt(db, SQL_BUURTEN);

	if (!st)
		return -1;
	while (sqlite3_step(st) == SQLITE_ROW && g->nb < MAX_BUURTEN) {
		struct buurt *b = &g->buurten[g->nb++];
		memset(b, 0, sizeof(*b));
		b->id = sqlite3_column_int64(st, 0);
		b->wijk_id = sqlite3_column_int64(st, 1);
		b->woningen = sqlite3_column_int64(st, 2) > 0 ? sqlite3_column_int64(st, 2) : 100;
		snprintf(b->naam, sizeof(b->naam), "%s", (const char *)sqlite3_column_text(st, 3));
		g->total_homes += b->woningen;
	}
	db_done(st);
	if (!g->nb)
		return log_error("seed: there are no buurten to put meldingen in");
	/* Who may be assigned in each buurt: staff bound to its wijk. */
	st = db_stmt(db, SQL_STAFF);
	if (!st)
		return -1;
	while (sqlite3_step(st) == SQLITE_ROW) {
		int64_t user = sqlite3_column_int64(st, 0), area = sqlite3_column_int64(st, 1);
		for (int i = 0; i < g->nb; i++)
			if (g->buurten[i].wijk_id == area && g->buurten[i].n_staff < MAX_STAFF)
				g->buurten[i].staff[g->buurten[i].n_staff++] = user;
	}
	db_done(st);
	return 0;
}

static int gen_init(struct db *db, struct gen *g, long n, int years, int64_t now)
{
	if (db_int(db, SQL_WIJKEN, 0, NULL) == 0 && seed_demo(db) < 0)
		return -1;
	g->nc = category_list(db, 1, g->cats, CATEGORY_MAX);
	if (g->nc <= 0 || calendar_load(db, &g->cal) < 0)
		return log_error("seed: no active categories or no calendar");
	if (load_buurten(db, g) < 0)
		return -1;
	uint64_t seed = (uint64_t)db_int(db, SQL_COUNT, 0, NULL);
	demo_rng_seed(&rng, seed);
	g->now = now;
	g->n = n;
	g->today = amsterdam_day(now);
	g->first = g->today - (int32_t)(years * 36525L / 100);
	g->span = (int64_t)(g->today - g->first + 1);
	for (size_t k = 0; k < sizeof(kanalen) / sizeof(kanalen[0]); k++)
		g->kanaal_total += kanalen[k].weight;
	g->melders = n / 3 > 1 ? n / 3 : 1;
	g->cases = vc_plan(db, n, g->first, g->today, seed);
	return 0;
}

/* Where and what: the day, reference, moment, category, buurt and channel of melding number i. */
static void draw_what(struct db *db, struct gen *g, long i, struct row *r)
{
	/* Days in order, so references follow receipt like real ones. */
	r->day = g->first + (int32_t)((int64_t)i * g->span / g->n);
	int m, d;
	days_to_civil(r->day, &r->y, &m, &d);
	if (r->y != g->seq_year) {
		/* This year's rows of earlier batches are in melding already; none of the staged ones is of it. */
		g->seq_year = r->y;
		g->seq = db_int(db, SQL_MAX_SEQ, 0, "i", r->y);
	}
	r->seq = (int)++g->seq;
	melding_reference(r->y, g->seq, r->ref);

	int wk = days_weekday(r->day) >= 5;
	r->ontvangen_op = wk ? moment(r->day, 9, 12) : moment(r->day, 7, 12);
	r->c = &g->cats[pick((uint32_t)g->nc)];
	/* Buurten by their homes: more homes, more meldingen. */
	int64_t h = (int64_t)(rnd() % (uint64_t)g->total_homes);
	r->b = &g->buurten[0];
	for (int k = 0; k < g->nb; k++) {
		if (h < g->buurten[k].woningen) {
			r->b = &g->buurten[k];
			break;
		}
		h -= g->buurten[k].woningen;
	}
	int kw = (int)pick((uint32_t)g->kanaal_total);
	r->kan = KANAAL_WEBFORMULIER;
	for (size_t k = 0; k < sizeof(kanalen) / sizeof(kanalen[0]); k++) {
		if (kw < kanalen[k].weight) {
			r->kan = kanalen[k].k;
			break;
		}
		kw -= kanalen[k].weight;
	}
	melding_due(&g->cal.cal, r->day, &r->c->terms, &r->due);
}

/* What the team did: confirmation, feedback and closing as a team does them, the status, who, the text. */
static void draw_life(struct gen *g, struct row *r)
{
	const struct werkdagen_cal *cal = &g->cal.cal;
	int64_t now = g->now;
	int32_t day = r->day, today = g->today;

	int32_t bev = werkdagen_add(cal, day, confirm_delay());
	int32_t ter = werkdagen_add(cal, day, feedback_delay());
	if (ter < bev)
		ter = bev;
	r->bev_op = bev <= today ? moment(bev, 8, 9) : 0;
	if (bev == day && r->bev_op && r->bev_op < r->ontvangen_op)
		r->bev_op = r->ontvangen_op + 600;
	r->ter_op = ter <= today ? moment(ter, 9, 8) : 0;
	if (r->ter_op && r->bev_op && r->ter_op < r->bev_op)
		r->ter_op = r->bev_op + 600;
	if (r->bev_op > now || r->ter_op > now) {
		r->bev_op = r->bev_op > now ? 0 : r->bev_op;
		r->ter_op = r->ter_op > now ? 0 : r->ter_op;
	}
	int32_t closed = r->ter_op ? ter + (int32_t)pick(11) : -1;
	/* Nearly every answered melding gets closed; a few linger, as in real files. */
	r->closed_op = closed >= 0 && closed <= today && pct() < 99 ? moment(closed, 9, 8) : 0;
	if (r->closed_op && (r->closed_op > now || r->closed_op < r->ter_op))
		r->closed_op = 0;
	r->kosten = -1;
	if (r->closed_op && r->c->pijler == PIJLER_FYSIEK && pct() < 30)
		r->kosten = 2500 + (int64_t)pick(250000);
	r->assignee = r->b->n_staff && pct() < 85 ? r->b->staff[pick((uint32_t)r->b->n_staff)] : 0;
	r->status = r->closed_op ? "afgesloten" : r->ter_op ? "teruggekoppeld"
		    : r->bev_op ? (r->assignee ? "in_behandeling" : "bevestigd") : "nieuw";
	r->anoniem = pct() < 12;
	r->melder = r->anoniem ? 0 : (int64_t)(1 + rnd() % (uint64_t)g->melders);
	r->ter_werkdagen = 0;
	if (r->ter_op) {
		int32_t ter_day = amsterdam_day(r->ter_op);
		r->ter_werkdagen = ter_day > day ? werkdagen_between(cal, day, ter_day) : 0;
	}
	demo_text_melding(&rng, r->c->code, r->omschrijving, sizeof(r->omschrijving));
	/* A dossier waiting for a melding in this buurt takes it: then it is about the dossier's home. */
	r->home = vc_take(g->cases, day, r->b->id, r->c->pijler, r->ref, r->ontvangen_op);
}

/* Binds the row to the staging insert (parameters 1..32, NULL where the melding has no value). */
static void bind_row(sqlite3_stmt *st, const struct row *r)
{
	const struct vc_home *h = r->home;

	db_bindf(st, "tiiIiItItt", r->ref, r->y, r->seq, r->ontvangen_op, (int)r->day, r->ontvangen_op,
		 kanaal_ids[r->kan], r->c->id, r->omschrijving, h ? h->adres : r->b->naam);
	sqlite3_bind_int64(st, 11, r->b->id);
	sqlite3_bind_int64(st, 12, r->b->wijk_id);
	sqlite3_bind_int(st, 13, r->anoniem);
	sqlite3_bind_text(st, 14, r->status, -1, SQLITE_STATIC);
	if (r->assignee)
		sqlite3_bind_int64(st, 15, r->assignee);
	sqlite3_bind_int(st, 16, r->due.bevestigen);
	sqlite3_bind_int(st, 17, r->due.terugkoppelen);
	sqlite3_bind_int(st, 18, r->due.streef);
	if (r->bev_op) {
		sqlite3_bind_int64(st, 19, r->bev_op);
		sqlite3_bind_int(st, 20, amsterdam_day(r->bev_op));
	}
	if (r->ter_op) {
		sqlite3_bind_int64(st, 21, r->ter_op);
		sqlite3_bind_int(st, 22, amsterdam_day(r->ter_op));
		sqlite3_bind_int(st, 23, r->ter_werkdagen);
	}
	if (r->closed_op) {
		sqlite3_bind_int64(st, 24, r->closed_op);
		sqlite3_bind_int(st, 25, amsterdam_day(r->closed_op));
	}
	if (r->kosten >= 0)
		sqlite3_bind_int64(st, 26, r->kosten);
	if (r->melder)
		sqlite3_bind_int64(st, 27, r->melder);
	sqlite3_bind_text(st, 28, h ? h->postcode : "", -1, SQLITE_STATIC);
	if (h)
		sqlite3_bind_int(st, 29, h->huisnummer);
	sqlite3_bind_text(st, 30, h ? h->toevoeging : "", -1, SQLITE_STATIC);
	if (h) {
		sqlite3_bind_int64(st, 31, h->address_id);
		if (h->complex_id)
			sqlite3_bind_int64(st, 32, h->complex_id);
	}
}

static double mono(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Draws meldingen from..stop into the staging table (one transaction of the temp database only). */
static int stage(struct db *db, struct gen *g, long from, long stop, struct row *r)
{
	if (db_exec(db, SQL_CLEAR, NULL) < 0 || db_exec(db, "BEGIN", NULL) < 0)
		return -1;
	sqlite3_stmt *st = db_stmt(db, SQL_STAGE_ROW);
	for (long i = from; st && i < stop; i++) {
		draw_what(db, g, i, r);
		draw_life(g, r);
		bind_row(st, r);
		int s = sqlite3_step(st);
		db_done(st);
		if (s != SQLITE_DONE) {
			log_error("seed: stage %s: %s", r->ref, sqlite3_errmsg(db_handle(db)));
			st = NULL;
		}
	}
	if (!st) {
		db_exec(db, "ROLLBACK", NULL);
		return -1;
	}
	return db_exec(db, "COMMIT", NULL) < 0 ? -1 : 0;
}

/*
 * The dossiers, their links and referrals: one transaction after the
 * meldingen they take are in.
 */
static int write_cases(struct db *db, struct gen *g, const struct config *cfg)
{
	int dossiers = 0, referrals = 0, linked = 0;

	if (!g->cases)
		return 0;
	if (db_begin(db) < 0)
		return -1;
	if (vc_write(g->cases, db, cfg, g->now, &dossiers, &referrals, &linked) < 0) {
		db_rollback(db);
		return -1;
	}
	if (db_commit(db) < 0)
		return -1;
	printf("%d dossiers met %d gekoppelde meldingen, %d doorverwijzingen.\n", dossiers, linked, referrals);
	return 0;
}

int seed_volume(struct db *db, long n, int years, int64_t now, const struct config *cfg)
{
	struct gen *g = xcalloc(1, sizeof(*g));
	struct row *r = xmalloc(sizeof(*r));
	double t0 = mono(), t_stage = 0, t_move = 0, t;
	int rc = -1;

	/* Past the bound, planning the dossiers alone (n / 50 of them) ran the machine out of memory. */
	if (n < 1 || n > MAX_MELDINGEN || years < 1 || years > 50) {
		log_error("seed: --meldingen must be 1..%d and --years 1..50", MAX_MELDINGEN);
		goto out;
	}
	if (gen_init(db, g, n, years, now) < 0 || db_exec(db, SQL_CACHE, NULL) < 0 || db_exec(db, SQL_STAGE, NULL) < 0)
		goto out;
	for (long done = 0; done < n;) {
		long stop = done + BATCH < n ? done + BATCH : n;
		t = mono();
		if (stage(db, g, done, stop, r) < 0)
			goto out;
		t_stage += mono() - t;
		t = mono();
		/* Autocommit: one statement is the whole transaction, so it needs no statement journal. */
		if (db_exec(db, SQL_MOVE, NULL) < 0 || melding_fts_flush(db) != STORE_OK)
			goto out;
		t_move += mono() - t;
		done = stop;
		fprintf(stderr, "  %ld van %ld meldingen (%.0fs)\n", done, n, mono() - t0);
	}
	if (db_exec(db, SQL_DROP_STAGE, NULL) < 0)
		goto out;
	t = mono();
	if (write_cases(db, g, cfg) < 0)
		goto out;
	double t_cases = mono() - t;
	t = mono();
	/* Merged now, in one pass, rather than a step at a time inside the server's commits (store/melding.h). */
	if (melding_fts_optimize(db) != STORE_OK)
		goto out;
	fprintf(stderr, "  getrokken %.1fs, in melding gezet (indexen, triggers) %.1fs, dossiers %.1fs,"
		" zoekindex samengevoegd %.1fs\n", t_stage, t_move, t_cases, mono() - t);
	/* Its past had its late notices then (issue 17): a server on it sends no apologies by the thousand. */
	if (melding_mark_past_late(db, amsterdam_day(now)) != STORE_OK ||
	    audit_record(db, &ACTOR_CLI(0), "aangemaakt", "seed", "", "meldingen voor de benchmark") < 0)
		goto out;
	printf("%ld meldingen toegevoegd over %d jaar.\n", n, years);
	rc = 0;
out:
	vc_free(g->cases);
	free(g);
	free(r);
	return rc;
}
