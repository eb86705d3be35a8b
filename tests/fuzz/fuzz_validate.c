/*
 * fuzz_validate.c - every small parser of user input: postcode, huisnummer,
 * toevoeging, e-mail, phone, CBS code, dates, moments, euros, row ids and
 * numbers (lib/parse.c), and the input stage's typed fields (http/input.c,
 * every field type). None may crash, read out of bounds or accept what its
 * normaliser then rejects; a day that parses goes through the calendar.
 */
#include "domain/amsterdam.h"
#include "domain/calendar.h"
#include "domain/days.h"
#include "domain/melding.h"
#include "domain/validate.h"
#include "domain/werkdagen.h"
#include "http/input.h"
#include "lib/parse.h"

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
		char back[DAYS_FORMAT_LEN], text[CALENDAR_DAY_LEN];
		int32_t again, first, last;
		int y, w;
		days_format(day, back);
		if (days_parse(back, &again) != 0 || again != day)
			abort();
		calendar_iso_week(day, &y, &w);
		calendar_day_long(day, text);
		for (int p = 0; p < CALENDAR__MAX; p++) {
			calendar_period_bounds((enum calendar_period)p, day, &first, &last);
			if (first > day || last < day)
				abort();
		}
		if (werkdagen_between(NULL, day, werkdagen_add(NULL, day, 10)) != 10)
			abort();
	}
	if (moment_parse(s, &t) == 0) {
		char back[MOMENT_FORMAT_LEN];
		int64_t again;
		moment_format_amsterdam(t, back);
		if (moment_parse(back, &again) != 0 || again != t)
			abort();
	}
	/* A row id is 1..15 digits and nothing else. */
	int64_t id = parse_id(s), num;
	if (id < 0 || (id && (strlen(s) > 15 || strspn(s, "0123456789") != strlen(s))))
		abort();
	if (parse_int64(s, -1000, 1000, &num) == 0 && (num < -1000 || num > 1000))
		abort();
	static const char *const choices[] = { "open", "gesloten", NULL };
	for (int type = FT_ID; type <= FT_FILE; type++) {
		struct field_spec spec = { .name = "f", .from = IN_QUERY, .type = (unsigned char)type,
					   .min = 1, .max = type == FT_ENUM ? 0 : 100, .choices = choices };
		const char *message = NULL;
		if (input_parse(&spec, s, &num, &message) < 0 && (!message || !message[0]))
			abort();
	}
	int64_t cents = euros_parse(s);
	if (cents >= 0)
		euros_format(cents, money);
	free(s);
	return 0;
}
