/*
 * export.c - the CSV exports' HTTP side (see export.h): declares and reads
 * the period, wijk and separator (export_fields), opens an unlinked
 * temporary file in the data directory, lets app/exports.h write the rows
 * and the audit row into it, and sends it. One frame, export_answer(),
 * serves all four files.
 */
#include "web/export.h"
#include "app/export_csv.h"
#include "app/exports.h"
#include "config.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/fields.h"
#include "http/http.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "web/kpi.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The separator between cells: scheiding=komma, or ';' for Dutch Excel. */
enum { SEP_KOMMA, SEP_PUNTKOMMA, SEP__MAX };
static const char *const sep_ids[SEP__MAX] = { "komma", "puntkomma" };

/*
 * What every export reads. The period stays text for kpi_request_check();
 * a scheiding outside the set is answered after it (read_input), so a bad
 * period is still the first thing said.
 */
const struct field_spec export_fields[] = {
	KPI_PERIOD_FIELDS,
	{ .name = "scheiding", .from = IN_QUERY, .type = FT_ENUM, .max = SEP__MAX, .choices = sep_ids },
	FIELDS_END
};

/* The period and separator of the export, or an answer already given (0: none). */
static int read_input(struct req *req, struct export_input *in)
{
	struct field_errors errs = { 0 };
	enum app_result r = kpi_request_read(req, amsterdam_day(clock_now()), &in->rq, &errs);
	int64_t sep = SEP_PUNTKOMMA;

	if (r == APP_INVALID)
		return http_error(req, 422, "Ongeldige periode",
				  arena_printf(&req->arena, "%s: %s", errs.e[0].field, errs.e[0].message));
	if (r != APP_OK)
		return http_refused(req, r, &kpi_refusal);
	if (field_error_for(input_errors(req), "scheiding"))
		return http_error(req, 422, "Ongeldige scheiding", "Kies scheiding=komma of scheiding=puntkomma.");
	input_value(req, "scheiding", &sep);
	in->sep = sep == SEP_KOMMA ? ',' : ';';
	return 0;
}

int export_temp_file(struct req *req)
{
	char *path = arena_printf(&req->arena, "%s/tmp/export-XXXXXX", req->cfg->data_dir);
	int fd = mkstemp(path);

	if (fd < 0) {
		log_error("export: cannot create %s: %s", path, strerror(errno));
		return -1;
	}
	unlink(path);
	return fd;
}

static int failed(struct req *req)
{
	return http_error(req, 503, "Export mislukt", "Het bestand kon niet worden gemaakt. Probeer het opnieuw.");
}

/* Hands the finished file to the server, with the headers of a download. */
static int send_file(struct req *req, struct csv *c, const char *name)
{
	if (csv_finish(c) < 0 || lseek(c->fd, 0, SEEK_SET) != 0) {
		close(c->fd);
		return failed(req);
	}
	req->fd_out = c->fd;
	req->fd_size = c->bytes;
	req->content_type = "text/csv; charset=utf-8";
	http_add_header(req, "Content-Disposition", arena_printf(&req->arena, "attachment; filename=\"%s\"", name));
	return 200;
}

/* The frame every export shares: input, the rows' source, a temporary file, the rows and audit row, send. */
static int export_answer(struct req *req, enum export_kind kind)
{
	struct db *db = db_thread();
	struct export_input in;
	struct export_job job;
	int rc = read_input(req, &in);

	if (rc)
		return rc;
	if (export_prepare(db, &req->arena, http_actor(req), kind, &in, &job) != APP_OK)
		return http_unavailable(req, NULL);
	int fd = export_temp_file(req);
	if (fd < 0) {
		export_job_release(&job);
		return failed(req);
	}
	/* The writer's buffer is 64 KiB: on the heap, not the thread's stack. */
	struct csv *c = malloc(sizeof(*c));
	if (!c)
		abort();
	csv_start(c, fd, in.sep);
	if (export_write(db, &req->arena, http_actor(req), &job, c) != APP_OK) {
		close(fd);
		free(c);
		return failed(req);
	}
	rc = send_file(req, c, export_file_name(&req->arena, &job));
	free(c);
	return rc;
}

int handle_export_meldingen(struct req *req)
{
	return export_answer(req, EXPORT_MELDINGEN);
}

int handle_export_kpi(struct req *req)
{
	return export_answer(req, EXPORT_KPI);
}

int handle_export_dossiers(struct req *req)
{
	return export_answer(req, EXPORT_DOSSIERS);
}

int handle_export_doorverwijzingen(struct req *req)
{
	return export_answer(req, EXPORT_DOORVERWIJZINGEN);
}
