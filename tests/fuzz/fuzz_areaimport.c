/*
 * fuzz_areaimport.c - the gebieden and adressen CSV reader
 * (domain/areaimport.c). The first byte picks the kind; the rest is the
 * file. Nothing may crash or read out of bounds, and what the reader
 * accepts must hold: no errors and at least one row; every row and error
 * on a line the file has; every address normalised (its postcode and
 * toevoeging normalise to themselves).
 */
#include "domain/areaimport.h"
#include "domain/validate.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* A database that knows one wijk, one buurt and one complex. */
static int soort_of(void *ctx, const char *code)
{
	(void)ctx;
	if (!strcmp(code, "WK999901"))
		return AREA_WIJK;
	if (!strcmp(code, "BU99990101"))
		return AREA_BUURT;
	if (!strcmp(code, "C-1042"))
		return AREA_COMPLEX;
	return -1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct areaimport_lookup lookup = { soort_of, NULL };
	struct areaimport imp;
	enum areaimport_kind kind;
	int lines = 1;

	if (!size)
		return 0;
	kind = data[0] & 1 ? AREAIMPORT_ADRESSEN : AREAIMPORT_GEBIEDEN;
	for (size_t i = 1; i < size; i++)
		lines += data[i] == '\n' || data[i] == '\r';
	int rc = areaimport_parse(&imp, kind, (const char *)data + 1, size - 1, &lookup);
	if (rc == 0 && (imp.n_errors || !imp.n_rows))
		abort();
	if (rc != 0 && (!imp.n_errors || imp.n_rows))
		abort();
	for (size_t i = 0; i < imp.n_errors; i++)
		if (imp.errors[i].line < 0 || imp.errors[i].line > lines || !imp.errors[i].msg[0] ||
		    (i && imp.errors[i].line < imp.errors[i - 1].line))
			abort();
	for (size_t i = 0; i < imp.n_rows; i++) {
		if (kind == AREAIMPORT_GEBIEDEN) {
			const struct area_row *a = &imp.areas[i];
			if (a->line < 2 || a->line > lines || area_code_check(a->soort, a->code))
				abort();
		} else {
			const struct address_row *a = &imp.addresses[i];
			char pc[POSTCODE_LEN], t[TOEVOEGING_LEN];
			if (a->line < 2 || a->line > lines || postcode_normalize(a->postcode, pc) || strcmp(pc, a->postcode) ||
			    toevoeging_normalize(a->toevoeging, t) || strcmp(t, a->toevoeging) || a->huisnummer < 1 ||
			    strcmp(a->buurt, "BU99990101"))
				abort();
		}
	}
	areaimport_release(&imp);
	return 0;
}
