/*
 * beheer_lbm.c - /beheer/leefbaarometer (see beheer_lbm.h).
 *
 * An upload is checked and, when every row is good, stored at once: the
 * table changes nothing but the scores, and a wrong file is undone by
 * loading the right one (the same years are replaced). A refused file
 * stores nothing and the page lists every bad line. The page also lists
 * the column names the reader knows (domain/lbm.c's lbm_columns), so the
 * documentation cannot drift from the code.
 */
#include "web/beheer_lbm.h"
#include "app/lbm.h"
#include "auth/csrf.h"
#include "config.h"
#include "db/db.h"
#include "http/http.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "render/form.h"
#include "render/page.h"
#include "render/tpl.h"
#include "render/when.h"
#include "store/lbm.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define IMPORTS_SHOWN 20

/* After a load the page shows its record (?ingelezen=ID). */
const struct field_spec beheer_lbm_fields[] = {
	{ .name = "ingelezen", .from = IN_QUERY, .type = FT_INT, .min = 1, .max = INT64_MAX },
	FIELDS_END
};

static const char *const kolom_uitleg[LBMK__MAX] = {
	[LBMK_CODE] = "CBS-code van de wijk (WK…) of buurt (BU…)",
	[LBMK_JAAR] = "jaar van de meting",
	[LBMK_SCORE] = "totaalscore (alleen getoond)",
	[LBMK_AFW] = "afwijking van de totaalscore van het landelijk gemiddelde",
	[LBMK_KLASSE] = "klasse 1–9 van de totaalscore",
	[LBMK_WON] = "woningvoorraad (afwijking)",
	[LBMK_WON_K] = "klasse woningvoorraad",
	[LBMK_FYS] = "fysieke omgeving (afwijking)",
	[LBMK_FYS_K] = "klasse fysieke omgeving",
	[LBMK_VRZ] = "voorzieningen (afwijking)",
	[LBMK_VRZ_K] = "klasse voorzieningen",
	[LBMK_SOC] = "sociale samenhang (afwijking)",
	[LBMK_SOC_K] = "klasse sociale samenhang",
	[LBMK_ONV] = "overlast en onveiligheid (afwijking)",
	[LBMK_ONV_K] = "klasse overlast en onveiligheid",
};

static void show_columns(struct req *req, struct tpl_dict *d)
{
	for (int c = 0; c < LBMK__MAX; c++) {
		struct tpl_dict *k = tpl_section(d, "KOLOM");
		char names[200];
		size_t used = 0;
		names[0] = '\0';
		for (int a = 0; a < LBM_ALIASES_MAX && lbm_columns[c][a] && used < sizeof(names); a++)
			used += (size_t)snprintf(names + used, sizeof(names) - used, "%s%s", a ? ", " : "", lbm_columns[c][a]);
		tpl_set(k, "NAAM", lbm_columns[c][0]);
		tpl_set(k, "NAMEN", arena_strdup(&req->arena, names));
		tpl_set(k, "UITLEG", kolom_uitleg[c]);
	}
	for (int i = 1; i <= 9; i++) {
		struct tpl_dict *k = tpl_section(d, "KLASSE");
		tpl_set_int(k, "N", i);
		tpl_set(k, "LABEL", lbm_klasse_label(i));
	}
}

static int show_stored(struct req *req, struct db *db, struct tpl_dict *d)
{
	struct lbm_jaar_count *jaren;
	struct lbm_import_rec rec[IMPORTS_SHOWN];
	char when[WHEN_LEN];
	int nj = lbm_store_jaren(db, &req->arena, &jaren);
	int ni = lbm_store_imports(db, &req->arena, IMPORTS_SHOWN, rec);

	if (nj < 0 || ni < 0)
		return -1;
	if (!nj)
		tpl_show(d, "GEEN_SCORES");
	else {
		struct tpl_dict *t = tpl_section(d, "SCORES");
		for (int i = 0; i < nj; i++) {
			struct tpl_dict *x = tpl_section(t, "JAAR");
			tpl_set_int(x, "JAAR", jaren[i].jaar);
			tpl_set_int(x, "RIJEN", jaren[i].rijen);
		}
	}
	if (ni) {
		struct tpl_dict *t = tpl_section(d, "IMPORTS");
		for (int i = 0; i < ni; i++) {
			struct tpl_dict *x = tpl_section(t, "IMPORT");
			when_format(rec[i].op, when);
			tpl_set(x, "WANNEER", when);
			tpl_set(x, "DOOR", rec[i].door[0] ? rec[i].door : "opdrachtregel of demo");
			tpl_set(x, "BESTAND", rec[i].bestandsnaam);
			tpl_set_int(x, "RIJEN", rec[i].rijen);
			tpl_set(x, "JAREN", rec[i].jaren);
		}
	}
	return 0;
}

static void flash(struct req *req, struct db *db)
{
	struct lbm_import_rec rec;
	int64_t id;

	if (!input_value(req, "ingelezen", &id) || lbm_store_import_get(db, &req->arena, id, &rec) != STORE_OK)
		return;
	struct tpl_dict *fl = tpl_section(req->page, "FLASH");
	tpl_set(fl, "FLASH_KIND", "ok");
	tpl_set(fl, "FLASH_TEXT", arena_printf(&req->arena, "%s is ingelezen: %d %s (%s).", rec.bestandsnaam, rec.rijen,
					      rec.rijen == 1 ? "regel" : "regels", rec.jaren));
}

/* The page; res: a refused file whose errors it lists (NULL: none). */
static int lbm_page(struct req *req, int status, const char *error, const struct lbm_import_result *res,
		    const char *bestandsnaam)
{
	struct db *db = db_thread();
	struct tpl_dict *d = page_new(req, "Leefbaarometer", "beheer_leefbaarometer.tpl");
	struct form f = FORM_INIT(d);

	if (!db)
		return http_unavailable(req, NULL);
	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	tpl_set_int(d, "MAX_MB", LBM_MAX_MB < req->cfg->upload_file_mb ? LBM_MAX_MB : req->cfg->upload_file_mb);
	if (error)
		form_error(&f, "bestand", error);
	if (res && res->file.n_errors_total) {
		struct tpl_dict *e = tpl_section(d, "FOUTEN");
		tpl_set(e, "BESTAND", bestandsnaam);
		tpl_set_int(e, "N", (long long)res->file.n_errors_total);
		for (size_t i = 0; i < res->file.n_errors; i++) {
			struct tpl_dict *x = tpl_section(e, "FOUT");
			if (res->file.errors[i].line)
				tpl_set_int(tpl_section(x, "REGEL"), "LINE", res->file.errors[i].line);
			tpl_set(x, "MSG", res->file.errors[i].msg);
		}
		if (res->file.n_errors_total > res->file.n_errors)
			tpl_set_int(tpl_section(e, "MEER"), "N", (long long)(res->file.n_errors_total - res->file.n_errors));
	}
	if (!error)
		flash(req, db);
	if (show_stored(req, db, d) < 0)
		return http_unavailable(req, NULL);
	show_columns(req, d);
	return page_send(req, status);
}

int handle_beheer_lbm(struct req *req)
{
	return lbm_page(req, 200, NULL, NULL, NULL);
}

/* The client's name for the file, cut to NAAM_MAX bytes at a character boundary: it is stored and shown. */
#define NAAM_MAX 120
static const char *bestandsnaam(struct req *req, const struct upload *file)
{
	const char *n = file->filename && file->filename[0] ? file->filename : "leefbaarometer.csv";
	size_t len = strlen(n);

	if (len <= NAAM_MAX)
		return n;
	len = NAAM_MAX;
	while (len && ((unsigned char)n[len] & 0xc0) == 0x80)
		len--;
	return arena_strndup(&req->arena, n, len);
}

int handle_beheer_lbm_upload(struct req *req)
{
	struct upload *file = NULL;
	struct lbm_import_result res;
	size_t len;

	for (struct upload *u = req->uploads; u; u = u->next)
		if (!strcmp(u->field, "bestand"))
			file = u;
	if (!file || (!file->size && !file->dropped))
		return lbm_page(req, 422, "Kies het CSV-bestand met de scores van de Leefbaarometer.", NULL, NULL);
	if (file->dropped)
		return lbm_page(req, 422, file->drop_reason ? file->drop_reason : "Dit bestand kon niet worden gelezen.",
				NULL, NULL);
	char *text = upload_read(file, &len, "lbm");
	if (!text)
		return lbm_page(req, 422, "Dit bestand kon niet worden gelezen.", NULL, NULL);
	const char *naam = bestandsnaam(req, file);
	enum app_result r = lbm_import(db_thread(), http_actor(req), text, len, naam, clock_now(), &res);
	free(text);
	if (r == APP_INVALID) {
		const char *msg = arena_printf(&req->arena, "Het bestand is niet ingelezen: %zu %s, zie de lijst hieronder. "
					       "Er is niets opgeslagen.", res.file.n_errors_total,
					       res.file.n_errors_total == 1 ? "fout" : "fouten");
		int rc = lbm_page(req, 422, msg, &res, naam);
		lbm_import_release(&res);
		return rc;
	}
	int64_t id = res.import_id;
	lbm_import_release(&res);
	if (r != APP_OK)
		return http_unavailable(req, NULL);
	return http_redirect(req, arena_printf(&req->arena, "/beheer/leefbaarometer?ingelezen=%lld", (long long)id));
}
