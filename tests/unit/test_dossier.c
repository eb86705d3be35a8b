/*
 * test_dossier.c - the pure rules of the leefbaarheidsdossier
 * (domain/dossier.h): the AVE ladder and its default regie, which
 * escalations are accepted, outcomes and closing, which actions a state
 * allows, letter placeholders (also with hostile input), references, and
 * the quoting of search text for FTS5 - checked against a real FTS5 table,
 * so an unquoted term would fail here as it would in the list.
 *
 * A second group runs the store's scoped queries (store/dossier.h) on a real
 * database, for every staff role, in and out of its wijk, gevoelig or not,
 * in the team or not, and holds them to the permission matrix: what the
 * list, search and the melding calls return is exactly what policy_check()
 * allows for the one record.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "auth/session.h"
#include "db/db.h"
#include "db/migrate.h"
#include "domain/fts.h"
#include "domain/dossier.h"
#include "domain/melding.h"
#include "lib/buf.h"
#include "lib/log.h"
#include "store/dossier.h"

/* ---- closed sets ---- */

static void test_closed_sets_round_trip(void **state)
{
	(void)state;
	for (int i = 0; i < AVE__MAX; i++)
		assert_int_equal(ave_niveau_parse(ave_niveau_ids[i]), i);
	for (int i = 0; i < REGIE__MAX; i++)
		assert_int_equal(ave_regie_parse(ave_regie_ids[i]), i);
	for (int i = 0; i < UITKOMST__MAX; i++)
		assert_int_equal(dossier_uitkomst_parse(dossier_uitkomst_ids[i]), i);
	for (int i = 0; i < INS__MAX; i++) {
		assert_int_equal(instrument_parse(instrument_ids[i]), i);
		assert_true(instrument_labels[i][0]);
		assert_true((unsigned)instrument_groep[i] < GROEP__MAX);
	}
	for (int i = 0; i < DA__MAX; i++)
		assert_int_equal(dossier_action_parse(dossier_action_ids[i]), i);
	for (int i = 0; i < BRIEF__MAX; i++)
		assert_int_equal(brief_soort_parse(brief_soort_ids[i]), i);
	assert_int_equal(ave_niveau_parse("Groen"), -1);
	assert_int_equal(ave_niveau_parse(NULL), -1);
	assert_int_equal(dossier_uitkomst_parse("uitzetting"), -1);
	assert_int_equal(instrument_parse(""), -1);
}

static void test_outcomes_are_the_issue_list(void **state)
{
	(void)state;
	/* The API contract (issue 7, point 7) spells them so. */
	static const char *const ids[] = {
		"opgelost", "verbeterd", "overgedragen", "verhuisd", "huur_beeindigd", "ontruiming", "overig",
	};
	assert_int_equal(sizeof(ids) / sizeof(ids[0]), UITKOMST__MAX);
	for (size_t i = 0; i < sizeof(ids) / sizeof(ids[0]); i++)
		assert_int_equal(dossier_uitkomst_parse(ids[i]), (int)i);
	/* The KPI "uitzettingen" counts this one. */
	assert_string_equal(dossier_uitkomst_labels[UITKOMST_ONTRUIMING], "Ontruiming/uitzetting");
	assert_string_equal(dossier_uitkomst_labels[UITKOMST_OVERGEDRAGEN], "Doorverwezen en overgedragen");
}

static void test_instruments_by_group(void **state)
{
	(void)state;
	/* DOMAIN.md: activerend 2, preventief 4, repressief 9. */
	int count[GROEP__MAX] = { 0 };
	for (int i = 0; i < INS__MAX; i++)
		count[instrument_groep[i]]++;
	assert_int_equal(count[GROEP_ACTIVEREND], 2);
	assert_int_equal(count[GROEP_PREVENTIEF], 4);
	assert_int_equal(count[GROEP_REPRESSIEF], 9);
	assert_int_equal(instrument_groep[INS_STOPGESPREK], GROEP_REPRESSIEF);
	assert_int_equal(instrument_groep[INS_HUISBEZOEK], GROEP_PREVENTIEF);
	assert_int_equal(instrument_groep[INS_LEEFBAARHEIDSFONDS], GROEP_ACTIVEREND);
}

/* ---- the AVE ladder ---- */

static void test_default_regie(void **state)
{
	(void)state;
	assert_int_equal(ave_default_regie(AVE_GROEN), REGIE_BEWONER);
	assert_int_equal(ave_default_regie(AVE_ORANJE), REGIE_SOCIAAL_WIJKTEAM);
	assert_int_equal(ave_default_regie(AVE_ROOD), REGIE_ZORG_EN_VEILIGHEIDSHUIS);
	assert_int_equal(ave_default_regie(AVE_DONKERROOD), REGIE_BURGEMEESTER);
}

struct esc_case {
	enum ave_niveau cur_n;
	enum ave_regie cur_r;
	const char *niveau, *regie, *reden;
	int ok;
	enum ave_niveau want_n;
	enum ave_regie want_r;
	const char *field;          /* the first field with an error, when !ok */
};

static void test_escalation_rules(void **state)
{
	(void)state;
	static const struct esc_case cases[] = {
		/* Up the ladder, regie from the level. */
		{ AVE_GROEN, REGIE_BEWONER, "oranje", NULL, "Geen verbetering na gesprek", 1, AVE_ORANJE, REGIE_SOCIAAL_WIJKTEAM, NULL },
		{ AVE_ORANJE, REGIE_SOCIAAL_WIJKTEAM, "rood", "", "Escalatie", 1, AVE_ROOD, REGIE_ZORG_EN_VEILIGHEIDSHUIS, NULL },
		{ AVE_ROOD, REGIE_ZORG_EN_VEILIGHEIDSHUIS, "donkerrood", NULL, "x", 1, AVE_DONKERROOD, REGIE_BURGEMEESTER, NULL },
		/* Skipping a step is allowed: a crisis does not wait. */
		{ AVE_GROEN, REGIE_BEWONER, "rood", NULL, "Acuut gevaar", 1, AVE_ROOD, REGIE_ZORG_EN_VEILIGHEIDSHUIS, NULL },
		/* De-escalation is kept as history too. */
		{ AVE_ROOD, REGIE_ZORG_EN_VEILIGHEIDSHUIS, "groen", NULL, "Rust teruggekeerd", 1, AVE_GROEN, REGIE_BEWONER, NULL },
		/* Same level, other regie: a change of regie alone. */
		{ AVE_ORANJE, REGIE_SOCIAAL_WIJKTEAM, "oranje", "zorg_en_veiligheidshuis", "Overdracht", 1, AVE_ORANJE, REGIE_ZORG_EN_VEILIGHEIDSHUIS, NULL },
		/* Nothing changes: refused. */
		{ AVE_GROEN, REGIE_BEWONER, "groen", NULL, "reden", 0, 0, 0, "niveau" },
		{ AVE_ORANJE, REGIE_SOCIAAL_WIJKTEAM, "oranje", "sociaal_wijkteam", "reden", 0, 0, 0, "niveau" },
		/* A reason is required; spaces and line breaks are no reason. */
		{ AVE_GROEN, REGIE_BEWONER, "oranje", NULL, NULL, 0, 0, 0, "reden" },
		{ AVE_GROEN, REGIE_BEWONER, "oranje", NULL, " \r\n\t ", 0, 0, 0, "reden" },
		/* Unknown or missing values. */
		{ AVE_GROEN, REGIE_BEWONER, "paars", NULL, "reden", 0, 0, 0, "niveau" },
		{ AVE_GROEN, REGIE_BEWONER, "", NULL, "reden", 0, 0, 0, "niveau" },
		{ AVE_GROEN, REGIE_BEWONER, NULL, NULL, "reden", 0, 0, 0, "niveau" },
		{ AVE_GROEN, REGIE_BEWONER, "oranje", "wijkagent", "reden", 0, 0, 0, "regie" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct esc_case *c = &cases[i];
		struct field_errors errs = { 0 };
		enum ave_niveau n = AVE__MAX;
		enum ave_regie r = REGIE__MAX;
		int rc = dossier_escalation_check(c->cur_n, c->cur_r, c->niveau, c->regie, c->reden, &n, &r, &errs);
		if (c->ok) {
			if (rc != 0)
				fail_msg("case %zu: refused (%s)", i, errs.n ? errs.e[0].message : "?");
			assert_int_equal(n, c->want_n);
			assert_int_equal(r, c->want_r);
		} else {
			if (rc == 0)
				fail_msg("case %zu: accepted", i);
			assert_int_equal(rc, errs.n);
			assert_non_null(field_error_for(&errs, c->field));
			assert_true(strlen(field_error_for(&errs, c->field)) > 10);
		}
	}
}

/* ---- state and closing ---- */

static void test_actions_by_state(void **state)
{
	(void)state;
	const char *why;
	for (int a = 0; a < DA__MAX; a++) {
		int open_ok = dossier_action_allowed(DS_OPEN, (enum dossier_action)a, &why) == 0;
		int closed_ok = dossier_action_allowed(DS_GESLOTEN, (enum dossier_action)a, &why) == 0;
		if (a == DA_HEROPENEN) {
			assert_false(open_ok);
			assert_true(closed_ok);
		} else {
			assert_true(open_ok);
			assert_false(closed_ok);
			assert_non_null(why);
		}
	}
	assert_int_equal(dossier_action_allowed(DS__MAX, DA_NOTITIE, &why), -1);
}

static void test_close_rules(void **state)
{
	(void)state;
	struct field_errors errs = { 0 };
	enum dossier_uitkomst u;

	assert_int_equal(dossier_close_check(DS_OPEN, "ontruiming", &u, &errs), 0);
	assert_int_equal(u, UITKOMST_ONTRUIMING);
	assert_int_equal(errs.n, 0);

	/* Closing needs an outcome. */
	assert_int_equal(dossier_close_check(DS_OPEN, NULL, &u, &errs), 1);
	assert_non_null(field_error_for(&errs, "uitkomst"));
	memset(&errs, 0, sizeof(errs));
	assert_int_equal(dossier_close_check(DS_OPEN, "", &u, &errs), 1);
	memset(&errs, 0, sizeof(errs));
	assert_int_equal(dossier_close_check(DS_OPEN, "uitgezet", &u, &errs), 1);
	assert_non_null(field_error_for(&errs, "uitkomst"));

	/* Not twice. */
	memset(&errs, 0, sizeof(errs));
	assert_true(dossier_close_check(DS_GESLOTEN, "opgelost", &u, &errs) > 0);
	assert_non_null(field_error_for(&errs, "status"));
	assert_string_equal(field_error_for(&errs, "status"), "Dit dossier is al gesloten.");
}

/* ---- letters ---- */

static const char *fill(struct buf *out, const char *tpl, const char *const vals[BV__MAX])
{
	buf_reset(out);
	brief_fill(tpl, vals, out);
	return out->buf;
}

static void test_letter_placeholders(void **state)
{
	(void)state;
	struct buf out = BUF_INIT;
	const char *vals[BV__MAX] = { 0 };
	vals[BV_NAAM] = "mevrouw De Vries";
	vals[BV_ADRES] = "Merelstraat 12, 9994 CA Voorbeeldstad";
	vals[BV_DATUM] = "maandag 2 maart 2026";
	vals[BV_FEITEN] = "Op 1 maart om 23.00 uur harde muziek.";
	vals[BV_REFERENTIE] = "D-2026-00012";
	vals[BV_ORGANISATIE] = "Woonstichting Voorbeeld";
	vals[BV_MEDEWERKER] = "Sanne Sociaal";

	assert_string_equal(fill(&out, "Geachte {{naam}},\n{{feiten}}\nKenmerk {{referentie}}", vals),
			    "Geachte mevrouw De Vries,\nOp 1 maart om 23.00 uur harde muziek.\nKenmerk D-2026-00012");
	/* Every placeholder, twice, with spaces inside the braces. */
	assert_string_equal(fill(&out, "{{ adres }}|{{datum}}|{{organisatie}}|{{medewerker}}|{{naam}}{{naam}}", vals),
			    "Merelstraat 12, 9994 CA Voorbeeldstad|maandag 2 maart 2026|Woonstichting Voorbeeld|"
			    "Sanne Sociaal|mevrouw De Vriesmevrouw De Vries");
	/* What is not ours stays as it was. */
	assert_string_equal(fill(&out, "{{onbekend}} {{ {{naam}} {{Naam}} {{naam} }} {{", vals),
			    "{{onbekend}} {{ mevrouw De Vries {{Naam}} {{naam} }} {{");
	assert_string_equal(fill(&out, "", vals), "");
	assert_string_equal(fill(&out, NULL, vals), "");
	/* A missing value is empty, never "(null)". */
	vals[BV_FEITEN] = NULL;
	assert_string_equal(fill(&out, "[{{feiten}}]", vals), "[]");
	buf_release(&out);
}

static void test_letter_hostile_values(void **state)
{
	(void)state;
	struct buf out = BUF_INIT;
	const char *vals[BV__MAX] = { 0 };
	/* A value holding a placeholder is text: no second round of substitution. */
	vals[BV_NAAM] = "{{feiten}}";
	vals[BV_FEITEN] = "GEHEIM";
	assert_string_equal(fill(&out, "Aan {{naam}}.", vals), "Aan {{feiten}}.");
	/* HTML and quotes pass through unchanged: the page escapes, not the letter. */
	vals[BV_NAAM] = "<script>alert(1)</script>\"'&";
	assert_string_equal(fill(&out, "{{naam}}", vals), "<script>alert(1)</script>\"'&");
	/* A value that ends in an open brace cannot join the template's next braces. */
	vals[BV_NAAM] = "{";
	vals[BV_FEITEN] = "X";
	assert_string_equal(fill(&out, "{{naam}}{feiten}}", vals), "{{feiten}}");
	/* Long values and many placeholders. */
	char big[5000];
	memset(big, 'a', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	vals[BV_FEITEN] = big;
	fill(&out, "{{feiten}}{{feiten}}", vals);
	assert_int_equal(out.len, 2 * (sizeof(big) - 1));
	buf_release(&out);
}

static void test_letter_template_check(void **state)
{
	(void)state;
	char msg[200];
	assert_null(brief_template_check("Geachte {{naam}},\n{{feiten}}", 1000, msg, sizeof(msg)));
	assert_null(brief_template_check("Geen invulplekken, dat mag.", 1000, msg, sizeof(msg)));
	assert_non_null(brief_template_check("", 1000, msg, sizeof(msg)));
	assert_non_null(brief_template_check("  \n ", 1000, msg, sizeof(msg)));
	assert_non_null(brief_template_check(NULL, 1000, msg, sizeof(msg)));
	const char *m = brief_template_check("Geachte {{nam}},", 1000, msg, sizeof(msg));
	assert_non_null(m);
	assert_non_null(strstr(m, "{{nam}}"));
	assert_non_null(brief_template_check("Half {{naam", 1000, msg, sizeof(msg)));
	assert_non_null(brief_template_check("abcdef", 3, msg, sizeof(msg)));
}

/* ---- references ---- */

static void test_reference(void **state)
{
	(void)state;
	char ref[DOSSIER_REF_LEN];
	dossier_reference(2026, 42, ref);
	assert_string_equal(ref, "D-2026-00042");
	assert_true(dossier_reference_valid(ref));
	dossier_reference(2026, 123456, ref);
	assert_string_equal(ref, "D-2026-123456");
	assert_true(dossier_reference_valid(ref));
	assert_false(dossier_reference_valid("D-2026-0042"));
	assert_false(dossier_reference_valid("M-2026-00042"));
	assert_false(dossier_reference_valid("D-26-00042"));
	assert_false(dossier_reference_valid("D-2026-00042 "));
	assert_false(dossier_reference_valid("12"));
	assert_false(dossier_reference_valid(NULL));
}

/* ---- FTS5 quoting ---- */

static void test_fts_query_text(void **state)
{
	(void)state;
	struct buf q = BUF_INIT;
	assert_int_equal(fts_query("overlast-melding", &q), 1);
	assert_string_equal(q.buf, "\"overlast-melding\"*");
	assert_int_equal(fts_query("  AND  OR NOT ", &q), 3);
	assert_string_equal(q.buf, "\"AND\"* \"OR\"* \"NOT\"*");
	assert_int_equal(fts_query("say\"hi", &q), 1);
	assert_string_equal(q.buf, "\"say\"\"hi\"*");
	assert_int_equal(fts_query("\" ( * )", &q), 0);
	assert_string_equal(q.buf, "");
	assert_int_equal(fts_query(NULL, &q), 0);
	assert_int_equal(fts_query("Café", &q), 1);
	/* At most 16 terms. */
	assert_int_equal(fts_query("a b c d e f g h i j k l m n o p q r s", &q), 16);
	buf_release(&q);
}

/* Every hostile query must run as a MATCH without an SQL error. */
static void test_fts_query_runs(void **state)
{
	(void)state;
	static const char *const hostile[] = {
		"overlast-melding", "AND", "OR NOT", "\"", "say\"hi", "NEAR(", "a:b", "col:x", "*", "^x",
		"D-2026-00001", "M-2026-000123", "(x", "x)", "{a b}", "-", "+x", "'", "\\", "a\"\"b", "Merelstraat",
		"ünïcödé", "\xe2\x80\x8b",
	};
	sqlite3 *h;
	sqlite3_stmt *st;
	struct buf q = BUF_INIT;

	assert_int_equal(sqlite3_open(":memory:", &h), SQLITE_OK);
	assert_int_equal(sqlite3_exec(h, "CREATE VIRTUAL TABLE t USING fts5(a, tokenize = 'unicode61 remove_diacritics 2');"
				      "INSERT INTO t(a) VALUES ('D-2026-00001 Merelstraat 12 overlast-melding say\"hi');",
				      NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(h, "SELECT count(*) FROM t WHERE t MATCH ?", -1, &st, NULL), SQLITE_OK);
	for (size_t i = 0; i < sizeof(hostile) / sizeof(hostile[0]); i++) {
		if (fts_query(hostile[i], &q) == 0)
			continue;
		sqlite3_bind_text(st, 1, q.buf, -1, SQLITE_TRANSIENT);
		int rc = sqlite3_step(st);
		if (rc != SQLITE_ROW)
			fail_msg("query %s (%s): %s", hostile[i], q.buf, sqlite3_errmsg(h));
		sqlite3_reset(st);
	}
	/* And the quoting still finds what is there. */
	const char *finds[] = { "D-2026-00001", "merel", "overlast-melding", "say\"hi" };
	for (size_t i = 0; i < sizeof(finds) / sizeof(finds[0]); i++) {
		fts_query(finds[i], &q);
		sqlite3_bind_text(st, 1, q.buf, -1, SQLITE_TRANSIENT);
		assert_int_equal(sqlite3_step(st), SQLITE_ROW);
		if (sqlite3_column_int(st, 0) != 1)
			fail_msg("%s does not find the row", finds[i]);
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	sqlite3_close(h);
	buf_release(&q);
}

/* ---- the store's scope against the matrix, on a real database ---- */

static char dir[] = "/tmp/leefbaar-dossier-XXXXXX";
static struct db *db;
static int64_t wijk_a, wijk_b, owner, melding_id;
static int64_t dossiers[4];                 /* A, A gevoelig, B, B gevoelig */
static const int64_t *wijk_of[4] = { &wijk_a, &wijk_a, &wijk_b, &wijk_b };
static const int gevoelig_of[4] = { 0, 1, 0, 1 };
static const enum role staff[] = {
	ROLE_WIJKBEHEERDER, ROLE_SOCIAAL_BEHEERDER, ROLE_LEEFBAARHEIDSMEDEWERKER, ROLE_ONDERSTEUNER, ROLE_COORDINATOR,
};
static int64_t users[sizeof(staff) / sizeof(staff[0])];

static int exec(const char *sql)
{
	if (sqlite3_exec(db_handle(db), sql, NULL, NULL, NULL) != SQLITE_OK) {
		fprintf(stderr, "fixture: %s\n  in %s\n", sqlite3_errmsg(db_handle(db)), sql);
		return -1;
	}
	return 0;
}

static int db_setup(void **state)
{
	(void)state;
	char path[128], sql[600];

	log_set_level(LOG_WARN);
	if (!mkdtemp(dir))
		return -1;
	snprintf(path, sizeof(path), "%s/dossier.db", dir);
	db = db_open(path, 5000);
	if (!db || migrate_run(db, "migrations") < 0)
		return -1;
	/* Two wijken, a complex in each (a dossier's subject), an owner in wijk A. */
	if (exec("INSERT INTO area(code, naam, soort, parent_id) VALUES ('WK000001', 'A', 'wijk', NULL),"
		 " ('WK000002', 'B', 'wijk', NULL); UPDATE area SET wijk_id = id;"
		 "INSERT INTO area(code, naam, soort, parent_id, wijk_id) SELECT 'C-' || code, 'Complex ' || naam,"
		 " 'complex', id, id FROM area WHERE soort = 'wijk';"
		 "INSERT INTO user(email, naam, role, password_hash, created_at) VALUES"
		 " ('eigenaar@x', 'Eigenaar', 'sociaal_beheerder', 'x', 0);"
		 "INSERT INTO user_area(user_id, area_id) SELECT u.id, a.id FROM user u, area a"
		 " WHERE u.email = 'eigenaar@x' AND a.code = 'WK000001';") < 0)
		return -1;
	wijk_a = db_int(db, "SELECT id FROM area WHERE code = 'WK000001'", 0, NULL);
	wijk_b = db_int(db, "SELECT id FROM area WHERE code = 'WK000002'", 0, NULL);
	owner = db_int(db, "SELECT id FROM user WHERE email = 'eigenaar@x'", 0, NULL);
	/* One user per staff role, each bound to wijk A. */
	for (size_t i = 0; i < sizeof(staff) / sizeof(staff[0]); i++) {
		snprintf(sql, sizeof(sql), "INSERT INTO user(email, naam, role, password_hash, created_at) VALUES"
			 " ('%s@x', '%s', '%s', 'x', 0); INSERT INTO user_area(user_id, area_id)"
			 " VALUES (last_insert_rowid(), %lld);", role_ids[staff[i]], role_ids[staff[i]],
			 role_ids[staff[i]], (long long)wijk_a);
		if (exec(sql) < 0)
			return -1;
		snprintf(sql, sizeof(sql), "SELECT id FROM user WHERE email = '%s@x'", role_ids[staff[i]]);
		users[i] = db_int(db, sql, 0, NULL);
	}
	/* Four dossiers, made the way the pages make them. */
	for (int i = 0; i < 4; i++) {
		struct dossier_new n = { 0 };
		char ref[DOSSIER_REF_LEN];
		n.complex_id = db_int(db, "SELECT id FROM area WHERE soort = 'complex' AND wijk_id = ?", 0, "I", *wijk_of[i]);
		n.wijk_id = *wijk_of[i];
		n.onderwerp_tekst = "Complex";
		n.huishouden = "Huishouden";
		n.pijler = PIJLER_SAMEN_WONEN;
		n.gevoelig = gevoelig_of[i];
		n.owner_id = owner;
		n.now = 1770000000;
		n.year = 2026;
		if (db_begin(db) < 0 || dossier_insert(db, &n, ref, &dossiers[i]) != STORE_OK || db_commit(db) < 0)
			return -1;
	}
	/* A melding in wijk A, linked to the gevoelig dossier there. */
	snprintf(sql, sizeof(sql),
		 "INSERT INTO melding(referentie, jaar, volgnummer, ontvangen_op, ontvangen_dag, geregistreerd_op, kanaal,"
		 " category_id, omschrijving, wijk_id, bevestigen_dag, terugkoppelen_dag, streef_dag)"
		 " VALUES ('M-2026-000001', 2026, 1, 1770000000, 20486, 1770000000, 'telefoon',"
		 " (SELECT id FROM category WHERE code = 'geluid'), 'x', %lld, 20488, 20500, 20493)", (long long)wijk_a);
	if (exec(sql) < 0)
		return -1;
	melding_id = db_last_id(db);
	if (db_begin(db) < 0 || dossier_link(db, dossiers[1], melding_id, 1770000000, owner) != STORE_OK ||
	    dossier_event_add(db, dossiers[1], 1770000000, owner, "gekoppeld", "M-2026-000001") != STORE_OK ||
	    db_commit(db) < 0)
		return -1;
	return 0;
}

static int db_teardown(void **state)
{
	(void)state;
	char cmd[200];
	db_close(db);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

/* Staff member i, bound to wijk A (the dossiers' viewer scopes by the user's areas in SQL). */
static void actor_of(struct actor *s, size_t i)
{
	*s = (struct actor){ .role = staff[i], .user_id = users[i], .ip = "test" };
}

/* The matrix's answer for one dossier, as dossier_load_for() asks it. */
static int allowed(const struct actor *s, int d, int member)
{
	const struct scope sc = { *wijk_of[d] == wijk_a, gevoelig_of[d], member, 0 };
	return policy_check(s, ACT_DOSSIER_READ, &sc) == VERDICT_ALLOW;
}

static int listed(const struct actor *s, int d, const char *q)
{
	struct arena a = ARENA_INIT;
	struct dossier_filter f;
	struct dossier_page pg;
	int found = 0;

	dossier_filter_clear(&f);
	dossier_viewer_init(&f.viewer, s, ACT_DOSSIER_READ);
	f.q = q;
	assert_int_equal(dossier_list(db, &a, &f, 1, &pg), STORE_OK);
	for (int i = 0; i < pg.n; i++)
		found |= pg.rows[i].id == dossiers[d];
	assert_true(pg.total >= pg.n);
	arena_release(&a);
	return found;
}

static void test_scope_follows_the_matrix(void **state)
{
	(void)state;
	char sql[200];
	int checked = 0;

	for (size_t i = 0; i < sizeof(staff) / sizeof(staff[0]); i++) {
		struct actor s;
		actor_of(&s, i);
		for (int member = 0; member <= 1; member++) {
			for (int d = 0; d < 4; d++) {
				snprintf(sql, sizeof(sql), member
					 ? "INSERT OR IGNORE INTO dossier_member(dossier_id, user_id, toegevoegd_op) VALUES (%lld, %lld, 0)"
					 : "DELETE FROM dossier_member WHERE dossier_id = %lld AND user_id = %lld",
					 (long long)dossiers[d], (long long)users[i]);
				assert_int_equal(exec(sql), 0);
			}
			for (int d = 0; d < 4; d++) {
				int want = allowed(&s, d, member);
				if (listed(&s, d, NULL) != want || listed(&s, d, "Huishouden") != want)
					fail_msg("%s (%s): dossier %d (wijk %s, %s) listed %d, the matrix says %d",
						 role_ids[staff[i]], member ? "member" : "not in the team", d,
						 d < 2 ? "own" : "other", gevoelig_of[d] ? "gevoelig" : "gewoon",
						 listed(&s, d, NULL), want);
				checked++;
			}
			/* The melding's link: named only to whoever may read its gevoelig dossier. */
			struct arena a = ARENA_INIT;
			const char *ref = dossier_ref_visible(db, &a, &s, melding_id);
			int want = allowed(&s, 1, member);
			assert_int_equal(ref != NULL, want);
			struct dossier_link *links;
			assert_int_equal(dossier_links_visible(db, &a, &s, melding_id, &links), want);
			assert_int_equal(dossier_melding_history_visible(db, &s, melding_id), want);
			arena_release(&a);
		}
	}
	assert_int_equal(checked, 5 * 2 * 4);
	/* Spot checks of what the matrix says, so this test cannot pass by agreeing with a broken matrix. */
	struct actor wb, sb, os;
	actor_of(&wb, 0);
	actor_of(&sb, 1);
	actor_of(&os, 3);
	assert_false(allowed(&wb, 1, 0));      /* wijkbeheerder, own wijk, gevoelig */
	assert_true(allowed(&wb, 0, 0));
	assert_true(allowed(&sb, 1, 0));       /* sociaal beheerder, own wijk, gevoelig */
	assert_false(allowed(&sb, 2, 0));      /* another wijk */
	assert_false(allowed(&os, 3, 0));      /* ondersteuner: never gevoelig */
	assert_true(allowed(&os, 2, 0));
}

static void test_history_after_unlink(void **state)
{
	(void)state;
	struct actor wb;
	actor_of(&wb, 0);
	assert_int_equal(exec("DELETE FROM dossier_member"), 0);
	/* Unlinked: the history still names a gevoelig dossier, so still hidden. */
	assert_int_equal(dossier_unlink(db, dossiers[1], melding_id), STORE_OK);
	assert_int_equal(dossier_melding_history_visible(db, &wb, melding_id), 0);
	struct arena a = ARENA_INIT;
	assert_null(dossier_ref_visible(db, &a, &wb, melding_id));
	arena_release(&a);
	/* A melding never linked anywhere has nothing to hide. */
	assert_int_equal(dossier_melding_history_visible(db, &wb, 999999), 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_closed_sets_round_trip),
		cmocka_unit_test(test_outcomes_are_the_issue_list),
		cmocka_unit_test(test_instruments_by_group),
		cmocka_unit_test(test_default_regie),
		cmocka_unit_test(test_escalation_rules),
		cmocka_unit_test(test_actions_by_state),
		cmocka_unit_test(test_close_rules),
		cmocka_unit_test(test_letter_placeholders),
		cmocka_unit_test(test_letter_hostile_values),
		cmocka_unit_test(test_letter_template_check),
		cmocka_unit_test(test_reference),
		cmocka_unit_test(test_fts_query_text),
		cmocka_unit_test(test_fts_query_runs),
	};
	const struct CMUnitTest store_tests[] = {
		cmocka_unit_test(test_scope_follows_the_matrix),
		cmocka_unit_test(test_history_after_unlink),
	};
	int failed = cmocka_run_group_tests_name("dossier", tests, NULL, NULL);
	return failed + cmocka_run_group_tests_name("dossier_store", store_tests, db_setup, db_teardown);
}
