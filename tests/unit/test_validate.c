/*
 * test_validate.c - unit tests for domain/validate.c: postcode,
 * huisnummer, toevoeging, e-mail, CBS codes, phone numbers, UTF-8.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "domain/validate.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* A NULL want means: must be rejected. */
struct norm_case {
	const char *in;
	const char *want;
};

static char long_input[4096];

static int setup_long(void **state)
{
	(void)state;
	memset(long_input, 'A', sizeof(long_input) - 1);
	long_input[sizeof(long_input) - 1] = '\0';
	return 0;
}

static void check_norm(const struct norm_case *t, size_t n,
		       int (*fn)(const char *, char *), size_t outlen)
{
	for (size_t i = 0; i < n; i++) {
		char out[64];
		int rc;

		memset(out, 'x', sizeof(out));
		rc = fn(t[i].in, out);
		if (t[i].want == NULL) {
			if (rc != -1)
				fail_msg("accepted \"%s\" as \"%s\"", t[i].in, out);
		} else {
			if (rc != 0)
				fail_msg("rejected \"%s\"", t[i].in);
			assert_string_equal(out, t[i].want);
		}
		/* Never a byte past the documented size. */
		for (size_t k = outlen; k < sizeof(out); k++)
			assert_int_equal(out[k], 'x');
	}
}

static void test_postcode(void **state)
{
	static const struct norm_case t[] = {
		{ "1234AB", "1234 AB" },
		{ "1234ab", "1234 AB" },
		{ "1234 ab", "1234 AB" },
		{ " 1234  AB ", "1234 AB" },
		{ "\t1234\tAb\t", "1234 AB" },
		{ "9999 ZZ", "9999 ZZ" },
		{ "1000 AA", "1000 AA" },
		{ "5611 SB", "5611 SB" },
		{ "5611 SC", "5611 SC" },
		{ "5611 AS", "5611 AS" },
		{ "1234 SA", NULL },
		{ "1234 sd", NULL },
		{ "1234SS", NULL },
		{ "0123 AB", NULL },
		{ "", NULL },
		{ " ", NULL },
		{ "1234", NULL },
		{ "1234 A", NULL },
		{ "1234 ABC", NULL },
		{ "12345 AB", NULL },
		{ "123 AB", NULL },
		{ "1234 A B", NULL },
		{ "1234-AB", NULL },
		{ "1234 1B", NULL },
		{ "AB 1234", NULL },
		{ "1234 AB x", NULL },
		{ "1234 \xc3\x84" "B", NULL },	/* Ä */
		{ "1234\nAB", NULL },
		{ "１２３４AB", NULL },		/* full-width digits */
		{ long_input, NULL },
		{ NULL, NULL },
	};

	(void)state;
	check_norm(t, ARRAY_SIZE(t), postcode_normalize, POSTCODE_LEN);
}

static void test_huisnummer(void **state)
{
	static const struct { const char *in; int rc, want; } t[] = {
		{ "1", 0, 1 },
		{ "12", 0, 12 },
		{ "99999", 0, 99999 },
		{ " 7 ", 0, 7 },
		{ "10", 0, 10 },
		{ "0", -1, 0 },
		{ "00", -1, 0 },
		{ "012", -1, 0 },
		{ "100000", -1, 0 },
		{ "999999999999", -1, 0 },
		{ "", -1, 0 },
		{ " ", -1, 0 },
		{ "-1", -1, 0 },
		{ "+1", -1, 0 },
		{ "12a", -1, 0 },
		{ "12 a", -1, 0 },
		{ "1 2", -1, 0 },
		{ "1.5", -1, 0 },
		{ "0x10", -1, 0 },
		{ "abc", -1, 0 },
		{ "\xd9\xa3", -1, 0 },		/* Arabic-Indic three */
		{ NULL, -1, 0 },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(t); i++) {
		int out = -42;
		int rc = huisnummer_parse(t[i].in, &out);

		if (rc != t[i].rc)
			fail_msg("\"%s\": rc %d", t[i].in ? t[i].in : "(null)", rc);
		assert_int_equal(out, rc == 0 ? t[i].want : -42);
	}
	assert_int_equal(huisnummer_parse(long_input, &(int){ 0 }), -1);
}

static void test_toevoeging(void **state)
{
	static const struct norm_case t[] = {
		{ "", "" },
		{ "   ", "" },
		{ "a", "A" },
		{ "-a", "A" },
		{ " a", "A" },
		{ "- a", "A" },
		{ "bis", "BIS" },
		{ " 2hg ", "2HG" },
		{ "1", "1" },
		{ "abcd", "ABCD" },
		{ "-", "" },
		{ "abcde", NULL },
		{ "--a", NULL },
		{ "2-h", NULL },
		{ "2 h", NULL },
		{ "a/b", NULL },
		{ "a~", NULL },
		{ "{", NULL },
		{ "\xc3\xa9", NULL },		/* é */
		{ "a\n", NULL },
		{ long_input, NULL },
		{ NULL, NULL },
	};

	(void)state;
	check_norm(t, ARRAY_SIZE(t), toevoeging_normalize, TOEVOEGING_LEN);
}

static void test_email(void **state)
{
	static const struct { const char *in; int ok; } t[] = {
		{ "a@b.nl", 1 },
		{ "jan.jansen@wonenzuid.nl", 1 },
		{ "j+melding@mail.example.co.uk", 1 },
		{ "info@sub-domein.nl", 1 },
		{ "JAN@EXAMPLE.NL", 1 },
		{ "j\xc3\xa9r\xc3\xb4me@exemple.fr", 1 },	/* UTF-8 */
		{ "x@b\xc3\xbc" "cher.de", 1 },
		{ "", 0 },
		{ "@", 0 },
		{ "a@", 0 },
		{ "@b.nl", 0 },
		{ "ab.nl", 0 },
		{ "a@b", 0 },
		{ "a@@b.nl", 0 },
		{ "a@b@c.nl", 0 },
		{ "a b@c.nl", 0 },
		{ "a@b .nl", 0 },
		{ " a@b.nl", 0 },
		{ "a@b.nl ", 0 },
		{ "a@b.nl\n", 0 },
		{ "a@b.nl\r\nBcc: x@y.nl", 0 },
		{ "a\t@b.nl", 0 },
		{ "a\x7f@b.nl", 0 },
		{ "a@.nl", 0 },
		{ "a@b.", 0 },
		{ "a@b..nl", 0 },
		{ "a@-b.nl", 0 },
		{ "a@b-.nl", 0 },
		{ "\"a\"@b.nl", 0 },
		{ "a<b>@c.nl", 0 },
		{ "a,b@c.nl", 0 },
		{ "a@[127.0.0.1]", 0 },
		{ "a@b;c.nl", 0 },
		{ "a\xff@b.nl", 0 },		/* not UTF-8 */
		{ "a\xc3@b.nl", 0 },
	};
	char buf[300];

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(t); i++)
		if (email_valid(t[i].in) != t[i].ok)
			fail_msg("\"%s\" should be %s", t[i].in,
				 t[i].ok ? "valid" : "invalid");
	assert_false(email_valid(NULL));
	assert_false(email_valid(long_input));

	/* Length limits: 254 in total, 64 for the local part. */
	memset(buf, 'a', 64);
	strcpy(buf + 64, "@b.nl");
	assert_true(email_valid(buf));
	memset(buf, 'a', 65);
	strcpy(buf + 65, "@b.nl");
	assert_false(email_valid(buf));
	for (size_t len = 250; len <= 256; len++) {
		memset(buf, 'b', sizeof(buf));
		memcpy(buf, "a@", 2);
		memcpy(buf + len - 3, ".nl", 4);	/* strlen(buf) == len */
		assert_int_equal(strlen(buf), len);
		assert_int_equal(email_valid(buf), len <= 254);
	}
}

static void test_cbs_code(void **state)
{
	static const struct { const char *code; char kind; int ok; } t[] = {
		{ "GM0363", 'G', 1 },
		{ "WK036301", 'W', 1 },
		{ "WK0363AF", 'W', 1 },
		{ "WK03630A", 'W', 1 },
		{ "BU03630000", 'B', 1 },
		{ "BU0363AF09", 'B', 1 },
		{ "BU0518ZZ99", 'B', 1 },
		{ "GM036", 'G', 0 },
		{ "GM03630", 'G', 0 },
		{ "GM03A3", 'G', 0 },
		{ "WK0363", 'W', 0 },
		{ "WK0363011", 'W', 0 },
		{ "WK0363af", 'W', 0 },
		{ "wk036301", 'W', 0 },
		{ "WKA36301", 'W', 0 },
		{ "WK036301", 'B', 0 },
		{ "BU03630000", 'W', 0 },
		{ "BU0363000", 'B', 0 },
		{ "BU036300000", 'B', 0 },
		{ "BU0363-000", 'B', 0 },
		{ "BU0363 000", 'B', 0 },
		{ "BU03630000 ", 'B', 0 },
		{ " BU03630000", 'B', 0 },
		{ "", 'B', 0 },
		{ "B", 'B', 0 },
		{ "BU", 'B', 0 },
		{ "GM0363", 'X', 0 },
		{ "GM0363", 'g', 0 },
		{ "GM0363", '\0', 0 },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(t); i++)
		if (cbs_code_valid(t[i].code, t[i].kind) != t[i].ok)
			fail_msg("\"%s\" kind %c should be %s", t[i].code,
				 t[i].kind ? t[i].kind : '0',
				 t[i].ok ? "valid" : "invalid");
	assert_false(cbs_code_valid(NULL, 'B'));
	assert_false(cbs_code_valid(long_input, 'B'));
}

static void test_phone(void **state)
{
	static const struct norm_case t[] = {
		{ "0612345678", "0612345678" },
		{ "06-12345678", "0612345678" },
		{ "06 1234 5678", "0612345678" },
		{ "(020) 123 4567", "0201234567" },
		{ "020-1234567", "0201234567" },
		{ "040.123.45.67", "0401234567" },
		{ "+31612345678", "0612345678" },
		{ "+31 6 12345678", "0612345678" },
		{ "+31 (0)6 1234 5678", "0612345678" },
		{ "+31 (0)20 123 4567", "0201234567" },
		{ "0031612345678", "0612345678" },
		{ "0031 (0)6 12345678", "0612345678" },
		{ " 0612345678 ", "0612345678" },
		{ "0800-1234", NULL },		/* too short for us */
		{ "061234567", NULL },
		{ "06123456789", NULL },
		{ "6123456789", NULL },
		{ "0012345678", NULL },
		{ "+32 2 123 45 67", NULL },	/* Belgium */
		{ "+49 30 1234567", NULL },
		{ "0032212345678", NULL },
		{ "+31 0612345678 9", NULL },
		{ "+3100612345678", NULL },
		{ "+31012345678", NULL },	/* 0 after the country code */
		{ "+311234567890", NULL },	/* ten digits after +31 */
		{ "+31", NULL },
		{ "+", NULL },
		{ "", NULL },
		{ "   ", NULL },
		{ "06+12345678", NULL },
		{ "++31612345678", NULL },
		{ "06/12345678", NULL },
		{ "06 1234 567a", NULL },
		{ "tel: 0612345678", NULL },
		{ "0612345678\n", NULL },
		{ "0-6-1-2-3-4-5-6-7-8-9-0-1-2-3-4-5", NULL },	/* > 32 */
		{ long_input, NULL },
		{ NULL, NULL },
	};

	(void)state;
	check_norm(t, ARRAY_SIZE(t), phone_normalize, PHONE_LEN);
}

static void test_utf8(void **state)
{
	static const struct { const char *s; size_t len; int ok; } t[] = {
		{ "", 0, 1 },
		{ "abc", 3, 1 },
		{ "caf\xc3\xa9", 5, 1 },			/* é */
		{ "\xe2\x82\xac", 3, 1 },			/* € */
		{ "\xf0\x9f\x98\x80", 4, 1 },			/* U+1F600 */
		{ "\xc2\x80", 2, 1 },				/* U+0080 */
		{ "\xdf\xbf", 2, 1 },				/* U+07FF */
		{ "\xe0\xa0\x80", 3, 1 },			/* U+0800 */
		{ "\xed\x9f\xbf", 3, 1 },			/* U+D7FF */
		{ "\xee\x80\x80", 3, 1 },			/* U+E000 */
		{ "\xef\xbf\xbf", 3, 1 },			/* U+FFFF */
		{ "\xf0\x90\x80\x80", 4, 1 },			/* U+10000 */
		{ "\xf4\x8f\xbf\xbf", 4, 1 },			/* U+10FFFF */
		{ "a\0b", 3, 1 },				/* NUL is UTF-8 */
		{ "\x80", 1, 0 },				/* lone continuation */
		{ "\xbf", 1, 0 },
		{ "\xc0\x80", 2, 0 },				/* overlong NUL */
		{ "\xc1\xbf", 2, 0 },				/* overlong */
		{ "\xe0\x80\x80", 3, 0 },			/* overlong */
		{ "\xe0\x9f\xbf", 3, 0 },			/* overlong */
		{ "\xf0\x80\x80\x80", 4, 0 },			/* overlong */
		{ "\xf0\x8f\xbf\xbf", 4, 0 },			/* overlong */
		{ "\xed\xa0\x80", 3, 0 },			/* U+D800 */
		{ "\xed\xbf\xbf", 3, 0 },			/* U+DFFF */
		{ "\xf4\x90\x80\x80", 4, 0 },			/* U+110000 */
		{ "\xf5\x80\x80\x80", 4, 0 },
		{ "\xf8\x88\x80\x80\x80", 5, 0 },		/* 5-byte form */
		{ "\xfe", 1, 0 },
		{ "\xff", 1, 0 },
		{ "\xc3", 1, 0 },				/* truncated */
		{ "\xe2\x82", 2, 0 },
		{ "\xf0\x9f\x98", 3, 0 },
		{ "caf\xc3", 4, 0 },
		{ "\xc3\x28", 2, 0 },				/* bad continuation */
		{ "\xe2\x28\xa1", 3, 0 },
		{ "\xe2\x82\x28", 3, 0 },
		{ "\xf0\x9f\x28\x80", 4, 0 },
		{ "\xf0\x9f\x98\x28", 4, 0 },
		{ "caf\xe9", 4, 0 },				/* Latin-1 é */
		/* len is honoured: a valid prefix of a longer buffer. */
		{ "ab\xff", 2, 1 },
		{ "\xe2\x82\xac", 2, 0 },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(t); i++)
		if (utf8_valid(t[i].s, t[i].len) != t[i].ok)
			fail_msg("case %zu should be %s", i,
				 t[i].ok ? "valid" : "invalid");
	assert_true(utf8_valid(NULL, 0));
	assert_false(utf8_valid(NULL, 1));
	assert_true(utf8_valid(long_input, strlen(long_input)));
}

/*
 * Every one- and two-byte sequence, and every three-byte sequence with a
 * valid lead, against a straightforward decoder written differently.
 */
static int ref_utf8(const unsigned char *p, size_t len)
{
	size_t i = 0;

	while (i < len) {
		uint32_t cp;
		size_t n;

		if (p[i] < 0x80) { i++; continue; }
		else if ((p[i] & 0xe0) == 0xc0) { n = 1; cp = p[i] & 0x1f; }
		else if ((p[i] & 0xf0) == 0xe0) { n = 2; cp = p[i] & 0x0f; }
		else if ((p[i] & 0xf8) == 0xf0) { n = 3; cp = p[i] & 0x07; }
		else return 0;
		if (i + n >= len)
			return 0;	/* truncated */
		for (size_t k = 1; k <= n; k++) {
			if ((p[i + k] & 0xc0) != 0x80)
				return 0;
			cp = cp << 6 | (p[i + k] & 0x3f);
		}
		if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) ||
		    (n == 3 && cp < 0x10000) || cp > 0x10ffff ||
		    (cp >= 0xd800 && cp <= 0xdfff))
			return 0;
		i += n + 1;
	}
	return 1;
}

static void test_utf8_exhaustive(void **state)
{
	unsigned char b[4];

	(void)state;
	for (unsigned x = 0; x < 256; x++) {
		b[0] = (unsigned char)x;
		assert_int_equal(utf8_valid((char *)b, 1), ref_utf8(b, 1));
		for (unsigned y = 0; y < 256; y++) {
			b[1] = (unsigned char)y;
			assert_int_equal(utf8_valid((char *)b, 2), ref_utf8(b, 2));
			if (x < 0xe0 || x > 0xf4)
				continue;
			for (unsigned z = 0; z < 256; z++) {
				b[2] = (unsigned char)z;
				assert_int_equal(utf8_valid((char *)b, 3),
						 ref_utf8(b, 3));
				b[3] = 0x80;
				assert_int_equal(utf8_valid((char *)b, 4),
						 ref_utf8(b, 4));
			}
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_postcode),
		cmocka_unit_test(test_huisnummer),
		cmocka_unit_test(test_toevoeging),
		cmocka_unit_test(test_email),
		cmocka_unit_test(test_cbs_code),
		cmocka_unit_test(test_phone),
		cmocka_unit_test(test_utf8),
		cmocka_unit_test(test_utf8_exhaustive),
	};

	return cmocka_run_group_tests_name("validate", tests, setup_long, NULL);
}
