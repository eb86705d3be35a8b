/*
 * melding_actions.c - scope, loading with the matrix, actions, placing and
 * the list's query parameters, for the HTML pages and the API alike (see
 * melding_actions.h).
 */
#include "web/melding_actions.h"
#include "auth/secret.h"
#include "auth/session.h"
#include "config.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "domain/messages.h"
#include "domain/validate.h"
#include "web/intake.h"
#include "http/http.h"
#include "lib/log.h"
#include "store/audit.h"
#include "store/outbox.h"
#include "store/user.h"
#include "lib/clock.h"
#include "lib/parse.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Staff may be a few minutes ahead of the server's clock. */
#define FUTURE_SLACK 300
/* Costs above a million euros for one melding are a typing error. */
#define KOSTEN_MAX (1000000LL * 100)

void melding_scope(const struct req *req, const struct melding *m, struct scope *s)
{
	const struct session *ses = req->session;

	memset(s, 0, sizeof(*s));
	if (!ses)
		return;
	for (int i = 0; m->wijk_id && i < ses->n_areas; i++)
		if (ses->areas[i] == m->wijk_id)
			s->in_area = 1;
	s->in_team = m->created_by && m->created_by == ses->user_id;
}

static int all_digits(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return 0;
	return 1;
}

int melding_load_for(struct req *req, const char *key, enum action action, struct melding *out)
{
	struct db *db = db_thread();
	enum store_result r;

	if (!db)
		return 503;
	if (!key || !key[0] || strlen(key) > 20 || !req->session)
		return 404;
	if (all_digits(key)) {
		r = melding_get(db, &req->arena, parse_id(key), out);
	} else {
		/* References are upper case; accept "m-2026-000123" as typed. */
		char ref[21];
		size_t i;
		for (i = 0; key[i]; i++)
			ref[i] = (char)toupper((unsigned char)key[i]);
		ref[i] = '\0';
		r = melding_by_ref(db, &req->arena, ref, out);
	}
	if (r == STORE_ERROR)
		return 503;
	if (r != STORE_OK)
		return 404;

	struct actor who = *http_actor(req);
	struct scope s;
	melding_scope(req, out, &s);
	switch (policy_check(&who, action, &s)) {
	case VERDICT_ALLOW:
		return 0;
	case VERDICT_HIDE:
		audit_record(db_thread(), http_actor(req), "geweigerd", "melding", out->referentie, action_ids[action]);
		return 404;
	case VERDICT_DENY:
		break;
	}
	audit_record(db_thread(), http_actor(req), "geweigerd", "melding", out->referentie, action_ids[action]);
	return 403;
}

/* ---- actions ---- */

static int refuse(struct melding_act_error *err, const char *field, const char *message)
{
	err->field = field;
	err->message = message;
	return 422;
}

/* "3-7-2026 om 23:30", Amsterdam time, for messages. */
static const char *moment_nl(struct req *req, int64_t t)
{
	int64_t local = t + amsterdam_offset(t);
	int32_t dn = amsterdam_day(t);
	int y, mo, d;
	int64_t sec = local - (int64_t)dn * 86400;

	days_to_civil(dn, &y, &mo, &d);
	return arena_printf(&req->arena, "%d-%d-%d om %02d:%02d", d, mo, y, (int)(sec / 3600), (int)(sec / 60 % 60));
}

/* Free text typed by staff: trimmed, within the limit, readable. NULL when fine. */
static const char *check_text(struct req *req, const char *in, const char **out)
{
	const char *s = in ? in : "";
	size_t n;

	while (isspace((unsigned char)*s))
		s++;
	n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	if (n > MELDING_ACT_TEKST_MAX)
		return "Deze tekst is te lang: ten hoogste 5000 tekens. Maak hem korter.";
	if (!utf8_valid(s, n))
		return "Deze tekst bevat tekens die wij niet kunnen lezen.";
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f)
			return "Deze tekst bevat tekens die wij niet kunnen lezen.";
	}
	*out = arena_strndup(&req->arena, s, n);
	return NULL;
}

/* The melder's private link, for a message after the first; "" if it cannot be opened. */
static const char *status_url(struct req *req, struct db *db, const struct melding *m)
{
	unsigned char box[SECRET_SEAL_MAX];
	size_t len = 0;
	char token[64];

	if (melding_token_box(db, m->id, box, sizeof(box), &len) != STORE_OK ||
	    secret_open(box, len, token) < 0) {
		log_warn("melding %s: status link could not be opened; message without link", m->referentie);
		return "";
	}
	return intake_status_url(req, token);
}

/* May user u handle m by the matrix, with u's own areas? */
static int may_handle(struct db *db, const struct user *u, const struct melding *m)
{
	int64_t areas[SESSION_MAX_AREAS];
	int n = user_areas(db, u->id, areas, SESSION_MAX_AREAS);
	struct actor who = { .role = u->role, .partner_id = u->partner_id, .user_id = u->id };
	struct scope s = { 0 };

	if (n < 0)
		return 0;
	for (int i = 0; m->wijk_id && i < n; i++)
		if (areas[i] == m->wijk_id)
			s.in_area = 1;
	s.in_team = m->created_by && m->created_by == u->id;
	return role_is_staff(u->role) && policy_check(&who, ACT_MELDING_HANDLE, &s) == VERDICT_ALLOW;
}

static enum store_result queue_message(struct req *req, struct db *db, const struct melding *m,
				       enum melding_action a, const char *tekst, const char *url, int64_t now)
{
	struct buf subject = BUF_INIT, body = BUF_INIT;
	struct message_facts f = {
		.organisation = req->cfg->organisation, .referentie = m->referentie, .status_url = url,
		.naam = m->melder_naam, .bevestigen_dag = m->due.bevestigen,
		.terugkoppelen_dag = m->due.terugkoppelen, .tekst = tekst,
	};
	const char *soort;

	if (a == MA_BEVESTIGEN) {
		message_confirmation(&f, &subject, &body);
		soort = "bevestiging";
	} else {
		message_feedback(&f, &subject, &body);
		soort = "terugkoppeling";
	}
	enum store_result r = outbox_add(db, m->id, soort, m->melder_email, subject.buf, body.buf, now);
	buf_release(&subject);
	buf_release(&body);
	return r;
}

int melding_act(struct req *req, struct melding *m, enum melding_action a,
		const struct melding_act_input *in, struct melding_act_error *err)
{
	struct db *db = db_thread();
	int64_t now = clock_now(), op, uid = req->session ? req->session->user_id : 0;
	enum melding_status to;
	const char *why, *tekst = "", *msg, *url = NULL;
	struct user assignee;
	char euros[32];

	err->field = err->message = NULL;
	if ((unsigned)a >= MA__MAX)
		return refuse(err, "status", "Onbekende actie.");
	if (a == MA_KOPPELEN || a == MA_ONTKOPPELEN) {
		err->field = "status";
		err->message = "Koppelen aan een dossier gebeurt bij het dossier.";
		return 404;
	}
	if (!db)
		return 503;

	/* Refuse before writing anything: the state, then each input. */
	if (melding_transition(m->status, a, &to, &why) < 0)
		return refuse(err, "status", why);
	op = in->op ? in->op : now;
	if (op > now + FUTURE_SLACK)
		return refuse(err, "op", "Dit moment ligt in de toekomst. Kies een moment dat al geweest is, of laat het leeg voor nu.");
	if (op < m->ontvangen_op)
		return refuse(err, "op", arena_printf(&req->arena, "Dit moment ligt vóór de ontvangst van de melding (%s). "
						      "Kies een later moment.", moment_nl(req, m->ontvangen_op)));
	if ((msg = check_text(req, in->tekst, &tekst)))
		return refuse(err, "tekst", msg);
	if (a == MA_TERUGKOPPELEN && !tekst[0])
		return refuse(err, "tekst", "Schrijf de terugkoppeling aan de melder: wat wij wel en niet kunnen doen.");
	if (a == MA_NOTITIE && !tekst[0])
		return refuse(err, "tekst", "Schrijf de notitie.");
	if (a == MA_TOEWIJZEN) {
		if (in->assignee_id <= 0)
			return refuse(err, "behandelaar", "Kies aan wie u de melding toewijst.");
		enum store_result r = user_by_id(db, in->assignee_id, &assignee);
		if (r == STORE_ERROR)
			return 503;
		if (r != STORE_OK || !assignee.active || !role_is_staff(assignee.role))
			return refuse(err, "behandelaar", "Deze persoon is geen actieve medewerker. Kies iemand uit de lijst.");
		if (!may_handle(db, &assignee, m))
			return refuse(err, "behandelaar", "Deze medewerker werkt niet in de wijk van deze melding en mag haar "
				      "niet behandelen. Kies iemand uit de lijst.");
	}
	if (a == MA_AFSLUITEN && (in->kosten_cent < -1 || in->kosten_cent > KOSTEN_MAX))
		return refuse(err, "kosten", "Vul de kosten in euro's in, bijvoorbeeld 12,50 (ten hoogste een miljoen).");
	if (!m->anoniem && (a == MA_BEVESTIGEN || a == MA_TERUGKOPPELEN))
		url = status_url(req, db, m);

	int32_t day = amsterdam_day(op);
	const char *note = NULL;   /* an internal note beside a step the melder sees */

	if (db_begin(db) < 0)
		return 503;
	/*
	 * Checked against the melding as it was read before the writer lock;
	 * someone may have acted on it since (two people confirming at once).
	 * Now that no one else can write, the state must still be that one.
	 */
	struct melding cur;
	if (melding_get(db, &req->arena, m->id, &cur) != STORE_OK)
		goto fail;
	if (cur.status != m->status) {
		db_rollback(db);
		*m = cur;
		return refuse(err, "status", "Iemand anders heeft deze melding net gewijzigd. Bekijk wat er veranderde "
			      "en probeer het dan opnieuw.");
	}
	if (to != m->status && melding_set_status(db, m->id, to) != STORE_OK)
		goto fail;
	switch (a) {
	case MA_BEVESTIGEN:
		if (melding_set_confirmed(db, m->id, op, day) != STORE_OK ||
		    melding_event_add(db, m->id, op, uid, "bevestigd", "", 1) != STORE_OK)
			goto fail;
		note = tekst;
		break;
	case MA_TOEWIJZEN:
		if (melding_set_assignee(db, m->id, assignee.id) != STORE_OK ||
		    melding_event_add(db, m->id, op, uid, "toegewezen",
				      arena_printf(&req->arena, "Toegewezen aan %s.%s%s", assignee.naam,
						   tekst[0] ? "\n" : "", tekst), 0) != STORE_OK)
			goto fail;
		break;
	case MA_NOTITIE:
		if (melding_event_add(db, m->id, op, uid, "notitie", tekst, 0) != STORE_OK)
			goto fail;
		break;
	case MA_TERUGKOPPELEN:
		/* An answer is also a confirmation: the melder has heard from us (DESIGN.md). */
		if (melding_set_confirmed(db, m->id, op, day) != STORE_OK ||
		    melding_set_feedback(db, m->id, op, day) != STORE_OK ||
		    melding_event_add(db, m->id, op, uid, "teruggekoppeld", tekst, 1) != STORE_OK)
			goto fail;
		break;
	case MA_AFSLUITEN: {
		int64_t kosten = in->kosten_cent >= 0 ? in->kosten_cent : m->kosten_cent;
		if (melding_set_closed(db, m->id, op, kosten) != STORE_OK ||
		    melding_event_add(db, m->id, op, uid, "afgesloten", "", 1) != STORE_OK)
			goto fail;
		if (in->kosten_cent >= 0) {
			euros_format(in->kosten_cent, euros);
			note = arena_printf(&req->arena, "Kosten: € %s.%s%s", euros, tekst[0] ? "\n" : "", tekst);
		} else {
			note = tekst;
		}
		break;
	}
	case MA_HEROPENEN:
		if (melding_set_reopened(db, m->id) != STORE_OK ||
		    melding_event_add(db, m->id, op, uid, "heropend", "", 1) != STORE_OK)
			goto fail;
		note = tekst;
		break;
	case MA_KOPPELEN:
	case MA_ONTKOPPELEN:
	case MA__MAX:
		goto fail;
	}
	/* Staff remarks stay internal; the melder's entry carries no staff text. */
	if (note && note[0] && melding_event_add(db, m->id, op, uid, "notitie", note, 0) != STORE_OK)
		goto fail;
	if (url && queue_message(req, db, m, a, tekst, url, now) != STORE_OK)
		goto fail;
	if (audit_record(db_thread(), http_actor(req), "gewijzigd", "melding", m->referentie, melding_action_ids[a]) < 0)
		goto fail;
	if (db_commit(db) < 0)
		return 503;
	if (melding_get(db, &req->arena, m->id, m) != STORE_OK)
		log_warn("melding %s: reload after %s failed", m->referentie, melding_action_ids[a]);
	return 0;
fail:
	db_rollback(db);
	return 503;
}

int melding_place(struct req *req, struct melding *m, int64_t wijk_id, int64_t buurt_id,
		  struct melding_act_error *err)
{
	struct db *db = db_thread();
	struct area_item *wijken, *buurten;
	const char *wijk = NULL, *buurt = NULL;
	int nw, nb;

	err->field = err->message = NULL;
	if (!db)
		return 503;
	nw = melding_list_wijken(db, &req->arena, &wijken);
	nb = melding_list_buurten(db, &req->arena, &buurten);
	if (nw < 0 || nb < 0)
		return 503;
	for (int i = 0; i < nw; i++)
		if (wijken[i].id == wijk_id)
			wijk = wijken[i].naam;
	if (!wijk)
		return refuse(err, "wijk", "Kies een wijk uit de lijst.");
	if (buurt_id) {
		for (int i = 0; i < nb; i++)
			if (buurten[i].id == buurt_id && buurten[i].wijk_id == wijk_id)
				buurt = buurten[i].naam;
		if (!buurt)
			return refuse(err, "buurt", "Deze buurt ligt niet in de gekozen wijk. Kies een buurt van die wijk, of geen buurt.");
	}
	if (wijk_id == m->wijk_id && buurt_id == m->buurt_id)
		return refuse(err, "wijk", "De melding ligt al in deze wijk en buurt.");

	const char *was = m->wijk_id ? arena_printf(&req->arena, " (was: %s)", m->wijk_naam) : " (was: onbekend)";
	const char *text = buurt ? arena_printf(&req->arena, "Geplaatst in wijk %s, buurt %s%s.", wijk, buurt, was)
				 : arena_printf(&req->arena, "Geplaatst in wijk %s%s.", wijk, was);
	int64_t uid = req->session ? req->session->user_id : 0;

	if (db_begin(db) < 0)
		return 503;
	if (melding_set_area(db, m->id, wijk_id, buurt_id) != STORE_OK ||
	    melding_event_add(db, m->id, clock_now(), uid, "geplaatst", text, 0) != STORE_OK ||
	    audit_record(db_thread(), http_actor(req), "gewijzigd", "melding", m->referentie, "plaatsen") < 0) {
		db_rollback(db);
		return 503;
	}
	if (db_commit(db) < 0)
		return 503;
	if (melding_get(db, &req->arena, m->id, m) != STORE_OK)
		log_warn("melding %s: reload after placing failed", m->referentie);
	return 0;
}

int melding_assignable_users(struct req *req, const struct melding *m, struct staff_user **out)
{
	struct db *db = db_thread();
	struct staff_user *all;
	int n, k = 0;

	*out = NULL;
	if (!db)
		return -1;
	n = melding_staff_users(db, &req->arena, m->wijk_id, &all);
	if (n < 0)
		return -1;
	for (int i = 0; i < n; i++) {
		struct actor who = { .role = all[i].role, .user_id = all[i].id };
		struct scope s = { .in_area = all[i].in_wijk, .in_team = m->created_by && m->created_by == all[i].id };
		if (policy_check(&who, ACT_MELDING_HANDLE, &s) == VERDICT_ALLOW)
			all[k++] = all[i];
	}
	*out = all;
	return k;
}

/* ---- the list ---- */

void melding_filter_init(struct req *req, struct melding_filter *f)
{
	melding_filter_clear(f);
	f->today = amsterdam_day(clock_now());
	if (req->session) {
		f->viewer_id = req->session->user_id;
		f->viewer_all_areas = policy_sees_all_areas(req->session->role, ACT_MELDING_READ);
		f->viewer_areas = req->session->areas;
		f->n_viewer_areas = req->session->n_areas;
	}
}

static const char *param(struct req *req, const char *key)
{
	const char *v = http_query(req, key);
	return v && v[0] ? v : NULL;
}

int melding_filter_from_query(struct req *req, struct melding_filter *f, struct field_errors *errs)
{
	struct db *db = db_thread();
	const char *v;
	int k;

	errs->n = 0;
	if ((v = param(req, "status"))) {
		if ((k = melding_status_parse(v)) < 0)
			field_error_add(errs, "status", "Kies een status uit de lijst.");
		else
			f->status = k;
	}
	if ((v = param(req, "categorie"))) {
		if (strlen(v) > 40)
			field_error_add(errs, "categorie", "Kies een soort uit de lijst.");
		else
			f->categorie = v;
	}
	if ((v = param(req, "pijler"))) {
		if ((k = pijler_parse(v)) < 0)
			field_error_add(errs, "pijler", "Kies een pijler uit de lijst.");
		else
			f->pijler = k;
	}
	if ((v = param(req, "wijk"))) {
		if (!strcmp(v, "onbekend")) {
			f->wijk_onbekend = 1;
		} else if (all_digits(v)) {
			if (!(f->wijk_id = parse_id(v)))
				field_error_add(errs, "wijk", "Kies een wijk uit de lijst.");
		} else {
			int64_t id = db && strlen(v) < 40 ? melding_list_wijk_by_code(db, v) : 0;
			if (id)
				f->wijk_id = id;
			else
				field_error_add(errs, "wijk", "Kies een wijk uit de lijst.");
		}
	}
	if ((v = param(req, "behandelaar"))) {
		if (!strcmp(v, "mij"))
			f->assignee_id = req->session ? req->session->user_id : MELDING_ASSIGNEE_NONE;
		else if (!strcmp(v, "geen"))
			f->assignee_id = MELDING_ASSIGNEE_NONE;
		else if (!(f->assignee_id = parse_id(v)))
			field_error_add(errs, "behandelaar", "Kies een behandelaar uit de lijst.");
	}
	if ((v = param(req, "kanaal"))) {
		if ((k = kanaal_parse(v)) < 0)
			field_error_add(errs, "kanaal", "Kies een kanaal uit de lijst.");
		else
			f->kanaal = k;
	}
	if ((v = param(req, "te_laat"))) {
		if ((k = melding_late_parse(v)) < 0)
			field_error_add(errs, "te_laat", "Kies bevestiging, terugkoppeling of beide.");
		else
			f->late = (enum melding_late)k;
	}
	if ((v = param(req, "termijn"))) {
		if ((k = melding_termijn_parse(v)) < 0)
			field_error_add(errs, "termijn", "Kies een termijn uit de lijst.");
		else
			f->termijn = (enum melding_termijn)k;
	}
	if ((v = param(req, "vandaag"))) {
		if ((k = melding_vandaag_parse(v)) < 0)
			field_error_add(errs, "vandaag", "Kies bevestigen of terugkoppelen.");
		else
			f->vandaag = (enum melding_vandaag)k;
	}
	if ((v = param(req, "peildatum"))) {
		if (days_parse(v, &f->peildatum) < 0)
			field_error_add(errs, "peildatum", "Geef een datum als 2026-04-15.");
		else
			f->has_peildatum = 1;
	}
	if ((v = param(req, "van"))) {
		if (days_parse(v, &f->van) < 0)
			field_error_add(errs, "van", "Geef een datum als 2026-03-01.");
		else
			f->has_van = 1;
	}
	if ((v = param(req, "tot"))) {
		if (days_parse(v, &f->tot) < 0)
			field_error_add(errs, "tot", "Geef een datum als 2026-03-31.");
		else
			f->has_tot = 1;
	}
	if (f->has_van && f->has_tot && f->tot < f->van)
		field_error_add(errs, "tot", "De einddatum ligt vóór de begindatum.");
	if ((v = param(req, "q")))
		f->q = v;
	if ((v = param(req, "sorteer"))) {
		if ((k = melding_sort_parse(v)) < 0)
			field_error_add(errs, "sorteer", "Kies een volgorde uit de lijst.");
		else
			f->sort = (enum melding_sort)k;
	}
	return errs->n;
}

/* ---- datetime-local ---- */

static int digits(const char *s, int n, int *out)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

int local_moment_parse(const char *s, int64_t *out)
{
	int y, mo, d, h, mi, sec = 0;
	size_t n;

	if (!s)
		return -1;
	n = strlen(s);
	if (n != 16 && n != 19)
		return -1;
	if (digits(s, 4, &y) || s[4] != '-' || digits(s + 5, 2, &mo) || s[7] != '-' ||
	    digits(s + 8, 2, &d) || (s[10] != 'T' && s[10] != ' ') || digits(s + 11, 2, &h) ||
	    s[13] != ':' || digits(s + 14, 2, &mi))
		return -1;
	if (n == 19 && (s[16] != ':' || digits(s + 17, 2, &sec)))
		return -1;
	if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo))
		return -1;
	return amsterdam_from_local(y, mo, d, h, mi, sec, out);
}

void local_moment_format(int64_t t, char out[LOCAL_MOMENT_LEN])
{
	int64_t local = t + amsterdam_offset(t);
	int32_t dn = amsterdam_day(t);
	int64_t sec = local - (int64_t)dn * 86400;
	int y, mo, d;

	days_to_civil(dn, &y, &mo, &d);
	/* The ranges are known; the modulos only tell the compiler so. */
	snprintf(out, LOCAL_MOMENT_LEN, "%04u-%02u-%02uT%02u:%02u", (unsigned)y % 10000u, (unsigned)mo % 13u,
		 (unsigned)d % 32u, (unsigned)(sec / 3600) % 24u, (unsigned)(sec / 60) % 60u);
}
