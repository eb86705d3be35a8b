/*
 * beheer_gebieden.c - /beheer/gebieden: the areas and the address register
 * for the beheerder (see beheer_gebieden.h for the routes).
 *
 * An upload is checked and previewed before anything is stored. The
 * preview runs the real import inside a transaction and rolls it back, so
 * its counts (new, changed, missing, meldingen placed) are what confirming
 * will do. The checked file waits in data_dir/tmp under a random name that
 * also holds the kind and the beheerder's user id, for an hour; confirming
 * claims it by renaming it (so a double click imports once), reads and
 * checks it again against the database as it is then, and stores it in one
 * transaction with its audit row.
 *
 * The routes' field specs are written beside their handlers (declared in
 * beheer_gebieden.h).
 */
#include "web/beheer_gebieden.h"
#include "auth/csrf.h"
#include "auth/secret.h"
#include "auth/session.h"
#include "config.h"
#include "db/db.h"
#include "domain/area.h"
#include "domain/areaimport.h"
#include "web/beheer.h"
#include "http/http.h"
#include "lib/log.h"
#include "lib/xalloc.h"
#include "render/form.h"
#include "render/page.h"
#include "render/tpl.h"
#include "render/when.h"
#include "store/area.h"
#include "store/areaimport.h"
#include "lib/clock.h"
#include "lib/parse.h"
#include "domain/validate.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define PENDING_SECONDS 3600            /* how long a previewed file waits for its confirmation */
#define TOKEN_BYTES 24                  /* 192 random bits, 32 base64url characters */
#define TOKEN_LEN 32
#define PENDING_PREFIX "areaimport-"
#define BESTANDSNAAM_MAX 200

#define COUNT_MAX 999999999999LL         /* the counts in the query after an import: 12 digits */

static const char *const change_labels[] = {
	[CHANGE_ADDED] = "Nieuw", [CHANGE_UPDATED] = "Bijwerken", [CHANGE_UNCHANGED] = "Ongewijzigd",
};

/* ---- the page: tree, register, upload form ------------------------------ */

/* The upload form (a partial, also under a refused file); returns its dictionary for form errors. */
static struct tpl_dict *upload_form(struct req *req, struct tpl_dict *d, int kind)
{
	struct tpl_dict *u = tpl_include(d, "UPLOAD", "beheer_gebieden_upload.tpl");

	tpl_set(u, "CSRF_TOKEN", csrf_token(req));
	tpl_set_int(u, "MAX_MB", AREAIMPORT_MAX_MB < req->cfg->upload_file_mb ? AREAIMPORT_MAX_MB
									      : req->cfg->upload_file_mb);
	if (kind == AREAIMPORT_GEBIEDEN)
		tpl_show(u, "GEBIEDEN_CHECKED");
	else if (kind == AREAIMPORT_ADRESSEN)
		tpl_show(u, "ADRESSEN_CHECKED");
	return u;
}

/* What the redirect after an import or a save says, for the confirmation above the page. */
#define COUNT(n) { .name = (n), .from = IN_QUERY, .type = FT_INT, .min = 0, .max = COUNT_MAX }
const struct field_spec beheer_gebieden_fields[] = {
	{ .name = "ingelezen", .from = IN_QUERY, .type = FT_ENUM, .max = AREAIMPORT__MAX, .choices = areaimport_kind_ids },
	COUNT("toegevoegd"), COUNT("bijgewerkt"), COUNT("ontbreekt"), COUNT("geplaatst"),
	{ .name = "opgeslagen", .from = IN_QUERY, .type = FT_BOOL },
	FIELDS_END
};

static void import_flash(struct req *req)
{
	int64_t kind, a, b, m, p;

	if (input_value(req, "ingelezen", &kind) && input_value(req, "toegevoegd", &a) &&
	    input_value(req, "bijgewerkt", &b) && input_value(req, "ontbreekt", &m) && input_value(req, "geplaatst", &p))
		beheer_flash(req, arena_printf(&req->arena, "Het %s is ingelezen: toegevoegd %lld, bijgewerkt %lld, "
					       "ontbreekt %lld, meldingen geplaatst %lld.", areaimport_kind_files[kind],
					       (long long)a, (long long)b, (long long)m, (long long)p));
	else if (input_has(req, "opgeslagen"))
		beheer_flash(req, "Het gebied is opgeslagen.");
}

/* The tree: a table per wijk, its buurten each followed by their complexen. */
static int fill_tree(struct tpl_dict *d, struct db *db)
{
	struct area *list;
	struct tpl_dict *group = NULL, *table = NULL;
	const char *wijk = "";
	int n = area_list(db, &list);

	if (n < 0)
		return -1;
	for (int i = 0; i < n; i++) {
		const struct area *a = &list[i];
		if (a->soort == AREA_WIJK || !group) {
			if (group && !table)
				tpl_show(group, "NO_AREAS");
			group = tpl_section(d, "WIJK");
			table = NULL;
			wijk = a->soort == AREA_WIJK ? a->naam : "geen wijk";
			if (a->soort == AREA_WIJK) {
				struct tpl_dict *h = tpl_section(group, "WIJK_HEAD");
				tpl_set(h, "NAAM", a->naam);
				tpl_set(h, "CODE", a->code);
				tpl_setf(h, "HREF", "/beheer/gebieden/%lld", (long long)a->id);
				tpl_set_int(h, "WONINGEN", a->woningen);
				tpl_set_int(h, "ADRESSEN", a->adressen);
				continue;
			}
			tpl_show(group, "NO_WIJK_HEAD");
		}
		if (!table) {
			table = tpl_section(group, "TABLE");
			tpl_setf(table, "TABLE_ID", "gebieden-%d", i);
			tpl_set(table, "WIJK_NAAM", wijk);
		}
		struct tpl_dict *row = tpl_section(table, "AREA");
		tpl_set(row, "NAAM", a->naam);
		tpl_setf(row, "HREF", "/beheer/gebieden/%lld", (long long)a->id);
		tpl_set(row, "SOORT", area_soort_labels[a->soort]);
		tpl_set(row, "CODE", a->code);
		tpl_set(row, "LIGT_IN", a->parent_code);
		tpl_set_int(row, "WONINGEN", a->woningen);
		tpl_set_int(row, "ADRESSEN", a->adressen);
		if (a->soort == AREA_COMPLEX)
			tpl_show(row, "IS_COMPLEX");
	}
	if (group && !table)
		tpl_show(group, "NO_AREAS");
	if (!n)
		tpl_show(d, "EMPTY");
	free(list);
	return 0;
}

/* The whole page; upload_kind preselects the upload form's kind (-1: none). */
static struct tpl_dict *gebieden_page(struct req *req, struct db *db, int upload_kind, struct tpl_dict **upload)
{
	struct tpl_dict *d = page_new(req, "Gebieden", "beheer_gebieden.tpl");
	struct register_counts rc;

	*upload = upload_form(req, d, upload_kind);
	if (area_register_counts(db, &rc) == STORE_OK) {
		struct tpl_dict *r = tpl_section(d, "REGISTER");
		tpl_set_int(r, "ADRESSEN", rc.adressen);
		if (rc.ontbreekt)
			tpl_set_int(tpl_section(r, "HAS_ONTBREEKT"), "ONTBREEKT", rc.ontbreekt);
	}
	if (fill_tree(d, db) < 0)
		return NULL;
	return d;
}

int handle_beheer_gebieden(struct req *req)
{
	struct db *db = db_thread();
	struct tpl_dict *upload;

	if (!db)
		return http_unavailable(req, NULL);
	if (!gebieden_page(req, db, -1, &upload))
		return http_unavailable(req, NULL);
	import_flash(req);
	return page_send(req, 200);
}

/* ---- waiting files ------------------------------------------------------ */

/* Which file an upload is: gebieden or adressen (a radio button; a hidden field when confirming). */
#define KIND_FIELD { .name = "soort", .from = IN_FORM, .type = FT_ENUM, .max = AREAIMPORT__MAX, \
		     .choices = areaimport_kind_ids, .message = KIND_MESSAGE }
#define KIND_MESSAGE "Kies welk bestand dit is: gebieden of adressen."

/* The posted kind, or -1. */
static int posted_kind(struct req *req)
{
	int64_t kind;

	return input_value(req, "soort", &kind) ? (int)kind : -1;
}

static int token_ok(const char *t)
{
	size_t n = t ? strlen(t) : 0;

	if (n != TOKEN_LEN)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = t[i];
		if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
		      c == '_'))
			return 0;
	}
	return 1;
}

static const char *pending_path(struct req *req, int kind, const char *token, const char *suffix)
{
	return arena_printf(&req->arena, "%s/tmp/" PENDING_PREFIX "%s-%lld-%s.csv%s", req->cfg->data_dir,
			    areaimport_kind_ids[kind], (long long)req->session->user_id, token, suffix);
}

/* Removes waiting files older than an hour: previews nobody confirmed, and claims a crash left. */
static void expire_pending(struct req *req, time_t now)
{
	const char *dir = arena_printf(&req->arena, "%s/tmp", req->cfg->data_dir);
	DIR *dh = opendir(dir);
	struct dirent *e;

	if (!dh)
		return;
	while ((e = readdir(dh))) {
		struct stat sb;
		if (strncmp(e->d_name, PENDING_PREFIX, strlen(PENDING_PREFIX)))
			continue;
		if (fstatat(dirfd(dh), e->d_name, &sb, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(sb.st_mode) &&
		    now - sb.st_mtime > PENDING_SECONDS)
			unlinkat(dirfd(dh), e->d_name, 0);
	}
	closedir(dh);
}

/*
 * Reads a file of at most AREAIMPORT_MAX_BYTES whole (caller frees *out).
 * A bigger file is not read: *out is NULL and *len its size, which the
 * parser refuses with its message.
 */
static int read_file(const char *path, char **out, size_t *len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	struct stat sb;
	size_t got = 0;

	*out = NULL;
	*len = 0;
	if (fd < 0)
		return -1;
	if (fstat(fd, &sb) < 0 || !S_ISREG(sb.st_mode)) {
		close(fd);
		return -1;
	}
	if ((uint64_t)sb.st_size > AREAIMPORT_MAX_BYTES) {
		*len = (size_t)sb.st_size;
		close(fd);
		return 0;
	}
	*out = xmalloc((size_t)sb.st_size + 1);
	while (got < (size_t)sb.st_size) {
		ssize_t n = read(fd, *out + got, (size_t)sb.st_size - got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	close(fd);
	if (got != (size_t)sb.st_size) {
		log_error("read %s: short read", path);
		free(*out);
		*out = NULL;
		return -1;
	}
	*len = got;
	return 0;
}

/* ---- the preview ---------------------------------------------------------- */

static void show_errors(struct req *req, struct tpl_dict *d, const struct areaimport *imp)
{
	struct tpl_dict *f = tpl_section(d, "FOUTEN");

	if (imp->n_errors_total == 1)
		tpl_set(f, "FOUTEN_ZIN", "staat 1 fout");
	else
		tpl_setf(f, "FOUTEN_ZIN", "staan %zu fouten", imp->n_errors_total);
	/* The usual cause of unknown areas: the adressen file came before its gebieden file. */
	for (size_t i = 0; i < imp->n_errors; i++)
		if (!strncmp(imp->errors[i].msg, "onbekende buurt ", 16) ||
		    !strncmp(imp->errors[i].msg, "onbekend complex ", 17)) {
			tpl_show(f, "ADRESSEN_HINT");
			break;
		}
	for (size_t i = 0; i < imp->n_errors; i++) {
		struct tpl_dict *e = tpl_section(f, "FOUT");
		if (imp->errors[i].line)
			tpl_set_int(tpl_section(e, "REGEL"), "LINE", imp->errors[i].line);
		tpl_set(e, "MSG", imp->errors[i].msg);
	}
	if (imp->n_errors_total > imp->n_errors)
		tpl_set_int(tpl_section(f, "MEER"), "N", (long long)(imp->n_errors_total - imp->n_errors));
	upload_form(req, f, (int)imp->kind);
}

static void show_rows(struct tpl_dict *d, const struct areaimport *imp, const struct areaimport_counts *c)
{
	size_t n = imp->n_rows < AREAIMPORT_PREVIEW_ROWS ? imp->n_rows : AREAIMPORT_PREVIEW_ROWS;
	struct tpl_dict *t = tpl_section(d, imp->kind == AREAIMPORT_GEBIEDEN ? "GEBIEDEN_ROWS" : "ADRESSEN_ROWS");

	tpl_set_int(t, "N", (long long)n);
	for (size_t i = 0; i < n; i++) {
		struct tpl_dict *r = tpl_section(t, "ROW");
		tpl_set(r, "WAT", change_labels[c->first[i]]);
		if (imp->kind == AREAIMPORT_GEBIEDEN) {
			const struct area_row *a = &imp->areas[i];
			tpl_set_int(r, "LINE", a->line);
			tpl_set(r, "CODE", a->code);
			tpl_set(r, "NAAM", a->naam);
			tpl_set(r, "SOORT", area_soort_labels[a->soort]);
			if (a->parent[0])
				tpl_set(tpl_section(r, "HAS_PARENT"), "BOVENLIGGEND", a->parent);
			tpl_set_int(r, "WONINGEN", a->woningen);
		} else {
			const struct address_row *a = &imp->addresses[i];
			tpl_set_int(r, "LINE", a->line);
			tpl_setf(r, "ADRES", "%s %d%s%s", a->straat, a->huisnummer, a->toevoeging[0] ? " " : "",
				 a->toevoeging);
			tpl_set(r, "POSTCODE", a->postcode);
			tpl_set(r, "WOONPLAATS", a->woonplaats);
			tpl_set(r, "BUURT", a->buurt);
			if (a->complex[0])
				tpl_set(tpl_section(r, "HAS_COMPLEX"), "COMPLEX", a->complex);
			if (a->bag_id[0])
				tpl_set(tpl_section(r, "HAS_BAG"), "BAG_ID", a->bag_id);
		}
	}
}

static void show_counts(struct tpl_dict *d, const struct areaimport *imp, const struct areaimport_counts *c,
			const struct register_counts *before)
{
	struct tpl_dict *ok = tpl_section(d, "OK");

	tpl_set_int(ok, "N_RIJEN", (long long)imp->n_rows);
	tpl_set_int(ok, "TOEGEVOEGD", c->added);
	tpl_set_int(ok, "BIJGEWERKT", c->updated);
	tpl_set_int(ok, "ONGEWIJZIGD", c->unchanged);
	tpl_set_int(ok, "GEPLAATST", c->placed);
	if (imp->kind == AREAIMPORT_ADRESSEN) {
		tpl_set_int(tpl_section(ok, "ADRESSEN_KIND"), "ONTBREEKT", c->missing);
		/* An address file that leaves out a good part of the register is more likely a partial export. */
		if (c->missing && c->missing * 10 >= before->adressen) {
			struct tpl_dict *w = tpl_section(ok, "MISSING_WARNING");
			tpl_set_int(w, "ONTBREEKT", c->missing);
			tpl_set_int(w, "REGISTER", before->adressen);
		}
	}
}

static struct tpl_dict *preview_page(struct req *req, int kind, const char *bestandsnaam)
{
	struct tpl_dict *d = page_new(req, kind == AREAIMPORT_GEBIEDEN ? "Controle gebiedenbestand"
									 : "Controle adressenbestand",
				      "beheer_gebieden_preview.tpl");

	tpl_set(d, "HEADING", kind == AREAIMPORT_GEBIEDEN ? "Controle van het gebiedenbestand"
							  : "Controle van het adressenbestand");
	tpl_set(d, "BESTAND", areaimport_kind_files[kind]);
	tpl_set(d, "BESTANDSNAAM", bestandsnaam);
	return d;
}

/* The file the beheerder chose: the first part of field "bestand", or NULL. */
static struct upload *chosen_file(struct req *req)
{
	for (struct upload *u = req->uploads; u; u = u->next)
		if (!strcmp(u->field, "bestand") && (u->path || u->drop_reason))
			return u;
	return NULL;
}

/* The index page again with the upload form's errors; 422. */
static int upload_refused(struct req *req, struct db *db, int kind, const char *soort_msg, const char *file_msg)
{
	struct tpl_dict *upload;

	if (!gebieden_page(req, db, kind, &upload))
		return http_unavailable(req, NULL);
	struct form f = FORM_INIT(upload);
	if (soort_msg)
		form_error(&f, "soort-gebieden", soort_msg);
	if (file_msg)
		form_error(&f, "bestand", file_msg);
	return page_send(req, 422);
}

/* The file itself is read from req->uploads (chosen_file()). */
const struct field_spec beheer_gebieden_import_fields[] = {
	KIND_FIELD,
	{ .name = "bestand", .from = IN_FORM, .type = FT_FILE },
	FIELDS_END
};

/*
 * Keeps the checked file u for the confirmation under a random name (the
 * request would remove it at its end) and shows the confirmation form;
 * -1 (logged) when it could not be kept.
 */
static int keep_for_confirmation(struct req *req, struct tpl_dict *d, struct upload *u, int kind, const char *naam)
{
	char token[TOKEN_LEN + 1], until[WHEN_LEN];
	int64_t now = clock_real();

	expire_pending(req, now);
	secret_random_b64(token, sizeof(token), TOKEN_BYTES);
	const char *keep = pending_path(req, kind, token, "");
	if (rename(u->path, keep) < 0) {
		log_error("keep %s: %s", keep, strerror(errno));
		return -1;
	}
	u->path = NULL;
	struct tpl_dict *ok = tpl_section(d, "CONFIRM");
	tpl_set(ok, "CSRF_TOKEN", csrf_token(req));
	tpl_set(ok, "TOKEN", token);
	tpl_set(ok, "SOORT", areaimport_kind_ids[kind]);
	tpl_set(ok, "BESTANDSNAAM", naam);
	when_format(now + PENDING_SECONDS, until);
	tpl_set(ok, "GELDIG_TOT", until);
	return 0;
}

int handle_beheer_gebieden_import(struct req *req)
{
	struct db *db = db_thread();
	int kind = posted_kind(req);
	struct upload *u = chosen_file(req);
	const char *soort_msg = NULL, *file_msg = NULL, *naam;
	struct areaimport imp;
	struct areaimport_lookup lookup;
	struct areaimport_counts counts;
	struct register_counts before;
	char *data = NULL;
	size_t len;
	int status;

	if (!db)
		return http_unavailable(req, NULL);
	if (kind < 0)
		soort_msg = KIND_MESSAGE;
	if (!u)
		file_msg = "Kies een CSV-bestand op uw computer.";
	else if (u->dropped)
		file_msg = u->drop_reason;
	else if (!u->size)
		file_msg = "Het bestand is leeg. Kies het CSV-bestand met de gebieden of adressen.";
	if (soort_msg || file_msg)
		return upload_refused(req, db, kind, soort_msg, file_msg);
	if (validate_line(&req->arena, u->filename, BESTANDSNAAM_MAX, "De bestandsnaam", &naam))
		naam = "";

	if (read_file(u->path, &data, &len) < 0)
		return http_unavailable(req, NULL);
	area_lookup_init(&lookup, db);
	struct tpl_dict *d = preview_page(req, kind, naam);
	if (areaimport_parse(&imp, (enum areaimport_kind)kind, data ? data : "", len, &lookup) < 0) {
		show_errors(req, d, &imp);
		status = 422;
		goto out;
	}

	/* The real import, rolled back: the preview shows what confirming does. */
	if (area_register_counts(db, &before) != STORE_OK || db_begin(db) < 0) {
		status = http_unavailable(req, NULL);
		goto out;
	}
	enum store_result r = areaimport_apply(db, &imp, req->session->user_id, clock_now(), &counts);
	db_rollback(db);
	if (r != STORE_OK) {
		status = http_unavailable(req, NULL);
		goto out;
	}

	if (keep_for_confirmation(req, d, u, kind, naam) < 0) {
		status = http_unavailable(req, NULL);
		goto out;
	}
	show_counts(d, &imp, &counts, &before);
	show_rows(d, &imp, &counts);
	status = 200;
out:
	areaimport_release(&imp);
	free(data);
	return status == 200 || status == 422 ? page_send(req, status) : status;
}

/* ---- the confirmation ---------------------------------------------------- */

static int expired(struct req *req)
{
	return http_error(req, 410, "Deze controle is verlopen",
			  "Het bestand is al ingelezen, of de controle is ouder dan een uur. Er is niets opgeslagen. "
			  "Ga terug naar Gebieden en lees het bestand opnieuw in.");
}

/* The preview's hidden fields; anything odd in them is an expired preview (token_ok()). */
const struct field_spec beheer_gebieden_bevestigen_fields[] = {
	KIND_FIELD,
	{ .name = "token", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "bestandsnaam", .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};

int handle_beheer_gebieden_bevestigen(struct req *req)
{
	struct db *db = db_thread();
	int kind = posted_kind(req);
	const char *token = input_text(req, "token"), *naam;
	struct areaimport imp;
	struct areaimport_lookup lookup;
	struct areaimport_counts counts;
	struct stat sb;
	char *data = NULL, summary[160];
	size_t len;
	int status;

	if (!db)
		return http_unavailable(req, NULL);
	if (kind < 0 || !token_ok(token))
		return expired(req);
	if (validate_line(&req->arena, input_text(req, "bestandsnaam"), BESTANDSNAAM_MAX, "De bestandsnaam", &naam))
		naam = "";
	const char *path = pending_path(req, kind, token, "");
	const char *claimed = pending_path(req, kind, token, ".bezig");
	/* Claim it: of two clicks on "Inlezen" only one finds the file. */
	if (rename(path, claimed) < 0)
		return expired(req);
	if (stat(claimed, &sb) < 0 || clock_real() - sb.st_mtime > PENDING_SECONDS) {
		unlink(claimed);
		return expired(req);
	}
	if (read_file(claimed, &data, &len) < 0) {
		unlink(claimed);
		return http_unavailable(req, NULL);
	}
	unlink(claimed);

	/* Checked again: the database may have changed since the preview. */
	area_lookup_init(&lookup, db);
	if (areaimport_parse(&imp, (enum areaimport_kind)kind, data ? data : "", len, &lookup) < 0) {
		struct tpl_dict *d = preview_page(req, kind, naam);
		show_errors(req, d, &imp);
		status = page_send(req, 422);
		goto out;
	}
	if (db_begin(db) < 0) {
		status = http_unavailable(req, NULL);
		goto out;
	}
	enum store_result r = areaimport_apply(db, &imp, req->session->user_id, clock_now(), &counts);
	areaimport_summary(&counts, summary, sizeof(summary));
	if (beheer_commit(req, db, r, "geimporteerd", areaimport_kind_ids[kind], naam, summary) != STORE_OK) {
		status = http_unavailable(req, NULL);
		goto out;
	}
	status = http_redirect(req, arena_printf(&req->arena, "/beheer/gebieden?ingelezen=%s&toegevoegd=%lld"
						 "&bijgewerkt=%lld&ontbreekt=%lld&geplaatst=%lld",
						 areaimport_kind_ids[kind], (long long)counts.added,
						 (long long)counts.updated, (long long)counts.missing,
						 (long long)counts.placed));
out:
	areaimport_release(&imp);
	free(data);
	return status;
}

/* ---- one area ------------------------------------------------------------ */

/* What the form holds, as typed. */
struct area_input {
	const char *code, *soort, *naam, *bovenliggend, *woningen;
};

/*
 * The form's fields. soort is read by area_soort_parse(), which takes it
 * as import files write it (blanks, capitals), so text; bovenliggend is
 * a select of ids, refused by check_area() in the stage's words.
 */
#define AREA_FIELDS \
	{ .name = "naam", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "bovenliggend", .from = IN_FORM, .type = FT_ID, .message = "Kies een gebied uit de lijst." }, \
	{ .name = "woningen", .from = IN_FORM, .type = FT_TEXT }

/* GET /beheer/gebieden/nieuw?soort=: the kind chosen beforehand (a link from the tree). */
const struct field_spec beheer_gebied_new_fields[] = {
	{ .name = "soort", .from = IN_QUERY, .type = FT_TEXT },
	FIELDS_END
};

const struct field_spec beheer_gebied_create_fields[] = {
	{ .name = "code", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "soort", .from = IN_FORM, .type = FT_TEXT },
	AREA_FIELDS,
	FIELDS_END
};

/* Code and soort are fixed once the area exists. */
const struct field_spec beheer_gebied_update_fields[] = {
	FIELD_PATH("id", FT_ID),
	AREA_FIELDS,
	FIELDS_END
};

/* The form; a is the area being edited, or NULL for a new one. */
static struct tpl_dict *area_page(struct req *req, struct db *db, const struct area *a, const struct area_input *in)
{
	struct tpl_dict *d = page_new(req, a ? a->naam : "Nieuw gebied", "beheer_gebied.tpl");
	struct area *list;
	int n, soort = a ? (int)a->soort : area_soort_parse(in->soort);
	struct tpl_dict *wijken = NULL, *buurten = NULL;

	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	tpl_set(d, "HEADING", a ? a->naam : "Nieuw gebied");
	tpl_set(d, "NAAM", in->naam);
	tpl_set(d, "WONINGEN", in->woningen);
	if (a) {
		struct tpl_dict *e = tpl_section(d, "EDIT");
		tpl_setf(d, "ACTION", "/beheer/gebieden/%lld", (long long)a->id);
		tpl_set(e, "CODE", a->code);
		tpl_set(e, "SOORT_LABEL", area_soort_labels[a->soort]);
		tpl_set_int(e, "ADRESSEN", a->adressen);
	} else {
		struct tpl_dict *e = tpl_section(d, "NEW");
		tpl_set(d, "ACTION", "/beheer/gebieden");
		tpl_set(e, "CODE", in->code);
		for (int k = 0; k < AREA__MAX; k++) {
			struct tpl_dict *o = tpl_section(e, "SOORT_OPTION");
			tpl_set(o, "VALUE", area_soort_ids[k]);
			tpl_set(o, "LABEL", area_soort_labels[k]);
			if (soort == k)
				tpl_show(o, "SELECTED");
		}
	}
	if (a && a->soort == AREA_WIJK) {
		tpl_show(d, "WIJK_HAS_NO_PARENT");
		return d;
	}
	/* The possible parents: wijken for a buurt, wijken and buurten for a complex (or a new area). */
	struct tpl_dict *pf = tpl_section(d, "PARENT_FIELD");
	if (!in->bovenliggend || !in->bovenliggend[0])
		tpl_show(pf, "NONE_SELECTED");
	if (!a)
		tpl_show(pf, "NEW_HINT");
	n = area_list(db, &list);
	for (int i = 0; i < n; i++) {
		const struct area *p = &list[i];
		struct tpl_dict *o;
		if (p->soort == AREA_COMPLEX || (a && p->id == a->id) ||
		    (a && a->soort == AREA_BUURT && p->soort != AREA_WIJK))
			continue;
		if (p->soort == AREA_WIJK)
			o = tpl_section(wijken ? wijken : (wijken = tpl_section(pf, "WIJKEN")), "OPTION");
		else
			o = tpl_section(buurten ? buurten : (buurten = tpl_section(pf, "BUURTEN")), "OPTION");
		tpl_setf(o, "VALUE", "%lld", (long long)p->id);
		tpl_setf(o, "LABEL", "%s (%s)", p->naam, p->code);
		if (in->bovenliggend && !strcmp(in->bovenliggend, arena_printf(&req->arena, "%lld", (long long)p->id)))
			tpl_show(o, "SELECTED");
	}
	free(list);   /* NULL when the list failed: then there is nothing to choose, and saving says so */
	return d;
}

/*
 * Checks the fields into out (naam, woningen, parent_id; and code, soort
 * for a new area). old is the area being edited or NULL. Errors go to f.
 */
static void check_area(struct req *req, struct db *db, const struct area *old, const struct area_input *in,
		       struct area *out, struct form *f)
{
	const char *v, *why;
	int soort;

	if (old) {
		soort = (int)old->soort;
	} else {
		soort = area_soort_parse(in->soort);
		if (soort < 0)
			form_error(f, "soort", "Kies of dit een wijk, buurt of complex is.");
		else
			out->soort = (enum area_soort)soort;
		snprintf(out->code, sizeof(out->code), "%.*s", (int)sizeof(out->code) - 1, in->code ? in->code : "");
		if (soort >= 0)
			area_code_normalize((enum area_soort)soort, out->code);
		if (in->code && strlen(in->code) > 40)
			form_error(f, "code", "De code is te lang.");
		else if (!out->code[0])
			form_error(f, "code", "Vul de code in: de CBS-code van een wijk of buurt, of het complexnummer.");
		else if (soort >= 0 && (why = area_code_check((enum area_soort)soort, out->code)))
			form_error(f, "code", arena_printf(&req->arena, "De code is %s.", why));
	}

	if ((why = validate_line(&req->arena, in->naam, AREA_NAAM_MAX, "De naam", &v)))
		form_error(f, "naam", why);
	else if (!v[0])
		form_error(f, "naam", "Vul de naam in, zoals de bewoners en collega's het gebied noemen.");
	else
		snprintf(out->naam, sizeof(out->naam), "%s", v);

	if (area_woningen_parse(in->woningen ? in->woningen : "", &out->woningen) < 0)
		form_error(f, "woningen", arena_printf(&req->arena, "Vul het aantal woningen in als een heel getal "
						       "van 0 tot en met %d.", AREA_WONINGEN_MAX));

	out->parent_id = 0;
	if (soort < 0)
		return;
	int parent_soort = -1;
	if (in->bovenliggend && in->bovenliggend[0]) {
		int64_t id = parse_id(in->bovenliggend);
		struct area p;
		if (!id || area_get(db, id, &p) != STORE_OK || (old && p.id == old->id)) {
			form_error(f, "bovenliggend", "Kies een gebied uit de lijst.");
			return;
		}
		out->parent_id = p.id;
		parent_soort = (int)p.soort;
	}
	if ((why = area_parent_check((enum area_soort)soort, parent_soort))) {
		/* The message starts lower-case for import reports; here it is a sentence. */
		char *msg = arena_printf(&req->arena, "%s.", why);
		msg[0] = (char)(msg[0] - 'a' + 'A');
		form_error(f, "bovenliggend", msg);
	}
}

/*
 * The posted form, checked into out: old is the area being edited, or NULL
 * for a new one (with code and soort). 0, or the form sent again with its
 * errors (422); *f stays the form's, for an error the store finds.
 */
static int posted_area(struct req *req, struct db *db, const struct area *old, struct area *out, struct form *f)
{
	struct area_input in = {
		.code = old ? NULL : input_text(req, "code"),
		.soort = old ? NULL : input_text(req, "soort"),
		.naam = input_text(req, "naam"),
		.bovenliggend = input_text(req, "bovenliggend"),
		.woningen = input_text(req, "woningen"),
	};

	*f = (struct form)FORM_INIT(area_page(req, db, old, &in));
	check_area(req, db, old, &in, out, f);
	return f->errors ? page_send(req, 422) : 0;
}

int handle_beheer_gebied_new(struct req *req)
{
	struct db *db = db_thread();
	struct area_input in = { .soort = input_text(req, "soort"), .woningen = "0" };

	if (!db)
		return http_unavailable(req, NULL);
	area_page(req, db, NULL, &in);
	return page_send(req, 200);
}

int handle_beheer_gebied_create(struct req *req)
{
	struct db *db = db_thread();
	struct area a = { 0 };
	struct form f;
	int64_t id;
	int status;

	if (!db)
		return http_unavailable(req, NULL);
	if ((status = posted_area(req, db, NULL, &a, &f)))
		return status;
	if (db_begin(db) < 0)
		return http_unavailable(req, NULL);
	enum store_result r = area_create(db, &a, &id);
	r = beheer_commit(req, db, r, "aangemaakt", "gebied", a.code,
			  arena_printf(&req->arena, "%s %s", area_soort_ids[a.soort], a.naam));
	return beheer_saved(req, r, &f, "code", "Er is al een gebied met deze code.", "/beheer/gebieden?opgeslagen=1");
}

static const struct refusal area_refusal = {
	.not_found_title = "Gebied niet gevonden",
	.not_found_text = "Dit gebied bestaat niet. Ga terug naar Gebieden.",
};

/* The area of the route's {id}; 0, or the status answered. */
static int load_area(struct req *req, struct db *db, struct area *a)
{
	return beheer_loaded(req, db ? area_get(db, input_num(req, "id"), a) : STORE_ERROR, &area_refusal);
}

int handle_beheer_gebied_edit(struct req *req)
{
	struct db *db = db_thread();
	struct area a;
	int status = load_area(req, db, &a);

	if (status)
		return status;
	struct area_input in = {
		.naam = a.naam,
		.woningen = arena_printf(&req->arena, "%d", a.woningen),
		.bovenliggend = a.parent_id ? arena_printf(&req->arena, "%lld", (long long)a.parent_id) : "",
	};
	area_page(req, db, &a, &in);
	return page_send(req, 200);
}

int handle_beheer_gebied_update(struct req *req)
{
	struct db *db = db_thread();
	struct area old, a;
	struct form f;
	int status = load_area(req, db, &old);

	if (status)
		return status;
	a = old;
	if ((status = posted_area(req, db, &old, &a, &f)))
		return status;
	if (db_begin(db) < 0)
		return http_unavailable(req, NULL);
	enum store_result r = area_update(db, old.id, a.naam, a.woningen, a.parent_id);
	r = beheer_commit(req, db, r, "gewijzigd", "gebied", old.code,
			  arena_printf(&req->arena, "%s; %d woningen%s", a.naam, a.woningen,
				       a.parent_id != old.parent_id ? "; ander bovenliggend gebied" : ""));
	return beheer_saved(req, r, &f, NULL, NULL, "/beheer/gebieden?opgeslagen=1");
}
