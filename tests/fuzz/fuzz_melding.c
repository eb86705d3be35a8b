/*
 * fuzz_melding.c - the one melding validator with arbitrary field values
 * (the input is split on NUL bytes into the fields, in order).
 */
#include "domain/melding.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const cats[] = { "geluid", "stank", "drugs" };
	const char *f[13] = { 0 };
	char *s = malloc(size + 1);
	size_t k = 0, start = 0;

	memcpy(s, data, size);
	s[size] = '\0';
	for (size_t i = 0; i <= size && k < 13; i++) {
		if (i == size || s[i] == '\0') {
			f[k++] = s + start;
			start = i + 1;
		}
	}
	struct melding_input in = {
		.categorie = f[0], .omschrijving = f[1], .voorval = f[2], .postcode = f[3],
		.huisnummer = f[4], .toevoeging = f[5], .plaats = f[6], .melder_naam = f[7],
		.melder_email = f[8], .melder_telefoon = f[9], .anoniem = f[10], .kanaal = f[11],
		.ontvangen_op = f[12],
	};
	for (int staff = 0; staff < 2; staff++) {
		struct melding_context ctx = { .now = 1795000000, .staff = staff,
					       .categories = cats, .n_categories = 3 };
		struct melding_valid v;
		struct field_errors e;
		int n = melding_validate(&in, &ctx, &v, &e);
		/* Valid means the fields the store relies on are filled. */
		if (n == 0 && (!v.categorie || !v.omschrijving || (!v.postcode[0] && !v.plaats[0])))
			abort();
	}
	free(s);
	return 0;
}
