/*
 * test_mail.c - composing e-mail (mail/smtp.c) and the sender's backoff:
 * RFC 2047 encoded words that decode back to the text and never split a
 * character, quoted-printable that round-trips with short lines, dates in
 * Amsterdam time, and headers that refuse line breaks.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/buf.h"
#include "mail/sender.h"
#include "mail/smtp.h"

static int hexval(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Decodes quoted-printable (CRLF line ends) back to text with \n line ends. */
static void qp_decode(const char *in, struct buf *out)
{
	for (const char *p = in; *p; p++) {
		if (p[0] == '=' && p[1] == '\r' && p[2] == '\n') {
			p += 2;
		} else if (p[0] == '=') {
			assert_true(hexval(p[1]) >= 0 && hexval(p[2]) >= 0);
			buf_addch(out, (char)(hexval(p[1]) * 16 + hexval(p[2])));
			p += 2;
		} else if (p[0] == '\r' && p[1] == '\n') {
			buf_addch(out, '\n');
			p++;
		} else {
			buf_addch(out, *p);
		}
	}
}

/* Decodes a folded run of "=?UTF-8?B?...?=" words; checks each line's length. */
static void words_decode(const char *in, size_t used, struct buf *out)
{
	const char *p = in;
	size_t line = used;

	while (*p) {
		if (p[0] == '\r' && p[1] == '\n' && p[2] == ' ') {
			assert_true(line <= 76);
			line = 1;
			p += 3;
			continue;
		}
		assert_memory_equal(p, "=?UTF-8?B?", 10);
		const char *end = strstr(p + 10, "?=");
		assert_non_null(end);
		size_t n = (size_t)(end - (p + 10));
		unsigned char bin[128];
		size_t bin_len;
		assert_int_equal(sodium_base642bin(bin, sizeof(bin), p + 10, n, NULL, &bin_len, NULL,
						   sodium_base64_VARIANT_ORIGINAL), 0);
		/* Every word on its own is whole UTF-8: no character is split. */
		assert_true(bin_len == 0 || (bin[0] & 0xC0) != 0x80);
		buf_add(out, bin, bin_len);
		line += (size_t)(end + 2 - p);
		p = end + 2;
	}
	assert_true(line <= 76);
}

static void test_encoded_words(void **state)
{
	(void)state;
	static const char *const texts[] = {
		"Uw melding M-2026-000123 is ontvangen",
		"Reactie op uw melding — geluidsoverlast én stank ‘s nachts",
		"€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€",
		"😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀",
		"a",
	};
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		for (size_t used = 0; used < 80; used += 9) {
			struct buf enc = BUF_INIT, dec = BUF_INIT;
			smtp_encode_words(&enc, texts[i], used);
			words_decode(enc.buf, used, &dec);
			assert_string_equal(dec.buf, texts[i]);
			buf_release(&enc);
			buf_release(&dec);
		}
	}
}

static void test_quoted_printable(void **state)
{
	(void)state;
	static const char *const texts[] = {
		"Beste melder,\n\nWij hebben uw melding ontvangen. Uw meldnummer is M-2026-000001.\n",
		"regel met spatie aan het eind \nen een tab\t\nen = teken, café, €, 😀\n",
		"Een heel lange regel zonder einde die veel langer is dan zesenzeventig tekens, "
		"zodat er zachte regeleinden in moeten komen: https://leefbaar.example/melding/status/"
		"AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEfGhIjKlMnOpQrStUvWxYz\n",
		".begint met een punt\nFrom het begin\n",
		"",
	};
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		struct buf enc = BUF_INIT, dec = BUF_INIT;
		smtp_encode_qp(&enc, texts[i]);
		/* Lines of at most 76 characters, only printable ASCII, no bare LF, no trailing blank. */
		size_t col = 0;
		for (size_t k = 0; k < enc.len; k++) {
			char c = enc.buf[k];
			if (c == '\r') {
				assert_int_equal(enc.buf[k + 1], '\n');
				if (k)
					assert_true(enc.buf[k - 1] != ' ' && enc.buf[k - 1] != '\t');
				k++;
				col = 0;
				continue;
			}
			assert_true((c >= 32 && c <= 126) || c == '\t');
			col++;
			assert_true(col <= 76);
		}
		qp_decode(enc.buf, &dec);
		assert_string_equal(dec.buf, texts[i]);
		buf_release(&enc);
		buf_release(&dec);
	}
}

static void test_date(void **state)
{
	(void)state;
	char out[SMTP_DATE_LEN];

	smtp_format_date(1783114200, out);   /* 2026-07-03 21:30:00 UTC: summer time */
	assert_string_equal(out, "Fri, 03 Jul 2026 23:30:00 +0200");
	smtp_format_date(1767225600, out);   /* 2026-01-01 00:00:00 UTC: winter time */
	assert_string_equal(out, "Thu, 01 Jan 2026 01:00:00 +0100");
}

static void test_compose(void **state)
{
	(void)state;
	struct mail m = {
		.from = "meldingen@voorbeeld.example",
		.from_name = "Woonstichting \"Voorbeeld\"",
		.to = "huurder@voorbeeld.example",
		.subject = "Uw melding M-2026-000001 is ontvangen",
		.body = "Beste melder,\n\nGoed.\n",
		.date = 1767225600,
		.message_id = "leefbaar.1.abc@voorbeeld.example",
	};
	struct buf out = BUF_INIT;

	assert_int_equal(smtp_compose(&m, &out), 0);
	assert_non_null(strstr(out.buf, "Date: Thu, 01 Jan 2026 01:00:00 +0100\r\n"));
	assert_non_null(strstr(out.buf, "From: \"Woonstichting \\\"Voorbeeld\\\"\" <meldingen@voorbeeld.example>\r\n"));
	assert_non_null(strstr(out.buf, "To: huurder@voorbeeld.example\r\n"));
	assert_non_null(strstr(out.buf, "Subject: =?UTF-8?B?"));
	assert_non_null(strstr(out.buf, "Message-ID: <leefbaar.1.abc@voorbeeld.example>\r\n"));
	assert_non_null(strstr(out.buf, "Content-Type: text/plain; charset=utf-8\r\n"));
	assert_non_null(strstr(out.buf, "Content-Transfer-Encoding: quoted-printable\r\n"));
	assert_non_null(strstr(out.buf, "\r\n\r\nBeste melder,\r\n\r\nGoed.\r\n"));
	buf_release(&out);

	/* A non-ASCII sender name is encoded too. */
	m.from_name = "Woonstichting Zuid–West";
	assert_int_equal(smtp_compose(&m, &out), 0);
	assert_non_null(strstr(out.buf, "From: =?UTF-8?B?"));
	buf_release(&out);

	/* Header injection: no line breaks or angle brackets in addresses or the subject. */
	static const char *const bad_to[] = {
		"a@b.example\r\nBcc: x@y.example", "a@b.example>", "<a@b.example", "a b@c.example", "geen-apenstaart", "",
	};
	m.from_name = "";
	for (size_t i = 0; i < sizeof(bad_to) / sizeof(bad_to[0]); i++) {
		m.to = bad_to[i];
		assert_int_equal(smtp_compose(&m, &out), -1);
		buf_release(&out);
	}
	m.to = "huurder@voorbeeld.example";
	m.subject = "Onderwerp\r\nBcc: x@y.example";
	assert_int_equal(smtp_compose(&m, &out), -1);
	buf_release(&out);
}

static void test_backoff(void **state)
{
	(void)state;
	static const struct {
		int n;
		int64_t s;
	} cases[] = {
		{ 1, 60 }, { 2, 120 }, { 3, 240 }, { 4, 480 }, { 6, 1920 }, { 7, 3600 }, { 8, 3600 }, { 100, 3600 },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		assert_int_equal(mail_backoff_seconds(cases[i].n), cases[i].s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_encoded_words),
		cmocka_unit_test(test_quoted_printable),
		cmocka_unit_test(test_date),
		cmocka_unit_test(test_compose),
		cmocka_unit_test(test_backoff),
	};
	if (sodium_init() < 0)
		return 1;
	return cmocka_run_group_tests_name("mail", tests, NULL, NULL);
}
