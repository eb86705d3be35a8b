/*
 * test_melding_actions.c - app/meldingen.c (and web/meldingen.c's reading
 * of the list's query) called directly, as the HTML pages and the JSON API
 * call it, against a real database: the
 * matrix in melding_load_for() (404 hides, 403 denies, both audited), what
 * melding_act() refuses before it writes and what it writes when it may
 * (including an action on a melding someone else changed in the meantime),
 * placing, and the list's query parameters.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "auth/session.h"
#include "config.h"
#include "db/db.h"
#include "db/migrate.h"
#include "domain/amsterdam.h"
#include "app/meldingen.h"
#include "web/meldingen.h"
#include "http/http.h"
#include "http/input.h"
#include "http/router.h"
#include "lib/log.h"
#include "render/pager.h"

static char dir[] = "/tmp/leefbaar-actions-XXXXXX";
static struct config cfg;
static int64_t wijk_a, wijk_b, buurt_a, buurt_b, sb_a, wb_b, co, inactive, melding_id;
static int64_t ontvangen_op;

static int64_t one(const char *sql)
{
	sqlite3_stmt *st;
	int64_t v = -1;

	if (sqlite3_prepare_v2(db_handle(db_thread()), sql, -1, &st, NULL) != SQLITE_OK)
		fail_msg("%s: %s", sql, sqlite3_errmsg(db_handle(db_thread())));
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

static int exec(const char *sql)
{
	char *err = NULL;
	int rc = sqlite3_exec(db_handle(db_thread()), sql, NULL, NULL, &err);
	if (rc != SQLITE_OK)
		fprintf(stderr, "%s: %s\n", sql, err ? err : "?");
	sqlite3_free(err);
	return rc;
}

static int setup(void **state)
{
	(void)state;
	char path[128], sql[1024];

	log_set_level(LOG_ERROR);
	config_defaults(&cfg);
	if (!mkdtemp(dir))
		return -1;
	snprintf(path, sizeof(path), "%s/actions.db", dir);
	db_pool_init(path, 5000);
	if (!db_thread() || migrate_run(db_thread(), "migrations") < 0)
		return -1;
	if (exec("INSERT INTO area(code, naam, soort, parent_id) VALUES ('WK000001', 'Wijk A', 'wijk', NULL),"
		 " ('WK000002', 'Wijk B', 'wijk', NULL);"
		 "INSERT INTO area(code, naam, soort, parent_id) VALUES"
		 " ('BU00000101', 'Buurt A1', 'buurt', (SELECT id FROM area WHERE code = 'WK000001')),"
		 " ('BU00000201', 'Buurt B1', 'buurt', (SELECT id FROM area WHERE code = 'WK000002'));"
		 "UPDATE area SET wijk_id = CASE soort WHEN 'wijk' THEN id ELSE parent_id END;"
		 "INSERT INTO user(email, naam, role, password_hash, created_at, active) VALUES"
		 " ('sb@x', 'Sanne A', 'sociaal_beheerder', 'x', 0, 1), ('wb@x', 'Bea B', 'wijkbeheerder', 'x', 0, 1),"
		 " ('co@x', 'Carla', 'coordinator', 'x', 0, 1), ('uit@x', 'Uit', 'sociaal_beheerder', 'x', 0, 0);"
		 "INSERT INTO user_area SELECT u.id, a.id FROM user u, area a WHERE"
		 " (u.email IN ('sb@x', 'uit@x') AND a.code = 'WK000001') OR (u.email = 'wb@x' AND a.code = 'WK000002');") !=
	    SQLITE_OK)
		return -1;
	wijk_a = one("SELECT id FROM area WHERE code = 'WK000001'");
	wijk_b = one("SELECT id FROM area WHERE code = 'WK000002'");
	buurt_a = one("SELECT id FROM area WHERE code = 'BU00000101'");
	buurt_b = one("SELECT id FROM area WHERE code = 'BU00000201'");
	sb_a = one("SELECT id FROM user WHERE email = 'sb@x'");
	wb_b = one("SELECT id FROM user WHERE email = 'wb@x'");
	co = one("SELECT id FROM user WHERE email = 'co@x'");
	inactive = one("SELECT id FROM user WHERE email = 'uit@x'");
	/* One melding in wijk A, received two days ago, from a melder with an e-mail address. */
	ontvangen_op = (int64_t)time(NULL) - 2 * 86400;
	snprintf(sql, sizeof(sql),
		 "INSERT INTO melding(referentie, jaar, volgnummer, ontvangen_op, ontvangen_dag, geregistreerd_op, kanaal,"
		 " category_id, omschrijving, wijk_id, melder_naam, melder_email, bevestigen_dag, terugkoppelen_dag, streef_dag)"
		 " VALUES ('M-2026-000001', 2026, 1, %lld, %lld, %lld, 'telefoon', (SELECT min(id) FROM category),"
		 " 'Lawaai', %lld, 'Jan', 'jan@example.org', 1, 2, 3)",
		 (long long)ontvangen_op, (long long)((ontvangen_op + 3600) / 86400), (long long)ontvangen_op, (long long)wijk_a);
	if (exec(sql) != SQLITE_OK)
		return -1;
	melding_id = one("SELECT id FROM melding WHERE referentie = 'M-2026-000001'");
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	char cmd[200];

	db_pool_close_all();
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

/* A request as the router leaves it for a handler: this user, these wijken. */
struct fake {
	struct req req;
	struct session ses;
};

static void as(struct fake *f, int64_t user, enum role role, int64_t area)
{
	memset(f, 0, sizeof(*f));
	f->req.arena = (struct arena)ARENA_INIT;
	f->req.cfg = &cfg;
	f->req.path = "/meldingen/1";
	f->req.fd_out = -1;
	snprintf(f->req.ip, sizeof(f->req.ip), "127.0.0.1");
	f->ses.user_id = user;
	f->ses.role = role;
	if (area) {
		f->ses.areas[0] = area;
		f->ses.n_areas = 1;
	}
	f->req.session = &f->ses;
}

static void done(struct fake *f)
{
	arena_release(&f->req.arena);
}

static void test_load_hides_and_denies(void **state)
{
	(void)state;
	struct fake f;
	struct melding m;
	char key[24];
	int64_t refusals = one("SELECT count(*) FROM audit_log WHERE action = 'geweigerd'");

	snprintf(key, sizeof(key), "%lld", (long long)melding_id);
	as(&f, sb_a, ROLE_SOCIAAL_BEHEERDER, wijk_a);
	assert_int_equal(melding_load_for(db_thread(), &f.req.arena, http_actor(&f.req), key, ACT_MELDING_HANDLE, &m), APP_OK);
	assert_string_equal(m.referentie, "M-2026-000001");
	assert_int_equal(melding_load_for(db_thread(), &f.req.arena, http_actor(&f.req), "m-2026-000001", ACT_MELDING_READ, &m), APP_OK);   /* as typed */
	assert_int_equal(melding_load_for(db_thread(), &f.req.arena, http_actor(&f.req), "M-2026-999999", ACT_MELDING_READ, &m), APP_NOT_FOUND);
	assert_int_equal(melding_load_for(db_thread(), &f.req.arena, http_actor(&f.req), "", ACT_MELDING_READ, &m), APP_NOT_FOUND);
	assert_int_equal(melding_load_for(db_thread(), &f.req.arena, http_actor(&f.req), NULL, ACT_MELDING_READ, &m), APP_NOT_FOUND);
	assert_int_equal(melding_load_for(db_thread(), &f.req.arena, http_actor(&f.req), "99999999999999999999999", ACT_MELDING_READ, &m), APP_NOT_FOUND);
	/* Only the coördinator and ondersteuner place meldingen. */
	assert_int_equal(melding_load_for(db_thread(), &f.req.arena, http_actor(&f.req), key, ACT_MELDING_TRIAGE, &m), APP_FORBIDDEN);
	done(&f);
	/* Another wijk: as if it did not exist. */
	as(&f, wb_b, ROLE_WIJKBEHEERDER, wijk_b);
	assert_int_equal(melding_load_for(db_thread(), &f.req.arena, http_actor(&f.req), key, ACT_MELDING_READ, &m), APP_NOT_FOUND);
	done(&f);
	/* A beheerder may not read cases at all. */
	as(&f, co, ROLE_BEHEERDER, 0);
	assert_int_equal(melding_load_for(db_thread(), &f.req.arena, http_actor(&f.req), key, ACT_MELDING_READ, &m), APP_FORBIDDEN);
	done(&f);
	assert_int_equal(one("SELECT count(*) FROM audit_log WHERE action = 'geweigerd'"), refusals + 3);
	/* The coördinator sees every wijk and may place. */
	as(&f, co, ROLE_COORDINATOR, 0);
	assert_int_equal(melding_load_for(db_thread(), &f.req.arena, http_actor(&f.req), key, ACT_MELDING_TRIAGE, &m), APP_OK);
	done(&f);
	/* Whoever took it in keeps seeing it. */
	exec("UPDATE melding SET created_by = (SELECT id FROM user WHERE email = 'wb@x') WHERE referentie = 'M-2026-000001'");
	as(&f, wb_b, ROLE_WIJKBEHEERDER, wijk_b);
	assert_int_equal(melding_load_for(db_thread(), &f.req.arena, http_actor(&f.req), key, ACT_MELDING_READ, &m), APP_OK);
	done(&f);
	exec("UPDATE melding SET created_by = NULL WHERE referentie = 'M-2026-000001'");
}

static void load(struct fake *f, struct melding *m)
{
	char key[24];

	snprintf(key, sizeof(key), "%lld", (long long)melding_id);
	assert_int_equal(melding_load_for(db_thread(), &f->req.arena, http_actor(&f->req), key, ACT_MELDING_HANDLE, m), APP_OK);
}

static void test_refusals_write_nothing(void **state)
{
	(void)state;
	struct fake f;
	struct melding m;
	struct melding_act_input in = MELDING_ACT_INPUT_INIT;
	struct field_errors err;
	int64_t events = one("SELECT count(*) FROM melding_event");
	int64_t now = time(NULL);

	as(&f, sb_a, ROLE_SOCIAAL_BEHEERDER, wijk_a);
	load(&f, &m);
	in.op = now + 3600;
	assert_int_equal(melding_act(db_thread(), &f.req.arena, http_actor(&f.req), &cfg, &m, MA_BEVESTIGEN, &in, &err), APP_INVALID);
	assert_string_equal(err.e[0].field, "op");
	in.op = ontvangen_op - 60;
	assert_int_equal(melding_act(db_thread(), &f.req.arena, http_actor(&f.req), &cfg, &m, MA_BEVESTIGEN, &in, &err), APP_INVALID);
	assert_string_equal(err.e[0].field, "op");
	assert_non_null(strstr(err.e[0].message, "vóór de ontvangst"));
	in.op = 0;
	assert_int_equal(melding_act(db_thread(), &f.req.arena, http_actor(&f.req), &cfg, &m, MA_HEROPENEN, &in, &err), APP_INVALID);
	assert_string_equal(err.e[0].field, "status");
	assert_int_equal(melding_act(db_thread(), &f.req.arena, http_actor(&f.req), &cfg, &m, MA_NOTITIE, &in, &err), APP_INVALID);
	assert_string_equal(err.e[0].field, "tekst");
	in.tekst = "\x01 geen tekst";
	assert_int_equal(melding_act(db_thread(), &f.req.arena, http_actor(&f.req), &cfg, &m, MA_NOTITIE, &in, &err), APP_INVALID);
	in.tekst = NULL;
	assert_int_equal(melding_act(db_thread(), &f.req.arena, http_actor(&f.req), &cfg, &m, MA_TERUGKOPPELEN, &in, &err), APP_INVALID);
	assert_string_equal(err.e[0].field, "tekst");
	in.assignee_id = wb_b;
	assert_int_equal(melding_act(db_thread(), &f.req.arena, http_actor(&f.req), &cfg, &m, MA_TOEWIJZEN, &in, &err), APP_INVALID);
	assert_string_equal(err.e[0].field, "behandelaar");
	in.assignee_id = inactive;
	assert_int_equal(melding_act(db_thread(), &f.req.arena, http_actor(&f.req), &cfg, &m, MA_TOEWIJZEN, &in, &err), APP_INVALID);
	in.assignee_id = 0;
	assert_int_equal(melding_act(db_thread(), &f.req.arena, http_actor(&f.req), &cfg, &m, MA_TOEWIJZEN, &in, &err), APP_INVALID);
	in.kosten_cent = 1000000LL * 100 + 1;
	assert_int_equal(melding_act(db_thread(), &f.req.arena, http_actor(&f.req), &cfg, &m, MA_AFSLUITEN, &in, &err), APP_INVALID);
	assert_string_equal(err.e[0].field, "kosten");
	in.kosten_cent = -1;
	assert_int_equal(melding_act(db_thread(), &f.req.arena, http_actor(&f.req), &cfg, &m, MA_KOPPELEN, &in, &err), APP_NOT_FOUND);
	assert_int_equal(melding_act(db_thread(), &f.req.arena, http_actor(&f.req), &cfg, &m, MA__MAX, &in, &err), APP_INVALID);
	assert_int_equal(one("SELECT count(*) FROM melding_event"), events);
	assert_int_equal(one("SELECT count(*) FROM melding WHERE status = 'nieuw'"), 1);
	done(&f);
}

static void test_actions_write_everything_once(void **state)
{
	(void)state;
	struct fake f, g;
	struct melding m, stale;
	struct melding_act_input in = MELDING_ACT_INPUT_INIT;
	struct field_errors err;
	int64_t yesterday = time(NULL) - 86400;

	as(&f, sb_a, ROLE_SOCIAAL_BEHEERDER, wijk_a);
	load(&f, &m);
	stale = m;
	in.op = yesterday;
	in.tekst = "Gebeld met de melder.";
	assert_int_equal(melding_act(db_thread(), &f.req.arena, http_actor(&f.req), &cfg, &m, MA_BEVESTIGEN, &in, &err), APP_OK);
	assert_int_equal(m.status, MS_BEVESTIGD);          /* reloaded */
	assert_int_equal(m.bevestigd_op, yesterday);
	assert_int_equal(m.bevestigd_dag, amsterdam_day(yesterday));
	assert_int_equal(one("SELECT count(*) FROM outbox WHERE soort = 'bevestiging' AND aan = 'jan@example.org'"), 1);
	/* The melder's entry carries no staff text; the remark is an internal note. */
	assert_int_equal(one("SELECT count(*) FROM melding_event WHERE soort = 'bevestigd' AND voor_melder = 1 AND tekst = ''"), 1);
	assert_int_equal(one("SELECT count(*) FROM melding_event WHERE soort = 'notitie' AND voor_melder = 0"
			     " AND tekst = 'Gebeld met de melder.'"), 1);
	assert_int_equal(one("SELECT count(*) FROM audit_log WHERE action = 'gewijzigd' AND detail = 'bevestigen'"), 1);

	/* A colleague who opened the page before that confirms too: refused, nothing doubled. */
	as(&g, co, ROLE_COORDINATOR, 0);
	in.op = 0;
	in.tekst = NULL;
	assert_int_equal(melding_act(db_thread(), &g.req.arena, http_actor(&g.req), &cfg, &stale, MA_BEVESTIGEN, &in, &err), APP_INVALID);
	assert_string_equal(err.e[0].field, "status");
	assert_non_null(strstr(err.e[0].message, "net gewijzigd"));
	assert_int_equal(stale.status, MS_BEVESTIGD);      /* the page can show what it is now */
	assert_int_equal(one("SELECT count(*) FROM outbox WHERE soort = 'bevestiging'"), 1);
	done(&g);

	in.assignee_id = co;
	assert_int_equal(melding_act(db_thread(), &f.req.arena, http_actor(&f.req), &cfg, &m, MA_TOEWIJZEN, &in, &err), APP_OK);
	assert_int_equal(m.status, MS_IN_BEHANDELING);
	assert_int_equal(m.assignee_id, co);
	in.tekst = "Wij spreken de buren aan.";
	assert_int_equal(melding_act(db_thread(), &f.req.arena, http_actor(&f.req), &cfg, &m, MA_TERUGKOPPELEN, &in, &err), APP_OK);
	assert_int_equal(m.status, MS_TERUGGEKOPPELD);
	assert_true(m.teruggekoppeld_op >= yesterday);
	assert_int_equal(m.bevestigd_op, yesterday);        /* the first confirmation stays */
	assert_int_equal(one("SELECT count(*) FROM outbox WHERE soort = 'terugkoppeling'"
			     " AND tekst LIKE '%Wij spreken de buren aan.%'"), 1);
	in.tekst = NULL;
	in.kosten_cent = 4250;
	assert_int_equal(melding_act(db_thread(), &f.req.arena, http_actor(&f.req), &cfg, &m, MA_AFSLUITEN, &in, &err), APP_OK);
	assert_int_equal(m.status, MS_AFGESLOTEN);
	assert_int_equal(m.kosten_cent, 4250);
	assert_true(m.afgesloten_op > 0);
	in.kosten_cent = -1;
	assert_int_equal(melding_act(db_thread(), &f.req.arena, http_actor(&f.req), &cfg, &m, MA_HEROPENEN, &in, &err), APP_OK);
	assert_int_equal(m.status, MS_IN_BEHANDELING);
	assert_int_equal(m.afgesloten_op, 0);
	assert_int_equal(m.kosten_cent, 4250);
	assert_int_equal(one("SELECT count(*) FROM melding_event WHERE soort = 'heropend' AND voor_melder = 1"), 1);
	done(&f);
}

static void test_place(void **state)
{
	(void)state;
	struct fake f;
	struct melding m;
	struct field_errors err;

	as(&f, co, ROLE_COORDINATOR, 0);
	load(&f, &m);
	assert_int_equal(melding_place(db_thread(), &f.req.arena, http_actor(&f.req), &m, 0, 0, &err), APP_INVALID);
	assert_string_equal(err.e[0].field, "wijk");
	assert_int_equal(melding_place(db_thread(), &f.req.arena, http_actor(&f.req), &m, buurt_a, 0, &err), APP_INVALID);   /* a buurt is not a wijk */
	assert_int_equal(melding_place(db_thread(), &f.req.arena, http_actor(&f.req), &m, wijk_a, buurt_b, &err), APP_INVALID);
	assert_string_equal(err.e[0].field, "buurt");
	assert_int_equal(melding_place(db_thread(), &f.req.arena, http_actor(&f.req), &m, wijk_b, buurt_b, &err), APP_OK);
	assert_int_equal(m.wijk_id, wijk_b);
	assert_int_equal(m.buurt_id, buurt_b);
	assert_int_equal(one("SELECT count(*) FROM melding_event WHERE soort = 'geplaatst'"
			     " AND tekst = 'Geplaatst in wijk Wijk B, buurt Buurt B1 (was: Wijk A).'"), 1);
	assert_int_equal(melding_place(db_thread(), &f.req.arena, http_actor(&f.req), &m, wijk_b, buurt_b, &err), APP_INVALID);   /* already there */
	done(&f);
	/* Wijk A's sociaal beheerder no longer sees it; wijk B's wijkbeheerder does. */
	char key[24];
	snprintf(key, sizeof(key), "%lld", (long long)melding_id);
	as(&f, sb_a, ROLE_SOCIAAL_BEHEERDER, wijk_a);
	assert_int_equal(melding_load_for(db_thread(), &f.req.arena, http_actor(&f.req), key, ACT_MELDING_READ, &m), APP_NOT_FOUND);
	done(&f);
	as(&f, wb_b, ROLE_WIJKBEHEERDER, wijk_b);
	assert_int_equal(melding_load_for(db_thread(), &f.req.arena, http_actor(&f.req), key, ACT_MELDING_READ, &m), APP_OK);
	struct staff_user *u;
	int n = melding_assignable_users(db_thread(), &f.req.arena, &m, &u);
	assert_int_equal(n, 2);   /* Bea (wijk B) and the coördinator; not wijk A's, not the inactive one */
	done(&f);
}

/* The list's parameters, from a query string as the server parses it. */
static void query(struct fake *f, const char *const kv[])
{
	struct kv **tail = &f->req.query;

	for (size_t i = 0; kv[i]; i += 2) {
		struct kv *k = arena_alloc(&f->req.arena, sizeof(*k));
		memset(k, 0, sizeof(*k));
		k->key = kv[i];
		buf_init(&k->value, 0);
		buf_addstr(&k->value, kv[i + 1]);
		*tail = k;
		tail = &k->next;
	}
	/* As the router does: the list page's route, and its input stage reading the query. */
	f->req.path = "/meldingen";
	f->req.route = router_find(HTTP_GET, "/meldingen");
	assert_non_null(f->req.route);
	assert_int_equal(input_check(&f->req), 0);
}

static void release_query(struct fake *f)
{
	for (struct kv *k = f->req.query; k; k = k->next)
		buf_release(&k->value);
}

static void test_filter_from_query(void **state)
{
	(void)state;
	struct fake f;
	struct melding_filter flt;
	struct field_errors errs;

	as(&f, wb_b, ROLE_WIJKBEHEERDER, wijk_b);
	query(&f, (const char *const[]){ "status", "in_behandeling", "categorie", "geluid", "pijler", "fysiek",
		"wijk", "WK000001", "behandelaar", "mij", "kanaal", "telefoon", "te_laat", "beide", "van", "2026-03-01",
		"tot", "2026-03-31", "q", "merel", "sorteer", "oudste", "pagina", "3", NULL });
	melding_filter_init(&f.req, &flt);
	assert_int_equal(flt.viewer_id, wb_b);
	assert_int_equal(flt.viewer_all_areas, 0);
	assert_int_equal(flt.n_viewer_areas, 1);
	assert_int_equal(melding_filter_from_query(&f.req, &flt, &errs), 0);
	assert_int_equal(flt.status, MS_IN_BEHANDELING);
	assert_string_equal(flt.categorie, "geluid");
	assert_int_equal(flt.pijler, PIJLER_FYSIEK);
	assert_int_equal(flt.wijk_id, wijk_a);
	assert_int_equal(flt.assignee_id, wb_b);
	assert_int_equal(flt.kanaal, KANAAL_TELEFOON);
	assert_int_equal(flt.late, MLATE_BEIDE);
	assert_true(flt.has_van && flt.has_tot && flt.tot - flt.van == 30);
	assert_string_equal(flt.q, "merel");
	assert_int_equal(flt.sort, MSORT_ONTVANGEN_ASC);
	assert_int_equal(pager_page(&f.req), 3);
	release_query(&f);
	done(&f);

	as(&f, co, ROLE_COORDINATOR, 0);
	query(&f, (const char *const[]){ "status", "weg", "wijk", "WK999999", "behandelaar", "iemand", "kanaal", "duif",
		"te_laat", "ooit", "van", "gisteren", "tot", "2026-02-30", "sorteer", "id DESC", "pagina", "-1", NULL });
	melding_filter_init(&f.req, &flt);
	assert_int_equal(flt.viewer_all_areas, 1);
	assert_int_equal(melding_filter_from_query(&f.req, &flt, &errs), 8);
	assert_non_null(field_error_for(&errs, "status"));
	assert_non_null(field_error_for(&errs, "wijk"));
	assert_non_null(field_error_for(&errs, "sorteer"));
	assert_int_equal(flt.status, -1);                     /* bad values filter nothing */
	assert_int_equal(flt.wijk_id, 0);
	assert_int_equal(flt.sort, MSORT_ONTVANGEN_DESC);
	assert_int_equal(pager_page(&f.req), 1);
	release_query(&f);
	done(&f);

	as(&f, co, ROLE_COORDINATOR, 0);
	query(&f, (const char *const[]){ "wijk", "onbekend", "behandelaar", "geen", "van", "2026-03-31", "tot",
		"2026-03-01", NULL });
	melding_filter_init(&f.req, &flt);
	assert_int_equal(melding_filter_from_query(&f.req, &flt, &errs), 1);
	assert_non_null(strstr(field_error_for(&errs, "tot"), "vóór de begindatum"));
	assert_int_equal(flt.wijk_onbekend, 1);
	assert_int_equal(flt.assignee_id, MELDING_ASSIGNEE_NONE);
	release_query(&f);
	done(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_load_hides_and_denies),
		cmocka_unit_test(test_refusals_write_nothing),
		cmocka_unit_test(test_actions_write_everything_once),
		cmocka_unit_test(test_place),
		cmocka_unit_test(test_filter_from_query),
	};

	return cmocka_run_group_tests_name("melding_actions", tests, setup, teardown);
}
