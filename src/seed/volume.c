/*
 * volume.c - meldingen in volume for benchmarks (see volume.h).
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
#include "store/audit.h"
#include "store/calendar.h"
#include "store/category.h"
#include "lib/clock.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define BATCH 50000
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
static const char SQL_INSERT[] =
	"INSERT INTO melding(referentie, jaar, volgnummer, ontvangen_op, ontvangen_dag, geregistreerd_op, kanaal,"
	" category_id, omschrijving, adres_tekst, buurt_id, wijk_id, anoniem, status, assignee_id,"
	" bevestigen_dag, terugkoppelen_dag, streef_dag, bevestigd_op, bevestigd_dag, teruggekoppeld_op,"
	" teruggekoppeld_dag, doorloop_werkdagen, afgesloten_op, afgesloten_dag, kosten_cent, melder_sleutel)"
	" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,"
	" ?21, ?22, ?23, ?24, ?25, ?26, ?27)";

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

int seed_volume(struct db *db, long n, int years, int64_t now)
{
	struct category *cats = xmalloc(CATEGORY_MAX * sizeof(*cats));
	struct buurt *buurten = xmalloc(MAX_BUURTEN * sizeof(*buurten));
	struct calendar *cal = xmalloc(sizeof(*cal));
	int rc = -1, nb = 0, nc;
	int64_t total_homes = 0;
	int seq_year = 0;
	int64_t seq = 0;

	if (n < 1 || years < 1 || years > 50) {
		log_error("seed: --meldingen must be at least 1 and --years 1..50");
		goto out;
	}
	if (db_int(db, SQL_WIJKEN, 0, NULL) == 0 && seed_demo(db) < 0)
		goto out;
	nc = category_list(db, 1, cats, CATEGORY_MAX);
	if (nc <= 0 || calendar_load(db, cal) < 0) {
		log_error("seed: no active categories or no calendar");
		goto out;
	}

	sqlite3_stmt *st = db_stmt(db, SQL_BUURTEN);
	if (!st)
		goto out;
	while (sqlite3_step(st) == SQLITE_ROW && nb < MAX_BUURTEN) {
		struct buurt *b = &buurten[nb++];
		memset(b, 0, sizeof(*b));
		b->id = sqlite3_column_int64(st, 0);
		b->wijk_id = sqlite3_column_int64(st, 1);
		b->woningen = sqlite3_column_int64(st, 2) > 0 ? sqlite3_column_int64(st, 2) : 100;
		snprintf(b->naam, sizeof(b->naam), "%s", (const char *)sqlite3_column_text(st, 3));
		total_homes += b->woningen;
	}
	db_done(st);
	if (!nb) {
		log_error("seed: there are no buurten to put meldingen in");
		goto out;
	}
	/* Who may be assigned in each buurt: staff bound to its wijk. */
	st = db_stmt(db, SQL_STAFF);
	if (!st)
		goto out;
	while (sqlite3_step(st) == SQLITE_ROW) {
		int64_t user = sqlite3_column_int64(st, 0), area = sqlite3_column_int64(st, 1);
		for (int i = 0; i < nb; i++)
			if (buurten[i].wijk_id == area && buurten[i].n_staff < MAX_STAFF)
				buurten[i].staff[buurten[i].n_staff++] = user;
	}
	db_done(st);

	demo_rng_seed(&rng, (uint64_t)db_int(db, SQL_COUNT, 0, NULL));
	int32_t today = amsterdam_day(now);
	int32_t first = today - (int32_t)(years * 36525L / 100);
	int64_t span = (int64_t)(today - first + 1);
	int kanaal_total = 0;
	for (size_t k = 0; k < sizeof(kanalen) / sizeof(kanalen[0]); k++)
		kanaal_total += kanalen[k].weight;
	int64_t melders = n / 3 > 1 ? n / 3 : 1;
	time_t t0 = clock_now();

	for (long done = 0; done < n;) {
		if (db_begin(db) < 0)
			goto out;
		st = db_stmt(db, SQL_INSERT);
		if (!st) {
			db_rollback(db);
			goto out;
		}
		long stop = done + BATCH < n ? done + BATCH : n;
		for (; done < stop; done++) {
			/* Days in order, so references follow receipt like real ones. */
			int32_t day = first + (int32_t)((int64_t)done * span / n);
			int y, m, d;
			days_to_civil(day, &y, &m, &d);
			if (y != seq_year) {
				seq_year = y;
				seq = db_int(db, SQL_MAX_SEQ, 0, "i", y);
			}
			seq++;
			char ref[16];
			melding_reference(y, seq, ref);

			int wk = days_weekday(day) >= 5;
			int64_t ontvangen_op = wk ? moment(day, 9, 12) : moment(day, 7, 12);
			const struct category *c = &cats[pick((uint32_t)nc)];
			/* Buurten by their homes: more homes, more meldingen. */
			int64_t h = (int64_t)(rnd() % (uint64_t)total_homes);
			struct buurt *b = &buurten[0];
			for (int i = 0; i < nb; i++) {
				if (h < buurten[i].woningen) {
					b = &buurten[i];
					break;
				}
				h -= buurten[i].woningen;
			}
			int kw = (int)pick((uint32_t)kanaal_total);
			enum kanaal kan = KANAAL_WEBFORMULIER;
			for (size_t k = 0; k < sizeof(kanalen) / sizeof(kanalen[0]); k++) {
				if (kw < kanalen[k].weight) {
					kan = kanalen[k].k;
					break;
				}
				kw -= kanalen[k].weight;
			}
			struct due due;
			melding_due(&cal->cal, day, &c->terms, &due);

			int32_t bev = werkdagen_add(&cal->cal, day, confirm_delay());
			int32_t ter = werkdagen_add(&cal->cal, day, feedback_delay());
			if (ter < bev)
				ter = bev;
			int64_t bev_op = bev <= today ? moment(bev, 8, 9) : 0;
			if (bev == day && bev_op && bev_op < ontvangen_op)
				bev_op = ontvangen_op + 600;
			int64_t ter_op = ter <= today ? moment(ter, 9, 8) : 0;
			if (ter_op && bev_op && ter_op < bev_op)
				ter_op = bev_op + 600;
			if (bev_op > now || ter_op > now) {
				bev_op = bev_op > now ? 0 : bev_op;
				ter_op = ter_op > now ? 0 : ter_op;
			}
			int32_t closed = ter_op ? ter + (int32_t)pick(11) : -1;
			/* Nearly every answered melding gets closed; a few linger, as in real files. */
			int64_t closed_op = closed >= 0 && closed <= today && pct() < 99 ? moment(closed, 9, 8) : 0;
			if (closed_op && (closed_op > now || closed_op < ter_op))
				closed_op = 0;
			int64_t kosten = -1;
			if (closed_op && c->pijler == PIJLER_FYSIEK && pct() < 30)
				kosten = 2500 + (int64_t)pick(250000);
			int64_t assignee = b->n_staff && pct() < 85 ? b->staff[pick((uint32_t)b->n_staff)] : 0;
			const char *status = closed_op ? "afgesloten" : ter_op ? "teruggekoppeld"
					     : bev_op ? (assignee ? "in_behandeling" : "bevestigd") : "nieuw";
			int anoniem = pct() < 12;
			int64_t melder = anoniem ? 0 : (int64_t)(1 + rnd() % (uint64_t)melders);

			char omschrijving[1400];
			demo_text_melding(&rng, c->code, omschrijving, sizeof(omschrijving));
			db_bindf(st, "tiiIiItItt", ref, y, (int)seq, ontvangen_op, (int)day, ontvangen_op,
				 kanaal_ids[kan], c->id, omschrijving, b->naam);
			sqlite3_bind_int64(st, 11, b->id);
			sqlite3_bind_int64(st, 12, b->wijk_id);
			sqlite3_bind_int(st, 13, anoniem);
			sqlite3_bind_text(st, 14, status, -1, SQLITE_STATIC);
			if (assignee)
				sqlite3_bind_int64(st, 15, assignee);
			sqlite3_bind_int(st, 16, due.bevestigen);
			sqlite3_bind_int(st, 17, due.terugkoppelen);
			sqlite3_bind_int(st, 18, due.streef);
			if (bev_op) {
				sqlite3_bind_int64(st, 19, bev_op);
				sqlite3_bind_int(st, 20, amsterdam_day(bev_op));
			}
			if (ter_op) {
				int32_t ter_day = amsterdam_day(ter_op);
				sqlite3_bind_int64(st, 21, ter_op);
				sqlite3_bind_int(st, 22, ter_day);
				sqlite3_bind_int(st, 23, ter_day > day ? werkdagen_between(&cal->cal, day, ter_day) : 0);
			}
			if (closed_op) {
				sqlite3_bind_int64(st, 24, closed_op);
				sqlite3_bind_int(st, 25, amsterdam_day(closed_op));
			}
			if (kosten >= 0)
				sqlite3_bind_int64(st, 26, kosten);
			if (melder)
				sqlite3_bind_int64(st, 27, melder);
			int s = sqlite3_step(st);
			db_done(st);
			if (s != SQLITE_DONE) {
				log_error("seed: insert %s: %s", ref, sqlite3_errmsg(db_handle(db)));
				db_rollback(db);
				goto out;
			}
		}
		if (db_commit(db) < 0)
			goto out;
		fprintf(stderr, "  %ld van %ld meldingen (%lds)\n", done, n, (long)(clock_now() - t0));
	}
	if (audit_record(db, &ACTOR_CLI(0), "aangemaakt", "seed", "", "meldingen voor de benchmark") < 0)
		goto out;
	printf("%ld meldingen toegevoegd over %d jaar.\n", n, years);
	rc = 0;
out:
	free(cats);
	free(buurten);
	free(cal);
	return rc;
}
