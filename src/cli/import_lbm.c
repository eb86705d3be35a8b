/*
 * import_lbm.c - `leefbaar import leefbaarometer FILE`: load the
 * Leefbaarometer's open-data table of scores per wijk and buurt (issue 18,
 * point 2), through the same use case as /beheer/leefbaarometer
 * (app/lbm.h). The one exported symbol is cli_import_lbm() (cli.h).
 *
 * A file with any bad row or unknown code stores nothing: every bad line
 * goes to stderr as "regel 7: ..." and the exit status is 1. A good file
 * prints "ingelezen N regels (2022: 9, 2024: 9)".
 */
#include "cli/cli.h"
#include "app/lbm.h"
#include "db/db.h"
#include "lib/clock.h"
#include "lib/xalloc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The whole file (caller frees); a file above the cap is not read: *len its size, *out NULL. */
static int read_file(const char *path, char **out, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	struct stat sb;

	*out = NULL;
	*len = 0;
	if (!fp || fstat(fileno(fp), &sb) < 0 || !S_ISREG(sb.st_mode)) {
		fprintf(stderr, "leefbaar: import: %s: %s\n", path, fp ? "not a regular file" : strerror(errno));
		if (fp)
			fclose(fp);
		return -1;
	}
	if ((uint64_t)sb.st_size > LBM_MAX_BYTES) {
		*len = (size_t)sb.st_size;
		fclose(fp);
		return 0;
	}
	*out = xmalloc((size_t)sb.st_size + 1);
	*len = fread(*out, 1, (size_t)sb.st_size, fp);
	if (ferror(fp)) {
		fprintf(stderr, "leefbaar: import: %s: read error\n", path);
		free(*out);
		*out = NULL;
		fclose(fp);
		return -1;
	}
	fclose(fp);
	return 0;
}

int cli_import_lbm(const struct cli_opts *o, const char *path)
{
	struct config cfg;
	struct lbm_import_result res;
	char *data = NULL;
	size_t len;
	int rc = 1;

	if (read_file(path, &data, &len) < 0)
		return 1;
	if (cli_setup(&cfg, &o->common, 1) < 0)
		goto out;
	enum app_result r = lbm_import(db_thread(), &ACTOR_CLI(0), data ? data : "", len, path, clock_now(), &res);
	if (r == APP_INVALID) {
		for (size_t i = 0; i < res.file.n_errors; i++) {
			if (res.file.errors[i].line)
				fprintf(stderr, "regel %d: %s\n", res.file.errors[i].line, res.file.errors[i].msg);
			else
				fprintf(stderr, "%s\n", res.file.errors[i].msg);
		}
		if (res.file.n_errors_total > res.file.n_errors)
			fprintf(stderr, "... en nog %zu fouten\n", res.file.n_errors_total - res.file.n_errors);
		fprintf(stderr, "leefbaar: import: %zu %s in de tabel van de Leefbaarometer; er is niets opgeslagen\n",
			res.file.n_errors_total, res.file.n_errors_total == 1 ? "fout" : "fouten");
	} else if (r != APP_OK) {
		fprintf(stderr, "leefbaar: import: the database failed or changed; nothing was stored\n");
	} else {
		printf("ingelezen %zu regels (%s)\n", res.file.n_rows, res.jaren);
		rc = 0;
	}
	lbm_import_release(&res);
out:
	free(data);
	cli_teardown();
	return rc;
}
