/*
 * notify.h - what happened that concerns someone (issue 16, point 1).
 *
 * Every event that a colleague must not miss leaves a notification for
 * the users it concerns, written in the same writer transaction as the
 * event itself, so an event is never stored without its notice (nor a
 * notice without its event). The hooks below are called by the use cases
 * in src/app/ (meldingen, intake, routing, referrals, the melder's side)
 * while their transaction is open; they never notify the actor who caused
 * the event. Each returns 0, or -1 when the database failed (the caller
 * rolls back).
 *
 * A notification holds a short text with references only (no names of
 * residents, no case content: it may go out by mail) and the local URL of
 * what it is about. Whether it also comes by mail is each user's choice
 * per kind (mail on unless they turned it off); mail waits [notify]
 * bundle_minutes after the oldest unmailed notification of that user and
 * then lists all of them in one message (notify_mail_due(), run by the
 * sweep thread, app/sweep.c).
 */
#ifndef LEEFBAAR_APP_NOTIFY_H
#define LEEFBAAR_APP_NOTIFY_H

#include "app/app.h"
#include "lib/names.h"

#include <stdint.h>

struct actor;
struct arena;
struct config;
struct db;
struct notification;

enum notify_kind {
	NOTIFY_TOEGEWEZEN,                /* a melding was assigned to me (by hand or by a routing rule) */
	NOTIFY_DOSSIER_MELDING,           /* a new melding at the address of an open dossier I own or am in */
	NOTIFY_DOORVERWIJZING_GEACCEPTEERD, /* a partner accepted a referral I sent */
	NOTIFY_DOORVERWIJZING_AFGEWEZEN,  /* ... declined it */
	NOTIFY_DOORVERWIJZING_REACTIE,    /* ... answered it */
	NOTIFY_MELDER_AANVULLING,         /* the melder added something to a melding I handle */
	NOTIFY_WERK,                      /* my work due today and late (the daily overview) */
	NOTIFY__MAX
};
/* notify_kind_ids: "toegewezen", ... (notification.soort, the API's "soort"); labels for the settings page. */
CLOSED_SET(notify_kind, NOTIFY__MAX);

/*
 * A melding was assigned to user_id by by_user (0: a routing rule, which
 * notifies the assignee too).
 */
int notify_melding_assigned(struct db *db, int64_t melding_id, int64_t user_id, int64_t by_user, int64_t now);
/* A new melding was stored: tells the team of every open dossier at its address. */
int notify_melding_new(struct db *db, int64_t melding_id, int64_t by_user, int64_t now);
/* A partner user (by_user) stepped on a referral: kind is one of the three DOORVERWIJZING kinds. */
int notify_referral_step(struct db *db, int64_t referral_id, enum notify_kind kind, int64_t by_user, int64_t now);
/*
 * The melder added text or a file to a melding (the melder's side, issue
 * 17): tells the melding's assignee; a melding nobody handles yet tells
 * nobody (its list shows it).
 */
int notify_melder_added(struct db *db, int64_t melding_id, int64_t now);
/*
 * The melder's unhappy score raised a verzoek tot heropenen (issue 17,
 * point 4; kind NOTIFY_MELDER_AANVULLING): tells the melding's assignee,
 * or, when nobody handles it, every user in team (the caller's choice:
 * who may handle it).
 */
int notify_heropenverzoek(struct db *db, int64_t melding_id, const int64_t *team, int n_team, int64_t now);
/*
 * The daily overview of user_id's work (`leefbaar dagoverzicht`, app/werk.c):
 * an in-app notification with tekst, never bundled into the notification
 * mail, since the overview is a mail of its own. Returns 1 when the user
 * wants that mail, 0 when they turned it off, -1 on failure.
 */
int notify_werk(struct db *db, int64_t user_id, const char *tekst, int64_t now);

/* ---- the user's own list (web/notificaties.c, api/notificaties.c) ---- */

/* The unread count of the page header: one indexed count; -1 on failure. */
int64_t notify_unread(struct db *db, int64_t user_id);

struct notify_page {
	struct notification *rows;   /* newest first; arena memory */
	int n;
	int64_t total, unread;
};
/* Page `page` (from 1) of who's notifications, per_page a page. APP_OK or APP_UNAVAILABLE. */
enum app_result notify_list(struct db *db, struct arena *a, const struct actor *who, int page, int per_page,
			    struct notify_page *out);
/*
 * Marks one of who's notifications read; APP_NOT_FOUND for another user's
 * (or none). With url, *url is where it leads (arena memory).
 */
enum app_result notify_mark_read(struct db *db, struct arena *a, const struct actor *who, int64_t id,
				 const char **url);
/* Marks all of who's notifications read; *n how many were unread. */
enum app_result notify_mark_all_read(struct db *db, const struct actor *who, int *n);

/* who's mail choice per kind (1: also by mail). APP_OK or APP_UNAVAILABLE. */
enum app_result notify_prefs(struct db *db, int64_t user_id, int mail[NOTIFY__MAX]);
enum app_result notify_prefs_save(struct db *db, const struct actor *who, const int mail[NOTIFY__MAX]);

/*
 * The bundled mail (the sweep thread): for every user whose oldest
 * unmailed notification is [notify] bundle_minutes old at now, one mail in
 * the outbox listing all of them. The number of mails queued, or -1.
 */
int notify_mail_due(struct db *db, const struct config *cfg, int64_t now);

#endif
