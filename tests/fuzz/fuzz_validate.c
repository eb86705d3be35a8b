/*
 * fuzz_validate.c - every small parser of user input: postcode, huisnummer,
 * toevoeging, e-mail, phone, CBS code, dates, moments, euros. None may
 * crash, read out of bounds or accept what its normaliser then rejects.
 */
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "domain/melding.h"
#include "domain/validate.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	char pc[POSTCODE_LEN], pc2[POSTCODE_LEN], toev[TOEVOEGING_LEN], tel[PHONE_LEN], money[32];
	int nr;
	int32_t day;
	int64_t t;

	memcpy(s, data, size);
	s[size] = '\0';
	/* A normalised postcode normalises to itself. */
	if (postcode_normalize(s, pc) == 0 && (postcode_normalize(pc, pc2) != 0 || strcmp(pc, pc2)))
		abort();
	huisnummer_parse(s, &nr);
	toevoeging_normalize(s, toev);
	email_valid(s);
	phone_normalize(s, tel);
	cbs_code_valid(s, 'W');
	cbs_code_valid(s, 'B');
	utf8_valid(s, size);
	if (days_parse(s, &day) == 0) {
		char back[DAYS_FORMAT_LEN];
		int32_t again;
		days_format(day, back);
		if (days_parse(back, &again) != 0 || again != day)
			abort();
	}
	if (moment_parse(s, &t) == 0) {
		char back[MOMENT_FORMAT_LEN];
		int64_t again;
		moment_format_amsterdam(t, back);
		if (moment_parse(back, &again) != 0 || again != t)
			abort();
	}
	int64_t cents = euros_parse(s);
	if (cents >= 0)
		euros_format(cents, money);
	free(s);
	return 0;
}
