/*
 * notify.c - notifications (see notify.h): the hooks the use cases call
 * inside their transaction, the user's own list, the mail preferences and
 * the bundled mail the sweep thread queues.
 */
#include "app/notify.h"
#include "auth/policy.h"
#include "config.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "lib/arena.h"
#include "lib/buf.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "store/notification.h"
#include "store/outbox.h"

#include <string.h>

const char *const notify_kind_ids[NOTIFY__MAX] = {
	"toegewezen", "dossier_melding", "doorverwijzing_geaccepteerd", "doorverwijzing_afgewezen",
	"doorverwijzing_reactie", "melder_aanvulling", "werk",
};
const char *const notify_kind_labels[NOTIFY__MAX] = {
	"Een melding is aan mij toegewezen",
	"Een nieuwe melding op het adres van een open dossier van mij",
	"Een partner accepteerde mijn doorverwijzing",
	"Een partner wees mijn doorverwijzing af",
	"Een partner antwoordde op mijn doorverwijzing",
	"De melder vulde een melding van mij aan",
	"Mijn werk van vandaag en wat te laat is (dagoverzicht)",
};

int notify_kind_parse(const char *id)
{
	return names_find(notify_kind_ids, NOTIFY__MAX, id);
}

/* Mail is on unless the user turned it off for the kind. */
#define MAIL_DEFAULT 1
/* Users, and rows per user, in one round of the bundled mail. */
#define MAIL_USERS 100
#define MAIL_ROWS 100

/* One notification for user_id, waiting for the bundled mail when they want mail of this kind. */
static int add(struct db *db, int64_t user_id, enum notify_kind k, const char *tekst, const char *url, int64_t now)
{
	int mail = notification_pref(db, user_id, notify_kind_ids[k], MAIL_DEFAULT);

	return notification_add(db, user_id, notify_kind_ids[k], tekst, url, now,
				mail ? NOTIFICATION_MAIL_WAITING : NOTIFICATION_MAIL_NONE) == STORE_OK ? 0 : -1;
}

int notify_melding_assigned(struct db *db, int64_t melding_id, int64_t user_id, int64_t by_user, int64_t now)
{
	struct arena a = ARENA_INIT;
	const char *ref, *cat, *who = NULL;
	int64_t assignee;
	int rc = -1;

	if (!user_id || user_id == by_user)
		return 0;
	if (notification_melding(db, &a, melding_id, &ref, &cat, &assignee) != STORE_OK)
		goto out;
	if (by_user && !(who = notification_user_name(db, &a, by_user)))
		goto out;
	rc = add(db, user_id, NOTIFY_TOEGEWEZEN,
		 who ? arena_printf(&a, "Melding %s (%s) is aan u toegewezen door %s.", ref, cat, who)
		     : arena_printf(&a, "Melding %s (%s) is aan u toegewezen door een routeringsregel.", ref, cat),
		 arena_printf(&a, "/meldingen/%lld", (long long)melding_id), now);
out:
	arena_release(&a);
	return rc;
}

int notify_melding_new(struct db *db, int64_t melding_id, int64_t by_user, int64_t now)
{
	struct arena a = ARENA_INIT;
	struct notification_target *t;
	const char *ref, *cat;
	int64_t assignee;
	int rc = -1, n = notification_dossier_team(db, &a, melding_id, &t);

	if (n < 0)
		goto out;
	if (n > 0 && notification_melding(db, &a, melding_id, &ref, &cat, &assignee) != STORE_OK)
		goto out;
	for (int i = 0; i < n; i++) {
		if (t[i].user_id == by_user)
			continue;
		if (add(db, t[i].user_id, NOTIFY_DOSSIER_MELDING,
			arena_printf(&a, "Nieuwe melding %s (%s) op het adres van dossier %s.", ref, cat, t[i].referentie),
			arena_printf(&a, "/dossiers/%lld", (long long)t[i].ref_id), now) < 0)
			goto out;
	}
	rc = 0;
out:
	arena_release(&a);
	return rc;
}

int notify_referral_step(struct db *db, int64_t referral_id, enum notify_kind kind, int64_t by_user, int64_t now)
{
	struct arena a = ARENA_INIT;
	struct notification_target t;
	const char *tekst;
	int rc = -1;

	if (kind != NOTIFY_DOORVERWIJZING_GEACCEPTEERD && kind != NOTIFY_DOORVERWIJZING_AFGEWEZEN &&
	    kind != NOTIFY_DOORVERWIJZING_REACTIE)
		return 0;
	enum store_result r = notification_referral_sender(db, &a, referral_id, &t);
	if (r == STORE_NOTFOUND || (r == STORE_OK && t.user_id == by_user)) {
		rc = 0;   /* the sender left (inactive), or stepped themselves */
		goto out;
	}
	if (r != STORE_OK)
		goto out;
	const char *ref = t.referentie[0] ? t.referentie : arena_printf(&a, "%lld", (long long)referral_id);
	if (kind == NOTIFY_DOORVERWIJZING_GEACCEPTEERD)
		tekst = arena_printf(&a, "%s heeft doorverwijzing %s geaccepteerd.", t.naam, ref);
	else if (kind == NOTIFY_DOORVERWIJZING_AFGEWEZEN)
		tekst = arena_printf(&a, "%s heeft doorverwijzing %s afgewezen.", t.naam, ref);
	else
		tekst = arena_printf(&a, "%s heeft geantwoord op doorverwijzing %s.", t.naam, ref);
	rc = add(db, t.user_id, kind, tekst, arena_printf(&a, "/doorverwijzingen/%lld", (long long)referral_id), now);
out:
	arena_release(&a);
	return rc;
}

int notify_melder_added(struct db *db, int64_t melding_id, int64_t now)
{
	struct arena a = ARENA_INIT;
	const char *ref, *cat;
	int64_t assignee;
	int rc = -1;

	if (notification_melding(db, &a, melding_id, &ref, &cat, &assignee) != STORE_OK)
		goto out;
	rc = !assignee ? 0
		       : add(db, assignee, NOTIFY_MELDER_AANVULLING,
			     arena_printf(&a, "De melder heeft melding %s (%s) aangevuld.", ref, cat),
			     arena_printf(&a, "/meldingen/%lld", (long long)melding_id), now);
out:
	arena_release(&a);
	return rc;
}

int notify_heropenverzoek(struct db *db, int64_t melding_id, const int64_t *team, int n_team, int64_t now)
{
	struct arena a = ARENA_INIT;
	const char *ref, *cat, *tekst, *url;
	int64_t assignee;
	int rc = -1;

	if (notification_melding(db, &a, melding_id, &ref, &cat, &assignee) != STORE_OK)
		goto out;
	tekst = arena_printf(&a, "De melder vraagt melding %s (%s) te heropenen. Besluit over het verzoek.", ref, cat);
	url = arena_printf(&a, "/meldingen/%lld#heropenverzoek", (long long)melding_id);
	if (assignee) {
		rc = add(db, assignee, NOTIFY_MELDER_AANVULLING, tekst, url, now);
		goto out;
	}
	for (int i = 0; i < n_team; i++)
		if (add(db, team[i], NOTIFY_MELDER_AANVULLING, tekst, url, now) < 0)
			goto out;
	rc = 0;
out:
	arena_release(&a);
	return rc;
}

int notify_werk(struct db *db, int64_t user_id, const char *tekst, int64_t now)
{
	int mail = notification_pref(db, user_id, notify_kind_ids[NOTIFY_WERK], MAIL_DEFAULT);

	/* The overview is its own mail: never one more in the bundle. */
	if (notification_add(db, user_id, notify_kind_ids[NOTIFY_WERK], tekst, "/dashboard/werklijst?behandelaar=mij",
			     now, NOTIFICATION_MAIL_NONE) != STORE_OK)
		return -1;
	return mail;
}

/* ---- the user's own list ---- */

int64_t notify_unread(struct db *db, int64_t user_id)
{
	return db && user_id ? notification_unread(db, user_id) : -1;
}

enum app_result notify_list(struct db *db, struct arena *a, const struct actor *who, int page, int per_page,
			    struct notify_page *out)
{
	memset(out, 0, sizeof(*out));
	if (!db)
		return APP_UNAVAILABLE;
	if (page < 1)
		page = 1;
	out->n = notification_list(db, a, who->user_id, (int64_t)(page - 1) * per_page, per_page, &out->rows,
				   &out->total);
	out->unread = notification_unread(db, who->user_id);
	return out->n < 0 || out->unread < 0 ? APP_UNAVAILABLE : APP_OK;
}

enum app_result notify_mark_read(struct db *db, struct arena *a, const struct actor *who, int64_t id,
				 const char **url)
{
	struct notification n;

	if (!db)
		return APP_UNAVAILABLE;
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	enum store_result r = notification_mark_read(db, who->user_id, id, clock_now());
	if (r == STORE_OK && url)
		r = notification_get(db, a, who->user_id, id, &n);
	if (r != STORE_OK) {
		db_rollback(db);
		return r == STORE_NOTFOUND ? APP_NOT_FOUND : APP_UNAVAILABLE;
	}
	if (db_commit(db) < 0)
		return APP_UNAVAILABLE;
	if (url)
		*url = n.url;
	return APP_OK;
}

enum app_result notify_mark_all_read(struct db *db, const struct actor *who, int *n)
{
	*n = 0;
	if (!db || db_begin(db) < 0)
		return APP_UNAVAILABLE;
	int k = notification_mark_all_read(db, who->user_id, clock_now());
	if (k < 0) {
		db_rollback(db);
		return APP_UNAVAILABLE;
	}
	if (db_commit(db) < 0)
		return APP_UNAVAILABLE;
	*n = k;
	return APP_OK;
}

enum app_result notify_prefs(struct db *db, int64_t user_id, int mail[NOTIFY__MAX])
{
	if (!db)
		return APP_UNAVAILABLE;
	for (int k = 0; k < NOTIFY__MAX; k++)
		mail[k] = notification_pref(db, user_id, notify_kind_ids[k], MAIL_DEFAULT);
	return APP_OK;
}

enum app_result notify_prefs_save(struct db *db, const struct actor *who, const int mail[NOTIFY__MAX])
{
	if (!db || db_begin(db) < 0)
		return APP_UNAVAILABLE;
	for (int k = 0; k < NOTIFY__MAX; k++)
		if (notification_pref_set(db, who->user_id, notify_kind_ids[k], mail[k]) != STORE_OK) {
			db_rollback(db);
			return APP_UNAVAILABLE;
		}
	return db_commit(db) < 0 ? APP_UNAVAILABLE : APP_OK;
}

/* ---- the bundled mail ---- */

/* "6-12-2026 10:15", Amsterdam time. */
static const char *moment_nl(struct arena *a, int64_t t)
{
	int32_t dn = amsterdam_day(t);
	int64_t sec = t + amsterdam_offset(t) - (int64_t)dn * 86400;
	int y, mo, d;

	days_to_civil(dn, &y, &mo, &d);
	return arena_printf(a, "%d-%d-%d %02d:%02d", d, mo, y, (int)(sec / 3600), (int)(sec / 60 % 60));
}

static void mail_text(struct arena *a, const struct config *cfg, const struct notification_mailbox *to,
		      const struct notification *rows, int n, struct buf *subject, struct buf *body)
{
	if (n == 1)
		buf_addf(subject, "Leefbaar: %s", rows[0].tekst);
	else
		buf_addf(subject, "Leefbaar: %d notificaties", n);
	buf_addf(body, "Beste %s,\n\n%s in Leefbaar dat u aangaat:\n\n", to->naam,
		 n == 1 ? "Er is iets gebeurd" : "Er zijn dingen gebeurd");
	for (int i = 0; i < n; i++) {
		buf_addf(body, "- %s  %s\n", moment_nl(a, rows[i].op), rows[i].tekst);
		if (cfg->base_url[0])
			buf_addf(body, "  %s%s\n", cfg->base_url, rows[i].url);
	}
	buf_addstr(body, "\nEr staan alleen referenties in; de details ziet u na inloggen.\n");
	if (cfg->base_url[0])
		buf_addf(body, "Al uw notificaties: %s/notificaties\nWelke u ook per e-mail krijgt, kiest u op "
			 "%s/account/notificaties.\n", cfg->base_url, cfg->base_url);
	else
		buf_addstr(body, "Welke notificaties u ook per e-mail krijgt, kiest u in Leefbaar onder Notificaties.\n");
}

/* One user's waiting rows: one mail (an active user with an address) and the rows done. 1, 0 or -1. */
static int mail_one(struct db *db, struct arena *a, const struct config *cfg, const struct notification_mailbox *to,
		    int64_t now)
{
	struct notification *rows;
	struct buf subject = BUF_INIT, body = BUF_INIT;
	int queued = 0;

	if (db_begin(db) < 0)
		return -1;
	int n = notification_mail_waiting(db, a, to->user_id, MAIL_ROWS, &rows);
	if (n < 0)
		goto fail;
	if (n > 0 && to->active && to->email[0]) {
		mail_text(a, cfg, to, rows, n, &subject, &body);
		if (outbox_add(db, 0, "notificaties", to->email, subject.buf, body.buf, now) != STORE_OK)
			goto fail;
		queued = 1;
	}
	/* An inactive user's rows are done too: they would wait for ever. */
	if (n > 0 && notification_mail_done(db, to->user_id, rows[n - 1].id) < 0)
		goto fail;
	buf_release(&subject);
	buf_release(&body);
	return db_commit(db) < 0 ? -1 : queued;
fail:
	db_rollback(db);
	buf_release(&subject);
	buf_release(&body);
	return -1;
}

int notify_mail_due(struct db *db, const struct config *cfg, int64_t now)
{
	struct arena a = ARENA_INIT;
	struct notification_mailbox *due;
	int queued = 0;
	int n = notification_mail_due(db, &a, now - (int64_t)cfg->notify_bundle_minutes * 60, MAIL_USERS, &due);

	for (int i = 0; i < n; i++) {
		int q = mail_one(db, &a, cfg, &due[i], now);
		if (q < 0) {
			n = -1;
			break;
		}
		queued += q;
	}
	arena_release(&a);
	if (queued)
		log_info("notify: %d bundled notification mail%s queued", queued, queued == 1 ? "" : "s");
	return n < 0 ? -1 : queued;
}
