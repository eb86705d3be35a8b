/*
 * werk.c - the worklists (see werk.h): the items of both kinds with their
 * werkdagen late, the werklijst page's grouping per assignee, and the
 * daily overview mail.
 *
 * The daily mail is queued from a command run by cron rather than from a
 * thread in the server, so the moment (say 07:00 on werkdagen) is the
 * operator's choice and a server restart never sends twice or skips a day:
 * the dagoverzicht table remembers who got the overview of which day. The
 * mail goes into the outbox like every other message; the server's sender
 * delivers it when SMTP is configured, and it stays visible in the outbox
 * otherwise.
 */
#include "app/werk.h"
#include "app/kpi.h"
#include "app/notify.h"
#include "db/db.h"
#include "domain/calendar.h"
#include "domain/werkdagen.h"
#include "lib/arena.h"
#include "lib/buf.h"
#include "lib/clock.h"
#include "store/calendar.h"
#include "store/outbox.h"

#include <stdlib.h>
#include <string.h>

/* More than this per kind and the mail points to the werklijst for the rest. */
#define MAIL_ITEMS 25

/* Both kinds of ws's work of assignee, at most limit each, with how many werkdagen the late ones are late. */
static enum app_result load_items(struct db *db, struct arena *a, const struct werkdagen_cal *cal,
				  const struct kpi_work_scope *ws, int64_t assignee, int limit, struct werk_list *out)
{
	memset(out, 0, sizeof(*out));
	for (int k = 0; k < KPI_WORK__MAX; k++) {
		int n = kpi_work_items(db, a, ws, (enum kpi_work_kind)k, assignee, limit, &out->items[k]);
		if (n < 0)
			return APP_UNAVAILABLE;
		out->n[k] = n;
		out->truncated |= n == limit;
		out->te_laat[k] = arena_alloc(a, ((size_t)n + 1) * sizeof(int));
		for (int i = 0; i < n; i++)
			if (out->items[k][i].late)
				out->te_laat[k][i] = werkdagen_between(cal, out->items[k][i].due, ws->today);
	}
	return APP_OK;
}

/* Days late are werkdagen, with the corporation's closing days, as the terms are. NULL: no database. */
static struct calendar *load_calendar(struct db *db, struct arena *a)
{
	struct calendar *cal = arena_alloc(a, sizeof(*cal));
	return !db || calendar_load(db, cal) < 0 ? NULL : cal;
}

/* ---- the werklijst: per assignee ---- */

static int person_index(struct arena *a, struct werk_list *l, int *cap, int64_t id, const char *naam)
{
	for (int i = 0; i < l->n_people; i++)
		if (l->people[i].id == id)
			return i;
	if (l->n_people == *cap)
		l->people = arena_grow(a, l->people, cap, sizeof(*l->people));
	l->people[l->n_people] = (struct werk_person){ .id = id, .naam = naam };
	return l->n_people++;
}

static int cmp_person(const void *a, const void *b)
{
	const struct werk_person *x = a, *y = b;
	if ((x->id == 0) != (y->id == 0))
		return x->id == 0 ? -1 : 1;
	return strcmp(x->naam, y->naam);
}

/* The people of l, sorted, and each item's person among them. */
static void group(struct arena *a, struct werk_list *l)
{
	int cap = 16;

	l->people = arena_alloc(a, (size_t)cap * sizeof(*l->people));
	for (int k = 0; k < KPI_WORK__MAX; k++)
		for (int i = 0; i < l->n[k]; i++) {
			const struct kpi_work_item *it = &l->items[k][i];
			l->people[person_index(a, l, &cap, it->assignee_id, it->assignee_naam)].n[k]++;
		}
	if (l->n_people > 1)
		qsort(l->people, (size_t)l->n_people, sizeof(*l->people), cmp_person);
	/* Sorting moved the people, not the items: find each item's person again. */
	for (int k = 0; k < KPI_WORK__MAX; k++) {
		l->person[k] = arena_alloc(a, ((size_t)l->n[k] + 1) * sizeof(int));
		for (int i = 0; i < l->n[k]; i++)
			l->person[k][i] = person_index(a, l, &cap, l->items[k][i].assignee_id, NULL);
	}
}

enum app_result werk_lijst(struct db *db, struct arena *a, const struct actor *who, const struct werk_input *in,
			   struct werk_list *out)
{
	struct kpi_work_scope ws = {
		.today = in->today, .wijk_id = in->wijk_id, .scope_user = kpi_scope_user(who, ACT_DASHBOARD),
	};
	struct calendar *cal;

	memset(out, 0, sizeof(*out));
	if (!(cal = load_calendar(db, a)) ||
	    load_items(db, a, &cal->cal, &ws, in->assignee, WERK_MAX, out) != APP_OK)
		return APP_UNAVAILABLE;
	group(a, out);
	return APP_OK;
}

/* ---- the daily mail ---- */

/* What one staff member's mail says. */
struct mail {
	const struct kpi_staff *to;
	struct werk_list work;
	int64_t unassigned_today, unassigned_late;
};

/* Who chases the team also hears how much nobody has picked up yet. */
static enum app_result load_unassigned(struct db *db, struct arena *a, const struct kpi_work_scope *ws,
				       struct mail *m)
{
	struct kpi_work_row *rows;

	if (strcmp(m->to->role, "ondersteuner") && strcmp(m->to->role, "coordinator"))
		return APP_OK;
	int nr = kpi_work_per_assignee(db, a, ws, 0, &rows);
	if (nr < 0)
		return APP_UNAVAILABLE;
	for (int r = 0; r < nr; r++)
		if (!rows[r].assignee_id) {
			m->unassigned_late = rows[r].bevestigen_te_laat + rows[r].terugkoppelen_te_laat;
			m->unassigned_today = rows[r].bevestigen_vandaag + rows[r].terugkoppelen_vandaag;
		}
	return APP_OK;
}

static void mail_list(struct buf *b, const char *title, const struct werk_list *l, enum kpi_work_kind k)
{
	int n = l->n[k];
	const struct kpi_work_item *it = l->items[k];

	buf_addf(b, "%s (%d%s):\n", title, n >= MAIL_ITEMS ? MAIL_ITEMS : n, n >= MAIL_ITEMS ? " of meer" : "");
	for (int i = 0; i < n && i < MAIL_ITEMS; i++) {
		buf_addf(b, "- %s  %s, %s", it[i].referentie, it[i].categorie_naam,
			 it[i].wijk_naam[0] ? it[i].wijk_naam : "wijk onbekend");
		if (it[i].late) {
			int wd = l->te_laat[k][i];
			buf_addf(b, "  (%d %s te laat)\n", wd, wd == 1 ? "werkdag" : "werkdagen");
		} else {
			buf_addstr(b, "  (vandaag)\n");
		}
	}
	buf_addch(b, '\n');
}

static void mail_text(const struct mail *m, const char *vandaag, const char *base_url, struct buf *subject,
		      struct buf *body)
{
	const struct werk_list *l = &m->work;
	int late = 0;

	for (int k = 0; k < KPI_WORK__MAX; k++)
		for (int i = 0; i < l->n[k]; i++)
			late += l->items[k][i].late;
	buf_addf(subject, "Leefbaar: uw werk voor %s", vandaag);
	if (late)
		buf_addf(subject, " (%d te laat)", late);
	buf_addf(body, "Goedemorgen %s,\n\nDit staat voor u klaar op %s.\n\n", m->to->naam, vandaag);
	if (l->n[KPI_WORK_BEVESTIGEN])
		mail_list(body, "Ontvangst bevestigen", l, KPI_WORK_BEVESTIGEN);
	if (l->n[KPI_WORK_TERUGKOPPELEN])
		mail_list(body, "Terugkoppelen aan de melder", l, KPI_WORK_TERUGKOPPELEN);
	if (m->unassigned_today || m->unassigned_late)
		buf_addf(body, "Nog aan niemand toegewezen: %lld vandaag te doen, %lld te laat.\n\n",
			 (long long)m->unassigned_today, (long long)m->unassigned_late);
	if (base_url[0])
		buf_addf(body, "Uw werklijst: %s/dashboard/werklijst?behandelaar=mij\n\n", base_url);
	buf_addstr(body, "U krijgt dit overzicht op werkdagen van Leefbaar. Er staan alleen referenties in; "
			 "de details ziet u na inloggen.\n");
}

/*
 * The mail, its in-app notification and the note that it was sent today,
 * in one transaction; 1 queued, 0 sent before (or mail off), -1. A user who turned the
 * overview's mail off (/account/notificaties) gets the notification only.
 */
static int queue(struct db *db, const struct kpi_staff *to, int32_t today, const struct buf *subject,
		 const struct buf *body, const char *tekst)
{
	if (db_begin(db) < 0)
		return -1;
	int fresh = kpi_work_mark_sent(db, to->id, today), mail = 0;
	if (fresh > 0 && (mail = notify_werk(db, to->id, tekst, clock_now())) < 0)
		fresh = -1;
	if (fresh > 0 && mail &&
	    outbox_add(db, 0, "dagoverzicht", to->email, subject->buf, body->buf, clock_now()) != STORE_OK)
		fresh = -1;
	if (fresh < 0) {
		db_rollback(db);
		return -1;
	}
	/* A mail in the outbox counts; a notification alone does not. */
	return db_commit(db) < 0 ? -1 : fresh > 0 ? mail : fresh;
}

/* The in-app notice of the overview: "Uw werk voor maandag 7 december 2026: 2 vandaag, 1 te laat." */
static const char *notice_text(struct arena *a, const struct mail *m, const char *vandaag)
{
	int late = 0, due = 0;

	for (int k = 0; k < KPI_WORK__MAX; k++)
		for (int i = 0; i < m->work.n[k]; i++)
			if (m->work.items[k][i].late)
				late++;
			else
				due++;
	return arena_printf(a, "Uw werk voor %s: %d vandaag, %d te laat%s.", vandaag, due, late,
			    m->unassigned_today || m->unassigned_late ? "; ook werk dat nog aan niemand is toegewezen" : "");
}

/* One staff member's mail, when there is anything to tell; adds to *queued. */
static enum app_result mail_one(struct db *db, struct arena *a, const struct werkdagen_cal *cal, int32_t today,
				const char *vandaag, const char *base_url, const struct kpi_staff *to, int *queued)
{
	struct kpi_work_scope ws = { .today = today };
	struct mail m = { .to = to };
	struct buf subject = BUF_INIT, body = BUF_INIT;

	if (load_items(db, a, cal, &ws, to->id, MAIL_ITEMS, &m.work) != APP_OK ||
	    load_unassigned(db, a, &ws, &m) != APP_OK)
		return APP_UNAVAILABLE;
	if (!m.work.n[KPI_WORK_BEVESTIGEN] && !m.work.n[KPI_WORK_TERUGKOPPELEN] && !m.unassigned_late &&
	    !m.unassigned_today)
		return APP_OK;
	mail_text(&m, vandaag, base_url, &subject, &body);
	int fresh = queue(db, to, today, &subject, &body, notice_text(a, &m, vandaag));
	buf_release(&subject);
	buf_release(&body);
	if (fresh < 0)
		return APP_UNAVAILABLE;
	*queued += fresh;
	return APP_OK;
}

enum app_result werk_dagoverzicht(struct db *db, struct arena *a, int32_t today, const char *base_url,
				  struct werk_dagoverzicht *out)
{
	struct kpi_staff *staff;
	char vandaag[CALENDAR_DAY_LEN];
	struct calendar *cal;

	memset(out, 0, sizeof(*out));
	if (!(cal = load_calendar(db, a)))
		return APP_UNAVAILABLE;
	if (!werkdagen_is_workday(&cal->cal, today))
		return APP_OK;
	out->werkdag = 1;
	int ns = kpi_work_staff(db, a, &staff);
	if (ns < 0)
		return APP_UNAVAILABLE;
	calendar_day_weekday(today, vandaag);
	for (int i = 0; i < ns; i++)
		if (mail_one(db, a, &cal->cal, today, vandaag, base_url, &staff[i], &out->queued) != APP_OK)
			return APP_UNAVAILABLE;
	return APP_OK;
}
