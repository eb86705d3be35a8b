/*
 * fuzz_lbm.c - the Leefbaarometer's table (domain/lbm.c). The whole input
 * is the file. Nothing may crash or read out of bounds, and what the
 * reader accepts must hold: no errors and at least one row; every row and
 * error on a line the file has, errors in line order; every row a known
 * code, a year in range and nine-class classes, a derived class the one
 * its value gives.
 */
#include "domain/area.h"
#include "domain/lbm.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* A database that knows one wijk and one buurt. */
static int soort_of(void *ctx, const char *code)
{
	(void)ctx;
	if (!strcmp(code, "WK999901"))
		return AREA_WIJK;
	if (!strcmp(code, "BU99990101"))
		return AREA_BUURT;
	return -1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct areaimport_lookup lookup = { soort_of, NULL };
	struct lbm_file f;
	int lines = 1;

	for (size_t i = 0; i < size; i++)
		lines += data[i] == '\n' || data[i] == '\r';
	int rc = lbm_parse(&f, (const char *)data, size, &lookup);
	if (rc == 0 && (f.n_errors || !f.n_rows))
		abort();
	if (rc != 0 && (!f.n_errors || f.n_rows))
		abort();
	for (size_t i = 0; i < f.n_errors; i++)
		if (f.errors[i].line < 0 || f.errors[i].line > lines || !f.errors[i].msg[0] ||
		    (i && f.errors[i].line < f.errors[i - 1].line))
			abort();
	for (size_t i = 0; i < f.n_rows; i++) {
		const struct lbm_row *r = &f.rows[i];
		if (r->line < 2 || r->line > lines || soort_of(NULL, r->code) != r->soort || r->jaar < LBM_JAAR_MIN ||
		    r->jaar > LBM_JAAR_MAX)
			abort();
		for (int m = 0; m < LBM__MAX; m++) {
			const struct lbm_maat_waarde *w = &r->m[m];
			if (w->klasse < 1 || w->klasse > 9 || (w->afgeleid && (!w->has_waarde ||
			    lbm_klasse_van(w->waarde) != w->klasse)))
				abort();
		}
	}
	lbm_release(&f);
	return 0;
}
