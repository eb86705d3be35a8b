/*
 * import.c - `leefbaar import gebieden FILE` and `leefbaar import
 * adressen FILE`: load the corporation's areas or its address register
 * from CSV, all or nothing (DESIGN.md, "Areas and the address register").
 *
 * The one exported symbol is cli_import() (cli.h).
 *
 * The file is read whole (at most AREAIMPORT_MAX_MB), checked completely,
 * and only then stored in one transaction with its audit row. A file with
 * any bad row changes nothing: every bad line goes to stderr as
 * "regel 7: onbekende buurt BU99990199" and the exit status is 1.
 */
#include "cli/cli.h"
#include "auth/policy.h"
#include "db/db.h"
#include "domain/areaimport.h"
#include "lib/xalloc.h"
#include "store/area.h"
#include "store/areaimport.h"
#include "store/audit.h"
#include "lib/clock.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static int bad_usage(const char *msg)
{
	fprintf(stderr, "leefbaar: import: %s\n", msg);
	return 2;
}

/*
 * Reads the whole file into *out (caller frees). A file above the cap is
 * not read: *len is its size and *out NULL, for the parser's message.
 */
static int read_all(const char *path, char **out, size_t *len)
{
	struct stat sb;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	char *data = NULL;
	size_t got = 0;

	*out = NULL;
	*len = 0;
	if (fd < 0) {
		fprintf(stderr, "leefbaar: import: %s: %s\n", path, strerror(errno));
		return -1;
	}
	if (fstat(fd, &sb) < 0 || !S_ISREG(sb.st_mode)) {
		fprintf(stderr, "leefbaar: import: %s: not a regular file\n", path);
		close(fd);
		return -1;
	}
	if ((uint64_t)sb.st_size > AREAIMPORT_MAX_BYTES) {
		*len = (size_t)sb.st_size;
		close(fd);
		return 0;
	}
	data = xmalloc((size_t)sb.st_size + 1);
	while (got < (size_t)sb.st_size) {
		ssize_t n = read(fd, data + got, (size_t)sb.st_size - got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			fprintf(stderr, "leefbaar: import: %s: %s\n", path, strerror(errno));
			free(data);
			close(fd);
			return -1;
		}
		if (n == 0)
			break;   /* it shrank while we read: take what is there */
		got += (size_t)n;
	}
	close(fd);
	*out = data;
	*len = got;
	return 0;
}

static void print_errors(const struct areaimport *imp)
{
	for (size_t i = 0; i < imp->n_errors; i++) {
		if (imp->errors[i].line)
			fprintf(stderr, "regel %d: %s\n", imp->errors[i].line, imp->errors[i].msg);
		else
			fprintf(stderr, "%s\n", imp->errors[i].msg);
	}
	if (imp->n_errors_total > imp->n_errors)
		fprintf(stderr, "... en nog %zu fouten\n", imp->n_errors_total - imp->n_errors);
	fprintf(stderr, "leefbaar: import: %zu %s in %s; er is niets opgeslagen\n", imp->n_errors_total,
		imp->n_errors_total == 1 ? "fout" : "fouten", areaimport_kind_files[imp->kind]);
}

int cli_import(const struct cli_opts *o, int argc, char **argv)
{
	const struct cli_common *common = &o->common;
	struct config cfg;
	struct areaimport imp;
	struct areaimport_lookup lookup;
	struct areaimport_counts counts;
	char *data = NULL, summary[160];
	size_t len;
	int kind, rc = 1;

	if (argc != 2)
		return bad_usage("usage: leefbaar import gebieden|adressen FILE, or leefbaar import leefbaarometer FILE");
	if (!strcmp(argv[0], "leefbaarometer"))
		return cli_import_lbm(o, argv[1]);
	if ((kind = areaimport_kind_parse(argv[0])) < 0)
		return bad_usage("the first argument is gebieden, adressen or leefbaarometer");
	if (read_all(argv[1], &data, &len) < 0)
		return 1;
	if (cli_setup(&cfg, common, 1) < 0)
		goto out;

	struct db *db = db_thread();
	area_lookup_init(&lookup, db);
	/* A file over the cap was not read: the parser refuses it on its length alone. */
	if (areaimport_parse(&imp, (enum areaimport_kind)kind, data ? data : "", len, &lookup) < 0) {
		print_errors(&imp);
		areaimport_release(&imp);
		goto out;
	}
	if (db_begin(db) < 0)
		goto release;
	enum store_result r = areaimport_apply(db, &imp, 0, clock_now(), &counts);
	if (r == STORE_CONFLICT)
		fprintf(stderr, "leefbaar: import: the database changed while the file was read; try again\n");
	areaimport_summary(&counts, summary, sizeof(summary));
	if (r != STORE_OK ||
	    audit_record(db, &ACTOR_CLI(0), "geimporteerd", areaimport_kind_ids[kind], argv[1], summary) < 0) {
		db_rollback(db);
		goto release;
	}
	if (db_commit(db) < 0)
		goto release;
	printf("%s\n", summary);
	rc = 0;
release:
	areaimport_release(&imp);
out:
	free(data);
	cli_teardown();
	return rc;
}
