/*
 * tevredenheid.c - the melder's score and the verzoek tot heropenen (see
 * tevredenheid.h).
 */
#include "app/tevredenheid.h"
#include "app/kpi.h"
#include "app/meldingen.h"
#include "app/notify.h"
#include "auth/policy.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/fields.h"
#include "lib/arena.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "store/audit.h"
#include "store/melding.h"

#include <string.h>

static enum app_result refuse(struct field_errors *errs, const char *field, const char *message)
{
	field_error_add(errs, field, message);
	return APP_INVALID;
}

static const char NIET_AFGESLOTEN[] =
	"Uw melding is nog niet afgesloten. Als wij haar afsluiten, kunt u hier zeggen hoe tevreden u bent.";
static const char AL_GEGEVEN[] = "U heeft al gezegd hoe tevreden u bent over deze afhandeling. Dank u wel.";

enum app_result tevredenheid_van(struct db *db, struct arena *a, const struct melding *m, struct tevredenheid *out)
{
	if (!db)
		return APP_UNAVAILABLE;
	if (m->status != MS_AFGESLOTEN)
		return APP_NOT_FOUND;
	int64_t sluiting = tevredenheid_sluiting(db, m->id);
	if (sluiting < 0)
		return APP_UNAVAILABLE;
	if (!sluiting)
		return APP_FORBIDDEN;   /* closed outside the timeline (bulk data): nothing to ask about */
	enum store_result r = tevredenheid_get(db, a, m->id, sluiting, out);
	return r == STORE_OK ? APP_OK : r == STORE_NOTFOUND ? APP_NOT_FOUND : APP_UNAVAILABLE;
}

/* Who hears of a verzoek on a melding nobody handles: everyone who may handle it. */
static int team_of(struct db *db, struct arena *a, const struct melding *m, int64_t **ids)
{
	struct staff_user *u;
	int n = melding_assignable_users(db, a, m, &u);

	*ids = NULL;
	if (n <= 0)
		return n;
	*ids = arena_alloc(a, (size_t)n * sizeof(**ids));
	for (int i = 0; i < n; i++)
		(*ids)[i] = u[i].id;
	return n;
}

enum app_result tevredenheid_geven(struct db *db, struct arena *a, const struct actor *who, const struct melding *m,
				   const char *score, const char *tekst, struct field_errors *errs)
{
	struct tevredenheid_valid v;
	struct tevredenheid had;
	struct melding cur;
	int64_t *team = NULL, id, now = clock_now();
	int n_team = 0;

	errs->n = 0;
	if (m->status != MS_AFGESLOTEN)
		return refuse(errs, "melding", NIET_AFGESLOTEN);
	if (tevredenheid_check(score, tekst, &v, errs) < 0)
		return APP_INVALID;
	if (!db)
		return APP_UNAVAILABLE;
	int verzoek = tevredenheid_ontevreden(v.score);
	if (verzoek && !m->assignee_id && (n_team = team_of(db, a, m, &team)) < 0)
		return APP_UNAVAILABLE;

	const char *kept = arena_strndup(a, v.tekst, v.tekst_len);
	const char *label = tevredenheid_label(v.score);
	const char *line = kept[0] ? arena_printf(a, "Score %d van 5 (%s). Toelichting van de melder: %s", v.score, label, kept)
				   : arena_printf(a, "Score %d van 5 (%s).", v.score, label);
	if (verzoek)
		line = arena_printf(a, "%s De melder vraagt de melding te heropenen: besluit over het verzoek.", line);

	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	/* Checked again under the writer lock: staff may have reopened it, or a second tab answered. */
	if (melding_get(db, a, m->id, &cur) != STORE_OK)
		goto fail;
	if (cur.status != MS_AFGESLOTEN) {
		db_rollback(db);
		return refuse(errs, "melding", NIET_AFGESLOTEN);
	}
	int64_t sluiting = tevredenheid_sluiting(db, m->id);
	if (sluiting < 0)
		goto fail;
	if (!sluiting) {
		db_rollback(db);
		return refuse(errs, "melding", NIET_AFGESLOTEN);
	}
	enum store_result r = tevredenheid_get(db, a, m->id, sluiting, &had);
	if (r == STORE_OK) {
		db_rollback(db);
		return refuse(errs, "melding", AL_GEGEVEN);
	}
	if (r != STORE_NOTFOUND)
		goto fail;
	struct tevredenheid_new n = {
		.melding_id = m->id, .sluiting = sluiting, .gegeven_op = now, .dag = amsterdam_day(now),
		.category_id = cur.category_id, .wijk_id = cur.wijk_id, .score = v.score, .verzoek = verzoek,
		.tekst = kept,
	};
	if (tevredenheid_insert(db, &n, &id) != STORE_OK ||
	    melding_event_add(db, m->id, now, 0, "tevredenheid", line, 0) != STORE_OK ||
	    (verzoek && notify_heropenverzoek(db, m->id, team, n_team, now) < 0) ||
	    audit_record(db, who, "aangemaakt", "tevredenheid", m->referentie,
			 verzoek ? "score met verzoek tot heropenen" : "score") < 0)
		goto fail;
	if (db_commit(db) < 0)
		return APP_UNAVAILABLE;
	return APP_OK;
fail:
	db_rollback(db);
	return APP_UNAVAILABLE;
}

enum app_result tevredenheid_besluiten(struct db *db, struct arena *a, const struct actor *who,
				       const struct config *cfg, struct melding *m, const char *besluit,
				       const char *toelichting, struct field_errors *errs)
{
	struct tevredenheid t;
	enum heropen_besluit b;
	const char *uitleg;
	size_t len;
	enum store_result sr;

	errs->n = 0;
	if (!db)
		return APP_UNAVAILABLE;
	sr = tevredenheid_verzoek_open(db, a, m->id, &t);
	if (sr == STORE_ERROR)
		return APP_UNAVAILABLE;
	if (sr == STORE_NOTFOUND)
		return refuse(errs, "besluit", "Er is geen open verzoek tot heropenen bij deze melding: "
			      "iemand heeft er al over besloten.");
	if (heropen_besluit_check(besluit, toelichting, &b, &uitleg, &len, errs) < 0)
		return APP_INVALID;
	uitleg = arena_strndup(a, uitleg, len);

	/* Reopening has its own transaction, timeline entry and audit row; the outcome follows it. */
	if (b == HB_HEROPENEN && m->status == MS_AFGESLOTEN) {
		struct melding_act_input in = MELDING_ACT_INPUT_INIT;
		struct field_errors act_errs;
		in.tekst = arena_printf(a, "Op verzoek van de melder. %s", uitleg);
		enum app_result r = melding_act(db, a, who, cfg, m, MA_HEROPENEN, &in, &act_errs);
		if (r == APP_INVALID)
			return refuse(errs, "besluit", act_errs.n ? act_errs.e[0].message : "De melding kon niet heropend worden.");
		if (r != APP_OK)
			return r;
	}

	int64_t now = clock_now();
	const char *line = arena_printf(a, "Besluit over het verzoek tot heropenen: %s. Toelichting: %s",
					b == HB_HEROPENEN ? "heropenen" : "niet heropenen", uitleg);
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	sr = tevredenheid_besluit_set(db, t.id, (int)b, uitleg, who->user_id, now);
	if (sr == STORE_NOTFOUND) {
		db_rollback(db);
		return refuse(errs, "besluit", "Iemand anders heeft net over dit verzoek besloten. Bekijk het besluit hieronder.");
	}
	if (sr != STORE_OK || melding_event_add(db, m->id, now, who->user_id, "heropenverzoek_besluit", line, 0) != STORE_OK ||
	    audit_record(db, who, "gewijzigd", "melding", m->referentie,
			 b == HB_HEROPENEN ? "verzoek tot heropenen: heropenen" : "verzoek tot heropenen: niet heropenen") < 0) {
		db_rollback(db);
		log_warn("melding %s: the decision on its verzoek tot heropenen was not stored", m->referentie);
		return APP_UNAVAILABLE;
	}
	if (db_commit(db) < 0)
		return APP_UNAVAILABLE;
	if (melding_get(db, a, m->id, m) != STORE_OK)
		log_warn("melding %s: reload after the decision on its verzoek failed", m->referentie);
	return APP_OK;
}

enum app_result tevredenheid_cijfers(struct db *db, struct arena *a, const struct actor *who,
				     const struct kpi_request *rq, struct tevredenheid_cijfers *out)
{
	memset(out, 0, sizeof(*out));
	if (!db)
		return APP_UNAVAILABLE;
	out->n_rows = tevredenheid_kpi(db, a, rq->van, rq->tot, rq->wijk_id, kpi_scope_user(who, ACT_DASHBOARD),
				       &out->rows);
	if (out->n_rows < 0) {
		out->n_rows = 0;
		return APP_UNAVAILABLE;
	}
	tevredenheid_cijfer(out, -1, -1, &out->n, &out->som);
	return APP_OK;
}

void tevredenheid_cijfer(const struct tevredenheid_cijfers *c, int64_t category_id, int64_t wijk_id, int64_t *n,
			 int64_t *som)
{
	*n = *som = 0;
	for (int i = 0; i < c->n_rows; i++) {
		const struct tevredenheid_kpi_row *r = &c->rows[i];
		if ((category_id < 0 || r->category_id == category_id) && (wijk_id < 0 || r->wijk_id == wijk_id)) {
			*n += r->n;
			*som += r->som;
		}
	}
}

int tevredenheid_verzoeken(struct db *db, struct arena *a, const struct actor *who, int64_t wijk_id, int max,
			   struct tevredenheid_open **out)
{
	*out = NULL;
	if (!db)
		return -1;
	return tevredenheid_open_list(db, a, wijk_id, kpi_scope_user(who, ACT_DASHBOARD), max, out);
}
