/*
 * dagoverzicht.c - `leefbaar dagoverzicht [YYYY-MM-DD]`: each staff
 * member's short daily mail of what is due today and what is late for
 * them (issue 9, Worklists). See cli.h.
 *
 * A subcommand run from cron rather than a thread in the server, so the
 * moment (say 07:00 on werkdagen) is the operator's choice and a server
 * restart never sends twice or skips a day: the dagoverzicht table
 * remembers who got the overview of which day. The mail goes into the
 * outbox like every other message; the server's sender delivers it when
 * SMTP is configured, and it stays visible in the outbox otherwise.
 */
#include "cli/cli.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/calendar.h"
#include "domain/days.h"
#include "domain/werkdagen.h"
#include "lib/arena.h"
#include "lib/buf.h"
#include "lib/log.h"
#include "store/calendar.h"
#include "store/kpi_work.h"
#include "store/outbox.h"
#include "lib/clock.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* More than this per kind and the mail points to the werklijst for the rest. */
#define MAIL_ITEMS 25

static void list(struct buf *b, const char *title, const struct kpi_work_item *it, int n,
		 const struct werkdagen_cal *cal, int32_t today)
{
	buf_addf(b, "%s (%d%s):\n", title, n >= MAIL_ITEMS ? MAIL_ITEMS : n, n >= MAIL_ITEMS ? " of meer" : "");
	for (int i = 0; i < n && i < MAIL_ITEMS; i++) {
		buf_addf(b, "- %s  %s, %s", it[i].referentie, it[i].categorie_naam,
			 it[i].wijk_naam[0] ? it[i].wijk_naam : "wijk onbekend");
		if (it[i].late) {
			int wd = werkdagen_between(cal, it[i].due, today);
			buf_addf(b, "  (%d %s te laat)\n", wd, wd == 1 ? "werkdag" : "werkdagen");
		} else {
			buf_addstr(b, "  (vandaag)\n");
		}
	}
	buf_addch(b, '\n');
}

int cli_dagoverzicht(const struct cli_opts *o, int argc, char **argv)
{
	const struct cli_common *common = &o->common;
	struct config cfg;
	struct arena a = ARENA_INIT;
	struct calendar *cal = NULL;
	int32_t today;
	int rc = 1, queued = 0;

	if (argc > 1) {
		fprintf(stderr, "leefbaar: dagoverzicht takes at most one date (YYYY-MM-DD)\n");
		return 2;
	}
	if (argc == 1 && days_parse(argv[0], &today) < 0) {
		fprintf(stderr, "leefbaar: dagoverzicht: not a date (YYYY-MM-DD): %s\n", argv[0]);
		return 2;
	}
	if (cli_setup(&cfg, common, 1) < 0)
		goto out;
	if (argc == 0)
		today = amsterdam_day(clock_now());
	struct db *db = db_thread();
	cal = malloc(sizeof(*cal));
	if (!cal)
		abort();
	if (!db || calendar_load(db, cal) < 0)
		goto out;
	if (!werkdagen_is_workday(&cal->cal, today)) {
		printf("dagoverzicht: geen werkdag, niets klaargezet\n");
		rc = 0;
		goto out;
	}

	struct kpi_staff *staff;
	int ns = kpi_work_staff(db, &a, &staff);
	if (ns < 0)
		goto out;
	char vandaag[CALENDAR_DAY_LEN];
	calendar_day_weekday(today, vandaag);
	struct kpi_work_scope ws = { .today = today };
	for (int i = 0; i < ns; i++) {
		struct kpi_work_item *bev, *ter;
		int nb = kpi_work_items(db, &a, &ws, KPI_WORK_BEVESTIGEN, staff[i].id, MAIL_ITEMS, &bev);
		int nt = kpi_work_items(db, &a, &ws, KPI_WORK_TERUGKOPPELEN, staff[i].id, MAIL_ITEMS, &ter);
		if (nb < 0 || nt < 0)
			goto out;
		/* Who chases the team also hears how much nobody has picked up yet. */
		int chaser = !strcmp(staff[i].role, "ondersteuner") || !strcmp(staff[i].role, "coordinator");
		int64_t unassigned_late = 0, unassigned_today = 0;
		if (chaser) {
			struct kpi_work_row *rows;
			int nr = kpi_work_per_assignee(db, &a, &ws, 0, &rows);
			if (nr < 0)
				goto out;
			for (int r = 0; r < nr; r++)
				if (!rows[r].assignee_id) {
					unassigned_late = rows[r].bevestigen_te_laat + rows[r].terugkoppelen_te_laat;
					unassigned_today = rows[r].bevestigen_vandaag + rows[r].terugkoppelen_vandaag;
				}
		}
		if (!nb && !nt && !unassigned_late && !unassigned_today)
			continue;

		int late = 0;
		for (int k = 0; k < nb; k++)
			late += bev[k].late;
		for (int k = 0; k < nt; k++)
			late += ter[k].late;
		struct buf subject = BUF_INIT, body = BUF_INIT;
		buf_addf(&subject, "Leefbaar: uw werk voor %s", vandaag);
		if (late)
			buf_addf(&subject, " (%d te laat)", late);
		buf_addf(&body, "Goedemorgen %s,\n\nDit staat voor u klaar op %s.\n\n", staff[i].naam, vandaag);
		if (nb)
			list(&body, "Ontvangst bevestigen", bev, nb, &cal->cal, today);
		if (nt)
			list(&body, "Terugkoppelen aan de melder", ter, nt, &cal->cal, today);
		if (unassigned_today || unassigned_late)
			buf_addf(&body, "Nog aan niemand toegewezen: %lld vandaag te doen, %lld te laat.\n\n",
				 (long long)unassigned_today, (long long)unassigned_late);
		if (cfg.base_url[0])
			buf_addf(&body, "Uw werklijst: %s/dashboard/werklijst?behandelaar=mij\n\n", cfg.base_url);
		buf_addstr(&body, "U krijgt dit overzicht op werkdagen van Leefbaar. Er staan alleen referenties in; "
				  "de details ziet u na inloggen.\n");

		int ok = db_begin(db) == 0;
		int fresh = ok ? kpi_work_mark_sent(db, staff[i].id, today) : -1;
		if (fresh > 0 && outbox_add(db, 0, "dagoverzicht", staff[i].email, subject.buf, body.buf,
					    clock_now()) != STORE_OK)
			fresh = -1;
		if (fresh < 0) {
			if (ok)
				db_rollback(db);
			buf_release(&subject);
			buf_release(&body);
			goto out;
		}
		if (db_commit(db) < 0) {
			buf_release(&subject);
			buf_release(&body);
			goto out;
		}
		queued += fresh;
		buf_release(&subject);
		buf_release(&body);
	}
	printf("dagoverzicht: %d %s klaargezet\n", queued, queued == 1 ? "bericht" : "berichten");
	rc = 0;
out:
	free(cal);
	arena_release(&a);
	cli_teardown();
	return rc;
}
