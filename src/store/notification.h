/*
 * notification.h - the SQL of notifications (migration 0024): a user's
 * rows, newest first, the unread count of the header, marking read, the
 * mail preferences per kind, who an event concerns, and the rows waiting
 * for their bundled mail. The kinds are app/notify.h's; here they are the
 * ids stored in notification.soort.
 *
 * Every function that names a notification also names its user: a row of
 * another user is STORE_NOTFOUND, the same as one that does not exist.
 */
#ifndef LEEFBAAR_STORE_NOTIFICATION_H
#define LEEFBAAR_STORE_NOTIFICATION_H

#include "store/store.h"

#include <stdint.h>

struct arena;
struct db;

/* notification.mail */
enum notification_mail { NOTIFICATION_MAIL_NONE, NOTIFICATION_MAIL_WAITING, NOTIFICATION_MAIL_SENT };

struct notification {
	int64_t id, user_id, op, gelezen_op;  /* gelezen_op 0: unread */
	const char *soort, *tekst, *url;
};

enum store_result notification_add(struct db *db, int64_t user_id, const char *soort, const char *tekst,
				   const char *url, int64_t op, enum notification_mail mail);
/* The user's unread notifications (the partial index notification_unread); -1 on error. */
int64_t notification_unread(struct db *db, int64_t user_id);
/* Its SQL, for tests/http/test_notificaties.c: the plan must search notification_unread. */
extern const char *const notification_unread_sql;
/* At most limit of the user's notifications from offset, newest first; *total all of them. Count or -1. */
int notification_list(struct db *db, struct arena *a, int64_t user_id, int64_t offset, int limit,
		      struct notification **out, int64_t *total);
/* One of the user's notifications; STORE_NOTFOUND when it is not theirs. */
enum store_result notification_get(struct db *db, struct arena *a, int64_t user_id, int64_t id,
				   struct notification *out);
/* Marks it read (a read one keeps its moment); STORE_NOTFOUND when it is not the user's. */
enum store_result notification_mark_read(struct db *db, int64_t user_id, int64_t id, int64_t now);
/* Marks all the user's unread ones read; the number marked, or -1. */
int notification_mark_all_read(struct db *db, int64_t user_id, int64_t now);

/* The user's mail choice for soort: 1/0; def without a row (or when it cannot be read: logged). */
int notification_pref(struct db *db, int64_t user_id, const char *soort, int def);
enum store_result notification_pref_set(struct db *db, int64_t user_id, const char *soort, int mail);

/* ---- who an event concerns ---- */

/* An active user who is to hear of an event, with what names the event. */
struct notification_target {
	int64_t user_id;
	int64_t ref_id;                   /* the dossier (dossier team), else 0 */
	char referentie[24];              /* the dossier's or the referral's reference */
	const char *naam;                 /* the partner (referral), else "" */
};

/* The melding's reference and category name; STORE_NOTFOUND without it. */
enum store_result notification_melding(struct db *db, struct arena *a, int64_t melding_id, const char **referentie,
				       const char **categorie, int64_t *assignee_id);
/*
 * The active owners and members of every open dossier at the melding's
 * address (or, for a dossier about a complex, its complex), each user once
 * per dossier. Count or -1.
 */
int notification_dossier_team(struct db *db, struct arena *a, int64_t melding_id, struct notification_target **out);
/* The referral's sender (when active), its reference and the partner's name; STORE_NOTFOUND otherwise. */
enum store_result notification_referral_sender(struct db *db, struct arena *a, int64_t referral_id,
					       struct notification_target *out);
/* The user's name, or NULL (no such user). */
const char *notification_user_name(struct db *db, struct arena *a, int64_t user_id);

/* ---- the bundled mail ---- */

/* A user whose oldest waiting notification is at or before cutoff. */
struct notification_mailbox {
	int64_t user_id;
	const char *email, *naam;
	int active;
};
/* At most max users with waiting rows of op <= cutoff. Count or -1. */
int notification_mail_due(struct db *db, struct arena *a, int64_t cutoff, int max, struct notification_mailbox **out);
/* The user's waiting rows, oldest first (at most max). Count or -1. */
int notification_mail_waiting(struct db *db, struct arena *a, int64_t user_id, int max, struct notification **out);
/* The rows up to last_id of the user left waiting: mailed (or given up); -1 on error. */
int notification_mail_done(struct db *db, int64_t user_id, int64_t last_id);

#endif
