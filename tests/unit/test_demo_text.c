/*
 * test_demo_text.c - unit tests for domain/demo_text.c: the Dutch texts of
 * the demo. Same seed, same text; every category its own text; enough
 * variety for a year of meldingen; no tell-tale words; valid UTF-8, cut
 * at a letter boundary and never past max.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "domain/demo_text.h"
#include "domain/validate.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define DRAWS 1000
#define BIG 4096
#define GUARD ((char)0xA5)

/* The codes of migrations/0002, in order. */
static const char *const codes[] = { "geluid", "stank", "agressie", "drugs", "huisdieren",
	"overlast_overig", "vervuiling", "zorgsignaal", "huiselijk_geweld", "criminaliteit",
	"zwerfvuil", "vernieling", "verlichting", "groen", "bewonersinitiatief" };

enum kind { MELDING, TERUGKOPPELING, NOTITIE, NAAM };

static size_t gen(enum kind k, struct demo_rng *r, const char *cat, char *out, size_t max)
{
	switch (k) {
	case MELDING: return demo_text_melding(r, cat, out, max);
	case TERUGKOPPELING: return demo_text_terugkoppeling(r, cat, out, max);
	case NOTITIE: return demo_text_notitie(r, cat, out, max);
	default: return demo_text_naam(r, out, max);
	}
}

static int contains_ci(const char *s, const char *word)
{
	size_t n = strlen(word);

	for (; *s; s++)
		if (strncasecmp(s, word, n) == 0)
			return 1;
	return 0;
}

/* What every text must be: whole UTF-8, no leftover slot, tidy spacing. */
static void check_text(const char *s, size_t n)
{
	static const char *const banned[] = { "ynthet", "test", "demo", "lorem" };

	assert_int_equal(n, strlen(s));
	assert_true(n > 0);
	assert_true(utf8_valid(s, n));
	for (size_t i = 0; i < ARRAY_SIZE(banned); i++)
		if (contains_ci(s, banned[i]))
			fail_msg("\"%s\" in: %s", banned[i], s);
	if (strchr(s, '$') || strstr(s, "  ") || strstr(s, " .") || strstr(s, " ,"))
		fail_msg("untidy text: %s", s);
}

/* Distinct strings among n, by sorting copies. */
static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static size_t distinct(char **v, size_t n)
{
	size_t d = n > 0;

	qsort(v, n, sizeof(*v), cmp_str);
	for (size_t i = 1; i < n; i++)
		d += strcmp(v[i - 1], v[i]) != 0;
	return d;
}

static void test_same_seed_same_text(void **state)
{
	(void)state;
	for (int k = MELDING; k <= NAAM; k++) {
		struct demo_rng a, b;

		demo_rng_seed(&a, 20240501);
		demo_rng_seed(&b, 20240501);
		for (int i = 0; i < 50; i++) {
			char x[BIG], y[BIG];
			const char *cat = codes[i % ARRAY_SIZE(codes)];
			size_t nx = gen((enum kind)k, &a, cat, x, sizeof(x));
			size_t ny = gen((enum kind)k, &b, cat, y, sizeof(y));

			assert_int_equal(nx, ny);
			assert_string_equal(x, y);
		}
		assert_true(a.s == b.s);
	}
}

/* For one seed, each category writes something of its own. */
static void test_categories_differ(void **state)
{
	(void)state;
	for (uint64_t seed = 0; seed < 40; seed++) {
		char text[ARRAY_SIZE(codes)][BIG];

		for (size_t c = 0; c < ARRAY_SIZE(codes); c++) {
			struct demo_rng r;

			demo_rng_seed(&r, seed);
			check_text(text[c], demo_text_melding(&r, codes[c], text[c], BIG));
		}
		for (size_t c = 0; c < ARRAY_SIZE(codes); c++)
			for (size_t d = c + 1; d < ARRAY_SIZE(codes); d++)
				if (strcmp(text[c], text[d]) == 0)
					fail_msg("%s and %s give the same text: %s", codes[c], codes[d], text[c]);
	}
}

static void test_unknown_code(void **state)
{
	static const char *const unknown[] = { "onbekend", "", "GELUID", NULL };

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(unknown); i++)
		for (int k = MELDING; k < NAAM; k++) {
			struct demo_rng r;
			char out[BIG];

			demo_rng_seed(&r, i);
			check_text(out, gen((enum kind)k, &r, unknown[i], out, sizeof(out)));
		}
}

/*
 * A year of meldingen per category: many distinct texts, short and long
 * ones, all clean; and the answers and notes clean and within bounds too.
 */
static void check_category(const char *cat, size_t want)
{
	static char texts[DRAWS][BIG];
	char *v[DRAWS];
	size_t shortest = BIG, longest = 0, d;
	struct demo_rng r;

	demo_rng_seed(&r, 7);
	for (size_t i = 0; i < DRAWS; i++) {
		size_t n = demo_text_melding(&r, cat, texts[i], BIG);

		check_text(texts[i], n);
		shortest = n < shortest ? n : shortest;
		longest = n > longest ? n : longest;
		v[i] = texts[i];
	}
	d = distinct(v, DRAWS);
	print_message("%-20s %4zu distinct of %d, %zu..%zu bytes\n", cat, d, DRAWS, shortest, longest);
	if (d < want)
		fail_msg("%s: only %zu distinct descriptions", cat, d);
	assert_true(shortest < 80);
	assert_true(longest > 300);
	assert_true(longest < 1200);
}

static void test_variety(void **state)
{
	(void)state;
	check_category("geluid", 300);
	for (size_t c = 1; c < ARRAY_SIZE(codes); c++)
		check_category(codes[c], 150);
}

static void test_answers_and_notes(void **state)
{
	struct demo_rng r;

	(void)state;
	demo_rng_seed(&r, 11);
	for (size_t c = 0; c < ARRAY_SIZE(codes); c++)
		for (int i = 0; i < 300; i++) {
			char out[BIG];
			size_t n = demo_text_terugkoppeling(&r, codes[c], out, sizeof(out));

			check_text(out, n);
			assert_true(n < 1000);
			check_text(out, demo_text_notitie(&r, codes[c], out, sizeof(out)));
		}
}

/* Phone-typed texts are all lowercase; at least some must be. */
static void test_tones(void **state)
{
	struct demo_rng r;
	int lower = 0, angry = 0, polite = 0;

	(void)state;
	demo_rng_seed(&r, 3);
	for (int i = 0; i < DRAWS; i++) {
		char out[BIG];
		int upper = 0;

		demo_text_melding(&r, "geluid", out, sizeof(out));
		for (const char *s = out; *s; s++)
			upper |= isupper((unsigned char)*s);
		lower += !upper;
		angry += strstr(out, "!!") || strstr(out, "??");
		polite += strchr(out, '\n') && strstr(out, ",\n");
	}
	assert_true(lower > 30);
	assert_true(angry > 30);
	assert_true(polite > 30);
}

static void test_names(void **state)
{
	static char names[DRAWS][128];
	char *v[DRAWS];
	struct demo_rng r;
	int initials = 0;

	(void)state;
	demo_rng_seed(&r, 5);
	for (int i = 0; i < DRAWS; i++) {
		check_text(names[i], demo_text_naam(&r, names[i], sizeof(names[i])));
		assert_non_null(strchr(names[i], ' '));
		initials += strstr(names[i], ". ") != NULL;
		v[i] = names[i];
	}
	assert_true(initials > 50);
	assert_true(distinct(v, DRAWS) > 300);
}

/*
 * Cut the same text at every max: a prefix that ends on a letter boundary,
 * at most one letter short, NUL-terminated, nothing written past max.
 */
static void check_cuts(enum kind k, uint64_t seed, const char *cat)
{
	char full[BIG];
	struct demo_rng r;
	uint64_t after;
	size_t len;

	demo_rng_seed(&r, seed);
	len = gen(k, &r, cat, full, sizeof(full));
	after = r.s;
	for (size_t max = 0; max <= len + 2; max++) {
		char out[BIG + 8];
		size_t n;

		memset(out, GUARD, sizeof(out));
		demo_rng_seed(&r, seed);
		n = gen(k, &r, cat, out, max);
		assert_true(r.s == after);	/* the same draws whatever max is */
		for (size_t i = max; i < max + 8; i++)
			assert_int_equal(out[i], GUARD);
		if (max == 0) {
			assert_int_equal(n, 0);
			continue;
		}
		assert_true(n < max);
		assert_int_equal(out[n], '\0');
		assert_true(utf8_valid(out, n));
		assert_memory_equal(out, full, n);
		assert_true(n + 4 > (max - 1 < len ? max - 1 : len));
	}
}

static void test_cut(void **state)
{
	char out[32];
	struct demo_rng r;
	uint64_t seed;
	size_t n;

	(void)state;
	/* A name with a two-byte letter early on: "Ayşe ..." or "Özlem ...". */
	for (seed = 0; seed < 100000; seed++) {
		char full[128];

		demo_rng_seed(&r, seed);
		demo_text_naam(&r, full, sizeof(full));
		if ((unsigned char)full[2] >= 0x80 || (unsigned char)full[0] >= 0x80)
			break;
	}
	assert_true(seed < 100000);
	for (size_t m = 1; m <= 16; m++) {
		memset(out, GUARD, sizeof(out));
		demo_rng_seed(&r, seed);
		n = demo_text_naam(&r, out, m);
		assert_true(n < m && utf8_valid(out, n) && out[n] == '\0' && out[m] == GUARD);
	}
	check_cuts(NAAM, seed, NULL);
	/* A description with "één" or "hygiëne" in it. */
	for (seed = 0; seed < 100000; seed++) {
		char full[BIG];

		demo_rng_seed(&r, seed);
		demo_text_melding(&r, seed % 2 ? "huisdieren" : "vervuiling", full, sizeof(full));
		if (strstr(full, "\xc3"))
			break;
	}
	assert_true(seed < 100000);
	check_cuts(MELDING, seed, seed % 2 ? "huisdieren" : "vervuiling");
	for (seed = 0; seed < 30; seed++) {
		check_cuts(MELDING, seed, codes[seed % ARRAY_SIZE(codes)]);
		check_cuts(TERUGKOPPELING, seed, codes[seed % ARRAY_SIZE(codes)]);
		check_cuts(NOTITIE, seed, "huiselijk_geweld");
	}
	/* max 0 writes nothing at all. */
	memset(out, GUARD, sizeof(out));
	demo_rng_seed(&r, 1);
	assert_int_equal(demo_text_melding(&r, "geluid", out, 0), 0);
	assert_int_equal(out[0], GUARD);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_same_seed_same_text),
		cmocka_unit_test(test_categories_differ),
		cmocka_unit_test(test_unknown_code),
		cmocka_unit_test(test_variety),
		cmocka_unit_test(test_answers_and_notes),
		cmocka_unit_test(test_tones),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_cut),
	};

	return cmocka_run_group_tests_name("demo_text", tests, NULL, NULL);
}
